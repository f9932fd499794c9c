"""`reader tag` and `reader tags`: tag passages and manage tags from the command line.

User errors print one line (``reader: ...``) and exit with code 2.  A store file that does not
parse is reported by name and line on stderr (``reader: warning: ...``); listing and exporting
show every tag that can be read and exit 0; every other article keeps working.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader import document
from reader.store import (
    KINDS,
    AnchoredTag,
    Article,
    StoreError,
    TagStore,
    in_text_order,
    normalise_source,
    place,
)
from reader.store.export import EXPORTERS, FORMATS, UNVERIFIED, ArticleTags, record
from reader.store.files import write_atomic


def register(sub) -> None:
    """Add the tag subcommands to the top-level parser."""
    tag = sub.add_parser(
        "tag", help="tag a passage of an article",
        description="Tag the K-th occurrence of TEXT in the article and print the new tag's id.",
    )
    tag.add_argument("path", metavar="PATH", help="article file, or - for stdin")
    tag.add_argument("--match", required=True, metavar="TEXT", help="the passage to tag")
    tag.add_argument("--occurrence", type=int, default=1, metavar="K",
                     help="which occurrence of TEXT (default: the first)")
    tag.add_argument("--tag", dest="tags", action="append", required=True, metavar="NAME",
                     help="a tag name (repeat for more)")
    tag.add_argument("--note", default="", help="a note to keep with the tag")
    tag.add_argument("--kind", choices=KINDS, default="selection",
                     help="what the passage is (default: selection)")
    tag.set_defaults(handler=_tag)

    tags = sub.add_parser("tags", help="list, rename, delete and export tags",
                          description="Manage tags. Without a subcommand: list every tag.")
    tags.set_defaults(handler=_list, path=None, tag=None, json=False)
    tsub = tags.add_subparsers(dest="tags_command", metavar="SUBCOMMAND")

    ls = tsub.add_parser("list", help="list tags, re-anchored against the article's current text")
    ls.add_argument("path", nargs="?", metavar="PATH", help="only this article's tags")
    ls.add_argument("--tag", metavar="NAME", help="only tags with this name")
    ls.add_argument("--json", action="store_true", help="print a JSON list")
    ls.set_defaults(handler=_list)

    rn = tsub.add_parser("rename", help="rename a tag everywhere (merging into NEW if it exists)")
    rn.add_argument("old", metavar="OLD")
    rn.add_argument("new", metavar="NEW")
    rn.set_defaults(handler=_rename)

    rm = tsub.add_parser("delete", help="delete one tagged passage by id")
    rm.add_argument("id", metavar="ID")
    rm.set_defaults(handler=_delete)

    ex = tsub.add_parser("export", help="export tags as Markdown, JSONL, W3C annotations or CSV")
    ex.add_argument("path", nargs="?", metavar="PATH", help="only this article's tags")
    ex.add_argument("--format", choices=FORMATS, required=True)
    ex.add_argument("--tag", metavar="NAME", help="only tags with this name")
    ex.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    ex.set_defaults(handler=_export)


def _error(message: str) -> int:
    print(f"reader: {message}", file=sys.stderr)
    return 2


def _warn(message: str) -> None:
    print(f"reader: warning: {message}", file=sys.stderr)


def _tag(args: argparse.Namespace) -> int:
    doc = document.load(args.path)
    if args.occurrence < 1:
        return _error("--occurrence counts from 1")
    if not args.match:
        return _error("--match needs some text")
    start = -1
    count = 0
    while count < args.occurrence:
        start = doc.text.find(args.match, start + 1)
        if start == -1:
            break
        count += 1
    if start == -1:
        if count == 0:
            return _error(f"{args.path}: no match for {args.match!r}")
        return _error(f"{args.path}: {args.match!r} occurs only {count} time(s), "
                      f"not {args.occurrence}")
    try:
        tag = TagStore().add(doc.text, doc.source, start, start + len(args.match),
                             kind=args.kind, tags=args.tags, note=args.note)
    except StoreError as exc:
        return _error(str(exc))
    print(tag.id)
    return 0


def _collect(store: TagStore, path: str | None, name: str | None) -> list[ArticleTags]:
    """The articles to show, each with its tags placed against the article's current text."""
    if path is not None:
        doc = document.load(path)
        placed, problems = store.tags_and_problems(doc.text, doc.source)
        found = [ArticleTags(doc.title, normalise_source(doc.source), doc.sha256, doc.text,
                             tuple(placed))]
        for problem in problems:
            _warn(f"{problem} (skipped; reader will not write over it until it is fixed)")
    else:
        found = []
        for article in store.articles():
            groups = _placed_by_path(article)
            if groups:
                found.extend(groups)
            else:
                placed = [AnchoredTag(t, UNVERIFIED, 0.0, t.anchor.start, t.anchor.end)
                          for t in sorted(article.tags, key=lambda t: t.anchor.start)]
                source = article.sources[-1] if article.sources else "-"
                sha = article.hashes[-1] if article.hashes else ""
                found.append(ArticleTags(article.title, source, sha, None, tuple(placed)))
        for problem in store.problems():
            _warn(f"{problem} (skipped; reader will not write over it until it is fixed)")
    if name is not None:
        name = name.strip()
        found = [
            ArticleTags(a.title, a.source, a.sha256, a.text,
                        tuple(t for t in a.tags if name in t.tag.tags))
            for a in found
        ]
    return [a for a in found if a.tags]


