"""Quotes, cues, kinds and speakers on sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.offsets import assert_offsets_exact
from workers.extraction import analyse, extract, extract_many, load_nlp
from workers.extraction.marks import find_marked
from workers.selection import is_quote


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def quotes(nlp, text):
    result = extract(text, nlp)
    assert_offsets_exact(text, result)
    return result["quotes"]


def one(nlp, text, start):
    found = [q for q in quotes(nlp, text) if q["text"].startswith(start)]
    assert len(found) == 1, quotes(nlp, text)
    return found[0]


def spans_text(text, q):
    return [text[s:e] for s, e in q["spans"]]


# -- marks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Anna Walsh said on Monday: "We will not give up on this project."',
        "Anna Walsh said on Monday: “We will not give up on this project.”",
        "Anna Walsh said on Monday: ‘We will not give up on this project.’",
    ],
)
def test_marks_straight_curly_single(nlp, text):
    q = one(nlp, text, "We will not")
    assert q["kind"] == "direct"
    assert q["speaker"]["name"] == "Anna Walsh"
    assert q["cue"]["text"] == "said"


def test_quote_split_around_cue(nlp):
    text = "“We will win this fight,” said Peter Grant, “and we will govern well afterwards.”"
    q = one(nlp, text, "We will win")
    assert spans_text(text, q) == ["We will win this fight,", "and we will govern well afterwards."]
    assert q["speaker"]["name"] == "Peter Grant"
    assert len(quotes(nlp, text)) == 1


def test_multi_paragraph_quote():
    text = (
        "Peter Grant said: “The first part of the statement runs on.\n\n"
        "“The second part closes it.”\n\nAfterwards the meeting ended."
    )
    marked = find_marked(text)
    assert len(marked) == 1
    assert [text[s:e] for s, e in marked[0].spans] == [
        "The first part of the statement runs on.",
        "The second part closes it.",
    ]


def test_unbalanced_marks_do_not_swallow_text():
    text = "He stressed that ‘we are talking about a long war.”\n\nThe talks ended without a deal."
    marked = find_marked(text)
    assert len(marked) == 1
    assert text[marked[0].start : marked[0].end] == "we are talking about a long war."
    text = "She said “this never closes\n\nNext paragraph is narrative."
    marked = find_marked(text)
    assert text[marked[0].start : marked[0].end] == "this never closes"


def test_single_marks_run_on_over_paragraphs_around_double_ones():
    # A quotation in single marks that the next paragraph opens again runs on, apostrophes
    # ("don’t") and a quotation of its own in double marks inside it.
    text = (
        "‘It is home,’ Ms Rao told the paper. ‘Half of them don’t have a computer at home.\n\n"
        "‘The council talks about “community hubs”, but nobody says where.’\n\nThe vote passed."
    )
    marked = find_marked(text)
    assert [[text[s:e] for s, e in q.spans] for q in marked] == [
        ["It is home,"],
        [
            "Half of them don’t have a computer at home.",
            "The council talks about “community hubs”, but nobody says where.",
        ],
    ]
    assert marked[1].closed


def test_single_mark_left_open_ends_a_quotation_only_when_the_next_paragraph_runs_it_on():
    text = "They cheered the boys' team. ‘We won it all.\n\nThe crowd went home."
    assert find_marked(text) == []


def test_a_plural_possessive_inside_single_marks_closes_nothing():
    text = "'My books, my students' exercise books – all gone,' he said. The boys' father wept."
    (marked,) = find_marked(text)
    assert text[marked.start : marked.end] == "My books, my students' exercise books – all gone,"
    text = "He called them 'the lads' and said they were 'idiots'."
    assert [text[q.start : q.end] for q in find_marked(text)] == ["the lads", "idiots"]


def test_apostrophes_are_not_quotes():
    assert find_marked("It’s the ‘90s style of Jones’ campaign, isn’t it?") == []


def test_nested_quote_stays_inside(nlp):
    text = "“He told me ‘never again’ and he meant it every time,” Maria Lopez said."
    q = one(nlp, text, "He told me")
    assert q["text"] == "He told me ‘never again’ and he meant it every time,"
    assert q["speaker"]["name"] == "Maria Lopez"


def test_cue_before_speaker_and_after(nlp):
    text = (
        "“The economy is doing much better than people think,” said Sergei Naryshkin. "
        "“We have more work to do on taxes,” Naryshkin added."
    )
    qs = quotes(nlp, text)
    assert [q["speaker"]["name"] for q in qs] == ["Sergei Naryshkin", "Sergei Naryshkin"]
    assert [q["cue"]["text"] for q in qs] == ["said", "added"]


def test_sentence_after_the_cue_joins_the_quote(nlp):
    text = (
        "“They started this conflict on their own,” Tom Baker told reporters. "
        "“They encouraged this conflict from the start.”"
    )
    (q,) = quotes(nlp, text)
    assert spans_text(text, q) == [
        "They started this conflict on their own,",
        "They encouraged this conflict from the start.",
    ]
    assert q["speaker"]["name"] == "Tom Baker"
    assert q["cue"]["text"] == "told"


def test_continuation_without_cue(nlp):
    text = (
        "“They started this conflict on their own,” Tom Baker told reporters.\n\n"
        "“They encouraged this conflict from the start.”"
    )
    q = one(nlp, text, "They encouraged")
    assert q["speaker"]["name"] == "Tom Baker"
    assert q["cue"] is None


# -- mixed and indirect ----------------------------------------------------------------------


def test_a_second_report_joined_after_a_mixed_quote_is_a_quote_of_its_own(nlp):
    text = (
        "Martin Keown told the radio station the referee had been “technically correct” but "
        "said the law “needs to change”."
    )
    found = quotes(nlp, text)
    assert [q["text"] for q in found] == [
        "the referee had been “technically correct”",
        "the law “needs to change”",
    ]
    assert {q["speaker"]["name"] for q in found} == {"Martin Keown"}


def test_mixed_quote(nlp):
    text = "Laura Kim stressed that “we are talking about hundreds of radicals” in the region."
    (q,) = quotes(nlp, text)
    assert q["text"].startswith(("that “we are talking", "“we are talking", "we are talking"))
    assert q["kind"] == "mixed"
    assert q["speaker"]["name"] == "Laura Kim"
    assert "in the region" in q["text"]


@pytest.mark.parametrize(
    ("lead", "cue", "marked"),
    [
        ("The new parking rules", "she said", "are something this town has needed for years."),
        ("If the council approves the plan", "Porter said", "we will start work in April."),
        ("In other words", "the mayor told reporters", "the old system has failed."),
    ],
)
def test_words_before_a_cue_set_off_by_commas_open_the_quotation_they_go_on_with(
    nlp, lead, cue, marked
):
    text = f"Mayor Jane Porter spoke on Monday. {lead}, {cue}, “{marked}”"
    q = one(nlp, text, lead)
    assert q["kind"] == "mixed"
    assert spans_text(text, q) == [lead, marked.rstrip(".")] or spans_text(text, q) == [
        lead,
        marked,
    ]
    assert q["speaker"]["name"] == "Jane Porter"


@pytest.mark.parametrize(
    ("lead", "marked"),
    [
        ("Asked about the new parking rules", "it is too early to tell."),  # a question's frame
        ("Speaking on local radio", "we will review them."),  # a participle, the quote its own
        ("After the vote, and a long debate", "we will review them."),  # over a comma
    ],
)
def test_words_before_a_cue_that_the_quotation_does_not_go_on_with_stay_out(nlp, lead, marked):
    text = f"Mayor Jane Porter spoke on Monday. {lead}, Porter said, “{marked}”"
    q = one(nlp, text, marked[:10])
    assert q["kind"] == "direct"
    assert q["speaker"]["name"] == "Jane Porter"


def test_the_reported_clause_opening_before_the_marks_makes_the_quotation_mixed(nlp):
    text = "Bruce McIntosh said it “confirms what families have been saying for years.”"
    (q,) = quotes(nlp, text)
    assert q["kind"] == "mixed"
    assert q["text"].startswith("it “confirms")
    assert q["speaker"]["name"] == "Bruce McIntosh"


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("Laura Kim wants to “drain the swamp” in the capital.", "Laura Kim"),
        ("Critics branded the plan “a shambles” on Monday.", "Critics"),
        ("The devices are now expected to ship “in the coming year”.", None),  # not its agent
        ("The rain turned the pitch into “a swamp” by the evening.", None),  # a thing
    ],
)
def test_a_verb_outside_the_lexicon_gives_a_quote_in_its_clause_only_its_agent(nlp, text, speaks):
    found = quotes(nlp, text)
    speakers = [(q["speaker"] or {}).get("name") for q in found]
    assert speakers == ([speaks] if speaks else [None] * len(found)), found


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Laura Kim said that the budget would be cut next year.", "the budget would", "said"),
        ("Laura Kim has warned that the budget will be cut.", "the budget will be", "warned"),
        ("Laura Kim told reporters the budget would be cut.", "the budget would", "told"),
        ("Laura Kim insists the budget is too small.", "the budget is", "insists"),
        (  # the clause's subject parsed as the cue's object
            "Laura Kim warned the limit does little for tenants.",
            "the limit does little",
            "warned",
        ),
        ("According to Laura Kim, the budget will be cut next year.", "the budget will", None),
    ],
)
def test_indirect_quotes(nlp, text, content, cue):
    qs = quotes(nlp, text)
    assert len(qs) == 1, qs
    q = qs[0]
    assert q["kind"] == "indirect"
    assert content in q["text"]
    assert "Laura Kim" not in q["text"]
    assert q["speaker"]["name"] == "Laura Kim"
    if cue:
        assert q["cue"]["text"] == cue
    else:
        assert q["cue"]["text"] == "According to"


def test_a_subject_read_as_the_cues_object_opens_the_content_past_its_apposition(nlp):
    text = (
        "Elon Musk has said new users of X, the platform formerly known as Twitter, will have "
        "to pay a small annual fee before they can post."
    )
    q = one(nlp, text, "new users")
    assert q["text"] == (
        "new users of X, the platform formerly known as Twitter, will have to pay a small "
        "annual fee before they can post"
    )
    assert q["speaker"]["name"] == "Elon Musk"
    marked = text.replace("a small annual fee before they can post.", "a “small” fee.")
    q = one(nlp, "Musk spoke on Monday.\n\n" + marked, "new users")
    assert (q["kind"], q["text"][:16]) == ("mixed", "new users of X, ")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Prosecuting, Andrew Kell told the court Marsh had taken money from the accounts.",
            "Marsh had taken money from the accounts",
        ),
        ("Andrew Kell told reporters Smith was lying.", "Smith was lying"),
    ],
)
def test_the_hearer_the_parser_hung_on_the_reported_subject_is_not_reported(nlp, text, content):
    qs = quotes(nlp, text)
    assert [q["text"] for q in qs] == [content]
    assert qs[0]["speaker"]["name"] in ("Andrew Kell", "Kell")


def test_a_mixed_quote_ends_before_a_report_of_others_in_a_clause_of_its_own(nlp):
    text = (
        'Paul Johnson said the measure was "defensible but small", while others argued it '
        "would have little effect on the deficit."
    )
    johnson = one(nlp, text, "the measure was")
    assert johnson["text"] == 'the measure was "defensible but small"'
    assert one(nlp, text, "it would have")["speaker"]["name"] == "others"


@pytest.mark.parametrize("time", ["on Thursday", "Thursday", "in March 2020"])
def test_the_time_of_the_saying_is_not_in_the_content(nlp, time):
    text = f"Apple said {time} it would delay the launch of its new features in Europe."
    assert one(nlp, text, "it would delay")["speaker"]["name"] == "Apple"


def test_a_post_on_a_platform_by_a_name_the_parser_left_without_a_verb(nlp):
    text = (
        "SpaceX did not respond to a request for comment. Musk, who has clashed with federal "
        "regulators over the company's launches, posted on X on Friday that the reports were "
        '"mostly accurate."'
    )
    q = one(nlp, text, "that the reports were")
    assert q["speaker"]["name"] == "Musk"
    assert q["cue"]["text"] == "posted"


def test_the_subject_after_according_to_is_in_the_content(nlp):
    text = (
        "According to Statistics Canada, the oil and gas sector employed about 140,000 people "
        "in Alberta last year."
    )
    q = one(nlp, text, "the oil and gas sector employed")
    assert q["speaker"]["name"] == "Statistics Canada"


def test_a_spokesperson_for_a_place_speaks_for_no_earlier_organisation(nlp):
    text = (
        "Statistics Canada said the sector lost 4,000 jobs.\n\n"
        "According to John Smith, a spokesman for the city, the plan will fail."
    )
    speaker = one(nlp, text, "the plan will fail")["speaker"]
    assert speaker["name"] == "John Smith"
    assert speaker["affiliation"] is None


def test_a_relative_pronoun_before_the_cue_opens_the_content_and_the_subject_speaks(nlp):
    text = (
        "The council voted to freeze fares, a move that supporters say will help low-income riders."
    )
    q = one(nlp, text, "that")
    assert spans_text(text, q) == ["that", "will help low-income riders"]
    assert q["speaker"]["name"] == "supporters" and q["cue"]["text"] == "say"


def test_a_cue_after_a_comma_and_a_title_that_ends_the_sentence_reports_what_came_before(nlp):
    text = (
        "Officers were called to the area at about 6:30 p.m. and found the victim with serious "
        "injuries, Const. Dani McKinnon told a news conference Wednesday."
    )
    (q,) = quotes(nlp, text)
    assert q["text"].startswith("Officers were called") and q["text"].endswith("injuries")
    assert q["speaker"]["name"] == "Dani McKinnon" and q["cue"]["text"] == "told"


def test_a_dateline_parsed_as_a_clause_and_a_participle_of_saying_hung_on_the_content(nlp):
    text = (
        "Poilievre promises to scrap carbon tax\n\n"
        "OTTAWA \u2014 Conservative Leader Pierre Poilievre says a government led by him would "
        'repeal the consumer carbon tax on its first day, calling the levy "a failed experiment."'
    )
    says = one(nlp, text, "a government led by him")
    assert says["text"].endswith("on its first day") and says["cue"]["text"] == "says"
    calling = one(nlp, text, "the levy")
    assert calling["speaker"]["name"] == says["speaker"]["name"] == "Pierre Poilievre"


def test_a_content_the_parser_split_in_two_clauses_of_the_cue_is_one(nlp):
    text = (
        "Marco Rubio defended himself on Saturday, arguing that dropping the plan once it became "
        "clear it would not pass was an example of his leadership."
    )
    q = one(nlp, text, "that dropping")
    assert q["text"].endswith("was an example of his leadership")


def test_cited_as_saying(nlp):
    text = (
        "Sergei Naryshkin arrived in Moscow. The region risks becoming a launchpad for "
        "terrorists, TASS news agency cited him as saying on Tuesday."
    )
    qs = quotes(nlp, text)
    assert any(q["speaker"] and q["speaker"]["name"] == "Sergei Naryshkin" for q in qs), qs


# -- speakers --------------------------------------------------------------------------------


def test_pronoun_resolves_to_gendered_antecedent(nlp):
    text = (
        "Mary Jones met Tom Brown in Paris on Monday. "
        "“It was a very useful meeting for both of us,” she said."
    )
    q = one(nlp, text, "It was")
    assert q["speaker"]["name"] == "Mary Jones"
    assert q["speaker"]["mention"]["text"] == "she"


def test_title_resolves_to_described_person(nlp):
    text = (
        "Syria’s President Bashar al-Assad met Russian officials in Damascus. "
        "“The talks were productive and we agreed on many points,” added the Syrian leader."
    )
    q = one(nlp, text, "The talks")
    assert q["speaker"]["name"] == "Bashar al-Assad"
    assert q["speaker"]["mention"]["text"] == "the Syrian leader"


def test_organisation_speaker(nlp):
    text = "“We reject these claims entirely and without reservation,” the ministry said."
    q = one(nlp, text, "We reject")
    assert q["speaker"]["name"] == "the ministry"
    assert q["speaker"]["entity_id"] is None


def test_unresolvable_pronoun_gives_null_speaker(nlp):
    q = one(nlp, "“It is over now for all of us here,” he said.", "It is over")
    assert q["speaker"] is None
    assert q["cue"]["text"] == "said"


def test_speaker_entity_ids_refer_to_entities(nlp):
    texts = [
        "Mary Jones said the plan would fail. “It will never work,” Jones added.",
        "“We will see about that,” said Tom Brown.",
    ]
    results = list(extract_many(texts, nlp, batch_size=2))
    linked = [
        (q["speaker"]["entity_id"], {e["id"] for e in result["entities"]})
        for result in results
        for q in result["quotes"]
    ]
    assert len(linked) == 3
    assert all(entity_id in ids for entity_id, ids in linked)


@pytest.mark.parametrize("text", ["", "   ", '"', "“", "“”", "He said “", "’’’ ‘‘ “x” ”", '""""'])
def test_degenerate_texts(nlp, text):
    result = extract(text, nlp)
    assert result["quotes"] == []
    assert all(any(ch.isalnum() for ch in e["name"]) for e in result["entities"])


def test_verb_outside_lexicon_after_a_comma_quote_is_the_cue(nlp):
    text = "“France will always be France,” an angry Hollande retaliated."
    q = one(nlp, text, "France will")
    assert q["cue"]["text"] == "retaliated"
    assert q["speaker"]["mention"]["text"] == "Hollande"


def test_full_stop_quote_takes_no_plain_verb_as_cue(nlp):
    text = "“The meeting is over.” The crowd went home."
    q = one(nlp, text, "The meeting")
    assert q["cue"] is None


def test_inverted_speaker_the_parser_does_not_tag_as_name(nlp):
    text = "“Having access to the file is valuable,” said Skelly, explaining his work."
    q = one(nlp, text, "Having access")
    assert q["speaker"]["mention"]["text"] == "Skelly"


