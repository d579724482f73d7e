"""Documentation of the ontology, generated from ``ontology/kg.ttl`` (``kg ontology-doc``).

Markdown or one self-contained HTML page: the ontology's metadata, the class
hierarchy, every class and property with its label, comment, superclasses or
superproperties, domain and range, inverse and alignments to other
vocabularies, the SHACL shapes that check it, and the named queries of
``kg/queries/`` as example queries.  Nothing is written by hand, so the page
cannot drift from the Turtle.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS

from kg.namespace import KG, ONTOLOGY_IRI, PREFIXES

FORMATS = ("markdown", "html")
_EXTRA_PREFIXES = {"foaf": "http://xmlns.com/foaf/0.1/", "vann": "http://purl.org/vocab/vann/",
                   "kgsh": "https://w3id.org/newskg/shapes#", "sh": str(SH)}


def compact(term) -> str:
    text = str(term)
    table = {**PREFIXES, **_EXTRA_PREFIXES}
    for prefix, ns in sorted(table.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns):]}"
    return text


@dataclass
class Term:
    iri: URIRef
    kind: str  # Class, ObjectProperty, DatatypeProperty
    label: str
    comment: str
    supers: list[str] = field(default_factory=list)  # kg superclasses / superproperties
    external: list[str] = field(default_factory=list)  # alignments: "rdfs:subClassOf schema:Person"
    subs: list[str] = field(default_factory=list)
    domain: str = ""
    range: str = ""
    inverse: str = ""
    shapes: list[str] = field(default_factory=list)
    used_as_domain: list[str] = field(default_factory=list)
    used_as_range: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return compact(self.iri)


@dataclass
class OntologyDoc:
    title: str
    iri: str
    version: str
    description: str
    comment: str
    classes: list[Term]
    object_properties: list[Term]
    datatype_properties: list[Term]
    tree: list[tuple[int, str]]  # (depth, class name)
    queries: list[tuple[str, str, str]]  # (name, description, text)


def _text(g: Graph, s, p) -> str:
    vals = [o for o in g.objects(s, p)]
    en = [v for v in vals if getattr(v, "language", None) in ("en", None)]
    return " ".join(str(en[0] if en else vals[0]).split()) if vals else ""


def _class_expr(g: Graph, node) -> str:
    if isinstance(node, BNode):
        union = g.value(node, OWL.unionOf)
        if union is not None:
            return " or ".join(_class_expr(g, m) for m in Collection(g, union))
        return "(anonymous class)"
    return compact(node)


def _is_kg(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(str(KG._NS))


def _shapes_for(shapes: Graph | None, iri: URIRef, is_class: bool) -> list[str]:
    if shapes is None:
        return []
    out = set()
    if is_class:
        for shape in shapes.subjects(SH.targetClass, iri):
            out.add(compact(shape))
        for ps in shapes.subjects(SH["class"], iri):
            owner = next(shapes.subjects(SH.property, ps), None)
            out.add(compact(owner) if owner is not None else compact(ps))
    else:
        for p in (SH.targetSubjectsOf, SH.targetObjectsOf):
            for shape in shapes.subjects(p, iri):
                out.add(compact(shape))
        for ps in shapes.subjects(SH.path, iri):
            owner = next(shapes.subjects(SH.property, ps), None)
            if owner is not None:
                out.add(compact(owner))
    return sorted(x for x in out if x.startswith("kgsh:"))


def load(ontology: Graph | None = None, shapes: Graph | None = None, with_queries: bool = True) -> OntologyDoc:
    """Read the ontology (and shapes) into plain data for the writers."""
    from kg.graph import ontology_graph

    g = ontology if ontology is not None else ontology_graph()
    if shapes is None:
        try:
            from kg.validate import shapes_graph

            shapes = shapes_graph()
        except Exception:  # noqa: BLE001 - the doc is still useful without shapes
            shapes = None
    onto = URIRef(ONTOLOGY_IRI)

    def term(iri: URIRef, kind: str) -> Term:
        is_class = kind == "Class"
        sup_p = RDFS.subClassOf if is_class else RDFS.subPropertyOf
        t = Term(iri, kind, _text(g, iri, RDFS.label), _text(g, iri, RDFS.comment))
        for o in g.objects(iri, sup_p):
            (t.supers if _is_kg(o) else t.external).append(
                compact(o) if _is_kg(o) else f"{compact(sup_p)} {_class_expr(g, o)}")
        for p in (OWL.equivalentClass, OWL.equivalentProperty, SKOS.closeMatch, SKOS.exactMatch):
            for o in g.objects(iri, p):
                t.external.append(f"{compact(p)} {compact(o)}")
        t.subs = sorted(compact(s) for s in g.subjects(sup_p, iri) if _is_kg(s))
        t.supers.sort()
        t.external.sort()
        if not is_class:
            d, r = g.value(iri, RDFS.domain), g.value(iri, RDFS.range)
            t.domain = _class_expr(g, d) if d is not None else ""
            if r is not None and isinstance(r, BNode) and g.value(r, OWL.unionOf) is not None:
                t.range = _class_expr(g, r)
            else:
                t.range = compact(r) if r is not None else ""
            inv = g.value(iri, OWL.inverseOf) or g.value(predicate=OWL.inverseOf, object=iri)
            t.inverse = compact(inv) if inv is not None else ""
        t.shapes = _shapes_for(shapes, iri, is_class)
        return t

    def kg_subjects(cls) -> list[URIRef]:
        return sorted((s for s in g.subjects(RDF.type, cls) if _is_kg(s)), key=str)

    classes = [term(c, "Class") for c in kg_subjects(OWL.Class)]
    objs = [term(p, "ObjectProperty") for p in kg_subjects(OWL.ObjectProperty)]
    dats = [term(p, "DatatypeProperty") for p in kg_subjects(OWL.DatatypeProperty)]
    by_name = {c.name: c for c in classes}
    for p in objs + dats:
        for name in p.domain.split(" or "):
            if name in by_name:
                by_name[name].used_as_domain.append(p.name)
        for name in p.range.split(" or "):
            if name in by_name:
                by_name[name].used_as_range.append(p.name)

    # the class tree: roots are kg classes without a kg superclass
    tree: list[tuple[int, str]] = []

    def walk(c: Term, depth: int) -> None:
        tree.append((depth, c.name))
        for sub in c.subs:
            walk(by_name[sub], depth + 1)

    for c in classes:
        if not c.supers:
            walk(c, 0)

    # classes in hierarchy order (Agent, Organization, Company, ...), not alphabetical
    order = {name: i for i, (_, name) in enumerate(tree)}
    classes.sort(key=lambda c: order.get(c.name, len(order)))

    queries = []
    if with_queries:
        from kg.query import named_queries

        queries = [(q.name, q.description, q.text) for q in named_queries().values()]
    return OntologyDoc(
        title=_text(g, onto, DCTERMS.title) or _text(g, onto, RDFS.label) or "kg ontology",
        iri=ONTOLOGY_IRI,
        version=_text(g, onto, OWL.versionInfo),
        description=_text(g, onto, DCTERMS.description),
        comment=_text(g, onto, RDFS.comment),
        classes=classes,
        object_properties=objs,
        datatype_properties=dats,
        tree=tree,
        queries=queries,
    )


# ---------------------------------------------------------------- markdown

def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def _term_rows(t: Term) -> list[tuple[str, str]]:
    """The facts shown for one term, in Markdown and HTML alike."""
    rows = []
    if t.kind == "Class":
        rows.append(("Superclasses", ", ".join(t.supers) or "—"))
        rows.append(("Subclasses", ", ".join(t.subs) or "—"))
        if t.used_as_domain:
            rows.append(("Properties (domain)", ", ".join(sorted(t.used_as_domain))))
        if t.used_as_range:
            rows.append(("Properties (range)", ", ".join(sorted(t.used_as_range))))
    else:
        rows.append(("Domain", t.domain or "—"))
        rows.append(("Range", t.range or "—"))
        if t.supers:
            rows.append(("Superproperties", ", ".join(t.supers)))
        if t.subs:
            rows.append(("Subproperties", ", ".join(t.subs)))
        if t.inverse:
            rows.append(("Inverse", t.inverse))
    if t.external:
        rows.append(("Alignment", "; ".join(t.external)))
    if t.shapes:
        rows.append(("SHACL shapes", ", ".join(t.shapes)))
    return rows


def _md_term(t: Term) -> list[str]:
    out = [f"### {t.name}", "", f"*{t.label}* — {t.comment}" if t.label else t.comment, ""]
    rows = _term_rows(t)
    out += ["| | |", "|---|---|"] + [f"| {k} | {_md_cell(v)} |" for k, v in rows] + [""]
    return out


def render_markdown(doc: OntologyDoc) -> str:
    lines = [f"# {doc.title}", "", f"IRI: <{doc.iri}>  ", f"Version: {doc.version}", "", doc.description, ""]
    if doc.comment:
        lines += [doc.comment, ""]
    lines += ["Generated from `ontology/kg.ttl` by `kg ontology-doc`; do not edit by hand.", ""]
    lines += ["## Prefixes", "", "| prefix | namespace |", "|---|---|"]
    lines += [f"| `{p}:` | <{ns}> |" for p, ns in PREFIXES.items()] + [""]
    lines += ["## Class hierarchy", ""]
    lines += [f"{'  ' * depth}- {name}" for depth, name in doc.tree] + [""]
    for title, terms in (("Classes", doc.classes), ("Object properties", doc.object_properties),
                         ("Datatype properties", doc.datatype_properties)):
        lines += [f"## {title}", ""]
        for t in terms:
            lines += _md_term(t)
    if doc.queries:
        lines += ["## Example queries", "",
                  "The named queries shipped in `kg/queries/`; run one with `kg query --name NAME`.", ""]
        for name, desc, text in doc.queries:
            lines += [f"### {name}", "", desc, "", "```sparql", text.rstrip(), "```", ""]
        lines += ["### Inference", "",
                  "Superclasses and inverse properties are materialised at build time, so these work too:", "",
                  "```sparql", "SELECT ?x WHERE { ?x a kg:Organization }        # companies and government bodies too",
                  "SELECT ?p ?c WHERE { ?p kg:ownedBy ?c }          # the inverse of kg:owns", "```", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- html

_CSS = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#222}
code,pre{font-family:ui-monospace,monospace;font-size:.9em}pre{background:#f4f4f4;padding:.75rem;overflow-x:auto}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f8f8f8;width:11rem}section.term{border-top:1px solid #eee;padding-top:.5rem}h3 code{font-size:1em}
nav ul{columns:3}"""


