"""Answers kept for the document being read (``workers.extraction.memo``)."""

from __future__ import annotations

import spacy

from workers.extraction.memo import per_document, per_document_answer


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


def test_answers_of_a_document_are_kept_for_the_document_being_read():
    nlp = spacy.blank("en")
    asked: list[tuple[str, int]] = []

    @per_document_answer
    def word_length(doc, i: int) -> int | None:
        asked.append((doc.text, i))
        return len(doc[i]) if i < len(doc) else None

    doc = nlp("one three")
    assert word_length(doc, 1) == 5
    assert word_length(doc, 1) == 5  # answered from memory
    assert word_length(doc, 2) is None
    assert word_length(doc, 2) is None  # None is an answer kept too
    assert asked == [("one three", 1), ("one three", 2)]
    other = nlp("seventeen")
    assert word_length(other, 0) == 9  # another document: asked anew
    assert word_length(doc, 1) == 5  # the first document forgotten, asked again
    assert asked == [("one three", 1), ("one three", 2), ("seventeen", 0), ("one three", 1)]
