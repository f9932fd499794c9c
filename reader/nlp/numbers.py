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

import math
import re
from collections import Counter
from dataclasses import replace

from reader.nlp import numlex as lex
from reader.nlp.numamounts import AmountRules
from reader.nlp.numdates import DateRules
from reader.nlp.numnames import NameRules
from reader.nlp.numtokens import DASHES, Hit, Tok
from reader.nlp.numwords import (
    CARDINALS, FRACTIONS, NUMBER_WORDS, ORDINAL_UNITS, SCALES, VAGUE, parse_ordinal, tidy,
)
from reader.nlp.types import Number

__all__ = ["find_numbers"]

RATE_BLOCKERS = {"ago", "earlier", "later", "before", "after", "old", "older", "from", "since",
                 "into", "in"}
PARTITIVE_AFTER_HALF = {"of", "the", "their", "his", "her", "its", "our", "my", "your", "them",
                        "those", "these", "all", "that", "this", "a", "an"}


# Words before an adverbial "first" when no tagger says so: "who first spotted".
_SEQUENCE_BEFORE = frozenset({"who", "which", "that", "without", "was", "were", "is", "are",
                              "be", "been", "had", "has", "have", "when", "after", "before"})
_PREFIXED_DOLLAR = re.compile(r"^[A-Z]{1,3}\$")
# what may stand before an ordinal closing a clause: "came in the first.", "her first,"
_OWNERS = frozenset({"the", "its", "his", "her", "their", "our", "my", "your", "a", "this",
                     "that", "whose"})
_CLAUSE_MARKS = frozenset({",", ".", ";", ":", "!", "?", '"', "”", ")"})


def carry_currency(numbers: list[Number], text: str = "") -> list[Number]:
    """News names a non-US dollar once ("C$312 million") and then writes a bare "$": a bare
    dollar amount takes the currency of the last dollar amount that named its country.  A
    currency word that several countries use ("shillings", "francs", "pesos"), and a one-letter
    sign ("N412 million"), is the currency of the country the document (``text``) names most; a
    letter's sign where it names none is no amount ("M5")."""
    current = None
    named: dict[str, str | None] = {}  # per sign, read from the text once
    converted: dict[str, str | None] = {}  # per sign, from its amounts' conversions
    prose: list[str] = []  # the text without its amounts, blanked once

    def named_most(sign: str, lands: dict[str, str], usual: str | None = None) -> str | None:
        if sign not in named:
            if not prose:
                prose.append(_without_amounts(text, numbers))
            named[sign] = _named_most(lands, prose[0], usual)
        return named[sign]

    sized = {n.unit for n in numbers if n.unit and n.unit.startswith("?")}
    worded: dict[str, str] = {}  # "mark" -> "BAM", once "convertible marks" has said whose
    out = []
    for n in numbers:
        if n.kind == "money" and n.unit and (m := _BARE_UNIT.search(n.text)):
            worded.setdefault(m.group(1).lower(), n.unit)
        elif n.kind == "count" and (m := _BARE_UNIT.match(text, n.end)) and (
                code := worded.get(m.group(1).lower())) and (
                (n.value or 0) >= 1000 or _PAID_BEFORE.search(text, max(0, n.start - 30), n.start)):
            # "3.1 million marks" after "250,000 convertible marks": the same currency, though
            # "marks", "reals", "soles" and "sums" alone are English words ("50 marks to pass")
            n = replace(n, kind="money", unit=code, end=m.end(), text=text[n.start:m.end()])
        if n.unit and n.unit.startswith("??"):  # "K40": if the sign is one's for "K4.8 million"
            if n.unit[1:] not in sized:
                continue
            n = replace(n, unit=n.unit[1:])
        if n.unit and n.unit.startswith("?"):  # a letter's sign: "N412 million"
            code = named_most(n.unit, lex.LETTER_SIGNS[n.unit[1:]])
            if code is None:
                if n.unit not in converted:
                    converted[n.unit] = _converted_sign(n.unit, numbers, text)
                code = converted[n.unit]
            if code is None:
                continue
            n = replace(n, unit=code)
        if n.kind == "money" and n.unit:
            for word, usual, lands in _SHARED_WORDS:
                if n.unit == usual and word.search(n.text):  # ("Swiss francs" says whose)
                    whose = _named_most(lands, n.text) or named_most(word.pattern, lands, usual)
                    if whose is None and usual == "GBP" and "£" not in text and not (
                            _PAID_BEFORE.search(text, max(0, n.start - 30), n.start)):
                        # "I buy 40 pounds a week" where the text names no land of pounds and
                        # writes no "£": a weight (all 6 such in the gold data), unless it is
                        # paid ("the buyer paid 900 pounds")
                        n = replace(n, kind="quantity", unit="lb")
                    else:
                        n = replace(n, unit=whose or usual)
                    break
            if n.unit == lex.NOT_MONEY:  # the number alone counts what the word names
                count = n.text.rsplit(" ", 1)[0]
                n = replace(n, text=count, end=n.start + len(count), kind="count", unit=None)
            if _PREFIXED_DOLLAR.match(n.text) or "dollar" in n.text.lower() and n.unit != "USD":
                current = n.unit
            elif n.text.startswith("$") and n.unit == "USD" and current not in (None, "USD"):
                n = replace(n, unit=current)
        out.append(n)
    return out


