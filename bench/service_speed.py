"""Throughput and latency of the running service under load.

``measure_service(texts, workers)`` starts ``quotewire run`` (embedded Redis in a temporary data
directory, free ports, ``workers`` worker processes), waits until every worker process has its
model, then has 32 concurrent HTTP clients submit every text and poll each job to its end.

The clients behave as well-mannered API clients do: they start over the first second (a ramp,
as load tools have) and poll a job after its ``Retry-After`` with +-50 % jitter, so that their
requests do not arrive in lockstep. What lockstep costs is measured before that, apart, while
the workers are busy with a few articles: ``burst_get_job`` and ``burst_post`` are rounds of 32
requests sent at the same instant.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import psutil

from bench.memory import peak_rss_mb

CLIENTS = 32
#: seconds over which the clients start
RAMP_S = 1.0
#: a poll waits Retry-After times a factor drawn from this range
POLL_JITTER = (0.5, 1.5)
#: rounds of simultaneous requests, one a second once the workers are busy
BURST_ROUNDS = 3
#: characters of each of the articles that keep every worker busy during the bursts (seconds)
FILLER_CHARS = 30_000
FINAL = ("succeeded", "failed")


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    """A tiny JSON-over-HTTP client that records the latency of every request."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.latencies: dict[str, list[tuple[float, float]]] = {}
        self.retry_after: dict[str, float] = {}
        self._lock = threading.Lock()
        self._random = random.Random(0)

    def request(self, kind: str, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        """Send one request (a new connection, as gunicorn's sync workers close each one).

        A ``Retry-After`` in the answer is kept in ``retry_after`` under the path.
        """
        data = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if data is not None else {}
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        started = time.time()
        try:
            conn.request(method, path, body=data, headers=headers)
            response = conn.getresponse()
            payload = response.read()
        finally:
            conn.close()
        with self._lock:
            self.latencies.setdefault(kind, []).append((started, time.time() - started))
            if (retry := response.getheader("Retry-After")) is not None:
                self.retry_after[path] = float(retry)
        return response.status, json.loads(payload) if payload else None

    def run_job(self, text: str, delay: float = 0.0) -> dict[str, Any]:
        """After ``delay`` s, submit ``text`` and poll its job until it is final; return it."""
        time.sleep(delay)
        status, accepted = self.request("post", "POST", "/v1/articles", {"text": text})
        if status != 202:
            raise RuntimeError(f"POST answered {status}: {accepted}")
        return self.wait(accepted)

    def wait(self, accepted: dict[str, Any]) -> dict[str, Any]:
        """Poll the job of an accepted submission until it is final, then read the article."""
        path = f"/v1/jobs/{accepted['job_id']}"
        while True:
            _, job = self.request("get_job", "GET", path)
            if job["status"] in FINAL:
                self.request("get_article", "GET", f"/v1/articles/{accepted['article_id']}")
                return job
            with self._lock:
                factor = self._random.uniform(*POLL_JITTER)
            time.sleep(self.retry_after.get(path, 1.0) * factor)


@contextmanager
def running_stack(workers: int) -> Iterator[tuple[int, psutil.Process]]:
    """``quotewire run`` with ``workers`` worker processes; yields its port and its process."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="quotewire-bench-") as data_dir:
        env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
        env.update(
            QUOTEWIRE_PORT=str(port),
            QUOTEWIRE_REDIS_PORT=str(free_port()),
            QUOTEWIRE_DATA_DIR=data_dir,
            QUOTEWIRE_WORKERS=str(workers),
        )
        command = [sys.executable, "-m", "workers.cli", "run"]
        stack = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            _wait_ready(port, stack)
            yield port, psutil.Process(stack.pid)
        finally:
            stack.send_signal(signal.SIGTERM)
            try:
                stack.wait(120)
            except subprocess.TimeoutExpired:
                stack.kill()
                stack.wait()


def _wait_ready(port: int, stack: subprocess.Popen, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    client = Client(port)
    while time.monotonic() < deadline:
        if stack.poll() is not None:
            raise RuntimeError(f"quotewire run exited with {stack.returncode}")
        try:
            if client.request("ready", "GET", "/readyz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"the stack did not become ready on port {port}")


def _peak_rss_mb(stack: psutil.Process, command_part: str) -> float:
    """The largest peak RSS of the stack's leaf processes running ``command_part``."""
    peaks = [0.0]
    for child in stack.children(recursive=True):
        try:
            if command_part in " ".join(child.cmdline()) and not child.children():
                peaks.append(peak_rss_mb(child.pid))
        except (psutil.Error, OSError):
            continue
    return max(peaks)


def _percentiles(samples: list[tuple[float, float]], until: float) -> dict[str, float]:
    """p50 and p99 in ms of the requests started before ``until`` (while the workers were busy)."""
    busy = sorted(latency for started, latency in samples if started < until)
    if not busy:
        return {"n": 0, "p50_ms": 0.0, "p99_ms": 0.0}
    if len(busy) == 1:
        return {"n": 1, "p50_ms": busy[0] * 1000, "p99_ms": busy[0] * 1000}
    cuts = statistics.quantiles(busy, n=100, method="inclusive")
    return {"n": len(busy), "p50_ms": cuts[49] * 1000, "p99_ms": cuts[98] * 1000}


def _finished_at(job: dict[str, Any]) -> float:
    return datetime.fromisoformat(job["finished_at"].replace("Z", "+00:00")).timestamp()


def _simultaneous(client: Client, requests: list[tuple[str, str, str, Any]]) -> None:
    """Send every request of ``requests`` at the same instant, one thread each."""
    barrier = threading.Barrier(len(requests))

    def send(request: tuple[str, str, str, Any]) -> None:
        barrier.wait()
        client.request(*request)

    with ThreadPoolExecutor(len(requests)) as pool:
        list(pool.map(send, requests))


def _bursts(client: Client, texts: list[str], workers: int, clients: int) -> list[float]:
    """Rounds of ``clients`` simultaneous requests while ``workers`` are busy with ``texts``.

    Every round first queues one more long article per worker, so that the workers are still
    busy when the round ends however fast they are, then sends GETs of that busy job; the
    middle round also sends POSTs of short new articles. Returns, once the busy jobs have
    ended, the times at which they ended.
    """
    joined = "\n\n".join(texts)
    long_text = (joined * (FILLER_CHARS // len(joined) + 1))[:FILLER_CHARS]

    def fill(n: int, first: int) -> list[dict[str, Any]]:
        return [
            client.request(
                "filler", "POST", "/v1/articles", {"text": f"{long_text}\n\n(Filler {i}.)"}
            )[1]
            for i in range(first, first + n)
        ]

    accepted = fill(2 * workers, 0)
    for round_ in range(BURST_ROUNDS):
        time.sleep(1.0)
        accepted += fill(workers, len(accepted))
        job_path = f"/v1/jobs/{accepted[-1]['job_id']}"
        _simultaneous(client, [("burst_get_job", "GET", job_path, None)] * clients)
        if round_ == BURST_ROUNDS // 2:
            posts = [
                ("burst_post", "POST", "/v1/articles", {"text": f"Burst {i}: the mayor said so."})
                for i in range(clients)
            ]
            _simultaneous(client, posts)
    jobs = [client.wait(a) for a in accepted]
    return [_finished_at(job) for job in jobs]


def measure_service(texts: list[str], workers: int, clients: int = CLIENTS) -> dict[str, Any]:
    """Articles/s of the whole service and request latencies while its workers are busy."""
    with running_stack(workers) as (port, stack):
        warm = Client(port)
        with ThreadPoolExecutor(workers) as pool:
            list(
                pool.map(
                    warm.run_job, [f"Warm-up {i}: the minister said so." for i in range(workers)]
                )
            )
        bursting = Client(port)
        busy_until = max(_bursts(bursting, texts, workers, clients))
        client = Client(port)
        delays = [i * RAMP_S / clients if i < clients else 0.0 for i in range(len(texts))]
        started = time.time()
        with ThreadPoolExecutor(clients) as pool:
            jobs = list(pool.map(client.run_job, texts, delays))
        last = max(_finished_at(job) for job in jobs)
        worker_rss = _peak_rss_mb(stack, "celery")
        api_rss = _peak_rss_mb(stack, "gunicorn")
    return {
        "workers": workers,
        "articles": len(texts),
        "succeeded": sum(job["status"] == "succeeded" for job in jobs),
        "seconds": last - started,
        "articles_per_s": len(texts) / (last - started),
        "latency": {
            **{kind: _percentiles(samples, last) for kind, samples in client.latencies.items()},
            **{
                kind: _percentiles(bursting.latencies[kind], busy_until)
                for kind in ("burst_get_job", "burst_post")
            },
        },
        "worker_peak_rss_mb": worker_rss,
        "api_peak_rss_mb": api_rss,
    }
