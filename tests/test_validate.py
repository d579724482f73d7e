"""SHACL validation: the seeds conform; wrong graphs are reported readably; builds only warn."""
from __future__ import annotations

import hashlib
import json

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from kg.cli import main
from kg.namespace import KG, RESOURCE
from kg.validate import check_gazetteer, store_data_graph, validate_graph


def _bad_extraction():
    """One document in which a Platform 'sued' a Company (the shapes forbid it)."""
    from kg.model import Document, Entity, Evidence, Extraction, Relation

    text = "TikTok sued Meta on Monday."
    doc = Document(doc_id="bad", name="bad.txt", path="bad.txt", text=text, title="Bad",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    tiktok, meta = Entity("Platform", "TikTok"), Entity("Company", "Meta")
    ev = Evidence("bad", text, 0, len(text), "test_rule", 0.5)
    return Extraction(doc, [meta, tiktok], [Relation(tiktok.key, "sued", meta.key, ev)])


def _load_bad(store):
    from kg.graph import document_iri, extraction_graph

    ex = _bad_extraction()
    store.replace_graph(str(document_iri("bad")), extraction_graph(ex, model="test").serialize(format="nt"))


def test_seeds_conform(seed_build, runner):
    res = runner.invoke(main, ["validate", "--store", str(seed_build[0])])
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("conforms")
    assert seed_build[2].validation is not None and seed_build[2].validation.conforms


def test_platform_as_subject_of_sued_is_reported(tmp_path, runner):
    from kg.store import open_store

    with open_store(tmp_path / "store") as st:
        _load_bad(st)
    res = runner.invoke(main, ["validate", "--store", str(tmp_path / "store")])
    assert res.exit_code == 1, res.output
    lines = [line for line in res.stdout.splitlines() if "kg:sued (subject)" in line]
    assert len(lines) == 1, res.stdout
    assert 'kg:Platform "TikTok"' in lines[0]
    assert "must be an Official, a GovernmentBody or a Place" in lines[0]
    assert res.stdout.startswith("does not conform: 1 violation")  # and nothing else is wrong

    res = runner.invoke(main, ["validate", "--store", str(tmp_path / "store"), "--format", "json"])
    assert res.exit_code == 1
    out = json.loads(res.stdout)
    assert out["conforms"] is False
    assert [v["path"] for v in out["violations"]] == ["kg:sued (subject)"]
    assert out["violations"][0]["focus"] == str(RESOURCE["platform/tiktok"])


@pytest.fixture(scope="module")
def seed_graph(seed_build):
    from kg.store import open_store

    with open_store(seed_build[0], read_only=True) as st:
        return store_data_graph(st)


def _copy(g):
    from rdflib import Graph

    out = Graph()
    for t in g:
        out.add(t)
    return out


def test_statistic_needs_text_and_value(seed_graph):
    g = _copy(seed_graph)
    stat = next(g.subjects(RDF.type, KG.Statistic))
    g.remove((stat, KG.value, None))
    g.remove((stat, KG.text, None))
    report = validate_graph(g)
    assert not report.conforms
    assert {v.path for v in report.violations} == {"kg:value", "kg:text"}
    assert all(v.focus == str(stat) for v in report.violations)


def test_assertion_needs_offsets_document_and_asserted_triple(seed_graph):
    from rdflib.namespace import PROV

    g = _copy(seed_graph)
    a = next(g.subjects(RDF.type, KG.Assertion))
    s, p, o = g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)
    g.remove((a, KG.start, None))
    g.remove((a, PROV.wasDerivedFrom, None))
    g.add((a, KG.confidence, Literal("1.5")))  # a second confidence, and a string
    g.remove((s, p, o))  # the reified triple is no longer asserted
    report = validate_graph(g)
    paths = {v.path for v in report.violations if v.focus == str(a)}
    assert {"kg:start", "prov:wasDerivedFrom", "kg:confidence"} <= paths
    assert any("not asserted" in v.message for v in report.violations if v.focus == str(a))
    assert all(v.focus_label.startswith("assertion ") for v in report.violations if v.focus == str(a))


def test_build_reports_violations_as_warnings_without_failing(seeds_copy, tmp_path, runner):
    from kg.store import open_store

    store = tmp_path / "store"
    with open_store(store) as st:
        _load_bad(st)
    res = runner.invoke(main, ["build", str(seeds_copy), "--store", str(store), "--no-output", "-q"])
    assert res.exit_code == 0, res.output
    assert "warning: the graph does not conform" in res.stderr
    assert "kg:sued (subject)" in res.stderr
    assert "validation: 1 violation" in res.stdout

    res = runner.invoke(main, ["build", str(seeds_copy), "--store", str(store), "--no-output", "-q", "--no-validate"])
    assert res.exit_code == 0, res.output
    assert "does not conform" not in res.stderr and "validation:" not in res.stdout


def test_build_help_says_violations_do_not_fail(runner):
    res = runner.invoke(main, ["build", "--help"])
    assert "--no-validate" in res.output
    assert "do not" in res.output and "fail the build" in res.output


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"name": "Acme"}', '"class" must be one of'),
        ('{"name": "Acme", "class": "Company", "wikidata": "380"}', '"wikidata" must be an item id'),
        ('{"class": "Company"}', 'needs a "name"'),
        ("not json", "not a JSON object"),
        ('{"name": "Acme", "class": "Company", "aliases": "Acme Inc"}', '"aliases" must be a list'),
        ('{"name": "Acme", "class": "Company", "owner": 3}', '"owner" must be a name or null'),
    ],
)
def test_check_gazetteer_names_the_bad_line(tmp_path, line, message):
    from kg.errors import InputError

    path = tmp_path / "g.jsonl"
    path.write_text('{"name": "Good", "class": "Company"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"g.jsonl:2: .*{message}"):
        check_gazetteer(path)


@pytest.mark.parametrize("name", ["gazetteer.jsonl", "places.jsonl"])
def test_shipped_gazetteer_is_valid(name):
    from kg.extract.lexicon import _data_text

    path_text = _data_text(name)
    rows = [json.loads(line) for line in path_text.splitlines() if line.strip() and not line.startswith("#")]
    assert all(r.get("wikidata") is None or r["wikidata"].startswith("Q") for r in rows)
    from importlib import resources

    assert check_gazetteer(resources.files("kg").joinpath("data", name)) == len(rows)


def test_places_are_places_and_never_a_common_first_name():
    from kg.extract.lexicon import gazetteer

    places = {e.name for e in gazetteer() if e.cls == "Place"}
    assert {"Paraguay", "Gauteng", "Maranhão", "Ontario"} <= places
    assert not places & {"Chad", "Jordan", "Victoria", "Georgia"}  # names of people (or of a US state) too


def test_reified_triple_must_be_asserted_in_a_document_graph(tmp_path):
    """Checked in the store itself: a triple only in the default or inferred graph does not count."""
    from kg.graph import document_iri
    from kg.store import open_store
    from kg.validate import validate_store

    tiktok, meta = RESOURCE["platform/tiktok"], RESOURCE["company/meta"]
    with open_store(tmp_path / "store") as st:
        _load_bad(st)
        assert not any("not asserted" in v.message for v in validate_store(st).violations)
        st.update(f"DELETE DATA {{ GRAPH <{document_iri('bad')}> {{ <{tiktok}> <{KG.sued}> <{meta}> }} }}")
        report = validate_store(st)
    bad = [v for v in report.violations if "not asserted" in v.message]
    assert len(bad) == 1 and bad[0].focus_label == 'assertion "TikTok kg:sued Meta"'
