"""Text folding for search: names and quotations compared without case, accents or punctuation."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")
#: Fewest words a quotation needs before a longer one containing it counts as the same quotation.
MIN_CONTAINED_WORDS = 6


def fold(text: str) -> str:
    """``text`` without accents (NFKD, combining marks dropped) and casefolded.

    >>> fold("Erdoğan")
    'erdogan'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """The folded words of ``text``: letters and digits only, so hyphens and marks split words.

    >>> words("Bashar al-Assad’s")
    ['bashar', 'al', 'assad', 's']
    """
    return _WORD.findall(fold(text))


def name_key(name: str) -> str:
    """A stable id for a name: its folded words joined by ``-``.

    >>> name_key("Bashar al-Assad")
    'bashar-al-assad'
    """
    return "-".join(words(name))


def quotation(text: str) -> str:
    """A quotation as compared across articles: folded words separated by single spaces."""
    return " ".join(words(text))


def quotation_hash(normalised: str) -> str:
    """A short fingerprint of a normalised quotation."""
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:24]


def same_quotation(a: str, b: str) -> bool:
    """Whether two normalised quotations are equal or one clearly contains the other.

    "Clearly": the shorter has at least ``MIN_CONTAINED_WORDS`` words and occurs in the longer
    at word boundaries.
    """
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return short.count(" ") + 1 >= MIN_CONTAINED_WORDS and f" {short} " in f" {long} "
