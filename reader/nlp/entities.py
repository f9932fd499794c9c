"""Entities consolidated per document: one entry per referent, with every mention.

Steps: collect name spans (the model's entities, plus capitalised names with clear evidence,
or capitalised names only when the pipeline has no NER); repair them (leading "the", titles,
possessives, trailing punctuation, "Iran-Iraq", "North and South Korea"); link the names of one
referent (same name, acronym, known alias, "State of Texas", a surname or short form of a fuller
name); decide each referent's label from the whole document; recover the occurrences of its
names the model missed.  Word lists live in ``ent_lexicon``.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass

from reader.nlp import ent_lexicon as lex
from reader.nlp.types import ENTITY_LABELS, Entity, Mention

APOS = "'’"
CONNECTORS = frozenset(
    "of and & de del della di da dos das du van von der den la le al el bin ibn for on the y ten ter"
    " zu af bint".split()
)
PARTICLES = frozenset("de del della di da dos das du van von der den la le ten ter al el bin ibn "
                      "bint zu af".split())
_HEADS = lex.ORG_HEADS | lex.FAC_HEADS
_WORD = re.compile(r"[\w][\w&.'’\-]*")
_ACRONYM = re.compile(r"^(?:[A-Z][A-Z0-9&]{1,7}|(?:[A-Z]\.){2,5})$")


@dataclass
class Cand:
    start: int
    end: int
    label: str | None  # the model's label, or a rule's, or None
    source: str = "ner"  # "ner", "rule", "acro" (spells an acronym), "cap", "scan" (recovered)


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    sent_start: bool


class _Occupancy:
    """Which span covers each character: overlap queries cost the query's length, not the
    number of spans (a book has tens of thousands of names)."""

    def __init__(self, n: int):
        self.at = array("i", [-1]) * (n + 1)
        self.spans: dict[int, tuple[int, int]] = {}
        self.next = 0

    def add(self, s: int, e: int) -> int:
        i = self.next
        self.next += 1
        self.spans[i] = (s, e)
        for j in range(s, e):
            self.at[j] = i
        return i

    def remove(self, i: int) -> None:
        s, e = self.spans.pop(i)
        for j in range(s, e):
            if self.at[j] == i:
                self.at[j] = -1

    def hits(self, s: int, e: int) -> list[int]:
        return sorted({i for i in self.at[s:e] if i >= 0})


# --------------------------------------------------------------------------- tokens and spans


def _tokens(parsed) -> list[_Tok]:
    out = []
    for base, sdoc in parsed:
        for t in sdoc:
            if t.is_space:
                continue
            out.append(_Tok(base + t.idx, base + t.idx + len(t.text), t.text,
                            bool(t.is_sent_start) or t.i == 0))
    return out


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


def _is_name_word(w: str) -> bool:
    return w[:1].isupper() or (w[:1].isdigit() and any(c.isalpha() for c in w))


def _initials(name: str) -> str:
    out = []
    for w in _words(name):
        if w.lower() in CONNECTORS:
            continue
        if w[:1].isupper() or w[:1].isdigit():
            out.append(w[0] if not w[:1].isdigit() else re.match(r"\d+", w).group())
    return "".join(out)


def _acronym_key(s: str) -> str:
    return s.replace(".", "")


def _is_acronym(s: str) -> bool:
    return bool(_ACRONYM.match(s))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'")).strip().casefold()


# --------------------------------------------------------------------------- repairs


def _trim(text: str, c: Cand) -> Cand | None:
    """Strip leading articles/lowercase words/titles, trailing possessives and punctuation."""
    s, e = c.start, c.end
    for _ in range(12):
        old = (s, e)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        span = text[s:e]
        # possessive at the end: "Barzani’s", "Texas A&M's", "Charles'"
        m = re.search(r"[" + APOS + r"]s?$", span)
        if m and (m.group() != "'" or span[:-1].endswith("s")) and len(span) > 2:
            e -= len(m.group())
            continue
        if span and span[-1] in ",;:!?)(]\"“”‘-–—/":
            e -= 1
            continue
        if span.endswith(".") and not _abbrev_end(span):
            e -= 1
            continue
        if span and span[0] in "(\"“”‘'[-–—/":
            s += 1
            continue
        m = re.match(r"^(?:non|anti|pro|ex|post|pre|neo|pan|mid)-(?=[A-Z])", span)
        if m:
            s += m.end()
            continue
        if span[:1] in "@#":
            return None
        if " (" in span or " [" in span:
            e = s + min(i for i in (span.find(" ("), span.find(" [")) if i >= 0)
            continue
        words = span.split()
        if len(words) > 1 and re.match(r"^\d+[-–]\d+$", words[-1]):
            e = s + span.rfind(" ")
            continue
        if len(words) > 1 and words[-1].isdigit() and " ".join(words[:-1]) in lex.GPES:
            e = s + span.rfind(" ")
            continue
        if len(words) > 1:
            first, last = words[0], words[-1]
            if (first.lower() in ("the", "a", "an") and not (
                    first == "The" and (not _sentence_initial(text, s) or last in _PAPERS))) or (
                first[:1].islower() and not first[:1].isdigit() and first.lower() not in ("e",)
                and not re.match(r"^[a-z]+[A-Z]", first)
            ):
                s += len(first)
                continue
            if (last[:1].islower() and not re.match(r"^[a-z]+[A-Z]", last)
                    and not re.search(r"[" + APOS + r"]s$", words[-2])):
                e -= len(last)
                while e > s and text[e - 1].isspace():
                    e -= 1
                continue
        if (s, e) == old:
            break
    if e <= s or not any(ch.isalpha() for ch in text[s:e]):
        return None
    return Cand(s, e, c.label, c.source)


_PAPERS = frozenset("Times Post Guardian Telegraph Herald Independent Economist Observer Journal "
                    "Tribune Gazette Globe Mail Sun Star Chronicle Inquirer Courier".split())


def _with_the(text: str, c: Cand) -> Cand:
    """"The Guardian", "The Straits Times": a newspaper's "The" is part of its name."""
    span = text[c.start:c.end]
    if span.split()[-1] in _PAPERS and text[max(0, c.start - 4):c.start] == "The ":
        return Cand(c.start - 4, c.end, c.label, c.source)
    return c


