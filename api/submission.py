"""Turn a POST body (JSON or the plain-text seed format) into a validated article."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from flask import Request
from marshmallow import ValidationError

from api.errors import Problem, field_errors
from api.extensions import services
from api.language import ANALYSED, foreign_language
from api.schemas import ArticleIn
from workers import text_size
from workers.article_text import split_header
from workers.webhook_tasks import queue_callbacks
from workers.webhooks import callback_url_error

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
        f"Send the {accepted}, not {mimetype}."
        if mimetype
        else f"Send the {accepted}; the request had no Content-Type.",
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


def _unencodable(value: Any, path: str) -> Iterator[dict[str, str]]:
    """Field errors for every string under ``value`` that UTF-8 cannot encode (lone surrogates)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            char = f"U+{ord(value[exc.start]):04X}"
            message = f"Contains a lone surrogate ({char}), which cannot be encoded as UTF-8."
            yield {"field": path, "message": message}
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from _unencodable(name, path or "_schema")
            yield from _unencodable(item, f"{path}.{name}" if path else str(name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _unencodable(item, f"{path}.{index}")


def read_article(request: Request, max_chars: int, max_tokens: int) -> dict[str, Any]:
    """The validated article of ``request``; raises a :class:`Problem` for bad input."""
    return validate_article(_payload(request), max_chars, max_tokens)


def validate_article(payload: Any, max_chars: int, max_tokens: int) -> dict[str, Any]:
    """The validated article of a decoded payload; raises a :class:`Problem` if invalid.

    A text over ``max_chars`` characters or ``max_tokens`` words and punctuation marks (more
    than a job analyses within its time limit) is refused with 413, one that is surely not
    English with 422, any other invalid field with 422.
    """
    errors = list(_unencodable(payload, ""))
    if errors:
        raise Problem(
            422, "validation_failed", "The article is not valid; see `errors`.", errors=errors
        )
    try:
        article = ArticleIn().load(payload)
    except ValidationError as exc:
        errors = field_errors(
            exc.messages if isinstance(exc.messages, dict) else {"_schema": exc.messages}
        )
        raise Problem(
            422, "validation_failed", "The article is not valid; see `errors`.", errors=errors
        ) from exc
    errors = callback_url_errors(article)
    if errors:
        raise Problem(
            422, "callback_url_refused", "The callback URL is refused; see `errors`.", errors=errors
        )
    if article.get("date") is not None:
        article["date"] = article["date"].isoformat()
    _check_size(article["text"], max_chars, max_tokens)
    language = foreign_language(article["text"])
    if language is not None:
        message = f"The text is in another language ({language}); only English (en) is analysed."
        raise _text_problem(422, "unsupported_language", message, "Send an English article.")
    article["language"] = ANALYSED
    return article


def _check_size(text: str, max_chars: int, max_tokens: int) -> None:
    """Raise 413 for a text over either limit (words are counted only in a long text)."""
    if len(text) > max_chars:
        limit = f"The text is over the limit of {max_chars} characters (QUOTEWIRE_MAX_TEXT_CHARS)."
        raise _text_problem(413, "text_too_long", limit, f"It has {len(text)}.")
    if len(text) > max_tokens and (n := text_size.tokens(text)) > max_tokens:
        limit = (
            f"The text is over the limit of {max_tokens} words and punctuation marks "
            "(QUOTEWIRE_MAX_TEXT_TOKENS)."
        )
        raise _text_problem(413, "text_too_long", limit, f"It has {n}.")


def callback_url_errors(article: dict[str, Any], field: str = "callback_url") -> list[dict]:
    """``[{field, message}]`` if the service will not call the article's ``callback_url``.

    Empty when the article has none or when it may be called.
    """
    url = article.get("callback_url")
    message = callback_url_error(url, services().settings) if url else None
    return [{"field": field, "message": message}] if message else []


def register_callback(job_id: str, url: str) -> None:
    """Call ``url`` back when the job ends; at once if it has already ended."""
    svc = services()
    svc.store.add_callback(job_id, url)
    queue_callbacks(svc.store, svc.celery, svc.settings, job_id)


def _text_problem(status: int, code: str, message: str, advice: str) -> Problem:
    """A problem with the article's ``text`` as a whole."""
    errors = [{"field": "text", "message": message}]
    return Problem(status, code, f"{message} {advice}", errors=errors)
