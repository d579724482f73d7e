"""Run the extraction rules over parsed documents and emit plain data."""
from __future__ import annotations

import bisect
import functools
import json
from dataclasses import replace
from collections.abc import Iterable, Iterator
from importlib import resources

import numpy
from spacy.symbols import NUM
from spacy.tokens import Doc

from kg.extract.dates import event_date
from kg.extract.mentions import find_mentions, sentence_kind
from kg.extract.relations import SENTENCE_RULES, Context, Found, source_credit
from kg.extract.resolve import Resolver, canonical_name
from kg.extract.statistics import Stat, find_statistics, may_hold_figures
from kg.model import Document, Entity, Evidence, Extraction, Relation


@functools.lru_cache(maxsize=1)
def rule_confidence() -> dict[str, float]:
    raw = json.loads(resources.files("kg").joinpath("data", "rule_confidence.json").read_text("utf-8"))
    return {k: float(v) for k, v in raw.items() if not k.startswith("_")}


def confidence(rule: str) -> float:
    table = rule_confidence()
    return table.get(rule, table["default"])


def extract_document(document: Document, doc: Doc) -> Extraction:
    """Entities and relations of one parsed document, with evidence."""
    sents = list(doc.sents)
    # one pass over the entities: Span.ents and Token.sent rescan the document each call
    sent_of = [0] * len(doc)
    for s in sents:
        sent_of[s.start:s.end] = [s.start] * (s.end - s.start)
    ents_by_sent: dict[int, list] = {s.start: [] for s in sents}
    all_ents = list(doc.ents)  # each access of Doc.ents builds new spans
    doc.user_data["kg_ents"] = all_ents
    for ent in all_ents:
        ents_by_sent[sent_of[ent.start]].append(ent)
    # Doc.text joins every token; the document's own text is the same string when it was parsed
    text = document.text if doc and doc[-1].idx + len(doc[-1].text_with_ws) == len(document.text) else doc.text
    kinds = {s.start: sentence_kind(s, ents_by_sent[s.start], text) for s in sents}
    for s in sents:
        # a line of its own without a full stop is a headline or a subhead ("Arizona sues
        # Snap, alleging Snapchat features fuel teen sextortion"), not a statement
        if kinds[s.start] == "prose":
            raw = text[s.start_char:s.end_char]
            body = raw.strip()
            alone = (s.start_char == 0 or text[:s.start_char].rstrip(" \t").endswith("\n")) and (
                raw.rstrip(" \t").endswith("\n") or text[s.end_char:].lstrip(" \t").startswith("\n")
                or not text[s.end_char:].strip())
            if alone and body and body[-1] not in '.!?"”’:;)' and 4 <= len(body.split()) <= 18:  # a paragraph is longer
                kinds[s.start] = "headline"
    # for kg.extract.relations.asserted: each token's sentence start, and the questions
    doc.user_data["kg_sent_of"] = sent_of
    doc.user_data["kg_text"] = text
    doc.user_data["kg_questions"] = {
        s.start for s in sents if text[s.start_char:s.end_char].rstrip().rstrip("\"'”’").endswith("?")}
    mentions = find_mentions(doc, kinds, sent_of)
    resolver = Resolver(doc, mentions)
    blocked = {i for m in mentions for i in range(m.start, m.end)}
    stats_by_sent: dict[int, list[Stat]] = {}
    numbers = numpy.flatnonzero(doc.to_array("POS") == NUM).tolist()  # words tagged as numbers, in order
    for s in sents:
        if kinds[s.start] == "prose":
            k = bisect.bisect_left(numbers, s.start)
            may = may_hold_figures(text[s.start_char:s.end_char], ents_by_sent[s.start],
                                   k < len(numbers) and numbers[k] < s.end)
            stats_by_sent[s.start] = find_statistics(s, blocked, ents_by_sent[s.start]) if may else []
    ctx = Context(resolver, stats_by_sent, kinds)

    found: list[tuple[Found, object]] = []
    previous = None
    for s in sents:
        kind = kinds[s.start]
        ctx.sentence_found = []
        if kind in ("prose", "caption"):
            for rule in SENTENCE_RULES:
                if kind == "caption" and rule.__name__ not in ("title_relations", "role_apposition", "findings_lists"):
                    continue
                for f in rule(s, ctx):
                    ctx.record(f)
                    found.append((f, s))
        elif kind == "source":
            for f in source_credit(s, ctx, previous):
                found.append((f, previous))
        if kind == "prose":
            previous = s
    unnamed = ctx.resolve_makers(found)
    if unnamed:  # "sued the company behind X", its name never given: no party to name
        found = [(f, s) for f, s in found if f.subject not in unnamed and f.object.cluster not in unnamed]
    return _assemble(document, doc, resolver, found, ents_by_sent)


def _evidence(document: Document, sent, rule: str) -> Evidence:
    # Span.text and Doc.text rebuild the text token by token: slice it, read once per document
    raw = sent.doc.user_data["kg_text"][sent.start_char:sent.end_char]
    text = raw.strip()
    lead = len(raw) - len(raw.lstrip())
    start = document.offset + sent.start_char + lead
    return Evidence(
        doc_id=document.doc_id,
        sentence=text,
        start=start,
        end=start + len(text),
        rule=rule,
        confidence=confidence(rule),
    )


