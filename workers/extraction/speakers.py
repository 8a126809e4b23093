"""Stage 4, speaker mentions: each candidate in text order -> the words naming its speaker.

``SPEAKER_RULES`` is the one ordered list of rules; each is ``(candidate, context) ->
SpeakerMention | None`` and the first that answers decides. Its first rule reads the words the
quote came with, in the order ``QUOTE_WORDS`` lists them (each ``(candidate, context) -> token |
None``): the first found speaks, unless it is a common noun inside the quotation's own content.
Adding a rule is one function and one line in one of the two lists.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .candidates import MARKS, PARSE, TAGGER, Candidate, overlap
from .lexicon import (
    CUE_ADVERBS,
    DOCUMENT_NOUNS,
    GIVEN_AFTER_FAMILY,
    HEADLINE_LABELS,
    MEANS_OF_TELLING,
    MEDIUM_NOUNS,
    PERSON_NOUNS,
    QUESTION_VERBS,
    QUESTION_WORDS,
    SPEECH_VERBS,
    TITLE_SMALL_WORDS,
    TITLES,
    VERDICT_NOUNS,
    is_recorded_first_name,
)
from .marks import (
    ALL_MARKS,
    TRANSCRIPT_LABEL,
    label_of_a_quotation,
    quoted_again,
    quoted_words,
)
from .memo import doc_ents
from .syntax import (
    asked_about,
    by_their_account,
    censured_with_no_be,
    hearer_joined_in_the_passive,
    may_speak,
    name_after,
    name_before_a_verb_read_as_noun,
    nearby_name,
    noun_before,
    outside_subject,
    said_by_a_subject_after,
    said_to_be,
    subject_read_as_a_compound,
    told_with_no_be,
)
from .view import DocView, in_dateline, is_mark, paragraphs_dateline_end

#: Most characters between an attribution and a cue-less quotation that continues it.
_FOLLOW_GAP = 40
#: Prepositions whose object is whom a headline's words come from.
_BY = frozenset({"from", "by"})


@dataclass(frozen=True)
class SpeakerMention:
    """Who a quote's speaker is, in the text: the head token of the words naming them, or the
    index of the quote whose speaker this one continues (an earlier one, or a later one that
    repeats its words: ``quoted_again_later``), or neither when a rule decided
    that no words name one; the rule that decided it and, for a transcript label, where the
    quotation starts once the label is left out."""

    rule: str
    token: object | None = None
    continues: int | None = None
    content_start: int | None = None


@dataclass(frozen=True)
class SpeakerContext:
    """What the rules may look at besides the candidate: the document, the tagger's candidates,
    and the quotes before this one with their mentions."""

    view: DocView
    tagged: tuple[Candidate, ...]
    before: tuple[Candidate, ...]
    mentions: tuple[SpeakerMention | None, ...]


Rule = Callable[[Candidate, SpeakerContext], "SpeakerMention | None"]


def _inside(tok, c: Candidate) -> bool:
    """The token lies in the quotation's own content."""
    return any(s <= tok.idx < e for s, e in c.spans)


def according_to_the_cue(c: Candidate, ctx: SpeakerContext):
    """The source of an "according to" phrase on the cue verb ("Clinton plans to visit on
    Sunday, according to a campaign aide"; "According to Yahoo News, Lehrich said …"): the
    report is theirs, outside the quotation's own content."""
    if not c.cue or c.cue[0].pos_ not in ("VERB", "AUX"):
        return None
    if _said_by_its_subject(c.cue[0]):
        return None  # "Mary Byrne said prices would rise, according to the central bank"
    for prep in c.cue[0].children:
        if prep.dep_ == "prep" and prep.lower_ == "according":
            for to in prep.children:
                source = next((t for t in to.children if t.dep_ == "pobj"), None)
                if source is not None and _unowned_medium(source) and _has_subject(c.cue[0]):
                    return None  # "The retailer now expects …, according to a statement"
                if source is not None and _a_record(source) and _told_by_its_subject(c.cue[0]):
                    return None  # "According to the notice, one employee told investigators"
                if to.lower_ == "to" and source is not None and not _inside(source, c):
                    return source
    return None


def _unowned_medium(noun) -> bool:
    """``noun`` is a statement, a filing or the like that says whose it is by neither an owner
    nor a "from", "by" or "of" phrase: the subject's."""
    owned = any(
        c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in ("from", "by", "of"))
        for c in noun.children
    )
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in MEDIUM_NOUNS and not owned


def _a_record(noun) -> bool:
    """``noun`` is a statement, a filing, a notice or another record, whoever's it is."""
    return noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in MEDIUM_NOUNS or noun.lemma_.lower() in DOCUMENT_NOUNS
    )


def _told_by_its_subject(verb) -> bool:
    """``verb`` is a verb of saying whose subject may speak: the record that gives it only
    records what its subject said."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.lemma_.lower() in SPEECH_VERBS and subject is not None and may_speak(subject)


def _has_subject(verb) -> bool:
    """``verb`` has a subject of its own, not "it"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it" for c in verb.children)


def _said_by_its_subject(cue) -> bool:
    """A verb of saying with its named subject, and "according to" after both, or with a name or
    a pronoun for its subject after the phrase and no modal: the subject said it ("…," said
    Datuk Hamidah, according to the news agency Bernama; "…," he said, according to a
    translation by the station; "According to a recording heard by
    this newspaper, she said …"); the phrase gives the figure's or the words' source."""
    subject = next((t for t in cue.children if t.dep_ == "nsubj"), None)
    according = next((t for t in cue.children if t.lower_ == "according"), None)
    if cue.lemma_.lower() not in SPEECH_VERBS or subject is None or according is None:
        return False
    # "“…,” he said, according to a translation by the station"
    named = subject.pos_ == "PROPN" or subject.lower_ in ("he", "she")
    after = named and max(subject.i, cue.i) < according.i
    return after or said_by_a_subject_after(cue, according.right_edge.i + 1)


def source_after_the_cue_noun(c: Candidate, ctx: SpeakerContext):
    """A cue that is a noun, or a preposition hanging on one, with its source after "from" or
    "by" ("ignored a warning from the committee chairman that …"): that source speaks."""
    noun = _cue_noun(c)
    if noun is None:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _BY:
            source = next((t for t in prep.children if t.dep_ == "pobj"), None)
            if source is not None and not _inside(source, c):
                return source
    return None


