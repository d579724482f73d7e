"""Mentions: typed spans of a parsed ``Doc`` that name (or describe) an entity.

Covers: which sentences are prose (headlines, promotional lines, photo
credits and bylines yield nothing), NER + gazetteer spans, splitting of
lists that NER glued together, merging of names that NER cut at "and",
typing of organisations by gazetteer / head word / context, and splitting a
title off a name ("Florida Attorney General Ashley Moody").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import ENT_IOB, ENT_TYPE, IS_ALPHA, IS_LOWER, IS_UPPER, LENGTH, LOWER, ORTH, POS
from spacy.symbols import NOUN, NUM, PROPN
from spacy.symbols import X as X_POS
from spacy.tokens import Doc, Span, Token

from kg.extract import lexicon
from kg.extract.dates import MONTHS, WEEKDAYS
from kg.extract.components import TITLE_ABBREVIATIONS, dateline_end
from kg.extract.statistics import CURRENCY_CODES, is_amount
from kg.normalize import LEGAL_SUFFIXES, clean_surface, entity_key, org_core

# NER labels we turn into mentions, and the class they default to.
NER_CLASSES = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
}
OTHER_NAME_LABELS = {"PRODUCT", "WORK_OF_ART", "FAC", "NORP", "EVENT", "LAW"}
RULER_CLASSES = {"Company", "Platform", "GovernmentBody", "Organization", "Report", "Place", "Person"}
PLATFORM_CUES = {"app", "apps", "platform", "platforms", "marketplace", "marketplaces", "site", "website", "service", "messenger", "game", "account", "accounts", "group", "groups", "page", "pages", "channel", "feed", "chatbot"}
APP_CUES = PLATFORM_CUES - {"account", "accounts", "group", "groups", "page", "pages"}  # (a "research group" is no platform)
COMPANY_CUES = {"company", "firm", "giant", "corporation", "conglomerate", "maker", "startup", "owner", "parent", "developer", "provider"}
HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "alhaji", "alhaja", "hon.", "prof."}
# offices whose holder is named after a place ("Ontario Premier X", "Tempe Mayor X"), unlike
# portfolios ("Industry Minister X")
PLACE_OFFICES = {"Premier", "Governor", "Mayor", "Attorney General", "Lieutenant Governor", "Senator", "State Senator",
                 "Sheriff", "District Attorney", "County Attorney", "City Attorney", "Prosecutor", "Prosecuting Attorney"}
LOCAL_PLACE_WORDS = ("county", "city", "parish", "borough", "township")  # the last word of a local jurisdiction
TITLE_MODIFIERS = {"assistant", "acting", "associate", "deputy", "interim", "former", "chief", "senior", "first", "then",
                   "board", "joint", "special", "tory", "labour", "liberal", "green", "federal", "national"}
# offices held for a constituency, whose name NER often takes for an organisation
CONSTITUENCY_ROLES = {"Member of Parliament", "Member of the Legislative Assembly", "Member of Provincial Parliament",
                      "Police and Crime Commissioner",
                      "Member of the Scottish Parliament", "Teachta Dála"}
PARTY_WORDS = {"republican", "democratic", "democrat", "independent", "gop", "labour", "conservative"}
STOP_NAMES = {"it", "they", "he", "she", "we", "i", "you", "ngo", "ngos", "nonprofit", "ceo", "cfo", "ai"}
_CONNECTORS = {"of", "for", "on", "to", "and", "&", "the", "in"}
# titles that take a portfolio before them ("Justice Minister", "Health Secretary")
PORTFOLIO_ROLES = {"Minister", "Secretary", "Commissioner", "Director"}
PORTFOLIO_WORDS = {"justice", "education", "health", "finance", "treasury", "digital", "communications", "home", "interior",
                   "foreign", "trade", "transport", "housing", "environment", "energy", "labour", "labor", "industry",
                   "technology", "culture", "police", "security", "defence", "defense", "consumer", "affairs", "economy",
                   "innovation", "science", "children", "families", "women", "youth", "tourism", "agriculture",
                   "infrastructure", "telecommunications", "information", "media", "commerce", "welfare", "employment",
                   "insurance", "banking", "securities", "revenue", "corrections", "utilities", "immigration",
                   "financial", "services"}
# "Children's" in a name is no owner: "BC Children's Digital Wellbeing Network"
PEOPLE_NOUNS = {"children", "women", "men", "people", "parents", "consumers", "citizens", "veterans", "workers",
                "students", "girls", "boys", "kids", "families", "mothers", "fathers", "survivors", "victims",
                "prosecutor", "prosecutors", "commissioner", "ombudsman", "attorney", "attorneys", "teachers",
                "nurses", "patients", "seniors", "taxpayers", "players", "users", "youth", "members", "tenants",
                "renters", "residents", "homeowners", "drivers", "riders", "couriers", "farmers", "shoppers",
                "investors", "employees", "doctors", "journalists"}


@dataclass
class Mention:
    start: int  # token index (inclusive) of the name
    end: int  # token index (exclusive)
    text: str  # cleaned surface form
    cls: str
    source: str  # ner | gazetteer | coordination | report | group | description
    role: str | None = None
    executive: bool = False
    jurisdiction: "Mention | None" = None
    employer: "Mention | None" = None  # company named with an executive title
    title_start: int | None = None  # first token of a title split off the name
    gazetteer_id: str | None = None
    entity: int | None = None  # index of the resolved entity (set by resolve)
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        if self.cls in ("Company", "Organization", "Platform", "GovernmentBody", "Report"):
            return entity_key(org_core(self.text))  # "Snap Inc." and "Snap" are one name
        return entity_key(self.text)

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


# ---------------------------------------------------------------- sentence kinds

_PROMO = re.compile(r"\b(click here|sign up|subscribe|download the|download our|get the .* app|follow us|read more|"
                    r"join our|get the latest|delivered to (you|your inbox))\b", re.I)
_BYLINE = re.compile(r"\b(contributed to this report|reporting by|additional reporting|writes for|is a reporter|editing by)\b", re.I)


def sentence_kind(sent: Span, ents: list | None = None, doc_text: str | None = None) -> str:
    """prose | headline | promo | credit | source | byline | caption (``doc_text``: the
    document's text, if the caller has it: Span.text makes a Token per word)."""
    text = (sent.text if doc_text is None else doc_text[sent.start_char:sent.end_char]).strip()
    letters = "".join(filter(str.isalpha, text))
    if not letters:
        return "empty"
    if _PROMO.search(text):
        return "promo"
    upper = sum(map(str.isupper, letters)) / len(letters)
    if upper > 0.7 and len(letters) > 6:
        return "headline"
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) >= 5 and not text.endswith((".", '"', "”")) and "\n" not in text.strip() \
            and sum(w[:1].isupper() for w in words) >= 0.85 * len(words):
        return "headline"  # "Attorney General Battista Sues Offshore Casino Operators, Says ..."
    if _BYLINE.search(text):
        return "byline"
    if text.startswith("(") and text.endswith(")") and len(sent) <= 12:
        inner = [e for e in (sent.ents if ents is None else ents) if e.label_ == "PERSON"]
        return "credit" if inner or _looks_like_person_name(text[1:-1]) else "source"
    if not text.endswith((".", "!", "?", '"', "”")) and not any(
            t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in sent):
        return "caption"
    return "prose"


def _looks_like_person_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) and not any(
        w.lower() in lexicon.org_heads() for w in words
    )


# ---------------------------------------------------------------- typing

WEB_NAME = re.compile(r"[A-Za-z0-9]\.(com|net|io|ai|app|tv|co\.uk|com\.au|co\.nz|com\.br|co\.jp|co\.in)$")


def org_class(tokens: list[Token] | Span, default: str = "Organization") -> str:
    """Class of an organisation name from the gazetteer or its head word."""
    text = clean_surface(" ".join(t.text for t in tokens))
    entry = lexicon.gazetteer_index().get(entity_key(text))
    if entry:
        return entry.cls
    heads = lexicon.org_heads()
    words = [t.text.lower().strip(".,'’") for t in tokens]
    # the head of "<Name> <Head> of/for/on <...>" is the last word before the preposition
    core = []
    for w in words:
        if w in ("of", "for", "on", "to", "against") and core:
            break
        core.append(w)
    if len(core) >= 2 and core[-1] == "bank" and core[-2] in ("central", "reserve"):
        return "GovernmentBody"  # "Central Bank of Nigeria", "Reserve Bank of India" (not "Bank of Scotland", a lender)
    if len(core) >= 2 and core[-1] in ("ag", "se", "nv") and tokens[len(core) - 1].text in ("AG", "SE", "NV") \
            and not known_place(tokens[len(core) - 2].text) and (core[-2],) not in lexicon.demonyms() \
            and core[-2] not in TITLE_MODIFIERS and core[-2] not in ("deputy", "state", "former"):
        return "Company"  # "Kessler Handel AG" (not "Texas AG", an attorney general)
    for k in range(len(core) - 1, -1, -1):
        w = core[k]
        if w in heads and not (heads[w] == "Report" and k != len(core) - 1):
            return heads[w]  # a report word inside a name is no head: "Harbor Line Financial"
    if core and core[-1]:
        for suffix, cls in heads.items():
            if cls == "Report" and len(suffix) >= 5 and core[-1].endswith(suffix):
                return cls
    return default


def noun_chain_ends_in(doc: Doc, end: int, cues: set[str]) -> bool:
    """Whether the modifiers right after a name lead to one of ``cues``: "Stubline" + "ticket
    resale app", "M-Pesa" + "mobile money service" (at most four words)."""
    for k in range(end, min(end + 4, len(doc))):
        t = doc[k]
        noun = t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.text.islower()) \
            or (t.tag_ == "VBG" and t.dep_ == "compound")  # ("parental control app" tagged PROPN, "learning" a verb)
        if t.lower_ in cues and noun:
            return True
        if (not noun and t.pos_ != "ADJ" and not (t.text.isupper() and len(t) <= 3)) \
                or t.dep_ not in ("compound", "amod") or t.head.i <= k:  # ("the Whoscall caller ID app")
            return False
    return False


APP_NOUNS = {"app", "apps", "platform", "website", "game", "messenger", "chatbot"}


def known_place(text: str) -> bool:
    """A US state, a country the demonym table knows or a place of the gazetteer ("the Texas
    app" is about Texas)."""
    return text in lexicon.state_abbreviations() or text in lexicon.demonym_places() or text in lexicon.gazetteer_places()


def _context_class(doc: Doc, start: int, end: int, current: str) -> str:
    """Refine an unknown organisation by its neighbours: "the X app", "X, a tech company"."""
    if current not in ("Organization",):
        return current
    if noun_chain_ends_in(doc, end, PLATFORM_CUES):  # "the Stubline app", "M-Pesa mobile money service"
        return "Platform"
    if start > 0 and doc[start - 1].lower_ in APP_CUES \
            and doc[start - 1].pos_ == "NOUN":
        return "Platform"
    head = doc[end - 1]
    for child in head.children:
        if child.dep_ == "appos":
            lemma = child.lemma_.lower()
            if lemma in COMPANY_CUES:
                return "Company"
            if lemma in APP_CUES:
                return "Platform"  # (a "research group" is no platform)
    return current


# ---------------------------------------------------------------- titles

def _match_role_ending_at(doc: Doc, end: int) -> tuple[int, lexicon.Role] | None:
    """A role phrase whose last token is ``end - 1``: returns (start, role)."""
    if end < 1 or end > len(doc) or doc[end - 1].lower_ not in lexicon.role_edge_words()[1]:
        return None
    table = lexicon.roles()
    for length in range(lexicon.role_max_len(), 0, -1):
        start = end - length
        if start < 0:
            continue
        words = tuple(t.lower_ for t in doc[start:end])
        role = table.get(words)
        if role and not role.only_with_of:  # "head" titles nobody before a name
            return start, role
    return None


