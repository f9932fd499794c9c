"""Quotes as citations, and copying to the clipboard where the terminal ignores OSC 52."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from reader.nlp.types import Quote

# Local clipboard tools, tried in order when what they need is there; the first that works wins.
_TOOLS = (
    (("wl-copy",), "WAYLAND_DISPLAY"),
    (("xclip", "-selection", "clipboard"), "DISPLAY"),
    (("xsel", "--clipboard", "--input"), "DISPLAY"),
    (("pbcopy",), "darwin"),
)


def citation(quote: Quote) -> str:
    """``“We will not allow it,” Netilvan Barzani said.`` (the comma goes inside the marks)."""
    text = " ".join(quote.text.split())
    if not quote.speaker:
        return f"“{text}”"
    if text.endswith(("?", "!", "…")):
        return f"“{text}” {quote.speaker} said."
    return f"“{text.rstrip('.,;:')},” {quote.speaker} said."


def local_copy(text: str) -> str | None:
    """Copy with a local tool when there is a display for it; return the tool's name or None."""
    for tool, needs in _TOOLS:
        available = sys.platform == "darwin" if needs == "darwin" else bool(os.environ.get(needs))
        if not available or shutil.which(tool[0]) is None:
            continue
        try:
            subprocess.run(tool, input=text.encode("utf-8"), timeout=2, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            continue
        return tool[0]
    return None
