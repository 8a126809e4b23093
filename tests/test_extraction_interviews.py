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
        (  # a dateline's place is no speaker, so the interview's own labels are the turns
            "Polio cases rise\n\nPESHAWAR: Khyber-Pakhtunkhwa has reported 11 cases this year."
            "\n\nAFRIDI: We reach every child we can.\n\nKHAN: What about the refusals?\n\n"
            "AFRIDI: Most of them come round.\n",
            3,
        ),
    ],
)
def test_an_article_is_a_transcript_only_with_two_named_turns(text, quoted):
    assert sum(t.quoted for t in find_turns(text)) == quoted


PANEL = (
    "Wanjiru Kamau runs Kenya's cyber command. Her deputy, Samuel Otieno, said the team had "
    "grown.\n\n"
    "Do you believe the group's claim?\n\n"
    "Kamau: I believe they wanted publicity, and they got it.\n\n"
    "Are you worried about the election?\n\n"
    "Kamau: Worried is the wrong word. Prepared is the word I want.\n"
)


def test_each_turn_of_a_person_named_in_full_is_their_direct_quote():
    found = extract(PANEL, load_nlp())
    assert_offsets_exact(PANEL, found)
    answers = [q for q in found["quotes"] if q["text"].startswith(("I believe", "Worried"))]
    assert [q["text"] for q in answers] == [
        "I believe they wanted publicity, and they got it.",
        "Worried is the wrong word. Prepared is the word I want.",
    ]
    assert {(q["kind"], q["speaker"]["name"]) for q in answers} == {("direct", "Wanjiru Kamau")}


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (PANEL, 2),
        # a count per candidate, not what they said
        ("Hillary Clinton and Bernie Sanders split it.\n\nClinton: 547.\n\nSanders: 46.\n", 0),
        # one section headed by each candidate's name
        (
            "Proposals from the race.\n\nJeb Bush: Student loans could be repaid from pay.\n\n"
            "Marco Rubio: Retirement accounts would be open to all workers.\n",
            0,
        ),
        # a headline's name, not a speaker's label
        (
            "Bernie Sanders: It Is Not A Radical Idea To Ask For More\n\n"
            "Bernie Sanders: I Am Not Much Of A Socialist\n",
            0,
        ),
    ],
)
def test_a_mixed_case_label_opens_turns_only_of_one_person_speaking_again(text, quoted):
    assert sum(t.quoted for t in find_turns(text)) == quoted


INITIALLED = (
    "Freight & Storage Weekly spoke to the report's author, Dr Yuki Tanabe-Ross, head of "
    "research at the institute.\n\n"
    "F&SW: The headline number is a big jump. What's driving it?\n\n"
    "Yuki Tanabe-Ross: Volatility, mostly. Peak-season volumes have become much harder to "
    "forecast.\n\n"
    "F&SW: Does that mean fewer jobs?\n\n"
    "YTR: Not in the short term. What changes is the type of job.\n\n"
    "F&SW: Smaller firms seem less enthusiastic.\n\n"
    "YTR: They are. Finance is the obstacle, and the market isn't there yet.\n"
)

SURNAME_ANSWERS = (
    "Kirra Wallace-Henry has spent a decade campaigning for youth justice. She spoke to the "
    "Community Youth Justice Review.\n\n"
    "CYJR: Several states have now committed to raising the age to 12. Is that a win?\n\n"
    "Wallace-Henry: It's a step, and I don't want to be ungracious about it.\n\n"
    "CYJR: Critics say communities want to feel safe. What do you say to them?\n\n"
    "Wallace-Henry: I say they're right to want that, and so do I.\n\n"
    "Community Youth Justice Review: Do you ever feel like giving up?\n\n"
    "Wallace-Henry: Every week. But then a mum rings me, and I'm back at my desk.\n"
)


PUBLICATION_ASKS = (
    "Laila Osei-Mensah runs Tidemark, the stablecoin issuer. She spoke to The Ledger Wire."
    "\n\nThe Ledger Wire: Supply has tripled since January. What is driving that?\n\n"
    "Osei-Mensah: Mostly payments, which surprised even us and our investors.\n\n"
    "The Ledger Wire: Should you be regulated like a bank?\n\n"
    "Osei-Mensah: We're not a bank, and we don't want to be one.\n"
)


