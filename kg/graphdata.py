"""Read the stored graph back as plain Python: entity nodes and evidenced edges.

Shared by the exporters (GraphML, JSONL) and the HTML view, so they all see
the same nodes, labels and classes.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.namespace import KG, sparql_prefixes
from kg.store import Store

KG_NS = str(KG._NS)
# most specific first: an entity typed Person in one article and Official in another is an Official
CLASS_ORDER = ("Official", "Company", "GovernmentBody", "Platform", "Report", "Statistic", "Place", "Organization", "Person")


@dataclass
class Node:
    iri: str
    label: str
    cls: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    same_as: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    value: float | None = None
    unit: str | None = None


@dataclass
class Evidence:
    doc: str  # file name
    sentence: str
    start: int
    end: int
    confidence: float
    rule: str
    detail: str | None = None
    subject_label: str | None = None  # the ends' names in this evidence's document
    object_label: str | None = None


@dataclass
class Edge:
    source: str
    target: str
    rel: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        return max((e.confidence for e in self.evidence), default=0.0)


@dataclass
class GraphData:
    nodes: dict[str, Node]
    edges: list[Edge]


def _local(iri: str) -> str:
    return iri[len(KG_NS):] if iri.startswith(KG_NS) else iri.rsplit("/", 1)[-1]


def _pick_label(labels: Counter) -> str:
    return sorted(labels.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def load_graph_data(store: Store) -> GraphData:
    p = sparql_prefixes()
    labels: dict[str, Counter] = defaultdict(Counter)
    classes: dict[str, set] = defaultdict(set)
    nodes: dict[str, Node] = {}
    q = p + """SELECT ?e ?type ?label ?g WHERE { GRAPH ?g { ?e a ?type ; rdfs:label ?label .
        FILTER(STRSTARTS(STR(?type), STR(kg:)) && ?type NOT IN (kg:Document, kg:Assertion)) } }"""
    doc_labels: dict[tuple[str, str], str] = {}  # (entity, document graph) -> its name there
    for e, t, label, g in store.query(q).rows:
        labels[e.value][label.value] += 1
        doc_labels[(e.value, g.value)] = label.value
        classes[e.value].add(_local(t.value))
    for iri, counts in labels.items():
        cls = next((c for c in CLASS_ORDER if c in classes[iri]), sorted(classes[iri])[0])
        nodes[iri] = Node(iri=iri, label=_pick_label(counts), cls=cls)
    attr_q = p + """SELECT ?e ?p ?v WHERE {
        ?e ?p ?v . VALUES ?p { skos:altLabel kg:role owl:sameAs kg:value kg:unit } }"""
    for e, pred, v in store.query(attr_q).rows:
        node = nodes.get(e.value)
        if node is None:
            continue
        name = _local(pred.value)
        if name.endswith("altLabel"):
            if v.value != node.label and v.value not in node.aliases:
                node.aliases.append(v.value)
        elif name == "role":
            node.role = node.role or v.value
        elif name.endswith("sameAs"):
            node.same_as.append(v.value)
        elif name == "value":
            node.value = float(v.value)
        elif name == "unit":
            node.unit = v.value
    doc_q = p + "SELECT DISTINCT ?e ?file WHERE { ?e kg:mentionedIn ?d . ?d kg:fileName ?file }"
    for e, f in store.query(doc_q).rows:
        if e.value in nodes:
            nodes[e.value].documents.append(f.value)
    for node in nodes.values():
        node.aliases.sort()
        node.documents.sort()
        node.same_as.sort()

    edges: dict[tuple[str, str, str], Edge] = {}
    ev_q = p + """SELECT ?s ?p ?o ?file ?sentence ?start ?end ?conf ?rule ?detail ?g WHERE {
        GRAPH ?g { ?a a kg:Assertion }
        ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
           prov:wasDerivedFrom ?d ; kg:evidence ?sentence ; kg:start ?start ; kg:end ?end ;
           kg:confidence ?conf ; kg:rule ?rule .
        ?d kg:fileName ?file .
        OPTIONAL { ?a kg:detail ?detail } }"""
    for s, pred, o, f, sent, start, end, conf, rule, detail, g in store.query(ev_q).rows:
        if s.value not in nodes or o.value not in nodes:
            continue
        key = (s.value, _local(pred.value), o.value)
        edge = edges.setdefault(key, Edge(s.value, o.value, key[1]))
        edge.evidence.append(
            Evidence(f.value, sent.value, int(start.value), int(end.value), float(conf.value), rule.value,
                     detail.value if detail is not None else None,
                     doc_labels.get((s.value, g.value)), doc_labels.get((o.value, g.value)))
        )
    out = sorted(edges.values(), key=lambda e: (e.rel, e.source, e.target))
    for edge in out:
        edge.evidence.sort(key=lambda ev: (ev.doc, -ev.confidence, ev.start, ev.rule))
    return GraphData(nodes=dict(sorted(nodes.items())), edges=out)
