"""Tagging from the app: the dialog, completion, edit, delete, undo, reopening, citations."""

from __future__ import annotations

import shutil

from textual.widgets import Input

from reader import document
from reader.store import TagStore
from reader.tui.article import Paragraph
from reader.tui.lists import TagList
from reader.tui.tag_dialog import TagDialog

from .conftest import running


async def type_text(run, text):
    for ch in text:
        await run.pilot.press("space" if ch == " " else "comma" if ch == "," else ch)
    await run.pilot.pause()


async def tag_current(run, tags, note=""):
    await run.press("t")
    assert isinstance(run.app.screen, TagDialog)
    await type_text(run, tags)
    if note:
        await run.press("tab")
        await type_text(run, note)
    await run.press("enter")
    assert not isinstance(run.app.screen, TagDialog)


async def test_tag_a_quote_then_quit_and_reopen(make_app, canned, store_root):
    async with running(make_app()) as run:
        await run.press("n", "n")
        await tag_current(run, "claim, follow-up", "check the numbers")
        assert any("Tagged #claim #follow-up" in n for n in run.notes)
        tags = run.screen.side.list("tags")
        assert len(tags.items) == 1
        await run.press("q")

    stored = TagStore(store_root).tags_for(canned.text, "anything")
    assert stored[0].tag.tags == ("claim", "follow-up")
    assert stored[0].tag.note == "check the numbers"
    assert stored[0].tag.kind == "quote"
    assert stored[0].tag.speaker == "Charles Bolden"

    async with running(make_app()) as run:
        tags = run.screen.side.list("tags")
        [anchored] = tags.items
        assert (anchored.start, anchored.end) == (canned.quotes[1].start, canned.quotes[1].end)
        assert anchored.state == "exact"
        assert "#claim #follow-up" in str(tags.get_option_at_index(0).prompt)
        prompt = str(tags.get_option_at_index(0).prompt)
        assert "quote" in prompt and "exact" not in prompt  # what it is on; all is well
        tagged = [p.index for p in run.screen.query(Paragraph) if p.has_class("-tagged")]
        assert tagged == [run.screen.article.index.at(canned.quotes[1].start)]
        await run.press("4", "enter")
        assert run.status() == "Tag 1/1 · #claim #follow-up · quote"


async def test_a_copy_of_the_article_elsewhere_has_the_same_tags(make_app, tmp_path):
    async with running(make_app()) as run:
        await run.press("n")
        await tag_current(run, "bolden")
    copy = tmp_path / "elsewhere" / "copy.txt"
    copy.parent.mkdir()
    shutil.copy(document.sample_path(), copy)
    async with running(make_app(doc=document.load(copy))) as run:
        [anchored] = run.screen.side.list("tags").items
        assert anchored.tag.tags == ("bolden",)


async def test_completion_offers_used_tags_most_used_first(make_app, canned, store_root):
    store = TagStore(store_root)
    text = canned.text
    store.add(text, "a.txt", 0, 4, kind="selection", tags=["space"])
    store.add(text, "a.txt", 5, 15, kind="selection", tags=["shuttle", "space"])
    store.add(text, "a.txt", 16, 20, kind="selection", tags=["shuttle", "space"])
    store.add(text, "a.txt", 21, 30, kind="selection", tags=["shuttle"])
    store.add(text, "a.txt", 36, 40, kind="selection", tags=["space"])
    store.add(text, "a.txt", 31, 35, kind="selection", tags=["sport"])
    async with running(make_app(store=store)) as run:
        await run.press("n", "t")
        field = run.app.screen.query_one("#tag-input", Input)
        await type_text(run, "s")
        await run.pilot.pause(0.1)
        assert field._suggestion == "space"  # used 4 times, shuttle 3
        await run.press("right")
        await type_text(run, " s")
        await run.pilot.pause(0.1)
        assert field._suggestion == "space shuttle"
        assert "#space (4)" in str(run.app.screen.query_one("#tag-known").render())


