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


# -- descriptions, issuers, affiliations ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A senior official said the talks had failed.", "A senior official"),
        ("The ministry's spokesperson said the border would stay closed.", None),
    ],
)
def test_unnamed_source_is_named_by_its_description(nlp, text, name):
    (q,) = result(nlp, text)["quotes"]
    assert q["speaker"] is not None
    assert q["speaker"]["entity_id"] is None
    assert q["speaker"]["name"] == (name or q["speaker"]["mention"]["text"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "According to a statement from the fire department, the blaze started in the kitchen.",
            "the fire department",
        ),
        ("The police statement said two men were arrested on Sunday night.", "the police"),
        (
            "Jane Doe issued a statement on Monday. Her statement said she would resign.",
            "Jane Doe",
        ),
    ],
)
def test_a_statement_speaks_for_whoever_issued_it(nlp, text, name):
    found = result(nlp, text)
    assert found["quotes"]
    q = found["quotes"][-1]
    assert q["speaker"]["name"] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"The road is closed," an Acme Airlines spokesperson said.',
            "an Acme Airlines spokesperson",
        ),
        (
            '"The flight was delayed by weather," a spokesperson for Acme Airlines said.',
            "a spokesperson for Acme Airlines",
        ),
        ('"We will appeal," Jo Smithers, a spokesperson for Acme Airlines, said.', "Jo Smithers"),
    ],
)
def test_spokesperson_carries_the_organisation(nlp, text, name):
    found = result(nlp, text)
    (q,) = found["quotes"]
    acme = entity(found, "Acme Airlines")
    assert q["speaker"]["name"] == name
    assert q["speaker"]["affiliation"] == {"name": "Acme Airlines", "entity_id": acme["id"]}


def test_speaker_without_organisation_has_no_affiliation(nlp):
    q = one(nlp, "“We will win this race,” Mary Jones said.", "We will win")
    assert q["speaker"]["name"] == "Mary Jones"
    assert q["speaker"]["affiliation"] is None
