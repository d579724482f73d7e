"""Ingest: metadata markers, titles, stable ids."""
from __future__ import annotations

from kg.ingest import load_documents, read_document


def test_date_marker_is_metadata_not_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("date 2024-03-05 Utah sued TikTok on Monday.\n\nSecond paragraph.", encoding="utf-8")
    doc = read_document(f)
    assert doc.date == "2024-03-05"
    assert doc.text.startswith("Utah sued TikTok")
    raw = f.read_text(encoding="utf-8")
    assert raw[doc.offset:doc.offset + 10] == doc.text[:10]


def test_front_matter(tmp_path):
    f = tmp_path / "b.md"
    f.write_text("---\ntitle: \"Regulators act\"\ndate: 2022-11-30\nauthor: X\n---\nThe FTC fined Acme.\n", encoding="utf-8")
    doc = read_document(f)
    assert (doc.title, doc.date) == ("Regulators act", "2022-11-30")
    assert doc.text == "The FTC fined Acme."


def test_title_defaults_to_first_line_and_ids_are_stable(tmp_path):
    f = tmp_path / "Some Story.txt"
    f.write_text("Ohio Governor signs bill\n\nBody text here.", encoding="utf-8")
    a, b = read_document(f), read_document(f)
    assert a.title == "Ohio Governor signs bill"
    assert a.doc_id == b.doc_id == "some-story-txt"
    assert a.sha256 == b.sha256


def test_folders_are_read_recursively_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.md", "sub/c.txt", "ignored.csv"):
        (tmp_path / name).write_text("Texas sued Google.", encoding="utf-8")
    names = [d.name for d in load_documents([tmp_path])]
    assert names == ["a.md", "b.txt", "c.txt"]
