"""Helpers for tests that run the whole ``quotewire run`` stack in a subprocess."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.conftest import ROOT

QUOTEWIRE = [sys.executable, "-m", "workers.cli"]


def get_json(url: str) -> tuple[int, dict]:
    """GET ``url``; return its status and JSON body (error statuses included)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def wait_for(predicate, timeout: float, what: str):
    """Call ``predicate`` until it returns something true (``OSError`` counts as not yet)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except OSError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


def start_stack(tmp_path: Path, api_port: int, redis_port: int, **env: str) -> subprocess.Popen:
    """Start ``quotewire run`` with one worker process and one API process on the given ports."""
    environment = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    environment |= {
        "QUOTEWIRE_PORT": str(api_port),
        "QUOTEWIRE_REDIS_PORT": str(redis_port),
        "QUOTEWIRE_DATA_DIR": str(tmp_path / "data"),
        "QUOTEWIRE_WORKERS": "1",
        "QUOTEWIRE_API_WORKERS": "1",
        **env,
    }
    return subprocess.Popen(
        [*QUOTEWIRE, "run"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def stop_stack(process: subprocess.Popen) -> int:
    """Ctrl-C the stack and return its exit code."""
    process.send_signal(signal.SIGINT)
    return process.wait(timeout=90)
