"""Queries: named ``.rq`` files shipped in ``kg/queries/``, parameters (entity names resolved
first), paging, and result formatting."""
from __future__ import annotations

import csv
import io
import json
import re
import time
from dataclasses import dataclass, field
from importlib import resources

from kg.errors import FormatError, QueryError, StoreError
from kg.namespace import PREFIXES, sparql_prefixes
from kg.store import QueryResult, QueryTimeout, Store, call_with_timeout

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
        return query_params(self.text)


def named_queries() -> dict[str, NamedQuery]:
    """The shipped queries by name.  A query's description is the first paragraph of
    its leading ``#`` comment; the comment lines after it document the query."""
    out = {}
    folder = resources.files("kg").joinpath("queries")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        first = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            body = line[1:].strip()
            if not body or body.startswith("@"):
                if first:
                    break
                continue
            first.append(body)
        out[entry.name[:-3]] = NamedQuery(entry.name[:-3], " ".join(first), text)
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


def mask(sparql: str) -> str:
    """The text with every string, IRI and comment blanked (same length, newlines kept),
    so keywords, braces and ``$name`` can be found by position without meeting them."""
    return _LEXEME.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), sparql)


def query_params(sparql: str) -> list[str]:
    """The ``$name`` parameters of a query (not those inside strings, IRIs or comments)."""
    return sorted(set(_PARAM.findall(mask(sparql))))


def entity_params(sparql: str) -> set[str]:
    """Parameters declared ``# @param $name entity`` in the query's comments: their value
    is a name or alias (any case) or an IRI, resolved to the entity before the query runs."""
    return set(_ENTITY_PARAM.findall(sparql)) & set(query_params(sparql))


_ENTITY_PARAM = re.compile(r"^#\s*@param\s+\$([A-Za-z_]\w*)\s+entity\b", re.M)


def _prepare(sparql: str, params: dict[str, str] | None, store=None, timeout: "float | _Budget | None" = None,
             notes: list[str] | None = None) -> str:
    needed = set(query_params(sparql))
    missing = sorted(needed - set(params or {}))
    if missing:
        raise QueryError("this query needs " + ", ".join(f"--param {m}=VALUE" for m in missing))
    terms = {k: [sparql_string(v)] for k, v in (params or {}).items() if k in needed}
    if store is not None:
        for k in sorted(entity_params(sparql)):
            iris = resolve_entity(store, params[k], timeout)
            terms[k] = [sparql_iri(iri) for iri in iris]
            if notes is not None and len(iris) != 1:
                notes.append(_resolution_note(k, params[k], iris))
    return bind_terms(sparql, terms)


def _resolution_note(param: str, value: str, iris: list[str]) -> str:
    if not iris:
        return f"no entity is named {value!r} (names and aliases, any case)"
    import pyoxigraph as ox

    shown = ", ".join(term_text(ox.NamedNode(i)) for i in iris[:5]) + (", ..." if len(iris) > 5 else "")
    return (f"{value!r} names {len(iris)} entities ({shown}): the rows are about all of them; "
            f"--param {param}=IRI picks one")


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


DEFAULT_LIMIT = 100  # rows a named query shows unless told otherwise (kg query --limit)


@dataclass
class Page(QueryResult):
    """A :class:`QueryResult` that is one page of the answer: rows (or triples)
    ``offset + 1`` to ``offset + len(rows)``; ``more``: rows follow this page."""

    offset: int = 0
    limit: int | None = None
    more: bool = False
    notes: list[str] = field(default_factory=list)  # e.g. how an entity parameter was resolved

    def notice(self) -> str | None:
        """One line for stderr when the page is not the whole answer, else ``None``."""
        if self.kind == "ask":
            return None
        n = len(self.triples if self.kind == "graph" else self.rows)
        what = ("triple" if self.kind == "graph" else "row") + ("" if n == 1 else "s")
        first, last = self.offset + 1, self.offset + n
        shown = f"{what} {first}" if n == 1 else f"{what} {first}–{last}"
        if self.more:
            return f"showing {shown}; more follow: --offset {last} for the next page, --limit 0 for all"
        if self.offset and n:
            return f"showing {shown} (the last)"
        if self.offset:
            return f"no {'triples' if self.kind == 'graph' else 'rows'} after the first {self.offset}"
        return None


