"""Statistics: quantitative claims in a sentence, as spans with a value and a unit.

A statistic is a number (cardinal, percent, money, quantity) that is not a
date, an age or part of a name, expanded to the noun phrase it counts
("32 million reports"), or to its whole clause when that noun phrase is the
clause's subject ("53% of traffickers use the internet ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.symbols import NUM
from spacy.tokens import Span, Token

NUMBER_LABELS = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "hundred": 1e2, "dozen": 12,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}  # Indian English: "₹312 crore", "1.1 lakh"
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
MAX_CLAUSE_TOKENS = 40
AGE_WORDS = {"age", "ages", "aged", "grade", "grades", "grader", "graders"}
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SPACED_THOUSANDS = re.compile(r"\D{0,3} ?\d{1,3}(?: \d{3})*")  # what comes before the next group of three
_NAME_WITH_DIGITS = re.compile(r"^\d+[A-Z][a-z]+")  # "3News", not "4.2bn" or "38mn"


@dataclass
class Stat:
    start: int
    end: int
    text: str
    value: float | None
    unit: str
    number: Token  # the number's syntactic root
    head: Token  # the noun it counts (or the number itself)
    measures: str | None


def is_amount(text: str) -> bool:
    """"$4.2bn", "KSh2.3bn", "GH¢1.9", "N41.6bn": one token that is a sum of money."""
    return (text[:1] in _CURRENCY_STARTS and CURRENCY_PREFIX.match(text) is not None) \
        or _LETTER_AMOUNT.match(text) is not None


_FOLD = re.compile(r"^(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)-?fold$")  # "fivefold", "10-fold"


def _number(tok: Token) -> float | None:
    fold = _FOLD.match(tok.lower_)
    if fold:
        word = fold.group(1)
        return float(word) if word.isdigit() else float(WORD_NUMBERS[word])
    m = _NUM.search(tok.text)
    if m:
        return float(m.group(0).replace(",", ""))
    return float(WORD_NUMBERS[tok.lower_]) if tok.lower_ in WORD_NUMBERS else None


def parse_value(tokens: list[Token]) -> tuple[float | None, str]:
    words = [t.lower_ for t in tokens]
    if words and words[-1] in FRACTIONS and not any(_NUM.search(t.text) for t in tokens):
        share = {"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0}[words[-1]]
        times = next(({"two": 2, "three": 3}[w] for w in words if w in ("two", "three")), 1)
        return round(share * times, 2), "percent"
    for sep in ("in", "out"):
        if sep in words and 0 < words.index(sep) < len(words) - 1:
            # "1 in 5" -> 20 percent
            a, b = _number(tokens[words.index(sep) - 1]), _number(tokens[-1])
            if a is not None and b:
                return round(100 * a / b, 2), "percent"
    unit = "count"
    value: float | None = None
    scale = 1.0
    prev: Token | None = None
    for t in tokens:
        low = t.lower_
        if low in ("%", "percent", "per", "cent"):
            unit = "percent"
        elif _FOLD.match(low):
            unit = "times"
        elif low in ("$", "£", "€", "₹", "dollars", "usd", "pounds", "euros", "rupees", "rand", "reais") or t.text in CURRENCY_CODES \
                or t.text.startswith(("$", "£", "€", "₹")) or is_amount(t.text):
            unit = "money"
        if low in SCALES:
            scale *= SCALES[low]
        elif low in GLUED_SCALES and t.i > 0 and not t.doc[t.i - 1].whitespace_:
            scale *= GLUED_SCALES[low]
        if value is None:
            value = _number(t)
        elif prev is not None and prev.whitespace_ == " " and re.fullmatch(r"\d{3}", t.text) \
                and _SPACED_THOUSANDS.fullmatch(t.doc[tokens[0].i:t.i].text):
            value = value * 1000 + int(t.text)  # "1 412", "R 12 500": thousands set off by a space
        prev = t
        scale_suffix = GLUED_SCALE.match(low)
        if scale_suffix:
            scale *= GLUED_SCALES[scale_suffix.group(1)]
    if value is not None:
        value *= scale
    return value, unit


def _is_year(tokens: list[Token]) -> bool:
    return len(tokens) == 1 and re.fullmatch(r"(1[89]|20)\d\d", tokens[0].text) is not None


TIME_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "decade", "decades",
              "minute", "minutes", "quarter", "quarters", "-", "–", "/", "percent", "%"}


def _count_in_date(t: Token) -> bool:
    """"up from 29 five years earlier", "up from 498 the year before": NER takes the count into
    the date after it; a number opening a date without a time unit after it is a count."""
    doc = t.doc
    if t.ent_type_ != "DATE" or t.shape_ == "dddd" or t.i + 1 >= len(doc):
        return False
    s0 = t.i  # "up from about 1,900 two years earlier": a qualifier may open the date
    while s0 > 0 and doc[s0].ent_iob_ == "I" and doc[s0 - 1].lower_ in ("about", "around", "roughly", "nearly", "some",
                                                                          "approximately", "almost", "just"):
        s0 -= 1
    return doc[s0].ent_iob_ == "B" and s0 >= 1 and doc[s0 - 1].lower_ in ("from", "with", "to", "than") \
        and doc[t.i + 1].ent_type_ == "DATE" and doc[t.i + 1].ent_iob_ == "I" \
        and doc[t.i + 1].lower_ not in TIME_UNITS and not doc[t.i + 1].is_title


DURATION_UNITS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                  "month", "months", "year", "years"}
_LIMIT_WORDS = {"limit", "cap", "maximum", "must", "allow", "require", "permit", "restrict", "could", "would", "will"}
_TIME_USE_VERBS = {"spend", "use", "watch", "play", "sleep", "scroll", "stream", "browse", "game", "average"}
_RATE_AFTER = {("a", "day"), ("a", "week"), ("a", "night"), ("a", "month"), ("per", "day"), ("per", "week"),
               ("each", "day"), ("every", "day"), ("each", "week"), ("every", "week"), ("on", "average")}


def _duration_stat(ent: Span) -> bool:
    """"an average of 4.8 hours a day", "a median of 19 hours", "spent 74 minutes a day", "an
    incident every 11 minutes": a duration NER tags as a time is a finding when it is an average,
    a rate of time use or a frequency (not "within 24 hours" or "for three years")."""
    doc = ent.doc
    if not any(t.like_num for t in ent) or not any(t.lower_ in DURATION_UNITS for t in ent):
        return False
    inside = [t.lower_ for t in ent]
    if ent[0].lower_ == "every" or (ent.start >= 1 and doc[ent.start - 1].lower_ == "every"):
        return False  # a schedule ("trains run every five minutes", "every two years")
    context = [t.lemma_.lower() for t in doc[max(ent.start - 8, ent.sent.start):ent.start]]
    if any(w in _LIMIT_WORDS for w in context) or "up" in inside:
        return False  # "EU rules limit workers to an average of 48 hours a week", "up to 12 hours a day": a limit
    before = [t.lower_ for t in doc[max(ent.start - 4, 0):ent.start]]
    if any(w in ("average", "median", "mean") for w in before):
        return True
    # "23% spent five or more hours a day", "more than three hours a day": a threshold, not a finding
    if any(w in ("or", "than", "least", "over", "under") for w in inside) \
            or (before and before[-1] in ("than", "least", "over", "under", "to")):
        return False
    after = tuple(t.lower_ for t in doc[ent.end:ent.end + 2])
    rate = after in _RATE_AFTER or any(tuple(inside[k:k + 2]) in _RATE_AFTER for k in range(len(inside) - 1))
    # a rate of time use: "teens spent 3 hours and 12 minutes a day on the app" (not "open 24 hours a day")
    return rate and any(t.lemma_.lower() in _TIME_USE_VERBS for t in doc[max(ent.start - 3, ent.sent.start):ent.start])


def _duration_stats(sent: Span, ents: list) -> set[int]:
    """The start tokens of the duration findings in ``sent``, with the durations they are set
    against ("46 hours a week, compared with 39.5 hours for others")."""
    found = {e.start for e in ents if e.label_ in ("TIME", "DATE") and _duration_stat(e)}
    if found:
        units = {t.lower_.rstrip("s") for e in ents if e.start in found for t in e if t.lower_ in DURATION_UNITS}
        for e in ents:
            if e.label_ in ("TIME", "DATE") and e.start not in found and e.start >= 1 \
                    and sent.doc[e.start - 1].lower_ in ("with", "than", "versus", "vs", "vs.", "from", "against") \
                    and e[0].like_num and len(e) == 2 and e[1].lower_.rstrip("s") in units:
                found.add(e.start)
    return found


def _number_groups(sent: Span, ents: list | None = None) -> list[list[Token]]:
    groups: list[list[Token]] = []
    seen: set[int] = set()
    ents = list(sent.ents if ents is None else ents)
    durations = _duration_stats(sent, ents)
    for ent in ents:
        # "between 60 and 70 per cent" tagged as a date: a share all the same
        if ent.label_ in NUMBER_LABELS or ent.start in durations or (
                ent.label_ == "DATE" and any(t.like_num for t in ent) and any(t.lower_ in ("%", "percent", "cent") for t in ent)):
            group = list(ent)
            if ent.start > sent.start and (sent.doc[ent.start - 1].text in CURRENCY_SIGNS - {"R"}
                                           or ent.text.lower() in SCALES and is_amount(sent.doc[ent.start - 1].text)):
                group.insert(0, sent.doc[ent.start - 1])  # "$" outside NER's "40,000"; "GH¢8.7" + "million"
            groups.append(group)
            seen.update(t.i for t in group)
    doc = sent.doc
    toks = list(sent)  # one pass of Token objects for both scans below
    for t in toks:
        if t.i in seen:
            continue
        text = t.text
        currency = is_amount(text) or (text[:1].isdigit() and GLUED_SCALE.match(text) is not None)
        if currency or (t.pos == NUM and t.like_num and (not t.ent_type or _count_in_date(t))):
            # NER missed it: take the currency sign before and the scale or percent after
            # ("$310 million", "R$20.8 billion", "12 percent")
            group = [t]
            if t.i > sent.start and doc[t.i - 1].text in CURRENCY_SIGNS and doc[t.i - 1].i not in seen:
                group.insert(0, doc[t.i - 1])
            k = t.i + 1
            while k < sent.end and (doc[k].lower_ in SCALES or doc[k].lower_ in ("%", "percent")) and k not in seen:
                group.append(doc[k])
                k += 1
            groups.append(group)
            seen.update(x.i for x in group)
    for t in toks:  # "rose fivefold": a multiple
        if "fold" in t.lower_ and t.i not in seen and _FOLD.match(t.lower_) and t.pos_ in ("ADV", "ADJ", "NOUN", "NUM"):
            groups.append([t])
            seen.add(t.i)
    # "a third of them", "two-thirds of", "nearly half of": fractions are proportions
    for t in toks:
        if t.lower_ not in FRACTIONS or t.i in seen or t.i + 1 >= sent.end:
            continue
        if doc[t.i + 1].lower_ != "of" and not _bare_share(t):
            continue
        prev = doc[t.i - 1] if t.i > sent.start else None
        after = doc[t.i + 2] if t.i + 2 < sent.end else None
        if (prev is not None and prev.lower_ in ("first", "second", "last", "latter", "other", "third", "fourth")) \
                or (after is not None and (after.ent_type_ == "DATE" or after.lower_ in ("the", "this", "that")
                                           and t.i + 3 < sent.end and doc[t.i + 3].lower_ in ("year", "decade", "century", "month"))):
            continue  # "the first half of 2025": a period, not a share
        if t.lower_ == "half":
            group = [t]
        elif prev is not None and prev.lower_ in ("a", "one", "two", "three") and prev.i not in seen:
            group = [prev, t]
        elif prev is not None and prev.text == "-" and t.i - 2 >= sent.start and doc[t.i - 2].lower_ in ("two", "three"):
            group = [doc[t.i - 2], prev, t]
        else:
            continue
        groups.append(group)
        seen.update(x.i for x in group)
    for g in groups:  # "£12m" tokenised "£", "12", "m": the scale written onto the number
        nxt = g[-1].i + 1
        if nxt < sent.end and nxt not in seen and (
                (not g[-1].whitespace_ and doc[nxt].lower_ in GLUED_SCALES)
                or (doc[nxt].lower_ in SCALES and g[-1].like_num or doc[nxt].lower_ in ("crore", "lakh"))):
            g.append(doc[nxt])  # and a scale NER left out ("₹214" + "crore")
            seen.add(nxt)
    # "1 in 10", "one in five", "3 out of 4": one proportion, not two numbers
    groups.sort(key=lambda g: g[0].i)
    merged: list[list[Token]] = []
    for g in groups:
        if merged:
            prev = merged[-1]
            gap = doc[prev[-1].i + 1:g[0].i]
            if [t.text for t in gap] == ["("] and parse_value(prev)[1] == "money" and parse_value(g)[1] == "money":
                continue  # "NOK 2,350 (£172)": the same amount converted
            if [t.lower_ for t in gap] in (["in"], ["out", "of"]) and len(prev) <= 4 and len(g) <= 2:
                merged[-1] = prev + list(gap) + g
                continue
        merged.append(g)
    return merged


FRACTIONS = {"half", "third", "thirds", "quarter", "quarters"}
_SHARE_QUALIFIERS = {"than", "nearly", "almost", "about", "roughly", "around", "over", "under", "just", "some"}


def _bare_share(t: Token) -> bool:
    """"fewer than a quarter were refunded", "nearly half said": a share without "of", its
    qualifier before it and the clause's verb (or a comma) right after."""
    doc = t.doc
    k = t.i - 1 if t.lower_ == "half" else t.i - 2
    if k < 0 or t.lower_ != "half" and doc[t.i - 1].lower_ not in ("a", "one", "two"):
        return False
    nxt = doc[t.i + 1]
    return doc[k].lower_ in _SHARE_QUALIFIERS and (nxt.pos_ in ("VERB", "AUX") or nxt.text == ",") \
        and t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "attr")