ACCENTED_SURNAME = (
    "Real Madrid forward Brahim D\u00edaz spoke to Morocco World News before the opener.\n\n"
    "MWN: How do you feel about playing at home?\n\n"
    "D\u00edaz: It is a dream. When I chose Morocco, I thought about moments like this one.\n\n"
    "MWN: Do you feel the pressure?\n\n"
    "D\u00edaz: Of course there is pressure, but pressure is a privilege for big teams.\n"
)


@pytest.mark.parametrize(
    ("text", "name", "answers"),
    [
        # initials stand for the person named in full; the publication's label only asks
        (INITIALLED, "Yuki Tanabe-Ross", ("Volatility", "Not in the", "They are")),
        # a surname's turns, with a label in capitals that asks every time
        (SURNAME_ANSWERS, "Kirra Wallace-Henry", ("It's a step", "I say they", "Every week")),
        # a publication's name with its article asks: no first name "The"
        (PUBLICATION_ASKS, "Laila Osei-Mensah", ("Mostly payments", "We're not a bank")),
        # a surname with an accent labels the answers
        (ACCENTED_SURNAME, "Brahim D\u00edaz", ("It is a dream", "Of course")),
    ],
)
def test_labelled_answers_are_the_interviewees_and_the_askers_labels_no_ones(text, name, answers):
    found = extract(text, load_nlp())
    assert_offsets_exact(text, found)
    quotes = [q for q in found["quotes"] if is_quote(q)]
    assert len(quotes) == len(answers)
    assert [q["text"][: len(a)] for q, a in zip(quotes, answers, strict=True)] == list(answers)
    assert {(q["kind"], q["speaker"]["name"]) for q in quotes} == {("direct", name)}


HEARING = (
    "Committee chair Alistair Baird questioned Caroline Dunmore, chief executive of the water "
    "company.\n\n"
    "Alistair Baird: Ms Dunmore, how many of your customers would agree with your bonus?\n\n"
    "Caroline Dunmore: I understand the strength of feeling. But the bonus reflects twelve "
    "measures.\n\n"
    "Alistair Baird: So sewage is one measure in twelve?\n\n"
    "Caroline Dunmore: It is weighted more heavily than that, but yes, it is one of them.\n"
)


def test_a_persons_questions_in_a_hearing_are_theirs():
    found = extract(HEARING, load_nlp())
    turns = {q["text"][:12]: q["speaker"]["name"] for q in found["quotes"] if q["kind"] == "direct"}
    assert turns == {
        "Ms Dunmore, ": "Alistair Baird",
        "I understand": "Caroline Dunmore",
        "So sewage is": "Alistair Baird",
        "It is weight": "Caroline Dunmore",
    }


@pytest.mark.parametrize(
    ("introduction", "asker", "asker_again"),
    [
        (
            "She spoke to our health correspondent, Rhys Aldane, at the council's offices.",
            "Rhys Aldane",
            "Aldane",
        ),
        (
            "She spoke to Health Desk reporter Rhys Aldane about online sellers.",
            "Rhys Aldane",
            "Aldane",
        ),
        ("She spoke to the Kestrel Bay Courier about online sellers.", "Courier", "Courier"),
    ],
)
def test_the_publications_own_reporter_asks_questions_no_one_quotes(
    introduction, asker, asker_again
):
    text = (
        "Dr Mira Castellane took over as chief executive of the pharmacy council in May. "
        f"{introduction}\n\n"
        f"{asker}: You have said the council was too slow. What went wrong?\n\n"
        "Mira Castellane: The rules were written for a world of counters, not clicks.\n\n"
        f"{asker_again}: Owners say you punish staff for their employers' failings.\n\n"
        "Castellane: I understand that frustration, but we regulate people, not buildings.\n"
    )
    found = extract(text, load_nlp())
    turns = [
        (q["text"][:12], q["speaker"]["name"]) for q in found["quotes"] if q["kind"] == "direct"
    ]
    assert turns == [("The rules we", "Mira Castellane"), ("I understand", "Mira Castellane")]


SIDEBAR = (
    "Prisons minister Oliver Castellano admitted that 1,700 inmates had been freed early. "
    'Mr Castellano told MPs the errors were caused by a "legacy IT system".\n\n'
    "Mr Castellano said he would write to the House.\n\n"
    "We put three questions to Imogen Clarke-Bello after the debate.\n\n"
    "Should the minister resign?\n\n"
    '"That\'s a matter for him. But if this had happened on my watch, I would have gone."\n\n'
    "Would your side have done any better?\n\n"
    '"We would have fixed the IT system when the warnings first came in."\n'
)


