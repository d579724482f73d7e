"""Hostile article text and file names: escaped wherever they land (Turtle, GraphML, CSV,
the store's own updates), nothing evaluated, no path outside the output folder."""
from __future__ import annotations

import ast
import csv
import io
import json
import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import api, export
from kg import query as q
from kg.cli import main
from kg.errors import InputError
from kg.namespace import KG
from kg.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = [
    'He said "stop" \\ and left """ \'\'\' ; DROP ALL ; }} }',
    '" } } ; DROP ALL ; INSERT DATA { GRAPH <http://evil/> { <a:b> <a:c> "x" } } #',
    "<script>alert(1)</script> &amp; &lt;b&gt; ]]> <![CDATA[ x ]]>",
    "=HYPERLINK(\"http://evil\",\"click\") +1+1 -2+3 @SUM(A1) \t=1",
    "control \x01\x08\x0b\x0c\x1b\x7f and \ufffe\uffff and \U0001F600 and \u2028 line sep",
    "\\u0022 \\U00000022 %22 ${x} $(rm -rf /) `id`",
]


def _ingest(folder: Path, name: str, data: bytes):
    f = folder / name
    f.write_bytes(data)
    from kg.ingest import read_document

    return read_document(f)


def _pipeline(nlp, doc) -> tuple[Store, object]:
    """Extraction -> graph -> an in-memory store, as ``kg build`` does it."""
    from kg.extract import extract_document
    from kg.graph import document_iri, extraction_graph

    ex = extract_document(doc, nlp(doc.text))
    st = Store("memory")
    st.replace_graph(str(document_iri(doc.doc_id)), extraction_graph(ex).serialize(format="nt"))
    return st, ex


def _check_exports(st: Store, ex) -> None:
    # Turtle: re-parses with an independent parser, every triple back, every literal intact
    ttl = export.export(st, "turtle")
    triples = set(ox.parse(ttl, format=ox.RdfFormat.TURTLE))
    assert len(triples) == st.count()
    literals = {t.object.value for t in triples if isinstance(t.object, ox.Literal)}
    assert ex.document.name in literals and (not ex.document.title or ex.document.title in literals)
    for rel in ex.relations:
        if _kept(rel, ex):
            assert rel.evidence.sentence in literals
    for ent in ex.entities:
        assert ent.name in literals
    # N-Triples and JSON-LD too
    assert len(set(ox.parse(export.export(st, "nt"), format=ox.RdfFormat.N_TRIPLES))) == st.count()
    # GraphML: valid XML 1.0 that networkx reads back
    data = export.export(st, "graphml")
    ET.fromstring(data)
    g = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    ref = export.to_networkx(st)
    assert g.number_of_nodes() == ref.number_of_nodes() and g.number_of_edges() == ref.number_of_edges()
    # JSONL: one JSON object per line, evidence intact
    lines = export.jsonl(st).decode("utf-8").split("\n")
    assert lines[-1] == ""
    rows = [json.loads(line) for line in lines[:-1]]
    evidence = {r.evidence.sentence for r in ex.relations if _kept(r, ex)}
    assert {r["evidence"] for r in rows} <= evidence and bool(rows) == bool(evidence)


def _kept(rel, ex) -> bool:
    keys = {e.key for e in ex.entities}
    return rel.subject in keys and rel.object in keys


# ---------------------------------------------------------------- property-based

_SENTENCES = st.sampled_from([
    "Texas Attorney General Ken Paxton sued Meta on Monday.",
    "Meta owns Instagram and WhatsApp.",
    "The report by the Federal Trade Commission found that 32 percent of teens use TikTok.",
    "Senator Maria Cantwell sent a letter to Google chief executive Sundar Pichai.",
    "Nothing happened today.",
    *HOSTILE,
])
_JUNK = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def articles(draw):
    parts = draw(st.lists(st.one_of(
        _SENTENCES,
        _JUNK,
        # junk inside a sentence that yields a relation, so it reaches the evidence
        st.builds(lambda a, b: f"Attorney General Ken Paxton{a} sued Meta over {b}.", _JUNK, _JUNK),
    ), min_size=1, max_size=6))
    sep = draw(st.sampled_from([" ", "\n", "\n\n", "\r\n", "\t"]))
    return sep.join(parts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=articles(), encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]),
       suffix=st.sampled_from([".txt", ".md"]))
