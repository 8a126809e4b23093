"""The Celery task that analyses one article: job record in, result and final status out.

A worker sent a short article takes along up to ``BATCH_SIZE - 1`` other queued short ones and
parses them all in one ``nlp.pipe`` call, faster per article than one at a time. Each job it
runs is claimed under a lease (``Store.claim_job``): a worker delivered a job another live
process holds leaves it to that one; a job whose process died is taken again when its message
comes back (at once on the same host, else once the lease lapses) or is sent again by the
sweeper. Every job keeps its own attempts, result, error and webhooks.
"""

from __future__ import annotations

import logging
import time
from contextlib import suppress
from functools import cache

from celery import Celery
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_process_init

from workers.celery_app import ANALYSE_TASK, app
from workers.extraction import WINDOW_CHARS, extract, extract_many, load_nlp
from workers.keys import JobStatus
from workers.logging_setup import bind_job
from workers.metrics import EXTRACTION_SECONDS
from workers.redis_client import TRANSIENT_ERRORS, connect
from workers.settings import Settings, load_settings
from workers.store import Store
from workers.sweeper import SweepStep
from workers.webhook_tasks import queue_callbacks

log = logging.getLogger(__name__)

#: Most articles one task analyses together: its own and queued ones it takes along, each of
#: at most ``WINDOW_CHARS`` characters, so that a batch lasts no longer than one long article.
BATCH_SIZE = 8

app.steps["worker"].add(SweepStep)


@cache
def nlp():
    """The spaCy pipeline, loaded once per worker process."""
    return load_nlp(load_settings().spacy_model)


@cache
def store() -> Store:
    """This process's store, on its own Redis connection pool."""
    settings = load_settings()
    return Store(connect(settings), ttl=settings.result_ttl)


@worker_process_init.connect
def _warm_up(**_: object) -> None:
    """Load the model as each worker process starts, before the first task arrives."""
    store.cache_clear()
    nlp()


class AnalyseTask(app.Task):
    """The analysis task's hooks: failing a job whose retries ran out, queueing its webhooks.

    No job stays queued for ever, and every ended job calls its callbacks back.
    """

    def on_failure(self, exc, task_id, args, kwargs, einfo) -> None:  # noqa: ANN001
        with suppress(*TRANSIENT_ERRORS):
            job = store().get_job(args[0])
            if job is not None and not JobStatus(job["status"]).finished:
                store().fail_job(args[0], type(exc).__name__, str(exc) or type(exc).__name__)

    def after_return(self, status, retval, task_id, args, kwargs, einfo) -> None:  # noqa: ANN001
        """Once the job has ended (succeeded or failed), queue its webhooks."""
        with suppress(*TRANSIENT_ERRORS):
            queue_callbacks(store(), self.app, load_settings(), args[0])


class ContentError(ValueError):
    """The article itself cannot be analysed; retrying will not help."""


