"""Where the ontology files live (``ontology/`` at the project root)."""
from __future__ import annotations

import sys
from pathlib import Path

from kg.errors import KGError

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
# where a non-editable install puts it (setup.cfg [options.data_files])
INSTALLED_DIR = Path(sys.prefix) / "share" / "kg" / "ontology"


def ontology_path(name: str = "kg.ttl") -> Path:
    for folder in (ONTOLOGY_DIR, INSTALLED_DIR):
        path = folder / name
        if path.is_file():
            return path
    raise KGError(f"ontology file {name} missing from {ONTOLOGY_DIR} and {INSTALLED_DIR}")
