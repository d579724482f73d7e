"""kg - an offline knowledge-graph builder for news investigations.

The stages, each a module: :mod:`kg.ingest` (files -> documents),
:mod:`kg.extract` (spaCy -> entities, relations, evidence), :mod:`kg.graph`
(RDF under ``ontology/kg.ttl``), :mod:`kg.store`, :mod:`kg.query`,
:mod:`kg.render`, :mod:`kg.export`; :mod:`kg.api` ties them together and
:mod:`kg.cli` is a thin command line over it.
"""

__version__ = "0.1.0"
