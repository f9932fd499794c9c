"""Make anchors, and find them again in a changed text (``reanchor``).

Order of attempts, each stricter than Hypothesis' client about guessing:

1. the recorded position, if the exact text and its whole recorded context are still there
   -> ``exact``;
2. otherwise every occurrence of the exact text and the best two fuzzy matches (rapidfuzz, at
   least ``MIN_FUZZY``) elsewhere compete on passage similarity + context similarity; the
   winner is taken only if no other place comes within ``TIE_MARGIN`` of it and its context
   fits (``MIN_CONTEXT``), or it is a long passage that matches well with no rival at all
   -> ``exact`` (same place), ``moved`` (exact text elsewhere) or ``fuzzy`` (with its score);
3. otherwise ``orphaned``: never attached to a guess.

A deleted passage whose words survive elsewhere (a repeated name, a formulaic sentence) fails
the context test and is orphaned.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from reader import document
from reader.store.model import Anchor, AnchoredTag, StoreError, Tag

CONTEXT = 32  # code points of prefix and suffix kept with each anchor
MIN_CONTEXT = 0.58  # context similarity needed to trust a repeated or short exact text
MIN_FUZZY = 0.75  # lowest fuzzy score accepted at all
SURE_FUZZY = 0.9  # a match this good, on a passage this long, with no rival anywhere,
SURE_LEN = 40  # needs no context (a whole paragraph that moved)
TIE_MARGIN = 0.1  # a rival within this much of the best (passage + context) means "ambiguous"


@dataclass(frozen=True)
class Placement:
    state: str
    score: float
    start: int | None
    end: int | None


def make_anchor(text: str, start: int, end: int) -> Anchor:
    if not (0 <= start < end <= len(text)):
        raise StoreError(
            f"span {start}-{end} is not a non-empty passage of a {len(text)}-character text"
        )
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        start=start,
        end=end,
    )


def context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    """How well the recorded prefix and suffix fit around ``text[start:end]`` (0..1).

    Each side scores the mean of its overall similarity (fuzz.ratio) and the share of it that
    runs unbroken up to the passage: a lookalike sentence elsewhere ("ended with the Belgians
    winning") is similar overall but rarely touches the passage the same way.
    """
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    total = weights = 0.0
    # The prefix is read backwards so that both sides start next to the passage.
    sides = (
        (anchor.prefix[::-1], before[::-1], start == 0),
        (anchor.suffix, after, end == len(text)),
    )
    for recorded, actual, at_edge in sides:
        if not recorded:
            # The passage began (or ended) the text: a place that does so too fits that side.
            total += CONTEXT / 2 * (1.0 if at_edge else 0.0)
            weights += CONTEXT / 2
            continue
        touching = 0
        for x, y in zip(recorded, actual):
            if x != y:
                break
            touching += 1
        # A side the text's edge cuts short matches only as far as it goes: "aa aa" at the end
        # is not the recorded " aa aa aa aa".
        similar = fuzz.ratio(recorded, actual) / 100 * min(1.0, len(actual) / len(recorded))
        # A side counts as much as it says: a 2-character prefix (near the top) says little.
        total += len(recorded) * (similar + touching / len(recorded)) / 2
        weights += len(recorded)
    return total / weights


def _occurrences(text: str, needle: str) -> list[int]:
    found = []
    i = text.find(needle)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    quote: float  # similarity of the passage itself, 1.0 for the exact text
    context: float

    @property
    def total(self) -> float:
        return self.quote + self.context


def reanchor(anchor: Anchor, text: str) -> Placement:
    """Place ``anchor`` in ``text``; never claims a place it is unsure of."""
    exact = anchor.exact
    n = len(exact)
    if not exact or not text:
        return Placement("orphaned", 0.0, None, None)
    starts = _occurrences(text, exact)
    contexts = {s: context_score(anchor, text, s, s + n) for s in starts}
    if contexts.get(anchor.start) == 1.0:
        # Nothing changed around it; another place can at best tie, and then this one wins.
        return Placement("exact", 1.0, anchor.start, anchor.end)
    candidates = [_Candidate(s, s + n, 1.0, c) for s, c in contexts.items()]
    masked = text
    for s in starts:
        masked = masked[:s] + "\x00" * n + masked[s + n :]
    candidates += _fuzzy_candidates(anchor, text, masked)
    if not candidates:
        return Placement("orphaned", 0.0, None, None)
    candidates.sort(key=lambda c: (c.total, -abs(c.start - anchor.start)), reverse=True)
    best = candidates[0]
    rivals = [c for c in candidates[1:] if c.end <= best.start or c.start >= best.end]
    if rivals and rivals[0].total > best.total - TIE_MARGIN:
        return Placement("orphaned", round(best.quote, 3), None, None)
    sure = not rivals and best.quote >= SURE_FUZZY and n >= SURE_LEN
    if best.context < MIN_CONTEXT and not sure:
        return Placement("orphaned", round(best.quote, 3), None, None)
    if best.quote < 1.0:
        return Placement("fuzzy", round(best.quote, 3), best.start, best.end)
    state = "exact" if best.start == anchor.start else "moved"
    return Placement(state, 1.0, best.start, best.end)


def _align(needle: str, text: str) -> tuple[float, int, int]:
    r = fuzz.partial_ratio_alignment(needle, text)
    if r is None:
        return 0.0, 0, 0
    if len(needle) <= len(text):
        return r.score / 100, r.dest_start, r.dest_end
    return r.score / 100, r.src_start, r.src_end


def _refine(needle: str, text: str, start: int, end: int) -> tuple[float, int, int]:
    """Move the window's edges to where the whole passage matches best (fuzz.ratio)."""
    reach = min(40, max(3, len(needle) // 4))

    def score(s: int, e: int) -> float:
        return fuzz.ratio(needle, text[s:e]) if s < e else 0.0

    best = (score(start, end), start, end)
    for _ in range(2):
        _, s0, e0 = best
        for s in range(max(0, s0 - reach), min(e0, s0 + reach + 1)):
            cand = (score(s, e0), s, e0)
            if cand[0] > best[0]:
                best = cand
        _, s0, e0 = best
        for e in range(max(s0 + 1, e0 - reach), min(len(text), e0 + reach) + 1):
            cand = (score(s0, e), s0, e)
            if cand[0] > best[0]:
                best = cand
    return best[0] / 100, best[1], best[2]


def _fuzzy_candidates(anchor: Anchor, text: str, masked: str, count: int = 2) -> list[_Candidate]:
    """The best few approximate matches of the passage in ``masked`` (exact ones blanked out)."""
    found = []
    for _ in range(count):
        rough, s, e = _align(anchor.exact, masked)
        if rough < MIN_FUZZY:
            break
        score, s, e = _refine(anchor.exact, masked, s, e)
        clean = "\x00" not in masked[s:e]
        masked = masked[:s] + "\x00" * (e - s) + masked[e:]
        if score >= MIN_FUZZY and clean:
            found.append(_Candidate(s, e, score, context_score(anchor, text, s, e)))
    return found


def place(tag: Tag, text: str, sha: str | None = None) -> AnchoredTag:
    """Re-anchor one tag against ``text``."""
    a = tag.anchor
    sha = sha or document.text_sha256(text)
    if tag.article_sha256 == sha and text[a.start : a.end] == a.exact:
        return AnchoredTag(tag, "exact", 1.0, a.start, a.end)
    p = reanchor(a, text)
    return AnchoredTag(tag, p.state, p.score, p.start, p.end)


def in_text_order(placed: list[AnchoredTag]) -> list[AnchoredTag]:
    return sorted(
        placed,
        key=lambda t: (t.orphaned, t.start if t.start is not None else t.tag.anchor.start, t.end or 0),
    )
