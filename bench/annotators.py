"""Check that the keyed attribute ruler and cached lemmatizer annotate as the model's own.

    python -m bench.annotators FILE.jsonl [--limit N] [--json]

Parses each text with the model up to its parser, then gives one copy to the model's attribute
ruler and lemmatizer and another to those ``workers.extraction.annotators`` makes of them (from
a second load of the model), and counts the tokens
whose tag, part of speech, morphology, lemma or dependency differ. Prints the count (0 when the
two agree, and then exits 0) and the seconds each pair took, as a ratio.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from bench.evaluate import read_jsonl

_COLUMNS = [TAG, POS, MORPH, LEMMA, DEP]


def compare(texts: list[str], model: str) -> dict[str, Any]:
    """Annotate ``texts`` with the attribute ruler and lemmatizer of ``spacy.load(model)`` and
    with those ``add_fast_annotators`` makes of another load of it; count differing tokens."""
    import spacy

    from workers.extraction.annotators import LEMMATIZER, RULER, add_fast_annotators

    nlp = spacy.load(model)
    fast = add_fast_annotators(spacy.load(model, vocab=nlp.vocab))
    theirs = [nlp.get_pipe(RULER), nlp.get_pipe(LEMMATIZER)]
    ours = [fast.get_pipe(RULER), fast.get_pipe(LEMMATIZER)]
    later = nlp.pipe_names[nlp.pipe_names.index(RULER) :]
    tokens = differing = 0
    seconds = {"model": 0.0, "quotewire": 0.0}
    for doc in nlp.pipe(texts, disable=later):
        annotated = []
        for who, pipes in (("model", theirs), ("quotewire", ours)):
            copy = doc.copy()
            start = time.perf_counter()
            for pipe in pipes:
                copy = pipe(copy)
            seconds[who] += time.perf_counter() - start
            annotated.append(copy.to_array(_COLUMNS))
        tokens += len(doc)
        if len(doc):
            differing += int((~numpy.all(annotated[0] == annotated[1], axis=1)).sum())
    return {
        "texts": len(texts),
        "tokens": tokens,
        "differing_tokens": differing,
        "seconds": seconds,
        "ratio": seconds["model"] / max(seconds["quotewire"], 1e-9),
    }


def main(argv: list[str] | None = None) -> int:
    """Compare over a JSONL file's texts; exit 1 when any token differs."""
    from workers.extraction import DEFAULT_MODEL
    from workers.settings import load_settings

    ap = argparse.ArgumentParser(prog="python -m bench.annotators", description=__doc__)
    ap.add_argument("file")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    texts = [d["text"] for d in read_jsonl(args.file, None, args.limit)]
    report = compare(texts, load_settings().spacy_model or DEFAULT_MODEL)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(
            f"{report['texts']} texts, {report['tokens']:,} tokens, "
            f"{report['differing_tokens']} differing; attribute ruler + lemmatizer: model "
            f"{report['seconds']['model']:.2f} s, quotewire {report['seconds']['quotewire']:.2f} s"
            f" ({report['ratio']:.1f}x as fast)"
        )
    return 0 if report["differing_tokens"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
