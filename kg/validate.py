"""Validation: the store's data against the SHACL shapes in ``ontology/shapes.ttl``.

The data graph is every document's triples (not the materialised inferences)
plus the ontology, so ``sh:class kg:Organization`` accepts a company through
``rdfs:subClassOf`` while nothing is inferred from ``rdfs:domain`` or
``rdfs:range``: a platform as the subject of ``kg:sued`` is reported, not
silently re-typed.  pyshacl does the checking; :class:`Violation` is one
result in a form a person reads (the focus node's name, the path, the message).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kg.namespace import KG, PREFIXES


@dataclass(frozen=True, order=True)
class Violation:
    focus_label: str  # the entity's name, or a description of the assertion / document
    focus: str  # IRI of the focus node
    path: str  # the property (compact IRI), or "" for a node-level constraint
    message: str
    value: str = ""
    severity: str = "Violation"
    shape: str = ""

    def line(self) -> str:
        where = f" {self.path}" if self.path else ""
        focus = compact(self.focus)
        value = f" (value: {self.value})" if self.value and self.value != focus else ""
        return f"{self.severity}: {self.focus_label} [{focus}]{where}: {self.message}{value}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation]
    triples: int  # size of the data graph checked

    def text(self) -> str:
        if self.conforms:
            return f"conforms: {self.triples} triples checked against ontology/shapes.ttl, no violations\n"
        n = len(self.violations)
        head = f"does not conform: {n} violation{'s' if n != 1 else ''} in {self.triples} triples"
        return head + "\n" + "".join(f"  {v.line()}\n" for v in self.violations)


def shapes_graph() -> Graph:
    from kg.ontology import ontology_path

    g = Graph()
    g.parse(ontology_path("shapes.ttl"), format="turtle")
    return g


def store_data_graph(store) -> Graph:
    """The store's data triples (documents only) as an rdflib Graph."""
    import pyoxigraph as ox

    g = Graph()
    nt = ox.serialize(store.data_triples(), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    if nt.strip():
        g.parse(data=nt, format="nt")
    return g


# Checks SHACL Core cannot state, run as SPARQL over the data (cheaper here than
# SHACL-SPARQL through pyshacl): (message, path, query selecting ?focus).
SPARQL_CHECKS = (
    (
        "the reified triple (rdf:subject rdf:predicate rdf:object) is not asserted in the graph",
        "rdf:predicate",
        """SELECT ?focus WHERE {{
             ?focus a <{assertion}> ; <{rdf}subject> ?s ; <{rdf}predicate> ?p ; <{rdf}object> ?o .
             FILTER NOT EXISTS {{ {triple} }} }}""",
    ),
)


def _sparql_checks(data: Graph, store=None) -> list[Violation]:
    """Run :data:`SPARQL_CHECKS` in the Oxigraph store when given (documents' graphs only,
    not the inferred one), else in the rdflib graph."""
    from kg.namespace import INFERRED_GRAPH, INFERRED_PREFIX

    out = []
    for message, path, template in SPARQL_CHECKS:
        fill = {"assertion": KG.Assertion, "rdf": str(RDF)}
        if store is not None:
            triple = (f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{INFERRED_GRAPH}> "
                      f'&& !STRSTARTS(STR(?g), "{INFERRED_PREFIX}"))')
            focus = [row[0].value for row in store.query(template.format(triple=triple, **fill)).rows]
        else:
            focus = [str(row[0]) for row in data.query(template.format(triple="?s ?p ?o", **fill))]
        for f in focus:
            out.append(Violation(_label(data, URIRef(f)), f, path, message))
    return out


def validate_graph(data: Graph, ontology: Graph | None = None, shapes: Graph | None = None,
                   store=None) -> ValidationReport:
    """Validate an rdflib graph (the ontology is mixed in for the class hierarchy)."""
    import pyshacl

    from kg.graph import ontology_graph

    ont = ontology if ontology is not None else ontology_graph()
    shp = shapes if shapes is not None else shapes_graph()
    conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shp,
        ont_graph=ont,
        inference="none",
        advanced=False,
        do_owl_imports=False,
        allow_warnings=False,
    )
    violations = sorted(set(_violations(results, data, shp)) | set(_sparql_checks(data, store)))
    return ValidationReport(conforms=not violations, violations=violations, triples=len(data))


