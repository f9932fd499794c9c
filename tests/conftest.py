"""Shared fixtures: the spaCy pipeline loaded once per run, and no developer files in tests."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "data" / "corpus"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    """Keep the developer's own config, themes and tag store out of every test."""
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("READER_MODEL", raising=False)


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline, loaded once for the whole test run."""
    from reader.nlp import pipeline

    return pipeline.load(pipeline.Choice(pipeline.BUNDLED, "tests"))
