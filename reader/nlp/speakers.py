"""Who is speaking: the speaker named by a reporting verb, a pronoun, a description.

``Context`` indexes one document's tokens, quotes and entity mentions; the functions here turn a
reporting cue (a verb, "according to X", a colon) into a ``Speaker``: the entity it names, a
person or organisation a pronoun or "the company" refers back to, or a description kept as
written ("a patient from Cardiff").  ``quotes`` decides which cue belongs to which quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.document import Span
from reader.nlp.ent_lexicon import (
    COMPANY_HEADS, DAYS_MONTHS, ORG_HEADS, PERSON_SUFFIXES, ROLE_WORDS,
)
from reader.nlp.ent_lexicon import TITLES as ENT_TITLES
from reader.nlp.ent_names import PARTICLES, has_legal_form, head_word
from reader.nlp.lexicon import (
    COMPANY_NOUNS, GROUP_PRONOUNS, LOCATIVE_PREPOSITIONS, NEEDS_PARTICLE, ORGANISATION_NOUNS,
    PERSON_NOUNS, PERSON_PRONOUNS, PLACE_ORGANISATION_NOUNS, SPEECH_FORMS, SPEECH_VERBS,
    STATEMENT_NOUNS, THING_PRONOUNS, TITLES, WORDNET_PERSON_NOUNS,
)
from reader.nlp.quotemarks import MARKS, Quoted
from reader.nlp.types import Entity


# words before a name that say "he" or "she": "Mrs X", "whose husband X", "his son, X,"
_GENDER_WORDS = (
    {w: "he" for w in "Mr husband son brother father grandfather uncle nephew boyfriend "
                      "widower".split()}
    | {w: "she" for w in "Mrs Ms Miss wife daughter sister mother grandmother aunt niece "
                         "girlfriend widow".split()})
_GENDERED_BEFORE = re.compile(r"\b(" + "|".join(_GENDER_WORDS) + r")\.?,?\s+$")


@dataclass(frozen=True)
class Speaker:
    name: str
    entity_id: str | None
    cue: str
    named: bool  # an entity or a proper name, not a description


class Context:
    """Token and mention look-ups over the whole document."""

    def __init__(self, text: str, parsed, entities: list[Entity], quoted: list[Quoted],
                 paragraphs: list[Span]):
        self.text = text
        self.parsed = parsed
        self.paragraphs = paragraphs
        self._paragraph_starts = [p.start for p in paragraphs]
        self.has_parse = bool(parsed) and parsed[0][1].has_annotation("DEP")
        self.quoted = quoted
        self._quote_starts = [q.start - 1 for q in quoted]
        mentions = sorted(
            (m.start, m.end, e) for e in entities for m in e.mentions
        )
        self.mentions = mentions
        self._mention_starts = [m[0] for m in mentions]
        self._bases = {id(sdoc): base for base, sdoc in parsed}

        self._by_id = {e.id: e for e in entities}
        # "he" or "she", where the text says which (and says it one way only)
        said: dict[str, set[str]] = {}
        for start, _end, ent in mentions:
            m = ent.label == "PERSON" and _GENDERED_BEFORE.search(text, max(0, start - 20), start)
            if m:
                said.setdefault(ent.id, set()).add(_GENDER_WORDS[m.group(1).rstrip(".")])
        self._pronoun = {i: p.pop() for i, p in said.items() if len(p) == 1}
        self.organisations = [e for e in entities if e.label == "ORG"]
        self.last_speaker: Speaker | None = None
        # a role word to the person a sentence named with it: "said the nokó, or community
        # leader, of Pijibasal, Leonel Cunampia Dogirama," makes him "the nokó" later on
        self.roles: dict[str, str] = {}

    def fits(self, entity_id: str, pronoun: str) -> bool:
        """Whether a person may be "he" or "she": not when the text says otherwise."""
        return self._pronoun.get(entity_id, pronoun) == pronoun or pronoun not in ("he", "she")

    def parsed_base(self, tok) -> int:
        return self._bases[id(tok.doc)]

    def entity(self, entity_id: str | None) -> Entity | None:
        return self._by_id.get(entity_id) if entity_id else None

    def label_of(self, entity_id: str) -> str | None:
        e = self.entity(entity_id)
        return e.label if e else None

    def paragraph_at(self, pos: int) -> int:
        """Index of the paragraph holding (or last starting before) ``pos``."""
        return bisect.bisect_right(self._paragraph_starts, pos) - 1

    def subject_rank(self, start: int, end: int) -> int:
        """2 when the name at start:end is the subject of its sentence's main verb, 1 of another
        clause ("… the money Pascoe made"), 0 when it is no subject."""
        if not self.has_parse:
            return 2
        base, sdoc = self.parsed[self.paragraph_at(start)]
        span = sdoc.char_span(start - base, end - base, alignment_mode="expand")
        if span is None:
            return 0
        root = span.root
        while root.dep_ == "appos" and root.head.i != root.i:
            root = root.head  # "Its largest shareholder, Kiriyama Shipping, said", "the group
            # X, whose coordinator, Y, described" (as the parse reads it)
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "Trinidad and Tobago's head coach, X, said", read as two subjects
        # a name the parse cut at its hyphen: "Kavaliova" npadvmod, "-" and "Shpak" subjects
        root = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass")
                     and not span.start <= t.head.i < span.end), root)
        if root.head.lower_ == "to" and root.head.head.lower_ == "according":
            return 2  # "According to Shikongo, the sensors …": the sentence's source (also when
            # the parse reads a name's first word as a preposition: "According to Per Olof X")
        if root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass"):
            return 1  # "Rakotondrabe's union wants …": a subject's owner, if no subject names
        if root.dep_ == "pobj" and root.head.dep_ == "agent":
            return 1  # "… were represented by X", "divers led by X": a passive's doer
        if root.dep_ not in ("nsubj", "nsubjpass"):
            # "… went to Esteban Quirós, 24, who beat Kevin Alas": the subject of a clause on him
            return 1 if any(c.dep_ == "relcl" and any(
                w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
                for c in root.children) else 0
        return 2 if root.head.dep_ == "ROOT" else 1

    def quote_at(self, pos: int) -> Quoted | None:
        """The quote whose marks or words are at ``pos``."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return self.quoted[i] if i >= 0 and pos < self.quoted[i].end + 1 else None

    def in_quote(self, pos: int) -> bool:
        return self.quote_at(pos) is not None

    def mentions_in(self, start: int, end: int):
        """Mentions overlapping start:end (a name is never longer than a few hundred chars)."""
        i = bisect.bisect_left(self._mention_starts, start - 300)
        out = []
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][1] > start:
                out.append(self.mentions[i])
            i += 1
        return out

    def mentions_before(self, pos: int, window: int):
        i = bisect.bisect_left(self._mention_starts, pos) - 1
        while i >= 0 and self.mentions[i][0] >= pos - window:
            if not self.in_quote(self.mentions[i][0]):
                yield self.mentions[i]
            i -= 1


def colon_speaker(ctx: Context, before) -> Speaker | None:
    """A colon introduction with no reporting verb: 'The union leader, X, was blunt: "…"'."""
    if not ctx.has_parse:
        return None
    inside = {t.i for t in before}
    # the clause the colon closes ("…, and the deputy minister, X, set out the position:"),
    # then the clause heads of the introduction, outermost first
    heads = [before[-1].head] if before[-1].head.i in inside else []
    for tok in heads + [t for t in before if t.head.i not in inside or t.head.i == t.i]:
        if _contact_clause(tok):
            continue  # "X gave an account of the afternoon the inspectors came:" (not them)
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                and not any(g.dep_ == "case" for g in c.children)  # not "the union's demands"
                and not _whose(c)]
        if not subj and (tok.dep_ == "ROOT" or tok.head.i not in inside) and tok.pos_ in (
                "NOUN", "PROPN") and any(
                c.dep_ == "acl" and c.i > tok.i and any(g.dep_ == "dobj" for g in c.children)
                for c in tok.children):
            subj = [tok]  # "Its president, X, 61, described the harvest:", read as "the
            # president described …" with no verb of its own, whether the parse made it the
            # root or hung it on the quote: the president did it
        if subj and subj[0].dep_ == "nsubjpass":
            # "The verdict was read by Judge X, who presided over the trial:": the judge
            subj = [g for c in tok.children if c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj"] or subj
        voice = _through_person(ctx, tok, ":") if subj else None
        if voice is not None:
            return voice
        if subj and tok.dep_ != "ROOT" and _mute_thing(ctx, subj[0]):
            continue  # "X, 34, gave her account of the first morning the tap ran:" (not the tap)
        if subj:  # ("Presiding judge X read …", read as two subjects: the name)
            found = speaker_from(ctx, next((c for c in subj if c.pos_ == "PROPN"), subj[0]), ":")
            if found is not None and found.entity_id is None:
                # "hundreds of strikers marched to the ministry, where X addressed them:": X
                named = next((s for s in _clause_subjects(ctx, before, tok.i)
                              if ctx.label_of(s.entity_id) == "PERSON"), None)
                return named or found
            return found
    # the parse hung the introduction on the quote ("Asked what it meant, she was blunt:"): the
    # subject of its last clause; else the sentence's subject wherever the parse hung it ("X,
    # 34, whose daughter was treated there, described what happened:")
    found = next(_clause_subjects(ctx, before, -1), None)
    if found is None:
        subj = _sentence_subject(before[0].sent, lambda t: ctx.in_quote(ctx.parsed_base(t) + t.idx))
        found = speaker_from(ctx, subj, ":") if subj is not None else None
    return found


def _mute_thing(ctx: Context, tok) -> bool:
    """A common noun for a thing, which says nothing: "the tap" (not "the ministry", "the
    nurse", nor a name)."""
    at = ctx.parsed_base(tok) + tok.idx
    return tok.pos_ == "NOUN" and not _is_person_noun(tok) and (
        tok.lemma_.lower() not in ORGANISATION_NOUNS) and not any(
        ctx.mentions_in(at, at + len(tok)))


def _clause_subjects(ctx: Context, before, after: int):
    """Speakers named by the subjects in ``before`` past token ``after``, the last first."""
    for t in reversed(before):
        if _contact_clause(t):
            continue  # (not "the machines" of "described the morning the machines arrived:")
        for c in t.children:
            if c.dep_ == "nsubj" and c.i > after and c.tag_ not in ("WP", "WDT") and not (
                    ctx.in_quote(ctx.parsed_base(c) + c.idx)) and not (  # ("what happened")
                    _whose(c)):
                found = speaker_from(ctx, c, ":")
                if found is not None:
                    yield found


_WHEN_NOUNS = frozenset("day night morning afternoon evening week month year hour moment time "
                        "minute season summer winter spring autumn".split())


def _contact_clause(tok) -> bool:
    """A clause that says when, with no relative pronoun: "the afternoon the inspectors came",
    "the morning the machines arrived" (the parse may hang it on the main verb as a conjunct)."""
    if tok.dep_ == "relcl":
        return not any(c.tag_ in ("WP", "WDT", "WRB") for c in tok.children)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    edge = subj.left_edge.i if subj is not None else 0
    return tok.dep_ == "conj" and edge > 0 and tok.doc[edge - 1].lower_ in _WHEN_NOUNS


def _whose(tok) -> bool:
    """ "X, a driver whose son was the first child on the table, described …:": the subject of
    a relative clause about someone else's (the parse may hang it on the main verb)."""
    return any(c.tag_ == "WP$" for c in tok.children)


def cues(ctx: Context, tokens) -> list[Speaker | None]:
    """One per token: the speaker of the reporting cue there, else None."""
    out = []
    for k, tok in enumerate(tokens):
        low = tok.lower_
        if low == "according" and k + 1 < len(tokens) and tokens[k + 1].lower_ == "to":
            target = _according_to_source(ctx, tokens, k)
            found = speaker_from(ctx, target, "according to") if target is not None else None
            if found is not None and found.entity_id is None:
                found = _appositive_name(ctx, target) or found
            out.append(found)
        elif _is_speech_verb(ctx, tok) and not _says_who(ctx, tok) and not _reported(
                ctx, tok) and not _hypothetical(ctx, tok) and not _absolute(ctx, tok):
            out.append(_speaker_of_verb(ctx, tok))
        else:
            out.append(None)
    return out


def _according_to_source(ctx: Context, tokens, k: int):
    """The token naming the source of "according to" at ``tokens[k]``: the name right after
    "to" (the parse of a fronted "According to X," often hangs the rest of the sentence on X)."""
    after_to = k + 2
    while after_to + 1 < len(tokens) and (tokens[after_to].text in ENT_TITLES or (
            tokens[after_to].text in PARTICLES)):
        after_to += 1  # "According to Dr. Jericho Tolentino", "… to de Caboga": the name
    # "According to Deputy Labour Minister Comfort Eze", "… to Legislative Council member X":
    # the person the capitalised words (and a role) end in, past the portfolio the titles carry
    base = ctx.parsed_base(tokens[k])
    run = after_to
    while run < len(tokens) and run < after_to + 6 and (
            tokens[run].text[:1].isupper() or run > after_to and _is_person_noun(tokens[run])):
        if any(m[2].label == "PERSON" for m in ctx.mentions_in(
                base + tokens[run].idx, base + tokens[run].idx + 1)):
            after_to = run
            break
        run += 1
    nxt = tokens[after_to] if after_to < len(tokens) else None
    obj = [c for c in tokens[k + 1].children if c.dep_ == "pobj"] if ctx.has_parse else []
    if nxt is None or nxt.pos_ != "PROPN" and obj:
        return _hyphened_whole(obj[0]) if obj else None
    owner = nxt
    while ctx.has_parse and owner.dep_ == "compound" and owner.head.i > owner.i:
        owner = owner.head
    if ctx.has_parse and (owner.dep_ == "poss" or owner.dep_ == "nmod" and owner.i + 1 < len(
            owner.doc) and owner.nbor(1).dep_ == "case") and owner.head.pos_ == "NOUN":
        return _hyphened_whole(owner.head)  # "According to Peru's coach, Ana Quispe,": the coach
    return nxt


def _hyphen_start(tok):
    """The first word of a hyphened noun the parse split ("vice" of "vice-president")."""
    while tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-1).idx == tok.idx - 1 and (
            tok.nbor(-2).idx + len(tok.nbor(-2).text) == tok.idx - 1):
        tok = tok.nbor(-2)
    return tok