_SHARED_WORDS = [(re.compile(word), usual, lands) for word, usual, lands in lex.SHARED_WORDS]
_BARE_UNIT = re.compile(r" (" + "|".join(lex.WORD_UNITS) + r")(?:s|es)?\b", re.IGNORECASE)
_PAID_BEFORE = re.compile(r"\b(?:pa(?:y|ys|id|ying)|costs?|costing|worth|charge[sd]?|charging|"
                          r"earn(?:s|ed|ing)?|fined|fee of|fine of|price of|salary of|wage of)"
                          r"(?: (?:only|just|about|around|some|nearly|almost|over|up to))? $")


def _without_amounts(text: str, numbers: list[Number]) -> str:
    """``text`` with its amounts blanked: "2,100 Kenyan shillings" names a currency, not the
    country an article is about."""
    chars = list(text)
    for n in numbers:
        if n.kind == "money":
            chars[n.start:n.end] = " " * (n.end - n.start)
    return "".join(chars)


# "K50,000 (about US$13,000)": a letter's amount converted to dollars is money even where the
# article names no country, and the rate says whose (approximate units per US dollar)
_PER_DOLLAR = {"NGN": 1500, "LSL": 18, "ZMW": 25, "MWK": 1750, "PGK": 4, "MMK": 2100, "BWP": 14,
               "PHP": 57, "SZL": 18, "HNL": 26, "GMD": 70, "SLE": 23}
_CONVERSION_BETWEEN = re.compile(r"\s*[(,]\s*(?:(?:about|around|roughly|some|nearly|almost|"
                                 r"approximately|or|worth)\s+)*")


def _converted_sign(sign: str, numbers: list[Number], text: str) -> str | None:
    """The currency of a letter's ``sign`` ("?K") that an amount's conversion to US dollars
    shows, by the rate nearest to that of one of the countries using the letter."""
    lands = set(lex.LETTER_SIGNS[sign[1:]].values())
    for n, m in zip(numbers, numbers[1:]):
        if n.unit != sign or m.unit != "USD" or not n.value or not m.value or not (
                _CONVERSION_BETWEEN.fullmatch(text, n.end, m.start)):
            continue
        off = {code: abs(math.log(n.value / m.value / _PER_DOLLAR[code])) for code in lands}
        best = min(off, key=off.get)
        if off[best] < math.log(3):
            return best
    return None


