"""Incremental and streaming builds: a document's facts come and go with it, nothing is
duplicated, unchanged documents are skipped, and the build streams."""
from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest

from kg import api, export
from kg.cli import main
from kg.store import open_store

A = """date 2023-03-01

Acme Corp. sued Globex Inc. on Monday, accusing the company of misleading parents.

Globex Inc., the parent company of Chatterly and Snapwave, denied the allegations. Globex CEO Dana Whitfield testified before the Senate Judiciary Committee in May.
"""
B = """date 2023-04-02

Florida Attorney General Ashley Moody sued Globex Inc. on Tuesday.

The Federal Trade Commission launched an investigation into Initech Inc. in 2021. Initech Inc. owns the Pingwave platform, which has about 40 million users.
"""
B_CHANGED = """date 2023-04-02

Texas Attorney General Ken Paxton sued Umbrella Corp. on Friday.
"""


def _build(st, paths, **kw):
    kw.setdefault("validate", False)
    return api.build(paths, store=st, output_dir=None, **kw)


def _data(st) -> set:
    """The data triples, less the extraction time (a fresh build is a later extraction)."""
    ended = "http://www.w3.org/ns/prov#endedAtTime"
    return {str(t) for t in st.data_triples() if t.predicate.value != ended}


def _labels(st) -> set[str]:
    rows = st.query("SELECT ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }").rows
    return {r[0].value for r in rows}


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text(A, encoding="utf-8")
    (d / "b.txt").write_text(B, encoding="utf-8")
    return d


def _fresh(paths) -> tuple[bytes, int, set]:
    with open_store("memory") as st:
        _build(st, paths)
        return export.jsonl(st), st.count(), _data(st)


def test_remove_equals_never_added(corpus, nlp):
    """Build A+B, remove B: the graph is the graph of A alone (JSONL, triple count, triples)."""
    alone = _fresh([corpus / "a.txt"])
    with open_store("memory") as st:
        _build(st, [corpus])
        both = export.jsonl(st)
        assert b'"doc": "b.txt"' in both and both != alone[0]
        assert "Initech Inc." in _labels(st)  # labelled as written
        assert api.remove_document(st, "b.txt")
        assert export.jsonl(st) == alone[0]
        assert st.count() == alone[1]
        assert _data(st) == alone[2]
        assert "Initech Inc." not in _labels(st) and "Globex Inc." in _labels(st)  # Globex: A still says so
        assert not api.remove_document(st, "b.txt")  # already gone


