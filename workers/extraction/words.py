"""English words of the pipeline's own lemmatizer, for telling a name from a common word."""

from __future__ import annotations

from collections.abc import Container

from spacy.language import Language
from spacy.lookups import Table
from spacy.vocab import Vocab

#: The table in ``nlp.vocab.lookups`` that holds them.
TABLE = "quotewire_common_words"

#: The words of each table ``add_common_words`` made, as a set of strings (the table keeps
#: only their hashes, and asking it hashes the word anew each time), by the table's id.
_WORDS: dict[int, tuple[Table, frozenset[str]]] = {}


def add_common_words(nlp: Language) -> Language:
    """Copy the words of the lemmatizer's ``lemma_index`` (WordNet's nouns, verbs, adjectives
    and adverbs) into ``nlp.vocab.lookups`` so that stages reading a ``Doc`` can ask whether a
    capitalised word is also an ordinary English word ("Derelict", "Universe")."""
    if TABLE in nlp.vocab.lookups.tables or "lemmatizer" not in nlp.pipe_names:
        return nlp
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    words = {w for pos_words in index.values() for w in pos_words if w.isalpha()}
    table = nlp.vocab.lookups.add_table(TABLE, dict.fromkeys(words, True))
    _WORDS[id(table)] = (table, frozenset(words))
    return nlp


def common_words(vocab: Vocab) -> Container[str]:
    """The English words added by ``add_common_words`` (empty when they were not): a set of
    strings, or the table itself when it came from elsewhere."""
    lookups = vocab.lookups
    if not lookups.has_table(TABLE):
        return frozenset()
    table = lookups.get_table(TABLE)
    held = _WORDS.get(id(table))
    return held[1] if held is not None and held[0] is table else table
