"""The main screen: the article, the side lists, the status line, and the analysis worker."""

from __future__ import annotations

from textual import on, work
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, OptionList, Static
from textual.worker import Worker, WorkerState, get_current_worker

from reader.document import Document
from reader.nlp.types import Analysis
from reader.tui.article import ArticleView
from reader.tui.citing import Citing
from reader.tui.find_bar import FindBar
from reader.tui.highlights import KINDS, analysis_marks, tag_marks
from reader.tui.navigation import Navigation
from reader.tui.side_panel import SidePanel
from reader.tui.lists import REATTACH_TIP
from reader.tui.tagging import TAG_POLL_SECONDS, Tagging


class AnalysisProgress(Message):
    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class AnalysisCancelled(Exception):
    pass


class AnalysisReady(Message):
    def __init__(self, analysis: Analysis) -> None:
        super().__init__()
        self.analysis = analysis


def _b(key, action, description, id, tooltip, show=True) -> Binding:
    return Binding(key, action, description, show=show, id=id, tooltip=tooltip)


class MainScreen(Navigation, Tagging, Citing, Screen):
    BINDINGS = [
        _b("n", "next_quote", "Quote", "next_quote", "Go to the next quote"),
        _b("N", "previous_quote", "Prev quote", "previous_quote", "Go to the previous quote",
           show=False),
        _b("right_square_bracket", "step_list(1)", "Next item", "next_item",
           "Next item of the list shown (the next mention of the selected entity)"),
        _b("left_square_bracket", "step_list(-1)", "Prev item", "previous_item",
           "Previous item of the list shown", show=False),
        _b("s", "same_speaker", "Same speaker", "next_same_speaker",
           "Next quote by the speaker of the current quote", show=False),
        _b("S", "only_speaker", "Only speaker", "only_speaker",
           "List only the current speaker's quotes (again: all quotes)", show=False),
        _b("1", "show_list('quotes')", "Quotes", "list_quotes", "Show the quotes", show=False),
        _b("2", "show_list('entities')", "Entities", "list_entities", "Show the entities",
           show=False),
        _b("3", "show_list('numbers')", "Numbers", "list_numbers", "Show the numbers",
           show=False),
        _b("4", "show_list('tags')", "Tags", "list_tags", "Show your tags", show=False),
        _b("f", "filter", "Filter", "filter_list", "Filter the list shown", show=False),
        _b("j", "scroll('down')", "Down", "scroll_down", "Scroll down a line", show=False),
        _b("k", "scroll('up')", "Up", "scroll_up", "Scroll up a line", show=False),
        _b("g", "scroll('home')", "Top", "scroll_top", "Go to the top", show=False),
        _b("G", "scroll('end')", "Bottom", "scroll_bottom", "Go to the bottom", show=False),
        _b("space,pagedown", "scroll('page_down')", "Page down", "page_down",
           "Scroll down a page", show=False),
        _b("b,pageup", "scroll('page_up')", "Page up", "page_up", "Scroll up a page",
           show=False),
        _b("slash", "find", "Find", "find", "Find words in the article"),
        _b("greater_than_sign", "find_step(1)", "Next match", "find_next",
           "Go to the next match of the last find", show=False),
        _b("less_than_sign", "find_step(-1)", "Prev match", "find_previous",
           "Go to the previous match of the last find", show=False),
        _b("t", "tag", "Tag", "tag", "Tag the current item or the selected text"),
        _b("u", "undo", "Undo", "undo_tag", "Undo the last tag change", show=False),
        _b("r", "reattach_tag", "Re-attach", "reattach_tag", REATTACH_TIP, show=False),
        _b("y", "copy_citation", "Cite", "copy_citation",
           "Copy the current quote as a citation"),
        _b("E", "toggle('entity')", "Entities on/off", "toggle_entities",
           "Show or hide entity highlights", show=False),
        _b("Q", "toggle('quote')", "Quotes on/off", "toggle_quotes",
           "Show or hide quote highlights", show=False),
        _b("U", "toggle('number')", "Numbers on/off", "toggle_numbers",
           "Show or hide number highlights", show=False),
        _b("A", "toggle('tag')", "Tags on/off", "toggle_tags", "Show or hide tag highlights",
           show=False),
        _b("p", "toggle_panel", "Panel", "toggle_panel", "Show or hide the side panel",
           show=False),
    ]

    def __init__(self, doc: Document, *, analyzer=None, analysis: Analysis | None = None,
                 store=None) -> None:
        super().__init__()
        self.doc = doc
        self.analyzer = analyzer
        self.analysis = analysis
        self.store = store
        self.anchored: list = []
        self.shown = set(KINDS)
        self._info = ""
        self._warnings: list[str] = []
        self.init_navigation()
        self.init_tagging()

    def compose(self):
        yield Header()
        with Horizontal(id="main"):
            yield ArticleView(self.doc, id="article")
            yield SidePanel(id="side")
        yield FindBar(id="find-bar")
        yield Static("", id="warning", markup=False)
        with Horizontal(id="status-line"):
            yield Label("", id="status")
            yield Label("", id="status-info")
        yield Footer(compact=True)

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def side(self) -> SidePanel:
        return self.query_one(SidePanel)

    def on_mount(self) -> None:
        self.query_one(FindBar).display = False
        self.query_one("#warning").display = False
        self.article.focus()
        self.set_status(self.hint())
        self.load_tags()
        self.set_interval(TAG_POLL_SECONDS, self.poll_tags)
        if self.analysis is not None:
            self.show_analysis(self.analysis)
        elif self.analyzer is not None:
            self.side.loading = True
            self.set_info("Analysing…")
            self.run_analysis()
        else:
            self.set_info("No analysis")

    # -- analysis -----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def run_analysis(self) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:  # the app is closing: stop between batches
                raise AnalysisCancelled()
            self.post_message(AnalysisProgress(done, total))

        self.post_message(AnalysisReady(self.analyzer(self.doc, progress)))

    @on(AnalysisProgress)
    def _progress(self, message: AnalysisProgress) -> None:
        if self.analysis is None:
            self.set_info("Loading the language model…" if message.done == 0 else
                          f"Analysing… {message.done}/{message.total} paragraphs")

    @on(AnalysisReady)
    def _ready(self, message: AnalysisReady) -> None:
        self.show_analysis(message.analysis)

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        error = event.worker.error
        if (event.worker.group == "analysis" and event.state == WorkerState.ERROR
                and not isinstance(error, AnalysisCancelled)):
            reason = str(error).strip().splitlines()[0] if str(error).strip() else \
                type(error).__name__
            self.side.loading = False
            self.set_info("Analysis failed")
            self.warn(f"Analysis failed: {reason}. The article is shown without highlights.")
            self.notify(reason, title="Analysis failed", severity="error", timeout=10)

    def show_analysis(self, analysis: Analysis) -> None:
        if analysis.text_sha256 != self.doc.sha256:
            self.warn("The analysis is of a different text; highlights are not shown.")
            return
        self.analysis = analysis
        self.side.loading = False
        self.direct_quotes = [q for q in analysis.quotes if q.kind == "direct"]
        self.side.list("quotes").set_items(self.direct_quotes)
        self.side.list("entities").set_items(analysis.entities)
        self.side.list("numbers").set_items(analysis.numbers)
        self.refresh_marks()
        self.set_info(f"{len(self.direct_quotes)} quotes · {len(analysis.entities)} entities · "
                      f"{len(analysis.numbers)} numbers · {analysis.model}")
        for warning in analysis.warnings:
            self.warn(warning)
            self.notify(warning, title="Warning", severity="warning", timeout=10)

    def refresh_marks(self) -> None:
        marks = analysis_marks(self.analysis) if self.analysis else []
        self.article.set_marks(marks + tag_marks(self.anchored))

    def notify(self, message: str, *, title: str = "", severity="information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Notifications quote article text and file names: no markup unless asked."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    # -- status, warnings, toggles --------------------------------------------------------------

    def set_status(self, text: str, *, tag_id: str | None = None) -> None:
        """Say ``text`` on the status line; ``tag_id``: the tag it describes, if any."""
        self.status_tag = tag_id
        self.query_one("#status", Label).update(text)

    def set_info(self, text: str) -> None:
        hidden = [k for k in KINDS if k not in self.shown]
        suffix = f" · hidden: {', '.join(hidden)}" if hidden else ""
        self._info = text
        self.query_one("#status-info", Label).update(text + suffix)

    def warn(self, text: str) -> None:
        """Add a line to the warning banner above the status line (it stays until quit)."""
        if text not in self._warnings:
            self._warnings.append(text)
        banner = self.query_one("#warning", Static)
        banner.update("\n".join(f"⚠ {w}" for w in self._warnings))
        banner.display = True

    def unwarn(self, text: str) -> None:
        """Remove a line from the warning banner (hidden when it has none left)."""
        if text in self._warnings:
            self._warnings.remove(text)
        banner = self.query_one("#warning", Static)
        banner.update("\n".join(f"⚠ {w}" for w in self._warnings))
        banner.display = bool(self._warnings)

    def action_toggle(self, kind: str) -> None:
        self.shown ^= {kind}
        self.article.set_shown(self.shown)
        self.set_info(self._info)
        state = "shown" if kind in self.shown else "hidden"
        self.notify(f"{kind.capitalize()} highlights {state}", timeout=2)

    def action_toggle_panel(self) -> None:
        self.side.display = not self.side.display
        if not self.side.display:
            self.article.focus()

    def action_show_list(self, tab: str) -> None:
        self.side.display = True
        self.side.show(tab)

    def action_filter(self) -> None:
        self.side.display = True
        self.side.focus_filter()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.jump_to_list_item(event.option_list, event.option.id)
