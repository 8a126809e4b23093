"""One logging setup for the API (gunicorn, Flask) and the workers (Celery).

JSON lines by default (``QUOTEWIRE_LOG_FORMAT=text`` for humans) on standard error. Every line
logged while a task runs carries its ``job_id`` and ``article_id``; the article text is never
logged.
"""

from __future__ import annotations

import logging
import logging.config
from collections.abc import Mapping
from contextvars import ContextVar
from typing import Any

from pythonjsonlogger.json import JsonFormatter

#: The job the current task works on: ``job_id`` and, once known, ``article_id``.
_job: ContextVar[dict[str, str]] = ContextVar("quotewire_job", default={})  # noqa: B039
JOB_FIELDS = ("job_id", "article_id")


def bind_job(**fields: str) -> None:
    """Add ``fields`` (``job_id``, ``article_id``) to every line logged until :func:`unbind_job`."""
    _job.set(_job.get() | fields)


def unbind_job() -> None:
    """Stop adding job fields to log lines (the task is over)."""
    _job.set({})


class JobFields(logging.Filter):
    """Puts the bound job's ids on each record that has none of its own."""

    def filter(self, record: logging.LogRecord) -> bool:
        for name, value in _job.get().items():
            if getattr(record, name, None) is None:
                setattr(record, name, value)
        return True


class JsonLines(JsonFormatter):
    """One JSON object a line: time, level, logger, process, message and any extra fields.

    gunicorn's access lines also get ``method``, ``path``, ``status`` and ``duration_ms``.
    """

    def __init__(self) -> None:
        super().__init__(
            "{levelname}{name}{process}{message}",
            style="{",
            rename_fields={"levelname": "level", "name": "logger"},
            timestamp="time",
            json_ensure_ascii=False,
        )

    def add_fields(
        self, log_data: dict[str, Any], record: logging.LogRecord, message_dict: dict[str, Any]
    ) -> None:
        super().add_fields(log_data, record, message_dict)
        if record.name == "gunicorn.access" and isinstance(record.args, Mapping):
            atoms = record.args
            log_data.update(
                method=atoms["m"],
                path=atoms["U"],
                status=int(atoms["s"]) if str(atoms["s"]).isdigit() else atoms["s"],
                duration_ms=round(int(atoms["D"]) / 1000, 1),
            )


class Text(logging.Formatter):
    """Human-readable lines, with the job's ids at the end when there are some."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s [%(name)s] %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        ids = [f"{name}={getattr(record, name)}" for name in JOB_FIELDS if hasattr(record, name)]
        return f"{line} {' '.join(ids)}" if ids else line


def logging_config(log_format: str, level: str | int = "INFO") -> dict[str, Any]:
    """A :func:`logging.config.dictConfig` dictionary: everything through one handler.

    Celery's per-task "received" line is left out (it cannot know the article id); the task
    logs its own start line with both ids.
    """
    formatter = Text if log_format == "text" else JsonLines
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"job": {"()": JobFields}},
        "formatters": {"quotewire": {"()": formatter}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "quotewire",
                "filters": ["job"],
            }
        },
        "root": {"level": level, "handlers": ["stderr"]},
        "loggers": {
            "gunicorn.error": {"level": level, "handlers": [], "propagate": True},
            "gunicorn.access": {"level": "INFO", "handlers": [], "propagate": True},
            "celery.worker.strategy": {"level": "WARNING"},
        },
    }


def configure_logging(log_format: str, level: str | int = "INFO") -> None:
    """Apply :func:`logging_config` to this process; warnings become log lines too."""
    logging.config.dictConfig(logging_config(log_format, level))
    logging.captureWarnings(True)
