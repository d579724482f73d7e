"""Alias and coreference resolution: mentions -> one cluster per referent.

Rules, in order: gazetteer canonical names; a surname or honorific form
resolves to the full name ("Moody", "Mr. Zuckerberg"); an acronym resolves to
the name it abbreviates, written beside it in parentheses or matching its
initials ("NSPCC"); an unambiguous one-letter misspelling resolves to a known
name ("lnstagram"); otherwise equal normalised names are one referent.
Descriptions ("the company", "the tech giant") are resolved later, at the
token where a relation needs them (:func:`Resolver.description`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract import lexicon
from kg.extract.mentions import Mention, acronym_like, mixed_acronym, noun_chain_ends_in
from kg.normalize import LEGAL_SUFFIXES, clean_surface, entity_key, org_core

ORG_FAMILY = {"Company", "Organization", "Platform", "GovernmentBody", "Report"}
CLASS_PRIORITY = {"Official": 3, "Company": 2, "Platform": 2, "GovernmentBody": 2, "Report": 2, "Person": 1, "Place": 1, "Organization": 0}

# "the company" means a company named this close (in tokens) rather than a platform named later
COMPANY_OVER_PLATFORM = 40

# description head nouns -> the classes they can refer to
DESCRIPTIONS = {
    # platforms' names often stand for their companies ("Roblox", "Discord")
    "company": {"Company", "Platform"}, "firm": {"Company"}, "giant": {"Company", "Platform"}, "corporation": {"Company"},
    "conglomerate": {"Company"}, "startup": {"Company"}, "maker": {"Company"}, "owner": {"Company"},
    "platform": {"Platform"}, "app": {"Platform"}, "site": {"Platform"}, "service": {"Platform"},
    "network": {"Platform"},
    "ceo": {"Person"}, "executive": {"Person"}, "founder": {"Person"},
    "agency": {"GovernmentBody"}, "committee": {"GovernmentBody"}, "council": {"GovernmentBody"},
    "commission": {"GovernmentBody"}, "regulator": {"GovernmentBody", "Official"}, "office": {"GovernmentBody"},
    "watchdog": {"GovernmentBody"}, "bureau": {"GovernmentBody"}, "department": {"GovernmentBody"},
    "court": {"GovernmentBody"}, "ministry": {"GovernmentBody"},
    "senator": {"Official"}, "governor": {"Official"}, "general": {"Official"}, "official": {"Official"},
    "prosecutor": {"Official"}, "mayor": {"Official"}, "lawmaker": {"Official"},
    "report": {"Report"}, "survey": {"Report"}, "study": {"Report"}, "organization": {"Organization"}, "nonprofit": {"Organization"},
    "charity": {"Organization"}, "group": {"Organization", "Company"}, "state": {"Place"}, "country": {"Place"},
    "province": {"Place"}, "county": {"Place", "GovernmentBody"},
    # named in the name they stand for: "the coalition" = "Desert Bloom Youth Coalition"
    "coalition": {"Organization"}, "alliance": {"Organization"}, "trust": {"Organization"},
    "foundation": {"Organization"}, "institute": {"Organization"}, "center": {"Organization", "GovernmentBody"},
    "centre": {"Organization", "GovernmentBody"}, "society": {"Organization"}, "association": {"Organization"},
    "lab": {"Organization"}, "project": {"Organization"}, "district": {"GovernmentBody"},
    "directorate": {"GovernmentBody"}, "tribunal": {"GovernmentBody"}, "authority": {"GovernmentBody"},
    "division": {"GovernmentBody"}, "commissioner": {"GovernmentBody"}, "prosecution": {"GovernmentBody"},
    "ombudsman": {"GovernmentBody", "Organization"},
    # "the think tank", "the lender", "the carrier" ("the bank" may be a central bank, "the body" anything)
    "tank": {"Organization"}, "ngo": {"Organization"},
    "pollster": {"Organization"}, "union": {"Organization"}, "university": {"Organization"},
    "newspaper": {"Organization"}, "broadcaster": {"Organization", "Company"},
    "lender": {"Company"}, "retailer": {"Company"}, "carrier": {"Company"}, "insurer": {"Company"},
    "operator": {"Company", "Platform"}, "developer": {"Company"}, "publisher": {"Company"}, "telco": {"Company"},
    "marketplace": {"Platform"},
}


# words a company's full name adds to its short one ("Halden" -> "Halden Media")
COMPANY_WORDS = {"media", "labs", "lab", "technologies", "technology", "tech", "systems", "software", "digital", "games",
                 "gaming", "studios", "studio", "entertainment", "networks", "network", "financial", "interactive",
                 "solutions", "global", "international", "brands", "health", "motors", "electronics", "energy",
                 "communications", "telecom", "mobile", "pay", "payments", "finance", "capital", "partners", "ventures"}

LEGISLATURE_WORDS = {"congress", "senate", "parliament", "assembly", "legislature", "committee", "subcommittee",
                     "house", "dáil", "bundestag", "council"}

# a court filing is no antecedent of "the study", nor a survey of "the complaint"
LEGAL_FILING_WORDS = {"complaint", "lawsuit", "suit", "filing", "petition", "indictment", "claim"}

# first words of many unrelated names: never a short form on their own
GENERIC_FIRST_WORDS = {"national", "united", "american", "new", "state", "federal", "international", "global",
                       "first", "north", "south", "east", "west", "central", "european", "the", "us", "u.s."}


# words that make a product of a company's name: "Falconbit Pay", "Brightloop Chat", "Reelhouse Jr."
PRODUCT_WORDS = {"pay", "shop", "cash", "wallet", "live", "music", "play", "store", "messenger", "kids", "jr", "jr.",
                 "junior", "ads", "lite", "plus", "premium", "marketplace", "tv", "video", "chat", "app", "card", "mail",
                 "maps", "cloud", "teen", "teens", "mini", "go", "max", "pro", "express", "prime", "stories", "reels"}


# descriptions that only fit an entity whose name contains the word ("the commission")
NAMED_INSTITUTIONS = {"commission", "committee", "council", "office", "bureau", "department",
                      "court", "ministry", "institute", "center", "foundation", "society", "coalition", "alliance",
                      "trust", "centre", "association", "lab", "project", "district", "directorate", "tribunal",
                      "county", "authority", "division", "commissioner", "prosecution", "ombudsman"}


# "the trade body", "the industry body": a description of an organisation ("the body" alone may be anything)
TRADE_BODY_WORDS = {"trade", "industry", "umbrella", "lobby", "professional", "peak", "membership"}


# descriptions of a public body that is often named otherwise ("the agency" for the AGCM)
BODY_DESCRIPTIONS = {"agency", "regulator", "watchdog"}


# plural people standing for their institution: "police said" -> "Tacoma Police Department"
FORCE_WORDS = {"police": ("police",), "prosecutors": ("prosecut",),
               "force": ("police", "constabulary", "force")}  # "the force said": the police force named before
DESCRIBED_WINDOW = 120  # tokens back within which "the firm" prefers "analytics firm X" to a nearer name
DESCRIPTION_WINDOW = 600  # tokens back to look for a description's antecedent (about 25 sentences)


def family(cls: str) -> str:
    if cls in ("Person", "Official"):
        return "agent"
    if cls in ORG_FAMILY:
        return "org"
    return cls


APP_CUES = {"app", "apps", "platform", "site", "website", "game", "messenger", "chatbot", "marketplace"}


def _app_context(doc: Doc, start: int, end: int) -> bool:
    """"the Veilo app", "the Stubline ticket resale app", "app Glowzy", "Veilo, a messaging app"."""
    if noun_chain_ends_in(doc, end, APP_CUES):
        return True
    if start > 0 and doc[start - 1].lower_ in APP_CUES and doc[start - 1].pos_ == "NOUN":
        return True
    return end + 1 < len(doc) and doc[end].text == "," and any(
        c.dep_ == "appos" and c.lower_ in APP_CUES and c.left_edge.i == end + 1 for c in doc[end - 1].children)


INSTITUTION_WORDS = {"committee", "subcommittee", "council", "commission", "department", "ministry", "agency", "bureau",
                     "office", "senate", "congress", "parliament", "legislature", "assembly", "court", "police",
                     "administration", "authority", "regulator", "government", "institute", "center", "centre",
                     "society", "foundation", "association", "coalition", "alliance", "university", "directorate",
                     "tribunal", "inspectorate", "ombudsman", "secretariat", "prosecution", "district", "schools"}


def institution(name: str) -> bool:
    """A name whose head word makes it an institution, never a business ("... Centre", "... Commission")."""
    words = name.lower().replace(",", " ").split()
    return bool(words) and words[-1] in INSTITUTION_WORDS


def _opens(longer: list[str], words: list[str]) -> bool:
    """Whether ``words`` are the first words of the longer name ``longer`` ("Veilo" of "Veilo Technologies Inc.")."""
    return len(longer) > len(words) and longer[:len(words)] == words


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words)


_CONFUSABLE = {"i", "l", "1", "|", "o", "0"}  # letters a reader or OCR takes for one another


def _edit1(a: str, b: str) -> bool:
    """True when a and b differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > 1 and len(b) > 1 and a[0] != b[0] and a[-1] != b[-1]:
        return False  # one edit keeps the first or the last character
    if len(a) == len(b):
        if a[0] != b[0] and {a[0], b[0]} - _CONFUSABLE:
            return False  # "Cinder" is no misspelling of "Tinder"; "lnstagram" is one of "Instagram"
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if a == b[:i] + b[i + 1:]:
            return True
    return False


