"""What a tag file and an article file hold, schema versions, and migrations.

A tag file (``articles/<article>/<tag id>.toml``)::

    schema = 1
    id = "t3f9a0c1d2e"
    kind = "quote"
    tags = ["security", "kurdistan"]
    note = "first pledge"
    speaker = "Netilvan Barzani"
    created = "2026-11-28T10:00:00Z"
    updated = "2026-11-28T10:00:00Z"
    article_sha256 = "..."            # the text the anchor was made against
    source = "/home/me/news/erbil.txt"

    [anchor]
    unit = "codepoint"
    exact = "We will not allow any group ..."
    prefix = "...32 code points before"
    suffix = "32 code points after..."
    start = 199
    end = 296

Files with an older ``schema`` are upgraded in memory by ``MIGRATIONS`` (one step per version)
and written back in the current schema the next time the store writes them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from reader.store.model import KINDS, Anchor, CorruptStoreError, Tag

SCHEMA = 1
OFFSET_UNIT = "codepoint"

# MIGRATIONS[n] turns a schema-n dict into a schema-(n+1) dict.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(data: dict[str, Any], path: Path) -> dict[str, Any]:
    version = data.get("schema")
    if not isinstance(version, int) or isinstance(version, bool):
        raise CorruptStoreError(path, "missing or invalid `schema = N` line")
    if version > SCHEMA:
        raise CorruptStoreError(
            path, f"schema {version} was written by a newer reader (this one reads up to {SCHEMA})"
        )
    while version < SCHEMA:
        step = MIGRATIONS.get(version)
        if step is None:
            raise CorruptStoreError(path, f"schema {version} is too old to migrate")
        data = step(dict(data))
        version += 1
        data["schema"] = version
    return data


def _field(data: dict[str, Any], key: str, kind: type, path: Path, where: str = "") -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        name = f"{where}{key}"
        raise CorruptStoreError(path, f"`{name}` is missing or not {kind.__name__}")
    return value


def tag_to_dict(tag: Tag) -> dict[str, Any]:
    a = tag.anchor
    return {
        "schema": SCHEMA,
        "id": tag.id,
        "kind": tag.kind,
        "tags": list(tag.tags),
        "note": tag.note,
        "speaker": tag.speaker,
        "created": tag.created,
        "updated": tag.updated,
        "article_sha256": tag.article_sha256,
        "source": tag.source,
        "anchor": {
            "unit": OFFSET_UNIT,
            "exact": a.exact,
            "prefix": a.prefix,
            "suffix": a.suffix,
            "start": a.start,
            "end": a.end,
        },
    }


def tag_from_dict(data: dict[str, Any], path: Path) -> Tag:
    data = migrate(data, path)
    anchor = data.get("anchor")
    if not isinstance(anchor, dict):
        raise CorruptStoreError(path, "missing [anchor] table")
    unit = anchor.get("unit", OFFSET_UNIT)
    if unit != OFFSET_UNIT:
        raise CorruptStoreError(path, f"anchor unit {unit!r} is not {OFFSET_UNIT!r}")
    names = data.get("tags")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise CorruptStoreError(path, "`tags` must be a list of strings")
    tag_id = _field(data, "id", str, path)
    if tag_id != path.stem:
        raise CorruptStoreError(path, f"id {tag_id!r} does not match the file name")
    kind = _field(data, "kind", str, path)
    if kind not in KINDS:
        raise CorruptStoreError(path, f"unknown kind {kind!r}")
    a = Anchor(
        exact=_field(anchor, "exact", str, path, "anchor."),
        prefix=_field(anchor, "prefix", str, path, "anchor."),
        suffix=_field(anchor, "suffix", str, path, "anchor."),
        start=_field(anchor, "start", int, path, "anchor."),
        end=_field(anchor, "end", int, path, "anchor."),
    )
    if a.end - a.start != len(a.exact) or a.start < 0:
        raise CorruptStoreError(path, "anchor start/end do not match the length of its exact text")
    return Tag(
        id=tag_id,
        article_sha256=_field(data, "article_sha256", str, path),
        source=_field(data, "source", str, path),
        anchor=a,
        kind=kind,
        tags=tuple(names),
        note=_text(data, "note", path),
        created=_field(data, "created", str, path),
        updated=_field(data, "updated", str, path),
        speaker=_text(data, "speaker", path),
    )


def _text(data: dict[str, Any], key: str, path: Path) -> str:
    """An optional string field, empty when absent."""
    value = data.get(key, "")
    if not isinstance(value, str):
        raise CorruptStoreError(path, f"`{key}` must be a string")
    return value


def article_to_dict(article_id: str, title: str, sources: list[str], hashes: list[str]) -> dict:
    return {
        "schema": SCHEMA,
        "id": article_id,
        "title": title,
        "sources": sources,
        "text_sha256": hashes,
    }


def article_from_dict(data: dict[str, Any], path: Path) -> tuple[str, list[str], list[str]]:
    """(title, sources, hashes) of an article file."""
    data = migrate(data, path)
    sources = data.get("sources", [])
    hashes = data.get("text_sha256", [])
    for key, value in (("sources", sources), ("text_sha256", hashes)):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CorruptStoreError(path, f"`{key}` must be a list of strings")
    title = data.get("title", "")
    if not isinstance(title, str):
        raise CorruptStoreError(path, "`title` must be a string")
    return title, sources, hashes
