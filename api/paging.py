"""Answers for cursor-paginated lists: the items, the next cursor and a ``next`` link."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import Response, request

from api.responses import json_response


def page_response(items: list[dict[str, Any]], cursor: str | None) -> Response:
    """One page of ``items``, with the ``cursor`` of the next and a ``next`` link (if any)."""
    links = {"self": request.full_path.rstrip("?")}
    if cursor is not None:
        query = {k: v for k, v in request.args.items() if k != "cursor"}
        links["next"] = f"{request.path}?{urlencode({**query, 'cursor': cursor})}"
    return json_response({"items": items, "cursor": cursor, "links": links})
