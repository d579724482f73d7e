"""Benchmark: ``make bench`` (``python -m kg.bench``) -> ``output/bench.json`` and a table.

On a synthetic corpus (:mod:`kg.synth`, seeded, 300-400 words an article), in one run:

* spaCy's ceiling: ``nlp.pipe`` of the bare model alone over the documents' text, with 1
  and with ``--workers`` processes, versus ``kg build`` over the same files with the same
  worker counts (words/s and their ratio; model load excluded from both);
* end-to-end ``kg build --no-output --no-validate`` of each corpus size in a fresh
  subprocess: wall time and peak memory of the whole process tree (RSS summed over the
  build and its worker processes, polled with psutil; PSS too, which counts pages shared
  by forked workers once), and the phase after extraction (the store's counts; entailments
  are computed per document by the workers);
* store load: triples/s written by the build's per-document transactions, and
  Oxigraph's ``bulk_load`` of the same triples for reference;
* p50 and p95 latency of every named query (``kg/queries/*.rq``) as ``kg query --name``
  runs it by default (:func:`kg.query.run_named`: the first 100 rows, materialised) on
  the largest store;
* ``kg export`` (turtle, jsonl, graphml) and ``kg view`` times and peak memory there;
* SHACL validation (on by default in ``kg build``) timed on the smallest store.

Stable keys in bench.json: ``extraction_ratio`` (kg's pipeline and rules alone, no RDF or
store, words/s / spaCy-alone words/s, one process each; spaCy measured before and after,
the mean taken), ``extraction_ratio_alternating`` (the same two in one process, taking turns
over chunks of 100 articles: robust to the machine's speed drifting during the run),
``throughput_ratio`` (build words/s /
spaCy-alone words/s, both with ``--workers`` processes), ``peak_rss_mb`` ({size: MB}), ``query_p95_ms``
({query: ms}); more beside them.

    python -m kg.bench                       # 1,000 and 10,000 articles (22 min on 2 idle cores)
    python -m kg.bench --sizes 200,1000      # smaller
    python -m kg.bench --quick               # 100 and 500 articles, fewer repeats
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_SIZES = (1000, 10000)
QUICK_SIZES = (100, 500)


# ---------------------------------------------------------------- children (fresh processes)

def _child_spacy(args: dict) -> dict:
    """spaCy ``nlp.pipe`` alone over the documents' analysed text."""
    import spacy

    from kg import nlp as nlp_mod
    from kg.ingest import load_documents

    texts = [d.text for d in load_documents([args["paths"]])]
    words = sum(len(t.split()) for t in texts)
    name = nlp_mod.resolve_model_name(args.get("model"))
    t0 = time.perf_counter()
    nlp = nlp_mod.load(name) if args.get("kg_pipeline") else spacy.load(name)
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    n = 0
    for _ in nlp.pipe(texts, batch_size=args["batch_size"], n_process=args["workers"]):
        n += 1
    secs = time.perf_counter() - t0
    return {"documents": n, "words": words, "seconds": secs, "load_seconds": load, "words_per_s": words / secs}


