"""The Python API behind the CLI (usable from notebooks too).

>>> from kg import api
>>> report = api.build(["seeds/"], store="memory", output_dir="output")
>>> report.relations["sued"]
"""
from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.namespace import KG
from kg.store import Store, open_store

Progress = Callable[[str], None]
DEFAULT_OUTPUT = Path("output")
FLUSH_BYTES = 4 * 2**20  # N-Triples written between two store flushes (~80 articles)


@dataclass
class BuildReport:
    documents_read: int = 0
    documents_skipped: int = 0  # unchanged since the last build
    failed: list[str] = field(default_factory=list)  # one message per bad file
    entities: Counter = field(default_factory=Counter)  # class -> count (whole store)
    relations: Counter = field(default_factory=Counter)  # relation -> count (whole store)
    triples: int = 0
    outputs: list[Path] = field(default_factory=list)
    inferred: int = 0  # entailments stored with the documents read (not counted in ``triples``)
    validation: object | None = None  # kg.validate.ValidationReport, None with validate=False
    words: int = 0  # words of the documents read (whitespace-separated)
    seconds: float = 0.0  # time spent reading, extracting and storing (model load excluded)


def _noop(_: str) -> None:
    pass


def build(
    paths: Iterable[str | os.PathLike] = ("seeds",),
    store: str | os.PathLike | Store | None = None,
    output_dir: str | os.PathLike | None = DEFAULT_OUTPUT,
    model: str | None = None,
    force: bool = False,
    batch_size: int = 32,
    workers: int = 1,
    progress: Progress = _noop,
    warn: Progress = _noop,
    max_bytes: int | None = None,
    validate: bool = True,
    gazetteers: Iterable[str | os.PathLike] = (),
) -> BuildReport:
    """Ingest ``paths``, extract, load each document's graph into the store and write the
    Turtle, GraphML and HTML outputs to ``output_dir`` (``None``: no files).

    A file that cannot be read is named once through ``warn`` and listed in
    ``report.failed``; every other file is still processed.  Files over
    ``max_bytes`` (default :data:`kg.ingest.MAX_BYTES`) are refused.  Each
    document's facts go into the store in one transaction, so an interrupted
    build leaves whole documents only, and the next build (which skips
    unchanged documents) completes the rest."""
    from kg import nlp as nlp_mod
    from kg.graph import document_iri, ontology_graph
    from kg.inference import drop_legacy
    from kg.ingest import MAX_BYTES, load_documents
    from kg.parallel import batched, graphs_for

    use_gazetteers(gazetteers)
    nlp = nlp_mod.load(model)
    report = BuildReport()
    own_store = not isinstance(store, Store)
    st = open_store(store) if own_store else store
    try:
        st.ensure_ontology(ontology_graph().serialize(format="nt"))
        drop_legacy(st)
        ticker = _Ticker(progress, report)

        def on_error(exc: InputError) -> None:
            report.failed.append(str(exc))
            warn(f"warning: {exc}")

        def todo():
            # streamed: the store is asked about a few documents at a time, never all of them
            docs = load_documents(paths, on_error=on_error, max_bytes=max_bytes or MAX_BYTES,
                                  on_warning=lambda m: warn(f"warning: {m}"))
            for chunk in batched(docs, 64):
                known = {} if force else stored_hashes(st, [str(document_iri(d.doc_id)) for d in chunk])
                for doc in chunk:
                    if known.get(str(document_iri(doc.doc_id))) == doc.sha256:
                        report.documents_skipped += 1
                        ticker.tick()
                        continue
                    yield doc

        label = nlp_mod.model_label(nlp)
        unflushed = 0
        # parsing, extraction, RDF and entailments run in the workers (kg.parallel); each
        # document's graph and inferred graph are stored in one transaction
        for built in graphs_for(todo(), nlp, label, batch_size=batch_size, workers=workers):
            st.replace_graphs(built.graphs)
            report.documents_read += 1
            report.inferred += built.inferred
            ticker.tick(built.words)
            unflushed += built.nbytes
            if unflushed > FLUSH_BYTES:  # or the embedded store keeps every write in memory
                st.flush()
                unflushed = 0
        ticker.done()
        _infer_and_validate(st, report, validate, warn)
        _fill_counts(st, report)
        if output_dir is not None:
            report.outputs = write_outputs(st, output_dir)
    finally:
        if own_store:
            st.close()
    return report


