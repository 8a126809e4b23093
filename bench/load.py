"""Load on a running service: many real articles from concurrent clients, every job to its end.

    python -m bench.load FILE.jsonl --url http://127.0.0.1:8000 [--submissions 5000]
        [--clients 32] [--fault worker-kill|redis-restart]

Texts are windows of 1 to 3 consecutive paragraphs of the file's articles, each between
``--min-chars`` and ``--max-chars`` characters, all distinct (so every submission is a job of
its own). The clients POST them (retrying ``503``/``429`` after ``Retry-After`` and
connection errors), then poll every accepted job until it succeeds or fails. A job that is
not found any more, or has not ended ``--timeout`` seconds after the last submission, is
lost. ``--fault`` SIGKILLs a worker pool process or the embedded Redis of the ``quotewire
run`` stack behind ``--url`` once half the submissions were accepted. Exits 1 if any job
was lost.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import count
from urllib.parse import urlsplit

import httpx
from prometheus_client.parser import text_string_to_metric_families

from bench.evaluate import read_jsonl
from bench.stack_faults import FAULTS, inject
from workers.celery_app import ANALYSIS_QUEUE

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
FINAL = ("succeeded", "failed")


def article_windows(
    texts: list[str],
    min_chars: int = 300,
    max_chars: int = 1500,
    widths: tuple[int, ...] = (1, 2, 3),
) -> list[str]:
    """Distinct windows of ``widths`` consecutive paragraphs within the length bounds.

    Articles take turns (the first window of every article, then the second …), so any
    prefix of the list spreads over all the articles.
    """
    per_article = []
    for text in texts:
        paragraphs = [p.strip() for p in PARAGRAPH_BREAK.split(text) if p.strip()]
        windows = (
            "\n\n".join(paragraphs[start : start + width])
            for start in range(len(paragraphs))
            for width in widths
            if start + width <= len(paragraphs)
        )
        per_article.append([w for w in windows if min_chars <= len(w) <= max_chars])
    seen: set[str] = set()
    ordered = []
    for turn in range(max((len(w) for w in per_article), default=0)):
        for windows in per_article:
            if turn < len(windows) and windows[turn] not in seen:
                seen.add(windows[turn])
                ordered.append(windows[turn])
    return ordered


def percentiles(seconds: list[float]) -> tuple[float, float]:
    """p50 and p99 of ``seconds`` in milliseconds (0 with fewer than two samples)."""
    if len(seconds) < 2:
        return (seconds[0] * 1000, seconds[0] * 1000) if seconds else (0.0, 0.0)
    cuts = statistics.quantiles(seconds, n=100, method="inclusive")
    return cuts[49] * 1000, cuts[98] * 1000


@dataclass
class Tally:
    """What the clients saw, added to under one lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    submitted: int = 0
    accepted: int = 0
    job_ids: list[str] = field(default_factory=list)
    rejected: Counter = field(default_factory=Counter)
    retries: Counter = field(default_factory=Counter)
    gave_up: int = 0
    post_seconds: list[float] = field(default_factory=list)
    get_seconds: list[float] = field(default_factory=list)
    ended: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)
    vanished: list[str] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)
    worst_depth: int = 0
    fault: str = ""


def _retry_after(response: httpx.Response) -> float:
    try:
        return max(0.1, float(response.headers.get("Retry-After", "1")))
    except ValueError:
        return 1.0


def submit_all(
    url: str, texts: list[str], clients: int, tally: Tally, give_up_after: float, fault: str | None
) -> None:
    """POST every text from ``clients`` threads; inject ``fault`` at half of them accepted."""
    cursor = count()
    fault_at = len(texts) // 2
    fault_fired = threading.Event()

    def client() -> None:
        with httpx.Client(base_url=url, timeout=30) as http:
            while (index := next(cursor)) < len(texts):
                job_id = _submit(http, texts[index], tally, give_up_after)
                with tally.lock:
                    tally.submitted += 1
                    if job_id:
                        tally.accepted += 1
                        tally.job_ids.append(job_id)
                    fire = fault and tally.accepted >= fault_at and not fault_fired.is_set()
                    if fire:
                        fault_fired.set()
                if fire:
                    threading.Thread(target=_inject, args=(fault, url, tally)).start()

    _run_threads(client, clients)


