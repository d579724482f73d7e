"""The ontology: documented terms in step with the code, hierarchy, alignments, inference, docs."""
from __future__ import annotations

import json

import pytest
from rdflib import BNode, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.cli import main
from kg.graph import ontology_graph
from kg.model import CLASSES, RELATIONS
from kg.namespace import KG, ORG, PROV, RELATION_PROPERTIES, SCHEMA

NS = str(KG._NS)


@pytest.fixture(scope="module")
def onto():
    return ontology_graph()


def _declared(g, kind):
    return {str(s)[len(NS):] for s in g.subjects(RDF.type, kind) if str(s).startswith(NS)}


def _python_terms():
    return {name for name in KG.__annotations__ if not name.startswith("_")}


def test_namespace_and_turtle_declare_the_same_terms(onto):
    classes = _declared(onto, OWL.Class)
    props = _declared(onto, OWL.ObjectProperty) | _declared(onto, OWL.DatatypeProperty)
    python = _python_terms()
    assert python - (classes | props) == set(), "in kg/namespace.py but not declared in ontology/kg.ttl"
    assert (classes | props) - python == set(), "declared in ontology/kg.ttl but missing from kg/namespace.py"
    assert {n for n in python if n[0].isupper()} == classes
    # nothing is declared twice (both an object and a datatype property)
    assert not _declared(onto, OWL.ObjectProperty) & _declared(onto, OWL.DatatypeProperty)


def test_every_term_has_label_comment_domain_and_range(onto):
    for name in _python_terms():
        term = KG[name]
        assert onto.value(term, RDFS.label) is not None, f"{name}: no rdfs:label"
        assert len(str(onto.value(term, RDFS.comment) or "")) > 10, f"{name}: no rdfs:comment"
        if name[0].islower():
            assert onto.value(term, RDFS.domain) is not None, f"{name}: no rdfs:domain"
            assert onto.value(term, RDFS.range) is not None, f"{name}: no rdfs:range"


def test_ontology_header(onto):
    o = URIRef("https://w3id.org/newskg/ontology")
    assert (o, RDF.type, OWL.Ontology) in onto
    assert onto.value(o, OWL.versionInfo) is not None
    assert onto.value(o, RDFS.label) is not None
    assert onto.value(o, DCTERMS.description) is not None


def _supers(g, cls):
    return set(g.transitive_objects(cls, RDFS.subClassOf)) - {cls}


def test_class_hierarchy(onto):
    assert {KG.Person, KG.Agent} <= _supers(onto, KG.Official)
    assert KG.Agent in _supers(onto, KG.Person)
    for cls in (KG.Company, KG.GovernmentBody):
        assert {KG.Organization, KG.Agent} <= _supers(onto, cls)
    for cls in (KG.Platform, KG.Report, KG.Statistic, KG.Place, KG.Document):
        assert KG.Agent not in _supers(onto, cls), f"{cls} must not be an agent"
    assert set(CLASSES) <= _declared(onto, OWL.Class)


def test_relations_are_object_properties_with_inverses(onto):
    objs = _declared(onto, OWL.ObjectProperty)
    assert set(RELATIONS) <= objs and set(RELATION_PROPERTIES) <= objs
    for a, b in (("owns", "ownedBy"), ("cites", "citedBy"), ("published", "publishedBy")):
        assert (KG[a], OWL.inverseOf, KG[b]) in onto or (KG[b], OWL.inverseOf, KG[a]) in onto


def test_aligned_with_standard_vocabularies(onto):
    links = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty, SKOS.closeMatch)
    targets = {str(o) for p in links for _, o in onto.subject_objects(p) if not isinstance(o, BNode)}
    for ns in (str(SCHEMA), str(PROV), str(DCTERMS), str(ORG), "http://www.wikidata.org/entity/"):
        assert any(t.startswith(ns) for t in targets), f"no alignment with {ns}"
    assert (KG.Assertion, RDFS.subClassOf, RDF.Statement) in onto
    assert (KG.Extraction, RDFS.subClassOf, PROV.Activity) in onto
    assert (KG.Document, RDFS.subClassOf, PROV.Entity) in onto


# ---------------------------------------------------------------- inference

def test_query_organization_includes_companies_by_default(seed_build, runner):
    store = str(seed_build[0])
    res = runner.invoke(main, ["query", "--store", store, "--format", "json",
                               "SELECT ?x WHERE { ?x a kg:Organization }"])
    assert res.exit_code == 0, res.output
    found = {row["x"] for row in json.loads(res.stdout)}
    assert "https://w3id.org/newskg/id/company/meta" in found  # typed kg:Company only in the data
    assert any(x.startswith("https://w3id.org/newskg/id/governmentbody/") for x in found)


