"""Event dates: a date in the evidence sentence, resolved against the document date.

News text dates events relative to its own publication: "Moody sent a letter
Monday", "In October, Meta was sued", "last week".  :func:`event_date` takes
the sentence (a spaCy ``Span``; its DATE and TIME entities are used) or the
date entities themselves, and the document's date, and returns an ISO 8601
date at the precision of the text, or ``None`` when there is no date or it is
ambiguous:

=====================  ============================  =====================
text                   document date 2023-12-07      precision
=====================  ============================  =====================
"Monday" (past tense)  2023-12-04                    day (``YYYY-MM-DD``)
"yesterday"            2023-12-06                    day
"Dec. 5, 2023"         2023-12-05                    day (no document date needed)
"last week"            2023-W48                      ISO week (``YYYY-Www``)
"In October"           2023-10                       month (``YYYY-MM``)
"in 2022"              2022                          year (``YYYY``)
=====================  ============================  =====================

Rules for relative dates: "last"/"next" fix the direction; otherwise the
tense of the verb the date modifies does (past: the latest such day or month
on or before the document date; future, "will ...": the first on or after);
a bare weekday or month in a present-tense sentence is ambiguous (``None``).
Deadlines and spans ("by Sept. 5", "since 2000", "from 2019 to 2022") are not
event dates; durations and ages ("three years", "13-year-old") are ignored.
When the sentence holds two different resolved dates the answer is ``None``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
# words before a date that make it a deadline or one end of a span, not the event's date
NOT_EVENT = {"by", "until", "till", "before", "since", "after", "from", "through", "to", "between", "within"}
FUTURE_WORDS = {"will", "shall", "'ll", "wo"}
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

_RE_WEEKDAY = re.compile(rf"^(?:(last|next|this|on|early|late)\s+)?({_WEEKDAY}){_PART_OF_DAY}$")
_RE_DEICTIC = re.compile(r"^(?:earlier\s+|later\s+)?(today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening)$")
_RE_PERIOD = re.compile(r"^(last|this|next|past)\s+(week|month|year)$")
_RE_MONTH = re.compile(rf"^(?:(last|next|this|in|early|late|mid|mid-)\s*)?({_MONTH})$")
_RE_MONTH_YEAR = re.compile(rf"^(?:(?:early|late|mid|mid-)\s*)?({_MONTH})\s+(?:of\s+)?(\d{{4}})$")
_RE_MONTH_DAY = re.compile(rf"^(?:(?:{_WEEKDAY})\s+)?({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(\d{{4}}))?$")
_RE_DAY_MONTH = re.compile(rf"^(?:(?:{_WEEKDAY})\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})(?:\s+(\d{{4}}))?$")
_RE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_RE_YEAR = re.compile(r"^(?:in\s+|during\s+)?((?:19|20)\d{2})$")


def event_date(sentence_or_ents, document_date: str | date | None) -> str | None:
    """The ISO date (day, ``YYYY-Www``, ``YYYY-MM`` or ``YYYY``) of the event a sentence
    states, from its DATE/TIME entities resolved against ``document_date``; ``None`` when
    there is none or it is ambiguous.

    ``sentence_or_ents`` is a spaCy ``Span`` (a sentence) or an iterable of entity spans.
    """
    ents = _date_ents(sentence_or_ents)
    ref = _as_date(document_date)
    found = set()
    for ent in ents:
        iso = resolve(ent, ref)
        if iso is not None:
            found.add(iso)
    return found.pop() if len(found) == 1 else None


# kept short for callers: kg.extract.pipeline uses ``resolve_date``
resolve_date = event_date


def _date_ents(obj) -> list:
    if hasattr(obj, "ents") and hasattr(obj, "start"):  # a Span
        return [e for e in obj.ents if e.label_ in ("DATE", "TIME")]
    if isinstance(obj, Iterable):
        return [e for e in obj if getattr(e, "label_", "DATE") in ("DATE", "TIME")]
    return []


def _as_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace(",", " ").replace(".", " ")
    text = re.sub(r"^(?:the|on)\s+", "", text.strip())
    return " ".join(text.split())


def _tense(ent) -> str | None:
    """past, future or None, from the verb the date entity modifies."""
    sent = ent.sent
    tok = ent.root
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        tok = sent.root
    words = {t.lower_ for t in sent}
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in FUTURE_WORDS for c in aux) or tok.lower_ in FUTURE_WORDS:
        return "future"
    if any(c.lower_ == "going" for c in aux) or ("going" in words and "to" in words and tok.tag_ == "VB"):
        return "future"
    if tok.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return "past"
    if tok.tag_ == "VBN" and any(c.lemma_ == "have" for c in aux):
        return "past"  # present perfect: "has filed"
    return None


def _preceding_word(ent) -> str:
    doc = ent.doc
    return doc[ent.start - 1].lower_ if ent.start > 0 else ""


def _iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve(ent, ref: date | None) -> str | None:
    """One DATE/TIME entity -> ISO date at its precision, or ``None``."""
    if _preceding_word(ent) in NOT_EVENT:
        return None
    text = _normalise(ent.text)
    if not text or any(w in NOT_EVENT for w in text.split()[:1]):
        return None

    # absolute dates need no reference
    m = _RE_ISO.match(text)
    if m:
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return d.isoformat() if d else None
    m = _RE_MONTH_DAY.match(text) or _RE_DAY_MONTH.match(text)
    if m:
        if m.re is _RE_MONTH_DAY:
            month, day, year = MONTHS[m[1]], int(m[2]), m[3]
        else:
            day, month, year = int(m[1]), MONTHS[m[2]], m[3]
        if year:
            d = _safe_date(int(year), month, day)
            return d.isoformat() if d else None
        return _month_day(month, day, ref, _tense(ent))
    m = _RE_MONTH_YEAR.match(text)
    if m:
        return f"{int(m[2]):04d}-{MONTHS[m[1]]:02d}"
    m = _RE_YEAR.match(text)
    if m:
        # a bare year only as "in 2022" (not "2022 CyberTipline", "Since 2000")
        if text.startswith(("in ", "during ")) or _preceding_word(ent) in ("in", "during"):
            return m[1]
        return None

    if ref is None:
        return None
    m = _RE_DEICTIC.match(text)
    if m:
        shift = {"yesterday": -1, "tomorrow": 1}.get(m[1], 0)
        return (ref + timedelta(days=shift)).isoformat()
    m = _RE_PERIOD.match(text)
    if m:
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[m[1]]
        if m[2] == "week":
            return _iso_week(ref + timedelta(weeks=step))
        if m[2] == "month":
            y, mo = _shift_month(ref.year, ref.month, step)
            return f"{y:04d}-{mo:02d}"
        return f"{ref.year + step:04d}"
    m = _RE_WEEKDAY.match(text)
    if m:
        return _weekday(WEEKDAYS[m[2]], m[1], ref, _tense(ent))
    m = _RE_MONTH.match(text)
    if m:
        return _month(MONTHS[m[2]], m[1], ref, _tense(ent))
    return None


def _weekday(wd: int, modifier: str | None, ref: date, tense: str | None) -> str | None:
    back = (ref.weekday() - wd) % 7  # days since the latest such weekday on or before ref
    ahead = (wd - ref.weekday()) % 7  # days to the first on or after ref
    if modifier == "last":
        return (ref - timedelta(days=back or 7)).isoformat()
    if modifier == "next":
        return (ref + timedelta(days=ahead or 7)).isoformat()
    if tense == "past":
        return (ref - timedelta(days=back)).isoformat()
    if tense == "future":
        return (ref + timedelta(days=ahead)).isoformat()
    return None


def _month(month: int, modifier: str | None, ref: date, tense: str | None) -> str | None:
    if modifier == "last":
        direction = "past"
    elif modifier == "next":
        direction = "future"
    elif month == ref.month and modifier == "this":
        return f"{ref.year:04d}-{month:02d}"
    else:
        direction = tense
    if direction == "past":
        year = ref.year if month <= ref.month else ref.year - 1
        if modifier == "last" and month == ref.month:
            year = ref.year - 1
    elif direction == "future":
        year = ref.year if month >= ref.month else ref.year + 1
        if modifier == "next" and month == ref.month:
            year = ref.year + 1
    else:
        return None
    return f"{year:04d}-{month:02d}"


def _month_day(month: int, day: int, ref: date | None, tense: str | None) -> str | None:
    if ref is None:
        return None
    this_year = _safe_date(ref.year, month, day)
    if this_year is None:
        return None
    if tense == "past":
        d = this_year if this_year <= ref else _safe_date(ref.year - 1, month, day)
    elif tense == "future":
        d = this_year if this_year >= ref else _safe_date(ref.year + 1, month, day)
    else:
        # no tense: only when the day is close to the document date (within a month)
        d = this_year if abs((this_year - ref).days) <= 31 else None
    return d.isoformat() if d else None


__all__ = ["event_date", "resolve", "resolve_date"]
