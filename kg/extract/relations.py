"""Relation rules over the dependency parse.

Each rule is a small function ``rule(sent, ctx) -> iterable of Found``; its
name is the rule id written into the provenance of every triple it yields.
Lexical triggers (verb lemmas, nouns) come from ``kg/data/relations.json``.
A clause that is negated, a question, conditional or under a modal asserts
nothing and yields nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy
from spacy.tokens import Span, Token

from kg.extract.dates import MONTHS, WEEKDAYS
from kg.extract.lexicon import Role, demonyms, gazetteer_by_id, gazetteer_index, org_heads, roles, state_abbreviations, triggers, type_cues
from kg.extract.mentions import CONSTITUENCY_ROLES, HONORIFICS, LOCAL_PLACE_WORDS, Mention, PEOPLE_NOUNS, acronym_like, known_place, mixed_acronym, org_class, person_as_owner, word_positions, WEB_NAME
from kg.extract.resolve import DESCRIPTION_WINDOW, Cluster, canonical_name, family, institution
from kg.extract.statistics import WORD_NUMBERS, Stat, inside_quote
from kg.normalize import clean_surface, entity_key, org_core

SUBJ = ("nsubj", "nsubjpass", "csubj")
PLAINTIFF_CLASSES = {"Official", "GovernmentBody", "Place"}
DEFENDANT_CLASSES = {"Company", "Person", "Official", "Platform", "Organization", "GovernmentBody"}
OWNER_CLASSES = {"Company", "Organization"}
OWNED_CLASSES = {"Platform", "Company"}
# "X-owned" where X says who owns it, not which company: no owner node
OWNER_KINDS = {"black", "white", "veteran", "woman", "women", "female", "minority", "family", "employee", "state",
               "government", "latino", "latina", "hispanic", "asian", "indigenous", "native", "immigrant", "foreign",
               "locally", "independently", "privately", "publicly", "jointly", "wholly", "majority", "city",
               "community", "worker", "member", "customer", "farmer", "student"}
# what a report does with its figures ("It found that ...")
FINDING_VERBS = {"find", "show", "conclude", "estimate", "reveal", "suggest", "count", "document", "identify", "survey"}
CITER_CLASSES = {"Report", "Organization", "Official", "GovernmentBody", "Company"}
DESCRIBED_BODIES = {"ministry", "department"}  # (a regulator or watchdog is named in the article, before or after)
PUBLISHER_CLASSES = {"Organization", "GovernmentBody", "Company"}
ACTOR_CLASSES = {"Official", "GovernmentBody", "Place", "Organization"}
COLLECTIVE_NOUNS = {"coalition", "group", "dozens", "hundreds", "scores", "bloc", "alliance", "number"}
GROUP_NOUNS = {"state", "attorney", "general", "government", "prosecutor", "regulator", "city", "county", "district", "lawmaker"}
# nouns that carry a name in front of them: "the ChatterPals messaging app", "the Acme company"
NAME_CARRIERS = {"app", "platform", "site", "website", "service", "network", "company", "firm", "startup",
                 "game", "messenger", "chatbot", "marketplace", "store"}
PLATFORM_NOUNS = {"app", "platform", "site", "website", "service", "network", "game", "messenger", "chatbot", "marketplace", "store",
                  "wallet", "forum"}
REPORT_FILLERS = {"separate", "new", "recent", "most", "latest", "same", "other", "another", "previous",
                  "earlier", "its", "their", "first", "second", "third", "last", "this", "that", "own"}
SPEECH_VERBS = {"say", "report", "announce", "disclose", "state", "estimate", "tell", "confirm", "note", "claim"}
REPORTING_VERBS = SPEECH_VERBS | {"add"}  # "..., it added."
MAKER_NOUNS = {"developer", "maker", "operator", "owner", "company", "firm", "publisher", "creator", "startup"}
RELATED_COMPANY_NOUNS = {"company", "parent", "subsidiary", "owner", "affiliate", "unit", "operator", "founder"}
PUBLICATIONS = {"report", "survey", "study", "assessment", "index", "barometer", "tracker", "ranking", "scorecard", "dashboard",
                "poll", "forecast"}
PERIODIC = {"annual", "quarterly", "monthly", "weekly", "yearly", "biannual", "own"}
QUANTIFIER_WORDS = {"more", "than", "over", "nearly", "about", "almost", "at", "least", "some", "roughly", "around", "fewer", "less", "up", "to"}
SPOKES_NOUNS = {"spokesperson", "spokesman", "spokeswoman"}
PEOPLE_SOURCES = {"investigator", "researcher", "analyst", "official", "expert", "staff", "team", "detective"}
SOURCE_NOUNS = {"exercise", "investigation", "probe", "testing", "tests", "inquiry", "review", "audit", "count", "tally",
                "data", "figure", "figures", "statistic", "statistics", "research", "researcher", "analysis",
                "estimate", "finding", "number", "record", "records", "office", "spokesperson", "spokesman",
                "spokeswoman", "team", "analyst", "expert", "official", "document", "poll", "investigator",
                "scientist", "economist", "staff", "statement", "announcement", "release", "testimony",
                "disclosure", "disclosures", "submission", "calculation", "calculations", "numbers"}
# verbs of a source handing over its figures ("data it shared", "figures the agency released")
SHARE_VERBS = {"share", "release", "publish", "provide", "give", "supply", "compile", "issue", "make"}
SOURCE_CLASSES = {"Organization", "GovernmentBody", "Official", "Report", "Person", "Company"}
REPORT_NOUNS = {"report", "survey", "study", "analysis", "audit", "review", "poll", "census", "index", "tipline", "hotline", "helpline",
                "assessment", "barometer", "tracker", "ranking", "scorecard", "dashboard",
                "database", "dataset", "registry", "complaint", "lawsuit", "suit", "filing", "advisory", "petition", "forecast"}


@dataclass(frozen=True)
class Arg:
    """A relation argument: an entity cluster index, or a statistic."""

    cluster: int | None = None
    stat: Stat | None = None


@dataclass
class Found:
    subject: int
    rel: str
    object: Arg
    rule: str
    detail: str | None = None


class Context:
    """What the rules need: the resolver, statistics per sentence, helpers to make
    clusters for unnamed parties ("33 states") and reports ("a statewide survey")."""

    def __init__(self, resolver, stats_by_sent: dict[int, list[Stat]], kinds: dict[int, str]):
        self.r = resolver
        self.stats = stats_by_sent
        self.kinds = kinds
        self.t = triggers()
        self.t_cues = type_cues()["appositive"]  # "the consumer organization OCU": what a noun says a name is
        self._tokens_of: int | None = None
        self._columns: dict[str, list[str]] = {}  # the document's lower-case lemmas and forms, read once
        self._sentence_sets: dict[tuple[str, int], frozenset[str]] = {}  # (attr, sentence start) -> its words
        self._modified: set[int] | None = None  # positions of words with a modifier (see modified)
        self._tokens: list[Token] = []
        self.sentence_found: list[Found] = []
        self.last_plaintiffs: list[int] = []  # of the last lawsuit found, for "The suit ..."
        self.last_defendants: list[int] = []  # of the last lawsuit found, for "X joined the case"
        self.citers_of: dict[int, list[int]] = {}  # sentence start -> who cites its figures
        self.carried_depth: dict[int, int] = {}  # sentence start -> how many sentences a report's figures ran on
        self.defendants_of: dict[int, list[int]] = {}  # plaintiff -> whom it sued, for "X joined Y in filing"
        self.report_author: dict[int, int] = {}
        self.states_named: dict[int, list[int]] | None = None  # US state -> where it is named (for _sole_state)
        self.makers = resolver.makers()  # apps named after their makers: app -> maker
        self.maker_placeholders: dict[int, int] = {}  # "the developer of X": stand-in -> app
        self.maker_described: dict[int, int] = {}  # app -> the company its "the maker" describes
        self.findings_list: tuple[list[int], int, bool] | None = None  # "Key findings:": (sources, last line, it opens the list)
        self.citer_verb: dict[tuple[int, int], str] = {}  # (statistic start, citer) -> the verb  # reports known by their author ("a study by X")

    def record(self, f: Found) -> None:
        """Remember a finding of this sentence for the rules of the next ones."""
        self.sentence_found.append(f)
        if f.rel == "sued":
            self.defendants_of.setdefault(f.subject, []).append(f.object.cluster)  # for "X joined Y in filing"
        elif f.rel == "published" and not any(ch.isupper() for ch in self.r.clusters[f.object.cluster].name):
            # "X published its annual report ... The report, titled Y, ...": a report without a
            # name is known by its publisher until a title names it
            self.report_author.setdefault(f.object.cluster, f.subject)

    def _column(self, doc, attr: str) -> list[str]:
        """The document's lower-case lemmas ("LEMMA") or lower-case forms ("LOWER"), read once
        from its token array."""
        column = self._columns.get(attr)
        if column is None:
            strings = doc.vocab.strings
            column = self._columns[attr] = [strings[h].lower() for h in doc.to_array(attr).tolist()]
        return column

    def lemmas(self, sent: Span) -> frozenset[str]:
        """The lower-case lemmas of a sentence, for rules that need a trigger word before
        reading a sentence token by token."""
        return self._sentence_set(sent, "LEMMA")

    def words(self, sent: Span) -> frozenset[str]:
        """The lower-case forms of a sentence's words (as ``lemmas``, for rules triggered by a form)."""
        return self._sentence_set(sent, "LOWER")

    def _sentence_set(self, sent: Span, attr: str) -> frozenset[str]:
        found = self._sentence_sets.get((attr, sent.start))
        if found is None:
            found = self._sentence_sets[(attr, sent.start)] = frozenset(self._column(sent.doc, attr)[sent.start:sent.end])
        return found

    def candidates(self, sent: Span, lemmas=frozenset(), positions=frozenset(), words=frozenset()) -> list[Token]:
        """The sentence's tokens whose lower-case lemma is one of ``lemmas``, whose lower-case form
        is one of ``words`` or whose position is in ``positions``, read off the document's token
        arrays: a rule that can only start from such words reads no other word (the sentence's
        Token objects are made once, for all the rules)."""
        start, end = sent.start, sent.end
        # most sentences hold none of the trigger words: the cached word sets say so at once
        by_lemma = bool(lemmas) and not self.lemmas(sent).isdisjoint(lemmas)
        by_word = bool(words) and not self.words(sent).isdisjoint(words)
        if not (by_lemma or by_word or positions):
            return []
        toks = self.tokens(sent)
        if not (by_lemma or by_word):
            return [toks[i - start] for i in range(start, end) if i in positions]
        lemma_list = self._column(sent.doc, "LEMMA")
        lower_list = self._column(sent.doc, "LOWER")
        return [toks[i - start] for i in range(start, end)
                if (by_lemma and lemma_list[i] in lemmas) or i in positions or (by_word and lower_list[i] in words)]

    def modified(self, sent: Span) -> set[int]:
        """Positions of the sentence's words that have a possessor, compound, adjective or
        noun modifier (from the document's dependency arrays, once per document)."""
        if self._modified is None:
            doc = sent.doc
            strings = doc.vocab.strings
            deps = numpy.array([strings.add(d) for d in ("poss", "compound", "amod", "nmod")], dtype=numpy.uint64)
            arr = doc.to_array(["DEP", "HEAD"])  # HEAD: the head's offset, signed but stored unsigned
            heads = numpy.arange(len(doc)) + arr[:, 1].astype(numpy.int64)
            self._modified = set(heads[numpy.isin(arr[:, 0], deps)].tolist())
        return self._modified

    def tokens(self, sent: Span) -> list[Token]:
        """The sentence's tokens, built once (iterating a Span makes new Token objects)."""
        if self._tokens_of != sent.start:
            self._tokens_of, self._tokens = sent.start, list(sent)
        return self._tokens

    @property
    def current_tokens(self) -> list[Token]:
        """The tokens of the sentence the rules are reading."""
        return self._tokens

    def cls(self, idx: int | None) -> str | None:
        return None if idx is None else self.r.clusters[idx].cls

    def entity(self, tok: Token, allow_group: bool = False, allow_report: bool = False,
               allow_name: bool = False, allow_org: bool = False) -> int | None:
        m = self.r.mention_at(tok)
        if m is not None:
            return m.entity
        if tok.i in tok.doc.user_data.get("kg_dateline", ()):
            # "PHOENIX —" opens the story; it is not a party to it, but the parser may hang
            # the real subject on it as an apposition
            for child in tok.children:
                if child.dep_ == "appos" and self.r.mention_at(child) is not None:
                    return self.r.mention_at(child).entity
            return None
        if tok.pos_ == "PRON":
            return self.pronoun(tok)
        titled = self.r.by_title_token.get(tok.i)
        if titled is not None and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
            return titled.entity
        if tok.pos_ == "PROPN" and tok.is_title and tok.dep_ == "poss":
            # "Lassiter's office sued ...": a surname NER left untagged, of the one person named so
            people = [i for i, c in enumerate(self.r.clusters) if c.cls in ("Official", "Person")
                      and len(c.name.split()) > 1 and c.name.split()[-1] == tok.text]
            if len(people) == 1:
                return people[0]
        state = self._state_of(tok)
        if state is not None:
            return state
        office = self._office_of_place(tok)
        if office is not None:
            return office
        if tok.lower_ == "office" and tok.pos_ == "NOUN":
            # "the Texas Attorney General's office": the office of a titled post of a place
            holder = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("general", "governor", "attorney")), None)
            span = [t for t in holder.subtree if t.dep_ not in ("case", "det")] if holder is not None else []
            if span and any(self.r.mention_at(t) is not None and self.r.mention_at(t).entity is not None
                            and self.cls(self.r.mention_at(t).entity) == "Place" for t in span) \
                    and all(t.is_title or t.text.isupper() for t in span):
                return self._make(f"{tok.doc[span[0].i:span[-1].i + 1].text}'s Office", "GovernmentBody", tok)
            # "the California attorney general's office": the same office in lower case, named as written
            place = self.r.mention_at(span[0]) if span else None
            if place is not None and place.entity is not None and self.cls(place.entity) == "Place" \
                    and span[0].i == place.start and all(t.text.islower() for t in span if t.i >= place.end) \
                    and tok.doc[place.end:holder.i + 1].text.lower() in ("attorney general", "attorney-general", "governor"):
                return self._make(tok.doc[span[0].i:tok.i + 1].text, "GovernmentBody", tok)
        if tok.lower_ == "office" and tok.pos_ == "NOUN":
            # "The Casablanca public prosecutor's office has filed ...": a place's office, described
            holder = next((c for c in tok.children if c.dep_ in ("poss", "nmod") and c.pos_ == "NOUN" and c.text.islower()
                           and c.lemma_.lower() in ("prosecutor", "attorney", "commissioner", "ombudsman")
                           and any(x.dep_ == "case" for x in c.children)), None)
            span = [t for t in holder.subtree if t.dep_ != "det"] if holder is not None else []
            first_m = self.r.mention_at(span[0]) if span else None
            if span and span[0].pos_ in ("PROPN", "ADJ") and span[0].is_title and first_m is not None \
                    and self.cls(first_m.entity) in ("Place", "Organization") and first_m.end <= holder.i:
                return self._make(f"{tok.doc[span[0].i:tok.i + 1].text}", "GovernmentBody", tok)
        if tok.lower_ == "government" and tok.pos_ == "NOUN":
            # "The Karnataka government sued ...", "the Manitoba government": the place's government
            places = [self.r.mention_at(c) for c in tok.children if c.dep_ in ("compound", "amod")]
            places = [m for m in places if m is not None and m.entity is not None and self.cls(m.entity) == "Place"]
            if len(places) == 1:
                return self._make(f"{places[0].text} government", "GovernmentBody", tok)  # as written: "the B.C. government"
            named = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title
                     and self.r.mention_at(c) is None]
            if len(named) == 1 and not places and named[0].i == tok.i - 1:
                # "The Maharashtra government filed ...": a state or province NER left untagged
                return self._make(f"{named[0].text} government", "GovernmentBody", tok)
            adj = tok.doc[tok.i - 1] if tok.i > 0 else None
            if not places and adj is not None and adj.dep_ in ("amod", "compound") and adj.head.i == tok.i \
                    and adj.text[:1].isupper() and (adj.ent_type_ == "NORP" or (adj.lower_,) in demonyms()):
                # "the French government filed a lawsuit": a nation's government, by its adjective
                return self._make(f"{adj.text} government", "GovernmentBody", tok)
        if tok.pos_ == "NOUN" and tok.text.islower() and tok.lemma_.lower() in DESCRIBED_BODIES | {"government"} \
                and self.r.cluster_at(tok) is None and tok.i >= 2 and tok.doc[tok.i - 1].text.islower():
            # "The Madrid regional government", "the Dutch health ministry": a place's or a nation's
            # body, with lower-case words between
            start = tok.i
            while start > 0 and tok.i - start < 3 and tok.doc[start - 1].text.islower() and tok.doc[start - 1].is_alpha \
                    and tok.doc[start - 1].dep_ in ("compound", "amod", "nmod") and tok.doc[start - 1].head.i == tok.i:
                start -= 1
            first = tok.doc[start - 1] if start > 0 else None
            m = self.r.mention_at(first) if first is not None else None
            place = m is not None and m.end == start and m.entity is not None and self.cls(m.entity) == "Place" \
                and first.head.i == tok.i and first.dep_ in ("compound", "amod", "nmod")
            nation = m is None and first is not None and first.text[:1].isupper() and first.head.i == tok.i \
                and (first.lower_,) in demonyms()  # (not "the Republican state government")
            if start < tok.i and (place or nation):
                return self._make(tok.doc[(m.start if place else first.i):tok.i + 1].text, "GovernmentBody", tok)
        if tok.pos_ in ("NOUN", "PROPN") and tok.text.islower() and tok.lemma_.lower() in DESCRIBED_BODIES \
                and self.r.cluster_at(tok) is None and not any(c.dep_ == "appos" for c in tok.children) \
                and any(c.dep_ == "poss" and self.r.mention_at(c) is not None and self.r.mention_at(c).entity is not None
                        and self.cls(self.r.mention_at(c).entity) == "Place"
                        for c in tok.doc[tok.left_edge.i:tok.i]):  # (the possessive may hang on a modifier)
            # "Spain's consumer affairs ministry has filed a lawsuit": a body the text describes, not names
            start = tok.i
            while start > 0 and tok.doc[start - 1].text.islower() and tok.doc[start - 1].is_alpha \
                    and tok.doc[start - 1].dep_ in ("compound", "amod"):
                start -= 1
            if start < tok.i:
                return self._make(tok.doc[start:tok.i + 1].text, "GovernmentBody", tok)
        maker = self.maker_of(tok)
        if maker is not None:
            return maker
        named = self.named_by_apposition(tok)
        if named is not None:
            return named
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and self.r.mention_at(tok.head) is not None:
            return self.r.mention_at(tok.head).entity  # "X, a market research firm, which estimated"
        quoted = tok.doc.user_data.get("kg_quoted_report", {}).get(tok.i)
        if quoted is not None:
            return self.report(tok.doc[quoted])  # '"Paywall of Fear," which found': the report it names
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
            named = self.named_by_apposition(tok.head)  # an untagged name: "Kids Online First, a nonprofit"
            if named is not None:
                return named
        if allow_group and tok.pos_ == "NOUN" and tok.lemma_.lower() in ("coalition", "group", "state", "attorney", "general") \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) \
                and (tok.lower_ != "state" or tok.tag_ == "NNS"):
            # "The coalition also sued X", "The states say ...": the group that sued last
            made = {m.entity for m in self.r.made if m.source == "group"}
            for idx in reversed(self.last_plaintiffs):
                if idx in made:
                    return idx
        idx = self.r.cluster_at(tok)  # a description: "the company", "the tech giant"
        if idx is not None:
            return idx

        # a name inside a longer noun phrase: "Meta executives" is not Meta, but
        # "the company Meta" (appos) and "the ChatterPals messaging app" are
        for child in tok.children:
            if child.dep_ == "appos" and self.r.mention_at(child):
                return self.r.mention_at(child).entity
        if tok.lemma_.lower() in NAME_CARRIERS and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            # ("a Lehi video game company": a name after "a" says where the company is, not which one)
            for child in tok.lefts:
                m = self.r.mention_at(child)
                if child.dep_ in ("compound", "nmod") and m is not None and m.entity is not None \
                        and self.cls(m.entity) != "Place":  # "a Lehi video game company" is no place
                    return m.entity
        if allow_group and tok.pos_ == "NOUN" and tok.lower_ == "prosecutors" \
                and any(t.pos_ == "PROPN" or (t.is_title and t.pos_ == "NOUN" and not t.is_sent_start)
                        for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree):
            # "Sao Paulo state prosecutors filed ...": a prosecution service named by its place
            words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct", "poss", "case")]
            if words and words[-1].i - words[0].i == len(words) - 1:
                return self._make(" ".join(t.text for t in words), "GovernmentBody", tok)
        if allow_group and tok.pos_ == "NOUN":
            if tok.lemma_.lower() in GROUP_NOUNS and any(c.dep_ == "nummod" or (c.dep_ == "compound" and c.pos_ == "NUM")
                                                         for c in tok.children):
                return self.group(tok)  # "33 states", "Thirty states" (a spelled number parsed as a compound)
            if tok.lower_ == "general" and any(c.dep_ == "compound" and c.lemma_.lower() == "attorney"
                                               and any(n.dep_ == "nummod" for n in c.children) for c in tok.children):
                return self.group(tok)  # "14 attorneys general" parsed with "general" as the head
            # "a coalition of 42 attorneys general", "dozens of U.S. state attorneys general"
            if tok.lemma_.lower() in COLLECTIVE_NOUNS or tok.lower_ in COLLECTIVE_NOUNS:
                for member in pobjs(tok, ("of",)):
                    if member.lemma_.lower() in GROUP_NOUNS:
                        if tok.lower_ in ("dozens", "hundreds", "scores"):
                            words = [t.text for t in tok.subtree if t.i <= member.i and t.dep_ != "det"]
                            return self._make(" ".join(words), "GovernmentBody", tok)
                        if any(c.dep_ == "nummod" for c in member.children):
                            return self.group(member)
                        words = [t.text for t in member.subtree if t.i <= member.i and t.dep_ != "det"]
                        return self._make(" ".join(words), "GovernmentBody", member)
        if allow_report and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in REPORT_NOUNS:
            return self.report(tok)
        if allow_name and tok.pos_ == "PROPN" and tok.is_title:
            return self.person_name(tok)
        if allow_org and tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.ent_type_:
            # an untagged name in a company's or platform's slot ("owned by MediaLab")
            words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
            if roles().get(tuple(t.lower_ for t in words)) is not None:
                return None  # "controlled by founder and Chief Executive X": a title, not a name
            if words[-1].i - words[0].i == len(words) - 1 and len(words) <= 4:
                name = " ".join(t.text for t in words)
                same = [i for i, c in enumerate(self.r.clusters) if c.name.lower() == name.lower()
                        and c.cls in ("Platform", "Company", "Organization")]
                if len(same) == 1:
                    return same[0]  # "the platform Pixelharbor ... the company that runs Pixelharbor"
                return self._make(name, "Organization", tok)
        return None

    def _state_of(self, tok: Token) -> int | None:
        """"the state of Utah" -> Utah (before "the state" is read as a description)."""
        if tok.lemma_.lower() in ("state", "government", "city", "country", "county", "commonwealth", "province",
                                  "territory", "region"):
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            idx = self.r.cluster_at(pobj)
                            if idx is not None:
                                return idx
        return None

    def _office_of_place(self, tok: Token) -> int | None:
        """"Nevada's attorney general sued X": the attorney general of Nevada named elsewhere in the
        article, or else Nevada (the state acting through its office)."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in ("general", "attorney", "governor", "mayor", "prosecutor"):
            return None
        place = None
        for c in list(tok.children) + [c for x in tok.children if x.dep_ == "compound" for c in x.children]:
            if c.dep_ == "poss":
                m = self.r.mention_at(c)
                if m is not None and m.entity is not None and self.cls(m.entity) == "Place":
                    place = m.entity
                elif c.lower_ == "district" and any(x.lower_ == "the" for x in c.children):
                    place = self._district()
        if place is None:
            return None
        role = {"general": "Attorney General", "attorney": "Attorney General"}.get(tok.lower_, tok.lower_.title())
        holders = self.officials_of(place, role)
        return holders[0] if len(holders) == 1 else place

    def officials_of(self, place: int, role: str = "") -> list[int]:
        """The officials the article names for ``place`` (whose role ends in ``role``, if given)."""
        return [i for i, c in enumerate(self.r.clusters) if c.cls == "Official" and c.jurisdiction == place
                and (c.role or "").lower().endswith(role.lower())]

    def _district(self) -> int | None:
        """"The District's attorney general": Washington, D.C., when the article names it."""
        hits = [i for i, c in enumerate(self.r.clusters) if c.cls == "Place"
                and any(s.replace(".", "").lower() in ("dc", "district of columbia", "washington dc") for s in c.surfaces + [c.name])]
        return hits[0] if len(hits) == 1 else None

    def maker_of(self, tok: Token) -> int | None:
        """"sued the developer of the game platform Pixelharbor": the company that makes the app,
        whose name the article may give later ("Pennant Games Inc., which runs Pixelharbor").
        A stand-in Company; ``resolve_makers`` folds it into the app's owner, or drops it."""
        if tok.pos_ != "NOUN" or self.r.mention_at(tok) is not None \
                or (tok.dep_ == "appos" and self.r.mention_at(tok.head) is not None):
            return None
        parent = tok.lemma_.lower() == "parent" or (
            tok.lemma_.lower() == "company" and any(c.dep_ == "compound" and c.lower_ == "parent" for c in tok.children))
        if parent:
            # "sued Kestrel's parent", "the parent company of Kestrel": whoever owns the company or app
            owned = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"] + pobjs(tok, ("of",))
            for o in owned:
                m = self.r.mention_at(o)
                if m is not None and m.entity is not None and self.cls(m.entity) in ("Company", "Platform"):
                    return self._placeholder(tok, m.entity, "parent")
            return None
        if tok.lemma_.lower() not in MAKER_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        for p in pobjs(tok, ("of", "behind")):
            m = self.r.mention_at(p)
            app = m.entity if m is not None else next(
                (self.r.mention_at(c).entity for c in p.children if c.dep_ == "appos" and self.r.mention_at(c) is not None), None)
            if app is None or self.cls(app) != "Platform":
                return None
            described = self.r.cluster_at(tok)  # the company "the maker" would stand for by itself
            if described is not None and self.cls(described) == "Company":
                self.maker_described[app] = described
            return self._placeholder(tok, app, "maker")
        return None

    def _placeholder(self, tok: Token, app: int, noun: str) -> int:
        """A stand-in Company for the maker or parent of ``app`` until the article names it."""
        for ph, a in self.maker_placeholders.items():
            if a == app:
                return ph
        self.r.clusters.append(Cluster("Company", f"{canonical_name(self.r.clusters[app])} {noun}", surfaces=[]))
        ph = len(self.r.clusters) - 1
        mention = Mention(tok.i, tok.i + 1, tok.text, "Company", "group", entity=ph)
        self.r.clusters[ph].mentions.append(mention)
        self.r.made.append(mention)
        self.maker_placeholders[ph] = app
        return ph

    def resolve_makers(self, found) -> set[int]:
        """Each stand-in maker is the company the article says owns or runs its app, when it
        names exactly one. Returns the stand-ins left unnamed (what is said of them is dropped)."""
        unnamed = set()
        for ph, app in self.maker_placeholders.items():
            name = self.r.clusters[app].name.lower()  # (NER may type the app's two mentions apart)
            owners = {self.r.final(f.subject) for f, _ in found if f.rel == "owns" and f.object.cluster is not None
                      and (self.r.final(f.object.cluster) == self.r.final(app)
                           or self.r.clusters[self.r.final(f.object.cluster)].name.lower() == name)
                      and self.r.final(f.subject) != ph and self.cls(self.r.final(f.subject)) == "Company"}
            named = self.makers.get(app)
            if named is not None:
                owners.add(self.r.final(named))
            if not owners and app in self.maker_described:
                owners.add(self.r.final(self.maker_described[app]))
            if len(owners) == 1:
                self.r.fold(ph, owners.pop())
            else:
                unnamed.add(ph)
        return unnamed

    def named_by_apposition(self, tok: Token) -> int | None:
        """"the social media analytics firm Graphika", "ParentsFirst Online, a nonprofit group":
        a name that NER missed, typed by the common noun it stands beside."""
        noun_cls = {"firm": "Company", "company": "Company", "startup": "Company", "developer": "Company",
                    "nonprofit": "Organization", "group": "Organization", "organization": "Organization",
                    "charity": "Organization", "institute": "Organization", "foundation": "Organization",
                    "app": "Platform", "platform": "Platform", "site": "Platform", "website": "Platform",
                    "service": "Platform", "agency": "GovernmentBody", "regulator": "GovernmentBody",
                    "marketplace": "Platform", "retailer": "Company", "lender": "Company", "exchange": "Company"}
        noun = tok.lemma_.lower()
        if noun == "up" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "start":
            noun = "startup"  # "start-up", three tokens
        if tok.pos_ == "NOUN" and noun in noun_cls:
            # "a start-up called Tether AI", "a company named Velora Labs": the name it is called by
            for a in tok.children:
                if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in ("call", "name", "dub"):
                    called = [c for c in a.children if c.dep_ in ("oprd", "dobj", "xcomp") and c.pos_ == "PROPN" and c.i > a.i]
                    if len(called) == 1:
                        m = self.r.mention_at(called[0])
                        if m is not None:
                            return m.entity if m.entity is not None and family(self.cls(m.entity)) == family(noun_cls[noun]) \
                                or self.cls(m.entity) == "Person" else None
                        span = tok.doc[called[0].left_edge.i:called[0].i + 1]
                        if len(span) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
                            return self._make(span.text, noun_cls[noun], called[0])
        if tok.pos_ == "NOUN" and tok.text.islower() and tok.dep_ in ("pobj", "dobj") and tok.i + 1 < len(tok.doc) \
                and tok.lower_ not in PEOPLE_NOUNS and any(c.dep_ in ("compound", "amod") for c in tok.children):
            # "against Cary-based lead generator Pinecrest Data Solutions and ...": the name right
            # after a described noun, however the parser hung it
            after = self.r.mention_at(tok.doc[tok.i + 1])
            if after is not None and after.start == tok.i + 1 and after.entity is not None \
                    and family(self.cls(after.entity)) == "org" and self.cls(after.entity) != "Report":
                return after.entity
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in noun_cls:
            # "The consumer agency of São Paulo state, Procon-SP, ...": the parser may hang the
            # name on the noun of the "of" phrase
            late = [c for p in pobjs(tok, ("of",)) for c in p.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                    and self.r.mention_at(c) is not None
                    and family(self.r.mention_at(c).cls) == family(noun_cls[tok.lemma_.lower()])]
            if late:
                return self.r.mention_at(late[0]).entity
            for c in tok.children:
                if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > tok.i:
                    m = self.r.mention_at(c)
                    if m is not None:
                        return m.entity
                    words = [t for t in c.subtree if t.pos_ == "PROPN"]
                    if words and words[-1].i - words[0].i == len(words) - 1:
                        return self._make(" ".join(t.text for t in words), noun_cls[tok.lemma_.lower()], c)
                    span = c.doc[c.left_edge.i:c.i + 1]
                    if len(span) <= 5 and all(t.pos_ == "PROPN" or t.text in ("-", "–") for t in span):
                        return self._make(span.text, noun_cls[tok.lemma_.lower()], c)  # "Procon-MG"
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ in ("", "WORK_OF_ART", "PRODUCT", "FAC", "ORDINAL"):
            for c in tok.children:
                if c.dep_ == "appos" and c.lemma_.lower() in noun_cls:
                    start = tok.i  # the capitalised run ending at the head: "Bluegrass Kids Online"
                    while start > 0 and tok.i - start < 5 and tok.doc[start - 1].text[:1].isupper() \
                            and tok.doc[start - 1].pos_ in ("PROPN", "NOUN") and self.r.mention_at(tok.doc[start - 1]) is None:
                        start -= 1
                    return self._make(tok.doc[start:tok.i + 1].text, noun_cls[c.lemma_.lower()], tok)
        return None

    def person_name(self, tok: Token) -> int | None:
        """An untagged two- or three-word proper name in a person's slot ("invited Shou Chew")."""

        words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.is_title] + [tok]
        if not 2 <= len(words) <= 3 or words[-1].i - words[0].i != len(words) - 1:
            return None
        if any(w.lower_ in org_heads() or w.ent_type_ for w in words):
            return None
        return self._make(" ".join(w.text for w in words), "Person", tok)

    def possessed(self, tok: Token) -> int | None:
        """"NCMEC's 2022 CyberTipline received ...": when the parser takes the possessor for
        the head, the named thing after "'s" is the real argument."""
        m = self.r.mention_at(tok)
        doc = tok.doc
        if m is None or m.end >= len(doc) or doc[m.end].lower_ not in ("'s", "’s"):
            return None
        for k in range(m.end + 1, min(m.end + 4, len(doc))):
            other = self.r.mention_at(doc[k])
            if other is not None and other is not m and other.entity is not None:
                return other.entity
            if doc[k].pos_ not in ("NUM", "ADJ", "PROPN", "NOUN"):
                return None
        return None

    def _make(self, name: str, cls: str, tok: Token) -> int:

        name = clean_surface(name)
        for i, c in enumerate(self.r.clusters):
            if c.cls == cls and c.name.lower() == name.lower():
                return i

        self.r.clusters.append(Cluster(cls, name, surfaces=[name]))
        idx = len(self.r.clusters) - 1
        m = Mention(tok.i, tok.i + 1, name, cls, "group" if cls != "Report" else "report", entity=idx)
        self.r.clusters[idx].mentions.append(m)
        self.r.made.append(m)
        return idx

    def group(self, tok: Token) -> int:
        """"33 states" -> a GovernmentBody party named by its noun phrase."""
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct")
                 and t.lower_ not in QUANTIFIER_WORDS]
        words += [t for t in tok.rights if t.lower_ == "general"]  # "12 attorneys general"
        return self._make(" ".join(t.text for t in words), "GovernmentBody", tok)

    def report(self, tok: Token) -> int:
        """An unnamed report ("a statewide survey", "the 2022 Federal Human Trafficking
        report") -> a Report named by its modifiers and head noun."""
        titled = tok.doc.user_data.get("kg_titled_report", {}).get(tok.i)
        if titled is not None:
            return titled  # "The charity's report, Behind the Screen, ...": named in apposition
        quoted = _quoted_title(tok)
        if quoted:  # 'The "Connected Kids" report' / '"Level Up Hate," a report by X'
            idx = self._make(quoted, "Report", tok)
            if self.r.clusters[idx].title is None and self.cls(idx) == "Report":
                self.r.clusters[idx].title = quoted
            author = self.source_of(tok)
            if author is not None and author != idx and self.cls(author) in PUBLISHER_CLASSES:
                self.report_author.setdefault(idx, author)
            return idx
        words = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "nummod", "nmod")]
        left = min([t.left_edge.i for t in words] + [tok.i])
        span = tok.doc[left:tok.i + 1]
        tokens = [t for t in span if (t.dep_ not in ("det", "punct", "poss", "case") or _inner_hyphen(t))
                  and (t.lower_ not in REPORT_FILLERS or not t.text.islower())]  # "The New Jersey complaint"
        if any(t.pos_ == "PROPN" for t in tokens):  # "an annual Growing Up Online survey": the name
            tokens = [t for t in tokens if t.lower_ not in PERIODIC]
            while len(tokens) > 1 and tokens[0].i < tok.i and (tokens[0].text.islower() and tokens[0].pos_ == "ADV" or (
                    tokens[0].lower_ in REPORT_PRAISE and tokens[0].text.islower())):
                tokens = tokens[1:]  # "a nationally representative Vantage Polls survey" (not "an internal X review")
        # "Seller Sentiment Survey 2025": a year after the head names an edition
        tokens += [c for c in tok.rights if c.dep_ == "nummod" and c.shape_ == "dddd" and c.i == tok.i + 1]
        if len(tokens) > 1:  # keep a topic: "2023 advisory on social media and youth mental health"
            topic = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "about", "into")]
            if topic:
                tokens += [t for t in topic[0].subtree]
        author = self.source_of(tok)
        if author is not None and len(tokens) > 1:
            # "The Teens and AI Companions survey": a capitalised title around a name is no author
            inside = {m.entity for t in tokens for m in [self.r.mention_at(t)] if m is not None}
            others = [t for t in tokens if t.i != tok.i and t.text[:1].isupper()
                      and (self.r.mention_at(t) is None or self.r.mention_at(t).entity != author)]
            if author in inside and others:
                author = None
        if author is not None and len(tokens) > 1 and (any(t.text == "(" for t in span) or any(
                self.r.mention_at(t) is not None and self.r.mention_at(t).text.endswith(("?", "!")) for t in tokens)) and all(
                t.i == tok.i or (self.r.mention_at(t) is not None and self.r.mention_at(t).entity == author) for t in tokens):
            # "an Australian Communications and Media Authority (ACMA) report", "a Which? survey": the author's names only
            tokens = [tok]
        if author is not None and len(tokens) == 1 and self.cls(author) == "Report":
            return author  # "data from the CyberTipline": the named source itself
        owned = any(c.dep_ == "poss" for c in tok.children)
        # "A 2025 survey by X", "a follow-up study by X": only years and adjectives before the noun
        plain = author is not None and not owned and self.cls(author) in PUBLISHER_CLASSES and all(
            t.i == tok.i or (t.shape_ == "dddd" and 1900 <= int(t.text) <= 2100 and tok.lemma_.lower() not in LINE_NOUNS)
            or (t.pos_ in ("ADJ", "VERB") and t.text.islower())
            or (t.lower_ in MONTHS and len(t) > 3 and t.ent_type_ == "DATE") for t in tokens)  # "A February report by X"
        # "Netsafe's annual report", "its semiannual report": a body's periodic report is named by the body
        periodic = author is not None and owned and self.cls(author) in PUBLISHER_CLASSES and len(tokens) == 2 \
            and tokens[0].lower_ in PERIODIC | {"semiannual"} and tokens[0].lower_ != "own"
        if periodic:
            name = f"{self.short_label(author, tok)} {tokens[0].lower_} {tok.lemma_.lower()}"
        elif author is not None and (len(tokens) == 1 or plain):
            # "a survey by the Center for X found ...", "A 2025 study by X": a report without a name
            # of its own is called by its author, "Center for X survey" (until a title names it)
            per = [t.lower_ for t in tokens if t.lower_ in (PERIODIC - {"own"}) | {"semiannual"}][:1]
            name = " ".join([self.author_label(author)] + per + [tok.lemma_.lower()])  # "MASAK annual report"
        else:  # "Robo-Adviser Census": the words as written, hyphens kept
            name = "".join(t.text + (t.whitespace_ if k + 1 < len(tokens) and tokens[k + 1].i == t.i + 1 else " ")
                           for k, t in enumerate(tokens)).strip()
        idx = self._make(name, "Report", tok)
        if author is not None and self.cls(author) in PUBLISHER_CLASSES:
            self.report_author.setdefault(idx, author)
        return idx

    def short_label(self, idx: int, tok: Token) -> str:
        """How a periodic report's owner is written in its name: as the possessive names it
        ("Orrin's annual report" -> "Orrin"), else by its shortest name ("its annual report" of
        the Internet Crime Complaint Center, known as IC3 -> "IC3")."""
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        m = self.r.mention_at(poss) if poss is not None else None
        if m is not None and m.entity == idx:
            return org_core(m.text)
        names = [x for x in self.r.clusters[idx].surfaces if len(x) >= 2 and (x[:1].isupper() or x[:1].isdigit())]
        return org_core(min(names, key=len)) if names else self.author_label(idx)

    def author_label(self, idx: int) -> str:
        """How a report's author is written in the report's name: its acronym when the text
        defines one ("UNODC report"), else its name."""
        c = self.r.clusters[idx]
        acronyms = sorted(x for x in c.surfaces if (acronym_like(x) or mixed_acronym(x)) and len(x) >= 3)
        name = canonical_name(c)
        # "Northgate Inc." -> "Northgate survey"; "Which?" -> "Which? survey"
        return acronyms[0] if acronyms else name if name.endswith(("?", "!")) else org_core(name)

    def source_of(self, tok: Token) -> int | None:
        """Who stands behind a source noun: "data from the FBI", "research published by Ofcom",
        "researchers at the Digital Childhood Lab", "Meta's spokesperson", "his office"."""
        commissioned = tok.lemma_.lower() in ("poll", "survey", "study", "report", "analysis")
        # "a poll of 2,000 adults for the charity X": who commissioned it (the parser may hang
        # "for" on the sample)
        # "a survey of 140 schools carried out by the council": the parser may hang the
        # participle on the sample too
        sample_preps = [p for o in pobjs(tok, ("of",)) for p in o.children
                        if p.dep_ == "prep" and p.lower_ in ("for", "by") or p.dep_ == "acl" and _participle(p)] \
            if commissioned else []
        for prep in list(tok.children) + sample_preps:
            if prep.dep_ == "prep" and (prep.lower_ in ("from", "by", "of", "at", "with") or (
                    prep.lower_ == "for" and (commissioned or tok.lemma_.lower() in SPOKES_NOUNS)) or (prep.lower_ == "in" and tok.lemma_.lower() in PEOPLE_SOURCES)):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        idx = first(self.possessed(pobj), self.entity(pobj))
                        if idx is None and pobj.pos_ == "NOUN":
                            # "a survey by the consumer organization OCU": the name the noun introduces
                            after = self.r.mention_at(pobj.doc[pobj.i + 1]) if pobj.i + 1 < len(pobj.doc) else None
                            if after is not None and after.start == pobj.i + 1 and after.entity is not None \
                                    and pobj.text.islower() and self.t_cues.get(pobj.lower_) in ("Organization", "GovernmentBody", "Company"):
                                idx = after.entity  # (however the parser attached the name)
                        if idx is None and pobj.lemma_.lower() in ("office", "researcher", "analyst", "expert", "scientist") \
                                and pobj is not tok:
                            # "investigators in Ferro's office": Ferro; "a study by researchers at X": X
                            idx = self.source_of(pobj)
                        if idx is not None and self.cls(idx) in SOURCE_CLASSES:
                            return idx
            if prep.dep_ == "relcl" and prep.pos_ == "VERB" and asserted(prep) and not any(
                    c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who") for c in prep.children):
                # "figures the department released", "data the FBI compiled": the relative's subject
                for subj in (c for c in prep.children if c.dep_ == "nsubj"):
                    idx = first(self.possessed(subj), self.pronoun(subj) if subj.pos_ == "PRON" else None, self.entity(subj))
                    if idx is not None and self.cls(idx) in SOURCE_CLASSES:
                        return idx
            if prep.dep_ == "acl" and _participle(prep):  # "research published by Ofcom"
                for agent in prep.children:
                    if agent.dep_ == "agent":
                        for pobj in agent.children:
                            idx = self.entity(pobj)
                            if idx is not None and self.cls(idx) in SOURCE_CLASSES:
                                return idx
                journal = self._journal(prep)
                if journal is not None:
                    return journal
            if prep.dep_ in ("compound", "nmod", "amod") and prep.i < tok.i and self.r.mention_at(prep) is not None \
                    and self.r.mention_at(prep) is not self.r.mention_at(tok):  # (not a word of its own name)
                idx = self.r.mention_at(prep).entity
                if idx is not None and self.cls(idx) in SOURCE_CLASSES:
                    return idx
            if prep.dep_ == "poss":
                if prep.lower_ in ("its", "their"):  # "Its investigation found ..."
                    idx = possessor(prep, self, SOURCE_CLASSES - {"Person"})
                else:
                    idx = self.pronoun(prep) if prep.pos_ == "PRON" else self.entity(prep)
                if idx is None and prep.lemma_.lower() in SOURCE_NOUNS and prep is not tok:
                    idx = self.source_of(prep)  # "his office's investigation"
                if idx is not None and self.cls(idx) in SOURCE_CLASSES:
                    return idx
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in self.t["publish_verbs"] \
                and tok.lemma_.lower() in ("poll", "survey", "study", "report", "analysis") and asserted(tok.head):
            # "Consumer group Fairdeal published a survey of 1,027 adults which found ...": its publisher
            for subj in subjects(tok.head):
                idx = first(self.possessed(subj), self.pronoun(subj) if subj.pos_ == "PRON" else None, self.entity(subj))
                if idx is not None and self.cls(idx) in PUBLISHER_CLASSES:
                    return idx
        if tok.lemma_.lower() in SPOKES_NOUNS and any(
                c.dep_ == "det" and c.lower_ in ("the", "a") for c in tok.children) and not any(
                c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.lower_ not in ("company", "firm")
                for c in tok.children):  # "a police spokesman": not a company's
            # "a Vireo spokesperson told CBS ... The spokesperson said": the company of the
            # spokesperson introduced before, else the company named last
            doc = tok.doc
            for j in range(tok.i - 1, max(-1, tok.i - 4 * DESCRIPTION_WINDOW), -1):
                w = doc[j]
                if w.lemma_.lower() in ("spokesperson", "spokesman", "spokeswoman"):
                    for c in w.children:
                        m = self.r.mention_at(c) if c.dep_ in ("compound", "poss") else None
                        if m is not None and m.entity is not None and self.cls(m.entity) in ("Company", "Organization", "Platform"):
                            return m.entity
            return self.last_named(tok)
        return None

    def _journal(self, verb: Token) -> int | None:
        """"a study published in JAMA Network Open", "an analysis published in the journal
        Frontiers in Digital Health": the journal, when no author is named with "by"."""
        if verb.lemma_.lower() != "publish" or any(c.dep_ == "agent" for c in verb.children):
            return None
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ != "in":
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                if o.lower_ == "journal" and o.pos_ == "NOUN":  # "in the journal X": the name after the noun
                    m = self.r.mention_at(o.doc[o.i + 1]) if o.i + 1 < len(o.doc) else None
                    m = m if m is not None and m.start == o.i + 1 else None
                else:
                    m = self.r.mention_at(o)
                if m is not None and m.entity is not None and self.cls(m.entity) in ("Organization", "Company") \
                        and not self.r.clusters[m.entity].gazetteer_id:
                    return m.entity
        return None

    def last_named(self, tok: Token, classes: tuple[str, ...] = ("Company",), lo: int | None = None) -> int | None:
        """The entity of ``classes`` named last before ``tok`` (from ``lo``, by default a window
        back): an owner "it" ("which it bought") is a company, not an app; a prosecutor's "it"
        is an agency."""
        best = None
        for m in self.r.between(tok.i - DESCRIPTION_WINDOW if lo is None else lo, tok.i):
            if m.entity is not None and self.cls(m.entity) in classes and (best is None or m.start > best[0]):
                best = (m.start, m.entity)
        return best[1] if best else None

    def pronoun(self, tok: Token) -> int | None:
        """"he"/"she"/"his"/"her" -> the person or official named last before it; "it" (as a
        subject) -> the company or platform named last before it."""
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in FINDING_VERBS \
                and tok.head.dep_ in ("ROOT", "conj"):
            # "A report published in May by X ... surveyed 1,800 couriers. It found that ...": the
            # report of this or the sentence before, its subject first (not "X said it found")
            sent_of = tok.doc.user_data.get("kg_sent_of")
            start = _sentence_start(tok)
            lo = sent_of[start - 1] if sent_of and start > 0 else start
            best = None
            for m in list(self.r.between(lo, tok.i)) + [m for m in self.r.made if lo <= m.start < tok.i]:
                if m.entity is not None and self.cls(m.entity) == "Report":
                    rank = (tok.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass"), m.start)
                    if best is None or rank > best[0]:
                        best = (rank, m.entity)
            if best is not None:
                return best[1]
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in REPORTING_VERBS:
            # "..., it added.", "..., it said.": a reporting clause after the quote speaks for the
            # body that spoke last, an agency or a charity as much as a company
            prev = _previous_subject(tok, self, {"GovernmentBody", "Organization", "Company", "Platform"})
            return prev if prev is not None else self.last_named(
                tok, ("GovernmentBody", "Organization", "Company", "Platform"), tok.i - DESCRIPTION_WINDOW)
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.t["publish_verbs"]:
            # "figures it published in its annual threat assessment": a publisher, an agency as much as a company
            return self.last_named(tok, tuple(PUBLISHER_CLASSES), tok.i - DESCRIPTION_WINDOW)
        if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" \
                and tok.head.head.lemma_.lower() in SPEECH_VERBS:
            # "SERNAC said it received 4,312 complaints": the speaker speaks of itself
            for s in subjects(tok.head.head):
                idx = self.entity(s)
                if idx is not None and self.cls(idx) in ("GovernmentBody", "Organization", "Company", "Platform"):
                    return idx
        if tok.lower_ in ("it",) and (tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.lower_ == "against")
                                      or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.t["sue_verbs"])):
            classes = ("Company", "Platform")  # "It was sued", "the lawsuit brought against it", "sued it"
        elif tok.lower_ in ("he", "she", "his", "her", "him"):
            classes = ("Person", "Official")
            if tok.lower_ in ("he", "she") and tok.dep_ == "nsubj":
                # "A spokeswoman for Halvard said ... She said ...": the spokeswoman, who speaks for
                # Halvard (in this sentence or the one before)
                sent_of = tok.doc.user_data.get("kg_sent_of")
                start = _sentence_start(tok)
                lo = sent_of[start - 1] if sent_of and start > 0 else start
                for j in range(tok.i - 1, lo - 1, -1):
                    w = tok.doc[j]
                    m = self.r.mention_at(w)
                    if m is not None and m.entity is not None and self.cls(m.entity) in classes:
                        break
                    if w.lemma_.lower() in SPOKES_NOUNS and w.dep_ == "nsubj":
                        company = self.source_of(w)
                        if company is not None:
                            return company
                        break
        else:
            return None
        # an object "it" looks back within its own sentence only
        lo = tok.i - DESCRIPTION_WINDOW if tok.dep_ in ("nsubj", "nsubjpass") or tok.lower_ != "it" else tok.sent.start
        return self.last_named(tok, classes, lo)