def test_date_after_cue_is_not_the_speaker(nlp):
    text = "The plan will fail, the senator said Tuesday."
    q = one(nlp, text, "The plan")
    assert q["speaker"]["mention"]["text"] == "the senator"


def test_pronoun_for_a_people_keeps_its_group_name(nlp):
    text = "Republicans met on Monday. They said that the vote had been rigged."
    q = one(nlp, text, "that the vote")
    assert q["speaker"]["mention"]["text"] == "They"
    assert q["speaker"]["name"] == "Republicans"
    assert q["speaker"]["entity_id"] is None


def test_mixed_quote_starts_at_the_reported_clause(nlp):
    text = "The agency said for the first time that “top secret” files had passed through it."
    q = one(nlp, text, "that")
    assert q["kind"] == "mixed"
    assert q["text"].startswith("that “top secret”")


def test_mixed_quote_after_prepositional_cue_leaves_out_the_preposition(nlp):
    text = "Anna Walsh called for “a complete review of the rules” on Monday."
    q = [q for q in quotes(nlp, text) if "complete review" in q["text"]][0]
    assert not q["text"].startswith("for")


def test_speaker_described_by_age(nlp):
    text = "“Donald has always been an amazing leader,” said the 46-year-old."
    q = one(nlp, text, "Donald has")
    assert q["speaker"]["mention"]["text"] == "the 46-year-old"


def test_speaker_described_by_age_that_the_parser_hung_on_the_cue(nlp):
    """'"…," the 49-year-old said': "the" and "old" are both children of "said"."""
    text = (
        "Helen Carstairs was admitted on Monday. \u201cI was terrified,\u201d the 49-year-old said."
    )
    q = one(nlp, text, "I was terrified")
    assert q["speaker"]["mention"]["text"] == "the 49-year-old"
    assert q["speaker"]["name"] == "Helen Carstairs"


def test_speaker_next_to_a_cue_the_parser_left_without_subject(nlp):
    text = (
        "In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the "
        "Democratic presidential candidate stated that Trump’s “divisive” comments do not fit."
    )
    q = one(nlp, text, "that Trump")
    assert "candidate" in q["speaker"]["mention"]["text"]


def test_clause_ending_in_a_colon_introduces_the_quote(nlp):
    text = (
        "The crowd cheered loudly.\n\nSeventeen-year-old Jared Potts echoed:\n\n"
        "“He speaks his mind, and I think that might be what the country needs.”"
    )
    q = one(nlp, text, "He speaks")
    assert q["cue"]["text"] == "echoed"
    assert q["speaker"]["name"] == "Jared Potts"


@pytest.mark.parametrize(
    ("clause", "name"),
    [
        ("Mr Naseer Raisani was blunt:", "Naseer Raisani"),
        ("Dr. Nadia Kowalczyk, the study's lead author, put it simply:", "Nadia Kowalczyk"),
        ("Capt. Jolene Marsh also had a warning for drivers:", "Jolene Marsh"),
        ("Capt. Jolene Marsh was all smiles coming back in:", "Jolene Marsh"),  # how they were
        # a comparative, which the tagger may read as a noun; her reply is hers
        ("Capt. Jolene Marsh spoke next. Her reply was blunter:", "Jolene Marsh"),
        ("Capt. Jolene Marsh spoke next. Her reply was even terser:", "Jolene Marsh"),
    ],
)
def test_a_clause_of_manner_before_a_colon_introduces_words_said(nlp, clause, name):
    text = f'The flooding closed six roads on Sunday.\n\n{clause} "Turn around. Do not drown."'
    q = one(nlp, text, "Turn around")
    assert (q["kind"], q["act"], q["speaker"]["name"]) == ("direct", "speech", name)
    assert is_quote(q)


@pytest.mark.parametrize(
    "text",
    [
        # what is described is not who describes it
        'Callum Reid, who was claiming 3lb, described Wolds Lantern as "a proper tough horse".',
        # a title the parser read as a participle with the name its object
        'Winning jockey Callum Reid, who was claiming 3lb, described Wolds Lantern as "a proper '
        'tough horse" who had relished the soft ground.',
    ],
)
def test_the_one_who_describes_something_as_words_in_marks_speaks(nlp, text):
    assert one(nlp, text, "Wolds Lantern as")["speaker"]["name"] == "Callum Reid"


def test_the_subject_after_the_question_put_to_them_answers_it(nlp):
    text = (
        "Testing expands to four plants.\n\nAsked whether the county would expand testing to "
        'more plants, Kowalczyk was blunt: "Not without money. We are running this on a grant '
        'that ends in June."'
    )
    q = one(nlp, text, "Not without money")
    assert (q["kind"], q["speaker"]["name"]) == ("direct", "Kowalczyk")


def test_a_name_or_title_given_in_marks_is_no_quote(nlp):
    text = (
        'Traders count losses after exploit\n\nA pseudonymous trader who posts as "0xMarlow" '
        "said on X that he had lost about $210,000.\n\nThe project's lead developer, who goes "
        'by "Kermitto," posted in the group that liquidity was being migrated.\n\nA moderator '
        'in the Telegram group, who identified himself only as "Dex," told The Ledger Wire in a '
        "direct message that he had been paid in FROGGO tokens and never had access to the "
        "project's wallets.\n\nThe port authority organised a discussion titled "
        '"Port Efficiency and Export Competitiveness" on Monday.'
    )
    found = quotes(nlp, text)
    assert any(q["text"].startswith("that he had lost") for q in found)
    given = ("0xMarlow", "Kermitto", "Dex", "Port Efficiency")
    assert not [q["text"] for q in found if any(name in q["text"] for name in given)]


def test_a_statement_issued_in_a_place_and_signed_by_a_person_is_theirs(nlp):
    text = (
        "Teachers threaten a strike.\n\nA statement issued in Accra yesterday and signed by "
        'the secretary, Kofi Mensah, said the union would strike. "We have been patient," the '
        "statement said."
    )
    q = one(nlp, text, "We have been patient")
    assert q["speaker"]["name"] == "Kofi Mensah"


def test_a_participle_opening_the_clause_before_a_colon_cues_the_quotation_alone(nlp):
    text = (
        "Keegan Hale has completed his move to Benfica, signing a five-year contract.\n\n"
        "Writing on Instagram, he thanked fans of his former club: "
        "\u201cYou made me the player I am.\u201d"
    )
    q = one(nlp, text, "You made")
    assert (q["kind"], q["text"]) == ("direct", "You made me the player I am.")
    assert q["speaker"]["name"] == "Keegan Hale"


def test_a_cue_ending_the_sentence_that_the_parser_read_as_a_description_reports(nlp):
    text = (
        "Rapper Leo Vance has postponed the remaining dates of his American tour, a "
        "representative for the rapper confirmed on Monday."
    )
    q = one(nlp, text, "Rapper Leo Vance")
    assert q["text"] == "Rapper Leo Vance has postponed the remaining dates of his American tour"
    assert q["cue"]["text"] == "confirmed"
    assert q["speaker"]["name"] == "a representative for the rapper"


def test_a_participle_describing_the_last_noun_is_no_cue(nlp):
    text = (
        "In May, the government traded two detainees for Sgt. Alan Price, an American soldier "
        "now charged with desertion."
    )
    assert quotes(nlp, text) == []


def test_the_platform_written_on_is_no_organisation_a_description_stands_for(nlp):
    text = (
        "Shares in Orbix Systems rose 5% on Monday after strong results.\n\n"
        "Writing on LinkedIn, chief executive Dana Reyes said the results were encouraging.\n\n"
        "The company said it would hire 200 engineers next year."
    )
    assert one(nlp, text, "it would hire")["speaker"]["name"] == "Orbix Systems"


def test_object_of_prompting_verb_speaks_through_the_infinitive(nlp):
    text = (
        "That record prompted the Atlas of Elections to state, “Vigo County is the most "
        "prominent bellwether in the country.”"
    )
    q = one(nlp, text, "Vigo County")
    assert q["speaker"]["mention"]["text"].endswith("Atlas of Elections")


def test_cue_whose_clause_holds_the_quote_wins_over_a_later_one(nlp):
    text = (
        "Cruz says he is “effectively tied for second place” with Marco Rubio, in a finish "
        "that he said defied expectations."
    )
    q = one(nlp, text, "he is")
    assert q["cue"]["text"] == "says"
    assert q["speaker"]["name"] == "Cruz"


def test_subject_taken_from_inside_the_quote_is_not_the_speaker(nlp):
    text = (
        "“Very good reporter, very good reporter this guy,” Trump, the 2016 GOP presidential "
        "frontrunner nationally and current polling leader in South Carolina, said."
    )
    q = one(nlp, text, "Very good")
    assert q["speaker"]["mention"]["text"] == "Trump"
    text = "“My reaction, that was outrageous,” the former campaign strategist said."
    q = one(nlp, text, "My reaction")
    assert q["speaker"]["mention"]["text"] == "the former campaign strategist"


def test_dash_after_a_space_names_the_speaker(nlp):
    text = (
        "“How did we get this low?”\u00a0― Jacklyn Ashley\u00a0\n"
        "“Trump must stop it.”― Carla Sanchez."
    )
    found = quotes(nlp, text)
    assert [q["speaker"]["name"] for q in found] == ["Jacklyn Ashley", "Carla Sanchez"]


def test_transcript_label_names_the_speaker_and_is_not_quoted(nlp):
    text = (
        'The interview went as follows: "MARTIN: Will the mayor attend the meeting tonight?" '
        '"COLLINS: The mayor will not be attending the meeting tonight."'
    )
    last = extract(text, nlp)["quotes"][-1]
    assert last["text"].startswith("The mayor will not")
    assert last["speaker"]["name"] == "COLLINS"


def test_a_name_opening_the_sentence_that_the_parser_hung_on_a_subjectless_cue_speaks(nlp):
    from spacy.tokens import Doc

    from workers.extraction.syntax import subject_of

    # "Tiafoe, playing at home, said it hurt.": the name parsed as a clause of its own
    doc = Doc(
        nlp.vocab,
        words=["Tiafoe", ",", "playing", "at", "home", ",", "said", "it", "hurt", "."],
        heads=[6, 6, 6, 2, 3, 6, 6, 8, 6, 6],
        deps=["advcl", "punct", "advcl", "prep", "pobj", "punct", "ROOT", "nsubj", "ccomp"]
        + ["punct"],
        pos=["PROPN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"],
        sent_starts=[True] + [False] * 9,
    )
    assert subject_of(doc[6]).text == "Tiafoe"
    assert subject_of(doc[8]).text == "it"


def test_day_after_the_cue_is_no_speaker(nlp):
    from spacy.tokens import Doc

    from workers.extraction.syntax import nearby_name
    from workers.extraction.view import doc_view

    doc = Doc(
        nlp.vocab,
        words=["“", "We", "will", "win", ",", "”", "Chief", "Jordan", "said", "Monday", "."],
        heads=[3, 3, 3, 3, 3, 3, 7, 3, 3, 8, 3],
        deps=["punct", "nsubj", "aux", "ROOT", "punct", "punct", "compound", "dep", "conj"]
        + ["npadvmod", "punct"],
        pos=["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PROPN", "PROPN", "VERB"]
        + ["PROPN", "PUNCT"],
        ents=["O"] * 9 + ["B-DATE", "O"],
    )
    assert nearby_name(doc_view(doc, ()), doc[8]).text == "Jordan"


def test_document_speaks_for_its_maker(nlp):
    text = (
        "A new ad from Donald Trump’s campaign says that the economy is failing. "
        "The ad also says that taxes are too high. "
        "An analysis released by the Department of Veterans Affairs shows that waiting times grew."
    )
    names = [q["speaker"]["name"] for q in quotes(nlp, text)]
    assert names == ["Trump campaign", "Trump campaign", "Department of Veterans Affairs"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Proponents, including the United States Conference of Mayors, have argued that "
            "the program works.",
            "United States Conference of Mayors",
        ),
        (
            "Critics, like Senators Charles E. Grassley and Patrick J. Leahy, said that the "
            "program should end.",
            "Charles E. Grassley and Patrick J. Leahy",
        ),
        (
            "Officials at Homeland Security Investigations said that fraud was growing.",
            "Homeland Security Investigations",
        ),
    ],
)
def test_group_speaker_named_by_its_members(nlp, text, name):
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == name


def test_speaker_inside_the_content_gives_way_to_the_cue_subject(nlp):
    text = (
        "Pat Caddell spoke on the radio on Monday. Caddell went on to discuss recently released "
        "polls, including ones showing Smith leading in the swing states of Ohio and Florida."
    )
    q = one(nlp, text, "recently released polls")
    assert q["speaker"]["name"] == "Pat Caddell"


def test_transcript_label_in_capitals_names_the_known_person(nlp):
    text = (
        "Mike Pence spoke to Chris Wallace on Sunday.\n\n"
        '"PENCE: Well, look, this is a serious business and the voters know it."'
    )
    q = one(nlp, text, "Well, look")
    assert q["speaker"]["name"] == "Mike Pence"


def test_each_turn_of_a_transcript_in_open_paragraphs_is_its_speakers_quote(nlp):
    text = (
        "Mike Pence spoke to Chris Wallace on Sunday. Partial transcript as follows:\n\n"
        '"WALLACE: Will Gennifer Flowers actually be there tomorrow night?\n\n'
        '"PENCE: Well, look, this is not an episode of “Shark Tank.” It is serious business.\n\n'
        '"(CROSSTALK.)\n\n'
        '"WALLACE: If I may, sir, because we have got limited time.'
    )
    found = extract(text, nlp)["quotes"]
    assert [(q["text"][:12], q["speaker"]["name"]) for q in found] == [
        ("Will Gennife", "Chris Wallace"),
        ("Well, look, ", "Mike Pence"),
        ("If I may, si", "Chris Wallace"),
    ]
    assert found[1]["text"].endswith("It is serious business.")


def test_they_stands_for_the_names_joined_before(nlp):
    text = (
        "Senators Charles Grassley and Patrick Leahy sent a letter to the committee on Monday. "
        "“The program has become plagued by fraud and abuse,” they wrote."
    )
    q = one(nlp, text, "The program")
    assert q["speaker"]["name"] == "Charles Grassley and Patrick Leahy"
    assert q["speaker"]["mention"]["text"] == "they"


def test_the_bank_stands_for_the_bank_named_before(nlp):
    text = (
        "Wells Fargo fired thousands of employees over fake accounts. "
        "The bank said that it had fired the employees for misconduct."
    )
    (q,) = [q for q in quotes(nlp, text) if "it had fired" in q["text"]]
    assert q["speaker"]["name"] == "Wells Fargo"
    assert q["speaker"]["mention"]["text"] == "The bank"


def test_surname_skips_a_near_full_name_in_object_position(nlp):
    text = (
        "Sen. Ted Cruz endorsed the nominee on Friday after months of feuding. "
        "The nominee once shared an unflattering photo of Heidi Cruz. "
        "“I am not in the habit of supporting people who attack my wife,” Cruz said in July."
    )
    q = one(nlp, text, "I am not in the habit")
    assert q["speaker"]["name"] == "Ted Cruz"


def test_surname_follows_the_gender_its_titles_give(nlp):
    text = (
        "The campaign plans to employ the first lady, Michelle Obama, in the coming weeks. "
        "Mr. Obama spoke to the caucus on Saturday, in a hall full of members who had waited "
        "for hours, and who cheered when he walked onto the stage at the convention center. "
        "Mr. Obama was blunt with the members about the turnout he expects in the fall. "
        "Later, Obama said that the election would be close."
    )
    (q,) = [q for q in quotes(nlp, text) if "election would be close" in q["text"]]
    assert q["speaker"]["name"] == "Obama"


def test_name_between_the_quote_and_a_subjectless_cue_speaks(nlp):
    text = (
        "Michael Flynn spoke on Thursday.\n\n“He's absolutely right. There's a severe "
        "disconnect between this White House and frankly the president and our military,” "
        "Flynn, a top surrogate, said Thursday morning on the radio."
    )
    q = one(nlp, text, "He's absolutely right")
    assert q["speaker"]["name"] == "Michael Flynn"


def test_quote_after_reported_speech_continues_its_speaker(nlp):
    text = (
        "Adam Schiff spoke on Monday. The administration may be reluctant to act while the "
        "talks go on, Schiff said. “The other factor is the appearance of taking sides.”"
    )
    q = one(nlp, text, "The other factor")
    assert q["speaker"]["name"] == "Adam Schiff"
    assert q["cue"] is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Police said inflation rose to 3%.", "inflation rose to 3%"),
        (
            "The senator said the bill was backed by Rep. Bobby Scott (D-Va.).",
            "the bill was backed by Rep. Bobby Scott (D-Va.)",
        ),
        ("Police said the man (pictured) fled.", "the man (pictured) fled"),
        # content wholly in marks loses both of them
        (
            'The agency issued a red alert, warning of "extraordinary danger".',
            "extraordinary danger",
        ),
        (
            "PolitiFact said the claim was\xa0\u201cMostly True.\u201d",
            "the claim was\xa0\u201cMostly True.\u201d",
        ),
    ],
)
def test_reported_content_keeps_a_percent_sign_and_closed_brackets(nlp, text, content):
    assert [q["text"] for q in quotes(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Scientists warn of 'tipping point' for Amazon rainforest\n\nLarge parts of the "
            "forest could turn into savannah, scientists have warned.",
            "'tipping point' for Amazon rainforest",
        ),
        (
            "Arsenal 2-1 Aston Villa: Arteta praises 'character' after late winner\n\n"
            "Mikel Arteta said his side showed great character.",
            "'character' after late winner",
        ),
        (
            'Trump said "budget reforms" and the collection of unpaid taxes would pay for it.',
            '"budget reforms" and the collection of unpaid taxes would pay for it',
        ),
    ],
)
def test_content_holds_both_marks_of_what_it_quotes(nlp, text, content):
    assert content in [q["text"] for q in quotes(nlp, text)]