async def test_edit_delete_and_undo(make_app, canned, store_root):
    async with running(make_app()) as run:
        await run.press("n")
        await tag_current(run, "first")
        await run.press("4")
        tags = run.screen.side.list("tags")
        assert run.app.focused is tags
        await run.press("e")
        assert isinstance(run.app.screen, TagDialog)
        field = run.app.screen.query_one("#tag-input", Input)
        assert field.value == "first "  # typing starts a new tag, not "firstsecond"
        assert field.cursor_position == len(field.value)
        await type_text(run, "second")
        await run.press("enter")
        assert tags.items[0].tag.tags == ("first", "second")
        await run.press("u")
        assert tags.items[0].tag.tags == ("first",)
        await run.press("x")
        assert tags.items == []
        assert any("Deleted #first (u undoes)" in n for n in run.notes)
        await run.press("u")
        assert [a.tag.tags for a in tags.items] == [("first",)]
    assert len(TagStore(store_root).tags_for(canned.text, "x")) == 1


async def test_t_on_a_tagged_item_edits_its_tag_and_the_dialog_can_delete(make_app):
    async with running(make_app()) as run:
        await run.press("n")
        await tag_current(run, "one")
        await run.press("t")
        dialog = run.app.screen
        assert isinstance(dialog, TagDialog) and dialog.editing
        await run.press("ctrl+d")
        assert run.screen.side.list("tags").items == []


async def test_undo_of_a_new_tag_removes_it(make_app):
    async with running(make_app()) as run:
        await run.press("3", "right_square_bracket")
        await tag_current(run, "figure")
        assert run.screen.side.list("tags").items[0].tag.kind == "number"
        await run.press("u")
        assert run.screen.side.list("tags").items == []


async def test_escape_cancels_and_an_empty_tag_is_refused(make_app):
    async with running(make_app()) as run:
        await run.press("n", "t", "enter")
        assert isinstance(run.app.screen, TagDialog)
        assert "at least one tag" in str(run.app.screen.query_one("#tag-error").render())
        await run.press("escape")
        assert not isinstance(run.app.screen, TagDialog)
        assert run.screen.side.list("tags").items == []


async def test_nothing_to_tag_says_how(make_app):
    async with running(make_app()) as run:
        await run.press("t")
        assert not isinstance(run.app.screen, TagDialog)
        assert any("Nothing to tag" in n for n in run.notes)


async def test_tag_text_selected_with_the_mouse(make_app, doc):
    async with running(make_app()) as run:
        first = run.screen.query(Paragraph)[2]
        await run.pilot.mouse_down(first, offset=(2, 0))  # padding 1 + border 1: char 0
        await run.pilot.hover(first, offset=(11, 0))
        await run.pilot.mouse_up(first, offset=(11, 0))
        await run.pilot.pause()
        selected = run.screen.get_selected_text()
        span = doc.paragraphs[2]
        assert selected == doc.text[span.start:span.start + 10]  # up to the cell under the mouse
        await tag_current(run, "selected")
        [anchored] = run.screen.side.list("tags").items
        assert anchored.tag.kind == "selection"
        assert anchored.tag.anchor.exact == selected
        assert "passage" in str(run.screen.side.list("tags").get_option_at_index(0).prompt)


async def test_a_corrupt_store_is_shown_and_not_written(make_app, canned, store_root):
    store = TagStore(store_root)
    tag = store.add(canned.text, "a.txt", 0, 4, kind="selection", tags=["x"])
    [path] = list(store_root.rglob(f"{tag.id}.toml"))
    path.write_text("this is = = not toml", encoding="utf-8")
    async with running(make_app(store=TagStore(store_root))) as run:
        banner = str(run.screen.query_one("#warning").render())
        assert "read-only" in banner
        await run.press("n", "t")
        assert not isinstance(run.app.screen, TagDialog)
        assert any("read-only" in n for n in run.notes)
    assert path.read_text(encoding="utf-8") == "this is = = not toml"


async def test_y_copies_the_current_quote_as_a_citation(make_app):
    async with running(make_app()) as run:
        await run.press("y")
        assert any("Go to a quote first" in n for n in run.notes)
        await run.press("n", "y")
        assert run.app.clipboard == (
            "“We want to thank all of the locations that expressed an interest in one of these "
            "national treasures,” Charles Bolden said."
        )


