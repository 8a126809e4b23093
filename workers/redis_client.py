"""Redis connections built from settings, with the reconnect behaviour a queue needs."""

from __future__ import annotations

from redis import Redis
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

from workers.settings import Settings

#: errors that mean "Redis is briefly away", worth a retry rather than a failed job
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (RedisConnectionError, RedisTimeoutError)


def connect(settings: Settings) -> Redis:
    """A client for ``settings.redis_url`` that retries briefly across a Redis restart."""
    return Redis.from_url(
        settings.redis_url,
        socket_timeout=10,
        socket_connect_timeout=5,
        health_check_interval=15,
        retry=Retry(ExponentialBackoff(cap=2.0, base=0.1), retries=8),
        retry_on_error=list(TRANSIENT_ERRORS),
    )
