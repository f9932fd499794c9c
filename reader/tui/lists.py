"""The side lists: quotes, entities, numbers and tags, each an OptionList that filters."""

from __future__ import annotations

import textwrap

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from reader.nlp.types import Entity, Number, Quote
from reader.tui.highlights import entity_style

LABEL_NAMES = {
    "PERSON": "People", "ORG": "Organisations", "GPE": "Countries, cities, states",
    "LOC": "Places", "FAC": "Buildings, airports", "NORP": "Nationalities, groups",
    "EVENT": "Events", "PRODUCT": "Products", "WORK_OF_ART": "Works", "LAW": "Laws",
    "LANGUAGE": "Languages",
}
REATTACH_TIP = ("Re-attach the tag selected in the Tags list (orphaned or fuzzy) to the text "
                "selected with the mouse, or else to the current item")
# What a tag was put on, in words, and how its anchor was found again in the text: an exact
# find goes without saying, the others are told with a mark.
KIND_NAMES = {"quote": "quote", "entity": "mention", "number": "number",
              "selection": "passage"}
STATE_WORDS = {"exact": "", "moved": "→ moved", "fuzzy": "≈ text changed",
               "orphaned": "✗ orphaned"}


def tag_situation(anchored) -> str:
    """'quote', or 'quote · ≈ text changed': what a tag is on, and what became of its text."""
    kind = KIND_NAMES.get(anchored.tag.kind, anchored.tag.kind)
    state = STATE_WORDS.get(anchored.state, anchored.state)
    return f"{kind} · {state}" if state else kind


def first_words(text: str, count: int = 8) -> str:
    words = text.split()
    kept = " ".join(words[:count])
    cut = len(words) > count and not kept.endswith(("...", "…"))
    return kept + ("…" if cut else "")


INDENT = "  "


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_value(number: Number) -> str:
    """A number's normalised value and unit, e.g. ``10,000,000,000 USD``.

    Empty when there is no value or it reads just as the text does ("2023", "30th", "60%"):
    a year has no thousands separator, an ordinal reads 1st/2nd/3rd, money keeps its cents.
    """
    value = number.value
    if value is None:
        return ""
    if isinstance(value, str):
        shown = value
    else:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if number.kind == "year":
            shown = str(value)
        elif number.kind == "ordinal" and isinstance(value, int):
            shown = _ordinal(value)
        elif isinstance(value, int):
            shown = f"{value:,}"
        elif number.kind == "money":
            shown = f"{value:,.2f}"
        else:
            shown = f"{round(value, 6):,}"
    if number.unit == "%":
        shown += "%"
    elif number.unit:
        plural = number.kind == "duration" and value != 1 and not number.unit.endswith("s")
        shown = f"{shown} {number.unit}{'s' if plural else ''}"
    return "" if shown == number.text.strip() else shown


class ItemList(OptionList):
    """An OptionList of items with ids, filtered by a search string."""

    class Rebuilt(Message):
        """The options were rebuilt (new items, or a new filter)."""

        def __init__(self, item_list: "ItemList") -> None:
            super().__init__()
            self.item_list = item_list

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.items: list = []
        self.filter_text = ""
        self._wrap_width = 0

    def indented(self, text: str, style: str = "") -> list:
        """``text`` on its own lines under an item's first line, wrapped with its indent kept
        (the list wraps at spaces, so a long line would lose the indent)."""
        width = max(12, (self._wrap_width or 40) - len(INDENT) - 1)
        parts: list = []
        for line in textwrap.wrap(text, width) or [""]:
            parts += ["\n" + INDENT, (line, style)]
        return parts

    def on_resize(self) -> None:
        width = self.scrollable_content_region.width
        if width != self._wrap_width:
            self._wrap_width = width
            if self.items:
                self.rebuild()

    def key(self, item) -> str:
        return item.id

    EMPTY = "Nothing found in this article."

    def empty_hint(self) -> str:
        if not self.items:
            return self.EMPTY
        return (f"Nothing matches “{self.filter_text.strip()}”: escape in the filter box "
                "clears it.")

    def prompt(self, item) -> Content:  # pragma: no cover - every list overrides it
        raise NotImplementedError

    def haystack(self, item) -> str:
        return str(self.prompt(item))

    def matches(self, item) -> bool:
        words = self.filter_text.lower().split()
        hay = self.haystack(item).lower()
        return all(w in hay for w in words)

    def set_items(self, items) -> None:
        self.items = list(items)
        self.rebuild()

    def set_filter(self, text: str) -> None:
        self.filter_text = text
        self.rebuild()

    def options_for(self, items) -> list[Option]:
        return [Option(self.prompt(item), id=self.key(item)) for item in items]

    def rebuild(self) -> None:
        keep = self.selected_key
        self.clear_options()
        options = self.options_for([i for i in self.items if self.matches(i)])
        if not options:  # say why the list is empty, and what to do
            options = [Option(Content.styled(self.empty_hint(), "dim italic"), disabled=True)]
        self.add_options(options)
        if not self.select_key(keep):
            self.highlight_first()
        self.post_message(self.Rebuilt(self))

    def highlight_first(self) -> None:
        for index, option in enumerate(self.options):
            if not option.disabled:
                self.highlighted = index
                return

    @property
    def visible(self) -> list:
        ids = {o.id for o in self.options if o.id is not None}
        return [i for i in self.items if self.key(i) in ids]

    @property
    def selected_key(self) -> str | None:
        if self.highlighted is None:
            return None
        return self.get_option_at_index(self.highlighted).id

    @property
    def selected(self):
        key = self.selected_key
        return next((i for i in self.items if self.key(i) == key), None)

    def select_key(self, key: str | None) -> bool:
        if key is None:
            return False
        try:
            self.highlighted = self.get_option_index(key)
        except OptionDoesNotExist:  # filtered out
            return False
        return True

    def step(self, delta: int):
        """Move the highlight ``delta`` visible items; return ``(item, wrapped)``."""
        visible = self.visible
        if not visible:
            return None, False
        keys = [self.key(i) for i in visible]
        key = self.selected_key
        if key in keys:
            pos = keys.index(key) + delta
        else:
            pos = 0 if delta > 0 else len(keys) - 1
        wrapped = not 0 <= pos < len(keys)
        item = visible[pos % len(keys)]
        self.select_key(self.key(item))
        return item, wrapped


