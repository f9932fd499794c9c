"""The tag dialog: several tags with completion from the tags already used, and a note."""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual import on
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, Static

from reader.tui.lists import first_words


@dataclass(frozen=True)
class TagEdit:
    """What the dialog returns: the tags and note to save, or ``delete``."""

    tags: tuple[str, ...] = ()
    note: str = ""
    delete: bool = False


def parse_tags(value: str) -> tuple[str, ...]:
    """``"#climate, Iraq  oil"`` -> ``("climate", "Iraq", "oil")``, duplicates dropped."""
    out: list[str] = []
    for word in re.split(r"[,\s]+", value):
        word = word.strip().lstrip("#")
        if word and word not in out:
            out.append(word)
    return tuple(out)


class TagSuggester(Suggester):
    """Completes the word being typed from known tags, most used first."""

    def __init__(self, known: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = known

    async def get_suggestion(self, value: str) -> str | None:
        match = re.search(r"#?([^,\s#]+)$", value)
        if not match:
            return None
        partial = match.group(1).lower()
        already = set(parse_tags(value[: match.start()]))
        for name in self.known:
            if name.lower().startswith(partial) and name not in already:
                return value[: match.start(1)] + name
        return None


class TagDialog(ModalScreen[TagEdit | None]):
    """`enter` saves, `escape` cancels; `tab` moves between tags and note; `→` completes."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="tag_dialog_cancel",
                tooltip="In the tag dialog: close, save nothing"),
        Binding("ctrl+d", "delete", "Delete tag", id="tag_dialog_delete", priority=True,
                tooltip="In the tag dialog: delete this tag (u undoes)"),
    ]

    def __init__(self, what: str, excerpt: str, known: list[tuple[str, int]], *,
                 tags: tuple[str, ...] = (), note: str = "", editing: bool = False) -> None:
        super().__init__()
        self.what = what
        self.excerpt = excerpt
        self.known = known
        self.initial_tags = tags
        self.initial_note = note
        self.editing = editing

    def compose(self):
        with Vertical(id="tag-dialog"):
            yield Label(f"{'Edit tag on' if self.editing else 'Tag'} {self.what}", id="tag-title")
            yield Static(f"“{first_words(self.excerpt, 30)}”", id="tag-excerpt")
            yield Label("Tags (separate with spaces or commas; → completes):")
            # A space after the tags already there, so that typing starts a new tag.
            yield Input("".join(f"{tag} " for tag in self.initial_tags),
                        placeholder="e.g. claim follow-up",
                        id="tag-input", select_on_focus=False,
                        suggester=TagSuggester([name for name, _ in self.known]))
            if self.known:
                used = "  ".join(f"#{name} ({count})" for name, count in self.known[:12])
                yield Static(f"Used: {used}", id="tag-known", markup=False)
            yield Label("Note (optional):")
            yield Input(self.initial_note, placeholder="why this matters", id="tag-note",
                        select_on_focus=False)
            yield Label("", id="tag-error")
            with Horizontal(id="tag-buttons"):
                yield Button("Save", variant="primary", id="tag-save")
                if self.editing:
                    yield Button("Delete", variant="error", id="tag-delete")
                yield Button("Cancel", id="tag-cancel")

    @on(Input.Submitted)
    @on(Button.Pressed, "#tag-save")
    def save(self) -> None:
        tags = parse_tags(self.query_one("#tag-input", Input).value)
        note = self.query_one("#tag-note", Input).value.strip()
        if not tags:
            self.query_one("#tag-error", Label).update("Give at least one tag.")
            self.query_one("#tag-input", Input).focus()
            return
        self.dismiss(TagEdit(tags, note))

    @on(Button.Pressed, "#tag-delete")
    def action_delete(self) -> None:
        if self.editing:
            self.dismiss(TagEdit(delete=True))

    @on(Button.Pressed, "#tag-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
