"""Finding and repairing the name spans of one article.

The model's entities are trimmed (leading "the", titles, possessives, trailing punctuation or
scores), split or joined where the model glued or cut names (``ent_joins``: "Iran-Iraq", "North
and South Korea", "Devon and Cornwall Police") and grown where it cut them short ("Masaud"
Pezeshkian, Erik "ten Hag").  Runs of capitalised words add the names it missed when they carry
evidence (a lexicon entry, a head word, an acronym they spell), and are the only source of names
for a pipeline without NER.  ``find_names`` returns the spans, the alias pairs written in
parentheses, and the spans that had a person's title stripped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict

from reader.nlp import ent_lexicon as lex
from reader.nlp.ent_joins import (
    coordinated, hyphen_pairs, join_and, join_place_office, known_place, known_town,
    merge_demonym_place, small_worded, split_parts,
)
from reader.nlp.ent_labels import (
    BARE_OFFICE, CITY_WEIGHT, CLASSIFIER_WEIGHT, PEOPLE_NOUNS, classifier, context_votes,
    surname_speaks, titled_before,
)
from reader.nlp.ent_names import (
    APOS, CONNECTORS, EPITHETS, GIVEN_HYPHENED, HEADS, PARTICLES, PATRONYMIC, SUFFIX_PARTICLES,
    CV_TAIL, Cand,
    Occupancy, Tok, acronym_key, doc_tokens, extends_name, glued_initials, head_label, initials,
    is_acronym, is_name_word, lexicon_label, norm_key, person_shape, sentence_initial, spells,
    sub_index,
)
from reader.nlp.lexicon import WORDNET_PERSON_NOUNS, people_plural
from reader.nlp.numlex import PREFIX_CODES
from reader.nlp.types import ENTITY_LABELS

# Title words that end no name: "NASA Administrator", "Senate Majority Leader".
_TRAILING_TITLES = frozenset("Majority Minority Leader Administrator Chairman Chairwoman Spokesman "
                             "Spokeswoman Spokesperson Secretary Minister Director Commissioner "
                             "Chief CEO Speaker Governor Mayor President Premier Magistrate MEC "
                             "Resident".split())  # (Sarawak's "Bintulu Resident", an office)


def find_names(text: str, parsed):
    """The article's name spans (sorted, not overlapping), the alias pairs written in
    parentheses (normalised keys), and the spans of persons whose title was stripped."""
    toks = doc_tokens(text, parsed)
    has_ner = any(sdoc.has_annotation("ENT_IOB") for _, sdoc in parsed)
    keep = set(ENTITY_LABELS)
    raw: list[Cand] = []
    for base, sdoc in parsed:
        for ent in sdoc.ents:
            if ent.label_ not in keep:
                continue
            while len(ent) > 1 and (ent[0].tag_ in ("VBG", "VBN", "VBD") and (
                    ent[0].is_sent_start) and not (ent[0].tag_ == "VBD" and ent[1].is_title)
                    or ent[0].tag_.startswith("VB") and ent[0].i and (
                    sdoc[ent[0].i - 1].is_quote)):
                # "Bringing Vandermeer and Ashcombe together…", '"Give Shauna …': no verb
                # opening a sentence or a quote is part of a name (but a past tense before a
                # capital is a given name, "Saw Hsa Mu Htoo", and "Teófilo", read as a verb
                # after a comma, is, and so is a given name the small model tags as a verb's
                # base form outside quotes: "Veronicah Syokau Kilonzo, 52,")
                ent = ent[1:]
            raw.append(Cand(base + ent.start_char, base + ent.end_char, ent.label_, "ner"))

    raw = _trade_before_person(text, raw)
    person_titled: set[tuple[int, int]] = set()

    people_seen: dict[str, bool] = {}

    trimmed: dict[tuple, Cand | None] = {}

    def trim(c: Cand) -> Cand | None:
        key = (c.start, c.end, c.label, c.source)
        if key not in trimmed:
            t = trimmed[key] = _trim(text, c)
            if t is not None:  # (a trimmed span trims to itself)
                trimmed.setdefault((t.start, t.end, t.label, t.source), t)
        return trimmed[key]

    def cleaned(found) -> list[Cand]:
        out = []
        for c in found:
            t = trim(c)
            if t is None:
                continue
            t, titled = _strip_titles(text, t)
            words = text[t.start:t.end].split()
            if words[-1] in lex.TITLES and all(w in lex.TITLES or w in lex.PORTFOLIOS
                                               for w in words) and not (
                    len(words) == 1 and words[0] in lex.FESTIVALS):  # (but "the Hajj" is one)
                continue  # a title alone ("Justice" cut from "Justice Hauwa'u Kebbe", "Fisheries
                # Officer" from "The Mangochi District Fisheries Officer, X,") names no one
            if _people_opening(text, t, people_seen):
                continue
            if titled:
                person_titled.add((t.start, t.end))
            out.append(t)
        return out

    cands = _join_sides(text, _abbreviation_to_person(text, cleaned(raw)))
    # capitalised runs: all of them without NER, those with clear evidence alongside it
    caps = cleaned(_capitalised_runs(text, toks))
    cands = _merge_caps(text, cands, caps, toks, has_ner)

    cands = [c for c in cands if not _after_title_of(text, c) and not _portfolio_of_title(text, c)]
    cands = [_with_the(text, c) for c in cands]
    known = {norm_key(text[c.start:c.end]) for c in cands}
    split: list[Cand] = []
    for c in cands:
        parts = [c] if c.source == "acro" else split_parts(text, c, known)
        if parts == [c]:
            t = trim(c)
            split.extend([t] if t is not None else [])
        else:  # (a part may open with a title: "Justice Kebbe" said "Dange")
            split.extend(cleaned(parts))
    cands = split

    # rule spans that replace what the model made of them: "Iran-Iraq", "STS-135"
    hy = (hyphen_pairs(text) + _designators(text, cands) + small_worded(text, cands)
          + glued_initials(text) + _french_bodies(text) + _epithet_names(text, cands))
    occ = Occupancy(len(text))
    for h in hy:
        occ.add(h.start, h.end)
    cands = [c for c in cands if not occ.hits(c.start, c.end)] + hy
    cands = merge_demonym_place(text, cands)
    cands = join_place_office(text, join_and(text, cands))
    aliases = _paren_aliases(text, cands, toks)
    cands.extend(a for a in aliases.pop("__new__", []))
    return _dedupe(cands), aliases["pairs"], person_titled


def _trade_before_person(text: str, raw: list[Cand]) -> list[Cand]:
    """ "Glaciologist Anjali" and "Rana Magar", the model's two names for a trade that opens a
    sentence and the person after it: the person's whole name, without the trade."""
    out: list[Cand] = []
    for c in raw:
        prev = out[-1] if out else None
        if prev is not None and c.label == "PERSON" and text[prev.end:c.start] == " " and (
                sentence_initial(text, prev.start)):
            trade, _, given = text[prev.start:prev.end].partition(" ")
            low = trade.lower()
            if given and " " not in given and (low in _TRADE_WORDS or low.endswith(
                    _TRADE_SUFFIXES)) and person_shape(f"{given} {text[c.start:c.end]}"):
                out[-1] = Cand(prev.end - len(given), c.end, "PERSON", "rule")
                continue
        out.append(c)
    return out


_POSSESSIVE_END = re.compile(r"[" + APOS + r"]s?$")
_POSSESSIVE_LEAD = re.compile(r"[" + APOS + r"]s\s")
_SAINTS_PLACE = re.compile(r"(?:St\.?|Saint) [A-Z][\w-]*[" + APOS + r"]s$")


def _saints_place(text: str, span: str) -> bool:
    """A town named for a saint keeps its "'s" ("St. John's", "St. George’s"), unless the text
    names "St. X" without it too ("Saint Lucia’s coach", "Kenrick St. Hill … St. Hill’s")."""
    return bool(_SAINTS_PLACE.match(span)) and not re.search(
        re.escape(span[:-2]) + r"(?![" + APOS + r"\w])", text)
_POSSESSIVE_S = re.compile(r"[" + APOS + r"]s$")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|from|outside|across|around|throughout|between) $")
# "in India’s ", "from Nigeria's ": a country's possessive before the place in it
_IN_A_PLACES = re.compile(
    r"\b(?:in|near|from|outside|across|around|throughout) ([A-Z][\w -]*)[’']s $")
_PLACE_OF = re.compile(r"\b(?:state|province|region|city|town|village|district|county|island|"
                       r"capital|department) of $")
# what follows a person's name: an age or "who" ("Shondel Bascom, 46,", "… in Jumla, X, 47.",
# "X, who chairs …")
_PERSON_AFTER = re.compile(r", (?:\d{1,3}(?:,|\.(?!\d))|who\b)")
_AGE = re.compile(r", \d{1,3},")
# a role in apposition: ", the deputy mayor responsible for", ", the province's vice-governor"
_ROLE_APPOSITION = re.compile(r", (?:the|[A-Z]?[\w’'-]+[’']s) (?:[\w’'-]+ ){0,3}?(?:[\w]+-)?(?:"
                              + "|".join(sorted(lex.ROLE_WORDS, key=len, reverse=True)) + r")\b")
# "X, counsel for the forum,", "X, lawyer for the family,": one who acts for someone
_ACTS_FOR = re.compile(r", (?:[a-z]+ )?([a-z]+) for\b")
_AGE_APPOSITION = re.compile(r", \d{1,3}, (?:an?|the|who|said|told|[a-z]+[’']s)\b")


_PREFIX_DASH = re.compile(r"^(?:non|anti|pro|ex|post|pre|neo|pan|mid)-(?=[A-Z])")
_SCORE = re.compile(r"^\d+[-–]\d+$")
_SCORE_REST = re.compile(r" ?[-–] ?\d")
_CAMEL = re.compile(r"^[a-z]+[A-Z]")
_NAME_AFTER = re.compile(r" [A-Z][\w’'-]*(?: (?:(?:de|del|da|do|dos|das|la|las|los) )*"
                         r"[A-Z][\w’'-]*)*")  # (".. of] Madre de Dios")
