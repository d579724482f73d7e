"""The store in a SPARQL 1.1 server (``--store http://...``): the same graph, the same
answers as the embedded store.  Each test gets its own ``oxigraph serve`` on a free
loopback port, stopped afterwards."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import api, export, query
from kg.cli import main
from kg.errors import StoreError
from kg.remote import RemoteStore, endpoints
from kg.store import SparqlSyntaxError, open_store

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=2) as resp:
            return resp.status == 200
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


@pytest.fixture
def server(tmp_path):
    """``oxigraph serve`` on a free port, ready (polled over HTTP) -> its base URL."""
    if OXIGRAPH is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    for _attempt in range(3):  # the port could be taken between choosing and binding it
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen(
            [OXIGRAPH, "serve", "--location", str(tmp_path / f"oxigraph-{port}"), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline and not _ready(url):
            try:
                proc.wait(timeout=0.05)
            except subprocess.TimeoutExpired:
                pass
        if proc.poll() is None and _ready(url):
            break
        proc.kill()
        proc.wait()
    else:
        pytest.fail("oxigraph serve did not start: " + proc.stderr.read().decode(errors="replace")[-500:])
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _rows(result) -> list[tuple[str, ...]]:
    return sorted(tuple("" if t is None else str(t) for t in row) for row in result.rows)


def test_endpoints_from_url():
    assert endpoints("http://h:7878") == ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")
    assert endpoints("http://h:7878/") == endpoints("http://h:7878/query") == endpoints("http://h:7878")
    assert endpoints("https://kg.example.org/ds/sparql")[1] == "https://kg.example.org/ds/update"
    with pytest.raises(StoreError):
        endpoints("ftp://h/x")


def test_unreachable_server_is_one_line():
    port = _free_port()  # nothing listens there
    with pytest.raises(StoreError) as exc:
        open_store(f"http://127.0.0.1:{port}")
    assert "cannot reach" in str(exc.value) and "\n" not in str(exc.value)


def test_open_store_dispatches_on_url(server):
    st = open_store(server)
    assert isinstance(st, RemoteStore)
    assert st.documents() == [] and st.count() == 0
    st.close()


def test_seed_build_same_as_embedded(server, seed_build, seed_store):
    """Build the seeds into the server: same counts, same rows for every named query,
    same exports as the embedded store built from the same files."""
    seeds = Path(seed_build[0]).parent / "seeds"
    report = api.build([seeds], store=server, output_dir=None)
    local = seed_build[2]
    assert report.documents_read == local.documents_read == 2
    assert (report.entities, report.relations, report.triples) == (local.entities, local.relations, local.triples)
    with open_store(server, read_only=True) as remote:
        assert remote.documents() == seed_store.documents()
        assert remote.document_hashes() == seed_store.document_hashes()
        assert remote.count() == seed_store.count()
        for name, nq in query.named_queries().items():
            params = {"entity": "Meta"} if nq.params else {}
            here, there = query.run(seed_store, nq.text, params), query.run(remote, nq.text, params)
            assert there.variables == here.variables, name
            assert _rows(there) == _rows(here), name
            assert there.rows, name
        assert export.jsonl(remote) == export.jsonl(seed_store)
        ttl_remote = list(ox.parse(export.export(remote, "turtle"), format=ox.RdfFormat.TURTLE))
        ttl_local = list(ox.parse(export.export(seed_store, "turtle"), format=ox.RdfFormat.TURTLE))
        assert len(ttl_remote) == len(ttl_local) == seed_store.count()
        assert api.stats(remote) == api.stats(seed_store)


def test_incremental_remove_and_rebuild(server, seeds_copy, nlp):
    docs = sorted(seeds_copy.iterdir())
    first, second = docs[0], docs[1]
    with open_store("memory") as alone:
        api.build([first], store=alone, output_dir=None, validate=False)
        expected = export.jsonl(alone), alone.count()
    with open_store(server) as st:
        api.build([seeds_copy], store=st, output_dir=None, validate=False)
        again = api.build([seeds_copy], store=st, output_dir=None, validate=False)
        assert (again.documents_read, again.documents_skipped) == (0, 2)
        assert api.remove_document(st, second.name)
        assert not api.remove_document(st, second.name)
        assert (export.jsonl(st), st.count()) == expected
        assert len(st.documents()) == 1


def test_cli_against_the_server(server, seeds_copy, runner, nlp):
    res = runner.invoke(main, ["build", str(seeds_copy), "--store", server, "--no-output", "-q", "--no-validate"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["query", "--name", "who-sued-whom", "--store", server, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert any(r["plaintiff"] == "Raúl Torrez" for r in rows)
    res = runner.invoke(main, ["query", "SELECT * WHERE { ?s ?p ", "--store", server])
    assert res.exit_code == 1 and "malformed SPARQL at line" in res.stderr
    name = sorted(p.name for p in seeds_copy.iterdir())[0]
    res = runner.invoke(main, ["remove", name, "--store", server])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["stats", "--store", server, "--format", "json"])
    assert json.loads(res.stdout)["documents"] == 1


def test_params_are_literals_not_sparql(server, seeds_copy, nlp):
    """A parameter full of SPARQL syntax is a string to match, on the server too."""
    with open_store(server) as st:
        api.build([seeds_copy], store=st, output_dir=None, validate=False)
        nq = query.get_named("entity")
        for evil in ['Meta" } } DROP ALL ; #', "Meta\\", 'x\\u0022 } }', "Meta'\n}"]:
            assert query.run(st, nq.text, {"entity": evil}).rows == []
        assert st.count() > 0
        assert query.run(st, nq.text, {"entity": "meta"}).rows  # case-insensitive, still works
        assert st.query("SELECT ?s WHERE { ?s ?p $x } LIMIT 1", params={"x": "Meta"}).rows


def test_errors_are_store_errors(server):
    with open_store(server) as st:
        with pytest.raises(SparqlSyntaxError) as exc:
            st.query("SELECT * WHERE {\n ?s ?p }")
        assert exc.value.line == 2
        with pytest.raises(StoreError):
            st.replace_graph("http://example.org/g", "<http://a> <http://b> .")  # not N-Triples
    with open_store(server, read_only=True) as ro:
        with pytest.raises(StoreError, match="read-only"):
            ro.replace_graph("http://example.org/g", "<http://a> <http://b> <http://c> .")


def test_construct_and_ask(server):
    with open_store(server) as st:
        st.replace_graph("http://example.org/g", '<http://a> <http://b> "c" .')
        assert st.query("ASK { <http://a> <http://b> ?o }").boolean is True
        res = st.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        assert res.kind == "graph" and [str(t) for t in res.triples] == ['<http://a> <http://b> "c"']
        assert st.remove_graph("http://example.org/g")
        assert st.query("ASK { ?s ?p ?o }").boolean is False
