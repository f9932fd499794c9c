"""Amounts: digits or number words with what follows them (currency, %, unit, range, score)."""

from __future__ import annotations

from reader.nlp import numlex as lex
from reader.nlp.lexicon import PERSON_NOUNS, WORDNET_PERSON_NOUNS, people_plural
from reader.nlp.numnames import ORDINAL_HEADS
from reader.nlp.numtokens import DASHES, Cursor, Hit, Tok, int_of, plural_like, year_like
from reader.nlp.numwords import (
    FRACTIONS, NUMBER_WORDS, ORDINAL_SUFFIXES, SCALES, SHORT_SCALES, parse_cardinal,
    parse_digits,
)

SCORE_CUES = {"won", "win", "wins", "winning", "lost", "lose", "losing", "loss", "beat", "beats",
              "beating", "defeat", "defeated", "defeats", "victory", "drew", "draw", "ended",
              "finished", "lead", "led", "leading", "trailing", "scoreline", "score", "aggregate"}
_SOME_TIME = {"day", "night", "morning", "evening", "afternoon", "time"}
_COUNTING = {"in", "within", "for", "a", "the", "only", "just", "than", "over", "after", "about",
             "per", "each", "every", "least", "last", "first", "next", "of", "by", "than", "to"}
_YEAR_BEFORE = {"in", "since", "by", "until", "till", "from", "to", "during", "before", "after",
                "around", "circa", "between", "early", "late", "mid", "spring", "summer",
                "autumn", "fall", "winter", "year"}
_DETERMINERS = {"the", "their", "its", "his", "her", "our", "my", "your", "this", "that"}
_ROUGHLY = {"odd": "about", "plus": "over", "something": "about"}
_AMBIGUOUS_UNITS = {"in", "m", "t", "g", "l", "p", "ha", "b", "k", "ft", "yd", "oz", "mi", "mb",
                    "gb", "kb", "tb", "°"}


# what a price is for: "14 a kilogram", "25 a bag"
_PRICED_BY = frozenset("kilogram kilo kg tonne ton litre liter bag sack piece dozen bottle loaf "
                       "bundle basket bucket".split())


# the time a speed or a flow is measured over: "metres per second", "kilometres per hour"
_PER_TIME = {"second": "s", "minute": "min", "hour": "h"}