# the rest of a town's name joined by a particle: "Esch[-sur-Alzette]", "Mondorf[-les-Bains]"
_HYPHEN_PARTICLE = re.compile(r"-(?:sur|sous|les|lès|en|de|du|des|la|le|aux|am|an|im|upon|on)"
                              r"-[A-Z][\w’'-]*"
                              # Korean units: "Yongnam-myeon", "Seohak-dong", "Gwideok-ri"
                              r"|-(?:myeon|eup|dong|gun|gu|ri|si)\b(?!-)")


_PLACE_WORDS = frozenset({"in", "on", "from", "at", "near", "across"})
_OPENING_PREPOSITIONS = frozenset({"In", "On", "From", "At", "Near", "Across", "To"})


def _people(word: str) -> bool:
    """A plural of people opening a sentence: "People", "Farmers", "Residents"."""
    return word.lower() in PEOPLE_NOUNS or people_plural(word)


def _people_opening(text: str, c: Cand, seen: dict[str, bool]) -> bool:
    """ "Diggers called the pit …", "“Farmers are …": a plural of people, capitalised only
    because it opens a sentence, wherever the article writes it (a team the article calls
    "Rangers" is capitalised inside a sentence too). ``seen`` keeps the answers per word."""
    word = text[c.start:c.end]
    if not (word.endswith("s") and word.isalpha() and _people(word)) or lexicon_label(word):
        return False
    if word not in seen:
        seen[word] = all(sentence_initial(text, m.start())
                         for m in re.finditer(r"(?<!\w)" + word + r"(?!\w)", text))
    return seen[word]


def _place_or_club(name: str) -> bool:
    return lex.in_gazetteer(name) or name in lex.TOWNS or head_label(name) == "ORG"


_PRONOUNS = frozenset("Nobody Somebody Anybody Everybody Someone Anyone Everyone Nothing "
                      "Something Anything Everything".split())


_ROUTES = frozenset({"Highway", "Route", "Road", "Motorway", "Expressway", "Interstate"})
_ROUTE_NUMBER = re.compile(r" [A-Z]{0,3}\d{1,4}[A-Z]?\b(?![.,]\d)")


def _trim(text: str, c: Cand) -> Cand | None:
    """Strip leading articles/lowercase words/titles, trailing possessives and punctuation."""
    s, e, label = c.start, c.end, c.label
    for _ in range(12):
        old = (s, e)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        span = text[s:e]
        # possessive at the end: "Barzani’s", "Texas A&M's", "Charles'"
        m = _POSSESSIVE_END.search(span, len(span) - 2)  # (it is two characters at most)
        if m and (m.group() != "'" or span[:-1].endswith("s")) and len(span) > 2 and not (
                _saints_place(text, span)):
            e -= len(m.group())
            continue
        if span and span[-1] in ",;:!?)(]\"“”‘-–—/":
            e -= 1
            continue
        if span.endswith("$"):  # "Gordon Bay Salmon Pty Ltd [A$]4.2 million": the amount's
            e = s + max(span.rfind(" "), 0)
            continue
        if span.endswith(".") and not _abbrev_end(span):
            e -= 1
            continue
        if span and span[0] in "(\"“”‘'[-–—/":
            s += 1
            continue
        if _POSSESSIVE_LEAD.match(span):  # "[the union]’s Plovdiv branch"
            s += 3
            continue
        m = _PREFIX_DASH.match(span)
        if m:
            s += m.end()
            continue
        if span[:1] in "@#":
            return None
        if " (" in span or " [" in span:
            e = s + min(i for i in (span.find(" ("), span.find(" [")) if i >= 0)
            continue
        words = span.split()
        if (amount := _PREFIXED_AMOUNT.match(words[0])) and amount.group(1) in PREFIX_CODES and (
                _AMOUNT_REST.fullmatch(words[0], amount.end(1))):  # "[VNĐ2] million": an amount
            if len(words) == 1:
                return None
            s += span.find(words[1], len(words[0]))
            continue
        if len(words) > 1 and (amount := _PREFIXED_AMOUNT.match(words[-1])) and (
                amount.group(1) in PREFIX_CODES):  # "one to Kalemie [Sh90,000]": an amount
            e = s + span.rfind(" ")
            continue
        if (len(words) > 1 and words[-1] in _TRAILING_TITLES  # "Senate Majority [Leader]"
                and words[-2] not in lex.TITLES):  # but "Vice President" stays
            e = s + span.rfind(" ")
            continue
        if len(words) > 1 and words[-1] in lex.PORTFOLIOS and (
                nxt := _CAPITALISED_AFTER.match(text, e)) and nxt.group(1) in lex.TITLES:
            k = len(words) - 1
            while k > 0 and words[k - 1] in lex.PORTFOLIOS:
                k -= 1
            if k and known_place(" ".join(words[:k])):  # "Lindi [Regional] Commissioner X": a
                # place, then its office's words (but "Public Works Minister X" is all office)
                e = s + list(_NON_SPACE.finditer(span))[k - 1].end()
                continue
        if len(words) > 1 and _AMOUNT_REST.fullmatch(words[-1]) and _UNIT_NEXT.match(text, e):
            e = s + span.rfind(" ")  # "under the Ampera Bridge [1.8] seconds ahead": an amount
            continue
        if len(words) > 1 and _SCORE.match(words[-1]) and words[-2] not in lex.LAW_HEADS:
            e = s + span.rfind(" ")  # "Fiji 24-19" (but "Law 36-15" is the law's number)
            continue
        if len(words) > 1 and words[-1][:1].isdigit() and _POSSESSIVE_S.search(words[-2]):
            e = s + span.rfind(" ")  # "Copán’s [16th] ruler"
            continue
        if len(words) == 2 and words[0] in lex.DAYS_MONTHS and words[1].isdigit():
            return None  # "[between] February 2": a date
        if words == ["I."]:
            return None  # the pronoun ending a sentence, read as an initial: "and so did I."
        if len(words) > 3 and words[0] in _PROVISIONS and words[1][:1].isdigit() and (
                words[2] == "of"):  # "[Article 505 of the] Criminal Code": the law
            s += len(" ".join(words[:4 if words[3] == "the" else 3])) + 1
            continue
        if len(words) > 1 and words[-1] in ("of", "for") and (
                grown := _NAME_AFTER.match(text, e)):  # "[The Supreme Court of] Sri Lanka"
            e = grown.end()
            continue
        if words[-1] in _ROUTES and (grown := _ROUTE_NUMBER.match(text, e)):
            e = grown.end()  # "[National Highway] 44": a road by its number
            continue
        if text.startswith("-", e) and (grown := _HYPHEN_PARTICLE.match(text, e)):
            e = grown.end()
            continue
        if len(words) > 1 and words[-1].isdigit() and (" ".join(words[:-1]) in lex.GPES or (
                _SCORE_REST.match(text, e))):  # "beating Deportivo Orosi [2] – 1"
            e = s + span.rfind(" ")
            continue
        if len(words) > 1:
            first, last = words[0], words[-1]
            if first in _PRONOUNS:  # '“Nobody in Shippagan wants …'
                s += len(first)
                continue
            if first in _OPENING_PREPOSITIONS and known_place(span[len(first):].strip()):
                s += len(first)  # '“In Malé I used to …': a preposition opening the sentence
                continue
            if len(words) > 2 and _people(first) and sentence_initial(text, s) and (
                    words[1] in _PLACE_WORDS or words[1] == "of" and first != "Friends"
                    and _place_or_club(" ".join(words[2:]))):
                # "People in Ha'apai and Vava'u say …", "Residents of Martuni", "Fans of Guajará
                # Vôlei Clube" (a town or a club; but "Friends of Ruaha" is a group's name)
                s += len(first) + 1 + len(words[1])
                label = None  # (what the model called the whole says nothing of the rest)
                continue
            if len(words) > 2 and words[1] == "from" and sentence_initial(text, s) and (
                    known_place(" ".join(words[2:]))):  # '"Shrimp from Cà Mau are sold …'
                s += len(first) + 1 + len(words[1])
                label = None
                continue
            if (first.lower() in ("the", "a", "an") and not (
                    first == "The" and (not sentence_initial(text, s) or last in lex.PAPERS
                                        or text[e:e + 1] in "\"”"))) or (  # a title: “The X”
                first[:1].islower() and not first[:1].isdigit() and first.lower() not in ("e",)
                and not _CAMEL.match(first)
                and not (c.label == "PERSON" and first in PARTICLES and last[:1].isupper())
            ):  # (but the model's person "de la Torre" keeps its particles)
                s += len(first)
                continue
            if (last[:1].islower() and not _CAMEL.match(last) and not is_name_word(last)
                    and last not in SUFFIX_PARTICLES):  # but "Lumière d’Orient"
                e -= len(last)
                while e > s and text[e - 1].isspace():
                    e -= 1
                continue
        if (s, e) == old:
            break
    if text[e:e + 1] == "." and len(text[s:e].split()) > 1 and (
            text[s:e].split()[-1] + ".") in lex.LEGAL_FORMS:
        e += 1  # "Alföld Chemicals Nyrt.", which the tokenizer cut before its full stop
    elif (form := _LOWER_FORM.match(text, e)) and form.group(1) in lex.LEGAL_FORMS:
        e = form.end(1)  # "Moravian Urban Estates a.s.", a company's form in lower case
    elif (form := _COMMA_FORM.match(text, e)) and form.group(1) in lex.LEGAL_FORMS and (
            len(text[s:e].split()) > 1):
        e = form.end(1)  # "Trilhos do Norte, Lda.": the form after a comma
    elif (form := _UPPER_FORM.match(text, e)) and form.group(1) in lex.LEGAL_FORMS and (
            form.group(1) not in ("AD", "SE")):  # (not "79 AD", "Quadrant SE")
        e = form.end()  # "Vestkyst Vind A/S", "Ailes du Sahel SA": the model stopped before it
    span = text[s:e]
    if e <= s or not _LETTER.search(span) or span.lower() == span and not _DIGIT.search(span):
        return None  # no name is all lower case: "the gulf", "the ministry"
    return Cand(s, e, label, c.source)


