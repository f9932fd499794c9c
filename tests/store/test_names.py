"""Tag names never get whitespace or commas (they would read as two tags); old ones still load."""

from __future__ import annotations

import pytest

from reader import cli
from reader.store import StoreError, TagStore

TEXT = "Bridge reopens\n\nThe city said the bridge would reopen on Monday.\n"


def span(needle):
    i = TEXT.index(needle)
    return i, i + len(needle)


@pytest.mark.parametrize("name, message", [
    ("bad name", "tag names cannot contain spaces: use 'bad-name'"),
    ("  two  words ", "tag names cannot contain spaces: use 'two-words'"),
    ("tab\tname", "tag names cannot contain spaces: use 'tab-name'"),
    ("no\u00a0break", "tag names cannot contain spaces: use 'no-break'"),
    ("a,b", "tag names cannot contain commas: use 'a-b'"),
    ("a, b", "tag names cannot contain spaces or commas: use 'a-b'"),
    (",", "tag names cannot contain commas"),
])
def test_add_refuses_whitespace_and_commas_with_a_hyphenated_suggestion(name, message):
    store = TagStore()
    with pytest.raises(StoreError) as info:
        store.add(TEXT, "-", *span("city"), kind="selection", tags=["ok", name])
    assert str(info.value) == message
    assert store.all_tags() == []


def test_update_and_rename_refuse_them_too():
    store = TagStore()
    tag = store.add(TEXT, "-", *span("city"), kind="selection", tags=["place"])
    with pytest.raises(StoreError, match="use 'new-name'"):
        store.update(tag.id, tags=["place", "new name"])
    with pytest.raises(StoreError, match="use 'bad-name'"):
        store.rename_tag("place", "bad name")
    assert [t.tags for t in store.all_tags()] == [("place",)]


def _old_tag_named(name: str):
    """A tag file written before the rule, with a name holding a space."""
    store = TagStore()
    tag = store.add(TEXT, "-", *span("bridge"), kind="selection", tags=["x", "placeholder"])
    path = next(store.root.glob(f"articles/*/{tag.id}.toml"))
    path.write_text(path.read_text(encoding="utf-8").replace('"placeholder"', f'"{name}"'),
                    encoding="utf-8")
    return tag


def test_old_names_with_spaces_still_load_export_and_can_be_fixed(tmp_path, capsys):
    tag = _old_tag_named("old name")
    store = TagStore()
    [found] = store.tags_for(TEXT, "-")
    assert found.tag.tags == ("x", "old name")
    # editing the note, or keeping the tag's own names, is not refused
    store.update(tag.id, note="n")
    store.update(tag.id, tags=["old name", "y"])
    assert [t.tags for t in store.all_tags()] == [("old name", "y")]
    assert cli.main(["tags", "export", "--format", "md"]) == 0
    assert "#old-name #y" in capsys.readouterr().out
    # renaming the old name away is allowed, and fixes it
    assert store.rename_tag("old name", "old-name").passages == 1
    assert [t.tags for t in TagStore().all_tags()] == [("old-name", "y")]


def test_cli_refuses_with_one_line(capsys):
    (TagStore()).add(TEXT, "-", *span("city"), kind="selection", tags=["place"])
    assert cli.main(["tags", "rename", "place", "bad name"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == "reader: tag names cannot contain spaces: use 'bad-name'\n"
