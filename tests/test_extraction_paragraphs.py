"""Paragraph breaks start sentences before the parser runs."""

from __future__ import annotations

import pytest

from workers.extraction import extract, load_nlp
from workers.extraction.paragraphs import opens_section


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_paragraph_starts_runs_right_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("paragraph_starts") == names.index("parser") - 1


def test_a_headline_without_a_full_stop_is_a_sentence_of_its_own(nlp):
    doc = nlp("Ministers defend flood response\n\nThe government has defended its response.")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == [
        "Ministers defend flood response",
        "The government has defended its response.",
    ]


def test_reported_content_does_not_run_into_the_next_paragraph(nlp):
    text = (
        "Ministers defend flood response\n\n"
        "The government has defended its response to the floods in northern England."
    )
    found = extract(text, nlp)["quotes"]
    assert found, "the headline's verb should still report something"
    assert all("\n\n" not in q["text"] for q in found)


@pytest.mark.parametrize(
    ("before", "opens"),
    [
        ("", True),  # the headline
        ("Charity probe widens\n\n", True),  # the first paragraph
        ("Charity probe widens\n\nThe mayor spoke.\n\n", False),
        ("Charity probe widens\n\nThe mayor spoke.\n\n___\n\n2:15 p.m.\n\n", True),
        ("Charity probe widens\n\nThe mayor spoke.\n\n11:50 a.m.:\n\n", True),
        ("Charity probe widens\n\nThe mayor spoke.\n\n* * *\n\n", True),
        ("Charity probe widens\n\nThe mayor spoke.\n\n42\n\n", False),  # a number is no break
    ],
)
def test_a_section_opens_at_the_top_and_after_a_rule_or_a_time_stamp(before, opens):
    text = before + "The attorney general says the foundation is not a charity."
    assert opens_section(text, len(before) + 4) is opens
