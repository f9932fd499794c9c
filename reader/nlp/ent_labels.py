"""Deciding what each referent is, from the whole article.

The model's labels count as a share (a referent the model tagged ORG twice and GPE once gets
2 and 1 of at most 3 points), context around each mention adds evidence (a title or a role
before it, a speech verb next to it, "the town of", "the Monti government", a common noun that
says what the name is: "the regional daily X", "X, the centre-right list", 4), and the names
themselves weigh most: a lexicon entry (6), a head word such as "Stadium" or "University" (4),
a known city or region from GeoNames (3.5, a town 2), a person's name shape with some person
evidence (3).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from reader.nlp import ent_lexicon as lex
from reader.nlp.ent_joins import known_place
from reader.nlp.lexicon import WORDNET_PERSON_NOUNS, people_plural
from reader.nlp.ent_names import (
    APOS, CAMEL, COMPASS, PARTICLES, PLACE_LEADS, Cand, glued_person, has_legal_form, head_label,
    is_acronym, is_name_word, lexicon_label, norm_key, person_shape,
)


_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "around", "throughout"})
_IN_A_PLACE = re.compile(r"\b(?:" + "|".join(sorted(_PLACE_PREPOSITIONS | {"from", "at"}))
                         + r")\s+$")
# where someone is: "a picker on an estate below Adam’s Peak, who …" is not Adam’s Peak
_WHERE_PREPOSITIONS = frozenset({"from", "at", "below", "above", "beneath", "beyond", "behind",
                                 "along", "off", "towards"})
# words before a verb, not a noun: "we will hire from Talisayan"
_BEFORE_A_VERB = frozenset("to will would can could should must may might shall i we you they he "
                           "she it and or not also".split())
# what one holds "in" a company: "shares in Lan Hoa", "a stake in Casa Valmora"
_HELD_IN = frozenset("shares stake stakes stock holding holdings interest interests invest "
                     "invested investing investment investments".split())
_LOC_NOUNS = frozenset("river reservoir lake valley basin estuary delta mountains mountain "
                       "range desert plain plains coast island islands peninsula sea bay glacier "
                       "volcano canyon gorge wetlands forest hill highland inlet aquifer plateau "
                       "lagoon fjord strait stream creek brook waterfall islet islets".split())
_WATERS = frozenset("island islands river lake reservoir lagoon estuary glacier inlet fjord "
                    "strait".split())
# the rest of a list of names after the first, up to the noun after it: ", Manda and Kiwayu ",
# " and Mae Suai " (a name of up to four words)
_LIST_NAME = r"[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}"
_LIST_REST = rf"(?:,\s+{_LIST_NAME})*(?:,?\s+and\s+{_LIST_NAME})?\s+"
_ISLANDS_OF = re.compile(r"\bisl(?:and|e)s of (?:[A-Z][\w’'-]*,? )+and $")
_FEATURES_AFTER = re.compile(r"^" + _LIST_REST + r"([a-z]+s)\b")
# "Nyando and Nyakach sub-counties", "Sarkand and Koksu districts": places listed before the
# plural of what they are
_ADMIN_PLURAL = re.compile(r"^" + _LIST_REST + r"(districts|sub-counties|counties|provinces|"
                           r"regions|municipalities|wards|cantons|communes|departments|"
                           r"governorates|prefectures|oblasts|woredas|upazilas|tehsils|"
                           r"townships|parishes)\b")
_THE_LIST_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w’'-]*\s+and\s+)?$")
# a list after a preposition of place: "on Pate, Manda and Kiwayu islands" (not "in Panama's
# Chiriquí highlands", one name)
_LIST_BEFORE = re.compile(r"\b(?:on|in|to|off|near|across|around)\s+(?:[A-Z][\w’'-]*,?\s+"
                          r"(?:and\s+)?)*$")
_WATER_OF = re.compile(r"\b(?:(?:banks?|tributar(?:y|ies)|mouth|source|headwaters|waters|shores?) "
                       r"of|(?:bridges?|ferry|ferries) (?:over|across)) the\s+$")
# "at the foot of the Cerro Rico", "the slopes of Tungurahua": a mountain's
_MOUNTAIN_OF = re.compile(r"\b(?:foot|slopes?|flanks?|summit) of (?:the\s+)?$")
_LANGUAGE_CUE = re.compile(r"\b(?:languages?|translat\w*|written|published|spoken|speaks?|"
                           r"speaking|dubbed|subtitled|sung|taught|fluent)\b[^.;]*$")
# what one does with a language, right before its name ("spoke only Samogitian", "teach
# Kichwa", "mix in too much Lithuanian"), and what names one after it ("the Swahili word for")
_LANGUAGE_VERB = re.compile(r"\b(?:speaks?|spoke|spoken|speaking|teach(?:es|ing)?|taught|"
                            r"learn(?:s|ed|t|ing)?|write|writes|wrote|writing|read|reads|"
                            r"understands?|mix(?:es|ed)? in)\s+(?:only\s+|fluent\s+|some\s+|"
                            r"a little\s+|good\s+|basic\s+|too much\s+|in\s+)?$"
                            # and what one says in it ("shouting in Portuguese")
                            r"|\b(?:shout|sing|chant|yell|whisper|pray|swear|curse|call)"
                            r"(?:s|ed|ing)?\s+in\s+$|\b(?:sang|swore)\s+in\s+$"
                            # what is printed or broadcast in a language, however many the
                            # text lists ("printed leaflets in Kazakh and Russian")
                            r"|\b(?:printed|leaflets|posters|signs|notices|broadcasts?|"
                            r"programmes|lessons|classes|sermons|subtitles)\s+in\s+"
                            r"(?:[A-Z][\w’'-]*(?:,\s+|\s+(?:and|or)\s+))*$")
_WORD_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:words?|terms?|phrases?|expressions?|names? for|"
                         r"name\s+[\"“])")  # ("the Swahili trade name "mabondo"")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|An?)\s+$")
_LANGUAGE_AFTER = re.compile(r"\s+(?:words?|language|dialect|names? for|terms? for|phrase|"
                             r"speakers?|lessons|classes|translation|subtitles|songs|poems|"
                             r"hymns|lyrics|proverbs|poetry|literature|newspapers?|version|"
                             r"edition)\b")
# and, for a name the lexicon does not know, what only a language follows: "speak Kalmyk",
# "(Shupashkar in Chuvash)" (not "known in X as", which places say too: "known in Nsoko as")
_LANGUAGE_ONLY_BEFORE = re.compile(
    r"(?:\b(?:speaks?|spoke|spoken|speaking)\s+(?:only\s+|fluent\s+|some\s+|a little\s+)?"
    r"|\b(?:published|written|translated|broadcast|printed|sung|dubbed|subtitled|preached)\s+in\s+"
    r"|\([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+in\s+)$")
_CALLED_IN = re.compile(r"\b(?:known|called) (?:locally )?in $")
# "as the crab is called in Niuean,": what a thing is called in a name the lexicon does not know
# (it is "known in" places too: "known in Paraguay as")
_CALLED_IN_UNKNOWN = re.compile(r"\bcalled (?:locally )?in $")
# (or a preposition: "painted in Lao at the landing", "given in Tamil over 22 loudspeakers")
_IN_TONGUE_AFTER = re.compile(r"$|[,.;:!?)”\"]|\s+(?:only|and|or|at|over|on|for|to|with|by|"
                              r"during|from|before|after|while|until|so)\b")
_IN_LANGUAGE_OPENS = re.compile(r"(?:^|[.!?]\s+)In $")
_CALLED_AFTER = re.compile(r",[^.;:]{0,60}\b(?:called|known as|means?|say|says)\b")
_TO_AFTER = re.compile(r" to ([A-Z][\w’'-]*)")
_FROM_TO_BEFORE = re.compile(r"\bfrom ([A-Z][\w’'-]*) to $")
_GLOSS_BEFORE = re.compile(r"(?:[\"”’],\s+|\()$")
_AFTER_A_NAME = re.compile(r"[,.;:!?)”\"]|\s+(?:and|or|in|at|as|the|with|from|to|for|until|"
                           r"since|now|too|well|fluently|every)\b|$")
# a language's name by its ending ("Friulian", "Polish", "Amharic", "Sudanese")
_TONGUE = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese|ic)")
_FESTIVAL_AFTER = re.compile(r"\s+(?:(?:harvest|spring|summer|autumn|winter|new year|music|"
                             r"dance|film|arts?|folk|lantern|water|boat|kite|wine|street|"
                             r"mask|religious)\s+)?(?:festival|festivities|feast)\b")
_FOUNDED_AFTER = re.compile(r",\s+(?:which\s+was\s+)?(?:founded|set\s+up|established)\s+"
                            r"(?:in|by)\b")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:][\"”’]?\s+|[\"“‘(]\s*)$")
# "the Ho, Santhal, Munda and Oraon communities", "the Khakas people", "the Bunong indigenous
# minority": peoples
_PEOPLES_AFTER = re.compile(_LIST_REST + r"(?:(?:indigenous|ethnic)\s+(?:minority|minorities|"
                            r"groups?)\b|(?:(?:indigenous|ethnic)\s+)?(?:communities|people|"
                            r"peoples|tribes?|clans?)\b)")
# "Emberá and Wounaan villages", "the Tagar culture": a people's
_VILLAGES_AFTER = re.compile(_LIST_REST + r"(?:villages|culture)\b")
_MEMBER_AFTER = re.compile(r"\s+(?:elders?|man|woman|boy|girl|mother|father|grandmother|"
                           r"grandfather|healers?|shaman|rangers?|weavers?|herders?|hunters?|"
                           r"farmers?|leaders?)\b(?![’'-])")
# organisations' nouns that a person may be too: "the textile manufacturer Jaroslav Kovařík",
# "Tunde Adebayo-Cole, Ironwood’s publisher"
_PERSONABLE_NOUNS = (r"(?:manufacturer|maker|producer|developer|publisher|operator|supplier|dealer|"
                     r"trader|investor|contractor|builder|distributor|exporter|importer|"
                     r"wholesaler)")
_PERSONABLE = re.compile(r"\b" + _PERSONABLE_NOUNS + r"\s+$")
PEOPLE_NOUNS = frozenset("man men woman women boy boys girl girls person people resident residents "
                    "family families widow widower pensioner couple native child children "
                    "mother father teenager fisherman fishermen farmer farmers worker workers "
                    "villager villagers student students pupils volunteers voters supporter "
                    "supporters fan fans visitor visitors pilgrim pilgrims migrant migrants "
                    "refugee refugees traveller travellers tourist tourists commuter "
                    "commuters".split())
_PLACE_NOUNS = frozenset("town city village parish district municipality province county suburb "
                         "neighbourhood neighborhood hamlet commune canton region".split())
# (a full stop after three lower-case letters ends a sentence, not an abbreviation: "English.")
_CAPITALISED = r"[A-Z][\w.’'-]*(?<![a-z]{3}\.)"
_NAME = rf"{_CAPITALISED}(?:\s(?:de|del|da|do|dos|la|el|{_CAPITALISED}))*"
_LISTED = re.compile(rf"{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)\s+{_NAME}"
                     rf"|(?<=\b[Ff]rom ){_NAME}\s+to\s+{_NAME}")  # "from Rhodes to Corfu"
_BRACKETED_FORM = re.compile(r"^ \((?:Pty|Pvt|Private|Pte|Proprietary)\.?\) (?:Ltd|Limited)\b")
_LIST_SEPARATOR = re.compile(r",?\s+(?:and|or|to)\s+|,\s+")


BARE_OFFICE = re.compile(r"^, (?:(?:senior|chief|deputy|assistant|associate|acting|lead|principal|"
                         r"managing|vice|former) )?(?:head|president|director|chairman|chairwoman|"
                         r"chairperson|leader|founder|editor|coordinator|minister|mayor|governor|"
                         r"professor|curator|lecturer|researcher|scientist|economist|historian|"
                         r"spokesman|spokeswoman|spokesperson|general secretary|"
                         r"secretary[ -]general) (?:of|at|for)\b")
_NEXT_WORD = re.compile(r"^(?:[" + APOS + r"]s)?,?\s+(\w+)")
_POSSESSED = re.compile(r"^[" + APOS + r"]s\b")
_REGION_AFTER = re.compile(r"^, (?:(?:near|outside|on) )?((?:New |North |South |West |East )?"
                           r"[A-Z][\w’'-]+)(?=[,.;:)]|$)")
_POSSESSIVE_BEFORE = re.compile(r"[" + APOS + r"]s\s+$")
_COMMA_AFTER = re.compile(r"^(?:[" + APOS + r"]s)?,")
_AGE_AFTER = re.compile(r"^(?:[" + APOS + r"]s)?, (?:now |aged )?\d{1,3}(?:,|\.(?!\d))")


_WORDS = re.compile(r"[\w.]+")
_SPEECH_VERB_BEFORE = re.compile(r"[,”\"]\s*\w+\s*$")
_PLACE_WORDS = frozenset((
    "town", "city", "village", "hamlet", "province", "state", "region", "county", "suburb",
    "municipality", "capital", "port", "district", "governorate", "prefecture", "oblast", "parish",
    "canton", "department", "settlement", "sub-county", "township", "commune", "woreda", "kebele",
    "rayon", "raion", "tehsil", "taluka", "upazila", "cantón", "municipio", "aldea", "vereda",
    "corregimiento"))
# "in Kitete village", "Morang district", "the Pomán town council", "the city's Him Lam ward":
# a common noun for a place (but "the maternity ward of" says no place)
_PLACE_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(_PLACE_WORDS | {"ward"}, key=len,
                                                          reverse=True))
                               + r")\b(?!-)")
_OF_A_PLACE = frozenset((
    "residents", "people", "mayor", "outskirts", "north", "south", "east", "west", "centre",
    "center", "streets", "citizens", "suburbs", "heart", "council", "prefect", "governor",
    "inhabitants", "government", "capital", "authorities"))
# (or after an age and what the person is: "X, 67, a retired teacher from Hubuna")
_AGED_AFTER = re.compile(r"^, an? (?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old ([A-Za-z]+)\b")
_AGE_OF_BEFORE = re.compile(r", \d{1,3}, (?:of|from|an? (?:[\w’'-]+ ){1,4}from) $")
_NAMED_PLACE_IN = re.compile(r"[A-Z][\w’'-]* [A-Z][\w’'-]* in $")
_WHO_AFTER = re.compile(r",\s+who\b")
_WHERE_AFTER = re.compile(r", where\b")
_FEATURE_NOUN_AFTER = re.compile(
    r" (?:river|valley|mountains|volcano|estuary|plateau|glacier|hills|gorge|peninsula|delta|"
    r"wetlands?|springs?|strait|bay|massif|escarpment)\b(?![-’'])")
_MOST_OF_THEM = re.compile(
    r"\b(?:[Mm]ost|[Mm]any|[Aa]ll|[Ss]ome|[Hh]alf|[Ff]ew|[Ss]everal|[Bb]oth|[Nn]one|[Ee]ach|"
    r"one|two|three|four|five|\d+) of (?:them|whom)(?: (?:are|were))?(?: ethnic)? "
    r"(?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?,? (?:and|or) )?$")
_AMONG_THE = re.compile(r"\b[Aa]mong the $")
_NOT_A_NOUN_AFTER = re.compile(r"[,.;:]|\s+(?:and|or|who|in|of|to|have|had|are|were)\b")
_DISTANCE_AFTER = re.compile(
    r", (?:about |some |around |roughly |nearly |just |only )?(?:\d[\d,.]*|[a-z]+)[ -]"
    r"(?:kilometres|kilometers|km|miles)(?: \([^)]*\))? (?:(?:north|south)(?:-?(?:east|west))?|"
    r"east|west|from|outside|inland|upstream|downstream|up|down|off)\b")
_LEADERS_AFTER = re.compile(r" (?:government|administration|cabinet|presidency|era)\b")


# "in Slavonian wells", "in Colchian archaeology": a word shaped like an adjective of a people or
# region, before the noun it describes, is not the place things happen in (of such names after
# a preposition and before a noun in the gold data, 95 are peoples, none an unknown place)
_ADJECTIVE_ENDING = re.compile(r"[A-Z]\w+(?:ian|ean|ese|ish)")
_DESCRIBED_NOUN = re.compile(
    r" (?!(?:last|this|next|since|and|or|but|for|with|from|after|before|during|until|which|that|"
    r"who|where|when|while|is|are|was|were|has|have|had|will|would|could|can|may)\b)[a-z]{3,}\b")


def _adjective_of(name: str, after: str) -> bool:
    return (_ADJECTIVE_ENDING.fullmatch(name) is not None and _DESCRIBED_NOUN.match(after) is not
            None and not _PLACE_NOUN_AFTER.match(after) and not known_place(name))


def context_votes(text: str, c: Cand) -> dict[str, float]:
    """Evidence around one mention: a title before it, a speech verb next to it."""
    votes: dict[str, float] = {}
    before = text[max(0, c.start - 40):c.start]
    after = text[c.end:c.end + 60]
    prev = _WORDS.findall(before)
    name = text[c.start:c.end]
    if prev and ((prev[-1] in lex.TITLES and prev[-1] not in ("Supreme", "General", "Grand"))
                 or prev[-1] in lex.ROLE_WORDS) and before[-1:].isspace():
        # ("the historian Jordanes": one word named by its role outweighs the model's place)
        one = " " not in name and len(prev) > 1 and prev[-2] == "the" and prev[-1] in lex.ROLE_WORDS
        votes["PERSON"] = votes.get("PERSON", 0) + (3.5 if one else 2.0)
    personish = not is_acronym(name) and not any(ch.isdigit() for ch in name)
    # a speech verb beside a full name ("Kaufmark said" may be a company, "Lena Voss said" not)
    nxt = _NEXT_WORD.match(after)
    speaks = personish and " " in name
    if speaks and nxt and nxt.group(1) in lex.SPEECH_VERBS:
        votes["PERSON"] = votes.get("PERSON", 0) + 0.75
    if (speaks and prev and prev[-1] in lex.SPEECH_VERBS
            and _SPEECH_VERB_BEFORE.search(before)):
        votes["PERSON"] = votes.get("PERSON", 0) + 0.75
    word_end = before.rstrip()  # a word, then space: not "the region, Roberto Maroni"
    adjacent = len(word_end) < len(before) and (word_end[-1:].isalnum() or word_end[-1:] == "_")
    if adjacent and (prev[-1] in _PLACE_WORDS or len(prev) > 1 and prev[-1] == "of"
                     and (prev[-2] in _PLACE_WORDS or prev[-2] in _OF_A_PLACE
                          and head_label(name) != "ORG")):  # ("the council of Nantes Métropole")
        votes["GPE"] = votes.get("GPE", 0) + CLASSIFIER_WEIGHT  # the text says what it is
    elif adjacent and (len(prev) > 1 and prev[-1] == "of" and prev[-2] in (
            "island", "isle", "islands", "isles") or prev[-1] == "and" and _ISLANDS_OF.search(
            before)):
        # "the island of Bioko", "the islands of Taravai and Akamaru": the land, not a polity
        votes["LOC"] = votes.get("LOC", 0) + 3.5
    # "in Agnone", "near Modbury", "in St Elizabeth": a one-word name (or one that starts like a
    # place's, or a known town's, or ends in one) after a preposition of place ("In Ella," too)
    preposition = prev[-1].lower() if prev else ""
    # (but "near Lake Tota", "in Coiba National Park": the name says what it is)
    if (personish and preposition in _PLACE_PREPOSITIONS and adjacent
            and not _POSSESSED.match(after) and head_label(name) in (None, "GPE")
            and not _adjective_of(name, after)):
        held = len(prev) > 1 and prev[-2].lower() in _HELD_IN  # "shares in Lan Hoa"
        if " " in name and preposition != "around" and not held and person_shape(name):
            # "in Char Fasson", "near Aleta Wendo", "in Kato Paphos": a full name that things
            # happen in is a place's, as a person's never is (a person is "in" only with a
            # possessive); not "around Independence Day"
            votes["GPE"] = votes.get("GPE", 0) + CLASSIFIER_WEIGHT
        elif (" " not in name or name.split()[0] in PLACE_LEADS or name in lex.TOWNS
                or len(name.split()) == 2 and lex.in_gazetteer(name.split()[-1])):
            # "in Nahariya" almost always names a place (the gold data: 1,148 places of 1,196)
            in_it = preposition == "in" and " " not in name and not held
            votes["GPE"] = votes.get("GPE", 0) + (CITY_WEIGHT if in_it else 1.5)
    elif (personish and " " not in name and (listed := _LISTED_IN_BEFORE.search(before))
          and listed.group(1) not in lex.DAYS_MONTHS and name not in lex.DAYS_MONTHS
          and not _POSSESSED.match(after) and head_label(name) is None):
        # "in Ghanche and Skoyo": the last of a list of one-word names after "in" is in it too
        # (286 places of 340 such names in the gold data; most of the rest are months, which
        # are no names here, and languages, which their own rule finds)
        votes["GPE"] = votes.get("GPE", 0) + CITY_WEIGHT
    # "a K’Ho farmer", "a Red Dao herbalist", "a 19-year-old Wapishana runner", "her Zhuang
    # grandmother": a people's name, like a nationality, before a noun for a person (23 of the
    # 28 such names the gold data labels; not "a MOM spokesperson", "a Jadewell official", nor
    # a place's "a Lubango businessman")
    if (personish and _A_PERSON_BEFORE.search(before) and (noun := _NOUN_AFTER.match(after))
            and noun.group(1) in WORDNET_PERSON_NOUNS and noun.group(1) not in _STAFF
            and not known_place(name) and head_label(name) is None):  # (nor "a High Court judge")
        votes["NORP"] = votes.get("NORP", 0) + CLASSIFIER_WEIGHT
    # "Zande families", "Gayo farmers": so with a plural, for a word no gazetteer knows (39
    # peoples of the 53 such names in the gold data, 9 towns; but "Kyumbi residents" and
    # "Disentis voters" are a place's, and so are "Mukuni" of "Mukuni village" and "Fakaha" of
    # "in Fakaha"); not a team's "Harriers supporters", nor a word that opens a sentence ("Older
    # residents"), and it finds no name the model missed ("the Marine fishermen")
    elif (c.label and personish and " " not in name and not name.endswith("s")
          and (noun := _NOUN_AFTER.match(after)) and _people_plural(noun.group(1))
          and not known_place(name) and name not in lex.TOWNS and head_label(name) is None
          and not _SENTENCE_OPENS.search(before) and not _placed_in(text, name)):
        votes["NORP"] = votes.get("NORP", 0) + CLASSIFIER_WEIGHT
    # "Jordan Treloar, 24, of Ivybridge", "a widow from Modbury": where a person lives (more
    # surely than where "an analyst from Nomura" works)
    lives = prev and len(prev) > 1 and prev[-1] == "from" and prev[-2].lower() in PEOPLE_NOUNS
    # (and "a rider from Kagbeni", "the winner from Ulawa": 201 places of the 201 one-word names
    # after a noun for a person and "from" in the gold data, which no gazetteer knows)
    if " " not in name and personish and (
            lives or _AGE_OF_BEFORE.search(before)
            or prev and len(prev) > 1 and prev[-1] == "from" and (
                prev[-2] in lex.ROLE_WORDS or prev[-2].lower() in WORDNET_PERSON_NOUNS
                and prev[-3:-2] != [] and prev[-3].lower() not in _BEFORE_A_VERB)):
        # (after an age: 20 of 20 such one-word names in the gold data are places)
        votes["GPE"] = votes.get("GPE", 0) + (CITY_WEIGHT if lives or _AGE_OF_BEFORE.search(
            before) else 2.0)
    elif (lives or _AGE_OF_BEFORE.search(before)) and person_shape(name):
        # "an elderly man from Al Khor", "Toroitich, 24, from Eldama Ravine", as "in Char Fasson"
        votes["GPE"] = votes.get("GPE", 0) + CLASSIFIER_WEIGHT
    # "the wind funnels down from Kagbeni,": one word that ends a phrase after "from" is where
    # things come from, a place more often than not (172 of the 178 such names in the gold
    # data no gazetteer knows; the rest are organisations and a surname), never the people's
    # name the model may take it for, which would need a noun after it
    elif (c.label == "NORP" and " " not in name and prev and prev[-1] == "from" and adjacent
          and after[:1] in (",", ".", ";", ":", ")") and not lexicon_label(name)):
        votes["GPE"] = votes.get("GPE", 0) + 1.5
    # "goats from Galkayo to Bosaso": the ends of a journey are places (86 of 89 such names in
    # the gold data; not "from June to October")
    ends = (before.endswith(" from ") and _TO_AFTER.match(after)) or before.endswith(
        " to ") and _FROM_TO_BEFORE.search(before)
    if personish and ends and ends.group(1) not in lex.DAYS_MONTHS and (
            name not in lex.DAYS_MONTHS and head_label(name) in (None, "GPE")):  # (not an airport)
        votes["GPE"] = votes.get("GPE", 0) + CITY_WEIGHT
    # "from Caraquet, New Brunswick,": a town, then its province, state or country (or "Alat,
    # near Baku", "Luganville, on Espiritu Santo")
    if " " not in name and personish and (region := _REGION_AFTER.match(after)) and (
            region.group(1) in lex.GPES or lex.in_gazetteer(region.group(1))):
        votes["GPE"] = votes.get("GPE", 0) + CITY_WEIGHT
    # (not "a Sami village", "the Danube port": one in a place, or of a people; but "the
    # Corrèze department", a region GeoNames knows)
    if personish and _PLACE_NOUN_AFTER.match(after) and not (prev and prev[-1].lower() in (
            "a", "an", "the") and not (prev[-1] == "the" and lex.in_gazetteer(name))) and not (
            lexicon_label(name) or lex.wordnet_label(name) or _TONGUE.fullmatch(name)) and (
            head_label(name) in (None, "GPE")):
        votes["GPE"] = votes.get("GPE", 0) + CLASSIFIER_WEIGHT  # the text says what it is
    # "the Baliem valley", "the Kirvaoja river", "the Kuyen volcano": a natural feature named by
    # the common noun after it (in the gold data 45 of 47 names before "river", 52 of 58 before
    # "valley", all before "mountains" and "volcano"; the rest are known towns)
    if personish and _FEATURE_NOUN_AFTER.match(after) and not (
            lexicon_label(name) or known_place(name)) and head_label(name) in (None, "LOC"):
        votes["LOC"] = votes.get("LOC", 0) + CLASSIFIER_WEIGHT
    # "shipping water to Ebeye, where the situation is worse": a one-word name things happen
    # in (not "the Norwegian Polar Institute, where", which has a head word of its own, nor "on
    # Bohol, where", an island that annotators call a place or a feature)
    if " " not in name and personish and preposition != "on" and _WHERE_AFTER.match(after):
        votes["GPE"] = votes.get("GPE", 0) + CITY_WEIGHT
    # "the house at Umm al-Rakham, 24 kilometres west of the city": a place that lies so far
    # from another is a settlement, when its name has no head word (64 of the 77 names so placed
    # in the gold data are; the rest are deserts, parks, rivers and bridges, named so)
    if personish and _DISTANCE_AFTER.match(after) and head_label(name) is None:
        votes["GPE"] = votes.get("GPE", 0) + CLASSIFIER_WEIGHT
    # "5,300 residents, most of them Tao", "most of whom are Miao or Buyei": a people (24 of 24
    # such names in the gold data); so is "Among the Dagomba, guinea fowl are …", "among the
    # Dinka and Mundari" (4 of 4; not "among the Buynaksk supporters")
    if personish and (_MOST_OF_THEM.search(before) or _AMONG_THE.search(before) and (
            _NOT_A_NOUN_AFTER.match(after))) and not (after and after[0] in APOS) and (
            head_label(name) is None):  # (not "K’iche" of "K’iche’ Maya")
        votes["NORP"] = votes.get("NORP", 0) + CLASSIFIER_WEIGHT
    # "Emberá and Wounaan villages", "the Tagar culture": one word the gazetteers do not know
    # (17 of the 24 one-word names before "villages" in the gold data, the rest regions they
    # know; not "Cia-Cia-speaking villages")
    if personish and " " not in name and name.istitle() and _VILLAGES_AFTER.match(after) and not (
            lexicon_label(name) not in (None, "NORP") or known_place(name)
            or _SENTENCE_OPENS.search(before)):
        votes["NORP"] = votes.get("NORP", 0) + CLASSIFIER_WEIGHT
    # "a Miriwoong ranger", "the Cofán elder": one word the lexicons do not know, before a
    # member of a people (40 peoples of the 40 such names in the gold data)
    if personish and " " not in name and prev and prev[-1].lower() in ("a", "an", "the") and (
            _MEMBER_AFTER.match(after)) and not (lexicon_label(name) or known_place(name)):
        votes["NORP"] = votes.get("NORP", 0) + CLASSIFIER_WEIGHT
    # "a hospital … Hospital in Skejby": what a named place of work is in
    if (" " not in name and personish and prev and prev[-1] == "in"
            and _NAMED_PLACE_IN.search(before)
            and not _POSSESSED.match(after)):
        votes["GPE"] = votes.get("GPE", 0) + 2.5
    # "between Tambillo and Machachi", "Lakhimpur, Dhemaji and Sonitpur": listed with places
    places, route, headed = _places_listed_with(text, c) if personish and not _POSSESSED.match(
        after) else (0, False, False)
    if headed:  # "the districts of Pech Chreada, Koh Nhek and Keo Seima": the text says what
        votes["GPE"] = votes.get("GPE", 0) + CLASSIFIER_WEIGHT  # they are
    elif places:  # a route ("from the reservoir to Ourique") joins things of two kinds more often
        votes["GPE"] = votes.get("GPE", 0) + (1.5 if route else CITY_WEIGHT)
    # "PT Teluk Mas Nickel": a legal form before the name; "Devure Lithium (Private) Limited",
    # "Sahara Foods (Pvt) Ltd": one in brackets after it
    if adjacent and prev[-1] in lex.LEGAL_LEADS or _BRACKETED_FORM.match(after):
        votes["ORG"] = votes.get("ORG", 0) + CLASSIFIER_WEIGHT
    # "Neris Vilnius beat Sakalai Kaunas 87-84": a club named after a city the article also
    # names alone (not "Chile's Nicolás Araya 6-2", a player whose surname is a town's)
    words = name.split()
    if len(words) >= 2 and lex.in_gazetteer(words[-1]) and not lex.in_gazetteer(name) and (
            _RESULT_AFTER.match(after) or _RESULT_BEFORE.search(before)) and text.count(
            words[-1]) > text.count(name):
        votes["ORG"] = votes.get("ORG", 0) + CLASSIFIER_WEIGHT
    # "beating the Kerowagi Rivermen": a side the text names with "the" after a win or a loss
    # (19 organisations of the 19 whole names so placed in the gold data)
    if _BEATEN_THE.search(before) and not re.match(r"\s+[A-Z]", after) and not _DEMONYMS.fullmatch(
            name):  # (not "beat the Tahitians", a people)
        votes["ORG"] = votes.get("ORG", 0) + CLASSIFIER_WEIGHT
    # "Kisan Shield, made by the Lahore-based company …": a product
    if after[:1] == "," and re.match(
            r"^,\s+(?:made|manufactured|produced|developed|marketed|sold)\s+by\b", after):
        votes["PRODUCT"] = votes.get("PRODUCT", 0) + CLASSIFIER_WEIGHT
    # "Uganda’s Isaac Mugisha", "the Norwegian Sander Hovland": a country's athlete, writer or
    # official
    country_s = _POSSESSIVE_BEFORE.search(before) and any(
        " ".join(prev[-k - 1:-1]) in lex.COUNTRIES for k in (1, 2, 3))
    if prev and adjacent and (country_s or prev[-1] in lex.NORP_WORDS) and person_shape(name) and (
            name.split()[-1] not in COMPASS and not known_place(name)):  # not "Russia’s Far East"
        votes["PERSON"] = votes.get("PERSON", 0) + 2.0
    # "the managing director of Vignes du Lagon, Tamatoa Temauri,": what has a director, named
    # before the one who is (87 of the 93 such names in the gold data that are no known place
    # are organisations; not "the city manager of Kemijärvi", a town's)
    if _HOLDER_AFTER.match(after) and _OFFICE_OF.search(before) and head_label(name) in (
            None, "ORG") and not known_place(name):
        votes["ORG"] = votes.get("ORG", 0) + CLASSIFIER_WEIGHT
    # "Fiji's Minister for Local Government, Makereta Nasilasila,": a title, then the name
    if personish and _COMMA_AFTER.match(after) and titled_before(text, c.start):
        votes["PERSON"] = votes.get("PERSON", 0) + 2.0
    # "Fatmire Rexhepi-Zeka, head of the union": a bare office of a person's
    if personish and BARE_OFFICE.match(after):
        votes["PERSON"] = votes.get("PERSON", 0) + 2.0
    # "Fadli Nasution, who chairs ...": "who" follows a person (not "a teacher in X, who", nor
    # "a weaver from the canton of X, who")
    if personish and _WHO_AFTER.match(after) and not (
            prev and prev[-1] in _PLACE_PREPOSITIONS | _WHERE_PREPOSITIONS) and votes.get(
            "GPE", 0) < CLASSIFIER_WEIGHT:
        votes["PERSON"] = votes.get("PERSON", 0) + 2.0
    # "translated into Yoruba", "in nine languages, including French": a language; and one
    # the lexicon does not know, before "-speaking" or by its ending after "in" ("a
    # Romansh-speaking village", "as the bed is known in Friulian,")
    # ('"chiya pani", Nepali for tea water', "(Quechua for house)": a gloss's language)
    # (a nationality's name before "language" stays one, "German language exams", but "the
    # Lithuanian word for", "a Hausa phrase" name a language: twelve times in fifteen in the
    # gold data)
    tongue = name in lex.LANGUAGES or _TONGUE.fullmatch(name) and not known_place(name)
    if name in lex.LANGUAGES and (_LANGUAGE_CUE.search(text[max(0, c.start - 80):c.start])
                                  or _called_in(text, name, before, after)) or (
            tongue and _WORD_AFTER.match(after) and _ARTICLE_BEFORE.search(before)) or (
            (tongue or lexicon_label(name) == "NORP" and not name.endswith("s"))
            and _LANGUAGE_VERB.search(before) and _AFTER_A_NAME.match(after)) or (
            tongue and lexicon_label(name) != "NORP" and _LANGUAGE_AFTER.match(after)) or (
            _LANGUAGE_ONLY_BEFORE.search(before) and _AFTER_A_NAME.match(after)
            and (name in lex.LANGUAGES or not lexicon_label(name)) and not known_place(name)) or (
            (after.startswith(("-speaking", "-language")) or adjacent and prev[-1] == "in"
             and _TONGUE.fullmatch(name) and _IN_TONGUE_AFTER.match(after))
            and not lexicon_label(name) and not known_place(name)) or (
            lexicon_label(name) in (None, "NORP", "LANGUAGE") and not known_place(name)
            and _languages_listed_with(text, c)) or (
            after.startswith(" for ") and _GLOSS_BEFORE.search(before)) or (
            _CALLED_IN_UNKNOWN.search(before) and after[:1] in ",.;" and not lexicon_label(name)
            and not known_place(name) and name not in lex.DAYS_MONTHS) or (
            # "held in Spanish only", "answered in Korean." (not "in Greek waters")
            name in lex.LANGUAGES and adjacent and prev[-1] == "in"
            and _IN_TONGUE_AFTER.match(after) and not _adjectival(text, name)):
        votes["LANGUAGE"] = votes.get("LANGUAGE", 0) + CLASSIFIER_WEIGHT
    # "the Dasara festival", "the Sankranti harvest festival": a feast's name, where no
    # gazetteer, lexicon or WordNet knows the word (13 feasts of the 14 such names in the gold
    # data; "the Agats festival" is a town's, "the Maya festival of the dead" a people's)
    if (personish and _FESTIVAL_AFTER.match(after) and not known_place(name)
            and lexicon_label(name) is None and not lex.wordnet_label(name)
            and not head_label(name)):
        votes["EVENT"] = votes.get("EVENT", 0) + CLASSIFIER_WEIGHT
    # "Ferrovolt, founded in 2027, …": organisations are founded, people born (and a name's
    # own head word says what else was: "X National Park, established in 1991")
    if _FOUNDED_AFTER.match(after) and not head_label(name):
        votes["ORG"] = votes.get("ORG", 0) + CLASSIFIER_WEIGHT
    # "16-year-old Meilany Lekatompessy": an age before a name is a person's
    if personish and before.rstrip().endswith("-year-old") and person_shape(name) and not (
            head_label(name)):
        votes["PERSON"] = votes.get("PERSON", 0) + 2.0
    # "for the regional environmental authority, Corporinoquia,": one word in apposition to
    # what it is
    if " " not in name and personish and _COMMA_AFTER.match(after) and (
            noun := _NOUN_COMMA_BEFORE.search(before)) and noun.group(1) in lex.ORG_CLASSIFIERS:
        votes["ORG"] = votes.get("ORG", 0) + CLASSIFIER_WEIGHT
    # (the comma after Y in "According to X, a zoologist at Y, the number of people …" closes
    # the opening phrase: no apposition follows)
    said = classifier(before, "" if after.startswith(",") and _ACCORDING_BEFORE.search(
        text, max(0, c.start - 200), c.start) else after)
    if said == "ORG" and person_shape(name) and (
            _PERSONABLE.search(before) or _PERSONABLE_AFTER.match(after)):
        said = None  # a person can be one: "the textile manufacturer X", "X, 44, a builder"
    if said == "ORG" and " " not in name and known_place(name) and classifier(before, "") is None:
        said = None  # "a partner in the Bodmin firm", "the Lomé company X": where a firm is
    if said and said != "NORP" and lexicon_label(name) == "NORP" and _NOUN_AFTER.match(after):
        said = None  # "the Cape Verdean island of": what the noun after a people's word is
    if said:
        votes[said] = votes.get(said, 0) + CLASSIFIER_WEIGHT
    # "WorkSafe Victoria", "PayPal": a word with a capital inside is a brand's
    if any(CAMEL.match(w) for w in name.split()):
        votes["ORG"] = votes.get("ORG", 0) + 3.0
    # "the A25 motorway", "along the N2": a road by its number (the gold data's other such
    # codes, aircraft, rifles and space missions, take no road's noun)
    if _ROAD_CODE.fullmatch(name) and (_ROAD_AFTER.match(after) or _ALONG_BEFORE.search(before)):
        votes["FAC"] = votes.get("FAC", 0) + CLASSIFIER_WEIGHT
    # "Sarah Ellis, 27,": an age in apposition (not "a farmer from Quimiag, 58,"); more surely
    # right after a speech verb ('," said Sukarti, 67,': one word the model may take for a firm)
    if personish and not (prev and prev[-1] in _PLACE_PREPOSITIONS | {"from", "of", "at"}) and (
            _AGE_AFTER.match(after)):
        votes["PERSON"] = votes.get("PERSON", 0) + (
            3.5 if prev and prev[-1] in lex.SPEECH_VERBS and adjacent else 2.0)
    # "Hamed Swailem, a 24-year-old Bedouin from Dahab,": an age before a person's noun or a
    # people's word (not "a 200-year-old church")
    if personish and (aged := _AGED_AFTER.match(after)) and (
            aged.group(1).lower() in WORDNET_PERSON_NOUNS or aged.group(1) in lex.NORP_WORDS):
        votes["PERSON"] = votes.get("PERSON", 0) + 2.0
    # "the Monti government", "the Obama administration": a leader's name (not "the Kogi
    # government", a known place's: in the gold data, 10 such names are places, none persons)
    if (_LEADERS_AFTER.match(after)
            and personish and not lexicon_label(name) and not known_place(name)):
        votes["PERSON"] = votes.get("PERSON", 0) + 3.5
    return votes


def _called_in(text: str, name: str, before: str, after: str) -> bool:
    """ "a technique known in Spanish as …", "as the bakers are known in Spanish,", "In German,
    such service is called …": what a thing is called in a language, unless the text also makes
    the name a people's."""
    return bool(_CALLED_IN.search(before) and after.startswith((" as ", ",", ".", ";"))
                or _IN_LANGUAGE_OPENS.search(before) and _CALLED_AFTER.match(after)) and (
        not _adjectival(text, name))