def _child_build(args: dict) -> dict:
    """``kg.api.build`` as ``kg build --no-output`` runs it, with its phases timed."""
    from kg import api
    from kg import nlp as nlp_mod
    from kg.store import open_store

    import resource

    phases: dict[str, float] = {}
    marks: dict[str, float] = {}  # wall-clock phase boundaries, for the parent's memory samples

    def timed(name, func):
        def wrapper(*a, **kw):
            t = time.perf_counter()
            marks.setdefault(f"{name}_start", time.time())
            marks.setdefault(f"{name}_main_peak_rss_mb_before", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
            try:
                return func(*a, **kw)
            finally:
                phases[name] = phases.get(name, 0.0) + time.perf_counter() - t
                marks[f"{name}_end"] = time.time()
        return wrapper

    t_start = time.perf_counter()
    nlp_mod.load(args.get("model"))
    phases["model_load"] = time.perf_counter() - t_start
    saved = api._fill_counts
    api._fill_counts = timed("counts", api._fill_counts)
    st = open_store(args["store"])
    stored = {"triples": 0, "seconds": 0.0}
    replace = st.replace_graphs

    def replace_graphs(graphs):
        t = time.perf_counter()
        replace(graphs)
        stored["seconds"] += time.perf_counter() - t
        stored["triples"] += sum(nt.count("\n") + (0 if not nt or nt.endswith("\n") else 1) for nt in graphs.values())

    st.replace_graphs = replace_graphs
    flush = st.flush

    def flush_timed():
        t = time.perf_counter()
        flush()
        stored["seconds"] += time.perf_counter() - t
        stored["flushes"] = stored.get("flushes", 0) + 1

    st.flush = flush_timed
    marks["build_start"] = time.time()
    cpu0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        report = api.build([args["paths"]], store=st, output_dir=None, model=args.get("model"),
                           batch_size=args["batch_size"], workers=args["workers"], validate=False,
                           force=args.get("force", False))
    finally:
        st.close()
        api._fill_counts = saved
    total = time.perf_counter() - t_start
    cpu1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = {  # CPU seconds: this process (extraction, graphs, store) and its spaCy workers
        "main": (cpu1[0].ru_utime + cpu1[0].ru_stime) - (cpu0[0].ru_utime + cpu0[0].ru_stime),
        "workers": (cpu1[1].ru_utime + cpu1[1].ru_stime) - (cpu0[1].ru_utime + cpu0[1].ru_stime),
    }
    return {
        "cpu_seconds": cpu,
        "documents": report.documents_read, "skipped": report.documents_skipped, "words": report.words,
        "extract_seconds": report.seconds, "words_per_s": report.words / report.seconds if report.seconds else 0.0,
        "total_seconds": total, "phases": phases, "triples": report.triples, "inferred": report.inferred,
        "store_writes": stored, "marks": marks,
    }


def _child_validate(args: dict) -> dict:
    from kg.store import open_store
    from kg.validate import validate_store

    with open_store(args["store"], read_only=True) as st:
        t = time.perf_counter()
        rep = validate_store(st)
        return {"seconds": time.perf_counter() - t, "violations": len(rep.violations)}


def _child_bulk_load(args: dict) -> dict:
    """Oxigraph's bulk loader on the data triples of a store (reference figure)."""
    import pyoxigraph as ox

    from kg.store import open_store

    with open_store(args["store"], read_only=True) as st:
        data = ox.serialize(st.data_triples(), format=ox.RdfFormat.N_TRIPLES)
    target = Path(args["target"])
    shutil.rmtree(target, ignore_errors=True)
    store = ox.Store(str(target))
    t = time.perf_counter()
    store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    store.flush()
    secs = time.perf_counter() - t
    n = data.count(b"\n")
    del store
    shutil.rmtree(target, ignore_errors=True)
    return {"triples": n, "seconds": secs, "triples_per_s": n / secs}


def _child_extract(args: dict) -> dict:
    """Extraction alone: kg's pipeline (``nlp.pipe`` with its components) and the rules over
    the same text, one process, no RDF and no store (issue 3's measure)."""
    from kg import nlp as nlp_mod
    from kg.extract import extract_documents
    from kg.ingest import load_documents

    docs = list(load_documents([args["paths"]]))
    words = sum(len(d.text.split()) for d in docs)
    nlp = nlp_mod.load(args.get("model"))
    t0 = time.perf_counter()
    relations = 0
    for ex in extract_documents(docs, nlp, batch_size=args["batch_size"]):
        relations += len(ex.relations)
    secs = time.perf_counter() - t0
    return {"documents": len(docs), "words": words, "seconds": secs, "relations": relations, "words_per_s": words / secs}


def _child_alternating(args: dict) -> dict:
    """spaCy alone and extraction (kg's pipeline and rules) in one process, taking turns over
    chunks of the same documents, so that a change of the machine's speed during the run (other
    load, CPU boost) weighs on both sides alike; the ratio of the summed times."""
    import spacy

    from kg import nlp as nlp_mod
    from kg.extract import extract_documents
    from kg.ingest import load_documents

    docs = list(load_documents([args["paths"]]))
    words = sum(len(d.text.split()) for d in docs)
    name = nlp_mod.resolve_model_name(args.get("model"))
    bare, kg = spacy.load(name), nlp_mod.load(name)
    chunk = max(1, args.get("chunk", 100))
    spacy_secs = extract_secs = 0.0
    for k in range(0, len(docs), chunk):
        part = docs[k:k + chunk]
        t0 = time.perf_counter()
        for _ in bare.pipe([d.text for d in part], batch_size=args["batch_size"]):
            pass
        t1 = time.perf_counter()
        for _ in extract_documents(part, kg, batch_size=args["batch_size"]):
            pass
        spacy_secs += t1 - t0
        extract_secs += time.perf_counter() - t1
    return {"documents": len(docs), "words": words, "chunk": chunk, "spacy_seconds": spacy_secs,
            "extraction_seconds": extract_secs, "spacy_words_per_s": words / spacy_secs,
            "extraction_words_per_s": words / extract_secs, "ratio": spacy_secs / extract_secs}


CHILDREN = {"spacy": _child_spacy, "build": _child_build, "validate": _child_validate, "bulk_load": _child_bulk_load,
            "extract": _child_extract, "alternating": _child_alternating}


def run_child(kind: str, args: dict, inline: bool = False) -> dict:
    """Run one measurement in a fresh Python process (or in this one with ``inline``), with
    its wall time and the peak memory of its process tree."""
    if inline:
        import resource

        t = time.perf_counter()
        out = CHILDREN[kind](args)
        out["wall_seconds"] = time.perf_counter() - t
        out["peak_rss_mb"] = out["peak_main_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out["peak_pss_mb"] = None
        return out
    cmd = [sys.executable, "-m", "kg.bench", "--child", kind, json.dumps(args)]
    return _measured(cmd, parse_json=True)


def _measured(cmd: list[str], parse_json: bool = False, env: dict | None = None) -> dict:
    import psutil

    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak_rss = peak_pss = peak_main = 0
    ps = psutil.Process(proc.pid)
    samples = 0
    pss_every = 10  # PSS reads /proc/PID/smaps_rollup: every 2 s, RSS every 0.2 s
    series: list[tuple[float, int, int]] = []  # (wall clock, RSS of the tree, RSS of the main process)
    out_chunks: list[bytes] = []
    import threading

    reader = threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()), daemon=True)
    err_chunks: list[bytes] = []
    err_reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)
    reader.start()
    err_reader.start()
    while True:
        try:
            procs = [ps] + ps.children(recursive=True)
            rss = pss = 0
            for p in procs:
                try:
                    rss += p.memory_info().rss
                    if samples % pss_every == 0:
                        pss += p.memory_full_info().pss
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    pass
            peak_rss = max(peak_rss, rss)
            if samples % pss_every == 0:
                peak_pss = max(peak_pss, pss)
            main_rss = ps.memory_info().rss
            peak_main = max(peak_main, main_rss)
            series.append((time.time(), rss, main_rss))
        except psutil.NoSuchProcess:
            pass
        samples += 1
        try:
            proc.wait(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            continue
    wall = time.perf_counter() - t
    reader.join()
    err_reader.join()
    stdout = b"".join(out_chunks).decode("utf-8", "replace")
    stderr = b"".join(err_chunks).decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} failed ({proc.returncode}):\n{stderr[-3000:]}")
    out = json.loads(stdout.strip().splitlines()[-1]) if parse_json else {}
    out.update(wall_seconds=wall, peak_rss_mb=peak_rss / 2**20, peak_pss_mb=peak_pss / 2**20,
               peak_main_rss_mb=peak_main / 2**20, load_average_after=os.getloadavg()[0])
    marks = out.get("marks")
    if marks and "build_start" in marks:
        # peak memory of each phase of a build: extraction (spaCy workers alive), then the rest
        bounds = [("extraction", marks["build_start"], marks.get("counts_start", float("inf")))]
        for name in ("counts",):
            if f"{name}_start" in marks:
                bounds.append((name, marks[f"{name}_start"], marks.get(f"{name}_end", float("inf"))))
        def peak(i, lo, hi):  # None: the phase was shorter than one sample
            values = [sample[i] for sample in series if lo <= sample[0] <= hi]
            return max(values) / 2**20 if values else None

        out["peak_rss_mb_by_phase"] = {name: peak(1, lo, hi) for name, lo, hi in bounds}
        out["peak_main_rss_mb_by_phase"] = {name: peak(2, lo, hi) for name, lo, hi in bounds}
    return out


