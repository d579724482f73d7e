"""Choose the part of the graph that the HTML view draws.

Filters (by class, by relation, by minimum confidence), a focus
neighbourhood (``--focus "Meta" --hops 2``) and a node limit for large
graphs, all as plain Python over :class:`kg.graphdata.GraphData`.  The page
is told what was left out (:attr:`ViewData.notes`) and says so visibly.

Rules, in order:

1. ``relations`` and ``min_confidence`` filter edges (an edge's confidence is
   that of its best evidence).  When either is given, entities left without
   any relation are dropped too: the view then shows the facts that pass.
2. ``classes`` keeps the entities of those classes, and the edges between them.
3. ``focus`` keeps the entities within ``hops`` relations (either direction) of
   the entities named ``focus`` (canonical name, alias or IRI; case-insensitive;
   a substring if nothing matches exactly).
4. Above ``max_nodes`` entities, the view keeps the focus neighbourhood
   closest first, or else the most connected part of the graph: grown from the
   best-connected entity, always taking the best-connected neighbour next,
   component after component.
"""
from __future__ import annotations

import heapq
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.errors import KGError
from kg.graphdata import Edge, GraphData, Node
from kg.model import CLASSES, RELATIONS

# Measured in headless Chromium (see tests/test_view_browser.py and the README):
# a few hundred entities lay out in well under two seconds; 1000 take several.
DEFAULT_MAX_NODES = 300
DEFAULT_HOPS = 2


class ViewError(KGError):
    """A view option that cannot be honoured (unknown class, focus not found, ...)."""


@dataclass
class ViewData:
    """The subgraph to draw, and how it relates to the whole graph."""

    data: GraphData
    total_nodes: int  # in the whole graph
    total_edges: int
    degree: dict[str, int]  # relations per entity in the whole graph
    focus: list[str] = field(default_factory=list)  # IRIs of the focus entities
    truncated: bool = False  # the node limit cut the view
    notes: list[str] = field(default_factory=list)  # what was left out, for the page

    @property
    def filtered(self) -> bool:
        return len(self.data.nodes) != self.total_nodes or len(self.data.edges) != self.total_edges


def degrees(edges: Iterable[Edge]) -> dict[str, int]:
    deg: dict[str, int] = defaultdict(int)
    for e in edges:
        deg[e.source] += 1
        deg[e.target] += 1
    return dict(deg)


def _canonical(values: Iterable[str] | None, known: Iterable[str], what: str) -> set[str] | None:
    if not values:
        return None
    by_fold = {k.casefold(): k for k in known}
    out = set()
    for v in values:
        k = by_fold.get(v.strip().casefold())
        if k is None:
            raise ViewError(f"unknown {what} {v!r} (one of: {', '.join(sorted(by_fold.values()))})")
        out.add(k)
    return out


def find_entities(nodes: dict[str, Node], name: str) -> list[str]:
    """IRIs of the entities called ``name``: exact IRI, canonical name or alias
    (case-insensitive), else those whose name or alias contains it."""
    if name in nodes:
        return [name]
    want = name.strip().casefold()
    if not want:
        return []
    exact = [iri for iri, n in nodes.items() if want == n.label.casefold() or any(want == a.casefold() for a in n.aliases)]
    if exact:
        return sorted(exact)
    return sorted(iri for iri, n in nodes.items() if want in n.label.casefold() or any(want in a.casefold() for a in n.aliases))


def _adjacency(edges: Iterable[Edge]) -> dict[str, set[str]]:
    adj: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        adj[e.source].add(e.target)
        adj[e.target].add(e.source)
    return adj


def _neighbourhood(adj: dict[str, set[str]], seeds: list[str], hops: int) -> dict[str, int]:
    """Distance (in relations, either direction) of every entity within ``hops`` of ``seeds``."""
    dist = {s: 0 for s in seeds}
    queue = deque(seeds)
    while queue:
        cur = queue.popleft()
        if dist[cur] >= hops:
            continue
        for nxt in sorted(adj.get(cur, ())):
            if nxt not in dist:
                dist[nxt] = dist[cur] + 1
                queue.append(nxt)
    return dist


