"""``/v1/articles``: submit an article, read it back with its entities and quotes."""

from __future__ import annotations

from flask import request
from flask.views import MethodView
from flask_smorest import Blueprint

from api import schemas
from api.auth import owner
from api.docs import problems
from api.enqueue import enqueue, refuse_when_queue_is_full
from api.errors import Problem
from api.extensions import services
from api.responses import json_response, polling_headers
from api.submission import read_article, register_callback
from workers.keys import JobStatus
from workers.selection import select
from workers.store import content_hash, submission_of
from workers.views import article_view, job_links

blp = Blueprint("articles", __name__, url_prefix="/v1/articles", description="Articles")

MAX_KEY_LENGTH = 200
_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": schemas.ArticleIn},
        "text/plain": {
            "schema": {"type": "string", "pattern": schemas.NOT_BLANK},
            "example": " date 2020-10-06 The head of Russia’s Foreign Intelligence Service…",
        },
    },
    "description": "JSON, or plain text with an optional leading `date YYYY-MM-DD` header.",
}


@blp.route("")
class Articles(MethodView):
    @blp.doc(
        requestBody=_BODY,
        parameters=[
            {
                "in": "header",
                "name": "Idempotency-Key",
                "required": False,
                "schema": {"type": "string", "maxLength": 200},
            }
        ],
    )
    @blp.response(202, schemas.Accepted, description="Accepted; poll the job at `Location`.")
    @problems(blp, 400, 409, 413, 415, 422, 503)
    def post(self):
        """Submit an article for analysis.

        An identical article (same text and metadata) returns its existing job.
        """
        svc = services()
        article = read_article(request, svc.settings.max_text_chars, svc.settings.max_text_tokens)
        callback_url = article.pop("callback_url", None)
        refuse_when_queue_is_full()
        client_key = request.headers.get("Idempotency-Key")
        if client_key is not None and not 1 <= len(client_key) <= MAX_KEY_LENGTH:
            raise Problem(
                400,
                "invalid_idempotency_key",
                f"Idempotency-Key must be 1 to {MAX_KEY_LENGTH} characters long.",
            )
        fingerprint = _fingerprint(article, callback_url)
        if client_key:
            held = svc.store.claim_idempotency(client_key, fingerprint, owner())
            replay = _idempotent_replay(held, fingerprint) if held is not None else None
            if replay is not None:
                return replay
        try:
            stored, job, created = svc.store.submit(article, owner())
            if created:
                enqueue([(stored, job)], "article")
        except Exception:
            if client_key:
                svc.store.release_idempotency(client_key, owner())
            raise
        if callback_url:
            register_callback(job["job_id"], callback_url)
        if client_key:
            svc.store.remember_idempotency(client_key, fingerprint, stored["article_id"], owner())
        return _accepted(stored["article_id"], job)


@blp.route("/<string:article_id>")
class ArticleById(MethodView):
    @blp.arguments(schemas.ArticleQuery, location="query", as_kwargs=True)
    @blp.response(200, schemas.Article, description="The article; results once succeeded.")
    @problems(blp, 404, 422, 503)
    def get(self, article_id: str, attributions: str, min_confidence: float):
        """Read an article, its job status and (once succeeded) its entities and quotes.

        `quotes` holds what was said or written; `?attributions=all` adds thoughts, intentions
        and evidence, each with its `act`; `?min_confidence=` keeps only the surer quotes.
        """
        store = services().store
        article, job = _article_and_job(article_id)
        result = store.get_result(article_id) if job else None
        if result is not None:
            result = select(result, attributions == "all", min_confidence)
        view = article_view(article, job, result)
        return json_response(view, headers=polling_headers(view["status"], _retry_after()))

    @blp.response(204, description="Removed, with its job, result and search entries.")
    @problems(blp, 404, 409)
    def delete(self, article_id: str):
        """Remove an article whose job is final: its job, result and quotes leave the search."""
        _, job = _article_and_job(article_id)
        if job is not None and not JobStatus(job["status"]).finished:
            raise Problem(
                409,
                "job_unfinished",
                f"The article's job is {job['status']}; remove it once the job is final.",
                headers={"Retry-After": str(_retry_after())},
            )
        services().store.delete_article(article_id)
        return "", 204


def _article_and_job(article_id: str) -> tuple[dict, dict | None]:
    """The stored article and its job; ``404`` if there is no such article."""
    store = services().store
    article = store.get_article(article_id, owner())
    if article is None:
        raise Problem(404, "article_not_found", f"No article with id {article_id!r}.")
    return article, store.get_job(article["job_id"], owner())


def _retry_after() -> int:
    return services().settings.retry_after


def _accepted(article_id: str, job: dict):
    body = {
        "job_id": job["job_id"],
        "article_id": article_id,
        "status": job["status"],
        "links": job_links(job["job_id"], article_id),
    }
    location = f"/v1/jobs/{job['job_id']}"
    return json_response(
        body,
        status=202,
        headers={
            "Location": location,
            "Operation-Location": location,
            "Retry-After": str(_retry_after()),
        },
    )


def _fingerprint(article: dict, callback_url: str | None) -> str:
    """What an ``Idempotency-Key`` is bound to: the article and its callback URL."""
    callback = {"callback_url": callback_url} if callback_url else {}
    return content_hash(submission_of(article) | callback)


def _idempotent_replay(held: dict[str, str], fingerprint: str):
    """The first answer for a repeated ``Idempotency-Key``; 409 while it is in flight, 422 if
    the body differs; ``None`` when its article has expired (the request is submitted anew)."""
    if "article_id" not in held:
        raise Problem(
            409,
            "idempotency_key_in_flight",
            "A request with this Idempotency-Key is still being processed; retry shortly.",
            headers={"Retry-After": str(_retry_after())},
        )
    if held["fingerprint"] != fingerprint:
        raise Problem(
            422,
            "idempotency_key_reused",
            "This Idempotency-Key was already used with a different article.",
        )
    store = services().store
    stored = store.get_article(held["article_id"], owner())
    job = store.get_job(stored["job_id"], owner()) if stored else None
    if job is None:
        return None
    return _accepted(stored["article_id"], job)
