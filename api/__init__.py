"""quotewire HTTP API: the Flask app factory."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask_smorest import Api

from workers.settings import Settings, load_settings


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the API app; ``test_config`` overrides the config (``SETTINGS`` replaces settings)."""
    from api import (
        articles,
        auth,
        batches,
        docs,
        entities,
        errors,
        extensions,
        health,
        jobs,
        metrics,
        pages,
        quotes,
        rate_limits,
        speakers,
    )

    app = Flask(__name__)
    config = test_config or {}
    settings: Settings = config.get("SETTINGS") or load_settings()
    app.config.from_mapping(
        API_TITLE="quotewire",
        API_VERSION="1.0.0",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="docs",
        OPENAPI_SWAGGER_UI_URL=docs.SWAGGER_UI_URL,
        MAX_CONTENT_LENGTH=settings.max_bytes,
    )
    app.config.update(config)
    app.json.sort_keys = False
    api = _Api(app, spec_kwargs=_spec_kwargs(settings))
    if settings.api_keys:
        api.spec.components.security_scheme("apiKey", {"type": "http", "scheme": "bearer"})
    resources = (articles, batches, jobs, quotes, speakers, entities, health)
    for resource in resources:
        api.register_blueprint(resource.blp)
    app.register_blueprint(pages.bp)
    docs.init_app(app)
    batches.init_app(api, settings)
    extensions.init_app(app, settings)
    auth.init_app(app)
    rate_limits.init_app(app, settings, extensions.services_of(app).store.redis)
    errors.init_app(app)
    metrics.init_app(app)
    return app


def _spec_kwargs(settings: Settings) -> dict[str, Any]:
    """The OpenAPI document's top level: with API keys on, every operation needs one."""
    kwargs: dict[str, Any] = {"info": {"description": _DESCRIPTION}}
    if settings.api_keys:
        kwargs["security"] = [{"apiKey": []}]
    return kwargs


class _Api(Api):
    """flask-smorest's Api without its generic JSON error response: ours are problem+json."""

    DEFAULT_ERROR_RESPONSE_NAME = None


_DESCRIPTION = (
    "Submit a news article, poll its job, read its named entities and attributed quotations. "
    "Offsets are Python code-point indices into the article's analysed `text`, end exclusive. "
    "Errors are RFC 9457 `application/problem+json`."
)
