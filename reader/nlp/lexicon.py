"""Word lists for attribution: speech verbs, statement nouns, pronouns, titles."""

from __future__ import annotations

from pathlib import Path

# Lemmas of verbs that introduce or attribute someone's words (reporting verbs in news).
SPEECH_VERBS = frozenset("""
    say tell add declare state write note comment explain continue ask reply respond answer
    claim insist argue warn announce tweet post describe call highlight stress emphasise
    emphasize reason assert admit acknowledge conclude suggest report confirm deny recall remark
    observe mention predict promise vow pledge urge caution complain concede contend maintain
    reiterate repeat quip joke shout cry whisper testify characterise characterize label dub
    praise criticise criticize slam blast accuse welcome recount express quote point
    decry lament proclaim exclaim retort counter boast agree disagree estimate
    allege threaten demand instruct advise tout hail dismiss
""".split())

# Inflected forms for pipelines without a lemmatizer (the rule-based fallback).
SPEECH_FORMS = frozenset("""
    said says saying told tells added adds adding declared declares stated states wrote writes
    noted notes commented explained continued continues asked asks replied responded answered
    claimed claims insisted argued argues warned warns announced tweeted posted described called
    highlighted stressed emphasised emphasized reasoned asserted admitted acknowledged concluded
    suggested reported confirmed denied recalled remarked observed mentioned predicted promised
    vowed pledged urged cautioned complained conceded contended maintained reiterated repeated
    quipped joked shouted testified expressed quoting quoted
""".split())

# "pointed out": "point" only counts with the particle "out".
NEEDS_PARTICLE = {"point": "out"}

# Nouns that make a sentence an attribution of what follows ("X issued a statement: ...").
STATEMENT_NOUNS = frozenset("""
    statement statements interview speech release remarks tweet post letter message announcement
    blog op-ed editorial address testimony report comments
""".split())

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Head nouns of a person described, not named ("a patient from Cardiff", "one neighbour").
PERSON_NOUNS = frozenset("""
    patient resident neighbour neighbor witness worker employee official teacher doctor nurse
    woman man mother father student passenger driver victim farmer owner survivor parent source
    volunteer pilot customer user fan voter protester villager shopkeeper tourist refugee
    figure member chairperson guide diver ranger herder fisher shepherd retiree commuter motorist
    climber hiker caretaker monk nun veteran soldier sailor housewife head
""".split())
# Every noun for a person that WordNet knows ("courier", "diver", "herder"): data/person_nouns.txt
WORDNET_PERSON_NOUNS = frozenset(
    line for line in (Path(__file__).parent / "data" / "person_nouns.txt").read_text(
        encoding="utf-8").split("\n") if line and not line.startswith("#"))


def people_plural(word: str) -> bool:
    """A plural of people: "adults", "Residents", "children"."""
    low = word.lower()
    return low in ("people", "children", "men", "women") or low.endswith("s") and (
        low[:-1] in PERSON_NOUNS or low[:-1] in WORDNET_PERSON_NOUNS)


GROUP_PRONOUNS = frozenset({"they", "we", "them"})
THING_PRONOUNS = frozenset({"it"})

# Titles and honorifics that precede a name but are not part of it.
TITLES = frozenset("""
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady president
    senator sen. governor gov. minister secretary mayor judge justice rev. reverend father
    ayatollah sheikh king queen prince princess chancellor premier general gen. colonel col.
    captain capt. sergeant sgt. officer chief coach administrator director spokesman
    spokeswoman spokesperson undersecretary representative rep. commissioner ambassador
""".split())

# Words before a quoted term that mention it as a name or a word ("the words", "known as").
NAMING_WORDS = frozenset({
    "word", "words", "term", "terms", "phrase", "name", "named", "titled", "entitled",
    "so-called", "dubbed", "nicknamed", "known as", "called it", "label", "slogan", "hashtag",
    "headline", "motto", "call", "calls", "called", "nickname", "listed as", "labelled as",
    "labeled as", "marketed as", "advertised as", "sold as", "branded as",
})

# Head nouns of definite descriptions that refer back to an organisation ("the company said").
# "the government" is left out: news keeps it as a description of its own.
ORGANISATION_NOUNS = frozenset("""
    company firm group agency organisation organization corporation bank airline carrier
    retailer insurer manufacturer maker ministry department council municipality city town
    club union party university newspaper paper network broadcaster committee commission board
    foundation charity institute association federation league regulator authority watchdog
    tribunal court fund consortium alliance trust cooperative coalition centre center
    directorate inspectorate secretariat bureau office
""".split())
PLACE_ORGANISATION_NOUNS = frozenset({"city", "town", "municipality", "council"})
# ("the group" is not among them: it may be a company's group or a campaigners' one)
COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "airline", "carrier",
                           "retailer", "insurer", "manufacturer", "maker", "bank"})

# Prepositions that only locate a person ("a worker at Daventry"), not make them speak for it.
LOCATIVE_PREPOSITIONS = frozenset({"at", "in", "from", "near", "on", "outside", "inside"})
