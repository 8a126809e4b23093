"""The quotations every source proposes (``Candidate`` values) and how the sources combine."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

#: Where a candidate comes from: quotation marks, the parse's reported speech, the tagger, an
#: unmarked block a speaker's introduction hands over to.
MARKS, PARSE, TAGGER, BLOCK = "marks", "parse", "tagger", "block"


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
    taken = _Taken([s for c in rules for s in c.spans])
    for c in others:
        if not taken.overlaps(c.spans):
            kept.append(c)
            taken.add(c.spans)
    return tuple(sorted(kept, key=lambda c: c.spans[0][0]))


class _Taken:
    """The characters of some spans, as disjoint spans in text order (touching or overlapping
    spans merged), so that whether a span shares a character with them is found by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self.add(spans)

    def overlaps(self, spans) -> bool:
        for s, e in spans:
            # the last taken span starting before ``e`` is the only one that may reach past ``s``
            i = bisect.bisect_left(self._starts, e)
            if e > s and i and self._spans[i - 1][1] > s:
                return True
        return False

    def add(self, spans) -> None:
        for s, e in spans:
            if e <= s:
                continue
            i = bisect.bisect_left(self._starts, s)
            if i and self._spans[i - 1][1] >= s:
                i -= 1
                s = self._spans[i][0]
            j = i
            while j < len(self._spans) and self._spans[j][0] <= e:
                e = max(e, self._spans[j][1])
                j += 1
            self._spans[i:j] = [(s, e)]
            self._starts[i:j] = [s]
