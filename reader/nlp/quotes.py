"""Direct quotes and who said them.

A quote's content comes from its marks (``quotemarks``).  Its speaker comes, in this order, from:

1. a reporting verb in its own sentence, outside any quote: right after the quote
   (``"…," said Bolden`` / ``"…," he said``), else before it (``X said, "…"``), else later in the
   sentence; ``according to X`` and ``quoting X`` count too.  The verb's subject (or the agent
   of a passive, the object of "quoting") is the speaker; a pronoun is resolved to the nearest
   fitting entity before it; a description ("the report's authors") is kept as written.
2. the quote it continues: the rest of a quote split by its attribution (``"X," he said, "Y."``),
   the next paragraph of a multi-paragraph quote, or a paragraph that is only a quote right
   after a paragraph that ended with one (unless a sentence about someone else stands between;
   a nickname in quote marks passes no voice on).
3. the previous sentence, when it is an attribution (a reporting verb, a statement noun, or a
   colon at its end): ``X issued a statement. "…"``.

A speaker known by a description ("a spokeswoman for the authority") takes the name the article
gives them later ("The spokeswoman, Sabitri Thapa Magar, said"). A quote of a word or two with no
speaker of its own is a scare quote.
"""

from __future__ import annotations

import re

from reader.document import Span
from reader.nlp.lexicon import NAMING_WORDS, STATEMENT_NOUNS, people_plural
from reader.nlp.quotemarks import MARKS, Quoted, find_quoted
from reader.nlp.speakers import (
    Context, Speaker, colon_speaker, cues, named_later, speaker_from,
)
from reader.nlp.types import Entity, Quote

SCARE_MAX_WORDS = 3
NAME_MAX_WORDS = 6  # words at most of a name in quote marks after "known as", "call"
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s")


def find_quotes(text: str, parsed, entities: list[Entity], paragraphs: list[Span]) -> list[Quote]:
    """Quotes of the text; ``parsed`` holds one (start, spaCy Doc) per paragraph span."""
    quoted = find_quoted(text, paragraphs)
    ctx = Context(text, parsed, entities, quoted, paragraphs)
    speakers: list[Speaker | None] = []
    own: list[bool] = []
    for i, q in enumerate(quoted):
        found = _own_attribution(ctx, q)
        own.append(found is not None)
        if found is None:
            found = _continued(ctx, quoted, speakers, i)
            if found is not None and _sentence_between(text, quoted, i):
                # 'According to the Centre, "…". Its director, X, said …. "…"': a sentence
                # about someone else between two quotes hands the second to them
                between = _previous_sentence(ctx, q)
                found = between if between is not None and between.named else found
        if found is None:
            found = _previous_sentence(ctx, q)
        speakers.append(found)
        if found is not None and not _names_a_thing(ctx.text, q):
            ctx.last_speaker = found
    # Someone described ("a spokeswoman for the authority") may be named later on.
    for i, spk in enumerate(speakers):
        if spk is not None and not spk.named:
            speakers[i] = named_later(ctx, spk, quoted[i].end) or spk
    # A multi-paragraph quote shares one speaker, wherever its attribution stands.
    for i in range(len(quoted) - 1, 0, -1):
        if quoted[i].continues and speakers[i - 1] is None:
            speakers[i - 1] = speakers[i]
    quotes = []
    for i, (q, spk) in enumerate(zip(quoted, speakers)):
        content = text[q.start : q.end]
        inherited = i > 0 and spk is not None and _same_sentence(text, quoted[i - 1], q)
        scare = _is_scare(text, q, own[i] or inherited)
        quotes.append(
            Quote(
                id=f"q{i + 1}",
                start=q.start,
                end=q.end,
                text=content,
                speaker=None if scare or spk is None else spk.name,
                speaker_id=None if scare or spk is None else spk.entity_id,
                cue=None if scare or spk is None else spk.cue,
                kind="scare" if scare else "direct",
            )
        )
    return quotes


# --- 1. attribution in the quote's own sentence -------------------------------------------