def _without_title_words(doc: Doc, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Secretary of State Carla Pettigrew" with "State" tagged as an organisation: a name inside
    the title phrase right before a person's name is a word of the title, not a name."""
    inside: set[int] = set()
    for s, e, label in raw:
        if label == "PERSON":
            found = _match_role_ending_at(doc, s)
            if found is not None and found[0] < s - 1:
                inside.update(range(found[0] + 1, s))  # (its first word is no name of its own either way)
    if not inside:
        return raw
    return [x for x in raw if not (x[2] in ("ORG", "GPE", "LOC", "NORP") and x[0] in inside and x[1] - 1 in inside)]


def _match_role_starting_at(doc: Doc, start: int, limit: int) -> tuple[int, lexicon.Role] | None:
    if start >= len(doc) or doc[start].lower_ not in lexicon.role_edge_words()[0]:
        return None
    table = lexicon.roles()
    for length in range(lexicon.role_max_len(), 0, -1):
        end = start + length
        if end > limit:
            continue
        role = table.get(tuple(t.lower_ for t in doc[start:end]))
        if role and not role.only_with_of:
            return end, role
    return None


# capitalised words that open a title phrase without naming an employer (besides TITLE_MODIFIERS)
_TITLE_OPENERS = {"outgoing", "incoming", "new", "longtime", "current", "the", "its", "company", "group", "founder", "co",
                  "global", "executive", "and", "separately", "later", "earlier", "previously", "currently", "meanwhile",
                  "now", "also", "still", "already", "recently", "formerly", "today", "yesterday", "tomorrow", "tonight"}


def _brand_like(t: Token) -> bool:
    """A capitalised word that can name a company ("Fahrly", "TixHub"), whatever the tagger made of
    an unknown word: not a title-opening word, a stop word or a known place."""
    return t.is_alpha and t.text[:1].isupper() and t.lower_ not in _TITLE_OPENERS and t.lower_ not in TITLE_MODIFIERS \
        and t.ent_type_ not in ("DATE", "TIME", "GPE", "NORP", "LOC") \
        and not t.is_stop and t.pos_ in ("PROPN", "NOUN", "ADJ", "ADV", "X") and (t.pos_ == "PROPN" or not t.is_sent_start
                                                                                or any(ch.isupper() for ch in t.text[1:])
                                                                                or t.pos_ in ("ADV", "X"))


def split_title(doc: Doc, m: Mention, by_token: dict[int, Mention]) -> None:
    """Attach a role (and jurisdiction or employer) written before a person's name.

    Covers "Attorney General X" inside the NER span, "Florida Attorney General X",
    "New Mexico's Attorney General X", "Republican Florida Gov. X", "Meta CEO X",
    "CEO of Meta X".
    """
    # "Ontario Premier Kathleen Marsh" as one PERSON span: a place, a title, the name
    if m.end - m.start >= 3 and doc[m.start].pos_ == "PROPN":
        for k in range(m.start + 1, m.end - 1):
            inner = _match_role_starting_at(doc, k, m.end - 1)
            if inner is not None and lexicon.roles()[tuple(t.lower_ for t in doc[k:inner[0]])].cls == "Official":
                place = Mention(m.start, k, clean_surface(doc[m.start:k].text), "Place", "ner")
                by_token.update({i: place for i in range(m.start, k)})
                m.extra["place"] = place
                m.start = k
                break
    # a title inside the NER span: strip it
    while m.end - m.start > 1:
        inner = _match_role_starting_at(doc, m.start, m.end - 1)
        honor = doc[m.start].lower_ in HONORIFICS
        if inner:
            role_end, role = inner
            m.title_start = m.start if m.title_start is None else m.title_start
            m.role, m.executive = role.role, role.executive
            if role.cls == "Official":
                m.cls = "Official"
            m.start = role_end
        elif honor:
            m.start += 1
        else:
            break
    m.text = clean_surface(doc[m.start:m.end].text)
    # a title just before the name
    left = m.start if m.title_start is None else m.title_start
    if m.role is None:
        found = _match_role_ending_at(doc, left)
        # "CEO of Meta Mark Zuckerberg": role, "of", organisation, name
        before = by_token.get(left - 1)
        if found is None and before is not None and before is not m and before.start >= 2 \
                and doc[before.start - 1].lower_ in ("of", "for", "at"):
            found = _match_role_ending_at(doc, before.start - 1)
        if found:
            left, role = found
            m.role, m.executive = role.role, role.executive
            # "Quebec Justice Minister X", "NSW Fair Trading Minister X": the portfolio
            # is part of the title, the place before it its jurisdiction
            if role.cls == "Official" and role.role in PORTFOLIO_ROLES:
                k = left
                # "In Manitoba, Justice Minister X": NER may take the portfolio for an organisation
                portfolio = by_token.get(left - 1) if role.role in ("Minister", "Secretary", "Commissioner") else None
                if portfolio is not None and portfolio.source == "ner" and portfolio.end == left and not portfolio.gazetteer_id \
                        and portfolio.end - portfolio.start >= 2 and doc[portfolio.start].pos_ in ("PROPN", "ADJ") \
                        and doc[portfolio.start].lower_ not in PORTFOLIO_WORDS | TITLE_MODIFIERS \
                        and all(t.lower_ in PORTFOLIO_WORDS for t in doc[portfolio.start + 1:portfolio.end]) \
                        and portfolio.cls in ("Organization", "GovernmentBody") \
                        and (known_place(doc[portfolio.start].text) or (doc[portfolio.start].lower_,) in lexicon.demonyms()):
                    # "Queensland Education Minister X", "Philippine Justice Secretary X": NER's one name
                    # is a place (or its demonym) and a portfolio
                    first = doc[portfolio.start]
                    place = Mention(portfolio.start, portfolio.start + 1,
                                    lexicon.demonyms().get((first.lower_,), first.text), "Place", "ner")
                    for i in range(portfolio.start, portfolio.end):
                        by_token.pop(i, None)
                    by_token[portfolio.start] = place
                    m.extra["place"] = place
                    m.extra["absorbed"] = portfolio
                    portfolio = None
                if portfolio is not None and portfolio.cls == "Organization" and portfolio.source == "ner" \
                        and portfolio.end == left and not portfolio.gazetteer_id \
                        and (portfolio.end - portfolio.start == 1
                             or all(t.lower_ in PORTFOLIO_WORDS for t in doc[portfolio.start:portfolio.end])) \
                        and doc[portfolio.start].is_title and doc[portfolio.start].is_alpha:
                    # ("Japan's Financial Services Minister X": NER's organisation is the portfolio)
                    m.extra["absorbed"] = portfolio
                    for i in range(portfolio.start, portfolio.end):
                        by_token.pop(i, None)
                while k - 1 >= 0 and doc[k - 1].is_title and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ") \
                        and (k - 1) not in by_token and left - k < 3 and (doc[k - 1].lower_,) not in lexicon.demonyms():
                    k -= 1
                if k == left and role.role in ("Minister", "Secretary", "Commissioner"):
                    # "Poland's digital affairs minister X": a portfolio in lower case after a place's possessive
                    k2 = left
                    while k2 - 1 >= 0 and (doc[k2 - 1].is_lower and doc[k2 - 1].pos_ in ("NOUN", "ADJ", "CCONJ")
                                           or doc[k2 - 1].text in ("IT", "ICT")) and left - k2 < 4:  # "Telangana IT minister"
                        k2 -= 1
                    if k2 < left and ((k2 >= 2 and doc[k2 - 1].lower_ in ("'s", "’s") and (k2 - 2) in by_token
                                       and by_token[k2 - 2].cls == "Place")
                                      or ((k2 - 1) in by_token and by_token[k2 - 1].cls == "Place")):
                        k = k2  # (or "Karnataka home minister X": the place right before the portfolio)
                demonym = k >= 1 and (doc[k - 1].lower_,) in lexicon.demonyms() and doc[k - 1].text[:1].isupper()
                # "Malaysia's Communications Minister X": a place's possessive before the portfolio
                place_poss = k >= 2 and doc[k - 1].lower_ in ("'s", "’s") and (k - 2) in by_token \
                    and by_token[k - 2].cls == "Place"
                if k < left and ((k - 1) in by_token or demonym or place_poss):  # only with a jurisdiction before it
                    # ("Philippine Justice Secretary X", "French Digital Minister X": a demonym)
                    m.role = f"{doc[k:left].text} {role.role}"
                    left = k
            m.title_start = left
            if role.cls == "Official":
                m.cls = "Official"
    if m.role is None:
        return
    # "CEO of Meta X" / "Attorney General of Florida X": the qualifier follows the role
    qualifier = None
    for i in range(left, m.start):
        if doc[i].lower_ in ("of", "for") and i + 1 < m.start and (i + 1) in by_token:
            qualifier = by_token[i + 1]
            break
    # "Florida Attorney General X" / "New Mexico's Attorney General X" / "Meta CEO X"
    if qualifier is None:
        j = left - 1
        while j >= 0 and (doc[j].lower_ in PARTY_WORDS or doc[j].is_punct and doc[j].text in "’'"):
            j -= 1
        if j >= 0 and doc[j].lower_ in ("'s", "’s") and j - 1 >= 0:
            j -= 1
        if j >= 1 and doc[j].text == "City" and j not in by_token and (j - 1) in by_token \
                and by_token[j - 1].cls == "Place" and by_token[j - 1].end == j \
                and by_token[j - 1].text not in lexicon.state_abbreviations() \
                and by_token[j - 1].text not in lexicon.demonym_places():  # (not "Iowa City", "Mexico City")
            j -= 1  # "Denver City Councilmember X", "Denver City Auditor X": the city is Denver
        if j >= 0 and j in by_token:
            qualifier = by_token[j]
            if m.executive and qualifier.end == left:
                _widen_employer(doc, qualifier, by_token)
        elif left in by_token and by_token[left] is not m and by_token[left].start < left:
            qualifier = by_token[left]
        if qualifier is not None and qualifier.end > left and qualifier.start < left \
                and (doc[left].lower_ not in ("county", "parish", "borough") or m.role == "Borough President"):
            # "San Francisco City Attorney": NER took "City" into the place name
            qualifier.end = left
            qualifier.text = clean_surface(doc[qualifier.start:left].text)
    # "Governor Spencer Cox of Utah": the place after the name
    if qualifier is None and m.cls == "Official" and m.end + 1 < len(doc) and doc[m.end].lower_ == "of" \
            and (m.end + 1) in by_token and by_token[m.end + 1].cls == "Place":
        qualifier = by_token[m.end + 1]
    if qualifier is None and m.cls == "Official" and left >= 2 and doc[left - 1].lower_ == "and" \
            and (left - 2) in by_token and by_token[left - 2].jurisdiction is not None:
        qualifier = by_token[left - 2].jurisdiction
    if qualifier is None and m.role in PLACE_OFFICES and left >= 1 and (left - 1) not in by_token \
            and doc[left - 1].pos_ == "PROPN" and doc[left - 1].is_title:
        # "Ontario Premier Kathleen Marsh": capitalised words NER left untagged before an office
        k = left - 1
        # ("Cottage Grove Mayor X": the tagger may read a place's first word as a common noun)
        while k - 1 >= 0 and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].pos_ == "NOUN" and doc[k - 1].dep_ == "compound") \
                and doc[k - 1].is_title and (k - 1) not in by_token and left - k < 3:
            k -= 1
        heads = lexicon.org_heads()
        words = [t.lower_ for t in doc[k:left]]
        if words != ["state"] and words[:1] != ["federal"] and not any(  # "State Attorney General X": no place named
                w in heads or w in TITLE_MODIFIERS or w in PARTY_WORDS or lexicon.roles().get((w,)) is not None
                for w in words) and all(t.tag_ in ("NNP", "NNPS") + (("NN",) if t.i < left - 1 else ())
                                        and (not t.lower_.endswith("ing") or t.text in lexicon.state_abbreviations())
                                        for t in doc[k:left]) \
                and (k == 0 or not doc[k - 1].is_title or doc[k - 1].is_sent_start):
            qualifier = Mention(k, left, clean_surface(doc[k:left].text), "Place", "ner")
            by_token.update({i: qualifier for i in range(k, left)})
            m.extra["place"] = qualifier
    if qualifier is None and m.executive and m.role == "CEO" and left >= 1 and (left - 1) not in by_token \
            and _brand_like(doc[left - 1]):
        # "Fahrmo chief executive Lukas Brandt": a company NER left untagged before the title
        k = left - 1
        while k - 1 >= 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title and (k - 1) not in by_token and left - k < 3 \
                and not doc[k].is_sent_start:
            k -= 1
        words = [t.lower_ for t in doc[k:left]]
        if not known_place(doc[k:left].text) and not any(lexicon.roles().get((w,)) is not None for w in words) \
                and doc[k:left].text not in lexicon.demonym_places() and (k == 0 or doc[k].is_sent_start or not doc[k - 1].is_title):
            qualifier = Mention(k, left, clean_surface(doc[k:left].text), "Company", "ner")
            by_token.update({i: qualifier for i in range(k, left)})
            m.extra["place"] = qualifier  # (added to the mentions like a place split off the front)
    if qualifier is None and m.cls == "Official":
        qualifier = _jurisdiction_before(doc, m, left, by_token)
    if qualifier is None:
        return
    if m.role in CONSTITUENCY_ROLES and qualifier.cls in ("Organization", "GovernmentBody", "Person") \
            and qualifier.source == "ner":
        qualifier.cls = "Place"  # "Winnipeg Centre MP X": the constituency, whatever NER called it
    if m.role in ("Mayor", "Governor", "Premier", "Borough President") and qualifier.cls in ("Organization", "Person") \
            and qualifier.source == "ner" \
            and qualifier.role is None \
            and qualifier.gazetteer_id is None and qualifier.end == left and doc[qualifier.start].pos_ == "PROPN" \
            and qualifier.text.split()[-1].lower() not in lexicon.org_heads():
        qualifier.cls = "Place"  # "Lehi Mayor X": a town NER called an organisation
    if qualifier.cls == "GovernmentBody" and m.cls == "Official" and not m.executive \
            and qualifier.text.split()[-1].lower() in LOCAL_PLACE_WORDS:
        qualifier.cls = "Place"  # "Cuyahoga County Prosecutor X": the county is the jurisdiction
    if qualifier.cls == "Place" and not m.executive and m.cls == "Official":
        m.jurisdiction = qualifier
    elif qualifier.cls == "Person" and m.executive and qualifier.end - qualifier.start == 1:
        qualifier.cls = "Company"  # "Lumina CEO Rachel Tamsin": NER took the company for a person
        m.employer = qualifier
    elif qualifier.cls in ("Company", "Organization", "Platform") and m.executive:
        m.employer = qualifier
        if qualifier.cls != "Company":
            qualifier.cls = "Company"
    elif qualifier.cls in ("Company", "Organization", "Platform") and m.cls == "Official":
        # "Meta President X": an office in a company is not a public office
        m.cls = "Person"
        m.employer = qualifier


def word_positions(doc: Doc, attr: str, words) -> list[int]:
    """Positions of ``words`` (by ``attr``: "ORTH" or "LOWER") in a document, read from its token
    array: no Token object for the other words."""
    wanted = _word_hashes(doc, words)
    return [i for i, h in enumerate(doc.to_array(attr).tolist()) if h in wanted]


_HASHES: dict[int, tuple[object, frozenset[int]]] = {}


def _word_hashes(doc: Doc, words) -> frozenset[int]:
    """The string hashes of ``words``; those of a lexicon's fixed collection (not a list made per
    call) computed once (a string's hash is the same in every vocabulary)."""
    held = _HASHES.get(id(words))
    if held is not None and held[0] is words:
        return held[1]
    strings = doc.vocab.strings
    wanted = frozenset(strings.add(w) for w in words)
    if not isinstance(words, list):
        _HASHES[id(words)] = (words, wanted)
    return wanted


def _restore_first_words(doc: Doc, mentions: list[Mention]) -> None:
    """"Lumen Pixel was also sued ..." with NER's name cut to "Pixel": a capitalised word right
    before a name that, with it, spells a longer name found elsewhere in the document is part of
    it, and the name takes the longer one's class."""
    longer = {}
    for m in mentions:
        if m.end - m.start >= 2:
            longer.setdefault(m.text, m)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        k = m.start - 1
        if k < 0 or k in taken or doc[k].pos_ != "PROPN" or not doc[k].is_title:
            continue
        full = longer.get(clean_surface(doc[k:m.end].text))
        if full is None or full is m:
            continue
        m.start, m.text, m.cls, m.gazetteer_id = k, full.text, full.cls, full.gazetteer_id
        taken.add(k)


def _widen_employer(doc: Doc, employer: Mention, by_token: dict[int, Mention]) -> None:
    """"Cedar Crown Chief Executive X" with NER's name cut to "Crown": the capitalised words that
    open the sentence right before a company named with an executive title are part of its name
    (one or two of them, untagged by NER: no place, date, party or title)."""
    if employer.source != "ner" or employer.gazetteer_id or employer.cls not in ("Company", "Organization", "Platform"):
        return
    k = employer.start
    while k - 1 >= 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title and (k - 1) not in by_token \
            and not doc[k - 1].ent_type_ and employer.start - k < 2 and not doc[k].is_sent_start:
        k -= 1
    words = doc[k:employer.start]
    if k == employer.start or not (k == 0 or doc[k].is_sent_start) or known_place(words.text) or any(
            lexicon.roles().get((t.lower_,)) is not None or (t.lower_,) in lexicon.demonyms()
            or t.lower_ in MONTHS or t.lower_ in WEEKDAYS or t.lower_ in PARTY_WORDS for t in words):
        return  # (only at the start of a sentence: not "said Monday Nuvexa Chief Executive X")
    by_token.update({i: employer for i in range(k, employer.start)})
    employer.start = k
    employer.text = clean_surface(doc[k:employer.end].text)


def _jurisdiction_before(doc: Doc, m: Mention, left: int, by_token: dict[int, Mention]) -> Mention | None:
    """Where an office is held, written in other ways before its title: "Utah state Sen. X",
    "Manitoba Justice Minister and Attorney General X", "Philippine Senator X", "In Collin
    County, District Attorney X ..."."""
    j = left - 1
    if j < 0:
        return None
    before = by_token.get(j - 1)
    if doc[j].lower_ == "state" and before is not None and before.cls == "Place":
        return before
    if doc[j].lower_ == "and":
        first = _match_role_ending_at(doc, j)
        if first is not None:
            k = first[0]
            while k - 1 >= 0 and (k - 1) not in by_token and doc[k - 1].is_title and first[0] - k < 2:
                k -= 1  # the portfolio: "Justice"
            if (k - 1) in by_token and by_token[k - 1].cls == "Place":
                return by_token[k - 1]
    for n in (2, 1):
        if j - n + 1 >= 0 and not any(i in by_token for i in range(j - n + 1, j + 1)):
            place = lexicon.demonyms().get(tuple(t.lower_ for t in doc[j - n + 1:j + 1]))
            if place is not None and doc[j].text[:1].isupper():
                q = Mention(j - n + 1, j + 1, place, "Place", "ner")
                by_token.update({i: q for i in range(j - n + 1, j + 1)})
                m.extra["place"] = q
                return q
    legislator = m.role in CONSTITUENCY_ROLES or m.role in ("Senator", "State Senator", "Representative")
    if doc[j].text == "," and before is not None and before.start >= 1 and doc[before.start - 1].lower_ == "in" \
            and not legislator and not (m.end < len(doc) and doc[m.end].lower_ in ("of", "from")) \
            and doc[before.start - 1].is_sent_start and (before.cls == "Place" or before.text.split()[-1].lower() in (
                "county", "city", "parish", "borough")):
        return before  # "In Collin County, District Attorney Hal Brandt charged ..."
    return None


# ---------------------------------------------------------------- spans

def _split_list(doc: Doc, span: Span) -> list[tuple[int, int]]:
    """"Facebook, Instagram" or "Facebook and Instagram" as one NER span -> its items."""
    parts: list[tuple[int, int]] = []
    start = span.start
    for tok in span:
        if tok.text in (",", ";") or (tok.lower_ in ("and", "or", "&") and tok.dep_ == "cc"):
            if start < tok.i:
                parts.append((start, tok.i))
            start = tok.i + 1
    if start < span.end:
        parts.append((start, span.end))
    if len(parts) < 2:
        return [(span.start, span.end)]
    # a name with an inner "and" (Securities and Exchange Commission) stays whole
    index = lexicon.gazetteer_index()
    if entity_key(span.text) in index:
        return [(span.start, span.end)]
    if any(doc[s:e].text.lower() in ("co", "company", "sons") for s, e in parts):
        return [(span.start, span.end)]
    # "Brightloop Labs, Inc.": a legal form after a comma is part of the name
    if any(doc[s:e].text.lower().rstrip(".") in LEGAL_SUFFIXES or doc[s:e].text.lower() in LEGAL_SUFFIXES
           for s, e in parts[1:]):
        return [(span.start, span.end)]
    # "Meta and TikTok Inc.": a well-known name opens the list
    if any(entity_key(doc[s:e].text) in index for s, e in parts[:-1]):
        return parts
    # "Brightwater Residential, Oakmont Living and Tessera Property Group": three names of two
    # words or more, with commas, are a list whatever the last one ends in
    if len(parts) >= 3 and any(t.text == "," for t in span) and all(e - s >= 2 for s, e in parts[:-1]) \
            and not any(t.lower_ in ("of", "for", "on", "the") for s, e in parts for t in doc[s:e]):
        return parts
    # "House Energy and Commerce Committee": only the last piece carries the head word
    heads = lexicon.org_heads()
    last_word = doc[parts[-1][1] - 1].lower_
    if last_word in heads and not any(doc[e - 1].lower_ in heads for s, e in parts[:-1]):
        return [(span.start, span.end)]
    if heads.get(last_word) == "Report" and all(e - s == 1 for s, e in parts[:-1]):
        return [(span.start, span.end)]  # "Trust and Safety Transparency Report": one title
    # "Department of Health and Human Services": a piece coordinated inside a prepositional
    # phrase of the name belongs to it ("Bank of America and Wells Fargo" are two names)
    if all(entity_key(doc[s:e].text) in index for s, e in parts):
        return parts  # "Bank of America and Wells Fargo": all known names
    if any(t.lower_ in ("of", "for", "on") for s, e in parts[:-1] for t in doc[s:e]):
        return [(span.start, span.end)]
    # "Procter & Gamble": an ampersand joins a name
    if any(t.text == "&" for t in span):
        return [(span.start, span.end)]
    return parts


