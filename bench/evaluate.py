"""Evaluate quote extraction on annotated JSONL (PolNeAR-style): ``quotewire eval FILE.jsonl``."""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from bench.metrics import ROWS, Scorer, scored_gold
from workers.extraction import apostrophes, paragraphs
from workers.extraction.acts import Act, act_of, is_topic
from workers.extraction.windows import WINDOW_CHARS, parse_many
from workers.selection import is_quote

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


def doc_span(doc, spans: list | None):
    """The tokens of ``doc`` covering character ``spans`` (first start to last end), or None."""
    if not spans:
        return None
    span = doc.char_span(spans[0][0], spans[-1][1], alignment_mode="expand")
    return span if span is not None and len(span) else None


def _offsets(item: dict | None) -> list[tuple[int, int]]:
    """The character span of a predicted cue or speaker mention, as a one-span list."""
    return [(item["start"], item["end"])] if item else []


def gold_act(doc, quote: dict) -> Act:
    """The act of a gold attribution, from its cue and source spans in the parsed ``doc``."""
    cue, source = doc_span(doc, quote.get("cue_spans")), doc_span(doc, quote.get("speaker_spans"))
    return act_of(cue, source, quote.get("kind") != "indirect")


def gold_topic(doc, quote: dict) -> bool:
    """A gold attribution whose content only names a topic ("defended his policy")."""
    spans = quote.get("quote_spans") or []
    content = doc_span(doc, spans)
    cue = doc_span(doc, quote.get("cue_spans"))
    return (
        len(spans) == 1
        and content is not None
        and is_topic(cue, content, quote["kind"] != "indirect")
    )


def pred_act(doc, quote: dict) -> Act:
    """The act of a predicted quote: its own ``act`` field, else derived like the gold's."""
    if quote.get("act"):
        return Act(quote["act"])
    mention = (quote.get("speaker") or {}).get("mention")
    cue, source = doc_span(doc, _offsets(quote.get("cue"))), doc_span(doc, _offsets(mention))
    return act_of(cue, source, quote.get("kind") != "indirect")


def _parsed(texts: list[str], nlp, cache_dir: str | None, key: str) -> Iterator:
    """Parsed Docs for ``texts`` (long ones in windows, as the service parses them), through a
    DocBin cache in ``cache_dir`` when given."""
    if not cache_dir:
        yield from parse_many(texts, nlp, batch_size=8)
        return
    from spacy.tokens import DocBin

    digest = hashlib.sha1(("\x00".join([key, *texts])).encode("utf-8")).hexdigest()[:16]
    path = Path(cache_dir) / f"{digest}.spacy"
    if path.exists():
        yield from DocBin().from_disk(path).get_docs(nlp.vocab)
        return
    docs = list(parse_many(texts, nlp, batch_size=8))
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=True)
    for d in docs:
        db.add(d)
    db.to_disk(path)
    yield from docs


def cache_key(nlp) -> str:
    """Identifies a pipeline for the parse cache: model, components and their own models, the
    tokenizer's special cases ("Coun." kept whole) and the sentence starts set before the
    parser."""
    parts = [str(nlp.meta.get("name")), str(nlp.meta.get("version")), "+".join(nlp.pipe_names)]
    parts.append(hashlib.sha1("\x00".join(sorted(nlp.tokenizer.rules)).encode()).hexdigest())
    parts.append(f"windows of {WINDOW_CHARS}")
    for module in (paragraphs, apostrophes):  # sentence starts, the features of a name
        parts.append(hashlib.sha1(inspect.getsource(module).encode()).hexdigest())
    for _, component in nlp.pipeline:
        inner = getattr(component, "_model", None)
        if inner is not None and hasattr(inner, "meta"):
            parts.append(json.dumps(inner.meta, sort_keys=True, default=str))
    return "|".join(parts)


class SpeechView:
    """Scores the quotes a reader is shown by default (``selection.is_quote``) against the gold
    attributions that are quotes by the same rules (act speech, content not only a topic, a
    source for an indirect one), and counts the acts of both sides."""

    def __init__(self) -> None:
        self.scorer = Scorer()
        self.acts: dict[str, Counter] = {"gold": Counter(), "pred": Counter()}

    def add(self, doc, gold_quotes: list[dict], result: dict) -> None:
        """Score one parsed document's speech attributions."""
        golds = scored_gold(gold_quotes)
        g_acts = [gold_act(doc, q) for q in golds]
        p_acts = [pred_act(doc, q) for q in result.get("quotes", [])]
        self.acts["gold"].update(g_acts)
        self.acts["pred"].update(p_acts)
        speech = [
            q
            for q, a in zip(golds, g_acts, strict=True)
            if a == Act.SPEECH and not gold_topic(doc, q)
        ]
        preds = result.get("quotes", [])
        said = [q for q, a in zip(preds, p_acts, strict=True) if is_quote({**q, "act": a})]
        self.scorer.add(doc.text, speech, {**result, "quotes": said})

    def counts(self) -> dict[str, dict[str, int]]:
        """Attributions per act, gold and predicted."""
        return {side: {a.value: c[a] for a in Act} for side, c in self.acts.items()}


def evaluate(
    docs: list[dict],
    nlp,
    cache_dir: str | None = None,
    model_name: str = "",
    speech: SpeechView | None = None,
) -> tuple[dict, float]:
    """Run the extractor over ``docs`` and return (metrics table, articles per second); the
    speech view, when given, is scored on the same results."""
    from workers.extraction import analyse

    scorer = Scorer()
    texts = [d["text"] for d in docs]
    start = time.perf_counter()
    for gold, parsed in zip(docs, _parsed(texts, nlp, cache_dir, model_name), strict=True):
        result = analyse(parsed, gold["text"])
        scorer.add(gold["text"], gold.get("quotes", []), result)
        if speech is not None:
            speech.add(parsed, gold.get("quotes", []), result)
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
    ap.add_argument(
        "--speech",
        action="store_true",
        help="also score quotes only: speech whose content is not only a topic",
    )
    args = ap.parse_args(argv)

    from workers.extraction import load_nlp

    docs = read_jsonl(args.file, args.split, args.limit)
    if not docs:
        print("no documents", file=sys.stderr)
        return 1
    nlp = load_nlp(args.model)
    model_name = cache_key(nlp)
    speech = SpeechView() if args.speech else None
    table, rate = evaluate(docs, nlp, args.cache, model_name, speech)
    if args.json:
        out = {"documents": len(docs), "articles_per_s": rate, "metrics": table}
        if speech is not None:
            out["speech"] = {"metrics": speech.scorer.table(), "acts": speech.counts()}
        print(json.dumps(out))
        return 0
    print(f"{len(docs)} documents, {rate:.1f} articles/s")
    print(format_table(table))
    if speech is not None:
        acts = speech.counts()
        print(
            "\nquotes only (act speech, content not only a topic, an indirect one with a source);"
            " attributions per act:"
        )
        for side, counts in acts.items():
            print(f"  {side:<5}" + "  ".join(f"{a} {n}" for a, n in counts.items()))
        print(format_table(speech.scorer.table()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