def _hyphened_whole(tok):
    """The last word of a hyphened noun the parse split, unless it modifies the first:
    "vice-chairman" is the chairman (but "secretary-general" is the secretary)."""
    while tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-" and (
            tok.nbor(1).idx == tok.idx + len(tok.text)) and tok.nbor(2).head.i != tok.i:
        tok = tok.nbor(2)
    return tok


_FINDINGS = frozenset({"find", "hold", "rule"})


def _hypothetical(ctx: Context, tok) -> bool:
    """'… could deliver "500,000 doses" if the state asked': a condition reports no one."""
    return ctx.has_parse and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                 for c in tok.children)


def _absolute(ctx: Context, tok) -> bool:
    """"…, with bites now reported from March": a verb after "with" says what was reported,
    not who reported it."""
    return ctx.has_parse and (tok.dep_ == "pcomp" and tok.head.lower_ == "with" or any(
        c.dep_ == "mark" and c.lower_ == "with" for c in tok.children)) and not any(
        c.dep_ in ("aux", "auxpass", "agent") for c in tok.children)


# verbs that always report speech (unlike "answer an advert" or "ask for money")
_REPORTING = frozenset({"say", "tell", "write", "claim", "insist", "warn"})


def _reported(ctx: Context, tok) -> bool:
    """A speech verb inside what another one reports: in "The lawyer said his clients had
    answered an advert and "…"", the lawyer speaks, not the clients (but in "…, which it
    said "…"" or "while Hoekstra joked that "…"" the inner verb is the quote's own)."""
    if not ctx.has_parse:
        return False
    # 'Prosecutors said sales staff had told customers it was "illegal"' (but in "… said the
    # workers had been told that "…"", whoever told them is unknown)
    if tok.lemma_.lower() in _REPORTING and not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False
    while tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "conj", "xcomp"):
            tok = tok.head
        elif tok.dep_ == "acl" and tok.head.lemma_.lower() in STATEMENT_NOUNS:
            # "said in a statement that it would … and that drivers could report …"
            tok = tok.head.head.head if tok.head.head.dep_ == "prep" else tok.head.head
        else:
            break
        if _is_speech_verb(ctx, tok):
            return True
    return False


def _says_who(ctx: Context, tok) -> bool:
    """"who asked not to be named": a relative clause about its subject introduces no quote
    (but "which it said", "which she called" do, and so does one that says what was said:
    "the Guild, which said in a statement that the win was "…"")."""
    return ctx.has_parse and tok.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in tok.children
    ) and not any(c.dep_ == "ccomp" for c in tok.children)


def _is_speech_verb(ctx: Context, tok) -> bool:
    if not ctx.has_parse:
        return tok.lower_ in SPEECH_FORMS
    if tok.dep_ in ("dobj", "pobj", "appos"):
        return False  # a noun the tagger took for a verb: "she set out the union's demands:"
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in _FINDINGS:
        # "the judge found that …", "the court held that …": a finding reports what it says
        return any(c.dep_ == "ccomp" for c in tok.children)
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in SPEECH_VERBS:
        return False
    if tok.lemma_.lower() == "add" and any(c.dep_ == "dobj" and not ctx.in_quote(
            ctx.parsed_base(c) + c.idx) for c in tok.children):
        return False  # "would add no more than 25 minutes": adding a thing, not saying one
    if tok.lemma_.lower() == "ask" and any(c.dep_ == "prep" and c.lower_ == "for"
                                           for c in tok.children):
        return False  # "the first thing buyers ask for": a request, not a reporting verb
    particle = NEEDS_PARTICLE.get(tok.lemma_.lower())
    return particle is None or any(c.lower_ == particle for c in tok.children)


_TIME_MARKS = frozenset({"since", "after", "before", "until"})


def _speaker_of_verb(ctx: Context, verb) -> Speaker | None:
    cue = verb.text
    if verb.lemma_ == "point":
        cue = f"{verb.text} out"
    if not ctx.has_parse:
        return _fallback_speaker(ctx, verb)
    v = verb
    for _ in range(4):
        kids = list(v.children)
        if verb.lemma_.lower() == "quote" and v is verb:
            objs = [c for c in kids if c.dep_ == "dobj"]
            if objs:
                return speaker_from(ctx, objs[0], cue)
        subj = [c for c in kids if c.dep_ in ("nsubj", "csubj")
                and not ctx.in_quote(ctx.parsed_base(c) + c.idx)]  # not words inside the quote
        voice = _through_person(ctx, v, cue) if subj else None
        if voice is not None:
            return voice
        if subj:  # "presiding judge Hélène Castaing said", read as two subjects: the name
            first = next((c for c in subj if c.pos_ == "PROPN"), None) or _apposed_name(
                subj) or subj[0]
            if first.i + 1 < len(first.doc) and first.nbor(1).text in ("’", "'"):
                # "The Tridents’ French coach, X, said", the possessive read as apposition
                first = next((c for c in first.children if c.dep_ == "appos"
                              and _is_person_noun(c)), first)
            if first.text in DAYS_MONTHS or verb.sent.root.pos_ in ("NOUN", "PROPN") and (any(
                    c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children)
                    or _after_who(verb)):
                # "A porter who has worked there since January said", "A night guard who has
                # watched the trench since the find said", misread (a sentence with no verb
                # for its root): the one the relative clause describes, also where the parse
                # cut it off from the verb ("A jeep driver who has taken tourists to the Yolyn
                # Am gorge since 2014 said", "Am" read as the verb), else that root
                first = next((a.head for a in verb.ancestors if a.dep_ == "relcl"
                              and a.head.pos_ in ("NOUN", "PROPN")), None) or next((
                    t for t in verb.doc[verb.sent.start:verb.i] if t.dep_ == "nsubj"
                    and _is_person_noun(t) and any(c.dep_ == "relcl" for c in t.children)),
                    None) or (
                    verb.sent.root if verb.sent.root.pos_ in ("NOUN", "PROPN") else first)
            return speaker_from(ctx, first, cue, _objects(ctx, v))
        phrase = _phrase_after_quote(ctx, verb) if v is verb and not subj and (
            verb.tag_ != "VBG") else None  # (not '"…," the 41-year-old said, asking …')
        if phrase is not None:
            return speaker_from(ctx, phrase, cue)
        if v is verb and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
            # "At the market of X, a milk trader who has sold there for years said": a person
            # the parse hung on the place as its apposition, right before the verb
            described = next((t for t in verb.doc[verb.sent.start:verb.i] if t.dep_ == "appos"
                              and t.right_edge.i == verb.i - 1 and _is_person_noun(t)), None)
            if described is not None:
                return speaker_from(ctx, described, cue)
        if v is verb and not subj and any(c.dep_ == "nsubj" for c in kids):
            named = _named_before_verb(ctx, verb)
            if named is not None:
                return Speaker(named.name, named.id, cue, True)
        if v is verb and not subj and verb.i > 0 and verb.nbor(-1).pos_ == "PROPN" and (
                verb.nbor(-1).head.i == verb.i):
            # '"…," Đorđević said as she read …': the name the parse took for the verb's
            # modifier, not its subject
            return speaker_from(ctx, verb.nbor(-1), cue)
        if v is verb and v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and any(
                c.dep_ == "dobj" for c in kids):
            # "X, 29, who founded the club, described Friday's ride:", read as a participle
            # (one with an object, so no passive) of a noun before it: the subject or root
            # that noun belongs to (X, not "six hectares" of "who grows grapes on six hectares")
            top = v.head
            while top.dep_ not in ("nsubj", "ROOT") and top.head.i != top.i:
                top = top.head
            if top.i < v.i and top.pos_ in ("NOUN", "PROPN"):
                return speaker_from(ctx, top, cue)
        if v is verb and verb.i + 1 < len(verb.doc) and verb.tag_ != "VBG":
            # Inversion the parser misread: '"…", added KCNA.' (not "saying Acme had …")
            nxt = verb.doc[verb.i + 1]
            if nxt.pos_ == "PROPN":
                return speaker_from(ctx, nxt, cue)
            # '"…," said the telescope's director, X, shortly after the image appeared': the
            # phrase after the verb, read as the subject of the clause after it
            inverted = next((t for t in verb.doc[verb.i + 1:verb.sent.end] if t.dep_ == "nsubj"
                             and t.left_edge.i == verb.i + 1), None)
            if inverted is not None and verb.i > 0 and verb.nbor(-1).text in ('"', "”"):
                return speaker_from(ctx, inverted, cue)
        if any(c.dep_ == "nsubjpass" for c in kids):
            agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            return speaker_from(ctx, agents[0], cue) if agents else None
        if v.dep_ == "advcl" and v.tag_ == "VBG" and v.sent.root.i != v.i:
            # "The judge rejected it, saying …", "The trust said …, calling the final …": the
            # one speaking is the main clause's subject, wherever the parse hung the participle
            v = v.sent.root
            continue
        if v.dep_ in ("advcl", "xcomp", "conj", "ccomp", "pcomp") and v.head.i != v.i:
            v = v.head
            continue
        break
    return _opening_name(ctx, verb, cue)