def validate_store(store) -> ValidationReport:
    """Validate everything the store holds (kg validate, and kg build by default)."""
    return validate_graph(store_data_graph(store), store=store)


# ---------------------------------------------------------------- user gazetteers

_WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")


def check_gazetteer(path) -> int:
    """Check a gazetteer file (JSONL: name, class, optional aliases, wikidata and owner); returns
    the number of entries.  Raises :class:`kg.errors.InputError` naming the bad line."""
    import json
    from pathlib import Path

    from kg.errors import InputError
    from kg.model import CLASSES

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gazetteer {path}: {exc}") from None
    n = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not a JSON object ({exc.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"{where}: not a JSON object")
        if not isinstance(row.get("name"), str) or not row["name"].strip():
            raise InputError(f"{where}: needs a \"name\"")
        if row.get("class") not in CLASSES:
            raise InputError(f"{where}: \"class\" must be one of {', '.join(CLASSES)}")
        aliases = row.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise InputError(f"{where}: \"aliases\" must be a list of names")
        if "owner" in row and not (row["owner"] is None or (isinstance(row["owner"], str) and row["owner"].strip())):
            raise InputError(f"{where}: \"owner\" must be a name or null")
        qid = row.get("wikidata")
        if qid not in (None, "") and not (isinstance(qid, str) and _WIKIDATA_ID.match(qid)):
            raise InputError(f"{where}: \"wikidata\" must be an item id like Q380")
        n += 1
    return n


# ---------------------------------------------------------------- readable results

def compact(term) -> str:
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns):]}"
    return text


def _label(data: Graph, node) -> str:
    label = data.value(node, RDFS.label)
    if label is not None:
        cls = next((c for c in data.objects(node, RDF.type) if str(c).startswith(str(KG._NS))), None)
        return f"{compact(cls)} \"{label}\"" if cls is not None else f"\"{label}\""
    if (node, RDF.type, KG.Assertion) in data:
        s, p, o = (data.value(node, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        names = [str(data.value(t, RDFS.label) or compact(t)) if t is not None else "?" for t in (s, o)]
        return f"assertion \"{names[0]} {compact(p) if p is not None else '?'} {names[1]}\""
    if (node, RDF.type, KG.Document) in data:
        return f"document {data.value(node, KG.fileName) or compact(node)}"
    if (node, RDF.type, KG.Extraction) in data:
        return "extraction activity"
    return compact(node)


def _path_text(results: Graph, shapes: Graph, result) -> str:
    path = results.value(result, SH.resultPath)
    if path is not None:
        if isinstance(path, URIRef):
            return compact(path)
        inverse = results.value(path, SH.inversePath)
        return f"^{compact(inverse)}" if inverse is not None else str(path)
    # node shapes targeting the subjects / objects of a property: say which property
    shape = results.value(result, SH.sourceShape)
    if shape is None:
        return ""
    subj = sorted(compact(p) for p in shapes.objects(shape, SH.targetSubjectsOf))
    obj = sorted(compact(p) for p in shapes.objects(shape, SH.targetObjectsOf))
    if subj:
        return ", ".join(subj) + " (subject)"
    if obj:
        return ", ".join(obj) + " (object)"
    return ""


def _violations(results: Graph, data: Graph, shapes: Graph):
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        shape = results.value(result, SH.sourceShape)
        yield Violation(
            focus_label=_label(data, focus),
            focus=str(focus),
            path=_path_text(results, shapes, result),
            message=str(message) if message is not None else "constraint violated",
            value=compact(value) if value is not None else "",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            shape=compact(shape) if isinstance(shape, URIRef) else "",
        )


__all__ = ["ValidationReport", "Violation", "check_gazetteer", "shapes_graph", "validate_graph", "validate_store"]
