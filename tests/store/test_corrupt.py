"""A store file that fails to parse is named, left byte-identical, and blocks only its article."""

from __future__ import annotations

import json

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


def test_tags_and_problems_returns_the_valid_tags_and_names_each_broken_file(tmp_path):
    source = str(tmp_path / "a.txt")
    store = TagStore()
    bad_tag = store.add(A, source, *_span(A, "council"), kind="quote", tags=["a"])
    ok = store.add(A, source, *_span(A, "to close the library"), kind="quote", tags=["b"])
    path = next(store.root.glob(f"articles/*/{bad_tag.id}.toml"))
    bad = path.read_bytes().replace(b'kind = "quote"', b'kind = "quote')
    path.write_bytes(bad)
    article = path.parent / "article.toml"
    lines = article.read_bytes().count(b"\n")
    article.write_bytes(article.read_bytes() + b"title = \n")  # a broken article file too

    tags, problems = TagStore().tags_and_problems(A, source)
    assert [(t.tag.id, t.state) for t in tags] == [(ok.id, "exact")]
    assert sorted((str(p.path), p.line) for p in problems) == sorted(
        [(str(path), 3), (str(article), lines + 1)])
    assert path.read_bytes() == bad
    # tags_for keeps raising; writes to the article stay refused and touch nothing
    with pytest.raises(CorruptStoreError):
        TagStore().tags_for(A, source)
    with pytest.raises(CorruptStoreError):
        TagStore().add(A, source, 0, 5, kind="selection", tags=["x"])
    with pytest.raises(CorruptStoreError):
        TagStore().delete(ok.id)
    assert path.read_bytes() == bad and len(list(path.parent.iterdir())) == 3


def test_tags_and_problems_matches_tags_for_on_a_healthy_article(tmp_path):
    store = TagStore()
    source = str(tmp_path / "a.txt")
    store.add(A, source, *_span(A, "library"), kind="selection", tags=["b"])
    store.add(A, source, *_span(A, "council"), kind="selection", tags=["a"])
    tags, problems = TagStore().tags_and_problems(A, source)
    assert problems == []
    assert tags == TagStore().tags_for(A, source)
    assert [t.tag.tags for t in tags] == [("a",), ("b",)]
    assert TagStore().tags_and_problems("Unknown text", "-") == ([], [])


def test_tags_and_problems_reports_a_broken_index_entry_instead_of_raising(tmp_path):
    store = TagStore()
    source = str(tmp_path / "a.txt")
    store.add(A, source, *_span(A, "library"), kind="selection", tags=["b"])
    [entry] = store.root.glob("index/text-*.toml")
    entry.write_bytes(b"article = \n")
    tags, [problem] = TagStore().tags_and_problems(A, source)
    assert problem.path == entry and problem.line == 1
    assert [t.tag.tags for t in tags] == [("b",)]  # still found by its path
    tags, [problem] = TagStore().tags_and_problems(A, "-")
    assert tags == [] and problem.path == entry


def test_cli_list_path_shows_the_valid_tags_and_warns_per_broken_file(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text(A, encoding="utf-8")
    store = TagStore()
    bad_tag = store.add(A, str(source), *_span(A, "council"), kind="quote", tags=["a"])
    ok = store.add(A, str(source), *_span(A, "to close the library"), kind="quote", tags=["b"])
    path = next(store.root.glob(f"articles/*/{bad_tag.id}.toml"))
    bad = path.read_bytes().replace(b'kind = "quote"', b'kind = "quote')
    path.write_bytes(bad)

    assert cli.main(["tags", "list", str(source)]) == 0
    out, err = capsys.readouterr()
    assert ok.id in out and "#b" in out and bad_tag.id not in out
    [line] = err.splitlines()
    assert line.startswith("reader: warning: ") and f"{path} line 3" in line

    assert cli.main(["tags", "list", str(source), "--json"]) == 0
    out, err = capsys.readouterr()
    assert [r["id"] for r in json.loads(out)] == [ok.id]
    assert f"{path} line 3" in err
    assert path.read_bytes() == bad
