"""``quotewire run``: Redis (embedded unless ``REDIS_URL`` is set), one worker and the API."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from workers.embedded_redis import RedisKeeper
from workers.keeper import Keeper, say, stop_process
from workers.settings import load_settings


def run_stack() -> int:
    """Run the whole stack in the foreground until Ctrl-C or until a part stops; return its code.

    Children run in their own sessions, so Ctrl-C reaches only this supervisor, which stops
    the API first, then the worker (warm shutdown: running tasks finish), then Redis. A dead
    embedded Redis or worker is restarted with backoff; when one keeps failing, or the API
    exits, the whole stack stops (1).
    """
    settings = load_settings()
    # The API and the worker each keep their metrics samples in a directory of their own
    # under the data directory, emptied as they start (see workers.metrics).
    env = {name: value for name, value in os.environ.items() if name != "PROMETHEUS_MULTIPROC_DIR"}
    keepers: list[Keeper] = []
    if not os.environ.get("REDIS_URL"):
        data_dir = Path(settings.data_dir) / "redis"
        keepers.append(
            RedisKeeper(settings.redis_port, data_dir, max_failures=settings.redis_max_failures)
        )
        keepers[0].start()
        env["REDIS_URL"] = f"redis://127.0.0.1:{settings.redis_port}/0"
        say(f"embedded Redis on {env['REDIS_URL']} (data in {data_dir})")
    command = [sys.executable, "-m", "workers.cli"]
    worker = WorkerKeeper([*command, "worker"], env, max_failures=settings.redis_max_failures)
    worker.start()
    keepers.append(worker)
    api = subprocess.Popen([*command, "serve"], env=env, start_new_session=True)
    say(f"API on http://{settings.host}:{settings.port}/ (Ctrl-C stops)")
    stopping = False

    def request_stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    code, grace = 0, 60.0
    while not stopping:
        failing = [keeper for keeper in keepers if not keeper.check()]
        if failing:
            # Without Redis or a worker no job can finish; the unfinished ones wait in Redis.
            code, grace = 1, 10.0
            say(f"the {failing[0].name} keeps failing; stopping")
            break
        if api.poll() is not None:
            code = api.returncode or 1
            say(f"serve exited ({code}); stopping")
            break
        time.sleep(0.2)
    stop_process(api, grace)
    for keeper in reversed(keepers):
        keeper.stop(grace if keeper is worker else 10.0)
    say("stopped")
    return code


class WorkerKeeper(Keeper):
    """Keep the Celery worker running: restarted when it dies (an unrecoverable error in Celery
    ends the worker; its unacknowledged jobs are delivered again)."""

    name = "worker"

    def __init__(self, command: list[str], env: dict[str, str], **backoff: float) -> None:
        super().__init__(**backoff)
        self.command, self.env = command, env

    def launch(self) -> subprocess.Popen:
        return subprocess.Popen(self.command, env=self.env, start_new_session=True)