def test_remove_on_disk_via_cli(corpus, tmp_path, runner, nlp):
    store = tmp_path / "store"
    res = runner.invoke(main, ["build", str(corpus), "--store", str(store), "--no-output", "-q", "--no-validate"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["remove", "b.txt", "--store", str(store)])
    assert res.exit_code == 0, res.output
    with open_store(store, read_only=True) as st:
        assert export.jsonl(st) == _fresh([corpus / "a.txt"])[0]
        assert len(st.documents()) == 1


def test_changed_file_replaces_its_facts(corpus, nlp):
    with open_store("memory") as st:
        _build(st, [corpus])
        before = export.jsonl(st).decode()
        assert "Florida" in before and "Initech" in before
        (corpus / "b.txt").write_text(B_CHANGED, encoding="utf-8")
        report = _build(st, [corpus])
        assert (report.documents_read, report.documents_skipped) == (1, 1)
        after = export.jsonl(st).decode()
        assert "Umbrella" in after and "Paxton" in after
        assert "Initech" not in after and "Ashley Moody" not in after and "Pingwave" not in after
        assert not {"Initech Inc.", "Pingwave", "Ashley Moody"} & _labels(st)
        jsonl, count, data = _fresh([corpus])
        assert export.jsonl(st) == jsonl and st.count() == count and _data(st) == data


def test_rebuild_adds_nothing(corpus, nlp):
    with open_store("memory") as st:
        first = _build(st, [corpus])
        jsonl, count, data = export.jsonl(st), st.count(), _data(st)
        again = _build(st, [corpus])
        assert (again.documents_read, again.documents_skipped) == (0, 2)
        forced = _build(st, [corpus], force=True)  # --force re-extracts every document
        assert (forced.documents_read, forced.documents_skipped) == (2, 0)
        assert export.jsonl(st) == jsonl and st.count() == count and _data(st) == data
        assert first.triples == forced.triples == count
        assert first.relations == forced.relations and first.entities == forced.entities


def test_resumes_where_it_stopped(corpus, nlp):
    """An interrupted build keeps whole documents; the next one does only the rest."""
    with open_store("memory") as st:
        _build(st, [corpus / "a.txt"])
        report = _build(st, [corpus])
        assert (report.documents_read, report.documents_skipped) == (1, 1)
        assert export.jsonl(st) == _fresh([corpus])[0]


def test_adding_an_article_adds_only_its_facts(corpus, nlp):
    with open_store("memory") as st:
        _build(st, [corpus / "a.txt"])
        before = _data(st)
        _build(st, [corpus])
        added = _data(st) - before
        assert before <= _data(st)  # nothing of A was touched
        with open_store("memory") as only_b:
            _build(only_b, [corpus / "b.txt"])
            assert added <= _data(only_b)  # everything new is B's


def test_counts_match_stats(seed_store):
    """The build summary is aggregated in the store; it must say what kg stats says."""
    entities, relations, assertions = api.counts(seed_store)
    s = api.stats(seed_store)
    assert entities == s["entities"] and relations == s["relations"] and assertions == s["assertions"]
    assert sum(relations.values()) > 10


def test_build_streams_documents(tmp_path, nlp, monkeypatch):
    """Documents are pulled as the build goes, not all read first: when the first
    document reaches the store, only a bounded look-ahead has been read."""
    from kg import ingest
    from kg.model import Document

    n = 150
    pulled = []
    first_write_at = []

    def docs(paths, on_error=None, max_bytes=None, on_warning=None):
        for i in range(n):
            pulled.append(i)
            text = f"Company{i} Inc. sued Globex Inc. on Monday."
            yield Document(doc_id=f"d{i}", name=f"d{i}.txt", path=f"d{i}.txt", text=text, sha256=f"h{i}")

    monkeypatch.setattr(ingest, "load_documents", docs)
    with open_store("memory") as st:
        write = st.replace_graphs

        def replace_graphs(graphs):
            if not first_write_at and any("/doc/" in iri for iri in graphs):
                first_write_at.append(len(pulled))
            write(graphs)

        st.replace_graphs = replace_graphs
        report = _build(st, [tmp_path], batch_size=4)
        assert report.documents_read == n and len(pulled) == n
        assert first_write_at[0] <= 64 + 4  # one look-up chunk and one spaCy batch at most


def test_long_builds_flush_the_store(corpus, tmp_path, nlp, monkeypatch):
    """Oxigraph keeps writes in memory until flushed: the build flushes every FLUSH_BYTES."""
    monkeypatch.setattr(api, "FLUSH_BYTES", 1)
    calls = []
    with open_store(tmp_path / "store") as st:
        flush = st.flush
        st.flush = lambda: (calls.append(1), flush())
        _build(st, [corpus])
        assert len(calls) == 2  # one per document at this size
    with open_store(tmp_path / "store", read_only=True) as st:
        assert len(st.documents()) == 2


def test_progress_is_throttled(tmp_path, nlp):
    for i in range(6):
        (tmp_path / f"d{i}.txt").write_text(f"Company{i} Inc. sued Globex Inc. on Monday.", encoding="utf-8")
    lines: list[str] = []
    with open_store("memory") as st:
        report = _build(st, [tmp_path], progress=lines.append)
    assert lines, "a final progress line"
    assert len(lines) <= 2 + report.seconds  # at most one a second, plus the last
    assert lines[-1].startswith("6 documents read; ") and "documents/s" in lines[-1] and "words/s" in lines[-1]
    assert report.words == 6 * 7


def test_cli_progress_and_quiet(corpus, tmp_path, runner, nlp):
    res = runner.invoke(main, ["build", str(corpus), "--store", "memory", "--no-output", "--no-validate"])
    assert res.exit_code == 0, res.output
    assert "2 documents read; " in res.stderr and "documents/s" in res.stderr
    res = runner.invoke(main, ["build", str(corpus), "--store", "memory", "--no-output", "--no-validate", "--quiet"])
    assert res.exit_code == 0
    assert res.stderr == ""
    assert "documents read: 2" in res.stdout


def test_workers_give_the_same_graph(corpus, tmp_path, nlp):
    """--workers 2 (worker processes parse, extract and serialise; the parent stores)."""
    shutil.copy(corpus / "a.txt", corpus / "c.txt")
    with open_store("memory") as one, open_store("memory") as two:
        r1 = _build(one, [corpus], workers=1, batch_size=1)
        r2 = _build(two, [corpus], workers=2, batch_size=1)
        assert r1.documents_read == r2.documents_read == 3
        assert export.jsonl(one) == export.jsonl(two)
        assert one.count() == two.count()


def test_turtle_export_of_a_rebuilt_store_parses(corpus, nlp):
    with open_store("memory") as st:
        _build(st, [corpus])
        _build(st, [corpus], force=True)
        triples = list(ox.parse(export.export(st, "turtle"), format=ox.RdfFormat.TURTLE))
        assert len(triples) == st.count()
