"""Numbers with kind, value, unit, qualifier and rate (first cut: the model's numeric spans)."""

from __future__ import annotations

from reader.nlp.types import Number

_KINDS = {"MONEY": "money", "PERCENT": "percent", "DATE": "date", "TIME": "time",
          "CARDINAL": "count", "QUANTITY": "quantity", "ORDINAL": "ordinal"}


def find_numbers(sdoc, base: int) -> list[Number]:
    return [
        Number("", base + e.start_char, base + e.end_char, e.text, _KINDS[e.label_])
        for e in sdoc.ents if e.label_ in _KINDS
    ]