def _after_who(verb) -> bool:
    """Whether a sentence's verb comes after a "who" clause of its subject, where the parse
    took the subject for the sentence's root: "A station hand who drove 300 kilometres to watch
    the game said", read as "the game said" (within the clause or as a second one)."""
    root = verb.sent.root
    return any(c.dep_ == "relcl" and c.i < verb.i and any(w.lower_ == "who" for w in c.children)
               for c in root.children)


def _phrase_after_quote(ctx: Context, verb):
    """'"…," the club's captain, X, said': the head of the phrase between a closing quote mark
    and the verb, which the parse hung on a verb inside the quote."""
    doc = verb.doc
    close = next((k for k in range(verb.i - 1, max(-1, verb.i - 30), -1)
                  if doc[k].text in ('"', "”")), None)
    if close is None or close == verb.i - 1:
        return None
    span = range(close + 1, verb.i)
    heads = [doc[k] for k in span if doc[k].head.i not in span and doc[k].pos_ != "PUNCT"]
    if not heads or any(h.pos_ not in ("NOUN", "PROPN") for h in heads) or ctx.in_quote(
            ctx.parsed_base(heads[0]) + heads[0].idx):
        return None
    # (in pieces, "the director general of X," and "Y,": the name)
    return next((h for h in heads if h.pos_ == "PROPN"), heads[0])


def _named_before_verb(ctx: Context, verb) -> Entity | None:
    """'"…," chief executive X, 58, told reporters': the person named, after a role, between the
    closing quote mark and the verb whose subject the parse found inside the quote."""
    base = ctx.parsed_base(verb)
    at = base + verb.idx
    for s, e, ent in ctx.mentions_in(max(0, at - 100), at):
        if ent.label == "PERSON" and _AFTER_CLOSE.search(ctx.text, max(0, s - 60), s) and (
                _AGE_GAP.fullmatch(ctx.text, e, at)):
            return ent
    return None


# a closing quote mark, then a role in lower case ("chief executive"); after the name, an age
_AFTER_CLOSE = re.compile(r"[,.!?][\"”]\s+(?:[a-z][\w’'-]*\s+){0,4}$")
_AGE_GAP = re.compile(r"(?:,\s+\d{1,3},)?\s+")


# an acronym in brackets; an apposition or a clause between commas (a number's commas allowed:
# "for about 9,000 visitors a year")
_APPOSITION_GAP = re.compile(
    r"(?:\s+\([A-Z][A-Za-z]+\))?(?:,(?:[^,.;:\"“”]|(?<=\d)[,.](?=\d)){1,100},)?\s*")


def _opening_name(ctx: Context, verb, cue: str) -> Speaker | None:
    """"Els Van den Broeck, purchasing director of X, said", a name the parse broke into a clause
    of its own: the one whose name opens the sentence, with at most an apposition before the
    verb."""
    base = ctx.parsed_base(verb)
    start = base + verb.sent.start_char
    if ctx.text.startswith("The ", start):
        start += 4  # "The Vardø Bird Tourism Association, whose members …, said"
    first = next((m for m in ctx.mentions_in(start, start + 1)
                  if m[0] == start and m[2].label in ("PERSON", "ORG")), None)
    if first is None or not _APPOSITION_GAP.fullmatch(ctx.text[first[1]:base + verb.idx]):
        return None
    return Speaker(first[2].name, first[2].id, cue, True)


def _through_person(ctx: Context, verb, cue: str) -> Speaker | None:
    """"The government set out its position through the minister, X:": the one who spoke."""
    voice = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "through"
             for g in c.children if g.dep_ == "pobj"]
    spoke = speaker_from(ctx, voice[0], cue) if voice else None
    return spoke if spoke is not None and ctx.label_of(spoke.entity_id) == "PERSON" else None


