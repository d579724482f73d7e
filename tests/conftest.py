"""Shared fixtures: the real spaCy pipeline, a store built from the seeds, a CLI runner."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def nlp():
    from kg import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract("text") -> Extraction of one ad-hoc document (for rule tests)."""
    from kg.extract import extract_document
    from kg.model import Document

    def run(text: str, name: str = "t.txt"):
        doc = Document(doc_id=name, name=name, path=name, text=text)
        return extract_document(doc, nlp(text))

    return run


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, nlp):
    """The seeds built once into an on-disk store, with outputs; returns (store path, output dir, report)."""
    from kg import api

    base = tmp_path_factory.mktemp("seedbuild")
    seeds = base / "seeds"
    shutil.copytree(SEEDS, seeds)
    report = api.build([seeds], store=base / "store", output_dir=base / "output")
    return base / "store", base / "output", report


@pytest.fixture
def seed_store(seed_build):
    from kg.store import open_store

    st = open_store(seed_build[0], read_only=True)
    yield st
    st.close()


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def seeds_copy(tmp_path):
    dst = tmp_path / "seeds"
    shutil.copytree(SEEDS, dst)
    return dst
