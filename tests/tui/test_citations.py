"""Citations (y): the speaker mid-sentence, the cue, and an honest message about the copy."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.nlp.types import Quote
from reader.tui import citing
from reader.tui.clipboard import citation

from .conftest import running


def quote(speaker, cue="said", speaker_id=None, text="We did it."):
    return Quote("q1", 0, len(text), text, speaker, speaker_id, cue)


@pytest.mark.parametrize(("speaker", "speaker_id", "cue", "expected"), [
    ("The report's authors", None, "said", "“We did it,” the report's authors said."),
    ("A nurse at the clinic", None, "says", "“We did it,” a nurse at the clinic said."),
    ("An official", None, "added", "“We did it,” an official added."),
    ("The Hague Tribunal", "e4", "said", "“We did it,” The Hague Tribunal said."),
    ("Ann Smith", "e1", "declared", "“We did it,” Ann Smith declared."),
    ("Ann Smith", "e1", "wrote", "“We did it,” Ann Smith wrote."),
    ("Ann Smith", "e1", "told", "“We did it,” Ann Smith said."),
    ("Ann Smith", "e1", "asked", "“We did it,” Ann Smith said."),
    ("Ann Smith", "e1", "tells", "“We did it,” Ann Smith said."),
    ("Ann Smith", "e1", None, "“We did it,” Ann Smith said."),
    ("Ann Smith", "e1", "according to", "“We did it,” according to Ann Smith."),
    ("The ministry", None, "according to", "“We did it,” according to the ministry."),
])
def test_citation_wording(speaker, speaker_id, cue, expected):
    assert citation(quote(speaker, cue, speaker_id)) == expected


def test_a_question_keeps_its_mark_and_no_speaker_is_just_the_quote():
    assert citation(quote("Ann Smith", "asked", "e1", "Why?")) == "“Why?” Ann Smith said."
    assert citation(quote(None, None)) == "“We did it.”"


async def test_the_copy_message_is_honest_about_osc52(make_app, monkeypatch, canned):
    monkeypatch.setattr(citing, "local_copy", lambda text: None)
    async with running(make_app()) as run:
        await run.press("n", "y")
        await run.app.workers.wait_for_complete()
        await run.pilot.pause()
        assert any(n.startswith("Copied citation (if your terminal allows clipboard access)")
                   for n in run.notes)
    monkeypatch.setattr(citing, "local_copy", lambda text: "xclip")
    async with running(make_app()) as run:
        await run.press("n", "y")
        await run.app.workers.wait_for_complete()
        await run.pilot.pause()
        assert any(n.startswith("Copied citation (with xclip):") for n in run.notes)


async def test_a_description_speaker_is_copied_lower_case(make_app, canned):
    quotes = list(canned.quotes)
    quotes[0] = replace(quotes[0], speaker="The agency's officials", speaker_id=None,
                        cue="told")
    async with running(make_app(analysis=replace(canned, quotes=tuple(quotes)))) as run:
        await run.press("n", "y")
        assert run.app.clipboard.endswith("” the agency's officials said.")