def run(
    store: Store,
    sparql: str,
    params: dict[str, str] | None = None,
    timeout: float | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Page:
    """Run a read-only query; the project's prefixes (kg:, rdfs:, prov: ...) are predeclared.

    ``params`` bind ``$name`` to string literals (:func:`bind_params`); a parameter the
    query declares ``# @param $name entity`` is resolved to the entity first
    (:func:`resolve_entity`).  ``limit`` (``None`` or 0: all) and ``offset`` page the
    answer: rows of a SELECT (applied inside the query as LIMIT/OFFSET, combined with the
    query's own), triples of a CONSTRUCT or DESCRIBE (cut after it runs); the returned
    :class:`Page` says whether more follow.  Malformed SPARQL: :class:`QueryError` with
    line and column in ``sparql``.  A query still running after ``timeout`` seconds is
    abandoned with a :class:`QueryError`.
    """
    if is_update(sparql):
        raise QueryError("SPARQL Update is not allowed here: queries are read-only (kg query --allow-update runs it)")
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("limit and offset cannot be negative")
    limit = limit or None
    notes: list[str] = []
    budget = _Budget(timeout)
    bound = _prepare(sparql, params, store, budget, notes)
    paged = page_query(bound, limit, offset)
    res = _store_query(store, paged.text, budget)
    page = Page(res.kind, res.variables, res.rows, res.boolean, res.triples, offset=offset, limit=limit, notes=notes)
    if res.kind == "graph" and (limit or offset):
        page.more = limit is not None and len(res.triples) > offset + limit
        page.triples = res.triples[offset: offset + limit if limit else None]
    elif res.kind == "select" and limit is not None and paged.marked:
        # cut inside and sorted after: ask for the first row after the page
        page.more = len(res.rows) >= limit and bool(_store_query(store, page_query(bound, 1, offset + limit).text, budget).rows)
    elif res.kind == "select" and limit is not None and len(res.rows) > limit:
        page.more, page.rows = True, res.rows[:limit]
    return page


def run_named(
    store: Store,
    name: str,
    params: dict[str, str] | None = None,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
    timeout: float | None = None,
) -> Page:
    """Run the named query ``name`` as ``kg query --name`` does: the first
    :data:`DEFAULT_LIMIT` rows unless ``limit`` says otherwise (0 or ``None``: all)."""
    return run(store, get_named(name).text, params, timeout=timeout, limit=limit, offset=offset)


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


def sparql_iri(iri: str) -> str:
    """``<iri>`` for an IRI that can be written so (no spaces, quotes, angle brackets ...)."""
    if not re.fullmatch(_IRI_CHARS, iri):
        raise QueryError(f"not an IRI: {iri!r}")
    return f"<{iri}>"


# ---------------------------------------------------------------- parameters

def bind_params(sparql: str, params: dict[str, str]) -> str:
    """Bind each ``$name`` to a string literal, on every backend (embedded or remote).

    The literal is written in place of ``$name`` wherever a constant may stand (strings,
    IRIs and comments are left alone), so the optimiser sees it in every pattern and
    UNION branch; a ``$name`` that must stay a variable (projected by SELECT, after AS,
    in a VALUES header, GROUP BY or ORDER BY, a CONSTRUCT template) is bound with a
    ``VALUES`` block at the start of the WHERE group instead.
    """
    return bind_terms(sparql, {k: [sparql_string(v)] for k, v in params.items()})


def bind_terms(sparql: str, terms: dict[str, list[str]]) -> str:
    """Bind each ``$name`` to the SPARQL terms given (written ``"text"`` or ``<iri>``).

    One term: written in place (see :func:`bind_params`).  Several terms or none: a
    ``VALUES $name { ... }`` at the start of each innermost group that uses ``$name``
    (so each UNION branch is fixed to those terms), or at the start of the WHERE group
    when ``$name`` must stay a variable.
    """
    if not terms:
        return sparql
    masked = mask(sparql)
    uses = [(m.start(), m.end(), m.group(1)) for m in _PARAM.finditer(masked) if m.group(1) in terms]
    at_top = {name for start, _, name in uses if _variable_position(masked, start)}
    edits = []  # (start, end, text), applied from the end
    groups: dict[int, set[str]] = {}
    for start, end, name in uses:
        if name in at_top:
            continue
        if len(terms[name]) == 1:
            edits.append((start, end, terms[name][0]))
        else:
            groups.setdefault(_group_start(masked, start), set()).add(name)
    for brace, names in groups.items():
        edits.append((brace + 1, brace + 1, "".join(_values(n, terms[n]) for n in sorted(names))))
    if at_top:
        m = re.search(r"\bWHERE\s*\{", masked, re.I)
        if not m:
            raise QueryError("parameters need a query with a WHERE { ... } clause")
        edits.append((m.end(), m.end(), "".join(_values(n, terms[n]) for n in sorted(at_top))))
    out = sparql
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:start] + text + out[end:]
    return out


