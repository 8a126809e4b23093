"""Evaluate quote extraction on annotated JSONL (PolNeAR-style): ``quotewire eval FILE.jsonl``."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from bench.metrics import ROWS, Scorer

COLUMNS = (
    ("n_gold", "gold", "{:>5.0f}"),
    ("n_pred", "pred", "{:>5.0f}"),
    ("exact_p", "exP", "{:>5.2f}"),
    ("exact_r", "exR", "{:>5.2f}"),
    ("exact_f1", "exF1", "{:>5.2f}"),
    ("overlap_p", "ovP", "{:>5.2f}"),
    ("overlap_r", "ovR", "{:>5.2f}"),
    ("overlap_f1", "ovF1", "{:>5.2f}"),
    ("coverage_p", "cvP", "{:>5.2f}"),
    ("coverage_r", "cvR", "{:>5.2f}"),
    ("coverage_f1", "cvF1", "{:>5.2f}"),
    ("spk_acc", "spk", "{:>5.2f}"),
    ("name_acc", "name", "{:>5.2f}"),
    ("pron_acc", "pron", "{:>5.2f}"),
    ("e2e_f1", "e2eF1", "{:>5.2f}"),
    ("cue_acc", "cue", "{:>5.2f}"),
)


def read_jsonl(path: str | Path, split: str | None = None, limit: int | None = None) -> list[dict]:
    """Annotated documents from ``path``, optionally one split and at most ``limit`` of them."""
    docs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            if split and doc.get("split") != split:
                continue
            docs.append(doc)
            if limit and len(docs) >= limit:
                break
    return docs


def _parsed(texts: list[str], nlp, cache_dir: str | None, key: str) -> Iterator:
    """Parsed Docs for ``texts``, through a DocBin cache in ``cache_dir`` when given."""
    if not cache_dir:
        yield from nlp.pipe(texts, batch_size=8)
        return
    from spacy.tokens import DocBin

    digest = hashlib.sha1(("\x00".join([key, *texts])).encode("utf-8")).hexdigest()[:16]
    path = Path(cache_dir) / f"{digest}.spacy"
    if path.exists():
        yield from DocBin().from_disk(path).get_docs(nlp.vocab)
        return
    docs = list(nlp.pipe(texts, batch_size=8))
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=True)
    for d in docs:
        db.add(d)
    db.to_disk(path)
    yield from docs


def cache_key(nlp) -> str:
    """Identifies a pipeline for the parse cache: model, components and their own models."""
    parts = [str(nlp.meta.get("name")), str(nlp.meta.get("version")), "+".join(nlp.pipe_names)]
    for _, component in nlp.pipeline:
        inner = getattr(component, "_model", None)
        if inner is not None and hasattr(inner, "meta"):
            parts.append(json.dumps(inner.meta, sort_keys=True, default=str))
    return "|".join(parts)


def evaluate(
    docs: list[dict], nlp, cache_dir: str | None = None, model_name: str = ""
) -> tuple[dict, float]:
    """Run the extractor over ``docs`` and return (metrics table, articles per second)."""
    from workers.extraction import analyse

    scorer = Scorer()
    texts = [d["text"] for d in docs]
    start = time.perf_counter()
    for gold, parsed in zip(docs, _parsed(texts, nlp, cache_dir, model_name), strict=True):
        scorer.add(gold["text"], gold.get("quotes", []), analyse(parsed))
    elapsed = time.perf_counter() - start
    return scorer.table(), (len(docs) / elapsed if elapsed > 0 else 0.0)


def format_table(table: dict) -> str:
    """A fixed-width text table of the metrics, one row per kind."""
    lines = ["{:<13}".format("kind") + " ".join(f"{h:>5}" for _, h, _ in COLUMNS)]
    for row in ROWS:
        cells = []
        for key, _, fmt in COLUMNS:
            v = table[row].get(key)
            cells.append("    -" if v is None else fmt.format(v))
        lines.append(f"{row:<13}" + " ".join(cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit status."""
    ap = argparse.ArgumentParser(
        prog="quotewire eval",
        description=__doc__,
        epilog="example:\n  quotewire eval seeds/000_775ba3dc0255bdde.gold.jsonl --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("file", help="annotated JSONL file")
    ap.add_argument("--split", help="only documents of this split (e.g. dev)")
    ap.add_argument("--limit", type=int, help="at most N documents")
    ap.add_argument("--model", help="spaCy model (default: QUOTEWIRE_SPACY_MODEL or built-in)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--cache", metavar="DIR", help="cache parsed documents (DocBin) in DIR")
    args = ap.parse_args(argv)

    from workers.extraction import load_nlp

    docs = read_jsonl(args.file, args.split, args.limit)
    if not docs:
        print("no documents", file=sys.stderr)
        return 1
    nlp = load_nlp(args.model)
    model_name = cache_key(nlp)
    table, rate = evaluate(docs, nlp, args.cache, model_name)
    if args.json:
        print(json.dumps({"documents": len(docs), "articles_per_s": rate, "metrics": table}))
    else:
        print(f"{len(docs)} documents, {rate:.1f} articles/s")
        print(format_table(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