CURRENCY_SIGNS = {"$", "£", "€", "¥", "₹", "₦", "₱", "R$", "A$", "C$", "NZ$", "HK$", "S$", "R", "Rs", "Rs.",
                  # ISO codes written before the amount: "NOK 2,350", "CHF 1.2 million"
                  "NOK", "SEK", "DKK", "CHF", "EUR", "USD", "GBP", "INR", "KES", "NGN", "BRL", "ZAR", "JPY", "CNY", "AUD",
                  "CAD", "NZD", "PHP", "IDR", "THB", "MYR", "SGD", "HKD", "MXN", "PLN", "TRY", "AED", "SAR", "GHS", "EGP"}
CURRENCY_CODES = {s for s in CURRENCY_SIGNS if len(s) == 3 and s.isalpha()}
# a currency written onto the amount: "R$20.8", "HK$9.4", "Sh180,000", "KSh2.3bn", "NKr4.9bn", "Rp12", "₦450m"
CURRENCY_PREFIX = re.compile(r"^(?:R\$|A\$|C\$|NZ\$|HK\$|S\$|US\$|\$|£|€|₹|₦|₱|¥|Rs\.?|K?Sh|NKr|SKr|DKr|Rp|RM|Tk|GH[¢₵]|₵)\d")
_CURRENCY_STARTS = set("RACNHSUKDTG$£€₹₦₱¥₵")
# one letter for the currency and a scale written on: "N41.6bn" (naira), "R1.9bn" (rand), "K350m"
_LETTER_AMOUNT = re.compile(r"^[A-Z]\d[\d,]*(?:\.\d+)?(?:bn|mn|tn|m)$")
# an amount with its scale written onto it: "38mn", "4.2bn", "$1.1bn", "£12m", "KSh2.3bn"
GLUED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
GLUED_SCALE = re.compile(r"^\D{0,3}\d[\d,]*(?:\.\d+)?(k|m|mn|bn|b|tn)$")