def _adjectival(text: str, name: str) -> bool:
    """Whether the text uses a people's name before a noun ("the Polish state") or in the plural
    ("ethnic Hungarians"), as the gold data's annotators then call it a people throughout, though
    it is also "known in Polish as" (but "the Spanish word for" is the language)."""
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?:s\b| (?!(?:as|and|or|in|on|for|to|"
                     r"of|is|was|by|with|at|from|over|during|the|an?|only)\b)(?!(?:\w+ )?"
                     r"(?:words?|terms?|names?|phrases?|expressions?)\b)[a-z])", text) is not None


def _places_listed_with(text: str, c) -> tuple[int, bool, bool]:
    """How many known places a name is coordinated with ("Tehran and Erbil", "Gisagara,
    Kirehe, Nyagatare and Rusizi"), whether the list is a route ("from Rhodes to Corfu"), and
    whether the plural of a kind of place heads it ("the districts of …")."""
    found = _list_holding(text, c)
    if found is None:
        return 0, False, False
    _start, (_end, items, route, headed) = found
    own = text[c.start:c.end]
    if _LIST_SEPARATOR.search(own) and head_label(own):
        return 0, False, False  # a name that holds the list: "Avon and Somerset Police"
    return sum(1 for n in items if n != own and known_place(n)), route, headed


def _languages_listed_with(text: str, c) -> bool:
    """Whether a name is listed after "in" in a list that holds a language the lexicon knows
    ("on local radio in Nepali, Gurung and Magar")."""
    found = _list_holding(text, c)
    return found is not None and text.endswith(" in ", 0, found[0]) and any(
        n in lex.LANGUAGES for n in found[1][1])


def _list_holding(text: str, c):
    """The list of names (its start, and its entry in ``_lists``) that holds ``c``, if any."""
    starts, lists = _lists(text)
    i = bisect_right(starts, c.start) - 1
    return (starts[i], lists[i]) if i >= 0 and lists[i][0] >= c.end else None


@lru_cache(maxsize=4)
def _lists(text: str) -> tuple[list[int], list[tuple[int, list[str], bool, bool]]]:
    """The lists of names in the text (one pass): their starts, and each one's end, names,
    whether it is a route and whether a kind of place heads it."""
    found = []
    for m in _LISTED.finditer(text):
        items = [n for n in _LIST_SEPARATOR.split(m.group()) if n and n not in lex.DAYS_MONTHS]
        if len(items) == 2 and re.search(r", (?:and|or) ", m.group()):
            continue  # "in March, and Brightwater shares fell": two clauses, not a list
        route = " to " in m.group() and " and " not in m.group()
        headed = _PLACES_OF.search(text, max(0, m.start() - 40), m.start()) is not None
        found.append((m.start(), (m.end(), items, route, headed)))
    return [s for s, _ in found], [f for _, f in found]


# what heads a list of places: "the districts of", "the neighbouring villages of"
_PLACES_OF = re.compile(r"\bthe (?:[a-z]+ ){0,2}(?:towns|cities|villages|hamlets|districts|"
                        r"sub-counties|provinces|regions|counties|municipalities|communes|"
                        r"parishes|departments|prefectures|townships|cantons|settlements|"
                        r"suburbs|neighbourhoods|neighborhoods|wards|boroughs|barangays) of $")


CLASSIFIER_WEIGHT = 4.0
# up to three words before a noun: "the Kathmandu-based migrant support group", "the growers’
# federation", "the Nuku'alofa weekly"
_MODIFIER = r"(?:(?!(?:of|the|a|an|in|and|for|to|with|by)\b)[\w-]+(?:['’]\w*)?\s+)"
_MODIFIERS = _MODIFIER + "{0,3}?"
# "in the Temburong District, the company announced": a reporting clause, not an appositive
_REPORTING = (r"(?!(?:announced|told|added|stated|confirmed|explained|noted|warned|insisted|"
              r"argued|claimed|stressed|wrote)\b)")
# what may follow the noun of an appositive: punctuation or a word that starts its complement
_AFTER_NOUN = r"(?=[,.;:)]|\s+" + _REPORTING + \
    r"(?:of|that|which|whose|who|in|for|with|led|founded|based|run|owned|" \
    r"where|from|at|on|off|and|to|about|by|near|nearby|outside|upstream|downstream|upriver|" \
    r"downriver|inland|north|south|east|west|down|through|across|along|around|between|" \
    r"made|developed|produced|built|sold|approved|\w+ing|\w{3,}ed" \
    r"(?! [\"“]?(?:the|a|an|its|their|his|her|\d)))\b)"  # (not "…, the river carried the …")
# "the", "a", an owner ("Brunei's", "Homa Bay County's", "the company's"), or one of a kind
# ("one of the oldest canneries")
_DETERMINER = (r"(?:the|a|an|(?:the\s+[a-z][\w-]*|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[’']s|"
               r"one\s+of\s+(?:the|its|their))")
_PERSONABLE_AFTER = re.compile(r"^,\s+(?:\d{1,3},\s+)?" + _DETERMINER + r"\s+" + _MODIFIERS
                               + _PERSONABLE_NOUNS + r"\b")
# "Andreea Pop, 24, a student travelling home", "X, a Čačak-based freezing company that …":
# with none to three words before the noun
_APPOSITIVES = [re.compile(r"^,\s+(?:\d{1,3},\s+)?" + _DETERMINER + r"\s+" + _MODIFIER
                           + f"{{{k}}}" + r"(\w[\w-]*)" + _AFTER_NOUN) for k in range(4)]


_MODIFIED_CLASSIFIER = re.compile(r"^(?:\s+(?!(?:the|a|an|its|their|because|and|or|but|of|in|on|"
                                  r"at|to|for|with|by|that|which|who|when|after|before)\b)"
                                  r"[a-z][\w-]*){1,2}?\s+(?:"
                                  + "|".join(sorted(lex.ORG_CLASSIFIERS_AFTER)) + r")\b(?![’'])")
_RESULT_AFTER = re.compile(r"^\s+(?:\d+[-–]\d+|beat|defeated|edged|thrashed|drew|lost)\b")
_RESULT_BEFORE = re.compile(r"\b(?:beat|beating|defeated|against|versus|vs\.?)\s+$")
_DEMONYMS = re.compile(r"[A-Z]\w+(?:ians|eans|ans|ese|ish)")
_BEATEN_THE = re.compile(r"\b(?:beat|beats|beating|defeated|defeating|edged|edging|thrashed|"
                         r"thrashing|lost to|losing to|drew with)\s+the\s+$")
_PRODUCT_NOUNS = frozenset("vaccine drug medicine pill app smartphone phone handset chip "
                           "processor satellite rocket ferry tanker freighter vessel ship yacht "
                           "truck tractor pesticide insecticide herbicide fertiliser fertilizer "
                           "device tablet laptop console drone aircraft jet airliner".split())
_MODIFIER_BEFORE = re.compile(r"\b(?!(?:a|an|the)\b)[a-z][\w-]* $")
_TITLE_WORDS = sorted(re.escape(t) for t in lex.TITLES | lex.ROLE_WORDS | {"official"}
                      if t[-1:].isalpha())
# "Fiji's Minister for Local Government, X,", "The alliance's leader in Nikšić, X,", "The
# director of agricultural services for Ouargla Province, X," (a portfolio in lower case; not
# "The owner of the supplier, Medinvest Trade,", a body)
_TITLE_COMMA = re.compile(r"\b(?:" + "|".join(_TITLE_WORDS)
                          + r")(?:\s+(?:(?:of|for)(?:\s+(?!the\b|an?\b)[a-z]+){0,3}|in|at|the|"
                            r"and|[A-Z][\w.’'-]*))*,\s*$")


def titled_before(text: str, start: int) -> bool:
    """Whether a title and a comma come just before ``start``: "The Minister of Public Health, ",
    "The vice-chairwoman of the Gia Lai Provincial People’s Committee, "."""
    return text[max(0, start - 100):start].rstrip().endswith(",") and _TITLE_COMMA.search(
        text, max(0, start - 100), start) is not None


_RANKED = re.compile(r"\b(?:largest|biggest|leading|second-largest|third-largest)\b")
_PARTY_NOUNS = frozenset("party alliance coalition bloc movement faction".split())
_WORK_NOUNS = frozenset("film movie drama documentary comedy thriller novel book memoir album "
                        "song single play opera musical sitcom painting sculpture poem prize "
                        "award trophy".split())


_NOUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|whose)\s+" + _MODIFIERS
                          + r"([\w-]+)\s+$")
