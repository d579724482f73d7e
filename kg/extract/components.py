"""spaCy pipeline components registered by the project."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("kg_paragraphs", requires=[], assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence (headlines and captions have no full stop).

    Runs before the parser, which keeps sentence starts that are already set.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    # and a sentence never starts where nothing ended it: the parser sometimes cuts
    # "Florida Attorney | General Ashley Moody sent ..." in two
    for token in doc[1:]:
        if token.is_sent_start is None and not token.is_space and not _can_follow_end(doc, token.i):
            token.is_sent_start = False
        elif token.is_sent_start is None and _after_abbreviated_name_end(doc, token.i):
            token.is_sent_start = True
    return doc


_NAME_ABBREVIATIONS = {"Corp.", "Inc.", "Ltd.", "Co.", "L.L.C.", "Jr.", "Sr."}
_TITLE_WORDS = {"ceo", "chief", "president", "chairman", "chairwoman", "chair", "founder", "co-founder",
                "spokesperson", "spokesman", "spokeswoman", "executive", "board", "shares", "stock"}


def _after_abbreviated_name_end(doc: Doc, i: int) -> bool:
    """"... run by Elon Musk's X Corp. YouTube, owned by ..." - the tokenizer keeps "Corp."
    whole, so nothing marks the full stop: a capitalised word after it starts a sentence."""
    prev, tok = doc[i - 1], doc[i]
    return (
        prev.text in _NAME_ABBREVIATIONS
        and not prev.whitespace_ == ""
        and tok.text[:1].isupper()
        and tok.lower_ not in _TITLE_WORDS
        and i + 1 < len(doc)
        and (doc[i + 1].text in (",", "'s", "’s") or doc[i + 1].pos_ in ("VERB", "AUX") or doc[i + 1].is_lower)
    )


_ENDERS = (".", "!", "?", "…", ":", ";")
_CLOSERS = {'"', "'", "”", "’", ")", "]", "»"}


def _can_follow_end(doc: Doc, i: int) -> bool:
    j = i - 1
    while j >= 0 and doc[j].is_space:
        if "\n" in doc[j].text:
            return True
        j -= 1
    while j >= 0 and doc[j].text in _CLOSERS:
        j -= 1
    return j >= 0 and doc[j].text.endswith(_ENDERS)


@Language.factory("kg_entity_ruler", assigns=["doc.ents"])
def make_entity_ruler(nlp: Language, name: str):
    """spaCy's EntityRuler loaded with the gazetteer and pattern files in ``kg/data/``."""
    from spacy.pipeline import EntityRuler

    from kg.extract.lexicon import ruler_patterns

    ruler = EntityRuler(nlp, name=name, overwrite_ents=False, phrase_matcher_attr="ORTH")
    ruler.add_patterns(ruler_patterns())
    return ruler
