"""Ingest of whatever folder an analyst has: every problem file is one warning line,
every good file is still read, and the exit status says whether something failed."""
from __future__ import annotations

import codecs
import os
import re

import pytest

from kg.cli import main
from kg.errors import InputError
from kg.ingest import MAX_BYTES, MAX_CHARS, decode, doc_id_for, html_to_text, load_documents, read_document

STORY = "Texas Attorney General Ken Paxton sued Meta on Monday.\n\nMeta owns Instagram.\n"


def _refused(path, **kw) -> str:
    with pytest.raises(InputError) as info:
        read_document(path, **kw)
    msg = str(info.value)
    assert "\n" not in msg and msg.startswith(str(path)), msg
    return msg


# ---------------------------------------------------------------- one case each

@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_empty_files_are_refused(tmp_path, data):
    f = tmp_path / "empty.txt"
    f.write_bytes(data)
    assert "empty file" in _refused(f)


def test_metadata_without_text_is_refused(tmp_path):
    f = tmp_path / "meta.md"
    f.write_text("---\ntitle: Only a title\n---\n\n", encoding="utf-8")
    assert "no text after the metadata" in _refused(f)


@pytest.mark.parametrize("data", [
    b"Some text\x00\x00\x01binary",                      # NUL bytes
    b"\x89PNG\r\n\x1a\n" + b"IHDR" * 50,                 # a picture with a text name
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>",  # PDF: printable start
    bytes(range(1, 32)) * 40,                            # control bytes, no NUL
])
def test_binary_files_are_refused(tmp_path, data):
    f = tmp_path / "picture.txt"
    f.write_bytes(data)
    assert "binary file" in _refused(f)


def test_latin1_is_read_with_one_warning(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Le ministre français a accusé Meta à Genève. Coût: 5 €?".encode("latin-1", "replace"))
    warnings: list[str] = []
    doc = read_document(f, on_warning=warnings.append)
    assert doc.text.startswith("Le ministre français a accusé Meta à Genève.")
    assert len(warnings) == 1 and "\n" not in warnings[0]
    assert warnings[0].startswith(str(f)) and "not UTF-8" in warnings[0] and "Latin-1" in warnings[0]
    assert "byte 0xe7 at offset 16" in warnings[0]  # where the first non-UTF-8 byte is


def test_windows_1252_quotes_are_decoded(tmp_path):
    f = tmp_path / "cp1252.txt"
    f.write_bytes(b"Paxton said \x93Meta lied\x94 \x96 and sued.")
    warnings: list[str] = []
    assert read_document(f, on_warning=warnings.append).text == "Paxton said “Meta lied” – and sued."
    assert len(warnings) == 1


def test_utf8_with_a_corrupt_byte_keeps_the_utf8(tmp_path):
    f = tmp_path / "mixed.txt"
    f.write_bytes("Raúl Torrez sued Meta ".encode("utf-8") + b"\xff\xfe" + " in Santa Fé.".encode("utf-8"))
    warnings: list[str] = []
    doc = read_document(f, on_warning=warnings.append)
    assert doc.text == "Raúl Torrez sued Meta \ufffd\ufffd in Santa Fé."
    assert len(warnings) == 1 and "2 bad byte(s) replaced" in warnings[0]


def test_utf8_needs_no_warning(tmp_path):
    f = tmp_path / "ok.txt"
    f.write_bytes(codecs.BOM_UTF8 + "Raúl Torrez sued Meta.".encode("utf-8"))
    warnings: list[str] = []
    assert read_document(f, on_warning=warnings.append).text == "Raúl Torrez sued Meta."
    assert warnings == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_are_read(tmp_path, codec):
    text = "date 2024-03-05 Raúl Torrez sued Meta.\n\nIt was “news”."
    data = text.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):  # explicit-endian codecs write no BOM
        data = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + data
    f = tmp_path / "wide.txt"
    f.write_bytes(data)
    doc = read_document(f)
    assert doc.date == "2024-03-05"
    assert doc.text == "Raúl Torrez sued Meta.\n\nIt was “news”."
    assert text[doc.offset:] == doc.text  # offsets index the decoded file


def test_utf16_without_bom_is_refused_as_binary(tmp_path):
    f = tmp_path / "nobom.txt"
    f.write_bytes("Texas sued Google.".encode("utf-16-le"))
    assert "binary file" in _refused(f)


