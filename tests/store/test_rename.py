"""Renaming: a name nobody has is an error, and renaming onto an existing name says it merges."""

from __future__ import annotations

import pytest

from reader import cli
from reader.store import StoreError, TagStore

TEXT = "Bridge reopens\n\nThe city said the bridge would reopen on Monday.\n"


def span(needle):
    i = TEXT.index(needle)
    return i, i + len(needle)


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_renaming_a_name_nobody_has_is_an_error(capsys):
    store = TagStore()
    store.add(TEXT, "-", *span("city"), kind="selection", tags=["place"])
    with pytest.raises(StoreError, match="no tag named 'nosuch'"):
        store.rename_tag("nosuch", "foo")
    code, out, err = run(capsys, "tags", "rename", "nosuch", "foo")
    assert (code, out, err) == (2, "", "reader: no tag named 'nosuch'\n")
    assert [t.tags for t in store.all_tags()] == [("place",)]
    # an empty store too
    assert run(capsys, "tags", "rename", "place ", "x")[0] == 0
    assert run(capsys, "tags", "rename", "place", "x")[2] == "reader: no tag named 'place'\n"


def test_a_plain_rename_says_renamed(capsys):
    TagStore().add(TEXT, "-", *span("city"), kind="selection", tags=["place"])
    code, out, _ = run(capsys, "tags", "rename", "place", "where")
    assert (code, out) == (0, "renamed 'place' to 'where' on 1 tagged passage(s)\n")


def test_renaming_onto_an_existing_name_merges_and_says_so(capsys):
    store = TagStore()
    store.add(TEXT, "-", *span("city"), kind="selection", tags=["a"])
    store.add(TEXT, "-", *span("bridge"), kind="selection", tags=["a", "b"])
    store.add(TEXT, "-", *span("Monday"), kind="selection", tags=["b"])
    done = store.rename_tag("a", "b")
    assert (done.old, done.new, done.passages, done.merged) == ("a", "b", 2, True)
    assert sorted(t.tags for t in store.all_tags()) == [("b",), ("b",), ("b",)]
    store.add(TEXT, "-", *span("reopen"), kind="selection", tags=["c"])
    code, out, _ = run(capsys, "tags", "rename", "c", "b")
    assert (code, out) == (0, "merged 'c' into existing 'b' on 1 passage(s)\n")
    assert store.tag_names() == [("b", 4)]


def test_renaming_to_the_same_name_is_an_error():
    store = TagStore()
    store.add(TEXT, "-", *span("city"), kind="selection", tags=["a"])
    with pytest.raises(StoreError, match="already named 'a'"):
        store.rename_tag(" a ", "a")