def _inject(fault: str, url: str, tally: Tally) -> None:
    try:
        tally.fault = f"{inject(fault, urlsplit(url).port or 80)} at {tally.accepted} accepted"
    except Exception as exc:  # noqa: BLE001 - the run goes on, and says the fault failed
        tally.fault = f"{fault} NOT injected: {exc}"


def _submit(http: httpx.Client, text: str, tally: Tally, give_up_after: float) -> str | None:
    """The job id of one accepted submission, retried while the service asks to wait."""
    deadline = time.monotonic() + give_up_after
    while time.monotonic() < deadline:
        start = time.perf_counter()
        try:
            response = http.post("/v1/articles", json={"text": text})
        except httpx.TransportError as exc:
            with tally.lock:
                tally.retries[type(exc).__name__] += 1
            time.sleep(1)
            continue
        with tally.lock:
            tally.post_seconds.append(time.perf_counter() - start)
        if response.status_code == 202:
            return response.json()["job_id"]
        if response.status_code in (429, 503):
            with tally.lock:
                tally.retries[str(response.status_code)] += 1
            time.sleep(_retry_after(response))
            continue
        with tally.lock:
            tally.rejected[str(response.status_code)] += 1
        return None
    with tally.lock:
        tally.gave_up += 1
    return None


def poll_all(url: str, clients: int, tally: Tally, deadline: float) -> None:
    """Poll every accepted job, in the order of acceptance, until it ends or ``deadline``."""
    cursor = count()

    def client() -> None:
        with httpx.Client(base_url=url, timeout=30) as http:
            while (index := next(cursor)) < len(tally.job_ids):
                _poll(http, tally.job_ids[index], tally, deadline)

    _run_threads(client, clients)


def _poll(http: httpx.Client, job_id: str, tally: Tally, deadline: float) -> None:
    while time.monotonic() < deadline:
        start = time.perf_counter()
        try:
            response = http.get(f"/v1/jobs/{job_id}")
        except httpx.TransportError as exc:
            with tally.lock:
                tally.retries[f"GET {type(exc).__name__}"] += 1
            time.sleep(1)
            continue
        with tally.lock:
            tally.get_seconds.append(time.perf_counter() - start)
        if response.status_code == 404:
            with tally.lock:
                tally.vanished.append(job_id)
            return
        if response.status_code == 200:
            job = response.json()
            if job["status"] in FINAL:
                with tally.lock:
                    tally.ended[job["status"]] += 1
                    if job["status"] == "failed":
                        tally.failures[(job.get("error") or {}).get("type", "?")] += 1
                return
        elif response.status_code not in (429, 503):
            with tally.lock:
                tally.retries[f"GET {response.status_code}"] += 1
        time.sleep(_retry_after(response))
    with tally.lock:
        tally.unfinished.append(job_id)


def sample_queue(url: str, tally: Tally, stop: threading.Event, every: float = 1.0) -> None:
    """Keep the deepest analysis queue seen on ``/metrics`` until ``stop`` is set."""
    with httpx.Client(base_url=url, timeout=10) as http:
        while not stop.wait(every):
            try:
                families = text_string_to_metric_families(http.get("/metrics").text)
                depths = [
                    sample.value
                    for family in families
                    if family.name == "quotewire_queue_depth"
                    for sample in family.samples
                    if sample.labels.get("queue") == ANALYSIS_QUEUE
                ]
            except (httpx.HTTPError, ValueError):
                continue  # a scrape during an outage: the next one will tell
            if depths:
                tally.worst_depth = max(tally.worst_depth, int(depths[0]))


