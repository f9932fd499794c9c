"""Make anchors, and find them again in a changed text (``reanchor``).

Order of attempts, each stricter than Hypothesis' client about guessing:

1. the recorded position, if the exact text is still there and its context fits at least as
   well as at any other occurrence  -> ``exact``;
2. another occurrence of the exact text, the one whose prefix/suffix fit best, provided the
   context fits (or the text is long and occurs once)  -> ``moved``;
3. if the exact text is gone: the best fuzzy match (rapidfuzz) above ``MIN_FUZZY``, provided it
   is not tied with a second place elsewhere and its context fits unless the match is close
   -> ``fuzzy``;
4. otherwise ``orphaned``: never attached to a guess.

When the exact text is still in the article but no occurrence passes, the tag is orphaned rather
than fuzzily matched: the passage was deleted and only a lookalike is left.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from reader.store.model import Anchor, StoreError

CONTEXT = 32  # code points of prefix and suffix kept with each anchor
MIN_CONTEXT = 0.6  # context similarity needed to trust a repeated or short exact text
LONG_UNIQUE = 20  # an exact text this long that occurs once needs no context
MIN_FUZZY = 0.75  # lowest fuzzy score accepted at all
SURE_FUZZY = 0.9  # a fuzzy match this good on a text this long needs no context
SURE_FUZZY_LEN = 24
TIE_MARGIN = 0.05  # a second fuzzy candidate this close makes the match ambiguous


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
    """How well the recorded prefix and suffix fit around ``text[start:end]`` (0..1)."""
    scores = []
    weights = []
    for recorded, actual in (
        (anchor.prefix, text[max(0, start - len(anchor.prefix)) : start]),
        (anchor.suffix, text[end : end + len(anchor.suffix)]),
    ):
        if not recorded:
            # The passage began (or ended) the text; it still should, or that side says nothing.
            scores.append(1.0 if not actual else 0.5)
            weights.append(0.5)
        else:
            scores.append(fuzz.ratio(recorded, actual) / 100)
            weights.append(1.0)
    return sum(s * w for s, w in zip(scores, weights)) / sum(weights)


def _occurrences(text: str, needle: str) -> list[int]:
    found = []
    i = text.find(needle)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def reanchor(anchor: Anchor, text: str) -> Placement:
    """Place ``anchor`` in ``text``; never claims exact/moved for a passage it is unsure of."""
    exact = anchor.exact
    n = len(exact)
    if not exact:
        return Placement("orphaned", 0.0, None, None)
    starts = _occurrences(text, exact)
    if starts:
        scored = sorted(
            ((context_score(anchor, text, s, s + n), -abs(s - anchor.start), s) for s in starts),
            reverse=True,
        )
        best_ctx, _, best = scored[0]
        at_recorded = anchor.start in starts
        if at_recorded:
            recorded_ctx = context_score(anchor, text, anchor.start, anchor.end)
            if recorded_ctx >= best_ctx and (recorded_ctx >= MIN_CONTEXT or len(starts) == 1):
                return Placement("exact", 1.0, anchor.start, anchor.start + n)
        unique_long = len(starts) == 1 and n >= LONG_UNIQUE
        clear_winner = len(scored) == 1 or scored[1][0] < best_ctx - 0.1
        if unique_long or (best_ctx >= MIN_CONTEXT and clear_winner):
            if best == anchor.start:
                return Placement("exact", 1.0, best, best + n)
            return Placement("moved", 1.0, best, best + n)
        return Placement("orphaned", 0.0, None, None)
    return _fuzzy(anchor, text)


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


def _fuzzy(anchor: Anchor, text: str) -> Placement:
    exact = anchor.exact
    if len(text) == 0:
        return Placement("orphaned", 0.0, None, None)
    rough, s, e = _align(exact, text)
    if rough < MIN_FUZZY:
        return Placement("orphaned", rough, None, None)
    score, s, e = _refine(exact, text, s, e)
    if score < MIN_FUZZY:
        return Placement("orphaned", score, None, None)
    ctx = context_score(anchor, text, s, e)
    # Is there a second, different place that matches about as well?
    masked = text[:s] + "\x00" * (e - s) + text[e:]
    rough2, s2, e2 = _align(exact, masked)
    if rough2 >= MIN_FUZZY and rough2 >= rough - TIE_MARGIN:
        score2, s2, e2 = _refine(exact, masked, s2, e2)
        ctx2 = context_score(anchor, text, s2, e2)
        if score2 >= score - TIE_MARGIN and ctx2 >= ctx - 0.1:
            return Placement("orphaned", score, None, None)
    sure = score >= SURE_FUZZY and len(exact) >= SURE_FUZZY_LEN
    if sure or ctx >= MIN_CONTEXT:
        return Placement("fuzzy", round(score, 3), s, e)
    return Placement("orphaned", score, None, None)