@app.task(
    name=ANALYSE_TASK,
    base=AnalyseTask,
    bind=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=True,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=5,
)
def analyse_article(self, job_id: str) -> str:
    """Analyse the article of ``job_id`` (and queued ones it takes along); store entities and
    quotes; return the final status (``held``: another worker runs the job).

    Transient Redis errors are retried with backoff; anything wrong with the content fails the
    job cleanly with its error type and message. A job seen more than ``max_attempts`` times
    (redelivered after worker crashes) is failed instead of run again.
    """
    jobs, settings = store(), load_settings()
    job = jobs.get_job(job_id)
    if job is None:
        log.warning("job %s is unknown (expired?); dropping it", job_id)
        return "unknown"
    bind_job(article_id=job["article_id"])
    if JobStatus(job["status"]).finished:
        return job["status"]
    if job["attempts"] >= settings.max_attempts:
        jobs.fail_job(job_id, "TooManyAttempts", f"gave up after {job['attempts']} attempts")
        return JobStatus.FAILED.value
    worker = self.request.hostname or "unknown"
    lease = settings.task_time_limit
    if not jobs.claim_job(job_id, worker, lease, settings.max_attempts, redelivered=True):
        log.info("job is held by another worker process; leaving it there")
        return "held"
    log.info("job started (attempt %d)", job["attempts"] + 1)
    along: list[tuple[dict, dict]] = []
    try:
        article = jobs.get_article(job["article_id"])
        if article is None:
            raise ContentError(f"article {job['article_id']} is gone")
        if len(article["text"]) <= WINDOW_CHARS:
            limit = BATCH_SIZE - 1
            along = jobs.claim_queued(worker, lease, settings.max_attempts, limit, WINDOW_CHARS)
        outcomes = analyse_texts([article["text"], *(a["text"] for _, a in along)])
    except SoftTimeLimitExceeded:
        if along:
            for other, _ in along:
                _put_back(jobs, other["job_id"])
            jobs.requeue_job(job_id, "TimeLimitExceeded", "its batch took longer than allowed")
            return JobStatus.QUEUED.value
        jobs.fail_job(job_id, "TimeLimitExceeded", "the analysis took longer than allowed")
        return JobStatus.FAILED.value
    except TRANSIENT_ERRORS as exc:
        for other, _ in along:
            _put_back(jobs, other["job_id"])
        with suppress(*TRANSIENT_ERRORS):
            jobs.requeue_job(job_id, type(exc).__name__, str(exc))
        raise
    except Exception as exc:  # noqa: BLE001 - any content error fails this job, not the worker
        log.exception("job %s failed", job_id)
        jobs.fail_job(job_id, type(exc).__name__, str(exc) or type(exc).__name__)
        return JobStatus.FAILED.value
    own, *others = outcomes
    for (other, other_article), outcome in zip(along, others, strict=True):
        _finish_along(jobs, self.app, settings, other, other_article, outcome)
    bind_job(job_id=job_id, article_id=job["article_id"])
    return _finish(jobs, job_id, job["article_id"], own)


def analyse_texts(texts: list[str]) -> list[dict | Exception]:
    """Each text's result or the error that stopped it: all through one ``nlp.pipe`` call, or
    one at a time when that call fails (so that an error lands on its own article)."""
    started = time.perf_counter()
    outcomes: list[dict | Exception] = []
    if len(texts) > 1:
        try:
            outcomes = list(extract_many(texts, nlp(), batch_size=len(texts)))
        except (SoftTimeLimitExceeded, *TRANSIENT_ERRORS):
            raise
        except Exception:  # noqa: BLE001 - found again below, one article at a time
            log.warning("a batch of %d articles failed; analysing them one at a time", len(texts))
    if not outcomes:
        for text in texts:
            try:
                outcomes.append(extract(text, nlp()))
            except (SoftTimeLimitExceeded, *TRANSIENT_ERRORS):
                raise
            except Exception as exc:  # noqa: BLE001 - the article's own error
                outcomes.append(exc)
    for _ in texts:
        EXTRACTION_SECONDS.observe((time.perf_counter() - started) / len(texts))
    return outcomes


def _finish(jobs: Store, job_id: str, article_id: str, outcome: dict | Exception) -> str:
    """Store a job's result, or fail it with its error; its final status."""
    if isinstance(outcome, Exception):
        log.error("job %s failed", job_id, exc_info=outcome)
        jobs.fail_job(job_id, type(outcome).__name__, str(outcome) or type(outcome).__name__)
        return JobStatus.FAILED.value
    jobs.succeed_job(job_id, article_id, outcome)
    log.info(
        "job succeeded: %d entities, %d quotes", len(outcome["entities"]), len(outcome["quotes"])
    )
    return JobStatus.SUCCEEDED.value


def _finish_along(
    jobs: Store,
    celery: Celery,
    settings: Settings,
    job: dict,
    article: dict,
    outcome: dict | Exception,
) -> None:
    """End a job taken along, under its own ids in the log, and queue its webhooks; a transient
    error puts it back in the queue instead."""
    bind_job(job_id=job["job_id"], article_id=article["article_id"])
    try:
        _finish(jobs, job["job_id"], article["article_id"], outcome)
    except TRANSIENT_ERRORS:
        _put_back(jobs, job["job_id"])
        return
    with suppress(*TRANSIENT_ERRORS):
        queue_callbacks(jobs, celery, settings, job["job_id"])


def _put_back(jobs: Store, job_id: str) -> None:
    """Return a job taken along to the queue (the sweeper sends its message again if needed)."""
    with suppress(*TRANSIENT_ERRORS):
        jobs.requeue_job(job_id, "Interrupted", "its batch stopped before it was analysed")