def _assemble(document: Document, doc: Doc, resolver: Resolver, found, ents_by_sent) -> Extraction:
    clusters = resolver.clusters
    if resolver.redirect:
        found = [(_redirected(f, resolver), s) for f, s in found]
    makers = resolver.makers()
    if makers:
        found = [(_as_maker(f, makers), s) for f, s in found]
    # one Entity per cluster that has a named mention or takes part in a relation
    used = {f.subject for f, _ in found} | {f.object.cluster for f, _ in found if f.object.cluster is not None}
    entities: dict[int, Entity] = {}
    for i, c in enumerate(clusters):
        named = any(m.source not in ("group", "report") for m in c.mentions)
        if not named and i not in used:
            continue
        name = canonical_name(c)
        aliases = tuple(sorted({s for s in c.surfaces if s != name}))
        role = c.role if c.cls in ("Official", "Person") else None
        juris = canonical_name(clusters[c.jurisdiction]) if c.jurisdiction is not None else None
        generic = c.cls == "Report" and not any(ch.isupper() or ch.isdigit() for ch in name)
        entities[i] = Entity(cls=c.cls, name=name, aliases=aliases, role=role, jurisdiction=juris,
                             scope=document.doc_id if generic else None)
    stat_entities: dict[tuple[int, int], Entity] = {}
    relations: set[Relation] = set()
    dates: dict[int, str | None] = {}

    def _event_date(sent) -> str | None:
        if sent.start not in dates:
            dates[sent.start] = event_date(ents_by_sent.get(sent.start, ()), document.date)
        return dates[sent.start]

    for f, sent in found:
        if f.subject not in entities:
            continue
        subj = entities[f.subject]
        if f.object.stat is not None:
            st = f.object.stat
            obj = stat_entities.get((st.start, st.end))
            if obj is None:
                obj = stat_entities[(st.start, st.end)] = Entity(
                    cls="Statistic", name=st.text, value=st.value, unit=st.unit, measures=st.measures,
                    about=_about(resolver, entities, st, f.subject),
                )
        else:
            if f.object.cluster not in entities:
                continue
            obj = entities[f.object.cluster]
        if subj.key == obj.key:
            continue
        relations.add(Relation(subj.key, f.rel, obj.key, _evidence(document, sent, f.rule), f.detail, _event_date(sent)))
    # the same accusation read twice, once with its allegation: the one that says what it is
    detailed = {(r.subject, r.rel, r.object, r.evidence) for r in relations if r.detail}
    relations = {r for r in relations if r.detail or (r.subject, r.rel, r.object, r.evidence) not in detailed}
    all_entities = {e.key: e for e in entities.values()}
    for e in stat_entities.values():
        all_entities.setdefault(e.key, e)
    return Extraction(
        document=document,
        entities=sorted(all_entities.values()),
        relations=sorted(relations, key=_relation_order),
    )


def _relation_order(r: Relation) -> tuple:
    """A total order of relations: two may differ only in an optional field (one allegation with
    a detail, the same one without), which ``None`` cannot be compared on."""
    return (r.subject, r.rel, r.object, r.evidence, r.detail or "", r.event_date or "")


# who acts in a relation: an app named after its maker stands for the maker there
_AGENT_ENDS = {"sued": "object", "ceo_of": "object", "cites": "subject", "published": "subject", "owns": "subject"}


def _as_maker(f: Found, makers: dict[int, int]) -> Found:
    """"sued the company behind the app Vanta", "Vanta said in a statement", "Vanta's chief
    executive": an app named after its maker stands for the maker as a party, speaker or employer."""
    end = _AGENT_ENDS.get(f.rel)
    if end == "subject" and f.subject in makers and f.object.cluster != makers[f.subject]:
        return replace(f, subject=makers[f.subject])
    if end == "object" and f.object.cluster in makers:
        return replace(f, object=replace(f.object, cluster=makers[f.object.cluster]))
    return f


def _redirected(f, resolver: Resolver):
    """The same finding about the cluster a merged one was folded into."""
    subject = resolver.final(f.subject)
    obj = f.object
    if obj.cluster is not None and resolver.final(obj.cluster) != obj.cluster:
        obj = replace(obj, cluster=resolver.final(obj.cluster))
    return replace(f, subject=subject, object=obj) if (subject, obj) != (f.subject, f.object) else f


def _about(resolver: Resolver, entities: dict[int, Entity], st: Stat, source: int) -> str | None:
    """The entity a statistic is about: the first company, platform, place or organisation
    named inside its span ("over 21 million reports from Facebook" -> Facebook), not its source."""
    for m in resolver.between(st.start, st.end):
        if m.entity is not None and m.entity != source and m.entity in entities \
                and entities[m.entity].cls in ("Company", "Platform", "Place", "Organization", "GovernmentBody", "Person", "Official"):
            e = entities[m.entity]
            return f"{e.cls}\t{e.name}"
    return None


def extract_documents(
    documents: Iterable[Document], nlp, batch_size: int = 32, n_process: int = 1
) -> Iterator[Extraction]:
    """Parse with ``nlp.pipe`` (batched, optionally multi-process) and extract each document."""
    stream = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield extract_document(document, doc)
