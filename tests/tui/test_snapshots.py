"""Snapshots of the main screen: two themes and a narrow terminal, with the canned analysis.

Update after a deliberate change with: pytest tests/tui/test_snapshots.py --snapshot-update
(and look at the SVGs in tests/tui/__snapshots__ before committing them).
"""

from __future__ import annotations

import pytest

from reader.config import Config, config_path


@pytest.fixture
def themed_app(make_app):
    def make(theme):
        return make_app(config=Config(theme=theme, path=config_path()))

    return make


def test_main_screen_dark(snap_compare, themed_app):
    assert snap_compare(themed_app("reader-dark"), press=["n", "n"], terminal_size=(120, 36))


def test_main_screen_light_with_entities(snap_compare, themed_app):
    assert snap_compare(themed_app("reader-light"), press=["2", "right_square_bracket"],
                        terminal_size=(120, 36))


def test_main_screen_narrow(snap_compare, themed_app):
    assert snap_compare(themed_app("reader-dark"), press=["n"], terminal_size=(80, 34))