def test_files_over_max_bytes_are_refused(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:  # 20 MB of text
        line = b"Texas sued Google over its search monopoly again and again. " * 16 + b"\n"
        for _ in range(20 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert f.stat().st_size > 20_000_000 > MAX_BYTES
    msg = _refused(f)
    assert "too large" in msg and f"{MAX_BYTES:,}" in msg and "--max-bytes" in msg


def test_max_bytes_is_a_parameter(tmp_path):
    f = tmp_path / "mid.txt"
    f.write_text("Texas sued Google. " * 100, encoding="utf-8")
    assert "too large" in _refused(f, max_bytes=1000)
    assert read_document(f, max_bytes=10_000).text.startswith("Texas sued Google.")


def test_text_over_the_parser_limit_is_refused(tmp_path):
    f = tmp_path / "long.txt"
    f.write_text("word " * (MAX_CHARS // 5 + 10), encoding="utf-8")
    msg = _refused(f, max_bytes=4 * MAX_CHARS)
    assert "too long to parse" in msg and f"{MAX_CHARS:,}" in msg


def test_very_long_lines_are_read(tmp_path):
    line = "Texas sued Google over ads. " * 20_000  # one 560,000-character line
    f = tmp_path / "oneline.txt"
    f.write_text(line, encoding="utf-8")
    doc = read_document(f)
    assert doc.text == line.strip() and "\n" not in doc.text


def test_html_text_is_extracted(tmp_path):
    page = """<!DOCTYPE html><html><head><title>Suit &amp; countersuit</title>
    <meta property="article:published_time" content="2023-12-05T14:00:00Z">
    <style>p { color: red }</style><script>var s = "<p>not text</p>";</script></head>
    <body><nav>Home</nav><article><h1>New Mexico sues Meta</h1>
    <p>Attorney General Ra&uacute;l Torrez <b>sued</b> Meta &#8212; on Tuesday &lt;really&gt;.</p>
    <!-- a comment --><p>Meta owns Instagram.<br>Second line</p>
    <noscript>enable JS</noscript><script type="application/ld+json">{"x": 1}</script>
    <ul><li>one</li><li>two</li></ul></article></body></html>"""
    f = tmp_path / "page.HTML"
    f.write_text(page, encoding="utf-8")
    doc = read_document(f)
    assert doc.title == "Suit & countersuit" and doc.date == "2023-12-05"
    assert "Attorney General Raúl Torrez sued Meta — on Tuesday <really>." in doc.text
    assert "Meta owns Instagram.\nSecond line" in doc.text
    assert "\n\nNew Mexico sues Meta\n\n" in doc.text
    for gone in ("not text", "color", "enable JS", "a comment", '"x"', "<p>", "&amp;"):
        assert gone not in doc.text
    assert doc.text[doc.offset:doc.offset + 4] == "Home"


def test_htm_with_declared_charset_needs_no_warning(tmp_path):
    f = tmp_path / "old.htm"
    f.write_bytes('<html><head><meta charset="iso-8859-1"></head><body><p>Genève sued Meta.</p></body></html>'.encode("latin-1"))
    warnings: list[str] = []
    assert read_document(f, on_warning=warnings.append).text == "Genève sued Meta."
    assert warnings == []


def test_html_without_text_is_refused(tmp_path):
    f = tmp_path / "app.html"
    f.write_text("<html><head><script>app()</script></head><body><div id=root></div></body></html>", encoding="utf-8")
    assert "no text in the page" in _refused(f)


def test_broken_html_keeps_its_text():
    text, _ = html_to_text("<p>Texas <b>sued <i>Google</p> &bogus; &amp <div><p>unclosed <script>x")
    assert "Texas sued Google" in text and "&bogus;" in text and "unclosed" in text and "x" not in text.split()


def test_file_vanishing_mid_run(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    errors: list[InputError] = []
    names = []
    for doc in load_documents([tmp_path], on_error=errors.append):
        names.append(doc.name)
        if doc.name == "a.txt":
            (tmp_path / "b.txt").unlink()  # deleted after the folder was listed
    assert names == ["a.txt", "c.txt"]
    assert [str(e) for e in errors] == [f"{tmp_path / 'b.txt'}: vanished before it could be read"]


def test_thousands_of_files(tmp_path):
    psutil = pytest.importorskip("psutil")
    for i in range(3000):
        sub = tmp_path / f"part{i % 30:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"story{i:04d}.txt").write_text(f"Texas sued Google, case {i}.", encoding="utf-8")
    proc = psutil.Process()
    fds = proc.num_fds()
    docs = list(load_documents([tmp_path]))
    assert len(docs) == 3000 and len({d.doc_id for d in docs}) == 3000
    assert [d.path for d in docs] == sorted(d.path for d in docs)
    assert proc.num_fds() == fds  # nothing left open


def test_symlink_loops_and_duplicates(tmp_path):
    (tmp_path / "real.txt").write_text(STORY, encoding="utf-8")
    os.symlink("real.txt", tmp_path / "alias.txt")          # the same file twice: read once
    os.symlink("loop2.txt", tmp_path / "loop1.txt")          # a file symlink loop
    os.symlink("loop1.txt", tmp_path / "loop2.txt")
    os.symlink("gone.txt", tmp_path / "dangling.txt")        # a broken link
    (tmp_path / "sub").mkdir()
    os.symlink("..", tmp_path / "sub" / "up")                # a folder loop: not followed
    (tmp_path / "sub" / "inner.md").write_text(STORY, encoding="utf-8")
    errors: list[InputError] = []
    docs = list(load_documents([tmp_path], on_error=errors.append))
    assert [d.name for d in docs] == ["alias.txt", "inner.md"]  # real.txt was alias.txt, read once
    msgs = sorted(str(e) for e in errors)
    assert msgs == sorted([
        f"{tmp_path / 'dangling.txt'}: broken symbolic link",
        f"{tmp_path / 'loop1.txt'}: symbolic link loop",
        f"{tmp_path / 'loop2.txt'}: symbolic link loop",
    ])


def test_fifo_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert "not a regular file" in _refused(tmp_path / "pipe.txt")


def test_unlistable_folder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # as root, chmod cannot lock a folder
    errors: list[InputError] = []
    docs = list(load_documents([tmp_path], on_error=errors.append))
    assert [d.name for d in docs] == ["a.txt"]
    assert [str(e) for e in errors] == [f"{locked}: cannot list folder (Permission denied)"]


def test_same_document_id_twice_is_refused(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "Report.txt").write_text(STORY + sub, encoding="utf-8")
    (tmp_path / "b" / "report.TXT").write_text(STORY, encoding="utf-8")
    errors: list[InputError] = []
    docs = list(load_documents([tmp_path], on_error=errors.append))
    assert [d.path for d in docs] == [str(tmp_path / "a" / "Report.txt")]
    assert len(errors) == 2 and all("same document id 'report-txt'" in str(e) for e in errors)


def test_missing_argument_fails_before_reading_anything(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    with pytest.raises(InputError, match="nope: no such file or folder"):
        next(load_documents([tmp_path, tmp_path / "nope"]))


def test_messages_escape_odd_file_names(tmp_path):
    f = tmp_path / "two\nlines.txt"
    f.write_bytes(b"")
    with pytest.raises(InputError) as info:
        read_document(f)
    assert str(info.value) == f"{tmp_path}/two\\nlines.txt: empty file"


def test_decode_policy_unit():
    warns: list[str] = []
    assert decode("Ünïcödé".encode("utf-8"), "x", warns.append) == "Ünïcödé" and not warns
    assert decode(b"caf\xe9", "x", warns.append) == "café" and len(warns) == 1
    assert decode(b"\x81\x8d", "x", lambda m: None) == "\x81\x8d"  # undefined in cp1252: Latin-1


# ---------------------------------------------------------------- everything at once

def _mixed_folder(root):
    """A folder with every kind of problem next to good articles; returns the good names."""
    good = {
        "good.txt": STORY.encode("utf-8"),
        "notes.md": ("---\ntitle: Notes\n---\n" + STORY).encode("utf-8"),
        "latin1.txt": "Le procureur de Genève a accusé Meta. Meta owns Instagram.".encode("latin-1"),
        "wide.txt": STORY.encode("utf-16"),
        "page.html": f"<html><title>T</title><script>x()</script><p>{STORY}</p></html>".encode("utf-8"),
        "oneline.txt": ("Texas sued Google over ads. " * 800).encode("utf-8"),
        "sub/deeper/inner.txt": STORY.encode("utf-8"),
    }
    bad = {
        "empty.txt": b"",
        "blank.md": b" \n\n ",
        "binary.txt": b"\x00\x01\x02" * 100,
        "image.htm": b"\x89PNG\r\n\x1a\n\x00\x00",
        "sub/Good.txt": STORY.encode("utf-8"),  # same id as good.txt
    }
    for name, data in {**good, **bad}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    with open(root / "huge.txt", "wb") as fh:  # over the default limit (sparse: fast to make)
        fh.truncate(MAX_BYTES + 1)
    os.symlink("loop-b.txt", root / "loop-a.txt")
    os.symlink("loop-a.txt", root / "loop-b.txt")
    os.symlink("missing.txt", root / "dangling.txt")
    os.symlink("..", root / "sub" / "parent")
    (root / ".hidden.txt").write_bytes(b"\x00")
    (root / "data.csv").write_bytes(b"\x00")
    failed = ["blank.md", "binary.txt", "image.htm", "sub/Good.txt", "huge.txt", "loop-a.txt", "loop-b.txt",
              "dangling.txt", "empty.txt"]
    return sorted(n.rsplit("/", 1)[-1] for n in good), failed


def test_mixed_folder_builds_every_good_file_and_exits_3(runner, tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    good, failed = _mixed_folder(folder)
    res = runner.invoke(main, ["build", str(folder), "--store", str(tmp_path / "st"), "-o", str(tmp_path / "out")])
    assert res.exit_code == 3, res.output
    assert f"documents read: {len(good)}" in res.stdout
    assert f"documents failed: {len(failed)}" in res.stdout
    listed = re.findall(r"^  - (.*)$", res.stdout, re.M)
    assert len(listed) == len(failed)
    for name in failed:
        assert sum(str(folder / name) in line for line in listed) == 1, name
    warnings = [line for line in res.stderr.splitlines() if line.startswith("warning:")]
    # one line per failed file, plus one for the Latin-1 file that was still read
    assert len(warnings) == len(failed) + 1
    assert sum("latin1.txt" in w and "Latin-1" in w for w in warnings) == 1
    assert "Traceback" not in res.output
    from kg.store import open_store

    with open_store(tmp_path / "st", read_only=True) as st:
        files = {r[0].value for r in st.query(
            "SELECT ?f WHERE { ?d <https://w3id.org/newskg/ontology#fileName> ?f }").rows}
    assert files == set(good)
    assert (tmp_path / "out" / "kg.ttl").exists()


def test_thousands_of_files_build(runner, tmp_path, nlp):
    """2,000 unusable files and a few good ones: every problem named, the good ones built."""
    folder = tmp_path / "many"
    for i in range(2000):
        sub = folder / f"d{i // 200}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"e{i:04d}.txt").write_bytes(b"")
        (sub / f"x{i:04d}.csv").write_bytes(b"ignored")
    for i in range(3):
        (folder / f"good{i}.txt").write_text(f"Texas sued Google in case {i}.", encoding="utf-8")
    res = runner.invoke(main, ["build", str(folder), "--store", "memory", "--no-output", "-q"])
    assert res.exit_code == 3
    assert "documents read: 3" in res.stdout and "documents failed: 2000" in res.stdout
    assert len(res.stderr.splitlines()) == 2000


def test_all_good_exits_0(runner, tmp_path, nlp):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    res = runner.invoke(main, ["build", str(tmp_path), "--store", "memory", "--no-output", "-q"])
    assert res.exit_code == 0 and res.stderr == ""


def test_latin1_alone_is_not_a_failure(runner, tmp_path, nlp):
    (tmp_path / "a.txt").write_bytes("Genève sued Meta.".encode("latin-1"))
    res = runner.invoke(main, ["build", str(tmp_path), "--store", "memory", "--no-output", "-q"])
    assert res.exit_code == 0 and len(res.stderr.splitlines()) == 1 and "Latin-1" in res.stderr


def test_max_bytes_option(runner, tmp_path, nlp):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    res = runner.invoke(main, ["build", str(tmp_path), "--store", "memory", "--no-output", "--max-bytes", "10"])
    assert res.exit_code == 3 and "too large" in res.stderr and "the limit is 10" in res.stderr


def test_build_help_documents_exit_codes_and_limits(runner):
    res = runner.invoke(main, ["build", "--help"])
    assert res.exit_code == 0
    assert re.search(r"^\s+3\s+partial failure", res.stdout, re.M)
    assert "--max-bytes" in res.stdout and "Latin-1" in res.stdout and ".html" in res.stdout


def test_doc_ids_are_slugs():
    from pathlib import Path

    assert doc_id_for(Path("../../evil.txt")) == "evil-txt"
    assert re.fullmatch(r"[a-z0-9-]+", doc_id_for(Path("a\"b<c>&'$(rm -rf ~).txt")))
    assert doc_id_for(Path("記事.txt")) != doc_id_for(Path("名前.txt"))
    assert doc_id_for(Path("Some Story.txt")) == "some-story-txt"
