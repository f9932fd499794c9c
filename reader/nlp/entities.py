"""Entities consolidated per document: one entry per referent, with every mention.

``consolidate`` takes the repaired name spans (``ent_spans``), links the names of one referent
(same name, acronym in parentheses or by initials, known alias, "State of Texas", "Iraqi
Kurdistan", a surname or short form of a fuller name), decides each referent's label from the
whole article (``ent_labels``), then recovers the occurrences of its names the model missed,
a person's surname and given name included.  Ids follow the first mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

from reader.nlp import ent_lexicon as lex
from reader.nlp.ent_joins import known_place
from reader.nlp.ent_labels import (
    CITY_WEIGHT, CLASSIFIER_WEIGHT, context_votes, decide_label, merged_votes, says_next,
    speaks,
)
from reader.nlp.ent_names import (
    COMPASS, CONNECTORS, GIVEN_HYPHENED, GLUED_NAME, NOT_PRODUCT, PARTICLES, Cand, Occupancy,
    acronym_key, extends_name, glued_person, head_label, initials, is_acronym, is_name_word,
    lexicon_label, norm_key, person_shape, sentence_initial, sub_index, without_legal_form,
)
from reader.nlp.ent_spans import find_names
from reader.nlp.numlex import CURRENCY_WORDS, ISO_CODES, PREFIX_CODES
from reader.nlp.types import Entity, Mention

# countries named for two places ("Trinidad and Tobago"): neither place is short for the country
_JOINT_COUNTRIES = frozenset(g for g in lex.GPES if " and " in g)


def consolidate(text: str, parsed) -> list[Entity]:
    """``parsed``: (paragraph start, spaCy Doc) in text order.  One Entity per referent."""
    cands, aliases, titled = find_names(text, parsed)
    return _build(text, cands, aliases, titled)


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


_STATE_OF = re.compile(r"((?:\S+ )*?)(\w+) of (?:the )?(.+)$")


_NAME = r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3})"
_FORMERLY = re.compile(_NAME + r"(?: \(|, )(?:formerly|previously|once|which was)(?: called| "
                       r"known as| named)? " + _NAME + r"\b")


def _build(text: str, cands: list[Cand], aliases: list[tuple[str, str]],
           titled: set[tuple[int, int]]) -> list[Entity]:
    if not cands:
        return []
    surface = {}  # key -> first surface form
    votes: dict[str, dict[str, float]] = {}  # evidence around mentions
    model_votes: dict[str, dict[str, float]] = {}  # labels the model (or a rule) gave
    first: dict[str, int] = {}  # key -> where the name is first used
    for c in cands:
        s = text[c.start:c.end]
        k = norm_key(s)
        surface.setdefault(k, s)
        first[k] = min(first.get(k, c.start), c.start)
        v = votes.setdefault(k, {})
        mv = model_votes.setdefault(k, {})
        if c.label:
            mv[c.label] = mv.get(c.label, 0) + (1.0 if c.source == "ner" else 1.5)
        for lab, w in context_votes(text, c).items():
            v[lab] = v.get(lab, 0) + w
        if (c.start, c.end) in titled:
            v["PERSON"] = v.get("PERSON", 0) + 2.0

    titled_keys = {norm_key(text[start:end]) for start, end in titled}
    uf = _UF()
    for k in surface:
        uf.find(k)
    for a, b in aliases:
        uf.union(a, b)
    # a former name: "Hubballi (formerly Hubli)", "Mahikeng, which was called Mafikeng until
    # 2010"
    former = set()  # (whose name stays the one to show)
    for m in _FORMERLY.finditer(text):
        a, b = norm_key(m.group(1)), norm_key(m.group(2))
        if a in surface and b in surface:
            uf.union(a, b)
            former.add(b)
    # known aliases: "US" ~ "United States", "DPRK" ~ "North Korea"
    for k, s in surface.items():
        target = lex.KNOWN_ALIASES.get(s) or lex.KNOWN_ALIASES.get(s.replace("’", "'"))
        if target and norm_key(target) in surface:
            uf.union(norm_key(target), k)
    # "State of Texas" ~ "Texas", "Democratic Republic of the Congo" ~ "Congo" (a state's
    # name of more words only where the lexicon knows it as one: not the "Football Federation
    # Islamic Republic of Iran")
    for k, s in surface.items():
        m = " of " in s and _STATE_OF.match(s)
        if m and m.group(2) in lex.GPE_OF_HEADS and norm_key(m.group(3)) in surface and (
                not m.group(1) or lexicon_label(s) == "GPE"):
            uf.union(norm_key(m.group(3)), k)
    # acronyms by initials: "KSC" ~ "Kennedy Space Center"
    by_initials: dict[str, list[str]] = defaultdict(list)
    for k2, s2 in surface.items():
        if len(s2.split()) >= 2:
            by_initials[initials(s2)].append(k2)
            if (bare := without_legal_form(s2)) != s2:  # "MPC" of "Minera Plata Candelaria SA"
                by_initials[initials(bare)].append(k2)
    tail_initials: dict[str, list[str]] = defaultdict(list)
    for k2, s2 in surface.items():
        w = [x for x in s2.split() if x.lower() not in CONNECTORS]
        for i in range(1, len(w) - 2):
            tail_initials[initials(" ".join(w[i:]))].append(k2)
    for k, s in surface.items():
        if is_acronym(s):
            acro = acronym_key(s)
            matches = {uf.find(k2) for k2 in by_initials.get(acro, ()) if k2 != k}
            if not matches and len(acro) >= 3:  # "RFS" of "New South Wales Rural Fire Service"
                matches = {uf.find(k2) for k2 in tail_initials.get(acro, ()) if k2 != k}
            if len(matches) == 1:
                uf.union(matches.pop(), k)

    # "Muslims" ~ "Muslim"; "CBC News" ~ "CBC" (but "Thais" are not the language "in Thai")
    for k, s in surface.items():
        if s.endswith("s") and norm_key(s[:-1]) in surface and s not in lex.GPES and votes.get(
                norm_key(s[:-1]), {}).get("LANGUAGE", 0) < CLASSIFIER_WEIGHT:  # not "Laos"
            if lexicon_label(s) == "NORP" or lexicon_label(s[:-1]) == "NORP":
                uf.union(norm_key(s[:-1]), k)
            elif " " not in s and not lexicon_label(s[:-1]) and _people_word(text, s[:-1]) and (
                    _inside_sentence(text, s)) and "EVENT" not in model_votes.get(k, {}):
                # "a Siwan elder" ... "are Siwans": a people the lexicon does not know (not
                # "Mandarin growers" ... "Mandarins now cover", nor "Olympic" ~ "Olympics")
                uf.union(norm_key(s[:-1]), k)
                for key in (k, norm_key(s[:-1])):
                    votes[key]["NORP"] = votes[key].get("NORP", 0) + CLASSIFIER_WEIGHT
        w = s.split()
        if len(w) >= 2 and (is_acronym(w[0]) or w[0] in lex.KNOWN_ORGS) and all(
                x in lex.ORG_HEADS for x in w[1:]) and norm_key(w[0]) in surface and lexicon_label(
                w[0]) in (None, "ORG"):
            uf.union(norm_key(w[0]), k)
    # "Iraqi Kurdistan" ~ "Kurdistan"
    for k, s in surface.items():
        w = s.split(" ", 1)
        if len(w) == 2 and w[0] in lex.NORP_WORDS and norm_key(w[1]) in surface and not (
                head_label(s)):  # (not the party "Green Estonia")
            uf.union(norm_key(w[1]), k)

    def base_label(k: str) -> str | None:
        s = surface[k]
        return lexicon_label(s) or head_label(s)

    # short forms: "Barzani" ~ "Netilvan Barzani", "Columbia" ~ "Space Shuttle Columbia"
    ambiguous: dict[str, list[str]] = {}
    keys = sorted(surface, key=lambda k: -len(surface[k].split()))
    with_word: dict[str, list[str]] = defaultdict(list)
    for k2 in keys:
        for w in set(_fold(_words(surface[k2]))):
            with_word[w].append(k2)
    for k in keys:
        s = surface[k]
        sw = _fold(s.split())
        known = lexicon_label(s)
        # (but '"…," Chamorro said' is a surname, not the people)
        surname = known == "NORP" and " " not in s and speaks(text, s)
        if is_acronym(s) or known and not surname:
            continue
        own_kind = known or head_label(s)  # base_label(k), once for all the longer names
        targets = []
        for k2 in with_word.get(sw[0], ()):
            s2 = surface[k2]
            lw = _fold(_words(s2))
            # "PT Teluk Mas Nickel", "Grupo Industrial Vallarta": a company by its first word
            # a club by the word after its designator ("Orava" of "HC Orava Dolný Kubín"), not
            # by its town's name at the end; a ship without its prefix ("MV Ilala")
            club = lw[0] in lex.CLUBS
            lead_word = lw[0] in lex.LEGAL_LEADS or lw[0] in lex.ORG_LEADS or club or (
                lw[0] in lex.SHIPS)
            if lead_word and not (len(sw) >= 2 and lw[:len(sw)] == sw):
                lw = lw[1:]  # (but "Agroindustrial Los Samanes" keeps its lead word)
            if len(lw) <= len(sw) and not lead_word:
                continue
            pos = sub_index(lw, sw)
            if pos < 0 or s2 in _JOINT_COUNTRIES:
                continue  # (the islands "Tobago" and "Grenadines" are places of their own)
            if surname and not (pos > 0 and person_shape(s2)):
                continue  # ("said Dominican schools": not the "Dominican Republic")
            # "Rashid Okafor", named first, is not his father "Emeka Rashid Okafor" (but is
            # "Rashid F. Okafor"); named after it, "Soeiro Quintas" is "Mariana Soeiro Quintas"
            if len(sw) >= 2 and person_shape(s) and person_shape(s2) and first[k] < first[
                    k2] and not all(w.endswith(".") or w.lower() in PARTICLES
                                    for w in lw if w not in sw):
                continue
            strong = base_label(k2)
            if strong == "EVENT" and pos == 0 and known_place(s):
                continue  # "Chubut" is not short for the "Chubut Eisteddfod" held there
            # a full name of its own kind is not short for a longer name of another kind:
            # "Juniper County" (a place) and "Juniper County Sheriff's Office"
            if own_kind not in (None, strong) and not surname:
                continue
            if pos == 0 and sw == lw[:1] and lw[0] in lex.EVENT_LEADS and strong == "EVENT":
                targets.append(k2)  # "the Desafío" of the "Desafío Yaguareté", its race
                continue
            # nor is a name whose own context says it is something else ("the town of X"), nor
            # a place the article names as one when its context says the longer name is an
            # organisation ("the city of Derna", "the watchdog group Derna Rebuilding Watch")
            ctx = votes.get(k, {})
            if strong is not None and any(w >= 3 and lab != strong for lab, w in ctx.items()):
                continue
            if strong is None and max(ctx.get("GPE", 0), ctx.get("LOC", 0)) >= 3 and votes.get(
                    k2, {}).get("ORG", 0) >= 3:
                continue
            vk = merged_votes(votes.get(k, {}), model_votes.get(k, {}))
            own = max(vk, key=vk.get) if vk else None
            # a company's first word is the company ("Vandermeer" of "Vandermeer Group", "Oltin
            # Tola" of "Oltin Tola Textile JSC")
            brand = (pos == 0 and (lw[-1] in lex.COMPANY_HEADS or lw[-1] in lex.LEGAL_FORMS
                                   or lead_word or lw[0] in lex.TEAM_LEADS)  # "Calloway Health"
                     or lead_word and not club and pos + len(sw) == len(lw))  # "Vallarta"
            # but a city the article places things in is the city: "in Sohar", not "Sohar
            # Gulf Logistics"; so is one the model reads as a place wherever it stands alone
            # ("Harbin", not the "Harbin Institute of Technology")
            if brand and len(sw) == 1 and lex.in_gazetteer(s) and (ctx.get("GPE", 0) > 0 or (
                    not lead_word and model_votes.get(k, {}).keys() == {"GPE"}
                    and model_votes[k]["GPE"] >= 2)):  # (but "Prado" is "Sporting Prado")
                continue
            # a company's name without its legal form is the company: "Kestrel Built" (Pty Ltd),
            # a club's without its designator ("Oqsaroy" FK), and one of two words or more
            # without its last: "Shwe Irrawaddy" (FC)
            tail = lw[len(sw):]
            if pos == 0 and (all(w in lex.LEGAL_FORMS or w in lex.CLUBS for w in tail) or len(
                    sw) >= 2 and all(w in lex.CLUB_TAILS or w in _CLUB_WORDS for w in tail)):
                targets.append(k2)
                continue
            # a known place is not short for a longer name of something else: "Molise" and the
            # parties "Molise Domani" and "Forward Molise"; but "Maroni" is short for "Roberto
            # Maroni", "Toyota" for "Toyota Motor Corporation", "Atlantis" for the orbiter
            # (a person's surname, not their first word: "Recife" is not "Recife Sem Dengue")
            placed = ctx.get("GPE", 0) >= CLASSIFIER_WEIGHT  # "the canton of Valais"
            # (a surname, or the family name first of "Kim Seo-yeon", "Chen Wei-lun", or of
            # "Moriguchi Ayaka" where '"…," Moriguchi said', though Moriguchi is also a city)
            family = pos > 0 or len(lw) == 2 and (GIVEN_HYPHENED.fullmatch(
                lw[1]) is not None or pos == 0 and speaks(text, s))
            person = person_shape(s2) and family and votes.get(k2, {}).get(
                "ORG", 0) < CLASSIFIER_WEIGHT and not placed and not (
                lex.in_gazetteer(s) and ctx.get("GPE", 0) >= CITY_WEIGHT)  # "in Curitiba"
            # "Uncle Vernon", "Aunty Noreen": a given name after a title, not the town
            called = pos == 0 and k in titled_keys and person_shape(s2)
            if (len(sw) == 1 and (lex.in_gazetteer(s) or lex.wordnet_label(s) or placed)
                    and not (brand or person or called)
                    and strong not in ("GPE", "LOC", "PRODUCT", "EVENT")):
                continue
            if len(sw) == 1 and 0 < pos < len(lw) - 1 and lw[pos - 1] in COMPASS:
                continue  # "Newfoundland" of the "Central Newfoundland Highway Watch": a place
                # with its part named (the gold data has 30 such words, each of its own)
            if pos > 0 and (lw[pos - 1] == "of" or lw[pos - 1] in PARTICLES) and (
                    pos + len(sw) == len(lw)) and strong == "ORG":
                continue  # "Santo Domingo" of the "Autonomous University of Santo Domingo",
                # the "Rhône" of the "Fédération des Pêcheurs du Rhône", "Miraflor" of the
                # "Unión de Cooperativas de Miraflor": where it is, not what (in 474 of the 477
                # such names the gold data has, the place is an entity of its own)
            # a site's name without its head word is the site: "Tindarra" (National Park),
            # "Wembley" (Stadium), unless it is a place of its own ("Sydney" Opera House); so is
            # a feature's without its lead or head word: "Everest" (Mount Everest), "Maricunga"
            # (Salar de Maricunga), "Dudh Koshi" (River)
            rest = [w for w in lw[1:] if w not in CONNECTORS]
            bare = lw[0] in lex.LOC_LEADS and rest == sw or lw[:-1] == sw and (
                lw[-1] in lex.LOC_HEADS)
            # (a town's name too, unless the text writes it as a feature's: "the upper Zambezi")
            site = strong in ("FAC", "LOC") and (pos == 0 and len(sw) == 1 or bare) and (
                not (lex.in_gazetteer(s) or s in lex.TOWNS) or bare and _the_feature(text, s))
            if pos == 0 and len(sw) == 1 and own == "PERSON" and vk[own] >= 2 and strong not in (
                    None, "PERSON") and not (brand or site):
                continue
            # "Henry Ford" the man is not short for the "Henry Ford Museum" (but "Bình Định",
            # which the model took for a person, is "Bình Định Province")
            province = lw[:-1] == sw and lw[-1] in lex.GPE_HEADS
            if len(sw) >= 2 and own == "PERSON" and person_shape(s) and strong in (
                    "ORG", "FAC", "GPE", "LOC") and not (lead_word or brand or site or province):
                continue
            # Part of an institution's name names something else: "Port Alden" (the city) is
            # not the "Port Alden Transit Commission", "Iodine" not the "Centre for Control of
            # Iodine Deficiency". But a company's or a paper's first word is the company
            # ("Freedom Magazine"), the last word of a craft's name is the craft ("Columbia"),
            # and a name without its leading words is the same name ("Udvar-Hazy Center").
            suffix = pos + len(sw) == len(lw)
            named_for = len(lw) == 2 and lw[1] in lex.ORG_HEADS  # "Freedom" (Magazine)
            # "the Sharks" of "Gros Islet Sharks", "Eagles" of "Kabale Highland Eagles FC"
            team = sw[-1] in lex.TEAM_TAILS and all(
                w in lex.CLUBS or w in lex.CLUB_TAILS for w in lw[pos + len(sw):])
            # "the Six Nations" of "the Six Nations Championship": an event without its head word
            event = strong == "EVENT" and lw[:-1] == sw and lw[-1] in lex.EVENT_HEADS
            # "the Supreme Court" of "the (Italian) Supreme Court of Cassation": the name before
            # its "of"
            of_whom = pos + len(sw) < len(lw) and lw[pos + len(sw)] in ("of", "for") and all(
                lexicon_label(w) == "NORP" for w in lw[:pos]) and head_label(s) == strong
            if strong not in (None, "PERSON", "GPE") and not (
                    brand or named_for or site or of_whom or team or event) and not (
                    suffix and (strong in ("PRODUCT", "EVENT") or len(sw) >= 2)):
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
        k = norm_key(text[c.start:c.end])
        if k in ambiguous:
            amb_cands.append(c)
        else:
            groups.setdefault(uf.find(k), []).append(c)
    for c in amb_cands:  # the nearest fuller name before it, else after it
        k = norm_key(text[c.start:c.end])
        roots = {uf.find(t) for t in ambiguous[k]}
        if says_next(text, c.end):  # of whatever can speak: "Msunduzi said" is the
            # municipality, not the Msunduzi River
            roots = {r for r in roots if base_label(r) not in ("LOC", "FAC")} or roots
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
        if _drop(names) or _common_word(text, cs) or _currency_name(text, cs):
            continue
        label = decide_label(text, cs, names, _canonical(names), votes, model_votes)
        if label is not None:
            labels[r] = label
    groups = {r: cs for r, cs in groups.items() if r in labels}
    _recover(text, groups, labels, cands)
    _decide_again(text, groups, labels, votes, model_votes)

    entities = []
    for r, cs in groups.items():
        cs = sorted({(c.start, c.end): c for c in cs}.values(), key=lambda c: c.start)
        names = [text[c.start:c.end] for c in cs]
        name = _canonical([n for n in names if norm_key(n) not in former] or names)
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
            words = _words(text[c.start:c.end])
            if len(words) < 2:
                continue
            forms = list(words)  # surname, given name, a middle name used alone ("Lula")
            if len(words) >= 3 and words[-2].lower() in PARTICLES:
                forms.append(words[-2] + " " + words[-1])  # "De Bruyne", "van Dijk"
            for w in forms:
                if (len(w) >= 3 and w[0].isupper() and not w.endswith(".")
                        and (" " in w or extends_name(w)) and w not in lex.GENERIC):
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

    occ = Occupancy(len(text))
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


def _decide_again(text: str, groups: dict, labels: dict, votes: dict, model_votes: dict) -> None:
    """A name nothing around its found mentions described, but whose mentions the model missed
    say what it is ("Akha and Tai Lue families … an Akha farmer"): decided again with what they
    say. (Not a person: the mentions recovered for one include the surname alone.)"""
    for r, cs in groups.items():
        found = [c for c in cs if c.source != "scan"]
        if labels[r] == "PERSON" or len(found) == len(cs) or any(
                votes.get(norm_key(text[c.start:c.end])) for c in found):
            continue
        more: dict[str, dict[str, float]] = {}
        for c in cs:
            if c.source == "scan":
                v = more.setdefault(norm_key(text[c.start:c.end]), {})
                for lab, w in context_votes(text, c).items():
                    v[lab] = v.get(lab, 0) + w
        if max((w for v in more.values() for w in v.values()), default=0) >= CLASSIFIER_WEIGHT:
            names = [text[c.start:c.end] for c in cs]
            label = decide_label(text, cs, names, _canonical(names), {**votes, **more},
                                 model_votes)
            if label is not None:
                labels[r] = label


_CLUB_WORDS = frozenset({"Club", "Sports"})  # "Makwanpur Cheli" (Sports Club)


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
    if not by_first:
        return found
    # (only the words that start as a name does: most words start with none of those letters)
    starts = "".join(sorted({re.escape(w[0]) for w in by_first}))
    for m in re.finditer(rf"(?<!\w)[{starts}]\w*", text):
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


_HEAD_OF = re.compile(r"(\w+) of ")


def _people_word(text: str, word: str) -> bool:
    """Whether every use of a one-word name is an adjective before a lower-case word ("a Siwan
    elder", "the Crusader fortress"): with its plural in the same text, the name of a people."""
    uses = [text[m.end():m.end() + 2] for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    return bool(uses) and all(u[:1] == " " and u[1:].islower() for u in uses)


def _inside_sentence(text: str, word: str) -> bool:
    """Whether a word is written, once at least, inside a sentence (where its capital means a
    name)."""
    return any(not sentence_initial(text, m.start())
               for m in re.finditer(rf"\b{re.escape(word)}\b", text))


def _the_feature(text: str, name: str) -> bool:
    """Is ``name`` always written as a feature is, after "the" ("along the Chiriaco", "the upper
    Zambezi"), as a town's name is not? (Not a country's: "the Congo".)"""
    if name in lex.GPES:
        return False
    found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?! [A-Z])(?![\w-])",
                                             text)]
    return bool(found) and all(_THE_BEFORE.search(text, max(0, at - 20), at) for at in found)


