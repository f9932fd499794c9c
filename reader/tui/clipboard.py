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


# Past-tense reporting verbs a citation may use as they are.  Verbs that need an object
# ("told reporters", "asked him") and present-tense cues ("says") become "said".
_CITE_VERBS = frozenset("""
said added declared wrote stated noted explained warned argued insisted claimed replied
announced continued recalled admitted acknowledged remarked concluded conceded observed
suggested cautioned complained commented answered responded confirmed countered predicted
reported testified emphasised emphasized stressed maintained agreed joked shouted whispered
cried
""".split()) | {"pointed out"}
_ARTICLES = ("The ", "A ", "An ")


def citation(quote: Quote) -> str:
    """``“We will not allow it,” Netilvan Barzani said.`` (the comma goes inside the marks).

    A description that is not a name ("The report's authors") starts lower-case mid-sentence;
    the quote's own cue is used when it is a past-tense reporting verb that needs no object,
    else "said"; a quote "according to" someone stays so.
    """
    text = " ".join(quote.text.split())
    if not quote.speaker:
        return f"“{text}”"
    speaker = quote.speaker
    if quote.speaker_id is None and speaker.startswith(_ARTICLES):
        speaker = speaker[0].lower() + speaker[1:]
    cue = " ".join((quote.cue or "").lower().split())
    if cue == "according to":
        attribution = f"according to {speaker}."
    else:
        attribution = f"{speaker} {cue if cue in _CITE_VERBS else 'said'}."
    if text.endswith(("?", "!", "…")):
        return f"“{text}” {attribution}"
    return f"“{text.rstrip('.,;:')},” {attribution}"


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