def _own_attribution(ctx: Context, q: Quoted) -> Speaker | None:
    base, sdoc = ctx.parsed[q.paragraph]
    open_mark, close_mark = q.start - 1, q.end  # absolute offsets of the marks
    before, after = [], []
    # Tokens after the closing mark, up to the sentence end or the next quote; none when the
    # quote ended its sentence ('…two hours." Rathbun asserted' starts a new one).
    rest = ctx.text[close_mark + 1 : close_mark + 3].lstrip()
    ends_sentence = q.end > q.start and ctx.text[q.end - 1] in ".!?" and rest[:1].isupper()
    for tok in [] if ends_sentence else sdoc:
        pos = base + tok.idx
        if pos > close_mark and not q.unclosed:
            if ctx.in_quote(pos):  # the next quote, marks included
                break
            after.append(tok)
            if _full_stop(sdoc, tok):
                break
    # Tokens before the opening mark, back to the sentence start or the previous quote (past a
    # name in quote marks: 'The ministry said the drive, which it has named "Gota Limpa", was
    # "…"').
    for tok in reversed(sdoc):
        pos = base + tok.idx
        if pos >= open_mark:
            continue
        if ctx.in_quote(pos) or ctx.text[pos] in MARKS:
            other = ctx.quote_at(pos)
            if other is not None and _names_a_thing(ctx.text, other):
                continue
            break
        if _full_stop(sdoc, tok):
            break
        before.append(tok)
    before.reverse()
    # A clause that a subordinator opens after the quote tells of something else: '… "every
    # warning sign" after its storekeeper reported …' is not the storekeeper's.
    # But a sentence-final ", said X" after that clause speaks for the whole sentence.
    sub = next((i for i, t in enumerate(after) if t.lower_ in _SUBORDINATORS), len(after))
    final = next((after[i + 1:] for i, t in enumerate(after) if i > sub and t.text == ","
                  and any(cues(ctx, after[i + 1:i + 4]))), [])
    after = after[:sub]
    backwards = list(reversed(cues(ctx, before)))  # nearest the quote first
    source = next((c for c in backwards if c is not None and c.cue == "according to"), None)
    # A verb coordinated with the quote's own does not outweigh the source of the sentence:
    # 'According to X, … where fishermen "act as the river's eyes" and report boats'.
    coordinated = bool(after) and after[0].lower_ in ("and", "or")
    near_after = [c for c in cues(ctx, after[:5]) if c is not None]
    if near_after and not (coordinated and source is not None):
        return near_after[0]
    # A sentence-final "officials said" vouches for the sentence, not for a term quoted in it.
    fragment = _is_fragment(ctx.text[q.start : q.end])
    if source is not None:
        # "According to X, Somalia has reported cases …, and the outbreak is "…"": X is the
        # source of the sentence; a clause of its own further than a few words from the quote
        # does not introduce it (but "According to X, quoting Y, …" is Y's)
        nearest = next(i for i, c in enumerate(backwards) if c is not None)
        verb = before[len(before) - 1 - nearest]
        if nearest > _INTRODUCES and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return source
    later = [] if fragment else cues(ctx, after + final)
    vouched = next((c for c in later if c is not None and c.cue == "according to"), None)
    if vouched is not None and ctx.label_of(vouched.entity_id) == "PERSON":
        return vouched  # 'The association says it got "…" back, according to its president, X'
    for region in (backwards, later):
        cands = [c for c in region if c is not None]
        if cands:
            return ([c for c in cands if c.named] or cands)[0]
    if before and before[-1].text == ":":
        return colon_speaker(ctx, before)
    return None


def _full_stop(sdoc, tok) -> bool:
    """A sentence's end, not an abbreviation's point before a number or a lower-case word ("the
    Shinsei Maru No. 28, X, told")."""
    if tok.text not in ".!?":
        return False
    nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
    return not (tok.text == "." and nxt is not None and nxt.idx == tok.idx + 2 and (
        nxt.text[:1].isdigit() or nxt.is_lower))