def _merge_cut_names(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """NER cuts "National Center for Missing and Exploited Children" at "and": join the two
    ORG halves when the first already contains a preposition (so it is a long name)."""
    heads = lexicon.org_heads()
    out: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if out and s < out[-1][1]:  # overlapping spans ("MediaLab" within "MediaLab.AI Inc.")
            ps, pe, plabel = out[-1]
            out[-1] = (ps, max(e, pe), "ORG" if "ORG" in (label, plabel) else plabel)
            continue
        if out:
            ps, pe, plabel = out[-1]
            if (
                plabel == "ORG"
                and label == "ORG"
                and s == pe + 1
                and doc[pe].lower_ in ("and", "&")
                and any(t.lower_ in ("for", "of", "on") for t in doc[ps:pe])
                and doc[s].lower_ != "the"
                and not (doc[s].is_upper and len(doc[s].text) >= 2)  # "... and NYC Health + Hospitals": a name of its own
            ):
                out[-1] = (ps, e, "ORG")
                continue
            # "The Australian Centre" + "to" + "Counter Child Exploitation", "the Laurentian
            # Institute" + "for" + "Digital Policy": NER stops at the preposition of a long name
            if (
                plabel == "ORG"
                and label == "ORG"
                and s == pe + 1
                and doc[pe].lower_ in ("for", "to", "of", "on")
                and heads.get(doc[pe - 1].lower_) in ("GovernmentBody", "Organization", "Company")
                and doc[s].lower_ != "the"
                and _titled(doc[s:e])
            ):
                out[-1] = (ps, e, "ORG")
                continue
            # "MTN" + "Ghana", "Vodafone" + "Egypt": a known company's national unit is a name of its own,
            # and so is an organisation's ("Childline" + "Kenya said") when the country heads the phrase
            if s == pe and label in ("GPE", "Place") and e - s <= 2 and known_place(doc[s:e].text) \
                    and not (e < len(doc) and doc[e].text in ("-", "–")) and (plabel == "Company" or (
                        plabel in ("ORG", "Platform") and doc[s:e].text in lexicon.demonym_places() and doc[pe - 1].dep_ == "compound"
                        and s <= doc[pe - 1].head.i < e and not (e < len(doc) and doc[e].lower_ in ("'s", "’s")))):
                out[-1] = (ps, e, "ORG")
                continue
            # "the Reserve Bank" + "of" + "Malawi": a country's central bank NER cut before its country
            if plabel == "ORG" and label in ("GPE", "Place") and s == pe + 1 and doc[pe].lower_ == "of" and doc[pe - 1].lower_ == "bank" \
                    and all(t.lower_ in ("the", "central", "reserve", "national", "bank") for t in doc[ps:pe]):
                out[-1] = (ps, e, "ORG")
                continue
            if s == pe and _cut_before(doc[ps:pe], label):
                out[-1] = (ps, e, "ORG")
                continue
            # "Tucson Mayor Regina" + "Fuentes-Albright": NER's organisation holds a title and a first name
            if s == pe and plabel == "ORG" and label == "PERSON" and any(
                    _match_role_starting_at(doc, k, e - 1) is not None for k in range(ps + 1, pe)):
                out[-1] = (ps, e, "PERSON")
                continue
            # "Sierra" + "Andina Mobility S.A.S.": a company's name NER cut before its legal form
            if s == pe and label in ("ORG", "PERSON") and plabel in ("ORG", "PERSON", "NORP", "GPE") and doc[e - 1].lower_ in LEGAL_SUFFIXES \
                    and _titled(doc[ps:e]) and entity_key(doc[ps:pe].text) not in lexicon.gazetteer_index():
                out[-1] = (ps, e, "ORG")
                continue
            # "the BC Children's" + "Digital Wellbeing Network"
            if s == pe and plabel == "ORG" and label == "ORG" and pe - ps >= 2 and doc[pe - 1].lower_ in ("'s", "’s") \
                    and doc[pe - 2].lower_ in PEOPLE_NOUNS:
                out[-1] = (ps, e, "ORG")
                continue
            # "Maryland Lottery" and "Gaming Control Agency": one body whose name has an "and"
            if (
                plabel in ("ORG", "GPE", "NORP")
                and label == "ORG"
                and s == pe + 1
                and doc[pe].lower_ in ("and", "&")
                and doc[s].lower_ != "the"
                and any(heads.get(t.lower_) in ("GovernmentBody", "Organization") for t in doc[s:e])
                and doc[pe - 1].lower_ not in heads
                and _titled(doc[ps:pe])
                and entity_key(doc[ps:pe].text) not in lexicon.gazetteer_index()  # "Meta and ..." is two
                # "sued Gemini Trust, Genesis Global and Digital Currency Group": the last two of a list
                and not (ps >= 2 and doc[ps - 1].text == "," and doc[ps - 2].pos_ == "PROPN")
            ):
                out[-1] = (ps, e, "ORG")
                continue
            # "Kids' Digital" + "Safety Alliance": one capitalised name NER cut in two
            if s == pe and plabel == "ORG" and label == "ORG" and doc[pe - 1].lower_ not in ("'s", "’s") \
                    and heads.get(doc[e - 1].lower_) in ("GovernmentBody", "Organization") \
                    and doc[pe - 1].lower_ not in heads and _titled(doc[ps:e]):
                out[-1] = (ps, e, "ORG")
                continue
        out.append((s, e, label))
    return out


_ACRONYM_GLUE = {"and", "of", "for", "&", "on", "the", "to", "in", "against"}


def _acronym_spans(doc: Doc, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"The Intelligence Fusion and Strategic Operations (IFSO) unit": the capitalised words whose
    initials spell the acronym after them are one name, however NER cut them."""
    if "(" not in (doc.user_data.get("kg_text") or doc.text):
        return raw  # a cheap test on the text before looking at tokens
    paren = doc.vocab.strings["("]
    opens = [i for i, h in enumerate(doc.to_array(ORTH).tolist()) if h == paren]
    for i in opens:
        if i < 2 or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        acr = doc[i + 1].text.replace(".", "")
        if not (2 <= len(acr) <= 8 and acr.isalpha() and (acr.isupper() or mixed_acronym(acr))):
            continue
        acr = "".join(ch for ch in acr if ch.isupper())  # "EFInA": the initials are its capitals
        start = None
        words: list[str] = []
        for k, w in _hyphened_words(doc, i):
            words.insert(0, w)
            if w.replace("-", "").isalpha() and w[:1].isupper() and w.lower() not in _ACRONYM_GLUE:
                if _spells(words, acr):
                    start = k
            elif w.lower() not in _ACRONYM_GLUE:
                break
        if start is None:
            start = _romance_name_start(doc, i, acr)
        if start is None or not any(doc[j].lower_ in _ACRONYM_GLUE | _ROMANCE_GLUE for j in range(start, i)):
            continue  # a name without "and"/"of" inside is NER's to find
        if any(s <= start and e > i + 2 for s, e, _ in raw):
            continue
        # NER's span of the whole name (which may run into the parenthesis: "... Coordinating
        # Center (CICC"), or its pieces, become one name that no list split cuts
        raw = [(s, i, "ORG") if s <= start and i < e <= i + 2 else (s, e, label) for s, e, label in raw]
        whole = min([s for s, e, _ in raw if s <= start and e == i] + [start])
        raw = [x for x in raw if x[1] <= whole or x[0] >= i] + [(whole, i, "ORG_WHOLE")]
    return raw


def _hyphened_words(doc: Doc, i: int, reach: int = 16):
    """The words before token ``i``, last first, as (first token, text); a hyphenated word
    ("E-hailing", "Ride-Share") is one word."""
    k = i - 1
    while k >= 0 and i - k <= reach:
        s = k
        while s >= 2 and doc[s - 1].text == "-" and not doc[s - 2].whitespace_ and not doc[s - 1].whitespace_:
            s -= 2
        yield s, doc[s:k + 1].text
        k = s - 1


# "Office de la protection du consommateur (OPC)": French, Spanish and Portuguese names keep their
# inner words in lower case; the initials of the content words still spell the acronym
_ROMANCE_GLUE = {"de", "la", "du", "des", "del", "da", "do", "dos", "das", "di", "le", "les", "l'", "d'", "et", "y", "e",
                 "el", "los", "las", "pour", "para", "en", "em", "no", "na", "ao"}


def _romance_name_start(doc: Doc, i: int, acr: str) -> int | None:
    """Where a name before "(ACR)" at ``i`` starts when it has Romance function words inside and
    lower-case content words: its first word is capitalised, and the content words spell ``acr``."""
    k = i - 1
    start = None
    while k >= 0 and i - k <= 12 and (doc[k].is_alpha or doc[k].text in ("l'", "d'", "’")):
        w = doc[k]
        if w.text[:1].isupper() and w.lower_ not in _ROMANCE_GLUE:
            words = [t.text for t in doc[k:i] if t.lower_ not in _ROMANCE_GLUE and t.is_alpha]
            if "".join(x[0].upper() for x in words) == acr and any(t.lower_ in _ROMANCE_GLUE for t in doc[k:i]):
                start = k
        k -= 1
    return start


def _spells(words: list[str], acr: str) -> bool:
    """Whether the initials of ``words`` spell ``acr``: every capitalised word gives its initial,
    "of"/"and"/"in" may or may not ("National Agency for the Prohibition of Trafficking in
    Persons" is NAPTIP)."""
    def match(wi: int, ai: int) -> bool:
        if wi == len(words):
            return ai == len(acr)
        w = words[wi]
        fits = ai < len(acr) and w[:1].upper() == acr[ai]
        if w.lower() in _ACRONYM_GLUE:
            return match(wi + 1, ai) or (fits and match(wi + 1, ai + 1))
        return fits and w[:1].isupper() and match(wi + 1, ai + 1)
    return len(words) <= 16 and match(0, 0)


def _term_abbreviation(doc: Doc, s: int, e: int) -> bool:
    """"a non-banking financial company (NBFC)", "child sexual abuse material (CSAM)": an
    acronym in parentheses that spells the lower-case words before it names a kind of thing,
    not an organisation."""
    if e != s + 1 or s < 2 or e >= len(doc) or doc[s - 1].text != "(" or doc[e].text != ")":
        return False
    acr = doc[s].text.replace(".", "").lower()
    if not doc[s].text.isupper() or not 2 <= len(acr) <= 8:
        return False
    letters = ""
    k = s - 2
    while k >= 0 and len(letters) < len(acr):
        w = doc[k]
        if w.text == "-" or w.lower_ in _ACRONYM_GLUE:
            k -= 1
            continue
        if not w.is_alpha or not w.text.islower():
            return False
        letters = w.text[0] + letters
        k -= 1
    return letters == acr


def _widened(doc: Doc, s: int, e: int, label: str) -> tuple[int, int, str]:
    """NER's span with what it left out at its edges: "Moonlit Services" + "(HK) Limited" (a
    bracketed code before the legal suffix), "Anders" + "Kjeldsen" (a first name after a comma
    that the parser hangs on the surname), "PT" + "Kilat" + "Dana Nusantara" (an Indonesian
    company's legal form before its name)."""
    for k in range(s - 1, max(-1, s - 4), -1):
        if doc[k].text in ("PT", "PT.", "CV"):
            if all(t.text[:1].isupper() and t.is_alpha for t in doc[k + 1:s]):
                return k, e, "ORG"
            break
        if not (doc[k].text[:1].isupper() and doc[k].is_alpha):
            break
    if label == "ORG" and e + 3 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" \
            and len(doc[e + 1]) <= 4 and doc[e + 3].lower_.rstrip(".") in LEGAL_SUFFIXES:
        return s, e + 4, label
    if label == "PERSON" and s >= 2 and (doc[s - 2].text in (",", "—", "–", "(") or doc[s - 2].lower_ in HONORIFICS) \
            and doc[s - 1].pos_ == "PROPN" \
            and doc[s - 1].is_title and doc[s - 1].ent_iob_ == "O" and doc[s - 1].dep_ == "compound" \
            and s <= doc[s - 1].head.i < e and lexicon.roles().get((doc[s - 1].lower_,)) is None \
            and doc[s - 1].lower_ not in HONORIFICS:
        return s - 1, e, label
    if label == "PERSON" and e < len(doc) and doc[e - 1].dep_ == "compound" and doc[e - 1].head.i == e \
            and doc[e].pos_ == "PROPN" and doc[e].is_title and doc[e].is_alpha and doc[e].ent_iob_ == "O" \
            and lexicon.roles().get((doc[e].lower_,)) is None:
        return s, e + 1, label  # "Bongani" + "Mathebula": a surname NER left out, the head of the name
    if label == "PERSON" and _hyphen_joined(doc, e) and doc[e + 1].ent_iob_ == "O" and (
            doc[e + 1].is_title or (doc[e + 1].is_lower and len(doc[e + 1]) <= 4 and not _name_modifier(doc[e + 1]))):
        # "Lorna Vasquez" + "-Hale": the rest of a double-barrelled surname; "Park Hyun" + "-soo":
        # a hyphenated given name (not "-led", "-era")
        return s, e + 2, label
    if s >= 2 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title and doc[s - 1].is_alpha and doc[s - 1].ent_iob_ == "O" \
            and doc[s - 1].dep_ == "compound" and s <= doc[s - 1].head.i < e and doc[s - 2].dep_ == "amod" \
            and doc[s - 2].head.i == doc[s - 1].head.i and doc[s - 2].text.islower() and doc[s - 2].tag_ == "VBN" \
            and lexicon.roles().get((doc[s - 1].lower_,)) is None and (doc[s - 1].lower_,) not in lexicon.demonyms() \
            and doc[s - 1].lower_ not in HONORIFICS and not known_place(doc[s - 1].text):
        # "Shanghai-based" + "Lumen" + "Pixel": a first word NER left out after a participle
        # ("-based", "-listed", "privately held"), which says it is a business
        return s - 1, e, "ORG" if label == "PERSON" else label
    if s >= 2 and doc[s - 1].is_title and doc[s - 1].is_alpha and doc[s - 1].ent_iob_ == "O" \
            and doc[s - 1].pos_ in ("ADJ", "PROPN") and doc[s - 2].text.islower() \
            and lexicon.type_cues()["appositive"].get(doc[s - 2].lower_) in ("Organization", "Company"):
        return s - 1, e, "ORG"  # "the charity" + "Safer" + "Screens Ireland" (an adjective NER left out)
    return s, e, label


_SCALE_WORDS = {"million", "billion", "trillion", "crore", "lakh"} | {"mn", "bn", "m"} | {"per", "percent", "%"}


def _amount_trimmed(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """"Gustami 4.5" + "mn euros": a figure NER ran into the name it follows is no part of it."""
    while e - s > 1 and doc[e - 1].like_num and e < len(doc) and doc[e].lower_ in _SCALE_WORDS:
        e -= 1
    return s, e


_GENERIC_PLACE_WORDS = {"state", "federal", "national", "city", "county", "province", "commonwealth", "region"}


def _currency_code(doc: Doc, s: int, e: int) -> bool:
    """"NOK 2,350": a currency code before an amount is no organisation; "R1.9bn" is no name."""
    return e == s + 1 and (e < len(doc) and doc[e].like_num and doc[s].text in CURRENCY_CODES or is_amount(doc[s].text))


def _camel_case(text: str) -> bool:
    """"CityNiteList", "PayNest": a capital first, lower-case letters, and a capital inside."""
    return text[:1].isupper() and any(ch.islower() for ch in text) and any(ch.isupper() for ch in text[1:])


def _lower_camel_case(text: str) -> bool:
    """"eMarketer", "iFood": a lower-case letter, a capital, then lower-case letters."""
    return len(text) >= 4 and text[0].islower() and text[1].isupper() and any(ch.islower() for ch in text[2:])


def acronym_like(text: str) -> bool:
    """"NSPCC", "C3P", "F.T.C.": two to eight letters and digits, capitals first, two capitals at least."""
    text = text.replace(".", "")
    return 2 <= len(text) <= 8 and text.isalnum() and text[0].isupper() and text.upper() == text \
        and sum(ch.isalpha() for ch in text) >= 2


def mixed_acronym(text: str) -> bool:
    """"EFInA", "DfE", "MoJ": an acronym written with a few lower-case letters (more capitals than
    lower case, so "TikTok" is none)."""
    upper = sum(ch.isupper() for ch in text)
    return 2 <= len(text) <= 8 and text.isalnum() and text[0].isupper() and upper >= 2 \
        and upper > sum(ch.islower() for ch in text)


def _defined_acronyms(doc: Doc, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"The Canadian Centre for Child Protection (C3P)": an acronym in parentheses right after an
    organisation's name is a name of its own (NER often leaves it out); the resolver joins it to
    the name before the parenthesis."""
    ends = {e for s, e, label in raw if label in ("ORG", "ORG_WHOLE")}
    covered = _covered(raw)
    return [(i + 1, i + 2, "ORG") for i in ends
            if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and (i + 1) not in covered
            and (acronym_like(doc[i + 1].text) or mixed_acronym(doc[i + 1].text) or (doc[i + 1].is_alpha and doc[i + 1].is_title and len(doc[i + 1]) <= 10
                                                   and not known_place(doc[i + 1].text)))]


def _cut_before(span: Span, next_label: str) -> bool:
    """A capitalised name that NER cut after its "of" ("The City of" + "Austin") or, before an
    organisation, after its "and" ("Australian Competition and" + "Consumer Commission")."""
    if len(span) < 2:
        return False
    last = span[-1].lower_
    return (last == "of" or (last in ("and", "&") and next_label == "ORG")) and _titled(span[:-1])


def _titled(span: Span) -> bool:
    """Every word capitalised (a leading "the" aside)."""
    words = [t for t in span if t.is_alpha and not (t.i == span.start and t.lower_ == "the")]
    return bool(words) and all(t.text[:1].isupper() for t in words)


def _glued_start(doc: Doc, s: int) -> int:
    """"MediaLab.AI", "Character.AI": the tokenizer cut the name at its dot."""
    if s >= 1 and doc[s - 1].whitespace_ == "" and doc[s - 1].text.endswith(".") and len(doc[s - 1].text) > 2 \
            and doc[s - 1].text[:1].isupper() and doc[s - 1].text[:-1].isalnum():
        return s - 1
    if s >= 2 and doc[s - 1].text == "." and doc[s - 1].whitespace_ == "" and doc[s - 2].whitespace_ == "" \
            and doc[s - 2].text[:1].isupper() and doc[s - 2].text.isalnum():
        return s - 2
    if s >= 2 and doc[s - 1].text == "-" and doc[s - 1].whitespace_ == "" and doc[s - 2].whitespace_ == "" \
            and doc[s - 2].text[:1].isupper() and doc[s - 2].is_alpha and doc[s].text[:1].isupper():
        # "Global Anti-" + "Scam Alliance": a hyphenated word inside the name
        k = s - 2
        while k >= 1 and doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_alpha:
            k -= 1
        return k
    return s


def _place_before_name(doc: Doc, ent: Span) -> int | None:
    """"Commissioner of Canada Philippe Dufresne": NER's one name after "<title> of" that opens
    with a known place and goes on with two to four capitalised words -> where the place ends."""
    if ent.label_ not in ("ORG", "PERSON") or ent.start < 2 or doc[ent.start - 1].lower_ != "of" \
            or _match_role_ending_at(doc, ent.start - 1) is None:
        return None
    for k in _place_ends(doc, ent.start, ent.end):
        rest = doc[k:ent.end]
        if 2 <= len([t for t in rest if t.is_alpha]) <= 4 and all(t.text[:1].isupper() or t.text in ("-", ".") for t in rest):
            return k
    return None


def _place_ends(doc: Doc, start: int, limit: int) -> list[int]:
    """Where a known place of one or two words starting at ``start`` ends ("Canada", "New Mexico")."""
    return [k for k in (start + 1, start + 2) if k <= limit and known_place(doc[start:k].text)]


def _trim(doc: Doc, s: int, e: int) -> tuple[int, int]:
    for i in range(s + 1, e):
        if doc[i].text == "(":  # "Information Commissioner's Office (ICO", not "Mzansi Lend (Pty) Ltd"
            if not any(doc[j].text == ")" for j in range(i + 1, e - 1)):
                e = i
            break
    while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_punct or doc[s].is_space):
        s += 1
    for i in range(s + 1, e - 1):  # "fined Gravitas Games 9.8 billion won": the sum is no part of the name
        if doc[i].like_num and doc[i + 1].lower_ in ("million", "billion", "trillion", "crore", "lakh", "percent", "%"):
            e = i
            break
    if e - s >= 3 and doc[s].text in ("NGO", "NGOs") and doc[s + 1].text[:1].isupper():
        s += 1  # "the NGO Pathway Rescue Foundation": the noun that describes the name
    cues = lexicon.type_cues()["appositive"]
    while e - s >= 2 and cues.get(doc[s].lower_) not in (None, "Report") and doc[s].text.islower() \
            and any(ch.isupper() for ch in doc[s + 1:e].text):
        s += 1  # "the association e-Enfance" (a lower-case noun NER took into the name)
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space or doc[e - 1].lower_ in ("'s", "’s", "'", "’", "and", "or")):
        if doc[e - 1].text in ("?", "!") and e - 1 > s and not doc[e - 2].whitespace_ \
                and entity_key(doc[s:e].text) in lexicon.gazetteer_index():
            break  # "Which?": a known name ending in its punctuation
        e -= 1  # ("Meta's Instagram and" tagged as one name)
    return s, e


_LAW_HEADS = {"Act", "Acts", "Bill", "Directive"}


def _law_name(ent: Span) -> bool:
    """A capitalised title ending in "Act" or "Bill" (maybe with its year: "Online Safety Act
    2023") names a law, never a party, whatever NER calls it."""
    words = [t for t in ent if not t.is_punct]
    if words and _is_year(words[-1]):
        words = words[:-1]
    if words and words[-1].lower_ == "of":
        words = words[:-1]
    return len(words) >= 2 and words[-1].text in _LAW_HEADS and words[-2].text[:1].isupper()


# nouns that head names with "of" + a place: "Commonwealth Bank of Australia", "Children's Hospital of Philadelphia"
_OF_NAME_HEADS = {"bank", "university", "college", "hospital", "museum", "church", "bar", "chamber", "school", "academy",
                  "superintendency", "secretariat", "inspectorate", "procuracy", "prosecutor", "ombudsman", "registrar",
                  "republic", "kingdom", "state", "states", "government", "city", "county", "district", "province",
                  "police", "service", "federation", "union", "league", "party", "club", "fund", "corporation", "port",
                  "exchange", "reserve", "mint", "library", "zoo", "orchestra", "diocese", "archdiocese", "emirate"}


def _named_alone(doc: Doc, name: str) -> bool:
    """Whether the article also writes ``name`` without the "of ..." that follows it once."""
    text = doc.user_data.get("kg_text") or doc.text
    return text.count(name) > text.count(name + " of")


def _repaired_span(doc: Doc, ent: Span) -> Span | None:
    """An entity span NER got wrong, mended, or None when it names nothing: blank lines at its
    ends, a law or a term taken for an organisation, a second place cut off ("... of Minnesota"
    + "and North Dakota"), the place of registration after a legal form ("Ltd of Cyprus")."""
    if ent[-1].is_space or ent[0].is_space:  # "Techpoint Africa/Seun Ajayi" + a blank line: no part of the name
        s0, e0 = ent.start, ent.end
        while e0 > s0 and doc[e0 - 1].is_space:
            e0 -= 1
        while s0 < e0 and doc[s0].is_space:
            s0 += 1
        if s0 == e0:
            return None
        ent = Span(doc, s0, e0, label=ent.label_)
    if _law_name(ent):
        return None  # "the Texas Deceptive Trade Practices Act" tagged as an organisation: a law
    if len(ent) == 1 and ent.text in _NOT_BODIES and (ent.start == 0 or not doc[ent.start - 1].text[:1].isupper()):
        return None  # "SIM-swap complaints", "AI chatbots": a term NER took for an organisation
    if ent.label_ == "ORG" and len(ent) >= 3 and ent[-2].lower_ == "of" and ent.end + 1 < len(doc) \
            and doc[ent.end].lower_ == "and" and doc[ent.end + 1].ent_type_ == "GPE" and doc[ent.end + 1].ent_iob_ == "B":
        k = ent.end + 2
        while k < len(doc) and doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "GPE":
            k += 1
        if doc[k - 1].dep_ == "conj" and doc[k - 1].head.i == ent.end - 1:
            # "the Better Business Bureau of Minnesota and North Dakota": both places name it
            ent = Span(doc, ent.start, k, label=ent.label_)
    suffix = next((t.i for t in ent[:-2] if (t.lower_ in LEGAL_SUFFIXES or t.lower_.rstrip(".") in LEGAL_SUFFIXES)
                   and t.i > ent.start and doc[t.i + 1].lower_ == "of"), None)
    if suffix is not None and known_place(doc[suffix + 2:ent.end].text):
        ent = Span(doc, ent.start, suffix + 1, label=ent.label_)  # "Orvane Holdings Ltd of Cyprus": where it is registered
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if ent.label_ == "ORG" and of is not None and of - ent.start >= 2 and of + 1 < ent.end \
            and doc[of - 1].lower_ not in lexicon.org_heads() and doc[of - 1].lower_ not in _OF_NAME_HEADS \
            and doc[of - 1].is_title and (known_place(doc[of + 1:ent.end].text) or all(
                t.pos_ == "PROPN" and t.is_title for t in doc[of + 1:ent.end]) and ent.end - of <= 3 and (any(
                    e.label_ == "GPE" and e.text == doc[of + 1:ent.end].text for e in doc.user_data.get("kg_ents", ()))
                    or _named_alone(doc, doc[ent.start:of].text))):
        ent = Span(doc, ent.start, of, label=ent.label_)  # "Alderbrook Electronics of Seoul": where it is based
    return ent


def find_mentions(doc: Doc, kinds: dict[int, str], sent_of: list[int] | None = None) -> list[Mention]:
    """Named mentions in prose and caption sentences, typed, titles split off.

    ``sent_of[i]`` is the start of token i's sentence (computed once by the caller)."""
    if sent_of is None:
        sent_of = [t.sent.start for t in doc]
    raw: list[tuple[int, int, str]] = []
    index = lexicon.gazetteer_index()
    dateline = _datelines(doc, kinds)
    doc.user_data["kg_dateline"] = dateline
    ents = _joined_entities(doc)
    for ent in ents:
        ent = _repaired_span(doc, ent)
        if ent is None:
            continue
        if ent.label_ == "PERSON" and len(ent) > 2 and ent[0].text in TITLE_ABBREVIATIONS:
            ent = Span(doc, ent.start + 1, ent.end, label="PERSON")  # "Atty. Hernán Villaseñor": the title is no part of the name
        if ent.label_ in ("LOC", "GPE", "FAC") and 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in ent) \
                and ent.root.dep_ == "nsubj" and ent.root.head.lemma_ == "be" and not known_place(ent.text) \
                and kinds.get(sent_of[ent.start]) == "prose" and any(
                    c.dep_ == "attr" and _match_role_starting_at(
                        doc, c.left_edge.i + (doc[c.left_edge.i].lower_ in ("the", "a", "an")), c.i + 1) is not None
                    for c in ent.root.head.children):
            raw.append((ent.start, ent.end, "PERSON"))  # "Mika Sato is chief executive of X" called a place
            continue
        if ent.label_ not in NER_CLASSES and ent.label_ not in RULER_CLASSES:
            entry = index.get(entity_key(ent.text)) if ent.label_ in OTHER_NAME_LABELS else None
            if entry is None and ent.label_ in OTHER_NAME_LABELS and any(t.lower_ in ("and", ",", "&") for t in ent):
                # "Instagram and Facebook" tagged as one work of art: a list of known names
                parts, k = [], ent.start
                for i in range(ent.start, ent.end + 1):
                    if i == ent.end or doc[i].lower_ in ("and", ",", "&"):
                        if k < i:
                            parts.append((k, i))
                        k = i + 1
                if len(parts) > 1 and (all(index.get(entity_key(doc[a:b].text)) is not None for a, b in parts) or (
                        ent.start > 0 and doc[ent.start - 1].text in ("apps", "platforms", "games", "sites", "websites")
                        and all(doc[a].is_title for a, b in parts))):
                    # "the dating apps Tandemly and Silverpair" tagged as one work of art
                    raw.extend((a, b, "ORG") for a, b in parts)
                    continue
            if entry is None:
                if ent.label_ in OTHER_NAME_LABELS and ent[-1].lower_ in LEGAL_SUFFIXES and len(ent) > 1:
                    raw.append((ent.start, ent.end, "ORG"))  # "Pixelbyte LLC" called a product
                elif ent.label_ in ("FAC", "PRODUCT") and len(ent) == 1 and ent[0].pos_ == "PROPN" \
                        and ent[0].text[:1].isupper() and kinds.get(sent_of[ent.start]) == "prose" \
                        and not (ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ == "based"):
                    raw.append((ent.start, ent.end, "ORG"))  # an invented app or company, "sued Rentlyx"
                elif ent.label_ == "NORP" and len(ent) == 1 and ent[0].tag_ == "NNP" and ent[0].dep_ in ("dobj", "nsubj", "nsubjpass") \
                        and (ent[0].lower_,) not in lexicon.demonyms() \
                        and not ent[0].lower_.endswith(("an", "ese", "ish", "ic", "i", "s")) \
                        and kinds.get(sent_of[ent.start]) == "prose":
                    raw.append((ent.start, ent.end, "ORG"))  # "sued Corvexa": an invented name called a nationality
                elif ent.label_ in ("FAC", "PRODUCT", "WORK_OF_ART", "LOC") and all(t.pos_ == "PROPN" and t.is_title for t in ent) \
                        and _suit_party(ent.root) and kinds.get(sent_of[ent.start]) == "prose":
                    raw.append((ent.start, ent.end, "ORG"))  # "has sued Cashwala Fintech" called a building
                elif ent.label_ in ("FAC", "PRODUCT", "WORK_OF_ART") and ent.start > 0 and all(t.pos_ == "PROPN" for t in ent) \
                        and doc[ent.start - 1].text.islower() and kinds.get(sent_of[ent.start]) == "prose" \
                        and lexicon.type_cues()["appositive"].get(doc[ent.start - 1].lower_) in ("Organization", "Company"):
                    raw.append((ent.start, ent.end, "ORG"))  # "the nonprofit Haven Road" called a place
                elif ent.label_ in ("FAC", "PRODUCT", "WORK_OF_ART", "LOC") and 2 <= len(ent) <= 5 and ent.start >= 2 \
                        and all((t.pos_ == "PROPN" and t.text[:1].isupper()) or (t.text == "-" and not t.whitespace_) for t in ent) \
                        and doc[ent.start - 1].text == "," \
                        and _match_role_ending_at(doc, ent.start - 1) is not None and kinds.get(sent_of[ent.start]) == "prose":
                    raw.append((ent.start, ent.end, "PERSON"))  # "its chief executive, Olumide Adeyemi-Cole" called a building
                elif ent.label_ in ("FAC", "PRODUCT", "WORK_OF_ART") and 2 <= len(ent) <= 3 and ent.start > 0 \
                        and all(t.pos_ == "PROPN" and t.is_title for t in ent) and doc[ent.start - 1].text in ('"', "”", "''") \
                        and ent.end < len(doc) and (doc[ent.end].text == "," or doc[ent.end].lemma_ in ("say", "tell")) \
                        and kinds.get(sent_of[ent.start]) == "prose":
                    raw.append((ent.start, ent.end, "PERSON"))  # '"...," Ricardo Albuquerque, Brazil's justice minister, told'
                elif ent.label_ in ("FAC", "PRODUCT", "WORK_OF_ART") and all(t.pos_ == "PROPN" and t.is_title for t in ent) \
                        and kinds.get(sent_of[ent.start]) == "prose" and (r := _match_role_starting_at(doc, ent.end, ent.end + 4)) \
                        and r[1].executive and ent.end + 1 < len(doc):
                    raw.append((ent.start, ent.end, "ORG"))  # "Marlow Street chief executive Graham Tull" called a street
                elif ent.label_ in ("FAC", "LOC") and len(ent) > 2 - (ent[0].lower_ != "the") \
                        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[int(ent[0].lower_ == "the"):]) \
                        and org_class(ent, "") in ("Organization", "GovernmentBody") and kinds.get(sent_of[ent.start]) == "prose":
                    # "the Great Lakes Gaming Research Center" called a building
                    raw.append((ent.start + int(ent[0].lower_ == "the"), ent.end, "ORG"))
                elif ent.label_ == "WORK_OF_ART" and len(ent) > 1 and ent[0].is_title and org_class(ent, "") == "Report" \
                        and kinds.get(sent_of[ent.start]) == "prose":
                    raw.append((ent.start, ent.end, "ORG"))  # "its Global Report on Fraud": a report's name
                continue
        if kinds.get(sent_of[ent.start]) not in ("prose", "caption", "source"):
            continue
        if ent.start in dateline:
            continue
        place_end = _place_before_name(doc, ent)
        if place_end is not None:  # "Privacy Commissioner of Canada Philippe Dufresne" tagged as one name
            raw.extend([(ent.start, place_end, "GPE"), (place_end, ent.end, "PERSON")])
            continue
        raw.extend(_split_possessive(doc, _glued_start(doc, ent.start), ent.end, ent.label_))
    raw = [_widened(doc, *_amount_trimmed(doc, s, e), label) for s, e, label in raw]
    raw = [x for x in raw if not _term_abbreviation(doc, x[0], x[1]) and not _currency_code(doc, x[0], x[1])
           and not (x[1] == x[0] + 1 and x[2] in ("GPE", "LOC") and doc[x[0]].lower_ in _GENERIC_PLACE_WORDS)]
    raw = _without_title_words(doc, raw)
    raw.extend(_proper_name_orgs(doc, kinds, raw, sent_of))
    raw.extend(_titled_people(doc, kinds, raw, sent_of))
    # "StopFraudColorado.gov", "Cybertip.ca": a web address named in prose is a name
    covered_now = _covered(raw)
    if _TLD.search(doc.user_data.get("kg_text") or doc.text):  # a cheap test on the text before looking at tokens
        raw.extend((t.i, t.i + 1, "ORG") for t in doc if t.i not in covered_now and _DOMAIN.match(t.text)
                   and kinds.get(sent_of[t.i]) == "prose")
    # "the clothing resale app Thriftly": an untagged capitalised word right after an app noun
    covered_now = _covered(raw)
    app_words = ("app", "platform", "messenger", "chatbot", "game", "site", "website", "marketplace", "apps", "platforms",
                 "games", "sites", "subsidiary", "startup", "affiliate", "brand", "brands")
    for t in [doc[i] for i in word_positions(doc, "LOWER", app_words)]:
        if not t.text.islower():
            continue  # "Women's Health Apps and Your Data": a word of a title
        if t.pos_ == "NOUN" and t.i + 1 < len(doc):
            names = [doc[t.i + 1]]
            if t.tag_ == "NNS" and t.i + 3 < len(doc) and doc[t.i + 2].lower_ == "and":
                names.append(doc[t.i + 3])  # "the dating apps Tandemly and Silverpair"
            for n in names:
                if n.i not in covered_now and (n.is_title or _camel_case(n.text)) and n.is_alpha and len(n.text) >= 3 and not n.is_stop \
                        and sent_of[n.i] == sent_of[t.i] and kinds.get(sent_of[n.i]) == "prose" \
                        and (n.i + 1 >= len(doc) or (not doc[n.i + 1].is_title and doc[n.i + 1].pos_ not in ("NOUN", "PROPN"))) \
                        and not n.ent_type_:
                    raw.append((n.i, n.i + 1, "ORG"))
        if t.pos_ == "NOUN" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("called", "named", "dubbed"):
            n = doc[t.i + 2]  # "a clone app called Lotus365"
            if n.i not in covered_now and n.text[:1].isupper() and n.text.isalnum() and len(n.text) >= 3 \
                    and not n.ent_type_ and kinds.get(sent_of[n.i]) == "prose" \
                    and (n.i + 1 >= len(doc) or not doc[n.i + 1].text[:1].isupper()):
                raw.append((n.i, n.i + 1, "ORG"))
        if t.pos_ in ("NOUN", "PROPN") and t.i >= 2:  # "the Tally app", "its Pesaflash app"
            p = doc[t.i - 1]
            q = p.i  # "its Majlis Play app": up to three capitalised words before the noun
            while q - 1 > sent_of[p.i] and p.i - q < 2 and doc[q - 1].pos_ == "PROPN" and doc[q - 1].is_title \
                    and doc[q - 1].is_alpha and doc[q - 1].ent_type_ in ("", "PRODUCT", "WORK_OF_ART", "FAC") \
                    and (q - 1) not in covered_now:
                q -= 1
            if p.i not in covered_now and p.pos_ == "PROPN" and (p.is_title or _camel_case(p.text)) and p.is_alpha and len(p.text) >= 3 \
                    and not p.is_stop and p.ent_type_ in ("", "PRODUCT", "WORK_OF_ART", "FAC") and q >= 1 and doc[q - 1].lower_ in ("the", "its", "their", "his", "her", "'s", "’s", "whose") \
                    and kinds.get(sent_of[p.i]) == "prose":
                raw.append((q, p.i + 1, "ORG"))
            elif t.tag_ == "NNS" and p.is_title and p.is_alpha and t.i >= 4 and doc[t.i - 2].lower_ == "and" \
                    and doc[t.i - 3].is_title and doc[t.i - 4].lower_ in ("the", "its", "their") \
                    and kinds.get(sent_of[p.i]) == "prose":
                # "the Fido and Chatr brands": both names before the plural noun
                raw.extend((k, k + 1, "ORG") for k in (t.i - 3, t.i - 1)
                           if k not in covered_now and not doc[k].ent_type_ and len(doc[k].text) >= 3 and not doc[k].is_stop)
    raw.extend(_described_names(doc, kinds, raw, sent_of))
    raw = _acronym_spans(doc, raw)
    # "National Consumer Service (Sernac" as one name: the name, and the short name in its parenthesis
    raw = [(s, e - 2, label) if label in ("ORG", "ORG_WHOLE") and e - s >= 3 and e < len(doc)
           and doc[e - 2].text == "(" and doc[e].text == ")" else (s, e, label) for s, e, label in raw]
    raw.extend(_defined_acronyms(doc, raw))
    raw = _merge_cut_names(doc, sorted(raw))
    # "Competition and" + "Consumer Commission of Singapore": a capitalised word and "and" that NER
    # left before a body's name (never a well-known name of its own: "Meta and ...")
    covered_now = _covered(raw)
    heads = lexicon.org_heads()
    grown = []
    for s, e, label in raw:
        if label == "ORG" and s >= 2 and doc[s - 1].lower_ in ("and", "&") and doc[s - 2].is_title \
                and doc[s - 2].pos_ in ("PROPN", "NOUN") and (s - 2) not in covered_now and doc[s].lower_ != "the" \
                and entity_key(doc[s - 2].text) not in lexicon.gazetteer_index() \
                and any(heads.get(t.lower_) in ("GovernmentBody", "Organization") for t in doc[s:e]):
            k = s - 2
            while k - 1 >= 0 and doc[k - 1].is_title and doc[k - 1].pos_ in ("PROPN", "NOUN") and (k - 1) not in covered_now \
                    and s - k < 4 and entity_key(doc[k - 1].text) not in lexicon.gazetteer_index():
                k -= 1
            s = k
        grown.append((s, e, label))
    raw = grown
    # "Hafen Digital" + "SE": a legal form NER left out
    # and "eSafety" + "Commissioner": the office a name heads
    # (not "Minnesota Insurance" + "Commissioner" + "Ingrid Solheim": a title before a person's name)
    person_starts = {s2 for s2, _, label2 in raw if label2 == "PERSON"}
    raw = [(s, e + 1, "ORG") if e < len(doc) and doc[e].text[:1].isupper() and not any(s2 == e for s2, _, _ in raw)
           and (doc[e].lower_ in LEGAL_SUFFIXES or doc[e].lower_.rstrip(".") in LEGAL_SUFFIXES
                or (label == "ORG" and heads.get(doc[e].lower_) == "GovernmentBody" and e + 1 not in person_starts))
           else (s, e, label)
           for s, e, label in raw]
    # "Corvel" + "Media": NER stopped before the capitalised word the name is a compound of
    covered_now = _covered(raw)
    grown = []
    for s, e, label in raw:
        k = e
        while label == "ORG" and k < len(doc) and k - e < 2 and k not in covered_now and doc[k].pos_ == "PROPN" \
                and doc[k].is_title and doc[k - 1].dep_ == "compound" and doc[k - 1].head.i == k \
                and not doc[k].ent_type_ and _match_role_starting_at(doc, k, k + 4) is None \
                and entity_key(doc[k].text) not in lexicon.gazetteer_index():
            k += 1
        # "Rheinpeak" + "Media GmbH": and the capitalised compound words NER left before it
        j = s
        legal = doc[k - 1].lower_.rstrip(".") in LEGAL_SUFFIXES  # "Brightmoor Media LLC": all of it is the name
        while label == "ORG" and j - 1 >= 0 and s - j < (3 if legal else 2) and (j - 1) not in covered_now \
                and not any(a <= j - 1 <= b for a, b, _ in raw if a < s) \
                and (doc[j - 1].pos_ == "PROPN" or legal) \
                and doc[j - 1].is_title and doc[j - 1].dep_ == "compound" and s <= doc[j - 1].head.i < k \
                and (not doc[j - 1].ent_type_ or legal) and doc[j - 1].lower_ not in lexicon.role_edge_words()[0] \
                and doc[j - 1].lower_ not in lexicon.role_edge_words()[1] \
                and entity_key(doc[j - 1].text) not in lexicon.gazetteer_index():
            j -= 1
        grown.append((j, k, label))
    raw = grown
    # "Children's" + "Digital Accountability Project", "Queensland Teachers'" + "Union": NER cut a
    # name at the possessive of a people noun it opens with
    covered_now = _covered(raw)
    grown = []
    lone = {(s, e) for s, e, _ in raw if e - s == 1}
    dropped = set()
    for s, e, label in raw:
        if (label == "ORG" or heads.get(doc[e - 1].lower_) is not None) and s >= 2 \
                and doc[s - 1].lower_ in ("'s", "’s", "'", "’") and doc[s - 2].lower_ in PEOPLE_NOUNS \
                and doc[s - 2].is_title and ((s - 2) not in covered_now or (s - 2, s - 1) in lone) and doc[s].is_title:
            dropped.add((s - 2, s - 1))  # "Children" tagged as a place of its own
            s -= 2
            label = "ORG"  # "Children's" + "Online Tracker" (NER: a person)
            while s - 1 >= 0 and (s - 1) not in covered_now and doc[s - 1].is_title and doc[s - 1].pos_ == "PROPN" \
                    and sent_of[s - 1] == sent_of[s]:
                s -= 1
        grown.append((s, e, label))
    raw = [x for x in grown if (x[0], x[1]) not in dropped]
    # "Attorney" + "General's Office": NER cut a role that the office is named after
    covered_now = _covered(raw)
    regrown = []
    for s, e, label in raw:
        hit = _match_role_ending_at(doc, s + 1) if label == "ORG" and e - s >= 2 \
            and any(t.lower_ in ("'s", "’s") for t in doc[s:e]) else None
        if hit is not None and hit[0] < s and all(doc[i].is_title and i not in covered_now for i in range(hit[0], s)):
            s = hit[0]
            # "Washington State" + "Attorney General's Office": the office of that state
            place = next((x for x in regrown if x[1] == s and x[2] == "GPE"), None)
            if place is not None:
                regrown.remove(place)
                s = place[0]
        regrown.append((s, e, label))
    raw = regrown
    # "ClassNest" + ", Inc.": a legal form after a comma that NER left out
    starts = {s for s, _, _ in raw}
    raw = [(s, e + 2, label) if label == "ORG" and e + 1 < len(doc) and doc[e].text == "," and e + 1 not in starts
           and doc[e + 1].lower_ in LEGAL_SUFFIXES and doc[e + 1].text[:1].isupper() else (s, e, label)
           for s, e, label in raw]
    # "Tradewind" + "Pay" + "LLC": NER tagged only the legal form; the name is the capitalised
    # words before it (absorbing what NER made of them)
    fixed: list[tuple[int, int, str]] = []
    for s, e, label in sorted(raw):
        if all(doc[i].lower_ in LEGAL_SUFFIXES or doc[i].is_punct for i in range(s, e)):
            if fixed and s >= 1 and doc[s - 1].text == "," and fixed[-1][1] == s - 1 and fixed[-1][2] == "ORG":
                fixed[-1] = (fixed[-1][0], e, "ORG")  # "Lindgren Learning Holdings" + ", LLC"
                continue
            k = s
            while k - 1 >= 0 and doc[k - 1].text[:1].isupper() and s - k < 4 and (doc[k - 1].pos_ == "PROPN" or (
                    doc[k - 1].pos_ == "NOUN" and k - 1 > 0 and doc[k - 2].text[:1].isupper())):  # "Brightmoor Media LLC"
                k -= 1
            if k < s:
                fixed = [x for x in fixed if x[1] <= k]
                s, label = k, "ORG"
        fixed.append((s, e, label))
    raw = fixed
    # a source line in parentheses that NER left untagged: "(Human Trafficking Institute)"
    for sent_start, kind in kinds.items():
        if kind == "source":
            sent = doc[sent_start].sent
            if not any(sent.start <= s < sent.end for s, _, _ in raw):
                inner = [t for t in sent if not t.is_punct and not t.is_space]
                if inner and all(t.is_title or t.lower_ in _CONNECTORS for t in inner):
                    raw.append((inner[0].i, inner[-1].i + 1, "ORG"))
    raw.sort()
    # "the Competition Tribunal against Lumaforge Inc.": NER ran two names together over a preposition
    split: list[tuple[int, int, str]] = []
    for s, e, label in raw:
        cut = next((i for i in range(s + 1, e - 1) if doc[i].text in ("against", "versus", "v.", "vs.")), None)
        split.extend([(s, cut, label), (cut + 1, e, label)] if cut is not None else [(s, e, label)])
    raw = split
    mentions: list[Mention] = []
    for s, e, label in raw:
        pieces = _split_list(doc, doc[s:e]) if label not in ("PERSON", "ORG_WHOLE") else [(s, e)]
        label = "ORG" if label == "ORG_WHOLE" else label  # spelled out by its acronym: one name
        for ps, pe in pieces:
            ps, pe = _trim(doc, ps, pe)
            if ps >= pe:
                continue
            text = clean_surface(doc[ps:pe].text)
            if not text or text.lower() in STOP_NAMES or not any(c.isalpha() for c in text):
                continue
            entry = lexicon.gazetteer_index().get(entity_key(text))
            if entry is not None:
                cls, source = entry.cls, "gazetteer"
            elif label in RULER_CLASSES:
                cls, source = label, "gazetteer"
            elif label == "ORG" and text in lexicon.state_abbreviations() and len(text) > 2:
                cls, source = "Place", "ner"  # "Nebraska filed a complaint": NER's organisation is the state
            elif label == "ORG":
                cls, source = org_class(doc[ps:pe]), "ner"
                cls = _context_class(doc, ps, pe, cls)
            elif label in NER_CLASSES:
                cls, source = NER_CLASSES[label], "ner"
                if cls == "Place" and pe - ps >= 2 and doc[pe - 1].is_title \
                        and lexicon.org_heads().get(doc[pe - 1].lower_) == "Report":
                    cls = "Report"  # "The Hong Kong Fraud Victimisation Survey" tagged as a place
                if cls in ("Person", "Place") and ps > 0 and doc[ps - 1].lower_ in PLATFORM_CUES \
                        and (doc[ps - 1].pos_ == "NOUN" or doc[ps - 1].text.islower()) \
                        and (pe - ps == 1 or cls == "Place" or (pe - ps <= 3 and doc[ps - 1].lower_ in (
                            "app", "platform", "game", "messenger", "chatbot", "site", "website"))) \
                        and doc[ps - 1].lower_ not in ("account", "accounts", "page", "pages"):
                    cls = "Platform"  # "the chat app Wisp", "the dating app Kindr": NER took the app for a person or place
                elif cls in ("Person", "Place") and ps > 0 and doc[ps - 1].lower_ in ("the", "its", "their", "'s", "’s") \
                        and noun_chain_ends_in(doc, pe, APP_NOUNS) and not known_place(text):
                    cls = "Platform"  # "the Cyclia app", "its Wisp messaging app": a product named by its maker
            else:
                continue
            # "Attorney" + "General Peña": NER's organisation starts inside a title; the rest is a person
            if cls in ("Organization", "Company", "GovernmentBody") and source == "ner" and pe - ps >= 2:
                titles = [(k, r[0], r[1]) for k in range(ps + 1, pe) if (r := _match_role_ending_at(doc, k)) is not None]
                cut = next((k for k, start, role in titles if start < ps and role.cls == "Official"), None)
                if cut is not None and pe - cut <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in doc[cut:pe]):
                    ps, cls = cut, "Person"
                    text = clean_surface(doc[ps:pe].text)
                inner = next((k for k, start, role in titles if ps + 2 <= k < pe - 1 and ps < start
                              and role.role in PLACE_OFFICES), None)
                if cut is None and inner is not None and 2 <= pe - inner <= 3 \
                        and all(t.pos_ == "PROPN" and t.is_title for t in doc[ps:pe]):
                    cls = "Person"  # "Orem Mayor Jared Fenwick" as one organisation: a place, a title, a name
                elif cut is None and inner is None:
                    # "Committee Chair Harlan Doyle" as one organisation: the name after the title
                    k = next((k for k, start, role in titles if k < pe - 1 and ps <= start and role.cls == "Official"), None)
                    if k is not None and 2 <= pe - k <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in doc[k:pe]):
                        ps, cls = k, "Person"
                        text = clean_surface(doc[ps:pe].text)
            # "TikTok CEO Shou Chew": NER may call a titled name an organisation
            words = [t for t in doc[ps:pe] if not (t.text == "-" and not t.whitespace_)]
            if cls in ("Organization", "Company") and source == "ner" and _match_role_ending_at(doc, ps) \
                    and all(t.pos_ == "PROPN" for t in words) and 2 <= len(words) <= 3 \
                    and not any(t.lower_ in lexicon.org_heads() for t in words):
                cls = "Person"  # ("Paris prosecutor Hélène Marchand-Diallo": a hyphenated surname)
            # a one-word "person" that is a known organisation head (NER confusion)
            if cls == "Person" and org_class(doc[ps:pe], default="") not in ("",) \
                    and not any(_match_role_starting_at(doc, k, pe) is not None and k > ps
                                and doc[k - 1].lower_ in ("county", "city", "parish", "borough")
                                for k in range(ps, pe - 1)):  # "Montgomery County Prosecutor Lydia Strand"
                cls = org_class(doc[ps:pe])
            mentions.append(
                Mention(ps, pe, text, cls, source, gazetteer_id=entity_key(entry.name) if entry else None)
            )
    mentions.sort(key=lambda m: m.start)
    _restore_first_words(doc, mentions)
    mentions = _split_glued_person(doc, mentions)
    by_token = token_index(mentions)
    for m in list(mentions):
        if m.cls in ("Person", "Official"):
            split_title(doc, m, by_token)
            if "place" in m.extra:  # a place split off the front of the name
                mentions.append(m.extra.pop("place"))
            if "absorbed" in m.extra:  # a portfolio NER took for a name: part of the title
                absorbed = m.extra.pop("absorbed")
                mentions = [x for x in mentions if x is not absorbed]
    _retype_by_context(doc, mentions)
    _state_opens_name(doc, mentions)
    _report_years(doc, mentions)
    _type_coordinated(doc, mentions, kinds, sent_of)
    mentions = _first_word_short_forms(doc, mentions, kinds, sent_of)
    mentions = _untagged_acronyms(doc, mentions, kinds, sent_of)
    mentions = _acronym_repeats(doc, mentions, kinds, sent_of)
    mentions = _surname_repeats(doc, mentions, kinds, sent_of)
    # "Gauteng's MEC for social development, Lerato Sebola": a bare title NER took for a name
    table = lexicon.roles()
    mentions = [m for m in mentions if not (m.role is None and m.source == "ner" and (
        m.cls in ("Person", "Organization") and m.end - m.start == 1 and (doc[m.start].lower_,) in table
        or m.cls in ("Person", "Organization", "GovernmentBody") and _title_before_name(doc, m, table)))]
    mentions.sort(key=lambda m: m.start)
    return mentions


# words that qualify a title without naming anything ("National Commissioner", "Chief Executive")
TITLE_QUALIFIERS = {"national", "chief", "deputy", "acting", "executive", "senior", "principal", "interim",
                    "assistant", "associate", "general", "federal", "regional"}


def _title_before_name(doc: Doc, m: Mention, table) -> bool:
    """"The NDPC's National Commissioner, Emeka Obi, said": a qualified title NER took for a name,
    with the holder's name in apposition after it."""
    words = [t.lower_ for t in doc[m.start:m.end]]
    if not 2 <= len(words) <= 3 or (words[-1],) not in table or any(w not in TITLE_QUALIFIERS for w in words[:-1]):
        return False
    return m.end + 1 < len(doc) and doc[m.end].text == "," and (doc[m.end + 1].ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > m.end for c in doc[m.end - 1].children))


def _surname_repeats(doc: Doc, mentions: list[Mention], kinds: dict[int, str], sent_of: list[int]) -> list[Mention]:
    """"Lorena Vidal ... Vidal said": the surname of a person named in full before, where NER left
    it untagged (resolution joins it to the full name). Not a word the text also uses in lower
    case ("Dana Price ... Price rises"), nor the first word of a longer name."""
    surnames: dict[str, int] = {}
    for m in mentions:
        if m.cls in ("Person", "Official") and m.end - m.start >= 2:
            last = doc[m.end - 1]
            if last.is_title and last.is_alpha and len(last.text) >= 3 and not last.is_stop:
                surnames.setdefault(last.text, m.end)
    if not surnames:
        return mentions
    flags = doc.to_array([IS_LOWER, LOWER]).tolist()  # the words the text writes in lower case
    lower = {h for is_lower, h in flags if is_lower}
    surnames = {w: e for w, e in surnames.items() if doc.vocab.strings.add(w.lower()) not in lower}
    by_token = token_index(mentions)
    out = list(mentions)
    wanted = {doc.vocab.strings.add(w) for w in surnames}
    for i, h in enumerate(doc.to_array("ORTH").tolist()):
        if h not in wanted or i < surnames[doc[i].text] or by_token.get(i) is not None \
                or kinds.get(sent_of[i]) != "prose" or doc[i].pos_ in ("VERB", "AUX", "ADJ", "ADV", "ADP"):
            continue
        if (i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha) \
                or (i > sent_of[i] and doc[i - 1].is_title and doc[i - 1].is_alpha):
            continue  # "Vidal Sassoon", "Maria Vidal": part of another name
        out.append(Mention(i, i + 1, doc[i].text, "Person", "ner"))
    return out


# capitals that are no organisation: laws, kinds of thing, titles, currencies
_NOT_BODIES = {"GPS", "CPI", "PPI", "EV", "EVS", "USB", "LED", "HIV", "UV", "ETF", "DNS", "GDPR", "DSA", "DMA", "COPPA", "KOSA", "CCPA", "OSA", "AADC", "CSAM", "NCII", "BNPL", "APP", "KYC", "AML",
               "VPN", "SIM", "ATM", "IPO", "CEO", "CFO", "COO", "CTO", "AI", "TV", "PC", "ID", "IT", "PR", "HR", "LGBTQ",
               "COVID", "SMS", "OTP", "URL", "API", "NFT", "ESG", "GDP", "VAT", "OK", "AM", "PM", "FAQ", "PDF", "CCTV",
               "DNA", "NGO", "NGOS", "MP", "MPS", "MEP", "AG", "DA", "VR", "AR", "IP", "UPI", "QR", "PIN", "OTT", "UGC"}


def _untagged_acronyms(doc: Doc, mentions: list[Mention], kinds: dict[int, str], sent_of: list[int]) -> list[Mention]:
    """"According to the AEPD, ...", "a survey by the consumer organization OCU": an acronym NER
    left untagged, after "the" and before a verb or at a clause's end, or after a noun that says
    what kind of body it is, is an organisation (and is then found wherever it recurs)."""
    by_token = token_index(mentions)
    cues = lexicon.type_cues()["appositive"]
    out = list(mentions)
    flags = doc.to_array([IS_UPPER, IS_ALPHA, LENGTH]).tolist()  # candidates without a Token per word
    for t in (doc[i] for i, (up, alpha, size) in enumerate(flags) if up and alpha and 3 <= size <= 7):
        if t.i in by_token or not t.is_alpha or not t.is_upper or not 3 <= len(t.text) <= 7 or t.text in _NOT_BODIES \
                or t.text in lexicon.state_abbreviations() or kinds.get(sent_of[t.i]) != "prose" or t.i == 0:
            continue
        prev, nxt = doc[t.i - 1], doc[t.i + 1] if t.i + 1 < len(doc) else None
        described = cues.get(prev.lower_) if prev.text.islower() else None
        if described in ("Organization", "GovernmentBody", "Company"):
            cls = described  # "the consumer organization OCU"
        elif prev.lower_ == "the" and (nxt is None or nxt.pos_ in ("VERB", "AUX") or nxt.is_punct
                                         or nxt.lower_ in ("'s", "’s")):
            cls = "Organization"  # "According to the AEPD, ...", "the AEPD said"
        elif prev.lower_ in ("a", "an", "the") and nxt is not None and nxt.text.islower() \
                and nxt.lemma_.lower() in _REPORT_WORDS - {"data", "index", "research"}:
            cls = "Organization"  # "An AARP survey found ...": the body a report is named after
        elif (prev.lower_ in ("to", "from", "by", "on", "of") or prev.is_punct) and nxt is not None and nxt.text.islower() \
                and (nxt.lemma_.lower() in _SOURCE_WORDS or nxt.lower_ in _SOURCE_WORDS):
            cls = "Organization"  # "According to FDNY data, ...": the body whose figures they are
        else:
            continue
        if nxt is not None and (nxt.text[:1].isupper() and nxt.is_alpha):
            continue  # part of a longer name NER missed
        out.append(Mention(t.i, t.i + 1, t.text, cls, "ner"))
        by_token[t.i] = out[-1]
    return out


_SOURCE_WORDS = {"data", "figure", "statistic", "estimate", "record", "survey", "report", "study", "analysis", "poll"}


_NOT_SHORT_FORMS = {"new", "north", "south", "east", "west", "united", "national", "american", "british", "digital",
                    "global", "international", "first", "great", "general", "central", "royal", "federal", "state",
                    "city", "county", "the", "free", "open", "safe", "online", "social", "public", "young", "kids",
                    "family", "data", "tech", "media", "health", "child", "children"}


def _first_word_short_forms(doc: Doc, mentions: list[Mention], kinds: dict[int, str], sent_of: list[int]) -> list[Mention]:
    """"Stridely Health Inc." ... "Stridely also owns Drowse": a company named by the first word of
    its full name, which NER left untagged or took for a place or a person."""
    index = lexicon.gazetteer_index()
    words: dict[str, str] = {}
    for m in mentions:
        if m.cls not in ("Company", "Organization") or m.source != "ner" or m.end - m.start < 2:
            continue
        t0 = doc[m.start]
        if t0.pos_ == "PROPN" and t0.is_title and len(t0.text) >= 4 and t0.is_alpha and t0.lower_ not in _NOT_SHORT_FORMS \
                and entity_key(t0.text) not in index and doc[m.start + 1].lower_ not in ("of", "for", "and", "&") \
                and _match_role_starting_at(doc, m.start, m.end) is None:
            words.setdefault(t0.text, m.cls)
    if not words:
        return mentions
    by_token = token_index(mentions)
    out = list(mentions)
    for t in [doc[i] for i in word_positions(doc, "ORTH", words)]:
        if not t.is_title or kinds.get(sent_of[t.i]) != "prose" \
                or (t.i + 1 < len(doc) and doc[t.i + 1].is_title and by_token.get(t.i) is None):
            continue  # "Stonebridge Meyer": the first word of another name
        if t.dep_ in ("compound", "amod", "nmod") and (t.head.lower_ in PLATFORM_CUES or (
                t.head.dep_ in ("compound", "amod") and t.head.head.lower_ in PLATFORM_CUES)):
            if by_token.get(t.i) is None:  # "the Moonlit dating app": the app the company is named after
                out.append(Mention(t.i, t.i + 1, t.text, "Platform", "ner"))
            continue
        m = by_token.get(t.i)
        if m is None:
            out.append(Mention(t.i, t.i + 1, t.text, words[t.text], "ner"))
        elif m.start == t.i and m.end == t.i + 1 and m.source == "ner" and (
                m.cls == "Person" or (m.cls == "Place" and words[t.text] == "Company" and not known_place(m.text))):
            m.cls = words[t.text]  # "Brightloop, which also owns ..." tagged as a person (or a place)
    return out


def _acronym_repeats(doc: Doc, mentions: list[Mention], kinds: dict[int, str], sent_of: list[int]) -> list[Mention]:
    """"(C3P)" ... "according to the C3P figures": an organisation's acronym named once is a name
    wherever it recurs, also where NER left it untagged; so is a one-word name NER tagged once
    ("the consumer group Codacons ... Codacons said")."""
    acronyms: dict[str, str] = {}
    names: dict[str, str] = {}
    for m in mentions:
        if m.end - m.start == 1 and m.cls in ("Company", "Organization", "GovernmentBody", "Platform") \
                and acronym_like(m.text):
            acronyms.setdefault(m.text.rstrip("."), m.cls)
        elif m.end - m.start == 1 and m.cls in ("Company", "Organization", "GovernmentBody", "Platform") and m.source == "ner" \
                and doc[m.start].pos_ == "PROPN" and doc[m.start].is_title and len(m.text) >= 4 and m.text.isalpha():
            names.setdefault(m.text, m.cls)  # "the consumer group Codacons ... Codacons said": a one-word name
    if not acronyms and not names:
        return mentions
    by_token = token_index(mentions)
    out = list(mentions)
    for t in (doc[i] for i in word_positions(doc, "ORTH", list(acronyms) + list(names) + [w + "." for w in acronyms])):
        key = t.text.rstrip(".")
        cls = acronyms.get(key) or names.get(t.text)
        if cls is None or kinds.get(sent_of[t.i]) != "prose":
            continue
        m = by_token.get(t.i)
        if m is not None:
            if m.cls == "Person" and m.end - m.start == 1 and m.role is None:
                m.cls = cls  # "MEDIVO said ...", "Shares of Quorvex rose ... Quorvex says": NER's person is the body
        elif key in acronyms or (t.pos_ == "PROPN" and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title)):
            out.append(Mention(t.i, t.i + 1, key if key in acronyms else t.text, cls, "ner"))
    return out


