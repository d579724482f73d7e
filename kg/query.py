"""Queries: named ``.rq`` files shipped in ``kg/queries/``, and result formatting."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources

from kg.errors import FormatError, QueryError
from kg.namespace import PREFIXES, sparql_prefixes
from kg.store import QueryResult, Store

FORMATS = ("table", "csv", "json")
_PARAM = re.compile(r"\$([A-Za-z_]\w*)")
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.I,
)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str

    @property
    def params(self) -> list[str]:
        return sorted(set(_PARAM.findall(self.text)))


def named_queries() -> dict[str, NamedQuery]:
    out = {}
    folder = resources.files("kg").joinpath("queries")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        desc = " ".join(
            line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")
        )
        out[entry.name[:-3]] = NamedQuery(entry.name[:-3], desc, text)
    return out


def get_named(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; 'kg query --list' shows them: {', '.join(queries)}")
    return queries[name]


def is_update(sparql: str) -> bool:
    body = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))
    return bool(_UPDATE.match(body))


def run(store: Store, sparql: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run a read-only query; the project's prefixes (kg:, rdfs:, prov: ...) are predeclared."""
    if is_update(sparql):
        raise QueryError("SPARQL Update is not allowed here: queries are read-only")
    needed = set(_PARAM.findall(sparql))
    missing = sorted(needed - set(params or {}))
    if missing:
        raise QueryError("this query needs " + ", ".join(f"--param {m}=VALUE" for m in missing))
    from kg.errors import StoreError

    bound = bind_params(sparql, {k: v for k, v in (params or {}).items() if k in needed})
    try:
        return store.query(sparql_prefixes() + bound)
    except StoreError as exc:
        raise QueryError(str(exc)) from None


def sparql_string(value: str) -> str:
    """A SPARQL string literal for any text (escaped, so it cannot end the literal)."""
    esc = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{esc}"'


def bind_params(sparql: str, params: dict[str, str]) -> str:
    """Bind ``$name`` variables with a VALUES block at the start of the WHERE group, so
    the same text works on every backend (embedded or a remote endpoint)."""
    if not params:
        return sparql
    m = re.search(r"\bWHERE\s*\{", sparql, re.I)
    if not m:
        raise QueryError("parameters need a query with a WHERE { ... } clause")
    values = " ".join(f"VALUES ${k} {{ {sparql_string(v)} }}" for k, v in sorted(params.items()))
    return sparql[: m.end()] + " " + values + " " + sparql[m.end():]


# ---------------------------------------------------------------- formatting

def term_text(term) -> str:
    """A term as a user reads it: literals by value, IRIs compacted with known prefixes."""
    if term is None:
        return ""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        iri = term.value
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if iri.startswith(ns) and re.fullmatch(r"[\w.-]*", iri[len(ns):]):
                return f"{prefix}:{iri[len(ns):]}"
        return iri
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _json_value(term):
    import pyoxigraph as ox

    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype is not None else ""
        if dt.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
    return term_text(term) if term is not None else None


def _neutralise(cell: str) -> str:
    """CSV opened in a spreadsheet: a cell starting with = + - @ must not run as a formula."""
    if cell and cell[0] in "=+-@\t\r":
        return "'" + cell
    return cell


def format_result(result: QueryResult, fmt: str = "table", max_width: int = 60) -> str:
    if fmt not in FORMATS:
        raise FormatError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if result.kind == "ask":
        return json.dumps({"boolean": result.boolean}) + "\n" if fmt == "json" else f"{str(result.boolean).lower()}\n"
    if result.kind == "graph":
        cols = ["subject", "predicate", "object"]
        rows = [(t.subject, t.predicate, t.object) for t in result.triples]
    else:
        cols, rows = result.variables, result.rows
    if fmt == "json":
        return json.dumps([{c: _json_value(v) for c, v in zip(cols, row)} for row in rows], ensure_ascii=False, indent=2) + "\n"
    texts = [[term_text(v) for v in row] for row in rows]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        for row in texts:
            w.writerow([_neutralise(c) for c in row])
        return buf.getvalue()
    return table(cols, texts, max_width)


def table(cols: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    def cut(s: str) -> str:
        s = " ".join(s.split())
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    cells = [[cut(c) for c in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    out = [line(cols), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
