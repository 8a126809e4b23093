"""Recount the cue-act lexicon from annotated JSONL: ``python -m bench.cue_lexicon DATA.jsonl``.

Every gold cue of the ``train`` split is reduced to its key (``acts.cue_key``) and counted; the
acts and notes already in ``workers/extraction/cue_acts.tsv`` are kept, keys new to the file are
written with an empty act and listed (with example sentences) for someone to label by reading.
Only this script reads the corpus; the service reads the committed file.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from bench.evaluate import doc_span, read_jsonl
from workers.extraction import DEFAULT_MODEL
from workers.extraction.acts import LEXICON, cue_key

FIELDS = ("key", "act", "count", "note")


def count_keys(docs: list[dict], nlp, examples: int = 3) -> tuple[Counter, dict[str, list[str]]]:
    """Count of every cue key in ``docs`` and up to ``examples`` sentences for each."""
    counts: Counter = Counter()
    seen: dict[str, list[str]] = defaultdict(list)
    texts = [d["text"] for d in docs]
    for gold, doc in zip(docs, nlp.pipe(texts, batch_size=8), strict=True):
        for q in gold.get("quotes", []):
            cue = doc_span(doc, q.get("cue_spans"))
            if cue is None:
                continue
            key = cue_key(cue)
            counts[key] += 1
            if len(seen[key]) < examples:
                seen[key].append(f"[{cue.text}] {cue.sent.text.strip()}")
    return counts, seen


def read_labels(path: Path) -> dict[str, dict[str, str]]:
    """Rows of an existing lexicon file by key (empty when there is none)."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["key"]: row for row in csv.DictReader(fh, delimiter="\t")}


def write_lexicon(path: Path, counts: Counter, labels: dict[str, dict[str, str]]) -> list[str]:
    """Write the lexicon, most frequent first; returns the keys that have no act yet."""
    rows = []
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        old = labels.get(key, {})
        rows.append(
            {"key": key, "act": old.get("act", ""), "count": n, "note": old.get("note", "")}
        )
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return [r["key"] for r in rows if not r["act"]]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns 1 when some key still needs an act."""
    ap = argparse.ArgumentParser(prog="python -m bench.cue_lexicon", description=__doc__)
    ap.add_argument("file", help="annotated JSONL (PolNeAR-style); only its train split is read")
    ap.add_argument("--out", type=Path, default=LEXICON, help="lexicon file (default: %(default)s)")
    args = ap.parse_args(argv)

    import spacy

    nlp = spacy.load(DEFAULT_MODEL, disable=["ner"])
    counts, seen = count_keys(read_jsonl(args.file, "train"), nlp)
    missing = write_lexicon(args.out, counts, read_labels(args.out))
    print(f"{len(counts)} keys, {sum(counts.values())} cues, {len(missing)} without an act")
    for key in missing:
        print(f"{key}\t{counts[key]}\t" + " | ".join(seen[key]))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
