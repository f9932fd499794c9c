"""A store file that fails to parse is named, left byte-identical, and blocks only its article."""

from __future__ import annotations

import pytest

from reader import cli
from reader.store import CorruptStoreError, TagStore

A = "First article\n\nThe council voted “to close the library” on Tuesday.\n"
B = "Second article\n\nA different story about rivers and bridges.\n"


def _span(text, needle):
    i = text.index(needle)
    return i, i + len(needle)


@pytest.fixture
def broken(tmp_path):
    """Two tagged articles; article A's tag file truncated as if hand-edited badly."""
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    store = TagStore()
    tag = store.add(A, str(tmp_path / "a.txt"), *_span(A, "to close the library"),
                    kind="quote", tags=["library"])
    store.add(B, str(tmp_path / "b.txt"), *_span(B, "rivers"), kind="selection", tags=["water"])
    path = next(store.root.glob(f"articles/*/{tag.id}.toml"))
    data = path.read_bytes()
    bad = data.replace(b'kind = "quote"', b'kind = "quote')  # unterminated string on line 3
    path.write_bytes(bad)
    return store, tag, path, bad


def test_corrupt_file_is_named_with_its_line(broken, tmp_path):
    store, tag, path, bad = broken
    with pytest.raises(CorruptStoreError) as info:
        TagStore().tags_for(A, str(tmp_path / "a.txt"))
    assert info.value.path == path
    assert info.value.line == 3
    assert str(path) in str(info.value) and "line 3" in str(info.value)
    [problem] = TagStore().problems()
    assert problem.path == path


def test_other_articles_keep_working(broken, tmp_path):
    store, *_ = broken
    other = TagStore()
    assert [t.tag.tags for t in other.tags_for(B, str(tmp_path / "b.txt"))] == [("water",)]
    other.add(B, str(tmp_path / "b.txt"), *_span(B, "bridges"), kind="selection", tags=["x"])
    assert len(other.tags_for(B, str(tmp_path / "b.txt"))) == 2


def test_writes_to_its_article_are_refused_and_the_file_is_untouched(broken, tmp_path):
    store, tag, path, bad = broken
    fresh = TagStore()
    with pytest.raises(CorruptStoreError):
        fresh.add(A, str(tmp_path / "a.txt"), 0, 5, kind="selection", tags=["x"])
    with pytest.raises(CorruptStoreError):
        fresh.delete(tag.id)
    with pytest.raises(CorruptStoreError):
        fresh.rename_tag("library", "books")
    assert path.read_bytes() == bad
    assert len(list(path.parent.iterdir())) == 2  # article.toml + the broken tag, nothing added


def test_cli_reports_the_file_and_keeps_listing_the_rest(broken, tmp_path, capsys):
    store, tag, path, bad = broken
    assert cli.main(["tags", "list"]) == 0
    out, err = capsys.readouterr()
    assert "rivers" in out
    assert f"{path} line 3" in err
    assert cli.main(["tag", str(tmp_path / "a.txt"), "--match", "council", "--tag", "x"]) == 2
    out, err = capsys.readouterr()
    assert f"{path} line 3" in err
    assert path.read_bytes() == bad


def test_newer_schema_is_refused_not_rewritten(tmp_path):
    store = TagStore()
    tag = store.add(B, "-", *_span(B, "rivers"), kind="selection", tags=["water"])
    path = next(store.root.glob(f"articles/*/{tag.id}.toml"))
    newer = path.read_bytes().replace(b"schema = 1", b"schema = 99")
    path.write_bytes(newer)
    with pytest.raises(CorruptStoreError, match="newer"):
        TagStore().update(tag.id, note="x")
    assert path.read_bytes() == newer
