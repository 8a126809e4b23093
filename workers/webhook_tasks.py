"""Webhook deliveries: queued when a job ends, retried with backoff for a bounded time."""

from __future__ import annotations

import http.client
import json
import logging
import random
import time

from celery import Celery

from workers.celery_app import DELIVER_WEBHOOK_TASK, app
from workers.keys import JobStatus
from workers.logging_setup import bind_job
from workers.settings import Settings, load_settings
from workers.store import Store, utcnow
from workers.views import job_view
from workers.webhooks import RefusedDestination, message_id, post_signed

log = logging.getLogger(__name__)

#: The longest wait between two attempts; below the broker's visibility timeout, so a
#: delayed retry is never redelivered twice.
MAX_BACKOFF = 600


def queue_callbacks(store: Store, celery: Celery, settings: Settings, job_id: str) -> int:
    """Queue one delivery per callback URL of a job that has ended; return how many.

    Safe to call more than once and from several processes: each URL is queued once.
    """
    job = store.get_job(job_id)
    if job is None or not JobStatus(job["status"]).finished:
        return 0
    deadline = time.time() + settings.webhook_retry_seconds
    urls = store.claim_callbacks(job_id)
    for url in urls:
        celery.send_task(DELIVER_WEBHOOK_TASK, args=[job_id, url, deadline])
    return len(urls)


def payload(job: dict) -> bytes:
    """The webhook body: the event type, when it was sent, and the job record."""
    # the public job record, exactly as GET /v1/jobs answers
    event = {"type": f"job.{job['status']}", "timestamp": utcnow(), "data": job_view(job)}
    return json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode()


def backoff(retries: int) -> float:
    """Seconds before the next attempt: 1, 2, 4, … up to :data:`MAX_BACKOFF`, give or take 20%."""
    return min(MAX_BACKOFF, 2.0**retries) * random.uniform(0.8, 1.2)


@app.task(name=DELIVER_WEBHOOK_TASK, bind=True)
def deliver_webhook(self, job_id: str, url: str, deadline: float) -> str:
    """POST the ended job to ``url``; retry failures until ``deadline`` (epoch seconds)."""
    from workers.tasks import store

    settings = load_settings()
    jobs = store()
    job = jobs.get_job(job_id)
    if job is None:
        log.warning("webhook dropped: the job is gone")
        return "unknown"
    bind_job(article_id=job["article_id"])
    try:
        status = post_signed(url, payload(job), message_id(job_id, url), settings)
    except RefusedDestination as exc:
        jobs.set_callback_state(job_id, url, "failed")
        log.warning("webhook refused: the callback URL %s", exc)
        return "refused"
    except (OSError, http.client.HTTPException) as exc:
        problem = f"{type(exc).__name__}: {exc}"
    else:
        if 200 <= status < 300:
            jobs.set_callback_state(job_id, url, "delivered")
            log.info("webhook delivered (HTTP %s)", status)
            return "delivered"
        problem = f"HTTP {status}"
    delay = backoff(self.request.retries)
    if time.time() + delay > deadline:
        jobs.set_callback_state(job_id, url, "failed")
        log.warning(
            "webhook failed after %d attempts, giving up: %s",
            self.request.retries + 1,
            problem,
        )
        return "failed"
    log.info("webhook attempt failed (%s); retrying in %.1f s", problem, delay)
    raise self.retry(countdown=delay, max_retries=None)
