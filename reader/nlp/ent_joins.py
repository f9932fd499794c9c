"""Names the model glued together or cut apart, put right by their shape.

Split: "North and South Korea", "Iran-Iraq", "Norway’s Institute of Marine Research", "the
Düsseldorf bank Rheinland Capital", "Lydia Buchtmann for Food Standards Australia". Joined:
"Iraqi Kurdistan", "Devon and Cornwall Police", "Maritime and Port Authority of Singapore",
"Japan Agency for Medical Research and Development", and a person beside a person ("Sem van Dijk
and Ruben Hoekstra").
"""

from __future__ import annotations

import re

from reader.nlp import ent_lexicon as lex
from reader.nlp.ent_names import (
    APOS, COMPASS, Cand, head_label, lexicon_label, norm_key, person_shape,
)

_GPE_KEYS = frozenset(norm_key(x) for x in lex.GPES)
_PLACE_POSSESSIVE = re.compile(r"^([A-Z][\w.]*(?: [A-Z][\w.]*){0,3})[" + APOS + r"]s (?=[A-ZÀ-Þ])")


_NOT_IN_NAMES = re.compile(r" (?:every|each|since|until|when|where|while|during|because|said|says|"
                           r"told|tells|asked|added|wrote|ruled|argued) (?=[A-Z])")


def known_place(name: str) -> bool:
    return name in lex.GPES or lex.in_gazetteer(name)


def known_town(name: str) -> bool:
    """A known place, or a small town's name from the towns list."""
    return known_place(name) or name in lex.TOWNS


_FOREIGN_CLUB = re.compile(r"\b(?:Clube|Vóley|Voley|Futsal|Fútbol|Futebol|Calcio|Basquete|"
                           r"Básquet|Esporte|Sportiva|Deportivo)\b|^Club\b.* de\b")
_DIVISIONS = frozenset("District County Province Municipality Oblast Raion Rayon Prefecture "
                       "Governorate".split())
_TOWN = re.compile(r"(?:(?:El|La|Los|Las|San|Santa|São) )?[A-ZÀ-Þ][\w’'-]+")


_IN_NAME = re.compile(r" in (?=[A-Z])")
_LOWER_WORD = re.compile(r" ([a-z]+) (?=[A-Z])")
_THE_INSIDE = re.compile(r"(?<!\bof)(?<!\band)(?<!\bfor)(?<!\bon)(?<!\bin) the (?=[A-Z])")
_CONJUNCTION = re.compile(r" (?:as|while|when|after|before|until) (?=[A-Z])")
_BUILDING_ON = re.compile(r"(\S+) on (?=[A-Z])")
_ON_NAME = re.compile(r" on (?=[A-Z])")
_AT_NAME = re.compile(r" at (?=[A-Z])")
_ON_THE_FEATURE = re.compile(r" on the (?=(?:[A-Z][\w’'-]* )+(?:" + "|".join(sorted(
    lex.LOC_HEADS)) + r")$)")
_FOR_NAME = re.compile(r" for (?=[A-Z])")
_NON_SPACE = re.compile(r"\S+")
_OF_THE = re.compile(r" of (?:the )?")


