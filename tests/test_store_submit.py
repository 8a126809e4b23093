"""Submission against a real Redis: deduplication across expiry and concurrent requests."""

from __future__ import annotations

import threading
import time

import pytest

from workers.keys import article_key, dedupe_key, job_key
from workers.store import Store, content_hash, submission_of

ARTICLE = {"text": "Jane Doe said the plan would work.", "title": "Plans"}
FINGERPRINT = content_hash(submission_of(ARTICLE))


@pytest.fixture
def store(redis_client) -> Store:
    return Store(redis_client, ttl=60)


def submit_concurrently(store: Store, count: int = 8) -> list[tuple[dict, dict, bool]]:
    """``count`` threads submit ``ARTICLE`` at the same moment."""
    barrier = threading.Barrier(count)
    results: list[tuple[dict, dict, bool]] = []

    def submit() -> None:
        barrier.wait()
        results.append(store.submit(dict(ARTICLE)))

    threads = [threading.Thread(target=submit) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == count
    return results


def assert_one_submission(store: Store, results: list[tuple[dict, dict, bool]]) -> None:
    assert sum(created for _, _, created in results) == 1
    assert len({(article["article_id"], job["job_id"]) for article, job, _ in results}) == 1
    article_id = results[0][0]["article_id"]
    assert store.redis.get(dedupe_key(FINGERPRINT)).decode() == article_id
    assert len(list(store.redis.scan_iter("quotewire:job:*"))) == 1


def test_the_dedupe_key_never_outlives_its_article(store):
    article, job, created = store.submit(ARTICLE)
    assert created
    # Read in this order, a later read can only show less time left: the dedupe key last.
    pipe = store.redis.pipeline()
    for name in (
        article_key(article["article_id"]),
        job_key(job["job_id"]),
        dedupe_key(FINGERPRINT),
    ):
        pipe.pttl(name)
    article_ttl, job_ttl, dedupe_ttl = pipe.execute()
    assert 0 < dedupe_ttl <= min(article_ttl, job_ttl)


def test_an_article_that_expired_before_its_dedupe_key_is_submitted_afresh(store):
    first, _, _ = store.submit(ARTICLE)
    store.redis.pexpire(article_key(first["article_id"]), 1)
    while store.redis.exists(article_key(first["article_id"])):
        time.sleep(0.01)
    assert store.redis.exists(dedupe_key(FINGERPRINT))
    again, job, created = store.submit(ARTICLE)
    assert created and again["article_id"] != first["article_id"]
    assert store.redis.get(dedupe_key(FINGERPRINT)).decode() == again["article_id"]
    assert store.get_job(job["job_id"])["status"] == "queued"
    assert store.submit(ARTICLE)[2] is False


def test_concurrent_identical_submissions_create_one_job(store):
    assert_one_submission(store, submit_concurrently(store))


def test_concurrent_submissions_repair_a_stale_dedupe_key_once(store):
    store.redis.set(dedupe_key(FINGERPRINT), "gone-article", ex=60)
    assert_one_submission(store, submit_concurrently(store))