_THE_BEFORE = re.compile(r"\b[Tt]he (?:[a-z]+ )?$")


def _canonical(names: list[str]) -> str:
    def score(n: str):
        words = n.split()
        m = _HEAD_OF.match(n)
        gpe_of = bool(m and m.group(1) in lex.GPE_OF_HEADS)
        return (not is_acronym(n), not gpe_of, not n.isupper(), len(words), len(n))
    return max(names, key=score)


def _words(name: str) -> list[str]:
    """A name's words without the comma before a legal form ("Trilhos do Norte, Lda."), and
    with a glued initial apart from the name it is glued to ("Ts." "Oyunbileg")."""
    if glued_person(name):
        return GLUED_NAME.sub(r"\1 \2", name).split()
    return name.replace(",", "").split()


def _fold(words: list[str]) -> list[str]:
    """Name particles in lower case: "Van Dijk" opening a sentence is "Sem van Dijk"'s, and
    "Al-Jubouri" "Layla al-Jubouri"'s."""
    return [w.lower() if w.lower() in PARTICLES else _particle_lowered(w) for w in words]


def _particle_lowered(word: str) -> str:
    """"Al-Jubouri" as "al-Jubouri": a hyphened particle that names hold in lower case."""
    low = word[:1].lower() + word[1:]
    return low if word[:1].isupper() and "-" in word[:4] and is_name_word(low) else word


