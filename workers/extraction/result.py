"""Assemble the result dict: entities and quotes with resolved speakers."""

from __future__ import annotations

import re

from .attributions import Attribution, Attributor
from .coref import Resolver
from .cues import NEUTER_PRONOUNS, PLURAL_PRONOUNS, PRONOUNS, RELATIVE_PRONOUNS
from .entities import EntityIndex, build_entities, entity_dicts
from .learned import tagger_attributions
from .quotes import find_marked

#: Most characters between an attribution and a cue-less quotation that continues it.
_FOLLOW_GAP = 40
_NP_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case"})
_LABEL = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}:\s+")


def _speaker_range(tok, index: EntityIndex, mention_at: dict) -> tuple[int, int]:
    """Character range of the speaker mention headed by ``tok``."""
    m = mention_at.get(tok.i)
    if m is None:
        for child in tok.subtree if tok.pos_ == "NOUN" else tok.children:
            if child.dep_ == "appos" and child.i in mention_at:
                m = mention_at[child.i]
                break
    if m is not None:
        return m.start, m.end
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in _NP_DEPS:
            start = min(start, child.left_edge.i)
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in ("compound", "flat") and child.i == end:
            end += 1
    doc = tok.doc
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _joint(tok, index: EntityIndex):
    """Names of speakers joined by "and" ("Mr. Grassley and Mr. Leahy say"), in text order,
    with the character range they span; None for a single speaker."""
    te = index.token_entity
    first: dict[int, int] = {}
    linked = False
    stack = [(tok, False)]
    last = tok.i
    while stack:
        t, via_conj = stack.pop()
        if t.i in te:
            first[te[t.i]] = min(first.get(te[t.i], t.i), t.i)
            linked = linked or via_conj
            last = max(last, t.i)
        for c in t.children:
            if c.dep_ in ("conj", "appos", "compound", "flat"):
                stack.append((c, via_conj or c.dep_ == "conj"))
    if len(first) < 2 or not linked:
        return None
    if len({index.entities[i].type == "PERSON" for i in first}) != 1:
        return None
    doc = tok.doc
    names = [index.entities[i].name for i in sorted(first, key=first.__getitem__)]
    return names, (doc[tok.left_edge.i].idx, doc[last].idx + len(doc[last].text))


def _antecedent_text(tok, index: EntityIndex, mention_at: dict, text: str) -> str | None:
    """The noun phrase a relative pronoun stands for ("supporters who ..."), or None."""
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.head.dep_ != "relcl":
        return None
    noun = tok.head.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    s, e = _speaker_range(noun, index, mention_at)
    return text[s:e]


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    """Two lists of character spans share a character."""
    return any(min(e, e2) > max(s, s2) for s, e in a for s2, e2 in b)


def _add_free(found: list, taken: list, new: list[Attribution]) -> None:
    """Add the attributions of ``new`` that share no character with those already taken."""
    spans = [*taken, *(span for q in new for span in q.spans)]
    covered = bytearray(max((e for _, e in spans), default=0))
    for s, e in taken:
        covered[s:e] = b"\x01" * (e - s)
    for q in new:
        if all(covered.find(1, s, e) < 0 for s, e in q.spans):
            found.append(q)
            taken.extend(q.spans)
            for s, e in q.spans:
                covered[s:e] = b"\x01" * (e - s)


def _inside(tok, q: Attribution) -> bool:
    """The token lies in the quotation's own content."""
    return any(s <= tok.idx < e for s, e in q.spans)


def _tagged_speaker(q: Attribution, tagged: list[Attribution]):
    """The speaker the tagger found for the same content, when it lies outside it."""
    for t in tagged:
        if t.speaker is not None and not _inside(t.speaker, q) and _overlap(t.spans, q.spans):
            return t.speaker
    return None


def _transcript_label(q: Attribution, att: Attributor) -> None:
    """A quotation that opens with a transcript's speaker label ("PENCE: Well, ...") is
    spoken by the labelled speaker; the label is not part of the quotation."""
    s, e = q.spans[0]
    m = _LABEL.match(att.text, s, e)
    if m is None or m.end() >= e:
        return
    tok = att.doc[att.tok_at(m.end() - 1)]
    while tok.i > att.tok_at(s) and not tok.text[:1].isalpha():
        tok = att.doc[tok.i - 1]
    q.speaker = tok
    q.spans[0] = (m.end(), e)


