"""Exporters, keyed by format name.  Each returns bytes; :func:`write_atomic` writes them.

Every file the project writes goes through :func:`write_atomic` (a temporary file
in the same folder, fsync, rename): a reader or a crash never sees half a file.
Article text lands safely in each format: the RDF serialisers escape literals,
GraphML gets the characters XML 1.0 forbids replaced (:func:`xml_safe`), CSV
cells cannot start a spreadsheet formula (:func:`kg.query._neutralise`).
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from kg.errors import FormatError
from kg.store import Store


def _rdf(fmt_name: str) -> Callable[[Store], bytes]:
    def export(store: Store) -> bytes:
        import pyoxigraph as ox

        from kg.namespace import PREFIXES

        fmt = getattr(ox.RdfFormat, fmt_name)
        prefixes = PREFIXES if fmt_name in ("TURTLE", "JSON_LD") else None
        kwargs = {"prefixes": prefixes} if prefixes else {}
        return ox.serialize(store.data_triples(), format=fmt, **kwargs)

    return export


def to_networkx(store: Store):
    """Entities as nodes, relations as keyed edges; every attribute a plain scalar."""
    import networkx as nx

    from kg.graphdata import load_graph_data

    data = load_graph_data(store)
    g = nx.MultiDiGraph()
    for node in data.nodes.values():
        attrs = {
            "label": node.label,
            "class": node.cls,
            "aliases": "; ".join(node.aliases),
            "documents": "; ".join(node.documents),
        }
        if node.role:
            attrs["role"] = node.role
        if node.same_as:
            attrs["sameAs"] = " ".join(node.same_as)
        if node.value is not None:
            attrs["value"] = float(node.value)
        if node.unit:
            attrs["unit"] = node.unit
        g.add_node(node.iri, **attrs)
    for edge in data.edges:
        best = edge.evidence[0] if edge.evidence else None
        g.add_edge(
            edge.source,
            edge.target,
            key=edge.rel,
            relation=edge.rel,
            evidence=best.sentence if best else "",
            document=best.doc if best else "",
            confidence=float(edge.confidence),
            rule=best.rule if best else "",
            support=len(edge.evidence),
        )
    return g


# characters XML 1.0 does not allow (C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF)
_XML_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 forbids replaced by U+FFFD."""
    return _XML_FORBIDDEN.sub("\ufffd", text)


def _xml_safe_graph(g):
    """A copy of a networkx graph whose strings (ids, keys, attributes) are all valid XML."""
    clean = lambda v: xml_safe(v) if isinstance(v, str) else v  # noqa: E731
    out = g.__class__()
    for n, attrs in g.nodes(data=True):
        out.add_node(clean(n), **{clean(k): clean(v) for k, v in attrs.items()})
    for u, v, key, attrs in g.edges(keys=True, data=True):
        out.add_edge(clean(u), clean(v), key=clean(key), **{clean(k): clean(x) for k, x in attrs.items()})
    return out


def graphml(store: Store) -> bytes:
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(_xml_safe_graph(to_networkx(store)), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def jsonl_rows(store: Store) -> list[dict]:
    """One row per relation triple and supporting document (the stable evaluation contract):
    doc, rel, subject, subject_type, object, object_type, evidence, start, end, confidence, rule.
    Subject and object are named as that document names them (a node merged across
    documents has one label in the graph, but "Snap Inc." in one article is "Snap" in another)."""
    from kg.graphdata import load_graph_data

    data = load_graph_data(store)
    rows = []
    for edge in data.edges:
        s, o = data.nodes[edge.source], data.nodes[edge.target]
        per_doc = {}
        for ev in edge.evidence:  # sorted: best evidence of each document first
            per_doc.setdefault(ev.doc, ev)
        for doc, ev in sorted(per_doc.items()):
            rows.append({
                "doc": doc,
                "rel": edge.rel,
                "subject": ev.subject_label or s.label,  # as the evidence's document names it
                "subject_type": s.cls,
                "object": ev.object_label or o.label,
                "object_type": o.cls,
                "evidence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
                "confidence": ev.confidence,
                "rule": ev.rule,
            })
    rows.sort(key=lambda r: (r["doc"], r["rel"], r["subject"], r["object"]))
    return rows


def jsonl(store: Store) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in jsonl_rows(store)).encode("utf-8")


EXPORTERS: dict[str, Callable[[Store], bytes]] = {
    "turtle": _rdf("TURTLE"),
    "nt": _rdf("N_TRIPLES"),
    "jsonld": _rdf("JSON_LD"),
    "graphml": graphml,
    "jsonl": jsonl,
}
SUFFIX = {"turtle": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "graphml": ".graphml", "jsonl": ".jsonl"}


def export(store: Store, fmt: str) -> bytes:
    try:
        exporter = EXPORTERS[fmt]
    except KeyError:
        raise FormatError(f"unknown format {fmt!r}; choose one of: {', '.join(EXPORTERS)}") from None
    return exporter(store)


def write_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write via a temporary file in the same folder and rename: never a half-written file.

    The new file keeps the old one's permissions (a new file gets the usual
    ``0666 & ~umask``, not ``mkstemp``'s private ``0600``).  A crash can leave a
    hidden ``.NAME.XXXX`` temporary file behind, never a truncated ``NAME``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)
    return path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
