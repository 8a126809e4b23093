"""Quote confidence: the stage's estimate from the committed counts, and choosing by it."""

from __future__ import annotations

import pytest

from workers.extraction import extract, load_nlp
from workers.extraction.confidence import LEVELS, Basis, cell, estimate, table
from workers.selection import select

MARKED = Basis("marks", "direct", "words_the_quote_came_with", "name", "speech")
TAGGED = Basis("tagger", "indirect", "words_the_quote_came_with", "pronoun", "speech")


def test_estimate_shrinks_a_cell_towards_its_coarser_parent():
    counts = {"": [10, 2], "origin=marks|act=speech": [10, 10]}
    root = (2 + 10 * 0.5) / 20
    assert estimate(MARKED, counts, prior_weight=10) == pytest.approx((10 + 10 * root) / 20)
    assert estimate(MARKED, {}, prior_weight=10) == 0.5


def test_cell_keys_name_their_fields():
    assert cell(MARKED, ("origin", "act")) == "origin=marks|act=speech"
    assert cell(MARKED, ()) == ""
    assert all(set(level) <= set(Basis.__dataclass_fields__) for level in LEVELS)


def test_committed_table_ranks_marks_with_a_name_above_a_tagger_span_with_a_pronoun():
    t = table()
    assert t["split"] == "dev" and t["counts"][""][0] > 1000
    sure = estimate(MARKED, t["counts"], t["prior_weight"])
    unsure = estimate(TAGGED, t["counts"], t["prior_weight"])
    assert 0.8 < sure <= 1.0 and 0.0 <= unsure < sure - 0.2


def test_every_quote_has_a_confidence_and_min_confidence_trades_recall_for_precision():
    nlp = load_nlp()
    text = (
        "“We kept every promise,” Maria Lopez said. Lopez believes that the council will "
        "approve it. The governor defended his policy on Tuesday."
    )
    result = extract(text, nlp)
    confidences = [q["confidence"] for q in result["quotes"]]
    assert len(confidences) == 3 and all(0.0 <= p <= 1.0 for p in confidences)
    marked = result["quotes"][0]
    assert marked["text"] == "We kept every promise," and marked["confidence"] == max(confidences)
    kept = select(result, everything=True, min_confidence=marked["confidence"])["quotes"]
    assert kept == [marked]


def test_select_by_act_and_confidence():
    result = {
        "entities": [],
        "quotes": [
            {"id": "q0", "act": "speech", "topic": False, "confidence": 0.9},
            {"id": "q1", "act": "thought", "topic": False, "confidence": 0.9},
            {"id": "q2", "act": "speech", "topic": True, "confidence": 0.9},
            {"id": "q3", "act": "speech", "topic": False, "confidence": 0.3},
        ],
    }
    assert [q["id"] for q in select(result)["quotes"]] == ["q0", "q3"]
    assert [q["id"] for q in select(result, min_confidence=0.5)["quotes"]] == ["q0"]
    everything = select(result, everything=True, min_confidence=0.5)["quotes"]
    assert [q["id"] for q in everything] == ["q0", "q1", "q2"]
    assert select(result)["entities"] == [] and len(result["quotes"]) == 4
