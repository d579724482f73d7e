"""Extraction: spaCy ``Doc`` -> mentions, entities, relations, evidence.

``extract_document`` is the entry point; the rule modules each cover one
part and are plain functions over spaCy objects:

- :mod:`kg.extract.components` - spaCy pipeline components (paragraph
  boundaries, the gazetteer entity ruler)
- :mod:`kg.extract.lexicon`    - rule data loaded from ``kg/data/``
- :mod:`kg.extract.mentions`   - entity mentions, typing, title splitting
- :mod:`kg.extract.resolve`    - aliases and coreference -> entities
- :mod:`kg.extract.statistics` - statistic spans and their values
- :mod:`kg.extract.relations`  - relation rules over the dependency parse
"""
from kg.extract.pipeline import extract_document, extract_documents

__all__ = ["extract_document", "extract_documents"]
