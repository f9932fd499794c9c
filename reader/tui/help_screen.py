"""Help: every key (as remapped by the user), where reader keeps its files, the article's source."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown


def key_table(app, groups: list[tuple[str, list[Binding]]], keymap: dict[str, str]) -> str:
    """Markdown lists of bindings, showing the user's keys where they remapped one."""
    out = []
    for title, bindings in groups:
        out += [f"### {title}", ""]
        for b in bindings:
            keys = keymap.get(b.id or "", b.key).split(",")
            shown = " ".join(f"`{app.get_key_display(Binding(k.strip(), ''))}`" for k in keys)
            out.append(f"- {shown} — {b.tooltip or b.description}")
        out.append("")
    return "\n".join(out)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help_close",
                tooltip="Close help"),
    ]

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self):
        with VerticalScroll(id="help"):
            yield Markdown(self.markdown)

    def action_dismiss(self) -> None:
        self.dismiss(None)
