"""Inference: answers that follow from the ontology, not only what was extracted.

A query for ``?x a kg:Organization`` must return companies and government
bodies (``rdfs:subClassOf``), and ``?p kg:ownedBy ?c`` must answer although
the extractor only writes ``kg:owns`` (``owl:inverseOf``).  Two ways:

* **materialised** (the default): with every document it stores,
  ``kg build`` writes what follows from that document's facts into a named
  graph of its own, :func:`kg.namespace.inferred_graph_iri` (``.../graph/
  inferred/<doc id>``), and into the store's default (union) graph, in the
  same transaction as the document (:func:`entailed`, run in the build's
  worker processes).  Adding a document therefore adds only its entailments
  and removing it removes those no other document supports: there is no
  global step, so memory and time do not grow with the store (the first
  version re-derived the whole store after each build: 57 s and 2.7 GB at
  10,000 articles).  Queries then cost nothing extra.  The rules are the
  RDFS/OWL ones that cannot invent
  wrong facts from wrong data: superclasses and equivalent classes
  (rdfs9, cax-sco, cax-eqc), super- and equivalent properties (rdfs7,
  prp-spo1, prp-eqp) and inverses (prp-inv).  With a fixed ontology each of
  them needs one triple of the data only, so a document's entailments follow
  from its own graph.  Domain and range (rdfs2/3) are
  deliberately *not* applied: they would type the platform that wrongly
  "sued" someone as an agent and hide the error SHACL validation should
  report.  The inferred graphs are left out of ``Store.count`` and the
  exports: derived data, so the triple count of a store does not depend on it.
* **query time** (``kg query --inference owlrl``): :func:`owlrl_closure`
  copies the data and the ontology into rdflib, expands it with owlrl's OWL 2
  RL rules and answers the query over the closure.  Nothing is stored, but
  every query pays for the whole closure.

Measured in the first version, which re-derived the whole store after each
build (``python -m kg.inference --copies N``; the table compares that global
step with owlrl at query time, on the seeds and N-fold replicas, 2 cores):

=================  ===========  =========  ================  =======================
graph              data         inferred   materialise       query time (owlrl)
                   triples      triples    (once per build)  per query
=================  ===========  =========  ================  =======================
seeds              612          277        8 ms              4.9 s
10x                6,120        2,770      91 ms             19.7 s
50x                30,600       13,850     0.17 s            390 s (26 s w/o sameAs)
200x               122,400      55,400     2.2 s             > 30 min (131 s w/o sameAs)
=================  ===========  =========  ================  =======================

owlrl also applies ``owl:sameAs`` (every replica of Meta is the same Wikidata
item), whose equality closure is quadratic in the size of a sameAs clique, and
returns the same fact once per equal IRI.  Materialisation is therefore the
default; since it became per document it costs 1.5 ms per article, inside the
build's workers, and nothing per query.  Only the kg: vocabulary's own
conclusions are materialised (:data:`MATERIALISED`); the alignments to other
vocabularies come with ``--inference owlrl``.
"""
from __future__ import annotations

import functools
import time
from collections.abc import Iterable
from dataclasses import dataclass

from kg.namespace import INFERRED_GRAPH, INFERRED_PREFIX, RESOURCE, inferred_graph_iri
from kg.namespace import KG as _KG

ONTOLOGY_NS = str(_KG._NS)
from kg.store import QueryResult, Store

MODES = ("materialized", "owlrl")
# Materialised conclusions are the kg: vocabulary's own (kg:Agent, kg:Organization,
# kg:ownedBy, kg:citedBy ...).  The ontology's alignments to schema.org, FOAF, PROV-O,
# ORG and Dublin Core (schema:Organization, prov:Entity, dcterms:isReferencedBy ...) would
# be 8x as many triples, repeated in every document's inferred graph (200 instead of 25
# per synthetic article, a third of all writes); they apply with ``--inference owlrl`` or
# any RDFS reasoner over the exported graph plus ontology/kg.ttl.
MATERIALISED = ONTOLOGY_NS
DEFAULT_MODE = "materialized"


