"""Queue the analysis of newly stored articles, or take them back if the queue is down."""

from __future__ import annotations

import logging
from typing import Any

from api.errors import UNAVAILABLE_RETRY_AFTER, Problem
from api.extensions import services
from workers.celery_app import ANALYSE_TASK

log = logging.getLogger(__name__)


def enqueue(created: list[tuple[dict[str, Any], dict[str, Any]]], what: str) -> None:
    """Send the job of each new ``(article, job)``; if one fails, withdraw them all and 503.

    ``what`` names the submission in the problem's detail ("article", "batch").
    """
    svc = services()
    try:
        for _, job in created:
            svc.celery.send_task(ANALYSE_TASK, args=[job["job_id"]], task_id=job["job_id"])
    except Exception as exc:
        for article, job in created:
            svc.store.withdraw(article, job)
        raise Problem(
            503,
            "queue_unavailable",
            f"The job queue is unavailable; the {what} was not accepted. Retry later.",
            headers={"Retry-After": str(UNAVAILABLE_RETRY_AFTER)},
        ) from exc
    for _, job in created:
        log.info("job queued", extra={"job_id": job["job_id"], "article_id": job["article_id"]})


def refuse_when_queue_is_full() -> None:
    """503 with ``Retry-After`` while more jobs wait than ``QUOTEWIRE_MAX_QUEUE_DEPTH``."""
    svc = services()
    depth = svc.store.queue_depth(svc.celery.conf.task_default_queue)
    limit = svc.settings.max_queue_depth
    if depth >= limit:
        raise Problem(
            503,
            "queue_full",
            f"{depth} jobs are waiting, the limit is {limit} (QUOTEWIRE_MAX_QUEUE_DEPTH); "
            "the article was not accepted. Retry later.",
            headers={"Retry-After": str(UNAVAILABLE_RETRY_AFTER)},
        )
