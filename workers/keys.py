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
``quotewire:batch:{batch_id}``          hash       created_at, size, rejected (JSON list)
``quotewire:batch:{batch_id}:items``    list       JSON ``{"index", "job_id", "article_id"}``
======================================  =========  ==========================================

Every key of one article, and of one batch, gets the same retention
(``QUOTEWIRE_RESULT_TTL``; default: kept).
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


def batch_key(batch_id: str) -> str:
    return key("batch", batch_id)


def batch_items_key(batch_id: str) -> str:
    return key("batch", batch_id, "items")
