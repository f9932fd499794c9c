"""Entities consolidated per document (first cut: the model's spans grouped by text)."""

from __future__ import annotations

from reader.nlp.types import ENTITY_LABELS, Entity, Mention


def consolidate(text: str, parsed) -> list[Entity]:
    groups: dict[str, list] = {}
    for base, sdoc in parsed:
        for ent in sdoc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            m = Mention(base + ent.start_char, base + ent.end_char, ent.text)
            groups.setdefault(ent.text, [ent.label_, []])[1].append(m)
    return [
        Entity(f"e{i}", name, label, tuple(ms))
        for i, (name, (label, ms)) in enumerate(groups.items(), 1)
    ]