# ---------------------------------------------------------------- helpers

def _quoted_title(tok: Token) -> str | None:
    """A title in quotation marks right before a report noun, or the quoted name it stands
    in apposition to: 'the "Connected Kids" report', '"Level Up Hate," a report ...'."""
    doc = tok.doc
    quotes = {'"', "“", "”", "'", "‘", "’"}
    j = tok.i - 1
    # 'the "Behind the Screen" transparency report': a modifier or two between title and noun
    # ('"Sold by the Mile," a February report': a date among them)
    while j >= 0 and tok.i - j <= 2 and doc[j].dep_ in ("compound", "amod", "nummod") and doc[j].head.i == tok.i \
            and (doc[j].pos_ in ("NOUN", "ADJ") or doc[j].ent_type_ == "DATE"):
        j -= 1
    if j >= 2 and doc[j].lower_ in ("a", "an") and doc[j].head.i == tok.i and (
            doc[j - 1].text in quotes or (doc[j - 1].text == "," and doc[j - 2].text in quotes)):
        j -= 1 if doc[j - 1].text in quotes else 2  # '"Always On, Never Alone," a report finding ...'
    if j >= 0 and doc[j].text in quotes:
        k = j - 1
        while k >= 0 and doc[k].text not in quotes and j - k <= 8:
            k -= 1
        if k >= 0 and doc[k].text in quotes and j - k > 1:
            return doc[k + 1:j].text.strip(" ,")
    # 'a report in July, "Paywall of Fear," which found ...': a title after a comma, a few
    # words (a date, a place) after the noun, or after a participle phrase ('A report released
    # in September by the nonprofit X, "Watched," found')
    k = tok.i + 1
    # after a participle, a relative clause or an author ('A report released in September by the
    # nonprofit X, "Watched," found', 'A report by the Seoul-based network X, "Swipe, Trust, Lose,"')
    right_after = k < len(doc) and (doc[k].text in quotes or (k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].text in quotes))
    after = [c.right_edge.i + 2 for c in tok.rights
             if c.dep_ in ("acl", "relcl", "prep") and (c.dep_ != "prep" or c.lower_ in ("by", "from", "of"))]
    if not right_after and after:
        for j in range(tok.i + 2, min(max(after + [tok.right_edge.i]), tok.i + 16, len(doc) - 1)):
            if doc[j].text == "," and doc[j + 1].text in quotes:
                k = j + 1
                break
    while k < len(doc) and k - tok.i <= 6 and doc[k].text not in quotes and doc[k].sent.start == tok.sent.start \
            and (doc[k].dep_ in ("prep", "pobj", "punct", "det", "amod", "compound") or doc[k].ent_type_ == "DATE"):
        k += 1
    if k < len(doc) and doc[k].text in quotes and (doc[k - 1].text == "," or k == tok.i + 1) and k + 1 < len(doc) \
            and doc[k + 1].text[:1].isupper():
        e = k + 1
        while e < len(doc) and doc[e].text not in quotes and e - k <= 12:
            e += 1
        if e < len(doc) and doc[e].text in quotes and e - k > 1:
            marks = doc.user_data.setdefault("kg_quoted_report", {})
            for i in range(k, e + 1):
                marks[i] = tok.i  # '"Locked Out," which found': the title stands for the report
            return doc[k + 1:e].text.strip(" ,.;:")
    if tok.dep_ == "appos":
        head = tok.head
        if head.pos_ == "PROPN":
            words = [t for t in head.subtree if t.i < tok.i and t.text not in quotes and not t.is_punct]
            if words and any(t.text in quotes for t in head.subtree):
                return " ".join(t.text for t in words)
    return None


def _inner_hyphen(t: Token) -> bool:
    """A hyphen inside a word ("Robo-Adviser"), written without spaces around it."""
    doc = t.doc
    return t.text in ("-", "–") and t.i > 0 and t.i + 1 < len(doc) and not doc[t.i - 1].whitespace_ and not t.whitespace_


def first(*candidates: int | None) -> int | None:
    """The first candidate that is not None (cluster index 0 is a real answer)."""
    return next((c for c in candidates if c is not None), None)


def conjuncts(tok: Token) -> list[Token]:
    """The token and everything coordinated with it ("A, B and C")."""
    out = [tok]
    for c in tok.conjuncts:
        if c not in out:
            out.append(c)
    # "Attorney General Nadia Ferraro and ... Owen Pruitt": the parser may hang the first
    # name on the second as a modifier that carries the "and"
    for c in tok.children:
        if tok.lemma_.lower() not in REPORT_NOUNS and c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < tok.i \
                and any(x.dep_ == "cc" for x in c.children) and not any(x.dep_ == "conj" and x.ent_iob_ == "I" for x in c.children) \
                and c not in out:  # (not "Digital Economy and Society Minister": the "and" is inside a name)
            out.insert(0, c)
    return out


def appos_list(tok: Token) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "appos":
            out.extend(conjuncts(c))
    return out


def asserted(verb: Token) -> bool:
    """False for a negated, questioned, conditional or modal clause (memoised per document)."""
    memo = verb.doc.user_data.get("kg_asserted")
    if memo is None:
        memo = verb.doc.user_data["kg_asserted"] = {}
    found = memo.get(verb.i)
    if found is None:
        found = memo[verb.i] = _asserted(verb)
    return found


def _asserted(verb: Token) -> bool:
    t = triggers()
    sent_of = verb.doc.user_data.get("kg_sent_of")
    if sent_of is not None:  # set by kg.extract.pipeline: no Token.sent scan per call
        if sent_of[verb.i] in verb.doc.user_data["kg_questions"]:
            return False
    elif verb.sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return False
    node, direct = verb, True
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if any(x.lower_ in ("neither", "no", "none") and x.dep_ in ("preconj", "det") for x in subj.children) \
                or subj.lower_ in ("none", "nobody", "neither"):
            return False  # "neither Louisiana nor Kentucky sued Discord"
    for _ in range(8):
        for c in node.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no" and c.head == verb):
                return False
            if c.dep_ == "aux" and c.lower_ in t["hypothetical_markers"]:
                return False
            if c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"):
                return False
        if direct and node.head.i != node.i and _unrealised(node.head, t["unrealised_verbs"]) and (
                node.dep_ in ("xcomp", "pcomp") or (
                node.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children))):
            return False  # "is considering suing", "plans to sue", "agreed to buy", "expect X to acquire Y": not done
        if node.dep_ not in ("xcomp", "conj", "acl", "advcl", "relcl", "pcomp") or node.head.i == node.i:
            break
        # ("agreed to pay $5m after X sued", "... to settle a lawsuit filed by X": a fact beside the plan)
        direct = direct and node.dep_ in ("xcomp", "pcomp", "conj")
        node = node.head
    return True


def _unrealised(tok: Token, verbs) -> bool:
    """A verb of intent, by its lemma or, when the lemmatiser slips ("hopes" -> "hop"), its form."""
    w = tok.lower_
    return tok.lemma_.lower() in verbs or w[:-1] in verbs or w[:-2] in verbs or (
        w.endswith("ing") and (w[:-3] in verbs or w[:-3] + "e" in verbs))


def _positions(doc, attr: str, words) -> list[int]:
    """Positions of ``words`` (by ``attr``: "ORTH" or "LOWER") in a document, found once from the
    token array (no Token object per word) and kept in ``doc.user_data``."""
    key = ("kg_positions", attr, frozenset(words))
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = word_positions(doc, attr, words)
    return cached


def _outside_parentheses(toks: list[Token]) -> list[Token]:
    """"Brazil's Labor Prosecutor's Office (Ministério Público do Trabalho, or MPT) filed ...": the
    parser may take a word in the parentheses for the subject; the name before them is."""
    out = []
    for t in toks:
        doc = t.doc
        if any(t.i - 12 <= j < t.i for j in _positions(doc, "ORTH", ("(",))):  # (else nothing to step over)
            k = t.i - 1
            while k >= max(0, t.i - 12) and doc[k].text not in ("(", ")"):
                k -= 1
            if k >= 1 and doc[k].text == "(" and any(doc[j].text == ")" for j in range(t.i + 1, min(len(doc), t.i + 12))) \
                    and doc[k - 1].pos_ in ("PROPN", "NOUN"):
                t = doc[k - 1]
        if t not in out:
            out.append(t)
    return out


def _displaced_subject(verb: Token) -> tuple[Token, Token] | None:
    """"The Department of Justice, acting on a referral from the FTC, sued Lumen Apps": the parser
    made the name a subject of the fronted participle and the object a subject after the verb
    -> (the real subject, the real object)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass", "expl") for c in verb.children):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) == 2 and subj[0].i < verb.i < subj[1].i and subj[1].pos_ == "PROPN" and verb.tag_ in ("VBD", "VBN", "VBZ") \
            and subj[0].lower_ not in ("who", "which", "that"):
        return subj[0], subj[1]  # "the province of Manitoba sued Pixtrail Inc., a ...": the object read as a subject
    if len(subj) != 1 or subj[0].i < verb.i or subj[0].pos_ != "PROPN":
        return None
    for c in verb.children:
        if c.dep_ == "advcl" and c.i < verb.i and c.tag_ == "VBG":
            inner = [x for x in c.children if x.dep_ == "nsubj" and x.i < c.i and x.pos_ in ("PROPN", "NOUN")]
            if inner:
                return inner[0], subj[0]
    return None


def _list_member_of(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is a later item of a comma list opened by ``head`` ("Microsoft, OpenAI,
    Zentra Labs"), not the last of "A and B" (a relative after "A and B" is about both)."""
    if any(c.dep_ == "cc" for c in tok.children) or (
            tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].lower_ in ("and", "or")):
        return False
    node, steps = tok, 0
    while node != head and node.dep_ in ("appos", "conj") and steps < 6:
        node, steps = node.head, steps + 1
    return node == head and steps > 0


