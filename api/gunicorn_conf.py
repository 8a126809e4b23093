"""gunicorn settings of ``quotewire serve``: quotewire's logging, metrics of exited workers."""

from __future__ import annotations

import logging

from workers.logging_setup import logging_config
from workers.multiprocess_metrics import process_exited
from workers.settings import load_settings

logconfig_dict = logging_config(load_settings().log_format)
logging.captureWarnings(True)


def child_exit(server: object, worker: object) -> None:
    """Forget the live gauges of a gunicorn worker that has exited."""
    process_exited(worker.pid)
