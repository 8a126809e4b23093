"""Articles, jobs and results in Redis: the only code that reads or writes quotewire's keys."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import orjson
from redis import Redis
from redis.client import Pipeline
from redis.exceptions import WatchError
from redis.lock import Lock

from workers.keys import (
    JobStatus,
    active_jobs_key,
    article_key,
    batch_items_key,
    batch_key,
    callbacks_key,
    dedupe_key,
    idempotency_key,
    job_key,
    lease_key,
    result_key,
    sweep_lock_key,
)
from workers.search import Search
from workers.search_index import SearchIndex

ARTICLE_FIELDS = ("title", "date", "url", "source", "language")
IDEMPOTENCY_TTL = 24 * 3600
#: seconds an Idempotency-Key stays claimed by a request in flight (a request takes seconds)
IDEMPOTENCY_CLAIM_TTL = 60
#: transactions one submission tries before giving up to concurrent identical ones
SUBMIT_ATTEMPTS = 5
#: transactions one write to a job tries before giving up to concurrent writes of that job
JOB_WRITE_ATTEMPTS = 10

#: Move every ``pending`` callback of a job to ``queued`` and return those URLs, atomically,
#: so that the worker ending a job and a late duplicate submission never both queue one.
_CLAIM_CALLBACKS = """
local claimed = {}
local states = redis.call('HGETALL', KEYS[1])
for i = 1, #states, 2 do
  if states[i + 1] == 'pending' then
    redis.call('HSET', KEYS[1], states[i], 'queued')
    table.insert(claimed, states[i])
  end
end
return claimed
"""

#: Take a job for one worker process and count the attempt, atomically: a queued job, or with
#: ARGV[5] = "1" a running one whose lease has lapsed (its worker died). The lease names the
#: process (ARGV[8]) and expires after ARGV[3] seconds; a job at ARGV[4] attempts is not taken.
_CLAIM_JOB = """
if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
local status = redis.call('HGET', KEYS[1], 'status')
if status ~= 'queued' and not (status == 'running' and ARGV[5] == '1') then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0') >= tonumber(ARGV[4]) then return 0 end
redis.call('SET', KEYS[2], ARGV[8], 'EX', ARGV[3])
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('HSET', KEYS[1], 'status', 'running', 'started_at', ARGV[2], 'worker', ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[6], ARGV[7])
return 1
"""

#: Delete a lease if ARGV[1] still holds it.
_BREAK_LEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def lease_holder() -> str:
    """This process's name on the leases it takes: host and process id."""
    return f"{socket.gethostname()}/{os.getpid()}"


def holder_is_dead(holder: str) -> bool:
    """Whether ``holder`` (as ``lease_holder`` names it) is a process of this host that has
    ended; a process of another host may be alive."""
    host, _, pid = holder.rpartition("/")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


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


def _new_submission(article: dict[str, Any], owner: str) -> tuple[dict[str, str], dict[str, Any]]:
    """The records of a new article and its queued job, with fresh ids, owned by ``owner``."""
    article_id, job_id, now = uuid.uuid4().hex, uuid.uuid4().hex, utcnow()
    owned = {"owner": owner} if owner else {}
    record = {
        "text": article["text"],
        "metadata": json.dumps(article.get("metadata") or {}, ensure_ascii=False),
        "job_id": job_id,
        "created_at": now,
        **{name: article[name] for name in ARTICLE_FIELDS if article.get(name) is not None},
        **owned,
    }
    job = {
        "article_id": article_id,
        "status": JobStatus.QUEUED.value,
        "attempts": 0,
        "created_at": now,
        **owned,
    }
    return record, job


