"""Dates and clock times: "Wednesday, April 13, 2011", "September 2024", "10:30 a.m."."""

from __future__ import annotations

import re

from reader.nlp import numlex as lex
from reader.nlp.numtokens import DASHES, Cursor, Hit, Tok, int_of, year_like
from reader.nlp.numwords import ORDINAL_SUFFIXES, ORDINAL_UNITS, UNITS

_ZONES = {"gmt", "utc", "z", "bst", "est", "edt", "pst", "pdt", "cet", "cest", "jst", "kst",
          "aest", "hrs"}
CLOCK_KIND = "date"  # the gold conventions file clock times under kind "date"


class DateRules(Cursor):
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
        v = int_of(self.t(k))
        if v is None or not 1 <= v <= 31 or len(self.toks[k].text) > 2:
            return 0
        if self.low(k + 1) in ORDINAL_SUFFIXES and self.glued(k + 1):
            return k + 2
        return k + 1

    def _year_after(self, k: int) -> int:
        if self.low(k) == "," and year_like(self.t(k + 1)):
            return k + 2
        if year_like(self.t(k)):
            return k + 1
        return 0

    def _date_core(self, i: int) -> int:
        m = self._month(i)
        if m:
            d = self._day(m)
            if d and self.low(d) in DASHES and self._day(d + 1):
                d = self._day(d + 1)  # April 13-14
            if d and not (self.low(d) in DASHES and self.t(d + 1) and self.t(d + 1).digit
                          and not year_like(self.t(d + 1))):
                return self._year_after(d) or d
            if year_like(self.t(m)):
                return m + 1
            return 0
        d = self._day(i)
        if d:
            if self.low(d) in DASHES and self._day(d + 1) and self._month(self._day(d + 1)):
                d = self._day(d + 1)  # 2-3 November
            k = d + 1 if self.low(d) == "of" else d
            m = self._month(k)
            if m:
                return (m + 1) if year_like(self.t(m)) else m
        if ORDINAL_UNITS.get(self.low(i), 32) <= 31 and self.low(i + 1) == "of":
            m = self._month(i + 2)  # "the first of December"
            if m:
                return (m + 1) if year_like(self.t(m)) else m
        tok = self.t(i)
        if year_like(tok) and self.low(i + 1) == "-" and self.glued(i + 1):
            mo, dd = self.t(i + 2), self.t(i + 4)
            if (mo and dd and mo.glued and len(mo.text) == 2 and self.low(i + 3) == "-"
                    and len(dd.text) == 2 and dd.text.isdigit() and mo.text.isdigit()):
                return i + 5
        if tok and tok.digit and self.low(i + 1) == "/" and self.glued(i + 1):
            b, y = self.t(i + 2), self.t(i + 4)
            if (b and y and b.digit and self.low(i + 3) == "/" and y.glued
                    and y.text.isdigit() and len(y.text) in (2, 4)):
                return i + 5
            if b and b.digit and b.glued and int_of(tok) and int_of(b) and int_of(tok) <= 12 \
                    and int_of(b) <= 31 and not (self.t(i + 3) and self.t(i + 3).glued):
                return i + 3  # 9/11
        return 0

    def _clock(self, i: int, tok: Tok):
        # "half past four", "a quarter to six", "ten past nine"
        k = i + 1 if tok.low == "a" and self.low(i + 1) == "quarter" else i
        minutes = self.t(k)
        # ("ten to three" only after "at", "by" …: "from ten to three" is a range)
        past_to = ("past", "to") if minutes.low == "quarter" or minutes.word and self.low(
            i - 1) in ("at", "by", "until", "till", "before", "after", "around", "about") else (
            "past",)
        if self.low(k + 1) in past_to and (minutes.low in ("half", "quarter") or 0 < (
                int_of(minutes) or UNITS.get(minutes.low, 0)) <= 30):
            after = self.t(k + 2)
            if after is not None and (int_of(after) or UNITS.get(after.low, 0)) in range(1, 13):
                return [Hit(i, k + 3, CLOCK_KIND)]
        hour = UNITS.get(tok.low, 0) if not tok.digit else int_of(tok) or 0
        if hour in range(1, 13):
            if not tok.digit and self.low(i + 1) in ("o'clock", "o’clock"):
                return [Hit(i, i + 2, CLOCK_KIND)]  # "six o’clock"
            # "two in the morning", "eight in the evening", "ten at night"
            if self.low(i + 1) == "in" and self.low(i + 2) == "the" and self.low(i + 3) in (
                    "morning", "afternoon", "evening"):
                return [Hit(i, i + 4, CLOCK_KIND)]
            if self.low(i + 1) == "at" and self.low(i + 2) == "night":
                return [Hit(i, i + 3, CLOCK_KIND)]
        if not tok.digit or tok.glued and self.t(i - 1) and self.t(i - 1).word:
            return None
        j = 0
        if re.fullmatch(r"\d{1,2}:\d\d:\d\d", tok.text) and self.low(i + 1) not in lex.CLOCK_WORDS:
            h, m, sec = (int(x) for x in tok.text.split(":"))
            return [Hit(i, i + 1, "duration", h * 3600 + m * 60 + sec, "second")]  # 2:06:41
        if ":" in tok.text and "." not in tok.text:
            h = int(tok.text.split(":")[0])
            if h > 24:
                return None
            j = i + 1
        elif int_of(tok) is not None and 1 <= int_of(tok) <= 12 and self.low(i + 1) in lex.CLOCK_WORDS \
                and self.low(i + 1) not in ("hrs", "ist"):
            j = i + 1
        elif re.fullmatch(r"\d{1,2}\.\d\d", tok.text) and int(tok.text.split(".")[0]) <= 12 \
                and self.low(i + 1) in ("am", "pm", "a.m.", "p.m."):
            j = i + 1  # 9.30am
        elif int_of(tok) is not None and self.low(i + 1) in ("o'clock", "o’clock"):
            j = i + 1
        elif len(tok.text) == 4 and tok.text.isdigit() and int(tok.text[:2]) < 24 \
                and int(tok.text[2:]) < 60 and self.low(i + 1) in _ZONES:
            j = i + 1  # 0611 UTC
        if not j:
            return None
        while self.low(j) in lex.CLOCK_WORDS:
            j += 1
        return [Hit(i, j, CLOCK_KIND)]
