"""The extraction as a sequence of stages, and the result dict they add up to.

marks -> entities -> candidates (quotes in marks, an interview's answers, unmarked blocks a
speaker's introduction hands over to, reported speech, the tagger) -> speaker mentions -> acts,
topics -> content spans -> speaker names -> confidence -> result (every attribution, each with
its act; ``workers.selection`` picks what a reader is shown). Each stage takes and returns
immutable values; none changes what an earlier stage made.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .acts import Act, quote_acts, quote_topics
from .asides import find_asides
from .blocks import block_candidates
from .candidates import Candidate, combine
from .confidence import Basis, quote_bases, quote_confidences
from .coref import Resolver
from .entities import build_entities, entity_dicts, entity_id
from .interviews import Turn, answer_candidates, find_turns, within
from .learned import tagger_candidates
from .lexicon import (
    ELABORATING_VERBS,
    GIVING_VERBS,
    REFUSING_VERBS,
    SPEECH_VERBS,
    SUMMARY_NOUNS,
    WITHHELD_NOUNS,
)
from .marked import marked_candidates
from .marks import find_marked
from .naming import Speaker, name_speakers
from .reported import reported_candidates
from .speakers import SpeakerMention, speaker_mentions
from .view import DocView, doc_view, in_dateline, is_mark


def analyse_doc(doc, text: str | None = None) -> dict:
    """A parsed ``Doc`` (and the text it was parsed from, when the caller has it) -> its
    result: ``{"entities": [...], "quotes": [...]}``."""
    return analyse_with_bases(doc, text)[0]


def analyse_with_bases(doc, text: str | None = None) -> tuple[dict, tuple[Basis, ...]]:
    """A parsed ``Doc`` (and the text it was parsed from, when the caller has it) -> its result
    and what decided each quote's confidence (in order)."""
    text = doc.text if text is None else text  # spaCy builds it anew on every access
    marked = find_marked(text)
    index = build_entities(doc, text)
    view = doc_view(doc, marked, text)
    turns = find_turns(text)
    in_marks, used_cues = marked_candidates(view, marked)
    unquoted = tuple(sorted(turns + find_asides(text), key=lambda t: t.label))
    blocks = block_candidates(view)
    in_marks = answer_candidates(view, index, turns) + _outside(in_marks + blocks, unquoted)
    taken = [s for c in in_marks for s in c.spans]
    reported = _outside(reported_candidates(view, taken, used_cues), unquoted)
    tagged = _outside(tagger_candidates(view), unquoted)
    quotes = combine(in_marks + reported, tagged)
    mentions = speaker_mentions(view, quotes, tagged)
    acts = quote_acts(view, quotes, mentions)
    topics = quote_topics(view, quotes, mentions)
    contents = tuple(_content(view, c, m) for c, m in zip(quotes, mentions, strict=True))
    sourced = [
        spans
        for spans, m in zip(contents, mentions, strict=True)
        if m is not None and (m.token is not None or m.continues is not None)
    ]
    resolver = Resolver(doc, index, view.in_quote, _reported_tokens(view, sourced), text)
    speech = tuple(act == Act.SPEECH for act in acts)
    speakers, spoken = name_speakers(resolver, index, mentions, speech)
    families = resolver.family_names()  # "Mr Hollis's wife, Rebecca": Rebecca Hollis
    speakers = tuple(
        replace(s, name=families[s.entity]) if s is not None and s.entity in families else s
        for s in speakers
    )
    bases = quote_bases(quotes, mentions, acts, topics, speakers, index)
    confidences = quote_confidences(bases)
    result = {
        "entities": entity_dicts(index, len(text), spoken, families),
        "quotes": [
            _quote_dict(n, text, c, spans, speaker)
            | {"act": act.value, "topic": topic, "confidence": p}
            for n, (c, spans, speaker, act, topic, p) in enumerate(
                zip(quotes, contents, speakers, acts, topics, confidences, strict=True)
            )
        ],
    }
    return result, bases


