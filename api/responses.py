"""JSON responses (orjson) with ETags (answering ``If-None-Match`` with 304) and polling hints."""

from __future__ import annotations

from typing import Any

import orjson
from flask import Response, request

from workers.keys import JobStatus


def json_response(
    body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """A JSON response with a strong ETag; a matching ``If-None-Match`` gets ``304``."""
    response = Response(orjson.dumps(body) + b"\n", status=status, mimetype="application/json")
    response.headers.update(headers or {})
    if status == 200:
        response.add_etag()
        response.make_conditional(request)
    return response


def polling_headers(status: str, retry_after: int) -> dict[str, str]:
    """``Retry-After`` while a job is unfinished, nothing once it is final."""
    return {} if JobStatus(status).finished else {"Retry-After": str(retry_after)}
