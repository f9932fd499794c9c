"""Help: every key (as remapped by the user), where reader keeps its files, the article's source."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from reader.tui.keymap import keys_of


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
        # The main screen's ids, so a remap of scrolling applies here too.
        Binding("j,down", "scroll('scroll_down')", "Down", id="scroll_down", show=False),
        Binding("k,up", "scroll('scroll_up')", "Up", id="scroll_up", show=False),
        Binding("g,home", "scroll('scroll_home')", "Top", id="scroll_top", show=False),
        Binding("G,end", "scroll('scroll_end')", "Bottom", id="scroll_bottom", show=False),
        Binding("space,pagedown", "scroll('scroll_page_down')", "Page down", id="page_down",
                show=False),
        Binding("b,pageup", "scroll('scroll_page_up')", "Page up", id="page_up", show=False),
    ]

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self):
        with Vertical(id="help-box"):
            yield Static(self.how_to_use(), id="help-keys", markup=False)
            with VerticalScroll(id="help"):
                yield Markdown(self.markdown)

    def how_to_use(self) -> str:
        keymap = getattr(self.app, "keymap", {})

        def shown(binding_id: str, count: int = 2) -> str:
            binding = next(b for b in self.BINDINGS if b.id == binding_id)
            keys = keys_of(binding, keymap)
            return " or ".join(self.app.get_key_display(Binding(k, "")) for k in keys[:count])

        return (f"{shown('help_close', 4)} closes help · {shown('scroll_down', 1)}/"
                f"{shown('scroll_up', 1)} scroll · {shown('scroll_top', 1)}/"
                f"{shown('scroll_bottom', 1)} top/bottom · {shown('page_down', 1)}/"
                f"{shown('page_up', 1)} page")

    def action_scroll(self, method: str) -> None:
        getattr(self.query_one("#help", VerticalScroll), method)(animate=False)

    def action_dismiss(self) -> None:
        self.dismiss(None)
