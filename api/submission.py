"""Turn a POST body (JSON or the plain-text seed format) into a validated article."""

from __future__ import annotations

import json
from typing import Any

from flask import Request
from marshmallow import ValidationError

from api.errors import Problem, field_errors
from api.schemas import ArticleIn
from workers.article_text import split_header

JSON_TYPES = ("application/json",)
TEXT_TYPES = ("text/plain",)


def _is_json(mimetype: str) -> bool:
    return mimetype in JSON_TYPES or (
        mimetype.startswith("application/") and mimetype.endswith("+json")
    )


def _unsupported(mimetype: str, accepted: str) -> Problem:
    return Problem(
        415,
        "unsupported_media_type",
        f"Send the {accepted}, not {mimetype or 'no type'}.",
    )


def _body_text(request: Request) -> str:
    raw = request.get_data(cache=False)
    charset = request.mimetype_params.get("charset", "utf-8")
    try:
        return raw.decode(charset)
    except (UnicodeDecodeError, LookupError) as exc:
        raise Problem(400, "undecodable_body", f"The body is not valid {charset}: {exc}") from exc


def _parse_json(body: str) -> Any:
    try:
        return json.loads(body)
    except ValueError as exc:
        raise Problem(400, "malformed_json", f"The body is not valid JSON: {exc}") from exc


def read_json(request: Request, accepted: str) -> Any:
    """The decoded JSON body of ``request`` (``accepted`` names the body in a 415 detail)."""
    if not _is_json(request.mimetype):
        raise _unsupported(request.mimetype, accepted)
    return _parse_json(_body_text(request))


def _payload(request: Request) -> dict[str, Any]:
    mimetype = request.mimetype
    if not (_is_json(mimetype) or mimetype in TEXT_TYPES):
        raise _unsupported(mimetype, "article as application/json or text/plain")
    body = _body_text(request)
    if mimetype in TEXT_TYPES:
        return split_header(body).fields()
    payload = _parse_json(body)
    if not isinstance(payload, dict):
        raise Problem(
            422,
            "validation_failed",
            "The body must be a JSON object with at least a `text` field.",
            errors=[{"field": "_schema", "message": "Expected a JSON object."}],
        )
    return payload


def read_article(request: Request) -> dict[str, Any]:
    """The validated article of ``request``; raises a :class:`Problem` for bad input."""
    return validate_article(_payload(request))


def validate_article(payload: Any) -> dict[str, Any]:
    """The validated article of a decoded payload; raises a 422 :class:`Problem` if invalid."""
    try:
        article = ArticleIn().load(payload)
    except ValidationError as exc:
        errors = field_errors(
            exc.messages if isinstance(exc.messages, dict) else {"_schema": exc.messages}
        )
        raise Problem(
            422, "validation_failed", "The article is not valid; see `errors`.", errors=errors
        ) from exc
    if article.get("date") is not None:
        article["date"] = article["date"].isoformat()
    return article