def split_parts(text: str, c: Cand, known: set[str]) -> list[Cand]:
    """Split glued names: "North and South Korea", "X Museum of Y" (Y a place), "Rathbun the
    Scientology", "Lydia Buchtmann for Food Standards", "... Relations Alia Salem"."""
    span = text[c.start:c.end]
    if norm_key(span) in _GPE_KEYS or " and " in span and lex.in_gazetteer(span):
        return [c]  # (one place's name: "Sistan and Baluchestan", "Perth and Kinross")
    if head_label(span) == "PERSON":  # "Stephen the Great" (not "Rathbun" "the Scientology")
        return [Cand(c.start, c.end, "PERSON", "rule")]
    if " " not in span:
        return [c]  # (every rule below splits at a space)
    # "Ampay Vóley of Abancay", "Club de Remo Buciero of Santoña": a club's name in its own
    # language, then the town it is from in English
    body, of, town = span.partition(" of ")
    if of and _FOREIGN_CLUB.search(body) and _TOWN.fullmatch(town):
        return [Cand(c.start, c.start + len(body), "ORG", "rule"),
                Cand(c.end - len(town), c.end, "GPE" if known_place(town) else None, "rule")]
    # "the beach at Dangriga every Garifuna Settlement Day": a word no name holds between two
    m = _NOT_IN_NAMES.search(span)
    if m:
        return (split_parts(text, Cand(c.start, c.start + m.start(), None, c.source), known)
                + split_parts(text, Cand(c.start + m.end(), c.end, None, c.source), known))
    # "Montevideo, Uruguay": a city and its country, two places
    parts = span.split(", ")
    if len(parts) > 1 and all(known_place(p) for p in parts):
        out, at = [], c.start
        for p in parts:
            out.append(Cand(at, at + len(p), "GPE", "rule"))
            at += len(p) + 2
        return out
    # "Manihi, Ahe": a list of one-word names the model took as one, each labelled by its own
    # evidence (names that hold a comma are of ministries: "Ministry of Agriculture, Fisheries
    # and Food")
    if len(parts) > 1 and all(" " not in p and p not in lex.PORTFOLIOS for p in parts):
        out, at = [], c.start
        for p in parts:
            out.append(Cand(at, at + len(p), None, "rule"))
            at += len(p) + 2
        return out
    # "The mayor of Esbjerg, Kirsten Dahl Mortensen, said": a name, then the person the comma
    # introduces (not "Ministry of Agriculture, Fisheries and Food", a list inside a name)
    if len(parts) == 2 and person_shape(parts[1]) and " and " not in parts[1]:
        right = c.start + len(parts[0]) + 2
        return [Cand(c.start, c.start + len(parts[0]), "GPE" if known_place(parts[0]) else None,
                     "rule"),
                Cand(right, c.end, "PERSON", "rule")]
    # "the Official Conciliator in Copenhagen", "the National School of Agriculture in
    # Meknes": an office, then the city it sits in (but "the Court of Appeal in Katowice" is
    # one name; 104 names of the gold data with "of" are followed by "in" and their city, and
    # 5 hold them, 4 of them courts)
    m = _IN_NAME.search(span)
    if m and (" of " not in span[:m.start()] or "Court" not in span[:m.start()].split()) and (
            known_place(span[m.end():])):
        return [Cand(c.start, c.start + m.start(), c.label, c.source),
                Cand(c.start + m.end(), c.end, "GPE", "rule")]
    # "Jean de Dieu Niyitegeka of Kigali": a person, then the town they are from
    body, of, town = span.rpartition(" of ")
    if of and c.label == "PERSON" and known_place(town) and person_shape(body):
        return [Cand(c.start, c.start + len(body), "PERSON", "rule"),
                Cand(c.end - len(town), c.end, "GPE", "rule")]
    # "from Saratov to Khvalynsk": two places, not one name
    left, to, right = span.partition(" to ")
    if to and (known_place(left) or known_place(right)) and all(
            known_town(p) for p in (left, right)):
        return [Cand(c.start, c.start + len(left), "GPE", "rule"),
                Cand(c.end - len(right), c.end, "GPE", "rule")]
    # "Norway’s Institute of Marine Research", "the European Union’s Habitats Directive": a
    # place or a known body, and the name after its possessive; so are two bodies ("the
    # Kurdistan Regional Government’s Ministry of Agriculture")
    m = _PLACE_POSSESSIVE.match(span)
    owner = m.group(1) if m and len(span.split()) >= 2 else None
    rest = span[m.end():] if m else ""
    if owner and (known_place(owner) and (len(owner.split()) <= 2 or owner in lex.COUNTRIES)
                  or lexicon_label(owner) == "ORG"
                  or head_label(owner) == head_label(rest) == "ORG") and not (
            rest in lex.LOC_HEADS or rest in lex.FAC_HEADS):  # but "Adam’s Peak" is one name
        return [Cand(c.start, c.start + len(owner), "GPE" if known_place(owner) else "ORG",
                     "rule"),
                Cand(c.start + m.end(), c.end, c.label, c.source)]
    # "American Maya Okonkwo-Reyes": a nationality, then the person
    if len(words := span.split()) >= 3 and words[0] in lex.NORP_WORDS and person_shape(
            " ".join(words[1:])):
        return [Cand(c.start, c.start + len(words[0]), "NORP", "rule"),
                Cand(c.start + len(words[0]) + 1, c.end, "PERSON", "rule")]
    # "Bohol Governor Ramon Estrada", "Labour Leader Ann Reid": who, a title, then the person
    words = span.split()
    for i in range(1, len(words) - 1):
        first = " ".join(words[:i])
        if words[i] in lex.TITLES and (i == 1 or known_place(first)) and person_shape(
                " ".join(words[i + 1:])) and not person_shape(first) and not (
                words[i] in lex.NAME_TITLES and not known_place(first)):
            right = len(first) + len(words[i]) + 2
            return [Cand(c.start, c.start + len(first), "GPE" if known_place(first) else None,
                         "rule"),
                    Cand(c.start + right, c.end, "PERSON", "rule")]
    # "Düsseldorf bank Rheinland Capital": a place, a common noun, then the name
    m = _LOWER_WORD.search(span)
    if m and m.group(1) in lex.ORG_CLASSIFIERS and known_place(span[:m.start()]):
        return [Cand(c.start, c.start + m.start(), "GPE", "rule"),
                Cand(c.start + m.end(), c.end, "ORG", "rule")]
    # "Rathbun the Scientology": a lowercase "the" not after "of"/"and" ends a name
    m = _THE_INSIDE.search(span)
    if m:
        return (split_parts(text, Cand(c.start, c.start + m.start(), c.label, c.source), known)
                + split_parts(text, Cand(c.start + m.end(), c.end, c.label, c.source), known))
    # "the Baltic Amber Cup as Gaidys scored": a conjunction between two names
    m = _CONJUNCTION.search(span)
    if m:
        return (split_parts(text, Cand(c.start, c.start + m.start(), c.label, c.source), known)
                + split_parts(text, Cand(c.start + m.end(), c.end, None, c.source), known))
    # "Thai National Observatory on Doi Inthanon": a building, then where it stands
    m = _BUILDING_ON.search(span)
    if m and m.group(1) in lex.FAC_HEADS:
        return [Cand(c.start, c.start + m.end(1), "FAC", "rule"),
                Cand(c.start + m.end(), c.end, None, "rule")]
    # "the Three Beauties Camel Race at Dalanzadgad": an event, then where it is held (and a
    # building or a body, then the known town it stands in)
    m = _AT_NAME.search(span)
    head = head_label(span[:m.start()]) if m else None
    if head == "EVENT" or head in ("FAC", "ORG") and known_place(span[m.end():]):
        return [Cand(c.start, c.start + m.start(), None, "rule"),
                Cand(c.start + m.end(), c.end, None, "rule")]
    # "Fomboni on Mohéli": a town, then the island it is on (not "Burton on Trent", one town);
    # "Waspam on the Coco River": a town, then the river it is on; "Westport on New Zealand’s
    # West Coast": a town, then a place's region
    m = _ON_NAME.search(span) or _ON_THE_FEATURE.search(span)
    owner = _PLACE_POSSESSIVE.match(span[m.end():]) if m else None
    if m and (known_place(span[m.end():]) or m.re is _ON_THE_FEATURE and " " not in span[
            :m.start()] or owner and known_place(owner.group(1)) and known_place(
            span[:m.start()])) and not known_place(span):
        return [Cand(c.start, c.start + m.start(), None, "rule")] + split_parts(
            text, Cand(c.start + m.end(), c.end, None, "rule"), known)
    # "Lydia Buchtmann for Food Standards Australia": a person "for" an organisation
    m = _FOR_NAME.search(span)
    if m and person_shape(span[: m.start()]):
        return [Cand(c.start, c.start + m.start(), "PERSON", c.source),
                Cand(c.start + m.end(), c.end, "ORG" if c.label == "PERSON" else c.label,
                     c.source)]
    if m and known_place(span[: m.start()]):  # "an estate near Badulla for Uva Highlands …"
        return [Cand(c.start, c.start + m.start(), "GPE", "rule"),
                Cand(c.start + m.end(), c.end, None, c.source)]
    # "Council on American-Islamic Relations Alia Salem": a person's name after a head word
    words = list(_NON_SPACE.finditer(span))
    for i, w in enumerate(words[:-2]):
        if w.group() in lex.ORG_HEADS and i > 0 and person_shape(
                span[words[i + 1].start():]) and len(words) - i - 1 in (2, 3) and not any(
                x.group() in lex.ORG_HEADS for x in words[i + 1:]):  # (not "Natural Resources"
            # "Institute Finland", one body)
            return [Cand(c.start, c.start + w.end(), c.label, c.source),
                    Cand(c.start + words[i + 1].start(), c.end, "PERSON", c.source)]
    m = _OF_THE.search(span)
    if m:
        left, right = span[: m.start()], span[m.end():]
        lw = left.split()
        if lw and lw[-1] in lex.GPE_OF_HEADS and len(lw) == 1:
            return [Cand(c.start, c.end, "GPE", c.source)]
        # "the Burzyansky District of Bashkortostan": a district, then the region it lies in
        # (but "the Northern District of California" is a court's jurisdiction)
        if len(lw) == 2 and lw[1] in _DIVISIONS and lw[0] not in COMPASS and known_place(right):
            return [Cand(c.start, c.start + m.start(), "GPE", "rule"),
                    Cand(c.start + m.end(), c.end, None, "rule")]
        if lw and lw[-1] in lex.TEAM_TAILS and right in lex.COUNTRIES:  # "Apia Sharks of Samoa"
            return [Cand(c.start, c.start + m.start(), "ORG", "rule"),
                    Cand(c.start + m.end(), c.end, "GPE", "rule")]
        # (but "the Supreme Court of Sri Lanka" is the court's full name)
        if len(lw) > 1 and norm_key(left) in known and right[:1].isupper() and not (
                lw[-1] in lex.ORG_HEADS and right in lex.COUNTRIES):
            lab = "GPE" if right in lex.GPES or len(right.split()) == 1 else None
            return (split_parts(text, Cand(c.start, c.start + m.start(), c.label, c.source), known)
                    + [Cand(c.start + m.end(), c.end, lab, "rule")])
    m = re.search(r" and ", span)
    if m and " of " not in span:
        left, right = span[: m.start()], span[m.end():]
        rwords = right.split()
        head_end = rwords and (rwords[-1] in lex.ORG_HEADS or rwords[-1] in lex.FAC_HEADS
                               or rwords[-1] in lex.LAW_HEADS  # "… Domain and Seaports Act"
                               or rwords[-1] in lex.LEGAL_FORMS)  # "X Savings and Loans Limited"
        lwords = left.split()
        # (three words before a name the text gives alone: "Santa Lucía Cotzumalguapa and
        # Masagua")
        short = (len(lwords) <= 2 or norm_key(left) in known or len(lwords) == 3 and norm_key(
            right) in known) and (len(rwords) <= 2 or norm_key(right) in known)
        if (right and left and right[0].isupper() and left[0].isupper() and short
                and not (head_end and len(lwords) <= 2 and not norm_key(left) in known)):
            return (split_parts(text, Cand(c.start, c.start + m.start(), c.label, c.source), known)
                    + [Cand(c.start + m.end(), c.end, c.label, c.source)])
    return [c]