class AmountRules(Cursor):
    def _money_prefix(self, i: int, tok: Tok):
        cur, k = None, 0
        nxt = self.t(i + 1)
        text_pair = tok.text + nxt.text if nxt is not None and nxt.glued else None  # "GH₵"
        if tok.low in lex.DOLLAR_PREFIXES and self.low(i + 1) == "$" and self.glued(i + 1) \
                and tok.text.isupper():
            cur, k = lex.DOLLAR_PREFIXES[tok.low], i + 2
        elif tok.text in lex.SYMBOLS:
            cur, k = lex.SYMBOLS[tok.text], i + 1
        elif tok.low in lex.ISO_CODES and tok.text.isupper() and self.t(i + 1) \
                and self.t(i + 1).digit:
            cur, k = lex.code_of(tok.low), i + 1
        elif tok.text in lex.PREFIX_CODES or text_pair in lex.PREFIX_CODES:
            # "Rs. 40 crore", "Rp 1.6 trillion", "zł 2 billion", "KSh 4 million", "GH₵ 5"
            k = i + (2 if text_pair in lex.PREFIX_CODES else 1)
            k += 1 if self.low(k) == "." else 0
            code = lex.PREFIX_CODES.get(text_pair) or lex.PREFIX_CODES[tok.text]
            cur = code if self.t(k) is not None and self.t(k).digit else None
            if cur == "GTQ" and self.t(k).text in ("1", "2", "3", "4"):
                cur = None  # "Q3": a quarter of the year, not three quetzales
        elif tok.text == "R" and self.t(i + 1) is not None and self.t(i + 1).digit and self.glued(
                i + 1) and not (self.low(i + 2) == "-" and self.glued(i + 2)):
            cur, k = "ZAR", i + 1  # rand: "R2.3 billion", "R85" (not "R2-D2")
        elif tok.text in lex.LETTER_SIGNS and self.glued(i + 1) and self._sized(i + 1):
            cur, k = "?" + tok.text, i + 1  # "N412 million": whose, the document says
        elif tok.text in lex.LETTER_SIGNS and self.glued(i + 1) and self.t(i + 1).digit and not (
                self.glued(i + 2) and self.t(i + 2).word) and self.low(i - 1) != "the" and (
                self.t(i + 2) is None or self.t(i + 2).pos not in ("NOUN", "PROPN", "NUM")):
            # "K40 of betel nut": an amount if the document writes the sign before a larger
            # one too ("K4.8 million"); not a name, "the M5 road", "M5 motorway"
            cur, k = "??" + tok.text, i + 1
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

    def _sized(self, k: int) -> bool:
        """Digits at ``k`` that read as an amount, not a label: "412 million", "190,000",
        "2.5", "300", a price "14 a kilogram" (not "5" of "M5")."""
        tok = self.t(k)
        return tok is not None and tok.digit and not (self.t(k + 1) is not None and self.glued(
            k + 1) and self.t(k + 1).word) and (
            len(tok.text) >= 3 or "." in tok.text or self.low(k + 1) in SCALES or self.low(
                k + 1) in ("a", "per", "each") and (self.low(k + 2) in lex.RATE_PERIODS
                                                    or self.low(k + 2) in _PRICED_BY))

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
                    money or nxt.low in ("bn", "mn", "tn", "k") or self._noun_at(j + 1)):
                return j + 1, value * SHORT_SCALES[nxt.low]
            if self.low(j) == "-" and self.glued(j) and self.low(j + 1) in SCALES \
                    and self.low(j + 1) != "hundred" and self.glued(j + 1):
                return j + 2, value * SCALES[self.low(j + 1)]  # $3.5-billion
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
        if tok.low in NUMBER_WORDS and self.name_like(tok) and (
                self.t(i - 1) is not None and self.t(i - 1).word and self.t(i - 1).cap
                or self.name_like(self.t(i + 1))):
            return None  # "Three Gorges", "Formula One": part of a name
        if tok.low == "one" and self.low(i + 1) in _SOME_TIME and self.low(i - 1) not in _COUNTING:
            return None  # "they met one day": an indefinite, not one day
        core = self._core(i)
        if core is None:
            return None
        j, value = core
        if tok.word and j == i + 1 and tok.low in ("a", "an"):
            return None
        frac = self._fraction_after(i, j, value)
        if frac is not None:
            return frac
        # "three or four days", "15 to 20 years": a span of time, one duration without a value
        # (but "from 10 to 12 days" is a change, two numbers; "20 to 25 kilograms" two weights)
        second = self._core(j + 1) if self.low(j) in ("or", "to") and self.low(
            i - 1) != "from" and self.t(j + 1) is not None else None
        unit = self._unit_after(second[0]) if second is not None else None
        if unit is not None and unit[1] == "duration":
            return [Hit(i, unit[0], "duration", None, unit[2])]
        if self.low(j) == "-" and self.glued(j) and self.low(j + 1) in _ROUGHLY and self.glued(j + 1):
            got = self._tail(i, j + 2, value, False) or [Hit(i, j + 2, "count", value)]
            got[-1].qualifier = _ROUGHLY[self.low(j + 1)]  # "20-odd years", "40-plus"
            return got
        return self._tail(i, j, value, tok.digit)

    def _fraction_after(self, i: int, j: int, value: float):
        """ "two-thirds", "one third of", "three quarters of" -> percent."""
        k = j + 1 if self.low(j) == "-" and self.glued(j) else j
        w = self.low(k)
        if w not in FRACTIONS or w == "half" or value >= 20:
            return None
        if k == j and self.low(k + 1) != "of" and not self._after_by(i):
            return None
        return [Hit(i, k + 1, "percent", value * FRACTIONS[w], "%")]

    def _after_by(self, i: int) -> bool:
        """"fell by two thirds", 'by "roughly two thirds"', "by up to two thirds": a change by a
        fraction."""
        k = i - 1
        while True:
            if self.low(k) in _ROUGHLY_BEFORE or self.low(k) in _QUOTE_MARKS:
                k -= 1
            elif self.words(k - 1, 2) in (["up", "to"], ["more", "than"], ["less", "than"]):
                k -= 2
            else:
                return self.low(k) == "by"

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
        if w1 == "basis" and w2 in ("points", "point"):
            return [Hit(i, j + 2, "quantity", value, "basis points")]
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
        # compounds: "a 131-page report", "a five-member panel" (but "one-off" is no count)
        if w1 == "-" and n1.glued and self.glued(j + 1) and self.t(j + 1).word \
                and self.t(j + 1).text.islower() and self.t(j + 1).low not in FRACTIONS:
            if self.toks[i].low == "one":
                return None
            return [Hit(i, j + 2, "count", value)]
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
        w2 = self.low(j + 1)
        if w1 == "-" and n1.glued and self.glued(j + 1) and w2 in lex.CURRENCY_WORDS and (
                w2 not in ("p", "real")):
            return j + 2, lex.CURRENCY_WORDS[w2], w2 in lex.SUBUNITS  # "a 31-million-franc dam"
        if n1 is None or not n1.word:
            return None
        if w1 in lex.DOLLAR_ADJECTIVES:
            for k in (j + 1, j + 2):
                if self.low(k) in ("dollar", "dollars", "cent", "cents"):  # "30 US cents"
                    return k + 1, lex.DOLLAR_ADJECTIVES[w1], self.low(k) in lex.SUBUNITS
            return None
        if n1.cap or w1 == "convertible":  # "CFA francs", "Sri Lankan rupees", "convertible marks"
            for k in (j + 1, j + 2):
                if self.t(k) is None:
                    break
                if self.t(k).cap:
                    continue  # no currency ("two Mbyá Guaraní communities": a people)
                unit = self.low(k).removesuffix("s")
                code = lex.qualified_currency(self.words(j, k - j), unit)
                if code is None and all(self.t(x).cap for x in range(j, k)):
                    code = lex.sole_currency(unit)  # whoever is named: "Cape Verdean escudos"
                if code is not None:
                    return k + 1, code, False
        if w1 == "won":  # Korea's currency, unless the verb: "12 won seats", "3 won the vote"
            nxt = self.t(j + 1)
            if n1.tag != "NN" and nxt is not None and nxt.word and nxt.low not in _AFTER_WON and (
                    nxt.low not in ("a", "an") or self.low(j + 2) not in lex.RATE_PERIODS):
                return None
            return j + 1, "KRW", False
        if w1 in lex.CURRENCY_WORDS:
            if w1 in ("p",) and not n1.glued or w1 == "real":
                return None
            if w1 in ("pound", "pounds") and self.low(j + 1) == "of":
                return None
            return j + 1, lex.CURRENCY_WORDS[w1], w1 in lex.SUBUNITS
        if w1 in lex.ISO_CODES and n1.text.isupper() and len(w1) == 3:
            return j + 1, lex.code_of(w1), False
        if n1.text in lex.PREFIX_CODES and len(n1.text) > 1:
            return j + 1, lex.PREFIX_CODES[n1.text], False  # "48 million ZiG", "500 KSh", "300 DA"
        if n1.text == "KM":
            return j + 1, "BAM", False  # Bosnia's convertible mark: "120 KM" (not "120 km")
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
            # "a 30-centimetre crack" (but a "five-storey" block counts its storeys)
            if lex.MEASURES.get(w2 + "s", "storey") != "storey":
                return j + 2, "quantity", lex.MEASURES[w2 + "s"], 1
            if w2 in lex.AREA_PREFIXES and self.low(j + 2) == "-" and self.glued(j + 3) \
                    and self._measure(j + 3):  # "1,200-square-metre"
                return j + 4, "quantity", lex.AREA_PREFIXES[w2] + " " + self._measure(j + 3), 1
            return None
        k = j
        while self.low(k) in lex.DURATION_ADJECTIVES and k - j < 2 and \
                self.low(k + 1) not in ("than",):
            k += 1
        wk = self.low(k)
        if wk in lex.TIME_UNITS and (k == j or self.low(k) != "second") and not (
                year_like(self.t(j - 1)) and not wk.endswith("s")):  # "2018 day five"
            unit, factor = lex.TIME_UNITS[wk]
            k += 1
            if self.low(k) == "old":
                k += 1
            return k, "duration", unit, factor
        if wk in ("pound", "pounds") and self.low(k + 1) == "of":
            return k + 1, "quantity", "lb", 1  # "410,000 pounds of leaf": a weight, not sterling
        if wk == "nautical" and self.low(k + 1) in ("mile", "miles"):
            return k + 2, "quantity", "nmi", 1
        if wk == "parts" and self.low(k + 1) == "per" and self.low(k + 2) in _PARTS_PER:
            return k + 3, "quantity", _PARTS_PER[self.low(k + 2)], 1  # "280 parts per million"
        number = self.t(j - 1)
        if wk == "points" and number is not None and number.digit and "." in number.text:
            return k + 1, "quantity", "points", 1  # "scored 94.6 points": a fractional score
        if wk in lex.AREA_PREFIXES and self._measure(k + 1):
            return k + 2, "quantity", lex.AREA_PREFIXES[wk] + " " + self._measure(k + 1), 1
        if self.low(j + 1) == "-" and f"{self.low(j)}-{self.low(j + 2)}" in lex.MEASURES \
                and self.glued(j + 1) and self.glued(j + 2):  # "41 light-years"
            return j + 3, "quantity", lex.MEASURES[f"{self.low(j)}-{self.low(j + 2)}"], 1
        name = self._measure(j)
        if name:
            k = j + 1
            compound = f"{self.low(j)}-{self.low(k + 1)}"  # "gigawatt-hours"
            if self.low(k) == "-" and self.glued(k) and self.glued(k + 1) \
                    and compound in lex.MEASURES:
                name, k = lex.MEASURES[compound], k + 2
            if name == "°" and self.low(k) in ("c", "f", "celsius", "fahrenheit"):
                name = "°C" if self.low(k) in ("c", "celsius") else "°F"
                k += 1
            per = self.t(k + 1)
            if self.low(k) == "/" and self.glued(k) and per is not None and per.glued \
                    and per.word and len(per.text) <= 4:
                name, k = f"{name}/{per.text}", k + 2  # km/h, m/s
            elif self.low(k) == "per" and self.low(k + 1) in _PER_TIME:
                # "25 litres per second", "98 miles per hour": a speed or a flow
                name = "mph" if name == "mi" and self.low(k + 1) == "hour" else (
                    f"{name}/{_PER_TIME[self.low(k + 1)]}")
                k += 2
            elif self.low(k) == "per" and (below := self._measure(k + 1)):
                name, k = f"{name}/{below}", k + 2  # "11.6 grams per decilitre"
            elif self.low(k) == "per" and self.low(k + 1) in lex.AREA_PREFIXES and (
                    below := self._measure(k + 2)):  # "300 micrograms per cubic metre"
                name, k = f"{name}/{lex.AREA_PREFIXES[self.low(k + 1)]} {below}", k + 3
            return k, "quantity", name, 1
        return None

    def _measure(self, k: int) -> str | None:
        tok = self.t(k)
        if tok is None:
            return None
        if tok.text in lex.MEASURES:
            name = lex.MEASURES[tok.text]
            if len(tok.text) <= 2 and not tok.glued and tok.text in _AMBIGUOUS_UNITS and not (
                    tok.text == "°" and self.glued(k + 1) and self.low(k + 1) in ("c", "f")):
                return None  # "10 m" may be a million; "10 °C" is a temperature
            return name
        if len(tok.low) > 2 and tok.low in lex.MEASURES:
            return lex.MEASURES[tok.low]
        return None

    def _dash_pair(self, i: int, j: int, value: float):
        a, b = self.toks[i], self.t(j + 1)
        if year_like(a) and year_like(b):
            return [Hit(i, i + 1, "year", value), Hit(j + 1, j + 2, "year", int(b.text))]
        if year_like(a) and len(b.text) == 2 and b.text.isdigit() and b.glued \
                and int(b.text) > int(a.text[2:]):
            return [Hit(i, j + 2, "year")]  # the 2011-12 season
        va, vb = int_of(a), int_of(b)
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
        if digit and year_like(tok) and j == i + 1:
            # (and "the 2015 Fisheries Code", a plural that opens a name)
            titled = self.low(i - 1) == "the" and all(
                t is not None and t.text[:1].isupper() for t in (self.t(j), self.t(j + 1)))
            # "the 2030 floods", "charging 2019 prices": a recent year before a plural (news
            # style writes such a count "2,030"; the gold data has no such count), though "2000
            # people" and "2015 boxes a week" may count them when no determiner makes it a year
            rate = self.low(j + 1) in ("a", "an", "per", "each", "every") and (
                self.low(j + 2) in lex.RATE_PERIODS)
            recent = 1900 <= value <= 2100 and (self.low(i - 1) in _DETERMINERS or (
                value % 100 != 0 and not rate))
            if self.low(i - 1) in _YEAR_BEFORE or recent or not self._plural_at(j) or titled:
                return [Hit(i, j, "year", value)]  # else "1500 people"
        if i >= 3 and self.words(i - 3, 3) == ["the", "age", "of"] and 0 < value < 120:
            return [Hit(i, j, "duration", value, "year")]  # "at the age of six"
        if j == i + 1 and self._is_age(i, value):
            return [Hit(i, j, "duration", value, "year")]
        if digit and self.low(i - 1) == "magnitude":  # "magnitude 6.4": the unit comes first
            return [Hit(i - 1, j, "quantity", value, "magnitude")]
        if self.words(j, 2) == ["-", "magnitude"]:
            return [Hit(i, j + 2, "quantity", value, "magnitude")]
        rank = prev is not None and (prev.low in ("#", "number") or (
            prev.text == "." and self.low(i - 2) == "no"))
        if rank or prev is not None and prev.low in ORDINAL_HEADS and not self._noun_at(j):
            # ("#3", "number 67": the word is part of the rank, as in the gold data)
            start = i - 1 if prev.text == "#" and tok.glued or prev.low == "number" else i
            return [Hit(start, j, "ordinal", value)]
        if tok.low == "one" and j == i + 1 and self._pronoun_one(i):
            return None
        return [Hit(i, j, "count", value)]


    def _plural_at(self, k: int) -> bool:
        tok = self.t(k)
        if tok is None or not tok.word:
            return False
        if self.has_pos:
            return tok.tag in ("NNS", "NNPS")
        return tok.text.islower() and plural_like(tok.low)

    _KIN = frozenset("son daughter grandson granddaughter child baby boy girl brother sister "
                     "mother father wife husband neighbour neighbor friend".split())

    def _is_age(self, i: int, value: float) -> bool:
        """ "Thomas Sam, 42, said", "aged 42", "(42)" after a name, "since I was eight"."""
        tok = self.toks[i]
        if not 0 < value < 120 or value != int(value) or tok.digit and (
                len(tok.text) > 3 or int_of(tok) is None):
            return False
        before = self.words(max(0, i - 4), min(i, 4))
        second = before[-1:] == ["and"] and (before[-4:-2] == ["aged", "between"]
                                            or before[-3:-2] == ["aged"])
        second = second or before[-1:] == ["to"] and before[-3:-2] == ["aged"]  # "aged 71 to 96"
        if before[-1:] == ["aged"] or before[-2:] in (["aged", "between"], ["aged", "about"],
                                                      ["aged", "around"]) or second:
            return True  # "aged 42", "aged between 19 and 48", "aged 63 and 65", "aged about 40"
        # (but "a mother of three" counts her children)
        a_person = before[-2:-1] and before[-2] in WORDNET_PERSON_NOUNS and (
            before[-2] not in _PARENTS) and (
            before[-3:-2] in (["a"], ["an"]) or before[-4:-3] in (["a"], ["an"]))
        # ("farmers of 35 whose kidneys …", many people of one age, is no group's size)
        of_age = before[-2:-1] and people_plural(before[-2]) and before[-2] not in (
            "families", "households") and 13 <= value <= 110 and (
            self.low(i + 1) in _ENDS_AN_AGE or self.low(i + 1) == "whose")
        if before[-1:] == ["of"] and (before[-2:-1] and before[-2] in _OF_AN_AGE or a_person
                                      or of_age) and not self._noun_at(i + 1):
            return True  # "a woman of 71", "children of six", "a rice farmer of 23"
        if before[-1:] == ["and"] and before[-3:-2] == ["of"] and before[-4:-3] and before[
                -4] in _OF_AN_AGE and not self._noun_at(i + 1):
            return True  # "children of eight and nine"
        # "Keisha, who is 19 and …", "the eldest is 12", "the youngest of them is 63", "the
        # oldest of them 104", with nothing counted after
        said_of = before[-2:] in (["who", "is"], ["who", "was"]) or before[-1:] in (
            ["is"], ["was"]) and before[-2:-1] in (["eldest"], ["youngest"], ["oldest"], ["them"])
        if (said_of or before[-3:] in (["oldest", "of", "them"], ["youngest", "of", "them"])) and (
                self.low(i + 1) in _ENDS_AN_AGE or self.low(i + 1) in (":", "!", "?")):
            return True
        if before[-2:] in (["age", "is"], ["age", "was"]) or before[-3:-1] in (
                ["age", "is"], ["age", "was"]) and before[-1] in ("about", "around", "nearly",
                                                                  "now", "over", "under", "just"):
            return True  # "their average age is 68", "the median age was about 41"
        if before[-1:] in (["over"], ["under"]) and len(before) >= 2 and (
                people_plural(before[-2]) or before[-2] in _ONE_PERSON) and (
                not self._noun_at(i + 1)):  # (not "spectators over seven games")
            return True  # "all adults over 40", "players under 15", "a child under five"
        if before[-1:] in (["over"], ["under"]) and len(before) >= 2 and before[-2] in (
                "is", "are", "was", "were", "them") and self.low(i + 1) in _ENDS_AN_AGE:
            return True  # "most of them are over 65,", "half the orchestra was under 30."
        if before[-2:] in (["older", "than"], ["younger", "than"]) and not self._noun_at(i + 1):
            return True  # "40 percent of them older than 65", "children younger than 15"
        if before[-1:] in (["turns"], ["turned"]) and self.low(i + 1) not in ("%", "per"):
            return True  # "who turns 15 next month"
        # "died at 95", "at 27 she took a job", "At 58, I am too old", "started playing at 14,
        # we …", "joined at 16, described": past any clock hour and with no noun after it (22 of
        # 23 such numbers from 13 to 110 in the gold data are ages)
        if self.low(i - 1) == "at" and (
                self.low(i - 2) in ("died", "dies", "dead", "retired")
                or self.low(i + 1) in ("he", "she")
                or value > 24 and self.low(i + 1) == "," and self.low(i + 2) in (
                    "he", "she", "i", "we")
                or 13 <= value <= 110 and self.low(i + 1) in _AFTER_AN_AGE
                and self.low(i - 2) not in _AT_A_LEVEL):  # (not "the lake stood at 24.")
            return True
        if before and before[-1] in ("only", "just", "barely"):
            before = before[:-1]  # "he is only 14"
        # "she was 95", "I am 22 now", "my grandson is nine", "when I was nine there", "When
        # they were 12, they played" (141 of the 146 numbers after a pronoun and "was" or "were"
        # in the gold data are ages; the rest count what a noun after them names)
        kin = len(before) >= 3 and before[-2] in self._KIN and before[-3] in (
            "my", "his", "her", "our", "their")
        # ("the driver was 19.": a person noun after a determiner, as "my son is 12")
        one = len(before) >= 3 and before[-3] in _DETERMINERS | {"a", "an"} and (
            before[-2] in PERSON_NOUNS or before[-2] in WORDNET_PERSON_NOUNS)
        subject = before[-2:-1] in (["she"], ["he"], ["i"]) or kin or one
        when = len(before) >= 3 and before[-3] in ("when", "since", "if", "until", "till", "before",
                                                   "after", "once")
        subject = subject or when and before[-2] in ("we", "they", "you")
        if subject and before[-1:] in (["was"], ["is"], ["am"], ["were"], ["are"]) and (
                self.low(i + 1) in (".", ",", ";", "when", "and", "", "on", "in", "at", "but",
                                    "again", "now", "”", '"')
                or when and not self._noun_at(i + 1) and self.low(i + 1) not in ("%", "per")):
            return True
        if self.low(i - 1) not in (",", "(") or self.low(i + 1) not in (",", ")", ".", ";", ""):
            return False
        k = i - 2
        if self.low(k) == "." and self.glued(k) and self.low(k - 1) in ("jr", "sr"):
            k -= 1  # "Rogelio Manalastas Jr., 61,"
        while k >= 2 and self.t(k).word and not self.t(k).cap and self.glued(k) and self.t(
                k - 1).text in _JOINERS and self.glued(k - 1):
            k -= 2  # "Chen Wei-lun, 41,": the name's word is "Wei-lun" (and "al-Jundi" Jundi,
            # "Le Floc'h" Floc)
        name = self.t(k)
        after = self.t(i + 2) if self.low(i + 1) == "," else None
        if name is not None and name.word and not name.cap and (
                name.low in PERSON_NOUNS or name.low in WORDNET_PERSON_NOUNS):
            # "Vigan girl, 13, wins title", "the fisherman, 71, who" (of such numbers in the
            # gold data, 48 of 48 are ages)
            return after is not None and after.word and not after.cap
        if name is None or not name.word or not name.cap:
            return False
        if after is not None and after.word and not after.cap and name.low not in lex.MONTHS:
            return True  # "Pujol, 56, said …", whatever the tagger made of "Pujol"
        if self.has_pos:
            return name.pos == "PROPN" or name.ent == "PERSON"
        return not name.sent_start and name.low not in lex.MONTHS