_RETYPABLE = ("Person", "Place", "Organization")
# "X is a subsidiary of Y": nouns that say a name is a business or an app (never a person's job)
COPULA_BUSINESS = {"subsidiary", "company", "firm", "startup", "start-up", "corporation", "conglomerate", "unit",
                   "affiliate", "lender", "brokerage", "bank", "studio", "chain", "business", "app", "platform",
                   "website", "marketplace", "wallet", "chatbot"}


_SAID_OF_PEOPLE_TOO = {"owner", "operator", "investor", "shareholder", "founder", "co-founder", "director", "backer"}


def person_as_owner(doc: Doc, start: int, end: int, noun: Token) -> bool:
    """"X LLC and its owner, Tyler Brandt": a name of two words or more, in apposition to a noun
    said of people too ("owner", "founder"), is a person's, unless something says it is a
    business's: "-based" before it, a company word in it, "majority owner"."""
    return end - start >= 2 and noun.lemma_.lower() in _SAID_OF_PEOPLE_TOO \
        and not (start > 0 and doc[start - 1].lower_ == "based") and not org_class(doc[start:end], "") \
        and not any(c.lower_ in ("majority", "controlling") for c in noun.children)


def _is_year(tok: Token) -> bool:
    return tok.shape_ == "dddd" and tok.text.isascii() and tok.text.isdecimal() and 1900 <= int(tok.text) <= 2100


