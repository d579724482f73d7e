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
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.namespace import INFERRED_GRAPH, INFERRED_PREFIX, KG, ONTOLOGY_GRAPH

DEFAULT_STORE = Path("output") / "store"
LOCK_NAME = "kg.lock"
# data triples: neither the ontology's nor those materialised by kg.inference (the
# inferred graphs, one per document, and the single one of stores from before 0.3).
# MINUS (a hash anti-join) rather than FILTER NOT EXISTS (a lookup per triple): the same
# triples, count() 13x faster (0.3 s instead of 3.8 s at 1,000 articles, 325k triples)
_NOT_ONTOLOGY = (
    f"MINUS {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }} "
    f"MINUS {{ GRAPH ?inferred {{ ?s ?p ?o }} "
    f'FILTER(STRSTARTS(STR(?inferred), "{INFERRED_PREFIX}") || ?inferred = <{INFERRED_GRAPH}>) }}'
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


def _drop(*graph_iris: str) -> str:
    """SPARQL Update: drop named graphs and their default-graph triples no other graph has."""
    others = ", ".join(f"<{g}>" for g in graph_iris)
    parts = [
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h NOT IN ({others})) }} }}"
        for g in graph_iris
    ]
    return " ;\n".join(parts + [f"DROP SILENT GRAPH <{g}>" for g in graph_iris])


class SparqlSyntaxError(StoreError):
    """Malformed SPARQL; ``line`` and ``column`` (1-based) locate the error in the text sent."""

    def __init__(self, detail: str, line: int | None = None, column: int | None = None):
        self.detail, self.line, self.column = detail, line, column
        where = f" at line {line}, column {column}" if line is not None else ""
        super().__init__(f"malformed SPARQL{where}: {detail}")


class QueryTimeout(StoreError):
    """A query or update ran longer than its time limit and was abandoned."""


_POSITION = re.compile(r"^\s*error at (\d+):(\d+):\s*", re.I)


def syntax_error(exc: BaseException) -> SparqlSyntaxError:
    """Oxigraph's SyntaxError (``error at 3:17: expected ...``, sometimes several lines)
    as one line with its position."""
    text = " ".join(str(exc).split())
    m = _POSITION.match(text)
    detail = text[m.end():] if m else text
    if len(detail) > 300:
        detail = detail[:299] + "…"
    if m:
        return SparqlSyntaxError(detail or "syntax error", int(m.group(1)), int(m.group(2)))
    return SparqlSyntaxError(detail or "syntax error")


def call_with_timeout(func, timeout: float | None, what: str = "query"):
    """``func(cancel)`` in a worker thread, waiting at most ``timeout`` seconds.

    pyoxigraph releases the GIL while it evaluates, so the caller gets control back on
    time and :class:`QueryTimeout` is raised; ``cancel`` is set so the abandoned worker
    stops at its next solution (a long aggregate runs on until the process exits).  An
    abandoned update is still one transaction: it lands entirely or not at all.
    """
    if not timeout:
        return func(None)
    cancel = threading.Event()
    box: dict = {}

    def work() -> None:
        import traceback

        try:
            box["value"] = func(cancel)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            # pyoxigraph's result iterators must be dropped on the thread that made them:
            # free the frames (and their locals) here, not wherever the error ends up
            traceback.clear_frames(exc.__traceback__)
            if not cancel.is_set():
                box["error"] = exc

    worker = threading.Thread(target=work, name=f"kg-{what}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        cancel.set()
        raise QueryTimeout(f"{what} timed out after {timeout:g} s (stopped; raise --timeout to allow more)")
    if "error" in box:
        raise box["error"]
    return box["value"]


class _Cancelled(Exception):
    pass


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
            if not path.is_dir():
                raise StoreError(f"{path} is a file, not a store folder")
            # Oxigraph: reading while another process writes is undefined behaviour, so
            # readers share the lock a writer takes exclusively.
            self._acquire_lock(shared=True)
            try:
                self._store = ox.Store.read_only(str(path))
            except OSError as exc:
                self._release_lock()
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

    def _acquire_lock(self, shared: bool = False) -> None:
        self._lock_fd = lock_store(self.path, shared)
        self._lock_shared = shared

    def _release_lock(self) -> None:
        fd, self._lock_fd = self._lock_fd, None
        unlock_store(fd, getattr(self, "_lock_shared", False))

    def close(self) -> None:
        if getattr(self, "_store", None) is not None and not self.read_only:
            with contextlib.suppress(OSError):
                self._store.flush()
        self._store = None
        self._release_lock()

    def flush(self) -> None:
        """Write buffered changes to disk.  Oxigraph holds every write in memory until a
        flush, so a long build calls this every few MB: memory stays flat (~250 MB per 1,000
        articles otherwise) and writing is faster too."""
        if getattr(self, "_store", None) is not None and not self.read_only and self.path is not None:
            try:
                self._store.flush()
            except OSError as exc:
                raise StoreError(f"store flush failed: {_first_line(exc)}") from None

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
        self.replace_graphs({graph_iri: ntriples})

    def replace_graphs(self, graphs: dict[str, str]) -> None:
        """Replace several named graphs (IRI -> N-Triples) in one transaction: a
        document and its inferred graph land together or not at all.

        Graphs new to the store (a build's usual case) are loaded as one N-Quads
        transaction, 1.7x faster than the equivalent SPARQL update (parsed as a
        query, 33 vs 20 ms per synthetic article); replacing graphs that exist goes
        through one SPARQL update that also removes what only the old graphs said.
        """
        self._writable()
        graphs = {iri: skolemize(nt) for iri, nt in graphs.items()}
        native = isinstance(self._store, ox.Store)
        if native and not any(self._store.contains_named_graph(ox.NamedNode(g)) for g in graphs):
            # N-Triples lines end with " .\n" (literals escape their line breaks)
            parts = []
            for iri, nt in graphs.items():
                if nt and not nt.endswith("\n"):
                    nt += "\n"
                parts.append(nt.replace(" .\n", f" <{iri}> .\n"))
                parts.append(nt)
            try:
                self._store.load("".join(parts).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError) as exc:
                raise StoreError(f"store update failed: {_first_line(exc)}") from None
            return
        inserts = "".join(
            f" ;\nINSERT DATA {{ GRAPH <{iri}> {{\n{nt}\n}} }} ;\nINSERT DATA {{\n{nt}\n}}"
            for iri, nt in graphs.items()
        )
        try:
            self._store.update(_drop(*graphs) + inserts)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"store update failed: {_first_line(exc)}") from None

    def remove_graph(self, graph_iri: str, *more: str) -> bool:
        """Remove named graphs (one transaction) and the triples of the default graph only
        they supported; False when the first is not in the store."""
        self._writable()
        if not self._store.contains_named_graph(ox.NamedNode(graph_iri)):
            return False
        self._store.update(_drop(graph_iri, *more))
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
    def query(self, sparql: str, timeout: float | None = None) -> QueryResult:
        """Run a read-only SPARQL query (its default graph: the union of all documents).

        Malformed SPARQL raises :class:`SparqlSyntaxError` (one line, with line and
        column); a query still running after ``timeout`` seconds raises
        :class:`QueryTimeout`.
        """
        store = self._store

        def run(cancel):
            try:
                return to_result(store.query(sparql), cancel)
            except SyntaxError as exc:
                raise syntax_error(exc) from None
            except OSError as exc:
                raise StoreError(f"query failed: {_first_line(exc)}") from None

        return call_with_timeout(run, timeout, "query")

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


