"""``/v1/batches``: submit many articles at once, follow them together, read their results."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from typing import Any

from flask import Response, request, stream_with_context
from flask.views import MethodView
from flask_smorest import Api, Blueprint
from marshmallow import ValidationError

from api import schemas
from api.auth import owner
from api.docs import problems
from api.enqueue import enqueue, refuse_when_queue_is_full
from api.errors import Problem, field_errors
from api.extensions import services
from api.responses import json_response
from api.submission import read_json, register_callback, validate_article
from workers.keys import JobStatus
from workers.settings import Settings
from workers.views import article_view, job_links

blp = Blueprint("batches", __name__, url_prefix="/v1/batches", description="Batches")

NDJSON = "application/x-ndjson"
#: items of ``/results`` read from Redis per round
RESULTS_CHUNK = 50


@blp.route("")
class Batches(MethodView):
    @blp.doc(
        requestBody={
            "required": True,
            "content": {"application/json": {"schema": "BatchIn"}},
            "description": "Articles as `POST /v1/articles` takes them in JSON.",
        }
    )
    @blp.response(202, schemas.BatchAccepted, description="Accepted; follow it at `Location`.")
    @problems(blp, 400, 413, 415, 422, 503)
    def post(self):
        """Submit a batch of articles.

        Each article is validated on its own: an invalid one is listed in `rejected` with its
        index and errors, the others are accepted. An article already submitted (here or in
        another batch) reuses its existing job.
        """
        svc = services()
        request.max_content_length = svc.settings.max_batch_bytes
        payload = read_json(request, "batch as application/json")
        try:
            articles = schemas.batch_in(svc.settings.max_batch)().load(payload)["articles"]
        except ValidationError as exc:
            raise Problem(
                422,
                "validation_failed",
                "The batch is not valid; see `errors`.",
                errors=field_errors(
                    exc.messages if isinstance(exc.messages, dict) else {"_schema": exc.messages}
                ),
            ) from exc
        refuse_when_queue_is_full()
        items, rejected = _submit_all(articles, svc.settings.max_bytes)
        batch = svc.store.create_batch(items, rejected, owner())
        statuses = svc.store.job_statuses([item["job_id"] for item in items])
        views = [_item_view(item, status) for item, status in zip(items, statuses, strict=True)]
        body = {
            "batch_id": batch["batch_id"],
            "size": batch["size"],
            "items": views,
            "rejected": rejected,
            "links": _batch_links(batch["batch_id"]),
        }
        location = f"/v1/batches/{batch['batch_id']}"
        return json_response(
            body,
            status=202,
            headers={"Location": location, "Retry-After": str(svc.settings.retry_after)},
        )


@blp.route("/<string:batch_id>")
class BatchById(MethodView):
    @blp.arguments(schemas.PageArgs, location="query", as_kwargs=True)
    @blp.response(200, schemas.Batch, description="Counts by status and a page of job links.")
    @problems(blp, 400, 404, 422)
    def get(self, batch_id: str, limit: int = schemas.PAGE_SIZE, cursor: str | None = None):
        """Follow a batch: counts by status over all its items, its items a page at a time.

        `links.next` (absent on the last page) holds the cursor of the next page.
        """
        svc = services()
        batch = _batch_or_404(batch_id)
        start = _offset(cursor)
        all_items = svc.store.batch_items(batch_id)
        statuses = svc.store.job_statuses([item["job_id"] for item in all_items])
        counts = {status.value: 0 for status in JobStatus}
        for status in statuses:
            counts[status or JobStatus.FAILED.value] += 1
        page = range(start, min(start + limit, len(all_items)))
        links = _batch_links(batch_id)
        if page.stop < len(all_items):
            links["next"] = f"/v1/batches/{batch_id}?limit={limit}&cursor={_cursor(page.stop)}"
        finished = counts[JobStatus.QUEUED.value] + counts[JobStatus.RUNNING.value] == 0
        body = {
            "batch_id": batch_id,
            "created_at": batch["created_at"],
            "size": batch["size"],
            "finished": finished,
            "counts": counts,
            "items": [_item_view(all_items[i], statuses[i]) for i in page],
            "rejected": batch["rejected"],
            "links": links,
        }
        headers = {} if finished else {"Retry-After": str(svc.settings.retry_after)}
        return json_response(body, headers=headers)


@blp.route("/<string:batch_id>/results")
class BatchResults(MethodView):
    @blp.response(
        200,
        {"type": "string"},
        content_type=NDJSON,
        description="One article a line (as `GET /v1/articles/{id}`, with its batch `index`).",
    )
    @problems(blp, 404)
    def get(self, batch_id: str):
        """Stream the results of a batch as JSON Lines, in the order of the batch.

        Each line is the article with its status, and its entities and quotes once succeeded.
        """
        _batch_or_404(batch_id)
        lines = stream_with_context(_result_lines(batch_id))
        return Response(lines, mimetype=NDJSON)


def init_app(api: Api, settings: Settings) -> None:
    """Document the batch body with this deployment's batch size limit."""
    api.spec.components.schema("BatchIn", schema=schemas.batch_in(settings.max_batch))