@dataclass
class Cluster:
    cls: str
    name: str
    surfaces: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    gazetteer_id: str | None = None
    role: str | None = None
    jurisdiction: int | None = None
    employer: int | None = None
    title: str | None = None  # a report's title given after it ('The report, titled "X"')

    @property
    def fam(self) -> str:
        return family(self.cls)


class Resolver:
    """Clusters the mentions of one document and answers "who is this token?"."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.doc = doc
        self.mentions = mentions
        self.clusters: list[Cluster] = []
        self._by_key: dict[tuple[str, str], int] = {}
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self._alone: dict[tuple[int, int], bool] = {}  # _alone_on_line's answers
        self.made: list[Mention] = []  # unnamed reports and parties the relation rules made
        self.described: dict[int, int | None] = {}  # token -> what its description refers to
        self.apps: set[str] = set()  # names of apps named after their makers (set by _resolve)
        self.redirect: dict[int, int] = {}  # a cluster found to be another ("a study by X" = X's titled report)
        # "San Jose City Attorney Ben Arceneaux": names by the token their title starts at
        self.by_title_start = {m.title_start: m for m in self.mentions if m.title_start is not None}
        # "Pune Commissioner of Police A. Kulkarni said": the parser may make a word of the title the subject
        self.by_title_token = {i: m for m in self.mentions if m.title_start is not None for i in range(m.title_start, m.start)}
        self._resolve()
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    # ------------------------------------------------------------ clustering
    def _new(self, m: Mention) -> int:
        idx = len(self.clusters)
        self.clusters.append(Cluster(m.cls, m.text, gazetteer_id=m.gazetteer_id))
        return idx

    def _attach(self, m: Mention, idx: int) -> None:
        c = self.clusters[idx]
        m.entity = idx
        c.mentions.append(m)
        if m.text not in c.surfaces:
            c.surfaces.append(m.text)
        if CLASS_PRIORITY.get(m.cls, 0) > CLASS_PRIORITY.get(c.cls, 0) and family(m.cls) == c.fam \
                and not (m.cls in ("Company", "Platform") and m.text != c.name and institution(c.name)):
            c.cls = m.cls  # (not "NASC", "operated by the NASC", for the "National Anti-Scam Centre")
        if m.role and not c.role:
            c.role = m.role
        self._by_key.setdefault((family(m.cls), m.key), idx)

    def _app_names(self) -> set[str]:
        """Names the document uses for an app that are the first words of a longer organisation
        name in it: "the Veilo app" / "Veilo, a messaging app" beside "Veilo Technologies Inc."."""
        doc = self.doc
        orgs = [m.text.split() for m in self.mentions if m.cls in ("Company", "Organization")]
        out: set[str] = set()
        for m in self.mentions:
            if m.gazetteer_id or m.text in out or m.cls not in ("Platform", "Company", "Organization", "Person", "Place"):
                continue
            words = m.text.split()
            if not any(_opens(o, words) for o in orgs):
                continue
            if _app_context(doc, m.start, m.end):
                out.add(m.text)
        return out

    def _resolve(self) -> None:
        index = lexicon.gazetteer_index()
        # "the Pesaflash app" beside "Pesaflash Credit Limited": the app is named after its
        # maker, and is not the maker
        apps = self.apps = self._app_names()
        for m in self.mentions:
            if m.text in apps:
                m.cls = "Platform"
        ordered = sorted(self.mentions, key=lambda m: (-(m.end - m.start), m.start))
        # full names first so that short forms and acronyms can find them
        for m in ordered:
            fam = family(m.cls)
            if m.gazetteer_id:
                entry = index[m.gazetteer_id]
                key = (fam, m.gazetteer_id)
                idx = self._by_key.get(key)
                if idx is not None and entry.cls == "Platform" and not self.clusters[idx].gazetteer_id \
                        and self.clusters[idx].cls == "Company" and org_core(self.clusters[idx].name) != self.clusters[idx].name:
                    idx = None  # "X Corp., the company that owns X": the platform is not its owner
                if idx is None:
                    idx = self._new(m)
                    self.clusters[idx].name = entry.name
                    self.clusters[idx].cls = entry.cls
                    self._by_key[key] = idx
                self._attach(m, idx)
                continue
            idx = self._by_key.get((fam, m.key))
            if idx is not None and m.text in apps and self.clusters[idx].cls != "Platform":
                idx = None  # "the skins marketplace CrateHaus" is not "CrateHaus Pty Ltd", its operator
            if idx is None:
                idx = self._short_form(m)
            if idx is None:
                idx = self._acronym(m)
            if idx is None:
                idx = self._misspelling(m)
            if idx is None and m.source == "ner" and m.cls == "Person" and len(m.text.split()) == 1:
                # "Lumora also owns ..." after "Lumora Group": NER's one-word "person" is the
                # company named in full before
                org = Mention(m.start, m.end, m.text, "Organization", m.source)
                idx = self._org_prefix(org)
                if idx is not None:
                    m.cls = self.clusters[idx].cls
            if idx is None and m.source == "ner" and (m.cls == "Person" and m.role is None or m.cls == "Place"):
                # "Sway Social is led by ..." after "Sway Social, Inc.": the company without its legal form
                # (NER may call it a person or a place: "Both Amazon and Shopfront are named")
                key = entity_key(m.text)
                same = [i for i, c in enumerate(self.clusters) if c.fam == "org" and c.cls in ("Company", "Organization")
                        and entity_key(org_core(c.name)) == key and c.name != m.text]
                if len(same) == 1:
                    idx = same[0]
                    m.cls = self.clusters[idx].cls
            if idx is None:
                idx = self._new(m)
            self._attach(m, idx)
        # roles, jurisdictions and employers on the cluster
        for m in self.mentions:
            c = self.clusters[m.entity]
            if m.jurisdiction is not None and m.jurisdiction.entity is not None and c.jurisdiction is None:
                c.jurisdiction = m.jurisdiction.entity
            if m.employer is not None and m.employer.entity is not None and c.employer is None:
                c.employer = m.employer.entity

    def _short_form(self, m: Mention) -> int | None:
        """"Moody" -> "Ashley Moody" (the only person of that surname in the document)."""
        if family(m.cls) != "agent" and m.cls != "Organization":
            return self._org_prefix(m)
        words = m.text.split()
        if len(words) > 2:
            return None
        hits = {
            i for i, c in enumerate(self.clusters)
            if c.fam == "agent" and len(c.name.split()) > len(words)
            and [w.lower() for w in c.name.split()[-len(words):]] == [w.lower() for w in words]
        }
        if len(hits) == 1:
            m.cls = self.clusters[next(iter(hits))].cls
            return hits.pop()
        return self._org_prefix(m)

    def _org_prefix(self, m: Mention) -> int | None:
        """"Lumina" -> "Lumina Social Inc.", "Velvet Pixel" -> "Velvet Pixel OÜ": an organisation
        named by the first words of a longer name used in the same document."""
        # "Marquee Global" after "Marquee Global Entertainment", called a person by NER: two
        # words or more, no title, and the longer name used before it
        person = m.cls == "Person" and m.role is None and m.title_start is None and len(m.text.split()) >= 2 \
            and not self._titled_after(m)
        if (family(m.cls) != "org" and not person) or m.gazetteer_id or m.text.lower() in GENERIC_FIRST_WORDS:
            return None
        words = [w.lower() for w in m.text.split()]
        hits = {
            i for i, c in enumerate(self.clusters)
            if c.fam == "org" and not c.gazetteer_id and len(c.name.split()) > len(words)
            and (not person or (c.cls in ("Company", "Organization") and c.mentions
                                and min(x.start for x in c.mentions) < m.start))
            and (m.cls != "Platform" or c.cls == "Platform")
            and (c.cls != "Report" or m.cls == "Report")  # "YouMail" is not the "YouMail Robocall Index"
            and [w.lower() for w in c.name.split()[:len(words)]] == words
        }
        if len(hits) != 1:
            return None
        idx = hits.pop()
        if self._named_after(m.text, self.clusters[idx]):
            return None
        sent_of = self.doc.user_data.get("kg_sent_of")
        starts = [x.start for x in self.clusters[idx].mentions]
        extra = [w.lower().rstrip(".,") for w in self.clusters[idx].name.split()[len(words):]]
        if sent_of and starts and min(starts) > m.start and any(sent_of[k] == sent_of[m.start] for k in starts) \
                and not all(w in lexicon.org_heads() or w in LEGAL_SUFFIXES or w in COMPANY_WORDS for w in extra):
            # "Air Canada, which owns Air Canada Rouge": the longer name, named after it, is another
            # (not "sued Halden, and Halden Media said": a company word only)
            return None
        if person:
            m.cls = self.clusters[idx].cls
        return idx

    def _titled_after(self, m: Mention) -> bool:
        """"Maria Santos, its chief executive, said ...": a person's title in apposition after the name."""
        doc = self.doc
        return m.end + 1 < len(doc) and doc[m.end].text == "," and any(
            t.lower_ in ("chief", "ceo", "founder", "co-founder", "president", "director", "chairman", "chairwoman",
                         "spokesperson", "spokeswoman", "spokesman", "executive", "head", "owner")
            for t in doc[m.end + 1:min(m.end + 5, len(doc))])

    def _named_after(self, short: str, c: Cluster) -> bool:
        """"Falconbit, a trading platform, ..." and later "the Falconbit Pay card app": a longer
        name first used after the short one, and longer by a product word ("Pay", "Chat", "Jr."),
        is another thing named after it. A full name used
        first and shortened later ("Lumina Social Inc." ... "Lumina") is the same."""
        extra = [w.lower().strip(",") for w in c.name.split()[len(short.split()):]]
        if not any(w in PRODUCT_WORDS for w in extra) or any(w in LEGAL_SUFFIXES for w in extra):
            return False
        if not c.mentions:
            return False
        text = self.doc.user_data.get("kg_text") or self.doc.text
        first_long = self.doc[min(m.start for m in c.mentions)].idx
        # the short name as a word anywhere before (NER may have missed it there)
        return re.search(r"(?<!\w)" + re.escape(short) + r"(?![\w-])", text[:first_long]) is not None

    def _acronym(self, m: Mention) -> int | None:
        text = m.text.replace(".", "")
        bracketed = m.start >= 1 and m.end < len(self.doc) and self.doc[m.start - 1].text == "(" \
            and self.doc[m.end].text == ")" and m.end - m.start == 1
        if not acronym_like(text) and not (bracketed and (mixed_acronym(text) or text.isalpha() and text.istitle() and len(text) <= 10)):
            return None  # ("Chile's National Consumer Service (Sernac)": a short name written in capitals and lower case)
        # "National Society for ... (NSPCC)": the name just before the parenthesis
        prev = m.start - 1
        if prev >= 3 and self.doc[prev].lower_ == "or" and self.doc[prev - 1].text == "," \
                and m.end < len(self.doc) and self.doc[m.end].text == ")":
            # "(Ministério Público do Trabalho, or MPT)": the name before the parentheses
            k = prev - 2
            while k > 0 and prev - k < 12 and self.doc[k].text != "(":
                k -= 1
            if self.doc[k].text == "(":
                prev = k
        if prev >= 1 and self.doc[prev].text == "(":
            for other in self.between(prev - 40, prev):
                if other.end == prev and other.entity is not None and family(other.cls) == "org":
                    return other.entity
        hits = {i for i, c in enumerate(self.clusters) if c.fam == "org" and _initials(c.name) == text}
        if len(hits) == 1:
            return hits.pop()
        return None

    def _misspelling(self, m: Mention) -> int | None:
        if len(m.text) < 6:
            return None
        low = m.text.lower()
        hits = {i for i, c in enumerate(self.clusters) if c.fam == family(m.cls) and _edit1(low, c.name.lower())}
        if len(hits) == 1:
            return hits.pop()
        by_edge = lexicon.gazetteer_by_edge()
        # never a place: "Nakuru" is no misspelt "Nauru" (each name once, though it shares both ends)
        candidates = {id(e): (name, e) for n in (len(low) - 1, len(low), len(low) + 1)
                      for end, ch in (("first", low[:2]), ("last", low[-2:])) for name, e in by_edge.get((n, end, ch), ())}
        entries = [e for name, e in candidates.values() if e.cls != "Place" and _edit1(low, name)]
        if len(entries) == 1:
            entry = entries[0]
            key = (family(entry.cls), entity_key(entry.name))
            m.cls = entry.cls
            m.gazetteer_id = entity_key(entry.name)
            idx = self._by_key.get(key)
            if idx is None:
                idx = len(self.clusters)
                self.clusters.append(Cluster(entry.cls, entry.name, gazetteer_id=m.gazetteer_id))
                self._by_key[key] = idx
            return idx
        return None

    def final(self, idx: int) -> int:
        """The cluster ``idx`` was folded into (itself if none)."""
        seen = set()
        while idx in self.redirect and idx not in seen:
            seen.add(idx)
            idx = self.redirect[idx]
        return idx

    def fold(self, other: int, into: int) -> None:
        """``other`` is found to be ``into`` ("a study by X" is X's titled report); never a cycle."""
        a, b = self.final(other), self.final(into)
        if a != b:
            self.redirect[a] = b
        if into != b and self.clusters[into].title and not self.clusters[b].title:
            self.clusters[b].title = self.clusters[into].title  # the title goes where the report went

    def makers(self) -> dict[int, int]:
        """Apps named after the company that makes them ("Vanta" and "Vanta Labs Inc."): app -> maker."""
        orgs = [(i, c.name.split()) for i, c in enumerate(self.clusters) if c.cls == "Company"]
        out: dict[int, int] = {}
        for i, c in enumerate(self.clusters):
            if c.cls == "Platform" and c.gazetteer_id and c.name not in self.apps:
                # "Roblox" beside "Roblox Corp.": a known platform and its namesake company
                hits = [j for j, o in orgs if j != i and entity_key(org_core(" ".join(o))) == entity_key(c.name)]
                if len(hits) == 1:
                    out[i] = hits[0]
                continue
            if c.cls != "Platform" or c.name not in self.apps:
                continue
            words = c.name.split()
            hits = [j for j, o in orgs if _opens(o, words)]
            if len(hits) == 1:
                out[i] = hits[0]
        return out

    # ------------------------------------------------------------ lookup
    def between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions starting in token range [lo, hi), in order (a bisection, not a scan)."""
        return self.mentions[bisect.bisect_left(self._starts, lo):bisect.bisect_left(self._starts, hi)]

    def mention_at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def cluster_at(self, token: Token) -> int | None:
        m = self.by_token.get(token.i)
        if m is not None:
            return m.entity
        return self.description(token)

    def description(self, token: Token) -> int | None:
        """"the company" / "the tech giant" / "the CEO" -> the nearest preceding
        compatible entity (definite or demonstrative descriptions only)."""
        if token.i not in self.described:
            self.described[token.i] = self._description(token)
        return self.described[token.i]

    def _place_body(self, token: Token, poss: Token) -> int | None:
        """"Massachusetts' securities regulator" -> "Massachusetts Securities Division": the one
        public body named before whose name holds the place and the description's modifier."""
        place = self.by_token.get(poss.i)
        if place is None or place.entity is None or self.clusters[place.entity].cls != "Place":
            return None
        words = {t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod")} | {token.lower_}
        where = place.text.lower()
        found = {m.entity for m in self.between(0, token.i) if m.entity is not None
                 and self.clusters[m.entity].cls == "GovernmentBody"
                 and where in self.clusters[m.entity].name.lower()
                 and words & set(self.clusters[m.entity].name.lower().split())}
        return found.pop() if len(found) == 1 else None

    def _description(self, token: Token) -> int | None:
        force = self._force(token)
        if force is not None:
            return force
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        lemma = token.lemma_.lower()
        if token.dep_ == "appos" and lemma in DESCRIPTIONS and DESCRIPTIONS[lemma] != {"Report"} and token.head.i < token.i:
            named = self.by_token.get(token.head.i)
            if named is not None and named.entity is not None and self.clusters[named.entity].cls in DESCRIPTIONS[lemma]:
                return named.entity  # "SaferNet Brasil, the NGO that runs ...": the name it describes
        words = [t.lower_ for t in token.lefts if t.dep_ == "compound"] + [token.lower_]
        compact = "".join(words)
        # "the tip line" / "the help desk": a description spelled inside a name that was used
        # before ("... Tipline", "... Helpdesk") refers to it, whatever its class
        spelled = len(words) > 1 and len(compact) >= 6
        classes = DESCRIPTIONS.get(lemma)
        if classes is None and lemma == "body" and any(t.lower_ in TRADE_BODY_WORDS for t in token.lefts
                                                        if t.dep_ in ("compound", "amod")) \
                and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
            classes = {"Organization"}  # "the trade body", "the industry body" (not any "body")
        if classes is None and not spelled:
            return None
        lefts = [t for t in token.lefts if t.dep_ in ("det", "poss")]
        dets = [t.lower_ for t in lefts]
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if dets and lefts[0].dep_ == "poss" and lefts[0].pos_ == "NOUN" and lemma in ("charity", "regulator", "watchdog") \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in lefts[0].children) \
                and not (nxt is not None and nxt.text[:1].isupper()):  # ("the children's charity CyberSafeKids")
            dets[0] = "the"  # "the children's charity", "the country's regulator": a definite description
        if dets and lefts[0].dep_ == "poss" and lefts[0].pos_ == "PROPN" and classes is not None \
                and "GovernmentBody" in classes and token.text.islower():
            return self._place_body(token, lefts[0])  # "Massachusetts' securities regulator"
        if dets and dets[0] in ("his", "her") and lemma in ("company", "firm", "startup", "charity", "organisation", "organization"):
            dets[0] = "the"  # "Her firm estimates ...": read like "the firm" (the company named last)
        if not dets or dets[0] not in ("the", "this", "that"):
            return None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
            return None  # "the teen messaging app Hushly" names the app
        located = self._located(token, classes) if classes is not None else None
        if located is not None:
            return located
        best = None
        # "the survey" / "the same report" refers back to the report named last, however far
        window = token.i if classes == {"Report"} else DESCRIPTION_WINDOW
        candidates = self.between(token.i - window, token.i)
        bare = all(t.dep_ == "det" or t.lower_ in ("same", "new", "latest") for t in token.lefts)
        if classes == {"Report"} and bare:
            # reports the relation rules named ("a survey by X, titled Y") are antecedents too
            candidates = sorted(candidates + [m for m in self.made if token.i - window <= m.start < token.i],
                                key=lambda m: m.start)
            # "the same survey" repeats the noun of the report it means: the last "survey"
            # before it, named ("the 2025 Youth Survey") or by its author ("a survey by X")
            for j in range(token.i - 1, max(-1, token.i - DESCRIPTION_WINDOW), -1):
                t = token.doc[j]
                if t.lemma_.lower() != token.lemma_.lower() or t.pos_ not in ("NOUN", "PROPN"):
                    continue
                if t.tag_ in ("NNS", "NNPS") and token.tag_ in ("NN", "NNP"):
                    continue  # "sextortion reports" is no antecedent of "the report"
                m = self.by_token.get(j) or next((x for x in self.made if x.start == j), None)
                if m is not None and m.entity is not None:
                    return m.entity
                if self.described.get(j) is not None:
                    return self.described[j]  # "According to the report, ... The report found ..."
                for prep in t.children:
                    if prep.dep_ == "prep" and prep.lower_ == "by":
                        for obj in prep.children:
                            if obj.dep_ == "pobj" and self.by_token.get(obj.i) is not None:
                                return self.by_token[obj.i].entity
                break
        best_at = None
        fitting: list[Mention] = []
        for m in candidates:
            if m.entity is None or self._alone_on_line(m):
                continue  # (a masthead or menu line, "Financial Times", is no antecedent)
            c = self.clusters[m.entity]
            if spelled and compact in c.name.lower().replace(" ", "") and c.fam == "org":
                best = m.entity
                continue
            if classes is None:
                continue
            # "Italy's competition authority AGCM ... The authority said": introduced with the noun
            described_by = c.fam == "org" and (lemma in NAMED_INSTITUTIONS or lemma in BODY_DESCRIPTIONS) \
                and token.i - m.start <= DESCRIBED_WINDOW and lemma in self._descriptors(m)
            if c.cls not in classes and not (c.cls == "Official" and "Person" in classes) \
                    and not (described_by and c.cls == "Organization"):
                continue
            if "Person" in classes and lemma in ("ceo", "executive") and c.role != "CEO":
                continue
            if lemma in NAMED_INSTITUTIONS and lemma not in c.name.lower() and not described_by:
                continue  # "the commission" is a Commission, not any government body
            if classes == {"Report"} and (lemma in LEGAL_FILING_WORDS) != (c.name.lower().split()[-1] in LEGAL_FILING_WORDS):
                continue  # "The study also found" is no complaint, "the complaint" no survey
            if lemma in ("regulator", "watchdog", "agency", "district") and "court" in c.name.lower():
                continue
            if lemma in ("regulator", "watchdog", "agency") and set(c.name.lower().split()) & LEGISLATURE_WORDS:
                continue  # "a report to Congress ... the agency said": an agency is no legislature
            if c.cls == "Platform" and "Company" in classes and best is not None and self.clusters[best].cls == "Company" \
                    and best_at is not None and token.i - best_at <= COMPANY_OVER_PLATFORM:
                continue  # "the company" after "X, the company behind the app Y, ...": X
            best_at = m.start
            best = m.entity
            fitting.append(m)
        if len(fitting) > 1 and lemma in BODY_DESCRIPTIONS:
            # "the agency" is rather the Assets Recovery Agency than the court division named since
            named = [m for m in fitting if lemma in self.clusters[m.entity].name.lower()]
            if named:
                return named[-1].entity
        if lemma == "state" and fitting:
            # "the state" is a state named before, not the city named last ("St. George"); in a
            # lede that names only a city so far, the state the article names next
            states = [m for m in fitting if self._state_like(m.entity)]
            if states:
                return states[-1].entity
            sent_of = self.doc.user_data.get("kg_sent_of")  # each token's sentence start, in order
            limit = len(self.doc)  # the end of this sentence and the next
            if sent_of:
                nxt = bisect.bisect_right(sent_of, sent_of[token.i])
                limit = bisect.bisect_right(sent_of, sent_of[nxt]) if nxt < len(sent_of) else nxt
            later = next((m for m in self.mentions if token.i < m.start < limit and m.entity is not None
                          and self.clusters[m.entity].cls == "Place" and self._state_like(m.entity)), None)
            if later is not None:
                return later.entity
        if len(fitting) > 1 and lemma not in NAMED_INSTITUTIONS:
            # "app analytics firm Sensorly ... the firm": the entity introduced with the noun
            described = [m for m in fitting if lemma != "company" and token.i - m.start <= DESCRIBED_WINDOW
                         and lemma in self._descriptors(m)]
            if described:
                return described[-1].entity
            # "Kestrel, which is majority-owned by Tidewater Holdings, said ... The company said":
            # an entity named inside a clause about another is not what the next sentence is about
            last = fitting[-1]
            same_class = [m for m in fitting if self.clusters[m.entity].cls == self.clusters[last.entity].cls]
            host = self._host(last, {m.entity for m in same_class})
            if host is not None:
                return host
            # "Amazon accounts for 38% of sales, according to research firm eMarketer. The
            # company, which ...": the subject of the sentence before, not a name in its adjuncts
            # ("Kurogane reported ..., as ... the app Shizuku offset ... The company said": the
            # company that was the subject, whatever app came after it)
            subject = self._subject_of_sentence(last, fitting if lemma == "company" else same_class, token)
            if subject is not None:
                return subject
        return best

    def _located(self, token: Token, classes: set[str]) -> int | None:
        """"The Beverly Hills company" after "X, which is based in Beverly Hills" or "a Denver-based
        startup, X": the one entity of the description's class said to be based there, however
        far back."""
        place = next((self.by_token.get(t.i) for t in token.lefts if t.dep_ in ("compound", "nmod", "amod")
                      and t.pos_ == "PROPN" and self.by_token.get(t.i) is not None), None)
        if place is None or place.entity is None or self.clusters[place.entity].cls != "Place":
            return None
        found = set()
        for b in self.doc[:place.start]:
            if b.lower_ not in ("based", "headquartered") or b.pos_ not in ("VERB", "ADJ"):
                continue
            where = [self.by_token.get(t.i) for t in b.subtree if t.i != b.i]
            if not any(w is not None and w.entity == place.entity for w in where):
                continue
            holder = b.head
            if holder.dep_ == "appos" and self.by_token.get(holder.i) is None:
                holder = holder.head  # "X, a Denver-based startup"
            m = self.by_token.get(holder.i)
            if m is not None and m.entity is not None and m.entity != place.entity and (
                    self.clusters[m.entity].cls in classes
                    or self.clusters[m.entity].cls == "Organization" and "Company" in classes):  # (typed later)
                found.add(m.entity)
        return found.pop() if len(found) == 1 else None

    def _subject_of_sentence(self, last: Mention, fitting: list[Mention], token: Token) -> int | None:
        """The entity of ``fitting`` that is the main subject of ``last``'s sentence (an earlier
        sentence than ``token``'s), when ``last`` itself is not."""
        sent_of = self.doc.user_data.get("kg_sent_of")
        if not sent_of or sent_of[last.start] == sent_of[token.i]:
            return None
        t = self.doc[last.end - 1]
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            return None
        for m in fitting:
            h = self.doc[m.end - 1]
            if m is not last and sent_of[m.start] == sent_of[last.start] and h.dep_ in ("nsubj", "nsubjpass") \
                    and h.head.dep_ == "ROOT" and m.entity != last.entity:
                return m.entity
        return None

    def _descriptors(self, m: Mention) -> set[str]:
        """Common nouns a name is introduced with: "app analytics firm Sensorly", "Thorn, a
        nonprofit that ...", "the conglomerate X"."""
        doc = self.doc
        out = set()
        if m.start > 0 and doc[m.start - 1].pos_ == "NOUN" and doc[m.start - 1].text.islower():
            out.add(doc[m.start - 1].lemma_.lower())
        head = doc[m.end - 1]
        for t in (head, head.head):
            for c in t.children:
                if c.dep_ == "appos" and c.pos_ == "NOUN" and not (m.start <= c.i < m.end):
                    out.add(c.lemma_.lower())
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and not (m.start <= head.head.i < m.end):
            out.add(head.head.lemma_.lower())
        return out

    def _host(self, m: Mention, fitting: set[int]) -> int | None:
        """The entity whose relative or participle clause names ``m``, if it fits too."""
        t = self.doc[m.end - 1]
        while t.head.i != t.i:
            if t.dep_ in ("relcl", "acl"):
                h = self.by_token.get(t.head.i)
                if h is not None and h.entity in fitting and h.entity != m.entity:
                    return h.entity
                return None
            t = t.head
        return None

    def _force(self, token: Token) -> int | None:
        """"police said", "the Tokyo prosecutors said", "Dallas police said": a police force or
        prosecution named before (its name has the word, and any place word written with it)."""
        key = FORCE_WORDS.get(token.lower_)
        if key is None or token.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(t.dep_ in ("det", "poss") and t.lower_ not in ("the",) for t in token.lefts):
            return None  # "its prosecutors", "a police officer"
        if token.lower_ == "force" and not any(t.dep_ == "det" for t in token.lefts):
            return None  # "force" alone is no description
        places = [t.lower_ for left in token.lefts if left.dep_ in ("compound", "amod", "nmod") for t in left.subtree
                  if t.pos_ == "PROPN" or t.lower_ in ("state", "federal", "provincial", "county", "district")]
        best = None
        for m in self.between(token.i - DESCRIPTION_WINDOW, token.i):
            if m.entity is None:
                continue
            c = self.clusters[m.entity]
            # the place may be written apart from the name NER found ("The Osaka | District ...")
            name = c.name.lower() + " " + token.doc[max(0, m.start - 2):m.start].text.lower()
            if c.cls == "GovernmentBody" and any(k in name for k in key) and all(p in name for p in places):
                best = m.entity
        return best

    # ------------------------------------------------------------ output
    def _alone_on_line(self, m: Mention) -> bool:
        """A name that is all of its sentence ("Financial Times" atop the page); memoised per
        mention (descriptions ask of the same candidates again and again)."""
        found = self._alone.get((m.start, m.end))
        if found is None:
            found = self._alone[(m.start, m.end)] = self._is_alone_on_line(m)
        return found

    def _is_alone_on_line(self, m: Mention) -> bool:
        sent_of = self.doc.user_data.get("kg_sent_of")
        if not sent_of:
            return False
        start = sent_of[m.start]
        end = m.end
        while end < len(self.doc) and sent_of[end] == start and (self.doc[end].is_punct or self.doc[end].is_space):
            end += 1
        return (end == len(self.doc) or sent_of[end] != start) and all(
            self.doc[k].is_punct or self.doc[k].is_space for k in range(start, m.start))

    def _state_like(self, idx: int) -> bool:
        """A state, province or country rather than a city: a US state, a first-level division or
        country of the gazetteer ("Queensland"), or "... State"."""
        name = self.clusters[idx].name
        return name in lexicon.state_abbreviations() or name in lexicon.gazetteer_places() or name.endswith(" State")

    def label(self, idx: int) -> str:
        return self.clusters[idx].name