def test_a_question_put_is_nobodys_however_its_participle_is_tagged(nlp):
    text = (
        'Shadow chancellor Mel Stride posted on X: "Labour promised change. Pensioners got a '
        'cut."\n\nAsked whether he would reverse the policy, Sir Keir replied: "No."'
    )
    asked = nlp(text)[20]
    assert (asked.text, asked.tag_) == ("Asked", "VBD")  # read as a past tense
    found = [(q["text"], (q["speaker"] or {}).get("name")) for q in quotes(nlp, text)]
    assert ("whether he would reverse the policy", None) in found
    assert ("No.", "Keir") in found


def test_answer_in_marks_after_a_colon_is_its_own_direct_quote(nlp):
    text = "Asked whether he would resign, Boris Johnson replied: \u201cNo.\u201d"
    found = [(q["text"], q["kind"], (q["speaker"] or {}).get("name")) for q in quotes(nlp, text)]
    assert found == [
        ("whether he would resign", "indirect", None),  # asked by nobody named
        ("No.", "direct", "Boris Johnson"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company said in a statement that customers would receive full refunds.",
        # the parser reads "that affected" as a relative clause of "statement"
        "The company said in a statement that affected customers would receive full refunds.",
    ],
)
def test_said_in_a_statement_that_reports_what_was_said(nlp, sentence):
    text = "SkyBridge Airways cancelled 300 flights on Tuesday.\n\n" + sentence
    q = one(nlp, text, "that")
    assert q["text"].endswith("customers would receive full refunds")
    assert (q["cue"]["text"], q["speaker"]["name"]) == ("said", "SkyBridge Airways")


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "The ministry said the road was closed. The driver was taken to hospital, it added.",
            "The driver",
            "the ministry",
        ),
        (
            "Ofcom fined the broadcaster on Monday. The programme had breached its rules, it "
            "said in a statement.",
            "The programme",
            "Ofcom",
        ),
    ],
)
def test_it_after_a_report_is_the_organisation_that_spoke(nlp, text, start, name):
    q = one(nlp, text, start)
    assert (q["speaker"]["mention"]["text"], q["speaker"]["name"]) == ("it", name)


@pytest.mark.parametrize(
    "text",
    [
        "It seems that the road was closed.",
        "It was said that the road was closed.",
    ],
)
def test_it_standing_for_the_clause_is_no_speaker(nlp, text):
    found = [q for q in quotes(nlp, text) if "the road was closed" in q["text"]]
    assert found and all(q["speaker"] is None for q in found), found


def test_it_goes_without_saying_reports_nothing_said(nlp):
    text = (
        "Mrs. Clinton has shied away from a sweeping tax overhaul. It goes without saying that "
        "raising taxes on the rich is anathema to Republicans."
    )
    found = [q for q in quotes(nlp, text) if "raising taxes" in q["text"]]
    assert found and all(q["act"] != "speech" for q in found), found


def test_question_asked_by_an_agent_is_the_agents_not_the_one_asked(nlp):
    text = (
        "Asked by reporters whether his job was at risk, McCarthy said: "
        "\u201cIf somebody wants to remove me, bring it.\u201d"
    )
    assert one(nlp, text, "whether his job")["speaker"]["name"] == "reporters"
    assert one(nlp, text, "If somebody")["speaker"]["name"] == "McCarthy"


def test_a_clause_describing_the_noun_before_it_is_no_report(nlp):
    text = (
        "A minister has resigned after it emerged she claimed more than £20,000 in expenses "
        "for a second home she rented to her sister.\n\nShe told reporters in Paris she "
        "would fight on."
    )
    found = [q["text"] for q in quotes(nlp, text)]
    assert "she would fight on" in found, found
    assert "she rented to her sister" not in found


def test_he_who_answers_is_not_the_one_who_asked(nlp):
    text = (
        "Kelly Ortberg told senators the company would change.\n\nAsked by Senator Ted Cruz "
        'whether he would resign, he said: "I am not going to speculate about that."'
    )
    question, answer = one(nlp, text, "whether he"), one(nlp, text, "I am not")
    assert (question["cue"]["text"], question["speaker"]["name"]) == ("Asked", "Ted Cruz")
    assert (answer["speaker"]["mention"]["text"], answer["speaker"]["name"]) == (
        "he",
        "Kelly Ortberg",
    )


def test_a_second_report_hung_inside_the_first_is_a_quote_of_its_own(nlp):
    text = (
        'The British Chambers of Commerce said firms were "crying out" for relief, while the '
        "Federation of Small Businesses warned that many members were struggling."
    )
    first = one(nlp, text, "firms were")
    assert first["text"] == 'firms were "crying out" for relief'
    assert first["speaker"]["name"] == "British Chambers of Commerce"
    second = one(nlp, text, "that many members")
    assert second["speaker"]["name"] == "Federation of Small Businesses"
    assert second["cue"]["text"] == "warned"


def test_two_contents_joined_by_and_that_are_one_report(nlp):
    text = (
        'Roberts said the videos were "inconclusive" and that the footage did not show '
        "whether he had something in his hand."
    )
    q = one(nlp, text, "the videos were")
    assert q["text"].endswith("in his hand")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ford said in documents posted by federal regulators that it knows of 12 crashes.",
            "that it knows of 12 crashes",
        ),
        (
            "Susan Price said in a statement read outside court that her son had been "
            '"the light of our lives".',
            'that her son had been "the light of our lives"',
        ),
        (
            "The company said in a statement that was posted online that customers would be "
            "refunded.",
            "that customers would be refunded",
        ),
    ],
)
def test_what_was_said_in_a_medium_starts_at_its_that(nlp, text, content):
    q = one(nlp, text, "that")
    assert q["text"] == content
    assert q["cue"]["text"] == "said"


def test_a_dateline_is_no_part_of_what_was_said(nlp):
    text = (
        "Ford recalls SUVs\n\n"
        "DETROIT (AP) \u2014 Ford is recalling nearly 500,000 SUVs because brake lines can leak "
        "fluid, the automaker said Friday."
    )
    found = extract(text, nlp)
    q = one(nlp, text, "Ford is recalling")
    assert q["text"].endswith("brake lines can leak fluid")
    assert {e["name"]: e["type"] for e in found["entities"]}["DETROIT"] == "GPE"


@pytest.mark.parametrize("place", ["KYIV, Ukraine", "SEOUL, South Korea"])
def test_a_dateline_with_a_region_is_no_part_of_what_was_said(nlp, place):
    text = (
        "Drones hit depot\n\n"
        f"{place} (AP) \u2014 Drones struck an oil depot inside Russia overnight, a "
        "security official said Sunday."
    )
    assert one(nlp, text, "Drones struck")["text"].endswith("inside Russia overnight")


def test_a_time_after_a_cue_that_ends_its_clause_opens_the_writers_background(nlp):
    text = (
        "North Korea fires missile, Seoul says\n\n"
        "SEOUL, South Korea (AP) \u2014 "
        "North Korea fired a ballistic missile toward the sea off its east coast on Wednesday, "
        "South Korea's military said, days after the country warned of \u201coverwhelming\u201d "
        "responses to joint drills."
    )
    fired = one(nlp, text, "North Korea fired")
    assert fired["text"].endswith("off its east coast on Wednesday")
    assert fired["speaker"]["name"] == "South Korea's military"


def test_a_dateline_with_an_agency_after_its_date_is_no_part_of_what_was_said(nlp):
    text = (
        "Mumbai rains shut schools\n\n"
        "Mumbai, July 8 (PTI) Schools in Mumbai remained shut on Monday after the city received "
        "300 mm of rain, officials said."
    )
    assert one(nlp, text, "Schools in Mumbai")["text"].endswith("received 300 mm of rain")


def test_a_datelines_place_is_no_source_the_tagger_finds(nlp):
    text = (
        "Boeing strike ends as machinists approve contract\n\n"
        "SEATTLE (AP) \u2014 Boeing machinists voted Monday to accept a contract offer and end "
        "their strike after more than seven weeks, clearing the way for the company to restart "
        "production of its best-selling airliner."
    )
    found = extract(text, nlp)["quotes"]
    assert found
    assert all(q["speaker"]["name"] == "Boeing machinists" for q in found), found


def test_capitals_that_are_no_dateline_stay_in_the_content(nlp):
    text = "NATO - the alliance - will grow, the minister said on Monday."
    assert one(nlp, text, "NATO")["text"] == "NATO - the alliance - will grow"


def test_a_dateline_is_no_speaker(nlp):
    text = (
        "Obama opens museum\n\n"
        "WASHINGTON -- President Obama, dedicating the museum on Saturday, said it would tell "
        "an American story."
    )
    q = one(nlp, text, "it would tell")
    assert q["speaker"]["name"] == "Obama"


def test_a_dated_dateline_is_no_part_of_the_speaker_and_its_place_is_a_place(nlp):
    text = (
        "KYIV, Nov 28 (Reuters) - Ukraine's foreign minister accused Moscow on Friday of "
        "deliberately targeting the country's power grid ahead of winter.\n\n"
        "Repairs in Kyiv will take a week, the grid operator said."
    )
    q = one(nlp, text, "Moscow")
    assert q["speaker"]["mention"]["text"] == "Ukraine's foreign minister"
    assert q["text"].endswith("of deliberately targeting the country's power grid ahead of winter")
    types = {e["name"]: e["type"] for e in extract(text, nlp)["entities"]}
    assert types.get("Kyiv") in (None, "GPE")


@pytest.mark.parametrize(
    ("text", "start", "content", "mention", "name"),
    [
        (  # an agency in a dateline parsed into the subject is no speaker
            "Senate votes\n\n"
            "WASHINGTON (AP) \u2014 Senate leaders on Thursday rejected claims that the measure "
            "went too far.",
            "claims that",
            "claims that the measure went too far",
            "Senate leaders",
            "Senate leaders",
        ),
        (  # a charge after the object of a speech verb is reported with it
            "The minister accused Moscow on Friday of deliberately targeting the power grid.",
            "Moscow",
            "Moscow on Friday of deliberately targeting the power grid",
            "The minister",
            "the minister",
        ),
        (  # a scare quote leaves its cue to the report around it
            "According to a statement from the Coalition for App Fairness, the decision was "
            "\u201clong overdue\u201d.",
            "the decision",
            "the decision was \u201clong overdue\u201d",
            "a statement",
            "Coalition for App Fairness",
        ),
        (  # the name right before a cue the parser left without a subject speaks
            "In an interview with The Guardian, the novelist Sarah Waters said she was worried "
            "about the future of libraries.",
            "she was worried",
            "she was worried about the future of libraries",
            "Sarah Waters",
            "Sarah Waters",
        ),
    ],
)
def test_what_was_reported_and_by_whom_where_the_parse_misleads(
    nlp, text, start, content, mention, name
):
    q = one(nlp, text, start)
    assert q["text"] == content
    assert q["speaker"] is not None
    assert (q["speaker"]["mention"]["text"], q["speaker"]["name"]) == (mention, name)


def test_a_call_for_something_hung_inside_another_report_is_its_own(nlp):
    text = (
        "The BDI industry federation said companies were moving investment abroad, while the "
        "head of the DIHK chambers of commerce, Peter Adrian, called for lower taxes."
    )
    assert one(nlp, text, "companies")["text"] == "companies were moving investment abroad"
    q = one(nlp, text, "lower taxes")
    assert (q["cue"]["text"], q["speaker"]["name"]) == ("called", "Peter Adrian")


def test_a_verb_joined_after_a_short_quotation_reports_its_own_words_not_it(nlp):
    text = (
        "Meta called the decision \u201cflawed\u201d and \u201cunjustified\u201d and said it "
        "would appeal."
    )
    found = quotes(nlp, text)
    assert [(q["cue"]["text"], q["text"]) for q in found] == [
        ("called", "the decision \u201cflawed\u201d and \u201cunjustified\u201d"),
        ("said", "it would appeal"),
    ]


def test_words_in_marks_someone_else_used_inside_another_report_are_their_own(nlp):
    text = (
        "Sen. Ted Cruz of Texas said the order would \u201cstifle innovation,\u201d while House "
        "Speaker Mike Johnson called it \u201cgovernment overreach.\u201d Police shouted at him "
        "while officers said he ran away as witnesses shouted at him to stop."
    )
    cruz = one(nlp, text, "the order would")
    assert cruz["text"].endswith("\u201cstifle innovation,\u201d")
    johnson = one(nlp, text, "it \u201cgovernment")
    assert johnson["speaker"]["name"] == "Mike Johnson"
    ran = one(nlp, text, "he ran away")  # no marks: what they shouted stays in the report
    assert ran["text"].endswith("to stop")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Mexico's President Claudia Sheinbaum responded with a letter warning that one "
            "tariff would be followed by another.",
            "Claudia Sheinbaum",
        ),
        ("The ministry issued a statement saying that the border would stay open.", "the ministry"),
    ],
)
def test_a_medium_described_by_a_verb_of_saying_speaks_for_its_writer(nlp, sentence, name):
    q = one(nlp, sentence, "that")
    assert q["speaker"] is not None and q["speaker"]["name"] == name


def test_shooting_back_is_saying(nlp):
    text = (
        "Sutcliffe shot back that Chiarelli had left the city with a light-rail system that "
        '"never worked."\n\n"You can\'t run a city on slogans," Chiarelli shot back.'
    )
    found = [(q["text"][:12], q["speaker"]["name"], q["act"]) for q in quotes(nlp, text)]
    assert found == [
        ("that Chiarel", "Sutcliffe", "speech"),
        ("You can't ru", "Chiarelli", "speech"),
    ]


def test_told_a_name_or_audience_reports_the_clause_the_parser_hung_on_it(nlp):
    text = (
        "Blake, 52, who made his name on television, told the Hull Daily Mail he had dreamed "
        "of the moment for years."
    )
    q = one(nlp, text, "he had dreamed")
    assert (q["cue"]["text"], q["speaker"]["name"]) == ("told", "Blake")
    text = "Premier Danielle Smith told a news conference the province had asked Ottawa for help."
    q = one(nlp, text, "the province")
    assert (q["cue"]["text"], q["speaker"]["name"]) == ("told", "Danielle Smith")
    # the rest of the clause, which the parser hung on "told", is the clause's own
    text = "Its organiser, Gordon Martin, told reporters the firm had cut pay twice in three years."
    assert one(nlp, text, "the firm")["text"] == "the firm had cut pay twice in three years"


def test_a_quotation_after_a_paragraph_ending_in_a_comment_colon_is_its_subjects(nlp):
    text = (
        "PolitiFact treated them differently.\n\n"
        "On July 6, 2015, Sanders made the following comment:\n\n"
        "\u201cFor young people who have graduated high school, the unemployment rate is 33 "
        "percent.\u201d\n\nTrump said so too."
    )
    q = one(nlp, text, "For young people")
    assert (q["kind"], q["speaker"]["name"]) == ("direct", "Sanders")


def test_a_verb_of_saying_joined_to_the_content_speaks_through_the_first_speaker(nlp):
    text = (
        "A Gatwick spokeswoman said the problem had been fixed by mid-afternoon but warned of "
        '"knock-on delays" into Sunday.'
    )
    warned = [q for q in quotes(nlp, text) if q["cue"] and q["cue"]["text"] == "warned"]
    assert len(warned) == 1
    assert warned[0]["speaker"]["name"] == "A Gatwick spokeswoman"
    # the parser hung it on the cue as a second clause
    text = (
        "Stefanie Vogt said she was encouraged by the depth of the breaststroke field but warned "
        "that British swimmers would need to go faster again in Singapore."
    )
    found = [(q["cue"]["text"], q["speaker"]["name"]) for q in quotes(nlp, text)]
    assert found == [("said", "Stefanie Vogt"), ("warned", "Stefanie Vogt")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # the perfect's second verb, though a cue of its own
            "Calloway's says it has reviewed Dunmore's claims and found no evidence to support "
            "them.",
            "it has reviewed Dunmore's claims and found no evidence to support them",
        ),
        (  # the rest of a list, which the parser hung on the cue
            "He said his priorities would be the ferry timetable, the shortage of affordable "
            "homes for young families and the future of Kilbride High School's sixth form.",
            "his priorities would be the ferry timetable, the shortage of affordable homes for "
            "young families and the future of Kilbride High School's sixth form",
        ),
        (  # a condition with its auxiliary first
            "A collector told a Manhattan jury on Wednesday that he would never have bid had he "
            "known the sculpture's ownership history had been invented.",
            "that he would never have bid had he known the sculpture's ownership history had "
            "been invented",
        ),
    ],
)
def test_a_clause_the_parser_broke_up_is_the_whole_content(nlp, text, content):
    assert [q["text"] for q in quotes(nlp, text)] == [content]


def test_the_name_that_ends_a_title_the_parser_took_for_the_subject_speaks(nlp):
    text = (
        "Court of King's Bench Justice Shauna McCarthy said the woman had betrayed the trust of "
        "parents."
    )
    quote = extract(text, nlp)["quotes"][0]
    assert quote["speaker"]["name"] == "Shauna McCarthy"


def test_a_dateline_is_no_part_of_the_content_it_opens(nlp):
    text = (
        "BEIJING — Chinese President Xi Jinping told visiting U.S. Secretary of State Antony "
        'Blinken on Friday that the two countries should be "partners, not rivals," state '
        "media reported.\n\nMr. Xi said China had no intention of challenging the United "
        "States."
    )
    [quote] = [q for q in quotes(nlp, text) if q["speaker"]["name"] == "state media"]
    assert quote["text"].startswith("Chinese President Xi Jinping told")
    assert quote["spans"][0][0] == text.index("Chinese")


