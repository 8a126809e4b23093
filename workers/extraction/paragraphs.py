"""Sentence starts the parser would miss, and where an article's sections open.

A paragraph break starts a sentence: a headline or a paragraph never runs into the next one.
So does a capitalised word after a time of day that ends a sentence ("shortly after 2 a.m.
Fire officer Aydan Coray said …"), unless it is a day, a month or a time zone ("at 9 a.m.
Monday"); none starts after an abbreviated title ("…, Const. Dani McKinnon told") or after
the word that opens a paragraph ("Hurricane Milton made landfall …"). The
parser keeps sentence starts set before it, so "Ministers defend flood response" above "The
government has defended …" stays a headline of its own.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import TITLE_ABBREVIATIONS
from .lexicon import TIME_RUN_ONS, TIMES_OF_DAY

COMPONENT_NAME = "sentence_starts"
#: Abbreviated titles, which a name follows in the same sentence.
_TITLES = frozenset(
    (*TITLE_ABBREVIATIONS, *(t.upper() for t in TITLE_ABBREVIATIONS))
    + ("Dr.", "Gov.", "Sen.", "Rep.", "Mr.", "Mrs.", "Ms.", "Prof.", "Gen.", "Supt.", "Rev.")
)

#: A paragraph that only separates sections: a rule ("___", "* * *") or a time stamp ("11:50 a.m.")
SECTION_BREAK = re.compile(r"[\W_]+|\d{1,2}(:\s?\d\d)?\s?[ap]\.m\.:?")


@Language.component(COMPONENT_NAME)
def sentence_starts(doc: Doc) -> Doc:
    """Mark the first token after a blank line, and a capitalised word after a time of day
    that is no day, month or time zone, as sentence starts.

    Runs before the parser, which keeps the marks.
    """
    for token in doc[1:]:
        before = doc[token.i - 1]
        paragraph = before.is_space and before.text.count("\n") >= 2 and not token.is_space
        if paragraph or _after_a_time_of_day(before, token):
            token.is_sent_start = True
        elif before.text in _TITLES and token.is_title:
            token.is_sent_start = False  # "…, Const. Dani McKinnon told": the title's name
        elif _after_an_opening_word(doc, before, token):
            token.is_sent_start = False  # "Hurricane Milton made landfall …"
    return doc


def _after_an_opening_word(doc: Doc, before, token) -> bool:
    """``token`` follows, on the same line, the word that opens a paragraph: no one-word
    sentence without a full stop ("Hurricane" + "Milton made landfall …")."""
    opening = before.i == 0 or "\n" in doc[before.i - 1].text
    word = before.is_alpha and len(before) > 1 and not before.is_upper  # not a bullet "l"
    return opening and word and "\n" not in before.whitespace_ and not token.is_space


def _after_a_time_of_day(before, token) -> bool:
    return before.lower_ in TIMES_OF_DAY and token.is_title and token.lower_ not in TIME_RUN_ONS


def add_sentence_starts(nlp: Language) -> Language:
    """Put ``sentence_starts`` right before the parser of a loaded pipeline."""
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, before="parser")
    return nlp


def opens_section(text: str, start: int) -> bool:
    """Whether the character at ``start`` lies in the headline, the first paragraph, or a
    paragraph right after a section break (the entries of a live blog: "11:50 a.m." above
    "The New York state attorney general is confirming …")."""
    earlier = [line.strip() for line in text[:start].split("\n")[:-1] if line.strip()]
    return len(earlier) <= 1 or SECTION_BREAK.fullmatch(earlier[-1]) is not None
