"""Queries: named ``.rq`` files shipped in ``kg/queries/``, and result formatting."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources

from kg.errors import FormatError, QueryError, StoreError
from kg.namespace import PREFIXES, sparql_prefixes
from kg.store import QueryResult, Store, call_with_timeout

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


# strings and IRIs (kept: a '#' inside them is not a comment) or a comment (dropped)
_LEXEME = re.compile(
    r"""('''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\s]*>)|#[^\n]*"""
)
_POSITION = re.compile(r"\berror at (\d+):(\d+):\s*")


def strip_comments(sparql: str) -> str:
    """The text without ``#`` comments (line structure kept)."""
    return _LEXEME.sub(lambda m: m.group(1) or "", sparql)


def is_update(sparql: str) -> bool:
    """Whether the text is a SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, ...)."""
    return bool(_UPDATE.match(strip_comments(sparql)))


def _prepare(sparql: str, params: dict[str, str] | None) -> str:
    needed = set(_PARAM.findall(sparql))
    missing = sorted(needed - set(params or {}))
    if missing:
        raise QueryError("this query needs " + ", ".join(f"--param {m}=VALUE" for m in missing))
    return bind_params(sparql, {k: v for k, v in (params or {}).items() if k in needed})


def _query_error(exc: StoreError) -> QueryError:
    """A store error in one line, positions counted in the user's text (not the prefixes)."""
    shift = sparql_prefixes().count("\n")
    line, column = getattr(exc, "line", None), getattr(exc, "column", None)
    if line is not None:
        detail = exc.detail
    else:  # a plain message, e.g. "store update failed: error at 14:3: ..."
        m = _POSITION.search(str(exc))
        if not m:
            return QueryError(" ".join(str(exc).split()))
        line, column, detail = int(m.group(1)), int(m.group(2)), str(exc)[m.end():]
    what = "malformed SPARQL Update" if "update" in str(exc) else "malformed SPARQL"
    if line > shift:
        line -= shift
    detail = " ".join(detail.split())
    if len(detail) > 300:
        detail = detail[:299] + "…"
    return QueryError(f"{what} at line {line}, column {column}: {detail}")


def run(
    store: Store, sparql: str, params: dict[str, str] | None = None, timeout: float | None = None
) -> QueryResult:
    """Run a read-only query; the project's prefixes (kg:, rdfs:, prov: ...) are predeclared.

    Malformed SPARQL: :class:`QueryError` with line and column in ``sparql``.  A query
    still running after ``timeout`` seconds is abandoned with a :class:`QueryError`.
    """
    if is_update(sparql):
        raise QueryError("SPARQL Update is not allowed here: queries are read-only (kg query --allow-update runs it)")
    bound = _prepare(sparql, params)
    try:
        return store.query(sparql_prefixes() + bound, timeout=timeout)
    except StoreError as exc:
        raise _query_error(exc) from None


def run_update(
    store: Store, sparql: str, params: dict[str, str] | None = None, timeout: float | None = None
) -> None:
    """Run a SPARQL Update on a writable store, as one transaction (all or nothing)."""
    bound = _prepare(sparql, params)
    try:
        call_with_timeout(lambda _cancel: store.update(sparql_prefixes() + bound), timeout, "update")
    except StoreError as exc:
        raise _query_error(exc) from None


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
            if iri.startswith(ns) and re.fullmatch(r"[\w./-]*", iri[len(ns):]):
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
    if isinstance(term, ox.NamedNode):
        return term.value  # JSON is for programs: full IRIs (tables and CSV compact them)
    return term_text(term) if term is not None else None


_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _neutralise(cell: str) -> str:
    """CSV opened in a spreadsheet: a cell starting with = + - @ (or tab, carriage return)
    must not run as a formula, so it gets a leading apostrophe (OWASP's advice); a plain
    number such as ``-5.2`` is no formula and stays as it is."""
    if cell and cell[0] in "=+-@\t\r" and not _PLAIN_NUMBER.fullmatch(cell):
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
