"""Direct quotes with speakers (placeholder, replaced below)."""

from __future__ import annotations


def find_quotes(text, parsed, entities):
    return []
