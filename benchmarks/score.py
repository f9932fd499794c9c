"""Score the engine against the gold corpus: `python benchmarks/score.py [--model NAME] [DIR]`.

Prints one row per article and a total for quotes, speakers, numbers and entities, with the
metrics of issue 2 (§5).  ``--details`` lists every miss and false positive.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader import document
from reader.nlp import pipeline
from reader.nlp.analyze import analyze

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"


def _covered(span, others) -> float:
    """Share of ``span``'s characters inside the union of ``others``."""
    s, e = span
    if e <= s:
        return 0.0
    chars = set()
    for os_, oe in others:
        lo, hi = max(s, os_), min(e, oe)
        if lo < hi:
            chars.update(range(lo, hi))
    return len(chars) / (e - s)


def _jaccard(a, b) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _speaker_ok(gold_speaker, pred_speaker, gold_entities, described: bool = False) -> bool:
    """The right speaker: the gold name or one of its entity's mentions; for someone only
    described, the same description, with or without the clause that ends it (annotators
    differ on "a nurse" / "a nurse who commutes from Thionville"; both name the same person)."""
    if gold_speaker is None:
        return pred_speaker is None
    if pred_speaker is None:
        return False
    if described:
        short, long_ = sorted((gold_speaker.lower().split(), pred_speaker.lower().split()), key=len)
        if len(short) >= 2 and long_[:len(short)] == short:
            return True
    names = {gold_speaker.lower()}
    for ent in gold_entities:
        if ent["text"] == gold_speaker or gold_speaker in ent["mentions"]:
            names.update(m.lower() for m in ent["mentions"])
            names.add(ent["text"].lower())
    return pred_speaker.lower() in names


def score_article(result, gold) -> dict:
    c: dict = {}
    details: list[str] = []
    # Quotes
    gq = [(q["start"], q["start"] + len(q["text"]), q) for q in gold["quotes"]]
    pq = [q for q in result.quotes if q.kind == "direct"]
    pspans = [(q.start, q.end) for q in pq]
    gspans = [(s, e) for s, e, _ in gq]
    c["q_pred"] = len(pq)
    c["q_gold"] = len(gq)
    c["q_tp_p"] = sum(_covered(s, gspans) >= 0.8 for s in pspans)
    c["q_tp_r"] = 0
    c["q_spk"] = 0
    for s, e, g in gq:
        if _covered((s, e), pspans) >= 0.8:
            c["q_tp_r"] += 1
            best = max(pq, key=lambda q: _jaccard((q.start, q.end), (s, e)))
            if _speaker_ok(g["speaker"], best.speaker, gold["entities"],
                           g.get("speaker_is_name") is False):
                c["q_spk"] += 1
            else:
                details.append(f"  speaker: {g['text'][:50]!r}: gold {g['speaker']!r}, got {best.speaker!r}")
        else:
            details.append(f"  quote missed: {g['text'][:60]!r}")
    for q in pq:
        if _covered((q.start, q.end), gspans) < 0.8:
            details.append(f"  quote false: {q.text[:60]!r}")
    # Numbers
    gn = [(n["start"], n["start"] + len(n["text"]), n) for n in gold["numbers"]]
    c["n_pred"] = len(result.numbers)
    c["n_gold"] = len(gn)
    matched = set()
    c["n_tp"] = c["n_kind"] = c["n_value"] = 0
    for s, e, g in gn:
        best = None
        for i, n in enumerate(result.numbers):
            if i not in matched and _jaccard((n.start, n.end), (s, e)) >= 0.5:
                best = i
                break
        if best is None:
            details.append(f"  number missed: {g['text']!r} ({g['kind']})")
            continue
        matched.add(best)
        n = result.numbers[best]
        c["n_tp"] += 1
        if n.kind == g["kind"]:
            c["n_kind"] += 1
        else:
            details.append(f"  number kind: {g['text']!r}: gold {g['kind']}, got {n.kind}")
        gv, pv = g["value"], n.value
        if (gv is None and pv is None) or (
            gv is not None and pv is not None and abs(gv - pv) <= 0.01 * max(1, abs(gv))
        ):
            c["n_value"] += 1
        else:
            details.append(f"  number value: {g['text']!r}: gold {gv}, got {pv}")
    for i, n in enumerate(result.numbers):
        if i not in matched:
            details.append(f"  number false: {n.text!r} ({n.kind})")
    # Entities
    c["e_gold"] = len(gold["entities"])
    c["e_pred"] = len(result.entities)
    found = 0
    covering_total = 0
    consistent = 0
    used_pred = set()
    for g in gold["entities"]:
        strings = set(g["mentions"]) | {g["text"]}
        covering = [p for p in result.entities if strings & {m.text for m in p.mentions}]
        if covering:
            found += 1
            covering_total += len(covering)
            used_pred.update(p.id for p in covering)
            if all(p.label == g["label"] for p in covering):
                consistent += 1
            else:
                labels = sorted({p.label for p in covering})
                details.append(f"  entity label: {g['text']!r}: gold {g['label']}, got {labels}")
            if len(covering) > 1:
                details.append(f"  entity split: {g['text']!r} -> {[p.name for p in covering]}")
        else:
            details.append(f"  entity missed: {g['text']!r} ({g['label']})")
    for p in result.entities:
        if p.id not in used_pred:
            details.append(f"  entity false: {p.name!r} ({p.label})")
    c["e_found"] = found
    c["e_covering"] = covering_total
    c["e_consistent"] = consistent
    c["e_pred_ok"] = len(used_pred)
    return c, details