_LETTER = re.compile(r"[^\W\d_]")
_PREFIXED_AMOUNT = re.compile(r"(\D+)\d")
_AMOUNT_REST = re.compile(r"\d[\d,.]*")
_DIGIT = re.compile(r"\d")
_UNIT_NEXT = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|metres?|"
                        r"meters?|kilometres?|kilometers?|km|kg|tonnes?|per\s?cent|percent|"
                        r"points?|goals?|runs?)\b")


_WORD_BEFORE = re.compile(r"(?<![\w-])(\w+) $")


def _with_the(text: str, c: Cand) -> Cand:
    """"The Guardian", "The Straits Times": a newspaper's "The" is part of its name; so is a
    legal form written before a company's name ("PT Teluk Mas Nickel"), and a club's designator
    before its name ("HC Orava Dolný Kubín")."""
    span = text[c.start:c.end]
    if span.split()[-1] in lex.PAPERS and text[max(0, c.start - 4):c.start] == "The ":
        return Cand(c.start - 4, c.end, c.label, c.source)
    m = _WORD_BEFORE.search(text[max(0, c.start - 6):c.start])
    if m and (m.group(1) in lex.LEGAL_LEADS or m.group(1) in lex.CLUBS):
        return Cand(c.start - len(m.group()), c.end, "ORG", c.source)
    return c


def _abbrev_end(span: str) -> bool:
    last = span.split()[-1]
    return bool(re.match(r"^(?:[A-Za-z]\.){1,}$", last)) or last in (
        "Inc.", "Corp.", "Ltd.", "Ltda.", "Co.", "Jr.", "Sr.", "St.", "Bros.") or (
        last in lex.LEGAL_FORMS and len(span.split()) > 1)  # "Alföld Chemicals Nyrt."


_PROVISIONS = frozenset({"Article", "Section", "Clause", "Chapter", "Paragraph", "Rule"})
_LOWER_FORM = re.compile(r" ([a-z][\w.]*)(?![\w.])")
_COMMA_FORM = re.compile(r", ([A-Z][\w.]*)(?![\w.])")
_UPPER_FORM = re.compile(r" ([A-Z][\w./]*)(?![\w.])(?:" + CV_TAIL + r"(?![\w.]))?")
_POSITIONS = frozenset({"Forward", "Centre", "Center", "Prop", "Lock", "Flanker", "Skip", "Lead"})
_TRADE_WORDS = lex.ROLE_WORDS | {"head", "assistant", "senior", "lead", "former", "veteran",
                                  "substitute", "striker", "goalkeeper", "midfielder", "defender",
                                  "winger", "pitcher", "shortstop"}
_PERSON_WORDS = lex.ROLE_WORDS | WORDNET_PERSON_NOUNS
_TRADE_SUFFIXES = ("ologist", "ician", "iatrist", "ographer")  # "Egyptologist", "Paediatrician"


_HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr.".split())  # ("Dr Evans", never a town)
_HONORIFIC_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, _HONORIFICS)) + r") $")
_PERSONAL_TITLES = _HONORIFICS | frozenset("Bishop Archbishop Father Rev. Reverend Imam Rabbi "
                                           "Pastor Judge Councillor Cllr Phra Ajahn Ajarn Ratu "
                                           "Madam".split())


_NON_SPACE = re.compile(r"\S+")
_CAPITALISED_AFTER = re.compile(r" ([A-Z][\w.-]*)")
# local offices named before what they are of ("the Wali of Sur", "the Akim of Aktobe"), whose
# words are given names too ("Wali Mohammad"): titles only before "of"
_OFFICES_OF = frozenset("Wali Akim Intendente Alcalde Alcaldesa Bupati Walikota".split())


_ROYALS = frozenset({"King", "Queen", "Prince", "Princess", "Duke", "Duchess"})


def _strip_titles(text: str, c: Cand) -> tuple[Cand, bool]:
    """Drop leading title words ("Ayatollah", "NASA Administrator") from a person's name,
    and "Chairman of the" from an organisation's."""
    after = _HONORIFIC_AFTER.search(text[c.start:c.end])
    if after and after.start():
        return Cand(c.start, c.start + after.start(), "PERSON", c.source), True
    words = list(_NON_SPACE.finditer(text[c.start:c.end]))
    if len(words) > 2 and (words[0].group() in lex.TITLES or words[0].group() in _OFFICES_OF) and (
            words[1].group() in ("of", "for")) and not (
            words[0].group() in _ROYALS and head_label(text[c.start:c.end]) in ("ORG", "FAC")):
        # (but "Prince of Songkla University", "Prince of Wales Hospital" are named after one)
        j = 3 if words[2].group() == "the" and len(words) > 3 else 2
        # (what the model called the whole says nothing of what the office is of)
        t = _trim(text, Cand(c.start + words[j].start(), c.end, None, c.source))
        return (t, False) if t is not None else (c, False)
    # "His Honour Etornam Dordzie", "Her Excellency …": a style of address before the name
    i = 0
    if len(words) > 2 and words[0].group() in ("His", "Her") and words[1].group() in _STYLES:
        i = 2
    elif len(words) > 1 and words[0].group() in _STYLES and re.search(
            r"\b(?:His|Her) $", text[max(0, c.start - 4):c.start]):
        i = 1
    # (a doubled word is a name's, not two titles: "U Tun Tun Lwin", where "Tun" is a Malay title)
    while i < len(words) - 1 and words[i].group().rstrip(",") in lex.TITLES and not (
            words[i].group() == "Grand" and words[i + 1].group() not in lex.TITLES
            and words[i + 1].group().lower() not in lex.ROLE_WORDS  # "Grand Gedeh County"
    ) and words[i].group() != words[i + 1].group():
        i += 1
    # "Forward Roseline Jean-Baptiste" (but the party "Forward Molise"): a position that is
    # also a word of names, before a person's full name
    if not i and words[0].group() in _POSITIONS and person_shape(
            text[c.start + words[1].start():c.end] if len(words) > 2 else ""):
        i = 1
    # "Geologist Lina Abu-Ghazaleh", "Head coach Agnese Liepa": a trade that opens a sentence
    # before a person's full name
    if not i and sentence_initial(text, c.start):
        k = 0
        while k < len(words) - 2 and (words[k].group().lower() in _TRADE_WORDS or not k and (
                words[k].group().lower() in WORDNET_PERSON_NOUNS  # "Debutante Alemitu …"
                or words[k].group().lower().endswith(_TRADE_SUFFIXES))):  # "Audiologist …"
            k += 1
        if k and (words[k - 1].group().lower() in _PERSON_WORDS or k == 1 and words[
                0].group().lower().endswith(_TRADE_SUFFIXES)) and person_shape(
                text[c.start + words[k].start():c.end]):
            i = k
    # "[Minister of Water and] Forests Paul-Hervé Mba Ndong": the end of a portfolio
    if not i and words[0].group() in lex.PORTFOLIOS and re.search(
            r"\b(?:of|for|and) $", text[max(0, c.start - 5):c.start]):
        while i < len(words) - 2 and words[i].group() in lex.PORTFOLIOS:
            i += 1
        if i and not person_shape(text[c.start + words[i].start():c.end]):
            i = 0
    rest = text[c.start + words[i].start():c.end] if i else ""
    # ("Phra Bounmy", a monk, but "the quarter of Phra Nakhon", a district of Bangkok, and
    # "between Cotabato City and Datu Piang", "in General Luna", towns)
    if i == 1 and (words[0].group() in lex.PLACE_TITLES or known_town(
            text[c.start:c.end])) and " " not in rest and re.search(
            r"\b(?:of|to|in|at|near|from) $|\bbetween [^,.;]{1,40} and $",
            text[max(0, c.start - 60):c.start]):
        i = 0
    # (and "a Bishop Theodoros", a person's title and one name, whatever the model called them;
    # not "Queen Alia" or "Grand Bassa", which name an airport and a county)
    alone = i == 1 and words[0].group() in _PERSONAL_TITLES and " " not in rest and not (
        lexicon_label(rest) or known_place(rest) and words[0].group() not in _HONORIFICS)
    if i and (c.label in (None, "PERSON") or person_shape(rest) or alone) and not head_label(
            text[c.start:c.end]):
        return Cand(c.start + words[i].start(), c.end, "PERSON", c.source), True
    return c, False


# an honorific after the name: Turkish "Şükrü Bey", "Hatice Hanım", Japanese "Hanazawa-san"
_HONORIFIC_AFTER = re.compile(r"(?: (?:Bey|Hanım|Hanim)|-(?:san|sama|sensei|kun|chan))$")
_STYLES = frozenset("Honour Honor Excellency Worship Lordship Ladyship Majesty Highness "
                    "Holiness Eminence Grace".split())
_EPITHET_NAME = re.compile(r"\b[A-Z][\w’'-]+ the (?:" + "|".join(sorted(EPITHETS))
                           + r")\b(?![ -][A-Z])")


def _epithet_names(text: str, cands: list[Cand]) -> list[Cand]:
    """ "John the Baptist", "Stephen the Great": one person where the model saw a person in the
    first word, however it cut the rest (not "Crossing the Red Sea")."""
    if " the " not in text:
        return []
    persons = {c.start for c in cands if c.label == "PERSON"}
    return [Cand(m.start(), m.end(), "PERSON", "rule") for m in _EPITHET_NAME.finditer(text)
            if m.start() in persons]


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


