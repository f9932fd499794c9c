"""Speed of the engine: `python benchmarks/speed.py [--model NAME] [--words N]`.

Prints the cold start (a fresh interpreter importing the engine and loading the pipeline), and
words per second of ``analyze`` against plain ``nlp.pipe`` over the same paragraphs with the same
model, on about 20,000 words made of the corpus articles repeated.  The engine's own work is the
difference; the goal is that it adds at most 10% to spaCy's time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from reader import document
from reader.nlp import ent_labels, pipeline
from reader.nlp.analyze import BATCH_SIZE, analyze, extract, parse

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"


def _text(words: int) -> str:
    articles = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    parts, count = [], 0
    while count < words:
        for a in articles:
            parts.append(a.strip())
            count += len(a.split())
            if count >= words:
                break
    return "\n\n".join(parts)


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        ent_labels.clear_caches()  # each repeat pays for the article as the first time did
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model")
    ap.add_argument("--words", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    choice = pipeline.choose(args.model)
    code = (
        "import time; t=time.perf_counter(); from reader.nlp import pipeline; "
        "from reader.nlp.analyze import analyze; "
        f"nlp = pipeline.load(pipeline.Choice({choice.name!r}, 'bench')); "
        "print(time.perf_counter()-t)"
    )
    cold = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                check=True).stdout)
    nlp = pipeline.load(choice)
    doc = document.from_text(_text(args.words), source="bench")
    words = len(doc.text.split())
    paragraphs = [doc.text[p.start : p.end] for p in doc.paragraphs]
    analyze(doc, nlp)  # warm up
    t_spacy = _best(lambda: list(nlp.pipe(paragraphs, batch_size=BATCH_SIZE)), args.repeat)
    t_total = _best(lambda: analyze(doc, nlp), args.repeat)
    parsed = parse(doc, nlp)
    # The engine's own work timed alone, so the ratio does not drift with the machine's load.
    t_own = _best(lambda: extract(doc, parsed, nlp), args.repeat)
    print(f"model: {pipeline.describe(nlp)}   text: {words:,} words, {len(paragraphs)} paragraphs")
    print(f"cold start (import engine + load pipeline): {cold:.2f} s")
    print(f"nlp.pipe alone:          {t_spacy:6.2f} s  {words / t_spacy:8,.0f} words/s")
    print(f"analyze():               {t_total:6.2f} s  {words / t_total:8,.0f} words/s")
    print(f"engine's own work alone: {t_own:6.2f} s  = {100 * t_own / t_spacy:.1f}% of spaCy's time"
          " (goal: at most 10%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