_NOUN_COMMA_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+" + _MODIFIERS
                                + r"([a-z][\w-]*),\s+$")
# "The lake, Lhazo Tso, lies …": a sentence's subject named in apposition
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?]\s+)The\s+" + _MODIFIERS + r"([a-z][\w-]*),\s+$")


_NOUN_AFTER = re.compile(r"\s+([\w-]+)\b(?![’'])")
_DEPARTMENT = re.compile(r"([A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+)?) Department")
# who speaks or works for an organisation: "a Jadewell spokeswoman"
_STAFF = frozenset("spokesman spokeswoman spokesperson official employee executive manager "
                   "director representative staffer shareholder customer client "
                   "officer".split())
_LISTED_IN_BEFORE = re.compile(r"\b[Ii]n ([A-Z][\w’'-]+)(?:, [A-Z][\w’'-]+)* (?:and|or) $")
_A_PERSON_BEFORE = re.compile(r"\b(?:[Aa]n?|[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur) "
                              r"(?:\d{1,3}-year-old |young |elderly |old )?$")
_NAME_NEXT = re.compile(r"\s+[A-Z]")
_ON_WATER_BEFORE = re.compile(r"\b(?:on|to|off)\s+$")
_ADMIN_AFTER = re.compile(r"\s+(?:district|neighbourhood|neighborhood|suburb|borough|township|"
                          r"housing estate|region|province|governorate|prefecture|county|oblast|"
                          r"block|tehsil|taluka?|mandal|upazila|commune|canton)\b(?![’'])")