# ---------------------------------------------------------------- parent

def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, -(-len(s) * q // 100) - 1))
    return s[int(k)]


def corpus(work: Path, size: int, seed: int) -> tuple[Path, int]:
    """The first ``size`` synthetic articles in their own folder (reused when present)."""
    from kg.synth import articles

    folder = work / f"corpus-{size}"
    stamp = folder / ".complete"
    want = f"{size} {seed}"
    if stamp.exists() and stamp.read_text() == want:
        return folder, int(json.loads((folder / ".info").read_text())["words"])
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    words = 0
    for a in articles(size, seed=seed):
        (folder / a.name).write_text(a.text, encoding="utf-8")
        words += a.words
    (folder / ".info").write_text(json.dumps({"words": words}))
    stamp.write_text(want)
    return folder, words


def pick_entity(st, seed: int) -> str:
    """A generated company that is in the store (for the ``entity`` query)."""
    from kg.query import sparql_string
    from kg.synth import pools

    for name in pools(seed).companies:
        q = (f"ASK {{ ?e a <https://w3id.org/newskg/ontology#Company> ; "
             f"<http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel> {sparql_string(name)} }}")
        if st.query(q).boolean:
            return name
    return pools(seed).companies[0]


def time_queries(store_path: str, seed: int, repeat: int, budget: float) -> dict:
    """p50/p95 of each named query run as ``kg query --name`` runs it by default: through
    :func:`kg.query.run_named`, first page of :data:`kg.query.DEFAULT_LIMIT` rows (with
    the check for a next page), ``entity`` resolved from a generated company's name."""
    from kg import query as q
    from kg.store import open_store

    out = {}
    with open_store(store_path, read_only=store_path != "memory") as st:
        entity = pick_entity(st, seed)
        for name, nq in q.named_queries().items():
            params = {"entity": entity} if "entity" in nq.params else {}
            t = time.perf_counter()
            res = q.run_named(st, name, params)  # warm-up (caches, first page-in)
            first = time.perf_counter() - t
            times = []
            start = time.perf_counter()
            while len(times) < repeat and (len(times) < 3 or time.perf_counter() - start < budget):
                t = time.perf_counter()
                q.run_named(st, name, params)
                times.append(time.perf_counter() - t)
            out[name] = {
                "rows": len(res.rows) if res.rows is not None else 0,
                "limit": q.DEFAULT_LIMIT,
                "more": res.more,
                "runs": len(times),
                "first_ms": first * 1000,
                "p50_ms": percentile(times, 50) * 1000,
                "p95_ms": percentile(times, 95) * 1000,
                "params": params,
            }
    return out


def _kg_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *args]


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(prog="python -m kg.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", help="corpus sizes to build, comma-separated [default: 1000,10000]")
    ap.add_argument("--articles", type=int, help="largest size; with it the sizes are N/10 and N")
    ap.add_argument("--quick", action="store_true", help="sizes 100,500 and fewer query runs")
    ap.add_argument("--ratio-articles", type=int, help="articles for the spaCy-ceiling comparison [default: the smallest size]")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the multi-process runs [default: 2]")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=30, help="runs of each named query [default: 30]")
    ap.add_argument("--query-budget", type=float, default=30.0, help="seconds per query at most (3 runs minimum)")
    ap.add_argument("--work", default="output/bench", help="folder for corpora and stores [default: output/bench]")
    ap.add_argument("--out", default="output/bench.json")
    ap.add_argument("--model", default=None)
    ap.add_argument("--no-validate", action="store_true", help="skip timing SHACL validation")
    ap.add_argument("--no-export", action="store_true", help="skip export and view timings")
    ap.add_argument("--inline", action="store_true", help="run in this process (smoke tests; memory figures meaningless)")
    ap.add_argument("--keep", action="store_true", help="keep the stores in --work")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("child_args", nargs="?", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        print(json.dumps(CHILDREN[a.child](json.loads(a.child_args))))
        return {}

    if a.sizes:
        sizes = sorted({int(x) for x in a.sizes.split(",") if x.strip()})
    elif a.articles:
        sizes = sorted({max(1, a.articles // 10), a.articles})
    elif a.quick:
        sizes = list(QUICK_SIZES)
    else:
        sizes = list(DEFAULT_SIZES)
    repeat = min(a.repeat, 10) if a.quick else a.repeat
    workers = max(1, a.workers)
    worker_counts = sorted({1, workers})
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    started = time.perf_counter()
    result: dict = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load_average_at_start": os.getloadavg()},
        "settings": {"sizes": sizes, "workers": workers, "batch_size": a.batch_size, "seed": a.seed},
    }
    common = {"batch_size": a.batch_size, "model": a.model}

    # corpora
    corpora = {}
    for size in sorted(set(sizes) | ({a.ratio_articles} if a.ratio_articles else set())):
        t = time.perf_counter()
        corpora[size] = corpus(work, size, a.seed)
        log(f"corpus {size}: {corpora[size][1]:,} words ({time.perf_counter() - t:.1f} s)")
    result["corpus"] = {str(s): {"articles": s, "words": w} for s, (_, w) in corpora.items()}

    # spaCy ceiling vs build, same text, same worker counts
    ratio_size = a.ratio_articles or sizes[0]
    ratio_dir = str(corpora[ratio_size][0])
    spacy_runs, build_runs = {}, {}
    for w in worker_counts:
        log(f"spaCy alone, {ratio_size} articles, {w} process(es) ...")
        spacy_runs[w] = run_child("spacy", {**common, "paths": ratio_dir, "workers": w}, a.inline)
        log(f"  {spacy_runs[w]['words_per_s']:,.0f} words/s")
        if w == workers and ratio_size in sizes:
            continue  # the build of this size with these workers is measured below
        store = work / f"store-{ratio_size}-w{w}"
        shutil.rmtree(store, ignore_errors=True)
        log(f"kg build, {ratio_size} articles, --workers {w} ...")
        build_runs[(ratio_size, w)] = run_child("build", {**common, "paths": ratio_dir, "store": str(store), "workers": w}, a.inline)
        log(f"  {build_runs[(ratio_size, w)]['words_per_s']:,.0f} words/s")
        if not a.keep:
            shutil.rmtree(store, ignore_errors=True)

    # extraction alone (no RDF, no store) against spaCy alone, one process each, same text
    log(f"extraction alone, {ratio_size} articles, 1 process ...")
    extract_run = run_child("extract", {**common, "paths": ratio_dir}, a.inline)
    log(f"  {extract_run['words_per_s']:,.0f} words/s")
    # spaCy alone once more after it, so that a drift of the machine's speed during the run
    # (other load, CPU boost) weighs on both sides of the ratio: spaCy, extraction, spaCy
    log(f"spaCy alone again, {ratio_size} articles, 1 process ...")
    spacy_again = run_child("spacy", {**common, "paths": ratio_dir, "workers": 1}, a.inline)
    log(f"  {spacy_again['words_per_s']:,.0f} words/s")
    spacy_ref = (spacy_runs[1]["words_per_s"] + spacy_again["words_per_s"]) / 2
    result["extraction_alone"] = dict(extract_run, spacy_alone_words_per_s=[spacy_runs[1]["words_per_s"],
                                                                             spacy_again["words_per_s"]])
    result["extraction_ratio"] = extract_run["words_per_s"] / spacy_ref
    log(f"spaCy alone and extraction taking turns, {ratio_size} articles, 1 process ...")
    alternating = run_child("alternating", {**common, "paths": ratio_dir}, a.inline)
    result["extraction_alternating"] = alternating
    result["extraction_ratio_alternating"] = alternating["ratio"]
    log(f"  ratio {alternating['ratio']:.2f}")

    # end-to-end builds of each size with --workers
    stores = {}
    for size in sizes:
        store = work / f"store-{size}-w{workers}"
        shutil.rmtree(store, ignore_errors=True)
        log(f"kg build, {size} articles, --workers {workers} ...")
        run = run_child("build", {**common, "paths": str(corpora[size][0]), "store": str(store), "workers": workers}, a.inline)
        build_runs[(size, workers)] = run
        stores[size] = store
        log(f"  {run['total_seconds']:.1f} s, {run['words_per_s']:,.0f} words/s, peak RSS {run['peak_rss_mb']:,.0f} MB, {run['triples']:,} triples")
    largest = stores[sizes[-1]]

    # a rebuild of the largest store with nothing changed: every document skipped
    log("kg build again, nothing changed ...")
    result["rebuild_unchanged"] = run_child(
        "build", {**common, "paths": str(corpora[sizes[-1]][0]), "store": str(largest), "workers": workers}, a.inline)

    ratios = {}
    for w in worker_counts:
        b = build_runs[(ratio_size, w)]
        ratios[str(w)] = b["words_per_s"] / spacy_runs[w]["words_per_s"]
    result["spacy_alone"] = {str(w): r for w, r in spacy_runs.items()}
    result["builds"] = {f"{s}-w{w}": r for (s, w), r in build_runs.items()}
    result["throughput_ratio"] = ratios[str(workers)]
    result["throughput_ratio_by_workers"] = ratios
    result["throughput_ratio_vs_one_spacy_process"] = {
        str(w): build_runs[(ratio_size, w)]["words_per_s"] / spacy_runs[1]["words_per_s"] for w in worker_counts}
    result["peak_rss_mb"] = {str(s): build_runs[(s, workers)]["peak_rss_mb"] for s in sizes}
    result["peak_pss_mb"] = {str(s): build_runs[(s, workers)]["peak_pss_mb"] for s in sizes}
    result["peak_rss_mb_by_phase"] = {str(s): build_runs[(s, workers)].get("peak_rss_mb_by_phase") for s in sizes}
    result["build_seconds"] = {str(s): build_runs[(s, workers)]["total_seconds"] for s in sizes}
    big = build_runs[(sizes[-1], workers)]
    writes = big["store_writes"]
    result["store_load_triples_per_s"] = writes["triples"] / writes["seconds"] if writes["seconds"] else None

    log("bulk load reference ...")
    result["bulk_load"] = run_child("bulk_load", {"store": str(largest), "target": str(work / "bulk-tmp")}, a.inline)

    log(f"named queries on the {sizes[-1]}-article store ...")
    queries = time_queries(str(largest), a.seed, repeat, a.query_budget)
    result["queries"] = queries
    result["query_p50_ms"] = {n: r["p50_ms"] for n, r in queries.items()}
    result["query_p95_ms"] = {n: r["p95_ms"] for n, r in queries.items()}

    if not a.no_export:
        out = {}
        for fmt in ("turtle", "jsonl", "graphml"):
            target = work / f"export.{fmt}"
            log(f"kg export --format {fmt} ...")
            out[fmt] = _measured(_kg_cmd("export", "--format", fmt, "-o", str(target), "--store", str(largest)))
            out[fmt]["bytes"] = target.stat().st_size
            target.unlink()
        log("kg view ...")
        target = work / "graph.html"
        out["view"] = _measured(_kg_cmd("view", "-o", str(target), "--store", str(largest)))
        out["view"]["bytes"] = target.stat().st_size
        target.unlink()
        result["export"] = out

    if not a.no_validate:
        log(f"SHACL validation of the {sizes[0]}-article store ...")
        result["validation"] = {str(sizes[0]): run_child("validate", {"store": str(stores[sizes[0]])}, a.inline)}

    if not a.keep:
        for store in stores.values():
            shutil.rmtree(store, ignore_errors=True)
    result["machine"]["load_average_at_end"] = os.getloadavg()
    result["bench_seconds"] = time.perf_counter() - started
    out_path = Path(a.out)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    print(table(result))
    log(f"wrote {out_path}")
    return result


def table(r: dict) -> str:
    from kg.query import table as fmt

    rows = []
    sizes = r["settings"]["sizes"]
    w = r["settings"]["workers"]
    for k, v in sorted(r["spacy_alone"].items()):
        rows.append([f"spaCy alone, {k} process(es)", f"{v['words_per_s']:,.0f} words/s", ""])
    if r.get("extraction_ratio") is not None:
        rows.append(["extraction alone / spaCy, 1 process", f"{r['extraction_ratio']:.2f}",
                     f"{r['extraction_alone']['words_per_s']:,.0f} words/s; target >= 0.8"])
    if r.get("extraction_ratio_alternating") is not None:
        alt = r["extraction_alternating"]
        rows.append(["extraction / spaCy, taking turns in 1 process", f"{r['extraction_ratio_alternating']:.2f}",
                     f"chunks of {alt['chunk']} articles: {alt['spacy_seconds']:.1f} s vs {alt['extraction_seconds']:.1f} s"])
    for k, v in sorted(r["throughput_ratio_by_workers"].items()):
        rows.append([f"build / spaCy, --workers {k}", f"{v:.2f}", "target >= 0.7 with --workers 2"])
    for s in sizes:
        b = r["builds"][f"{s}-w{w}"]
        ph = b.get("phases", {})
        rows.append([f"build {s:,} articles, --workers {w}", f"{b['total_seconds']:.1f} s",
                     f"{b['words_per_s']:,.0f} words/s; counts {ph.get('counts', 0):.1f} s"])
        pss = f"{b['peak_pss_mb']:,.0f} MB PSS; " if b.get("peak_pss_mb") else ""
        rows.append([f"  peak memory, {s:,}", f"{b['peak_rss_mb']:,.0f} MB RSS", f"{pss}main process {b['peak_main_rss_mb']:,.0f} MB"])
        if b.get("peak_rss_mb_by_phase"):
            rows.append(["    by phase (RSS)", "", "; ".join(f"{k} {v:,.0f} MB" for k, v in b["peak_rss_mb_by_phase"].items() if v)])
    rb = r["rebuild_unchanged"]
    rows.append(["rebuild, nothing changed", f"{rb['total_seconds']:.1f} s", f"{rb['skipped']:,} skipped"])
    if r.get("store_load_triples_per_s"):
        rows.append(["store load (build transactions)", f"{r['store_load_triples_per_s']:,.0f} triples/s", ""])
    bl = r["bulk_load"]
    rows.append(["store load (Oxigraph bulk_load)", f"{bl['triples_per_s']:,.0f} triples/s", f"{bl['triples']:,} triples"])
    for name, q in r["queries"].items():
        flag = "" if q["p95_ms"] < 100 else "over 100 ms"
        page = " (first page)" if q.get("more") else ""
        rows.append([f"query {name}", f"p50 {q['p50_ms']:.1f} ms, p95 {q['p95_ms']:.1f} ms", f"{q['rows']:,} rows{page}, {q['runs']} runs {flag}".rstrip()])
    for name, e in r.get("export", {}).items():
        what = "kg view" if name == "view" else f"kg export {name}"
        rows.append([what, f"{e['wall_seconds']:.1f} s", f"{e['bytes'] / 2**20:,.1f} MB file, peak RSS {e['peak_rss_mb']:,.0f} MB"])
    for s, v in r.get("validation", {}).items():
        rows.append([f"SHACL validation, {int(s):,} articles", f"{v['seconds']:.1f} s", f"peak RSS {v['peak_rss_mb']:,.0f} MB"])
    return fmt(["measure", "value", "notes"], rows, max_width=90)


if __name__ == "__main__":  # pragma: no cover
    main()
