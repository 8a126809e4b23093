"""Answers for cursor-paginated lists: the items, the next cursor and a ``next`` link."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from flask import Response, request

from api.errors import Problem
from api.responses import json_response
from workers.search import InvalidCursor


def page_response(fetch: Callable[[], tuple[list[dict[str, Any]], str | None]]) -> Response:
    """Run ``fetch`` (items and next cursor) and answer the page; a bad cursor is ``400``."""
    try:
        items, cursor = fetch()
    except InvalidCursor as exc:
        raise Problem(400, "invalid_cursor", "The cursor is not one this service gave.") from exc
    links = {"self": request.full_path.rstrip("?")}
    if cursor is not None:
        query = {k: v for k, v in request.args.items() if k != "cursor"}
        links["next"] = f"{request.path}?{urlencode({**query, 'cursor': cursor})}"
    return json_response({"items": items, "cursor": cursor, "links": links})