def _objects(ctx: Context, verb) -> frozenset[str]:
    """Entities among a verb's objects: "He described Montalvo" - he is not Montalvo."""
    base = ctx.parsed_base(verb)
    ids = set()
    for c in verb.children:
        targets = [c] if c.dep_ in ("dobj", "dative", "attr", "oprd") else (
            [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [])
        for t in targets:
            start, end = base + t.left_edge.idx, base + t.right_edge.idx + len(t.right_edge)
            ids.update(m[2].id for m in ctx.mentions_in(start, end))
    return frozenset(ids)


def speaker_from(ctx: Context, tok, cue: str, exclude: frozenset[str] = frozenset()
                  ) -> Speaker | None:
    """The speaker named by the subject (or object) token ``tok``."""
    found = _speaker_from(ctx, tok, cue, exclude)
    if found is not None and ctx.has_parse and tok.is_lower and tok.pos_ in ("NOUN", "PROPN") and (
            ctx.label_of(found.entity_id) == "PERSON"):
        base = ctx.parsed_base(tok)
        start, end = base + tok.sent.start_char, base + tok.sent.end_char
        if any(start <= m.start < end for m in ctx.entity(found.entity_id).mentions):
            ctx.roles[tok.lower_] = found.entity_id  # named with the role in one sentence
    return found


def _speaker_from(ctx: Context, tok, cue: str, exclude: frozenset[str]) -> Speaker | None:
    base = ctx.parsed_base(tok)
    if ctx.has_parse and tok.is_lower:
        tok = _hyphened_whole(tok)  # "The team's co-director, X, said": the director
    if ctx.has_parse and tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
        who = tok.lower_ == "who"
        tok = tok.head.head  # "a nurse …, who asked not to be named,": the nurse
        if who and tok.dep_ == "pobj" and tok.ent_type_ != "PERSON" and not _is_person_noun(tok):
            tok = tok.head.head  # "a vendor from Salelologa, who said": the vendor
    if tok.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
        return _resolve_pronoun(ctx, tok.lower_, base + tok.idx, cue, ctx.last_speaker, exclude)
    left, right = (tok.left_edge, tok.right_edge) if ctx.has_parse else (tok, tok)
    start, end = base + left.idx, base + right.idx + len(right.text)
    head = base + tok.idx
    # The name that is the phrase's head; else a person named in the phrase, then an
    # organisation (``Governor of Washington Chris Gregoire``, ``the agency KCNA``); a nationality
    # or place modifying a description ("Iranian heads of state") is not a speaker.
    mentions = [m for m in ctx.mentions_in(start, end) if not ctx.in_quote(m[0])]
    own = [m for m in mentions if m[0] <= head < m[1]]
    # the names in apposition: "The organisers, the Pacific Sevens Trust, said", "In the
    # provincial capital, Faizabad, Dr. Abdul Wahid Noorzai, head of paediatrics, said"
    place = bool(own) and own[0][2].label not in ("PERSON", "ORG")
    heads = [base + c.idx for c in tok.children if c.dep_ == "appos" or place and (
        c.dep_ == "conj")] if ctx.has_parse else []  # "Faizabad, Dr. X," read as "and"
    # "the director of the contractor X (KGC), Y,": a name in apposition to the one in
    # apposition, where the parse hung the company on the role
    heads += [base + g.idx for c in tok.children if c.dep_ == "appos"
              for g in c.children if g.dep_ == "appos"] if ctx.has_parse else []
    if ctx.has_parse and _is_person_noun(tok):
        # "The skipper of Queen Arlene, Marvin Knowles Thompson,": the name read as in
        # apposition to what the role is of names the one who holds it
        heads += _of_appositions(tok, base)
        # "the architect who led the survey, Kraisorn Phutthawong,": the name that closes the
        # phrase, read as in apposition to a word of the relative clause
        last = right.i - 1 if right.text == "," else right.i
        heads += [base + a.idx for r in tok.children if r.dep_ == "relcl" for a in r.subtree
                  if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i == last]
    beside = sorted((m for m in mentions if m[2].label in ("PERSON", "ORG")
                     and any(m[0] <= h < m[1] for h in heads)),
                    key=lambda m: m[2].label != "PERSON")  # not "CEI (… Conference)"
    # "the group X, whose coordinator, Y, described …", which the parse made the group's
    # subject: the one named in the "whose" clause (but in "X, whose son Y has spent …,
    # described", X is the person who speaks)
    whose = [base + a.idx for c in tok.children if c.dep_ == "appos" and any(
        g.lower_ == "whose" for g in c.children) for a in c.children if a.dep_ == "appos"]
    voiced = [m for m in mentions if m[2].label == "PERSON" and any(
        m[0] <= h < m[1] for h in whose)] if not own or own[0][2].label != "PERSON" else []
    if voiced:
        return Speaker(voiced[0][2].name, voiced[0][2].id, cue, True)
    if own and own[0][2].label == "NORP" and ctx.text[own[0][0]:own[0][1]] == tok.text and [
            c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"]:
        referent = _recent_person(ctx, head)  # "said the Kenyan": as "said the farmer"
        if referent is not None:
            return Speaker(referent.name, referent.id, cue, True)
    if own and (tok.pos_ == "PROPN" or not place):
        if place and beside:
            return Speaker(beside[0][2].name, beside[0][2].id, cue, True)
        if beside and beside[0][2].label == "PERSON" and own[0][2].label == "ORG" and (
                ctx.has_parse):
            # '"…," the director of the Companhia … (Cagepa), Genival Diniz, told', which the
            # parse made the company's: the person in apposition to what the role before it is of
            named = tok.doc.char_span(own[0][0] - base, own[0][1] - base,
                                      alignment_mode="expand")
            of = named.start - 1 - (named.start > 0 and tok.doc[named.start - 1].lower_ == "the")
            if of > 0 and tok.doc[of].lower_ == "of" and _is_person_noun(tok.doc[of - 1]):
                return Speaker(beside[0][2].name, beside[0][2].id, cue, True)
        return Speaker(own[0][2].name, own[0][2].id, cue, True)
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
    if owner is not None and tok.pos_ == "NOUN" and not mentions:
        # "its pipon, or headman, Pasang Dorjee Lachenpa,": a word the text glosses, then who
        # holds it
        named = _person_at(ctx, _APPOSED.match(ctx.text[end:end + 60]), end)
        if named is not None:
            return Speaker(named.name, named.id, cue, True)
    if owner is not None and tok.pos_ == "NOUN" and not _is_person_noun(tok) and (
            tok.lemma_.lower() not in ORGANISATION_NOUNS) and not any(
            m[2].label in ("PERSON", "ORG") for m in mentions):
        # "Her explanation was simple:" is whoever "her" is (but "Its head of research, Arjun
        # Menon, put it simply:" is Arjun Menon)
        return _resolve_pronoun(ctx, _POSSESSIVES[owner.lower_], base + owner.idx, cue,
                                ctx.last_speaker, exclude)
    named = _organisation_named_so(ctx, tok, head) if ctx.has_parse else None
    if named is not None:  # "the coast guard said": the "Philippine Coast Guard"
        return Speaker(named.name, named.id, cue, True)
    if beside and beside[0][2].label == "PERSON" and (tok.is_lower or not own):
        # "said the Kasatka skipper, Roman Tsoi,": a role the parse took for a name, then who
        # ("The District Secretary, X, said": a title of no one's name, then whose it is)
        return Speaker(beside[0][2].name, beside[0][2].id, cue, True)
    if ctx.has_parse and tok.pos_ == "PROPN" and _is_person_noun(tok):
        holder = _role_holder(ctx, tok, head)
        if holder is not None:  # "the German Egyptologist said", a role the parse capitalised
            return Speaker(holder.name, holder.id, cue, True)
    name = _proper_name(ctx, tok) if tok.pos_ == "PROPN" or not ctx.has_parse else None
    if name:
        # "The Histadrut labour federation" (a name the parser took as a whole): the name in it
        named = [m for m in mentions if m[2].label in ("PERSON", "ORG")
                 and ctx.text[m[0]:m[1]] in name]
        return Speaker(named[0][2].name, named[0][2].id, cue, True) if named else Speaker(
            name, None, cue, True)
    if beside and beside[0][2].label == "PERSON":  # "The Jaguars’ coach, Colin Fredericks, told"
        return Speaker(beside[0][2].name, beside[0][2].id, cue, True)
    if ctx.has_parse:
        holder = _role_holder(ctx, tok, head) or _person_of_age(ctx, ctx.text[start:end], head)
        if holder is not None:  # "the minister told reporters": "Education Minister X"
            return Speaker(holder.name, holder.id, cue, True)
        source = _statement_source(ctx, tok, head)
        if source is not None:  # "the statement said": whoever said it in a statement
            return Speaker(source.name, source.entity_id, cue, source.named)
        earlier = _earlier_description(ctx, tok, head, cue)
        if earlier is not None:  # "the official said": "a senior official at the Ministry"
            return earlier
        referent = _definite_referent(ctx, tok, head)
        if referent is not None:  # '"…," Haddad said. The beekeeper said …': Haddad
            return Speaker(referent.name, referent.id, cue, True)
        referent = _description_referent(ctx, tok, head) if any(
            c.dep_ == "appos" for c in tok.children) else None
        if referent is not None:  # "The company, a subsidiary of X, said": the company named
            return Speaker(referent.name, referent.id, cue, True)  # before, not the parent
        appos = [d for d in (_person_description(ctx, t, any_noun=_indefinite(t))
                             for t in tok.subtree if t.dep_ == "appos"
                             and t.head.pos_ != "PROPN") if d]  # (not "X, a village")
        if appos and not beside and not _is_person_noun(tok) and not any(
                m[2].label == "PERSON" for m in mentions):
            # "One of the members, a grower with 30 hectares near Alcaudete, was blunter:" (but
            # "a fisherman who came from Bailique, a 12-hour boat trip away" is the fisherman)
            return Speaker(appos[0], None, cue, False)
    if beside:
        return Speaker(beside[0][2].name, beside[0][2].id, cue, True)
    described = _person_description(ctx, tok) if ctx.has_parse else None
    # (a person named in a clause about the one described is not them: "a nurse who has worked
    # with Dr X for ten years")
    clauses = [(base + c.left_edge.idx, base + c.right_edge.idx + len(c.right_edge))
               for c in tok.children if c.dep_ == "relcl"] if described is not None else []
    if described is not None and not any(
            m[2].label == "PERSON" and (not _in_prepositional(tok.doc, tok, m[0] - base)
                                        or _restrictive_appositive(tok, m[0] - base))
            and not any(s <= m[0] < e for s, e in clauses) for m in mentions):
        # "said the president of the Associação dos … (APAC), Lurdes Macuácua, 54.", which the
        # parse broke up: the person named in apposition after what the role is of
        named = _person_at(ctx, _OF_NAME_APPOSED.match(ctx.text[end:end + 120]), end) if (
            _is_person_noun(tok)) else None
        if named is not None:
            return Speaker(named.name, named.id, cue, True)
        # "a spokeswoman for Hoshino's plant in San Antonio, Texas, said": someone unnamed
        return Speaker(described, None, cue, False)
    by_distance = sorted(mentions, key=lambda m: abs(m[0] - head))
    for label in ("PERSON", "ORG"):
        chosen = [m for m in by_distance if m[2].label == label
                  and not _only_located(ctx, tok, m[0] - base)]
        if chosen:
            return Speaker(chosen[0][2].name, chosen[0][2].id, cue, True)
    name = _proper_name(ctx, tok)
    if name:
        return Speaker(name, None, cue, True)
    referent = _description_referent(ctx, tok, base + tok.idx)
    if referent is not None:
        return Speaker(referent.name, referent.id, cue, True)
    if ctx.has_parse and tok.pos_ == "NOUN":  # "A crofter near Forsinard, who has kept …"
        described = _person_description(ctx, tok, any_noun=True)
        if described:
            return Speaker(described, None, cue, False)
    phrase = ctx.text[start:end].strip(" ,")
    if len(phrase.split()) > 8 and _INDEFINITE.match(phrase):
        # "A brick maker who has moulded bricks … since 2009": someone new, described (but
        # "The 26-year-old, who works as a nurse," is someone named before)
        phrase = re.split(r",?\s+(?:who|whose)\s", phrase, maxsplit=1)[0]
    if not phrase or len(phrase.split()) > 8:
        return None
    return Speaker(phrase, None, cue, False)


_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s")


def _of_appositions(tok, base: int) -> list[int]:
    """Where the names in apposition to what ``tok``'s role is "of" start: "The skipper of Queen
    Arlene, X,", "the head of the committee in Al-Hajarain, X,", also past a gloss ("The
    headman, or waheh shnong, of Lumshnong, X,"); and the names after a comma that the parse
    joined with "and" to the role or to what it is of ("the chief of Gorou Banda, X, 66", "the
    chairman of the union (YOWU), X,")."""
    roles = (tok, *(c for c in tok.children if c.dep_ == "conj"))
    # (or in apposition to that name: "the director of the contractor X (STH), Y,")
    return [base + a.idx for a in tok.subtree if (
        a.dep_ == "appos" and any(_of_chain(a.head, r) or a.head.dep_ == "appos" and _of_chain(
            a.head.head, r) for r in roles)
        or a.dep_ == "conj" and a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].text == ","
        and (a.head.i == tok.i or _of_chain(a.head, tok)))]


def _of_chain(node, tok) -> bool:
    """Whether ``node`` is the object of prepositions hanging on ``tok``, the first "of" or a
    place's ("the president of the traders' body at the market, X,": the parse may hang "at the
    market" on the role)."""
    while node.dep_ == "pobj" and node.head.dep_ == "prep":
        prep = node.head
        if prep.head.i == tok.i:
            return prep.lower_ in ("of", "at", "in", "from")
        node = prep.head
    return False


def _appositive_name(ctx: Context, tok) -> Speaker | None:
    """The person or organisation named after a description: "the Minister for the
    Environment, Rui Teles," (whichever way the parse attached the name)."""
    right = tok.right_edge if ctx.has_parse else tok
    end = ctx.parsed_base(tok) + right.idx + len(right.text)
    for s, e, ent in ctx.mentions_in(end, end + 80):
        between = ctx.text[end:s] if s >= end else ""
        # (a person also after a description of their own, set off by commas: "its chief
        # scientist, the South African marine biologist Pieter van Rensburg,")
        if ent.label in ("PERSON", "ORG") and re.fullmatch(r",\s*", between) or (
                ent.label == "PERSON" and _DESCRIBED.fullmatch(between)
                and ctx.text[e:e + 1] == ","):
            return Speaker(ent.name, ent.id, "according to", True)
    return None


_DESCRIBED = re.compile(r",\s*the\s+(?:[\w’'-]+\s+){1,5}")


def _restrictive_appositive(head, offset: int) -> bool:
    """Whether the name at ``offset`` follows a description without a comma, as its title
    does: "Lawyer for the villages Bernard Yapi" is Bernard Yapi."""
    tok = next((t for t in head.subtree if t.idx == offset), None)
    while tok is not None and tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok is not None and tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and (
        tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text != ",")


def _only_located(ctx: Context, head, offset: int) -> bool:
    """Whether the name at ``offset`` only says where the head is ("a worker at Daventry")."""
    if not ctx.has_parse:
        return False
    for t in head.subtree:
        if t.idx == offset:
            while t.dep_ == "compound" and t.head.i != t.i:
                t = t.head
            prep = t.head if t.dep_ == "pobj" else None
            return prep is not None and prep.lower_ in LOCATIVE_PREPOSITIONS
    return False


def _description_referent(ctx: Context, tok, pos: int) -> Entity | None:
    """'the company said' names the organisation last mentioned: the definite description of an
    organisation refers back to the nearest organisation before it."""
    if not ctx.has_parse or tok.lemma_.lower() not in ORGANISATION_NOUNS:
        return None
    dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
    if not dets or dets[0].lower_ not in ("the", "its"):
        return None
    if any(c.dep_ in ("prep", "acl") or c.dep_ in ("relcl", "appos") and c.i > 0 and (
            tok.doc[c.left_edge.i - 1].text != ",") or c.dep_ == "appos" and c.pos_ != "NOUN"
            for c in tok.children):
        return None  # "the company that built it" is another (but "the company, which …",
    #                  "the company, a subsidiary of X,")
    noun = tok.lemma_.lower()
    wanted = ("ORG", "GPE") if noun in PLACE_ORGANISATION_NOUNS else ("ORG",)
    before = [(s, e, ent) for s, e, ent in ctx.mentions_before(pos, _RECENT)
              if ent.label in wanted]
    # the subject of a main clause in the same paragraph first, then the nearest name
    para = ctx.paragraph_at(pos)
    candidates = [ent for s, e, ent in before
                  if ctx.paragraph_at(s) == para and ctx.subject_rank(s, e) == 2]
    candidates += [ent for _s, _e, ent in before]
    # "the authority" is the nearest "... Authority", "the ministry" the "Ministry of Health",
    # "the court" the "Tribunal of Udine", however far back
    heads = _SAME_NOUNS.get(noun, {noun})
    named_so = [e for e in candidates + [ent for _s, _e, ent in ctx.mentions_before(pos, pos)]
                if e.label in wanted and (head_word(e.name).lower() in heads or (
                    noun in _PUBLIC_NOUNS and heads & set(e.name.lower().split())))]
    # (a public body's noun anywhere in its name: "the court" is the "High Court Biratnagar")
    if named_so:
        return named_so[0]
    if noun in COMPANY_NOUNS:  # "the company" is a company, not the regulator or a ministry
        companies = [e for e in candidates if head_word(e.name) not in INSTITUTION_HEADS]
        candidates = companies or candidates
    elif noun in _PUBLIC_NOUNS:  # and "the court" or "the ministry" is no company
        candidates = [e for e in candidates if not has_legal_form(e.name)]
    return candidates[0] if candidates else None


_SAME_NOUNS = {"court": {"court", "tribunal"}, "tribunal": {"court", "tribunal"}}
# organisations' nouns that never name a company
_PUBLIC_NOUNS = frozenset("ministry department council municipality city town committee "
                          "commission tribunal court regulator authority watchdog directorate "
                          "inspectorate secretariat".split())


# "said it would appeal to the Supreme Court": a court yet to hear the case, not the one that
# ruled
_APPEALED_TO = re.compile(r"\bappeal(?:ed|s|ing)?\b(?: \w+){0,2} to (?:the )?$")


def _organisation_named_so(ctx: Context, tok, pos: int) -> Entity | None:
    """"the coast guard" after "the Philippine Coast Guard", "the labour department" after "the
    Punjab Labour Department", "the hospital" after "Rába Valley Teaching Hospital": a definite
    description whose words end the name of an organisation named before is that organisation,
    however long ago (but "the guard" alone is a person)."""
    if not tok.is_lower or [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"]:
        return None  # (the parse may call "guard" of "the coast guard" a proper noun)
    words = [t.lower_ for t in tok.doc[tok.left_edge.i:tok.i + 1]]
    if words[0] != "the" or any(c.dep_ not in ("det", "compound", "amod") for c in tok.lefts):
        return None
    words = words[1:]
    if len(words) == 1 and _is_person_noun(tok):
        return None
    best, best_at = None, -1
    for ent in ctx.organisations:
        if [w.lower() for w in ent.name.split()][-len(words):] == words:
            at = max((m.start for m in ent.mentions if m.start < pos
                      and not ctx.in_quote(m.start) and not _APPEALED_TO.search(
                          ctx.text, max(0, m.start - 40), m.start)), default=-1)
            if at > best_at:
                best, best_at = ent, at
    return best


# titles that are no noun for a person: "the Crown", "the vice", "a grand"
_NOT_PEOPLE = frozenset("crown grand supreme vice prime private sister brother".split())
# nouns that describe a person: "a charter boat captain in Cape Coral", "the commissioner"
_LISTED = PERSON_NOUNS | ROLE_WORDS | frozenset(
    t.lower() for t in ENT_TITLES if t.isalpha() and t.lower() not in _NOT_PEOPLE)
DESCRIBED = _LISTED | WORDNET_PERSON_NOUNS

# compounds of a role noun: "schoolteacher", "steelworker", "shopkeeper"
_ROLE_TAILS = tuple(sorted(w for w in _LISTED if len(w) >= 5))

# last words of organisations that are not companies: "the company" is never one of them
INSTITUTION_HEADS = ORG_HEADS - COMPANY_HEADS


def _proper_name(ctx: Context, tok) -> str | None:
    """A name the entity recogniser missed: the proper nouns of ``tok`` or its possessor."""
    if not ctx.has_parse:
        return tok.text if tok.text[:1].isupper() else None
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i == tok.i + 1:
        tok = tok.head  # "Tom" in "Tom Baker": the name is the whole compound
    if tok.pos_ != "PROPN":
        owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if not owners:
            return None
        tok = owners[0]
    words = [t for t in tok.subtree
             if t.pos_ == "PROPN" and t.lower_ not in TITLES and t.i <= tok.i]
    if not words or len(words) == 1 and words[0].lower_ in DESCRIBED:
        return None  # "Lawyer for the villages …": a role, capitalised to open the sentence
    if all(t.is_lower for t in words):
        return None  # "the alliance president", tagged as proper nouns: a description
    return tok.doc[words[0].i : words[-1].i + 1].text  # "Wróblewska-Kania", hyphen kept


def _resolve_pronoun(ctx: Context, pronoun: str, pos: int, cue: str,
                     last: Speaker | None = None, exclude: frozenset[str] = frozenset()
                     ) -> Speaker | None:
    """The entity a pronoun subject refers to: the nearest fitting name before it that is the
    subject of its sentence, else of a clause, else the nearest fitting name."""
    if pronoun in PERSON_PRONOUNS:
        source = _according_to_person(ctx, pos, pronoun)
        if source is not None:
            return Speaker(source.name, source.id, cue, True)
        described = _described_person_before(ctx, pos, cue, pronoun)
        if described is not None:
            return described
        wanted = ("PERSON",)
        # '"…," the nokó said. ¶ "…," he added': who spoke last goes on, when no one else was
        # named since
        if cue in _GOING_ON and last is not None and last.entity_id and ctx.fits(
                last.entity_id, pronoun):
            nearest = next((ent for _s, _e, ent in ctx.mentions_before(pos, 2000)
                            if ent.label == "PERSON"), None)
            if nearest is not None and nearest.id == last.entity_id:
                return Speaker(last.name, last.entity_id, cue, True)
    elif pronoun in THING_PRONOUNS:
        referent = _described_organisation_before(ctx, pos)
        if referent is not None:
            return Speaker(referent.name, referent.id, cue, True)
        wanted = ("ORG", "GPE", "PRODUCT", "WORK_OF_ART")
    else:
        if last is not None and not (last.entity_id and ctx.label_of(last.entity_id) == "PERSON"):
            return Speaker(last.name, last.entity_id, cue, last.named)
        wanted = ("ORG",)
    best, best_rank, best_para, best_start = None, -1, -1, pos
    here = ctx.paragraph_at(pos)
    for start, end, ent in ctx.mentions_before(pos, 2000):
        if ent.label not in wanted or ent.id in exclude or not ctx.fits(ent.id, pronoun):
            continue  # (nor is "she" "whose husband Abdul Kader")
        para = ctx.paragraph_at(start)
        if para != best_para and (best_rank >= 1 or best is not None and best_para >= here - 1
                                  and not _pronoun_subject(ctx, best_para, pronoun, best_start)):
            break  # a subject in the nearest paragraph with one, or any name in this paragraph
            # or the one before ("The win brings X a prize. ¶ "…," she said"), before one
            # further back, unless that paragraph went on about "him" before naming it ("In
            # 1990 he bought a lorry from Jorge Lima")
        rank = ctx.subject_rank(start, end)
        if rank == 2:
            best = ent
            break
        if rank < 2 and pronoun in ("he", "she") and _said_by(ctx, start, pos) == pronoun:
            continue  # 'He said Khulan had practised …. "…," he said': he is not Khulan
        if rank > best_rank:
            best, best_rank, best_para, best_start = ent, rank, para, start
    return Speaker(best.name, best.id, cue, True) if best else None


_GOING_ON = frozenset({"added", "adds", "continued", "continues"})
_ACCORDING_TO = re.compile(r"According to (?:[A-Z][\w.]*\s+){0,2}")


def _according_to_person(ctx: Context, pos: int, pronoun: str) -> Entity | None:
    """"According to Dr X, Y held 265 watts, an effort she called "…"": in a sentence whose
    source "According to" names, a pronoun's quoted words are that source's, not those of the
    person the sentence is about."""
    base, sent = _sentence_at(ctx, pos)
    if sent is None or not sent.text.startswith("According to "):
        return None
    start = base + sent.start_char
    return next((ent for s, e, ent in ctx.mentions_in(start, pos) if ent.label == "PERSON"
                 and ctx.fits(ent.id, pronoun) and _ACCORDING_TO.fullmatch(ctx.text, start, s)
                 and ctx.text[e:e + 2] not in ("’s", "'s")), None)  # (not "X’s lawyer, Y")


def _pronoun_subject(ctx: Context, para: int, pronoun: str, before: int) -> bool:
    """Whether ``pronoun`` is the subject of a clause of paragraph ``para`` before ``before``
    (not of a relative clause: "a prize, which she said would buy a boat" tells of the prize)."""
    base, sdoc = ctx.parsed[para]
    return ctx.has_parse and any(
        t.lower_ == pronoun and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ not in (
            "relcl", "acl") and base + t.idx < before for t in sdoc)


def _said_by(ctx: Context, pos: int, before: int) -> str | None:
    """The pronoun that is the main subject of the sentence holding ``pos`` and comes before
    it ("He said Khulan …"), if that sentence ends before ``before``."""
    base, sent = _sentence_at(ctx, pos)
    if sent is None or base + sent.end_char > before:
        return None
    subj = _sentence_subject(sent)
    return subj.lower_ if subj is not None and subj.pos_ == "PRON" and (
        base + subj.idx < pos) else None


def _sentence_at(ctx: Context, pos: int):
    """``(base, sentence)``: the parsed sentence holding ``pos`` and its paragraph's offset, or
    ``(0, None)`` without a parse."""
    if not ctx.has_parse:
        return 0, None
    base, sdoc = ctx.parsed[ctx.paragraph_at(pos)]
    return base, next((s for s in sdoc.sents if base + s.start_char <= pos < base + s.end_char),
                      None)


def _this_and_previous_paragraph(ctx: Context, pos: int):
    i = ctx.paragraph_at(pos)
    return [ctx.parsed[p] for p in (i, i - 1) if p >= 0]


def _described_person_before(ctx: Context, pos: int, cue: str, pronoun: str) -> Speaker | None:
    """'A patient from Cardiff … said she had learned of it. "…," she said.': when the nearest
    sentence subject before a pronoun is a person described, not named, the pronoun is them
    (and "The minister said … she said" is the minister named before)."""
    if not ctx.has_parse:
        return None
    for base, sdoc in _this_and_previous_paragraph(ctx, pos):
        for sent in reversed(list(sdoc.sents)):
            if base + sent.start_char >= pos:
                continue
            subj = None if ctx.in_quote(base + sent.root.idx) else _sentence_subject(
                sent, lambda t: ctx.in_quote(base + t.idx))
            if subj is None or subj.pos_ == "PRON":
                # no subject, or one that refers further back; but a person named outside the
                # quotes ("According to Ivana Melicherová, "…"") is nearer than any description
                # (not one the same pronoun speaks of: "She noted that Velichkov had …")
                if (subj is None or subj.lower_ != pronoun) and any(
                        m[2].label == "PERSON" and not ctx.in_quote(m[0]) for m in
                        ctx.mentions_in(base + sent.start_char, base + sent.end_char)):
                    return None
                continue
            # a name that is the subject or stands beside it (not "A lawyer for Massawe"), or
            # any name in a title used as a name ("Minister of Water and Forests X")
            heads = [base + t.idx for t in [subj, *subj.children] if t is subj or t.dep_ == "appos"]
            heads += _of_appositions(subj, base)  # "The president of X, NAME,"
            if any(m[2].label == "PERSON" and (subj.pos_ == "PROPN" or any(
                    m[0] <= h < m[1] for h in heads))
                   for m in ctx.mentions_in(base + subj.left_edge.idx,
                                            base + subj.right_edge.idx + 1)):
                return None  # a name: the usual resolution decides
            left = base + subj.left_edge.idx
            if any(m[2].label == "PERSON" and re.fullmatch(r"\s*,\s*", ctx.text[m[1]:left])
                   for m in ctx.mentions_in(max(0, left - 80), left)):
                return None  # "According to X, an economist at …, each day …": X, named
            if subj.pos_ == "NUM":  # "One of them, a rider who has …, said": the rider
                subj = next((c for c in subj.children if c.dep_ == "appos"), subj)
            if subj.tag_ in ("NNS", "NNPS") and pronoun in PERSON_PRONOUNS:
                if any(m[2].label == "PERSON" and ctx.subject_rank(m[0], m[1]) == 2
                       for m in ctx.mentions_in(base + sent.start_char, base + sent.end_char)):
                    return None  # "According to X, at least 11 people died …. She told …"
                continue  # "Fans, who call him …, sang. "…," he said": he is not the fans
            if any(c.dep_ == "det" and c.lower_ in ("each", "every", "any", "no", "all")
                   for c in subj.children):
                continue  # "each worker will receive a bonus. "…," she said": not a worker
            holder = _role_holder(ctx, subj, base + subj.idx)
            if holder is not None:
                return Speaker(holder.name, holder.id, cue, True)
            # "the diver said …" refers back as it would as the speaker itself
            earlier = _earlier_description(ctx, subj, base + subj.idx, cue)
            if earlier is not None:
                return earlier
            referent = _definite_referent(ctx, subj, base + subj.idx)
            if referent is not None:
                return Speaker(referent.name, referent.id, cue, True)
            # any indefinite noun with "who" is someone: "A museum guide who took part …", "A
            # guide at a site near Kells, who …" (where the parse hangs the clause on the place)
            who = any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whose") for w in c.children)
                      for c in subj.subtree)
            described = _person_description(ctx, subj, any_noun=_indefinite(subj) and who)
            if described:
                return Speaker(described, None, cue, False)
            if subj.pos_ != "NOUN" or _is_person_noun(subj) or any(
                    m[2].label == "PERSON" for m in ctx.mentions_in(
                        base + sent.start_char, base + sent.end_char)):
                return None
            # "A polisher … attended the trial. The company went bankrupt in 2030. "…," he
            # said": a sentence about a thing, naming no one, leaves "he" to the one before
    return None


def _statement_source(ctx: Context, tok, pos: int) -> Speaker | None:
    """'The ACM said in a statement that … "…," the statement said': the one who issued it;
    "the club's statement said" is the club."""
    if tok.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if owner is not None:
        ent = _organisation_named_so(ctx, owner, pos) or _description_referent(ctx, owner, pos)
        return Speaker(ent.name, ent.id, "", True) if ent is not None else None
    if [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"]:
        return None
    for base, sdoc in _this_and_previous_paragraph(ctx, pos):
        for t in reversed(sdoc):
            verb = t.head.head if t.head.lower_ in ("in", "by") else t.head
            if (base + t.idx < pos and t.lemma_ == tok.lemma_ and t.i != tok.i
                    and _is_speech_verb(ctx, verb) and not ctx.in_quote(base + t.idx)):
                return _speaker_of_verb(ctx, verb)
    return None


_NAMED_WITHIN = 3000  # characters after a quote where its described speaker may be named
_RECENT = 6000  # characters before a bare role ("the ministry") where what it names may be

_DESCRIPTION_ENDS = frozenset("for at of in from with who on to near".split())


def named_later(ctx: Context, spk: Speaker, pos: int) -> Speaker | None:
    """The person a description of a speaker turns out to be: "A doctor at the hospital, Anjana
    Rokaya, said", or, after the quote at ``pos``, "The spokeswoman, Sabitri Thapa Magar," or
    "Sabitri Thapa Magar, the spokeswoman," (until another "a spokeswoman" comes along)."""
    words = []
    for w in re.findall(r"[\w’'-]+|,", spk.name):
        if w == "," or w.lower() in _DESCRIPTION_ENDS:
            break
        words.append(w)
    if len(words) < 2 or words[0].lower() not in ("a", "an", "one", "the", "its", "their"):
        return None
    head = re.escape(words[-1])
    # the description itself, after the quote ('"…," a spokeswoman said') or before it
    body = spk.name[1:]
    at = ctx.text.find(body, pos, pos + 200)
    at = at if at >= 0 else ctx.text.rfind(body, 0, pos)
    if at > 0:
        end = at + len(body)
        found = _person_at(ctx, re.match(r",\s+", ctx.text[end:]), end)
        if found is not None:  # "A doctor at the hospital, Anjana Rokaya, said"
            return Speaker(found.name, found.id, spk.cue, True)
        pos = max(pos, end)
    # 'A senior figure in the party said … "…". The official, party secretary Hugo Ramírez,
    # said …': the next sentence names whoever was just described
    m = _NEXT_NAMED.match(ctx.text, _sentence_end(ctx.text, pos))
    noun, described = (m.group(1).lower() if m else ""), words[-1].lower()
    # ("a member …" then "The drummer, X," in the same paragraph; a new paragraph's "The mayor,
    # X," is someone else)
    if m and (noun in DESCRIBED or described in _VAGUE) and (
            noun == described or {noun, described} & _VAGUE
            and ctx.paragraph_at(m.end()) == ctx.paragraph_at(pos)):
        comma = ctx.text.find(",", m.end())
        found = next((e for s, _e, e in ctx.mentions_in(m.end(), comma)
                      if e.label == "PERSON" and s >= m.end()), None) if comma > 0 else None
        if found is not None:
            return Speaker(found.name, found.id, spk.cue, True)
    later = re.compile(rf"\b(?:(?P<other>[Aa]n?|[Aa]nother|[Oo]ne)|[Tt]he)\s+"
                       rf"(?:[\w’'-]+\s+){{0,2}}?{head}\b(?P<comma>,\s+)?")
    for m in later.finditer(ctx.text, pos, pos + _NAMED_WITHIN):
        if m.group("other"):
            return None
        found = _person_at(ctx, m.group("comma") and m, 0)
        if found is None and ctx.text[:m.start()].endswith(", "):  # "X, the spokeswoman,"
            end = m.start() - 2
            found = next((e for _s, e_end, e in ctx.mentions_in(end - 1, end)
                          if e_end == end and e.label == "PERSON"), None)
        if found is not None:
            return Speaker(found.name, found.id, spk.cue, True)
    return None


# nouns for someone that any more precise one may refer back to ("a senior figure" … "the
# official"), where "a nurse" … "the director" are two people
_VAGUE = frozenset("official figure person source member man woman".split())
_NEXT_NAMED = re.compile(r"\s*The\s+(?:[\w’'-]+\s+){0,2}?([\w’'-]+),\s+")


_END = re.compile(r"[.!?][\"”’]?(?=\s)")


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (after its closing quote mark, if any)."""
    m = _END.search(text, max(0, pos - 1))  # a quote's own full stop: "… race."
    return m.end() if m else len(text)


# the rest of an organisation's name, and its acronym in brackets, then the comma before a name
_OF_NAME_APPOSED = re.compile(r"(?:\s+(?:[A-ZÀ-Þ][\w’'-]*|of|and|&|"
                              + "|".join(sorted(PARTICLES, key=len, reverse=True))
                              + r"))*(?:\s+\([A-Z]{2,}\))?,\s+")


def _person_at(ctx: Context, m, offset: int) -> Entity | None:
    """The person whose mention starts where the match ``m`` (at ``offset``) ends, or after a
    title there ("…, U Thura Zaw Win")."""
    if not m:
        return None
    start = offset + m.end()
    title = re.match(r"([\w.]+)\s+", ctx.text[start:start + 20])
    if title and title.group(1) in ENT_TITLES:
        start += title.end()
    return next((e for s, _e, e in ctx.mentions_in(start, start + 1)
                 if s == start and e.label == "PERSON"), None)


_POSSESSIVES = {"her": "she", "his": "he", "their": "they", "its": "it"}
# the comma before a name in apposition, past a gloss and what the role is of: "its pipon, or
# headman, X", "The headman, or waheh shnong, of Lumshnong, X"
_APPOSED = re.compile(r",\s+(?:or\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+,\s+)?"
                      r"(?:of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w’'-]*,\s+)?")


# the same role under another title: "the judge" is "Justice Margaret Nabukeera"
_ROLE_TITLES = {
    "judge": "judge|justice|magistrate",
    "executive": "executive|ceo",
    "spokesman": "spokes(?:man|woman|person)",
    "spokeswoman": "spokes(?:man|woman|person)",
    "spokesperson": "spokes(?:man|woman|person)",
    "leader": "leader|chair(?:man|woman|person)?|president|head|chief",
    "chief": "chief|head",  # "the health chief" is "The head of the Health Office, X"
    "head": "head|chief",
    # "Crown counsel X", "the agency's counsel, X, had asked for the maximum sentence" (not the
    # defence's)
    "prosecutor": "prosecutor|(?<!defence )(?<!defense )counsel|state attorney",
}
# what the holder of a role does: "X, who chairs the cooperative" is "the chairman"
_ROLE_VERBS = {
    "chairman": "chairs|chaired", "chairwoman": "chairs|chaired", "chair": "chairs|chaired",
    "chairperson": "chairs|chaired", "coordinator": "coordinates|coordinated",
    "director": "directs|directed|heads|headed|runs|ran", "head": "heads|headed|leads|led",
    "leader": "leads|led|heads|headed", "manager": "manages|managed|runs|ran",
    "founder": "founded", "owner": "owns|owned", "president": "presides|presided|heads|headed",
    "organiser": "organises|organised", "organizer": "organizes|organized",
    "official": "heads|headed|directs|directed|runs|ran|oversees|oversaw",
    "skipper": "skippers|skippered|captains|captained", "coach": "coaches|coached",
    "captain": "captains|captained|skippers|skippered", "editor": "edits|edited",
    "conductor": "conducts|conducted",
}
# (an acronym in brackets too: "The mayor of the Dhaka North City Corporation (DNCC), X")
# or a local title's gloss: "The akim (governor) of Zhanaozen, X"; or where the body is: "The
# director of the State Historical Reserve in Lutsk, X"
_TITLE_GLUE = (r"(?:[\s,]+(?:of|for|the|and|in|[A-ZÀ-Þ][\w’'-]*\.?|\([A-Z]{2,}\)|"
               r"\([a-z][a-z -]*\)))*[\s,]*$")
# (not the full stop of an abbreviated title: "the hospital's medical director, Dr. X")
_CLAUSE_END = re.compile("".join(rf"(?<!\b{t})" for t in (
    "Dr", "Mr", "Ms", "Mrs", "Prof", "Rev", "Hon", "Gen", "Col", "Capt", "Lt", "Sgt", "Engr",
    "Atty", "Ma", "Moh", "Muh", "Mohd", "Muhd", "Sr", "Jr", "St", "Mt")) + r"[.!?;:\"“”]")
_INDEFINITE_APPOSITION = re.compile(r",\s+(?:\d{1,3},\s+)?an?\s")
_NOT_MODIFIER = r"(?:who|which|that|and|or|of|for|with|to|at|in|on|by|as|a|an)"
# "The minister of general education, X", "The mayor of the municipality of Höfn, X", "the
# deputy mayor in charge of culture, X", "The state minister of culture, youth and sports, X":
# what the role is of, then the name (after a title:
# "The provincial director of commerce and industry, Mawlawi X")
_PORTFOLIO = (r",?\s+(?:of|for|in charge of|responsible for)\s+(?:[\w’'-]+,?\s+){0,9}[\w’'-]+,\s*"
              r"(?:[A-ZÀ-Þ][\w’'.-]*\s+)?$"
              # "The mayor of Santa Elvira, the town that owns the ferry, X": the place described
              r"|\s+of\s+(?:the\s+)?(?:[A-ZÀ-Þ][\w’'-]*\s+){0,3}[A-ZÀ-Þ][\w’'-]*,\s+(?:the|an?)\s+"
              r"[^,.;:()]{1,60},\s*$")


# what says a person holds a role: "X is the capitán", "X became the club's coach"
_IS = r"\s+(?:is|was|has been|had been|became|remains)"


def _role_holder(ctx: Context, tok, pos: int) -> Entity | None:
    """'"…," the minister told reporters' after "Education Minister Andrea Whyte-Clarke": a
    bare definite role is the person last mentioned of those named with that title ("Minister
    X", "X, the opposition's education spokesman")."""
    # (the parse may hang "the" on the first word of "the vice-president")
    start = _hyphen_start(tok)
    kids = [c for t in ((tok,) if start.i == tok.i else (start, tok)) for c in t.children]
    dets = [c.lower_ for c in kids if c.dep_ == "det"]
    owner = next((c for c in kids if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    owned = owner is not None and (owner.pos_ == "PROPN" or [
        d.lower_ for d in owner.children if d.dep_ == "det"] == ["the"])
    # ("the union's president", "LFC's purchasing director")
    pronoun_owned = any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in kids)
    determined = dets == ["the"] or not dets and (owned or pronoun_owned)  # "its lawyer"
    if not determined or not (_is_person_noun(tok) or tok.lower_ in ctx.roles or (
            tok.lemma_.lower() not in ORGANISATION_NOUNS and re.search(
                rf"[A-Z][\w’'-]*(?:,|{_IS}) the {re.escape(tok.lower_)}[,.;]|\b[Tt]he "
                rf"(?:[a-z-]+(?:[’']s)? )?(?i:{re.escape(tok.lower_)})"
                rf"(?: \([a-z][a-z -]*\))?(?: of [^,.;:]{{1,60}})?, [A-Z]",
                ctx.text))):
        return None  # (a word the text gives a person: "Yerlan Dzhaksybekov, the akim, …",
    #                  "The intendente of Pomán, Héctor Brizuela, …", "The Wali of Sur, X,",
    #                  "The city's akim, X,", "The akim (governor) of X, Y,")
    edge = tok.right_edge
    if edge.text == "," and edge.i > tok.i:
        edge = edge.nbor(-1)  # (the comma before the name hung on the role)
    end = ctx.parsed_base(tok) + edge.idx + len(edge)
    named = _person_at(ctx, _APPOSED.match(ctx.text[end:end + 60]), end)
    if named is None and pronoun_owned:
        # '"…," her mother said' after "Masís's mother, Marielos Coto Fernández,": the one the
        # text named with that relation before
        kin = re.compile(rf"(?:[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+{re.escape(tok.lower_)}"
                         r",\s*$")
        named = next((ent for start, _end, ent in ctx.mentions_before(pos, _RECENT)
                      if ent.label == "PERSON" and kin.search(ctx.text, max(0, start - 60), start)),
                     None)
    if named is not None or pronoun_owned:  # "the Minister for the Environment, Rui Teles"
        return named  # ("its lawyer, Ana Ruiz"; else no one named before with that title)
    role = _ROLE_TITLES.get(tok.lower_, re.escape(tok.lower_))
    office = next((c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"),
                  None) if tok.lower_ == "general" else None
    if office:  # "the secretary-general", "the director general" (not any general)
        role = rf"{re.escape(office)}[- ]general|general {re.escape(office)}"
    # (or with what they did between: "The stonemason who led the recutting, X,")
    titled = re.compile(rf"\b(?i:{role})(?: (?:who|that) [^,.;:“”\"]{{1,60}})?"
                        rf"(?:{_TITLE_GLUE}|{_PORTFOLIO})")
    # "X, the union's general secretary", "X, a deputy minister", "X, who chairs …"
    # (also without "the": "X, chief medical officer of the county,"; after an age: "X, 62, the
    # chairman of the NCI")
    described = re.compile(rf"^(?:,\s+(?:\d{{1,3}},\s+)?|{_IS}\s+)"
                           rf"(?:(?:the|an?|[\w’'-]+[’']s)\s+)?"
                           rf"(?:(?!{_NOT_MODIFIER}\b)[\w’'-]+\s+){{0,4}}?(?:\w+-)?(?i:{role})\b")
    does = re.compile(rf"^,\s+(?:\d{{1,3}},\s+)?who\s+(?:\w+\s+)?(?:{_ROLE_VERBS[tok.lower_]})\b"
                      if tok.lower_ in _ROLE_VERBS else r"(?!)")
    people = [(start, end, ent) for start, end, ent in ctx.mentions_before(pos, _RECENT)
              if ent.label == "PERSON"]

    def clause_before(start: int) -> str:  # back to a sentence end or a quote mark
        return _CLAUSE_END.split(ctx.text[max(0, start - 120):start])[-1]

    def clauses_around(start: int, end: int) -> str:  # and on to the clause's end
        return clause_before(start) + _CLAUSE_END.split(ctx.text[end:end + 80])[0]

    titled_ids = {ent.id for start, end, ent in people
                  if titled.search(clause_before(start)) or described.match(ctx.text[end:end + 80])
                  or ctx.roles.get(tok.lower_) == ent.id}
    doers = {ent.id for start, end, ent in people if does.match(ctx.text[end:end + 80])}
    # "the inspector" is "The Nature Inspectorate’s officer in Vardø, X," just before: one of
    # the office named by the role's stem (Directorate, Commission, Prosecution)
    stem = re.sub(r"(?:or|er)$", "", tok.lower_)
    if len(stem) >= 5 and stem != tok.lower_:
        office = re.compile(rf"\b{re.escape(stem.capitalize())}[a-z]+\b")
        doers |= {ent.id for start, end, ent in people[:1] if office.search(clause_before(start))}
    # 'X said …. "…," the director said': the subject just before in the paragraph, whose role
    # it is (called so or doing it), is the one meant
    if people and (people[0][2].id in titled_ids | doers) and ctx.paragraph_at(
            people[0][0]) == ctx.paragraph_at(pos) and ctx.subject_rank(*people[0][:2]) == 2:
        return people[0][2]
    holders = titled_ids
    # "the Vladivostok skipper" is none of those called "the Kasatka skipper": a name before
    # the role says whose it is
    for name in (c.text for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.i < tok.i and c.text[:1].isupper()):
        holders = {ent.id for start, end, ent in people
                   if ent.id in holders and name in clauses_around(start, end)}
    org = next((c.lower_ for c in tok.children if c.dep_ == "compound"
                and c.lemma_.lower() in ORGANISATION_NOUNS), None)
    if org:
        # "the union leader" is "X, the union's general secretary", "X, 52, head of the union"
        # or "X, general secretary of the Power Loom Workers' Union" (not "Y, who heads the
        # emergency department", nor "The association's chairman, Z", another leader)
        of_org = re.compile(rf"^,\s+(?:\d{{1,3}},\s+)?(?:the\s+{org}[’']s|[^,.;]{{0,40}}?\b"
                            rf"(?:of|at|for)\s+the\s+(?:[A-Z][\w’'-]*\s+){{0,5}}(?i:{org}))\b")
        # ("The president of the Azilal provincial council, X,": the title before the name)
        org_title = re.compile(rf"\b[Tt]he\s+{org}[’']s\s+(?:[\w-]+\s+){{0,3}}?[\w-]+,\s*$"
                               rf"|\b(?:of|for)\s+the\s+(?:[\w’'-]+\s+){{0,5}}?(?i:{org}),\s*$")
        holders = {ent.id for start, end, ent in people if of_org.match(ctx.text[end:end + 80])
                   or org_title.search(clause_before(start))} or holders
    # one called by the title outranks one who does what its holders do: "the director" is
    # "X, the hospital's director", not the nearer "Y, who heads a charity"
    holders = holders or doers
    if len(holders) > 1:
        # "the conductor" is "the choir's conductor, X", not "Y, a Norwegian conductor", one of
        # many
        holders = {ent.id for start, end, ent in people if ent.id in holders and (
            titled.search(clause_before(start)) or not _INDEFINITE_APPOSITION.match(
                ctx.text, end))} or holders
    # "the survey's leader" is the one so called, not "the county's deputy head" named since
    if len(holders) > 1 and owner is not None:
        owned_by = re.compile(
            rf"\b{re.escape(owner.lower_)}[’']s\s+(?:[\w-]+\s+){{0,3}}?(?:{role})\b", re.I)
        holders = {ent.id for start, end, ent in people
                   if ent.id in holders and owned_by.search(clauses_around(start, end))} or holders
    # "the managing director" is the one so called, not another director named since
    modifiers = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    if len(holders) > 1 and modifiers:
        role_words = re.escape(" ".join(modifiers + [tok.lower_]))
        called = re.compile(rf"\b{role_words}\b", re.I)
        holders = {ent.id for start, end, ent in people
                   if ent.id in holders and called.search(clauses_around(start, end))} or holders
    if not holders and tok.lower_ in _ANY_OFFICE_ROLES:
        # "the official said", "the department head said" after "The director of the
        # provincial environment department, X,": one named after an office in the paragraph
        return next((ent for start, _e, ent in people if ctx.paragraph_at(
            start) == ctx.paragraph_at(pos) and _AFTER_OFFICE.search(clause_before(start))), None)
    return next((ent for _s, _e, ent in people if ent.id in holders), None)


# roles that any office holder has
_ANY_OFFICE_ROLES = frozenset({"official", "head"})
# "The director of the provincial environment department, ": an office, then who holds it
_AFTER_OFFICE = re.compile(r"^\s*The\s+(?:[\w’'-]+\s+){0,2}?(?:" + "|".join(
    sorted(ROLE_WORDS | {"head"})) + r")\s+(?:of|for|in)\s+[^,]{1,80},\s*$")


_AGED = re.compile(r"[Tt]he (\d{1,3})-year-old(?![\w-])")


def _person_of_age(ctx: Context, phrase: str, pos: int) -> Entity | None:
    """"the 58-year-old said" after "X, 58,": the person last named with that age (also "The
    58-year-old, who works as a nurse in Brest, described …")."""
    m = _AGED.match(phrase)
    if m is None:
        return None
    age = re.compile(rf",\s+(?:aged\s+)?{m.group(1)}\b|\s+\({m.group(1)}\)")
    return next((ent for _start, end, ent in ctx.mentions_before(pos, _RECENT)
                 if ent.label == "PERSON" and age.match(ctx.text, end)), None)


_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "advmod",
                             "quantmod", "npadvmod"})


def _earlier_description(ctx: Context, tok, pos: int, cue: str) -> Speaker | None:
    """"the official" after "A senior official at the Ministry of Economy, who asked not to be
    named, said …": a bare definite description of a person is the one described in this
    paragraph or the one before, and "the economist" after "Héctor Mejía Lanza, an economist at
    …" the person so described, however far back, as "the hokim" after "Ulugbek Sattorov, the
    hokim of Jarkurgan district," (a role the lexicon need not know)."""
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    others = [c for c in tok.children if c.dep_ not in ("det", "relcl", "acl", "punct")]
    if dets != ["the"] or others or not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and (
            tok.is_lower)) or tok.lemma_.lower() in ORGANISATION_NOUNS:
        return None  # "the welder, who asked not to be named," still refers back (and "the
        # hokim", a word the tagger does not know, is a noun)
    here = ctx.paragraph_at(pos)
    for p in range(here, -1, -1):
        base, sdoc = ctx.parsed[p]
        for t in reversed(sdoc):
            indefinite = _indefinite(t)
            if (base + t.idx < pos and t.lemma_ == tok.lemma_ and t.i != tok.i
                    and (indefinite or [c.lower_ for c in t.children if c.dep_ == "det"] == [
                        "the"]) and not ctx.in_quote(base + t.idx)):
                # the description's own first word (its left edge may be a fronted "According
                # to X," the parse hung on it)
                first = t
                while first.i > 0 and t.is_ancestor(first.nbor(-1)) and (
                        first.nbor(-1).dep_ in _NOUN_MODIFIERS):
                    first = first.nbor(-1)
                start = base + first.idx
                named = next((ent for _s, end, ent in ctx.mentions_before(start, 80)
                              if ent.label == "PERSON"
                              and re.fullmatch(r",\s*(?:\d{1,3},\s*)?", ctx.text[end:start])),
                             None)  # "X, a paediatrician", "X, 52, a paediatrician"
                if named is not None:  # (or "X, the wójt of Zabór,": the one who holds it)
                    return Speaker(named.name, named.id, cue, True)
                if indefinite and p >= here - 1:
                    # someone unnamed only from this paragraph or the one before
                    described = _person_description(ctx, t, any_noun=True, fuller=False)
                    return Speaker(described, None, cue, False) if described else None
    return None


# offices, and people new to the story when they first speak ("the judge", "the spokeswoman"):
# whoever holds the title, if anyone, not the last person named
_NOT_ANAPHORIC = frozenset("""judge magistrate justice minister mayor president governor premier
    prosecutor senator sheriff commissioner chancellor ambassador coroner officer inspector
    official source spokesman spokeswoman spokesperson""".split())


def _definite_referent(ctx: Context, tok, pos: int) -> Entity | None:
    """A bare definite description of one person ("the farmer", "the Dutch scientist, who …"),
    not an office, that no earlier description explains refers back to the person named last: the
    subject of a sentence in this paragraph or the one before, else the nearest name there, else
    whoever spoke last ('“…” ¶ The chairwoman said')."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not _is_person_noun(tok) or (
            tok.lemma_.lower() in _NOT_ANAPHORIC):
        return None
    if [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"] or any(
            c.dep_ not in ("det", "amod", "compound", "punct") and not (
                c.dep_ == "relcl" and tok.doc[c.left_edge.i - 1].text == ",")
            for c in tok.children):
        return None  # "the farmer from Tozeur", "the farmer who sold it": someone else
    described = _person_description(ctx, tok)
    if described and named_later(ctx, Speaker(described, None, "", False), pos):
        return None  # "… the student said. The student, Yacine Ferhat, 26, …"
    return _recent_person(ctx, pos)


def _recent_person(ctx: Context, pos: int) -> Entity | None:
    """The person named last before ``pos``: the subject of a sentence in this paragraph or the
    one before, else the nearest name there, else whoever spoke last."""
    first = max(0, ctx.paragraph_at(pos) - 1)
    best, best_rank, best_para = None, -1, -1
    for start, end, ent in ctx.mentions_before(pos, 3000):
        para = ctx.paragraph_at(start)
        if para < first or best_rank >= 1 and para != best_para:
            break  # a subject of a clause here ("divers led by X") before one further back
        if ent.label == "PERSON":
            rank = ctx.subject_rank(start, end)
            if rank == 2:
                return ent
            if rank > best_rank:
                best, best_rank, best_para = ent, rank, para
    last = ctx.entity(ctx.last_speaker.entity_id) if ctx.last_speaker else None
    return best or (last if last is not None and last.label == "PERSON" else None)


def _apposed_name(subjects):
    """Of the subjects the parse gave one verb, the one a name is in apposition to ("said the
    leader of the trust's volunteers, X," read as "the leader" and "volunteers, X")."""
    return next((c for c in subjects if any(a.dep_ == "appos" and a.pos_ == "PROPN"
                                            for a in c.children)), None)


def _sentence_subject(sent, quoted=lambda tok: False):
    """The main verb's subject; else, where the parse hung it elsewhere ("Outside the chamber,
    a nurse …, said she paid" read as "the chamber, a nurse"), the first subject or apposition
    before the main verb, or a noun the parse made the root ("A manager at a firm that ships
    through Kuryk, speaking …, said"). Not a word ``quoted`` (a parse can hang a noun of the
    quote on the verb: '"…, not the man who trusted it," he added')."""
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")
                and not quoted(c)]
    subj = _apposed_name(subjects) or subjects[0] if subjects else None
    if subj is not None:
        # "A mother whose daughter was found … said she …", read as the passive's subject with
        # "said" joined to "found": the one who said it
        says = subj.dep_ == "nsubjpass" and any(
            c.dep_ == "conj" and c.lemma_ in _REPORTING and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in sent.root.children)
        return subj if subj.dep_ == "nsubj" or says else None
    root = sent.root if sent.root.pos_ in ("NOUN", "PROPN") else None
    if sent.root.lemma_ == "be" and sent[0].dep_ == "prep":
        # "Among them was a retired teacher who …": the subject after the verb
        root = next((c for c in sent.root.children if c.dep_ == "attr" and c.pos_ == "NOUN"),
                    root)
    first = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass", "appos")
                  and t.i < sent.root.i and t.pos_ in ("NOUN", "PROPN") and not quoted(t)), root)
    if first is not None and first.dep_ == "appos" and first.head.pos_ == "PROPN" and (
            first.head.dep_ in ("npadvmod", "ROOT")):
        return first.head  # "X, 31, a bus driver …, described": X, whatever the parse made of X
    return first


