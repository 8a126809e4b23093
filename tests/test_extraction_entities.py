"""Merged entities: names, types, counts, salience and exact offsets."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from workers.extraction import analyse, extract, load_nlp
from workers.extraction.entities import Entity, _not_a_name, acts_as_a_person
from workers.selection import is_quote

TEXT = (
    "The head of Russia’s Foreign Intelligence Service, Sergei Naryshkin, warned that "
    "Nagorno-Karabakh risks becoming a launchpad for terrorists. Naryshkin spoke in Moscow. "
    "The fighting in Karabakh worries Russia, Naryshkin said. Russia’s allies agree."
)


@pytest.fixture(scope="module")
def result():
    return extract(TEXT, load_nlp())


def by_name(result):
    return {e["name"]: e for e in result["entities"]}


def test_surname_merges_with_full_name(result):
    names = by_name(result)
    assert "Naryshkin" not in names
    e = names["Sergei Naryshkin"]
    assert e["type"] == "PERSON"
    assert e["count"] == 3
    assert [m["text"] for m in e["mentions"]] == ["Sergei Naryshkin", "Naryshkin", "Naryshkin"]


def test_hyphenated_name_merges_with_its_part(result):
    names = by_name(result)
    assert "Karabakh" not in names
    assert {m["text"] for m in names["Nagorno-Karabakh"]["mentions"]} == {
        "Nagorno-Karabakh",
        "Karabakh",
    }


def test_possessive_is_not_part_of_mention(result):
    russia = by_name(result)["Russia"]
    assert russia["count"] == 3
    assert all(m["text"] == "Russia" for m in russia["mentions"])


def test_offsets_ids_and_salience(result):
    ids = set()
    for e in result["entities"]:
        assert e["id"] not in ids
        ids.add(e["id"])
        assert 0.0 <= e["salience"] <= 1.0
        assert e["count"] == len(e["mentions"])
        assert any(ch.isalnum() for ch in e["name"])
        for m in e["mentions"]:
            assert TEXT[m["start"] : m["end"]] == m["text"]
    top = max(result["entities"], key=lambda e: e["salience"])
    assert top["name"] in ("Sergei Naryshkin", "Russia")


def test_speaker_links_to_entity(result):
    ids = {e["id"]: e for e in result["entities"]}
    spoken = [q for q in result["quotes"] if q["speaker"] and q["speaker"]["entity_id"]]
    assert spoken
    for q in spoken:
        assert ids[q["speaker"]["entity_id"]]["name"] == q["speaker"]["name"]


def test_no_numeric_entities():
    result = extract("On Monday 5,000 people paid $20 each, 40 percent more.", load_nlp())
    assert all(
        e["type"] not in ("DATE", "MONEY", "PERCENT", "CARDINAL") for e in result["entities"]
    )


def _speakers(text):
    result = extract(text, load_nlp())
    return result, [q["speaker"] for q in result["quotes"]]


def test_acronym_and_shorter_form_join_the_full_name():
    result, speakers = _speakers(
        "The International Monetary Fund cut its forecast on Tuesday. The IMF said that growth "
        "in Britain would slow for years. The United Nations Security Council met in New York. "
        "The Security Council said that the test was a clear violation."
    )
    names = by_name(result)
    assert "IMF" not in names and "Security Council" not in names
    assert {m["text"] for m in names["International Monetary Fund"]["mentions"]} == {
        "International Monetary Fund",
        "IMF",
    }
    assert [s["name"] for s in speakers] == [
        "International Monetary Fund",
        "United Nations Security Council",
    ]


def test_bare_surname_is_the_person_introduced_first():
    result, speakers = _speakers(
        "Hillary Clinton spoke in Ohio on Monday about jobs and trade and the economy of the "
        "region. Her husband Bill Clinton campaigned in Iowa, where farmers were worried about "
        "the price of corn and the weather this year. Later that week, the crowds were large and "
        "the mood was good among the supporters of the campaign everywhere. The rallies drew "
        "thousands of people in many towns and cities across the state that weekend. Clinton "
        "said that she would win the state."
    )
    assert speakers[-1]["name"] == "Hillary Clinton"


def test_bare_surname_right_after_a_full_name_is_that_person():
    _, speakers = _speakers(
        "Hillary Clinton spoke in Ohio on Monday. Bill Clinton campaigned in Iowa. Clinton said "
        "that the farmers there had been very kind to him."
    )
    assert speakers[-1]["name"] == "Bill Clinton"


def test_generic_sources_name_no_entity():
    _, speakers = _speakers(
        "Republicans said that the plan would fail. Clinton aides said that they would change "
        "nothing."
    )
    assert [s["entity_id"] for s in speakers] == [None, None]
    assert [s["mention"]["text"] for s in speakers] == ["Republicans", "Clinton aides"]


def test_person_named_by_the_fuller_form_of_the_first_mention():
    result, speakers = _speakers(
        "Aung San Suu Kyi met the president on Monday. Suu Kyi spoke about the sanctions. "
        "Suu Kyi said that the sanctions should end."
    )
    assert speakers[-1]["name"] == "Aung San Suu Kyi"


def test_words_before_a_known_first_name_are_no_fuller_name():
    result, _ = _speakers(
        "Crooked Hillary Clinton, the tweet said. Hillary Clinton spoke on Monday. Hillary "
        "Clinton said that the tweet was false."
    )
    names = by_name(result)
    assert "Hillary Clinton" in names and "Crooked Hillary Clinton" not in names


def test_speakers_joined_by_and_are_named_together():
    _, speakers = _speakers(
        "Senator Charles E. Grassley and Senator Patrick J. Leahy wrote a letter. Mr. Grassley "
        "and Mr. Leahy say other changes are needed."
    )
    sp = speakers[-1]
    assert sp["name"] == "Charles E. Grassley and Patrick J. Leahy"
    assert sp["entity_id"] is None
    assert sp["mention"]["text"] == "Mr. Grassley and Mr. Leahy"


def test_first_person_writer_of_a_signed_letter():
    _, speakers = _speakers(
        "Her career has been investigated to no avail. I hope that America says thank you to "
        "her.\n\nChris Smith.\n\nThe FBI said nothing new."
    )
    assert speakers[0]["name"] == "Chris Smith"
    assert speakers[0]["mention"]["text"] == "I"


def test_first_person_writer_presented_in_the_closing_line():
    _, speakers = _speakers(
        "My father was a difficult man.\n\nI believe that love is the only way forward.\n\n"
        "Anna Walsh is a playwright in Boston."
    )
    assert [s["name"] for s in speakers if s["mention"]["text"] == "I"] == ["Anna Walsh"]


def test_first_person_without_a_signature_names_nobody():
    _, speakers = _speakers("I believe that love is the only way forward, Anna Walsh wrote.")
    assert all(s is None or s["mention"]["text"] != "I" for s in speakers)


def test_gendered_role_noun_skips_a_speaker_of_the_other_gender():
    _, speakers = _speakers(
        "Donald Trump spoke in Iowa. Hillary Clinton spoke in Ohio. “If he gets the chance, he "
        "will sell the Oval Office,” the former secretary of state said. “She will lose,” the "
        "New York businessman said."
    )
    assert speakers[-1]["name"] == "Donald Trump"


def test_titled_surname_of_the_other_gender_stays_apart():
    result, speakers = _speakers(
        "Michelle Obama spoke in Ohio on Monday. Mr. Obama said that the vote mattered."
    )
    assert speakers[-1]["name"] == "Obama"
    assert by_name(result)["Michelle Obama"]["count"] == 1


def test_headline_verb_is_not_part_of_a_name():
    result, speakers = _speakers(
        "African-American Museum Will Tell of 'Suffering and Delight,' Obama Says."
    )
    assert "Obama" in by_name(result)
    assert all("Says" not in e["name"] for e in result["entities"])


@pytest.mark.parametrize(
    ("headline", "body", "names"),
    [
        (
            "Summit Ridge Health Names Dolores Whitfield-Ames Chief Nursing Officer",
            "Summit Ridge Health today named Dolores Whitfield-Ames, DNP, RN, chief nursing "
            "officer. Whitfield-Ames served at Pinecrest Regional Medical Center.",
            {"Summit Ridge Health", "Dolores Whitfield-Ames"},
        ),
        (
            "Polyvault Halts Withdrawals After $48M Oracle Exploit",
            "Polyvault, a lending protocol, paused withdrawals on Tuesday after an attacker "
            "drained $48 million, the company said.",
            {"Polyvault"},
        ),
    ],
)
def test_title_cased_headline_runs_no_name_into_the_words_after_it(headline, body, names):
    result = extract(f"{headline}\n\n{body}", load_nlp())
    found = {e["name"] for e in result["entities"]}
    assert names <= found
    assert not any(headline.split()[-1] in name for name in found)
    assert not any("Halts" in name or "Names" in name for name in found)


def test_it_stands_for_the_organisation_last_named_as_subject():
    _, speakers = _speakers(
        "Donald Trump’s campaign is defending his tweets. It’s denouncing what it calls “the "
        "single-biggest coordinated media attack in history.”"
    )
    assert speakers[-1]["name"] == "Trump campaign"
    assert speakers[-1]["mention"]["text"] == "it"


def test_place_named_by_an_of_phrase():
    _, speakers = _speakers(
        "The city of Phoenix is demanding that the campaign stop using the image of its officers."
    )
    assert speakers[0]["name"] == "Phoenix"


def test_document_speaks_for_the_name_that_modifies_it():
    _, speakers = _speakers(
        "A Daily Planet analysis found that the bridge cost twice as much as planned."
    )
    assert speakers[0]["name"] == "Daily Planet"
    _, speakers = _speakers(
        "The latest Reuters/Ipsos opinion poll shows that Clinton leads by four points."
    )
    assert speakers[0]["name"] == "Reuters/Ipsos"


def test_document_speaks_for_its_author_named_by_a_preposition():
    _, speakers = _speakers(
        "A report by the Pew Research Center found that most voters had made up their minds."
    )
    assert speakers[0]["name"] == "Pew Research Center"


def test_proper_name_is_not_named_by_a_place_inside_it():
    from spacy.tokens import Doc

    from workers.extraction import analyse

    words = [
        "The",
        "Ohio",
        "and",
        "Erie",
        "Farmers",
        "Coalition",
        "said",
        "that",
        "the",
        "plan",
        "was",
        "wrong",
        ".",
    ]
    doc = Doc(
        load_nlp().vocab,
        words=words,
        heads=[5, 5, 1, 1, 5, 6, 6, 10, 9, 10, 6, 10, 6],
        deps=[
            "det",
            "nmod",
            "cc",
            "conj",
            "compound",
            "nsubj",
            "ROOT",
            "mark",
            "det",
            "nsubj",
            "ccomp",
            "acomp",
            "punct",
        ],
        pos=[
            "DET",
            "PROPN",
            "CCONJ",
            "PROPN",
            "PROPN",
            "PROPN",
            "VERB",
            "SCONJ",
            "DET",
            "NOUN",
            "AUX",
            "ADJ",
            "PUNCT",
        ],
        tags=["DT", "NNP", "CC", "NNP", "NNPS", "NNP", "VBD", "IN", "DT", "NN", "VBD", "JJ", "."],
        lemmas=[
            "the",
            "Ohio",
            "and",
            "Erie",
            "Farmers",
            "Coalition",
            "say",
            "that",
            "the",
            "plan",
            "be",
            "wrong",
            ".",
        ],
        ents=["O", "B-GPE"] + ["O"] * 11,
    )
    result = analyse(doc)
    speakers = [q["speaker"] for q in result["quotes"] if q["speaker"]]
    # the words the NER left after "Ohio" join it: the coalition, not the place, speaks
    assert speakers[0]["name"] == "Ohio and Erie Farmers Coalition"
    types = {e["id"]: e["type"] for e in result["entities"]}
    assert types[speakers[0]["entity_id"]] == "ORG"


def test_name_before_a_verb_of_saying_parsed_as_a_plural_noun_speaks():
    _, speakers = _speakers(
        "Donald Trump spoke in Ohio on Monday. But Trump claims that he should be the exception."
    )
    assert speakers[-1] is not None
    assert speakers[-1]["name"] == "Donald Trump"


def test_the_newspaper_is_the_organisation_last_named():
    _, speakers = _speakers(
        "The Boston Globe published the letter on Sunday. The newspaper said that the mayor "
        "had not answered its questions."
    )
    assert speakers[-1]["name"] == "Boston Globe"


def test_nickname_in_marks_names_the_person():
    text = (
        'Rep. Robert C. "Bobby" Scott opened his farm to voters on Monday. '
        "Bobby Scott greeted the crowd. Scott said he would run again."
    )
    result = extract(text, load_nlp())
    names = by_name(result)
    assert "Bobby Scott" not in names and "Scott" not in names
    mentions = [m["text"] for m in names["Robert C. Scott"]["mentions"]]
    assert mentions[:2] == ['Robert C. "Bobby" Scott', "Bobby Scott"]
    (q,) = result["quotes"]
    assert q["speaker"]["name"] == "Robert C. Scott"


def test_middle_initial_gives_the_fullest_name():
    text = (
        "Donald Trump spoke in Ohio on Monday. Donald Trump spoke in Iowa on Tuesday. "
        "Donald J. Trump was honored by the city, and Trump said he was grateful."
    )
    names = by_name(extract(text, load_nlp()))
    assert "Donald Trump" not in names
    assert names["Donald J. Trump"]["count"] == 4


def test_a_middle_initial_the_tagger_read_as_a_noun_still_joins_the_surname():
    text = (
        "Kwame A. Mensah, the nominee for energy secretary, faced questions on Tuesday.\n\n"
        "\u201cI know what it means when the power fails,\u201d Mensah said."
    )
    result = extract(text, load_nlp())
    names = by_name(result)
    assert "Mensah" not in names and names["Kwame A. Mensah"]["count"] == 2
    (q,) = result["quotes"]
    assert q["speaker"]["name"] == "Kwame A. Mensah"


def test_a_hyphenated_name_the_ner_missed_is_a_person_when_it_is_a_subject():
    text = (
        '"This is not about stopping innovation. It is about making sure innovation respects the '
        'people who make it possible."\n\n'
        "Giorgos Papadakis-Stavrou, a Greek conservative who negotiated for the European "
        "People's Party, said his group had secured changes that would spare small companies. "
        'He told journalists after the vote that the final text was "balanced, if imperfect".'
    )
    result = extract(text, load_nlp())
    assert by_name(result)["Giorgos Papadakis-Stavrou"]["type"] == "PERSON"
    speakers = [q["speaker"]["name"] for q in result["quotes"] if "This is not" not in q["text"]]
    assert speakers == ["Giorgos Papadakis-Stavrou"] * 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a surname whose last part is a title's word ("Sen")
            "The company's chief executive, Vikram Malhotra-Sen, added that sales were strong."
            "\n\nMalhotra-Sen said the film would open in Dubai.",
            "Vikram Malhotra-Sen",
        ),
        (  # a hyphenated given name, its surname left untagged
            "Rep. Jae-won Pak, an Oregon Republican, said the blame did not rest with makers."
            '\n\n"There is plenty of fault to go around," Pak said.',
            "Jae-won Pak",
        ),
        (  # two given names before a nickname
            'Imcine was cut.\n\nJosé Luis "Pepe" Santamaría, whose documentary won the '
            'audience award, said the cut would mean "a drought".',
            "José Luis Santamaría",
        ),
        (  # a title before the given names, a hyphenated surname after several names
            "The guild's national president, Prince Obinna Uchechukwu-Nwosu, told a rally that "
            "members would not return.\n\nHe said the guild had written to 74 companies.",
            "Obinna Uchechukwu-Nwosu",
        ),
        (  # the first of two given names read as a preposition
            "Some Norwegian politicians were uneasy. Per-Arne Bjørklund, a member of parliament "
            'for Finnmark, wrote that the drill sent "the wrong signal at the wrong time."',
            "Per-Arne Bjørklund",
        ),
    ],
)
def test_every_part_of_a_name_with_hyphens_or_a_nickname_stays_in_it(text, name):
    result = extract(text, load_nlp())
    people = [e["name"] for e in result["entities"] if e["type"] == "PERSON"]
    assert [p for p in people if p.endswith(name)] == people
    assert len(people) == 1
    assert {q["speaker"]["name"].removeprefix("Prince ") for q in result["quotes"]} == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Presiding Judge Nam Gi-cheol ruled on Tuesday.", "Nam Gi-cheol"),
        ("Lawmaker Cha Min-kyu of the Democratic Party said the law was unfair.", "Cha Min-kyu"),
        (
            "Entertainment law professor Im Ji-sun of Korea University said it was rare.",
            "Im Ji-sun",
        ),
        (
            'Fans held banners reading "Justice for Jiho." Han Yeon-woo, a 31-year-old office '
            "worker, said she had taken the day off.",
            "Han Yeon-woo",
        ),
    ],
)
def test_a_given_name_after_the_family_name_keeps_its_second_syllable(text, name):
    people = [e["name"] for e in extract(text, load_nlp())["entities"] if e["type"] == "PERSON"]
    assert people == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Professor Emeritus Bartholomew Quigley said the president had lost.",
            "Bartholomew Quigley",
        ),
        (
            "Its president, Comrade Tunde Alabi-Ogunleye, warned that students would march.",
            "Tunde Alabi-Ogunleye",
        ),
        (
            '"We are testing every batch," the bureau\'s managing director, Eng. Wanjiru '
            "Mwangi-Otieno, said at a news conference.",
            "Wanjiru Mwangi-Otieno",
        ),
    ],
)
def test_a_title_is_no_part_of_the_speakers_name(text, name):
    result = extract(text, load_nlp())
    assert [e["name"] for e in result["entities"] if e["type"] == "PERSON"] == [name]
    assert [q["speaker"]["name"] for q in result["quotes"]] == [name]


def test_a_word_that_reads_as_a_contraction_without_its_apostrophe_stays_whole():
    nlp = load_nlp()
    assert [t.text for t in nlp("The couple wed in June. Im said so.")][:3] == [
        "The",
        "couple",
        "wed",
    ]
    assert "Im" in [t.text for t in nlp("Im said so.")]


def test_a_given_name_after_a_title_is_no_nationality():
    text = (
        "Nour's chief executive, Mr. Turki Mohammed Al-Shehri, said the company had awarded "
        "contracts. The Italian Renato Bellandi won."
    )
    people = {e["name"] for e in extract(text, load_nlp())["entities"] if e["type"] == "PERSON"}
    assert {"Turki Mohammed Al-Shehri", "Renato Bellandi"} <= people


def test_a_name_set_off_after_a_kin_noun_is_a_person_whatever_the_parser_hung_both_on():
    text = (
        "Yusuf Al-Rashid collapsed at his home in Dandenong in July 2023. His wife's triple-zero "
        "call was held in a queue for 11 minutes, and the first ambulance arrived 38 minutes "
        "after the call was made.\n\n"
        "Handing down her findings in the Coroners Court of Victoria on Friday, Coroner Antonia "
        'Sfakianakis said the delay was "the product of a system under sustained and '
        'foreseeable strain".\n\n'
        "Outside court, Mr Al-Rashid's widow, Samira Al-Rashid, read a short statement on "
        "behalf of the family."
    )
    types = {e["name"]: e["type"] for e in extract(text, load_nlp())["entities"]}
    assert types["Samira Al-Rashid"] == "PERSON"


def test_a_first_name_recorded_abroad_before_a_surname_no_english_word_is_a_person():
    text = (
        "Every morning, Agnieszka Wr\u00f3blewska-Kerr climbs the 114 iron steps of the light. "
        "Eli Lilly reported strong sales."
    )
    labelled = _labelled(text, [("Agnieszka Wr\u00f3blewska-Kerr", "ORG"), ("Eli Lilly", "ORG")])
    types = {e["name"]: e["type"] for e in analyse(labelled)["entities"]}
    assert types == {"Agnieszka Wr\u00f3blewska-Kerr": "PERSON", "Eli Lilly": "ORG"}


def test_a_word_set_off_after_a_universitys_name_is_where_it_is():
    text = (
        "Professor Ngozi Chukwuma-Ade, vice-chancellor of the Federal University of Technology, "
        "Owerri, said her institution would publish a calendar. She said lecturers would have "
        'to compress two semesters. "It will be intense," she said.'
    )
    labelled = _labelled(
        text,
        [
            ("Ngozi Chukwuma-Ade", "PERSON"),
            ("the Federal University of Technology", "ORG"),
            ("Owerri", "PERSON"),
        ],
    )
    result = analyse(labelled)
    assert by_name(result)["Owerri"]["type"] == "GPE"
    assert {q["speaker"]["name"] for q in result["quotes"]} == {"Ngozi Chukwuma-Ade"}


def test_a_judges_title_before_a_surname_is_no_given_name():
    text = (
        "A bench of Justice Vikramaditya Raghunathan and Justice Sharmila Venkataraman-Iyer "
        "was hearing a plea.\n\nTo this, Justice Venkataraman-Iyer asked how many families "
        "had actually been rehoused."
    )
    result = extract(text, load_nlp())
    assert by_name(result)["Sharmila Venkataraman-Iyer"]["count"] == 2
    assert [q["speaker"]["name"] for q in result["quotes"] if "families" in q["text"]] == [
        "Sharmila Venkataraman-Iyer"
    ]


def test_a_full_name_the_ner_took_for_an_organisations_takes_up_its_titled_surname():
    text = (
        "Advocate Ketan Prabhu-Naik, appearing for the petitioner, pointed out that the detenu "
        "had been granted bail.\n\nThe bench agreed.\n\nSpeaking to this newspaper, Mr "
        "Prabhu-Naik said the ruling was part of a worrying pattern."
    )
    result = analyse(_labelled(text, [("Ketan Prabhu-Naik", "ORG"), ("Mr Prabhu-Naik", "ORG")]))
    assert "Prabhu-Naik" not in by_name(result)
    assert by_name(result)["Ketan Prabhu-Naik"]["type"] == "PERSON"


def test_a_convention_or_a_role_before_a_nickname_is_no_part_of_a_name():
    text = (
        "Fans dressed as Rey from Star Wars at Comic-Con. Former CIA operative and Marine "
        "John \u201cTig\u201d Tiegen found both issues troubling, and Tiegen said so."
    )
    people = {e["name"] for e in extract(text, load_nlp())["entities"] if e["type"] == "PERSON"}
    assert "John Tiegen" in people and not {"Comic-Con", "Marine John Tiegen"} & people


def test_first_word_of_a_company_name_stands_for_the_company():
    text = (
        "Patriot was a spinoff of the coal giant Peabody Energy. "
        "In a statement, Peabody said that the spinoff had been a success."
    )
    result = extract(text, load_nlp())
    assert "Peabody" not in by_name(result)
    (q,) = [q for q in result["quotes"] if "spinoff had been" in q["text"]]
    assert q["speaker"]["name"] == "Peabody Energy"


def test_acronym_of_a_name_after_a_lowercase_word():
    text = (
        "A complaint was filed by the federal Securities and Exchange Commission on Monday. "
        "The S.E.C. said that it would increase oversight."
    )
    names = by_name(extract(text, load_nlp()))
    assert "S.E.C." not in names
    assert any(m["text"] == "S.E.C." for e in names.values() for m in e["mentions"])


def test_misspelt_surname_joins_the_person_named_just_before():
    result, speakers = _speakers(
        "Two voters, Tyresha McClenney and Bryan Anderson, saw the rally in Tampa.\n\n"
        "McLenney said that the campaign had not done enough for the city."
    )
    assert speakers[-1]["name"] == "Tyresha McClenney"
    assert "McLenney" not in by_name(result)


def test_surname_one_letter_off_a_short_name_stays_apart():
    _, speakers = _speakers(
        "Ben Carson spoke in Iowa. Later, Carlson said that the debate was long."
    )
    assert speakers[-1]["name"] != "Ben Carson"


def test_role_noun_in_apposition_gives_the_gender():
    _, speakers = _speakers(
        "Jo Ansel spoke at the hearing on Monday. Kit Orrin, a young man from Ohio, spoke after "
        "the break. “We will not stop,” she said."
    )
    assert speakers[-1]["name"] == "Jo Ansel"


def test_lowercase_word_before_an_organisation_is_not_its_name():
    result, _ = _speakers(
        "The complaint was filed by the federal Securities and Exchange Commission on Monday."
    )
    assert "Securities and Exchange Commission" in by_name(result)
    assert not any(name.startswith("federal") for name in by_name(result))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Outside court, the Hardingley and District Hunt said it was pleased.",
            "Hardingley and District Hunt",
        ),
        (
            "The nursery will be run with Westford and Vale NHS Foundation Trust.",
            "Westford and Vale NHS Foundation Trust",
        ),
    ],
)
def test_a_town_and_district_before_a_bodys_name_are_part_of_it(text, name):
    result, _ = _speakers(text)
    assert by_name(result)[name]["type"] == "ORG"


def test_a_name_tagged_a_bodys_that_and_joins_to_a_persons_is_a_persons():
    text = (
        "The big story is the pairing of Amara Okafor-Reyes and Johan Lindqvist.\n\n"
        "Okafor-Reyes and Lindqvist are Olympic champions. Okafor-Reyes said she could not "
        "believe it. Goldman Sachs and Lloyd Blankfein declined to comment."
    )
    result, _ = _speakers(text)
    names = by_name(result)
    assert names["Amara Okafor-Reyes"]["type"] == "PERSON"
    assert names["Amara Okafor-Reyes"]["count"] >= 3
    assert names["Goldman Sachs"]["type"] == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "kind", "speaker"),
    [
        # an Irish county is a place, no one a she stands for
        (
            "Nuala Brennan-Doyle has been a vet for 32 years, covering an area roughly the size "
            'of Co Louth.\n\n"I didn\'t become a vet to fill in forms," she says.',
            "Co Louth",
            "GPE",
            "Nuala Brennan-Doyle",
        ),
        # a name after a plural possessive that the NER took for a person's is a body's
        (
            "The Musicians' Collective, which represents around 900 performers in the region, "
            "has issued a statement saying it will monitor how the scheme is enforced.",
            "Musicians' Collective",
            "ORG",
            "Musicians' Collective",
        ),
    ],
)
def test_a_name_the_ner_took_for_a_persons_is_typed_by_its_words(text, name, kind, speaker):
    result, _ = _speakers(text)
    assert by_name(result)[name]["type"] == kind
    assert [q["speaker"]["name"] for q in result["quotes"] if q["act"] == "speech"] == [speaker]


def test_transcript_label_name_ends_at_the_colon():
    result, speakers = _speakers(
        'Partial transcript as follows:\n\n"WALLACE: Let’s start with breaking news on the '
        'debate story."'
    )
    assert speakers[-1]["mention"]["text"] == "WALLACE"
    assert not any(":" in name for name in by_name(result))


def test_person_named_only_by_a_first_name_has_its_gender():
    _, speakers = _speakers(
        "Donald Trump spoke to the crowd in Ohio.\n\n“We love you,” Melanie said to the TV.\n\n"
        "“I love you all,” he said."
    )
    assert speakers[-1]["name"] == "Donald Trump"


@pytest.mark.parametrize("written", ["FranÃ§ois", "FranÃ\x83Â§ois"])
def test_name_decoded_with_the_wrong_charset_is_repaired(written):
    _, speakers = _speakers(
        f"French President {written} Hollande said Friday that Europe must act."
    )
    assert speakers[-1]["name"] == "François Hollande"
    assert speakers[-1]["mention"]["text"] == f"{written} Hollande"


def test_untagged_acronym_joins_the_organisation_named_in_full():
    _, speakers = _speakers(
        "However, Christian News Service reported that the administration had exceeded the "
        "goal.\n\nCNS reported Monday that the U.S. had accepted 11,491 Syrian refugees."
    )
    assert speakers[-1]["name"] == "Christian News Service"
    assert speakers[-1]["mention"]["text"] == "CNS"


def test_organisation_names_joined_by_small_words_are_one_name():
    result, speakers = _speakers(
        "A three-judge panel of the U.S. Court of Appeals for the Sixth Circuit overruled a "
        "lower court. The appeals court ruled that Ohio broke the law."
    )
    assert "U.S. Court of Appeals for the Sixth Circuit" in by_name(result)
    assert speakers[-1]["name"] == "U.S. Court of Appeals for the Sixth Circuit"


def test_lone_surname_tagged_as_a_place_that_acts_joins_the_person():
    from spacy.tokens import Doc

    from workers.extraction.entities import build_entities

    doc = Doc(
        load_nlp().vocab,
        words=["Adam", "Schiff", "spoke", ".", "Schiff", "said", "it", "."],
        heads=[1, 2, 2, 2, 5, 5, 5, 5],
        deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
        ents=["B-PERSON", "I-PERSON", "O", "O", "B-LOC", "O", "O", "O"],
    )
    index = build_entities(doc)
    assert index.token_entity[4] == index.token_entity[1]
    assert index.entities[index.token_entity[4]].type == "PERSON"


def test_lone_plural_noun_tagged_as_a_name_is_no_entity():
    from spacy.tokens import Doc

    from workers.extraction.entities import build_entities

    doc = Doc(
        load_nlp().vocab,
        words=["Scholars", "debated", "it", ".", "Bernie", "Sanders", "spoke", ".", "Sanders"],
        pos=["NOUN", "VERB", "PRON", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "NOUN"],
        tags=["NNS", "VBD", "PRP", ".", "NNP", "NNP", "VBD", ".", "NNS"],
        heads=[1, 1, 1, 1, 5, 6, 6, 6, 8],
        deps=["nsubj", "ROOT", "dobj", "punct", "compound", "nsubj", "ROOT", "punct", "ROOT"],
        ents=["B-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON"],
    )
    index = build_entities(doc)
    assert 0 not in index.token_entity
    assert index.token_entity[8] == index.token_entity[5]


def test_name_after_a_dash_and_a_no_break_space_has_no_space():
    _, speakers = _speakers(
        "“He is someone that no sane person would want. You are not a leader you are a "
        "dictator.” ―\xa0Christina N Luis Olidem\n“No double minority wants a man who refers "
        "to us as criminals.” ―\xa0Christina Lastra."
    )
    assert speakers[0]["name"] == "Christina N Luis Olidem"
    assert speakers[0]["mention"]["text"] == "Christina N Luis Olidem"


def _entities(words, ents, pos=None):
    """``build_entities`` over a hand-built doc of the pipeline's vocab (words, IOB labels),
    each sentence a subject name, a verb and a full stop."""
    from spacy.tokens import Doc

    from workers.extraction.entities import build_entities

    pos = pos or ["PROPN" if w[:1].isupper() else "PUNCT" if w in ".,;" else "VERB" for w in words]
    heads, deps = [], []
    for i, p in enumerate(pos):
        verb = next(j for j in range(i, len(pos)) if pos[j] == "VERB") if p != "PUNCT" else i - 1
        if p == "PROPN" and pos[i + 1] == "PROPN":
            heads.append(i + 1), deps.append("compound")
        elif p == "PROPN":
            heads.append(verb), deps.append("nsubj")
        else:
            heads.append(verb), deps.append("ROOT" if p == "VERB" else "punct")
    doc = Doc(load_nlp().vocab, words=words, pos=pos, heads=heads, deps=deps, ents=ents)
    return build_entities(doc)


def _people(index) -> dict[str, int]:
    return {e.name: len(e.mentions) for e in index.entities if e.type == "PERSON"}


_PEOPLE_CASES = {
    "a name ending in a role title is no person": (
        "Charlotte/B Mayor/I Jennifer/B Roberts/I spoke .",
        {"Jennifer Roberts": 1},
    ),
    "a stop word glued to a surname is dropped": (
        "Against/B Trump/I won . Donald/B Trump/I spoke . Trump/B left .",
        {"Donald Trump": 3},
    ),
    "a first name that is also a word stays": (
        "Pat/B Caddell/I spoke . Caddell/B left .",
        {"Pat Caddell": 2},
    ),
    "a surname with a particle keeps the first name": (
        "Chandler/B Van/I Voorhis/I spoke . Van/B Voorhis/I left .",
        {"Chandler Van Voorhis": 2},
    ),
}


def _tagged(text: str) -> tuple[list[str], list[str]]:
    """Words and IOB labels of "Word/B word/I Word/B-GPE ..." (B and I alone are PERSON;
    unmarked words are outside)."""
    pairs = [item.partition("/")[::2] for item in text.split()]
    return [w for w, _ in pairs], [m if "-" in m else f"{m}-PERSON" if m else "O" for _, m in pairs]


@pytest.mark.parametrize("case", list(_PEOPLE_CASES))
def test_people_of_hand_tagged_sentences(case):
    text, people = _PEOPLE_CASES[case]
    assert _people(_entities(*_tagged(text))) == people


def test_headline_word_before_a_full_name_is_dropped():
    index = _entities(*_tagged("Rip/B Donald/I Trump/I won . Donald/B Trump/I spoke ."))
    assert _people(index) == {"Donald Trump": 2}
    first = index.entities[index.token_entity[1]].mentions[0]
    assert (first.text, first.tok_start) == ("Donald Trump", 1)
    assert 0 not in index.token_entity


def _labelled(text: str, pieces: list[tuple[str, str]]):
    """``text`` parsed, with the NER's entities replaced by spans over ``pieces`` ((words,
    label), in order)."""
    doc = load_nlp()(text)
    spans, start = [], 0
    for name, label in pieces:
        start = text.index(name, start)
        spans.append(doc.char_span(start, start + len(name), label))
        start += len(name)
    doc.ents = spans
    return doc


def _person_tagged(text: str, tagged: list[str]):
    """``text`` parsed, with the NER's entities replaced by PERSON spans over ``tagged``, in
    order."""
    return _labelled(text, [(name, "PERSON") for name in tagged])


@pytest.mark.parametrize(
    ("text", "tagged", "people"),
    [
        (
            "Limbaugh: Moderator Asked To Fact Check Trump\n\n"
            "Donald Trump spoke on Monday. Trump said the debate was rigged.",
            ["Check Trump", "Donald Trump", "Trump"],
            {"Donald Trump": 3},
        ),
        (
            "Clinton Plan for Taxes Is Complex\n\n"
            "Hillary Clinton spoke on Monday. Clinton said taxes would rise.",
            ["Clinton Plan", "Hillary Clinton", "Clinton"],
            {"Hillary Clinton": 3},
        ),
        (
            "Clinton Health Plan Draws Fire\n\n"
            "Hillary Clinton spoke on Monday. Clinton said taxes would rise.",
            ["Clinton Health Plan", "Hillary Clinton", "Clinton"],
            {"Hillary Clinton": 3},
        ),
        (  # an English word however inflected
            "Clinton Breaks With Obama On 9/11 Bill\n\nHillary Clinton spoke on Monday.",
            ["Clinton Breaks", "Hillary Clinton"],
            {"Hillary Clinton": 2},
        ),
        (  # the name the text below gives, inside the words the headline ran into it
            "Glenn Beck Blasts Drudge Over Trump\n\nGlenn Beck spoke on Monday.",
            ["Glenn Beck Blasts Drudge", "Glenn Beck"],
            {"Glenn Beck": 2},
        ),
        (  # English words the headline's capitals ran together, no name among them
            "Climate Group Will Run Ads Demanding Action\n\nBill Smith spoke on Monday.",
            ["Will Run Ads Demanding", "Bill Smith"],
            {"Bill Smith": 1},
        ),
        (  # two words of WordNet are still a name
            "Bradley Cooper Upsets Fans\n\nFans of Cooper were angry.",
            ["Bradley Cooper", "Cooper"],
            {"Bradley Cooper": 2},
        ),
        (  # a name the text below gives again is a name
            "Bobby Scott Wins Primary\n\nBobby Scott won on Monday. Tim Scott praised him.",
            ["Bobby Scott", "Bobby Scott", "Tim Scott"],
            {"Bobby Scott": 2, "Tim Scott": 1},
        ),
        (  # one English word the headline's capitals made look like a name
            "Move Against Bernie Sanders Could Backfire\n\nBernie Sanders said it was unfair.",
            ["Bernie Sanders", "Backfire", "Bernie Sanders"],
            {"Bernie Sanders": 2},
        ),
        (  # a first name the text below gives in full, English words glued to it
            "Told Hillary Private Email Server Was a Bad Idea\n\n"
            "Sidney Blumenthal said he never told Hillary Clinton so.",
            ["Hillary Private", "Email Server", "Sidney Blumenthal", "Hillary Clinton"],
            {"Hillary Clinton": 2, "Sidney Blumenthal": 1},
        ),
        (  # a first paragraph in sentence case capitalises names only
            "Taylor Swift's record label has rejected claims that it withheld royalties.\n\n"
            "Mark Geragos said his clients had been cheated.",
            ["Taylor Swift", "Mark Geragos"],
            {"Taylor Swift": 1, "Mark Geragos": 1},
        ),
    ],
)
def test_a_headline_name_is_the_one_below_without_the_words_glued_to_it(text, tagged, people):
    doc = _person_tagged(text, tagged)
    found = {e["name"]: e["count"] for e in analyse(doc)["entities"] if e["type"] == "PERSON"}
    assert found == people


def test_a_headline_word_written_below_only_inside_another_name_is_no_person():
    doc = _labelled(
        "Wildfire forces thousands from homes in northern B.C.\n\n"
        "The fire grew overnight, the BC Wildfire Service said. Cliff Chapman said winds were "
        "strong.",
        [("Wildfire", "PERSON"), ("BC Wildfire Service", "ORG"), ("Cliff Chapman", "PERSON")],
    )
    assert {e["name"]: e["type"] for e in analyse(doc)["entities"]} == {
        "BC Wildfire Service": "ORG",
        "Cliff Chapman": "PERSON",
    }


def test_an_organisations_first_word_tagged_a_work_is_that_organisation():
    doc = _labelled(
        "The boycott targets Loblaw Companies Ltd., organizers said.\n\n"
        "Loblaw chairman Galen Weston said he understood the frustration.",
        [("Loblaw Companies Ltd.", "ORG"), ("Loblaw", "WORK_OF_ART"), ("Galen Weston", "PERSON")],
    )
    found = {e["name"]: (e["type"], e["count"]) for e in analyse(doc)["entities"]}
    assert found["Loblaw Companies Ltd."] == ("ORG", 2)
    assert "Loblaw" not in found


def test_organisation_names_and_platforms_tagged_person_are_organisations():
    index = _entities(
        *_tagged(
            "Patriot/B Coal/I failed . Patriot/B sold . Patriot/B left . Twitter/B grew . "
            "Politico/B reported ."
        )
    )
    assert _people(index) == {}
    types = {e.name: e.type for e in index.entities}
    assert types == {"Patriot Coal": "ORG", "Twitter": "ORG", "Politico": "ORG"}
    assert len(index.entities[index.token_entity[4]].mentions) == 3


@pytest.mark.parametrize(
    "name",
    [
        "Northway Buses",
        "Kitchenworth Appliances",
        "Preiswert AG",
        "Hoshino Productions",
        "Zenith Labels",
        "Hanjin Engineering",
        "Sohar Copper",
        "Halvorsen Pharma",
    ],
)
def test_a_company_named_for_what_it_runs_or_makes_tagged_person_is_an_organisation(name):
    text = f"{name} said it was disappointed. {name.split()[0]} will appeal."
    doc = _person_tagged(text, [name])
    types = {e["name"]: e["type"] for e in analyse(doc)["entities"]}
    assert types[name] == "ORG"


@pytest.mark.parametrize(("surname", "joins"), [("Plibersek", True), ("Washington", False)])
def test_lone_surname_tagged_as_a_place_english_does_not_know_joins_the_person(surname, joins):
    from spacy.tokens import Doc

    from workers.extraction.entities import build_entities

    doc = Doc(  # "Tanya Plibersek spoke. They called on Plibersek."; "Washington" is a place
        load_nlp().vocab,
        words=["Tanya", surname, "spoke", ".", "They", "called", "on", surname, "."],
        heads=[1, 2, 2, 2, 5, 5, 5, 6, 5],
        deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "ADP", "PROPN", "PUNCT"],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O"],
    )
    index = build_entities(doc)
    assert (index.token_entity[7] == index.token_entity[1]) is joins


def test_lone_surnames_tagged_as_places_vote_as_the_person_they_join():
    text = "Alicia/B Machado/I spoke . Machado/B-GPE left . Machado/B-GPE won . Machado/B-GPE ran ."
    assert _people(_entities(*_tagged(text))) == {"Alicia Machado": 4}


def test_loaded_pipeline_knows_english_words_from_its_lemmatizer():
    from workers.extraction.words import common_words

    words = common_words(load_nlp().vocab)
    assert "derelict" in words and "universe" in words
    assert "naryshkin" not in words


def test_english_words_answer_as_the_lookups_table_does():
    from workers.extraction.words import TABLE, common_words

    vocab = load_nlp().vocab
    words, table = common_words(vocab), vocab.lookups.get_table(TABLE)
    text = (Path(__file__).resolve().parents[1] / "seeds" / "000_775ba3dc0255bdde.txt").read_text()
    sample = text.lower().split() + ["derelict", "universe", "naryshkin", "", "x"]
    assert any(w in table for w in sample) and not all(w in table for w in sample)
    assert [w in words for w in sample] == [w in table for w in sample]


def test_organisation_by_its_name_or_by_a_kind_of_organisation_in_apposition():
    result = extract(
        "Regulators opened an inquiry into Nexora, the search and advertising company. "
        "Nexora rejected the claims. Detective Inspector Sarah Cole, of West Yorkshire Police, "
        "said the raid was terrifying.",
        load_nlp(),
    )
    types = {name: e["type"] for name, e in by_name(result).items()}
    assert types["Nexora"] == "ORG"
    assert types["West Yorkshire Police"] == "ORG"
    assert types["Sarah Cole"] == "PERSON"


def test_title_before_a_name_is_not_part_of_it():
    result = extract(
        "Councillor Margaret Ellison said she was stepping down. Ellison thanked staff.",
        load_nlp(),
    )
    names = by_name(result)
    assert "Margaret Ellison" in names and "Councillor Margaret Ellison" not in names
    assert len(names["Margaret Ellison"]["mentions"]) == 2


def test_last_word_of_an_organisations_name_alone_joins_it():
    result, speakers = _speakers(
        "The European Commission opened an inquiry on Monday. A Commission spokesperson "
        "said that the inquiry would take a year."
    )
    names = by_name(result)
    assert "Commission" not in names
    assert speakers[0]["affiliation"]["name"] == "European Commission"


@pytest.mark.parametrize(
    "text",
    [
        'Philip Duffy said it was bad. "We need to adapt," Mr Duffy added.',
        'Its chief executive, Philip Duffy, said it was bad. "We must adapt," Duffy added.',
    ],
)
def test_full_name_tagged_as_an_organisation_is_the_person_its_surname_stands_for(text):
    result, speakers = _speakers(text)
    duffy = by_name(result)["Philip Duffy"]
    assert duffy["type"] == "PERSON" and len(duffy["mentions"]) == 2
    assert [s["name"] for s in speakers] == ["Philip Duffy", "Philip Duffy"]


def test_a_party_named_alone_is_no_person():
    result = extract("Labour called the response chaotic and too slow.", load_nlp())
    assert by_name(result)["Labour"]["type"] == "ORG"


def test_club_named_by_its_last_word_is_the_club():
    result, speakers = _speakers(
        "Greenfield Rovers have been fined after fans invaded the pitch. "
        'A Rovers spokesperson said it would "study the decision carefully".'
    )
    names = by_name(result)
    assert names["Greenfield Rovers"]["type"] == "ORG" and "Rovers" not in names
    assert speakers[0]["affiliation"]["name"] == "Greenfield Rovers"


def test_untagged_first_name_before_a_tagged_surname_is_part_of_the_name():
    result = extract(
        "Mayor Sadiq Khan hopes the scheme will deliver 10,000 homes. Khan said so.",
        load_nlp(),
    )
    names = by_name(result)
    assert "Khan" not in names and "Mayor Sadiq Khan" not in names
    assert len(names["Sadiq Khan"]["mentions"]) == 2


def test_a_name_after_a_persons_age_is_their_home_town():
    result = extract(
        "Jason Morgan, 29, of Ely, was jailed. Jane Holt, 42, from Bristol, said she was relieved.",
        load_nlp(),
    )
    types = {name: e["type"] for name, e in by_name(result).items()}
    assert (types["Ely"], types["Bristol"]) == ("GPE", "GPE")


def test_letters_after_a_name_are_no_part_of_it():
    result = extract(
        "Morgan's barrister, Andrew Jones KC, told the court his client had been drinking. "
        "Jones added that he had no memory of the attack.",
        load_nlp(),
    )
    names = by_name(result)
    assert "Andrew Jones KC" not in names and len(names["Andrew Jones"]["mentions"]) == 2


def test_letters_after_a_name_the_ner_took_for_an_organisations_are_no_part_of_it():
    result = extract(
        "Stormont's health committee chair, Nnamdi Obi MLA, said he would ask the trust to "
        "give evidence.",
        load_nlp(),
    )
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Nnamdi Obi"]
    assert by_name(result)["Nnamdi Obi"]["type"] == "PERSON"


def test_a_service_two_areas_share_is_one_organisation_and_a_time_zone_no_entity():
    text = (
        "Police are appealing for witnesses after a woman was attacked in a Bristol park.\n\n"
        "The 34-year-old was approached by a man in Eastville Park at about 07:30 BST on "
        "Tuesday, Avon and Somerset Police said."
    )
    names = by_name(extract(text, load_nlp()))
    assert names["Avon and Somerset Police"]["type"] == "ORG"
    assert not {"Avon", "Somerset Police", "BST"} & set(names)


def test_a_service_two_areas_share_whose_first_the_ner_took_for_a_body_is_one_name():
    text = (
        "Thieves cut a fossil from the Kelmouth coast.\n\n"
        "Det Insp. Gareth Pennington-Yusuf of Kelmouth and Eastdown Constabulary told a press "
        "conference that officers were examining CCTV.\n\nOfficers from Europol and Kent "
        "Police raided a flat in March. Europol said three men were held."
    )
    result, speakers = _speakers(text)
    names = by_name(result)
    assert names["Kelmouth and Eastdown Constabulary"]["type"] == "ORG"
    assert "Eastdown Constabulary" not in names
    assert {"Europol", "Kent Police"} <= set(names)  # a body named alone elsewhere: two
    told = next(s for s in speakers if s["mention"]["text"].startswith("Gareth"))
    assert told["name"] == "Gareth Pennington-Yusuf"  # the body he is of is no second speaker


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Dutch Ministry of Justice and Security said it would review the arrests.",
            "Dutch Ministry of Justice and Security",
        ),
        (
            "The Association of Brewers, Distillers and Licensed Retailers said sales fell.",
            "Association of Brewers, Distillers and Licensed Retailers",
        ),
        (
            "Sen. Amy Reyes, who chairs the Senate Health, Education, Labor and Pensions "
            "Committee, said the company raised prices.",
            "Senate Health, Education, Labor and Pensions Committee",
        ),
        (
            "Officials at the Indonesian Agency for Volcanic Monitoring and Geohazard "
            "Mitigation said the village was safe.",
            "Indonesian Agency for Volcanic Monitoring and Geohazard Mitigation",
        ),
        (
            "The Kenya Human Rights and Civic Space Coalition said ten were held.",
            "Kenya Human Rights and Civic Space Coalition",
        ),
    ],
)
def test_a_body_named_for_a_list_of_fields_is_one_name_to_the_last(sentence, name):
    names = by_name(extract(sentence, load_nlp()))
    assert names[name]["type"] == "ORG"
    assert not [n for n, e in names.items() if e["type"] == "PERSON" and n not in sentence[:30]]


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        ("The Ministry of Health and Jane Ross said it was fine.", {"Ministry of Health"}),
        (
            "Staff from the Ministry of Justice and Kelso College said so.",
            {"Ministry of Justice", "Kelso College"},
        ),
        (
            "Staff from the Institute of Physics and Kelso University said so.",
            {"Institute of Physics", "Kelso University"},
        ),
    ],
)
def test_a_person_or_a_second_body_after_and_is_no_last_field(sentence, bodies):
    names = by_name(extract(sentence, load_nlp()))
    assert bodies <= set(names)


def test_the_first_of_two_fields_the_ner_left_out_is_part_of_the_name():
    text = (
        "Ottawa will cut study permits again.\n\n"
        "Colleges and Universities Canada, which represents post-secondary schools, said the "
        "decision would cost institutions millions. Its president, Gabriel Miller, warned "
        "that some programs could close."
    )
    doc = load_nlp()(text)
    start = text.index("Universities")
    doc.ents = [doc.char_span(start, text.index(", which"), "ORG")]
    result = analyse(doc)
    names = by_name(result)
    assert names["Colleges and Universities Canada"]["type"] == "ORG"
    assert "Universities Canada" not in names
    said = [q for q in result["quotes"] if q["text"].startswith("the decision")]
    assert said and said[0]["speaker"]["name"] == "Colleges and Universities Canada"


def test_an_unclosed_bracket_and_a_sentences_full_stop_are_no_part_of_a_name():
    text = (
        "The Institute for Fiscal Studies (IFS) has estimated the cost.\n\n"
        '"The richest are protected," Richard Burgon wrote on X.'
    )
    result = extract(text, load_nlp())
    names = by_name(result)
    assert "Institute for Fiscal Studies" in names and "Richard Burgon" in names
    for e in result["entities"]:
        assert "(" not in e["name"] and not e["name"].endswith("."), e["name"]


def test_what_family_members_call_each_other_is_no_person():
    result = extract('"Mum lay on the floor all night," Claire Hill said.', load_nlp())
    assert "Mum" not in by_name(result)
    assert "Claire Hill" in by_name(result)


def test_full_name_the_tagger_missed_is_a_person_and_its_surname_joins_it():
    result, speakers = _speakers(
        'Republican Mark Davies hit back, saying Chen had "never run anything". He promised '
        "to cut taxes. After the debate, Davies told supporters he had won."
    )
    davies = by_name(result)["Mark Davies"]
    assert davies["type"] == "PERSON" and len(davies["mentions"]) == 2
    assert "Davies" not in by_name(result)
    assert {s["name"] for s in speakers if s} == {"Mark Davies"}


def test_a_name_quoted_before_he_said_is_not_made_a_person_by_he():
    result = extract(
        "The speech drew criticism.\n\n"
        "\u201cThe message is that somehow Islam is terroristic,\u201d he said.",
        load_nlp(),
    )
    assert by_name(result)["Islam"]["type"] != "PERSON"


def test_a_kin_noun_beside_a_name_makes_a_person_and_a_shows_title_none():
    result, speakers = _speakers(
        "Blake, 52, who made his name on the BBC show Kitchen Wars, told the Hull Daily Mail "
        "he had dreamed of the moment for years.\n\n"
        "His wife, Sophie, said she was proud of him. \u201cHe has worked so hard for this,"
        "\u201d she said."
    )
    types = {name: e["type"] for name, e in by_name(result).items()}
    assert types["Sophie"] == "PERSON" and types["Kitchen Wars"] == "WORK_OF_ART"
    assert [s["name"] for s in speakers][-2:] == ["Sophie", "Sophie"]


def test_a_first_name_joined_to_a_full_name_shares_its_surname():
    result, speakers = _speakers(
        "The shop's previous owners, John and Mary Patel, said they were delighted. "
        "\u201cWe are retiring,\u201d Mr Patel said."
    )
    assert {"John Patel", "Mary Patel"} <= set(by_name(result))
    assert [s["name"] for s in speakers] == ["John Patel and Mary Patel", "John Patel"]


def test_a_surname_joined_to_a_full_name_keeps_its_own():
    result = extract("Obama and Hillary Clinton spoke on Monday.", load_nlp())
    assert "Obama Clinton" not in by_name(result)


def test_first_word_of_an_organisations_name_tagged_a_person_is_the_organisation():
    result, speakers = _speakers(
        "Shares in Lumina Systems fell on Thursday. Grizzly Research alleged that Lumina had "
        "booked revenue from customers that did not exist. The firm said it held a short "
        'position. Lumina rejected the allegations as "false and misleading".'
    )
    assert "Lumina" not in by_name(result)
    assert [s["name"] for s in speakers] == [
        "Grizzly Research",
        "Grizzly Research",
        "Lumina Systems",
    ]


def test_kind_of_organisation_right_before_a_name_makes_it_an_organisation():
    result, speakers = _speakers(
        "Housing charity Shelter warned that rents were rising faster than wages. Campaign "
        "chairman John Podesta said the plan would pass. Its chief executive, Polly Neate, "
        "said that 90,000 homes were needed."
    )
    types = {name: e["type"] for name, e in by_name(result).items()}
    assert (types["Shelter"], types["John Podesta"]) == ("ORG", "PERSON")


def test_untagged_surname_after_a_title_is_the_person_named_in_full():
    result, speakers = _speakers(
        "Health Secretary Wes Streeting said the figures were unacceptable.\n\n"
        'Asked about the pledge, Mr Streeting replied: "We will do everything we can."'
    )
    (person,) = [e for e in result["entities"] if e["name"] == "Wes Streeting"]
    assert speakers[-1]["name"] == "Wes Streeting"
    assert speakers[-1]["entity_id"] == person["id"]
    assert len(person["mentions"]) == 2


def test_a_first_name_and_surname_after_a_title_are_a_person_whatever_the_surname():
    result, speakers = _speakers(
        "Detective Constable Rachel Hughes said outside court that the victims had shown great "
        'courage.\n\n"Some of them lost everything," she said.'
    )
    assert [e["name"] for e in result["entities"] if e["type"] == "PERSON"] == ["Rachel Hughes"]
    assert [s["name"] for s in speakers] == ["Rachel Hughes", "Rachel Hughes"]


def test_letters_after_a_name_are_no_entity_and_speak_as_its_bearer():
    result, speakers = _speakers(
        "Sentencing him, Judge Melbourne Inman KC said the defendant had betrayed the trust of "
        "vulnerable people."
    )
    assert "KC" not in {e["name"] for e in result["entities"]}
    assert speakers and speakers[0]["name"] == "Melbourne Inman"


CLUB = (
    "Striker signs new deal\n\n"
    "Newcastle United striker Alexander Isak has signed a new five-year contract, the club "
    "announced on Friday.\n\n"
    "The 25-year-old, who joined from Spain in 2022, said he was proud to stay."
)


def test_a_headline_word_used_in_lower_case_below_is_no_entity():
    result, _ = _speakers(CLUB)
    assert "Striker" not in {e["name"] for e in result["entities"]}


def test_a_role_opening_a_headline_is_no_entity():
    result, _ = _speakers(
        "Striker's late goal sends Wrexham top\n\n"
        "Wrexham moved top of League One with a late header from Ollie Palmer."
    )
    names = {e["name"] for e in result["entities"]}
    assert "Ollie Palmer" in names
    assert not {"Striker", "Striker's"} & names


def test_the_word_for_a_kind_of_organisation_after_a_name_joins_it():
    result, _ = _speakers(CLUB)
    (club,) = [e for e in result["entities"] if e["name"] == "Newcastle United"]
    assert club["type"] == "ORG"
    (announced,) = [q for q in result["quotes"] if q["cue"]["text"] == "announced"]
    assert announced["speaker"]["name"] == "Newcastle United"


def test_a_person_described_by_age_is_the_person_just_named():
    _, speakers = _speakers(CLUB)
    assert speakers[-1]["mention"]["text"] == "The 25-year-old"
    assert speakers[-1]["name"] == "Alexander Isak"
    _, speakers = _speakers(
        "\u201cWe will fix it,\u201d Maria Lopez said on Monday.\n\n"
        "\u201cIt is meant to benefit every family,\u201d said the 34-year-old mother of three."
    )
    assert speakers[-1]["mention"]["text"].startswith("the 34-year-old mother")
    assert speakers[-1]["name"] == "Maria Lopez"


def test_a_person_described_by_nationality_is_the_person_just_named():
    _, speakers = _speakers(
        "Coach Marco Bellini praised his players after the draw.\n\n"
        "The Italian confirmed that the captain would miss the next two games."
    )
    assert speakers[-1]["mention"]["text"] == "Italian"
    assert speakers[-1]["name"] == "Marco Bellini"


@pytest.mark.parametrize(
    "text",
    [
        "In a statement read to the court, Mr Pryce said he no longer felt safe in his own "
        'home. "I jump every time I hear a car door," he said.\n\n'
        'Defending, Ian Morley said his client was "deeply ashamed" and had been drinking '
        "heavily at the time.",
        # tagged a proper noun and a place
        'In a statement read to the court, his wife, Angela Walsh, said: "Peter was the '
        'kindest man I have ever known. Our lives have been destroyed."\n\nDefending, Rebecca '
        'Lane said her client was "deeply ashamed" and had written a letter of apology to the '
        'family.\n\nSentencing, Judge Martin Picton told Harper: "You chose to look at your '
        'phone rather than the road. That choice cost a man his life."',
    ],
)
def test_a_participle_opening_a_sentence_is_no_name(text):
    result, _ = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people & {"Ian Morley", "Rebecca Lane"}
    assert "Defending" not in {e["name"] for e in result["entities"]}


def test_words_the_ner_left_off_ending_in_a_kind_of_organisation_join_the_name():
    result, speakers = _speakers(
        "About 60 firefighters were called to the site at 11pm on Sunday, Dorset and Wiltshire "
        "Fire and Rescue Service said."
    )
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types.get("Dorset and Wiltshire Fire and Rescue Service") == "ORG"
    assert speakers[0]["name"] == "Dorset and Wiltshire Fire and Rescue Service"


def test_a_player_named_after_his_position_is_a_person_and_he_after_his_age_is_him():
    result, speakers = _speakers(
        "Chelsea have signed Brazilian winger Estevao from Palmeiras.\n\n"
        "The 18-year-old has signed a seven-year contract at Stamford Bridge. He told the club "
        "website that he was very happy."
    )
    assert {e["name"]: e["type"] for e in result["entities"]}["Estevao"] == "PERSON"
    assert speakers[-1]["mention"]["text"] == "He"
    assert speakers[-1]["name"] == "Estevao"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Reform UK's Nigel Farage described the announcement as a con.", "Nigel Farage", "PERSON"),
        (
            "\u201cThis is not a military campaign,\u201d Andriy Sybiha wrote on X.",
            "Andriy Sybiha",
            "PERSON",
        ),
        (
            "The tour earned more than $2bn over 149 shows, according to the trade publication "
            "Pollstar.",
            "Pollstar",
            "ORG",
        ),
        (
            "Flood warnings remain in place across Yorkshire after Storm Bert brought heavy rain.",
            "Yorkshire",
            "GPE",
        ),
        (  # a place before its office
            '"We need help now, not in five years," the letter says.\n\nPond Inlet Mayor Joshua '
            "Arreak said the situation in his community was the worst he had seen.",
            "Pond Inlet",
            "GPE",
        ),
        (  # two words whose cue reports what he did: a person, not an organisation
            "At the reception centre, Gurpreet Dhillon said he left with only his passport.",
            "Gurpreet Dhillon",
            "PERSON",
        ),
        (  # an outlet that reports on him stays an organisation
            "The Huffington Post reported that he has moved toward a different position.",
            "Huffington Post",
            "ORG",
        ),
        (
            "Sheridan College said it is reviewing its programs. Seneca Polytechnic declined "
            "to comment.",
            "Seneca Polytechnic",
            "ORG",
        ),
        (  # a team the headline's tagger took for a person, "The …" in the body
            "Maple Leafs fire head coach after playoff exit\n\n"
            "The Toronto Maple Leafs have fired head coach Sheldon Keefe.\n\n"
            "The Leafs have not won a Stanley Cup since 1967.",
            "Toronto Maple Leafs",
            "ORG",
        ),
        (  # a trophy whose first word is a first name
            "The Leafs have not won a Stanley Cup since 1967, Sheldon Keefe said.",
            "Stanley Cup",
            "EVENT",
        ),
        (  # a town before its police, whatever the tagger's label
            "WINNIPEG \u2014 A man has been charged after a stabbing downtown, Winnipeg police "
            "say.",
            "Winnipeg",
            "GPE",
        ),
        (  # a town before its council, not a person
            "Hamilton city council voted 11-4 on Wednesday to freeze transit fares next year.",
            "Hamilton",
            "GPE",
        ),
        (  # a dateline's region
            "Housing crisis grows\n\nIQALUIT, Nunavut \u2014 Mayors from across the territory "
            "are calling on Ottawa to fund housing, saying overcrowding has reached a crisis "
            "point.",
            "Nunavut",
            "GPE",
        ),
        (  # two words a preposition places, the first no first name
            "Dr. Paul Parks, an emergency physician in Medicine Hat, said the pressure had "
            "never been worse.",
            "Medicine Hat",
            "GPE",
        ),
        (
            "Caroline Douglass, the agency's executive director for flood risk, said rivers "
            "were very high.",
            "Caroline Douglass",
            "PERSON",
        ),
        ("Villa boss Unai Emery felt his side deserved at least a point.", "Unai Emery", "PERSON"),
        ("Low-cost carrier Jet2 is to cut 2,000 jobs.", "Jet2", "ORG"),
        (
            "West Yorkshire Police said the van struck the pedestrians on Boar Lane shortly "
            "after 17:00 GMT on Saturday.",
            "Boar Lane",
            "FAC",
        ),
        (  # what a spokesperson speaks for
            '"Staff across the NHS have worked incredibly hard to bring these waits down," he '
            'said. "But I know that for many people the wait is still far too long."\n\nThe '
            "Welsh Conservatives' health spokesman, Sam Rowlands, said the improvement was "
            '"painfully slow".\n\nHe told BBC Wales: "Patients in Wales are still waiting far '
            'longer than those in England, and the Labour government has run out of excuses."',
            "Welsh Conservatives",
            "ORG",
        ),
        (
            "Shares in Arcturus Semiconductor fell by almost a third on Tuesday.\n\nAnalysts at "
            'Jefferies said the warning was "a significant blow to credibility".',
            "Jefferies",
            "ORG",
        ),
        (
            'Judge Christopher Morgan said: "You took money that was meant for children."\n\n'
            "Essex Police said it welcomed the sentence.",
            "Essex Police",
            "ORG",
        ),
        (  # untagged, the subject of what it has done
            "Ferry operator cancels sailings\n\nNorthern Isles Ferries has cancelled all winter "
            "sailings to Fair Isle.",
            "Northern Isles Ferries",
            "ORG",
        ),
        (
            "Margaret Hollis, 58, of Chelmsford, admitted fraud by abuse of position at "
            "Chelmsford Crown Court.",
            "Chelmsford Crown Court",
            "ORG",
        ),
        (
            "A spokesperson for the Fraternal Order of Police praised the decision.",
            "Fraternal Order of Police",
            "ORG",
        ),
        # police ranks are titles, no people
        (
            "Det Insp Karen Walsh said officers were not treating the crash as terror-related.",
            "Karen Walsh",
            "PERSON",
        ),
        # storms, agencies and picture libraries are no people
        (
            "Flood warnings remain in place across Yorkshire after Storm Bert brought heavy "
            "rain.\n\nThe Environment Agency said more than 50 flood warnings were in force.",
            "Storm Bert",
            "EVENT",
        ),
        (
            "Flood warnings remain in place across Yorkshire after Storm Bert brought heavy "
            "rain.\n\nPhotograph: Danny Lawson/PA\n\nThe Environment Agency said more than 50 "
            "flood warnings were in force on Monday morning.",
            "Environment Agency",
            "ORG",
        ),
        (
            "Residents in Hebden Bridge were evacuated overnight. Image: Getty Images\n\n"
            "The agency said rivers were very high.",
            "Getty Images",
            "ORG",
        ),
    ],
)
def test_an_entity_the_ner_mistyped_or_missed_gets_its_type(text, name, kind):
    result, _ = _speakers(text)
    assert {e["name"]: e["type"] for e in result["entities"]}[name] == kind


def test_a_name_the_ner_missed_that_speaks_is_a_person_its_surname_stands_for():
    result, speakers = _speakers(
        'Mikel Arteta said his side showed "incredible character" on Saturday.\n\n'
        '"It was a really difficult game," Arteta told Sky Sports.'
    )
    names = {e["name"]: e["type"] for e in result["entities"]}
    assert names["Mikel Arteta"] == "PERSON"
    assert [s["name"] for s in speakers] == ["Mikel Arteta", "Mikel Arteta"]
    assert speakers[1]["entity_id"] == speakers[0]["entity_id"] is not None


def test_a_name_the_ner_missed_after_a_role_in_lower_case_is_a_person_though_english():
    result, speakers = _speakers(
        "The club signed a striker.\n\nCity manager Pep Guardiola described Haaland as "
        '"an exceptional talent", adding: "He will make us better."'
    )
    names = {e["name"]: e["type"] for e in result["entities"]}
    assert names["Pep Guardiola"] == "PERSON"
    assert [s["name"] for s in speakers] == ["Pep Guardiola", "Pep Guardiola"]


def test_a_first_name_and_surname_the_ner_missed_whose_his_follows_is_a_person():
    result, speakers = _speakers(
        "Defender completes record move to Lisbon\n\nEthan Marsh has completed his "
        "record-breaking move to Benfica, signing a five-year contract.\n\nThe 24-year-old "
        'said he was "living a dream".'
    )
    names = {e["name"]: e["type"] for e in result["entities"]}
    assert names["Ethan Marsh"] == "PERSON"
    assert [s["name"] for s in speakers] == ["Ethan Marsh"]


def test_a_surname_that_is_also_a_title_stays_in_the_name():
    result, speakers = _speakers(
        "The trust apologised for the delay.\n\nIts chief executive, Dr Simon Constable, said "
        'the hospital had been under "extreme pressure" in January.'
    )
    assert {e["name"] for e in result["entities"]} >= {"Simon Constable"}
    assert [s["name"] for s in speakers] == ["Simon Constable"]


def test_one_word_after_the_is_no_persons_name_but_a_family_is_people():
    result, _ = _speakers(
        "Scientists have found ice in craters near the Moon's south pole, Dr Ann Lowe said. "
        "The Moon has no air. The Obamas and the Clintons attended the dinner."
    )
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types["Moon"] != "PERSON"
    assert types.get("Obamas", "PERSON") == types.get("Clintons", "PERSON") == "PERSON"


def test_a_short_name_in_brackets_after_an_organisation_is_that_organisation():
    result, speakers = _speakers(
        "The British Airline Pilots' Association (Balpa) said its members had been left with "
        "no choice. Balpa said talks had failed. The World Affairs Council of Orange County "
        "(Calif.) hosted the event."
    )
    names = {e["name"]: (e["type"], e["count"]) for e in result["entities"]}
    assert names["British Airline Pilots' Association"] == ("ORG", 3)
    assert "Balpa" not in names
    assert [s["name"] for s in speakers] == ["British Airline Pilots' Association"] * 2
    assert names["World Affairs Council of Orange County"] == ("ORG", 1)


def test_a_name_with_a_numeral_suffix_is_the_one_its_surname_stands_for():
    result, speakers = _speakers(
        "Developer Robert Ellis Carter IV bought the site in 2019. Carter said the tower would "
        "open next year. Carter told the council it would bring 400 jobs."
    )
    names = {e["name"]: e["count"] for e in result["entities"]}
    assert names == {"Robert Ellis Carter IV": 3}
    assert [s["name"] for s in speakers] == ["Robert Ellis Carter IV"] * 2


def test_a_headlines_first_word_used_in_the_singular_below_is_no_entity():
    result, _ = _speakers(
        "Tributes paid to teenager killed in crash\n\nThe family of a 17-year-old boy have "
        "paid tribute to a loyal son, Kent Police said."
    )
    names = {e["name"] for e in result["entities"]}
    assert "Kent Police" in names and "Tributes" not in names


def test_an_office_field_and_a_quotations_first_word_are_no_entities():
    result, speakers = _speakers(
        "Teachers have voted to strike over pay.\n\n"
        "Education Secretary Jenny Gilruth said she was 'disappointed' by the result. 'Strikes "
        "are in no one's interest, least of all pupils',' she said."
    )
    names = {e["name"] for e in result["entities"]}
    assert "Jenny Gilruth" in names
    assert not names & {"Education", "Strikes"}
    assert speakers[0]["affiliation"] is None


def test_a_datelines_place_is_a_place_in_its_own_case_not_an_organisation_named_after_it():
    text = (
        "HALIFAX — More than 40,000 homes were without power on Sunday.\n\n"
        "Residents in Halifax's north end described a night of roaring wind.\n\n"
        "The Halifax Regional Municipality said its recreation centres would open."
    )
    names = by_name(extract(text, load_nlp()))
    assert names["Halifax"]["type"] == "GPE"
    assert [m["text"] for m in names["Halifax Regional Municipality"]["mentions"]] == [
        "Halifax Regional Municipality"
    ]
    assert "HALIFAX" not in names


def test_a_score_is_no_part_of_a_clubs_name():
    text = "Liverpool beat Nottingham Forest 1-0 at Anfield on Saturday."
    doc = load_nlp()(text)
    start = text.index("Nottingham")
    doc.ents = [doc.char_span(start, start + len("Nottingham Forest 1-0"), "ORG")]
    names = by_name(analyse(doc))
    assert names["Nottingham Forest"]["type"] == "ORG"
    assert "Nottingham Forest 1-0" not in names


def test_a_word_and_a_number_is_no_persons_name():
    text = "The deal caps classes from kindergarten to Grade 3, Mary Lee Jones 2 said."
    doc = load_nlp()(text)
    spans = [(text.index("Grade 3"), "Grade 3"), (text.index("Mary"), "Mary Lee Jones 2")]
    doc.ents = [doc.char_span(start, start + len(piece), "PERSON") for start, piece in spans]
    names = by_name(analyse(doc))
    assert names["Mary Lee Jones"]["type"] == "PERSON"
    assert not {"Grade", "Grade 3", "Mary Lee Jones 2"} & set(names)


def test_a_name_ending_in_an_organisations_acronym_is_no_person():
    text = "Surrey RCMP say they are investigating. Alberta NDP leaders met Jane Smith MP."
    doc = _person_tagged(text, ["Surrey RCMP", "Alberta NDP", "Jane Smith MP"])
    names = by_name(analyse(doc))
    assert names["Surrey RCMP"]["type"] == "ORG" and names["Alberta NDP"]["type"] == "ORG"
    assert names["Jane Smith"]["type"] == "PERSON"  # letters after a name: still a person


def test_a_noun_before_a_nation_names_its_agency():
    text = (
        "Canada braces for storm\n\nEnvironment Canada said the storm would hit on Monday. "
        "Western Canada was spared.\n\nStatistics Canada said prices rose."
    )
    found = extract(text, load_nlp())
    names = by_name(found)
    assert names["Environment Canada"]["type"] == "ORG"
    assert names["Statistics Canada"]["type"] == "ORG"
    assert "Western Canada" not in names or names["Western Canada"]["mentions"][0]["start"] > 0
    speakers = [q["speaker"]["name"] for q in found["quotes"] if is_quote(q)]
    assert speakers == ["Environment Canada", "Statistics Canada"]


def test_a_noun_before_a_nation_the_ner_took_for_an_organisation_names_the_agency():
    text = "She said it was sad.\n\nPolice Scotland said inquiries into the crash were continuing."
    doc = load_nlp()(text)
    start = text.index("Scotland")
    doc.ents = [doc.char_span(start, start + len("Scotland"), "ORG")]
    found = analyse(doc)
    assert set(by_name(found)) == {"Police Scotland"}
    assert found["quotes"][-1]["speaker"]["name"] == "Police Scotland"


def test_a_country_the_ner_took_for_an_organisation_is_a_place_no_service_speaks_for():
    text = (
        "Uzbekistan will merge three ministries into one, the presidential press service said. "
        "The Maldives, Cameroon and Uzbekistan have signed the accord."
    )
    doc = _labelled(text, [("Uzbekistan", "ORG"), ("Maldives", "ORG"), ("Cameroon", "ORG")])
    found = analyse(doc)
    types = {name: e["type"] for name, e in by_name(found).items()}
    assert types == {"Uzbekistan": "GPE", "Maldives": "GPE", "Cameroon": "GPE"}
    assert found["quotes"][0]["speaker"]["name"] == "the presidential press service"


def test_words_after_a_comma_that_are_no_name_are_cut_from_an_entity():
    text = (
        "According to a report by Politico, Democratic party insiders are worried. The House "
        "Committee on Science, Space and Technology met."
    )
    pieces = ["Politico, Democratic party", "House Committee on Science, Space and Technology"]
    doc = _labelled(text, [(piece, "ORG") for piece in pieces])
    names = by_name(analyse(doc))
    assert "Politico" in names and "Politico, Democratic party" not in names
    assert "House Committee on Science, Space and Technology" in names


def test_a_lone_surname_the_ner_calls_a_thing_is_the_person_named_in_full():
    text = (
        "Former councillor Maria Pearson spoke first. Her rival accused Pearson of raising "
        "taxes, and Pearson countered that cuts would follow. He drives a Ford to work."
    )
    doc = _labelled(text, [("Maria Pearson", "PERSON"), ("Pearson", "PRODUCT"), ("Pearson", "FAC")])
    names = by_name(analyse(doc))
    assert names["Maria Pearson"]["count"] == 3 and "Pearson" not in names


@pytest.mark.parametrize("province", ["Ont.", "Que.", "Sask.", "Alta.", "Nfld."])
def test_an_abbreviated_province_is_a_place_not_a_person(province):
    text = (
        f"Dr. Alan Drummond, a physician in Perth, {province}, said rural hospitals would suffer."
    )
    found = extract(text, load_nlp())
    names = by_name(found)
    assert names[province]["type"] == "GPE" and names["Alan Drummond"]["type"] == "PERSON"
    assert [q["speaker"]["name"] for q in found["quotes"]] == ["Alan Drummond"]


def test_a_one_word_name_whose_own_thing_is_his_is_a_person():
    text = "Drake has filed a lawsuit against his own record label. Republicans want their say."
    doc = _labelled(text, [("Drake", "ORG"), ("Republicans", "NORP")])
    types = {e["name"]: e["type"] for e in analyse(doc)["entities"]}
    assert types == {"Drake": "PERSON", "Republicans": "NORP"}


def test_a_plural_noun_and_a_place_name_an_organisation():
    text = "Ontario will cut permits. Colleges Ontario warned of layoffs. Paras Griffin agreed."
    pieces = [("Ontario", "GPE"), ("Colleges Ontario", "PERSON"), ("Paras Griffin", "PERSON")]
    doc = _labelled(text, pieces)
    types = {e["name"]: e["type"] for e in analyse(doc)["entities"]}
    assert types == {"Ontario": "GPE", "Colleges Ontario": "ORG", "Paras Griffin": "PERSON"}


def test_a_name_after_a_role_inside_an_entity_is_the_persons():
    text = '"This is an extremely dangerous situation," Fire Chief Anthony Marrone told reporters.'
    doc = load_nlp()(text)
    start = text.index("Fire Chief")
    doc.ents = [doc.char_span(start, start + len("Fire Chief Anthony Marrone"), "WORK_OF_ART")]
    result = analyse(doc)
    assert by_name(result)["Anthony Marrone"]["type"] == "PERSON"
    assert result["quotes"][0]["speaker"]["name"] == "Anthony Marrone"


@pytest.mark.parametrize(
    ("tagged", "name"),
    [
        ("Spokeswoman Jo Dunn", "Jo Dunn"),
        ("Representative Charles B. Rangel", "Charles B. Rangel"),
        ("Queen Elizabeth", "Queen Elizabeth"),  # a style that is part of the name
        ("Grandmother Maureen Tilly", "Maureen Tilly"),
        ("Mother Teresa", "Mother Teresa"),
        ("Shopkeeper Ravi Patel", "Ravi Patel"),
        ("Goaltender Theo Lachance", "Theo Lachance"),
    ],
)
def test_a_role_noun_the_ner_took_into_a_persons_name_is_not_the_name(tagged, name):
    text = f"{tagged} said the review would take a month."
    doc = load_nlp()(text)
    doc.ents = [doc.char_span(0, len(tagged), "PERSON")]
    result = analyse(doc)
    assert [e["name"] for e in result["entities"]] == [name]
    assert result["quotes"][0]["speaker"]["name"] == name


def test_what_a_business_has_and_where_an_analyst_works_make_an_organisation():
    text = (
        "Shares of Nvidia fell 2%. Nvidia's biggest customers said they would keep buying. "
        "Nvidia makes chips. Stacy Rasgon, an analyst at Bernstein, said demand was strong."
    )
    doc = load_nlp()(text)
    spans = [(m.start(), m.end(), "GPE") for m in re.finditer("Nvidia|Bernstein", text)]
    spans.append((text.index("Stacy"), text.index(", an"), "PERSON"))
    doc.ents = [doc.char_span(s, e, label) for s, e, label in sorted(spans)]
    names = by_name(analyse(doc))
    assert (names["Nvidia"]["type"], names["Bernstein"]["type"]) == ("ORG", "ORG")
    assert names["Stacy Rasgon"]["type"] == "PERSON"


def test_a_first_name_speaking_with_a_person_is_a_person():
    found = by_name(extract('"We love cats!" reply Burton and Nick.', load_nlp()))
    assert (found["Burton"]["type"], found["Nick"]["type"]) == ("PERSON", "PERSON")


def test_a_one_letter_name_ending_a_sentence_before_a_quotation_has_no_full_stop():
    text = '"We will not be intimidated," Zelensky wrote on X. "Every attack makes us stronger."'
    doc = load_nlp()(text)
    start = text.index("X.")
    doc.ents = [doc.char_span(start, start + 2, "ORG")]
    assert [e["name"] for e in analyse(doc)["entities"]] == ["X"]


def test_a_countrys_own_body_is_named_with_its_possessive():
    text = (
        "Russia's Defense Ministry said its forces had destroyed 17 drones. The Defense "
        "Ministry gave no details."
    )
    doc = load_nlp()(text)
    doc.ents = [
        doc.char_span(m.start(), m.end(), label)
        for m, label in [
            (re.search("Russia", text), "GPE"),
            (re.search("Defense Ministry", text), "ORG"),
            (re.search("(?<=The )Defense Ministry", text), "ORG"),
        ]
    ]
    result = analyse(doc)
    ministry = by_name(result)["Russia's Defense Ministry"]
    assert ministry["type"] == "ORG" and ministry["count"] == 2
    assert result["quotes"][0]["speaker"]["entity_id"] == ministry["id"]


def test_a_name_after_a_role_noun_is_a_person_whatever_the_tagger_says():
    text = "In a statement, NDP education critic Marit Stiles accused the premier of delays."
    doc = load_nlp()(text)
    start = text.index("Marit")
    doc.ents = [doc.char_span(start, start + len("Marit Stiles"), "ORG")]
    assert by_name(analyse(doc))["Marit Stiles"]["type"] == "PERSON"


def test_a_name_with_a_digit_in_it_is_no_person():
    text = "Mary Jones said COVID-19 cases had doubled in the past two weeks."
    doc = load_nlp()(text)
    start = text.index("COVID-19")
    doc.ents = [
        doc.char_span(0, len("Mary Jones"), "PERSON"),
        doc.char_span(start, start + len("COVID-19"), "PERSON"),
    ]
    assert [e["name"] for e in analyse(doc)["entities"]] == ["Mary Jones"]


def test_a_name_whose_words_before_of_end_as_an_organisations_is_one():
    text = "The Elementary Teachers' Federation of Ontario called the move overdue."
    doc = load_nlp()(text)
    start = text.index("Elementary")
    doc.ents = [
        doc.char_span(
            start, start + len("Elementary Teachers' Federation of Ontario"), "WORK_OF_ART"
        )
    ]
    assert by_name(analyse(doc))["Elementary Teachers' Federation of Ontario"]["type"] == "ORG"


def test_an_acronym_in_brackets_spells_out_the_name_before_it():
    text = (
        "The Bureau des enquêtes indépendantes (BEI) said officers were called to the flat. "
        "Six investigators have been assigned, the BEI said."
    )
    doc = load_nlp()(text)
    doc.ents = [doc.char_span(m.start(), m.end(), "ORG") for m in re.finditer(r"Bureau|BEI", text)]
    result = analyse(doc)
    bureau = by_name(result)["Bureau des enquêtes indépendantes"]
    assert bureau["type"] == "ORG" and bureau["count"] == 3
    assert len(result["entities"]) == 1
    assert result["quotes"][-1]["speaker"]["entity_id"] == bureau["id"]


def test_an_untagged_acronym_spells_out_a_name_split_at_its_and():
    text = (
        "The App Drivers and Couriers Union (ADCU), which brought the case, said the move did "
        "not go far enough."
    )
    doc = load_nlp()(text)
    spans = [("App Drivers", "PERSON"), ("Couriers Union", "ORG")]
    doc.ents = [doc.char_span(text.index(t), text.index(t) + len(t), label) for t, label in spans]
    result = analyse(doc)
    union = by_name(result)["App Drivers and Couriers Union"]
    assert union["type"] == "ORG" and union["count"] == 2  # the name and its acronym
    assert len(result["entities"]) == 1
    assert result["quotes"][0]["speaker"]["entity_id"] == union["id"]


def test_an_acronym_spells_out_a_name_with_commas_in_it():
    text = (
        "The Retail, Wholesale and Department Store Union (RWDSU) had accused Amazon of "
        "interfering in the election."
    )
    doc = load_nlp()(text)
    spans = [("Department Store Union", "ORG"), ("RWDSU", "ORG"), ("Amazon", "ORG")]
    doc.ents = [doc.char_span(text.index(t), text.index(t) + len(t), label) for t, label in spans]
    union = by_name(analyse(doc))["Retail, Wholesale and Department Store Union"]
    assert union["type"] == "ORG" and union["count"] == 2  # the name and its acronym


def test_an_agency_named_by_two_fields_the_ner_tagged_apart_is_one_organisation():
    text = (
        "Canada will cut the number of new student permits.\n\n"
        "Colleges and Institutes Canada, which represents 138 institutions, warned the cap "
        "could force program closures. Its president, Pari Johnston, said the organisation had "
        "not been consulted."
    )
    result = extract(text, load_nlp())
    agency = by_name(result)["Colleges and Institutes Canada"]
    assert agency["type"] == "ORG"
    assert result["quotes"][-1]["speaker"]["affiliation"]["entity_id"] == agency["id"]


def test_a_departments_second_field_after_and_is_part_of_its_name():
    text = (
        "The Ministry of Municipal Affairs and Housing did not respond. Harvard and the "
        "University of Chicago declined to comment."
    )
    doc = load_nlp()(text)
    doc.ents = [
        doc.char_span(m.start(), m.end(), "ORG")
        for m in re.finditer(
            r"Ministry of Municipal Affairs|Housing|Harvard|University of Chicago", text
        )
    ]
    names = {e["name"] for e in analyse(doc)["entities"]}
    assert names == {
        "Ministry of Municipal Affairs and Housing",
        "Harvard",
        "University of Chicago",
    }


def test_a_teams_last_word_is_the_team_and_its_player_after_a_possessive_a_person():
    text = (
        "Maple Leafs' Matthews out for three weeks\n\n"
        "The Toronto Maple Leafs will be without Auston Matthews after a hit by Bruins "
        "defenceman Hampus Lindholm in the loss to the Boston Bruins. The Leafs host Montreal "
        "on Wednesday."
    )
    doc = load_nlp()(text)
    spans = [
        ("Maple Leafs' Matthews", "ORG"),
        ("Toronto Maple Leafs", "ORG"),
        ("Auston Matthews", "PERSON"),
        ("Bruins", "PERSON"),
        ("Hampus Lindholm", "PERSON"),
        ("Boston Bruins", "ORG"),
        ("Leafs", "GPE"),
    ]
    ents, at = [], 0
    for name, label in spans:
        at = text.index(name, at)
        ents.append(doc.char_span(at, at + len(name), label))
        at += len(name)
    doc.ents = ents
    types = {e["name"]: (e["type"], e["count"]) for e in analyse(doc)["entities"]}
    assert types == {
        "Toronto Maple Leafs": ("ORG", 3),
        "Auston Matthews": ("PERSON", 2),
        "Boston Bruins": ("ORG", 2),
        "Hampus Lindholm": ("PERSON", 1),
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an age between commas
        ("The crash on Pembina Highway killed Amrit Dhaliwal, 52, on Sunday.", "Amrit Dhaliwal"),
        # kin after the possessive
        ("Police named the victim as Amrit Dhaliwal. Dhaliwal's daughter spoke.", "Amrit Dhaliwal"),
        # the last word alone speaks
        (
            "Quinn Hughes scored 2:13 into overtime as the Vancouver Canucks beat the Edmonton "
            'Oilers 4-3.\n\n"It was a huge game for us," Hughes said.',
            "Quinn Hughes",
        ),
    ],
)
def test_a_name_the_ner_took_for_an_organisation_is_a_persons_by_what_is_said_of_it(text, name):
    names = by_name(extract(text, load_nlp()))
    assert names[name]["type"] == "PERSON"


def test_one_word_in_capitals_is_no_person_unless_it_labels_a_turn():
    doc = load_nlp()("Ontario hospitals brace as COVID cases climb\n\nHOLT: Good evening.")
    assert [t.text for t in doc[4:5]] == ["COVID"] and doc[8].text == "HOLT"
    assert _not_a_name(doc, 4, 5)
    assert not _not_a_name(doc, 8, 9)  # a transcript's label


def test_a_name_before_a_role_and_its_holder_is_where_they_work():
    found = by_name(
        extract(
            "Alberta Wildfire information officer Christie Tucker said strong winds were "
            "pushing the fire toward the community. Trump campaign manager Kellyanne Conway "
            "said Donald Trump would win.",
            load_nlp(),
        )
    )
    assert found["Alberta Wildfire"]["type"] == "ORG"
    assert found["Christie Tucker"]["type"] == "PERSON"
    assert found["Donald Trump"]["type"] == "PERSON"


def test_a_plural_name_before_two_role_words_and_their_holder_is_where_they_work():
    text = "Vancouver Canucks head coach Rick Tocchet said the team had to be better."
    doc = load_nlp()(text)
    doc.ents = [
        doc.char_span(0, len("Vancouver Canucks"), "PERSON"),
        doc.char_span(text.index("Rick"), text.index(" said"), "PERSON"),
    ]
    found = by_name(analyse(doc))
    assert found["Vancouver Canucks"]["type"] == "ORG"
    assert found["Rick Tocchet"]["type"] == "PERSON"


def test_a_force_the_ner_ran_into_a_rank_is_where_the_officer_serves():
    text = "The driver stayed at the scene, according to Surrey RCMP Cpl. Vanessa Munn."
    doc = load_nlp()(text)
    start = text.index("Surrey")
    doc.ents = [
        doc.char_span(start, text.index(" Vanessa"), "PERSON"),
        doc.char_span(text.index("Vanessa"), len(text) - 1, "PERSON"),
    ]
    result = analyse(doc)
    names = by_name(result)
    assert (names["Surrey RCMP"]["type"], names["Vanessa Munn"]["type"]) == ("ORG", "PERSON")
    assert "Surrey RCMP Cpl." not in names
    speaker = result["quotes"][0]["speaker"]
    assert (speaker["name"], speaker["affiliation"]["name"]) == ("Vanessa Munn", "Surrey RCMP")


def test_an_untagged_first_name_between_a_title_and_a_full_name_is_part_of_it():
    found = by_name(
        extract(
            "Mayor Soraya Martinez Ferrada urged residents to stay away from downed lines. "
            "Republican Mark Davies hit back.",
            load_nlp(),
        )
    )
    assert found["Soraya Martinez Ferrada"]["type"] == "PERSON"
    assert "Mark Davies" in found


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        (
            "Obama spoke on Monday.\n\nCarlos Barria / Reuters.\n\nHe left.",
            "Carlos Barria / Reuters",
        ),
        (
            "Obama spoke on Monday. Follow him on https://twitter.com/Obama now.",
            "https://twitter.com/Obama",
        ),
    ],
)
def test_a_photo_credit_line_and_a_web_address_are_no_people(text, tagged):
    doc = load_nlp()(text)
    start = text.index(tagged)
    doc.ents = [doc.char_span(0, 5, "PERSON"), doc.char_span(start, start + len(tagged), "PERSON")]
    assert [e["name"] for e in analyse(doc)["entities"]] == ["Obama"]


@pytest.mark.parametrize(
    ("tagged", "label", "name"),
    [
        ("Obama’s agenda", "PERSON", "Obama"),  # the owner's name
        ("Johns Hopkins University’s School of Advanced Studies", "ORG", None),  # one name
    ],
)
def test_a_persons_name_ends_at_a_possessive_before_common_words(tagged, label, name):
    text = f"Critics said {tagged} was in trouble."
    doc = load_nlp()(text)
    start = text.index(tagged)
    doc.ents = [doc.char_span(start, start + len(tagged), label)]
    assert [e["name"] for e in analyse(doc)["entities"]] == [name or tagged]


def test_words_with_a_bracket_are_no_name():
    text = "Obama spoke on Monday. [W]e will welcome them, he said."
    doc = load_nlp()(text)
    start = text.index("W]e")
    doc.ents = [doc.char_span(0, 5, "PERSON"), doc.char_span(start, start + 3, "PERSON")]
    assert [e["name"] for e in analyse(doc)["entities"]] == ["Obama"]


def test_names_in_a_line_crediting_the_staff_are_no_people():
    found = by_name(
        extract(
            "Prime Minister Mark Carney said the government would act.\n\n"
            "(Reporting by Promit Mukherjee; Editing by Paul Simao)\n\n"
            "Photo: Nathan Denette/The Canadian Press\n\n"
            "Writing for the Los Angeles Times, Mark Z. Barabak noted that Pence won.\n\n"
            "Ellen Park and Tom Reyes contributed to this report.",
            load_nlp(),
        )
    )
    people = {name for name, e in found.items() if e["type"] == "PERSON"}
    assert {"Mark Carney", "Mark Z. Barabak"} <= people
    credited = {"Promit Mukherjee", "Paul Simao", "Nathan Denette", "Ellen Park", "Tom Reyes"}
    assert not people & credited


def test_a_credit_run_on_after_the_last_sentence_names_no_people_but_a_clause_does():
    found = by_name(
        extract(
            "Reporting by the BBC found that Kate Holton was wrong. She denied it.\n\n"
            "Ms Holton declined to comment. (Reporting by Amanda Becker in Washington; "
            "Editing by Eric Beech.)\n",
            load_nlp(),
        )
    )
    people = {name for name, e in found.items() if e["type"] == "PERSON"}
    assert "Kate Holton" in people
    assert not people & {"Amanda Becker", "Eric Beech"}


def test_names_a_role_introduces_are_people_whole():
    found = by_name(
        extract(
            "The regional governor of Kharkiv, Oleh Syniehubov, said two people were injured.\n\n"
            "Former City defender Micah Richards, now a pundit, told the BBC that the squad "
            "needed fresh legs. Injuries to key players, including midfielder Rodri, hurt.",
            load_nlp(),
        )
    )
    for name in ("Oleh Syniehubov", "Micah Richards", "Rodri"):
        assert found[name]["type"] == "PERSON", found
    assert "Richards" not in found


def test_an_amount_the_ner_ran_into_a_name_is_cut_off():
    result = extract(
        "The European Commission on Monday fined the technology company Vantix 1.8 billion "
        'euros. Vantix said it would appeal. "We will challenge it," the company said.',
        load_nlp(),
    )
    found = by_name(result)
    assert found["Vantix"]["type"] == "ORG" and found["Vantix"]["count"] == 2
    assert not any(name.startswith("Vantix ") for name in found)
    [quote] = [q for q in result["quotes"] if "challenge" in q["text"]]
    assert quote["speaker"]["name"] == "Vantix"


def test_a_plural_noun_with_a_plural_verb_is_no_person():
    found = by_name(
        extract(
            '"Volumes are down and our customers are cautious," Whitfield said. '
            "Banks said the company would recover.",
            load_nlp(),
        )
    )
    assert "Volumes" not in found
    assert found["Whitfield"]["type"] == "PERSON"


def test_a_byline_and_an_events_name_are_no_people():
    found = by_name(
        extract(
            "By Sarah Mitchell, Staff Reporter\n\n"
            "Taylor Swift's record-breaking Eras Tour ended Sunday in Vancouver. Emily Chen, "
            "24, said she had waited a year for tickets.\n\n"
            "By Monday, Pierre Poilievre had demanded the documents.",
            load_nlp(),
        )
    )
    people = {name for name, e in found.items() if e["type"] == "PERSON"}
    assert {"Emily Chen", "Pierre Poilievre"} <= people
    assert not people & {"Sarah Mitchell", "Eras Tour"}


def test_the_line_under_a_byline_names_no_one():
    text = (
        "By Priya Sharma and Tom Ellis\nTechnology reporters\n\n"
        "Uber drivers in London are to get a minimum wage, Jamie Heywood said."
    )
    doc = load_nlp()(text)
    start = text.index("Tom Ellis")
    doc.ents = [doc.char_span(start, text.index(" reporters"), "PERSON")]  # across the break
    assert set(by_name(analyse(doc))) == {"Jamie Heywood"}


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (  # an organisation speaks of itself as "it"; "it" before a copula stands for anything
            "Meanwhile, Deliveroo said it had no plans to change the way it pays riders. Kelly "
            "said it was a mistake.",
            {"Deliveroo": "ORG", "Kelly": "PERSON"},
        ),
        (  # where someone moved to is a place
            "Tom Bishop said his son had to move to Norwich for work.",
            {"Norwich": "GPE", "Tom Bishop": "PERSON"},
        ),
        (  # a subject whose sentence goes on to "its" staff is an organisation
            "Barratt Redrow reported a 20% fall in reservations, and its chief executive, "
            "David Thomas, warned that rates were deterring buyers.",
            {"Barratt Redrow": "ORG", "David Thomas": "PERSON"},
        ),
        (  # the place a sentence opens with "At" is a place
            "At Gatwick, Ahmed Khan said staff had given them no information.",
            {"Gatwick": "GPE", "Ahmed Khan": "PERSON"},
        ),
    ],
)
def test_what_a_name_labelled_a_person_does_gives_its_type(text, types):
    doc = load_nlp()(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), "PERSON") for n in types]
    found = by_name(analyse(doc))
    assert {name: found[name]["type"] for name in types} == types


def test_a_name_the_word_for_its_kind_opens_is_an_organisation():
    text = (
        "Haran Vijayanathan, who was executive director of the Alliance for South Asian AIDS "
        "Prevention at the time, said the apology came years too late."
    )
    doc = load_nlp()(text)
    doc.ents = [doc.char_span(0, len("Haran Vijayanathan"), "PERSON")]
    found = by_name(analyse(doc))
    assert found["Alliance for South Asian AIDS Prevention"]["type"] == "ORG"
    assert set(found) == {"Haran Vijayanathan", "Alliance for South Asian AIDS Prevention"}


def test_a_party_before_a_name_is_no_person_whatever_role_comes_first():
    found = by_name(
        extract(
            "Maria Santos is challenging three-term incumbent Republican Jim Walsh for the "
            "state Senate seat.",
            load_nlp(),
        )
    )
    assert found["Republican"]["type"] == "NORP"
    assert found["Jim Walsh"]["type"] == "PERSON"


def test_a_short_name_merges_with_a_longer_one_only_after_it():
    found = by_name(
        extract(
            "Apple shares rose 3 percent after the company reported better-than-expected "
            "iPhone sales in China.\n\nThe company said revenue in Greater China rose 8 percent "
            'in the quarter. "We\'re very pleased," Cook said. He added that Apple Intelligence, '
            "its artificial intelligence features, would launch in Chinese in the coming "
            "months.\n\nGoldman Sachs raised its target. Goldman said the results were strong.",
            load_nlp(),
        )
    )
    assert found["Apple"]["type"] == "ORG" and "Apple Intelligence" in found
    assert "Goldman" not in found and found["Goldman Sachs"]["count"] == 2


def test_a_short_name_in_the_headline_is_no_earlier_than_the_full_name_below_it():
    text = (
        "EU fines Meta 800 million euros\n\n"
        "BRUSSELS \u2014 The European Commission fined Meta Platforms 797 million euros on "
        "Thursday for tying its Marketplace service to Facebook.\n\n"
        "Meta said it would appeal."
    )
    result = extract(text, load_nlp())
    found = by_name(result)
    assert "Meta" not in found and found["Meta Platforms"]["count"] == 3
    said = [q for q in result["quotes"] if q["text"] == "it would appeal"]
    assert said and said[0]["speaker"]["name"] == "Meta Platforms"


def test_a_name_before_the_facility_named_after_it_is_no_person():
    found = by_name(
        extract(
            "Lucie Tremblay, 71, and Monique Gagnon, 68, embraced at the arrivals gate of "
            "Montreal's Trudeau airport as relatives cheered.",
            load_nlp(),
        )
    )
    assert found["Trudeau"]["type"] == "FAC"
    assert found["Lucie Tremblay"]["type"] == "PERSON"


def test_a_word_naming_the_kind_of_a_plural_noun_is_no_person():
    text = (
        "Landlord groups were critical. Tony Irwin, president of the federation, said costs "
        "for owners had risen far faster than rents."
    )
    result, _ = _speakers(text)
    names = {e["name"] for e in result["entities"]}
    assert "Tony Irwin" in names
    assert "Landlord" not in names


def test_a_name_ending_in_a_kind_of_business_or_school_is_no_person():
    text = (
        "Sweet Hollow Bakery, opened by Anna and Tom Whitfield in 2015, beat out more than 300 "
        "nominees. Students at Manchester Memorial High School said they were proud."
    )
    result, _ = _speakers(text)
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types["Sweet Hollow Bakery"] == "ORG"
    assert types["Anna Whitfield"] == "PERSON"
    assert "PERSON" not in {t for n, t in types.items() if n.endswith("School")}


def test_a_sentences_first_word_read_as_no_proper_noun_is_no_person():
    from spacy.tokens import Span

    from workers.extraction.entities import _capitalised_common_word

    nlp = load_nlp()
    for text, word, common in (
        ("Nationally, however, her favorability rating has dropped.", "Nationally", True),
        ("Conceding that a deal was likely, he warned of delays.", "Conceding", True),
        ("Obama said the deal was likely.", "Obama", False),
        ("Rice said the deal was likely.", "Rice", False),
    ):
        doc = nlp(text)
        assert doc[0].text == word
        assert _capitalised_common_word(Span(doc, 0, 1, label="PERSON"), set(), set()) is common


@pytest.mark.parametrize(
    ("text", "tagged", "found"),
    [
        (  # a conjunction the NER ran into the name
            "Ahmed al Ashry and his wife flew home. Ahmed al Ashry said he was glad.",
            ["Ahmed al Ashry and", "Ahmed al Ashry"],
            {"Ahmed al Ashry": ("PERSON", 2)},
        ),
        (  # the organisation after "of"
            "Travis Kalanick of Uber spoke on Monday. Uber grew.",
            ["Travis Kalanick of Uber"],
            {"Travis Kalanick": ("PERSON", 1), "Uber": ("ORG", 2)},
        ),
        (  # a word the hyphen glues to the next, no one's surname
            "Senator Warren backed the Glass-Steagall firewall on Monday.",
            ["Glass"],
            {},
        ),
    ],
)
def test_a_person_span_without_what_the_ner_ran_into_it(text, tagged, found):
    doc = _person_tagged(text, tagged)
    entities = {e["name"]: (e["type"], e["count"]) for e in analyse(doc)["entities"]}
    assert entities == found


def test_a_newspaper_or_a_corps_tagged_a_person_is_an_organisation():
    text = "The Orlando Sentinel reported the news. He served in the Marine Corps for years."
    doc = _person_tagged(text, ["Orlando Sentinel", "Marine Corps"])
    types = {e["name"]: e["type"] for e in analyse(doc)["entities"]}
    assert types == {"Orlando Sentinel": "ORG", "Marine Corps": "ORG"}


@pytest.mark.parametrize(
    ("text", "tagged", "person"),
    [
        (
            "Abdirahman Osman Nur, the district commissioner, said the camps were full.",
            ["Osman Nur"],
            "Abdirahman Osman Nur",
        ),
        (  # an English word opening the sentence is no given name
            "Candidates Ben Carson and Ted Cruz said the vote was close.",
            ["Ben Carson", "Ted Cruz"],
            "Ben Carson",
        ),
    ],
)
def test_a_given_name_the_ner_left_out_opening_the_sentence(text, tagged, person):
    people = {e["name"] for e in analyse(_person_tagged(text, tagged))["entities"]}
    assert person in people


def test_a_faith_the_ner_took_for_a_person_is_a_people():
    text = "The Sikh community served food to 2,000 people, said Harjit Singh, a temple elder."
    doc = _person_tagged(text, ["Sikh", "Harjit Singh"])
    types = {e["name"]: e["type"] for e in analyse(doc)["entities"]}
    assert types == {"Sikh": "NORP", "Harjit Singh": "PERSON"}


def test_a_name_after_a_noun_for_a_person_and_from_is_a_place():
    text = "Her suitcase arrived late, said Kendra Ashworth, a nurse from Cary."
    doc = _person_tagged(text, ["Kendra Ashworth", "Cary"])
    types = {e["name"]: e["type"] for e in analyse(doc)["entities"]}
    assert types == {"Kendra Ashworth": "PERSON", "Cary": "GPE"}


def test_a_hyphenated_name_a_role_describes_is_a_person_the_ner_missed():
    text = "Mariana Reyes-Tull, a nurse from Plano, said she had found two fraudulent charges."
    people = {e["name"] for e in analyse(_person_tagged(text, []))["entities"]}
    assert people == {"Mariana Reyes-Tull"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # the surname tagged apart, as an organisation
            "The team imaged the film. Co-author Dr Hyun-woo Park, a materials scientist who "
            'specialises in surface chemistry, said the images showed "a uniform layer".',
            "Hyun-woo Park",
        ),
        ('Striker Ji-hoon Kim scored twice. "I was lucky," Kim said.', "Ji-hoon Kim"),
        (  # a nationality the NER ran into the name, with no "the" before it
            'Chloe Whitfield won, beating American Maya Okonkwo-Reyes in the final. "I was '
            'nervous," Okonkwo-Reyes said.',
            "Maya Okonkwo-Reyes",
        ),
    ],
)
def test_a_hyphenated_name_the_ner_cut_or_ran_into_a_nationality_is_whole(text, name):
    found = extract(text, load_nlp())
    surname = name.split()[-1]
    people = [e["name"] for e in found["entities"] if e["type"] == "PERSON"]
    assert [p for p in people if surname in p] == [name]
    assert found["quotes"][0]["speaker"]["name"] == name


def test_a_role_noun_the_ner_took_into_a_name_is_no_part_of_it():
    text = "Rabbi Marvin Hier said the threat was real."
    doc = _person_tagged(text, ["Rabbi Marvin Hier"])
    people = {e["name"] for e in analyse(doc)["entities"] if e["type"] == "PERSON"}
    assert people == {"Marvin Hier"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Saudi Energy Minister Prince Abdulaziz bin Salman told reporters the group would act.",
            "Prince Abdulaziz bin Salman",
        ),
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan told reporters the talks were useful.",
            "Prince Faisal bin Farhan",
        ),
        (  # the particle at the end of the first part the tagger found
            "\u201cWe will keep the chapel open,\u201d said Dafydd ap Gwilym Morgan, the "
            "chapel secretary.",
            "Dafydd ap Gwilym Morgan",
        ),
    ],
)
def test_a_name_the_tagger_split_before_a_particle_is_one_person(text, name):
    found = by_name(extract(text, load_nlp()))
    assert found[name]["type"] == "PERSON"


def test_a_known_first_name_and_a_surname_that_speak_are_a_person_the_ner_missed():
    text = (
        "Johnson 'broke the rules', says former aide\n\n"
        "Dominic Cummings has claimed that Boris Johnson knew about the party.\n\n"
        "The former chief adviser said he had warned Mr Johnson."
    )
    found = extract(text, load_nlp())
    assert by_name(found)["Dominic Cummings"]["type"] == "PERSON"
    warned = [q for q in found["quotes"] if q["text"].startswith("he had warned")]
    assert warned[0]["speaker"]["name"] == "Dominic Cummings"


def test_a_service_two_areas_share_is_one_organisation_whatever_its_label():
    text = (
        "A man was jailed on Friday.\n\n"
        "Detective Constable Gemma Hart, of Avon and Somerset Police, said officers had worked "
        "tirelessly."
    )
    found = extract(text, load_nlp())
    assert by_name(found)["Avon and Somerset Police"]["type"] == "ORG"
    assert "Avon" not in by_name(found)


def test_a_team_before_its_drivers_name_and_a_surname_in_the_headline_are_no_strangers():
    text = (
        "Verstappen wins in Brazil as Norris title hopes fade\n\n"
        "Max Verstappen won the Sao Paulo Grand Prix, extending his lead over Lando Norris. "
        "McLaren's Norris, who started on pole, finished sixth. Alpine's Esteban Ocon and "
        "Pierre Gasly completed the podium."
    )
    found = by_name(extract(text, load_nlp()))
    assert found["Lando Norris"]["type"] == "PERSON"
    assert "Norris" not in found
    assert {found["McLaren"]["type"], found["Alpine"]["type"]} == {"ORG"}


def test_an_untagged_institute_ends_before_the_place_after_it_and_employs_who_heads_research():
    text = (
        "Coffee may protect the heart.\n\n"
        '"Our findings are clear," said Professor Peter Kistler, head of arrhythmia research '
        "at the Baker Heart and Diabetes Institute in Melbourne, who led the study."
    )
    found = extract(text, load_nlp())
    assert by_name(found)["Baker Heart and Diabetes Institute"]["type"] == "ORG"
    speaker = found["quotes"][0]["speaker"]
    assert speaker["name"] == "Peter Kistler"
    assert speaker["affiliation"]["name"] == "Baker Heart and Diabetes Institute"


def test_the_employer_an_analyst_works_at_is_the_organisation_named_as_one_before():
    text = (
        "Acme Platforms will cut 5% of its staff. Shares of Acme rose.\n\n"
        "Analysts at Morgan Stanley said the cuts would lift margins. "
        '"This company has learned," said Brian Nowak, an analyst at the bank.'
    )
    quotes = extract(text, load_nlp())["quotes"]
    nowak = [q["speaker"] for q in quotes if q["speaker"] and q["speaker"]["name"] == "Brian Nowak"]
    assert nowak and nowak[0]["affiliation"]["name"] == "Morgan Stanley"


def test_a_surname_the_ner_took_for_a_nationality_no_english_word_is_the_person():
    text = (
        "Albanese rejects calls for early election\n\n"
        "Prime Minister Anthony Albanese has ruled out an early election. English voters, "
        "said Bill English, a former prime minister, were watching."
    )
    found = by_name(extract(text, load_nlp()))
    assert "Albanese" not in found
    assert len(found["Anthony Albanese"]["mentions"]) == 2
    assert len(found["Bill English"]["mentions"]) == 1  # "English voters" is no surname


def test_a_person_named_by_a_nationality_noun_the_ner_took_for_a_name_is_the_one_before():
    text = (
        "Defender William Saliba said the squad was confident. "
        '"Everyone is ready to step up," the Frenchman told the club\'s website.'
    )
    result, speakers = _speakers(text)
    assert [s["name"] for s in speakers] == ["William Saliba", "William Saliba"]
    assert by_name(result)["Frenchman"]["type"] == "NORP"


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        (
            'Conservative group leader Mark Weston described the budget as "a tax grab".',
            None,
        ),
        (
            "A Clinton campaign official said the video was fake.",
            "Clinton campaign",
        ),
    ],
)
def test_an_organisation_noun_before_a_role_is_an_affiliation_only_when_something_names_it(
    text, affiliation
):
    speakers = _speakers(text)[1]
    assert speakers and speakers[0] is not None
    assert (speakers[0]["affiliation"] or {}).get("name") == affiliation


def test_abbreviations_for_things_are_no_entities():
    text = "Officers are examining CCTV footage. The age of AI has arrived, the minister said."
    found = by_name(extract(text, load_nlp()))
    assert "CCTV" not in found and "AI" not in found


def test_a_name_the_ner_took_for_a_place_whose_founder_is_quoted_is_a_company():
    text = (
        'Nvidia reported revenue of $35.1 billion on Wednesday. "The age of AI is here," '
        "Jensen Huang, founder and chief executive of Nvidia, said in a statement."
    )
    assert by_name(extract(text, load_nlp()))["Nvidia"]["type"] == "ORG"


def test_a_name_labelled_a_person_after_its_is_no_person():
    text = (
        "The European Commission fined Apple on Monday. It said Apple had kept developers "
        "from telling users about offers outside its App Store."
    )
    assert by_name(extract(text, load_nlp()))["App Store"]["type"] == "ORG"


def test_their_union_in_the_first_paragraph_is_the_union_the_next_paragraph_names():
    text = (
        "Teachers vote to strike\n\n"
        "Ontario's elementary teachers have voted in favour of strike action, their union "
        "announced Monday.\n\n"
        "The Elementary Teachers' Federation of Ontario said 98 per cent of members backed it."
    )
    quotes = extract(text, load_nlp())["quotes"]
    assert quotes and quotes[0]["speaker"]["name"] == "Elementary Teachers' Federation of Ontario"


def test_a_seat_of_government_the_ner_missed_that_speaks_is_an_organisation():
    text = (
        "Pensioners protest over fuel cut\n\n"
        "Downing Street said the government would protect the poorest through pension credit."
    )
    found = extract(text, load_nlp())
    assert by_name(found)["Downing Street"]["type"] == "ORG"
    said = [q for q in found["quotes"] if q["text"].startswith("the government would")]
    assert said and said[0]["speaker"]["entity_id"] == by_name(found)["Downing Street"]["id"]


@pytest.mark.parametrize(
    ("text", "kind_word", "name"),
    [
        ("Software company Orbix is to cut about 6,000 jobs.", "Software", "Orbix"),
        ("Budget airline SkyLink has apologised to its passengers.", "Budget", "SkyLink"),
    ],
)
def test_a_word_opening_a_sentence_before_a_kind_of_organisation_is_no_name(text, kind_word, name):
    names = {e["name"] for e in extract(text, load_nlp())["entities"]}
    assert name in names
    assert kind_word not in names


def test_a_sum_claimed_is_no_quote():
    text = (
        "Health minister Karen Blythe has resigned after it emerged she had claimed more than "
        "£20,000 in expenses for a second home she rarely used."
    )
    found = extract(text, load_nlp())
    assert any(e["name"] == "Karen Blythe" for e in found["entities"])
    assert not [q for q in found["quotes"] if "20,000" in q["text"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Environmental groups were sceptical. Greenpeace Brazil said the government had "
            "made similar promises before.",
            "Greenpeace Brazil",
        ),
        (
            "The driver was freed by firefighters. Staffordshire Fire and Rescue Service said "
            "the car was fully alight within minutes.",
            "Staffordshire Fire and Rescue Service",
        ),
    ],
)
def test_an_organisation_the_ner_tagged_in_part_speaks_by_its_whole_name(text, name):
    found = extract(text, load_nlp())
    assert {e["name"]: e["type"] for e in found["entities"]}.get(name) == "ORG"
    said = [q for q in found["quotes"] if q["speaker"]]
    assert said
    assert said[0]["speaker"]["name"] == name


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Raw sewage poured into a Devon river for two years, the Environment Agency said.",
            "Devon",
        ),
        (
            "Ms Blythe, the MP for Stroud since 2019, said she would remain in Parliament.",
            "Stroud",
        ),
    ],
)
def test_a_name_before_a_kind_of_place_or_after_a_seat_holder_is_a_place(text, place):
    types = {e["name"]: e["type"] for e in extract(text, load_nlp())["entities"]}
    assert types.get(place) == "GPE"


def test_a_nationality_noun_with_an_age_is_no_person():
    text = (
        "Carlos Alcaraz has pulled out of Wimbledon with a wrist injury. The Spaniard, 22, was "
        "injured during a practice session on Thursday."
    )
    types = {e["name"]: e["type"] for e in extract(text, load_nlp())["entities"]}
    assert types.get("Carlos Alcaraz") == "PERSON"
    assert types.get("Spaniard") != "PERSON"


def test_one_word_in_capitals_after_a_or_an_is_a_kind_not_a_name():
    nlp = load_nlp()
    text = (
        'Walkers set off at dawn. One of the walkers, a local GP, said it had been "humbling". '
        "A super PAC backing the senator released an ad. The super PAC spent $2 million."
    )
    result = extract(text, nlp)
    assert not [e for e in result["entities"] if e["name"] in ("GP", "PAC")]
    speakers = [q["speaker"]["name"] for q in result["quotes"] if q["speaker"]]
    assert "one of the walkers" in speakers
    # a company the article names elsewhere stays a company
    text = "HP announced 3,000 job cuts. A struggling HP also asked workers to take a pay cut."
    assert "HP" in [e["name"] for e in extract(text, nlp)["entities"]]


def test_a_title_set_off_after_a_kind_of_work_is_no_person():
    text = (
        "Kate Mills appeared on the show on Sunday with her co-star, Tom Hale. Her new album, "
        'Glass House, is due out in October, and she said it was "the most honest thing I have '
        'ever made".'
    )
    result = extract(text, load_nlp())
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types["Glass House"] == "WORK_OF_ART"
    (q,) = [q for q in result["quotes"] if is_quote(q)]
    assert q["speaker"]["name"] == "Kate Mills"


def test_titles_set_off_after_a_memoir_are_no_people():
    text = (
        "Marguerite Hale sang in clubs for years. Writing in her autobiography, Thin Air and "
        "Thick Skin, she recalled the years on the road."
    )
    types = {e["name"]: e["type"] for e in extract(text, load_nlp())["entities"]}
    assert types["Thick Skin"] == "WORK_OF_ART"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Workers' Party said the fare increase was unfortunate.", "Workers' Party"),
        ("The Nigeria Governors' Forum met on Monday in Abuja.", "Nigeria Governors' Forum"),
    ],
)
def test_an_organisations_name_with_a_plural_possessive_inside_is_whole(text, name):
    names = [e["name"] for e in extract(text, load_nlp())["entities"] if e["type"] == "ORG"]
    assert names == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Attorney General's Office said on Saturday that the suspect had been arrested.",
            "Attorney General's Office",
        ),
        (
            "Norrvik beats forecasts\n\nSTOCKHOLM - Norrvik Industrier reported a rise in profit "
            "on Tuesday.",
            "Norrvik Industrier",
        ),
        (
            "Chief Executive Annika Lindqvist said demand was strong. Midwife Kerry-Ann Blackwood "
            "said the unit was busy.",
            "Annika Lindqvist",
        ),
    ],
)
def test_names_start_where_the_name_does(text, name):
    names = [e["name"] for e in extract(text, load_nlp())["entities"]]
    assert name in names
    assert not any(n != name and n.endswith(name.split()[-1]) for n in names), names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a first name and a surname before "of" and one word: a person from somewhere
        ("Darnell Whitcombe of Akron said he was angry.", "Darnell Whitcombe", "PERSON"),
        # a people the tagger read as an adjective before a common noun
        ("The Bangladeshi workers said they were unpaid.", "Bangladeshi", "NORP"),
        # a company named for the homes it lets or builds
        (
            "Brightline Residential had sought a variance. The company said it would appeal.",
            "Brightline Residential",
            "ORG",
        ),
        # a name after "the village of" is a place, whatever the NER says
        (
            "In the village of Shakar Dara, elder Gul Rehman Khan denied it.",
            "Shakar Dara",
            "GPE",
        ),
        # a party named in another language
        (
            "Luis Alberto Rivas called the declaration irresponsible and said the Partido "
            "Patria's own count showed Bendaña ahead. In a statement posted on its website late "
            'Tuesday, Partido Patria said it would "defend every vote."',
            "Partido Patria",
            "ORG",
        ),
        # a time zone is nobody
        ("The count resumed at 6:42 a.m. ET on Friday.", "ET", None),
        # a role before a first name and a surname, however the NER took them
        (
            '"We are pleased," Chief Executive Marc-Andre Tremblay said.',
            "Marc-Andre Tremblay",
            "PERSON",
        ),
        (
            '"We will not watch," Managing Director Kwame Asante-Boateng said.',
            "Kwame Asante-Boateng",
            "PERSON",
        ),
        ('"We will not watch," Managing Director Kwame Asante-Boateng said.', "Managing", None),
        (
            "Undersecretary of Mining Felipe Oyarzún told reporters the permit was valid.",
            "Felipe Oyarzún",
            "PERSON",
        ),
        (
            "Undersecretary of Mining Felipe Oyarzún told reporters the permit was valid.",
            "Mining",
            None,
        ),
        # … but not a place or a body whose name opens with a word that is also a first name
        ("Rudolph Giuliani, the former mayor of New York City, spoke.", "New York City", "GPE"),
        (
            "Denise Roth, head of the General Services Administration, spoke.",
            "General Services Administration",
            "ORG",
        ),
        ("The Spokesman-Review reported the story first.", "Review", None),
        # a name with no English word in apposition to an office
        (
            "Kenya's Cabinet Secretary for Foreign Affairs, Wanjiru Kamau-Otieno, spoke next.",
            "Wanjiru Kamau-Otieno",
            "PERSON",
        ),
        # a storm's name alone is the storm
        ("Hurricane Delia strengthened. Delia is forecast to make landfall.", "Delia", None),
        (
            "Hurricane Delia strengthened. Delia is forecast to make landfall.",
            "Hurricane Delia",
            "EVENT",
        ),
        # a hyphenated first name is part of the name the NER left untagged
        (
            "Marie-Claude Thibodeau took over as chair of the Canadian Communications "
            "Commission in January. Ms. Thibodeau, 54, has promised faster decisions.",
            "Marie-Claude Thibodeau",
            "PERSON",
        ),
        ("The meeting got people talking about a Clinton-Warren ticket.", "Clinton-Warren", None),
        # a name the NER missed, with an affiliate's noun in apposition, after the platform X
        (
            "Several founders pushed back on X. Aleksander Nowicki, a partner at Fjallgrund "
            'Capital, wrote that the comments were "easy to make".',
            "Aleksander Nowicki",
            "PERSON",
        ),
        # a double surname is part of the name, whether the NER tagged the rest or none of it
        (
            "Mrs Beatrice Adeyemi-Hart told the Gazette she had seen the comet first.",
            "Beatrice Adeyemi-Hart",
            "PERSON",
        ),
        (
            '"Every policyholder gets a call back within two days," Insurance Commissioner '
            "Teodora Valdivia-Marsh told reporters at a briefing in Denver.",
            "Teodora Valdivia-Marsh",
            "PERSON",
        ),
        (
            "Cllr Angus Mbatha-Reid, who chairs the transport committee, said the survey "
            "would be published. Cllr Mbatha-Reid said he would press for more.",
            "Angus Mbatha-Reid",
            "PERSON",
        ),
        (
            "Cllr Hamish Okoro-Reid, who represents Eastfield on the district council, said the "
            "council would ask for the data.",
            "Hamish Okoro-Reid",
            "PERSON",
        ),
        (
            "The union has been organizing at several studios. Union organizer Felicity "
            "Baptiste-Moreau told reporters that at least 30 of those laid off had spent more "
            "than four years on the game.",
            "Felicity Baptiste-Moreau",
            "PERSON",
        ),
        # a first name recorded for people in many countries, not only in the lexicon's
        (
            "Washington: Reid Hollister, Elise Varnum, Fergus Cullimore, Thom Askew and Nouha "
            "Benali joined the call.",
            "Fergus Cullimore",
            "PERSON",
        ),
        # the words the NER left after a name, across a plural possessive, to "Union"
        (
            "Members of the Ports and Transport Workers’ Union (PTWU) voted 91 per cent in "
            "favour of strike action on a turnout of 78 per cent, the union announced.",
            "Ports and Transport Workers’ Union",
            "ORG",
        ),
        ("Voters wore Bernie Sanders T-shirts to the rally.", "Bernie Sanders", "PERSON"),
        ("The campaign called it a Clinton-Sanders race from the start.", "Clinton-Sanders", None),
        # a first name whose part after the hyphen is in lower case
        (
            "Ji-hoon Park, an economist at the Hanbit Institute, said rates would rise. Park "
            "added that the bank had been slow.",
            "Ji-hoon Park",
            "PERSON",
        ),
        (  # a first name after a title, tagged a place, before the surname tagged a person
            "A Senate inquiry heard evidence on Monday.\n\nDr Nadia Haddad-Pereira, who was "
            "engaged by the company as a consultant in 2022, told the hearing in Perth on Monday "
            "that she had flagged the results in an email.",
            "Nadia Haddad-Pereira",
            "PERSON",
        ),
        (  # a person's full name given after a headline's title and surname is her name
            "After 34 years, Mrs Abernathy-Nwosu says goodbye to St Brigid's\n\nWhen Margaret "
            "Abernathy-Nwosu first walked into the school in 1991, the staffroom had an "
            'ashtray.\n\n"I came for a one-year cover," Abernathy-Nwosu said.',
            "Margaret Abernathy-Nwosu",
            "PERSON",
        ),
        (  # a capitalised role opening the sentence is no part of a double-barrelled name
            "The hearing resumed on Tuesday.\n\nFarmer Wendy Pham-Albrecht, whose family has "
            "run cattle next to the mine for three generations, watched from the gallery.",
            "Wendy Pham-Albrecht",
            "PERSON",
        ),
        (  # the NER left a titled name untagged, and tagged its double surname elsewhere
            "\"I've had emails from people who are frightened to walk past that park with their "
            "kids and from people who think this is the silliest use of money they've ever "
            'seen," Cr O\'Loughlin said. "Both groups are my constituents."\n\nCr Rangi '
            "Whaanga-Moss, who moved the motion, said two children had been bitten near the park "
            "since March.\n\n\"We have had two kids in hospital. I'm not prepared to wait for a "
            'third," Cr Whaanga-Moss said.',
            "Rangi Whaanga-Moss",
            "PERSON",
        ),
        (  # the first word of an organisation's name the NER took for a person's stands for it
            "A proposal to build one of the largest solar farms in the county on prime farmland "
            "near Little Wexcombe has divided residents, with more than 600 objections lodged "
            "with the planning authority in just three weeks.\n\nBrightfield Renewables wants "
            "to install around 180,000 panels across 210 acres of land at Hollins Farm, currently "
            "owned by farmer Thomas Abernethy-Clarke.\n\nShe also questioned the company's "
            "traffic figures. According to Castellanos, Brightfield has underestimated the "
            "number of lorry movements during construction by more than half.",
            "Brightfield",
            None,
        ),
        (  # a capitalised particle, then a small one, inside one surname
            "At half past eight on a grey Thursday morning, the corridors of the Faculty of "
            "Humanities at Northmoor University are almost empty. A noticeboard outside the old "
            'languages department still lists seminars in Italian and Portuguese.\n\n"You '
            'walk past that board and it feels like reading the names on a war memorial," says '
            "Dr Ilse Van der Merwe, who has taught German literature here for nineteen years.",
            "Ilse Van der Merwe",
            "PERSON",
        ),
        (  # no name ends in a preposition the NER ran into it
            "At half past eight on a grey Thursday morning, the corridors of the Faculty of "
            "Humanities at Northmoor University are almost empty.",
            "Faculty of Humanities",
            "ORG",
        ),
        (  # a person among places joined to it is one of those places
            "The council has set up testing sites at shopping centres in Hobart, Launceston and "
            "Devonport this week.",
            "Launceston",
            "GPE",
        ),
        # places and boats the NER took for people
        ("Thousands joined a rally in George Square on Saturday.", "George Square", "FAC"),
        ("A coin was thrown from the Stanier Stand during the match.", "Stanier Stand", "FAC"),
        (
            "A resident of nearby Dalyview Terrace, who did not wish to be named, said "
            "neighbours were worried about noise.",
            "Dalyview Terrace",
            "FAC",
        ),
        ("Wollondilly mayor Graham Oduya said the fire was close.", "Wollondilly", None),
        (
            "The trawler Aurora Borealis was detained in Lerwick. The crew of the fishing "
            "vessel Santa Lucia were rescued.",
            "Santa Lucia",
            "PRODUCT",
        ),
        (  # a name with a family member in a clause on it
            "Rhiannon Davies, whose daughter Kate died shortly after birth in 2009, said she "
            "was disappointed.",
            "Rhiannon Davies",
            "PERSON",
        ),
        (  # a person's name after a trade that names bodies too
            "The chair of the judges, the broadcaster Mariella Cole, described the novel as "
            "a stunning achievement.",
            "Mariella Cole",
            "PERSON",
        ),
        (  # a city listed among cities
            "Italy's health ministry issued red alerts for 23 cities, including Rome, Florence "
            "and Bologna.",
            "Bologna",
            "GPE",
        ),
        (  # a kind of body before "for" and the field the NER tagged alone
            "Norman Baker now advises the Campaign for Better Transport.",
            "Campaign for Better Transport",
            "ORG",
        ),
        (  # where a journey goes
            "More than 200 passengers were stranded at Bristol Airport overnight after their "
            "flight to Malaga was cancelled.",
            "Malaga",
            "GPE",
        ),
        (  # where people in a role work, the parser's "at" hung on the verb
            "The company has hired advisers at Rothschild to sound out potential buyers, the "
            "people said.",
            "Rothschild",
            "ORG",
        ),
        (  # a subject that a "which" clause describes
            "Rio Tinto, which would operate the mine, said the project would meet the highest "
            "environmental standards.",
            "Rio Tinto",
            "ORG",
        ),
        (  # a periodical after its kind
            "The findings were published in the journal Diabetologia on Thursday.",
            "Diabetologia",
            "ORG",
        ),
        (  # one of two names after "between", the other a place
            "The plans would see fields between Killinghall and Ripley turned into a new "
            "estate. Susan Metcalfe, chair of the Save Killinghall Fields group, said the roads "
            "could not cope.",
            "Killinghall",
            "GPE",
        ),
        (  # a street after a preposition of movement, no first name before it
            "A witness said she saw a man running towards Boar Lane.",
            "Boar Lane",
            "FAC",
        ),
        (  # a region before a feature of nature, no company
            "Up to half of the Amazon rainforest could reach a tipping point by 2050, according "
            "to a study published on Wednesday in the journal Nature.",
            "Amazon",
            "LOC",
        ),
        (  # a journal after its kind, whatever the NER took its name for
            "Up to half of the Amazon rainforest could reach a tipping point by 2050, according "
            "to a study published on Wednesday in the journal Nature.",
            "Nature",
            "ORG",
        ),
        (  # the place a police force is named after, whatever the NER took it for
            "A man in his 60s died in Dorset after a tree fell on his car, Dorset Police said.",
            "Dorset",
            "GPE",
        ),
        (  # a bill before parliament, no one called Bill
            "A spokesperson said a new Scottish Languages Bill would give the language greater "
            "protection.",
            "Languages Bill",
            "LAW",
        ),
        (  # a name with a verb in the plural: a team
            "Arsenal are in advanced talks to sign Brighton midfielder Moisés Caicedo.\n\n"
            "Chelsea are also monitoring the situation. Blues head coach Mauricio Pochettino "
            "refused to be drawn.",
            "Chelsea",
            "ORG",
        ),
        (  # a member of Quebec's National Assembly, whatever the NER took the run for
            '"This is a distraction," said Liberal MNA Marwah Rizqy.',
            "Marwah Rizqy",
            "PERSON",
        ),
        # a church named for a saint, a party's members
        (
            "The hustings were chaired by the Rev Helen Ashdown, vicar of St Barnabas, who "
            "opened them.",
            "St Barnabas",
            "FAC",
        ),
        ("The Lib Dems took the seat from the Conservatives.", "Lib Dems", "NORP"),
        (  # a thing someone has
            "Valcourt has stayed largely silent, though he posted a black-and-white image of a "
            "closing door to his Instagram Story on Monday night.",
            "Instagram Story",
            "PRODUCT",
        ),
        (  # a quotation's first word, capitalised as such
            'Reader Keith Fairbrother wrote on Facebook: "Queue already past the bowling alley. '
            'Bring a flask!"',
            "Queue",
            None,
        ),
        (  # no person is "the Fens"
            "The winner is Hendrik de Vries from the Fens, who says the cool June cost him "
            '"at least a hundred kilos".',
            "Fens",
            "LOC",
        ),
    ],
)
def test_what_the_ner_took_for_one_kind_of_name_is_another(text, name, kind):
    """``kind`` None: no entity of that name at all."""
    types = {e["name"]: e["type"] for e in extract(text, load_nlp())["entities"]}
    assert types.get(name) == kind, types


def test_a_company_without_its_legal_form_or_its_of_phrase_is_the_same_company():
    text = (
        "Dunmore Outdoor Co. said on Tuesday that quarterly profit fell 18%. Shares of Dunmore "
        "Outdoor fell 7% in early trading. Dunmore also cut its forecast.\n\nThe National Bank "
        "of Estrovia said in a statement that it would hold rates. The National Bank also said "
        "inflation was easing."
    )
    found = extract(text, load_nlp())
    names = {e["name"]: len(e["mentions"]) for e in found["entities"]}
    assert names == {"Dunmore Outdoor Co.": 3, "National Bank of Estrovia": 2}


def test_a_company_of_one_word_and_its_legal_form_is_the_one_word_alone():
    text = (
        "Nvidia Corp forecast revenue above estimates on Wednesday.\n\n"
        "He added that companies and countries were partnering with Nvidia to build factories."
    )
    found = extract(text, load_nlp())
    names = {e["name"]: (e["type"], len(e["mentions"])) for e in found["entities"]}
    assert names == {"Nvidia Corp": ("ORG", 2)}


def test_a_surname_the_ner_took_for_a_place_is_the_person_where_a_person_stands():
    text = (
        "Chief Robert Hale said the reduction would mean fewer officers on patrol.\n\n"
        "The police union sided with Hale. Its president said officers were tired.\n\n"
        "The union will meet in Hale next week."
    )
    found = extract(text, load_nlp())
    hale = [e for e in found["entities"] if e["name"] == "Robert Hale"]
    assert len(hale) == 1 and hale[0]["type"] == "PERSON"
    assert [m["text"] for m in hale[0]["mentions"]] == ["Robert Hale", "Hale"]


def test_a_name_the_ner_ran_into_an_organisation_after_of_is_a_person():
    text = (
        "Trump has complimented the moderator of Monday night's first debate, Lester Holt of "
        "NBC News, but with a distinct edge."
    )
    types = {e["name"]: e["type"] for e in extract(text, load_nlp())["entities"]}
    assert types["Lester Holt"] == "PERSON" and types["NBC News"] == "ORG"


def test_the_coined_first_word_of_an_organisations_name_stands_for_it_as_a_subject():
    text = (
        "And the Shanghai-based Tarvell Report, a wealth research firm founded in 1999, keeps "
        "its own list. Tarvell publishes more than 20 magazines a year. In February, Tarvell "
        "said that Beijing had more billionaires than New York."
    )
    found = extract(text, load_nlp())
    named = {e["name"]: len(e["mentions"]) for e in found["entities"]}
    assert named["Tarvell Report"] == 4


def test_names_before_a_district_noun_are_places():
    text = (
        "Cholera cases rose in Kano, with the Dala and Ungogo districts the worst hit. A "
        "resident from the Gwammaja neighbourhood said water was scarce."
    )
    types = {e["name"]: e["type"] for e in extract(text, load_nlp())["entities"]}
    for place in ("Dala", "Ungogo", "Gwammaja"):
        assert types.get(place) == "GPE", types


def test_a_word_labelling_a_fact_checks_line_is_no_person():
    text = (
        "Is one in four people on an NHS waiting list?\n\nClaim: One in four people in England "
        "is now stuck on an NHS waiting list.\n\nVerdict: Incorrect. The waiting list stood at "
        "about 7.4 million cases in March, Dame Philippa Ashworth-Kerr said."
    )
    people = [e["name"] for e in extract(text, load_nlp())["entities"] if e["type"] == "PERSON"]
    assert "Philippa Ashworth-Kerr" in people
    assert "Verdict" not in people and "Claim" not in people


def test_a_name_ending_in_racing_is_an_organisation():
    text = (
        "Toyota Gazoo Racing, whose cars filled three of the top five places, said in a "
        "statement that the result was a team effort. Dale Coyne Racing said its driver was fine."
    )
    types = {e["name"]: e["type"] for e in extract(text, load_nlp())["entities"]}
    assert types.get("Dale Coyne Racing") == "ORG", types
    assert not any(t == "PERSON" and "Racing" in name for name, t in types.items()), types


def test_a_name_after_a_players_role_is_a_person_whatever_an_apposition_calls_him():
    text = (
        "Former England spinner Graham Pettifer, now a broadcaster, believes the selectors have "
        "been too cautious. The board will name the squad on Tuesday, with chief selector "
        "Ramesh Pandit expected to address the media in Mumbai."
    )
    types = {e["name"]: e["type"] for e in extract(text, load_nlp())["entities"]}
    assert types.get("Graham Pettifer") == "PERSON", types
    assert types.get("Ramesh Pandit") == "PERSON", types


def test_a_club_before_a_role_and_a_word_after_a_are_no_people():
    text = (
        "Newbridge RFC treasurer Sian Powell was more measured. His caddie, Johnny Keogh, a "
        "Dubliner who has been on the bag for four seasons, said the wind was brutal."
    )
    people = [e["name"] for e in extract(text, load_nlp())["entities"] if e["type"] == "PERSON"]
    assert "Sian Powell" in people and "Johnny Keogh" in people, people
    assert "Newbridge" not in people and "Dubliner" not in people, people


def test_a_live_blogs_time_of_day_is_no_part_of_the_name_after_it():
    text = (
        "18:30 Takeshi Mori, Ishida's coach since she was 14, spoke briefly to us in the mixed "
        "zone. He said the plan had been to drag her opponent into long rallies."
    )
    result = extract(text, load_nlp())
    people = [e["name"] for e in result["entities"] if e["type"] == "PERSON"]
    assert "Takeshi Mori" in people, people
    assert not any("18" in p for p in people), people
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Takeshi Mori"]


def test_an_acronym_spells_a_word_in_capitals_and_a_small_word_of_a_name():
    text = (
        "The UN Support Mission in Libya (UNSMIL) has called on all parties to halt "
        "hostilities. The UN High Commissioner for Refugees (UNHCR) said 300 people had fled."
    )
    orgs = {e["name"] for e in extract(text, load_nlp())["entities"] if e["type"] == "ORG"}
    assert {"UN Support Mission in Libya", "UN High Commissioner for Refugees"} <= orgs, orgs
    assert "UN Support Mission" not in orgs, orgs


def test_a_departments_fields_after_a_comma_are_one_name():
    text = (
        "Officials at the Ministry of Information, Communications and the Digital Economy said "
        "1,800 schools had been connected so far.\n\nThe Department of Children, Youth and "
        "Families said it would implement all of them."
    )
    orgs = {e["name"] for e in extract(text, load_nlp())["entities"] if e["type"] == "ORG"}
    assert "Ministry of Information, Communications and the Digital Economy" in orgs, orgs
    assert "Department of Children, Youth and Families" in orgs, orgs
    assert "Digital Economy" not in orgs and "Department of Children" not in orgs, orgs


def test_a_name_after_from_in_a_persons_apposition_and_one_before_counties_are_places():
    text = (
        "Marisol Treviño, a Realtor from McAllen, said prices were rising. House Speaker Gerald "
        "Fortier, a Republican from Nashua, has said he opposes the bill. The agency proposed "
        "limits for parts of rural Cochise and La Paz counties."
    )
    types = {e["name"]: e["type"] for e in extract(text, load_nlp())["entities"]}
    for place in ("McAllen", "Nashua", "Cochise"):
        assert types.get(place) == "GPE", types
    assert types.get("Gerald Fortier") == "PERSON", types


def test_a_fire_and_rescue_service_is_one_organisation():
    text = (
        "North Yorkshire Fire and Rescue Service said crews had carried out more than 140 "
        "rescues since Saturday night. Anderson Cooper and Fox News covered the floods."
    )
    result = extract(text, load_nlp())
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types.get("North Yorkshire Fire and Rescue Service") == "ORG", types
    assert not any(t == "PERSON" and "Yorkshire" in n for n, t in types.items()), types
    assert "Anderson Cooper and Fox News" not in types, types
    crews = [q for q in result["quotes"] if q["text"].startswith("crews")]
    assert [q["speaker"]["name"] for q in crews] == ["North Yorkshire Fire and Rescue Service"]


def test_a_body_of_one_word_and_another_after_the_is_one_organisation():
    text = (
        'The Maritime and Coastguard Agency said it would "carefully consider" the findings. '
        "Harvard and Yale declined to comment."
    )
    result = extract(text, load_nlp())
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types.get("Maritime and Coastguard Agency") == "ORG", types
    assert "Harvard and Yale" not in types, types
    (q,) = [q for q in result["quotes"] if q["text"].startswith("it would")]
    assert q["speaker"]["name"] == "Maritime and Coastguard Agency"


@pytest.mark.parametrize(
    ("text", "person", "not_named"),
    [
        (
            '"We intend to protect that independence," Arcadia Chief Executive Marcus '
            "Thornbury said in a press release.",
            "Marcus Thornbury",
            "Executive Marcus Thornbury",
        ),
        (
            "Rotich's coach, the Italian Renato Bellandi, said he was shocked by the news.",
            "Renato Bellandi",
            "Italian Renato Bellandi",
        ),
    ],
)
def test_a_title_or_nationality_run_into_a_name_is_no_part_of_the_person(text, person, not_named):
    result, speakers = _speakers(text)
    names = by_name(result)
    assert names[person]["type"] == "PERSON"
    assert not_named not in names
    assert [s["name"] for s in speakers] == [person]


def test_a_joined_verb_after_whose_role_and_name_is_said_by_that_name():
    _, speakers = _speakers(
        "Mrs Ormerod is a member of Kettleby Harriers, whose chairman, Peter Oakes, said she "
        "was the first woman from the club to run under three hours."
    )
    assert [s["name"] for s in speakers] == ["Peter Oakes"]


def test_an_organisation_whose_name_ends_in_s_keeps_it():
    result, speakers = _speakers(
        "Sainsbury's said sales rose 3 per cent in the quarter. Moody's downgraded the bonds on "
        "Tuesday. Sainsbury's chief executive, Simon Roberts, said trading was good. Apple's "
        "finance chief said demand was strong. Christie's been making the case for weeks."
    )
    names = by_name(result)
    assert {"Sainsbury's", "Moody's", "Apple"} <= set(names)
    assert names["Sainsbury's"]["count"] == 2  # with the owner of "Sainsbury's chief executive"
    assert not {"Sainsbury", "Moody", "Apple's"} & set(names)
    assert speakers[0]["name"] == "Sainsbury's"


def test_a_surname_joins_the_full_name_whose_nickname_the_tagger_read_as_a_noun():
    result, speakers = _speakers(
        'At least four rappers, including Tremaine "Deuce" Whitfield and Jada Okonkwo, skipped '
        "the ceremony. Whitfield posted on Instagram that the academy only notices hip-hop when "
        "it needs ratings."
    )
    names = by_name(result)
    assert names["Tremaine Whitfield"]["count"] == 2 and "Whitfield" not in names
    assert speakers[0]["name"] == "Tremaine Whitfield"


def test_a_person_of_an_organisation_the_recogniser_ran_together_are_two():
    result, speakers = _speakers(
        "According to Lucas Oyelaran of Hartwell Securities, the brand had raised prices too "
        "far. The U.S. Department of Justice said it would review the case."
    )
    names = by_name(result)
    assert names["Lucas Oyelaran"]["type"] == "PERSON"
    assert names["Hartwell Securities"]["type"] == "ORG"
    assert "U.S. Department of Justice" in names
    assert speakers[0]["name"] == "Lucas Oyelaran"


def test_a_stage_name_is_the_performers_other_name():
    result, speakers = _speakers(
        "The other big winner was the Atlanta rapper Kofi Mensah-Drake, who performs as Kojo "
        'Blaze and took home best rap album.\n\n"I\'m grateful, I really am," he said.\n\n'
        "Kojo Blaze later said on Instagram that he would share the prize."
    )
    names = by_name(result)
    assert names["Kofi Mensah-Drake"]["count"] == 3 and "Kojo Blaze" not in names
    assert [s["name"] for s in speakers] == ["Kofi Mensah-Drake"] * 2


def test_a_name_whose_last_word_alone_the_recogniser_tagged_is_whole():
    result, speakers = _speakers("HM Revenue and Customs said it was pleased with the ruling.")
    assert by_name(result)["HM Revenue and Customs"]["type"] == "ORG"
    assert "Customs" not in by_name(result)
    assert speakers[0]["name"] == "HM Revenue and Customs"


def test_a_given_name_and_surname_set_beside_a_role_are_one_person():
    result, speakers = _speakers(
        "The strata council's president, Amrit Sandhu, said about 60 residents had been living "
        "in hotels. Sandhu said the insurer had found a reason to say no."
    )
    names = by_name(result)
    assert names["Amrit Sandhu"]["type"] == "PERSON" and names["Amrit Sandhu"]["count"] == 2
    assert "Amrit" not in names and "Sandhu" not in names
    assert [s["name"] for s in speakers] == ["Amrit Sandhu"] * 2


def test_a_zoo_and_a_charity_with_its_country_are_named_whole():
    result, speakers = _speakers(
        "For 31 years, Kanya has lived in an enclosure on the edge of Harbourside Zoo in "
        "Adelaide.\n\nThe zoo says the journey will be broken into stages.\n\nAccording to the "
        "charity Dogs First UK, rescue organisations reported a rise in surrender requests."
    )
    names = by_name(result)
    assert names["Harbourside Zoo"]["type"] == "ORG" and names["Dogs First UK"]["type"] == "ORG"
    assert [s["name"] for s in speakers] == ["Harbourside Zoo", "Dogs First UK"]


_SAME_FIRST_WORD = (
    "A federal jury found that Calderon Devices Inc infringed three patents owned by "
    "Brightwater Innovations LLC.\n\n"
    "The jury concluded that Calderon's phones used Brightwater's technology without a "
    "licence.\n\n"
    "Brightwater, based in Austin, Texas, does not make any products of its own.\n\n"
    "The case is Brightwater Innovations LLC v. Calderon Devices Inc, U.S. District Court for "
    "the District of Delaware."
)


def test_entities_do_not_depend_on_the_processs_hash_seed():
    """Two organisation names open with the same word: which one the lone word joins must not
    follow the order of a set, which changes from one worker process to the next."""
    script = (
        "import json, sys\n"
        "from workers.extraction import extract, load_nlp\n"
        "found = extract(sys.stdin.read(), load_nlp())\n"
        "print(json.dumps([(e['name'], e['count']) for e in found['entities']]))\n"
    )
    runs = []
    for seed in ("1", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", script],
            input=_SAME_FIRST_WORD,
            capture_output=True,
            text=True,
            env=env,
            cwd=Path(__file__).resolve().parents[1],
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    assert runs[0] == runs[1]
    assert ["Brightwater Innovations LLC", 5] in runs[0], runs[0]


def test_an_english_word_opening_a_sentence_is_no_one_the_recogniser_names():
    text = (
        "Ines Calder opened her restaurant in 2019.\n\n"
        "Drama followed. Subscribe to our newsletter for more.\n\n"
        "Success has brought pressure, too. She admits she has been tempted."
    )
    found = extract(text, load_nlp())
    people = {e["name"] for e in found["entities"] if e["type"] == "PERSON"}
    assert "Ines Calder" in people
    assert not people & {"Drama", "Subscribe", "Success"}, people


def test_a_briefs_dateline_in_capitals_far_down_is_no_part_of_a_name_or_a_quote():
    item = "The annual resupply voyage was delayed by two weeks because of thick sea ice. " * 8
    text = (
        "POLAR BRIEFS: Station resupply delayed, new director named\n\n"
        f"HOBART - {item}\n\n"
        "RESOLUTE BAY - Polar Knowledge Canada has named Dr. Marianne Tulugak as director of its "
        "High Arctic research station, the agency announced.\n\n"
        "NEW HAMPSHIRE - Since the primary, turnout has fallen."
    )
    found = extract(text, load_nlp())
    names = [e["name"] for e in found["entities"]]
    assert "Polar Knowledge Canada" in names and not [n for n in names if " - " in n], names
    assert "Since" not in names, names
    named = [q for q in found["quotes"] if "has named" in q["text"]]
    assert [q["text"][:22] for q in named] == ["Polar Knowledge Canada"], named


def test_a_plural_before_for_and_a_cause_in_capitals_is_a_groups_name():
    text = (
        "In a Facebook post on Sunday, Brevard Parents for Open Libraries said the titles had "
        "been removed. A taxpayer group, Oregonians for Fiscal Sanity, opposes the measure."
    )
    found = extract(text, load_nlp())
    types = {e["name"]: e["type"] for e in found["entities"]}
    assert types.get("Brevard Parents for Open Libraries") == "ORG", types
    assert types.get("Oregonians for Fiscal Sanity") == "ORG", types
    said = [q for q in found["quotes"] if q["text"].startswith("the titles")]
    assert [q["speaker"]["name"] for q in said] == ["Brevard Parents for Open Libraries"]


def test_a_surname_the_tagger_read_as_the_subjects_verb_stays_in_the_name():
    text = (
        "On a cold morning in March, Tamsin Greaves walks the edge of a meadow near the village."
        '\n\n"People come here expecting something bleak," she says.\n\n'
        "Greaves, 54, opened the burial ground eleven years ago."
    )
    result, speakers = _speakers(text)
    names = by_name(result)
    assert names["Tamsin Greaves"]["type"] == "PERSON" and "Tamsin" not in names
    assert [s["name"] for s in speakers] == ["Tamsin Greaves"]


def test_an_untagged_name_with_a_capital_inside_that_which_describes_is_an_organisation():
    text = (
        "A lender has agreed to repay £2 million to customers.\n\n"
        "QuickLend Finance, which sells short-term loans online, had charged fees it never "
        "disclosed, the regulator said on Thursday.\n\n"
        'In a statement, the company said it "accepts the findings in full".'
    )
    result, speakers = _speakers(text)
    names = by_name(result)
    assert names["QuickLend Finance"]["type"] == "ORG", names
    said = [q for q in result["quotes"] if "accepts the findings" in q["text"]]
    assert [q["speaker"]["name"] for q in said] == ["QuickLend Finance"], said


def test_a_name_the_acronym_after_it_spells_across_a_hyphen_is_an_organisation():
    text = (
        "Sprinter Jonah Pell has been banned for two years, the Global Anti-Doping Partnership for "
        "Track Sports (GAPTS) announced on Tuesday.\n\n"
        "In a statement, the agency said a sample taken in July contained a banned diuretic."
    )
    result, speakers = _speakers(text)
    name = "Global Anti-Doping Partnership for Track Sports"
    assert by_name(result)[name]["type"] == "ORG"
    assert [s["name"] for s in speakers] == [name, name]


def test_a_surname_alone_read_as_an_adverb_is_the_person_named_in_full():
    text = (
        "Oona Farrelly founded the studio in 1998.\n\n"
        'Priya Vasudevan, 27, joined it in 2021. "I love it," she said.\n\n'
        'Henrik Solvang studies the industry. "They survive on goodwill," Solvang said.\n\n'
        "Farrelly is unbothered. Standing by a window, she holds up a drawing.\n\n"
        '"Look at this," she says.'
    )
    result, speakers = _speakers(text)
    assert by_name(result)["Oona Farrelly"]["count"] == 2
    assert speakers[-1]["name"] == "Oona Farrelly"


@pytest.mark.parametrize("label", ["WORK_OF_ART", "EVENT"])
def test_the_festival_is_the_festival_named_before_whatever_the_recogniser_took_it_for(label):
    text = (
        "The Lakemere International Music Festival has appointed the soprano Hye-jin Lim as its "
        "first artist-in-residence, the festival announced on Tuesday.\n\n"
        "The festival said ticket sales last year reached a record 61,000."
    )
    name = "Lakemere International Music Festival"
    doc = _labelled(text, [(name, label), ("Hye-jin Lim", "PERSON")])
    quotes = analyse(doc, text)["quotes"]
    assert [q["speaker"]["name"] for q in quotes] == [name, name], quotes


def test_a_surname_tagged_alone_as_a_place_after_an_untagged_first_name_is_one_person():
    text = (
        "Asian hornets have been found near Ballykeel.\n\n"
        "Siobhan McCartan, chair of the Ards and North Down Beekeepers' Association, said the "
        "find was 'exactly what we have been dreading'."
    )
    result, speakers = _speakers(text)
    assert by_name(result)["Siobhan McCartan"]["type"] == "PERSON"
    assert "McCartan" not in by_name(result)
    assert [s["name"] for s in speakers] == ["Siobhan McCartan"]


def test_a_saints_name_goes_on_past_its_possessive_to_the_building_and_the_cathedral_speaks():
    text = (
        "The memorial service at St Bride's Cathedral in Westford begins at noon.\n\n"
        "The cathedral confirmed that about 1,800 people will attend."
    )
    result, speakers = _speakers(text)
    assert by_name(result)["St Bride's Cathedral"]["type"] in ("ORG", "FAC")
    assert "St Bride" not in by_name(result)
    assert [s["name"] for s in speakers] == ["St Bride's Cathedral"]


@pytest.mark.parametrize(
    "introduced",
    [
        "cuts announced by the app operator Zoomly last month",
        "cuts announced last month by Zoomly, which operates in 14 cities",
    ],
)
def test_a_name_tagged_a_person_that_a_kind_or_which_describes_is_an_organisation(introduced):
    text = (
        f"Hundreds of ride-hailing drivers protested on Thursday against {introduced}.\n\n"
        'Zoomly said in a statement that the new rates were "necessary to keep fares '
        'affordable". The company added that it had "always been open to dialogue".'
    )
    doc = _labelled(text, [("Zoomly", "PERSON"), ("Zoomly", "PERSON")])
    result = analyse(doc, text)
    assert {e["name"]: e["type"] for e in result["entities"]} == {"Zoomly": "ORG"}
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Zoomly", "Zoomly"]


def test_a_groups_last_word_tagged_alone_as_a_place_after_the_rest_of_its_name_is_the_group():
    text = (
        "French skincare group Lumiere Naturelle is recalling 40,000 tubes of sunscreen, the "
        "company said.\n\n"
        "Lumiere Naturelle plans to relaunch the product in the autumn."
    )
    doc = _labelled(text, [("Lumiere Naturelle", "PERSON"), ("Naturelle", "GPE")])
    names = {e["name"]: e["type"] for e in analyse(doc, text)["entities"]}
    assert names == {"Lumiere Naturelle": "ORG"}, names


def test_an_untagged_first_name_joined_by_and_to_a_full_name_shares_its_surname():
    text = (
        "For Derek and Anne Pollard, the choice was simple. 'He would have hated a cemetery,' "
        "Anne Pollard said. Derek nodded."
    )
    doc = _labelled(text, [("Anne Pollard", "PERSON"), ("Anne Pollard", "PERSON")])
    people = {e["name"] for e in analyse(doc, text)["entities"] if e["type"] == "PERSON"}
    assert people == {"Derek Pollard", "Anne Pollard"}, people


def test_a_first_name_that_is_an_english_word_shares_the_surname_of_the_name_after_and():
    text = (
        "Identical twins Iris and Violet Pemberton celebrated their 100th birthday on Friday.\n\n"
        '"Violet has always been the bossy one," Iris said.\n\n'
        "Violet said that the pair had never lived more than a mile apart."
    )
    doc = _labelled(text, [("Iris", "PERSON"), ("Violet Pemberton", "ORG"), ("Iris", "PERSON")])
    result = analyse(doc, text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people == {"Iris Pemberton", "Violet Pemberton"}, people
    speakers = [q["speaker"]["name"] for q in result["quotes"]]
    assert speakers == ["Iris Pemberton", "Violet Pemberton"], speakers


def test_a_persons_surname_and_an_english_word_tagged_a_person_is_a_business_named_for_them():
    text = (
        "Evelyn Marchbanks, whose bridal shop on Castle Street dressed three generations of "
        "brides in Ambridge Vale, has died at the age of 91.\n\n"
        "Born in 1934 above her father's tailoring business, Marchbanks learned to sew before she "
        "could read, according to her nephew, Robert Marchbanks. She opened Marchbanks Bridal in "
        "1961 with a single sewing machine.\n\n"
        "Over the next five decades she made more than 3,000 wedding dresses. In a 2011 "
        "interview, she said she remembered every one."
    )
    result, speakers = _speakers(text)
    assert by_name(result)["Marchbanks Bridal"]["type"] == "ORG"
    assert speakers[-1]["name"] == "Evelyn Marchbanks"


def test_two_capitalised_words_no_entity_holds_after_a_title_are_a_name():
    text = (
        "The council met on Monday.\n\nCllr Seán Tierney (FF) said he had serious "
        'reservations about the plan.\n\n"It is a long, long drive," he said.'
    )
    result = extract(text, load_nlp())
    assert {e["name"]: e["type"] for e in result["entities"]}.get("Seán Tierney") == "PERSON"
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Seán Tierney"] * 2


def test_an_administration_of_a_place_is_an_organisation_and_its_place_no_person():
    text = (
        "Thousands marched through farmland in the Vienne department on Saturday.\n\n"
        "In a statement, the Prefecture of Vienne said that 17 gendarmes had been injured. "
        '"These were not peaceful demonstrators," the statement read.'
    )
    result, speakers = _speakers(text)
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert (types.get("Prefecture of Vienne"), types.get("Vienne")) == ("ORG", "GPE")
    assert [s["name"] for s in speakers] == ["Prefecture of Vienne", "Prefecture of Vienne"]


def test_a_school_a_principal_heads_is_no_person():
    result, _ = _speakers(
        '"Parents trust us," said Teresa Villalobos-Grant, principal of Desert Willow. The '
        "daughter of Jane Smith said no."
    )
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert (types.get("Desert Willow"), types.get("Jane Smith")) == ("ORG", "PERSON")


def test_one_name_set_off_after_a_person_is_a_person_and_a_priests_title_makes_one():
    text = (
        "Marleny Ocampo, 52, lost her home.\n\nFather Hernán Darío Zuluaga, a parish priest, "
        'has been feeding 400 people. "People arrive with nothing," he said.\n\nThe village '
        "head of Ngablak Lor, Darmaji, who uses only one name, helped organise the evacuation. "
        "Villagers were loaded onto trucks within an hour, he said.\n\nHer husband, Giorgos, "
        "stayed behind with a garden hose."
    )
    result, speakers = _speakers(text)
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert [types.get(n) for n in ("Hernán Darío Zuluaga", "Darmaji", "Giorgos")] == ["PERSON"] * 3
    assert types.get("Ngablak Lor") == "GPE"
    assert [s["name"] for s in speakers] == ["Hernán Darío Zuluaga", "Darmaji"]


def test_places_peoples_and_a_company_without_holdings_are_no_people():
    text = (
        "In the village of Nanga Sebaruk, residents speak the local Dayak language.\n\n"
        "Halstead Grange Holdings collapsed on Monday. Halstead Grange had been struggling "
        "since 2022, administrators said.\n\nMaureen Platt, whose cottage on Quay Row was "
        "flooded, said she was furious.\n\nThe group's barrister, Fionnuala Mac Giolla Bhríde "
        "KC, put it to him that the forecasts were wrong."
    )
    result, _ = _speakers(text)
    types = {e["name"]: e["type"] for e in result["entities"]}
    people = {n for n, t in types.items() if t == "PERSON"}
    assert people == {"Maureen Platt", "Fionnuala Mac Giolla Bhríde"}
    assert types.get("Halstead Grange Holdings") == "ORG" and "Halstead Grange" not in types


def test_the_first_word_of_a_species_latin_name_is_no_person():
    result, _ = _speakers(
        "The frog was named Pristimantis quispeae in honour of park ranger Rosa Quispe "
        "Mamani. Hillary Clinton this week said she agreed."
    )
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people == {"Rosa Quispe Mamani", "Hillary Clinton"}


def test_a_kind_of_organisation_in_lower_case_after_a_league_ends_no_name():
    text = (
        "Caledonian accuse agent of 'sabotaging' Mackay move as striker stays put\n\nGLASGOW — "
        "Caledonian have accused the agent of striker Callum Mackay of deliberately sabotaging "
        "his proposed transfer to English Championship club Ipswell Town, in an extraordinary "
        "statement released on Wednesday night.\n\nThe Scottish Premiership club said the deal, "
        "worth around £6m, had been agreed between the two clubs on Monday but collapsed after "
        'the player\'s representatives made "late and unreasonable demands" for personal fees.'
    )
    names = {e["name"] for e in _speakers(text)[0]["entities"]}
    assert "Scottish Premiership" in names
    assert not [n for n in names if n.endswith(" club")]


def test_every_name_listed_as_a_group_nouns_example_is_an_organisation():
    text = (
        "Mercenaries from the international terrorist organizations fighting in the Middle "
        "East, such as Jabhat al-Nusra (banned in Russia), Firkat al-Hamza, Sultan Murad, as "
        "well as extremist Kurdish groups, are moving into the conflict zone."
    )
    types = {e["name"]: e["type"] for e in _speakers(text)[0]["entities"]}
    assert [types.get(n) for n in ("Jabhat al-Nusra", "Firkat al-Hamza", "Sultan Murad")] == [
        "ORG"
    ] * 3


def test_a_first_name_read_as_an_adverb_after_a_dateline_opens_the_full_name():
    text = (
        "PERTH, Australia (Coastal Sports Wire) — Keely Pembury-Lowe broke the state record in "
        'the 200-metre freestyle on Friday night.\n\n"I just swam my own race," Pembury-Lowe '
        "said."
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people == {"Keely Pembury-Lowe"}
    assert [s["name"] for s in speakers] == ["Keely Pembury-Lowe"]


def test_a_place_and_its_possessive_before_a_hyphenated_name_leave_the_person():
    text = (
        "In the 400m medley, Tasmania's Lachlan Fitzgerald-Moore won by a second. "
        "Fitzgerald-Moore, who missed most of last year with a shoulder injury, said the result "
        "was a relief."
    )
    result, speakers = _speakers(text)
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types == {"Lachlan Fitzgerald-Moore": "PERSON"}
    assert [s["name"] for s in speakers] == ["Lachlan Fitzgerald-Moore"]


def test_a_family_name_written_first_and_read_as_a_people_names_its_person():
    text = (
        '"Nobody trains like this at fourteen," said the academy\'s director, Han Xuemei, as she '
        "walked between the tables.\n\nHan said the academy had also decided to combine "
        "practice with online schooling."
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people == {"Han Xuemei"}
    assert [s["name"] for s in speakers] == ["Han Xuemei", "Han Xuemei"]


def test_a_surname_known_by_another_name_keeps_the_full_name_given_before():
    text = (
        "On the steep slopes above Pereira, Anselmo Zuluaga Betancur surveys rows of coffee "
        'trees.\n\n"For the first time in my life, the price is good," said Zuluaga, 71, known '
        "to everyone in the village as Don Anselmo."
    )
    result, speakers = _speakers(text)
    names = {e["name"] for e in result["entities"]}
    assert "Anselmo Zuluaga Betancur" in names and "Zuluaga" not in names
    assert [s["name"] for s in speakers] == ["Anselmo Zuluaga Betancur"]


def test_given_names_tagged_apart_from_the_surnames_after_them_are_one_person():
    text = (
        "The group's negotiator, Arnulfo Esteban Quiñones Rivas, left the talks early. "
        '"We will not sign this," Quiñones said.'
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people == {"Arnulfo Esteban Quiñones Rivas"}
    assert [s["name"] for s in speakers] == ["Arnulfo Esteban Quiñones Rivas"]


def test_a_first_name_alone_as_the_source_of_according_to_is_its_person():
    text = (
        "Selamawit Girma, who chairs the workers' committee at a neighbouring factory, said the "
        "group had collected 4,000 signatures.\n\nAccording to Selamawit, many workers are "
        "reluctant to join because supervisors have warned them."
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people == {"Selamawit Girma"}
    assert [s["name"] for s in speakers] == ["Selamawit Girma", "Selamawit Girma"]


def test_a_masters_title_stays_out_of_the_name_and_a_guild_of_fields_is_whole():
    text = (
        'Mestre Paulo Roberto Siqueira founded the gym in 2009. "We teach discipline first," '
        "Siqueira said. The Guild of Stage and Screen Performers said 91 percent of its members "
        "backed strike action."
    )
    result, speakers = _speakers(text)
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types == {
        "Paulo Roberto Siqueira": "PERSON",
        "Guild of Stage and Screen Performers": "ORG",
    }
    assert [s["name"] for s in speakers] == [
        "Paulo Roberto Siqueira",
        "Guild of Stage and Screen Performers",
    ]


def test_a_given_name_no_one_records_before_a_hyphenated_surname_is_no_role():
    text = (
        "The farmers met on Monday.\n\nYaw Darko-Mensah, general secretary of the Ghana Cocoa "
        "Farmers' Alliance, wrote on social media that the task force was late. \"We are "
        'tired," Darko-Mensah said.'
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people == {"Yaw Darko-Mensah"}
    assert [s["name"] for s in speakers] == ["Yaw Darko-Mensah", "Yaw Darko-Mensah"]


def test_a_chinese_name_written_family_name_first_tells_no_gender_by_its_family_name():
    text = (
        'Wout Peeters beat Lin Zhenyu 6-5 on Saturday night. "I cannot believe it," Peeters '
        'said.\n\nLin, the world number six, was gracious in defeat. "He played like a man with '
        'nothing to lose," he said.'
    )
    _, speakers = _speakers(text)
    assert [s["name"] for s in speakers] == ["Wout Peeters", "Lin Zhenyu"]


def test_a_chinese_family_name_alone_is_the_person_named_in_full_in_pinyin():
    text = (
        "SHANGHAI (Pacific Desk) — When 19-year-old Wang Haoran touched first in the 100-metre "
        "freestyle last month, the clip was shared tens of thousands of times.\n\nAmerican "
        "sprinter Derek Lindholm-Price, who finished behind Wang at a meet in Shanghai, told "
        'reporters that he had "no reason to doubt anyone".\n\nFor Wang, who rarely gives '
        "interviews, the debate appears to be background noise. Asked about the attention, he "
        'said only that he was "focused on the next race and nothing else."'
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people == {"Wang Haoran", "Derek Lindholm-Price"}
    assert speakers[-1]["name"] == "Wang Haoran"


def test_a_name_after_a_places_possessive_is_the_places_person_not_a_building():
    text = (
        "The scoreboard put her second, 1.26 points behind Finland's Aada Honkaniemi-Rask. "
        "Pelosi's San Francisco district voted on Tuesday."
    )
    types = {e["name"]: e["type"] for e in _speakers(text)[0]["entities"]}
    assert types["Aada Honkaniemi-Rask"] == "PERSON"
    assert types["San Francisco"] == "GPE"


def test_korean_names_family_name_first_are_whole_and_their_family_name_alone_is_the_person():
    text = (
        "For thirty years, Ha Soon-ja has sold squid sundae from the same stall in Abai Village."
        '\n\n"People come to my stall and look at the food," Ms. Ha said on Tuesday.\n\nMayor '
        'Eom Gi-cheol told the Herald the drama had done more for the city.\n\n"We could never '
        'have bought this kind of attention," Eom said.\n\nDown at the pier, boat captain Ma '
        'Chang-sik was less sentimental.\n\n"Twenty years ago this harbour smelled of squid," Ma '
        "said."
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert {"Ha Soon-ja", "Eom Gi-cheol", "Ma Chang-sik"} <= people
    assert not {"Ha", "Eom", "Ma"} & people
    assert [s["name"] for s in speakers] == [
        "Ha Soon-ja",
        "Eom Gi-cheol",
        "Eom Gi-cheol",
        "Ma Chang-sik",
    ]


def test_portuguese_and_spanish_names_of_two_surnames_stay_whole():
    text = (
        '"We did not want to sell," Anderson Luiz Barbosa Prado, Palmeiras\' director of football, '
        "told Reuters by telephone.\n\nBarbosa Prado said the club had turned down two offers."
        '\n\nAt the training ground, coach Wellington Figueiredo Ramos said he would "lose a '
        'player".\n\nANTOFAGASTA - Marcela Contreras Huanca still keeps her first hard hat.\n\n'
        '"I bought it myself," said Contreras, 41.\n\nHer mother, Rosa Huanca, was a familiar '
        'face during the strikes.\n\n"I told her, you will not go into the mine," Mrs Huanca '
        "said, laughing."
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert {
        "Anderson Luiz Barbosa Prado",
        "Wellington Figueiredo Ramos",
        "Marcela Contreras Huanca",
        "Rosa Huanca",
    } <= people
    assert [s["name"] for s in speakers] == [
        "Anderson Luiz Barbosa Prado",
        "Anderson Luiz Barbosa Prado",
        "Wellington Figueiredo Ramos",
        "Marcela Contreras Huanca",
        "Rosa Huanca",
    ]


def test_given_names_and_particles_the_ner_left_out_stay_with_the_name():
    text = (
        '"We are here," said Dwi Hartono Siregar, head of the Nusantara Capital City Authority.'
        '\n\n"It is done," Siregar said.\n\n"The arrears are not ours," said Esther Njeri wa '
        'Kariuki, appearing for the council.\n\n"The counties cannot pay," Kariuki said.'
        "\n\nUnion leader Atieno Odhiambo-Were told reporters that the union would study the "
        'ruling.\n\n"We have been here before," Odhiambo-Were said.'
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people == {"Dwi Hartono Siregar", "Esther Njeri wa Kariuki", "Atieno Odhiambo-Were"}
    assert len(speakers) == 6
    assert [s["name"] for s in speakers] == [
        "Dwi Hartono Siregar",
        "Dwi Hartono Siregar",
        "Esther Njeri wa Kariuki",
        "Esther Njeri wa Kariuki",
        "Atieno Odhiambo-Were",
        "Atieno Odhiambo-Were",
    ]


def test_a_bodys_name_the_ner_cut_at_and_or_at_a_hyphen_is_whole():
    text = (
        "NAIROBI, May 16 - The Employment and Labour Relations Court on Thursday suspended the "
        "strike, saying patients were bearing the full cost.\n\nThe Marine and Freshwater "
        "Research Institute said it would send two vessels back out.\n\nThe Malaysian "
        "Anti-Corruption Commission said it respected the court process."
    )
    names = [s["name"] for s in _speakers(text)[1]]
    assert names == [
        "Employment and Labour Relations Court",
        "Marine and Freshwater Research Institute",
        "Anti-Corruption Commission",
    ]


def test_a_gulf_title_and_given_name_alone_is_the_person_named_in_full():
    text = (
        '"This order is a statement," said Sheikh Rashid bin Hamdan Al Falasi, chairman of the '
        "group, at a signing ceremony.\n\nAsked about a listing, Sheikh Rashid said the group "
        'had "no plans to float the airline."'
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people == {"Rashid bin Hamdan Al Falasi"}
    assert [s["name"] for s in speakers] == ["Rashid bin Hamdan Al Falasi"] * 2


def test_dutch_and_filipino_names_keep_their_particles_and_shortened_given_names():
    text = (
        "Noor van Leeuwen has a master\u2019s degree and a savings account she checks every "
        "morning.\n\nBack in Nieuwegein, Van Leeuwen has started looking at flats in Belgium."
        "\n\n\u201cI have been on the waiting list since I was eighteen,\u201d she said.\n\n"
        "Caroline van 't Riet, leader of the BBB party, wrote on X that the minister was wrong."
        "\n\nInside the agency, Ma. Theresa Villanueva-Santos, general manager of Pacific Star "
        "Crew Management, said the relationship ran deep.\n\n\u201cThe young ones now have "
        "choices,\u201d she said."
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert {"Noor van Leeuwen", "Caroline van 't Riet", "Ma. Theresa Villanueva-Santos"} <= people
    assert [s["name"] for s in speakers] == [
        "Noor van Leeuwen",
        "Caroline van 't Riet",
        "Ma. Theresa Villanueva-Santos",
        "Ma. Theresa Villanueva-Santos",
    ]


def test_a_single_name_a_who_clause_describes_is_a_person_not_a_place():
    text = (
        "Across the table in many of the fund's deals sits Sutrisno, who leads partnerships at "
        "the Indonesia Investment Authority. He said the team was \u201cthe most prepared "
        "counterpart we have faced.\u201d"
    )
    result, speakers = _speakers(text)
    assert {e["name"]: e["type"] for e in result["entities"]}["Sutrisno"] == "PERSON"
    assert [s["name"] for s in speakers] == ["Sutrisno"]


def test_a_description_in_the_lead_is_the_person_the_next_quotation_names():
    text = (
        "KRAKOW, Poland - The head of Poland's National Science Centre said on Wednesday that "
        "the agency had awarded a record 1.4 billion zlotys in research grants this year.\n\n"
        '"We have more money than ever and we are still rejecting excellent projects. Both are '
        "true,\" Prof. Krzysztof Jaskiewicz, the centre's director, told a news conference."
    )
    _, speakers = _speakers(text)
    assert [s["name"] for s in speakers] == ["Krzysztof Jaskiewicz"] * 2


def test_an_organisation_of_a_kind_owned_by_a_name_is_no_body_of_that_kind_named_before():
    text = (
        "The Incheon Metropolitan Police Agency said it had deployed about 400 officers.\n\n"
        "A senior executive at HORIZN's agency, who declined to be named, told us the group "
        "plans to release an album."
    )
    _, speakers = _speakers(text)
    assert len(speakers) == 3  # the agency's, the executive's "declined to be named" and theirs
    assert speakers[-1]["name"] == "a senior executive at HORIZN's agency"
    assert speakers[-1]["affiliation"]["name"] == "HORIZN's agency"


def test_live_blog_speakers_after_a_time_stamp_and_a_place():
    text = (
        "09:40 \u2014 Omar Haddad, chief executive of Doha Strategic Holdings, has "
        "just taken the stage.\n\n09:52 \u2014 More from Haddad, who is known for keeping "
        "his speeches short:\n\n\u201cData centres are the new pipelines.\u201d\n\n1.15pm: "
        "Outside SK Bukit Kepong, Zainab, a 72-year-old rubber tapper, said she had voted for "
        "the same party for 50 years.\n\n15:05 - Kim Min-seo, human resources director at a "
        "South Korean electronics supplier, told reporters that the company had arranged 60 "
        'buses.\n\n"Our customers asked us very clearly: be in Vietnam," Park Ji-hoon, the '
        "plant's general director, told Reuters."
    )
    _, speakers = _speakers(text)
    assert [s["name"] for s in speakers if s is not None] == [
        "Omar Haddad",
        "Zainab",
        "Kim Min-seo",
        "Park Ji-hoon",
    ]


def test_the_word_after_bin_or_binte_alone_is_the_fathers_name_not_the_childs():
    text = (
        "Nurul Huda binte Ismail, 29, became the first woman to pilot a tug in the port.\n\n"
        "Her father, Ismail bin Yusof, a retired boatman, was at the quay.\n\n"
        '"I told her the sea is not for girls. She did not listen," Ismail said.'
    )
    _, speakers = _speakers(text)
    assert [s["name"] for s in speakers] == ["Ismail bin Yusof"]


def test_a_he_after_a_name_given_to_women_abroad_makes_the_person_a_man():
    text = (
        "Dida Guyo remembers when he owned 140 head of cattle. Today he has four.\n\n"
        "Dida hopes to move his remaining animals south.\n\nKura Jarso, who holds the title of "
        'Abba Gada, said the elders were sharing the wells.\n\n"It will survive this '
        'drought," Kura said.\n\nBack at the pond, Dida tightens the rope around the neck of '
        'his thinnest cow.\n\n"Tomorrow we walk south with the four that are left," he said.'
    )
    _, speakers = _speakers(text)
    assert [s["name"] for s in speakers][-1] == "Dida Guyo"


def test_a_person_set_off_after_an_opening_place_is_the_sentences_subject_for_a_pronoun():
    text = (
        "Workneh Negatu Bekele, a senior climatologist at the Ethiopian Meteorology Institute, "
        "said the repeated failures were closely linked to warming.\n\n\u201cWhat used to be a "
        "once-in-a-decade drought is now arriving every three or four years,\u201d Workneh said."
        "\n\nWorkneh believes the coming short rains are likely to fall below average again."
        "\n\nAt the health post in Dubluk, Tigist Alemayehu, a nurse who has worked in the "
        "district for nine years, lifts a listless toddler onto a scale.\n\n\u201cThey come to "
        "us too late, when the child is already skin and bone,\u201d she said."
    )
    _, speakers = _speakers(text)
    assert [s["name"] for s in speakers][-1] == "Tigist Alemayehu"


def test_korean_family_names_alone_speak_where_the_tagger_misread_them():
    text = (
        "Baek Seung-ho is sitting in a noodle shop near Jagalchi Market.\n\nFilm critic Ahn "
        'So-ra argued that his films "romanticised hardship."\n\nAsked about the criticism, '
        'Baek shrugs. "She is not wrong about my first film."\n\nOh Gyeong-su, a 61-year-old '
        'crane operator, said he had not yet seen the film.\n\n"My grandchildren will tell me '
        'honestly whether I look fat on a screen that big," Oh said with a grin.'
    )
    _, speakers = _speakers(text)
    assert [s["name"] for s in speakers if s is not None] == [
        "Ahn So-ra",
        "Baek Seung-ho",
        "Oh Gyeong-su",
        "Oh Gyeong-su",
    ]


def test_a_given_name_alone_is_the_person_it_opens_the_name_of_whatever_the_ner_took_it_for():
    text = (
        "PHUKET \u2014 At six in the morning, Somsak \u201cLek\u201d Kaewmanee is already scraping "
        "barnacles off the hull of his longtail boat.\n\nBack at Chalong, Somsak hopes the new "
        "rules will arrive before the high season.\n\nHis lawyer, Surachai na Nakorn, told "
        'reporters that his client was innocent.\n\n"We will appeal," Surachai said.'
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert people == {"Somsak Kaewmanee", "Surachai na Nakorn"}
    # his hope (a thought, not shown by default), then the lawyer's two quotes
    assert [s["name"] for s in speakers] == ["Somsak Kaewmanee"] + ["Surachai na Nakorn"] * 2


def test_an_unnamed_speaker_before_the_name_and_a_role_with_the_are_named():
    text = (
        '"Nobody came to warn us. Not the police, not the administration, nobody."\n\nThe '
        "woman who said this, Hajani Bibi, a mother of five, was sitting on a charpai in a "
        "crowded classroom in Rohri.\n\nNDMA Chairman Lt Gen Syed Kamran Abbas Zaidi said that "
        "1.2 million people remained displaced.\n\nThe general was blunt about the months "
        'ahead.\n\n"Our teams have rescued more than 90,000 people by boat and by helicopter."'
    )
    _, speakers = _speakers(text)
    assert [s["name"] for s in speakers] == [
        "Hajani Bibi",
        "Hajani Bibi",  # "who said this": a topic, not shown by default
        "Syed Kamran Abbas Zaidi",
        "Syed Kamran Abbas Zaidi",
    ]


def test_first_names_and_first_surnames_the_ner_or_a_possessive_hid():
    text = (
        "11:20 - Minister of State for Petroleum Resources Ezekiel Oghenekaro Ameh has appealed "
        "to the drivers, saying the government had already approved funds.\n\nThe office of "
        "Irma Luc\u00eda Zubir\u00eda-Ch\u00e1vez has a single window.\n\n\u201cA file can be "
        "closed,\u201d Zubir\u00eda said.\n\nYesenia, a 29-year-old from San Pedro Sula, "
        "Honduras, has stood in the line eleven times.\n\n\u201cThe first time, they told me "
        "to come back in a month,\u201d she said.\n\nNomsa Mahlangu has run a spaza shop for "
        "nineteen years. She keeps a ledger of credit, and most of its pages now belong to "
        "miners\u2019 wives.\n\n"
        "\u201cWhen the shaft is working, the whole street is working.\u201d"
    )
    result, speakers = _speakers(text)
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types["Yesenia"] == "PERSON"
    assert [s["name"] for s in speakers] == [
        "Ezekiel Oghenekaro Ameh",
        "Irma Luc\u00eda Zubir\u00eda-Ch\u00e1vez",
        "Yesenia",
        "Nomsa Mahlangu",
    ]


def test_a_name_after_an_opening_participle_speaks_and_a_bodys_spokesperson_is_no_passenger():
    text = (
        "Sitting beside the administrator, Yadira Castillo de Pinz\u00f3n, the authority's vice "
        "president for water resources, warned that the improvement was fragile.\n\n16:30\nA "
        "spokesperson for the Hellenic Coast Guard said 47 ferry departures had been cancelled."
        "\n\nAt Gate E7, Eleni Tsakalidou, 67, was sitting on her suitcase."
    )
    _, speakers = _speakers(text)
    assert [s["name"] for s in speakers] == [
        "Yadira Castillo de Pinz\u00f3n",
        "a spokesperson for the Hellenic Coast Guard",
    ]


def test_a_double_surname_cut_at_its_hyphen_and_counsels_postnominals():
    text = (
        "Northern Affairs Minister Daniel Whitfield-Sauv\u00e9 called the agreement \u201ca down "
        "payment on obligations Canada should have met decades ago.\u201d\n\nAsked about "
        "Sanikiluaq, Whitfield-Sauv\u00e9 said communities were chosen based on engineering "
        "assessments.\n\nOpening the case, Ciar\u00e1n de B\u00farca SC, for the plaintiff, said "
        "the post had been shared more than 4,000 times.\n\nUnder cross-examination by "
        "Fionnuala N\u00ed Dhomhnaill BL, for the defendant, the plaintiff accepted that he had "
        'voted for the rezoning.\n\n"You did not think to declare that interest?" Ms N\u00ed '
        "Dhomhnaill asked."
    )
    result, speakers = _speakers(text)
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert {
        "Daniel Whitfield-Sauv\u00e9",
        "Ciar\u00e1n de B\u00farca",
        "Fionnuala N\u00ed Dhomhnaill",
    } <= people
    names = [s["name"] for s in speakers if s is not None]
    assert names[:3] == ["Daniel Whitfield-Sauv\u00e9"] * 2 + ["Ciar\u00e1n de B\u00farca"]
    assert names[-1] == "Fionnuala N\u00ed Dhomhnaill"


def _named(text):
    """(text) -> the speaker name of each quote, None where there is none."""
    return [(q["speaker"] or {}).get("name") for q in extract(text, load_nlp())["quotes"]]


def test_a_description_in_the_lede_under_a_byline_and_its_outlet_is_named_next():
    text = (
        "Body camera was off, inquest hears\n\nBy Julien Ouimet-Barker\nCTV News Montreal\n\n"
        "LONGUEUIL, Que. \u2014 A Longueuil police constable told a coroner's inquest Wednesday "
        "that he did not activate his camera.\n\nConst. Maxime B\u00e9langer-Roy was the first "
        "officer to testify at the public inquiry."
    )
    assert _named(text) == ["Maxime B\u00e9langer-Roy"]


def test_a_clause_inside_an_apposition_describes_no_one_by_its_object():
    text = (
        "LONGUEUIL, Que. \u2014 A Longueuil police constable told a coroner's inquest Wednesday "
        "that he did not activate his body-worn camera.\n\nConst. Maxime B\u00e9langer-Roy was "
        "the first officer to testify at the public inquiry into the death of Samir Haddad, 34."
        '\n\n"When we arrived, he was on the sidewalk, very agitated," the officer told coroner '
        "Genevi\u00e8ve Lacasse-Ouellet.\n\nThe Fraternit\u00e9 des policiers et polici\u00e8res "
        "de Longueuil, the union representing officers, defended B\u00e9langer-Roy in a post on "
        'Facebook, saying its members "face situations every night that most people will never '
        'see."'
    )
    assert _named(text)[1] == "Maxime B\u00e9langer-Roy"


def test_a_hyphenated_given_name_after_a_rank_is_no_dateline():
    text = "RCMP Cpl. Louis-Philippe Gagnon said officers went door to door."
    assert _named(text) == ["Louis-Philippe Gagnon"]


def test_a_legislators_party_and_seat_are_no_second_speaker():
    text = (
        '"We are pulling water out of the ground," said state Sen. Joaqu\u00edn '
        "Archuleta-Reyes, D-Las Cruces, the bill's sponsor."
    )
    assert _named(text) == ["Joaqu\u00edn Archuleta-Reyes"]


def test_a_live_blog_entrys_title_on_its_time_stamps_line_is_no_speaker():
    text = (
        "Live: Councillors decide on Holme Ridge plan\n\n14:31 MP weighs in\nThe area's MP, "
        'Imran Chaudhry-Bell, has just posted on Facebook: "Holme Ridge is the wrong site."'
        "\n\n14:40 Developer: 'We have listened'\nSimon de Villiers, planning director for "
        "the applicant, says the scheme has changed significantly."
    )
    names = _named(text)
    assert names[0] == "Imran Chaudhry-Bell"
    assert names[-1] == "Simon de Villiers"
    assert "weighs" not in names and "Developer" not in names


def test_a_place_read_as_the_cues_subject_from_inside_the_content_is_no_speaker():
    text = (
        "When Premier Marcus Delahunty stood on the steps of Parliament House 18 months ago and "
        'promised Queensland would have a treaty "within this term, not the next one", it '
        "looked safe."
    )
    assert _named(text)[0] == "Marcus Delahunty"


def test_the_next_sentence_says_whose_words_a_quotation_alone_was():
    text = (
        "Mayors make their case\n\n"
        '"You can\'t ask a community to trust a process and then change the rules."\n\n'
        "That warning came not from an activist but from former deputy premier Gerald "
        "Fitzherbert-Vale, who helped design the framework and now sits on the panel.\n\n"
        '"We are asking for the money we were told was coming."\n\n'
        "That was the message from the mayor of Wollumbin Valley, Harold Tuiasosopo, who flew "
        "to Canberra.\n\n"
        '"I taught at Juniper Hill for 22 years."\n\n'
        "That was Bernadette Kowalczyk, a retired teacher, who drew a standing ovation.\n\n"
        '"We\'ve read to three generations of children in that building." The words came from '
        "Dorothy Pennington, 78, who has volunteered there for two decades.\n\n"
        '"If we refuse this, an inspector will grant it on appeal." That was the blunt '
        "assessment of the committee chair, Cllr Mohammed Rafiq Hussain, as debate began."
    )
    assert _named(text) == [
        "Gerald Fitzherbert-Vale",
        "Harold Tuiasosopo",
        "Bernadette Kowalczyk",
        "Dorothy Pennington",
        "Mohammed Rafiq Hussain",
    ]


def test_a_person_named_first_right_after_a_quotation_opening_its_paragraph_said_it():
    text = (
        "Waiting for a doctor\n\nMayor Gord Tsakiris is blunt. \"We'll pick them up at the "
        'airport ourselves," he said.\n\n"People think the doctor shortage is a Vancouver '
        'problem." The woman in the fifth car, Priscilla Achebe-Lamont, has been on the '
        "wait-list for 26 months."
    )
    assert _named(text) == ["Gord Tsakiris", "Priscilla Achebe-Lamont"]


def test_an_untagged_name_set_off_after_its_role_and_a_who_clause_before_the_cue():
    text = (
        "Cuts\n\nA government spokesperson said universities were independent.\n\nThe local "
        'MP, Siobhan Prentice-Ward, took a different view. "Closing languages would be an act '
        'of cultural vandalism," she posted on X.\n\nFor patients, the results are tangible. '
        "Aaliyah Mohammed-Price, who has Type 1 "
        "diabetes and volunteers with the advocacy group Type 1 Together Canada, posted on "
        'Instagram last month: "I cried at the pharmacy counter."'
    )
    assert _named(text)[1:] == ["Siobhan Prentice-Ward", "Aaliyah Mohammed-Price"]


def test_a_title_in_marks_below_the_headline_is_not_shown_as_a_quote():
    text = (
        'Roofer jailed\n\nPritchard advertised on a Facebook page called "Swansea Roofers You '
        'Can Trust", which had more than 1,100 followers, the court was told.\n\nThe '
        'committee decided to extend its inquiry, and its interim report, "Walking Together '
        'Towards Agreement", offered little guidance.\n\n"Thank You For Coming," she said.'
    )
    shown = [q["text"] for q in extract(text, load_nlp())["quotes"] if is_quote(q)]
    assert not any("Swansea Roofers" in t or "Walking Together" in t for t in shown)
    assert any("Thank You For Coming" in t for t in shown)


def test_words_before_the_sentence_that_says_who_opened_with_them_or_spoke_them():
    text = (
        "Council caps rentals\n\n"
        "\"I've lived on this street for 41 years and I don't know half my neighbours.\"\n\n"
        "That was how Gis\u00e8le Boudreau opened her presentation to town council Monday night."
        "\n\nDebate\n\n"
        '"We were promised a national program and we\'re getting a national brochure." That '
        "line, from NDP health critic Gurpreet Kaur Bains during question period, drew jeers."
        '\n\n12.20\n"We\'re missing our revision and nobody seems to care." That was Hamza '
        "Iqbal, a 16-year-old pupil from Glasgow, who joined a small rally."
    )
    assert _named(text) == ["Gis\u00e8le Boudreau", "Gurpreet Kaur Bains", "Hamza Iqbal"]


def test_a_quotation_after_the_writer_says_whom_they_spoke_to_is_theirs():
    text = (
        "Storm live\n\n10:05\nWe've been speaking to Gwen Pryce-Llewellyn, chief meteorologist "
        "at WeatherWatch UK, about why the storm has been so fierce.\n\n"
        '"It deepened far faster than the models suggested on Monday."'
    )
    assert _named(text)[-1] == "Gwen Pryce-Llewellyn"


def test_the_subject_of_a_clause_an_opening_participle_took_speaks_next():
    text = (
        "Measles\n\nDr. Yvonne Bastarache-Mensah has spent six years as chief medical officer "
        "of health.\n\nAsked why, Bastarache-Mensah didn't blame social media, at least not "
        'entirely.\n\n"During COVID, we asked people to do hard things, and most of them did."'
    )
    assert _named(text)[-1] == "Yvonne Bastarache-Mensah"


def test_a_first_name_read_as_an_adjective_and_a_name_read_as_a_people_is_a_person():
    text = (
        "Her niece, 16-year-old Tenisha Mason-Harper, has been documenting shelter life on "
        'TikTok. In one clip, filmed on her cot, she tells viewers: "Day 19. Still no word on '
        "when we go home. Still eating bannock made by strangers, though, and honestly it's not "
        'bad."\n\nAnneliese Vogt-Kaminski, who coordinates volunteers for the Prairie Relief '
        "Society, says the group has served more than 60,000 meals since the evacuation began."
        "\n\n\"People from all over the city just show up with food. We've had to start "
        'turning away casseroles," she says.'
    )
    result = extract(text, load_nlp())
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types.get("Anneliese Vogt-Kaminski") == "PERSON"
    assert [(q["speaker"] or {}).get("name") for q in result["quotes"]][-1] == (
        "Anneliese Vogt-Kaminski"
    )


def test_who_after_a_description_of_a_named_subject_is_that_person():
    text = (
        "Tom Haakenson, 58, is a third-generation rancher who ran for sheriff in 2018 promising "
        'to "fix the radio problem," a phrase he now says undersold the job.'
    )
    assert _named(text)[0] == "Tom Haakenson"


def test_a_lede_description_is_the_person_named_before_the_cue_after_an_age():
    text = (
        "Jury hears from former lineman\n\nSALEM, Ore. \u2014 A former lineman for Cascade Ridge "
        "Electric Cooperative told jurors Monday that he warned supervisors about a sagging "
        "power line.\n\nTestifying on the first full day of a civil trial in Marion County "
        "Circuit Court, Gary Lindqvist, 54, said he flagged the line in an inspection."
    )
    assert _named(text) == ["Gary Lindqvist", "Gary Lindqvist"]


def test_a_reeve_is_an_office_and_letters_after_a_name_with_a_particle_are_no_part_of_it():
    reeve = "Reeve Gordon Tallfeathers said council had received more than 30 calls."
    assert _named(reeve) == ["Gordon Tallfeathers"]
    counsel = (
        "Mitigating, Saoirse Ni Bhriain KC said her client had a long history of mental ill "
        'health. "He is genuinely remorseful," Ms Ni Bhriain said.'
    )
    assert _named(counsel) == ["Saoirse Ni Bhriain"] * 2
    chair = (
        "Rhys ap Gwilym KC, who chairs the Northern Circuit Criminal Bar Forum, argues that "
        'years of cuts have driven barristers out. "We have trials that are ready to go," Mr '
        "ap Gwilym said."
    )
    assert _named(chair) == ["Rhys ap Gwilym"] * 2


def test_a_given_name_before_a_name_read_as_a_place_and_a_woman_named_so():
    text = (
        "Legal advocates say the uncertainty is its own kind of harm. Ana Sof\u00eda "
        "Berm\u00fadez, a staff attorney at the nonprofit Frontera Legal Defense Project, says "
        "many of the families she sees have valid claims.\n\nBeside him, an Eritrean woman "
        "named Saba, who is travelling with her younger brother, said she wanted to reach "
        "relatives in Birmingham."
    )
    assert _named(text)[1:] == ["Ana Sof\u00eda Berm\u00fadez", "Saba"]


def test_a_place_opening_the_sentence_is_no_speaker_and_those_were_the_words_of():
    text = (
        "On the witness stand in Ontario Superior Court, Varma-Desrosiers said she had sent a "
        "full rough cut of the film to the board.\n\n"
        '"Nobody is talking about sacking anyone. Every member of staff will keep their job."'
        "\n\nThose were the words of the council's director of environment, Rashida "
        "Colquhoun-Day, at a packed public meeting on Tuesday night. Ms Colquhoun-Day said the "
        "move to smaller crews would be achieved through natural turnover."
    )
    assert _named(text) == ["Varma-Desrosiers"] + ["Rashida Colquhoun-Day"] * 2


def test_whose_words_a_quotation_was_after_a_role_or_a_possessive_and_a_passage_from():
    text = (
        "Rugby live\n\n"
        '"We respect the process, even when it hurts us."\n\nThose were the words of '
        "Severnside director of rugby Marcus Oyelaran-Beck, speaking outside the club's "
        "training base.\n\n15:30\n"
        '"Nobody leaves this building until we have a deal." According to two delegates in '
        "the room, those were Aydinoglu's words as he opened a closed-door huddle.\n\n08.05 GMT"
        "\nHere is the key passage from the panel chair, Dr Saoirse McNally-Thorne, in the "
        "accompanying statement:\n\n\"Quillon's models are fast becoming essential "
        'infrastructure for British businesses."'
    )
    names = _named(text)
    assert names[:2] == ["Marcus Oyelaran-Beck", "Aydinoglu"]
    assert names[-1] == "Saoirse McNally-Thorne"


def test_a_name_the_ner_tagged_in_part_speaks_next_and_an_offices_field_ends_at_the_name():
    text = (
        "Summit live\n\n09:55\nTina deBrum-Kabua, climate envoy for the Marshall Islands, has "
        'just spoken.\n\n"If this text goes through as it is, I will have to go home."\n\n'
        "Over at Holyrood, Cabinet Secretary for Transport Isla MacAulay-Rennie told MSPs "
        "the government was not a party to the dispute.\n\nThe MCA will decide whether the US "
        "cloud giant Nimbara can complete its takeover of Cambridge-based AI lab Quillon Labs."
    )
    result = extract(text, load_nlp())
    assert [(q["speaker"] or {}).get("name") for q in result["quotes"]][0] == "Tina deBrum-Kabua"
    names = {e["name"] for e in result["entities"]}
    assert {"Isla MacAulay-Rennie", "Quillon Labs"} <= names


def test_a_legal_form_after_a_name_the_ner_took_for_a_person_makes_it_a_company():
    text = (
        "Finance director on trial\n\n"
        "The trial of a former finance director of Westfjords fish processor Hafbrún ehf. "
        "opened at Reykjavík District Court on Monday, with the defendant telling the court he "
        'had "never taken a single króna" that did not belong to him.\n\n'
        "Senator Jane Sanders co-sponsored a bill on fishing quotas."
    )
    found = extract(text, load_nlp())
    types = {e["name"]: e["type"] for e in found["entities"]}
    assert types.get("Hafbrún ehf") == "ORG", types
    assert not any(n.endswith(" co") for n in types), types
    said = [q for q in found["quotes"] if "single króna" in q["text"]]
    assert said and all((q["speaker"] or {}).get("name") != "Hafbrún ehf" for q in said)


def test_a_name_after_justice_the_ner_missed_is_the_judge():
    text = (
        "Court voids expulsion\n\n"
        "In a judgment delivered in suit number FHC/ABJ/CS/1184/2024, Justice Binta Garba-Musa "
        "held that the party failed to give the lawmaker fair hearing.\n\n"
        'The judge said, "It is settled law that no person shall be condemned unheard."\n\n'
        "“The U.S. Department of Justice isn’t about “Equal Justice Under Law” anymore,” "
        "Ward said."
    )
    found = extract(text, load_nlp())
    people = [e["name"] for e in found["entities"] if e["type"] == "PERSON"]
    assert "Binta Garba-Musa" in people and "Under Law" not in people
    (said,) = [q for q in found["quotes"] if q["text"].startswith("It is settled law")]
    assert said["speaker"]["name"] == "Binta Garba-Musa"


@pytest.fixture(scope="module")
def loaded():
    return load_nlp()


def test_an_offices_field_in_the_plural_is_no_persons_name(loaded):
    text = (
        "“Our ocean is not an open supermarket,” the Minister of Fisheries and Marine "
        "Resources, Moses Liligeto, told a press conference."
    )
    result = extract(text, loaded)
    names = {e["name"]: e["type"] for e in result["entities"]}
    assert names.get("Moses Liligeto") == "PERSON"
    assert not any(n.endswith(" and") for n in names)
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Moses Liligeto"]


def test_a_full_name_the_ner_took_for_a_building_is_the_person_its_surname_names(loaded):
    text = (
        "“This is a decision we have taken with our eyes open,” said Aviaaja Kristiansen-Lynge, "
        "the Naalakkersuisoq for Mineral Resources, at a press conference in Nuuk.\n\n"
        "Kristiansen-Lynge said the deposit contained no uranium."
    )
    doc = loaded(text)
    assert any(e.text == "Aviaaja Kristiansen-Lynge" and e.label_ == "FAC" for e in doc.ents)
    result = analyse(doc, text)
    people = [e for e in result["entities"] if e["name"] == "Aviaaja Kristiansen-Lynge"]
    assert len(people) == 1 and people[0]["type"] == "PERSON" and people[0]["count"] == 2
    assert {q["speaker"]["name"] for q in result["quotes"]} == {"Aviaaja Kristiansen-Lynge"}


def test_a_persons_name_the_ner_ran_into_the_of_before_a_body_stays_a_person(loaded):
    text = (
        "Kärkkäinen's team principal, Jean-Baptiste Morvan of Nordhaven Rally Team, described "
        "the result as the most important in the squad's short history.\n\n"
        '"When you build a car for this rally, you build it to fly," Morvan said.'
    )
    result = analyse(loaded(text), text)
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types.get("Jean-Baptiste Morvan") == "PERSON"
    assert types.get("Nordhaven Rally Team") == "ORG"
    said = [q for q in result["quotes"] if q["text"].startswith("When you build")]
    assert said and said[0]["speaker"]["name"] == "Jean-Baptiste Morvan"


def test_a_place_the_ner_often_took_for_a_person_takes_no_he_or_she():
    place = Entity(index=0, votes=Counter({"PERSON": 5.0, "GPE": 7.5}))  # "outskirts of X"
    assert place.type == "GPE" and not acts_as_a_person(place)
    named = Entity(index=1, votes=Counter({"PERSON": 5.0, "ORG": 6.0}))  # "Reynolds says … his"
    assert named.type == "ORG" and acts_as_a_person(named)


def test_the_surnames_a_four_word_name_is_later_written_by_are_that_person(loaded):
    text = (
        "Opening the session on Wednesday, the host, Simeón Esono Ndong Mba, Equatorial "
        "Guinea's Minister of Foreign Affairs, told ministers that financial independence "
        "mattered.\n\n"
        "“A union that asks Brussels or Beijing to pay for its peace operations is not fully "
        "a union,” Esono Ndong said."
    )
    result = extract(text, loaded)
    people = [e for e in result["entities"] if e["name"] == "Simeón Esono Ndong Mba"]
    assert people and "Esono Ndong" in [m["text"] for m in people[0]["mentions"]]
    said = [q for q in result["quotes"] if q["text"].startswith("A union that asks")]
    assert said and said[0]["speaker"]["name"] == "Simeón Esono Ndong Mba"
    assert said[0]["speaker"]["mention"]["text"] == "Esono Ndong"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“A drone cannot hold a trench,” said Major Taras Yaremchuk, a battalion commander.",
            "Taras Yaremchuk",
        ),
        (
            "“In a family you do not wait,” said Cde Farai Munyaradzi Chiweshe, the minister.",
            "Farai Munyaradzi Chiweshe",
        ),
        (
            "“My net has been hanging on the wall,” said Obong Etim Udo-Ekpenyong, a fisherman.",
            "Etim Udo-Ekpenyong",
        ),
        (
            "The crew belongs to a mechanised brigade. Major Taras Yaremchuk, who commands one "
            'of its battalions, said: "They don\'t care about losses."',
            "Taras Yaremchuk",
        ),
    ],
)
def test_a_rank_or_comrade_before_a_name_is_no_part_of_it(loaded, text, name):
    result = extract(text, loaded)
    assert [q["speaker"]["name"] for q in result["quotes"]] == [name]
    assert any(e["name"] == name and e["type"] == "PERSON" for e in result["entities"])


def test_major_opening_a_bodys_name_stays_in_it(loaded):
    text = (
        "Major League Baseball said the game would go ahead. The Major Crimes Unit said it "
        "had arrested two men."
    )
    names = {e["name"]: e["type"] for e in extract(text, loaded)["entities"]}
    assert names.get("Major League Baseball") == "ORG"
    assert names.get("Major Crimes Unit") == "ORG"


def test_a_spanish_honorific_before_a_name_is_no_person(loaded):
    text = (
        "Opening the session on Wednesday, the host, Excmo. Sr. Simeón Esono Ndong Mba, "
        "Equatorial Guinea's Minister of Foreign Affairs, told ministers that financial "
        "independence mattered."
    )
    people = [e["name"] for e in extract(text, loaded)["entities"] if e["type"] == "PERSON"]
    assert people == ["Simeón Esono Ndong Mba"]


def test_a_maori_bodys_name_is_whole_with_its_article_and_its_of(loaded):
    text = (
        "Council vote\n\n"
        "In a statement released after the vote, Te Rūnanga o Ngāti Rangitāmaki said the "
        "decision “honours the partnership our tūpuna entered into at Waitangi”."
    )
    result = extract(text, loaded)
    names = {e["name"]: e["type"] for e in result["entities"]}
    assert names.get("Te Rūnanga o Ngāti Rangitāmaki") == "ORG"
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Te Rūnanga o Ngāti Rangitāmaki"]