def _values(name: str, terms: list[str]) -> str:
    return f" VALUES ${name} {{ {' '.join(terms)} }} "


def _group_start(masked: str, pos: int) -> int:
    """Index of the ``{`` of the innermost group around ``pos``."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        c = masked[i]
        if c == "}":
            depth += 1
        elif c == "{":
            if depth == 0:
                return i
            depth -= 1
    raise QueryError("a parameter outside any { ... } group")


def _variable_position(masked: str, pos: int) -> bool:
    """Whether the ``$name`` at ``pos`` must stay a variable (a constant is not allowed there)."""
    before = masked[:pos]
    if re.search(r"\bAS\s*$", before, re.I):
        return True
    if re.search(r"\bVALUES\s*(?:\(\s*(?:[?$]\w+\s*)*|)$", before, re.I):
        return True
    # SELECT projection, GROUP BY / ORDER BY condition: no brace since the keyword
    m = None
    for m in re.finditer(r"\b(?:SELECT|GROUP\s+BY|ORDER\s+BY)\b", before, re.I):
        pass
    if m and not re.search(r"[{}]|\bWHERE\b|\bLIMIT\b|\bOFFSET\b|\bHAVING\b|\bVALUES\b", before[m.end():], re.I):
        return True
    # a CONSTRUCT template
    try:
        brace = _group_start(masked, pos)
    except QueryError:
        return True
    return bool(re.search(r"\bCONSTRUCT\s*$", masked[:brace], re.I))


# ---------------------------------------------------------------- entities

_NAME_PREDICATES = ("rdfs:label", "skos:altLabel")


def name_variants(name: str) -> list[str]:
    """The casings of ``name`` tried by exact lookup: as given, lower, upper, title case,
    each word capitalised (rest kept), first letter capitalised.  Only variants that are
    the same name case-insensitively (``ß``/``SS`` are not)."""
    words = name.split(" ")
    cands = [name, name.lower(), name.upper(), name.title(),
             " ".join(w[:1].upper() + w[1:] for w in words),
             " ".join(w[:1].upper() + w[1:].lower() for w in words),
             name[:1].upper() + name[1:]]
    out = []
    for c in cands:
        if c not in out and c.lower() == name.lower():
            out.append(c)
    return out


def resolve_entity(store: Store, name: str, timeout: "float | _Budget | None" = None) -> list[str]:
    """The IRIs of the resources named ``name`` (``rdfs:label`` or ``skos:altLabel``),
    case-insensitively, sorted.

    Index lookups first: the exact literal in each casing of :func:`name_variants`;
    only when none of them is stored, a case-insensitive scan of every name (``LCASE``).
    So a name stored in another casing too (``Acme Corp`` and ``ACME Corp``) is found
    in the casing that matches a variant only.  An IRI (``<...>``, ``http(s)://...`` or
    ``kgr:...``) of a named resource is taken as it is.
    """
    name = name.strip()
    iri = _as_iri(name)
    if iri is not None:
        q = f"ASK {{ {sparql_iri(iri)} {'|'.join(_NAME_PREDICATES)} ?name }}"
        if _store_query(store, q, timeout).boolean:
            return [iri]
    # one UNION branch per variant and predicate: each is an index lookup (POS)
    branches = " UNION ".join(
        f"{{ ?e {p} {sparql_string(v)} }}" for v in name_variants(name) for p in _NAME_PREDICATES)
    found = _store_query(store, f"SELECT DISTINCT ?e WHERE {{ {branches} }}", timeout)
    if not found.rows:
        found = _store_query(store, (
            f"SELECT DISTINCT ?e WHERE {{ ?e {'|'.join(_NAME_PREDICATES)} ?name . "
            f"FILTER(LCASE(STR(?name)) = LCASE({sparql_string(name)})) }}"), timeout)
    import pyoxigraph as ox

    return sorted(row[0].value for row in found.rows if isinstance(row[0], ox.NamedNode))


def _as_iri(text: str) -> str | None:
    """The IRI written as ``<...>``, ``http(s)://...`` or ``kgr:``/``kg:``/``wd:`` name, else None."""
    if text.startswith("<") and text.endswith(">"):
        iri = text[1:-1]
    elif re.match(r"https?://", text):
        iri = text
    else:
        m = re.fullmatch(r"(kgr|kg|wd):([\w./-]+)", text)
        iri = PREFIXES[m.group(1)] + m.group(2) if m else None
    return iri if iri and re.fullmatch(_IRI_CHARS, iri) else None