# French writes a body's name with one capital, then the place it is of: "Fédération des
# domaines du Quercy", "Caisse primaire d'assurance maladie de la Corrèze"
_FR_OF = r"(?:d['’]|de l['’]|de la |du |des |de )"
_FRENCH_BODY = re.compile(
    r"\b(?:Fédération|Syndicat|Union|Association|Société|Confédération|Comité|Collectif|Caisse|"
    r"Chambre|Coopérative|Groupement|Office|Agence|Compagnie|Conseil|Institut|Centre|Mutuelle|"
    r"Régie|Ligue|Amicale|Observatoire|Conservatoire|Communauté) " + _FR_OF
    + r"(?:[a-zàâçéèêëîïôûùüÿœ’'-]+ " + _FR_OF + r"?){1,5}?" + _FR_OF
    + r"[A-ZÀ-Ý][\w’'-]+(?:[- ][A-ZÀ-Ý][\w’'-]+)*")


def _french_bodies(text: str) -> list[Cand]:
    """A French body's name in lower case after its first word, up to the place it is of."""
    return [Cand(m.start(), m.end(), "ORG", "rule") for m in _FRENCH_BODY.finditer(text)]


def _capitalised_runs(text: str, toks: list[Tok]) -> list[Cand]:
    """Runs of capitalised words (with "of", "and", "&", "de" ... inside): names without NER."""
    runs: list[list[Tok]] = []
    cur: list[Tok] = []
    for i, t in enumerate(toks):
        joined = cur and t.start == cur[-1].end
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        # (a verb opens no name, "Bringing", but English verbs are ASCII: not "Nguyễn")
        if (is_name_word(t.text) and not (t.verb and not cur and t.text.isascii())) or (
                t.text.isdigit() and cur) or (
            cur and t.text in ("'s", "’s", "'", "’") and (  # "St. Mary's Cathedral",
                nxt in HEADS or cur[-1].text in _PEOPLES and nxt[:1].isupper()  # "Exporters'
                or t.text in ("'", "’") and cur[-1].text.endswith("s") and nxt[:1].isupper()
                and not known_place(cur[-1].text))  # (not "the Philippines’ Bicol Region")
        ) or (  # Chamber", "Women's Cricket …", "Citizens’ Budget Watch"
            cur and (t.text.lower() in CONNECTORS or t.text in ("-", "&"))
            and not (t.text.lower() == "the" and cur[-1].text.lower() == "and")
        ) or (joined and t.text in ("-",)) or (
            joined and cur[-1].text == "-" and t.text.isalnum() and len(cur) > 1
            and len(cur[-2].text) > 1  # "Kim Jong-un", not "T-shirt"
        ):
            if t.sent_start and cur and (  # (the parser may start a sentence inside a name:
                    text[cur[-1].end:t.start] != " "  # "Agroganadera" "Yvy Porã SA", "Lê" "Thị
                    or cur[-1].text[-1] in ".!?"  # Hồng Nhung", with no full stop between;
                    or is_acronym(cur[-1].text)):  # but "UNESCO" "World Heritage Site" stays)
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
        for i, t in enumerate(whole):
            if t.text in lex.DAYS_MONTHS and not lex.in_gazetteer(
                    text[whole[0].start:whole[-1].end]) and not (  # but "May Pen" is a town
                    t.text in _SHORT_MONTHS and i + 1 < len(whole)) and not (  # "Jan Wasiluk"
                    i == 0 and _given_name(text, whole)):  # and "Sunday Tizhe Yohanna" a man
                pieces.append(cur)
                cur = []
            else:
                cur.append(t)
        pieces.append(cur)
        for run in pieces:
            out.extend(_run_names(text, run))
    return out


# what a date follows ("on Sunday", "last June"), and what a person's name does (", 52,",
# ", the councillor for …", ", who …")
_DATE_BEFORE = re.compile(r"\b(?:on|in|by|last|next|this|every|each|until|till|since|from|of|"
                          r"to|that|early|late|mid|between|and|or|said|told|announced)\s+$",
                          re.IGNORECASE)
_APPOSITION_AFTER = re.compile(r", (?:\d{1,3},|(?:the|an?|who)\b)")


def _given_name(text: str, run: list[Tok]) -> bool:
    """A day's or month's name that opens a person's ("Sunday Tizhe Yohanna, the councillor",
    "April Mensah, 34,"): not after what a date follows, and with a person's name after it that
    an apposition follows."""
    rest = text[run[1].start:run[-1].end] if len(run) > 2 else ""
    return bool(rest) and person_shape(rest) and not _DATE_BEFORE.search(
        text, max(0, run[0].start - 12), run[0].start) and bool(
        _APPOSITION_AFTER.match(text, run[-1].end))


# abbreviated months, which are also given names or words of names before another word
_SHORT_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
# A family name, then a given name hyphened in two ("Oh Hye-rin", "Ma Ying-jeou")
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]{1,3} " + GIVEN_HYPHENED.pattern + r"\b")
_BALINESE = frozenset("Gede Putu Wayan Made Kadek Nengah Nyoman Komang Ketut Luh".split())


def _balinese_prefix(run: list[Tok], i: int) -> bool:
    """"I" (men) or "Ni" (women), which open a Balinese name before a name of birth order."""
    return run[i].text in ("I", "Ni") and i + 1 < len(run) and run[i + 1].text in _BALINESE


_ORDINAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)")


def _trim_run(run: list[Tok], text: str) -> list[Tok]:
    while run and (run[-1].text.lower() in CONNECTORS and run[-1].text not in SUFFIX_PARTICLES
                   or run[-1].text in ("-", "&")
                   or run[-1].text.isdigit() or run[-1].text in lex.TITLES and not (
                       len(run) > 2 and run[-2].text == "of" and run[-1].text in lex.PORTFOLIOS)
                   or len(run[-1].text) == 1 and text[run[-1].end:run[-1].end + 1] == "-"):
        run = run[:-1]
    # (nor does an edition's ordinal: "the 25th Kemijärvi Ice Fishing Open", as in all 22 such
    # names in the gold data)
    while run and (run[0].text in lex.FUNCTION_WORDS or run[0].text in CONNECTORS
                   or run[0].text.isdigit() or _ORDINAL_WORD.fullmatch(run[0].text)) and not (
            _FAMILY_FIRST.match(text, run[0].start)) and not _balinese_prefix(run, 0):
        run = run[1:]  # (but "Oh Hye-rin", a family name that is also a word, and "I Gede …")
    return run


def _run_names(text: str, run: list[Tok]) -> list[Cand]:
    """The names in one run of capitalised words, cut at titles and portfolios."""
    run = _trim_run(run, text)
    if not run:
        return []
    out: list[Cand] = []
    # "Governor of Washington Chris Gregoire": the title goes, the place and person stay
    if (len(run) > 2 and run[0].text in lex.TITLES and run[0].text not in lex.TITLE_OF_HEADS
            and run[1].text in ("of", "for")):
        return _run_names(text, run[2:])
    # "Minister of Education Stefania Giannini", "Undersecretary for Education Mr. Toccafondi"
    if len(run) > 2 and run[0].text in lex.TITLE_OF_HEADS and run[1].text in ("of", "for"):
        later = [i for i in range(2, len(run) - 1) if run[i].text in lex.TITLES]
        # the portfolio ends at its last portfolio word: "Minister of Water and Forests
        # Paul-Hervé Mba Ndong"
        ends = [i for i in range(2, len(run) - 1)
                if run[i].text in lex.PORTFOLIOS or run[i].text.lower() in CONNECTORS]
        if later:
            run = run[later[-1] + 1:]
        elif ends and person_shape(text[run[ends[-1] + 1].start:run[-1].end]):
            run = run[ends[-1] + 1:]
        elif len(run) > 4 and person_shape(text[run[-2].start:run[-1].end]):
            run = run[-2:]
        else:
            return []
        return [Cand(run[0].start, run[-1].end, "PERSON", "cap")]  # the title's holder
    # "German Chancellor Olaf Scholz": a title inside a run ends one name, starts another
    cut = [i for i, t in enumerate(run) if t.text in lex.TITLES and 0 < i < len(run) - 1
           and person_shape(text[run[i + 1].start:run[-1].end]) and not (
               t.text in lex.NAME_TITLES and extends_name(run[i - 1].text))]  # "Abdullahi Sheikh"
    if cut:
        i = cut[0]
        out.extend(_run_names(text, run[:i]))
        run = run[i + 1:]
    # "Washington Chris Gregoire": a place, then a person (but "Its maker, Washington Ayoví
    # Corozo, 74," is one person in apposition, and so is "Ms Florence Kabasinguzi Abwooli")
    if len(run) > 2 and run[0].text in lex.GPES and person_shape(
            text[run[1].start:run[-1].end]) and not (
            text[max(0, run[0].start - 2):run[0].start] == ", " and _AGE.match(text, run[-1].end)
            or _COURTESY.search(text, max(0, run[0].start - 6), run[0].start)):
        out.append(Cand(run[0].start, run[0].end, None, "cap"))
        run = run[1:]
    # "Sensitive Canadian": a nationality ends no name (but a hyphen joins a surname to it:
    # "Qureshi-Baloch", not "Dutch-Icelandic")
    surname = (len(run) > 2 and text[run[-1].start - 1] == "-"
               and run[-3].text not in lex.NORP_WORDS)
    if len(run) > 1 and run[-1].text in lex.NORP_WORDS and not surname:
        k = 2 if len(run) > 2 and text[run[-2].start:run[-1].end] in lex.NORP_WORDS else 1
        out.append(Cand(run[-k].start, run[-1].end, None, "cap"))  # "New Democrat"
        run = _trim_run(run[:-k], text)
    if run:
        out.append(Cand(run[0].start, run[-1].end, None, "cap"))
    return out


_OF_BEFORE = re.compile(r"(\w+) (?:of|for) (?:the )?$")


