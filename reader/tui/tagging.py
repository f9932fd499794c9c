"""Tagging: add, edit, re-attach, delete and undo tags through the store.

A mixin of MainScreen.  Store calls are quick file I/O and run on the UI thread; a store that
cannot be read is shown once, and then tags are read-only rather than written over it.
"""

from __future__ import annotations

from reader.store import CorruptStoreError, StoreError
from reader.tui.lists import KIND_NAMES, first_words
from reader.tui.tag_dialog import TagDialog, TagEdit


# How often the app looks for tags written by other processes.
TAG_POLL_SECONDS = 3.0


def _signature(anchored) -> set:
    return {(a.tag.id, a.tag.updated, a.state, a.start, a.end) for a in anchored}


class Tagging:
    def init_tagging(self) -> None:
        self.last_change: tuple[str, object] | None = None
        self.store_problem: str | None = None

    # -- reading --------------------------------------------------------------------------------

    def load_tags(self) -> None:
        if self.store is None:
            return
        anchored = self._read_tags()
        if anchored is not None:
            self._show_tags(anchored)

    def poll_tags(self) -> None:
        """Pick up tags that another window or `reader tag` wrote since the last read, and
        notice when a broken tag file has been fixed (tags become writable again)."""
        if self.store is None:
            return
        anchored = self._read_tags(quiet=True)
        if anchored is not None and _signature(anchored) != _signature(self.anchored):
            self._show_tags(anchored)

    def _read_tags(self, quiet: bool = False):
        """The article's readable tags (None: the store cannot be read at all).

        A tag file that does not parse leaves the others shown, read-only, with one warning
        naming the file and line; when it parses again the warning goes and tags are writable.
        """
        try:
            anchored, problems = self.store.tags_and_problems(self.doc.text, self.doc.source)
        except (StoreError, OSError) as exc:
            if not quiet:  # a busy lock or an unreadable folder: a poll stays quiet
                self._set_store_problem(str(exc))
            return None
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            self._set_store_problem(f"{problems[0]}{more}")
        else:
            self._set_store_problem(None)
        return anchored

    def _set_store_problem(self, problem: str | None) -> None:
        if problem == self.store_problem:
            return
        if self.store_problem is not None:
            self.unwarn(self._problem_warning(self.store_problem))
        if problem is None:
            self.notify("The tag files read again: your tags can be changed", timeout=4)
        else:
            self.warn(self._problem_warning(problem))
            self.notify(problem, title="Cannot read a tag file", severity="error", timeout=10)
        self.store_problem = problem

    @staticmethod
    def _problem_warning(problem: str) -> str:
        return (f"Tag store: {problem}. This article's tags are read-only until the file is "
                "fixed.")

    def _show_tags(self, anchored) -> None:
        self.anchored = sorted(anchored, key=lambda a: (a.start is None, a.start or 0))
        tags = self.side.list("tags")
        tags.set_items(self.anchored)
        self.refresh_marks()
        self.refresh_tag_status()

    def _tag_at(self, start: int, end: int):
        return next((a for a in self.anchored if (a.start, a.end) == (start, end)), None)

    # -- tagging --------------------------------------------------------------------------------

    def action_tag(self) -> None:
        if not self._writable():
            return
        selected = self.article.selected_span()
        if selected is not None:
            kind, (start, end) = "selection", selected
        elif self.current is not None and self.current.kind == "tag":
            self.action_edit_tag(self._tag_at(self.current.start, self.current.end))
            return
        elif self.current is not None:
            kind = "selection" if self.current.kind == "find" else self.current.kind
            start, end = self.current.start, self.current.end
        else:
            self.notify("Nothing to tag: go to a quote (n), an entity or a number, "
                        "or select text with the mouse", timeout=5)
            return
        existing = self._tag_at(start, end)
        if existing is not None:
            self.action_edit_tag(existing)
            return
        excerpt = self.doc.text[start:end]

        def save(result: TagEdit | None) -> None:
            if result is None:
                return
            tag = self._store_call(self.store.add, self.doc.text, self.doc.source, start, end,
                                   kind=kind, tags=result.tags, note=result.note,
                                   speaker=self._speaker_at(start, end))
            if tag:
                self.clear_selection()
                self._changed(("add", tag), f"Tagged {' '.join('#' + t for t in tag.tags)}")

        self.app.push_screen(
            TagDialog(KIND_NAMES[kind], excerpt, self._known_tags()), save)

    def _chosen_tag(self, anchored):
        """The tag to edit or delete: the one given, else the one selected in the Tags list."""
        if not self._writable():
            return None
        anchored = anchored or self.side.list("tags").selected
        if anchored is None:
            self.notify("Choose a tag in the Tags list (4) first", timeout=3)
        return anchored

    def action_edit_tag(self, anchored=None) -> None:
        anchored = self._chosen_tag(anchored)
        if anchored is None:
            return
        tag = anchored.tag

        def save(result: TagEdit | None) -> None:
            if result is None:
                return
            if result.delete:
                self.action_delete_tag(anchored)
                return
            new = self._store_call(self.store.update, tag.id, tags=result.tags,
                                   note=result.note)
            if new:
                self._changed(("update", tag), "Tag saved")

        self.app.push_screen(
            TagDialog(KIND_NAMES.get(tag.kind, tag.kind), tag.anchor.exact,
                      self._known_tags(), tags=tag.tags, note=tag.note, editing=True), save)

    def action_delete_tag(self, anchored=None) -> None:
        anchored = self._chosen_tag(anchored)
        if anchored is None:
            return
        if self._store_call(self.store.delete, anchored.tag.id):
            names = " ".join(f"#{t}" for t in anchored.tag.tags)
            self._changed(("delete", anchored.tag), f"Deleted {names} (u undoes)")

    def action_reattach_tag(self) -> None:
        """Re-attach the tag selected in the Tags list to the selected text or current item."""
        if not self._writable():
            return
        # Only the tag highlighted in the Tags list on show: never one out of sight.
        shown = self.side.display and self.side.active == "tags"
        anchored = self.side.list("tags").selected if shown else None
        if anchored is None:
            self.notify("Choose the tag to re-attach in the Tags list (4) first", timeout=4)
            return
        span = self.article.selected_span()
        if span is None and self.current is not None and self.current.kind != "tag":
            span = (self.current.start, self.current.end)
        if span is None:
            self.notify("Nothing to re-attach the tag to: select text with the mouse, or go to "
                        "a quote (n), a mention, a number or a find match, then press r again",
                        timeout=6)
            return
        start, end = span
        old = anchored.tag
        if self._store_call(self.store.update, old.id, start=start, end=end,
                            text=self.doc.text):
            self.clear_selection()
            names = " ".join(f"#{t}" for t in old.tags)
            self._changed(("re-attach", old),
                          f"Re-attached {names} to “{first_words(self.doc.text[start:end], 8)}” "
                          "(u undoes)")

    def action_undo(self) -> None:
        if not self._writable():
            return
        if self.last_change is None:
            self.notify("Nothing to undo", timeout=3)
            return
        what, tag = self.last_change
        if what == "add":
            done = self._store_call(self.store.delete, tag.id)
        else:
            done = self._store_call(self.store.restore, tag)
        if done:
            self.last_change = None
            self.load_tags()
            self.notify(f"Undone: {'tag' if what == 'add' else what} of "
                        f"{' '.join('#' + t for t in tag.tags)}", timeout=3)

    # -- helpers ------------------------------------------------------------------------------

    def _writable(self) -> bool:
        if self.store is None:
            self.notify("No tag store", severity="error")
            return False
        if self.store_problem is not None:
            self.notify(f"Tags are read-only: {self.store_problem}", severity="error",
                        timeout=8)
            return False
        return True

    def _store_call(self, method, *args, **kwargs):
        """Call the store; on failure say why and return False."""
        try:
            result = method(*args, **kwargs)
        except (StoreError, OSError) as exc:
            if isinstance(exc, CorruptStoreError) and self.store_problem is None:
                self.store_problem = str(exc)
                self.warn(self._problem_warning(self.store_problem))
            self.notify(str(exc), title="Tag not saved", severity="error", timeout=8)
            return False
        return True if result is None else result

    def _changed(self, change: tuple[str, object], message: str) -> None:
        self.last_change = change
        self.load_tags()
        self.notify(message, timeout=3)

    def _known_tags(self) -> list[tuple[str, int]]:
        try:
            return self.store.tag_names()
        except (StoreError, OSError):
            return []

    def _speaker_at(self, start: int, end: int) -> str:
        quote = next((q for q in self.direct_quotes if (q.start, q.end) == (start, end)), None)
        return (quote.speaker or "") if quote else ""
