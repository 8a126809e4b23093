"""A parsed document with its quotations in marks: token lookups every stage shares."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy
from spacy.attrs import LOWER

from .lexicon import MONTHS, NAME_SMALL_WORDS
from .marks import ALL_MARKS, Marked
from .memo import per_document_answer

#: Any quotation mark.
_A_MARK = re.compile("[" + re.escape(ALL_MARKS) + "]")
#: Closing brackets and the opening ones they close.
_BRACKETS = {")": "(", "]": "["}


def is_mark(tok) -> bool:
    """Token made only of quotation marks."""
    text = tok.text
    return bool(text) and not text.strip(ALL_MARKS)


def with_lower(doc, words: tuple[str, ...]) -> list:
    """The tokens whose lower-case form is one of ``words``, in order (read as an array: spaCy
    builds a token and its strings anew on every access)."""
    lower = doc.to_array(LOWER)
    found = numpy.zeros(len(lower), dtype=bool)
    for word in words:
        found |= lower == doc.vocab.strings[word]
    return [doc[i] for i in numpy.flatnonzero(found).tolist()]


#: Dashes that end a dateline ("DETROIT (AP) — ").
_DATELINE_DASHES = frozenset({"—", "–", "-", "--", "―"})
#: Punctuation inside a dateline, and a possessive in capitals ("ST JOHN'S, Antigua, CMC –").
_DATELINE_PUNCTUATION = frozenset({"(", ")", ",", ".", "'S", "’S"})
#: Most tokens of a dateline before its dash.
_DATELINE_TOKENS = 12
#: A dateline opens a paragraph within this many tokens of the article's start.
_DATELINE_WITHIN = 80


@per_document_answer  # asked of each paragraph's start by many rules
def dateline_end(doc, s: int) -> int | None:
    """Where the dateline that opens the paragraph at token ``s`` near the top of the article,
    or further down in capitals (a brief's), ends ("WASHINGTON (Reuters) - ", "ST. LOUIS (AP)
    — "): the token after its dash, or after an agency's name in brackets that follows a date
    ("Mumbai, July 8 (PTI) "), or after a place's colon ("New Delhi: "); None when there is
    none (capitals set off by a pair of dashes are no dateline)."""
    if s >= len(doc) or (s > 0 and "\n" not in doc[s - 1].text):
        return None
    capitals = doc[s].is_alpha and doc[s].is_upper and len(doc[s]) > 2
    if s >= _DATELINE_WITHIN and not capitals:  # further down, a brief's "LONGYEARBYEN - "
        return None
    agency = _agency_after_a_date(doc, s) or _agency_alone(doc, s) or _place_and_a_colon(doc, s)
    if agency is not None:
        return agency
    words = titled = 0
    for i in range(s, min(len(doc), s + _DATELINE_TOKENS)):
        tok = doc[i]
        glued = i > s and not doc[i - 1].whitespace_ and not tok.whitespace_
        if tok.text == "-" and glued and i + 1 < len(doc) and doc[i + 1].is_upper:
            continue  # a hyphen inside the place's name ("PORT-AU-PRINCE, Haiti (AP) —")
        if tok.text == "-" and glued and not doc[i - 1].is_upper:
            continue  # inside a name ("RCMP Cpl. Louis-Philippe Gagnon said")
        if tok.text in _DATELINE_DASHES:
            sentence_end = tok.sent.end
            paired = any(  # a dash with a space before it, not a hyphen ("African-American")
                t.text in _DATELINE_DASHES and doc[t.i - 1].whitespace_
                for t in doc[i + 1 : sentence_end]
            )
            # "Rabat – Minister of Interior …": a place's name, set off, one word or two that
            # are no person's
            opening = i + 1 < len(doc) and doc[i + 1].lower_ in ("the", "a", "an")
            person = doc[s].ent_type_ == "PERSON" and titled == 2 and not opening
            place = titled == i - s and 0 < titled <= 2 and not person
            place = place and doc[i - 1].whitespace_ and i + 1 < len(doc) and doc[i + 1].is_title
            return i + 1 if (words or place) and not paired else None
        if not words and titled == i - s and tok.is_title and tok.pos_ == "PROPN":
            titled += 1
            continue
        abbreviation = tok.text.endswith(".") and tok.text[0].isupper()  # "ST.", "Ill."
        # "KYIV, Ukraine (AP) —", "SEOUL, South Korea (AP) —"
        # "GOMA, Democratic Republic of Congo, Aug 3 –": a small word inside the region's name
        inside = doc[i - 1].is_title and i + 1 < len(doc) and doc[i + 1].is_title
        small = i > s and doc[i - 1].lower_ in NAME_SMALL_WORDS and doc[i - 2].is_title
        region = words and (
            (tok.is_title and (doc[i - 1].text == "," or doc[i - 1].is_title or small))
            or (tok.lower_ in NAME_SMALL_WORDS and inside)
        )
        dated = words and (tok.like_num or tok.ent_type_ == "DATE")  # "KYIV, Nov 28 (Reuters)"
        # "HIROSHIMA, Nov. 20 Kyodo - ": an agency's name after the date, before the dash
        credited = (
            words
            and tok.is_title
            and doc[i - 1].like_num
            and i + 1 < len(doc)
            and doc[i + 1].text in _DATELINE_DASHES
        )
        if tok.is_alpha and tok.is_upper and len(tok.text) > 1:
            words += 1
        elif tok.text in _DATELINE_PUNCTUATION or abbreviation or region or dated or credited:
            continue
        elif not (doc[i - 1].text == "(" or (i + 1 < len(doc) and doc[i + 1].text == ")")):
            return None
    return None


def _date_word(tok) -> bool:
    """``tok`` is a word of a date, whatever the NER took it for ("Jun 12" tagged a person)."""
    return tok.ent_type_ == "DATE" or tok.like_num or tok.lower_.rstrip(".") in MONTHS


def _place_and_a_colon(doc, s: int) -> int | None:
    """The token after the colon of "New Delhi: The national capital …" or "PUTRAJAYA: The
    Federal Court …", a place's name of up to three words and a colon before a capitalised
    word; None otherwise."""
    i = s
    while i < len(doc) and i - s < 3 and doc[i].ent_type_ == "GPE" and doc[i].text[:1].isupper():
        i += 1
    colon = i > s and i + 1 < len(doc) and doc[i].text == ":" and doc[i].whitespace_ == " "
    return i + 1 if colon and doc[i + 1].is_title else None


def _agency_alone(doc, s: int) -> int | None:
    """The token after the dash of "(Reuters) - " or "(AP) — ", an agency's name in brackets
    with no place before it; None otherwise."""
    agency = doc[s : s + 4]
    if len(agency) < 4 or agency[0].text != "(" or agency[2].text != ")":
        return None
    named = agency[1].is_alpha and agency[1].text[:1].isupper()
    return s + 4 if named and agency[3].text in _DATELINE_DASHES else None


def _agency_after_a_date(doc, s: int) -> int | None:
    """The token after "(PTI)" or "(PTI):" in "Mumbai, July 8 (PTI)": a capitalised place, a
    comma, a date and an agency in capitals in brackets; None otherwise."""
    i = s
    while i < len(doc) and doc[i].is_title and doc[i].pos_ == "PROPN" and i - s < 3:
        i += 1
    if i == s or i + 1 >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    dated = i
    while i < len(doc) and _date_word(doc[i]) and i - dated < 4:
        i += 1
    agency = doc[i : i + 3]
    if i == dated or len(agency) < 3 or agency[0].text != "(" or agency[2].text != ")":
        return None
    if not (agency[1].is_upper and agency[1].is_alpha and len(agency[1]) > 1):
        return None
    end = i + 3
    return end + 1 if end < len(doc) and doc[end].text == ":" else end


def in_dateline(doc, i: int) -> bool:
    """Token ``i`` lies in the dateline that opens its paragraph ("BERLIN (Reuters) - "; far
    down, only a brief's in capitals: "LONGYEARBYEN - ")."""
    far = i >= _DATELINE_WITHIN + _DATELINE_TOKENS
    if far and not (doc[i].is_upper or doc[i].text in _DATELINE_DASHES):
        return False
    end = paragraphs_dateline_end(doc, i)
    return end is not None and i < end


@per_document_answer
def paragraphs_dateline_end(doc, i: int) -> int | None:
    """Where the dateline that opens token ``i``'s paragraph ends (``dateline_end``), or None."""
    s = i
    while s > 0 and "\n" not in doc[s - 1].text:
        s -= 1
    return dateline_end(doc, s)


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
        """Token range without leading/trailing punctuation and spaces, a trailing "and", or a
        leading dateline; None when empty. A percent sign ("3%") and a bracket closing one
        opened inside the range stay; marks around the whole range go; a mark opened inside it
        is closed, and one closed inside it opens it."""
        doc = self.doc
        while s < e and (doc[s].is_punct or doc[s].is_space):
            s += 1
        dateline = dateline_end(doc, s)
        if dateline is not None and dateline < e:
            s = dateline
        opened = s > 0 and _opening_mark(doc, s - 1)  # 'of "extraordinary danger"': both go
        while e > s:
            last = doc[e - 1]
            if (last.is_punct or last.is_space) and not is_mark(last):
                if _belongs_to_the_words(doc, s, e - 1):
                    break
            elif not (opened and is_mark(last)):
                break
            e -= 1
        if e - s > 1 and doc[e - 1].pos_ == "CCONJ":  # "… called in to help, and" warned …
            return self.trim(s, e - 1)
        text = self.text[doc[s].idx : self.char_end(e - 1)] if e > s else ""
        marks = [t.i for t in doc[s:e] if is_mark(t)] if _A_MARK.search(text) else []
        if opened and len(marks) % 2 and not _opening_mark(doc, marks[0]):
            s -= 1  # "'character' after late winner": from the mark the range closes
        elif marks and _opening_mark(doc, marks[-1]):  # 'was “Mostly True.”': to its closing mark
            j = e
            while j < len(doc) and doc[j].is_punct and not is_mark(doc[j]):
                j += 1
            if j < len(doc) and is_mark(doc[j]):
                e = j + 1
        return (s, e) if e > s else None

    def quoted(self, tok) -> bool:
        """A token inside a quotation (not one glued to its closing mark; a contraction's
        apostrophe is no mark: "you're")."""
        glued = any(ch in ALL_MARKS for ch in tok.text) and not _CONTRACTION.fullmatch(tok.lower_)
        return self.in_quote[tok.i] and not glued


#: The pieces the tokenizer splits off a contraction ("'re", "n't").
_CONTRACTION = re.compile(r"['’](?:s|re|ve|ll|d|m)|n['’]t")


def _opening_mark(doc, i: int) -> bool:
    """Token ``i`` is a quotation mark glued to the word after it, not to a word before."""
    before = doc[i - 1] if i else None
    glued = before is not None and not (before.whitespace_ or before.is_punct or before.is_space)
    return is_mark(doc[i]) and not doc[i].whitespace_ and not glued


def _belongs_to_the_words(doc, s: int, i: int) -> bool:
    """Punctuation token ``i`` ends the words of ``doc[s:i]``: a percent sign, or a closing
    bracket whose opening one is among them ("(D-Va.)")."""
    text = doc[i].text
    opening = _BRACKETS.get(text)
    return text == "%" or (opening is not None and any(t.text == opening for t in doc[s:i]))


def doc_view(doc, marked: tuple[Marked, ...] | list[Marked], text: str | None = None) -> DocView:
    """(doc, quotations in marks, its text if read already) -> the ``DocView`` whose
    ``in_quote`` covers their tokens."""
    text = doc.text if text is None else text  # spaCy builds it anew on every access
    starts = tuple(t.idx for t in doc)
    partial = DocView(doc, text, starts, ())
    in_quote = [False] * len(doc)
    for q in marked:
        for i in range(partial.tok_at(q.start), partial.tok_at(q.end - 1) + 1):
            in_quote[i] = True
    return DocView(doc, text, starts, tuple(in_quote))
