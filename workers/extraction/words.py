"""English words of the pipeline's own lemmatizer, for telling a name from a common word."""

from __future__ import annotations

from collections.abc import Container

from spacy.language import Language
from spacy.vocab import Vocab

#: The table in ``nlp.vocab.lookups`` that holds them.
TABLE = "quotewire_common_words"

#: The attribute of a table ``add_common_words`` made that holds its words as a set of strings
#: (the table keeps only their hashes, and asking it hashes the word anew each time).
_WORDS = "quotewire_words"


def add_common_words(nlp: Language) -> Language:
    """Copy the words of the lemmatizer's ``lemma_index`` (WordNet's nouns, verbs, adjectives
    and adverbs) into ``nlp.vocab.lookups`` so that stages reading a ``Doc`` can ask whether a
    capitalised word is also an ordinary English word ("Derelict", "Universe")."""
    if TABLE in nlp.vocab.lookups.tables or "lemmatizer" not in nlp.pipe_names:
        return nlp
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    words = {w for pos_words in index.values() for w in pos_words if w.isalpha()}
    table = nlp.vocab.lookups.add_table(TABLE, dict.fromkeys(words, True))
    setattr(table, _WORDS, frozenset(words))  # lives and dies with the table
    return nlp


def common_words(vocab: Vocab) -> Container[str]:
    """The English words added by ``add_common_words`` (empty when they were not): a set of
    strings, or the table itself when it came from elsewhere."""
    lookups = vocab.lookups
    if not lookups.has_table(TABLE):
        return frozenset()
    table = lookups.get_table(TABLE)
    return getattr(table, _WORDS, table)
