"""Ingest: files and folders -> :class:`kg.model.Document`.

Reads ``.txt``, ``.md`` / ``.markdown`` and ``.html`` / ``.htm`` files (folders
recursively, in sorted order; hidden files and folders are skipped, symlinked
folders are not followed, a file reached twice through symlinks is read once).
A leading ``date YYYY-MM-DD`` marker or a YAML front-matter block gives the
publication date and is not part of the analysed text; offsets in evidence
always index the decoded source file.  HTML pages are reduced to their text
(tags stripped with the standard library's ``html.parser``; ``script``,
``style`` and similar elements dropped; entities unescaped); for them the
offsets index that extracted text, and ``<title>`` and a date ``<meta>`` give
the metadata.

Whatever a folder holds, one bad file never stops the others: each problem is
an :class:`~kg.errors.InputError` with a one-line message, handed to
``on_error`` by :func:`load_documents`.  The policy:

- empty files, binary files (NUL bytes, control bytes, known binary formats)
  and files that vanish or cannot be read are refused;
- text that is not UTF-8 is still read: UTF-16 and UTF-32 need a byte-order
  mark; otherwise legacy single-byte text (Latin-1 / Windows-1252) is decoded
  as Windows-1252, and UTF-8 with a few corrupt bytes has them replaced by
  U+FFFD - either way with ONE warning line (``on_warning``);
- files over ``max_bytes`` (default :data:`MAX_BYTES`, ``kg build
  --max-bytes``) and texts over :data:`MAX_CHARS` characters (the spaCy
  parser's limit) are refused;
- two files whose names give the same document id (``a/x.txt`` and
  ``b/x.txt``) in one run: the second is refused instead of silently
  replacing the first.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError
from kg.model import Document
from kg.normalize import slug, strip_accents

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
MAX_BYTES = 8 * 1024 * 1024  # a news article is a few KB; refuse what is clearly not one
MAX_CHARS = 1_000_000  # spaCy's default nlp.max_length: longer texts cannot be parsed

Warn = Callable[[str], None]

_DATE_MARKER = re.compile(r"\A\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FM_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SNIFF = 8192
# magic numbers of files that are clearly not articles (some start with printable bytes)
_BINARY_MAGIC = (
    b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
    b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x7fELF", b"MZ", b"\xd0\xcf\x11\xe0", b"OggS",
    b"ID3", b"RIFF", b"{\\rtf", b"SQLite format 3",
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def show(path: str | os.PathLike) -> str:
    """A path for a one-line message: control characters (a newline in a file name) escaped."""
    text = os.fspath(path)
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


# ---------------------------------------------------------------- finding files

def iter_paths(
    paths: Iterable[str | os.PathLike], on_error: Callable[[InputError], None] | None = None
) -> Iterator[Path]:
    """Article files under ``paths`` (files as given, folders recursively, sorted).

    A path that does not exist raises :class:`InputError` before anything is
    yielded (a mistyped argument); a folder that cannot be listed goes to
    ``on_error`` (or raises).
    """
    given = [Path(raw) for raw in paths]
    for path in given:
        if not os.path.lexists(path):
            raise InputError(f"{show(path)}: no such file or folder")
    seen: set[str] = set()
    for path in given:
        candidates: Iterable[Path] = _walk(path, on_error) if path.is_dir() else [path]
        for candidate in candidates:
            try:
                real = str(candidate.resolve())
            except (OSError, RuntimeError):  # a symlink loop: read_document says so
                real = str(candidate.absolute())
            if real not in seen:
                seen.add(real)
                yield candidate


def _walk(folder: Path, on_error: Callable[[InputError], None] | None) -> Iterator[Path]:
    def failed(exc: OSError) -> None:
        err = InputError(f"{show(exc.filename or folder)}: cannot list folder ({exc.strerror})")
        if on_error is None:
            raise err
        on_error(err)

    # os.walk does not follow symlinked folders, so a symlink loop cannot recurse.
    for root, dirs, files in os.walk(folder, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                yield Path(root) / name


# ---------------------------------------------------------------- bytes -> text

def looks_binary(data: bytes) -> str | None:
    """Why ``data`` is not text (or ``None``): NUL bytes, a binary magic number, control bytes."""
    head = data[:_SNIFF]
    if b"\x00" in head:
        return "binary file (contains NUL bytes)"
    if head.startswith(_BINARY_MAGIC):
        return "binary file (not text)"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(head) // 20):
        return f"binary file ({controls} control bytes in the first {len(head):,})"
    return None


def decode(data: bytes, name: str, on_warning: Warn | None = None, html: bool = False) -> str:
    """Bytes -> text.

    UTF-8 (BOM allowed); UTF-16 or UTF-32 with a BOM; an HTML page's declared
    charset.  Anything else that is text is still read, with one warning line
    to ``on_warning``: as Windows-1252 (a superset of Latin-1's printable
    characters) when it has no valid UTF-8 sequence at all, else as UTF-8 with
    the corrupt bytes replaced by U+FFFD.  Empty and binary files are refused.
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: invalid {codec.upper()} ({exc.reason})") from None
            if not text.strip():
                raise InputError(f"{name}: empty file")
            reason = looks_binary(text[:_SNIFF].encode("utf-8", "surrogatepass"))
            if reason:
                raise InputError(f"{name}: {reason}")
            return text
    reason = looks_binary(data)
    if reason:
        raise InputError(f"{name}: {reason}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start:,}"
    else:
        if not text.strip():  # only a byte-order mark
            raise InputError(f"{name}: empty file")
        return text
    if html:
        declared = _declared_charset(data)
        if declared:
            try:
                return data.decode(declared)
            except UnicodeDecodeError:
                pass
    warn = on_warning or (lambda _m: None)
    escaped = data.decode("utf-8", errors="surrogateescape")
    if any(ord(c) > 0x7F and not 0xDC80 <= ord(c) <= 0xDCFF for c in escaped):
        bad = sum(1 for c in escaped if 0xDC80 <= ord(c) <= 0xDCFF)
        warn(f"{name}: invalid UTF-8 ({where}); {bad:,} bad byte(s) replaced with U+FFFD")
        return data.decode("utf-8", errors="replace")
    warn(f"{name}: not UTF-8 ({where}); read as Windows-1252/Latin-1")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the 5 bytes cp1252 leaves undefined
        return data.decode("latin-1")


def _declared_charset(data: bytes) -> str | None:
    m = _HTML_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


# ---------------------------------------------------------------- HTML -> text

class _HTMLText(HTMLParser):
    """Visible text of a page; block elements become paragraph breaks."""

    SKIP = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head"}
    BLOCK = {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2",
        "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "blockquote",
        "pre", "figure", "figcaption", "form", "fieldset", "address", "hr", "body", "caption",
    }
    CELL = {"td", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False
        self._pre = 0

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
            if a.get("content") and key in _DATE_META:
                self.meta.setdefault("date", a["content"].strip())
        elif tag in self.SKIP:
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in self.BLOCK:
            self.parts.append("\n\n")
            self._pre += tag == "pre"
        elif tag in self.CELL:
            self.parts.append(" \t ")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data if self._pre else re.sub(r"[ \t\r\n\f]+", " ", data))


_DATE_META = {
    "date", "pubdate", "publishdate", "publish-date", "dc.date", "dcterms.date", "dc.date.issued",
    "article:published_time", "datepublished", "og:published_time", "sailthru.date",
}


def html_to_text(raw: str) -> tuple[str, dict[str, str]]:
    """(visible text, metadata: title, date) of an HTML page."""
    parser = _HTMLText()
    try:
        parser.feed(raw)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; keep what it got on a pathological page
        pass
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    meta = dict(parser.meta)
    title = " ".join("".join(parser.title).split())
    if title:
        meta["title"] = title
    return text, meta


# ---------------------------------------------------------------- documents

def parse_metadata(raw: str) -> tuple[str, int, dict[str, str]]:
    """Split metadata from the body: returns (body, offset of body in raw, metadata)."""
    meta: dict[str, str] = {}
    offset = 0
    fm = _FRONT_MATTER.match(raw)
    if fm:
        for line in fm.group(1).splitlines():
            m = _FM_LINE.match(line)
            if m:
                meta[m.group(1).lower()] = m.group(2).strip("\"'")
        offset = fm.end()
    marker = _DATE_MARKER.match(raw, offset)
    if marker:
        meta.setdefault("date", marker.group(1))
        offset = marker.end()
    body = raw[offset:]
    stripped = len(body) - len(body.lstrip())
    return body[stripped:].rstrip(), offset + stripped, meta


def _title(body: str, meta: dict[str, str]) -> str:
    if meta.get("title"):
        return meta["title"][:200]
    first = body.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    return first[:200]


def doc_id_for(path: Path) -> str:
    """Stable document id from the file name (the same file rebuilt is the same document).

    Always a slug (``[a-z0-9-]``), so it can never name a path outside a folder;
    a name with no ASCII letters or digits (``記事.txt``) gets a short hash so
    that such names stay distinct.
    """
    name = path.name
    stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
    base = slug(name, limit=120)
    if not re.search(r"[a-z0-9]", strip_accents(unicodedata.normalize("NFKC", stem)).lower()):
        base = f"{base[:100]}-{hashlib.sha1(name.encode('utf-8', 'surrogateescape')).hexdigest()[:10]}"
    return base


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    name = show(path)
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{name}: is a folder")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{name}: not a regular file")
        if st.st_size > max_bytes:
            raise InputError(f"{name}: too large ({st.st_size:,} bytes; the limit is {max_bytes:,}, see --max-bytes)")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may grow after stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(f"{name}: broken symbolic link") from None
        raise InputError(f"{name}: vanished before it could be read") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{name}: symbolic link loop") from None
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: too large (over {max_bytes:,} bytes, see --max-bytes)")
    return data


