"""Score extracted triples against gold annotations (the rule in tests/gold/README.md).

- A prediction matches a gold triple when ``doc`` and ``rel`` are equal and both
  ends match; an end matches when its normalised label equals the gold name or
  one of its aliases; a ``Statistic`` object matches when its normalised label
  contains the normalised ``object_key``.
- Each gold triple matches at most one prediction; another prediction of the same
  fact (a duplicate node) is a false positive.  Unmatched predictions of the scored
  relations are false positives, except those matching an ``optional`` gold triple.
- Precision, recall and F1 per relation and micro-averaged.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.normalize import normalize_label


def read_jsonl(path: str | Path) -> list[dict]:
    rows = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not JSON ({exc.msg})") from None
    return rows


def _names(row: dict, end: str) -> set[str]:
    names = {normalize_label(row[end])}
    names |= {normalize_label(a) for a in row.get(f"{end}_aliases", []) or []}
    return names


def _end_matches(pred: dict, gold: dict, end: str) -> bool:
    label = normalize_label(pred[end])
    if end == "object" and gold.get("object_type") == "Statistic" and gold.get("object_key"):
        return normalize_label(gold["object_key"]) in label
    return label in _names(gold, end)


def matches(pred: dict, gold: dict) -> bool:
    return (
        pred["doc"] == gold["doc"]
        and pred["rel"] == gold["rel"]
        and _end_matches(pred, gold, "subject")
        and _end_matches(pred, gold, "object")
    )


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Evaluation:
    per_relation: dict[str, Score]
    micro: Score
    false_positives: list[dict] = field(default_factory=list)
    false_negatives: list[dict] = field(default_factory=list)
    by_rule: dict[str, Score] = field(default_factory=dict)  # precision of each rule's predictions

    def as_dict(self, errors: bool = False) -> dict:
        out = {
            "micro": self.micro.as_dict(),
            "relations": {r: s.as_dict() for r, s in sorted(self.per_relation.items())},
        }
        out["rules"] = {r: {"tp": s.tp, "fp": s.fp, "precision": round(s.precision, 4)}
                        for r, s in sorted(self.by_rule.items())}
        if errors:
            out["false_positives"] = self.false_positives
            out["false_negatives"] = self.false_negatives
        return out


def evaluate(predictions: list[dict], gold: list[dict]) -> Evaluation:
    relations = sorted({g["rel"] for g in gold})
    docs = {g["doc"] for g in gold}
    preds = [p for p in predictions if p["rel"] in relations and p["doc"] in docs]
    # one prediction per (doc, rel, subject, object): the JSONL contract already is
    seen, unique = set(), []
    for p in sorted(preds, key=lambda p: (-float(p.get("confidence", 0)), p["doc"], p["rel"], p["subject"], p["object"])):
        key = (p["doc"], p["rel"], p["subject"], p["object"])
        if key not in seen:
            seen.add(key)
            unique.append(p)
    matched: set[int] = set()
    scores = {r: Score() for r in relations}
    ev = Evaluation(scores, Score())
    for p in unique:
        candidates = [i for i, g in enumerate(gold) if matches(p, g)]
        free = [i for i in candidates if i not in matched and not gold[i].get("optional")]
        free_opt = [i for i in candidates if i not in matched and gold[i].get("optional")]
        rule = ev.by_rule.setdefault(p.get("rule", "?"), Score())
        if free:
            matched.add(free[0])
            scores[p["rel"]].tp += 1
            rule.tp += 1
        elif free_opt:
            matched.add(free_opt[0])  # neither credit nor penalty
        elif any(gold[i].get("optional") for i in candidates):
            pass
        else:
            scores[p["rel"]].fp += 1
            rule.fp += 1
            if candidates:  # the same fact again, under a duplicate node
                g = gold[candidates[0]]
                ev.false_positives.append(dict(p, duplicate_of=f"{g['subject']} / {g['object']}"))
            else:
                ev.false_positives.append(p)
    for i, g in enumerate(gold):
        if i not in matched and not g.get("optional"):
            scores[g["rel"]].fn += 1
            ev.false_negatives.append(g)
    for s in scores.values():
        ev.micro.tp += s.tp
        ev.micro.fp += s.fp
        ev.micro.fn += s.fn
    return ev


# ---------------------------------------------------------------- entities

@dataclass
class EntityCheck:
    found: list[dict]
    wrong_class: list[tuple[dict, str]]
    missing: list[dict]
    forbidden: list[str]

    def as_dict(self) -> dict:
        return {
            "found": len(self.found),
            "expected": len(self.found) + len(self.wrong_class) + len(self.missing),
            "wrong_class": [{"name": g["name"], "doc": g["doc"], "expected": g["type"], "got": c} for g, c in self.wrong_class],
            "missing": [{"name": g["name"], "doc": g["doc"], "type": g["type"]} for g in self.missing],
            "not_an_entity_present": self.forbidden,
        }


def check_entities(entities: list[dict], gold: list[dict]) -> EntityCheck:
    """``entities``: rows {name, aliases, class, documents} read from the graph."""
    by_doc_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    surfaces: set[str] = set()  # exact surface forms (a NotAnEntity string is a surface form)
    for e in entities:
        names = {normalize_label(e["name"])} | {normalize_label(a) for a in e.get("aliases", [])}
        surfaces |= {_surface(e["name"])} | {_surface(a) for a in e.get("aliases", [])}
        for d in e.get("documents", []):
            for n in names:
                by_doc_name[(d, n)].add(e["class"])
    check = EntityCheck([], [], [], [])
    for g in gold:
        if g["type"] == "NotAnEntity":
            if _surface(g["name"]) in surfaces:
                check.forbidden.append(g["name"])
            continue
        names = {normalize_label(g["name"])} | {normalize_label(a) for a in g.get("aliases", [])}
        classes = set().union(*(by_doc_name.get((g["doc"], n), set()) for n in names))
        if g["type"] in classes or (g["type"] == "Person" and "Official" in classes):
            check.found.append(g)
        elif classes:
            check.wrong_class.append((g, ", ".join(sorted(classes))))
        else:
            check.missing.append(g)
    return check


def _surface(text: str) -> str:
    import unicodedata

    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("’", "'").split())


def graph_entities(store) -> list[dict]:
    from kg.graphdata import load_graph_data

    data = load_graph_data(store)
    return [
        {"name": n.label, "aliases": n.aliases, "class": n.cls, "documents": n.documents}
        for n in data.nodes.values()
        if n.cls != "Statistic"
    ]


def format_table(ev: Evaluation) -> str:
    from kg.query import table

    rows = []
    for rel, s in sorted(ev.per_relation.items()):
        rows.append([rel, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"])
    m = ev.micro
    rows.append(["micro", str(m.tp), str(m.fp), str(m.fn), f"{m.precision:.3f}", f"{m.recall:.3f}", f"{m.f1:.3f}"])
    return table(["relation", "tp", "fp", "fn", "precision", "recall", "f1"], rows)


def format_rules(ev: Evaluation) -> str:
    from kg.query import table

    rows = [[r, str(s.tp), str(s.fp), f"{s.precision:.3f}"] for r, s in sorted(ev.by_rule.items())]
    return table(["rule", "tp", "fp", "precision"], rows)


def calibrated_confidence(tp: int, fp: int) -> float:
    """A rule's confidence from its measured precision, smoothed towards 0.5 for small counts
    (Laplace: (tp + 1) / (tp + fp + 2))."""
    return round((tp + 1) / (tp + fp + 2), 2)


def write_confidence(ev: Evaluation, path: str | Path) -> None:
    """Merge measured rule confidences into a rule-confidence JSON file (atomically)."""
    from kg.export import write_atomic

    path = Path(path)
    table = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"default": 0.6}
    for rule, s in sorted(ev.by_rule.items()):
        if s.tp + s.fp:
            table[rule] = calibrated_confidence(s.tp, s.fp)
    write_atomic(path, (json.dumps(table, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


def format_errors(ev: Evaluation) -> str:
    lines = []
    for g in ev.false_negatives:
        lines.append(f"MISS  {g['doc']}  {g['rel']}({g['subject']}, {g['object']})\n      {g.get('evidence', '')}")
    for p in ev.false_positives:
        dup = f"  [duplicate of {p['duplicate_of']}]" if p.get("duplicate_of") else ""
        lines.append(f"FALSE {p['doc']}  {p['rel']}({p['subject']}, {p['object']}){dup}  rule={p.get('rule', '?')}\n      {p.get('evidence', '')}")
    return "\n".join(lines) + ("\n" if lines else "")