def _after_other_relative(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is a conjunct of ``head`` that follows another relative clause: in "CVS,
    which owns Aetna and Caremark, and Amazon, which owns PillPack" the parser may hang the second
    relative on "Aetna"; it speaks of "Amazon" (a relative after a plain "A and B" covers both)."""
    if tok not in head.conjuncts:
        return False
    node = head  # the list's head itself sits in an earlier relative clause ("CVS, which owns Aetna ...")
    for _ in range(4):
        if node.dep_ == "relcl":
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def _singular_verb(verb: Token) -> bool:
    """Whether a present or perfect verb agrees with a singular subject ("which makes", "which
    has sued", "which is owned"): after "A and B, which ..." it speaks of B alone."""
    words = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(w.tag_ == "VBZ" for w in words) or any(w.lower_ == "was" for w in words)


OFFICE_NOUNS = {"office", "department", "administration", "government", "ministry", "agency", "team"}


def subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, inherited through coordination, xcomp and relative clauses."""
    displaced = _displaced_subject(verb)
    if displaced is not None:
        return conjuncts(displaced[0])
    node = verb
    for _ in range(4):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            # two subjects means a misparse ("SALT LAKE CITY — The state ... has sued"):
            # the one nearest the verb is the real one, unless it is a possessor in apposition
            # ("The Los Angeles Unified School District, the nation's second-largest, sued")
            if len(subj) > 1:
                subj = [t for t in subj if not any(c.dep_ == "case" for c in t.children)] or subj
            s = min(subj, key=lambda t: abs(node.i - t.i))
            if node.dep_ == "relcl" and s.lemma_.lower() in OFFICE_NOUNS \
                    and any(c.dep_ == "poss" and c.lower_ == "whose" for c in s.children):
                return [node.head]  # "Attorney General X, whose office sued Y": X
            if s.lower_ in ("who", "which", "that") and node.dep_ == "relcl":
                head = node.head
                # "Wisconsin was among the states that sued Meta", "Ohio is one of the states
                # that joined": the subject of "be among" / "be one of"
                prep = head.head if head.dep_ == "pobj" else None
                if prep is not None and (prep.lower_ == "among" or (prep.lower_ == "of" and prep.head.lower_ == "one")):
                    be = prep.head if prep.lower_ == "among" else prep.head.head
                    if be.lemma_ == "be" and be.pos_ in ("AUX", "VERB"):
                        named = [c for c in be.children if c.dep_ == "nsubj"]
                        if named and named[0].pos_ == "PROPN":
                            return conjuncts(named[0])
                prev = head.doc[s.i - 2] if s.i >= 2 and head.doc[s.i - 1].text == "," else None
                if prev is not None and prev.dep_ == "compound" and prev.head.i > prev.i:
                    prev = prev.head
                if prev is not None and prev.i > head.i and prev.pos_ == "PROPN" and s.lower_ == "which" \
                        and (_list_member_of(prev, head) or _after_other_relative(prev, head)
                             or (prev in head.conjuncts and _singular_verb(node))):
                    # "Meta, OpenAI, Luka Inc., which makes Replika": the parser may hang the relative
                    # on the list's first name; it speaks of the name right before it
                    return [prev]
                return [head]  # "...; and Alphabet, which owns Google": the relative's own head
            return _outside_parentheses(conjuncts(s))
        if node.dep_ == "relcl":
            return [node.head]
        if node.dep_ == "acl" and node.tag_ in ("VBG", "VBD", "VBZ", "VBP"):
            # "Thorn, a nonprofit ..., found ...": a finite verb hung on the name as a clause
            return conjuncts(node.head)
        if node.dep_ == "acl" and node.tag_ == "VBN" and node.head.pos_ == "PROPN" and node.i > 0 \
                and node.doc[node.i - 1].text == "," and not any(c.dep_ == "agent" for c in node.children):
            return conjuncts(node.head)  # the same, tagged as a participle
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in ("in", "by") and node.head.dep_ == "prep":
            # "X led a coalition of 31 attorneys general in filing ...": X (and the coalition)
            # "Y joined Z in suing ...": Y and Z
            outer = node.head.head
            for _ in range(4):  # "in" may hang on the object ("attorneys general in filing")
                if outer.pos_ in ("VERB", "AUX") or outer.head.i == outer.i:
                    break
                outer = outer.head
            partners = [c for o in objects(outer) for c in conjuncts(o)] if outer.lemma_.lower() in ("lead", "join") else []
            agents = subjects(outer)
            return agents + [p for p in partners if p not in agents]
        break
    # misparsed subjects: "The Department of Justice, acting on a referral ..., filed" (the
    # name hung on the participle) and "... Attorney General Warren Pike on Tuesday filed"
    # (a name read as an interjection)
    for c in verb.children:
        if c.dep_ == "advcl" and c.i < verb.i and c.tag_ == "VBG":
            subj = [x for x in c.children if x.dep_ == "nsubj" and x.i < c.i]
            if subj:
                return conjuncts(subj[0])
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("intj", "dep", "nmod", "npadvmod") and c.ent_type_ not in ("DATE", "TIME") \
                and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "GPE")):
            return conjuncts(c)
        if c.i < verb.i and c.dep_ == "advmod" and c.is_sent_start and c.is_title and c.lower_.endswith("ly") \
                and not c.ent_type_ and c.i + 1 < len(c.doc) and c.doc[c.i + 1].pos_ in ("ADV", "VERB", "AUX"):
            return [c]  # "Stridely also owns ...": a name ending in -ly read as an adverb
    return []


def objects(verb: Token, deps=("dobj",)) -> list[Token]:
    if deps == ("dobj",):
        displaced = _displaced_subject(verb)
        if displaced is not None:
            return conjuncts(displaced[1])
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in deps:
            if c.lower_ in ("which", "who", "that") and (verb.dep_ == "relcl" or (verb.dep_ == "acl" and c.i < verb.i)):
                # "TikTok, which is owned by ByteDance", "the report that eSafety published": the
                # relative's own head, not the list it closes ("..., and the Microsoft Store, which ...")
                out.append(verb.head)
                continue
            out.extend(conjuncts(c))
    if not out and deps == ("dobj",):
        out = _gerund_misread_object(verb)
    if out and deps == ("dobj",):
        # "sued Meta in 2023 and Snap in 2024": a gapped second object hangs on the verb as a conjunct
        out += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > out[0].i
                and not any(x.dep_ in ("nsubj", "nsubjpass", "dobj") for x in c.children) and c not in out]
    return out


def _participle(t: Token) -> bool:
    """A past participle, or one the tagger read as a past tense though it has an agent
    ("a survey of 1,000 U.S. teens released this month by X")."""
    return t.tag_ == "VBN" or (t.tag_ == "VBD" and any(c.dep_ == "agent" for c in t.children))


def _gerund_misread_object(verb: Token) -> list[Token]:
    """"sued ticketing company Encore Tix": the parser reads the gerund of a compound noun
    ("ticketing company", "streaming service") as a verb of its own with the name as its object;
    the name is the verb's object."""
    for c in verb.children:
        if c.i == verb.i + 1 and c.tag_ == "VBG" and c.dep_ in ("xcomp", "advcl", "dep", "acomp", "pcomp") \
                and c.i + 1 < len(c.doc) and c.doc[c.i + 1].dep_ == "compound" and c.doc[c.i + 1].pos_ == "NOUN":
            dobj = [x for x in c.children if x.dep_ == "dobj"]
            if len(dobj) == 1 and dobj[0].pos_ == "PROPN" and dobj[0].left_edge.i == c.i + 1:
                return conjuncts(dobj[0])
    return []


def pobjs(head: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the head's prepositions in ``preps``, with coordinated prepositions:
    "sued by Louisiana in August and by Kentucky in October" -> Louisiana, Kentucky."""
    out: list[Token] = []
    for c in head.children:
        if c.dep_ not in ("prep", "agent", "dative"):
            continue
        for x in (c, *(y for y in c.children if y.dep_ == "conj" and y.pos_ == "ADP")):
            if x.lower_ in preps:
                for p in x.children:
                    if p.dep_ == "pobj":
                        out.extend(q for q in conjuncts(p) if q not in out)
    return out


def along_after(tokens: list[Token]) -> list[Token]:
    """"... against X, along with its parent company, Y, La Presse has learned": ", along with"
    right after a party's name, however the parser hung it (here on the reporting verb)."""
    doc = tokens[0].doc if tokens else None
    out: list[Token] = []
    for t in tokens:
        e = t.right_edge.i + 1
        if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("along", "together") \
                and doc[e + 2].lower_ == "with":
            out += [p for x in doc[e + 2].children if x.dep_ == "pobj" for p in conjuncts(x) if p not in out]
    return out


def along_with(head: Token) -> list[Token]:
    """"..., along with CEO Mark Zuckerberg" / "together with" / "jointly with" / ", joined by X,"."""
    out: list[Token] = []
    for c in head.children:
        if c.dep_ in ("prep", "advmod") and c.lower_ in ("along", "together", "jointly"):
            for w in c.children:
                if w.lower_ == "with":
                    out.extend(p for x in w.children if x.dep_ == "pobj" for p in conjuncts(x))
        if c.dep_ == "prep" and c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in ("along", "together", "jointly"):
            out.extend(p for x in c.children if x.dep_ == "pobj" for p in conjuncts(x))
        if c.dep_ in ("acl", "advcl") and c.lemma_ == "join" and c.tag_ == "VBN" and c.i > 0 and c.doc[c.i - 1].text == ",":
            out.extend(p for p in pobjs(c, ("by",)) if p not in out)  # "The division, joined by Attorney General X, sued"
    return out


def _surface_list(ctx: Context, m) -> list[Token]:
    """"Meta Platforms, ByteDance, Snap Inc. and Alphabet" when the parser did not see the
    list: names that follow ``m`` separated by commas and closed by "and"/"or" + a name.
    Returns the head tokens of the names after ``m`` (none unless the list is closed)."""
    doc = ctx.r.doc
    out: list[Token] = []
    i = m.end
    while i < len(doc):
        j = i
        if doc[j].text == ",":
            j += 1
        closing = j < len(doc) and doc[j].lower_ in ("and", "or")
        if closing:
            j += 1
        if j == i or j >= len(doc):
            return []
        # "Osei and San Jose City Attorney Ben Arceneaux": a name whose title starts the item
        nxt = ctx.r.by_title_start.get(j) or ctx.r.mention_at(doc[j])
        if nxt is not None and nxt.cls == "Place" and nxt.start == j and nxt.end in ctx.r.by_title_start:
            # "..., Utah Attorney General Kyle Maddox and ...": the place opens the title
            nxt = ctx.r.by_title_start[nxt.end]
            j = nxt.title_start
        if nxt is None or (nxt.start != j and nxt.title_start != j) or family(nxt.cls) != family(m.cls):
            return []
        if nxt.end < len(doc) and doc[nxt.end].lower_ in ("'s", "’s", "'", "’", "-", "–"):
            return []  # "Apple's App Store and Google's Play Store", "and ByteDance-owned TikTok": modifiers
        out.append(nxt.span(doc).root)
        if closing:
            return out
        i = nxt.end
    return []


def _surface_list_before(ctx: Context, m) -> list[Token]:
    """"California Attorney General A and New York Attorney General B sued ...", "A, B and C
    sued": the names joined by "and" (then commas) before a subject ``m`` when the parser hung
    them elsewhere."""
    doc = ctx.r.doc
    out: list[Token] = []
    cur, joins = m, ("and",)
    while True:
        start = cur.title_start if cur.title_start is not None else cur.start
        place = ctx.r.mention_at(doc[start - 1]) if start > 0 else None
        if place is not None and place.cls == "Place" and place.end == start:
            start = place.start  # "New York Attorney General B": the place opens the title
        k = start - 1
        if k < 1 or doc[k].lower_ not in joins:
            return out
        oxford = doc[k].lower_ == "and" and doc[k - 1].text == ","
        if oxford:
            k -= 1  # "A, B, and C" (a clause after ", and" is no list: checked below)
        prev = ctx.r.mention_at(doc[k - 1]) if k >= 1 else None
        if prev is None or prev.end != k or family(prev.cls) != family(m.cls) or prev.entity == m.entity \
                or prev.span(doc).root.dep_ in ("dobj", "pobj", "dative", "attr"):
            return out  # ("In Ohio, A and B sued": the list starts after the place; "X bought Y, and Z")
        if oxford:
            before = prev.title_start if prev.title_start is not None else prev.start
            if before < 1 or doc[before - 1].text != ",":
                return out  # "A, and B sued": no three-item list
        out.append(prev.span(doc).root)
        cur, joins = prev, (",",)


def _cluster_list(ctx: Context, toks: list[Token], classes: set[str], surface_list: bool = True,
                  **kw) -> list[int]:
    out = []
    toks = list(toks)
    for t in list(toks):
        # "The Department of Justice and Ohio": the parser may hang the conjunct on a
        # token inside the name (or its title) rather than on its head
        m = ctx.r.mention_at(t)
        if m is not None:
            first_tok = m.title_start if m.title_start is not None else m.start
            for inner in t.doc[first_tok:m.end]:
                if inner.head.i not in range(m.start, m.end):
                    continue  # the name's own head: its conjuncts are the caller's business
                for c in inner.children:
                    if c.dep_ == "conj" and not (m.start <= c.i < m.end):
                        toks.extend(x for x in conjuncts(c) if x not in toks)
            if surface_list:
                toks.extend(x for x in _surface_list(ctx, m) if x not in toks)
                if t.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "conj" for c in t.children):
                    toks.extend(x for x in _surface_list_before(ctx, m) if x not in toks)
            # "A, B and C" parsed as A with the apposition "B and C": names of one class are a list
            for c in t.children:
                cm = ctx.r.mention_at(c)
                if c.dep_ == "appos" and cm is not None and cm is not m and cm.cls == m.cls and c.i > t.i \
                        and len(conjuncts(c)) > 1:
                    toks.extend(x for x in conjuncts(c) if x not in toks)
        elif surface_list and t.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "conj" for c in t.children):
            # "A and New York Attorney General B sued": the subject is B's title
            titled = next((x for x in ctx.r.between(t.i - 8, t.i + 8)
                           if x.title_start is not None and x.title_start <= t.i < x.start), None)
            if titled is not None:
                toks.extend(x for x in _surface_list_before(ctx, titled) if x not in toks)
    for t in list(toks):
        # "three men — A, B and C —", "two companies he controls, X and Y": a counted group
        # noun stands for the names in apposition to it
        if t.pos_ == "NOUN" and t.tag_ == "NNS" and ctx.r.mention_at(t) is None \
                and (any(c.dep_ == "nummod" or c.lower_ in ("two", "three", "four", "five", "both") for c in t.children)
                     or t.lemma_.lower() in ("app", "platform", "game", "site", "service", "brand", "network")):
            members = [x for x in appos_list(t) if ctx.r.mention_at(x) is not None]
            if members:
                toks = [x for x in toks if x is not t] + [x for x in members if x not in toks]
    if classes & {"Company", "Platform", "GovernmentBody"}:
        for t in list(toks):
            # "sued the same four companies": the four named together before; "the two agencies"
            group = _counted_group(ctx, t)
            if group:
                toks = [x for x in toks if x is not t] + [x for x in group if x not in toks]
    for t in list(toks):
        # "the attorneys general of Louisiana, Kentucky and Texas": the states they act for
        # "the states of Ohio and Iowa"
        if t.pos_ == "NOUN" and t.lower_ in ("general", "generals", "attorneys", "governments", "prosecutors", "states",
                                             "countries") \
                and "Place" in classes and ctx.r.mention_at(t) is None:
            heads = [t] + [c for c in t.children if c.lower_ in ("general", "generals")]
            places = [c for h in heads for x in pobjs(h, ("of", "from")) for c in conjuncts(x)
                      if ctx.cls(ctx.entity(c)) == "Place"]
            # "... by the attorneys general of Oregon and Arizona, Priya Castell and Wendell Ocamp":
            # the holders named after the places (the parser lists them with the places)
            holders = [c for h in heads for x in pobjs(h, ("of", "from")) for c in conjuncts(x)
                       if c.i > (places[-1].i if places else c.i) and ctx.cls(ctx.entity(c)) in ("Person", "Official")] \
                if "Official" in classes and t.lower_ in ("general", "generals", "attorneys") else []
            for c in holders:
                idx = ctx.entity(c)
                if ctx.cls(idx) == "Person" and ctx.r.clusters[idx].role is None:
                    ctx.r.clusters[idx].cls = "Official"
                    ctx.r.clusters[idx].role = "Attorney General"
            if places:
                toks = [x for x in toks if x is not t] + [c for c in places + holders if c not in toks]
    for t in toks:
        idx = ctx.entity(t, **kw)
        if idx is not None and ctx.cls(idx) in classes and idx not in out:
            if (ctx.cls(idx) == "Place" or t.ent_type_ in ("GPE", "LOC")) and t.dep_ in ("conj", "appos") \
                    and _place_in_description(t, ctx):
                continue  # "sued Orbit Social Inc., the San Jose, California, company that ...": no party
            out.append(idx)
    return out


def _place_in_description(tok: Token, ctx: Context) -> bool:
    """"the San Jose, California, company", "the Austin, Texas-based startup": a place that
    opens a description of the name before it."""
    m = ctx.r.mention_at(tok)
    doc = tok.doc
    if m is None or m.start == 0 or doc[m.start - 1].lower_ != "the":
        return False
    k = m.end
    if k + 1 < len(doc) and doc[k].text == ",":
        nxt = ctx.r.mention_at(doc[k + 1])
        if nxt is not None and nxt.start == k + 1 and ctx.cls(nxt.entity) == "Place":
            k = nxt.end + (1 if nxt.end < len(doc) and doc[nxt.end].text == "," else 0)
    return k < len(doc) and (doc[k].text in ("-", "–") or (doc[k].text.islower() and doc[k].pos_ in ("NOUN", "ADJ")))


COMPANY_GROUP_NOUNS = {"company", "firm", "platform", "app", "giant", "defendant", "business", "site", "service", "network"}
BODY_GROUP_NOUNS = {"agency", "regulator", "authority", "body", "watchdog", "ministry", "department", "commission"}


def _counted_group(ctx: Context, t: Token) -> list[Token]:
    """"the four companies", "the same two platforms": the names of the last list of exactly that
    many companies or platforms ("Meta, Snap, TikTok and Google"), within the description window."""
    lemma = t.lemma_.lower()
    if t.pos_ != "NOUN" or t.tag_ != "NNS" or lemma not in COMPANY_GROUP_NOUNS | BODY_GROUP_NOUNS or ctx.r.mention_at(t) is not None \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.children):
        return []
    counts = [c for c in t.children if c.dep_ == "nummod"]
    if len(counts) != 1:
        return []
    n = int(counts[0].text) if counts[0].text.isdigit() else WORD_NUMBERS.get(counts[0].lower_)
    if n is None or not 2 <= n <= 12:
        return []
    doc = t.doc
    bodies = lemma in BODY_GROUP_NOUNS
    names = [m for m in ctx.r.between(max(0, t.i - DESCRIPTION_WINDOW), t.left_edge.i) if m.entity is not None
             and ctx.cls(m.entity) in (("GovernmentBody", "Organization") if bodies else ("Company", "Platform"))]
    runs: list[list[Mention]] = []
    for m in names:  # names joined by nothing but commas, "and" and "the"
        if runs and all(x.text in (",", "and", "&") or x.lower_ == "the" for x in doc[runs[-1][-1].end:m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    runs = [run for run in runs if len({m.entity for m in run}) == n == len(run)]
    # "the four companies" rather than their four apps named since, "the two apps" rather than their makers
    kind = "Platform" if lemma in ("platform", "app", "site", "service", "network") else \
        "GovernmentBody" if bodies else "Company"
    runs = [run for run in runs if all(ctx.cls(m.entity) == kind for m in run)] or runs
    return [doc[m.start:m.end].root for m in runs[-1]] if runs else []


STATE_OFFICES = {"Attorney General", "Solicitor General", "Governor"}  # never a county's or a city's
LOCAL_OFFICES = {"Attorney General", "Solicitor General", "County Counsel", "City Attorney", "County Attorney",
                 "District Attorney", "State Attorney", "Governor", "Mayor"}


def _co_plaintiff_office(ctx, subs) -> Iterator[Found]:
    """"Connecticut sued X ... The complaint, brought by Attorney General Y": an attorney
    general (county counsel, mayor, ...) named without a place, suing with exactly one place,
    holds office for it."""
    places = [i for i in dict.fromkeys(list(subs) + list(ctx.last_plaintiffs)) if ctx.cls(i) == "Place"]
    if len(places) != 1:
        return
    if places[0] not in subs and any(
            m is not None and m.entity not in (None, places[0]) and m.cls == "Place" and m.text in state_abbreviations()
            for m in map(ctx.r.mention_at, ctx.current_tokens)):
        return  # "... follows one in Louisiana, where Attorney General X filed a similar suit": another state's
    local = ctx.r.clusters[places[0]].name.split()[-1].lower() in LOCAL_PLACE_WORDS
    for i in subs:
        c = ctx.r.clusters[i]
        if c.cls == "Official" and c.role in LOCAL_OFFICES and c.jurisdiction is None \
                and not (local and c.role in STATE_OFFICES) \
                and all(m.jurisdiction is None for m in c.mentions):
            c.jurisdiction = places[0]
            yield Found(i, "official_of", Arg(cluster=places[0]), "official_of.co_plaintiff")


def _pairs(ctx, rel, subs, objs, rule, detail=None) -> Iterator[Found]:
    if rel == "sued" and subs and objs:
        yield from _co_plaintiff_office(ctx, subs)
    if rel == "sued" and subs:
        ctx.last_plaintiffs = list(subs)
    if rel == "sued" and objs:
        # (a suit by plaintiffs not named is a new case all the same: "That case is led by X")
        ctx.last_defendants = list(objs)
    for s in subs:
        for o in objs:
            if s != o and not (rel == "owns" and _known_other_owner(ctx, s, o)):
                yield Found(s, rel, Arg(cluster=o), rule, detail)


def _known_other_owner(ctx: Context, owner: int, owned: int) -> bool:
    """Whether the gazetteer says someone else owns ``owned`` ("Apple's App Store and Google
    Play": Google Play is Google's; "ByteDance's TikTok, Snapchat and Instagram")."""
    gid = ctx.r.clusters[owned].gazetteer_id
    entry = gazetteer_by_id().get(gid) if gid else None
    if entry is None or entry.owner is None:
        return False
    c = ctx.r.clusters[owner]
    names = {entity_key(canonical_name(c)), c.gazetteer_id} | {entity_key(x) for x in c.surfaces}
    names |= {entity_key(org_core(x)) for x in [canonical_name(c), *c.surfaces]}  # "Sea" for "Sea Limited"
    if entry.owner == "":  # no other company owns it, its namesake aside ("Discord Inc.")
        return canonical_name(c).split()[0].lower() != entry.name.split()[0].lower()
    chain, key = set(), entity_key(entry.owner)  # its owner, the owner's owner ("Alphabet's YouTube")
    while key and key not in chain:
        chain.add(key)
        chain.add(entity_key(org_core(key)))
        up = gazetteer_by_id().get(key)
        key = entity_key(up.owner) if up is not None and up.owner else ""
    return not chain & names


# ---------------------------------------------------------------- sued

def sue_verb(sent: Span, ctx: Context) -> Iterator[Found]:
    """"X sued Y", "Y was sued by X", "X, along with Z, sued Y", "Y was sued X" (agent without "by")."""
    for v in ctx.candidates(sent, ctx.t["sue_verbs"] | CHARGE_VERBS):
        if v.pos_ != "VERB":
            continue
        charge = v.lemma_.lower() in CHARGE_VERBS
        if v.lemma_.lower() not in ctx.t["sue_verbs"] and not (
                charge and (v.lemma_.lower() != "charge" or any(
                    c.dep_ == "prep" and c.lower_ in ("with", "over", "in")
                    # "charged three men — A, B and C — with fraud": "with" may hang on the list
                    for c in list(v.children) + [x for o in v.children if o.dep_ == "dobj" for x in o.subtree]))):
            continue  # "charged X with fraud" is a prosecution; "charged users $5" is not
        if not asserted(v):
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        if passive:
            defendants = objects(v, ("nsubjpass",))
            plaintiffs = pobjs(v, ("by",)) or objects(v, ("dobj",))
            rule = "sued.passive"
        else:
            plaintiffs = subjects(v)
            defendants = objects(v)
            rule = "sued.active"
            nxt = ctx.r.mention_at(v.doc[v.i + 1]) if v.i + 1 < sent.end else None
            if not defendants and nxt is not None and nxt.start == v.i + 1:
                # "sued Starlume Inc., the San Diego startup behind X": the parser may make the
                # name the subject of its own description; the name right after "sued" is sued
                defendants = [v.doc[nxt.end - 1]]
        extra = along_with(v) + [t for p in plaintiffs for t in along_with(p)]
        agent = next((c.i for c in v.children if c.dep_ == "agent"), None)
        if passive and agent is not None:  # "was sued by X, along with Y": Y sued too
            plaintiffs += [t for t in extra if t.i > agent]
            defendants += [t for t in extra if t.i < agent]
        else:
            plaintiffs += [t for t in extra if t.i < v.i]
            later = [t for t in extra if t.i > v.i]
            plaintiffs += [t for t in later if _plaintiff_like(ctx, t)]
            defendants += [t for t in later if not _plaintiff_like(ctx, t)]
        for d in list(defendants):
            defendants += [t for t in along_with(d) if not (passive and agent is not None and t.i > agent)]
        for d in list(defendants):
            defendants += along_with(d)
        defendants += _appositive_list(defendants)
        # "sued X, a boat supplier, and its chief executive, Y": the parser coordinates the second party with the description
        defendants += [x for x in _appositive_conjuncts(defendants) if x not in defendants
                       and (any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in x.children) or _its_titled(x))]
        defendants += [x for d in defendants if ctx.r.mention_at(d) is None and ctx.maker_of(d) is None
                       for x in _named_members(d) if x not in defendants]
        agencies = []
        if charge:  # "Last year it charged a Detroit man": a prosecutor's "it" is the agency named last
            agencies = [i for p in plaintiffs if p.lower_ == "it" for i in [ctx.last_named(p, ("GovernmentBody",))] if i is not None]
            plaintiffs = [p for p in plaintiffs if p.lower_ != "it"]
            rule = rule.replace("sued.", "sued.charged_")
        elif not passive:
            # "The bureau sued X on Monday. It is also suing Y": the agency the sentence before was about
            # "Texas sued GM in 2024, and in January it sued Allstate": the plaintiff of the first clause
            agencies = [i for p in plaintiffs if p.lower_ == "it"
                        for i in [first(_clause_plaintiff(v, ctx), _previous_subject(p, ctx, {"GovernmentBody", "Place"}))]
                        if i is not None]
        told = {p.i: _plural_back_reference(p, ctx) for p in plaintiffs}
        earlier = [i for p in plaintiffs for i in told[p.i]]
        plaintiffs = [p for p in plaintiffs if not told[p.i]]
        subs = _cluster_list(ctx, _with_leaders(plaintiffs), PLAINTIFF_CLASSES, allow_group=True)
        subs += [i for i in agencies + earlier if i not in subs]
        objs = _cluster_list(ctx, defendants, DEFENDANT_CLASSES, allow_org=True)
        if charge:
            objs = [o for o in objs if ctx.cls(o) in ("Person", "Company", "Organization")]
        yield from _pairs(ctx, "sued", subs, objs, rule)


def _clause_plaintiff(v: Token, ctx: Context) -> int | None:
    """The body or state that sued in the clause ``v`` is coordinated with."""
    if v.dep_ != "conj" or v.head.lemma_.lower() not in ctx.t["sue_verbs"]:
        return None
    for s in subjects(v.head):
        idx = ctx.entity(s)
        if idx is not None and ctx.cls(idx) in ("GovernmentBody", "Place"):
            return idx
    return None


PLURAL_PARTIES = {"states": ("Place",), "attorneys": ("Official",), "generals": ("Official",),
                  "regulators": ("GovernmentBody", "Official"), "agencies": ("GovernmentBody",)}


def _plural_back_reference(tok: Token, ctx: Context) -> list[int]:
    """"The states had also sued X", "Both states also sued Y": the plaintiffs of the suit told
    before, of the class the plural noun names (only when there are two or more of them)."""
    word = tok.lower_
    if word == "general" and any(c.lower_ == "attorneys" and c.dep_ == "compound" for c in tok.children):
        word = "generals"  # "The two attorneys general"
    if tok.pos_ != "NOUN" or word not in PLURAL_PARTIES or ctx.r.mention_at(tok) is not None:
        return []
    if word != tok.lower_:
        counted = [c for x in [tok] + list(tok.children) for c in x.children
                   if c.dep_ == "nummod" and c.lower_ in ("two", "three", "four", "five")]
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "both", "these", "those") for c in tok.children)
        named = [i for i in ctx.last_plaintiffs if ctx.cls(i) in PLURAL_PARTIES[word]]
        if counted and definite:
            return named if len(named) == WORD_NUMBERS[counted[0].lower_] else []
        return named if definite and not counted and len(named) >= 2 else []
    if not any(c.lower_ in ("the", "both", "these", "those") for c in tok.children if c.dep_ in ("det", "predet", "preconj")) \
            or any(c.dep_ in ("nummod", "prep", "amod", "compound") for c in tok.children):
        return []  # "33 states", "the states of X and Y", "the other states": not the ones just told
    named = [i for i in ctx.last_plaintiffs if ctx.cls(i) in PLURAL_PARTIES[word]]
    return named if len(named) >= 2 else []


CHARGE_VERBS = {"charge", "indict", "chargesheet"}
CHARGE_NOUNS = {"charge", "indictment", "chargesheet", "charge-sheet"}


def _named_members(tok: Token) -> list[Token]:
    """"two of the largest kiosk operators, A and B", "the two apps, A and B": the names in
    apposition to a counted or described party."""
    out: list[Token] = []
    if tok.pos_ not in ("NUM", "NOUN"):
        return out
    for node in [tok] + pobjs(tok, ("of",)):
        for c in node.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                out += [x for x in conjuncts(c) if x not in out]
    return out


def take_to_court(sent: Span, ctx: Context) -> Iterator[Found]:
    """"eSafety took Telegram to the Federal Court", "X hauled Y into court"."""
    for v in ctx.candidates(sent, {"take", "haul", "drag", "bring"}):
        if v.pos_ != "VERB" or v.lemma_.lower() not in ("take", "haul", "drag", "bring") or not asserted(v):
            continue
        heads = [v] + [x for o in objects(v) for x in o.subtree if x.pos_ in ("NOUN", "PROPN")]  # "to court" hung on the object
        courts = [p for h in heads for p in pobjs(h, ("to", "into", "before")) if p.lemma_.lower() in ("court", "tribunal")
                  or (ctx.r.mention_at(p) is not None and "court" in ctx.r.mention_at(p).text.lower())]
        # "took Viagogo to court": the parser may read "to court" as an infinitive
        courts += [c for c in v.children if c.dep_ == "xcomp" and c.lower_ == "court"
                   and any(a.lower_ == "to" for a in c.children)]
        if not courts:
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            # "X and its subsidiary, Y, were taken to court by the Information Regulator"
            defendants = objects(v, ("nsubjpass",))
            defendants += [x for x in _appositive_conjuncts(defendants) if x.pos_ == "PROPN" and x not in defendants]
            subs = _cluster_list(ctx, pobjs(v, ("by",)), PLAINTIFF_CLASSES, allow_group=True)
            objs = _cluster_list(ctx, defendants, DEFENDANT_CLASSES, allow_org=True)
        else:
            subs = _cluster_list(ctx, subjects(v), PLAINTIFF_CLASSES, allow_group=True)
            objs = _cluster_list(ctx, objects(v), DEFENDANT_CLASSES, allow_org=True)
        yield from _pairs(ctx, "sued", subs, objs, "sued.take_to_court")


def _with_leaders(toks: list[Token]) -> list[Token]:
    """"a coalition of 38 attorneys general, led by Colorado and Nebraska": the leaders sue too."""
    out = list(toks)
    # "his office filed ...", "County Counsel X's office filed ...": the office acts for its head
    out += [c for t in toks if t.lemma_.lower() == "office" and _bare_noun(t)
            for c in t.children if c.dep_ == "poss" and c not in out
            and (c.lower_ in ("his", "her") or c.pos_ == "PROPN")]  # not "the prosecutor's office"
    for t in toks:
        nodes = [t] + [p for p in pobjs(t, ("of",))]  # the acl may hang on "attorneys general"
        for node in nodes:
            for acl in node.children:
                if acl.dep_ == "acl" and acl.lemma_.lower() in ("lead", "head", "spearhead", "co-lead"):
                    out += [p for p in pobjs(acl, ("by",)) if p not in out]
    return out


def _bare_noun(t: Token) -> bool:
    """A bare "office" (not "the Office of the Attorney General", a name of its own)."""
    return t.pos_ == "NOUN" and t.text.islower()


def _plaintiff_like(ctx: Context, tok: Token) -> bool:
    """"..., along with 15 states and the District of Columbia": states, officials and
    agencies named along with a plaintiff are co-plaintiffs, companies and people co-defendants."""
    idx = ctx.entity(tok, allow_group=True)
    return idx is not None and ctx.cls(idx) in PLAINTIFF_CLASSES


def _names_after_misread_noun(tok: Token) -> list[Token]:
    """"against food delivery platforms DiDi Food and Rappi" with "platforms" tagged as a verb
    and the names as its object: the names."""
    if tok.pos_ != "VERB" or not {tok.lemma_.lower(), tok.lower_.rstrip("s")} & PLATFORM_NOUNS:
        return []
    return [x for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN" for x in conjuncts(c)]


def lawsuit_against(sent: Span, ctx: Context) -> Iterator[Found]:
    """"X filed a lawsuit against Y", "X's lawsuit against Y", "a lawsuit filed by X against Y"."""
    for n in ctx.candidates(sent, ctx.t["suit_nouns"]):
        if n.lemma_.lower() not in ctx.t["suit_nouns"] or n.pos_ != "NOUN":
            continue
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in ("statement", "notice") \
                and n.head.head.dep_ in ("dobj", "nsubjpass") and not any(c.dep_ == "prep" and c.lower_ == "against" for c in n.children):
            n = n.head.head  # "filed statements of claim ... against X": the statement is what was filed
        against = [c for c in n.children if c.dep_ == "prep" and c.lower_ == "against"]
        criminal = n.lemma_.lower() in CHARGE_NOUNS
        # "authorised charges against X", "pressed charges": verbs that file a prosecution only
        filing = ctx.t["file_verbs"] | (ctx.t["charge_file_verbs"] if criminal else frozenset())
        if n.lemma_.lower() == "action" and any(c.lower_ in ("legal", "court") for c in n.children) \
                and n.head.lemma_.lower() == "take" and n.head.dep_ not in ("xcomp", "advcl", "pcomp", "acl") \
                and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "to")
                            for c in n.head.children):
            filing = filing | {"take"}  # "has taken legal action against X" (not "took enforcement action",
            # "threatened to take legal action", "will take legal action")
        verb = n.head if n.dep_ in ("dobj", "nsubjpass") else None
        if not against:
            # "an application in the High Court in Pretoria against X", "lodged a complaint before
            # a special court in Panaji against X", "the lawsuit filed by Y against X"
            starts = [p for p in n.children if p.dep_ == "prep" and p.lower_ in ("in", "before", "at", "with")]
            starts += [a for a in n.children if a.dep_ == "acl" and a.lemma_.lower() in filing]
            if verb is not None and verb.lemma_.lower() in filing:
                starts += [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "before", "at", "with")]
            against = _against_below(starts)
        relcl = next((c for c in n.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in filing
                      and any(x.dep_ == "nsubj" for x in c.children)), None)
        if not against and relcl is not None and asserted(relcl):
            # "the lawsuit (that) Oregon and Vermont brought against Halcyon"
            against = [c for c in relcl.children if c.dep_ == "prep" and c.lower_ == "against"]
            if against:
                defendants = [p for a in against for x in a.children if x.dep_ == "pobj" for p in conjuncts(x)]
                subs = _cluster_list(ctx, _with_leaders(subjects(relcl)), PLAINTIFF_CLASSES, allow_group=True)
                objs = _cluster_list(ctx, defendants, DEFENDANT_CLASSES, allow_org=True)
                yield from _pairs(ctx, "sued", subs, objs, "sued.lawsuit_against")
                continue
        if not against:
            yield from _suit_without_against(n, ctx)
        if not against and verb is not None:
            against = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"]
            if not against and n.dep_ == "nsubjpass":
                # "The suit was filed by X and Y against Z": the parser may hang "against" on a filer
                against = [c for p in pobjs(verb, ("by",)) for x in conjuncts(p) for c in x.children
                           if c.dep_ == "prep" and c.lower_ == "against"]
        if not against:
            if verb is not None and verb.lemma_.lower() in filing and asserted(verb):
                # "X filed a lawsuit on Monday.", "The lawsuit was filed in Y by X and Z." - remember
                # the filers for "The suit names ..."
                by = subjects(verb) if n.dep_ == "dobj" else pobjs(verb, ("by",))
                if n.dep_ == "nsubjpass":  # "filed separately in X by A and in Y by B": every "by"
                    by += [p for b in verb.subtree if b.lower_ == "by" and b.dep_ in ("agent", "prep") and b.head is not verb
                           for x in b.children if x.dep_ == "pobj" for p in conjuncts(x) if p not in by]
                by += [t for t in along_with(verb) if _plaintiff_like(ctx, t)]  # "filed it jointly with the city of X"
                filers = _cluster_list(ctx, _with_leaders(by), PLAINTIFF_CLASSES, allow_group=True)
                if filers and (_definite_or_same(n) or _like_suit(n)):
                    # "X sued Y ... X and Z filed the complaint in W", "Z filed a nearly identical
                    # suit": the suit told before, so its defendants are sued by every filer
                    known = list(ctx.last_plaintiffs)
                    _add_plaintiffs(ctx, filers)
                    if verb.lemma_.lower() not in ("announce", "join") and (n.tag_ != "NNS" or _definite(n)):
                        # (not "announcing the action", nor "1,000 districts have filed similar claims";
                        # but "A, B and C filed the lawsuits")
                        yield from _sued_last_defendants(ctx, filers, "sued.lawsuit_by", known)
                elif filers:
                    ctx.last_plaintiffs = filers
            elif n.dep_ == "nsubjpass" and n.head.lemma_.lower() in ("lead", "bring", "spearhead", "head") \
                    and asserted(n.head) and _definite(n):
                # "The suit ... is being led by Minnesota Attorney General X and ...": the suit of
                # an earlier sentence (its defendants may be named only later)
                subs = _cluster_list(ctx, pobjs(n.head, ("by",)), PLAINTIFF_CLASSES, allow_group=True)
                _add_plaintiffs(ctx, subs)
                yield from _sued_last_defendants(ctx, subs, "sued.lawsuit_by")
            continue
        defendants = [p for a in against for x in a.children if x.dep_ == "pobj" for p in conjuncts(x)]
        # "legal action against letting agent Pennine Lettings": a gerund read as the preposition's verb
        defendants += [p for a in against for p in _gerund_misread_object(a) if p not in defendants]
        defendants = [q for p in defendants for q in _names_after_misread_noun(p) or [p]]
        plaintiffs = [c for c in n.children if c.dep_ == "poss"]
        if n.dep_ == "pobj" and n.head.lower_ in ("for", "with") and n.head.head.pos_ == "VERB" \
                and n.head.head.lemma_.lower() in ("apply", "file", "seek", "move", "petition", "go") and asserted(n.head.head):
            plaintiffs += subjects(n.head.head)  # "X applied to the High Court for an injunction against Y"
        for acl in (c for c in n.children if c.dep_ == "acl"):
            plaintiffs += pobjs(acl, ("by",))
        if verb is not None and verb.lemma_.lower() in filing:
            if not asserted(verb):
                continue
            plaintiffs += subjects(verb) if n.dep_ == "dobj" else pobjs(verb, ("by",))
            # "filed a lawsuit against X ... and its founder, Y": the parser may coordinate
            # the second defendant with the lawsuit, as another object of "filed"
            defendants += [c for c in verb.children if c.dep_ == "dobj" and c.i > against[0].i and c is not n]
            extra = along_with(verb)
            if n.dep_ == "dobj":  # "The Ministry, along with the Catalan government, filed a lawsuit against X"
                plaintiffs += [t for p in subjects(verb) for t in along_with(p)]
            defendants += [t for t in extra if t.i > n.i and not _plaintiff_like(ctx, t)]
            plaintiffs += [t for t in extra if t.i < verb.i or (t.i > n.i and _plaintiff_like(ctx, t))]
        for d in list(defendants):
            defendants += along_with(d)
        defendants += [t for t in along_after(defendants) if t not in defendants and not _plaintiff_like(ctx, t)]
        defendants += _appositive_conjuncts(defendants)
        defendants += [x for x in _appositive_list(defendants) if x not in defendants]
        # "... against X, an online marketplace, and its parent company, Y": whatever the parse, a
        # related company coordinated after the defendants is one of them
        for w in ctx.tokens(sent):
            if w.i > against[0].i and w.pos_ == "NOUN" and w.lemma_.lower() in RELATED_COMPANY_NOUNS \
                    and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in w.children) \
                    and w.left_edge.i > 0 and w.doc[w.left_edge.i - 1].lower_ == "and":
                defendants += [c for c in w.children if c.dep_ == "appos" and c not in defendants]
        named = [p for p in plaintiffs if p.lower_ != "it"]
        subs = _cluster_list(ctx, _with_leaders(named), PLAINTIFF_CLASSES, allow_group=True)
        # "it had authorised charges against X", "it filed proceedings against X": a plaintiff's
        # "it" is the agency named last (not "it intends to bring a claim")
        it_sues = criminal or (verb is not None and verb.dep_ != "xcomp")
        for p in plaintiffs:
            agency = ctx.last_named(p, ("GovernmentBody",)) if p.lower_ == "it" and it_sues else None
            if agency is not None and agency not in subs:
                subs.append(agency)
        objs = _cluster_list(ctx, defendants, DEFENDANT_CLASSES, allow_org=True)
        objs += [o for o in _colon_list(ctx, defendants) if o not in objs]
        if not subs and not plaintiffs and _definite(n) and n.dep_ in ("nsubj", "nsubjpass"):
            # "X sued the operator of ... . The lawsuit against Y, filed in Z, ...": that suit
            subs = list(ctx.last_plaintiffs)
        yield from _pairs(ctx, "sued", subs, objs, "sued.lawsuit_against")


def _colon_list(ctx: Context, toks: list[Token]) -> list[int]:
    """"against six companies: A, which owns B; C; and D": the parties a counted noun announces."""
    doc = toks[0].doc if toks else None
    for t in toks:
        k = t.right_edge.i + 1
        if t.pos_ == "NOUN" and t.tag_ == "NNS" and ctx.r.mention_at(t) is None and k < len(doc) and doc[k].text == ":":
            stop = next((j for j in range(k + 1, len(doc)) if doc[j].is_sent_start or doc[j].lower_ in _LIST_END), len(doc))
            return _party_list(ctx, list(doc[k + 1:stop]))
    return []


def _sentence_start(tok: Token) -> int:
    """The index of the token's sentence start (kg.extract.pipeline's table; no Token.sent scan)."""
    sent_of = tok.doc.user_data.get("kg_sent_of")
    return sent_of[tok.i] if sent_of is not None else tok.sent.start


def _listed(prep: Token) -> list[Token]:
    """The items a preposition lists: "including A, B and C", "such as A and B" -> A, B, C."""
    return [c for x in prep.children if x.dep_ == "pobj" for c in conjuncts(x)]


def _with_members(toks: list[Token]) -> list[Token]:
    """"Twelve other states, including Arizona, Michigan and New Jersey": the group and its named members."""
    out = list(toks)
    for t in toks:
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in ("including", "like"):
                out += [c for c in _listed(p) if c not in out]
    return out


def _add_plaintiffs(ctx: Context, subs: list[int]) -> None:
    """More plaintiffs of the suit told last ("The suit is being led by X")."""
    ctx.last_plaintiffs = ctx.last_plaintiffs + [i for i in subs if i not in ctx.last_plaintiffs]


def _sued_last_defendants(ctx: Context, subs: list[int], rule: str, known: list[int] = ()) -> Iterator[Found]:
    """Each of ``subs`` (but the ``known`` plaintiffs already paired with them) sued the
    defendants of the suit told last."""
    for idx in (i for i in subs if i not in known):
        role = ctx.r.clusters[idx].role or ""
        if "Judge" in role or role == "Magistrate":
            continue  # "That case is led by U.S. District Judge X": who hears it, not who brought it
        for o in ctx.last_defendants:
            if idx != o:
                yield Found(idx, "sued", Arg(cluster=o), rule)


def _definite(n: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in n.children)


def _definite_or_same(n: Token) -> bool:
    """"the complaint", "the same lawsuit", "its complaint": a suit already told (not "a suit")."""
    return _definite(n) or any(c.dep_ == "poss" or c.lower_ == "same" for c in n.children)


LIKE_WORDS = {"identical", "similar", "parallel", "companion", "matching", "copycat"}


def _like_suit(n: Token) -> bool:
    """"a nearly identical suit", "a similar complaint": one more suit against the same parties."""
    return any(c.dep_ == "amod" and c.lower_ in LIKE_WORDS for c in n.children)


def _appositive_list(toks: list[Token]) -> list[Token]:
    """"sued A, B and C": the parser may take B for another name of A (an apposition with C
    coordinated to it); B and C are parties of their own."""
    out: list[Token] = []
    for t in toks:
        for c in t.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == "," \
                    and any(x.dep_ == "conj" and x.pos_ == "PROPN" for x in c.children) \
                    and any(x.dep_ == "cc" and x.lower_ in ("and", "&") for x in c.children):
                out += [x for x in conjuncts(c) if x not in toks and x not in out]
    return out


def _its_titled(x: Token) -> bool:
    """"X and its co-founder and chief executive, Y": a name in apposition to the party before it,
    after "and its/their" and a lower-case title (however the parser cut the title)."""
    if x.dep_ != "appos" or x.head.i >= x.i:
        return False
    left = x.left_edge.i
    between = x.doc[x.head.i + 1:left]
    words = [w for w in between if not w.is_punct and w.text != "-"]
    return len(between) <= 10 and len(words) >= 3 and words[0].lower_ in ("and", "&") \
        and words[1].lower_ in ("its", "their") and all(w.text.islower() for w in words[2:]) \
        and between[-1].text == ","


def _appositive_conjuncts(toks: list[Token]) -> list[Token]:
    """"X, an online marketplace, and its parent company, Y", "its two promoters, A and B":
    what the parser coordinated with an apposition is another party."""
    out: list[Token] = []
    for t in toks:
        for c in t.children:
            if c.dep_ == "appos":
                out += [x for x in conjuncts(c) if x.i != c.i and x not in toks and x not in out]
                if c.pos_ == "PROPN" and c not in out and (any(x.dep_ == "poss" and x.lower_ in ("its", "their")
                                                               for x in c.subtree if x.i < c.i) or _its_titled(c)):
                    out.append(c)  # "X Ltd, its chief executive Y and director Z": Y is another party
                if c.pos_ == "NOUN":
                    out += [x for a in c.children if a.dep_ == "appos" for x in conjuncts(a) if x not in toks and x not in out]
    return out


def _against_below(starts: list[Token]) -> list[Token]:
    """"against" preps under these tokens, through courts and places only (prep/pobj/acl links)."""
    out: list[Token] = []
    frontier = list(starts)
    for _ in range(4):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ in ("prep", "agent") and c.lower_ == "against":
                    out.append(c)
                elif c.dep_ in ("prep", "pobj", "agent") and c.pos_ in ("ADP", "NOUN", "PROPN"):
                    nxt.append(c)
        frontier = nxt
    return out


