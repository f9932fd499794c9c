"""The TagStore API the app relies on: add, find again, update, delete and undo."""

from __future__ import annotations

import pytest

from reader.store import StoreError, TagStore

TEXT = "Headline here\n\nThe minister said “we will build it” on Monday.\n\nA second paragraph.\n"


def span(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


@pytest.fixture
def store():
    return TagStore()


def test_add_then_tags_for_finds_it_exact(store, tmp_path):
    s, e = span(TEXT, "we will build it")
    tag = store.add(TEXT, str(tmp_path / "a.txt"), s, e, kind="quote", tags=[" build ", "x"])
    assert tag.tags == ("build", "x")
    assert tag.id.startswith("t")
    [found] = store.tags_for(TEXT, str(tmp_path / "a.txt"))
    assert (found.tag, found.state, found.start, found.end) == (tag, "exact", s, e)


def test_default_root_is_under_the_data_dir(tmp_path):
    assert TagStore().root == tmp_path / "data" / "tags"


def test_empty_tag_name_is_refused(store):
    with pytest.raises(StoreError):
        store.add(TEXT, "-", 0, 4, kind="selection", tags=["  "])


def test_update_delete_restore(store):
    s, e = span(TEXT, "second paragraph")
    tag = store.add(TEXT, "-", s, e, kind="selection", tags=["a"])
    store.update(tag.id, tags=["b"], note="n")
    [found] = store.tags_for(TEXT, "-")
    assert found.tag.tags == ("b",) and found.tag.note == "n"
    deleted = store.delete(tag.id)
    assert store.tags_for(TEXT, "-") == []
    store.restore(deleted)
    assert [t.tag for t in store.tags_for(TEXT, "-")] == [deleted]
