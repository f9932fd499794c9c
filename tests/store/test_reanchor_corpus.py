"""Tags on the corpus articles survive realistic edits, and none lands in the wrong place."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "anchoring.py"


def _benchmark():
    spec = importlib.util.spec_from_file_location("anchoring_benchmark", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_edited_corpus_articles_reanchor_without_wrong_places():
    bench = _benchmark()
    out = bench.run(seeds=1)
    for kind, counts in out["results"].items():
        # Exact/moved in the wrong place, or a fuzzy guess, is the one unforgivable outcome.
        assert counts["WRONG"] == 0, (kind, out["failures"][:3])
        assert counts["wrong"] == 0, (kind, out["failures"][:3])
        n = counts["correct"] + counts["missed"]
        assert counts["correct"] / n >= 0.95, (kind, counts)
    # Deleted passages exist in the benchmark and were orphaned, not guessed.
    assert sum(c["truth:deleted"] for c in out["results"].values()) > 50
