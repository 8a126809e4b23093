"""Every Redis key quotewire uses, built in one place under one namespace.

Key layout (all under ``quotewire:``):

======================================  =========  ==========================================
key                                     type       holds
======================================  =========  ==========================================
``quotewire:article:{article_id}``      hash       text, title, date, url, source, language,
                                                   metadata (JSON), job_id, created_at, owner
``quotewire:job:{job_id}``              hash       article_id, status, attempts, created_at,
                                                   started_at, finished_at, worker,
                                                   error_type, error_message, owner
``quotewire:result:{article_id}``       string     JSON ``{"entities": [...], "quotes": [...]}``
``quotewire:dedupe:{content_hash}``     string     article_id of the first identical submission
``quotewire:idempotency:{key}``         string     JSON ``{"fingerprint", "article_id"}``
``quotewire:callbacks:{job_id}``        hash       callback URL -> delivery state: pending,
                                                   queued, delivered or failed
``quotewire:jobs:active``               zset       ids of queued and running jobs, scored by
                                                   when each last made progress (Unix time)
``quotewire:lock:sweep``                string     held by the worker that is sweeping
``quotewire:lease:{job_id}``            string     the worker running the job; expires after
                                                   the task's hard time limit
``quotewire:batch:{batch_id}``          hash       created_at, size, rejected (JSON list), owner
``quotewire:batch:{batch_id}:items``    list       JSON ``{"index", "job_id", "article_id"}``
``quotewire:ratelimit…``                 string     Flask-Limiter's request counters per API key
======================================  =========  ==========================================

With API keys on, ``owner`` is the name of the client that submitted (absent for the anonymous
client, the only one when keys are off); a client reads only what it owns. Keys that would let
one client learn what another submitted are kept apart per client: ``dedupe@{owner}:…``,
``idempotency@{owner}:…`` and the whole search index under ``index@{owner}:…``, so that counts
and groups of quotations only ever cover the client's own articles.

The search index (written by ``workers/search_index.py`` when a result is stored, read by
``workers/search.py``), all under ``quotewire:index:``; ``ref`` is ``{article_id}-{quote_id}``,
``sid`` a speaker id, ``eid`` an entity id, ``h`` the hash of a normalised quotation:

==========================================  ======  =============================================
``index:article:{article_id}``              string  JSON of what the article added (for removal)
``index:quote:{ref}``                       hash    the hit as JSON, speaker, quotation hash, score
``index:quotes``                            zset    every ref, by article date then submission
``index:word:{word}``, ``index:kind:{k}``   zset    refs whose text has ``word`` / of kind ``k``
``index:speakers``                          zset    sid by quote count
``index:speaker:{sid}``                     hash    name
``index:speaker:{sid}:quotes``              zset    the speaker's refs
``index:speaker:{sid}:articles``            zset    article ids the speaker is quoted in
``index:speaker:{sid}:texts``               hash    h -> normalised quotation
``index:speaker:{sid}:text:{h}``            set     refs with that quotation
``index:speaker:{sid}:related:{h}``         set     hashes of quotations containing or inside it
``index:entities``, ``index:entities:{T}``  zset    eid (of type ``T``) by article count
``index:entity:{eid}``                      hash    name, type
``index:entity:{eid}:articles``             zset    article ids naming the entity
``index:names:{kind}``                      zset    ``{folded words}\0{id}`` for prefix search
``index:name:{kind}:{word}``                set     speaker or entity ids whose name has ``word``
``index:recent``                            zset    analysed article ids by submission time
``index:expiry``                            zset    article ids by the time their result expires
==========================================  ======  =============================================

Every key of one article, and of one batch, gets the same retention
(``QUOTEWIRE_RESULT_TTL``; default: kept);
the sweeper drops ids of expired jobs from ``quotewire:jobs:active``.
Celery's own broker keys live in the same database under Celery's names.
"""

from __future__ import annotations

from dataclasses import dataclass
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


def dedupe_key(content_hash: str, owner: str = "") -> str:
    return key(owned("dedupe", owner), content_hash)


def idempotency_key(client_key: str, owner: str = "") -> str:
    return key(owned("idempotency", owner), client_key)


def callbacks_key(job_id: str) -> str:
    return key("callbacks", job_id)


def active_jobs_key() -> str:
    return key("jobs", "active")


def sweep_lock_key() -> str:
    return key("lock", "sweep")


def lease_key(job_id: str) -> str:
    return key("lease", job_id)


def owned(kind: str, owner: str) -> str:
    """``kind``, or ``kind@owner`` for a named client: one client's keys apart from another's."""
    return f"{kind}@{owner}" if owner else kind


@dataclass(frozen=True)
class IndexKeys:
    """The keys of one client's search index; ``owner`` "" is the anonymous client."""

    owner: str = ""

    def __call__(self, *parts: str) -> str:
        return key(owned("index", self.owner), *parts)

    def article(self, article_id: str) -> str:
        return self("article", article_id)

    def quote(self, ref: str) -> str:
        return self("quote", ref)

    def speaker(self, sid: str, *parts: str) -> str:
        return self("speaker", sid, *parts)

    def entity(self, eid: str, *parts: str) -> str:
        return self("entity", eid, *parts)


#: A ``SCAN`` pattern matching every key of every client's search index.
ALL_INDEX_KEYS = key("index*")


def rate_limit_prefix() -> str:
    """The prefix of the rate limiter's counters."""
    return key("ratelimit")


def batch_key(batch_id: str) -> str:
    return key("batch", batch_id)


def batch_items_key(batch_id: str) -> str:
    return key("batch", batch_id, "items")
