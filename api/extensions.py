"""The services a request needs (the store and the queue), wired into the app by ``init_app``."""

from __future__ import annotations

from dataclasses import dataclass

from celery import Celery
from flask import Flask, current_app

from workers.celery_app import create_celery
from workers.redis_client import (
    REQUEST_CONNECT_TIMEOUT,
    REQUEST_SOCKET_TIMEOUT,
    connect_for_requests,
)
from workers.settings import Settings
from workers.store import Store


@dataclass
class Services:
    """What the views use: the settings, the Redis store and the Celery producer."""

    settings: Settings
    store: Store
    celery: Celery


def init_app(app: Flask, settings: Settings) -> None:
    """Attach the store and the queue producer for ``settings`` to ``app``."""
    app.extensions["quotewire"] = Services(
        settings=settings,
        store=Store(connect_for_requests(settings), ttl=settings.result_ttl),
        celery=_producer(settings),
    )


def _producer(settings: Settings) -> Celery:
    """The Celery app the API sends tasks with; a dead broker fails a send as fast as the store."""
    celery = create_celery(settings)
    celery.conf.broker_transport_options = {
        **celery.conf.broker_transport_options,
        "socket_connect_timeout": REQUEST_CONNECT_TIMEOUT,
        "socket_timeout": REQUEST_SOCKET_TIMEOUT,
    }
    celery.conf.broker_connection_timeout = REQUEST_CONNECT_TIMEOUT
    celery.conf.task_publish_retry_policy = {
        "max_retries": 1,
        "interval_start": 0,
        "interval_step": 0,
        "interval_max": 0,
    }
    return celery


def services() -> Services:
    """The services of the current app."""
    return services_of(current_app)


def services_of(app: Flask) -> Services:
    """The services of ``app``."""
    return app.extensions["quotewire"]