_LOCAL_BODY = re.compile(r"^(Public Schools|Police( Department| Service| Force)?|((Unified|Independent|Community|Public) )?School "
                         r"(District|Board)|(City|County|Borough|District|Town) Council|Board of Education|Health Department|"
                         r"Sheriff's Office|Fire Department|Public Health)$")


def _state_opens_name(doc: Doc, mentions: list[Mention]) -> None:
    """"the Texas" + "Anti-Trafficking Coalition": after "the", a known place written right
    before an organisation's name is the name's first word; so is any place before a generic
    local body ("Chicago" + "Public Schools", "Leeds" + "City Council")."""
    taken = token_index(mentions)
    for m in list(mentions):
        if m.cls not in ("Organization", "GovernmentBody") or m.role is not None or m.start < 2:
            continue
        before = taken.get(m.start - 1)
        if before is None or before.cls != "Place" or before.end != m.start or before not in mentions:
            continue
        local = before.end - before.start <= 3 and _LOCAL_BODY.match(m.text)
        after_the = before.end - before.start <= 2 and before.start >= 1 and doc[before.start - 1].lower_ == "the" \
            and known_place(before.text)
        if local or after_the:
            mentions.remove(before)
            m.start = before.start
            m.text = clean_surface(doc[m.start:m.end].text)


