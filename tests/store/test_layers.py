"""The store stays below the UI and beside the engine: no textual, no reader.nlp, no spaCy."""

from __future__ import annotations

import subprocess
import sys


def test_store_and_tag_cli_import_neither_textual_nor_the_engine():
    code = (
        "import sys, reader.store, reader.store.export, reader.cli_tags; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'spacy') "
        "or m.startswith('reader.nlp') or m.startswith('reader.tui')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