def _article_of(article_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """An article record as the store's reads return it, from its stored string fields."""
    return fields | {
        "article_id": article_id,
        "metadata": json.loads(fields.get("metadata") or "{}"),
    }


def _job_of(job_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A job record as the store's reads return it, from its stored fields."""
    return fields | {"job_id": job_id, "attempts": int(fields.get("attempts", 0))}


def _owned_by(record: dict[str, Any], owner: str | None) -> bool:
    """Whether ``owner`` may read ``record`` (``None``: anyone may, the worker's reads)."""
    return owner is None or record.get("owner", "") == owner


class Store:
    """Read and write articles, jobs and results; every key expires after ``ttl`` seconds if set.

    ``owner`` is the name of the client a record belongs to ("": the anonymous client). Reads
    given an ``owner`` return ``None`` for another client's record, as for an unknown one.
    """

    def __init__(self, redis: Redis, ttl: int | None = None) -> None:
        self.redis = redis
        self.ttl = ttl

    def index_for(self, owner: str = "") -> SearchIndex:
        """The search index of ``owner``'s articles."""
        return SearchIndex(self.redis, owner)

    def search_for(self, owner: str = "") -> Search:
        """Search over ``owner``'s articles only."""
        return Search(self.redis, self.index_for(owner))

    # -- submission -------------------------------------------------------------------------

    def submit(
        self, article: dict[str, Any], owner: str = ""
    ) -> tuple[dict[str, Any], dict[str, Any], bool]:
        """Record ``owner``'s article and its queued job; the same article again from the same
        client returns the existing pair.

        Returns ``(article, job, created)``; ``created`` is False for a duplicate. The dedupe
        key is claimed in the same transaction that writes the article and its job, watched so
        that of concurrent identical submissions exactly one creates; a dedupe key whose article
        has expired or vanished is taken over. Gives up with ``WatchError`` after
        ``SUBMIT_ATTEMPTS`` lost races.
        """
        dedupe = dedupe_key(content_hash(submission_of(article)), owner)
        with self.redis.pipeline() as pipe:
            for _ in range(SUBMIT_ATTEMPTS):
                try:
                    pipe.watch(dedupe)
                    existing = self._existing(pipe.get(dedupe))
                    if existing is not None:
                        return (*existing, False)
                    record, job = _new_submission(article, owner)
                    pipe.multi()
                    # The dedupe key first: it expires no later than the article it points at.
                    pipe.set(dedupe, job["article_id"], ex=self.ttl)
                    pipe.hset(article_key(job["article_id"]), mapping=record)
                    pipe.hset(job_key(record["job_id"]), mapping=job)
                    self._track(pipe, record["job_id"])  # the sweeper's index of unfinished jobs
                    self._expire(pipe, article_key(job["article_id"]), job_key(record["job_id"]))
                    pipe.execute()
                    # what was just written, as the reads give it back (no second round trip)
                    return (
                        _article_of(job["article_id"], dict(record)),
                        _job_of(record["job_id"], dict(job)),
                        True,
                    )
                except WatchError:
                    continue
        raise WatchError(f"{SUBMIT_ATTEMPTS} concurrent submissions of one article raced")

    def queue_depth(self, queue: str) -> int:
        """How many messages wait in Celery's Redis list ``queue``."""
        return self.redis.llen(queue)

    def _existing(self, article_id: bytes | None) -> tuple[dict[str, Any], dict[str, Any]] | None:
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
            dedupe_key(content_hash_of_record(article), article.get("owner", "")),
            article_key(article["article_id"]),
            job_key(job["job_id"]),
            lease_key(job["job_id"]),
        )
        self.forget_job(job["job_id"])  # the sweeper's index of unfinished jobs

    # -- idempotency keys -------------------------------------------------------------------

    def claim_idempotency(
        self, client_key: str, fingerprint: str, owner: str = ""
    ) -> dict[str, str] | None:
        """Reserve ``owner``'s ``client_key`` for a request in flight; ``None`` if this call got it.

        Otherwise returns what the key holds: ``{"fingerprint"}`` alone while its first request
        is still in flight, ``{"fingerprint", "article_id"}`` once that request was accepted.
        """
        pipe = self.redis.pipeline()
        claim = json.dumps({"fingerprint": fingerprint})
        pipe.set(idempotency_key(client_key, owner), claim, nx=True, ex=IDEMPOTENCY_CLAIM_TTL)
        pipe.get(idempotency_key(client_key, owner))
        claimed, held = pipe.execute()
        return None if claimed else json.loads(held)

    def remember_idempotency(
        self, client_key: str, fingerprint: str, article_id: str, owner: str = ""
    ) -> None:
        """Bind ``client_key`` to the accepted request, for replays, for ``IDEMPOTENCY_TTL``."""
        value = json.dumps({"fingerprint": fingerprint, "article_id": article_id})
        self.redis.set(idempotency_key(client_key, owner), value, ex=IDEMPOTENCY_TTL)

    def release_idempotency(self, client_key: str, owner: str = "") -> None:
        """Free ``client_key`` after its request failed, unless a request was accepted with it."""
        name = idempotency_key(client_key, owner)
        with self.redis.pipeline() as pipe:
            try:
                pipe.watch(name)
                held = pipe.get(name)
                if held is not None and "article_id" not in json.loads(held):
                    pipe.multi()
                    pipe.delete(name)
                    pipe.execute()
            except WatchError:
                pass  # used by another request meanwhile: leave it to that one

    def idempotency(self, client_key: str, owner: str = "") -> dict[str, str] | None:
        raw = self.redis.get(idempotency_key(client_key, owner))
        return json.loads(raw) if raw is not None else None

    # -- webhooks ---------------------------------------------------------------------------

    def add_callback(self, job_id: str, url: str) -> None:
        """Register ``url`` to be called when the job ends (a known URL keeps its state)."""
        pipe = self.redis.pipeline()
        pipe.hsetnx(callbacks_key(job_id), url, "pending")
        self._expire(pipe, callbacks_key(job_id))
        pipe.execute()

    def claim_callbacks(self, job_id: str) -> list[str]:
        """The job's callback URLs not yet queued for delivery, now marked queued."""
        claimed = self.redis.eval(_CLAIM_CALLBACKS, 1, callbacks_key(job_id))
        return [url.decode() if isinstance(url, bytes) else url for url in claimed]

    def set_callback_state(self, job_id: str, url: str, state: str) -> None:
        """Record how the delivery to ``url`` ended: ``delivered`` or ``failed``."""
        self.redis.hset(callbacks_key(job_id), url, state)

    def callbacks(self, job_id: str) -> dict[str, str]:
        """Every callback URL of the job with its delivery state."""
        return _decode(self.redis.hgetall(callbacks_key(job_id)))

    # -- batches ----------------------------------------------------------------------------

    def create_batch(
        self, items: list[dict[str, Any]], rejected: list[dict[str, Any]], owner: str = ""
    ) -> dict[str, Any]:
        """Record ``owner``'s batch: its accepted ``{index, job_id, article_id}`` items and
        rejected ones."""
        batch_id = uuid.uuid4().hex
        record = {"created_at": utcnow(), "size": len(items), "rejected": json.dumps(rejected)}
        if owner:
            record["owner"] = owner
        pipe = self.redis.pipeline()
        pipe.hset(batch_key(batch_id), mapping=record)
        if items:
            pipe.rpush(batch_items_key(batch_id), *(json.dumps(item) for item in items))
        self._expire(pipe, batch_key(batch_id), batch_items_key(batch_id))
        pipe.execute()
        return self.get_batch(batch_id)

    def get_batch(self, batch_id: str, owner: str | None = None) -> dict[str, Any] | None:
        raw = self.redis.hgetall(batch_key(batch_id))
        if not raw:
            return None
        record: dict[str, Any] = _decode(raw)
        if not _owned_by(record, owner):
            return None
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

    def get_article(self, article_id: str, owner: str | None = None) -> dict[str, Any] | None:
        raw = self.redis.hgetall(article_key(article_id))
        if not raw:
            return None
        record: dict[str, Any] = _decode(raw)
        return _article_of(article_id, record) if _owned_by(record, owner) else None

    def get_job(self, job_id: str, owner: str | None = None) -> dict[str, Any] | None:
        raw = self.redis.hgetall(job_key(job_id))
        if not raw:
            return None
        record: dict[str, Any] = _decode(raw)
        return _job_of(job_id, record) if _owned_by(record, owner) else None

    def get_result(self, article_id: str) -> dict[str, Any] | None:
        raw = self.redis.get(result_key(article_id))
        return orjson.loads(raw) if raw is not None else None

    # -- job transitions (called by the worker) --------------------------------------------

    def start_job(self, job_id: str, worker: str) -> dict[str, Any] | None:
        """Mark a job running and count the attempt; ``None`` if the job is unknown."""

        def start(pipe: Pipeline) -> None:
            pipe.hincrby(job_key(job_id), "attempts", 1)
            pipe.hset(
                job_key(job_id),
                mapping={
                    "status": JobStatus.RUNNING.value,
                    "started_at": utcnow(),
                    "worker": worker,
                },
            )
            self._track(pipe, job_id)

        return self.get_job(job_id) if self._write_job(job_id, start) else None

    def claim_job(
        self, job_id: str, worker: str, lease: int, max_attempts: int, redelivered: bool = False
    ) -> bool:
        """Mark a queued job running for ``worker``, with a lease of ``lease`` seconds for this
        process, and count the attempt; whether it was taken. ``redelivered``: a running job is
        taken too if its lease has lapsed or its holder on this host has died. A job another
        live process holds, or at ``max_attempts``, is not."""
        if redelivered:
            holder = self.redis.get(lease_key(job_id))
            if holder is not None and holder_is_dead(holder.decode()):
                self.redis.eval(_BREAK_LEASE, 1, lease_key(job_id), holder)
        claimed = self.redis.eval(
            _CLAIM_JOB,
            3,
            job_key(job_id),
            lease_key(job_id),
            active_jobs_key(),
            worker,
            utcnow(),
            lease,
            max_attempts,
            "1" if redelivered else "0",
            time.time(),
            job_id,
            lease_holder(),
        )
        return bool(claimed)

    def claim_queued(
        self, worker: str, lease: int, max_attempts: int, limit: int, max_chars: int
    ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """Claim up to ``limit`` of the longest-waiting queued jobs whose text has at most
        ``max_chars`` UTF-8 bytes, as ``claim_job`` does; their ``(job, article)`` records (a
        claimed job whose article is gone is failed instead)."""
        waiting = [raw.decode() for raw in self.redis.zrange(active_jobs_key(), 0, 4 * limit - 1)]
        pipe = self.redis.pipeline(transaction=False)
        for job_id in waiting:
            pipe.hmget(job_key(job_id), "status", "article_id")
        queued = [
            (job_id, article_id.decode())
            for job_id, (status, article_id) in zip(waiting, pipe.execute(), strict=True)
            if status == JobStatus.QUEUED.value.encode() and article_id is not None
        ]
        for _, article_id in queued:
            pipe.hstrlen(article_key(article_id), "text")
        claimed = []
        for (job_id, article_id), size in zip(queued, pipe.execute(), strict=True):
            if len(claimed) == limit:
                break
            if 0 < size <= max_chars and self.claim_job(job_id, worker, lease, max_attempts):
                job, article = self.get_job(job_id), self.get_article(article_id)
                if article is None:
                    self.fail_job(job_id, "ContentError", f"article {article_id} is gone")
                elif job is not None:
                    claimed.append((job, article))
        return claimed

    def succeed_job(self, job_id: str, article_id: str, result: dict[str, Any]) -> None:
        """Index the result for search, then store it and mark the job succeeded (one transaction).

        Indexing first: a retry after a failed write indexes again (replacing), never skips it.
        """
        article = self.get_article(article_id)
        if article is not None:
            self.index_for(article.get("owner", "")).add(article, result, expires_in=self.ttl)

        def succeed(pipe: Pipeline) -> None:
            pipe.set(result_key(article_id), orjson.dumps(result), ex=self.ttl)
            pipe.hset(
                job_key(job_id),
                mapping={"status": JobStatus.SUCCEEDED.value, "finished_at": utcnow()},
            )
            pipe.hdel(job_key(job_id), "error_type", "error_message")
            pipe.zrem(active_jobs_key(), job_id)
            pipe.delete(lease_key(job_id))

        self._write_job(job_id, succeed)

    def fail_job(self, job_id: str, error_type: str, message: str) -> None:
        """Mark a job failed for good, with the error that stopped it."""
        self._set_error(job_id, JobStatus.FAILED, error_type, message, finished_at=utcnow())

    def requeue_job(self, job_id: str, error_type: str, message: str) -> None:
        """Put a job back to queued after a transient error, keeping the error for the record."""
        self._set_error(job_id, JobStatus.QUEUED, error_type, message)

    def _set_error(
        self, job_id: str, status: JobStatus, error_type: str, message: str, **fields: str
    ) -> None:

        def record(pipe: Pipeline) -> None:
            pipe.hset(
                job_key(job_id),
                mapping={
                    "status": status.value,
                    "error_type": error_type,
                    "error_message": message[:1000],
                    **fields,
                },
            )
            if status.finished:
                pipe.zrem(active_jobs_key(), job_id)
            else:
                self._track(pipe, job_id)
            pipe.delete(lease_key(job_id))

        self._write_job(job_id, record)

    def _write_job(self, job_id: str, write: Callable[[Pipeline], None]) -> bool:
        """Queue ``write``'s commands on a job in one transaction, unless the job is gone; whether
        they ran. A job withdrawn or expired while a worker held it stays gone: a late write
        would bring its hash back without the TTL, for no article."""
        with self.redis.pipeline() as pipe:
            for _ in range(JOB_WRITE_ATTEMPTS):
                try:
                    pipe.watch(job_key(job_id))
                    if not pipe.exists(job_key(job_id)):
                        return False
                    pipe.multi()
                    write(pipe)
                    pipe.execute()
                    return True
                except WatchError:
                    continue
        raise WatchError(f"{JOB_WRITE_ATTEMPTS} concurrent writes of job {job_id} raced")

    # -- the sweeper's index of unfinished jobs ---------------------------------------------

    def stale_jobs(self, since: float) -> list[tuple[str, float]]:
        """Unfinished jobs that made no progress after Unix time ``since``, with that time."""
        return [
            (job_id.decode(), score)
            for job_id, score in self.redis.zrangebyscore(
                active_jobs_key(), "-inf", since, withscores=True
            )
        ]

    def touch_job(self, job_id: str) -> None:
        """Record that an unfinished job is making progress now (its message is in flight)."""
        self.redis.zadd(active_jobs_key(), {job_id: time.time()}, xx=True)

    def forget_job(self, job_id: str) -> None:
        """Drop a finished or expired job from the index."""
        self.redis.zrem(active_jobs_key(), job_id)

    def requeue_stale(self, job_id: str, seen: str) -> bool:
        """Put a job back to queued if its status is still ``seen``, and end whatever lease it
        had (the sweeper sends it again); whether it was."""
        with self.redis.pipeline() as pipe:
            try:
                pipe.watch(job_key(job_id))
                if pipe.hget(job_key(job_id), "status") != seen.encode():
                    return False
                pipe.multi()
                pipe.hset(job_key(job_id), "status", JobStatus.QUEUED.value)
                pipe.delete(lease_key(job_id))
                self._track(pipe, job_id)
                pipe.execute()
            except WatchError:
                return False
        return True

    def sweep_lock(self, timeout: float) -> Lock:
        """The lock that lets one sweep run at a time (expires after ``timeout`` seconds)."""
        return self.redis.lock(sweep_lock_key(), timeout=timeout, blocking=False)

    def _track(self, pipe, job_id: str) -> None:
        pipe.zadd(active_jobs_key(), {job_id: time.time()})

    # -- removal and reindexing -------------------------------------------------------------

    def delete_article(self, article_id: str) -> bool:
        """Remove an article, its job, its result and its search entries; False if unknown."""
        article = self.get_article(article_id)
        if article is None:
            return False
        owner = article.get("owner", "")
        self.index_for(owner).remove(article_id)
        fingerprint = dedupe_key(content_hash_of_record(article), owner)
        pipe = self.redis.pipeline()
        job_id = article["job_id"]
        pipe.delete(
            article_key(article_id), job_key(job_id), result_key(article_id), callbacks_key(job_id)
        )
        pipe.zrem(active_jobs_key(), job_id)
        if self.redis.get(fingerprint) == article_id.encode():
            pipe.delete(fingerprint)
        pipe.execute()
        return True

    def reindex(self) -> int:
        """Rebuild the search index from every stored result; return how many articles."""
        self.index_for().clear_all()
        count = 0
        for name in self.redis.scan_iter(result_key("*"), count=500):
            article_id = name.decode().rsplit(":", 1)[1]
            article, result = self.get_article(article_id), self.get_result(article_id)
            if article is None or result is None:
                continue
            expires_in = self.redis.ttl(name)
            index = self.index_for(article.get("owner", ""))
            index.add(article, result, expires_in=expires_in if expires_in > 0 else None)
            count += 1
        return count

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
