"""The quotations every source proposes (``Candidate`` values) and how the sources combine."""

from __future__ import annotations

from dataclasses import dataclass

#: Where a candidate comes from: quotation marks, the parse's reported speech, the tagger.
MARKS, PARSE, TAGGER = "marks", "parse", "tagger"


@dataclass(frozen=True)
class Candidate:
    """A quotation before its speaker is chosen: content spans, kind, cue tokens and the
    evidence its source gives for the speaker (read only by ``speakers``).

    ``subject`` is the speaker the cue's clause gives; ``named`` a name the cue search found
    ("― Name", a name beside a subjectless cue); ``source`` the tagger's SOURCE when it beats
    the cue's subject; ``quote_end`` the token after a quote in marks and ``side`` where its cue
    is; ``follows`` the earlier quotation in marks a cue-less one continues.
    """

    spans: tuple[tuple[int, int], ...]
    kind: str
    origin: str
    cue: tuple = ()
    anchor: int = 0
    para: int = 0
    subject: object | None = None
    named: object | None = None
    source: object | None = None
    quote_end: int = 0
    side: str = ""
    follows: Candidate | None = None


def overlap(a, b) -> bool:
    """Two sequences of character spans share a character."""
    return any(min(e, e2) > max(s, s2) for s, e in a for s2, e2 in b)


def combine(rules: tuple[Candidate, ...], others: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The rules' candidates (which never overlap) and those of ``others`` that share no
    character with one kept before them -> all kept, in text order."""
    kept = list(rules)
    taken = [s for c in rules for s in c.spans]
    for c in others:
        if not overlap(c.spans, taken):
            kept.append(c)
            taken.extend(c.spans)
    return tuple(sorted(kept, key=lambda c: c.spans[0][0]))
