"""kg.graph.ntriples writes what rdflib's N-Triples serializer writes (it is the build's fast path)."""
from __future__ import annotations

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.graph import ntriples

S, P = URIRef("https://example.org/s"), URIRef("https://example.org/p")


def _same(triples) -> bool:
    g = Graph()
    for t in triples:
        g.add(t)
    ours = set(ox.parse(ntriples(triples).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    theirs = set(ox.parse(g.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    return ours == theirs


def test_hostile_and_typed_literals():
    triples = [
        (S, P, Literal('He said "no" \\ then\nleft\r\nagain')),
        (S, P, Literal("<script>alert(1)</script> é ✓ 𝄞")),
        (S, P, Literal("chat", lang="fr")),
        (S, P, Literal(12)),
        (S, P, Literal("3.50", datatype=XSD.decimal)),
        (S, P, Literal("2024-05-01", datatype=XSD.date)),
        (S, P, URIRef("https://example.org/o")),
    ]
    assert _same(triples)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_text_literal(text):
    assert _same([(S, P, Literal(text))])
