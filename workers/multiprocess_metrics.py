"""Prometheus samples of several processes (gunicorn's, Celery's prefork children) as one.

Each process writes its samples under ``PROMETHEUS_MULTIPROC_DIR``; whoever serves
``/metrics`` sums them. ``quotewire serve`` and ``quotewire worker`` each prepare a directory
of their own (:func:`prepare_metrics_dir`) before their processes start.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from prometheus_client import REGISTRY, CollectorRegistry, multiprocess

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def prepare_metrics_dir(default: Path) -> Path:
    """Point ``PROMETHEUS_MULTIPROC_DIR`` at an empty directory (``default`` unless set).

    Call before any process of the server starts: samples of a previous run are removed.
    """
    path = Path(os.environ.get(MULTIPROC_ENV) or default)
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True, exist_ok=True)
    os.environ[MULTIPROC_ENV] = str(path)
    return path


def exposition_registry() -> CollectorRegistry:
    """The registry to expose: the sum over every process in multiprocess mode, else this one's."""
    if not os.environ.get(MULTIPROC_ENV):
        return REGISTRY
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry)
    return registry


def process_exited(pid: int) -> None:
    """Drop the live gauges of a process that has exited (multiprocess mode only)."""
    if os.environ.get(MULTIPROC_ENV):
        multiprocess.mark_process_dead(pid)
