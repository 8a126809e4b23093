"""OpenAPI helpers: every error an operation can answer, documented as problem+json; the
Swagger UI assets for ``/docs``, served from the ``swagger-ui-bundle`` package (no network)."""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint as FlaskBlueprint
from flask import Flask
from flask_smorest import Blueprint
from swagger_ui_bundle import swagger_ui_path

from api.errors import PROBLEM_MIMETYPE
from api.schemas import Problem

DESCRIPTIONS = {
    400: "Malformed request (invalid JSON, undecodable text, a cursor not from this service)",
    404: "Unknown id",
    409: "Not possible in the current state (an `Idempotency-Key` in flight, a job still running)",
    413: "Body or text over its size limit",
    415: "Unsupported content type",
    422: "Invalid article, batch, fields or query parameters",
    503: "Redis or the queue is unavailable or full; retry after `Retry-After` seconds",
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


#: Where ``/docs`` loads Swagger UI from (``OPENAPI_SWAGGER_UI_URL``).
SWAGGER_UI_URL = "/docs/assets/"


def init_app(app: Flask) -> None:
    """Serve the packaged Swagger UI files under ``SWAGGER_UI_URL``."""
    assets = FlaskBlueprint(
        "swagger_ui_assets",
        __name__,
        static_folder=str(swagger_ui_path),
        static_url_path=SWAGGER_UI_URL.rstrip("/"),
    )
    app.register_blueprint(assets)
