"""OpenAPI helpers: every error an operation can answer, documented as problem+json."""

from __future__ import annotations

from collections.abc import Callable

from flask_smorest import Blueprint

from api.errors import PROBLEM_MIMETYPE
from api.schemas import Problem

DESCRIPTIONS = {
    400: "Malformed body (invalid JSON or undecodable text)",
    404: "Unknown id",
    413: "Body over the size limit",
    415: "Unsupported content type",
    422: "Invalid article or query parameter",
    503: "Service unavailable; retry after `Retry-After` seconds",
}


def problems(blp: Blueprint, *statuses: int) -> Callable:
    """Document ``statuses`` as ``application/problem+json`` answers of a view."""

    def decorate(view: Callable) -> Callable:
        for status in statuses:
            view = blp.alt_response(
                status,
                schema=Problem,
                content_type=PROBLEM_MIMETYPE,
                description=DESCRIPTIONS[status],
            )(view)
        return view

    return decorate
