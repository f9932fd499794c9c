"""``TagStore``: the reader's tags, one small TOML file per tag, grouped by article.

Layout under ``root`` (default ``reader.config.data_dir() / "tags"``)::

    articles/<article id>/article.toml     title, every path and text hash seen for the article
    articles/<article id>/<tag id>.toml    one tag (see reader.store.schema)
    index/text-<sha256>.toml               text hash -> article id
    index/source-<sha256 of path>.toml     path -> article id
    rename.toml                            only while a rename is being applied
    .lock                                  the cross-process lock

Adding a tag writes one new file (plus index entries for a new article), so it costs the same
with 10 or 10,000 articles, and two processes adding tags never touch the same file.  Every
write happens under one cross-process lock, after reading the files it changes afresh from disk.
A file that does not parse is never written over or removed; its article refuses writes until
the file is fixed, and every other article works as usual.
"""

from __future__ import annotations

import hashlib
import os
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Iterator, Sequence

from filelock import FileLock, Timeout

from reader import document
from reader.store import files, schema
from reader.store.anchor import in_text_order, make_anchor, place
from reader.store.model import (
    AnchoredTag,
    Article,
    CorruptStoreError,
    Renamed,
    StoreError,
    Tag,
    check_kind,
    check_new_names,
    clean_names,
    new_tag_id,
    now,
)

LOCK_TIMEOUT = 30.0
ARTICLE_FILE = "article.toml"
JOURNAL = "rename.toml"


def normalise_source(source: str) -> str:
    """Paths become absolute so the app and the CLI agree; ``-`` and URLs stay as they are."""
    if not source or source == "-":
        return "-"
    if "://" in source:
        return source
    return os.path.abspath(os.path.expanduser(source))


