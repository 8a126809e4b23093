"""Stage 3a'', asides: the text -> its paragraphs that are no one's words, as unquoted turns.

A caption or a credit line opens with its label ("Photo: Volunteers sort donations …",
"Pictured: …", "[Photo: …]"); a subhead is a paragraph of a few words in quotation marks with
no stop of its own ("'A race against time'"), the article's own words or a repeat of a quote in
its body.
"""

from __future__ import annotations

import re

from .interviews import Turn, paragraph_end
from .lexicon import CAPTION_LABELS

#: A paragraph's opening label of one or two words ("Photo: ", "File photo: "), perhaps in
#: brackets ("[Photo: Soldiers patrol a street …]").
_LABEL = re.compile(r"(?m)^[ \t]*[\[(]?([A-Za-z]+(?: [A-Za-z]+)?)[ \t]*:[ \t]*(?=\S)")
#: A paragraph that is only a quotation without a stop before its closing mark.
_SUBHEAD = re.compile(r"(?m)^[ \t]*[\"“‘'](?=\w)([^\n\"“”]{1,80}?)(?<![.!?,;:])[\"”’'][ \t]*$")
#: The most words a quoted subhead has.
_SUBHEAD_WORDS = 10


def find_asides(text: str) -> tuple[Turn, ...]:
    """(text) -> its captions, credit lines and quoted subheads in text order, as unquoted
    turns: what they say is no one's quote."""
    captions = [
        Turn(m.start(), m.end(), paragraph_end(text, m.end()), False)
        for m in _LABEL.finditer(text)
        if set(m.group(1).lower().split()) & CAPTION_LABELS
    ]
    subheads = [
        Turn(m.start(), m.start(), m.end(), False)
        for m in _SUBHEAD.finditer(text)
        if len(m.group(1).split()) <= _SUBHEAD_WORDS
    ]
    return tuple(sorted(captions + subheads, key=lambda t: t.label))
