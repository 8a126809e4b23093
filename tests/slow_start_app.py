"""A Celery app with quotewire's settings whose pool processes take 6 s to start.

A spaCy model loading on a busy machine takes as long; ``test_worker_pool`` runs it.
"""

from __future__ import annotations

import os
import time

from celery import Celery
from celery.signals import worker_process_init
from kombu import Queue
from redis import Redis

from workers.celery_app import celery_config
from workers.settings import load_settings

QUEUE = "quotewire-test-slow-start"
STARTED = "quotewire:test:slow-start:started"  # pids of the pool processes that began starting
RAN = "quotewire:test:slow-start:ran"  # pid of the process that ran the task

app = Celery("slow_start")
app.conf.update(celery_config(load_settings()))
app.conf.update(task_default_queue=QUEUE, task_queues=[Queue(QUEUE)], task_routes={})


@worker_process_init.connect
def _slow_start(**_: object) -> None:
    with Redis.from_url(os.environ["REDIS_URL"]) as redis:
        redis.rpush(STARTED, os.getpid())
    time.sleep(6)


@app.task(name="slow_start.record_pid")
def record_pid() -> None:
    with Redis.from_url(os.environ["REDIS_URL"]) as redis:
        redis.rpush(RAN, os.getpid())
