"""A name with a curly apostrophe reads to the models as it would with a straight one.

en_core_web_sm learnt its word features (norm, prefix, suffix, shape) from text that mostly
writes "O'Driscoll" with a straight apostrophe: written "O’Driscoll", the tagger reads a common
noun and the NER no name ("Niamh O’Driscoll told the court" gives the person "Niamh"). The
vocabulary computes those four features of such a word from its straight spelling; the text,
and every offset into it, are unchanged. Contractions ("it’s", "n’t") are left as they are.
"""

from __future__ import annotations

import re

from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX
from spacy.language import Language

#: A capital, a curly apostrophe and a capitalised stem: "O’Driscoll", "D’Souza".
CURLY_NAME = re.compile(r"[A-Z][\u2019\u2018][A-Z][^\W\d_]+")
#: The word features the models read, computed from the straight spelling.
FEATURES = (NORM, PREFIX, SUFFIX, SHAPE)


def straight(word: str) -> str:
    """``word`` with a straight apostrophe when it is a name written with a curly one."""
    return word[0] + "'" + word[2:] if CURLY_NAME.fullmatch(word) else word


def add_straight_apostrophes(nlp: Language) -> Language:
    """Make ``nlp``'s vocabulary compute the features of each name written with a curly
    apostrophe from its straight spelling (words it has not seen yet: call it at load)."""
    getters = nlp.vocab.lex_attr_getters
    for attr in FEATURES:
        getter = getters.get(attr)
        if getter is not None and not getattr(getter, "straightens", False):
            getters[attr] = _from_the_straight_spelling(getter)
    return nlp


def _from_the_straight_spelling(getter):
    def feature(word: str):
        return getter(straight(word))

    feature.straightens = True  # type: ignore[attr-defined]
    return feature