async def test_tags_on_an_edited_article_show_their_anchor_state(make_app, doc):
    async with running(make_app()) as run:
        await run.press("n")
        await tag_current(run, "kept")
    edited = document.from_text("An editor's note added on top.\n\n" + doc.text, source=doc.source)
    async with running(make_app(doc=edited, analysis=None, analyzer=None)) as run:
        [anchored] = run.screen.side.list("tags").items
        assert anchored.state == "moved"
        assert "→ moved" in str(run.screen.side.list("tags").get_option_at_index(0).prompt)
        await run.press("4", "enter")
        assert run.status() == "Tag 1/1 · #kept · quote · → moved"
        start = run.screen.current.start
        assert edited.text[start:].startswith("We want to thank")


async def test_an_orphaned_tag_is_listed_and_says_why_it_cannot_be_shown(make_app, doc, canned):
    async with running(make_app()) as run:
        await run.press("N")  # the last quote
        await tag_current(run, "gone")
    quote = canned.quotes[-1]
    edited = document.from_text(doc.text[:quote.start] + doc.text[quote.end:], source=doc.source)
    async with running(make_app(doc=edited, analysis=None, analyzer=None)) as run:
        [anchored] = run.screen.side.list("tags").items
        assert anchored.state == "orphaned"
        assert "✗ orphaned" in str(run.screen.side.list("tags").get_option_at_index(0).prompt)
        await run.press("4", "enter")
        assert any("no longer in the article" in n for n in run.notes)
        assert run.screen.current is None


async def test_tags_written_by_another_process_appear_in_the_open_app(make_app, canned,
                                                                      store_root, doc):
    async with running(make_app()) as run:
        tags = run.screen.side.list("tags")
        assert tags.items == []
        quote = canned.quotes[0]
        # Another window, or `reader tag`, writes to the same store.
        TagStore(store_root).add(doc.text, doc.source, quote.start, quote.end,
                                 kind="quote", tags=["from-cli"])
        run.screen.poll_tags()
        await run.pilot.pause()
        [anchored] = tags.items
        assert anchored.tag.tags == ("from-cli",)


async def orphan_app(make_app, doc, canned, tags="gone", note="my note"):
    """Tag the last quote, then open an edited article without it: the tag is orphaned."""
    async with running(make_app()) as run:
        await run.press("N")
        await tag_current(run, tags, note)
    quote = canned.quotes[-1]
    edited = document.from_text(doc.text[:quote.start] + doc.text[quote.end:], source=doc.source)
    return edited, make_app(doc=edited, analysis=None, analyzer=None)


async def test_an_orphan_is_reattached_to_a_find_match_and_undo_puts_it_back(make_app, doc,
                                                                            canned):
    edited, app = await orphan_app(make_app, doc, canned)
    async with running(app) as run:
        tags = run.screen.side.list("tags")
        [before] = tags.items
        assert before.state == "orphaned"
        await run.press("4", "r")
        assert any("Nothing to re-attach the tag to" in n for n in run.notes)
        await run.press("slash")
        await type_text(run, "orbiter")
        await run.pilot.pause(0.3)
        await run.press("escape", "4", "r")
        [after] = tags.items
        assert after.state == "exact" and after.tag.id == before.tag.id
        assert edited.text[after.start:after.end].lower() == "orbiter"
        assert (after.tag.tags, after.tag.note, after.tag.created) == (
            before.tag.tags, before.tag.note, before.tag.created)
        assert "orphaned" not in str(tags.get_option_at_index(0).prompt)
        assert any("Re-attached #gone" in n for n in run.notes)
        await run.press("u")
        [undone] = tags.items
        assert undone.state == "orphaned" and undone.tag == before.tag


async def test_an_orphan_is_reattached_to_text_selected_with_the_mouse(make_app, doc, canned):
    edited, app = await orphan_app(make_app, doc, canned)
    async with running(app) as run:
        await run.press("4")
        paragraph = run.screen.query(Paragraph)[2]
        await run.pilot.mouse_down(paragraph, offset=(2, 0))
        await run.pilot.hover(paragraph, offset=(11, 0))
        await run.pilot.mouse_up(paragraph, offset=(11, 0))
        await run.pilot.pause()
        await run.press("r")
        [after] = run.screen.side.list("tags").items
        span = edited.paragraphs[2]
        assert (after.start, after.end) == (span.start, span.start + 10)
        assert after.state == "exact"