class QuoteList(ItemList):
    HELP = """
## Quotes

Every direct quote in article order: speaker, speech verb, first words.
`enter` jumps to the quote; `]`/`[` next/previous; `s` next quote by the same speaker;
`S` lists only that speaker's quotes (again to list all).
"""

    EMPTY = "No direct quotes in this article."

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.speaker: str | None = None

    def prompt(self, q: Quote) -> Content:
        cue = f" · {q.cue}" if q.cue else ""
        return Content.assemble((q.speaker or "(unattributed)", "bold"), cue,
                                *self.indented(f"“{first_words(q.text)}”", "italic"))

    def haystack(self, q: Quote) -> str:
        return f"{q.speaker or '(unattributed)'} {q.cue or ''} {q.text}"

    def matches(self, q: Quote) -> bool:
        if self.speaker is not None and q.speaker != self.speaker:
            return False
        return super().matches(q)

    def only_speaker(self, speaker: str | None) -> None:
        self.speaker = speaker
        self.rebuild()


class EntityList(ItemList):
    HELP = """
## Entities

People, organisations and places, one entry each, grouped by kind, with how often each is
mentioned.  `enter` jumps to the first mention; `]`/`[` go to the next/previous mention.
"""

    EMPTY = "No people, organisations or places named in this article."

    def prompt(self, e: Entity) -> Content:
        return Content.assemble((e.name, entity_style(e.label)), f"  ×{len(e.mentions)}")

    def haystack(self, e: Entity) -> str:
        return f"{e.name} {e.label} {LABEL_NAMES.get(e.label, '')}"

    def options_for(self, items) -> list[Option]:
        options: list[Option] = []
        order = list(LABEL_NAMES)
        groups = sorted({e.label for e in items}, key=lambda x: (order.index(x)
                                                                if x in order else 99, x))
        for label in groups:
            options.append(Option(Content.styled(LABEL_NAMES.get(label, label), "bold dim"),
                                  disabled=True))
            members = sorted((e for e in items if e.label == label),
                             key=lambda e: (-len(e.mentions), e.name.lower()))
            options.extend(Option(self.prompt(e), id=e.id) for e in members)
        return options

    @property
    def visible(self) -> list:
        ids = [o.id for o in self.options if o.id is not None]
        by_id = {e.id: e for e in self.items}
        return [by_id[i] for i in ids]


class NumberList(ItemList):
    HELP = """
## Numbers

Every number in article order: as written, its kind, and its value normalised.
`enter` jumps to it; `]`/`[` next/previous.
"""

    EMPTY = "No numbers in this article."

    def prompt(self, n: Number) -> Content:
        value = format_value(n)
        extra = [x for x in (n.qualifier, n.per and f"per {n.per}") if x]
        return Content.assemble(
            (n.text, "bold"), f"  {n.kind}", f" · {value}" if value else "",
            (f" ({', '.join(extra)})" if extra else "", "dim"),
        )


class TagList(ItemList):
    HELP = """
## Tags

Your tags on this article, in text order, with what each is on (a quote, a mention, a number,
a passage) and its note. If the text has changed since, a mark says so: `→` moved (the
same words elsewhere), `≈` text changed (found by a fuzzy match), `✗` orphaned (not found).
`enter` jumps to it; `e` edits it; `x` or `delete` deletes it; `u` undoes the last change.
`r` re-attaches it (an orphan, or a fuzzy match) to the text selected with the mouse, or else
to the current item: go to a quote (`n`) or find the words (`/`), then press `r`.
"""

    BINDINGS = [
        Binding("e", "screen.edit_tag", "Edit tag", id="edit_tag",
                tooltip="In the Tags list: edit the tag's names and note"),
        Binding("x,delete", "screen.delete_tag", "Delete tag", id="delete_tag",
                tooltip="In the Tags list: delete the tag (u undoes)"),
        Binding("r", "screen.reattach_tag", "Re-attach", id="reattach_tag",
                tooltip=REATTACH_TIP),
    ]

    EMPTY = ("No tags yet. Go to a quote, name or number (or select text with the mouse) "
             "and press t to tag it.")

    def key(self, anchored) -> str:
        return anchored.tag.id

    def prompt(self, anchored) -> Content:
        tag = anchored.tag
        names = " ".join(f"#{t}" for t in tag.tags)
        parts = [(names, "bold $tag"), "  ", (tag_situation(anchored), "dim"),
                 *self.indented(f"“{first_words(tag.anchor.exact, 7)}”", "italic")]
        if tag.note:
            parts += self.indented(first_words(tag.note, 12))
        return Content.assemble(*parts)