def _described_organisation_before(ctx: Context, pos: int) -> Entity | None:
    """'The authority said 612 camps were open. "…," it said': when the nearest sentence
    subject before "it" is "the authority", "it" is the organisation that description names."""
    if not ctx.has_parse:
        return None
    base, sdoc = ctx.parsed[ctx.paragraph_at(pos)]
    for sent in reversed(list(sdoc.sents)):
        if base + sent.start_char >= pos or ctx.in_quote(base + sent.root.idx):
            continue
        subj = _sentence_subject(sent)
        if subj is None or subj.pos_ == "PRON":
            continue
        return _description_referent(ctx, subj, base + subj.idx)
    return None


def _indefinite(tok) -> bool:
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one")
               for c in tok.children)


def _is_person_noun(tok) -> bool:
    if tok.pos_ in ("NOUN", "PROPN"):
        lemma = tok.lemma_.lower()
    elif tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "det" for c in tok.children):
        lemma = tok.lower_  # "A nest cleaner … said": a noun the tagger took for "clean"'s
    else:
        return False
    return lemma in DESCRIBED or lemma.endswith(PERSON_SUFFIXES) or lemma.endswith(_ROLE_TAILS) or (
        lemma == "hand" and any(c.dep_ == "compound" for c in tok.children))  # "a station hand"


