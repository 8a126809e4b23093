"""Speaker names and people: pronouns, fullest names, descriptions, issuers, affiliations,
entity types, on sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.offsets import assert_offsets_exact
from workers.extraction import extract, load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def result(nlp, text):
    found = extract(text, nlp)
    assert_offsets_exact(text, found)
    return found


def one(nlp, text, start):
    found = [q for q in result(nlp, text)["quotes"] if q["text"].startswith(start)]
    assert len(found) == 1, result(nlp, text)["quotes"]
    return found[0]


def entity(found, name):
    named = [e for e in found["entities"] if e["name"] == name]
    assert len(named) == 1, [(e["name"], e["type"]) for e in found["entities"]]
    return named[0]


# -- quotations in marks ----------------------------------------------------------------------


def test_quotation_entirely_in_marks_after_a_comma_is_direct(nlp):
    q = one(nlp, 'Burton said, "I love cats!"', "I love cats")
    assert q["kind"] == "direct"
    assert q["text"] == "I love cats!"


def test_one_word_quotation_with_its_cue_is_found(nlp):
    q = one(nlp, "Mary Jones arrived late. “Yes,” she said.", "Yes")
    assert q["kind"] == "direct"
    assert q["speaker"]["name"] == "Mary Jones"


def test_short_title_in_marks_is_no_quotation(nlp):
    assert result(nlp, "She watched “Meet the Press,” which aired on Sunday.")["quotes"] == []
