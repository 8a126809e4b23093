"""The act of an attribution from its cue and source, on parsed sentences."""

from __future__ import annotations

import csv

import pytest
import spacy

from workers.extraction import DEFAULT_MODEL
from workers.extraction.acts import LEXICON, Act, act_of, cue_key, lexicon


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
        # a speech act whose content is a topic ("his policy"), not words: still speech
        ("The minister defended his policy on Monday.", "defended", "The minister", Act.SPEECH),
    ],
)
def test_act_from_cue_and_source(nlp, sentence, cue, source, expected):
    assert act(nlp, sentence, cue, source) == expected


def test_quotation_without_cue_is_speech():
    assert act_of(None, None) == Act.SPEECH


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