class TagStore:
    def __init__(self, root: Path | None = None) -> None:
        if root is None:
            from reader.config import data_dir

            root = data_dir() / "tags"
        self.root = Path(root)
        self._articles = self.root / "articles"
        self._index = self.root / "index"
        self._lock = FileLock(str(self.root / ".lock"), timeout=LOCK_TIMEOUT)
        # Parsed files keyed by path, valid while the file's identity (inode, size, times) holds.
        self._cache: dict[Path, tuple[tuple, Tag | CorruptStoreError]] = {}
        self._where: dict[str, Path] = {}  # tag id -> its file, learnt while reading

    # ---- public API -------------------------------------------------------------------------

    def add(
        self,
        text: str,
        source: str,
        start: int,
        end: int,
        *,
        kind: str,
        tags: Sequence[str],
        note: str = "",
        speaker: str = "",
    ) -> Tag:
        check_kind(kind)
        names = check_new_names(clean_names(tags))
        anchor = make_anchor(text, start, end)
        sha = document.text_sha256(text)
        source = normalise_source(source)
        with self._locked():
            folder = self._attach(sha, source, _title(text, source))
            self._check_writable(folder)
            stamp = now()
            tag = Tag(
                id=self._fresh_id(folder),
                article_sha256=sha,
                source=source,
                anchor=anchor,
                kind=kind,
                tags=names,
                note=note,
                created=stamp,
                updated=stamp,
                speaker=speaker,
            )
            self._write(folder, tag)
        return tag

    def tags_for(self, text: str, source: str) -> list[AnchoredTag]:
        """This article's tags re-anchored against ``text``, in text order.

        Raises CorruptStoreError for the first of its tag files that fails to parse; see
        ``tags_and_problems`` for the valid tags plus every problem, without raising.  When the
        article is found by its text under a path the store does not know yet, that path is
        recorded (one small atomic index write, skipped if the store is busy or read-only), so
        the copy keeps its tags once it is edited.
        """
        sha = document.text_sha256(text)
        self._finish_interrupted_rename()
        article_id = self._find(sha, normalise_source(source))
        if article_id is None:
            return []
        tags = self._read_article_tags(self._articles / article_id)
        if tags:
            self._remember_source(sha, normalise_source(source), article_id)
        return in_text_order([place(t, text, sha) for t in tags])

    def tags_and_problems(
        self, text: str, source: str
    ) -> tuple[list[AnchoredTag], list[CorruptStoreError]]:
        """This article's valid tags re-anchored against ``text``, and what could not be read.

        The tags come in the same order as ``tags_for``.  The problems hold one
        CorruptStoreError (with its path and line) for each of the article's files that fails
        to parse: a tag file, its ``article.toml``, the index entry that names it, or an
        unfinished rename that cannot be applied.  Never raises CorruptStoreError; a lock that
        stays busy, or a folder that cannot be read at all, may still raise StoreError/OSError.

        While the problems list is not empty, writes to this article are refused as usual
        (``add``, ``update``, ``delete`` and ``rename_tag`` raise CorruptStoreError).  A new
        path is recorded as by ``tags_for``, but only when there are no problems.
        """
        sha = document.text_sha256(text)
        problems: list[CorruptStoreError] = []
        try:
            self._finish_interrupted_rename()
        except CorruptStoreError as exc:
            problems.append(exc)
        article_id = self._find_reporting(sha, normalise_source(source), problems)
        if article_id is None:
            return [], problems
        folder = self._articles / article_id
        try:
            self._read_article(folder)
        except CorruptStoreError as exc:
            problems.append(exc)
        tags: list[Tag] = []
        for path in self._tag_files(folder):
            try:
                tags.append(self._read(path))
            except CorruptStoreError as exc:
                problems.append(exc)
            except FileNotFoundError:
                continue  # deleted by another process since the folder was listed
        if tags and not problems:
            self._remember_source(sha, normalise_source(source), article_id)
        return in_text_order([place(t, text, sha) for t in tags]), problems

    def update(
        self,
        tag_id: str,
        *,
        tags: Sequence[str] | None = None,
        note: str | None = None,
        start: int | None = None,
        end: int | None = None,
        text: str | None = None,
        speaker: str | None = None,
    ) -> Tag:
        changes: dict = {}
        if tags is not None:
            changes["tags"] = clean_names(tags)
        if note is not None:
            changes["note"] = note
        if speaker is not None:
            changes["speaker"] = speaker
        if start is not None or end is not None or text is not None:
            if start is None or end is None or text is None:
                raise StoreError("re-attaching a tag needs the text and the new start and end")
            changes["anchor"] = make_anchor(text, start, end)
            changes["article_sha256"] = document.text_sha256(text)
        with self._locked():
            path = self._locate(tag_id)
            self._check_writable(path.parent)
            tag = self._parse(path)
            if "tags" in changes:
                check_new_names(changes["tags"], already=tag.tags)
            if "article_sha256" in changes:
                self._attach(changes["article_sha256"], tag.source, "", path.parent.name)
            new = replace(tag, **changes, updated=now())
            self._write(path.parent, new)
        return new

    def delete(self, tag_id: str) -> Tag:
        with self._locked():
            path = self._locate(tag_id)
            self._check_writable(path.parent)
            tag = self._parse(path)
            files.remove_durably(path)
            self._cache.pop(path, None)
            self._where.pop(tag_id, None)
        return tag

    def restore(self, tag: Tag) -> None:
        with self._locked():
            path = self._where.get(tag.id)
            if path is not None and path.parent.is_dir():
                folder = path.parent
            else:
                folder = self._attach(tag.article_sha256, tag.source, _title("", tag.source))
            self._check_writable(folder)
            self._write(folder, tag)

    def all_tags(self) -> list[Tag]:
        return [t for a in self.articles() for t in a.tags]

    def tag_names(self) -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        for tag in self.all_tags():
            for name in tag.tags:
                counts[name] = counts.get(name, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0]))

    def rename_tag(self, old: str, new: str) -> Renamed:
        """Rename ``old`` to ``new`` on every tagged passage, all or nothing.

        Raises StoreError when no passage has ``old``.  When some passage already has ``new``
        the two merge (``Renamed.merged``): a passage with both keeps one.
        """
        (old,) = clean_names([old])  # an old name with a space can still be renamed away
        (new,) = check_new_names(clean_names([new]))
        with self._locked():
            todo = []
            merged = False
            for folder in self._folders():
                self._check_writable(folder)
                for path in self._tag_files(folder):
                    names = self._read(path).tags
                    if old in names:
                        todo.append(path)
                    if new in names:
                        merged = True
            if not todo:
                raise StoreError(f"no tag named {old!r}")
            if old == new:
                raise StoreError(f"the tag is already named {new!r}")
            # Write the intent first: if this process dies half-way, the next one finishes it.
            journal = {"schema": schema.SCHEMA, "old": old, "new": new,
                       "files": [str(p.relative_to(self.root)) for p in todo]}
            files.write_toml(self.root / JOURNAL, journal)
            self._apply_rename(journal)
        return Renamed(old, new, len(todo), merged)

    def problems(self) -> list[CorruptStoreError]:
        found: list[CorruptStoreError] = []
        for folder in self._folders():
            try:
                self._read_article(folder)
            except CorruptStoreError as exc:
                found.append(exc)
            for path in self._tag_files(folder):
                try:
                    self._read(path)
                except CorruptStoreError as exc:
                    found.append(exc)
        extra = sorted(self._index.glob("*.toml")) if self._index.is_dir() else []
        journal = self.root / JOURNAL
        for path in extra + ([journal] if journal.exists() else []):
            try:
                files.read_toml(path)
            except CorruptStoreError as exc:
                found.append(exc)
        return found

    # ---- more for the CLI -------------------------------------------------------------------

    def articles(self) -> list[Article]:
        """Every article whose files all parse (see ``problems()`` for the others)."""
        self._finish_interrupted_rename()
        out = []
        for folder in self._folders():
            try:
                title, sources, hashes = self._read_article(folder)
                tags = self._read_article_tags(folder)
            except CorruptStoreError:
                continue
            out.append(Article(folder.name, title, tuple(sources), tuple(hashes), tuple(tags)))
        return out

    # ---- locking and the rename journal -----------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(poll_interval=0.002)
        except Timeout:
            raise StoreError(
                f"the tag store is busy: another reader process has held {self._lock.lock_file} "
                f"for over {LOCK_TIMEOUT:.0f} s"
            ) from None
        try:
            journal = self.root / JOURNAL
            if journal.exists():
                self._apply_rename(files.read_toml(journal))
            yield
        finally:
            self._lock.release()

    def _finish_interrupted_rename(self) -> None:
        if (self.root / JOURNAL).exists():
            with self._locked():
                pass

    def _apply_rename(self, journal: dict) -> None:
        old, new = journal.get("old"), journal.get("new")
        paths = journal.get("files")
        if not isinstance(old, str) or not isinstance(new, str) or not isinstance(paths, list):
            raise CorruptStoreError(self.root / JOURNAL, "an unfinished rename that cannot be read")
        for rel in paths:
            path = self.root / rel
            if not path.exists():
                continue  # deleted since: nothing to rename
            tag = self._parse(path)
            if old in tag.tags:
                names = clean_names([new if n == old else n for n in tag.tags])
                self._write(path.parent, replace(tag, tags=names, updated=now()))
        files.remove_durably(self.root / JOURNAL)

    # ---- articles and the index -------------------------------------------------------------

    def _index_file(self, kind: str, key: str) -> Path:
        if kind == "text":
            return self._index / f"text-{key}.toml"
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return self._index / f"source-{digest}.toml"

    def _lookup(self, kind: str, key: str) -> str | None:
        path = self._index_file(kind, key)
        if not path.exists():
            return None
        data = files.read_toml(path)
        article_id = data.get("article")
        if not isinstance(article_id, str) or not article_id or "/" in article_id:
            raise CorruptStoreError(path, "`article` must name an article folder")
        if kind == "source" and data.get("source") != key:
            return None  # a different path with the same digest prefix
        return article_id

    def _find_reporting(
        self, sha: str, source: str, problems: list[CorruptStoreError]
    ) -> str | None:
        """Like ``_find``, but an index entry that does not parse is noted, not raised."""
        keys = [("text", sha)] + ([("source", source)] if source != "-" else [])
        for kind, key in keys:
            try:
                found = self._lookup(kind, key)
            except CorruptStoreError as exc:
                problems.append(exc)
                continue
            if found is not None:
                return found
        return None

    def _find(self, sha: str, source: str) -> str | None:
        found = self._lookup("text", sha)
        if found is None and source != "-":
            found = self._lookup("source", source)
        return found

    def _attach(self, sha: str, source: str, title: str, article_id: str | None = None) -> Path:
        """The article folder for this text/path, created or given the new hash/path as needed.

        Index entries are written before the article file, so a crash in between leaves an
        entry pointing at a folder that the next write creates, never an unfindable article.
        """
        article_id = article_id or self._find(sha, source) or sha[:16]
        folder = self._articles / article_id
        # An existing entry is never rewritten: it may belong to another article, or not parse.
        if not self._index_file("text", sha).exists():
            files.write_toml(self._index_file("text", sha), {"article": article_id})
        if source != "-" and not self._index_file("source", source).exists():
            files.write_toml(
                self._index_file("source", source), {"source": source, "article": article_id}
            )
        if (folder / ARTICLE_FILE).exists():
            old_title, sources, hashes = self._read_article(folder)
        else:
            old_title, sources, hashes = title, [], []
        if sha not in hashes or (source != "-" and source not in sources):
            if sha not in hashes:
                hashes.append(sha)
            if source != "-" and source not in sources:
                sources.append(source)
            data = schema.article_to_dict(article_id, old_title or title, sources, hashes)
            files.write_toml(folder / ARTICLE_FILE, data)
        return folder

    def _remember_source(self, sha: str, source: str, article_id: str) -> None:
        """Record ``source`` for an article just found by its text under a path not yet known.

        So that after the copy at ``source`` is edited, its tags are still found by path, and
        ``reader tags list`` knows the copy.  Best effort and never in the way of a read: skipped
        when the path is already indexed, when the lock is busy (the next read tries again),
        when the store cannot be written, or when any file of the article fails to parse.
        """
        if source == "-" or self._index_file("source", source).exists():
            return
        if not os.access(self.root, os.W_OK):
            return
        try:
            self._lock.acquire(timeout=0, poll_interval=0.002)
        except (Timeout, OSError):
            return
        try:
            if self._index_file("source", source).exists():
                return  # another process recorded it meanwhile
            if self._lookup("text", sha) != article_id:
                return
            folder = self._articles / article_id
            self._check_writable(folder)
            self._attach(sha, source, "", article_id)
        except (CorruptStoreError, OSError):
            return
        finally:
            self._lock.release()

    def _read_article(self, folder: Path) -> tuple[str, list[str], list[str]]:
        path = folder / ARTICLE_FILE
        if not path.exists():
            return "", [], []
        return schema.article_from_dict(files.read_toml(path), path)

    def _folders(self) -> list[Path]:
        if not self._articles.is_dir():
            return []
        return sorted(p for p in self._articles.iterdir() if p.is_dir())

    # ---- tag files --------------------------------------------------------------------------

    @staticmethod
    def _tag_files(folder: Path) -> list[Path]:
        try:
            names = sorted(
                e.name for e in os.scandir(folder)
                if e.name.endswith(".toml") and e.name != ARTICLE_FILE and e.is_file()
            )
        except FileNotFoundError:
            return []
        return [folder / name for name in names]

    def _read_article_tags(self, folder: Path) -> list[Tag]:
        """Every tag of an article; raises CorruptStoreError for the first file that fails."""
        return [self._read(path) for path in self._tag_files(folder)]

    def _read(self, path: Path) -> Tag:
        """A tag file, parsed at most once per version of the file."""
        st = os.stat(path)
        key = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        hit = self._cache.get(path)
        if hit is not None and hit[0] == key:
            result = hit[1]
        else:
            try:
                result = schema.tag_from_dict(files.read_toml(path), path)
            except CorruptStoreError as exc:
                result = exc
            self._cache[path] = (key, result)
        if isinstance(result, CorruptStoreError):
            raise result
        self._where[result.id] = path
        return result

    def _parse(self, path: Path) -> Tag:
        """A tag file read afresh, for read-modify-write under the lock."""
        self._cache.pop(path, None)
        return self._read(path)

    def _check_writable(self, folder: Path) -> None:
        """Refuse to write an article while any of its files fails to parse."""
        self._read_article(folder)
        if folder.is_dir():
            self._read_article_tags(folder)

    def _locate(self, tag_id: str) -> Path:
        path = self._where.get(tag_id)
        if path is not None and path.exists():
            return path
        if tag_id and "/" not in tag_id and self._articles.is_dir():
            for path in self._articles.glob(f"*/{tag_id}.toml"):
                return path
        raise StoreError(f"no tag with id {tag_id!r}")

    def _fresh_id(self, folder: Path) -> str:
        while True:
            tag_id = new_tag_id()
            if tag_id not in self._where and not (folder / f"{tag_id}.toml").exists():
                return tag_id

    def _write(self, folder: Path, tag: Tag) -> None:
        path = folder / f"{tag.id}.toml"
        files.write_toml(path, schema.tag_to_dict(tag))
        self._cache.pop(path, None)
        self._where[tag.id] = path


def _title(text: str, source: str) -> str:
    if text:
        return document.from_text(text, source).title
    return os.path.basename(source) if source != "-" else ""
