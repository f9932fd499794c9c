"""Moving through the article: quotes, list items, entity mentions, find matches, scrolling.

A mixin of MainScreen: it owns ``current`` (what is marked in the text and named in the status
line) and every jump goes through ``go()``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.tui.find_bar import FindBar
from reader.tui.lists import format_value, tag_situation

FIND_DELAY = 0.12  # seconds of quiet typing before find searches
HINT = "n: first quote · 1–4: lists · /: find · ?: help"

_SCROLL = {
    "down": "scroll_down", "up": "scroll_up", "home": "scroll_home", "end": "scroll_end",
    "page_down": "scroll_page_down", "page_up": "scroll_page_up",
}


@dataclass(frozen=True)
class Target:
    """The current item: what it is, its id, where it is in the text."""

    kind: str  # "quote" | "entity" | "number" | "tag" | "find"
    key: str
    start: int
    end: int
    index: int = 0  # the mention of an entity, the match of a find


class Navigation:
    def init_navigation(self) -> None:
        self.current: Target | None = None
        self.direct_quotes: list = []
        self.find_spans: list[tuple[int, int]] = []
        self.find_query = ""
        self._find_timer = None
        self.status_tag: str | None = None  # the tag the status line describes

    # -- the one way to move ------------------------------------------------------------------

    def go(self, target: Target, status: str, *, scroll: bool = True) -> None:
        self.current = target
        self.article.set_current(target.start, target.end)
        if scroll:
            self.article.scroll_to_span(target.start, target.end)
        self.set_status(status, tag_id=target.key if target.kind == "tag" else None)

    def go_quote(self, index: int) -> None:
        q = self.direct_quotes[index]
        self.side.list("quotes").select_key(q.id)
        cue = f" · {q.cue}" if q.cue else ""
        self.go(Target("quote", q.id, q.start, q.end, index),
                f"Quote {index + 1}/{len(self.direct_quotes)} · "
                f"{q.speaker or '(unattributed)'}{cue}")

    def go_mention(self, entity, index: int) -> None:
        m = entity.mentions[index]
        self.side.list("entities").select_key(entity.id)
        self.go(Target("entity", entity.id, m.start, m.end, index),
                f"{entity.name} · {entity.label} · mention {index + 1}/{len(entity.mentions)}")

    def go_number(self, number) -> None:
        numbers = list(self.analysis.numbers)
        self.side.list("numbers").select_key(number.id)
        value = format_value(number)
        self.go(Target("number", number.id, number.start, number.end),
                f"Number {numbers.index(number) + 1}/{len(numbers)} · {number.text} · "
                f"{number.kind}" + (f" · {value}" if value else ""))

    def go_tag(self, anchored, *, scroll: bool = True) -> None:
        """Make the tag current; ``scroll=False`` (a redraw) only says where it is now."""
        if scroll:
            self.side.list("tags").select_key(anchored.tag.id)
        names = " ".join(f"#{t}" for t in anchored.tag.tags)
        position = [a.tag.id for a in self.anchored].index(anchored.tag.id)
        status = f"Tag {position + 1}/{len(self.anchored)} · {names} · {tag_situation(anchored)}"
        if anchored.start is None:
            if self.current is not None:
                self.current = None
                self.article.set_current(None)
            self.set_status(f"{status} · not in the text (r re-attaches it)",
                            tag_id=anchored.tag.id)
            if scroll:
                self.notify(f"{names}: its text is no longer in the article (orphaned)",
                            severity="warning")
            return
        self.go(Target("tag", anchored.tag.id, anchored.start, anchored.end), status,
                scroll=scroll)

    def refresh_tag_status(self) -> None:
        """After the tags changed: keep the status line (and current tag) true."""
        tag_id = self.status_tag
        if tag_id is None:
            return
        anchored = next((a for a in self.anchored if a.tag.id == tag_id), None)
        if anchored is None:  # deleted
            if self.current is not None and self.current.kind == "tag":
                self.clear_current()
            else:
                self.set_status(self.hint())
            return
        self.go_tag(anchored, scroll=False)

    def clear_current(self) -> None:
        self.current = None
        self.article.set_current(None)
        self.set_status(self.hint())

    def hint(self) -> str:
        """What to press first, with the user's keys."""
        key = getattr(self.app, "key_display", None)
        if key is None:
            return HINT
        lists = [key(f"list_{t}") for t in ("quotes", "entities", "numbers", "tags")]
        lists_key = "1–4" if lists == ["1", "2", "3", "4"] else "/".join(lists)
        return (f"{key('next_quote')}: first quote · {lists_key}: lists · {key('find')}: find"
                f" · {key('help')}: help")

    # -- quotes ---------------------------------------------------------------------------------

    def action_next_quote(self) -> None:
        self._quote_step(1)

    def action_previous_quote(self) -> None:
        self._quote_step(-1)

    def _quote_step(self, delta: int) -> None:
        quotes = self.direct_quotes
        if not quotes:
            self.notify("No quotes found in this article" if self.analysis else
                        "The analysis is not ready yet", timeout=3)
            return
        if self.current and self.current.kind == "quote":
            index = self.current.index + delta
        else:
            here = self.current.start if self.current else self.article.first_visible_offset()
            after = [i for i, q in enumerate(quotes) if q.start >= here]
            before = [i for i, q in enumerate(quotes) if q.start < here]
            index = (after[0] if after else len(quotes)) if delta > 0 else \
                (before[-1] if before else -1)
        if index >= len(quotes):
            self.notify("Back to the first quote", timeout=3)
        elif index < 0:
            self.notify("Back to the last quote", timeout=3)
        self.go_quote(index % len(quotes))

    def _current_quote_index(self) -> int | None:
        if self.current and self.current.kind == "quote":
            return self.current.index
        quotes = self.side.list("quotes")
        q = quotes.selected if quotes.has_focus else None
        return self.direct_quotes.index(q) if q in self.direct_quotes else None

    def action_same_speaker(self) -> None:
        index = self._current_quote_index()
        if index is None:
            self.notify("Go to a quote first (n)", timeout=3)
            return
        speaker = self.direct_quotes[index].speaker
        count = len(self.direct_quotes)
        for step in range(1, count + 1):
            candidate = (index + step) % count
            if self.direct_quotes[candidate].speaker == speaker:
                if index + step >= count:
                    self.notify(f"Back to the first quote by {speaker or '(unattributed)'}",
                                timeout=3)
                self.go_quote(candidate)
                return

    def action_only_speaker(self) -> None:
        quotes = self.side.list("quotes")
        if quotes.speaker is not None:
            quotes.only_speaker(None)
            self.notify("Showing all quotes", timeout=3)
            return
        index = self._current_quote_index()
        if index is None:
            self.notify("Go to a quote first (n)", timeout=3)
            return
        speaker = self.direct_quotes[index].speaker
        quotes.only_speaker(speaker)
        self.side.show("quotes")
        self.notify(f"Only {speaker or '(unattributed)'}'s quotes (S again: all)", timeout=3)

    # -- the lists ----------------------------------------------------------------------------

    def jump_to_list_item(self, option_list, key: str | None) -> None:
        item = next((i for i in option_list.items if option_list.key(i) == key), None)
        if item is None:
            return
        tab = option_list.id.removesuffix("-list")
        if tab == "quotes":
            self.go_quote(self.direct_quotes.index(item))
        elif tab == "entities":
            self.go_mention(item, 0)
        elif tab == "numbers":
            self.go_number(item)
        else:
            self.go_tag(item)

    def action_step_list(self, delta: int) -> None:
        self.side.display = True
        tab = self.side.active
        items = self.side.list(tab)
        if tab == "entities" and items.selected is not None:
            self._step_mention(items.selected, delta)
            return
        if items.selected is not None and (self.current is None
                                           or self.current.key != items.selected_key):
            # The highlighted item is not where the reader is: go there first.
            self.jump_to_list_item(items, items.selected_key)
            return
        item, wrapped = items.step(delta)
        if item is None:
            self.notify(f"The {tab} list is empty", timeout=3)
            return
        if wrapped:
            self.notify(f"Back to the {'first' if delta > 0 else 'last'} of the {tab}",
                        timeout=3)
        if tab == "entities":
            self.go_mention(item, 0 if delta > 0 else len(item.mentions) - 1)
        else:
            self.jump_to_list_item(items, items.key(item))

    def _step_mention(self, entity, delta: int) -> None:
        count = len(entity.mentions)
        if self.current and self.current.kind == "entity" and self.current.key == entity.id:
            index = self.current.index + delta
            if not 0 <= index < count:
                self.notify(f"Back to the {'first' if delta > 0 else 'last'} mention of "
                            f"{entity.name}", timeout=3)
        else:
            index = 0 if delta > 0 else count - 1
        self.go_mention(entity, index % count)

    # -- clicks in the article ------------------------------------------------------------------

    def on_article_view_clicked(self, message) -> None:
        """Make the smallest highlighted item under the click the current item."""
        offset = self.doc.paragraphs[message.index].start + message.offset
        found = []  # (length, go)
        for a in self.anchored:
            if a.start is not None and a.start <= offset < a.end and "tag" in self.shown:
                found.append((a.end - a.start, lambda a=a: self.go_tag(a)))
        if self.analysis is not None:
            if "entity" in self.shown:
                for e in self.analysis.entities:
                    for i, m in enumerate(e.mentions):
                        if m.start <= offset < m.end:
                            found.append((m.end - m.start, lambda e=e, i=i: self.go_mention(e, i)))
            if "number" in self.shown:
                for n in self.analysis.numbers:
                    if n.start <= offset < n.end:
                        found.append((n.end - n.start, lambda n=n: self.go_number(n)))
            if "quote" in self.shown:
                for i, q in enumerate(self.direct_quotes):
                    if q.start <= offset < q.end:
                        found.append((q.end - q.start, lambda i=i: self.go_quote(i)))
        if found:
            min(found, key=lambda f: f[0])[1]()

    # -- find -----------------------------------------------------------------------------------

    def action_find(self) -> None:
        self.query_one(FindBar).open()

    def on_find_bar_changed(self, message: FindBar.Changed) -> None:
        # Wait for a pause in typing: on a long article every search re-renders many paragraphs.
        if self._find_timer is not None:
            self._find_timer.stop()
            self._find_timer = None
        if message.query != self.find_query:  # (Enter may have searched for it already)
            self._find_timer = self.set_timer(FIND_DELAY, lambda: self._find(message.query))

    def _find(self, query: str) -> None:
        self._find_timer = None
        self.find_query = query
        query = query.strip()
        self.find_spans = [
            (m.start(), m.end())
            for m in re.finditer(re.escape(query), self.doc.text, re.IGNORECASE)
        ] if query else []
        self.article.set_find(self.find_spans)
        bar = self.query_one(FindBar)
        if not self.find_spans:
            bar.set_count("no matches" if query else "")
            if self.current and self.current.kind == "find":
                self.clear_current()
            return
        here = self.article.first_visible_offset()
        first = next((i for i, (s, _) in enumerate(self.find_spans) if s >= here), 0)
        self._go_match(first)

    def on_find_bar_step(self, message: FindBar.Step) -> None:
        query = self.query_one(FindBar).query
        if query != self.find_query:
            # Enter before the search for what is typed ran (before the pause in typing ended,
            # or even before the last key's change arrived): search now, which goes to the first
            # match (not "Nothing to find" for words already typed)
            if self._find_timer is not None:
                self._find_timer.stop()
            self._find(query)
            return
        self.action_find_step(message.delta)

    def on_find_bar_closed(self, _message: FindBar.Closed) -> None:
        self.article.focus()

    def action_find_step(self, delta: int) -> None:
        if not self.find_spans:
            self.notify("Nothing to find: press / and type" if not self.find_query else
                        f"No matches for “{self.find_query}”", timeout=3)
            return
        if self.current and self.current.kind == "find":
            index = self.current.index + delta
        else:
            index = 0 if delta > 0 else len(self.find_spans) - 1
        if not 0 <= index < len(self.find_spans):
            self.notify(f"Back to the {'first' if delta > 0 else 'last'} match", timeout=3)
        self._go_match(index % len(self.find_spans))

    def _go_match(self, index: int) -> None:
        start, end = self.find_spans[index]
        count = f"{index + 1}/{len(self.find_spans)}"
        self.query_one(FindBar).set_count(count)
        self.go(Target("find", str(index), start, end, index),
                f"Match {count} · “{self.find_query.strip()}”")

    # -- scrolling ------------------------------------------------------------------------------

    def action_scroll(self, where: str) -> None:
        getattr(self.article, _SCROLL[where])(animate=False)
