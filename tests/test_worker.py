"""The Celery task with a real worker and a real Redis: success, failures, retries, redelivery."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

import workers.tasks as tasks
from tests.conftest import ROOT
from tests.offsets import assert_offsets_exact
from workers.keys import job_key

TEXT = (
    "Maria Lopez, the mayor of Springfield, said the budget was balanced. "
    '"We kept every promise," Lopez told reporters on Monday.'
)


def stored_job(redis_client) -> dict:
    """A queued job recorded without enqueueing it (the task is then run in-process)."""
    from workers.store import Store

    article, job, _ = Store(redis_client).submit({"text": TEXT})
    return {"job_id": job["job_id"], "article_id": article["article_id"]}


def submit(client, text: str = TEXT) -> dict:
    response = client.post("/v1/articles", json={"text": text})
    assert response.status_code == 202
    return response.get_json()


def test_a_job_runs_to_success_with_consistent_offsets(client, celery_worker, wait_for_job):
    accepted = submit(client)
    job = wait_for_job(accepted["job_id"])
    assert job["status"] == "succeeded", job
    assert job["attempts"] == 1
    assert job["started_at"] and job["finished_at"] and job["worker"]
    article = client.get(f"/v1/articles/{accepted['article_id']}")
    assert "Retry-After" not in article.headers
    view = article.get_json()
    text = view["text"]
    assert any(entity["type"] == "PERSON" for entity in view["entities"])
    assert_offsets_exact(text, view)
    for entity in view["entities"]:
        assert entity["count"] == len(entity["mentions"]) >= 1
    for quote in view["quotes"]:
        assert quote["kind"] in ("direct", "indirect", "mixed")


def test_bad_content_fails_the_job_once_without_retrying(
    client, celery_worker, wait_for_job, monkeypatch
):
    calls = []

    def explode(text, nlp):
        calls.append(text)
        raise ValueError("cannot analyse this")

    monkeypatch.setattr(tasks, "extract", explode)
    accepted = submit(client, "A text that the extractor rejects.")
    job = wait_for_job(accepted["job_id"])
    assert job["status"] == "failed"
    assert job["error"] == {"type": "ValueError", "message": "cannot analyse this"}
    assert job["attempts"] == 1 and len(calls) == 1
    article = client.get(f"/v1/articles/{accepted['article_id']}").get_json()
    assert article["status"] == "failed" and article["error"]["type"] == "ValueError"
    assert "quotes" not in article


def test_a_transient_redis_error_is_retried(client, celery_worker, wait_for_job, monkeypatch):
    real_extract = tasks.extract
    calls = []

    def flaky(text, nlp):
        calls.append(text)
        if len(calls) == 1:
            raise RedisConnectionError("Redis went away")
        return real_extract(text, nlp)

    monkeypatch.setattr(tasks, "extract", flaky)
    accepted = submit(client, "Tom Baker said the weather would hold.")
    job = wait_for_job(accepted["job_id"], timeout=60)
    assert job["status"] == "succeeded"
    assert job["attempts"] == 2 and len(calls) == 2


def test_a_job_redelivered_too_often_is_failed_not_rerun(client, redis_client, monkeypatch):
    accepted = stored_job(redis_client)
    redis_client.hset(job_key(accepted["job_id"]), "attempts", 5)
    monkeypatch.setattr(tasks, "extract", pytest.fail)
    assert tasks.analyse_article.apply(args=[accepted["job_id"]]).get() == "failed"
    job = client.get(f"/v1/jobs/{accepted['job_id']}").get_json()
    assert job["error"]["type"] == "TooManyAttempts"


def test_a_finished_job_delivered_again_is_not_rerun(redis_client, monkeypatch):
    accepted = stored_job(redis_client)
    redis_client.hset(job_key(accepted["job_id"]), "status", "succeeded")
    monkeypatch.setattr(tasks, "extract", pytest.fail)
    assert tasks.analyse_article.apply(args=[accepted["job_id"]]).get() == "succeeded"


def test_an_unknown_job_is_dropped(redis_client):
    assert tasks.analyse_article.apply(args=["no-such-job"]).get() == "unknown"


def test_results_expire_with_the_configured_retention(redis_client, monkeypatch):
    from workers.store import Store

    accepted = stored_job(redis_client)
    store = Store(redis_client, ttl=60)
    monkeypatch.setattr(tasks, "store", lambda: store)
    monkeypatch.setattr(tasks, "extract", lambda text, nlp: {"entities": [], "quotes": []})
    assert tasks.analyse_article.apply(args=[accepted["job_id"]]).get() == "succeeded"
    assert 0 < redis_client.ttl(f"quotewire:result:{accepted['article_id']}") <= 60


def test_only_json_crosses_the_queue():
    from workers.celery_app import app

    assert app.conf.accept_content == ["json"]
    assert app.conf.task_serializer == app.conf.result_serializer == "json"
    assert app.conf.task_acks_late and app.conf.task_reject_on_worker_lost
    assert app.conf.task_soft_time_limit < app.conf.task_time_limit
    assert app.conf.task_time_limit < app.conf.broker_transport_options["visibility_timeout"]


def test_the_worker_never_loads_the_api():
    """Data flows one way: the worker's task modules import neither Flask nor the API."""
    code = (
        "import sys, json; import workers.tasks, workers.webhook_tasks, workers.sweeper;"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'api'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_a_worker_process_over_its_memory_limit_is_replaced(monkeypatch):
    """Celery replaces a pool process whose memory grew past the setting (given in MB)."""
    from workers.celery_app import celery_config
    from workers.settings import load_settings

    monkeypatch.setenv("QUOTEWIRE_WORKER_MAX_MEMORY_MB", "900")
    assert celery_config(load_settings())["worker_max_memory_per_child"] == 900 * 1024


def test_a_restore_of_unacknowledged_messages_cut_off_by_a_redis_restart_holds_up_no_other(
    redis_url,
):
    """kombu restores the messages of dead workers under a Redis lock; one a Redis restart
    interrupts is left held. The lock expires within seconds, not kombu's five minutes, so
    the next restore brings back a job that was running when Redis went away."""
    from kombu import Connection

    from workers.celery_app import UNACKED_MUTEX_EXPIRE, celery_config
    from workers.settings import load_settings

    settings = load_settings()
    options = celery_config(settings)["broker_transport_options"]
    assert options["unacked_mutex_expire"] == UNACKED_MUTEX_EXPIRE
    assert UNACKED_MUTEX_EXPIRE < settings.visibility_timeout
    with Connection(redis_url, transport_options=options) as conn:
        channel = conn.default_channel
        assert channel.unacked_mutex_expire == UNACKED_MUTEX_EXPIRE  # kombu reads the option
        client = channel.client
        key = f"{channel.unacked_mutex_key}-test"
        left = client.lock(key, timeout=channel.unacked_mutex_expire)  # as kombu takes it
        assert left.acquire(blocking=False)  # the restore Redis cut off never releases it
        try:
            assert 0 < client.pttl(key) / 1000 <= UNACKED_MUTEX_EXPIRE
        finally:
            client.delete(key)