def _named_before_as(verb: Token, ctx: Context) -> list[Token]:
    """"also names Heartline Labs co-founder and chief executive Ethan Varga as a defendant":
    the names between "names" and "as a defendant", however the parser hung them."""
    as_tok = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                   and any(p.lower_ in ("defendant", "defendants") for p in c.children)), None)
    if verb.lemma_.lower() != "name" or as_tok is None:
        return []
    out = []
    for m in ctx.r.between(verb.i + 1, as_tok.i):
        if m.entity is not None and ctx.cls(m.entity) in ("Person", "Official", "Company", "Platform", "Organization") \
                and verb.doc[m.end - 1].dep_ not in ("compound", "poss"):  # not "Heartline Labs co-founder"
            out.append(verb.doc[m.end - 1])
    return out


def _verb_taken_for_apposition(n: Token) -> Token | None:
    """"The lawsuit, filed Monday by X, also names Y": the parser may make the noun the root
    and its verb an apposition to it; that verb is the noun's predicate."""
    if n.dep_ != "ROOT":
        return None
    return next((c for c in n.children if c.dep_ == "appos" and c.pos_ == "VERB" and c.tag_ in ("VBZ", "VBD")
                 and c.i > n.i), None)


def _suit_without_against(n: Token, ctx: Context) -> Iterator[Found]:
    """"The lawsuit filed by Texas accuses TikTok of ..." and "TikTok faces a lawsuit from Indiana"."""
    plaintiffs: list[Token] = []
    defendants: list[Token] = []
    for acl in (c for c in n.children if c.dep_ == "acl"):
        plaintiffs += pobjs(acl, ("by",))
    plaintiffs += [c for c in n.children if c.dep_ == "poss"]
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in ("notice", "statement") \
            and n.head.head.dep_ == "nsubj":
        n = n.head.head  # "The notice of civil claim ... names X"
    main = n.head if n.dep_ == "nsubj" else _verb_taken_for_apposition(n)
    if main is not None and main.lemma_.lower() in (ctx.t["accuse_verbs"] | {"target", "name"}) and asserted(main):
        defendants = objects(main) + _named_before_as(main, ctx)
        if any(c.lower_ in ("the", "this", "that") for c in n.children if c.dep_ == "det"):
            # "The suit ... names X": the lawsuit of an earlier sentence
            named = _cluster_list(ctx, [t for d in defendants for t in conjuncts(d)], DEFENDANT_CLASSES)
            if plaintiffs and named:
                # "The lawsuit, filed by Attorney General Y, also names X": Y's suit, and the one told before
                subs = _cluster_list(ctx, plaintiffs, PLAINTIFF_CLASSES, allow_group=True)
                if any(c.lower_ == "also" for c in main.children):
                    yield from _sued_last_defendants(ctx, subs, "sued.lawsuit_by", ctx.last_plaintiffs)
                    subs += [i for i in ctx.last_plaintiffs if i not in subs]
                yield from _pairs(ctx, "sued", subs, named, "sued.lawsuit_by")
                return
            if not plaintiffs:
                for idx in ctx.last_plaintiffs:
                    for o in named:
                        yield Found(idx, "sued", Arg(cluster=o), "sued.lawsuit_names")
                return
    elif any(a.dep_ == "acl" and a.tag_ == "VBG" and a.lemma_.lower() in ctx.t["accuse_verbs"] and asserted(a)
             for a in n.children) or (
            n.dep_ == "dobj" and n.head.lemma_.lower() in ctx.t["file_verbs"] and asserted(n.head)
            and any(a.dep_ == "advcl" and a.tag_ == "VBG" and a.i > n.i and a.lemma_.lower() in ctx.t["accuse_verbs"]
                    for a in n.head.children)):
        # "the Commonwealth's lawsuit accusing Kindling AI Inc. of ...", "X filed a lawsuit on
        # Tuesday, accusing Y of ...": the accused are the defendants, the filers the plaintiffs
        accusing = [a for a in n.children if a.dep_ == "acl" and a.tag_ == "VBG"]
        if n.dep_ == "dobj" and n.head.lemma_.lower() in ctx.t["file_verbs"] and asserted(n.head):
            accusing += [a for a in n.head.children if a.dep_ == "advcl" and a.tag_ == "VBG" and a.i > n.i]
            plaintiffs += subjects(n.head)
        defendants = [o for a in accusing if a.lemma_.lower() in ctx.t["accuse_verbs"] for o in objects(a)]
    elif n.dep_ == "dobj" and n.head.lemma_.lower() in ("face", "receive", "fight", "lose", "settle", "resolve", "appeal", "contest",
                                                         "defend") and asserted(n.head):
        defendants = subjects(n.head)
        plaintiffs += pobjs(n, ("from", "by"))
        if n.head.i < n.i:  # "to settle a lawsuit by the FTC": the parser may hang "by" on the verb
            plaintiffs += [p for p in pobjs(n.head, ("by",)) if p.i > n.i]
    elif n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.head.lemma_.lower() in ("hit", "slap", "serve") \
            and asserted(n.head.head):  # "X was hit with a lawsuit by Y"
        verb = n.head.head
        defendants = objects(verb, ("nsubjpass",)) or subjects(verb)
        plaintiffs += pobjs(n, ("by", "from")) + pobjs(verb, ("by",))
    if plaintiffs and ctx.last_defendants and n.dep_ in ("nsubj", "nsubjpass") \
            and not _cluster_list(ctx, defendants, DEFENDANT_CLASSES) \
            and any(c.lower_ in ("the", "this", "that") for c in n.children if c.dep_ == "det"):
        # "The lawsuit, led by Colorado Attorney General X, alleges ...": the suit of an earlier sentence
        subs = _cluster_list(ctx, plaintiffs, PLAINTIFF_CLASSES, allow_group=True)
        _add_plaintiffs(ctx, subs)
        yield from _sued_last_defendants(ctx, subs, "sued.lawsuit_by")
        return
    if not defendants or not plaintiffs:
        return
    subs = _cluster_list(ctx, plaintiffs, PLAINTIFF_CLASSES, allow_group=True)
    objs = _cluster_list(ctx, defendants, DEFENDANT_CLASSES, allow_org=True)
    yield from _pairs(ctx, "sued", subs, objs, "sued.lawsuit_by")


def _whose_case(v: Token, ctx: Context) -> list[int]:
    """"In Oregon's case, X was also named as a defendant": the state's official who brought that
    case (the one official of that place the article names), else the state."""
    for case in pobjs(v, ("in",)):
        if case.lemma_.lower() not in ctx.t["suit_nouns"]:
            continue
        for poss in (c for c in case.children if c.dep_ == "poss"):
            idx = ctx.entity(poss)
            if idx is None:
                continue
            if ctx.cls(idx) == "Place":
                officials = ctx.officials_of(idx)
                return officials if len(officials) == 1 else [idx]
            if ctx.cls(idx) in PLAINTIFF_CLASSES:
                return [idx]
    return []


_CONTINUING_LEMMAS = frozenset({"be", "name", "cite", "join", "list", "add"})  # the verbs suit_continued reads


def suit_continued(sent: Span, ctx: Context) -> Iterator[Found]:
    """The lawsuit of an earlier sentence, continued: "X was also named as a defendant",
    "It names Y as a second defendant", "Z joined the lawsuit as a co-plaintiff"."""
    for v in ctx.candidates(sent, _CONTINUING_LEMMAS):
        if v.lemma_ == "be" and v.pos_ in ("AUX", "VERB") and ctx.last_plaintiffs and asserted(v) and any(
                s.lower_ in ("defendants", "respondents") and _definite(s) for s in subjects(v)):
            # "The defendants are Bravo Fintech Limited, which operates ...; Sika Now; and Ezeloan Ghana Limited"
            named = [t for a in objects(v, ("attr",)) for t in conjuncts(a) + _appositive_list([a])]
            named += [t for a in objects(v, ("attr",)) for m in [ctx.r.mention_at(a)] if m is not None
                      for t in _surface_list(ctx, m) if t not in named]
            objs = _cluster_list(ctx, named, DEFENDANT_CLASSES, allow_org=True)
            yield from _pairs(ctx, "sued", list(ctx.last_plaintiffs), objs, "sued.named_defendant")
            continue
        if v.lemma_ == "be" and v.pos_ in ("AUX", "VERB") and ctx.last_plaintiffs and asserted(v) and any(
                a.lemma_.lower() in ("defendant", "co-defendant", "respondent") and a.tag_ == "NN"
                for a in objects(v, ("attr",))):
            # "Castellan Capital Partners, the firm that acquired Silverline, is also a defendant"
            objs = _cluster_list(ctx, subjects(v), DEFENDANT_CLASSES, allow_org=True)
            yield from _pairs(ctx, "sued", list(ctx.last_plaintiffs), objs, "sued.named_defendant")
            continue
        if v.pos_ != "VERB" or not asserted(v):
            continue
        lemma = v.lemma_.lower()
        named_in_suit = lemma == "name" and any(c.dep_ == "auxpass" for c in v.children) and any(
            p.lemma_.lower() in ctx.t["suit_nouns"] and _definite_or_same(p) for p in pobjs(v, ("in",)))
        if named_in_suit and ctx.last_plaintiffs:
            # "Kestrel, which bought the studio in 2021, was named in the same complaint"
            objs = _cluster_list(ctx, objects(v, ("nsubjpass",)), DEFENDANT_CLASSES, allow_org=True)
            yield from _pairs(ctx, "sued", _whose_case(v, ctx) or list(ctx.last_plaintiffs), objs, "sued.named_defendant")
        elif lemma in ("name", "cite", "join", "list") and any(p.lower_ in ("defendant", "defendants", "respondent", "respondents")
                                                            for p in pobjs(v, ("as",))):
            # ("Lumo's parent, X, is cited as a respondent too", "Also joined as defendants are ...")
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
                # "X was named as a defendant (in a lawsuit filed by Y)"
                plaintiffs = [p for s in pobjs(v, ("in",)) for acl in s.children if acl.dep_ == "acl"
                              for p in pobjs(acl, ("by",))]
                subs = _cluster_list(ctx, plaintiffs, PLAINTIFF_CLASSES, allow_group=True) or _whose_case(v, ctx) \
                    or ctx.last_plaintiffs
                objs = _cluster_list(ctx, objects(v, ("nsubjpass",)), DEFENDANT_CLASSES, allow_org=True)
            else:
                subj = subjects(v)
                # "the agency names X, its chief executive Y and director Z as respondents"
                filers = _cluster_list(ctx, subj, PLAINTIFF_CLASSES, allow_group=True) \
                    if subj and subj[0].lower_ != "it" and subj[0].lemma_.lower() not in ctx.t["suit_nouns"] else []
                if not subj or not (subj[0].lower_ == "it" or subj[0].lemma_.lower() in ctx.t["suit_nouns"] or filers):
                    continue
                if subj[0].lemma_.lower() in ctx.t["suit_nouns"] and subj[0].lower_ != "it":
                    continue  # "The suit names X": sued.lawsuit_names
                subs = filers or ctx.last_plaintiffs
                objs = _cluster_list(ctx, objects(v), DEFENDANT_CLASSES, allow_org=True)
                objs += [o for o in _cluster_list(ctx, _appositive_conjuncts(objects(v)), DEFENDANT_CLASSES) if o not in objs]
            yield from _pairs(ctx, "sued", list(subs), objs, "sued.named_defendant")
        elif lemma == "add" and ctx.last_plaintiffs and (
                any(p.lower_ in ("defendant", "defendants") for p in pobjs(v, ("as",)))
                or any(x.lemma_.lower() == "amend" for x in (v.head, v.head.head))):
            # "the state amended its complaint to add X, Y and Z", "added X as a defendant"
            objs = _cluster_list(ctx, objects(v), DEFENDANT_CLASSES, allow_org=True)
            objs += [o for o in _cluster_list(ctx, _appositive_conjuncts(objects(v)), DEFENDANT_CLASSES) if o not in objs]
            yield from _pairs(ctx, "sued", list(ctx.last_plaintiffs), objs, "sued.named_defendant")
        elif lemma == "join" and (ctx.last_defendants or ctx.last_plaintiffs):
            suits = [o for o in objects(v) if o.lemma_.lower() in ctx.t["suit_nouns"]]
            as_plaintiff = any(p.lower_ in ("co-plaintiff", "co-plaintiffs", "plaintiff", "plaintiffs")
                               for p in pobjs(v, ("as",)))
            # "B and C joined Attorney General A in filing the complaint": all of them sue
            in_filing = [g for p in v.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                         if g.dep_ == "pcomp" and g.lemma_.lower() in ctx.t["file_verbs"] | ctx.t["sue_verbs"]]
            if (suits or as_plaintiff) and (as_plaintiff or any(
                    c.lower_ in ("the", "this", "that") for s in suits for c in s.children if c.dep_ == "det")):
                # "Twelve other states, including Arizona and Michigan, joined the suit": the named ones too
                subs = _cluster_list(ctx, _with_members(subjects(v)), PLAINTIFF_CLASSES, allow_group=True)
                _add_plaintiffs(ctx, subs)
                yield from _sued_last_defendants(ctx, subs, "sued.joined")
            elif in_filing and not suits:
                partners = _cluster_list(ctx, [t for o in objects(v) for t in conjuncts(o)], PLAINTIFF_CLASSES, allow_group=True)
                subs = _cluster_list(ctx, subjects(v), PLAINTIFF_CLASSES, allow_group=True)
                defendants = [o for p in partners for o in ctx.defendants_of.get(p, [])]
                for idx in subs:
                    for o in dict.fromkeys(defendants):
                        if idx != o:
                            yield Found(idx, "sued", Arg(cluster=o), "sued.joined")


NAMED_PARTY_CLASSES = {"Company", "Person", "Organization"}  # a list of platforms names what is sued over
NAMING_WORDS = {"name", "names", "named", "target", "targets", "targeted", "lists", "listed"}
# a relative clause or verb: its names are not parties until the next ";" or ", and"
_CLAUSE_OPENERS = {"which", "that", "who", "whom", "whose", "where"}
# a preposition: its names are not parties until the next "," or ";"
_PHRASE_OPENERS = {"behind", "of", "by", "for", "from", "with", "at", "in", "on", "to", "under", "including",
                   "like", "such", "than", "over", "into", "since", "after", "before", "against"}
_LIST_END = {"alleging", "accusing", "saying", "arguing", "claiming", "asserting", "contending", "because", "over",
             "seeking", "charging"}


def _party_list(ctx: Context, tokens: list[Token]) -> list[int]:
    """The parties of a named list, read on the surface: "X, which runs Y; Z, the company
    behind W; and Z's parent company, V" -> X, Z, V. A name counts when no relative clause,
    verb or preposition opened since the last separator, and it is not a possessor ("Z's")."""
    out: list[int] = []
    clause = phrase = False
    i = 0
    while i < len(tokens):
        t = tokens[i]
        low = t.lower_
        nxt = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
        if low in (";", ":") or (low == "," and nxt in ("and", "as")) or (low == "as" and nxt == "well"):
            clause = phrase = False
        elif low in ("called", "named", "known") and i and tokens[i - 1].pos_ in ("NOUN", "PROPN"):
            pass  # "a Florida company called X": X is the party
        elif low == ",":
            phrase = False  # "and" keeps the state: "the company behind A and B" names no party
        elif low in _CLAUSE_OPENERS or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
                                          and not (i and tokens[i - 1].text in ("-", "–"))):
            clause = True
        elif low in _PHRASE_OPENERS and t.pos_ in ("ADP", "SCONJ", "VERB"):
            phrase = True
        m = ctx.r.mention_at(t)
        if m is None:
            i += 1
            continue
        j = i + (m.end - t.i)
        # "Z's parent", "a Curitiba-based developer", "ByteDance-owned TikTok": modifiers, not parties
        modifier = j < len(tokens) and (tokens[j].lower_ in ("'s", "’s", "'", "’", "-", "–") or (
            tokens[j].pos_ == "NOUN" and tokens[j].text.islower() and tokens[j - 1].head.i == tokens[j].i))  # "a Salem man"
        if not (clause or phrase or modifier) and m.entity is not None and ctx.cls(m.entity) in NAMED_PARTY_CLASSES \
                and m.entity not in out:
            out.append(m.entity)
        i = max(j, i + 1)
    return out


def suit_names_list(sent: Span, ctx: Context) -> Iterator[Found]:
    """The lawsuit of an earlier sentence names its defendants: "The complaint, filed in X,
    also names A, which runs B; C, the company behind D; and C's parent company, E",
    "It also names A's majority owner, B, and its chief executive, C, as defendants",
    "Also named in the complaint are A and B"."""
    if not NAMING_WORDS & ctx.words(sent):
        return
    toks = ctx.tokens(sent)
    for k, t in enumerate(toks):
        plaintiffs = list(ctx.last_plaintiffs)
        if t.lower_ not in NAMING_WORDS or not asserted(t) or any(x.lower_ in ("not", "never", "n't") for x in toks[max(0, k - 3):k]):
            continue
        before = toks[:k]
        start = k + 1
        if t.lower_ in ("named", "listed") and k and toks[k - 1].lower_ == "also" and k - 1 == 0:
            # "Also named in the complaint are A and B"
            be = next((j for j in range(k + 1, min(len(toks), k + 8)) if toks[j].lower_ in ("are", "were", "is", "was")), None)
            if be is None:
                continue
            start = be + 1
        else:
            # the subject: the words before the trigger, up to a parenthetical comma
            # ("The 84-page complaint, filed in X, also names ...")
            region = before[:next((j for j, x in enumerate(before) if x.text == ","), len(before))]
            heads = [x for x in region if x.pos_ in ("NOUN", "PRON", "PROPN")]
            definite = lambda x: x.pos_ == "PRON" or any(  # noqa: E731
                c.lower_ in ("the", "this", "that", "its", "their") or c.dep_ == "poss" for c in x.children)
            suit = any((x.lemma_.lower() in ctx.t["suit_nouns"] or x.lower_ in ("it", "statement", "both", "each")) and definite(x)
                       for x in heads)  # "Both target X": the two suits just told
            plaintiff = any(definite(x) and (ctx.entity(x, allow_group=True) in ctx.last_plaintiffs or x.lemma_.lower()
                            in ("state", "prosecutor", "regulator", "agency", "commission", "government", "city"))
                            for x in heads)
            # "The action, brought in B.C. Supreme Court by Attorney General X on Tuesday, names ..."
            filers = _cluster_list(ctx, [p for x in heads if x.lemma_.lower() in ctx.t["suit_nouns"]
                                         for acl in x.children if acl.dep_ == "acl" for p in pobjs(acl, ("by",))],
                                   PLAINTIFF_CLASSES, allow_group=True)
            if not (suit or plaintiff):
                continue
            if k and toks[k - 1].lower_ == "also":
                # "The lawsuit, filed by Attorney General Y, also names X": Y sues the defendants told before too
                yield from _sued_last_defendants(ctx, filers, "sued.named_list", plaintiffs)
            plaintiffs += [f for f in filers if f not in plaintiffs]
        if not plaintiffs:
            continue
        if start + 1 < len(toks) and toks[start].lower_ == "as" and toks[start + 1].lower_ in ("defendant", "defendants"):
            start += 2  # "It also names as defendants the influencers A and B, ..."
        end = len(toks)
        for j in range(start, len(toks)):
            low = toks[j].lower_
            nxt = toks[j + 1].lower_ if j + 1 < len(toks) else ""
            if (low == "as" and nxt in ("defendant", "defendants", "a", "co", "co-defendants", "additional", "second")) \
                    or low in _LIST_END:
                end = j
                break
        objs = _party_list(ctx, toks[start:end])
        yield from _pairs(ctx, "sued", plaintiffs, objs, "sued.named_list")
        return


# ---------------------------------------------------------------- owns

def parent_company(sent: Span, ctx: Context) -> Iterator[Found]:
    """"X, the parent company of Y and Z", "X is the owner of Y", "Y's parent company X"."""
    if not ctx.lemmas(sent) & (ctx.t["parent_nouns"] | {"shareholder", "stakeholder"}) and "behind" not in ctx.words(sent):
        return  # no parent noun, no shareholder and no "the company behind X"
    for n in ctx.tokens(sent):
        if n.pos_ != "NOUN":
            continue
        words = {n.lemma_.lower()} | {c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod")}
        behind = any(c.dep_ == "prep" and c.lower_ == "behind" for c in n.children)  # "the company behind X"
        if n.lemma_.lower() in ("shareholder", "stakeholder", "owner") and any(
                c.lower_ in ("controlling", "majority") for c in n.children if c.dep_ in ("amod", "compound")):
            words.add("owner")  # "its controlling shareholder, X"
        if not words & ctx.t["parent_nouns"] and not behind:
            continue
        if n.lemma_.lower() in ("company", "firm", "startup") and "parent" not in words and not behind:
            continue
        owner_tok = None
        name = n.head  # "parent Snap Inc.", or "parent company Delivery Hero"
        between = [name] if name.dep_ == "compound" and name.i == n.i + 1 and name.lemma_.lower() in ("company", "firm", "group") else []
        name = between[0].head if between else name
        if n.dep_ == "compound" and n.lemma_.lower() in ("parent", "owner") and ctx.r.mention_at(name) is not None \
                and ctx.r.mention_at(name).start == n.i + 1 + len(between) \
                and not NOT_CURRENT.search(n.doc[max(0, n.i - 4):n.i].text):
            # "Snapchat's parent Snap Inc. said ...": the possessive hangs on the name; "Glovo and its
            # parent company Delivery Hero": "its" is the name before
            possessives = [c for x in [name, n] + between for c in x.children if c.dep_ == "poss"]
            owned = [x for c in possessives if c.pos_ == "PROPN" for x in conjuncts(c)]
            objs = _owned(ctx, owned) if owned else []
            objs += [o for c in possessives if c.lower_ in ("its", "their")
                     for o in [possessor(c, ctx, {"Company", "Platform"})] if o is not None and o not in objs]
            owner = _cluster_list(ctx, [name], OWNER_CLASSES, allow_org=True) if objs else []
            yield from _pairs(ctx, "owns", owner, objs, "owns.parent_company")
            continue
        if n.dep_ == "appos":
            owner_tok = adjacent_head(n, ctx)
        elif n.dep_ in ("acl", "conj", "appos") and _locative(n.head, ctx):
            owner_tok = adjacent_head(n.head, ctx)  # "Hearthlight Labs, the San Francisco startup behind X"
        elif n.dep_ == "attr":
            s = subjects(n.head)
            owner_tok = s[0] if s else None
        owned = pobjs(n, ("of", "behind")) or [
            x for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG" for x in g.children if x.dep_ == "dobj" and x.pos_ == "PROPN"]
        # ("the US owner of messaging app Quibble": the parser reads "messaging" as a verb)
        if owned:  # "the owner of Xbox and the chat app Skype": the parser hangs the second on "owner"
            owned += [c for c in n.children if c.dep_ == "conj" and (
                (c.pos_ == "NOUN" and c.lemma_.lower() in PLATFORM_NOUNS) or (c.pos_ == "PROPN" and any(
                    x.dep_ == "compound" and x.lemma_.lower() in PLATFORM_NOUNS for x in c.children)))]
        for c in n.children:
            if c.dep_ == "poss" and c.lower_ == "whose":
                # "Falconbit, whose parent company is Qasr Holdings" / "whose owner, Qasr Holdings, ..."
                clause = n.head
                if clause.dep_ == "relcl" and n.dep_ in ("nsubj", "nsubjpass") and asserted(clause):
                    appos = [a for a in n.children if a.dep_ == "appos"]
                    attrs = objects(clause, ("attr",)) if clause.lemma_ == "be" else []
                    if appos or attrs:
                        owned.append(clause.head)
                        owner_tok = (appos or attrs)[0]
            elif c.dep_ == "poss" and c.pos_ == "PRON":  # "YouTube and its parent company, Alphabet"
                if n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):
                    owned.append(n.head)
                else:  # "sued Lumina ..., along with its parent company, Corvell Holdings"
                    ref = possessor(c, ctx, {"Company", "Platform", "Organization"})
                    if ref is not None:
                        owned.append(ctx.r.clusters[ref].mentions[0].span(n.doc).root)
                owner_tok = next((a for a in n.children if a.dep_ == "appos"), owner_tok)
            elif c.dep_ == "poss":  # "Instagram's parent company, Meta"
                owned += conjuncts(c)
                owner_tok = next((a for a in n.children if a.dep_ == "appos"), owner_tok)
                if n.dep_ == "appos" and owner_tok is None:
                    owner_tok = n.head
        if owner_tok is not None and owner_tok.dep_ in ("conj", "appos") and ctx.cls(ctx.entity(owner_tok)) == "Place" \
                and owner_tok.head.i < owner_tok.i:
            owner_tok = owner_tok.head  # "X Inc., the San Jose, California-based developer of Y": the place is X's
        if owner_tok is None:
            continue
        held = ctx.r.mention_at(owner_tok)
        if "parent" not in words and owner_tok.ent_type_ == "PERSON" and held is not None and held.entity is not None \
                and ctx.cls(held.entity) == "Person" and person_as_owner(n.doc, held.start, held.end, n):
            continue  # "X and its owner, Tyler Brandt": a person owns it, no company
        respectively = any(t.lower_ == "respectively" for t in ctx.tokens(sent) if t.i > n.i)
        owner = _cluster_list(ctx, conjuncts(owner_tok) if respectively else [owner_tok], OWNER_CLASSES | {"Platform"})
        objs = _owned(ctx, owned)
        for o in owner:
            if ctx.cls(o) != "Company":
                ctx.r.clusters[o].cls = "Company"
        if respectively:
            # "A, B and C, the owners of X, Y and Z respectively": paired in order, or not at all
            if len(owner) == len(objs) > 1:
                first = {}
                for m in ctx.r.between(sent.start, sent.end):
                    if m.entity is not None:
                        first.setdefault(m.entity, m.start)
                in_order = lambda idxs: sorted(idxs, key=lambda i: first.get(i, sent.end))  # noqa: E731
                for o, x in zip(in_order(owner), in_order(objs)):
                    yield from _pairs(ctx, "owns", [o], [x], "owns.parent_company")
            continue
        yield from _pairs(ctx, "owns", owner, objs, "owns.parent_company")


def maker_before_name(sent: Span, ctx: Context) -> Iterator[Found]:
    """"Snapchat maker Snap Inc.", "TikTok owner ByteDance", "Brickyard developer Pinewick Games": a
    product, a parent noun and a company name in a row (the parser reads them as one compound)."""
    doc = sent.doc
    for m in ctx.r.between(sent.start, sent.end):
        k = m.end
        if m.entity is None or k + 1 >= sent.end or doc[k].pos_ != "NOUN" or doc[k].lower_ not in ctx.t["parent_nouns"]:
            continue
        owner = ctx.r.mention_at(doc[k + 1])
        if owner is None or owner.start != k + 1 or owner.entity is None or owner.entity == m.entity \
                or ctx.cls(owner.entity) not in ("Company", "Organization") or ctx.cls(m.entity) not in (
                    "Platform", "Company", "Organization", "Person", "Place"):
            continue
        if ctx.cls(m.entity) != "Platform" and m.source != "ner" or ctx.cls(m.entity) == "Place" and known_place(m.text):
            continue
        if ctx.cls(m.entity) in ("Person", "Place", "Organization"):
            ctx.r.clusters[m.entity].cls = "Platform"
        ctx.r.clusters[owner.entity].cls = "Company"
        yield Found(owner.entity, "owns", Arg(cluster=m.entity), "owns.maker_before_name")


# "its former parent company X", "not its parent company X": no ownership now
NOT_CURRENT = re.compile(r"\b(former|one-time|onetime|future|proposed|prospective|would-be|previous|ex|erstwhile|"
                         r"potential|possible|not|never)\b", re.IGNORECASE)
_PART_NOUNS = frozenset({"subsidiary", "unit", "division", "affiliate", "arm", "part", "venture", "brand"})  # subsidiary_of's


def subsidiary_of(sent: Span, ctx: Context) -> Iterator[Found]:
    """"Google, a subsidiary of Alphabet", "Nimbus, the Brazilian unit of Orchard Digital",
    "Instagram is part of Meta"."""
    for n in ctx.candidates(sent, _PART_NOUNS):
        if n.pos_ != "NOUN":
            continue
        if n.lemma_.lower() == "venture" and (not any(c.lower_ == "joint" for c in n.children) or any(
                w.lower_ in ("once", "formerly", "former", "previously", "originally") for w in n.doc[max(0, n.i - 4):n.i])):
            continue  # "a joint venture of A and B" is owned by both (not "once a joint venture of ...")
        if n.lemma_.lower() == "part" and (n.dep_ not in ("attr", "appos") or n.dep_ == "appos" and any(
                org_heads().get(o.lower_) in ("Organization", "GovernmentBody") for o in pobjs(n, ("of",)))):
            continue  # "Kayak is part of X", "Kayak, part of X," (not "part of the deal", "Lumo, part of the Libra Association")
        poss = next((c for c in n.children if c.dep_ == "poss"), None)
        title_of = n.head if n.dep_ == "compound" and (n.head.pos_ == "PROPN" or ctx.r.mention_at(n.head) is not None) \
            else None  # "its subsidiary Huddle Labs"
        if title_of is not None:
            poss = next((c for c in title_of.children if c.dep_ == "poss"), None)
        if poss is not None and not pobjs(n, ("of",)):
            # "Meta's Brazilian subsidiary, Facebook Servicos", "its subsidiary Huddle Labs",
            # "Facebook Servicos ..., Meta's Brazilian subsidiary"
            owner = possessor(poss, ctx, OWNER_CLASSES | {"Platform", "Organization"}) if poss.pos_ == "PRON" \
                else ctx.entity(poss, allow_org=True)
            named = [title_of] if title_of is not None else \
                [c for c in n.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > n.i]
            if not named and n.dep_ == "appos":
                named = [adjacent_head(n, ctx)]
            if not named and n.i + 2 < len(n.doc) and n.doc[n.i + 1].text == "," \
                    and ctx.r.mention_at(n.doc[n.i + 2]) is not None:
                named = [n.doc[ctx.r.mention_at(n.doc[n.i + 2]).end - 1]]  # "its payments unit, Amazon Pay LLC,"
            owned = _owned(ctx, named) if owner is not None and ctx.cls(owner) in OWNER_CLASSES | {"Platform", "Organization"} else []
            if owned and not _owner_is_company(ctx, owner):  # "Allstate and its subsidiary Arity"
                continue
            yield from _pairs(ctx, "owns", [owner] if owned else [], owned, "owns.subsidiary_of")
            continue
        if n.dep_ == "appos":
            owned_tok = adjacent_head(n, ctx)
        elif n.dep_ == "conj" and n.head.dep_ == "appos" and n.head.i < n.i:
            owned_tok = adjacent_head(n.head, ctx)  # "X, the country's largest bookmaker and a subsidiary of Y"
        elif n.dep_ == "attr":
            subj = subjects(n.head)
            owned_tok = subj[0] if subj else None
        else:
            continue
        if owned_tok is None:
            continue
        # "YouTube, a Google subsidiary": the owner compounded onto the noun
        by_name = pobjs(n, ("of",)) or [c for c in n.children if c.dep_ == "compound" and c.i < n.i
                                         and ctx.r.mention_at(c) is not None]
        if n.lemma_.lower() == "venture":  # "a joint venture of A and Japanese insurer B": each partner
            by_name = [x for o in by_name for x in conjuncts(o)]
        owners = _cluster_list(ctx, by_name, OWNER_CLASSES | {"Platform"}, allow_org=True)
        owned = _owned(ctx, [owned_tok])
        if not owners and owned and len(by_name) == 1 and by_name[0].dep_ == "pobj":
            made = _unnamed_company(ctx, by_name[0])  # "X, the U.S. arm of Shein" (NER saw no name)
            owners = [made] if made is not None else []
        m = ctx.r.mention_at(by_name[0]) if len(by_name) == 1 else None
        if owners and owners == owned and len(owned) == 1 and m is not None \
                and ctx.r.clusters[owned[0]].name.startswith(m.text + " "):
            # "Shein Distribution Corp., the U.S. arm of Shein": the short name is the parent's,
            # not a short form of the arm's
            owners = [ctx._make(m.text, "Company", by_name[0])]
        for o in owners:
            if ctx.cls(o) != "Company" and not ctx.r.clusters[o].gazetteer_id:
                ctx.r.clusters[o].cls = "Company"
        yield from _pairs(ctx, "owns", owners, owned, "owns.subsidiary_of")


def _unnamed_company(ctx: Context, tok: Token) -> int | None:
    """A capitalised name NER left untagged, where only a company can stand ("TransUnion-owned
    Neustar", "the U.S. arm of Shein"): a new company node (a few capitalised words at most)."""
    camel = any(ch.isupper() for ch in tok.text[1:]) and tok.text[:1].isupper() and tok.is_alpha
    if tok.lower_ in OWNER_KINDS or (tok.lower_,) in demonyms():
        return None  # "Black-owned", "Veteran-owned", "Latino-owned": a kind of owner, no name
    if ctx.r.mention_at(tok) is not None or not (tok.pos_ == "PROPN" and tok.is_title or camel) \
            or tok.ent_type_ in ("DATE", "TIME", "NORP", "GPE", "LOC") or known_place(tok.text) or tok.is_stop:
        return None
    start = tok.i
    while start > 0 and tok.i - start < 3 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].is_title \
            and ctx.r.mention_at(tok.doc[start - 1]) is None and not tok.doc[start - 1].is_sent_start:
        start -= 1
    return ctx._make(tok.doc[start:tok.i + 1].text, "Company", tok)


