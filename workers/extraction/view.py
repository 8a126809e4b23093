"""A parsed document with its quotations in marks: token lookups every stage shares."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .marks import ALL_MARKS, Marked

#: Closing brackets and the opening ones they close.
_BRACKETS = {")": "(", "]": "["}


def is_mark(tok) -> bool:
    """Token made only of quotation marks."""
    return bool(tok.text) and all(ch in ALL_MARKS for ch in tok.text)


@dataclass(frozen=True)
class DocView:
    """A ``Doc``, its text, token start offsets and which tokens lie inside marks."""

    doc: object
    text: str
    starts: tuple[int, ...]
    in_quote: tuple[bool, ...]

    def tok_at(self, char: int) -> int:
        """Index of the token containing character ``char``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def char_end(self, i: int) -> int:
        """End offset of token ``i``."""
        tok = self.doc[i]
        return tok.idx + len(tok.text)

    def trim(self, s: int, e: int) -> tuple[int, int] | None:
        """Token range without leading/trailing punctuation and spaces; None when empty. A
        percent sign ("3%") and a bracket closing one opened inside the range stay."""
        doc = self.doc
        while s < e and (doc[s].is_punct or doc[s].is_space):
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space) and not is_mark(doc[e - 1]):
            if _belongs_to_the_words(doc, s, e - 1):
                break
            e -= 1
        return (s, e) if e > s else None

    def quoted(self, tok) -> bool:
        """A token inside a quotation (not one glued to its closing mark)."""
        return self.in_quote[tok.i] and not any(ch in ALL_MARKS for ch in tok.text)


def _belongs_to_the_words(doc, s: int, i: int) -> bool:
    """Punctuation token ``i`` ends the words of ``doc[s:i]``: a percent sign, or a closing
    bracket whose opening one is among them ("(D-Va.)")."""
    text = doc[i].text
    opening = _BRACKETS.get(text)
    return text == "%" or (opening is not None and any(t.text == opening for t in doc[s:i]))


def doc_view(doc, marked: tuple[Marked, ...] | list[Marked]) -> DocView:
    """(doc, quotations in marks) -> the ``DocView`` whose ``in_quote`` covers their tokens."""
    starts = tuple(t.idx for t in doc)
    partial = DocView(doc, doc.text, starts, ())
    in_quote = [False] * len(doc)
    for q in marked:
        for i in range(partial.tok_at(q.start), partial.tok_at(q.end - 1) + 1):
            in_quote[i] = True
    return DocView(doc, doc.text, starts, tuple(in_quote))
