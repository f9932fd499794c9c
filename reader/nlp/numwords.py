"""The grammar of English number words: "twenty-five thousand", "a dozen", "thirtieth", "half".

Works on lower-cased word strings so the same code serves any tokenisation; the caller decides
where a number phrase starts and hands over the words that follow.
"""

from __future__ import annotations

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000}
# Short multipliers written after digits: "£3bn", "$5m", "10k", "2tn".
SHORT_SCALES = {"bn": 1e9, "b": 1e9, "mn": 1e6, "m": 1e6, "mln": 1e6, "k": 1e3, "tn": 1e12,
                "trn": 1e12}
CARDINALS = {**UNITS, **TENS}
# Words that are a number by themselves: "five", "twenty", "hundred", "dozen".
NUMBER_WORDS = frozenset(CARDINALS) | frozenset(SCALES) | {"dozen"}

ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1_000_000,
}
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}

# Plural scale words used as vague amounts: "thousands of people", "dozens of rounds".
VAGUE = {"dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens"}

# Fractions read as percentages ("half" -> 50, "a third" -> 33.33).
FRACTIONS = {"half": 50, "halves": 50, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25,
             "quarters": 25, "fifth": 20, "fifths": 20, "sixth": 100 / 6, "sixths": 100 / 6,
             "eighth": 12.5, "eighths": 12.5, "tenth": 10, "tenths": 10}


def tidy(value: float) -> int | float:
    """An int where the value is integral, else a float rounded to 2 places."""
    if value is None:
        return None
    if abs(value - round(value)) < 1e-9:
        return int(round(value))
    return round(value, 2)


def parse_cardinal(words: list[str]) -> tuple[int, float] | None:
    """Longest number-word phrase at the start of ``words``: ``(words used, value)``.

    ``words`` are lower-cased tokens with hyphens as separate items ("twenty", "-", "five").
    Accepts "a" / "an" only before a scale ("a hundred", "a million", "a dozen").
    """
    total = 0.0
    current = 0.0
    used = 0
    seen = False
    i = 0
    last_kind = None  # "unit", "tens", "scale"
    while i < len(words):
        w = words[i]
        if w in ("a", "an") and not seen and i + 1 < len(words) and (
            words[i + 1] in SCALES or words[i + 1] == "dozen"
        ):
            current = 1
            i += 1
            continue
        if w in UNITS:
            if last_kind == "unit" or (last_kind == "tens" and not 0 < UNITS[w] < 10):
                break
            current += UNITS[w]
            last_kind = "unit"
        elif w in TENS:
            if last_kind in ("unit", "tens"):
                break
            current += TENS[w]
            last_kind = "tens"
        elif w == "dozen" and (seen or current):
            current = (current or 1) * 12
            last_kind = "scale"
        elif w in SCALES:
            if not seen and not current:
                break
            scale = SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            last_kind = "scale"
        elif w == "-" and seen and i + 1 < len(words) and (
            words[i + 1] in UNITS or words[i + 1] in TENS
        ) and last_kind == "tens":
            i += 1
            continue
        elif w == "and" and last_kind == "scale" and i + 1 < len(words) and (
            words[i + 1] in UNITS or words[i + 1] in TENS
        ):
            i += 1
            continue
        else:
            break
        seen = True
        i += 1
        used = i
    if not seen:
        return None
    return used, total + current


def parse_ordinal(words: list[str]) -> tuple[int, int] | None:
    """An ordinal word phrase at the start of ``words``: "third", "twenty-first", "hundredth"."""
    if not words:
        return None
    w = words[0]
    if w in ORDINAL_UNITS:
        return 1, ORDINAL_UNITS[w]
    if w in TENS and len(words) >= 3 and words[1] == "-" and words[2] in ORDINAL_UNITS \
            and ORDINAL_UNITS[words[2]] < 10:
        return 3, TENS[w] + ORDINAL_UNITS[words[2]]
    return None


def parse_digits(text: str) -> float | None:
    """ "422,000" -> 422000, "1.5" -> 1.5; None when it is not a plain number."""
    t = text.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None
