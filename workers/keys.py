"""Every Redis key quotewire uses, built in one place under one namespace.

Key layout (all under ``quotewire:``):

======================================  =========  ==========================================
key                                     type       holds
======================================  =========  ==========================================
``quotewire:article:{article_id}``      hash       text, title, date, url, source, language,
                                                   metadata (JSON), job_id, created_at
``quotewire:job:{job_id}``              hash       article_id, status, attempts, created_at,
                                                   started_at, finished_at, worker,
                                                   error_type, error_message
``quotewire:result:{article_id}``       string     JSON ``{"entities": [...], "quotes": [...]}``
``quotewire:dedupe:{content_hash}``     string     article_id of the first identical submission
``quotewire:idempotency:{key}``         string     JSON ``{"fingerprint", "article_id"}``
``quotewire:callbacks:{job_id}``        hash       callback URL -> delivery state: pending,
                                                   queued, delivered or failed
``quotewire:jobs:active``               zset       ids of queued and running jobs, scored by
                                                   when each last made progress (Unix time)
``quotewire:lock:sweep``                string     held by the worker that is sweeping
======================================  =========  ==========================================

Every key of one article gets the same retention (``QUOTEWIRE_RESULT_TTL``; default: kept);
the sweeper drops ids of expired jobs from ``quotewire:jobs:active``.
Celery's own broker keys live in the same database under Celery's names.
"""

from __future__ import annotations

from enum import StrEnum

PREFIX = "quotewire"


class JobStatus(StrEnum):
    """The life of a job: queued, then running, then succeeded or failed."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"

    @property
    def finished(self) -> bool:
        """Whether the job has reached a final state."""
        return self in (JobStatus.SUCCEEDED, JobStatus.FAILED)


def key(*parts: str) -> str:
    """Join ``parts`` under the namespace prefix."""
    return ":".join((PREFIX, *parts))


def article_key(article_id: str) -> str:
    return key("article", article_id)


def job_key(job_id: str) -> str:
    return key("job", job_id)


def result_key(article_id: str) -> str:
    return key("result", article_id)


def dedupe_key(content_hash: str) -> str:
    return key("dedupe", content_hash)


def idempotency_key(client_key: str) -> str:
    return key("idempotency", client_key)


def callbacks_key(job_id: str) -> str:
    return key("callbacks", job_id)


def active_jobs_key() -> str:
    return key("jobs", "active")


def sweep_lock_key() -> str:
    return key("lock", "sweep")