def _named_most(lands: dict[str, str], text: str, usual: str | None = None) -> str | None:
    """The currency of the country of ``lands`` that ``text`` names most ("Tanzanian" names
    Tanzania, "Turkmenistan" the Turkmen; "Somaliland" does not name Somalia, nor "Kenyatta"
    Kenya), if it names one; in a tie, ``usual`` if it is one of them."""
    stems = sorted(lands, key=len, reverse=True)  # "South Sudan" before "Sudan"
    found = Counter(lands[m.group(1).lower()] for m in re.finditer(
        r"\b(" + "|".join(stems) + r")(?:a|s|n|an|ns|ans|i|is|e|es|ese|ian|ians|ish|ic|o|os|on"
        r"|ay|egian|lese|y|yan|ois|en|istan|stan)?\b", text, re.I))
    if not found:
        return None
    top = max(found.values())
    return usual if found.get(usual) == top else found.most_common(1)[0][0]


def find_numbers(sdoc, base: int, text: str | None = None) -> list[Number]:
    """Every number in one paragraph (``text``, if the caller has it), in text order, with
    document offsets (``base`` + chars)."""
    scanner = Scanner(sdoc, text)
    text = scanner.text
    out = []
    for h in scanner.scan():
        s, e = scanner.toks[h.i].start, scanner.toks[h.j - 1].end
        value = tidy(h.value) if h.value is not None else None
        out.append(Number("", base + s, base + e, text[s:e], h.kind, value, h.unit,
                          h.qualifier, h.per))
    return out


