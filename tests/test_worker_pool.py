"""A worker's pool processes may take long to start (the model loads first) without being killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from tests.conftest import ROOT
from tests.slow_start_app import RAN, STARTED, app, record_pid
from tests.stack import wait_for


def test_a_replacement_pool_process_slow_to_start_is_waited_for_not_killed(redis_client):
    redis_client.delete(STARTED, RAN)
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "--app", "tests.slow_start_app:app", "worker",
         "--pool", "prefork", "--concurrency", "1", "--hostname", "slow-start@%h",
         "--loglevel", "WARNING"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        record_pid.delay()
        [first] = wait_for(lambda: redis_client.lrange(RAN, 0, -1), 60, "the first task")
        os.kill(int(first), signal.SIGKILL)  # the pool starts a process in its place
        record_pid.delay()
        ran = wait_for(lambda: redis_client.lrange(RAN, 0, -1)[1:], 60, "the second task")
        started = redis_client.lrange(STARTED, 0, -1)
    finally:
        worker.terminate()
        output = worker.communicate(timeout=60)[0].decode()
        app.control.purge()
        redis_client.delete(STARTED, RAN)
    assert "Timed out waiting for UP message" not in output, output
    assert started == [first, *ran], output  # one replacement started, and it ran the task
