"""The sweeper finds jobs that nothing will ever run and queues them again (or fails them)."""

from __future__ import annotations

import json
import time

import pytest
from redis import Redis

from tests.conftest import free_port
from tests.stack import get_json, start_stack, stop_stack, wait_for
from workers.celery_app import ANALYSE_TASK
from workers.celery_app import app as celery_app
from workers.keys import active_jobs_key
from workers.settings import load_settings
from workers.store import Store
from workers.sweeper import messages_in_flight, sweep

TEXT = "Maria Lopez, the mayor of Springfield, said the budget was balanced."
IDLE_QUEUE = "quotewire-sweeper-test"  # a queue no worker consumes


@pytest.fixture
def store(redis_client) -> Store:
    return Store(redis_client)


@pytest.fixture
def idle_queue(redis_client):
    """A queue name no worker reads, emptied afterwards (with its unacknowledged messages)."""
    yield IDLE_QUEUE
    redis_client.delete(IDLE_QUEUE)
    for tag, raw in redis_client.hgetall("unacked").items():
        if json.loads(raw)[2] == IDLE_QUEUE:
            redis_client.hdel("unacked", tag)
            redis_client.zrem("unacked_index", tag)


def written_but_never_queued(store: Store, text: str = TEXT) -> str:
    """A job recorded at submission whose message was never sent (the API died in between)."""
    _, job, created = store.submit({"text": text})
    assert created
    return job["job_id"]


def age(redis_client, job_id: str, seconds: float) -> None:
    """Pretend the job last made progress ``seconds`` ago."""
    redis_client.zadd(active_jobs_key(), {job_id: time.time() - seconds}, xx=True)


def run_sweep(store: Store, queue: str = "quotewire"):
    return sweep(store, celery_app, load_settings(), queue=queue)


def test_a_queued_job_with_no_message_is_sent_again_and_completes(
    store, redis_client, celery_worker, client, wait_for_job
):
    job_id = written_but_never_queued(store)
    age(redis_client, job_id, load_settings().requeue_after + 1)
    swept = run_sweep(store)
    assert swept.requeued == [job_id] and swept.failed == []
    assert wait_for_job(job_id)["status"] == "succeeded"
    assert redis_client.zscore(active_jobs_key(), job_id) is None


def test_a_young_queued_job_is_left_alone(store, redis_client):
    job_id = written_but_never_queued(store)
    age(redis_client, job_id, load_settings().requeue_after - 5)
    swept = run_sweep(store)
    assert swept.requeued == [] and swept.failed == []
    assert store.get_job(job_id)["status"] == "queued"


def test_a_queued_job_whose_message_waits_or_is_unacknowledged_is_left_alone(
    store, redis_client, idle_queue
):
    waiting = written_but_never_queued(store, "Tom Baker said the weather would hold.")
    delivered = written_but_never_queued(store, "Ann Lee said the school would reopen.")
    for job_id in (delivered, waiting):  # first in, first out
        celery_app.send_task(ANALYSE_TASK, args=[job_id], task_id=job_id, queue=idle_queue)
        age(redis_client, job_id, load_settings().requeue_after + 1)
    # Deliver one message the way kombu does: off the list, into the unacked hash.
    raw = redis_client.rpop(idle_queue)
    assert json.loads(raw)["headers"]["id"] == delivered
    redis_client.hset("unacked", "tag-1", json.dumps([json.loads(raw), "", idle_queue]))
    assert messages_in_flight(redis_client, idle_queue) == {waiting, delivered}

    swept = run_sweep(store, queue=idle_queue)
    assert swept.requeued == [] and swept.failed == []
    assert redis_client.llen(idle_queue) == 1
    for job_id in (waiting, delivered):  # seen alive: not looked at again for a while
        assert redis_client.zscore(active_jobs_key(), job_id) > time.time() - 60


def test_a_running_job_whose_worker_is_gone_is_queued_again_and_completes(
    store, redis_client, celery_worker, client, wait_for_job
):
    job_id = written_but_never_queued(store)
    # claimed under a lease by a process that still looks alive (this one)
    assert store.claim_job(job_id, "celery@gone", lease=3600, max_attempts=5)
    age(redis_client, job_id, load_settings().visibility_timeout + 1)
    swept = run_sweep(store)
    assert swept.requeued == [job_id]
    job = wait_for_job(job_id)
    assert job["status"] == "succeeded" and job["attempts"] == 2


def test_a_running_job_within_the_visibility_timeout_is_left_alone(store, redis_client):
    job_id = written_but_never_queued(store)
    store.start_job(job_id, worker="celery@busy")
    age(redis_client, job_id, load_settings().requeue_after + 1)
    assert run_sweep(store).requeued == []
    assert store.get_job(job_id)["status"] == "running"


def test_a_lost_job_at_its_attempts_cap_is_failed(store, redis_client):
    settings = load_settings()
    job_id = written_but_never_queued(store)
    store.start_job(job_id, worker="celery@gone")
    redis_client.hset(f"quotewire:job:{job_id}", "attempts", settings.max_attempts)
    age(redis_client, job_id, settings.visibility_timeout + 1)
    swept = run_sweep(store)
    assert swept.failed == [job_id] and swept.requeued == []
    job = store.get_job(job_id)
    assert job["status"] == "failed" and job["error_type"] == "TooManyAttempts"
    assert redis_client.zscore(active_jobs_key(), job_id) is None


def test_expired_jobs_leave_the_index(store, redis_client):
    redis_client.zadd(active_jobs_key(), {"expired-job": time.time() - 86400})
    assert run_sweep(store).requeued == []
    assert redis_client.zscore(active_jobs_key(), "expired-job") is None


def test_one_sweep_at_a_time(store, redis_client):
    job_id = written_but_never_queued(store)
    age(redis_client, job_id, load_settings().requeue_after + 1)
    lock = store.sweep_lock(timeout=30)
    assert lock.acquire()
    try:
        assert run_sweep(store) is None
    finally:
        lock.release()
    assert store.get_job(job_id)["status"] == "queued"


def test_every_unfinished_job_is_in_the_index_and_finished_ones_leave_it(store, redis_client):
    index = active_jobs_key()
    succeeded, failed = written_but_never_queued(store), written_but_never_queued(store, "B.")
    assert redis_client.zscore(index, succeeded) and redis_client.zscore(index, failed)
    store.start_job(succeeded, worker="celery@here")
    assert redis_client.zscore(index, succeeded)
    store.succeed_job(succeeded, store.get_job(succeeded)["article_id"], {"entities": []})
    store.fail_job(failed, "ValueError", "bad")
    assert redis_client.zcard(index) == 0


def test_make_run_sweeps_a_job_written_but_never_queued(tmp_path):
    api_port, redis_port = free_port(), free_port()
    base = f"http://127.0.0.1:{api_port}"
    stack = start_stack(
        tmp_path,
        api_port,
        redis_port,
        QUOTEWIRE_SWEEP_INTERVAL="1",
        QUOTEWIRE_REQUEUE_AFTER="1",
    )
    try:
        wait_for(lambda: get_json(f"{base}/readyz")[0] == 200, 90, "/readyz")
        with Redis(port=redis_port) as redis:
            job_id = written_but_never_queued(Store(redis))
        wait_for(
            lambda: get_json(f"{base}/v1/jobs/{job_id}")[1]["status"] == "succeeded",
            60,
            "the swept job",
        )
    finally:
        assert stop_stack(stack) == 0
    assert f"job {job_id} was queued with no message in flight" in stack.stdout.read().decode()