_ADMIN_BEFORE = re.compile(r"(?:\b(?:[Tt]he|from|in|of|at|near)|[’']s)\s+$")
_AND_NEXT = re.compile(r"\s+and\s+(\w+)")
_OF_PEOPLE = re.compile(r"\s+of\s+[^.;]{0,25}\b(?:people|inhabitants|residents)\b")


_A_PLACES_PEOPLE = frozenset("residents voters councillors commuters ratepayers taxpayers "
                             "citizens supporters fans".split())


def _placed_in(text: str, name: str) -> bool:
    """Whether the text writes ``name`` as a place's: "in Fakaha", "Kono District", "Mukuni
    village"."""
    return any(text.endswith(" in ", 0, m.start()) or m.group(1) and (
        m.group(1) in lex.GPE_HEADS or m.group(1).lower() in _PLACE_NOUNS)
        for m in re.finditer(re.escape(name) + r"(?: (\w+))?", text))


def _people_plural(noun: str) -> bool:
    """A plural noun for people that no place has as its own: "harvesters", "fishermen",
    "families" (not "residents", "officials")."""
    if noun in _A_PLACES_PEOPLE or noun[:-1] in _STAFF:
        return False
    return people_plural(noun) or noun in ("families", "households", "communities") or (
        noun.endswith("men") and noun[:-3] + "man" in WORDNET_PERSON_NOUNS)