def _after_title_of(text: str, c: Cand) -> bool:
    """"Minister of Education", "Secretary for Foreign Affairs": a portfolio, not a name."""
    before = text[max(0, c.start - 40):c.start]
    m = _OF_BEFORE.search(before) if before.endswith(("of ", "for ", "the ")) else None
    return bool(m and m.group(1) in lex.TITLE_OF_HEADS and c.label != "GPE"
                and text[c.start:c.end] not in lex.GPES)


_TITLE_AFTER = re.compile(r" (?:" + "|".join(sorted(lex.TITLE_OF_HEADS)) + r")\b", re.I)


def _portfolio_of_title(text: str, c: Cand) -> bool:
    """"[Labour] Minister X", "the [Home] Secretary": a portfolio before its title, not a name."""
    return _TITLE_AFTER.match(text, c.end) is not None and all(
        w in lex.PORTFOLIOS for w in text[c.start:c.end].split())


# a name before "of", "for", "at" or "from": "Marek Dzurenko of the"
_LEAD_BEFORE = re.compile(r"(.+?)\s+(?:of|for|at|from)(?:\s+the)?\s*$")


def _merge_caps(text, cands, caps, toks, has_ner) -> list[Cand]:
    out = list(cands)
    known = {tuple(text[o.start:o.end].split()) for o in cands if o.source == "ner"}
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for kw in known:
        for w in set(kw):
            by_first[w].append(kw)
    occ = Occupancy(len(text))
    for c in cands:
        occ.add(c.start, c.end)  # ids are the positions in cands
    sent_starts = {t.start for t in toks if t.sent_start}
    counts = Counter(t.text for t in toks)
    tok_starts = [t.start for t in toks]
    index = {id(o): i for i, o in enumerate(cands)}
    acro_toks = [t for t in toks if t.text[:1].isupper() and is_acronym(t.text)]
    acronyms = {acronym_key(t.text) for t in acro_toks}
    for c in caps:
        inside = [cands[i] for i in occ.hits(c.start, c.end)]
        if has_ner and len(text[c.start:c.end].split()) >= 3 and initials(
                text[c.start:c.end]) in acronyms:
            out.append(Cand(c.start, c.end, None, "acro"))  # the expansion of an acronym used
            continue
        whole = _one_name(text, c, inside)
        if whole is not None:  # names the model cut apart, put back together
            for o in inside:
                out[index[id(o)]] = None
            out.append(whole)
            continue
        if inside and has_ner:
            lo = bisect_left(tok_starts, c.start)
            hi = bisect_left(tok_starts, c.end)
            run = [t for t in toks[lo:hi] if t.end <= c.end]
            for o in inside:
                if o.start < c.start or o.end > c.end and text[c.end:o.end] not in APOS:
                    continue  # (but "Awuor Ojwang'", a name that ends in an apostrophe, grows)
                s, e = _grow(text, run, o, occ)
                e = max(e, o.end)
                if lexicon_label(text[o.start:o.end]) and not (
                        lexicon_label(text[s:e]) or lex.in_gazetteer(text[s:e])
                        or head_label(text[s:e]) in ("ORG", "LOC")):  # "Rural Democrats",
                    continue  # "German Channel"; "Ottawa" stays; "Democrat" may be "New Democrat"
                if (s, e) != (o.start, o.end):
                    out[index[id(o)]] = Cand(s, e, o.label, o.source)
            out.extend(coordinated(text, c, inside))
            # "Marek Dzurenko of the National Labour Party": a person the model missed before
            # the organisation it found
            lead = _LEAD_BEFORE.match(text[c.start:min(o.start for o in inside)])
            if lead and person_shape(lead.group(1)) and surname_speaks(text, lead.group(1)):
                out.append(Cand(c.start, c.start + len(lead.group(1)), "PERSON", "rule"))
            continue
        name = text[c.start:c.end]
        sent_initial = c.start in sent_starts
        if not has_ner:
            if name in lex.GENERIC:
                continue
            if sent_initial and len(name.split()) == 1 and not lexicon_label(name):
                if counts[name] < 2:
                    continue
            out.append(c)
        else:
            lab = lexicon_label(name) or (head_label(name) if len(name.split()) >= 2 else None)
            before = text[max(0, c.start - 40):c.start]
            if not lab:  # "the public broadcaster RTP"
                lab = classifier(before, text[c.end:c.end + 60])
            if not lab and known_place(name) and (_PLACE_PREPOSITION.search(before)
                                                  or _PLACE_OF.search(before)
                                                  or (own := _IN_A_PLACES.search(before))
                                                  and own.group(1) in lex.COUNTRIES):
                lab = "GPE"  # "in Palu", "the state of Sarawak", "in India’s Arunachal Pradesh":
                # a known place the model missed
            words = name.split()
            if not lab and not any(sub_index(list(kw), words) >= 0 for w in words
                                   for kw in by_first.get(w, ())) and re.fullmatch(
                    r"[\w’'. -]+", name):  # (not "in the region of US$6 million")
                # what the text around says it is: "the town of Ouled Teima", "from Gaborone,
                # Mogoditshane and Molepolole" (a town listed with known ones), unless it is part
                # of a name the model found, of which it may be a short form
                votes = context_votes(text, c)
                best = max(votes, key=votes.get) if votes else None
                if best and (votes[best] >= CLASSIFIER_WEIGHT or best == "GPE" and known_place(
                        name) and votes[best] >= CITY_WEIGHT):
                    lab = best
            # a person the model missed: "Governor Vesna Todorović", 'Marek Dzurenko came …
            # "…," Dzurenko said', "Shondel Bascom, 46,", "The Minister of Health, X Y,",
            # "Kericho County Governor Esther Chelangat Rono", "Céline d'Aubremont, who chairs
            # …", "Murugesu Thevarajah, general secretary of the union", "Pravesh Moodley, counsel
            # for the forum,"
            if not lab and person_shape(name) and (
                    c.label == "PERSON" or surname_speaks(text, name)
                    or any(w in lex.TITLES for w in before.split()[-1:])
                    or (_PERSON_AFTER.match(text, c.end)
                        or BARE_OFFICE.match(text[c.end:c.end + 60])
                        or (acts := _ACTS_FOR.match(text, c.end))
                        and acts.group(1) in WORDNET_PERSON_NOUNS
                        or _ROLE_APPOSITION.match(text, c.end))  # "X, the deputy mayor"
                    and not _PLACE_PREPOSITION.search(before)  # (not "in Kato Lemesia, who")
                    or text[c.end:c.end + 1] in ",:" and titled_before(text, c.start)):
                lab = "PERSON"
            if not lab and name.isalpha() and _AGE_APPOSITION.match(text, c.end) and (
                    extends_name(name) and not known_place(name)) and (
                    c.start == 0 or text[c.start - 1].isspace()):  # (not "Ngiraked-" "Tellei")
                lab = "PERSON"  # "Suparman, 54, the head of a village": one name, then an age
            norp = _NATIONALITY.match(name)
            if not lab and norp and lexicon_label(norp.group().strip()) == "NORP" and person_shape(
                    name[norp.end():]):
                out.append(Cand(c.start + norp.end(), c.end, "PERSON", "rule"))
                continue  # "the New Zealander Hamish O’Connell", "the Kenyan Faith Chepkoech"
            if lab:
                out.append(Cand(c.start, c.end, lab, "rule"))
                continue
            # a fuller form of a name the model found elsewhere: "Masaud Pezeshkian"
            for kw in {kw for w in words for kw in by_first.get(w, ())}:
                pos = sub_index(words, list(kw))
                if 0 <= pos and len(kw) < len(words) and all(
                        extends_name(w) for i, w in enumerate(words)
                        if not pos <= i < pos + len(kw)):
                    out.append(Cand(c.start, c.end, None, "rule"))
                    break
    out = [o for o in out if o is not None]
    # acronyms the model missed whose expansion is a name here: "ROSA", "FAA"
    spelled = {initials(text[o.start:o.end]) for o in out if len(text[o.start:o.end].split()) >= 2}
    for t in acro_toks:
        if acronym_key(t.text) in spelled:
            out.append(Cand(t.start, t.end, None, "cap"))
    return out


_NATIONALITY = re.compile(r"^(?:(?:New|South|North|Sri|Costa|Saudi|El)\s+)?[A-Z]\w+\s+(?=[A-Z])")


