"""Whatever a user writes in a tag or note comes back exactly, through the files."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.store import TagStore

NASTY = [
    'He said "no" and \'yes\'',
    "line one\nline two\r\nthree\ttab",
    "emoji 🙂👩🏽‍🚀 and flags 🇮🇶",
    "עברית مع العربية RTL \u200f mark",
    'toml: [table] key = "v" # not a comment \\ backslash """ triple \'\'\'',
    "control \x00 \x07 \x1b \x7f chars",
    "",
]
ARTICLE = "Title\n\nSome “quoted” text — with 🙂 and عربي and more.\n"


def as_name(value: str) -> str:
    """A tag name cannot hold whitespace or commas (see test_names); everything else goes."""
    return re.sub(r"[\s,]+", "-", value)


@pytest.mark.parametrize("value", NASTY)
def test_notes_and_names_round_trip_exactly(value):
    store = TagStore()
    names = [as_name(value.strip()) or "plain", "x" + as_name(value)]
    tag = store.add(ARTICLE, "-", 7, 21, kind="quote", tags=names, note=value, speaker=value)
    [back] = TagStore().tags_for(ARTICLE, "-")
    assert back.tag == tag
    assert back.tag.note == value and back.tag.speaker == value


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(min_size=1, max_size=300),
    data=st.data(),
    note=st.text(max_size=80),
    names=st.lists(st.text(min_size=1, max_size=20).map(as_name).filter(str.strip),
                   min_size=1, max_size=3),
    source=st.text(max_size=40),
)
def test_any_tag_round_trips(tmp_path, text, data, note, names, source):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    store = TagStore(Path(tempfile.mkdtemp(dir=tmp_path)))
    tag = store.add(text, source, start, end, kind="selection", tags=names, note=note)
    assert tag.tags == tuple(dict.fromkeys(n.strip() for n in names))
    [back] = TagStore(store.root).tags_for(text, source)
    assert (back.tag, back.state, back.start, back.end) == (tag, "exact", start, end)
    assert text[back.start : back.end] == tag.anchor.exact
