"""Titles, provinces and streets abbreviated with a full stop stay one token: "Capt. Erik
Scott" is no sentence end (nor "W/ro Hirut" three words), "Perth, Ont., said" no person "Ont",
and "at 1400 E. Harmon Ave. shortly before 10:15 p.m., the chief said" one sentence; so do words
the tokenizer would take for contractions with no apostrophe ("wed", the surname "Im"), the
words of parentage in a name ("Kalaiselvi a/p Murugiah": no "a / p") and the Dutch article of a
surname ("van 't Riet": no opening mark).

spaCy's English tokenizer knows "Dr.", "Gov.", "Sen." and the US states' "Calif." but splits
"Capt.", "Sgt.", "Ald." or "Coun." into a word and a full stop, and the parser then ends the
sentence between a title and its name; it splits the Canadian provinces' "Ont." or "Sask." too,
and the NER takes the word for a name.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH

#: Ranks and offices written before a name, abbreviated.
TITLE_ABBREVIATIONS = (
    *("Capt.", "Sgt.", "Lt.", "Col.", "Maj.", "Cpl.", "Pvt.", "Cmdr.", "Brig."),
    *("Det.", "Insp.", "Supt.", "Ald.", "Cllr.", "Atty.", "Hon.", "Msgr.", "Mgr."),
    *("Coun.", "Const.", "Cst.", "Adm.", "Amb.", "Sec.", "Adv.", "Engr.", "Eng.", "Barr."),
    *("Smt.", "Shri.", "Fr.", "Mdm.", "Mme.", "Ven.", "Pres.", "Arc.", "Thiru.", "Ing."),
    *("Doc.", "JUDr.", "MUDr.", "PhDr.", "RNDr."),  # Czech and Slovak academic titles
    "Ma.",  # Filipino "Maria" before a second given name ("Ma. Cristina Dizon-Salonga")
    "W/ro",  # Amharic "Weyzero", Mrs
    *("Dato'", "Dato’"),  # Malaysian "Dato' Sri Lim Chee Keong"
)
#: Words for "son of" and "daughter of" in Malaysian and Singaporean Indian names ("Kalaiselvi
#: a/p Murugiah", "Ravi Shankar s/o Ramasamy").
PARENTAGE_WORDS = ("a/p", "a/l", "s/o", "d/o")
#: Initials of two letters that romanise one Cyrillic or Mongolian letter, before a name ("Ts.
#: Enkhtuvshin", "Yu. Petrov").
DIGRAPH_INITIALS = ("Ts.", "Kh.", "Zh.", "Sh.", "Yu.", "Ya.", "Ye.")
#: Provinces abbreviated after a place's name ("Perth, Ont.").
PROVINCE_ABBREVIATIONS = ("Ont.", "Que.", "Sask.", "Alta.", "Nfld.")
#: Kinds of street abbreviated after its name ("1400 E. Harmon Ave.").
STREET_ABBREVIATIONS = ("Ave.", "Blvd.", "Rd.", "Hwy.", "Pkwy.")
#: Words the tokenizer would split as contractions written without an apostrophe ("The couple
#: wed in June": no "we d"; the surname "Im": no "I m"); edited copy writes contractions whole.
WORDS_NOT_CONTRACTIONS = ("wed", "Wed", "Im")
#: The Dutch article of a surname, elided ("Caroline van 't Riet", "Erik-Jan ’t Hart"): no
#: opening mark before a "t".
ELIDED_ARTICLES = ("'t", "’t")
#: The platform X ending a sentence, which the tokenizer keeps whole as an initial ("posting on
#: LinkedIn and X. One engineer …": no name "X. One", and a new sentence).
PLATFORM_AT_A_FULL_STOP = "X."


def add_abbreviations(nlp: Language) -> Language:
    """Make each title, initial, province and street abbreviation (and its upper-case form), each
    word that is no contraction and each word of parentage in a name, one token of ``nlp``'s
    tokenizer, and "X." two: the platform and a full stop."""
    abbreviations = TITLE_ABBREVIATIONS + DIGRAPH_INITIALS + PROVINCE_ABBREVIATIONS
    for title in abbreviations + STREET_ABBREVIATIONS:
        for form in (title, title.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word in WORDS_NOT_CONTRACTIONS + PARENTAGE_WORDS + ELIDED_ARTICLES:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    nlp.tokenizer.add_special_case(PLATFORM_AT_A_FULL_STOP, [{ORTH: "X"}, {ORTH: "."}])
    return nlp