def _anchor(name: str) -> str:
    return name.replace(":", "-")


def _link_names(text: str, known: set[str]) -> str:
    out = []
    for part in text.replace(",", " , ").split(" "):
        if part in known:
            out.append(f'<a href="#{_anchor(part)}"><code>{html.escape(part)}</code></a>')
        else:
            out.append(html.escape(part))
    return " ".join(out).replace(" , ", ", ")


def render_html(doc: OntologyDoc) -> str:
    e = html.escape
    known = {t.name for t in doc.classes + doc.object_properties + doc.datatype_properties}
    parts = [f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{e(doc.title)}</title>"
             f"<style>{_CSS}</style></head><body>",
             f"<h1>{e(doc.title)}</h1>",
             f"<p>IRI: <code>{e(doc.iri)}</code><br>Version: {e(doc.version)}</p>",
             f"<p>{e(doc.description)}</p>"]
    if doc.comment:
        parts.append(f"<p>{e(doc.comment)}</p>")
    parts.append("<p><em>Generated from <code>ontology/kg.ttl</code> by <code>kg ontology-doc</code>.</em></p>")
    parts.append("<nav><h2>Contents</h2><ul>" + "".join(
        f'<li><a href="#{_anchor(t.name)}">{e(t.name)}</a></li>'
        for t in doc.classes + doc.object_properties + doc.datatype_properties) + "</ul></nav>")
    parts.append("<h2>Class hierarchy</h2>")
    depth_prev = -1
    for depth, name in doc.tree:
        if depth > depth_prev:
            parts.append("<ul>" * (depth - depth_prev))
        elif depth < depth_prev:
            parts.append("</li>" + "</ul></li>" * (depth_prev - depth))
        else:
            parts.append("</li>")
        parts.append(f'<li><a href="#{_anchor(name)}"><code>{e(name)}</code></a>')
        depth_prev = depth
    parts.append("</li>" + "</ul></li>" * depth_prev + "</ul>")
    for title, terms in (("Classes", doc.classes), ("Object properties", doc.object_properties),
                         ("Datatype properties", doc.datatype_properties)):
        parts.append(f"<h2>{e(title)}</h2>")
        for t in terms:
            rows = _term_rows(t)
            table = "".join(f"<tr><th>{e(k)}</th><td>{_link_names(v, known)}</td></tr>" for k, v in rows)
            parts.append(f'<section class=term id="{_anchor(t.name)}"><h3><code>{e(t.name)}</code> — {e(t.label)}</h3>'
                         f"<p>{e(t.comment)}</p><table>{table}</table></section>")
    if doc.queries:
        parts.append("<h2>Example queries</h2><p>The named queries in <code>kg/queries/</code>; "
                     "run one with <code>kg query --name NAME</code>.</p>")
        for name, desc, text in doc.queries:
            parts.append(f"<h3>{e(name)}</h3><p>{e(desc)}</p><pre><code>{e(text.rstrip())}</code></pre>")
    parts.append("</body></html>")
    return "\n".join(parts)


def render(fmt: str = "markdown") -> str:
    from kg.errors import FormatError

    if fmt not in FORMATS:
        raise FormatError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    doc = load()
    return render_markdown(doc) if fmt == "markdown" else render_html(doc)


__all__ = ["OntologyDoc", "Term", "load", "render", "render_html", "render_markdown"]