def _most_connected(nodes: dict[str, Node], adj: dict[str, set[str]], deg: dict[str, int], limit: int) -> list[str]:
    """Up to ``limit`` entities: grow from the best-connected entity, best-connected neighbour first."""
    def key(iri: str) -> tuple:
        return (-deg.get(iri, 0), nodes[iri].label.casefold(), iri)

    remaining = sorted(nodes, key=key)
    taken: list[str] = []
    seen: set[str] = set()
    start = 0
    while len(taken) < limit:
        while start < len(remaining) and remaining[start] in seen:
            start += 1
        if start == len(remaining):
            break
        heap = [(key(remaining[start]), remaining[start])]
        seen.add(remaining[start])
        while heap and len(taken) < limit:
            _, cur = heapq.heappop(heap)
            taken.append(cur)
            for nxt in adj.get(cur, ()):
                if nxt not in seen and nxt in nodes:
                    seen.add(nxt)
                    heapq.heappush(heap, (key(nxt), nxt))
    return taken


def select(
    data: GraphData,
    *,
    focus: str | None = None,
    hops: int = DEFAULT_HOPS,
    min_confidence: float = 0.0,
    classes: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    max_nodes: int | None = DEFAULT_MAX_NODES,
) -> ViewData:
    """The part of ``data`` to draw (see the module docstring for the rules)."""
    if hops < 0:
        raise ViewError("hops must be 0 or more")
    if max_nodes is not None and max_nodes < 1:
        raise ViewError("max-nodes must be 1 or more")
    if not 0.0 <= min_confidence <= 1.0:
        raise ViewError("min-confidence must be between 0 and 1")
    cls_set = _canonical(classes, set(CLASSES) | {n.cls for n in data.nodes.values()}, "class")
    rel_set = _canonical(relations, set(RELATIONS) | {e.rel for e in data.edges}, "relation")
    deg = degrees(data.edges)
    notes: list[str] = []

    edges = list(data.edges)
    nodes = dict(data.nodes)
    edge_filter = bool(rel_set) or min_confidence > 0
    if rel_set:
        edges = [e for e in edges if e.rel in rel_set]
        notes.append("relations: " + ", ".join(sorted(rel_set)))
    if min_confidence > 0:
        edges = [e for e in edges if e.confidence >= min_confidence]
        notes.append(f"confidence \u2265 {min_confidence:g}")
    if cls_set:
        nodes = {iri: n for iri, n in nodes.items() if n.cls in cls_set}
        notes.append("classes: " + ", ".join(sorted(cls_set)))
    edges = [e for e in edges if e.source in nodes and e.target in nodes]

    focus_iris: list[str] = []
    if focus is not None:
        matches = find_entities(data.nodes, focus)
        if not matches:
            raise ViewError(f"no entity named {focus!r} in the graph")
        focus_iris = [m for m in matches if m in nodes]
        if not focus_iris:
            raise ViewError(f"{focus!r} is left out by the class filter")
    if edge_filter:
        linked = {e.source for e in edges} | {e.target for e in edges} | set(focus_iris)
        nodes = {iri: n for iri, n in nodes.items() if iri in linked}

    adj = _adjacency(edges)
    truncated = False
    if focus_iris:
        dist = _neighbourhood(adj, focus_iris, hops)
        names = ", ".join(data.nodes[i].label for i in focus_iris)
        notes.append(f"within {hops} hop{'s' if hops != 1 else ''} of {names}")
        order = sorted(dist, key=lambda i: (dist[i], -deg.get(i, 0), nodes[i].label.casefold(), i))
        if max_nodes is not None and len(order) > max_nodes:
            truncated = True
            order = order[:max_nodes]
            notes.append(f"node limit {max_nodes}: the closest {max_nodes} of {len(dist)} entities in that neighbourhood")
        keep = set(order)
    elif max_nodes is not None and len(nodes) > max_nodes:
        truncated = True
        keep = set(_most_connected(nodes, adj, deg, max_nodes))
        notes.append(f"node limit {max_nodes}: the most connected {max_nodes} of {len(nodes)} entities")
    else:
        keep = set(nodes)

    out_nodes = {iri: n for iri, n in nodes.items() if iri in keep}
    out_edges = [e for e in edges if e.source in keep and e.target in keep]
    return ViewData(
        data=GraphData(nodes=out_nodes, edges=out_edges),
        total_nodes=len(data.nodes),
        total_edges=len(data.edges),
        degree=deg,
        focus=focus_iris,
        truncated=truncated,
        notes=notes,
    )