def _named_modifiers(toks: list[Token], ctx: Context) -> list[Token]:
    """"the SpinCrate and Jackpot Bay casino apps": a platform noun with no name of its own
    stands for the names compounded onto it."""
    out: list[Token] = []
    for t in toks:
        if (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.text.islower()) and t.lemma_.lower() in PLATFORM_NOUNS | {"brand"} \
                and ctx.r.mention_at(t) is None:
            named = [c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > t.i][:1] or \
                [c for c in t.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < t.i
                 and not (c.text.isupper() and len(c.text) <= 3)] or \
                [g for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < t.i
                 and not any(x.dep_ == "poss" or x.tag_ in ("JJS", "JJR") for x in t.children)  # "the country's largest X app store"
                 for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN" and ctx.r.mention_at(g) is not None
                 and not ctx.r.mention_at(g).gazetteer_id  # "an Android app marketplace" is no name of its own
                 and not (g.text.isupper() and len(g.text) <= 3)] or \
                [n for h in [t] + [p for c in t.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
                 for c in h.children if c.dep_ == "acl" and c.lower_ in ("called", "named", "dubbed")
                 for n in c.children if n.dep_ in ("oprd", "dobj", "attr") and ctx.r.mention_at(n) is not None]
            # "an app called Hollr", "an app for children called Pebble" (the parser hangs "called" on "children")
            for c in named:  # ("an app called Lotus365": a name tagged as a number)
                out += [x for x in conjuncts(c) if x.pos_ == "PROPN" or ctx.r.mention_at(x) is not None]
            if named:
                continue
            after = ctx.r.mention_at(t.doc[t.i + 1]) if t.i + 1 < len(t.doc) else None
            if after is not None and after.start == t.i + 1:
                out.append(t.doc[after.end - 1])  # "the note-taking app Quill" (the parser hung the name elsewhere)
                continue
        out.append(t)
    return out


def _next_owners(sent: Span, v: Token, owned: list[Token], ctx: Context) -> set[int]:
    """Names after an owning relative clause that own things of their own: "Dovetail, which owns
    A and B, and Orbix, which owns C" or "..., and Orbix, parent of C" (the list may run on past
    the parse's conjuncts, so any later name in the sentence)."""
    start = max(v.i, min((t.i for t in owned), default=v.i))
    out = set()
    for x in sent:
        if x.i <= start or x in owned[:1] or x.pos_ != "PROPN":
            continue
        owns_too = any(c.dep_ == "relcl" and c is not v and c.lemma_.lower() in ctx.t["own_verbs"]
                       and any(d.dep_ == "dobj" for d in c.children) and x in subjects(c)
                       for c in x.head.subtree if c.i > x.i)
        parent = _opens_next_item(x, v, owned) and any(
            c.dep_ == "appos" and c.lemma_.lower() in ctx.t["parent_nouns"] for c in x.children)
        if owns_too or parent:
            out.add(ctx.entity(x))
    return out


def _opens_next_item(x: Token, v: Token, owned: list[Token]) -> bool:
    """Whether ``x`` opens the next item of the list the owner is in, not one of its holdings:
    a conjunct of the owner, or after ", and" once the holdings had their own "and" ("A, which
    owns B and C, and D, ..."; not "owns B and D, the parent of E")."""
    if x in v.head.conjuncts:
        return True
    doc, k = x.doc, x.left_edge.i
    first = min((t.i for t in owned), default=k)
    return k >= 2 and doc[k - 1].lower_ == "and" and doc[k - 2].text == "," \
        and any(doc[j].lower_ in ("and", "as") for j in range(first, k - 2))


def _unparsed_conjunct(toks: list[Token], ctx: Context) -> list[Token]:
    """"owns the homework app StudyNest and the school payments service PayPerk": a second
    described name after "and" that the parser hung elsewhere (the description ends in a platform
    or business noun right before the name)."""
    if not toks:
        return []
    last = max(toks, key=lambda t: t.i)
    m = ctx.r.mention_at(last)
    doc = last.doc
    j = (m.end if m is not None else last.i + 1)
    if j + 2 >= len(doc) or doc[j].lower_ != "and" or any(c.dep_ == "conj" for c in last.children):
        return []
    k = j + 1
    while k < len(doc) and k - j <= 6 and (doc[k].text.islower() or doc[k].text == "-") and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PUNCT", "VERB"):
        k += 1
    name = ctx.r.mention_at(doc[k]) if k < len(doc) else None
    if name is None or name.start != k or k == j + 1 or doc[k - 1].lemma_.lower() not in PLATFORM_NOUNS | BUSINESS_NOUNS:
        return []
    return [doc[name.end - 1]]


_FINITE = ("VBZ", "VBD", "VBP", "MD")


def _beyond_clause(v: Token, t: Token, ctx: Context, end: int) -> bool:
    """Whether the name ending at ``t``, after the owning verb ``v``, belongs to another clause:
    it comes after a named subject and its verb ("owns HBO Max, Comcast's NBCUniversal runs
    Peacock", with Peacock parsed as a conjunct of HBO Max) or after a verb joined to ``v``
    ("owns A and hopes to buy B"), or a verb of its own follows it ("owns A, and B Labs owns
    the rest"). ``end``: the end of the sentence."""
    doc = v.doc
    if any((doc[k].tag_ in _FINITE[:3] and doc[k - 1].pos_ == "PROPN")
           or (doc[k].dep_ == "conj" and doc[k].head.i == v.i and doc[k].pos_ in ("VERB", "AUX"))
           for k in range(v.i + 2, t.i)):
        return True
    m = ctx.r.mention_at(t)
    after = m.end if m is not None else t.i + 1
    return after < end and doc[after].tag_ in _FINITE


def _only_in_next_clause(v: Token, idx: int, ctx: Context, end: int) -> bool:
    """Whether every mention of ``idx`` after the verb ``v`` in its sentence (ending at ``end``)
    opens a clause of its own ("owns A, and Ferrol Labs owns the rest") or follows a verb joined
    to ``v`` ("owns A and hopes to buy B")."""
    doc = v.doc
    ms = [m for m in ctx.r.between(v.i + 1, end) if m.entity == idx]
    if not ms:
        return False
    joined = [k for k in range(v.i + 1, end) if doc[k].dep_ == "conj" and doc[k].head.i == v.i and doc[k].pos_ in ("VERB", "AUX")]
    return all((m.end < end and doc[m.end].tag_ in _FINITE) or any(k < m.start for k in joined) for m in ms)


_LIST_GLUE = {",", "and", "&"}
_DESCRIBED_AS = {"brand", "line", "range", "system", "software", "tool", "product"}  # "the Android operating system"


def _named_after_verb(v: Token, ctx: Context, end: int) -> list[Token]:
    """"owns the cable networks Meridian and Solberg Sports as well as the free streamer
    Driftwood TV", "owns the Brisa and Alto car brands": the names listed right after the verb,
    each behind an optional lower-case description, read off the words when the parser scattered
    them.  The list ends at anything else, and before a name that opens a clause of its own
    ("owns Pixa, Harbor Media runs Quickstream") or a possessor ("Amazon's Prime Video").
    ``end``: the end of the sentence."""
    doc = v.doc
    out: list[Token] = []
    if v.tag_ == "VBN" or v.dep_ == "amod":
        return out  # "Meta-owned WhatsApp and ...": what follows a participle is no object of it
    j = v.i + 1
    while True:
        k = j
        while k < end and k - j <= 5 and (doc[k].text.islower() and doc[k].is_alpha or doc[k].text == "-") \
                and doc[k].pos_ in ("DET", "ADJ", "NOUN", "VERB", "PUNCT") and doc[k].tag_ not in ("VBD", "VBZ", "VBP") \
                and doc[k].lemma_.lower() not in STAKE_NOUNS:
            k += 1  # "the free streamer", "the video-editing tool"
        m = ctx.r.mention_at(doc[k]) if k < end else None
        if m is None or m.start != k or m.end > end:
            break
        after = doc[m.end] if m.end < end else None
        if after is not None and (after.tag_ in _FINITE or after.lower_ in ("'s", "’s", "'", "’")):
            break  # "..., Harbor Media runs Quickstream": the next clause's subject; "Palomar's app X": a possessor
        if after is not None and (after.pos_ == "PROPN" or after.text in ("-", "–") or after.lower_ in ("'", "’")):
            break  # "HBO" of "HBO Max" cut by NER, "Atlanta-based": part of a name or a modifier
        if doc[m.start].ent_type_ == "GPE" and after is not None and after.pos_ == "NOUN":
            break  # "the San Francisco startup": a place describing what follows
        j = m.end
        k = j
        while k < end and k - m.end <= 4 and (doc[k].text.islower() and doc[k].is_alpha or doc[k].text == "-") \
                and doc[k].pos_ in ("ADJ", "NOUN", "PUNCT"):
            k += 1
        if k > j and doc[k - 1].lemma_.lower() in PLATFORM_NOUNS | BUSINESS_NOUNS | _DESCRIBED_AS:
            named = ctx.r.mention_at(doc[k]) if k < end else None
            if named is not None and named.start == k or k < end and doc[k].pos_ == "PROPN" and doc[k].is_title:
                break  # "St. Cloud lock maker LatchPoint", "Austin startup Wexley": the first name describes the second
            j = k  # "the Brisa and Alto car brands", "the Vireo smart-speaker brand": a description after the name
        elif j < end and doc[j].is_alpha and doc[j].text.islower() and doc[j].lower_ not in _LIST_GLUE | {"as"}:
            break  # "Call of Duty publisher Activision Blizzard", "Austin startup Wexley": a name modifying a noun
        out.append(doc[m.end - 1])
        if j < end and doc[j].lower_ in _LIST_GLUE:
            j += 1
            if j < end and doc[j].lower_ == "and":
                j += 1
            elif j < end and doc[j - 1].text == "," and doc[j].lower_ in ("a", "an"):
                break  # "Murmur, an anonymous Q&A app": a description in apposition, not the next name
        elif j + 2 < end and doc[j].lower_ == "as" and doc[j + 1].lower_ == "well" and doc[j + 2].lower_ == "as":
            j += 3
        else:
            break
    return out


# words that praise or date a report, not name it ("the latest Pew survey", "a representative X poll")
REPORT_PRAISE = {"new", "latest", "recent", "representative", "landmark", "major", "large", "separate", "comprehensive",
                 "widely", "cited", "closely", "watched", "first", "second", "third", "fresh", "updated"}


def _owned(ctx: Context, toks: list[Token]) -> list[int]:
    """Owned things: platforms and companies; an unknown organisation becomes a Company."""
    toks = list(toks)
    for t in list(toks):
        # "owns the fashion app Stylo and the marketplace Jiatao": the parser hangs the second
        # phrase on the first one's name
        named = [c for c in t.children if c.dep_ == "appos" and ctx.r.mention_at(c) is not None] \
            if ctx.r.mention_at(t) is None else [t] if t.dep_ == "appos" and t.head.pos_ == "NOUN" else []
        for c in named:
            toks.extend(x for x in conjuncts(c)[1:] if x not in toks and x.i > c.i and x.pos_ == "NOUN"
                         and x.lemma_.lower() in PLATFORM_NOUNS)
    toks = _named_modifiers(toks, ctx)
    toks += _unparsed_conjunct(toks, ctx)
    for t in list(toks):
        # "platforms owned by Meta, including Facebook, Instagram and WhatsApp": the named examples
        if t.tag_ == "NNS" and t.lemma_.lower() in PLATFORM_NOUNS and ctx.r.mention_at(t) is None:
            for x in t.subtree:
                if x.lower_ == "including" or (x.lower_ == "as" and x.i >= 1 and x.doc[x.i - 1].lower_ == "such"):
                    toks += [p for p in _listed(x) if p not in toks]
    for k, t in enumerate(list(toks)):
        # "owns the encrypted messaging app Kestrel" parsed with "messaging" as a verb: the name
        # after the platform noun inside the misparsed object
        if t.tag_ == "VBG" and ctx.r.mention_at(t) is None:
            named = [x for x in t.subtree if x.i > t.i and ctx.r.mention_at(x) is not None and x.i >= 1
                     and x.doc[x.i - 1].lemma_.lower() in PLATFORM_NOUNS and x.doc[x.i - 1].text.islower()]
            if named:
                toks[k] = named[0]
        elif t.pos_ == "NOUN" and ctx.r.mention_at(t) is None and t.i + 2 < len(t.doc) \
                and t.doc[t.i + 1].lemma_.lower() in PLATFORM_NOUNS and t.doc[t.i + 1].text.islower() \
                and ctx.r.mention_at(t.doc[t.i + 2]) is not None and ctx.r.mention_at(t.doc[t.i + 2]).start == t.i + 2:
            # "... and the last-minute deals app Sleepr" parsed with "deals" as the conjunct
            toks[k] = t.doc[ctx.r.mention_at(t.doc[t.i + 2]).end - 1]
    for t in toks:  # "the Murmur companion chatbot": a name on a platform noun is the platform
        idx = ctx.r.cluster_at(t)
        if idx is not None and ctx.cls(idx) in ("Place", "Person") and t.dep_ == "compound" and not t.text.isupper() \
                and t.head.lemma_.lower() in PLATFORM_NOUNS and ctx.r.clusters[idx].gazetteer_id is None \
                and ctx.r.clusters[idx].role is None:
            ctx.r.clusters[idx].cls = "Platform"  # (NER's place or person: "the GoldRush Social websites")
    out = _cluster_list(ctx, toks, OWNED_CLASSES | {"Organization", "Person"}, allow_org=True)
    # "the National Anti-Scam Centre, which is run by the ACCC": an institution is run, not owned
    out = [i for i in out if ctx.r.clusters[i].gazetteer_id or not institution(ctx.r.clusters[i].name)]
    out = [i for i in out if ctx.cls(i) != "Person" or (
        (len(ctx.r.clusters[i].name.split()) == 1 or any(  # "the betting brand Greenrail Bet" (NER's person)
            m.start > 0 and toks[0].doc[m.start - 1].text.islower() and (
                toks[0].doc[m.start - 1].lemma_ in PLATFORM_NOUNS  # "specialty pharmacy Zentra Rx" (not "from the startup X")
                or toks[0].doc[m.start - 1].lemma_ in BUSINESS_NOUNS and toks[0].doc[m.start - 1].dep_ != "pobj")
            for m in ctx.r.clusters[i].mentions))
        and all(m.source == "ner" for m in ctx.r.clusters[i].mentions) and ctx.r.clusters[i].role is None)]
    for idx in out:
        if ctx.cls(idx) == "Person":
            ctx.r.clusters[idx].cls = "Organization"  # NER's "person" Temu is owned: a business
    for idx in out:
        if ctx.cls(idx) == "Organization":
            cue = any(m.end < len(m_doc := toks[0].doc) and m_doc[m.end - 1].head.lemma_.lower() in PLATFORM_NOUNS
                      for m in ctx.r.clusters[idx].mentions)
            ctx.r.clusters[idx].cls = "Platform" if cue or any(t.lemma_.lower() in PLATFORM_NOUNS for t in toks) else "Company"
    return out


MAKE_VERBS = {"develop", "make", "build", "create", "publish"}
# nouns that describe a business before its name ("owns specialty pharmacy Zentra Rx")
BUSINESS_NOUNS = {"pharmacy", "chain", "retailer", "insurer", "carrier", "startup", "lender", "bank", "brand",
                  "company", "firm", "subsidiary", "manager", "maker", "operator", "broker", "developer", "studio"}
# "owns 61 per cent of X", "a 40% stake in X", "is 54% owned by Y": a share of a business
STAKE_NOUNS = {"%", "percent", "cent", "stake", "share", "interest", "majority"}


def _stake_holdings(objs: list[Token]) -> list[Token]:
    """The businesses behind the shares a verb's objects name ("61 per cent of Streamvale")."""
    out = []
    for o in objs:
        if o.lemma_.lower() in STAKE_NOUNS or o.lower_ in STAKE_NOUNS:
            if any(c.lower_ in ("minority", "small", "non-controlling", "noncontrolling") for c in o.children):
                continue  # "a minority stake in the company": not an owner
            out += pobjs(o, ("of", "in"))
        else:
            out.append(o)
    return out


def _owner_is_company(ctx: Context, owner: int) -> bool:
    """An owner of subsidiaries or brands is a company: an untyped organisation becomes one (a
    known organisation from the gazetteer stays what it is, and owns nothing here)."""
    if ctx.cls(owner) != "Organization":
        return True
    if ctx.r.clusters[owner].gazetteer_id:
        return False
    ctx.r.clusters[owner].cls = "Company"
    return True


HOLDING_NOUNS = {"brand", "subsidiary", "app", "platform", "business", "holding", "product", "service", "unit", "site"}


def _holdings_include(v: Token, ctx: Context) -> Iterator[Found]:
    """"Telus, whose brands include Koodo and Public Mobile", "Meta's apps include WhatsApp",
    "Its subsidiaries include Venntel": the company whose holdings the subject names."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NNS" or subj.lemma_.lower() not in HOLDING_NOUNS:
        return
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is None:
        return
    if poss.lower_ == "whose":
        owner = ctx.entity(v.head) if v.dep_ == "relcl" else None
    elif poss.pos_ == "PRON":
        owner = possessor(poss, ctx, {"Company", "Organization"})
    else:
        owner = ctx.entity(poss, allow_org=True)
    if owner is None or ctx.cls(owner) not in ("Company", "Organization"):
        return
    owned = [o for o in _owned(ctx, objects(v)) if o != owner and ctx.cls(o) in ("Company", "Platform")]
    if owned and not _owner_is_company(ctx, owner):
        return
    yield from _pairs(ctx, "owns", [owner] if owned else [], owned, "owns.verb")


def own_verb(sent: Span, ctx: Context) -> Iterator[Found]:
    """"X owns Y", "X acquired Y", "Y is owned by X", "Y, owned by X"."""
    for v in ctx.candidates(sent, ctx.t["own_verbs"] | MAKE_VERBS | {"hold", "include", "belong"}):
        lemma = v.lemma_.lower()
        holds = lemma == "hold" and any(o.lemma_.lower() in ("stake", "interest") for o in objects(v))
        if lemma == "include" and v.pos_ == "VERB" and asserted(v):
            yield from _holdings_include(v, ctx)
            continue
        if (lemma not in ctx.t["own_verbs"] and lemma not in MAKE_VERBS and not holds and lemma != "belong") \
                or v.pos_ != "VERB" \
                or not asserted(v):
            continue
        if lemma == "belong":
            # "Amora, an escort website belonging to Rheinpeak Media", "Glint belongs to Orbit Social"
            target = v.head if v.dep_ == "acl" else None
            if target is not None and target.dep_ == "appos" and ctx.r.mention_at(target) is None:
                target = adjacent_head(target, ctx)
            owned = conjuncts(target) if target is not None else subjects(v)
            owners = [o for o in pobjs(v, ("to",)) if o.lower_ not in ("it", "them")]
            # "belongs to the Swiss retail group Kessler Handel": the name after the description
            owners = [next((a for a in o.children if a.dep_ == "appos" and ctx.r.mention_at(a) is not None), o)
                      if o.pos_ == "NOUN" and ctx.r.mention_at(o) is None else o for o in owners]
            subs = _cluster_list(ctx, owners, {"Company"}, allow_org=True) if owned else []
            objs = [o for o in _owned(ctx, owned) if ctx.cls(o) in ("Platform", "Company")] if subs else []
            yield from _pairs(ctx, "owns", subs, objs, "owns.belongs_to")
            continue
        if v.dep_ == "acl" and v.head.lower_ in STAKE_NOUNS and v.head.dep_ == "attr" and v.head.head.dep_ == "relcl":
            # "Ardent, which is 54% owned by Kurosawa Holdings"
            owners, owned, rule = pobjs(v, ("by",)), conjuncts(v.head.head.head), "owns.passive"
        elif v.dep_ == "acl" and v.head.lower_ in STAKE_NOUNS and (
                (v.head.dep_ == "attr" and v.head.head.lemma_ == "be")
                or (v.head.dep_ == "pobj" and v.head.head.head.lemma_ == "be" and v.head.head.head.pos_ == "AUX")):
            # "Tembusu Holdings is 70 per cent owned by Kestrel Bay Group" ("is in turn 70 per cent ...")
            be = v.head.head if v.head.dep_ == "attr" else v.head.head.head
            owners, owned, rule = pobjs(v, ("by",)), subjects(be), "owns.passive"
        elif v.dep_ == "acomp" and any(c.dep_ == "agent" for c in v.children):
            # "Tradewind is majority-owned by Orchid Peak Capital"
            owners, owned, rule = pobjs(v, ("by",)), subjects(v.head), "owns.passive"
        elif v.dep_ == "acl" or any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
                v.dep_ == "amod" and v.head.i < v.i and any(c.dep_ == "agent" for c in v.children)):
            # ("Vodafone Egypt, majority-owned by Vodafone Group": the participle read as a modifier)
            owners = pobjs(v, ("by",))
            target = v.head
            if target.lower_ in ("both", "all") and target.i >= 2 and target.doc[target.i - 1].text == ",":
                target = target.doc[target.i - 2]  # "Instagram and Facebook, both owned by Meta"
            if v.dep_ == "acl" and ctx.r.mention_at(target) is None and (target.dep_ == "appos" or _comma_description(target)
                                                                         or (target.tag_ == "NNS" and target.i >= 2
                                                                             and v.doc[target.i - 1].text == ","
                                                                             and ctx.r.mention_at(v.doc[target.i - 2]))):
                target = adjacent_head(target, ctx)  # "Steam, the storefront run by Valve"; "A or B, platforms owned by"
            owned = conjuncts(target) if v.dep_ in ("acl", "amod") else objects(v, ("nsubjpass",))
            if any(v.doc[j].lower_ in ("both", "all") for j in range(max(0, v.i - 3), v.i)):
                # "Instagram and Facebook, both owned by Meta", "..., which are both owned by Meta"
                first_conj = owned[0] if owned else target
                while first_conj.dep_ == "conj":
                    first_conj = first_conj.head
                owned = conjuncts(first_conj) + [t for t in owned if t not in conjuncts(first_conj)]
            rule = "owns.passive"
        else:
            owners = subjects(v)
            owned = _stake_holdings(objects(v))
            if lemma in ("buy", "acquire", "own", "purchase") and all(ctx.r.mention_at(o) is None for o in objects(v)):
                # "bought workflow startup Tessellate": the name after a lower-case description (however parsed)
                j = v.i + 1
                while j < sent.end and j - v.i <= 5 and (v.doc[j].text.islower() or v.doc[j].text == "-") \
                        and v.doc[j].lemma_.lower() not in STAKE_NOUNS and v.doc[j].pos_ not in ("ADP", "AUX", "PRON", "CCONJ", "SCONJ", "PART") \
                        and v.doc[j].tag_ not in ("VBD", "VBZ", "VBP"):
                    j += 1
                name = ctx.r.mention_at(v.doc[j]) if j < sent.end and j > v.i + 1 else None
                if name is not None and name.start == j and not (name.end < len(v.doc) and (
                        v.doc[name.end].text in ("-", "–") or v.doc[name.end].pos_ in ("NOUN", "PROPN"))):
                    # (not "bought the Atlanta-based company", nor "bought extra Samsung televisions")
                    owned.append(v.doc[name.end - 1])
            stakes = [o for o in owned if o not in objects(v)]
            if stakes:  # "owns 61 per cent of Streamvale": a business, whatever NER called it
                _retype_owned(ctx, stakes, "Company")
            if lemma in ("own", "acquire", "buy", "purchase", "control"):
                # the listed names the parser scattered ("owns the cable networks Meridian and ...")
                have = {ctx.r.cluster_at(o) for o in owned}
                listed = _named_after_verb(v, ctx, sent.end)
                _retype_owned(ctx, listed, "Company")
                owned += [t for t in listed if ctx.r.cluster_at(t) not in have]
            owned = [t for t in owned if not _beyond_clause(v, t, ctx, sent.end)]
            rule = "owns.verb"
        # "runs the SafeScreens Parent Helpline": a service of reports is published, not owned
        owned = [t for t in owned if not _report_like(t, ctx)]
        if rule == "owns.passive" and _public_service(v, ctx) is not None:
            continue  # "Childline, the counselling service run by the NSPCC": published
        if rule == "owns.passive" and owned:
            agents = _cluster_list(ctx, [o for o in owners if o.lower_ != "it"], {"Company", "GovernmentBody", "Organization"},
                                   allow_org=True)
            if any(ctx.cls(a) == "Company" for a in agents):  # owned by a company: a business, or made, a product
                _retype_owned(ctx, owned, "Platform" if lemma in MAKE_VERBS else "Company")
            elif agents:  # "Action Fraud, run by the City of London Police": a body's service
                _retype_owned(ctx, owned, "Organization")
        if lemma in MAKE_VERBS:  # "which developed MindNest": a maker owns the app it makes
            named = [t for t in _named_modifiers(owned, ctx) if t not in owned]  # "makes a messaging app called Pebble"
            _retype_owned(ctx, named, "Platform")
            for idx in (ctx.r.cluster_at(t) for t in named):
                if idx is not None and ctx.cls(idx) == "Organization" and not ctx.r.clusters[idx].gazetteer_id:
                    ctx.r.clusters[idx].cls = "Platform"  # the app's own name, whatever NER called it
            owned = [t for t in owned + named if ctx.cls(ctx.entity(t)) == "Platform"]
        subs = _cluster_list(ctx, [o for o in owners if o.lower_ != "it"], OWNER_CLASSES, allow_org=True) if owned else []
        # "It also owns X": the company the sentence before was about, else the one named last
        subs += [i for o in owners if o.lower_ == "it" and owned
                 for i in [first(_previous_subject(o, ctx, OWNER_CLASSES), ctx.last_named(o))] if i is not None and i not in subs]
        # "Roblox bought Guilded" beside "Roblox Corporation": the platform's namesake company
        subs += [i for o in owners if owned for p in [ctx.entity(o)] if p is not None and ctx.cls(p) == "Platform"
                 for i in [ctx.makers.get(p)] if i is not None and i not in subs]
        objs = _owned(ctx, owned) if subs else []
        if rule == "owns.verb" and objs:
            objs = [o for o in objs if not _only_in_next_clause(v, o, ctx, sent.end)]
        # "Dovetail, which owns A and B, and Orbix, which owns C": a conjunct with an owning clause of
        # its own is the next owner, not a holding
        if rule == "owns.verb" and v.dep_ == "relcl":
            next_owners = _next_owners(sent, v, owned, ctx)
            objs = [o for o in objs if o not in next_owners]
        for o in subs if objs else ():
            if ctx.cls(o) == "Organization":
                ctx.r.clusters[o].cls = "Company"
        if any(c.lower_ == "respectively" for c in v.children):
            # "Instagram or Snapchat, platforms owned by Meta and Snap respectively": pair by order
            first_at = {}
            for m in ctx.r.between(sent.start, sent.end):
                first_at.setdefault(m.entity, m.start)
            subs = sorted(_cluster_list(ctx, [c for o in owners for c in conjuncts(o)], OWNER_CLASSES, allow_org=True),
                          key=lambda i: first_at.get(i, 0))
            objs = sorted(objs, key=lambda i: first_at.get(i, 0))
            if len(subs) == len(objs) > 1:
                for sub, obj in zip(subs, objs):
                    yield from _pairs(ctx, "owns", [sub], [obj], rule)
                continue
        yield from _pairs(ctx, "owns", subs, objs, rule)


def _retype_owned(ctx: Context, owned: list[Token], cls: str) -> None:
    """"Luzvista is majority-owned by ...", "Ember Mind is made by ...": what NER took for a place or
    a person (a name of its own, not a known place) is a business or, made, a product."""
    for t in owned:
        m = ctx.r.mention_at(t)
        if m is None or m.entity is None or m.source != "ner":
            continue
        c = ctx.r.clusters[m.entity]
        if c.gazetteer_id or c.cls not in ("Place", "Person") or len(c.name.split()) > 2 \
                or c.name in state_abbreviations() \
                or any(x.source != "ner" or x.role for x in c.mentions):
            continue
        c.cls = cls


ACQUISITION_NOUNS = {"acquisition", "takeover", "purchase", "buyout"}


def completed_acquisition(sent: Span, ctx: Context) -> Iterator[Found]:
    """"Microsoft completed its $69 billion takeover of Activision Blizzard": a deal done (not one
    proposed, pending or blocked) makes the buyer the owner."""
    for v in ctx.candidates(sent, {"complete", "close", "finalize", "finalise"}):
        if v.pos_ != "VERB" or v.lemma_.lower() not in ("complete", "close", "finalize", "finalise") or not asserted(v):
            continue
        if v.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in ("will", "to") for c in v.children):
            continue  # "failed to complete", "will complete": not done ("would"/"may" are asserted()'s)
        for deal in objects(v):
            if deal.lemma_.lower() not in ACQUISITION_NOUNS:
                continue
            owners = [o for o in subjects(v) if o.lower_ != "it"]
            subs = _cluster_list(ctx, owners, OWNER_CLASSES, allow_org=True)
            subs += [i for c in deal.children if c.dep_ == "poss" and c.pos_ == "PRON"
                     for i in [possessor(c, ctx, {"Company"})] if i is not None and i not in subs]
            objs = _owned(ctx, pobjs(deal, ("of",))) if subs else []
            yield from _pairs(ctx, "owns", subs, [o for o in objs if o not in subs], "owns.completed_acquisition")


def owned_compound(sent: Span, ctx: Context) -> Iterator[Found]:
    """"Meta-owned Instagram", "Google-operated YouTube"."""
    doc = sent.doc
    for t in ctx.candidates(sent, words=ctx.t["owned_adjectives"]):
        if t.lower_ in ctx.t["owned_adjectives"] and t.i >= 2 and doc[t.i - 1].text == "-" \
                and doc[t.i - 2].lower_ not in OWNER_KINDS:  # (not "Veteran-owned")
            owner = ctx.entity(doc[t.i - 2])
            if owner is None:
                owner = _unnamed_company(ctx, doc[t.i - 2])  # "TransUnion-owned Neustar" (NER saw no name)
            target = t.head if t.head.i != t.i else None
            while target is not None and target.i < t.i and target.head.i != target.i:
                target = target.head
            if owner is None or target is None:
                continue
            if ctx.r.mention_at(target) is None and target.pos_ == "NOUN":
                # "the ByteDance-owned video editor CapCut": the name beside the described noun
                target = next((c for c in target.children if c.dep_ == "appos" and c.i > target.i
                               and ctx.r.mention_at(c) is not None), target)
                if ctx.r.mention_at(target) is None and target.tag_ == "NNS" and target.i + 1 < len(doc) \
                        and ctx.r.mention_at(doc[target.i + 1]) is not None:
                    target = doc[target.i + 1]  # "Meta-owned apps Instagram, Facebook and WhatsApp" (misparsed)
                if ctx.r.mention_at(target) is None and ctx.r.mention_at(doc[target.i - 1]) is not None \
                        and doc[target.i - 1].dep_ == "compound" and doc[target.i - 1].i > t.i:
                    target = doc[target.i - 1]  # "Meta-owned WhatsApp groups": the name, not the groups
            for end in (doc[t.i - 2], target):
                # "Kessler-owned Streamora": neither end is a person, whatever NER said
                m = ctx.r.mention_at(end)
                if m is not None and m.entity is not None and ctx.cls(m.entity) == "Person" and m.role is None \
                        and len(ctx.r.clusters[m.entity].name.split()) == 1:
                    ctx.r.clusters[m.entity].cls = "Organization"
            # the modified name only: "Walmart-owned Flipkart and Amazon" says nothing of Amazon
            owned = _cluster_list(ctx, [target], OWNED_CLASSES | {"Organization"}, surface_list=False)
            # ... but "Meta-owned WhatsApp and Instagram": conjoined apps share the owner, unless the
            # gazetteer gives them another one
            owned += [idx for c in conjuncts(target)[1:] for idx in [ctx.entity(c)]
                      if ctx.r.mention_at(c) is not None and not any(d.dep_ == "det" for d in c.children)
                      and idx is not None and idx not in owned and ctx.cls(idx) == "Platform"
                      and ctx.cls(owner) != "Platform" and not _known_other_owner(ctx, owner, idx)]
            if ctx.cls(owner) in OWNER_CLASSES | {"Platform"}:
                ctx.r.clusters[owner].cls = "Company"
                for o in owned:
                    if ctx.cls(o) == "Organization":
                        ctx.r.clusters[o].cls = "Company"  # what a company owns is a company (or a platform)
                yield from _pairs(ctx, "owns", [owner], owned, "owns.x_owned")


def platform_apposition(sent: Span, ctx: Context) -> Iterator[Found]:
    """"ChatGPT, its flagship chatbot", "Threads, Meta's text-based app": a platform described
    as someone's product."""
    for n in ctx.candidates(sent, PLATFORM_NOUNS):
        if n.dep_ != "appos" or n.lemma_.lower() not in PLATFORM_NOUNS:
            continue
        target = adjacent_head(n, ctx)
        named = ctx.entity(target, allow_org=True)
        if named is None or ctx.cls(named) not in ("Platform", "Organization"):
            continue
        for c in n.children:
            if c.dep_ == "poss":
                owner = possessor(c, ctx, {"Company"}) if c.pos_ == "PRON" else ctx.entity(c)
                if owner is not None and ctx.cls(owner) in ("Company", "Organization") and owner != named:
                    ctx.r.clusters[named].cls = "Platform"
                    if ctx.cls(owner) == "Organization":
                        ctx.r.clusters[owner].cls = "Company"
                    yield Found(owner, "owns", Arg(cluster=named), "owns.platform_apposition")


def _own_owner(tok: Token, ctx: Context) -> bool:
    """Whether a name carries its own owner: "Google's YouTube", "ByteDance-owned TikTok"."""
    doc = tok.doc
    m = ctx.r.mention_at(tok)
    first = m.start if m is not None else tok.i
    if any(x.dep_ == "poss" for x in tok.children) or ctx.possessed(doc[first - 1]) is not None:
        return True
    if first >= 1 and doc[first - 1].lower_ in ("'s", "’s"):
        return True
    end = m.end if m is not None else tok.i + 1
    if end < len(doc) and doc[end].text == "," and any(
            x.dep_ == "appos" and x.lemma_.lower() in _PART_NOUNS and x.left_edge.i == end + 1 and pobjs(x, ("of",))
            for x in doc[end + 1:min(end + 6, len(doc))]):
        return True  # "... and Quikly, the Spanish arm of Orbis Media" (wherever the parser hung the apposition)
    if m is not None and m.end - m.start > 1:
        # "Google Play", "the Samsung Galaxy Store": a name that opens with a company's name
        lead = ctx.r.mention_at(doc[m.start])

        entry = gazetteer_index().get(entity_key(doc[m.start].text))
        if entry is not None and entry.cls == "Company" and (lead is None or lead.end - lead.start == m.end - m.start):
            return True
    return first >= 2 and doc[first - 1].lower_ in ctx.t["owned_adjectives"] and doc[first - 2].text == "-"


def _whose_owner(root: Token, ctx: Context) -> int | None:
    """The company a relative "whose" before a platform's name refers to: "Google, whose YouTube
    is ...", "Halden, whose app HaldenGo was ..."."""
    node = root
    if node.dep_ in ("appos", "compound") and node.head.pos_ == "NOUN" and node.head.lemma_.lower() in PLATFORM_NOUNS | {"brand"}:
        node = node.head  # ("Farrow Motor Co., whose Lindell brand offers ...")
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in node.children) or node.head.dep_ != "relcl" \
            or not asserted(node.head):
        return None
    owner = ctx.entity(node.head.head)
    return owner if owner is not None and ctx.cls(owner) in ("Company", "Organization") else None


