"""Paging (--limit/--offset, the default page of named queries, the notice on stderr),
parameters written into the query, and the entity lookup (index first, then a scan)."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest

from kg import query as q
from kg.cli import main
from kg.store import open_store

ALL_NAMED = sorted(q.named_queries())


def _values(rows) -> list[tuple]:
    return [tuple(q.term_text(t) for t in row) for row in rows]


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))[1:]


def _cli(runner, seed_build, *args):
    res = runner.invoke(main, ["query", *args, "--store", str(seed_build[0])], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res


# ---------------------------------------------------------------- --limit / --offset (CLI)

def test_limit_cuts_and_says_so_on_stderr_only(runner, seed_build):
    res = _cli(runner, seed_build, "--name", "relations-evidence", "--limit", "5", "--format", "csv")
    assert len(_csv_rows(res.stdout)) == 5
    assert "showing" not in res.stdout
    assert res.stderr.strip() == "showing rows 1–5; more follow: --offset 5 for the next page, --limit 0 for all"


def test_offset_gives_the_next_page_and_the_last_one_says_so(runner, seed_build, seed_store):
    total = len(q.run_named(seed_store, "relations-evidence", limit=0).rows)
    assert total > 10
    res = _cli(runner, seed_build, "--name", "relations-evidence", "--limit", "5", "--offset", "5", "--format", "csv")
    assert len(_csv_rows(res.stdout)) == 5
    assert res.stderr.strip().startswith("showing rows 6–10; more follow: --offset 10 ")
    res = _cli(runner, seed_build, "--name", "relations-evidence", "--limit", "5", "--offset", str(total - 2), "--format", "csv")
    assert len(_csv_rows(res.stdout)) == 2
    assert res.stderr.strip() == f"showing rows {total - 1}–{total} (the last)"
    res = _cli(runner, seed_build, "--name", "relations-evidence", "--offset", str(total + 3), "--format", "csv")
    assert _csv_rows(res.stdout) == []
    assert res.stderr.strip() == f"no rows after the first {total + 3}"


def test_limit_0_is_every_row_without_a_notice(runner, seed_build, seed_store):
    every = q.run(seed_store, q.get_named("relations-evidence").text)  # the API: all rows unless told
    res = _cli(runner, seed_build, "--name", "relations-evidence", "--limit", "0", "--format", "csv")
    assert len(_csv_rows(res.stdout)) == len(every.rows) > 5
    assert res.stderr == ""


def test_named_queries_show_a_default_page(runner, seed_build, monkeypatch):
    monkeypatch.setattr(q, "DEFAULT_LIMIT", 4)
    res = _cli(runner, seed_build, "--name", "relations-evidence", "--format", "json")
    assert len(json.loads(res.stdout)) == 4  # stdout stays valid JSON
    assert res.stderr.startswith("showing rows 1–4; more follow:")
    # a page that holds the whole answer: no notice
    res = _cli(runner, seed_build, "--name", "officials")
    assert res.stderr == "" and "(2 rows)" in res.stdout


def test_ad_hoc_queries_are_not_cut_unless_asked(runner, seed_build, monkeypatch):
    monkeypatch.setattr(q, "DEFAULT_LIMIT", 2)
    text = "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l"
    res = _cli(runner, seed_build, text, "--format", "csv")
    n = len(_csv_rows(res.stdout))
    assert n > 10 and res.stderr == ""
    res = _cli(runner, seed_build, text, "--format", "csv", "--limit", "3", "--offset", "1")
    rows = _csv_rows(res.stdout)
    assert len(rows) == 3 and "showing rows 2–4; more follow" in res.stderr
    # the page is a slice of the ordered answer
    full = _csv_rows(_cli(runner, seed_build, text, "--format", "csv").stdout)
    assert rows == full[1:4]


def test_negative_limit_is_a_usage_error(runner, seed_build):
    res = runner.invoke(main, ["query", "--name", "officials", "--limit", "-1", "--store", str(seed_build[0])])
    assert res.exit_code == 2


# ---------------------------------------------------------------- pages (API)

@pytest.mark.parametrize("name", ALL_NAMED)
def test_pages_partition_the_answer(seed_store, name):
    """Every page of every named query, in turn: together exactly the whole answer."""
    params = {"entity": "Meta"} if "entity" in q.get_named(name).params else {}
    whole = q.run_named(seed_store, name, params, limit=0)
    assert not whole.more and whole.rows
    got: Counter = Counter()
    offset, pages = 0, 0
    while True:
        page = q.run_named(seed_store, name, params, limit=2, offset=offset)
        assert len(page.rows) <= 2
        got.update(_values(page.rows))
        offset += len(page.rows)
        pages += 1
        if not page.more:
            break
    assert got == Counter(_values(whole.rows))
    assert pages == max(1, -(-len(whole.rows) // 2))


@pytest.mark.parametrize("name", ALL_NAMED)
def test_pages_are_the_same_each_time(seed_build, name):
    params = {"entity": "Meta"} if "entity" in q.get_named(name).params else {}
    seen = []
    for _ in range(2):
        with open_store(seed_build[0], read_only=True) as st:
            seen.append(_values(q.run_named(st, name, params, limit=3, offset=1).rows))
    assert seen[0] == seen[1]


def test_a_page_is_sorted_and_a_whole_answer_fits_sorted(seed_store):
    """Named queries sort each page (cut from index order at their # @page mark)."""
    for limit in (0, 2):
        rows = _values(q.run_named(seed_store, "who-sued-whom", limit=limit).rows)
        keys = [(r[0], r[1], r[3]) for r in rows]
        assert keys == sorted(keys)


def test_the_querys_own_limit_and_offset_are_kept(seed_store):
    text = "SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l LIMIT 5 OFFSET 2"
    whole = _values(q.run(seed_store, text).rows)
    assert len(whole) == 5
    first = q.run(seed_store, text, limit=3)
    assert _values(first.rows) == whole[:3] and first.more
    second = q.run(seed_store, text, limit=3, offset=3)
    assert _values(second.rows) == whole[3:] and not second.more
    assert q.run(seed_store, text, limit=3, offset=9).rows == []


def test_page_query_text():
    p = q.page_query("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 7 } } LIMIT 50 OFFSET 10", 20, 30)
    assert p.text.startswith("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 7 } }")  # subquery untouched
    assert "LIMIT 20 OFFSET 40" in p.text and "LIMIT 50" not in p.text
    p = q.page_query("SELECT * WHERE { ?s ?p ?o }\n# the end", 10)
    assert p.text.index("LIMIT 11") < p.text.index("# the end")  # not inside the last comment
    p = q.page_query('SELECT * WHERE { ?s ?p "LIMIT 3" } VALUES ?s { <http://x/a> }', 10)
    assert p.text.index("LIMIT 11") < p.text.index("VALUES") and '"LIMIT 3"' in p.text
    assert q.page_query("ASK { ?s ?p ?o }", 10).text == "ASK { ?s ?p ?o }"
    assert q.page_query("SELECT * WHERE { ?s ?p ?o }", None).text == "SELECT * WHERE { ?s ?p ?o }"


def test_construct_pages_count_triples(seed_store):
    text = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }"
    every = q.run(seed_store, text).triples
    page = q.run(seed_store, text, limit=4, offset=2)
    assert len(page.triples) == 4 and page.more and len(every) > 6
    assert page.notice().startswith("showing triples 3–6; more follow")