def _is_scare(text: str, q: Quoted, attributed: bool) -> bool:
    """Words in quote marks that nobody is quoted saying: a name, a title, a term.

    A title-case phrase ("the Needle", "Gold and Memory: Kumasi 1874") is a name even beside a
    reporting verb; so is a term after "the words" or "known as"; a short quote that is a whole
    utterance ("Nobody else would.") is someone's words; any other word or two is a scare quote
    unless its own sentence attributes it."""
    content = text[q.start : q.end].strip()
    return _names_a_thing(text, q) or _is_fragment(content) and not attributed


def _is_title(content: str) -> bool:
    """A name or a title in Title Case ("the Needle", "Gold and Memory: Kumasi 1874")."""
    words = content.split()
    significant = [w for w in words if w.lower() not in _NAME_GLUE]
    return (bool(significant) and len(words) <= 10 and content[-1] not in ".!?,"
            and all(w[:1].isupper() or w[:1].isdigit() for w in significant)
            and not all(w[:1].isdigit() for w in significant))


def _is_fragment(content: str, most: int = SCARE_MAX_WORDS) -> bool:
    """A word or two, not a whole utterance ("We are ready," is one)."""
    content = content.strip()
    return bool(content) and len(content.split()) <= most and content[-1] not in ".!?,"


_INTRODUCES = 3  # words at most between a verb and the quote it introduces ("told officers")
_SUBORDINATORS = frozenset({"after", "before", "because", "when", "while", "since", "until",
                           "although", "though", "unless", "whereas", "once"})
_NAMING_VERBS = frozenset({"call", "calls", "called", "nicknamed", "dubbed", "named"})
_OBJECTS = frozenset({"her", "him", "it", "them", "me", "us"})
_NAME_GLUE = frozenset({"the", "of", "and", "a", "an", "in", "on", "for", "de", "la", "von"})


# "known in Owo as", "known locally as"; "Villagers call the panel", "Pickers call the machines,
# which …,", "Residents have long called the months", "had taken to calling", "Newspapers have
# already dubbed the work", "many of them were soon calling the python": a name in use, a habit
# (not what one speaker "has called" or is "calling" something: their words)
# "The counters had a name for the shelf where the birds stood:", "a nickname:" (the 11 such
# words in quote marks in the gold data are all names)
_NAME_INTRO = re.compile(r"\b(?:an?|the|their|its|his|her|own)\s+(?:\w+\s+)?(?:nick)?names?\b"
                         r"[^.!?:;\"“”]{0,80}:\s*$")
_KNOWN_AS = re.compile(r"\bknown(?:\s+[\w-]+){0,3}\s+as\s*$", re.I)
_TO_THE_QUOTE = (r"\s(?!(?:for|on|upon|to)\b)"
                 r"(?:[^.!?\"“”]|\.(?=\S|\s+[a-z\d])|(?<=[ap]\.m)\.){0,140}$")  # (not "6 a.m.")
_HABITUAL_NAMING = re.compile(
    r"\b(?:(?:call|dub|nickname)s?|(?:have|has|had)\s+long\s+(?:called|dubbed|nicknamed)|"
    r"(?:have|had)\s+(?:already\s+|quickly\s+|since\s+)?(?:dubbed|nicknamed)|"
    r"(?:taken|took|began|begun|started|come|came)\s+(?:to\s+)?call(?:ing)?|"
    r"(?:were|are)\s+(?:soon\s+|already\s+|now\s+)?calling)" + _TO_THE_QUOTE)
# "Diggers called the pit", "Patients soon called the device", "officers had called the
# container", "Women in the villages soon called the clinics", "passengers nicknamed": what a
# group of people called a thing is a name in use, not one speaker's words (but what critics
# called it is their judgement, said)
_JUDGES = frozenset("critics opponents analysts experts officials campaigners observers "
                    "commentators economists".split())
_GROUP_NAMING = re.compile(r"\b([A-Za-z]+)\s+(?:(?:in|of|from|at|on|along|around)\s+(?:the\s+)?"
                           r"[\w’'-]+\s+)?(?:(?:had|have)\s+)?(?:(?:soon|quickly|often|also|"
                           r"later|then|locally)\s+)?(?:called|dubbed|nicknamed)" + _TO_THE_QUOTE)