def possessive_platforms(sent: Span, ctx: Context) -> Iterator[Found]:
    """"Meta's WhatsApp", "Meta platforms (Instagram, Facebook, WhatsApp)", "Meta's apps,
    including Instagram and WhatsApp"."""
    for m in ctx.r.between(sent.start, sent.end):  # "Google's Play Store", whatever the parse made of it
        if m.entity is not None and ctx.cls(m.entity) == "Organization" and ctx.r.clusters[m.entity].gazetteer_id is None:
            owned = ctx.possessed(sent.doc[m.end - 1])  # "Safaricom's M-Pesa mobile money service": a business
            if owned is not None and owned != m.entity and ctx.cls(owned) == "Platform":
                ctx.r.clusters[m.entity].cls = "Company"
        if m.entity is not None and ctx.cls(m.entity) == "Company":
            owned = ctx.possessed(sent.doc[m.end - 1])
            head = sent.doc[m.end - 1].head
            if any(c.dep_ == "compound" and c.lemma_.lower() in ctx.t["parent_nouns"] for c in head.children) \
                    or (head.dep_ == "compound" and head.lemma_.lower() in ctx.t["parent_nouns"]):
                owned = None  # "Blinkly's parent Harrow Labs": the possessor is the one owned
            right_after = ctx.r.mention_at(sent.doc[m.end + 1]) if m.end + 1 < len(sent.doc) else None
            if m.start >= 2 and sent.doc[m.start - 2].lower_ == "according" and sent.doc[m.start - 1].lower_ == "to":
                right_after = None  # "According to X's Y.com, prices rose": a source of figures, typed as it was
            if owned is not None and ctx.cls(owned) == "Organization" and WEB_NAME.search(ctx.r.clusters[owned].name) \
                    and not ctx.r.clusters[owned].gazetteer_id and right_after is not None and right_after.entity == owned:
                ctx.r.clusters[owned].cls = "Platform"  # "Expedia Group's Hotels.com": a company's website
            if owned is not None and owned != m.entity and ctx.cls(owned) in ("Platform", "Company"):
                yield Found(m.entity, "owns", Arg(cluster=owned), "owns.possessive")
        root = sent.doc[m.start:m.end].root
        branded = root.dep_ == "compound" and root.head.lemma_.lower() == "brand" and m.entity is not None \
            and ctx.cls(m.entity) in ("Organization", "Company") and not ctx.r.clusters[m.entity].gazetteer_id
        owner = _whose_owner(root, ctx) if m.entity is not None and (ctx.cls(m.entity) == "Platform" or branded) else None
        if owner is not None and owner != m.entity:  # "Google, whose YouTube is ...", "Halden, whose app HaldenGo"
            if ctx.cls(m.entity) == "Organization":
                ctx.r.clusters[m.entity].cls = "Company"  # "whose Lindell brand": a business of the owner's
            yield Found(owner, "owns", Arg(cluster=m.entity), "owns.possessive")
    # an owner is a possessor or a modifier of the noun, or the noun carries a name ("app")
    for n in ctx.candidates(sent, NAME_CARRIERS, ctx.modified(sent)):
        if n.pos_ not in ("NOUN", "PROPN"):
            continue  # owned things and owner-carrying nouns are nouns
        own_name = ctx.r.mention_at(n)
        owner_toks = [c for c in n.children if c.dep_ == "poss" or (
            c.dep_ in ("compound", "amod", "nmod") and ctx.r.mention_at(c) is not None
            and ctx.r.mention_at(c) is not own_name  # "Snap" in "Snap Inc." owns nothing
            and not any(d.dep_ == "cc" for d in c.children)  # "Quillmed and Dorrin Labs" read as one name
            and not (c.i < n.i and any(t.text == "," for t in n.doc[c.i + 1:n.i])))]  # "Meta, OpenAI": a list
        if not owner_toks and n.lemma_.lower() not in NAME_CARRIERS:
            continue  # no owner can be read off this noun
        owners = [o for o in _cluster_list(ctx, owner_toks, {"Company"})] if owner_toks else []
        carried = ctx.entity(n) if n.lemma_.lower() in NAME_CARRIERS else None
        named_app = [m.entity for c in n.children if c.dep_ == "compound"
                     for m in [ctx.r.mention_at(c)] if m is not None and m.entity is not None and (
                         ctx.cls(m.entity) == "Platform" or (ctx.cls(m.entity) == "Company"
                                                             and n.lemma_.lower() in ("unit", "subsidiary", "division")))]
        poss_owners = [o for o in _cluster_list(ctx, [c for c in n.children if c.dep_ == "poss" and c.pos_ != "PRON"
                                                      and c.lower_ != "whose"],
                                                {"Company"}) if o not in named_app]
        if named_app and not poss_owners and n.lemma_.lower() in ctx.t["subsidiary_nouns"] | PLATFORM_NOUNS:
            # "Google and its YouTube subsidiary", "its Glimmer livestreaming app"
            poss_owners = [o for c in n.children if c.dep_ == "poss" and (c.pos_ == "PRON" or c.lower_ == "whose")
                           for o in [possessor(c, ctx, {"Company"} | ({"Organization"} if c.lower_ == "whose" else set()))]
                           if o is not None and o not in named_app]
            for o in poss_owners:
                if ctx.cls(o) == "Organization" and ctx.r.clusters[o].gazetteer_id is None:
                    ctx.r.clusters[o].cls = "Company"  # "Orbis, whose Pixelforge platform ...": a business
        if named_app and poss_owners and ctx.r.mention_at(n) is None:
            # "the company's Perch app": the owner named by a description
            yield from _pairs(ctx, "owns", poss_owners, named_app, "owns.possessive")
            continue
        if carried is not None and ctx.cls(carried) == "Organization" and n.lemma_.lower() in PLATFORM_NOUNS \
                and n.pos_ == "NOUN" and ctx.r.mention_at(n) is None and not any(c.dep_ == "appos" for c in n.children) \
                and not acronym_like(canonical_name(ctx.r.clusters[carried])) \
                and ctx.r.clusters[carried].gazetteer_id is None and any(c.dep_ == "poss" for c in n.children):
            ctx.r.clusters[carried].cls = "Platform"  # "its Glimmer livestreaming app": NER's organisation
        if not owners and carried is not None and ctx.cls(carried) == "Platform":
            owners = [o for c in n.children if c.dep_ == "poss" and c.lower_ == "its"
                      for o in [possessor(c, ctx, {"Company"})] if o is not None]
            if owners:
                yield from _pairs(ctx, "owns", owners, [carried], "owns.possessive")
            continue
        if not owners and ctx.r.mention_at(n) is not None and ctx.cls(ctx.r.mention_at(n).entity) == "Platform":
            # "Microsoft agreed ... that its Xbox gaming service collected ..."
            owners = [o for c in n.children if c.dep_ == "poss" and c.lower_ == "its"
                      for o in [possessor(c, ctx, {"Company"})] if o is not None]
        if not owners:
            continue
        stopped = False  # at a name with an owner of its own: no more names of the list are owned
        if ctx.r.mention_at(n) is not None:
            owned = [n]  # "Meta's WhatsApp"
            if any(c.dep_ == "poss" for c in n.children):  # "Meta Platforms' Facebook and Instagram"
                # ... up to the next name with an owner of its own ("Meta's Instagram and
                # Facebook, ByteDance-owned TikTok, Snapchat and YouTube": Meta's are two)
                for c in sorted((c for c in conjuncts(n) if c.i > n.i), key=lambda c: c.i):
                    cm = ctx.r.mention_at(c)
                    after = c.doc[cm.end:cm.end + 2] if cm is not None else c.doc[c.i + 1:c.i + 3]
                    if _own_owner(c, ctx) or (len(after) == 2 and after[0].text in ("-", "–")
                                              and after[1].lower_ in ctx.t["owned_adjectives"]):
                        stopped = True
                        break  # "... and ByteDance-owned TikTok": the next owner
                    owned.append(c)
            rule = "owns.possessive"
        elif n.lemma_.lower() in ctx.t["subsidiary_nouns"]:
            owned = appos_list(n)
            for prep in n.children:
                if prep.dep_ == "prep" and prep.lower_ in ("including", "like"):
                    owned += _listed(prep)
            for c in n.children:
                if c.dep_ == "prep" and c.lower_ == "as" and any(s.lower_ == "such" for s in c.lefts):
                    owned += _listed(c)
            rule = "owns.platform_list"
        else:
            continue
        objs = _cluster_list(ctx, owned, {"Platform", "Company"} if rule == "owns.possessive" else {"Platform"},
                             surface_list=not stopped)
        yield from _pairs(ctx, "owns", owners, [o for o in objs if o not in owners], rule)


# ---------------------------------------------------------------- titles

def title_relations(sent: Span, ctx: Context) -> Iterator[Found]:
    """ceo_of / official_of from a title written with the name: "Meta CEO Mark Zuckerberg",
    "CEO of Meta Mark Zuckerberg", "Florida Attorney General Ashley Moody"."""
    for m in ctx.r.between(sent.start, sent.end):
        if m.entity is None:
            continue
        if m.role is None:  # "In Misiones, the provincial Security Minister, Raúl Krasowski, said"
            front = _fronted_place(sent, ctx, m) \
                if m.title_start is None and ctx.cls(m.entity) in ("Official", "Person") else None
            if front is not None:
                yield Found(m.entity, "official_of", Arg(cluster=front), "official_of.fronted_place")
            continue
        if m.jurisdiction is not None and m.jurisdiction.entity is not None:
            place = m.jurisdiction.entity
            doc = sent.doc
            state = ctx.r.mention_at(doc[m.end + 1]) if m.end + 1 < len(doc) and doc[m.end].lower_ == "of" else None
            if state is not None and state.entity is not None and ctx.cls(state.entity) == "Place" \
                    and state.text in state_abbreviations() and m.role in ("Senator", "Representative") \
                    and ctx.r.clusters[place].name == "United States":
                place = state.entity  # "U.S. Senator X of New Mexico": the state the senator represents
            jm = m.jurisdiction
            if jm.end < len(doc) and doc[jm.end].lower_ == "council" and doc[jm.end - 1].lower_ == "city":
                # "Minneapolis City Council Member X": the city is Minneapolis ("City Council Member X": none)
                if jm.end - jm.start < 2:
                    continue
                place = ctx._make(doc[jm.start:jm.end - 1].text, "Place", doc[jm.start])
            yield Found(m.entity, "official_of", Arg(cluster=place), "official_of.title")
        elif ctx.cls(m.entity) == "Official" and not m.executive:
            # "In the Philippines, Justice Secretary X said ...": a title without a place, in a
            # sentence that opens with the place it speaks of
            front = _fronted_place(sent, ctx, m)
            if front is not None:
                yield Found(m.entity, "official_of", Arg(cluster=front), "official_of.fronted_place")
            elif m.role in ("Governor", "Lieutenant Governor") and ctx.r.clusters[m.entity].jurisdiction is None:
                state = _sole_state(sent, ctx)
                if state is not None:
                    yield Found(m.entity, "official_of", Arg(cluster=state), "official_of.sole_state")
        if m.executive and m.role == "CEO":
            employer = m.employer.entity if m.employer is not None else None
            if employer is not None and ctx.cls(employer) == "Place":
                # "Shopfair Europe chief executive X": the company's regional arm, named after it
                k = m.employer.start - 1
                before = ctx.r.mention_at(sent.doc[k]) if k >= sent.start else None
                employer = before.entity if before is not None and before.entity is not None \
                    and ctx.cls(before.entity) in ("Company", "Platform") else None
                if employer is None:
                    continue
            rule = "ceo_of.title"
            if employer is None:
                # "Meta, ..., along with CEO Mark Zuckerberg": the nearest company before
                before = [x for x in ctx.r.between(sent.start, m.start) if x.entity is not None
                          and ctx.cls(x.entity) in ("Company", "Organization") and not _inside_apposition(sent.doc[x.end - 1])]
                if not before:  # "Spotify, led by chief executive Daniel Ek": a platform that is its own business
                    before = [x for x in ctx.r.between(sent.start, m.start) if x.entity is not None
                              and ctx.cls(x.entity) == "Platform" and sent.doc[m.title_start or m.start].i - x.end <= 6]
                if before:
                    employer = before[-1].entity
                    rule = "ceo_of.title_nearest_company"
                else:
                    # "Chief executive David Baszucki wrote ...": the company the article is
                    # about at that point - the last one named before, within a few sentences
                    doc = sent.doc
                    before = m.title_start - 1 if m.title_start is not None else m.start - 1
                    if before >= 0 and doc[before].text[:1].isupper() and doc[before].is_alpha \
                            and (doc[before].pos_ == "PROPN" or before == sent.start):
                        # "CyberSafeKids chief executive Orla Brennan": an untagged employer, or
                        # the short form of a company named before ("Brightmoor chief executive")
                        named = [i for i, c in enumerate(ctx.r.clusters) if c.cls in ("Company", "Organization", "Platform")
                                 and c.name.split()[0] == doc[before].text and len(c.name.split()) > 1]
                        employer = named[0] if len(named) == 1 else ctx.entity(doc[before], allow_org=True)
                        if employer is not None and ctx.cls(employer) == "Place" and before - 1 >= sent.start \
                                and doc[before - 1].text[:1].isupper() and doc[before - 1].is_alpha:
                            # "Shopfair Europe chief executive X": the company, before its region
                            before -= 1
                            named = [i for i, c in enumerate(ctx.r.clusters) if c.cls in ("Company", "Platform")
                                     and org_core(c.name) == doc[before].text]
                            employer = named[0] if len(named) == 1 else ctx.entity(doc[before], allow_org=True)
                            if employer is None or ctx.cls(employer) not in ("Company", "Platform", "Organization"):
                                continue
                        first_word = before
                        while first_word - 1 >= sent.start and doc[first_word - 1].pos_ == "PROPN" \
                                and doc[first_word - 1].is_title and ctx.r.mention_at(doc[first_word - 1]) is None \
                                and doc[first_word - 1].ent_type_ not in ("DATE", "TIME", "GPE", "NORP") \
                                and doc[first_word - 1].lower_ not in WEEKDAYS and doc[first_word - 1].lower_ not in MONTHS:
                            first_word -= 1
                        if len(named) != 1 and first_word < before and ctx.r.mention_at(doc[before]) is None:
                            # "Marlow Street chief executive X": the capitalised words before the title
                            employer = ctx._make(doc[first_word:before + 1].text, "Company", doc[before])
                        if employer is None or ctx.cls(employer) == "Place":
                            continue  # (not "Texas chief executive X": a place employs no one here)
                        if ctx.cls(employer) == "Organization" and not ctx.r.clusters[employer].gazetteer_id:
                            ctx.r.clusters[employer].cls = "Company"
                        yield Found(m.entity, "ceo_of", Arg(cluster=employer), "ceo_of.title")
                        continue
                    window = [x for x in ctx.r.between(sent.start - 120, sent.start) if x.entity is not None
                              and ctx.cls(x.entity) in ("Company", "Platform")]
                    companies = [x for x in window if ctx.cls(x.entity) == "Company"]
                    if not window:
                        continue
                    pool = companies or window
                    counts = {x.entity: len([y for y in ctx.r.between(0, m.start) if y.entity == x.entity]) for x in pool}
                    employer = max(pool, key=lambda x: (counts[x.entity], x.start)).entity
                    # "Coralink, a subsidiary of X, said ... Chief executive Jenna Vu said": the
                    # company the sentence before was about
                    subject = _previous_subject(sent[0], ctx, {"Company", "Platform"})
                    if subject is not None:
                        employer = ctx.makers.get(subject, subject)
                    rule = "ceo_of.title_context"
            yield Found(m.entity, "ceo_of", Arg(cluster=employer), rule)


PARTY_NOUNS = {"republican", "democrat", "independent", "conservative", "liberal", "labour"}


def party_apposition(sent: Span, ctx: Context) -> Iterator[Found]:
    """"Sen. Grant Holloway, a Nebraska Republican", "a Democrat from California": a legislator's
    state in a party label; "Senator X, who represents the state of Parana": the place represented."""
    for t in ctx.candidates(sent, {"represent"}, words=PARTY_NOUNS):
        if t.lemma_ == "represent" and t.pos_ == "VERB" and asserted(t):
            who = t.head if t.dep_ == "relcl" else next(iter(subjects(t)), None)
            m = ctx.r.mention_at(who) if who is not None else None
            c = ctx.r.clusters[m.entity] if m is not None and m.entity is not None else None
            legislator = c is not None and c.cls == "Official" and c.role is not None and (
                c.role in CONSTITUENCY_ROLES or any(w in c.role for w in ("Senator", "Representative", "Member", "Deputy")))
            for o in (objects(t) if legislator else []):
                place = ctx.entity(o)
                if place is not None and ctx.cls(place) == "Place":
                    yield Found(m.entity, "official_of", Arg(cluster=place), "official_of.party")
            continue
        if t.dep_ != "appos" or t.lower_ not in PARTY_NOUNS:
            continue
        m = ctx.r.mention_at(t.head)
        if m is None or m.entity is None or ctx.cls(m.entity) != "Official":
            continue
        # "a Nebraska Republican", "a Democrat from California"
        role = ctx.r.clusters[m.entity].role or ""
        for c in [c for c in t.children if c.dep_ in ("compound", "amod", "nmod")] + pobjs(t, ("from",)):
            place = ctx.r.cluster_at(c)
            if place is not None and ctx.cls(place) == "Place":
                if role.lower().startswith("state ") and ctx.r.clusters[place].name not in state_abbreviations():
                    continue  # "State Rep. X, a Minneapolis Democrat": a state legislator's home town
                yield Found(m.entity, "official_of", Arg(cluster=place), "official_of.party")


def whose_role(sent: Span, ctx: Context) -> Iterator[Found]:
    """"YouTube, whose chief executive is Neal Mohan"."""
    if "whose" not in ctx.words(sent):
        return
    for n in ctx.tokens(sent):
        if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in n.children):
            continue
        # "whose co-founder and chief executive is X": any of the coordinated roles
        if not any((r := _role_of(rt)) is not None and r.executive and r.role == "CEO" for rt in conjuncts(n)):
            continue
        clause = n.head
        if clause.dep_ == "relcl":
            # "Solstice AI, whose chief executive is Marcus Feld": NER may swap the two names' types
            for tok, wrong, right in [(clause.head, "Person", "Company")] + [(a, "Organization", "Person")
                                                                             for a in objects(clause, ("attr",))]:
                m = ctx.r.mention_at(tok)
                if m is not None and m.entity is not None and m.source == "ner" and m.role is None \
                        and ctx.cls(m.entity) == wrong and 2 <= len(m.text.split()) <= 3 \
                        and (right == "Company" or org_class(tok.doc[m.start:m.end], "") == ""):
                    ctx.r.clusters[m.entity].cls = right
            company = ctx.entity(clause.head)
            people = _cluster_list(ctx, objects(clause, ("attr",)), {"Person", "Official"}, allow_name=True)
        elif n.dep_ == "appos":  # "a holding company whose chief executive officer, Stefan Varga, ..."
            company, people = ctx.entity(clause), []
        else:
            continue
        # "whose chief executive officer, Stefan Varga, told investors ..."
        people += [p for p in _cluster_list(ctx, [c for c in n.children if c.dep_ == "appos"], {"Person", "Official"},
                                             allow_name=True) if p not in people]
        if company is not None and ctx.cls(company) in ("Company", "Platform", "Organization"):
            for p in people:
                yield Found(p, "ceo_of", Arg(cluster=company), "ceo_of.whose")


def _sole_state(sent: Span, ctx: Context) -> int | None:
    """"Gov. Jon Aasen signed a law ... for Minnesota users", "HB 3 was signed by Gov. Rick Ashby"
    in a story about Florida alone: the one US state the sentence names, else the one the whole
    document names."""
    if ctx.states_named is None:
        us = state_abbreviations()
        ctx.states_named = {i: [x.start for x in c.mentions] for i, c in enumerate(ctx.r.clusters)
                            if c.cls == "Place" and us.get(c.name) == c.name}
    here = [i for i, starts in ctx.states_named.items() if any(sent.start <= k < sent.end for k in starts)]
    if len(here) == 1:
        return here[0]
    return next(iter(ctx.states_named)) if not here and len(ctx.states_named) == 1 else None


def _fronted_place(sent: Span, ctx: Context, m) -> int | None:
    """The place a sentence opens with ("In Scotland, ...", "In Misiones, which borders Paraguay,
    ...") when the name ``m`` follows it with its title and nothing else: "Justice Secretary X",
    "the provincial Security Minister, X"."""
    doc = sent.doc
    k = sent.start
    while k < m.start and doc[k].lower_ in ("and", "but", "meanwhile", "elsewhere", "also", ","):
        k += 1  # "And in Utah, Attorney General X ..."
    if doc[k].lower_ != "in" or k + 2 >= m.start:
        return None
    front = ctx.r.mention_at(doc[k + 1 + int(doc[k + 1].lower_ == "the")])
    if front is None or front.entity is None or ctx.cls(front.entity) != "Place" \
            or not known_place(canonical_name(ctx.r.clusters[front.entity])) \
            or front.end >= m.start or doc[front.end].text != ",":
        return None
    lo = front.end + 1
    if doc[lo].lower_ in ("which", "where", "whose"):  # a relative clause about the place, up to its comma
        lo = next((k + 1 for k in range(lo, m.start) if doc[k].text == ","), m.start)
    between = doc[lo:m.start]
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    if m.title_start is not None:
        return front.entity if lo <= m.title_start <= lo + 2 and ctx.cls(m.entity) == "Official" else None
    # the title in apposition before the name
    words = [t for t in between if t.lower_ != "the"]
    if len(words) < 2 or words[-1].text != "," or len(words) > 6:
        return None
    known = roles()
    if not any(w.dep_ == "poss" or w.tag_ == "POS" for w in words) and any(
            (r := known.get(tuple(w.lower_ for w in words[k:-1]))) is not None and r.cls == "Official"
            for k in range(len(words) - 1)):
        return front.entity
    return None


def party_state(sent: Span, ctx: Context) -> Iterator[Found]:
    """"Sen. Marsha Blackburn (R-Tenn.)" / "Rep. Ro Khanna, D-Calif.,": the state an official
    represents, from a party-state tag after the name."""

    states = state_abbreviations()
    doc = sent.doc
    for m in ctx.r.between(sent.start, sent.end):
        if m.entity is None or ctx.cls(m.entity) not in ("Official", "Person"):
            continue
        i = m.end
        if i < len(doc) and doc[i].text in ("(", ","):
            i += 1
        if i + 2 < len(doc) and doc[i].text in ("R", "D", "I") and doc[i + 1].text in ("-", "–"):
            abbr = doc[i + 2].text
            if abbr not in states and i + 3 < len(doc) and doc[i + 3].text == ".":
                abbr += "."
            state = states.get(abbr)
            if state:
                ctx.r.clusters[m.entity].cls = "Official"
                yield Found(m.entity, "official_of", Arg(cluster=ctx._make(state, "Place", doc[i + 2])), "official_of.party_state")


def _comma_description(tok: Token) -> bool:
    """", the e-commerce marketplace owned by X": a common noun with an article right after a
    comma describes the name before it, however the parser attached it."""
    doc = tok.doc
    j = tok.left_edge.i
    return tok.pos_ == "NOUN" and j >= 2 and doc[j].lower_ in ("the", "a", "an") and doc[j - 1].text == "," \
        and doc[j - 2].pos_ == "PROPN"


def adjacent_head(appos: Token, ctx: Context) -> Token:
    """The phrase an apposition really describes: the name written just before it.

    "Snap's Evan Spiegel and Linda Yaccarino, then the chief executive of X": the parser
    may hang the apposition on the first conjunct; the name before the comma is the one.
    """
    doc = appos.doc
    j = appos.left_edge.i - 1
    while j >= 0 and (doc[j].is_punct or doc[j].lower_ in ("then", "now", "formerly", "currently")):
        j -= 1
    m = ctx.r.mention_at(doc[j]) if j >= 0 else None
    if m is not None and _locative(doc[m.end - 1], ctx) and m.end - 1 != appos.i:
        # "Snap Inc., the Santa Monica, California-based parent company": the place opens
        # the description of the name before it
        return adjacent_head(doc[m.end - 1], ctx)
    if m is not None and j != appos.head.i:
        if m.start <= j < m.end and appos.head.i not in range(m.start, m.end):
            return doc[m.end - 1]
    return appos.head


def _locative(tok: Token, ctx: Context) -> bool:
    """"Pellucid Inc., the Boise, Idaho-based parent company", "X, the Austin startup behind
    Y": a short place name after "the" opens the description of the name before it (NER
    may call the place anything)."""
    m = ctx.r.mention_at(tok)
    if m is None or tok.dep_ != "appos" or m.start == 0 or tok.doc[m.start - 1].lower_ != "the" or m.end - m.start > 2:
        return False

    if tok.lower_ in org_heads() or m.source == "gazetteer" and ctx.cls(m.entity) != "Place":
        return False
    nxt = tok.doc[m.end] if m.end < len(tok.doc) else None
    return ctx.cls(m.entity) == "Place" or tok.ent_type_ in ("GPE", "LOC") or (
        nxt is not None and (nxt.text == "," or nxt.pos_ == "NOUN"))


def possessor(tok: Token, ctx: Context, classes: set[str]) -> int | None:
    """The entity a possessive stands for; "its"/"their" -> the nearest preceding entity of
    a compatible class in the sentence."""
    if tok.pos_ == "PRON" or tok.lower_ == "whose":
        if tok.lower_ == "whose":  # "Orbis, whose Pixelforge platform lets users ...": the relative's head
            x = tok.head
            for _ in range(3):
                if x.dep_ == "relcl" or x.head is x:
                    break
                x = x.head
            # the name right before ", whose" (the parser may hang the clause on an earlier one)
            before = ctx.r.mention_at(tok.doc[tok.i - 2]) if tok.i >= 2 and tok.doc[tok.i - 1].text == "," else None
            idx = before.entity if before is not None and x.dep_ == "relcl" else None
            return idx if idx is not None and ctx.cls(idx) in classes else None
        if tok.lower_ not in ("its", "their"):
            return None
        # "Brightloop Labs ..., and its founder": a conjunct's "its" is the first conjunct
        noun = tok.head
        if any(c.lower_ == "own" and c.dep_ == "amod" for c in noun.children):
            # "X, which also owns the chain A and its own booking app, B": "its own" is the clause's subject's
            verb = noun
            for _ in range(4):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            for s in subjects(verb) if verb.pos_ in ("VERB", "AUX") else []:
                idx = ctx.entity(s)
                if idx is not None and ctx.cls(idx) in classes:
                    return idx
        if noun.dep_ == "conj":
            idx = ctx.entity(noun.head)
            if idx is not None and ctx.cls(idx) in classes:
                return idx
        # "X, a nonprofit based in Y, surveyed students in Z for its report": the subject of the
        # clause the possessive is in, when it is an entity of a compatible class
        # (a named subject, the possessive in a prepositional phrase of its verb)
        verb = tok
        if tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB":
            verb = tok.head.head  # "The company designed its Glimmer app"
        if tok.head.dep_ == "pobj":
            verb = tok.head.head
            for _ in range(5):
                if (verb.pos_ in ("VERB", "AUX") and verb.lower_ != "according") or verb.head.i == verb.i:
                    break
                verb = verb.head  # ("..., according to its annual report": the clause's verb)
        if tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.dep_ == "ccomp" and tok.head.head.head.i < tok.i:
            verb = tok.head.head.head  # "X, which is owned by Y, said its CEO would ...": the speaker's
        prep = tok.head.head if tok.head.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "with" and prep.i >= 1 and tok.doc[prep.i - 1].lower_ in ("along", "together") \
                and verb.pos_ == "VERB":
            # "The suit targets X, which owns Y, along with its chief executive, Z": the object's
            companions = [idx for o in objects(verb) if o.i < tok.i for idx in [ctx.entity(o)]
                          if idx is not None and ctx.cls(idx) in classes]
            if len(companions) == 1:
                return companions[0]
        # "In its annual report, Europol said ...": a fronted phrase's possessive looks ahead to the subject
        fronted = tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep" and tok.head.head.i == _sentence_start(tok)
        for s in subjects(verb) if verb.pos_ in ("VERB", "AUX") else []:
            m = ctx.r.mention_at(s)
            if (s.i < tok.i or fronted) and (s.pos_ == "PROPN" or m is not None and m.end - m.start > 1 and m.end == s.i + 1) \
                    and m is not None and m.entity is not None and ctx.cls(m.entity) in classes:
                return m.entity
            if s.i < tok.i and s.pos_ == "PROPN" and m is not None and m.entity is not None \
                    and ctx.cls(m.entity) == "Platform" and "Platform" not in classes and "Company" in classes:
                return None  # "TikTok, owned by ByteDance, said in its latest report": the app's, not the owner's
            if s.i < tok.i and s.pos_ == "NOUN" and m is None and tok.head.dep_ == "dobj" \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in s.children) \
                    and not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in s.children):
                idx = ctx.entity(s)  # "The company designed its Glimmer app": the description's referent
                if idx is not None and ctx.cls(idx) in classes:
                    return idx
        best = None
        for m in ctx.r.between(tok.sent.start, tok.i):
            if m.entity is not None and ctx.cls(m.entity) in classes \
                    and not _inside_apposition(tok.doc[m.end - 1]):
                best = m.entity
        if best is None:  # "Tradewell, which is owned by X, said ... Its chief executive": the
            return _previous_subject(tok, ctx, classes)  # last sentence's subject
        return best
    idx = ctx.entity(tok)
    return idx if idx is not None and ctx.cls(idx) in classes else None


def _previous_subject(tok: Token, ctx: Context, classes: set[str]) -> int | None:
    """The subject of the main verb of the sentence before ``tok``'s, when it names an
    entity of ``classes``; for the subject of a clause joined to another ("X owns A, and in
    2023 it bought B"), that clause's subject."""
    doc = tok.doc
    verb = tok.head
    while tok.dep_ == "nsubj" and tok.pos_ == "PRON" and verb.dep_ == "conj" and verb.head.i < verb.i \
            and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        for s in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
            idx = ctx.entity(s)
            if idx is not None and ctx.cls(idx) in classes:
                return idx
    j = tok.sent.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0:
        return None
    root = doc[j].sent.root
    for s in subjects(root):
        idx = ctx.entity(s)
        if idx is not None and ctx.cls(idx) in classes:
            return idx
    return None


def _inside_apposition(tok: Token) -> bool:
    """True for a name inside an appositive phrase ("..., the developer of the X app, ...")."""
    node = tok
    for _ in range(10):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ == "appos":
            return True
    return False


def _role_of(role_tok: Token) -> Role | None:

    table = roles()
    words = [t for t in role_tok.lefts if t.dep_ in ("compound", "amod")] + [role_tok]
    phrase = tuple(t.lower_ for t in words)
    for k in range(len(phrase)):
        role = table.get(phrase[k:])
        if role:
            return role
    return None


def role_apposition(sent: Span, ctx: Context) -> Iterator[Found]:
    """"Raúl Torrez, New Mexico's attorney general", "Mark Zuckerberg, Meta's chief executive",
    "the chief executive of Meta, Mark Zuckerberg", "its founder and chief executive officer,
    Daniel Okafor", "its attorney general, Russell Coleman"."""
    pairs = []
    for n in ctx.tokens(sent):
        if n.dep_ == "appos":
            a = adjacent_head(n, ctx)
            if a is not n.head and n.head.i < a.i < n.i and _role_of(n.head) is not None \
                    and any(x.i == a.i for x in n.head.subtree):
                a = n.head  # "Denmark's Minister for Digital Affairs, Anders Kjeldsen": the title, not its portfolio
            pairs.append((a, n, "apposition"))
            h = n.head
            if h.dep_ == "pobj" and h.head.lower_ in ("of", "for") and h.head.head.pos_ in ("NOUN", "PROPN") \
                    and _role_of(h.head.head) is not None and h.head.head.i < h.i < n.i:
                # "The mayor of Milan, Lorenzo Basile, said": the parser hangs the name on the place
                pairs.append((n, h.head.head, "apposition"))
        elif n.lemma_ == "be" and asserted(n):  # "Shopfront's chief executive is Liam Dorrigan"
            pairs += [(s, a, "copula") for s in subjects(n) for a in objects(n, ("attr",))]
    for a, b, how in pairs:
        for person_tok, role_tok in ((a, b), (b, a)):
            pidx = ctx.r.cluster_at(person_tok)
            m = ctx.r.mention_at(person_tok)
            if pidx is not None and m is not None and ctx.cls(pidx) == "Organization" and m.source == "ner" \
                    and 2 <= m.end - m.start <= 4 and _role_of(role_tok) is not None:
                ctx.r.clusters[pidx].cls = "Person"  # "TikTok's chief executive, Shou Zi Chew" (NER: ORG)
            if pidx is None or m is None or ctx.cls(pidx) not in ("Person", "Official"):
                continue
            for rt in conjuncts(role_tok):  # "founder and chief executive officer"
                role = _role_of(rt)
                if role is None:
                    continue
                if rt.i != role_tok.i and _titles_another(rt, person_tok, ctx):
                    continue  # "Canada's commissioner, X, and her B.C. counterpart, Y": X's title, not Y's
                if ctx.r.clusters[pidx].role is None:
                    ctx.r.clusters[pidx].role = role.role  # "Procon-SP's executive director, X": X holds a post
                poss = [c for c in role_tok.children if c.dep_ == "poss"] + [c for c in rt.children if c.dep_ == "poss"]
                if role_tok.dep_ == "conj" and not _titles_another(role_tok.head, person_tok, ctx):
                    # "its co-founder and CEO, X": the possessive sits on the first title
                    poss += [c for c in role_tok.head.children if c.dep_ == "poss" and c not in poss]
                if role_tok.i >= 2 and role_tok.doc[role_tok.i - 1].text == "-":
                    # "Its co-founder": tokenised "co", "-", "founder", the possessive on "co"
                    poss += [c for c in role_tok.doc[role_tok.i - 2].children if c.dep_ == "poss" and c not in poss]
                quals = [(q, True) for q in poss] + [(q, False) for q in pobjs(rt, ("of", "for", "at"))]
                if role.cls == "Official" and not role.executive and not quals:  # "the UK technology secretary"
                    quals += [(c, False) for c in rt.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                              and ctx.cls(ctx.r.cluster_at(c)) == "Place"]
                if role.role == "CEO" and rt.lower_ == "director" and (
                        any(c.lower_ in ("a", "an") for c in rt.children)
                        or any(ctx.cls(ctx.entity(q)) not in EMPLOYER_CLASSES for q, is_poss in quals if not is_poss)):
                    continue  # "a managing director at Goldman Sachs", "managing director for Europe at X": one of many
                for q, is_poss in quals:
                    if role.only_with_of and (is_poss or q.head.lower_ != "of" or q.head.head.i != rt.i):
                        continue  # "the head of WhatsApp", not "the NSPCC's head of policy" or "head of safety at X"
                    if role.executive and role.role == "CEO":
                        qidx = possessor(q, ctx, EMPLOYER_CLASSES) if is_poss else ctx.entity(q)
                        if qidx is None and q.pos_ == "PROPN":
                            qidx = ctx.entity(q, allow_org=True)  # "Cobalt Harbor's founder": NER missed it
                        if qidx is not None and ctx.cls(qidx) in EMPLOYER_CLASSES:
                            yield _chief_executive(ctx, pidx, qidx, f"ceo_of.{how}")
                    elif role.cls == "Official":
                        qidx = possessor(q, ctx, {"Place"}) if is_poss else ctx.entity(q)
                        if is_poss and q.pos_ == "PRON" and qidx is not None:
                            # "sued Peakline Rentals ... and its president, X": "its" is the company
                            nearest = possessor(q, ctx, EMPLOYER_CLASSES | {"Place", "GovernmentBody"})
                            qidx = qidx if nearest == qidx else None
                        phrase = roles().get(tuple(t.lower_ for t in rt.doc[rt.left_edge.i:rt.i + 1]
                                                   if t.dep_ != "det" and t.pos_ != "DET"))
                        constituency = role.role in CONSTITUENCY_ROLES or (phrase is not None and phrase.role in CONSTITUENCY_ROLES)
                        if qidx is None and constituency and not is_poss and q.head.lower_ == "for" and q.pos_ == "PROPN" \
                                and q.text[:1].isupper():
                            # "Tom Ashdown, the Labour MP for Bath": a constituency NER left untagged
                            span = q.doc[q.left_edge.i:q.right_edge.i + 1]
                            if 1 <= len(span) <= 6 and all(w.text[:1].isupper() or w.lower_ in ("and", "-", "&")
                                                           for w in span) and span[0].text[:1].isupper():
                                qidx = ctx._make(span.text, "Place", q)
                        if qidx is not None and constituency and not is_poss and q.head.lower_ == "for" \
                                and ctx.cls(qidx) in ("Organization", "Person", "GovernmentBody") \
                                and ctx.r.clusters[qidx].gazetteer_id is None and ctx.r.clusters[qidx].role is None \
                                and ctx.r.mention_at(q) is not None and ctx.r.clusters[qidx].name == ctx.r.mention_at(q).text \
                                and all(x.source == "ner" for x in ctx.r.clusters[qidx].mentions):
                            ctx.r.clusters[qidx].cls = "Place"  # "the NDP MPP for Hamilton Centre": a constituency
                        if qidx is not None and ctx.cls(qidx) == "Place":
                            yield _office_holder(ctx, pidx, qidx, role, f"official_of.{how}")


def _titles_another(role_tok: Token, person_tok: Token, ctx: Context) -> bool:
    """Whether a title has a person of its own in apposition, other than ``person_tok``."""
    return any(c.dep_ == "appos" and c.i != person_tok.i and ctx.cls(ctx.r.cluster_at(c)) in ("Person", "Official")
               for c in role_tok.children)


EMPLOYER_CLASSES = {"Company", "Organization", "Platform"}


def _chief_executive(ctx: Context, person: int, employer: int, rule: str) -> Found:
    """ceo_of(person, employer); an organisation with a chief executive is a company."""
    if ctx.cls(employer) == "Organization":
        ctx.r.clusters[employer].cls = "Company"
    return Found(person, "ceo_of", Arg(cluster=employer), rule)


def _office_holder(ctx: Context, person: int, place: int, role: Role, rule: str) -> Found:
    """official_of(person, place); whoever holds a public office for a place is an Official."""
    c = ctx.r.clusters[person]
    c.cls, c.role = "Official", c.role or role.role
    if c.jurisdiction is None:
        c.jurisdiction = place
    return Found(person, "official_of", Arg(cluster=place), rule)


ROLE_FILLERS = {"and", "-", "co", "sole", "former", "interim", "acting", "current", "new", "then"}


