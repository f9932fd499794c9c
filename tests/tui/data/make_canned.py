"""Rebuild sample.json: a canned analysis of the bundled sample made from the corpus gold (01).

UI tests and snapshots use it so that no model runs and no engine change churns them.  The text
is the bundled Wikinews sample (CC BY 2.5; see reader/data/SAMPLE-ATTRIBUTION.md).
Run: python tests/tui/data/make_canned.py
"""

import json
import re
from pathlib import Path

from reader import document
from reader.nlp.types import Analysis, Entity, Mention, Number, Quote

HERE = Path(__file__).parent
gold = json.loads((HERE.parents[1] / "data" / "corpus" / "01.json").read_text())
doc = document.load(document.sample_path())
text = doc.text

taken: set[int] = set()
entities = []
for i, e in enumerate(gold["entities"], 1):
    mentions = []
    for name in sorted(set(e["mentions"]), key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not taken.intersection(range(m.start(), m.end())):
                taken.update(range(m.start(), m.end()))
                mentions.append(Mention(m.start(), m.end(), name))
    if mentions:
        mentions.sort(key=lambda m: m.start)
        entities.append(Entity(f"e{i}", e["text"], e["label"], tuple(mentions)))
by_name = {e.name: e.id for e in entities}
quotes = tuple(
    Quote(f"q{i}", q["start"], q["start"] + len(q["text"]), q["text"], q["speaker"],
          by_name.get(q["speaker"]), "said", "direct")
    for i, q in enumerate(gold["quotes"], 1)
)
numbers = tuple(
    Number(f"n{i}", n["start"], n["start"] + len(n["text"]), n["text"], n["kind"], n["value"],
           n["unit"])
    for i, n in enumerate(gold["numbers"], 1)
)
for item in (*quotes, *numbers):
    assert text[item.start:item.end] == item.text, item
analysis = Analysis(text=text, source="sample.txt", model="canned (corpus gold 01)",
                    text_sha256=doc.sha256, paragraphs=doc.paragraphs, entities=tuple(entities),
                    quotes=quotes, numbers=numbers)
(HERE / "sample.json").write_text(json.dumps(analysis.to_json(), indent=1, ensure_ascii=False))
print(len(entities), "entities,", len(quotes), "quotes,", len(numbers), "numbers")
