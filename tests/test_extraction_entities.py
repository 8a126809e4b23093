"""Merged entities: names, types, counts, salience and exact offsets."""

from __future__ import annotations

import pytest

from workers.extraction import extract, load_nlp

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
