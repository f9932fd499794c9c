"""A copy of an article is remembered once its tags are found there, and `reader tags list`
without a PATH checks each tag against the path that still holds the text it was made on."""

from __future__ import annotations

import json
import shutil
import time

from filelock import FileLock

from reader import cli
from reader.store import TagStore, files

TEXT = (
    "Bridge reopens\n\n"
    "The city said the bridge would reopen on Monday after two years of repairs.\n\n"
    "“It is a great day for commuters,” said the mayor, Ana Silva.\n"
)
REWRITTEN = (
    "Bridge reopens\n\n"
    "Officials confirmed a Monday reopening, ending two years of works.\n\n"
    "Commuters welcomed the news, the mayor's office said.\n"
)


def span(text, needle):
    i = text.index(needle)
    return i, i + len(needle)


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _sources(store):
    [article] = store.articles()
    return list(article.sources)


def test_a_copy_found_by_its_text_is_recorded_so_an_edited_copy_keeps_its_tags(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "copy" / "b.txt"
    store = TagStore()
    tag = store.add(TEXT, str(a), *span(TEXT, "great day"), kind="quote", tags=["mood"])
    [found] = TagStore().tags_for(TEXT, str(b))  # the app opens the unedited copy
    assert found.tag.id == tag.id
    assert _sources(store) == [str(a), str(b)]
    edited = TEXT.replace("Bridge reopens\n\n", "Bridge reopens\n\nUpdated at 10:00.\n\n")
    [found] = TagStore().tags_for(edited, str(b))  # found by path now
    assert found.tag.id == tag.id and found.state == "moved"


def test_tags_and_problems_records_the_copy_too_and_the_cli_keeps_the_tags(tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_text(TEXT, encoding="utf-8")
    b = tmp_path / "b.txt"
    shutil.copy(a, b)
    code, out, _ = run(capsys, "tag", str(a), "--match", "great day", "--tag", "mood")
    tag_id = out.strip()
    assert run(capsys, "tags", "list", str(b))[1].count(tag_id) == 1
    b.write_text(TEXT.replace("Monday", "Tuesday"), encoding="utf-8")
    code, out, _ = run(capsys, "tags", "list", str(b), "--json")
    [row] = json.loads(out)
    assert code == 0 and row["id"] == tag_id and row["state"] == "moved"


def test_nothing_is_recorded_for_stdin_a_known_path_or_an_article_without_tags(tmp_path):
    store = TagStore()
    tag = store.add(TEXT, str(tmp_path / "a.txt"), *span(TEXT, "great day"), kind="quote",
                    tags=["mood"])
    before = sorted(p.name for p in store.root.rglob("*"))
    store.tags_for(TEXT, "-")
    store.tags_and_problems(TEXT, str(tmp_path / "a.txt"))
    assert sorted(p.name for p in store.root.rglob("*")) == before
    store.delete(tag.id)
    assert store.tags_for(TEXT, str(tmp_path / "c.txt")) == []
    assert _sources(store) == [str(tmp_path / "a.txt")]


def test_not_recorded_while_the_article_is_corrupt(tmp_path):
    store = TagStore()
    tag = store.add(TEXT, str(tmp_path / "a.txt"), *span(TEXT, "great day"), kind="quote",
                    tags=["mood"])
    store.add(TEXT, str(tmp_path / "a.txt"), *span(TEXT, "mayor"), kind="selection", tags=["x"])
    path = next(store.root.glob(f"articles/*/{tag.id}.toml"))
    path.write_bytes(path.read_bytes().replace(b'kind = "quote"', b'kind = "quote'))
    index = sorted(p.name for p in (store.root / "index").iterdir())
    article = (path.parent / "article.toml").read_bytes()
    tags, problems = TagStore().tags_and_problems(TEXT, str(tmp_path / "b.txt"))
    assert len(tags) == 1 and len(problems) == 1
    assert sorted(p.name for p in (store.root / "index").iterdir()) == index
    assert (path.parent / "article.toml").read_bytes() == article


def test_a_busy_lock_or_a_read_only_store_skips_recording_without_failing(tmp_path, monkeypatch):
    store = TagStore()
    store.add(TEXT, str(tmp_path / "a.txt"), *span(TEXT, "great day"), kind="quote",
              tags=["mood"])
    other = FileLock(str(store.root / ".lock"))
    other.acquire()
    try:
        t0 = time.monotonic()
        assert len(TagStore().tags_for(TEXT, str(tmp_path / "b.txt"))) == 1
        assert time.monotonic() - t0 < 5
    finally:
        other.release()
    assert _sources(store) == [str(tmp_path / "a.txt")]

    def refuse(path, data):
        raise PermissionError(13, "Read-only file system", str(path))

    with monkeypatch.context() as patch:
        patch.setattr(files, "write_atomic", refuse)
        assert len(TagStore().tags_for(TEXT, str(tmp_path / "b.txt"))) == 1
        assert len(TagStore().tags_and_problems(TEXT, str(tmp_path / "b.txt"))[0]) == 1
    with monkeypatch.context() as patch:
        patch.setattr("os.access", lambda path, mode: False)
        assert len(TagStore().tags_for(TEXT, str(tmp_path / "b.txt"))) == 1
    assert _sources(store) == [str(tmp_path / "a.txt")]
    TagStore().tags_for(TEXT, str(tmp_path / "b.txt"))  # writable again: recorded
    assert _sources(store) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_list_without_path_checks_each_tag_where_its_text_still_is(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT, encoding="utf-8")
    b.write_text(TEXT, encoding="utf-8")
    run(capsys, "tag", str(a), "--match", "great day", "--tag", "mood")
    run(capsys, "tag", str(a), "--match", "two years of repairs", "--tag", "time")
    run(capsys, "tags", "list", str(b))  # records the copy
    b.write_text(REWRITTEN, encoding="utf-8")  # the copy is rewritten; a.txt is unchanged

    code, out, _ = run(capsys, "tags", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 2
    assert {(r["article"], r["state"]) for r in rows} == {(str(a), "exact")}

    # when no path holds the tagged text any more, the most recently recorded readable one
    a.write_text(TEXT.replace("Bridge reopens\n\n", "Bridge reopens\n\nUpdate.\n\n"))
    rows = json.loads(run(capsys, "tags", "list", "--json")[1])
    assert {r["article"] for r in rows} == {str(b)}
    b.unlink()
    rows = json.loads(run(capsys, "tags", "list", "--json")[1])
    assert {(r["article"], r["state"]) for r in rows} == {(str(a), "moved")}
    a.unlink()
    rows = json.loads(run(capsys, "tags", "list", "--json")[1])
    assert {r["state"] for r in rows} == {"unverified"}