# countries and places whose names hold small words, longest first ("Democratic Republic of the
# Congo" before "Republic of the Congo"), ending where the name does ("Rio de Janeiro State" is
# another name)
_SMALL_WORDED = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(n).replace("'", "[" + APOS + "]") for n in sorted(
        (n for n in lex.GPES if re.search(r" [a-z]", n)), key=len, reverse=True))
    + r")(?![\w-]| [A-Z])")


def small_worded(text: str, cands: list[Cand]) -> list[Cand]:
    """"the Democratic Republic of the Congo", which the model may cut into "Democratic
    Republic" and "Congo": one place, unless a longer name holds it or runs into it ("the
    Supreme Court of the Federation of Bosnia" and Herzegovina)."""
    return [Cand(m.start(), m.end(), "GPE", "rule") for m in _SMALL_WORDED.finditer(text)
            if all(m.start() <= c.start and c.end <= m.end() and c.end - c.start < len(m.group())
                   for c in cands if c.start < m.end() and m.start() < c.end)]


def hyphen_pairs(text: str) -> list[Cand]:
    """"Iran-Iraq": two places joined by a hyphen are two names; so are two known towns joined
    by an en dash that the text also names alone ("the Lagos–Ibadan line"), unless a head word
    makes the three one name ("the Mumbai–Pune Expressway"). (A hyphen joins the parts of many
    towns' names: "Joal-Fadiouth".)"""
    out = []
    places = lex.GPES | lex.LOCATIONS
    for m in re.finditer(r"(?<![\w-])([A-Z][\w.]+)(-|–)([A-Z][\w.]+)(?![\w-])", text):
        a, dash, b = m.groups()
        parts = [Cand(m.start(k), m.end(k), "GPE", "rule") for k in (1, 3)]
        if dash == "-":
            if a in places and b in places:
                out.extend(parts)
            continue
        places_joined = known_place(a) and known_place(b)
        if not (places_joined or a in lex.NORP_WORDS and b in lex.NORP_WORDS):
            continue  # ("the Thai–Lao Friendship Bridge": two peoples' words, then a name)
        head = re.match(r"(?: [A-Z][\w’'-]*)+", text[m.end():m.end() + 60])
        label = head_label(m.group() + head.group()) if head else None
        if label is not None:
            out.append(Cand(m.start(), m.end() + head.end(), label, "rule"))
        elif places_joined and _named_alone(text, a) and _named_alone(text, b):
            out.extend(parts)
    return out


