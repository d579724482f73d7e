"""Ingest: files and folders -> :class:`kg.model.Document`.

Reads ``.txt`` and ``.md`` files (folders recursively, in sorted order).  A
leading ``date YYYY-MM-DD`` marker or a YAML front-matter block gives the
publication date and is not part of the analysed text; offsets in evidence
always index the decoded source file.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.model import Document
from kg.normalize import slug

SUFFIXES = (".txt", ".md", ".markdown")
MAX_BYTES = 8 * 1024 * 1024  # a news article is a few KB; refuse what is clearly not one

_DATE_MARKER = re.compile(r"\A\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FM_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Article files under ``paths`` (files as given, folders recursively, sorted)."""
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            candidates: Iterable[Path] = _walk(path)
        else:
            candidates = [path]
        for candidate in candidates:
            real = candidate.resolve()
            if real not in seen:
                seen.add(real)
                yield candidate


def _walk(folder: Path) -> Iterator[Path]:
    # os.walk does not follow symlinked folders, so a symlink loop cannot recurse.
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                yield Path(root) / name


def decode(data: bytes, name: str) -> str:
    """Bytes -> text: UTF-8 (BOM allowed) or UTF-16 with a BOM; anything else is refused."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


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
        return meta["title"]
    first = body.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    return first[:200]


def doc_id_for(path: Path) -> str:
    """Stable document id from the file name (the same file rebuilt is the same document)."""
    return slug(path.name, limit=120)


def read_document(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> Document:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: vanished before it could be read") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    raw = decode(data, str(path))
    body, offset, meta = parse_metadata(raw)
    if not body.strip():
        raise InputError(f"{path}: no text after the metadata")
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
) -> Iterator[Document]:
    """Documents under ``paths``; a bad file goes to ``on_error`` (or raises)."""
    for path in iter_paths(paths):
        try:
            yield read_document(path, max_bytes=max_bytes)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