def _named_as_words(text: str, q: Quoted) -> bool:
    """``the words "…"``, ``call her "…"``, ``a nickname, "…"``, ``listed as "…"``: a word
    mentioned, not anyone's words."""
    before = [w.rstrip(",") for w in text[max(0, q.start - 40) : q.start - 1].lower().split()]
    if before[-1:] == ["called"] and (before[-3:-2] == ["what"] or before[-2:-1] in (
            ["he"], ["she"], ["it"])):
        return False  # 'what he called “a violent crowd”', 'a loss she called "painful"': hers
    return bool(before) and (before[-1] in NAMING_WORDS or " ".join(before[-2:]) in NAMING_WORDS
                             or len(before) > 1 and before[-2] in _NAMING_VERBS
                             and before[-1] in _OBJECTS)  # "call her “the slow pen”"


def _in_use(text: str, q: Quoted) -> bool:
    """``known as "…"``, ``residents call it "…"``, ``had a name for the shelf: "…"``: a name in
    use."""
    window = text[max(0, q.start - 160) : q.start - 1]
    if _KNOWN_AS.search(window) or _HABITUAL_NAMING.search(window) or _NAME_INTRO.search(window):
        return True
    group = _GROUP_NAMING.search(window)
    return bool(group and people_plural(group.group(1))
                and group.group(1).lower() not in _JUDGES)


# --- 2. continuation ----------------------------------------------------------------------


def _same_sentence(text: str, a: Quoted, b: Quoted) -> bool:
    """True when nothing but a clause (no sentence end) stands between quotes a and b."""
    between = text[a.end - 1 : b.start - 1] + " "
    return a.paragraph == b.paragraph and not _SENTENCE_END.search(between)


def _last_words(ctx: Context, quoted: list[Quoted], i: int) -> int:
    """The quote before quote ``i`` that is someone's words, not a name they were quoted
    calling something ("Tonton Pêcheur", a hostel "residents call "the furnace""); -1 when
    there is none."""
    j = i - 1
    while j >= 0 and _names_a_thing(ctx.text, quoted[j]):
        j -= 1
    return j


def _names_a_thing(text: str, q: Quoted) -> bool:
    """A title, or a name or a word mentioned; a name in use may run longer than a scare quote
    ('a route lorry drivers call "the road of patience"', not 'she called it "the best race of
    her life"', her words)."""
    content = text[q.start:q.end].strip()
    return _is_title(content) or _is_fragment(content) and _named_as_words(text, q) or (
        _is_fragment(content, NAME_MAX_WORDS) and _in_use(text, q))  # (a name in use, longer)


def _sentence_between(text: str, quoted: list[Quoted], i: int) -> bool:
    """Whether a sentence of its own stands between quote ``i`` and the one before it in the
    same paragraph ('"…". Its director, X, said …. "…"', not '"…," Mortimer said. "…"')."""
    prev, q = quoted[i - 1], quoted[i]
    gap = text[prev.end + 1:q.start - 1]
    starts_one = text[prev.end - 1:prev.end] in (".", "!", "?") and gap.strip()[:1].isupper()
    return prev.paragraph == q.paragraph and not q.continues and (
        starts_one or re.search(r"[.!?]\s+[A-Z]", gap) is not None)


def _continued(ctx: Context, quoted: list[Quoted], speakers, i: int) -> Speaker | None:
    j = _last_words(ctx, quoted, i)
    if j < 0:
        return None
    q, prev, spk = quoted[i], quoted[j], speakers[j]
    if spk is None:
        return None
    if q.continues or prev.paragraph == q.paragraph:
        return spk
    # A paragraph that opens with a quote and has no attribution of its own, right after a
    # paragraph that quoted someone: the same voice goes on, unless that paragraph ends by
    # introducing someone else ('… Azamat Toktogul uulu, 51, told reporters:').
    opens_paragraph = q.start - 1 == ctx.paragraphs[q.paragraph].start
    if not opens_paragraph or prev.paragraph != q.paragraph - 1:
        return None
    before = ctx.paragraphs[prev.paragraph]
    return None if ctx.text[before.start:before.end].rstrip().endswith(":") else spk


