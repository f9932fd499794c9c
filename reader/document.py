"""Read an article (file, stdin) into one normalised text with paragraph spans.

Every offset elsewhere in reader is a code-point offset into ``Document.text``: the input decoded
(UTF-8, BOM removed; Windows-1252 as a stated fallback) with line endings normalised to ``\\n``.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

# A file larger than this is not a news article; refuse it rather than freeze.
MAX_BYTES = 50 * 1024 * 1024


class DocumentError(Exception):
    """Input that cannot be read as an article; the message is one line for the user."""


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    text: str
    paragraphs: tuple[Span, ...]
    source: str
    encoding: str = "utf-8"

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)

    @property
    def title(self) -> str:
        """The first paragraph when it looks like a headline, else the source name."""
        if self.paragraphs:
            first = self.text[self.paragraphs[0].start : self.paragraphs[0].end]
            if len(first) <= 160 and "\n" not in first:
                return first
        return Path(self.source).name if self.source != "-" else "stdin"


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise(text: str) -> str:
    """Remove a BOM and normalise line endings to ``\\n``."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraph spans, stripped of surrounding white space.

    Blank lines separate paragraphs.  A text with no blank line at all (one paragraph a line,
    as many exports are) has one paragraph a line.  Inside a blank-line-separated block, lines
    stay together (hard-wrapped text) unless they are long, which means one paragraph a line.
    """
    spans: list[Span] = []
    if not _BLANK_LINE.search(text):
        blocks = _line_spans(text, 0, len(text))
    else:
        blocks = []
        pos = 0
        for m in _BLANK_LINE.finditer(text):
            blocks.append((pos, m.start()))
            pos = m.end()
        blocks.append((pos, len(text)))
        expanded = []
        for start, end in blocks:
            lines = _line_spans(text, start, end)
            if len(lines) > 1 and sum(e - s for s, e in lines) / len(lines) > 120:
                expanded.extend(lines)
            else:
                expanded.append((start, end))
        blocks = expanded
    for start, end in blocks:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        spans.append(Span(start + lead, start + lead + len(stripped)))
    return tuple(spans)


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl == -1:
            out.append((pos, end))
            break
        out.append((pos, nl))
        pos = nl + 1
    return out


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes as UTF-8, falling back to Windows-1252; refuse binary data."""
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{source}: looks like a binary file, not a text article")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{source}: not UTF-8 or Windows-1252 text (byte {exc.start}); convert it to UTF-8"
        ) from None


def from_text(text: str, source: str = "-", encoding: str = "utf-8") -> Document:
    text = normalise(text)
    return Document(text=text, paragraphs=split_paragraphs(text), source=source, encoding=encoding)


def load(path: str | os.PathLike[str]) -> Document:
    """Read a file, or stdin for ``-``; raise DocumentError with a one-line message."""
    source = str(path)
    if source == "-":
        if sys.stdin is None:
            raise DocumentError("no standard input to read")
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        p = Path(source)
        try:
            if p.is_dir():
                raise DocumentError(f"{source}: is a directory, not an article")
            if p.stat().st_size > MAX_BYTES:
                raise DocumentError(f"{source}: too large for an article (over 50 MB)")
            data = p.read_bytes()
        except FileNotFoundError:
            raise DocumentError(f"{source}: no such file") from None
        except PermissionError:
            raise DocumentError(f"{source}: permission denied") from None
        except OSError as exc:
            raise DocumentError(f"{source}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise DocumentError(f"{source}: too large for an article (over 50 MB)")
    text, encoding = decode(data, source)
    return from_text(text, source=source, encoding=encoding)


def sample_path() -> Path:
    """The bundled sample article (a Wikinews article, CC BY 2.5)."""
    return Path(__file__).parent / "data" / "sample.txt"
