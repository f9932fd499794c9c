"""Digits and number words that are not numbers: names, labels, the pronoun "one"."""

from __future__ import annotations

from reader.nlp import numlex as lex
from reader.nlp.numtokens import DASHES, Cursor, Tok, int_of, year_like
from reader.nlp.numwords import ORDINAL_SUFFIXES, SCALES, SHORT_SCALES, parse_ordinal

LABEL_HEADS = {"post", "posts", "page", "pages", "room", "flight", "gate", "route", "platform",
               "version", "line", "highway", "bus", "exit", "seat", "apartment", "terminal",
               "lane", "channel", "article", "section", "paragraph", "clause", "item", "code",
               "model", "unit", "box", "ward", "district", "zone", "sector", "pier", "track",
               "interstate", "block", "lot", "figure", "table", "note", "verse", "psalm", "tv"}
NAME_LABELS = {"PRODUCT", "WORK_OF_ART", "LAW", "FAC", "ORG"}
# Names of laws end with their year: "the Theft Act 1968".
_LAW_WORDS = {"Act", "Acts", "Law", "Code", "Regulations", "Ordinance", "Bill"}
NOT_NAME = {"in", "on", "at", "by", "to", "of", "for", "from", "since", "until", "about", "the",
            "and", "or", "but", "with", "than", "over", "under", "nearly", "almost", "some",
            "only", "just", "all", "after", "before", "around", "between", "during", "within",
            "more", "less", "up", "its", "his", "her", "their", "our", "we", "they", "he", "she",
            "it", "i", "you", "were", "was", "are", "is", "had", "has", "have", "those", "these",
            "another", "every", "each", "also", "now", "then", "through"}
PRONOUN_ONE_BEFORE = {"no", "any", "every", "each", "the", "this", "that", "which", "another",
                      "one", "someone", "anyone", "what"}
_SUBJECTS = {"i", "we", "you", "they", "he", "she"}
PRONOUN_ONE_AFTER = {"another", "who", "whom", "whose", "which", "that", "'s", "’s", "else"}
# Nouns after which a number is a position ("day five", "number 3").
ORDINAL_HEADS = {"day", "number", "#", "round", "stage", "game", "week", "match", "leg",
                 "chapter", "phase", "level", "season", "episode", "grade", "heat", "race"}


