"""The store finds an article's tags by text or by path, follows edits, and renames safely."""

from __future__ import annotations

import pytest

from reader.store import StoreError, TagStore, schema
from reader.store import files

TEXT = (
    "Bridge reopens\n\n"
    "The city said the bridge would reopen on Monday after two years of repairs.\n\n"
    "“It is a great day for commuters,” said the mayor, Ana Silva.\n"
)


def span(text, needle):
    i = text.index(needle)
    return i, i + len(needle)


def test_a_copy_of_the_text_elsewhere_finds_the_tags(tmp_path):
    store = TagStore()
    tag = store.add(TEXT, str(tmp_path / "a.txt"), *span(TEXT, "great day"), kind="quote",
                    tags=["mood"])
    [found] = TagStore().tags_for(TEXT, str(tmp_path / "copy" / "b.txt"))
    assert found.tag.id == tag.id and found.state == "exact"


def test_an_edited_article_finds_its_tags_by_path_and_reanchors(tmp_path):
    store = TagStore()
    path = str(tmp_path / "a.txt")
    tag = store.add(TEXT, path, *span(TEXT, "great day"), kind="quote", tags=["mood"])
    edited = TEXT.replace("Bridge reopens\n\n", "Bridge reopens\n\nUpdated at 10:00.\n\n")
    [found] = TagStore().tags_for(edited, path)
    assert found.tag.id == tag.id and found.state == "moved"
    assert edited[found.start : found.end] == "great day"
    # Tagging the edited text joins the same article, and both texts now find both tags.
    store.add(edited, path, *span(edited, "Updated"), kind="selection", tags=["update"])
    assert len(TagStore().tags_for(edited, str(tmp_path / "other.txt"))) == 2
    assert len(list(store.root.glob("articles/*"))) == 1


def test_unrelated_text_has_no_tags(tmp_path):
    TagStore().add(TEXT, str(tmp_path / "a.txt"), 0, 6, kind="selection", tags=["x"])
    assert TagStore().tags_for("Something else entirely.", str(tmp_path / "b.txt")) == []


def test_orphan_can_be_reattached_with_update(tmp_path):
    store = TagStore()
    path = str(tmp_path / "a.txt")
    tag = store.add(TEXT, path, *span(TEXT, "after two years of repairs"), kind="selection",
                    tags=["repairs"])
    edited = TEXT.replace(" after two years of repairs", "")
    [found] = store.tags_for(edited, path)
    assert (found.tag.id, found.state, found.start) == (tag.id, "orphaned", None)
    moved = store.update(tag.id, text=edited, start=0, end=6)
    assert moved.id == tag.id and moved.anchor.exact == "Bridge"
    [found] = store.tags_for(edited, path)
    assert (found.state, found.start, found.end) == ("exact", 0, 6)


def test_update_needs_text_with_a_new_span():
    store = TagStore()
    tag = store.add(TEXT, "-", 0, 6, kind="selection", tags=["x"])
    with pytest.raises(StoreError):
        store.update(tag.id, start=1, end=4)
    with pytest.raises(StoreError):
        store.delete("t0000000000")


def test_other_processes_tags_are_seen_on_the_next_read():
    app, cli = TagStore(), TagStore()
    app.add(TEXT, "-", 0, 6, kind="selection", tags=["a"])
    assert len(cli.tags_for(TEXT, "-")) == 1
    cli.add(TEXT, "-", 7, 14, kind="selection", tags=["b"])
    assert [t.tag.tags for t in app.tags_for(TEXT, "-")] == [("a",), ("b",)]
    app.delete(cli.tags_for(TEXT, "-")[1].tag.id)
    assert len(cli.tags_for(TEXT, "-")) == 1


def test_tag_names_most_used_first_and_rename_across_articles():
    store = TagStore()
    other = "Another story\n\nRain fell all day.\n"
    store.add(TEXT, "-", 0, 6, kind="selection", tags=["city", "bridge"])
    store.add(TEXT, "-", 7, 14, kind="selection", tags=["city"])
    store.add(other, "-", 0, 7, kind="selection", tags=["weather", "city"])
    assert store.tag_names() == [("city", 3), ("bridge", 1), ("weather", 1)]
    done = store.rename_tag("city", "bridge")
    assert (done.passages, done.merged) == (3, True)
    assert store.tag_names() == [("bridge", 3), ("weather", 1)]
    assert [t.tags for t in store.all_tags() if "weather" in t.tags] == [("weather", "bridge")]


def test_interrupted_rename_is_finished_by_the_next_reader():
    store = TagStore()
    a = store.add(TEXT, "-", 0, 6, kind="selection", tags=["old"])
    b = store.add(TEXT, "-", 7, 14, kind="selection", tags=["old"])
    paths = sorted(store.root.glob("articles/*/t*.toml"))
    # A rename that died after writing its journal and renaming one of the two files.
    files.write_toml(store.root / "rename.toml", {
        "schema": 1, "old": "old", "new": "new",
        "files": [str(p.relative_to(store.root)) for p in paths],
    })
    first = store._parse(paths[0])
    files.write_toml(paths[0], schema.tag_to_dict(first.__class__(**{**first.__dict__,
                                                                    "tags": ("new",)})))
    assert {t.tag.tags for t in TagStore().tags_for(TEXT, "-")} == {("new",)}
    assert not (store.root / "rename.toml").exists()
    assert {a.id, b.id} == {t.id for t in store.all_tags()}


def test_older_schema_is_migrated(monkeypatch):
    store = TagStore()
    tag = store.add(TEXT, "-", 0, 6, kind="selection", tags=["x"])
    path = next(store.root.glob("articles/*/t*.toml"))
    # Pretend schema 0 spelt the note "comment"; a registered migration renames it.
    path.write_text(path.read_text().replace("schema = 1", "schema = 0").replace(
        'note = ""', 'comment = "old note"'))
    monkeypatch.setitem(schema.MIGRATIONS, 0, lambda d: {**d, "note": d.pop("comment")})
    [found] = TagStore().tags_for(TEXT, "-")
    assert found.tag.note == "old note" and found.tag.id == tag.id
    TagStore().update(tag.id, tags=["y"])
    assert "schema = 1" in path.read_text()
