"""Queries that go wrong: malformed SPARQL (one line, with its position), SPARQL Update
(refused unless --allow-update), runaway queries (--timeout)."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading

import pytest

from kg import query as q
from kg.cli import main
from kg.errors import QueryError
from kg.store import QueryTimeout, Store, call_with_timeout, open_store

COUNT_PLATFORMS = "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Platform }"


@pytest.fixture
def store_copy(seed_build, tmp_path):
    """A writable copy of the seed store."""
    dst = tmp_path / "store"
    shutil.copytree(seed_build[0], dst)
    return dst


def _platforms(store) -> int:
    with open_store(store, read_only=True) as st:
        return int(q.run(st, COUNT_PLATFORMS).rows[0][0].value)


# ---------------------------------------------------------------- malformed SPARQL

@pytest.mark.parametrize("text,line", [
    ("SELECT * WHERE { ?s ?p }", 1),
    ("SELECT ?x\nWHERE {\n  ?x a kg:Company .\n  FILTER(?x = ) }", 4),
    ("# a comment\nSELEC ?x WHERE { ?x ?p ?o }", 2),
])
def test_malformed_sparql_names_line_and_column_of_the_users_text(seed_store, text, line):
    with pytest.raises(QueryError) as info:
        q.run(seed_store, text)
    msg = str(info.value)
    assert "\n" not in msg
    # the predeclared prefixes are not counted: positions are in the text the user wrote
    m = re.match(r"malformed SPARQL at line (\d+), column (\d+): \S", msg)
    assert m, msg
    assert int(m.group(1)) == line
    assert 1 <= int(m.group(2)) <= max(len(x) for x in text.splitlines()) + 1


def test_cli_malformed_query_is_one_line_exit_1(runner, seed_build):
    res = runner.invoke(main, ["query", "SELECT ?x\nWHERE { ?x ?p }", "--store", str(seed_build[0])])
    assert res.exit_code == 1 and res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: malformed SPARQL at line 2, column ")


def test_long_parser_messages_stay_one_short_line(seed_store):
    with pytest.raises(QueryError) as info:
        q.run(seed_store, "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT x")
    assert "\n" not in str(info.value) and len(str(info.value)) < 400


def test_query_file_that_is_not_utf8(runner, seed_build, tmp_path):
    f = tmp_path / "q.rq"
    f.write_bytes(b"SELECT ?x WHERE { ?x rdfs:label \"Gen\xe8ve\" }")
    res = runner.invoke(main, ["query", "--file", str(f), "--store", str(seed_build[0])])
    assert res.exit_code == 2 and "not UTF-8" in res.stderr and "Traceback" not in res.output


# ---------------------------------------------------------------- SPARQL Update

UPDATES = [
    "DELETE WHERE { ?s a kg:Platform }",
    "# innocent comment\nPREFIX ex: <http://example.org/#frag>  # another\ndelete where { ?s a kg:Platform }",
    "INSERT DATA { <http://example.org/a> a kg:Platform }",
    "DROP ALL",
    "CLEAR DEFAULT",
    "WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
]


@pytest.mark.parametrize("text", UPDATES)
def test_updates_are_refused_without_allow_update(runner, store_copy, text):
    before = _platforms(store_copy)
    res = runner.invoke(main, ["query", text, "--store", str(store_copy)])
    assert res.exit_code == 1
    assert "read-only" in res.stderr and "--allow-update" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert _platforms(store_copy) == before > 0


def test_is_update_ignores_hashes_in_strings_and_iris():
    assert not q.is_update('SELECT * WHERE { ?s ?p "# DELETE" }')
    assert not q.is_update("PREFIX ex: <http://x.org/#>\nSELECT * WHERE { ?s ex:DELETE ?o }")
    assert q.is_update("PREFIX ex: <http://x.org/#> # c\n  INSERT DATA { ex:a ex:b ex:c }")


def test_allow_update_runs_it(runner, store_copy):
    assert _platforms(store_copy) > 0
    res = runner.invoke(main, ["query", "--allow-update", "DELETE WHERE { ?s a kg:Platform }", "--store", str(store_copy)])
    assert res.exit_code == 0, res.output
    assert res.stderr.strip() == "update applied"
    assert _platforms(store_copy) == 0


def test_allow_update_still_runs_plain_queries_read_only(runner, store_copy):
    res = runner.invoke(main, ["query", "--allow-update", COUNT_PLATFORMS, "--store", str(store_copy), "--format", "csv"])
    assert res.exit_code == 0 and int(res.stdout.splitlines()[1]) > 0


def test_malformed_update_changes_nothing(runner, store_copy):
    before = _platforms(store_copy)
    text = "DELETE WHERE { ?s a kg:Platform } ;\nINSERT DATA { <http://example.org/a> a }"
    res = runner.invoke(main, ["query", "--allow-update", text, "--store", str(store_copy)])
    assert res.exit_code == 1
    assert re.fullmatch(r"Error: malformed SPARQL Update at line 2, column \d+: .+", res.stderr.strip())
    assert _platforms(store_copy) == before  # the first half did not run either


def test_update_needs_a_writable_store(seed_store):
    with pytest.raises(QueryError, match="read-only"):
        q.run_update(seed_store, "DELETE WHERE { ?s a kg:Platform }")


# ---------------------------------------------------------------- --timeout

def test_timeout_abandons_and_cancels_the_worker():
    started, finished = threading.Event(), threading.Event()

    def slow(cancel):
        started.set()
        cancel.wait(60)  # a streaming query checks ``cancel`` between solutions
        finished.set()
        return "too late"

    with pytest.raises(QueryTimeout, match=r"query timed out after 0.2 s"):
        call_with_timeout(slow, 0.2)
    assert started.is_set()
    assert finished.wait(10), "the abandoned worker was not told to stop"


def test_timeout_returns_fast_answers():
    assert call_with_timeout(lambda cancel: 42, 30) == 42
    with pytest.raises(ZeroDivisionError):
        call_with_timeout(lambda cancel: 1 / 0, 30)


def test_streaming_query_stops_at_timeout():
    st = Store("memory")
    st.replace_graph("http://e.org/g", "\n".join(f'<http://e.org/s{i}> <http://e.org/p> "{i}" .' for i in range(300)))
    # 90,000 solutions out of 27 million combinations: about two seconds of work
    slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?c = ?f) }"
    with pytest.raises(QueryError, match=r"^query timed out after 0.2 s"):
        q.run(st, slow, timeout=0.2)
    for worker in [t for t in threading.enumerate() if t.name == "kg-query"]:
        worker.join(10)  # cancelled: it stops at its next solution, not after all of them
        assert not worker.is_alive()


def test_cli_timeout_stops_a_runaway_query(seed_build):
    """A cross product of the whole graph with itself, four times: hours of work."""
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    res = subprocess.run(
        [sys.executable, "-m", "kg", "query", runaway, "--timeout", "1", "--store", str(seed_build[0])],
        capture_output=True, text=True, timeout=120,
    )
    assert res.returncode == 1, res.stderr
    assert res.stderr.strip() == "Error: query timed out after 1 s (stopped; raise --timeout to allow more)"
    assert res.stdout == ""


def test_timeout_must_be_positive(runner, seed_build):
    res = runner.invoke(main, ["query", COUNT_PLATFORMS, "--timeout", "0", "--store", str(seed_build[0])])
    assert res.exit_code == 2