def read_document(
    path: str | os.PathLike, max_bytes: int = MAX_BYTES, on_warning: Warn | None = None
) -> Document:
    """One file as a :class:`Document`; :class:`InputError` (one line) when it cannot be."""
    path = Path(path)
    name = show(path)
    data = _read_bytes(path, max_bytes)
    is_html = path.name.lower().endswith(HTML_SUFFIXES)
    raw = decode(data, name, on_warning, html=is_html)
    if is_html:
        body, meta = html_to_text(raw)
        offset = 0
        # a date marker or front matter at the top of the page's text still counts
        body2, offset2, meta2 = parse_metadata(body)
        if meta2:
            body, offset, meta = body2, offset2, {**meta2, **meta}
    else:
        body, offset, meta = parse_metadata(raw)
    if not body.strip():
        raise InputError(f"{name}: no text" + (" in the page" if is_html else " after the metadata"))
    if len(body) > MAX_CHARS:
        raise InputError(f"{name}: too long to parse ({len(body):,} characters; the limit is {MAX_CHARS:,})")
    date = meta.get("date")
    if date and not _ISO_DATE.fullmatch(date[:10]):
        date = None
    return Document(
        doc_id=doc_id_for(path),
        name=path.name,
        path=str(path),
        text=body,
        offset=offset,
        title=_title(body, meta),
        date=date[:10] if date else None,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def load_documents(
    paths: Iterable[str | os.PathLike],
    on_error: Callable[[InputError], None] | None = None,
    max_bytes: int = MAX_BYTES,
    on_warning: Warn | None = None,
) -> Iterator[Document]:
    """Documents under ``paths``; a bad file goes to ``on_error`` (or raises), a file read
    with a fallback encoding gives one line to ``on_warning``."""
    ids: dict[str, Path] = {}
    for path in iter_paths(paths, on_error):
        try:
            doc = read_document(path, max_bytes=max_bytes, on_warning=on_warning)
            first = ids.setdefault(doc.doc_id, path)
            if first != path:
                raise InputError(
                    f"{show(path)}: same document id {doc.doc_id!r} as {show(first)}; rename one of them"
                )
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        yield doc
