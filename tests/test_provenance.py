"""Provenance (PROV-O), idempotent rebuilds, and linked identifiers (gazetteer -> Wikidata)."""
from __future__ import annotations

import json

import pytest

from kg import __version__, api, export
from kg import query as q
from kg.cli import main

SANDBOX = "Q4115189"  # Wikidata's sandbox item: safe to link a made-up company to in a test


def test_every_jsonl_line_reaches_document_sentence_and_offsets_by_sparql(seed_store):
    """For each line of `kg export --format jsonl`, SPARQL finds the assertion with that
    document, evidence sentence and offsets, and the relation it supports."""
    lines = export.jsonl(seed_store).decode("utf-8").splitlines()
    assert lines
    sparql = """
    SELECT ?a ?start ?end WHERE {
      ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
         kg:evidence ?sentence ; kg:start ?start ; kg:end ?end ;
         prov:wasDerivedFrom ?d .
      ?d a kg:Document , prov:Entity ; kg:fileName ?file .
      ?s rdfs:label ?subject . ?o rdfs:label ?object .
      ?s ?p ?o .
      FILTER(STR(?file) = $doc && STR(?sentence) = $evidence && STR(?subject) = $subject
             && STR(?object) = $object && STRAFTER(STR(?p), "#") = $rel)
    }"""
    for line in lines:
        row = json.loads(line)
        params = {k: row[k] for k in ("doc", "evidence", "subject", "object", "rel")}
        res = q.run(seed_store, sparql, params)
        offsets = {(int(r[1].value), int(r[2].value)) for r in res.rows}
        assert (row["start"], row["end"]) in offsets, row


def _one(store, sparql):
    return [tuple(t.value if t is not None else None for t in row) for row in q.run(store, sparql).rows]


def test_assertions_are_prov_entities_generated_by_an_extraction(seed_store, nlp):
    from kg import nlp as nlp_mod

    rows = _one(seed_store, """
        SELECT ?a ?d ?act ?time ?version ?model WHERE {
          ?a a kg:Assertion .
          OPTIONAL { ?a prov:wasDerivedFrom ?d }
          OPTIONAL { ?a prov:wasGeneratedBy ?act .
                     ?act a kg:Extraction , prov:Activity ; prov:used ?d ; prov:endedAtTime ?time ;
                          kg:toolVersion ?version ; kg:modelName ?model ;
                          prov:wasAssociatedWith [ a prov:SoftwareAgent ] } }""")
    assert rows
    for a, d, act, time, version, model in rows:
        assert d and act, f"{a} lacks its document or its activity"
        assert version == __version__
        assert model == nlp_mod.model_label(nlp)
        assert len(time) >= 19 and time[4] == "-" and "T" in time
    # one activity per document
    per_doc = _one(seed_store, "SELECT ?d (COUNT(DISTINCT ?act) AS ?n) WHERE { ?act prov:used ?d } GROUP BY ?d")
    assert len(per_doc) == len(seed_store.documents())
    assert all(int(n) == 1 for _, n in per_doc)


def test_documents_carry_file_title_and_date(seed_store):
    rows = _one(seed_store, """
        SELECT ?file ?title ?date WHERE { ?d a kg:Document , prov:Entity ; kg:fileName ?file .
          OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:date ?date } } ORDER BY ?file""")
    assert len(rows) == 2 and all(file and title for file, title, _ in rows)
    dated = {file: date for file, _, date in rows if date}
    assert dated == {"002_9ba50831bfd9e566.txt": "2023-12-07"}
    # the document date is repeated on each of its assertions
    missing = _one(seed_store, """
        SELECT ?a WHERE { ?a prov:wasDerivedFrom ?d . ?d dcterms:date ?date .
          FILTER NOT EXISTS { ?a kg:documentDate ?date } }""")
    assert missing == []