def test_the_one_person_the_paragraph_before_the_questions_names_answers_them():
    found = extract(SIDEBAR, load_nlp())
    answers = [q for q in found["quotes"] if q["text"].startswith(("That's", "We would"))]
    assert len(answers) == 2
    assert {q["speaker"]["name"] for q in answers} == {"Imogen Clarke-Bello"}


EDITED = (
    "Pieter Schoonhoven advised the evacuation of 6,000 people. The dike held.\n\n"
    "Schoonhoven, 58, runs the Maasdal water board. The interview has been edited for length "
    "and clarity.\n\n"
    "You advised evacuating 6,000 people and the dike held. Do you regret it?\n\n"
    "No. I understand why people are angry. But the decision was made on what we knew.\n\n"
    "And we would make it again.\n\n"
    "What was the moment you made up your mind?\n\n"
    "It was late. The gauges were still rising.\n\n"
    "Schoonhoven said the board would publish its review in May.\n"
)


def test_after_an_editing_note_the_paragraphs_after_each_question_are_answers():
    found = extract(EDITED, load_nlp())
    assert_offsets_exact(EDITED, found)
    by_text = {q["text"]: q for q in found["quotes"]}
    for words in (
        "No. I understand why people are angry. But the decision was made on what we knew.",
        "And we would make it again.",
        "It was late. The gauges were still rising.",
    ):
        assert by_text[words]["kind"] == "direct"
        assert by_text[words]["speaker"]["name"] == "Pieter Schoonhoven"
    assert not [q for q in found["quotes"] if "Do you regret" in q["text"]]
    # a report of what he said is no answer, and stays an indirect quote
    review = next(q for q in found["quotes"] if "publish its review" in q["text"])
    assert review["kind"] == "indirect"


ANSWERED_IN_MARKS = (
    "Amara Okonkwo runs Voltera, a maker of electric vans in Eindhoven.\n\n"
    "We asked her a few more questions before she went back to the line.\n\n"
    "Why won't you build a passenger car?\n\n"
    "\u201cBecause the van customer is rational. A car buyer looks at the colour.\u201d\n\n"
    "What keeps you up at night now?\n\n"
    "\u201cTariffs, honestly. Not on us, on our suppliers.\u201d\n\n"
    "\u201cAnd the weather,\u201d she added.\n"
)


def test_questions_answered_in_marks_make_the_answers_the_interviewees():
    found = extract(ANSWERED_IN_MARKS, load_nlp())
    assert_offsets_exact(ANSWERED_IN_MARKS, found)
    by_text = {q["text"]: q for q in found["quotes"]}
    for words in (
        "Because the van customer is rational. A car buyer looks at the colour.",
        "Tariffs, honestly. Not on us, on our suppliers.",
    ):
        assert by_text[words]["speaker"]["name"] == "Amara Okonkwo"
    # a quotation with its own cue, after an answer it does not continue, still speaks
    weather = next(q for q in found["quotes"] if q["text"].startswith("And the weather"))
    assert weather["speaker"]["name"] == "Amara Okonkwo"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (EDITED, 3),
        (ANSWERED_IN_MARKS, 2),
        # one rhetorical question answered in marks is no interview
        ("Is this the end?\n\n\u201cNo,\u201d\n\nThe mayor spoke.\n", 0),
        # questions with no note and no answer wholly in marks
        ("Why now?\n\nThe council met.\n\nWhat next?\n\nNobody knows.\n", 0),
    ],
)
def test_unlabelled_questions_make_an_interview_only_when_answered(text, quoted):
    assert sum(t.quoted for t in find_turns(text)) == quoted


