"""`reader tag` and `reader tags`: placeholder until the tag store lands (issue 4)."""

from __future__ import annotations


def register(sub) -> None:
    """Add the tag subcommands to the top-level parser."""
