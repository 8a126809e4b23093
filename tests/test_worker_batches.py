"""Jobs a worker takes along: claims under a lease, one ``nlp.pipe`` call, each job its own."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest

import workers.tasks as tasks
from workers.extraction import WINDOW_CHARS
from workers.keys import JobStatus, job_key, lease_key
from workers.store import Store, lease_holder

TEXTS = [
    'Maria Lopez, the mayor of Springfield, said the budget was balanced. "We kept every '
    'promise," Lopez told reporters.',
    '"The river is rising," said Tom Baker, the county engineer.',
    "The union said the strike would go ahead on Monday, according to a statement.",
]


@pytest.fixture
def store(redis_client) -> Store:
    return Store(redis_client)


@pytest.fixture
def batches(monkeypatch) -> list[list[str]]:
    """The texts of each ``extract_many`` call the task makes, recorded as it runs."""
    calls: list[list[str]] = []
    real_extract_many = tasks.extract_many

    def recording(texts, nlp, batch_size=8):
        calls.append(list(texts))
        return real_extract_many(texts, nlp, batch_size=batch_size)

    monkeypatch.setattr(tasks, "extract_many", recording)
    return calls


def queued(store: Store, text: str) -> tuple[str, str]:
    """A queued job recorded without a message: ``(job_id, article_id)``."""
    article, job, _ = store.submit({"text": text})
    return job["job_id"], article["article_id"]


def test_a_job_is_claimed_once_and_its_lease_ends_with_it(store, redis_client):
    job_id, article_id = queued(store, TEXTS[0])
    assert store.claim_job(job_id, "w1", lease=60, max_attempts=5)
    assert not store.claim_job(job_id, "w2", lease=60, max_attempts=5)
    assert not store.claim_job(job_id, "w2", lease=60, max_attempts=5, redelivered=True)
    job = store.get_job(job_id)
    assert (job["status"], job["attempts"], job["worker"]) == ("running", 1, "w1")
    assert redis_client.get(lease_key(job_id)) == lease_holder().encode()
    assert 0 < redis_client.ttl(lease_key(job_id)) <= 60
    store.succeed_job(job_id, article_id, {"entities": [], "quotes": []})
    assert not redis_client.exists(lease_key(job_id))
    assert not store.claim_job(job_id, "w2", lease=60, max_attempts=5, redelivered=True)


def test_a_running_job_whose_lease_lapsed_is_taken_again_only_when_redelivered(store, redis_client):
    job_id, _ = queued(store, TEXTS[0])
    assert store.claim_job(job_id, "w1", lease=60, max_attempts=5)
    redis_client.delete(lease_key(job_id))  # the worker died and its lease ran out
    assert not store.claim_job(job_id, "w2", lease=60, max_attempts=5)
    assert store.claim_job(job_id, "w2", lease=60, max_attempts=5, redelivered=True)
    assert store.get_job(job_id)["attempts"] == 2


def test_a_job_whose_holder_on_this_host_died_is_taken_again_when_redelivered(
    store, redis_client, monkeypatch
):
    def held_by(holder: str) -> str:
        job_id, _ = queued(store, f"{TEXTS[0]} Held by {holder}.")
        assert store.claim_job(job_id, "w1", lease=60, max_attempts=5)
        redis_client.set(lease_key(job_id), holder)
        return job_id

    for alive in (f"{socket.gethostname()}/1", "elsewhere/999999", lease_holder()):
        job_id = held_by(alive)
        assert not store.claim_job(job_id, "w2", lease=60, max_attempts=5, redelivered=True)
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    job_id = held_by(f"{socket.gethostname()}/{int(ended.stdout)}")
    assert not store.claim_job(job_id, "w2", lease=60, max_attempts=5)
    # its message, delivered again at once after the process died, runs the job
    monkeypatch.setattr(tasks, "extract", lambda text, nlp: {"entities": [], "quotes": []})
    assert tasks.analyse_article.apply(args=[job_id]).get() == "succeeded"
    assert store.get_job(job_id)["attempts"] == 2


def test_a_job_at_its_attempts_cap_or_put_back_is_handled_by_the_lease(store, redis_client):
    capped, _ = queued(store, TEXTS[0])
    redis_client.hset(job_key(capped), "attempts", 5)
    assert not store.claim_job(capped, "w1", lease=60, max_attempts=5)
    again, _ = queued(store, TEXTS[1])
    assert store.claim_job(again, "w1", lease=60, max_attempts=5)
    store.requeue_job(again, "Interrupted", "its batch stopped")
    assert not redis_client.exists(lease_key(again))
    assert store.claim_job(again, "w2", lease=60, max_attempts=5)


def test_claim_queued_takes_the_longest_waiting_short_queued_jobs(store):
    first, _ = queued(store, TEXTS[0])
    running, _ = queued(store, TEXTS[1])
    store.claim_job(running, "w0", lease=60, max_attempts=5)
    long_one, _ = queued(store, "Word " * (WINDOW_CHARS // 4))
    second, _ = queued(store, TEXTS[2])
    third, _ = queued(store, TEXTS[2] + " Again.")
    claimed = store.claim_queued("w1", lease=60, max_attempts=5, limit=2, max_chars=WINDOW_CHARS)
    assert [job["job_id"] for job, _ in claimed] == [first, second]
    assert [article["text"] for _, article in claimed] == [TEXTS[0], TEXTS[2]]
    assert {store.get_job(j)["status"] for j in (first, second)} == {"running"}
    assert {store.get_job(j)["status"] for j in (long_one, third)} == {"queued"}


def test_a_claimed_job_whose_article_is_gone_is_failed(store, redis_client):
    job_id, article_id = queued(store, TEXTS[0])
    redis_client.delete(f"quotewire:article:{article_id}")
    assert store.claim_queued("w1", lease=60, max_attempts=5, limit=3, max_chars=1000) == []
    assert store.get_job(job_id)["status"] == "queued"  # no text: left to its own message
    article_id_2 = queued(store, TEXTS[1])[1]
    job_2 = store.get_article(article_id_2)["job_id"]
    real_get_article = store.get_article
    store.get_article = lambda article_id, owner=None: None  # deleted between claim and read
    assert store.claim_queued("w1", lease=60, max_attempts=5, limit=3, max_chars=1000) == []
    store.get_article = real_get_article
    assert store.get_job(job_2)["error_type"] == "ContentError"
    assert store.get_job(job_2)["status"] == "failed"


def test_one_task_analyses_queued_short_jobs_together(store, batches, monkeypatch):
    jobs = [queued(store, text) for text in TEXTS]
    long_job, _ = queued(store, "Word " * (WINDOW_CHARS // 4))
    assert tasks.analyse_article.apply(args=[jobs[0][0]]).get() == "succeeded"
    assert batches == [TEXTS]
    for job_id, article_id in jobs:
        job = store.get_job(job_id)
        assert (job["status"], job["attempts"]) == ("succeeded", 1)
        alone = tasks.extract(store.get_article(article_id)["text"], tasks.nlp())
        assert store.get_result(article_id) == alone
    assert store.get_job(long_job)["status"] == "queued"
    # the messages of the jobs taken along arrive later and find them done
    monkeypatch.setattr(tasks, "extract", pytest.fail)
    assert tasks.analyse_article.apply(args=[jobs[1][0]]).get() == "succeeded"
    assert store.get_job(jobs[1][0])["attempts"] == 1


def test_an_error_in_a_batch_lands_on_its_own_article(store, monkeypatch):
    jobs = [queued(store, text) for text in TEXTS]
    real_extract = tasks.extract

    def failing_on_baker(text, nlp):
        if "Baker" in text:
            raise ValueError("cannot analyse this")
        return real_extract(text, nlp)

    def failing_batch(texts, nlp, batch_size=8):
        raise ValueError("one of these cannot be analysed")

    monkeypatch.setattr(tasks, "extract", failing_on_baker)
    monkeypatch.setattr(tasks, "extract_many", failing_batch)
    assert tasks.analyse_article.apply(args=[jobs[0][0]]).get() == "succeeded"
    statuses = [store.get_job(job_id) for job_id, _ in jobs]
    assert [job["status"] for job in statuses] == ["succeeded", "failed", "succeeded"]
    assert statuses[1]["error_type"] == "ValueError"
    assert store.get_result(jobs[2][1])["quotes"]


def test_a_job_another_worker_holds_is_left_to_it(store, monkeypatch):
    job_id, _ = queued(store, TEXTS[0])
    assert store.claim_job(job_id, "celery@elsewhere", lease=60, max_attempts=5)
    monkeypatch.setattr(tasks, "extract", pytest.fail)
    assert tasks.analyse_article.apply(args=[job_id]).get() == "held"
    job = store.get_job(job_id)
    assert (job["status"], job["attempts"], job["worker"]) == ("running", 1, "celery@elsewhere")


def test_a_transient_error_puts_the_jobs_taken_along_back(store, monkeypatch):
    from redis.exceptions import ConnectionError as RedisConnectionError

    jobs = [queued(store, text) for text in TEXTS]

    def redis_went_away(texts, nlp, batch_size=8):
        raise RedisConnectionError("Redis went away")

    monkeypatch.setattr(tasks, "extract_many", redis_went_away)
    with pytest.raises(RedisConnectionError):
        tasks.analyse_article.apply(args=[jobs[0][0]], throw=True, retries=5).get()
    for job_id, _ in jobs:
        job = store.get_job(job_id)
        assert job["status"] == JobStatus.QUEUED and job["attempts"] == 1
        assert not store.redis.exists(lease_key(job_id))


def test_the_worker_runs_every_message_of_a_batch_once(store, celery_worker, batches):
    from workers.celery_app import ANALYSE_TASK, app

    jobs = [queued(store, text) for text in TEXTS]
    for job_id, _ in jobs:
        app.send_task(ANALYSE_TASK, args=[job_id], task_id=job_id)
    deadline = time.monotonic() + 120
    while not all(JobStatus(store.get_job(j)["status"]).finished for j, _ in jobs):
        assert time.monotonic() < deadline, [store.get_job(j) for j, _ in jobs]
        time.sleep(0.1)
    assert batches == [TEXTS]
    for (job_id, article_id), text in zip(jobs, TEXTS, strict=True):
        job = store.get_job(job_id)
        assert (job["status"], job["attempts"]) == ("succeeded", 1)
        assert store.get_result(article_id) == tasks.extract(text, tasks.nlp())


def test_a_batch_over_its_time_limit_puts_every_job_back(store, monkeypatch):
    from celery.exceptions import SoftTimeLimitExceeded

    jobs = [queued(store, text) for text in TEXTS]

    def too_slow(texts, nlp, batch_size=8):
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(tasks, "extract_many", too_slow)
    assert tasks.analyse_article.apply(args=[jobs[0][0]]).get() == "queued"
    records = [store.get_job(job_id) for job_id, _ in jobs]
    assert [job["status"] for job in records] == ["queued"] * 3
    assert [job["error_type"] for job in records] == ["TimeLimitExceeded"] + ["Interrupted"] * 2
    assert not any(store.redis.exists(lease_key(job_id)) for job_id, _ in jobs)