def _outside(candidates: tuple[Candidate, ...], turns: tuple[Turn, ...]) -> tuple[Candidate, ...]:
    """The candidates whose content starts in no question or answer of an interview (an
    answer is one quotation, a question none) and in no aside (a caption, a subhead); one that
    continued a quotation left out continues none."""
    if not turns:
        return candidates
    kept: dict[int, Candidate] = {}
    for c in candidates:
        if within(c, turns):
            continue
        follows = c.follows and kept.get(id(c.follows))
        kept[id(c)] = c if follows is c.follows else replace(c, follows=follows)
    return tuple(kept.values())


def _content(
    view: DocView, c: Candidate, mention: SpeakerMention | None
) -> tuple[tuple[int, int], ...]:
    """(view, candidate, its speaker mention) -> the quote's content spans: a transcript label
    that names the speaker, a dateline the content opens with ("BEIJING — ") and the writer's
    participle after the reported words (``_writers_participle``) are left out, and the words
    run on across a line break (``_within_lines``)."""
    spans = c.spans
    if c.kind != "direct" and any(t.lemma_.lower() in SPEECH_VERBS for t in c.cue):
        cut = _writers_participle(view, *spans[-1])
        if cut is not None:
            spans = spans[:-1] + ((spans[-1][0], cut),)
    if mention is not None and mention.content_start is not None:
        spans = ((mention.content_start, spans[0][1]),) + spans[1:]
    spans = _within_lines(view, spans)
    first = view.tok_at(spans[0][0])
    if in_dateline(view.doc, first):
        after = next((t for t in view.doc[first:] if not in_dateline(view.doc, t.i)), None)
        if after is not None and after.idx < spans[0][1]:
            spans = ((after.idx, spans[0][1]),) + spans[1:]
    return spans


def _within_lines(view: DocView, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Content spans that keep within a line: reported words never run across a line break.
    Of a span that does, the lines' pieces in quotation marks ("the following statement:" and
    the quotation in the next paragraph), else its first ("Name: 'Words'" as a headline, not
    the first paragraph after it)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if "\n" not in view.text[start:end]:
            out.append((start, end))
            continue
        pieces = []
        for line in re.finditer(r"[^\n]+", view.text[start:end]):
            a, b = start + line.start(), start + line.end()
            rng = view.trim(view.tok_at(a), view.tok_at(b - 1) + 1)
            if rng is not None:
                pieces.append(rng)
        marked = [r for r in pieces if any(view.in_quote[i] for i in range(*r))]
        out.extend((view.doc[a].idx, view.char_end(b - 1)) for a, b in marked or pieces[:1])
    return tuple(out) or spans


def _says_more(participle) -> bool:
    """A participle of saying that reports a clause of its own ("…, *adding that* the pound's
    stability depended on …"): the speaker's further words, not the writer's."""
    return participle.lemma_.lower() in SPEECH_VERBS and any(
        c.dep_ == "ccomp" for c in participle.children
    )


def _writers_participle(view: DocView, start: int, end: int) -> int | None:
    """Where the content from ``start`` to ``end`` of a cue of saying ends before a participle
    clause set off by a comma that hangs on the sentence's main verb before the content, the
    cue ("called Clinton a champion, *citing* her work", "ruled against the procedure,
    *dealing* a blow to …"), with no quotation marks and no list of participles in it: the
    writer's addition, not what was reported (one on the content's own verb is part of it:
    "Trump garnered 30%, *leading* the field"), or before the writer's note of what was left
    out (``_withheld``) or of what the words were (``_writers_summary``); None when there is
    none."""
    doc = view.doc
    for i in range(view.tok_at(start) + 1, view.tok_at(end - 1)):
        t = doc[i]
        marked = any(view.in_quote[w.i] for w in t.subtree)
        if doc[i - 1].text == "," and (_withheld(t) or _writers_summary(t)) and not marked:
            return doc[i - 1].idx
        closed = is_mark(doc[i - 1]) and doc[i - 2].text == ","  # '"… ratings," a message'
        if closed and _writers_summary(t) and view.in_quote[i - 2]:
            return doc[i - 1].idx + len(doc[i - 1].text)
        if t.dep_ == "cc" and _declined_to_say(t.head, t) and not marked:
            return doc[i - 1].idx + len(doc[i - 1].text)  # "… but declined to say whether …"
        if (
            t.tag_ == "VBG"
            and t.dep_ == "advcl"
            and t.head.dep_ == "ROOT"
            and doc[i - 1].text == ","
            and t.head.idx < start
            and not any(view.in_quote[w.i] or is_mark(w) for w in t.subtree)
            and not any(c.dep_ == "conj" for c in t.children)
            and not _says_more(t)
        ):
            return doc[i - 1].idx
    return None