def _one_name(text: str, c: Cand, inside: list[Cand]) -> Cand | None:
    """The one name a run of capitalised words ``c`` is, where the model cut it into the names
    ``inside``: a known place ("Spanish" and "Town"), a hyphenated name, a person ("Luisa
    Fernanda" and "Arango Vélez"), an institution ("Borsa" "Istanbul", "Oriente Exporters"
    "' Chamber"), one with two remits of which the model saw only the first word ("Maritime"
    and Coastguard Agency), a place's institution ("Supreme Court" of Tasmania), or a company
    by its legal form ("Domaines" du Golfe "SAS", "Kandla Soda Ash" "and Chemicals Ltd")."""
    name = text[c.start:c.end]
    if len(inside) > 1 and lex.in_gazetteer(name) and all(  # (and "Baluchestan [province]")
            c.start <= o.start and (o.end <= c.end or text[c.end:o.end].islower()) for o in inside):
        return Cand(c.start, c.end, "GPE", "rule")
    words = name.split()
    if len(words) > 3 and words[-2] == "Autonomous" and all(
            c.start <= o.start and o.end <= c.end for o in inside):
        return Cand(c.start, c.end, "GPE", "rule")  # "Ziyun Miao and Buyei Autonomous County"
    if len(words) == 2 and words[0] in lex.IWI_LEADS:
        return Cand(c.start, c.end, "NORP", "rule")  # "Ngāti" "Kahungunu", one iwi
    if (len(words) > 2 and words[0] in lex.ORG_HEADS and words[1] in ("of", "for") and all(
            w in lex.PORTFOLIOS or w.lower() in CONNECTORS for w in words[2:])):
        return Cand(c.start, c.end, "ORG", "rule")  # "Secretariat of Labour and Social Welfare"
    one_form = len(words) > 1 and words[-1] in lex.LEGAL_FORMS and not any(
        w in lex.LEGAL_FORMS for w in words[:-1])  # (not "X S.A.S. and Y S.A.S.", two firms)
    if one_form and len(inside) > 1 and min(o.start for o in inside) == c.start and all(
            o.end <= c.end and (o.label in (None, "ORG") or _particle_lead(text, o, inside))
            for o in inside):
        return Cand(c.start, c.end, "ORG", "rule")  # "Domaines" du Golfe "SAS"
    alone = text[inside[0].start:inside[0].end] if len(inside) == 1 else None
    body, of, rest = name.partition(" of ")
    if of and alone == body and body.split()[-1] in _PLACE_BODIES and all(
            w in lex.PORTFOLIOS or w.lower() in CONNECTORS for w in rest.split()):
        return Cand(c.start, c.end, "ORG", "rule")  # "Minas Gerais Court" "of Justice"
    left, joint, right = name.partition(" and ")
    if joint and one_form and left == alone:
        return Cand(c.start, c.end, "ORG", "rule")  # "Nasara Dredging" "and Civil Works Ltd"
    if (joint and left == alone and " " not in left and head_label(right) == "ORG"
            and right.split()[-1] not in lex.COMPANY_HEADS and left not in lex.COUNTRIES
            and not lexicon_label(left)):
        return Cand(c.start, c.end, "ORG", "rule")  # "Maritime" "and Coastguard Agency"
    if joint and right.split()[-1] in lex.LEGAL_FORMS and all(
            w in lex.COMPANY_HEADS for w in right.split()[:-1]) and sorted(
            text[o.start:o.end] for o in inside) == sorted([left, right]):
        return Cand(c.start, c.end, "ORG", "rule")  # "Kandla Soda Ash" "and Chemicals Ltd"
    # a place's institution: "Supreme Court" "of Tasmania", "Leninsky District Court of"
    # "Kursk", "Federation of Yerba Mate Producers" of "Paraguay" (not a company or a club and
    # its town: "Hallbeck Pumps GmbH of Germany", "Atlético Pacífico of Callao")
    body, of, place = name.rpartition(" of ")
    body_words = set(body.split())
    if of and known_place(place) and (body.split()[-1] in _PLACE_BODIES and alone in (
            body, place) or (alone == body or sorted(text[o.start:o.end] for o in inside) == sorted(
                [body, place])) and body_words & _PLACE_BODIES
            and not body_words & _NOT_PLACE_BODIES):  # ("High Court of Justice" "of Catalonia")
        return Cand(c.start, c.end, "ORG", "rule")
    if of and " and " in place and lex.in_gazetteer(place) and " of " not in body and (
            body.split()[-1] in _PLACE_BODIES and len(inside) > 1):  # "University of Sistan"
        # "and Baluchestan": a body of one place whose name holds "and"
        return Cand(c.start, c.end, "ORG", "rule")
    if of and " and " in place and " of " not in body and head_label(body) == "ORG" and all(
            known_place(p) for p in place.split(" and ")) and all(
            text[o.start:o.end] in place.split(" and ") for o in inside):
        # "Geological Survey of" "Denmark" "and" "Greenland": a body of two places the model
        # found, whose name it missed
        return Cand(c.start, c.end, "ORG", "rule")
    if of and body in ("Port", "Harbour") and alone == place and known_place(place) and not (
            lex.in_gazetteer(name)):  # "the Port of Kribi" (but the city "Port of Spain")
        return Cand(c.start, c.end, "FAC", "rule")
    # "River Administration" "of the Lower Danube", "European Commission" "of the" "Danube": an
    # institution's name goes on after "of the" (every such name in the gold data does; a known
    # country's institutions are above, and "Sardines Capital of the Philippines" is no name)
    body, of, rest = name.partition(" of the ")
    first = min(inside, key=lambda o: o.start) if inside else None
    if of and first and " of " not in rest and text[first.start:first.end] == body and (
            head_label(body) == "ORG") and not known_place(rest) and all(
            o is first or text[o.start:o.end] == rest for o in inside):
        return Cand(c.start, c.end, "ORG", "rule")
    if len(inside) > 1 and _HONORIFIC_BEFORE.search(text, max(0, c.start - 5), c.start) and (
            person_shape(name)):  # "Dr" "Evans" "Ondieki" "Momanyi", whatever the model said
        return Cand(c.start, c.end, "PERSON", "rule")
    if len(inside) > 1 and PATRONYMIC & set(words[1:-1]) and person_shape(name) and any(
            o.label == "PERSON" for o in inside):  # "Salma" "bint Rashid Al Hosni": one person,
        return Cand(c.start, c.end, "PERSON", "rule")  # "daughter of" inside her name
    if len(inside) > 2:  # "Ángel Segundo" "Jusayú" "Epieyú": a person the model cut in three
        parts = sorted(inside, key=lambda o: o.start)
        whole = parts[0]
        for part in parts[1:]:
            if not _one_person(text, whole, part):
                return None
            whole = Cand(whole.start, part.end, "PERSON", "rule")
        return whole
    if len(inside) != 2:
        return None
    a, b = sorted(inside, key=lambda o: o.start)
    if _HYPHEN_TAIL.fullmatch(text, b.end, c.end):  # "Pawlikowska" "-Sroka": the model's
        b = Cand(b.start, c.end, b.label, b.source)  # part stopped at the hyphen
    lead = text[a.start:a.end].split(" ", 1)
    if len(lead) == 2 and lead[0] in lex.TITLES and b.label == "PERSON":
        a = Cand(a.start + len(lead[0]) + 1, a.end, a.label, a.source)  # "Magistrate Carmen"
    if text[a.end:b.start] == "-" and not any(  # "Stojanovska-Ristevska" (not "Iran-Iraq")
            lexicon_label(text[o.start:o.end]) or known_place(text[o.start:o.end]) for o in inside):
        return Cand(a.start, b.end, None, "rule")
    if _one_person(text, a, b):
        return Cand(a.start, b.end, "PERSON", "rule")
    if text[a.end:b.start] in (" of ", " of the ") and a.label in ("ORG", "FAC") and (
            b.label not in ("GPE", "LOC", "PERSON") and not known_place(text[b.start:b.end])
            and not (" " in text[b.start:b.end] and head_label(text[b.start:b.end]))):
        # "Basilica of Our Lady" "of the Angels", "Yamoussoukro Court" "of First Instance":
        # an institution's name goes on (but "… Court" of "Tasmania" is a place's court, and
        # "Championships" "of the Jamaica Athletics Association" are a body's of its own)
        return Cand(a.start, b.end, a.label, "rule")
    if _plural_possessive(text, a, b) or _one_institution(text, a, b):
        return Cand(a.start, b.end, None, "rule")
    if _PARTICLE_GAP.fullmatch(text[a.end:b.start]) and head_label(text[a.start:b.end]) in (
            "LOC", "FAC", "EVENT"):  # "Praia" "do" "Norte", "Salar" "de" "Uyuni", "Maratona"
        # "do" "Chapadão"
        return Cand(a.start, b.end, None, "rule")
    if _PARTICLE_GAP.fullmatch(text[a.end:b.start]) and text[a.start:a.end].split()[
            0] in lex.ORG_LEADS:  # "Associação" dos "Transportadores de Tete", "Cámara de
        return Cand(a.start, b.end, "ORG", "rule")  # Exportadores" del "Norte Amazónico"
    return None


def _particle_lead(text: str, o: Cand, inside: list[Cand]) -> bool:
    """One word the model called something else, then a particle and the rest of a company's
    name ("Ventos" do "Jaguaribe Energia S.A."): its first word (a person's name has two)."""
    return " " not in text[o.start:o.end] and any(
        _PARTICLE_GAP.fullmatch(text, o.end, p.start) for p in inside)


# Head words of a place's institutions ("Supreme Court" of Tasmania): not of companies, legal
# forms, clubs or teams
_NOT_PLACE_BODIES = lex.COMPANY_HEADS | lex.LEGAL_FORMS | lex.CLUB_TAILS | lex.TEAM_TAILS
_PLACE_BODIES = lex.ORG_HEADS - _NOT_PLACE_BODIES
_HYPHEN_TAIL = re.compile(r"-[A-Z][\w’']*")
_PARTICLE_GAP = re.compile(r" (?:(?:" + "|".join(sorted(PARTICLES)) + r") )+")


def _abbreviation_to_person(text: str, cands: list[Cand]) -> list[Cand]:
    """"Labor Arbiter Ma." "Lourdes Gatuslao-Yusay": an abbreviated given name the model put at
    the end of the name before goes to the person's name after it, and what is left, a title
    ("Labor Arbiter", "Health MEC"), names no one."""
    out = sorted(cands, key=lambda c: c.start)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        last = text[a.start:a.end].rsplit(" ", 1)  # (its full stop trimmed or not)
        if len(last) == 2 and last[1].rstrip(".") + "." in lex.NAME_ABBREVIATIONS and (
                b.label == "PERSON" and text[a.end:b.start] in (" ", ". ")):
            cut = a.end - len(last[1])
            out[k] = a = Cand(a.start, cut - 1, a.label, a.source)
            out[k + 1] = b = Cand(cut, b.end, b.label, b.source)
        words = text[a.start:a.end].split()
        if b.label == "PERSON" and text[a.end:b.start] == " " and words[-1] in lex.TITLES and all(
                w in lex.TITLES or w in lex.PORTFOLIOS for w in words):
            out[k] = None
    return [c for c in out if c is not None]


