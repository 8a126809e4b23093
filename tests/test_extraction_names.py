"""Speaker names and people: pronouns, fullest names, descriptions, issuers, affiliations,
entity types, on sentences written for the purpose."""

from __future__ import annotations

import re

import pytest

from tests.offsets import assert_offsets_exact
from workers.extraction import analyse, extract, load_nlp
from workers.extraction.apostrophes import straight
from workers.extraction.naming import as_inside_a_sentence
from workers.selection import is_quote


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


@pytest.mark.parametrize(
    ("text", "start", "content"),
    [
        ('Tom Smith, a lawyer, said "We will win."', "We will", "We will win."),
        ('Protesters marched. Ana Ruiz yelled "Stay there!" at them.', "Stay", "Stay there!"),
        ('Mary Jones arrived late. She said, "No." Then she left.', "No", "No."),
    ],
)
def test_a_short_sentence_in_marks_after_its_cue_is_a_direct_quotation(nlp, text, start, content):
    q = one(nlp, text, start)
    assert (q["kind"], q["text"]) == ("direct", content)
    assert q["speaker"] is not None and q["cue"]["text"] in ("said", "yelled")


def test_a_short_title_in_marks_after_a_cue_without_a_comma_is_no_quotation(nlp):
    found = result(nlp, "The band played “Yesterday.” It was a fine night.")
    assert found["quotes"] == []


def test_cueless_paragraph_after_a_multi_paragraph_quotation_continues_its_speaker(nlp):
    text = (
        "“We will rebuild the bridge,” the governor, Maria Lopez, said on Monday. "
        "“It will take two years.\n\n“The money is there.”\n\n“Nobody will lose a job.”"
    )
    q = one(nlp, text, "Nobody will")
    assert q["speaker"] is not None
    assert q["speaker"]["name"] == "Maria Lopez"


def test_short_title_in_marks_is_no_quotation(nlp):
    assert result(nlp, "She watched “Meet the Press,” which aired on Sunday.")["quotes"] == []


# -- pronouns ---------------------------------------------------------------------------------


def test_he_takes_the_only_possible_antecedent(nlp):
    text = 'Burton explained from a podium. "I love cats," he said.'
    q = one(nlp, text, "I love cats")
    assert q["speaker"] is not None
    assert q["speaker"]["name"] == "Burton"
    assert entity(result(nlp, text), "Burton")["type"] == "PERSON"


def test_she_takes_the_woman_not_the_man_named_last(nlp):
    text = (
        "Melanie Carter met Paul Brennan at the rally on Tuesday. "
        "“He really does love us,” she said."
    )
    q = one(nlp, text, "He really")
    assert q["speaker"]["name"] == "Melanie Carter"


def test_it_takes_the_organisation_not_the_person_named_before(nlp):
    text = (
        "Joan Pereira, a union leader, criticised Acme Airlines on Monday. "
        "It said the strike had cost it two million dollars."
    )
    q = one(nlp, text, "the strike")
    assert q["speaker"] is not None
    assert q["speaker"]["name"] == "Acme Airlines"
    assert q["speaker"]["entity_id"] == entity(result(nlp, text), "Acme Airlines")["id"]


def test_he_is_the_son_whose_father_his_own_sentence_speaks_of_again(nlp):
    text = (
        "Tom Ashby is already on the hill. He has been a gamekeeper since he was seventeen.\n\n"
        "Ashby grew up in a keeper's cottage. His father, Walter Ashby, kept the neighbouring "
        "moor for thirty years. He still remembers the advice his father gave him.\n\n"
        "He laughs at the memory. \u201cHe was right, mind. He usually was.\u201d\n\n"
        "The job has changed beyond recognition, he says. When he started, a keeper answered "
        "to the laird and to nobody else. Now there are licences to apply for.\n\n"
        "\u201cI don\u2019t mind being watched,\u201d he says."
    )
    speakers = {q["text"][:12]: q["speaker"]["name"] for q in result(nlp, text)["quotes"]}
    assert speakers["The job has "] == "Tom Ashby", speakers
    assert speakers["I don\u2019t mind"] == "Tom Ashby", speakers


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Sean Hannity interviewed Donald Trump in Austin. Hannity asked Trump how high the "
            "wall would be.\n\n\u201cI think the height could be 35 feet,\u201d he told Hannity.",
            "I think the height",
            "Donald Trump",
        ),
        (
            "\u201cThat would be a disaster,\u201d Ted Cruz said.\n\nAs for Donald Trump, he "
            "said he\u2019s not worried.",
            "he\u2019s not worried",
            "Donald Trump",
        ),
    ],
)
def test_he_is_neither_whom_he_tells_nor_another_than_the_topic_opening_his_sentence(
    nlp, text, start, name
):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_she_after_his_widow_is_the_woman_whose_husband_he_was_named_as(nlp):
    text = (
        "At the piano sits Eileen Fitzgerald-Moran, 68, who started the group after her husband "
        "Tom was diagnosed with Alzheimer's disease.\n\n"
        "Dr Anwen Pryce-Jones, a psychiatrist, says that is beside the point. \u201cThat hour "
        "matters,\u201d she says.\n\n"
        "Tom died in 2023. His widow kept the group going.\n\n"
        "\u201cPeople asked me whether I'd stop,\u201d she says."
    )
    assert one(nlp, text, "People asked me")["speaker"]["name"] == "Eileen Fitzgerald-Moran"


def test_she_after_his_daughter_is_the_woman_of_his_surname(nlp):
    text = (
        "Retired postman Derek Whitlow, 71, brought the figure along after his daughter saw an "
        'advert.\n\n"Dad was going to leave it at home," laughed Karen Whitlow, 44.\n\n'
        "Joan Prentice, 83, had brought a pair of candlesticks. They turned out to be plate.\n\n"
        "Mr Whitlow has not yet decided whether to sell the bronze. His daughter is in no doubt. "
        '"It\'s going in a cabinet," she said.'
    )
    assert one(nlp, text, "It's going")["speaker"]["name"] == "Karen Whitlow"


def test_he_after_his_brother_is_the_one_named_as_his_brother_before(nlp):
    text = (
        "Richard Osman (left), 40.\n\nOsman is believed to have been on the flight, according "
        "to an interview his brother Alastair Osman gave to ITV. The 40-year-old worked as a "
        "geologist. Alastair Osman called him a kind, loving and admirable person. He and his "
        "wife had just welcomed a second baby girl, his brother added. \u201cHe\u2019s a new "
        "dad,\u201d he said."
    )
    assert one(nlp, text, "He\u2019s a new")["speaker"]["name"] == "Alastair Osman"


def test_a_family_named_by_its_surname_is_no_one_of_them(nlp):
    text = (
        "Derek M. Salazar, 41, died on Sunday.\n\nIn a statement, the Salazar family said Derek "
        'had trained for eight months. "He was a devoted father," the statement said.'
    )
    speakers = [q["speaker"] for q in result(nlp, text)["quotes"]]
    assert [(s["name"], s["entity_id"]) for s in speakers] == [("the Salazar family", None)] * 2


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Claire Devereux-Amin took out the policy for her cocker spaniel, Rufus.\n\n"
            "The court also heard from the vet who treated Rufus, Dr Imogen Sato of Wexcombe "
            "Veterinary Centre, who said in a written statement that the stiffness was unrelated.",
            "that the stiffness",
            "Imogen Sato",
        ),
        (
            "The assembly met at noon.\n\nThe loudest applause went to Freya Lindgren-Oduya, 16, "
            "representing Castleburn Academy, who told members she had waited 14 months.",
            "she had waited",
            "Freya Lindgren-Oduya",
        ),
        (
            "The hoard was examined by Dr Rhodri Kendrick-Vaughan, a finds liaison officer with "
            "the Portable Antiquities Scheme, who said the objects had probably been buried in "
            "the ninth century.",
            "the objects had",
            "Rhodri Kendrick-Vaughan",
        ),
        (
            "Among them was Noor Haddad, campaigns director at the Washington-based Ocean "
            "Sentience Project, who said dolphins in captivity show signs of stress.",
            "dolphins in captivity",
            "Noor Haddad",
        ),
        (  # the name set off after the role and its body, read as the body's
            "The skipper of the Fraserburgh-registered Morning Star, Callum Reid, 52, told the "
            "Press Association that the quota was too low.",
            "that the quota",
            "Callum Reid",
        ),
    ],
)
def test_who_after_a_name_and_the_body_it_works_for_is_that_name(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_unresolvable_pronoun_names_nobody(nlp):
    (q,) = result(nlp, "He said the talks had failed.")["quotes"]
    assert q["speaker"] is None


def test_joined_speakers_are_both_named(nlp):
    q = one(nlp, '"We love cats!" reply Burton and Nick.', "We love cats")
    assert q["speaker"] is not None
    assert q["speaker"]["name"] == "Burton and Nick"


# -- names ------------------------------------------------------------------------------------


def test_surname_and_full_name_are_one_entity(nlp):
    text = (
        "Elon Musk founded the company in 2002.\n\n"
        'Musk said the rocket would fly next year. "We are ready," Musk told reporters.'
    )
    found = result(nlp, text)
    musk = entity(found, "Elon Musk")
    assert musk["count"] == 3
    assert [q["speaker"]["entity_id"] for q in found["quotes"]] == [musk["id"]] * 2


def test_surname_the_ner_never_tagged_that_speaks_alone_is_the_full_names_person(nlp):
    text = (
        "Musk's X sues advertisers over boycott\n\nElon Musk's social media platform X has "
        "sued a group of advertisers.\n\n"
        '"We tried peace for 2 years, now it is war," Musk posted on X.'
    )
    found = result(nlp, text)
    musk = entity(found, "Elon Musk")
    assert musk["type"] == "PERSON" and musk["count"] == 3
    assert one(nlp, text, "We tried")["speaker"]["entity_id"] == musk["id"]


def test_a_surname_the_ner_takes_for_an_organisation_that_speaks_is_the_full_names_person(nlp):
    text = (
        "Aryna Sabalenka reached her third straight final on Thursday.\n\n"
        '"I\'m super proud of the way I handled the pressure today," Sabalenka said.\n\n'
        'Gauff admitted she had struggled. "It just wasn\'t there today," the American said.'
    )
    doc = nlp(text)
    doc.ents = [
        doc.char_span(m.start(), m.end(), "ORG") for m in re.finditer(r"(?<!Aryna )Sabalenka", text)
    ] + [doc.char_span(text.index("American"), text.index("American") + 8, "NORP")]
    found = analyse(doc)
    sabalenka = entity(found, "Aryna Sabalenka")
    assert sabalenka["type"] == "PERSON" and sabalenka["count"] == 2
    speakers = {q["text"][:9]: q["speaker"]["entity_id"] for q in found["quotes"]}
    assert speakers["I'm super"] == sabalenka["id"]
    assert [e["type"] for e in found["entities"] if e["name"] == "American"] == ["NORP"]


def test_a_surname_after_a_title_is_a_person_whatever_its_label(nlp):
    text = (
        "The team, led by Matthew Campen at the University of New Mexico, analysed tissue.\n\n"
        '"The concentrations were seven times higher," Prof Campen said.'
    )
    doc = nlp(text)
    name, titled = text.index("Matthew Campen"), text.index("Prof Campen")
    doc.ents = [
        doc.char_span(name, name + 14, "PERSON"),
        doc.char_span(titled, titled + 11, "WORK_OF_ART"),
    ]
    found = analyse(doc)
    campen = entity(found, "Matthew Campen")
    assert campen["count"] == 2
    (q,) = found["quotes"]
    assert q["speaker"]["entity_id"] == campen["id"]


@pytest.mark.parametrize("tagged", ["Musk", "Elon Musk"])
def test_surname_and_full_name_are_one_entity_when_the_ner_tags_one(nlp, tagged):
    text = (
        "Musk said on Tuesday that the rocket would fly in May.\n\n"
        "Elon Musk founded the company in 2002, and Musk still leads it."
    )
    doc = nlp(text)
    spans = [doc.char_span(m.start(), m.end(), "PERSON") for m in re.finditer(tagged, text)]
    spans = [
        s
        for s in spans
        if s is not None and not (tagged == "Musk" and s.start and doc[s.start - 1].text == "Elon")
    ]
    assert spans
    doc.ents = spans
    found = analyse(doc)
    musk = entity(found, "Elon Musk")
    assert musk["type"] == "PERSON"
    assert musk["count"] == 3
    (q,) = found["quotes"]
    assert q["speaker"]["entity_id"] == musk["id"]


def test_no_mention_crosses_a_paragraph_break(nlp):
    text = "The report was written by Anna Walsh\n\nBrennan said the report was wrong."
    found = result(nlp, text)
    assert found["entities"]
    assert all("\n" not in m["text"] for e in found["entities"] for m in e["mentions"])


def test_no_mention_starts_with_a_possessive(nlp):
    text = "The plan was Mary Jones’s idea, and Jones said it would work."
    found = result(nlp, text)
    assert found["entities"]
    for e in found["entities"]:
        for m in e["mentions"]:
            assert not m["text"].startswith(("’s", "'s", "s ")), m


# -- descriptions, issuers, affiliations ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A senior official said the talks had failed.", "a senior official"),
        ("The ministry's spokesperson said the border would stay closed.", None),
    ],
)
def test_unnamed_source_is_named_by_its_description(nlp, text, name):
    (q,) = result(nlp, text)["quotes"]
    assert q["speaker"] is not None
    assert q["speaker"]["entity_id"] is None
    assert q["speaker"]["name"] == (name or as_inside_a_sentence(q["speaker"]["mention"]["text"]))


def test_description_never_takes_an_unrelated_persons_name(nlp):
    text = (
        "Photo: John Smith/Getty Images\n\n"
        "The mayor said the park would reopen in the spring after repairs."
    )
    found = result(nlp, text)
    q = one(nlp, text, "the park")
    assert q["speaker"]["name"] == "the mayor"
    assert q["speaker"]["entity_id"] is None
    assert not [e for e in found["entities"] if e["type"] == "PERSON"]


def test_a_persons_spokesman_is_neither_that_person_nor_the_last_one_quoted(nlp):
    text = (
        "\u201cWe will not back down,\u201d the union's general secretary, Mick Lynch, said.\n\n"
        "Transport Secretary Heidi Alexander's spokesman said the government was disappointed."
    )
    speaker = one(nlp, text, "the government")["speaker"]
    assert speaker["entity_id"] is None
    assert speaker["name"] == "Transport Secretary Heidi Alexander's spokesman"


def test_a_spokeswoman_is_not_the_spokesman_named_later(nlp):
    text = (
        "Nurses vote to accept pay offer\n\n"
        "Nurses in Scotland have voted to accept a pay offer from the government.\n\n"
        "A spokeswoman said members would meet next week.\n\n"
        "Scottish Conservative health spokesman Dr Sandesh Gulhane said: \u201cNurses should "
        "never have been pushed to the brink.\u201d"
    )
    speaker = one(nlp, text, "members would meet")["speaker"]
    assert speaker["entity_id"] is None
    assert speaker["name"] == "a spokeswoman"


@pytest.mark.parametrize("role", ["spokeswoman", "spokesman"])
def test_a_spokesperson_for_one_organisation_is_not_another_partys_spokesman_named_later(nlp, role):
    text = (
        "Nurses in Scotland vote to accept pay offer\n\n"
        "Nurses in Scotland have voted to accept a pay offer from the government.\n\n"
        "However, the GMB union said it was disappointed that ambulance workers had been left "
        f"out of the talks. A {role} for the union said members would meet next week.\n\n"
        "Scottish Conservative health spokesman Dr Sandesh Gulhane said: \u201cNurses should "
        "never have been pushed to the brink.\u201d"
    )
    speaker = one(nlp, text, "members would meet")["speaker"]
    assert speaker["entity_id"] is None
    assert speaker["name"] == f"a {role} for GMB"
    assert speaker["affiliation"]["name"] == "GMB"


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
        (  # the role in apposition that names the organisation, not the title before the name
            '"The risk is small," Professor Jo Smithers, a safety engineer at Acme Airlines, said.',
            "Jo Smithers",
        ),
    ],
)
def test_spokesperson_carries_the_organisation(nlp, text, name):
    found = result(nlp, text)
    (q,) = found["quotes"]
    acme = entity(found, "Acme Airlines")
    assert q["speaker"]["name"] == name
    assert q["speaker"]["affiliation"] == {"name": "Acme Airlines", "entity_id": acme["id"]}


def test_she_is_the_speaker_not_the_daughter_a_clause_on_her_names(nlp):
    text = (
        "Families want answers.\n\nRhiannon Davies, whose daughter Kate died shortly after "
        "birth in 2009, said she was disappointed by the response.\n\n"
        '"Every time we are let down," she said.'
    )
    found = result(nlp, text)
    assert entity(found, "Rhiannon Davies")["type"] == "PERSON"
    q = one(nlp, text, "Every time")
    assert q["speaker"]["name"] == "Rhiannon Davies"


def test_the_people_take_up_the_people_familiar_with_the_matter(nlp):
    text = (
        "Harlow & Vine is exploring a sale of its UK business, according to three people "
        "familiar with the matter.\n\nThe company has hired advisers to sound out buyers, "
        "the people said."
    )
    q = one(nlp, text, "The company has")
    assert q["speaker"]["name"] == "three people familiar with the matter"
    assert q["speaker"]["mention"]["text"] == "the people"


def test_a_lawsuit_speaks_for_whoever_filed_it(nlp):
    text = (
        "A former aide sued the senator.\n\nThe lawsuit, filed on Monday in Washington by "
        "Emily Tran, 29, claims that the office required staff to work weekends."
    )
    q = one(nlp, text, "that the office")
    assert q["speaker"]["name"] == "Emily Tran"
    assert q["speaker"]["mention"]["text"] == "The lawsuit"


def test_who_describes_someone_as_something_adds_what_follows(nlp):
    text = (
        "The club signed a striker.\n\nManager John Smith described Haaland as "
        '"an exceptional talent", adding: "He will make us better."'
    )
    q = one(nlp, text, "He will")
    assert q["speaker"]["name"] == "John Smith"


def test_a_comma_inside_an_organisations_name_is_no_apposition(nlp):
    text = (
        "Three libraries will close.\n\nA spokeswoman for the Department for Culture, Media and "
        "Sport said library provision was a matter for local authorities."
    )
    found = result(nlp, text)
    (q,) = [q for q in found["quotes"] if q["text"].startswith("library")]
    department = entity(found, "Department for Culture, Media and Sport")
    speaker = q["speaker"]
    assert speaker["name"] == "a spokeswoman for the Department for Culture, Media and Sport"
    assert speaker["entity_id"] is None
    assert speaker["affiliation"] == {"name": department["name"], "entity_id": department["id"]}


def test_an_untagged_name_a_which_clause_describes_is_an_organisation(nlp):
    text = (
        "Colleges Ontario, which represents the province's 24 public colleges, said its members "
        'had lost revenue.\n\n"We are well past the point of trimming," said Linda Franklin, '
        "the group's president."
    )
    found = result(nlp, text)
    colleges = entity(found, "Colleges Ontario")
    assert colleges["type"] == "ORG"
    speaker = one(nlp, text, "We are well")["speaker"]
    assert speaker["affiliation"] == {"name": "Colleges Ontario", "entity_id": colleges["id"]}


@pytest.mark.parametrize(
    ("text", "start", "name", "organisation"),
    [
        (  # a police rank is no name
            "A man has been jailed for eight years.\n\n"
            "Speaking after the hearing, Det Con Amy Shaw of Avon and Somerset Police said: "
            '"We hope this sentence sends a clear message."',
            "We hope",
            "Amy Shaw",
            "Avon and Somerset Police",
        ),
        (  # a title before the name gives way to the organisation after it
            "Chief Terry Paul of Membertou First Nation said his community wanted to be a "
            "partner in managing the area.",
            "his community",
            "Terry Paul",
            "Membertou First Nation",
        ),
    ],
)
def test_the_organisation_after_a_titled_name_is_its_affiliation(
    nlp, text, start, name, organisation
):
    found = result(nlp, text)
    org = entity(found, organisation)
    speaker = one(nlp, text, start)["speaker"]
    assert speaker["name"] == name
    assert speaker["affiliation"] == {"name": organisation, "entity_id": org["id"]}


def test_an_organisation_named_like_one_is_one_whatever_its_label_and_an_ampersand_no_person(nlp):
    text = (
        "Monsoon Q&A: How the city copes\n\n"
        '"We have deployed all our pumps," Brihanmumbai Municipal Corporation commissioner '
        "Bhushan Gagrani told reporters."
    )
    doc = nlp(text)
    spans = [("Q&A", "PERSON"), ("Brihanmumbai Municipal Corporation", "WORK_OF_ART")]
    doc.ents = [
        doc.char_span(text.index(name), text.index(name) + len(name), label)
        for name, label in spans
    ] + [doc.char_span(text.index("Bhushan"), text.index(" told"), "PERSON")]
    found = analyse(doc)
    corporation = entity(found, "Brihanmumbai Municipal Corporation")
    assert corporation["type"] == "ORG" and entity(found, "Q&A")["type"] != "PERSON"
    (q,) = found["quotes"]
    assert q["speaker"]["name"] == "Bhushan Gagrani"
    assert q["speaker"]["affiliation"] == {
        "name": "Brihanmumbai Municipal Corporation",
        "entity_id": corporation["id"],
    }


def test_a_name_set_off_after_a_role_and_its_constituency_is_the_roles(nlp):
    text = (
        "The Conservative MP for Hertsmere, Oliver Dowden, said Labour had misled voters.\n\n"
        "The minister rejected the claim."
    )
    q = one(nlp, text, "Labour had misled")
    assert q["speaker"]["name"] == "Oliver Dowden"
    assert q["speaker"]["entity_id"] == entity(result(nlp, text), "Oliver Dowden")["id"]


def test_an_organisation_owning_a_role_wins_over_the_place_it_covers(nlp):
    text = (
        "According to the Royal College of Nursing, a third of nurses gave care in corridors.\n\n"
        "Patricia Marquis, the college's director for England, said of the findings: "
        '"These numbers are shocking."'
    )
    speaker = one(nlp, text, "These numbers")["speaker"]
    college = entity(result(nlp, text), "Royal College of Nursing")
    assert speaker["affiliation"] == {
        "name": "Royal College of Nursing",
        "entity_id": college["id"],
    }


def test_a_name_that_opens_with_a_saints_possessive_is_one_organisation(nlp):
    text = (
        '"I have never seen it this bad," said Maria Lopez, a nurse at St James\'s University '
        "Hospital in Leeds."
    )
    doc = nlp(text)
    doc.ents = [
        doc.char_span(text.index(name), text.index(name) + len(name), label)
        for name, label in [
            ("Maria Lopez", "PERSON"),
            ("St James", "ORG"),
            ("University Hospital", "ORG"),
            ("Leeds", "GPE"),
        ]
    ]
    found = analyse(doc)
    hospital = entity(found, "St James's University Hospital")
    assert hospital["type"] == "ORG"
    assert found["quotes"][0]["speaker"]["affiliation"]["entity_id"] == hospital["id"]


def test_a_role_after_an_untagged_name_is_that_sentence_subjects(nlp):
    text = (
        "Arsenal were held to a draw after Declan Rice was sent off.\n\n"
        'Mikel Arteta was furious with the decision to send Rice off. "I have never seen a red '
        'card like that in my life," the Arsenal manager said.'
    )
    found = result(nlp, text)
    arteta = entity(found, "Mikel Arteta")
    assert arteta["type"] == "PERSON"
    assert one(nlp, text, "I have never")["speaker"]["entity_id"] == arteta["id"]


def test_a_lede_description_is_the_person_the_next_paragraph_opens_with(nlp):
    text = (
        "A Calgary nurse who went public with concerns about wait times says she has received "
        "threatening messages.\n\n"
        "Rachel Whitford, who has worked at the hospital for 11 years, told CBC News that the "
        "messages began in May.\n\n"
        "A hospital worker said the messages were shocking.\n\n"
        "Mark Hill, who runs the ward, said staff were upset."
    )
    assert one(nlp, text, "she has received")["speaker"]["name"] == "Rachel Whitford"
    assert one(nlp, text, "the messages were")["speaker"]["name"] == "a hospital worker"


def test_a_lede_relative_is_the_person_whose_relative_the_next_paragraph_names(nlp):
    text = (
        "The mother of a girl killed in a crash says the province must lower speed limits.\n\n"
        "Sarah Mitchell's daughter, Ava, died in March on Highway 7.\n\n"
        "The father of another victim said nothing had changed."
    )
    assert one(nlp, text, "the province must")["speaker"]["name"] == "Sarah Mitchell"
    assert one(nlp, text, "nothing had")["speaker"]["name"] == "the father of another victim"


def test_a_bare_surname_after_a_recent_full_name_is_not_one_named_long_before(nlp):
    filler = " ".join(["The council met on Tuesday and spent the day on the budget."] * 130)
    text = (
        f"Libertarian candidate Gary Johnson spoke in Ohio.\n\n{filler}\n\n"
        "Homeland Security Secretary Jeh Johnson says hackers are targeting elections.\n\n"
        "The attacks were reported in two states this summer, and officials in both states "
        "were told to check their systems again. Voting machines are not connected to the "
        "internet, and paper ballots are kept in most counties for a recount if one is "
        "needed.\n\nJohnson said officials should be vigilant."
    )
    assert one(nlp, text, "officials should")["speaker"]["name"] == "Jeh Johnson"


def test_an_owned_role_is_the_person_the_article_names_in_that_role_later(nlp):
    text = (
        "The committee voted to hold Bryan Pagliano in contempt.\n\n"
        "The vote took place despite warnings from his attorney that the showdown was "
        "fruitless.\n\nRep. Elijah Cummings of Maryland said the vote was a stunt.\n\n"
        "An attorney for Pagliano, Mark MacDougall, stressed that his client was ready to "
        "appear behind closed doors."
    )
    assert one(nlp, text, "that the showdown")["speaker"]["name"] == "Mark MacDougall"


def test_a_headline_description_is_the_person_its_lede_description_introduces(nlp):
    text = (
        "Housing minister says rent cap will stay\n\n"
        "OTTAWA — The federal housing minister says a cap on rents will remain in place.\n\n"
        "Gregor Robertson made the comments Thursday in an interview.\n\n"
        "A landlord said the cap was too low."
    )
    assert one(nlp, text, "rent cap will")["speaker"]["name"] == "Gregor Robertson"
    assert one(nlp, text, "a cap on rents")["speaker"]["name"] == "Gregor Robertson"
    assert one(nlp, text, "the cap was")["speaker"]["name"] == "a landlord"


@pytest.mark.parametrize(
    ("text", "tagged", "label"),
    [
        (  # a person after a comma
            "The mayor of Bristol, Jenny Ward, said the lane would cut journey times.",
            "Bristol, Jenny Ward",
            "ORG",
        ),
        (  # a person before "of"
            "Jenny Ward of Bristol City Council said the lane would cut journey times.",
            "Jenny Ward of Bristol City Council",
            "ORG",
        ),
        (  # "of Bristol City Council" left untagged
            "Jenny Ward of Bristol City Council said the lane would cut journey times.",
            "Jenny Ward",
            "PERSON",
        ),
    ],
)
def test_a_person_the_ner_ran_into_another_name_is_a_person_of_her_own(nlp, text, tagged, label):
    text += ' "People have waited years for this," she said.'
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index(tagged), text.index(tagged) + len(tagged), label)]
    found = analyse(doc)
    ward = entity(found, "Jenny Ward")
    assert ward["type"] == "PERSON"
    assert [q["speaker"]["entity_id"] for q in found["quotes"]] == [ward["id"]] * 2
    if "," not in tagged:
        assert found["quotes"][0]["speaker"]["affiliation"]["name"] == "Bristol City Council"


def test_one_of_a_group_set_off_by_a_name_speaks_and_a_number_is_described_by_whom_it_counts(nlp):
    text = (
        "Traders are angry. One of them, bakery owner Tom Hughes, said his takings had fallen. "
        "One of the council's critics said the plan was rushed."
    )
    speakers = {q["text"]: q["speaker"]["name"] for q in result(nlp, text)["quotes"]}
    assert speakers["his takings had fallen"] == "Tom Hughes"
    assert speakers["the plan was rushed"] == "one of the council's critics"


def test_the_outlet_that_saw_a_memo_is_no_company_a_spokesperson_speaks_for(nlp):
    text = (
        "Brightwater Logistics is closing two warehouses and cutting 300 jobs.\n\nIn a memo "
        "sent to staff and seen by Reuters, the company's operations chief said the closures "
        "were unavoidable. Workers will receive eight weeks of pay, a company spokesperson said."
    )
    spokesperson = one(nlp, text, "Workers will receive")["speaker"]
    assert spokesperson["affiliation"]["name"] == "Brightwater Logistics"


def test_an_airport_speaks_and_is_spoken_for_and_a_home_is_no_affiliation(nlp):
    text = (
        "Strikes by security staff at Heathrow Airport have been called off.\n\n"
        'A Heathrow spokesperson said: "We are pleased that we have reached an agreement."\n\n'
        "The airport said the terminal would remain open.\n\n"
        "Daniel Harper, 31, from Swindon, said the deal was fair."
    )
    spokesperson = one(nlp, text, "We are pleased")["speaker"]
    assert spokesperson["affiliation"]["name"] in ("Heathrow", "Heathrow Airport")
    assert one(nlp, text, "the terminal")["speaker"]["name"] == "Heathrow Airport"
    harper = one(nlp, text, "the deal")["speaker"]
    assert (harper["name"], harper["affiliation"]) == ("Daniel Harper", None)


@pytest.mark.parametrize(
    ("text", "start", "name", "affiliation"),
    [
        (  # "the group" may be any kind of organisation
            "The American Civil Liberties Union said it would sue to block the law.\n\n"
            '"We will see the governor in court," Andrea Young, the group\'s executive director, '
            "said in a statement.",
            "We will see",
            "Andrea Young",
            "American Civil Liberties Union",
        ),
        (  # "its": the organisation the description before it stands for
            "The fire started in a restaurant, according to the Columbus Fire Department.\n\n"
            "Firefighters were called at 3 a.m.\n\nThe department said no one was hurt. Its "
            "chief, Kevin O'Connor, told WBNS-TV the building was a total loss.",
            "the building",
            "Kevin O'Connor",
            "Columbus Fire Department",
        ),
        (  # "its": a name the NER missed
            "Council approved the bike lanes on Wednesday.\n\nThe Bloor-Annex BIA said in a "
            "letter to councillors that it had not been consulted. Its chair, Sarah Mills, said "
            "members felt ignored.",
            "members felt",
            "Sarah Mills",
            "Bloor-Annex BIA",
        ),
        (  # a federation is a kind of organisation
            "The Canadian Federation of Independent Business urged the bank to move faster. "
            '"Small businesses are hanging on by a thread," said Dan Kelly, the federation\'s '
            "president.",
            "Small businesses",
            "Dan Kelly",
            "Canadian Federation of Independent Business",
        ),
    ],
)
def test_a_role_owned_by_a_description_works_for_what_it_stands_for(
    nlp, text, start, name, affiliation
):
    speaker = one(nlp, text, start)["speaker"]
    assert (speaker["name"], speaker["affiliation"]["name"]) == (name, affiliation)


def test_the_spokesperson_is_the_one_introduced_with_the_organisation(nlp):
    text = (
        "A spokesperson for Acme Airlines, the carrier that flies the route, said the plane was "
        'safe.\n\n"The flight was delayed by weather," the spokesperson said.'
    )
    found = result(nlp, text)
    acme = {"name": "Acme Airlines", "entity_id": entity(found, "Acme Airlines")["id"]}
    first, second = (
        one(nlp, text, "the plane was")["speaker"],
        one(nlp, text, "The flight")["speaker"],
    )
    assert first["name"] == second["name"] == "a spokesperson for Acme Airlines"
    assert first["affiliation"] == second["affiliation"] == acme
    assert second["mention"]["text"] == "the spokesperson"


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Council issued a statement on Sunday. The statement said the pier was unsafe.",
        "The Harbour Council published a report on Sunday. The study said the pier was unsafe.",
        "The Harbour Council published a report on Sunday. It was long.\n\n"
        "The report said the pier was unsafe.",
    ],
)
def test_document_speaks_for_the_named_subject_that_issued_it(nlp, text):
    q = one(nlp, text, "the pier")
    assert q["speaker"] is not None
    assert q["speaker"]["name"] == "Harbour Council"
    assert q["speaker"]["entity_id"] == entity(result(nlp, text), "Harbour Council")["id"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the maker's name untagged by the recogniser
        (
            "“Bellbird likes to tell readers it is a family,” an organiser told the crowd.\n\n"
            "Bellbird Press said in a statement that it respects the right to strike. The "
            "statement said the restructure was necessary because of rising costs.",
            "Bellbird Press",
        ),
        # a proper name owning it: the whole name
        (
            "The Tamarack County Sheriff's Office said in a statement that the shooting appeared "
            "to be accidental. The hunter was cooperating with investigators, the statement said.",
            "The Tamarack County Sheriff's Office",
        ),
        # named by apposition; "in a statement" hung on the object of the verb that it says
        (
            "Yemen's Minister of Planning, Khalid Ba-Abbad, welcomed the UN's appeal in a "
            'statement on Tuesday. "The state must be a partner, not a spectator," the '
            "statement said.",
            "Khalid Ba-Abbad",
        ),
    ],
)
def test_the_statement_speaks_for_whoever_made_the_earlier_one(nlp, text, name):
    q = [
        q
        for q in result(nlp, text)["quotes"]
        if q["speaker"]["mention"]["text"].lower() == "the statement"
    ]
    assert len(q) == 1 and q[0]["speaker"]["name"] == name


@pytest.mark.parametrize(
    ("text", "start", "affiliation"),
    [
        (
            "Nia Roberts, leader of Neath Port Talbot Council, said the news was a blow.\n\n"
            "According to union officials, as many as 800 workers could lose their jobs.",
            "as many as",
            None,  # not the council; a bare "union" names no organisation
        ),
        (
            "Nia Roberts, leader of Neath Port Talbot Council, said the news was a blow.\n\n"
            "The company's chief executive, Rajesh Nair, insisted the move was necessary.",
            "the move",
            "The company",
        ),
    ],
)
def test_a_kind_of_organisation_is_no_organisation_of_another_kind(nlp, text, start, affiliation):
    speaker = one(nlp, text, start)["speaker"]
    expected = None if affiliation is None else {"name": affiliation, "entity_id": None}
    assert speaker is not None and speaker["affiliation"] == expected


def test_a_name_the_ner_missed_that_a_role_describes_is_a_person_he_stands_for(nlp):
    text = (
        "Huw Pill, the bank's chief economist, warns that wage growth remains too strong. "
        "\u201cWe cannot declare victory yet,\u201d he says."
    )
    speaker = one(nlp, text, "We cannot")["speaker"]
    assert speaker is not None
    assert speaker["name"] == "Huw Pill"
    assert speaker["entity_id"] == entity(result(nlp, text), "Huw Pill")["id"]


def test_speaker_without_organisation_has_no_affiliation(nlp):
    q = one(nlp, "“We will win this race,” Mary Jones said.", "We will win")
    assert q["speaker"]["name"] == "Mary Jones"
    assert q["speaker"]["affiliation"] is None


# -- people -----------------------------------------------------------------------------------


def test_photo_credits_are_not_people(nlp):
    text = (
        "Mary Jones said the bridge would open next month.\n\n"
        "(Photo: Tom Baker/Getty Images)\n\nPeter Lund/Reuters"
    )
    found = result(nlp, text)
    people = [e["name"] for e in found["entities"] if e["type"] == "PERSON"]
    assert people == ["Mary Jones"]
    assert len(found["quotes"]) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr. Kowalczyk said the vaccine was safe for children.", "Kowalczyk"),
        (
            "Zubair Okonjo, a spokesperson for the ministry, said the vaccine was safe.",
            "Zubair Okonjo",
        ),
    ],
)
def test_speaker_introduced_by_title_or_role_is_a_person(nlp, text, name):
    found = result(nlp, text)
    assert entity(found, name)["type"] == "PERSON"


def test_hyphenated_region_is_a_place(nlp):
    text = "Fighting broke out in Nagorno-Karabakh on Sunday, and the region was shelled again."
    found = result(nlp, text)
    assert entity(found, "Nagorno-Karabakh")["type"] in ("GPE", "LOC")


@pytest.mark.parametrize(
    "text",
    [
        "The Free Syrian Army said the Kurdish militia had withdrawn from the town.",
        "Fighters came from armed organizations, such as Harakat al-Zubair, the report said.",
    ],
)
def test_armed_group_is_not_a_person(nlp, text):
    found = result(nlp, text)
    assert found["entities"]
    assert not [e for e in found["entities"] if e["type"] == "PERSON"]


# -- plural descriptions ------------------------------------------------------------------------


def test_they_after_a_plural_description_is_that_description(nlp):
    q = one(
        nlp,
        "The FBI closed the case in July. Former employees described the mood on the show. "
        "They said he shouted at them every day.",
        "he shouted",
    )
    assert q["speaker"]["name"] == "Former employees"
    assert q["speaker"]["entity_id"] is None
    assert q["speaker"]["mention"]["text"] == "They"


def test_they_after_an_according_to_source_is_that_source(nlp):
    q = one(
        nlp,
        "The FBI closed the case in July. Donald Trump repeatedly insulted the staff, according "
        "to former employees. They said he shouted at them every day.",
        "he shouted",
    )
    assert q["speaker"]["name"] == "former employees"
    assert q["speaker"]["entity_id"] is None


def test_he_after_a_subject_describing_a_person_is_that_person(nlp):
    q = one(
        nlp,
        "President Barack Obama met Mitt Romney in 2012. The two men spoke for an hour.\n\n"
        "After the talks, the president appeared tired. Campaigning against Mitt Romney in "
        "Ohio, he said that the economy was growing.",
        "that the economy",
    )
    assert q["speaker"]["name"] == "Barack Obama"


# -- cue nouns and headlines ----------------------------------------------------------------------


def test_source_after_a_cue_noun_speaks_not_the_subject(nlp):
    q = one(
        nlp,
        "Pagliano ignored a warning from the committee chairman that he would be held in contempt.",
        "that he would be held",
    )
    assert q["speaker"]["mention"]["text"] == "the committee chairman"
    assert q["act"] == "speech"


def test_owner_of_a_cue_noun_speaks(nlp):
    q = one(
        nlp,
        "Ann Brook spoke on Monday.\n\nBrook's comments Tuesday on the shooting death of the man "
        "came as the facts emerged.",
        "the shooting",
    )
    assert q["speaker"]["name"] == "Ann Brook"
    assert q["speaker"]["mention"]["text"] == "Brook"


def test_name_before_a_headline_colon_speaks(nlp):
    q = one(
        nlp, "A lesson from Maria Lopez: 'Work hard and listen.'\n\nLopez spoke in May.", "Work"
    )
    assert q["speaker"]["name"] == "Maria Lopez"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "New Delhi: The Supreme Court on Monday asked the Centre to respond within four "
            "weeks to a petition on the sale of acid.",
            "Supreme Court",
        ),
        (
            "MUMBAI: The Reserve Bank of India on Friday said it would keep rates unchanged.",
            "Reserve Bank of India",
        ),
        ("LAHORE: Punjab police said on Friday they had arrested three men.", "Punjab police"),
    ],
)
def test_a_datelines_place_before_a_colon_gives_way_to_the_cues_subject(nlp, text, speaker):
    quotes = result(nlp, text)["quotes"]
    assert len(quotes) == 1
    assert quotes[0]["speaker"]["name"] == speaker


def test_pronoun_is_never_the_entity_stretched_over_it(nlp):
    from dataclasses import replace

    from workers.extraction.coref import Resolver
    from workers.extraction.entities import build_entities

    doc = nlp("Sam Ortiz runs the clinic. Their plan failed, they said.")
    index = build_entities(doc)
    their = next(t for t in doc if t.text == "Their")
    stretched = replace(index, token_entity={**index.token_entity, their.i: 0})
    resolver = Resolver(doc, stretched, [False] * len(doc))
    assert resolver.resolve(their) is None


def test_he_or_she_never_stands_for_an_organisation_once_labelled_a_person(nlp):
    from collections import Counter
    from dataclasses import replace

    from workers.extraction.coref import Resolver
    from workers.extraction.entities import build_entities

    doc = nlp("Orbix Holdings cut 300 jobs in March. He said the plan would work.")
    index = build_entities(doc)
    orbix = index.token_entity[next(t.i for t in doc if t.text == "Orbix")]
    voted = replace(index.entities[orbix], votes=Counter({"ORG": 3.0, "PERSON": 1.0}))
    entities = [voted if e.index == orbix else e for e in index.entities]
    resolver = Resolver(doc, replace(index, entities=entities), [False] * len(doc))
    assert voted.type == "ORG"
    assert resolver.resolve(next(t for t in doc if t.text == "He")) is None


def test_they_never_stands_for_a_subject_inside_reported_content(nlp):
    q = one(
        nlp,
        "Senators Chuck Grassley and Patrick Leahy wrote to the agency in May. Mr. Grassley and "
        "Mr. Leahy say other changes are needed. They said the program was open to fraud.",
        "the program",
    )
    assert q["speaker"]["name"] == "Chuck Grassley and Patrick Leahy"


def test_they_never_stands_for_a_peoples_adjective_on_a_subject(nlp):
    q = one(
        nlp,
        "The study also estimated that Danish hauliers will need 3,000 new drivers by 2030.\n\n"
        "Robin Castellano-Ruiz, head of training at Nordvej Academy, said the school had doubled "
        "its places this year. They said applications had risen sharply since the scheme began.",
        "applications had risen",
    )
    assert q["speaker"] is None  # not "Danish"


def test_the_city_is_the_place_named_last(nlp):
    q = one(
        nlp,
        "The city of Tucson is suing the company over its water bills. The city sent a letter "
        "on Thursday. It says the company broke state law.",
        "the company broke",
    )
    assert q["speaker"]["name"] == "Tucson"


# -- documents ------------------------------------------------------------------------------------


def test_document_by_names_joined_with_and_speaks_for_them_all(nlp):
    q = one(
        nlp,
        "Yet a 2014 study by Harvard and the University of Chicago found that the city was poor.",
        "that the city",
    )
    assert q["speaker"]["name"] == "Harvard and University of Chicago"


def test_indefinite_document_is_the_next_one_whose_maker_is_named(nlp):
    q = one(
        nlp,
        "A new poll shows that Donald Trump is behind in Ohio.\n\nThe Gallup poll showed Hillary "
        "Clinton ahead by four points.",
        "that Donald Trump",
    )
    assert q["speaker"]["name"] == "Gallup"


def test_campaign_joined_with_an_organisation_is_named_by_its_owner(nlp):
    q = one(
        nlp,
        "Hillary Clinton spoke in Ohio. The Democratic National Committee met in May.\n\nThe "
        "Clinton campaign and the DNC said that they would not comment.",
        "that they",
    )
    assert q["speaker"]["name"] == "Clinton campaign and Democratic National Committee"


def test_a_body_a_person_owns_is_named_with_the_owners_full_name(nlp):
    text = (
        "Health Minister Mark Holland visited Toronto.\n\nHolland’s office said officials "
        "were watching closely. Elena Park’s campaign said she would not withdraw."
    )
    office = one(nlp, text, "officials were")
    assert office["speaker"]["name"] == "Mark Holland’s office"
    campaign = one(nlp, text, "she would not")
    assert campaign["speaker"]["name"] == "Park campaign"  # the press's name for a campaign


def test_its_after_an_organisation_brought_in_unnamed_is_no_named_one(nlp):
    text = (
        "Acme Corp. sold its plant in March. The workers formed a union in May. Its president, "
        "Dan Cole, said the sale was unfair.\n\nAcme Corp. hired a new chief. Its spokesman, "
        "Tom Lee, said the company was growing."
    )
    union = one(nlp, text, "the sale was")
    assert union["speaker"]["name"] == "Dan Cole" and union["speaker"]["affiliation"] is None
    acme = one(nlp, text, "the company was")
    assert acme["speaker"]["affiliation"]["name"] == "Acme Corp."


def test_a_name_ending_as_a_business_does_is_an_organisation(nlp):
    text = (
        "Greenfield Properties wanted to empty the building. In earlier filings, the company "
        "argued that the work was needed. Parkdale residents disagreed."
    )
    found = result(nlp, text)
    assert entity(found, "Greenfield Properties")["type"] == "ORG"
    assert one(nlp, text, "that the work")["speaker"]["name"] == "Greenfield Properties"


def test_a_spokesperson_of_a_seat_of_power_speaks_for_it(nlp):
    text = (
        "The Department for Transport said the strike was unnecessary. A Downing Street "
        "spokesperson said the prime minister was disappointed."
    )
    q = one(nlp, text, "the prime minister")
    assert q["speaker"]["affiliation"]["name"] == "Downing Street"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (  # the company may be a group
            "The singer sued Universal Music Group on Monday. UMG called the lawsuit illogical. "
            "The company said in a statement that it would fight the suit.",
            "that it would fight",
            "Universal Music Group",
        ),
        (  # the regulator is a body whose name says it regulates, not the carmaker
            "Tesla recalls 120,000 vehicles\n\n"
            "Tesla is recalling 120,000 vehicles because a seat belt warning may fail to sound, "
            "the National Highway Traffic Safety Administration said on Friday.\n\n"
            "The regulator said the company had found the problem during an internal review.",
            "the company had found",
            "National Highway Traffic Safety Administration",
        ),
        (  # the company the same description named, not an organisation named since
            "The drug, developed by the Danish company Novo Nordisk, was tested on 1,800 "
            "patients.\n\nLead researcher Catherine Mummery, of University College London, "
            "described the results as encouraging.\n\nThe company said it would apply for "
            "approval next year.",
            "it would apply",
            "Novo Nordisk",
        ),
        (  # the company introduced by its name, not the outlet that saw the memo
            "Software company Orbix is to cut about 6,000 jobs.\n\nIn a memo to staff seen by "
            "the BBC, chief executive Linda Haverford said the decision was painful.\n\nThe "
            "company said affected employees would receive 16 weeks' pay.",
            "affected employees",
            "Orbix",
        ),
        (  # the one union named later, not the company named before
            "Patriot Coal filed for bankruptcy in 2015.\n\nThe company moved its case to New "
            "York to improve its chances in court, according to the union.\n\nPhil Smith, a "
            "spokesman for the United Mine Workers of America, said production would improve.",
            "The company moved",
            "United Mine Workers of America",
        ),
    ],
)
def test_an_organisation_noun_is_the_organisation_its_name_says_it_is(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_an_office_no_one_named_holds_is_not_the_last_speaker(nlp):
    text = (
        "Colleges Ontario, which represents the province's 24 public colleges, warned the cap "
        "would force layoffs. Its president, Marketa Evans, said some colleges could lose half "
        "their revenue.\n\nThe premier, speaking at an event in Mississauga, said the "
        "province would not make up the shortfall."
    )
    evans = one(nlp, text, "some colleges")["speaker"]
    assert evans["name"] == "Marketa Evans"
    assert evans["affiliation"]["name"] == "Colleges Ontario"
    assert one(nlp, text, "the province would")["speaker"]["name"] == "the premier"
    assert entity(result(nlp, text), "Colleges Ontario")["type"] == "ORG"


def test_a_party_member_from_a_place_is_the_speaker_quoted_just_before(nlp):
    text = (
        "The Senate on Tuesday passed a $95 billion aid package.\n\n"
        'Senate Majority Leader Chuck Schumer called the vote "a historic moment." "History '
        'will remember what we did today," the New York Democrat said on the Senate floor.\n\n'
        "But House Speaker Mike Johnson signalled he would not bring the bill up for a vote."
    )
    assert one(nlp, text, "History will")["speaker"]["name"] == "Chuck Schumer"


def test_a_subject_inside_a_span_no_one_reports_is_still_the_pronouns_antecedent(nlp):
    text = (
        "The Halifax Chamber of Commerce said small businesses were facing similar pressures. "
        "Its president, Patrick Sullivan, said about one in five members had reported losses "
        "last year.\n\nAsked whether the couple might sell the business, Paul Leblanc shook "
        'his head. "Nobody wants to work these hours anymore," he said.'
    )
    assert one(nlp, text, "Nobody wants")["speaker"]["name"] == "Paul Leblanc"


def test_she_after_an_unnamed_relative_in_her_sentence_is_that_relative(nlp):
    text = (
        "Like President Obama, I believe in the good sense of the American people.\n\n"
        "My mother has softened with age, but even now at 86 she still says things such as, "
        '"We are not all meant to be equal, you know."'
    )
    speaker = one(nlp, text, "We are not")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("My mother", None)


def test_someone_of_a_named_persons_is_not_the_last_one_quoted(nlp):
    text = (
        'Former captain Gary Neville said on Sky Sports that the decision was "inevitable".\n\n'
        "Sources close to the club said the search for a replacement had begun, with Ruben "
        "Amorim among the leading candidates.\n\nAmorim's agent said talks had not started."
    )
    assert one(nlp, text, "talks had")["speaker"]["name"] == "Amorim's agent"


def test_a_rank_between_the_role_and_the_name_leaves_the_name_the_speaker(nlp):
    text = (
        "Winnipeg police spokesperson Const. Claude Chancy said the man and the woman knew "
        "each other."
    )
    speaker = one(nlp, text, "the man and")["speaker"]
    assert speaker["name"] == "Claude Chancy"
    assert speaker["affiliation"]["name"] == "Winnipeg police"


def test_a_spokesperson_titled_before_the_name_speaks_for_the_body_that_spoke_before(nlp):
    text = (
        'The White House said Biden spoke with the leaders. "We want this pause extended," '
        "national security spokesman John Kirby told reporters. Clinton spokesman Josh "
        "Schwerin said the remark was outrageous.\n\nThe Scottish government said it was "
        "disappointed. Its spokeswoman, Jo Smith, said talks would go on."
    )
    assert one(nlp, text, "We want")["speaker"]["affiliation"]["name"] == "White House"
    clinton = one(nlp, text, "the remark")["speaker"]["affiliation"] or {}
    assert clinton.get("name") != "White House"  # Clinton's spokesman, not the White House's
    smith = one(nlp, text, "talks would")["speaker"]
    assert smith["affiliation"] == {"name": "The Scottish government", "entity_id": None}


def test_a_description_whose_clause_keeps_it_unnamed_is_not_the_last_speaker(nlp):
    text = (
        "Const. Martin Cromwell said officers found a man with serious injuries. He is "
        "expected to survive, Cromwell said.\n\nThe owner of the bar, who asked not to be "
        'named, said the suspect had been refused entry. "He was angry," she said.'
    )
    assert one(nlp, text, "the suspect")["speaker"]["name"] == "the owner of the bar"
    assert one(nlp, text, "He was angry")["speaker"]["entity_id"] is None


def test_according_to_on_the_cue_verb_names_the_source(nlp):
    q = one(
        nlp,
        "Hillary Clinton plans to visit Charlotte on Sunday, according to a campaign aide.",
        "to visit",
    )
    assert q["speaker"]["name"] == "a campaign aide"
    assert q["speaker"]["entity_id"] is None


def test_headline_label_speaks_though_the_clause_has_a_subject(nlp):
    q = one(
        nlp,
        "Sanders: Clinton needs to get away from all of this personality stuff.\n\nBernie "
        "Sanders spoke on Sunday.",
        "Clinton needs",
    )
    assert q["speaker"]["name"] == "Bernie Sanders"
    assert q["speaker"]["mention"]["text"] == "Sanders"


def test_a_word_for_the_kind_of_story_before_a_headline_colon_speaks_not(nlp):
    text = (
        "LIVE: Tadcaster brewery workers strike as pay talks collapse\n\n"
        "Workers walked out at dawn, the union said."
    )
    found = [q for q in result(nlp, text)["quotes"] if q["text"].startswith("Tadcaster")]
    assert found
    assert all(q["speaker"] is None and not is_quote(q) for q in found)


def test_he_never_stands_for_a_person_named_inside_a_quotation(nlp):
    q = one(
        nlp,
        "Tom Clarke runs a coal company in Virginia. He has bought mines in three states.\n\n"
        "Mr. Clarke says the costs are rising. The talks are continuing. The mines are open. "
        "The prices are low.\n\n“Richard Smith is not the villain,” he said.",
        "Richard Smith",
    )
    assert q["speaker"]["name"] == "Tom Clarke"


def test_relative_pronoun_after_names_in_apposition_stands_for_them(nlp):
    q = one(
        nlp,
        "Much of the push came from China and the United States, the two biggest polluters, "
        "which together vowed that they would cut emissions.",
        "that they",
    )
    assert q["speaker"]["name"] == "China and United States"
    assert q["speaker"]["mention"]["text"] == "which"


def test_relative_pronoun_after_a_role_of_a_place_stands_for_the_one_who_holds_it(nlp):
    text = (
        "The hustings were chaired by the Rev Helen Ashdown, vicar of St Barnabas, who opened "
        'proceedings by asking the audience to "keep it robust but keep it kind".'
    )
    speaker = one(nlp, text, "to ")["speaker"]
    assert (speaker["name"], speaker["mention"]["text"]) == ("Helen Ashdown", "who")
    text = (  # not the region "from the" places them in
        "The winner is Hendrik de Vries from the Fens, who says the cool June cost him "
        '"at least a hundred kilos".'
    )
    assert one(nlp, text, "the cool")["speaker"]["name"] == "Hendrik de Vries"


def test_relative_pronoun_after_a_list_of_names_is_the_last_name(nlp):
    q = one(
        nlp,
        "The ceremony featured celebrities like Oprah Winfrey, Will Smith, Robert DeNiro, Patti "
        "LaBelle and Stevie Wonder, who joked of the museum that he had not seen it yet.",
        "that he",
    )
    assert q["speaker"]["name"] == "Stevie Wonder"


@pytest.mark.parametrize(
    "text",
    [
        "Keith Scott was shot on Tuesday. Scott's wife said that he had been unarmed.",
        "Gary Johnson ran for president. Johnson's doctor said that he was in good health.",
        "The GOP met on Monday. One GOP source said that the meeting went badly.",
    ],
)
def test_person_known_through_someone_else_is_not_that_someone(nlp, text):
    q = one(nlp, text, "that")
    assert q["speaker"]["entity_id"] is None


def test_relative_pronoun_with_a_plural_verb_skips_a_singular_place(nlp):
    q = one(
        nlp,
        "The change is likely to placate nervous Democrats on Capitol Hill, who have argued that "
        "it helps candidates in close races.",
        "that it helps",
    )
    assert q["speaker"]["name"] == "Democrats"


def test_name_shown_in_footage_speaks(nlp):
    q = one(
        nlp,
        "The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you might "
        "ask?”",
        "Why",
    )
    assert q["speaker"]["name"] == "Hillary Clinton"


def test_thing_owned_through_a_pronoun_speaks_for_its_owner(nlp):
    q = one(
        nlp,
        "Connie Mariano was the White House doctor. According to her account, the first lady "
        "refused to see a specialist.",
        "the first lady refused",
    )
    assert q["speaker"]["name"] == "Connie Mariano"
    assert q["speaker"]["mention"]["text"] == "her account"


def test_panel_of_a_named_court_is_that_court(nlp):
    q = one(
        nlp,
        "A three-judge panel of the Ohio Supreme Court ruled that the state broke the law.",
        "that the state",
    )
    assert q["speaker"]["name"] == "Ohio Supreme Court"


def test_document_from_one_a_person_carries_and_another_like_it_speak_for_that_person(nlp):
    text = (
        "Mexico has a case to make. A slide from a presentation that Ildefonso Guajardo carries "
        "with him shows that exports grew. Another slide shows that avocados come from Mexico."
    )
    first, second = one(nlp, text, "that exports"), one(nlp, text, "that avocados")
    assert first["speaker"]["name"] == second["speaker"]["name"] == "Ildefonso Guajardo"
    assert second["speaker"]["mention"]["text"] == "Another slide"


# -- a description named later ----------------------------------------------------------------

_JUDGE = (
    "A federal judge said on Monday that the divorce files would stay sealed. The ruling was "
    "written by state judge Frank Nervo, who has served on the court since 2005."
)


def test_indefinite_description_is_the_one_person_its_role_describes_later(nlp):
    speaker = one(nlp, _JUDGE, "that the divorce files")["speaker"]
    assert speaker["name"] == "Frank Nervo"
    assert speaker["entity_id"] == entity(result(nlp, _JUDGE), "Frank Nervo")["id"]
    assert speaker["mention"]["text"] == "A federal judge"


def test_indefinite_description_of_two_people_stays_a_description(nlp):
    text = _JUDGE + " Another judge, Mary Poole, disagreed."
    speaker = one(nlp, text, "that the divorce files")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("a federal judge", None)


def test_an_office_at_the_opening_is_the_person_the_next_paragraph_names(nlp):
    text = (
        "Ontario's ombudsman says the province's special education system is failing "
        "students.\n\nIn a report released Tuesday, Paul Dubé said parents told his office "
        "their children were sent home early."
    )
    speaker = one(nlp, text, "the province's special")["speaker"]
    assert speaker["name"] == "Paul Dubé"
    assert speaker["mention"]["text"] == "Ontario's ombudsman"


def test_a_description_of_one_field_is_no_one_described_in_another(nlp):
    text = (
        "The health secretary said corridor care would end by 2029.\n\n"
        "The union's general secretary, Nicola Ranger, said nurses were exhausted."
    )
    speaker = one(nlp, text, "corridor care")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("the health secretary", None)
    same_field = text.replace("general secretary", "health secretary")
    assert one(nlp, same_field, "corridor care")["speaker"]["name"] == "Nicola Ranger"


def test_an_organisation_spoken_to_is_not_the_one_a_description_stands_for(nlp):
    text = (
        "Speaking to BBC Radio 4, Wes Streeting said patients were treated in corridors. "
        "The union's general secretary, Nicola Ranger, said nurses were exhausted."
    )
    speaker = one(nlp, text, "nurses were")["speaker"]
    assert speaker["name"] == "Nicola Ranger"
    assert speaker["affiliation"] == {"name": "The union", "entity_id": None}


# -- names set off by commas and roles before names -------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        # the parser hangs the description on the platform: the verb has no subject
        (
            "In a post on X, the shadow health secretary, Stuart Andrew, wrote that the "
            'government had "no credible plan".',
            "that the government",
            "Stuart Andrew",
        ),
        # the parser takes the organisation for the subject and the role for its object
        (
            "The Royal College of Nursing's general secretary, Nicola Ranger, said nurses "
            "were exhausted.",
            "nurses were",
            "Nicola Ranger",
        ),
    ],
)
def test_a_name_set_off_by_commas_right_before_the_cue_speaks(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_the_organisation_owning_the_role_a_name_is_set_beside_is_its_affiliation(nlp):
    text = (
        "The Royal College of Nursing's general secretary, Nicola Ranger, said nurses were "
        "exhausted."
    )
    speaker = one(nlp, text, "nurses were")["speaker"]
    assert speaker["name"] == "Nicola Ranger"
    assert speaker["affiliation"]["name"] == "Royal College of Nursing"


def test_organisation_name_set_off_by_commas_names_its_description(nlp):
    text = "The UN refugee agency, UNHCR, said more than 2 million people had fled."
    speaker = one(nlp, text, "more than 2 million")["speaker"]
    assert speaker["name"] == "UNHCR"
    assert speaker["entity_id"] == entity(result(nlp, text), "UNHCR")["id"]


@pytest.mark.parametrize(
    ("text", "start", "name", "org"),
    [
        (
            "Acme Airlines spokeswoman Jo Smithers said the flight was late.",
            "the",
            "Jo Smithers",
            "Acme Airlines",
        ),
        # the parser hangs the organisation on the name, not on the role
        (
            '"This is serious," said Parks Canada spokesperson Kim Weir.',
            "This",
            "Kim Weir",
            "Parks Canada",
        ),
    ],
)
def test_role_noun_before_a_name_gives_the_affiliation(nlp, text, start, name, org):
    speaker = one(nlp, text, start)["speaker"]
    assert speaker["name"] == name
    assert speaker["affiliation"]["name"] == org
    assert speaker["affiliation"]["entity_id"] == entity(result(nlp, text), org)["id"]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Vladimir Putin was quoted by Reuters as saying that the deal was dead.",
            "that the deal",
            "Vladimir Putin",
        ),
        ("Residents were told by police that the road was closed.", "that the road", "police"),
        (  # the one quoted, not the one quoting
            "Russia's TASS news agency quoted Kremlin spokesman Dmitry Peskov as saying that "
            "the figures were propaganda.",
            "that the figures",
            "Dmitry Peskov",
        ),
    ],
)
def test_passive_cue_speaks_through_its_agent_a_verb_above_it_through_its_subject(
    nlp, text, start, speaker
):
    assert one(nlp, text, start)["speaker"]["name"] == speaker


@pytest.mark.parametrize(
    ("text", "start", "description"),
    [
        (
            "Sources close to the negotiations said a deal was near.",
            "a deal",
            "Sources close to the negotiations",
        ),
        (
            "People familiar with the matter said the company would be sold.",
            "the company",
            "People familiar with the matter",
        ),
        (
            "An official who asked not to be named said the talks failed.",
            "the talks",
            "an official",
        ),
        (  # up to a comma
            "A source familiar with the talks, who was not authorized to speak, said a deal "
            "was near.",
            "a deal",
            "a source familiar with the talks",
        ),
        (  # a participle that tells who they are, not one that is a cue or a time
            "A lawyer representing the family said they would sue.",
            "they would",
            "a lawyer representing the family",
        ),
        ("Two senators arguing over the bill said it had failed.", "it had", "two senators"),
        (  # a body's counsel is no body
            "Crown counsel had argued that the owners bore primary responsibility.",
            "that the owners",
            "Crown counsel",
        ),
        ("A co-worker said the driver had been tired.", "the driver", "a co-worker"),
        (  # a relative clause that tells who they are, not one with a time in it
            "A woman who runs a nearby shop said the street had been quiet for weeks.",
            "the street",
            "a woman who runs a nearby shop",
        ),
        (
            "Residents who were evacuated on Tuesday said the water was rising.",
            "the water",
            "Residents",
        ),
        (  # an organisation that a participle describes is no organisation named before
            "Summer ER closures loom\n\nThe union representing Ontario's hospital nurses is "
            "warning that dozens of emergency departments could close.",
            "that dozens",
            "the union representing Ontario's hospital nurses",
        ),
        (
            "Residents evacuated on Tuesday said the water was rising.",
            "the water",
            "Residents",
        ),
        (
            "Senate leaders on Thursday rejected claims that the measure went too far.",
            "claims that",
            "Senate leaders",
        ),
        (  # an agency credited in a dateline is nobody's antecedent
            "BERLIN (Reuters) - Pilots at the country's largest carrier will strike on Friday, "
            "the union said.",
            "Pilots at",
            "the union",
        ),
        (  # a description of another office is not the current speaker
            "Union spokesman Matthias Baier said the strike would go ahead on Friday.\n\n"
            "The mayor said the city would cope with the disruption.",
            "the city would cope",
            "the mayor",
        ),
        (  # a shadow office is another office
            "Shadow chancellor Mel Stride said the plan would fail.\n\n"
            '"We will not raise taxes," the chancellor said.',
            "We will not",
            "the chancellor",
        ),
        (
            'Former president Barack Obama spoke in Ohio.\n\n"We need jobs," the president said.',
            "We need",
            "the president",
        ),
        (  # an organisation noun before a name of its own is no earlier organisation
            "Scientists at the Science Media Centre said the study was small.\n\n"
            "The charity Alzheimer's Research UK said it welcomed the work.",
            "it welcomed",
            "the charity Alzheimer's Research UK",
        ),
        (  # an office is no role of a physician
            "Dr. Paul Parks, an emergency physician, said the pressure had never been worse.\n\n"
            "The mayor said the roads would stay closed until Tuesday.",
            "the roads",
            "the mayor",
        ),
        (  # a mayor of a place no one named was described with
            "John Smith said the pressure had never been worse.\n\n"
            "The mayor of Red Deer said the roads would stay closed until Tuesday.",
            "the roads",
            "the mayor of Red Deer",
        ),
    ],
)
def test_unnamed_source_is_its_whole_description(nlp, text, start, description):
    speaker = one(nlp, text, start)["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == (description, None)
    assert as_inside_a_sentence(speaker["mention"]["text"]) == description  # as written


def test_a_first_name_given_to_men_and_women_tells_no_gender(nlp):
    text = (
        "Boeing's chief executive Kelly Ortberg told senators the planemaker would change.\n\n"
        '"We have let down our customers," he said.\n\n'
        "Mr Ortberg replied that the company had hired 2,000 inspectors."
    )
    found = result(nlp, text)
    assert [e["name"] for e in found["entities"] if e["type"] == "PERSON"] == ["Kelly Ortberg"]
    assert [q["speaker"]["name"] for q in found["quotes"]] == ["Kelly Ortberg"] * 3


@pytest.mark.parametrize(
    "title",
    ["Capt.", "Sgt.", "Lt.", "Det.", "Ald.", "Maj.", "Cpl.", "Coun.", "Const.", "Cst.", "Sec."],
)
def test_an_abbreviated_title_ends_no_sentence_and_is_no_part_of_the_name(nlp, title):
    text = (
        f'"We\'re seeing extreme fire behaviour," Cal Fire {title} Erik Scott told reporters. '
        '"The winds are pushing it faster than our crews can move."'
    )
    found = result(nlp, text)
    assert [q["speaker"]["name"] for q in found["quotes"]] == ["Erik Scott"]
    assert {e["name"] for e in found["entities"] if e["type"] == "PERSON"} == {"Erik Scott"}


def test_the_former_president_is_the_person_described_so(nlp):
    text = (
        'Former president Barack Obama spoke in Ohio.\n\n"We need jobs," the former president said.'
    )
    assert one(nlp, text, "We need")["speaker"]["name"] == "Barack Obama"


def test_subject_of_a_passive_cue_without_agent_is_no_speaker(nlp):
    q = one(nlp, "The government has been accused of ignoring warnings.", "ignoring warnings")
    assert q["speaker"] is None


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Toyota said sales rose. The carmaker also said it would build a new plant.",
            "it would build",
            "Toyota",
        ),
        (
            "Ryanair cancelled 40 flights. The airline said strikes were to blame.",
            "strikes",
            "Ryanair",
        ),
        (  # kinds of business named by their trade
            "Halvorsen Group reported a loss on Tuesday.\n\nThe shipbuilder said it would cut "
            "jobs.",
            "it would cut",
            "Halvorsen Group",
        ),
        (  # a group's name does not say it is no carmaker
            "Halvorsen Group shares fell 12 per cent on Tuesday after the carmaker warned that "
            "profits would miss forecasts.",
            "that profits would",
            "Halvorsen Group",
        ),
        (
            "Ferrovia Steel Works shut a furnace. The steelmaker said demand had collapsed.",
            "demand had",
            "Ferrovia Steel Works",
        ),
        (
            "Hartwell Brewing closed 12 pubs last year. The brewer said rents were to blame.",
            "rents were",
            "Hartwell Brewing",
        ),
        (
            "Leeds Teaching Hospitals NHS Trust cancelled 40 operations. The trust said flu "
            "was to blame.",
            "flu",
            "Leeds Teaching Hospitals NHS Trust",
        ),
        (
            "West Yorkshire Police said a van hit four people. Two remain in hospital, the "
            "force said.",
            "Two remain",
            "West Yorkshire Police",
        ),
        (  # plural in form, one force
            "Kent Police closed the A28 on Saturday.\n\nPolice said a man had been arrested.",
            "a man had",
            "Kent Police",
        ),
        (  # named only inside what was reported before
            "Low-cost carrier Jet2 is to cut 2,000 jobs, the company has confirmed.\n\n"
            "In a statement, the budget airline said it would close two bases.",
            "it would close",
            "Jet2",
        ),
        (  # not the organisation someone quoted works at
            "Shares in Arcturus Semiconductor fell after the chip designer cut its forecasts. "
            '"Investors hate surprises," said Russ Mould, investment director at AJ Bell. '
            "The company said orders had slipped.",
            "orders had",
            "Arcturus Semiconductor",
        ),
        (  # the organisation "the company" stood for before, further back than the window
            "Shares in Arcturus Semiconductor fell, and the company warned that profits would fall."
            + "\n\nChief executive Priya Natarajan said the outlook was good, and she said that "
            "the team had worked hard for many long months in the face of falling demand."
            * 8
            + "\n\nThe company said orders had slipped.",
            "orders had",
            "Arcturus Semiconductor",
        ),
        (  # not a place the NER took for an organisation, only ever where sailings go
            "Ferry operator cancels sailings\n\nNorthern Isles Ferries has cancelled all winter "
            "sailings to Fair Isle, blaming a shortage of crew.\n\nThe company added that "
            "refunds would be issued automatically.",
            "that refunds",
            "Northern Isles Ferries",
        ),
    ],
)
def test_the_kind_of_organisation_stands_for_the_one_named_before(nlp, text, start, name):
    speaker = one(nlp, text, start)["speaker"]
    assert speaker["name"] == name
    assert speaker["entity_id"] == entity(result(nlp, text), name)["id"]


def test_statement_a_source_spoke_in_speaks_for_that_source_later(nlp):
    text = (
        "\u201cWe are heartbroken,\u201d the family said in a statement.\n\n"
        "The statement added that the boy loved football."
    )
    speaker = one(nlp, text, "that the boy")["speaker"]
    assert (speaker["name"], speaker["mention"]["text"]) == ("the family", "The statement")


def test_description_owned_by_an_organisation_is_no_person_spoken_of_before(nlp):
    text = (
        "Health Secretary Victoria Atkins said the figures were disappointing.\n\n"
        "The King's Fund think tank warned that staff shortages remained the biggest "
        "obstacle. \u201cWithout more staff, there is no route to shorter waits,\u201d its chief "
        "executive said."
    )
    speaker = one(nlp, text, "Without more staff")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("its chief executive", None)
    fund = entity(result(nlp, text), "King's Fund")
    assert speaker["affiliation"] == {"name": "King's Fund", "entity_id": fund["id"]}


def test_description_owned_by_a_pronoun_is_not_the_person_spoken_of(nlp):
    text = (
        "Senator Mary Jones said the hearing would go ahead. The technician refused to "
        "testify. His attorney said that the hearing was a stunt."
    )
    speaker = one(nlp, text, "that the hearing was")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("His attorney", None)


def test_a_company_spokesman_speaks_for_the_company_named_before(nlp):
    text = (
        "Regulators opened an inquiry into Nexora, the search company. Nexora rejected the "
        "claims. \u201cWe will cooperate fully,\u201d a company spokesman said."
    )
    speaker = one(nlp, text, "We will cooperate")["speaker"]
    assert speaker["name"] == "a company spokesman"
    nexora = entity(result(nlp, text), "Nexora")
    assert speaker["affiliation"] == {"name": "Nexora", "entity_id": nexora["id"]}


def test_he_after_a_description_with_a_name_beside_it_is_that_person(nlp):
    text = (
        "Dr Tim Cooksley, president of the Society for Acute Medicine, said the system was "
        "running hot.\n\n"
        "NHS England's medical director, Prof Sir Stephen Powis, thanked staff for their hard "
        "work. He said hospitals had treated more patients than ever in January."
    )
    assert one(nlp, text, "hospitals had treated")["speaker"]["name"] == "Stephen Powis"


def test_an_organisation_described_before_a_role_is_not_the_one_named_before(nlp):
    text = (
        "A study by the London School of Economics found that such schemes cut "
        "homelessness. Tenants' union spokesperson Maria Lopez recalled that a similar "
        "promise was made in 2016."
    )
    speaker = one(nlp, text, "that a similar promise")["speaker"]
    assert speaker["name"] == "Maria Lopez"
    assert speaker["affiliation"] == {"name": "Tenants' union", "entity_id": None}


def test_organisation_after_the_role_is_the_affiliation_before_a_place_in_it(nlp):
    text = (
        "Paul Dales, chief UK economist at Capital Economics, said a cut was likely by the summer."
    )
    speaker = one(nlp, text, "a cut was")["speaker"]
    assert speaker["affiliation"]["name"] == "Capital Economics"


def test_organisation_after_a_persons_name_is_the_affiliation(nlp):
    text = (
        "Detective Chief Inspector Mark Evans of South Wales Police said the sentence would "
        "bring some comfort to the family."
    )
    speaker = one(nlp, text, "the sentence")["speaker"]
    police = entity(result(nlp, text), "South Wales Police")
    assert speaker["name"] == "Mark Evans"
    assert speaker["affiliation"] == {"name": "South Wales Police", "entity_id": police["id"]}


def test_its_stands_for_the_organisation_that_spoke_last(nlp):
    text = (
        "The Norwich University Hospitals NHS Foundation Trust said it was deeply sorry. "
        "The East of England Ambulance Service said it had been under extreme pressure that "
        "night. Its director of operations said crews had waited outside hospitals for hours."
    )
    speaker = one(nlp, text, "crews had waited")["speaker"]
    service = entity(result(nlp, text), "East of England Ambulance Service")
    assert service["type"] == "ORG"
    assert speaker["affiliation"] == {
        "name": "East of England Ambulance Service",
        "entity_id": service["id"],
    }


@pytest.mark.parametrize(
    ("text", "start", "name", "mention"),
    [
        (
            "The prime minister has refused to back down.\n\n"
            "Speaking in Downing Street on Monday, he said:\n\n"
            "\u201cWe will not be blackmailed by anyone.\u201d",
            "We will not",
            "the prime minister",
            "he",
        ),
        (  # not a name further back
            "Group manager Steve Cox said crews had worked through the night.\n\n"
            "One resident, who did not want to be named, said she had been woken by explosions. "
            "\u201cThe whole sky was orange,\u201d she said.",
            "The whole sky",
            "one resident",
            "she",
        ),
        (  # a definite description that says it is not named, and the he after its he
            "Prosecutor Sarah Jenkins said the defendant, Jamal Reid, returned with a knife.\n\n"
            "The victim, who has not been named, spent three weeks in hospital. In a statement, "
            "he said he no longer felt safe.\n\n"
            "\u201cI used to love that pub. Now I cross the road,\u201d he said.",
            "I used to love",
            "the victim",
            "he",
        ),
        (  # a victim the report never names, not the defendant or the judge named most
            "Liam Doherty, 34, admitted wounding with intent at Teesside Crown Court.\n\n"
            "The court heard that Doherty confronted the victim after he parked across "
            "Doherty's driveway. Judge Jonathan Carroll said Doherty had shown no remorse.\n\n"
            "In a statement read to the court, the victim said he no longer felt safe at work. "
            "\u201cNow I check every door before I knock,\u201d he said.",
            "Now I check",
            "the victim",
            "he",
        ),
        (  # a defendant who cannot be named
            "A 17-year-old boy has been found guilty of murdering Maya Singh.\n\n"
            "The defendant had told the jury he acted in self-defence. He said Maya had "
            "attacked him first.",
            "Maya had attacked",
            "the defendant",
            "He",
        ),
        (  # a relative, not the woman named before
            "Crown prosecutor Renee Lagimodiere said the children could not speak up.\n\n"
            "In a statement read in court, one mother said her son still wakes up at night.\n\n"
            "\u201cI chose that daycare because I thought he would be safe,\u201d she wrote.",
            "I chose",
            "one mother",
            "she",
        ),
        (  # one of several people, not the man named before
            "Detective Inspector Paul Hart said the gang had targeted elderly victims.\n\n"
            "Speaking outside court, one of the pensioners said he had lost his savings. "
            "\u201cI trusted them with everything,\u201d he said.",
            "I trusted",
            "one of the pensioners",
            "he",
        ),
        (  # described by age, never named
            "Harbour Rovers have unveiled another academy graduate.\n\n"
            "The 19-year-old has signed his first professional contract. Speaking after "
            "training, he said: \u201cIt means everything to me and my family.\u201d",
            "It means",
            "The 19-year-old",
            "he",
        ),
        (  # "the woman" after a description of her, an opening place misread as subject
            "Judge Karen Liu reserved her decision.\n\n"
            "Outside court, the mother of one of the victims said she wanted a longer sentence. "
            "\u201cMy son was 22,\u201d said the woman, who asked that her name not be used.",
            "My son",
            "the mother of one of the victims",
            "the woman",
        ),
    ],
)
def test_he_or_she_with_only_a_description_before_is_named_by_that_description(
    nlp, text, start, name, mention
):
    speaker = one(nlp, text, start)["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == (name, None)
    assert speaker["mention"]["text"] == mention


def test_she_after_a_description_in_a_subordinate_clause_is_the_woman_named_before(nlp):
    text = (
        "Councillor Tony Dyer announced his resignation on Tuesday.\n\n"
        "His deputy, Heather Mack, will take over until a new leader is chosen next month. "
        'She said she was "saddened" by his departure.'
    )
    speaker = one(nlp, text, "she was")["speaker"]
    assert speaker["name"] == "Heather Mack" and speaker["mention"]["text"] == "She"


@pytest.mark.parametrize(
    "introduced",
    [
        "Another passenger, a student who gave her name only as Rina,",
        "A woman identified only as Rina",
    ],
)
def test_a_person_identified_only_by_a_name_is_named_by_it(nlp, introduced):
    text = (
        "At least 34 people died when the ferry sank on Sunday.\n\n"
        f"{introduced} said there had been no announcement. \u201cNobody told us anything,"
        "\u201d she told Reuters from her hospital bed."
    )
    found = result(nlp, text)
    assert entity(found, "Rina")["type"] == "PERSON"
    assert one(nlp, text, "there had been")["speaker"]["name"] == "Rina"
    assert one(nlp, text, "Nobody told us")["speaker"]["name"] == "Rina"


def test_an_official_is_not_the_officer_named_later(nlp):
    text = (
        "A White House official, who requested anonymity, said the president had spoken with "
        "the mayor.\n\nIn the video, Officer Jason Van Dyke opens fire from a distance."
    )
    speaker = one(nlp, text, "the president")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("A White House official", None)


def test_a_name_the_ner_missed_after_its_owner_is_a_person(nlp):
    text = "Sportsnet's Elliotte Friedman reported that the team has spoken with Craig Berube."
    found = result(nlp, text)
    assert entity(found, "Elliotte Friedman")["type"] == "PERSON"
    assert one(nlp, text, "that the team")["speaker"]["name"] == "Elliotte Friedman"


def test_a_first_name_the_ner_left_out_before_a_name_an_age_follows(nlp):
    text = (
        "Harjit Sandhu, 34, pleaded guilty in March.\n\n"
        "\u201cI'm sorry for what I did,\u201d Sandhu said."
    )
    found = result(nlp, text)
    assert entity(found, "Harjit Sandhu")["type"] == "PERSON"
    assert one(nlp, text, "I'm sorry")["speaker"]["name"] == "Harjit Sandhu"


def test_the_subject_after_a_headline_quotations_colon_speaks_and_a_home_is_a_place(nlp):
    text = (
        "\u2018We will not back down\u2019: Teachers vote to strike over pay\n\n"
        "Teachers in Scotland have voted to strike.\n\n"
        '"I support the teachers, but my son has exams," said Fiona Reid, from Glasgow.'
    )
    found = result(nlp, text)
    assert one(nlp, text, "We will not")["speaker"]["name"] == "Teachers"
    assert entity(found, "Glasgow")["type"] == "GPE"


def test_an_organisation_noun_before_the_one_name_that_ends_in_it_is_that_organisation(nlp):
    text = (
        "When the council announced that the library would shut, Ruth Malik stepped in.\n\n"
        "Calderdale Council says it remains committed to the library service."
    )
    found = result(nlp, text)
    council = entity(found, "Calderdale Council")
    speaker = one(nlp, text, "that the library")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("Calderdale Council", council["id"])


def test_an_abbreviated_role_before_a_headline_colon_speaks(nlp):
    text = "PM: \u2018We will not be blackmailed\u2019\n\nThe prime minister spoke on Monday."
    assert one(nlp, text, "We will not")["speaker"]["name"] == "PM"


def test_a_spokesperson_with_no_organisation_speaks_for_the_one_that_spoke_before(nlp):
    text = (
        "The Scottish government said it was disappointed. A spokesperson said ministers "
        "had made a fair offer."
    )
    speaker = one(nlp, text, "ministers had made")["speaker"]
    assert speaker["name"] == "a spokesperson"
    assert speaker["affiliation"] == {"name": "The Scottish government", "entity_id": None}


def test_a_university_a_place_names_takes_no_article_after_for(nlp):
    text = (
        "Northmere University to cut 240 jobs\n\n"
        "LEEDS, England, Feb 12 - Northmere University is to cut up to 240 posts and close its "
        "department of modern languages.\n\n"
        "The university said in a statement that the cuts were needed to close a deficit.\n\n"
        "In a statement issued after the meeting, a university spokeswoman said voluntary "
        "redundancy would be offered first."
    )
    speaker = one(nlp, text, "voluntary redundancy")["speaker"]
    assert speaker["name"] == "a spokeswoman for Northmere University"


A_SUPPLIERS_PRICE_RISE = (
    "Brightwell Energy to raise standing charges for 1.2 million customers\n"
    "\n"
    "By Fiona Carrick, Consumer Affairs Correspondent\n"
    "\n"
    "Brightwell Energy, one of Britain's largest independent suppliers, will raise daily "
    "standing charges for about 1.2 million customers on its tracker and flexible tariffs"
    " from November 1, adding an average of £48 a year to a dual-fuel bill.\n"
    "\n"
    "The tariffs affected sit outside the regulator's price cap. The electricity standing"
    " charge on them will rise from 53p to 61p a day, and the gas charge from 31p to 36p."
    " Unit rates will not change.\n"
    "\n"
    "Standing charges are fixed daily fees that cover the cost of networks, metering and "
    "a supplier's own overheads. They are paid regardless of how much gas or electricity "
    "a household uses, and have more than doubled for the average customer since 2021.\n"
    "\n"
    '"We have held our charges for as long as we could, but the cost of running the '
    'network and supporting customers who have fallen into debt has risen sharply," the '
    'company said in a statement. "We know this is unwelcome news, and any customer who '
    'is worried about paying should get in touch with us."\n'
)


def test_the_company_is_the_one_organisation_the_story_is_about_however_far_back(nlp):
    speaker = one(nlp, A_SUPPLIERS_PRICE_RISE, "We have held")["speaker"]
    assert speaker["mention"]["text"] == "the company"
    assert speaker["name"] == "Brightwell Energy"


def test_she_after_a_name_and_its_description_the_parser_split_is_the_name(nlp):
    # "Tremblay-Nadeau" and "spokeswoman" both subjects of "has spent" to the parser
    text = (
        "Consumer advocates were unconvinced. Am\u00e9lie Tremblay-Nadeau, a spokeswoman for the "
        "Coalition des usagers de l'\u00e9nergie, which represents tenants' associations and "
        "anti-poverty groups, has spent the past winter visiting low-income families in poorly "
        "insulated apartments.\n\n\u201cPeople in Montreal-Nord are already choosing between "
        "heating and eating in February,\u201d she said."
    )
    speaker = one(nlp, text, "People in Montreal")["speaker"]
    assert speaker["name"] == "Am\u00e9lie Tremblay-Nadeau"


def test_a_spokesperson_after_a_person_has_no_organisation_from_them(nlp):
    text = "Mary Jones said she was disappointed. A spokesperson said talks would resume."
    assert one(nlp, text, "talks would")["speaker"]["affiliation"] is None


def test_the_company_noun_after_what_it_said_is_the_organisation_named_in_it(nlp):
    text = (
        "BERLIN (Reuters) - Lufthansa cancelled more than 800 flights on Wednesday as pilots "
        'walked out, the airline said.\n\n"We regret the disruption," Lufthansa board member '
        "Michael Niggemann said."
    )
    found = result(nlp, text)
    q = one(nlp, text, "Lufthansa cancelled")
    assert q["speaker"]["name"] == "Lufthansa"
    assert q["speaker"]["entity_id"] == entity(found, "Lufthansa")["id"]
    assert len(entity(found, "Lufthansa")["mentions"]) == 2


@pytest.mark.parametrize("noun", ["department", "ministry"])
def test_the_department_is_the_organisation_named_before_it(nlp, noun):
    text = (
        "Health Canada approved the vaccine for children on Friday.\n\n"
        f"The {noun} says the first shots will be available next week."
    )
    found = result(nlp, text)
    q = one(nlp, text, "the first shots")
    assert q["speaker"]["entity_id"] == entity(found, "Health Canada")["id"]


def test_the_agency_is_the_office_named_before(nlp):
    text = (
        "The deal was signed in 2021 with the National Reconnaissance Office.\n\nThe agency "
        "said in a statement that it was building the most capable system in the world."
    )
    found = result(nlp, text)
    q = one(nlp, text, "that it was building")
    assert q["speaker"]["entity_id"] == entity(found, "National Reconnaissance Office")["id"]


def test_the_organisation_is_named_by_its_fuller_description_before(nlp):
    text = (
        "India's election commission on Tuesday rejected complaints against the prime "
        'minister. In a letter, the commission said it had found "no violation" of the code.'
    )
    speaker = one(nlp, text, "it had found")["speaker"]
    assert (speaker["name"], speaker["mention"]["text"]) == (
        "India's election commission",
        "the commission",
    )


def test_the_maker_of_a_product_is_the_company_named_before(nlp):
    text = (
        "Apple said on Thursday it would delay its new features in Europe, blaming the "
        "European Union's new rules.\n\nThe iPhone maker said the rules could force it to "
        '"compromise the integrity of our products."'
    )
    found = result(nlp, text)
    q = one(nlp, text, "the rules could")
    assert q["speaker"]["entity_id"] == entity(found, "Apple")["id"]


def test_an_organisation_shortened_before_its_spokesperson_is_the_affiliation(nlp):
    text = (
        "The suit says Big Machine Records owes the guitarists more than $2 million.\n\n"
        'A Big Machine spokesperson said the company had "paid every musician in full."'
    )
    found = result(nlp, text)
    q = one(nlp, text, "the company had")
    label = entity(found, "Big Machine Records")
    assert q["speaker"]["affiliation"] == {"name": "Big Machine Records", "entity_id": label["id"]}
    assert label["count"] == 2


def test_a_spokesman_after_an_organisations_name_the_parser_made_a_subject_speaks(nlp):
    text = (
        "Health Secretary Victoria Atkins said she was disappointed by the decision. "
        '"This strike will put patients at risk and is designed to cause maximum disruption," '
        "a Department of Health and Social Care spokesman said."
    )
    speaker = one(nlp, text, "This strike")["speaker"]
    assert speaker["name"] == "a Department of Health and Social Care spokesman"
    assert speaker["affiliation"]["name"] == "Department of Health and Social Care"


def test_a_ministry_of_a_field_is_no_organisation_without_it_in_its_name(nlp):
    text = (
        "The Alberta Federation of Labour called the layoffs a betrayal.\n\n"
        "A spokesperson for the provincial energy ministry said officials were monitoring the "
        "situation."
    )
    q = one(nlp, text, "officials were monitoring")
    assert q["speaker"]["affiliation"] == {
        "name": "the provincial energy ministry",
        "entity_id": None,
    }


def test_an_organisation_noun_with_a_name_of_its_own_is_no_other_organisation(nlp):
    text = (
        "Workers at the Vauxhall plant in Luton will strike next week, Stellantis confirmed on "
        "Monday.\n\nThe Unite union said the company had refused to negotiate."
    )
    q = one(nlp, text, "the company had")
    assert q["speaker"]["name"] == "The Unite union"


def test_a_question_put_by_nobody_named_is_not_the_answerers(nlp):
    text = (
        "Health Secretary Wes Streeting said the figures were unacceptable.\n\n"
        "Asked whether the government would meet its pledge, Mr Streeting replied: "
        '"We will do everything we can."'
    )
    found = result(nlp, text)
    asked = [q for q in found["quotes"] if q["cue"] and q["cue"]["text"] == "Asked"]
    assert asked, found["quotes"]
    assert all(q["speaker"] is None for q in asked)
    assert one(nlp, text, "We will do")["speaker"]["name"] == "Wes Streeting"


def test_bare_police_are_the_places_police_named_before(nlp):
    text = (
        "WINNIPEG \u2014 A man has been charged after a stabbing downtown, Winnipeg police "
        "say.\n\n"
        "Const. Dani McKinnon said the two did not know each other.\n\n"
        "The suspect was arrested a few blocks away, police said."
    )
    speaker = one(nlp, text, "The suspect was")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("Winnipeg police", None)
    assert speaker["mention"]["text"] == "police"


def test_the_description_taken_up_again_is_the_unnamed_source_not_the_last_person(nlp):
    text = (
        "Kremlin spokesman Dmitry Peskov told reporters that talks could resume.\n\n"
        "A senior European diplomat, speaking on condition of anonymity, said the strikes were "
        "meant to pressure Kyiv. \u201cThey want to arrive at the table with the lights off,\u201d "
        "the diplomat said."
    )
    speaker = one(nlp, text, "They want")["speaker"]
    assert speaker["mention"]["text"] == "the diplomat"
    assert (speaker["name"], speaker["entity_id"]) == ("a senior European diplomat", None)


@pytest.mark.parametrize(
    ("text", "start", "mention", "name"),
    [
        (
            "A representative for Quintero confirmed the engagement on Monday morning. "
            '"Marisol and Kwame are overjoyed," the spokesperson said.',
            "Marisol and",
            "the spokesperson",
            "a representative for Quintero",
        ),
        (
            "A source close to the couple told us Asante had been planning the proposal since "
            'Christmas. "Kwame was so nervous he rehearsed the speech," the insider said.',
            "Kwame was",
            "the insider",
            "a source close to the couple",
        ),
    ],
)
def test_another_word_for_the_same_unnamed_source_takes_it_up(nlp, text, start, mention, name):
    speaker = one(nlp, text, start)["speaker"]
    assert (speaker["mention"]["text"], speaker["name"]) == (mention, name)


def test_a_nations_ministry_no_name_in_the_text_gives_is_its_description(nlp):
    text = (
        "The search resumed with a helicopter fitted with a RECCO detector.\n\nThe Norwegian "
        "foreign ministry confirmed it was aware of the incident."
    )
    speaker = one(nlp, text, "it was aware")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("The Norwegian foreign ministry", None)


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        # a preposition the parser left without its object, which it took for a second subject
        (
            "A spokesperson for Health Minister Sylvia Jones said the government has added "
            "more than 3,500 hospital beds since 2018.",
            "the government",
            "a spokesperson for Health Minister Sylvia Jones",
        ),
        # an acronym in brackets between a subjectless cue and the name before it
        (
            'The deal includes "significant gains" for pilots, the Air Line Pilots Association '
            "(ALPA) said in a news release, without providing details.",
            "The deal",
            "Air Line Pilots Association",
        ),
    ],
)
def test_a_misparsed_subject_still_names_the_speaker(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_the_union_is_the_organisation_whose_name_says_it_is_one(nlp):
    text = (
        "MONTREAL \u2014 Air Canada and the Air Line Pilots Association (ALPA) reached a "
        "tentative agreement, the airline announced Sunday.\n\n"
        "According to Statistics Canada, air travel has returned to pre-pandemic levels.\n\n"
        "The union says pilots at Air Canada earn about 30 per cent less than their "
        "counterparts at U.S. carriers."
    )
    assert one(nlp, text, "pilots at")["speaker"]["name"] == "Air Line Pilots Association"
    assert one(nlp, text, "Air Canada and")["speaker"]["name"] == "Air Canada"


def test_a_name_that_joins_another_organisations_initials_is_no_fuller_name(nlp):
    text = (
        "The Air Line Pilots Association (ALPA) represents the pilots. Air Canada said the "
        "deal was fair. Charlene Hudy, chair of the ALPA Air Canada master executive council, "
        "said pilots would vote on it."
    )
    found = result(nlp, text)
    assert one(nlp, text, "the deal was fair")["speaker"]["name"] == "Air Canada"
    assert entity(found, "Air Canada")["type"] == "ORG"


def test_a_live_blog_entry_opens_like_a_lede(nlp):
    earlier = (
        "Mayor Tom Reilly said the city would review its contracts.\n\n"
        "Spokeswoman Jo Dunn said the review would take a month.\n\n___\n\n2:15 p.m.\n\n"
    )
    owned = (
        "The state's top prosecutor says the foundation is not registered as a charity.\n\n"
        "Attorney General Eric Schneiderman says his office has opened an inquiry."
    )
    definite = (
        "The attorney general says the foundation is not registered as a charity.\n\n"
        "Attorney General Eric Schneiderman says his office has opened an inquiry."
    )
    indefinite = (
        "A spokeswoman for Gov. Bob Hart says the foundation is not registered as a charity.\n\n"
        "Hart communications director Ann Bell spoke to reporters after the hearing."
    )
    for entry in (owned, definite):
        found = one(nlp, earlier + entry, "the foundation is not")["speaker"]
        assert found["name"] == "Eric Schneiderman"
    found = one(nlp, earlier + indefinite, "the foundation is not")["speaker"]
    assert found["name"] == "Ann Bell"


def test_a_place_or_organisations_doctor_in_the_lede_is_the_person_named_next(nlp):
    text = (
        "Ontario hospitals brace for busy flu season\n\n"
        "TORONTO \u2014 Ontario hospitals are preparing for a difficult season, the "
        "province's top doctor warned Tuesday.\n\n"
        "Dr. Kieran Moore, Ontario's chief medical officer of health, said wastewater data "
        "shows COVID-19 activity is rising.\n\n"
        "The victim's mother said she was heartbroken."
    )
    assert one(nlp, text, "Ontario hospitals are")["speaker"]["name"] == "Kieran Moore"
    mother = one(nlp, text, "she was heartbroken")["speaker"]
    assert (mother["name"], mother["entity_id"]) == ("the victim's mother", None)


def test_a_release_from_a_name_the_ner_missed_speaks_for_that_name(nlp):
    text = (
        "Officers were called to a residence on Ospika Boulevard at about 3 a.m., according "
        "to a news release from the Prince George RCMP.\n\n"
        '"We believe this was an isolated incident," Cpl. Jennifer Cooper said in the release.'
    )
    assert one(nlp, text, "Officers were")["speaker"]["name"] == "Prince George RCMP"


def test_an_office_written_as_its_title_is_no_recent_speaker(nlp):
    text = (
        'NDP MP Jenny Kwan wrote that both parties had failed renters. "Renters can\'t wait," '
        "she wrote.\n\n"
        "The Parliamentary Budget Officer estimated last year that the country needs 1.3 "
        "million more homes by 2030."
    )
    speaker = one(nlp, text, "that the country")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("The Parliamentary Budget Officer", None)


def test_a_status_a_passive_cue_gives_is_no_quote(nlp):
    text = (
        "The man, whose name has not been released, was pronounced dead at the scene. Police "
        "say his death is being treated as suspicious."
    )
    assert [q["text"] for q in result(nlp, text)["quotes"]] == [
        "his death is being treated as suspicious"
    ]


def test_a_report_set_off_inside_the_clause_it_reports_holds_that_clause(nlp):
    text = (
        "European Union lawmakers on Thursday backed tougher rules for chatbots, two people "
        "familiar with the matter said."
    )
    speaker = one(nlp, text, "European Union lawmakers")["speaker"]
    assert speaker["name"] == "two people familiar with the matter"


def test_what_a_cue_was_done_after_is_no_quote(nlp):
    text = "Nurse struck off after stealing patients' medication\n\nShe admitted the thefts."
    assert not [q for q in result(nlp, text)["quotes"] if "stealing" in q["text"]]


def test_another_office_in_the_quoted_speakers_paragraph_is_that_speaker(nlp):
    text = (
        'Council leader Bill Revans said the authority had "no choice". "We are facing a '
        '£100m gap," he said.\n\n'
        "Opposition leader Mike Rigby said residents were being asked to pay more for less. "
        '"People are angry," the Conservative councillor said.'
    )
    assert one(nlp, text, "People are angry")["speaker"]["name"] == "Mike Rigby"


@pytest.mark.parametrize(
    ("text", "start", "name", "affiliation"),
    [
        (
            'A Department for Levelling Up spokesperson said: "We have increased funding for '
            'councils by 6.5% this year."',
            "We have increased",
            "A Department for Levelling Up spokesperson",
            "Department for Levelling Up",
        ),
        (  # the role the parser hung on the organisation's name, no comma between
            "A Department of Health and Social Care spokesperson said patients should continue "
            "to come forward for care.",
            "patients should",
            "A Department of Health and Social Care spokesperson",
            "Department of Health and Social Care",
        ),
    ],
)
def test_a_spokesperson_after_an_organisations_name_is_the_whole_subject(
    nlp, text, start, name, affiliation
):
    speaker = one(nlp, text, start)["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == (name, None)
    assert (speaker["affiliation"] or {}).get("name") == affiliation


@pytest.mark.parametrize("document", ["statement", "email"])
def test_a_statement_someone_described_spoke_in_is_theirs_in_full(nlp, document):
    text = (
        f"In a {document}, a spokesperson for the centre said the closures would save money. "
        f'"These were not easy decisions," the {document} said.'
    )
    speaker = one(nlp, text, "These were")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("a spokesperson for the centre", None)


def test_the_agency_is_the_organisation_whose_name_says_it_is_one(nlp):
    text = (
        "OTTAWA (Reuters) - Canada's unemployment rate rose to 7.1% in August, Statistics "
        'Canada said on Friday.\n\n"The labour market is clearly softening," said Andrew '
        "Grantham, senior economist at CIBC Capital Markets.\n\n"
        "The economy shed 66,000 jobs, the agency said."
    )
    assert one(nlp, text, "The economy shed")["speaker"]["name"] == "Statistics Canada"


@pytest.mark.parametrize("source", ["the World Health Organization", "Eurostat"])
def test_the_agency_is_the_source_that_according_to_gave_just_before(nlp, source):
    text = (
        f"Cholera cases have doubled in the past year, according to {source}.\n\n"
        "The agency said on Monday that 30 countries had reported outbreaks."
    )
    name = source.removeprefix("the ")
    assert one(nlp, text, "that 30 countries")["speaker"]["name"] == name


def test_the_subject_right_before_the_cue_speaks_not_a_name_set_off_before_it(nlp):
    text = (
        "Matthew Pennycook told MPs on the housing committee that the target was stretching.\n\n"
        "Pressed by the committee's chair, Florence Eshalomi, on when the target would be met, "
        'he said: "I\'m not going to put a date on it."'
    )
    speaker = one(nlp, text, "I'm not going")["speaker"]
    assert (speaker["name"], speaker["mention"]["text"]) == ("Matthew Pennycook", "he")


def test_an_organisation_before_a_role_and_a_name_the_ner_half_tagged_is_the_affiliation(nlp):
    text = (
        "The Home Builders Federation, which represents developers, blamed the planning system. "
        'Its executive chairman, Stewart Baseley, said: "Until planning is fixed, we will not '
        'see the homes the country needs."\n\n'
        "Shelter chief executive Polly Neate said the government should focus on social "
        "housing instead."
    )
    speaker = one(nlp, text, "the government should")["speaker"]
    assert speaker["name"] == "Polly Neate"
    assert speaker["affiliation"]["name"] == "Shelter"


def test_a_person_of_an_organisation_speaks_and_a_traded_name_is_a_company(nlp):
    text = (
        "Greggs plans to open 50 more shops this year, the bakery chain said.\n\n"
        'Analyst Clive Black of Shore Capital said the update was "solid if unspectacular".\n\n'
        "Shares in Greggs fell 3% in morning trading."
    )
    analyst = one(nlp, text, "the update")["speaker"]
    assert (analyst["name"], analyst["affiliation"]["name"]) == ("Clive Black", "Shore Capital")
    assert one(nlp, text, "Greggs plans")["speaker"]["name"] == "Greggs"
    types = {e["name"]: e["type"] for e in result(nlp, text)["entities"]}
    assert types["Greggs"] == "ORG"


def test_a_person_described_by_nationality_is_named_by_the_description_or_the_person(nlp):
    alone = one(nlp, 'The match was tense. The Frenchman said he was "exhausted".', "he was")
    assert (alone["speaker"]["name"], alone["speaker"]["entity_id"]) == ("The Frenchman", None)
    text = (
        "Alcaraz will face Jannik Sinner next. The Italian beat Daniil Medvedev in straight sets "
        'and told reporters he was feeling "fresh and ready".'
    )
    assert one(nlp, text, "he was feeling")["speaker"]["name"] == "Jannik Sinner"


def test_police_are_the_one_force_the_article_names_next(nlp):
    text = (
        "A cyclist has been seriously injured in a hit-and-run in Leeds, police have said.\n\n"
        "West Yorkshire Police said the driver failed to stop."
    )
    speaker = one(nlp, text, "A cyclist")["speaker"]
    assert (speaker["name"], speaker["mention"]["text"]) == ("West Yorkshire Police", "police")


def test_a_spokesperson_of_an_organisation_the_ner_missed_carries_it(nlp):
    text = 'An Environment Agency spokesperson said: "We have secured record investment."'
    speaker = one(nlp, text, "We have")["speaker"]
    assert speaker["name"] == "An Environment Agency spokesperson"
    assert speaker["affiliation"]["name"] == "Environment Agency"
    assert speaker["affiliation"]["entity_id"] is not None


def test_police_are_the_force_named_before_whatever_its_name(nlp):
    text = (
        "Officers were called to a home in Prince George, the RCMP said in a news release.\n\n"
        "Police say his death is being treated as suspicious."
    )
    assert one(nlp, text, "his death")["speaker"]["name"] == "RCMP"


@pytest.mark.parametrize(
    "text",
    [
        # tagged by the NER without its number
        "Amalgamated Transit Union Local 113 announced the results Sunday, saying 71 per cent "
        "of members voted in favour.",
        # not tagged at all
        "TORONTO \u2014 Toronto Transit Commission workers have voted to accept a new three-year "
        "contract, ending the threat of a strike.\n\nAmalgamated Transit Union Local 113 "
        "announced the results Sunday, saying 71 per cent of members voted in favour.",
    ],
)
def test_a_union_locals_number_is_part_of_its_name(nlp, text):
    speaker = one(nlp, text, "71 per cent")["speaker"]
    assert speaker["name"] == "Amalgamated Transit Union Local 113"


def test_a_description_introduced_before_any_name_is_not_an_organisation_named_later(nlp):
    text = (
        "A former nurse who stole opioids from the hospital where she worked was sentenced "
        "Friday.\n\nCrown prosecutor Alison Wheeler had asked for a jail term of three years.\n\n"
        "In a statement, the hospital said it had tightened its controls on narcotics."
    )
    speaker = one(nlp, text, "it had tightened")["speaker"]
    assert speaker["name"] == "the hospital" and speaker["entity_id"] is None


def test_the_answer_to_a_question_put_to_the_subject_is_theirs(nlp):
    text = (
        "Commerce Secretary Gina Raimondo was blunt when asked about the reports on Tuesday: "
        '"We will do whatever it takes to protect our national security."'
    )
    assert one(nlp, text, "We will do")["speaker"]["name"] == "Gina Raimondo"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Francisco Cervantes Díaz, president of the Business Coordinating Council, warned "
            'that a trade war would cost jobs.\n\n"Nobody wins in a trade war," Cervantes said.',
            "Nobody wins",
            "Francisco Cervantes Díaz",
        ),
        (
            'Foreign Ministry spokesman Wang Wenbin later accused Washington of "smearing" '
            'China. "The U.S. side should stop its groundless accusations," Wang said at a '
            "regular briefing.",
            "The U.S. side",
            "Wang Wenbin",
        ),
        (  # two names open with it: the one named just before
            "Wang Wenbin, a ministry spokesman, said Taiwan remained the most sensitive issue."
            "\n\nSecretary of State Antony Blinken said the meeting had cleared the air. His "
            "Chinese counterpart, Wang Yi, was more cautious. Wang said the United States should "
            '"stop arming Taiwan."',
            "the United States should",
            "Wang Yi",
        ),
    ],
)
def test_a_surname_that_is_not_the_names_last_word_stands_for_the_person(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_whoever_put_the_question_is_not_the_answer_s_possessor(nlp):
    from workers.extraction.coref import asked_the_question

    doc = nlp(
        "When pressed by Holt about how he would bring jobs back, his best response was to "
        "say he would prevent more from leaving."
    )
    holt = next(t for t in doc if t.text == "Holt")
    his = next(t for t in doc if t.text == "his")
    assert asked_the_question(holt, his)
    assert not asked_the_question(holt, next(t for t in doc if t.text == "he"))


def test_the_organisation_a_lede_introduces_is_the_one_named_next(nlp):
    text = (
        "The union representing 55,000 Canada Post workers says its members will walk off the "
        "job on Friday unless a deal is reached.\n\n"
        "The Canadian Union of Postal Workers said talks had broken down over wages."
    )
    speaker = one(nlp, text, "its members will walk off")["speaker"]
    assert speaker["name"] == "Canadian Union of Postal Workers" and speaker["entity_id"]


def test_a_places_kind_of_organisation_in_the_lede_is_the_one_named_next(nlp):
    text = (
        "Reef suffers record bleaching\n\n"
        "Australia's Great Barrier Reef is suffering its most widespread coral bleaching event "
        "on record, the country's reef authority said Wednesday.\n\n"
        "Aerial surveys found bleaching on 73 per cent of the reefs inspected, the Great Barrier "
        "Reef Marine Park Authority said in a report.\n\n"
        "Greenpeace Australia Pacific campaigner Martin Zavan called the findings "
        '"a wake-up call."'
    )
    found = result(nlp, text)
    authority = entity(found, "Great Barrier Reef Marine Park Authority")
    assert authority["type"] == "ORG"
    speaker = one(nlp, text, "Australia's Great")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == (authority["name"], authority["id"])
    speaker = one(nlp, text, "the findings")["speaker"]
    assert speaker["affiliation"]["name"] == "Greenpeace Australia Pacific"


def test_a_name_after_a_role_word_is_a_person_even_when_its_first_name_is_a_word(nlp):
    text = (
        "Quebec City Mayor Bruno Marchand called the closure a blow but said the city could "
        "not pay on its own. He urged the province to step in."
    )
    found = result(nlp, text)
    assert entity(found, "Bruno Marchand")["type"] == "PERSON"
    assert one(nlp, text, "the province to step in")["speaker"]["name"] == "Bruno Marchand"


def test_an_owned_role_in_the_lede_is_the_person_with_that_role_named_below(nlp):
    text = (
        "A homeless shelter in Quebec City will close at the end of the month because it has "
        "run out of money, its director says.\n\n"
        "Maison Revivre has offered 60 beds a night since 2010. Director Sophie Gagnon told "
        "Radio-Canada the shelter had been running a deficit for three years."
    )
    speaker = one(nlp, text, "A homeless shelter")["speaker"]
    assert speaker["mention"]["text"] == "its director"
    assert speaker["name"] == "Sophie Gagnon"


def test_the_judge_is_the_person_titled_justice(nlp):
    text = (
        "Ontario Superior Court Justice Maria Linhares de Sousa said the scheme was a breach "
        "of trust.\n\n"
        "Mark Patel, 52, pleaded guilty in March to fraud.\n\n"
        "“Mr. Patel betrayed the people he was paid to serve,” the judge said in her ruling."
    )
    speaker = one(nlp, text, "Mr. Patel betrayed")["speaker"]
    assert speaker["mention"]["text"] == "the judge"
    assert speaker["name"] == "Maria Linhares de Sousa"


def test_the_head_of_a_body_is_not_the_minister_quoted_before(nlp):
    text = (
        "Health Minister Josie Osborne said the project would include a new unit.\n\n"
        "But the head of the hospital's medical staff association said the announcement did "
        "not address the more urgent problem."
    )
    speaker = one(nlp, text, "the announcement did not")["speaker"]
    assert speaker["mention"]["text"].startswith("the head of")
    assert speaker["name"] != "Josie Osborne"
    assert speaker["entity_id"] is None


def test_he_never_stands_for_a_place_that_spoke(nlp):
    text = (
        "Obama spoke in London on Friday about the future of Britain and its trade with "
        "Britain's neighbours.\n\n"
        "Britain said it would decide for itself.\n\n"
        "“It is not going to happen any time soon,” he said."
    )
    assert entity(result(nlp, text), "Britain")["type"] == "GPE"
    assert one(nlp, text, "It is not going")["speaker"]["name"] == "Obama"


def test_a_statement_from_an_organisation_named_before_is_that_organisations(nlp):
    text = (
        "The Calgary Fire Department is warning residents about scams.\n\n"
        "“We will never go door to door asking for money,” according to a statement from the "
        "fire department."
    )
    speaker = one(nlp, text, "We will never")["speaker"]
    assert speaker["name"] == "Calgary Fire Department"
    assert speaker["entity_id"] == entity(result(nlp, text), "Calgary Fire Department")["id"]


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Relatives of the victim, Tomas Varga, said they were relieved by the verdict.",
            "they were relieved",
            "Relatives of the victim",
        ),
        (
            "The parents of one of the pupils, 9-year-old Lily Baker, said the school had "
            "ignored their complaints.",
            "the school had",
            "the parents of one of the pupils",
        ),
        (
            "The director of the museum, Helen Park, said the paintings would return in May.",
            "the paintings",
            "Helen Park",
        ),
    ],
)
def test_a_name_after_a_person_described_in_the_subjects_phrase_is_that_persons(
    nlp, text, start, name
):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_a_lone_word_opening_the_sentence_before_a_comma_is_not_the_subject(nlp):
    text = (
        "Kyle Hale, 27, was jailed.\n\n"
        'Sentencing, Recorder Alan Pryce told Hale: "You brought a knife into a city centre."'
    )
    assert one(nlp, text, "You brought")["speaker"]["name"] == "Alan Pryce"


def test_the_agency_is_the_subject_before_it_whose_name_says_no_kind(nlp):
    text = (
        "The Met Office has issued a yellow warning for snow.\n\n"
        "Transport Scotland said it had 200 gritters ready.\n\n"
        '"Please plan ahead," said Moira Dunn, the agency\'s head of resilience.'
    )
    speaker = one(nlp, text, "Please plan")["speaker"]
    assert speaker["name"] == "Moira Dunn"
    assert speaker["affiliation"]["name"] == "Transport Scotland"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shoppers at Tesco said prices were too high.", "Shoppers at Tesco"),
        ("Fans at Anfield said the referee was wrong.", "Fans at Anfield"),
        ("Analysts at Morgan Stanley said the stock was cheap.", "Morgan Stanley"),
    ],
)
def test_only_people_who_work_at_an_organisation_speak_for_it(nlp, text, name):
    assert result(nlp, text)["quotes"][0]["speaker"]["name"] == name


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Rates will rise, according to Mark Hill, an analyst at Barclays, who said the "
            "increase would be small.",
            "the increase",
            "Mark Hill",
        ),
        (
            "The deal is close, according to a spokesman for the company, who said an "
            "announcement could come on Monday.",
            "an announcement",
            "a spokesman for the company",
        ),
    ],
)
def test_who_stands_for_the_person_not_the_organisation_in_their_description(
    nlp, text, start, name
):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_a_name_opening_the_sentence_before_a_relative_clause_stays_its_subject(nlp):
    text = (
        "Singer Maya Torres has cancelled her tour.\n\nTorres, whose album Midnight Rain "
        "topped the charts in 11 countries last year, has previously spoken about her struggles "
        "with her voice. In a 2023 interview, she said she had nearly quit music."
    )
    assert one(nlp, text, "her struggles")["speaker"]["name"] == "Maya Torres"
    assert one(nlp, text, "she had nearly")["speaker"]["name"] == "Maya Torres"


def test_an_agency_named_by_a_word_before_uk_is_one_organisation(nlp):
    text = (
        "Driver spared jail\n\nCycling UK said the sentence was too lenient.\n\n"
        '"Our roads will not be safe," said the charity\'s director, Tom Reid.'
    )
    assert one(nlp, text, "the sentence")["speaker"]["name"] == "Cycling UK"
    affiliation = one(nlp, text, "Our roads")["speaker"]["affiliation"]
    assert affiliation["name"] == "Cycling UK"


def test_an_office_is_not_someone_whose_title_gives_another(nlp):
    text = (
        "Sen. Dana Ruiz, the lead negotiator, said the talks had stalled.\n\n"
        "An aide said the White House was flexible.\n\n"
        "The president has repeatedly urged Congress to act."
    )
    assert one(nlp, text, "Congress to act")["speaker"]["name"] == "the president"


def test_a_relative_owned_by_his_or_her_is_named_by_that_person(nlp):
    text = (
        "Police have named the man who died in the crash as Owen Price, 24.\n\n"
        'In a statement, his family said: "Owen was a loving son and brother."'
    )
    speaker = one(nlp, text, "Owen was")["speaker"]
    assert speaker["name"] == "Owen Price's family"
    assert speaker["entity_id"] is None


def test_a_person_set_after_an_opening_place_is_the_subject(nlp):
    text = (
        "At Gatwick, Ahmed Khan, who was due to fly to Malaga with his family, said staff had "
        'given them "no information whatsoever".'
    )
    assert one(nlp, text, "staff had")["speaker"]["name"] == "Ahmed Khan"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Interview: 'We are running out of time,' says climate envoy\n\n"
            "The UN's special envoy for climate action, Selwin Hart, spoke to reporters.",
            "We are running",
            "Selwin Hart",
        ),
        (
            "Francois Hollande Says Donald Trump 'Makes You Want To Retch'\n\n"
            "The French president criticised the Republican nominee on Tuesday.",
            "Donald Trump 'Makes",
            "Francois Hollande",
        ),
    ],
)
def test_a_subject_after_the_cue_speaks_when_the_one_before_stands_apart(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_an_office_owned_by_his_or_her_is_named_by_that_person(nlp):
    text = (
        "Fire crews battled a wildfire in Ventura County on Wednesday.\n\n"
        "Gov. Gavin Newsom declared a state of emergency for the county, his office said."
    )
    speaker = one(nlp, text, "Gov. Gavin Newsom declared")["speaker"]
    assert speaker["name"] == "Gavin Newsom's office"


def test_one_told_in_the_passive_is_no_speaker(nlp):
    text = (
        "A man who stabbed a pensioner to death in her own home has been jailed for life and "
        "told he will serve at least 28 years."
    )
    q = one(nlp, text, "he will serve")
    assert q["speaker"] is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Residents told to prepare for evacuation as fire spreads\n\nThe fire grew.",
            "to prepare",
        ),
        (
            "The fire spread quickly overnight, with residents told it was too late to leave.",
            "it was too late",
        ),
        ("Passengers warned to expect delays\n\nThe strike starts on Friday.", "to expect"),
        (
            "Residents urged to stay indoors as Storm Bert hits\n\nPeople living near the river "
            "have been urged to leave their homes, police said.",
            "to stay indoors",
        ),
    ],
)
def test_one_told_in_a_passive_without_be_is_no_speaker(nlp, text, start):
    assert one(nlp, text, start)["speaker"] is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Mining company accused of polluting river\n\nIndigenous leaders say the water "
            "is poisoned.",
            "polluting",
        ),
        (
            "Minister accused of lying to parliament\n\nThe opposition says he misled MPs.",
            "lying",
        ),
    ],
)
def test_one_censured_in_a_passive_without_be_is_no_speaker(nlp, text, start):
    assert one(nlp, text, start)["speaker"] is None


def test_an_unnamed_spokesperson_is_not_the_spokesperson_of_another_body_named_next(nlp):
    text = (
        "Teachers vote to strike over pay\n\n"
        "Teachers in Scotland have voted for strike action in a dispute over pay.\n\n"
        "The Scottish government said it was disappointed by the result. A spokesperson said "
        "ministers had made a fair offer.\n\n"
        "Cosla, which represents local councils, said the offer was the best that could be "
        "afforded. Its resources spokesperson, Katie Hagmann, said councils faced a gap."
    )
    speaker = one(nlp, text, "ministers had made")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("a spokesperson", None)
    assert one(nlp, text, "councils faced")["speaker"]["name"] == "Katie Hagmann"


def test_an_official_of_a_nations_ministry_is_not_of_the_company_named_before(nlp):
    text = (
        "The company, Minera Andina Norte, denied the allegations.\n\n"
        "Chile's environment ministry said it had opened an investigation. A ministry official "
        "said inspectors had taken samples from the river."
    )
    speaker = one(nlp, text, "inspectors had taken")["speaker"]
    assert speaker["name"] == "a ministry official"
    assert speaker["affiliation"] is None


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "The Times newspaper reported that Cameron had ordered diplomats to repair relations.",
            "that Cameron had ordered",
            "Times",
        ),
        (
            "Time magazine said the Cruz campaign had outworked its rivals in Wyoming.",
            "the Cruz campaign",
            "Time",
        ),
    ],
)
def test_a_body_named_before_the_noun_of_its_kind_is_that_body(nlp, text, start, name):
    speaker = one(nlp, text, start)["speaker"]
    assert speaker["name"] == name
    assert speaker["entity_id"] is not None


def test_its_in_a_clause_whose_subject_is_a_body_is_that_body(nlp):
    text = (
        "Shares in Nvidia jumped 9% on Thursday after the chipmaker raised its forecast.\n\n"
        "Chief executive Jensen Huang said demand was incredible.\n\n"
        "The company expects revenue of about $28 billion in the current quarter, according "
        "to its earnings statement."
    )
    speaker = one(nlp, text, "The company expects")["speaker"]
    assert (speaker["mention"]["text"], speaker["name"]) == ("its earnings statement", "Nvidia")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Officials told the Guardian that the plan had failed.", "that the plan", "Officials"),
        ("Officials warned that the plan had failed.", "that the plan", "Officials"),
    ],
)
def test_one_who_tells_or_warns_in_the_active_speaks(nlp, text, start, speaker):
    assert one(nlp, text, start)["speaker"]["name"] == speaker


def test_a_titled_surname_the_ner_took_for_a_place_is_the_person(nlp):
    text = (
        "Country Fire Authority incident controller Mick Dunstan said crews were working "
        "through the night.\n\nMr Dunstan said the wind would change on Sunday."
    )
    assert one(nlp, text, "the wind")["speaker"]["name"] == "Mick Dunstan"


def test_an_acronym_that_spells_a_pronoun_is_the_organisation(nlp):
    text = (
        "The World Health Organization warned of the risks last year.\n\n"
        "Heat kills thousands of people in Europe each summer, according to the WHO."
    )
    assert one(nlp, text, "Heat kills")["speaker"]["name"] == "World Health Organization"


def test_a_datelines_place_is_no_affiliation(nlp):
    text = (
        "WASHINGTON (Reuters) - U.S. Treasury Secretary Janet Morales on Thursday warned that "
        "a government shutdown would hurt the economy."
    )
    speaker = one(nlp, text, "that a government shutdown")["speaker"]
    assert speaker["name"] == "Janet Morales"
    assert (speaker["affiliation"] or {}).get("name") != "WASHINGTON"


def test_she_is_the_woman_a_recorded_first_name_gives(nlp):
    text = (
        "Dr Priya Raman led the study. Her colleague, Rohan Mehta, ran the trials.\n\n"
        '"Our data are clear," she said.'
    )
    assert one(nlp, text, "Our data")["speaker"]["name"] == "Priya Raman"


def test_a_surnames_own_title_picks_the_person_of_its_gender(nlp):
    text = (
        "Mr. Obama called Naghmeh Abedini. Her husband, Saeed Abedini, was free and would soon "
        "be coming home.\n\n"
        '"I could see his love and compassion," Mrs. Abedini wrote on Sunday.\n\n'
        "To secure the release of Mr. Abedini, Mr. Obama freed seven prisoners. Aides said "
        "Mr. Abedini had suffered in prison."
    )
    assert one(nlp, text, "I could see")["speaker"]["name"] == "Naghmeh Abedini"


def test_a_places_superlative_is_the_organisation_the_sentence_before_was_about(nlp):
    text = (
        "Tesco has reported a 12% rise in annual profits.\n\n"
        "The UK's largest supermarket said pre-tax profits rose to £2.3bn in the year."
    )
    assert one(nlp, text, "pre-tax profits")["speaker"]["name"] == "Tesco"


def test_one_described_is_not_the_many_of_the_same_noun(nlp):
    text = (
        "More than 120 MPs have signed an amendment. One of them, Rachael Maskell, said the "
        'cuts would push thousands into poverty. "I did not come into politics to make people '
        'poorer," the York Central MP said.'
    )
    assert one(nlp, text, "I did not come")["speaker"]["name"] == "Rachael Maskell"


def test_the_one_met_before_unnamed_is_that_description(nlp):
    text = (
        "Betsy Ebeling arrived from Chicago on Sunday to help her oldest friend, Hillary "
        "Clinton. Ebeling and her husband were greeted by an organizer at a field office.\n\n"
        '"You guys are going to be the most effective messengers," the organizer told them.'
    )
    name = one(nlp, text, "You guys")["speaker"]["name"]
    assert name.startswith("an organizer")


def test_a_barrister_described_is_the_one_named_before(nlp):
    text = (
        "Grant's lawyer, David Sherborne, said his client was seeking an apology. The "
        "barrister told reporters outside court that other celebrities were considering "
        "similar action."
    )
    assert one(nlp, text, "that other celebrities")["speaker"]["name"] == "David Sherborne"


def test_an_organisation_written_before_a_role_and_a_name_is_the_affiliation(nlp):
    text = (
        "Consumer Council for Water chief executive Mike Keil said customers would expect the "
        "company to fix leaks."
    )
    speaker = one(nlp, text, "customers would")["speaker"]
    assert speaker["name"] == "Mike Keil"
    assert speaker["affiliation"]["name"] == "Consumer Council for Water"


def test_a_name_ending_in_renewables_is_an_organisation_with_staff(nlp):
    text = (
        "The developer, Sunfield Renewables, says the scheme would power 90,000 homes. Its "
        "project director, Tom Reyes, told the BBC the site had been chosen because it was "
        "close to an existing substation."
    )
    assert entity(result(nlp, text), "Sunfield Renewables")["type"] == "ORG"
    speaker = one(nlp, text, "the site had been")["speaker"]
    assert speaker["name"] == "Tom Reyes"
    assert speaker["affiliation"]["name"] == "Sunfield Renewables"


def test_a_recorded_first_name_before_and_shares_the_surname_whatever_its_label(nlp):
    text = (
        "When Siobhan and Declan O'Neill bought the old Methodist chapel in 2019, neighbours "
        "thought they were mad.\n\n"
        '"People kept asking us what we were going to do with it," Siobhan says.\n\n'
        "Today the chapel is a cafe. Siobhan runs the kitchen; her husband books the music."
    )
    assert one(nlp, text, "People kept")["speaker"]["name"] == "Siobhan O'Neill"
    assert entity(result(nlp, text), "Siobhan O'Neill")["type"] == "PERSON"


def test_the_official_after_one_of_the_officials_is_that_unnamed_official():
    text = (
        "The review was ordered by Defense Secretary Nathaniel Greer in June.\n\n"
        'One of the officials said the findings had "shaken" senior commanders. "People '
        'assumed the numbers were roughly right," the official said.'
    )
    q = next(q for q in extract(text, load_nlp())["quotes"] if q["text"].startswith("People"))
    assert q["speaker"]["name"] == "one of the officials"


def test_the_source_after_someone_kept_unnamed_is_that_someone():
    text = (
        "Isla Ferreira, 24, was arrested on Monday.\n\nOne senior figure at a national "
        "conservation charity, who spoke on condition of anonymity, said the tactics were "
        '"alienating the people we need".\n\n"Every time someone blocks an ambulance, the '
        'polling goes backwards," the source said.'
    )
    q = next(q for q in extract(text, load_nlp())["quotes"] if q["text"].startswith("Every"))
    assert q["speaker"]["name"] == "one senior figure at a national conservation charity"


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "The charity's country director, Pierre-Alain Moreau, says the clinic is full. "
            "Moreau says his organisation has asked for help.",
            "Pierre-Alain Moreau",
        ),
        (
            "The feud between rapper Dex Monroe and singer Kiara Vance grew. "
            '"It sounds the same," Monroe wrote.',
            "Dex Monroe",
        ),
    ],
)
def test_a_full_name_beside_a_role_is_a_person_whose_surname_stands_for_them(text, full):
    result = extract(text, load_nlp())
    names = {e["name"]: e["type"] for e in result["entities"]}
    assert names.get(full) == "PERSON"
    assert "Moreau" not in names and "Monroe" not in names
    assert result["quotes"][-1]["speaker"]["name"] == full


def test_a_surname_the_tagger_left_out_of_a_name_after_a_rank_joins_it():
    text = (
        "Military spokesman Maj. Gen. Suleiman Adow said in a brief statement that the strike "
        "hit a depot. He suggested the deaths may have been caused by an explosion."
    )
    result = extract(text, load_nlp())
    assert [e["name"] for e in result["entities"] if e["type"] == "PERSON"] == ["Suleiman Adow"]
    assert {q["speaker"]["name"] for q in result["quotes"]} == {"Suleiman Adow"}


def test_the_statement_speaks_for_whoever_it_was_issued_by():
    text = (
        "The statement was issued by the command's spokesman, Adebola Oyekunle. "
        '"We will act," the statement read.'
    )
    (q,) = extract(text, load_nlp())["quotes"]
    assert q["speaker"]["name"] == "Adebola Oyekunle"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Clerk of the Senate said the bill could return next week.",
            "The Clerk of the Senate",
        ),
        ("The Speaker of the House said the vote would go ahead.", "The Speaker of the House"),
    ],
)
def test_an_office_in_capitals_is_named_with_its_of_phrase(text, name):
    result = extract(text, load_nlp())
    (q,) = result["quotes"]
    assert q["speaker"]["name"] == name
    assert "Clerk" not in {e["name"] for e in result["entities"]}


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            'Coach Ramon Villanueva praised his side. "We were brave," Villanueva said. Point '
            "guard Jericho Dimaculangan, who finished with 19 points, hit the decisive shot. The "
            '24-year-old said the shot was "the biggest of my career so far".',
            "the shot",
            "Jericho Dimaculangan",
        ),
        (
            '"It was a bad moment," Daniel Mwangi said. Stefan Ljubičić, whose challenge led to '
            "the injury, reached out to Mwangi on social media. The Serbian striker wrote on X: "
            '"Wishing you a full and fast recovery, brother."',
            "Wishing",
            "Stefan Ljubičić",
        ),
        (  # the quotation between, a sentence of its own
            'His coach, Andrzej Kowalczyk, said the swim had been built on "three years of very '
            'boring work" on his underwater phase.\n\n"People see the last 50 and think that\'s '
            'where he won it," Kowalczyk said. "He won it in the first 15 metres of every length. '
            "That's where the time is in breaststroke now.\"\n\nLlewellyn, who has struggled "
            'with a back injury since the Olympics, was generous in defeat. "Records are there '
            "to be broken, and if someone was going to take mine I'm glad it's Chidi,\" the "
            'Welshman said. "I\'ll have it back, though."',
            "Records",
            "Llewellyn",
        ),
        (  # not one written with another age
            "Megan Tregaskis led from the first turn and won from 17-year-old Aisha Barzani.\n\n"
            'The 25-year-old from Falmouth told the BBC afterwards that she had "no idea" she was '
            "so far clear.",
            "that she had",
            "Megan Tregaskis",
        ),
    ],
)
def test_a_description_by_age_or_nation_is_the_person_the_sentence_before_introduced(
    nlp, text, start, name
):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_local_titles_before_a_name_are_no_part_of_it(nlp):
    text = (
        "Mayor Kerry-Lee Dunstan told the meeting the towers were too tall. \"I've had more "
        'emails about this than anything else," Cr Dunstan said. Local TD Eamon Cassidy said '
        'the hospital was full. "This is not a once-off," Deputy Cassidy said.'
    )
    found = result(nlp, text)
    assert [q["speaker"]["name"] for q in found["quotes"]] == [
        "Kerry-Lee Dunstan",
        "Kerry-Lee Dunstan",
        "Eamon Cassidy",
        "Eamon Cassidy",
    ]


def test_the_person_takes_up_a_person_familiar_with_it(nlp):
    text = (
        "Federal agents searched the clinic on Tuesday, according to a person familiar with the "
        "investigation. The person, who was not authorised to speak publicly, said at least two "
        "patients had died."
    )
    q = one(nlp, text, "at least two")
    assert q["speaker"]["name"] == "a person familiar with the investigation"


def test_a_statement_someone_acted_in_speaks_for_them(nlp):
    text = (
        "FAI chief executive Gráinne Mulcahy-Byrne backed the manager in a statement released "
        'later on Thursday. "Siobhán has the full support of the board," the statement read.'
    )
    q = one(nlp, text, "Siobhán")
    assert q["speaker"]["name"] == "Gráinne Mulcahy-Byrne"


def test_an_office_no_one_named_holds_is_its_description(nlp):
    text = (
        "Harlan Briggs, 34, appeared in Lakeside County Court on Monday charged with burglary.\n\n"
        "The judge said Briggs would remain in custody until his trial in March.\n\n"
        "Briggs's lawyer, Dana Whitfield, said her client would fight the charges.\n\n"
        "The prosecutor said the evidence was overwhelming."
    )
    assert one(nlp, text, "Briggs would")["speaker"]["name"] == "the judge"
    assert one(nlp, text, "the evidence")["speaker"]["name"] == "the prosecutor"
    assert one(nlp, text, "her client")["speaker"]["name"] == "Dana Whitfield"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trooper Kevin Osei said speed was a factor.", "Kevin Osei"),
        ("Pastor Ruth Amadi said the church would help.", "Ruth Amadi"),
        (
            '"This is one of the worst storms," Crestline vice president of operations Natalie '
            "Huang said at a morning briefing.",
            "Natalie Huang",
        ),
        (
            "The label's co-founder, Juniper Haskett, said the band had changed her life.",
            "Juniper Haskett",
        ),
    ],
)
def test_ranks_and_roles_before_a_name_are_no_part_of_the_speaker(nlp, text, name):
    found = result(nlp, text)["quotes"]
    assert [q["speaker"]["name"] for q in found] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The line will open in 2027, said Urban Development Minister Shri Byrappa "
            'Chandrashekar Gowda on Tuesday. "We have waited long enough," Mr. Gowda said.',
            ["Byrappa Chandrashekar Gowda", "Byrappa Chandrashekar Gowda"],
        ),
        (
            "The chairman of the traders' association, Alhaji Musa Abdulkadir Danjuma, said the "
            'traders had raised the alarm. "We wrote to the ministry," Alhaji Danjuma said.',
            ["Musa Abdulkadir Danjuma", "Musa Abdulkadir Danjuma"],
        ),
        (
            "Committee chairman Datuk Hamidah Ismail said on Wednesday that exports would not "
            'be disrupted. "We\'ve done this before," said Elder Gladys Moosomin, 81.',
            ["Hamidah Ismail", "Gladys Moosomin"],
        ),
        (
            '"How to survive like that?" said Madam Goh Siew Lan, who has sold noodles for 38 '
            'years. "Cannot," Madam Goh said.',
            ["Goh Siew Lan", "Goh Siew Lan"],
        ),
    ],
)
def test_honorifics_are_no_part_of_a_name_and_the_name_goes_on(nlp, text, names):
    found = result(nlp, text)
    assert [q["speaker"]["name"] for q in found["quotes"]] == names
    assert not [e for e in found["entities"] if e["name"] in ("Goh", "Gowda", "Danjuma")]


def test_the_article_of_the_phrase_before_is_no_part_of_a_plural_speaker(nlp):
    text = (
        "The board voted to close Lincoln Elementary, a move district officials say will save "
        "$1.2 million a year. A dozen officials said the plan was flawed."
    )
    assert one(nlp, text, "will save")["speaker"]["name"] == "district officials"
    assert one(nlp, text, "the plan")["speaker"]["name"] == "a dozen officials"


def test_he_after_a_sentence_that_introduces_someone_with_no_one_acting_is_them(nlp):
    text = (
        'Jerome Vance said the budget was balanced. "We did our job," Vance said.\n\n'
        "The lone vote in favor came from board member Samuel Achebe. He said the district had "
        "no other choice."
    )
    assert one(nlp, text, "the district")["speaker"]["name"] == "Samuel Achebe"


def test_he_after_a_sentence_whose_subject_is_someone_else_stays_with_them(nlp):
    text = (
        'Jerome Vance said the budget was balanced. "We did our job," Vance said.\n\n'
        "Vance thanked board member Samuel Achebe. He said the district had no other choice."
    )
    assert one(nlp, text, "the district")["speaker"]["name"] == "Jerome Vance"


def test_a_named_speaker_keeps_words_an_agency_relays(nlp):
    text = (
        '"Our farmers have switched to alternative routes," said Datuk Hamidah Ismail, '
        "according to the Malaysian news agency Berita Nasional."
    )
    assert one(nlp, text, "Our farmers")["speaker"]["name"] == "Hamidah Ismail"


def test_a_description_she_takes_up_is_a_woman_not_the_man_who_spoke_last(nlp):
    text = "\n\n".join(
        [
            (
                "Every morning at five, before the fish trucks have finished backing into the "
                "lanes behind Harrowgate Quay, Odile Marchetti-Fenn is already at the stove. The "
                "71-year-old has cooked in the same narrow kitchen for 43 years, and last week "
                "her restaurant, Salt & Tallow, was awarded a star by the Lindqvist Guide for the"
                " first time."
            ),
            (
                "\"I didn't cook for inspectors. I cooked for men who had been unloading cod since"
                ' midnight and wanted something hot," Marchetti-Fenn says, wiping a copper pan '
                'with the corner of her apron. "If they left a plate half full, I knew I had '
                'failed. That was my guide."'
            ),
            (
                "The restaurant began as a canteen for the quay's stevedores in 1982. Marchetti-"
                "Fenn, who grew up in a fishing family on the island of Corrabeg, says she never "
                "intended to run a business. She wanted, she says, only to feed people properly."
            ),
            (
                "Her signature dish, a braise of monkfish cheeks with smoked butter and pickled "
                'sea beet, appears on the menu simply as "The Night Shift." It is, according to '
                "the Lindqvist Guide's citation, \"a plate of uncommon honesty, rooted in place "
                'and memory."'
            ),
            (
                "Her son, Teodor Fenn, who manages the dining room, remembers the early years "
                'differently. "She would say we were a canteen, but she was reading French '
                'cookbooks at two in the morning," he says. "She was always ambitious. She just '
                "didn't want anyone to know it.\""
            ),
            (
                'The chef laughs when this is put to her. "Teo exaggerates," she says. "It was '
                'one cookbook. I read it many times."'
            ),
        ]
    )
    assert one(nlp, text, "Teo exaggerates")["speaker"]["name"] == "Odile Marchetti-Fenn"


def test_who_an_unnamed_speaker_said_they_were_is_part_of_the_description(nlp):
    text = (
        "A woman who identified herself as a nurse at the hospital said the ward was understaffed."
    )
    q = one(nlp, text, "the ward")
    assert q["speaker"]["name"] == "a woman who identified herself as a nurse at the hospital"


def test_the_company_is_no_outlet_on_the_byline(nlp):
    """A description stands for an organisation of the story, not the outlet a byline names."""
    text = (
        "Harlan Appliance to cut 380 jobs\n\n"
        "By Marcus Feld\nThe Gazette-Ledger\n\n"
        "CEDAR RAPIDS \u2014 Harlan Appliance Co. will lay off 380 workers at its plant by the "
        "end of March, the company said Monday."
    )
    q = one(nlp, text, "Harlan Appliance Co. will")
    assert q["speaker"]["name"].startswith("Harlan Appliance")


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "Train drivers at 11 operators will walk out on Friday, the drivers' union said.\n\n"
            "Declan Murtagh, general secretary of the Associated Rail Drivers' Union, said "
            "members had tried to reach a deal.",
            "Associated Rail Drivers' Union",
        ),
        (
            "Elementary teachers with the Northshore District School Board have voted for a "
            "strike, their union said Wednesday.\n\n"
            "Michelle Arsenault, president of the Northshore Elementary Teachers' Association, "
            "said members had had enough.",
            "Northshore Elementary Teachers' Association",
        ),
        (  # no union named: its description, not the organisation named last
            "More than 1,400 nurses at St. Brendan's Hospital will walk off the job, their union "
            "announced Thursday.",
            "their union",
        ),
    ],
)
def test_a_union_of_its_members_is_the_union_named_next(nlp, text, union):
    q = result(nlp, text)["quotes"][0]
    assert q["speaker"]["name"] == union


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (  # a government board or commission is "the agency"
            "Workers at a Brightcart Inc fulfillment center have voted to join the Southern "
            "Warehouse Workers Union, the National Labor Relations Board said on Monday.\n\n"
            "The vote at the Fairburn, Georgia, site was 612 to 498, the agency said.",
            "The vote at",
            "National Labor Relations Board",
        ),
        (  # documents, not the newspaper that saw them
            "The project's cost rose by $3bn, according to cabinet documents seen by The Age.",
            "The project's cost",
            "cabinet documents",
        ),
        (  # the name set off after "One of …", which the parser joined by "and"
            "One of the banks involved, Marlowe & Grant, confirmed it was among the four.",
            "it was among",
            "Marlowe & Grant",
        ),
        (  # a name given in a relative clause is the next he, not whoever spoke before
            "Interior minister Carlo Benedetti said the centre was safe.\n\n"
            "Among those waiting was a teenager from Guinea who gave his name only as Mamadou. "
            "He said he had spent eight months in Libya.",
            "he had spent",
            "Mamadou",
        ),
        (  # a title, no part of the name
            "Pandit Ravi Shankar Trivedi, the temple's head priest, said the return of the "
            "festival mattered \u201cfar beyond our own community.\u201d",
            "the return",
            "Ravi Shankar Trivedi",
        ),
        (  # an organisation a notice was filed with is not "the company"
            "Harlan Appliance Co. will lay off 380 workers at its plant, the company said "
            "Monday.\n\nIn a notice filed with Iowa Workforce Development under the federal "
            "WARN Act, the company said the cuts were \u201cnecessitated by a decline in order "
            "volume.\u201d",
            "the cuts were",
            "Harlan Appliance Co.",
        ),
        ("State Assemblywoman Teresa Quan said the rules were weak.", "the rules", "Teresa Quan"),
        ("Councilmember Yvonne Tran said the building was unsafe.", "the building", "Yvonne Tran"),
        (  # a title that is also a first name, after a role
            "Board chairwoman Justice Esther Kalua said the delays were regrettable.",
            "the delays",
            "Esther Kalua",
        ),
        (  # an occupation in capitals opening the sentence
            "Trumpeter Lionel Marchand, who played alongside him for a decade, called Beaumont "
            '"a giant."',
            "Beaumont",
            "Lionel Marchand",
        ),
        (  # a role with an "of" phrase, parsed as a second subject
            "The court heard the case on Monday. Chair of the bench Susan Marlowe told Coombes "
            "the offences were serious.",
            "the offences",
            "Susan Marlowe",
        ),
        (  # a description whose apposition names the speaker
            "Mirella Ochoa campaigned in Kiche. Her interpreter, a young agronomist named "
            "Baltazar Tzul, said the campaign could not afford professional translators.",
            "the campaign",
            "Baltazar Tzul",
        ),
        (  # an opening participle the parser took for the subject
            "Speaking at a packed meeting in Peradeniya, Nalini Wickramasuriya, a candidate for "
            "the party, claimed that more than 4,000 postal ballots had not reached voters.",
            "that more than",
            "Nalini Wickramasuriya",
        ),
        (  # a relation named before in apposition, speaking again
            "Patricia Ellery, who helped children cross Station Road for 31 years, has died "
            'aged 84. Her son, Darren Ellery, 54, said she had been "part of the furniture" in '
            "the town.\n\nShe was awarded an MBE in 2009. Her son said she only agreed to "
            "accept it after being told the children could come to the palace.",
            "she only agreed",
            "Darren Ellery",
        ),
        (  # an opening participle, the name joined to a place in it, right before the verb
            "Speaking at a packed meeting in Peradeniya, Nalini Wickramasuriya of the Lanka "
            "Progressive Front claimed that more than 4,000 postal ballots had not reached "
            "teachers.",
            "that more than",
            "Nalini Wickramasuriya",
        ),
        (  # a name set off after an opening place, with a participial aside before the verb
            "In the village of Shakar Dara, elder Gul Rehman Khan, speaking in Pashto through an "
            "interpreter, denied that any agreement had been made.",
            "that any agreement",
            "Gul Rehman Khan",
        ),
        (  # "read" taken for a noun: the email is the one sent before
            "Superintendent Dr. Karen Whitfield said in an email to families Tuesday that "
            'counselors would be available.\n\n"Mr. Abernathy touched thousands of lives in '
            'this district," the email read. "We share in the community\'s grief."',
            "Mr. Abernathy",
            "Karen Whitfield",
        ),
        (  # a role before a name the NER took for a work, and the role named after it
            "The Halvern Reserve Board left its benchmark lending rate unchanged at 4.75% on "
            'Wednesday, and its chair said policymakers would need "several more months" of '
            'cooling inflation.\n\n"We are not yet where we need to be," Chair Eleanor Voss '
            "told reporters at a news conference following the two-day meeting.",
            "We are not yet",
            "Eleanor Voss",
        ),
        (  # "they" for a described group keeps all of its description
            'Economists at Hollis Grant said the report was weak. "We now think the board will '
            'cut by 50 basis points in September," they wrote.',
            "We now think",
            "Economists at Hollis Grant",
        ),
        (  # a place before a noun for a person is part of the description, not the speaker
            '"Nobody in the room wants to open the taps," one Gulf delegate said.',
            "Nobody in the room",
            "one Gulf delegate",
        ),
        (  # a role before a name with a capital inside it
            'Organiser Iain MacAskill, a crofter, said the island had "lost its balance."',
            "the island",
            "Iain MacAskill",
        ),
        (  # "the agency" is the agency named before, not one whose name ends in it later
            "The U.S. Food and Drug Administration on Tuesday approved the pill.\n\nThe drug "
            "was approved for adults with obesity, the agency said in a statement.\n\nThe "
            "company has also filed for approval with the European Medicines Agency.",
            "The drug was approved",
            "U.S. Food and Drug Administration",
        ),
        (  # a quotation with no cue after a sentence about someone is theirs
            "Odette Kabwita Mwamba runs a cooperative of diggers in Kolwezi.\n\n"
            'She laughs. "They say we are stealing. I say: who gave them the land?"',
            "They say we",
            "Odette Kabwita Mwamba",
        ),
        (  # … or the sentence before it is the paragraph before
            "Clint Howard spoke to reporters after the rally.\n\n"
            "Howard continued his scathing remarks.\n\n"
            '"Eight years ago she was the presumed nominee, and a fellow came along."',
            "Eight years ago",
            "Clint Howard",
        ),
        (  # a capitalised role before a name the NER took for an organisation
            'Boreal Metals said output rose. "We are pleased," Chief Executive Marc-Andre '
            "Tremblay said.",
            "We are pleased",
            "Marc-Andre Tremblay",
        ),
        (  # a name that ends the field of a role before "of"
            "Undersecretary of Mining Felipe Oyarzún told reporters the permit was valid.",
            "the permit",
            "Felipe Oyarzún",
        ),
        (  # the company named after a description of it that the parser took for the subject
            "The drug is not licensed. Its maker, the Irish company Corrib Biologics, said it "
            "planned to apply.",
            "it planned",
            "Corrib Biologics",
        ),
        (
            "One of the manufacturers, the Dutch company VoltNest, said it had fixed the flaw.",
            "it had fixed",
            "VoltNest",
        ),
        (  # a charity's name need not say it is one
            "The Stroke Association said in a statement that the findings were encouraging."
            '\n\n"Know the signs, and call 999 immediately," the charity said.',
            "Know the signs",
            "Stroke Association",
        ),
        (  # a name set off before the verb, whose aside the parser made the verb's clause
            "Lena Hartmann, a climate scientist at Imperial College London who co-authored the "
            'analysis, said the results were "unambiguous".',
            "the results",
            "Lena Hartmann",
        ),
        (  # "the company" with an aside set off by commas is the company named before
            "Halden Axle Co. will close its plant. The company, which makes drive axles for "
            "trucks, said production would transfer to Mexico.",
            "production would",
            "Halden Axle Co.",
        ),
        (  # two roles joined by "and" before one name
            'Kestrel Components Inc. makes seats. "We are proud of this plant," Kestrel '
            "president and CEO Gregory Baptiste said.",
            "We are proud",
            "Gregory Baptiste",
        ),
        (  # two first names before a surname, the NER leaving out the first
            'Ana Maria Liquitay, a farmer, said the water was gone. "We have nothing," '
            "Liquitay said.",
            "We have nothing",
            "Ana Maria Liquitay",
        ),
        (  # a first name and the first surname stand for the name of three
            "Odette Kabwita Mwamba runs a cooperative in Kolwezi. "
            '"We dig with our hands," Odette Kabwita said.',
            "We dig",
            "Odette Kabwita Mwamba",
        ),
        (  # a spokesperson for a minister named in apposition is not the minister
            "A spokesperson for Ontario's Minister of Mines, Gordon Pelletier, said the ministry "
            "would respond.",
            "the ministry",
            "a spokesperson for Ontario's Minister of Mines",
        ),
        (  # a name set off before a verb in a sentence the parser read as a headline's
            "The programme's co-presenter, the MP Gareth Lowe-Pritchard, posted on X that the "
            'ruling was "political censorship".',
            "that the ruling",
            "Gareth Lowe-Pritchard",
        ),
        (  # "Ms" before a hyphenated surname makes her a woman, whatever its first part
            "Tom Nguyen in Parramatta emailed us.\n\nAustel chief executive Kelly Baird-Nguyen "
            'has fronted the media.\n\n"I want to apologise to every customer," she said.\n\n'
            'Ms Baird-Nguyen said it was "too early" to discuss compensation.',
            "I want to apologise",
            "Kelly Baird-Nguyen",
        ),
        (  # a surname that is also an English word, as the subject of a cue
            "Union official Laura Given criticised the plan. Given said the union would be "
            "seeking urgent talks.",
            "the union would",
            "Laura Given",
        ),
        (  # "its" ministry is the country's, not another ministry named before
            "The Ministry of Health said the hospital would stay open.\n\nJapan has protested. "
            'Its foreign ministry said the move was "regrettable".',
            "the move was",
            "Japan's foreign ministry",
        ),
        (  # the health ministry is the Ministry of Health named before
            "The Ministry of Health confirmed the closure on Monday.\n\nThe health ministry "
            "said the hospital would reopen next year.",
            "the hospital would",
            "Ministry of Health",
        ),
        (  # a letter speaks for those who signed it, described when they are not named
            "More than 200 parents have signed a letter to the council opposing the closure.\n\n"
            '"Our children deserve better than this," the letter said.',
            "Our children deserve",
            "More than 200 parents",
        ),
        (  # a name after a title, set off after a role and the place it serves
            "The senior coroner for Northmoor, Dr Anjali Ravensworth, said she would issue a "
            "report.",
            "she would issue",
            "Anjali Ravensworth",
        ),
        (  # a name with its "of" phrase, set off after a hyphenated role
            "A co-author, Dr. Freja Lindholm of the Nordvik Institute, said in an email that the "
            "team had controlled for age.",
            "that the team",
            "Freja Lindholm",
        ),
        (  # a name set off after a hyphenated role the parser split and joined to another
            "PayKora's co-founder and Chief Executive Officer, Mrs Folasade Adebayo-Ilori, said "
            "the funds would be used to hire engineers.",
            "the funds would",
            "Folasade Adebayo-Ilori",
        ),
        (  # an infinitive of purpose after a verb that takes the speaker to a platform
            "The Opposition's corrections spokesman, Brendan Ferrier-Lusk, took to social media "
            'to describe the decision as "a slap in the face".',
            "the decision as",
            "Brendan Ferrier-Lusk",
        ),
        (  # a member who rises to ask
            'Graham Oduya, MP for Kettering West, rose to ask: "Will my right honourable friend '
            'meet me?"',
            "Will my right",
            "Graham Oduya",
        ),
        (  # the subject after an opening place phrase the parser took for one
            'Outside Parliament, Lerato Mashaba told the Daily Beacon: "They can throw me out, '
            'but they cannot silence me."',
            "They can throw",
            "Lerato Mashaba",
        ),
        (  # a councillor's surname the NER left out after "Cllr" and her first name
            "The Mayor of Pennock Bridge, Cllr Tessa Arkwright, has written to the bank. Cllr "
            "Arkwright said she had not yet received a reply.",
            "she had not",
            "Tessa Arkwright",
        ),
        (  # a first name before a hyphenated surname
            '"Growth is weak," Amara Delacroix-Nwosu, the council\'s chief economist, told '
            "reporters.",
            "Growth is weak",
            "Amara Delacroix-Nwosu",
        ),
        (  # a sentence ends after the platform X
            "Several founders pushed back on X. Aleksander Nowicki, a partner at Fjallgrund "
            'Capital, wrote that the comments were "easy to make".',
            "that the comments",
            "Aleksander Nowicki",
        ),
        (  # "who" after a place stands for the person from there
            'The carer from Stockport, who wrote that she had been "promised help that never '
            'came", has been invited to meet ministers.',
            "that she had been",
            "the carer from Stockport",
        ),
        (  # a name in an opening phrase, with a relative clause set off after it
            "Outside the hearing centre in Exeter, Lorna Beddoes, who chairs the Bramcote "
            'Families Group, said: "We have waited two years to hear a single person say sorry."',
            "We have waited",
            "Lorna Beddoes",
        ),
        (  # a first name alone, whatever the NER took it for, is the person named in full
            "Mum-of-three Shannon Kettley, 34, from Rotherham, was at work when agents let "
            "themselves in.\n\nShannon, whose youngest son has asthma, said the family was left "
            "without power for two days.",
            "the family was",
            "Shannon Kettley",
        ),
        (  # the organisation named right after the word for its kind that opens the sentence
            'Watchdog the Energy Markets Authority (EMA) said the firm had "systematically '
            'ignored" rules.',
            "the firm had",
            "Energy Markets Authority",
        ),
        (  # a full name the NER took for a people, with a role in apposition
            "Marguerite Oyelaran, founder of the Homicide Families Network, said families were "
            'treated as an afterthought.\n\n"She should have been in the room," Ms Oyelaran said.',
            "She should have",
            "Marguerite Oyelaran",
        ),
        (  # an organisation the NER ran into the owner named after a comma
            "In a letter reviewed by The Ledger, Glidepath's chief executive, Nikhil "
            "Bhattacharya, wrote that the company was out of money.\n\nThe company said in a "
            "statement that it would keep operating in 11 cities.",
            "that it would keep",
            "Glidepath",
        ),
        (  # a company's first words stand for it when they speak, whatever the NER says
            "Employees of Kindred Health received a calendar invitation.\n\nKindred says it "
            "now has enough cash to reach profitability.",
            "it now has",
            "Kindred Health",
        ),
        (
            "Cascade Valley Water Co. wants to raise rates by 19%.\n\nCascade Valley says the "
            "money is needed to replace cast-iron mains.",
            "the money is needed",
            "Cascade Valley Water Co.",
        ),
        (  # a councillor's name the NER split in two after her title
            "Cllr Amrit Sandhu, who represents St Michael's ward and helps out on Saturday "
            "mornings, said the council should be doing more.",
            "the council should",
            "Amrit Sandhu",
        ),
        (  # a full name the NER took for a work's title, with a role in apposition
            '"Winter is coming to the mountains," Kwabena Asante-Boateng, head of the Office for '
            "Humanitarian Coordination, told delegates.\n\nAsante-Boateng later said the pledges "
            'were "a strong start, but only a start".',
            "the pledges were",
            "Kwabena Asante-Boateng",
        ),
        (  # a name set off after the source of "according to"
            "The charity needs at least 30 more people to cover weekday shifts, according to its "
            "coordinator, Ngozi Adeyemi-Clarke.",
            "The charity needs",
            "Ngozi Adeyemi-Clarke",
        ),
        (  # a statement whose "that" clause says what it said is its issuer's
            "The Nepal Earthquake NGO Alliance, a coalition of 38 aid groups, warned in a joint "
            "statement that the conference had paid too little attention to women and girls."
            '\n\n"More than half of those displaced are women and girls," the statement said.',
            "More than half",
            "Nepal Earthquake NGO Alliance",
        ),
        (  # a description set off after a determiner standing alone for the subject
            "Several former staff spoke to the paper.\n\nAnother, a software engineer who spent "
            'three years at the company, said the layoffs had been handled "with care".',
            "the layoffs had",
            "a software engineer",
        ),
        (  # a party's whip is a role before the name
            'Democratic Reform Party chief whip Johan Pretorius said: "We will not be silenced."',
            "We will not",
            "Johan Pretorius",
        ),
        (  # "the body" is the organisation named before, of whatever kind, not its report
            "The global economy will grow by 2.6 per cent next year, the International Economic "
            "Council has forecast.\n\nIn its twice-yearly World Outlook, the Geneva-based body "
            "warned that further tariff increases could shave half a point off global output.",
            "that further tariff",
            "International Economic Council",
        ),
        (  # the parser hung the verb inside the aside describing the opening name
            "The campaign group Clean Rivers Alliance, which hopes to bring a private prosecution "
            'against the company, posted on X shortly after the hearing: "Another year, another '
            'bonus, another record for sewage. Enough."',
            "Another year",
            "Clean Rivers Alliance",
        ),
        (  # an infinitive on a noun of the phrase that takes the member to speak
            '"The Opposition is not interested in farmers," the Minister said.\n\nNitin Deshmukh '
            "of the Lok Janata Front rose on a point of order to ask why the Minister was "
            '"reading statistics instead of answering the question".',
            "why the Minister",
            "Nitin Deshmukh",
        ),
        (  # a double surname after a title and a first name the NER left untagged
            "Prof Odile Marchetti-Kwan of the University of Leeds said the data were thin.\n\n"
            '"We should wait," Marchetti-Kwan said.',
            "We should wait",
            "Odile Marchetti-Kwan",
        ),
        (  # a department named by three fields, the NER's three names made one
            "The charity has written to ministers about the closures. A spokesperson for the "
            "Department for Culture, Media and Sport said the letter would be considered in due "
            "course.",
            "the letter would",
            "a spokesperson for the Department for Culture, Media and Sport",
        ),
        (  # a first name the tagger took for a plural noun, after a role
            "Park superintendent Dolores Whitehorse-Maddox said the permits would be required "
            "from June.\n\nWhitehorse-Maddox said the fee would rise.",
            "the fee would rise",
            "Dolores Whitehorse-Maddox",
        ),
        (  # a dateline's place the parser took for the report's subject names no company
            "Ironvale Interactive cuts 140 jobs, cancels unannounced shooter\n\nSEATTLE "
            '(Wirepoint) - Ironvale Interactive, the studio behind the "Hollow Crown" '
            "role-playing series, is laying off about 140 employees and has canceled an "
            "unannounced multiplayer shooter, the company said on Tuesday.",
            "Ironvale Interactive, the studio",
            "Ironvale Interactive",
        ),
        (  # a description kept unnamed in its apposition names no earlier speaker
            "The airline's director of safety, Rajesh Ambardar, said the brakes had been "
            'inspected. "Nothing is more important to us," Ambardar said.\n\nThe captain, a '
            "14-year veteran who is not named in the report, told investigators he felt "
            '"almost no deceleration" on landing.',
            "he felt",
            "the captain",
        ),
        (  # the company its report names as its subject, a shipping line
            "COPENHAGEN (Wire) - Container carrier Brannvik Lines reported a quarterly loss on "
            "Wednesday as longer voyages drove up fuel bills.\n\nChief executive Henrik "
            "Brannvik-Holm said the company had underestimated the diversions.\n\nNew capacity "
            "is due to be delivered to carriers this year, according to shipbroker Tidemark "
            "Partners.\n\nBrannvik Lines expects full-year operating profit of between $1.5 "
            "billion and $2.5 billion, the company said.",
            "Brannvik Lines expects",
            "Brannvik Lines",
        ),
        (  # a first name in lower case after its hyphen, recorded in both parts
            "Volunteers have flocked to the dig. Jae-won Park, a retired chemistry teacher from "
            "Columbus, has driven down every Saturday since June. She said she had never held "
            "anything older than a sewing machine.",
            "she had never held",
            "Jae-won Park",
        ),
        (  # a tally is the document of the organisation that owns it
            "The Harwick County Heritage Commission has reviewed all 212 of its roadside "
            "markers.\n\nAccording to the commission's own tally, 41 markers contain factual "
            "errors.",
            "41 markers",
            "Harwick County Heritage Commission",
        ),
        (  # a summary is the document of whoever released it
            "Senators approved the spending bill on Thursday. According to a summary released by "
            "the appropriations committee, the bill provides $7 billion for lunar exploration.",
            "the bill provides",
            "the appropriations committee",
        ),
        (  # the organisation the lead describes, however far before
            "ROME (Wire) – Police have recovered more than 300 bronze coins that were dug "
            "illegally from a site near Naples, the culture ministry said on Monday.\n\nThe coins "
            "were found in a garage in Turin. Two men have been arrested. A third is being "
            "sought. Officers also seized metal detectors and maps.\n\nThe ministry said in a "
            "statement that the recovery showed the value of co-operation with Swiss prosecutors.",
            "that the recovery",
            "the culture ministry",
        ),
        (  # a statement's issuer described, its noun a proper noun to the tagger
            "PARIS (Wire) — A weather satellite was knocked out of its orbit on Monday after being "
            "struck by debris, the French defence ministry said in a statement on Tuesday.\n\n"
            '"The operator was informed in accordance with established procedures," the '
            "statement said.",
            "The operator",
            "the French defence ministry",
        ),
        (  # the coined first word of a name ending in an organisation's word, however tagged
            "Shares of Lumora's largest investor, Pinecrest Holdings, rose 3% in after-hours "
            'trading. Pinecrest said in a statement that it remained "fully committed" to the '
            "startup's road map.",
            "that it remained",
            "Pinecrest Holdings",
        ),
        (  # the union the article called one, not an association named since
            "Library staff across the county walked out on Monday.\n\n"
            '"We have asked the council for the figures for months," said Dara Quinlan, a '
            "cataloguer and branch secretary of the GMB union.\n\nDr Ines Marlow, director of "
            "the Libraries and Archives Association, said the sector was under strain everywhere. "
            "The association has called for a national funding review.\n\nThe union said a "
            "second walkout would take place in June if talks failed.",
            "a second walkout",
            "GMB",
        ),
        (  # a first name whose part after the hyphen is in lower case, the surname tagged ORG
            "Ji-hoon Park, an economist at the Hanbit Institute, said rates would rise.\n\n"
            '"The bank was slow," Park said.',
            "The bank was slow",
            "Ji-hoon Park",
        ),
        (  # the parser made the hyphen of "co-founder" a subject of its own
            "The meeting was interrupted twice by protesters from the campaign group Tidewater "
            "Rising, who unfurled a banner. Stewards escorted six people from the hall.\n\n"
            "Outside the venue, the group's co-founder, Saoirse Ní Bhriain, said the company's "
            "plans were incompatible with international climate targets.",
            "the company's plans",
            "Saoirse Ní Bhriain",
        ),
        (  # her name before her age, set off after a role the parser made an object
            "Addressing the crowd from the back of a flatbed truck, the group's co-founder, Sanne "
            'de Vries-Amrani, 29, said:\n\n"We have written the letters. We have signed the '
            'petitions."',
            "We have written",
            "Sanne de Vries-Amrani",
        ),
        (  # a quotation opening the paragraph after one person's report goes on with it
            "Outside the venue, the group's co-founder, Saoirse Ní Bhriain, said the company's "
            'plans were incompatible with climate targets.\n\n"Mr Kinnaird-Mbeki talks about '
            'earning the right to drill. Nobody earns the right to cook the planet."',
            "Mr Kinnaird-Mbeki talks",
            "Saoirse Ní Bhriain",
        ),
        (  # the role the parser read into the organisation's name, and the name apposed
            "The Bureau of Meteorology's senior climatologist, Dr Priya Raghunathan, said the "
            "outlook pointed to a warmer spring.",
            "the outlook",
            "Priya Raghunathan",
        ),
        (  # "the palace", "the forum": the organisation whose name holds the noun
            "Hallowgate Palace announced on Monday that Princess Beatrix is engaged.\n\nThe King "
            "and Queen are delighted, the palace said in a statement.",
            "The King and Queen",
            "Hallowgate Palace",
        ),
        (
            "The Marisca Heritage Forum, which campaigns for the islands, welcomed the speech on "
            "Tuesday.\n\nThe forum said it welcomes the words but expects deeds.",
            "it welcomes the words",
            "Marisca Heritage Forum",
        ),
        (  # a surname of several words said alone, and the party's initials are no name
            "Tempers flared at the monthly meeting of Clare County Council on Monday as elected "
            "members debated the final route of the proposed Ballinacurra to Kilbrack greenway."
            "\n\nThe €14 million project, which would see a 22km walking and cycling trail built "
            "along a disused railway line, has divided landowners in the area, with a number of "
            "farmers objecting to a section that would cross private land near Kilbrack village."
            "\n\nCllr Pádraig Mac Giolla Bhríde (FF) told the meeting that he fully supported the "
            'greenway "in principle" but that the council had "gone about it the wrong way '
            "entirely\".\n\n\"You don't go knocking on a farmer's door with a map already drawn "
            "and tell him that's the way it's going to be,\" Cllr Mac Giolla Bhríde said.",
            "You don't go knocking",
            "Pádraig Mac Giolla Bhríde",
        ),
        (  # the verb after the name read as a plural noun it compounds
            "Her campaign manager, Kevin Oyelaran-Murphy, a Nigerian-Irish software engineer who "
            "grew up in Edgeworthstown, remembers the canvass differently. He says it was mostly "
            'rain.\n\n"She had me out in February on roads that don\'t have names," '
            'Oyelaran-Murphy laughs. "I\'d lose signal on Google Maps."',
            "She had me out",
            "Kevin Oyelaran-Murphy",
        ),
        (  # the name after a title the parser took for the subject, the name an adverb
            "Green Party councillor Saoirse Fennelly said tourism figures from other greenways "
            'showed what was possible. "That could be us," she said.\n\nCllr Fennelly added '
            'that she had sympathy for the landowners but that "a small number of objections '
            'cannot be allowed to hold up a project for an entire region".',
            "that she had sympathy",
            "Saoirse Fennelly",
        ),
        (  # "the company" is not where a quoted analyst works ("… of Enders Partners")
            "The editor of the Northern Courier has resigned, its owner Pennine Media Group said "
            "on Tuesday.\n\nMedia analyst Tomasz Wierzbicki of Enders Partners said the episode "
            "was a blow for the title.\n\nDeputy editor Sinead Brennan will run the paper on an "
            "interim basis while a permanent replacement is sought, the company said.",
            "Deputy editor Sinead Brennan",
            "Pennine Media Group",
        ),
        (  # the report the "according to" phrase sources is hers
            "Chief executive Dame Cordelia Ashworth-Nakashima told staff in a town hall meeting "
            'that the decision had been "the hardest of my career." According to a recording '
            "heard by this newspaper, she said advertising revenue on linear television had "
            "fallen by almost a fifth in three years.",
            "advertising revenue",
            "Cordelia Ashworth-Nakashima",
        ),
        (  # the first of two surnames, with its particles, stands alone for the person
            "The head of the Comisión Nacional de Regulación Energética, Dr María José Fernández "
            "de la Vega Ortiz, told a press briefing in Santiago that the company had failed to "
            "justify the increase.\n\nFernández de la Vega said consumers should not be asked to "
            "pay for assets that were not delivering gas.",
            "consumers should not",
            "María José Fernández de la Vega Ortiz",
        ),
        (  # a verb of saying after the quote read as a plural noun the name compounds
            'Lukas Zimmermann-Baer has worked on the glacier for years.\n\n"People think we '
            "are up here with fancy satellites. Mostly it's me with a drill and a thermos,\" "
            "Zimmermann-Baer jokes as he unpacks.",
            "People think we",
            "Lukas Zimmermann-Baer",
        ),
        (  # the statement is the university's, not its website's where it was posted
            "Hackers stole the personal details of tens of thousands of current and former "
            "students at Harrowgate Metropolitan University during a cyber-attack last month, "
            "the institution has confirmed.\n\nIn a statement posted on its website on Monday, "
            'the university said that names and addresses had been "accessed and copied by an '
            'unauthorised third party".\n\n"We sincerely apologise to everyone affected," the '
            "statement said.",
            "We sincerely apologise",
            "Harrowgate Metropolitan University",
        ),
        (  # a peer's title, her first name an English word, both tagged organisations
            "Education minister Baroness Felicity Oduya-Grant told the BBC that she had spoken to "
            "the board's chief executive and was \"assured that every student will be treated "
            'fairly."',
            "that she had spoken",
            "Felicity Oduya-Grant",
        ),
        (  # one person's name apposed after a plural inside the role names the role's holder
            "Her successor, Daniel Okereke-Strauss, is deputy head at a school in Salford. "
            'Okereke-Strauss said he was "under no illusion" about the task.\n\nThe chair of '
            "governors, Canon Francis Mulligan, said the school would hold a special Mass in her "
            "honour on Thursday evening.",
            "the school would hold",
            "Francis Mulligan",
        ),
        (  # the name set off after the phrase, which the parser hung on the outlet
            "Its vice-chair, Sir Reginald Oyelaran-Fitch, is expected to take over as interim "
            'chair. Speaking to the Herald, Oyelaran-Fitch said he had "enormous respect" for his '
            "predecessor but disagreed with her about the donation.",
            "he had",
            "Reginald Oyelaran-Fitch",
        ),
        (  # a member's letters after her name, the whole tagged an organisation
            "Carys Lloyd-Jenkins, the board's new chief executive, promised change.\n\nNia Wyn "
            "Thomas MS, who chairs the Senedd's Health and Social Care Committee, was more "
            'cautious.\n\n"We have heard fine words from new chief executives before," she said.',
            "We have heard",
            "Nia Wyn Thomas",
        ),
        (  # "the force" is the police force named further back, not a place in its report
            "A 17-year-old boy has been arrested on suspicion of murder after a man was "
            "stabbed to death in Harrowfield town centre.\n\nEastshire Police said officers "
            "were called to Corn Exchange Street at about 23:40 GMT on Saturday following "
            "reports of a disturbance outside a bar.\n\nThe victim, named locally as "
            "28-year-old Callum Breen, was pronounced dead at the scene despite the efforts "
            "of paramedics.\n\nDet Insp Rachel Amankwah, of the force's major crime team, "
            "said: \"Our thoughts are with Callum's family, who have been informed and are "
            'being supported by specialist officers.\n\n"I understand that an incident like '
            "this will cause real concern in the community. I want to reassure people that we "
            'have made an arrest and we are not looking for anyone else at this time."\n\nShe '
            "added that officers would remain in the area over the coming days and urged "
            "anyone with dashcam or mobile phone footage to get in touch.\n\nThe teenager, "
            "who is from the Brookside area of the town, remains in custody, the force said.",
            "The teenager, who",
            "Eastshire Police",
        ),
        (  # "the health unit" is the organisation whose name ends in "Unit"
            "Measles cases rose to 14, Dr. Priya Venkataraman, medical officer of health for the "
            "Harrow-Lakeshore Health Unit, told reporters.\n\nThree people have been admitted "
            "to hospital, the health unit said in a statement.",
            "Three people",
            "Harrow-Lakeshore Health Unit",
        ),
        (  # the office's capitals tagged a work of art, the holder apposed after it
            "Flood victims were moved to a school on Sunday.\n\nSpeaking at the ceremony, the "
            "Moderator of the Volta Evangelical Church, Rt Rev Dr Senyo Kwasi Adzraku, said the "
            "church would support the families.",
            "the church would",
            "Senyo Kwasi Adzraku",
        ),
        (  # … or an organisation
            "Flood victims were moved to a school on Sunday.\n\nThe Anglican Bishop of Kingston, "
            "the Right Reverend Dr Everald Nathaniel Blackwood-Clarke, yesterday said the country "
            "had lost its way.",
            "the country had",
            "Everald Nathaniel Blackwood-Clarke",
        ),
        (  # the seat before the holder's name, with no comma, whatever the NER took it for
            "Flood victims were moved to a school on Sunday.\n\nMP for Caroni East Keisha "
            "Alleyne-Charles, who spent Sunday night at a shelter, said she had warned the "
            "ministry.",
            "she had warned",
            "Keisha Alleyne-Charles",
        ),
        (
            "Ferry services were cancelled again on Sunday.\n\nScottish Liberal Democrat MSP for "
            "the Highlands and Islands Donald Matheson said the minister's words would be "
            '"cold comfort" to islanders.',
            "the minister's words",
            "Donald Matheson",
        ),
        (
            "Taps ran dry again on Sunday.\n\nLeader of the Opposition Ali Khurshid Baig said "
            "the residents of Korangi had not received piped water for 19 days.",
            "the residents of Korangi",
            "Ali Khurshid Baig",
        ),
        (  # a first name after a title, whatever English word it also is
            "The District Chief Executive, Mr Yaw Darko Mensah-Bonsu, said the assembly had set "
            "aside money.",
            "the assembly had",
            "Yaw Darko Mensah-Bonsu",
        ),
        (  # … and the NER's two people in one name after it
            "Mrs Comfort Ewurabena Baidoo, on her part, said the market women were suffering.",
            "the market women",
            "Comfort Ewurabena Baidoo",
        ),
        (
            "Sunamganj Deputy Commissioner Md Rashedul Islam Chowdhury told The Daily Star that "
            "186 flood shelters were open.",
            "that 186 flood",
            "Md Rashedul Islam Chowdhury",
        ),
        (  # the parser hung the name on the aside's passive clause ("whose daughter was …")
            "Dengue cases in the city have doubled in a month.\n\nK. Manikandan, a daily-wage "
            "worker from Ganapathy whose 12-year-old daughter was admitted with dengue last week, "
            "said the Corporation had not cleared the garbage in his street for weeks.",
            "the Corporation had",
            "Manikandan",
        ),
        (  # … and the verb of saying on the aside's verb
            "Dengue cases in the city have doubled in a month.\n\nHobart mother Tayla Brennan, "
            "whose five-week-old son Oscar spent nine days in hospital with whooping cough last "
            "month, said she had not known the vaccine was recommended during pregnancy.",
            "she had not known",
            "Tayla Brennan",
        ),
        (  # a street's abbreviation ends no sentence before its verb of saying
            "Officers were called to the Quik-Stop at 1400 E. Harmon Ave. shortly before "
            "10:15 p.m. after several people reported hearing gunshots, Millbrook Police Chief "
            "Dana Whitcomb said at a news conference Wednesday morning.",
            "Officers were called",
            "Dana Whitcomb",
        ),
        (  # the company is the one named before its description, though the NER missed it
            "Ledgerly, a New York-based startup that lets companies pay overseas contractors in "
            "stablecoins, has raised $85 million in a Series B funding round led by Northfold "
            "Ventures, the company announced Tuesday.",
            "Ledgerly, a New York",
            "Ledgerly",
        ),
        (  # the first paragraph's description, a byline between it and the headline
            "Measles cases climb to 14 in Harrow County\n\nBy Stephanie Roy\n\nHARROW, Ont. — "
            "The number of confirmed measles cases in Harrow County has climbed to 14, and the "
            'region\'s top doctor says the outbreak is "far from over."\n\nDr. Priya '
            "Venkataraman, medical officer of health for the Harrow-Lakeshore Health Unit, told "
            "reporters on Tuesday that nine of the cases are children under 10.",
            "the outbreak is",
            "Priya Venkataraman",
        ),
        (  # "mum-of-three", the number parsed as the subject, introduces the next paragraph's
            "'My wee boy can't breathe': Mum's fury as black mould takes over family flat\n\n"
            "A mum-of-three says her toddler has been taken to hospital twice because of black "
            "mould in their rented flat – and claims her landlord has ignored her pleas for help "
            "for more than a year.\n\nLeanne McColl, 29, lives with partner Jamie Doherty and "
            "their three children in a two-bedroom flat in Ferguslie, Paisley, owned by "
            "Westburn Housing Association.",
            "her toddler has",
            "Leanne McColl",
        ),
        (  # a double surname's second half with a capital inside ("McLean")
            "Superintendent Rohan Whitter-McLean, commanding officer for the St Catherine North "
            "Police Division, said investigators had identified two persons.",
            "investigators had",
            "Rohan Whitter-McLean",
        ),
        (  # a first name tagged a people before a double surname tagged an organisation
            "Therese Oyelaran-Hughes, executive director of enforcement at the FCA, said the "
            "firm fell short.",
            "the firm fell",
            "Therese Oyelaran-Hughes",
        ),
        (  # an office set off after a name and tagged a person is no one for "he" to be
            'Dengue wards fill up\n\n"The situation is under control," said Dr. Arun Prakash '
            "Iyer, Dean of the Kovai Government Medical College Hospital. He said the hospital "
            "had 140 beds reserved for dengue patients.",
            "the hospital had",
            "Arun Prakash Iyer",
        ),
        (  # "the Aberconwy MS": a seat and a member's letters describe the member named before
            "Bus cuts anger villagers\n\nGareth Probert-Jones, who represents Aberconwy in the "
            "Senedd, raised the cuts at First Minister's Questions.\n\n\"For many of my "
            'constituents, the bus is the only way to get to the doctor," the Aberconwy MS said.',
            "For many of my",
            "Gareth Probert-Jones",
        ),
        (  # a first name and surname tagged a people, the double surname's half untagged
            "Parish council row over drains\n\nCouncillor for the Buff Bay division, Sheryl "
            "Aiken-Morrison, who raised the matter, said residents had complained for months.\n\n"
            "Mayor of Port Antonio, Councillor Ainsley Ramsay-Whyte, rejected suggestions that the "
            "corporation had been asleep at the wheel.",
            "residents had complained",
            "Sheryl Aiken-Morrison",
        ),
        (  # the holder apposed to an office, not a first name ending the office's place
            "Mayor of Port Antonio, Councillor Ainsley Ramsay-Whyte, rejected suggestions that the "
            "corporation had been asleep at the wheel.",
            "suggestions that",
            "Ainsley Ramsay-Whyte",
        ),
    ],
)
def test_the_speaker_is_named_as_the_article_names_them(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_an_organisation_named_after_its_kind_and_no_headline_word_speaks(nlp):
    text = (
        "Anger as Pennine Mutual confirms 14 branch closures\n\nFourteen branches of Pennine "
        "Mutual are to close this summer, the lender has confirmed.\n\nAccording to the "
        "consumer group Which Way, the closures are part of a pattern of banks leaving small "
        "towns."
    )
    assert one(nlp, text, "Fourteen branches")["speaker"]["name"] == "Pennine Mutual"
    group = one(nlp, text, "the closures are")
    assert (group["speaker"]["name"], group["text"][:12]) == ("Which Way", "the closures")
    assert "Anger" not in {e["name"] for e in result(nlp, text)["entities"]}


def test_she_in_a_sentence_about_her_is_her_and_goes_on_being_her(nlp):
    text = (
        '"The queues were long and people were angry," said Priya Natarajan of the Voter '
        "Trust, who watched the count in Lilongwe.\n\nMaria Ruiz's fate is still unclear, but "
        'she said on Friday that she would govern the country anyway. "I am going to lead '
        'from the front," she said.'
    )
    assert one(nlp, text, "that she would govern")["speaker"]["name"] == "Maria Ruiz"
    assert one(nlp, text, "I am going to lead")["speaker"]["name"] == "Maria Ruiz"


def test_the_subject_of_a_relative_clause_on_someone_is_someone_else(nlp):
    from workers.extraction.coref import _said_of

    doc = nlp(
        "He lambasted the deal negotiated by President Tom Hale, who he noted was weak. "
        "Tom Hale, who said he was tired, left."
    )
    hale, again = [t for t in doc if t.text == "Hale"]
    noted_he, tired_he = [t for t in doc if t.text == "he"]
    assert _said_of(hale, noted_he)
    assert not _said_of(again, tired_he)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (  # words after it on its line name someone else, with a verb not read as a cue
            "Obama spoke about the contributions of Muslims in America.\n\n"
            "\u201cWhat sport is he talking about, and who? Is Obama profiling?\u201d reacted "
            "Trump.",
            "What sport",
        ),
        (  # an attribution line after it names the speaker
            "In the end, Sanders voted in support of the law.\n\n"
            '"I will look into it. I will certainly look into it."\n\n- Hillary Clinton.',
            "I will look",
        ),
    ],
)
def test_a_quotation_followed_by_its_attribution_is_no_subject_befores(nlp, text, start):
    speaker = one(nlp, text, start)["speaker"]
    assert speaker is None or speaker["name"] not in ("Barack Obama", "Obama", "Sanders")


def test_a_description_set_off_after_a_name_is_nobody_named_later(nlp):
    text = (
        "Per Øvrebø, a media professor at the University of Bergen who has studied the sector, "
        "says Aalvik is the first.\n\nThe programme's co-presenter, the MP Gareth "
        'Lowe-Pritchard, posted on X that the ruling was "political censorship".'
    )
    assert (one(nlp, text, "Aalvik is")["speaker"] or {}).get("name") != "Gareth Lowe-Pritchard"


def test_a_quotation_after_a_groups_report_goes_on_with_no_one_of_them(nlp):
    text = (
        "Instead, Matthews, MSNBC's Alex Seitz-Wald and Reuters' Luciana Lopez argued that the "
        'plan grows out of naivete.\n\n"Seriously, seriously about this. The plan is a fantasy."'
    )
    assert one(nlp, text, "Seriously")["speaker"] is None


def test_a_partys_initials_in_brackets_after_an_untagged_name_are_no_speaker(nlp):
    text = (
        "Tempers flared at the monthly meeting of Clare County Council on Monday.\n\nCllr "
        "Pádraig Mac Giolla Bhríde (FF) told the meeting that he fully supported the greenway "
        '"in principle" but that the council had "gone about it the wrong way entirely".'
    )
    assert one(nlp, text, "that he fully supported")["speaker"]["name"] != "FF"


# -- names with particles, family names first, live blogs -------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Union president Cláudia Helena Bastos da Silva told reporters the strike would go on.",
            "the strike",
            "Cláudia Helena Bastos da Silva",
        ),
        (
            "Jan-Willem van der Berg, a senior fellow at the institute, said the plan was weak.",
            "the plan",
            "Jan-Willem van der Berg",
        ),
        (
            "Giulia di Castelnuovo, the Italian agriculture minister, told reporters the deal "
            "was bad.",
            "the deal",
            "Giulia di Castelnuovo",
        ),
        (
            "The state prosecutor, Héctor Zazueta Moreno, said the search would continue.",
            "the search",
            "Héctor Zazueta Moreno",
        ),
        (
            "Marina Cunha Albuquerque, the group's director, said it would appeal.",
            "it would",
            "Marina Cunha Albuquerque",
        ),
    ],
)
def test_a_name_the_ner_cut_or_split_is_whole(nlp, text, start, name):
    found = result(nlp, text)
    assert one(nlp, text, start)["speaker"]["name"] == name
    assert entity(found, name)["type"] == "PERSON"


def test_a_surname_with_particles_alone_is_the_person_named_in_full(nlp):
    text = (
        "Lorenzo di Sarno has the air of a man who has seen it all.\n\n"
        "“For twenty years we waited,” di Sarno said.\n\n"
        "Maarten van der Linde, the party leader, announced the deal. “It is done,” Van der "
        "Linde said."
    )
    assert one(nlp, text, "For twenty")["speaker"]["name"] == "Lorenzo di Sarno"
    assert one(nlp, text, "It is done")["speaker"]["name"] == "Maarten van der Linde"
    assert len(entity(result(nlp, text), "Lorenzo di Sarno")["mentions"]) == 2


def test_a_first_name_that_is_also_a_place_opens_the_name_below_the_headline(nlp):
    text = (
        "A mother's search\n\n"
        "HERMOSILLO, Mexico – Rosario Elizondo Tapia keeps a small shovel in her car.\n\n"
        "“We dig because no one else will,” Elizondo Tapia said."
    )
    assert one(nlp, text, "We dig")["speaker"]["name"] == "Rosario Elizondo Tapia"


def test_a_family_name_written_first_stands_alone_for_the_person(nlp):
    text = (
        "President Takeda Hiroshi bowed deeply. “We deeply apologise,” Takeda said. Mr Takeda "
        "said the fault had been traced.\n\n"
        "Vice Health Minister Park Seong-min told a press briefing that the plan was ready."
    )
    assert one(nlp, text, "We deeply")["speaker"]["name"] == "Takeda Hiroshi"
    assert one(nlp, text, "the fault")["speaker"]["name"] == "Takeda Hiroshi"
    assert one(nlp, text, "that the plan")["speaker"]["name"] == "Park Seong-min"


def test_a_live_blogs_time_is_no_speaker(nlp):
    text = (
        "Live: tariffs hit German exporters\n\n"
        "11:05 – Economy Minister Jürgen Albrecht-Seidel is speaking to reporters in Berlin.\n\n"
        "11:08 – Albrecht-Seidel: “These figures are serious, and I am not going to dress them "
        "up.”\n\n"
        "11:12 – A reader, Michael from Stuttgart, writes in: “My company has lost three orders "
        "this month.”\n\n"
        "12:10 — Albrecht-Seidel confirmed that talks with the Commission would go on.\n\n"
        "13:45 – A government source in Berlin tells us that a package is ready."
    )
    assert one(nlp, text, "These figures")["speaker"]["name"] == "Jürgen Albrecht-Seidel"
    assert one(nlp, text, "My company")["speaker"]["name"] == "Michael"
    assert one(nlp, text, "that talks")["speaker"]["name"] == "Jürgen Albrecht-Seidel"
    assert one(nlp, text, "that a package")["speaker"]["name"] == "a government source in Berlin"


def test_a_name_the_parser_left_hanging_on_the_cue_speaks(nlp):
    text = (
        "Cpl. Darren Whitford of the Southeast District Major Crime Unit, which has taken over "
        "the file, said officers recovered a firearm near the scene."
    )
    assert one(nlp, text, "officers recovered")["speaker"]["name"] == "Darren Whitford"


def test_told_a_news_conference_that_with_an_object_in_the_clause(nlp):
    text = "Kathleen Moreau told a news conference that officers arrested the man."
    assert one(nlp, text, "that officers")["speaker"]["name"] == "Kathleen Moreau"


def test_an_organisation_named_across_a_plural_possessive(nlp):
    text = (
        "The Society for Tenants' Rights said in a statement that the rents were unfair. It "
        "called on officials to act."
    )
    assert one(nlp, text, "that the rents")["speaker"]["name"] == "Society for Tenants' Rights"


def test_two_word_honorifics_are_no_part_of_the_name(nlp):
    text = (
        "Datuk Seri Haris Kamaruddin said the talks would resume. Tan Sri Lim Boon Keat told "
        "journalists the deal was close. Lim said more work was needed."
    )
    assert one(nlp, text, "the talks")["speaker"]["name"] == "Haris Kamaruddin"
    assert one(nlp, text, "the deal")["speaker"]["name"] == "Lim Boon Keat"
    assert one(nlp, text, "more work")["speaker"]["name"] == "Lim Boon Keat"


def test_unnamed_sources_described_in_full(nlp):
    text = (
        "One of Nordvik's top-ten shareholders, who asked not to be named, said the board had "
        "lost its way.\n\n"
        "In Bhamdoun, Hala, a 29-year-old nurse who gave only her first name, said she had "
        "flown in from Dubai."
    )
    shareholder = one(nlp, text, "the board")["speaker"]
    assert shareholder["name"] == "one of Nordvik's top-ten shareholders"
    assert one(nlp, text, "she had flown")["speaker"]["name"] == "Hala"


def test_a_full_name_after_a_capitalised_role_is_the_person_later_named_by_surname(nlp):
    text = (
        "Tenants rally for rent control as housing bill stalls\n\n"
        "Outside the chamber, a few dozen tenants from the Rexdale Tenants' Union are holding "
        'signs that read "Rent is not a luxury."\n\n'
        "Organizer Maribel Santos told our reporter that members want the province to bring "
        "back rent control on units first occupied after 2018.\n\n"
        '"We have families paying $2,600 for a two-bedroom," Santos said.'
    )
    assert one(nlp, text, "We have families")["speaker"]["name"] == "Maribel Santos"
    assert entity(result(nlp, text), "Maribel Santos")["type"] == "PERSON"


def test_a_surname_the_tagger_read_as_a_verb_stays_in_the_name(nlp):
    text = (
        "Leland Voight, who ran the San Diego–based lender for nine years, sat beside his "
        "lawyer, Oluwaseun Martins, through most of the 90-minute session of the Senate Banking "
        "Subcommittee on Financial Institutions.\n\n"
        "Martins told reporters after the hearing that his client had been instructed to stay "
        "silent."
    )
    assert one(nlp, text, "that his client")["speaker"]["name"] == "Oluwaseun Martins"


def test_an_age_after_now_makes_a_person(nlp):
    text = (
        "Underhill said the testimony that stayed with her most came from Destiny Harlan, now "
        "22, who aged out of foster care after living in 14 placements. Harlan told the "
        "committee in March that she had learned to keep her belongings in a trash bag."
    )
    assert one(nlp, text, "that she had learned")["speaker"]["name"] == "Destiny Harlan"
    assert entity(result(nlp, text), "Destiny Harlan")["type"] == "PERSON"


def test_he_is_the_man_the_paragraph_is_about_not_the_one_quoted_before(nlp):
    text = (
        "NANTOU, Taiwan — At dawn on a ridge above the village of Luku, Lin Chien-hung crouches "
        "between rows of oolong bushes and turns a leaf over in his fingers.\n\n"
        "Dr Kuo Wen-chieh, an agricultural climatologist at National Chung Hsing University, "
        "says the band suitable for oolong could shrink by 40 per cent by mid-century.\n\n"
        "“Farmers will keep moving uphill until there is no more hill,” Kuo said.\n\n"
        "Back on the ridge, Lin is spraying neem oil on the infested rows. He plans to replant "
        "a quarter of his land next spring, though he says he is not hopeful.\n\n"
        "“My son works in Taichung,” he says, wiping his hands on his trousers."
    )
    assert one(nlp, text, "he is not hopeful")["speaker"]["name"] == "Lin Chien-hung"
    assert one(nlp, text, "My son works")["speaker"]["name"] == "Lin Chien-hung"


def test_a_quotation_inside_a_clarified_clause_is_the_clarifiers(nlp):
    text = (
        "Von Steinfeld's spokeswoman, Dr Ulrike Haßelbach, later clarified that no figure had "
        "been agreed and that the German contribution would be decided ‘in the normal budget "
        "process’."
    )
    quote = one(nlp, text, "that no figure")
    assert quote["speaker"]["name"] == "Ulrike Haßelbach"
    assert quote["kind"] == "mixed"


def test_she_who_answers_is_the_one_asked_and_adds_what_follows(nlp):
    text = (
        "Sen. Hiram Castleberry, D-Mich., asked Sorensen whether she believed Voight had "
        "understood the risk. She answered that she had “no doubt” he understood it, adding: "
        "“He was in the room. He asked good questions. He simply chose not to act.”"
    )
    text = "Nadia Sorensen, the bank's former risk officer, testified on Tuesday.\n\n" + text
    assert one(nlp, text, "that she had")["speaker"]["name"] == "Nadia Sorensen"
    assert one(nlp, text, "He was in the room")["speaker"]["name"] == "Nadia Sorensen"


def test_two_first_names_before_two_surnames(nlp):
    text = (
        "Coffee growers count the cost of tariffs\n\n"
        "SERRA DO CAFEZAL, Brazil — Ana Beatriz Carvalho Mendes runs the Cooperativa Serra do "
        "Cafezal, which exports beans from 140 small farms.\n\n"
        "“We cannot move our mountains,” Mendes says."
    )
    assert one(nlp, text, "We cannot move")["speaker"]["name"] == "Ana Beatriz Carvalho Mendes"


def test_a_name_after_an_offices_field_is_whole_and_speaks(nlp):
    text = (
        "Deputy Finance Minister for Fiscal Policy Nevine Mahmoud Ezzat said the deficit would "
        "fall. “These numbers are not just for the IMF,” she said."
    )
    assert one(nlp, text, "the deficit")["speaker"]["name"] == "Nevine Mahmoud Ezzat"
    assert one(nlp, text, "These numbers")["speaker"]["name"] == "Nevine Mahmoud Ezzat"


def test_two_tagged_first_names_stay_with_their_surnames(nlp):
    text = (
        "Senators debate water rights\n\n"
        "“We cannot keep handing out water to factories while families in Monterrey wait three "
        "days for a tanker truck,” said Sen. María Fernanda López Quintero, who chairs the "
        "committee.\n\n"
        "López Quintero told reporters after the session that she expected the bill to pass."
    )
    name = "María Fernanda López Quintero"
    assert one(nlp, text, "We cannot keep")["speaker"]["name"] == name
    assert one(nlp, text, "that she expected the bill")["speaker"]["name"] == name
    assert "Fernanda López Quintero" not in [e["name"] for e in result(nlp, text)["entities"]]


def test_a_two_word_honorific_the_ner_tagged_apart_is_no_person(nlp):
    text = (
        "Malaysia's Minister of Investment, Trade and Industry, Datuk Seri Haris Kamaruddin, "
        "who chaired the meeting, said talks would resume."
    )
    assert one(nlp, text, "talks would")["speaker"]["name"] == "Haris Kamaruddin"
    people = [e["name"] for e in result(nlp, text)["entities"] if e["type"] == "PERSON"]
    assert people == ["Haris Kamaruddin"]


def test_a_first_name_the_tagger_read_as_a_verb_opens_the_name(nlp):
    text = (
        "The rapporteur, Dutch MEP Annelies Vermeulen-Dekker, has just spoken to us in the "
        "corridor outside the chamber. She said she was “cautiously confident” the compromise "
        "would pass, but admitted the margin could be tight."
    )
    quote = one(nlp, text, "she was “cautiously confident”")
    assert quote["speaker"]["name"] == "Annelies Vermeulen-Dekker"


def test_who_after_a_place_is_the_person_the_apposition_describes(nlp):
    text = (
        "The committee heard from Lorraine Begay, a retired schoolteacher from Gallup, New "
        "Mexico, who said she had rationed insulin for two years."
    )
    assert one(nlp, text, "she had rationed")["speaker"]["name"] == "Lorraine Begay"


def test_a_first_name_the_ner_missed_that_speaks_is_the_person_it_opens(nlp):
    text = (
        "Ethiopian Prime Minister Abiy Ahmed told parliament that talks would resume. Abiy "
        'said the government "remains committed to peace".'
    )
    found = result(nlp, text)
    assert one(nlp, text, "the government")["speaker"]["name"] == "Abiy Ahmed"
    assert entity(found, "Abiy Ahmed")["count"] == 2


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Minister for Transport Krišjānis Vītols (New Unity) said he accepted the findings.",
            "he accepted",
            "Krišjānis Vītols",
        ),
        (
            "Minister of Transport Kasper Bøgh Nielsen (Social Democrats) told reporters that "
            "the ferry would run.",
            "that the ferry",
            "Kasper Bøgh Nielsen",
        ),
        (
            "Meanwhile, State Minister for Commerce Md Ashraful Haque Talukder said the "
            "government would sell onion at fair prices.",
            "the government would",
            "Md Ashraful Haque Talukder",
        ),
        (
            "Minister for Physical Infrastructure and Transport Ram Kumari Shrestha Magar, who "
            "inspected the site on Monday, said the road would reopen.",
            "the road would",
            "Ram Kumari Shrestha Magar",
        ),
        (
            "Hon. Member for Hulhumale' North constituency Aishath Shazna Rasheed, who voted "
            "against the amendment, said resorts were struggling.",
            "resorts were",
            "Aishath Shazna Rasheed",
        ),
        (
            "Deputy Minister of Finance Nguyễn Thị Bích Ngọc said revenue had risen.",
            "revenue had",
            "Nguyễn Thị Bích Ngọc",
        ),
        (
            "Chairman of the Đồng Nai Provincial People's Committee Trương Văn Lực said the "
            "airport would open in 2026.",
            "the airport",
            "Trương Văn Lực",
        ),
    ],
)
def test_a_name_after_an_offices_field_is_the_holder_who_speaks(nlp, text, start, name):
    found = result(nlp, text)
    assert one(nlp, text, start)["speaker"]["name"] == name
    assert entity(found, name)["type"] == "PERSON"


def test_an_organisations_name_after_an_office_is_no_holders_name(nlp):
    text = "Carlos Gimenez, the Republican mayor of Miami-Dade County, said the county would vote."
    found = result(nlp, text)
    assert entity(found, "Miami-Dade County")["type"] == "GPE"
    assert [e["name"] for e in found["entities"] if e["type"] == "PERSON"] == ["Carlos Gimenez"]


def test_an_untagged_first_name_opens_the_name_it_stands_for(nlp):
    text = (
        "Gemechu Tadesse Bulcha, head of the Borena Zone Pastoral Development Office, told "
        "reporters that the situation had deteriorated. Gemechu said more aid was needed.\n\n"
        "Chief District Officer of Chitwan, Narayan Prasad Bhattarai, said the road would "
        'reopen soon. "We are working day and night," Bhattarai said.'
    )
    found = result(nlp, text)
    assert one(nlp, text, "more aid")["speaker"]["name"] == "Gemechu Tadesse Bulcha"
    assert one(nlp, text, "We are working")["speaker"]["name"] == "Narayan Prasad Bhattarai"
    assert entity(found, "Gemechu Tadesse Bulcha")["count"] == 2
    assert entity(found, "Narayan Prasad Bhattarai")["count"] == 2


def test_an_outlet_only_ever_told_something_is_no_person(nlp):
    text = (
        "Minister of Transport Kasper Bøgh Nielsen told Ritzau that the ferry would run. "
        '"I understand the frustration on Ærø," he said.'
    )
    found = result(nlp, text)
    assert entity(found, "Ritzau")["type"] == "ORG"
    assert one(nlp, text, "I understand")["speaker"]["name"] == "Kasper Bøgh Nielsen"


def test_an_outlet_whose_name_opens_with_an_acronym_is_no_person(nlp):
    text = (
        '"They started this conflict," the president told the RIA Novosti news agency. '
        '"They used the same method in Libya," he told RIA Novosti.'
    )
    assert entity(result(nlp, text), "RIA Novosti")["type"] == "ORG"


def test_a_surname_the_tagger_read_as_an_adverb_of_the_cue_speaks(nlp):
    text = (
        "The post was reshared by conservative commentator Brandon Tully, who posts as "
        '@BTullyTalks. "Your grandma\'s stove is now illegal in Ohio," Tully wrote in a repost, '
        "attaching a clip from a 2019 segment."
    )
    assert one(nlp, text, "Your grandma")["speaker"]["name"] == "Brandon Tully"


def test_the_one_cited_as_saying_speaks(nlp):
    text = (
        "Maxim Ivlev, the governor of the region, resigned on Tuesday.\n\n"
        '"It was my decision, and it was respected," TASS cited him as saying.'
    )
    quote = one(nlp, text, "It was my decision")
    assert quote["speaker"]["name"] == "Maxim Ivlev"


def test_a_handle_names_an_unnamed_user(nlp):
    text = (
        "A user with the handle @poolside_dad replied to the federation's post, writing that "
        'elite athletes "signed up for pressure."'
    )
    speaker = one(nlp, text, "that elite athletes")["speaker"]
    assert speaker["name"] == "@poolside_dad"
    assert speaker["mention"]["text"] == "A user with the handle @poolside_dad"


def test_the_answer_after_a_question_put_to_someone_is_theirs(nlp):
    text = (
        "Captain Tomasz Wierzbicki spent 30 hours adrift. He spoke to the programme on Sunday."
        "\n\nHost Nell Fairbairn asked Wierzbicki whether he had been afraid.\n\n"
        '"Afraid? No, I don\'t think so," he said. "We had food and fuel."\n\n'
        '"What did you do to pass the time?" Fairbairn asked.\n\n'
        '"We played cards. Very badly," he replied.'
    )
    assert one(nlp, text, "Afraid?")["speaker"]["name"] == "Tomasz Wierzbicki"
    assert one(nlp, text, "We played cards")["speaker"]["name"] == "Tomasz Wierzbicki"
    assert one(nlp, text, "What did you do")["speaker"]["name"] == "Nell Fairbairn"


def test_a_bodys_role_in_the_lede_is_the_person_named_next_with_it_not_the_body(nlp):
    text = (
        "Britain's largest science funder will cut the number of new research grants it awards "
        "by almost a third next year, its chief executive said on Thursday.\n\n"
        "Professor Dame Helena Marchetti-Lowe, chief executive of the National Research and "
        "Innovation Council (NRIC), said the council's budget had been frozen for three years."
    )
    assert one(nlp, text, "Britain's largest")["speaker"]["name"] == "Helena Marchetti-Lowe"


def test_the_fund_that_reports_after_a_dateline_is_the_investment_authority_it_reports_of(nlp):
    text = (
        "RIYADH, March 4 (Reuters) - The Najd Sovereign Investment Authority has raised its "
        "stake in coastal resort developer Tihama Shores to 62 percent, the fund said on "
        "Tuesday, as the kingdom steps up spending on tourism projects."
    )
    q = one(nlp, text, "The Najd Sovereign")
    assert q["speaker"]["name"] == "Najd Sovereign Investment Authority"


def test_an_office_in_the_lede_is_the_one_titled_by_it_in_the_next_paragraph(nlp):
    text = (
        "EASTBROOK, Ohio \u2014 The police department on Tuesday released footage of the "
        'shooting, and the city\'s police chief said the officers "followed their training."'
        "\n\nChief Raymond T. Okafor, speaking at a news conference, said the department had "
        "chosen to release the video early."
    )
    assert one(nlp, text, "the officers")["speaker"]["name"] == "Raymond T. Okafor"


def test_he_who_says_after_being_pressed_as_him_is_the_one_pressed(nlp):
    text = (
        'Osei-Bonsu replied that his views had evolved. "I said that at a time when gas prices '
        'were low," he told the committee.\n\n'
        "Sen. Meena Raghunathan, a California Democrat, pressed him on whether he would defend "
        'the loan program. He said he supported the program but would review each loan "with '
        'fresh eyes."'
    )
    assert one(nlp, text, "he supported")["speaker"]["name"] == "Osei-Bonsu"


def test_the_role_the_lede_described_the_person_named_next_by_is_that_person(nlp):
    text = (
        "Minister refuses to rule out rise in water bills\n\n"
        "The water minister has refused to rule out household bills rising by a fifth.\n\n"
        "Speaking to BBC Radio 4's Today programme, Fiona Calderwood said companies would "
        'have to "justify every penny" to the regulator.\n\n'
        "Asked by presenter Martin Ashworth whether bills could go up by 20%, she replied: "
        "\"I'm not going to speculate on numbers that haven't been set.\"\n\n"
        "Pressed again, Ms Calderwood said the government expected Ofwat to publish its draft "
        'decisions on bills "in the summer".\n\n'
        "The minister also defended the decision not to place Southern Reach Water into special "
        'administration, saying the firm had put forward "a credible plan".'
    )
    quote = one(nlp, text, "the firm had put forward")
    assert quote["speaker"]["name"] == "Fiona Calderwood"


def test_a_full_name_beside_an_occupation_is_a_person_whose_first_name_stands_for_them(nlp):
    text = (
        '"The fissure opened in almost exactly the spot we had anticipated," Sigríður Björk '
        "Þorvaldsdóttir, a natural hazards specialist at the IMO, told RÚV.\n\n"
        "Sigríður said the fissure was about 3.5 kilometres long."
    )
    found = result(nlp, text)
    assert entity(found, "Sigríður Björk Þorvaldsdóttir")["type"] == "PERSON"
    assert one(nlp, text, "the fissure was")["speaker"]["name"] == "Sigríður Björk Þorvaldsdóttir"


def test_a_name_a_person_is_known_as_stands_for_them(nlp):
    text = (
        "Speaking in Garowe, the commission's chairman, Abdiqani Mohamed Hersi, widely known as "
        'Gacmey, said the kits had been held. "We paid for these kits," Gacmey said.\n\n'
        "Her neighbor Sudarmono, a 63-year-old fisherman known to everyone in the area as Pak "
        "Darmo, said the floods were the worst he had seen. Pak Darmo said he planned to "
        "return home."
    )
    found = result(nlp, text)
    assert one(nlp, text, "We paid")["speaker"]["name"] == "Abdiqani Mohamed Hersi"
    assert one(nlp, text, "he planned")["speaker"]["name"] == "Sudarmono"
    assert entity(found, "Sudarmono")["count"] == 3
    assert entity(found, "Abdiqani Mohamed Hersi")["count"] == 3


def test_a_first_name_opening_a_sentence_as_a_noun_stands_for_the_person(nlp):
    text = (
        "Public Works and Housing Minister Rachmat Hidayat said construction of the sea wall "
        "would begin next year.\n\n"
        "Rachmat said land subsidence in North Jakarta reached 12 centimeters per year."
    )
    assert one(nlp, text, "land subsidence")["speaker"]["name"] == "Rachmat Hidayat"


def test_a_name_set_off_after_a_closing_according_to_source_speaks(nlp):
    text = (
        "Only a handful of pupils showed up, according to the school's principal, Mrs Bih "
        "Esther Ngwa."
    )
    quote = one(nlp, text, "Only a handful")
    assert quote["text"] == "Only a handful of pupils showed up"
    assert quote["speaker"]["name"] == "Bih Esther Ngwa"


def test_religious_titles_are_no_part_of_the_name_and_an_agency_is_no_person(nlp):
    text = (
        "Hojatoleslam Ali-Akbar Mousavi-Tabar told the Tasnim news agency that the law would "
        'pass. "It is our duty," the cleric said.\n\n'
        "Archbishop Mesrop Karapetyan said in a sermon that peace was near."
    )
    found = result(nlp, text)
    assert one(nlp, text, "that the law")["speaker"]["name"] == "Ali-Akbar Mousavi-Tabar"
    assert one(nlp, text, "that peace")["speaker"]["name"] == "Mesrop Karapetyan"
    assert entity(found, "Tasnim")["type"] == "ORG"


def test_the_name_after_the_mayor_of_is_a_place(nlp):
    text = (
        "Tuğrul Aşıkoğlu, the mayor of Beylikdüzü from the Republican People's party (CHP), was "
        "taken from his home on Friday along with 14 municipal officials as part of a corruption "
        "investigation, the Istanbul chief prosecutor's office said in a statement."
    )
    assert entity(result(nlp, text), "Beylikdüzü")["type"] == "GPE"


def test_a_first_name_opens_a_name_set_off_by_commas(nlp):
    text = (
        "The Commissioner of Police, Rusiate Tudravu Waqainabete, said officers would patrol "
        'the market. "We will not tolerate this," Waqainabete said.'
    )
    assert one(nlp, text, "We will not")["speaker"]["name"] == "Rusiate Tudravu Waqainabete"


def test_a_chiefly_title_is_no_part_of_the_name(nlp):
    text = (
        "The Tui Waimaro, Ratu Epeli Vuniwaqa, says he will not allow the dispute to divide the "
        'province. "We are one people," Ratu Epeli said.'
    )
    assert one(nlp, text, "We are one")["speaker"]["name"] == "Epeli Vuniwaqa"


def test_a_womans_title_takes_the_surname_to_the_woman_of_the_family(nlp):
    text = (
        "Jordan Pike died in hospital two days after the party in Hatherley in July "
        "2023. Lee Marston, 31, of Tewkesbury, denies manslaughter and supplying a "
        "Class A drug.\n\n"
        "Giving evidence at Gloucester Crown Court on Tuesday, Jordan's mother, "
        "Lorraine Pike, told the jury she had driven to the house to collect her son "
        "after he stopped answering his phone.\n\n"
        '"He was lying on his side on the carpet and his lips were blue. I was '
        'screaming at him to wake up," she said.\n\n'
        'Mrs Pike said other partygoers had told her Jordan had "just had too much to '
        'drink" and would sleep it off. She said she had called 999 immediately.'
    )
    assert one(nlp, text, "other partygoers")["speaker"]["name"] == "Lorraine Pike"
    assert one(nlp, text, "she had called")["speaker"]["name"] == "Lorraine Pike"


def test_african_titles_and_letters_are_no_part_of_the_name(nlp):
    text = (
        "Counsel for the applicants, Adv. Nkosinathi Dlamini SC, told the court the decision "
        'was unlawful. "This was an ambush," Dlamini said.\n\n'
        "Inkosi Mandlenkosi Gumede of the Mngomezulu Traditional Council said the land belonged "
        'to the community. "We were never consulted," Inkosi Gumede said.\n\n'
        "Oba Adeyeye Enitan Ogunwusi said the palace would mediate."
    )
    found = result(nlp, text)
    assert entity(found, "Nkosinathi Dlamini")["type"] == "PERSON"
    assert one(nlp, text, "This was an ambush")["speaker"]["name"] == "Nkosinathi Dlamini"
    assert one(nlp, text, "We were never")["speaker"]["name"] == "Mandlenkosi Gumede"
    assert one(nlp, text, "the palace")["speaker"]["name"] == "Adeyeye Enitan Ogunwusi"


def test_a_rank_written_in_full_is_no_part_of_the_name(nlp):
    text = (
        "The First Sea Lord, Admiral Sir Jonathan Pryce-Evans, acknowledged the strain.\n\n"
        '"We are asking a very small number of ships to do a very large number of things," '
        "Admiral Pryce-Evans said at a defence conference in London on Tuesday."
    )
    assert one(nlp, text, "We are asking")["speaker"]["name"] == "Jonathan Pryce-Evans"


def test_a_first_name_tagged_alone_takes_the_untagged_names_after_it(nlp):
    text = (
        "The Minister of Health, Dr. Austin Foday Demby-Koroma, said the outbreak was under "
        'control. "We have it contained," the minister said.'
    )
    assert entity(result(nlp, text), "Austin Foday Demby-Koroma")["type"] == "PERSON"
    assert one(nlp, text, "We have it")["speaker"]["name"] == "Austin Foday Demby-Koroma"


def test_a_place_someone_grew_up_in_is_no_person(nlp):
    text = (
        "Greta Lindholm grew up in Umeå, the daughter of a schoolteacher and a forestry engineer. "
        'She says she applied to drama school "mostly to annoy my father".'
    )
    found = result(nlp, text)
    assert entity(found, "Umeå")["type"] == "GPE"
    assert one(nlp, text, "she applied")["speaker"]["name"] == "Greta Lindholm"


def test_a_title_given_to_men_and_women_tells_no_gender(nlp):
    text = (
        "The NDC chairman, Mr. Kwabena Asiedu-Mensah, accused the ruling party of hiring thugs.\n\n"
        "But the NPP Ashanti Regional Chairman, Nana Kwame Owusu-Darko, dismissed the "
        'allegations as "cheap propaganda".\n\n'
        "Speaking on Kumasi-based Luv FM, Owusu-Darko said it was NDC supporters who attacked "
        "first.\n\n"
        '"Our agents were beaten," he said.'
    )
    assert one(nlp, text, "Our agents")["speaker"]["name"] == "Nana Kwame Owusu-Darko"


def test_an_age_before_a_name_makes_it_a_person(nlp):
    text = (
        "In a victim personal statement read to the court, 86-year-old Margaret Ellery, from "
        "Clevedon, said she no longer answered the door."
    )
    assert entity(result(nlp, text), "Margaret Ellery")["type"] == "PERSON"
    assert one(nlp, text, "she no longer")["speaker"]["name"] == "Margaret Ellery"


def test_a_detective_inspectors_initials_are_a_title(nlp):
    text = (
        "Detective Inspector Farah Siddiqui said officers were searching the area. DI Siddiqui "
        "said there was no wider threat."
    )
    assert one(nlp, text, "there was no")["speaker"]["name"] == "Farah Siddiqui"


def test_a_name_someone_was_named_as_is_a_persons(nlp):
    text = (
        "The woman who died was named locally as Agnes McCafferty. Neighbours said McCafferty "
        "had lived in the street for forty years."
    )
    found = result(nlp, text)
    assert entity(found, "Agnes McCafferty")["type"] == "PERSON"
    assert not [e for e in found["entities"] if e["name"] == "McCafferty"]


def test_a_body_tagged_without_its_place_takes_the_place(nlp):
    text = (
        "The fire service said it was too early to say whether a smoke alarm had been fitted. "
        "Mr Rattray urged residents across Fife to check their alarms regularly.\n\n"
        "Fife Council said it would offer support to residents of neighbouring properties."
    )
    assert one(nlp, text, "it would offer")["speaker"]["name"] == "Fife Council"


def test_a_first_name_with_a_capital_inside_opens_the_name(nlp):
    text = 'BOSTON - DeShawn Whitfield scored 38 points on Sunday. "It was fun," Whitfield said.'
    assert one(nlp, text, "It was fun")["speaker"]["name"] == "DeShawn Whitfield"


def test_a_surname_opened_by_a_particle_in_capitals_is_whole(nlp):
    text = (
        "Prosecutor Giovanna Di Pietro told the court the defendant had steered tenders. "
        '"The evidence is overwhelming," Di Pietro said.'
    )
    found = result(nlp, text)
    assert entity(found, "Giovanna Di Pietro")["type"] == "PERSON"
    assert one(nlp, text, "The evidence")["speaker"]["name"] == "Giovanna Di Pietro"


def test_two_surnames_joined_by_i_and_the_first_alone(nlp):
    text = (
        "Catalan minister Jordi Casals i Ribera said the plan was unfair. "
        '"We will not accept it," Casals said.'
    )
    assert one(nlp, text, "We will not")["speaker"]["name"] == "Jordi Casals i Ribera"


def test_two_given_names_and_two_surnames(nlp):
    text = (
        "Ana Belén Rodríguez Padrón, the regional health chief, said hospitals were full.\n\n"
        "María José Catalá Verdet, the mayor of Valencia, said the budget was approved. Catalá "
        "said it was a good day."
    )
    assert one(nlp, text, "hospitals")["speaker"]["name"] == "Ana Belén Rodríguez Padrón"
    assert one(nlp, text, "it was a good day")["speaker"]["name"] == "María José Catalá Verdet"


def test_an_italian_mans_name_that_is_a_womans_in_english_tells_no_gender(nlp):
    text = (
        "Prosecutor Giovanna Di Pietro asked for a sentence of eight years.\n\n"
        "Lo Giudice's lawyer, Michele De Luca, dismissed the case. Speaking to reporters outside "
        "the court, he said his client had never received money."
    )
    assert one(nlp, text, "his client")["speaker"]["name"] == "Michele De Luca"


def test_a_surname_the_ner_took_for_a_date_ends_a_full_name(nlp):
    text = (
        "Dutch housing minister Jan-Willem Hoekstra said the plan would cut waiting lists.\n\n"
        "Austria's Interior Minister, Gernot Pfaffenhuber, said the border checks would "
        "continue. Pfaffenhuber said the numbers were falling."
    )
    assert one(nlp, text, "the border checks")["speaker"]["name"] == "Gernot Pfaffenhuber"
    assert one(nlp, text, "the numbers")["speaker"]["name"] == "Gernot Pfaffenhuber"


def test_a_first_name_after_an_office_written_as_a_title(nlp):
    text = (
        "Commissioner Ivy Thornburg, who proposed the cap, said the fees were too high. "
        "Thornburg said she would bring it back in March."
    )
    assert entity(result(nlp, text), "Ivy Thornburg")["type"] == "PERSON"
    assert one(nlp, text, "she would bring")["speaker"]["name"] == "Ivy Thornburg"


def test_a_name_repeated_without_its_first_name_and_second_surname_is_the_full_name(nlp):
    text = (
        "Finance Minister Lucía Fernández de Córdoba Salvatierra told reporters the talks would "
        'continue. "We are not going to give up," Fernández de Córdoba said.\n\n'
        "Fernández de Córdoba is due to meet negotiators in Bilbao on Thursday."
    )
    assert one(nlp, text, "We are not")["speaker"]["name"] == (
        "Lucía Fernández de Córdoba Salvatierra"
    )


# -- roles written after a team's or a place's name, offices in capitals ------------------------


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        # the parser read "told Viaplay" as words describing the broadcaster
        (
            "Icelandic forward Arnar Ingi Sveinsson scored twice as Glimt beat Midtjylland 3-1 "
            "on Tuesday.\n\n\u201cMy family were here, my father flew in this morning. It is "
            "something I will never forget,\u201d the 23-year-old told Viaplay.",
            "My family",
            "Arnar Ingi Sveinsson",
        ),
        # the team's name before the role is shared by its manager
        (
            "Derry manager Eoin McEldowney said his side never stopped believing.\n\n"
            "Captain Caoimh\u00edn \u00d3 Dochartaigh levelled with two frees before the break.\n\n"
            "\u201cThat\u2019s a group of men who have been written off,\u201d McEldowney said.\n\n"
            "The Derry captain said the squad would \u201cenjoy tonight\u201d before turning its "
            "attention to the provincial final.",
            "the squad",
            "Caoimh\u00edn \u00d3 Dochartaigh",
        ),
        (
            "Lock Ieuan Morgan-Rees, who has recovered from a knee injury, told reporters the "
            "squad was hurting.\n\n\u201cPeople look at the scoreboard and think we\u2019re a "
            "broken team, but that\u2019s not what I see in training,\u201d the Ospreys lock said.",
            "People look",
            "Ieuan Morgan-Rees",
        ),
        # a role written after the parser's second subject: the person named right before
        # the verb, no comma between
        (
            "The main opposition party attacked the budget on Monday.\n\nCHP deputy chair for "
            "economic policy Ay\u015feg\u00fcl Tun\u00e7el said the budget was a fantasy.",
            "the budget was",
            "Ay\u015feg\u00fcl Tun\u00e7el",
        ),
        (
            "Fighting broke out again in the valley.\n\nEnga provincial police commander "
            "Superintendent Willie Kundapen said the situation in the valley remained tense.",
            "the situation",
            "Willie Kundapen",
        ),
        (
            "The vote was close.\n\nCabinet member for leisure Cllr Priya Raman, who represents "
            'Millbrook ward, insisted the authority was "not walking away" from swimming.',
            "the authority was",
            "Priya Raman",
        ),
        (
            "The scheme launched on Monday.\n\nChildren's online safety charity SafeSignal "
            "welcomed the launch, saying peer-to-peer learning was the most effective way.",
            "peer-to-peer learning",
            "SafeSignal",
        ),
        # an office's words joined to the subject with "and"
        (
            "Arrivals on Crete rose again in July.\n\nMigration and Asylum Minister Athanasios "
            "Papachristodoulou said the new centres would open in March.",
            "the new centres",
            "Athanasios Papachristodoulou",
        ),
        # the full name below a headline that gives the surname alone
        (
            "Llewellyn-Davies names uncapped trio\n\nWales head coach Huw Llewellyn-Davies has "
            "named three uncapped players.\n\n\u201cIf you perform for your region, you\u2019ll "
            "get an opportunity,\u201d Llewellyn-Davies said on Tuesday.",
            "If you perform",
            "Huw Llewellyn-Davies",
        ),
        # names as the region writes them: a given name and the father's, a dateline of two
        # words, a forum's name with "and"
        (
            "HARGEISA, Nov 19 (Reuters) - The opposition leader has won the region's presidential "
            "election, defeating incumbent Muse Bihi Abdi, the electoral commission said.\n\n"
            "The opposition won 63.92% of the vote, while Bihi won 34.81%, Somaliland National "
            "Electoral Commission chairman Muse Hassan Yusuf told a news conference.\n\n"
            "\u201cThe commission declares the winner of the election,\u201d Muse Hassan said.",
            "The commission declares",
            "Muse Hassan Yusuf",
        ),
        (
            "Fighters surrender\n\nAddis Abeba \u2013 The Amhara regional state government said "
            "on Tuesday that more than 1,200 fighters had surrendered.",
            "that more than",
            "The Amhara regional state government",
        ),
        (
            "Israel said talks would resume.\n\nThe Hostages and Missing Families Forum said in a "
            "statement that the families were desperate.",
            "that the families",
            "Hostages and Missing Families Forum",
        ),
        # a title of the Church and of the bar before the name
        (
            "A military court sentenced the union leader to 15 years.\n\nThe Catholic Archbishop "
            "of Bamenda, Mgr Emmanuel Fonki Ndzi, said in a statement that the verdict would "
            "deepen the wounds of the region.\n\n\u201cDialogue, not prison, is the only way out "
            "of this crisis,\u201d the prelate wrote.",
            "Dialogue",
            "Emmanuel Fonki Ndzi",
        ),
        (
            "The journalist was charged on Wednesday.\n\n\u201cThis is a judicial massacre,\u201d "
            "said Ma\u00eetre Christian Mbarga Essomba, who leads the defence.",
            "This is",
            "Christian Mbarga Essomba",
        ),
    ],
    ids=[
        "told-hearer",
        "team-captain",
        "team-position",
        "two-subjects",
        "rank-after-role",
        "titled-name-after-role",
        "body-after-its-kind",
        "joined-office",
        "headline-surname",
        "given-and-fathers-name",
        "two-word-dateline",
        "forum-with-and",
        "mgr",
        "maitre",
    ],
)
def test_a_role_or_title_around_a_name_is_its_holder(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        # "the premier" is the prime minister, "the minister" a secretary of a department
        (
            "Caretaker Prime Minister Stefan Vasilev said on Tuesday that Bulgaria will not "
            "postpone its entry into the euro area.\n\n\u201cThe euro is not a party matter,"
            "\u201d Vasilev told journalists.\n\nThe Premier said that the Finance Ministry is "
            "on track to meet the inflation criterion.",
            "that the Finance",
            "Stefan Vasilev",
        ),
        (
            "The ferry committee wrote to Transport Secretary Fiona Morrison on Monday.\n\n"
            "Ms Morrison said in a statement that she recognised the impact on the islands.\n\n"
            "\u201cI have asked the operator to explore every option,\u201d the minister said.",
            "I have asked",
            "Fiona Morrison",
        ),
        # the initials of an office in capitals before the name
        (
            "The election will be held in February, Chief Election Commissioner Rafiqul Islam "
            "Chowdhury said yesterday.\n\n\u201cOur preparations are on track,\u201d the CEC told "
            "reporters after a meeting with the delegation.",
            "Our preparations",
            "Rafiqul Islam Chowdhury",
        ),
        # an office and its field before the name, which the parser hung on the office
        (
            "Police were told to follow the guidelines.\n\nMeanwhile, Deputy Minister of Public "
            "Security Nimal Gunathilaka told the Daily Mirror that the police had been "
            "instructed. \u201cThere will be no arbitrary detentions,\u201d the Deputy Minister "
            "said.",
            "There will be",
            "Nimal Gunathilaka",
        ),
        # a description of age and home the parser hung on the quotation
        (
            "Mikko J\u00e4rvinen made 38 saves as the Jets beat the Oilers.\n\nJ\u00e4rvinen "
            'shrugged off the praise.\n\n"I just try to stay square and let the guys in front of '
            'me clear the rebounds," the 27-year-old from Tampere, Finland, said.',
            "I just try",
            "Mikko J\u00e4rvinen",
        ),
        # a name with its age in an opening phrase, the verb's object no speaker
        (
            "There is no place in the squad for veteran prop Gethin Watkins, who has won 58 "
            "caps. In a post on Instagram, Watkins, 33, thanked supporters for their messages "
            'and said he would "keep fighting for the jersey".',
            "he would",
            "Gethin Watkins",
        ),
        # a sportsman by the titles won
        (
            "Rory McIlroy closed with a 66 to finish third at Augusta.\n\nThe five-time major "
            'champion said the reception on the 18th was something he would "never forget".',
            "the reception",
            "Rory McIlroy",
        ),
        # a statement the minister answered in
        (
            "Murders are down 38 per cent, according to police data.\n\nNational Security "
            "Minister Dr Horace Brooks, responding in a statement last evening, said the "
            'Opposition was playing politics.\n\n"The data is clear, and it is being validated '
            'by independent observers," the statement said.',
            "The data is clear",
            "Horace Brooks",
        ),
    ],
    ids=[
        "premier",
        "cabinet-secretary",
        "initials",
        "office-of-a-field",
        "aged-from",
        "aged-opening",
        "champion",
        "statement-answered-in",
    ],
)
def test_a_description_of_a_named_person_is_that_person(nlp, text, start, name):
    speaker = one(nlp, text, start)["speaker"]
    assert speaker["name"] == name
    assert speaker["entity_id"] is not None and speaker["mention"]["text"] != name


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            'Bernie Sanders lost Kentucky on Tuesday.\n\n"Hillary doesn\'t even care anymore," '
            'wrote one Sanders supporter.\n\n"It is hard to shake hands when the game was not '
            'fair," said Rep. Diane Russell, a legislator and Sanders supporter.',
            "Hillary doesn't",
            "one Sanders supporter",
        ),
        (
            "According to a coast guard spokesman, 287 people were found aboard a fishing "
            "boat.\n\n\u201cAll the passengers were taken off safely,\u201d the spokesman told "
            "Kathimerini.\n\nGovernment spokesman Pavlos Karamanolis said Athens was in contact "
            "with Benghazi.",
            "All the passengers",
            "a coast guard spokesman",
        ),
        (
            "Two militants were killed in the raid.\n\nSpeaking to The Express Tribune, a senior "
            "security official, who requested anonymity, said the commander had been wanted for an "
            "attack in March.\n\nProvincial Chief Minister Aftab Khan Marwat paid tribute to the "
            "soldiers.\n\nThe official said militants had increasingly been using night-vision "
            'equipment, "much of it left behind" in 2021.',
            "militants had",
            "a senior security official",
        ),
    ],
    ids=["one-of-many", "another-spokesman", "paper-spoken-to"],
)
def test_an_unnamed_source_keeps_its_description(nlp, text, start, name):
    speaker = one(nlp, text, start)["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == (name, None)


def test_a_hyphenated_first_name_is_whole(nlp):
    text = (
        "Franck-Arthur Yao gave the Elephants the lead after 12 minutes.\n\n"
        "\u201cIt was a dream,\u201d Yao said."
    )
    assert one(nlp, text, "It was a dream")["speaker"]["name"] == "Franck-Arthur Yao"


def test_the_kind_of_body_stands_for_the_one_the_article_names(nlp):
    text = (
        "The Bulgarian Chamber of Commerce and Industry called on the cabinet to step up "
        "controls. In a position sent to the media, the Chamber said that small traders need "
        "clearer rules on rounding prices."
    )
    q = one(nlp, text, "that small traders")
    assert q["speaker"]["name"] == "Bulgarian Chamber of Commerce and Industry"
    assert entity(result(nlp, text), q["speaker"]["name"])["count"] == 2


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        # a dateline written in lower case ("Rabat – ")
        pytest.param(
            "Homes rebuilt after the quake\n\nRabat \u2013 Minister of Interior Abdelouafi "
            "Laftit said on Tuesday that more than 51,000 homes had been rebuilt.",
            "that more than",
            "Abdelouafi Laftit",
            id="lower-case-dateline",
        ),
        # the holder at the end of an office and its "of" phrase
        pytest.param(
            "Estonia will buy more rockets.\n\nCommander of the Estonian Defense Forces Gen. "
            "Andrus Merilo said the order would be placed this year.",
            "the order would",
            "Andrus Merilo",
            id="office-of-a-body",
        ),
        # a place after the office, read by the NER as part of the name
        pytest.param(
            "Tbilisi reacted angrily.\n\nEU Ambassador to Georgia Pawe\u0142 Herczy\u0144ski "
            "wrote on X that the law was a step back.",
            "that the law",
            "Pawe\u0142 Herczy\u0144ski",
            id="place-of-an-office",
        ),
    ],
)
def test_a_name_after_an_office_or_a_dateline_is_the_speaker(nlp, text, start, name):
    found = result(nlp, text)
    speakers = [q["speaker"] for q in found["quotes"] if q["text"].startswith(start)]
    assert [(s["name"], s["mention"]["text"]) for s in speakers] == [(name, name)]
    assert entity(found, name)["type"] == "PERSON"


def test_a_place_north_of_which_things_happen_is_no_person(nlp):
    text = (
        "Fighting flared again this week in the hills north of Goma, forcing thousands to flee. "
        "Aid groups said food was running out in Goma."
    )
    assert entity(result(nlp, text), "Goma")["type"] == "GPE"


def test_a_score_written_as_one_token_is_no_part_of_a_name(nlp):
    found = result(nlp, "Kaunas \u017dalgiris beat Fenerbah\u00e7e Beko 84\u201381 on Friday.")
    assert entity(found, "Fenerbah\u00e7e Beko")["mentions"][0]["text"] == "Fenerbah\u00e7e Beko"


def test_an_office_of_two_in_the_plural_is_no_part_of_the_first_name(nlp):
    text = (
        "Armenia and Azerbaijan met in Abu Dhabi.\n\nDeputy Prime Ministers Mher Grigoryan and "
        'Shahin Mustafayev signed the protocol.\n\n"This is a historic day," Grigoryan said.'
    )
    assert one(nlp, text, "This is a historic")["speaker"]["name"] == "Mher Grigoryan"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        pytest.param(
            "Wakefield Council will close five libraries.\n\nCllr Denise Harrop (Lab, Wrenthorpe "
            'and Outwood West), cabinet member for culture, said: "We have not taken this '
            'decision lightly."',
            "We have not taken",
            "Denise Harrop",
            id="party-and-ward",
        ),
        pytest.param(
            "The board refused the scheme.\n\nBut ward councillor Cllr Mike Sewart (Poynton "
            "Residents, Poynton East and Pott Shrigley) said the traffic study was wrong.",
            "the traffic study",
            "Mike Sewart",
            id="residents-party-and-ward",
        ),
    ],
)
def test_a_party_and_ward_in_brackets_are_no_second_speaker(nlp, text, start, name):
    speaker = one(nlp, text, start)["speaker"]
    assert (speaker["name"], speaker["mention"]["text"]) == (name, name)


@pytest.mark.parametrize(
    ("sentence", "start", "name"),
    [
        (
            "Mitigating, Rupert Anstey KC, for Sunnyfield, said the firm had since replaced "
            "every valve.",
            "the firm had since",
            "Rupert Anstey",
        ),
        (
            "Representing Harbourline Pet Insurance, solicitor advocate Marcus Ferreira-Lowe "
            "submitted that the wording was clear.",
            "that the wording",
            "Marcus Ferreira-Lowe",
        ),
        (
            "Sentencing, Recorder Philippa Strand KC said the offending was aggravated by the "
            "vulnerability of the victims.",
            "the offending was",
            "Philippa Strand",
        ),
    ],
)
def test_a_court_reports_opening_participle_is_no_speaker(nlp, sentence, start, name):
    text = f"The hearing went on.\n\n{sentence}"
    assert one(nlp, text, start)["speaker"]["name"] == name
    assert not [e for e in result(nlp, text)["entities"] if e["name"].startswith(sentence[:9])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Pet Insurance Providers Association said claims rose. A spokesperson for the "
            'association said: "Most claims are paid quickly."',
            "a spokesperson for the Pet Insurance Providers Association",
        ),
        (
            'Redmere Buses will cut the route. A spokesperson for the company said: "We '
            'understand this is disappointing."',
            "a spokesperson for Redmere Buses",
        ),
        (
            'A spokesperson for a software firm said: "We understand this is disappointing."',
            "a spokesperson for a software firm",
        ),
        # one that no "for" owns speaks for the body the sentence before is about
        (
            'Clydevale City Council has issued a statement. A spokesperson said: "We are '
            'disappointed that the unions have chosen to strike."',
            "a spokesperson for the Clydevale City Council",
        ),
        (
            "Among the worst performers was Ashcombe Borough Council. A council spokesman said: "
            '"The service has been restored."',
            "a spokesman for the Ashcombe Borough Council",
        ),
        (  # a name opened by a few capitals
            "16:42\n\nHM Coastguard has just issued its latest update. A spokesperson said: "
            '"The search for the two missing crew is continuing."',
            "a spokesperson for HM Coastguard",
        ),
        (  # the body's noun dropped, the article agrees with the word after it
            "The Animal and Plant Health Agency confirmed the case on Tuesday. An agency "
            'spokesperson said: "We are working closely with the zoo."',
            "a spokesperson for the Animal and Plant Health Agency",
        ),
        (  # the body written in the description already
            'Rates rose. A Treasury spokesperson said: "We froze duty on draught pints."',
            "A Treasury spokesperson",
        ),
    ],
)
def test_a_spokesperson_for_a_body_named_before_is_named_with_its_name(nlp, text, name):
    speaker = [q for q in result(nlp, text)["quotes"] if q["kind"] == "direct"][0]["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == (name, None)


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "It is 7.15pm in Pellworth and Sergeant Instructor Agnieszka Thornbury is explaining "
            'how to fold a poncho. "You\'ll thank me on Dartmoor," she tells them.',
            "You'll thank me",
            "Agnieszka Thornbury",
        ),
        (
            "After the hearing, Detective Constable Ifeoma Nwachukwu said the conviction sent a "
            'message. "If you buy jewellery with no paperwork, expect a knock," DC Nwachukwu said.',
            "If you buy",
            "Ifeoma Nwachukwu",
        ),
    ],
)
def test_a_rank_or_role_before_a_name_is_no_part_of_it(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name
    assert [e["name"] for e in result(nlp, text)["entities"] if e["type"] == "PERSON"][0] == name


def test_a_name_with_a_curly_apostrophe_is_whole(nlp):
    text = (
        "The trial continued.\n\nNiamh O’Driscoll told the court that the valve had been "
        "faulty. “This was not a freak accident,” Ms O’Driscoll said. Dr Anil D’Souza said "
        "the valve was new."
    )
    found = result(nlp, text)
    assert entity(found, "Niamh O’Driscoll")["count"] == 2
    assert entity(found, "Anil D’Souza")["type"] == "PERSON"
    assert one(nlp, text, "This was not")["speaker"]["name"] == "Niamh O’Driscoll"


@pytest.mark.parametrize(
    ("word", "read_as"),
    [("O’Driscoll", "O'Driscoll"), ("D‘Souza", "D'Souza"), ("it’s", "it’s"), ("n’t", "n’t")],
)
def test_only_a_names_curly_apostrophe_is_read_as_a_straight_one(word, read_as):
    assert straight(word) == read_as


def test_a_party_and_district_the_parser_made_the_head_of_the_name_name_no_one(nlp):
    text = (
        'The crowd gathered at the lake.\n\n"This is a big year for our potential senator, '
        'Bobby Scott!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), '
        'shouted to the crowd. "The nation is watching Virginia."'
    )
    assert one(nlp, text, "This is a big year")["speaker"]["name"] == "Marcia Price"


def test_a_firms_name_before_a_role_and_a_name_after_the_cue_is_not_the_speaker(nlp):
    text = (
        'Shares fell 6% after the results.\n\n"Are you losing share, or is the whole category '
        'shrinking?" asked Morgan Stanley analyst Priya Raman on the call.'
    )
    assert one(nlp, text, "Are you losing")["speaker"]["name"] == "Priya Raman"


def test_a_name_with_an_age_is_a_persons_when_the_parser_reads_the_first_name_as_a_noun(nlp):
    text = (
        "Tomasz is in no hurry to retire. His doctor told him last spring to cut back "
        'on the night shifts, he said, and he has — "from six nights to five," he added with a '
        "shrug.\n\nThe regulars have noticed. Dolores Reyes, 81, has bought a rye loaf every "
        "Saturday for 20 years.\n\n\"I tell him, Tomasz, you're going to fall asleep in the "
        'dough one of these days," she said. "He just gives me an extra roll."'
    )
    found = result(nlp, text)
    assert entity(found, "Dolores Reyes")["type"] == "PERSON"
    assert one(nlp, text, "I tell him")["speaker"]["name"] == "Dolores Reyes"


def test_a_first_name_the_ner_missed_that_acts_is_the_full_names_person(nlp):
    text = (
        "Tomasz Kowalski, 58, moves between the proofing racks in a flour-dusted apron.\n\n"
        "His wife, Ana Kowalski, runs the counter. Their son, Piotr, 12, eats the broken "
        'cookies.\n\n"He is our quality control," Ana said.\n\nBack in the kitchen, Tomasz pulls '
        'a tray and sets it on the rack.\n\n"Good," he said. "Today, it\'s good."'
    )
    found = result(nlp, text)
    assert one(nlp, text, "He is our")["speaker"]["name"] == "Ana Kowalski"
    assert one(nlp, text, "Good")["speaker"]["name"] == "Tomasz Kowalski"
    assert entity(found, "Tomasz Kowalski")["count"] == 2


def test_a_first_name_and_a_family_surname_the_ner_took_for_a_work_are_a_person(nlp):
    text = (
        "Joao Costa, 64, thinks the swell is too big. His younger brother, Manuel, 59, thinks "
        'it will settle.\n\n"He\'s always been the careful one," Manuel Costa said, pulling on '
        "rubber boots.\n\nManuel keeps a photograph of their father in the wheelhouse."
    )
    found = result(nlp, text)
    manuel = entity(found, "Manuel Costa")
    assert (manuel["type"], manuel["count"]) == ("PERSON", 3)


def test_a_list_item_never_runs_into_the_line_before(nlp):
    text = (
        "Storm Isolde live: gusts leave 90,000 without power\n\nKey points\n"
        "- Met Éireann red wind warning in force for Cork and Kerry until 9pm\n"
        "- ESB Networks says about 90,000 homes, farms and businesses are without power\n"
        "- Schools in both counties to stay closed tomorrow"
    )
    speaker = one(nlp, text, "about 90,000 homes")["speaker"]
    assert (speaker["name"], speaker["mention"]["text"]) == ("ESB Networks", "ESB Networks")


def test_a_ministers_spokesperson_is_not_another_spokesperson_quoted_before(nlp):
    text = (
        "Here is the Liberal Democrat response. Their Treasury spokesperson, Aled Rhys-Jones, "
        'posted on X: "This is a budget built on sand."\n\n12.40pm\n\nLabour said the plan '
        "would not fix the health service.\n\n1.05pm\n\nAt the morning lobby briefing, the "
        'prime minister\'s official spokesperson said the prime minister had "full confidence" '
        "in the chancellor."
    )
    speaker = one(nlp, text, "the prime minister had")["speaker"]
    assert speaker["name"] == "the prime minister's official spokesperson"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        pytest.param(
            "DPP Legislator Chen Yu-ting (陳郁婷) said the opposition's move sent the wrong "
            "message.\n\nKMT legislator Lin Yi-chen said the bill needed more scrutiny.\n\n"
            '"Every week we delay is a week China does not have to worry about," said Chen, a '
            "member of the defence committee.",
            "Every week",
            "Chen Yu-ting",
            id="surname-not-a-given-names-second-syllable",
        ),
        pytest.param(
            "Secretary for Development Bernard Chow Kwok-wai faced two hours of questioning.\n\n"
            '"I understand the anger," Chow said.',
            "I understand",
            "Bernard Chow Kwok-wai",
            id="after-an-offices-field",
        ),
        pytest.param(
            "Priscilla Ho Wing-sze, a lawmaker, said the proposal did not go far enough.\n\n"
            '"Four people died," Ho said.',
            "Four people",
            "Priscilla Ho Wing-sze",
            id="english-first-name-surname-given-name",
        ),
        pytest.param(
            "Outside the Legislative Council complex in Admiralty, about 20 residents gathered "
            "before the meeting, calling for the government to rehouse families.\n\nTracy Mok "
            "Sze-wan, a spokeswoman for the Concern Group on Subdivided Flats, said many tenants "
            'living in so-called "coffin homes" were afraid to report hazards.\n\n"If they '
            'complain, the landlord raises the rent or throws them out," she said.\n\nMok said the '
            "group would submit a petition.",
            "If they complain",
            "Tracy Mok Sze-wan",
            id="given-name-the-ner-left-out",
        ),
        pytest.param(
            "Dominic Yip Tsz-chun, a lawmaker from the Federation of Trade Unions, said more than "
            "1,200 fire safety orders remained outstanding.",
            "more than 1,200",
            "Dominic Yip Tsz-chun",
            id="first-name-the-ner-left-out",
        ),
        pytest.param(
            "Minister of National Defense Yen Cheng-kuo (顏正國) told reporters that the ministry "
            'had briefed lawmakers.\n\n"Some of it cannot be made public," Yen said.',
            "Some of it",
            "Yen Cheng-kuo",
            id="after-the-field-of-a-ministry",
        ),
    ],
)
def test_chinese_names_in_english_are_whole_and_their_surname_stands_for_them(
    nlp, text, start, name
):
    found = result(nlp, text)
    assert one(nlp, text, start)["speaker"]["name"] == name
    assert entity(found, name)["type"] == "PERSON"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        pytest.param(
            "Business groups were less enthusiastic. The Employers' Confederation of the Mexican "
            'Republic (Coparmex) said in a statement that it was "concerned" about the ruling.',
            "that it was",
            "Employers' Confederation of the Mexican Republic",
            id="short-name-spelling-no-english",
        ),
        pytest.param(
            "The Costa Rican Institute of Aqueducts and Sewers (AyA) said service would be "
            "suspended at night. According to AyA, tanker trucks will deliver water to schools."
            "\n\nAyA said customers can check rationing schedules on its website.",
            "customers can check",
            "Costa Rican Institute of Aqueducts and Sewers",
            id="short-name-the-ner-took-for-a-person",
        ),
    ],
)
def test_a_bodys_name_before_its_short_name_in_brackets_is_its_full_name(nlp, text, start, name):
    found = result(nlp, text)
    assert one(nlp, text, start)["speaker"]["name"] == name
    assert entity(found, name)["type"] == "ORG"


def test_the_natives_age_and_nation_describe_the_person_named_before(nlp):
    text = (
        "TAPACHULA, Mexico, Aug 21 (AFP) - Yorleni Martínez Castellanos has been waiting for an "
        'appointment at Mexico\'s refugee agency for 97 days.\n\n"They say the system is down," '
        "the 34-year-old Honduran said, sitting on a curb outside the office."
    )
    assert one(nlp, text, "They say")["speaker"]["name"] == "Yorleni Martínez Castellanos"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Outside the courthouse, Marta Lidia Hernández Ramos, 58, held up a photograph of "
            "her son, a bricklayer arrested in April 2022 in Soyapango.",
            "Marta Lidia Hernández Ramos",
            id="two-given-names-tagged-an-organisation",
        ),
        pytest.param(
            "Doña Ofelia Araya Cubillo, 78, has lived in Villarreal her whole life. These days, "
            "she fills buckets every afternoon before the water goes off.",
            "Ofelia Araya Cubillo",
            id="dona-a-title",
        ),
    ],
)
def test_spanish_names_are_whole_and_without_their_title(nlp, text, name):
    assert entity(result(nlp, text), name)["type"] == "PERSON"


def test_the_holder_of_an_office_ending_in_two_of_phrases_is_the_speaker(nlp):
    text = (
        "Deputy Chairman of the Cabinet of Ministers Begench Orazgeldiyev, who oversees the oil "
        'and gas sector, told a government meeting that work on Line D was "proceeding '
        'according to the approved schedule."\n\nOrazgeldiyev said exports had risen.'
    )
    found = result(nlp, text)
    assert one(nlp, text, "was")["speaker"]["name"] == "Begench Orazgeldiyev"
    assert entity(found, "Begench Orazgeldiyev")["count"] == 2


def test_central_asian_names_keep_their_fathers_name_and_their_gender(nlp):
    text = (
        "Deputy Bakyt Mamatkadyr uulu, who voted against the bill, said parliament was repeating "
        'the mistakes of previous years.\n\n"We change the rules every time the price of gold '
        'goes up," Mamatkadyr uulu said during the debate.\n\nDeputy Cholpon Abdykadyrova '
        "supported the amendments but asked the government to guarantee that jobs at the mine "
        'would be preserved. "Their salaries must not suffer," she said.'
    )
    assert one(nlp, text, "We change")["speaker"]["name"] == "Bakyt Mamatkadyr uulu"
    assert one(nlp, text, "Their salaries")["speaker"]["name"] == "Cholpon Abdykadyrova"


def test_an_akim_is_a_person_and_the_holder_named_after_the_office(nlp):
    text = (
        "Residents of the nearby village of Kara-Suu have complained about dust. Akim of Talas "
        "district Mirlan Osmonaliev said at a meeting with residents last month that repairs "
        "to the road would begin this year."
    )
    found = result(nlp, text)
    assert one(nlp, text, "that repairs")["speaker"]["name"] == "Mirlan Osmonaliev"
    assert entity(found, "Mirlan Osmonaliev")["type"] == "PERSON"


@pytest.mark.parametrize(
    ("text", "start", "name", "kind"),
    [
        pytest.param(
            "Minister of Agriculture and Environment Edna Lopes Spencer visited farms in São "
            "Domingos on Friday. Addressing farmers in Crioulo, she said the government would "
            'declare an "agricultural emergency" in the most affected municipalities.',
            "the government would",
            "Edna Lopes Spencer",
            "PERSON",
            id="surnames-that-are-english-words-after-an-offices-field",
        ),
        pytest.param(
            "LUANDA — Angolan diamond producer Diamantes do Cuango SA (Dicuango) has signed a "
            "US$450 million financing package, the company announced on Monday.\n\nDicuango said "
            "it had allocated 3% of the facility to a community fund.",
            "it had allocated",
            "Diamantes do Cuango SA",
            "ORG",
            id="company-before-its-short-name",
        ),
    ],
)
def test_lusophone_names_are_whole(nlp, text, start, name, kind):
    found = result(nlp, text)
    assert one(nlp, text, start)["speaker"]["name"] == name
    assert entity(found, name)["type"] == kind


def test_a_live_blogs_time_stamp_in_lower_case_is_no_part_of_the_speaker(nlp):
    text = (
        "Spring statement live\n\n2.15pm\nLabour said the plan would not fix the health "
        "service.\n\n2.05pm\nTreasury officials said the OBR numbers will hold up better than "
        "they did in the autumn."
    )
    speaker = one(nlp, text, "the OBR numbers")["speaker"]
    assert speaker["mention"]["text"] == "Treasury officials"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        pytest.param(
            "15:40\nMet Éireann forecaster Aoife Brennan said the strongest gusts were expected "
            "between 5pm and 7pm.\n\n15:20\nThe 131km/h gust recorded at Sherkin Island is the "
            "highest reading of the storm so far, according to the forecaster.",
            "The 131km/h gust",
            "Aoife Brennan",
            id="a-word-written-before-the-name",
        ),
        pytest.param(
            "Whitfield's neighbor, Marcus Bell, said he had been complaining to the railroad "
            'about the crossing for years.\n\n"Every time a train comes through, the whole house '
            'shakes," the retired machinist said.',
            "Every time",
            "Marcus Bell",
            id="a-word-for-what-the-speaker-does",
        ),
    ],
)
def test_a_role_word_outside_the_lexicon_describes_the_person_named(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_names_in_a_long_list_of_places_after_at_are_places(nlp):
    text = (
        "Wakefield Council's cabinet voted on Tuesday to shut the libraries at Horbury, "
        "Crigglestone, Walton, Ryhill and Outwood by the end of March."
    )
    found = result(nlp, text)
    assert [entity(found, n)["type"] for n in ("Walton", "Ryhill")] == ["GPE", "GPE"]


def test_the_mother_of_two_is_the_woman_quoted_before(nlp):
    text = (
        "Outwood resident Priya Chauhan, 34, who takes her two children to the library every "
        'Saturday, told the BBC she was "gutted".\n\n"They know the staff by name. I don\'t know '
        "where we'll go now,\" the mother-of-two said."
    )
    assert one(nlp, text, "They know")["speaker"]["name"] == "Priya Chauhan"


def test_the_statement_is_whoever_spoke_in_the_statement_read_to_the_court(nlp):
    text = (
        "In a written statement read to the court, the ambulance trust's head of clinical "
        "governance, Rachel Dunstan, said call handlers had followed the correct procedures."
        '\n\n"We are deeply sorry that we were not able to reach Mrs Trevithick sooner," the '
        "statement said."
    )
    assert one(nlp, text, "We are deeply")["speaker"]["name"] == "Rachel Dunstan"


def test_a_party_and_a_ward_in_brackets_after_a_name_are_no_people(nlp):
    text = (
        "Not everyone was convinced. Cllr Alan Shield (Lib Dem, Chester-le-Street West Central), "
        'a panel member, said residents were being asked to "pay more for a service they '
        'cannot see".\n\n"I had a resident call me last week who waited three days for an '
        'officer," he said.\n\nMichael A. (Mike) Moodian is a former chairman of the council.'
    )
    found = result(nlp, text)
    assert entity(found, "Lib Dem")["type"] == "ORG"
    assert entity(found, "Chester-le-Street West Central")["type"] == "GPE"
    assert one(nlp, text, "I had a resident")["speaker"]["name"] == "Alan Shield"


def test_the_place_a_story_was_filed_from_owns_nothing_its_owns(nlp):
    text = (
        '"Raja Returns" smashes opening weekend record as rivals cry foul over screen '
        "allocation\n\n"
        'MUMBAI \u2014 The Hindi action drama "Raja Returns" collected 212 crore rupees at the '
        "domestic box office in its first three days, the biggest opening weekend for any "
        "Indian film this year, its distributor said on Monday."
    )
    q = one(nlp, text, "The Hindi action drama")
    assert q["speaker"]["name"] == "its distributor"


def test_an_agency_after_the_date_of_a_dateline_is_no_part_of_the_speaker(nlp):
    text = (
        "High court rules election unconstitutional\n\nHIROSHIMA, Nov. 20 Kyodo - The Hiroshima "
        "High Court ruled Wednesday that the vote-value disparity in this summer's election "
        "was unconstitutional."
    )
    speaker = one(nlp, text, "that the vote-value")["speaker"]
    assert speaker["name"] == "The Hiroshima High Court"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        pytest.param(
            "\u201cThe numbers speak for themselves,\u201d Abeer bint Saad Al-Otaibi, chief "
            "executive of the Royal Commission for AlUla, told Arab News.\n\n\u201cThat "
            "principle is not negotiable,\u201d Al-Otaibi said.",
            "That principle",
            "Abeer bint Saad Al-Otaibi",
            id="bint-and-a-hyphenated-family-name",
        ),
        pytest.param(
            "RIYADH, Oct 14 (Reuters) - Saudi Arabia is ready to extend its output cuts, Energy "
            "Minister Prince Khalid bin Mishaal Al Saud said on Tuesday.\n\n\u201cWe will do "
            "whatever is necessary,\u201d Prince Khalid told an energy conference.",
            "We will do",
            "Prince Khalid bin Mishaal Al Saud",
            id="a-princes-name-and-its-short-form",
        ),
        pytest.param(
            "ABU DHABI (WAM) -- His Highness Sheikh Mansour bin Hamdan Al Maktoum, Vice President, "
            "Prime Minister and Ruler of Dubai, has affirmed that water is a national priority."
            "\n\nFollowing the meeting, His Highness posted on his official account on X: "
            '"Today, we approved the National Water Security Strategy."',
            "Today, we approved",
            "Mansour bin Hamdan Al Maktoum",
            id="his-highness",
        ),
    ],
)
def test_arabic_names_are_whole_and_stand_for_their_honorifics(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_a_full_name_that_who_describes_is_a_person_whatever_its_label(nlp):
    text = (
        "BOGOTÁ (Reuters) - Colombia's Supreme Court on Wednesday sentenced a former senator to "
        "nine years in prison. The court found that Hernando Castillo Mejía, who represented "
        "the department of Sucre for three terms, struck a deal with paramilitary commanders."
        '\n\n"I have nothing to hide," Castillo said.'
    )
    found = result(nlp, text)
    assert entity(found, "Hernando Castillo Mejía")["type"] == "PERSON"
    assert one(nlp, text, "I have nothing")["speaker"]["name"] == "Hernando Castillo Mejía"


def test_a_name_after_an_mps_seat_is_the_mp_not_the_seat(nlp):
    text = (
        "Labour MP for Hartlepool East Karen Doyle, who has organised a letter signed by 47 "
        'backbenchers, said the Government had "lost touch" with its own voters.\n\nShe told '
        'the PA news agency: "We were elected to end the cost-of-living crisis."'
    )
    found = result(nlp, text)
    assert entity(found, "Karen Doyle")["type"] == "PERSON"
    assert one(nlp, text, "We were elected")["speaker"]["name"] == "Karen Doyle"


def test_a_nickname_alone_stands_for_the_person_it_was_given_to(nlp):
    text = (
        "Tiaguinho double sinks Porto as Sporting go five points clear\n\nLISBON (AFP) - "
        'Brazilian forward Tiago "Tiaguinho" Moreira scored twice in the second half as Sporting '
        "CP came from behind to beat FC Porto 2-1 at the Estádio José Alvalade on Sunday.\n\n"
        "Porto had led through a first-half header from Uruguayan defender Matías Ferreyra "
        'before the 23-year-old Brazilian turned "O Clássico" around.\n\n"I dreamed about this '
        'game all week. My mother called me this morning and told me I would score two," '
        "Tiaguinho told Sport TV after the final whistle."
    )
    assert one(nlp, text, "I dreamed")["speaker"]["name"] == "Tiago Moreira"


def test_a_live_blog_entrys_title_never_runs_into_its_first_line(nlp):
    text = (
        "Train derailment live\n\n3:48 p.m. ET\nNTSB sending team\nThe National Transportation "
        'Safety Board said it was sending a "go-team" of 11 investigators to Carrollton Falls.'
        "\n\n2:15 p.m. ET\nMayor urges people to keep away\nCarrollton Falls Mayor Linda Okafor "
        "urged people not to come to the scene to take pictures."
    )
    sent = one(nlp, text, "it was sending")["speaker"]
    assert sent["name"] == "National Transportation Safety Board"
    assert one(nlp, text, "people not to come")["speaker"]["name"] == "Linda Okafor"


def test_a_surname_with_an_apostrophe_inside_is_part_of_the_name(nlp):
    text = (
        'Regional President Donatella Dall\'Olio said the situation was "extremely serious".\n\n'
        '"We are facing an event that goes beyond anything our rivers were built for," she said.'
        "\n\nMaria Letizia Dell'Orco, who leads the group, said it would stay in the coalition."
        '\n\n"We are loyal to this coalition," Dell\'Orco said in a statement.'
    )
    found = result(nlp, text)
    assert entity(found, "Donatella Dall'Olio")["type"] == "PERSON"
    assert one(nlp, text, "We are facing")["speaker"]["name"] == "Donatella Dall'Olio"
    assert one(nlp, text, "We are loyal")["speaker"]["name"] == "Maria Letizia Dell'Orco"


def test_a_double_surname_after_an_offices_field_is_whole(nlp):
    text = (
        'Minister of Tourism Hal Best-Carrington said the December figures "vindicate" the '
        "decision to invest in airlift.\n\nActing Commissioner of Police Curtis "
        "Alleyne-Baptiste says the three killings were linked to a feud.\n\n"
        '"We are on top of it," Alleyne-Baptiste said.'
    )
    found = result(nlp, text)
    assert entity(found, "Hal Best-Carrington")["type"] == "PERSON"
    assert one(nlp, text, "the December")["speaker"]["name"] == "Hal Best-Carrington"
    assert one(nlp, text, "We are on top")["speaker"]["name"] == "Curtis Alleyne-Baptiste"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            'Its secretary general, Moagi "Mr Fix" Keitseng, said the union would strike.\n\n'
            '"We are ready," Keitseng said.',
            "We are ready",
            "Moagi Keitseng",
        ),
        (
            'Puerto Rico energy czar Francisco "Paco" Meléndez Quiñones said the grid would be '
            "restored by Friday.\n\nHe said crews were working around the clock.",
            "crews were",
            "Francisco Meléndez Quiñones",
        ),
        (
            'Johannes "Hannes" van der Merwe, a labour economist, said the figure was wrong.',
            "the figure",
            "Johannes van der Merwe",
        ),
        (
            'MANILA - Senator Ramon "Bong" Dimaculangan Jr. claimed in a radio interview that rice '
            'is now "the cheapest in Southeast Asia."\n\n"It is a reality," Dimaculangan said.',
            "It is a reality",
            "Ramon Dimaculangan Jr.",
        ),
        (
            'Opposition Spokesman on National Security Everald "Scrappy" McFarlane argued that '
            "the bill was rushed.",
            "that the bill",
            "Everald McFarlane",
        ),
        (
            'At the airport, taxi operator Wendell "Bajan Boy" Scantlebury said business had been '
            "the best in 20 years.",
            "business had",
            "Wendell Scantlebury",
        ),
    ],
)
def test_a_nickname_of_several_words_or_capitals_inside_a_name(nlp, text, start, name):
    found = result(nlp, text)
    assert entity(found, name)["type"] == "PERSON"
    assert one(nlp, text, start)["speaker"]["name"] == name


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "City of Windhoek spokesperson Ndapandula Iipumbu-Nakale said the municipality "
            "would study the judgment.",
            "the municipality",
            "Ndapandula Iipumbu-Nakale",
        ),
        (
            "Finance Ministry permanent secretary Simeon Knowles-Rahming told reporters the "
            "budget was fine.",
            "the budget",
            "Simeon Knowles-Rahming",
        ),
        (
            "Mineworkers Union of Zambia (MUZ) Mufulira branch chairperson Joseph Kapambwe "
            "Mulenga said the workers had exhausted all channels.",
            "the workers",
            "Joseph Kapambwe Mulenga",
        ),
        (
            "Employment and Labour Minister Nomvula Mahlangu-Dlamini told Parliament that jobs "
            "grew.",
            "that jobs",
            "Nomvula Mahlangu-Dlamini",
        ),
    ],
)
def test_a_person_after_a_role_in_a_body_speaks_not_the_body(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_a_body_of_a_titled_person_speaks_for_itself(nlp):
    text = (
        "When the government of President Petro O. Poroshenko called snap parliamentary "
        "elections for October 2014, Mr. Manafort rallied the party."
    )
    found = [q for q in result(nlp, text)["quotes"] if "snap" in q["text"]]
    assert found, "the call is an attribution"
    assert found[0]["speaker"]["name"] != "Petro O. Poroshenko"


def test_a_name_after_a_title_set_off_after_an_office_is_a_person(nlp):
    text = (
        "Mine town worries\n\nMinister of Minerals and Energy, Dr Thato Phologolo, told "
        'Parliament last week that Government was "not sitting on its hands".\n\nJwaneng Town '
        "Council chairperson, Councillor Tshepiso Gaolathe-Mokgosi told Mmegi that the town was "
        'struggling.\n\n"When the mine sneezes, Jwaneng catches a cold," she said.'
    )
    found = result(nlp, text)
    assert entity(found, "Thato Phologolo")["type"] == "PERSON"
    assert one(nlp, text, "that Government")["speaker"]["name"] == "Thato Phologolo"
    assert one(nlp, text, "When the mine")["speaker"]["name"] == "Tshepiso Gaolathe-Mokgosi"


def test_setswana_honorifics_are_titles(nlp):
    text = (
        "Kgosi Kebonang Masilo said the town must wean itself off the mine.\n\n"
        '"We have been told for twenty years," Kgosi Masilo said to applause.\n\nTrader Gaone '
        'Segokgo said sales had halved. "People are only buying bread now," said Mma Segokgo.'
    )
    assert one(nlp, text, "We have been")["speaker"]["name"] == "Kebonang Masilo"
    assert one(nlp, text, "People are")["speaker"]["name"] == "Gaone Segokgo"


def test_a_capitalised_role_before_a_name_is_no_part_of_it(nlp):
    text = (
        "The band won three awards on Sunday.\n\nDrummer Priya Raman-Holt added that the band "
        'had "already started the next record".\n\nComedian Nadia Farouk-Reyes, hosting for '
        'the first time, opened the show with a monologue.\n\n"It was long," she said.'
    )
    found = result(nlp, text)
    assert entity(found, "Priya Raman-Holt")["type"] == "PERSON"
    assert one(nlp, text, "that the band")["speaker"]["name"] == "Priya Raman-Holt"
    assert one(nlp, text, "It was long")["speaker"]["name"] == "Nadia Farouk-Reyes"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Mumbai, Jun 12 (PTI) Actor Ishaan Varma, whose period drama hits theatres this "
            "Friday, says he never felt like an outsider in the film industry.",
            "he never felt",
            "Ishaan Varma",
        ),
        (
            "ST JOHN'S, Antigua, Jan 8, CMC – Head coach Ramnaresh Sookdeo has urged West Indies "
            "fans to be patient with the young squad.",
            "West Indies fans",
            "Ramnaresh Sookdeo",
        ),
    ],
)
def test_no_word_of_a_dateline_speaks(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_a_name_the_ner_took_for_a_date_speaks(nlp):
    text = (
        "Pieter-Jan van der Westhuizen, who runs a dairy processing plant near Bethlehem in the "
        "Free State province, said his diesel bill for backup generators had tripled."
    )
    said = one(nlp, text, "his diesel bill")["speaker"]
    assert said["name"] == "Pieter-Jan van der Westhuizen"


@pytest.mark.parametrize(
    "opening",
    [
        "",
        "ADDIS ABABA - Three journalists have been held for a month.\n\n"
        '"The court has given the police two remands already," Getachew said.\n\n',
    ],
)
def test_the_person_apposed_to_whom_an_opening_participle_names_speaks(nlp, opening):
    text = (
        f"{opening}Contacted by Addis Standard, a spokesperson for the Amhara Region Police "
        'Commission declined to comment on the specific case, saying only that "the matter is '
        'before the court".'
    )
    said = one(nlp, text, "only that")["speaker"]
    assert said["name"] == "a spokesperson for the Amhara Region Police Commission"


def test_the_kalenjin_arap_joins_a_name(nlp):
    text = (
        "Treasury Cabinet Secretary Daniel Kiprotich arap Sang told reporters after the ruling "
        'that the government would appeal.\n\n"We will appeal," Sang said.'
    )
    found = result(nlp, text)
    assert entity(found, "Daniel Kiprotich arap Sang")["type"] == "PERSON"
    assert one(nlp, text, "We will appeal")["speaker"]["name"] == "Daniel Kiprotich arap Sang"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Energy secretary Ana María Torres de la Rosa said the grid was fragile.\n\n"
            '"This was not a failure of the transmission system," Torres de la Rosa said.',
            "This was not",
            "Ana María Torres de la Rosa",
        ),
        (
            "La Mantia’s lawyer, Ottavio Dell’Aquila, challenged the ruling.\n\n“This is a man "
            "who has been promised a new life,” Dell’Aquila told reporters.",
            "This is a man",
            "Ottavio Dell’Aquila",
        ),
    ],
)
def test_an_untagged_surname_of_several_words_stands_for_the_full_name(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_german_nobility_particles_stay_inside_the_name(nlp):
    text = (
        "Family feud at chemicals group\n\nMaximilian Prinz zu Sayn-Ebersdorf, a shareholder, "
        "criticised the board on Monday.\n\nIn a letter to investors, Prinz zu Sayn-Ebersdorf "
        'wrote that the family "will not be silenced".\n\nHans-Joachim Freiherr von Wedemeyer, '
        "a member of the Saxon state parliament, said the figure was right.\n\n"
        '"The numbers speak for themselves," von Wedemeyer wrote on X.'
    )
    found = result(nlp, text)
    assert entity(found, "Hans-Joachim Freiherr von Wedemeyer")["type"] == "PERSON"
    wrote = one(nlp, text, "that the family")["speaker"]["name"]
    assert wrote == "Maximilian Prinz zu Sayn-Ebersdorf"
    spoke = one(nlp, text, "The numbers")["speaker"]["name"]
    assert spoke == "Hans-Joachim Freiherr von Wedemeyer"


def test_a_name_after_an_offices_own_lower_case_of_phrase_holds_it(nlp):
    text = "Presidential chief of staff Chung Dae-won has said the reform is not negotiable."
    assert one(nlp, text, "the reform")["speaker"]["name"] == "Chung Dae-won"


def test_a_name_set_off_after_a_description_names_it_however_parsed(nlp):
    text = (
        "Grenade attacks rattle Antwerp district\n\nThe Deurne district mayor, Kris Van den "
        'Bossche, wrote on Facebook: "Deurne is not a war zone, but we need more police."'
    )
    assert one(nlp, text, "Deurne is not")["speaker"]["name"] == "Kris Van den Bossche"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Former regional president Francisco Javier Lloret del Olmo denied all charges.\n\n"
            '"I never asked anyone for a single euro," Lloret told the three-judge panel.',
            "I never asked",
            "Francisco Javier Lloret del Olmo",
        ),
        (
            "Former Valencia leader on trial\n\nProsecutor Gonzalo de la Serna Azcárate said the "
            'evidence was overwhelming.\n\n"The messages speak for themselves," de la Serna said.',
            "The messages",
            "Gonzalo de la Serna Azcárate",
        ),
        (
            'Club president Ramón Gil-Aranda Soto defended the coach.\n\n"He has our full '
            'support," Gil-Aranda said.',
            "He has our",
            "Ramón Gil-Aranda Soto",
        ),
    ],
)
def test_the_first_of_two_surnames_stands_for_the_full_name(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_a_first_name_and_surname_after_an_owners_possessive_are_a_person(nlp):
    text = (
        "Williams boss sets long-term goal\n\nJames Lindqvist said the team was three years into "
        'a rebuild.\n\nSauber\'s Lucas Haddad finished sixth. "It was a good day," Haddad said.'
    )
    found = result(nlp, text)
    assert entity(found, "Lucas Haddad")["type"] == "PERSON"
    assert one(nlp, text, "It was a good")["speaker"]["name"] == "Lucas Haddad"


def test_someone_the_parser_set_beside_an_opening_place_speaks(nlp):
    text = (
        "In Madrid, a spokesperson for the ministry of territorial policy said the government "
        'would study the text "with respect".'
    )
    said = one(nlp, text, "the government would")["speaker"]["name"]
    assert said == "a spokesperson for the ministry of territorial policy"


def test_a_description_keeps_the_list_of_places_it_names(nlp):
    text = (
        "Grid operators in Estonia, Latvia and Lithuania say the disconnection from the Russian "
        "grid remains on schedule."
    )
    said = one(nlp, text, "the disconnection")["speaker"]["name"]
    assert said == "Grid operators in Estonia, Latvia and Lithuania"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "However, importers and clearing agents say that faster ship turnaround has not cut "
            "costs.",
            "that faster",
            "importers and clearing agents",
        ),
        (
            "Police and firefighters said the fire started in the kitchen.",
            "the fire",
            "Police and firefighters",
        ),
    ],
)
def test_a_source_of_two_kinds_joined_by_and_is_both(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_a_relation_named_after_a_comma_where_the_parser_hung_the_name_elsewhere(nlp):
    text = (
        "Farmers block roads\n\nLīga Ozola farms 300 hectares near Jelgava together with her "
        'husband, Aivars Ozols.\n\nHer husband, known across Zemgale as "Tractor Aivars" for his '
        "annual charity rally, said he had driven more than 70 kilometres to join the protest."
    )
    assert one(nlp, text, "he had driven")["speaker"]["name"] == "Aivars Ozols"


def test_a_building_named_for_the_police_never_speaks_for_them(nlp):
    text = (
        "Speaking at a media briefing at the Police Administration Building in Port of Spain "
        "yesterday, Commissioner Curtis Baptiste said officers had identified suspects.\n\nThe "
        "victims were identified as Akeem Joseph, 24, and Kerron Phillip, 31. Police said Joseph "
        "and Phillip were shot while liming outside a parlour."
    )
    said = one(nlp, text, "Joseph and Phillip")["speaker"]["name"]
    assert said != "Police Administration Building"


def test_the_mission_is_the_mission_named_before(nlp):
    text = (
        "The UN Support Mission in Libya (UNSMIL) has called on all parties to halt "
        'hostilities. In a post on X, the mission said it was "deeply alarmed by the use of '
        'heavy weapons."'
    )
    q = one(nlp, text, "it was")
    assert q["speaker"]["name"] == "UN Support Mission in Libya"
    assert q["speaker"]["mention"]["text"] == "the mission"


def test_which_after_a_place_in_a_bodys_phrase_stands_for_the_body(nlp):
    text = (
        "The tornado hit at 3 a.m., according to the National Weather Service office in Tulsa, "
        "which said a preliminary survey found damage consistent with an EF-3 tornado."
    )
    q = one(nlp, text, "a preliminary survey")
    assert q["speaker"]["mention"]["text"] == "which"
    assert "National Weather Service" in q["speaker"]["name"], q["speaker"]


def test_a_scientist_named_after_the_bodys_possessive_is_the_speaker(nlp):
    text = (
        "The Bureau of Meteorology's senior meteorologist Dean Narayan says Adelaide is "
        "unlikely to drop below 32C overnight."
    )
    assert one(nlp, text, "Adelaide")["speaker"]["name"] == "Dean Narayan"


def test_according_to_two_roles_of_one_named_person(nlp):
    text = (
        "According to rugby writer and former Cheetahs coach Frikkie Bester, the Boks' "
        "reliance on a handful of ball-carriers is a genuine worry."
    )
    q = one(nlp, text, "the Boks")
    assert q["speaker"]["name"] == "Frikkie Bester"
    assert q["text"].startswith("the Boks' reliance")


def test_a_spokesmans_name_set_off_after_the_office_is_a_person(nlp):
    text = (
        "A spokesman for the attorney general's office, Tom Reinholt, confirmed that the office "
        "had received the referrals."
    )
    found = result(nlp, text)
    assert entity(found, "Tom Reinholt")["type"] == "PERSON"
    assert one(nlp, text, "that the office")["speaker"]["name"] == "Tom Reinholt"


def test_names_after_a_role_in_the_plural_are_people(nlp):
    text = (
        "Council members Dolores Figueroa and Brent Oakley cast the dissenting votes. "
        '"Eighteen percent in one year is a shock to a family budget," Figueroa said.'
    )
    found = result(nlp, text)
    assert entity(found, "Dolores Figueroa")["type"] == "PERSON"
    assert entity(found, "Brent Oakley")["type"] == "PERSON"
    assert one(nlp, text, "Eighteen")["speaker"]["name"] == "Dolores Figueroa"


def test_pro_tempore_is_part_of_the_office_not_the_name(nlp):
    text = (
        "Senate President Pro Tempore Glenn Schaeffer, R-Lancaster, said the court had "
        '"legislated from the bench." Schaeffer told reporters he was angry.'
    )
    found = result(nlp, text)
    people = [e["name"] for e in found["entities"] if e["type"] == "PERSON"]
    assert people == ["Glenn Schaeffer"], people
    assert one(nlp, text, "he was angry")["speaker"]["name"] == "Glenn Schaeffer"


def test_a_name_given_only_as_is_a_persons_whatever_the_parse(nlp):
    text = (
        "One of its moderators, a 22-year-old engineering student who asked to be identified "
        "only as Anas, told us the group had grown. “We didn’t plan this,” he said. A retired "
        "teacher who gave his name only as Slah said residents had been abandoned."
    )
    found = result(nlp, text)
    assert entity(found, "Anas")["type"] == "PERSON"
    assert entity(found, "Slah")["type"] == "PERSON"
    assert one(nlp, text, "We didn’t")["speaker"]["name"] == "Anas"


def test_he_after_an_opening_on_and_a_name_is_not_that_name(nlp):
    text = (
        "Furlong insists no panic in Ireland camp as O'Mahony ruled out of Six Nations\n\n"
        "Ireland forwards coach Declan Furlong insists there is no panic in the camp despite "
        "a growing injury list ahead of Saturday's Six Nations meeting with France at the "
        "Aviva Stadium.\n\n"
        "Speaking at the team's base in Carton House on Tuesday, Furlong confirmed that Munster "
        "lock Cian O'Mahony had been ruled out for the remainder of the championship with "
        "a knee ligament injury, while Leinster hooker Rónán Whelan is racing to recover "
        "from a calf problem.\n\n"
        "'It's a blow, there's no point pretending otherwise,' said Furlong. 'Cian has been "
        "outstanding for us in the lineout, and he's a big voice in that group. But we've "
        "built depth over the last two seasons for exactly this reason.'\n\n"
        "On Whelan, he was more guarded. 'We'll give Rónán every chance. He did a bit of "
        "running yesterday and we'll see how he pulls up. If he's not right by Thursday, "
        "we won't risk him.'"
    )
    assert one(nlp, text, "We'll give")["speaker"]["name"] == "Declan Furlong"


def test_a_storys_first_word_in_capitals_is_no_organisation(nlp):
    text = (
        "COMMUNITY rugby clubs across the Gwent valleys say they face closure after the Welsh "
        "Rugby Union cut grants.\n\nThe governing body told member clubs in a letter that the "
        "reduction was needed."
    )
    found = result(nlp, text)
    assert "COMMUNITY" not in {e["name"] for e in found["entities"]}
    assert one(nlp, text, "that the reduction")["speaker"]["name"] == "Welsh Rugby Union"


def test_a_contraction_inside_the_quotation_is_no_speaker_after_it(nlp):
    text = (
        "\"Our members are being timed to the second by a computer that doesn't care if "
        "you've got a bad back or you're 58 years old,\" the union's NSW secretary, Bronwyn "
        "Tully, told reporters outside the site on Wednesday morning."
    )
    assert one(nlp, text, "Our members")["speaker"]["name"] == "Bronwyn Tully"


def test_an_adviser_kept_unnamed_by_a_clause_on_the_noun_after_it_stays_unnamed(nlp):
    text = (
        "Iraq's parliament will vote on the law next week.\n\nA senior adviser in the prime "
        "minister's office, who spoke on condition of anonymity to discuss sensitive "
        'deliberations, said the government would prefer to postpone the vote. "The timing is '
        "bad,\" the adviser said.\n\nAli Akbar Hosseini-Moghadam, an adviser to Iran's Supreme "
        "Leader, said on Tuesday that Tehran would respect the decision."
    )
    for start in ("the government would", "The timing"):
        name = one(nlp, text, start)["speaker"]["name"]
        assert name == "a senior adviser in the prime minister's office", name


def test_the_statement_speaks_for_the_ministry_that_condemned_in_it(nlp):
    text = (
        "An Iranian court sentenced the French researcher Shirin Nowrouzi to six years in "
        "prison on Tuesday.\n\nThe French foreign ministry condemned the ruling in a statement "
        'on Wednesday evening. "Shirin Nowrouzi is an academic. Her only crime is to have done '
        'her job," the statement said.'
    )
    assert one(nlp, text, "Shirin Nowrouzi is")["speaker"]["name"] == "The French foreign ministry"


def test_a_prefects_name_set_off_after_an_opening_place_is_a_person(nlp):
    text = (
        "Kwame Asante-Boateng, the WFP country director, said aid was running out.\n\nIn Adre, "
        "the prefect, Mahamat Saleh Adoum, told AFP that the town's population had more than "
        'doubled. "The water, the health centre, the schools - everything is overwhelmed," he '
        "said."
    )
    found = result(nlp, text)
    assert entity(found, "Mahamat Saleh Adoum")["type"] == "PERSON"
    assert entity(found, "Adre")["type"] == "GPE"
    assert one(nlp, text, "The water")["speaker"]["name"] == "Mahamat Saleh Adoum"


def test_the_corporation_is_the_one_whose_name_says_so(nlp):
    text = (
        "The third unit attained criticality on Wednesday, the National Atomic Power "
        "Corporation said. The reaction began after clearance from the Atomic Energy "
        "Regulatory Council, the corporation said in a statement."
    )
    q = one(nlp, text, "The reaction began")
    assert q["speaker"]["mention"]["text"] == "the corporation"
    assert q["speaker"]["name"] == "National Atomic Power Corporation"


def test_she_is_not_the_man_she_says_something_of(nlp):
    # "Brandt, she says, wanted …": Brandt is what she says something of, not she.
    text = (
        "“After the second record I was exhausted,” Ines Marlowe says. “I had spent two years "
        "doing exactly what everyone told me to do.”\n\n"
        "Her father, the fiddler Hamish Marlowe, was a fixture of the folk scene.\n\n"
        "She first took the songs to Teodor Brandt, the Berlin-based producer who had worked on "
        "her second album. It did not go well. Brandt, she says, wanted to “fix” the tapes.\n\n"
        "“Teo is a genius, but he kept making it beautiful,” she says."
    )
    assert one(nlp, text, "Brandt")["speaker"]["name"] == "Ines Marlowe"
    assert one(nlp, text, "Teo is")["speaker"]["name"] == "Ines Marlowe"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Neither side claimed a breakthrough at the talks in Geneva.", "a breakthrough"),
        ("Not everyone agrees that the answer is to change the sport.", "that the answer"),
        ("No one said the plan would fail, at least not in public.", "the plan would fail"),
        ("None of the three ministers said they wanted a delay.", "they wanted"),
    ],
)
def test_what_no_one_said_has_no_speaker_and_is_no_quote(nlp, text, start):
    q = one(nlp, text, start)
    assert q["act"] == "speech" and q["speaker"] is None
    assert not is_quote(q)


def test_what_no_one_thought_keeps_its_source(nlp):
    q = one(nlp, "No one expected a full hour of policy talk from the debate.", "a full hour")
    assert q["act"] != "speech" and q["speaker"]["mention"]["text"] == "No one"


def test_an_unnamed_investigator_and_gp_keep_the_articles_description(nlp):
    text = (
        "The South African Revenue Service (SARS) said the case was closed.\n\n"
        "A senior SARS investigator, who asked not to be named, said the fraud had been found "
        "late.\n\n“It was pure luck,” the investigator said.\n\n"
        "One retired GP from Harrogate, who asked not to be named, said he had been told the "
        "scheme was “completely above board”.\n\n“I trusted them,” he said."
    )
    found = result(nlp, text)
    names = [q["speaker"]["name"] for q in found["quotes"]]
    assert names[1:] == ["a senior SARS investigator"] * 2 + ["one retired GP from Harrogate"] * 2
    assert "GP" not in [e["name"] for e in found["entities"]]


def test_a_named_persons_spokesman_is_not_another_spokesman(nlp):
    text = (
        "Opposition water spokesman Nathan Briggs wrote on X that the cut was a disgrace.\n\n"
        "Ms Sorensen's spokesman said the claim was simply untrue."
    )
    assert one(nlp, text, "the claim")["speaker"]["name"] == "Ms Sorensen's spokesman"


def test_a_spokeswoman_in_apposition_is_a_she_whatever_her_given_name_suggests(nlp):
    text = (
        "The federal Water Minister, Tanya Sorensen, said the government stood with farmers.\n\n"
        "Jess Tran, a spokeswoman for the Australian River Conservation Network, said the "
        'river was under stress.\n\n"The river is a farmer\'s best asset," she said.'
    )
    assert one(nlp, text, "The river is")["speaker"]["name"] == "Jess Tran"


@pytest.mark.parametrize(
    ("text", "start", "content"),
    [
        (
            "He said the plant would prove that reactors could be built on time, a claim the "
            "industry has struggled to back up for decades.",
            "the plant",
            "the plant would prove that reactors could be built on time",
        ),
        (
            'Whitfield posted on Instagram that the academy "only notices hip-hop when it needs '
            'ratings," a message that was liked more than two million times.',
            "that the academy",
            'that the academy "only notices hip-hop when it needs ratings,"',
        ),
    ],
)
def test_the_writers_summary_of_the_words_is_no_part_of_them(nlp, text, start, content):
    assert one(nlp, text, start)["text"] == content


def test_the_organisers_are_the_body_introduced_as_organisers(nlp):
    text = (
        "Organisers Vlaamse Wielerevents said prize money would be equal from next year.\n\n"
        "According to the organisers, a record crowd of about 180,000 lined the route."
    )
    found = result(nlp, text)
    assert entity(found, "Vlaamse Wielerevents")["type"] == "ORG"
    assert one(nlp, text, "a record crowd")["speaker"]["name"] == "Vlaamse Wielerevents"


def test_a_name_the_parser_read_as_an_adverb_before_its_kind_is_an_organisation(nlp):
    text = (
        "Tunely, the second-largest streaming service in North America, disputed that "
        "conclusion. In a statement, the company said it had paid more than $9 billion to "
        "rights holders last year."
    )
    found = result(nlp, text)
    assert entity(found, "Tunely")["type"] == "ORG"
    assert one(nlp, text, "it had paid")["speaker"]["name"] == "Tunely"


def test_the_librarian_is_the_anonymous_librarian_not_the_board_chair(nlp):
    text = (
        "Board chair Denise Poteet said the district would not comment on pending litigation.\n\n"
        "A district librarian, who spoke on condition of anonymity, said employees had been "
        'told to box up the books.\n\n"We were given a list of titles and a deadline," the '
        "librarian said."
    )
    assert one(nlp, text, "We were given")["speaker"]["name"] == "a district librarian"


def test_a_quote_after_a_sentence_about_an_untagged_surname_is_theirs(nlp):
    text = (
        "Mei-Lin Carver stopped showing at fashion week in 2019.\n\n"
        "Fashion Council chair Robert Faleolo told a radio station at the time that designers "
        'who skipped the week were "pulling up the ladder". Asked about Carver this month, '
        'Faleolo said the industry had "learned a lot".\n\n'
        'Carver laughs when the radio interview comes up. "Rob and I are fine. We had a coffee '
        'about it."'
    )
    assert one(nlp, text, "Rob and I")["speaker"]["name"] == "Mei-Lin Carver"


def test_a_lede_whose_cue_closes_it_after_a_second_subject_is_reported(nlp):
    text = (
        "A fire swept through one of the world's largest refugee camps on Sunday night, "
        "destroying about 800 shelters and leaving more than 5,000 refugees without a roof, "
        "camp officials said."
    )
    q = one(nlp, text, "A fire swept")
    assert q["speaker"]["name"] == "camp officials" and is_quote(q)
    assert q["text"].endswith("without a roof")


def test_the_charity_in_the_lede_is_the_one_the_next_paragraph_names(nlp):
    text = (
        "Aid convoy attacked in eastern Congo\n\n"
        "GOMA, Democratic Republic of Congo, Aug 3 – Gunmen attacked a humanitarian convoy "
        "north of Goma on Saturday, killing two drivers, the charity that organised the convoy "
        "said.\n\nThe convoy, run by the Congolese charity Solidarité Santé Kivu, was travelling "
        "to a camp near Rutshuru when it came under fire, the charity said in a statement."
    )
    q = one(nlp, text, "Gunmen attacked")
    assert q["speaker"]["name"] == "Solidarité Santé Kivu"
    assert q["text"].endswith("killing two drivers")


def test_what_was_admitted_opens_with_its_gerund(nlp):
    text = (
        "Severn Vale Water admitted breaching its environmental permit at the Otterbrook "
        "treatment works in August 2022."
    )
    q = one(nlp, text, "breaching")
    assert q["text"].startswith("breaching its environmental permit")
    assert q["speaker"]["name"] == "Severn Vale Water"


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_spokesman_is_not_a_partys_spokesperson_named_paragraphs_later(nlp, gap):
    text = gap.join(
        [
            "The Pensions Authority confirmed it had opened an inquiry into the fund.",
            'A spokesman said the authority "takes seriously any situation where benefits may '
            'be at risk" but would not comment further.',
            "Members met on Tuesday.",
            "The fund has 4,000 members.",
            "Declan Furlong, Labour's spokesperson on pensions, said the regulator was too slow.",
        ]
    )
    assert (
        one(nlp, text, "the authority")["speaker"]["name"]
        == "a spokesman for the Pensions Authority"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Some in the industry say the regulator has been too slow.", "some in the industry"),
        ("Those close to him said the minister would not resign.", "Those close to him"),
        ("Many in the party said the leader should stand down.", "many in the party"),
    ],
)
def test_some_of_them_are_named_with_the_words_that_say_who(nlp, text, name):
    (q,) = result(nlp, text)["quotes"]
    assert q["speaker"]["name"] == name


def test_she_after_an_organisations_sentence_stands_for_the_woman_named_just_before(nlp):
    text = (
        "BENGALURU - Meera Iyer does not look like someone who spent most of last year trying "
        "to save her company.\n\n"
        "Iyer says the trouble began when one of Payloop's banking partners closed the "
        "accounts the company used to pay out rupees. Without them, Payloop could not settle "
        "transactions.\n\n"
        '"For twenty days we were a payments company that could not make payments," she says.'
    )
    found = result(nlp, text)
    assert one(nlp, text, "For twenty days")["speaker"]["name"] == "Meera Iyer"
    assert entity(found, "Payloop")["type"] != "PERSON"


def test_a_name_of_two_words_opening_a_fuller_name_in_the_body_is_that_person(nlp):
    text = (
        "Everest guide to lead all-women team\n\n"
        "At 5 a.m., before the first yaks are loaded in the village of Thame, Nima Doma Sherpa "
        "is already on the phone. Three of her guides are on Ama Dablam.\n\n"
        "Nima Doma, 38, is one of only a handful of women in Nepal to hold the full "
        "international mountain guide certificate.\n\n"
        "Nima Doma says she hears such requests regularly, and has a standard reply.\n\n"
        "Rob Calabrese has set up a website called “Cape Breton If Donald Trump Wins” for "
        "Americans. Donald Trump said nothing."
    )
    found = result(nlp, text)
    assert one(nlp, text, "she hears")["speaker"]["name"] == "Nima Doma Sherpa"
    assert entity(found, "Nima Doma Sherpa")["count"] == 3
    assert entity(found, "Donald Trump")["type"] == "PERSON"


def test_an_exchange_is_an_organisation_and_its_kind_before_its_name_is_no_part_of_it(nlp):
    text = (
        'Major exchange Kestrel says it has suspended deposits of NovaUSD. "This is a '
        'precautionary measure to protect users," the exchange said in a notice on its '
        "website."
    )
    assert one(nlp, text, "it has suspended")["speaker"]["name"] == "Kestrel"
    assert one(nlp, text, "This is a precautionary")["speaker"]["name"] == "Kestrel"


def test_an_unnamed_source_set_off_after_an_opening_phrase_speaks_not_whom_it_wrote_to(nlp):
    text = (
        "In an emailed reply to Reuters, a spokesperson for the Cruise Lines Association of the "
        'Mediterranean said its members "share the goal of sustainable tourism" and would '
        'work with the municipality "to ensure a smooth experience for passengers."'
    )
    speaker = one(nlp, text, "its members")["speaker"]
    assert speaker["name"] == (
        "a spokesperson for the Cruise Lines Association of the Mediterranean"
    )


def test_the_architect_is_the_architect_named_before(nlp):
    text = (
        "The decision is a blow to developer Ashgrove Estates, which had planned 280 homes "
        "designed by the architect Callum Reid-Hartley.\n\n"
        "The architect was more conciliatory. In a post on LinkedIn, Reid-Hartley wrote that "
        'the design team would "go back to the drawing board and listen harder".\n\n'
        '"We got the massing wrong on the southern edge," the architect told this newspaper.'
    )
    assert one(nlp, text, "We got the massing")["speaker"]["name"] == "Callum Reid-Hartley"


def test_one_met_in_passing_is_not_named_by_a_description_paragraphs_on(nlp):
    text = (
        "Trump was defensive when forced to defend not paying an architect who said he was "
        "stiffed after he designed a clubhouse at one of his golf courses.\n\n"
        "The debate turned to taxes.\n\n"
        "Clinton pressed her case on trade.\n\n"
        '"I think when Trump is out there, voters notice," said Dale Ferris, the architect of '
        "the 2008 campaign."
    )
    assert one(nlp, text, "he was stiffed")["speaker"]["name"] == "an architect"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "According to the notice, one employee told investigators that she had raised "
            'concerns with senior management "on at least six occasions".',
            "that she had raised",
            "one employee",
        ),
        (
            "The Lakeshore Children's Cancer Fund raised $19 million. A quick note on the money: "
            "the fund says 84 cents of every dollar raised goes to research grants, according "
            "to its latest annual filing.",
            "84 cents",
            "Lakeshore Children's Cancer Fund",
        ),
    ],
)
def test_a_record_an_according_to_gives_does_not_speak_for_the_one_it_records(
    nlp, text, start, speaker
):
    assert one(nlp, text, start)["speaker"]["name"] == speaker


def test_one_of_them_described_in_apposition_is_named_by_the_description(nlp):
    text = (
        "Lindgren rarely spoke to reporters, but several friends did. One of them, a longtime "
        'business associate, said Lindgren "felt humiliated".'
    )
    speaker = one(nlp, text, "Lindgren")["speaker"]
    assert speaker["name"] == "a longtime business associate"


def test_the_company_is_the_one_introduced_so_beyond_the_window_not_a_capital_in_a_report(nlp):
    filler = " ".join(["The debate in the chamber lasted for most of the afternoon."] * 12)
    text = (
        "The Inatsisartut voted in favour of the Kuannersuit North project, developed by the "
        "Australian-Greenlandic company Arnaq Minerals.\n\n"
        "A company spokeswoman, Pipaluk Rosing, said by email that the firm was listening.\n\n"
        f"{filler}\n\n"
        "A Danish foreign ministry official said Copenhagen was nonetheless watching "
        '"very carefully" how the uranium would be exported.\n\n'
        "Construction could begin as early as 2028, the company said."
    )
    assert one(nlp, text, "Construction could")["speaker"]["name"] == "Arnaq Minerals"


def test_a_name_before_the_kind_of_organisation_after_a_noun_of_its_field_is_one(nlp):
    text = (
        "Rosatom, the state nuclear corporation that manages the route, has presented a "
        "different picture. In a statement published on its website in October, the company "
        'said cargo volumes had reached "a new historic record".'
    )
    found = result(nlp, text)
    assert entity(found, "Rosatom")["type"] == "ORG"
    assert one(nlp, text, "cargo volumes")["speaker"]["name"] == "Rosatom"


def test_she_after_a_name_before_a_verb_read_as_a_plural_noun_is_that_name(nlp):
    text = (
        "Aoife Brennock, perched on a plastic chair with a flask of tea, does not seem to "
        "notice the cold.\n\n"
        "Not everyone agrees. Helen Marchbank, the former director of the Northern Dance "
        'Network, said in a recent lecture that dance funding had held up "better than most '
        'people realise".\n\n'
        "Brennock shrugs when this is put to her. \"Helen's lovely and she knows the numbers "
        'better than I do," she says.'
    )
    assert one(nlp, text, "Helen's lovely")["speaker"]["name"] == "Aoife Brennock"


def test_a_clerk_of_the_course_before_a_name_is_the_named_persons_role(nlp):
    text = (
        "Racing at Ashbury Park was abandoned on Monday. Clerk of the course Fiona Latchford "
        'said the track was "unraceable in places".'
    )
    assert one(nlp, text, "the track")["speaker"]["name"] == "Fiona Latchford"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Xylella was confirmed at a nursery in Devon, the Plant Health Inspectorate said on "
            "Monday. In a statement, the inspectorate said all host plants on the nursery would "
            "be destroyed.",
            "all host plants",
            "Plant Health Inspectorate",
        ),
        (
            "The Royal Guild of Gardeners runs the show. The guild said it was opening extra "
            "vents in the marquee.",
            "it was opening",
            "Royal Guild of Gardeners",
        ),
    ],
)
def test_an_inspectorate_and_a_guild_are_organisations_their_nouns_take_up(
    nlp, text, start, speaker
):
    assert one(nlp, text, start)["speaker"]["name"] == speaker


def test_an_untagged_first_name_no_english_word_before_foreign_surnames_opens_the_name(nlp):
    text = (
        "KAUTOKEINO, Norway - Before dawn in late October, Áslat Máhtte Sara stands on a ridge "
        'above the plateau and points at a row of red lights. "They came without asking," Sara '
        "said. Ali trained at the 5th Street Gym, a student of Hall of Famer Angelo Dundee."
    )
    found = result(nlp, text)
    assert one(nlp, text, "They came")["speaker"]["name"] == "Áslat Máhtte Sara"
    assert entity(found, "Angelo Dundee")["type"] == "PERSON"


def test_he_in_a_live_blogs_entry_is_first_one_named_in_that_entry(nlp):
    text = (
        "Live: Stavanger chess, final round\n\n"
        "18:20 – Li Xiaoran has lost to Eivind Haugland.\n\n"
        "18:35 – The Armenian Chess Federation has posted congratulations on Facebook. Its "
        "president, Gagik Hovhannisyan, wrote that the whole country had been following the "
        "game.\n\n"
        "18:50 – Reaction from Li. Speaking through an interpreter, he said he was disappointed "
        "but proud of how he had defended in the final round."
    )
    assert one(nlp, text, "he was disappointed")["speaker"]["name"] == "Li Xiaoran"


def test_the_description_after_one_kept_unnamed_by_request_names_no_one_named_before(nlp):
    text = (
        "Margaret Ackroyd, who chairs the parish council, organised the fundraising drive.\n\n"
        "Ackroyd's committee raised £86,000, including a single donation of £20,000 from a "
        "former resident now living in Canada who asked not to be named. In a handwritten "
        'letter read out at the reopening, the donor wrote that they had "had their first '
        "pint\" at the Shepherd's Rest."
    )
    assert one(nlp, text, "that they had")["speaker"]["name"] == "the donor"


def test_an_organisations_initials_read_as_an_adjective_give_the_spokeswomans_affiliation(nlp):
    text = (
        "Several licensed exchanges say they struggled for months to open corporate accounts, "
        "despite public encouragement from the Hong Kong Monetary Authority. An HKMA "
        'spokeswoman said banks were expected to take "a risk-based approach".'
    )
    speaker = one(nlp, text, "banks were expected")["speaker"]
    assert speaker["affiliation"]["name"] == "Hong Kong Monetary Authority"


def test_a_briefs_dateline_far_down_is_no_part_of_the_speakers_name(nlp):
    item = "The annual resupply voyage was delayed by two weeks because of thick sea ice. " * 8
    text = (
        "POLAR BRIEFS: Station resupply delayed, mine to close\n\n"
        f"HOBART - {item}\n\n"
        "LONGYEARBYEN - Store Norske, the state-owned company that operates Mine 7 near "
        "Longyearbyen, confirmed on Thursday that the mine would close in the autumn of 2027."
    )
    speaker = one(nlp, text, "that the mine would close")["speaker"]
    assert speaker["name"] == "Store Norske"


def test_his_office_is_the_persons_not_an_office_named_before(nlp):
    text = (
        "The Office of the United States Trade Representative announced new tariffs on French "
        "wine on Monday. French trade minister Paul Rémond called the move unjustified. Rémond "
        "believes that a negotiated solution is still possible before March, his office said."
    )
    assert one(nlp, text, "Rémond believes")["speaker"]["name"] == "Paul Rémond's office"


def test_the_name_closing_two_roles_joined_by_and_is_the_speaker(nlp):
    text = (
        "Critic Richard Ashcombe resigned on Monday. The writer and Master of Wine Olivia Trent "
        'said on X that the affair was "a terrible day for wine criticism".'
    )
    assert one(nlp, text, "that the affair")["speaker"]["name"] == "Olivia Trent"


def test_the_government_is_no_association_whose_name_holds_the_word(nlp):
    text = (
        "The Local Government Association warned that councils lacked planners. The changes "
        "will be set out in a revised planning framework, the government said."
    )
    assert one(nlp, text, "The changes")["speaker"]["name"] != "Local Government Association"


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("Cellist", "Min-seo Kang"),  # the recogniser misses the name
        ("Flautist", "Ji-woo Lee"),  # tags "Flautist Ji-woo" and "Lee" apart
        ("Cellist", "Hye-won Cho"),  # takes "won" for a verb
    ],
)
def test_a_role_or_maestro_before_a_name_is_no_part_of_it(role, name):
    text = (
        f"{role} {name}, who joined the quartet last year, said she had not expected a strike "
        'so soon. "I came for the music," she said.\n\n'
        "Maestro Benedetto Ruggeri, 71, said the players deserved better."
    )
    result = extract(text, load_nlp())
    names = [q["speaker"]["name"] for q in result["quotes"]]
    assert names == [name, name, "Benedetto Ruggeri"], names
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people == {name, "Benedetto Ruggeri"}, people


@pytest.mark.parametrize("charity", ["Quiet Road", "Final Journey"])
def test_according_to_a_comparison_published_by_a_named_body_names_the_body(charity):
    text = (
        "The council's burial fees are now among the highest in the county, according to a "
        f"comparison published by the funeral advice charity {charity}."
    )
    quotes = extract(text, load_nlp())["quotes"]
    assert [q["speaker"]["name"] for q in quotes] == [charity], quotes


@pytest.mark.parametrize(
    ("lede", "name"),
    [
        ("the sector's trade body said on Tuesday", "Independent Grocers Association"),
        ("The country's largest shopworkers' union said", "Federated Shopworkers' Union"),
    ],
)
def test_a_wire_ledes_description_is_the_body_the_next_paragraph_names(lede, name):
    text = (
        "LONDON (Reuters) - Corner shops are struggling to stock basic medicines, " + lede + ".\n\n"
        f"The {name} said more than 600 of its members had reported shortages."
    )
    quotes = extract(text, load_nlp())["quotes"]
    assert [q["speaker"]["name"] for q in quotes] == [name, name], quotes


def test_her_management_speaks_for_her_and_is_named_as_hers():
    text = (
        "Finnish snowboarder Veera Aaltonen has torn a knee ligament in training.\n\n"
        "Aaltonen will miss next week's X Games and the rest of the season, her management said "
        "on Thursday."
    )
    quotes = extract(text, load_nlp())["quotes"]
    assert [q["speaker"]["name"] for q in quotes] == ["Veera Aaltonen's management"], quotes
    assert quotes[0]["speaker"]["entity_id"] is None


def test_the_press_release_is_the_joint_press_release_not_the_release_a_person_spoke_in():
    text = (
        "In a joint press release, the two companies said the deal would run for five years.\n\n"
        '"We are giving them the time to make the shows they want," Lumaflix\'s content chief, '
        "Bernadette Quill, said in the release.\n\n"
        "According to the press release, the first series will be directed by Ayane Kuroda."
    )
    quotes = extract(text, load_nlp())["quotes"]
    directed = [q for q in quotes if "directed" in q["text"]]
    assert [q["speaker"]["name"] for q in directed] == ["the two companies"], quotes


def test_a_he_in_what_she_said_does_not_outweigh_the_she_who_opens_the_next_sentence():
    text = (
        "Dr Lowenna Hoskin, the retired GP who shared patients with him for two decades, said he "
        'had been "a second line of defence" for the practice. She recalled that he once '
        "refused to sell a child cough medicine until he had phoned the mother."
    )
    quotes = extract(text, load_nlp())["quotes"]
    assert [q["speaker"]["name"] for q in quotes] == ["Lowenna Hoskin"] * 2, quotes


def test_her_husband_is_the_one_man_named_with_her_surname():
    text = (
        "Foster carers Samuel and Ruth Adeyemi won the community award on Friday.\n\n"
        "Ruth Adeyemi said they had cared for 43 children since 1998. Her husband added that "
        "some of those children were in the audience. Their son, Daniel Adeyemi, cheered."
    )
    quotes = extract(text, load_nlp())["quotes"]
    added = [q for q in quotes if q["cue"]["text"] == "added"]
    assert [q["speaker"]["name"] for q in added] == ["Samuel Adeyemi"], quotes


@pytest.mark.parametrize(
    ("topic", "name"),
    [("For Oduya", "Margaret Oduya"), ("For librarians like Oduya", "Margaret Oduya")],
)
def test_a_sentence_opening_for_someone_makes_them_the_one_a_she_after_it_stands_for(topic, name):
    text = (
        "Margaret Oduya has run the Elm Park library for nineteen years. The commission chair, "
        "Janet Lyle, said the vote was final.\n\n"
        f"{topic}, the vote was not the end.\n\n"
        '"Every day I remember why I\'m here," she said.'
    )
    quotes = extract(text, load_nlp())["quotes"]
    said = [q for q in quotes if q["text"].startswith("Every day")]
    assert [q["speaker"]["name"] for q in said] == [name], quotes


def test_an_organisations_name_set_off_after_a_closing_according_to_source_is_the_source():
    text = (
        "The folio has been valued at about $1.8 million, according to the auction house, "
        "Beckwith & Lowe."
    )
    quotes = extract(text, load_nlp())["quotes"]
    assert [(q["speaker"]["name"], q["text"]) for q in quotes] == [
        ("Beckwith & Lowe", "The folio has been valued at about $1.8 million")
    ]


def test_fr_is_a_priests_title_no_part_of_his_name():
    text = (
        "Local historian Fr Declan Moran, who is writing a history of the parish, said the "
        'postman was "the last of a kind".\n\n'
        '"He knew every household by name," Fr Moran said.'
    )
    result = extract(text, load_nlp())
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Declan Moran"] * 2
    assert {e["name"] for e in result["entities"] if e["type"] == "PERSON"} == {"Declan Moran"}


def test_a_contender_named_after_the_word_is_a_person_whatever_the_recogniser_says():
    text = (
        "The fighters themselves are divided. Former champion Lena Hoffmann wrote in a column "
        'that she had cut "stupid, dangerous amounts" throughout her career.\n\n'
        "But current featherweight contender Tyrell Banks, who typically walks around at 170 "
        "pounds and fights at 145, said he was opposed. \"It's part of the sport. Everybody knows "
        "what they're signing up for,\" he said in a podcast interview."
    )
    result = extract(text, load_nlp())
    banks = [
        q["speaker"]["name"] for q in result["quotes"] if "Hoffmann" not in q["speaker"]["name"]
    ]
    assert banks == ["Tyrell Banks"] * 2, result["quotes"]


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        # the asker, named only by a role, does not answer
        (
            "Stuart Finnegan, the clerk of the course, said the corner had been inspected.\n\n"
            "Asked by the coroner whether additional protection could have been fitted, he "
            'replied: "With hindsight you always look at what more could have been done."',
            "With hindsight",
            "Stuart Finnegan",
        ),
        # nor the one the question asks about
        (
            'Marisa Tomei backs Sanders. "I think Bernie would encourage people," she said.\n\n'
            "Asked about her own vote in the event that Hillary Clinton faces Donald Trump, she "
            'replied: "I don\'t know."',
            "I don't know",
            "Marisa Tomei",
        ),
        # the one asked, the subject of "was asked", answers
        (
            "When Robby Mook, Clinton's campaign manager, was asked during a lunch if Clinton "
            'would hold a press conference, he laughed and said, "We\'ll see."',
            "We'll see",
            "Robby Mook",
        ),
        # a name the NER ran into the place before the comma
        (
            "Warwick Pettigrew faced the media on Friday. Asked whether he had been given an "
            'ultimatum after the 4-0 loss to Adelaide, Pettigrew replied: "No. There was no '
            'ultimatum."',
            "No. There was",
            "Warwick Pettigrew",
        ),
    ],
)
def test_the_one_asked_answers_not_the_asker_nor_who_was_asked_about(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name
    assert all("," not in e["name"] for e in result(nlp, text)["entities"])


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        (
            "Callum Hollis, 31, died at the circuit in May. Mr Hollis's wife, Rebecca, said: "
            '"Callum lived for his racing."',
            "Rebecca Hollis",
            "Rebecca Hollis",
        ),
        (
            'Jai Pemberton is back on his bike. His mother, Leanne, said: "He was a shocking '
            'patient."',
            "Leanne Pemberton",
            "Leanne Pemberton",
        ),
        # a fiancée need not share his surname
        (
            'Jai Pemberton is back on his bike. His fiancée, Leanne, said: "He was a shocking '
            'patient."',
            "Jai Pemberton's fiancée, Leanne",
            "Leanne",
        ),
    ],
)
def test_a_relation_named_by_a_given_name_has_the_family_surname(nlp, text, name, person):
    found = result(nlp, text)
    (q,) = [q for q in found["quotes"] if is_quote(q) and q["speaker"]]
    assert q["speaker"]["name"] == name
    assert entity(found, person)["name"] == person  # the entity has the fuller name too


def test_an_agency_credited_with_no_place_before_it_is_no_speaker(nlp):
    text = (
        "(Reuters) - Norland Pharmaceuticals said on Monday its experimental drug helped "
        "patients lose weight."
    )
    assert one(nlp, text, "its experimental drug")["speaker"]["name"] == "Norland Pharmaceuticals"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mother of four Kylie Brennan-Tuala said her family already filled its red bin "
            "every week.",
            "Kylie Brennan-Tuala",
        ),
        (
            "Nevada County Supervisor Hardeep Sandhu said the county would ask the state for help.",
            "Hardeep Sandhu",
        ),
        (
            'Readers wrote in all week. Reader Ailsa from Dennistoun writes: "Our bins were '
            'overflowing before the strike."',
            "Ailsa",
        ),
        # a peer's or a judge's title before one name is how they are named
        ("Lord Ardmillan told jurors they must not discuss the case.", "Lord Ardmillan"),
    ],
)
def test_words_before_a_name_that_are_no_part_of_it_or_are(nlp, text, name):
    found = result(nlp, text)
    (q,) = found["quotes"]
    assert q["speaker"]["name"] == name
    assert entity(found, name)["type"] == "PERSON"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (  # hearsay in the passive names no one who said it
            "Kasper Holm faces a hearing over the incident in which he is alleged to have "
            "impeded Haddad in qualifying.",
            "to have impeded",
            None,
        ),
        (  # one who claims something says it
            "Nearby stood Ana Ruiz, who claimed to be undecided.",
            "to be undecided",
            "Ana Ruiz",
        ),
    ],
)
def test_hearsay_in_the_passive_has_no_speaker(nlp, text, start, name):
    speaker = one(nlp, text, start)["speaker"]
    assert (speaker or {}).get("name") == name


def test_a_body_named_after_its_kind_is_no_spokespersons_name(nlp):
    result = extract(
        "A spokeswoman for the photo-sharing app Pinwheel said the company had removed "
        "420,000 accounts.",
        nlp,
    )
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types.get("Pinwheel") == "ORG"
    speaker = result["quotes"][0]["speaker"]
    assert speaker["name"] == "a spokeswoman for Pinwheel"
    assert speaker["affiliation"]["name"] == "Pinwheel"


def test_a_first_name_the_ner_ran_an_offices_field_into_opens_the_name(nlp):
    result = extract(
        "Minister of State for Digital Affairs Anjali Deshmukh-Rao, speaking in New Delhi, "
        'said: "Technology must serve citizens." She later posted on X: "No platform is '
        'above the law."',
        nlp,
    )
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Anjali Deshmukh-Rao"] * 2
    assert "Digital Affairs Anjali" not in {e["name"] for e in result["entities"]}


def test_a_description_with_nouns_of_its_own_is_no_body_of_another_kind(nlp):
    result = extract(
        "The National Fire Service said 300 firefighters were deployed.\n\nThe national "
        "weather service said the winds would ease on Saturday. The Fire Service said crews "
        "would rest.",
        nlp,
    )
    names = [q["speaker"]["name"] for q in result["quotes"]]
    assert names == [
        "National Fire Service",
        "the national weather service",
        "National Fire Service",
    ]


def test_whose_submission_and_a_bodys_briefing_note_speak_for_the_body(nlp):
    result = extract(
        "Westmarch County Council runs the ferry. Services could be restored as a stop-gap, "
        "according to a council briefing note.\n\nThe Cornwall Wildlife Heritage Trust, "
        'whose written submission described the planting as "a token gesture", opposed it.',
        nlp,
    )
    names = {q["speaker"]["mention"]["text"]: q["speaker"]["name"] for q in result["quotes"]}
    assert names["whose written submission"] == "Cornwall Wildlife Heritage Trust"
    assert names["a council briefing note"] in ("the council", "Westmarch County Council")


def test_a_statement_from_the_observatory_is_the_observatorys(nlp):
    result = extract(
        "Astronomers at Cerro Alto Observatory have found a planet. It completes an orbit every "
        "3.2 days, according to a statement from the observatory.",
        nlp,
    )
    q = next(q for q in result["quotes"] if q["text"].startswith("It completes"))
    assert q["speaker"]["name"] == "Cerro Alto Observatory"


@pytest.mark.parametrize(
    "introduction",
    [
        "Sam Verhoeven-Osei, a Kindred user from Rotterdam who was one of the complainants, said "
        "they had discovered the data sharing after asking for a copy of their records.",
        "Its director, Alex Moreno-Tupa, who uses they/them pronouns, has spent a decade mapping "
        "the region's streams.",
    ],
)
def test_a_person_the_article_calls_they_speaks_after_they_said(nlp, introduction):
    text = (
        "Kindred was fined on Monday. The firm said it would appeal.\n\n"
        + introduction
        + '\n\n"I felt sick," they said.'
    )
    q = next(q for q in extract(text, nlp)["quotes"] if q["text"].startswith("I felt sick"))
    assert q["speaker"]["name"] in ("Sam Verhoeven-Osei", "Alex Moreno-Tupa")


def test_they_after_a_woman_s_report_is_no_singular_they(nlp):
    text = (
        "Hillary Clinton said they had won the state. The campaign staff cheered.\n\n"
        '"We did it," they said.'
    )
    q = next(q for q in extract(text, nlp)["quotes"] if q["text"].startswith("We did it"))
    assert (q["speaker"] or {}).get("name") != "Hillary Clinton"


@pytest.mark.parametrize(
    ("named", "described", "name"),
    [
        ("Glenmorrach Estate put up the fence in May.", "The estate", "Glenmorrach Estate"),
        (
            "Cedar Basin National Park closed the trail on Monday.",
            "The park",
            "Cedar Basin National Park",
        ),
        (
            "The Wildlife Protection Directorate seized the ivory.",
            "The directorate",
            "Wildlife Protection Directorate",
        ),
        ("The RCMP said it charged the man on Friday.", "The detachment", "RCMP"),
    ],
)
def test_a_bodys_kind_with_the_stands_for_the_body(nlp, named, described, name):
    text = f"{named} Rangers were at the scene.\n\n{described} said the area would stay closed."
    q = next(q for q in extract(text, nlp)["quotes"] if q["text"].startswith("the area"))
    assert q["speaker"]["name"] == name


def test_a_name_with_a_capital_inside_set_beside_a_role_keeps_its_first_name(nlp):
    result = extract("Local councillor Aileen MacSween said the fence was a disgrace.", nlp)
    assert result["quotes"][0]["speaker"]["name"] == "Aileen MacSween"


def test_the_person_set_off_after_a_bodys_role_speaks_not_the_body(nlp):
    result = extract(
        "The Department of Conservation's operations manager for the region, Rāwiri Te Whata, "
        "said the track would reopen in March.",
        nlp,
    )
    assert result["quotes"][0]["speaker"]["name"] == "Rāwiri Te Whata"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "At a news conference, the agency's regional director general for Quebec, Geneviève "
            "Tremblay-Lavoie, said the recoveries were the result of a joint task force.",
            "Geneviève Tremblay-Lavoie",
        ),
        (
            "The bureau's vice-president for investigative services, Anthony Di Sabatino, said "
            'the figures were "a national crisis" that was driving up premiums.',
            "Anthony Di Sabatino",
        ),
    ],
)
def test_the_name_commas_set_off_after_a_role_right_before_the_verb_speaks(nlp, sentence, name):
    assert extract(sentence, nlp)["quotes"][0]["speaker"]["name"] == name


def test_a_participle_opening_the_sentence_is_no_speaker(nlp):
    text = (
        "The Abbey opened its new production on Tuesday.\n\nWriting in the Irish Chronicle, "
        'chief theatre critic Declan Farrelly called the show "the most exciting thing to happen '
        'on the Abbey stage in a decade".'
    )
    q = one(nlp, text, "the show")
    assert q["speaker"]["name"] == "Declan Farrelly"


def test_an_unnamed_person_set_off_after_an_opening_place_speaks(nlp):
    text = (
        "Chief Jotham Kalsrap said the funds had not arrived.\n\nOn Ambae, a mother of four in "
        "the village of Lolowai told the Daily Post by phone that her family had received one "
        'tarpaulin.\n\n"We are not asking for much," she said.'
    )
    found = result(nlp, text)
    told = one(nlp, text, "that her family")
    said = one(nlp, text, "We are not asking")
    assert told["speaker"]["name"] == "a mother of four in the village of Lolowai"
    assert said["speaker"]["name"] == told["speaker"]["name"]
    assert entity(found, "Ambae")["type"] == "GPE"


@pytest.mark.parametrize(
    ("text", "reported", "start", "name"),
    [
        (
            "Róisín Fitzmaurice, the party's housing spokeswoman, said the figures were "
            "shameful.\n\nBack on the canal bank, a volunteer with the soup run, who did not want "
            "to give her name, said the number of people relying on the service had doubled. "
            "‘We used to bring forty breakfasts,’ she said.",
            "the number of people",
            "We used to bring",
            "a volunteer with the soup run",
        ),
        (
            "Siobhan Gallagher-Reid said the harvest was the biggest yet.\n\nA local volunteer "
            "helping to sort grapes at the winery, who did not want to be named, said the mood "
            "had never been better. “Everyone’s tired, but nobody is complaining,” she said.",
            "the mood",
            "Everyone’s tired",
            "a local volunteer",
        ),
        (
            "Leung Chi-ho, a collector from Hong Kong, bought the top lot. He said he was "
            "delighted.\n\nOne London merchant, who asked not to be named because he does "
            "business with the auction house, said buyers had been cherry-picking. ‘Strip out "
            "the top thirty lots and it looks like a perfectly ordinary sale,’ he said.",
            "buyers had been",
            "Strip out",
            "One London merchant",
        ),
        (
            "Lloyd Bartley believes the state will help.\n\nBack in Savanna-la-Mar, Brissett's "
            "neighbor, a retired teacher who asked not to be named, said the community had "
            'stopped waiting for the state. "We fix what we can fix ourselves," he said.',
            "the community had",
            "We fix what",
            "a retired teacher",
        ),
    ],
)
def test_he_or_she_after_an_unnamed_person_is_that_person(nlp, text, reported, start, name):
    assert one(nlp, text, reported)["speaker"]["name"] == name
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_the_kind_of_person_met_earlier_unnamed_is_no_one_named(nlp):
    text = (
        "In Holetown, a bartender who has worked at the same beach bar for 22 years said her "
        "rent had doubled since 2021.\n\nEleanor Whitcombe, a graphic designer from Bristol, "
        "said she had no plans to leave. ‘I thought I’d stay three months,’ she said.\n\nBack "
        "in Holetown, the bartender is pragmatic about it all. ‘Tourism built this island,’ she "
        "said."
    )
    assert one(nlp, text, "Tourism built")["speaker"]["name"] == "the bartender"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The eruption forced the evacuation of the fishing town of Grindavík. One resident "
            "said she would never go back to Grindavík.",
            "Grindavík",
            "GPE",
        ),
        ("Hurricane Idris flattened much of the island, officials said.", "Idris", "EVENT"),
        (
            "She runs Villaseñor Family Vineyards with her two brothers.",
            "Villaseñor Family Vineyards",
            "ORG",
        ),
        ("Fishers sail as far as the Minerva Reefs.", "Minerva Reefs", "FAC"),
        (
            "Justice Marguerite Ouellet wrote that the city had not shown enough beds were free.",
            "Marguerite Ouellet",
            "PERSON",
        ),
        (
            "Marko Đurić-Vasić, who leads the small Green-Left Front, said the vote was rigged.",
            "Marko Đurić-Vasić",
            "PERSON",
        ),
    ],
)
def test_places_bodies_storms_and_people_the_tagger_mistyped(nlp, text, name, kind):
    assert entity(result(nlp, text), name)["type"] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nino Beridze, leader of the opposition Unity for Europe party, told the crowd that "
            "the fight was “not over”.\n\n“They passed a law tonight,” Ms Beridze said.",
            "Nino Beridze",
        ),
        (
            "Prime Minister Devendra Maharaj said his government supported free movement.\n\n"
            '"We are not closing the door," Mr. Maharaj told reporters.',
            "Devendra Maharaj",
        ),
    ],
)
def test_a_title_joins_a_surname_to_a_given_name_whose_gender_is_recorded_only_abroad(
    nlp, text, name
):
    found = result(nlp, text)
    assert entity(found, name)["count"] == 2
    assert (
        one(nlp, text, "They passed" if "Nino" in name else "We are not")["speaker"]["name"] == name
    )


def test_the_noun_for_one_who_spoke_before_is_named_by_the_first_description(nlp):
    text = (
        "Others are less relaxed. A Chilean trade negotiator, speaking on condition of anonymity, "
        'said Santiago had proposed a "co-existence" formula. The negotiator said Lima had so far '
        "rejected it."
    )
    q = one(nlp, text, "Lima had")
    assert q["speaker"]["mention"]["text"] == "The negotiator"
    assert q["speaker"]["name"] == "A Chilean trade negotiator"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Energy Minister Hanne Lyngstad visited the site in May. Her ministry said in an email "
            "that the application was still being assessed.",
            "that the application",
            "Hanne Lyngstad's ministry",
        ),
        (
            "The World Bank's president resigned on Monday. The bank's board announced that it "
            "would consider nominations.",
            "that it would",
            "World Bank's board",
        ),
    ],
)
def test_a_body_owned_by_her_or_by_a_body_described_is_named_by_its_owner(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_she_after_one_of_a_bodys_people_who_spoke_is_that_one(nlp):
    text = (
        "The Harbourside Theatre Company has cast Leah Cooper as Prospero. Leah Cooper said she "
        "was thrilled.\n\nAsked whether the row had affected ticket sales, one Harbourside "
        "subscriber, a retired teacher from Balmain, said she had not even heard about it. "
        '"I just want to see a good Tempest," she said.'
    )
    assert one(nlp, text, "she had not even")["speaker"]["name"] == "one Harbourside subscriber"
    assert one(nlp, text, "I just want")["speaker"]["name"] == "one Harbourside subscriber"


def test_a_title_in_marks_stays_in_the_description_of_a_source(nlp):
    text = (
        'Producers of the "Death of a Salesman" revival said in a statement that they were '
        '"thrilled" by the nominations.'
    )
    name = one(nlp, text, "that they were")["speaker"]["name"]
    assert name == 'Producers of the "Death of a Salesman" revival'


def test_the_subject_of_a_verb_joined_to_the_root_speaks_the_quotation_after_it(nlp):
    text = (
        '"People ask me why I don\'t write for films," Vikram Deshpande says during a tea break.'
        '\n\nHe laughs, then grows serious.\n\n"I am not against cinema. Some of my best friends '
        'are in cinema."'
    )
    assert one(nlp, text, "I am not against")["speaker"]["name"] == "Vikram Deshpande"


def test_a_title_in_marks_leaves_the_sentence_before_a_quotation_its_speaker(nlp):
    text = (
        "\u201cThe numbers do not add up,\u201d Oswin Mallory said at the council meeting.\n\n"
        "On \u201cMorning Review,\u201d Brenda Walsh, who chairs the housing committee, singled "
        "out the rent cap. \u201cWe cannot build our way out of this by Christmas.\u201d"
    )
    assert one(nlp, text, "We cannot build")["speaker"]["name"] == "Brenda Walsh"


def test_an_actor_may_be_a_woman(nlp):
    text = (
        "The veteran actor Sulabha Joshi, who plays the sister, has worked with Vikram Deshpande "
        'on nine productions. She described him as "impossible, brilliant and always late".'
    )
    assert one(nlp, text, "him as")["speaker"]["name"] == "Sulabha Joshi"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Amittuq MLA Elisapi Kunnuk said families had run out of patience.",
            "Elisapi Kunnuk",
        ),
        (
            "Interpreter Bec Nguyen-Harris, who has worked in the region for 15 years, said poor "
            "connections made remote interpreting impossible.",
            "Bec Nguyen-Harris",
        ),
        (
            "Igloolik elder Rhoda Ulayuruluk, 77, said she shares a house with three generations.",
            "Rhoda Ulayuruluk",
        ),
        (
            "Director of rugby Hendrik ‘Henk’ Oosthuysen said the union had a zero-tolerance "
            "policy.",
            "Hendrik ‘Henk’ Oosthuysen",
        ),
    ],
)
def test_a_role_or_seat_written_before_a_name_is_no_part_of_it(nlp, text, name):
    assert result(nlp, text)["quotes"][0]["speaker"]["name"] == name


def test_a_nickname_before_a_given_name_of_two_syllables_keeps_the_whole_name(nlp):
    text = (
        'SEOUL — Park "Seraph" Ji-hoon, the mid-laner, retired on Monday. "When I was 17, I '
        'thought I would play for two years," Park told reporters.'
    )
    found = result(nlp, text)
    assert entity(found, "Park Ji-hoon")["count"] == 2
    assert one(nlp, text, "When I was 17")["speaker"]["name"] == "Park Ji-hoon"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Priya Raghunathan, a campaigner, said the law was weak.\n\nOne mother from "
            "Stockport, whose 14-year-old son watches Mr Pike’s channel daily, said she had only "
            "learned about the promotion when her son asked her for a bank card.\n\n“He said, "
            "‘Mum, it’s free,’” she said.",
            "He said",
            "one mother from Stockport",
        ),
        (
            "Lerato Khumalo, an economist, said the figures were grim.\n\nOutside a labour centre "
            "in Soweto, a 26-year-old graduate with a degree in public administration said she "
            'had been looking for work for three years.\n\n"I have applied everywhere," she said.',
            "I have applied",
            "a 26-year-old graduate with a degree in public administration",
        ),
        (
            "Itziar Etxeberria passed the exam last year.\n\nHer colleague on the ward, a nurse "
            "from Burgos, has failed it twice. “I am 58. I will retire before I pass,” she says.",
            "I am 58",
            "Her colleague on the ward",
        ),
        (
            "Coach Jacques van der Westhuizen was banned.\n\nA Springbok legend and former Bulls "
            "captain, who asked not to be named, said the problem had been ignored.\n\n"
            "‘Everybody in the game knows which schools are the worst,’ he said.",
            "Everybody in the game",
            "A Springbok legend and former Bulls captain",
        ),
        (
            "Council leader Tom Ellery-Owen defended the rise.\n\nIn Newport, a pensioner told "
            "the PA news agency she was worried about her bill.\n\n\"I've paid my way all my "
            'life," said the woman, who gave her name only as Margaret.',
            "I've paid",
            "Margaret",
        ),
    ],
)
def test_he_or_she_after_one_described_but_unnamed_is_that_one(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_one_of_a_persons_supporters_is_not_that_person(nlp):
    text = (
        "Hillary Clinton spoke in Ohio. A Clinton ally suggested she would support the trade "
        "deal once in the White House."
    )
    assert one(nlp, text, "she would support")["speaker"]["name"] == "A Clinton ally"


def test_a_partys_role_in_the_next_paragraph_is_another_word_for_the_last_speaker(nlp):
    text = (
        "Deputy First Minister Trevor Gillespie rejected the accusation, saying the guidance had "
        "been rushed.\n\n“Nobody is blocking anything,” the DUP MLA for Strangford told the "
        "Belfast Telegraph."
    )
    assert one(nlp, text, "Nobody is blocking")["speaker"]["name"] == "Trevor Gillespie"


def test_an_owner_with_its_apostrophe_read_as_a_subject_is_no_speaker(nlp):
    text = (
        "Wales’ First Minister has admitted that hospital waiting times are “simply not good "
        "enough”.\n\nEluned Prydderch told the Senedd on Tuesday that the Welsh Government was "
        "“throwing everything” at the longest waits."
    )
    assert one(nlp, text, "that hospital waiting")["speaker"]["name"] == "Eluned Prydderch"


def test_a_second_surname_the_tagger_took_for_a_place_ends_the_name(nlp):
    text = (
        "Catalan schools ordered to teach more Spanish\n\nIts president, Gloria Lagos Medina, "
        "said the Catalan government was wrong."
    )
    assert one(nlp, text, "the Catalan government")["speaker"]["name"] == "Gloria Lagos Medina"


def test_a_maori_elders_title_and_a_business_named_for_events_are_no_names(nlp):
    found = result(
        nlp,
        "Kuia Mereana Pōtae, 84, remembers the river. “The river fed us,” she said. Tournament "
        "organiser Valeska Events said the final was sold out.",
    )
    assert entity(found, "Mereana Pōtae")["type"] == "PERSON"
    assert entity(found, "Valeska Events")["type"] == "ORG"


def test_the_paper_someone_spoke_to_is_no_person_and_accents_keep_a_given_name(nlp):
    text = (
        "Speaking to the Clare Champion this week, Siobhán Daly said the bakery would close. "
        "“Our grandfather built that first oven with his own hands,” she said."
    )
    found = result(nlp, text)
    assert entity(found, "Clare Champion")["type"] == "ORG"
    assert one(nlp, text, "Our grandfather")["speaker"]["name"] == "Siobhán Daly"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Café owner Bilal Qureshi, whose business faces the market, said the move would hurt "
            "trade.",
            "Café",
            "ORG",
        ),
        ("Luis Carmona runs Fade Factory with his daughter.", "Fade Factory", "ORG"),
        (
            "Bat-Erdene Tsogt, the governor of Khanbogd district, said that eleven new wells had "
            "been completed.",
            "Bat-Erdene Tsogt",
            "PERSON",
        ),
    ],
)
def test_a_kind_of_business_before_a_role_and_a_hyphened_given_name(nlp, text, name, kind):
    assert entity(result(nlp, text), name)["type"] == kind


def test_she_after_one_of_a_kind_called_by_a_name_is_that_name(nlp):
    text = (
        "Ife Adebanjo runs the shop. Her most loyal customer, a retired GP called Margaret, says "
        'she buys two books a week "partly out of guilt". "I could get them cheaper online," '
        "she said."
    )
    assert one(nlp, text, "I could get")["speaker"]["name"] == "Margaret"


def test_an_office_in_capitals_is_no_other_office_named_later(nlp):
    text = (
        "Waiting times\n\nWales’ First Minister has admitted that hospital waiting times are "
        "“simply not good enough”.\n\nHealth Secretary Huw Penberthy is expected to publish a "
        "plan next month."
    )
    assert one(nlp, text, "that hospital")["speaker"]["name"] != "Huw Penberthy"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Minister of State for the Gaeltacht Pádraig Ó Dubhghaill insisted progress was being "
            "made.",
            "progress was",
            "Pádraig Ó Dubhghaill",
        ),
        (
            "Ontario exported power worth $1bn last year, according to the province's Independent "
            "Electricity System Operator.",
            "Ontario exported",
            "Independent Electricity System Operator",
        ),
    ],
)
def test_an_offices_field_after_the_and_an_operators_name(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_an_agency_named_by_its_field_and_nation_the_ner_missed_is_the_agency(nlp):
    text = (
        "Four dead after coach overturns on A82 near Glen Arrow\n\nGLEN ARROW, Scotland — Four "
        "people were killed and 23 injured on Sunday evening when a tourist coach left the A82 "
        "and rolled down an embankment about two miles north of Glen Arrow, police "
        "said.\n\nChief Inspector Morag Dunlop of Police Scotland's road policing unit told "
        "reporters at the scene that the driver had been taken to hospital with serious "
        'injuries. "This is a tragic and deeply distressing incident," she said. "Our thoughts '
        "are with the families of those who have died and with everyone who has been "
        'injured."\n\nTransport Scotland said in a statement that it would "work closely with '
        'Police Scotland and support the investigation in every way possible". The agency said '
        "that a safety review of the route had been completed last year."
    )
    found = result(nlp, text)
    assert entity(found, "Transport Scotland")["type"] == "ORG"
    assert one(nlp, text, "that a safety review")["speaker"]["name"] == "Transport Scotland"


def test_the_agency_after_a_post_it_quoted_is_the_body_that_posted(nlp):
    text = (
        "Pileup\n\nSTOCKTON, Calif. — Three people were killed Thursday when more than 60 "
        "vehicles crashed in thick fog, the California Highway Patrol said.\n\nThe crashes "
        "began around 7:20 a.m., according to the CHP.\n\n"
        'The CHP later posted on X: "NB I-5 CLOSED at Mathews Rd due to multi-vehicle '
        'collision. Avoid the area." The agency said that the northbound lanes would remain '
        "closed until at least mid-afternoon."
    )
    found = one(nlp, text, "that the northbound lanes")
    assert found["speaker"]["name"] == "California Highway Patrol"


def test_he_may_be_one_whose_first_name_is_a_womans_in_britain_and_a_mans_abroad(nlp):
    text = (
        "Pensions Minister Jan Verhaegen drew up the reform.\n\nIn an interview with the "
        "newspaper De Morgenpost on Saturday, Verhaegen said he understood the anger but would "
        'not withdraw the bill. "I respect the right to strike," he said.'
    )
    assert one(nlp, text, "I respect")["speaker"]["name"] == "Jan Verhaegen"


def test_a_justice_by_title_and_surname_is_the_justice_named_in_full(nlp):
    text = (
        "AUSTIN — In a unanimous opinion written by Justice Carmen Olivares, the court held "
        'that landowners have a property interest in the groundwater beneath their land.\n\n"Water '
        'is the lifeblood of rural Texas," Justice Olivares wrote.'
    )
    found = result(nlp, text)
    assert one(nlp, text, "Water is")["speaker"]["name"] == "Carmen Olivares"
    assert not [e for e in found["entities"] if e["name"] == "Justice Olivares"]


@pytest.mark.parametrize(
    "text",
    [
        'Verdana defender Massimo Lentini said the club would be "crazy" to sell.',
        "Defender Samuel Okoro will not be sold, the coach said.\n\nFormer Verdana defender "
        'Massimo Lentini, now a pundit, told Sky Sport Italia that the club would be "crazy" to '
        "sell. Lentini believes Okoro can become one of the best centre-backs in the world.",
    ],
)
def test_a_role_read_as_a_verb_before_a_name_is_neither_cue_nor_speaker(nlp, text):
    found = result(nlp, text)
    assert [q["speaker"]["name"] for q in found["quotes"] if "crazy" in q["text"]] == [
        "Massimo Lentini"
    ]
    assert not [q for q in found["quotes"] if q["cue"] and q["cue"]["text"] == "defender"]


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Energy regulator ANRE said in a separate statement that it would publish new rules "
            "by September.",
            "that it would publish",
            "ANRE",
        ),
        (
            "Her follower count had dropped by about 40,000 by Thursday morning, according to "
            "analytics site SocialPulse.",
            "Her follower count",
            "SocialPulse",
        ),
        (
            "State broadcaster CCTV reported that the State Council had dispatched a working "
            "group to the region.",
            "that the State Council",
            "CCTV",
        ),
        (
            "WARSAW — The farmers' union Solidarność RI said it would decide at a meeting on "
            "Saturday whether to resume the blockade.",
            "it would decide",
            "Solidarność RI",
        ),
    ],
)
def test_a_name_right_after_its_kind_names_the_organisation(nlp, text, start, name):
    found = one(nlp, text, start)
    assert found["speaker"]["name"] == name
    assert entity(result(nlp, text), name)["type"] == "ORG"


def test_the_firm_is_no_infirmary_but_the_firm_named_before(nlp):
    text = (
        "Cyclist death\n\nDr. Samantha Okafor, who worked at Bristow Royal Infirmary, was "
        "cycling to an early shift.\n\nCampaign group Safer Streets Bristow, which has recorded "
        "11 serious collisions at the junction since 2017, welcomed the ruling.\n\nThe "
        "haulage firm that employed Mr. Shaw, Westmoor "
        "Aggregates, said in a written statement that it had since upgraded its fleet. The "
        'firm said it "continues to think of Dr. Okafor\'s family every day".'
    )
    assert one(nlp, text, 'it "continues')["speaker"]["name"] == "Westmoor Aggregates"


def test_the_minister_is_the_one_a_title_in_capitals_described_whatever_the_parse(nlp):
    text = (
        "Dutch test for toddlers\n\nBRUSSELS — All children entering the final year of nursery "
        "school in Flanders will be tested on their knowledge of Dutch from September next year, "
        "Flemish Education Minister Katrien Van den Broeck announced on Wednesday.\n\n"
        '"Language is the key that opens every other door," Van den Broeck said.\n\n'
        "Recent international surveys have shown a steady decline in the reading skills of "
        "Flemish pupils. The most recent PIRLS study found that the share of ten-year-olds in "
        "Flanders reaching the advanced reading level had dropped to its lowest point since the "
        "survey began. Teachers' unions have long warned about the shortage of staff in "
        "nursery schools, where classes of more than twenty children are common.\n\n"
        'The minister said the test would be "short, playful and child-friendly" and would be '
        "administered by teachers rather than external examiners."
    )
    assert one(nlp, text, "the test would be")["speaker"]["name"] == "Katrien Van den Broeck"


def test_the_company_is_not_the_firm_an_analyst_quoted_before_works_at(nlp):
    text = (
        "Gene therapy rejected\n\nWASHINGTON — Federal drug regulators on Thursday declined to "
        "approve an experimental gene therapy made by Norvane Therapeutics.\n\nNorvane shares "
        "fell 41 percent in after-hours trading. The company has about $280 million in cash, "
        "chief financial officer Owen Brantley told analysts on a call. He said the company would "
        "cut spending on early research programs to preserve cash.\n\nAnalyst Meera Kapoor of "
        'Garland & Pike said in a note that she saw "a narrow path" to approval if Norvane could '
        "show benefit in a subgroup of younger boys, which the company has highlighted in past "
        'presentations. "But narrow paths take time, and time costs money," she wrote.\n\nThe '
        "company said it expected to provide an update after its meeting with regulators."
    )
    found = one(nlp, text, "it expected to provide")
    assert found["speaker"]["name"] == "Norvane Therapeutics"


def test_a_spokeswoman_speaks_for_the_body_set_off_after_the_subject_before(nlp):
    text = (
        "Swiss voters reject bank plan\n\nThe Swiss financial market supervisor, Finma, declined "
        'to comment on the result. A spokeswoman said the authority "does not take positions on '
        'popular votes."'
    )
    found = one(nlp, text, "the authority")
    assert found["speaker"]["name"] == "a spokeswoman for Finma"
    assert found["speaker"]["affiliation"]["name"] == "Finma"


def test_a_name_the_ner_took_for_a_persons_whose_first_word_is_an_organisation_is_its(nlp):
    text = (
        "Aircraft parts inspector tells senators defects were 'papered over'\n\nWASHINGTON — A "
        "former quality inspector at an aerospace parts supplier told a Senate panel on "
        "Thursday that he was ordered to sign off on defective components destined for "
        "commercial jetliners, in testimony that intensified scrutiny of the company and its "
        "federal overseers.\n\nRaymond Kessler, who spent 11 years at Stratus Aerostructures in"
        " Wichita, Kansas, said supervisors routinely pressured inspectors to approve fuselage "
        "brackets with cracks and misdrilled holes to keep shipments on schedule.\n\nStratus "
        "Aerostructures did not send a representative to the hearing. In a statement issued "
        'shortly before Mr. Kessler testified, the company said it "strongly disagrees" with '
        "his characterization and that its products meet all FAA requirements.\n\nThe FAA said "
        'in a statement that it "takes all whistleblower reports seriously" and that it had '
        "opened a review of Stratus's quality systems in the spring. An agency official, "
        "speaking on condition of anonymity to discuss an ongoing inquiry, said inspectors had "
        "made two unannounced visits to the Wichita plant since May"
    )
    found = result(nlp, text)
    assert entity(found, "Stratus Aerostructures")["type"] == "ORG"
    company = one(nlp, text, 'it "strongly')
    assert company["speaker"]["name"] == "Stratus Aerostructures"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            'CEBU CITY — Mayor Cesar "Jun-Jun" Alcoseba Jr. was charged with graft on Monday. '
            '"This is pure harassment," Alcoseba told supporters.',
            "This is pure",
            "Cesar Alcoseba Jr.",
        ),
        (
            'PISTON national president Mariano "Ka Mario" Dela Peña said at a rally that drivers '
            'would strike. "This is only the beginning," Dela Peña said.',
            "This is only",
            "Mariano Dela Peña",
        ),
        (
            'That answer did not satisfy Senator Maria Teresa "Tessie" Villanueva-Lim, who '
            'accused the agency of stalling. "We are not asking for miracles," Villanueva-Lim '
            "said.",
            "We are not",
            "Maria Teresa Villanueva-Lim",
        ),
    ],
)
def test_a_name_with_a_nickname_in_marks_keeps_every_given_name(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_two_given_names_the_ner_took_for_a_body_before_an_elided_particle_are_a_person(nlp):
    text = (
        "Economist Anne-Sophie d'Hoop of the University of Liège was sceptical. \"A minority "
        "stake is a very expensive form of palliative care,\" d'Hoop said."
    )
    found = result(nlp, text)
    assert entity(found, "Anne-Sophie d'Hoop")["type"] == "PERSON"
    assert one(nlp, text, "A minority")["speaker"]["name"] == "Anne-Sophie d'Hoop"


def test_a_name_and_an_owner_the_ner_ran_together_over_a_comma_are_two(nlp):
    text = (
        "SOUTH SAN FRANCISCO, Calif. — Tessellate Bio, a startup developing one-time gene-editing "
        "treatments, said on Tuesday it had raised $310 million.\n\nThe company, founded in 2021 "
        "by biochemist Dr. Priyanka Raman and cardiologist Dr. Tobias Engel, is developing a "
        'base-editing therapy.\n\n"Heart disease is still the leading cause of death in the '
        "world,\" Raman, Tessellate's chief executive, said in an interview.\n\nIn a press "
        "release, Tessellate said its lead candidate had reduced LDL cholesterol by about 65 "
        "percent in monkeys."
    )
    found = result(nlp, text)
    assert one(nlp, text, "Heart disease")["speaker"]["name"] == "Priyanka Raman"
    assert one(nlp, text, "its lead candidate")["speaker"]["name"] == "Tessellate Bio"
    assert not [e for e in found["entities"] if "," in e["name"]]


def test_the_company_that_just_spoke_is_the_one_set_off_after_its_kind(nlp):
    text = (
        "Family fights insurer over gene therapy\n\nDENVER — Swiss drugmaker Alvetta "
        "Biosciences makes Revivra, a one-time gene therapy for SMA.\n\nThe family's insurer, "
        "Crestline Health Plans, initially denied coverage, saying Eli did not meet its "
        "criteria. The Harringtons have appealed.\n\nIn a statement, Crestline said it could "
        'not discuss individual cases because of privacy laws. "Our coverage decisions for gene '
        'therapies are based on clinical evidence," the company said.'
    )
    found = result(nlp, text)
    assert entity(found, "Crestline Health Plans")["type"] == "ORG"
    assert one(nlp, text, "Our coverage")["speaker"]["name"] == "Crestline Health Plans"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Carmaker Veltra recalls 212,000 SUVs over faulty seat-belt anchors\n\nDETROIT — "
            "Veltra said it was aware of four minor injuries that may be linked to the defect.",
            "it was aware",
            "Veltra",
        ),
        (
            "Retailer Pennock's says hackers stole data of 3.4 million loyalty members\n\n"
            "LONDON — Pennock's said it would offer affected customers a free year of credit "
            "monitoring.",
            "it would offer",
            "Pennock's",
        ),
        (
            "Bavarian carmaker to cut jobs\n\nMUNICH, Oct 17 (Wire) — Carmaker Isarwerke AG will "
            "cut 6,500 jobs at its Bavarian plants by 2027, the company said on Thursday.",
            "Carmaker Isarwerke AG will",
            "Isarwerke AG",
        ),
    ],
)
def test_a_kind_opening_a_headline_is_no_part_of_the_name_after_it(nlp, text, start, name):
    found = result(nlp, text)
    assert one(nlp, text, start)["speaker"]["name"] == name
    assert not [e for e in found["entities"] if e["name"].split()[0] in ("Carmaker", "Retailer")]


def test_the_prime_ministers_spokesman_is_not_the_minister_quoted_before(nlp):
    text = (
        "Fact check: Health Secretary's claim that waiting lists are falling is wrong\n\nLONDON — "
        "The Health Secretary, Alistair Brennan, told MPs on Wednesday that hospital waiting "
        'lists in England were "falling every month".\n\nSpeaking during health questions in '
        'the House of Commons, Mr Brennan said: "The waiting list is falling every month."\n\n'
        "Downing Street declined to say whether the Prime Minister had confidence in the "
        "figures Mr Brennan used. Asked on Thursday whether the Health Secretary would correct "
        "the record, the Prime Minister's official spokesman told reporters: \"The Health "
        'Secretary has set out what he meant."'
    )
    found = result(nlp, text)
    spokesman = one(nlp, text, "The Health Secretary has set out")["speaker"]
    assert spokesman["name"] == "the Prime Minister's official spokesman"
    assert spokesman["entity_id"] is None
    assert not [q for q in found["quotes"] if q["text"].startswith("whether the Health")]


def test_one_who_posts_described_with_a_handle_is_named_by_it(nlp):
    text = (
        "Zenta Mobile said the payment was delayed. Another account, @naijatechtalk, said it "
        "would stop using Zenta until the dispute was settled. A user with the handle "
        '@kpopgamerjin wrote: "A letter is easy." Another, posting under the handle '
        '@twitchlifer99, wrote: "The app crashes on my phone."'
    )
    names = [q["speaker"]["name"] for q in result(nlp, text)["quotes"]]
    assert names == ["Zenta Mobile", "@naijatechtalk", "@kpopgamerjin", "@twitchlifer99"]


def test_a_cue_joined_to_the_report_after_a_role_and_name_read_as_its_object(nlp):
    text = (
        "NANNING — More than 120,000 residents have been evacuated from low-lying areas along "
        "the Rong and Liu rivers, vice-chairwoman of the regional government Tan Xiuying told a "
        "news conference in Nanning on Tuesday evening."
    )
    found = result(nlp, text)
    assert one(nlp, text, "More than 120,000")["speaker"]["name"] == "Tan Xiuying"
    assert entity(found, "Tan Xiuying")["type"] == "PERSON"


def test_a_persons_lawyers_unnamed_are_named_by_whose_they_are(nlp):
    text = (
        "Raymond Kessler testified before the panel on Thursday. His lawyers said he had "
        "provided the agency with photographs. His lawyer, who declined to be named, said the "
        "case was strong."
    )
    assert one(nlp, text, "he had provided")["speaker"]["name"] == "Raymond Kessler's lawyers"
    assert one(nlp, text, "the case was")["speaker"]["name"] == "Raymond Kessler's lawyer"


def test_a_description_by_a_participle_stops_at_the_comma_of_a_clause_after_it(nlp):
    text = (
        "Skyline Airways reported record revenue. The union representing Skyline's flight "
        "attendants, which has been negotiating for two years, said in a statement that "
        '"record revenue should mean record raises."'
    )
    found = one(nlp, text, "in a statement")["speaker"]
    assert found["name"] == "the union representing Skyline's flight attendants"


def test_the_bank_is_the_bank_whose_one_word_name_ends_in_it(nlp):
    text = (
        "Bundesbank warns German economy will shrink again this year\n\nFRANKFURT, Dec 13 "
        "(Wire) — Germany's central bank on Friday cut its growth forecast sharply and warned "
        "that Europe's largest economy would contract for a third consecutive year.\n\nThe "
        "Bundesbank now expects gross domestic product to shrink by 0.2 percent in 2025."
    )
    assert one(nlp, text, "that Europe's largest")["speaker"]["name"] == "Bundesbank"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Kendra Lowell, founder of the advocacy group Kids Off Camera, said the Harmons had "
            "done something brave.",
            "Kids Off Camera",
            "ORG",
        ),
        (
            "Wales' Health Secretary, Eluned Price, said in the Senedd last week that she was "
            '"following the case closely". Opposition health spokesman Aled Jenkins urged the '
            "Welsh Government to order a public inquiry.",
            "Aled Jenkins",
            "PERSON",
        ),
    ],
)
def test_names_beside_the_words_for_organisations_and_offices_keep_their_kind(
    nlp, text, name, kind
):
    found = result(nlp, text)
    assert entity(found, name)["type"] == kind
    assert all(
        (q["speaker"]["affiliation"] or {}).get("name") != "Eluned Price" for q in found["quotes"]
    )


def test_a_first_word_alone_is_the_organisation_named_before_it_not_one_named_later(nlp):
    text = (
        "Veltra recalls 212,000 SUVs over faulty seat-belt anchors\n\nDETROIT, Oct. 3 — Veltra "
        "Motors is recalling about 212,000 sport utility vehicles because a rear seat-belt anchor "
        "may detach in a crash, the company said on Thursday.\n\nVeltra said it was aware of four "
        "minor injuries that may be linked to the defect.\n\nShares of Veltra's parent, Veltra "
        "Group, were little changed in afternoon trading in Frankfurt."
    )
    found = result(nlp, text)
    assert one(nlp, text, "it was aware")["speaker"]["name"] == "Veltra Motors"
    assert entity(found, "Veltra Group")["type"] == "ORG"


def test_a_kind_the_parser_made_a_first_subject_before_a_name_is_not_the_speaker(nlp):
    text = "BERLIN — The opposition Greens criticised the plan as a gift to polluters."
    assert one(nlp, text, "the plan")["speaker"]["name"] == "Greens"


def test_a_persons_camp_or_management_speaks_as_theirs_not_as_them(nlp):
    text = (
        'CEBU CITY — Mayor Cesar "Jun-Jun" Alcoseba Jr. was charged with graft on Monday. '
        "Alcoseba's camp said the mayor would continue to hold consultations."
    )
    speaker = one(nlp, text, "the mayor would")["speaker"]
    assert speaker["name"] == "Cesar Alcoseba Jr.'s camp"
    assert speaker["entity_id"] is None


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            'Housing spokesman Javier Olmedo Fernández de Córdoba disagreed. "Every time a '
            'government has frozen rents, supply has collapsed," Olmedo told reporters.',
            "Every time",
            "Javier Olmedo Fernández de Córdoba",
        ),
        (
            "SINGAPORE — Mdm Chua Siew Lan, who runs a community befriending programme in Ang Mo "
            "Kio, said loneliness was often at the root of the problem.",
            "loneliness",
            "Chua Siew Lan",
        ),
        (
            "BILBAO — Its leader, Íñigo de Olabarrieta y Salcedo, said that breaking up the "
            'system would be "a gift to nationalism".',
            "that breaking",
            "Íñigo de Olabarrieta y Salcedo",
        ),
    ],
)
def test_a_first_surname_alone_is_the_full_name_and_mdm_a_title(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_an_amounts_sign_and_a_name_read_as_an_adverb(nlp):
    text = (
        "New York fines Corvane $1.8 million for staggering layoffs\n\nALBANY, N.Y. — New York's "
        "labor regulator on Thursday ordered the advertising-technology company Corvane to pay "
        "$1.8 million in back wages.\n\nCorvane said it would appeal. Ledgerly, a payments "
        "startup, cut 300 jobs in March.\n\nLedgerly has said it paid affected employees 60 days' "
        "wages in lieu of notice."
    )
    found = result(nlp, text)
    assert one(nlp, text, "it would appeal")["speaker"]["name"] == "Corvane"
    assert one(nlp, text, "it paid affected")["speaker"]["name"] == "Ledgerly"
    assert not [e for e in found["entities"] if "$" in e["name"]]


def test_a_name_set_off_after_a_role_is_a_persons_whatever_the_ner_said(nlp):
    text = (
        "The prefect of the Bas-Rhin department, Anne-Laure Dufresnoy, said the culprits would "
        "be found.\n\nAt the gates of Shaft 4, rock drill operator Sipho Ndlovu, 41, said the "
        'offer was an insult. "We will not go back," said Ndlovu.\n\nAsked why the emails had '
        "gone unanswered, the company's co-founder and chief executive, Aniket Deshpande, said "
        "the inbox was not monitored. Deshpande said the company had since hired an auditor."
    )
    found = result(nlp, text)
    for name in ("Anne-Laure Dufresnoy", "Sipho Ndlovu", "Aniket Deshpande"):
        assert entity(found, name)["type"] == "PERSON"
    assert one(nlp, text, "We will not")["speaker"]["name"] == "Sipho Ndlovu"
    assert one(nlp, text, "the company had")["speaker"]["name"] == "Aniket Deshpande"


def test_religious_and_professional_titles_are_no_part_of_the_name(nlp):
    text = (
        "The Rev. Canon Thomas Eke, who chaired the working group, said the report was honest."
        '\n\nThe monk, Phra Maha Somchai Wongsakul, 34, left the temple. "I accept the decision '
        "of the elders,\" Somchai said.\n\nThe authority's chief hydrologist, Ingeniera Mariela "
        "Castillo de Obaldía, said rainfall had been below normal since May."
    )
    assert one(nlp, text, "the report")["speaker"]["name"] == "Thomas Eke"
    assert one(nlp, text, "I accept")["speaker"]["name"] == "Somchai Wongsakul"
    assert one(nlp, text, "rainfall")["speaker"]["name"] == "Mariela Castillo de Obaldía"


def test_a_bodys_initials_in_brackets_are_not_the_unnamed_official(nlp):
    text = (
        "A senior official at the Nigerian Petroleum Supply Company (NPSC), who spoke on "
        "condition of anonymity, said supply would remain tight until March."
    )
    speaker = one(nlp, text, "supply")["speaker"]
    assert speaker["name"] == "a senior official at the Nigerian Petroleum Supply Company"
    assert speaker["entity_id"] is None


def test_a_spokesman_for_a_joint_venture_speaks_for_the_name_after_it(nlp):
    text = (
        "A spokesman for the Chinese-Senegalese joint venture Atlantic Pelagic Fisheries, "
        "which operates six of the trawlers, said the boats were licensed."
    )
    speaker = one(nlp, text, "the boats")["speaker"]
    assert speaker["affiliation"]["name"] == "Atlantic Pelagic Fisheries"


def test_a_title_in_marks_set_off_before_the_subject_does_not_write(nlp):
    text = (
        'Hiroko Tanabe-Ishii was born in Sendai. In her 2009 memoir, "Light From Below", she '
        "wrote that her father, a fisherman, had taught her to wait."
    )
    assert one(nlp, text, "that her father")["speaker"]["name"] == "Hiroko Tanabe-Ishii"


def test_a_description_spelled_out_by_a_name_is_that_organisation(nlp):
    text = (
        "An air traffic controller cleared a jet onto an occupied runway, Japan's transport "
        "safety board said on Friday.\n\nThe Japan Transport Safety Board (JTSB) said the "
        "controller had been on duty for nine hours.\n\nThe Hellenic Coast Guard said a ferry "
        "had struck a trawler. The ferry struck the trawler Panagia about two miles south of "
        "the harbour, according to a coast guard statement.\n\nThe Joint Rescue Coordination "
        "Centre of Southern Norway said the ship had lost power. Helicopters winched 47 "
        "passengers off the ship before conditions eased, the centre said."
    )
    assert one(nlp, text, "An air traffic")["speaker"]["name"] == "Japan Transport Safety Board"
    assert one(nlp, text, "The ferry struck")["speaker"]["name"] == "Hellenic Coast Guard"
    assert one(nlp, text, "Helicopters")["speaker"]["name"] == (
        "Joint Rescue Coordination Centre of Southern Norway"
    )


def test_a_question_put_to_someone_is_not_theirs_whatever_cue_the_tagger_gave(nlp):
    text = (
        "Asked in a telephone interview whether his side intended to take control of the "
        'buildings, Dovhanych said: "We want only what is ours."\n\nMr Mulhearn, asked on Sky '
        'News whether he would put a revised offer to members, replied: "Not yet."'
    )
    for start in ("whether his side", "whether he would"):
        questions = [q for q in result(nlp, text)["quotes"] if q["text"].startswith(start)]
        assert questions and all(q["speaker"] is None for q in questions)
    assert one(nlp, text, "Not yet")["speaker"]["name"] == "Mulhearn"


def test_the_quote_after_a_question_is_the_titled_one_who_paused_to_answer(nlp):
    text = (
        '"The picture had not been updated," chief investigator Tanabe Hiroshi told a news '
        "conference.\n\nTanabe said the board would recommend runway status lights.\n\n"
        "Asked by a reporter whether staffing shortages had played a role, Mr Tanabe paused "
        'before answering. "We are examining the duty roster. I cannot say more than that."'
    )
    assert one(nlp, text, "We are examining")["speaker"]["name"] == "Tanabe Hiroshi"


def test_what_was_said_in_an_order_or_told_a_programme_is_reported(nlp):
    text = (
        "The Directorate General of Civil Aviation (DGCA) said in an order that spot checks "
        "at Delhi had uncovered at least 47 instances of fatigue.\n\nIts chief operating "
        "officer, Fiona Gallacher, told BBC Radio 4's Today programme that no member of staff "
        "would be made compulsorily redundant."
    )
    order = one(nlp, text, "that spot checks")
    assert order["speaker"]["name"] == "Directorate General of Civil Aviation"
    assert one(nlp, text, "that no member")["speaker"]["name"] == "Fiona Gallacher"


def test_a_participle_in_a_phrase_opening_the_sentence_is_no_report(nlp):
    text = (
        "In a written statement read to the court, Marisol Echeverría, the hospital's "
        "director, said the attack had cost the hospital millions."
    )
    quotes = result(nlp, text)["quotes"]
    assert [q["text"] for q in quotes] == ["the attack had cost the hospital millions"]
    assert quotes[0]["speaker"]["name"] == "Marisol Echeverría"


def test_a_companys_legal_ending_after_pvt_is_no_persons_name(nlp):
    text = (
        "KreditJhatpat's parent company, Jhatpat Fintech Pvt Ltd, said in a statement that the "
        "server had been secured."
    )
    speaker = one(nlp, text, "that the server")["speaker"]
    assert speaker["name"] == "Jhatpat Fintech Pvt Ltd"
    assert speaker["affiliation"] is None  # no organisation is its own affiliation
    assert entity(result(nlp, text), "Jhatpat Fintech Pvt Ltd")["type"] == "ORG"


def test_a_nickname_after_an_article_stays_inside_the_name(nlp):
    text = (
        '"We will not accept this offer," said Rubén "el Turco" Haddad, the truck drivers\' '
        "leader. Haddad said the strike would go on."
    )
    assert one(nlp, text, "We will not")["speaker"]["name"] == "Rubén Haddad"
    assert one(nlp, text, "the strike")["speaker"]["name"] == "Rubén Haddad"
    assert entity(result(nlp, text), "Rubén Haddad")["type"] == "PERSON"


def test_a_korean_name_the_ner_took_for_a_people_is_a_person(nlp):
    text = (
        'Seoul Mayor Han Do-gyeong said the city would show "zero tolerance" for illegal '
        "strikes. The mayor told reporters the subway would run."
    )
    assert one(nlp, text, "the city")["speaker"]["name"] == "Han Do-gyeong"
    assert one(nlp, text, "the subway")["speaker"]["name"] == "Han Do-gyeong"


def test_a_malay_name_before_the_fathers_stands_for_the_whole(nlp):
    text = (
        "The Keeper of the Rulers' Seal, Wan Azhar Wan Ismail, said the rulers had met. "
        '"The Conference of Rulers has also agreed to meet again," Wan Azhar told reporters.'
    )
    assert one(nlp, text, "The Conference")["speaker"]["name"] == "Wan Azhar Wan Ismail"


def test_short_names_of_a_body_named_in_full_are_that_body(nlp):
    text = (
        "The Maritime and Port Authority of Singapore said on Wednesday that throughput rose. "
        "The MPA said container throughput had risen 8.7 per cent.\n\nThe Government "
        "Information Service (RVD) said the king would travel on Monday. The RVD said the "
        "visit would last three days."
    )
    authority = "Maritime and Port Authority of Singapore"
    assert one(nlp, text, "that throughput")["speaker"]["name"] == authority
    assert one(nlp, text, "container throughput")["speaker"]["name"] == authority
    assert one(nlp, text, "the visit")["speaker"]["name"] == "Government Information Service"


def test_the_group_that_calls_itself_a_name_goes_by_it(nlp):
    text = (
        "A pro-Russian hacker group claimed the attacks. The group, which calls itself "
        'KrasnyShtorm, posted screenshots of the defaced pages. "Keyboard soldiers will not '
        'stop us," the group wrote.'
    )
    assert one(nlp, text, "Keyboard soldiers")["speaker"]["name"] == "KrasnyShtorm"


def test_the_lender_is_the_bank_whose_customers_were_named(nlp):
    text = (
        "Customers of Crestline Bank were unable to log in on Saturday. In a statement posted "
        'on its website on Sunday, the Lagos-based lender said an "unauthorised third party" '
        "had gained access to its systems."
    )
    found = result(nlp, text)
    assert entity(found, "Crestline Bank")["type"] == "ORG"
    assert one(nlp, text, "an ")["speaker"]["name"] == "Crestline Bank"


def test_a_subject_whose_relative_clause_the_parser_read_as_a_verb_speaks(nlp):
    text = (
        "The union, which is seeking enforceable nurse-to-patient ratios and a 19 percent "
        "raise over three years, said hospital management had rejected a proposal from state "
        "mediators."
    )
    quote = one(nlp, text, "hospital management")
    assert quote["text"] == "hospital management had rejected a proposal from state mediators"
    assert quote["speaker"]["mention"]["text"] == "The union"


def test_one_who_asked_not_to_be_named_speaks_the_cue_run_into_that_clause(nlp):
    text = (
        "A signaller who asked not to be named because she feared disciplinary action said "
        'morale among signalling staff was "at rock bottom".'
    )
    quote = one(nlp, text, "morale")
    assert quote["cue"]["text"] == "said"
    assert quote["speaker"]["name"] == "a signaller"


def test_a_quote_after_a_sentence_with_a_plurals_possessive_is_its_subjects(nlp):
    text = (
        'Tariq Al Suwaidi said supply problems remained the biggest threat. "We have eleven '
        'aircraft on the ground," he said.\n\nHe went further when asked about the engine '
        "makers' recovery plans.\n\n\"I have heard the same promises for three years now.\n\n"
        '"At some point you stop listening to the promises."'
    )
    quote = one(nlp, text, "I have heard")
    assert "At some point" in quote["text"]
    assert quote["speaker"]["name"] == "Tariq Al Suwaidi"


def test_a_verb_the_parser_joined_to_the_cue_ends_the_clause_it_closes(nlp):
    text = "Reyes acknowledged that the boat was carrying more people than its manifest showed."
    quote = one(nlp, text, "that the boat")
    assert quote["text"] == "that the boat was carrying more people than its manifest showed"


def test_the_name_of_a_newspaper_told_something_is_no_report(nlp):
    text = (
        "“We lost about four days of data from the tax system. Everything else we can "
        "restore,” Ferraz told the local newspaper Correio do Vale."
    )
    assert [q["text"] for q in result(nlp, text)["quotes"]] == [
        "We lost about four days of data from the tax system. Everything else we can restore,"
    ]


def test_a_company_named_again_without_its_business_is_that_company(nlp):
    text = (
        "Harrowgate Mutual Insurance must pay the claims, the ombudsman ruled. Harrowgate "
        "Mutual, which insures 40,000 homes, said in a statement that it respected the decision."
        "\n\nThe Sakhisizwe Power Corporation, known as Sapco, cut power to two million homes. "
        "Sapco said the cuts would end on Friday."
    )
    assert one(nlp, text, "that it respected")["speaker"]["name"] == "Harrowgate Mutual Insurance"
    assert one(nlp, text, "the cuts")["speaker"]["name"] == "Sakhisizwe Power Corporation"


def test_a_name_after_a_closing_cue_read_as_the_next_clauses_subject_speaks(nlp):
    text = (
        "Father Raimundo Tavares, a Catholic priest, said he had visited the complex.\n\n"
        '"The men told me something was coming. I passed that on," said Tavares, who has '
        'worked in Amazonas jails for 20 years. "We were not blind."'
    )
    assert one(nlp, text, "The men told me")["speaker"]["name"] == "Raimundo Tavares"


def test_a_closing_cue_read_as_a_relative_clause_still_reports(nlp):
    text = (
        "Astronaut Karin Lindqvist will retire next summer after a final six-month tour aboard "
        "the International Space Station, the European Space Federation announced on Thursday."
    )
    quote = one(nlp, text, "Astronaut Karin Lindqvist")
    assert quote["speaker"]["name"] == "European Space Federation"
    assert quote["text"].endswith("aboard the International Space Station")


def test_she_who_asks_after_her_quoted_question_is_a_woman_he_is_not(nlp):
    text = (
        "MANILA, Philippines — A city jail in Metro Manila is holding five times the number of "
        "detainees it was designed for, a Senate committee heard on Wednesday.\n\nJail "
        'Superintendent Rodolfo "Bong" Manalastas, the warden of the Pasig Riverside City Jail, '
        'told senators that the facility now held 4,312 persons.\n\n"We have detainees who '
        'sleep sitting up," Manalastas said.\n\nSenator Liwayway Dimaculangan-Santos, who '
        "chairs the committee on justice and human rights, then turned to the warden.\n\n"
        '"How many of them have actually been convicted of anything?" she asked.\n\n"Less '
        'than ten percent, Your Honor," the warden replied.\n\n"So we are keeping people in '
        'jail for years?" the senator asked.\n\n"That is correct, Your Honor," he said.'
    )
    assert one(nlp, text, "How many")["speaker"]["name"] == "Liwayway Dimaculangan-Santos"
    assert one(nlp, text, "That is correct")["speaker"]["name"] == "Rodolfo Manalastas"


def test_the_name_someone_gave_names_them_and_their_he(nlp):
    text = (
        "One of the men, a 23-year-old Egyptian who gave his name only as Mahmoud, said by "
        'phone that he had not understood the papers. "I signed because they told me to," he '
        "said."
    )
    assert one(nlp, text, "that he had")["speaker"]["name"] == "Mahmoud"
    assert one(nlp, text, "I signed")["speaker"]["name"] == "Mahmoud"


def test_names_after_long_offices_and_agencies_of_two_fields_are_whole(nlp):
    text = (
        "U.S. Immigration and Customs Enforcement said in a statement that the flights would "
        "continue.\n\nDeputy Conservator of Forests Kavita Deshpande told reporters that the "
        'department had ordered the tiger to be tranquilised. "We had no choice," she said.\n\n'
        "Inside the chamber, the Minister for Agriculture, Food and the Marine, Pádraig Mac "
        "Giolla Rua, told TDs he would travel to Brussels next month."
    )
    agency = "U.S. Immigration and Customs Enforcement"
    assert one(nlp, text, "that the flights")["speaker"]["name"] == agency
    assert one(nlp, text, "We had no choice")["speaker"]["name"] == "Kavita Deshpande"
    assert one(nlp, text, "he would travel")["speaker"]["name"] == "Pádraig Mac Giolla Rua"


def test_who_after_a_place_the_ner_took_for_a_person_is_the_one_described(nlp):
    text = (
        "Dale Friesen, a rancher near Fort St. John who says he has lost eleven calves to "
        "wolves, said the cull was overdue."
    )
    assert one(nlp, text, "he has lost")["speaker"]["name"] == "Dale Friesen"


def test_names_with_irish_particles_aunty_and_polish_double_surnames_stay_whole(nlp):
    text = (
        'Lead guitarist Declan "Decko" Ó Súilleabháin announced his departure on Monday. "I '
        'wrote half of the first record," he told the magazine.\n\nGubbi Gubbi elder Aunty '
        'Dulcie Carrington led the march. "We are sending our kids to jail," Aunty Dulcie said.'
        "\n\nAgnieszka Pawłowska-Lis, chief executive of Bałtyk Wiatr SA, said a fixed date "
        "would give investors certainty."
    )
    assert one(nlp, text, "I wrote half")["speaker"]["name"] == "Declan Ó Súilleabháin"
    assert one(nlp, text, "We are sending")["speaker"]["name"] == "Dulcie Carrington"
    assert one(nlp, text, "a fixed date")["speaker"]["name"] == "Agnieszka Pawłowska-Lis"


def test_one_name_with_an_age_and_a_name_people_call_someone_are_theirs(nlp):
    text = (
        "Usman, a 60-year-old rubber tapper who like many Indonesians uses only one name, said "
        'the tiger had been seen near the village. "We are afraid to go out," he said.\n\nThe '
        "Rev. Joaquín Ortega Salcedo, a Catholic priest whom residents and migrants simply call "
        '"Padre Quino," runs the shelter. "We put mattresses in the chapel," Padre Quino said.'
    )
    assert one(nlp, text, "We are afraid")["speaker"]["name"] == "Usman"
    assert one(nlp, text, "We put mattresses")["speaker"]["name"] == "Joaquín Ortega Salcedo"


def test_a_spokesperson_asked_a_question_set_off_before_the_cue_speaks(nlp):
    text = (
        "A spokesperson for the foreign ministry, asked at a regular briefing in Beijing about "
        "cooperation with other countries, said the station was open to all."
    )
    speaker = one(nlp, text, "the station")["speaker"]
    assert speaker["name"] == "a spokesperson for the foreign ministry"


def test_how_an_answer_was_given_and_what_someone_means_to_ask_are_no_quotes(nlp):
    text = (
        '"Because I was a coward, and I was afraid of him," Hennessey answered, his voice '
        "barely audible over the video link.\n\nPellow intends to ask the auditor-general to "
        "examine the contract."
    )
    shown = [q["text"] for q in result(nlp, text)["quotes"] if is_quote(q)]
    assert shown == ["Because I was a coward, and I was afraid of him,"]


def test_what_a_person_was_told_runs_on_through_a_clause_joined_by_but(nlp):
    text = (
        "He once told an interviewer that Paris had taught him technique but Lagos had taught "
        "him what to paint."
    )
    quote = one(nlp, text, "that Paris")
    assert quote["text"].endswith("Lagos had taught him what to paint")


def test_titles_of_east_africa_and_france_are_no_part_of_the_name(nlp):
    text = (
        "Ato Girma Tadesse, deputy commissioner of the disaster agency, told reporters that 4.1 "
        "million people needed food aid.\n\nW/ro Hirut Alemayehu Bekele, country director of "
        "the relief group Horn Lifeline, said funding stood at 23 per cent.\n\nPresidential "
        "candidate Mheshimiwa Salum Juma Kitwana told supporters that every ward would have a "
        'laboratory.\n\nHervé de La Roche-Vernier, 71, denied the charges. "I was a minister, '
        'not an accountant," Monsieur de La Roche-Vernier told the court.'
    )
    assert one(nlp, text, "that 4.1 million")["speaker"]["name"] == "Girma Tadesse"
    assert one(nlp, text, "funding stood")["speaker"]["name"] == "Hirut Alemayehu Bekele"
    assert one(nlp, text, "that every ward")["speaker"]["name"] == "Salum Juma Kitwana"
    minister = one(nlp, text, "I was a minister")["speaker"]["name"]
    assert minister == "Hervé de La Roche-Vernier"


def test_a_hyphenated_first_name_opens_the_name_the_ner_split_or_cut(nlp):
    text = (
        "His lawyer, François-Xavier Delmas, argued that the investigation had been driven by "
        'politics. "My client has been dragged through the mud," Delmas said.\n\nSenator '
        'Jean-Christophe Bruneau-Lafitte, who chairs the committee, was sceptical. "Words have '
        'to become budgets," Bruneau-Lafitte said.'
    )
    assert one(nlp, text, "My client")["speaker"]["name"] == "François-Xavier Delmas"
    assert one(nlp, text, "Words have")["speaker"]["name"] == "Jean-Christophe Bruneau-Lafitte"


def test_a_surname_with_its_particle_and_hyphen_stands_for_the_full_name(nlp):
    text = (
        "Foreign Minister Louis-Marie de Castelnau-Vidal struck a similar tone.\n\nAsked "
        "whether France would invite Mali, de Castelnau-Vidal said that \u201cevery country of "
        "the region is welcome\u201d.\n\nSpeaking to reporters, the préfet, Bertrand du "
        'Plessis-Marsac, said he had no choice. "I respect the right to demonstrate," du '
        "Plessis-Marsac said."
    )
    assert (
        one(nlp, text, "that \u201cevery country")["speaker"]["name"]
        == "Louis-Marie de Castelnau-Vidal"
    )
    assert one(nlp, text, "I respect")["speaker"]["name"] == "Bertrand du Plessis-Marsac"
    assert entity(result(nlp, text), "Bertrand du Plessis-Marsac")["type"] == "PERSON"


def test_a_name_set_off_after_a_french_prefects_office_speaks(nlp):
    text = (
        "The préfète of the Bouches-du-Rhône, Sylvie Marchand-Ricard, wrote on X that the state "
        '"stands alongside the city" and would finance half of the works.'
    )
    assert one(nlp, text, "that the state")["speaker"]["name"] == "Sylvie Marchand-Ricard"


def test_a_given_name_hung_on_the_letters_after_the_name_opens_it(nlp):
    text = (
        "The tribunal sat in Colombo on Monday.\n\nRomesh Gunawardena PC, appearing for the "
        'player, said his client had never met the bookmaker.\n\n"My client trusted the wrong '
        'people," Mr. Gunawardena said.'
    )
    assert one(nlp, text, "his client")["speaker"]["name"] == "Romesh Gunawardena"
    assert one(nlp, text, "My client")["speaker"]["name"] == "Romesh Gunawardena"


def test_family_names_written_first_stay_in_korean_and_vietnamese_names(nlp):
    text = (
        "Dozens of patients were infected at the hospital.\n\nPark Jae-hoon, director of the "
        'hospital, bowed before reporters. "I offer my sincere apology," Park said.\n\nTwo '
        "land officers, Do Thi Hoa, 38, and Vu Duc Manh, 44, were also sentenced. Hoa told the "
        "court she had only followed instructions from her superior."
    )
    assert one(nlp, text, "I offer")["speaker"]["name"] == "Park Jae-hoon"
    assert one(nlp, text, "she had only")["speaker"]["name"] == "Do Thi Hoa"


def test_one_word_after_of_and_a_persons_name_is_where_they_work(nlp):
    text = (
        "The awards were handed out in Copenhagen on Sunday.\n\n22:05 — Best sommelier goes "
        "to Jonas Vestergaard-Holm of Kælder in Copenhagen. He told the hall that natural wine "
        '"is not a trend anymore".'
    )
    assert one(nlp, text, "that natural wine")["speaker"]["name"] == "Jonas Vestergaard-Holm"


def test_a_place_word_opening_the_sentence_is_no_speaker_before_a_role(nlp):
    text = (
        "For his fourth collection at Maison Vérlaine, Amaury de La Roche-Vernet stripped the "
        "house's ruffles back to almost nothing.\n\nBackstage, the 38-year-old creative "
        'director, still in his work jacket, said he had wanted to "hear the clothes breathe".'
    )
    found = result(nlp, text)
    assert entity(found, "Amaury de La Roche-Vernet")["type"] == "PERSON"
    assert entity(found, "Maison Vérlaine")["type"] == "ORG"
    speaker = one(nlp, text, "he had wanted")["speaker"]["name"]
    assert speaker == "Amaury de La Roche-Vernet"


def test_an_organisations_name_in_another_language_is_whole(nlp):
    text = (
        "The Associação dos Moradores do Vale said in a statement that the dam was unsafe.\n\n"
        "The Bundesamt für Strahlenschutz und Reaktorsicherheit said the levels were normal."
        '\n\nThe Ligue des droits de l\'Homme welcomed the decision. "It is a victory," said '
        "its president, Anne-Claire Vautrin."
    )
    found = result(nlp, text)
    for name in (
        "Associação dos Moradores do Vale",
        "Bundesamt für Strahlenschutz und Reaktorsicherheit",
        "Ligue des droits de l'Homme",
    ):
        assert entity(found, name)["type"] == "ORG"
    assert one(nlp, text, "that the dam")["speaker"]["name"] == "Associação dos Moradores do Vale"
    victory = one(nlp, text, "It is a victory")["speaker"]
    assert victory["affiliation"]["name"] == "Ligue des droits de l'Homme"


def test_an_order_or_a_ruling_speaks_for_the_court_that_made_it(nlp):
    text = (
        "In a 212-page order, the court's Criminal Cassation Chamber wrote that there was "
        '"serious and concordant evidence" against the governor. "The risk that the accused '
        'obstructs justice is not hypothetical," the order said.\n\nThe Third Chamber of the '
        "Antofagasta Court of Appeals ruled unanimously that the authority had omitted a "
        'consultation. "The absence of a prior consultation is not a formal defect," the '
        "ruling said."
    )
    assert one(nlp, text, "The risk")["speaker"]["name"] == "Criminal Cassation Chamber"
    court = one(nlp, text, "The absence")["speaker"]["name"]
    assert court == "Third Chamber of the Antofagasta Court of Appeals"


def test_the_central_bank_is_no_other_body_named_before_it(nlp):
    text = (
        "Argentina weighs stablecoin rules\n\nThe bill was debated in the Senate on Tuesday. "
        '"We are not here to ban anything," Pereyra Iraola told the Senate\'s economy '
        "committee.\n\nA spokesperson for the central bank said the institution did not "
        "comment on private-sector instruments."
    )
    speaker = one(nlp, text, "the institution")["speaker"]
    assert speaker["name"] == "a spokesperson for the central bank"
    assert speaker["affiliation"]["name"] != "Senate"


def test_the_speakers_set_off_after_a_statement_posted_on_a_platform_speak(nlp):
    text = (
        "Le Clos Saint-Vincent in Burgundy lost its second star.\n\nIn a statement posted on "
        "Instagram, the restaurant's owners, the Ferrand-Moreau family, said they \"respect the "
        "guide's independence\" but were proud of the team."
    )
    assert one(nlp, text, "they")["speaker"]["name"] == "the Ferrand-Moreau family"


def test_a_phrase_with_its_own_subject_before_a_colon_is_no_cue(nlp):
    text = (
        '"The old one always goes first," says Le Floch.\n\nHe keeps going, his hands never '
        'stopping:\n\n"My son is an engineer in Nantes. Why would I ask him to come back to '
        'this?"'
    )
    son = one(nlp, text, "My son")
    assert son["act"] == "speech" and son["kind"] == "direct"
    assert son["speaker"]["name"] == "Le Floch"


def test_given_names_the_ner_cut_or_read_as_a_nation_stay_in_the_name(nlp):
    text = (
        '"We will not return to this hall," Shirwan Mahmoud Barzinji, who heads the bloc, '
        "told reporters.\n\nPakistan Cricket Authority chairman Syed Mohsin Raza Bukhari, who "
        'attended the announcement, was upbeat. "We have given them the team they asked for," '
        "Bukhari said.\n\nKampala Metropolitan Police deputy spokesperson SP Rogers Ainebyoona "
        "Mugisha said four people were arrested for obstructing traffic."
    )
    assert one(nlp, text, "We will not")["speaker"]["name"] == "Shirwan Mahmoud Barzinji"
    assert one(nlp, text, "We have given")["speaker"]["name"] == "Syed Mohsin Raza Bukhari"
    assert one(nlp, text, "four people")["speaker"]["name"] == "Rogers Ainebyoona Mugisha"


def test_speakers_the_parser_hung_elsewhere_in_their_sentence(nlp):
    text = (
        "Ukraine talks stall\n\nIn Kyiv, Maryna Bilous, Ukraine's parliamentary commissioner "
        "for human rights, wrote on Telegram that her office had received thousands of calls."
        "\n\nTwenty years ago, says Claudine Mukamana Uwimana, almost none of these women "
        "owned the trees they picked.\n\nDeputy Minister for Public Health Dr. Abdullah bin "
        "Saeed Al-Qahtani told a news conference that all seven patients had worked at the "
        "farm.\n\nAcross town at Kirumba, the opposition Alliance for Change and Justice (ACJ) "
        "candidate, Dr Grace Ndeshi Massawe, accused the government of neglecting hospitals."
    )
    assert one(nlp, text, "that her office")["speaker"]["name"] == "Maryna Bilous"
    women = one(nlp, text, "Twenty years ago")
    assert women["speaker"]["name"] == "Claudine Mukamana Uwimana"
    assert "says" not in women["text"]
    farm = one(nlp, text, "that all seven")["speaker"]["name"]
    assert farm == "Abdullah bin Saeed Al-Qahtani"
    assert one(nlp, text, "the government of")["speaker"]["name"] == "Grace Ndeshi Massawe"


def test_a_nickname_in_marks_after_known_to_everyone_is_no_quote(nlp):
    text = (
        "Protests\n\n19:10 — Confech spokeswoman Catalina Millalén Huenchumilla, known to "
        'everyone at the march as "la Cata", posted on Instagram: "We are not the violent '
        'ones. Violence is retiring on 250,000 pesos a month."'
    )
    quote = one(nlp, text, "We are not")
    assert quote["kind"] == "direct"
    assert quote["speaker"]["name"] == "Catalina Millalén Huenchumilla"
    assert not [q for q in result(nlp, text)["quotes"] if "la Cata" in q["text"]]


def test_surnames_inside_long_spanish_names_stand_for_the_whole_name(nlp):
    text = (
        "In a rented office in San Pedro, former student leader Lesther Josué Mairena Obando "
        'read the list on his phone.\n\n"It is almost an honour to be on that list," Mairena '
        "told the Isthmus News Service.\n\nThe bus from San Pedro Sula dropped Keylin Yamileth "
        'Rodríguez Mejía and her two children at the border post.\n\n"We left on the second '
        'day," Rodríguez said.\n\nA spokesperson for the National Police, Sub-Commissioner Juan '
        "Carlos Reyes Ávila, told this newspaper that 11 of the dead had been identified."
    )
    assert one(nlp, text, "It is almost")["speaker"]["name"] == "Lesther Josué Mairena Obando"
    assert one(nlp, text, "We left")["speaker"]["name"] == "Keylin Yamileth Rodríguez Mejía"
    assert one(nlp, text, "that 11 of")["speaker"]["name"] == "Juan Carlos Reyes Ávila"


def test_a_first_surname_with_particles_after_two_given_names_stands_for_the_name(nlp):
    text = (
        "De la Fuente ends six-year drought with emotional win\n\nMARBELLA, Spain — José "
        'Ignacio de la Fuente Arrieta had waited six years for this.\n\n"I thought about the '
        'hospital on every tee," De la Fuente said.'
    )
    speaker = one(nlp, text, "I thought")["speaker"]["name"]
    assert speaker == "José Ignacio de la Fuente Arrieta"


def test_a_given_name_tagged_a_place_after_of_opens_the_name(nlp):
    text = (
        "A Moscow court on Monday ordered the arrest in absentia of Yevgenia Arkadyevna "
        'Lesnikova, founder of the publishing house.\n\n"It is a court of paper," Lesnikova '
        "said by telephone from Riga."
    )
    speaker = one(nlp, text, "It is a court")["speaker"]["name"]
    assert speaker == "Yevgenia Arkadyevna Lesnikova"


def test_regents_smallholders_and_australian_honours_are_no_part_of_the_name(nlp):
    text = (
        "Banjarnegara Regent Agus Setiawan declared a 14-day emergency response period.\n\n"
        "Smallholder Faridah binti Ismail said prices had dropped by a third.\n\nThe former "
        "commissioner, Margaret Lindqvist AO, told the hearing that no changes had been made."
    )
    assert one(nlp, text, "a 14-day")["speaker"]["name"] == "Agus Setiawan"
    assert one(nlp, text, "prices had")["speaker"]["name"] == "Faridah binti Ismail"
    assert one(nlp, text, "that no changes")["speaker"]["name"] == "Margaret Lindqvist"


def test_a_family_name_written_first_the_ner_took_for_a_body_is_a_person(nlp):
    text = (
        'A signalling fault halted trains for six hours.\n\n"I offer my deepest apologies," '
        "Kurokawa Tetsuya said at a news conference at the company's head office.\n\nKurokawa "
        'said the update had been tested in a simulation environment.\n\n"Our procedures '
        'were insufficient. That is the responsibility of management," he said.'
    )
    assert entity(result(nlp, text), "Kurokawa Tetsuya")["type"] == "PERSON"
    assert one(nlp, text, "Our procedures")["speaker"]["name"] == "Kurokawa Tetsuya"


def test_the_one_set_off_after_a_question_put_to_them_speaks(nlp):
    text = (
        "Museum seeks a rescue\n\nAsked whether the city could afford such a grant, Kelsey "
        'Rourke, a spokeswoman for Mayor Raymond Oduya, said in an email that "all options '
        "remain on the table\" but that the city's own budget was extremely tight."
    )
    assert one(nlp, text, 'that "all options')["speaker"]["name"] == "Kelsey Rourke"


def test_a_platforms_own_service_is_no_person(nlp):
    text = (
        "The backlash began with a sermon and a hashtag, and a man who burned a copy on "
        'Instagram Live.\n\n"I expected my aunties to be angry," Kemi Adeyemi said.'
    )
    assert entity(result(nlp, text), "Instagram Live")["type"] == "ORG"


def test_a_motion_or_a_petition_speaks_for_whoever_tabled_or_filed_it(nlp):
    text = (
        "Mayor survives no-confidence vote\n\nThe motion, tabled by ANC caucus leader Sizwe "
        'Ngcobo, accused the coalition of "presiding over the collapse of basic services" in '
        "the eastern townships.\n\nThe dispute became public after Rhys Calloway filed a "
        "petition on Tuesday in the State Supreme Court. The petition accuses the campaign of "
        '"attempting to bully Mr. Calloway into silence".'
    )
    assert one(nlp, text, "the coalition")["speaker"]["name"] == "Sizwe Ngcobo"
    assert one(nlp, text, "the campaign")["speaker"]["name"] == "Rhys Calloway"


def test_phrases_opening_the_sentence_before_the_speaker_are_no_contents(nlp):
    text = (
        "Inquiry hears from families\n\nThe inquiry also heard from Isla's mother, Kerry "
        'Brennan. Her voice breaking, she said: "We were told it was one of those things."'
        "\n\nIn a victim personal statement read to the court, Mr Wardlow's mother, Carol "
        "Wardlow, wrote that she still set a place for her son at Sunday dinner.\n\nIn a call "
        "with staff Monday afternoon, a recording of which was heard by Publishers Ledger, "
        "Adebayo-Stern said there were no plans to close any imprints."
    )
    texts = [q["text"] for q in result(nlp, text)["quotes"]]
    assert not [t for t in texts if t.startswith(("Her voice", "In a victim", "In a call"))]
    assert one(nlp, text, "there were no plans")["speaker"]["name"] == "Adebayo-Stern"
    assert one(nlp, text, "that she still")["speaker"]["name"] == "Carol Wardlow"


def test_the_means_one_was_told_by_is_no_speaker(nlp):
    text = (
        "Care home inquiry\n\nHer daughter's 40-page written statement to the inquiry "
        "describes being told by phone that her mother was comfortable on the same afternoon."
    )
    speaker = one(nlp, text, "that her mother")["speaker"]
    assert speaker is None or speaker["name"] != "phone"


def test_what_the_speaker_adds_after_words_in_marks_stays_in_the_quote(nlp):
    text = (
        "Rates\n\nAnother analyst, Tarek Fathy el-Naggar of the Delta Economic Forum, wrote in "
        'a note to clients that a cut in May was "possible but far from guaranteed", adding '
        "that the pound's stability depended on continued Gulf investment inflows."
    )
    quote = one(nlp, text, "that a cut in May")
    assert quote["text"].endswith("depended on continued Gulf investment inflows")
    assert quote["speaker"]["name"] == "Tarek Fathy el-Naggar"


def test_words_put_to_someone_after_a_colon_are_the_speakers(nlp):
    text = (
        "Border\n\nTheir neighbour, Jan Sokołowski, a retired forester, interrupted him: "
        '"Mushrooms are the least of it. Tourists stopped coming three years ago."'
    )
    assert one(nlp, text, "Mushrooms")["speaker"]["name"] == "Jan Sokołowski"


def test_a_dateline_place_is_no_head_of_the_name_after_it(nlp):
    text = (
        "Carrow Drug to close 12 San Francisco stores\n\nSAN FRANCISCO — Carrow Drug, the West "
        "Coast pharmacy chain, said Wednesday that it would close 12 of its 31 stores in the city."
    )
    assert one(nlp, text, "that it would close")["speaker"]["name"] == "Carrow Drug"


def test_the_company_is_the_one_just_named_not_one_named_later_with_company_in_its_name(nlp):
    text = (
        "KIDDERMINSTER — The department store chain Tamworth & Lyle will close 31 of its 74 "
        "shops by the end of January.\n\nThe company confirmed on Tuesday that stores in Rhyl "
        "and Grimsby were among those earmarked for closure.\n\nResearch by the Local Data "
        "Company found that roughly one in seven shops now stands empty."
    )
    assert one(nlp, text, "that stores in Rhyl")["speaker"]["name"] == "Tamworth & Lyle"


@pytest.mark.parametrize("channel", ["through an interpreter", "in Waray through an interpreter"])
def test_what_one_said_through_an_interpreter_is_no_relative_clause(nlp, channel):
    text = (
        f"Typhoon\n\nRemedios Cabahug said {channel} that she had not heard from her son since "
        "the storm hit."
    )
    assert one(nlp, text, "that she had not heard")["speaker"]["name"] == "Remedios Cabahug"


def test_a_first_name_and_surname_tagged_a_place_are_a_person_the_article_names_alone(nlp):
    text = (
        "Mirande crossed in the 78th minute after a break down the short side by scrum-half "
        'Mathieu Laborde, silencing a crowd.\n\n"At half-time we spoke about patience," said '
        "Laborde, the Toulouse scrum-half."
    )
    assert one(nlp, text, "At half-time")["speaker"]["name"] == "Mathieu Laborde"


def test_a_surname_opening_with_ben_takes_the_given_name_after_a_headline(nlp):
    text = (
        "Ben Romdhane's long road from Monastir ends in Melbourne main draw\n\nMELBOURNE - Aziz "
        'Ben Romdhane has played 31 tournaments in Monastir, by his own count.\n\n"In Monastir '
        'you play in front of nobody," Ben Romdhane said.'
    )
    assert one(nlp, text, "In Monastir")["speaker"]["name"] == "Aziz Ben Romdhane"


def test_she_after_a_headline_surname_opening_with_ben_is_the_woman(nlp):
    text = (
        "Ben Slimane retires in New York heat\n\nNEW YORK - Tunisia's Yasmine Ben Slimane "
        "retired from her first-round match on Monday.\n\nThe 29-year-old was trailing Japan's "
        'Aoi Nakamura 6-7(5), 2-1 when she called the trainer.\n\n"I felt dizzy," Ben '
        "Slimane told reporters.\n\nShe said she had asked the chair umpire whether the heat "
        "rule would be applied."
    )
    found = result(nlp, text)
    assert one(nlp, text, "she had asked")["speaker"]["name"] == "Yasmine Ben Slimane"
    assert entity(found, "Aoi Nakamura")["type"] == "PERSON"  # no "6-7(5" in her name


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            '"We were promised full coverage," said Bürgermeisterin Heike Rautenbach.',
            "We were promised",
            "Heike Rautenbach",
        ),
        (
            '"What we are seeing is the result of weak enforcement," said Fr. Bernard '
            "Chilufya, who coordinates the justice and peace commission.",
            "What we are seeing",
            "Bernard Chilufya",
        ),
        (
            "“We signed the agreement in 2016,” said Smt. Kusum Vasant Deshpande, 71, the "
            "society’s secretary.",
            "We signed",
            "Kusum Vasant Deshpande",
        ),
        (
            "The temple’s chief incumbent, Ven. Karandeniye Somaratana Thero, said around 400 "
            "people were sleeping in the preaching hall.",
            "around 400 people",
            "Karandeniye Somaratana",
        ),
        (
            '"My client is a poet, not a politician," said Me Ouerdia Haddadi, one of his lawyers.',
            "My client",
            "Ouerdia Haddadi",
        ),
    ],
)
def test_titles_of_respect_and_a_monks_title_after_the_name_are_no_part_of_it(
    nlp, text, start, name
):
    assert one(nlp, f"Report\n\n{text}", start)["speaker"]["name"] == name


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "ALTO DE L’ANGLIRU, Spain — Slovenia’s Matej Kranjc took the red jersey on "
            "Saturday.\n\n“When I saw him moving, I knew,” Kranjc said.",
            "When I saw",
            "Matej Kranjc",
        ),
        (
            "The 26-year-old from Osaka beat the American Tyler Brandt 7-6(3), 6-4 to win.\n\n"
            '"With this crowd, it is like playing two people," said Brandt.',
            "With this crowd",
            "Tyler Brandt",
        ),
    ],
)
def test_a_country_before_a_name_is_no_part_of_it(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Communications Authority of Kenya said that it was reviewing the matter.",
            "Communications Authority of Kenya",
        ),
        (
            "The Ministry of Internal Affairs of Georgia said 14 people had been detained.",
            "Ministry of Internal Affairs of Georgia",
        ),
        (
            "The Bavarian State Office for the Environment said the Danube would crest on Monday.",
            "Bavarian State Office for the Environment",
        ),
        (
            "The Republican Bloc for the Defence of the Constitution said the vote was a sham.",
            "Republican Bloc for the Defence of the Constitution",
        ),
        (
            "The United Nations Organization Stabilization Mission in the Democratic Republic "
            "of the Congo said it was alarmed by the reports.",
            "United Nations Organization Stabilization Mission in the Democratic Republic of "
            "the Congo",
        ),
        (
            "The Instituto Português do Mar e da Atmosfera said the Alentejo could reach 45C.",
            "Instituto Português do Mar e da Atmosfera",
        ),
        (
            "The Observatoire Congolais des Ressources Naturelles said its researchers had "
            "counted 22 children.",
            "Observatoire Congolais des Ressources Naturelles",
        ),
        (
            "The South African Commercial, Catering and Allied Workers Union (Saccawu) said it "
            "would oppose the closures.",
            "South African Commercial, Catering and Allied Workers Union",
        ),
        (
            "More than 1,500 refugees crossed into Chad every day last week, the Office of the "
            "United Nations High Commissioner for Refugees (UNHCR) said on Tuesday.",
            "Office of the United Nations High Commissioner for Refugees",
        ),
        (
            "Israel’s Coordination of Government Activities in the Territories (COGAT) said "
            "trucks began moving again.",
            "Coordination of Government Activities in the Territories",
        ),
    ],
)
def test_a_bodys_name_is_whole_with_its_field_country_and_spelt_out_words(nlp, text, name):
    speakers = [(q["speaker"] or {}).get("name") for q in result(nlp, text)["quotes"]]
    assert speakers and speakers[0] == name


def test_he_said_according_to_a_translation_is_his(nlp):
    text = (
        "Speaking by satellite phone, Gonzaga Mayor Reynaldo Pascua told the local station "
        "Bombo Radyo that the evacuation centres were holding.\n\n“We did forced evacuation on "
        "Thursday, house by house,” he said, according to a translation by the station."
    )
    assert one(nlp, text, "We did forced")["speaker"]["name"] == "Reynaldo Pascua"


def test_someone_set_off_before_the_verb_after_an_object_read_as_its_subject_speaks(nlp):
    text = (
        "Chess\n\nFIDE's leadership stayed neutral. The council \"respects the will of the "
        'assembly" and will set up a working group before the next Olympiad, a FIDE '
        "spokesperson said after the vote."
    )
    found = result(nlp, text)
    assert one(nlp, text, "The council")["speaker"]["name"] == "a FIDE spokesperson"
    assert not [e for e in found["entities"] if e["type"] == "PERSON"]


def test_a_name_set_off_with_its_role_after_an_opening_place_speaks(nlp):
    text = (
        "Landslide\n\nIn the nearby village of Tulabolo, Pak Hamzah Mohulaingo, the village "
        "head, said residents had warned the district government about the camp."
    )
    speaker = one(nlp, text, "residents had warned")["speaker"]
    assert speaker["name"] == "Hamzah Mohulaingo"
    assert entity(result(nlp, text), "Hamzah Mohulaingo")["type"] == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        'UN briefing\n\n"Can you guarantee that the exchange will happen this month?" a reporter '
        'asked the envoy. "I can guarantee that I will not stop working," Sørensen replied.',
        "Budget\n\nOne reporter asked whether the states would be compensated for their share. "
        "The minister did not answer.",
    ],
)
def test_a_question_an_unnamed_reporter_put_is_no_quote(nlp, text):
    found = result(nlp, text)
    asked = [q for q in found["quotes"] if q["text"].startswith(("Can you", "whether the states"))]
    assert asked and not [q for q in asked if is_quote(q)]


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Shan State chief minister U Aung Kyaw Soe, appointed by the military, announced "
            "that customs revenue would be used to repair schools.",
            "that customs revenue",
            "Aung Kyaw Soe",
        ),
        (
            'Market traders\n\n"Yesterday this phone was 1.2 million kyat," said Ko Zin Min '
            "Latt, who sells phones in Yangon.",
            "Yesterday this phone",
            "Zin Min Latt",
        ),
        (
            "In Chimbote, Don Teófilo Ramos, 67, who fishes for bonito from a small wooden boat, "
            "said the warm water had brought unfamiliar species.",
            "the warm water",
            "Teófilo Ramos",
        ),
        (
            "The appeal\n\nIn her decision letter, published on Monday, inspector Rachel Ormsby "
            "BA MRTPI wrote that the development would harm the setting of the village.",
            "that the development",
            "Rachel Ormsby",
        ),
    ],
)
def test_honorifics_written_like_names_and_letters_after_a_name_are_no_part_of_it(
    nlp, text, start, name
):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_a_name_stays_whole_with_the_country_its_embassy_is_in_and_mixed_case_initials(nlp):
    text = (
        "Diplomacy\n\nThe British Embassy in Yangon wrote on X that it was deeply concerned by "
        "the verdict.\n\nTransport for London (TfL) said the changes "
        "would free up buses. TfL said it expected staff to be redeployed."
    )
    assert one(nlp, text, "that it was deeply")["speaker"]["name"] == "British Embassy in Yangon"
    assert one(nlp, text, "it expected staff")["speaker"]["name"] == "Transport for London"


def test_a_korean_family_name_alone_that_is_an_english_word_names_the_speaker(nlp):
    text = (
        "Korean violinist Park Ji-woo wins competition\n\nDeprez noted that more than 40 "
        'percent of applicants came from Asia. "This is the new reality of our field," she '
        "said.\n\nPark recalled listening to the competition on the radio as a child in Daegu. "
        '"My grandmother listened to the broadcast every spring. She just liked hearing young '
        'people trying so hard."'
    )
    assert one(nlp, text, "My grandmother")["speaker"]["name"] == "Park Ji-woo"


def test_the_taoiseach_is_the_one_named_in_that_office(nlp):
    text = (
        "Housing\n\nThe Taoiseach, Ciarán Mac Carthaigh, defended the Government's housing "
        'record on Tuesday.\n\nOpposition TDs heckled. "We will deliver more than 40,000 homes '
        'this year," the Taoiseach said.'
    )
    assert one(nlp, text, "We will deliver")["speaker"]["name"] == "Ciarán Mac Carthaigh"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "At the gate of the terminal, Md. Abul Kashem, who has worked as a clearing agent "
            'for 22 years, spoke through an interpreter. "I have seen hartals, floods and '
            'cyclones," he said.',
            "I have seen",
            "Md. Abul Kashem",
        ),
        (
            '"We will not allow our markets to be flooded," Trade Secretary Ma. Cristina '
            "Dizon-Salonga told reporters in Manila.",
            "We will not allow",
            "Ma. Cristina Dizon-Salonga",
        ),
        (
            'Outside the store, Aling Rosario Manalastas, 62, sells snacks. "The children come '
            'asking for vapes every day," Aling Rosario said.',
            "The children come",
            "Rosario Manalastas",
        ),
        (
            'Masahiro Sakurai, 70, runs a shop near the plant. "We have waited thirteen years," '
            "Sakurai-san said.",
            "We have waited",
            "Masahiro Sakurai",
        ),
        (
            '"The recommendations would mean nothing without funding," said Me Geneviève '
            "Ouimet, the family's lawyer.",
            "The recommendations",
            "Geneviève Ouimet",
        ),
        (
            "Arjun Mehta, 71, waited five hours for an ambulance. Mehta's son, Rohan, was in "
            'court for the findings. "Now the government has to do its job," Rohan said.',
            "Now the government",
            "Rohan Mehta",
        ),
    ],
)
def test_shortened_given_names_honorifics_and_a_sons_surname(nlp, text, start, name):
    assert one(nlp, f"Report\n\n{text}", start)["speaker"]["name"] == name


def test_a_spokesperson_for_the_who_is_no_relative_clause(nlp):
    text = (
        "Vaping\n\nThe World Health Organization’s position has not changed, a spokesperson "
        "for the WHO said in Geneva."
    )
    quote = one(nlp, text, "The World Health")
    assert quote["speaker"]["name"] == "a spokesperson for the WHO"


def test_a_relation_named_by_a_given_name_takes_the_surname_not_its_suffix(nlp):
    text = (
        "Campaign\n\nVice President Joseph R. Biden Jr. campaigned in Scranton on Monday. "
        "Biden's son, Beau, died of brain cancer last year."
    )
    found = result(nlp, text)
    assert entity(found, "Beau Biden")["type"] == "PERSON"


def test_he_after_a_reporter_asked_someone_is_the_one_asked(nlp):
    text = (
        "Backlog\n\nOkafor noted that the department had hired 10,000 staff. A reporter asked "
        'Okafor, "Will the backlog be cleared by September?" He declined to give a date, saying '
        'only that the agency was "ahead of where we projected."'
    )
    assert one(nlp, text, "only that the agency")["speaker"]["name"] == "Okafor"


def test_a_surname_the_tagger_read_as_a_plural_noun_is_still_a_name(nlp):
    text = (
        "Pensions\n\n“This is the most important social reform in thirty years,” Labour "
        "Minister Carolina Andrea Valdivieso Tapia said outside the chamber in Valparaíso.\n\n"
        "Valdivieso said the higher contribution would raise the average pension of current "
        "retirees by about a third."
    )
    speaker = one(nlp, text, "the higher contribution")["speaker"]
    assert speaker["name"] == "Carolina Andrea Valdivieso Tapia"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "A three-member bench led by Federal Court judge Datuk Wira Shahrul Nizam bin Ahmad "
            "Tajuddin dismissed the appeal. Shahrul Nizam said the prosecution had failed to "
            "prove its case.",
            "the prosecution had failed",
            "Shahrul Nizam bin Ahmad Tajuddin",
        ),
        (
            "BP chairman Tan Sri Zulkarnain bin Hamid Ariffin accompanied the candidate. "
            '"We are not taking anything for granted," Zulkarnain said.',
            "We are not taking",
            "Zulkarnain bin Hamid Ariffin",
        ),
        (
            "GHR deputy chairman Tengku Hazman Shah bin Tengku Ibrahim will campaign there. "
            '"This is not just a by-election," Tengku Hazman told a ceramah.',
            "This is not just",
            "Tengku Hazman Shah bin Tengku Ibrahim",
        ),
        (
            "The third candidate is retired teacher Kalaiselvi a/p Murugiah, 52, an independent. "
            '"These families still have no land titles," Kalaiselvi said.',
            "These families",
            "Kalaiselvi a/p Murugiah",
        ),
        (
            "Defence lawyer Ravi Shankar s/o Ramasamy asked for seven years. "
            '"He did not set out to deceive anyone," Ravi Shankar said.',
            "He did not set out",
            "Ravi Shankar s/o Ramasamy",
        ),
        (
            "Vistana will press ahead with its plant, group managing director Dato' Sri Lim Chee "
            'Keong said. "Building a plant is the easy part," Lim said.',
            "Building a plant",
            "Lim Chee Keong",
        ),
        (
            "Deputy Public Prosecutor Kelvin Chong Wei Liang sought 10 years' jail. "
            '"He manufactured it," said DPP Chong.',
            "He manufactured it",
            "Kelvin Chong Wei Liang",
        ),
    ],
)
def test_malaysian_and_singaporean_names_whole_and_by_the_name_used(nlp, text, start, name):
    assert one(nlp, f"Report\n\n{text}", start)["speaker"]["name"] == name


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Canada Basketball spokesperson Geneviève Arsenault-Roy said the national team's "
            "medical staff had been in contact with the club since Sunday.",
            "the national team's",
            "Geneviève Arsenault-Roy",
        ),
        (
            'That is where María Guadalupe Chávez-Ortega lives. "He was alone for almost four '
            'hours before anybody found him," Chávez-Ortega said.',
            "He was alone",
            "María Guadalupe Chávez-Ortega",
        ),
        (
            "Environmental lawyer and campaigner Mehr-un-Nisa Qureshi, who heads the Lahore "
            'Clean Air Forum, said the response was "reactive and seasonal".',
            "the response was",
            "Mehr-un-Nisa Qureshi",
        ),
    ],
)
def test_a_name_the_tagger_cut_at_a_hyphen_is_whole(nlp, text, start, name):
    assert one(nlp, f"Report\n\n{text}", start)["speaker"]["name"] == name


def test_names_joined_by_a_hyphen_stay_two_people_when_each_stands_alone(nlp):
    text = (
        "Race\n\nThe more it goes on, the more Ted Cruz looks the real conservative and Donald "
        "Trump a showman, Bozell concludes on the Trump-Cruz matchup.\n\nThe Cruz-Rubio "
        "matchup is a classic of Republican contests, said Marco Rubio's adviser."
    )
    names = {e["name"] for e in result(nlp, text)["entities"] if e["type"] == "PERSON"}
    assert "Ted Cruz" in names
    assert not any("-" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "The Archdiocese of Monterrey said in a statement that it deeply laments the ruling.",
            "that it deeply laments",
            "Archdiocese of Monterrey",
        ),
        (
            "A tally by the Plataforma Cidadã de Observação Eleitoral (PCOE), a coalition of "
            "churches, found that Tembe had won.\n\nThe PCOE said it would publish its full "
            "report within two weeks.",
            "it would publish",
            "Plataforma Cidadã de Observação Eleitoral",
        ),
        (
            "The Memphis Rivermen traded their center to the Denver Summit in a deal that also "
            "sends two future first-round picks to the Oklahoma City Drillers.\n\nIn a statement, "
            'the Drillers said the picks "give us flexibility to keep building through the draft."',
            "the picks",
            "Oklahoma City Drillers",
        ),
        (
            "A person involved in the search said the team had already contacted two candidates.",
            "the team had already",
            "a person involved in the search",
        ),
        (
            "Deputy Superintendent of Police Ramesh Bahadur Thapa Magar said the landslide struck "
            "at around 2:30am.",
            "the landslide struck",
            "Ramesh Bahadur Thapa Magar",
        ),
        (
            "“The whole hillside above the village simply gave way,” Deputy Superintendent of "
            "Police Ramesh Bahadur Thapa Magar, the district police chief, told the Post.",
            "The whole hillside",
            "Ramesh Bahadur Thapa Magar",
        ),
        (
            "Environmental groups argue that the government has not done enough. Ts. "
            "Enkhtuvshin, a coordinator for the Breathe Mongolia Coalition, said the authorities "
            "had spent years on slogans.",
            "the authorities had spent",
            "Ts. Enkhtuvshin",
        ),
    ],
)
def test_bodies_teams_descriptions_and_titles_of_a_field(nlp, text, start, name):
    assert one(nlp, f"Report\n\n{text}", start)["speaker"]["name"] == name


def test_a_swedish_noble_particle_stays_in_the_surname(nlp):
    text = (
        "Hockey\n\nFrölunda centre Carl-Johan af Ekström will retire at the end of the season. "
        '"I have thought about it for a long time," af Ekström said. Af Ekström said he had no '
        "plans to change his preparation."
    )
    assert one(nlp, text, "I have thought")["speaker"]["name"] == "Carl-Johan af Ekström"
    assert one(nlp, text, "he had no plans")["speaker"]["name"] == "Carl-Johan af Ekström"


def test_a_place_and_a_colon_opening_the_story_is_a_dateline_no_speaker(nlp):
    text = (
        "Delhi chokes as the air quality index crosses 480\n\nNew Delhi: The national capital "
        "woke up to a thick blanket of smog on Monday as the air quality index climbed to 484."
        "\n\nOfficials said schools would close."
    )
    found = result(nlp, text)
    assert [q["speaker"]["name"] for q in found["quotes"] if is_quote(q)] == ["Officials"]


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "“We have seen this pattern before, in solar panels and in steel,” Annelies "
            "Vorstermans, the EU trade commissioner, told reporters in Brussels.",
            "We have seen",
            "Annelies Vorstermans",
        ),
        (
            'Parent Catrìona Nic an t-Saoir chairs the group. "It has been a long road," Nic an '
            "t-Saoir said.",
            "It has been",
            "Catrìona Nic an t-Saoir",
        ),
        (
            "Procurator fiscal depute Seonaidh Mac a' Phearsain told the court that the victim "
            "had been standing outside the bar.",
            "that the victim",
            "Seonaidh Mac a' Phearsain",
        ),
        (
            "Deputy energy minister Thao Daovong Keomanivong said the dam would include a fish "
            "passage.",
            "the dam would include",
            "Daovong Keomanivong",
        ),
        (
            "Village chief Lok Sam Vuthy said he had been caught in the middle of the dispute.",
            "he had been caught",
            "Sam Vuthy",
        ),
        (
            "Villagers lined the road as His Royal Highness Fon Teke Nyamsi II returned to his "
            'palace on Saturday. "I have come home to my people," Teke Nyamsi II said.',
            "I have come home",
            "Teke Nyamsi II",
        ),
        (
            "COCOBOD spokesman Fiifi Ekow Arthur-Mensah said the board had intensified border "
            "patrols.",
            "the board had intensified",
            "Fiifi Ekow Arthur-Mensah",
        ),
        (
            "Former reporter Vivian Kwok Siu-ying said she was relieved but could not celebrate.",
            "she was relieved",
            "Vivian Kwok Siu-ying",
        ),
        (
            "Femke ter Horst, a member of parliament, said she would put written questions to the "
            "minister. Ter Horst said the change was long overdue.",
            "the change was long overdue",
            "Femke ter Horst",
        ),
        (
            'Mercy Achieng Odhiambo, a lawyer for the moderators, called the ruling "a turning '
            'point for every African worker." Odhiambo said the companies had hidden behind '
            "contractors.",
            "the companies had hidden",
            "Mercy Achieng Odhiambo",
        ),
    ],
)
def test_names_across_naming_conventions_whole(nlp, text, start, name):
    assert one(nlp, f"Report\n\n{text}", start)["speaker"]["name"] == name


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            "Hande Yücesoy, the committee's Europe and Central Asia representative, who attended "
            "the hearing, said the group had counted at least 19 journalists behind bars.",
            "the group had counted",
            "Hande Yücesoy",
        ),
        (
            "Tom Vilsack, a former Iowa governor and a key Clinton supporter, said the caucus "
            "would be close.",
            "the caucus would",
            "Tom Vilsack",
        ),
        (
            "Fox News Vice President and Washington Managing Editor Bill Sammon said the "
            "decision was wrong.",
            "the decision was wrong",
            "Bill Sammon",
        ),
        (
            "Senate campaign chairman Chuck Schumer and his House counterpart Rahm Emanuel said "
            "the decision was made.",
            "the decision was made",
            "Chuck Schumer and Rahm Emanuel",
        ),
        (
            "Google and Apple officials said the deal was off.",
            "the deal was off",
            "Google and Apple officials",
        ),
    ],
)
def test_places_and_people_inside_a_speakers_role_are_no_second_speaker(nlp, text, start, name):
    assert one(nlp, f"Report\n\n{text}", start)["speaker"]["name"] == name


def test_words_after_a_name_are_no_syllable_or_regnal_number(nlp):
    text = (
        "Money\n\nThe super PAC backing Jeb Bush-spent more than $100 million. It is no "
        "different than the Bush II economic agenda, said Ed Park. The Lok Sabha adjourned."
    )
    names = {e["name"] for e in result(nlp, text)["entities"]}
    assert "Jeb Bush" in names, names
    assert not {"Jeb Bush-spent", "Bush II", "Sabha"} & names, names


def test_an_office_holders_spokesman_is_no_spokesman_named_later(nlp):
    text = (
        "No 10 stands by minister\n\nAt the morning lobby briefing, the Prime Minister’s "
        "official spokesman told reporters: “The Prime Minister has full confidence in the "
        "minister.”\n\nAsked about the inquiry, the spokesman said he would not get ahead of it."
        "\n\nThe Liberal Democrats’ Cabinet Office spokesman, Ifan Llewelyn-Morgan, said the "
        "episode was “a depressingly familiar story”."
    )
    speaker = one(nlp, text, "The Prime Minister has")["speaker"]
    assert speaker["name"] == "the Prime Minister’s official spokesman"
    assert speaker["entity_id"] is None
    later = one(nlp, text, "he would not get ahead")["speaker"]
    assert later["name"] == "the Prime Minister’s official spokesman"


def test_what_an_office_holds_is_no_person(nlp):
    text = (
        "Commons\n\nThe two clashed at a bad-tempered Prime Minister’s Questions on Wednesday. "
        "The Prime Minister insisted that waiting lists would be falling."
    )
    found = result(nlp, text)
    assert "Questions" not in {e["name"] for e in found["entities"]}
    assert one(nlp, text, "that waiting lists")["speaker"]["name"] == "The Prime Minister"


def test_initials_in_mixed_case_stand_for_the_body_they_spell(nlp):
    text = (
        "Air\n\nData published by Transport for London on Monday showed lower levels. TfL said "
        "the number of older vehicles had fallen by almost half.\n\nThe Bank of England held "
        "rates. The BoE said inflation was falling."
    )
    assert one(nlp, text, "the number of older")["speaker"]["name"] == "Transport for London"
    assert one(nlp, text, "inflation was falling")["speaker"]["name"] == "Bank of England"
    assert entity(result(nlp, text), "Transport for London")["type"] == "ORG"


def test_a_headlines_surname_alone_does_not_stop_the_full_name_below(nlp):
    text = (
        "French teenager Sarr-Lefèvre weighs NBA leap as scouts flock to Angers\n\n"
        "ANGERS, France (Reuters) - Ibrahima Sarr-Lefèvre has grown used to seeing unfamiliar "
        'faces in the front row.\n\n"I still feel like the kid from Cergy," Sarr-Lefèvre told '
        "Reuters after the game."
    )
    assert one(nlp, text, "I still feel")["speaker"]["name"] == "Ibrahima Sarr-Lefèvre"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (
            '"This is the day Bolivia starts selling lithium," said Renán Choque Villarroel, '
            "president of the state-owned company.",
            "This is the day",
            "Renán Choque Villarroel",
        ),
        (
            "In an interview in her office, the Comptroller-General, María Celeste Ruiz Díaz de "
            "Amarilla, said her auditors had cross-checked payroll records.",
            "her auditors had",
            "María Celeste Ruiz Díaz de Amarilla",
        ),
        (
            "Adi Mereoni Tuikoro, who chairs the women's council, said women from landowning "
            "units had a voice.",
            "women from landowning",
            "Mereoni Tuikoro",
        ),
    ],
)
def test_given_names_stay_with_double_surnames_and_chiefs_lose_their_title(nlp, text, start, name):
    assert one(nlp, f"Report\n\n{text}", start)["speaker"]["name"] == name


def test_a_countrys_body_in_the_opening_paragraph_is_the_one_the_next_names(nlp):
    found = result(
        nlp,
        "ACCRA (Coastal Wire) — Ghana's energy regulator on Monday ordered two power "
        "distributors to refund customers, saying they had overcharged thousands of "
        "households.\n\nThe Ghana Energy Tariffs Commission said the order applied to both firms "
        "until an audit was complete.",
    )
    speakers = [q["speaker"]["name"] for q in found["quotes"]]
    assert speakers == ["Ghana Energy Tariffs Commission"] * 2


PROFILE_OF_A_CHEF = (
    "The chef who never stopped\n"
    "\n"
    "It is 7.40 on a Tuesday morning and Yewande Adebayo-Clarke is already elbow-deep in "
    "a tub of scotch bonnets. “People think chefs sleep in,” she says.\n"
    "\n"
    "Adebayo-Clarke, 38, opened the place in 2019 with £14,000 of savings and a loan "
    "from her uncle. Five years on, it has a Bib Gourmand, a waiting list that stretches "
    "into spring and a signature dish – goat shoulder with fermented plantain – that one "
    "critic called “the best thing I ate all year”.\n"
    "\n"
    "She learned to cook, she says, in her grandmother’s kitchen in Peckham, standing on "
    "an upturned crate so she could reach the hob.\n"
)

PROFILE_OF_A_BAKER = (
    "The baker who rose at three\n"
    "\n"
    "It is 4.15 on a Friday morning and Morwenna Achterberg-Lyle is already dusted in "
    "rye flour. “People think bakers are morning people,” she says. “Nobody is a morning "
    "person.”\n"
    "\n"
    "Achterberg-Lyle, 44, opened the bakery in 2016 with a van and a loan from her "
    "brother. Before that Achterberg-Lyle taught chemistry at a school in Truro. Eight "
    "years on, it has a queue round the corner and a sourdough loaf that one reviewer, "
    "who asked not to be named, called “the best bread in the county”.\n"
    "\n"
    "She learned to bake, she says, at her aunt’s kitchen table in Penzance.\n"
    "\n"
    "“Auntie Jo never weighed a thing,” she remembers. “She baked by the feel of the "
    "dough and the smell of the oven.”\n"
    "\n"
    "Her first boss, Callum Tregarthen, recalls an apprentice who would not go home. "
    "“She stayed until the last tray was out,” he says. “I had to lock up around her.”\n"
    "\n"
    "The nickname came later. Customers call her “the Flour Queen”, which she pretends "
    "to hate.\n"
    "\n"
    "So what is it really like, running a bakery now?\n"
    "\n"
    "“It’s been savage,” she says, without a pause. “Flour went up by a third.”\n"
)


def test_she_in_a_new_paragraph_is_not_whom_a_relative_clause_quoted_in_passing(nlp):
    # "a signature dish … that one critic called “…”": the critic speaks once, in passing
    found = one(nlp, PROFILE_OF_A_CHEF, "She learned to cook")
    assert found["speaker"]["name"] == "Yewande Adebayo-Clarke"


def test_a_clause_in_marks_someone_remembers_is_what_they_say(nlp):
    found = one(nlp, PROFILE_OF_A_BAKER, "Auntie Jo never weighed a thing")
    assert found["act"] == "speech" and is_quote(found)
    assert found["speaker"]["name"] == "Morwenna Achterberg-Lyle"


def test_she_far_from_any_name_of_hers_is_whom_the_feature_is_about(nlp):
    # a man and a group of customers named since she was, and a question of the writer's
    found = one(nlp, PROFILE_OF_A_BAKER, "It’s been savage")
    assert found["speaker"]["name"] == "Morwenna Achterberg-Lyle"


A_MINISTERS_PRESS_CONFERENCE = (
    "Government pledges extra funds as measles cluster grows\n"
    "\n"
    "WELLINGTON, Feb 9 (Wire) - New Zealand's government will spend an additional NZ$12 "
    "million on vaccination as a measles outbreak in south Auckland continues to spread, "
    "with 41 confirmed cases recorded since mid-January.\n"
    "\n"
    "Health Minister Adele Fairbrother, speaking at a press conference at Parliament on "
    "Monday afternoon, said mobile vaccination vans would visit every school in south "
    "Auckland by the end of the month.\n"
    "\n"
    "Fairbrother, a former paediatric nurse, was joined at the lectern by Dr. John Taone, "
    "director of the Public Health Directorate.\n"
    "\n"
    '"This is the largest cluster we have seen since 2019," Taone said.\n'
    "\n"
    "The 2019 outbreak, also centred on Auckland, infected more than 2,000 people in New "
    "Zealand and spread to Samoa, where it killed 83 people, most of them young children. "
    "Vaccination rates have slipped since the pandemic disrupted routine childhood "
    "immunisations, and fewer than 80 percent of two-year-olds in the district were fully "
    "immunised against measles last year, well below the level needed to prevent "
    "outbreaks.\n"
    "\n"
    "Funding for immunisation outreach has become a political issue since last year's "
    "health reforms merged several regional programmes into a single national budget, and "
    "several district boards have complained about delays.\n"
    "\n"
    "When a reporter asked whether the government would consider closing schools, she "
    'replied: "No. Closing schools would do far more harm than good."'
)


def test_she_answering_a_reporters_question_is_the_woman_the_story_is_about(nlp):
    # the reporter asked; the only woman named, twice, answers (a man is named twice too)
    found = one(nlp, A_MINISTERS_PRESS_CONFERENCE, "No. Closing schools")
    assert found["speaker"]["mention"]["text"] == "she"
    assert found["speaker"]["name"] == "Adele Fairbrother"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In a statement relayed by the state news agency Warta Nasional, the Ministry of "
            'Foreign Affairs said the men had been fishing "in waters where the line between our '
            'two countries has never been finally agreed".',
            "Ministry of Foreign Affairs",
        ),
        (
            "In a statement carried by the state news agency El Djazair Press Service, the "
            'Algerian Ministry of Foreign Affairs said the documentary formed part of "a '
            'deliberate campaign of defamation against Algeria and its institutions".',
            "Algerian Ministry of Foreign Affairs",
        ),
    ],
)
def test_the_body_named_after_the_agency_that_carried_its_statement_speaks(nlp, text, name):
    found = one(nlp, text, "the ")
    assert found["speaker"]["name"] == name


@pytest.mark.parametrize(
    "filed",
    [
        "The proposed class action, filed by the Cumberland County Firefighters' Pension Fund in "
        "federal court on Wednesday, covers investors who bought shares.",
        "The Cumberland County Firefighters' Pension Fund filed a lawsuit in federal court on "
        "Wednesday.",
    ],
)
def test_the_complaint_speaks_for_whoever_filed_it(nlp, filed):
    text = filed + " According to the complaint, the executives misled investors about the trial."
    found = one(nlp, text, "the executives misled")
    assert found["speaker"]["mention"]["text"] == "the complaint"
    assert found["speaker"]["name"] == "Cumberland County Firefighters' Pension Fund"


def test_a_bodys_name_no_entity_holds_goes_on_through_its_for_phrase(nlp):
    text = (
        "The Civic Initiative for the North, a local Serb association, said in a statement that "
        "the raids had been carried out without warning."
    )
    found = one(nlp, text, "that the raids")
    assert found["speaker"]["name"] == "The Civic Initiative for the North"


def test_the_agency_credited_in_the_dateline_is_no_one_he_stands_for(nlp):
    text = (
        "Guizhou steps up refinancing of local debt\n\n"
        "GUIYANG, Sept 22 (Meridian Wire) - Guizhou, one of China's most heavily indebted "
        "provinces, has stepped up efforts to refinance borrowing by its local government "
        "financing vehicles.\n\n"
        'Vice-governor Xu Hanbo said the province would "resolutely hold the bottom line of no '
        'systemic risk," according to remarks broadcast by state television on Saturday. The '
        "quotations were translated by Meridian Wire from the Chinese-language broadcast.\n\n"
        '"Debt is not a tiger that will eat us," he said in the same broadcast.\n'
    )
    found = result(nlp, text)
    assert entity(found, "Meridian Wire")["type"] == "ORG"
    assert one(nlp, text, "Debt is not")["speaker"]["name"] == "Xu Hanbo"


def test_a_member_of_the_knesset_is_named_without_mk(nlp):
    text = (
        "The Arab-led Al-Tajdid list has stayed out of the negotiations. But MK Rania Khatib, "
        "who heads the list, used a speech from the Knesset rostrum to attack the government."
        "\n\n\u201cFor two years this government has told Arab mayors that there is no money for "
        "classrooms,\u201d she said."
    )
    found = result(nlp, text)
    assert entity(found, "Rania Khatib")["type"] == "PERSON"
    assert one(nlp, text, "For two years")["speaker"]["name"] == "Rania Khatib"


def test_the_platform_x_ends_its_sentence_and_joins_no_name(nlp):
    text = (
        "Within an hour of the announcement, former employees began posting on LinkedIn and X. "
        "One engineer, who had moved from Texas to join the company eight months ago, posted a "
        'photograph of her badge.\n\n"Found out my badge stopped working before I found out I '
        'was let go," she wrote.'
    )
    found = result(nlp, text)
    assert not [e["name"] for e in found["entities"] if "One" in e["name"]]
    assert one(nlp, text, "Found out")["speaker"]["name"] == "one engineer"


def test_he_capitalised_inside_a_sentence_is_the_surname_he(nlp):
    text = (
        "Commerce ministry spokeswoman He Yaping told a weekly news conference that "
        "applications were being processed \u201cin accordance with laws and regulations.\u201d"
        "\n\n\u201cSome applications have been approved,\u201d He said, \u201cwhile others remain "
        "under review.\u201d"
    )
    assert one(nlp, text, "Some applications")["speaker"]["name"] == "He Yaping"


def test_a_rank_before_an_office_is_no_name_the_office_is_in(nlp):
    # "Chief" is capitalised as "Derry" in "the Derry captain" is, but is the office's rank
    text = (
        "Uproar in Assembly over canal tenders\n\n"
        "Water Resources Minister K. Shivalingaiah rejected the charge and told the House that "
        'every package had been finalised through the e-procurement portal. "Nothing has been '
        'hidden from anybody," he said.\n\n'
        'Chief Minister S. Ramachandra Gowda intervened as the din grew louder. "The '
        'Opposition has made serious allegations without a shred of evidence," the Chief '
        "Minister said."
    )
    found = one(nlp, text, "The Opposition has made")
    assert found["speaker"]["name"] == "S. Ramachandra Gowda"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leader of the Opposition R. Ashoka said the budget was a failure.", "R. Ashoka"),
        (
            "Leader of the Opposition M. Chandrashekar Hiremath alleged that the tenders were "
            'rigged. "The same two firms have bagged 11 of the 14 packages," Mr. Hiremath said.',
            "M. Chandrashekar Hiremath",
        ),
    ],
)
def test_a_name_with_initials_after_the_leader_of_the_opposition_is_the_leader(nlp, text, name):
    found = result(nlp, text)
    assert [e["name"] for e in found["entities"]] == [name]
    assert found["quotes"] and all(q["speaker"]["name"] == name for q in found["quotes"])


def test_a_platforms_former_name_set_off_before_the_speaker_is_not_the_speaker(nlp):
    text = (
        "Verdict reaction\n\n"
        "Writing on X, formerly Twitter, the housing minister, Claire Odum, posted: “My "
        "thoughts are with the Bramley Court families tonight. Their courage has brought us "
        "to this day.”"
    )
    assert one(nlp, text, "My thoughts are")["speaker"]["name"] == "Claire Odum"


def test_a_name_after_an_opening_phrase_ending_in_a_bare_court_is_a_person(nlp):
    # "Speaking outside court, Yasmin Chaudhry, whose …": parsed as the court's apposition
    text = (
        "Families hail verdicts\n\n"
        "Gerald Pennock, 61, and Lorna Fairweather, 54, were convicted after a 14-week trial.\n\n"
        "Speaking outside court, Yasmin Chaudhry, whose brother Imran died on the fifth "
        "floor, said: “Our loved ones were not killed by an accident.”\n\n"
        "She said the families had been “treated like a nuisance” by the company."
    )
    found = result(nlp, text)
    assert entity(found, "Yasmin Chaudhry")["type"] == "PERSON"
    assert one(nlp, text, "the families had been")["speaker"]["name"] == "Yasmin Chaudhry"


def test_a_kind_of_body_named_after_its_noun_is_what_the_noun_stands_for_later(nlp):
    text = (
        "Sheinbaum defends fuel cap\n\n"
        "The president was responding to a question about a report released Monday by the "
        "ratings agency Harwick Global Ratings, which warned that the fuel subsidy was "
        "putting pressure on public finances.\n\n"
        'The agency said Mexico\'s fiscal deficit "could exceed 5% of GDP next year" unless '
        "the government found new revenue."
    )
    assert one(nlp, text, "Mexico's fiscal deficit")["speaker"]["name"] == "Harwick Global Ratings"


def test_the_office_of_an_abbreviated_title_is_held_whatever_else_describes_its_holder(nlp):
    # "Gov. Héctor Zamudio del Río" is "Zamudio, a civil engineer": still "the governor"
    text = (
        "Zacatecas governor orders water rationing as drought empties key dam\n"
        "\n"
        "ZACATECAS, Mexico (AP) — Zacatecas Gov. Héctor Zamudio del Río on Thursday ordered "
        "rotating water cuts in the state capital and four neighboring municipalities, "
        "saying the region’s main reservoir had fallen to its lowest level in three decades.\n"
        "\n"
        "“We are not facing a drought; we are facing the new normal,” Zamudio, a civil "
        "engineer who is still introduced at public events as Ing. Zamudio, told a news "
        "conference at the Government Palace. “Whoever tells you the rains are going to save "
        "us is lying to you.”\n"
        "\n"
        "Opposition lawmakers in the state congress were quick to pile on. Dip. Arturo "
        "Candelas de la Garza, who leads the PRI caucus, said in a statement that the "
        "rationing was the result of “three years of improvisation” and demanded that the "
        "governor appear before legislators to explain how the emergency funds would be "
        "spent.\n"
        "\n"
        "Zamudio plans to travel to Mexico City next week to ask the federal Finance "
        "Ministry for 800 million pesos to speed up construction of an aqueduct from the Los "
        "Cedros dam, a project that has been stalled since 2021.\n"
        "\n"
        "Asked whether the state would consider limiting water to industrial users, "
        "including a brewery and two auto-parts plants on the outskirts of the capital, the "
        "governor said “everything is on the table.”"
    )
    found = one(nlp, text, "everything is on the table")
    assert found["speaker"]["name"] == "Héctor Zamudio del Río"


PROFILE_OF_A_SURGEON = (
    "She Was a Surgeon in Aleppo. In Ohio, She Started Over as an Intern.\n"
    "\n"
    "By Rachel Dombrowski | Photographs by Luis Arancibia\n"
    "\n"
    "At 5:15 a.m., the staff parking lot at Mercy Valley Medical Center in Dayton is "
    "mostly empty. Dr. Lina al-Khatib parks her 2011 Corolla in the far corner, checks "
    "her pager twice and walks in past the ambulance bay. She is 47 years old, and she "
    "is an intern.\n"
    "\n"
    '"People see my gray hair and think I am the attending," she says, clipping her '
    'badge to her scrubs. "Then they read the badge and they are confused. I tell them: '
    'I am both. I am a very old beginner."\n'
    "\n"
    "For 11 years, al-Khatib was a general surgeon at a public hospital in Aleppo, "
    "Syria. She fled in 2016 with her husband and two sons, spent three years in "
    "Gaziantep, Turkey, and arrived in Ohio in 2019 through a refugee resettlement "
    "program.\n"
    "\n"
    "Her medical degree was not recognized in the United States. To practice, she had to "
    "pass the U.S. licensing exams and then match into a residency program - in effect, "
    "start again from the beginning.\n"
    "\n"
    "She does not talk easily about the war, but one memory comes back often.\n"
    "\n"
    '"The last operation I did in Aleppo was by flashlight," she says. "A boy, maybe '
    "nine. Shrapnel in the abdomen. The generator had stopped, and my scrub nurse held "
    "her phone over the table for two hours.\n"
    "\n"
    '"I think about him a lot. I never learned his name. I don\'t know if he lived."\n'
    "\n"
    "She studied for the exams at night, after shifts stocking shelves at a grocery "
    "store, with flashcards taped to the kitchen cabinets. Her husband, Samer Haddad, a "
    "former civil engineer who now drives for a delivery company, says the cards are "
    "still up.\n"
    "\n"
    '"I am not allowed to take them down," he says. "She says they are for luck. I think '
    'she just forgot about them."\n'
    "\n"
    "What was the hardest part?\n"
    "\n"
    '"Not the medicine," she says. "A gallbladder in Aleppo is a gallbladder in Ohio. '
    "The hardest part was being told, again and again, for four years, that you are not "
    'enough yet."'
)


def test_she_after_a_question_in_a_profile_is_its_subject_named_twice_by_a_guessed_name(nlp):
    # her husband, a man, quoted since; "Lina" a woman's name only by gender-guesser's guess
    found = one(nlp, PROFILE_OF_A_SURGEON, "Not the medicine")
    assert found["speaker"]["name"] == "Lina al-Khatib"


def test_a_quotation_opening_its_paragraph_is_whoever_makes_a_gesture_right_after(nlp):
    text = (
        "The youngest MP in the chamber\n\n"
        "Sarah Whitfield was 26 when she won the seat in Fairfield. “People keep telling me "
        "I’ll burn out,” she says.\n\n"
        "And is she still angry?\n\n"
        "“Less angry. More tired.” She laughs, then glances at her media adviser."
    )
    found = one(nlp, text, "Less angry")
    assert found["speaker"]["name"] == "Sarah Whitfield"


def test_words_in_marks_after_what_someone_called_are_theirs(nlp):
    text = (
        "Carrabeen by-election live\n\n"
        "The seat fell vacant when long-serving Labor MP Graham Pettigrew retired in August, "
        'citing what he called "the pull of grandchildren and a fishing rod".'
    )
    assert one(nlp, text, "")["speaker"]["name"] == "Graham Pettigrew"


def test_a_paragraph_opening_with_a_name_and_who_they_are_labels_the_quotation(nlp):
    text = (
        "Challenge Cup final live\n\n"
        "17:45\nPundit's verdict\n\n"
        "Garry Ollerenshaw, on BBC One: \"That's the best final I've seen in 20 years, and "
        "I've played in three of them.\"\n\n"
        'Jo Calloway, Hornets fan: "Proud of our lads. That try will haunt me for a decade."'
    )
    assert one(nlp, text, "That's the best final")["speaker"]["name"] == "Garry Ollerenshaw"
    assert one(nlp, text, "Proud of our lads")["speaker"]["name"] == "Jo Calloway"


def test_the_abbreviation_of_a_kenyan_cabinet_secretary_is_the_secretary_named_before(nlp):
    text = (
        "Tea farmers protest low bonus\n"
        "\n"
        "Agriculture Cabinet Secretary Dr Linus Mwenda Kaberia yesterday said the government "
        "was “fully aware of the pain our farmers are going through” and would roll out "
        "reforms to curb exploitation by middlemen.\n"
        "\n"
        "“We are reviewing the tea law to ensure that no broker or middleman takes more than "
        "his fair share. Farmers must get at least 75 per cent of the value of their tea,” "
        "Dr Kaberia posted on his X account.\n"
        "\n"
        "The CS said the ministry would introduce a minimum reserve price at the auction "
        "from July."
    )
    found = result(nlp, text)
    assert "CS" not in [e["name"] for e in found["entities"]]
    assert one(nlp, text, "the ministry would")["speaker"]["name"] == "Linus Mwenda Kaberia"


def test_she_told_reporters_is_no_headlines_passive_whatever_the_parser_made_of_them(nlp):
    text = (
        "Budget day live\n\n"
        "Chancellor Miriam Ashdown has left No 11 holding the famous red box. She told waiting "
        "reporters it would be “a budget for grown-ups”, and did not take further questions."
    )
    assert one(nlp, text, "it would be")["speaker"]["name"] == "Miriam Ashdown"


INQUIRY_INTO_A_SHOOTING = (
    "PCA probes Morvant shooting as family demands answers\n"
    "\n"
    "Renée Baptiste-Cudjoe\n"
    "\n"
    "The Police Complaints Authority (PCA) has launched an independent investigation "
    "into the fatal shooting of 19-year-old Kareem Joseph-Ali, who was killed by police "
    "during an anti-crime exercise in Morvant early on Sunday.\n"
    "\n"
    "In a release yesterday, the PCA said it had “taken carriage of the matter” and that "
    "its investigators had already visited the scene at Upper Rosehill Trace and secured "
    "a number of exhibits.\n"
    "\n"
    "According to a statement from the Trinidad and Tobago Police Service (TTPS), "
    "officers of the North Eastern Division Task Force were on patrol around 2.30 am "
    "when they came upon a group of men near a parlour. The statement said one of the "
    "men pointed a firearm in their direction and officers “discharged their service "
    "weapons in fear of their lives”.\n"
    "\n"
    "Joseph-Ali was taken to the Port of Spain General Hospital, where he was pronounced "
    "dead. A firearm was reportedly recovered at the scene, and police believe it may "
    "have been used in a robbery in Barataria last month.\n"
    "\n"
    "But Joseph-Ali’s mother, Gail Joseph, 44, insists her son never owned a gun.\n"
    "\n"
    "“Kareem was a apprentice welder. He was coming from his girlfriend house. They "
    "could say what they want, but my son didn’t have no gun,” a tearful Joseph told the "
    "Guardian outside the Forensic Science Centre in St James yesterday."
)


def test_a_surname_alone_is_the_name_it_ends_not_one_it_is_half_of(nlp):
    # "Kareem Joseph-Ali" named first, his mother "Gail Joseph" later: "a tearful Joseph"
    found = one(nlp, INQUIRY_INTO_A_SHOOTING, "Kareem was a apprentice welder")
    assert found["speaker"]["name"] == "Gail Joseph"
    # nor one a title and the surname make: "Ing. Zamudio" is "Héctor Zamudio del Río"
    text = (
        "Zacatecas rations water\n\n"
        "ZACATECAS, Mexico (AP) — Zacatecas Gov. Héctor Zamudio del Río on Thursday ordered "
        "rotating water cuts in the state capital.\n\n"
        "“We are not facing a drought; we are facing the new normal,” Zamudio, a civil engineer "
        "who is still introduced at public events as Ing. Zamudio, told a news conference."
    )
    assert one(nlp, text, "We are not facing")["speaker"]["name"] == "Héctor Zamudio del Río"


def test_the_union_may_be_a_collective_alliance_or_syndicate_by_name(nlp):
    text = (
        "Why 3,200 Chicago nurses are about to go on strike\n\n"
        "Nurses at five Lakeshore Health hospitals are set to walk off the job Tuesday "
        "morning in a three-day strike after months of stalled contract talks.\n\n"
        "Driving the news: The Illinois Nurses Collective, which represents the nurses, "
        "delivered a 10-day strike notice on March 2.\n\n"
        "- Negotiators for both sides met again Sunday but failed to reach a deal, the union said."
    )
    found = one(nlp, text, "Negotiators for both sides")
    assert found["speaker"]["name"] == "Illinois Nurses Collective"


def test_the_post_is_whoever_posted_it_just_before(nlp):
    text = (
        "Storm live\n\n"
        "Aberhenwy RNLI has posted on Facebook that its crew brought two walkers to safety "
        "after they were cut off by the tide near Pen Carreg.\n\n"
        "“Please, please stay away from cliff paths and seafronts today. No photo is worth your "
        "life,” the post said."
    )
    assert one(nlp, text, "Please, please")["speaker"]["name"] == "Aberhenwy RNLI"


def test_a_role_with_its_rank_before_it_is_the_person_it_was_set_off_after(nlp):
    text = (
        "Renata Castellanos, the FAA’s deputy administrator, testified on Tuesday. The hearing "
        "lasted four hours.\n\n"
        "“We should have done it sooner,” the deputy administrator added."
    )
    q = one(nlp, text, "We should have done it sooner")
    assert q["speaker"]["mention"]["text"] == "the deputy administrator"
    assert q["speaker"]["name"] == "Renata Castellanos"


def test_the_minister_is_the_one_named_after_the_ministers_field(nlp):
    text = (
        "The Minister for Climate Change Adaptation, Jean-Baptiste Kalsakau Tari, said in an "
        "interview on Saturday that he welcomed the resolution.\n\n"
        "“I share the frustration of the chiefs,” Tari said.\n\n"
        "The minister added that his office would send a team to Tanna next month."
    )
    q = one(nlp, text, "that his office would send")
    assert q["speaker"]["mention"]["text"] == "The minister"
    assert q["speaker"]["name"] == "Jean-Baptiste Kalsakau Tari"


def test_according_to_data_named_by_a_word_in_ing_is_evidence(nlp):
    text = (
        "According to timing data, Brandhuber had been the fastest driver on track in the "
        "final stint, lapping up to four-tenths quicker than his rival."
    )
    q = one(nlp, text, "Brandhuber had been")
    assert q["speaker"]["mention"]["text"].endswith("data")
    assert q["act"] == "evidence" and not is_quote(q)


def test_a_described_source_ends_before_the_other_sources_joined_to_its_phrase(nlp):
    text = (
        "Talks stalled on Wednesday over the control of aid routes into Darfur and Kordofan, "
        "according to a person briefed on the negotiations and two diplomats who spoke on "
        "condition of anonymity."
    )
    q = one(nlp, text, "Talks stalled")
    assert q["speaker"]["name"] == "a person briefed on the negotiations"


def test_the_description_taken_up_twice_is_still_the_first_ones(nlp):
    text = (
        "The decision was made during a video call among senior defence officials from the "
        "three countries, according to a senior South Korean official who briefed reporters "
        "on condition of anonymity. Under the new arrangement, the official said, radar data "
        "from Japanese destroyers would flow directly to South Korean command centres, shaving "
        'what he described as "precious seconds" off response times.\n\n'
        '"The North is testing faster systems," the official said.'
    )
    q = one(nlp, text, "The North is testing")
    assert q["speaker"]["mention"]["text"] == "the official"
    assert q["speaker"]["name"] == "a senior South Korean official"


def test_she_answering_what_someone_asked_about_her_is_not_the_asker(nlp):
    text = (
        "Governor Hollis Vance-Mercer spent the afternoon at a town hall in Concord. She "
        "largely avoided mentioning her rival by name.\n\n"
        "Then a retired firefighter in the bleachers stood up and asked whether she intended "
        "to hit back harder.\n\n"
        "“I’m not going to get in the mud with him,” she said."
    )
    q = one(nlp, text, "I’m not going to get in the mud")
    assert q["speaker"]["mention"]["text"] == "she"
    assert q["speaker"]["name"] == "Hollis Vance-Mercer"


def test_the_body_the_lede_only_describes_is_the_one_the_next_paragraph_names(nlp):
    text = (
        "GÖTTINGEN, Germany — A German research institute has asked two journals to withdraw "
        "three papers on muscle stem cells.\n\n"
        "The Leibniz-Zentrum für Regenerative Biologie (LZRB) announced the outcome on "
        "Tuesday, eight months after it opened an investigation.\n\n"
        "“The committee found no evidence that research groups outside the department were "
        "affected,” the institute said in a statement."
    )
    found = result(nlp, text)
    names = {e["name"]: e["type"] for e in found["entities"]}
    assert names.get("Leibniz-Zentrum für Regenerative Biologie") == "ORG"
    q = one(nlp, text, "The committee found no evidence")
    assert q["speaker"]["mention"]["text"] == "the institute"
    assert q["speaker"]["name"] == "Leibniz-Zentrum für Regenerative Biologie"


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        (  # a given name after a title, an English word too ("pita")
            "Hapū sign settlement\n\n"
            "Not everyone was at the marae. A group of hapū from the inland valleys, led by "
            "kaumātua Pita Te Hiko, boycotted the ceremony.\n\n"
            "“They negotiated for us without asking us,” Te Hiko told Te Ao Māori News.",
            "They negotiated",
            "Pita Te Hiko",
        ),
        (  # the surnames of a name whose first of them the tagger took for an adjective
            "“We have closed some brackets,” Hamid-Reza Mousavian Kashani, Iran’s deputy "
            "foreign minister and chief negotiator, told reporters.\n\n"
            "Mousavian Kashani said Tehran would not accept any text.",
            "Tehran would not accept",
            "Hamid-Reza Mousavian Kashani",
        ),
        (  # the particle and the first half of a double surname
            "BERLIN — For almost twenty years, Ulrich von Brandenstein-Lossow sat across the "
            "table from Iranian diplomats.\n\n"
            "Von Brandenstein said that a new agreement is still possible.",
            "that a new agreement",
            "Ulrich von Brandenstein-Lossow",
        ),
    ],
)
def test_a_surname_written_alone_is_the_person_named_in_full(nlp, text, start, name):
    assert one(nlp, text, start)["speaker"]["name"] == name


def test_a_language_is_no_person_a_pronoun_may_stand_for(nlp):
    text = (
        "Film to open on Diwali\n\n"
        "Producer Manish Agarwal of Crescent Moon Studios declined to disclose the budget.\n\n"
        "Crescent Moon Studios plans to release the film in Hindi, Tamil, Telugu and Malayalam "
        "simultaneously on the Diwali weekend.\n\n"
        'Agarwal confirmed that a special screening would be held. "We have taken liberties, '
        'as every film does," he said.'
    )
    found = result(nlp, text)
    assert not any(e["type"] == "PERSON" and e["name"] == "Hindi" for e in found["entities"])
    assert one(nlp, text, "We have taken liberties")["speaker"]["name"] == "Manish Agarwal"


def test_the_office_an_assistant_holds_is_that_persons_when_no_one_else_holds_it(nlp):
    text = (
        "Recording a narrative conclusion, the assistant coroner for South Wales Central, "
        "Eirlys Rowlands, said Mr Morgan had died from complications of a fall.\n\n"
        "“It is not for this court to apportion blame, but it is plainly the case that the "
        "system failed Mr Morgan,” the coroner said."
    )
    q = one(nlp, text, "It is not for this court")
    assert q["speaker"]["mention"]["text"] == "the coroner"
    assert q["speaker"]["name"] == "Eirlys Rowlands"


def test_an_office_of_one_capitalised_word_is_the_person_set_off_after_it(nlp):
    text = (
        "Voters face new ballot\n\n"
        "The Llywydd, Nerys Haf Cadwaladr, who chairs the commission responsible for running "
        "the Senedd, said a bilingual public information campaign would begin in the new "
        "year.\n\n"
        "“We have a duty to make sure that every voter in Wales understands what is on the "
        "ballot paper,” the Llywydd said."
    )
    q = one(nlp, text, "We have a duty")
    assert q["speaker"]["name"] == "Nerys Haf Cadwaladr"


def test_a_company_named_for_its_industry_is_the_company_that_speaks(nlp):
    text = (
        "Brenner Automotive will close its plant in Forbach, the CGT union said on Monday.\n\n"
        "“Now they tell us the future is in Bratislava,” said Jean Muller, a CGT delegate.\n\n"
        "Brenner Automotive did not make an executive available for interview. In a "
        "statement, the company said the relocation was “necessary to secure the "
        "competitiveness of the group as a whole”."
    )
    found = result(nlp, text)
    assert any(e["name"] == "Brenner Automotive" and e["type"] == "ORG" for e in found["entities"])
    assert one(nlp, text, "the relocation was")["speaker"]["name"] == "Brenner Automotive"
    assert one(nlp, text, "Brenner Automotive will close")["speaker"]["name"] == "the CGT union"


def test_an_official_briefed_on_something_is_described_by_it(nlp):
    text = (
        '"The talks are not dead," said one Gulf official briefed on the session, who asked '
        'not to be identified because he was not authorised to speak publicly. "They are in '
        'intensive care."'
    )
    q = one(nlp, text, "The talks are not dead")
    assert q["speaker"]["name"] == "one Gulf official briefed on the session"


def test_a_lede_description_is_the_person_the_next_paragraph_names_first(nlp):
    text = (
        "Quebec to cap international student permits, minister says\n\n"
        "MONTREAL — Quebec will reduce the number of study permits it issues by about 20 per "
        "cent next year, the province's immigration minister announced Tuesday.\n\n"
        "Jean-François Roberge told reporters in Quebec City that the growth in temporary "
        'residents had put pressure on housing. "We cannot continue like this," he said.\n\n'
        "Universities reacted with alarm.\n\n"
        "The federal immigration minister, Marc Miller, said Ottawa would respect Quebec's "
        "jurisdiction."
    )
    assert one(nlp, text, "Quebec will reduce")["speaker"]["name"] == "Jean-François Roberge"
    assert one(nlp, text, "Quebec to cap")["speaker"]["name"] == "Jean-François Roberge"
    assert one(nlp, text, "Ottawa would")["speaker"]["name"] == "Marc Miller"


def test_a_bank_whose_role_holder_speaks_is_the_one_its_people_were_named_at(nlp):
    text = (
        "The Greens said the tax should rise. Economists at Westpac expect the price to fall "
        "further.\n\n"
        "In a note to clients on Monday, the bank's chief economist, Luci Ellis, wrote that "
        "demand was unlikely to recover."
    )
    speaker = one(nlp, text, "that demand was")["speaker"]
    assert speaker["name"] == "Luci Ellis"
    assert speaker["affiliation"]["name"] == "Westpac"


def test_the_command_is_the_command_named_before(nlp):
    text = (
        "WASHINGTON — The U.S. military carried out an airstrike in central Somalia on Sunday, "
        "U.S. Africa Command said Monday.\n\n"
        "The strike was conducted at the request of the Somali government, the command said "
        "in a statement."
    )
    speaker = one(nlp, text, "The strike was conducted")["speaker"]
    assert speaker["name"] == "U.S. Africa Command"
    assert speaker["entity_id"] == entity(result(nlp, text), "U.S. Africa Command")["id"]


def test_a_manager_whose_side_the_ner_took_for_a_club_speaks_as_a_person(nlp):
    text = (
        "Villa had led through Ollie Watkins' first-half strike, and Unai Emery's side looked "
        "set to move into the top four.\n\n"
        "Emery was left frustrated. The Spaniard felt his team should have been awarded a "
        'penalty.\n\n"For me, it is clear," he said.'
    )
    assert entity(result(nlp, text), "Unai Emery")["type"] == "PERSON"
    assert one(nlp, text, "For me, it is clear")["speaker"]["name"] == "Unai Emery"


def test_a_statement_speaks_for_the_names_set_beside_those_who_issued_it(nlp):
    text = (
        "In a statement, his brothers Rodney and Michael said Barnett had been suffering from "
        "anxiety.\n\n"
        '"He felt it was his duty to speak out," the statement said.'
    )
    assert one(nlp, text, "He felt it was")["speaker"]["name"] == "Rodney and Michael"


def test_a_body_named_after_a_saint_is_whole_and_takes_no_article(nlp):
    text = (
        "She was taken to St Mary's Hospital in London.\n\n"
        "She stole from St Luke's Hospice in Sheffield. A spokeswoman for the hospice said it "
        "had reviewed its procedures."
    )
    found = result(nlp, text)
    assert entity(found, "St Mary's Hospital")["type"] == "ORG"
    hospice = entity(found, "St Luke's Hospice")
    speaker = one(nlp, text, "it had reviewed")["speaker"]
    assert speaker["name"] == "a spokeswoman for St Luke's Hospice"
    assert speaker["affiliation"] == {"name": "St Luke's Hospice", "entity_id": hospice["id"]}


def test_a_report_by_researchers_at_a_university_speaks_for_them(nlp):
    text = (
        "A report published last year by researchers at the University of the Highlands and "
        "Islands warned that the language could cease to be spoken within a decade."
    )
    speaker = one(nlp, text, "that the language could")["speaker"]
    assert speaker["name"] == "researchers at the University of the Highlands and Islands"


def test_an_organisation_and_the_country_that_ends_its_name_speak_as_one(nlp):
    text = (
        "Police used tear gas to disperse crowds outside parliament. Amnesty International "
        "Kenya said at least 200 people had been arrested. It was a red line for many GOP "
        "Israel supporters."
    )
    found = result(nlp, text)
    assert {"GOP", "Israel"} <= {e["name"] for e in found["entities"]}
    amnesty = entity(found, "Amnesty International Kenya")
    speaker = one(nlp, text, "at least 200 people")["speaker"]
    assert (speaker["name"], speaker["entity_id"]) == ("Amnesty International Kenya", amnesty["id"])


def test_figures_published_by_a_body_are_its_own(nlp):
    text = (
        "The number of people waiting for routine hospital treatment in England has risen to a "
        "record 7.8 million, according to figures published by NHS England on Thursday.\n\n"
        "A senior figure in the party said the leader would stay."
    )
    found = extract(text, nlp)
    assert_offsets_exact(text, found)
    every = found["quotes"] + found.get("attributions", [])
    figures = [q for q in every if q["text"].startswith("The number of people")]
    assert len(figures) == 1 and figures[0]["speaker"]["name"] == "NHS England"
    assert one(nlp, text, "the leader would")["speaker"]["name"] == "a senior figure in the party"


def test_people_at_a_company_are_not_part_of_its_name(nlp):
    text = (
        "Airline pilots vote to strike over pay\n\n"
        "Pilots at Sunwing Airlines have voted overwhelmingly in favour of strike action, their "
        "union announced on Friday.\n\n"
        "The Air Line Pilots Association said 98 per cent of members had backed a strike "
        'mandate.\n\nIn a statement, Sunwing said it was "disappointed" by the result. The '
        "airline said contingency plans were in place."
    )
    found = result(nlp, text)
    airline = entity(found, "Sunwing Airlines")
    assert airline["type"] == "ORG"
    union = one(nlp, text, "Pilots at Sunwing")["speaker"]["name"]
    assert union == "Air Line Pilots Association"
    for start in ("it was", "contingency plans"):
        speaker = one(nlp, text, start)["speaker"]
        assert (speaker["name"], speaker["entity_id"]) == ("Sunwing Airlines", airline["id"])


def test_a_headlines_description_is_the_person_named_after_the_dateline(nlp):
    text = (
        "Japan's new prime minister vows to revive economy\n\n"
        "TOKYO — Shigeru Ishiba, who became Japan's prime minister on Tuesday, pledged to lift "
        "wages in his first news conference.\n\n"
        'Mr. Ishiba, 67, said he would call a snap election. "I want to seek the judgment of '
        'the people," he said.\n\n'
        "Chief Cabinet Secretary Yoshimasa Hayashi told reporters the government would prepare "
        "an economic package."
    )
    assert one(nlp, text, "to revive economy")["speaker"]["name"] == "Shigeru Ishiba"
