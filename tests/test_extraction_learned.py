"""Combining the learned tagger's spans with the rules (tagger output simulated)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from workers.extraction import analyse, load_nlp
from workers.extraction.learned import SPANS_KEY


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


def test_loading_the_pipeline_reads_the_first_names_before_the_first_article():
    from workers.extraction import lexicon

    lexicon._name_genders.cache_clear()
    load_nlp()
    assert lexicon._name_genders.cache_info().currsize == 1