CHANGE_VERBS = {"rise", "fall", "increase", "decrease", "grow", "drop", "jump", "climb", "surge", "decline",
                "reduce", "cut", "double", "triple", "soar", "plunge", "spike", "shrink"}


def _change_verb(tok: Token) -> Token | None:
    """The verb of change a quantity measures ("rose 94%", "reduced exposure by 43%")."""
    node = tok.head
    if node.dep_ == "prep" and node.lower_ == "by":
        node = node.head
    return node if node.pos_ == "VERB" and node.lemma_.lower() in CHANGE_VERBS else None


def inside_quote(tok: Token) -> bool:
    """Whether ``tok`` is inside a direct quotation of its sentence."""
    quotes = sum(1 for t in tok.sent if t.i < tok.i and t.text in ('"', "“", "”"))
    return quotes % 2 == 1


def _age_threshold(group: list[Token]) -> bool:
    """A bare small number after "younger/older than" or "under/over": an age, not a count."""
    doc = group[0].doc
    if len(group) == 3 and [t.lower_ for t in group[:2]] in (["at", "least"], ["at", "most"]) and group[0].i > 0 \
            and doc[group[0].i - 1].lemma_.lower() == "be" and group[2].text.isdecimal() and int(group[2].text) <= 25 \
            and (group[2].i + 1 >= len(doc) or doc[group[2].i + 1].pos_ != "NOUN"):
        return True  # "users must be at least 16": an age limit
    if len(group) != 1 or not group[0].text.isdecimal() or not group[0].text.isascii() or int(group[0].text) > 120:
        return False
    i = group[0].i
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if nxt in ("%", "percent", "million", "billion", "thousand") or (i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN"):
        return False
    prev = doc[i - 1].lower_ if i > 0 else ""
    prev2 = doc[i - 2].lower_ if i > 1 else ""
    prev3 = doc[i - 3].lemma_.lower() if i > 2 else ""
    return prev in ("under", "over", "aged") or (prev == "than" and prev2 in ("younger", "older")) \
        or (prev == "of" and prev2 in ("age", "ages")) \
        or (prev in ("least", "most") and prev2 == "at" and prev3 == "be" and int(group[0].text) <= 25)


SAMPLE_NOUNS = {"survey", "poll", "study", "sample", "analysis", "review", "audit", "census", "questionnaire"}
SAMPLE_VERBS = {"survey", "poll", "interview", "sample", "question"}
CAP_NOUNS = {"penalty", "penalties", "fine", "fines", "damages", "sentence", "prison", "jail"}
_AGE_TAILS = {("and", "older"), ("or", "older"), ("and", "younger"), ("or", "younger"), ("and", "up"),
              ("and", "under"), ("and", "over"), ("or", "over"), ("or", "under")}


def _not_a_finding(group: list[Token], head: Token) -> bool:
    """Numbers that frame a finding rather than state one: the size of a sample ("a survey of
    2,400 members", "surveyed 3,200 children"), a legal maximum ("penalties of up to $2,500 per
    violation") and an age band ("users 13 and older", "children 12 or younger")."""
    doc = head.doc
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in SAMPLE_NOUNS:
        return True
    if head.dep_ == "dobj" and head.head.lemma_.lower() in SAMPLE_VERBS:
        return True
    sample = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("in", "across", "from") else None
    if sample is not None and (sample.lemma_.lower() in SAMPLE_NOUNS or sample.dep_ == "pobj" and sample.head.lower_ == "of"
                               and sample.head.head.lemma_.lower() in SAMPLE_NOUNS):
        return True  # "a survey of 11,000 consumers in 10 countries": where the sample lives
    first, last = group[0].i, group[-1].i
    before = [t.lower_ for t in doc[max(0, first - 4):first]]
    after = [t.lower_ for t in doc[last + 1:last + 4]]
    if before[-2:] == ["up", "to"] and (after[:2] == ["per", "violation"] or any(
            t.lemma_.lower() in CAP_NOUNS for t in doc[max(head.sent.start, first - 8):first])):
        return True
    if after[:2] == ["per", "violation"] or after[:3] == ["for", "each", "violation"]:
        return True
    if len(group) == 1 and group[0].text.isdecimal() and int(group[0].text) <= 120 and tuple(after[:2]) in _AGE_TAILS:
        return True
    if len(group) == 1 and group[0].is_alpha and group[0].lower_ in WORD_NUMBERS and WORD_NUMBERS[group[0].lower_] < 20 \
            and before[-1:] in (["the"], ["both"]) and head.dep_ in ("nsubj", "nsubjpass"):
        return True  # "The two attorneys general also sued ...": the parties named before, counted again
    if before[-3:] in (["as", "young", "as"], ["as", "old", "as"]):
        return True  # "children as young as eight"
    if group[-1].lower_ == "third" and after[:1] in (["party"], ["parties"], ["-"]):
        return True  # "at least one third party", "third-party"
    phone_words = ("call", "dial", "text", "ring", "phone", "calling", "dialling", "dialing", "texting", "ringing")
    if len(group) == 1 and group[0].text.isdecimal() and before[-1:] and before[-1] in phone_words + ("or", "on") \
            and (before[-1] in phone_words or any(w in phone_words for w in
                                                   (t.lower_ for t in doc[max(0, first - 12):first]))):
        return True  # "call 101 or 999", "call the police on 999 in an emergency or 101": telephone numbers
    if len(group) == 1 and group[0].text.isdecimal() and before[-1:] and before[-1] in ("helpline", "hotline", "tipline", "line"):
        return True  # "its Child Helpline 16000", "the national cybercrime helpline 1930": a service's number
    return False


def _root(tokens: list[Token]) -> Token:
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head == t:
            return t
    return tokens[-1]


# what every figure has somewhere in its sentence: a digit, a share (FRACTIONS) or a multiple ("fivefold")
_FIGURE_HINT = re.compile("|".join([r"\d", "fold"] + sorted(FRACTIONS)), re.IGNORECASE)
_FIGURE_LABELS = NUMBER_LABELS | {"DATE", "TIME"}  # (durations and "between 60 and 70 per cent" are dates)


def may_hold_figures(text: str, ents: list, has_number_word: bool) -> bool:
    """Whether a sentence can hold a statistic, from its text, its entities and whether a word
    of it is tagged as a number ("two", "hundreds"): sentences without any of them are skipped
    before a token is read."""
    return has_number_word or _FIGURE_HINT.search(text) is not None or any(e.label_ in _FIGURE_LABELS for e in ents)


def find_statistics(sent: Span, blocked: set[int], ents: list | None = None) -> list[Stat]:
    """Statistics in ``sent``; ``blocked`` holds token indices of names (never statistics);
    ``ents``: the sentence's entities when the caller has them."""
    doc = sent.doc
    out: list[Stat] = []
    for group in _number_groups(sent, ents):
        if any(t.i in blocked for t in group) or _is_year(group):
            continue
        if any(_NAME_WITH_DIGITS.match(t.text) for t in group):
            continue  # "3News", "4Kids": a name that opens with a digit
        root = _root(group)
        nxt = doc[group[-1].i + 1] if group[-1].i + 1 < len(doc) else None
        if nxt is not None and nxt.text in ("-",) or any("-year" in t.text or "year-old" in t.text for t in group):
            continue  # "13-year-old"
        if nxt is not None and nxt.lower_ in ("year", "years") and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ == "old":
            continue
        prev = doc[group[0].i - 1] if group[0].i > 0 else None
        if prev is not None and (prev.lower_ in AGE_WORDS or prev.lower_ in ("to", "and") and prev.i > 0
                                 and doc[prev.i - 1].like_num and prev.i > 1 and doc[prev.i - 2].lower_ in AGE_WORDS):
            continue  # "ages 13 to 17", "aged 8 to 17"
        if group[0].lower_ in AGE_WORDS or any(t.lower_ in AGE_WORDS for t in group):
            continue
        if _age_threshold(group):
            continue  # "younger than 18", "under 13", "users over 65"
        if group[0].is_alpha and len(group) == 1 and group[0].lower_ in WORD_NUMBERS \
                and WORD_NUMBERS[group[0].lower_] < 10 and inside_quote(group[0]):
            continue  # '"... with three taps on a phone," he said': a figure of speech
        value, unit = parse_value(group)
        if value is None:
            continue
        nxt_low = nxt.lower_ if nxt is not None else ""
        after_out = doc[nxt.i + 1].lower_ if nxt is not None and nxt.i + 1 < len(doc) else ""
        if value == 1 and unit == "count" and not (nxt_low in ("in", "%", "percent") or (nxt_low == "out" and after_out == "of")):
            continue  # "one of the most visited sites" is not a statistic
        head = root.head if root.dep_ in ("nummod", "quantmod", "compound") and root.head.pos_ in ("NOUN", "PROPN", "SYM") else root
        while head.dep_ == "compound" and head.head.i > head.i and head.pos_ == "NOUN" and head.i != root.i and (
                head.head.pos_ == "NOUN" or head.head.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr")):
            head = head.head  # "11 sextortion reports" with the number on the modifier: the noun it modifies
        if head.i in blocked or _not_a_finding(group, head):
            continue
        if head.pos_ in ("PROPN", "NOUN") and head.is_title and head.i == group[-1].i + 1 and head.dep_ in ("dobj", "dative") \
                and head.head.lemma_ == "tell":
            continue  # "Reyes told 12 News": the station a speaker told, not a figure
        # skip the quantity of a named group ("33 states", counted elsewhere as a party)
        lo, hi = head.left_edge.i, _right_edge_without_conj(head)
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head
            clause_lo = head.left_edge.i
            # "43% had been blocked, ... and that respondents worked ...": a coordinated clause
            # is a finding of its own
            clause_hi = _right_edge_without_conj(verb, clauses=True)
            if clause_hi - clause_lo <= MAX_CLAUSE_TOKENS:
                lo, hi = clause_lo, clause_hi
        elif head.dep_ in ("npadvmod", "dobj", "pobj", "attr", "advmod") and _change_verb(head) is not None:
            # "overdose deaths ... rose 94% from 2019 to 2020": the change is the statistic
            verb = _change_verb(head)
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            clause_lo = min([subj[0].left_edge.i] if subj else [verb.i])
            clause_hi = verb.right_edge.i + 1
            if clause_hi - clause_lo <= MAX_CLAUSE_TOKENS:
                lo, hi = clause_lo, clause_hi
        lo = max(min(lo, group[0].i), sent.start)  # the whole figure, "1 in 5", whatever the parse
        hi = min(max(hi, group[-1].i + 1), sent.end)
        for k in range(group[-1].i + 1, hi - 1):  # "..., according to the report": the source is no part of it
            if doc[k].text == "," and doc[k + 1].lower_ in ("according", "the", "he", "she", "it", "they") \
                    and (doc[k + 1].lower_ == "according" or any(t.lemma_ in ("say", "tell") for t in doc[k + 1:min(k + 5, hi)])):
                hi = k
                break
        if doc[lo].lower_ == "according":  # "According to the X Survey, 59.4 percent ...": the source is no part of it
            commas = [k for k in range(lo, group[0].i) if doc[k].text == ","]
            if commas:
                lo = commas[-1] + 1
        while lo < hi and (doc[lo].is_punct or doc[lo].lower_ in ("the", "a", "an") or doc[lo].is_space):
            lo += 1
        last_number = group[-1].i
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space) and doc[hi - 1].text != ")" \
                and hi - 1 > last_number:  # never cut the "%" of "94%"
            hi -= 1
        if hi - lo > MAX_CLAUSE_TOKENS:
            lo, hi = min(t.i for t in group), max(head.i, group[-1].i) + 1
        text = doc[lo:hi].text.strip().strip("\"“”")
        measures = head.lemma_.lower() if head.pos_ == "NOUN" else None
        out.append(Stat(lo, hi, text, value, unit, root, head, measures))
    # a statistic nested in another one's clause stays separate only when it is not inside it
    out.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Stat] = []
    for s in out:
        outer = [k for k in kept if k.start <= s.number.i < k.end and k.head.i != s.head.i and _inside_np(k, s)]
        first = min(t.i for t in _group_tokens(s))
        if len(outer) == 1 and first >= 2 and doc[first - 1].lower_ == "or" and doc[first - 2].text == "," \
                and outer[0].number.i < first - 2:
            # "36 of the 85 items, or 42%, failed ...": the share restates the count, a figure of its own
            k = outer[0]
            k.end = first - 2
            k.text = doc[k.start:k.end].text.strip()
            end = first
            while end < len(doc) and (end <= s.number.i or doc[end].lower_ in ("%", "percent", "per", "cent")):
                end += 1
            s.start, s.end, s.text = first, end, doc[first:end].text
        elif outer:
            continue
        kept.append(s)
    return kept


def _group_tokens(s: Stat) -> list[Token]:
    """The words of a statistic's number (its root and what hangs on it inside the span)."""
    return [t for t in s.number.subtree if s.start <= t.i < s.end] or [s.number]


def _right_edge_without_conj(head: Token, clauses: bool = False) -> int:
    """End of ``head``'s phrase, stopping before a coordinated phrase ("and 5 million ...");
    with ``clauses``, also before a further "that"-clause (", that one in three ...")."""
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("conj", "cc"):
            break
        if clauses and child.dep_ in ("advcl", "ccomp", "parataxis") and child.left_edge.lower_ == "that" \
                and child.left_edge.i > 0 and head.doc[child.left_edge.i - 1].text == ",":
            break
        if child.dep_ == "punct" and any(c.dep_ == "conj" and c.i > child.i for c in head.rights):
            break
        end = child.right_edge.i + 1
    return end


def _inside_np(outer: Stat, inner: Stat) -> bool:
    """"146 of the 271 reported instances": 271 belongs to the statistic of 146."""
    node = inner.number
    while node.head.i != node.i:
        if node == outer.number or node == outer.head:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False