def _placed_by_path(article: Article) -> list[ArticleTags]:
    """The article's tags placed against its recorded paths, one group per path used.

    Each tag is checked against a path whose current text is the text it was made on (so it is
    exact), else against the most recently recorded path that can be read.  Empty when no
    recorded path can be read.
    """
    wanted = {t.article_sha256 for t in article.tags}
    by_sha: dict[str, document.Document] = {}
    order: list[tuple[document.Document, str]] = []  # readable paths, most recent first
    for source in reversed(article.sources):
        if order and wanted <= by_sha.keys():
            break
        try:
            doc = document.load(source)
        except document.DocumentError:
            continue
        sha = doc.sha256
        order.append((doc, sha))
        by_sha.setdefault(sha, doc)
    if not order:
        return []
    shas = {id(doc): sha for doc, sha in order}
    chosen: dict[int, list[AnchoredTag]] = {}
    for tag in article.tags:
        doc = by_sha.get(tag.article_sha256, order[0][0])
        chosen.setdefault(id(doc), []).append(place(tag, doc.text, shas[id(doc)]))
    return [
        ArticleTags(doc.title, doc.source, sha, doc.text, tuple(in_text_order(chosen[id(doc)])))
        for doc, sha in order if id(doc) in chosen
    ]


def _list(args: argparse.Namespace) -> int:
    try:
        articles = _collect(TagStore(), args.path, args.tag)
    except StoreError as exc:
        return _error(str(exc))
    if args.json:
        rows = [record(a, t) for a in articles for t in a.tags]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not articles:
        print("No tags." if args.path is None else f"No tags for {args.path}.")
        return 0
    for a in articles:
        print(f"{a.title} — {a.source}" if a.title and a.title != a.source else a.source)
        for t in a.tags:
            text = " ".join(record(a, t)["text"].split())
            if len(text) > 70:
                text = text[:69] + "…"
            state = t.state if t.state != "fuzzy" else f"fuzzy {t.score:.0%}"
            names = " ".join("#" + n for n in t.tag.tags)
            print(f"  {t.tag.id}  {state:<10} {t.tag.kind:<9} {names}  “{text}”")
            if t.tag.note:
                print("      note: " + " ".join(t.tag.note.split()))
    return 0


def _rename(args: argparse.Namespace) -> int:
    try:
        done = TagStore().rename_tag(args.old, args.new)
    except StoreError as exc:
        return _error(str(exc))
    if done.merged:
        print(f"merged {done.old!r} into existing {done.new!r} on {done.passages} passage(s)")
    else:
        print(f"renamed {done.old!r} to {done.new!r} on {done.passages} tagged passage(s)")
    return 0


def _delete(args: argparse.Namespace) -> int:
    try:
        tag = TagStore().delete(args.id)
    except StoreError as exc:
        return _error(str(exc))
    text = " ".join(tag.anchor.exact.split())
    print(f"deleted {tag.id} ({', '.join(tag.tags) or 'no tags'}): “{text[:60]}”")
    return 0


def _export(args: argparse.Namespace) -> int:
    try:
        articles = _collect(TagStore(), args.path, args.tag)
    except StoreError as exc:
        return _error(str(exc))
    out = EXPORTERS[args.format](articles)
    if args.output in (None, "-"):
        sys.stdout.write(out)
    else:
        try:
            write_atomic(Path(args.output), out.encode("utf-8"))
        except OSError as exc:
            return _error(f"{args.output}: cannot write ({exc.strerror or exc})")
    return 0

