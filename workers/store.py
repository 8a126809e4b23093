"""Articles, jobs and results in Redis: the only code that reads or writes quotewire's keys."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from redis import Redis

from workers.keys import (
    JobStatus,
    article_key,
    batch_items_key,
    batch_key,
    dedupe_key,
    idempotency_key,
    job_key,
    result_key,
)

ARTICLE_FIELDS = ("title", "date", "url", "source", "language")
IDEMPOTENCY_TTL = 24 * 3600


def utcnow() -> str:
    """The current time as an ISO 8601 UTC timestamp."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def content_hash(article: dict[str, Any]) -> str:
    """A stable fingerprint of an article's text and metadata."""
    canonical = json.dumps(article, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _decode(raw: dict[bytes, bytes] | dict[str, str]) -> dict[str, str]:
    return {
        (k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
        for k, v in raw.items()
    }


class Store:
    """Read and write articles, jobs and results; every key expires after ``ttl`` seconds if set."""

    def __init__(self, redis: Redis, ttl: int | None = None) -> None:
        self.redis = redis
        self.ttl = ttl

    # -- submission -------------------------------------------------------------------------

    def submit(self, article: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], bool]:
        """Record an article and its queued job; an identical article returns the existing pair.

        Returns ``(article, job, created)``; ``created`` is False for a duplicate.
        """
        fingerprint = content_hash(submission_of(article))
        existing = self._existing(fingerprint)
        if existing is not None:
            return (*existing, False)
        article_id, job_id, now = uuid.uuid4().hex, uuid.uuid4().hex, utcnow()
        record = {
            "text": article["text"],
            "metadata": json.dumps(article.get("metadata") or {}, ensure_ascii=False),
            "job_id": job_id,
            "created_at": now,
            **{name: article[name] for name in ARTICLE_FIELDS if article.get(name) is not None},
        }
        job = {
            "article_id": article_id,
            "status": JobStatus.QUEUED.value,
            "attempts": 0,
            "created_at": now,
        }
        pipe = self.redis.pipeline()
        pipe.hset(article_key(article_id), mapping=record)
        pipe.hset(job_key(job_id), mapping=job)
        self._expire(pipe, article_key(article_id), job_key(job_id))
        pipe.execute()
        if not self.redis.set(dedupe_key(fingerprint), article_id, nx=True, ex=self.ttl):
            # Another request stored the same article first: keep theirs, drop ours.
            self.redis.delete(article_key(article_id), job_key(job_id))
            existing = self._existing(fingerprint)
            if existing is not None:
                return (*existing, False)
            self.redis.set(dedupe_key(fingerprint), article_id, ex=self.ttl)
            return self.submit(article)
        return self.get_article(article_id), self.get_job(job_id), True

    def _existing(self, fingerprint: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
        article_id = self.redis.get(dedupe_key(fingerprint))
        if article_id is None:
            return None
        article = self.get_article(article_id.decode())
        if article is None:
            return None
        job = self.get_job(article["job_id"])
        return (article, job) if job is not None else None

    def withdraw(self, article: dict[str, Any], job: dict[str, Any]) -> None:
        """Remove a submission whose job could not be queued, so that a retry starts afresh."""
        self.redis.delete(
            dedupe_key(content_hash_of_record(article)),
            article_key(article["article_id"]),
            job_key(job["job_id"]),
        )

    # -- idempotency keys -------------------------------------------------------------------

    def remember_idempotency(
        self, client_key: str, fingerprint: str, article_id: str
    ) -> str | None:
        """Bind ``client_key`` to a request; return the fingerprint it was already bound to."""
        value = json.dumps({"fingerprint": fingerprint, "article_id": article_id})
        if self.redis.set(idempotency_key(client_key), value, nx=True, ex=IDEMPOTENCY_TTL):
            return None
        return self.idempotency(client_key)["fingerprint"]

    def idempotency(self, client_key: str) -> dict[str, str] | None:
        raw = self.redis.get(idempotency_key(client_key))
        return json.loads(raw) if raw is not None else None

    # -- batches ----------------------------------------------------------------------------

    def create_batch(
        self, items: list[dict[str, Any]], rejected: list[dict[str, Any]]
    ) -> dict[str, Any]:
        """Record a batch: its accepted ``{index, job_id, article_id}`` items and rejected ones."""
        batch_id = uuid.uuid4().hex
        record = {"created_at": utcnow(), "size": len(items), "rejected": json.dumps(rejected)}
        pipe = self.redis.pipeline()
        pipe.hset(batch_key(batch_id), mapping=record)
        if items:
            pipe.rpush(batch_items_key(batch_id), *(json.dumps(item) for item in items))
        self._expire(pipe, batch_key(batch_id), batch_items_key(batch_id))
        pipe.execute()
        return self.get_batch(batch_id)

    def get_batch(self, batch_id: str) -> dict[str, Any] | None:
        raw = self.redis.hgetall(batch_key(batch_id))
        if not raw:
            return None
        record: dict[str, Any] = _decode(raw)
        record["batch_id"] = batch_id
        record["size"] = int(record["size"])
        record["rejected"] = json.loads(record["rejected"])
        return record

    def batch_items(self, batch_id: str, start: int = 0, stop: int = -1) -> list[dict[str, Any]]:
        """Items ``start`` to ``stop`` (inclusive, as in ``LRANGE``) of a batch."""
        raw_items = self.redis.lrange(batch_items_key(batch_id), start, stop)
        return [json.loads(raw) for raw in raw_items]

    def job_statuses(self, job_ids: list[str]) -> list[str | None]:
        """The status of each job, ``None`` for an unknown one, in one round trip."""
        pipe = self.redis.pipeline()
        for job_id in job_ids:
            pipe.hget(job_key(job_id), "status")
        return [raw.decode() if raw is not None else None for raw in pipe.execute()]

    # -- reads ------------------------------------------------------------------------------

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        raw = self.redis.hgetall(article_key(article_id))
        if not raw:
            return None
        record: dict[str, Any] = _decode(raw)
        record["article_id"] = article_id
        record["metadata"] = json.loads(record.get("metadata") or "{}")
        return record

    def get_job(self, job_id: str) -> dict[str, Any] | None:
        raw = self.redis.hgetall(job_key(job_id))
        if not raw:
            return None
        record: dict[str, Any] = _decode(raw)
        record["job_id"] = job_id
        record["attempts"] = int(record.get("attempts", 0))
        return record

    def get_result(self, article_id: str) -> dict[str, Any] | None:
        raw = self.redis.get(result_key(article_id))
        return json.loads(raw) if raw is not None else None

    # -- job transitions (called by the worker) --------------------------------------------

    def start_job(self, job_id: str, worker: str) -> dict[str, Any] | None:
        """Mark a job running and count the attempt; ``None`` if the job is unknown."""
        if not self.redis.exists(job_key(job_id)):
            return None
        pipe = self.redis.pipeline()
        pipe.hincrby(job_key(job_id), "attempts", 1)
        pipe.hset(
            job_key(job_id),
            mapping={"status": JobStatus.RUNNING.value, "started_at": utcnow(), "worker": worker},
        )
        pipe.execute()
        return self.get_job(job_id)

    def succeed_job(self, job_id: str, article_id: str, result: dict[str, Any]) -> None:
        """Store the result and mark the job succeeded, in one transaction."""
        pipe = self.redis.pipeline()
        pipe.set(result_key(article_id), json.dumps(result, ensure_ascii=False), ex=self.ttl)
        pipe.hset(
            job_key(job_id),
            mapping={"status": JobStatus.SUCCEEDED.value, "finished_at": utcnow()},
        )
        pipe.hdel(job_key(job_id), "error_type", "error_message")
        pipe.execute()

    def fail_job(self, job_id: str, error_type: str, message: str) -> None:
        """Mark a job failed for good, with the error that stopped it."""
        self._set_error(job_id, JobStatus.FAILED, error_type, message, finished_at=utcnow())

    def requeue_job(self, job_id: str, error_type: str, message: str) -> None:
        """Put a job back to queued after a transient error, keeping the error for the record."""
        self._set_error(job_id, JobStatus.QUEUED, error_type, message)

    def _set_error(
        self, job_id: str, status: JobStatus, error_type: str, message: str, **fields: str
    ) -> None:
        self.redis.hset(
            job_key(job_id),
            mapping={
                "status": status.value,
                "error_type": error_type,
                "error_message": message[:1000],
                **fields,
            },
        )

    def _expire(self, pipe, *keys: str) -> None:
        if self.ttl:
            for name in keys:
                pipe.expire(name, self.ttl)


def content_hash_of_record(article: dict[str, Any]) -> str:
    """The fingerprint of a stored article record (the inverse of what ``submit`` stored)."""
    return content_hash(submission_of(article))


def submission_of(article: dict[str, Any]) -> dict[str, Any]:
    """The submitted fields of a stored article record."""
    fields = {name: article[name] for name in ARTICLE_FIELDS if article.get(name) is not None}
    fields["text"] = article["text"]
    if article.get("metadata"):
        fields["metadata"] = article["metadata"]
    return fields