def classifier(before: str, after: str) -> str | None:
    """What a common noun beside the name says it is: an organisation ("the regional daily La
    Voce del Sannio", "the Civic Pact alliance", "Forward Molise, the centre-right list of ...")
    or a natural feature ("the Alqueva reservoir", "the Guadiana, the river that ..."), or a
    person ("Rebecca Thornbury, a paediatric oncologist at ...")."""
    m = _NOUN_BEFORE.search(before)
    if m is None and after.startswith(","):
        m = _SUBJECT_BEFORE.search(before)
        if m and m.group(1) in _LOC_NOUNS:
            return "LOC"
        if m and m.group(1) in _PLACE_NOUNS:
            return "GPE"
    if m and m.group(1) in lex.ORG_CLASSIFIERS:
        return "ORG"
    if m and m.group(1) in _WORK_NOUNS:
        return "WORK_OF_ART"  # "the Lebanese documentary Rooms Without Doors"
    if m and m.group(1) in _PRODUCT_NOUNS:
        return "PRODUCT"  # "the ferry Orchid Pioneer", "the payment app Hanbit Pay"
    m = _NOUN_AFTER.match(after)
    the = _THE_BEFORE.search(before) is not None
    if m and m.group(1) in lex.ORG_CLASSIFIERS_AFTER and (
            m.group(1) in _PARTY_NOUNS or the and not _NAME_NEXT.match(after, m.end())):
        return "ORG"  # "X party", "the Histadrut federation" (not "the São Paulo company X")
    # "the Histadrut labour federation": a lowercase word or two between (not "the Tartu
    # software company Parkla Systems", a place the company named after it is in)
    if the and (mc := _MODIFIED_CLASSIFIER.match(after)) and not _NAME_NEXT.match(after, mc.end()):
        return "ORG"
    if m and (m.group(1) in _LOC_NOUNS and the and m.group(1) != "coast" or m.group(
            1) in _WATERS and _ON_WATER_BEFORE.search(before)):
        return "LOC"  # "the Alqueva reservoir", "to Ndau island", "on Samiria river" (but "on
        # Chukotka coast" and "the Bushehr coast" are a region's and a city's coast)
    # "the Zambezi and Licungo rivers", "the Codri hills": a feature's plural after a list
    plural = _FEATURES_AFTER.match(after)
    if plural and plural.group(1)[:-1] in _LOC_NOUNS and (_THE_LIST_BEFORE.search(before) or (
            " and " in plural.group() or before.endswith("and ")) and _LIST_BEFORE.search(before)):
        return "LOC"
    admin = _ADMIN_PLURAL.match(after)
    if admin and (" and " in admin.group() or before.endswith("and ")):
        return "GPE"
    if _WATER_OF.search(before) or _MOUNTAIN_OF.search(before):
        return "LOC"  # "the banks of the Neman", "tributaries of the Neretva", "bridges over
        # the Spaarne" (24 rivers of the 24 such names in the gold data)
    if _ADMIN_AFTER.match(after) and _ADMIN_BEFORE.search(before):
        return "GPE"  # "the Sonitpur district", "the Ťahanovce housing estate", "Morocco’s
        # Souss-Massa region", "a herder from Zhaqing township", "from Kanti block"
    if _PEOPLES_AFTER.match(after) and not _SENTENCE_OPENS.search(before):
        return "NORP"  # (not "Young people", "Fourteen communities" opening a sentence)
    if _A_PEOPLE.match(after):
        return "NORP"  # "the Urak Lawoi, one of the seafaring peoples Thais call Chao Le"
    m = _appositive(after) if not _REPORTED_BY.match(after) else None
    if m and _OF_PEOPLE.match(after, m.end()):
        return "GPE"  # "Tacuarembó, a department of about 90,000 people"
    noun = _singular(m.group(1)) if m else None  # ("one of the oldest canneries")
    also = _AND_NEXT.match(after, m.end()) if m else None
    if m and (noun in lex.ORG_CLASSIFIERS or also and also.group(1) in lex.ORG_CLASSIFIERS):
        return "ORG"  # "a Taiwanese chip designer and manufacturer"
    if noun in _LOC_NOUNS:
        return "LOC"
    if noun in _PLACE_NOUNS:
        return "GPE"  # "Quimiag, a parish in the canton of Riobamba"
    if noun in _WORK_NOUNS:
        return "WORK_OF_ART"  # "Salt Road, a drama about ...", "X, the top prize of ..."
    if noun == "processor" and _MODIFIER_BEFORE.search(after, 0, m.start(1)):
        return "ORG"  # "Pelangi Tuna, a fish processor" (but "Kestrel X9, a processor")
    if noun in _PRODUCT_NOUNS:
        return "PRODUCT"  # "Tetravia, a single-dose vaccine made by ..."
    if noun in ("language", "dialect"):
        return "LANGUAGE"  # "Tenyidie, the Angami language"
    if m and noun.startswith(("vice-", "co-", "deputy-", "ex-")):
        noun = noun.split("-", 1)[1]  # "the province's vice-governor"
    if m and (noun in lex.ROLE_WORDS or noun == "head" or noun.endswith(lex.PERSON_SUFFIXES)) and (
            not _IN_A_PLACE.search(before)):
        # "Rebecca Thornbury, a paediatric oncologist at ..." (but "X, Brunei's largest shrimp
        # farmer," is a business, and "At a news conference in Davao City, the company's
        # vice-president, Y," names the one who speaks after the place)
        return "ORG" if _RANKED.search(after[:m.end()]) else "PERSON"
    return None