def test_a_participle_of_saying_after_a_comma_is_the_sources_next_report(nlp):
    text = (
        "David Perdue said he didn't believe those characterizations did Romney in in 2012, "
        "arguing that it was divisions in the Republican Party that were a bigger hurdle."
    )
    found = {q["text"]: q for q in extract(text, nlp)["quotes"]}
    assert "he didn't believe those characterizations did Romney in in 2012" in found
    argued = found["that it was divisions in the Republican Party that were a bigger hurdle"]
    assert argued["cue"]["text"] == "arguing"
    assert argued["speaker"]["name"] == "David Perdue"


def test_a_participle_hanging_on_the_cue_is_the_writers_not_the_content(nlp):
    text = (
        "The union called Clinton a “champion” for its members, citing her work after the "
        "attacks. A poll found that Trump garnered 30% of the votes, leading the field."
    )
    found = {q["text"]: q for q in extract(text, nlp)["quotes"]}
    assert "Clinton a “champion” for its members" in found
    assert "that Trump garnered 30% of the votes, leading the field" in found


def test_a_second_verb_of_saying_joined_to_the_content_is_the_sources_next_report(nlp):
    text = (
        'China said it was "resolutely opposed" to the test and warned North Korea to refrain '
        "from further actions. Anthony Weiner announced that he was undergoing therapy and "
        "vowed to focus on being a better father. The company said it would hire more workers "
        "and build a new plant."
    )
    found = {q["text"]: q for q in extract(text, nlp)["quotes"]}
    assert found['it was "resolutely opposed" to the test']["speaker"]["name"] == "China"
    assert found["that he was undergoing therapy"]["cue"]["text"] == "announced"
    assert found["to focus on being a better father"]["speaker"]["name"] == "Anthony Weiner"
    assert "it would hire more workers and build a new plant" in found


def test_a_clause_describing_the_according_to_source_is_its_own_report(nlp):
    text = (
        "The merger is off, according to a source close to the talks, who said the banks "
        "could not agree on a price."
    )
    quotes = extract(text, nlp)["quotes"]
    assert [q["text"] for q in quotes] == [
        "The merger is off",
        "the banks could not agree on a price",
    ]
    assert {q["speaker"]["name"] for q in quotes} == {"a source close to the talks"}


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            '"We cannot afford this," she said, adding: "NATO is costing us a fortune."',
            [("We cannot afford this,", "said"), ("NATO is costing us a fortune.", "adding")],
        ),
        (
            '"We cannot afford this," she said. "NATO is costing us a fortune."',
            [("We cannot afford this, … NATO is costing us a fortune.", "said")],
        ),
        (
            '"Subpoenas are not optional," the chairman said after the witness failed to appear '
            'at a hearing he was called to. "He is a crucial witness."',
            [("Subpoenas are not optional, … He is a crucial witness.", "said")],
        ),
    ],
)
def test_a_quote_a_second_cue_introduces_is_a_report_of_its_own(nlp, text, quotes):
    found = extract(text, nlp)["quotes"]
    assert [(q["text"], q["cue"]["text"]) for q in found] == quotes


def test_a_source_the_parser_hung_on_the_content_before_its_verb_speaks_for_all_of_it(nlp):
    text = (
        "Nurses reject offer\n\n"
        "CALGARY — Alberta's registered nurses have voted to reject the province's latest "
        "contract offer, the United Nurses of Alberta says."
    )
    q = one(nlp, text, "Alberta's registered")
    assert q["text"] == (
        "Alberta's registered nurses have voted to reject the province's latest contract offer"
    )
    assert (q["cue"]["text"], q["speaker"]["name"]) == ("says", "United Nurses of Alberta")


def test_a_common_noun_after_the_cue_that_cannot_speak_is_no_speaker(nlp):
    text = (
        "Fed holds rates steady, signals patience on cuts\n\n"
        "The Federal Reserve held interest rates steady on Wednesday."
    )
    speakers = [(q["speaker"] or {}).get("name") for q in quotes(nlp, text)]
    assert not any(name and "patience" in name for name in speakers)
    assert extract("Prices rose, said the official.", nlp)["quotes"][0]["speaker"]["name"] == (
        "the official"
    )


def _said_and_warned(nlp, subject: str):
    """ "The airline said the <subject> would state the times and warned that fares would
    rise.", parsed as the parser may: "warned" joined to the content's verb, not to "said"."""
    from spacy.tokens import Doc

    words = ["The", "airline", "said", "the", subject, "would", "state", "the", "times", "and"]
    words += ["warned", "that", "fares", "would", "rise", "."]
    return Doc(
        nlp.vocab,
        words=words,
        heads=[1, 2, 2, 4, 6, 6, 2, 8, 6, 6, 6, 14, 14, 14, 10, 2],
        deps=["det", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "det", "dobj", "cc"]
        + ["conj", "mark", "nsubj", "aux", "ccomp", "punct"],
        tags=["DT", "NN", "VBD", "DT", "NN", "MD", "VB", "DT", "NNS", "CC", "VBD", "IN", "NNS"]
        + ["MD", "VB", "."],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "CCONJ"]
        + ["VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"],
        lemmas=["the", "airline", "say", "the", subject, "would", "state", "the", "time", "and"]
        + ["warn", "that", "fare", "would", "rise", "."],
        sent_starts=[True] + [False] * 15,
    )


@pytest.mark.parametrize(
    ("subject", "speaker", "first_end"),
    [
        ("notice", "airline", 9),  # a notice warns no one: "warned" is the airline's
        ("company", "company", 15),  # a company could have warned: one report, as parsed
    ],
)
def test_the_cues_own_verb_of_saying_joined_to_a_content_verb_of_saying(
    nlp, subject, speaker, first_end
):
    from workers.extraction.syntax import report_end, subject_of

    doc = _said_and_warned(nlp, subject)
    assert subject_of(doc[10]).text == speaker
    assert report_end(doc[6]) == first_end


def test_a_name_set_off_after_a_description_the_parser_took_for_a_second_subject_speaks(nlp):
    text = (
        "The rancher, Walter Brandt, 72, said outside the courthouse that he had been "
        '"vindicated after eleven years."'
    )
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "Walter Brandt"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lena Marquez: 'I wrote this album in a borrowed kitchen'\n\n"
            "Lena Marquez is sitting cross-legged on a hotel sofa in Lisbon, a mug of tea in her "
            "hands.",
            "I wrote this album in a borrowed kitchen",
        ),
        (
            "The mayor issued the following statement:\n\n"
            "“Our thoughts are with everyone affected by the flooding. We will rebuild.”",
            "Our thoughts are with everyone affected by the flooding. We will rebuild",
        ),
    ],
)
def test_content_keeps_within_a_line(nlp, text, content):
    found = quotes(nlp, text)
    assert [q["text"] for q in found] == [content]
    assert all("\n" not in text[s:e] for q in found for s, e in q["spans"])


def test_the_speaker_of_an_inverted_cue_the_parser_made_the_contents_subject_speaks(nlp):
    text = "Prices, said Anna Smith, an economist at Acme Bank, will keep rising this year."
    (q,) = quotes(nlp, text)
    assert q["text"] == "Prices … will keep rising this year"
    assert q["speaker"]["name"] == "Anna Smith"
    assert q["speaker"]["affiliation"]["name"] == "Acme Bank"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "UN High Commissioner for Refugees Matteo Ferraris said the figures were an "
            'indictment. "We must act," he said.',
            "Matteo Ferraris",
        ),
        (
            "Former Secretary of Defense Leon Panetta said the response had been too slow.",
            "Leon Panetta",
        ),
        (
            "Deputy U.S. Ambassador to the U.N. Robert Wood said the resolution was flawed.",
            "Robert Wood",
        ),
    ],
)
def test_a_name_after_the_field_of_an_office_is_the_person_speaking(nlp, text, name):
    result = extract(text, nlp)
    people = [e["name"] for e in result["entities"] if e["type"] == "PERSON"]
    assert people == [name]
    assert result["quotes"]
    assert all(q["speaker"]["name"] == name for q in result["quotes"])


def test_a_name_opening_a_relative_clause_the_parser_cut_short_speaks(nlp):
    text = (
        "The walk raised £12,000. Dr Owen Price, who joined the group after one of his patients "
        "was referred to the hospice, added that he had lost a toenail and gained thirteen "
        "friends."
    )
    q = one(nlp, text, "that he had lost")
    assert q["speaker"]["name"] == "Owen Price"


def test_what_a_source_said_in_a_report_is_its_quote(nlp):
    text = "The North East Chamber of Commerce warned in a report that costs were rising."
    (q,) = quotes(nlp, text)
    assert q["text"] == "that costs were rising"
    assert q["speaker"]["name"] == "North East Chamber of Commerce"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "At a polling station in South Jakarta, Siti Rahmawati, a 34-year-old teacher, said "
            "she had voted for change.",
            "Siti Rahmawati",
        ),
        (
            "In Kyiv, Olena Petrenko, a nurse, told Reuters the shelling had not stopped for "
            "three nights.",
            "Olena Petrenko",
        ),
    ],
)
def test_a_person_set_off_after_an_opening_place_phrase_speaks(nlp, text, name):
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Apple co-founder Steve Wozniak told reporters the phone was slow.", "Steve Wozniak"),
        (
            'Chelsea co-owner Daniel Kessler said that the club had "a clear plan" for the window.',
            "Daniel Kessler",
        ),
        (
            "The march began at noon.\n\nParents United for Childcare co-founder Dr Leah "
            'Morgenstern told the crowd: "They told us we were too busy to organise."',
            "Leah Morgenstern",
        ),
    ],
)
def test_a_role_joined_by_a_hyphen_before_the_name_leaves_the_name_speaking(nlp, text, name):
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == name


def test_a_report_passed_on_by_an_agency_is_the_inner_speakers(nlp):
    text = (
        'Peskov told reporters that the sanctions were "illegal" and would fail, RIA Novosti '
        "reported."
    )
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "Peskov"
    assert q["text"] == 'that the sanctions were "illegal" and would fail'


def test_who_passed_a_report_on_is_no_part_of_its_content(nlp):
    text = 'The minister said the plan was "dead", state media reported.'
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "the minister"
    assert q["text"] == 'the plan was "dead"'


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Silviya Barrett said at the time that the figures showed a "crisis in rural '
            'connectivity".',
            'that the figures showed a "crisis in rural connectivity"',
        ),
        (
            "Police Chief Ronald Briggs told reporters at the scene that officers had given "
            'protesters "every opportunity" to leave.',
            'that officers had given protesters "every opportunity" to leave',
        ),
    ],
)
def test_when_and_where_a_cue_was_said_is_no_part_of_its_content(nlp, text, content):
    (q,) = quotes(nlp, text)
    assert q["text"] == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The package bans Russian aluminium, according to a statement from the Polish "
            "presidency of the EU Council.",
            "the Polish presidency of the EU Council",
        ),
        (
            "The Taliban's supreme leader, Hibatullah Akhundzada, has ordered officials to "
            'provide "all possible assistance", according to a statement issued in his name.',
            "Hibatullah Akhundzada",
        ),
    ],
)
def test_a_statement_speaks_for_whoever_it_comes_from(nlp, text, name):
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == name


def test_a_staff_credit_is_no_quote(nlp):
    text = (
        "The count will take a week, the commission said.\n\nAssociated Press writers Edna "
        "Tarigan and Niniek Karmini contributed to this report."
    )
    result = extract(text, nlp)
    assert [q["text"] for q in result["quotes"]] == ["The count will take a week"]


def test_a_report_before_a_cue_in_a_statement_and_an_adding_that_is_a_quote(nlp):
    text = (
        "The embassy will remain open to citizens, the department said in a statement, adding "
        'that it was "committed to the people of Niger".'
    )
    found = {q["text"]: q["speaker"]["name"] for q in quotes(nlp, text)}
    assert found == {
        "The embassy will remain open to citizens": "the department",
        'that it was "committed to the people of Niger"': "the department",
    }


def test_a_verb_joined_to_the_cue_in_the_reports_own_tense_goes_on_with_it(nlp):
    text = (
        "The Italian coast guard said it had launched a search operation with two patrol boats "
        "and a plane, but had found no further survivors."
    )
    (q,) = quotes(nlp, text)
    assert q["text"].endswith("but had found no further survivors")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Michal said that his government was working on "all legal options," but declined '
            "to go into detail.",
            'that his government was working on "all legal options,"',
        ),
        (
            'Trump called the host "third-rate" and boycotted one of the debates at which she '
            "was a moderator.",
            'the host "third-rate"',
        ),
    ],
)
def test_what_the_source_went_on_to_do_is_no_part_of_the_quote(nlp, text, content):
    q = one(nlp, text, content[:8])
    assert q["text"] == content


def test_the_writers_note_of_what_was_left_out_is_no_part_of_the_quote(nlp):
    text = (
        "Russia's foreign ministry said in a statement that Moscow reserved the right to "
        "respond, without giving details."
    )
    (q,) = quotes(nlp, text)
    assert q["text"] == "that Moscow reserved the right to respond"


def test_a_headline_quotation_said_again_in_the_body_is_its_speakers(nlp):
    text = (
        "'We are digging with our hands': Afghan quake toll passes 2,000\n\n"
        'Abdul Wahid, a rescuer, said the roads were blocked. "We are digging with our '
        'hands," he said. "There is no machinery."'
    )
    found = quotes(nlp, text)
    headline = found[0]
    assert headline["text"] == "We are digging with our hands"
    assert headline["speaker"]["name"] == "Abdul Wahid"
    assert headline["act"] == "speech"
    assert headline["speaker"]["name"] == found[-1]["speaker"]["name"]


def test_a_name_after_a_title_inside_an_entity_is_the_person_speaking(nlp):
    text = (
        "Morecambe and Lunesdale MP Lizzi Collinge said she had raised the matter with the "
        'health secretary. "Families were told the ward was safe," she said.'
    )
    result = extract(text, nlp)
    people = [e["name"] for e in result["entities"] if e["type"] == "PERSON"]
    assert people == ["Lizzi Collinge"]
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Lizzi Collinge"] * 2


def test_a_name_set_off_after_a_description_with_its_own_description_speaks(nlp):
    text = (
        "Pieter Van Damme said the fund would double.\n\nThe chair of the judges, the novelist "
        'Thomas Greer, called the book "a small miracle of compression and tenderness".'
    )
    q = one(nlp, text, "the book")
    assert q["speaker"]["name"] == "Thomas Greer"


def test_he_after_an_unnamed_grower_is_the_grower_not_the_last_name(nlp):
    text = (
        "Florent Morillon, director of the trade body, said the tariffs would cost jobs.\n\n"
        "One grower, who farms 30 hectares near Jarnac, said he had been told to expect lower "
        'prices. "It is a catastrophe for the whole region," he said.'
    )
    q = one(nlp, text, "It is a catastrophe")
    assert q["speaker"]["name"] == "one grower"
    assert q["speaker"]["entity_id"] is None


def test_a_body_closing_the_sentence_as_the_parser_hung_it_on_a_name_speaks(nlp):
    text = (
        "The Metropolitan Museum of Art has acquired a portrait by Judith Leyster, the museum "
        "announced on Tuesday."
    )
    result = extract(text, nlp)
    (q,) = result["quotes"]
    assert q["text"] == "The Metropolitan Museum of Art has acquired a portrait by Judith Leyster"
    assert q["speaker"]["name"] == "Metropolitan Museum of Art"
    assert {e["name"]: e["type"] for e in result["entities"]}["Judith Leyster"] == "PERSON"


def test_the_name_set_off_after_an_according_to_source_is_the_source(nlp):
    text = (
        "Kiptoo will race the 5,000m at that meeting next month, according to her management "
        "company, Rift Valley Sports."
    )
    (q,) = quotes(nlp, text)
    assert q["text"] == "Kiptoo will race the 5,000m at that meeting next month"
    assert q["speaker"]["name"] == "Rift Valley Sports"


def test_an_according_to_source_closing_joined_clauses_gave_all_of_them(nlp):
    text = (
        "A ferry with 212 people on board ran aground off Naxos on Saturday.\n\nAll passengers "
        "were taken off safely by smaller vessels and no one was hurt, according to the coast "
        "guard."
    )
    (q,) = quotes(nlp, text)
    assert q["text"] == (
        "All passengers were taken off safely by smaller vessels and no one was hurt"
    )
    assert q["speaker"]["name"] == "the coast guard"


def test_joined_clauses_reporting_words_of_their_own_are_no_according_to_sources(nlp):
    text = (
        "Ailes met the candidate that day, as the Times reported on Tuesday, and he will help "
        "prepare him for the debate, according to three people briefed on the talks."
    )
    found = [q for q in quotes(nlp, text) if q["cue"]["text"] == "according to"]
    assert [q["text"] for q in found] == ["he will help prepare him for the debate"]


def test_a_second_that_clause_the_parser_joined_to_the_cue_is_said_too(nlp):
    text = (
        "In an email, a spokeswoman for the commission said it does not comment on individual "
        "files, but that inspections are triggered by complaints from the public."
    )
    (q,) = quotes(nlp, text)
    assert q["text"] == (
        "it does not comment on individual files, but that inspections are triggered by "
        "complaints from the public"
    )


def test_the_writers_own_that_after_a_report_is_no_part_of_it(nlp):
    text = (
        "Many people involved in the talks said that Mr. Clarke had the backing of the bank, "
        "but that wasn't the case."
    )
    (q,) = quotes(nlp, text)
    assert q["text"] == "that Mr. Clarke had the backing of the bank"


def test_an_according_to_source_the_parser_made_the_subject_still_gives_the_clause(nlp):
    text = (
        "The reserve draw is the piece most likely to draw scrutiny from bond rating agencies. "
        "According to Finance Director Howard Pemberton, the withdrawal of $85 million would "
        "still leave the fund above the 8 percent floor set by the city's own fiscal policy, "
        "though only barely."
    )
    (q,) = quotes(nlp, text)
    assert q["text"].startswith("the withdrawal of $85 million would still leave the fund")
    assert q["speaker"]["name"] == "Howard Pemberton"


