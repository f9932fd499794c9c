"""The tag store: tags with robust anchors, kept in plain TOML files the user owns.

Never imports textual or the NLP engine; see ``reader.store.store`` for the file layout.
"""

from reader.store.anchor import in_text_order, make_anchor, place, reanchor
from reader.store.model import (
    KINDS,
    STATES,
    Anchor,
    AnchoredTag,
    Article,
    CorruptStoreError,
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
    "StoreError",
    "Tag",
    "TagStore",
    "in_text_order",
    "make_anchor",
    "normalise_source",
    "place",
    "reanchor",
]
