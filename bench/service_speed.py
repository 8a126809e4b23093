"""Throughput and latency of the running service under load.

``measure_service(texts, workers)`` starts ``quotewire run`` (embedded Redis in a temporary data
directory, free ports, ``workers`` worker processes), waits until every worker process has its
model, then has 32 concurrent HTTP clients submit every text and poll each job to its end.
"""

from __future__ import annotations

import http.client
import json
import os
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
POLL_INTERVAL_S = 1.0
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
        self._lock = threading.Lock()

    def request(self, kind: str, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        """Send one request (a new connection, as gunicorn's sync workers close each one)."""
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
        return response.status, json.loads(payload) if payload else None

    def run_job(self, text: str) -> dict[str, Any]:
        """Submit ``text`` and poll its job until it is final; return the final job."""
        status, accepted = self.request("post", "POST", "/v1/articles", {"text": text})
        if status != 202:
            raise RuntimeError(f"POST answered {status}: {accepted}")
        return self.wait(accepted)

    def wait(self, accepted: dict[str, Any]) -> dict[str, Any]:
        """Poll the job of an accepted submission until it is final, then read the article."""
        while True:
            _, job = self.request("get_job", "GET", f"/v1/jobs/{accepted['job_id']}")
            if job["status"] in FINAL:
                self.request("get_article", "GET", f"/v1/articles/{accepted['article_id']}")
                return job
            time.sleep(POLL_INTERVAL_S)


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
        client = Client(port)
        started = time.time()
        with ThreadPoolExecutor(clients) as pool:
            jobs = list(pool.map(client.run_job, texts))
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
            kind: _percentiles(samples, last) for kind, samples in client.latencies.items()
        },
        "worker_peak_rss_mb": worker_rss,
        "api_peak_rss_mb": api_rss,
    }