def test_a_report_set_against_the_content_by_though_is_a_quote_of_its_own(nlp):
    text = (
        "A council spokesperson said it would help Rosa explore other premises, though she says "
        "she is too old to start again."
    )
    assert sorted(q["text"] for q in quotes(nlp, text)) == [
        "it would help Rosa explore other premises",
        "she is too old to start again",
    ]


def test_whoever_was_asked_about_something_said_nothing_yet(nlp):
    text = (
        "In her post-match news conference, Reyes was asked about the crowd, which chanted her "
        "name through the final set."
    )
    result = extract(text, nlp)
    assert result["quotes"], "the question is kept as an attribution"
    assert all(q["speaker"] is None for q in result["quotes"])
    assert not [q for q in result["quotes"] if is_quote(q)]


def test_the_hearer_the_parser_read_as_a_clause_neither_speaks_nor_is_said(nlp):
    text = (
        "The trust's chief executive, Dame Julia Harrington, told BBC Radio Leeds that staff "
        'had "pulled out all the stops" overnight.'
    )
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "Julia Harrington"
    assert q["text"] == 'that staff had "pulled out all the stops" overnight'


def test_a_name_after_a_role_joined_by_a_hyphen_and_a_comma_speaks(nlp):
    text = (
        "Natalia Gomes led the study. Her co-author, Prof. Claudia Suemoto of the University of "
        "Sao Paulo medical school, said she hoped the findings would encourage people to cook."
    )
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "Claudia Suemoto"


def test_an_unnamed_sources_description_leaves_out_why_it_is_unnamed(nlp):
    text = (
        "The launch will slip to 2027, according to two people familiar with the programme who "
        "were not authorised to speak publicly."
    )
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "two people familiar with the programme"


def test_a_headline_quotation_is_whoever_says_it_in_the_body_not_the_headlines_group(nlp):
    text = (
        "'We're tired of waiting': Northern Ontario First Nation marks 10 years under advisory\n\n"
        'The community has boiled its water since 2015. "We\'re tired of waiting," Chief Rodney '
        "Sutherland told CBC News."
    )
    found = quotes(nlp, text)
    assert [q["speaker"]["name"] for q in found] == ["Rodney Sutherland"] * 2


def test_he_after_an_unnamed_office_in_capitals_is_that_office_holder(nlp):
    text = (
        "The seat became vacant when Graham Oakes resigned.\n\nSpeaking in Canberra on Sunday, "
        'the Prime Minister said the result was "a good win in tough circumstances". '
        '"By-elections are always hard for governments," he said.'
    )
    q = one(nlp, text, "By-elections")
    assert q["speaker"]["name"] == "the Prime Minister"


def test_who_after_a_group_of_people_is_the_group(nlp):
    text = (
        "The mine was approved despite objections from a group of traditional owners who say "
        "the project threatens sacred sites."
    )
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "a group of traditional owners"


def test_a_report_before_a_phrase_its_source_described_in_marks_is_a_quote_of_its_own(nlp):
    text = (
        "Brennan said the hospital had been relying on a single physician for up to 72 hours at "
        'a time, a situation she described as "unsustainable."'
    )
    found = {q["text"]: q["speaker"]["name"] for q in quotes(nlp, text)}
    assert (
        found["the hospital had been relying on a single physician for up to 72 hours at a time"]
        == "Brennan"
    )


def test_a_report_before_a_participle_with_a_phrase_in_marks_is_a_quote_of_its_own(nlp):
    text = (
        "Raghunathan said the effect appeared within two weeks of the first dose and held "
        'steady through the end of the study, producing a curve she described as "remarkably '
        'flat."\n\nIt would not interfere with the prefecture’s decision, an official at the '
        "Japan Tourism Agency said, describing lodging taxes as “a matter for each local "
        "authority.”"
    )
    found = {q["text"]: q["speaker"]["name"] for q in quotes(nlp, text) if q["speaker"]}
    said = "the effect appeared within two weeks of the first dose and held steady through"
    assert found[said + " the end of the study"] == "Raghunathan"
    official = "an official at the Japan Tourism Agency"
    assert found["It would not interfere with the prefecture’s decision"] == official


def test_a_request_reports_whom_it_asks_and_what_not_what_they_would_do(nlp):
    text = "The union's chief negotiator, Mark Ellis, urged members to reject the offer."
    (q,) = quotes(nlp, text)
    assert (q["text"], q["speaker"]["name"]) == ("members to reject the offer", "Mark Ellis")
    text = "The senator asked the FAA to explain why the flights were grounded."
    (q,) = quotes(nlp, text)
    assert (q["text"], q["speaker"]["name"]) == (
        "the FAA to explain why the flights were grounded",
        "the senator",
    )


def test_the_means_a_speaker_uses_does_not_speak(nlp):
    text = (
        "The National Rifle Association used the comments to urge people to vote for him. "
        "The mayor took the opportunity to deny that the park would close."
    )
    found = {q["speaker"]["name"] for q in quotes(nlp, text)}
    assert found == {"National Rifle Association", "the mayor"}


def test_the_label_before_a_headlines_colon_neither_speaks_nor_is_said(nlp):
    text = (
        "The Latest: Trump urges supporters to monitor polling places.\n\nWASHINGTON (AP) — "
        "The Latest on the U.S. presidential race (all times EDT):\n\n7 p.m.\n\nDonald Trump "
        "is once again questioning the integrity of the vote."
    )
    q = one(nlp, text, "supporters")
    assert q["speaker"]["name"] == "Donald Trump"
    text = "Live updates: Pope urges leaders to end the war.\n\nThe pope spoke in Rome."
    assert [q["text"] for q in quotes(nlp, text)] == ["leaders to end the war"]


def test_a_body_part_the_parser_made_the_subject_speaks_for_its_owner(nlp):
    text = (
        "Mr. Obama's eyes welled with tears as he spoke of his faith in the American people and "
        "urged voters to transfer their trust to the woman he hopes will succeed him."
    )
    q = one(nlp, text, "voters")
    assert q["speaker"]["name"] == "Obama"


def test_told_an_audience_somewhere_that_a_passive_clause_reports_it(nlp):
    text = (
        "Joseph Amankwah spoke on Monday. He told a press conference in the capital that armed "
        "men had been found among recent arrivals."
    )
    (q,) = quotes(nlp, text)
    assert q["text"] == "that armed men had been found among recent arrivals"
    assert q["speaker"]["name"] == "Joseph Amankwah"


@pytest.mark.parametrize(
    ("told", "content"),
    [
        (  # "that" the object of a verb with a complement ("tested positive")
            "Dr Lena Vasquez told a briefing that samples of the cake had tested positive for "
            "salmonella.",
            "that samples of the cake had tested positive for salmonella",
        ),
        (  # "that" the object of a verb that takes none
            "Lena Vasquez told a midday briefing that the final decision rested with the board.",
            "that the final decision rested with the board",
        ),
        (  # after a place the hearers were, "that" a preposition's object in the passive
            "The company's chief executive, Lena Vasquez, told reporters outside the factory "
            "that every sandwich line had been shut down.",
            "that every sandwich line had been shut down",
        ),
    ],
)
def test_what_an_audience_is_told_in_a_that_clause_read_as_relative_is_reported(nlp, told, content):
    (q,) = quotes(nlp, told)
    assert (q["text"], q["speaker"]["name"]) == (content, "Lena Vasquez")


def test_a_participle_of_saying_hung_on_what_someone_will_continue_to_do_is_the_speakers(nlp):
    text = (
        "Faisal Al-Mansour said the fund would continue to look for co-investors from Asia and "
        'Europe, adding that talks with two hotel groups were "at an advanced stage."'
    )
    added = [q for q in quotes(nlp, text) if q["cue"]["text"] == "adding"]
    assert [q["speaker"]["name"] for q in added] == ["Faisal Al-Mansour"]


def test_an_opening_phrase_read_as_a_subject_and_a_numbered_no_are_no_speakers(nlp):
    text = (
        "18:44 \u2013 Opening for the government, fisheries minister Rt Hon Gareth "
        'Pemberton-Lyle said the bill would "put British boats back at the front of the queue".'
        '\n\n18:50 \u2013 A No 10 source said the whips were "confident but not complacent".'
    )
    assert [q["speaker"]["name"] for q in quotes(nlp, text)] == [
        "Gareth Pemberton-Lyle",
        "A No 10 source",
    ]


def test_students_admitted_to_universities_admit_nothing(nlp):
    text = (
        "Thousands of international students admitted to American universities for the fall "
        "semester are still waiting for visas, university officials and advocacy groups said "
        "Monday, with some institutions warning that enrollment could fall."
    )
    cues = [q["cue"]["text"] for q in quotes(nlp, text)]
    assert "warning" in cues and "admitted" not in cues


def test_a_surname_the_tagger_took_for_an_interjection_speaks(nlp):
    (q,) = quotes(nlp, "Odunaike, however, said the police alone could not secure the forest.")
    assert q["speaker"]["name"] == "Odunaike"


def test_the_subject_set_off_after_an_opening_participle_speaks(nlp):
    text = 'Reacting, the party chairman, John Ede, described the decision as "a missed chance".'
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "John Ede"


def test_a_named_subject_informs_that(nlp):
    (q,) = quotes(nlp, "Mr Rao informed that compensation would be released within 30 days.")
    assert (q["text"], q["speaker"]["name"]) == (
        "that compensation would be released within 30 days",
        "Rao",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In the Commons, the shadow energy secretary, Gareth Penhallow, accused ministers of "
            '"sitting on their hands".',
            "Gareth Penhallow",
        ),
        (
            "Its vice-president for higher education, Kwame Asante, posted on X: "
            '"Students and staff are on the same side here."',
            "Kwame Asante",
        ),
        (
            "The Greens' environment spokeswoman, Senator Hannah Whitlock, called on the "
            "government to halt the project.",
            "Hannah Whitlock",
        ),
    ],
)
def test_a_name_set_off_after_its_role_speaks_when_the_cue_was_read_as_describing(nlp, text, name):
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == name


def test_a_title_in_marks_after_its_kind_of_work_is_no_quote(nlp):
    text = (
        'Anna Berg was born in Oslo. In her 1998 memoir, "Blue Hours," she wrote that she had '
        "hated school."
    )
    assert [q["text"] for q in quotes(nlp, text)] == ["that she had hated school"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            'In a 2023 paper titled "Beyond the Needle: Oral Delivery of Peptide Drugs", Olufemi '
            "Adeyemi-Clarke argued that injections would soon be obsolete.",
            ("that injections would soon be obsolete", "Olufemi Adeyemi-Clarke"),
        ),
        ('Her book about the discovery, "Wings Over the Minch", is published next month.', None),
        (
            "Helen Marchetti lost her mother in 2021. She has written a book about the "
            "experience, 'Nobody Was Listening', which is published next month.",
            None,
        ),
        ('Dr Lena Ruiz is also writing a book, "The Last Cure", due out next spring.', None),
        (
            'Rosa Achterberg plans to finish a book, provisionally titled "What the Fire Left", '
            "about her cases.",
            None,
        ),
        # a work named as what someone judged stays their words
        (
            'Dave Gorab called the show "the conservative news show of record."',
            ('the show "the conservative news show of record."', "Dave Gorab"),
        ),
    ],
)
def test_a_work_written_or_titled_is_no_quote(nlp, text, said):
    found = quotes(nlp, text)
    shown = [(q["text"], (q["speaker"] or {}).get("name")) for q in found if is_quote(q)]
    assert shown == ([] if said is None else [said])


def test_a_closing_cue_the_parser_took_for_a_plural_noun_still_cues(nlp):
    text = 'Kate Mills spoke on Monday. "It is over," Kate Mills states.'
    (q,) = quotes(nlp, text)
    assert (q["text"], q["speaker"]["name"]) == ("It is over,", "Kate Mills")
    text = '"Every word is a fabrication," the lawsuit states. "She knew the stories were false."'
    (q,) = quotes(nlp, text)
    assert q["speaker"]["mention"]["text"] == "the lawsuit"
    assert q["text"].endswith("She knew the stories were false.")


def test_a_quotation_opening_after_a_word_with_a_full_stop_starts_a_sentence(nlp):
    text = (
        "Sheila Parkes, 74, a widow from Wrexham, said she had already turned her heating down "
        'to 16C. "I sit in a coat in the evenings," she told the BBC.'
    )
    found = [(q["kind"], q["text"]) for q in quotes(nlp, text)]
    assert found == [
        ("indirect", "she had already turned her heating down to 16C."),
        ("direct", "I sit in a coat in the evenings,"),
    ]


def test_a_named_speaker_says_what_a_trailing_according_to_gives_the_source_of(nlp):
    (q,) = quotes(nlp, "Mary Byrne said prices would rise, according to the central bank.")
    assert (q["text"], q["speaker"]["name"]) == ("prices would rise", "Mary Byrne")


def test_a_refusal_to_say_more_joined_to_the_report_is_the_writers_note(nlp):
    text = (
        "U.S. climate envoy Rebecca Fonseca said Washington backed a clear signal on fossil "
        "fuels but declined to say whether the United States would support a specific date."
    )
    (q,) = quotes(nlp, text)
    assert q["text"] == "Washington backed a clear signal on fossil fuels"
    (q,) = quotes(nlp, "Ann Lee said the company had grown but declined to expand abroad.")
    assert q["text"] == "the company had grown but declined to expand abroad"


def test_a_name_after_the_kind_of_organisation_ends_an_unnamed_sources_description(nlp):
    text = "Analysts at consultancy Cornwall Insight said they expected the cap to fall in July."
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "Analysts at consultancy Cornwall Insight"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We are sorry," a spokesperson for the airline, Jane Roe, said.', "Jane Roe"),
        (
            "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that "
            "he spoke with Ms. Carter on Tuesday and that the Vermont senator faced a ''test of "
            "leadership'' over his supporters' actions.",
            "Harry Reid",
        ),
    ],
)
def test_a_name_in_an_apposition_set_off_before_the_cue_speaks(nlp, text, name):
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == name


def test_the_head_of_a_body_set_off_with_a_name_is_a_role_not_a_body_part(nlp):
    text = (
        "The Ministry of Education's head of property, Lachlan Brierley, said in a written "
        'response that the project had been "reprioritised" as part of a national review.'
    )
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "Lachlan Brierley"
    assert q["text"].startswith("that the project")


def test_a_role_after_an_of_phrase_before_the_name_is_no_speaker(nlp):
    text = "Board of trustees chair Hemi Tautahi said the school was still waiting."
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "Hemi Tautahi"


def test_two_participles_of_saying_report_apart(nlp):
    text = (
        "Later that day, Trump fired back a response saying he would not support Ryan's agenda "
        "and suggesting that politicians should do what is best for the American people."
    )
    assert [q["text"] for q in quotes(nlp, text)] == [
        "he would not support Ryan's agenda",
        "that politicians should do what is best for the American people",
    ]


def test_a_wish_not_to_be_named_is_no_quote(nlp):
    text = (
        "A senior consultant at the hospital, who did not wish to be named, told the Herald "
        "that patients were waiting for days."
    )
    result = extract(text, nlp)
    assert [q["text"] for q in result["quotes"]] == ["that patients were waiting for days"]


def test_a_headline_that_only_describes_its_speaker_is_whoever_says_it_in_the_body(nlp):
    text = (
        "'We are at breaking point': council warns of four-weekly bin collections\n\n"
        "The leader of the council, Councillor Margaret Aldous, says the authority has no easy "
        "options left.\n\n"
        "'We have cut, we have merged,' she says. 'We are at breaking point, and nobody should "
        "pretend otherwise.'"
    )
    headline = quotes(nlp, text)[0]
    assert headline["text"] == "We are at breaking point"
    assert headline["speaker"]["name"] == "Margaret Aldous"


def test_a_name_after_the_quote_speaks_past_a_plural_possessive_and_the_hearer(nlp):
    text = (
        '"They chose not to," Park Ji-hoon, chairman of the Hanseong Metal Workers\' Union, '
        'told a rally outside the gate. "So from Wednesday, the cranes stop."'
    )
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "Park Ji-hoon"
    assert q["text"].endswith("the cranes stop.")


def test_a_name_apposed_with_a_role_to_its_owner_speaks(nlp):
    text = "Osei-Bonsu's lawyer, Kwame Asante-Darko, said his client was innocent."
    (q,) = quotes(nlp, text)
    assert q["speaker"]["name"] == "Kwame Asante-Darko"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to Daniel Okafor, who tracks wearables for the London-based consultancy "
            "Greyline Insight, the market for smart glasses remains tiny.",
            "the market for smart glasses remains tiny",
        ),
        (
            "According to Mwanaisha Bakari, who chairs the local beach management unit, catches "
            "of rabbitfish and parrotfish fell by half during the heatwave.",
            "catches of rabbitfish and parrotfish fell by half during the heatwave",
        ),
    ],
)
def test_what_follows_a_described_according_to_source_keeps_its_subject(nlp, text, content):
    (q,) = quotes(nlp, text)
    assert q["text"] == content


def test_a_cue_set_off_after_a_clause_the_parser_left_as_a_fragment_reports_it(nlp):
    text = (
        "Chief Financial Officer Rebecca Lindholm was more cautious. Gross margin narrowed by 60 "
        "basis points to 32.4 percent, she told analysts, as the company cut prices."
    )
    (q,) = quotes(nlp, text)
    assert q["text"] == "Gross margin narrowed by 60 basis points to 32.4 percent"
    assert q["speaker"]["name"] == "Rebecca Lindholm"


def test_a_name_joined_to_the_day_before_it_speaks(nlp):
    text = (
        "Senior advocate Prakash Hegde argued the case for the family. On Friday Hegde said he "
        "was studying the judgment."
    )
    q = one(nlp, text, "he was studying")
    assert (q["text"], q["speaker"]["name"]) == ("he was studying the judgment", "Prakash Hegde")


def test_a_name_someone_is_known_by_is_no_quote(nlp):
    text = (
        'The Argentine, known as "La Flaca" back home, has been coached since October by '
        "Íñigo Barrenetxea."
    )
    assert extract(text, nlp)["quotes"] == []


def test_a_name_after_a_quotation_in_the_passive_is_no_speaker(nlp):
    text = (
        'The report concluded that the unit had been "chronically understaffed" on the night '
        "Ms Carstairs was admitted.\n\n"
        'Donald Trump defended his campaign manager as a "very decent man" on Tuesday, hours '
        "after the staffer was charged with battery."
    )
    assert one(nlp, text, "that the unit")["speaker"]["name"] == "the report"
    assert one(nlp, text, "his campaign")["speaker"]["name"] == "Donald Trump"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Abernathy, a former high school principal, told reporters after the vote that he "
            "had offered to resign.",
            "that he had offered to resign",
            "Abernathy",
        ),
        (
            "Judge Evangeline Portis told Ashby before handing down the sentence that she had "
            "read all 43 letters.",
            "that she had read all 43 letters",
            "Evangeline Portis",
        ),
    ],
)
def test_a_that_clause_after_a_phrase_of_time_is_what_was_told(nlp, text, start, name):
    q = one(nlp, text, start)
    assert q["speaker"]["name"] == name


def test_a_that_clause_on_what_the_cue_speaks_of_is_no_report(nlp):
    text = "Trump denied the claims, pointing to high ratings that students gave their courses."
    assert not [q for q in quotes(nlp, text) if q["text"].startswith("that students")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Storm knocks out power to 90,000; utility warns outages could last days\n\n"
            "A powerful storm knocked out power on Tuesday.",
            ["outages could last days"],
        ),
        (
            "County commissioners split over jail budget; sheriff warns of overcrowding\n\n"
            "The commissioners voted 3-2.",
            [],
        ),
    ],
)
def test_a_clause_before_a_semicolon_is_no_report_of_the_cue_after_it(text, kept):
    found = extract(text, load_nlp())["quotes"]
    assert [q["text"] for q in found] == kept


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Augustin Rey-Castellane was born in 1931. By 17 he had moved to the capital, where "
            'he talked his way into the house band by, as he put it in a 1998 interview, "lying '
            'about my age."',
            "lying about my age",
            "Augustin Rey-Castellane",
        ),
        (
            "Augustin Rey-Castellane wrote four novels. They sold, in Rey-Castellane's words, "
            '"to my mother and six hundred kind strangers."',
            "to my mother",
            "Augustin Rey-Castellane",
        ),
        (
            'Odile Marchetti-Fenn is 71. She thinks she has, in her words, "maybe ten good years '
            'left in these hands," and she wants to spend them teaching.',
            "maybe ten good years",
            "Odile Marchetti-Fenn",
        ),
    ],
)
def test_in_their_words_and_as_they_put_it_give_the_quotation_to_its_speaker(
    nlp, text, start, name
):
    q = one(nlp, text, start)
    assert (q["kind"], q["act"], q["speaker"]["name"]) == ("direct", "speech", name)


def test_a_name_set_off_after_an_opening_according_to_is_the_source_not_the_content(nlp):
    text = (
        "According to the Director-General of the agency, Dr. Ibrahim Garba Yusuf, the vaccines "
        "will arrive next week. According to an FBI summary, Cheryl Mills, a top Clinton aide, "
        "sent the employee an email."
    )
    q = one(nlp, text, "the vaccines")
    assert q["speaker"]["name"] == "Ibrahim Garba Yusuf"
    assert one(nlp, text, "Cheryl Mills")["speaker"]["name"] == "FBI"


def test_a_parenthetical_cue_the_parser_read_as_a_relative_clause(nlp):
    """'The reserve, he told trustees at Tuesday's meeting, is …': "told" hung on "reserve"."""
    text = (
        "Peter Lindgren is the board's treasurer. The reserve, he told trustees at Tuesday's "
        "meeting, is largely committed to repairs."
    )
    q = one(nlp, text, "The reserve")
    assert spans_text(text, q) == ["The reserve", "is largely committed to repairs"]
    assert q["speaker"]["name"] == "Peter Lindgren"


def test_that_before_a_time_after_the_medium_opens_no_clause(nlp):
    """'…, she said in a text message that evening': "that evening" is when, not what."""
    text = (
        "Ana Ruiz flew home on Monday. Her suitcase arrived in Boston on a later flight, she "
        "said in a text message that evening."
    )
    q = one(nlp, text, "Her suitcase")
    assert q["speaker"]["name"] == "Ana Ruiz"


def test_adding_an_amount_reports_no_words():
    text = (
        "U.S. employers added just 94,000 jobs in August, in the clearest sign yet that the "
        "labor market is losing steam. Economists added that wages were flat."
    )
    found = extract(text, load_nlp())["quotes"]
    assert [q["text"] for q in found] == ["that wages were flat"]


def test_an_unmarked_block_after_its_speakers_introduction_is_their_quote(nlp):
    text = (
        "The council met on Monday to discuss the bridge.\n\n"
        "Mayor Jane Ortiz added:\n\n"
        "And from a council that promised a bridge, this is a disgrace. We will not wait.\n"
        "Not another year.\n\n"
        "The vote is on Friday."
    )
    q = one(nlp, text, "And from a council")
    assert q["speaker"]["name"] == "Jane Ortiz" and is_quote(q)
    assert spans_text(text, q)[-1] == "Not another year."
    assert not [q for q in quotes(nlp, text) if "Friday" in q["text"]]


def test_a_paragraph_ending_in_a_colon_that_is_no_introduction_hands_over_no_quote(nlp):
    text = (
        "Mayor Jane Ortiz said the bridge had three problems:\n\n"
        "The steel is late and the budget is spent.\n\n"
        "Here are the council's figures:\n\n"
        "The bridge will cost 40 million dollars."
    )
    assert not [q for q in quotes(nlp, text) if q["text"].startswith(("The steel", "The bridge"))]


def test_a_that_clause_the_parser_hung_on_the_place_after_the_hearer_is_reported(nlp):
    text = (
        "The company's lawyer, Maximilian von Ebersberg, told reporters outside the courthouse "
        "that it had already spent more than 10 million euros."
    )
    q = one(nlp, text, "that it had already spent")
    assert q["speaker"]["name"] == "Maximilian von Ebersberg"


def test_a_report_ending_in_a_quoted_purpose_is_one_mixed_quote(nlp):
    text = (
        "MP Sothilingam Arulnathan charged that successive governments had ignored the "
        "livelihood of Tamil fishermen to maintain 'good relations with New Delhi'."
    )
    [quote] = quotes(nlp, text)
    assert quote["kind"] == "mixed" and quote["text"].startswith("that successive governments")
    assert quote["speaker"]["name"] == "Sothilingam Arulnathan"


def test_a_programme_title_after_a_broadcasters_possessive_is_no_quote(nlp):
    text = (
        "Appearing Wednesday on Fox News Channel's \u201cHannity,\u201d Newt Gingrich said "
        "that a Trump-Gingrich ticket would be a \u201ctwo-pirate ticket.\u201d"
    )
    found = quotes(nlp, text)
    assert [q["text"] for q in found] == [
        "that a Trump-Gingrich ticket would be a \u201ctwo-pirate ticket.\u201d"
    ]
    assert found[0]["speaker"]["name"] == "Newt Gingrich"


def test_a_name_set_off_after_a_role_speaks_when_read_as_a_second_subject(nlp):
    text = (
        'Yusuf-Gwarzo accused "some powerful people in Abuja" of trying to destabilise the state, '
        "but did not name them.\n\n"
        "Counsel to the deposed emir, Barrister Abdulrazaq Olatunji Ahmed (SAN), argued before "
        "the court that the state government had acted in contempt of an earlier order."
    )
    speaker = one(nlp, text, "that the state")["speaker"]
    assert speaker["name"] == "Abdulrazaq Olatunji Ahmed"


def test_the_holder_set_off_after_an_office_ending_in_a_place_speaks(nlp):
    text = (
        '"The Arctic is no longer a quiet corner of the map," NATO\'s Supreme Allied Commander '
        "Europe, Gen. Christopher Dunleavy, told reporters at the air station."
    )
    assert one(nlp, text, "The Arctic")["speaker"]["name"] == "Christopher Dunleavy"


def test_a_he_overrules_a_womans_name_recorded_only_abroad(nlp):
    text = (
        "The presiding judge, Justice Mohammed Liman Dogo-Abubakar, adjourned the matter.\n\n"
        "Speaking to journalists outside the court, the Kano State Attorney-General, Barrister "
        "Haruna Isa Dederi-Kura, said the state was confident of victory.\n\n"
        '"The Federal High Court does not even have jurisdiction over chieftaincy matters," he '
        "said."
    )
    assert one(nlp, text, "The Federal")["speaker"]["name"] == "Haruna Isa Dederi-Kura"


def test_an_unnamed_source_keeps_the_body_it_is_at(nlp):
    text = (
        "A source at the Ministry of Finance and Development Planning said the money had not "
        "been released."
    )
    speaker = one(nlp, text, "the money")["speaker"]
    assert speaker["name"] == "a source at the Ministry of Finance and Development Planning"


def test_a_source_closing_the_sentence_speaks_for_all_that_comes_before(nlp):
    text = (
        "WASHINGTON — Seven U.S. service members were wounded, two of them seriously, when a "
        "one-way attack drone struck a base in eastern Syria on Saturday, U.S. Central Command "
        "said."
    )
    quote = one(nlp, text, "Seven U.S. service members")
    assert quote["speaker"]["name"] == "U.S. Central Command"
    assert quote["text"].endswith("on Saturday")


def test_a_nationality_with_a_capitalised_word_before_it_is_no_office(nlp):
    text = (
        "Hibs head coach Niall Corrigan was incensed.\n\n"
        "\"I've watched it ten times now and I still can't see a penalty,\" Corrigan told Sky "
        "Sports.\n\n"
        "The Northern Irishman said he had no issue with the referee himself."
    )
    assert one(nlp, text, "he had no issue")["speaker"]["name"] == "Niall Corrigan"


def test_a_body_in_capitals_keeps_what_it_is_of(nlp):
    text = "The General Staff of the Armed Forces of Ukraine said the attack had been repelled."
    speaker = one(nlp, text, "the attack")["speaker"]
    assert speaker["name"] == "The General Staff of the Armed Forces of Ukraine"


def test_a_group_calling_itself_by_a_name_is_that_organisation(nlp):
    text = (
        "A group calling itself the Islamic Resistance in Iraq claimed responsibility for the "
        "attack, saying it had targeted the base."
    )
    assert one(nlp, text, "it had targeted")["speaker"]["name"] == "Islamic Resistance"


def test_a_group_counted_as_several_is_more_than_the_one_member_it_names(nlp):
    text = (
        "Several younger artists, including Zinny, later said they agreed with him. They called "
        "the prize a turning point."
    )
    assert one(nlp, text, "they agreed")["speaker"]["name"] == "several younger artists"
    assert one(nlp, text, "the prize")["speaker"]["name"] == "several younger artists"


def test_who_was_warned_is_part_of_the_warning(nlp):
    text = "The judge warned parties against making inflammatory statements."
    assert one(nlp, text, "parties")["text"] == "parties against making inflammatory statements"


def test_a_lede_description_is_the_name_the_parser_hung_on_the_next_opening(nlp):
    text = (
        "PIETERMARITZBURG - The former chief financial officer of uMngeni Local "
        "Municipality told the Specialised Commercial Crimes Court on Wednesday that "
        "she was ordered to pay R38 million to a security company that had never "
        "guarded a single municipal building.\n\n"
        "Testifying for the State in the corruption trial of former municipal manager "
        "Siyabonga Mlungisi Ntshona, Lungile Precious Zulu said she had raised the "
        "alarm three times before the payments were made.\n\n"
        "Ntshona, 52, faces 14 counts of fraud, corruption and money laundering. He "
        "has pleaded not guilty to all charges. His co-accused, businessman Themba "
        "Lucky Gcaba, the sole director of Khuselo Protection Services, has also "
        "pleaded not guilty.\n\n"
        'Zulu replied that she had been "terrified of losing my job" and that two '
        "colleagues who had questioned the contract had been suspended within weeks."
    )
    assert one(nlp, text, "that she was ordered")["speaker"]["name"] == "Lungile Precious Zulu"


def test_an_unnamed_source_keeps_a_longer_description_of_who_they_are(nlp):
    text = (
        "A person familiar with the company's negotiations with the county, who was not "
        "authorized to speak publicly, said the deal was close."
    )
    speaker = one(nlp, text, "the deal")["speaker"]
    assert speaker["name"] == "a person familiar with the company's negotiations with the county"


def test_an_organisation_the_ner_took_for_a_nationality_is_no_description(nlp):
    text = (
        'Nora Back-Hoffmann, the head of the OGBL union, said wages had "not kept pace".\n\n'
        "According to the statistics office Statec, the number of cross-border workers has grown "
        "by nearly a quarter over the past ten years."
    )
    assert one(nlp, text, "the number of")["speaker"]["name"] == "Statec"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        # the parser took "that" for the object of a verb that has one, or of "be"
        (
            "Police reopened the case on Monday.\n\nRCMP said at the time of the crash that "
            "officers had found open containers of alcohol in the truck.",
            "that officers had found",
            "RCMP",
        ),
        (
            "Arrivals from Libya rose again.\n\nGovernment spokesman Pavlos Karamanolis said "
            "during the daily press briefing that Athens was in contact with the authorities in "
            "Benghazi.",
            "that Athens was",
            "Pavlos Karamanolis",
        ),
    ],
    ids=["that-beside-an-object", "that-before-be"],
)
def test_a_that_clause_read_as_a_phrases_relative_clause_is_reported(nlp, text, start, name):
    q = one(nlp, text, start)
    assert (q["kind"], q["act"], q["speaker"]["name"]) == ("indirect", "speech", name)


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        pytest.param(
            '"Ours is the best bakery in Toledo," Maria Kowalski said.\n\nPiotr Kowalski '
            "disagreed. \"I'm the taste tester. It's different.\"",
            "I'm the taste tester",
            "Piotr Kowalski",
            id="a-second-person-answers",
        ),
        pytest.param(
            '"That is total propaganda," Carson replied.\n\nThe moderator, Carl Quintanilla, '
            'seemed taken aback. "Does that not speak to your judgment?"',
            "Does that not speak",
            "Carl Quintanilla",
            id="the-subjects-name-in-apposition",
        ),
        pytest.param(
            '"We will keep going," Tom Clarke said.\n\nHis former partner at Lenox, Larry '
            'Cummings, called him a master of deals. "He showed again and again an ability to '
            'close them."',
            "He showed again",
            "Larry Cummings",
            id="a-name-after-the-subjects-organisation",
        ),
    ],
)
def test_a_cueless_quote_after_a_sentence_opening_its_paragraph_is_its_subjects(
    nlp, text, start, name
):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_a_so_called_word_in_marks_is_no_quotation_and_called_no_cue(nlp):
    text = (
        "Tracy Mok Sze-wan, a spokeswoman for the Concern Group on Subdivided Flats, said many "
        'tenants living in so-called "coffin homes" were afraid to report hazards.\n\n'
        'Months later the United States was giving weapons to the so-called "rebels" that '
        "would later reach other groups."
    )
    found = quotes(nlp, text)
    assert [q["text"] for q in found if "rebels" in q["text"]] == []
    said = one(nlp, text, "many tenants")
    assert (said["speaker"]["name"], said["cue"]["text"]) == ("Tracy Mok Sze-wan", "said")


def test_a_name_after_the_cue_that_opens_what_is_said_is_not_the_speaker(nlp):
    text = (
        "At a regular news conference in Taipei, MAC Deputy Minister and spokesman Chiu "
        'Chen-hao (邱振豪) said China had "no jurisdiction whatsoever" over citizens of Taiwan.'
    )
    assert one(nlp, text, "China had")["speaker"]["name"] == "Chiu Chen-hao"


def test_what_a_group_calls_something_is_a_label_and_no_quotation(nlp):
    text = (
        "Outside the conference centre, several hundred young protesters are carrying placards "
        'about what campaigners call the "climate debt" owed by industrialised nations.\n\n'
        "Here, cleared land is still being turned into pasture for what investigators call "
        '"boi pirata" – pirate cattle, raised on embargoed land and then "laundered" through '
        "legal ranches."
    )
    assert quotes(nlp, text) == []


def test_hearsay_said_to_be_names_no_speaker(nlp):
    text = (
        "Tiaguinho now has 17 league goals this season. Sporting hope to tie him to a new "
        "contract before the end of the season, with several Premier League clubs said to be "
        "monitoring him."
    )
    found = [q for q in quotes(nlp, text) if "monitoring" in q["text"]]
    assert found and all(q["speaker"] is None for q in found)


def test_a_quotation_after_with_and_a_speakers_participle_is_that_speakers(nlp):
    text = (
        "Coastline Retail Group has posted a 9 per cent fall in full-year net profit to $1.02 "
        'billion, with chief executive Sarah Whitlock conceding the supermarket giant had "lost '
        'the trust of some customers" during a year of scrutiny.'
    )
    said = one(nlp, text, "the supermarket giant")
    assert (said["speaker"]["name"], said["cue"]["text"]) == ("Sarah Whitlock", "conceding")


def test_a_statement_with_no_owner_is_the_subjects_and_what_it_gives_is_said(nlp):
    text = (
        "Harbor & Pine Inc. cut its outlook on Tuesday.\n\nThe home-furnishings retailer now "
        "expects comparable sales to fall 4% to 6% in the fiscal year, according to a "
        "statement Tuesday."
    )
    said = one(nlp, text, "comparable sales")
    assert (said["speaker"]["name"], said["act"]) == ("Harbor & Pine Inc.", "speech")


def test_an_untagged_first_name_opening_the_paragraph_speaks_the_quotation_after_it(nlp):
    text = (
        'Back in the kitchen, Tomasz Kowalski pulls a tray.\n\n"Good," he said. "Today, it\'s '
        'good."\n\nAna rolled her eyes from the doorway. "He says that every day."'
    )
    said = one(nlp, text, "He says that")
    assert said["speaker"]["mention"]["text"] == "Ana"


def test_told_an_inquest_or_a_court_a_clause_with_no_that(nlp):
    text = (
        "Paramedic Lewis Tweddle, who took Mr Armstrong to hospital, told the inquest he had "
        "flagged possible sepsis in his handover notes."
    )
    found = [q for q in extract(text, nlp)["quotes"] if q["text"].startswith("he had flagged")]
    assert len(found) == 1
    assert found[0]["speaker"]["name"] == "Lewis Tweddle"


def test_a_word_labelling_its_line_before_a_colon_is_no_cue(nlp):
    text = (
        "Fact check: Are most knife attacks committed by foreigners?\n\n"
        'Claim: "Seven out of ten knife attacks in this country are committed by people without '
        'a German passport." Hans-Joachim Freiherr von Wedemeyer, a member of the Saxon state '
        "parliament, said in a video posted to TikTok on March 3.\n\nVerdict: False."
    )
    found = [q for q in extract(text, nlp)["quotes"] if q["text"].startswith("Seven out")]
    assert len(found) == 1
    assert found[0]["cue"]["text"] == "said"
    assert found[0]["speaker"]["name"] == "Hans-Joachim Freiherr von Wedemeyer"


def test_a_closing_cue_the_parser_joined_to_what_it_reports_with_no_conjunction(nlp):
    text = (
        "State-owned energy group Eesti Energia will close two of its oil shale-fired units at "
        "the Narva power plants two years ahead of schedule, Minister of Climate Kristjan Tamm "
        "announced on Tuesday."
    )
    found = [q for q in extract(text, nlp)["quotes"] if q["text"].startswith("State-owned")]
    assert len(found) == 1
    assert found[0]["speaker"]["name"] == "Kristjan Tamm"
    assert found[0]["text"].endswith("ahead of schedule")


def test_a_datelines_place_with_hyphens_is_no_part_of_what_was_said(nlp):
    text = (
        "PORT-AU-PRINCE, Haiti (AP) — Gang members set fire to dozens of homes in the Haitian "
        "capital on Monday, witnesses and local officials said Tuesday."
    )
    found = [q for q in extract(text, nlp)["quotes"] if "set fire" in q["text"]]
    assert len(found) == 1
    assert found[0]["text"].startswith("Gang members set fire")


def test_a_quotation_opening_after_a_word_stays_in_its_sentence_for_the_verb_after_it(nlp):
    text = (
        "Sales of the cookbook tripled.\n\nWriting in a local food newsletter last spring, the "
        "critic Marcus Feld called the restaurant's tongue tacos \"the best thing I ate in "
        'Brooklyn all year" and said the dining room had "the warmth of a place that knows '
        'exactly what it is."\n\nThe restaurant opens at noon.'
    )
    found = quotes(nlp, text)
    said = [q for q in found if q["cue"]["text"] in ("called", "said")]
    assert [q["cue"]["text"] for q in said] == ["called", "said"], found
    assert all(q["speaker"]["name"] == "Marcus Feld" for q in said), found


def test_what_a_relative_clause_on_the_speaker_says_they_did_is_no_quote(nlp):
    text = (
        "Oakley, who voted no, said after the meeting that he believed the town should look "
        "harder at the budget."
    )
    found = quotes(nlp, text)
    assert [q["text"] for q in found] == [
        "that he believed the town should look harder at the budget"
    ], found
    assert found[0]["speaker"]["name"] == "Oakley"


def test_a_role_turned_into_another_before_the_name_is_no_reported_clause(nlp):
    text = (
        "Former Springbok lock turned SuperSport analyst Morné Visagie said on the channel's "
        "Saturday show that the depth chart at lock was healthier than it had been in a decade."
    )
    found = quotes(nlp, text)
    assert not any(q["text"].startswith("Former") for q in found), found
    assert [q["speaker"]["name"] for q in found] == ["Morné Visagie"], found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Critics said at the time that many of the plants merely bolted together kits "
            "imported almost fully assembled.",
            "that many of the plants merely bolted together kits imported almost fully assembled",
        ),
        (
            "Okmulgee County Emergency Management Director Darlene Whitfield told reporters at "
            "a Wednesday morning briefing that search teams had gone door to door.",
            "that search teams had gone door to door",
        ),
    ],
)
def test_a_that_clause_after_a_phrase_of_time_or_place_is_what_was_said(nlp, text, content):
    found = quotes(nlp, text)
    assert [q["text"] for q in found] == [content], found


def test_a_sections_label_before_a_headlines_colon_is_no_speaker(nlp):
    text = (
        "Tennis: Argentina stun hosts Italy to reach Davis Cup semi-finals\n\n"
        "Argentina won 2-1 on Sunday, captain Diego Ferrer said."
    )
    found = quotes(nlp, text)
    assert not any(q["text"].startswith("Argentina stun") for q in found), found
    assert [q["speaker"]["name"] for q in found] == ["Diego Ferrer"], found


def test_what_someone_is_advised_to_do_is_reported_like_what_they_are_urged_to(nlp):
    found = quotes(nlp, "The Italian Embassy advised its citizens to stay indoors.")
    assert [(q["text"], q["speaker"]["name"], q["act"]) for q in found] == [
        ("its citizens to stay indoors", "Italian Embassy", "speech")
    ], found


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            'FeedForward UK has named Bernadette Oyelaran as its chief executive. "Food banks '
            'should not be a permanent part of British life," she said. "My job is to make them '
            'less necessary, not bigger." The outgoing chief executive, Ian Calloway, announced '
            "his retirement in October.",
            "My job",
            "Bernadette Oyelaran",
        ),
        (
            '"Did you know it was Mussolini?" Todd asked Trump on Sunday.',
            "Did you",
            "Todd",
        ),
    ],
)
def test_a_quoted_sentence_is_not_given_to_the_next_sentences_report_of_a_thing(
    nlp, text, start, speaker
):
    assert one(nlp, text, start)["speaker"]["name"] == speaker


def test_a_cue_with_its_hearer_set_off_inside_the_sentence_reports_the_words_around_it(nlp):
    text = (
        "Tomas Herrera, a structural engineer, says the gap is narrowing. Prefabricated "
        "rammed-earth panels, he told me, can now be produced at a cost comparable to concrete "
        "block."
    )
    found = one(nlp, text, "Prefabricated")
    assert found["speaker"]["name"] == "Tomas Herrera"
    assert spans_text(text, found) == [
        "Prefabricated rammed-earth panels",
        "can now be produced at a cost comparable to concrete block",
    ]


def test_a_live_blogs_name_and_topic_before_a_colon_label_the_quotation(nlp):
    text = (
        "Live: Yerevan Open, final round\n\n"
        "16:02 – Levon Grigoryan has sacrificed a rook on move 23 against Anish Mehta.\n\n"
        '16:15 – Grigoryan on the sacrifice: "This is either brilliant or it is suicide. I '
        'honestly cannot tell yet, and I suspect neither can he."\n\n'
        "16:40 – Mehta declines the offer."
    )
    assert one(nlp, text, "This is either")["speaker"]["name"] == "Levon Grigoryan"


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("10.21pm: Okoro in the ring with the microphone:", "Jasmine Okoro"),
        ("11.55pm – An emotional Okoro in the ring:", "Jasmine Okoro"),
        ("11:58 – Former champion and pundit Marta Keller on the result:", "Marta Keller"),
    ],
)
def test_a_live_blogs_time_description_name_and_place_before_a_colon_label_the_quotation(
    nlp, label, speaker
):
    text = (
        "Live: Fight night in Miami\n\n"
        "10.05pm – Jasmine Okoro beat Rafael Santos on points in the main event.\n\n"
        f'{label} "I told everyone. Nobody listened. Give me the belt next!"\n\n'
        "12.10am – That is all from us tonight."
    )
    assert one(nlp, text, "I told everyone")["speaker"]["name"] == speaker


def test_what_the_subject_was_told_in_the_passive_is_not_given_to_the_subject(nlp):
    text = (
        "One employee told investigators that she had raised concerns and was told to "
        '"keep the queue moving".'
    )
    assert one(nlp, text, 'to "keep')["speaker"] is None


def test_who_did_something_first_then_adds_is_the_speaker(nlp):
    text = (
        "The rehearsal studio at Dance City in Newcastle is cold enough that the dancers keep "
        "their coats on between runs. Aoife Brennock, perched on a plastic chair with a flask of "
        "tea, does not seem to notice.\n\n"
        '"I make dances about bodies that are tired," she says.\n\n'
        "She pauses to watch a dancer repeat a phrase, then adds: \"There's a kind of grace in "
        'that which nobody ever puts on a stage."'
    )
    assert one(nlp, text, "There's a kind")["speaker"]["name"] == "Aoife Brennock"


def test_a_quotation_after_a_name_and_a_verb_read_as_a_plural_noun_is_that_persons(nlp):
    text = (
        "Craig Donnelly, the syndicate boss, called the design reckless. Anna Whitlock is the "
        "team principal.\n\n"
        'Asked about that, Whitlock laughs. "Craig is entitled to his view. We will see who is '
        'right in Naples."'
    )
    assert one(nlp, text, "Craig is entitled")["speaker"]["name"] == "Anna Whitlock"


def test_a_quotation_ending_its_paragraph_continues_the_one_persons_report_earlier_in_it(nlp):
    text = (
        "Claire Whitfield runs the shop.\n\n"
        "Today, she says, the curiosity is extraordinary. Customers ask about skin contact, about "
        'vineyard practices, about who made the wine. "Australians drink with their eyes open '
        'now. They want a story, but they also want the story to be true."'
    )
    assert one(nlp, text, "Australians drink")["speaker"]["name"] == "Claire Whitfield"


def test_a_cue_with_a_hearer_of_several_words_set_off_inside_the_sentence(nlp):
    text = (
        "Owen MacIsaac chairs the parents' council. What he wanted, he told the board, was "
        "simple: one full-time guidance counsellor for every 250 students. Ahead of the debate, "
        "Clinton highlighted endorsements from black leaders, like Eric Holder, in her speech."
    )
    assert one(nlp, text, "What he wanted")["speaker"]["name"] == "Owen MacIsaac"
    assert not [q for q in quotes(nlp, text) if q["text"].startswith("Ahead of")]


def test_a_quotation_a_report_took_in_is_no_quotation_of_the_next_sentences_cue():
    text = (
        'A spokesman for the promoter said the champion "stands by every word" and was '
        '"looking forward to closing the chapter." Whitfield himself declined to comment.'
    )
    found = extract(text, load_nlp())
    marked = [(q["kind"], q["cue"]["text"]) for q in found["quotes"] if "chapter" in q["text"]]
    assert marked == [("mixed", "said")], found["quotes"]


def test_a_heading_before_a_colon_is_not_the_subject_after_it(nlp):
    text = (
        "20:15 – Interval chatter: our critic, Helena Brandt, says the writing for the soprano "
        "role is fiendishly difficult."
    )
    assert one(nlp, text, "the writing")["speaker"]["name"] == "Helena Brandt"


@pytest.mark.parametrize(
    ("text", "speaker", "starts"),
    [
        (
            "Walter Brennan left school at 15. By his own account, he joined the union "
            '"for the free calendar" and stayed because of an accident.',
            "Walter Brennan",
            "he joined the union",
        ),
        (
            "By her own account, Marta Keller has never missed a home match in thirty years.",
            "Marta Keller",
            "Marta Keller has never",
        ),
        (
            "Ruth Kemp chaired the talks. By Kemp's account, the meeting lasted ten minutes.",
            "Ruth Kemp",
            "the meeting lasted",
        ),
    ],
)
def test_by_their_own_account_gives_the_clause_as_their_words(nlp, text, speaker, starts):
    found = one(nlp, text, starts)
    assert found["speaker"]["name"] == speaker
    assert found["act"] == "speech" and found["cue"]["text"].startswith("By ")


def test_a_closing_cue_whose_source_the_parser_hung_on_the_noun_before_reports_the_sentence(nlp):
    text = (
        "Investigators have found that worn brakes on a tanker lorry caused the crash on the "
        "Linden Pass in November that killed two people, the Transport Accident Investigation "
        "Board (TAIB) said on Thursday."
    )
    found = one(nlp, text, "Investigators have found")
    assert found["speaker"]["name"] == "Transport Accident Investigation Board"
    assert found["act"] == "speech" and found["text"].endswith("killed two people")


def test_a_live_blogs_statement_from_a_body_labels_the_quotation_after_it(nlp):
    text = (
        "LIVE: Court rules on drivers\n\n"
        "10:02 – The Supreme Court has ruled that Swiftcar drivers are workers.\n\n"
        '10:40 Statement from Swiftcar, via a spokesperson: "We are disappointed with '
        "today's decision and will study the judgment carefully.\""
    )
    found = one(nlp, text, "We are disappointed")
    assert found["speaker"]["name"] == "Swiftcar" and found["kind"] == "direct"


def test_an_inverted_cue_after_a_clause_read_as_its_subject_reports_the_clause(nlp):
    text = (
        "Gig companies insist their drivers are independent. That distinction matters, said "
        "Professor Linnea Haugland, a labour economist at Nordvik University."
    )
    found = one(nlp, text, "That distinction")
    assert found["speaker"]["name"] == "Linnea Haugland"
    assert found["text"] == "That distinction matters" and not found["topic"]


def test_a_name_inside_the_quotes_own_content_is_not_the_name_beside_its_cue(nlp):
    text = 'One Republican called Trump a "blowhard," and another said he was dangerous.'
    found = one(nlp, text, "Trump a")
    assert found["speaker"]["name"].endswith("Republican"), found["speaker"]


def test_a_name_before_where_they_work_and_a_misread_aside_is_the_speaker(nlp):
    text = (
        "Economists are cautious. Professor Amara Iwuchukwu of Ohio State University, who "
        "co-authored a study of library e-book spending, said the evidence that lending hurt "
        'sales was "thin at best".'
    )
    found = one(nlp, text, "the evidence")
    assert found["speaker"]["name"] == "Amara Iwuchukwu"


def test_a_cue_set_off_by_commas_that_the_parser_read_as_a_noun_reports_its_sentence(nlp):
    text = (
        "Ministers say the new system will cut waiting times. That, pharmacists counter, is a "
        "technology problem rather than a staffing one."
    )
    found = one(nlp, text, "That")
    assert found["speaker"]["name"] == "pharmacists" and not found["topic"]
    assert found["text"].startswith("That") and found["text"].endswith("a staffing one")


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Crews searched all night.\n\n10:12\nLifeboat crews reached the woman.\n\n10:40\n"
            'Nadia Haddad, the Senedd member for the area, posted on Facebook: "Thank you to '
            'every single person out there this morning. Praying for good news."',
            "Thank you",
            "Nadia Haddad",
        ),
        (
            "I learned young.\n\nMy first boss, a man called Terry Albright who ran the "
            "lifeguard hut at Bramley for thirty years, used to say: \"The sea doesn't care how "
            'good a swimmer you are." I think about that every single day.',
            "The sea",
            "Terry Albright",
        ),
    ],
)
def test_a_cue_the_parser_made_describe_the_noun_before_it_has_that_noun_for_its_speaker(
    nlp, text, start, name
):
    (q,) = [q for q in quotes(nlp, text) if q["text"].startswith(start)]
    assert q["speaker"]["name"] == name


@pytest.mark.parametrize("verb", ["bellows", "barks", "hollers", "growls"])
def test_a_loud_verb_of_speaking_is_a_cue(nlp, verb):
    text = (
        "It is 6.15am in the park, and Kwame Asante-Boateng is shouting. Nobody seems to mind."
        f'\n\n"Two more! You\'ve got two more in you!" he {verb} at a woman on a park bench.'
    )
    (q,) = [q for q in quotes(nlp, text) if q["text"].startswith("Two more")]
    assert (q["cue"]["text"], q["speaker"]["name"]) == (verb, "Kwame Asante-Boateng")


def test_a_quotation_after_a_colon_is_the_main_verbs_not_a_time_clauses(nlp):
    text = (
        "The Gulls traded Chidi Okafor on Tuesday.\n\nThe quarterback posted a short message "
        "on X shortly after the deal was announced: “San Antonio, thank you for six "
        "unforgettable years. Columbus, let’s go to work.”\n\nThe rink was announced as the "
        "venue on Monday."
    )
    q = one(nlp, text, "San Antonio")
    assert (q["kind"], q["speaker"]["name"], q["cue"]["text"]) == (
        "direct",
        "Chidi Okafor",
        "posted",
    )
    assert not [x for x in quotes(nlp, text) if is_quote(x) and "deal" in x["text"]]


def test_a_quotation_after_a_colon_past_a_participle_on_the_medium_is_direct(nlp):
    text = (
        "A boy died in a crash.\n\nHis mother, Sarah Whitaker, said in a statement released "
        'through police: "Jack was the light of our lives. We are heartbroken."'
    )
    q = one(nlp, text, "Jack was")
    assert (q["kind"], q["speaker"]["name"], q["text"]) == (
        "direct",
        "Sarah Whitaker",
        "Jack was the light of our lives. We are heartbroken.",
    )


def test_a_verb_of_saying_hung_on_a_time_clause_of_the_content_is_the_cues_speakers(nlp):
    text = (
        "Dr. Hyun-woo Baek, who led the study, said the data were clear. He noted that the rise "
        "in injuries had begun before the rules took effect and said velocity was “still the "
        "elephant in the room.”"
    )
    noted = one(nlp, text, "that the rise")
    assert noted["text"].endswith("took effect") and noted["speaker"]["name"] == "Hyun-woo Baek"
    said = one(nlp, text, "velocity")
    assert (said["kind"], said["speaker"]["name"]) == ("mixed", "Hyun-woo Baek")


def test_the_name_after_a_role_the_parser_misread_speaks(nlp):
    text = (
        "Herons ace Tobias Rendon-Whitlock, who had elbow surgery in 2022, said he could feel "
        "the difference.\n\nSokolov learned of the trade on the team bus, according to "
        "teammate Jonah Whitecloud, who said the room went quiet."
    )
    assert one(nlp, text, "he could feel")["speaker"]["name"] == "Tobias Rendon-Whitlock"
    assert one(nlp, text, "Sokolov learned")["speaker"]["name"] == "Jonah Whitecloud"


def test_a_time_clause_of_a_cue_is_no_content(nlp):
    text = (
        "Clinton's wins solidify her argument that she is no “regional” candidate, as Sanders’ "
        "campaign manager suggested after she swept the contests in the South.\n\nMany "
        "supporters complained soon after that the long lines especially hurt turnout."
    )
    found = quotes(nlp, text)
    assert not [q for q in found if q["text"].startswith("after she swept")]
    assert [q for q in found if q["text"].startswith("that the long lines")]


def test_according_to_opens_the_clause_a_quotation_is_part_of(nlp):
    text = (
        "According to the Ministry of Digital Affairs and Communications, platforms with more "
        'than five million users must also appoint a "synthetic media grievance officer" who '
        'lives in the country.\n\nAccording to the union: "We will strike."'
    )
    q = one(nlp, text, "platforms with")
    assert q["kind"] == "mixed" and q["text"].endswith("who lives in the country")
    assert q["speaker"]["name"] == "Ministry of Digital Affairs and Communications"
    assert one(nlp, text, "We will strike")["kind"] == "direct"


def test_words_put_to_someone_one_turned_to_are_speech(nlp):
    text = (
        "Sen. Luis Ferreira-Dominguez spent most of his time on the research. Holding a slide, "
        'he turned to Whitlock-Hayes:\n\n"Your own researchers told you in 2021 that one in '
        'five girls felt worse.\n\n"What did you do with that?"\n\nLater he turned to "little" '
        "Marco Rubio."
    )
    q = one(nlp, text, "Your own researchers")
    assert (q["act"], q["speaker"]["name"]) == ("speech", "Luis Ferreira-Dominguez")
    assert not [x for x in quotes(nlp, text) if is_quote(x) and "Rubio" in x["text"]]


def test_a_complaint_or_lawsuit_alleging_is_its_filers(nlp):
    text = (
        "A former engineer, Folasade Adebayo-Lund, has filed a whistleblower complaint "
        "alleging that senior executives knew about the gaps as early as 2021.\n\nCongressman "
        "Trey Gowdy's office slammed a lawsuit filed by a fired staffer alleging that the "
        "congressman violated the law with his committee, calling it “meritless” on Monday."
    )
    q = one(nlp, text, "that senior executives")
    assert (q["act"], q["speaker"]["name"]) == ("speech", "Folasade Adebayo-Lund")
    assert one(nlp, text, "that the congressman")["speaker"]["name"] == "a fired staffer"


def test_according_to_a_body_hung_on_a_clausal_subject_takes_the_whole_clause(nlp):
    text = (
        "The Pan-African Immunisation Alliance, a coalition of ministries, launched the "
        "drive in March. According to the alliance, measles vaccination coverage in the "
        "affected states fell to 54 percent last year."
    )
    q = one(nlp, text, "measles vaccination")
    assert q["text"].endswith("fell to 54 percent last year")
    assert q["speaker"]["name"] == "Pan-African Immunisation Alliance"


def test_the_one_an_answer_is_drawn_from_speaks_it(nlp):
    text = (
        "The chief executive said prices were set by the market.\n\nThat answer drew a sharp "
        "response from Sen. Denise Okafor-Lindgren, a Democrat from Oregon: “You control the "
        "list price. Nobody else does.”"
    )
    q = one(nlp, text, "You control")
    assert q["speaker"]["name"] == "Denise Okafor-Lindgren"


def test_disclosed_reports_and_a_bracketed_cue_reports_its_own_clause(nlp):
    text = (
        "The hearing came a week after Corvane disclosed in a securities filing that the list "
        "price had risen to $412 per box.\n\nBoth candidates face questions about their health, "
        "particularly after video surfaced showing Hillary Clinton stumbling to a van this past "
        "weekend (her campaign later disclosed that she has pneumonia)."
    )
    assert one(nlp, text, "that the list price")["speaker"]["name"] == "Corvane"
    q = one(nlp, text, "that she has pneumonia")
    assert q["speaker"]["mention"]["text"] == "her campaign"
    assert not [x for x in quotes(nlp, text) if x["text"].startswith("Both candidates")]


def test_an_according_to_the_parser_made_the_root_and_going_further_say_words(nlp):
    text = (
        "Hartwell Council voted on Tuesday to ban new vape shops. According to the council, "
        "shops that breach it could face fines of up to £2,500 a day.\n\nThe Vapers' Alliance "
        "opposed the plan. Its spokesperson, Tomás Aguilar-Whitfield, went further: “Hartwell "
        "has just written a business plan for the black market.”"
    )
    assert one(nlp, text, "shops that breach")["speaker"]["mention"]["text"] == "the council"
    q = one(nlp, text, "Hartwell has just")
    assert (q["act"], q["speaker"]["name"]) == ("speech", "Tomás Aguilar-Whitfield")


def test_the_that_clause_the_parser_hung_on_the_one_told_is_the_content(nlp):
    text = (
        "Bernard Fairweather-Quayle, who chairs the residents' association, told councillors "
        "that people living above shops on Tanner's Row were already being woken “four nights "
        "out of seven” by shouting and broken glass."
    )
    q = one(nlp, text, "that people living")
    assert q["kind"] == "mixed" and q["text"].endswith("broken glass")


def test_one_of_the_people_the_sentence_before_speaks_of_speaks(nlp):
    text = (
        "Privately, some executives at rival PC makers are skeptical. One, speaking on condition "
        "of anonymity, said repairable laptops would remain a niche product.\n\nOne, two, three "
        "said the sign."
    )
    q = one(nlp, text, "repairable laptops")
    assert q["speaker"]["mention"]["text"] == "One" and is_quote(q)


def test_a_participle_of_saying_hung_inside_the_object_reports_on_its_own(nlp):
    text = (
        "The mayor of Northfield has defended plans to close four library branches, saying the "
        "city cannot afford to keep them open."
    )
    defended = one(nlp, text, "plans to close")
    assert defended["text"] == "plans to close four library branches"
    saying = one(nlp, text, "the city cannot")
    assert saying["cue"]["text"] == "saying"
    assert saying["speaker"]["mention"]["text"] == "The mayor of Northfield"


def test_one_of_the_people_before_right_before_the_verb_speaks(nlp):
    text = (
        "Fans reacted with disappointment online. One wrote: \u201cSaved all year for this. "
        "Gutted.\u201d"
    )
    q = one(nlp, text, "Saved all year")
    assert q["speaker"] is not None
    assert (q["speaker"]["mention"]["text"], q["speaker"]["name"]) == ("One", "One")


def test_a_second_verb_of_saying_with_marks_of_its_own_ends_the_first_content(nlp):
    text = (
        'The critic John Smith called the show "the most exciting thing in a decade" and praised '
        'Mary Jones for "finding the cruelty in Synge".'
    )
    assert one(nlp, text, "the show")["text"] == 'the show "the most exciting thing in a decade"'
    assert one(nlp, text, "Mary Jones")["speaker"]["name"] == "John Smith"


def test_words_before_a_quotation_leave_out_its_speaker_and_verb(nlp):
    text = (
        "Declan Farrelly gave it five stars. He singled out newcomer Tendai Moyo, who plays "
        'Christy, as "a revelation", adding that Moyo "makes you believe that a lie can set a man '
        'free".'
    )
    q = one(nlp, text, "newcomer Tendai Moyo")
    assert q["text"] == 'newcomer Tendai Moyo, who plays Christy, as "a revelation"'
    assert q["speaker"]["name"] == "Declan Farrelly"


def test_a_report_after_with_and_its_own_subject_is_a_quote_of_its_own(nlp):
    text = (
        "Cape wine exporters say they are facing their toughest year since the pandemic, with "
        "smaller family cellars warning that some could close before the next harvest."
    )
    assert one(nlp, text, "they are facing")["text"].endswith("since the pandemic")
    assert one(nlp, text, "that some could")["speaker"]["name"] == "smaller family cellars"


def test_people_joined_to_a_content_with_a_participle_of_saying_report_their_own(nlp):
    text = (
        "A proposal to change the rules has divided growers, with critics warning that it would "
        "“dilute a name built over 150 years” and supporters arguing that climate change leaves "
        "them no choice."
    )
    warned = one(nlp, text, "that it would")
    assert warned["text"].endswith("150 years”") and warned["speaker"]["name"] == "critics"
    assert one(nlp, text, "that climate change")["speaker"]["name"] == "supporters"


def test_something_going_on_is_no_cue_after_a_quotation(nlp):
    text = (
        'The finance ministry said in a written response that the government "remains committed '
        'to sound public finances" and that budget negotiations were continuing.'
    )
    q = one(nlp, text, "that the government")
    assert q["speaker"]["name"] == "the finance ministry" and q["cue"]["text"] == "said"


def test_a_clause_read_as_an_object_and_an_adverbial_around_an_aside_is_reported(nlp):
    text = (
        "Dr Harjit Sandhu works at the clinic. He said encampments, while dangerous, give some "
        "people a sense of control they cannot find elsewhere."
    )
    q = one(nlp, text, "encampments")
    assert q["text"].endswith("cannot find elsewhere") and is_quote(q)


def test_continue_in_the_infinitive_is_no_cue_before_a_quotation(nlp):
    text = (
        "Paul Molac spoke in Carhaix. He said the council had misread the constitution and that "
        'the government had since allowed the schools to continue "because it knows that closing '
        'them would be a political disaster".'
    )
    q = one(nlp, text, "the council had")
    assert q["text"].endswith('political disaster"') and q["speaker"]["name"] == "Paul Molac"


def test_a_participle_of_saying_after_a_parenthetical_cue_is_that_speakers(nlp):
    text = (
        "Halvor Lie, her lawyer, spoke to NRK. The quantity detected was “extremely small”, he "
        "said, describing it as “consistent with contamination and nothing else”."
    )
    first = one(nlp, text, "The quantity")
    assert first["text"] == "The quantity detected was “extremely small”"
    described = one(nlp, text, "it as")
    assert described["speaker"]["mention"]["text"] == "he"


def test_what_someone_told_the_paper_is_reported_whatever_the_parser_hung_it_on(nlp):
    text = (
        "In Sydney's inner west, the slowdown is already being felt. A cafe owner in "
        "Marrickville told the paper she had cut staff hours after a slow winter."
    )
    q = one(nlp, text, "she had cut")
    assert q["speaker"]["name"] == "a cafe owner in Marrickville" and is_quote(q)


def test_that_opening_a_relative_clause_a_cue_interrupts_is_no_part_of_the_speaker(nlp):
    text = "Jordan Pike has an audience that campaigners say is largely made up of teenagers."
    q = one(nlp, text, "that")
    assert q["speaker"]["name"] == "campaigners"
    assert q["text"] == "that … is largely made up of teenagers"


def test_a_relative_clause_of_saying_on_the_object_is_a_report_of_its_own(nlp):
    text = (
        "Streamers oppose a new revenue policy, which they say will cut their earnings by as much "
        "as 60 per cent."
    )
    assert one(nlp, text, "a new revenue policy")["text"] == "a new revenue policy"
    said = one(nlp, text, "which")
    assert said["text"].endswith("60 per cent") and is_quote(said)


def test_what_a_call_for_something_asks_of_it_is_part_of_the_content(nlp):
    text = (
        "Prof Eilidh MacPhail is calling for every death of a homeless person in Scotland to "
        "trigger a formal review."
    )
    q = one(nlp, text, "every death")
    assert q["text"].endswith("to trigger a formal review") and is_quote(q)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Energy Minister Ahmet Kaya spoke in Ankara on Monday. Gas, he said, was "
            '"the bridge fuel" that would allow Turkey to phase out coal.',
            ["Gas", 'was "the bridge fuel" that would allow Turkey to phase out coal'],
        ),
        (
            "Maureen Platt, 71, lives across the road. When she looked out of her front window "
            'a few minutes later, she added, she saw a man lying "very still" at the bottom of '
            "the steps.",
            [
                "When she looked out of her front window a few minutes later",
                'she saw a man lying "very still" at the bottom of the steps',
            ],
        ),
    ],
)
def test_a_cue_set_off_inside_a_sentence_leaves_the_clause_on_both_sides(nlp, text, spans):
    found = [q for q in extract(text, nlp)["quotes"] if q["cue"]["text"] in ("said", "added")]
    assert len(found) == 1 and found[0]["kind"] == "mixed"
    assert [text[s:e] for s, e in found[0]["spans"]] == spans
    assert found[0]["speaker"]["name"] in ("Ahmet Kaya", "Maureen Platt")


def test_a_report_that_runs_on_past_its_cue_leaves_the_cue_out(nlp):
    text = (
        "Skyward Airlines chief executive Tom Reyes will step down in March. He will receive no "
        "severance payment, the airline said, but will keep shares awarded under long-term "
        "incentive plans."
    )
    found = [q for q in extract(text, nlp)["quotes"] if q["cue"]["text"] == "said"]
    assert len(found) == 1
    assert [text[s:e] for s, e in found[0]["spans"]] == [
        "He will receive no severance payment",
        "but will keep shares awarded under long-term incentive plans",
    ]
    assert found[0]["speaker"]["name"] == "Skyward Airlines"


def test_a_subject_read_as_the_cues_object_keeps_its_relative_clause_and_verb(nlp):
    text = (
        "Caltrans spokesman Jorge Medina said the agency's fog warning system on that section "
        "of I-5, which uses sensors to trigger electronic message signs, had been working "
        "Thursday morning."
    )
    found = [q for q in extract(text, nlp)["quotes"] if q["cue"]["text"] == "said"]
    assert len(found) == 1 and found[0]["speaker"]["name"] == "Jorge Medina"
    assert found[0]["text"].startswith("the agency's fog warning system")
    assert found[0]["text"].endswith("had been working Thursday morning")


@pytest.mark.parametrize(
    ("text", "content", "circumstance"),
    [
        (
            "Speaking on BBC Radio 4’s Today programme on Saturday, Ellington-Boyd said a "
            "future Conservative government would never introduce a wealth tax.",
            "a future Conservative government would never introduce a wealth tax",
            "Speaking on BBC Radio",
        ),
        (
            "Linda Sampson-Boudreau lost her son in March. “I keep thinking, if the door had "
            "been open, would he still be here?” Sampson-Boudreau said, her voice breaking.",
            "I keep thinking",
            "her voice breaking",
        ),
    ],
)
def test_where_and_how_something_was_said_is_no_quote(nlp, text, content, circumstance):
    found = quotes(nlp, text)
    assert any(q["text"].startswith(content) for q in found), found
    assert not [q for q in found if q["text"].startswith(circumstance)]


def test_a_cue_the_parser_split_off_at_its_comma_reports_the_sentence_before():
    text = (
        "Czech government delays coal exit target as heating costs bite\n\n"
        "PRAGUE — The Czech government will not commit to ending coal-fired power generation "
        "by 2033, Industry and Trade Minister Ondřej Matoušek said on Wednesday, pushing back "
        "a date that previous cabinets had treated as the country's informal target."
    )
    doc = load_nlp()(text)
    assert any(s.text.startswith(", Industry") for s in doc.sents)  # the parse this is about
    quotes = analyse(doc, text)["quotes"]
    said = [q for q in quotes if q["text"].startswith("The Czech government will not commit")]
    assert len(said) == 1 and is_quote(said[0])
    assert said[0]["text"].endswith("by 2033")
    assert said[0]["speaker"]["name"] == "Ondřej Matoušek"


def test_a_long_title_in_marks_after_its_kind_of_work_is_no_quote():
    text = (
        "The debate comes as a new history of devolution stirs fresh argument in the Bay. In "
        "his book “Tŷ Gwydr: Twenty-Five Years in the Glass House”, the former Senedd clerk "
        "Geraint Myrddin Thomas argues that the institution has spent too much time on its own "
        "structures."
    )
    quotes = extract(text, load_nlp())["quotes"]
    assert not any("Glass House" in q["text"] for q in quotes)
    argued = [q for q in quotes if q["text"].startswith("that the institution")]
    assert argued and argued[0]["speaker"]["name"] == "Geraint Myrddin Thomas"


@pytest.mark.parametrize(
    ("text", "content", "not_said"),
    [
        (  # what the subject did, before a participle of saying
            "A federal judge on Thursday temporarily blocked a Texas law that would have barred "
            "large social media platforms from removing posts based on a user's political views, "
            "saying it likely violates the First Amendment.",
            "it likely violates",
            "a Texas law",
        ),
        (  # a status a passive cue with no agent gives
            "West Yorkshire Police said officers were called to the scene. The victim, aged 29, "
            "was taken to Leeds General Infirmary, where her condition is described as serious "
            "but stable.",
            "officers were called",
            "as serious",
        ),
        (  # the offence someone was arrested on suspicion of
            "Ms Morgan was struck by a car on Friday, police said. A 19-year-old man from "
            "Cardiff was arrested on suspicion of causing death by dangerous driving and has "
            "been released on bail.",
            "Ms Morgan was struck",
            "causing death",
        ),
    ],
)
def test_what_was_done_or_a_status_is_no_quote(nlp, text, content, not_said):
    found = quotes(nlp, text)
    assert any(q["text"].startswith(content) for q in found), found
    assert not [q for q in found if q["text"].startswith(not_said)], found