def agent_of_the_passive_cue(c: Candidate, ctx: SpeakerContext):
    """A cue in the passive with its agent ("Asked by reporters whether his job was at risk,
    McCarthy said …"): the agent speaks, not whoever the clause is about; not the means it was
    said by ("told by phone that …")."""
    if not c.cue or c.cue[0].tag_ != "VBN":
        return None
    for agent in c.cue[0].children:
        if agent.dep_ == "agent":
            source = next((t for t in agent.children if t.dep_ == "pobj"), None)
            means = source is not None and source.lemma_.lower() in MEANS_OF_TELLING
            if source is not None and not _inside(source, c) and not means:
                return source
    return None


def name_found_with_the_cue(c: Candidate, ctx: SpeakerContext):
    """A name the cue search found: "― Name" after the quote, a name beside a cue with no
    subject ("…,” said Ellis)."""
    return c.named


def tagger_source(c: Candidate, ctx: SpeakerContext):
    """The tagger's SOURCE in the quote's sentence, when the cue has no named subject; none for
    a cue in the passive without its "be" ("Residents told to leave": they are told), hearsay
    ("clubs said to be monitoring him") or one that asks its subject about something ("Reyes
    was asked about the crowd, which …")."""
    if c.cue and any(
        told_with_no_be(t) or censured_with_no_be(t) or asked_about(t) or said_to_be(t)
        for t in c.cue
    ):
        return None  # "Mining company accused of polluting river": censured
    return c.source


def subject_of_the_clause(c: Candidate, ctx: SpeakerContext):
    """The subject the source gave with the quote: of the verb whose clause embeds it, of the
    reported-speech cue, of the tagger's cue verb; never one inside the quote's own content
    (an opening phrase the parser took for what was said), but the one whose own account it
    is ("By her own account, Marta Keller has never …")."""
    own_account = bool(c.cue) and by_their_account(c.cue[-1]) is not None
    inside = c.subject is not None and hasattr(c.subject, "idx") and _inside(c.subject, c)
    inside = inside and not own_account
    hearsay = bool(c.cue) and any(said_to_be(t) for t in c.cue)  # "clubs said to be …"
    return None if inside or hearsay else c.subject


def cue_subject_outside_the_quote(c: Candidate, ctx: SpeakerContext):
    """Quotes in marks: the cue's subject, unless the parser took it from inside a quote or
    a place from the quote's own content ("promised Queensland would have a treaty … “within
    this term”", "Queensland" read as the subject)."""
    if c.origin != MARKS or not c.cue:
        return None
    found = outside_subject(ctx.view, c.cue[0])
    inside = found is not None and _inside(found, c) and found.ent_type_ in ("GPE", "LOC")
    return None if inside else found


def name_beside_the_cue(c: Candidate, ctx: SpeakerContext):
    """Quotes in marks: a proper name or noun phrase next to a cue the parser left without a
    subject ("Said Ellis: …"), never one inside the quote's own content."""
    if c.origin != MARKS or not c.cue:
        return None
    found = nearby_name(ctx.view, c.cue[0])
    return None if found is not None and _inside(found, c) else found  # not the content's


def _subjectless_verb(c: Candidate):
    """The candidate's cue verb when the parser left it without a subject (not a passive's
    without its "be"), else None."""
    verb = c.cue[-1] if c.cue else None
    if verb is None or verb.pos_ != "VERB" or censured_with_no_be(verb):
        return None  # "Mining company accused of polluting river": no one censuring named
    return None if any(t.dep_ in ("nsubj", "nsubjpass") for t in verb.children) else verb


def noun_right_before_a_subjectless_cue(c: Candidate, ctx: SpeakerContext):
    """Reported speech: the noun right before a cue verb the parser left without a subject
    ("…, the novelist Sarah Waters said she was worried"), outside the content."""
    verb = _subjectless_verb(c)
    if c.origin == MARKS or verb is None:
        return None
    tok = noun_before(ctx.view, verb)
    return tok if tok is not None and not _inside(tok, c) else None


def name_left_hanging_on_the_cue(c: Candidate, ctx: SpeakerContext):
    """A name before a cue left without a subject that the parser hung on the cue as an
    unlabelled dependent, across the phrases that describe it ("Cpl. Darren Whitford of the
    Major Crime Unit, which has taken over the file, said officers …")."""
    verb = _subjectless_verb(c)
    if verb is None:
        return None
    view = ctx.view
    for tok in verb.children:
        hung = tok.dep_ == "dep" and tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG")
        # '"…," Tully wrote': a surname the tagger read as the cue's adverb
        misread = tok.dep_ == "advmod" and tok.i == verb.i - 1 and tok.is_title
        misread = misread and tok.i > 0 and not tok.is_sent_start and tok.lower_ not in CUE_ADVERBS
        if (
            (hung or misread)
            and tok.i < verb.i
            and not view.in_quote[tok.i]
            and not _inside(tok, c)
        ):
            return tok
    return None


def name_between_the_quote_and_its_cue(c: Candidate, ctx: SpeakerContext):
    """Quotes in marks with the cue after them: the name that opens the words between the
    closing mark and the cue ("…,” Flynn, a top Trump surrogate, said)."""
    if c.origin != MARKS or not c.cue or c.side != "after":
        return None
    return name_after(ctx.view, c.quote_end, c.cue[0])


def owner_of_the_cue_noun(c: Candidate, ctx: SpeakerContext):
    """A cue that is a noun, or a preposition hanging on one, whose owner is given ("Clinton's
    comments on …", "his adulation of …"): the owner speaks."""
    noun = _cue_noun(c)
    if noun is None:
        return None
    return next((ch for ch in noun.children if ch.dep_ == "poss"), None)


#: Verbs that give what someone called a thing ("citing what he called “…”").
_CALLING = frozenset({"call", "describe", "term", "dub", "label", "brand"})


def subject_of_what_they_called(c: Candidate, ctx: SpeakerContext):
    """Quotes in marks right after "what" and a person's verb of calling ("retired in August,
    citing what he called “the pull of grandchildren”"): the person, a pronoun or a name,
    whatever the verb before them; not a group's ("what campaigners call", a name)."""
    if c.origin != MARKS:
        return None
    view = ctx.view
    first, last = view.tok_at(c.spans[0][0]), view.tok_at(c.spans[-1][1] - 1)
    inside = range(first, last + 1) if c.kind == "mixed" else ()  # not a quote's own quote
    k = next((i for i in inside if is_mark(view.doc[i])), first) - 1
    while k > 0 and is_mark(view.doc[k]):
        k -= 1
    verb = view.doc[k] if k >= 0 else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _CALLING:
        return None
    if not any(t.lower_ == "what" and t.dep_ in ("dobj", "nsubj") for t in verb.children):
        return None
    subject = next((t for t in verb.children if t.dep_ == "nsubj" and t.lower_ != "what"), None)
    if subject is None or subject.pos_ not in ("PRON", "PROPN") or subject.lower_ == "they":
        return None
    return subject


