"""Reading articles: normalised text, paragraphs, and one-line errors for bad input."""

from __future__ import annotations

import os

import pytest

from reader import document
from reader.document import DocumentError


def test_bom_and_crlf_are_normalised(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffTitle\r\n\r\nFirst para.\r\nSecond line.\r\n".encode("utf-8"))
    doc = document.load(p)
    assert doc.text == "Title\n\nFirst para.\nSecond line.\n"
    assert [doc.text[s.start : s.end] for s in doc.paragraphs] == [
        "Title", "First para.\nSecond line.",
    ]


def test_one_paragraph_a_line_without_blank_lines():
    doc = document.from_text("First paragraph.\nSecond paragraph.\n\nThird.")
    assert len(doc.paragraphs) == 2  # blank lines exist: a short two-line block stays together
    doc = document.from_text("First paragraph.\nSecond paragraph.\nThird.")
    assert [doc.text[s.start : s.end] for s in doc.paragraphs] == [
        "First paragraph.", "Second paragraph.", "Third.",
    ]


def test_long_lines_in_a_block_are_paragraphs_each():
    long_line = "word " * 40
    doc = document.from_text(f"Title\n\n{long_line}\n{long_line}")
    assert len(doc.paragraphs) == 3


def test_windows_1252_fallback_is_stated(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Caf\u00e9 \u201cquoted\u201d".encode("cp1252"))
    doc = document.load(p)
    assert doc.text == "Caf\u00e9 \u201cquoted\u201d"
    assert doc.encoding == "windows-1252"


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
    ],
)
def test_bad_paths_are_one_line_errors(tmp_path, make, message):
    with pytest.raises(DocumentError, match=message):
        document.load(make(tmp_path))


def test_binary_file_is_refused(tmp_path):
    p = tmp_path / "image.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DocumentError, match="binary"):
        document.load(p)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_refused(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("x")
    p.chmod(0)
    with pytest.raises(DocumentError, match="permission denied"):
        document.load(p)


def test_empty_file_is_an_empty_document(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("")
    doc = document.load(p)
    assert doc.text == "" and doc.paragraphs == ()


def test_sample_article_is_shipped():
    doc = document.load(document.sample_path())
    assert doc.title.startswith("NASA celebrates")
