"""Plain data passed between the stages: ingest -> extract -> graph.

Frozen, ordered dataclasses so that results hash, dedupe and sort
deterministically.  No RDF terms here: those appear from the graph stage on.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# The ontology's entity classes (local names in ``ontology/kg.ttl``).
CLASSES = (
    "Official",
    "Person",
    "Company",
    "Platform",
    "GovernmentBody",
    "Organization",
    "Report",
    "Statistic",
    "Place",
)

# The relations the extractor produces (local names of ontology properties).
RELATIONS = (
    "sued",
    "owns",
    "cites",
    "ceo_of",
    "official_of",
    "published",
    "accused",
    "investigated",
    "sent_letter_to",
    "testified_before",
    "invited_to_testify",
    "denied",
)


@dataclass(frozen=True, order=True)
class Document:
    """One article: its text (metadata markers removed) and where it came from."""

    doc_id: str  # stable slug, used in the document IRI
    name: str  # file name
    path: str
    text: str  # body text that was analysed
    offset: int = 0  # position of ``text`` in the decoded source file
    title: str = ""
    date: str | None = None  # ISO date, YYYY-MM-DD
    sha256: str = ""


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact is stated: the sentence and its character offsets in the source file."""

    doc_id: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True, order=True)
class Entity:
    """A resolved referent in one document.

    ``key`` is (class, normalised name): equal keys are the same node in the graph,
    within and across documents.
    """

    cls: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None  # "Attorney General" for an Official
    jurisdiction: str | None = None  # name of a Place
    # Statistic only
    value: float | None = None
    unit: str | None = None  # count | percent | money
    measures: str | None = None
    # a generic name ("complaint", "survey") is only unique within its document
    scope: str | None = None
    # Statistic only: the entity it is about, as "Class<TAB>name"
    about: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        from kg.normalize import entity_key

        name = entity_key(self.name)
        return (self.cls, f"{name}@{self.scope}" if self.scope else name)


@dataclass(frozen=True, order=True)
class Relation:
    subject: tuple[str, str]  # Entity.key
    rel: str
    object: tuple[str, str]  # Entity.key
    evidence: Evidence
    detail: str | None = None  # e.g. the allegation text of ``accused``
    event_date: str | None = None  # ISO date of the event, resolved against the document date (kg.extract.dates)


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def entity(self, key: tuple[str, str]) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)