def stored_hashes(st: Store, doc_iris: list[str]) -> dict[str, str]:
    """Document IRI -> content hash, for those of ``doc_iris`` already in the store."""
    if not doc_iris:
        return {}
    values = " ".join(f"<{iri}>" for iri in doc_iris if "<" not in iri and ">" not in iri and " " not in iri)
    q = (f"SELECT ?d ?h WHERE {{ VALUES ?d {{ {values} }} "
         f"GRAPH ?d {{ ?d a <{KG.Document}> ; <{KG.sha256}> ?h }} }}")
    return {row[0].value: row[1].value for row in st.query(q).rows}


class _Ticker:
    """Progress of a build: a line when the first document is stored (the build has started),
    then at most one a second, and one at the end."""

    def __init__(self, progress: Progress, report: BuildReport, every: float = 1.0):
        self.progress, self.report, self.every = progress, report, every
        self.start = self.last = time.monotonic()
        self.pending = False
        self.first = True

    def tick(self, words: int = 0) -> None:
        self.report.words += words
        now = time.monotonic()
        self.report.seconds = now - self.start
        self.pending = True
        if self.first or now - self.last >= self.every:
            self.first = False
            self.emit(now)

    def emit(self, now: float) -> None:
        r, secs = self.report, max(now - self.start, 1e-9)
        skipped = f", {r.documents_skipped:,} unchanged (skipped)" if r.documents_skipped else ""
        rate = f"; {r.documents_read / secs:.1f} documents/s, {r.words / secs:,.0f} words/s" if r.documents_read else ""
        self.progress(f"{r.documents_read:,} documents read{skipped}{rate}")
        self.last, self.pending = now, False

    def done(self) -> None:
        now = time.monotonic()
        self.report.seconds = now - self.start
        if self.pending:
            self.emit(now)


def _infer_and_validate(st: Store, report: BuildReport, validate: bool, warn: Progress) -> None:
    """Check the SHACL shapes when some document was (re-)extracted: violations are
    warnings (one line each through ``warn``), never a failed build.  (Entailments are
    stored with each document, see kg.inference.)"""
    # nothing read: the store is as the last build left it (and checked it), so skip the check
    if validate and report.documents_read:
        from kg.validate import validate_store

        report.validation = validate_store(st)
        if not report.validation.conforms:
            n = len(report.validation.violations)
            warn(f"warning: the graph does not conform to ontology/shapes.ttl ({n} violation{'s' if n != 1 else ''}):")
            for v in report.validation.violations:
                warn(f"  {v.line()}")


_ACTIVE_GAZETTEERS: list = []


def use_gazetteers(paths: Iterable[str | os.PathLike]) -> None:
    """Make ``paths`` (JSONL files like ``kg/data/gazetteer.jsonl``) the user gazetteers of
    the next extraction, in addition to the shipped one; later files override earlier
    entries of the same name.

    The spaCy pipeline (``kg.nlp.load``, cached) builds its entity ruler from the
    gazetteer when loaded, so when the set of files (or their contents) changes, the
    gazetteer caches and the pipeline cache are cleared and the next load rebuilds them.
    """
    from kg import nlp as nlp_mod
    from kg.extract import lexicon
    from kg.validate import check_gazetteer

    files = [Path(p) for p in paths]
    for f in files:
        check_gazetteer(f)
    state = [(f.resolve(), f.stat().st_mtime_ns, f.stat().st_size) for f in files]
    if state == _ACTIVE_GAZETTEERS:
        return
    lexicon._EXTRA_GAZETTEERS.clear()
    for f in files:
        lexicon.add_gazetteer(f)
    lexicon.gazetteer.cache_clear()
    lexicon.gazetteer_index.cache_clear()
    lexicon.gazetteer_by_length.cache_clear()
    lexicon.gazetteer_places.cache_clear()
    nlp_mod.load.cache_clear()
    _ACTIVE_GAZETTEERS[:] = state


def _fill_counts(st: Store, report: BuildReport) -> None:
    report.entities, report.relations, _ = counts(st)
    report.triples = st.count()


# an entity as kg.graphdata reads one: a kg: class (not Document/Assertion) and a label, in one graph
_ENTITY = ("GRAPH ?{g} {{ ?{e} a ?{t} ; rdfs:label ?{l} }} "
           "FILTER(STRSTARTS(STR(?{t}), STR(kg:)) && ?{t} NOT IN (kg:Document, kg:Assertion))")