def possessive_role_surface(sent: Span, ctx: Context) -> Iterator[Found]:
    """"Quillbright's co-founder and chief executive, Élodie Tremblay", "Lower Saxony's consumer
    protection minister, Anke Reinholt": read from the words when the parse of a hyphenated
    or coordinated title goes wrong.  The title must be all lower-case role words."""

    table = roles()
    toks = ctx.tokens(sent)
    for k, t in enumerate(toks):
        pronoun = t.lower_ == "its" and t.dep_ == "poss"  # "... and its co-founder and CEO, Derek Asante"
        # "Iowa, whose attorney general, Dan Roe, said": the relative's antecedent is the owner
        whose = t.lower_ == "whose" and k >= 2 and toks[k - 1].text == ","
        if k == 0 or not (pronoun or whose or t.lower_ in ("'s", "’s") or (t.text in ("'", "’") and toks[k - 1].text.endswith("s"))):
            continue
        owner = ctx.r.mention_at(toks[k - 2 if whose else k - 1]) if not pronoun else None
        j = k + 1
        words: list[Token] = []
        while j < len(toks) and toks[j].text != "," and len(words) < 8:
            words.append(toks[j])
            j += 1
        if not words or j + 1 >= len(toks):
            continue
        lead = [w.lower_ for w in words if w.lower_ not in ROLE_FILLERS][:2]
        if any(w.text[:1].isupper() and w.lower_ != "ceo" for w in words) and not (
                lead and (table.get(tuple(lead[:1])) or table.get(tuple(lead)))):
            continue  # capitalised words are a name unless they open with a title ("Minister of State for ...")
        if j + 2 < len(toks) and toks[j + 1].lower_.rstrip(".") in ("mr", "ms", "mrs", "dr", "dame", "sir", "madam"):
            j += 1  # "..., Mr Marcus Tan Wei Ming, said"
        person = ctx.r.mention_at(toks[j + 1])
        if owner is not None and (person is None or person.start != toks[j + 1].i) \
                and owner.start - 2 >= sent.start and sent.doc[owner.start - 1].text == ",":
            # "Evan Spiegel, Snap's co-founder and chief executive, ...": the name before the title
            before = ctx.r.mention_at(sent.doc[owner.start - 2])
            if before is not None and before.end == owner.start - 1:
                person = before
        elif person is not None and person.start != toks[j + 1].i:
            person = None
        if person is None or person.entity is None \
                or ctx.cls(person.entity) not in ("Person", "Official"):
            continue
        lowered = [w.lower_ for w in words if w.lower_ not in ROLE_FILLERS]
        found = None
        for a in range(len(lowered)):
            for b in range(len(lowered), a, -1):
                role = table.get(tuple(lowered[a:b]))
                if role is not None and (found is None or role.executive):
                    found = role
        if found is None or found.only_with_of:
            continue
        if found.executive and found.role == "CEO":
            if pronoun and not any(w.lower_ == "and" for w in words):
                continue  # "its chief executive, X" is the apposition rule's; this reads "its co-founder and CEO, X"
            qidx = owner.entity if owner is not None else (
                possessor(t, ctx, EMPLOYER_CLASSES) if pronoun else ctx.entity(toks[k - 1], allow_org=True))
            if qidx is not None and ctx.cls(qidx) == "Person" and owner is not None and owner.source == "ner" \
                    and owner.end - owner.start == 1:
                ctx.r.clusters[qidx].cls = "Organization"  # "Brindle's chief executive": NER's "person"
            if qidx is not None and ctx.cls(qidx) in EMPLOYER_CLASSES:
                yield _chief_executive(ctx, person.entity, qidx, "ceo_of.apposition")
        elif found.cls == "Official" and owner is not None and owner.entity is not None and ctx.cls(owner.entity) == "Place":
            yield _office_holder(ctx, person.entity, owner.entity, found, "official_of.apposition")
    yield from _place_title_apposition(sent, ctx, table)


def _place_title_apposition(sent: Span, ctx: Context, table) -> Iterator[Found]:
    """"The New South Wales minister for fair trading, Jodie Lambert, said": a place, a title in
    lower case and the name in apposition after the comma."""
    doc = sent.doc
    for pm in ctx.r.between(sent.start, sent.end):
        if pm.entity is None or ctx.cls(pm.entity) != "Place" or pm.start == 0 or doc[pm.start - 1].lower_ != "the" \
                or pm.end >= sent.end or not doc[pm.end].text.islower():
            continue
        j = pm.end
        while j < sent.end and doc[j].text != "," and j - pm.end < 8 and doc[j].text.islower() and doc[j].is_alpha:
            j += 1
        if j + 1 >= sent.end or doc[j].text != ",":
            continue  # (a possessive, "The California governor's plan, X said", stops it)
        lowered = [t.lower_ for t in doc[pm.end:j] if t.lower_ not in ROLE_FILLERS]
        # the words are the title, or the title and its portfolio ("minister for fair trading")
        size = next((k for k in range(len(lowered), 0, -1) if table.get(tuple(lowered[:k])) is not None), 0)
        role = table.get(tuple(lowered[:size])) if size else None
        if role is None or (size < len(lowered) and lowered[size] not in ("for", "of", "on")):
            continue
        person = ctx.r.mention_at(doc[j + 1])
        if role is None or role.cls != "Official" or role.only_with_of or person is None or person.start != j + 1 \
                or person.entity is None or ctx.cls(person.entity) not in ("Person", "Official"):
            continue
        yield _office_holder(ctx, person.entity, pm.entity, role, "official_of.apposition")


# ---------------------------------------------------------------- cites / published

def _named_speaker(s: Token, idx: int, stat: Stat, ctx: Context) -> bool:
    """Who else speaks for figures: a platform named as the subject of "said" ("TikTok said it
    removes about 6 million accounts", not "the company said"), and a person who holds a post
    ("Superintendent X said the district spent $1.1 million", not a witness telling her story,
    nor a number inside a quotation)."""
    cls = ctx.cls(idx)
    if cls == "Platform":
        return ctx.r.mention_at(s) is not None
    if cls == "Person":
        return ctx.r.clusters[idx].role is not None and not inside_quote(stat.head)
    return False


def _done(verb: Token, child: Token, ctx: Context) -> bool:
    """"The agency rescued 1,487 victims", "Meta removed 8 million accounts": a body counting
    what it did, in a finite clause (not "sued to block the $5.6 billion deal", "will refund")
    whose object is the figure's own noun."""
    return verb.lemma_.lower() in ctx.t["done_verbs"] and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") \
        and child.dep_ == "dobj" and verb.dep_ not in ("xcomp", "advcl", "acl", "pcomp") \
        and not any(c.dep_ == "aux" and c.lower_ in ("to", "will", "would", "could", "should", "may", "might")
                    for c in verb.children)


def _fronted_survey_owner(doc_tok: Token, verb: Token, ctx: Context) -> int | None:
    """Whose unnamed survey a fronted "In a survey of ..." is: the organisation or body that is the
    subject of the finding verb (a pronoun subject is the one named last), when the survey has
    no name words of its own."""
    if verb.lemma_.lower() not in ctx.t["cite_verbs"] or _quoted_title(doc_tok) or doc_tok.pos_ != "NOUN" \
            or doc_tok.lemma_.lower() not in PUBLISHABLE or any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an"))
            or (c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()) for c in doc_tok.children):
        return None  # (not "In its annual report", "In the report, <title>", "In a Gallup survey")
    if any(w.lower_ in ("by", "for", "commissioned", "conducted") for w in doc_tok.subtree):
        return None  # "In a survey of 2,000 adults commissioned by Barnardo's, YouGov found": not YouGov's own
    for s in subjects(verb):
        # the subject by its name, or "it" (the organisation named last); a description ("the
        # charity") is left to the reporting-clause rules
        idx = ctx.last_named(s, ("Organization", "GovernmentBody"), lo=max(0, s.sent.start - 200)) \
            if s.lower_ in ("it", "they") else ctx.r.mention_at(s).entity if ctx.r.mention_at(s) is not None else None
        if idx is not None and ctx.cls(idx) in ("Organization", "GovernmentBody"):
            return idx
    return None


def _fronted_survey(doc_tok: Token, verb: Token, ctx: Context) -> tuple[int, int] | None:
    """"In a survey of 11,000 consumers, it found that 7 in 10 ...", "In a survey of 2,000 parents,
    the Harbour Trust found ...": (the subject, its survey), the survey named by its author."""
    pub = _fronted_survey_owner(doc_tok, verb, ctx)
    if pub is None:
        return None
    rep = _published_report(ctx, doc_tok, pub)
    ctx.report_author.setdefault(rep, pub)
    return pub, rep


def _citer_for(stat: Stat, ctx: Context) -> list[tuple[int, str]]:
    """Walk up from the statistic to the reporting verbs above it; their subjects cite it."""
    out: list[tuple[int, str]] = []
    node = stat.head
    seen = 0
    while node.head.i != node.i and seen < 12:
        seen += 1
        child, node = node, node.head
        lemma = node.lemma_.lower()
        if node.pos_ in ("VERB", "AUX") and not out:
            # "In the Youth Risk Behavior Survey conducted by the CDC, 42 percent said ...": a
            # fronted "in <report>" is the source of the clause's figures
            for p in node.children:
                if p.dep_ == "prep" and p.lower_ == "in" and p.i < stat.start and _sentence_start(p) == p.i:
                    for doc_tok in (x for x in p.children if x.dep_ == "pobj"):
                        rep = ctx.r.cluster_at(doc_tok)
                        if rep is None and doc_tok.pos_ == "NOUN" and doc_tok.lemma_.lower() in PUBLISHABLE \
                                and not any(c.dep_ == "poss" for c in doc_tok.children):
                            own = _fronted_survey(doc_tok, node, ctx)
                            if own is not None:
                                rep = own[1]
                            else:
                                rep = ctx.report(doc_tok)  # "In a Gallup survey conducted in May, 72% said"
                                if not any(ch.isupper() for ch in ctx.r.clusters[rep].name):
                                    rep = None  # "In a representative survey ...": no name a reader would give it
                        if rep is not None and ctx.cls(rep) == "Report":
                            out.append((rep, "cites.in_report"))
        if child.dep_ in ("prep", "mark") and child.lower_ in ("despite", "unlike", "although", "though", "notwithstanding"):
            break  # "Despite data revealing N ..., the company told ...": not the speaker's figure
        if node.pos_ == "VERB" and node.dep_ in ("acl", "advcl") and node.tag_ == "VBG" and lemma in ctx.t["cite_verbs"] \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and not out and asserted(node):
            # "published a report in October showing that 1.8 million ...": the report shows it
            verb = node.head.head if node.dep_ == "acl" else node.head
            doc_tok = node.head if node.dep_ == "acl" else next(iter(objects(verb)), None)
            rep = ctx.r.cluster_at(doc_tok) if doc_tok is not None else None
            if rep is None and doc_tok is not None and doc_tok.pos_ == "NOUN" and doc_tok.lemma_.lower() in PUBLICATIONS:
                pub = next((idx for x in subjects(verb) for idx in [ctx.entity(x)] if idx is not None
                            and ctx.cls(idx) in PUBLISHER_CLASSES), None) \
                    if verb.lemma_.lower() in ctx.t["publish_verbs"] and doc_tok.head == verb else None
                rep = _published_report(ctx, doc_tok, pub) if pub is not None else ctx.report(doc_tok)
            if rep is not None and ctx.cls(rep) == "Report":
                out.append((rep, "cites.nearest_verb"))
                continue
        if node.pos_ in ("VERB", "AUX") and not out:
            # "About 48,000 customers opened accounts, the FCA said, and nearly half ...": a
            # reporting clause set in the middle (parataxis) speaks for the clause it interrupts
            para = next((c for c in node.children if c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS
                         and (c.i > stat.start or child.dep_ == "conj") and any(x.dep_ == "nsubj" for x in c.children)), None)
            if para is not None and asserted(para):
                for s in subjects(para):
                    idx = first(ctx.possessed(s), ctx.pronoun(s), ctx.entity(s, allow_report=True))
                    if idx is None and (s.lemma_.lower() in SOURCE_NOUNS or s.lower_ in SOURCE_NOUNS):
                        idx = ctx.source_of(s)
                    idx = ctx.makers.get(idx, idx)
                    if idx is not None and (ctx.cls(idx) in CITER_CLASSES or _named_speaker(s, idx, stat, ctx)):
                        ctx.citer_verb[(stat.start, idx)] = para.lemma_.lower()
                        out.append((idx, "cites.nearest_verb"))
                        break
                if out:
                    continue
        if node.pos_ in ("VERB", "AUX") and (lemma in ctx.t["cite_verbs"] or _done(node, child, ctx)):
            if child.dep_ in ("nsubj", "nsubjpass"):
                continue  # the figure is inside the subject ("X, bought for $69 billion, reports ...")
            if not asserted(node):
                return []
            for s in subjects(node):
                idx = first(ctx.possessed(s), ctx.pronoun(s), ctx.entity(s, allow_report=True))
                if idx is None and (s.lemma_.lower() in SOURCE_NOUNS or s.lower_ in SOURCE_NOUNS):
                    idx = ctx.source_of(s)
                idx = ctx.makers.get(idx, idx)  # "Vanta said": the app's maker speaks
                speaker = idx is not None and lemma in SPEECH_VERBS and _named_speaker(s, idx, stat, ctx)
                if idx is not None and (ctx.cls(idx) in CITER_CLASSES or speaker) and all(idx != o for o, _ in out):
                    # "X said in its annual report that ...": the report states it too
                    for p in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "in"
                              and not (c.i < stat.start and _sentence_start(c) == c.i and any(
                                  x.dep_ == "pobj" and _fronted_survey_owner(x, node, ctx) is not None
                                  for x in c.children))):  # (a fronted survey of the subject's: read above)
                        for doc_tok in (x for x in p.children if x.dep_ == "pobj"):
                            rep = ctx.r.cluster_at(doc_tok)
                            if rep is None and doc_tok.lemma_.lower() in PUBLICATIONS:
                                rep = ctx.report(doc_tok)
                            if rep is not None and ctx.cls(rep) == "Report" and rep != idx:
                                out.append((rep, "cites.in_report"))
                    rule = "cites.nearest_verb" if not out else "cites.outer_verb"
                    ctx.citer_verb[(stat.start, idx)] = lemma
                    if out and ctx.cls(out[0][0]) != "Company" and ctx.cls(idx) == "Report" and not any(ch.isupper() or ch.isdigit() for ch in ctx.r.clusters[idx].name):
                        break  # "its annual report showed the commission received ...": the named source is enough
                    out.append((idx, rule))
                    break
        if node.dep_ == "prep" and node.lower_ == "from" and child.dep_ == "pobj":
            continue
    # "The complaint cites documents estimating that Snap received ...": the company is what the
    # figure is about; the source is the complaint
    if len(out) > 1 and ctx.cls(out[0][0]) == "Company":
        out = [(idx, "cites.nearest_verb" if k == 0 else rule) for k, (idx, rule) in enumerate(out[1:])]
    return out


def _report_subject(sent: Span, ctx: Context) -> int | None:
    """"A University of Pittsburgh study published Monday tracked 2,400 students.": the named
    report a sentence is about, whose findings the next sentences may go on to give."""
    if not any(c.cls == "Report" for c in ctx.r.clusters) and not PUBLISHABLE & ctx.lemmas(sent):
        return None  # no report known and none named here
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or not asserted(root):
        return None
    for s in subjects(root):
        idx = ctx.r.cluster_at(s)
        if idx is None and s.lemma_.lower() in PUBLISHABLE and s.pos_ == "NOUN":
            idx = ctx.report(s)
        if idx is not None and ctx.cls(idx) == "Report" and any(ch.isupper() for ch in ctx.r.clusters[idx].name):
            return idx
    return None


def cites(sent: Span, ctx: Context) -> Iterator[Found]:
    stats = ctx.stats.get(sent.start, [])
    if not stats:
        rep = _report_subject(sent, ctx)
        if rep is not None:
            ctx.citers_of[sent.start] = [rep]  # its findings may follow
        return
    sentence_citers: list[int] = []
    according = []
    for t in ctx.tokens(sent):
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            according += [p for x in t.doc[t.i + 1].children if x.dep_ == "pobj" for p in conjuncts(x)]
    acc = _cluster_list(ctx, according, CITER_CLASSES, allow_report=True)
    for t in according:
        behind: list[int | None] = []
        if (t.lemma_.lower() in SOURCE_NOUNS or t.lower_ in SOURCE_NOUNS) and ctx.entity(t) is None:
            behind.append(ctx.source_of(t))  # "according to Federal Trade Commission data"
            # "according to data it shared with the Nation", "according to figures the agency released"
            for rel in (c for c in t.children if c.dep_ == "relcl" and c.lemma_.lower() in SHARE_VERBS):
                for s in (x for x in rel.children if x.dep_ == "nsubj"):
                    behind.append(first(ctx.pronoun(s) if s.pos_ == "PRON" else None, ctx.entity(s)))
            doc = t.doc
            if t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("it", "they") and doc[t.i + 2].lemma_.lower() in SHARE_VERBS:
                # (the parser may not see the relative clause: "according to data it shared with the Nation")
                behind.append(ctx.last_named(doc[t.i + 1], ("GovernmentBody", "Organization", "Company"), t.i - DESCRIPTION_WINDOW))
        if ctx.cls(ctx.r.cluster_at(t)) == "Report" or t.lemma_.lower() in REPORT_NOUNS:
            # "according to the FTC complaint": the agency behind the filing too
            filers = [m.entity for c in t.children if c.dep_ in ("compound", "poss")
                      for m in [ctx.r.mention_at(c)] if m is not None and ctx.cls(m.entity) in ("GovernmentBody", "Official")]
            if t.lemma_.lower() in ctx.t["suit_nouns"]:
                # "according to the Justice Department's complaint", "the coalition's complaint": the
                # plaintiff named with its filing is the source, not the filing
                filers += [idx for c in t.children if c.dep_ == "poss" and ctx.r.mention_at(c) is None
                           for idx in [ctx.entity(c, allow_group=True)] if idx is not None
                           and ctx.cls(idx) in ("GovernmentBody", "Official") and idx not in filers]
                if filers:
                    acc = [i for i in acc if i != ctx.entity(t, allow_report=True)]
            behind += filers
        acc += [idx for idx in dict.fromkeys(behind) if idx is not None and ctx.cls(idx) in CITER_CLASSES and idx not in acc]
    for st in stats:
        found = _citer_for(st, ctx)
        if acc:  # "According to the FTC, Lumen received 52,000 reports": the figure is about Lumen
            found = [(idx, rule) for idx, rule in found if ctx.cls(idx) not in ("Company", "Platform")
                     or ctx.citer_verb.get((st.start, idx)) in SPEECH_VERBS]
        # "a survey by X found 41%": the survey cites the figure and X published the survey; X is
        # not a second citer (the graph answers "what did X report" through `published`)
        cited: list[int] = []
        for idx, rule in found + [(i, "cites.according_to") for i in acc]:
            if idx not in cited:
                cited.append(idx)
                yield Found(idx, "cites", Arg(stat=st), rule)
        sentence_citers += [i for i in cited if i not in sentence_citers]
    ctx.citers_of[sent.start] = sentence_citers
    if not sentence_citers:
        listed = list(_listed_findings(sent, ctx, stats))
        yield from listed
        if not listed:
            carried = list(_carried_citers(sent, ctx, stats))
            yield from carried
            if not carried:
                rep = _report_subject(sent, ctx)  # "A study ... tracked 2,400 students.": a sample, no finding
                if rep is not None:
                    ctx.citers_of[sent.start] = [rep]


FINDINGS_CUES = {"find", "finding", "findings", "show", "highlight", "highlights"}
BULLETS = {"•", "-", "*", "–", "·", "▪", "◦"}


def findings_lists(sent: Span, ctx: Context) -> Iterator[Found]:
    """"Key findings:", "It found that:", "Other findings in the report:" opens a list, one
    item a line, whose figures are the findings of the source the opening line names (or of the
    report named just before it). Yields nothing: ``cites`` reads the list (``_listed_findings``)."""
    if ctx.findings_list is not None:
        sources, last, opening = ctx.findings_list
        ctx.findings_list = (sources, sent.start, False) if _next_list_item(sent, last, opening) else None
    toks = [t for t in ctx.tokens(sent) if not t.is_space]
    if not toks or toks[-1].text != ":" or len(toks) > 16 \
            or not any(t.lemma_.lower() in FINDINGS_CUES or t.lower_ in FINDINGS_CUES for t in toks):
        return
    sources = [m.entity for m in ctx.r.between(sent.start, sent.end)
               if m.entity is not None and ctx.cls(m.entity) in CITER_CLASSES]
    sources += [idx for t in toks if t.pos_ == "NOUN" and t.lemma_.lower() in PUBLICATIONS
                for idx in [ctx.r.cluster_at(t)] if idx is not None and ctx.cls(idx) == "Report"]
    sources += [idx for t in toks if t.lower_ == "it" for idx in [ctx.pronoun(t)] if idx is not None]  # "It found that:"
    if not sources:  # "Key findings:", "Its headline findings:": the report named in the two sentences before
        sent_of = sent.doc.user_data.get("kg_sent_of")
        lo = sent.start
        for _ in range(2):
            lo = sent_of[lo - 1] if sent_of and lo > 0 else lo
        reports = [m.entity for m in list(ctx.r.between(lo, sent.start)) + [m for m in ctx.r.made if lo <= m.start < sent.start]
                   if m.entity is not None and ctx.cls(m.entity) == "Report"]
        sources = reports[-1:]
    if sources:
        ctx.findings_list = (list(dict.fromkeys(sources)), sent.start, True)
    return
    yield


def _next_list_item(sent: Span, last: int, opening: bool) -> bool:
    """Whether ``sent`` is the next item of a list whose previous line starts at ``last``: on a
    line of its own (bullets between are skipped), the line before not closed by a full stop,
    and no blank line between items (one may follow the opening line)."""
    doc = sent.doc
    sent_of = doc.user_data.get("kg_sent_of")
    if not sent_of or sent.start == 0 or doc[sent.start].text in ('"', "“", "'", "‘"):
        return False
    k = sent_of[sent.start - 1]
    while k > last and doc[k:sent.start].text.strip() in BULLETS:
        k = sent_of[k - 1] if k > 0 else k
    if k != last:
        return False
    prev_text = doc[last:sent.start].text + doc[sent.start - 1].whitespace_
    body = prev_text.rstrip("".join(BULLETS) + " \t\n")
    gap = prev_text[len(body):]
    if not opening and gap.count("\n") > 1:
        return False  # a blank line after the items ends the list
    return "\n" in gap and not body.endswith((".", "!", "?"))


def _listed_findings(sent: Span, ctx: Context, stats: list[Stat]) -> Iterator[Found]:
    """The items of a findings list (each with a figure and no source of its own) are the
    findings of the source the list opened with."""
    if ctx.findings_list is None or ctx.findings_list[1] != sent.start:
        return
    for st in stats:
        for idx in ctx.findings_list[0]:
            yield Found(idx, "cites", Arg(stat=st), "cites.listed")


MAX_CARRIED = 6  # sentences of figures a report's run of findings may go on for