def test_relative_dates_become_event_dates(seed_store):
    rows = _one(seed_store, """
        SELECT ?subject ?date (DATATYPE(?date) AS ?dt) WHERE {
          ?a rdf:predicate kg:sued ; rdf:subject ?s ; kg:eventDate ?date ; kg:evidence ?ev .
          ?s rdfs:label ?subject . FILTER(CONTAINS(?ev, "In October")) }""")
    assert rows == [("33 states", "2023-10", "http://www.w3.org/2001/XMLSchema#gYearMonth")]


def _counts(st):
    return st.count(), _one(st, "SELECT (COUNT(*) AS ?n) WHERE { ?act a kg:Extraction ; prov:endedAtTime ?t }")[0][0]


def test_rebuild_and_forced_rebuild_leave_the_triple_count_unchanged(seeds_copy, tmp_path):
    from kg.store import open_store

    with open_store(tmp_path / "store") as st:
        first = api.build([seeds_copy], store=st, output_dir=None, validate=False)
        before = _counts(st)
        assert first.documents_read == 2 and int(before[1]) == 2
        again = api.build([seeds_copy], store=st, output_dir=None, validate=False)
        assert again.documents_skipped == 2 and _counts(st) == before
        forced = api.build([seeds_copy], store=st, output_dir=None, validate=False, force=True)
        assert forced.documents_read == 2
        assert _counts(st) == before  # activity and its time replaced, not accumulated
        assert forced.triples == first.triples


def test_entities_link_to_wikidata_with_canonical_names(seed_store):
    rows = _one(seed_store, """
        SELECT ?same ?pref WHERE { <https://w3id.org/newskg/id/company/meta> owl:sameAs ?same ; skos:prefLabel ?pref }""")
    assert rows == [("http://www.wikidata.org/entity/Q380", "Meta")]
    # every owl:sameAs goes to a Wikidata item
    others = _one(seed_store, """SELECT ?o WHERE { ?s owl:sameAs ?o
        FILTER(!STRSTARTS(STR(?o), "http://www.wikidata.org/entity/Q")) }""")
    assert others == []


@pytest.fixture
def user_gazetteer(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"name": "Qwertyco", "class": "Company", "aliases": ["Qwertyco Inc."],
                                "wikidata": SANDBOX}) + "\n", encoding="utf-8")
    yield path
    api.use_gazetteers([])  # back to the shipped gazetteer for the other tests


def test_user_gazetteer_adds_entities_and_links(tmp_path, runner, user_gazetteer):
    from kg import nlp as nlp_mod
    from kg.store import open_store

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Qwertyco owns the chat app Zapwave, the company said on Monday.\n", encoding="utf-8")
    store = str(tmp_path / "store")
    res = runner.invoke(main, ["build", str(docs), "--store", store, "--no-output", "-q",
                               "--gazetteer", str(user_gazetteer)])
    assert res.exit_code == 0, res.output
    with open_store(store, read_only=True) as st:
        rows = _one(st, """SELECT ?same ?pref WHERE { <https://w3id.org/newskg/id/company/qwertyco>
                           owl:sameAs ?same ; skos:prefLabel ?pref ; kg:owns ?p }""")
        assert rows == [(f"http://www.wikidata.org/entity/{SANDBOX}", "Qwertyco")]
    # the cached pipeline was rebuilt with the user's names; dropping the file rebuilds it again
    ruler = nlp_mod.load().get_pipe("kg_entity_ruler")
    assert any(p["pattern"] == "Qwertyco Inc." for p in ruler.patterns)
    api.use_gazetteers([])
    ruler = nlp_mod.load().get_pipe("kg_entity_ruler")
    assert not any(p["pattern"] == "Qwertyco" for p in ruler.patterns)


def test_bad_user_gazetteer_is_a_one_line_error(tmp_path, runner):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"name": "X", "class": "Spaceship"}\n', encoding="utf-8")
    res = runner.invoke(main, ["build", str(tmp_path), "--store", str(tmp_path / "s"), "--no-output",
                               "--gazetteer", str(bad)])
    assert res.exit_code == 1
    assert "bad.jsonl:1" in res.output and "Traceback" not in res.output
