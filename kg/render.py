"""Render the graph as one self-contained, offline HTML file with pyvis + vis-network.

pyvis builds the node and edge records and the options; the page template is
the project's own (``kg/templates/view.html``) and inlines vis-network's
JavaScript and CSS from the pyvis package, so nothing is fetched from the
web.  All article text reaches the page as JSON data rendered with
``textContent`` - never as HTML.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from kg.graphdata import GraphData

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


def _vis_asset(name: str) -> str:
    import pyvis

    root = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (root / name).read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    """JSON placed inside <script>: no way to close the tag or open a comment."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def network_records(data: GraphData) -> tuple[list[dict], list[dict]]:
    """vis-network node and edge records (plain text fields; the page escapes them)."""
    from pyvis.network import Network

    net = Network(directed=True)
    degree: dict[str, int] = {}
    for e in data.edges:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    nodes = []
    for node in data.nodes.values():
        color, shape = CLASS_STYLE.get(node.cls, ("#999999", "dot"))
        label = node.label if node.cls != "Statistic" else (node.label[:40] + "…" if len(node.label) > 40 else node.label)
        nodes.append({
            "id": node.iri,
            "label": label,
            "group": node.cls,
            "color": color,
            "shape": shape,
            "value": 1 + degree.get(node.iri, 0),
            "info": {
                "name": node.label,
                "class": node.cls,
                "role": node.role,
                "aliases": node.aliases,
                "documents": node.documents,
                "sameAs": node.same_as,
                "value": node.value,
                "unit": node.unit,
            },
        })
    edges = []
    for i, edge in enumerate(data.edges):
        edges.append({
            "id": i,
            "from": edge.source,
            "to": edge.target,
            "label": edge.rel,
            "arrows": "to",
            "relation": edge.rel,
            "confidence": round(edge.confidence, 3),
            "evidence": [
                {"doc": ev.doc, "sentence": ev.sentence, "confidence": ev.confidence, "rule": ev.rule}
                for ev in edge.evidence
            ],
        })
    net.nodes, net.edges = nodes, edges
    return net.nodes, net.edges


def render_html(data: GraphData, title: str = "kg graph") -> str:
    nodes, edges = network_records(data)
    template = resources.files("kg").joinpath("templates", "view.html").read_text(encoding="utf-8")
    legend = [{"class": c, "color": col, "shape": shp} for c, (col, shp) in CLASS_STYLE.items()]
    payload = {"nodes": nodes, "edges": edges, "legend": legend, "title": title}
    import html as _html

    page = template.replace("{{TITLE}}", _html.escape(title))
    page = page.replace("/*KG_DATA*/null", _script_safe(json.dumps(payload, ensure_ascii=False, sort_keys=True)))
    # the library last, so that nothing in it is taken for a placeholder
    page = page.replace("/*VIS_CSS*/", _vis_asset("vis-network.css"), 1)
    return page.replace("/*VIS_JS*/", _vis_asset("vis-network.min.js"), 1)
