"""Faults and concurrent use lose nothing: killed builds resume, a busy store is refused at
once with a clear message, every output file is written atomically, a document's facts
land in one transaction."""
from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg import export
from kg.cli import main
from kg.errors import StoreError
from kg.store import open_store

N_ARTICLES = 60
FIRST = "Ashley Maria James Robert Linda David Susan Michael Karen Daniel Laura Kevin Nadia Oscar Zoë".split()
LAST = "Moody Torrez Harmon Whitfield Caldwell Brennan Okafor Lindqvist Navarro Prescott Núñez".split()
STATES = ["Florida", "New Mexico", "California", "Texas", "New York", "Utah", "Arkansas", "Ohio"]
COMPANIES = ["Meta", "Google", "Microsoft", "Apple", "Amazon", "ByteDance", "Snap", "OpenAI", "Epic Games"]
PLATFORMS = ["Instagram", "WhatsApp", "Facebook", "Pinterest", "Threads"]
AGENCIES = ["Federal Trade Commission", "Department of Justice", "Securities and Exchange Commission"]
FILLER = [
    "Residents gathered at the town hall to discuss the budget.",
    "The weather stayed mild for most of the week.",
    "Analysts expect the debate to continue into next year.",
    "Critics called the move “long overdue”, while supporters urged patience.",
]


