"""The side panel: a filter box over tabbed lists of quotes, entities, numbers and tags."""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, TabbedContent, TabPane

from reader.tui.lists import EntityList, ItemList, NumberList, QuoteList, TagList

TABS = ("quotes", "entities", "numbers", "tags")
TITLES = {"quotes": "Quotes", "entities": "Entities", "numbers": "Numbers", "tags": "Tags"}


class SidePanel(Vertical):
    """Typing in the filter box filters the list shown below it."""

    BINDINGS = [
        Binding("escape", "leave_filter", "Back to list", id="filter_done", show=False,
                tooltip="In the filter box: clear the filter and go back to the list "
                "(enter keeps it)"),
    ]

    def compose(self):
        yield Input(placeholder="filter the list (f)", id="filter", compact=True)
        with TabbedContent(id="tabs"):
            for tab, widget in zip(TABS, (QuoteList, EntityList, NumberList, TagList)):
                with TabPane(TITLES[tab], id=tab):
                    yield widget(id=f"{tab}-list")

    @property
    def active(self) -> str:
        return self.query_one(TabbedContent).active or "quotes"

    def list(self, tab: str | None = None) -> ItemList:
        return self.query_one(f"#{tab or self.active}-list", ItemList)

    def show(self, tab: str) -> None:
        """Show the list ``tab`` and focus it."""
        self.query_one(TabbedContent).active = tab
        self.list(tab).focus()

    def set_count(self, tab: str) -> None:
        """The tab's label: how many items, as ``shown/all`` while a filter hides some."""
        widget = self.list(tab)
        total, shown = len(widget.items), len(widget.visible)
        count = f"{shown}/{total}" if shown != total else str(total)
        self.query_one(TabbedContent).get_tab(tab).label = f"{TITLES[tab]} {count}"

    @on(ItemList.Rebuilt)
    def _rebuilt(self, event: ItemList.Rebuilt) -> None:
        event.stop()
        self.set_count(event.item_list.id.removesuffix("-list"))

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.query_one("#filter", Input).value = self.list().filter_text

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        widget = self.list()
        if widget.filter_text != event.value:
            widget.set_filter(event.value)

    @on(Input.Submitted, "#filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.list().focus()

    def action_leave_filter(self) -> None:
        self.query_one("#filter", Input).value = ""
        self.list().set_filter("")
        self.list().focus()

    def focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()
