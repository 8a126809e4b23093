"""The embedded Redis is kept alive: restarted with its data after a crash, given up on loudly."""

from __future__ import annotations

import json
import os
import signal
import socket
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import psutil
from redis import Redis
from redis.backoff import NoBackoff
from redis.exceptions import RedisError
from redis.retry import Retry

from tests.conftest import free_port
from tests.stack import get_json, start_stack, stop_stack, wait_for
from workers.embedded_redis import RedisKeeper


def kill_redis(port: int) -> int:
    """SIGKILL the redis-server answering on ``port``; return its pid."""
    with Redis(port=port) as client:
        pid = int(client.info("server")["process_id"])
    os.kill(pid, signal.SIGKILL)
    return pid


@contextmanager
def port_taken(port: int) -> Iterator[None]:
    """Listen on ``port`` (as soon as it is free) so that no redis-server can bind it."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    wait_for(lambda: sock.bind(("127.0.0.1", port)) or True, 10, f"port {port} to free")
    sock.listen()
    try:
        yield
    finally:
        sock.close()


def server_pid(port: int) -> int | None:
    """The pid of the redis-server on ``port``, or ``None`` while none answers."""
    try:
        with Redis(port=port, socket_connect_timeout=1, retry=Retry(NoBackoff(), 0)) as client:
            return int(client.info("server")["process_id"])
    except RedisError:
        return None


def test_a_killed_redis_comes_back_on_its_port_with_every_accepted_write(tmp_path, capsys):
    port = free_port()
    keeper = RedisKeeper(port, tmp_path, backoff=0.05)
    keeper.start()
    try:
        with Redis(port=port) as client:
            client.hset("quotewire:job:j1", mapping={"status": "queued"})
            client.lpush("quotewire", "message-1")
        old_pid = kill_redis(port)
        wait_for(
            lambda: keeper.check() and server_pid(port) not in (None, old_pid),
            20,
            "the restarted Redis",
        )
        with Redis(port=port) as client:
            assert client.hgetall("quotewire:job:j1") == {b"status": b"queued"}
            assert client.lrange("quotewire", 0, -1) == [b"message-1"]
    finally:
        keeper.stop()
    out = capsys.readouterr().out
    assert "embedded Redis exited" in out
    assert f"embedded Redis restarted on port {port}" in out


def test_it_gives_up_after_repeated_failures_in_a_row(tmp_path, capsys):
    port = free_port()
    keeper = RedisKeeper(port, tmp_path, max_failures=3, backoff=0.05)
    keeper.start()
    try:
        kill_redis(port)
        with port_taken(port):
            wait_for(lambda: not keeper.check(), 20, "the keeper to give up")
            assert keeper.check() is False
        assert keeper.failures == 3
    finally:
        keeper.stop()
    out = capsys.readouterr().out
    assert "failure 1 of 3" in out and "failure 3 of 3" in out
    assert "restarted" not in out


def test_a_restart_that_stays_up_clears_the_failure_count(tmp_path):
    port = free_port()
    keeper = RedisKeeper(port, tmp_path, max_failures=2, backoff=0.05, settle=0.5)
    keeper.start()
    try:
        for _ in range(3):
            old_pid = kill_redis(port)
            wait_for(
                lambda old=old_pid: keeper.check() and server_pid(port) not in (None, old),
                20,
                "the restarted Redis",
            )
            wait_for(lambda: keeper.check() and keeper.failures == 0, 10, "the count to clear")
    finally:
        keeper.stop()


def post_article(base: str, text: str) -> dict:
    """POST ``text``; return the 202 body (``OSError`` while the API cannot take it yet)."""
    request = urllib.request.Request(
        f"{base}/v1/articles",
        data=json.dumps({"text": text}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def job_status(base: str, job_id: str) -> str:
    return get_json(f"{base}/v1/jobs/{job_id}")[1].get("status", "")


def test_run_restarts_a_killed_redis_the_worker_carries_on_and_it_gives_up_loudly(tmp_path):
    api_port, redis_port = free_port(), free_port()
    base = f"http://127.0.0.1:{api_port}"
    stack = start_stack(tmp_path, api_port, redis_port, QUOTEWIRE_REDIS_MAX_FAILURES="3")
    try:
        wait_for(lambda: get_json(f"{base}/readyz")[0] == 200, 90, "/readyz")
        first = post_article(base, "Lena Park said the bridge would reopen in May.")
        wait_for(lambda: job_status(base, first["job_id"]) == "succeeded", 90, "the first job")

        old_pid = kill_redis(redis_port)
        wait_for(lambda: server_pid(redis_port) not in (None, old_pid), 30, "Redis to restart")
        assert job_status(base, first["job_id"]) == "succeeded"
        second = wait_for(
            lambda: post_article(base, "Tom Baker said the weather would hold."), 30, "a 202"
        )
        wait_for(lambda: job_status(base, second["job_id"]) == "succeeded", 90, "the second job")

        kill_redis(redis_port)
        with port_taken(redis_port):
            code = stack.wait(timeout=120)
    finally:
        if stack.poll() is None:
            stop_stack(stack)
    output = stack.stdout.read().decode()
    assert code != 0, output
    assert f"embedded Redis restarted on port {redis_port}" in output
    assert "failure 3 of 3 in a row, giving up" in output
    assert "quotewire: stopped" in output


def test_run_restarts_a_worker_that_dies_and_its_jobs_still_finish(tmp_path):
    api_port, redis_port = free_port(), free_port()
    base = f"http://127.0.0.1:{api_port}"
    stack = start_stack(tmp_path, api_port, redis_port)
    try:
        wait_for(lambda: get_json(f"{base}/readyz")[0] == 200, 90, "/readyz")
        worker = next(
            child
            for child in psutil.Process(stack.pid).children()
            if "celery" in " ".join(child.cmdline())
        )
        worker.send_signal(signal.SIGKILL)  # as an unrecoverable error in Celery ends it
        worker.wait(10)
        job = post_article(base, "Lena Park said the bridge would reopen in May.")
        wait_for(lambda: job_status(base, job["job_id"]) == "succeeded", 120, "the job")
        assert stack.poll() is None
    finally:
        stop_stack(stack)
    output = stack.stdout.read().decode()
    assert "worker exited with code -9; failure 1 of 5 in a row, restarting in 1 s" in output
    assert "worker restarted" in output
