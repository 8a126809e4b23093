"""Quote confidence: the logistic model, its fitting and held-out bins, and choosing by it."""

from __future__ import annotations

import math

import pytest

from bench.calibrate import bins, fit, held_out
from workers.extraction import extract, load_nlp
from workers.extraction.confidence import Basis, estimate, features, table
from workers.extraction.result import analyse_with_bases
from workers.selection import select

MARKED = Basis("marks", "direct", "words_the_quote_came_with", "name", "speech", "full_name")
TAGGED = Basis("tagger", "indirect", "tagger_source", "pronoun", "speech", "one_name")
UNSEEN = Basis("parse", "mixed", "a_rule_never_fitted", "name", "speech", "full_name")


def test_estimate_adds_the_weights_of_the_basis_features_to_the_intercept():
    model = {"intercept": -1.0, "weights": {"origin=marks": 2.0, "word=name": 1.0, "x=y": 9.0}}
    assert estimate(MARKED, model) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert estimate(MARKED, {"intercept": 0.0, "weights": {}}) == 0.5


def test_features_name_each_field_and_six_pairs():
    basis = Basis("tagger", "indirect", "tagger_source", "noun", "thought/topic", "description")
    feats = features(basis)
    assert "origin=tagger" in feats and "act=thought/topic" in feats
    assert "plain_act=thought" in feats and "origin|kind=tagger|indirect" in feats
    assert "named=description" in feats and "word|named=noun|description" in feats
    assert "act|word=thought/topic|noun" in feats and "act|named=thought/topic|description" in feats
    assert (
        "rule|word=tagger_source|noun" in feats and "rule|named=tagger_source|description" in feats
    )
    assert len(feats) == len(set(feats)) == 13


def test_basis_says_what_the_speaker_was_named_as():
    nlp = load_nlp()
    text = (
        "“We kept every promise,” Maria Lopez said. “The vote is close,” a council spokesperson "
        "said. “It passed,” Acme Corporation said in a statement. Ortiz said the plan works."
    )
    result, bases = analyse_with_bases(nlp(text))
    speakers = [q["speaker"]["name"] for q in result["quotes"]]
    assert speakers == ["Maria Lopez", "a council spokesperson", "Acme Corporation", "Ortiz"]
    named = [b.named for b in bases]
    assert named == ["full_name", "description", "organisation", "one_name"]


def _rows(n_docs: int) -> list:
    """Quotes in marks right 9 times in 10, tagger spans 3 in 10 (shown: every other doc)."""
    rows = []
    for d in range(n_docs):
        rows += [(d, MARKED, i != 0, d % 2 == 0) for i in range(10)]
        rows += [(d, TAGGED, i < 3, d % 2 == 0) for i in range(10)]
    return rows


def test_fit_learns_the_rate_of_each_basis_and_held_out_estimates_are_honest():
    rows = _rows(20)
    model = fit(rows, l2=0.01)
    assert estimate(MARKED, model) == pytest.approx(0.9, abs=0.01)
    assert estimate(TAGGED, model) == pytest.approx(0.3, abs=0.01)
    assert 0.3 < estimate(UNSEEN, model) < 0.9  # unseen rule and origin: weighed by the rest
    held = held_out(rows, folds=5, repeats=2, l2=0.01)
    assert len(held) == 2 * len(rows)
    table_ = bins([p for p, _, _ in held], [ok for _, ok, _ in held])
    assert [b["n"] for b in table_] == [400, 400]  # 0.0-0.4 and 0.8-1.0
    assert all(abs(b["mean"] - b["right"]) < 0.02 for b in table_)


def test_committed_model_ranks_marks_with_a_full_name_above_a_tagger_span_with_a_pronoun():
    t = table()
    assert t["split"] == "dev" and t["quotes"] > 1000 and len(t["weights"]) > 40
    sure = estimate(MARKED, t)
    unsure = estimate(TAGGED, t)
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
