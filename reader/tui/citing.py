"""Copying the current quote as a citation: OSC 52 to the terminal, plus a local tool.

A mixin of MainScreen.  Many terminals (and tmux by default) ignore OSC 52 without a word, so
the message only claims a copy for certain when a local clipboard tool took it.
"""

from __future__ import annotations

from textual import work

from reader.tui.clipboard import citation, local_copy
from reader.tui.lists import first_words


class Citing:
    def action_copy_citation(self) -> None:
        index = self._current_quote_index()
        if index is None:
            self.notify("Go to a quote first (n), then y copies it as a citation", timeout=4)
            return
        text = citation(self.direct_quotes[index])
        self.app.copy_to_clipboard(text)
        self._copy_locally(text)

    @work(thread=True, exit_on_error=False, group="clipboard")
    def _copy_locally(self, text: str) -> None:
        tool = local_copy(text)
        self.app.call_from_thread(self._say_copied, text, tool)

    def _say_copied(self, text: str, tool: str | None) -> None:
        title = (f"Copied citation (with {tool})" if tool else
                 "Copied citation (if your terminal allows clipboard access)")
        self.notify(first_words(text, 14), title=title, timeout=4)
