"""Stage 3a', interviews written as questions and answers: the text -> each answer as a direct
quotation of the person interviewed, and the questions, which are nobody's quotes.

An article is an interview when its paragraphs open with "Q:" and "A:" (or "Question:" and
"Answer:"), at least one of each or two answers. The person interviewed is the one the words
before the first label name most often ("We asked Jason Lusk, an economist at Purdue
University, …"); with none, an answer has no speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .candidates import MARKS, Candidate
from .entities import EntityIndex
from .view import DocView

#: A paragraph's opening label of a question or an answer.
_LABEL = re.compile(r"(?m)^[ \t]*(Q|A|Question|Answer)[ \t]*:[ \t]*(?=\S)")


@dataclass(frozen=True)
class Turn:
    """One labelled paragraph: its label's start, where its words start and end, and whether
    it answers."""

    label: int
    start: int
    end: int
    answer: bool


def find_turns(text: str) -> tuple[Turn, ...]:
    """(text) -> its labelled questions and answers in text order; none unless it reads as an
    interview."""
    turns = []
    for m in _LABEL.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        turns.append(Turn(m.start(), m.end(), end, m.group(1) in ("A", "Answer")))
    answers = sum(t.answer for t in turns)
    if answers == 0 or (answers < 2 and answers == len(turns)):
        return ()
    return tuple(turns)


def within(c: Candidate, turns: tuple[Turn, ...]) -> bool:
    """The candidate's content starts inside a labelled paragraph."""
    start = c.spans[0][0]
    return any(t.label <= start < t.end for t in turns)


def answer_candidates(
    view: DocView, index: EntityIndex, turns: tuple[Turn, ...]
) -> tuple[Candidate, ...]:
    """(view, entities, turns) -> a direct quotation for each answer, its speaker the person
    interviewed (``named``), none when the words before the first label name nobody."""
    if not turns:
        return ()
    interviewee = _interviewee(view, index, turns[0].label)
    return tuple(
        Candidate(spans=((t.start, t.end),), kind="direct", origin=MARKS, named=interviewee)
        for t in turns
        if t.answer
    )


def _interviewee(view: DocView, index: EntityIndex, before: int):
    """The last token of the last mention of the person named most often before character
    ``before`` (the first named first on a tie); None when no person is named there."""
    counts: Counter = Counter()
    last = {}
    for m in index.mentions:
        if m.end <= before and m.entity >= 0 and index.entities[m.entity].type == "PERSON":
            counts[m.entity] += 1
            last[m.entity] = m.tok_end - 1
    if not counts:
        return None
    top = max(counts.values())
    first = next(e for e in last if counts[e] == top)  # dicts keep the order of first mention
    return view.doc[last[first]]
