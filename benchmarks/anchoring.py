"""How well tags survive edits to their article: re-anchoring on edited corpus articles.

    python benchmarks/anchoring.py [--seeds N]

For every article in tests/data/corpus, tags are placed on the gold quotes and numbers, on one
mention of each entity (names repeat, which is the hard case), and on random sentences and word
pairs.  The article is then edited the way news articles are: a paragraph inserted (taken from
another article), a paragraph removed, a paragraph moved, typos fixed, a quote reworded, all
of these at once, and "heavy" (two paragraphs in, two out, one moved, ten typos, three quotes).  Every character is tracked through the edits, so for each tag we know where it
truly is now:

- intact:  every character survives, in one piece -> correct if exact/moved (or fuzzy) exactly
  there; claiming exact/moved anywhere else is WRONG;
- edited:  most characters survive but the passage changed -> correct if fuzzy and overlapping the
  true span by at least half; exact/moved is WRONG, fuzzy elsewhere is wrong;
- deleted: under half the characters survive -> correct only if orphaned; anything else is a
  wrong guess.

Orphaning a tag that could have been found is a miss, not an error: the user sees it and can
re-attach it.  tests/store/test_reanchor_corpus.py runs this and asserts there are no WRONG
exact/moved placements.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.document import load  # noqa: E402
from reader.store.anchor import make_anchor, reanchor  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
EDITS = ("insert paragraph", "remove paragraph", "move paragraph", "fix typos", "reword quote",
         "all at once", "heavy")


class Tracked:
    """A text whose characters remember their position in the original (None if new)."""

    def __init__(self, text: str) -> None:
        self.chars = list(text)
        self.origin: list[int | None] = list(range(len(text)))

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def replace(self, start: int, end: int, new: str, origin: list[int | None] | None = None):
        self.chars[start:end] = list(new)
        self.origin[start:end] = origin if origin is not None else [None] * len(new)

    def lines(self) -> list[tuple[int, int]]:
        """Spans of the non-empty lines (paragraphs), each with its newline if it has one."""
        out, pos, text = [], 0, self.text
        for line in text.split("\n"):
            end = pos + len(line)
            if line.strip():
                out.append((pos, min(end + 1, len(text))))
            pos = end + 1
        return out

    def where(self, start: int, end: int, exact: str) -> tuple[str, int | None, int | None]:
        """(intact | edited | deleted, new start, new end) of the original span ``exact``."""
        new = {o: i for i, o in enumerate(self.origin) if o is not None}
        kept = [new[i] for i in range(start, end) if i in new]
        if len(kept) * 2 < end - start:
            return "deleted", None, None
        a, b = min(kept), max(kept) + 1
        return ("intact" if self.text[a:b] == exact else "edited"), a, b


def insert_paragraph(doc: Tracked, rng: random.Random, others: list[str]) -> None:
    lines = doc.lines()
    at = rng.choice(lines)[0] if lines else 0
    para = rng.choice(others).strip()
    doc.replace(at, at, para + "\n")


def remove_paragraph(doc: Tracked, rng: random.Random) -> None:
    lines = doc.lines()[1:]  # keep the headline
    if lines:
        s, e = rng.choice(lines)
        doc.replace(s, e, "")


def move_paragraph(doc: Tracked, rng: random.Random) -> None:
    lines = doc.lines()[1:]
    if len(lines) < 3:
        return
    s, e = rng.choice(lines)
    chars, origin = doc.chars[s:e], doc.origin[s:e]
    if chars[-1] != "\n":
        return
    doc.replace(s, e, "")
    at = rng.choice([ls for ls, _ in doc.lines()[1:]] or [0])
    doc.replace(at, at, "".join(chars), origin)


def fix_typos(doc: Tracked, rng: random.Random, count: int = 3) -> None:
    for _ in range(count):
        words = [m.span() for m in re.finditer(r"[A-Za-z]{5,}", doc.text)]
        if not words:
            return
        s, e = rng.choice(words)
        i = rng.randrange(s + 1, e - 1)
        op = rng.choice(("swap", "drop", "change"))
        if op == "swap":
            doc.replace(i, i + 2, doc.chars[i + 1] + doc.chars[i])
        elif op == "drop":
            doc.replace(i, i + 1, "")
        else:
            doc.replace(i, i + 1, rng.choice("aeioulnrst"))


def reword_quote(doc: Tracked, rng: random.Random, text: str, quotes: list[tuple[int, int]]):
    """Change one word inside a quote (the original span, looked up through the edits)."""
    live = [doc.where(s, e, text[s:e]) for s, e in quotes]
    live = [(a, b) for state, a, b in live if state != "deleted" and b - a > 20]
    if not live:
        return
    a, b = rng.choice(live)
    words = [m.span() for m in re.finditer(r"\w{3,}", doc.text[a:b])]
    if not words:
        return
    ws, we = rng.choice(words)
    doc.replace(a + ws, a + we, rng.choice(("said", "plainly", "was", "never", "those")))


@dataclass
class Case:
    article: str
    start: int
    end: int
    what: str


def tag_spans(name: str, text: str, rng: random.Random) -> list[Case]:
    gold = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    cases = []
    for kind in ("quotes", "numbers"):
        for item in gold.get(kind, []):
            s = item.get("start")
            if isinstance(s, int) and text[s : s + len(item["text"])] == item["text"]:
                cases.append(Case(name, s, s + len(item["text"]), kind[:-1]))
    for entity in gold.get("entities", []):
        mention = entity.get("text")
        starts = [m.start() for m in re.finditer(re.escape(mention), text)] if mention else []
        if starts:
            s = rng.choice(starts)
            cases.append(Case(name, s, s + len(mention), "entity"))
    sentences = [m.span() for m in re.finditer(r"[A-Z][^.!?\n]{20,200}[.!?]", text)]
    for s, e in rng.sample(sentences, min(3, len(sentences))):
        cases.append(Case(name, s, e, "sentence"))
    words = [m.span() for m in re.finditer(r"\w+\W+\w+", text)]
    for s, e in rng.sample(words, min(3, len(words))):
        cases.append(Case(name, s, e, "word pair"))
    return cases


def edit(kind: str, text: str, rng: random.Random, others: list[str], quotes) -> Tracked:
    doc = Tracked(text)
    if kind == "heavy":  # two paragraphs in, two out, one moved, ten typos, three quotes reworded
        for _ in range(2):
            insert_paragraph(doc, rng, others)
            remove_paragraph(doc, rng)
        move_paragraph(doc, rng)
        fix_typos(doc, rng, 10)
        for _ in range(3):
            reword_quote(doc, rng, text, quotes)
        return doc
    if kind in ("insert paragraph", "all at once"):
        insert_paragraph(doc, rng, others)
    if kind in ("remove paragraph", "all at once"):
        remove_paragraph(doc, rng)
    if kind in ("move paragraph", "all at once"):
        move_paragraph(doc, rng)
    if kind in ("fix typos", "all at once"):
        fix_typos(doc, rng)
    if kind in ("reword quote", "all at once"):
        reword_quote(doc, rng, text, quotes)
    return doc


def judge(truth: str, ts: int | None, te: int | None, state: str, s, e) -> str:
    """correct | missed | WRONG (exact/moved in the wrong place) | wrong (fuzzy/attached guess)."""
    if truth == "deleted":
        return "correct" if state == "orphaned" else ("WRONG" if state != "fuzzy" else "wrong")
    if state == "orphaned":
        return "missed"
    if truth == "intact":
        if (s, e) == (ts, te):
            return "correct"
        return "WRONG" if state in ("exact", "moved") else "wrong"
    if state in ("exact", "moved"):
        return "WRONG"
    overlap = max(0, min(e, te) - max(s, ts))
    return "correct" if overlap * 2 >= max(e - s, te - ts) else "wrong"


def run(seeds: int = 5) -> dict:
    names = sorted(p.stem for p in CORPUS.glob("*.txt"))
    texts = {n: load(CORPUS / f"{n}.txt").text for n in names}
    results: dict[str, Counter] = {k: Counter() for k in EDITS}
    states: dict[str, Counter] = {k: Counter() for k in EDITS}
    failures = []
    for name in names:
        text = texts[name]
        others = [p for n in names if n != name for p in texts[n].split("\n") if len(p) > 80]
        for seed in range(seeds):
            rng = random.Random(f"{name}-{seed}")
            cases = tag_spans(name, text, rng)
            quotes = [(c.start, c.end) for c in cases if c.what == "quote"]
            for kind in EDITS:
                doc = edit(kind, text, random.Random(f"{name}-{seed}-{kind}"), others, quotes)
                new = doc.text
                for case in cases:
                    truth, ts, te = doc.where(case.start, case.end, text[case.start : case.end])
                    p = reanchor(make_anchor(text, case.start, case.end), new)
                    verdict = judge(truth, ts, te, p.state, p.start, p.end)
                    results[kind][verdict] += 1
                    results[kind][f"truth:{truth}"] += 1
                    states[kind][p.state] += 1
                    if verdict in ("WRONG", "wrong"):
                        failures.append((kind, name, case, truth, p, ts, te, new))
    return {"results": results, "states": states, "failures": failures}


def report(out: dict) -> str:
    lines = [f"{'edit':<18}{'tags':>6}{'correct':>9}{'missed':>8}{'wrong':>7}{'WRONG':>7}"
             f"   states (exact/moved/fuzzy/orphaned)"]
    total = Counter()
    for kind in EDITS:
        r, st = out["results"][kind], out["states"][kind]
        n = r["correct"] + r["missed"] + r["wrong"] + r["WRONG"]
        total.update({k: r[k] for k in ("correct", "missed", "wrong", "WRONG")})
        lines.append(
            f"{kind:<18}{n:>6}{r['correct'] / n:>9.1%}{r['missed'] / n:>8.1%}"
            f"{r['wrong']:>7}{r['WRONG']:>7}   "
            + "/".join(str(st[s]) for s in ("exact", "moved", "fuzzy", "orphaned"))
        )
    n = sum(total.values())
    lines.append(f"{'overall':<18}{n:>6}{total['correct'] / n:>9.1%}{total['missed'] / n:>8.1%}"
                 f"{total['wrong']:>7}{total['WRONG']:>7}")
    lines.append("correct = right place and state (orphaned when the passage was deleted); "
                 "missed = orphaned though findable;")
    lines.append("wrong = fuzzy match in the wrong place; WRONG = exact/moved in the wrong place.")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=5, help="edited versions per article")
    parser.add_argument("--show", action="store_true", help="print every wrong placement")
    args = parser.parse_args()
    out = run(args.seeds)
    print(report(out))
    if args.show:
        for kind, name, case, truth, p, ts, te, new in out["failures"]:
            print(f"\n[{kind}] {name} {case.what} truth={truth} {ts}-{te} got {p}")
            print(f"  tagged: {load(CORPUS / f'{name}.txt').text[case.start:case.end]!r}")
            if p.start is not None:
                print(f"  placed: {new[p.start:p.end]!r}")
            if ts is not None:
                print(f"  truly:  {new[ts:te]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
