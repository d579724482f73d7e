"""The per-document stages of a build, in worker processes when asked.

For each document: parse (spaCy) → extract (:mod:`kg.extract`) → its RDF graph
(:mod:`kg.graph`) and entailments (:mod:`kg.inference`) → N-Triples.  All of it
needs that one document only, so with ``workers > 1`` it all runs in forked
worker processes, which send back plain strings; the calling process only
writes them to the store.  (spaCy's own ``n_process`` parses in workers but
sends every ``Doc`` back, which the caller then deserialises, extracts and
serialises on one core: with 2 workers that process was the bottleneck, the
build ran at 0.64 of spaCy's speed.)

Memory stays bounded: at most ``IN_FLIGHT × workers`` tasks of ``TASK_DOCUMENTS`` documents are in flight, and input
documents are read only as results come back.
"""
from __future__ import annotations

import gc
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.model import Document


@dataclass
class DocumentGraphs:
    """What a build stores for one document: named graph IRI -> N-Triples."""

    doc_id: str
    words: int  # whitespace-separated words of the text (progress and benchmarks)
    graphs: dict[str, str]
    triples: int
    inferred: int
    nbytes: int


def document_graphs(ex, model_label: str) -> DocumentGraphs:
    """The document graph and the inferred graph of one extraction."""
    from kg.graph import document_iri, extraction_triples, ntriples
    from kg.inference import entailed_ntriples
    from kg.namespace import inferred_graph_iri

    doc = ex.document
    triples = extraction_triples(ex, model=model_label)
    nt = ntriples(triples)
    inferred_nt, inferred = entailed_ntriples(triples)
    graphs = {str(document_iri(doc.doc_id)): nt, str(inferred_graph_iri(doc.doc_id)): inferred_nt}
    return DocumentGraphs(doc.doc_id, len(doc.text.split()), graphs, len(triples), inferred,
                          len(nt) + len(inferred_nt))


def _process(batch: list[Document], nlp, model_label: str, batch_size: int) -> list[DocumentGraphs]:
    from kg.extract import extract_documents

    return [document_graphs(ex, model_label) for ex in extract_documents(batch, nlp, batch_size=batch_size)]


TASK_DOCUMENTS = 8  # documents per task sent to a worker
IN_FLIGHT = 4  # tasks queued per worker
_WORKER: dict = {}  # set in the parent before the fork; the workers inherit it


def _init_worker() -> None:
    # Ctrl-C reaches the whole process group: the parent stops the build (and the pool)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the inherited pipeline is never garbage: keep the collector off it (and its pages
    # shared with the parent), and collect young objects less often
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def _work(batch: list[Document]) -> list[DocumentGraphs]:
    return _process(batch, _WORKER["nlp"], _WORKER["label"], _WORKER["batch_size"])


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` items (the last one shorter), read lazily."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def graphs_for(documents: Iterable[Document], nlp, model_label: str, batch_size: int = 32,
               workers: int = 1) -> Iterator[DocumentGraphs]:
    """Each document's graphs, in input order.  ``documents`` is consumed lazily, in the
    calling thread."""
    if workers <= 1:
        batches = batched(documents, max(1, batch_size))
        for batch in batches:
            yield from _process(batch, nlp, model_label, batch_size)
        return
    # tasks of a few documents: no worker waits long for the others at the end, and the
    # parent (which takes results in order) is never stuck behind one long batch
    batches = batched(documents, max(1, min(batch_size, TASK_DOCUMENTS)))
    _WORKER.update(nlp=nlp, label=model_label, batch_size=batch_size)
    ctx = multiprocessing.get_context("fork")  # the loaded pipeline is shared, not reloaded
    with ctx.Pool(workers, initializer=_init_worker) as pool:
        pending: deque = deque()

        def submit() -> bool:
            batch = next(batches, None)
            if batch is None:
                return False
            pending.append(pool.apply_async(_work, (batch,)))
            return True

        for _ in range(IN_FLIGHT * workers):
            if not submit():
                break
        while pending:
            done = pending.popleft().get()
            submit()
            yield from done
    _WORKER.clear()
