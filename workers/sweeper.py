"""The sweeper: queue again the jobs that nothing will run, from a thread in every worker.

A job is stranded when its record says ``queued`` or ``running`` but no message for it is
in flight: the API died between writing the job and sending its message, Redis lost the
message, or the worker running it died and its message is gone. Every
``QUOTEWIRE_SWEEP_INTERVAL`` seconds each worker's main process sweeps (one worker at a
time, under a Redis lock): it reads the jobs that made no progress for
``QUOTEWIRE_REQUEUE_AFTER`` seconds from the store's index, and for those without a
message in Celery's queue or unacknowledged hash it sends the message again, or fails the
job once it has had ``QUOTEWIRE_MAX_ATTEMPTS`` attempts. A ``running`` job is only taken
after ``QUOTEWIRE_VISIBILITY_TIMEOUT``, longer than any run may last.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field

from celery import Celery, bootsteps
from kombu.transport.redis import PRIORITY_STEPS, Channel
from redis import Redis
from redis.exceptions import LockError

from workers.celery_app import ANALYSE_TASK
from workers.keys import JobStatus
from workers.redis_client import connect
from workers.settings import Settings, load_settings
from workers.store import Store
from workers.webhook_tasks import queue_callbacks

log = logging.getLogger(__name__)


@dataclass
class Swept:
    """What one sweep did."""

    requeued: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def messages_in_flight(redis: Redis, queue: str) -> set[str]:
    """Task ids of the messages waiting in ``queue`` or delivered and not yet acknowledged.

    kombu's Redis transport keeps one list of JSON messages per priority step (``queue``,
    ``queue\\x06\\x163`` …) and a hash ``unacked`` of ``[message, exchange, routing_key]``;
    the task id is the message's ``headers.id``. Both are read in one transaction.
    """
    lists = [queue] + [f"{queue}{Channel.sep}{step}" for step in PRIORITY_STEPS if step]
    pipe = redis.pipeline(transaction=True)
    for name in lists:
        pipe.lrange(name, 0, -1)
    pipe.hvals(Channel.unacked_key)
    *waiting, unacked = pipe.execute()
    messages = [json.loads(raw) for batch in waiting for raw in batch]
    messages += [json.loads(raw)[0] for raw in unacked]
    return {message["headers"].get("id") for message in messages}


def sweep(
    store: Store, celery: Celery, settings: Settings, queue: str | None = None
) -> Swept | None:
    """Queue again or fail every stranded job; ``None`` if another sweep is running."""
    queue = queue or celery.conf.task_default_queue
    lock = store.sweep_lock(timeout=max(60, settings.sweep_interval))
    if not lock.acquire():
        return None
    try:
        return _sweep(store, celery, settings, queue)
    finally:
        try:
            lock.release()
        except LockError:
            log.warning("the sweep outlasted its lock")


def _sweep(store: Store, celery: Celery, settings: Settings, queue: str) -> Swept:
    swept = Swept()
    now = time.time()
    stale = store.stale_jobs(now - settings.requeue_after)
    if not stale:
        return swept
    in_flight = messages_in_flight(store.redis, queue)
    for job_id, last_progress in stale:
        job = store.get_job(job_id)
        if job is None or JobStatus(job["status"]).finished:
            store.forget_job(job_id)
        elif job_id in in_flight:
            store.touch_job(job_id)
        elif now - last_progress >= _patience(job["status"], settings):
            _rescue(store, celery, job, settings, queue, swept)
    return swept


def _patience(status: str, settings: Settings) -> int:
    """Seconds a job in ``status`` may go without progress before it counts as stranded."""
    return settings.visibility_timeout if status == JobStatus.RUNNING else settings.requeue_after


def _rescue(
    store: Store, celery: Celery, job: dict, settings: Settings, queue: str, swept: Swept
) -> None:
    """Fail a stranded job at its attempts cap, otherwise mark it queued and send it again."""
    job_id, status, attempts = job["job_id"], job["status"], job["attempts"]
    if attempts >= settings.max_attempts:
        store.fail_job(job_id, "TooManyAttempts", f"gave up after {attempts} attempts")
        log.warning("job %s was lost after %d attempts; failed it", job_id, attempts)
        queue_callbacks(store, celery, settings, job_id)
        swept.failed.append(job_id)
    elif store.requeue_stale(job_id, seen=status):
        with celery.connection_for_write() as connection:
            celery.send_task(
                ANALYSE_TASK, args=[job_id], task_id=job_id, queue=queue, connection=connection
            )
        log.warning("job %s was %s with no message in flight; queued it again", job_id, status)
        swept.requeued.append(job_id)


class SweepStep(bootsteps.StartStopStep):
    """Runs ``sweep`` every ``QUOTEWIRE_SWEEP_INTERVAL`` seconds in a thread of the worker."""

    def __init__(self, worker, **kwargs) -> None:  # noqa: ANN001
        super().__init__(worker, **kwargs)
        self.settings = load_settings()
        self.stopped = threading.Event()
        self.thread: threading.Thread | None = None

    def include_if(self, worker) -> bool:  # noqa: ANN001
        return self.settings.sweep_interval > 0

    def start(self, worker) -> None:  # noqa: ANN001
        store = Store(connect(self.settings), ttl=self.settings.result_ttl)
        self.thread = threading.Thread(
            target=self._run, args=(store, worker.app), name="quotewire-sweeper", daemon=True
        )
        self.thread.start()

    def stop(self, worker) -> None:  # noqa: ANN001
        self.stopped.set()
        if self.thread is not None:
            self.thread.join(timeout=10)

    def _run(self, store: Store, celery: Celery) -> None:
        while not self.stopped.wait(self.settings.sweep_interval):
            try:
                sweep(store, celery, self.settings)
            except Exception:  # noqa: BLE001 - a failed sweep is retried at the next interval
                log.exception("sweep failed; trying again in %d s", self.settings.sweep_interval)
