"""RDF namespaces: the project's ontology (``kg:``) and its resources (``kgr:``)."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

BASE = "https://w3id.org/newskg/"
ONTOLOGY_IRI = BASE + "ontology"
RESOURCE = Namespace(BASE + "id/")
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
# RDFS/OWL entailments of the data (superclass types, inverse and super-properties),
# materialised by :mod:`kg.inference` with each document: the entailments of document
# ``<id>`` are the named graph ``INFERRED_GRAPH + "/" + id`` (see ``inferred_graph_iri``)
INFERRED_GRAPH = URIRef(BASE + "graph/inferred")
INFERRED_PREFIX = str(INFERRED_GRAPH) + "/"


def inferred_graph_iri(doc_id: str) -> URIRef:
    """The named graph holding what follows from document ``doc_id``'s facts."""
    return URIRef(INFERRED_PREFIX + doc_id)
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")


class KG(DefinedNamespace):
    """Terms of ``ontology/kg.ttl``; a misspelt term raises AttributeError."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Agent: URIRef
    Person: URIRef
    Official: URIRef
    Organization: URIRef
    Company: URIRef
    GovernmentBody: URIRef
    Platform: URIRef
    Report: URIRef
    Statistic: URIRef
    Place: URIRef
    Document: URIRef
    Assertion: URIRef
    Extraction: URIRef

    # relations between entities
    sued: URIRef
    owns: URIRef
    ownedBy: URIRef
    cites: URIRef
    citedBy: URIRef
    ceo_of: URIRef
    official_of: URIRef
    published: URIRef
    publishedBy: URIRef
    accused: URIRef
    investigated: URIRef
    sent_letter_to: URIRef
    testified_before: URIRef
    invited_to_testify: URIRef
    denied: URIRef

    # entity attributes
    role: URIRef
    jurisdiction: URIRef
    mentionedIn: URIRef
    text: URIRef
    value: URIRef
    unit: URIRef
    measures: URIRef
    about: URIRef

    # document attributes
    fileName: URIRef
    sha256: URIRef

    # assertion (provenance) attributes
    evidence: URIRef
    start: URIRef
    end: URIRef
    rule: URIRef
    confidence: URIRef
    detail: URIRef
    documentDate: URIRef
    eventDate: URIRef

    # extraction (activity) attributes
    toolVersion: URIRef
    modelName: URIRef


RELATION_PROPERTIES = (
    "sued", "owns", "cites", "ceo_of", "official_of", "published", "accused",
    "investigated", "sent_letter_to", "testified_before", "invited_to_testify", "denied",
)

PREFIXES = {
    "kg": str(KG._NS),
    "kgr": str(RESOURCE),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "wd": str(WD),
}


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