def _cue_noun(c: Candidate):
    """The noun a cue is, or that its preposition hangs on ("comments on"); None for others."""
    if not c.cue:
        return None
    tok = c.cue[0]
    noun = tok.head if tok.pos_ == "ADP" else tok
    return noun if noun.pos_ == "NOUN" else None


#: Where the quote's own words name its speaker, in the order they are trusted.
QUOTE_WORDS: tuple[Callable[[Candidate, SpeakerContext], object | None], ...] = (
    according_to_the_cue,
    source_after_the_cue_noun,
    agent_of_the_passive_cue,
    name_found_with_the_cue,
    tagger_source,
    subject_of_the_clause,
    subject_of_what_they_called,
    cue_subject_outside_the_quote,
    name_beside_the_cue,
    noun_right_before_a_subjectless_cue,
    name_left_hanging_on_the_cue,
    name_between_the_quote_and_its_cue,
    owner_of_the_cue_noun,
)


def _first_words(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """The speaker the first of ``QUOTE_WORDS`` that answers finds, with that rule's name; a
    common noun inside the quotation's own content is no answer ("The deal includes
    “significant gains” for pilots, the Air Line Pilots Association (ALPA) said": not "deal"),
    nor a word of the dateline, which stands for the person named right after it ("Mumbai,
    Jun 12 (PTI) Actor Ishaan Varma, whose …, says")."""
    for words in QUOTE_WORDS:
        tok = words(c, ctx)
        if tok is not None and in_dateline(tok.doc, tok.i):
            tok = _person_after_the_dateline(tok)
        if tok is None:
            continue
        if not (tok.pos_ == "NOUN" and _inside(tok, c)):
            return SpeakerMention(rule=words.__name__, token=name_before_a_verb_read_as_noun(tok))
    return None


def _person_after_the_dateline(tok):
    """The last word of a person's name among the first words after the dateline ``tok`` is
    in ("Actor Ishaan Varma"), else None."""
    doc = tok.doc
    end = paragraphs_dateline_end(doc, tok.i)
    person = next((t for t in doc[end : end + 4] if t.ent_type_ == "PERSON"), None) if end else None
    if person is None:
        return None
    while person.i + 1 < len(doc) and doc[person.i + 1].ent_iob_ == "I":
        person = doc[person.i + 1]
    return person


def words_the_quote_came_with(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """The speaker the quote's own words name (``QUOTE_WORDS``)."""
    found = _first_words(c, ctx)
    if found is None:
        return None
    if c.origin in (PARSE, TAGGER) and _across_a_paragraph(found.token, c, ctx.view.text):
        return None
    return found


def _across_a_paragraph(tok, c: Candidate, text: str) -> bool:
    """A line break lies between the token and the quote's content (the parse and the tagger
    read a reported clause and its source within one paragraph)."""
    start, end = c.spans[0][0], c.spans[-1][1]
    if tok.idx < start:
        return "\n" in text[tok.idx : start]
    return tok.idx >= end and "\n" in text[end : tok.idx]


def name_before_a_headline_colon(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """A quote after a colon in the first line (a headline: "Politifact: Trump Is Right",
    "Sanders: Clinton needs to …"): the name that ends the words before the colon speaks ("A
    lesson from Loretta Lynch: …"), not one they are about ("Thoughts On Donald Trump: …"),
    nor a dateline's place (tagged one, or in capitals) before the subject of the quote's own
    cue ("New Delhi: The Supreme Court on Monday asked …", "LAHORE: Punjab police said …")."""
    view = ctx.view
    start = c.spans[0][0]
    if "\n" in view.text[:start] or (c.cue and c.cue[0].idx >= c.spans[-1][1]):
        return None  # not "Interview: '…,' says climate envoy": the quote names its speaker
    colon = view.text.rfind(":", 0, start)
    if colon <= 0 or view.in_quote[view.tok_at(colon)] or any(s <= colon < e for s, e in c.spans):
        return None
    tok = view.doc[view.tok_at(colon - 1)]
    place = tok.ent_type_ in ("GPE", "LOC") or (tok.is_upper and tok.ent_type_ != "PERSON")
    if place and c.subject is not None and colon < c.subject.idx < start:
        return None  # "MUMBAI: The Reserve Bank of India on Friday said …": a dateline
    if tok.lower_ in HEADLINE_LABELS and tok.i == 0:  # "Q&A: Why are egg prices so high?"
        return None
    capitalised = tok.is_title or tok.is_upper  # "Sanders:", "PM:"
    named = tok.pos_ == "PROPN" or (tok.i == 0 and capitalised and tok.pos_ == "NOUN")
    if not named or tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ not in _BY):
        return None
    return SpeakerMention(rule="", token=tok)


def subject_after_a_headline_colon(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """A quotation that opens the first line with a colon after it ("'We will not back down':
    Teachers vote to strike"): the subject of the words after the colon speaks, when it may
    (``syntax.may_speak``)."""
    view = ctx.view
    start, end = c.spans[0][0], c.spans[-1][1]
    if c.origin != MARKS or view.text[:start].strip(ALL_MARKS + " "):
        return None
    rest = view.text[end:]
    colon = end + len(rest) - len(rest.lstrip(ALL_MARKS + " "))
    if not rest.strip(ALL_MARKS + " ").startswith(":"):
        return None
    line_end = view.text.find("\n", colon)
    line_end = len(view.text) if line_end < 0 else line_end
    for i in range(view.tok_at(colon) + 1, view.tok_at(line_end - 1) + 1):
        tok = view.doc[i]
        if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"):
            return SpeakerMention(rule="", token=tok) if may_speak(tok) else None
    return None


def told_by_no_one_named(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """What the subject of a verb before the cue was told or bidden in the passive, with no one
    named who told it ("… she had raised concerns and was told to “keep the queue moving”"):
    no words name its speaker."""
    if not c.cue or not hearer_joined_in_the_passive(c.cue[0]):
        return None
    return SpeakerMention(rule="")


def tagger_speaker_of_the_same_content(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """The speaker the tagger found for content overlapping this quote, outside this quote
    (not for a quote that continues an earlier one in marks)."""
    if c.follows is not None:
        return None
    start, end = c.spans[0][0], c.spans[-1][1]
    # the tagger's candidates are in text order and never overlap: skip those ending before
    i = bisect.bisect_right(ctx.tagged, start, key=lambda t: t.spans[-1][1])
    for t in itertools.islice(ctx.tagged, i, None):
        if t.spans[0][0] >= end:
            break
        if not overlap(t.spans, c.spans):
            continue
        found = _first_words(t, ctx)
        if found is not None and not _inside(found.token, c):
            return SpeakerMention(rule="", token=found.token)
    return None


def _labels_a_line(tok) -> bool:
    """``tok`` is a word for a kind of story that opens a line before a colon ("LIVE: Brewery
    workers strike …", "Analysis: …"): no one who speaks."""
    doc = tok.doc
    opens = tok.i == 0 or "\n" in doc[tok.i - 1].text or doc[tok.i - 1].is_space
    colon = tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"
    return opens and colon and tok.lower_ in HEADLINE_LABELS


def transcript_label(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """A quotation that opens with a transcript's speaker label ("PENCE: Well, …") is spoken
    by the labelled speaker; the label is not part of the quotation."""
    view = ctx.view
    s, e = c.spans[0]
    m = TRANSCRIPT_LABEL.match(view.text, s, e)
    if m is None or m.end() >= e:
        return None
    tok = view.doc[view.tok_at(m.end() - 1)]
    while tok.i > view.tok_at(s) and not tok.text[:1].isalpha():
        tok = view.doc[tok.i - 1]
    return SpeakerMention(rule="", token=tok, content_start=m.end())


#: A paragraph that opens with a name and a colon before a quotation in marks, after a live
#: blog's time ("11:08 – Albrecht-Seidel: “…”", "Harris: “…”"); group 1 is the name.
def name_labelling_the_quote(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """A quotation in marks with no cue whose paragraph opens with only a name and a colon
    before it, after a live blog's time and maybe what it is about (``NAME_LABEL``: "11:08 –
    Albrecht-Seidel: “These figures …”", "Grigoryan on the sacrifice: “…”", "An emotional
    Santos in the cage: “…”"), or as the statement of one it names (``STATEMENT_LABEL``:
    "Statement from Swiftcar, via a spokesperson: “…”"): that name speaks."""
    if c.origin == PARSE or any(t.text != ":" for t in c.cue):
        return None
    view = ctx.view
    start = c.spans[0][0]
    opening = view.text.rfind("\n", 0, start) + 1
    m = label_of_a_quotation(view.text[opening:start].rstrip(ALL_MARKS + " "))
    if m is None:
        return None
    tok = view.doc[view.tok_at(opening + m.end(1) - 1)]
    named = tok.pos_ == "PROPN" or (tok.is_title and not tok.is_sent_start)  # "Santos" a noun
    named = named and not in_dateline(view.doc, tok.i)  # "New Delhi: The national capital …"
    return SpeakerMention(rule="", token=tok) if named and not _labels_a_line(tok) else None


def verdict_in_the_next_sentence(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """A quotation with no cue whose paragraph, or a paragraph of its own, is followed by a
    sentence saying whose words they were ("'…' That was the verdict of parish council chairman
    Colin Rees", "'…?' ¶ The question came from Sigurður Ólafsson, …", "That warning came not
    from an activist but from X", "With those words,
    Minister X opened …", "X says this without bitterness", "The woman who said this, Hajani
    Bibi, …", "That's harbourmaster Emyr Bowen-Thomas, who …"): that person."""
    if c.cue:
        return None
    view = ctx.view
    doc, end = view.doc, c.spans[-1][1]
    after = view.tok_at(end)
    while after < len(doc) and (doc[after].idx < end or doc[after].is_punct or doc[after].is_space):
        after += 1
    if after >= len(doc):
        return None
    gap = view.text[end : doc[after].idx]
    if "\n" in gap and not (_own_paragraph(view, c) and gap.count("\n\n") == 1):
        return None
    sent = doc[after].sent
    root = sent.root
    subjects = [t for t in root.children if t.dep_ == "nsubj"]
    this = next((t for t in subjects if t.lower_ in ("this", "that", "these", "those")), None)
    named = next((t for t in subjects if t is not this), None)
    subject = this if this is not None and this.i == after else named
    owner = _whose_words(root) if this is not None and sent.start == after else None
    if owner is not None:  # "According to two delegates, those were Aydinoglu's words"
        return SpeakerMention(rule="", token=owner)
    if sent.start != after or subject is None and doc[after].lower_ != "with":
        return None
    first = doc[after]
    words = next((o for o in first.children if o.dep_ == "pobj"), None)
    if first.lower_ == "with" and first.head == root and _these_words(words):
        # "With those words, Fisheries Minister Ingrid Haugland-Aasen opened …"
        return SpeakerMention(rule="", token=subject or _name_after(doc, words.i + 1, root.i))
    for who in (t for t in subjects if t.i <= after + 2):  # "The woman who said this, X, …"
        relative = next((c for c in who.children if c.dep_ == "relcl"), None)
        said_this = relative is not None and any(
            o.dep_ == "dobj" and o.lower_ in ("this", "that") for o in relative.children
        )
        if said_this and relative.lemma_ in SPEECH_VERBS:
            name = next((t for t in subjects if t is not who and t.pos_ == "PROPN"), None)
            apposed = next((c for c in who.children if c.dep_ == "appos"), None)
            return SpeakerMention(rule="", token=name or apposed or who)
    said = next((o for o in root.children if o.dep_ == "dobj"), this if named else None)
    if root.lemma_ in SPEECH_VERBS and said is not None and said.lower_ in ("this", "that"):
        return SpeakerMention(rule="", token=named)  # "X says this without bitterness"
    if root.lemma_ in SPEECH_VERBS and first.lower_ == "so" and named is not None:
        return SpeakerMention(rule="", token=named)  # "So says Gholamreza Heydari, 71, …"
    how = _how_they_put_it(root) if subject is this else None
    if how is not None:
        return SpeakerMention(rule="", token=how)  # "That is how Fatemeh Rahmani explains …"
    if named is not None and named.ent_type_ == "PERSON" and _opens_the_story(view, c):
        return SpeakerMention(rule="", token=named)  # "'I remember …' ¶ Philomena … was nine"
    introduced = _introduced_after(view, c, named) if "\n" not in gap else None
    if introduced is not None:  # "'People think …' The woman in the fifth car, X, has been …"
        return SpeakerMention(rule="", token=introduced)
    if subject is None:
        return None
    verdict = _for_what_was_said(subject, _LINES)
    whose = _object_of(subject, "from") if verdict and subject.i == after + 1 else None
    if whose is not None and doc[after].lower_ in ("that", "this", "the"):
        return SpeakerMention(rule="", token=whose)  # "That line, from X during …, drew jeers"
    if root.lemma_ == "come" and verdict:  # "The words came from …"
        whose = _object_of(root, "from")  # "The question came from …"
        prep = whose.head if whose is not None else None
        if prep is not None and any(c.dep_ == "neg" for c in prep.children):
            # "That warning came not from an activist but from former deputy premier X"
            instead = next((c for c in prep.children if c.dep_ == "conj"), None)
            objects = [o for o in instead.children if o.dep_ == "pobj"] if instead else []
            stop = instead.i + 1 if instead is not None else len(doc)
            while stop < len(doc) and (not doc[stop].is_punct or doc[stop].text == "-"):
                stop += 1  # the name after it, whatever the parser hung it on
            whose = objects[0] if objects else None
            if instead is not None and whose is None:
                whose = _name_after(doc, instead.i + 1, stop)
        determined = doc[after].lower_ in ("the", "that", "this")
        if subject.i == after + 1 and determined and whose is not None:
            return SpeakerMention(rule="", token=whose)
        return None
    if (
        root.lemma_ != "be"
        or subject.lower_ not in ("that", "this", "these", "those")
        or subject.i != after
    ):
        return None
    for noun in root.children:
        if noun.dep_ == "attr" and _for_what_was_said(noun):  # "the words of", "the verdict of"
            whose = _object_of(noun, "of") or _object_of(noun, "from")  # "the message from"
            if whose is not None:
                return SpeakerMention(rule="", token=_named_in_apposition(whose))
        described = noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","
        named = noun.ent_type_ == "PERSON" or (noun.ent_type_ in ("", "ORG") and described)
        if noun.dep_ == "attr" and named and noun.pos_ == "PROPN":
            return SpeakerMention(rule="", token=noun)  # "That was Bernadette Kowalczyk, a …"
    return None


def _for_what_was_said(noun, also: frozenset[str] = frozenset()) -> bool:
    """``noun`` is a word for what was just said, in the singular or the plural ("the verdict",
    "the words"), or one of ``also``."""
    return bool({noun.lemma_.lower(), noun.lower_} & (VERDICT_NOUNS | also))


def _whose_words(root):
    """The name owning the words a "those were …" sentence says the quotation was ("those were
    Aydinoglu's words"), or None."""
    if root.lemma_ != "be":
        return None
    for noun in root.children:
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if noun.dep_ == "attr" and _for_what_was_said(noun) and owner is not None:
            return owner
    return None


def _named_in_apposition(noun):
    """The person's name set beside ``noun`` ("the committee chair, Cllr Mohammed Rafiq
    Hussain,", "director of rugby Marcus Oyelaran-Beck"), else ``noun``."""
    if noun.pos_ == "PROPN":
        return noun
    named = next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None:
        return named
    doc = noun.doc
    k = noun.i + 2  # the parser may hang the name elsewhere: the name right after the comma
    role = noun.lemma_.lower() in PERSON_NOUNS  # a title's name, whatever the NER took it for
    titled = role and k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].ent_type_ in ("", "ORG")
    named = k < len(doc) and (doc[k].ent_type_ == "PERSON" or titled)
    if not named or doc[noun.i + 1].text != ",":
        # or right after the role's field ("director of rugby Marcus Oyelaran-Beck")
        field = noun.i + 3 < len(doc) and doc[noun.i + 1].lower_ in ("of", "for")
        k = noun.i + 3 if field and doc[noun.i + 2].is_lower else len(doc)
        if k >= len(doc) or doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
            return noun
    while (
        k + 1 < len(doc) and doc[k + 1].ent_type_ == doc[k].ent_type_ and doc[k + 1].ent_iob_ == "I"
    ):
        k += 1
    return doc[k]


#: Words for what was just quoted, besides a verdict ("That line, from X, drew jeers").
_LINES = frozenset({"question", "line", "comment", "remark", "quip"})


def _how_they_put_it(root):
    """The subject of the verb of saying in "That is how X explains it", "That's how X
    described conditions", "That was how X opened her presentation", or None."""
    doc = root.doc
    if root.lemma_ != "be" or root.i + 1 >= len(doc) or doc[root.i + 1].lower_ != "how":
        return None
    for verb in root.children:
        if verb.i > root.i and verb.lemma_ in SPEECH_VERBS | {"explain", "describe", "put"}:
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        talk = any(c.dep_ == "dobj" and c.lemma_.lower() in _TALKS for c in verb.children)
        if verb.i > root.i and verb.lemma_ in _OPENING_VERBS and talk:
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


#: Verbs of opening or closing what someone said ("That was how X opened her presentation").
_OPENING_VERBS = frozenset({"open", "begin", "start", "end", "close", "conclude"})
#: What someone says at length: a presentation, a speech, remarks.
_TALKS = frozenset(
    {"presentation", "speech", "remark", "address", "testimony", "statement", "talk", "submission"}
)


def _opens_the_story(view: DocView, c: Candidate) -> bool:
    """The quotation ``c`` makes up the first paragraph below the headline (after its dateline
    at most): a feature opening on someone's words before it names them."""
    text = view.text
    start = c.spans[0][0]
    line_start = text.rfind("\n", 0, start) + 1
    before = [line for line in text[:line_start].split("\n") if line.strip()]
    return len(before) <= 1 and _own_paragraph(view, c)


def _name_after(doc, start: int, end: int):
    """The last word of the last name between tokens ``start`` and ``end``, or None."""
    return next(
        (
            t
            for t in reversed(doc[start:end])
            if t.pos_ == "PROPN" and not (t.dep_ == "compound" and t.head.i > t.i)
        ),
        None,
    )


def _these_words(noun) -> bool:
    """``noun`` is "those words", "these remarks": the words just quoted."""
    return (
        noun is not None
        and noun.lemma_.lower() in VERDICT_NOUNS | {"word", "remark"}
        and any(
            d.dep_ == "det" and d.lower_ in ("those", "these", "that", "this")
            for d in noun.children
        )
    )


def _object_of(head, preposition: str):
    """The object of ``head``'s preposition ``preposition``, or None."""
    prep = next((p for p in head.children if p.dep_ == "prep" and p.lower_ == preposition), None)
    return next((o for o in prep.children if o.dep_ == "pobj"), None) if prep else None


def _introduced_after(view: DocView, c: Candidate, subject):
    """The person the sentence after a quotation that opens its paragraph names for the first
    time as its subject, or beside it ("'…' Dr. Olumide Farquharson, a Moncton pediatrician,
    said …", "'…' The woman in the fifth car, Priscilla Achebe-Lamont, has been …"): the one who
    said it; else None."""
    if subject is None:
        return None
    person = _named_in_apposition(subject)
    if person.ent_type_ != "PERSON" or person.pos_ != "PROPN":
        return None
    text, start = view.text, c.spans[0][0]
    opening = text.rfind("\n", 0, start) + 1
    if any(ch.isalnum() for ch in text[opening:start]):
        return None  # not the paragraph's opening
    earlier = text[:opening]
    return None if re.search(rf"\b{re.escape(person.text)}\b", earlier) else person


def _own_paragraph(view: DocView, c: Candidate) -> bool:
    """The quotation ``c`` makes up its paragraph, after its dateline at most ("MANILA — “…”"):
    nothing but marks and spaces around it."""
    text = view.text
    start, end = c.spans[0][0], c.spans[-1][1]
    opening = text.rfind("\n", 0, start) + 1
    dateline = paragraphs_dateline_end(view.doc, view.tok_at(start))
    if dateline is not None and dateline < len(view.doc):
        opening = max(opening, view.doc[dateline].idx)
    stop = text.find("\n", end)
    around = text[opening:start] + text[end : len(text) if stop < 0 else stop]
    return all(not ch.isalnum() for ch in around)


def continues_the_previous_quote(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """A cue-less quote continues an earlier one: the quote in marks it follows (next
    paragraph at most), or the quote right before it when its speaker was named in the text
    and they share a line with a short gap, or the quote in marks opens the paragraph after the
    one that quote ends ("…, Saoirse Ní Bhriain, said the plans were incompatible with …" and
    then "“Nobody earns the right to …”")."""
    if c.follows is not None:
        return SpeakerMention(rule="", continues=_position(c.follows, ctx.before))
    if c.cue or not ctx.before:
        return None
    prev, mention = ctx.before[-1], ctx.mentions[-1]
    gap = ctx.view.text[prev.spans[-1][1] : c.spans[0][0]]
    named = mention is not None and mention.token is not None
    shared_line = "\n" not in gap and len(gap) < _FOLLOW_GAP
    next_paragraph = (
        c.origin == MARKS
        and not gap.strip(ALL_MARKS + " .\n")
        and "\n" in gap
        and named
        and _said_by_one(prev, mention.token)
    )
    if named and (shared_line or next_paragraph):
        return SpeakerMention(rule="", continues=len(ctx.before) - 1)
    return _said_earlier_in_the_paragraph(c, ctx)


def _said_earlier_in_the_paragraph(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """A quotation in marks that ends its paragraph continues the report of saying by one
    person earlier in it, with only reports by no one person between ("Today, she says, the
    curiosity is extraordinary. Customers ask about … “Australians drink with their eyes open
    now.”")."""
    text = ctx.view.text
    start = c.spans[0][0]
    opening = text.rfind("\n", 0, start) + 1
    closing = text.find("\n", c.spans[-1][1])
    rest = text[c.spans[-1][1] : len(text) if closing < 0 else closing]
    if c.origin != MARKS or rest.strip(ALL_MARKS + " .,"):
        return None
    for n in range(len(ctx.before) - 1, -1, -1):
        prev, mention = ctx.before[n], ctx.mentions[n]
        if prev.spans[0][0] < opening:
            return None
        tok = mention.token if mention is not None else None
        if tok is None:
            continue
        if _said_by_one(prev, tok):
            return SpeakerMention(rule="", continues=n)
        if tok.ent_type_ == "PERSON" or _one_person(tok):
            return None  # another person spoke in between
    return None


def _said_by_one(c: Candidate, tok) -> bool:
    """The candidate's cue is a verb of saying and its speaker one person or organisation: a
    name (not a group of them) or he or she."""
    said = bool(c.cue) and c.cue[-1].lemma_.lower() in SPEECH_VERBS
    group = tok.dep_ == "conj" or any(t.dep_ in ("conj", "nmod") for t in tok.children)
    named = tok.ent_type_ in ("PERSON", "ORG") and not group
    return said and (named or _one_person(tok))


def subject_of_the_sentence_before(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """A quotation in marks with no cue and nothing after it on its line, right after a
    sentence about someone in its paragraph or as the whole paragraph before ("She laughs.
    “They say we are stealing …”", "Her voice drops. “…”"; not with an attribution line after
    it, "- Hillary Clinton."): the person the sentence is about, a pronoun or a named person as
    its subject or the subject's owner, speaks; or the one a live blog's "More from X:" names, or
    the one the writer says they spoke to ("We've been speaking to X, …")."""
    if c.cue or c.origin != MARKS:
        return None
    view = ctx.view
    start = view.tok_at(c.spans[0][0])
    before = start - 1
    while before >= 0 and (is_mark(view.doc[before]) or view.doc[before].is_space):
        before -= 1
    if before < 0 or view.in_quote[before]:
        return None
    sent = view.doc[before].sent
    if sent.end > before + 1:  # the sentence ran on into the quote's opening mark
        sent = view.doc[sent.start : before + 1]
    text = view.text
    opening = text.rfind("\n", 0, sent.start_char) + 1
    after = text.find("\n", c.spans[-1][1])
    rest = text[c.spans[-1][1] : len(text) if after < 0 else after].strip(ALL_MARKS + " .,")
    gap = text[sent.end_char : c.spans[0][0]]
    said_after = rest and rest[0] not in ALL_MARKS  # '“…?” reacted Trump.'
    signed = text[c.spans[-1][1] :].lstrip(ALL_MARKS + " \n").startswith(("-", "\u2013", "\u2014"))
    if gap.count("\n") > 2 or said_after or signed:  # '“…” / - Hillary Clinton.'
        return None
    # the sentence before has no quotation and opens its paragraph or the quote's
    if _marks_beyond_titles(view, sent) or any(
        ch in ALL_MARKS for ch in text[opening : sent.start_char]
    ):
        return None
    if "\n" in gap and opening != sent.start_char and gap.strip(ALL_MARKS + " \n"):
        return None  # the sentence ending the paragraph before the quote's may be about them
    # "Asked about that, Whitlock laughs.": the name before a verb read as a plural noun too
    # "He laughs, then grows serious.": the subject of the verb the parser joined to the root
    verbs = [sent.root] + [v for v in sent.root.children if v.dep_ in ("parataxis", "conj")]
    # "Asked why, Bastarache-Mensah didn't blame …": the clause an opening participle took
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in sent.root.children):
        verbs += [v for v in sent.root.children if v.dep_ == "ccomp"]
    subjects = (
        t for v in verbs for t in v.children if t.dep_ == "nsubj" or subject_read_as_a_compound(t)
    )
    for subject in subjects:
        if any(t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") for t in subject.subtree):
            return None  # "Matthews, MSNBC's X and Reuters' Y argued …": no one of them
        owner = next((t for t in subject.children if t.dep_ == "poss"), None)
        # "His former business partner at Lenox, Lawrence B. Cummings, called him …": the name
        named = next(
            (
                t
                for t in subject.subtree
                if t.dep_ == "appos"
                and t.ent_type_ == "PERSON"
                and (t.head.i == subject.i or t.head.ent_type_ in ("ORG", "GPE"))
            ),
            None,
        )
        for tok in (named, subject, owner):
            person = tok is not None and (
                tok.ent_type_ == "PERSON"
                or _one_person(tok)
                or _given_name_alone(tok)
                or _surname_alone(tok)
                or _after_a_title(tok)
                or _the_role(tok)
                or _name_tagged_in_part(tok)
            )
            if person:
                return SpeakerMention(rule="", token=tok)
    spoken_to = _spoken_to(sent)
    if spoken_to is not None:  # "We've been speaking to Gwen Pryce-Llewellyn, …, about why …"
        return SpeakerMention(rule="", token=spoken_to)
    more = _object_of(sent.root, "from") if sent.root.lower_ in ("more", "words") else None
    if more is None and sent[0].lower_ == "here":  # "Here is the key passage from the chair, X:"
        noun = next((c for c in sent.root.children if c.dep_ in ("attr", "nsubj")), None)
        whose = _object_of(noun, "from") if noun is not None and noun.pos_ == "NOUN" else None
        more = _named_in_apposition(whose) if whose is not None else None
        more = more if more is not None and more.pos_ == "PROPN" else None
    named = more is not None and (more.ent_type_ == "PERSON" or more.pos_ == "PROPN")
    if named and sent.text.rstrip().endswith(":"):
        return SpeakerMention(rule="", token=more)  # "More from Al-Kuwari, who …:"
    return None


def _name_tagged_in_part(tok) -> bool:
    """``tok`` ends a proper name whose first words alone the NER took for a person ("Tina"
    of "Tina deBrum-Kabua")."""
    return (
        tok is not None
        and tok.pos_ == "PROPN"
        and not tok.ent_type_
        and any(c.ent_type_ == "PERSON" and c.i < tok.i for c in tok.children)
    )


def _spoken_to(sent):
    """The person named as the one the writer spoke to in ``sent`` ("We've been speaking to Gwen
    Pryce-Llewellyn, chief meteorologist at …", "I spoke with X"), or None."""
    root = sent.root
    if root.lemma_.lower() not in ("speak", "talk"):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in root.children):
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
            named = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if named is not None and named.pos_ == "PROPN":
                return named
    return None


def _marks_beyond_titles(view: DocView, sent) -> bool:
    """``sent`` has quotation marks around more than a title ("On “Face the Nation,” Sen. X
    identified …" has only the show's; an apostrophe of a plural's possessive is no mark)."""
    if not any(is_mark(t) and t.tag_ != "POS" and not _plural_possessive(t) for t in sent):
        return False
    marked = [t for t in sent if view.in_quote[t.i] and not is_mark(t)]
    runs = itertools.groupby(enumerate(marked), key=lambda pair: pair[1].i - pair[0])
    for _, run in runs:
        words = [t for _, t in run if t.is_alpha]
        if not words or len(words) > 6 or words[0].is_lower:
            return True
        if any(w.is_lower and w.lower_ not in TITLE_SMALL_WORDS for w in words):
            return True
    return not marked


def _plural_possessive(tok) -> bool:
    """``tok`` is the apostrophe glued to a plural's end ("miners’ wives")."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    return (
        tok.text in ("'", "’")
        and before is not None
        and not before.whitespace_
        and before.lower_.endswith("s")
        and bool(tok.whitespace_)
    )


def _given_name_alone(tok) -> bool:
    """``tok`` is a first name gender-guesser records, written alone and left untagged ("Ana
    rolled her eyes from the doorway.")."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and is_recorded_first_name(tok.text)


def _surname_alone(tok) -> bool:
    """``tok`` is a proper noun left untagged, or tagged alone, that is the family name of a
    name of two words or more written before it (of a person's, when tagged) ("Mei-Lin Carver
    … Carver laughs when the interview comes up.", "Park Ji-woo … Park recalled …")."""
    if tok.pos_ != "PROPN" or not tok.is_title:
        return False
    if tok.ent_type_:  # "Baek shrugs", an organisation to the NER, after "Baek Seung-ho"
        alone = tok.ent_iob_ == "B" and (
            tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
        )
        # or one hyphenated word ("Bastarache-Mensah", after "Dr. Yvonne Bastarache-Mensah")
        word = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
        alone = alone or (word is not None and word.end == tok.i + 1 and " " not in word.text)
        people = [e for e in doc_ents(tok.doc) if e.label_ == "PERSON"] if alone else []
    else:
        people = list(doc_ents(tok.doc))
    return any(len(e) >= 2 and e.end <= tok.i and _names_the_family(e, tok.text) for e in people)


def _names_the_family(name, word: str) -> bool:
    """``word`` is the family name of the person's name ``name``: its last word, or its first
    when a romanised given name follows ("Park" of "Park Ji-woo")."""
    if name[-1].text == word:
        return True
    # the word after the family name as written: "Ji-woo", three tokens the NER may cut
    doc = name.doc  # each token at least a character: _SYLLABLE more tokens hold its characters
    after = doc[name.start : min(len(doc), name.end + _SYLLABLE)].text
    written = after[: name.end_char - name.start_char + _SYLLABLE].split()
    given = written[1] if len(written) > 1 else ""
    return name[0].text == word and GIVEN_AFTER_FAMILY.fullmatch(given) is not None


#: How far past a name's end a romanised given name's last syllable may run.
_SYLLABLE = 8


def _the_role(tok) -> bool:
    """``tok`` is a person named by their role with "the" ("The general was blunt about the
    months ahead."), whom the text named before."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and tok.lemma_.lower() in PERSON_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _after_a_title(tok) -> bool:
    """``tok`` is a proper noun right after a person's title ("Mr Tanabe paused"), however the
    NER read it."""
    return tok.pos_ == "PROPN" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in TITLES


def _one_person(tok) -> bool:
    """A pronoun for one person: he, she, him, her, his."""
    return tok.pos_ == "PRON" and tok.lower_ in ("he", "she", "his", "her")


def question_put_to_the_subject(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """A question put to someone by nobody named ("Asked whether the pledge would be met, Mr
    Streeting replied …"): whoever the sentence is about answered it and did not ask it, so no
    words name the speaker of the question; the answer after it is theirs ("X was blunt when
    asked about the reports: “…”")."""
    cue = _question_participle(c.cue[0], ("advcl",)) if c.cue else None
    if cue is None and c.kind == "indirect":
        cue = _question_participle(_content_clause_head(c, ctx), ("advcl", "acl"))
    if cue is None:
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for t in cue.children):
        return None
    question_end = cue.right_edge.idx + len(cue.right_edge)
    asked = range(cue.left_edge.i, cue.right_edge.i + 1)  # before or after the question
    answerer = [t for t in cue.head.children if t.dep_ == "nsubj" and t.i not in asked]
    if c.spans[0][0] >= question_end and answerer and not _inside(answerer[0], c):
        return SpeakerMention(rule="question_put_to_the_subject", token=answerer[0])
    return SpeakerMention(rule="question_put_to_the_subject")


def _question_participle(tok, deps: tuple[str, ...]):
    """``tok`` when it is a participle of a verb of asking, however tagged, hung by one of
    ``deps``: an "advcl" with no subject of its own ("Asked whether …, X said") or an "acl"
    beside the one asked ("Mr Mulhearn, asked on Sky News whether …, replied"); else None."""
    if tok is None or tok.lemma_.lower() not in QUESTION_VERBS or tok.tag_ not in ("VBN", "VBD"):
        return None
    return tok if tok.dep_ in deps else None


def _content_clause_head(c: Candidate, ctx: SpeakerContext):
    """The word the clause opening the quote's content hangs on ("asked" of "asked … whether he
    would …"), or None."""
    doc = ctx.view.doc
    first = doc[ctx.view.tok_at(c.spans[0][0])]
    if first.lower_ not in QUESTION_WORDS:
        return None
    clause = first.head
    return clause.head if clause.dep_ in ("ccomp", "xcomp") and clause.head != clause else None


def _position(c: Candidate, quotes: tuple[Candidate, ...]) -> int:
    return next(n for n, q in enumerate(quotes) if q is c)


#: The speaker rules in the order they are tried.
#: Verbs of what a speaker does as they finish speaking ("“…” She laughs.").
_GESTURES = frozenset(
    {"laugh", "smile", "grin", "shrug", "sigh", "chuckle", "wince", "nod", "pause", "giggle"}
)


def gesture_right_after(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """A quotation in marks with no cue opening its paragraph, followed on its line by a
    sentence whose subject makes a gesture ("“Less angry. More tired.” She laughs, then glances
    at her media adviser."): that subject, a pronoun or a name."""
    if c.cue or c.origin != MARKS:
        return None
    view = ctx.view
    doc, start, end = view.doc, c.spans[0][0], c.spans[-1][1]
    if view.text[view.text.rfind("\n", 0, start) + 1 : start].strip(ALL_MARKS + " "):
        return None  # not opening its paragraph
    after = view.tok_at(end)
    while after < len(doc) and (doc[after].idx < end or is_mark(doc[after])):
        after += 1
    if after >= len(doc) or "\n" in view.text[end : doc[after].idx]:
        return None
    root = doc[after].sent.root
    if doc[after].sent.start != after:
        return None
    verbs = [root, *(v for v in root.children if v.dep_ in ("parataxis", "conj"))]
    gesture = next((v for v in verbs if v.lemma_.lower() in _GESTURES), None)
    subjects = (t for v in (gesture, root) if v is not None for t in v.children)
    subject = next((t for t in subjects if t.dep_ == "nsubj"), None)
    if gesture is None or subject is None or subject.i != after:
        return None  # "She laughs, then glances at …": "laughs" beside the root
    return SpeakerMention(rule="", token=subject) if subject.pos_ in ("PRON", "PROPN") else None


SPEAKER_RULES: tuple[Rule, ...] = (
    told_by_no_one_named,
    question_put_to_the_subject,
    name_before_a_headline_colon,
    subject_after_a_headline_colon,
    words_the_quote_came_with,
    tagger_speaker_of_the_same_content,
    transcript_label,
    name_labelling_the_quote,
    verdict_in_the_next_sentence,
    subject_of_the_sentence_before,
    gesture_right_after,
    continues_the_previous_quote,
)


def speaker_mentions(
    view: DocView, quotes: tuple[Candidate, ...], tagged: tuple[Candidate, ...]
) -> tuple[SpeakerMention | None, ...]:
    """(view, quotes in text order, the tagger's candidates) -> each quote's speaker mention,
    None when no rule answers."""
    mentions: list[SpeakerMention | None] = []
    for n, c in enumerate(quotes):
        ctx = SpeakerContext(view, tagged, quotes[:n], tuple(mentions))
        mentions.append(decide(c, ctx))
    return quoted_again_later(view, quotes, tuple(mentions))


def _headline_group(m: SpeakerMention) -> bool:
    """A headline's subject that names no one person ("Queensland teachers", "Northern Ontario
    First Nation"), as ``subject_after_a_headline_colon`` found it."""
    tok = m.token
    return (
        m.rule == subject_after_a_headline_colon.__name__
        and tok is not None
        and tok.ent_type_ != "PERSON"
        and tok.pos_ != "PRON"
    )


def _headline_description(view: DocView, c: Candidate, m: SpeakerMention | None) -> bool:
    """A quotation in the first line whose speaker is only described ("'We are at breaking
    point': council warns …", "'The phone's days are numbered,' says Hanbit chief"): no
    person's name, no pronoun."""
    tok = m.token if m is not None else None
    return (
        "\n" not in view.text[: c.spans[0][0]]
        and tok is not None
        and tok.ent_type_ != "PERSON"
        and tok.pos_ != "PRON"
    )


def quoted_again_later(
    view: DocView, quotes: tuple[Candidate, ...], mentions: tuple[SpeakerMention | None, ...]
) -> tuple[SpeakerMention | None, ...]:
    """A quotation in marks with no cue whose words a later quotation with a speaker repeats
    (a headline's "'We are digging with our hands': …" and the body's "“We are digging with
    our hands,” he said") continues that later quote, when no rule found its speaker or only
    the group a headline's subject names ("'We're tired of waiting': Northern Ontario First
    Nation marks …", where the chief says it in the body), or when a headline only describes
    its speaker (``_headline_description``); the other mentions as they were."""
    out = list(mentions)
    for n, (c, m) in enumerate(zip(quotes, mentions, strict=True)):
        unsourced = not c.cue and (m is None or not m.rule or _headline_group(m))
        if c.origin != MARKS or not (unsourced or _headline_description(view, c, m)):
            continue
        words = quoted_words(view.text, c.spans)
        for later in range(n + 1, len(quotes)):
            found = mentions[later]
            if found is None or (found.token is None and found.continues is None):
                continue
            if quoted_again(words, quoted_words(view.text, quotes[later].spans)):
                out[n] = SpeakerMention(rule="quoted_again_later", continues=later)
                break
    return tuple(out)


def decide(c: Candidate, ctx: SpeakerContext) -> SpeakerMention | None:
    """The first answer of ``SPEAKER_RULES``, marked with the name of the rule that found it."""
    for rule in SPEAKER_RULES:
        found = rule(c, ctx)
        if found is not None:
            return found if found.rule else replace(found, rule=rule.__name__)
    return None
