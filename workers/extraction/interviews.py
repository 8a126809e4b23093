"""Stage 3a', interviews and transcripts: the text -> each answer or turn of a named speaker as
a direct quotation, and the questions, which are nobody's quotes.

An article is an interview when its paragraphs open with "Q:" and "A:" (or "Question:" and
"Answer:"), at least one of each or two answers. The person interviewed is the one person the
paragraph before the first label names ("We put three questions to …"), else the one the words
before it name most often ("We asked Jason Lusk, an economist at Purdue University, …"); with
none, an answer has no speaker. It is a transcript when two or more of its paragraphs open with
a speaker's name in capitals ("FALLIN: …", "JAKE TAPPER: …"), or with the name of a person the
article names in full ("Kamau: …" after "Wanjiru Kamau"): each such turn is that person's (the
person of that surname the article names, else the label), a reporter's or a moderator's a
question. A label of initials is the person named in full with those initials ("YTR: …" for
Yuki Tanabe-Ross), and a label that names no person and mostly asks is a publication asking
("CYJR: Is that a win?"). With no labels, a paragraph ending in a question mark is a question
and the paragraphs after it answers for as long as they read as the interviewee's words: wholly
in marks, or, after a note that the interview was edited ("… has been edited for length and
clarity") or that the writer met the one interviewed ("We met her in …", "She spoke to us"), in
the first person or (the first) no report of what someone said.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace

from .candidates import MARKS, Candidate
from .entities import EntityIndex
from .lexicon import HEADLINE_LABELS, QUESTIONER_LABELS, is_recorded_first_name
from .marks import LABEL_NAME
from .view import DocView

#: A paragraph's opening label of a question or an answer.
_LABEL = re.compile(r"(?m)^[ \t]*(Q|A|Question|Answer)[ \t]*:[ \t]*(?=\S)")
#: A paragraph's opening speaker label in capitals ("JAKE TAPPER: ").
#: Words a speaker uses of themselves or their hearers, which a reporter's prose lacks.
_FIRST_AND_SECOND_PERSON = re.compile(r"\b(?:I|I'm|we|We|our|Our|my|My|you|You|your|Your)\b")
_NAMED = re.compile(rf"(?m)^[ \t]*({LABEL_NAME})[ \t]*:[ \t]*(?=\S)")
#: A paragraph's opening speaker label in mixed case ("Kamau: ", "Luciana Lopez: ").
_SURNAMED = re.compile(
    r"(?m)^[ \t]*([^\W\d_]{2,}(?:[-' ][^\W\d_]{2,}){0,2})[ \t]*:[ \t]*(?=\S)"
)  # each part a capital and small letters, accented or not ("Díaz: "), as _name_cased checks
#: A paragraph's opening label of any kind ("F&SW: ", "FinLedger: ").
_ASKER = re.compile(r"(?m)^[ \t]*[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}[ \t]*:[ \t]*(?=\S)")
#: A label of initials ("YTR: ").
_INITIALS = re.compile(r"[A-Z]{2,4}")
#: A name in full, its parts capitalised ("Yuki Tanabe-Ross").
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}\b")
#: A reporter's name after the word for one ("our freight correspondent Oliver Brandt").
_REPORTER = re.compile(
    r"\b(?:reporter|correspondent|editor|journalist|interviewer|columnist),? "
    r"((?:[A-Z][\w'\u2019-]+ ){0,2}[A-Z][\w'\u2019-]+)"
)
#: A byline on a line of its own, with the writer's role perhaps after it ("By Daniel Park,
#: Science Correspondent").
_BYLINE = re.compile(r"(?m)^By ((?:[A-Z][\w'\u2019-]+ ){0,2}[A-Z][\w'\u2019-]+)(?:,[^\n]*)?$")
#: Who the one interviewed spoke to, named ("She spoke to the Kestrel Bay Courier about …").
_SPOKE_TO = re.compile(
    r"\b(?:She|He|They) (?:spoke|talked) to (?:the )?"
    r"((?:[A-Z][\w'\u2019-]+ ){0,3}[A-Z][\w'\u2019-]+)"
)
#: The note that an interview was edited ("has been edited for length and clarity").
_EDITED = re.compile(
    r"(?i)\b(?:edited|condensed)\b[^.\n]{0,40}?\b(?:length|clarity|brevity|condensed|edited)\b"
)
#: The writer's note that introduces an interview with the one interviewed ("She spoke to Tom
#: Pardoe about the early mornings", "We met her in the central dome", "Our correspondent,
#: Oliver Brandt, met her at the club's boathouse").
_MET = re.compile(
    r"\b(?:(?:She|He|They) (?:spoke|talked) to (?:us|[A-Z][a-z]+ [A-Z][a-z]+ about)"
    r"|(?:talks|speaks) to (?:us|[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?) about"
    r"|We (?:met|spoke to|talked to|sat down with|caught up with) (?:her|him|them)"
    r"|, met (?:her|him|them) (?:at|in))\b"
)
#: Where a paragraph starts.
_PARAGRAPH = re.compile(r"(?m)^[ \t]*(?=\S)")
#: The interviewee's own words outside marks ("I", "we", "my").
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]e|[Mm]y|[Oo]ur|us)\b")
#: A paragraph that opens by addressing the interviewee ("You've talked before about …").
_YOU = re.compile(r"You(?:'|’|\b)")
#: A report of what someone said ("Aalders … said she would …").
_REPORTING = re.compile(r"\b(?:said|says|told|tells|added|adds|recalled|recalls|explained)\b")
#: A paragraph about the interviewee ("She laughs.", "Her voice drops.").
_THIRD_PERSON = re.compile(r"(?:He|She|They|His|Her|Their)\b")
#: A passage in double marks, or one opened and left open to the paragraph's end.
_IN_MARKS = re.compile(r"[\"\u201c][^\"\u201d\n]*(?:[\"\u201d]|$)", re.M)
_OPENING = '"\u201c'
_CLOSING = '"\u201d'


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
    named = [t for t in named if not _dateline(text, t, named)]
    named = [
        t if t.speaker.lower() not in QUESTIONER_LABELS else Turn(t.label, t.start, t.end, False)
        for t in named
    ]
    named = [replace(t, speaker=_initialled(text, t.speaker)) for t in named]
    if len(named) < 2 or not any(t.quoted for t in named):
        named = []
    if _headings(text, named):
        named = []  # a briefs column's headings ("VANDALISM: …", "STAFFING: …"), no speakers
    named = _reporters_asking(text, _asking(text, named + _surnamed_turns(text, named)))
    named += _labelled_questions(text, named) if named else []
    named += _turns_going_on(text, named)
    unlabelled = [] if asked or named else _unlabelled_turns(text)
    return tuple(sorted(asked + named + unlabelled, key=lambda t: t.label))


def _headings(text: str, named: list[Turn]) -> bool:
    """The labels head items of a column, not speakers' turns: no label comes twice, none
    names a person (``_names_a_person``) and no item speaks in the first or second person
    outside marks ("VANDALISM: A resident … reported …", "STAFFING: The trustees plan …")."""
    labels = [t.speaker for t in named]
    if len(set(labels)) < len(labels) or any(_names_a_person(text, s) for s in labels if s):
        return False
    return not any(
        _FIRST_AND_SECOND_PERSON.search(_IN_MARKS.sub("", text[t.start : t.end])) for t in named
    )


def _turns_going_on(text: str, turns: list[Turn]) -> list[Turn]:
    """The paragraphs with no label after a named speaker's turn, up to the next label, that
    read as their words (in the first person or in marks, about no one else: "OBAFEMI: … ¶ In
    London it is different, I admit."), each a turn of that speaker with no label of its
    own."""
    ordered = sorted(turns, key=lambda t: t.label)
    found = []
    for k, turn in enumerate(ordered):
        if not turn.quoted or not turn.speaker:
            continue
        stop = ordered[k + 1].label if k + 1 < len(ordered) else len(text)
        for m in _PARAGRAPH.finditer(text, turn.end, stop):
            start, end = m.start(), paragraph_end(text, m.start())
            if end > stop or not _answers(text[start:end], False, True):
                break
            found.append(Turn(start, start, end, True, turn.speaker))
    return found


def _dateline(text: str, turn: Turn, named: list[Turn]) -> bool:
    """The label is the place a story was filed from ("PESHAWAR: Khyber-Pakhtunkhwa has
    reported …"): it opens one of the first two paragraphs, labels nothing else, and the
    words after it are a reporter's (no "I", "we" or "you")."""
    paragraphs = [m.start() for m in re.finditer(r"[^\n]+", text)][:2]
    once = sum(t.speaker == turn.speaker for t in named) == 1
    own = _FIRST_AND_SECOND_PERSON.search(text, turn.start, turn.end)
    return turn.label in paragraphs and once and own is None


def _labelled_questions(text: str, turns: list[Turn]) -> list[Turn]:
    """In a transcript, the other paragraphs that open with a label and end in a question
    mark ("FinLedger: How long did the process take?"): the questions."""
    taken = {t.label for t in turns}
    return [
        Turn(m.start(), m.end(), end, False)
        for m in _ASKER.finditer(text)
        if m.start() not in taken
        and _a_question(text[m.end() : (end := paragraph_end(text, m.end()))])
    ]


def _names_a_person(text: str, label: str) -> bool:
    """The label is a person's name: it opens with a first name ("Alistair Baird"), or, one
    word, it is the surname of someone the text names in full ("TAPPER" for Jake Tapper); never
    with an article ("The Ledger Wire")."""
    words = label.split()
    if words[0].lower() in ("the", "a", "an"):
        return False  # "The Ledger Wire: Why go after …?": a publication
    if len(words) > 1:
        return is_recorded_first_name(words[0].title())
    return _named_in_full(text, label.title() if label.isupper() else label)


def _given_name_of_one(text: str, given: str) -> bool:
    """Someone the text names in full has this first name, a recorded one ("Harold" for
    "Harold Fairbrother" or "Harold and Joan Fairbrother")."""
    if not is_recorded_first_name(given):
        return False
    name = r"[A-Z][\w'\u2019-]+"
    pattern = rf"\b{re.escape(given)} (?:and {name} )?{name}\b"
    return any(m.group().split()[-1] != given for m in re.finditer(pattern, text))


def _named_in_full(text: str, surname: str) -> bool:
    """Someone the text names in full has this surname ("Wanjiru Kamau" for "Kamau")."""
    return re.search(rf"\b[A-Z][\w.'\u2019-]+ {re.escape(surname)}\b", text) is not None


def _a_question(words: str) -> bool:
    """A paragraph's words end in a question mark, inside closing marks or not."""
    return words.rstrip(_CLOSING).endswith("?")


def _a_prompt(words: str) -> bool:
    """A short paragraph put to the interviewee in the second person, with no question mark
    ("You've talked before about nearly giving up in 2017."): a question all the same."""
    return len(words) < 200 and _YOU.match(words) is not None and not _FIRST_PERSON.search(words)


def _initialled(text: str, label: str) -> str:
    """The full name a label of initials stands for ("YTR" for Yuki Tanabe-Ross, named in the
    text), else the label."""
    if not _INITIALS.fullmatch(label):
        return label
    for m in _FULL_NAME.finditer(text):
        if "".join(w[0] for w in re.split(r"[ -]", m.group())) == label:
            return m.group()
    return label


def _asking(text: str, turns: list[Turn]) -> list[Turn]:
    """The turns, with those of a label that names no person and whose turns mostly end in a
    question mark (the publication's: "CYJR: Is that a win?") made questions; a person's
    questions in a hearing or on air are theirs ("Alistair Baird: So sewage is one measure in
    twelve?")."""
    asks: Counter = Counter()
    says: Counter = Counter()
    for t in turns:
        if t.quoted:
            says[t.speaker] += 1
            asks[t.speaker] += _a_question(text[t.start : t.end])
    asking = {
        label
        for label, n in says.items()
        if n >= 2 and 2 * asks[label] >= n and not _names_a_person(text, label)
    }
    if len(asking) == len(says):
        return turns
    return [replace(t, quoted=False, speaker="") if t.speaker in asking else t for t in turns]


def _reporters_asking(text: str, turns: list[Turn]) -> list[Turn]:
    """The turns, with those of the publication's own reporter, named as one before the first
    turn ("He spoke to our boxing correspondent, Helen Marsh", "Health Desk reporter Tom
    Gillespie", or in the byline: "By Daniel Park" … "PARK: …"), or of the one the person
    interviewed spoke to ("She spoke to the Kestrel Bay Courier": "Courier: …"), made
    questions: the interviewer's, no one's quotes."""
    first = min((t.label for t in turns), default=0)
    found = [*_REPORTER.finditer(text, 0, first), *_SPOKE_TO.finditer(text, 0, first)]
    found += _BYLINE.finditer(text, 0, first)  # "By Daniel Park, …" … "PARK: How confident …"
    reporters = {m.group(1).split()[-1].lower() for m in found}
    return [
        replace(t, quoted=False, speaker="")
        if t.quoted and t.speaker.split()[-1:] and t.speaker.split()[-1].lower() in reporters
        else t
        for t in turns
    ]


def _surnamed_turns(text: str, named: list[Turn]) -> list[Turn]:
    """Paragraphs opening with the name of a person the article names in full ("Kamau: I
    believe …" after "Wanjiru Kamau"), each a sentence of some length that is no headline
    ("Bernie Sanders: 'It Is Not A Radical Idea'") and no count ("Clinton: 547."), one person
    speaking in two or more, counting the ``named`` turns in capitals (not "Jeb Bush: Student
    loans …" heading one section each)."""
    turns = []
    for m in _SURNAMED.finditer(text):
        label, end = m.group(1), paragraph_end(text, m.end())
        if not _name_cased(label):
            continue
        words = text[m.end() : end].split()
        capitals = sum(w[:1].isupper() for w in words)
        full = " " in label or _named_in_full(text, label) or _given_name_of_one(text, label)
        known = full and not set(label.lower().split()) & HEADLINE_LABELS
        if known and len(words) >= 4 and capitals < 0.6 * len(words):
            questioner = label.lower() in QUESTIONER_LABELS
            turns.append(Turn(m.start(), m.end(), end, not questioner, "" if questioner else label))
    surnames = Counter(t.speaker.split()[-1] for t in turns + named if t.quoted)
    repeated = bool(surnames) and max(surnames.values()) >= 2  # not one paragraph each
    return turns if repeated else []


def _name_cased(label: str) -> bool:
    """Each part of the label is a capital and small letters ("Díaz", "Luciana Lopez")."""
    return all(p[0].isupper() and p[1:].islower() for p in re.split(r"[-' ]", label))


def _unlabelled_turns(text: str) -> list[Turn]:
    """Questions (paragraphs ending in a question mark) and the paragraphs after them that
    read as the interviewee's words (their marks left out): after a note that the interview
    was edited or that the writer met or spoke to the one interviewed, when there are two
    questions and an answer; else when two questions are each answered by a paragraph wholly in
    marks."""
    note = _EDITED.search(text) or _MET.search(text)
    begin = paragraph_end(text, note.end()) if note else 0
    if not text[begin:].strip():  # the note closes the interview: its turns are all before it
        begin = 0
    turns: list[Turn] = []
    answering = False
    first = False
    for m in _PARAGRAPH.finditer(text, begin):
        start, end = m.start(), paragraph_end(text, m.start())
        words = text[start:end]
        prompt = note is not None and _a_prompt(words)
        if words[0] not in _OPENING and (_a_question(words) or prompt) and len(words) < 400:
            turns.append(Turn(start, start, end, False))
            answering, first = True, True
            continue
        answering = answering and _answers(words, first, note is not None)
        first = False
        if answering:
            inner = start + (words[0] in _OPENING)
            outer = end - (words[-1] in _CLOSING and words[0] in _OPENING)
            turns.append(Turn(start, inner, outer, True))
    answered = sum(a.quoted and not q.quoted for q, a in itertools.pairwise(turns))
    if answered < (1 if note else 2) or sum(not t.quoted for t in turns) < 2:
        return []
    return turns


def _answers(words: str, first: bool, noted: bool) -> bool:
    """A paragraph after a question reads as the interviewee's words: wholly in marks, or
    (after a note that the interview was edited) in the first person or, the first after the
    question, no report of what someone said; never one about them ("She laughs. …")."""
    outside = _IN_MARKS.sub("", words).strip()
    if _THIRD_PERSON.match(words):
        return False
    if not outside:
        return True
    reports = _REPORTING.search(outside) is not None
    return noted and (bool(_FIRST_PERSON.search(outside)) or (first and not reports))


def within(c: Candidate, turns: tuple[Turn, ...]) -> bool:
    """The candidate's content starts inside a labelled paragraph."""
    start = c.spans[0][0]
    i = bisect.bisect_right(turns, start, key=lambda t: t.label)  # turns are in text order
    return bool(i) and start < turns[i - 1].end


def answer_candidates(
    view: DocView, index: EntityIndex, turns: tuple[Turn, ...]
) -> tuple[Candidate, ...]:
    """(view, entities, turns) -> a direct quotation for each answer or named turn, its speaker
    (``named``) the person interviewed or named by the label (by the label before it, for a
    turn that goes on with none), none for an answer when the words before the first label
    name nobody."""
    if not turns:
        return ()
    interviewee = _interviewee(view, index, turns[0].label)
    people = _people_by_surname(view, index)
    named: dict = {}  # each speaker's label, for the turns that go on with no label
    found = []
    for t in (t for t in turns if t.quoted):
        if t.speaker and t.label < t.start:
            named[t.speaker] = _labelled(view, people, t)
        speaker = named.get(t.speaker) if t.speaker else interviewee
        found.append(
            Candidate(spans=((t.start, t.end),), kind="direct", origin=MARKS, named=speaker)
        )
    return tuple(found)


def _people_by_surname(view: DocView, index: EntityIndex) -> dict:
    """{a person's surname in lower case: the last token of their first mention}, and of a name
    of several words the NER gave another type, when no person has that surname ("Deji
    Obafemi" tagged ORG … "OBAFEMI: …": a turn's speaker is someone)."""
    people: dict = {}
    others: dict = {}
    for m in index.mentions:
        ent = index.entities[m.entity] if m.entity >= 0 else None
        if ent is None:
            continue
        words = ent.name.lower().split()
        if ent.type == "PERSON":
            people.setdefault(words[-1], view.doc[m.tok_end - 1])
        elif len(words) >= 2:
            others.setdefault(words[-1], view.doc[m.tok_end - 1])
    return {**others, **people}


def _labelled(view: DocView, people: dict, turn: Turn):
    """The token naming a turn's speaker: the label's last word when it names a person in full,
    else the last of a mention of the person whose surname the label ends in ("FALLIN": Mary
    Fallin), else the label's last word."""
    colon = view.text.rfind(":", turn.label, turn.start)
    label = view.doc[view.tok_at(colon - 1)]
    if " " in turn.speaker and label.ent_type_ == "PERSON":
        return label  # "Alex Seitz-Wald: …", named in full
    found = people.get(turn.speaker.split()[-1].lower())
    return label if found is None else found


def _interviewee(view: DocView, index: EntityIndex, before: int):
    """The last token of the last mention of the one person the paragraph before character
    ``before`` names ("We put three questions to Imogen Clarke-Bello after the debate."), else
    of the person named most often before it (the first named first on a tie); None when no
    person is named there."""
    counts: Counter = Counter()
    last = {}
    intro = view.text.rfind("\n", 0, len(view.text[:before].rstrip())) + 1  # its start
    introduced = set()
    for m in index.mentions:
        if m.end <= before and m.entity >= 0 and index.entities[m.entity].type == "PERSON":
            counts[m.entity] += 1
            last[m.entity] = m.tok_end - 1
            if m.start >= intro:
                introduced.add(m.entity)
    if len(introduced) == 1:
        return view.doc[last[introduced.pop()]]
    if not counts:
        return None
    top = max(counts.values())
    first = next(e for e in last if counts[e] == top)  # dicts keep the order of first mention
    return view.doc[last[first]]