# ---------------------------------------------------------------- parameters in the text

def test_dollar_names_inside_strings_iris_and_comments_are_not_parameters(seed_store):
    text = ('SELECT ?lit ?iri ?val WHERE {  # $x in a comment\n'
            '  BIND("costs $x" AS ?lit) BIND(<http://example.org/$x> AS ?iri) BIND($x AS ?val) }')
    assert q.query_params(text) == ["x"]
    bound = q.bind_params(text, {"x": "Meta"})
    assert '"costs $x"' in bound and "<http://example.org/$x>" in bound and "# $x in a comment" in bound
    assert 'BIND("Meta" AS ?val)' in bound
    row = _values(q.run(seed_store, text, {"x": "Meta"}).rows)
    assert row == [("costs $x", "http://example.org/$x", "Meta")]


def test_a_parameter_value_cannot_escape_its_literal(seed_store):
    evil = 'x" } } SELECT * WHERE { ?s ?p ?o } #'
    res = q.run(seed_store, "SELECT ?v WHERE { BIND($x AS ?v) }", {"x": evil})
    assert _values(res.rows) == [(evil,)]


def test_a_projected_parameter_stays_a_variable(seed_store):
    res = q.run(seed_store, "SELECT $x ?n WHERE { ?e rdfs:label $x ; rdfs:label ?n }", {"x": "Meta"})
    assert res.variables == ["x", "n"] and _values(res.rows) == [("Meta", "Meta")]


