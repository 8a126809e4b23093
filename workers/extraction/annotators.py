"""The model's attribute ruler and lemmatizer, the same annotations at a fraction of the cost.

spaCy's ``AttributeRuler`` tries each of its patterns at every token (``en_core_web_sm``: 179,
about 20 µs a token, as much as its parser); ``KeyedAttributeRuler`` looks the one-token
patterns' matches up by what they can read of a token (its tag, dependency, whether it is space
and its lower case where a pattern names it) and runs the matcher only for longer patterns. The
lemmatizer's answer depends only on a token's text, part of speech and morphology:
``CachedLemmatizer`` keeps it by those, and asks its word lists as sets.
``add_fast_annotators`` puts both in place of the model's own; ``python -m bench.annotators
FILE`` checks every token's annotations against spaCy's over a corpus.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

RULER = "attribute_ruler"
LEMMATIZER = "lemmatizer"
CACHE_SIZE = 200_000  # keys kept before a cache starts again, so that memory stays bounded
_TOKEN_ATTRS = {"TAG", "DEP", "LOWER", "IS_SPACE"}  # what a keyed one-token pattern may read


class KeyedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose one-token patterns' matches are looked up by token key."""

    def __init__(self, vocab, name: str = RULER, **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._keyed: list[int] = []  # pattern ids matched through the key cache
        self._single = Matcher(vocab)
        self._longer = Matcher(vocab)
        self._words: set[str] = set()
        self._regexes: list[str] = []
        self._cache: dict[tuple, tuple[int, ...]] = {}
        self._lower: dict[int, tuple[str, bool]] = {}

    def add(self, patterns, attrs: dict, index: int = 0) -> None:
        """Add as ``AttributeRuler.add``; one-token patterns that read only what the key holds
        are matched by key, the rest by a matcher of their own."""
        key = str(len(self.attrs))
        super().add(patterns, attrs, index)
        if all(len(p) == 1 and _keyable(p[0], self._words, self._regexes) for p in patterns):
            self._single.add(key, patterns)
            self._keyed.append(len(self.attrs) - 1)
        else:
            self._longer.add(key, patterns)
        self._cache.clear()
        self._lower.clear()

    def clear(self) -> None:
        """Reset all patterns."""
        super().clear()
        self.__init__(self.vocab, self.name, validate=self.validate, scorer=self.scorer)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches ``AttributeRuler.match`` returns: ``(pattern id, match key, start,
        end)``, sorted so that later patterns take precedence."""
        strings = doc.vocab.strings
        matches = [(int(strings[m]), m, s, e) for m, s, e in self._longer(doc, allow_missing=True)]
        if len(self._cache) > CACHE_SIZE:
            self._cache.clear()
            self._lower.clear()
        for i, (orth, tag, dep) in enumerate(doc.to_array([ORTH, TAG, DEP]).tolist()):
            lower, space = self._lower.get(orth) or self._relevant(orth, doc[i].text)
            key = (lower, space, tag, dep)
            ids = self._cache.get(key)
            if ids is None:
                ids = self._cache[key] = self._single_ids(doc[i], tag, dep)
            matches.extend((p, strings[str(p)], i, i + 1) for p in ids)
        matches.sort()
        return matches

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """Give each match's target token its pattern's attributes, in the order of
        ``matches``, as ``AttributeRuler.set_annotations`` does (without building spans)."""
        for pattern, _, start, end in matches:
            index = self.indices[pattern]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self.attrs[pattern])

    def _relevant(self, orth: int, text: str) -> tuple[str, bool]:
        """A word's lower case where a pattern names or could match it (else ""), and whether
        it is space."""
        lower = text.lower()
        named = lower in self._words or any(re.search(r, lower) for r in self._regexes)
        self._lower[orth] = found = (lower if named else "", text.isspace())
        return found

    def _single_ids(self, token, tag: int, dep: int) -> tuple[int, ...]:
        """Ids of the one-token patterns that match ``token``, from the matcher run over a
        one-token ``Doc`` with its text, tag and dependency."""
        strings = token.doc.vocab.strings
        words, tags = [token.text], [strings[tag]] if tag else None
        deps = [strings[dep]] if dep else None
        one = Doc(
            self.vocab,
            words=words,
            spaces=[False],
            tags=tags,
            deps=deps,
            heads=[0] if deps else None,
        )
        found = self._single(one, allow_missing=True)
        return tuple(sorted({int(strings[m]) for m, _, _ in found}))


def _keyable(token_pattern: dict, words: set[str], regexes: list[str]) -> bool:
    """Whether a token pattern reads only the key's attributes, by equality, ``IN``, ``NOT_IN``
    or (on its lower case) ``REGEX``; collects the words and expressions its lower case names."""
    for attr, value in token_pattern.items():
        if attr not in _TOKEN_ATTRS:
            return False
        if not isinstance(value, dict):
            if attr == "LOWER":
                words.add(str(value))
            continue
        for op, operand in value.items():
            if op in ("IN", "NOT_IN") and attr != "LOWER":
                continue
            if op == "IN" and attr == "LOWER":
                words.update(str(w) for w in operand)
            elif op == "REGEX" and attr == "LOWER":
                regexes.append(operand)
            else:
                return False
    return True


class CachedLemmatizer:
    """A lemmatizer's answers kept by token text, part of speech and morphology (all a rule
    lemmatizer reads); ``wrap`` gives it the lemmatizer."""

    def __init__(self, name: str = LEMMATIZER) -> None:
        self.name = name
        self.inner: Any = None
        self._cache: dict[tuple[int, int, int], int] = {}

    def wrap(self, lemmatizer: Any) -> CachedLemmatizer:
        """Answer for ``lemmatizer`` (a spaCy ``Lemmatizer``), its word lists made sets (it only
        asks whether a form is in one, of lists of up to 57,528 words); returns self."""
        index = lemmatizer.lookups.get_table("lemma_index", {}) if lemmatizer.lookups else {}
        for pos, words in list(index.items()):
            index[pos] = frozenset(words)
        self.inner = lemmatizer
        self._cache.clear()
        return self

    @property
    def lookups(self) -> Any:
        """The wrapped lemmatizer's tables."""
        return self.inner.lookups

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of every token that has none (or of all, where the model overwrites)."""
        overwrite = self.inner.overwrite
        strings = doc.vocab.strings
        if len(self._cache) > CACHE_SIZE:
            self._cache.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = self._cache.get(key)
            if found is None:
                found = self._cache[key] = strings.add(self.inner.lemmatize(doc[i])[0])
            lemmas.append(found)
        if rows:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc


@Language.factory("quotewire_attribute_ruler", default_config={"validate": False})
def make_keyed_attribute_ruler(nlp: Language, name: str, validate: bool) -> KeyedAttributeRuler:
    """An empty ``KeyedAttributeRuler``: ``add_fast_annotators`` gives it the model's patterns."""
    return KeyedAttributeRuler(nlp.vocab, name, validate=validate)


@Language.factory("quotewire_lemmatizer")
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    """An empty ``CachedLemmatizer``: ``add_fast_annotators`` gives it the model's lemmatizer."""
    return CachedLemmatizer(name)


def add_fast_annotators(nlp: Language) -> Language:
    """Put a ``KeyedAttributeRuler`` with the model's patterns in place of its attribute ruler,
    and wrap its lemmatizer in a ``CachedLemmatizer``; a pipeline without them is left as is."""
    if RULER in nlp.pipe_names and not isinstance(nlp.get_pipe(RULER), KeyedAttributeRuler):
        patterns = nlp.get_pipe(RULER).patterns
        nlp.replace_pipe(RULER, "quotewire_attribute_ruler")
        nlp.get_pipe(RULER).add_patterns(patterns)
    if LEMMATIZER in nlp.pipe_names and not isinstance(nlp.get_pipe(LEMMATIZER), CachedLemmatizer):
        lemmatizer = nlp.get_pipe(LEMMATIZER)
        nlp.replace_pipe(LEMMATIZER, "quotewire_lemmatizer")
        nlp.get_pipe(LEMMATIZER).wrap(lemmatizer)
    return nlp