def _report_years(doc: Doc, mentions: list[Mention]) -> None:
    """A year is part of a report's name: "the 2025 Youth Digital Life Survey", "Seller
    Sentiment Survey 2025" (NER tags the year as a date of its own)."""
    taken = token_index(mentions)
    for m in mentions:
        if m.cls != "Report" or m.role is not None:
            continue
        start, end = m.start, m.end
        if start >= 2 and doc[start - 1].ent_type_ == "NORP" and doc[start - 1].is_title and (start - 1) not in taken \
                and start <= doc[start - 1].head.i < end and _is_year(doc[start - 2]) and (start - 2) not in taken:
            start -= 1  # "the 2025 European Arena Yearbook": NER's date and nationality are the title's words
        if start >= 1 and _is_year(doc[start - 1]) and (start - 1) not in taken:
            start -= 1
        before = taken.get(start - 1) if start >= 1 else None
        if before is not None and before.cls == "Place" and before.end == start and before.end - before.start <= 2 \
                and not (before.start > 0 and doc[before.start - 1].lower_ in ("'s", "’s")):
            start = before.start  # "Oregon" + "Healthy Teens Survey": the state names the survey
            mentions.remove(before)
        if end < len(doc) and _is_year(doc[end]) and end not in taken:
            end += 1
        if (start, end) != (m.start, m.end):
            m.start, m.end = start, end
            m.text = clean_surface(doc[start:end].text)