class Scanner(DateRules, NameRules, AmountRules):
    """Left to right over the tokens: the first rule that reads a number at a token wins."""

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
        return self._signs(hits)

    def _signs(self, hits: list[Hit]) -> list[Hit]:
        """ "minus 40 degrees", "-40°F", "14 degrees below zero": negative values."""
        for h in hits:
            if h.value is None or h.kind not in ("count", "quantity", "percent", "money"):
                continue
            if h.kind == "quantity" and self.words(h.j, 2) == ["below", "zero"]:
                h.value, h.j = -h.value, h.j + 2
                continue
            prev = self.t(h.i - 1)
            if prev is not None and prev.low == "minus" and not (
                    h.i >= 3 and self.words(h.i - 3, 2) == ["plus", "or"]):  # a tolerance
                h.value, h.i = -h.value, h.i - 1
                if h.kind == "count" and h.unit is None:
                    self._temperature(h)  # "at minus 35": a temperature, said in a few words
            elif (prev is not None and prev.low == "plus" and h.kind == "count" and h.unit is None
                  and _TEMPERATURE.search(self.text)):
                h.i -= 1  # "the thermometer showed plus 1"
                self._temperature(h)
            elif prev is not None and prev.text in ("-", "−") and self.toks[h.i].glued \
                    and not prev.glued:
                h.value, h.i = -h.value, h.i - 1
        kept, end = [], 0
        for h in hits:  # ("zero", which "below zero" took)
            if h.i >= end:
                kept.append(h)
                end = h.j
        return kept

    def _temperature(self, h: Hit) -> None:
        h.kind = "quantity"
        h.unit = "°F" if _FAHRENHEIT.search(self.text) else "°C"

    def _at(self, i: int):
        tok = self.toks[i]
        if tok.word and tok.low not in _STARTERS:
            return None  # most words start no number (capitalised or not): skip the rules
        if tok.text in _PUNCTUATION:
            return None  # nor do these marks ("$", "#" and "-" may)
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
        for phrase, q in _QUALIFIERS_BEFORE.get(self.low(h.i - 1), ()):
            k = h.i - len(phrase)
            if k < floor:
                continue
            if self.words(k, len(phrase)) == list(phrase):
                if h.kind == "year" and q not in _APPROX_YEAR:
                    return
                if phrase[-1] == "than" and self._amount_end(k - 1):
                    return  # "6% more than a decade ago": a comparison, not a qualifier
                h.qualifier = q
                if h.keep_qualifier:
                    h.i = k
                return

    def _amount_end(self, i: int) -> bool:
        """Does an amount end at token ``i`` ("6%", "40 per cent", "three times")?"""
        tok = self.t(i)
        return tok is not None and (tok.digit or tok.text == "%" or tok.low in (
            "percent", "cent", "times", "twice"))

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
        """ "5 to 10 km", "between 20 and 30%", "142 by 98 centimetres": the bare first number
        takes the second's unit."""
        for a, b in zip(hits, hits[1:]):
            if (a.kind == "count" and a.unit is None and a.value is not None
                    and b.kind in ("money", "percent", "quantity", "duration")
                    and b.i - a.j == 1 and (self.low(a.j) in ("to", "and", "or")
                                            or self.low(a.j) == "by" and b.kind == "quantity")):
                a.kind, a.unit = b.kind, b.unit
                if self._scale_of(a) == 1:  # ("13 million and 8 million years": its own)
                    a.value *= self._scale_of(b)
            # "aged 19, 20 and 23", "girls stop at 20 or 21": a list of ages
            elif (a.kind == "duration" and a.unit == "year" and a.j - a.i == 1
                  and b.kind == "count" and b.j - b.i == 1 and b.value is not None
                  and b.i - a.j == 1 and self.low(a.j) in (",", "and", "or")
                  and self.toks[b.i].digit and not self._noun_at(b.j)):
                b.kind, b.unit = "duration", "year"

    def _scale_of(self, h: Hit) -> float:
        """What the written number of ``h`` was multiplied by ("10 million" -> 1e6)."""
        k = h.i
        while k < h.j and not (self.toks[k].digit or self.toks[k].low in CARDINALS):
            k += 1
        if k >= h.j or h.value is None or self.low(k + 1) == "-":
            return 1
        tok = self.toks[k]
        raw = float(tok.text.replace(",", "")) if tok.digit and ":" not in tok.text \
            else CARDINALS.get(tok.low)
        return h.value / raw if raw else 1

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
        if self.name_like(tok):
            return None  # "District Council (Second)", "First Nations"
        if tok.pos == "VERB":
            return None
        if tok.low == "first" and (prev == "at" or self.words(j, 2) in (["and", "foremost"],
                                                                         ["of", "all"])
                                   or (prev == "the" and self.low(i - 2) == "in"
                                       and nxt == "place")):
            return None
        if nxt == "-" and self.glued(j) and self.low(j + 1) in ("hand", "class", "rate", "aid"):
            return None
        if tok.low == "first" and (nxt == "aid" or prev == "-" and self.glued(i)):
            return None  # "first aid", "head-first", "feet-first": no place in a sequence
        if tok.low == "first" and (self._sequencing(i, j, prev) or self._closing_first(
                i, j, prev)):
            return None
        if tok.low == "second" and (prev in ("per", "split") or prev == "every" and not (
                self.low(j) in lex.RATE_PERIODS or self.t(j) is not None and self.t(j).cap
                or self._noun_at(j))
                or prev == "a" and (self.t(j) is None or not self.t(j).word or (
                    self.low(i - 2) in ("for", "just", "than", "half") or self._noun_at(i - 2))
                    and self.t(j).pos not in ("NOUN", "PROPN", "ADJ", "NUM"))):
            # (nor "less than a second to react", "20 litres a second into the sea": the unit
            # of time after a noun, before none; but "and a second in August" is elliptical)
            return None  # (but "pay for a second ring", "every second year", "every second step")
        return [Hit(i, j, "ordinal", value)]

    def _closing_first(self, i: int, j: int, prev: str) -> bool:
        """ "it tells us first,", "buy from the cooperative first and …", "go first to the
        healer": an adverb closing its clause or before "and" or "to", with no article or
        owner before it (none of the 70 such in the gold data is a number)."""
        nxt = self.t(j)
        return (nxt is None or nxt.text in _CLAUSE_MARKS or nxt.low in ("and", "to")) and not (
            prev in _OWNERS or prev == "s" and self.low(i - 2) in ("'", "’"))

    def _sequencing(self, i: int, j: int, prev: str) -> bool:
        """ "who first spotted", "without first seeking", "First I weigh the baby": an adverb of
        sequence, no number."""
        nxt = self.t(j)
        if nxt is None or not nxt.word:
            return False
        if nxt.low in _SUBJECT_PRONOUNS and self.toks[i].sent_start:
            return True
        if self.toks[i].pos:
            return self.toks[i].pos == "ADV" and nxt.pos in ("VERB", "AUX")
        return prev in _SEQUENCE_BEFORE and nxt.low.endswith(("ed", "ing"))

    def _vague(self, i: int, tok: Tok):
        if tok.low == "several" or tok.low == "a" and self.low(i + 1) == "few":
            return self._several(i, i + 1 if tok.low == "several" else i + 2)
        if tok.low not in VAGUE and tok.low != "decades":
            return None
        prev = self.t(i - 1)
        if tok.low == "decades":
            if prev is not None and (prev.digit or prev.low in NUMBER_WORDS
                                     or prev.text in DASHES):
                return None
            return [Hit(i, i + 1, "duration", None, "year")]  # "for decades"
        j = i + 1
        if tok.low == "tens":
            if self.low(i + 1) != "of" or self.low(i + 2) not in VAGUE:
                return None
            j = i + 3
        elif self.low(i + 1) == "of" and self.low(i + 2) in VAGUE - {"dozens", "tens"}:
            j = i + 3
        if prev is not None and (prev.digit or prev.low in NUMBER_WORDS):
            return None
        if self.low(j) == "of":  # "millions of rupees", "thousands of years": money, time
            return self._unvalued(i, j, j + 1)
        return [Hit(i, j, "count", None)]

    def _several(self, i: int, k: int):
        """ "several hundred people", "a few hundred euros", "several million years": an amount
        of no stated value, counted in hundreds or more."""
        if self.low(k) not in SCALES:
            return None
        while self.low(k) in SCALES:
            k += 1
        return self._unvalued(i, k, k)

    def _unvalued(self, i: int, j: int, k: int) -> list[Hit]:
        """An amount of no stated value from token ``i``: money or time when a currency or a
        time unit stands at ``k``, else a count ending before ``j``."""
        money = self._currency_after(k)
        if money is not None:
            return [Hit(i, money[0], "money", None, money[1])]
        if self.low(k) in lex.TIME_UNITS:
            return [Hit(i, k + 1, "duration", None, lex.TIME_UNITS[self.low(k)][0])]
        return [Hit(i, j, "count", None)]

    def _of_scale(self, i: int, j: int, value: float) -> list[Hit]:
        """A count in words ending at ``j``, or money when a currency follows."""
        money = self._currency_after(j)
        if money is not None:
            return [Hit(i, money[0], "money", value, money[1])]
        return [Hit(i, j, "count", value)]

    def _word_only(self, i: int, tok: Tok):
        w = tok.low
        frac = self.low(i + 1)
        if w in ("a", "one") and frac in FRACTIONS and self.words(i + 2, 2) == ["of", "a"] and (
                self.low(i + 4) in SCALES):  # "a quarter of a million": 250,000
            return self._of_scale(i, i + 5, FRACTIONS[frac] / 100 * SCALES[self.low(i + 4)])
        if w in ("a", "one") and frac in FRACTIONS and self.low(i + 2) == "of" and self.low(
                i + 3) in ("a", "an") and self.low(i + 4) in lex.TIME_UNITS:
            unit, factor = lex.TIME_UNITS[self.low(i + 4)]  # "a quarter of a century": 25 years
            return [Hit(i, i + 5, "duration", FRACTIONS[frac] / 100 * factor, unit)]
        after, before = self.t(i + 2), self.t(i - 1)
        if w in ("a", "an", "one") and frac in FRACTIONS and frac != "half" and (
                self.low(i + 2) in ("of", "more", "less", "fewer")
                or after is not None and after.tag in ("JJR", "RBR")  # "a third darker"
                or self.low(i - 1) in _FRACTION_CUES or self.low(i - 1) in ("of", "to") and (
                    after is None or after.text in _PHRASE_ENDS
                    or after.word and after.pos not in ("NOUN", "PROPN", "ADJ"))
                or before is not None and before.tag.startswith("VB") and (
                    after is None or after.text in _PHRASE_ENDS or after.pos == "CCONJ")):
            # ("a fall of a third in two years", "the union paid a fifth and …", but not "the
            # end of a third term", "won a third term", "injured a third in August" (a third
            # swimmer) nor "the stride of a quarter-miler")
            return [Hit(i, i + 2, "percent", FRACTIONS[frac], "%")]  # "a quarter of", "… more"
        if w in ("a", "an") and self.low(i + 1) in lex.TIME_UNITS and (
                self.low(i + 1) in ("decade", "century", "millennium", "fortnight")
                or self.words(i + 2, 3) == ["and", "a", "half"]):  # "an hour and a half"
            if self.low(i - 1) in ("per", "every", "each", "once"):
                return None
            unit, factor = lex.TIME_UNITS[self.low(i + 1)]
            and_a_half = self.words(i + 2, 3) == ["and", "a", "half"]
            j, value = (i + 5, factor * 1.5) if and_a_half else (i + 2, factor)
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
            if w2 in SCALES or w2 == "dozen":  # "half a million", "half a billion dollars"
                return self._of_scale(i, i + 3, 0.5 * SCALES.get(w2, 12))
            if w2 in lex.MEASURES and len(w2) > 2:  # "half a hectare"
                return [Hit(i, i + 3, "quantity", 0.5, lex.MEASURES[w2])]
        if nxt in PARTITIVE_AFTER_HALF or prev in ("about", "nearly", "almost", "than", "by",
                                                     "in", "over", "roughly", "around"):
            return [Hit(i, i + 1, "percent", 50, "%")]
        # "Half received the drug": half of those just named, as the subject of a verb
        after = self.t(i + 1)
        if tok.sent_start and after is not None and after.tag.startswith("VB"):
            return [Hit(i, i + 1, "percent", 50, "%")]
        return None


