"""Per-key rate limits on ``/v1`` when API keys are on: Flask-Limiter, counting in Redis.

Every key gets ``QUOTEWIRE_RATE_LIMIT`` requests (all ``/v1`` routes together, fixed windows);
one more gets ``429`` problem+json with ``Retry-After``. Errors of the counters' Redis are not
swallowed: they reach the API's ``503`` handler, as any request that needs an absent Redis does.
"""

from __future__ import annotations

import time

from flask import Flask, Response, current_app, request
from flask_limiter import Limiter
from flask_limiter.errors import RateLimitExceeded
from limits import parse_many
from redis import Redis

from api.auth import is_api, owner
from api.errors import Problem, problem_response
from workers.keys import rate_limit_prefix
from workers.settings import Settings


def init_app(app: Flask, settings: Settings, redis: Redis) -> None:
    """Limit each key's ``/v1`` requests (nothing when keys are off); counters on ``redis``."""
    if not settings.api_keys:
        return
    parse_many(settings.rate_limit)  # a malformed limit stops the start, not the first request
    limiter = Limiter(
        key_func=owner,
        application_limits=[settings.rate_limit],
        application_limits_exempt_when=lambda: not is_api(request.path),
        storage_uri=settings.redis_url,
        storage_options={
            "connection_pool": redis.connection_pool,
            "key_prefix": rate_limit_prefix(),
        },
        strategy="fixed-window",
        swallow_errors=False,
    )
    limiter.init_app(app)
    app.extensions["quotewire_limiter"] = limiter
    app.register_error_handler(RateLimitExceeded, _rate_limited)


def _rate_limited(exc: RateLimitExceeded) -> Response:
    limiter: Limiter = current_app.extensions["quotewire_limiter"]
    current = limiter.current_limit
    reset_at = current.reset_at if current is not None else time.time() + 1
    wait = max(1, int(reset_at - time.time()))
    detail = (
        f"This API key made more than {exc.limit.limit} requests (QUOTEWIRE_RATE_LIMIT); "
        f"retry in {wait} s."
    )
    return problem_response(
        Problem(429, "rate_limited", detail, headers={"Retry-After": str(wait)})
    )
