"""How much work a text is for the extractor, counted before it is accepted (no spaCy here).

An analysis takes time and memory in proportion to the text's tokens, which a news article
has about one of for five characters; a text of short words, punctuation or line breaks can
have several times as many in the same characters.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+|[^\w ]|  +")


def tokens(text: str) -> int:
    """Words, punctuation marks, other characters that are neither letters nor a space, and
    runs of spaces: about as many as the tokens spaCy makes of ``text``, seldom fewer."""
    return sum(1 for _ in _TOKEN.finditer(text))
