"""Store: where the graph lives between commands.

Backend: Oxigraph (``pyoxigraph``), embedded on disk by default
(``output/store``) or in memory (``--store memory``).  Each document is one
named graph (its document IRI) replaced in a single SPARQL update, so a
document's facts land all together or not at all.  The default graph holds
the set union of the document graphs and the ontology: queries see every
triple once, and removing a document removes what only it supported.  rdflib builds the graphs (:mod:`kg.graph`); Oxigraph answers
SPARQL, which is 70-1000x faster than rdflib's in-memory store on a
million-triple graph (see ``../shared/MEASURED.md`` and the README).
"""
from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.namespace import INFERRED_GRAPH, KG, ONTOLOGY_GRAPH

DEFAULT_STORE = Path("output") / "store"
LOCK_NAME = "kg.lock"
# data triples: neither the ontology's nor those materialised by kg.inference (its own graph)
_NOT_ONTOLOGY = (
    f"FILTER NOT EXISTS {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }} "
    f"FILTER NOT EXISTS {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }}"
)


SKOLEM = "https://w3id.org/newskg/.well-known/genid/"


def skolemize(ntriples: str) -> str:
    """Blank nodes -> stable IRIs, so a graph can be copied into the default graph and
    compared across graphs (RDF 1.1 skolemisation)."""
    if "_:" not in ntriples:
        return ntriples

    def term(t):
        return ox.NamedNode(SKOLEM + t.value) if isinstance(t, ox.BlankNode) else t

    triples = [
        ox.Triple(term(t.subject), t.predicate, term(t.object))
        for t in ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    ]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _drop(graph_iri: str) -> str:
    """SPARQL Update: drop a named graph and its default-graph triples no other graph has."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{graph_iri}>) }} }} ;\n"
        f"DROP SILENT GRAPH <{graph_iri}>"
    )


@dataclass
class QueryResult:
    """A SPARQL answer in plain form: ``kind`` is select, ask or graph."""

    kind: str
    variables: list[str]
    rows: list[tuple]  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list | None = None


class Store:
    """A pyoxigraph store (memory or on-disk) with the project's conventions."""

    def __init__(self, spec: str | os.PathLike | None = None, read_only: bool = False):
        self.spec = str(spec) if spec is not None else str(DEFAULT_STORE)
        self.read_only = read_only
        self._lock_fd = None
        if self.spec == "memory":
            self.path = None
            self._store = ox.Store()
        else:
            self.path = Path(self.spec)
            self._open_disk()

    # ------------------------------------------------------------ opening
    def _open_disk(self) -> None:
        path = self.path
        if self.read_only:
            if not path.exists():
                raise StoreError(f"no store at {path}: run 'kg build' first (or pass --store)")
            try:
                self._store = ox.Store.read_only(str(path))
            except OSError as exc:
                raise StoreError(f"cannot open store {path}: {_first_line(exc)}") from None
            return
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is a file, not a store folder")
        path.mkdir(parents=True, exist_ok=True)
        self._acquire_lock()
        try:
            self._store = ox.Store(str(path))
        except OSError as exc:
            self._release_lock()
            raise StoreError(f"cannot open store {path}: {_first_line(exc)}") from None

    def _acquire_lock(self) -> None:
        import fcntl

        lock_path = self.path / LOCK_NAME
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise StoreError(f"store is locked by PID {holder} ({self.path})") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._lock_fd = fd

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._lock_fd, 0)
                os.close(self._lock_fd)
            self._lock_fd = None

    def close(self) -> None:
        if getattr(self, "_store", None) is not None and not self.read_only:
            with contextlib.suppress(OSError):
                self._store.flush()
        self._store = None
        self._release_lock()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ writing
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only")

    def replace_graph(self, graph_iri: str, ntriples: str) -> None:
        """Replace one named graph by the given N-Triples, atomically (one update).

        The default graph is kept as the set union of all named graphs, so queries
        see each triple once; a triple leaves it only when no other graph has it.
        """
        self._writable()
        ntriples = skolemize(ntriples)
        update = f"{_drop(graph_iri)} ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{ntriples}\n}} }} ;\nINSERT DATA {{\n{ntriples}\n}}"
        try:
            self._store.update(update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"store update failed: {_first_line(exc)}") from None

    def remove_graph(self, graph_iri: str) -> bool:
        """Remove a named graph and the triples of the default graph only it supported."""
        self._writable()
        node = ox.NamedNode(graph_iri)
        if not self._store.contains_named_graph(node):
            return False
        self._store.update(_drop(graph_iri))
        return True

    def update(self, sparql_update: str) -> None:
        """Run one SPARQL Update, atomically (used by :mod:`kg.inference`)."""
        self._writable()
        try:
            self._store.update(sparql_update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"store update failed: {_first_line(exc)}") from None

    def ensure_ontology(self, ntriples: str) -> None:
        """Keep the ontology in its own named graph, so queries can use the class hierarchy."""
        self.replace_graph(str(ONTOLOGY_GRAPH), ntriples)

    # ------------------------------------------------------------ reading
    def query(self, sparql: str) -> QueryResult:
        """Run a read-only SPARQL query (its default graph: the union of all documents)."""
        try:
            result = self._store.query(sparql)
        except SyntaxError as exc:
            raise StoreError(f"malformed SPARQL: {_first_line(exc)}") from None
        except OSError as exc:
            raise StoreError(f"query failed: {_first_line(exc)}") from None
        return to_result(result)

    def document_hashes(self) -> dict[str, str]:
        """Document IRI -> content hash of every document in the store."""
        q = f"SELECT ?d ?h WHERE {{ GRAPH ?d {{ ?d a <{KG.Document}> ; <{KG.sha256}> ?h }} }}"
        return {row[0].value: row[1].value for row in self.query(q).rows}

    def data_triples(self) -> list:
        """All distinct data triples (the ontology graph excluded), sorted."""
        q = f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o {_NOT_ONTOLOGY} }}"
        res = self._store.query(q)
        triples = [ox.Triple(sol[0], sol[1], sol[2]) for sol in res]
        triples.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        return triples

    def count(self) -> int:
        """Number of distinct data triples (the ontology graph excluded)."""
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o {_NOT_ONTOLOGY} }}"
        res = self._store.query(q)
        return int(next(iter(res))[0].value)

    def documents(self) -> list[str]:
        return sorted(self.document_hashes())


def to_result(result) -> QueryResult:
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", [], [], boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [tuple(sol[i] for i in range(len(names))) for sol in result]
        return QueryResult("select", names, rows)
    return QueryResult("graph", ["subject", "predicate", "object"], [], triples=list(result))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0]


def open_store(spec: str | os.PathLike | None = None, read_only: bool = False) -> Store:
    return Store(spec, read_only=read_only)
