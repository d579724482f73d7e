"""A store kept in a SPARQL 1.1 server, so a team can share one graph.

    kg build seeds/ --store http://127.0.0.1:7878
    kg query --name who-sued-whom --store http://127.0.0.1:7878

:class:`RemoteStore` is a :class:`kg.store.Store` whose engine speaks HTTP
instead of running Oxigraph in-process: every method of ``Store`` (replace and
remove a document's graph, queries, counts, the data triples) sends the *same*
SPARQL text it runs locally, so both backends hold the same layout (one named
graph per document, the default graph their set union) and answer with the same
rows.  Only the standard library (``urllib``) is used:

* SPARQL 1.1 Protocol, query: ``POST {base}/query`` (``application/sparql-query``);
  SELECT/ASK answers come back as ``application/sparql-results+json`` and are
  parsed with :func:`pyoxigraph.parse_query_results` into pyoxigraph terms, so
  :mod:`kg.query` formatting and :mod:`kg.graphdata` work unchanged;
  CONSTRUCT/DESCRIBE answers as N-Triples.
* SPARQL 1.1 Protocol, update: ``POST {base}/update`` (``application/sparql-update``);
  one request is one transaction on Oxigraph, so a document lands whole or not at all.
* Graph Store Protocol: ``HEAD {base}/store?graph=IRI`` tells whether a document
  is in the store (``kg remove``).

``base`` is the URL given, e.g. ``http://host:7878`` for ``oxigraph serve --bind
host:7878`` (a trailing ``/query`` is accepted too).  Other servers name their
endpoints differently; pass ``query_url``, ``update_url`` and ``store_url``.

The server must *not* run with ``--union-default-graph``: the store already keeps
the union of the document graphs in the default graph, and Oxigraph's union view
would then return every triple twice.  Query parameters (``--param``) are bound by
:func:`kg.query.bind_params` (a ``VALUES`` block), which works on any endpoint.
Locking is the server's business: many clients may read and write at once, each
update being atomic.
"""
from __future__ import annotations

import socket
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from kg.errors import StoreError
from kg.store import QueryResult, Store

DEFAULT_TIMEOUT = 300.0  # seconds, per HTTP request
_JSON = "application/sparql-results+json"
_ACCEPT = f"{_JSON}, application/n-triples;q=0.9"


def is_remote(spec) -> bool:
    return isinstance(spec, str) and spec.lower().startswith(("http://", "https://"))


class RemoteError(StoreError, OSError):
    """The endpoint cannot be reached or answered with an error (an OSError too, so
    :class:`kg.store.Store` reports it as it reports a failing local store)."""


class Unsupported(StoreError, AttributeError):
    """An operation of the embedded store that has no counterpart over HTTP."""