async def test_reattach_needs_a_tag_chosen_first(make_app):
    async with running(make_app()) as run:
        await run.press("n", "r")
        assert any("Choose the tag to re-attach" in n for n in run.notes)
        await tag_current(run, "kept")
        [before] = run.screen.side.list("tags").items
        await run.press("1", "n", "r")  # a tag is highlighted, but in a list out of sight
        assert len([n for n in run.notes if "Choose the tag to re-attach" in n]) == 2
        [after] = run.screen.side.list("tags").items
        assert after == before


async def test_one_corrupt_tag_file_leaves_the_others_shown_until_it_is_fixed(make_app, canned,
                                                                            store_root, doc):
    store = TagStore(store_root)
    store.add(doc.text, doc.source, 0, 4, kind="selection", tags=["kept"])
    broken = store.add(doc.text, doc.source, 5, 15, kind="selection", tags=["broken"])
    [path] = list(store_root.rglob(f"{broken.id}.toml"))
    good = path.read_text(encoding="utf-8")
    path.write_text("this is = = not toml", encoding="utf-8")
    async with running(make_app(store=TagStore(store_root))) as run:
        tags = run.screen.side.list("tags")
        assert [a.tag.tags for a in tags.items] == [("kept",)]
        banner = run.screen.query_one("#warning")
        text = str(banner.render())
        assert f"{broken.id}.toml line 1" in text and "read-only" in text
        assert text.count("⚠") == 1
        assert len([n for n in run.notes if "Cannot read a tag file" in n]) == 1
        await run.press("n", "t")
        assert not isinstance(run.app.screen, TagDialog)
        run.screen.poll_tags()  # still broken: nothing new is said
        await run.pilot.pause()
        assert len([n for n in run.notes if "Cannot read a tag file" in n]) == 1

        path.write_text(good, encoding="utf-8")  # the user fixes the file
        run.screen.poll_tags()
        await run.pilot.pause()
        assert not banner.display
        assert [a.tag.tags for a in tags.items] == [("kept",), ("broken",)]
        assert any("can be changed" in n for n in run.notes)
        await run.press("t")
        assert isinstance(run.app.screen, TagDialog)


async def test_the_status_line_stays_true_after_tag_changes(make_app, doc, canned):
    async with running(make_app()) as run:
        await run.press("n")
        await tag_current(run, "first")
        await run.press("n")
        await tag_current(run, "other")
        await run.press("4", "enter")
        assert run.status() == "Tag 1/2 · #first · quote"
        await run.press("e")
        await type_text(run, " second")
        await run.press("enter")
        assert run.status() == "Tag 1/2 · #first #second · quote"
        await run.press("x")
        assert run.status() == run.screen.hint()
        assert run.screen.current is None
        await run.press("u")
        assert run.screen.side.list("tags").option_count == 2
    edited, app = await orphan_app(make_app, doc, canned, tags="gone")
    async with running(app) as run:
        await run.press("4", "enter")
        assert run.status() == "Tag 1/3 · #first #second · quote"
        await run.press("end", "enter")  # orphans come last
        status = run.status()
        assert status.startswith("Tag 3/3 · #gone · quote · ✗ orphaned") and "#first" not in status
        assert run.screen.current is None


async def test_an_empty_list_says_why_and_what_to_do(make_app):
    async with running(make_app()) as run:
        await run.press("4")
        tags = run.screen.side.list("tags")
        assert [str(o.prompt) for o in tags.options] == [TagList.EMPTY]
        assert "press t" in TagList.EMPTY
        assert tags.visible == [] and tags.selected is None
        await run.press("1", "f")
        await type_text(run, "zzqx")
        quotes = run.screen.side.list("quotes")
        assert [str(o.prompt) for o in quotes.options] == [
            "Nothing matches “zzqx”: escape in the filter box clears it."]
        await run.press("escape")
        assert quotes.visible == quotes.items != []