def canonical_name(c: Cluster) -> str:
    if c.title:
        return c.title
    if c.gazetteer_id:
        # a well-known name goes by its gazetteer form when the text uses it; otherwise by the
        # fullest form the text writes that the gazetteer knows ("FBI" alone, "Justice
        # Department", "... Missing & Exploited Children"), never by a misspelling
        written = [clean_surface(x) for x in c.surfaces]
        if any(w.lower() == c.name.lower() for w in written):
            return c.name
        index = lexicon.gazetteer_index()
        known = [w for w in written if w and entity_key(w) in index
                 and entity_key(index[entity_key(w)].name) == c.gazetteer_id]
        return max(known, key=lambda x: (len(x.split()), len(x))) if known else c.name
    # the longest surface form is the fullest name ("Ashley Moody" over "Moody", "Sea
    # Limited" over "Sea"); its IRI ignores the legal form (kg.graph.entity_iri), so
    # "Snap Inc." here and "Snap" in another article are one node
    best = clean_surface(max(c.surfaces or [c.name], key=lambda s: (len(s.split()), len(s))))
    short = lexicon.gazetteer_index().get(entity_key(org_core(best))) if c.fam == "org" else None
    if short is not None and org_core(best) != best and short.cls not in ("Platform",):
        return org_core(best)  # a well-known name goes by it: "Discord Inc." -> "Discord"
    return best
