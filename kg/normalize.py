"""Text normalisation shared by entity keys, IRIs and the evaluator."""
from __future__ import annotations

import functools
import re
import unicodedata

_QUOTES = "\"'“”‘’`´«»"
_WS = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def clean_surface(text: str) -> str:
    """Surface form as a label: collapse white space, drop quotes, trailing
    punctuation and a possessive ending ("Meta’s" -> "Meta", "Fox News'" -> "Fox News")."""
    text = unicodedata.normalize("NFC", text)
    text = _WS.sub(" ", text).strip()
    text = text.strip(_QUOTES + " ,;:")
    text = _POSSESSIVE.sub(lambda m: "s" if m.group(0).startswith("s") else "", text)
    text = text.strip(_QUOTES + " ,;:")
    return text


def normalize_label(text: str) -> str:
    """The comparison form of the gold scoring rule: NFKC, case folding, accents
    stripped, white space collapsed, punctuation trimmed, a leading "the" dropped."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = strip_accents(text)
    text = _WS.sub(" ", text).strip()
    text = text.strip(" " + _QUOTES + ".,;:!?()[]{}-–—")
    if text.startswith("the "):
        text = text[4:]
    return text.strip()


@functools.lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    """Normalised name used for node identity (and in IRIs)."""
    return normalize_label(clean_surface(name))


def slug(text: str, limit: int = 80) -> str:
    """ASCII slug for IRIs and file names: stable, lower case, hyphenated."""
    text = strip_accents(unicodedata.normalize("NFKC", text)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:limit].strip("-") or "x"


LEGAL_SUFFIXES = {"inc", "inc.", "corp", "corp.", "llc", "l.l.c.", "ltd", "ltd.", "plc", "co.", "gmbh", "ag",
                  "s.a.", "sa", "oü", "n.v.", "b.v.", "pty", "pty.", "limited", "incorporated", "se", "ltda", "ltda.",
                  "s.r.l.", "srl", "s.p.a.", "k.k.", "asa", "oy", "nv", "bv", "s.a.s.", "sas", "pte", "pvt", "kk"}


def org_core(name: str) -> str:
    """A company name without its legal form: "Snap Inc." -> "Snap", "Brightloop Labs, Inc."
    -> "Brightloop Labs".  Names that are only a legal form stay as they are."""
    words = name.replace(",", " , ").split()
    while len(words) > 1 and (words[-1].lower() in LEGAL_SUFFIXES or words[-1] == ","):
        words.pop()
    core = " ".join(words).replace(" , ", ", ")
    return core if core and core != "," else name
