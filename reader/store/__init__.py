"""The tag store: tags with robust anchors, kept in plain TOML files the user owns.

Never imports textual or the NLP engine; see ``reader.store.store`` for the file layout.

Reading an article's tags: ``TagStore.tags_for(text, source)`` returns them re-anchored
against ``text`` and raises CorruptStoreError if one of its tag files does not parse;
``TagStore.tags_and_problems(text, source)`` returns ``(tags, problems)``: the valid tags in the
same order, plus one CorruptStoreError (path, line, problem) per file of the article that does
not parse, and never raises CorruptStoreError.  Writes to such an article stay refused.
"""

from reader.store.anchor import in_text_order, make_anchor, place, reanchor
from reader.store.model import (
    KINDS,
    STATES,
    Anchor,
    AnchoredTag,
    Article,
    CorruptStoreError,
    Renamed,
    StoreError,
    Tag,
)
from reader.store.store import TagStore, normalise_source

__all__ = [
    "KINDS",
    "STATES",
    "Anchor",
    "AnchoredTag",
    "Article",
    "CorruptStoreError",
    "Renamed",
    "StoreError",
    "Tag",
    "TagStore",
    "in_text_order",
    "make_anchor",
    "normalise_source",
    "place",
    "reanchor",
]