def to_result(result, cancel: threading.Event | None = None) -> QueryResult:
    """Materialise a pyoxigraph answer; stops early (:class:`_Cancelled`) once ``cancel`` is set."""

    def check(items):
        for item in items:
            if cancel is not None and cancel.is_set():
                raise _Cancelled()
            yield item

    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", [], [], boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [tuple(sol[i] for i in range(len(names))) for sol in check(result)]
        return QueryResult("select", names, rows)
    return QueryResult("graph", ["subject", "predicate", "object"], [], triples=list(check(result)))


def lock_store(path: Path, shared: bool = False) -> int | None:
    """Lock an on-disk store: one writer (exclusive flock on ``kg.lock``, which holds
    its PID) or many readers (shared).  Never waits: a busy store is an immediate
    one-line :class:`StoreError`.  The kernel drops the lock when its process dies,
    even by SIGKILL.  Returns the lock's file descriptor (``None``: nothing to lock)."""
    import fcntl

    lock_path = path / LOCK_NAME
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        if not shared:
            raise StoreError(f"cannot lock store {path}: {exc.strerror}") from None
        try:  # a store on read-only media: no writer can be there either
            fd = os.open(lock_path, os.O_RDONLY)
        except OSError:
            return None
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = _lock_holder(fd)
        os.close(fd)
        if holder and shared:
            msg = f"store is locked by PID {holder}, which is writing it ({path}); try again when it finishes"
        elif holder:
            msg = f"store is locked by PID {holder} ({path}); another kg build or update is running"
        else:
            msg = f"store is in use by another kg process ({path}); try again when it finishes"
        raise StoreError(msg) from None
    if not shared:
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
    return fd


def unlock_store(fd: int | None, shared: bool = False) -> None:
    if fd is None:
        return
    if not shared:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
    with contextlib.suppress(OSError):
        os.close(fd)


def check_unlocked(spec: str | os.PathLike | None) -> None:
    """Raise the :class:`StoreError` a writer would get if the on-disk store ``spec`` is
    in use, without opening it (``kg build`` checks before it loads its model)."""
    spec = str(spec) if spec is not None else str(DEFAULT_STORE)
    path = Path(spec)
    if spec == "memory" or "://" in spec or not (path / LOCK_NAME).is_file():
        return
    unlock_store(lock_store(path))


def _lock_holder(fd: int) -> str | None:
    """The PID written in the lock file, if that process is alive."""
    try:
        pid = int(os.pread(fd, 32, 0).decode("ascii", "replace").strip())
        if pid <= 0:
            return None
        os.kill(pid, 0)
    except PermissionError:  # alive, another user's
        return str(pid)
    except (ValueError, OSError):
        return None
    return str(pid)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0]


def open_store(spec: str | os.PathLike | None = None, read_only: bool = False) -> Store:
    """``memory``, a folder (embedded on-disk store) or ``http(s)://host:port`` (a SPARQL
    1.1 server, see :mod:`kg.remote`)."""
    if isinstance(spec, str) and spec.lower().startswith(("http://", "https://")):
        from kg.remote import RemoteStore

        return RemoteStore(spec, read_only=read_only)
    return Store(spec, read_only=read_only)