def _person_description(ctx: Context, tok, any_noun: bool = False, fuller: bool = True
                        ) -> str | None:
    """The description of someone unnamed, up to its first comma: "A patient from Cardiff, a
    retired …" is "a patient from Cardiff"; None when ``tok`` is no person noun (with
    ``any_noun``, any noun but an organisation's: "she" says "a museum guide" is a person).
    A bare "one victim" gives way to the ``fuller`` description beside it."""
    if not (_is_person_noun(tok) or any_noun and tok.pos_ == "NOUN"
            and tok.lemma_.lower() not in ORGANISATION_NOUNS):
        return None
    sdoc = tok.doc
    end, last = tok.i, tok.right_edge.i
    for c in tok.children:  # "a museum guide who took part in the preview": not the clause
        if c.dep_ == "relcl" and c.i > tok.i:
            last = min(last, c.left_edge.i - 1)
    who = next((t.i for t in sdoc[tok.i + 1:last + 1] if t.tag_ in ("WP", "WP$")), None)
    if who is not None:  # the clause hung on a noun inside: "a pensioner in Kato Paphos who …"
        last = who - 1
    while end + 1 <= last and (not sdoc[end + 1].is_punct or sdoc[end + 1].text in "-‐") and (
            sdoc[end + 1].tag_ not in ("VBD", "VBZ", "VBP", "MD")
            or sdoc[end + 1].dep_ not in ("ROOT", "aux", "auxpass")):  # "… by the gates was"
        end += 1  # "the mother of a nine-year-old boy"
    appos = [c for c in tok.children if c.dep_ == "appos" and _is_person_noun(c)]
    if fuller and end - tok.left_edge.i < 2 and appos:  # "One victim, a retired teacher from …"
        return _person_description(ctx, appos[0])
    while end > tok.i and sdoc[end].lower_ in ("who", "which", "that", "whose"):
        end -= 1  # "a farmer from a village near the river who"
    start = tok.left_edge.i
    if tok.dep_ == "appos" and tok.head.i == tok.i - 1 and tok.head.pos_ == "NOUN":
        start = tok.head.left_edge.i  # "a bomb disposal technician", which the parse split
    commas = [t.i for t in sdoc[start:tok.i] if t.text == ","]
    if commas:  # "Outside the gates, a truck driver from Mvurwi": not the fronted phrase
        start = commas[-1] + 1
    while start < tok.i and (sdoc[start].is_punct or sdoc[start].is_space):
        start += 1  # '"…," a fisherman from … told reporters': not the quote's closing mark
    phrase = sdoc[start : end + 1].text
    first = sdoc[start]
    lower = first.dep_ == "det" or first.lower_ == "one" and first.dep_ == "nummod"
    return phrase[:1].lower() + phrase[1:] if lower else phrase


