"""Combining the learned tagger's spans with the rules (tagger output simulated)."""

from __future__ import annotations

import random
from typing import NamedTuple

import pytest
from spacy.tokens import Span

from workers.extraction import analyse, load_nlp
from workers.extraction.attributions import Attribution
from workers.extraction.learned import SPANS_KEY, _ByPosition
from workers.extraction.result import _add_free


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _tag(doc, spans):
    out = []
    for phrase, label in spans:
        start = doc.text.index(phrase)
        out.append(doc.char_span(start, start + len(phrase), label=label))
    doc.spans[SPANS_KEY] = [s for s in out if isinstance(s, Span)]
    return doc


def test_tagger_content_becomes_indirect_quote(nlp):
    text = "Laura Kim is upset about the new tax plan for farmers."
    doc = _tag(
        nlp(text),
        [
            ("Laura Kim", "SOURCE"),
            ("is upset about", "CUE"),
            ("the new tax plan for farmers", "CONTENT"),
        ],
    )
    quotes = analyse(doc)["quotes"]
    assert len(quotes) == 1
    q = quotes[0]
    assert q["kind"] == "indirect"
    assert q["text"] == "the new tax plan for farmers"
    assert q["speaker"]["name"] == "Laura Kim"
    assert q["cue"]["text"] == "is upset about"


def test_rule_quote_wins_over_overlapping_tagger_content(nlp):
    text = "“We will cut the taxes for all farmers next year,” Laura Kim said."
    doc = _tag(
        nlp(text),
        [("We will cut the taxes", "CONTENT"), ("Laura Kim", "SOURCE"), ("said", "CUE")],
    )
    quotes = analyse(doc)["quotes"]
    assert len(quotes) == 1
    assert quotes[0]["kind"] == "direct"
    assert quotes[0]["text"] == "We will cut the taxes for all farmers next year,"


def test_without_tagger_spans_rules_alone(nlp):
    doc = nlp("Laura Kim is upset about the new tax plan for farmers.")
    if SPANS_KEY in doc.spans:
        del doc.spans[SPANS_KEY]
    assert analyse(doc)["quotes"] == []


def test_parse_subject_of_the_cue_wins_over_tagger_source(nlp):
    text = "After a talk with Tom Baker, Laura Kim is upset about the new tax plan for farmers."
    doc = _tag(
        nlp(text),
        [
            ("Tom Baker", "SOURCE"),
            ("is upset about", "CUE"),
            ("the new tax plan for farmers", "CONTENT"),
        ],
    )
    quotes = analyse(doc)["quotes"]
    assert len(quotes) == 1
    assert quotes[0]["speaker"]["name"] == "Laura Kim"


def test_tagger_source_when_the_parse_gives_no_subject(nlp):
    text = "Per Laura Kim, the new tax plan hurts farmers."
    doc = _tag(
        nlp(text),
        [("Laura Kim", "SOURCE"), ("Per", "CUE"), ("the new tax plan hurts farmers", "CONTENT")],
    )
    quotes = analyse(doc)["quotes"]
    assert len(quotes) == 1
    assert quotes[0]["speaker"]["name"] == "Laura Kim"


class _Piece(NamedTuple):
    start: int
    end: int


def _scan_nearest(spans, start, end, lo, hi):
    """The nearest span by a scan of every span (the definition ``_ByPosition`` must match)."""
    best, best_key = None, None
    for o in spans:
        inside = start <= o.start and o.end <= end
        gap = 0 if inside else min(abs(o.start - end), abs(start - o.end))
        key = (0 if lo <= o.start and o.end <= hi else 1, gap)
        if best_key is None or key < best_key:
            best, best_key = o, key
    return best


def test_nearest_by_position_matches_a_scan_of_every_span():
    rng = random.Random(7)
    for _ in range(500):
        spans, i = [], 0
        for _ in range(rng.randrange(0, 12)):
            i += rng.randrange(0, 6)
            width = rng.randrange(1, 4)
            spans.append(_Piece(i, i + width))
            i += width
        start = rng.randrange(0, 60)
        end = start + rng.randrange(1, 15)
        lo = max(0, start - rng.randrange(0, 20))
        hi = max(end, end + rng.randrange(-5, 20))
        assert _ByPosition(spans).nearest(start, end, lo, hi) == _scan_nearest(
            spans, start, end, lo, hi
        ), (spans, start, end, lo, hi)


def test_add_free_keeps_only_attributions_that_share_no_character():
    rng = random.Random(11)

    def attribution(s, e):
        return Attribution(spans=[(s, e)], kind="indirect", cue=[], speaker=None, anchor=0)

    for _ in range(300):
        taken = [(s, s + rng.randrange(1, 8)) for s in rng.sample(range(80), 3)]
        new = [attribution(s, s + rng.randrange(1, 8)) for s in rng.sample(range(80), 6)]
        expected_taken = list(taken)
        expected = []
        for q in new:
            s, e = q.spans[0]
            if not any(min(e, e2) > max(s, s2) for s2, e2 in expected_taken):
                expected.append(q)
                expected_taken.append((s, e))
        found: list = []
        _add_free(found, taken, new)
        assert found == expected
        assert taken == expected_taken