# "the managing director of X, Y,": an office of X, then Y who holds it
_OFFICE_OF = re.compile(r"\b(?<!city )(?<!town )(?<!county )(?<!district )(?<!village )"
                        r"(?<!municipal )(?:director|president|chair(?:man|woman|person)?|"
                        r"chief executive|manager|head|founder|owner|secretary|coordinator|leader|"
                        r"spokes(?:man|woman|person)|treasurer) of (?:the )?$")
_HOLDER_AFTER = re.compile(r"^,\s+(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+,")
# "According to X, a zoologist at ": the name that closes the source's apposition
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s[^.;:!?\"“”,]+,[^.;:!?\"“”,]+$")
# "X, one of the seafaring peoples", "X, a herding tribe" (not "X, a village of fishing people")
_A_PEOPLE = re.compile(r"^,\s+(?:an?|the|one\s+of\s+the)\s+(?:(?!of\b)[a-z][\w-]*\s+){0,3}?"
                       r"(?:peoples?|tribes?)\b(?![’'-])")
# "…, the city of Sokcho said.": who reports the sentence, not what the name before it is
_REPORTED_BY = re.compile(r",\s+the\s+[^,.;:\"“”]{1,60}?\s+(?:said|says|told|reported|announced|"
                          r"added)[.,]")


def _singular(noun: str) -> str:
    """"canneries" → "cannery", "rivers" → "river"; a word not a plural as it is."""
    if noun in _KNOWN_NOUNS or not noun.endswith("s"):
        return noun
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]


def _appositive(after: str):
    """The noun of an appositive after a name: the first that says what a thing is ("a
    Čačak-based freezing company", not "freezing"), else the nearest."""
    if not after.startswith(","):
        return None
    found = [m for m in (p.match(after) for p in _APPOSITIVES) if m]
    m = next((m for m in found if _singular(m.group(1)) in _KNOWN_NOUNS or m.group(1).endswith(
        lex.PERSON_SUFFIXES)), found[0] if found else None)
    if m and _singular(m.group(1)) not in _KNOWN_NOUNS:
        # "X, the wójt, or elected head, of …": a local word, then its gloss
        return _GLOSS.match(after, m.end()) or m
    return m


_GLOSS = re.compile(r",\s+or\s+(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*),")


_KNOWN_NOUNS = (lex.ORG_CLASSIFIERS | _LOC_NOUNS | _PLACE_NOUNS | _WORK_NOUNS | _PRODUCT_NOUNS
                | lex.ROLE_WORDS | {"language", "dialect"})