def _context_cue(doc: Doc, m: Mention) -> str | None:
    """The class the syntax around a mention says it has (kg/data/type_cues.json)."""
    cues = lexicon.type_cues()
    # a name with a title in apposition may be a person holding it, unless it is a known place or
    # a fronted one ("In Ghana, the Minister for ..., X")
    may_hold_title = not known_place(m.text) and not (
        m.start > 0 and doc[m.start - 1].lower_ in ("in", "across", "from", "outside", "throughout"))
    if m.cls in ("Place", "Organization") and m.end + 2 < len(doc) and doc[m.end].text == "," \
            and doc[m.end + 1].text.isdigit() and 10 <= int(doc[m.end + 1].text) <= 99 \
            and doc[m.end + 2].text in (",", ";", ")", "—", "–") and not known_place(m.text):
        return "Person"  # "Ade Okonkwo, 27, and ...": a name with an age
    if m.cls == "Organization" and m.start >= 2 and doc[m.start - 1].lower_ in ("'s", "’s") \
            and known_place(doc[m.start - 2].text) and m.end - m.start >= 2 \
            and (doc[m.start].lower_ in ("national", "federal", "central", "state", "royal")
                 or doc[m.end - 1].lower_ in ("service", "directorate", "administration", "superintendency", "inspectorate")):
        return "GovernmentBody"  # "Chile's National Consumer Service": a country's national body
    if m.cls in ("Person", "Place") and m.end - m.start == 1 and doc[m.start].pos_ == "PROPN" and not known_place(m.text) \
            and noun_chain_ends_in(doc, m.end, APP_CUES):
        return "Platform"  # "the Whoscall caller ID app", "the Pinduoduo marketplace": NER's person or place
    if m.cls == "Person" and m.start > 0 and doc[m.start - 1].lower_ in ("a", "an") and m.end < len(doc) \
            and doc[m.end].lemma_.lower() in ("survey", "poll", "study") and doc[m.end].pos_ == "NOUN":
        return "Organization"  # "A Roy Morgan survey found": a pollster named after its founder
    if m.start > 1 and doc[m.start - 1].text.islower() and (
            doc[m.start - 2].lower_ in ("the", "a", "an")
            or (doc[m.start - 2].text.islower() and doc[m.start - 2].pos_ in ("NOUN", "ADJ", "ADP"))
            or doc[m.start - 2].lower_ == "based") \
            and cues["appositive"].get(doc[m.start - 1].lower_) in ("Organization", "Company", "GovernmentBody"):
        # "the nonprofit Haven Road", "the regulator Ofcom", "data from app analytics firm Sensorly"
        return cues["appositive"][doc[m.start - 1].lower_]
    head = doc[m.start:m.end].root
    while head.dep_ == "conj" and head.head.i < head.i:  # "the parent of Bumble and Badoo": Badoo as Bumble
        head = head.head
    gov = head.head
    if head.dep_ == "poss" and gov.i not in range(m.start, m.end):
        lemma = gov.lemma_.lower()
        if gov.i + 2 < len(doc) and doc[gov.i + 1].text == "-":
            lemma = f"{lemma}-{doc[gov.i + 2].lower_}"  # "Hollowpine's co-founder" tokenised "co", "-", "founder"
        cls = cues["possessed"].get(lemma)
        if cls:
            return cls
        if m.cls == "Person" and m.end - m.start == 1 and lemma in ("report", "survey", "study", "review", "index") \
                and any(c.lower_ in ("annual", "latest", "quarterly", "yearly", "monthly") for c in gov.children):
            return "Organization"  # "Netsafe's annual report": a body's periodic publication
    if head.dep_ == "pobj" and gov.lower_ == "of" and (gov.head.pos_ == "NOUN" or gov.head.lemma_.lower() in cues["of_head"]):
        # "the parent company of Hollowpine": the head or its compound ("parent") is the cue
        for word in [gov.head] + [c for c in gov.head.children if c.dep_ == "compound"]:
            cls = cues["of_head"].get(word.lemma_.lower())
            if cls:
                return cls
    if head.dep_ == "pobj" and gov.lower_ == "at" and m.cls in ("Person", "Place") and not known_place(m.text) \
            and gov.head.lemma_.lower() in ("analyst", "researcher", "economist", "strategist", "scientist"):
        return "Organization"  # "Analysts at Bernstein said": where analysts work is a firm, not a person
    if head.dep_ == "pobj" and gov.lower_ == "behind" and gov.head.pos_ == "NOUN" and m.cls in ("Person", "Place"):
        cls = cues["behind_object"].get(gov.head.lemma_.lower())  # "the company behind Cash App"
        if cls:
            return cls
    if head.dep_ == "pobj" and gov.lower_ in ("of", "for") and gov.head.pos_ in ("NOUN", "PROPN") and gov.i == m.start - 1 \
            and m.cls in ("Organization", "Person") and not any(c.dep_ in ("conj", "cc") for c in head.children) \
            and not (gov.lower_ == "for" and gov.head.lemma_.lower() == "minister"):
        cls = cues["jurisdiction_of"].get(gov.head.lemma_.lower())
        if cls:
            return cls  # "the MP for Cheltenham" (not "the Minister for Gender, Children and ...": a portfolio)
    if head.dep_ == "pobj" and gov.lower_ == "by" and gov.head.tag_ == "VBN":
        cls = cues["by_agent_of"].get(gov.head.lemma_.lower())
        if cls:
            return cls
    if m.cls == "Person" and m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "which":
        # "Fennick Gaming, which also owns ...": "which" is never said of a person
        verb = doc[m.end + 1].head
        if verb.lemma_.lower() in ("own", "run", "operate", "acquire", "buy", "make", "develop") \
                and any(c.dep_ == "dobj" for c in verb.children):
            return "Company"
        if verb.lemma_.lower() in ("publish", "release", "compile", "issue") and doc[m.end + 1].dep_ == "dobj" \
                and any(c.dep_ == "nsubj" for c in verb.children):
            return "Report"  # "Subscriber Statistics, which the NCC publishes every month"
    if m.cls == "Person" and m.end - m.start == 1 and len(m.text) >= 8 and head.dep_ == "nsubj" and gov.pos_ == "VERB" \
            and gov.lemma_.lower() in ("own", "acquire", "buy", "purchase") \
            and not any(t.lower_ in ("he", "she", "his", "her") for t in head.sent) \
            and any(c.dep_ == "dobj" and (c.lemma_.lower() in APP_CUES or c.ent_type_ in ("ORG", "PRODUCT") or any(
                        x.dep_ == "compound" and x.lemma_.lower() in APP_CUES for x in c.children)) for c in gov.children) \
            and not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == m.text for e in doc.user_data.get("kg_ents", ())):
        return "Company"  # "Quillbridge owns the messaging app HomeroomHQ": one word that owns an app, not a surname
    if m.cls == "Place" and m.text not in lexicon.state_abbreviations() and head.dep_ == "dobj" \
            and gov.lemma_.lower() in ("own", "operate", "run", "acquire", "buy") and gov.pos_ == "VERB":
        return "Organization"  # "which owns both Bazaarly and Flicksale": an owned business, not a place
    if m.cls == "Place" and m.text not in lexicon.state_abbreviations():
        if head.dep_ == "dobj" and gov.pos_ == "VERB" and gov.lemma_.lower() in ("sue", "countersue"):
            return cues["defendant_of"].get(gov.lemma_.lower())  # "sued Pixelport"
        if head.dep_ == "pobj" and gov.lower_ == "against":
            return cues["defendant_of"].get(gov.head.lemma_.lower())  # "a suit against Snapfeed"
    if head.dep_ == "appos" and gov.pos_ == "NOUN" and gov.dep_ == "pobj" and gov.head.lower_ == "of" \
            and gov.head.head.pos_ == "NOUN" and cues["appositive"].get(gov.head.head.lemma_.lower()):
        gov = gov.head.head  # "the consumer agency of São Paulo state, Procon-SP": the agency
    if head.dep_ == "appos" and gov.pos_ == "NOUN" and gov.i < m.start:
        cls = cues["appositive"].get(gov.lemma_.lower())  # "the state's consumer agency, Procon-SP"
        if cls and m.cls == "Person" and person_as_owner(doc, m.start, m.end, gov):
            cls = None  # "X LLC and its owner, Tyler Brandt": a person's name stays a person's
        if cls:
            return cls
        if m.cls in ("Place", "Organization") and m.end - m.start <= 3 and may_hold_title:
            # "Greyline's chief executive, Stelios Andreou": a name in apposition to a title
            role = next(_title_roles(gov), None)
            if role is not None:
                return "Official" if role.cls == "Official" else "Person"
    if head.dep_ == "nsubj" and gov.lemma_ == "be" and m.cls in ("Person", "Place") and not known_place(m.text):
        # "Bright Horizon is a subsidiary of Al Waha Group", "Kuzgun is a mobile game studio"
        attr = next((c for c in gov.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                     and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children)), None)
        cls = cues["appositive"].get(attr.lemma_.lower()) if attr is not None and attr.lemma_.lower() in COPULA_BUSINESS else None
        if cls in ("Company", "Platform"):
            return cls  # (not "Jane Doe is the owner of the bakery": nouns said of people too are left out)
    if m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ in ("the", "a", "an") \
            and not known_place(m.text) and head.dep_ in ("pobj", "dobj", "nsubj"):
        # "according to Nielsen, the audience measurement firm": a description the parser hung elsewhere
        k = m.end + 2
        while k < min(len(doc) - 1, m.end + 7) and doc[k].text.islower() and doc[k + 1].text.islower() \
                and doc[k + 1].pos_ == "NOUN":
            k += 1
        if doc[k].pos_ == "NOUN" and doc[k].text.islower() and (k + 1 == len(doc) or doc[k + 1].text in (",", ".", ";")):
            cls = cues["appositive"].get(doc[k].lemma_.lower())
            if cls:
                return cls
    located = m.cls == "Place" and m.start > 0 and doc[m.start - 1].lower_ == "the"  # "the Santa Monica, ...-based company"
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= m.end and not located:
            cls = cues["appositive"].get(child.lemma_.lower())
            if cls:
                return cls
        if child.dep_ == "appos" and child.i >= m.end and m.cls in ("Place", "Organization") and m.end - m.start <= 3 \
                and may_hold_title:
            # "Sandhu, B.C.'s Attorney General": a name with an official title is a person
            if any(role.cls == "Official" for role in _title_roles(child)):
                return "Official"
    return None


_TLDS = "(gov|org|com|net|ca|br|in|uk|au|eu|ie|nz|io|info)"
_TLD = re.compile(rf"\w\.{_TLDS}\b")
_DOMAIN = re.compile(rf"^(?!www\.)[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)*\.{_TLDS}(\.[a-z]{{2}})?$")


def _covered(spans: list[tuple[int, int, str]]) -> set[int]:
    """Token indices inside any of the spans."""
    return {i for s, e, _ in spans for i in range(s, e)}


def _titled_people(doc: Doc, kinds: dict[int, str], taken: list[tuple[int, int, str]],
                   sent_of: list[int]) -> list[tuple[int, int, str]]:
    """Two or three capitalised words that NER left untagged, with a title in apposition:
    "Ana Ruiz, chief executive of Tessel Inc., ..." is a person."""
    covered = _covered(taken)
    out = []
    # candidates without making a Token per word: an untagged proper noun before a comma
    arr = doc.to_array([POS, ENT_IOB, ORTH])
    tags, iob, orth = arr[:, 0].tolist(), arr[:, 1].tolist(), arr[:, 2].tolist()
    comma = doc.vocab.strings[","]
    for i in range(len(doc) - 1):
        if tags[i] != PROPN or iob[i] not in (0, 2) or orth[i + 1] != comma or i in covered:
            continue
        t = doc[i]
        if not t.is_title or kinds.get(sent_of[t.i]) not in ("prose", "caption"):
            continue
        lefts = [x for x in t.lefts if x.dep_ == "compound" and x.pos_ == "PROPN" and x.is_title and x.i not in covered]
        if not 1 <= len(lefts) <= 2 or lefts[0].i != t.i - len(lefts) or t.i + 1 >= len(doc) or doc[t.i + 1].text != ",":
            continue
        if _role_apposition_at(doc, t):
            out.append((lefts[0].i, t.i + 1, "PERSON"))
    # "County Counsel Dawn Richter's office": two capitalised words right after a title
    lasts = {doc.vocab.strings.add(w) for w in lexicon.role_edge_words()[1]}
    lower = doc.to_array("LOWER").tolist()
    taken_now = covered | {x for s, e, _ in out for x in range(s, e)}
    heads = lexicon.org_heads()
    for i in range(len(doc) - 2):
        # ("Attorney General Rosalind Tavares on Tuesday": the tagger may call the surname a noun)
        surname_noun = tags[i + 2] == NOUN and doc[i + 2].lower_ not in heads and lower[i + 2] not in lasts \
            and (i + 3 >= len(doc) or not doc[i + 3].text[:1].isupper())
        if lower[i] not in lasts or tags[i + 1] != PROPN or (tags[i + 2] != PROPN and not surname_noun) or iob[i + 1] not in (0, 2) \
                or iob[i + 2] not in (0, 2) or (i + 1) in taken_now or (i + 2) in taken_now:
            continue
        if not ((doc[i].is_title or doc[i].is_upper) and doc[i + 1].is_title and doc[i + 2].is_title) \
                or kinds.get(sent_of[i]) != "prose":  # ("Helix Media Group CEO Curtis Fennimore")
            continue
        if i + 3 < len(doc) and doc[i + 3].is_title and doc[i + 3].pos_ == "PROPN":
            continue  # a longer name: leave it
        if _match_role_ending_at(doc, i + 1) is not None:
            e = i + 3
            if _hyphen_joined(doc, e) and not _name_modifier(doc[e + 1]):
                e += 2  # "Seoul Mayor Oh Jae-kwan": a hyphenated given name (not "Oh Sehoon-led")
            out.append((i + 1, e, "PERSON"))
    # "Privacy Commissioner of Canada Marc-André Tremblay said": an untagged name after "<title> of <place>"
    of_word = doc.vocab.strings["of"]
    for i in [i for i, h in enumerate(lower) if h == of_word]:
        if kinds.get(sent_of[i]) != "prose" or _match_role_ending_at(doc, i) is None:
            continue
        for k in _place_ends(doc, i + 1, len(doc) - 1)[:1]:
            e = k
            while e < len(doc) and e - k < 5 and (doc[e].text[:1].isupper() and (doc[e].pos_ == "PROPN" or e > k)
                                                  and doc[e].is_alpha and not doc[e].is_stop
                                                  or (doc[e].text == "-" and not doc[e].whitespace_ and e > k)):
                e += 1
            names = [t for t in doc[k:e] if t.is_alpha]
            if 2 <= len(names) <= 4 and not any(x in taken_now for x in range(k, e)) \
                    and all(not t.ent_type_ or t.ent_type_ == "PERSON" for t in doc[k:e]):
                out.append((k, e, "PERSON"))
                taken_now.update(range(k, e))
    # "joined Attorney General Peña in filing": a surname after a title, of a person named in full before
    surnames = {doc[e - 1].text for s, e, label in taken if label == "PERSON" and e - s >= 2}
    taken_now |= {x for s, e, _ in out for x in range(s, e)}
    for i in range(len(doc) - 1):
        if lower[i] not in lasts or tags[i + 1] != PROPN or iob[i + 1] not in (0, 2) or (i + 1) in taken_now \
                or doc[i + 1].text not in surnames or kinds.get(sent_of[i]) != "prose":
            continue
        if i + 2 < len(doc) and doc[i + 2].is_title and doc[i + 2].pos_ == "PROPN":
            continue
        if _match_role_ending_at(doc, i + 1) is not None:
            out.append((i + 1, i + 2, "PERSON"))
    return out


# words joined to a name by a hyphen that make it a modifier, not a longer name ("X-era policies")
NAME_SUFFIX_WORDS = {"led", "era", "based", "owned", "backed", "run", "style", "like", "born", "appointed", "controlled"}


def _hyphen_joined(doc: Doc, e: int) -> bool:
    """Whether a word is joined by a hyphen, with no spaces, to the name ending before ``e``."""
    return e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
        and doc[e + 1].is_alpha


def _name_modifier(t: Token) -> bool:
    """Whether a hyphen-joined word turns the name into a modifier ("X-led", "X-era")."""
    return t.tag_ in ("VBN", "VBD", "VBG") or t.lower_ in NAME_SUFFIX_WORDS


def _role_apposition(doc: Doc, m: Mention) -> bool:
    """Whether the name has a title in apposition: "X, CEO of Y", "X, co-founder and chief executive"."""
    return _role_apposition_at(doc, doc[m.start:m.end].root)


def _title_roles(node: Token):
    """The roles a title phrase ends in, longest first: "chief executive" -> CEO."""
    table = lexicon.roles()
    words = [t.lower_ for t in node.lefts if t.dep_ in ("compound", "amod")] + [node.lower_]
    for k in range(len(words)):
        role = table.get(tuple(words[k:]))
        if role is not None:
            yield role


def _role_apposition_at(doc: Doc, head: Token) -> bool:
    # (not "Cupidon Media, whose chief executive, ...": the title of someone else)
    return any(next(_title_roles(node), None) is not None
               for child in head.children if child.dep_ == "appos"
               and not any(c.dep_ == "poss" and c.lower_ == "whose" for c in child.children)
               # (nor "X, a boat supplier, and its chief executive, Y": the parser's conjunct is another party)
               for node in [child] + [c for c in child.children if c.dep_ == "conj"
                                      and not any(p.dep_ == "poss" for p in c.children)])


def _retype_by_context(doc: Doc, mentions: list[Mention]) -> None:
    """Names the statistical NER typed wrongly ("Luckhaven Interactive, the parent company
    of ..." as a person, "Shopfront's chief executive" as a place) take the class their
    context gives, in every mention of the same name.  Titled persons and gazetteer names
    keep theirs."""
    votes: dict[str, str] = {}
    for m in mentions:
        if m.source != "ner" or m.cls not in _RETYPABLE or m.role is not None:
            continue
        if m.cls == "Person" and _role_apposition(doc, m):
            continue  # "Graham Whitlock, CEO of Orbis Games, the maker of ...": a person, whatever follows
        if m.cls == "Organization" and org_class(doc[m.start:m.end], "") == "Organization":
            continue  # "a tip line operated by the Centre for X": its head word names what it is
        cls = _context_cue(doc, m)
        if cls and cls != m.cls:
            votes.setdefault(entity_key(m.text), cls)
    if not votes:
        return
    for m in mentions:
        cls = votes.get(entity_key(m.text))
        if cls and m.source == "ner" and m.cls in _RETYPABLE and m.role is None:
            m.cls = cls


_MUNICIPAL = {"city", "town", "village", "county", "borough", "municipality"}


