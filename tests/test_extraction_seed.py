"""The seed article: all ten direct or mixed quotations with their speakers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.metrics import names_match, trim_spans
from tests.offsets import assert_offsets_exact
from workers.article_text import split_header
from workers.extraction import extract, load_nlp

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED = "000_775ba3dc0255bdde"


@pytest.fixture(scope="module")
def seed():
    raw = (SEEDS / f"{SEED}.txt").read_text(encoding="utf-8")
    body = split_header(raw).body
    gold = json.loads((SEEDS / f"{SEED}.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert gold["text"] == body
    return body, gold, extract(body, load_nlp())


def _chars(text, spans):
    return {i for s, e in trim_spans(text, spans) for i in range(s, e)}


def _quote_with_span(text, gold_quote, quotes):
    """The predicted quote with a span that matches the gold passage (character Jaccard >= 0.5)."""
    want = _chars(text, gold_quote["quote_spans"])
    for q in quotes:
        for span in q["spans"]:
            got = _chars(text, [span])
            if len(want & got) >= 0.5 * len(want | got):
                return q
    return None


def test_all_direct_and_mixed_quotes_found_with_speakers(seed):
    """Every one of the ten passages is a span of a quote with the right speaker; the cue-less
    sentence after "he told …" is the second span of that quote (the PolNeAR convention)."""
    text, gold, result = seed
    marked = [q for q in gold["quotes"] if q["kind"] in ("direct", "mixed")]
    assert len(marked) == 10
    names = []
    for g in marked:
        q = _quote_with_span(text, g, result["quotes"])
        assert q is not None, g["quote_text"]
        assert q["speaker"] is not None, g["quote_text"]
        assert names_match(q["speaker"]["name"], g["speaker_name"]), (q["speaker"], g)
        names.append(q["speaker"]["name"])
    assert names.count("Sergei Naryshkin") == 4
    assert names.count("Bashar al-Assad") == 6
    assert len([q for q in result["quotes"] if q["kind"] in ("direct", "mixed")]) == 9


def test_seed_speakers_link_to_entities(seed):
    text, _, result = seed
    by_id = {e["id"]: e for e in result["entities"]}
    linked = [q["speaker"] for q in result["quotes"] if q["speaker"] and q["speaker"]["entity_id"]]
    assert {sp["name"] for sp in linked} == {"Sergei Naryshkin", "Bashar al-Assad"}
    for sp in linked:
        assert by_id[sp["entity_id"]]["name"] == sp["name"]
        assert by_id[sp["entity_id"]]["type"] == "PERSON"


def test_title_and_continuation(seed):
    text, _, result = seed
    leader = next(q for q in result["quotes"] if q["text"].startswith("So it’s self-evident"))
    assert leader["speaker"]["name"] == "Bashar al-Assad"
    assert leader["speaker"]["mention"]["text"] == "the Syrian leader"
    assert leader["cue"]["text"] == "added"
    joined = next(q for q in result["quotes"] if q["text"].startswith("They [the Turks]"))
    assert len(joined["spans"]) == 2
    assert text[slice(*joined["spans"][1])].startswith("They encouraged this conflict.")
    assert joined["speaker"]["name"] == "Bashar al-Assad"
    assert joined["cue"]["text"] == "told"


def test_mismatched_marks_do_not_swallow(seed):
    text, _, result = seed
    q = next(q for q in result["quotes"] if "hundreds and even thousands" in q["text"])
    assert q["kind"] == "mixed"
    assert q["spans"][-1][1] < text.index("On Tuesday, Syria")


def test_seed_entities_merged(seed):
    _, _, result = seed
    names = {e["name"]: e for e in result["entities"]}
    assert "Naryshkin" not in names and "Assad" not in names and "Karabakh" not in names
    assert names["Sergei Naryshkin"]["count"] == 3
    assert names["Bashar al-Assad"]["count"] == 3
    assert names["Nagorno-Karabakh"]["count"] >= 5
    assert all(m["text"] == "Russia" for m in names["Russia"]["mentions"])


def test_offsets_are_exact(seed):
    text, _, result = seed
    assert_offsets_exact(text, result)


def test_seed_region_is_a_place_and_a_named_group_no_person(seed):
    _, _, result = seed
    types = {e["name"]: e["type"] for e in result["entities"]}
    assert types["Nagorno-Karabakh"] in ("GPE", "LOC")
    assert types["Jabhat al-Nusra"] == "ORG"


def test_the_report_inside_a_citation_is_the_quote(seed):
    """ "X has warned that …, TASS news agency cited him as saying": X's warning."""
    _, _, result = seed
    warned = [q for q in result["quotes"] if q["cue"] and q["cue"]["text"] == "warned"]
    assert len(warned) == 1
    assert warned[0]["text"].startswith("that Nagorno-Karabakh risks becoming a launchpad")
    assert warned[0]["speaker"]["name"] == "Sergei Naryshkin"