# --- 3. attribution by the previous sentence -------------------------------------------------


def _previous_sentence(ctx: Context, q: Quoted) -> Speaker | None:
    base, sdoc = ctx.parsed[q.paragraph]
    open_mark = q.start - 1
    sentence = None
    for sent in sdoc.sents:
        if base + sent.end_char <= open_mark and not ctx.in_quote(base + sent.start_char):
            sentence = sent
    same_paragraph = sentence is not None
    earlier = []  # the sentences before the last of the paragraph before
    if sentence is None and q.paragraph > 0 and open_mark == ctx.paragraphs[q.paragraph].start:
        pbase, pdoc = ctx.parsed[q.paragraph - 1]
        sents = list(pdoc.sents)
        if sents and not ctx.in_quote(pbase + sents[-1].start_char):
            sentence, base, earlier = sents[-1], pbase, sents[:-1]
    if sentence is None:
        return None
    return _cue_of(ctx, sentence, base, same_paragraph) or _reported_before(ctx, earlier, base)


def _reported_before(ctx: Context, sents, base: int) -> Speaker | None:
    """'El Ouardighi, 41, said the prints were a sauropod's. The team spent 19 days on the
    slab. ¶ "It is the same animal …"': a paragraph of only a quote, after one that reports what
    someone said and quotes no one, is theirs."""
    if not ctx.has_parse:
        return None
    for sent in reversed(sents):
        if ctx.in_quote(base + sent.start_char) or ctx.in_quote(base + sent.root.idx):
            return None
        main = _main_cue(ctx, sent, base)
        if main is not None:
            return main
    return None


def _main_cue(ctx: Context, sent, base: int) -> Speaker | None:
    """The named speaker of a sentence's main verb: "X said the deal let the US ask for …"."""
    if not ctx.has_parse or ctx.in_quote(base + sent.root.idx):
        return None
    main = cues(ctx, [sent.root])
    return main[0] if main and main[0] is not None and main[0].named else None


def _cue_of(ctx: Context, sentence, base: int, same_paragraph: bool) -> Speaker | None:
    """Who the sentence before a quote says is speaking."""
    toks = [t for t in sentence if not ctx.in_quote(base + t.idx)]
    main = _main_cue(ctx, sentence, base)
    if main is not None:
        return main
    # (not a verb of a relative clause: "The director defended the cap, which some owners had called
    # too small." is the director's sentence)
    found = [c for t, c in zip(toks, cues(ctx, toks)) if c is not None and t.dep_ != "relcl"]
    if found:
        return ([c for c in found if c.named] or found)[-1]
    asked = [c for c in sentence.root.children if c.dep_ == "nsubjpass"] if (
        ctx.has_parse and sentence.root.lemma_ == "ask") else []
    if asked and same_paragraph:
        # 'X was asked whether the ants could be raised on farms. "Nobody has …"': the answer
        return speaker_from(ctx, asked[0], "previous sentence")
    colon = sentence.text.rstrip().endswith(":")
    is_statement = colon or any(
        t.lemma_.lower() in STATEMENT_NOUNS or t.lower_ in STATEMENT_NOUNS for t in toks
    )
    subj = [c for c in sentence.root.children if c.dep_ == "nsubj"] if ctx.has_parse else []
    if colon and not subj and toks:
        # "It was led by Dr. X, …, who was cautious about the result:" closing the paragraph
        # before: the colon introduction's speaker
        return colon_speaker(ctx, toks)
    if not subj:
        return None
    # "The study's co-author, the ecologist X," read as three subjects "co", "-", "author"
    subj.sort(key=lambda t: -len(list(t.subtree)))
    if is_statement:
        return speaker_from(ctx, subj[0], ":" if colon else "statement")
    # 'The lead scientist, Nathan Beaulieu, did not mince words. "Red tide is …"': a quote
    # with no cue of its own, right after a sentence about a named person, is theirs
    spk = speaker_from(ctx, subj[0], "previous sentence") if same_paragraph else None
    if spk is not None and spk.entity_id and ctx.label_of(spk.entity_id) == "PERSON":
        return spk
    return None
