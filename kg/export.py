"""Exporters, keyed by format name.  Each returns bytes; :func:`write` writes atomically."""
from __future__ import annotations

import io
import json
import os
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


def graphml(store: Store) -> bytes:
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(to_networkx(store), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def jsonl_rows(store: Store) -> list[dict]:
    """One row per relation triple and supporting document (the stable evaluation contract):
    doc, rel, subject, subject_type, object, object_type, evidence, start, end, confidence, rule."""
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
                "subject": s.label,
                "subject_type": s.cls,
                "object": o.label,
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
    """Write via a temporary file in the same folder and rename: never a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with __import__("contextlib").suppress(OSError):
            os.unlink(tmp)
        raise
    return path