def _speaker(tok, resolver: Resolver, index: EntityIndex, mention_at: dict, text: str):
    """The result's speaker for the speaker token ``tok`` (None when nobody can be named),
    and the entity it resolves to; ``text`` is the doc's text."""
    idx = resolver.resolve(tok)
    s, e = _speaker_range(tok, index, mention_at)
    pronoun = tok.lower_ in PRONOUNS
    named_by = None
    if tok.lower_ in NEUTER_PRONOUNS:
        ant = resolver.neuter_antecedent(tok)
        if ant is not None:
            idx = resolver.resolve(ant)
            if idx is None:
                as_, ae = _speaker_range(ant, index, mention_at)
                named_by = resolver.owner_name(ant) or text[as_:ae]
    named = tok
    if tok.lower_ in PLURAL_PRONOUNS:
        ant = resolver.plural_antecedent(tok)
        ant_idx = resolver.resolve(ant) if ant is not None else None
        if ant is not None and (ant_idx is not None or _joint(ant, index) or resolver.members(ant)):
            named, idx = ant, ant_idx
    joint = None if named.lower_ in PRONOUNS else _joint(named, index)
    if joint is None and idx is None and named.lower_ not in PRONOUNS:
        members = resolver.members(named)
        if len(members) == 1:
            idx = members[0]
        elif members:
            joint = [index.entities[i].name for i in members], (s, e)
    if joint is not None:
        names, span = joint
        if named is tok:
            s, e = span
        name, idx = " and ".join(names), None
    elif resolver.generic(idx):
        name = index.entities[idx].name if pronoun else text[s:e]
        idx = None
    elif idx is not None:
        name = index.entities[idx].name
    elif named_by is not None:
        name = named_by
    elif pronoun:
        name = _antecedent_text(tok, index, mention_at, text)
    else:
        name = resolver.owner_name(tok) or text[s:e]
    if name is None:
        return None, idx
    entity_id = f"e{idx}" if idx is not None else None
    mention = {"start": s, "end": e, "text": text[s:e]}
    return {"name": name, "entity_id": entity_id, "mention": mention}, idx


def _settle_speakers(found: list[Attribution], tagged: list[Attribution], att: Attributor):
    """Give each quotation in text order its best speaker token: never a noun inside its own
    content; else the tagger's speaker for the same content; a cue-less quotation right after
    another attribution continues it; else a transcript label."""
    prev: Attribution | None = None
    for q in found:
        if q.speaker is not None and q.speaker.pos_ == "NOUN" and _inside(q.speaker, q):
            q.speaker = None
        if q.speaker is None and q.follows is None:
            q.speaker = _tagged_speaker(q, tagged)
        if q.speaker is None and q.follows is None and not q.cue and prev is not None:
            gap = att.text[prev.spans[-1][1] : q.spans[0][0]]
            if prev.speaker is not None and "\n" not in gap and len(gap) < _FOLLOW_GAP:
                q.follows = prev
        prev = q
        if q.speaker is None:
            _transcript_label(q, att)


def analyse_doc(doc, extra: list[Attribution] | None = None) -> dict:
    """Entities and quotes of a parsed ``Doc``; ``extra`` adds attributions from other sources."""
    text = doc.text
    index = build_entities(doc, text)
    mention_at = {t: m for m in index.mentions for t in range(m.tok_start, m.tok_end)}
    att = Attributor(doc, text)
    found = att.marked_quotes(find_marked(text))
    taken = [s for q in found for s in q.spans]
    rules = att.indirect_quotes(taken)
    found.extend(rules)
    taken.extend(s for q in rules for s in q.spans)
    tagged = tagger_attributions(doc, att)
    _add_free(found, taken, tagged + list(extra or []))
    found.sort(key=lambda q: q.spans[0][0])
    _settle_speakers(found, tagged, att)
    reported = [False] * len(doc)
    for q in found:
        for s, e in q.spans:
            for i in range(att.tok_at(s), att.tok_at(e - 1) + 1):
                reported[i] = True
    resolver = Resolver(doc, index, att.in_quote, reported)
    speakers: dict[int, dict | None] = {}
    quotes = []
    for n, q in enumerate(found):
        speaker = None
        if q.speaker is not None:
            speaker, idx = _speaker(q.speaker, resolver, index, mention_at, text)
            resolver.note_speaker(idx, q.speaker.i)
        elif q.follows is not None:
            speaker = speakers.get(id(q.follows))
            if speaker is not None and speaker.get("entity_id"):
                resolver.entity_count_speaker(int(speaker["entity_id"][1:]))
        speakers[id(q)] = speaker
        cue = None
        if q.cue:
            cs, ce = q.cue[0].idx, q.cue[-1].idx + len(q.cue[-1].text)
            cue = {"start": cs, "end": ce, "text": text[cs:ce]}
        quotes.append(
            {
                "id": f"q{n}",
                "text": " … ".join(text[s:e] for s, e in q.spans),
                "spans": [[s, e] for s, e in q.spans],
                "kind": q.kind,
                "speaker": speaker,
                "cue": cue,
            }
        )
    return {"entities": entity_dicts(index, len(text)), "quotes": quotes}