def _in_prepositional(sdoc, head, offset: int) -> bool:
    """Whether the token at ``offset`` hangs from ``head`` through a preposition of place ("a
    machine operator at the Ramos Arizpe plant"): a name there says where the person is, not
    who (but "Governor of Washington Chris Gregoire" is Gregoire)."""
    tok = next((t for t in head.subtree if t.idx == offset), None)
    while tok is not None and tok.i != head.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPOSITIONS:
            return True
        tok = tok.head
    return False


def _fallback_speaker(ctx: Context, verb) -> Speaker | None:
    """Without a parse: the name right after the verb ("said Bolden"); else the clause before
    it, whose first person (then organisation) is its subject ("Mu Li, of the University of
    NSW, said"); a passive ("was described by X") names X or no one."""
    doc = verb.doc
    at = lambda i: doc[i] if 0 <= i < len(doc) else None  # noqa: E731
    nxt = at(verb.i + 1)
    if at(verb.i - 1) is not None and at(verb.i - 1).lower_ in _BE:
        agent = at(verb.i + 2) if nxt is not None and nxt.lower_ == "by" else None
        return speaker_from(ctx, agent, verb.text) if agent and agent.text[:1].isupper() else None
    if nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ in PERSON_PRONOUNS):
        return speaker_from(ctx, nxt, verb.text)
    start = verb.i
    while start > 0 and verb.i - start < 30:
        t = doc[start - 1]
        if t.text in ".!?;" or t.text in MARKS:
            break
        start -= 1
    base = ctx.parsed_base(verb)
    mentions = [m for m in ctx.mentions_in(base + doc[start].idx, base + verb.idx)
                if not ctx.in_quote(m[0])] if start < verb.i else []
    for label in ("PERSON", "ORG"):
        chosen = [m for m in mentions if m[2].label == label]
        if chosen:
            return Speaker(chosen[0][2].name, chosen[0][2].id, verb.text, True)
    for j in range(verb.i - 1, start - 1, -1):
        t = doc[j]
        if t.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS or t.text[:1].isupper():
            return speaker_from(ctx, t, verb.text)
    return None


_BE = frozenset({"is", "was", "were", "are", "been", "being", "be"})
