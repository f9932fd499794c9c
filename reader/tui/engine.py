"""The default analyser the app runs in a thread worker: load the pipeline, then analyse.

The app takes any callable ``analyzer(doc, progress) -> Analysis`` (``progress(done, total)``,
0 done while the model loads); tests pass a canned one so no model loads.  Errors
(``pipeline.ModelError`` and anything the engine raises) propagate to the worker, which the app
shows as a message.
"""

from __future__ import annotations

from typing import Callable

from reader.document import Document
from reader.nlp.types import Analysis

Progress = Callable[[int, int], None]
Analyzer = Callable[[Document, Progress], Analysis]


class EngineAnalyzer:
    def __init__(self, model: str | None = None, config_model: str | None = None) -> None:
        self.model = model
        self.config_model = config_model

    def __call__(self, doc: Document, progress: Progress) -> Analysis:
        from reader.nlp import pipeline
        from reader.nlp.analyze import analyze

        progress(0, len(doc.paragraphs))  # 0 done: the model is loading
        nlp = pipeline.load(pipeline.choose(self.model, self.config_model))
        return analyze(doc, nlp, progress)  # its warnings say when the fallback is in use

