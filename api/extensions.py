"""The services a request needs (the store and the queue), wired into the app by ``init_app``."""

from __future__ import annotations

from dataclasses import dataclass

from celery import Celery
from flask import Flask, current_app

from workers.celery_app import create_celery
from workers.redis_client import connect
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
        store=Store(connect(settings), ttl=settings.result_ttl),
        celery=create_celery(settings),
    )


def services() -> Services:
    """The services of the current app."""
    return current_app.extensions["quotewire"]
