"""The synthetic corpus behind the benchmark: deterministic, varied, and made of the facts
the extractor is built for.  Plus a smoke run of kg.bench on a handful of articles."""
from __future__ import annotations

import json
from collections import Counter

from kg import synth


def _snapshot(items):
    return [(a.name, a.date, a.title, a.body) for a in items]


def test_deterministic_for_a_seed():
    assert _snapshot(synth.articles(20, seed=3)) == _snapshot(synth.articles(20, seed=3))
    assert synth.pools(3) == synth.pools(3)


def test_seed_changes_the_corpus():
    a = _snapshot(synth.articles(10, seed=1))
    b = _snapshot(synth.articles(10, seed=2))
    assert [x[3] for x in a] != [x[3] for x in b]
    assert sum(x[3] == y[3] for x, y in zip(a, b)) == 0


def test_any_slice_regenerates_alone():
    whole = _snapshot(synth.articles(12, seed=5))
    assert _snapshot(synth.articles(4, seed=5, start=8)) == whole[8:]


def test_generator_keeps_nothing():
    gen = synth.articles(10_000_000)
    first = next(gen)  # a lazily generated stream: ten million articles cost nothing up front
    assert first.name == "synth_00000.txt"


def test_varied_articles():
    arts = list(synth.articles(300, seed=0))
    bodies = [a.body for a in arts]
    assert len(set(bodies)) == 300
    sentences = Counter(s for b in bodies for s in b.replace("\n\n", " ").split(". "))
    assert len(sentences) > 300 * 10  # mostly distinct sentences (numbers, names, templates vary)
    words = [a.words for a in arts]
    assert min(words) >= 300 and max(words) <= 460
    assert 330 <= sum(words) / len(words) <= 400
    titles = {a.title.split()[0] for a in arts}
    assert len(titles) > 20
    p = synth.pools(0)
    used = Counter(c for a in arts for c in p.companies if c in a.body)
    assert len(used) > 150  # many companies, with some recurring
    assert used.most_common(1)[0][1] > 3
    assert len({a.date for a in arts}) > 150


def test_files_read_back_with_their_date(tmp_path):
    from kg.ingest import load_documents

    info = synth.write_corpus(tmp_path, 5, seed=9)
    arts = list(synth.articles(5, seed=9))
    assert info == {"articles": 5, "words": sum(a.words for a in arts)}
    docs = {d.name: d for d in load_documents([tmp_path])}
    assert sorted(docs) == [a.name for a in arts]
    for a in arts:
        d = docs[a.name]
        assert d.date == a.date
        assert d.text.startswith(a.title) and d.text.endswith(a.body.rstrip())
        assert len(d.text.split()) == a.words


def test_articles_carry_extractable_facts(nlp):
    """The templates are sentences the rules read: a sued/owns/ceo_of fact about the
    article's company comes out of the real pipeline."""
    from kg.extract import extract_document
    from kg.model import Document

    rels = Counter()
    for a in synth.articles(8, seed=0):
        doc = Document(doc_id=a.name, name=a.name, path=a.name, text=a.body)
        ex = extract_document(doc, nlp(a.body))
        # the extractor names a company without its legal form: "Kelium Corp." -> "Kelium"
        ours = {e.key for e in ex.entities
                if any(a.company == n or a.company.startswith(n + " ") for n in (e.name, *e.aliases))}
        assert a.company in a.body and ours
        about = Counter(r.rel for r in ex.relations if ours & {r.subject, r.object})
        assert sum(about.values()) >= 2, (a.name, about)
        rels.update(about)
    assert {"sued", "owns", "ceo_of", "accused", "investigated"} <= set(rels), rels


def test_bench_smoke(tmp_path, nlp):
    """kg.bench end to end on 3 articles, in this process: every stable key is there."""
    from kg import bench

    out = tmp_path / "bench.json"
    result = bench.main(["--sizes", "3", "--workers", "1", "--repeat", "2", "--inline", "--no-export",
                         "--no-validate", "--work", str(tmp_path / "work"), "--out", str(out)])
    saved = json.loads(out.read_text())
    assert saved == json.loads(json.dumps(result))
    assert saved["throughput_ratio"] > 0
    assert saved["extraction_ratio"] > 0 and saved["extraction_alone"]["documents"] == 3
    assert saved["extraction_ratio_alternating"] > 0 and saved["extraction_alternating"]["documents"] == 3
    assert set(saved["peak_rss_mb"]) == {"3"}
    from kg.query import named_queries

    assert set(saved["query_p95_ms"]) == set(named_queries())
    assert saved["builds"]["3-w1"]["documents"] == 3
    assert saved["rebuild_unchanged"]["skipped"] == 3 and saved["rebuild_unchanged"]["documents"] == 0
    assert saved["queries"]["entity"]["rows"] > 0  # the generated company was found
