"""UI fixtures: the bundled sample with a canned analysis, a tag store in a temporary folder.

No spaCy here: the canned analysis (data/sample.json, made from the corpus gold by
data/make_canned.py) stands in for the engine, so the model never churns these tests.
"""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.notifications import Notify

from reader import document
from reader.config import Config, config_path
from reader.nlp.types import Analysis
from reader.store import TagStore
from reader.tui.app import ReaderApp

DATA = Path(__file__).parent / "data"


@pytest.fixture
def doc():
    return document.load(document.sample_path())


@pytest.fixture
def canned(doc):
    return Analysis.from_json(json.loads((DATA / "sample.json").read_text("utf-8")), doc.text)


@pytest.fixture
def store_root(tmp_path):
    return tmp_path / "tags"


@pytest.fixture
def make_app(doc, canned, store_root):
    """A ReaderApp over the sample; keyword arguments override the defaults."""

    def make(**kwargs):
        kwargs.setdefault("analysis", canned)
        kwargs.setdefault("store", TagStore(store_root))
        kwargs.setdefault("config", Config(path=config_path()))
        return ReaderApp(kwargs.pop("doc", doc), **kwargs)

    return make


class Run:
    """A running app: its pilot, the notifications it showed, and shortcuts to its widgets."""

    def __init__(self, app, pilot, notes):
        self.app = app
        self.pilot = pilot
        self.notes = notes

    @property
    def screen(self):
        return self.app.screen

    def status(self) -> str:
        return str(self.app.screen.query_one("#status").render())

    async def press(self, *keys):
        await self.pilot.press(*keys)
        await self.pilot.pause()


@asynccontextmanager
async def running(app, size=(120, 36)):
    notes: list[str] = []

    def hook(message):
        if isinstance(message, Notify):
            notes.append(f"{message.notification.title}: {message.notification.message}")

    async with app.run_test(size=size, message_hook=hook) as pilot:
        await pilot.pause()
        yield Run(app, pilot, notes)