@functools.lru_cache(maxsize=1)
def _ontology_rules() -> tuple[dict, dict, dict]:
    """From the shipped ontology: class -> its superclasses, property -> its inverses,
    property -> its super-properties (transitive; equivalences count both ways)."""
    from rdflib import OWL, RDFS, URIRef

    from kg.graph import ontology_graph

    g = ontology_graph()

    def reach(edges: list[tuple]) -> dict:
        step: dict = {}
        for a, b in edges:
            step.setdefault(a, set()).add(b)
        out = {}
        for start in step:
            seen, todo = set(), [start]
            while todo:
                for nxt in step.get(todo.pop(), ()):
                    if nxt not in seen:
                        seen.add(nxt)
                        todo.append(nxt)
            found = {x for x in seen if isinstance(x, URIRef) and x != start}
            if found:
                out[start] = frozenset(found)
        return out

    def edges(forward, both) -> list[tuple]:
        e = [(a, b) for a, _, b in g.triples((None, forward, None))]
        for a, _, b in g.triples((None, both, None)):
            e += [(a, b), (b, a)]
        return e

    def own(table: dict) -> dict:  # conclusions in the kg: vocabulary only (see the module notes)
        out = {k: frozenset(v for v in vs if str(v).startswith(MATERIALISED)) for k, vs in table.items()}
        return {k: v for k, v in out.items() if v}

    supers = own(reach(edges(RDFS.subClassOf, OWL.equivalentClass)))
    superprops = own(reach(edges(RDFS.subPropertyOf, OWL.equivalentProperty)))
    inverses: dict = {}
    for p, _, q in g.triples((None, OWL.inverseOf, None)):
        inverses.setdefault(p, set()).add(q)
        inverses.setdefault(q, set()).add(p)
    return supers, own(inverses), superprops


def entailed(triples: Iterable[tuple]) -> set[tuple]:
    """What follows from ``triples`` (rdflib terms) by the rules above and is not among
    them: superclass types, inverse and super-property triples, to the fixpoint (an
    inverse can have a super-property: kg:ownedBy -> schema:parentOrganization)."""
    from rdflib import RDF, Literal

    supers, inverses, superprops = _ontology_rules()
    have = set(triples)
    new: set[tuple] = set()
    frontier = list(have)
    while frontier:
        found = []
        for s, p, o in frontier:
            if p == RDF.type:
                found += [(s, p, d) for d in supers.get(o, ())]
                continue
            if p in inverses and not isinstance(o, Literal):
                found += [(o, q, s) for q in inverses[p]]
            found += [(s, q, o) for q in superprops.get(p, ())]
        frontier = []
        for t in found:
            if t not in have:
                have.add(t)
                new.add(t)
                frontier.append(t)
    return new


def entailed_ntriples(triples: Iterable[tuple]) -> tuple[str, int]:
    """The entailments of ``triples`` (rdflib terms) as N-Triples, and how many there are."""
    from kg.graph import ntriples

    found = entailed(triples)
    return ntriples(sorted(found)), len(found)


def inferred_count(store: Store) -> int:
    """Triples in the stores' inferred graphs (all documents)."""
    res = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                      f'FILTER(STRSTARTS(STR(?g), "{INFERRED_PREFIX}")) }}')
    return int(res.rows[0][0].value)


def drop_legacy(store: Store) -> None:
    """Stores written before inference was per document kept it in one graph: drop it
    (each document's graph is re-derived when that document is rebuilt)."""
    store.remove_graph(str(INFERRED_GRAPH))


