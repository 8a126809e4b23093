"""Redis connections built from settings, with the reconnect behaviour a queue needs."""

from __future__ import annotations

from redis import Redis
from redis.backoff import ExponentialBackoff, NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

from workers.settings import Settings

#: errors that mean "Redis is briefly away", worth a retry rather than a failed job
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (RedisConnectionError, RedisTimeoutError)

#: seconds an HTTP request may wait for an unreachable Redis: two tries of connect + read
REQUEST_DEADLINE = 2.0
REQUEST_CONNECT_TIMEOUT = 0.25
REQUEST_SOCKET_TIMEOUT = 0.75


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


def connect_for_requests(settings: Settings) -> Redis:
    """A client for the API: a call on a dead Redis fails within ``REQUEST_DEADLINE`` seconds.

    One immediate retry carries a call over a connection that a Redis restart dropped; there
    are no health-check pings, which would wait and retry on their own.
    """
    return Redis.from_url(
        settings.redis_url,
        socket_timeout=REQUEST_SOCKET_TIMEOUT,
        socket_connect_timeout=REQUEST_CONNECT_TIMEOUT,
        retry=Retry(NoBackoff(), retries=1),
        retry_on_error=list(TRANSIENT_ERRORS),
    )