def test_inverse_property_answers_both_ways(seed_store):
    from kg import query as q

    res = q.run(seed_store, "SELECT ?p WHERE { ?p kg:ownedBy ?c . ?c rdfs:label 'Meta' . ?p rdfs:label 'Instagram' }")
    assert len(res.rows) == 1


def test_inferred_triples_are_kept_apart(seed_store):
    """Inferences are derived data: not in the triple count, the exports or the entity types."""
    from kg import api, export
    from kg.graphdata import load_graph_data
    from kg.namespace import INFERRED_PREFIX

    res = seed_store.query(f"ASK {{ GRAPH ?g {{ <https://w3id.org/newskg/id/company/meta> a <{KG.Organization}> }} "
                           f'FILTER(STRSTARTS(STR(?g), "{INFERRED_PREFIX}")) }}')
    assert res.boolean
    nt = export.export(seed_store, "nt").decode()
    assert f"<https://w3id.org/newskg/id/company/meta> <{RDF.type}> <{KG.Organization}>" not in nt
    assert str(KG.ownedBy) not in nt
    # entity classes stay the most specific one: Meta is a Company, not also an Organization
    assert "Meta" not in {r["subject"] for r in export.jsonl_rows(seed_store) if r["subject_type"] != "Company"}
    types = {n.label: n.cls for n in load_graph_data(seed_store).nodes.values()}
    assert types["Meta"] == "Company"
    assert set(api.stats(seed_store)["entities"]) <= set(CLASSES)


def test_owlrl_query_time_agrees_with_materialised(seed_store):
    from kg import inference

    q = "SELECT DISTINCT ?x WHERE { ?x a kg:Organization FILTER(STRSTARTS(STR(?x), STR(kgr:))) }"
    mat = {r[0].value for r in inference.run_query(seed_store, q).rows}
    owl = {r[0].value for r in inference.run_query(seed_store, q, mode="owlrl").rows}
    assert "https://w3id.org/newskg/id/company/meta" in mat
    assert mat <= owl


def test_materialize_is_idempotent_and_follows_removal(seeds_copy, tmp_path):
    from kg import api, inference, query
    from kg.store import open_store

    q = "SELECT ?x WHERE { ?x a kg:Organization }"
    with open_store(tmp_path / "store") as st:
        api.build([seeds_copy], store=st, output_dir=None, validate=False)
        count, inferred = st.count(), inference.inferred_count(st)
        assert inferred > 0
        assert inference.materialize(st) == inferred and st.count() == count
        before = {r[0].value for r in query.run(st, q).rows}
        assert "https://w3id.org/newskg/id/governmentbody/33-states" in before  # only in 002_...
        doc = sorted(p.name for p in seeds_copy.iterdir() if p.name.startswith("002"))[0]
        assert api.remove_document(st, doc)
        after = {r[0].value for r in query.run(st, q).rows}
        assert "https://w3id.org/newskg/id/governmentbody/33-states" not in after
        assert "https://w3id.org/newskg/id/company/meta" in after  # still in 000_...


def test_replicate_makes_a_larger_graph_of_the_same_shape(seed_store):
    from kg import inference

    big = inference.replicate(seed_store, 3)
    try:
        assert big.count() == 3 * seed_store.count()
        n = inference.materialize(big)
        assert n == 3 * inference.inferred_count(seed_store)
    finally:
        big.close()


# ---------------------------------------------------------------- documentation

def test_ontology_doc_markdown_lists_every_term_and_the_named_queries(tmp_path, runner):
    from kg.query import named_queries

    out = tmp_path / "ontology.md"
    res = runner.invoke(main, ["ontology-doc", "-o", str(out)])
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    for name in _python_terms():
        assert f"### kg:{name}\n" in text, name
    assert "## Class hierarchy" in text and "    - kg:Official" in text
    for name in named_queries():
        assert f"### {name}\n" in text
    assert "ontology#> |" in text  # prefix table
    assert "Inverse | kg:ownedBy" in text
    assert "Domain | kg:Official or kg:GovernmentBody or kg:Place" in text


def test_ontology_doc_html(tmp_path, runner):
    from html.parser import HTMLParser

    out = tmp_path / "ontology.html"
    res = runner.invoke(main, ["ontology-doc", "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    ids = []

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "section":
                ids.append(dict(attrs).get("id"))

    P().feed(page)
    assert {f"kg-{n}" for n in _python_terms()} == set(ids)
    assert 'href="#kg-Organization"' in page
