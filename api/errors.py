"""RFC 9457 problem details for every error the API returns."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, current_app, json
from redis.exceptions import WatchError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from workers.redis_client import TRANSIENT_ERRORS

PROBLEM_MIMETYPE = "application/problem+json"
#: seconds a client should wait before retrying while Redis or the queue is away
UNAVAILABLE_RETRY_AFTER = 5


class Problem(Exception):
    """An error answered as ``application/problem+json``.

    ``code`` is a stable machine-readable name; ``errors`` lists field errors as
    ``{"field": ..., "message": ...}``.
    """

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        title: str | None = None,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail
        self.title = title or _title(status)
        self.errors = errors or []
        self.headers = headers or {}


def _title(status: int) -> str:
    from werkzeug.http import HTTP_STATUS_CODES

    return HTTP_STATUS_CODES.get(status, "Error")


def problem_response(problem: Problem) -> Response:
    """Render ``problem`` as a problem+json response."""
    body: dict[str, Any] = {
        "type": f"urn:quotewire:problem:{problem.code}",
        "title": problem.title,
        "status": problem.status,
        "detail": problem.detail,
        "code": problem.code,
    }
    if problem.errors:
        body["errors"] = problem.errors
    response = Response(json.dumps(body) + "\n", status=problem.status, mimetype=PROBLEM_MIMETYPE)
    response.headers.update(problem.headers)
    return response


def field_errors(messages: dict[str, Any], prefix: str = "") -> list[dict[str, str]]:
    """Flatten marshmallow's nested error messages into ``[{field, message}]``."""
    errors: list[dict[str, str]] = []
    for name, value in messages.items():
        path = f"{prefix}.{name}" if prefix else str(name)
        if isinstance(value, dict):
            errors.extend(field_errors(value, path))
        else:
            for message in value if isinstance(value, list) else [value]:
                errors.append({"field": path, "message": str(message)})
    return errors


def _from_http_exception(exc: HTTPException) -> Response:
    code = (exc.name or "error").lower().replace(" ", "_").replace("'", "")
    status = exc.code or 500
    detail = exc.description or exc.name
    data = getattr(exc, "data", None) or {}
    errors = field_errors(data["messages"]) if "messages" in data else None
    headers = {
        name: value
        for name, value in exc.get_headers()
        if name.lower() not in ("content-type", "content-length")
    }
    return problem_response(
        Problem(status, code, detail, title=exc.name, errors=errors, headers=headers)
    )


def _too_large(exc: RequestEntityTooLarge) -> Response:
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    detail = f"The body is larger than the limit of {limit} bytes (QUOTEWIRE_MAX_BYTES)."
    return _from_http_exception(RequestEntityTooLarge(detail))


def _unavailable(code: str, detail: str) -> Response:
    headers = {"Retry-After": str(UNAVAILABLE_RETRY_AFTER)}
    return problem_response(Problem(503, code, detail, headers=headers))


def _redis_unavailable(exc: Exception) -> Response:
    current_app.logger.warning("redis unavailable: %s", exc)
    return _unavailable("redis_unavailable", "The store is unreachable; retry later.")


def _contended(exc: WatchError) -> Response:
    return _unavailable("store_busy", "Too many identical submissions at once; retry later.")


def _from_unexpected(exc: Exception) -> Response:
    current_app.logger.exception("unhandled error", exc_info=exc)
    return problem_response(
        Problem(500, "internal_error", "An unexpected error occurred; it has been logged.")
    )


def init_app(app: Flask) -> None:
    """Answer every error, including Werkzeug's and unexpected ones, with problem+json."""
    app.register_error_handler(Problem, problem_response)
    app.register_error_handler(RequestEntityTooLarge, _too_large)
    for error in TRANSIENT_ERRORS:
        app.register_error_handler(error, _redis_unavailable)
    app.register_error_handler(WatchError, _contended)
    app.register_error_handler(HTTPException, _from_http_exception)
    app.register_error_handler(Exception, _from_unexpected)
