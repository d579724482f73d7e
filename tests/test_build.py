"""The foundation contract: building the seeds gives the facts, files and store a user checks."""
from __future__ import annotations

import io
import json
import re

import networkx as nx
import pyoxigraph as ox
import pytest

from kg import api, export, query
from kg.cli import main
from kg.store import open_store


def _rows(store):
    return export.jsonl_rows(store)


def _has(rows, rel, subject, obj_contains):
    return any(
        r["rel"] == rel and r["subject"] == subject and obj_contains in r["object"] for r in rows
    )


def test_seed_facts(seed_store):
    rows = _rows(seed_store)
    assert _has(rows, "sued", "Raúl Torrez", "Meta")
    assert _has(rows, "owns", "Meta", "Instagram")
    assert any(r["rel"] == "cites" and "32 million" in r["object"] and r["object_type"] == "Statistic" for r in rows)


def test_jsonl_contract(seed_store):
    keys = {"doc", "rel", "subject", "subject_type", "object", "object_type", "evidence", "start", "end", "confidence", "rule"}
    lines = export.jsonl(seed_store).decode().splitlines()
    assert lines
    seen = set()
    for line in lines:
        row = json.loads(line)
        assert set(row) == keys
        assert isinstance(row["start"], int) and isinstance(row["end"], int) and row["start"] < row["end"]
        assert 0 < row["confidence"] <= 1
        key = (row["doc"], row["rel"], row["subject"], row["object"])
        assert key not in seen, "one line per relation triple and document"
        seen.add(key)


def test_evidence_offsets_index_the_source_file(seed_build, seed_store):
    """start/end point at the evidence sentence in the (decoded) source file."""
    from pathlib import Path

    seeds = Path(seed_build[0]).parent / "seeds"
    for row in _rows(seed_store):
        text = (seeds / row["doc"]).read_text(encoding="utf-8")
        assert text[row["start"]:row["end"]] == row["evidence"]


def test_turtle_reparses_with_independent_parser(seed_store):
    data = export.export(seed_store, "turtle")
    triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert len(set(triples)) == seed_store.count() > 100


@pytest.mark.parametrize("fmt,rdf", [("nt", ox.RdfFormat.N_TRIPLES), ("jsonld", ox.RdfFormat.JSON_LD)])
def test_rdf_formats_roundtrip(seed_store, fmt, rdf):
    triples = list(ox.parse(export.export(seed_store, fmt), format=rdf))
    assert len(set(triples)) == seed_store.count()


def test_graphml_rereads_with_networkx(seed_store):
    g = export.to_networkx(seed_store)
    back = nx.read_graphml(io.BytesIO(export.export(seed_store, "graphml")), force_multigraph=True)
    assert back.number_of_nodes() == g.number_of_nodes() > 10
    assert back.number_of_edges() == g.number_of_edges() > 10
    for _, attrs in back.nodes(data=True):
        assert attrs["label"] and attrs["class"]
    for _, _, attrs in back.edges(data=True):
        assert attrs["relation"] and attrs["evidence"] and 0 < attrs["confidence"] <= 1


def test_output_files_written(seed_build):
    _, out, report = seed_build
    for name in ("kg.ttl", "kg.graphml", "graph.html"):
        assert (out / name).stat().st_size > 1000
    assert report.documents_read == 2


