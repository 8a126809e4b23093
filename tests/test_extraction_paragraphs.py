"""Paragraph breaks and times of day start sentences before the parser runs."""

from __future__ import annotations

import pytest

from workers.extraction import extract, load_nlp
from workers.extraction.paragraphs import opens_section


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_sentence_starts_runs_right_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("sentence_starts") == names.index("parser") - 1


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "The district issued the order shortly after 2 a.m. Fire officer Aydan Coray said "
            "crews were caught off guard.",
            2,
        ),
        ("The order was issued at 2 a.m. Monday, officials said.", 1),
        ("Polls close at 8 p.m. Eastern time.", 1),
    ],
)
def test_a_capitalised_word_after_a_time_of_day_starts_a_sentence_unless_it_is_a_day_or_zone(
    nlp, text, sentences
):
    assert len(list(nlp(text).sents)) == sentences


def test_reported_content_does_not_reach_back_over_a_time_of_day(nlp):
    text = (
        "The district issued the order shortly after 2 a.m. Fire officer Aydan Coray said "
        "crews were caught off guard by winds gusting up to 60 km/h."
    )
    found = extract(text, nlp)["quotes"]
    assert [q["text"] for q in found] == [
        "crews were caught off guard by winds gusting up to 60 km/h."
    ]
    assert found[0]["speaker"]["name"] == "Aydan Coray"


def test_a_headline_without_a_full_stop_is_a_sentence_of_its_own(nlp):
    doc = nlp("Ministers defend flood response\n\nThe government has defended its response.")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == [
        "Ministers defend flood response",
        "The government has defended its response.",
    ]


def test_the_word_opening_a_paragraph_is_no_sentence_of_its_own(nlp):
    text = (
        "Storm hits\n\nHurricane Milton made landfall near Siesta Key late Wednesday, the "
        "National Hurricane Center said."
    )
    doc = nlp(text)
    assert not next(t for t in doc if t.text == "Milton").is_sent_start
    quotes = extract(text, nlp)["quotes"]
    assert quotes
    assert quotes[0]["text"] == "Hurricane Milton made landfall near Siesta Key late Wednesday"


@pytest.mark.parametrize(
    ("text", "word", "starts"),
    [
        ("Save early.\n\nTHE BORROWING Back when he wrote his book, he said so.", "Back", True),
        ("Save early.\n\nHOW CHINA’S DECLINE AFFECTS THE WORLD Prices fell.", "’S", False),
        ("Talks ended.\n\nUK PM Rishi Sunak said the talks were useful.", "Rishi", False),
    ],
)
def test_a_heading_in_capitals_run_into_its_paragraph_ends_before_the_first_word(
    nlp, text, word, starts
):
    assert next(t for t in nlp(text) if t.text == word).is_sent_start is starts


def test_a_run_in_heading_is_no_speaker(nlp):
    text = (
        "Save early.\n\nTHE BORROWING Back when he wrote his book, Mr. McKinley said that he "
        "considered debt a last resort."
    )
    found = extract(text, nlp)["quotes"]
    assert [q["speaker"]["name"] for q in found] == ["McKinley"]


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
        ("Charity probe widens\n\nThe mayor spoke.\n\n18:40\n", True),  # a 24-hour clock
        ("Charity probe widens\n\nThe mayor spoke.\n\n2:10 p.m. - BREAKING\n", True),
        ("Charity probe widens\n\nBy Julien Roy\nCTV News Montreal\n\n", True),  # a byline
        ("Charity probe widens\n\nBy Julien Roy\nHe was there.\n\n", False),  # no credit
    ],
)
def test_a_section_opens_at_the_top_and_after_a_rule_or_a_time_stamp(before, opens):
    text = before + "The attorney general says the foundation is not a charity."
    assert opens_section(text, len(before) + 4) is opens


def test_a_quotation_after_a_word_ending_in_a_full_stop_opens_a_sentence():
    nlp = load_nlp()
    doc = nlp('She turned the heating down to 16C. "I sit in a coat," she said. He left at 9 a.m.')
    assert [s.text for s in doc.sents][:2] == [
        "She turned the heating down to 16C.",
        '"I sit in a coat," she said.',
    ]
    doc = nlp('She called it "the best in the U.S." and left.')
    assert len(list(doc.sents)) == 1


def test_a_live_blogs_time_stamp_is_no_part_of_the_line_below_it(nlp):
    text = (
        "Updates from the blockade. All times local.\n\n"
        "18:40\nPolice have begun clearing the road, our correspondent Diego Salazar reports.\n\n"
        "19:05 BST\nSafety advocates asked why the recall took so long."
    )
    doc = nlp(text)
    assert next(t for t in doc if t.text == "Police").is_sent_start
    found = extract(text, nlp)["quotes"]
    police = next(q for q in found if "clearing the road" in q["text"])
    assert police["text"] == "Police have begun clearing the road"
    assert police["speaker"]["name"] == "Diego Salazar"
    assert all("19:05" not in (q["speaker"] or {}).get("name", "") for q in found)


def test_a_live_blog_entry_opens_a_sentence_after_its_time_on_the_same_line():
    text = (
        "Declan Tuohy rode the winner.\n\n"
        '5.09pm: An emotional Tuohy, speaking on the track, said it was "the best day of my '
        'life, bar none".\n\n'
        "16:15 – Grigoryan on the sacrifice: it was brilliant."
    )
    doc = load_nlp()(text)
    opening = [t.text for t in doc if t.is_sent_start]
    assert "An" in opening and "Grigoryan" in opening
    found = extract(text, load_nlp())["quotes"]
    said = [q for q in found if q["text"].startswith('it was "the best')]
    assert [q["speaker"]["name"] for q in said] == ["Declan Tuohy"], found
