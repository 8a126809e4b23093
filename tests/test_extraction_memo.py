"""Answers kept for the document being read (``workers.extraction.memo``)."""

from __future__ import annotations

import spacy

from workers.extraction.memo import per_document


def test_answers_are_kept_per_token_for_the_document_being_read():
    nlp = spacy.blank("en")
    asked: list[int] = []

    @per_document
    def next_word(tok, step: int = 1):
        asked.append(tok.i)
        i = tok.i + step
        return tok.doc[i] if i < len(tok.doc) else None

    doc = nlp("one two three")
    assert next_word(doc[0]).text == "two"
    assert next_word(doc[0]).text == "two"  # answered from memory
    assert next_word(doc[0], 2).text == "three"  # other arguments, asked anew
    assert next_word(doc[2]) is None
    assert next_word(doc[2]) is None
    assert asked == [0, 0, 2]
    other = nlp("four five six")
    found = next_word(other[0])
    assert found.text == "five" and found.doc is other  # another document: asked anew
    assert asked == [0, 0, 2, 0]
    assert next_word(doc[0]).doc is doc  # the first document forgotten, asked again
    assert asked == [0, 0, 2, 0, 0]
