"""The Celery application: JSON only, late acks, bounded time, and reconnects that recover.

Importing this module never loads spaCy; tasks live in ``workers.tasks``, which only workers load.
"""

from __future__ import annotations

import ssl

from celery import Celery
from celery.signals import celeryd_init, setup_logging, task_postrun, task_prerun
from kombu import Exchange, Queue

from workers.logging_setup import bind_job, configure_logging, unbind_job
from workers.settings import Settings, load_settings

ANALYSE_TASK = "quotewire.analyse_article"
ANALYSIS_QUEUE = "quotewire"
#: Webhook deliveries wait in a queue of their own, never in line with analyses.
DELIVER_WEBHOOK_TASK = "quotewire.deliver_webhook"
WEBHOOK_QUEUE = "webhooks"
#: Seconds kombu's lock around restoring unacknowledged messages lives: a restore takes
#: milliseconds, and a lock left by one that a Redis restart interrupted holds up the next.
UNACKED_MUTEX_EXPIRE = 20
#: Seconds a new worker pool process has to load the model and report for work.
POOL_PROCESS_START_TIMEOUT = 120.0


def celery_config(settings: Settings) -> dict:
    """Celery settings for ``settings`` (see the Celery/Redis notes in the README)."""
    transport = {
        "visibility_timeout": settings.visibility_timeout,
        "socket_keepalive": True,
        "health_check_interval": 15,
        # Look for messages of dead workers every 10 s (kombu's default scans every 100 s).
        # ``retry_on_timeout`` stays off: its silent reconnect drops the worker's
        # subscription after a Redis restart and the worker stops consuming.
        "unacked_restore_throttle": 1,
        # The lock kombu restores those messages under outlives a restore that a Redis
        # restart interrupts; held for kombu's 300 s, no restore would run for five minutes.
        "unacked_mutex_expire": UNACKED_MUTEX_EXPIRE,
    }
    return {
        "broker_url": settings.redis_url,
        "broker_use_ssl": broker_ssl(settings.redis_url),
        "broker_transport_options": transport,
        "broker_connection_retry_on_startup": True,
        "broker_connection_max_retries": None,
        "worker_cancel_long_running_tasks_on_connection_loss": True,
        "task_serializer": "json",
        "result_serializer": "json",
        "accept_content": ["json"],
        "event_serializer": "json",
        "task_ignore_result": True,
        "result_backend": None,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": 1,
        "task_soft_time_limit": settings.task_soft_time_limit,
        "task_time_limit": settings.task_time_limit,
        "worker_max_tasks_per_child": 500,
        "worker_max_memory_per_child": settings.worker_max_memory_mb * 1024,  # in KiB
        # A new pool process loads the model before it reports for work: on a busy machine
        # that takes more than Celery's default 4 s, and its replacements die the same way.
        "worker_proc_alive_timeout": POOL_PROCESS_START_TIMEOUT,
        "worker_send_task_events": True,
        "task_send_sent_event": True,
        "task_default_queue": ANALYSIS_QUEUE,
        "task_queues": [
            Queue(name, Exchange(name), routing_key=name)
            for name in (ANALYSIS_QUEUE, WEBHOOK_QUEUE)
        ],
        "task_routes": {DELIVER_WEBHOOK_TASK: {"queue": WEBHOOK_QUEUE}},
        "broker_pool_limit": 10,
        "worker_hijack_root_logger": False,
    }


def broker_ssl(redis_url: str) -> dict | None:
    """TLS options of a ``rediss://`` broker: the server's certificate is verified.

    (kombu would not verify it by default.) ``ssl_*`` query parameters of the URL, such as
    ``ssl_ca_certs=/path/ca.pem``, replace these options, for Celery as for redis-py.
    """
    return {"ssl_cert_reqs": ssl.CERT_REQUIRED} if redis_url.startswith("rediss://") else None


def create_celery(settings: Settings | None = None) -> Celery:
    """Build the Celery app for ``settings`` (default: the environment)."""
    settings = settings or load_settings()
    celery = Celery("quotewire", include=["workers.tasks", "workers.webhook_tasks"])
    celery.conf.update(celery_config(settings))
    return celery


app = create_celery()


# -- logging: quotewire's own setup instead of Celery's; job ids on every line of a job task --


@celeryd_init.connect  # early enough for the worker's own start-up warnings
@setup_logging.connect
def _configure_logging(loglevel: int | str | None = None, **_: object) -> None:
    configure_logging(load_settings().log_format, loglevel or "INFO")


@task_prerun.connect
def _bind_job(task: object = None, args: tuple = (), **_: object) -> None:
    if getattr(task, "name", None) in (ANALYSE_TASK, DELIVER_WEBHOOK_TASK) and args:
        bind_job(job_id=args[0])


@task_postrun.connect
def _unbind_job(**_: object) -> None:
    unbind_job()
