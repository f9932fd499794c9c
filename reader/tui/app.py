"""The reader app: themes, keymap, help, and the main screen over one article."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding

from reader import config as config_module
from reader.config import Config
from reader.document import Document, sample_path
from reader.nlp.types import Analysis
from reader.store import TagStore
from reader.tui.commands import ArticleCommands
from reader.tui.engine import Analyzer, EngineAnalyzer
from reader.tui.find_bar import FindBar
from reader.tui.help_screen import HelpScreen, key_table
from reader.tui.keymap import key_display, split_keymap
from reader.tui.lists import TagList
from reader.tui.main_screen import MainScreen
from reader.tui.side_panel import SidePanel
from reader.tui.tag_dialog import TagDialog
from reader.tui.themes import APP_VARIABLES, DEFAULT_THEME, load_themes

ATTRIBUTION = Path(__file__).resolve().parents[1] / "data" / "SAMPLE-ATTRIBUTION.md"


class ReaderApp(App[int]):
    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    COMMANDS = App.COMMANDS | {ArticleCommands}
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="help", tooltip="Show keys and help"),
        Binding("q", "quit", "Quit", id="quit", tooltip="Quit reader"),
    ]

    def __init__(self, doc: Document, *, analysis: Analysis | None = None,
                 analyzer: Analyzer | None = None, store: TagStore | None = None,
                 config: Config | None = None) -> None:
        """``analysis`` is shown at once; otherwise ``analyzer`` runs in a thread worker.

        ``store`` defaults to the TagStore in the user's data folder.
        """
        super().__init__()
        self.doc = doc
        self.config = config or Config()
        self._main = MainScreen(doc, analysis=analysis, analyzer=analyzer,
                                store=TagStore() if store is None else store)
        self._saving_theme = False
        themes, self.theme_problems = load_themes()
        if DEFAULT_THEME in themes:
            # Only reader's themes and the user's: Textual's built-ins know nothing of the app's
            # colour variables (entities, quotes, numbers would be unreadable in some of them).
            for name in list(self.available_themes):
                self.unregister_theme(name)
        for theme in themes.values():
            self.register_theme(theme)
        if DEFAULT_THEME in themes:
            self.theme = DEFAULT_THEME
        self.keymap = dict(self.config.keymap)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(APP_VARIABLES)

    def on_mount(self) -> None:
        self.title = self.doc.title
        self.sub_title = self._subtitle()
        wanted = self.config.theme or DEFAULT_THEME
        if wanted in self.available_themes:
            self.theme = wanted
        else:
            self.theme = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else \
                next(iter(self.available_themes))
            if self.config.theme:
                self.notify(f"Theme {wanted!r} (from the config file) not found; using "
                            f"{self.theme}", severity="warning", timeout=8)
        self._saving_theme = True
        self._apply_keymap()
        self.push_screen(self._main)
        if self.theme_problems:
            self.notify("\n".join(str(p) for p in self.theme_problems),
                        title="Theme files skipped", severity="warning", timeout=10)

    def notify(self, message: str, *, title: str = "", severity="information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Notifications quote file names and config keys: no markup unless asked."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def watch_theme(self, name: str) -> None:
        if self._saving_theme:
            try:
                config_module.save_setting("theme", name, self.config.path)
            except OSError as exc:
                self.notify(f"Theme not saved: {exc}", severity="error")

    def _subtitle(self) -> str:
        if self.doc.source == str(sample_path()):
            return "Sample article: Wikinews, CC BY 2.5 (? for attribution)"
        return "stdin" if self.doc.source == "-" else self.doc.source

    # -- keys ---------------------------------------------------------------------------------

    @staticmethod
    def binding_groups() -> list[tuple[str, list[Binding]]]:
        main = {b.id: b for b in MainScreen.BINDINGS}

        def pick(*ids):
            return [main[i] for i in ids]

        return [
            ("Quotes", pick("next_quote", "previous_quote", "next_same_speaker",
                            "only_speaker", "copy_citation")),
            ("Lists", pick("list_quotes", "list_entities", "list_numbers", "list_tags",
                           "next_item", "previous_item", "filter_list", "toggle_panel")
             + [Binding("enter", "", tooltip="Jump to the list item in the text")]),
            ("Reading", pick("scroll_down", "scroll_up", "scroll_top", "scroll_bottom",
                             "page_down", "page_up", "find", "find_next", "find_previous")
             + FindBar.BINDINGS),
            ("Highlights", pick("toggle_entities", "toggle_quotes", "toggle_numbers",
                                "toggle_tags")),
            ("Tags", pick("tag", "undo_tag")
             + [b for b in TagList.BINDINGS if b.id != "reattach_tag"]
             + pick("reattach_tag") + TagDialog.BINDINGS),
            ("Other", [*ReaderApp.BINDINGS,
                       Binding("ctrl+p", "", tooltip="Command palette: jump to a quote or an "
                               "entity, change theme, toggle highlights")]),
        ]

    @staticmethod
    def key_scopes() -> list[list[Binding]]:
        """Bindings active together: the main screen (first), the find bar, dialog, help."""
        return [[*ReaderApp.BINDINGS, *MainScreen.BINDINGS, *SidePanel.BINDINGS,
                 *TagList.BINDINGS], list(FindBar.BINDINGS), list(TagDialog.BINDINGS),
                list(HelpScreen.BINDINGS)]

    def _apply_keymap(self) -> None:
        scopes = self.key_scopes()
        known = {b.id for scope in scopes for b in scope if b.id}
        unknown = sorted(set(self.keymap) - known)
        self.keymap, refused = split_keymap(
            {k: v for k, v in self.keymap.items() if k in known}, scopes)
        problems = []
        if unknown:
            problems.append(f"unknown binding id(s) {', '.join(unknown)}; known: "
                            f"{', '.join(sorted(known))}")
        if refused:
            problems.append("not applied, the key is taken: " + "; ".join(refused))
        if problems:
            self.notify("[keymap] in the config file: " + "\n".join(problems),
                        severity="warning", timeout=12)
        self.set_keymap(self.keymap)

    def key_display(self, binding_id: str) -> str:
        """The key shown for a binding, as remapped."""
        binding = next(b for scope in self.key_scopes() for b in scope if b.id == binding_id)
        return key_display(self, binding, self.keymap)

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.help_markdown()))

    def help_markdown(self) -> str:
        parts = ["# reader", "",
                 "A reader for news articles: entities are underlined, quotes in italics, "
                 "numbers in bold, your tags double-underlined. Colours come from the theme.", ""]
        focused = self.screen.focused
        if focused is not None and getattr(focused, "HELP", None):
            parts += [focused.HELP.strip(), ""]
        parts += ["## Keys", "", key_table(self, self.binding_groups(), self.keymap)]
        parts += [
            "## Where reader keeps things", "",
            f"- Config file: `{config_module.config_path()}` "
            "(`theme = \"…\"`, `model = \"…\"`, "
            "and a `[keymap]` table of binding id = key, e.g. `next_quote = \"right\"`)",
            f"- Your themes: `{config_module.user_themes_dir()}` (TOML files)",
            f"- Tags: `{config_module.data_dir() / 'tags'}`", "",
            "## This article", "",
        ]
        if self.doc.source == str(sample_path()):
            parts.append(ATTRIBUTION.read_text(encoding="utf-8").replace("# ", "### ", 1))
        else:
            parts.append(f"From `{self.doc.source}` ({self.doc.encoding}).")
        analysis = self._main.analysis
        if analysis is not None:
            parts += ["", f"Analysed with {analysis.model}."]
        return "\n".join(parts)

    def get_system_commands(self, screen):
        # reader's help (? or F1) lists every key, so Textual's "Keys" panel is left out.
        yield from (c for c in super().get_system_commands(screen) if c.title != "Keys")
        yield SystemCommand("Help", "Show keys, file locations and the article's source",
                            self.action_help)


def run(doc: Document, *, model: str | None = None, config: Config | None = None) -> int:
    if not sys.stdin.isatty():
        # The article came down a pipe (`reader -`): keys come from the terminal, as in less.
        try:
            tty = os.open("/dev/tty", os.O_RDONLY)
        except OSError:
            print("reader: no terminal to read keys from; use `reader extract` in pipelines",
                  file=sys.stderr)
            return 2
        os.dup2(tty, 0)
        os.close(tty)
    config = config or Config()
    app = ReaderApp(doc, analyzer=EngineAnalyzer(model, config.model), config=config)
    app.run()
    return app.return_code or 0
