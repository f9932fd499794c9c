"""Word tokens of one paragraph for the number grammar, with the model's evidence attached.

The number grammar runs on its own tokens (digits, letter runs, single symbols) so it reads
"£3bn", "30th", "11-year" and "US$5" the same whatever the spaCy tokenizer did. Each token
carries the part of speech, tag and entity label of the spaCy token under it, empty strings when
the pipeline has no tagger or recogniser (the rule-based fallback).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import ENT_TYPE, IDX, LENGTH, POS, SENT_START, TAG

_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"  # 12,000  1,000,000.5
    r"|\d+(?:\.\d+)?(?::\d\d)*"  # 1990  1.5  10:30
    r"|[^\W\d_](?:\.[^\W\d_])+\.?"  # a.m.  U.S.
    r"|(?i:o['’]clock|pa['’]anga|so['’ʻ]m)"
    r"|[^\W\d_]+"  # words
    r"|\S"
)
_SENT_OPENERS = {'"', "“", "‘", "'", "(", "[", "—", "–", "-", ":"}


@dataclass(slots=True)
class Tok:
    text: str
    low: str
    start: int
    end: int
    glued: bool  # no space before this token
    digit: bool  # starts with a digit
    word: bool  # starts with a letter
    cap: bool  # starts with a capital
    pos: str = ""
    tag: str = ""
    ent: str = ""
    sent_start: bool = False


def tokenize(sdoc, text: str) -> list[Tok]:
    """``text`` is the paragraph ``sdoc`` was made from."""
    toks: list[Tok] = []
    prev_end = -1
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        word = m.group()
        first = word[0]
        toks.append(Tok(word, word.lower(), s, e, s == prev_end, first.isdigit(), first.isalpha(),
                        first.isupper()))
        prev_end = e
    _mark_sentence_starts(toks, _attach_evidence(sdoc, toks))
    return toks


def _attach_evidence(sdoc, toks: list[Tok]) -> set[int]:
    """Give each token the evidence of the spaCy token under it; the offsets where the model's
    sentences start.  One pass over the spaCy tokens, in step with ours, read as an array, since
    each Token object costs more than the attributes we need."""
    strings = sdoc.vocab.strings
    arr = sdoc.to_array([IDX, LENGTH, POS, TAG, ENT_TYPE, SENT_START])
    # each tag's name looked up once (hash 0 is a missing tag: an empty string)
    name = {h: strings[h] if h else "" for h in set(arr[:, 2:5].ravel().tolist())}
    rows = arr.tolist()
    k, n = 0, len(rows)
    for tok in toks:
        while k + 1 < n and rows[k + 1][0] <= tok.start:
            k += 1
        row = rows[k] if n else None
        if row is None or tok.start < row[0] or tok.start >= row[0] + row[1]:
            continue  # white space: no spaCy token here
        tok.pos, tok.tag, tok.ent = name[row[2]], name[row[3]], name[row[4]]
    # (1: a sentence starts here; 0 where nothing set the boundaries)
    return {row[0] for row in rows if row[5] == 1} | {0}


def _mark_sentence_starts(toks: list[Tok], starts: set[int]) -> None:
    for i, tok in enumerate(toks):
        if tok.start in starts:
            tok.sent_start = True
        elif i and toks[i - 1].text in (".", "!", "?") and tok.cap:
            tok.sent_start = True
    # A sentence start behind an opening quote mark or bracket moves to the first word.
    for i, tok in enumerate(toks):
        if tok.sent_start and tok.text in _SENT_OPENERS and i + 1 < len(toks):
            toks[i + 1].sent_start = True


DASHES = {"-", "–", "—"}
NOT_PLURAL = {"is", "was", "has", "as", "its", "this", "his", "thus", "plus", "across", "us",
              "less", "always", "whereas", "yes", "does", "perhaps", "towards", "s", "news",
              "series", "means", "sometimes", "besides", "afterwards", "nevertheless"}
PLURALS = {"people", "children", "men", "women", "police", "staff", "cattle",
           "feet", "teeth", "mice", "geese", "personnel", "troops", "youths", "sheep", "fish",
           "deer", "aircraft", "offspring", "folk", "kids"}


def plural_like(word: str) -> bool:
    """Without a tagger: does this lower-case word look like a plural noun?"""
    if word in PLURALS or word.endswith(("children", "people", "men")):  # schoolchildren
        return True
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
            and word not in NOT_PLURAL)


@dataclass
class Hit:
    """One number found: tokens ``[i, j)`` and what they mean."""

    i: int  # first token
    j: int  # one past the last token
    kind: str
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    per: str | None = None
    keep_qualifier: bool = False  # word-only expressions keep the approximator in the span


def int_of(tok: Tok | None) -> int | None:
    """The integer a plain digit token spells ("1,200" does; "1.5" and "10:30" do not)."""
    if tok is None or not tok.digit or "." in tok.text or ":" in tok.text:
        return None
    return int(tok.text.replace(",", ""))


def year_like(tok: Tok | None) -> bool:
    return (tok is not None and tok.digit and len(tok.text) == 4 and tok.text.isdigit()
            and 1000 <= int(tok.text) <= 2100)


class Cursor:
    """The paragraph's tokens with bounds-safe lookups, shared by the rule mixins."""

    def __init__(self, sdoc, text: str | None = None):
        # (the paragraph's text, when the caller has it: spaCy rebuilds ``sdoc.text`` from the
        # tokens on every access)
        self.text = sdoc.text if text is None else text
        self.toks = tokenize(sdoc, self.text)
        self.n = len(self.toks)
        self.has_pos = any(t.pos for t in self.toks)
        # A Title Case Headline capitalises every word: capitals then say nothing about names.
        long_words = [t.text for t in self.toks if len(t.text) > 3 and t.text[0].isalpha()]
        capitals = sum(w[0].isupper() for w in long_words)
        self.title_case = len(long_words) >= 3 and capitals >= 0.8 * len(long_words)

    def name_like(self, tok: Tok | None) -> bool:
        """A capitalised word that is not a sentence opener (nor a headline's capital)."""
        return (tok is not None and tok.word and not tok.sent_start and not self.title_case
                and any(c.isupper() for c in tok.text))

    def t(self, k: int) -> Tok | None:
        return self.toks[k] if 0 <= k < self.n else None

    def low(self, k: int) -> str:
        tok = self.t(k)
        return tok.low if tok else ""

    def glued(self, k: int) -> bool:
        tok = self.t(k)
        return tok is not None and tok.glued

    def words(self, k: int, count: int = 10) -> list[str]:
        return [tok.low for tok in self.toks[k:k + count]]


    def _noun_at(self, k: int) -> bool:
        tok = self.t(k)
        if tok is None or not tok.word:
            return False
        if self.has_pos:
            return tok.pos == "NOUN" or tok.tag in ("NNS", "NNPS")
        return plural_like(tok.low)