def _named_alone(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w–-]){re.escape(name)}(?![\w–-])", text) is not None


# the plural of natural features after two names: "the Mazaruni and Cuyuni rivers"; or before
# them: "the islands of Taravai and Akamaru"
_FEATURES_NAMED = re.compile(r" (?:rivers|lakes|islands|isles|mountains|volcanoes|valleys|"
                             r"glaciers|lagoons|atolls|reefs|creeks|streams)\b")
_FEATURES_OF = re.compile(r"\b(?:rivers|lakes|islands|isles|mountains|volcanoes) of $")


def coordinated(text: str, run: Cand, inside: list[Cand]) -> list[Cand]:
    """"Sem van Dijk and Ruben Hoekstra": a person's name joined by "and" to a person the
    model found is a person too; "Mogoditshane and Molepolole": a known place joined to a known
    place the model found (whatever it called it) is a place (but "Maritime and Port Authority
    of Singapore" is one name); "the Mazaruni and Cuyuni rivers": two natural features."""
    span = text[run.start:run.end]
    m = re.search(r" and ", span)
    if not m:
        return []
    parts = [(run.start, run.start + m.start()), (run.start + m.end(), run.end)]
    found = [[o for o in inside if o.start < e and o.end > s] for s, e in parts]
    persons = [any(o.label == "PERSON" for o in f) for f in found]
    features = (_FEATURES_NAMED.match(text, run.end) or _FEATURES_OF.search(
        text, max(0, run.start - 20), run.start)) and " " not in span[:m.start()] + span[m.end():]
    out = []
    for k, (s, e) in enumerate(parts):
        if found[k]:
            continue
        if persons[1 - k] and person_shape(text[s:e]):
            out.append(Cand(s, e, "PERSON", "rule"))
        elif known_place(text[s:e]) and any(known_place(text[o.start:o.end])
                                             for o in found[1 - k]):
            out.append(Cand(s, e, "GPE", "rule"))
        elif features and found[1 - k]:
            out.append(Cand(s, e, "LOC", "rule"))
        elif found[1 - k] and (kind := head_label(text[s:e])) in ("LOC", "FAC"):
            out.append(Cand(s, e, kind, "rule"))  # "Dale Head and High Spy": a fell by its word
        elif found[1 - k] and text[s:e].split()[0] in ("San", "Santa", "Santo", "São") and (
                " " in text[s:e]):
            out.append(Cand(s, e, "GPE", "rule"))  # "between São Vicente and Santo Antão"
        elif found[1 - k] and " " not in text[s:e] and _PLACES_BEFORE.search(
                text, max(0, run.start - 40), run.start):
            out.append(Cand(s, e, "GPE", "rule"))  # "the villages of Janitzio and Yunuén"
    return out


