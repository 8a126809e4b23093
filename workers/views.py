"""Public shapes of jobs and articles (API answers, webhooks), built from the store's records."""

from __future__ import annotations

from typing import Any

from workers.keys import JobStatus


def job_links(job_id: str, article_id: str) -> dict[str, str]:
    return {
        "self": f"/v1/jobs/{job_id}",
        "job": f"/v1/jobs/{job_id}",
        "article": f"/v1/articles/{article_id}",
    }


def job_error(record: dict[str, Any]) -> dict[str, str] | None:
    """The error of a failed job, ``None`` otherwise."""
    if record.get("status") != JobStatus.FAILED.value or "error_type" not in record:
        return None
    return {"type": record["error_type"], "message": record.get("error_message", "")}


def job_view(job: dict[str, Any]) -> dict[str, Any]:
    """The public view of a job record."""
    return {
        "job_id": job["job_id"],
        "article_id": job["article_id"],
        "status": job["status"],
        "attempts": job["attempts"],
        "created_at": job["created_at"],
        "started_at": job.get("started_at"),
        "finished_at": job.get("finished_at"),
        "worker": job.get("worker"),
        "error": job_error(job),
        "links": job_links(job["job_id"], job["article_id"]),
    }


def article_view(
    article: dict[str, Any], job: dict[str, Any] | None, result: dict[str, Any] | None
) -> dict[str, Any]:
    """The public view of an article with its job status and, when present, its results."""
    article_id, job_id = article["article_id"], article["job_id"]
    view: dict[str, Any] = {
        "article_id": article_id,
        "title": article.get("title"),
        "date": article.get("date"),
        "url": article.get("url"),
        "source": article.get("source"),
        "language": article.get("language", "en"),
        "metadata": article.get("metadata", {}),
        "created_at": article.get("created_at"),
        "job_id": job_id,
        "status": job["status"] if job else JobStatus.FAILED.value,
        "links": {
            "self": f"/v1/articles/{article_id}",
            "job": f"/v1/jobs/{job_id}",
            "page": f"/articles/{article_id}",
        },
        "text": article["text"],
    }
    if job is not None and (error := job_error(job)):
        view["error"] = error
    if result is not None and job is not None and job["status"] == JobStatus.SUCCEEDED.value:
        view["entities"] = result["entities"]
        view["quotes"] = result["quotes"]
    return view
