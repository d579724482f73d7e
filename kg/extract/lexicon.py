"""Rule data: gazetteer, role titles, organisation head words, relation triggers.

All of it lives in ``kg/data/`` as JSONL/TSV/JSON so that users can read and
extend it without touching code.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.normalize import entity_key


def _data_text(name: str) -> str:
    return resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    cls: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    # who owns it, when the gazetteer says: a name, or "" for a business no other company owns
    # (its namesake aside); None when the gazetteer does not say.  Vetoes "Apple's App Store
    # and Google Play" read as Apple owning Google Play.
    owner: str | None = None


@dataclass(frozen=True)
class Role:
    phrase: tuple[str, ...]  # lower-case tokens
    role: str
    cls: str  # Official or Person
    executive: bool = False
    needs_body: bool = False
    only_with_of: bool = False  # "the head of WhatsApp": a title only before "of <organisation>"


_EXTRA_GAZETTEERS: list[Path] = []


def add_gazetteer(path: str | Path) -> None:
    """Add a user gazetteer file (same JSONL format as ``kg/data/gazetteer.jsonl``)."""
    path = Path(path)
    if path not in _EXTRA_GAZETTEERS:
        _EXTRA_GAZETTEERS.append(path)
        gazetteer.cache_clear()
        gazetteer_by_id.cache_clear()
        gazetteer_index.cache_clear()
        gazetteer_by_length.cache_clear()
        gazetteer_places.cache_clear()


@functools.lru_cache(maxsize=1)
def gazetteer() -> tuple[GazetteerEntry, ...]:
    # countries and provinces first: the gazetteer proper and a user's files override them
    rows = _jsonl(_data_text("places.jsonl")) + _jsonl(_data_text("gazetteer.jsonl"))
    for path in _EXTRA_GAZETTEERS:
        rows.extend(_jsonl(path.read_text(encoding="utf-8")))
    entries = {}
    for row in rows:  # later files override earlier entries of the same name
        entry = GazetteerEntry(
            name=row["name"],
            cls=row["class"],
            aliases=tuple(row.get("aliases", ())),
            wikidata=row.get("wikidata") or None,
            owner=("" if row["owner"] is None else row["owner"]) if "owner" in row else None,
        )
        entries[entity_key(entry.name)] = entry
    return tuple(entries.values())


@functools.lru_cache(maxsize=1)
def gazetteer_places() -> frozenset[str]:
    """The names of the gazetteer's places ("Paraguay", "Gauteng")."""
    return frozenset(e.name for e in gazetteer() if e.cls == "Place")


@functools.lru_cache(maxsize=1)
def gazetteer_by_id() -> dict[str, GazetteerEntry]:
    """Normalised canonical name (a cluster's ``gazetteer_id``) -> entry."""
    return {entity_key(entry.name): entry for entry in gazetteer()}


@functools.lru_cache(maxsize=1)
def gazetteer_index() -> dict[str, GazetteerEntry]:
    """Normalised name or alias -> entry."""
    index: dict[str, GazetteerEntry] = {}
    for entry in gazetteer():
        for surface in (entry.name, *entry.aliases):
            index.setdefault(entity_key(surface), entry)
    return index


def ruler_patterns() -> list[dict]:
    """EntityRuler phrase patterns (case-sensitive) for every gazetteer name and alias."""
    patterns = []
    for entry in gazetteer():
        for surface in (entry.name, *entry.aliases):
            patterns.append({"label": entry.cls, "pattern": surface, "id": entity_key(entry.name)})
    return patterns


@functools.lru_cache(maxsize=1)
def roles() -> dict[tuple[str, ...], Role]:
    out = {}
    for row in _jsonl(_data_text("roles.jsonl")):
        phrase = tuple(row["phrase"].lower().replace("-", " - ").replace("'s", " 's").split())
        out[phrase] = Role(
            phrase=phrase,
            role=row["role"],
            cls=row["class"],
            executive=bool(row.get("executive")),
            needs_body=bool(row.get("needs_body")),
            only_with_of=bool(row.get("only_with_of")),
        )
    return out


@functools.lru_cache(maxsize=1)
def gazetteer_by_length() -> dict[int, list]:
    """Gazetteer entries as (lower-case name, entry) by name length: a possible misspelling
    is compared with the names of its length +-1 only."""
    out: dict[int, list] = {}
    for e in gazetteer():
        out.setdefault(len(e.name), []).append((e.name.lower(), e))
    return out


@functools.lru_cache(maxsize=1)
def gazetteer_by_edge() -> dict[tuple[int, str, str], list]:
    """Gazetteer entries as (lower-case name, entry) by (length, "first"/"last", two characters):
    in a name of five characters or more, one edit keeps its first two or its last two
    characters, so a possible misspelling is compared with the names of its length +-1 that
    share one of them."""
    out: dict[tuple[int, str, str], list] = {}
    for n, entries in gazetteer_by_length().items():
        for name, e in entries:
            if name:
                out.setdefault((n, "first", name[:2]), []).append((name, e))
                out.setdefault((n, "last", name[-2:]), []).append((name, e))
    return out


@functools.lru_cache(maxsize=1)
def role_max_len() -> int:
    return max(len(p) for p in roles())


@functools.lru_cache(maxsize=1)
def role_edge_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last words of the role phrases: a cheap test before a lookup."""
    return frozenset(p[0] for p in roles()), frozenset(p[-1] for p in roles())


def _tsv_rows(name: str, width: int) -> list[list[str]]:
    """Rows of a tab-separated data file (blank lines and # comments skipped), padded to ``width``."""
    rows = []
    for line in _data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append((line.split("\t") + [""] * width)[:width])
    return rows


@functools.lru_cache(maxsize=1)
def type_cues() -> dict[str, dict[str, str]]:
    """kg/data/type_cues.json as cue kind -> lemma -> class."""
    raw = json.loads(_data_text("type_cues.json"))
    out: dict[str, dict[str, str]] = {}
    for kind, by_class in raw.items():
        if kind.startswith("_"):
            continue
        table = out.setdefault(kind, {})
        for cls, lemmas in by_class.items():
            for lemma in lemmas:
                table.setdefault(lemma, cls)
    return out


@functools.lru_cache(maxsize=1)
def org_heads() -> dict[str, str]:
    return {word.strip().lower(): cls.strip() for word, cls in _tsv_rows("org_heads.tsv", 2)}


@functools.lru_cache(maxsize=1)
def triggers() -> dict[str, frozenset[str]]:
    raw = json.loads(_data_text("relations.json"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


@functools.lru_cache(maxsize=1)
def demonym_places() -> frozenset[str]:
    """The places of the demonym table ("United Kingdom", "South Korea")."""
    return frozenset(demonyms().values())


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[tuple[str, ...], str]:
    """"Philippine" -> "Philippines", ("south", "korean") -> "South Korea"."""
    return {tuple(d.lower().split()): place for d, place in _tsv_rows("demonyms.tsv", 2) if place}


@functools.lru_cache(maxsize=1)
def state_abbreviations() -> dict[str, str]:
    """"Tenn." / "TN" / "Tennessee" -> "Tennessee" (US states, for "(R-Tenn.)")."""
    out = {}
    for name, postal, ap in _tsv_rows("us_states.tsv", 3):
        for form in [name, postal, *ap.split(",")]:
            if form.strip():
                out[form.strip()] = name
    return out
