"""Prometheus metrics of the workers: jobs running and ended, extraction time, webhooks.

Every process of a worker (Celery's prefork children) writes its samples under
``PROMETHEUS_MULTIPROC_DIR``; the worker's main process serves their sum on
``QUOTEWIRE_WORKER_METRICS_PORT`` (see ``workers.multiprocess_metrics``).
"""

from __future__ import annotations

import logging
import os

from celery.signals import task_postrun, task_prerun, worker_process_shutdown, worker_ready
from prometheus_client import Counter, Gauge, Histogram, start_http_server

from workers.celery_app import ANALYSE_TASK, DELIVER_WEBHOOK_TASK
from workers.multiprocess_metrics import MULTIPROC_ENV, exposition_registry, process_exited
from workers.settings import load_settings

log = logging.getLogger(__name__)

JOBS_RUNNING = Gauge(
    "quotewire_jobs_running", "Jobs being analysed right now", multiprocess_mode="livesum"
)
JOBS_FINISHED = Counter("quotewire_jobs_finished", "Jobs that ended, by final status", ["status"])
EXTRACTION_SECONDS = Histogram(
    "quotewire_extraction_seconds",
    "Seconds to extract the entities and quotes of one article",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
)
WEBHOOK_DELIVERIES = Counter(
    "quotewire_webhook_deliveries",
    "Webhook delivery attempts, by outcome (delivered, retried, failed, refused)",
    ["outcome"],
)


# -- worker signals ------------------------------------------------------------------------


@worker_ready.connect
def _serve_metrics(**_: object) -> None:
    """Serve the worker's metrics from its main process on ``QUOTEWIRE_HOST`` (multiprocess)."""
    port = load_settings().worker_metrics_port
    if not (port and os.environ.get(MULTIPROC_ENV)):
        return
    try:
        start_http_server(port, addr=load_settings().host, registry=exposition_registry())
    except OSError as exc:
        log.error("worker metrics not served: port %d: %s", port, exc)
    else:
        log.info("worker metrics on port %d", port)


@worker_process_shutdown.connect
def _forget_process(pid: int | None = None, **_: object) -> None:
    process_exited(pid or os.getpid())


@task_prerun.connect
def _job_started(task: object = None, **_: object) -> None:
    if getattr(task, "name", None) == ANALYSE_TASK:
        JOBS_RUNNING.inc()


@task_postrun.connect
def _job_ended(task: object = None, retval: object = None, state: str = "", **_: object) -> None:
    name = getattr(task, "name", None)
    if name == ANALYSE_TASK:
        JOBS_RUNNING.dec()
        if state == "FAILURE":
            JOBS_FINISHED.labels("failed").inc()
        elif state == "SUCCESS" and retval in ("succeeded", "failed"):
            JOBS_FINISHED.labels(retval).inc()
    elif name == DELIVER_WEBHOOK_TASK:
        outcome = "retried" if state == "RETRY" else str(retval)
        WEBHOOK_DELIVERIES.labels(outcome).inc()
