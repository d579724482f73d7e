"""Graph stage: :class:`kg.model.Extraction` -> rdflib ``Graph`` under the ontology.

One graph per document (stored as a named graph named by the document IRI),
so that a document's facts can be replaced or removed as a unit.  Entity IRIs
derive from class and normalised name: the same entity in two documents is
one node.  Every relation triple is also reified as a ``kg:Assertion`` with
its evidence (document, sentence, offsets, rule, confidence).

Provenance is PROV-O: the document is a ``prov:Entity``; each assertion
``prov:wasDerivedFrom`` the document and ``prov:wasGeneratedBy`` one
``kg:Extraction`` (a ``prov:Activity``) that ``prov:used`` the document and
carries its end time, the tool version and the spaCy model.  The activity IRI
derives from the document's content hash, the tool version and the model, and
lives in the document's named graph: re-extracting the same input
(``kg build --force``) replaces it and its time, so the triple count stays the
same.

Why standard reification (``rdf:Statement`` with ``rdf:subject``,
``rdf:predicate``, ``rdf:object``) and not RDF 1.2 triple terms
(``<<( s p o )>>`` with ``rdf:reifies``): RDF 1.2 is not yet a W3C
Recommendation, and rdflib 7, pyshacl, owlrl, SPARQL 1.1 engines and the
Turtle/N-Triples 1.1 readers of most tools reject triple terms, while
``rdf:Statement`` is plain RDF 1.1 that all of them read, validate and query
(the JSONL export and ``kg validate`` rely on it).  Moving to RDF 1.2 later is
mechanical: the assertion node becomes the reifier and keeps every other
property.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.extract.lexicon import gazetteer_index
from kg.model import Entity, Extraction, Relation
from kg.namespace import KG, PREFIXES, RESOURCE, WD
from kg.normalize import entity_key, org_core, slug

# Person and Official share one IRI space: an official named without a title
# in another article is still the same person.
_BUCKET = {"Official": "person", "Person": "person"}


_ORGANISATIONS = {"Company", "Organization", "Platform", "GovernmentBody"}


def entity_iri(cls: str, name: str, scope: str | None = None) -> URIRef:
    """Stable IRI from class and normalised name (and the document, for a generic name
    such as "complaint" that only identifies something within one article)."""
    if cls == "Statistic":
        digest = hashlib.sha1(entity_key(name).encode()).hexdigest()[:10]
        return RESOURCE[f"statistic/{slug(name, 50)}-{digest}"]
    bucket = _BUCKET.get(cls, cls.lower())
    suffix = f"--{slug(scope)}" if scope else ""
    if cls in _ORGANISATIONS:  # "Snap Inc." and "Snap" are one company
        name = org_core(name)
    return RESOURCE[f"{bucket}/{slug(entity_key(name))}{suffix}"]


def key_iri(key: tuple[str, str], names: dict[tuple[str, str], Entity]) -> URIRef:
    e = names[key]
    return entity_iri(e.cls, e.name, e.scope)


def document_iri(doc_id: str) -> URIRef:
    return RESOURCE[f"doc/{doc_id}"]


def assertion_iri(rel: Relation, s: URIRef, o: URIRef) -> URIRef:
    ev = rel.evidence
    raw = "|".join((ev.doc_id, str(s), rel.rel, str(o), str(ev.start), ev.rule))
    return RESOURCE["assertion/" + hashlib.sha1(raw.encode()).hexdigest()[:20]]


def extraction_activity_iri(doc_id: str, doc_hash: str, model: str, version: str | None = None) -> URIRef:
    """The extraction of one document (id and content hash) by one tool version and model:
    same inputs, same IRI, so a re-run replaces the activity instead of adding one."""
    from kg import __version__

    raw = "|".join((doc_id, doc_hash, version or __version__, model))
    return RESOURCE["extraction/" + hashlib.sha1(raw.encode()).hexdigest()[:20]]


SOFTWARE_AGENT = RESOURCE["software/kg"]


def event_date_literal(iso: str) -> Literal:
    """An ISO 8601 date at the precision of the text: day, ISO week, month or year."""
    if len(iso) == 10:
        return Literal(iso, datatype=XSD.date)
    if "-W" in iso:
        return Literal(iso, datatype=XSD.string)
    if len(iso) == 7:
        return Literal(iso, datatype=XSD.gYearMonth)
    return Literal(iso, datatype=XSD.gYear)


def new_graph() -> Graph:
    g = Graph()
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri, override=True)
    return g


class _Triples:
    """An ordered set of triples with rdflib's ``Graph.add`` interface, without its indexes
    (building a document's triples this way costs a third of an rdflib Graph)."""

    def __init__(self) -> None:
        self.items: list[tuple] = []
        self._seen: set[tuple] = set()

    def add(self, triple: tuple) -> None:
        if triple not in self._seen:
            self._seen.add(triple)
            self.items.append(triple)


def extraction_graph(ex: Extraction, model: str = "", time: datetime | None = None) -> Graph:
    """The RDF of one document: its metadata, entities, relations and their provenance.

    ``model`` names the spaCy pipeline and ``time`` is when the extraction ended
    (default: now, UTC); both go on the document's ``kg:Extraction`` activity.
    """
    g = new_graph()
    for t in extraction_triples(ex, model, time):
        g.add(t)
    return g


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt_term(term) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_NT_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{text}^^<{term.datatype}>"
        return text
    return term.n3()  # a blank node


def ntriples(triples) -> str:
    """N-Triples for rdflib terms (what ``Graph.serialize(format="nt")`` writes, faster)."""
    return "".join(f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} .\n" for s, p, o in triples)


def extraction_triples(ex: Extraction, model: str = "", time: datetime | None = None) -> list[tuple]:
    """The triples of :func:`extraction_graph`, as a list (in the order they are made)."""
    from kg import __version__

    g = _Triples()
    doc = ex.document
    d = document_iri(doc.doc_id)
    g.add((d, RDF.type, KG.Document))
    g.add((d, RDF.type, PROV.Entity))
    g.add((d, KG.fileName, Literal(doc.name)))
    g.add((d, DCTERMS.identifier, Literal(doc.doc_id)))
    if doc.title:
        g.add((d, DCTERMS.title, Literal(doc.title)))
    if doc.date:
        g.add((d, DCTERMS.date, Literal(doc.date, datatype=XSD.date)))
    if doc.sha256:
        g.add((d, KG.sha256, Literal(doc.sha256)))

    # the activity that generated this document's assertions (PROV-O)
    doc_hash = doc.sha256 or hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    act = extraction_activity_iri(doc.doc_id, doc_hash, model, __version__)
    ended = (time or datetime.now(timezone.utc)).replace(microsecond=0)
    g.add((act, RDF.type, KG.Extraction))
    g.add((act, RDF.type, PROV.Activity))
    # no rdfs:label: readers of the graph (kg.graphdata) take labelled kg: resources for entities
    g.add((act, PROV.used, d))
    g.add((act, PROV.endedAtTime, Literal(ended.isoformat(), datatype=XSD.dateTime)))
    g.add((act, KG.toolVersion, Literal(__version__)))
    g.add((act, KG.modelName, Literal(model or "unknown")))
    g.add((act, PROV.wasAssociatedWith, SOFTWARE_AGENT))
    g.add((SOFTWARE_AGENT, RDF.type, PROV.SoftwareAgent))
    g.add((SOFTWARE_AGENT, RDFS.label, Literal("kg")))

    by_key = {e.key: e for e in ex.entities}
    index = gazetteer_index()
    for e in ex.entities:
        node = entity_iri(e.cls, e.name, e.scope)
        g.add((node, RDF.type, KG[e.cls]))
        g.add((node, RDFS.label, Literal(e.name)))
        g.add((node, KG.mentionedIn, d))
        for alias in e.aliases:
            g.add((node, SKOS.altLabel, Literal(alias)))
        if e.role:
            g.add((node, KG.role, Literal(e.role)))
        if e.jurisdiction:
            g.add((node, KG.jurisdiction, entity_iri("Place", e.jurisdiction)))
        if e.cls == "Statistic":
            g.add((node, KG.text, Literal(e.name)))
            if e.value is not None:
                g.add((node, KG.value, Literal(_decimal(e.value), datatype=XSD.decimal)))
            if e.unit:
                g.add((node, KG.unit, Literal(e.unit)))
            if e.measures:
                g.add((node, KG.measures, Literal(e.measures)))
            if e.about:
                about_cls, about_name = e.about.split("\t", 1)
                g.add((node, KG.about, entity_iri(about_cls, about_name)))
        entry = index.get(entity_key(e.name))
        if entry is not None and entry.cls == e.cls:
            # the gazetteer's canonical name, and its Wikidata item when it has one
            g.add((node, SKOS.prefLabel, Literal(entry.name)))
            if entry.wikidata:
                g.add((node, OWL.sameAs, WD[entry.wikidata]))

    for rel in ex.relations:
        if rel.subject not in by_key or rel.object not in by_key:
            continue
        s = key_iri(rel.subject, by_key)
        o = key_iri(rel.object, by_key)
        p = KG[rel.rel]
        g.add((s, p, o))
        a = assertion_iri(rel, s, o)
        ev = rel.evidence
        g.add((a, RDF.type, KG.Assertion))
        g.add((a, RDF.type, RDF.Statement))
        g.add((a, RDF.subject, s))
        g.add((a, RDF.predicate, p))
        g.add((a, RDF.object, o))
        g.add((a, PROV.wasDerivedFrom, d))
        g.add((a, PROV.wasGeneratedBy, act))
        g.add((a, KG.evidence, Literal(ev.sentence)))
        g.add((a, KG.start, Literal(ev.start)))
        g.add((a, KG.end, Literal(ev.end)))
        g.add((a, KG.rule, Literal(ev.rule)))
        g.add((a, KG.confidence, Literal(_decimal(ev.confidence), datatype=XSD.decimal)))
        if rel.detail:
            g.add((a, KG.detail, Literal(rel.detail)))
        if doc.date:
            g.add((a, KG.documentDate, Literal(doc.date, datatype=XSD.date)))
        event = getattr(rel, "event_date", None)
        if event:
            g.add((a, KG.eventDate, event_date_literal(event)))
    return g.items


def _decimal(x: float) -> str:
    text = f"{x:.6f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def ontology_graph() -> Graph:
    from kg.ontology import ontology_path

    g = new_graph()
    g.parse(ontology_path(), format="turtle")
    return g


__all__ = [
    "assertion_iri", "document_iri", "entity_iri", "event_date_literal", "extraction_activity_iri",
    "extraction_graph", "new_graph", "ontology_graph",
]
