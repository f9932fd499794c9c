"""The engine's results: plain frozen dataclasses with code-point offsets into one text.

No spaCy object leaves the engine; the UI, the store and the CLI see only these.
``Analysis.to_json()`` is the ``reader extract --json`` contract (DESIGN.md §6).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.document import Span

SCHEMA = 1

ENTITY_LABELS = (
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW",
    "LANGUAGE",
)
NUMBER_KINDS = (
    "money", "percent", "date", "year", "time", "count", "quantity", "ordinal", "duration",
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    label: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Quote:
    id: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = None
    kind: str = "direct"  # "direct" or "scare"


@dataclass(frozen=True)
class Number:
    id: str
    start: int
    end: int
    text: str
    kind: str
    value: float | int | None = None
    unit: str | None = None
    qualifier: str | None = None
    per: str | None = None


@dataclass(frozen=True)
class Analysis:
    text: str
    source: str
    model: str
    text_sha256: str
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    numbers: tuple[Number, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": self.source,
            "model": self.model,
            "text_sha256": self.text_sha256,
            "paragraphs": [{"start": p.start, "end": p.end} for p in self.paragraphs],
            "entities": [
                {
                    "id": e.id,
                    "name": e.name,
                    "label": e.label,
                    "mentions": [
                        {"start": m.start, "end": m.end, "text": m.text} for m in e.mentions
                    ],
                }
                for e in self.entities
            ],
            "quotes": [
                {
                    "id": q.id, "start": q.start, "end": q.end, "text": q.text,
                    "speaker": q.speaker, "speaker_id": q.speaker_id, "cue": q.cue,
                    "kind": q.kind,
                }
                for q in self.quotes
            ],
            "numbers": [
                {
                    "id": n.id, "start": n.start, "end": n.end, "text": n.text, "kind": n.kind,
                    "value": n.value, "unit": n.unit, "qualifier": n.qualifier, "per": n.per,
                }
                for n in self.numbers
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], text: str) -> Analysis:
        """Rebuild an analysis from ``to_json()`` output and its text (canned analyses in tests)."""
        return cls(
            text=text,
            source=data["source"],
            model=data["model"],
            text_sha256=data["text_sha256"],
            paragraphs=tuple(Span(p["start"], p["end"]) for p in data["paragraphs"]),
            entities=tuple(
                Entity(e["id"], e["name"], e["label"],
                       tuple(Mention(m["start"], m["end"], m["text"]) for m in e["mentions"]))
                for e in data["entities"]
            ),
            quotes=tuple(Quote(**q) for q in data["quotes"]),
            numbers=tuple(Number(**n) for n in data["numbers"]),
        )
