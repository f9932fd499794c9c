"""The engine and the store never import textual (DESIGN.md §1)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "reader"
UI_FREE = [ROOT / "nlp", ROOT / "store", ROOT / "document.py", ROOT / "cli_tags.py"]


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_engine_and_store_sources_do_not_import_textual_or_the_ui():
    files = [p for target in UI_FREE for p in ([target] if target.is_file() else target.rglob("*.py"))]
    assert files
    offenders = {
        str(p.relative_to(ROOT)): name
        for p in files
        for name in _imports(p)
        if name.split(".")[0] == "textual" or name.startswith("reader.tui")
    }
    assert offenders == {}


def test_importing_engine_and_store_loads_no_textual():
    code = (
        "import sys, reader.nlp.analyze, reader.store, reader.cli_tags; "
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
