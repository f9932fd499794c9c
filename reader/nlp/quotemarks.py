"""Finding quoted spans from double quote marks, one paragraph at a time.

Pairing is local: a stray or missing mark can only cost the quotes of its own paragraph, never
the rest of the document (textacy's failure, DESIGN.md §5).  A mark's direction is read from its
context (space before and a letter after opens; a letter before and space or punctuation after
closes), and only where the context says nothing from its glyph, so a closing quote typed as
``“`` still closes.  Apostrophes and single quotes are never quote marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“„«"
CLOSERS = "”»"
MARKS = OPENERS + CLOSERS + '"'
_MARK = re.compile(f"[{MARKS}]")
_OPEN_BEFORE = " \t\n([{—–-/"


@dataclass(frozen=True)
class Quoted:
    """Content of one pair of marks (offsets exclude the marks)."""

    start: int
    end: int
    paragraph: int
    continues: bool = False  # a multi-paragraph quote's paragraph after the first
    unclosed: bool = False  # runs to the paragraph end without a closing mark


def _direction(text: str, i: int, lo: int, hi: int) -> str:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    opens_ctx = before in _OPEN_BEFORE or before in MARKS
    closes_ctx = after.isspace() or after in ",.;:!?)]}—–-" or after in MARKS
    if opens_ctx and not after.isspace():
        return "open"
    if closes_ctx and not before.isspace():
        return "close"
    ch = text[i]
    return "open" if ch in OPENERS else "close" if ch in CLOSERS else "open"


def find_quoted(text: str, paragraphs) -> list[Quoted]:
    """All quoted spans of the text, in order, paired within each paragraph."""
    found: list[Quoted] = []
    carried = False  # the previous paragraph ended inside an open quote
    for p_index, para in enumerate(paragraphs):
        marks = [m.start() for m in _MARK.finditer(text, para.start, para.end)]
        open_at: int | None = None
        continues = False
        if carried and marks and marks[0] == para.start:
            # "A paragraph reopens with a quote mark while the last one never closed."
            continues = True
        carried = False
        for i in marks:
            if open_at is None:
                if _direction(text, i, para.start, para.end) == "open":
                    open_at = i
                continue
            if _direction(text, i, para.start, para.end) == "close" or text[i] in CLOSERS:
                if i > open_at + 1:
                    found.append(Quoted(open_at + 1, i, p_index, continues and open_at == para.start))
                open_at = None
            # an "open" mark inside an open quote: nested or stray; keep the outer quote open
        if open_at is not None and para.end > open_at + 1:
            found.append(
                Quoted(open_at + 1, para.end, p_index, continues and open_at == para.start, True)
            )
            carried = True
    return found
