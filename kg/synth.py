"""Synthetic news articles for benchmarks and scale tests.

Templated sentences about officials suing, investigating and writing to
companies, companies owning platforms, reports citing statistics, plus
distractor sentences with no facts in them.  Names come from fixed pools
(officials, companies, platforms, agencies, reports) built from a seeded RNG,
so entities recur across articles the way they do in real news, and numbers
vary freely.  Everything is deterministic for a given seed.

    python -m kg.synth --articles 1000 --out /tmp/corpus      # writes synth_00000.txt ...

Articles are 300-400 words (``words`` to change it).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FIRST = (
    "Ashley Maria James Robert Linda David Susan Michael Karen Daniel Laura Kevin Sandra Brian Nancy "
    "Thomas Rachel Steven Angela Patrick Monica Gregory Teresa Raymond Diane Victor Helen Marcus "
    "Julia Dennis Carol Vincent Alice Howard Grace Philip Irene Oscar Ruth Gerald Naomi Harold "
    "Brenda Douglas Joyce Walter Megan Arthur Leah Russell Paula Keith Elena Frank Olivia Henry"
).split()
LAST = (
    "Moody Torrez Harmon Whitfield Caldwell Brennan Okafor Lindqvist Navarro Prescott Delgado "
    "Hollis Kowalski Abernathy Castellano Fairbanks Gallagher Huxley Ingram Jablonski Kessler "
    "Lattimore Mercado Northcott Oyelaran Pemberton Quintero Rasmussen Sandoval Thornbury Underwood "
    "Valencia Wexler Yarborough Zimmerman Ashford Bellamy Cordova Dunmore Ellison Fitzgerald Granger "
    "Hargrove Iverson Jennings Kaplan Langford Merriweather Nakamura Osterman Pritchard Redmond "
    "Sutherland Tolliver Vaughn Westbrook"
).split()
STATES = (
    "Florida", "New Mexico", "California", "Texas", "New York", "Utah", "Arkansas", "Massachusetts",
    "Ohio", "Georgia", "Michigan", "Arizona", "Nevada", "Oregon", "Virginia", "Colorado",
    "Tennessee", "Indiana", "Missouri", "Minnesota", "Wisconsin", "Kentucky", "Louisiana", "Iowa",
)
OFFICIAL_ROLES = ("Attorney General", "Governor", "Attorney General", "Lieutenant Governor")
FEDERAL_ROLES = ("Senator", "Sen.", "Rep.")
STEM_A = "Vel Nor Quil Zan Bright Cor Lum Tera Ori Hexa Sol Mira Astra Kel Dyna Ven Pax Rho Syl Tor Ul Ex Fen Gal".split()
STEM_B = "trix vane lon ara path ly nex dor ium ora mont wick sphere gate forge stream lane cast byte".split()
COMPANY_SUFFIX = ("Inc.", "Corp.", "Technologies", "Holdings", "Group", "Games", "Technologies", "Inc.")
APP_A = "Chat Snap Loop Buzz Pix Vibe Glim Tok Zap Hang Chirp Flick Quip Blip Yak Ping Drift Muse".split()
APP_B = "ter wave ly hub nest spot ify zone io verse feed circle".split()
REAL_PLATFORMS = ("Instagram", "Facebook", "WhatsApp", "YouTube", "TikTok", "Snapchat", "Discord", "Roblox", "Reddit", "Telegram")
AGENCIES = (
    "Federal Trade Commission", "FTC", "Department of Justice", "Justice Department", "FBI",
    "Securities and Exchange Commission", "Federal Communications Commission", "European Commission",
)
COMMITTEES = (
    "Senate Judiciary Committee", "House Energy and Commerce Committee", "Senate Commerce Committee",
    "House Oversight Committee",
)
TOPICS = (
    "Online Child Safety", "Human Trafficking", "Digital Wellbeing", "Youth Internet Use",
    "Cyberbullying", "Online Fraud", "Platform Accountability", "Teen Mental Health",
    "Data Privacy", "Online Exploitation", "Scam Prevention", "Content Moderation",
)
ORGS = (
    "Human Trafficking Institute", "Center for Digital Safety", "Internet Safety Coalition",
    "Family Online Safety Institute", "Digital Rights Foundation", "Youth Protection Alliance",
    "National Parents Association", "Tech Transparency Project",
)
ALLEGATIONS = (
    "misleading parents about the safety of its apps",
    "failing to protect children from predators",
    "designing features that keep teenagers hooked",
    "collecting data from minors without consent",
    "ignoring reports of human trafficking",
    "deceiving users about privacy settings",
    "allowing scammers to target elderly users",
    "hiding internal research on teen mental health",
)
SUBJECTS = ("victims", "teenagers", "parents", "users under 18", "reported cases", "complaints", "survey respondents", "children")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
CITIES = ("Tallahassee", "Santa Fe", "Sacramento", "Austin", "Albany", "Denver", "Atlanta", "Phoenix", "Columbus", "Boston")

# Sentences with no facts in them (numbers and places vary so they are not duplicates).
DISTRACTORS = (
    "Analysts said the market remained volatile through the {ordinal} quarter.",
    "The weather in {city} was unusually warm on {day}, with temperatures near {n} degrees.",
    "Parents were encouraged to review the privacy settings on their children's phones.",
    "Experts say the debate over online safety is likely to continue for years.",
    "The hearing lasted nearly {n} hours and included testimony from several witnesses.",
    "Some advocates argued that new rules would not go far enough.",
    "Critics have long questioned whether voluntary measures are enough to keep young users safe.",
    "The issue has drawn attention from lawmakers in both parties.",
    "Shares of several technology firms fell about {pct} percent in afternoon trading.",
    "Local schools in {city} have started teaching students about online risks.",
    "A spokesperson did not immediately respond to a request for comment.",
    "The case is expected to take months, if not years, to resolve.",
    "Researchers cautioned that the figures may undercount the true scale of the problem.",
    "Officials in {city} said they were still reviewing the details.",
    "Many families said they felt overwhelmed by the number of apps their children use.",
    "The proposal will be debated again when the legislature returns in {month}.",
)


def _pool(rng: random.Random, make, size: int) -> list[str]:
    seen: dict[str, None] = {}
    tries = 0
    while len(seen) < size and tries < size * 50:
        seen.setdefault(make(), None)
        tries += 1
    return list(seen)


@dataclass(frozen=True)
class Pools:
    officials: list[tuple[str, str, str]]  # (name, role, state)
    federal: list[tuple[str, str, str]]
    executives: list[str]
    companies: list[str]
    platforms: list[str]
    reports: list[str]


def pools(seed: int = 0, companies: int = 300, platforms: int = 200, officials: int = 150) -> Pools:
    """The recurring names (deterministic for a seed)."""
    rng = random.Random(f"kg-synth-pools-{seed}")
    person = lambda: f"{rng.choice(FIRST)} {rng.choice(LAST)}"  # noqa: E731
    names = _pool(rng, person, officials * 2 + 120)
    offs = [(n, rng.choice(OFFICIAL_ROLES), rng.choice(STATES)) for n in names[:officials]]
    feds = [(n, rng.choice(FEDERAL_ROLES), rng.choice(STATES)) for n in names[officials:officials * 2]]
    execs = names[officials * 2:]
    comp = _pool(rng, lambda: f"{rng.choice(STEM_A)}{rng.choice(STEM_B)} {rng.choice(COMPANY_SUFFIX)}", companies)
    plat = _pool(rng, lambda: f"{rng.choice(APP_A)}{rng.choice(APP_B)}", platforms)
    reps = _pool(rng, lambda: f"{rng.randint(2015, 2024)} {rng.choice(TOPICS)} Report", 120)
    return Pools(offs, feds, execs, comp, plat, reps)


@dataclass(frozen=True)
class Article:
    name: str
    date: str
    title: str
    body: str
    company: str = ""  # the company the article is about

    @property
    def text(self) -> str:
        """The file content: a date marker, the headline, the body."""
        return f"date {self.date}\n\n{self.title}\n\n{self.body}\n"

    @property
    def words(self) -> int:
        return len(self.title.split()) + len(self.body.split())


class _Writer:
    """One article: a cast of recurring names and a bag of sentence templates."""

    def __init__(self, rng: random.Random, p: Pools):
        self.r = rng
        self.p = p
        self.official = rng.choice(p.officials)
        self.federal = rng.choice(p.federal)
        self.company = rng.choice(p.companies)
        self.company2 = rng.choice([c for c in p.companies[:40] if c != self.company])
        self.ceo = rng.choice(p.executives)
        ps = rng.sample(p.platforms, 3)
        if rng.random() < 0.3:
            ps[2] = rng.choice(REAL_PLATFORMS)
        self.platforms = ps
        self.report = rng.choice(p.reports)
        self.org = rng.choice(ORGS)
        self.agency = rng.choice(AGENCIES)
        self.committee = rng.choice(COMMITTEES)

    # numbers and small fillers
    def n(self, lo=2, hi=900) -> int:
        return self.r.randint(lo, hi)

    def pct(self) -> int:
        return self.r.randint(3, 87)

    def fill(self, template: str) -> str:
        r = self.r
        return template.format(
            city=r.choice(CITIES), day=r.choice(DAYS), month=r.choice(MONTHS), n=self.n(3, 99),
            pct=self.pct(), ordinal=r.choice(("first", "second", "third", "fourth")),
        )

    def facts(self) -> list[str]:
        r = self.r
        name, role, state = self.official
        surname = name.split()[-1]
        fname, frole, fstate = self.federal
        co, co2, ceo = self.company, self.company2, self.ceo
        p1, p2, p3 = self.platforms
        rep, org, agency = self.report, self.org, self.agency
        m = self.n(100, 2000)
        k = r.randint(10, m - 1)
        out = [
            f"{state} {role} {name} sued {co} on {r.choice(DAYS)}, accusing the company of {r.choice(ALLEGATIONS)}.",
            f"{co}, the parent company of {p1} and {p2}, denied the allegations.",
            f"{co} CEO {ceo} testified before the {self.committee} in {r.choice(MONTHS)}.",
            f"The {rep}, published by the {org}, found that {k} of the {m} reported cases involved the {p1} app.",
            f"{surname} sent a letter to {co} on {r.choice(DAYS)}, asking how the firm protects minors.",
            f"The {agency} launched an investigation into {co} in {r.randint(2018, 2024)}.",
            f"{co} acquired {p3} for ${self.n(20, 900)} million in {r.randint(2012, 2023)}.",
            f"According to the {rep}, {self.pct()}% of {r.choice(SUBJECTS)} were contacted through the {p2} app.",
            f"{frole} {fname} of {fstate} accused {co} of {r.choice(ALLEGATIONS)}.",
            f"{co2} owns the {p3} platform, which has about {self.n(2, 400)} million users.",
            f"{co} said it had removed {self.n(1000, 90000):,} accounts from {p1} last year.",
            f"The {org} estimated that {self.pct()}% of {r.choice(SUBJECTS)} had seen harmful content on {p2}.",
            f"{fname} invited {ceo} to testify before the {self.committee}.",
            f"{co} rejected {surname}'s claims and said it would fight the lawsuit.",
        ]
        r.shuffle(out)
        return out

    def article(self, words: int) -> tuple[str, str]:
        r = self.r
        name, role, state = self.official
        co = self.company
        title = r.choice((
            f"{state} sues {co} over child safety",
            f"{co} faces new scrutiny over {self.platforms[0]}",
            f"{name.split()[-1]} demands answers from {co}",
            f"Report finds rising harm on {self.platforms[1]}",
        ))
        facts = self.facts()
        paragraphs: list[list[str]] = []
        total = len(title.split())
        para: list[str] = []
        while total < words:
            if facts and r.random() < 0.6:
                s = facts.pop()
            else:
                s = self.fill(r.choice(DISTRACTORS))
            para.append(s)
            total += len(s.split())
            if len(para) >= r.randint(2, 4):
                paragraphs.append(para)
                para = []
        if para:
            paragraphs.append(para)
        return title, "\n\n".join(" ".join(p) for p in paragraphs)


def articles(n: int, seed: int = 0, words: tuple[int, int] = (300, 400), start: int = 0) -> Iterator[Article]:
    """``n`` articles (a generator: nothing is kept).  Article ``i`` depends only on
    (seed, i), so any slice can be regenerated on its own."""
    p = pools(seed)
    base = _dt.date(2021, 1, 1)
    for i in range(start, start + n):
        rng = random.Random(f"kg-synth-{seed}-{i}")
        writer = _Writer(rng, p)
        title, body = writer.article(rng.randint(*words))
        date = (base + _dt.timedelta(days=rng.randint(0, 1460))).isoformat()
        yield Article(name=f"synth_{i:05d}.txt", date=date, title=title, body=body, company=writer.company)


def write_corpus(folder: str | Path, n: int, seed: int = 0, words: tuple[int, int] = (300, 400)) -> dict:
    """Write ``n`` articles as files into ``folder``; returns {"articles": n, "words": total}."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for a in articles(n, seed=seed, words=words):
        (out / a.name).write_text(a.text, encoding="utf-8")
        total += a.words
    return {"articles": n, "words": total}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m kg.synth", description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True, help="folder to write the .txt files into")
    args = ap.parse_args(argv)
    info = write_corpus(args.out, args.articles, seed=args.seed)
    print(f"wrote {info['articles']} articles ({info['words']:,} words) to {args.out}")


if __name__ == "__main__":  # pragma: no cover
    main()