def article(i: int) -> str:
    """A small, varied news article (deterministic for ``i``)."""
    r = random.Random(i)
    name = f"{r.choice(FIRST)} {r.choice(LAST)}"
    state, company, platform = r.choice(STATES), r.choice(COMPANIES), r.choice(PLATFORMS)
    sentences = [
        f"{state} Attorney General {name} sued {company} on {r.choice(['Monday', 'Tuesday', 'Friday'])}, "
        f"accusing the company of harming young users.",
        f"{company} owns {platform}, which reaches {r.randint(2, 90)} million people.",
        f"The complaint cites a report by the {r.choice(AGENCIES)} that found {r.randint(5, 70)} percent "
        f"of teenagers use {platform} every day.",
        f"{name.split()[1]} said the case number {i} was “only the beginning”.",
    ]
    sentences += r.sample(FILLER, k=r.randint(1, 3))
    r.shuffle(sentences[1:])
    return f"date 2024-{1 + i % 12:02d}-{1 + i % 28:02d}\n" + "\n\n".join(sentences) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """N_ARTICLES articles and a clean build of them into a fresh store:
    (folder, store path, JSONL export, data triples)."""
    base = tmp_path_factory.mktemp("corpus")
    folder = base / "articles"
    folder.mkdir()
    for i in range(N_ARTICLES):
        (folder / f"article_{i:03d}.txt").write_text(article(i), encoding="utf-8")
    store = base / "clean-store"
    # in a process of its own, like the builds it is compared with (same code, fresh state)
    res = subprocess.run(_kg("build", str(folder), "--store", str(store), "--no-output", "-q"),
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0 and f"documents read: {N_ARTICLES}" in res.stdout, res.stderr
    with open_store(store, read_only=True) as st:
        return folder, store, export.jsonl(st), _timeless((t.subject, t.predicate, t.object) for t in st.data_triples())


def _kg(*args: str) -> list[str]:
    return [sys.executable, "-u", "-m", "kg", *args]


def _start_build(folder: Path, store: Path) -> subprocess.Popen:
    # as from a terminal: Ctrl-C at its default, even when the tests themselves run where it is
    # ignored (a background job of a non-interactive shell), which the build would inherit
    return subprocess.Popen(
        _kg("build", str(folder), "--store", str(store), "--no-output", "--batch-size", "2"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _wait_for_documents(proc: subprocess.Popen, at_least: int = 1) -> int:
    """Read the build's progress lines until it reports ``at_least`` documents stored."""
    for line in proc.stderr:  # "12 documents read; ..." (or "[12] name.txt: ...")
        m = re.match(r"\s*([\d,]+) documents read|\[([\d,]+)\] ", line)
        if m and int((m.group(1) or m.group(2)).replace(",", "")) >= at_least:
            return int((m.group(1) or m.group(2)).replace(",", ""))
    raise AssertionError(f"the build ended (exit {proc.wait()}) before reporting {at_least} documents")


_WHEN = "http://www.w3.org/2001/XMLSchema#dateTime"  # provenance timestamps differ between runs


def _timeless(triples) -> set:
    return {tuple(map(str, t)) for t in triples if not str(t[2]).endswith(f"^^<{_WHEN}>")}


def _graph(st, doc_iri: str) -> set:
    res = st.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{doc_iri}> {{ ?s ?p ?o }} }}")
    return _timeless(res.rows)


def _check_resumes(corpus, store: Path, stopped_at: int) -> None:
    """The interrupted store holds whole documents only; a second build completes it and
    then equals a clean build."""
    folder, clean, clean_jsonl, clean_triples = corpus
    with open_store(store, read_only=True) as st, open_store(clean, read_only=True) as ref:
        done = st.documents()
        assert stopped_at <= len(done) < N_ARTICLES, "the build was not interrupted mid-run"
        for doc in done:  # each stored document has all of its facts, not some
            assert _graph(st, doc) == _graph(ref, doc), doc
    res = subprocess.run(_kg("build", str(folder), "--store", str(store), "--no-output", "-q"),
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    assert f"documents read: {N_ARTICLES - len(done)}" in res.stdout
    assert f"documents unchanged (skipped): {len(done)}" in res.stdout
    with open_store(store, read_only=True) as st:
        assert len(st.documents()) == N_ARTICLES
        assert _timeless((t.subject, t.predicate, t.object) for t in st.data_triples()) == clean_triples
        assert st.count() == len(clean_triples) + sum(1 for t in st.data_triples() if str(t.object).endswith(f"^^<{_WHEN}>"))
        assert export.jsonl(st) == clean_jsonl


def test_sigkill_mid_build_then_rerun_equals_clean_build(corpus, tmp_path):
    store = tmp_path / "store"
    proc = _start_build(corpus[0], store)
    try:
        stopped_at = _wait_for_documents(proc, 1)
        proc.kill()
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    _check_resumes(corpus, store, stopped_at)


def test_sigint_mid_build_stops_cleanly_then_resumes(corpus, tmp_path):
    store = tmp_path / "store"
    proc = _start_build(corpus[0], store)
    try:
        stopped_at = _wait_for_documents(proc, 1)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1] == "interrupted" and "Traceback" not in err
    _check_resumes(corpus, store, stopped_at)


def test_concurrent_build_and_readers_are_refused_at_once(corpus, tmp_path, runner):
    folder = corpus[0]
    store = tmp_path / "store"
    first = _start_build(folder, store)
    try:
        _wait_for_documents(first, 1)
        # a second build fails at once (before loading its model), naming the first's PID
        second = subprocess.run(_kg("build", str(folder), "--store", str(store)),
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 1
        assert second.stderr.startswith(f"Error: store is locked by PID {first.pid} ")
        assert len(second.stderr.strip().splitlines()) == 1 and second.stdout == ""
        # read-only commands: a clear message, not a traceback
        stats = subprocess.run(_kg("stats", "--store", str(store)), capture_output=True, text=True, timeout=120)
        assert stats.returncode == 1
        assert stats.stderr.strip() == (f"Error: store is locked by PID {first.pid}, which is writing it "
                                        f"({store}); try again when it finishes")
        for args in (["query", "--name", "documents"], ["export", "--format", "nt"], ["remove", "x.txt"]):
            res = runner.invoke(main, [*args, "--store", str(store)])
            assert res.exit_code == 1 and f"store is locked by PID {first.pid}" in res.stderr, args
            assert len(res.stderr.strip().splitlines()) == 1
    finally:
        first.kill()
        first.wait()
    # the kernel dropped the dead build's lock: the store opens again
    res = runner.invoke(main, ["stats", "--store", str(store), "--format", "json"])
    assert res.exit_code == 0, res.output


def test_a_reader_keeps_writers_out(corpus, tmp_path, runner):
    store = tmp_path / "store"
    shutil.copytree(corpus[1], store)
    with open_store(store, read_only=True) as reader:
        res = subprocess.run(_kg("build", str(corpus[0]), "--store", str(store), "-q"),
                             capture_output=True, text=True, timeout=120)
        assert res.returncode == 1
        assert res.stderr.strip() == f"Error: store is in use by another kg process ({store}); try again when it finishes"
        with open_store(store, read_only=True) as second_reader:  # readers share
            assert len(second_reader.documents()) == len(reader.documents()) == N_ARTICLES
    with open_store(store) as writer:  # free again
        assert len(writer.documents()) == N_ARTICLES


def test_lock_holder_pid_is_written_and_cleared(tmp_path):
    store = tmp_path / "store"
    with open_store(store):
        assert (store / "kg.lock").read_text() == str(os.getpid())
        with pytest.raises(StoreError, match=rf"store is locked by PID {os.getpid()} "):
            open_store(store)
        with pytest.raises(StoreError, match=rf"store is locked by PID {os.getpid()}, which is writing it"):
            open_store(store, read_only=True)
    assert (store / "kg.lock").read_text() == ""
    open_store(store).close()


def test_replace_graph_is_all_or_nothing(tmp_path):
    """One SPARQL update per document: if any part fails, the old facts stay untouched."""
    doc = "https://w3id.org/newskg/resource/doc/a-txt"
    good = f'<{doc}> <http://www.w3.org/2000/01/rdf-schema#label> "old" .'
    with open_store(tmp_path / "store") as st:
        st.replace_graph(doc, good)
        before = _graph(st, doc)
        with pytest.raises(StoreError):
            st.replace_graph(doc, f'<{doc}> <http://example.org/p> "new" .\n<{doc}> <bad iri> "x" .')
        assert _graph(st, doc) == before and len(before) == 1


def test_every_output_file_is_written_atomically(runner, seeds_copy, tmp_path, monkeypatch, nlp):
    written: list[Path] = []
    real = export.write_atomic

    def spy(path, data):
        written.append(Path(path).resolve())
        return real(path, data)

    monkeypatch.setattr(export, "write_atomic", spy)
    out, store = tmp_path / "out", str(tmp_path / "store")
    res = runner.invoke(main, ["build", str(seeds_copy), "--store", store, "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    assert runner.invoke(main, ["export", "--format", "graphml", "-o", str(out / "x.graphml"), "--store", store]).exit_code == 0
    assert runner.invoke(main, ["view", "-o", str(out / "v.html"), "--store", store]).exit_code == 0
    files = {p.resolve() for p in out.rglob("*") if p.is_file()}
    assert files and files == set(written), "a file in output/ was not written by write_atomic"


def test_write_atomic_never_leaves_half_a_file(tmp_path, monkeypatch):
    target = tmp_path / "kg.ttl"
    export.write_atomic(target, b"old complete content\n")
    mode = target.stat().st_mode & 0o777

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        export.write_atomic(target, b"new content that never lands")
    monkeypatch.undo()
    assert target.read_bytes() == b"old complete content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.ttl"]  # no temporary file left
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask  # a normal file, not mkstemp's private 0600


def test_unwritable_output_is_one_line(runner, seeds_copy, tmp_path, nlp):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    res = runner.invoke(main, ["build", str(seeds_copy), "--store", "memory", "-o", str(blocker / "out"), "-q"])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert len(res.stderr.strip().splitlines()) == 1 and str(blocker) in res.stderr