def _joined_entities(doc: Doc) -> list:
    """``doc.ents`` with two repairs: a name cut after "and"/"of" joined to the organisation
    that follows ("The Wyoming Gaming and" + "Wagering Commission"), and "the City of
    Fresno" (a place to NER) made the municipal body it names when it is a party."""
    from spacy.tokens import Span as _Span

    out: list = []
    skip = False
    ents = list(doc.user_data.get("kg_ents") or doc.ents)
    cut = []
    for e in ents:  # "Office against Quorvex Inc.": no name ends in, or runs over, a lower-case "against"/"by"
        k = next((t.i for t in e[1:] if t.lower_ in ("against", "by") and t.text.islower()), None)
        if k is None and len(e) > 1 and e[-1].pos_ == "ADP" and e[-1].text.islower() and e[-1].lower_ not in ("of", "and"):
            k = e.end - 1
        if k is None:
            cut.append(e)
            continue
        cut.append(_Span(doc, e.start, k, label=e.label_))
        if k + 1 < e.end:
            cut.append(_Span(doc, k + 1, e.end, label=e.label_))
    ents = cut
    for k, ent in enumerate(ents):
        if skip:
            skip = False
            continue
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and nxt.start == ent.end and nxt.label_ == "ORG" and ent[-1].lower_ in ("'s", "’s") \
                and len(nxt) == 1 and _match_role_ending_at(doc, ent.end - 1) is not None:
            out.append(_Span(doc, ent.start, nxt.end, label="ORG"))  # "General's" + "Office": one office
            skip = True
            continue
        if nxt is not None and nxt.start == ent.end and ent.label_ == "ORG" and len(nxt) == 1 \
                and nxt.label_ in ("GPE", "Place") and nxt[0].text[:1].isupper() \
                and all(t.dep_ == "compound" and ent.start <= t.head.i <= nxt.start for t in ent):
            out.append(_Span(doc, ent.start, nxt.end, label="ORG"))  # "Fair Ticketing" + "UK": a national arm's name
            skip = True
            continue
        if nxt is not None and nxt.start == ent.end and nxt.label_ == "ORG" and _cut_before(ent, nxt.label_):
            out.append(_Span(doc, ent.start, nxt.end, label="ORG"))
            skip = True
            continue
        role = _match_role_ending_at(doc, ent.start - 1) if ent.label_ == "ORG" and ent.start >= 2 \
            and doc[ent.start - 1].lower_ in ("'s", "’s") and ent[0].lower_ in ("office", "department") else None
        if role is not None and role[1].cls == "Official":
            # "the Idaho Attorney General's" (untagged) + "Office": the office is the whole name
            s0 = role[0]
            if out and out[-1].end == s0 and out[-1].label_ == "GPE":
                s0 = out.pop().start
            out.append(_Span(doc, s0, ent.end, label="ORG"))
            continue
        first = ent[1] if ent[0].lower_ == "the" and len(ent) > 1 else ent[0]
        if ent.label_ == "GPE" and first.lower_ in _MUNICIPAL and first.i + 1 < ent.end and doc[first.i + 1].lower_ == "of":
            out.append(_Span(doc, ent.start, ent.end, label="ORG"))
            continue
        out.append(ent)
    return out


def _datelines(doc: Doc, kinds: dict[int, str]) -> set[int]:
    """Tokens of a dateline opening a paragraph: "SALT LAKE CITY —", "BRUSSELS, May 16 (Reuters) -"."""
    out: set[int] = set()
    for start in kinds:
        if start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
            continue
        end = dateline_end(doc, start)
        if end is not None:
            out.update(range(start, end))
    return out


def _split_possessive(doc: Doc, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """"Alphabet's Google" tagged as one name is two: the owner and the owned; a name never
    runs over a verb ("the New Jersey Bureau of Securities sued Ferrowise Advisers" is two names),
    nor ends in one ("Alphabet-owned YouTube": the name is "Alphabet")."""
    if e - s >= 3 and doc[e - 2].text == "-" and doc[e - 1].is_lower and doc[e - 1].tag_ in ("VBN", "VBD"):
        e -= 2
    for i in range(s + 1, e - 1):
        if doc[i].pos_ in ("VERB", "AUX") and doc[i].is_lower and doc[i].is_alpha and doc[i].dep_ not in ("amod", "compound"):
            after = _split_possessive(doc, i + 1, e, label) if doc[i + 1].text[:1].isupper() else []
            return _split_possessive(doc, s, i, label) + after
    for i in range(s + 1, e - 1):
        if doc[i].lower_ in ("'s", "’s") or (doc[i].text in ("'", "’") and doc[i - 1].text.endswith("s")):
            if _match_role_ending_at(doc, i) is not None or doc[i - 1].lower_ in PEOPLE_NOUNS:
                break  # "Attorney General's Office", "Boston Children's Hospital" are one name
            return [(s, i, label), (i + 1, e, label)]
    return [(s, e, label)]


def _proper_name_orgs(doc: Doc, kinds: dict[int, str], taken: list[tuple[int, int, str]],
                      sent_of: list[int]) -> list[tuple[int, int, str]]:
    """Capitalised names ending in an organisation head word that NER left untagged:
    "Internet Watch Foundation", "Digital Safety Institute", "Senate Commerce Committee"."""
    covered = _covered(taken)
    heads = lexicon.org_heads()
    longer = {doc[s:e].text for s, e, label in taken if label == "ORG"}
    person_starts = {s for s, e, label in taken if label == "PERSON"}
    out = []
    for i in word_positions(doc, "LOWER", heads):  # (without building a Token per word)
        t = doc[i]
        if t.i in covered or not t.is_title:
            continue
        if heads[t.lower_] == "Report" and not (
                t.i >= 2 and all((doc[j].is_title or doc[j].text.isupper()) and doc[j].pos_ == "PROPN" and j not in covered
                                 for j in (t.i - 2, t.i - 1))):
            continue  # a report is named by two capitalised words at least ("Screen Hours Index")
        sent_start = sent_of[t.i]
        if kinds.get(sent_start) not in ("prose", "caption", "source"):
            continue
        sent_end = t.i + 1
        while sent_end < len(doc) and sent_of[sent_end] == sent_start:
            sent_end += 1
        s = t.i
        while s - 1 >= sent_start and (s - 1) not in covered:
            if (doc[s - 1].is_title or doc[s - 1].text.isupper() and doc[s - 1].is_alpha and len(doc[s - 1]) <= 4
                    or (doc[s - 1].text[:1].isupper() and doc[s - 1].is_alpha and doc[s - 1].pos_ == "PROPN")) \
                    and (doc[s - 1].pos_ == "PROPN" or doc[s - 1].pos_ in ("NOUN", "ADJ") and s - 1 > sent_start):
                s -= 1  # "Internet Organised Crime Threat Assessment" (a capitalised noun inside a name)
            elif doc[s - 1].text == "-" and s - 2 >= sent_start and doc[s - 2].is_title and not doc[s - 2].whitespace_ \
                    and not doc[s - 1].whitespace_ and (s - 2) not in covered:
                s -= 2  # "Global Anti-Scam Alliance"
            elif doc[s - 1].lower_ in ("'s", "’s", "'", "’") and s - 2 >= sent_start and doc[s - 2].lower_ in PEOPLE_NOUNS \
                    and doc[s - 2].is_title and (s - 2) not in covered:
                s -= 2  # "Public Prosecutor's Office", "Kids' Digital Safety Alliance"
            elif heads[t.lower_] == "Report" and doc[s - 1].lower_ in ("and", "&") and s - 3 >= sent_start \
                    and doc[s - 2].is_title and doc[s - 2].is_alpha and doc[s - 2].ent_iob_ == "O" and (s - 2) not in covered \
                    and doc[s - 3].lower_ in ("the", "its", "their", "'s", "’s") and s < t.i:
                s -= 2  # "the Trust and Safety Transparency Report": one title, "and" inside it
            else:
                break
        if s < t.i and doc[s].lower_ in PEOPLE_NOUNS and (s - 1) in covered and heads[t.lower_] == "GovernmentBody":
            # "The San Francisco City Attorney's Office": the place NER tagged names the office
            place = next(((a, b) for a, b, label in taken if b == s and label in ("GPE", "LOC")), None)
            if place is not None and place[0] >= sent_start and all(doc[j].is_title and place[0] <= doc[j].head.i <= t.i for j in range(*place)):
                s = place[0]
        e = t.i + 1
        # "... Foundation for Online Safety": a prepositional tail of capitalised words
        if e + 1 < sent_end and doc[e].lower_ in ("for", "of", "on") and doc[e + 1].is_title:
            e += 1
            while e < sent_end and (doc[e].is_title or doc[e].lower_ in ("and", "the", "of")) and e not in covered \
                    and doc[e].ent_type_ not in ("DATE", "TIME", "GPE"):
                e += 1
            while doc[e - 1].lower_ in ("and", "the", "of", "on", "for", "to"):
                e -= 1
        if heads[t.lower_] == "Report" and any(x.startswith(doc[s:e].text + " ") for x in longer):
            continue  # "Harbor Line" after "Harbor Line Financial": the company's short form
        if lexicon.roles().get((t.lower_,)) is not None and _person_follows(doc, e, sent_end, person_starts):
            # "Privacy Commissioner Philippe Dufresne", "Cyberabad Commissioner of Police G. Reddy":
            # a title before a name, not an office
            continue
        if t.i - s >= 1 or e - t.i > 1:
            out.append((s, e, "ORG"))
            covered.update(range(s, e))
    return out


_SUIT_WORDS = {"lawsuit", "suit", "case", "action", "complaint", "petition", "proceedings", "claim"}


def _suit_party(t: Token) -> bool:
    """"has sued Cashwala Fintech", "filed a lawsuit against Pixora": the party of a suit."""
    return (t.dep_ == "dobj" and t.head.lemma_.lower() == "sue") or (
        t.dep_ == "pobj" and t.head.lower_ == "against" and (t.head.head.lemma_.lower() in _SUIT_WORDS or (
            t.head.head.lemma_.lower() in ("file", "bring", "lodge", "launch")  # "filed a lawsuit Tuesday against X"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _SUIT_WORDS for c in t.head.head.children))))
_REPORT_WORDS = {"report", "survey", "study", "poll", "analysis", "review", "audit", "research", "data", "index"}


def _described_names(doc: Doc, kinds: dict[int, str], taken: list[tuple[int, int, str]],
                     sent_of: list[int]) -> list[tuple[int, int, str]]:
    """"Gogolook, the Taipei-based maker of ...", "Lootwise, a skin-trading marketplace, ...": a
    capitalised name NER left untagged, described in apposition by a noun that says what it is
    (kg/data/type_cues.json); the description types it later."""
    cues = lexicon.type_cues()["appositive"]
    covered = _covered(taken)
    out = []
    flags = doc.to_array([POS, IS_ALPHA, ENT_TYPE, LENGTH]).tolist()  # candidates without a Token per word
    for t in (doc[i] for i, (pos, alpha, ent, size) in enumerate(flags)
              if alpha and not ent and size >= 3 and pos in (PROPN, NOUN, NUM, X_POS)):
        if (t.pos_ != "PROPN" and not (t.pos_ in ("NOUN", "NUM", "X") and _camel_case(t.text))) or t.i in covered or t.ent_type_ \
                or not (t.is_title or _camel_case(t.text) or _lower_camel_case(t.text)) or not t.is_alpha or len(t.text) < 3 \
                or t.dep_ in ("compound", "appos"):
            continue  # ("sued ShiftRN": a camel-cased name the tagger calls a noun; "eMarketer")
        # "Research firm eMarketer estimated": a name after a lower-case noun that says what it is
        cue_before = t.i > 0 and doc[t.i - 1].text.islower() and doc[t.i - 1].dep_ == "compound" and doc[t.i - 1].head.i == t.i \
            and cues.get(doc[t.i - 1].lemma_.lower()) in ("Company", "Organization", "Platform")
        desc = next((c for c in t.children if c.dep_ == "appos" and c.i > t.i + 1 and doc[t.i + 1].text == ","
                     and c.pos_ == "NOUN" and cues.get(c.lemma_.lower()) in ("Company", "Platform", "Organization")
                     and any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in c.children)), None)
        # "a survey published last month by Morning Consult", "a poll by Redfield Insights": who made a report
        author = t.dep_ == "pobj" and t.head.lower_ in ("by", "from") and (
            t.head.head.lemma_.lower() in _REPORT_WORDS
            or t.head.head.tag_ == "VBN" and t.head.head.lemma_.lower() in ("publish", "release", "conduct", "commission")
            and (t.head.head.head.lemma_.lower() in _REPORT_WORDS or (  # ("a survey of 2,050 adults commissioned by X")
                t.head.head.head.dep_ == "pobj" and t.head.head.head.head.lower_ == "of"
                and t.head.head.head.head.head.lemma_.lower() in _REPORT_WORDS)))
        # "has sued Cashwala Fintech", "filed a lawsuit against Pixora": the party of a suit
        # "Telus, whose brands include ...", "Kwikly, which runs ...": a business a relative clause speaks of
        relative = t.i + 1 < len(doc) and doc[t.i + 1].text == "," and any(
            c.dep_ == "relcl" and any((x.lower_ == "which" and x.dep_ in ("nsubj", "nsubjpass"))
                                      or (x.dep_ == "nsubj" and any(p.lower_ == "whose" for p in x.children)
                                          and x.lemma_.lower() in ("brand", "app", "subsidiary", "platform", "product"))
                                      for x in c.children)
            for c in t.children)
        if t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_:
            continue  # "e-Enfance": the end of a hyphenated name
        if (desc is None and not author and not relative and not cue_before and not _suit_party(t)) \
                or kinds.get(sent_of[t.i]) != "prose":
            continue
        s = t.i
        while s - 1 >= sent_of[t.i] and doc[s - 1].head == t and (
                (doc[s - 1].dep_ == "compound" and doc[s - 1].pos_ == "PROPN" and (doc[s - 1].is_title or _camel_case(doc[s - 1].text)))
                or (doc[s - 1].dep_ in ("advmod", "amod") and doc[s - 1].is_title and not doc[s - 1].is_stop
                    and s - 1 > sent_of[t.i])):  # "sued Floatly Financial" with "Floatly" read as an adverb
            s -= 1
        if any(k in covered for k in range(s, t.i + 1)):
            continue
        out.append((s, t.i + 1, "ORG"))
        covered.update(range(s, t.i + 1))
    return out


def _person_follows(doc: Doc, e: int, sent_end: int, person_starts: set[int]) -> bool:
    """Whether a name follows a title ending at ``e``: "Privacy Commissioner Philippe Dufresne",
    "Commissioner of Canada Marc-André Tremblay" (tagged or not)."""
    if e >= sent_end:
        return False
    if doc[e].ent_type_ == "PERSON" and doc[e].ent_iob_ == "B":
        return True
    return doc[e].lower_ == "of" and (
        any(p in person_starts for p in range(e + 2, e + 5))
        or any(k + 1 < sent_end and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN"
               and (doc[k + 1].text[:1].isupper() or doc[k + 1].text == "-") for k in _place_ends(doc, e + 1, sent_end)))


def _split_glued_person(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Meta Mark Zuckerberg" (a caption's "CEO of Meta Mark Zuckerberg"): a person span that
    starts with a known organisation name is that organisation followed by the person."""
    out = []
    index = lexicon.gazetteer_index()
    for m in mentions:
        if m.cls == "Person" and m.end - m.start >= 3:
            first = doc[m.start].text
            entry = index.get(entity_key(first))
            if entry and entry.cls in ("Company", "Platform", "Organization"):
                out.append(Mention(m.start, m.start + 1, first, entry.cls, "gazetteer", gazetteer_id=entity_key(entry.name)))
                m.start += 1
                m.text = clean_surface(doc[m.start:m.end].text)
        out.append(m)
    return out


def _type_coordinated(doc: Doc, mentions: list[Mention], kinds: dict[int, str], sent_of: list[int]) -> None:
    """A proper noun coordinated with typed names in a list gets their class:
    "Facebook, lnstagram and WhatsApp" - "lnstagram" is a platform too."""
    by_token = token_index(mentions)
    added: list[Mention] = []
    for m in list(mentions):
        if m.cls not in ("Platform", "Company"):
            continue
        head = doc[m.end - 1]
        neighbours = [c for c in head.children if c.dep_ in ("conj", "appos")]
        if head.dep_ in ("conj", "appos"):
            neighbours.append(head.head)
        for tok in neighbours:
            if tok.i in by_token or tok.pos_ != "PROPN" or not tok.text[:1].isalpha() \
                    or lexicon.roles().get((tok.lower_,)) is not None:
                continue  # "..., CEO of ...": a title, not a name
            if tok.ent_type_ in ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY") \
                    or (tok.text.islower() and tok.lower_ in PLATFORM_CUES | COMPANY_CUES):
                continue  # "ByteDance's Chinese sister app, Douyin": no name but Douyin
            if kinds.get(sent_of[tok.i]) not in ("prose", "caption"):
                continue
            s = tok.i
            while s - 1 >= 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].head == tok and doc[s - 1].pos_ == "PROPN":
                s -= 1
            if any(i in by_token for i in range(s, tok.i + 1)):
                continue
            new = Mention(s, tok.i + 1, clean_surface(doc[s:tok.i + 1].text), m.cls, "coordination")
            added.append(new)
            for i in range(s, tok.i + 1):
                by_token[i] = new
    mentions.extend(added)


def token_index(mentions: list[Mention]) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            out[i] = m
    return out
