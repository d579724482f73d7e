"""Where the ontology files live (``ontology/`` at the project root)."""
from __future__ import annotations

from pathlib import Path

from kg.errors import KGError

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


def ontology_path(name: str = "kg.ttl") -> Path:
    path = ONTOLOGY_DIR / name
    if not path.is_file():
        raise KGError(f"ontology file missing: {path} (install the project with 'pip install -e .')")
    return path