def _sentence_initial(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"“‘'(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;”"


def _abbrev_end(span: str) -> bool:
    last = span.split()[-1]
    return bool(re.match(r"^(?:[A-Za-z]\.){1,}$", last)) or last in (
        "Inc.", "Corp.", "Ltd.", "Co.", "Jr.", "Sr.", "St.", "Bros.")


def _strip_titles(text: str, c: Cand) -> tuple[Cand, bool]:
    """Drop leading title words ("Ayatollah", "NASA Administrator") from a person's name,
    and "Chairman of the" from an organisation's."""
    words = list(re.finditer(r"\S+", text[c.start:c.end]))
    if len(words) > 2 and words[0].group() in lex.TITLES and words[1].group() in ("of", "for"):
        j = 3 if words[2].group() == "the" and len(words) > 3 else 2
        t = _trim(text, Cand(c.start + words[j].start(), c.end, c.label, c.source))
        return (t, False) if t is not None else (c, False)
    i = 0
    while i < len(words) - 1 and words[i].group().rstrip(",") in lex.TITLES:
        i += 1
    if i and c.label in (None, "PERSON") and not _head_label(text[c.start:c.end]):
        return Cand(c.start + words[i].start(), c.end, "PERSON", c.source), True
    return c, False


_GPE_KEYS = frozenset(_norm(x) for x in lex.GPES)


def _split_parts(text: str, c: Cand, known: set[str]) -> list[Cand]:
    """Split "North and South Korea", "Santo Spirito and Immacolata", "X Museum of Y" (Y a place)."""
    span = text[c.start:c.end]
    if _norm(span) in _GPE_KEYS:
        return [c]
    # "Rathbun the Scientology": a lowercase "the" not after "of"/"and" ends a name
    m = re.search(r"(?<!\bof)(?<!\band)(?<!\bfor)(?<!\bon)(?<!\bin) the (?=[A-Z])", span)
    if m:
        return (_split_parts(text, Cand(c.start, c.start + m.start(), c.label, c.source), known)
                + _split_parts(text, Cand(c.start + m.end(), c.end, c.label, c.source), known))
    # "Lydia Buchtmann for Food Standards Australia": a person "for" an organisation
    m = re.search(r" for (?=[A-Z])", span)
    if m and _person_shape(span[: m.start()]):
        return [Cand(c.start, c.start + m.start(), "PERSON", c.source),
                Cand(c.start + m.end(), c.end, "ORG" if c.label == "PERSON" else c.label,
                     c.source)]
    # "Council on American-Islamic Relations Alia Salem": a person's name after a head word
    words = list(re.finditer(r"\S+", span))
    for i, w in enumerate(words[:-2]):
        if w.group() in lex.ORG_HEADS and i > 0 and _person_shape(
                span[words[i + 1].start():]) and len(words) - i - 1 in (2, 3):
            return [Cand(c.start, c.start + w.end(), c.label, c.source),
                    Cand(c.start + words[i + 1].start(), c.end, "PERSON", c.source)]
    m = re.search(r" of (?:the )?", span)
    if m:
        left, right = span[: m.start()], span[m.end():]
        lw = left.split()
        if lw and lw[-1] in lex.GPE_OF_HEADS and len(lw) == 1:
            return [Cand(c.start, c.end, "GPE", c.source)]
        if len(lw) > 1 and _norm(left) in known and right[:1].isupper():
            lab = "GPE" if right in lex.GPES or len(right.split()) == 1 else None
            return (_split_parts(text, Cand(c.start, c.start + m.start(), c.label, c.source), known)
                    + [Cand(c.start + m.end(), c.end, lab, "rule")])
    m = re.search(r" and ", span)
    if m and " of " not in span:
        left, right = span[: m.start()], span[m.end():]
        rwords = right.split()
        head_end = rwords and (rwords[-1] in lex.ORG_HEADS or rwords[-1] in lex.FAC_HEADS)
        lwords = left.split()
        short = (len(lwords) <= 2 or _norm(left) in known) and (
            len(rwords) <= 2 or _norm(right) in known)
        if (right and left and right[0].isupper() and left[0].isupper() and short
                and not (head_end and len(lwords) <= 2 and not _norm(left) in known)):
            return [Cand(c.start, c.start + m.start(), c.label, c.source),
                    Cand(c.start + m.end(), c.end, c.label, c.source)]
    return [c]


def _hyphen_pairs(text: str) -> list[Cand]:
    """"Iran-Iraq": two places joined by a hyphen are two names."""
    out = []
    places = lex.GPES | lex.LOCATIONS
    for m in re.finditer(r"(?<![\w-])([A-Z][\w.]+)-([A-Z][\w.]+)(?![\w-])", text):
        a, b = m.group(1), m.group(2)
        if a in places and b in places:
            out.append(Cand(m.start(1), m.end(1), "GPE", "rule"))
            out.append(Cand(m.start(2), m.end(2), "GPE", "rule"))
    return out


def _designators(text: str, cands: list[Cand]) -> list[Cand]:
    """Mission and model designators ("STS-135", "SU-35"): a mission is an EVENT, a machine a
    PRODUCT, never a place.  Taken where the model saw a name, or where a mission is talked of."""
    out = []
    starts = {c.start: c for c in cands}
    for m in re.finditer(r"(?<![\w-])[A-Z]{2,5}-\d{1,4}[A-Z]?(?![\w-])", text):
        window = text[max(0, m.start() - 120):m.end() + 120].lower()
        mission = re.search(r"\b(?:missions?|flights?|launch\w*|spaceflights?|orbit\w*)\b", window)
        if mission or m.start() in starts:
            out.append(Cand(m.start(), m.end(), "EVENT" if mission else "PRODUCT", "rule"))
    return out


# --------------------------------------------------------------------------- capitalised names


def _capitalised_runs(text: str, toks: list[_Tok]) -> list[Cand]:
    """Runs of capitalised words (with "of", "and", "&", "de" ... inside): names without NER."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for i, t in enumerate(toks):
        joined = cur and t.start == cur[-1].end
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if _is_name_word(t.text) or (t.text.isdigit() and cur) or (
            cur and t.text in ("'s", "’s") and nxt in _HEADS  # "St. Mary's Cathedral"
        ) or (
            cur and (t.text.lower() in CONNECTORS or t.text in ("-", "&"))
            and not (t.text.lower() == "the" and cur[-1].text.lower() == "and")
        ) or (joined and t.text in ("-",)) or (
            joined and cur[-1].text == "-" and t.text.isalnum() and len(cur) > 1
            and len(cur[-2].text) > 1  # "Kim Jong-un", not "T-shirt"
        ):
            if t.sent_start and cur:
                runs.append(cur)
                cur = []
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out = []
    for whole in runs:
        # a day or month name ends a name: "Court of Cassation on July 8"
        pieces, cur = [], []
        for t in whole:
            if t.text in lex.DAYS_MONTHS:
                pieces.append(cur)
                cur = []
            else:
                cur.append(t)
        pieces.append(cur)
        for run in pieces:
            out.extend(_run_names(text, run))
    return out


def _trim_run(run: list[_Tok], text: str) -> list[_Tok]:
    while run and (run[-1].text.lower() in CONNECTORS or run[-1].text in ("-", "&")
                   or run[-1].text.isdigit() or run[-1].text in lex.TITLES
                   or len(run[-1].text) == 1 and text[run[-1].end:run[-1].end + 1] == "-"):
        run = run[:-1]
    while run and (run[0].text in lex.FUNCTION_WORDS or run[0].text.lower() in CONNECTORS
                   or run[0].text.isdigit()):
        run = run[1:]
    return run


def _run_names(text: str, run: list[_Tok]) -> list[Cand]:
    """The names in one run of capitalised words, cut at titles and portfolios."""
    run = _trim_run(run, text)
    if not run:
        return []
    out: list[Cand] = []
    # "Minister of Education Stefania Giannini", "Undersecretary for Education Mr. Toccafondi"
    if len(run) > 2 and run[0].text in lex.TITLE_OF_HEADS and run[1].text in ("of", "for"):
        later = [i for i in range(2, len(run) - 1) if run[i].text in lex.TITLES]
        if later:
            run = run[later[-1] + 1:]
        elif len(run) > 4 and _person_shape(text[run[-2].start:run[-1].end]):
            run = run[-2:]
        else:
            return []
    # "German Chancellor Olaf Scholz": a title inside a run ends one name, starts another
    cut = [i for i, t in enumerate(run) if t.text in lex.TITLES and 0 < i < len(run) - 1
           and _person_shape(text[run[i + 1].start:run[-1].end])]
    if cut:
        i = cut[0]
        out.extend(_run_names(text, run[:i]))
        run = run[i + 1:]
    # "Washington Chris Gregoire": a place, then a person
    if len(run) > 2 and run[0].text in lex.GPES and _person_shape(
            text[run[1].start:run[-1].end]):
        out.append(Cand(run[0].start, run[0].end, None, "cap"))
        run = run[1:]
    # "Sensitive Canadian": a nationality ends no name
    if len(run) > 1 and run[-1].text in lex.NORP_WORDS:
        k = 2 if len(run) > 2 and text[run[-2].start:run[-1].end] in lex.NORP_WORDS else 1
        out.append(Cand(run[-k].start, run[-1].end, None, "cap"))  # "New Democrat"
        run = _trim_run(run[:-k], text)
    if run:
        out.append(Cand(run[0].start, run[-1].end, None, "cap"))
    return out


# --------------------------------------------------------------------------- labels


def _lexicon_label(name: str) -> str | None:
    found = _lexicon_label_exact(name)
    if found is None and name.isupper() and len(name.replace(" ", "")) > 4:
        found = _lexicon_label_exact(name.title())  # datelines: "NAIROBI –", "THE HAGUE –"
    return found


def _lexicon_label_exact(name: str) -> str | None:
    if name in lex.GPES or name in lex.KNOWN_ALIASES and lex.KNOWN_ALIASES[name] in lex.GPES:
        return "GPE"
    if name in lex.LOCATIONS:
        return "LOC"
    if name in lex.NORP_WORDS:
        return "NORP"
    if name.endswith("s") and (name[:-1] in lex.NORP_WORDS or name[:-1] in lex.NORP_WORDS):
        return "NORP"
    if name in lex.KNOWN_ORGS:
        return "ORG"
    return None


def _head_label(name: str) -> str | None:
    words = name.split()
    if not words:
        return None
    for lead in lex.PRODUCT_LEADS:
        if (name.startswith(lead + " ") and len(words) > len(lead.split())
                and words[-1] not in lex.ORG_HEADS and words[-1].lower() not in _NOT_PRODUCT):
            return "PRODUCT"
    if len(words) >= 2 and words[0] in lex.GPE_OF_HEADS and words[1] == "of":
        return "GPE"
    last = re.sub(r"-\d+[A-Z]?$", "", words[-1])  # "Orbiter Processing Facility-1"
    if " of " in name:
        head = name.split(" of ")[0].split()[-1]
        if head in lex.ORG_HEADS:
            return "ORG"
        if head in lex.FAC_HEADS:
            return "FAC"
    if len(words) < 2:
        return None
    if last in lex.FAC_HEADS:
        if last in ("Center", "Centre") and len(words) >= 2 and words[-2] in ("Science", "Medical",
                                                                              "Cultural", "Research"):
            return "ORG"
        return "FAC"
    if last in lex.ORG_HEADS:
        return "ORG"
    if last in lex.EVENT_HEADS:
        return "EVENT"
    if last in lex.WORK_HEADS:
        return "WORK_OF_ART"
    if last in lex.LAW_HEADS:
        return "LAW"
    # "Australian Centre for Control of ...": an organisation's head word before "for"/"of"
    for w in words[1:-1]:
        if w in lex.ORG_HEADS and w not in ("Times", "News", "Post"):
            return "ORG"
    return None


_NOT_PRODUCT = frozenset("program programme orbiter orbiters mission missions fleet crew".split())


def _person_shape(name: str) -> bool:
    words = name.split()
    if not 2 <= len([w for w in words if w.lower() not in PARTICLES]) <= 4:
        return False
    if _lexicon_label(name) or _head_label(name):
        return False
    return all((w[0].isupper() and all(ch.isalpha() or ch in "'’-" for ch in w.rstrip("."))
                and (len(w) > 1 or w.endswith(".")))
               or w.lower() in PARTICLES or w == "ben" for w in words)


# --------------------------------------------------------------------------- grouping


class _UF:
    def __init__(self):
        self.p: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.p.setdefault(x, x)
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[rb] = ra


def _context_votes(text: str, c: Cand) -> dict[str, float]:
    """Evidence around one mention: a title before it, a speech verb next to it."""
    votes: dict[str, float] = {}
    before = text[max(0, c.start - 40):c.start]
    after = text[c.end:c.end + 30]
    prev = re.findall(r"[\w.]+", before)
    if prev and ((prev[-1] in lex.TITLES and prev[-1] not in ("Supreme", "General", "Grand"))
                 or prev[-1] in lex.ROLE_WORDS) and re.search(r"\s$", before):
        votes["PERSON"] = votes.get("PERSON", 0) + 2.0
    name = text[c.start:c.end]
    personish = not _is_acronym(name) and not any(ch.isdigit() for ch in name)
    nxt = re.match(r"^(?:[" + APOS + r"]s)?,?\s+(\w+)", after)
    if personish and nxt and nxt.group(1) in lex.SPEECH_VERBS:
        votes["PERSON"] = votes.get("PERSON", 0) + 0.75
    if personish and prev and prev[-1] in lex.SPEECH_VERBS and re.search(r"[,”\"]\s*\w+\s*$", before):
        votes["PERSON"] = votes.get("PERSON", 0) + 0.75
    place_words = ("town", "city", "village", "province", "state", "region", "county", "suburb",
                   "municipality", "capital")
    of_place = ("residents", "people", "mayor", "outskirts", "north", "south", "east", "west",
                "centre", "center", "streets", "citizens", "suburbs", "heart")
    if prev and (prev[-1] in place_words or len(prev) > 1 and prev[-1] == "of"
                 and (prev[-2] in place_words or prev[-2] in of_place)):
        votes["GPE"] = votes.get("GPE", 0) + 3.5
    # "the Monti government", "the Obama administration": a leader's name
    if (re.match(r"^ (?:government|administration|cabinet|presidency|era)\b", after)
            and personish and not _lexicon_label(name)):
        votes["PERSON"] = votes.get("PERSON", 0) + 3.5
    # "Tehran and Erbil": coordinated with a known place
    m1 = re.search(r"(\S+) and $", before)
    m2 = re.match(r"^ and ([A-Z][\w.]+(?: [A-Z][\w.]+)?)", after)
    if (m1 and m1.group(1) in lex.GPES) or (m2 and m2.group(1) in lex.GPES):
        votes["GPE"] = votes.get("GPE", 0) + 1.5
    return votes


def consolidate(text: str, parsed) -> list[Entity]:
    toks = _tokens(parsed)
    has_ner = any(sdoc.has_annotation("ENT_IOB") for _, sdoc in parsed)
    keep = set(ENTITY_LABELS)
    raw: list[Cand] = []
    for base, sdoc in parsed:
        for ent in sdoc.ents:
            if ent.label_ in keep:
                raw.append(Cand(base + ent.start_char, base + ent.end_char, ent.label_, "ner"))

    person_titled: set[tuple[int, int]] = set()
    cands: list[Cand] = []
    for c in raw:
        t = _trim(text, c)
        if t is None:
            continue
        t, titled = _strip_titles(text, t)
        if titled:
            person_titled.add((t.start, t.end))
        cands.append(t)

    # capitalised runs: all of them without NER, those with clear evidence alongside it
    caps = []
    for c in _capitalised_runs(text, toks):
        t = _trim(text, c)
        if t is None:
            continue
        t, titled = _strip_titles(text, t)
        if titled:
            person_titled.add((t.start, t.end))
        caps.append(t)
    cands = _merge_caps(text, cands, caps, toks, has_ner)

    cands = [c for c in cands if not _after_title_of(text, c)]
    cands = [_with_the(text, c) for c in cands]
    known = {_norm(text[c.start:c.end]) for c in cands}
    split: list[Cand] = []
    for c in cands:
        for p in ([c] if c.source == "acro" else _split_parts(text, c, known)):
            t = _trim(text, p)
            if t is not None:
                split.append(t)
    cands = split

    hy = _hyphen_pairs(text) + _designators(text, cands)
    cands = [c for c in cands if not any(c.start < h.end and h.start < c.end for h in hy)] + hy
    cands = _merge_demonym_place(text, cands)
    aliases = _paren_aliases(text, cands, toks)
    cands.extend(a for a in aliases.pop("__new__", []))
    cands = _dedupe(cands)
    return _build(text, cands, aliases, person_titled)


def _after_title_of(text: str, c: Cand) -> bool:
    """"Minister of Education", "Secretary for Foreign Affairs": a portfolio, not a name."""
    m = re.search(r"(\w+) (?:of|for) (?:the )?$", text[max(0, c.start - 40):c.start])
    return bool(m and m.group(1) in lex.TITLE_OF_HEADS and c.label != "GPE"
                and text[c.start:c.end] not in lex.GPES)


def _merge_caps(text, cands, caps, toks, has_ner) -> list[Cand]:
    out = list(cands)
    known = {tuple(text[o.start:o.end].split()) for o in cands if o.source == "ner"}
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for kw in known:
        for w in set(kw):
            by_first[w].append(kw)
    occ = _Occupancy(len(text))
    for c in cands:
        occ.add(c.start, c.end)  # ids are the positions in cands
    sent_starts = {t.start for t in toks if t.sent_start}
    counts = Counter(t.text for t in toks)
    tok_starts = [t.start for t in toks]
    index = {id(o): i for i, o in enumerate(cands)}
    acronyms = {_acronym_key(t.text) for t in toks if _is_acronym(t.text)}
    for c in caps:
        inside = [cands[i] for i in occ.hits(c.start, c.end)]
        if has_ner and len(text[c.start:c.end].split()) >= 3 and _initials(
                text[c.start:c.end]) in acronyms:
            out.append(Cand(c.start, c.end, None, "acro"))  # the expansion of an acronym used
            continue
        if inside and has_ner:
            lo = bisect_left(tok_starts, c.start)
            hi = bisect_left(tok_starts, c.end)
            run = [t for t in toks[lo:hi] if t.end <= c.end]
            for o in inside:
                if o.start < c.start or o.end > c.end:
                    continue
                s, e = _grow(run, o, occ)
                if _lexicon_label(text[o.start:o.end]) and not _lexicon_label(text[s:e]):
                    continue  # "Ottawa" stays Ottawa; "Democrat" may become "New Democrat"
                if (s, e) != (o.start, o.end):
                    out[index[id(o)]] = Cand(s, e, o.label, o.source)
            continue
        name = text[c.start:c.end]
        sent_initial = c.start in sent_starts
        if not has_ner:
            if name in lex.GENERIC:
                continue
            if sent_initial and len(name.split()) == 1 and not _lexicon_label(name):
                if counts[name] < 2:
                    continue
            out.append(c)
        else:
            lab = _lexicon_label(name) or (_head_label(name) if len(name.split()) >= 2 else None)
            if lab:
                out.append(Cand(c.start, c.end, lab, "rule"))
                continue
            # a fuller form of a name the model found elsewhere: "Masaud Pezeshkian"
            words = name.split()
            for kw in {kw for w in words for kw in by_first.get(w, ())}:
                pos = _sub_index(words, list(kw))
                if 0 <= pos and len(kw) < len(words) and all(
                        _extends_name(w) for i, w in enumerate(words)
                        if not pos <= i < pos + len(kw)):
                    out.append(Cand(c.start, c.end, None, "rule"))
                    break
    # acronyms the model missed whose expansion is a name here: "ROSA", "FAA"
    spelled = {_initials(text[o.start:o.end]) for o in out if len(text[o.start:o.end].split()) >= 2}
    for t in toks:
        if _is_acronym(t.text) and _acronym_key(t.text) in spelled:
            out.append(Cand(t.start, t.end, None, "cap"))
    return out


def _extends_name(w: str) -> bool:
    """A capitalised word the model left out of the name next to it ("Masaud" Pezeshkian)."""
    return (w[:1].isupper() and w not in lex.FUNCTION_WORDS and w not in lex.TITLES
            and w not in lex.DAYS_MONTHS and not _lexicon_label(w) and not _is_acronym(w)
            and w.lower() not in CONNECTORS)


def _grow(run: list[_Tok], o: Cand, occ: _Occupancy) -> tuple[int, int]:
    """Extend a model span over the capitalised words next to it that it left out
    ("Masaud" Pezeshkian, "New" Democrat, Erik "ten Hag", St. Mary "'s Cathedral")."""
    idx = [i for i, t in enumerate(run) if o.start <= t.start and t.end <= o.end]
    if not idx:
        return o.start, o.end
    first, last = idx[0], idx[-1]

    def ok(i: int, step: int) -> bool:
        t = run[i]
        if occ.hits(t.start, t.end):
            return False
        if _extends_name(t.text):
            # "Minister of Education | Stefania Giannini": a word after "of" is another name's
            return not (step < 0 and i > 0 and run[i - 1].text.lower() in ("of", "for", "and"))
        j = i + step
        if not 0 <= j < len(run):
            return False
        if t.text.lower() in PARTICLES:
            return _extends_name(run[j].text)
        if t.text in ("'s", "’s") and step > 0:
            return run[j].text in _HEADS
        return False

    while first > 0 and ok(first - 1, -1):
        first -= 1
    while last < len(run) - 1 and ok(last + 1, 1):
        last += 1
    s, e = run[first].start, run[last].end
    while run[first].text.lower() in PARTICLES and first < idx[0]:
        first += 1
        s = run[first].start
    return s, e


def _merge_demonym_place(text: str, cands: list[Cand]) -> list[Cand]:
    """"Iraqi Kurdistan": a nationality word right before a place is part of its name."""
    cands = sorted(cands, key=lambda c: (c.start, -c.end))
    out: list[Cand] = []
    for c in cands:
        if out:
            p = out[-1]
            if (p.label == "NORP" and c.label in ("GPE", "LOC") and text[p.end:c.start] == " "
                    and len(text[p.start:p.end].split()) == 1):
                out[-1] = Cand(p.start, c.end, c.label, c.source)
                continue
        out.append(c)
    return out


def _paren_aliases(text: str, cands: list[Cand], toks: list[_Tok]) -> dict:
    """"Korean Central News Agency (KCNA)", "CEI (Italian Episcopal Conference)": alias pairs."""
    pairs: dict = {"pairs": [], "__new__": []}
    ends = {c.end: c for c in cands}
    for m in re.finditer(r"\s*[(\[]\s*([^()\[\]]{2,90}?)\s*[)\]]", text):
        inner = m.group(1)
        inner_start = m.start(1)
        before_end = m.start()
        # name (ACRONYM)
        if _is_acronym(inner):
            prev = ends.get(before_end)
            name = None
            if prev is not None:
                name = (prev.start, prev.end)
            else:
                name = _initials_run(text, toks, before_end, _acronym_key(inner))
                if name:
                    pairs["__new__"].append(Cand(name[0], name[1], None, "rule"))
            if name:
                pairs["__new__"].append(Cand(inner_start, inner_start + len(inner), None, "rule"))
                pairs["pairs"].append((_norm(text[name[0]:name[1]]), _norm(inner)))
            continue
        # ACRONYM (name)
        prev = ends.get(before_end)
        if prev is not None and _is_acronym(text[prev.start:prev.end]):
            words = inner.split()
            if words and all(_is_name_word(w) or w.lower() in CONNECTORS for w in words):
                pairs["__new__"].append(Cand(inner_start, inner_start + len(inner), None, "rule"))
                pairs["pairs"].append((_norm(inner), _norm(text[prev.start:prev.end])))
    return pairs


def _initials_run(text, toks, end, acro) -> tuple[int, int] | None:
    """The capitalised words just before ``end`` whose initials spell ``acro``."""
    idx = [i for i, t in enumerate(toks) if t.end <= end]
    if not idx:
        return None
    i = idx[-1]
    start = None
    while i >= 0 and i > idx[-1] - 12:
        t = toks[i]
        if not (_is_name_word(t.text) or t.text.isdigit() or t.text.lower() in CONNECTORS):
            break
        if _is_name_word(t.text) or t.text.isdigit():
            if _initials(text[t.start:toks[idx[-1]].end]) == acro:
                start = t.start
        i -= 1
    return (start, toks[idx[-1]].end) if start is not None else None


def _dedupe(cands: list[Cand]) -> list[Cand]:
    """Resolve overlaps: model spans first, then the longer span."""
    prio = {"ner": 0, "rule": 0, "acro": 0, "cap": 2, "scan": 3}
    cands = sorted(cands, key=lambda c: (prio.get(c.source, 9), -(c.end - c.start), c.start))
    taken: list[Cand] = []
    occ = _Occupancy(max((c.end for c in cands), default=0))
    for c in cands:
        if occ.hits(c.start, c.end):
            continue
        occ.add(c.start, c.end)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _build(text: str, cands: list[Cand], aliases: dict, titled: set) -> list[Entity]:
    if not cands:
        return []
    surface = {}  # key -> first surface form
    votes: dict[str, dict[str, float]] = {}  # evidence around mentions
    model_votes: dict[str, dict[str, float]] = {}  # labels the model (or a rule) gave
    for c in cands:
        s = text[c.start:c.end]
        k = _norm(s)
        surface.setdefault(k, s)
        v = votes.setdefault(k, {})
        mv = model_votes.setdefault(k, {})
        if c.label:
            mv[c.label] = mv.get(c.label, 0) + (1.0 if c.source == "ner" else 1.5)
        for lab, w in _context_votes(text, c).items():
            v[lab] = v.get(lab, 0) + w
        if (c.start, c.end) in titled:
            v["PERSON"] = v.get("PERSON", 0) + 2.0

    uf = _UF()
    for k in surface:
        uf.find(k)
    for a, b in aliases["pairs"]:
        uf.union(a, b)
    # known aliases: "US" ~ "United States", "DPRK" ~ "North Korea"
    for k, s in surface.items():
        target = lex.KNOWN_ALIASES.get(s) or lex.KNOWN_ALIASES.get(s.replace("’", "'"))
        if target and _norm(target) in surface:
            uf.union(_norm(target), k)
    # "State of Texas" ~ "Texas"
    for k, s in surface.items():
        m = re.match(r"^(\w+) of (?:the )?(.+)$", s)
        if m and m.group(1) in lex.GPE_OF_HEADS and _norm(m.group(2)) in surface:
            uf.union(_norm(m.group(2)), k)
    # acronyms by initials: "KSC" ~ "Kennedy Space Center"
    by_initials: dict[str, list[str]] = defaultdict(list)
    for k2, s2 in surface.items():
        if len(s2.split()) >= 2:
            by_initials[_initials(s2)].append(k2)
    tail_initials: dict[str, list[str]] = defaultdict(list)
    for k2, s2 in surface.items():
        w = [x for x in s2.split() if x.lower() not in CONNECTORS]
        for i in range(1, len(w) - 2):
            tail_initials[_initials(" ".join(w[i:]))].append(k2)
    for k, s in surface.items():
        if _is_acronym(s):
            acro = _acronym_key(s)
            matches = {uf.find(k2) for k2 in by_initials.get(acro, ()) if k2 != k}
            if not matches and len(acro) >= 3:  # "RFS" of "New South Wales Rural Fire Service"
                matches = {uf.find(k2) for k2 in tail_initials.get(acro, ()) if k2 != k}
            if len(matches) == 1:
                uf.union(matches.pop(), k)

    # "Muslims" ~ "Muslim"; "CBC News" ~ "CBC"
    for k, s in surface.items():
        if s.endswith("s") and _norm(s[:-1]) in surface and (
                _lexicon_label(s) == "NORP" or _lexicon_label(s[:-1]) == "NORP"):
            uf.union(_norm(s[:-1]), k)
        w = s.split()
        if len(w) >= 2 and (_is_acronym(w[0]) or w[0] in lex.KNOWN_ORGS) and all(
                x in lex.ORG_HEADS for x in w[1:]) and _norm(w[0]) in surface and _lexicon_label(
                w[0]) in (None, "ORG"):
            uf.union(_norm(w[0]), k)
    # "Iraqi Kurdistan" ~ "Kurdistan"
    for k, s in surface.items():
        w = s.split(" ", 1)
        if len(w) == 2 and w[0] in lex.NORP_WORDS and _norm(w[1]) in surface:
            uf.union(_norm(w[1]), k)

    def base_label(k: str) -> str | None:
        s = surface[k]
        return _lexicon_label(s) or _head_label(s)

    # short forms: "Barzani" ~ "Netilvan Barzani", "Columbia" ~ "Space Shuttle Columbia"
    ambiguous: dict[str, list[str]] = {}
    keys = sorted(surface, key=lambda k: -len(surface[k].split()))
    with_word: dict[str, list[str]] = defaultdict(list)
    for k2 in keys:
        for w in set(surface[k2].split()):
            with_word[w].append(k2)
    for k in keys:
        s = surface[k]
        sw = s.split()
        if _is_acronym(s) or _lexicon_label(s):
            continue
        targets = []
        for k2 in with_word.get(sw[0], ()):
            s2 = surface[k2]
            lw = s2.split()
            if len(lw) <= len(sw) or uf.find(k2) == uf.find(k) and False:
                continue
            pos = _sub_index(lw, sw)
            if pos < 0:
                continue
            # "Rashid Okafor" is not his father "Emeka Rashid Okafor" (but is "Rashid F. Okafor")
            if len(sw) >= 2 and _person_shape(s) and _person_shape(s2) and not all(
                    w.endswith(".") or w.lower() in PARTICLES for w in lw if w not in sw):
                continue
            strong = base_label(k2)
            vk = _merged(votes.get(k, {}), model_votes.get(k, {}))
            own = max(vk, key=vk.get) if vk else None
            if pos == 0 and len(sw) == 1 and own == "PERSON" and vk[own] >= 2 and strong not in (
                    None, "PERSON"):
                continue
            # "Henry Ford" the man is not short for the "Henry Ford Museum"
            if len(sw) >= 2 and own == "PERSON" and _person_shape(s) and strong in (
                    "ORG", "FAC", "GPE", "LOC"):
                continue
            # a prefix of a place or organisation name is rarely a name for it ("Texas" A&M)
            if pos == 0 and strong in ("ORG", "FAC") and len(sw) == 1 and own not in (None, strong):
                continue
            targets.append(k2)
        roots = {uf.find(t) for t in targets}
        if len(roots) == 1:
            uf.union(roots.pop(), k)
        elif len(roots) > 1:
            ambiguous[k] = targets

    groups: dict[str, list[Cand]] = {}
    amb_cands: list[Cand] = []
    for c in cands:
        k = _norm(text[c.start:c.end])
        if k in ambiguous:
            amb_cands.append(c)
        else:
            groups.setdefault(uf.find(k), []).append(c)
    for c in amb_cands:  # the nearest fuller name before it, else after it
        k = _norm(text[c.start:c.end])
        roots = {uf.find(t) for t in ambiguous[k]}
        best, best_d = None, None
        for r in roots:
            for o in groups.get(r, []):
                d = c.start - o.start if o.start < c.start else 10**9 + o.start - c.start
                if best_d is None or d < best_d:
                    best, best_d = r, d
        if best is None:
            groups.setdefault(uf.find(k), []).append(c)
        else:
            groups[best].append(c)

    # decide what each referent is, from the mentions found so far
    labels: dict[str, str] = {}
    for r, cs in groups.items():
        names = [text[c.start:c.end] for c in cs]
        if _drop(names):
            continue
        label = _decide_label(text, cs, names, _canonical(names), votes, model_votes)
        if label is not None:
            labels[r] = label
    groups = {r: cs for r, cs in groups.items() if r in labels}
    _recover(text, groups, labels, cands)

    entities = []
    for r, cs in groups.items():
        cs = sorted({(c.start, c.end): c for c in cs}.values(), key=lambda c: c.start)
        names = [text[c.start:c.end] for c in cs]
        name = _canonical(names)
        label = labels[r]
        target = lex.KNOWN_ALIASES.get(name)
        if target and label in ("GPE", "ORG") and target not in names:
            name = target
        mentions = tuple(Mention(c.start, c.end, text[c.start:c.end]) for c in cs)
        entities.append((cs[0].start, name, label, mentions))
    entities.sort(key=lambda e: e[0])
    return [Entity(f"e{i}", name, label, ms) for i, (_, name, label, ms) in enumerate(entities, 1)]


def _recover(text: str, groups: dict, labels: dict, cands: list[Cand]) -> None:
    """Add the occurrences of each referent's names that the model missed (and, for a person,
    of the surname and given name alone), at word boundaries, where no other name is.  A name
    that two referents share ("Mohamed" for a son and his father) goes to the one named last
    before it."""
    exact: dict[str, set[str]] = defaultdict(set)
    short: dict[str, set[str]] = defaultdict(set)
    first_names: set[str] = set()
    for r, cs in groups.items():
        for c in cs:
            exact[text[c.start:c.end]].add(r)
    for r, cs in groups.items():
        if labels[r] != "PERSON":
            continue
        for c in cs:
            words = text[c.start:c.end].split()
            if len(words) < 2:
                continue
            forms = list(words)  # surname, given name, a middle name used alone ("Lula")
            if len(words) >= 3 and words[-2].lower() in PARTICLES:
                forms.append(words[-2] + " " + words[-1])  # "De Bruyne", "van Dijk"
            for w in forms:
                if (len(w) >= 3 and w[0].isupper() and not w.endswith(".")
                        and (" " in w or _extends_name(w)) and w not in lex.GENERIC):
                    short[w].add(r)
                    if w == words[0]:
                        first_names.add(w)
    owners: dict[str, set[str]] = {}
    for n in set(exact) | set(short):
        rs = exact.get(n) or short[n]
        if len(rs) > 1 and n in first_names and n not in exact:
            continue  # "Harry" for Harry Kane or Harry Maguire: leave it
        owners[n] = rs
    for n in [n for n in exact if len(n) >= 4 and not n.isupper()]:
        if n.upper() not in owners:  # datelines and headlines: "THE HAGUE –"
            owners[n.upper()] = exact[n]
    starts = {r: sorted(c.start for c in cs) for r, cs in groups.items()}

    def nearest(rs: set[str], pos: int) -> str:
        def key(r):
            i = bisect_left(starts[r], pos)
            return (1, starts[r][i - 1]) if i else (0, -starts[r][0])
        return max(sorted(rs), key=key)

    occ = _Occupancy(len(text))
    where: dict[int, str] = {}  # occupancy id -> group
    for c in cands:
        where[occ.add(c.start, c.end)] = None
    for r, cs in groups.items():
        for c in cs:
            for i in occ.hits(c.start, c.end):
                if occ.spans[i] == (c.start, c.end):
                    where[i] = r
    for (ms, me), n in _occurrences(text, owners):
        rs = owners[n]
        r = next(iter(rs)) if len(rs) == 1 else nearest(rs, ms)
        hit = occ.hits(ms, me)
        if hit and len(n.split()) > 1 and all(
                ms <= occ.spans[i][0] and occ.spans[i][1] <= me
                and where.get(i) not in (None, r) for i in hit):
            # a fuller known name the model cut short here: "Environment [Canada]"
            for i in hit:
                g, (s, e) = where.pop(i), occ.spans[i]
                groups[g] = [c for c in groups[g] if (c.start, c.end) != (s, e)]
                occ.remove(i)
            hit = []
        if hit:
            continue
        if n in first_names and re.match(r"\s+[A-Z]", text[me:me + 2]):
            continue  # "Harry" in "Harry Potter" is not Harry Kane
        groups[r].append(Cand(ms, me, None, "scan"))
        where[occ.add(ms, me)] = r
    for r in [r for r, cs in groups.items() if not cs]:
        del groups[r]


def _occurrences(text: str, owner: dict) -> list[tuple[tuple[int, int], str]]:
    """Where the names with one owner occur at word boundaries, the longest name first
    (one pass over the words, not one per name)."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for n in owner:
        if len(n) < 2 or n in lex.FUNCTION_WORDS:
            continue
        m = re.match(r"\w+", n)
        if m:
            by_first[m.group()].append(n)
    for v in by_first.values():
        v.sort(key=len, reverse=True)
    found = []
    for m in re.finditer(r"\w+", text):
        names = by_first.get(m.group())
        if not names:
            continue
        s = m.start()
        if s and text[s - 1] in "-.&" or s and (text[s - 1].isalnum() or text[s - 1] == "_"):
            continue
        for n in names:
            e = s + len(n)
            if text.startswith(n, s) and not (
                    e < len(text) and (text[e].isalnum() or text[e] in "_-&"
                                       or text[e] == "." and e + 1 < len(text)
                                       and text[e + 1].isalnum())):
                found.append(((s, e), n))
    found.sort(key=lambda x: (-(x[0][1] - x[0][0]), x[0][0]))
    return found