def _writers_summary(tok) -> bool:
    """``tok`` opens the writer's phrase naming what the words before it were, set off by a
    comma: "a" and a noun for a statement that no "that" clause of its own follows ("…, *a
    claim* the industry has struggled to back up", "…,\" *a message* that was liked two million
    times")."""
    if tok.lower_ not in ("a", "an") or tok.dep_ != "det":
        return False
    noun = tok.head
    statement = noun.lemma_.lower() in SUMMARY_NOUNS and noun.i - tok.i <= 2
    told = any(c.dep_ in ("acl", "relcl") and _opens_with_that(c, noun) for c in noun.children)
    return statement and not told


def _opens_with_that(clause, noun) -> bool:
    """The clause on ``noun`` is what the statement said ("a claim *that the war was lost*"),
    not a relative clause on it ("a claim *that* he denied")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _withheld(tok) -> bool:
    """``tok`` opens the writer's note of what the source left out ("…, *without* giving
    details", "without elaborating", "without providing evidence")."""
    if tok.lower_ != "without":
        return False
    for verb in (c for c in tok.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
        low = verb.lemma_.lower()
        told = any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
        if low in ELABORATING_VERBS and not told:
            return True
        objects = (c.lower_ for c in verb.children if c.dep_ == "dobj")
        if low in GIVING_VERBS and any(o in WITHHELD_NOUNS for o in objects):
            return True
    return False


def _declined_to_say(head, cc) -> bool:
    """After ``cc``, a verb of refusing joined to ``head`` with no subject of its own and a verb
    of telling after it ("… but *declined to say* whether the United States would …", "and
    refused to comment"): the writer's note on the source, not what the source said."""
    conj = next((c for c in head.children if c.dep_ == "conj" and c.i > cc.i), None)
    if conj is None or conj.lemma_.lower() not in REFUSING_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return False
    told = (c for c in conj.children if c.dep_ == "xcomp")
    return any(
        (v.lemma_.lower() in ELABORATING_VERBS or v.lemma_.lower() in GIVING_VERBS) for v in told
    )


def _reported_tokens(view: DocView, contents) -> tuple[bool, ...]:
    """Which tokens lie in the content of some quote (of those given: the quotes with a
    source, not a tagger's span that no one reports)."""
    reported = [False] * len(view.doc)
    for spans in contents:
        for s, e in spans:
            for i in range(view.tok_at(s), view.tok_at(e - 1) + 1):
                reported[i] = True
    return tuple(reported)


def _quote_dict(n: int, text: str, c: Candidate, spans, speaker: Speaker | None) -> dict:
    """One quote of the result."""
    cue = None
    if c.cue:
        cs, ce = c.cue[0].idx, c.cue[-1].idx + len(c.cue[-1].text)
        cue = {"start": cs, "end": ce, "text": text[cs:ce]}
    return {
        "id": f"q{n}",
        "text": " … ".join(text[s:e] for s, e in spans),
        "spans": [[s, e] for s, e in spans],
        "kind": c.kind,
        "speaker": _speaker_dict(text, speaker),
        "cue": cue,
    }


def _speaker_dict(text: str, speaker: Speaker | None) -> dict | None:
    """The speaker of a quote in the result (None when nobody is named); an organisation is
    no affiliation of its own."""
    if speaker is None:
        return None
    s, e = speaker.start, speaker.end
    own = speaker.entity is not None and (speaker.affiliation or ("", None))[1] == speaker.entity
    return {
        "name": speaker.name,
        "entity_id": entity_id(speaker.entity) if speaker.entity is not None else None,
        "mention": {"start": s, "end": e, "text": text[s:e]},
        "affiliation": None if own else _affiliation_dict(speaker.affiliation),
    }


def _affiliation_dict(affiliation: tuple[str, int | None] | None) -> dict | None:
    """The organisation a speaker speaks for, in the result (None when none is given)."""
    if affiliation is None:
        return None
    name, idx = affiliation
    return {"name": name, "entity_id": entity_id(idx) if idx is not None else None}