class SparqlEndpoint:
    """The part of ``pyoxigraph.Store``'s interface that :class:`kg.store.Store` uses,
    over the SPARQL 1.1 Protocol and the Graph Store Protocol."""

    def __init__(self, query_url: str, update_url: str, store_url: str, timeout: float = DEFAULT_TIMEOUT):
        self.query_url, self.update_url, self.store_url = query_url, update_url, store_url
        self.timeout = timeout

    # ------------------------------------------------------------ HTTP
    def _send(self, method: str, url: str, body: bytes | None = None, headers: dict | None = None,
              ok_missing: bool = False) -> tuple[int, str, bytes]:
        req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.status, resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as exc:
            text = _error_text(exc)
            if exc.code == 404 and ok_missing:
                return 404, "", b""
            if exc.code == 400:
                # Oxigraph: "error at 1:27: expected ..." -> kg.store reports line and column
                raise SyntaxError(text or "bad request") from None
            raise RemoteError(f"{url}: HTTP {exc.code} {exc.reason}" + (f": {text}" if text else "")) from None
        except (socket.timeout, TimeoutError):
            raise RemoteError(f"{url}: no answer within {self.timeout:g} s") from None
        except urllib.error.URLError as exc:
            raise RemoteError(f"cannot reach the SPARQL endpoint {url}: {exc.reason}") from None
        except (ConnectionError, OSError) as exc:  # reset or refused mid-request
            raise RemoteError(f"cannot reach the SPARQL endpoint {url}: {exc}") from None

    # ------------------------------------------------------------ pyoxigraph-like API
    def query(self, sparql: str, use_default_graph_as_union: bool = False, substitutions=None, **_ignored):
        if substitutions:
            raise RemoteError("a remote store binds parameters with VALUES (kg.query.bind_params), not substitutions")
        url = self.query_url
        if use_default_graph_as_union:  # Oxigraph's extension of the protocol
            url += ("&" if "?" in url else "?") + "union-default-graph"
        _, ctype, data = self._send(
            "POST", url, sparql.encode("utf-8"),
            {"Content-Type": "application/sparql-query; charset=utf-8", "Accept": _ACCEPT},
        )
        ctype = ctype.split(";")[0].strip().lower()
        try:
            if ctype in (_JSON, "application/json"):
                return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
            if ctype in ("application/n-triples", "text/plain"):
                return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
            if ctype == "text/turtle":
                return list(ox.parse(data, format=ox.RdfFormat.TURTLE))
        except (SyntaxError, ValueError) as exc:
            raise RemoteError(f"{url}: unreadable answer ({ctype}): {exc}") from None
        raise RemoteError(f"{url}: unexpected answer type {ctype or '(none)'}")

    def update(self, sparql: str) -> None:
        self._send("POST", self.update_url, sparql.encode("utf-8"),
                   {"Content-Type": "application/sparql-update; charset=utf-8"})

    def contains_named_graph(self, graph) -> bool:
        iri = graph.value if hasattr(graph, "value") else str(graph)
        url = f"{self.store_url}?{urllib.parse.urlencode({'graph': iri})}"
        status, _, _ = self._send("HEAD", url, ok_missing=True)
        return status != 404

    def flush(self) -> None:  # the server persists its own writes
        pass

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        raise Unsupported(f"a remote store does not support {name!r}")


def _error_text(exc: urllib.error.HTTPError) -> str:
    try:
        raw = exc.read(2000)
    except OSError:
        return ""
    return " ".join(raw.decode("utf-8", "replace").split())


def endpoints(url: str) -> tuple[str, str, str]:
    """``http://host:port[/path]`` -> its query, update and graph store URLs (Oxigraph's names)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"{url}: not an http(s) URL of a SPARQL server")
    path = parts.path.rstrip("/")
    for tail in ("/query", "/sparql"):
        if path.endswith(tail):
            path = path[: -len(tail)]
            break
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))
    return base + "/query", base + "/update", base + "/store"


class RemoteStore(Store):
    """A :class:`kg.store.Store` in a SPARQL 1.1 server (Query, Update and Graph Store
    protocols), e.g. ``oxigraph serve --location DIR --bind 127.0.0.1:7878``."""

    def __init__(self, url: str, read_only: bool = False, timeout: float = DEFAULT_TIMEOUT,
                 query_url: str | None = None, update_url: str | None = None, store_url: str | None = None,
                 check: bool = True):
        q, u, s = endpoints(url)
        self.spec = url
        self.url = url
        self.path = None
        self.read_only = read_only
        self._lock_fd = None
        self._store = SparqlEndpoint(query_url or q, update_url or u, store_url or s, timeout=timeout)
        if check:
            self.ping()

    def ping(self) -> None:
        """Raise a one-line :class:`StoreError` unless the endpoint answers a query."""
        try:
            self._store.query("ASK { }")
        except SyntaxError as exc:
            raise RemoteError(f"{self._store.query_url} is not a SPARQL endpoint: {exc}") from None

    def query(self, sparql: str, timeout: float | None = None, params: dict[str, str] | None = None) -> QueryResult:
        """As :meth:`kg.store.Store.query`; ``params`` bind ``$name`` to string literals
        with a ``VALUES`` block (see :func:`kg.query.bind_params`)."""
        if params:
            from kg.query import bind_params

            sparql = bind_params(sparql, params)
        return super().query(sparql, timeout=timeout)

    def close(self) -> None:
        self._store = None

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"
