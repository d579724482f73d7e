"""spaCy pipeline components registered by the project."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp import TITLE_ABBREVIATIONS as SPLIT_TITLE_ABBREVIATIONS


@Language.component("kg_paragraphs", requires=[], assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence (headlines and captions have no full stop).

    Runs before the parser, which keeps sentence starts that are already set.
    """
    toks = list(doc)  # one Token per word (indexing a Doc makes a new one each time)
    texts = [t.text for t in toks]
    breaks = [t.i + 1 for t in toks[:-1] if t.is_space and "\n" in texts[t.i]]
    for i in breaks:
        toks[i].is_sent_start = True
    # a dateline ("ANNAPOLIS, Md. (AP) — Maryland and Delaware sued ...") is no part of the
    # sentence: parsed with it, its first word became the subject of the verb
    for start in [0] + breaks:
        # a list item's bullet ("- The survey found ...") is no word of the sentence
        if start + 1 < len(doc) and doc[start].text in _BULLETS and not doc[start + 1].is_space:
            doc[start + 1].is_sent_start = True
            continue
        end = dateline_end(doc, start)
        if end is not None and end < len(doc) and not doc[end].is_space:
            doc[end].is_sent_start = True
            for t in doc[start + 1:end]:
                t.is_sent_start = False
    # and a sentence never starts where nothing ended it: the parser sometimes cuts
    # "Florida Attorney | General Ashley Moody sent ..." in two
    # (read from the array once and written back in one go: Token.is_sent_start asks the whole Doc
    # whether any sentence start is set on every get, and setting it asks again)
    starts = doc.to_array("SENT_START").astype("int64")
    for token in toks[1:]:
        i = token.i
        if starts[i] != 0:
            continue
        if texts[i - 1] in TITLE_ABBREVIATIONS and texts[i][:1].isupper():
            starts[i] = -1  # "Los Angeles City Atty. Hernán Villaseñor sued ...": a title, not an end
        elif not token.is_space and not _can_follow_end(toks, texts, i):
            starts[i] = -1
        elif texts[i - 1] in _NAME_ABBREVIATIONS and _after_abbreviated_name_end(doc, i):
            starts[i] = 1
    doc.from_array(["SENT_START"], starts.astype("uint64").reshape(-1, 1))
    return doc


_WIRES = {"Reuters", "AP", "AFP", "UPI", "Bloomberg", "Wire", "CNN", "dpa", "PTI", "IANS", "CP"}
_DASHES = ("—", "–", "-", "--")
_BULLETS = {"-", "–", "—", "•", "*", "·", "▪"}


def dateline_end(doc: Doc, start: int) -> int | None:
    """The token after the dash of a dateline opening a paragraph at ``start``
    ("SALT LAKE CITY —", "BRUSSELS, May 16 (Reuters) -"), or None."""
    for i in range(start, min(start + 14, len(doc))):
        tok = doc[i]
        if tok.text in _DASHES and i > start:
            words = [t for t in doc[start:i] if t.is_alpha]
            wire = any(t.text in _WIRES for t in doc[start:i])
            if words and ((doc[start].is_upper and len(doc[start].text) > 1) or wire):
                return i + 1
            return None
        if tok.is_space or (tok.is_punct and tok.text not in (",", "(", ")", ".", "/")):
            return None
    return None


_NAME_ABBREVIATIONS = {"Corp.", "Inc.", "Ltd.", "Co.", "L.L.C.", "Jr.", "Sr."}
# abbreviated titles before a name ("Atty. Gen. X", "Sen. Y", "Dr. Z"): never the end of a sentence
# (kg.nlp's are the ones the tokenizer is told to keep whole; spaCy keeps the others itself)
TITLE_ABBREVIATIONS = set(SPLIT_TITLE_ABBREVIATIONS) | {"Gen.", "Gov.", "Sen.", "Rep.", "Lt.", "Col.", "Capt.", "Dr.",
                                                        "Mr.", "Mrs.", "Ms.", "Prof.", "Hon."}
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


def _can_follow_end(toks: list, texts: list[str], i: int) -> bool:
    j = i - 1
    while j >= 0 and toks[j].is_space:
        if "\n" in texts[j]:
            return True
        j -= 1
    while j >= 0 and texts[j] in _CLOSERS:
        j -= 1
    return j >= 0 and texts[j].endswith(_ENDERS)


_GLUE = {"and", "&", ",", "the", "of", "'s", "’s"}


@Language.factory("kg_entity_ruler", assigns=["doc.ents"])
def make_entity_ruler(nlp: Language, name: str):
    """spaCy's EntityRuler loaded with the gazetteer and pattern files in ``kg/data/``."""
    from spacy.pipeline import EntityRuler

    from kg.extract.lexicon import ruler_patterns

    class GazetteerRuler(EntityRuler):
        """A known name wins over the statistical NER's pieces of it ("Character" of
        "Character.AI", "Google" of "Google Play"), never over an entity reaching beyond it."""

        def set_annotations(self, doc, matches):
            entities = list(doc.ents)
            taken: set[int] = set()
            for match_id, start, end in matches:  # longest first
                overlap = [e for e in entities if e.start < end and e.end > start]
                if any(i in taken for i in range(start, end)) or any(
                        any(t.lower_ not in _GLUE for t in doc[e.start:e.end] if not start <= t.i < end)
                        for e in overlap):
                    continue  # (an entity reaching beyond the name by more than "and"/"the" is NER's)
                label, ent_id = self._ent_ids[match_id] if match_id in self._ent_ids else (match_id, "")
                entities = [e for e in entities if not (e.start < end and e.end > start)]
                entities.append(Span(doc, start, end, label=label, span_id=ent_id))
                taken.update(range(start, end))
            doc.ents = entities

    ruler = GazetteerRuler(nlp, name=name, overwrite_ents=False, phrase_matcher_attr="ORTH")
    ruler.add_patterns(ruler_patterns())
    return ruler