def _run_threads(target, n: int) -> None:
    threads = [threading.Thread(target=target, daemon=True) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def run(args: argparse.Namespace) -> tuple[Tally, dict[str, float]]:
    """Submit, then poll, while sampling the queue; the tally and the phases' seconds."""
    docs = read_jsonl(args.file)
    windows = article_windows([d["text"] for d in docs], args.min_chars, args.max_chars)
    if len(windows) < args.submissions:
        raise SystemExit(f"only {len(windows)} distinct windows in {args.file}")
    url = args.url.rstrip("/")
    tally, stop = Tally(), threading.Event()
    sampler = threading.Thread(target=sample_queue, args=(url, tally, stop), daemon=True)
    sampler.start()
    start = time.monotonic()
    submit_all(url, windows[: args.submissions], args.clients, tally, args.give_up, args.fault)
    submitted = time.monotonic()
    poll_all(url, args.clients, tally, submitted + args.timeout)
    stop.set()
    sampler.join()
    phases = {
        "submit": submitted - start,
        "drain": time.monotonic() - submitted,
        "articles": len(docs),
    }
    return tally, phases


def report(
    tally: Tally, phases: dict[str, float], args: argparse.Namespace, load_before: tuple[float, ...]
) -> str:
    """The run as a table of lines."""
    post, get = percentiles(tally.post_seconds), percentiles(tally.get_seconds)
    lost = len(tally.vanished) + len(tally.unfinished)
    load_after = os.getloadavg()
    rows = [
        f"texts: 1-3 consecutive paragraphs, {args.min_chars}-{args.max_chars} characters, "
        f"of {phases['articles']:.0f} articles",
        f"clients: {args.clients}; fault: {tally.fault or 'none'}",
        f"submitted      {tally.submitted}",
        f"accepted       {tally.accepted} ({len(set(tally.job_ids))} distinct jobs)",
        f"rejected       {sum(tally.rejected.values())} {dict(tally.rejected) or ''}",
        f"gave up        {tally.gave_up}",
        f"retries        {sum(tally.retries.values())} {dict(tally.retries) or ''}",
        f"succeeded      {tally.ended['succeeded']}",
        f"failed         {tally.ended['failed']} {dict(tally.failures) or ''}",
        f"lost           {lost} (vanished {len(tally.vanished)}, "
        f"unfinished after {args.timeout:.0f} s {len(tally.unfinished)})",
        f"POST p50/p99   {post[0]:.0f} / {post[1]:.0f} ms ({len(tally.post_seconds)} answers)",
        f"GET  p50/p99   {get[0]:.0f} / {get[1]:.0f} ms ({len(tally.get_seconds)} answers)",
        f"worst queue    {tally.worst_depth} jobs waiting",
        f"time           submit {phases['submit']:.0f} s, then drain {phases['drain']:.0f} s",
        "load average   before {:.2f} {:.2f} {:.2f}, after {:.2f} {:.2f} {:.2f} "
        "(1/5/15 min, {} cores)".format(*load_before, *load_after, os.cpu_count()),
    ]
    lost_ids = [*tally.vanished, *tally.unfinished][:10]
    if lost_ids:
        rows.append(f"lost jobs      {' '.join(lost_ids)}")
    return "\n".join(row.rstrip() for row in rows)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(
        prog="python -m bench.load",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("file", help="JSONL file of articles (a `text` per line)")
    ap.add_argument("--url", default="http://127.0.0.1:8000", help="the running service")
    ap.add_argument("--submissions", type=int, default=5000)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--min-chars", type=int, default=300)
    ap.add_argument("--max-chars", type=int, default=1500)
    ap.add_argument("--fault", choices=FAULTS, default=None)
    ap.add_argument(
        "--timeout",
        type=float,
        default=1800,
        help="seconds after the last submission for every job to end",
    )
    ap.add_argument(
        "--give-up",
        type=float,
        default=300,
        help="seconds one submission is retried before it is given up",
    )
    args = ap.parse_args(argv)
    load_before = os.getloadavg()
    tally, phases = run(args)
    print(report(tally, phases, args, load_before))
    return 1 if tally.vanished or tally.unfinished else 0


if __name__ == "__main__":
    raise SystemExit(main())