def materialize(store: Store) -> int:
    """Re-derive the inferred graph of every document in ``store`` (after an ontology
    change, or for a store written by an older version); returns the number of
    inferred triples."""
    import pyoxigraph as ox
    from rdflib import Graph

    drop_legacy(store)
    prefix = str(RESOURCE) + "doc/"
    total = 0
    for doc in store.documents():
        if not doc.startswith(str(RESOURCE)):
            continue
        # a document's id; documents under other IRIs (kg.inference.replicate) keep their path
        name = doc[len(prefix):] if doc.startswith(prefix) else doc[len(str(RESOURCE)):]
        res = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }}")
        g = Graph()
        g.parse(data=ox.serialize(res.triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
        nt, n = entailed_ntriples(g)
        store.replace_graph(str(inferred_graph_iri(name)), nt)
        total += n
    return total


# ---------------------------------------------------------------- query time (owlrl)

def owlrl_closure(store: Store):
    """The store's data and the ontology, expanded by owlrl's OWL 2 RL rules (an rdflib Graph)."""
    import owlrl
    import pyoxigraph as ox
    from rdflib import Graph, Literal

    from kg.graph import ontology_graph

    g = Graph()
    g.parse(data=ox.serialize(store.data_triples(), format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    g += ontology_graph()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    # OWL RL also derives triples about literals (generalised RDF), which RDF stores refuse
    for t in [t for t in g if isinstance(t[0], Literal)]:
        g.remove(t)
    return g


def closure_store(store: Store) -> Store:
    """An in-memory store holding the owlrl closure of ``store`` (for one query or a few)."""
    mem = Store("memory")
    mem.replace_graph(str(INFERRED_GRAPH), owlrl_closure(store).serialize(format="nt"))
    return mem


def run_query(store: Store, sparql: str, params: dict[str, str] | None = None, mode: str = DEFAULT_MODE) -> QueryResult:
    """:func:`kg.query.run` with a choice of inference: ``materialized`` (what the store
    holds, inferences included) or ``owlrl`` (closure computed now, for this query)."""
    from kg import query as q
    from kg.errors import QueryError

    if mode not in MODES:
        raise QueryError(f"unknown inference mode {mode!r}; choose one of: {', '.join(MODES)}")
    if mode == "materialized":
        return q.run(store, sparql, params)
    mem = closure_store(store)
    try:
        return q.run(mem, sparql, params)
    finally:
        mem.close()


# ---------------------------------------------------------------- measurement

def replicate(store: Store, copies: int) -> Store:
    """A memory store with ``copies`` copies of every document graph of ``store``, each
    under its own IRIs (``.../id/c7/company/meta``): a larger graph of the same shape."""
    import pyoxigraph as ox

    from kg.graph import ontology_graph
    from kg.namespace import RESOURCE

    base = str(RESOURCE)
    docs = store.documents()
    graphs = {}
    for d in docs:
        res = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{d}> {{ ?s ?p ?o }} }}")
        graphs[d] = ox.serialize(res.triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    mem = Store("memory")
    mem.ensure_ontology(ontology_graph().serialize(format="nt"))
    for i in range(copies):
        tag = f"{base}c{i}/"
        for d, nt in graphs.items():
            mem.replace_graph(d.replace(base, tag), nt.replace(base, tag))
    return mem


BENCH_QUERIES = {
    "organizations": "SELECT ?x WHERE { ?x a kg:Organization }",
    "owned-by": "SELECT ?p ?c WHERE { ?p kg:ownedBy ?c }",
}


@dataclass
class Timing:
    graph: str
    triples: int
    inferred: int
    materialize_s: float
    query_materialized_s: dict
    owlrl_closure_s: float
    query_owlrl_s: dict
    rows: dict


def _timed(fn, repeat: int = 1):
    best, out = None, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    return best, out


def measure(store: Store, label: str, owlrl_too: bool = True) -> Timing:
    from kg import query as q

    mat_s, inferred = _timed(lambda: materialize(store))
    qm, rows = {}, {}
    for name, text in BENCH_QUERIES.items():
        dt, res = _timed(lambda t=text: q.run(store, t), repeat=5)
        qm[name] = dt
        rows[name] = len(res.rows)
    closure_s, qo = float("nan"), {}
    if owlrl_too:
        closure_s, mem = _timed(lambda: closure_store(store))
        for name, text in BENCH_QUERIES.items():
            dt, res = _timed(lambda t=text: q.run(mem, t), repeat=5)
            qo[name] = dt
            rows[name + " (owlrl)"] = len(res.rows)
        mem.close()
    return Timing(label, store.count(), inferred, mat_s, qm, closure_s, qo, rows)


def benchmark(store: Store, copies: int = 200, owlrl_max_copies: int = 200) -> list[Timing]:
    """Time both options on ``store`` and on a ``copies``-fold replica of it."""
    out = [measure(store, "store")]
    for n in sorted({c for c in (10, copies) if c > 1}):
        t0 = time.perf_counter()
        big = replicate(store, n)
        load_s = time.perf_counter() - t0
        t = measure(big, f"{n}x (loaded in {load_s:.1f}s)", owlrl_too=n <= owlrl_max_copies)
        out.append(t)
        big.close()
    return out


def _report(timings: list[Timing]) -> str:
    lines = []
    for t in timings:
        lines.append(f"{t.graph}: {t.triples} data triples, {t.inferred} inferred")
        lines.append(f"  materialise (per build):            {t.materialize_s * 1000:9.1f} ms")
        for name, dt in t.query_materialized_s.items():
            lines.append(f"  query {name:<14} materialised: {dt * 1000:9.2f} ms  ({t.rows[name]} rows)")
        if t.query_owlrl_s:
            lines.append(f"  owlrl closure (per query):          {t.owlrl_closure_s * 1000:9.1f} ms")
            for name, dt in t.query_owlrl_s.items():
                total = t.owlrl_closure_s + dt
                lines.append(f"  query {name:<14} owlrl:        {total * 1000:9.1f} ms  ({t.rows[name + ' (owlrl)']} rows)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    import argparse

    from kg.store import open_store

    ap = argparse.ArgumentParser(prog="python -m kg.inference", description="Time materialised vs query-time (owlrl) inference.")
    ap.add_argument("--store", default="output/store")
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--owlrl-max-copies", type=int, default=200, help="skip owlrl on replicas larger than this")
    args = ap.parse_args(argv)
    with open_store(args.store, read_only=True) as st:
        mem = Store("memory")
        mem._store.extend(st._store)  # a writable copy: materialising needs to write
        print(_report(benchmark(mem, args.copies, args.owlrl_max_copies)))


if __name__ == "__main__":  # pragma: no cover
    main()