# what two places joined by "and" follow: "the island villages of", "as far away as"
_PLACES_BEFORE = re.compile(r"\b(?:(?:villages|towns|cities|communities|districts|provinces|"
                            r"municipalities|parishes|settlements|hamlets)\s+of|as\s+far\s+"
                            r"(?:away\s+)?as)\s+$")
_NAME_AND = re.compile(r"(?<![\w-])([A-Z][\w-]+) and $")


def merge_demonym_place(text: str, cands: list[Cand]) -> list[Cand]:
    """"Iraqi Kurdistan", "French Guiana": a nationality word right before a place is part of its
    name, and "Trinidad and Tobago" is one country.
    "Devon and Cornwall Police": two places joined by "and" before an organisation's head word
    name one organisation."""
    cands = sorted(cands, key=lambda c: (c.start, -c.end))
    out: list[Cand] = []
    for c in cands:
        if out:
            p = out[-1]
            joined = text[p.start:c.end]
            if text[p.end:c.start] == " " and (joined in lex.GPES or p.label == "NORP" and (
                    c.label in ("GPE", "LOC") and len(text[p.start:p.end].split()) == 1)):
                # (and "French Guiana" a country, whatever the model said: "French" a
                # language and "Guiana" a person)
                out[-1] = Cand(p.start, c.end, c.label if c.label in ("GPE", "LOC") else "GPE",
                               c.source)
                continue
            across = _country_across(text[p.start:p.end], text[p.end:c.start],
                                     text[c.start:c.end])
            if across is not None:
                # "Trinidad and Tobago"; "the Supreme Court of the Federation of Bosnia and
                # Herzegovina", "the Saint Vincent and the Grenadines Port Authority": a name
                # that holds one
                left, right = across
                label = "GPE" if not (left or right) else p.label if left else c.label
                out[-1] = Cand(p.start, c.end, label if label in ("ORG", "FAC") else "GPE",
                               "rule")
                continue
        words = text[c.start:c.end].split()
        m = _NAME_AND.search(text[max(0, c.start - 40):c.start]) if text.endswith(
            " and ", 0, c.start) else None
        if (m and known_place(m.group(1)) and len(words) >= 2 and known_place(words[0])
                and words[-1] in lex.ORG_HEADS):
            start = c.start - len(m.group())
            while out and out[-1].end > start:
                out.pop()
            c = Cand(start, c.end, "ORG", "rule")
        out.append(c)
    return [_country_tail(text, c, out[i + 1].start if i + 1 < len(out) else len(text))
            for i, c in enumerate(out)]


