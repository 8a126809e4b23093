"""Queue the analysis of newly stored articles, or take them back if the queue is down."""

from __future__ import annotations

from typing import Any

from api.errors import Problem
from api.extensions import services
from workers.celery_app import ANALYSE_TASK


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
            headers={"Retry-After": "5"},
        ) from exc