# Words after an amount of won, which the verb "won" would not have: "4.8 billion won in fines"
_AFTER_WON = frozenset("""per in each for to from and or of on at than with into this that which
when while since was were is are has have had will would could last""".split())


_JOINERS = frozenset(DASHES) | {"'", "’"}
_PARTS_PER = {"million": "ppm", "billion": "ppb"}
_ROUGHLY_BEFORE = frozenset({"about", "roughly", "nearly", "almost", "around", "over", "some"})
_QUOTE_MARKS = frozenset('"“”‘’\'')


# what may follow "at 14" when it is an age: the end of a clause, or a word that opens the next
_AFTER_AN_AGE = frozenset([",", ".", ";", ":", "!", "?", "”", '"', ")", "", "i", "he", "she", "we",
                           "they", "you", "and", "but", "or", "on", "with", "in", "for", "to",
                           "from", "by", "as", "because", "when", "while", "after", "before", "so",
                           "then"])
_ENDS_AN_AGE = frozenset([",", ".", ";", "", "and", "or", "who", "when", "”", '"', ")"])
# verbs that put a figure "at" a level: "stood at 24", "priced at 15", "starts at 20"
_AT_A_LEVEL = frozenset("stood stands stand put puts estimated set fixed capped priced valued "
                        "remained remains remain peaked closed opened started starts start held "
                        "pegged rated ranked finished placed sold bought kept stayed stays stay "
                        "settled totalled totaled came comes ended ends began begins".split())
_PARENTS = frozenset("mother father parent grandmother grandfather grandparent mum mom dad "
                     "stepmother stepfather".split())
_OF_AN_AGE = frozenset("woman man girl boy women men girls boys children".split())
_ONE_PERSON = frozenset("child baby girl boy person anyone everyone someone nobody".split())