def merged_votes(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


CITY_WEIGHT = 3.5
# one word ending in a word for a town or a fort (Persian "abad", Sanskrit "pur", "nagar" and
# "garh", Slavic "grad", Turkic "kent"): a town's name (70 of the 71 such names in the gold
# data; the other is "Manpura", short for "Manpura Island")
_TOWN_ENDING = re.compile(r"^[A-Z]\w+(?:abad|obod|pur|pura|nagar|garh|grad|gorod|kent|shahr)$")
# Nordic names of natural features, by the word they end in: a fjord ("-fjord", "-fjorden"), a
# glacier ("-jökull", "-breen"), a river ("-joki", "-elva", "-älven"), a lake ("-sjön",
# "-vatnet"), a valley ("-dalen"), an island ("-øya"), a headland ("-höfði"), a mountain ("-fell",
# "-tunturi"); all 14 such one-word names in the gold data are features, and 6 of the 8 in "-fjord"
# (the other two are villages named after theirs)
_FEATURE_ENDING = re.compile(r"^[A-ZÀ-Þ]\w+(?:fjorden?|jökull|breen|joki|elva|älven|sjön|vatnet|"
                             r"dalen|øya|höfði|fell|tunturi)$")
# a Dutch, German or Nordic bridge, street or square by its last syllable (all 10 such names in
# the gold data: "Frösöbron", "Heuvelstraat", "Piusplein"; not "Hebron")
_STREET_ENDING = re.compile(r"^[A-ZÀ-Þ]\w{3,}(?:brug|brücke|bron|broen|brua|straat|plein|laan|"
                            r"gracht|kade|steeg|straße|strasse|gasse|allee)$")
_ROAD_CODE = re.compile(r"[A-Z]{1,3}-?\d{1,4}")
_ROAD_AFTER = re.compile(r"\s+(?:highway|motorway|road|expressway|freeway|autoroute|autobahn|"
                         r"bypass|trunk road|ring road)\b")
_ALONG_BEFORE = re.compile(r"\balong the\s+$")
# "the Port of Duqm", "the Province of Alicante": what comes after is a place
_OF_PLACE = re.compile(r"\b(?:Port|City|Province|Municipality|Governorate|Prefecture|Region|"
                       r"District|Canton) of ([A-Z][\w’'-]+)\b(?! [A-Z])")


# "Ceredigion County Council", "Mbale City Council": the name before is the place it governs
# (not "the British Council", "the Refugee Council")
_COUNCIL_OF = re.compile(r"\b([A-Z][\w’'-]+) (?:County|City|District|Town|Borough|Municipal|"
                         r"Regional|Parish|Village|Shire) Council\b")


@lru_cache(maxsize=4)
def _of_places(text: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in _OF_PLACE.finditer(text)) | frozenset(
        m.group(1) for m in _COUNCIL_OF.finditer(text))
# first words of towns' names: a saint's, a port's, a fort's ("St Elizabeth", "Puerto Pailas"),
# a Filipino or Malay village's or hamlet's ("Barangay Tabuc Suba", "Sitio Talaba", "Kampung
# Ayer"), a new town's ("Nuevo Rocafuerte"), a Persian or Malay port's ("Bandar Anzali"), a
# Slavic, Greek or Dutch town's upper, lower, great, new or old part ("Nizhny Bestyakh", "Nový
# Bor", "Nea Karvali", "Nieuw Nickerie")
_SAINT_TOWN = re.compile(r"(?:Saint|Sainte|St|Ste)-[A-Z][^\s]*$")
_SETTLEMENT_LEADS = frozenset("St St. Saint Puerto Porto Port Fort Ciudad Vila Barrio Barangay "
                              "Sitio Sítio Purok Kampung Kampong Desa Kota Teluk Zaouiat Zaouia "
                              "Douar Bandar Kuala Nuevo Nueva Nizhny Nizhniy Verkhny Verkhniy "
                              "Veliky Velikiy Velikaya Velké Velký Velká Nový Nová Nové Nowy "
                              "Nowa Stary Stara Stará Staré Dolní Horní Nea Nieuw Nieuwe".split())
# "Sidi Barrani", "Beni Isguen", "Ain Chkef": two words, the first a North African town's (a
# person's name that opens so has more words: "Sidi Mohamed Ould Cheikhna")
_ARABIC_LEADS = frozenset({"Sidi", "Beni", "Ain", "Aïn"})
# last words of towns' names: Romanian great and small, Slavic village, Spanish north
# ("Slobozia Mare", "Rovinjsko Selo", "Ilocos Norte"; not a company's "Estaleiros Navais do
# Atlântico Norte")
_SETTLEMENT_TAILS = frozenset({"Mare", "Mic", "Selo", "Norte"})
_SAINTS = frozenset({"St", "St.", "Saint"})
TOWN_WEIGHT = 2.0


def decide_label(text, cs, names, name, votes, model_votes) -> str | None:
    """Label by the whole document: the model's share (at most 3), context (titles, speech
    verbs, "the town of"), then the names themselves (lexicon 6, head word 4, a person's shape)."""
    total: dict[str, float] = {}
    model: dict[str, float] = {}
    for n in set(names):
        for lab, w in votes.get(norm_key(n), {}).items():
            total[lab] = total.get(lab, 0) + w
        for lab, w in model_votes.get(norm_key(n), {}).items():
            model[lab] = model.get(lab, 0) + w
    total = {k: min(v, 4.0) for k, v in total.items()}
    said_person = total.get("PERSON", 0) > 0  # by the text around a mention, not the model
    titled_person = total.get("PERSON", 0) >= 2.0  # by a title, an age, "who": more than a verb
    in_context = bool(total)  # any evidence from the text around the mentions
    n_model = sum(model.values())
    for lab, w in model.items():
        total[lab] = total.get(lab, 0) + 3.0 * w / n_model
    if total.get("LANGUAGE", 0) >= CLASSIFIER_WEIGHT or name in lex.LANGUAGES and not (
            lexicon_label(name) or lex.wordnet_label(name) or known_place(name)):
        # "translated into French": the language, whatever the lexicon says; and "Urdu",
        # "Swahili", names of languages that name no people or place (22 of 23 in the gold data)
        return "LANGUAGE"
    if any(has_legal_form(n) for n in names):
        return "ORG"  # "the port operator, Atlântico Terminais SA,": a legal form says company
    lexl = None
    for n in set(names):
        lexl = lexicon_label(n) or (
            lexicon_label(lex.KNOWN_ALIASES[n]) if n in lex.KNOWN_ALIASES else None)
        if lexl:
            if n in lex.COMPANY_PLACES and _written_as_place(text, cs):
                lexl = lex.COMPANY_PLACES[n]
            break
    if lexl:
        total[lexl] = total.get(lexl, 0) + 6.0
    elif lex.in_gazetteer(name):  # the full name: not "Roberto Maroni"
        total["GPE"] = total.get("GPE", 0) + CITY_WEIGHT
    elif name in lex.TOWNS and not (
            " " not in name and lex.wordnet_label(name) in ("LOC", "NORP")):
        # a small town's name, unless it is one word WordNet knows only as a river or region
        # ("Volga", "Cappadocia") or a people ("Malay"); it counts more against the model's
        # reading alone ("Wotje" ORG, its guess for words it does not know): the gold data
        # calls 10 of over 500 such towns organisations
        # (and the model's "person" for a name of several words no person has, as "Grand
        # Falls-Windsor", that nothing around it calls a person)
        top = max(model, key=model.get) if model else None
        unknown = top not in (None, "PERSON", "GPE", "LOC", "FAC") and not in_context or (
            top == "PERSON" and " " in name and not person_shape(name) and not said_person)
        total["GPE"] = total.get("GPE", 0) + (CITY_WEIGHT if unknown else TOWN_WEIGHT)
    elif label := lex.wordnet_label(name):  # "Danube", "Tuareg": not in GeoNames' lists
        total[label] = total.get(label, 0) + CITY_WEIGHT
    elif _TOWN_ENDING.search(name):  # "Muminobod", "Chakradharpur", "Momchilgrad"
        total["GPE"] = total.get("GPE", 0) + CITY_WEIGHT
    elif _FEATURE_ENDING.search(name):  # "Tempelfjorden", "Eldfell", "Ounasjoki"
        total["LOC"] = total.get("LOC", 0) + CITY_WEIGHT
    elif _STREET_ENDING.search(name):  # "Frösöbron", "Marienbrücke", "Spoorlaan"
        total["FAC"] = total.get("FAC", 0) + CITY_WEIGHT
    if name in _of_places(text):
        total["GPE"] = total.get("GPE", 0) + CITY_WEIGHT  # "Duqm" of "the Port of Duqm"
    head = head_label(name)
    if head == "ORG" and (dept := _DEPARTMENT.fullmatch(name)) and known_place(
            dept.group(1)) and dept.group(1) not in lex.COUNTRIES:
        head = "GPE"  # "Colombia's Sucre Department": a region, as Andean and French ones are
    own = votes.get(norm_key(name), {})
    if any(w >= CLASSIFIER_WEIGHT and lab not in (head, "PERSON") for lab, w in own.items()):
        head = None  # the article says what it is: "Salt Road, a drama about ..."
    words = name.split()
    arabic = len(words) == 2 and words[0] in _ARABIC_LEADS and not titled_person
    # a town by its first or last word: "St Elizabeth", "Puerto Pailas", "Slobozia Mare"
    # (and one word joined to a saint's, as French towns are: "Saint-Julien-de-Concelles", 12
    # places of the 16 such names in the gold data, the rest surnames, a firm and a church)
    settlement = " " in name and (words[0] in _SETTLEMENT_LEADS or (
        words[-1] in _SETTLEMENT_TAILS and name.istitle())) or _SAINT_TOWN.match(name)
    if not head and not lexl and (settlement or arabic):
        total["GPE"] = total.get("GPE", 0) + CITY_WEIGHT
        if words[0] not in _SAINTS:
            total.pop("PERSON", None)  # "an elder from Sitio Talaba, said": no one's name
    # ("Walvis Bay" is the town; "Cape Verdean", a people's word, has no head word)
    if head and not (" " in name and name in lex.CITIES) and lexl != "NORP":
        total[head] = total.get(head, 0) + 4.0
    if person_shape(name) and not any(w in lex.NORP_WORDS for w in name.split()):
        if own.get("NORP", 0) < CLASSIFIER_WEIGHT:  # (but "a Red Dao herbalist" is a people)
            total["PERSON"] = total.get("PERSON", 0) + total.pop("NORP", 0)
        if surname_speaks(text, name):  # 'Ewa Lisiecka abstained … "…," Lisiecka said'
            total["PERSON"] = total.get("PERSON", 0) + 2.0
            said_person = True
    if any(is_acronym(n) for n in names) and len(set(names)) > 1:
        total["ORG"] = total.get("ORG", 0) + 1.0
        total.pop("PERSON", None)
    # the shape of a person's name counts, unless the article says what the name is ("the party
    # Molise Domani", "the town of Port Alden"), or the model tags it more often as something
    # else and nothing around it says it is a person's ("the fashion house Casa Valmora")
    if person_shape(name) and total.get("PERSON", 0) > 0 and not any(
            w >= CLASSIFIER_WEIGHT and lab != "PERSON" for lab, w in own.items()) and (
            said_person or model.get("PERSON", 0) >= max(model.values(), default=0)):
        total["PERSON"] = total.get("PERSON", 0) + 3.0
    plural = " " in name and _common_plural_tail(text, name)
    if " " in name and not titled_person and (plural or _the_plural(text, name)) or (
            plural and not model.get("PERSON")):  # ("their operator, Peloro Ferries, said")
        # "Taff Valley Buses", "Guernsey Ports": a name ending in a plural the text also writes
        # as a common noun ("the buses") names no one (no person's name in the gold data does;
        # 152 organisations' do), and is most often an organisation's; so does one that takes
        # "the" ("beating the Kerowagi Rivermen": 30 organisations of the 63 such names in the
        # gold data, the rest places, works and events, no person)
        total.pop("PERSON", None)
        if not total:
            return "ORG"
    if not total:
        # no model, no lexicon: guess from the name's shape
        if person_shape(name):
            return "PERSON"
        if is_acronym(name):
            return "ORG"
        return _guess_single(text, cs)
    best = max(sorted(total), key=total.get)
    if best == "ORG" and not (lexl or head) and total.get("ORG", 0) <= 3.0 and _only_placed(
            text, name):
        best = "GPE"  # "villages around Launglon", "singers from Vose": the model's guess for
        # a word it does not know, where the text names it only as a place
    if best == "PERSON" and " " not in name and not glued_person(name) and not any(
            votes.get(norm_key(n), {}).get("PERSON") for n in names) and not _speaking_words(
            text).get(name):
        # one word the model calls a person, which nothing around it says is one and which no
        # full name explains: news names people in full, so it is most often a town
        total.pop("PERSON")
        best = max(sorted(total), key=total.get) if total else "GPE"
    if best in ("GPE", "LOC") and lexl in ("GPE", "LOC"):
        return lexl  # "in West Africa": the text says a place, the lexicon says which kind
    # "the Munda and Oraon communities": a people the text calls one, not a town of that name
    if best in ("GPE", "LOC") and not lexl and own.get("NORP", 0) >= CLASSIFIER_WEIGHT:
        return "NORP"
    # "the Zambezi and Licungo rivers", "across the Daugava": what the text calls it, not a town
    # (but "the Kivalliq region" says a region)
    if best == "GPE" and not lexl and (own.get("LOC", 0) >= CLASSIFIER_WEIGHT or (_takes_the(
            text, cs, name) or name in lex.CITIES and _along_the(text, cs, name)) and own.get(
            "GPE", 0) < CLASSIFIER_WEIGHT):
        return "LOC"
    # "along the Tisza", "where the Narmada runs": a river the model took for an organisation
    if best == "ORG" and not (lexl or head) and total.get("ORG", 0) <= 3.0 and _along_the(
            text, cs, name):
        return "LOC"
    return best


_PLURAL_TAIL = re.compile(r"[A-Z][a-z]+(?:s|men)")


def _plural_tail(name: str) -> bool:
    """Whether a name's last word is a plural: "Buses", "Rivermen" (not "Hess", "Marcus")."""
    last = name.rsplit(" ", 1)[-1]
    return _PLURAL_TAIL.fullmatch(last) is not None and not last.endswith(("ss", "us", "is"))


def _the_plural(text: str, name: str) -> bool:
    return _plural_tail(name) and (f"the {name}" in text or f"The {name}" in text) and re.search(
        rf"\b[Tt]he {re.escape(name)}\b", text) is not None


def _common_plural_tail(text: str, name: str) -> bool:
    if not _plural_tail(name):
        return False
    last = name.rsplit(" ", 1)[-1]
    low = last.lower()
    words = _word_set(text)
    return low in words or low[:-1] in words


@lru_cache(maxsize=4)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text))


