"""The Celery task that analyses one article: job record in, result and final status out."""

from __future__ import annotations

import logging
from contextlib import suppress
from functools import cache

from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_process_init

from workers.celery_app import ANALYSE_TASK, app
from workers.extraction import extract, load_nlp
from workers.keys import JobStatus
from workers.logging_setup import bind_job
from workers.metrics import EXTRACTION_SECONDS
from workers.redis_client import TRANSIENT_ERRORS, connect
from workers.settings import load_settings
from workers.store import Store
from workers.sweeper import SweepStep
from workers.webhook_tasks import queue_callbacks

log = logging.getLogger(__name__)

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
    """Analyse the article of ``job_id``; store its entities and quotes; return the final status.

    Transient Redis errors are retried with backoff; anything wrong with the content fails the
    job cleanly with its error type and message. A job seen more than ``max_attempts`` times
    (redelivered after worker crashes) is failed instead of run again.
    """
    jobs = store()
    job = jobs.get_job(job_id)
    if job is None:
        log.warning("job %s is unknown (expired?); dropping it", job_id)
        return "unknown"
    bind_job(article_id=job["article_id"])
    if JobStatus(job["status"]).finished:
        return job["status"]
    if job["attempts"] >= load_settings().max_attempts:
        jobs.fail_job(job_id, "TooManyAttempts", f"gave up after {job['attempts']} attempts")
        return JobStatus.FAILED.value
    jobs.start_job(job_id, worker=self.request.hostname or "unknown")
    log.info("job started (attempt %d)", job["attempts"] + 1)
    try:
        article = jobs.get_article(job["article_id"])
        if article is None:
            raise ContentError(f"article {job['article_id']} is gone")
        with EXTRACTION_SECONDS.time():
            result = extract(article["text"], nlp())
    except SoftTimeLimitExceeded:
        jobs.fail_job(job_id, "TimeLimitExceeded", "the analysis took longer than allowed")
        return JobStatus.FAILED.value
    except TRANSIENT_ERRORS as exc:
        with suppress(*TRANSIENT_ERRORS):
            jobs.requeue_job(job_id, type(exc).__name__, str(exc))
        raise
    except Exception as exc:  # noqa: BLE001 - any content error fails this job, not the worker
        log.exception("job %s failed", job_id)
        jobs.fail_job(job_id, type(exc).__name__, str(exc) or type(exc).__name__)
        return JobStatus.FAILED.value
    jobs.succeed_job(job_id, job["article_id"], result)
    log.info(
        "job succeeded: %d entities, %d quotes", len(result["entities"]), len(result["quotes"])
    )
    return JobStatus.SUCCEEDED.value