def _f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def metrics(c) -> dict:
    qp = c["q_tp_p"] / c["q_pred"] if c["q_pred"] else 1.0
    qr = c["q_tp_r"] / c["q_gold"] if c["q_gold"] else 1.0
    np_ = c["n_tp"] / c["n_pred"] if c["n_pred"] else 1.0
    nr = c["n_tp"] / c["n_gold"] if c["n_gold"] else 1.0
    ep = c["e_pred_ok"] / c["e_pred"] if c["e_pred"] else 1.0
    er = c["e_found"] / c["e_gold"] if c["e_gold"] else 1.0
    return {
        "quote_P": qp, "quote_R": qr, "quote_F1": _f1(qp, qr),
        "speaker_acc": c["q_spk"] / c["q_gold"] if c["q_gold"] else 1.0,
        "num_P": np_, "num_R": nr, "num_F1": _f1(np_, nr),
        "num_kind": c["n_kind"] / c["n_tp"] if c["n_tp"] else 1.0,
        "num_value": c["n_value"] / c["n_tp"] if c["n_tp"] else 1.0,
        "ent_P": ep, "ent_R": er, "ent_F1": _f1(ep, er),
        "ent_per_gold": c["e_covering"] / c["e_found"] if c["e_found"] else 0.0,
        "label_consistency": c["e_consistent"] / c["e_found"] if c["e_found"] else 1.0,
    }


COLUMNS = ["quote_F1", "speaker_acc", "num_F1", "num_kind", "num_value", "ent_F1",
           "ent_per_gold", "label_consistency"]
TARGETS = {"quote_F1": 0.95, "speaker_acc": 0.90, "num_F1": 0.93, "num_kind": 0.92,
           "num_value": 0.95, "ent_F1": 0.90, "ent_per_gold": 1.05, "label_consistency": 0.95}


def evaluate(directory: Path, nlp, only=None):
    """Score every article of ``directory``: (per-article rows, summed counts, details)."""
    rows, total, details = [], {}, {}
    names = sorted(p.stem for p in Path(directory).glob("*.json"))
    for name in names:
        if only and name not in only:
            continue
        gold = json.loads((Path(directory) / f"{name}.json").read_text(encoding="utf-8"))
        result = analyze(document.load(Path(directory) / f"{name}.txt"), nlp)
        c, details[name] = score_article(result, gold)
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
        rows.append((name, metrics(c)))
    return rows, total, details


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--model")
    ap.add_argument("--details", action="store_true", help="list every miss and false positive")
    ap.add_argument("--only", help="comma-separated article ids")
    args = ap.parse_args(argv)
    nlp = pipeline.load(pipeline.choose(args.model))
    rows, total, details = evaluate(args.dir, nlp, args.only.split(",") if args.only else None)
    print(f"model: {pipeline.describe(nlp)}")
    print(f"{'article':<8}" + "".join(f"{c:>18}" for c in COLUMNS))
    for name, m in rows:
        print(f"{name:<8}" + "".join(f"{m[col]:>18.3f}" for col in COLUMNS))
        if args.details:
            print("\n".join(details[name]))
    m = metrics(total)
    print(f"{'ALL':<8}" + "".join(f"{m[col]:>18.3f}" for col in COLUMNS))
    print(f"{'target':<8}" + "".join(
        f"{('≤' if col == 'ent_per_gold' else '≥') + format(TARGETS[col], '.2f'):>18}" for col in COLUMNS))
    print("\n" + "  ".join(f"{k}={v:.3f}" for k, v in m.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
