"""Help: every key (as remapped by the user), where reader keeps its files, the article's source."""

from __future__ import annotations

import re

from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

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


_INLINE = re.compile(r"`([^`]+)`|\*\*([^*]+)\*\*|(https?://[^\s'\"]+[^\s'\".,;:)])")
_HEADING = re.compile(r"(#{1,3}) (.*)")
_HEADING_STYLE = {1: "bold reverse $accent", 2: "bold underline $accent", 3: "bold $accent"}


def render_help(markdown: str) -> Content:
    """The help's Markdown (headings, paragraphs, "- " lists, `code`, **bold**) as one Content.

    One widget draws it: Textual's Markdown widget makes one widget per block and bullet, some
    200 for the help, which took well over a second to open on a slow machine."""
    parts: list[str | tuple[str, str]] = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        lines = block.strip().splitlines()
        if heading := _HEADING.fullmatch(lines[0]):
            level = len(heading.group(1))
            parts += ["\n\n" if parts else "", (heading.group(2), _HEADING_STYLE[level])]
            lines = lines[1:]
        if not lines:
            continue
        parts.append("\n\n" if parts else "")
        if all(line.startswith("- ") for line in lines):
            for k, line in enumerate(lines):
                parts += ["\n" if k else "", "• ", *_inline(line[2:])]
        else:
            parts += _inline(" ".join(line.strip() for line in lines))
    return Content.assemble(*parts)


def _inline(text: str) -> list[str | tuple[str, str]]:
    """`code`, **bold** and web addresses in one line of text.

    An address is a hyperlink, so a terminal that supports them opens it on a click even where
    it is too long for the line and folds."""
    out: list[str | tuple[str, str]] = []
    at = 0
    for m in _INLINE.finditer(text):
        code, bold, url = m.groups()
        out += [text[at:m.start()],
                (code, "bold $accent") if code else (bold, "bold") if bold
                else (url, f"underline link='{url}'")]
        at = m.end()
    return out + [text[at:]]


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
                yield Static(render_help(self.markdown), id="help-text")

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