def _join_sides(text: str, cands: list[Cand]) -> list[Cand]:
    """Two names the model found either side of a gap that make one name: a person's across a
    particle ("Mikael" af "Hällström", "Imran" ul "Haq", however many names the sentence lists)
    or a space ("Md Shahidul" "Alam Talukder"), a portfolio's second half ("Ministry of Labour"
    and "Vocational Training"), and a country's institution ("The Supreme Court" of "Sri
    Lanka")."""
    out: list[Cand] = []
    for c in _aged_runs(text, sorted(cands, key=lambda c: c.start)):
        prev = out[-1] if out else None
        label = _joined_label(text, prev, c) if prev is not None else None
        if label:
            out[-1] = Cand(prev.start, c.end, label, "rule")
        else:
            out.append(c)
    return out


def _aged_runs(text: str, cands: list[Cand]) -> list[Cand]:
    """"Gisèle" "Nsaka" "Kiyungu, 29,": one-word names side by side, with an age after the last,
    are one person's, whatever the model called each (places in a row would have commas)."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        j = i
        while j + 1 < len(cands) and text[cands[j].end:cands[j + 1].start] == " " and all(
                " " not in text[c.start:c.end] for c in (cands[j], cands[j + 1])):
            j += 1
        parts = [text[c.start:c.end] for c in cands[i:j + 1]]
        if j > i and _AGE.match(text[cands[j].end:cands[j].end + 12]) and person_shape(
                " ".join(parts)) and not any(
                lexicon_label(p) or known_town(p) for p in parts):
            out.append(Cand(cands[i].start, cands[j].end, "PERSON", "rule"))
        else:
            out.extend(cands[i:j + 1])
        i = j + 1
    return out


_PORTFOLIO_NAME = re.compile(r"\b(?:Ministry|Department|Office|Secretariat|Minister|Secretary) "
                             r"(?:of|for) (?:[A-Z][\w-]* )*(\w+)$")
_CAPITALISED = re.compile(r"(?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*")


def _joined_label(text: str, a: Cand, b: Cand) -> str | None:
    gap, first, second = text[a.end:b.start], text[a.start:a.end], text[b.start:b.end]
    if _PARTICLE_GAP.fullmatch(gap) and _one_person(text, a, b):
        return "PERSON"
    # "Abdullahi Sheikh" "Aden Mursal": two persons side by side are one the model cut
    if gap == " " and a.label == b.label == "PERSON" and _one_person(text, a, b):
        return "PERSON"
    # a portfolio's second half names nothing else in the article
    m = _PORTFOLIO_NAME.search(first)
    if (gap == " and " and m and m.group(1) in lex.PORTFOLIOS and _CAPITALISED.fullmatch(second)
            and text.count(second) == 1):
        return "ORG"
    # what a law is on: "Federal Act" on "Hydraulic Engineering"
    if gap == " on " and first.split()[-1] in lex.LAW_HEADS and _CAPITALISED.fullmatch(second):
        return "LAW"
    # an institution "of" a place ("of the" a country), not a company "of Germany" ("Hallbeck
    # Pumps GmbH") nor a team "of" its town ("Naparima Pan Lions of San Fernando")
    last = first.split()[-1]
    place = known_place(second) if gap == " of " else gap == " of the " and second in lex.COUNTRIES
    if place and last in _PLACE_BODIES:
        return "ORG"
    return None


def _one_person(text: str, a: Cand, b: Cand) -> bool:
    """Whether two names the model tagged side by side are one person's: given names and
    surnames ("Pipaluk" "Lyberth Møller", "Rohan Persaud" "Singh"), not a place beside a person
    ("Washington" "Chris Gregoire")."""
    first, second, whole = text[a.start:a.end], text[b.start:b.end], text[a.start:b.end]
    gap = text[a.end:b.start]
    # "Johannes" "du" "Toit": a particle between two names joins them, whatever the model said
    particle = _PARTICLE_GAP.fullmatch(gap) is not None
    # A place's name either side matters only without a particle ("Neves dos Santos" is a
    # person although Santos is a city), and a small town's only where a name could not begin
    # (a sentence opening "Marta Afonso Quaresma, a biologist," is her name)
    # "Javier" "Condori Flores, an economist at …": what follows says person, whatever the
    # model called the halves
    after = text[b.end:b.end + 60]
    said_after = _PERSON_AFTER.match(after) or classifier("", after) == "PERSON"
    # "The mayor of Sør-Varanger, Hanne-Berit Niemi, said": a name between commas after a role
    apposed = text[max(0, a.start - 2):a.start] == ", "  # "Its maker, Washington Ayoví Corozo,"
    role_apposed = apposed and after[:1] == "," and _role_before(text, a.start - 2)
    said_person = "PERSON" in (a.label, b.label) or said_after or role_apposed
    town_ok = (b.label == "PERSON" or said_after) and sentence_initial(text, a.start)
    # "Nuno" "Sant’Ana" "Vieira": a word of the name the model left out between its two parts
    # ("Jhon Jairo" "Sarmiento" "Orjuela": a plain one, between two names it called a person's)
    between = _NAME_WORD_GAP.fullmatch(gap) is not None and not lexicon_label(gap.strip())
    middle = a.label == b.label == "PERSON" and (
        _MIDDLE_NAME.fullmatch(gap) is not None or between) or (
        said_after and between)  # "Yesenia" "Taipe" "Huarcaya, 24,": a word between, an age
    # a surname that is also a city's, right after a person's name ("Leticia Matus" "Toledo"),
    # and a given name that is a town's before a surname and an age ("Robina" "Halcrow, 57,") or
    # after a title ("Magistrate Carmen" "Rosa Brito Daza") or in apposition
    # (or of two words, where the model called both halves a person's: "Tiago Moura" "Castelo
    # Branco")
    city_ok = {second} if a.label == "PERSON" and (gap == " " or middle) and (
        " " not in second or b.label == "PERSON") else set()
    titled = text[max(0, a.start - 30):a.start].split()[-1:]
    if gap == " " and " " not in first and (_AGE.match(after) and (" " not in second or apposed)
                                            or titled and titled[0] in lex.TITLES
                                            or apposed and _role_before(text, a.start - 2)):
        city_ok.add(first)
        if (_AGE.match(after) or role_apposed) and " " not in second:
            city_ok.add(second)  # "Amélia Banda, 29,": two words, then an age, are a person
    # (a people's name before a person's is no part of it, but one the model took for a
    # people's, with an age after it, is a given name: "Maryan" "Jama Hersi, 52,")
    # "Otávio Fagundes" "Sodré" "Filho": a Portuguese name's last word, "son" or "grandson"
    suffix = second in _KIN_SUFFIXES and (gap == " " or between)
    return ((said_person and gap == " " or particle or middle or suffix)
            and (a.label != "NORP" or said_after and " " not in first)
            and not any((lexicon_label(n) or known_place(n) or n in lex.TOWNS and not (
                town_ok and n == first)) and n not in city_ok
                        for n in ((whole,) if particle else (first, second, whole)))
            and person_shape(whole) and not head_label(whole))


_KIN_SUFFIXES = frozenset("Filho Neto Sobrinho Júnior".split())


def _role_before(text: str, end: int) -> bool:
    """Whether the phrase that ends at ``end`` names a person's role ("said the mayor of
    Laviana", "its chief executive"): a name apposed to it is a person's."""
    phrase = re.split(r"[,;:.!?\"“”()]", text[max(0, end - 60):end])[-1]
    return any(w in lex.ROLE_WORDS or w in WORDNET_PERSON_NOUNS
               for w in re.findall(r"[a-z]+", phrase))


_MIDDLE_NAME = re.compile(r" [A-Z][a-z]+[’'-][A-Z][a-z]+ ")
_NAME_WORD_GAP = re.compile(r" [A-ZÀ-Þ][a-zß-ÿ]+ ")


def _one_institution(text: str, a: Cand, b: Cand) -> bool:
    """"Borsa" "Istanbul", "Archdiocese" of "Braga": two names that make one institution's."""
    gap, first = text[a.end:b.start], text[a.start:a.end]
    return (gap == " " or gap == " of " and first in lex.ORG_HEADS) and head_label(
        text[a.start:b.end]) in ("ORG", "FAC")


_PEOPLES = frozenset({"Women", "Men", "Children", "People"})  # plurals that take "'s"


def _plural_possessive(text: str, a: Cand, b: Cand) -> bool:
    """"Oriente Exporters" "' Chamber", "Caribbean Women" "'s Cricket Alliance": one
    organisation's name, cut at its apostrophe."""
    plural = text[a.end - 1] == "s" and text[a.end:b.start] in ("' ", "’ ") or text[
        a.end:b.start] in ("'s ", "’s ") and text[a.start:a.end].split()[-1] in _PEOPLES
    return plural and head_label(text[a.start:b.end]) is not None


# Titles of the people places and institutions are named after
_NAMESAKE_TITLES = frozenset("King Queen Prince Princess Sheikh Sheikha Sultan Emir President "
                             "Saint St St. Pope Imam Sir Dame Lord Lady".split())


_COURTESY = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mme)\.? $")


