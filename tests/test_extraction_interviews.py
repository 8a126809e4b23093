"""An interview written as questions and answers: each answer is the interviewee's quote."""

from __future__ import annotations

import pytest

from tests.offsets import assert_offsets_exact
from workers.extraction import extract, load_nlp
from workers.extraction.interviews import find_turns
from workers.selection import is_quote

INTERVIEW = (
    "Q&A: Why are egg prices so high?\n\n"
    "Egg prices have more than doubled in a year. We asked Jason Lusk, an agricultural "
    "economist at Purdue University, what is going on.\n\n"
    "Q: What is driving the increase?\n\n"
    "A: The main factor is bird flu. It takes months to rebuild a flock.\n\n"
    "Q: When will prices come down?\n\n"
    "A: It depends on whether the outbreaks slow. I would expect prices to ease by summer.\n"
)


@pytest.fixture(scope="module")
def found():
    result = extract(INTERVIEW, load_nlp())
    assert_offsets_exact(INTERVIEW, result)
    return result


def test_each_answer_is_a_direct_quote_of_the_one_interviewed(found):
    answers = [q for q in found["quotes"] if q["text"].startswith(("The main", "It depends"))]
    assert [q["text"] for q in answers] == [
        "The main factor is bird flu. It takes months to rebuild a flock.",
        "It depends on whether the outbreaks slow. I would expect prices to ease by summer.",
    ]
    for q in answers:
        assert q["kind"] == "direct"
        assert q["speaker"]["name"] == "Jason Lusk"
        assert is_quote(q)


def test_no_question_and_no_headline_label_is_a_quote(found):
    shown = [q for q in found["quotes"] if is_quote(q)]
    assert len(shown) == 2
    assert not [q for q in found["quotes"] if "driving the increase" in q["text"]]
    assert all((q["speaker"] or {}).get("name") != "Q&A" for q in found["quotes"])


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        (INTERVIEW, 2),
        ("Intro.\n\nA: One answer with no question.\n", 0),
        ("Intro.\n\nA: First.\n\nA: Second.\n", 2),
        ("Note: this story was updated.\n\nQ: Not really a question\n", 0),
    ],
)
def test_an_article_is_an_interview_only_with_labelled_answers(text, answers):
    assert sum(t.quoted for t in find_turns(text)) == answers


TRANSCRIPT = (
    "Governor Gavin Newsom spoke to reporters on Monday. Here is part of the exchange.\n\n"
    "REPORTER: Will you raise taxes to close the gap?\n\n"
    "NEWSOM: No. We have a plan to balance the budget without new taxes.\n\n"
    "REPORTER: What about the cuts to schools?\n\n"
    "NEWSOM: Schools will be protected. That is a promise I made.\n"
)


def test_each_turn_of_a_named_speaker_is_their_direct_quote():
    found = extract(TRANSCRIPT, load_nlp())
    assert_offsets_exact(TRANSCRIPT, found)
    shown = [q for q in found["quotes"] if is_quote(q)]
    assert [q["text"] for q in shown] == [
        "No. We have a plan to balance the budget without new taxes.",
        "Schools will be protected. That is a promise I made.",
    ]
    assert {q["speaker"]["name"] for q in shown} == {"Gavin Newsom"}
    assert {q["kind"] for q in shown} == {"direct"}


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (TRANSCRIPT, 2),
        ("UPDATE: The story was changed.\n\nPREVIOUSLY: It said otherwise.\n", 0),
        ("Intro.\n\nSMITH: Only one turn.\n", 0),
    ],
)
def test_an_article_is_a_transcript_only_with_two_named_turns(text, quoted):
    assert sum(t.quoted for t in find_turns(text)) == quoted
