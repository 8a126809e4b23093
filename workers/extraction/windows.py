"""Long texts parsed in bounded windows and joined into one ``Doc``.

The model's cost per character (the attribution tagger reads a whole text as one sentence)
and its memory grow with the text's length, so a text longer than ``WINDOW_CHARS`` is cut into
windows of at most that many characters, each parsed on its own, one at a time; the windows
are joined into one ``Doc`` whose text is the original text exactly, and the rules then run on
the whole article, so that names carry from one window to the next. A window ends at a
paragraph break when it can, else after a sentence, else after any whitespace (the next window
starts at the first character after the whitespace, so tokens are never cut), and only with no
whitespace at all mid-word.

- ``window_ends(text, size=WINDOW_CHARS) -> list[int]``: where each window ends.
- ``parse(text, nlp) -> Doc``: ``nlp(text)``, windowed when the text is long.
- ``parse_many(texts, nlp, batch_size=8) -> Iterator[Doc]``: the same over ``nlp.pipe``.
- ``join(docs, text) -> Doc``: parsed windows -> one ``Doc`` of ``text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

#: longest window, in characters: up to about this length the parse costs the same per character
WINDOW_CHARS = 20_000

_PARAGRAPH = re.compile(r"\n\s*(?=\S)")
_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s+(?=\S)")
_SPACE = re.compile(r"\s+(?=\S)")


def _last_end(pattern: re.Pattern, text: str, lo: int, hi: int) -> int | None:
    """End of the last match of ``pattern`` within ``text[lo:hi]`` that ends after ``lo``."""
    end = None
    for m in pattern.finditer(text, lo, hi):
        if m.end() > lo:
            end = m.end()
    return end


def _cut(text: str, start: int, size: int) -> int:
    """Where the window starting at ``start`` ends (``start < cut <= start + size``)."""
    hi = start + size
    half = start + size // 2
    for pattern, lo in ((_PARAGRAPH, half), (_SENTENCE, half), (_SPACE, start)):
        end = _last_end(pattern, text, lo, hi)
        if end is not None:
            return end
    return hi


def window_ends(text: str, size: int = WINDOW_CHARS) -> list[int]:
    """End offsets of the windows of ``text``, the last being ``len(text)``: one window when
    the text has at most ``size`` characters."""
    if size < 2:
        raise ValueError("a window holds at least 2 characters")
    ends: list[int] = []
    start = 0
    while len(text) - start > size:
        start = _cut(text, start, size)
        ends.append(start)
    ends.append(len(text))
    return ends


def windows(text: str, size: int = WINDOW_CHARS) -> list[str]:
    """The windows of ``text``; joined, they are ``text``."""
    starts = [0, *window_ends(text, size)]
    return [text[s:e] for s, e in zip(starts, starts[1:], strict=False)]


def join(docs: list, text: str):
    """Parsed windows -> one ``Doc`` of ``text``, with their entities, sentences, tensors and
    the tagger's span groups; a single window is returned as it is."""
    from spacy.tokens import Doc

    if len(docs) == 1:
        return docs[0]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:
        raise AssertionError("joined windows do not spell the original text")
    return doc


def _batched(items: Iterable[str], n: int) -> Iterator[list[str]]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


def parse_many(
    texts: Iterable[str], nlp, batch_size: int = 8, size: int = WINDOW_CHARS
) -> Iterator:
    """Parsed ``Doc`` of each text, in order: texts of one window through ``nlp.pipe`` in batches
    of ``batch_size`` texts, longer ones by ``parse``."""
    for batch in _batched(texts, batch_size):
        short = iter(nlp.pipe([t for t in batch if len(t) <= size], batch_size=batch_size))
        for text in batch:
            yield next(short) if len(text) <= size else parse(text, nlp, size)


def parse(text: str, nlp, size: int = WINDOW_CHARS):
    """The parsed ``Doc`` of ``text``: ``nlp(text)`` for a text of one window."""
    if len(text) <= size:
        return nlp(text)
    # one window at a time: a batch's memory grows with its characters
    return join(list(nlp.pipe(windows(text, size), batch_size=1)), text)
