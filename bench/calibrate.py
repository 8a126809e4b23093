"""Calibrate quote confidence on annotated JSONL: ``python -m bench.calibrate DATA.jsonl``.

Runs the extractor over one split (dev by default), and counts for every feature cell of
``workers.extraction.confidence`` how many quotes there were and how many were right (the quote
matches a gold one and its speaker's name is right, as in ``quotewire eval``'s e2e). Prints,
per confidence bin, the share of quotes that were right, from estimates made without each
document's own counts (k-fold over documents) and from the full table; ``--write`` saves the
table as ``workers/extraction/confidence.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

from bench.evaluate import _parsed, cache_key, read_jsonl
from bench.metrics import right_predictions
from workers.extraction.confidence import LEVELS, TABLE, Basis, cell, estimate
from workers.selection import is_quote

BINS = (0.0, 0.4, 0.6, 0.8, 1.0)
#: Most a bin's mean confidence may differ from the share of its quotes that were right.
TOLERANCE = 0.05

Sample = tuple[int, Basis, bool, bool]  # document, basis, right, shown by default


def samples(docs: list[dict], nlp, cache_dir: str | None) -> list[Sample]:
    """(document number, basis, right, shown by default) for every predicted quote of every
    document whose gold names a speaker."""
    from workers.extraction.result import analyse_with_bases

    out: list[Sample] = []
    texts = [d["text"] for d in docs]
    parsed = _parsed(texts, nlp, cache_dir, cache_key(nlp))
    for n, (gold, doc) in enumerate(zip(docs, parsed, strict=True)):
        result, bases = analyse_with_bases(doc)
        right = right_predictions(gold["text"], gold.get("quotes", []), result)
        if right is None:
            continue
        for q, basis, ok in zip(result["quotes"], bases, right, strict=True):
            out.append((n, basis, ok, is_quote(q)))
    return out


def count(rows: list[Sample]) -> dict[str, list[int]]:
    """{cell: [quotes, right]} over every level of ``LEVELS``."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _, basis, ok, _ in rows:
        for level in LEVELS:
            c = counts[cell(basis, level)]
            c[0] += 1
            c[1] += ok
    return dict(sorted(counts.items()))


def held_out(rows: list[Sample], folds: int, prior_weight: float) -> list[float]:
    """Each sample's confidence from the counts of the other folds' documents."""
    out = [0.0] * len(rows)
    for k in range(folds):
        train = [r for r in rows if r[0] % folds != k]
        counts = count(train)
        for i, r in enumerate(rows):
            if r[0] % folds == k:
                out[i] = estimate(r[1], counts, prior_weight)
    return out


def bins(confidences: list[float], right: list[bool]) -> list[dict]:
    """Per confidence bin: quotes, mean confidence, share right."""
    table = []
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inside = [
            (p, ok)
            for p, ok in zip(confidences, right, strict=True)
            if lo <= p < hi or (hi == 1.0 and p == 1.0)
        ]
        if inside:
            mean = sum(p for p, _ in inside) / len(inside)
            share = sum(ok for _, ok in inside) / len(inside)
            table.append(
                {"bin": f"{lo:.1f}-{hi:.1f}", "n": len(inside), "mean": mean, "right": share}
            )
    return table


def report(title: str, table: list[dict]) -> bool:
    """Print one bin table; True when every bin is honest within ``TOLERANCE``."""
    print(f"\n{title}\n  bin        quotes  confidence  right")
    honest = True
    for b in table:
        ok = abs(b["mean"] - b["right"]) <= TOLERANCE
        honest &= ok
        flag = "" if ok else "  off by more than 0.05"
        print(f"  {b['bin']}  {b['n']:>6}  {b['mean']:>10.2f}  {b['right']:>5.2f}{flag}")
    return honest


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; 0 when every held-out bin is honest (and the table written)."""
    ap = argparse.ArgumentParser(prog="python -m bench.calibrate", description=__doc__)
    ap.add_argument("file", help="annotated JSONL file")
    ap.add_argument("--split", default="dev", help="split to count (default: dev)")
    ap.add_argument("--cache", metavar="DIR", help="cache parsed documents (DocBin) in DIR")
    ap.add_argument("--folds", type=int, default=5, help="folds over documents (default: 5)")
    ap.add_argument("--prior-weight", type=float, default=15.0, help="shrinkage (default: 15)")
    ap.add_argument("--write", action="store_true", help=f"write {TABLE.name}")
    args = ap.parse_args(argv)

    from workers.extraction import load_nlp

    rows = samples(read_jsonl(args.file, args.split), load_nlp(), args.cache)
    right = [r[2] for r in rows]
    shown = [i for i, r in enumerate(rows) if r[3]]
    cv = held_out(rows, args.folds, args.prior_weight)
    counts = count(rows)
    fitted = [estimate(r[1], counts, args.prior_weight) for r in rows]
    print(f"{len(rows)} quotes, {sum(right)} right; {len(counts)} cells")
    honest = report(f"held out ({args.folds} folds), all attributions", bins(cv, right))
    honest &= report(
        "held out, quotes shown by default",
        bins([cv[i] for i in shown], [right[i] for i in shown]),
    )
    report("full table, all attributions", bins(fitted, right))
    report(
        "full table, quotes shown by default",
        bins([fitted[i] for i in shown], [right[i] for i in shown]),
    )
    if args.write:
        data = {"split": args.split, "prior_weight": args.prior_weight, "counts": counts}
        TABLE.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwrote {TABLE}")
    return 0 if honest else 1


if __name__ == "__main__":
    sys.exit(main())