def test_html_references_nothing_remote(seed_build):
    html = (seed_build[1] / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=[\"']?https?:", html, re.I)
    assert not re.search(r"<link[^>]+href=[\"']?https?:", html, re.I)
    assert not re.search(r"@import\s+url\(\s*[\"']?https?:", html, re.I)


@pytest.mark.parametrize("name", sorted(query.named_queries()))
def test_named_queries_return_rows(seed_store, name):
    nq = query.named_queries()[name]
    params = {"entity": "Meta"} if "entity" in nq.params else {}
    result = query.run(seed_store, nq.text, params)
    assert result.rows, f"{name} returned nothing"


def test_who_sued_whom_lists_torrez(seed_store):
    res = query.run(seed_store, query.get_named("who-sued-whom").text)
    text = query.format_result(res, "csv")
    assert 'Raúl Torrez,Meta,"New Mexico’s Attorney General Raúl Torrez has filed a lawsuit against Meta' in text


def test_entity_query_finds_aliases(seed_store):
    res = query.run(seed_store, query.get_named("entity").text, {"entity": "zuckerberg"})
    values = {query.term_text(row[2]) for row in res.rows}
    assert "Mark Zuckerberg" in values and "Meta" in values


def test_second_build_changes_nothing(seeds_copy, tmp_path):
    store = tmp_path / "store"
    first = api.build([seeds_copy], store=store, output_dir=None)
    with open_store(store, read_only=True) as st:
        rows1, n1 = _rows(st), st.count()
    second = api.build([seeds_copy], store=store, output_dir=None)
    forced = api.build([seeds_copy], store=store, output_dir=None, force=True)
    with open_store(store, read_only=True) as st:
        assert st.count() == n1
        assert _rows(st) == rows1
    assert first.documents_read == 2 and second.documents_read == 0 and second.documents_skipped == 2
    assert forced.documents_read == 2 and forced.triples == first.triples


def test_same_entity_in_two_articles_is_one_node(seed_store):
    res = query.run(seed_store, 'SELECT ?e WHERE { ?e rdfs:label "Meta" ; a kg:Company }')
    assert len(res.rows) == 1
    res = query.run(seed_store, 'SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?e rdfs:label "Meta" ; kg:mentionedIn ?d }')
    assert int(res.rows[0][0].value) == 2


def test_cli_build_prints_counts(runner, seeds_copy, tmp_path):
    out = tmp_path / "out"
    res = runner.invoke(main, ["build", str(seeds_copy), "--store", str(tmp_path / "st"), "-o", str(out), "-q"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "documents read: 2" in res.stdout
    assert re.search(r"^\s+sued\s+\d+$", res.stdout, re.M)
    assert re.search(r"^\s+Company\s+\d+$", res.stdout, re.M)
    assert (out / "kg.ttl").exists() and (out / "graph.html").exists() and (out / "kg.graphml").exists()


def test_cli_query_export_stats(runner, seed_build, tmp_path):
    store = str(seed_build[0])
    res = runner.invoke(main, ["query", "--name", "who-sued-whom", "--store", store, "--format", "json"], catch_exceptions=False)
    assert res.exit_code == 0
    rows = json.loads(res.stdout)
    assert {"plaintiff": "Raúl Torrez", "defendant": "Meta"}.items() <= rows[1].items() or any(
        r["plaintiff"] == "Raúl Torrez" and r["defendant"] == "Meta" for r in rows
    )
    res = runner.invoke(main, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Platform }", "--store", store, "--format", "csv"])
    assert res.exit_code == 0 and res.stdout.splitlines()[0] == "n" and int(res.stdout.splitlines()[1]) >= 4
    target = tmp_path / "g.ttl"
    res = runner.invoke(main, ["export", "--format", "turtle", "-o", str(target), "--store", store])
    assert res.exit_code == 0 and target.read_text().startswith("@prefix")
    res = runner.invoke(main, ["export", "--format", "jsonl", "--store", store])
    assert res.exit_code == 0 and json.loads(res.stdout.splitlines()[0])["doc"].endswith(".txt")
    res = runner.invoke(main, ["stats", "--store", store, "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["documents"] == 2
    res = runner.invoke(main, ["query", "--list"])
    assert res.exit_code == 0 and "who-sued-whom" in res.stdout


def test_cli_errors_are_one_line(runner, seed_build, tmp_path):
    store = str(seed_build[0])
    res = runner.invoke(main, ["query", "SELECT WHERE {", "--store", store])
    assert res.exit_code == 1 and "Traceback" not in res.output and len(res.stderr.strip().splitlines()) == 1
    res = runner.invoke(main, ["query", "--name", "nope", "--store", store])
    assert res.exit_code == 1 and "no named query" in res.stderr
    res = runner.invoke(main, ["export", "--format", "xml", "--store", store])
    assert res.exit_code == 2
    res = runner.invoke(main, ["query", "--name", "who-sued-whom", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1 and "no store" in res.stderr
    res = runner.invoke(main, ["query", "INSERT DATA { <a:b> <a:c> <a:d> }", "--store", store])
    assert res.exit_code == 1 and "read-only" in res.stderr


def test_every_command_has_help(runner):
    res = runner.invoke(main, ["--help"])
    assert res.exit_code == 0
    commands = re.findall(r"^  (\w[\w-]*)\s", res.stdout.split("Commands:")[1], re.M)
    assert {"build", "query", "export", "view", "stats", "remove"} <= set(commands)
    for cmd in commands:
        sub = runner.invoke(main, [cmd, "--help"])
        assert sub.exit_code == 0
        body = sub.stdout.split("Options:")[0]
        assert len(body.split("\n", 2)[-1].strip()) > 20, f"{cmd} has no description"


def test_python_m_kg(tmp_path):
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True, text=True)
    assert res.returncode == 0 and "kg" in res.stdout