def counts(st: Store) -> tuple[Counter, Counter, int]:
    """Entities per class, relations per type and assertions, as :func:`stats` counts them
    for the graphs kg writes, but aggregated inside the store: memory does not grow with
    the graph (a build of 10,000 articles must not load the whole graph into Python to
    print its summary).  Relations are the distinct (subject, relation, object) of the
    assertions; :func:`stats` also checks each assertion's evidence fields and that both
    ends are labelled entities, which kg always writes (tests compare the two), at 9x the
    cost."""
    from kg.graphdata import CLASS_ORDER
    from kg.namespace import sparql_prefixes

    p = sparql_prefixes()
    ranks = " ".join(f'(kg:{c} "{i}")' for i, c in enumerate(CLASS_ORDER))
    # the most specific class of each entity, as kg.graphdata picks it: CLASS_ORDER first, else by name
    q = p + f"""SELECT ?k (COUNT(?e) AS ?n) WHERE {{
      {{ SELECT ?e (MIN(?key) AS ?k) WHERE {{
          {_ENTITY.format(g="g", e="e", t="type", l="label")}
          OPTIONAL {{ VALUES (?type ?rank) {{ {ranks} }} }}
          BIND(CONCAT(COALESCE(?rank, "9"), STRAFTER(STR(?type), "#")) AS ?key)
      }} GROUP BY ?e }} }} GROUP BY ?k"""
    entities: Counter = Counter()
    for k, n in st.query(q).rows:
        entities[k.value[1:]] += int(n.value)
    # edges: the distinct (subject, relation, object) are the relation triples themselves
    # (each assertion also states its triple, and the default graph is a set), counted as
    # they stream; COUNT(DISTINCT CONCAT(...)) over the assertions needed 2 GB at 10,000 articles
    from kg.model import RELATIONS

    rels = " ".join(f"kg:{r}" for r in RELATIONS)
    q = p + f"SELECT ?p (COUNT(*) AS ?edges) WHERE {{ VALUES ?p {{ {rels} }} ?s ?p ?o }} GROUP BY ?p"
    relations: Counter = Counter()
    for pred, n_edges in st.query(q).rows:
        relations[pred.value.rsplit("#", 1)[-1]] += int(n_edges.value)
    q = p + "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Assertion }"
    assertions = int(st.query(q).rows[0][0].value)
    return entities, relations, assertions


def stats(st: Store) -> dict:
    """Counts: documents, entities per class, relations per type, assertions, triples."""
    from kg.graphdata import load_graph_data

    data = load_graph_data(st)
    entities = Counter(n.cls for n in data.nodes.values())
    relations = Counter(e.rel for e in data.edges)
    assertions = sum(len(e.evidence) for e in data.edges)
    return {
        "documents": len(st.documents()),
        "entities": entities,
        "relations": relations,
        "assertions": assertions,
        "triples": st.count(),
    }


def write_outputs(st: Store, output_dir: str | os.PathLike) -> list[Path]:
    """``kg.ttl``, ``kg.graphml`` and ``graph.html`` in ``output_dir``."""
    from kg.export import export, write_atomic

    out = Path(output_dir)
    written = [
        write_atomic(out / "kg.ttl", export(st, "turtle")),
        write_atomic(out / "kg.graphml", export(st, "graphml")),
        write_view(st, out / "graph.html"),
    ]
    return written


def write_view(st: Store, path: str | os.PathLike, title: str = "kg graph", progress: Progress = _noop,
               **options) -> Path:
    """Write the interactive HTML view (one offline file) of the graph in ``st`` to ``path``.

    ``options`` choose the part drawn, as in :func:`kg.subgraph.select`: ``focus`` (a name,
    alias or IRI), ``hops`` (default 2), ``min_confidence``, ``classes``, ``relations`` and
    ``max_nodes`` (default :data:`kg.subgraph.DEFAULT_MAX_NODES`; ``None``: no limit).
    ``progress`` receives one line saying what the page shows."""
    from kg.export import write_atomic
    from kg.graphdata import load_graph_data
    from kg.render import render_html
    from kg.subgraph import select

    view = select(load_graph_data(st), **options)
    shown = f"{len(view.data.nodes)} of {view.total_nodes} entities, {len(view.data.edges)} of {view.total_edges} relations"
    progress(shown + "".join(f"; {note}" for note in view.notes))
    return write_atomic(path, render_html(view, title=title).encode("utf-8"))


def remove_document(st: Store, name: str) -> bool:
    """Remove a document (by file name or id) and everything only it supports."""
    from kg.graph import document_iri
    from kg.ingest import doc_id_for

    from kg.namespace import inferred_graph_iri

    doc_id = doc_id_for(Path(name))
    # what followed from the removed facts goes too, in the same transaction
    return st.remove_graph(str(document_iri(doc_id)), str(inferred_graph_iri(doc_id)))
