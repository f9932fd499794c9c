"""Command palette: jump to a quote (by speaker or words) or an entity, toggle highlights."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.tui.highlights import KINDS
from reader.tui.lists import LABEL_NAMES, first_words


class ArticleCommands(Provider):
    """Quotes and entities of the open article, and the highlight toggles."""

    def _commands(self):
        screen = self.screen
        if not hasattr(screen, "direct_quotes"):
            return
        for i, q in enumerate(screen.direct_quotes):
            yield (f"Quote: {q.speaker or '(unattributed)'} — {first_words(q.text, 10)}",
                   partial(screen.go_quote, i), f"Quote {i + 1}, {q.cue or 'quoted'}")
        if screen.analysis is not None:
            for e in screen.analysis.entities:
                count = len(e.mentions)
                yield (f"Entity: {e.name}", partial(screen.go_mention, e, 0),
                       f"{LABEL_NAMES.get(e.label, e.label)} · {count} "
                       f"mention{'' if count == 1 else 's'}")
        for kind in KINDS:
            state = "Hide" if kind in screen.shown else "Show"
            yield (f"{state} {kind} highlights", partial(screen.action_toggle, kind),
                   f"{state} the {kind} highlights in the article")

    async def discover(self) -> Hits:
        for title, callback, help_text in self._commands():
            if not title.startswith("Entity"):
                yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