def _sub_index(long: list[str], short: list[str]) -> int:
    n = len(short)
    for i in range(len(long) - n + 1):
        if long[i:i + n] == short:
            return i
    return -1


def _canonical(names: list[str]) -> str:
    def score(n: str):
        words = n.split()
        m = re.match(r"^(\w+) of ", n)
        gpe_of = bool(m and m.group(1) in lex.GPE_OF_HEADS)
        return (not _is_acronym(n), not gpe_of, not n.isupper(), len(words), len(n))
    return max(names, key=score)


def _drop(names: list[str]) -> bool:
    uniq = set(names)
    return all(n in lex.GENERIC or n in lex.FUNCTION_WORDS or n in lex.DAYS_MONTHS
               or len(n) < 2 or not any(ch.isupper() for ch in n) for n in uniq)


def _merged(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def _decide_label(text, cs, names, name, votes, model_votes) -> str | None:
    """Label by the whole document: the model's share (at most 3), context (titles, speech
    verbs, "the town of"), then the names themselves (lexicon 6, head word 4, a person's shape)."""
    total: dict[str, float] = {}
    model: dict[str, float] = {}
    for n in set(names):
        for lab, w in votes.get(_norm(n), {}).items():
            total[lab] = total.get(lab, 0) + w
        for lab, w in model_votes.get(_norm(n), {}).items():
            model[lab] = model.get(lab, 0) + w
    total = {k: min(v, 4.0) for k, v in total.items()}
    n_model = sum(model.values())
    for lab, w in model.items():
        total[lab] = total.get(lab, 0) + 3.0 * w / n_model
    lexl = None
    for n in set(names):
        lexl = _lexicon_label(n) or (
            _lexicon_label(lex.KNOWN_ALIASES[n]) if n in lex.KNOWN_ALIASES else None)
        if lexl:
            break
    if lexl:
        total[lexl] = total.get(lexl, 0) + 6.0
    head = _head_label(name)
    if head:
        total[head] = total.get(head, 0) + 4.0
    if _person_shape(name) and not any(w in lex.NORP_WORDS for w in name.split()):
        total["PERSON"] = total.get("PERSON", 0) + total.pop("NORP", 0)
    if any(_is_acronym(n) for n in names) and len(set(names)) > 1:
        total["ORG"] = total.get("ORG", 0) + 1.0
        total.pop("PERSON", None)
    if _person_shape(name) and total.get("PERSON", 0) > 0:
        total["PERSON"] = total.get("PERSON", 0) + 3.0
    if not total:
        # no model, no lexicon: guess from the name's shape
        if _person_shape(name):
            return "PERSON"
        if _is_acronym(name):
            return "ORG"
        return _guess_single(text, cs)
    return max(sorted(total), key=total.get)


def _guess_single(text, cs) -> str | None:
    for c in cs:
        before = text[max(0, c.start - 6):c.start]
        if re.search(r"\b(?:in|at|from|to|of)\s$", before):
            return "GPE"
    return None