_QUALIFIER_WORDS = sorted(
    ((tuple(q.replace(".", " .").split()), q.rstrip(".") if q != "c." else "circa")
     for q in lex.QUALIFIERS),
    key=lambda pair: len(pair[0]), reverse=True,
)
# (by their last word, which must be the word before the number)
_QUALIFIERS_BEFORE: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _pair in _QUALIFIER_WORDS:
    _QUALIFIERS_BEFORE.setdefault(_pair[0][-1], []).append(_pair)
_APPROX_YEAR = {"about", "around", "circa", "approximately", "roughly", "some"}
# the words a number may start with, in lower case (a capitalised word starts one only if its
# lower-case form does; digits and symbols all may)
_STARTERS = frozenset(
    NUMBER_WORDS | set(ORDINAL_UNITS) | VAGUE | {"decades"} | set(FRACTIONS) | set(lex.MONTHS)
    | lex.WEEKDAYS | lex.CLOCK_WORDS | set(lex.CURRENCY_WORDS) | set(lex.DOLLAR_PREFIXES)
    | lex.ISO_CODES | set(lex.DOLLAR_ADJECTIVES) | {k.lower() for k in lex.PREFIX_CODES}
    | {k.lower() for k in lex.LETTER_SIGNS} | {"a", "an", "one", "half", "several"}
    | {re.match(r"[^\W\d_]*", k).group().lower() for k in lex.PREFIX_CODES} - {""})  # "GH₵"
# a paragraph about the weather: "plus 4" is a temperature there, not a count
_TEMPERATURE = re.compile(r"temperature|thermometer|degrees|°|frost|Celsius|Fahrenheit|\bminus \d",
                          re.IGNORECASE)
_FAHRENHEIT = re.compile(r"Fahrenheit|°F")
_PUNCTUATION = frozenset(',.;:!?"“”()[]')
_FRACTION_CUES = {"by", "than", "about", "nearly", "almost", "over", "around", "roughly",
                  "least"}  # ("at least a third")
_SUBJECT_PRONOUNS = frozenset("i we you he she they".split())
_PHRASE_ENDS = frozenset(",.;:!?)\"”’")
