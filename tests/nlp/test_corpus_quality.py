"""The engine measured against gold annotations: floors a little under today's figures, so a
regression fails (the full table: `python benchmarks/score.py [DIR] [--model NAME]`)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from benchmarks.score import evaluate, metrics

DATA = Path(__file__).resolve().parent.parent / "data"

# Floors per metric; ent_per_gold is a ceiling.
FLOORS = {
    "corpus": {"quote_F1": 0.97, "speaker_acc": 0.95, "num_F1": 0.96, "num_kind": 0.97,
               "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.03, "label_consistency": 0.96},
    # Fictional articles written for the project, kept apart from the rules' development.
    "heldout": {"quote_F1": 0.95, "speaker_acc": 0.90, "num_F1": 0.95, "num_kind": 0.95,
                "num_value": 0.97, "ent_F1": 0.95, "ent_per_gold": 1.05,
                "label_consistency": 0.95},
    # Later fictional sets, each measured once before being used for general fixes.
    "heldout2": {"quote_F1": 0.95, "speaker_acc": 0.90, "num_F1": 0.95, "num_kind": 0.95,
                 "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.05,
                 "label_consistency": 0.87},
    "heldout3": {"quote_F1": 0.95, "speaker_acc": 0.90, "num_F1": 0.95, "num_kind": 0.95,
                 "num_value": 0.97, "ent_F1": 0.92, "ent_per_gold": 1.04,
                 "label_consistency": 0.93},
    "heldout4": {"quote_F1": 0.95, "speaker_acc": 0.90, "num_F1": 0.95, "num_kind": 0.95,
                 "num_value": 0.97, "ent_F1": 0.96, "ent_per_gold": 1.04,
                 "label_consistency": 0.92},
    "heldout5": {"quote_F1": 0.95, "speaker_acc": 0.90, "num_F1": 0.95, "num_kind": 0.95,
                 "num_value": 0.97, "ent_F1": 0.90, "ent_per_gold": 1.04,
                 "label_consistency": 0.94},
    "heldout6": {"quote_F1": 0.95, "speaker_acc": 0.86, "num_F1": 0.95, "num_kind": 0.95,
                 "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.04,
                 "label_consistency": 0.91},
    "heldout7": {"quote_F1": 0.95, "speaker_acc": 0.88, "num_F1": 0.95, "num_kind": 0.95,
                 "num_value": 0.97, "ent_F1": 0.91, "ent_per_gold": 1.03,
                 "label_consistency": 0.88},
    "heldout8": {"quote_F1": 0.95, "speaker_acc": 0.93, "num_F1": 0.95, "num_kind": 0.95,
                 "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.04,
                 "label_consistency": 0.93},
    "heldout9": {"quote_F1": 0.95, "speaker_acc": 0.90, "num_F1": 0.95, "num_kind": 0.95,
                 "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.05,
                 "label_consistency": 0.90},
    "heldout10": {"quote_F1": 0.95, "speaker_acc": 0.90, "num_F1": 0.95, "num_kind": 0.95,
                  "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.04,
                  "label_consistency": 0.94},
    "heldout11": {"quote_F1": 0.95, "speaker_acc": 0.94, "num_F1": 0.95, "num_kind": 0.95,
                  "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.07,
                  "label_consistency": 0.89},
    "heldout12": {"quote_F1": 0.95, "speaker_acc": 0.88, "num_F1": 0.95, "num_kind": 0.95,
                  "num_value": 0.97, "ent_F1": 0.95, "ent_per_gold": 1.04,
                  "label_consistency": 0.90},
    "heldout13": {"quote_F1": 0.95, "speaker_acc": 0.94, "num_F1": 0.95, "num_kind": 0.95,
                  "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.03,
                  "label_consistency": 0.86},
    "heldout14": {"quote_F1": 0.95, "speaker_acc": 0.92, "num_F1": 0.94, "num_kind": 0.95,
                  "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.03,
                  "label_consistency": 0.90},
    "heldout15": {"quote_F1": 0.95, "speaker_acc": 0.93, "num_F1": 0.97, "num_kind": 0.97,
                  "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.03,
                  "label_consistency": 0.94},
    "heldout16": {"quote_F1": 0.95, "speaker_acc": 0.95, "num_F1": 0.97, "num_kind": 0.96,
                  "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.03,
                  "label_consistency": 0.96},
    "heldout17": {"quote_F1": 0.95, "speaker_acc": 0.92, "num_F1": 0.97, "num_kind": 0.95,
                  "num_value": 0.97, "ent_F1": 0.95, "ent_per_gold": 1.03,
                  "label_consistency": 0.92},
    "heldout18": {"quote_F1": 0.95, "speaker_acc": 0.95, "num_F1": 0.97, "num_kind": 0.97,
                  "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.05,
                  "label_consistency": 0.93},
    "heldout19": {"quote_F1": 0.95, "speaker_acc": 0.95, "num_F1": 0.93, "num_kind": 0.96,
                  "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.03,
                  "label_consistency": 0.88},
    "heldout20": {"quote_F1": 0.95, "speaker_acc": 0.95, "num_F1": 0.97, "num_kind": 0.97,
                  "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.02,
                  "label_consistency": 0.90},
    "heldout21": {"quote_F1": 0.95, "speaker_acc": 0.95, "num_F1": 0.97, "num_kind": 0.95,
                  "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.03,
                  "label_consistency": 0.87},
    "heldout22": {"quote_F1": 0.95, "speaker_acc": 0.88, "num_F1": 0.97, "num_kind": 0.97,
                  "num_value": 0.97, "ent_F1": 0.91, "ent_per_gold": 1.02,
                  "label_consistency": 0.82},
    "heldout23": {"quote_F1": 0.95, "speaker_acc": 0.90, "num_F1": 0.96, "num_kind": 0.97,
                  "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.04,
                  "label_consistency": 0.93},
    "heldout24": {"quote_F1": 0.95, "speaker_acc": 0.95, "num_F1": 0.97, "num_kind": 0.95,
                  "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.06,
                  "label_consistency": 0.87},
    "heldout25": {"quote_F1": 0.95, "speaker_acc": 0.93, "num_F1": 0.96, "num_kind": 0.96,
                  "num_value": 0.96, "ent_F1": 0.91, "ent_per_gold": 1.04,
                  "label_consistency": 0.83},
    "heldout26": {"quote_F1": 0.95, "speaker_acc": 0.93, "num_F1": 0.96, "num_kind": 0.94,
                  "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.05,
                  "label_consistency": 0.88},
    "heldout27": {"quote_F1": 0.95, "speaker_acc": 0.95, "num_F1": 0.95, "num_kind": 0.94,
                  "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.04,
                  "label_consistency": 0.88},
    "heldout28": {"quote_F1": 0.94, "speaker_acc": 0.85, "num_F1": 0.95, "num_kind": 0.96,
                  "num_value": 0.97, "ent_F1": 0.95, "ent_per_gold": 1.03,
                  "label_consistency": 0.83},
    "heldout29": {"quote_F1": 0.95, "speaker_acc": 0.98, "num_F1": 0.96, "num_kind": 0.94,
                  "num_value": 0.97, "ent_F1": 0.88, "ent_per_gold": 1.02,
                  "label_consistency": 0.92},
    "heldout30": {"quote_F1": 0.95, "speaker_acc": 0.96, "num_F1": 0.96, "num_kind": 0.95,
                  "num_value": 0.97, "ent_F1": 0.96, "ent_per_gold": 1.02,
                  "label_consistency": 0.93},
    "heldout31": {"quote_F1": 0.95, "speaker_acc": 0.98, "num_F1": 0.95, "num_kind": 0.96,
                  "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.02,
                  "label_consistency": 0.91},
    "heldout32": {"quote_F1": 0.95, "speaker_acc": 0.98, "num_F1": 0.97, "num_kind": 0.98,
                  "num_value": 0.97, "ent_F1": 0.91, "ent_per_gold": 1.02,
                  "label_consistency": 0.93},
    "heldout33": {"quote_F1": 0.95, "speaker_acc": 0.98, "num_F1": 0.94, "num_kind": 0.96,
                  "num_value": 0.97, "ent_F1": 0.95, "ent_per_gold": 1.04,
                  "label_consistency": 0.92},
    "heldout34": {"quote_F1": 0.95, "speaker_acc": 0.98, "num_F1": 0.96, "num_kind": 0.96,
                  "num_value": 0.97, "ent_F1": 0.95, "ent_per_gold": 1.02,
                  "label_consistency": 0.93},
    "heldout35": {"quote_F1": 0.95, "speaker_acc": 0.95, "num_F1": 0.97, "num_kind": 0.96,
                  "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.04,
                  "label_consistency": 0.91},
    "heldout36": {"quote_F1": 0.95, "speaker_acc": 0.96, "num_F1": 0.95, "num_kind": 0.96,
                  "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.02,
                  "label_consistency": 0.82},
    "heldout37": {"quote_F1": 0.95, "speaker_acc": 0.96, "num_F1": 0.98, "num_kind": 0.96,
                  "num_value": 0.97, "ent_F1": 0.88, "ent_per_gold": 1.04,
                  "label_consistency": 0.9},
    "heldout38": {"quote_F1": 0.95, "speaker_acc": 0.92, "num_F1": 0.95, "num_kind": 0.98,
                  "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.02,
                  "label_consistency": 0.89},
    "heldout39": {"quote_F1": 0.95, "speaker_acc": 0.98, "num_F1": 0.97, "num_kind": 0.98,
                  "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.04,
                  "label_consistency": 0.89},
    "heldout40": {"quote_F1": 0.95, "speaker_acc": 0.98, "num_F1": 0.97, "num_kind": 0.98,
                  "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.04,
                  "label_consistency": 0.92},
    "heldout41": {"quote_F1": 0.95, "speaker_acc": 0.96, "num_F1": 0.97, "num_kind": 0.97,
                  "num_value": 0.97, "ent_F1": 0.93, "ent_per_gold": 1.06,
                  "label_consistency": 0.91},
    "heldout42": {"quote_F1": 0.95, "speaker_acc": 0.94, "num_F1": 0.96, "num_kind": 0.98,
                  "num_value": 0.97, "ent_F1": 0.96, "ent_per_gold": 1.04,
                  "label_consistency": 0.89},
    "heldout43": {"quote_F1": 0.95, "speaker_acc": 0.98, "num_F1": 0.97, "num_kind": 0.98,
                  "num_value": 0.97, "ent_F1": 0.97, "ent_per_gold": 1.02,
                  "label_consistency": 0.91},
    "heldout44": {"quote_F1": 0.95, "speaker_acc": 0.98, "num_F1": 0.97, "num_kind": 0.98,
                  "num_value": 0.97, "ent_F1": 0.98, "ent_per_gold": 1.04,
                  "label_consistency": 0.93},
    "heldout45": {"quote_F1": 0.97, "speaker_acc": 0.98, "num_F1": 0.97, "num_kind": 0.95,
                  "num_value": 0.98, "ent_F1": 0.95, "ent_per_gold": 1.02,
                  "label_consistency": 0.91},
    "heldout46": {"quote_F1": 0.95, "speaker_acc": 0.98, "num_F1": 0.95, "num_kind": 0.97,
                  "num_value": 0.98, "ent_F1": 0.92, "ent_per_gold": 1.02,
                  "label_consistency": 0.95},
    "heldout47": {"quote_F1": 0.97, "speaker_acc": 0.98, "num_F1": 0.97, "num_kind": 0.97,
                  "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.04,
                  "label_consistency": 0.87},
    "heldout48": {"quote_F1": 0.95, "speaker_acc": 0.98, "num_F1": 0.97, "num_kind": 0.97,
                  "num_value": 0.98, "ent_F1": 0.93, "ent_per_gold": 1.02,
                  "label_consistency": 0.90},
    "heldout49": {"quote_F1": 0.96, "speaker_acc": 0.98, "num_F1": 0.98, "num_kind": 0.98,
                  "num_value": 0.98, "ent_F1": 0.96, "ent_per_gold": 1.02,
                  "label_consistency": 0.89},
    "heldout50": {"quote_F1": 0.97, "speaker_acc": 0.92, "num_F1": 0.96, "num_kind": 0.98,
                  "num_value": 0.98, "ent_F1": 0.92, "ent_per_gold": 1.02,
                  "label_consistency": 0.89},
    "heldout51": {"quote_F1": 0.96, "speaker_acc": 0.98, "num_F1": 0.98, "num_kind": 0.98,
                  "num_value": 0.98, "ent_F1": 0.94, "ent_per_gold": 1.02,
                  "label_consistency": 0.82},
    "heldout52": {"quote_F1": 0.96, "speaker_acc": 0.94, "num_F1": 0.96, "num_kind": 0.97,
                  "num_value": 0.98, "ent_F1": 0.90, "ent_per_gold": 1.04,
                  "label_consistency": 0.84},
    "heldout53": {"quote_F1": 0.98, "speaker_acc": 0.96, "num_F1": 0.97, "num_kind": 0.98,
                  "num_value": 0.98, "ent_F1": 0.96, "ent_per_gold": 1.02,
                  "label_consistency": 0.87},
    "heldout54": {"quote_F1": 0.97, "speaker_acc": 0.96, "num_F1": 0.95, "num_kind": 0.97,
                  "num_value": 0.98, "ent_F1": 0.95, "ent_per_gold": 1.02,
                  "label_consistency": 0.93},
    "heldout55": {"quote_F1": 0.98, "speaker_acc": 0.98, "num_F1": 0.95, "num_kind": 0.97,
                  "num_value": 0.98, "ent_F1": 0.97, "ent_per_gold": 1.04,
                  "label_consistency": 0.86},
    "heldout56": {"quote_F1": 0.97, "speaker_acc": 0.98, "num_F1": 0.97, "num_kind": 0.96,
                  "num_value": 0.96, "ent_F1": 0.95, "ent_per_gold": 1.02,
                  "label_consistency": 0.93},
    "heldout57": {"quote_F1": 0.98, "speaker_acc": 0.96, "num_F1": 0.97, "num_kind": 0.97,
                  "num_value": 0.97, "ent_F1": 0.97, "ent_per_gold": 1.02,
                  "label_consistency": 0.89},
    "heldout58": {"quote_F1": 0.98, "speaker_acc": 0.98, "num_F1": 0.96, "num_kind": 0.96,
                  "num_value": 0.98, "ent_F1": 0.93, "ent_per_gold": 1.04,
                  "label_consistency": 0.90},
    "heldout59": {"quote_F1": 0.98, "speaker_acc": 0.93, "num_F1": 0.97, "num_kind": 0.98,
                  "num_value": 0.98, "ent_F1": 0.93, "ent_per_gold": 1.06,
                  "label_consistency": 0.91},
    "heldout60": {"quote_F1": 0.97, "speaker_acc": 0.98, "num_F1": 0.96, "num_kind": 0.98,
                  "num_value": 0.97, "ent_F1": 0.94, "ent_per_gold": 1.04,
                  "label_consistency": 0.89},
}
FALLBACK_FLOORS = {"quote_F1": 0.95, "num_F1": 0.95, "num_kind": 0.95, "ent_F1": 0.90}


def _check(measured: dict, floors: dict) -> dict:
    return {
        k: round(measured[k], 3) for k, floor in floors.items()
        if (measured[k] > floor if k == "ent_per_gold" else measured[k] < floor)
    }


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_engine_meets_its_floors(nlp, name):
    _, total, _ = evaluate(DATA / name, nlp)
    assert _check(metrics(total), FLOORS[name]) == {}


def test_rule_based_fallback_still_finds_quotes_numbers_and_names():
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    _, total, _ = evaluate(DATA / "corpus", blank)
    assert _check(metrics(total), FALLBACK_FLOORS) == {}


def test_a_description_matches_with_or_without_the_clause_that_ends_it():
    from benchmarks.score import _speaker_ok

    assert _speaker_ok("A nurse who commutes from Thionville", "a nurse", [], described=True)
    assert _speaker_ok("a nurse", "a nurse who commutes from Thionville", [], described=True)
    assert not _speaker_ok("A nurse who commutes", "a doctor", [], described=True)
    assert not _speaker_ok("a nurse", "nurse", [], described=True)  # one word says too little
    assert not _speaker_ok("Ana Lima", "Ana", [], described=False)
