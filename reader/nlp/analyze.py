"""``analyze(document, nlp) -> Analysis``: the engine's one entry point.

Paragraphs go through ``nlp.pipe`` in batches, so a caller sees progress on long texts; the
per-paragraph spaCy docs never leave this package.
"""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import replace
from typing import Callable

from reader.document import Document, Span
from reader.nlp import pipeline
from reader.nlp.entities import consolidate
from reader.nlp.numbers import carry_currency, find_numbers
from reader.nlp.quotes import find_quotes
from reader.nlp.types import Analysis

BATCH_SIZE = 16

Progress = Callable[[int, int], None]


def parse(doc: Document, nlp, progress: Progress | None = None) -> list[tuple[int, object]]:
    """Run the pipeline over the paragraphs: ``(paragraph start, spaCy Doc)`` in text order."""
    texts = [doc.text[p.start : p.end] for p in doc.paragraphs]
    parsed = []
    for i, sdoc in enumerate(nlp.pipe(texts, batch_size=BATCH_SIZE)):
        parsed.append((doc.paragraphs[i].start, sdoc))
        if progress is not None:
            progress(i + 1, len(texts))
    return parsed


def analyze(doc: Document, nlp, progress: Progress | None = None) -> Analysis:
    return extract(doc, parse(doc, nlp, progress), nlp)


def extract(doc: Document, parsed, nlp) -> Analysis:
    """The engine's own work on parsed paragraphs: entities, numbers, quotes."""
    with _cyclic_gc_paused():
        return _extract(doc, parsed, nlp)


@contextmanager
def _cyclic_gc_paused():
    """The engine makes many small objects and no reference cycles that outlive it; left on,
    the cyclic collector would run full collections over every object of the loaded pipeline
    while it works. Paused, then resumed as it was (a caller may have paused it too)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _extract(doc: Document, parsed, nlp) -> Analysis:
    sentences = tuple(
        Span(base + s.start_char, base + s.end_char) for base, sdoc in parsed for s in sdoc.sents
    )
    entities = consolidate(doc.text, parsed)
    numbers = carry_currency([n for (base, sdoc), p in zip(parsed, doc.paragraphs)
                              for n in find_numbers(sdoc, base, doc.text[p.start:p.end])],
                             doc.text)
    numbers = [replace(n, id=f"n{i}") for i, n in enumerate(numbers, 1)]
    quotes = find_quotes(doc.text, parsed, entities, list(doc.paragraphs))
    entities, quotes = _names_only(entities, quotes, numbers)
    warnings = (pipeline.FALLBACK_WARNING,) if pipeline.is_fallback(nlp) else ()
    return Analysis(
        text=doc.text,
        source=doc.source,
        model=pipeline.describe(nlp),
        text_sha256=doc.sha256,
        paragraphs=doc.paragraphs,
        sentences=sentences,
        entities=tuple(entities),
        quotes=tuple(quotes),
        numbers=tuple(numbers),
        warnings=warnings,
    )


_ARTICLE = re.compile(r"(?:the|a|an|la|le|les|el|los|las) ")


def _names_only(entities, quotes, numbers):
    """A name only ever written in scare quotes that describe ("the Bald Hill", "the Laughing
    Harpist": nicknames) is a quoted word, listed with the quotes, not an entity (but "Cold
    Harbor" or "Return of the Sink" in quote marks is the name of a firm or a film); nor is an
    amount that the model read as a name ("K40", with a currency's letter); ids stay e1, e2, …"""
    scare = [(q.start, q.end) for q in quotes if q.kind == "scare" and _ARTICLE.match(q.text)]
    amounts = {n.start: n.end for n in numbers if n.kind == "money"}
    kept = [e for e in entities if not all(
        any(a <= m.start and m.end <= b for a, b in scare) for m in e.mentions) and not all(
        m.end <= amounts.get(m.start, -1) for m in e.mentions)]
    if len(kept) == len(entities):
        return entities, quotes
    ids = {e.id: f"e{i}" for i, e in enumerate(kept, 1)}
    return ([replace(e, id=ids[e.id]) for e in kept],
            [replace(q, speaker_id=ids.get(q.speaker_id)) for q in quotes])