class NameRules(Cursor):
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
        elif prev is not None and prev.text in _LAW_WORDS and not year_like(tok):
            skip = True  # "Law 36-15", "Act 12 of 2019": a law's number
        elif nxt is not None and nxt.text in DASHES and self.t(i + 2) is not None \
                and self.t(i + 2).digit:
            skip = False  # a score or a range, whatever comes before
        elif prev is not None and prev.low in LABEL_HEADS and self._unit_after(i + 1) is None:
            skip = True  # posts 542 and 543, page 12 (not "a room 400 metres away")
        elif prev is not None and prev.text == "." and prev.glued and self.t(i - 2).text == "No":
            skip = True  # "School No. 7", "Shinsei Maru No. 28": a numbered name
        elif self._in_name(i, tok):
            skip = True
        elif (prev is not None and prev.low == "the" and tok.text.isdigit() and len(tok.text) >= 3
              and not year_like(tok) and not self._noun_at(i + 1)
              and not (nxt is not None and nxt.glued and (
                  nxt.text in DASHES or nxt.low in ORDINAL_SUFFIXES))  # ("the 112th minute")
              and self._unit_after(i + 1) is None and self.low(i + 1) not in SCALES
              and not (nxt is not None and nxt.tag == "VBN")):
            skip = True  # "the 747": a model number (not "the 245 counted in 2012")
        if not skip:
            return None
        while self.t(j) is not None and self.t(j).glued and (self.t(j).word or self.t(j).digit
                                                             or self.t(j).text in DASHES):
            j += 1
        # "posts 542 and 543": a list of labels stays a list of labels.
        # ("HNP-208 and 9 per cent": a number with a unit is a measure, not a label)
        while self.low(j) in ("and", "or", ",", "to") and int_of(self.t(j + 1)) is not None \
                and not year_like(self.t(j + 1)) and self.low(j + 2) not in ("%", "per", "percent") \
                and self._unit_after(j + 2) is None:
            j += 2
        return j

    def _suffix_ok(self, nxt: Tok) -> bool:
        w = nxt.low
        return (w in ORDINAL_SUFFIXES or w == "s" or w in SHORT_SCALES
                or nxt.text in lex.MEASURES or (len(w) > 2 and w in lex.MEASURES)
                or w in lex.TIME_UNITS or w in lex.CLOCK_WORDS or w in ("p", "pc", "x"))

    def _in_name(self, i: int, tok: Tok) -> bool:
        """A bare number right after a capitalised word that is not a sentence opener."""
        prev, nxt = self.t(i - 1), self.t(i + 1)
        if year_like(tok):  # "September 2024" is a date, but "the Theft Act 1968" a name
            return prev is not None and prev.text in _LAW_WORDS
        if tok.ent in NAME_LABELS:
            for k in (i - 1, i + 1):
                other = self.t(k)
                if other is not None and other.word and other.ent == tok.ent and not (
                        k > i and other.glued) and parse_ordinal([other.low]) is None:
                    return True  # (not its own suffix, "101st", nor "First" of "First 11 km")
        if not self.name_like(prev):  # "Explorer 6", "iPhone 12"
            return False
        if prev.low in NOT_NAME or prev.low in lex.MONTHS or prev.low in lex.WEEKDAYS \
                or prev.low in ORDINAL_HEADS or prev.low in lex.CURRENCY_WORDS \
                or prev.low in lex.ISO_CODES:
            return False
        if nxt is not None and nxt.text in DASHES:
            return False
        tail = self.low(i + 1)
        if tail in SCALES or tail in ("%", "per", "percent") or tail in lex.TIME_UNITS \
                or tail in lex.MEASURES and len(tail) > 2 or tail in lex.CURRENCY_WORDS:
            return False
        if nxt is not None and nxt.glued and nxt.low in ORDINAL_SUFFIXES:
            return False
        return True

    def _pronoun_one(self, i: int) -> bool:
        """ "no one", "a commercial one", "one that was made", "One poster said"."""
        tok = self.toks[i]
        if tok.pos == "PRON":
            return True
        prev, nxt = self.low(i - 1), self.low(i + 1)
        if prev in PRONOUN_ONE_BEFORE or nxt in PRONOUN_ONE_AFTER:
            return True
        if self.words(i, 3) == ["one", "by", "one"] or self.words(i - 2, 3) == ["one", "by", "one"]:
            return True
        if self.words(i - 2, 2) == ["the", "only"] and nxt != "of":
            return True  # "the only one in the southern hemisphere" (but "the only one of us")
        if nxt in ("of", "in", "or", "and", "to", "-") or (self.t(i + 1) and self.t(i + 1).digit):
            return False
        if nxt in _SUBJECTS:
            return True  # "a long walk, but one we can finally see the end of"
        nt, pt = self.t(i + 1), self.t(i - 1)
        if pt is not None and pt.tag.startswith("VB") and nt is not None and (
                nt.tag == "RB" or nt.tag == "JJ" and self.t(i + 2) is not None
                and self.t(i + 2).pos in ("ADP", "ADV", "PUNCT", "CCONJ") and (
                    self.t(i + 2).text != "-")):
            return True  # "will not need one either", "sliced one open" (an object)
        if (nt is None or not nt.word and nt.text not in ("%", "/")) and prev != "to":
            return True  # "who asks for one.", "as for one," (155 of 157 in the gold data; but
            # "two magistrates to one")
        # "a commercial one", "the very first one", "a dead one ever was": an article a few
        # words back (with a word between for "the") and nothing countable after.
        for k in range(i - 1, max(-1, i - 4), -1):
            if self.low(k) in ("a", "an") or self.low(k) == "the" and k < i - 1:
                nt = self.t(i + 1)
                return nt is None or not nt.word or self.has_pos and nt.pos not in (
                    "NOUN", "PROPN", "NUM", "ADJ")
            if not (self.t(k) and self.t(k).word):
                break
        # "One poster said": an indefinite determiner opening a sentence.
        return tok.cap and tok.sent_start and self.t(i + 1) is not None and self.t(i + 1).word
