"""The article pane: one Static per paragraph, highlights as Content spans."""

from __future__ import annotations

import textwrap

from textual import events
from textual.containers import VerticalScroll
from textual.message import Message
from textual.geometry import Region
from textual.widgets import Static

from reader.document import Document, sample_path
from reader.tui.highlights import (
    FIND_STYLE, KINDS, Mark, ParagraphIndex, by_paragraph, render_paragraph,
    current_style,
)


SAMPLE_CREDIT = ("Sample article from Wikinews, the free news source (CC BY 2.5). "
                 "Press ? for the full attribution.")


def _line_of(text: str, offset: int, width: int) -> int:
    """The wrapped line (at ``width``) that holds ``offset``, as Textual wraps at spaces."""
    pos = 0
    lines = textwrap.wrap(text, max(width, 1)) or [""]
    for number, line in enumerate(lines):
        pos = text.find(line, pos) + len(line)
        if offset < pos:
            return number
    return len(lines) - 1


class Paragraph(Static):
    """One paragraph of the article; ``index`` is its place in ``Document.paragraphs``."""

    def __init__(self, index: int, content) -> None:
        super().__init__(content, classes="paragraph")
        self.index = index

    def on_click(self, event: events.Click) -> None:
        # Each highlight is its own segment, so the segment's offset falls inside the item.
        offset = event.style.meta.get("offset")
        if offset is not None:
            self.post_message(ArticleView.Clicked(self.index, offset[0]))


class ArticleView(VerticalScroll, can_focus=True):
    """The article text, paragraph by paragraph, with entities, quotes, numbers and tags marked."""

    class Clicked(Message):
        """A click at ``offset`` characters into paragraph ``index``."""

        def __init__(self, index: int, offset: int) -> None:
            super().__init__()
            self.index = index
            self.offset = offset

    HELP = """
## Article

The article with what the engine found in it: **entities** underlined, **quotes** in
italics, **numbers** in bold, **tags** double-underlined with a bar beside the paragraph.
The current item is reversed (bold on a tint when it is long), with a bar beside it.
Click a highlight to make it the current item; select text with the mouse and press `t` to
tag it.
"""

    def check_action(self, action: str, parameters) -> bool | None:
        # The text wraps, so there is never anything to scroll sideways: leave left and right
        # (and ctrl+pageup/down) to the screen, where a user may have put next_quote, say.
        if action in ("scroll_left", "scroll_right", "page_left", "page_right"):
            return False
        return super().check_action(action, parameters)

    def __init__(self, doc: Document, **kwargs) -> None:
        super().__init__(**kwargs)
        self.doc = doc
        self.index = ParagraphIndex(doc.paragraphs)
        self.shown: set[str] = set(KINDS)
        self._base: dict[int, list[Mark]] = {}
        self._tagged: set[int] = set()
        self._find: dict[int, list[Mark]] = {}
        self._current: Mark | None = None

    def compose(self):
        if not self.doc.paragraphs:
            yield Static("This article is empty.", id="empty", markup=False)
        for i, span in enumerate(self.doc.paragraphs):
            yield Paragraph(i, render_paragraph(self.doc.text, span, [], self.shown))
        if self.doc.source == str(sample_path()):
            yield Static(SAMPLE_CREDIT, id="credit", markup=False)

    # -- what is marked ---------------------------------------------------------------------

    def set_marks(self, marks: list[Mark]) -> None:
        """The analysis and tag highlights (replacing the previous ones)."""
        self._base = by_paragraph(marks, self.index)
        self._tagged = {i for i, ms in self._base.items() if any(m.kind == "tag" for m in ms)}
        self.rerender()

    def set_shown(self, kinds: set[str]) -> None:
        self.shown = set(kinds)
        self.rerender()

    def set_find(self, spans: list[tuple[int, int]]) -> None:
        old = set(self._find)
        self._find = by_paragraph([Mark(s, e, "find", FIND_STYLE) for s, e in spans], self.index)
        self.rerender(old | set(self._find))

    def set_current(self, start: int | None, end: int | None = None) -> None:
        """Mark ``start:end`` as the current item (None: no current item)."""
        touched = set(self._covering(self._current))
        end = start if end is None else end
        self._current = None if start is None else Mark(start, end, "current",
                                                       current_style(start, end))
        touched |= set(self._covering(self._current))
        self.rerender(touched)

    def _covering(self, mark: Mark | None) -> range:
        return self.index.covering(mark.start, mark.end) if mark else range(0)

    def rerender(self, indices=None) -> None:
        paragraphs = list(self.query(Paragraph))
        current = set(self._covering(self._current))
        for i in range(len(paragraphs)) if indices is None else indices:
            if not 0 <= i < len(paragraphs):
                continue
            marks = self._base.get(i, []) + self._find.get(i, [])
            if i in current:
                marks.append(self._current)
            widget = paragraphs[i]
            widget.update(render_paragraph(self.doc.text, self.doc.paragraphs[i], marks,
                                           self.shown))
            widget.set_class(i in self._tagged and "tag" in self.shown, "-tagged")
            widget.set_class(i in current, "-current")

    # -- moving around ----------------------------------------------------------------------

    def scroll_to_span(self, start: int, end: int, *, animate: bool = False) -> None:
        paragraphs = list(self.query(Paragraph))
        if not paragraphs:
            return
        target = paragraphs[min(self.index.at(start), len(paragraphs) - 1)]
        if target.outer_size.height <= self.scrollable_content_region.height:
            self.scroll_to_widget(target, center=True, animate=animate)
            return
        # A paragraph taller than the view: centre the line the item starts on.
        span = self.doc.paragraphs[target.index]
        text = self.doc.text[span.start : span.end].replace("\n", " ")
        line = _line_of(text, start - span.start, target.content_region.width)
        region = target.virtual_region
        self.scroll_to_region(Region(region.x, region.y + line, region.width, 1), center=True,
                              animate=animate)

    def first_visible_offset(self) -> int:
        """The text offset of the first paragraph on screen (where find starts)."""
        top = self.scroll_offset.y
        for p in self.query(Paragraph):
            if p.virtual_region.bottom > top:
                return self.doc.paragraphs[p.index].start
        return 0

    def selected_span(self) -> tuple[int, int] | None:
        """The text selected with the mouse, as offsets into the document (None: nothing)."""
        selections = self.screen.selections
        picked = [(w, s) for w, s in selections.items() if isinstance(w, Paragraph)]
        if not picked:
            return None
        picked.sort(key=lambda ws: ws[0].index)
        first_w, first_s = picked[0]
        last_w, last_s = picked[-1]
        first = self.doc.paragraphs[first_w.index]
        last = self.doc.paragraphs[last_w.index]
        start = first.start + (first_s.start.x if first_s.start is not None else 0)
        end = last.start + last_s.end.x if last_s.end is not None else last.end
        start, end = min(start, last.end), min(end, last.end)
        # Trim white space so the anchor is the words the reader meant.
        while start < end and self.doc.text[start].isspace():
            start += 1
        while end > start and self.doc.text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None
