"""What is highlighted where: styled spans of the article, split by paragraph.

Each kind is told apart by more than colour, so the article reads in monochrome and for the
colour-blind: entities are underlined, quotes italic, numbers bold, tags double-underlined (with
a bar beside the paragraph), find matches underlined on a tint, and the current item reversed
(bold on a tint when long, with a bar beside its paragraph).  Colours are theme variables, so a
theme switch recolours without a rebuild.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from textual.content import Content

from reader.document import Span

KINDS = ("entity", "quote", "number", "tag")

LABEL_VARIABLES = {
    "PERSON": "entity-person",
    "ORG": "entity-org",
    "GPE": "entity-gpe",
    "LOC": "entity-loc",
    "FAC": "entity-loc",
    "NORP": "entity-norp",
}

QUOTE_STYLE = "italic $quote"
SCARE_STYLE = "italic"
NUMBER_STYLE = "bold $number"
TAG_STYLE = "underline2 $tag on $tag 20%"
FIND_STYLE = "underline on $find-match 40%"
CURRENT_STYLE = "bold reverse $current"
# A long current item (most quotes) on a tint, so it stays easy to read; bold and the bar beside
# its paragraph still mark it without colour.
CURRENT_LONG_STYLE = "bold on $current 25%"
LONG = 40


def current_style(start: int, end: int) -> str:
    return CURRENT_STYLE if end - start <= LONG else CURRENT_LONG_STYLE


def entity_style(label: str) -> str:
    return f"underline ${LABEL_VARIABLES.get(label, 'entity-other')}"


@dataclass(frozen=True)
class Mark:
    """A styled span of the text (code-point offsets into the whole document)."""

    start: int
    end: int
    kind: str  # one of KINDS, "find" or "current"
    style: str


class ParagraphIndex:
    """Finds the paragraph(s) a span of the text falls in."""

    def __init__(self, paragraphs: tuple[Span, ...]) -> None:
        self.paragraphs = paragraphs
        self._starts = [p.start for p in paragraphs]

    def at(self, offset: int) -> int:
        """The paragraph holding ``offset`` (or the one before it, between paragraphs)."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def covering(self, start: int, end: int) -> range:
        return range(self.at(start), self.at(max(start, end - 1)) + 1)


def analysis_marks(analysis) -> list[Mark]:
    marks: list[Mark] = []
    for quote in analysis.quotes:
        style = QUOTE_STYLE if quote.kind == "direct" else SCARE_STYLE
        marks.append(Mark(quote.start, quote.end, "quote", style))
    for number in analysis.numbers:
        marks.append(Mark(number.start, number.end, "number", NUMBER_STYLE))
    for entity in analysis.entities:
        style = entity_style(entity.label)
        marks.extend(Mark(m.start, m.end, "entity", style) for m in entity.mentions)
    return marks


def tag_marks(anchored_tags) -> list[Mark]:
    return [
        Mark(t.start, t.end, "tag", TAG_STYLE)
        for t in anchored_tags
        if t.start is not None and t.end is not None
    ]


def by_paragraph(marks: list[Mark], index: ParagraphIndex) -> dict[int, list[Mark]]:
    out: dict[int, list[Mark]] = {}
    for mark in marks:
        for i in index.covering(mark.start, mark.end):
            out.setdefault(i, []).append(mark)
    return out


_ORDER = {"quote": 0, "number": 1, "entity": 2, "tag": 3, "find": 4, "current": 5}


def render_paragraph(text: str, span: Span, marks: list[Mark], shown: set[str]) -> Content:
    """One paragraph as Content; line breaks inside it become spaces so it re-wraps in place."""
    content = Content(text[span.start : span.end].replace("\n", " "))
    for mark in sorted(marks, key=lambda m: _ORDER[m.kind]):
        if mark.kind in KINDS and mark.kind not in shown:
            continue
        start = max(mark.start, span.start) - span.start
        end = min(mark.end, span.end) - span.start
        if end > start:
            content = content.stylize(mark.style, start, end)
    return content