def _common_word(text: str, cs: list[Cand]) -> bool:
    """"Turnout was 61%": a one-word name met only at sentence starts, whose lower-case form
    the article also uses, is a common word."""
    words = {text[c.start:c.end] for c in cs}
    if len(words) != 1 or " " in next(iter(words)) or not all(
            sentence_initial(text, c.start) for c in cs):
        return False
    low = next(iter(words)).lower()
    return low in text and re.search(rf"\b{re.escape(low)}\b", text) is not None


def _currency_name(text: str, cs: list[Cand]) -> bool:
    """"3,000 Liberian dollars", "CFA francs": a name met only as part of a currency's."""
    return all(_CURRENCY_AFTER.match(text, c.end) for c in cs)


_CURRENCY_AFTER = re.compile(r"\s+(?:" + "|".join(
    sorted((w for w in CURRENCY_WORDS if len(w) > 2), key=len, reverse=True)) + r")\b")


def _kind_of_thing(name: str) -> bool:
    """"the Space Shuttle Orbiters": a product's name before a plural noun names a kind of
    thing, not one."""
    words = name.split()
    return (len(words) >= 2 and words[-1].lower() in NOT_PRODUCT and words[-1].endswith("s")
            and any(name.startswith(lead + " ") for lead in lex.PRODUCT_LEADS))


