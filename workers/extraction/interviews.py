"""Stage 3a', interviews and transcripts: the text -> each answer or turn of a named speaker as
a direct quotation, and the questions, which are nobody's quotes.

An article is an interview when its paragraphs open with "Q:" and "A:" (or "Question:" and
"Answer:"), at least one of each or two answers. The person interviewed is the one the words
before the first label name most often ("We asked Jason Lusk, an economist at Purdue
University, …"); with none, an answer has no speaker. It is a transcript when two or more of
its paragraphs open with a speaker's name in capitals ("FALLIN: …", "JAKE TAPPER: …"): each
such turn is that person's (the person of that surname the article names, else the label), a
reporter's or a moderator's a question.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from .candidates import MARKS, Candidate
from .entities import EntityIndex
from .lexicon import HEADLINE_LABELS, QUESTIONER_LABELS
from .marks import LABEL_NAME
from .view import DocView

#: A paragraph's opening label of a question or an answer.
_LABEL = re.compile(r"(?m)^[ \t]*(Q|A|Question|Answer)[ \t]*:[ \t]*(?=\S)")
#: A paragraph's opening speaker label in capitals ("JAKE TAPPER: ").
_NAMED = re.compile(rf"(?m)^[ \t]*({LABEL_NAME})[ \t]*:[ \t]*(?=\S)")


@dataclass(frozen=True)
class Turn:
    """One labelled paragraph: its label's start, where its words start and end, whether they
    are quoted (an answer or a named speaker's turn) and the speaker's label ("" for "A:")."""

    label: int
    start: int
    end: int
    quoted: bool
    speaker: str = ""


def paragraph_end(text: str, start: int) -> int:
    """Where the paragraph holding ``start`` ends, trailing spaces left out."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_turns(text: str) -> tuple[Turn, ...]:
    """(text) -> its labelled questions, answers and speakers' turns in text order; none
    unless it reads as an interview or a transcript."""
    asked = [
        Turn(m.start(), m.end(), paragraph_end(text, m.end()), m.group(1) in ("A", "Answer"))
        for m in _LABEL.finditer(text)
    ]
    answers = sum(t.quoted for t in asked)
    if answers == 0 or (answers < 2 and answers == len(asked)):
        asked = []
    named = [
        Turn(m.start(), m.end(), paragraph_end(text, m.end()), True, m.group(1))
        for m in _NAMED.finditer(text)
        if not set(m.group(1).lower().split()) & HEADLINE_LABELS
    ]
    named = [
        t if t.speaker.lower() not in QUESTIONER_LABELS else Turn(t.label, t.start, t.end, False)
        for t in named
    ]
    if len(named) < 2 or not any(t.quoted for t in named):
        named = []
    return tuple(sorted(asked + named, key=lambda t: t.label))


def within(c: Candidate, turns: tuple[Turn, ...]) -> bool:
    """The candidate's content starts inside a labelled paragraph."""
    start = c.spans[0][0]
    i = bisect.bisect_right(turns, start, key=lambda t: t.label)  # turns are in text order
    return bool(i) and start < turns[i - 1].end


def answer_candidates(
    view: DocView, index: EntityIndex, turns: tuple[Turn, ...]
) -> tuple[Candidate, ...]:
    """(view, entities, turns) -> a direct quotation for each answer or named turn, its speaker
    (``named``) the person interviewed or named by the label, none for an answer when the words
    before the first label name nobody."""
    if not turns:
        return ()
    interviewee = _interviewee(view, index, turns[0].label)
    people = _people_by_surname(view, index)
    return tuple(
        Candidate(
            spans=((t.start, t.end),),
            kind="direct",
            origin=MARKS,
            named=_labelled(view, people, t) if t.speaker else interviewee,
        )
        for t in turns
        if t.quoted
    )


def _people_by_surname(view: DocView, index: EntityIndex) -> dict:
    """{a person's surname in lower case: the last token of their first mention}."""
    people: dict = {}
    for m in index.mentions:
        ent = index.entities[m.entity] if m.entity >= 0 else None
        if ent is not None and ent.type == "PERSON":
            people.setdefault(ent.name.lower().split()[-1], view.doc[m.tok_end - 1])
    return people


def _labelled(view: DocView, people: dict, turn: Turn):
    """The token naming a turn's speaker: the last of a mention of the person whose surname the
    label ends in ("FALLIN": Mary Fallin), else the label's last word."""
    found = people.get(turn.speaker.split()[-1].lower())
    if found is not None:
        return found
    colon = view.text.rfind(":", turn.label, turn.start)
    return view.doc[view.tok_at(colon - 1)]


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
