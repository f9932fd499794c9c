"""Several processes at once, and writers killed mid-write, never lose acknowledged tags."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.store import TagStore
from reader.store.files import read_toml

pytestmark = pytest.mark.slow

TEXT = "Headline\n\n" + " ".join(f"Sentence {i} says something new." for i in range(300)) + "\n"

WRITER = """
import sys
from pathlib import Path
from reader.store import TagStore
root, text_file, label, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
text = Path(text_file).read_text(encoding="utf-8")
store = TagStore(Path(root))
for i in range(count):
    start = (i * 37) % (len(text) - 20)
    tag = store.add(text, "article.txt", start, start + 12, kind="selection", tags=[label],
                    note=f"{label} {i}")
    print(tag.id, flush=True)
"""


def _writer(root: Path, text_file: Path, label: str, count: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(root), str(text_file), label, str(count)],
        stdout=subprocess.PIPE, text=True, cwd=text_file.parent,
    )


@pytest.fixture
def text_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_two_processes_adding_200_tags_each_end_with_400(tmp_path, text_file):
    root = tmp_path / "store"
    procs = [_writer(root, text_file, label, 200) for label in ("left", "right")]
    outputs = [p.communicate(timeout=60)[0].split() for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    os.chdir(text_file.parent)
    found = TagStore(root).tags_for(TEXT, "article.txt")
    assert len(found) == 400
    assert {t.tag.id for t in found} == set(outputs[0]) | set(outputs[1])
    assert {t.state for t in found} == {"exact"}


def test_writers_killed_with_sigkill_lose_no_acknowledged_tag(tmp_path, text_file):
    root = tmp_path / "store"
    acknowledged: set[str] = set()
    rng = random.Random(4)
    for _ in range(6):
        proc = _writer(root, text_file, "k", 100_000)
        # killed after a random number of acknowledged adds, a random moment into the next one
        # (counted, not timed, so a busy machine changes nothing)
        for _ in range(rng.randint(4, 30)):
            line = proc.stdout.readline()  # a full line: the add returned before it was printed
            assert line.endswith("\n")
            acknowledged.add(line.strip())
        time.sleep(rng.random() * 0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    for path in root.rglob("*.toml"):
        read_toml(path)  # every store file parses
    store = TagStore(root)
    assert store.problems() == []
    assert acknowledged <= {t.id for t in store.all_tags()}