_IRI_CHARS = r'[^<>"{}|^`\\\x00-\x20]+'


class _Budget:
    """One ``timeout`` shared by the queries of one run (entity lookup, page, next-row check)."""

    def __init__(self, timeout: float | None):
        self.timeout = timeout
        self.start = time.monotonic()

    def left(self) -> float | None:
        if not self.timeout:
            return None
        left = self.timeout - (time.monotonic() - self.start)
        if left <= 0:
            raise QueryError(f"query timed out after {self.timeout:g} s (stopped; raise --timeout to allow more)")
        return left


def _store_query(store: Store, sparql: str, timeout: "float | _Budget | None") -> QueryResult:
    budget = timeout if isinstance(timeout, _Budget) else _Budget(timeout)
    try:
        return store.query(sparql_prefixes() + sparql, timeout=budget.left())
    except QueryTimeout:
        raise QueryError(f"query timed out after {budget.timeout:g} s (stopped; raise --timeout to allow more)") from None
    except StoreError as exc:
        raise _query_error(exc) from None


# ---------------------------------------------------------------- paging

_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b(?![:\w-])", re.I)
_MODIFIER = re.compile(r"\b(LIMIT|OFFSET)\s+(\d+)", re.I)
_PAGE_MARK = re.compile(r"#\s*@page\s*$")


@dataclass(frozen=True)
class PagedText:
    """A query cut to one page: ``text``; ``fetch``, the LIMIT it got (``None``: none);
    ``marked``: cut at a ``# @page`` mark inside, where one row more cannot be fetched
    to tell whether more follow (the rows are sorted after the cut)."""

    text: str
    fetch: int | None
    marked: bool = False


def page_query(sparql: str, limit: int | None, offset: int = 0) -> PagedText:
    """The SELECT query with LIMIT/OFFSET for one page: rows ``offset`` .. ``offset +
    limit`` (``limit`` ``None`` or 0: all) of what it answers, its own LIMIT/OFFSET
    respected; at the end, with one row more to tell whether more follow.

    A comment ``# @page`` (alone) inside the query puts the page there instead, as the last
    modifier of the enclosing subquery: a named query cuts the page from its matches in
    index order and sorts only that page (an ORDER BY over every match would evaluate all
    of them before the first row).  The rows the query answers must then be one per row
    of that subquery.  Other query forms come back unchanged.
    """
    if not limit and not offset:
        return PagedText(sparql, None)
    masked = mask(sparql)
    form = _FORM.search(masked)
    if not form or form.group(1).upper() != "SELECT":
        return PagedText(sparql, None)
    marks = [m for m in _LEXEME.finditer(sparql, form.end())
             if m.group(1) is None and _PAGE_MARK.match(m.group(0))]
    if marks:
        end = marks[0].start()
        begin = _group_start(masked, end)
    else:
        end, begin = len(sparql), form.end()
    depth = _depth(masked, end)
    own_limit, own_offset, spans = None, 0, []
    for m in _MODIFIER.finditer(masked, begin, end):
        if _depth(masked, m.start()) == depth:
            spans.append((m.start(), m.end()))
            if m.group(1).upper() == "LIMIT":
                own_limit = int(m.group(2))
            else:
                own_offset = int(m.group(2))
    fetch = None if not limit else limit + (0 if marks else 1)
    if own_limit is not None:
        left = max(own_limit - offset, 0)
        fetch = left if fetch is None else min(fetch, left)
    clause = f" OFFSET {own_offset + offset}" if own_offset + offset else ""
    if fetch is not None:
        clause = f" LIMIT {fetch}" + clause
    if spans:
        at = spans[0][0]
    elif marks:
        at = end
    else:  # before a trailing VALUES block, else at the end
        values = [m for m in re.finditer(r"\bVALUES\b", masked, re.I) if _depth(masked, m.start()) == 0]
        at = values[0].start() if values else len(masked.rstrip())  # before a last comment
    out = sparql
    for start, stop in reversed(spans):
        out = out[:start] + out[stop:]
    return PagedText(out[:at] + clause + " " + out[at:], fetch, bool(marks))


def _depth(masked: str, pos: int) -> int:
    return masked.count("{", 0, pos) - masked.count("}", 0, pos)


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