# ---------------------------------------------------------------- entity lookup

@pytest.mark.parametrize("name", ["Meta", "meta", "META", "mETA", "  Meta "])
def test_entity_names_match_in_any_case(seed_store, name):
    rows = _values(q.run_named(seed_store, "entity", {"entity": name}, limit=0).rows)
    assert ("attribute", "label", "Meta", "", "") in rows
    assert rows == _values(q.run_named(seed_store, "entity", {"entity": "Meta"}, limit=0).rows)


def test_entity_by_alias_and_by_iri(runner, seed_build, seed_store):
    by_alias = _values(q.run_named(seed_store, "entity", {"entity": "ZUCKERBERG"}, limit=0).rows)
    assert ("attribute", "label", "Mark Zuckerberg", "", "") in by_alias
    assert ("attribute", "altLabel", "Zuckerberg", "", "") in by_alias
    iri = q.resolve_entity(seed_store, "zuckerberg")
    assert iri == ["https://w3id.org/newskg/id/person/mark-zuckerberg"]
    for written in (iri[0], f"<{iri[0]}>", "kgr:person/mark-zuckerberg"):
        assert _values(q.run_named(seed_store, "entity", {"entity": written}, limit=0).rows) == by_alias
    res = _cli(runner, seed_build, "--name", "entity", "--param", "entity=zuckerberg", "--format", "csv", "--limit", "3")
    assert len(_csv_rows(res.stdout)) == 3 and "more follow" in res.stderr


def test_unknown_entity_is_no_rows_and_a_note(runner, seed_build):
    res = _cli(runner, seed_build, "--name", "entity", "--param", "entity=Nobody Inc.", "--format", "csv")
    assert _csv_rows(res.stdout) == []
    assert res.stderr.strip() == "no entity is named 'Nobody Inc.' (names and aliases, any case)"


@pytest.fixture
def odd_names():
    """A memory store: one name on two entities, a name no casing variant reaches."""
    st = open_store("memory")
    r = "https://w3id.org/newskg/id/"
    st.update(f"""
        PREFIX kg: <https://w3id.org/newskg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        INSERT DATA {{
          <{r}company/acme> a kg:Company ; rdfs:label "Acme" .
          <{r}platform/acme> a kg:Platform ; rdfs:label "Acme" .
          <{r}platform/iphone> a kg:Platform ; rdfs:label "iPhone" ; skos:altLabel "the iPhone" .
          <{r}doc/d> a kg:Document ; kg:fileName "d.txt" .
          <{r}assertion/1> a kg:Assertion ; rdf:subject <{r}company/acme> ; rdf:predicate kg:owns ;
             rdf:object <{r}platform/iphone> ; kg:evidence "Acme owns the iPhone." ; prov:wasDerivedFrom <{r}doc/d> .
        }}""")
    yield st
    st.close()


def test_one_name_two_entities(odd_names):
    assert q.resolve_entity(odd_names, "ACME") == [
        "https://w3id.org/newskg/id/company/acme", "https://w3id.org/newskg/id/platform/acme"]
    res = q.run_named(odd_names, "entity", {"entity": "acme"})
    rows = _values(res.rows)
    # (no ontology in this store: the classes have no label)
    assert ("attribute", "type", "kg:Company", "", "") in rows and ("attribute", "type", "kg:Platform", "", "") in rows
    assert ("out", "owns", "iPhone", "Acme owns the iPhone.", "d.txt") in rows
    assert res.notes == ["'acme' names 2 entities (kgr:company/acme, kgr:platform/acme): "
                         "the rows are about all of them; --param entity=IRI picks one"]


def test_casing_no_variant_reaches_falls_back_to_a_scan(odd_names):
    assert "iPhone" not in q.name_variants("IPHONE")
    assert q.resolve_entity(odd_names, "IPHONE") == ["https://w3id.org/newskg/id/platform/iphone"]
    assert q.resolve_entity(odd_names, "THE IPHONE") == ["https://w3id.org/newskg/id/platform/iphone"]
    rows = _values(q.run_named(odd_names, "entity", {"entity": "iphone"}).rows)
    assert ("in", "owns", "Acme", "Acme owns the iPhone.", "d.txt") in rows


def test_name_variants():
    assert q.name_variants("mark zuckerberg") == ["mark zuckerberg", "MARK ZUCKERBERG", "Mark Zuckerberg", "Mark zuckerberg"]
    assert all(v.lower() == "straße" for v in q.name_variants("Straße"))  # no 'STRASSE'