_GLUED_AMOUNT = re.compile(r"^([A-Za-z]{1,3})\d[\d,.]*$")


def _glued_amount(name: str) -> bool:
    """ "RM1,550", "E4,190": a currency's code or letter glued to an amount (but "G20" names)."""
    m = _GLUED_AMOUNT.match(name)
    if m is None:
        return False
    code = m.group(1)
    return code in PREFIX_CODES or code.lower() in ISO_CODES or (
        len(code) == 1 and re.search(r"\d[,.]\d", name) is not None)


def _drop(names: list[str]) -> bool:
    uniq = set(names)
    return all(n in lex.GENERIC or n in lex.FUNCTION_WORDS or n in lex.DAYS_MONTHS
               or len(n) < 2 or not any(ch.isupper() for ch in n)
               or n.split()[0].isupper() and n.split()[0].lower() in ISO_CODES and (
                   len(n.split()) == 1 or n.split()[1][:1].isdigit())  # "MXN", "ARS 4.6"
               or re.match(r"^[A-Z]{0,3}[$£€¥₹]\s?\d", n)  # "N$480": an amount
               or n.split()[0] in PREFIX_CODES and (n[-1:].isdigit() or " " not in n)  # "Rs 40"
               or _glued_amount(n)  # "RM1,550"
               or _kind_of_thing(n)
               for n in uniq)
