"""Titles abbreviated with a full stop stay one token: "Capt. Erik Scott" is no sentence end.

spaCy's English tokenizer knows "Dr.", "Gov." and "Sen." but splits "Capt.", "Sgt.", "Ald." or
"Coun." into a word and a full stop, and the parser then ends the sentence between a title and
its name.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH

#: Ranks and offices written before a name, abbreviated.
TITLE_ABBREVIATIONS = (
    *("Capt.", "Sgt.", "Lt.", "Col.", "Maj.", "Cpl.", "Pvt.", "Cmdr.", "Brig."),
    *("Det.", "Insp.", "Supt.", "Ald.", "Cllr.", "Atty.", "Hon.", "Msgr."),
    *("Coun.", "Const.", "Cst.", "Adm.", "Amb."),
)


def add_title_abbreviations(nlp: Language) -> Language:
    """Make each title abbreviation (and its upper-case form) one token of ``nlp``'s tokenizer."""
    for title in TITLE_ABBREVIATIONS:
        for form in (title, title.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp
