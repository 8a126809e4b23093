"""The act of an attribution from its cue and source, on parsed sentences."""

from __future__ import annotations

import csv

import pytest
import spacy

from workers.extraction import DEFAULT_MODEL, extract, load_nlp
from workers.extraction.acts import (
    LEXICON,
    Act,
    act_of,
    cue_key,
    lexicon,
    names_a_topic,
    quote_acts,
    quote_topics,
)
from workers.extraction.candidates import MARKS, PARSE, Candidate
from workers.extraction.marks import find_marked
from workers.extraction.speakers import SpeakerMention
from workers.extraction.view import doc_view
from workers.selection import is_quote, select


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(DEFAULT_MODEL)


def _span(doc, text: str):
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text), alignment_mode="expand")
    assert span is not None
    return span


def act(nlp, sentence: str, cue: str, source: str | None = None) -> Act:
    doc = nlp(sentence)
    return act_of(_span(doc, cue), _span(doc, source) if source else None)


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "expected"),
    [
        ("Maria Lopez believes that the plan will fail.", "believes", "Maria Lopez", Act.THOUGHT),
        ("Maria Lopez plans to sell the company next year.", "plans", "Maria Lopez", Act.INTENTION),
        ("The mayor thinks the bridge is safe.", "thinks", "The mayor", Act.THOUGHT),
        ("Ann Smith hopes the talks will resume soon.", "hopes", "Ann Smith", Act.THOUGHT),
        ("The board decided to close the plant.", "decided", "The board", Act.INTENTION),
        ("A study found that coffee lowers the risk.", "found", "A study", Act.EVIDENCE),
        ("New data show that crime fell last year.", "show", None, Act.EVIDENCE),
        ("A new poll suggests that voters are split.", "suggests", "A new poll", Act.EVIDENCE),
        ("The senator suggested that voters are split.", "suggested", "The senator", Act.SPEECH),
        ("Its forecasts suggest the economy will grow.", "suggest", "Its forecasts", Act.EVIDENCE),
        (
            "One senior figure at the charity said the tactics were wrong.",
            "said",
            "One senior figure at the charity",
            Act.SPEECH,
        ),
        ("The latest figures show that 14 staff died.", "show", "The latest figures", Act.EVIDENCE),
        (
            "According to the Aid Worker Security Database, 14 staff have been killed.",
            "According to",
            "the Aid Worker Security Database",
            Act.EVIDENCE,
        ),
        ("Pew Research said that turnout fell.", "said", "Pew Research", Act.SPEECH),
        (
            'She said she was "saddened" by his departure but determined to keep the council '
            "running.",
            "determined",
            "She",
            Act.INTENTION,
        ),
        ("Investigators determined that the fire was arson.", "determined", None, Act.EVIDENCE),
        (
            "The fire started in the kitchen, according to a statement from the fire department.",
            "according to",
            "a statement from the fire department",
            Act.SPEECH,
        ),
        ("According to the senator, the bill will pass.", "According to", None, Act.SPEECH),
        (
            "According to a poll released Monday, the bill is popular.",
            "According to",
            None,
            Act.EVIDENCE,
        ),
        (
            "Crime fell last year, according to government data.",
            "according to",
            "government data",
            Act.EVIDENCE,
        ),
        (
            "More than 6,000 people have died, according to a tally by the group.",
            "according to",
            "a tally",
            Act.EVIDENCE,
        ),
        (
            "According to the latest quarterly report of the agency, the stockpile has grown.",
            "According to",
            "the latest quarterly report",
            Act.EVIDENCE,
        ),
        (
            "The plan will fail, according to a report in the newspaper.",
            "according to",
            "a report",
            Act.SPEECH,
        ),
        ("John Smith said the plan would work.", "said", "John Smith", Act.SPEECH),
        ("Smith told reporters that he would run again.", "told", "Smith", Act.SPEECH),
        ("Smith wrote on Twitter that the vote was rigged.", "wrote", "Smith", Act.SPEECH),
        (
            "The senator seemed to suggest that taxes would rise.",
            "seemed to suggest",
            None,
            Act.SPEECH,
        ),
        ("The governor declined to comment on the report.", "declined", None, Act.INTENTION),
        (
            "The governor did not respond to a request for comment.",
            "did not respond to",
            "The governor",
            Act.INTENTION,
        ),
        ("The governor responded to the report.", "responded to", "The governor", Act.SPEECH),
        # a share of those a survey asked gives a finding; a share of a body speaks
        ("Half of respondents said they feared arrest.", "said", "Half", Act.EVIDENCE),
        ("Nearly half told researchers they feared arrest.", "told", "half", Act.EVIDENCE),
        ("Half of the council said the plan was wrong.", "said", "Half", Act.SPEECH),
        (
            "Calculations by the bureau suggest it will pass near the Sun.",
            "suggest",
            "Calculations",
            Act.EVIDENCE,
        ),
        # a "not" the parser hung on the answer from the words answered is no refusal
        ('Asked about a delay, Raman replied: "Absolutely not."', "replied", "Raman", Act.SPEECH),
        # a speech act whose content is a topic ("his policy"), not words: still speech
        ("The minister defended his policy on Monday.", "defended", "The minister", Act.SPEECH),
        # "put it": a way of saying, unless it puts a number
        ("The chief put it bluntly: it is a scam.", "put", "The chief", Act.SPEECH),
        ("The poll puts it at 49 percent.", "puts", "The poll", Act.EVIDENCE),
        # assent before an infinitive is a decision; assent to a clause is words
        ("The bank agreed to pay $325 million.", "agreed", "The bank", Act.INTENTION),
        ("Ministers agreed that the plan had failed.", "agreed", "Ministers", Act.SPEECH),
        # a plea entered in court is a step in the case; a plea for something is words
        ("Ryan Cole pleaded guilty to assault.", "pleaded", "Ryan Cole", Act.INTENTION),
        ("Dr. Ann Ball has pleaded not guilty to fraud.", "pleaded", "Dr. Ann Ball", Act.INTENTION),
        ("She pleaded no contest to a misdemeanor.", "pleaded", "She", Act.INTENTION),
        ("The mayor pleaded for calm after the riot.", "pleaded for", "The mayor", Act.SPEECH),
        # charges admitted, or a deed admitted before a court, are a plea; a fault owned is words
        ("She admitted two counts of fraud.", "admitted", "She", Act.INTENTION),
        (
            "Liam Doherty admitted wounding with intent at Teesside Crown Court.",
            "admitted",
            "Liam Doherty",
            Act.INTENTION,
        ),
        ("The minister admitted making mistakes.", "admitted", "The minister", Act.SPEECH),
        # a death certified is no words; an inquest's conclusion is a finding
        ("The boy was pronounced dead at a hospital.", "pronounced", None, Act.INTENTION),
        (
            "An inquest concluded that the death was an accident.",
            "concluded",
            "An inquest",
            Act.EVIDENCE,
        ),
        # words someone was asked to say are the asker's wish, not said
        (
            "Senators pressed the head of the agency to explain why towers remain understaffed.",
            "explain",
            None,
            Act.INTENTION,
        ),
        (
            "Lawmakers urged the minister to say whether the plan would go ahead.",
            "say",
            "the minister",
            Act.INTENTION,
        ),
        ("The minister went on to say that the plan would go ahead.", "say", None, Act.SPEECH),
        # a body named for what it works on, not an index of figures
        (
            "The campaign group Index on Expression said the case underlined the need for "
            "stronger protections.",
            "said",
            "Index on Expression",
            Act.SPEECH,
        ),
        (
            "The Global Peace Index shows that violence fell.",
            "shows",
            "The Global Peace Index",
            Act.EVIDENCE,
        ),
    ],
)
def test_act_from_cue_and_source(nlp, sentence, cue, source, expected):
    assert act(nlp, sentence, cue, source) == expected


def test_words_a_sign_or_banner_shows_are_no_ones_quote(nlp):
    text = (
        "Dozens of tenants marched on city hall, holding signs that read “Rent is not a "
        "luxury.” A banner on the steps said “Fence it now.”\n\n"
        "Outside the palace, around fifty members of the council held a silent protest with "
        'banners reading "Nothing about us without us."\n\n'
        "“We are tired,” said tenant organiser Maribel Santos."
    )
    quotes = extract(text, nlp)["quotes"]
    shown = {q["text"]: q["act"] for q in quotes}
    assert shown["Rent is not a luxury."] == Act.EVIDENCE
    assert shown["Fence it now."] == Act.EVIDENCE
    assert shown["Nothing about us without us."] == Act.EVIDENCE
    assert [q["text"] for q in quotes if is_quote(q)] == ["We are tired,"]


def test_quotation_without_cue_is_speech():
    assert act_of(None, None) == Act.SPEECH


@pytest.mark.parametrize(
    ("sentence", "in_marks", "expected"),
    [
        (
            "\u201cThis court has heard this story before,\u201d the counsel submitted.",
            True,
            Act.SPEECH,
        ),
        ("The counsel submitted that the units had no consent.", False, Act.SPEECH),
        ("The company submitted a plan to the regulator.", False, Act.INTENTION),
    ],
)
def test_putting_forward_words_is_speech_and_a_plan_is_not(nlp, sentence, in_marks, expected):
    doc = nlp(sentence)
    assert act_of(_span(doc, "submitted"), None, in_marks) == expected


@pytest.mark.parametrize(
    ("sentence", "cue", "in_marks", "expected"),
    [
        # a deed or a stance no lexicon key has: no words known to be said
        ("The appeals court overruled the judge's decision.", "overruled", False, Act.THOUGHT),
        ("Ottawa tables bill to cap credit card fees", "tables", False, Act.THOUGHT),
        # the key's head lemma has keys: "rail" is "rail against"
        ("Sanders railed the special interests that fund campaigns.", "railed", False, Act.SPEECH),
        # words in quotation marks are said, whatever the verb
        ("\u201cIt is a disgrace,\u201d he grumbled.", "grumbled", True, Act.SPEECH),
    ],
)
def test_a_cue_the_lexicon_lacks(nlp, sentence, cue, in_marks, expected):
    doc = nlp(sentence)
    assert cue_key(_span(doc, cue)) not in lexicon()
    assert act_of(_span(doc, cue), None, in_marks) == expected


@pytest.mark.parametrize(
    ("sentence", "cue", "key"),
    [
        ("He pointed out that the law is new.", "pointed out", "point out"),
        ("The tax will rise, according to the mayor.", "according to", "accord to"),
        ("She said in a statement that it was over.", "said in a statement", "say"),
        ("They called for a new vote.", "called for", "call for"),
        ("The union is hopeful that the strike will end.", "is hopeful", "hopeful"),
    ],
)
def test_cue_key(nlp, sentence, cue, key):
    assert cue_key(_span(nlp(sentence), cue)) == key


def test_lexicon_file_is_complete():
    with LEXICON.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) > 1000
    assert all(int(r["count"]) >= 1 and r["act"] in set(Act) for r in rows)
    assert len(lexicon()) == len(rows)
    assert lexicon()["say"] == Act.SPEECH and lexicon()["believe"] == Act.THOUGHT


def _tok(doc, word: str):
    return next(t for t in doc if t.text == word)


def _chars(text: str, piece: str) -> tuple[tuple[int, int]]:
    start = text.index(piece)
    return ((start, start + len(piece)),)


def _parse(nlp, text: str):
    doc = nlp(text)
    return doc, doc_view(doc, find_marked(text))


def test_act_stage_reads_each_quotes_cue_and_speaker_mention(nlp):
    text = "Maria Lopez believes that the plan will fail. A new study found that taxes fell."
    doc = nlp(text)
    thought = Candidate(
        _chars(text, "that the plan will fail"), "indirect", PARSE, cue=(_tok(doc, "believes"),)
    )
    evidence = Candidate(
        _chars(text, "that taxes fell"), "indirect", PARSE, cue=(_tok(doc, "found"),)
    )
    mentions = (
        SpeakerMention(rule="subject_of_the_clause", token=_tok(doc, "Lopez")),
        SpeakerMention(rule="subject_of_the_clause", token=_tok(doc, "study")),
    )
    acts = quote_acts(doc_view(doc, ()), (thought, evidence), mentions)
    assert acts == (Act.THOUGHT, Act.EVIDENCE)


def test_act_stage_a_continued_quote_keeps_the_act_and_no_cue_is_speech(nlp):
    text = "Kim wants to win. “Then we rest.” “Nothing else.”"
    doc, view = _parse(nlp, text)
    plan = Candidate(_chars(text, "to win"), "indirect", PARSE, cue=(_tok(doc, "wants"),))
    more = Candidate(_chars(text, "Then we rest."), "direct", MARKS)
    alone = Candidate(_chars(text, "Nothing else."), "direct", MARKS)
    mentions = (
        SpeakerMention(rule="subject_of_the_clause", token=_tok(doc, "Kim")),
        SpeakerMention(rule="continues_the_previous_quote", continues=0),
        None,
    )
    assert quote_acts(view, (plan, more, alone), mentions) == (
        Act.INTENTION,
        Act.INTENTION,
        Act.SPEECH,
    )


@pytest.mark.parametrize(
    ("sentence", "content", "in_marks", "topic"),
    [
        ("The minister defended his policy on Monday.", "his policy", False, True),
        ("Lee attacked Jones at the rally.", "Jones", False, True),
        ("The mayor defended his proposed budget today.", "his proposed budget", False, True),
        ("Lee said that the plan would fail.", "that the plan would fail", False, False),
        ("Lee urged voters to stay home.", "voters to stay home", False, False),
        ("Lee called it “a disgrace”.", "a disgrace", True, False),
        ("The mayor said so on Monday.", "so", False, True),
        ("The spokesman rejected that.", "that", False, True),
        ("Lee said no.", "no", False, False),
        ("Lee spoke about why she is worried.", "why she is worried", False, True),
        (  # a clause of time after the noun phrase: when, not what
            "Police have charged a man after a woman was struck by a car.",
            "a man after a woman was struck by a car",
            False,
            True,
        ),
        (  # "about" rounding a number the parser hung on the cue
            "Lee said about one in five members had reported losses last year.",
            "one in five members had reported losses last year",
            False,
            False,
        ),
        (
            "The Senate rejected a bill that would have extended funding.",
            "a bill that would have extended funding",
            False,
            True,
        ),
        (
            "The mayor defended the policy introduced by his predecessor.",
            "the policy introduced by his predecessor",
            False,
            True,
        ),
        (
            "Lee rejected the claim that he had lied to the committee.",
            "the claim that he had lied to the committee",
            False,
            False,
        ),
        (
            "Lee dismissed the suggestion he would not be ready.",
            "the suggestion he would not be ready",
            False,
            False,
        ),
        (  # a clause that describes a noun further in, not the head
            "The driver admitted causing death by dangerous driving at a hearing in May.",
            "causing death by dangerous driving at a hearing in May",
            False,
            False,
        ),
        (
            "Reid admitted arson with intent to endanger life at the crown court.",
            "arson with intent to endanger life at the crown court",
            False,
            True,
        ),
        (
            "Lee criticised the handling of a case involving three officers.",
            "the handling of a case involving three officers",
            False,
            True,
        ),
        (  # a relative clause further in may hide the reported verb
            "The union said 82% of members who took part backed industrial action.",
            "82% of members who took part backed industrial action",
            False,
            False,
        ),
        ("He did not say whether it would rise.", "whether it would rise", False, True),
        ("She declined to say why they were not told.", "why they were not told", False, True),
        ("She said why they were not told.", "why they were not told", False, False),
        ("He did not say that it would rise.", "that it would rise", False, False),
        # words that stand for what was said, whatever the parser took them for
        ("The union disputes that.", "that", False, True),
        ("The studio's founder acknowledged as much.", "as much", False, True),
    ],
)
def test_topic_is_a_plain_noun_phrase_outside_marks(nlp, sentence, content, in_marks, topic):
    assert names_a_topic(_span(nlp(sentence), content), in_marks) is topic


def test_topic_stage_over_candidates(nlp):
    text = "The minister defended his policy. “We will win the vote,” Lee said."
    doc, view = _parse(nlp, text)
    policy = Candidate(_chars(text, "his policy"), "indirect", PARSE, cue=(_tok(doc, "defended"),))
    marked = Candidate(_chars(text, "We will win the vote,"), "direct", MARKS)
    assert quote_topics(view, (policy, marked)) == (True, False)


def test_what_was_spoken_about_is_a_topic_whatever_it_holds(nlp):
    text = "She spoke to us about interest rates and why she is worried about jobs."
    doc, view = _parse(nlp, text)
    content = _chars(text, "interest rates and why she is worried about jobs")
    about = Candidate(content, "indirect", PARSE, cue=(_tok(doc, "spoke"),))
    assert quote_topics(view, (about,)) == (True,)


@pytest.fixture(scope="module")
def pipeline():
    return load_nlp()


def _by_text(result: dict) -> dict[str, dict]:
    return {q["text"]: q for q in result["quotes"]}


def test_every_attribution_in_the_result_and_only_speech_shown(pipeline):
    text = (
        'Burton thinks that cats are "cuties". The minister defended his policy on Monday. '
        "A new study found that taxes fell. Ann Smith said the vote was rigged."
    )
    result = extract(text, pipeline)
    quotes = _by_text(result)
    assert quotes['that cats are "cuties"']["act"] == "thought"
    assert quotes["his policy"]["act"] == "speech" and quotes["his policy"]["topic"] is True
    assert quotes["that taxes fell"]["act"] == "evidence"
    said = quotes["the vote was rigged"]
    assert said["act"] == "speech" and said["topic"] is False
    shown = select(result)["quotes"]
    assert shown == [said]
    assert [q for q in result["quotes"] if is_quote(q)] == shown


@pytest.mark.parametrize(
    ("kind", "speaker", "shown"),
    [
        ("indirect", None, False),  # reported in the writer's words, from nobody
        ("indirect", {"name": "Ann Smith"}, True),
        ("direct", None, True),  # the words themselves, whoever said them
        ("mixed", None, True),
    ],
)
def test_a_report_in_the_writers_words_from_nobody_is_no_quote(kind, speaker, shown):
    quote = {"act": "speech", "topic": False, "kind": kind, "speaker": speaker}
    assert is_quote(quote) is shown


def test_an_article_shows_no_report_without_a_source(pipeline):
    text = (
        "Officers were called to the home around 3:30 a.m. and found the woman with serious "
        "injuries. She was pronounced dead in hospital.\n\n"
        'Police spokesperson Claude Chancy said the two knew each other. "This was not a '
        'random attack," Chancy said.'
    )
    result = extract(text, pipeline)
    shown = select(result)["quotes"]
    assert [q["speaker"]["name"] for q in shown] == ["Claude Chancy", "Claude Chancy"]
    assert all(q["speaker"] is not None for q in shown)


def test_a_request_not_to_be_named_is_no_quote(pipeline):
    text = (
        "One employee, who asked not to be named because they were not authorized to speak to "
        'the media, told Reuters the decision felt like "a stealth layoff."'
    )
    quotes = _by_text(extract(text, pipeline))
    asked = quotes["not to be named because they were not authorized to speak to the media"]
    assert asked["act"] == "intention"
    assert quotes['the decision felt like "a stealth layoff."']["act"] == "speech"


def test_a_request_that_a_name_be_withheld_is_no_quote(pipeline):
    text = (
        '"Where am I supposed to go?" said a man who has stayed at the shelter for six months '
        "and asked that his name not be published. A neighbour asked that the road not be "
        "closed."
    )
    quotes = _by_text(extract(text, pipeline))
    assert quotes["that his name not be published"]["act"] == "intention"
    assert quotes["Where am I supposed to go?"]["act"] == "speech"
    assert quotes["that the road not be closed"]["act"] == "speech"


@pytest.mark.parametrize(
    ("request_", "content"),
    [
        (
            "Amina asked that her surname not be published because her family is in Sudan.",
            "that her surname not be published because her family is in Sudan",
        ),
        ("The woman asked that her name be withheld.", "that her name be withheld"),
        ("Halima asked that only her first name be used.", "that only her first name be used"),
        ("Halima asked to be identified only as Halima.", "to be identified only as Halima"),
        (
            "One former executive requested anonymity to avoid damaging his business.",
            "anonymity to avoid damaging his business",
        ),
    ],
)
def test_other_requests_to_stay_unnamed_are_no_quotes(pipeline, request_, content):
    text = f"Yonas, 19, said the guards beat him. {request_}"
    quotes = _by_text(extract(text, pipeline))
    assert quotes[content]["act"] == "intention"
    assert quotes["the guards beat him"]["act"] == "speech"


def test_quote_ids_are_the_same_in_every_selection(pipeline):
    text = "Lopez believes that the council will approve it. “We kept every promise,” Lopez said."
    result = extract(text, pipeline)
    ids = [q["id"] for q in result["quotes"]]
    assert len(ids) == 2 and len(set(ids)) == 2
    [shown] = select(result)["quotes"]
    assert shown["text"] == "We kept every promise," and shown["id"] == ids[1]
    assert [q["id"] for q in select(result, everything=True)["quotes"]] == ids


@pytest.mark.parametrize(
    ("text", "start", "act"),
    [
        # an organisation named like a study speaks
        (
            "In a report published on Wednesday, Grizzly Research alleged that Lumina had "
            "booked revenue from customers that did not exist.",
            "that",
            "speech",
        ),
        # figures give evidence
        (
            "According to figures from the Office for National Statistics, house prices rose "
            "by 1.7% in the year to March.",
            "house",
            "evidence",
        ),
        # so does a body that keeps records and counts, named or described
        (
            "Barcelona received 15.6 million overnight visitors last year, according to the "
            "municipal statistics office.",
            "Barcelona",
            "evidence",
        ),
        (
            "The historic centre's population fell below 49,000 last year, according to the "
            "city's registry office.",
            "The historic",
            "evidence",
        ),
        # but what it says or denies it says, and an expert in data speaks
        (
            "Millennials surpassed Baby Boomers in 2015 as the largest living generation, the "
            "Census Bureau says.",
            "Millennials",
            "speech",
        ),
        (
            "The Census Bureau denied any improper role in the internment.",
            "any improper",
            "speech",
        ),
        (
            "The turnout model was wrong, a longtime GOP data expert said.",
            "The turnout",
            "speech",
        ),
    ],
)
def test_act_of_a_source_named_like_a_finding(text, start, act):
    found = [q for q in extract(text, load_nlp())["quotes"] if q["text"].startswith(start)]
    assert len(found) == 1 and found[0]["act"] == act


def test_what_said_reports_read_as_a_noun_and_its_participle_is_no_topic(pipeline):
    text = (
        "Tom Aldridge, who grows wheat on 400 hectares in Lincolnshire, said many growers already "
        "sprayed in the evening, when bees were not flying."
    )
    (q,) = extract(text, pipeline)["quotes"]
    assert (q["text"][:23], q["topic"]) == ("many growers already sp", False)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "When the counsel sought time, the bench recorded that no material had been placed "
            "before it.",
            "speech",
        ),
        ("The weather station recorded that rainfall had doubled since May.", "evidence"),
    ],
)
def test_what_a_court_records_it_says_and_what_a_station_records_is_evidence(pipeline, text, act):
    found = [q for q in extract(text, pipeline)["quotes"] if q["cue"]["text"] == "recorded"]
    assert [q["act"] for q in found] == [act]


def test_what_says_reports_read_as_a_noun_and_its_past_tense_is_no_topic(pipeline):
    text = (
        "7.34am \u2013 Our correspondent Beatriz Llorente is at one of the shelters. She says "
        "many residents left with nothing but their phones and their pets."
    )
    (q,) = extract(text, pipeline)["quotes"]
    assert (q["text"][:14], q["topic"]) == ("many residents", False)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Mwangi will miss the season after scans confirmed he ruptured a ligament.",
            "he ruptured",
        ),
        (
            "A poll found that 58% of supporters wanted Brennock in the squad, while 31% said "
            "he should not be.",
            "he should not",
        ),
        (  # "per cent", which the NER may take for money
            "In a survey of 180 members carried out by the club last week, 72 per cent said they "
            "would not feel comfortable letting their children back on the river.",
            "they would not",
        ),
    ],
)
def test_scans_and_a_share_of_those_polled_give_evidence(nlp, text, start):
    found = [q for q in extract(text, nlp)["quotes"] if q["text"].startswith(start)]
    assert [q["act"] for q in found] == ["evidence"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "A review by the Care Quality Commission concluded that staffing levels were unsafe.",
            "that staffing",
        ),
        (
            "The report, published on Monday, concluded that the unit had been understaffed.",
            "that the unit",
        ),
        ("The inquiry found the council had failed to act.", "the council"),
    ],
)
def test_what_a_report_or_review_concludes_is_a_finding(nlp, text, start):
    found = [q for q in extract(text, nlp)["quotes"] if q["text"].startswith(start)]
    assert [q["act"] for q in found] == ["evidence"]


def test_doctors_who_conclude_still_speak(nlp):
    text = "Doctors concluded that she had died of natural causes."
    found = [q for q in extract(text, nlp)["quotes"] if q["text"].startswith("that she")]
    assert [q["act"] for q in found] == ["speech"]


def test_what_someone_believes_according_to_their_spokesperson_is_the_spokesperson_s_speech(
    nlp,
):
    text = "Marchetti believes the plan will fail, according to her press secretary, Damon Wright."
    found = [q for q in extract(text, nlp)["quotes"] if q["text"].startswith("the plan")]
    assert [(q["act"], q["speaker"]["name"]) for q in found] == [("speech", "Damon Wright")]


def test_polling_gives_evidence(nlp):
    text = "Recent polling suggests the senator is trailing in three states."
    found = [q for q in extract(text, nlp)["quotes"] if q["text"].startswith("the senator")]
    assert [q["act"] for q in found] == ["evidence"]


def test_counsel_who_submitted_that_speaks():
    text = (
        "Senior advocate Gopalakrishnan Natarajan submitted that at least 112 dyeing units were "
        "operating without valid consent orders. The firm submitted a new plan."
    )
    found = extract(text, load_nlp())["quotes"]
    assert [q["act"] for q in found if "dyeing units" in q["text"]] == ["speech"]
    assert not [q for q in found if "new plan" in q["text"] and q["act"] == "speech"]


def test_what_a_request_asks_someone_to_do_is_no_topic():
    text = (
        "Detective Inspector Sam Hale said the attack was unprovoked. He urged anyone who had "
        "filmed the incident on their phone to come forward. Police called for calm."
    )
    found = extract(text, load_nlp())["quotes"]
    urged = [q for q in found if q["text"].startswith("anyone")]
    assert [(q["topic"], is_quote(q)) for q in urged] == [(False, True)]
    assert not [q for q in found if q["text"] == "calm" and is_quote(q)]


def test_a_question_put_to_the_speaker_is_no_quote(pipeline):
    """The question an interviewer put, in the writer's words, is hidden; a newsmaker's question
    is a quote."""
    text = (
        "Asked by a reporter whether the state would try to recover costs from the trucking "
        "company, Alcott said her administration was looking at every option. Lawmakers asked "
        "whether the deals were legal."
    )
    result = extract(text, pipeline)
    quotes = _by_text(result)
    asked = quotes["whether the state would try to recover costs from the trucking company"]
    assert asked["topic"] is True
    assert quotes["whether the deals were legal"]["topic"] is False
    assert [q["text"] for q in select(result)["quotes"]] == [
        "her administration was looking at every option",
        "whether the deals were legal",
    ]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Dr. Mateo Carvajal, a computer scientist at the Universidad de Chile, said the focus "
            "on speculative risks distracted from harms that were already happening.",
            "the focus on",
        ),
        (
            "Park ranger Joel Brandt spoke on Wednesday. He said rangers expected to reopen the "
            "site within a week.",
            "rangers expected",
        ),
    ],
)
def test_what_said_reports_is_no_topic_where_the_parser_made_its_verb_a_participle(text, start):
    found = extract(text, load_nlp())["quotes"]
    said = [q for q in found if q["text"].startswith(start)]
    assert [(q["topic"], is_quote(q)) for q in said] == [(False, True)]


def test_a_question_put_with_a_question_word_is_no_quote(pipeline):
    text = (
        "Asked by mission control how he felt as the capsule bobbed in the swell, Okoye replied "
        "that he was tired but happy."
    )
    quotes = _by_text(extract(text, pipeline))
    assert quotes["how he felt as the capsule bobbed in the swell"]["topic"] is True


def test_a_question_put_inside_a_longer_cue_is_no_quote(pipeline):
    quotes = _by_text(extract("Solheim laughed when asked whether she regretted it.", pipeline))
    assert quotes["whether she regretted it"]["topic"] is True


def test_the_manner_of_saying_before_a_verb_of_saying_is_speech(pipeline):
    [q] = extract("Trump was quick to add that the deal did not include the wall.", pipeline)[
        "quotes"
    ]
    assert q["cue"]["text"] == "was quick to add" and q["act"] == "speech"


def test_a_retort_with_back_is_speech(pipeline):
    text = 'Senator Mitchell Crane fired back that the bill had been "stuffed with pork".'
    [q] = extract(text, pipeline)["quotes"]
    assert q["text"].startswith("that the bill") and q["act"] == "speech"


def test_adding_things_to_a_list_is_no_speech(pipeline):
    text = (
        "The EU on Friday added eight Iranian individuals and three entities to its sanctions "
        "list over drone deliveries to Russia."
    )
    [q] = extract(text, pipeline)["quotes"]
    assert q["act"] == "intention"
    said = "The minister added that eight more names would go on the list."
    [q] = extract(said, pipeline)["quotes"]
    assert q["act"] == "speech"


def test_what_a_verb_of_judging_called_something_is_no_topic(pipeline):
    text = (
        "The union's leader dismissed the strike as politically motivated. The minister blamed "
        "the outages on vandalism of pump stations. Norway's Chief of Defence, Gen. Halvard "
        "Moen, described the exercise as a test of host-nation support. Most voters described "
        "themselves as independents. The mayor defended his policy."
    )
    quotes = _by_text(extract(text, pipeline))
    assert quotes["the strike as politically motivated"]["topic"] is False
    assert quotes["the outages on vandalism of pump stations"]["topic"] is False
    assert quotes["the exercise as a test of host-nation support"]["topic"] is False
    assert quotes["themselves as independents"]["topic"] is True
    assert quotes["his policy"]["topic"] is True


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "expected"),
    [
        pytest.param(
            "Rheinische Handelsbank on Thursday reported an 18% rise in third-quarter net profit.",
            "reported",
            "Rheinische Handelsbank",
            Act.EVIDENCE,
            id="reported-a-rise",
        ),
        pytest.param(
            "Coastline Retail Group has posted a 9 per cent fall in full-year net profit.",
            "posted",
            "Coastline Retail Group",
            Act.EVIDENCE,
            id="posted-a-fall",
        ),
        pytest.param(
            "The bank reported that its traders had been warned twice.",
            "reported",
            "The bank",
            Act.SPEECH,
            id="reported-that",
        ),
        pytest.param(
            "It earned 612 million euros, according to a company-compiled consensus.",
            "according to",
            "a company-compiled consensus",
            Act.EVIDENCE,
            id="according-to-a-consensus",
        ),
    ],
)
def test_a_companys_results_are_figures_not_words(nlp, sentence, cue, source, expected):
    assert act(nlp, sentence, cue, source) == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("A local activist says Congo's army collaborates with the rebels.", "Congo's army"),
        ("The opposition said the government bore responsibility for the deaths.", "the govern"),
        (
            "Gas and oil account for more than 90 percent of Algeria's export revenues, according "
            "to the International Monetary Fund.",
            "Gas and oil",
        ),
    ],
)
def test_a_clause_whose_verb_the_tagger_read_as_a_noun_is_no_topic(text, start):
    found = [q for q in extract(text, load_nlp())["quotes"] if q["text"].startswith(start)]
    assert [(q["topic"], is_quote(q)) for q in found] == [(False, True)], found


def test_what_was_defended_stays_a_topic_beside_a_clause_read_as_a_noun():
    text = "He defended his policy. The opposition said the government bore responsibility."
    found = {q["text"]: q["topic"] for q in extract(text, load_nlp())["quotes"]}
    assert found.get("his policy") is True, found


def test_a_verb_and_its_particle_before_a_quotation_are_its_cue(nlp):
    text = (
        'The judge said the claim failed. He went on: "The defendant has proved that the sting '
        'of the articles is substantially true."'
    )
    found = [q for q in extract(text, nlp)["quotes"] if q["text"].startswith("The defendant")]
    assert len(found) == 1, found
    assert (found[0]["cue"]["text"], found[0]["act"]) == ("went on", "speech")


def test_a_phrase_set_off_after_an_announcement_does_not_make_it_figures(pipeline):
    text = (
        "KATHMANDU, March 14 — Nepal will charge foreign climbers $15,000 for a spring permit "
        "to climb Mount Everest, up from $11,000, the Department of Tourism announced on Friday, "
        "the first increase in nearly a decade."
    )
    quotes = [q for q in extract(text, pipeline)["quotes"] if q["text"].startswith("Nepal will")]
    assert [q["act"] for q in quotes] == ["speech"]


def test_remembering_someone_as_words_in_marks_is_speech():
    text = (
        "Former minister Lord Anthony Calloway, who sat across the table from him in 1985, "
        'remembered him as "the most stubborn man I ever met, and one of the most honest."\n\n'
        "Calloway remembers that the talks were long and bitter."
    )
    acts = {q["cue"]["text"]: q["act"] for q in extract(text, load_nlp())["quotes"]}
    assert acts == {"remembered": "speech", "remembers": "thought"}, acts


def test_a_person_called_out_with_a_clause_describing_their_name_is_a_topic():
    text = (
        "Okoro stopped Ivanenko in the second round. She then called out the current champion, "
        "Ana Lucia Ferreira, who is sitting cageside."
    )
    quotes = extract(text, load_nlp())["quotes"]
    called = [q for q in quotes if q["cue"]["text"].endswith("called out")]
    assert [q["topic"] for q in called] == [True], quotes


def test_a_question_put_to_the_speaker_between_commas_is_no_quote(nlp):
    text = (
        "A spokesman for the Faroese fisheries ministry, asked whether Torshavn was happy with "
        'the outcome, said only: "Acceptable."'
    )
    found = extract(text, nlp)["quotes"]
    asked = [q for q in found if q["text"].startswith("whether")]
    assert asked and all(q["topic"] and not is_quote(q) for q in asked)


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Mr Ashdown put it to her that she had been watching television at the time.",
            "that she had been",
            "Ashdown",
        ),
        (
            "Crown prosecutor Rhiannon Delacey put to Mr Nunn that he had been looking at his "
            "phone in the seconds before the crash.",
            "that he had been",
            "Rhiannon Delacey",
        ),
    ],
)
def test_what_counsel_put_to_a_witness_is_speech(nlp, text, start, name):
    found = [q for q in extract(text, nlp)["quotes"] if q["text"].startswith(start)]
    assert len(found) == 1 and found[0]["act"] == "speech" and is_quote(found[0])
    assert found[0]["speaker"]["name"] == name
    poll = "The latest poll puts his approval at 49 percent, the pollster said."
    assert all(q["cue"]["text"] != "puts" for q in extract(poll, nlp)["quotes"])


@pytest.fixture(scope="module")
def full_nlp():
    return load_nlp()


def test_what_is_said_to_have_happened_at_a_time_is_a_clause_not_a_topic(full_nlp):
    text = (
        "A spokeswoman for the Brussels transport company STIB said only three metro lines "
        "operated on Monday, with reduced frequency."
    )
    found = [q for q in extract(text, full_nlp)["quotes"] if q["text"].startswith("only three")]
    assert len(found) == 1 and found[0]["act"] == "speech" and is_quote(found[0])
    assert not found[0].get("topic")


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "When TOI asked whether loans to relatives of directors had contributed to the "
            "crisis, Jagtap declined to answer.",
            "whether loans to relatives of directors had contributed to the crisis",
        ),
        (
            "Varsani, asked later whether Labour itself could rule out raising VAT, said the "
            "manifesto commitments “speak for themselves”.",
            "whether Labour itself could rule out raising VAT",
        ),
    ],
)
def test_a_question_put_by_the_press_or_to_the_speaker_is_no_quote(pipeline, text, question):
    quotes = _by_text(extract(text, pipeline))
    assert quotes[question]["topic"] is True
    assert not is_quote(quotes[question])


def test_a_nickname_a_group_gives_is_no_quote_but_one_persons_label_is(pipeline):
    text = (
        'Mr. Shivalingaiah, whom supporters in his constituency fondly call "the Canal Man of '
        'Channarayadurga", has held the portfolio since 2021. Locals have taken to calling the '
        'lorries "the ghost trucks of Thenmalar", since they travel without headlights. Top '
        'scorer Emeka Obi, nicknamed "the Lion of Castelforte" by the Curva Nord, has scored '
        'five goals. Critics called the plan "a disaster for families". Staff at the '
        'restaurant call her "the Sergeant Major", a name she pretends to dislike.'
    )
    quotes = extract(text, pipeline)["quotes"]
    shown = [q["text"] for q in quotes if is_quote(q)]
    for name in ("Canal Man", "ghost trucks", "Lion of Castelforte", "Sergeant Major"):
        assert any(name in q["text"] and q["topic"] for q in quotes), name
        assert not any(name in t for t in shown), name
    assert any("a disaster for families" in t for t in shown)


def test_a_groups_name_for_people_after_the_is_no_quote_whatever_its_words_are(pipeline):
    # "Analysts" a plural proper noun to the tagger, "quiet suburban middle" adjectives
    text = (
        "Analysts have taken to calling the late-deciding, moderate voters in the suburbs of "
        "Lisbon and Porto the \u201cquiet suburban middle\u201d, a label that first appeared in a "
        "strategy paper leaked last year."
    )
    quotes = extract(text, pipeline)["quotes"]
    named = [q for q in quotes if "quiet suburban middle" in q["text"]]
    assert named and all(q["topic"] and not is_quote(q) for q in named)


def test_what_a_group_refers_to_someone_as_is_a_nickname_but_ones_own_label_a_quote(pipeline):
    text = (
        'Inside the company, where employees referred to Haldane as "the Oracle of Hudson '
        'Yards" because of his confident forecasts, few staff had access to the data. Trump '
        'referred to the deal as "the worst deal ever".'
    )
    quotes = extract(text, pipeline)["quotes"]
    oracle = [q for q in quotes if "Oracle of Hudson Yards" in q["text"]]
    assert oracle and all(q["topic"] and not is_quote(q) for q in oracle)
    assert any("the worst deal ever" in q["text"] and is_quote(q) for q in quotes)


def test_the_title_of_a_newsletter_someone_publishes_is_no_quote(pipeline):
    text = (
        "According to Lukas Brennholt, an independent analyst who publishes the widely read "
        'software newsletter "The Seat Count", Halden has a patchy record of integrating the '
        "companies it buys."
    )
    quotes = extract(text, pipeline)["quotes"]
    titled = [q for q in quotes if "The Seat Count" in q["text"]]
    assert titled and not any(is_quote(q) for q in titled)
    assert any(q["text"].startswith("Halden has") and is_quote(q) for q in quotes)


def test_what_a_papers_authors_conclude_is_a_finding_not_a_quote(pipeline):
    text = (
        "Cholesterol jab cuts levels by half\n\n"
        "The findings, published on Wednesday in the journal Cardiology Today, come from a "
        'trial of 1,200 adults in nine countries. The authors conclude that the drug "was '
        'generally well tolerated over 24 weeks," though the trial was small.\n\n'
        '"This is a genuinely important result," said Dr Priya Raghunathan, who led the trial.'
    )
    quotes = extract(text, pipeline)["quotes"]
    found = [q for q in quotes if "well tolerated" in q["text"]]
    assert len(found) == 1 and found[0]["act"] == "evidence" and not is_quote(found[0])
    assert any(is_quote(q) and q["text"].startswith("This is a genuinely") for q in quotes)


def test_words_in_marks_someone_ends_a_statement_with_are_speech(pipeline):
    text = (
        "Mafia trial\n\n"
        "Prosecutor Elena Della Corte ended her statement with an appeal to the panel of "
        'judges: "You are not judging a family. You are judging a system."'
    )
    found = [q for q in extract(text, pipeline)["quotes"] if "judging a family" in q["text"]]
    assert len(found) == 1 and found[0]["act"] == "speech" and is_quote(found[0])
    assert found[0]["speaker"]["name"] == "Elena Della Corte"


def test_a_name_given_as_a_habit_is_no_quote_but_what_a_thing_is_called_once_is(pipeline):
    text = (
        'Workers at the site had long called the dam "the leaky bathtub". Critics have long '
        'called the law "anti-gay". Trump has called the deal "a disaster".'
    )
    quotes = extract(text, pipeline)["quotes"]
    shown = [q["text"] for q in quotes if is_quote(q)]
    assert any("leaky bathtub" in q["text"] and q["topic"] for q in quotes)
    assert not any("leaky bathtub" in t for t in shown)
    assert any("anti-gay" in t for t in shown) and any("a disaster" in t for t in shown)


def test_what_someone_blames_or_attributes_something_on_or_to_is_a_claim_not_a_topic(pipeline):
    text = (
        "Tea prices\n\n"
        "Kapsoiyo Tea Factory chairman Wilson Kipngetich Cheruiyot blamed the low payment on a "
        "glut in the global market and weak demand from traditional buyers in Pakistan.\n\n"
        "Ports Authority Managing Director Capt. Hamisi Juma Mwinyi attributed the backlog to a "
        "surge in transit cargo destined for Uganda."
    )
    shown = [q for q in extract(text, pipeline)["quotes"] if is_quote(q)]
    assert any("on a glut in the global market" in q["text"] for q in shown)
    assert any("to a surge in transit cargo" in q["text"] for q in shown)


def test_a_title_in_marks_beside_its_kind_of_document_makes_no_quote(pipeline):
    text = (
        "Schools report\n\n"
        "The report, “Ready or Not”, surveyed more than 1,000 applicants across England.\n\n"
        "The minister presented a draft document titled “Energy Security Strategy to 2050”, "
        "which replaces the exit date with a list of conditions.\n\n"
        "She has written about that period in a book, “Sędzia bez sali” (“A Judge Without a "
        "Courtroom”), which is due to be published in the spring.\n\n"
        "“We will not close a single school this year,” the minister said."
    )
    quotes = extract(text, pipeline)["quotes"]
    for title in ("Ready or Not", "Energy Security Strategy", "A Judge Without"):
        titled = [q for q in quotes if title in q["text"]]
        assert titled, title
        assert not any(is_quote(q) for q in titled), title
    assert any(is_quote(q) and "close a single school" in q["text"] for q in quotes)


def test_what_a_schedule_says_is_a_record_not_a_quote(pipeline):
    text = (
        "The Whitfield campaign plans to visit all 88 Ohio counties before the March primary, "
        "according to a schedule released on Friday, an ambitious itinerary for a candidate."
    )
    quotes = extract(text, pipeline)["quotes"]
    planned = [q for q in quotes if "88 Ohio counties" in q["text"]]
    assert planned and all(q["act"] == "evidence" and not is_quote(q) for q in planned)