def test_any_text_gives_valid_turtle_and_graphml(nlp, text, encoding, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        try:
            doc = _ingest(Path(tmp), "article" + suffix, text.encode(encoding))
        except InputError as exc:  # refused (empty, control bytes...): one line, never a crash
            assert "\n" not in str(exc)
            return
        st_, ex = _pipeline(nlp, doc)
        _check_exports(st_, ex)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_in_a_relation_round_trips(nlp, tmp_path, hostile):
    text = f"Texas Attorney General Ken Paxton sued Meta over {hostile} on Monday.\n\nMeta owns Instagram."
    doc = _ingest(tmp_path, "a.txt", text.encode("utf-8"))
    st_, ex = _pipeline(nlp, doc)
    assert any(hostile.split()[0] in r.evidence.sentence for r in ex.relations), "the text must reach the graph"
    _check_exports(st_, ex)
    # the update that stored it injected nothing: one named graph, no stray triples
    from kg.graph import document_iri

    graphs = {r[0].value for r in st_.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
    assert graphs == {str(document_iri(doc.doc_id))}
    assert not st_.query("ASK { GRAPH <http://evil/> { ?s ?p ?o } }").boolean


def test_graphml_replaces_characters_xml_forbids():
    bad = "".join(chr(c) for c in range(0x20)) + "\x7f\ud7ff\ue000\ufffe\uffff\U0001F600"
    clean = export.xml_safe(bad)
    assert clean == "\ufffd" * 9 + "\t\n" + "\ufffd\ufffd" + "\r" + "\ufffd" * 18 + "\x7f\ud7ff\ue000\ufffd\ufffd\U0001F600"
    g = nx.MultiDiGraph()
    g.add_node("n\x01", label=bad)
    g.add_edge("n\x01", "m", key="rel\x02", evidence=bad, confidence=0.5)
    buf = io.BytesIO()
    nx.write_graphml(export._xml_safe_graph(g), buf)
    ET.fromstring(buf.getvalue())  # well-formed XML 1.0
    back = nx.read_graphml(io.BytesIO(buf.getvalue()), force_multigraph=True)
    assert back.nodes["n\ufffd"]["label"].startswith("\ufffd")


# ---------------------------------------------------------------- CSV

@pytest.mark.parametrize("cell,out", [
    ("=1+1", "'=1+1"), ("+1+1", "'+1+1"), ("-1+1", "'-1+1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("-5", "-5"), ("+3.25", "+3.25"), ("-1e5", "-1e5"), ("Meta", "Meta"), ("", ""), ("a=b", "a=b"),
])
def test_csv_cells_cannot_start_a_formula(cell, out):
    assert q._neutralise(cell) == out


def test_csv_output_of_hostile_labels(tmp_path):
    st_ = Store("memory")
    labels = ["=cmd|' /C calc'!A0", "@x", "+x", "-x", 'multi\nline "quoted", comma', "-42"]
    nt = "\n".join(f"<http://e.org/{i}> <http://www.w3.org/2000/01/rdf-schema#label> {q.sparql_string(v)} ."
                   for i, v in enumerate(labels))
    st_.replace_graph("http://e.org/g", nt)
    res = q.run(st_, "SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?s")
    rows = list(csv.reader(io.StringIO(q.format_result(res, "csv"))))
    assert rows[0] == ["l"]
    assert [r[0] for r in rows[1:]] == ["'=cmd|' /C calc'!A0", "'@x", "'+x", "'-x", 'multi\nline "quoted", comma', "-42"]


# ---------------------------------------------------------------- nothing evaluated

def test_no_eval_or_pickle_in_the_package():
    banned_calls = {"eval", "exec", "compile", "__import__"}
    banned_modules = {"pickle", "cPickle", "dill", "marshal", "shelve", "yaml"}
    found = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in banned_calls:
                found.append(f"{path.name}:{node.lineno} {node.func.id}()")
            if isinstance(node, ast.Import):
                found += [f"{path.name}:{node.lineno} import {a.name}" for a in node.names if a.name.split(".")[0] in banned_modules]
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in banned_modules:
                found.append(f"{path.name}:{node.lineno} from {node.module}")
    assert found == []


# ---------------------------------------------------------------- paths

ODD_NAMES = [
    "a\"b<c>&'.txt", "line\nbreak.txt", "名前.txt", "記事.txt", " spaced  name .txt", "-rf.txt",
    "$(touch pwned).txt", "dots..name.txt", "%2e%2e%2fevil.txt", "CON.txt", "x" * 200 + ".txt",
]


def test_odd_file_names_stay_inside_output(runner, tmp_path, nlp):
    work = tmp_path / "work"
    (work / "in" / "sub").mkdir(parents=True)
    (work / "evil.txt").write_text("Texas sued Google.", encoding="utf-8")
    for name in ODD_NAMES:
        (work / "in" / name).write_text(f"Texas Attorney General Ken Paxton sued Meta. ({name!r})", encoding="utf-8")
    before = {p for p in tmp_path.rglob("*")}
    # a path argument that climbs out of the folder: only its file name becomes an id
    climbing = str(work / "in" / "sub" / ".." / ".." / "evil.txt")
    out, store = work / "out", work / "store"
    res = runner.invoke(main, ["build", str(work / "in"), climbing, "--store", str(store), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    created = {p for p in tmp_path.rglob("*")} - before
    assert created and all(p.is_relative_to(out) or p.is_relative_to(store) for p in created)
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "kg.graphml", "kg.ttl"]
    with open_store(store, read_only=True) as st_:
        docs = st_.documents()
        names = {r[0].value for r in st_.query(f"SELECT ?n WHERE {{ ?d <{KG.fileName}> ?n }}").rows}
    assert len(docs) == len(ODD_NAMES) + 1 and names == set(ODD_NAMES) | {"evil.txt"}
    for iri in docs:
        assert re.fullmatch(r"https://w3id\.org/newskg/id/doc/[a-z0-9-]+", iri), iri
    ttl = (out / "kg.ttl").read_bytes()
    assert {t.object.value for t in ox.parse(ttl, format=ox.RdfFormat.TURTLE) if t.predicate.value == str(KG.fileName)} == names
    ET.fromstring((out / "kg.graphml").read_bytes())


def test_build_api_rejects_nothing_silently(tmp_path, nlp):
    """The report names each refused file; the build never raises for a bad file."""
    (tmp_path / "ok.txt").write_text("Texas sued Google.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00" * 10)
    report = api.build([tmp_path], store="memory", output_dir=None)
    assert report.documents_read == 1 and report.failed == [f"{tmp_path / 'bad.txt'}: binary file (contains NUL bytes)"]
