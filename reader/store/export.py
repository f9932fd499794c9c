"""Tags out of the store: Markdown, spaCy/Prodigy JSONL, W3C Web Annotation JSON, CSV.

Every exporter takes ``ArticleTags``: one article's tags placed against its current text (or,
when the article's file can no longer be read, as recorded, with state ``unverified``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.store.model import AnchoredTag

FORMATS = ("md", "jsonl", "w3c", "csv")
UNVERIFIED = "unverified"  # the article's text was not available to check the anchor against


@dataclass(frozen=True)
class ArticleTags:
    title: str
    source: str
    sha256: str
    text: str | None  # the current text, None when it could not be read
    tags: tuple[AnchoredTag, ...]


def passage(article: ArticleTags, t: AnchoredTag) -> str:
    """The tagged passage as it reads now, or as recorded when it has no place in the text."""
    if article.text is not None and t.start is not None and t.state != UNVERIFIED:
        return article.text[t.start : t.end]
    return t.tag.anchor.exact


def record(article: ArticleTags, t: AnchoredTag) -> dict[str, Any]:
    """One tag as plain data (``reader tags list --json`` and CSV)."""
    tag = t.tag
    return {
        "id": tag.id,
        "article": article.source,
        "title": article.title,
        "text": passage(article, t),
        "start": t.start,
        "end": t.end,
        "state": t.state,
        "score": t.score,
        "kind": tag.kind,
        "tags": list(tag.tags),
        "note": tag.note,
        "speaker": tag.speaker or None,
        "created": tag.created,
        "updated": tag.updated,
    }


def to_markdown(articles: list[ArticleTags]) -> str:
    out: list[str] = []
    for article in articles:
        if not article.tags:
            continue
        out.append(f"# {article.title or article.source}\n")
        out.append(f"Source: `{article.source}`\n")
        for t in article.tags:
            lines = passage(article, t).split("\n")
            out.append("\n".join(f"> {line}".rstrip() for line in lines))
            if t.tag.speaker:
                out.append(">\n> — " + t.tag.speaker)
            out.append("")
            meta = " ".join("#" + re.sub(r"\s+", "-", name) for name in t.tag.tags)
            if t.state not in ("exact", "moved"):
                detail = f"{t.score:.0%}" if t.state == "fuzzy" else ""
                meta = f"{meta} ({t.state}{' ' + detail if detail else ''})".strip()
            if meta:
                out.append(meta + "\n")
            if t.tag.note:
                out.append(t.tag.note.rstrip("\n") + "\n")
        out.append("---\n")
    return "\n".join(out)


def to_jsonl(articles: list[ArticleTags]) -> str:
    """One line per article (text + spans, one span per tag name); tags with no place in a
    current text get a line of their own built from their recorded context."""
    lines = []
    for article in articles:
        meta = {"source": article.source, "title": article.title, "sha256": article.sha256}
        spans = [
            {"start": t.start, "end": t.end, "label": name, "id": t.tag.id}
            for t in article.tags
            if t.start is not None and t.state != UNVERIFIED and article.text is not None
            for name in t.tag.tags
        ]
        if spans:
            lines.append({"text": article.text, "spans": spans, "meta": meta})
        for t in article.tags:
            if t.start is None or t.state == UNVERIFIED or article.text is None:
                a = t.tag.anchor
                start = len(a.prefix)
                lines.append({
                    "text": a.prefix + a.exact + a.suffix,
                    "spans": [{"start": start, "end": start + len(a.exact), "label": name,
                               "id": t.tag.id} for name in t.tag.tags],
                    "meta": {**meta, "tag_id": t.tag.id, "state": t.state, "context_only": True},
                })
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def _source_uri(source: str, sha256: str) -> str:
    if source == "-":
        return f"urn:sha256:{sha256}"
    if "://" in source:
        return source
    return Path(source).as_uri()


def to_w3c(articles: list[ArticleTags]) -> str:
    items = []
    for article in articles:
        for t in article.tags:
            tag, a = t.tag, t.tag.anchor
            body: list[dict[str, Any]] = [
                {"type": "TextualBody", "purpose": "tagging", "value": name} for name in tag.tags
            ]
            if tag.note:
                body.append({"type": "TextualBody", "purpose": "commenting", "value": tag.note,
                             "format": "text/plain"})
            selectors: list[dict[str, Any]] = [
                {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix,
                 "suffix": a.suffix}
            ]
            placed = t.start is not None and t.state != UNVERIFIED and article.text is not None
            if placed:
                text = article.text
                selectors = [
                    {"type": "TextQuoteSelector", "exact": text[t.start : t.end],
                     "prefix": text[max(0, t.start - len(a.prefix)) : t.start],
                     "suffix": text[t.end : t.end + len(a.suffix)]},
                    {"type": "TextPositionSelector", "start": t.start, "end": t.end},
                ]
            items.append({
                "id": f"urn:reader:tag:{tag.id}",
                "type": "Annotation",
                "motivation": "tagging" if tag.tags else "commenting",
                "created": tag.created,
                "modified": tag.updated,
                "body": body,
                "target": {"source": _source_uri(article.source, article.sha256),
                           "selector": selectors},
            })
    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": "reader tags",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = ("id", "article", "title", "state", "score", "start", "end", "text", "kind", "tags",
               "note", "speaker", "created", "updated")


def to_csv(articles: list[ArticleTags]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for article in articles:
        for t in article.tags:
            row = record(article, t)
            row["tags"] = "; ".join(row["tags"])
            writer.writerow({k: "" if row[k] is None else row[k] for k in CSV_COLUMNS})
    return buf.getvalue()


EXPORTERS = {"md": to_markdown, "jsonl": to_jsonl, "w3c": to_w3c, "csv": to_csv}
