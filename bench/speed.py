"""Cost of the extraction rules relative to the spaCy parse, measured in one process.

    python -m bench.speed [FILE.jsonl] [--split dev] [--limit N]

Prints the time of ``nlp.pipe`` over the texts, the time of ``analyse`` over the parsed docs,
and their ratio (the rules should cost well under 10 % of the parse).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bench.evaluate import read_jsonl

DEFAULT_FILE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear_trainval.jsonl"


def measure(texts: list[str], nlp, batch_size: int = 8) -> dict:
    """Seconds spent parsing and analysing ``texts``, and the ratio of the two."""
    from workers.extraction import analyse

    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    parse = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        analyse(doc)
    rules = time.perf_counter() - start
    return {
        "documents": len(texts),
        "characters": sum(len(t) for t in texts),
        "parse_s": parse,
        "analyse_s": rules,
        "ratio": rules / parse if parse else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(prog="python -m bench.speed", description=__doc__)
    ap.add_argument("file", nargs="?", default=str(DEFAULT_FILE))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)

    from workers.extraction import load_nlp

    texts = [d["text"] for d in read_jsonl(args.file, args.split, args.limit)]
    if not texts:
        print("no documents", file=sys.stderr)
        return 1
    nlp = load_nlp(args.model)
    r = measure(texts, nlp)
    print(
        f"{r['documents']} documents, {r['characters']} characters: "
        f"parse {r['parse_s']:.2f} s, analyse {r['analyse_s']:.2f} s, "
        f"ratio {100 * r['ratio']:.1f} %"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