# "across the Daugava", "in the Lowveld", "the Volga, which …": a one-word place that takes "the"
# is a river or a region, as towns are not (countries are in the lexicon). Not "the Maradi and
# Tahoua regions", where "the" belongs to the noun after a list.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_FEATURE_AFTER = re.compile(
    r"(?:[" + APOS + r"]s\b)?(?:[,.;:)]|\s+(?:and|or|but|in|on|at|to|into|near|from|for|by|with|"
    r"between|since|after|before|during|until|as|where|which|that|when|while|is|are|was|were|"
    r"has|have|had|will|would|could|can|may|do|does|did|also|still|flows|runs|rises|[a-z]+ed|"
    r"(?:north|south)(?:-(?:east|west))?|east|west|upstream|downstream)\b)")
_LISTED_BEFORE_NOUN = re.compile(
    r"(?:,? (?:and |or )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)+ [a-z]+s\b")


# "down the Vrbas", "beside the Solimões", "the Inn meets the Danube": a river's or a coast's
# way of being written, which neither a town nor an organisation shares
_ALONG_THE = re.compile(r"\b(?:along|alongside|beside|across|down|up|over|off|past|into|"
                        r"below|above|on|bank of|banks of|mouth of)\s+the\s+$")
_FLOWS_AFTER = re.compile(r"\s+(?:meets|joins|flows|runs|rises|drains|floods|burst|bursts|"
                          r"overflowed|carries|carried|winds|empties)\b")


def _along_the(text: str, cs, name: str) -> bool:
    return " " not in name and not is_acronym(name) and any(
        " " not in text[c.start:c.end] and (_ALONG_THE.search(
            text, max(0, c.start - 16), c.start) or _THE_BEFORE.search(
            text, max(0, c.start - 5), c.start) and _FLOWS_AFTER.match(text, c.end))
        for c in cs)


def _takes_the(text: str, cs, name: str) -> bool:
    return " " not in name and not is_acronym(name) and name not in lex.CITIES and any(
        " " not in text[c.start:c.end] and _THE_BEFORE.search(text, max(0, c.start - 5), c.start)
        and _FEATURE_AFTER.match(text, c.end) and not _LISTED_BEFORE_NOUN.match(text, c.end)
        for c in cs)


# "down the Amazon", "the Brazilian Amazon", "Ecuador's southern Amazon region", "Amazon forest":
# how a place is written (but not "the Amazon warehouse", the company's)
_PLACE_BEFORE = re.compile(
    r"\b(?:[Tt]he(?:\s+[A-Z]\w+an)?|(?:north|south|east|west)(?:ern)?|upper|lower|central)\s+$")
_PLACE_AFTER = re.compile(r"\s+(?:region|basin|forest|rainforest|jungle|river|delta|states?)\b")
_COMPANY_THINGS = re.compile(
    r"\s+(?:warehouses?|app|stores?|accounts?|websites?|site|deals?|shares|stock|boss|founder|"
    r"workers|employees|staff|union|deliver(?:y|ies)|drivers?|packages?|orders?|devices?|"
    r"platform|sellers?|subscriptions?|contracts?|offices?|headquarters|brand|products?|"
    r"spokes(?:man|woman|person))\b")


def _written_as_place(text: str, cs) -> bool:
    return any(_PLACE_AFTER.match(text, c.end) or _PLACE_BEFORE.search(
        text, max(0, c.start - 20), c.start) and not _COMPANY_THINGS.match(text, c.end)
        for c in cs)


_SPEECH_VERBS = lex.SPEECH_VERBS - {"according", "called", "described", "pointed"}
_SPEECH = "|".join(sorted(_SPEECH_VERBS))
_SPEECH_WORD = re.compile(rf"\b(?:{_SPEECH}|([Aa]ccording to))\b")
_SPEAKER_WORD = re.compile(r"\w[\w'’-]*")
_SPEAKER_NEXT = re.compile(r"\s+(" + _SPEAKER_WORD.pattern + ")")  # "said Lisiecka"


@lru_cache(maxsize=4)
def _speaking_words(text: str) -> dict[str, set[str]]:
    """Each word right before or after a speech verb, with the words beside it (one pass)."""
    found: dict[str, set[str]] = {}
    after: list[str] = []
    for v in _SPEECH_WORD.finditer(text):  # the verb first: a search from every position is slow
        if m := _SPEAKER_NEXT.match(text, v.end()):
            after.append(m.group(1))
        if v.group(1):
            continue  # ("according to" is followed, not preceded, by who speaks)
        # the two whole words in the 120 characters before it ("… Lisiecka [said]"), split
        # off rather than searched for from every position
        lo, end = max(0, v.start() - 120), v.start()
        if not text[end - 1:end].isspace():
            continue
        words = text[lo:end].split()
        if len(words) < 2 or not _SPEAKER_WORD.fullmatch(words[-1]):
            continue
        if len(words) == 2 and lo > 0 and not text[lo - 1].isspace() and not text[lo].isspace():
            continue  # (a word cut by the window's start)
        found.setdefault(words[-1], set()).add(words[-2])
    for word in after:
        found.setdefault(word, set()).add("")
    return found


def says_next(text: str, end: int) -> bool:
    """Whether the word after ``end`` is a speech verb ("Msunduzi [said] in a statement")."""
    after = text[end:end + 20].split()[:1]
    return bool(after) and after[0].strip(",.") in _SPEECH_VERBS


def speaks(text: str, word: str) -> bool:
    """Whether ``word`` is the subject of a speech verb somewhere ("Chamorro said")."""
    return bool(_speaking_words(text).get(word))


def clear_caches() -> None:
    """Forget the per-text caches (a benchmark timing one article again needs this)."""
    _of_places.cache_clear()
    _speaking_words.cache_clear()
    _lists.cache_clear()
    _word_set.cache_clear()
    head_label.cache_clear()
    is_acronym.cache_clear()
    is_name_word.cache_clear()
    lexicon_label.cache_clear()


def surname_speaks(text: str, name: str) -> bool:
    """Whether the last word of a person-shaped name is the subject of a speech verb somewhere
    ("Lisiecka said", "said Lisiecka"), as people's surnames are and organisations' are not
    (they speak by their whole names, which do not count)."""
    words = name.split()
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in PARTICLES:
        i -= 1  # "de los Reyes": the surname with its particles
    if i == len(words) - 1:
        beside = _speaking_words(text).get(words[-1])
        return bool(beside) and any(w != words[-2] for w in beside)
    # '"…," de los Reyes said', "said De los Reyes": the particles without the given name
    surname = r"\s+".join([f"(?i:{re.escape(w)})" for w in words[i:-1]] + [re.escape(words[-1])])
    for m in re.finditer(rf"\b{surname}\b", text):
        before = text[max(0, m.start() - 40):m.start()].split()[-2:]
        after = text[m.end():m.end() + 20].split()[:1]
        if before and before[-1] in _SPEECH_VERBS or [w.lower() for w in before] == [
                "according", "to"] or (
                after and after[0].strip(",.") in _SPEECH_VERBS and before[-1:] != [words[i - 1]]):
            return True
    return False


# the words before a place's name ("in Tartu", "the road to Kuva"); where a name follows nothing
# else, it is a place: of the one-word names the gold data writes only so, 2,898 are towns,
# regions or countries and 11 are organisations
_PLACED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(
    _PLACE_PREPOSITIONS | {"at", "from", "to", "towards", "via", "through", "beyond"})) + r")\s+$")
_HELD_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_HELD_IN)) + r")\s+in\s+$")


def _only_placed(text: str, name: str) -> bool:
    """Whether a one-word name only ever follows a place's preposition ("in X", "from X"), and
    never owns anything ("X's")."""
    if " " in name or is_acronym(name):
        return False
    found = False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        before = text[max(0, m.start() - 30):m.start()]
        if not _PLACED_BEFORE.search(before) or _HELD_BEFORE.search(before) or (
                _POSSESSED.match(text, m.end())):
            return False
        found = True
    return found


def _guess_single(text, cs) -> str | None:
    for c in cs:
        before = text[max(0, c.start - 6):c.start]
        if re.search(r"\b(?:in|at|from|to|of)\s$", before):
            return "GPE"
    return None
