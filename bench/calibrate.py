"""Calibrate quote confidence on annotated JSONL: ``python -m bench.calibrate DATA.jsonl``.

Runs the extractor over one split (dev by default) and fits the logistic model of
``workers.extraction.confidence`` to whether each quote was right (the quote matches a gold one
and its speaker's name is right, as in ``quotewire eval``'s e2e). Prints, per confidence bin,
the share of quotes that were right, from models fitted without each document (k-fold over
documents, repeated over shuffles and pooled) and from the model fitted on all of them;
``--write`` saves that model as ``workers/extraction/confidence.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from bench.evaluate import _parsed, cache_key, read_jsonl
from bench.metrics import right_predictions
from workers.extraction.confidence import TABLE, Basis, estimate, features
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


def fit(rows: list[Sample], l2: float) -> dict:
    """The logistic model of rightness over the rows' features, with an L2 penalty of ``l2``
    on the weights (not the intercept): {"intercept": b, "weights": {feature: w}}."""
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(features(basis), 1) for _, basis, _, _ in rows])
    y = [ok for _, _, ok, _ in rows]
    lr = LogisticRegression(C=1.0 / l2, max_iter=1000).fit(x, y)
    weights = dict(zip(vec.get_feature_names_out(), lr.coef_[0], strict=True))
    return {
        "intercept": round(float(lr.intercept_[0]), 6),
        "weights": {f: round(float(w), 6) for f, w in sorted(weights.items())},
    }


def held_out(rows: list[Sample], folds: int, repeats: int, l2: float) -> list[tuple]:
    """(confidence, right, shown) for every row in each of ``repeats`` shuffles of the
    documents into ``folds`` folds, the confidence from a model fitted on the other folds."""
    docs = sorted({r[0] for r in rows})
    out = []
    for repeat in range(repeats):
        order = docs[:]
        random.Random(repeat).shuffle(order)
        fold = {d: i % folds for i, d in enumerate(order)}
        for k in range(folds):
            model = fit([r for r in rows if fold[r[0]] != k], l2)
            out += [(estimate(r[1], model), r[2], r[3]) for r in rows if fold[r[0]] == k]
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


def tables(title: str, scored: list[tuple]) -> bool:
    """Print the bin tables of (confidence, right, shown) for all attributions and for the
    quotes shown by default; True when every bin of both is honest."""
    shown = [(p, ok) for p, ok, is_shown in scored if is_shown]
    honest = report(
        f"{title}, all attributions", bins([p for p, _, _ in scored], [s[1] for s in scored])
    )
    honest &= report(
        f"{title}, quotes shown by default", bins([p for p, _ in shown], [ok for _, ok in shown])
    )
    return honest


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; 0 when every held-out bin is honest (and the model written)."""
    ap = argparse.ArgumentParser(prog="python -m bench.calibrate", description=__doc__)
    ap.add_argument("file", help="annotated JSONL file")
    ap.add_argument("--split", default="dev", help="split to count (default: dev)")
    ap.add_argument("--cache", metavar="DIR", help="cache parsed documents (DocBin) in DIR")
    ap.add_argument("--folds", type=int, default=5, help="folds over documents (default: 5)")
    ap.add_argument("--repeats", type=int, default=10, help="shuffles into folds (default: 10)")
    ap.add_argument("--l2", type=float, default=10.0, help="L2 penalty (default: 10)")
    ap.add_argument("--write", action="store_true", help=f"write {TABLE.name}")
    args = ap.parse_args(argv)

    from workers.extraction import load_nlp

    rows = samples(read_jsonl(args.file, args.split), load_nlp(), args.cache)
    model = fit(rows, args.l2)
    print(f"{len(rows)} quotes, {sum(r[2] for r in rows)} right; {len(model['weights'])} features")
    held = held_out(rows, args.folds, args.repeats, args.l2)
    honest = tables(f"held out ({args.repeats} x {args.folds} folds, pooled)", held)
    tables("in sample", [(estimate(r[1], model), r[2], r[3]) for r in rows])
    if args.write:
        data = {"split": args.split, "l2": args.l2, "quotes": len(rows), **model}
        TABLE.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
        print(f"\nwrote {TABLE}")
    return 0 if honest else 1


if __name__ == "__main__":
    sys.exit(main())
