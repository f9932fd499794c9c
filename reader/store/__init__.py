"""The tag store: tags with robust anchors, kept in plain TOML files the user owns.

Never imports textual or the NLP engine; see ``reader.store.store`` for the file layout.
"""

from reader.store.anchor import make_anchor, reanchor
from reader.store.model import (
    KINDS,
    STATES,
    Anchor,
    AnchoredTag,
    CorruptStoreError,
    StoreError,
    Tag,
)
from reader.store.store import Article, TagStore, normalise_source, place

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
    "make_anchor",
    "normalise_source",
    "place",
    "reanchor",
]