def _carried_citers(sent: Span, ctx: Context, stats: list[Stat]) -> Iterator[Found]:
    """"The report found that 43% had been blocked. One in three of those never learned why.": a
    sentence of figures with no source of its own, right after a sentence whose figures a report
    gives, goes on with that report (not when it names another possible source; a speaker's
    figures are not carried, a quote may follow)."""
    sent_of = sent.doc.user_data.get("kg_sent_of")
    if not sent_of or sent.start == 0:
        return
    before = [i for i in ctx.citers_of.get(sent_of[sent.start - 1], []) if ctx.cls(i) == "Report"]
    if not before or any(m.entity is not None and ctx.cls(m.entity) in CITER_CLASSES
                         for m in ctx.r.between(sent.start, sent.end)):
        return
    if any(t.lower_ == "according" or (t.lemma_ in ("say", "tell") and any(
            c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN") for c in t.children)) for t in ctx.tokens(sent)):
        return  # a speaker of its own ("she said"), not the respondents' "said"
    if any(t.lemma_.lower() in PUBLISHABLE and t.dep_ == "nsubj" and t.head.lemma_.lower() in ctx.t["cite_verbs"]
           and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
           for t in ctx.tokens(sent)):
        return  # "A separate survey by X found ...": a source of its own, named or not
    depth = ctx.carried_depth.get(sent_of[sent.start - 1], 0) + 1
    if depth > MAX_CARRIED:
        return
    for st in stats:
        for idx in before:
            yield Found(idx, "cites", Arg(stat=st), "cites.carried")
    # "... found that 64% had used one. 38% had used two. One in five ...": the run goes on
    ctx.citers_of[sent.start] = before
    ctx.carried_depth[sent.start] = depth


def source_credit(sent: Span, ctx: Context, previous: Span | None) -> Iterator[Found]:
    """"55% of victims were recruited online. (Human Trafficking Institute)": a source line
    in parentheses credits the statistics of the sentence before it."""
    if previous is None:
        return
    for m in ctx.r.between(sent.start, sent.end):
        if m.entity is not None and ctx.cls(m.entity) in CITER_CLASSES:
            for st in ctx.stats.get(previous.start, []):
                yield Found(m.entity, "cites", Arg(stat=st), "cites.source_credit")


LEGAL_FILINGS = {"complaint", "lawsuit", "suit", "filing", "petition"}
TITLE_WORDS = {"titled", "entitled", "called", "title", "headlined"}
PUBLISHABLE = REPORT_NOUNS - LEGAL_FILINGS  # reports, surveys, tip lines: not court filings
# the words ``published`` starts from besides names and modified nouns ("carry": "carried out by")
_PUBLISHING_WORDS = frozenset(REPORT_NOUNS | PUBLICATIONS | {"carry"})


def _unquoted_title(doc, start: int) -> str | None:
    """A title from ``start`` (after "titled"), quoted or not, up to the comma or full stop after
    it: 'titled "Dark Corners: Encryption and the Tipline Gap,"', "titled Swipe Left on Fees,",
    "titled Gems, Coins and Surprises,"."""
    k = start
    quotes = ('"', "“", "'", "‘")
    if k < len(doc) and doc[k].text in quotes:
        e = k + 1
        while e < len(doc) and e - k <= 14 and doc[e].text not in ('"', "”", "'", "’"):
            e += 1
        if e < len(doc) and e - k <= 14 and e > k + 1 and doc[k + 1].text[:1].isupper():
            return doc[k + 1:e].text.strip(" ,.:;")
        return None
    first = k
    k = _title_words_end(doc, first, 12)
    closed = k < len(doc) and (doc[k].text in (",", ".") or (
        k + 1 < len(doc) and doc[k].lower_ in TITLE_FUNCTION_WORDS and doc[k + 1].ent_type_ == "DATE"))  # "... in May"
    if k > first + 2 and k < len(doc) and doc[k - 1].lower_ == "and" and doc[k].text.islower() and doc[k].pos_ == "VERB":
        k, closed = k - 1, True  # "titled Pay to Play and published in May": the title ends before "and"
    if k > first and k < len(doc) and _title_end_ok(doc[k - 1]) and doc[first].text[:1].isupper() and closed:
        if doc[k].text == ",":
            k = _title_list_end(doc, k)
        return doc[first:k].text.strip(" :")
    return None


def _title_words_end(doc, first: int, limit: int) -> int:
    """Past the capitalised words, function words, numbers and colons of a title from ``first``."""
    k = first
    while k < len(doc) and k - first <= limit and not (
            k > first and doc[k].lower_ in TITLE_FUNCTION_WORDS and k + 1 < len(doc) and doc[k + 1].ent_type_ == "DATE"
            and doc[k + 1].ent_iob_ == "B") and (doc[k].text[:1].isupper() or doc[k].lower_ in TITLE_FUNCTION_WORDS
                                                  or doc[k].like_num or doc[k].text in (":", "-", "–")
                                                  or (doc[k].lower_ in ("'s", "’s") and k > first)):
        k += 1
    return k


def _title_end_ok(last: Token) -> bool:
    """A title ends on a content word, or on a capitalised particle ("Always On", "Logged Out")."""
    return last.lower_ not in TITLE_FUNCTION_WORDS or (last.text[:1].isupper() and last.lower_ in TITLE_END_PARTICLES)


def _title_list_end(doc, comma: int) -> int:
    """'titled Gems, Coins and Surprises, found': a title that is itself a list of capitalised
    words ends at the comma after its last item ("and"/"or" before it), not at its first comma."""
    k = comma
    while k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].text[:1].isupper():
        e = k + 1
        while e < len(doc) and e - k <= 4 and doc[e].text[:1].isupper() and doc[e].ent_type_ not in ("DATE", "GPE"):
            e += 1
        if e < len(doc) and doc[e].lower_ in ("and", "or", "&") and e + 1 < len(doc) and doc[e + 1].text[:1].isupper():
            f = e + 1
            while f < len(doc) and f - e <= 4 and doc[f].text[:1].isupper():
                f += 1
            return f if f < len(doc) and doc[f].text in (",", ".") else comma
        if e >= len(doc) or doc[e].text != ",":
            return comma
        k = e
    return comma


def _title_after(tok: Token) -> str | None:
    """The title right after "titled"/"under the title": 'titled "Always On,"', "titled Swipe Left on Fees,"."""
    doc = tok.doc
    j = tok.i + 1
    if j < len(doc) and doc[j].lower_ == "as":
        j += 1
    if j < len(doc) and doc[j].text not in ('"', "“", "‘", "'") and tok.lower_ in ("titled", "entitled"):
        return _unquoted_title(doc, j)
    if j >= len(doc) or doc[j].text not in ('"', "“", "‘", "'"):
        return None
    k = j + 1
    while k < len(doc) and k - j <= 14 and doc[k].text not in ('"', "”", "’", "'"):
        k += 1
    if k >= len(doc) or k - j > 14 or k == j + 1:
        return None
    return doc[j + 1:k].text.strip(" ,.;:")


def _titled_report(tok: Token, ctx: Context) -> int | None:
    """The report a "titled"/"under the title" phrase names."""
    node = tok
    # "published a report on Tuesday titled X": the parser hung "titled" on the verb of its report
    objs = [o for o in tok.head.children if o.dep_ == "dobj" and o.i < tok.i and o.lemma_.lower() in PUBLISHABLE
            and o.pos_ == "NOUN"] if tok.dep_ in ("advcl", "xcomp") and tok.head.pos_ == "VERB" else []
    for _ in range(6):  # "titled" (acl of the noun, or of its author's name) / "under the title" (pobj -> prep -> verb -> noun)
        node = objs[0] if len(objs) == 1 and node is tok else node.head
        if node.lemma_.lower() in PUBLISHABLE and node.pos_ in ("NOUN", "PROPN"):
            idx = ctx.r.cluster_at(node)
            if idx is None:
                idx = ctx.report(node)
            if ctx.cls(idx) != "Report":
                return None
            # "X published a report titled Y": the publishing verb, read later, finds the titled report
            node.doc.user_data.setdefault("kg_titled_report", {}).setdefault(node.i, idx)
            return idx
        if node.dep_ in ("relcl", "acl") and node.head.lemma_.lower() in PUBLISHABLE:
            continue
        if node.head.i == node.i:
            break
    # 'Titled "Sold a Dream", it found that ...': a fronted participle names the clause's subject
    if tok.i == _sentence_start(tok) and tok.head.pos_ in ("VERB", "AUX"):
        for s in subjects(tok.head):
            idx = first(ctx.pronoun(s) if s.pos_ == "PRON" else None, ctx.entity(s, allow_report=True))
            if idx is not None and ctx.cls(idx) == "Report":
                return idx
    # "according to the report, titled "X"": the parser hung "titled" on the verb
    for j in range(tok.i - 1, max(tok.sent.start, tok.i - 4) - 1, -1):
        w = tok.doc[j]
        if w.is_punct:
            continue
        if w.dep_ == "pobj" and w.head.lower_ == "by" and w.head.head.lemma_.lower() in PUBLISHABLE:
            w = w.head.head  # "a report by the Norwegian Consumer Council, titled Pay to Play"
        if w.lemma_.lower() in PUBLISHABLE and w.pos_ in ("NOUN", "PROPN"):
            idx = first(ctx.r.cluster_at(w), ctx.report(w))
            return idx if ctx.cls(idx) == "Report" else None
        break
    return None


def _carried_out(verb: Token) -> bool:
    """"a survey carried out by X": the phrasal verb of conducting a study."""
    return verb.lemma_.lower() == "carry" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _report_like(tok: Token, ctx: Context) -> bool:
    """A report, survey, tip line or data service: published by an organisation, never owned."""
    return tok.lemma_.lower() in REPORT_NOUNS or ctx.cls(ctx.r.cluster_at(tok)) == "Report" or _service_line(tok)


def _service_line(tok: Token) -> bool:
    """"the ChatSafe tip line", "the NoShame Text Line": a named line people call or text."""
    return tok.lemma_.lower() == "line" and any(
        c.dep_ == "compound" and (c.pos_ == "PROPN" or c.lower_ in ("tip", "help", "text", "hot", "crisis", "report"))
        for c in tok.children)


TITLE_FUNCTION_WORDS = {"the", "of", "at", "in", "on", "for", "and", "or", "a", "an", "to", "from", "with", "by", "&", "-", ":",
                        "but", "into", "about", "over", "under", "without", "between", "versus", "vs", "vs."}
# a title may end on one of these when it is capitalised: "Always On", "Logged Out", "Left Behind"
TITLE_END_PARTICLES = {"on", "in", "off", "out", "up", "down", "over", "through", "along", "by", "back", "around",
                       "away", "behind", "under"}


def _appos_title(tok: Token, ctx: Context) -> str | None:
    """'The charity's report, Behind the Screen, found ...': a capitalised title between
    commas right after a report noun (not a name, a date or a place)."""
    doc = tok.doc
    j = tok.i + 1
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("titled", "entitled", "called"):
        # "The report, titled Hidden Servers, found", 'The study, titled "Dark Corners," found'
        return _unquoted_title(doc, j + 2)
    if j + 1 >= len(doc) or doc[j].text != "," or not doc[j + 1].is_title:
        return None
    k = j + 1
    while k < len(doc) and k - j <= 12 and (doc[k].is_title or doc[k].lower_ in TITLE_FUNCTION_WORDS or doc[k].like_num
                                            or (doc[k].text == ":" and k > j + 1)  # "Tracked: Women's Health Apps"
                                            or (doc[k].lower_ in ("'s", "’s") and k > j + 1)):
        k += 1
    if k >= len(doc) or doc[k].text != "," or k - j < 3 or not _title_end_ok(doc[k - 1]):
        return None
    words = doc[j + 1:k]
    if words[0].ent_type_ in ("DATE", "TIME", "GPE", "PERSON", "NORP", "LOC") \
            or any(t.ent_type_ in ("DATE", "TIME") and not (t.i == words.end - 1 and t.shape_ == "dddd") for t in words):
        return None  # "The study, Lost in the Feed, ..." (NER may call "Feed" a person)
    m = ctx.r.mention_at(words[0])
    if m is not None and m.start == words.start and m.end >= words.end:
        return None  # "The survey, Pew Research Center, ..." names its author, not a title
    return words.text


def _titled_in_apposition(sent: Span, ctx: Context) -> Iterator[Found]:
    """'A new report by the NSPCC ... The charity's report, Behind the Screen, found',
    'a study published by X ... The study, "Screens at Bedtime," surveyed': a definite report
    noun with a title in apposition names the untitled report of its author."""
    for t in ctx.tokens(sent):
        if t.pos_ != "NOUN" or t.lemma_.lower() not in PUBLISHABLE or t.i + 1 >= len(t.doc) or t.doc[t.i + 1].text != ",":
            continue
        dets = [c for c in t.children if c.dep_ in ("det", "poss")]
        if not dets or not all(c.dep_ == "poss" or c.lower_ in ("the", "this", "its", "their") for c in dets):
            continue
        quoted = t.i + 2 < len(t.doc) and t.doc[t.i + 2].text in ('"', "“")  # 'The study, "X," ...'
        title = (_quoted_title(t) if quoted else None) or _appos_title(t, ctx)
        if not title:
            continue
        author = None
        for c in dets:
            if c.dep_ == "poss":
                author = possessor(c, ctx, PUBLISHER_CLASSES) if c.pos_ == "PRON" else ctx.entity(c)
                if author is None and c.lower_ in ("its", "their"):  # the publisher named in the sentence before
                    start = _sentence_start(c)
                    author = ctx.last_named(c, tuple(PUBLISHER_CLASSES), _sentence_start(c.doc[start - 1]) if start else 0)
        firsts = {i: min(m.start for m in ctx.r.clusters[i].mentions) for i in ctx.report_author if ctx.r.clusters[i].mentions}
        earlier = [(firsts[i], i) for i, a in ctx.report_author.items()
                   if i in firsts and firsts[i] < t.i and ctx.r.clusters[i].title is None
                   and (" " + ctx.r.clusters[i].name).endswith(" " + t.lemma_.lower()) and (author is None or a == author)]
        if author is None and earlier:
            author = ctx.report_author[max(earlier)[1]]
        idx = ctx.r.cluster_at(t)
        if author is None and idx is not None and ctx.r.clusters[idx].title is None:
            author = ctx.report_author.get(idx)  # "its first review ... The report, X, found": the review is X
        if author is None and t.dep_ == "nsubjpass" and t.head.lemma_.lower() in ctx.t["publish_verbs"] and asserted(t.head):
            # "The report, Safe to Connect, was released this morning by Tiaki Online"
            agents = _cluster_list(ctx, pobjs(t.head, ("by",)), PUBLISHER_CLASSES)
            author = agents[0] if agents else None
        if author is None or ctx.cls(author) not in PUBLISHER_CLASSES:
            continue
        if idx is None or ctx.cls(idx) != "Report":
            idx = ctx._make(title, "Report", t)
        c = ctx.r.clusters[idx]
        if c.title is None:
            if c.name not in c.surfaces and c.name != title:
                c.surfaces.append(c.name)
            c.title = title
        ctx.report_author.setdefault(idx, author)
        t.doc.user_data.setdefault("kg_titled_report", {})[t.i] = idx
        for _, other in earlier:
            if other != idx:
                ctx.r.fold(other, idx)
        yield Found(author, "published", Arg(cluster=idx), "published.titled")


def report_titles(sent: Span, ctx: Context) -> Iterator[Found]:
    """'The report, titled "Always On," ...', 'which the trust published under the title "X"':
    the title names the report (and the untitled reports of the same author are this one)."""
    yield from _titled_in_apposition(sent, ctx)
    for t in ctx.candidates(sent, words=TITLE_WORDS):
        if t.lower_ not in TITLE_WORDS:
            continue
        title = _title_after(t)
        if not title or not any(ch.isalpha() for ch in title):
            continue
        idx = _titled_report(t, ctx)
        if idx is None:
            continue
        c = ctx.r.clusters[idx]
        # a report without a name of its own ("the survey", "X study") takes the title
        unnamed = c.title is None and (not c.name[:1].isupper() or all(m.source == "report" for m in c.mentions))
        if unnamed or idx in ctx.report_author:
            if c.name not in c.surfaces:
                c.surfaces.append(c.name)
            c.title = title
            author = ctx.report_author.get(idx)
            if author is not None:
                yield Found(author, "published", Arg(cluster=idx), "published.titled")
                for other, a in ctx.report_author.items():
                    if a == author and other != idx and ctx.r.clusters[other].title is None:
                        ctx.r.fold(other, idx)


def _by_author(n: Token) -> bool:
    """Whether a report noun names its author with "by"/"from": "a study by X", "a report from
    X", and "a survey of 1,024 couriers by X" (where the parser hangs "by" on the sample)."""
    for p in n.children:
        if p.dep_ == "prep" and p.lower_ in ("by", "from"):
            return True
        if p.dep_ == "prep" and p.lower_ == "of" and any(
                o.dep_ == "pobj" and o.pos_ == "NOUN" and any(q.dep_ == "prep" and q.lower_ == "by" for q in o.children)
                for o in p.children):
            return True
    return False


def _report_positions(sent: Span, ctx: Context) -> set[int]:
    """Where ``published`` may find a report by something other than its trigger words: a name
    (its class may be Report), a description of a report ("the survey") or a noun with modifiers
    ("the tip line", spelled like a name used before), a service line ("its 1-800 line")."""
    by_token, modified, lines = ctx.r.by_token, ctx.modified(sent), _positions(sent.doc, "LOWER", LINE_NOUNS)
    return {i for i in range(sent.start, sent.end) if i in by_token or i in modified or i in lines}


def published(sent: Span, ctx: Context) -> Iterator[Found]:
    """"NCMEC's CyberTipline" (possessive on a report) and "X published a report"."""
    if sent.start in sent.doc.user_data.get("kg_questions", ()):
        return  # "Want more analysis from POLITICO?": a question asserts nothing
    for n in ctx.candidates(sent, ctx.t["cite_verbs"] | ctx.t["publish_verbs"] | _PUBLISHING_WORDS, _report_positions(sent, ctx)):
        if n.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue  # every branch below starts from a noun, a name or a verb
        of_body = n.lemma_.lower() in ("report", "assessment", "index") and n.pos_ == "NOUN" and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(ctx.cls(ctx.entity(o)) in ("GovernmentBody", "Organization")
                                                          for o in p.children if o.dep_ == "pobj") for p in n.children)
        journal = next((j for a in n.children if a.dep_ == "acl" and a.tag_ == "VBN"
                        for j in [ctx._journal(a)] if j is not None), None) \
            if n.lemma_.lower() in PUBLISHABLE and n.pos_ == "NOUN" else None
        own = _fronted_survey(n, n.head.head, ctx) if n.dep_ == "pobj" and n.head.lower_ == "in" \
            and _sentence_start(n.head) == n.head.i and n.head.head.pos_ in ("VERB", "AUX") and ctx.r.cluster_at(n) is None \
            else None
        if own is not None:  # "In a survey of 2,000 parents, the Harbour Trust found ..."
            yield Found(own[0], "published", Arg(cluster=own[1]), "published.by")
            continue
        if journal is not None and ctx.source_of(n) == journal:
            # "a study published in Health Affairs": the journal published it (not "A Harlow
            # Institute study published in X": the institute's study, the author rules' business)
            rep = ctx.r.cluster_at(n)
            rep = rep if rep is not None and ctx.cls(rep) == "Report" else ctx.report(n)
            if ctx.cls(rep) == "Report":
                yield Found(journal, "published", Arg(cluster=rep), "published.journal")
            continue
        if n.lemma_.lower() in PUBLISHABLE and n.pos_ in ("NOUN", "PROPN") \
                and (of_body or _by_author(n)):
            # ("the latest annual report of the Financial Crimes Investigation Board")
            # "a study by the Senior Shield Institute", "A report from the Brightwater Trust"
            rep = ctx.r.cluster_at(n)
            if rep is None or ctx.cls(rep) != "Report":
                rep = ctx.report(n)
            author = ctx.report_author.get(rep)
            if author is None and ctx.r.mention_at(n) is not None:  # "the 2024 Game User Survey by the agency"
                author = ctx.source_of(n)
                author = author if author is not None and ctx.cls(author) in PUBLISHER_CLASSES else None
            if author is not None and ctx.cls(rep) == "Report":
                yield Found(author, "published", Arg(cluster=rep), "published.by")
        elif n.lemma_.lower() in PUBLISHABLE and n.pos_ == "NOUN" and ctx.r.mention_at(n) is None:
            # "A Pew Research Center survey released in December found ...": the author in the name
            named = [ctx.r.mention_at(c) for c in n.children if c.dep_ in ("compound", "nmod") and c.i < n.i]
            named = [m for m in named if m is not None and m.entity is not None and ctx.cls(m.entity) in PUBLISHER_CLASSES]
            if len(named) == 1:
                rep = ctx.r.cluster_at(n)
                if rep is None or ctx.cls(rep) != "Report":
                    rep = ctx.report(n)
                if ctx.cls(rep) == "Report" and ctx.report_author.get(rep) == named[0].entity:
                    yield Found(named[0].entity, "published", Arg(cluster=rep), "published.by")
            elif not named and n.lemma_.lower() in ("poll", "survey") and n.i >= 1:
                yield from _pollster(n, ctx)
        idx = ctx.r.cluster_at(n) if n.pos_ in ("NOUN", "PROPN") else None
        # the possessive may hang on a word of the title ("The ACCC's Targeting Scams report")
        title_poss = [c for x in n.lefts if x.dep_ in ("compound", "amod") for c in x.children if c.dep_ == "poss"]
        if idx is None and (n.pos_ == "NOUN" and n.lemma_.lower() in PUBLICATIONS - {"forecast"} or (
                n.pos_ in ("NOUN", "PROPN") and n.lower_ in LINE_NOUNS and any(c.dep_ in ("compound", "nmod", "nummod") and c.i < n.i
                                                       and (c.text[:1].isupper() or c.like_num) for c in n.children)
                and (n.lower_ != "line" or any(c.like_num or c.lower_ in HELP_LINE_WORDS for c in n.children if c.i < n.i)))):
            # (not "Amazon's Echo line": a product line)
            # "said in its annual report that ...", "its report "Toll Roads,"", "its Guvenli Cocuk hotline"
            owners = [c for c in n.children if c.dep_ == "poss"] + title_poss
            if any(c.lower_ in ("its", "their") or _quoted_title(n)
                   or (c.pos_ == "PROPN" and ctx.cls(ctx.entity(c)) in PUBLISHER_CLASSES) for c in owners):
                idx = ctx.report(n)
        if idx is not None and ctx.cls(idx) == "Report":
            m = ctx.r.mention_at(n)
            if m is not None and n.i != m.end - 1:
                continue
            # the possessive may hang on a word inside the name ("Its Children's Online Tracker")
            inner = [c for k in range(m.start, m.end - 1) for c in n.doc[k].children if c.dep_ == "poss" and c.i < m.start] \
                if m is not None else title_poss
            for c in list(n.children) + inner:
                if c.dep_ == "poss":
                    # "NCMEC's CyberTipline", "Its Marketplace Trust Index"
                    pub = possessor(c, ctx, PUBLISHER_CLASSES) if c.pos_ == "PRON" else ctx.entity(c)
                    if pub is not None and ctx.cls(pub) in PUBLISHER_CLASSES:
                        yield Found(pub, "published", Arg(cluster=idx), "published.possessive")
                        # "a survey by the coalition ... The coalition's 2025 Teen Survey": one survey
                        for other, a in ctx.report_author.items():
                            if a == pub and other != idx and ctx.r.clusters[other].title is None \
                                    and ctx.r.clusters[other].name.endswith(" " + n.lemma_.lower()):
                                ctx.r.fold(other, idx)
        if n.pos_ == "VERB" and n.lemma_.lower() in ctx.t["cite_verbs"]:
            yield from _stated_in_report(n, ctx)
        # "a report released by Y", and "A review was published on Friday by Y"
        passive_subject = next((c for c in n.children if c.dep_ == "nsubjpass"), None) \
            if n.pos_ == "VERB" and n.dep_ in ("ROOT", "ccomp", "conj", "relcl") and asserted(n) else None
        if passive_subject is not None and n.dep_ == "relcl":
            # "the KIP survey, which is conducted by the Cabinet": the relative's head
            passive_subject = n.head if passive_subject.lower_ in ("which", "that") else None
        if ((n.dep_ == "acl" and _participle(n))
                or (passive_subject is not None and _report_like(passive_subject, ctx))) \
                and (n.lemma_.lower() in ctx.t["publish_verbs"] or _carried_out(n)) \
                and _public_service(n, ctx) is None:  # a service run by X: published.service
            target = n.head if passive_subject is None else passive_subject
            climbed = n.dep_ == "acl" and target.dep_ == "pobj" and target.head.lower_ == "of" \
                and target.head.head.lemma_.lower() in PUBLISHABLE and ctx.r.mention_at(target) is None
            if climbed:
                target = target.head.head  # "a survey of 3,000 adults published by X": the survey
            if target.lemma_.lower() in REPORT_NOUNS and ctx.r.mention_at(target) is None and (
                    target.dep_ == "appos" or _comma_description(target)):
                # "the X Review, a report released by Y" (however the parser attached the description)
                named = adjacent_head(target, ctx)
                named_idx = ctx.r.cluster_at(named)
                if named_idx is not None and ctx.cls(named_idx) == "Organization" and named.lemma_.lower() in REPORT_NOUNS \
                        and ctx.r.clusters[named_idx].gazetteer_id is None:
                    ctx.r.clusters[named_idx].cls = "Report"  # "the X Review, a report ...": NER's organisation
                if target.dep_ == "appos" or ctx.cls(named_idx) == "Report":
                    target = named
            rep_idx = ctx.entity(target, allow_report=True)
            if rep_idx is not None and ctx.cls(rep_idx) == "Report":
                agents = _cluster_list(ctx, pobjs(n, ("by",)), PUBLISHER_CLASSES)
                # "was conducted by YouGov on Bankrate's behalf", "... on behalf of the Center": who commissioned it
                for behalf in (t for t in n.subtree if t.lower_ == "behalf" and t.head.lower_ == "on"):
                    sponsor = [c for c in behalf.children if c.dep_ == "poss"] + pobjs(behalf, ("of",))
                    sponsors = _cluster_list(ctx, sponsor, PUBLISHER_CLASSES)
                    if sponsors:
                        agents = sponsors
                # "a study published by researchers at the University of X"
                agents += [idx for p in pobjs(n, ("by",)) if ctx.entity(p) is None and p.lemma_.lower() in SOURCE_NOUNS
                           for idx in [ctx.source_of(p)] if idx is not None and ctx.cls(idx) in PUBLISHER_CLASSES
                           and idx not in agents]
                rc = ctx.r.clusters[rep_idx]
                for pub in agents:
                    if rc.title is None and rc.name.islower():  # "a study": a later title may name it
                        ctx.report_author.setdefault(rep_idx, pub)
                        if climbed:
                            continue  # its figures are the author's; the untitled survey itself is no node
                    # "The survey was conducted by X": as "a survey by X", kept only if a title names it
                    yield Found(pub, "published", Arg(cluster=rep_idx),
                                "published.passive" if passive_subject is None else "published.by")
        if n.pos_ == "VERB" and n.lemma_.lower() in ctx.t["publish_verbs"] and asserted(n):
            objs = objects(n)
            # 'published "Always On, Never Alone," a report finding ...': the parser may not make
            # the quoted title the object
            objs += [c for c in n.children if c.dep_ in ("npadvmod", "appos", "advmod") and c.i > n.i
                     and c.lemma_.lower() in PUBLICATIONS and _quoted_title(c)]
            # "published the results in a report titled X": the report the findings appeared in
            objs += [o for o in pobjs(n, ("in",)) if o.lemma_.lower() in PUBLICATIONS and o.pos_ == "NOUN"]
            if n.dep_ == "relcl" or (n.dep_ == "conj" and n.head.dep_ == "relcl") or (
                    n.dep_ == "acl" and any(c.dep_ == "nsubj" for c in n.children)):
                clause = n if n.dep_ in ("relcl", "acl") else n.head
                # "the Wellness Survey, which the district conducted and released"; '"Level Up
                # Hate," a report the ADL released last month' (no relative pronoun)
                if any(o.lower_ in ("which", "that") for o in objects(clause)) or (
                        not objects(clause) and subjects(clause) and subjects(clause)[0] is not clause.head
                        and _report_like(clause.head, ctx)):
                    objs = [clause.head]
            for o in objs:
                if not _report_like(o, ctx):
                    continue
                for s in subjects(n):
                    pub = ctx.entity(s)
                    if pub is None or ctx.cls(pub) not in PUBLISHER_CLASSES:
                        continue
                    rep = _published_report(ctx, o, pub)
                    yield Found(pub, "published", Arg(cluster=rep), "published.verb")


def _pollster(n: Token, ctx: Context) -> Iterator[Found]:
    """"An Ipsos poll found ...", "a YouGov survey": one capitalised word before "poll"/"survey",
    read by NER as one name with it, is the pollster that ran it."""
    doc = n.doc
    word = doc[n.i - 1]
    if word.dep_ != "compound" or word.head.i != n.i or word.pos_ != "PROPN" or not word.text[:1].isupper() \
            or not word.is_alpha or ctx.r.mention_at(word) is not None or known_place(word.text) \
            or word.ent_type_ in ("DATE", "TIME", "EVENT", "NORP") or word.lower_ in WEEKDAYS \
            or (word.lower_,) in demonyms() or word.lower_ in PERIODIC | MONTHS.keys() \
            or word.text.isupper() or any(c.dep_ in ("compound", "nummod", "amod") and c.i != word.i for c in n.children) \
            or (word.i > 0 and doc[word.i - 1].text[:1].isupper() and doc[word.i - 1].pos_ != "DET"):
        return  # (not "the 2023 SHARP survey", a title, nor "a Consumer NZ survey")
    rep = ctx.report(n)
    if ctx.cls(rep) != "Report" or ctx.report_author.get(rep) is not None:
        return
    author = ctx._make(word.text, "Organization", word)
    ctx.report_author[rep] = author
    yield Found(author, "published", Arg(cluster=rep), "published.by")


def _published_report(ctx: Context, o: Token, pub: int) -> int:
    """The report that the noun ``o`` names, published by ``pub``: its own name or title, else
    "<publisher> <noun>" ("Arcom report")."""
    rep = first(ctx.r.cluster_at(o), o.doc.user_data.get("kg_titled_report", {}).get(o.i))
    if rep is None and (_quoted_title(o) or any(
            (c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in REPORT_FILLERS
             and c.lower_ not in PERIODIC)
            or (c.dep_ == "nummod" and o.lemma_.lower() in LINE_NOUNS)  # "the 1930 helpline"
            for c in o.children)):
        rep = ctx.report(o)  # 'the "Behind the Screen" report that X published'
        if ctx.cls(rep) != "Report":
            rep = None
    if rep is None:
        short = min(ctx.r.clusters[pub].surfaces or [ctx.r.clusters[pub].name], key=len)
        rep = ctx._make(f"{short} {o.lemma_.lower()}", "Report", o)
    ctx.report_author.setdefault(rep, pub)
    return rep


def _stated_in_report(verb: Token, ctx: Context) -> Iterator[Found]:
    """'In a report titled "Lured Online", the NGO X found ...', "X said in its Global Report
    on Y that ...": whoever states findings in a named report published it."""
    if not asserted(verb):
        return
    titled = verb.doc.user_data.get("kg_titled_report", {})
    for o in pobjs(verb, ("in",)):
        rep = first(ctx.r.cluster_at(o), titled.get(o.i))
        if rep is None and o.pos_ == "NOUN" and o.lemma_.lower() in PUBLICATIONS and o.tag_ == "NN" \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in o.children) \
                and not any(c.dep_ in ("prep", "poss", "compound") and c.lower_ not in ("published", "released")
                            and not (c.dep_ == "prep" and c.lower_ in ("on", "about", "into")) for c in o.children):
            # "X estimated in a report last month that ...": X's report, named by X ("UNODC report")
            for s in subjects(verb):
                pub = first(ctx.pronoun(s) if s.pos_ == "PRON" else None, ctx.entity(s))
                if pub is not None and ctx.cls(pub) in PUBLISHER_CLASSES:
                    rep = _published_report(ctx, o, pub)
                    ctx.r.described[o.i] = rep  # the figures "in a report" are this report's
                    yield Found(pub, "published", Arg(cluster=rep), "published.in_report")
                    break
            continue
        if rep is None or ctx.cls(rep) != "Report":
            continue
        c = ctx.r.clusters[rep]
        if c.title is None and c.name.islower():
            continue  # "said in a report": an untitled report is known only by its author
        for s in subjects(verb):
            pub = first(ctx.pronoun(s) if s.pos_ == "PRON" else None, ctx.entity(s))
            if pub is not None and pub != rep and ctx.cls(pub) in PUBLISHER_CLASSES:
                ctx.report_author.setdefault(rep, pub)
                yield Found(pub, "published", Arg(cluster=rep), "published.in_report")


LINE_NOUNS = {"line", "hotline", "helpline", "tipline"}  # a number before them is the service's name
HELP_LINE_WORDS = {"tip", "help", "hot", "crisis", "support", "advice", "phone", "reporting", "report", "fraud", "abuse"}
SERVICE_NOUNS = {"service", "line", "hotline", "helpline", "tipline", "portal", "website", "site", "platform", "program",
                 "programme", "database", "registry", "tool", "app"}
OPERATE_VERBS = {"run", "operate", "manage", "administer", "host", "maintain"}


def _service_noun(t: Token) -> bool:
    """"portal", "tip line", and a "reporting centre" (not any centre)."""
    low = t.lemma_.lower()
    return low in SERVICE_NOUNS or low in ("centre", "center") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("reporting", "complaints", "complaint") for c in t.children)


def _public_service(v: Token, ctx: Context) -> tuple[list[int], int] | None:
    """"X, the counselling service run by the NSPCC", "X, which is operated by the nonprofit Y":
    a service that a non-profit or a public body runs -> (its operators, the service)."""
    if v.lemma_.lower() not in OPERATE_VERBS or not asserted(v):
        return None
    target = v.head
    described = False
    by = pobjs(v, ("by",))
    if v.dep_ == "acl" and ctx.r.mention_at(target) is None and target.pos_ in ("NOUN", "PROPN") and (
            _service_noun(target) or any(c.dep_ == "appos" and _service_noun(c) for c in target.children)):
        # "X, the consumer fraud portal operated by Y" (however the parser attached the phrase)
        j = target.left_edge.i - 1
        if j < 1 or target.doc[j].text != ",":
            return None
        described = True
        target = target.doc[j - 1]
    elif v.dep_ in ("ROOT", "conj", "ccomp") and v.tag_ != "VBG":
        # "FortifyFL, the state's tip line, is operated by X" / "X operates Y, a reporting portal"
        passive = any(c.dep_ == "nsubjpass" for c in v.children)
        named = [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if len(named) != 1 or not any(c.dep_ == "appos" and _service_noun(c) for c in named[0].children):
            return None
        described = True
        target = named[0]
        by = by if passive else subjects(v)
    elif not (v.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in v.children)):
        return None
    if ctx.r.mention_at(target) is None and _service_noun(target) and target.dep_ == "appos":
        # "Action Fraud, the national reporting centre for fraud, which is run by X": the name described
        target = adjacent_head(target, ctx)
        described = True
    m = ctx.r.mention_at(target)
    if m is None or m.entity is None:
        return None
    service = m.entity
    name = ctx.r.clusters[service].name.lower().split()
    if not (described or ctx.cls(service) == "Report" or name[-1] in ("line", "hotline", "helpline", "tipline", "portal")):
        return None
    operators = [o for o in _cluster_list(ctx, by, PUBLISHER_CLASSES)
                 if ctx.cls(o) in ("Organization", "GovernmentBody")]
    if not operators:
        return None
    return operators, service


def _hyphen_run_service(v: Token, ctx: Context) -> Iterator[Found]:
    """"Scamwatch, the ACCC-run reporting service", "the state-operated Tip Line X": a service a
    public body or non-profit runs, named before or after the description."""
    operator = ctx.entity(v.doc[v.i - 2])
    if operator is None or ctx.cls(operator) not in ("Organization", "GovernmentBody"):
        return
    head = v.head
    if ctx.r.mention_at(head) is not None or not _service_noun(head):
        return  # (not "the NHS-run Royal Free Hospital": a name, not a described service)
    target = adjacent_head(head, ctx) if head.dep_ == "appos" else None
    m = ctx.r.mention_at(target) if target is not None else None
    if m is None or m.entity is None or m.entity == operator:
        return
    if ctx.cls(m.entity) in ("Platform", "Organization", "Company", "Person"):
        ctx.r.clusters[m.entity].cls = "Report"
    if ctx.cls(m.entity) == "Report":
        ctx.report_author.setdefault(m.entity, operator)
        yield Found(operator, "published", Arg(cluster=m.entity), "published.service")


def service_operator(sent: Span, ctx: Context) -> Iterator[Found]:
    """A help line, tip line, portal or service that an organisation or agency runs is
    something it publishes: "PA Youth Line, a free text service run by the X Center"."""
    for v in ctx.candidates(sent, OPERATE_VERBS, words={"run", "operated"}):
        if v.lower_ in ("run", "operated") and v.i >= 2 and v.doc[v.i - 1].text == "-" and not v.doc[v.i - 2].whitespace_:
            yield from _hyphen_run_service(v, ctx)  # "Scamwatch, the ACCC-run reporting service"
            continue
        if v.pos_ != "VERB":
            continue
        found = _public_service(v, ctx)
        if found is None:
            continue
        operators, service = found
        if ctx.cls(service) in ("Platform", "Organization", "Company"):
            ctx.r.clusters[service].cls = "Report"
        for o in operators:
            ctx.report_author.setdefault(service, o)
            yield Found(o, "published", Arg(cluster=service), "published.service")


# ---------------------------------------------------------------- actions

def _verb_rule(sent, ctx, lemmas, rel, rule, subj_classes, obj_classes, detail_preps=()):
    if not lemmas & ctx.lemmas(sent):
        return
    for v in ctx.tokens(sent):
        if v.pos_ != "VERB" or v.lemma_.lower() not in lemmas or not asserted(v):
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        if passive:
            subs_t, objs_t = pobjs(v, ("by",)), objects(v, ("nsubjpass",))
        else:
            subs_t, objs_t = subjects(v), objects(v)
        objs = _cluster_list(ctx, objs_t, obj_classes)
        if not objs:
            # "accusing them of ...": a pronoun object is the defendants of the same sentence
            if any(t.pos_ == "PRON" for t in objs_t):
                objs = sorted({f.object.cluster for f in ctx.sentence_found if f.rel == "sued"} - {None})
        subs = _cluster_list(ctx, subs_t, subj_classes)
        if not subs and v.dep_ in ("advcl", "xcomp", "conj"):
            subs = sorted({f.subject for f in ctx.sentence_found if f.rel == "sued"})
        detail = None
        for p in v.children:
            if p.dep_ == "prep" and p.lower_ in detail_preps:
                detail = " ".join(t.text for t in p.subtree)
        yield from _pairs(ctx, rel, subs, objs, rule, detail)


def accused(sent: Span, ctx: Context) -> Iterator[Found]:
    """"X accused Y of Z" (allegation text kept), "accusing them of ..." after a lawsuit."""
    yield from _verb_rule(sent, ctx, ctx.t["accuse_verbs"] - {"allege"}, "accused", "accused.verb",
                          ACTOR_CLASSES, DEFENDANT_CLASSES, ("of", "over", "with"))


def investigated(sent: Span, ctx: Context) -> Iterator[Found]:
    """"X investigated Y", "Y is being investigated by X", "X launched an investigation into Y"."""
    yield from _verb_rule(sent, ctx, ctx.t["investigate_verbs"], "investigated", "investigated.verb",
                          ACTOR_CLASSES, DEFENDANT_CLASSES)
    if not ctx.t["investigation_nouns"] & ctx.lemmas(sent):
        return
    for n in ctx.tokens(sent):
        if n.pos_ != "NOUN" or n.lemma_.lower() not in ctx.t["investigation_nouns"]:
            continue
        targets = pobjs(n, ("into", "of"))
        if n.dep_ == "dobj":
            targets += pobjs(n.head, ("into",))
        actors = [c for c in n.children if c.dep_ == "poss"]
        if n.dep_ == "dobj" and asserted(n.head):
            actors += subjects(n.head)
        subs = _cluster_list(ctx, actors, ACTOR_CLASSES)
        objs = _cluster_list(ctx, targets, DEFENDANT_CLASSES)
        yield from _pairs(ctx, "investigated", subs, objs, "investigated.noun")


def sent_letter(sent: Span, ctx: Context) -> Iterator[Found]:
    """"X sent a letter to Y", "X sent Y a letter", "X wrote to Y"."""
    if not ctx.t["send_verbs"] & ctx.lemmas(sent):
        return
    for v in ctx.tokens(sent):
        if v.pos_ != "VERB" or v.lemma_.lower() not in ctx.t["send_verbs"] or not asserted(v):
            continue
        letters = [o for o in objects(v) if o.lemma_.lower() in ctx.t["letter_nouns"]]
        recips = pobjs(v, ("to",)) + [c for c in v.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        if not letters and not (v.lemma_.lower() == "write" and recips):
            continue
        for letter in letters:
            recips += pobjs(letter, ("to",))
            # "a letter to Snap": the parser may read "to Snap" as an infinitive
            nxt = letter.i + 1
            if nxt + 1 < len(letter.doc) and letter.doc[nxt].lower_ == "to" and ctx.r.mention_at(letter.doc[nxt + 1]):
                recips.append(letter.doc[nxt + 1])
        subs = _cluster_list(ctx, subjects(v), ACTOR_CLASSES | {"Person"})
        objs = _cluster_list(ctx, recips, DEFENDANT_CLASSES)
        yield from _pairs(ctx, "sent_letter_to", subs, objs, "sent_letter_to.verb")


def testify(sent: Span, ctx: Context) -> Iterator[Found]:
    """"X testified before Y" (past) -> testified_before; "invited X to testify before Y",
    "X is set to testify before Y" -> invited_to_testify."""
    if not (ctx.t["testify_verbs"] | {"speak"}) & ctx.lemmas(sent):
        return
    for v in ctx.tokens(sent):
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB" or lemma not in (ctx.t["testify_verbs"] | {"speak"}) or not asserted(v):
            continue
        bodies = _cluster_list(ctx, pobjs(v, ("before", "to", "with")), {"GovernmentBody"})
        if not bodies:
            continue
        head = v.head if v.dep_ in ("xcomp", "ccomp", "advcl") else None
        invited = head is not None and head.lemma_.lower() in (ctx.t["invite_verbs"] | {"set", "schedule", "expect", "due"})
        if invited:
            people = objects(head) if objects(head) else subjects(head)
            if head.lemma_.lower() in ("set", "schedule", "expect", "due"):
                people = subjects(head) or objects(head, ("nsubjpass",)) or people
            elif not objects(head):
                people = objects(head, ("nsubjpass",))
            subs = _cluster_list(ctx, people, {"Person", "Official", "Company"}, allow_name=True)
            yield from _pairs(ctx, "invited_to_testify", subs, bodies, "invited_to_testify.xcomp")
        elif lemma != "speak" and v.tag_ in ("VBD", "VBN"):
            subs = _cluster_list(ctx, subjects(v), {"Person", "Official", "Company"})
            yield from _pairs(ctx, "testified_before", subs, bodies, "testified_before.verb")


def denied(sent: Span, ctx: Context) -> Iterator[Found]:
    """"Meta denied the allegations", "X rejected Y's claims": the company and whose claim it
    rejects (the possessor of the claim, or the party that accused or sued it)."""
    if not ctx.t["deny_verbs"] & ctx.lemmas(sent):
        return
    for v in ctx.tokens(sent):
        if v.pos_ != "VERB" or v.lemma_.lower() not in ctx.t["deny_verbs"] or v.dep_ == "neg" or not asserted(v):
            continue
        subs = _cluster_list(ctx, subjects(v), {"Company", "Person", "Platform"})
        if not subs:
            continue
        claimants: list[int] = []
        for o in objects(v):
            if o.lemma_.lower() in ctx.t["deny_claim_nouns"] or o.lower_ in ctx.t["deny_claim_nouns"]:
                claimants += _cluster_list(ctx, [c for c in o.children if c.dep_ == "poss"] + pobjs(o, ("by", "from")), ACTOR_CLASSES | {"Person"})
        detail = " ".join(t.text for o in objects(v) for t in o.subtree) or None
        yield from _pairs(ctx, "denied", subs, claimants, "denied.verb", detail)


LEGISLATOR_TITLES = {("mp",): "mp", ("mla",): "mla", ("mpp",): "mpp", ("mna",): "mna",
                     ("member", "of", "parliament"): "member of parliament"}


LEGISLATOR_OPENERS = frozenset(t[0] for t in LEGISLATOR_TITLES)  # the words that may open those titles


def constituency_office(sent: Span, ctx: Context) -> Iterator[Found]:
    """"The Member of Parliament for Asawase, X", "X, the MP for Leeds North", "Kisumu Central MP
    X": a legislator holds office for the constituency named with the title, known place or not."""
    doc = sent.doc
    table = roles()
    starts = _positions(doc, "LOWER", LEGISLATOR_OPENERS)  # (a few positions a document)
    k = sent.start
    while k < sent.end:
        if k not in starts:
            k += 1
            continue
        size = next((n for n in (3, 1) if tuple(t.lower_ for t in doc[k:k + n]) in LEGISLATOR_TITLES
                     and (n == 3 or doc[k].text.isupper())), 0)
        if not size:
            k += 1
            continue
        role = table.get(tuple(LEGISLATOR_TITLES[tuple(t.lower_ for t in doc[k:k + size])].split()))
        end = k + size
        person = place = None
        if role is not None and end < sent.end and doc[end].lower_ == "for":
            e = end + 1
            while e < sent.end and e - end <= 4 and doc[e].text[:1].isupper() and doc[e].is_alpha and not (
                    (pm := ctx.r.mention_at(doc[e])) is not None and pm.start == e and pm.entity is not None
                    and ctx.cls(pm.entity) in ("Person", "Official")):
                e += 1  # (up to the name: "MP for Leeds North Alex Sobel")
            if e > end + 1:
                place = (end + 1, e)
                f = e + 1 if e < sent.end and doc[e].text == "," else e
                if f < sent.end and doc[f].lower_ in HONORIFICS:
                    f += 1  # "..., Alhaji Musah Iddrisu"
                after = ctx.r.mention_at(doc[f]) if f < sent.end else None
                before = ctx.r.mention_at(doc[k - 3]) if k >= 3 and doc[k - 1].lower_ == "the" and doc[k - 2].text == "," else None
                person = after if after is not None and after.start == f else before
        elif role is not None and end < sent.end:
            s0 = k
            while s0 > sent.start and k - s0 < 5 and (doc[s0 - 1].text[:1].isupper() or (
                    doc[s0 - 1].lower_ == "and" and s0 - 2 > sent.start and doc[s0 - 2].text[:1].isupper())) \
                    and doc[s0 - 1].is_alpha \
                    and doc[s0 - 1].lower_ not in PARTY_TITLE_WORDS and not (
                        (pm := ctx.r.mention_at(doc[s0 - 1])) is not None and pm.entity is not None
                        and ctx.cls(pm.entity) in ("Person", "Official", "GovernmentBody", "Company")):
                s0 -= 1
            if s0 < k and (s0 == sent.start or not doc[s0 - 1].text[:1].isupper()):
                place = (s0, k)
                person = ctx.r.mention_at(doc[end])
                person = person if person is not None and person.start == end else None
        if place is not None and person is not None and person.entity is not None \
                and ctx.cls(person.entity) in ("Person", "Official") and ctx.r.clusters[person.entity].jurisdiction is None:
            idx = ctx._make(doc[place[0]:place[1]].text, "Place", doc[place[0]])
            yield _office_holder(ctx, person.entity, idx, role, "official_of.constituency")
        k = end


# words before a legislator's title that name a party or a chamber, not a constituency
PARTY_TITLE_WORDS = {"labour", "conservative", "tory", "liberal", "democrat", "democratic", "republican", "green",
                     "independent", "snp", "dup", "ndp", "anc", "npp", "ndc", "odm", "apc", "pdp", "bjp", "congress",
                     "opposition", "senior", "backbench", "former", "the", "a", "an", "woman", "local"}


SENTENCE_RULES = (
    # titles first: they settle who is an Official before the other rules ask
    title_relations, role_apposition, possessive_role_surface, constituency_office, party_apposition, party_state, whose_role,
    sue_verb, lawsuit_against, take_to_court, suit_continued, suit_names_list, parent_company, maker_before_name, subsidiary_of, own_verb, completed_acquisition, owned_compound, possessive_platforms,
    platform_apposition, report_titles, published, service_operator, findings_lists, cites, accused, investigated, sent_letter, testify, denied,
)