_AND_NAME = re.compile(r" and (?:the )?[A-Z][\w-]*( [A-Z][\w-]*)?")


def _country_tail(text: str, c: Cand, limit: int) -> Cand:
    """"Saint Vincent" before an "and the Grenadines" the model left alone: the whole country."""
    m = _AND_NAME.match(text, c.end, limit)
    for end in (m.end(), m.start(1)) if m else ():
        if end >= 0 and text[c.start:end] in lex.GPES:  # (one word or two after "and")
            return Cand(c.start, end, "GPE", "rule")
    return c


def _country_across(left: str, gap: str, right: str) -> tuple[bool, bool] | None:
    """Whether the end of ``left`` and the start of ``right`` make a country whose name holds
    "and" ("Bosnia" "Herzegovina"), and whether each side goes on past it; None if not."""
    if gap not in (" and ", " and the "):
        return None
    lw, rw = left.split(), right.split()
    for i in range(len(lw)):
        for j in range(len(rw), 0, -1):
            if " ".join(lw[i:]) + gap + " ".join(rw[:j]) in lex.GPES:
                return (i > 0, j < len(rw)) if not (i > 0 and j < len(rw)) else None
    return None


_AND_TAIL = re.compile(r"((?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})*),? and (the )?"
                       r"([A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|for|the))*)")
# head words of a body with a remit after "of" or "for" ("National Center for Tuberculosis and
# Leprosy Control", where a "Space Center" is a place)
_REMIT_HEADS = lex.ORG_HEADS | {"Center"}
_WORD_AND = re.compile(r"(?<![\w’'-])((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) and $")


