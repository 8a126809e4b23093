"""Paragraph breaks start sentences: a headline or a paragraph never runs into the next one.

The parser keeps sentence starts set before it, so "Ministers defend flood response" above
"The government has defended …" stays a headline of its own.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT_NAME = "paragraph_starts"

#: A paragraph that only separates sections: a rule ("___", "* * *") or a time stamp ("11:50 a.m.")
SECTION_BREAK = re.compile(r"[\W_]+|\d{1,2}(:\s?\d\d)?\s?[ap]\.m\.:?")


@Language.component(COMPONENT_NAME)
def paragraph_starts(doc: Doc) -> Doc:
    """Mark the first token after a blank line as a sentence start.

    Runs before the parser, which keeps the marks.
    """
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not token.is_space and before.is_space and before.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


def add_paragraph_starts(nlp: Language) -> Language:
    """Put ``paragraph_starts`` right before the parser of a loaded pipeline."""
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, before="parser")
    return nlp


def opens_section(text: str, start: int) -> bool:
    """Whether the character at ``start`` lies in the headline, the first paragraph, or a
    paragraph right after a section break (the entries of a live blog: "11:50 a.m." above
    "The New York state attorney general is confirming …")."""
    earlier = [line.strip() for line in text[:start].split("\n")[:-1] if line.strip()]
    return len(earlier) <= 1 or SECTION_BREAK.fullmatch(earlier[-1]) is not None
