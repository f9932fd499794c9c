"""Numbers with kind, value, unit, qualifier and rate: ``find_numbers(sdoc, base)``.

A small grammar over the paragraph's own word tokens (digits, number words, currencies, units,
calendar words; see numtokens.py, numwords.py, numlex.py), so it works the same with the
rule-based fallback pipeline (no NER, no POS). Where the model tagged the paragraph, its
part-of-speech and entity labels are extra evidence only (a pronoun "one", a product name).

Spans follow the gold corpus conventions (tests/data/corpus/README.md): the number alone for
counts, number plus unit for money/percent/quantity/duration, approximators outside the span
(reported as ``qualifier``) except in word-only expressions ("more than a decade").
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.nlp import numlex as lex
from reader.nlp.numtokens import Tok, tokenize
from reader.nlp.numwords import (
    CARDINALS, FRACTIONS, ORDINAL_SUFFIXES, SCALES, SHORT_SCALES, VAGUE, parse_cardinal, parse_digits,
    parse_ordinal, tidy,
)
from reader.nlp.types import Number

__all__ = ["find_numbers"]

CLOCK_KIND = "date"  # the gold conventions file clock times under kind "date"
DASHES = {"-", "–", "—"}
# Nouns after which a number is a position ("day five", "number 3"), or a label ("posts 542").
ORDINAL_HEADS = {"day", "number", "no", "#", "round", "stage", "game", "week", "match", "leg",
                 "chapter", "phase", "level", "season", "episode", "grade", "heat", "race"}
LABEL_HEADS = {"post", "posts", "page", "pages", "room", "flight", "gate", "route", "platform",
               "version", "line", "highway", "bus", "exit", "seat", "apartment", "terminal",
               "lane", "channel", "article", "section", "paragraph", "clause", "item", "code",
               "model", "unit", "box", "ward", "district", "zone", "sector", "pier", "track",
               "interstate", "block", "lot", "figure", "table", "note", "verse", "psalm", "tv"}
NAME_LABELS = {"PRODUCT", "WORK_OF_ART", "LAW", "FAC", "ORG"}
# Capitalised words that can precede a plain number without making it part of a name.
NOT_NAME = {"in", "on", "at", "by", "to", "of", "for", "from", "since", "until", "about", "the",
            "and", "or", "but", "with", "than", "over", "under", "nearly", "almost", "some",
            "only", "just", "all", "after", "before", "around", "between", "during", "within",
            "more", "less", "up", "its", "his", "her", "their", "our", "we", "they", "he", "she",
            "it", "i", "you", "were", "was", "are", "is", "had", "has", "have", "those", "these",
            "another", "every", "each", "also", "now", "then", "by", "through", "another"}
PRONOUN_ONE_BEFORE = {"no", "any", "every", "each", "the", "this", "that", "which", "another",
                      "one", "someone", "anyone", "what"}
PRONOUN_ONE_AFTER = {"another", "who", "whom", "whose", "which", "that", "'s", "’s", "else"}
RATE_BLOCKERS = {"ago", "earlier", "later", "before", "after", "old", "older", "from", "since",
                 "into", "in"}
SCORE_CUES = {"won", "win", "wins", "winning", "lost", "lose", "losing", "loss", "beat", "beats",
              "beating", "defeat", "defeated", "defeats", "victory", "drew", "draw", "ended",
              "finished", "lead", "led", "leading", "trailing", "scoreline", "score", "aggregate"}
PARTITIVE_AFTER_HALF = {"of", "the", "their", "his", "her", "its", "our", "my", "your", "them",
                        "those", "these", "all", "that", "this", "a", "an"}


@dataclass
class Hit:
    i: int  # first token
    j: int  # one past the last token
    kind: str
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    per: str | None = None
    keep_qualifier: bool = False  # word-only expressions keep the approximator in the span


def find_numbers(sdoc, base: int) -> list[Number]:
    """Every number in one paragraph, in text order, with document offsets (``base`` + chars)."""
    text = sdoc.text
    scanner = Scanner(sdoc)
    out = []
    for h in scanner.scan():
        s, e = scanner.toks[h.i].start, scanner.toks[h.j - 1].end
        value = tidy(h.value) if h.value is not None else None
        out.append(Number("", base + s, base + e, text[s:e], h.kind, value, h.unit,
                          h.qualifier, h.per))
    return out


def _int(tok: Tok | None) -> int | None:
    """The integer a plain digit token spells ("1,200" counts; "1.5" and "10:30" do not)."""
    if tok is None or not tok.digit or "." in tok.text or ":" in tok.text:
        return None
    return int(tok.text.replace(",", ""))


def _year_like(tok: Tok | None) -> bool:
    return (tok is not None and tok.digit and len(tok.text) == 4 and tok.text.isdigit()
            and 1000 <= int(tok.text) <= 2100)


class Scanner:
    def __init__(self, sdoc):
        self.toks = tokenize(sdoc)
        self.n = len(self.toks)
        self.has_pos = any(t.pos for t in self.toks)

    # -- helpers -------------------------------------------------------------------------
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

    # -- driver --------------------------------------------------------------------------
    def scan(self) -> list[Hit]:
        hits: list[Hit] = []
        i = 0
        while i < self.n:
            got = self._at(i)
            if got is None:
                i += 1
            elif isinstance(got, int):
                i = max(got, i + 1)
            else:
                for h in got:
                    self._qualify(h, hits[-1].j if hits else 0)
                last = got[-1]
                per, after = self._rate(last.j)
                if per and last.kind in ("money", "count", "quantity", "percent", "duration"):
                    last.per = per
                    i = after
                else:
                    i = last.j
                hits.extend(got)
        self._share_units(hits)
        return hits

    def _at(self, i: int):
        tok = self.toks[i]
        for rule in (self._date, self._clock, self._money_prefix, self._identifier,
                     self._numeric, self._ordinal_word, self._vague, self._word_only):
            got = rule(i, tok)
            if got is not None:
                return got
        return None

    # -- qualifiers and rates ------------------------------------------------------------
    def _qualify(self, h: Hit, floor: int) -> None:
        if h.kind in ("ordinal", "date"):
            return
        for phrase, q in _QUALIFIER_WORDS:
            k = h.i - len(phrase)
            if k < floor:
                continue
            if self.words(k, len(phrase)) == list(phrase):
                if h.kind == "year" and q not in _APPROX_YEAR:
                    return
                h.qualifier = q
                if h.keep_qualifier:
                    h.i = k
                return

    def _rate(self, j: int) -> tuple[str | None, int]:
        w = self.low(j)
        if w in lex.RATE_ADVERBS:
            return lex.RATE_ADVERBS[w], j + 1
        if w in ("a", "an", "per", "each", "every", "/") and self.low(j + 1) in lex.RATE_PERIODS:
            if w == "/" and not self.glued(j + 1):
                return None, j
            if self.low(j + 2) in RATE_BLOCKERS or self.low(j + 2) in DASHES:
                return None, j
            return lex.RATE_PERIODS[self.low(j + 1)], j + 2
        return None, j

    def _share_units(self, hits: list[Hit]) -> None:
        """ "5 to 10 km", "between 20 and 30%": the bare first number takes the second's unit."""
        for a, b in zip(hits, hits[1:]):
            if (a.kind == "count" and a.unit is None and a.value is not None
                    and b.kind in ("money", "percent", "quantity", "duration")
                    and b.i - a.j == 1 and self.low(a.j) in ("to", "and", "or")):
                a.kind, a.unit = b.kind, b.unit

    # -- dates and clock times -----------------------------------------------------------
    def _date(self, i: int, tok: Tok):
        if tok.low in lex.WEEKDAYS and tok.cap:
            k = i + 1
            if self.low(k) == ".":
                k += 1
            if self.low(k) == ",":
                k += 1
            j = self._date_core(k)
            return [Hit(i, j, "date")] if j else None
        j = self._date_core(i)
        return [Hit(i, j, "date")] if j else None

    def _month(self, k: int) -> int:
        """Index after a month name at ``k`` (with an abbreviation's full stop), or 0."""
        tok = self.t(k)
        if tok is None or not tok.cap or tok.low not in lex.MONTHS:
            return 0
        if self.low(k + 1) == "." and len(tok.low) <= 4 and self.glued(k + 1):
            return k + 2
        return k + 1

    def _day(self, k: int) -> int:
        """Index after a day of the month at ``k`` ("13", "13th"), or 0."""
        v = _int(self.t(k))
        if v is None or not 1 <= v <= 31 or len(self.toks[k].text) > 2:
            return 0
        if self.low(k + 1) in ORDINAL_SUFFIXES and self.glued(k + 1):
            return k + 2
        return k + 1

    def _year_after(self, k: int) -> int:
        if self.low(k) == "," and _year_like(self.t(k + 1)):
            return k + 2
        if _year_like(self.t(k)):
            return k + 1
        return 0

    def _date_core(self, i: int) -> int:
        m = self._month(i)
        if m:
            d = self._day(m)
            if d and not (self.low(d) in DASHES and self.t(d + 1) and self.t(d + 1).digit
                          and not _year_like(self.t(d + 1))):
                return self._year_after(d) or d
            if _year_like(self.t(m)):
                return m + 1
            return 0
        d = self._day(i)
        if d:
            k = d + 1 if self.low(d) == "of" else d
            m = self._month(k)
            if m:
                return (m + 1) if _year_like(self.t(m)) else m
            return 0
        tok = self.t(i)
        if _year_like(tok) and self.low(i + 1) == "-" and self.glued(i + 1):
            mo, dd = self.t(i + 2), self.t(i + 4)
            if (mo and dd and mo.glued and len(mo.text) == 2 and self.low(i + 3) == "-"
                    and len(dd.text) == 2 and dd.text.isdigit() and mo.text.isdigit()):
                return i + 5
        if tok and tok.digit and self.low(i + 1) == "/" and self.glued(i + 1):
            b, y = self.t(i + 2), self.t(i + 4)
            if (b and y and b.digit and self.low(i + 3) == "/" and y.glued
                    and y.text.isdigit() and len(y.text) in (2, 4)):
                return i + 5
        return 0

    def _clock(self, i: int, tok: Tok):
        if not tok.digit or tok.glued and self.t(i - 1) and self.t(i - 1).word:
            return None
        j = 0
        if ":" in tok.text and "." not in tok.text:
            h = int(tok.text.split(":")[0])
            if h > 24:
                return None
            j = i + 1
        elif _int(tok) is not None and 1 <= _int(tok) <= 12 and self.low(i + 1) in lex.CLOCK_WORDS \
                and self.low(i + 1) not in ("hrs", "ist"):
            j = i + 1
        elif _int(tok) is not None and self.low(i + 1) == "o'clock":
            j = i + 1
        if not j:
            return None
        while self.low(j) in lex.CLOCK_WORDS:
            j += 1
        return [Hit(i, j, CLOCK_KIND)]

    # -- names and identifiers -----------------------------------------------------------
    def _identifier(self, i: int, tok: Tok):
        """Digits that belong to a name or label ("IE9", "STS-135", "4chan", "posts 542")."""
        if not tok.digit:
            return None
        prev, nxt = self.t(i - 1), self.t(i + 1)
        j = i + 1
        skip = False
        if tok.glued and prev is not None and prev.word:
            skip = True  # IE9, G20
        elif (tok.glued and prev is not None and prev.text in DASHES and prev.glued
              and self.t(i - 2) and self.t(i - 2).word
              and self.low(i - 2) not in ("mid", "early", "late", "pre", "post", "circa")):
            skip = True  # STS-135, COVID-19
        elif nxt is not None and nxt.glued and nxt.word and not self._suffix_ok(nxt):
            skip = True  # 4chan, 3D
        elif nxt is not None and nxt.text in DASHES and self.t(i + 2) is not None \
                and self.t(i + 2).digit:
            skip = False  # a score or a range, whatever comes before
        elif prev is not None and prev.low in LABEL_HEADS and not prev.cap or (
                prev is not None and prev.low in ("posts", "post")):
            skip = True
        elif self._in_name(i, tok):
            skip = True
        elif (prev is not None and prev.low == "the" and tok.text.isdigit() and len(tok.text) >= 3
              and not _year_like(tok) and not self._noun_at(i + 1)
              and self._unit_after(i + 1) is None and self.low(i + 1) not in SCALES):
            skip = True  # "the 747": a model number
        if not skip:
            return None
        while self.t(j) is not None and self.t(j).glued and (self.t(j).word or self.t(j).digit
                                                             or self.t(j).text in DASHES):
            j += 1
        # "posts 542 and 543": a list of labels stays a list of labels.
        while self.low(j) in ("and", "or", ",", "to") and _int(self.t(j + 1)) is not None \
                and not _year_like(self.t(j + 1)):
            j += 2
        return j

    def _suffix_ok(self, nxt: Tok) -> bool:
        w = nxt.low
        return (w in ORDINAL_SUFFIXES or w == "s" or w in SHORT_SCALES
                or nxt.text in lex.MEASURES or (len(w) > 2 and w in lex.MEASURES)
                or w in lex.TIME_UNITS or w in lex.CLOCK_WORDS or w in ("p", "pc", "x"))

    def _in_name(self, i: int, tok: Tok) -> bool:
        """A bare number right after a capitalised word that is not a sentence opener."""
        if _year_like(tok):
            return False
        prev, nxt = self.t(i - 1), self.t(i + 1)
        if tok.ent in NAME_LABELS:
            for k in (i - 1, i + 1):
                other = self.t(k)
                if other is not None and other.word and other.ent == tok.ent:
                    return True
        if prev is None or not prev.word or not prev.cap or prev.sent_start:
            return False
        if prev.low in NOT_NAME or prev.low in lex.MONTHS or prev.low in lex.WEEKDAYS \
                or prev.low in ORDINAL_HEADS or prev.low in lex.CURRENCY_WORDS \
                or prev.low in lex.ISO_CODES:
            return False
        if nxt is not None and (nxt.text in DASHES or nxt.text in ("%", ",") and False):
            return False
        tail = self.low(i + 1)
        if tail in SCALES or tail in ("%", "per", "percent") or tail in lex.TIME_UNITS \
                or tail in lex.MEASURES and len(tail) > 2 or tail in lex.CURRENCY_WORDS:
            return False
        if nxt is not None and nxt.glued and nxt.low in ORDINAL_SUFFIXES:
            return False
        return True

    # -- money with a leading symbol -----------------------------------------------------
    def _money_prefix(self, i: int, tok: Tok):
        cur, k = None, 0
        if tok.low in lex.DOLLAR_PREFIXES and self.low(i + 1) == "$" and self.glued(i + 1) \
                and tok.text.isupper():
            cur, k = lex.DOLLAR_PREFIXES[tok.low], i + 2
        elif tok.text in lex.SYMBOLS:
            cur, k = lex.SYMBOLS[tok.text], i + 1
        elif tok.low in lex.ISO_CODES and tok.text.isupper() and self.t(i + 1) \
                and self.t(i + 1).digit:
            cur, k = tok.low.upper(), i + 1
        if cur is None or self.t(k) is None or not (self.t(k).digit or self.t(k).word):
            return None
        core = self._core(k, money=True)
        if core is None:
            return None
        j, value = core
        if self.low(j) in DASHES and self.t(j + 1) is not None and (
                self.t(j + 1).digit or self.low(j + 1) in lex.SYMBOLS):
            k2 = j + 2 if self.low(j + 1) in lex.SYMBOLS else j + 1
            core2 = self._core(k2, money=True)
            if core2 is not None:
                return [Hit(i, core2[0], "money", None, cur)]
        if self.low(j) in lex.CURRENCY_WORDS and self.low(j) not in ("p", "real"):
            j += 1  # "$5 dollars", rare but harmless
        return [Hit(i, j, "money", value, cur)]

    # -- the number core: digits or number words, with a scale ---------------------------
    def _core(self, i: int, money: bool = False) -> tuple[int, float] | None:
        tok = self.t(i)
        if tok is None:
            return None
        if tok.digit:
            if ":" in tok.text:
                return None
            value = parse_digits(tok.text)
            if value is None:
                return None
            j = i + 1
            nxt = self.t(j)
            if nxt is not None and nxt.glued and nxt.low in SHORT_SCALES and (
                    money or nxt.low in ("bn", "mn", "tn", "k")):
                return j + 1, value * SHORT_SCALES[nxt.low]
            if self.low(j) in SCALES:
                value *= SCALES[self.low(j)]
                j += 1
                if self.low(j) in SCALES:
                    value *= SCALES[self.low(j)]
                    j += 1
            return j, value
        if not tok.word:
            return None
        parsed = parse_cardinal(self.words(i, 12))
        if parsed is None:
            return None
        used, value = parsed
        j = i + used
        if self.words(j, 3) == ["and", "a", "half"]:
            value += 0.5
            j += 3
        return j, value

    # -- numbers that start with digits or number words ----------------------------------
    def _numeric(self, i: int, tok: Tok):
        if not (tok.digit or tok.word):
            return None
        if tok.word and tok.cap and not tok.sent_start and tok.low in _ALL_NUMBER_WORDS \
                and self.t(i + 1) is not None and self.t(i + 1).cap:
            return None  # "Three Gorges", "Seven Sisters": part of a name
        core = self._core(i)
        if core is None:
            return None
        j, value = core
        if tok.word and j == i + 1 and tok.low in ("a", "an"):
            return None
        frac = self._fraction_after(i, j, value)
        if frac is not None:
            return frac
        return self._tail(i, j, value, tok.digit)

    def _fraction_after(self, i: int, j: int, value: float):
        """ "two-thirds", "one third of", "three quarters of" -> percent."""
        k = j + 1 if self.low(j) == "-" and self.glued(j) else j
        w = self.low(k)
        if w not in FRACTIONS or w == "half" or value >= 20:
            return None
        if k == j and self.low(k + 1) != "of":
            return None
        return [Hit(i, k + 1, "percent", value * FRACTIONS[w], "%")]

    def _tail(self, i: int, j: int, value: float, digit: bool):
        """What follows the number decides its kind and unit."""
        n1, w1, w2 = self.t(j), self.low(j), self.low(j + 1)
        # ordinal: 30th
        if digit and n1 is not None and n1.glued and w1 in ORDINAL_SUFFIXES:
            return [Hit(i, j + 1, "ordinal", value)]
        # percent
        if w1 == "%":
            return [Hit(i, j + 1, "percent", value, "%")]
        if w1 in ("percent", "pct", "pc") and not (w1 == "pc" and not n1.glued):
            k = j + 1
            if w1 == "percent" and w2 in ("points", "point"):
                k += 1
            return [Hit(i, k, "percent", value, "%")]
        if w1 == "per" and w2 == "cent":
            return [Hit(i, j + 2, "percent", value, "%")]
        if w1 == "percentage" and w2 in ("points", "point"):
            return [Hit(i, j + 2, "percent", value, "%")]
        # money written with a currency word after the amount
        money = self._currency_after(j)
        if money is not None:
            k, code, sub = money
            return [Hit(i, k, "money", value / 100 if sub else value, code)]
        # durations, ages and quantities
        unit = self._unit_after(j)
        if unit is not None:
            k, kind, name, factor = unit
            return [Hit(i, k, kind, value * factor, name)]
        # decades: 1990s
        if digit and n1 is not None and n1.glued and w1 == "s" and len(self.toks[i].text) == 4:
            return [Hit(i, j + 1, "year", value)]
        # ranges and football scores
        if w1 in DASHES and self.t(j + 1) is not None and self.t(j + 1).digit and digit:
            got = self._dash_pair(i, j, value)
            if got is not None:
                return got
        return self._bare(i, j, value, digit)

    def _currency_after(self, j: int) -> tuple[int, str, bool] | None:
        w1, n1 = self.low(j), self.t(j)
        if n1 is None or not n1.word:
            return None
        if w1 in lex.DOLLAR_ADJECTIVES:
            for k in (j + 1, j + 2):
                if self.low(k) in ("dollar", "dollars"):
                    return k + 1, lex.DOLLAR_ADJECTIVES[w1], False
            return None
        if w1 in lex.CURRENCY_WORDS:
            if w1 in ("p",) and not n1.glued or w1 == "real":
                return None
            if w1 in ("pound", "pounds") and self.low(j + 1) == "of":
                return None
            return j + 1, lex.CURRENCY_WORDS[w1], w1 in lex.SUBUNITS
        if w1 in lex.ISO_CODES and n1.text.isupper() and len(w1) == 3:
            return j + 1, w1.upper(), False
        return None

    def _unit_after(self, j: int) -> tuple[int, str, str, float] | None:
        """``(end, kind, unit, factor)`` for a time or measure unit after the number."""
        n1, w1 = self.t(j), self.low(j)
        if n1 is None:
            return None
        if w1 in DASHES and n1.glued and w1 == "-" and self.glued(j + 1):
            w2 = self.low(j + 1)
            if w2 in lex.TIME_UNITS:  # 11-year, nine-month-old
                unit, factor = lex.TIME_UNITS[w2]
                k = j + 2
                if self.low(k) == "-" and self.low(k + 1) == "old" and self.glued(k + 1):
                    k += 2
                return k, "duration", unit, factor
            nxt = self.t(j + 1)
            if nxt is not None and (nxt.text in lex.MEASURES or w2 in lex.MEASURES and len(w2) > 2):
                return j + 2, "quantity", lex.MEASURES.get(nxt.text, lex.MEASURES.get(w2)), 1
            return None
        k = j
        while self.low(k) in lex.DURATION_ADJECTIVES and k - j < 2 and \
                self.low(k + 1) not in ("than",):
            k += 1
        wk = self.low(k)
        if wk in lex.TIME_UNITS and (k == j or self.low(k) != "second") and not (
                _year_like(self.t(j - 1)) and not wk.endswith("s")):  # "2018 day five"
            unit, factor = lex.TIME_UNITS[wk]
            k += 1
            if self.low(k) == "old":
                k += 1
            return k, "duration", unit, factor
        if wk in lex.AREA_PREFIXES and self._measure(k + 1):
            return k + 2, "quantity", lex.AREA_PREFIXES[wk] + " " + self._measure(k + 1), 1
        name = self._measure(j)
        if name:
            k = j + 1
            if name == "°" and self.low(k) in ("c", "f", "celsius", "fahrenheit"):
                name = "°C" if self.low(k) in ("c", "celsius") else "°F"
                k += 1
            return k, "quantity", name, 1
        return None

    def _measure(self, k: int) -> str | None:
        tok = self.t(k)
        if tok is None:
            return None
        if tok.text in lex.MEASURES:
            name = lex.MEASURES[tok.text]
            if len(tok.text) <= 2 and not tok.glued and tok.text in _AMBIGUOUS_UNITS:
                return None
            return name
        if len(tok.low) > 2 and tok.low in lex.MEASURES:
            return lex.MEASURES[tok.low]
        return None

    def _dash_pair(self, i: int, j: int, value: float):
        a, b = self.toks[i], self.t(j + 1)
        if _year_like(a) and _year_like(b):
            return [Hit(i, i + 1, "year", value), Hit(j + 1, j + 2, "year", int(b.text))]
        va, vb = _int(a), _int(b)
        spaced = not self.toks[j].glued or not b.glued
        after = self._unit_after(j + 2) or self._currency_after(j + 2) or self.low(j + 2) in (
            "%", "per", "percent")
        if va is not None and vb is not None and va <= 30 and vb <= 30 and not after:
            noun_next = self.has_pos and self.t(j + 2) is not None and self.t(j + 2).pos == "NOUN" \
                and self.low(j + 2) not in SCORE_CUES
            cue = self.low(i - 1) in SCORE_CUES or self.low(j + 2) in SCORE_CUES
            if (spaced or self.low(j) != "-" or cue) and not noun_next:
                return [Hit(i, j + 2, "count", None, "score")]
        tail = self._tail(j + 1, j + 2, parse_digits(b.text) or 0, True)
        h = tail[-1]
        if h.kind == "year":
            h.kind = "count"
        return [Hit(i, h.j, h.kind, None, h.unit)]

    def _bare(self, i: int, j: int, value: float, digit: bool):
        tok, prev = self.toks[i], self.t(i - 1)
        if digit and _year_like(tok) and j == i + 1:
            nxt = self.t(j)
            if not (nxt is not None and nxt.tag == "NNS" and nxt.low not in lex.MONTHS):
                return [Hit(i, j, "year", value)]
        if digit and j == i + 1 and self._is_age(i):
            return [Hit(i, j, "duration", value, "year")]
        if prev is not None and (prev.low in ORDINAL_HEADS or (
                prev.text == "." and self.low(i - 2) == "no")) and not self._noun_at(j):
            start = i - 1 if prev.text == "#" and tok.glued else i
            return [Hit(start, j, "ordinal", value)]
        if tok.low == "one" and j == i + 1 and self._pronoun_one(i):
            return None
        return [Hit(i, j, "count", value)]

    def _noun_at(self, k: int) -> bool:
        tok = self.t(k)
        if tok is None or not tok.word:
            return False
        if self.has_pos:
            return tok.pos == "NOUN"
        return tok.low.endswith("s") and tok.low not in _NOT_PLURAL

    def _is_age(self, i: int) -> bool:
        """ "Thomas Sam, 42, said", "aged 42", "(42)" after a name."""
        v = _int(self.toks[i])
        if v is None or not 0 < v < 120 or len(self.toks[i].text) > 3:
            return False
        if self.low(i - 1) == "aged":
            return True
        if self.low(i - 1) not in (",", "(") or self.low(i + 1) not in (",", ")", ".", ";", ""):
            return False
        name = self.t(i - 2)
        if name is None or not name.word or not name.cap:
            return False
        if self.has_pos:
            return name.pos == "PROPN" or name.ent == "PERSON"
        return not name.sent_start and name.low not in lex.MONTHS

    def _pronoun_one(self, i: int) -> bool:
        tok = self.toks[i]
        if tok.pos == "PRON":
            return True
        prev, nxt = self.low(i - 1), self.low(i + 1)
        if prev in PRONOUN_ONE_BEFORE or nxt in PRONOUN_ONE_AFTER:
            return True
        if nxt in ("of", "in", "or", "and", "to", "-") or (self.t(i + 1) and self.t(i + 1).digit):
            return False
        # "a commercial one": an article a few words back and nothing countable after.
        for k in range(i - 1, max(-1, i - 4), -1):
            if self.low(k) in ("a", "an"):
                nt = self.t(i + 1)
                return nt is None or not nt.word
            if not (self.t(k) and self.t(k).word):
                break
        # "One poster said": an indefinite determiner opening a sentence.
        return tok.cap and tok.sent_start and self.t(i + 1) is not None and self.t(i + 1).word

    # -- ordinal words, vague amounts, word-only expressions -----------------------------
    def _ordinal_word(self, i: int, tok: Tok):
        if not tok.word:
            return None
        parsed = parse_ordinal(self.words(i, 3))
        if parsed is None:
            return None
        used, value = parsed
        j = i + used
        prev, nxt = self.low(i - 1), self.low(j)
        if tok.cap and not tok.sent_start:
            return None  # "District Council (Second)", "First Nations"
        if tok.pos == "VERB":
            return None
        if tok.low == "first" and (prev == "at" or self.words(j, 2) in (["and", "foremost"],
                                                                         ["of", "all"])
                                   or (prev == "the" and self.low(i - 2) == "in"
                                       and nxt == "place")):
            return None
        if nxt == "-" and self.glued(j) and self.low(j + 1) in ("hand", "class", "rate"):
            return None
        if tok.low == "second" and prev in ("per", "every", "split", "a") and (
                self.t(j) is None or not self.t(j).word):
            return None
        if tok.low in FRACTIONS and prev in ("a", "one") and nxt == "of":
            return [Hit(i - 1 if prev == "a" else i, j, "percent", FRACTIONS[tok.low], "%")]
        return [Hit(i, j, "ordinal", value)]

    def _vague(self, i: int, tok: Tok):
        if tok.low not in VAGUE:
            return None
        j = i + 1
        if tok.low == "tens":
            if self.low(i + 1) != "of" or self.low(i + 2) not in VAGUE:
                return None
            j = i + 3
        elif self.low(i + 1) == "of" and self.low(i + 2) in VAGUE - {"dozens", "tens"}:
            j = i + 3
        if self.t(i - 1) is not None and (self.t(i - 1).digit or self.low(i - 1) in
                                           _ALL_NUMBER_WORDS):
            return None
        return [Hit(i, j, "count", None)]

    def _word_only(self, i: int, tok: Tok):
        w = tok.low
        if w in ("a", "an") and self.low(i + 1) in ("decade", "century", "millennium"):
            if self.low(i - 1) in ("per", "every", "each", "once"):
                return None
            unit, factor = lex.TIME_UNITS[self.low(i + 1)]
            j, value = i + 2, factor
            if self.words(j, 3) == ["and", "a", "half"]:
                j, value = j + 3, factor * 1.5
            return [Hit(i, j, "duration", value, unit, keep_qualifier=True)]
        if w != "half":
            return None
        prev, nxt = self.low(i - 1), self.low(i + 1)
        if prev in ("the", "this", "that", "each", "either", "other", "second", "first",
                    "opening", "final", "both") or parse_ordinal([prev]):
            return None
        if nxt == "-" and self.glued(i + 1):
            if self.low(i + 2) in lex.TIME_UNITS:
                unit, factor = lex.TIME_UNITS[self.low(i + 2)]
                return [Hit(i, i + 3, "duration", 0.5 * factor, unit)]
            return None
        if nxt in ("a", "an"):
            w2 = self.low(i + 2)
            if w2 in lex.TIME_UNITS:
                unit, factor = lex.TIME_UNITS[w2]
                return [Hit(i, i + 3, "duration", 0.5 * factor, unit)]
            if w2 in SCALES or w2 == "dozen":
                return [Hit(i, i + 3, "count", 0.5 * SCALES.get(w2, 12))]
        if nxt in PARTITIVE_AFTER_HALF or prev in ("about", "nearly", "almost", "than", "by",
                                                     "in", "over", "roughly", "around"):
            return [Hit(i, i + 1, "percent", 50, "%")]
        return None


_QUALIFIER_WORDS = sorted(
    ((tuple(q.replace(".", " .").split()), q.rstrip(".") if q != "c." else "circa")
     for q in lex.QUALIFIERS),
    key=lambda pair: len(pair[0]), reverse=True,
)
_APPROX_YEAR = {"about", "around", "circa", "approximately", "roughly", "some"}
_ALL_NUMBER_WORDS = set(CARDINALS) | set(SCALES) | {"dozen"}
_AMBIGUOUS_UNITS = {"in", "m", "t", "g", "l", "p", "ha", "b", "k", "ft", "yd", "oz", "mi", "mb",
                    "gb", "kb", "tb", "°"}
_NOT_PLURAL = {"is", "was", "has", "as", "its", "this", "his", "thus", "plus", "across", "us",
               "less", "always", "whereas", "yes", "was", "does", "perhaps", "towards", "s"}
