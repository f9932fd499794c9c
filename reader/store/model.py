"""The plain data the store hands out: tags, anchors, anchoring results, and its errors."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

KINDS = ("quote", "entity", "number", "selection")
STATES = ("exact", "moved", "fuzzy", "orphaned")


class StoreError(Exception):
    """A tag-store failure; the message is one line for the user."""


class CorruptStoreError(StoreError):
    """A store file that cannot be read; it is left exactly as it is until the user fixes it."""

    def __init__(self, path: Path, problem: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.problem = problem
        where = f"{self.path} line {line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Anchor:
    """A W3C-style text quote + position selector; offsets are code points."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True)
class Tag:
    id: str
    article_sha256: str  # hash of the text the anchor was made against
    source: str  # the path (or "-") the article was read from when tagged
    anchor: Anchor
    kind: str
    tags: tuple[str, ...]
    note: str
    created: str  # ISO 8601 UTC
    updated: str
    speaker: str = ""  # for quotes: who said it, when the app knows


@dataclass(frozen=True)
class AnchoredTag:
    """A tag placed in the current text of its article."""

    tag: Tag
    state: str  # exact | moved | fuzzy | orphaned
    score: float  # 1.0 for exact/moved, the match score for fuzzy, best score seen for orphans
    start: int | None
    end: int | None

    @property
    def orphaned(self) -> bool:
        return self.state == "orphaned"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def new_tag_id() -> str:
    # 40 random bits: a collision needs about a million tags to become likely.
    return "t" + secrets.token_hex(5)


def clean_names(names: Sequence[str]) -> tuple[str, ...]:
    """Strip tag names, refuse empty ones, drop repeats (first spelling wins).

    Does not refuse spaces or commas (names read from older files may have them); new names
    also go through ``check_new_names``.
    """
    if isinstance(names, str):
        names = [names]
    out: list[str] = []
    for name in names:
        if not isinstance(name, str):
            raise StoreError(f"tag names are text, not {type(name).__name__}")
        name = name.strip()
        if not name:
            raise StoreError("a tag name cannot be empty")
        if name not in out:
            out.append(name)
    return tuple(out)


_SEPARATOR = re.compile(r"[\s,]+")


def check_new_names(names: Sequence[str], already: Sequence[str] = ()) -> tuple[str, ...]:
    """Refuse a tag name with whitespace or a comma: it would read as two tags.

    ``names`` are cleaned names being given to a tag; names in ``already`` (the tag's current
    names) pass as they are, so files written before this rule keep working.
    """
    for name in names:
        if name in already or not _SEPARATOR.search(name):
            continue
        spaces = any(_SEPARATOR.fullmatch(c) for c in name if c != ",")
        what = "spaces or commas" if spaces and "," in name else "spaces" if spaces else "commas"
        hyphenated = _SEPARATOR.sub("-", name).strip("-")
        if hyphenated:
            raise StoreError(f"tag names cannot contain {what}: use {hyphenated!r}")
        raise StoreError(f"tag names cannot contain {what}")
    return tuple(names)


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise StoreError(f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    return kind


@dataclass(frozen=True)
class Article:
    """One tagged article as stored: its folder, title, known paths and text hashes, tags."""

    id: str
    title: str
    sources: tuple[str, ...]
    hashes: tuple[str, ...]
    tags: tuple[Tag, ...]


@dataclass(frozen=True)
class Renamed:
    """What ``TagStore.rename_tag`` did: ``passages`` had ``old``; ``merged`` when some passage
    already had ``new`` before, so the two names are now one."""

    old: str
    new: str
    passages: int
    merged: bool
