"""Render the graph as one self-contained, offline HTML file (vis-network).

The page template is the project's own (``kg/templates/view.html``); it
inlines vis-network's JavaScript and CSS from the pyvis package, so nothing
is fetched from the web (the page's Content-Security-Policy forbids it too).
The graph reaches the page as one JSON object inside a ``<script>`` block,
made safe for that place (no ``<``, ``>`` or ``&``), and the page renders
every piece of article text with ``textContent`` / DOM nodes - never as HTML.

Which part of the graph is drawn (filters, focus, node limit) is decided in
:mod:`kg.subgraph`; this module only turns the result into records.
"""
from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

from kg.graphdata import GraphData
from kg.subgraph import ViewData, degrees

# class -> (colour, vis-network shape); the legend lists them in this order
CLASS_STYLE = {
    "Official": ("#d62728", "star"),
    "Person": ("#ff7f0e", "dot"),
    "Company": ("#1f77b4", "square"),
    "Platform": ("#17becf", "diamond"),
    "GovernmentBody": ("#9467bd", "triangle"),
    "Organization": ("#2ca02c", "hexagon"),
    "Report": ("#8c564b", "box"),
    "Statistic": ("#7f7f7f", "ellipse"),
    "Place": ("#bcbd22", "triangleDown"),
}
OTHER_STYLE = ("#999999", "dot")
_PLACEHOLDER = re.compile(r"\{\{TITLE\}\}|/\*KG_DATA\*/null|/\*VIS_CSS\*/|/\*VIS_JS\*/")
LABEL_MAX = 40  # characters of a node label on the canvas (the tooltip has the whole name)


def _vis_asset(name: str) -> str:
    import pyvis

    root = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (root / name).read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    """JSON placed inside <script>: no way to close the tag or open a comment."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _short(text: str, limit: int = LABEL_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _number(value: float) -> str:
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:,.2f}".rstrip("0").rstrip(".") + " " + word
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_quantity(value: float | None, unit: str | None) -> str | None:
    """A statistic's value for display: ``53%``, ``32 million`` (a count), ``1.5 million (money)``."""
    if value is None:
        return None
    if unit == "percent":
        return _number(value) + "%"
    return _number(value) + (f" ({unit})" if unit and unit != "count" else "")


def _dedup(items) -> list:
    return list(dict.fromkeys(items))


def network_records(data: GraphData, degree: dict[str, int] | None = None) -> tuple[list[dict], list[dict]]:
    """vis-network node and edge records (plain text fields; the page escapes them).

    Nodes are sized by ``degree`` (relations in the whole graph; by default those in ``data``)."""
    degree = degrees(data.edges) if degree is None else degree
    nodes = []
    for node in data.nodes.values():
        color, shape = CLASS_STYLE.get(node.cls, OTHER_STYLE)
        quantity = format_quantity(node.value, node.unit) if node.cls == "Statistic" else None
        label = _short(node.label)
        if quantity and quantity.split(" (")[0].casefold() not in label.casefold():
            label = quantity + "\n" + _short(node.label, 30)  # the value first, when the text does not show it
        nodes.append({
            "id": node.iri,
            "label": label,
            "color": color,
            "shape": shape,
            "degree": degree.get(node.iri, 0),
            "info": {
                "name": node.label,
                "class": node.cls,
                "role": node.role,
                "aliases": _dedup(node.aliases),
                "documents": _dedup(node.documents),
                "sameAs": _dedup(node.same_as),
                "value": node.value,
                "unit": node.unit,
                "quantity": quantity,
            },
        })
    edges = []
    for i, edge in enumerate(data.edges):
        edges.append({
            "id": i,
            "from": edge.source,
            "to": edge.target,
            "relation": edge.rel,
            "confidence": round(edge.confidence, 3),
            "evidence": [
                {"doc": ev.doc, "sentence": ev.sentence, "confidence": round(ev.confidence, 3), "rule": ev.rule,
                 "detail": ev.detail}
                for ev in edge.evidence
            ],
        })
    return nodes, edges


def page_payload(view: ViewData | GraphData, title: str = "kg graph") -> dict:
    """Everything the page needs, as one JSON-able object."""
    if isinstance(view, GraphData):
        view = ViewData(data=view, total_nodes=len(view.nodes), total_edges=len(view.edges), degree=degrees(view.edges))
    data = view.data
    nodes, edges = network_records(data, view.degree)
    class_counts: dict[str, int] = {}
    for n in data.nodes.values():
        class_counts[n.cls] = class_counts.get(n.cls, 0) + 1
    legend = [{"class": c, "color": col, "shape": shp, "count": class_counts.get(c, 0)} for c, (col, shp) in CLASS_STYLE.items()]
    legend += [{"class": c, "color": OTHER_STYLE[0], "shape": OTHER_STYLE[1], "count": k}
               for c, k in sorted(class_counts.items()) if c not in CLASS_STYLE]
    rel_counts: dict[str, int] = {}
    for e in data.edges:
        rel_counts[e.rel] = rel_counts.get(e.rel, 0) + 1
    return {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "legend": legend,
        "relations": [{"relation": r, "count": k} for r, k in sorted(rel_counts.items())],
        "meta": {
            "totalNodes": view.total_nodes,
            "totalEdges": view.total_edges,
            "truncated": view.truncated,
            "notes": view.notes,
            "focus": view.focus,
        },
    }


def render_html(view: ViewData | GraphData, title: str = "kg graph") -> str:
    """The page: ``view`` is a :class:`kg.subgraph.ViewData` (or a whole :class:`GraphData`)."""
    payload = page_payload(view, title)
    template = resources.files("kg").joinpath("templates", "view.html").read_text(encoding="utf-8")
    fill = {
        "{{TITLE}}": html.escape(title),
        "/*KG_DATA*/null": _script_safe(json.dumps(payload, ensure_ascii=False, sort_keys=True)),
        "/*VIS_CSS*/": _vis_asset("vis-network.css"),
        "/*VIS_JS*/": _vis_asset("vis-network.min.js"),
    }
    # one pass over the template: text put in (data, title, library) is never scanned for placeholders
    return _PLACEHOLDER.sub(lambda m: fill[m.group(0)], template)