def _submit_all(
    articles: list[Any], max_bytes: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Validate and submit each article; queue the new jobs (all withdrawn if the queue fails)."""
    svc = services()
    items, rejected, created = [], [], []
    callbacks: list[str | None] = []
    for index, payload in enumerate(articles):
        try:
            article = validate_article(
                payload, svc.settings.max_text_chars, svc.settings.max_text_tokens
            )
        except Problem as problem:
            rejected.append({"index": index, "errors": problem.errors})
            continue
        if len(json.dumps(payload, ensure_ascii=False).encode()) > max_bytes:
            message = f"The article is over the {max_bytes}-byte limit of one submission."
            rejected.append({"index": index, "errors": [{"field": "_schema", "message": message}]})
            continue
        callbacks.append(article.pop("callback_url", None))
        stored, job, is_new = svc.store.submit(article, owner())
        if is_new:
            created.append((stored, job))
        items.append({"index": index, "job_id": job["job_id"], "article_id": stored["article_id"]})
    enqueue(created, "batch")
    for item, callback_url in zip(items, callbacks, strict=True):
        if callback_url:
            register_callback(item["job_id"], callback_url)
    return items, rejected


def _result_lines(batch_id: str) -> Iterator[str]:
    store = services().store
    start = 0
    while chunk := store.batch_items(batch_id, start, start + RESULTS_CHUNK - 1):
        for item in chunk:
            yield json.dumps({"index": item["index"], **_result(item)}, ensure_ascii=False) + "\n"
        start += RESULTS_CHUNK


def _result(item: dict[str, Any]) -> dict[str, Any]:
    store = services().store
    article = store.get_article(item["article_id"], owner())
    if article is None:
        return _item_view(item, None)
    job = store.get_job(article["job_id"], owner())
    result = store.get_result(item["article_id"]) if job else None
    return article_view(article, job, result)


def _item_view(item: dict[str, Any], status: str | None) -> dict[str, Any]:
    """A batch item with its job's status (an expired job counts as failed)."""
    return {
        "index": item["index"],
        "job_id": item["job_id"],
        "article_id": item["article_id"],
        "status": status or JobStatus.FAILED.value,
        "links": job_links(item["job_id"], item["article_id"]),
    }


def _batch_links(batch_id: str) -> dict[str, str]:
    return {"self": f"/v1/batches/{batch_id}", "results": f"/v1/batches/{batch_id}/results"}


def _batch_or_404(batch_id: str) -> dict[str, Any]:
    batch = services().store.get_batch(batch_id, owner())
    if batch is None:
        raise Problem(404, "batch_not_found", f"No batch with id {batch_id!r}.")
    return batch


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o{offset}".encode()).decode().rstrip("=")


def _offset(cursor: str | None) -> int:
    """The item offset an opaque cursor stands for; 400 for one this API did not give."""
    if cursor is None:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if raw.startswith("o") and raw[1:].isdigit():
            return int(raw[1:])
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    raise Problem(400, "invalid_cursor", "The cursor is not one this API gave; start again.")
