"""Stage 3a''', block quotations: the view -> the unmarked paragraphs a speaker's one-line
introduction hands over to ("Limbaugh added:" and then his words, set off as a block with no
quotation marks), each a candidate whose subject is the introduction's.
"""

from __future__ import annotations

import re

from .candidates import BLOCK, Candidate
from .lexicon import SPEECH_VERBS
from .view import DocView

#: A paragraph of a few words ending in a colon, and the block after it: its lines up to the
#: next blank line.
_INTRODUCED = re.compile(
    r"(?m)^[ \t]*([^\n:]{3,80}):[ \t]*\n[ \t]*\n[ \t]*(\S(?:.|\n(?![ \t]*\n))*)"
)
#: The most words an introduction has.
_INTRODUCTION_WORDS = 8
#: What may follow the verb of an introduction: "that", or where it was said ("in a statement",
#: "on Twitter").
_AFTER_THE_VERB = frozenset({"mark", "prep", "pobj", "det", "amod", "poss", "compound", "advmod"})


def block_candidates(view: DocView) -> tuple[Candidate, ...]:
    """(view) -> a candidate for each unmarked block after a paragraph that is only a speaker's
    introduction ("The governor added:"), its cue the introduction's verb of saying and its
    subject the introduction's."""
    out = []
    for m in _INTRODUCED.finditer(view.text):
        block = m.group(2).rstrip()
        first, last = view.tok_at(m.start(2)), view.tok_at(m.start(2) + len(block) - 1)
        if len(m.group(1).split()) > _INTRODUCTION_WORDS or any(view.in_quote[first : last + 1]):
            continue  # a quotation in marks there is the marks' to attribute
        verb = _introducing_verb(view, m.start(1), m.end(1))
        if verb is None:
            continue
        subject = next(t for t in verb.children if t.dep_ == "nsubj")
        lines = re.finditer(r"\S(?:[^\n]*\S)?", block)
        out.append(
            Candidate(
                spans=tuple((m.start(2) + n.start(), m.start(2) + n.end()) for n in lines),
                kind="indirect",
                origin=BLOCK,
                cue=(verb,),
                anchor=verb.i,
                subject=subject,
            )
        )
    return tuple(out)


def _introducing_verb(view: DocView, start: int, end: int):
    """The verb of saying of the words between characters ``start`` and ``end`` when they are
    only its subject, itself and where or how it was said ("Limbaugh added", "Hewitt writes in
    his column that"), else None."""
    doc = view.doc
    words = doc[view.tok_at(start) : view.tok_at(end - 1) + 1]
    verbs = [t for t in words if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if subject is None or not subject.i < verb.i or subject.right_edge.i >= verb.i:
        return None
    after = [t for t in words if t.i > verb.i and not t.is_punct]
    if any(t.dep_ not in _AFTER_THE_VERB and t.lower_ != "that" for t in after):
        return None
    return verb
