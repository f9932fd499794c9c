"""The engine's entry point as a caller sees it."""

from __future__ import annotations

import gc

from reader.document import from_text
from reader.nlp.analyze import analyze


def test_the_engine_leaves_the_garbage_collector_as_it_found_it(nlp):
    # it pauses the cyclic collector while it works: on again after, still off if it was off
    doc = from_text('"We are ready," said Ana Lima.')
    assert gc.isenabled()
    assert analyze(doc, nlp).quotes
    assert gc.isenabled()
    gc.disable()
    try:
        analyze(doc, nlp)
        assert not gc.isenabled()
    finally:
        gc.enable()
