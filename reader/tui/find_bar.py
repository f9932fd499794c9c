"""Find in the article: a docked bar that posts what to look for; the app owns the matches."""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label


class FindBar(Horizontal):
    """`enter`/`down` next match, `up` previous, `escape` closes (matches stay for `>`/`<`)."""

    BINDINGS = [
        Binding("enter,down", "step(1)", "Next match", id="find_bar_next", priority=True,
                tooltip="In the find bar: go to the next match"),
        Binding("up", "step(-1)", "Previous match", id="find_bar_previous", priority=True,
                tooltip="In the find bar: go to the previous match"),
        Binding("escape", "close", "Close find", id="find_bar_close",
                tooltip="In the find bar: hide it (> and < still step through the matches)"),
    ]

    class Changed(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Step(Message):
        def __init__(self, delta: int) -> None:
            super().__init__()
            self.delta = delta

    class Closed(Message):
        pass

    def compose(self):
        yield Label("Find:", id="find-label")
        yield Input(placeholder="words in the article", id="find-input")
        yield Label("", id="find-count")

    def open(self) -> None:
        self.display = True
        self.query_one(Input).focus()

    @property
    def query(self) -> str:
        return self.query_one(Input).value

    def set_count(self, text: str) -> None:
        self.query_one("#find-count", Label).update(text)

    @on(Input.Changed, "#find-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#find-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()

    def action_step(self, delta: int) -> None:
        self.post_message(self.Step(delta))

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed())
