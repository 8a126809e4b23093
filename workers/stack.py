"""``quotewire run``: Redis (embedded unless ``REDIS_URL`` is set), one worker and the API."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from workers.embedded_redis import RedisKeeper, say
from workers.settings import load_settings


def run_stack() -> int:
    """Run the whole stack in the foreground until Ctrl-C or until a part stops; return its code.

    Children run in their own sessions, so Ctrl-C reaches only this supervisor, which stops
    the API first, then the worker (warm shutdown: running tasks finish), then Redis. A dead
    embedded Redis is restarted with backoff; when it keeps failing, the whole stack stops (1).
    """
    settings = load_settings()
    # The API and the worker each keep their metrics samples in a directory of their own
    # under the data directory, emptied as they start (see workers.metrics).
    env = {name: value for name, value in os.environ.items() if name != "PROMETHEUS_MULTIPROC_DIR"}
    keeper = None
    if not os.environ.get("REDIS_URL"):
        data_dir = Path(settings.data_dir) / "redis"
        keeper = RedisKeeper(
            settings.redis_port, data_dir, max_failures=settings.redis_max_failures
        )
        keeper.start()
        env["REDIS_URL"] = f"redis://127.0.0.1:{settings.redis_port}/0"
        say(f"embedded Redis on {env['REDIS_URL']} (data in {data_dir})")
    command = [sys.executable, "-m", "workers.cli"]
    children = [
        subprocess.Popen([*command, "worker"], env=env, start_new_session=True),
        subprocess.Popen([*command, "serve"], env=env, start_new_session=True),
    ]
    say(f"API on http://{settings.host}:{settings.port}/ (Ctrl-C stops)")
    stopping = False

    def request_stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    code, grace = 0, 60.0
    while not stopping:
        if keeper is not None and not keeper.check():
            # Without Redis no job can finish; the unacknowledged ones wait in its files.
            code, grace = 1, 10.0
            say("the embedded Redis keeps failing; stopping")
            break
        exited = [child for child in children if child.poll() is not None]
        if exited:
            code = exited[0].returncode or 1
            say(f"{exited[0].args[-1]} exited ({code}); stopping")
            break
        time.sleep(0.2)
    for child in reversed(children):
        _stop(child, grace)
    if keeper is not None:
        keeper.stop()
    say("stopped")
    return code


def _stop(child: subprocess.Popen, timeout: float = 60.0) -> None:
    if child.poll() is None:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