def join_and(text: str, cands: list[Cand]) -> list[Cand]:
    """Institutions whose names hold an "and": "Japan Agency for Medical Research and
    Development", "Ministry of Energy and Mineral Resources" (a name with "for"/"of" after its
    head word goes on over "and"), "Maritime and Port Authority of Singapore" (a capitalised word
    the model left alone before "and" and an organisation's name). Not when the other side is a
    place or a name of its own ("the University of Leeds and Oxford", "Germany and Siemens AG")."""
    cands = sorted(cands, key=lambda c: c.start)
    starts = {c.start: c for c in cands}
    out: list[Cand] = []
    dropped: set[int] = set()
    for c in cands:
        if c.start in dropped:
            continue
        span = text[c.start:c.end]
        m = re.search(r" (?:of|for) ", span)
        tail = _AND_TAIL.match(text, c.end) if m else None
        if tail and (not tail.group(1) and text[c.end] == "," or tail.group(3) == "I"):
            tail = None  # "to the Court of Appeals, and I am sure …": two clauses
        if m and tail and span[:m.start()].split()[-1] in _REMIT_HEADS:
            words = tail.group(3).split()
            while words and words[-1] in ("of", "for", "the"):
                words.pop()
            if len(words) > 1 and person_shape(" ".join(words)) and text.count(words[-1]) > (
                    text.count(text[c.start:tail.start(3)] + " ".join(words))):
                words = []  # "the Ministry of Health and Grace Wanjiku …  Wanjiku said": a
                # person the text names again
            # "Ministry of Higher Education, Science, Research and Innovation"
            items = [x for x in tail.group(1).split(", ") if x] + [" ".join(words)]
            firsts = [tail.start(1) + k.start() + 2 for k in re.finditer(", ", tail.group(1))]
            firsts.append(tail.start(3))
            # (a portfolio is no place, nor a person: "Ministry of Fisheries and Maritime
            # Economy", "Ministry of Labour, Social Affairs and Family")
            portfolios = all(w in lex.PORTFOLIOS for x in items for w in x.split())
            if tail.group(2) and not portfolios:
                words = []  # ("the University of Leeds and the Sorbonne": two)
            if words and not any(known_place(x.split()[0]) and x.split()[-1] not in lex.PORTFOLIOS
                                 for x in items) and (portfolios or not any(
                    starts[f].label in ("GPE", "PERSON", "LOC") for f in firsts if f in starts)):
                end = tail.start(3) + len(" ".join(words))
                for o in cands:
                    if c.end < o.start < end:
                        dropped.add(o.start)
                c = Cand(c.start, end, "ORG", "rule")
        lead = _WORD_AND.search(text, max(0, c.start - 50), c.start)
        start = lead.start(1) if lead else c.start
        for w in lead.group(1).split()[:-1] if lead else ():
            if w not in lex.FUNCTION_WORDS:
                break
            start += len(w) + 1  # "The Maritime and Port Authority": not the sentence's "The"
        first = text[start:lead.end(1)] if lead else ""
        if (lead and head_label(text[c.start:c.end]) == "ORG" and head_label(first) is None
                and text[c.start:c.end].split()[-1] not in lex.COMPANY_HEADS  # "Ford and
                # General Motors" are two companies, "… and Port Authority" one body
                and not any(w in lex.FUNCTION_WORDS for w in first.split())
                and not re.search(r"\b(?:of|for) $", text[max(0, start - 5):start])):
            prev = out[-1] if out else None
            alone = prev is not None and (prev.start, prev.end) == (start, lead.end(1)) and (
                " " not in first)  # (but "Rural Democrats and Green Estonia" are two)
            if prev is None or prev.end <= start or alone and prev.label not in (
                    "GPE", "PERSON", "LOC") and not known_place(first):
                if alone:
                    out.pop()  # "Maritime", which the model took alone
                c = Cand(start, c.end, "ORG", "rule")
        out.append(c)
    return out


_PLACE_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]+) $")


def join_place_office(text: str, cands: list[Cand]) -> list[Cand]:
    """"The Sindh Labour and Human Resources Department", "the Mauritius Chamber of Commerce":
    a country, province or city right before a body named by its portfolio, or by its kind and
    what it is of, is part of the body's name."""
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        words = text[c.start:c.end].split()
        m = _PLACE_BEFORE.search(text, max(0, c.start - 30), c.start)
        if (m and len(words) >= 2 and (words[0] in lex.PORTFOLIOS and words[-1] in lex.ORG_HEADS
                                       or words[0] in lex.ORG_HEADS and words[1] in ("of", "for"))
                and known_place(m.group(1))):
            if out and out[-1].end > m.start(1):
                if (out[-1].start, out[-1].end) != m.span(1):
                    out.append(c)
                    continue
                out.pop()  # the place alone
            c = Cand(m.start(1), c.end, "ORG", "rule")
        out.append(c)
    return out