_WRITER_MET = (
    "'I still get butterflies': Kate Rourke on 600 winners\n\n"
    "Kate Rourke rode her 600th winner in Britain at Southwell last week. She spoke to Tom "
    "Pardoe about the early mornings, the injuries and the day she nearly quit.\n\n"
    "Congratulations on 600. Did it feel like a big deal on the day?\n\n"
    "Honestly, not really at the time. I was more worried about getting the horse home in "
    "one piece.\n\n"
    "Is there still prejudice from owners or trainers?\n\n"
    "Less than there was. You still get the odd owner who'd rather have a man on. But "
    "results talk."
)
_EDITED_LAST = (
    "Q&A with Thameside Rowing Club's new head coach\n\n"
    "Margaret Oduya became the first woman to be appointed head coach of Thameside Rowing "
    "Club last month. Our rowing correspondent, Oliver Brandt, met her at the club's "
    "boathouse in Putney.\n\n"
    "You rowed at Thameside as a junior. What does it mean to come back as head coach?\n\n"
    '"It\'s a bit surreal. I learned to scull here when I was thirteen."\n\n'
    "What's the plan?\n\n"
    "Honestly, the first plan is to listen. I have spent a lot of time just talking to "
    "athletes.\n\n"
    "This interview has been edited for length and clarity."
)


@pytest.mark.parametrize(
    ("text", "starts", "speaker"),
    [
        # the writer's note that they spoke to the one interviewed
        (_WRITER_MET, ("Honestly", "Less than"), "Kate Rourke"),
        # a note that the interview was edited, closing it
        (_EDITED_LAST, ("It's a bit", "Honestly"), "Margaret Oduya"),
        # the writer "caught up with" the one interviewed
        (
            _WRITER_MET.replace(
                "She spoke to Tom Pardoe about the early mornings, the injuries and the day she "
                "nearly quit.",
                "We caught up with her at the yard, between rides.",
            ),
            ("Honestly", "Less than"),
            "Kate Rourke",
        ),
    ],
)
def test_answers_after_a_note_on_the_interview_are_the_interviewees(text, starts, speaker):
    found = extract(text, load_nlp())["quotes"]
    answers = [q for q in found if q["text"].startswith(starts)]
    assert [q["speaker"]["name"] for q in answers] == [speaker] * 2, found


def test_an_interviewee_who_talks_to_the_writer_about_something_answers():
    text = _WRITER_MET.replace(
        "She spoke to Tom Pardoe about",
        "The 34-year-old, who started riding at a city farm, talks to Tom Pardoe about",
    )
    found = extract(text, load_nlp())["quotes"]
    answers = [q for q in found if q["text"].startswith(("Honestly", "Less than"))]
    assert [q["speaker"]["name"] for q in answers] == ["Kate Rourke"] * 2, found


def test_a_prompt_in_the_second_person_is_a_question_whose_answer_follows():
    text = (
        "Kate Rourke rode her 600th winner last week. She spoke to Tom Pardoe about the early "
        "mornings and the day she nearly quit.\n\n"
        "Did it feel like a big deal on the day?\n\n"
        "Honestly, not really at the time. I was more worried about the horse.\n\n"
        "You've talked before about nearly giving up in 2017.\n\n"
        "I had broken my back at Hexham, I was 23, and I didn't have a single ride booked."
    )
    found = extract(text, load_nlp())["quotes"]
    answer = [q for q in found if q["text"].startswith("I had broken")]
    assert [q["speaker"]["name"] for q in answer] == ["Kate Rourke"], found
    assert not [q for q in found if "giving up" in q["text"]], found


def test_first_name_labels_of_a_couple_named_in_full_open_their_answers():
    text = (
        "Harold and Joan Fairbrother married at St Anne's Church in April 1955. Our reporter sat "
        "down with them at home.\n\n"
        "Q: How did you meet?\n\n"
        "Harold: At the Palais on Bridge Street. I was a terrible dancer.\n\n"
        "Joan: Three times he stood on my foot. I counted.\n\n"
        "Q: Any regrets?\n\n"
        "Harold: I wish I'd learned to dance properly.\n"
    )
    found = extract(text, load_nlp())
    turns = [(q["text"][:10], q["speaker"]["name"]) for q in found["quotes"]]
    assert turns == [
        ("At the Pal", "Harold Fairbrother"),
        ("Three time", "Joan Fairbrother"),
        ("I wish I'd", "Harold Fairbrother"),
    ], turns


