"""``quotewire run``: Redis (embedded unless ``REDIS_URL`` is set), one worker and the API."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from workers.embedded_redis import start_redis, stop_redis
from workers.settings import load_settings


def run_stack() -> int:
    """Run the whole stack in the foreground until Ctrl-C or until a part stops; return its code.

    Children run in their own sessions, so Ctrl-C reaches only this supervisor, which stops
    the API first, then the worker (warm shutdown: running tasks finish), then Redis.
    """
    settings = load_settings()
    # The API and the worker each keep their metrics samples in a directory of their own
    # under the data directory, emptied as they start (see workers.metrics).
    env = {name: value for name, value in os.environ.items() if name != "PROMETHEUS_MULTIPROC_DIR"}
    redis_process = None
    if not os.environ.get("REDIS_URL"):
        data_dir = Path(settings.data_dir) / "redis"
        redis_process = start_redis(settings.redis_port, data_dir)
        env["REDIS_URL"] = f"redis://127.0.0.1:{settings.redis_port}/0"
        print(f"quotewire: embedded Redis on {env['REDIS_URL']} (data in {data_dir})", flush=True)
    command = [sys.executable, "-m", "workers.cli"]
    children = [
        subprocess.Popen([*command, "worker"], env=env, start_new_session=True),
        subprocess.Popen([*command, "serve"], env=env, start_new_session=True),
    ]
    print(f"quotewire: API on http://{settings.host}:{settings.port}/ (Ctrl-C stops)", flush=True)
    stopping = False

    def request_stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    code = 0
    while not stopping:
        exited = [child for child in children if child.poll() is not None]
        if exited:
            code = exited[0].returncode or 1
            print(f"quotewire: {exited[0].args[-1]} exited ({code}); stopping", flush=True)
            break
        time.sleep(0.2)
    for child in reversed(children):
        _stop(child)
    if redis_process is not None:
        stop_redis(redis_process)
    print("quotewire: stopped", flush=True)
    return code


def _stop(child: subprocess.Popen, timeout: float = 60.0) -> None:
    if child.poll() is None:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
