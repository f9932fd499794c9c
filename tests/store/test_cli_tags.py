"""`reader tag` and `reader tags`, as a user runs them."""

from __future__ import annotations

import csv
import io
import json

import pytest

from reader import cli

TEXT = (
    "Bridge reopens\n\n"
    "The city said the bridge would reopen on Monday.\n\n"
    "“It is a great day for commuters,” said the mayor. The bridge carries 40,000 cars a day.\n"
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "bridge.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_tag_prints_the_id_and_list_shows_it(article, capsys):
    code, out, _ = run(capsys, "tag", str(article), "--match", "bridge", "--occurrence", "2",
                       "--tag", "infrastructure", "--tag", "traffic", "--note", 'a "note"\n🙂')
    assert code == 0
    tag_id = out.strip()
    code, out, _ = run(capsys, "tags", "list", str(article), "--json")
    [row] = json.loads(out)
    start = TEXT.index("bridge", TEXT.index("bridge") + 1)
    assert row["id"] == tag_id and row["article"] == str(article)
    assert (row["start"], row["end"], row["text"]) == (start, start + 6, "bridge")
    assert row["state"] == "exact" and row["score"] == 1.0
    assert row["tags"] == ["infrastructure", "traffic"] and row["note"] == 'a "note"\n🙂'


def test_no_match_is_a_clear_error(article, capsys):
    code, out, err = run(capsys, "tag", str(article), "--match", "tunnel", "--tag", "x")
    assert code == 2 and out == "" and "no match for 'tunnel'" in err
    code, _, err = run(capsys, "tag", str(article), "--match", "bridge", "--occurrence", "5",
                       "--tag", "x")
    assert code == 2 and "occurs only 2 time(s)" in err


def test_list_reanchors_against_the_edited_file(article, capsys):
    run(capsys, "tag", str(article), "--match", "great day", "--tag", "mood")
    article.write_text(TEXT.replace("Bridge reopens\n\n", "Bridge reopens\n\nUpdate.\n\n"))
    _, out, _ = run(capsys, "tags", "list", "--json")
    [row] = json.loads(out)
    assert row["state"] == "moved" and row["text"] == "great day"
    _, out, _ = run(capsys, "tags", "list", "--tag", "mood")
    assert "moved" in out and "#mood" in out


def test_rename_and_delete(article, capsys):
    _, out, _ = run(capsys, "tag", str(article), "--match", "mayor", "--tag", "people")
    tag_id = out.strip()
    run(capsys, "tag", str(article), "--match", "city", "--tag", "people")
    code, out, _ = run(capsys, "tags", "rename", "people", "officials")
    assert code == 0 and "2" in out
    code, out, _ = run(capsys, "tags", "delete", tag_id)
    assert code == 0 and tag_id in out
    _, out, _ = run(capsys, "tags", "list", "--json")
    assert [r["tags"] for r in json.loads(out)] == [["officials"]]
    code, _, err = run(capsys, "tags", "delete", tag_id)
    assert code == 2 and tag_id in err


def test_exports(article, tmp_path, capsys):
    run(capsys, "tag", str(article), "--match", "It is a great day for commuters,",
        "--tag", "quote", "--tag", "mood", "--note", "nice")
    run(capsys, "tag", str(article), "--match", "40,000 cars", "--tag", "number")

    _, md, _ = run(capsys, "tags", "export", str(article), "--format", "md")
    assert "# Bridge reopens" in md and "> It is a great day for commuters," in md
    assert "#quote #mood" in md and "nice" in md

    _, out, _ = run(capsys, "tags", "export", "--format", "jsonl")
    [line] = [json.loads(x) for x in out.splitlines()]
    assert line["text"] == TEXT
    assert {(line["text"][s["start"]:s["end"]], s["label"]) for s in line["spans"]} == {
        ("It is a great day for commuters,", "quote"), ("It is a great day for commuters,", "mood"),
        ("40,000 cars", "number")}

    target = tmp_path / "out.json"
    assert run(capsys, "tags", "export", "--format", "w3c", "-o", str(target))[0] == 0
    w3c = json.loads(target.read_text(encoding="utf-8"))
    items = w3c["first"]["items"]
    assert w3c["total"] == 2 and items[0]["type"] == "Annotation"
    sel = {s["type"]: s for s in items[1]["target"]["selector"]}
    assert sel["TextQuoteSelector"]["exact"] == "40,000 cars"
    assert TEXT[sel["TextPositionSelector"]["start"]:sel["TextPositionSelector"]["end"]] == "40,000 cars"

    _, out, _ = run(capsys, "tags", "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["text"] for r in rows] == ["It is a great day for commuters,", "40,000 cars"]
    assert rows[0]["tags"] == "quote; mood" and rows[0]["state"] == "exact"