def _grow(text: str, run: list[Tok], o: Cand, occ: Occupancy) -> tuple[int, int]:
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
        j = i + step  # the word on the far side of a hyphen
        if (t.text == "-" and 0 < i < len(run) - 1 and run[i - 1].end == t.start
                and run[i + 1].start == t.end and (extends_name(run[j].text) or lexicon_label(
                    run[j].text) == "NORP")):
            return True  # "Agnieszka Wróblewska" "-Kania", "Per-" "Olof Brandt", "Lao-" "Sino"
        if (t.text == "-" and step > 0 and o.label in ("PERSON", "NORP") and last > first
                and i < len(run) - 1
                and run[i - 1].end == t.start and run[i + 1].start == t.end
                and run[i + 1].text.isalpha() and run[i + 1].text.islower()):
            return True  # "Oh Hye" "-rin", "Kim Jong" "-un": a given name hyphened in two
        if (step < 0 and i > 1 and run[i - 1].text == "-" and run[i - 1].end == t.start
                and lexicon_label(t.text) == "NORP" and lexicon_label(run[i - 2].text) == "NORP"):
            return True  # "Lao-Thai" "Mekong Cotton Company": two nationalities, hyphened
        if step < 0 and _balinese_prefix(run, i):
            return True  # "I" "Gede Ngurah Suteja"
        if step < 0 and t.text in lex.TITLES and known_town(text[t.start:o.end]) and (
                _PLACE_PREPOSITION.search(text, max(0, t.start - 40), t.start)):
            return True  # "in" "General" "Luna": a town named after a general
        if step < 0 and t.text in _NAMESAKE_TITLES and head_label(
                " ".join(run[k].text for k in idx)) in ("FAC", "ORG", "LOC", "EVENT"):
            return True  # "Sheikh" "Zayed Road", "Queen" "Elizabeth Hospital": named for them
        if step < 0 and o.label == "PERSON" and (t.text.lower() in _TRADE_WORDS or (
                t.text.lower() in WORDNET_PERSON_NOUNS or t.text.endswith(_TRADE_SUFFIXES))
                and len(idx) > 1):
            return False  # "Geologist" "Lina Abu-Ghazaleh", "Debutante" "Alemitu Tessema",
            # "Egyptologist" "Sabine von Hollen"
        if step < 0 and t.text in lex.TITLES and (run[i + 1].text in lex.TITLES
                                                  or run[i + 1].text in lex.ORG_HEADS):
            return True  # "Attorney" "General's Office", "Chief" "Inspectorate of …"
        if step < 0 and t.text in ("'", "’") and i > 0 and run[i - 1].text.endswith("s"):
            return True  # "Oriente Exporters" "'" "Chamber"
        if step > 0 and t.text in ("'s", "’s") and i > 0 and run[i - 1].text in _PEOPLES:
            return True  # "Pacific Islands Women" "'s" "Sevens Championship"
        if step < 0 and o.label == "PERSON" and _COURTESY.search(
                text, max(0, t.start - 6), t.start) and t.text.isalpha() and t.text[0].isupper():
            return True  # "Ms" "Florence" "Kabasinguzi Abwooli": a given name, whatever else
        nxt = run[i + 1] if i + 1 < len(run) else None
        if (step > 0 and o.label == "PERSON" and t.text in lex.FUNCTION_WORDS and nxt is not None
                and extends_name(nxt.text) and not occ.hits(nxt.start, nxt.end)):
            return True  # "Peter" "Were" "Ouko", "Fatma" "Said" "Mwinyi": a name's middle word
            # that is also a word of English, between two words of the name
        if extends_name(t.text):
            # "Minister of Education | Stefania Giannini": a word after "of" is another name's
            return not (step < 0 and i > 0 and run[i - 1].text.lower() in ("of", "for", "and"))
        if step > 0 and t.text in SUFFIX_PARTICLES:
            return True  # "Azamat Toktogul" "uulu"
        if step > 0 and t.text in lex.LEGAL_FORMS and t.text[:1].isupper() and len(idx) > 1:
            return True  # "Distillerie Belle-Anse" "SARL": a company's legal form
        if step > 0 and t.text in lex.CLUB_TAILS:
            return True  # "Kibo City" "FC": a club, not the city it is named after
        j = i + step
        if not 0 <= j < len(run):
            return False
        if t.text.lower() in PARTICLES:  # "de" "los" "Santos Peguero"
            while 0 <= j + step < len(run) and run[j].text.lower() in PARTICLES:
                j += step
            return extends_name(run[j].text)
        if t.text in ("'s", "’s") and step > 0:
            return run[j].text in HEADS
        return False

    while first > 0 and ok(first - 1, -1):
        first -= 1 + (run[first - 1].text == "-")  # a hyphen and the word beyond it
    while last < len(run) - 1 and ok(last + 1, 1):
        last += 1 + (run[last + 1].text == "-")
    s, e = run[first].start, run[last].end
    # (a particle opens no name, "de" "los Santos", but one written with a capital does: "Dr"
    # "Wa Ode Sabara", "Mr" "De Souza")
    while run[first].text in PARTICLES and first < idx[0] and not _balinese_prefix(run, first):
        first += 1
        s = run[first].start
    return s, e


def _paren_aliases(text: str, cands: list[Cand], toks: list[Tok]) -> dict:
    """"Korean Central News Agency (KCNA)", "CEI (Italian Episcopal Conference)": alias pairs."""
    pairs: dict = {"pairs": [], "__new__": []}
    ends = {c.end: c for c in cands}
    tok_ends = [t.end for t in toks]
    for m in re.finditer(r"\s*[(\[]\s*([^()\[\]]{2,90}?)\s*[)\]]", text):
        inner = m.group(1)
        inner_start = m.start(1)
        before_end = m.start()
        # name (ACRONYM)
        if is_acronym(inner):
            prev = ends.get(before_end)
            key = acronym_key(inner)
            name = run = None
            if prev is not None and not spells(key, text[prev.start:prev.end]):
                # "Kilusang Kalusugan ng Timog Palawan (KKTP)", where the model found the end
                run = _initials_run(text, toks, tok_ends, before_end, key)
                prev = None if run and run[0] < prev.start else prev
            if prev is not None:
                name = (prev.start, prev.end)
            else:
                name = run or _initials_run(text, toks, tok_ends, before_end, key)
                if name:
                    pairs["__new__"].append(Cand(name[0], name[1], None, "rule"))
            if name:
                pairs["__new__"].append(Cand(inner_start, inner_start + len(inner), None, "rule"))
                pairs["pairs"].append((norm_key(text[name[0]:name[1]]), norm_key(inner)))
            continue
        prev = ends.get(before_end)
        # "the Oswaldo Cruz Foundation (Fiocruz)": an institution's name clipped into one word
        if prev is not None and _clipped(inner, text[prev.start:prev.end]):
            pairs["__new__"].append(Cand(inner_start, inner_start + len(inner), None, "rule"))
            pairs["pairs"].append((norm_key(text[prev.start:prev.end]), norm_key(inner)))
            continue
        # ACRONYM (name)
        if prev is not None and is_acronym(text[prev.start:prev.end]):
            words = inner.split()
            if words and all(is_name_word(w) or w.lower() in CONNECTORS for w in words):
                pairs["__new__"].append(Cand(inner_start, inner_start + len(inner), None, "rule"))
                pairs["pairs"].append((norm_key(inner), norm_key(text[prev.start:prev.end])))
    return pairs


def _clipped(word: str, name: str) -> bool:
    """Whether one word is clipped from an institution's longer name: "Istat" from the
    "National Institute of Statistics" ("stat"), "Cocapa" from the "Cooperativa Cacaotera de
    Paria", not "Greens" after "Fiona Walsh"."""
    words = name.split()
    if len(words) < 2 or head_label(name) != "ORG" or not is_name_word(word) or " " in word:
        return False
    low = word.lower()
    return any(len(w) >= 4 and w[:4].lower() in low for w in words) or _syllables(
        low, [w.lower() for w in words if w[:1].isupper()]) or word.isupper() and spells(
        word, name)  # "FUNSATRAL", the Fundación Salud y Trabajo del Litoral


def _syllables(word: str, words: list[str]) -> bool:
    """Whether ``word`` is the openings of ``words`` in order, two letters or more of each, from
    the first (a syllabic acronym: "cocapa" of "Cooperativa Cacaotera de Paria")."""
    if not word:
        return not words
    return bool(words) and any(
        word.startswith(words[0][:n]) and _syllables(word[n:], words[1:])
        for n in range(min(len(words[0]), len(word)), 1, -1))


def _initials_run(text, toks, tok_ends, end, acro) -> tuple[int, int] | None:
    """The capitalised words just before ``end`` whose initials spell ``acro``."""
    last = bisect_right(tok_ends, end) - 1
    if last < 0:
        return None
    i, start = last, None
    while i >= 0 and i > last - 12:
        t = toks[i]
        if t.text == "-" and not text[t.start - 1].isspace() and not text[t.end].isspace():
            i -= 1  # "Haut-Katanga", split in three tokens
            continue
        if not (is_name_word(t.text) or t.text.isdigit() or t.text.lower() in CONNECTORS):
            break
        if is_name_word(t.text) and t.text.lower() not in CONNECTORS or t.text.isdigit():
            if spells(acro, text[t.start:toks[last].end]):  # (not from "The")
                start = t.start
        i -= 1
    if start is None:  # "Fédération régionale de lutte du Gorgol (FRLG)": words in lower case
        start = _lowercase_run(text, toks, last, acro)
    return (start, toks[last].end) if start is not None else None


def _lowercase_run(text, toks, last, acro) -> int | None:
    """Where the words before token ``last`` spell ``acro`` by the first letter of each (but
    the linking words), lower-case words included, from a capitalised one."""
    letters = ""
    for i in range(last, max(-1, last - 10), -1):
        t = toks[i]
        if not t.text[:1].isalpha():
            return None
        if t.text.lower() not in CONNECTORS:
            letters = t.text[0].upper() + letters
        if t.text[0].isupper() and letters == acro.upper():
            return t.start
        if len(letters) >= len(acro):
            return None
    return None


def _dedupe(cands: list[Cand]) -> list[Cand]:
    """Resolve overlaps: model spans first, then the longer span."""
    prio = {"ner": 0, "rule": 0, "acro": 0, "cap": 2, "scan": 3}
    cands = sorted(cands, key=lambda c: (prio.get(c.source, 9), -(c.end - c.start), c.start))
    taken: list[Cand] = []
    occ = Occupancy(max((c.end for c in cands), default=0))
    for c in cands:
        if occ.hits(c.start, c.end):
            continue
        occ.add(c.start, c.end)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)