def test_initials_labelling_the_answers_are_the_interviewees():
    text = (
        "Harriet Okonjo-Vance heads casework at the Financial Complaints Service. She spoke to "
        "Money Weekend.\n\n"
        "MONEY WEEKEND: How many complaints did you handle?\n\n"
        "HARRIET OKONJO-VANCE: Just over 6,800, a rise of a third.\n\n"
        "MW: What is the most common reason claims are refused?\n\n"
        "HOV: Pre-existing conditions, by a distance.\n\n"
        "MW: How often do you side with the owner?\n\n"
        "HOV: In pet cases we upheld about 38 per cent of complaints.\n"
    )
    found = extract(text, load_nlp())
    answers = [q for q in found["quotes"] if q["text"].startswith(("Pre-existing", "In pet"))]
    assert [q["speaker"]["name"] for q in answers] == ["Harriet Okonjo-Vance"] * 2, found
    assert "HOV" not in [e["name"] for e in found["entities"]]


AN_EXCHANGE_WITH_A_GLACIOLOGIST = (
    "Five minutes with ... glaciologist Sigrún Halldórsdóttir\n"
    "\n"
    "By Daniel Park, Science Correspondent\n"
    "\n"
    "Sigrún Halldórsdóttir has spent twenty-two summers on the Vatnajökull ice cap in "
    "south-east Iceland, measuring how fast it is thinning. She now leads the ice "
    "dynamics group at the Nordic Cryosphere Institute in Reykjavík. The exchange has "
    "been edited for length and clarity.\n"
    "\n"
    "PARK: Forty per cent faster is a striking figure. How confident are you in it?\n"
    "\n"
    "HALLDÓRSDÓTTIR: Quite confident, and I say that as somebody who spends most of her "
    "working life doubting her own measurements. All three methods tell the same story.\n"
    "\n"
    "PARK: What does that mean for the farms and villages below the glacier?\n"
    "\n"
    "HALLDÓRSDÓTTIR: In the short term, more meltwater and, paradoxically, more "
    "hydropower. Over thirty or forty years, less reliable rivers.\n"
    "\n"
    "I do not want to frighten anybody. Icelanders have lived beside moving ice for "
    "eleven centuries. The clock is running fast, and our planning needs to run faster.\n"
    "\n"
    "Halldórsdóttir will present the findings in Tromsø in June.\n"
)


def test_the_bylines_writer_asks_and_a_turn_goes_on_in_the_paragraphs_after_it():
    # an accented label; the writer's label asks; a paragraph in the first person goes on
    found = extract(AN_EXCHANGE_WITH_A_GLACIOLOGIST, load_nlp())
    assert_offsets_exact(AN_EXCHANGE_WITH_A_GLACIOLOGIST, found)
    shown = [(q["text"][:12], q["speaker"]["name"]) for q in found["quotes"] if is_quote(q)]
    assert shown == [
        ("Quite confid", "Sigrún Halldórsdóttir"),
        ("In the short", "Sigrún Halldórsdóttir"),
        ("I do not wan", "Sigrún Halldórsdóttir"),
    ], shown


def test_a_turns_label_is_the_one_named_in_full_whatever_the_ner_made_of_the_name():
    text = (
        "Deji Obafemi started Rooftop Commons, a cooperative that grows vegetables on fourteen "
        "roofs in Lagos. Hana Lindqvist designs housing in Malmö.\n\n"
        "CALDER: Is growing food on roofs a serious answer to food security?\n\n"
        "OBAFEMI: In Lagos it is not a hobby. Our members sell tomatoes to the markets.\n\n"
        "LINDQVIST: He is being generous to my profession. A lot of it is decoration.\n"
    )
    found = extract(text, load_nlp())
    names = [q["speaker"]["name"] for q in found["quotes"] if q["text"].startswith(("In La", "He"))]
    assert names == ["Deji Obafemi", "Hana Lindqvist"], found["quotes"]


def test_a_briefs_columns_headings_are_no_speakers():
    text = (
        "Police log\n\n"
        "SCAM: A 78-year-old resident told officers she lost $9,000 to a man who claimed to be "
        "her grandson.\n\n"
        'VANDALISM: A resident of Orchard Lane reported that someone "spray-painted" a mailbox '
        "overnight Thursday.\n\n"
        "STAFFING: The Westfield Township trustees plan to vote at their April meeting on "
        "whether to fund two additional patrol officer positions.\n"
    )
    assert find_turns(text) == ()
    quotes = extract(text, load_nlp())["quotes"]
    planned = [q for q in quotes if "April meeting" in q["text"]]
    assert planned and all(q["speaker"]["name"] != "STAFFING" for q in planned)
    assert not any(is_quote(q) for q in planned)
