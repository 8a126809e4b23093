"""The store's bookkeeping on its own (fakeredis: no server behaviour matters here)."""

from __future__ import annotations

import time

import fakeredis
import pytest

from workers.keys import JobStatus, article_key, dedupe_key, job_key, key
from workers.store import Store, content_hash, submission_of


@pytest.fixture
def store() -> Store:
    return Store(fakeredis.FakeRedis(), ttl=None)


def test_every_key_is_under_the_namespace():
    assert key("a", "b") == "quotewire:a:b"
    assert {article_key("1"), job_key("1"), dedupe_key("h")} == {
        "quotewire:article:1",
        "quotewire:job:1",
        "quotewire:dedupe:h",
    }


def test_job_statuses_know_when_they_are_final():
    assert [s.finished for s in JobStatus] == [False, False, True, True]


def test_submit_creates_then_deduplicates(store):
    article = {"text": "Body.", "title": "T", "metadata": {"a": 1}}
    first, job, created = store.submit(article)
    assert created and job["status"] == "queued" and job["attempts"] == 0
    again, same_job, created_again = store.submit(dict(article))
    assert not created_again
    assert (again["article_id"], same_job["job_id"]) == (first["article_id"], job["job_id"])


def test_submit_returns_the_records_as_the_reads_give_them_back(store):
    article = {"text": "Body.", "title": "T", "metadata": {"a": [1, "é"]}}
    stored, job, created = store.submit(article, owner="client-a")
    assert created
    assert stored == store.get_article(stored["article_id"])
    assert job == store.get_job(job["job_id"])
    assert stored["metadata"] == {"a": [1, "é"]} and job["owner"] == "client-a"


def test_fingerprint_of_a_stored_record_matches_the_submission(store):
    article = {"text": "Body.", "date": "2020-01-02", "metadata": {"k": "v"}}
    stored, _, _ = store.submit(article)
    assert content_hash(submission_of(stored)) == content_hash(submission_of(article))


def test_withdraw_lets_the_same_article_be_submitted_again(store):
    stored, job, _ = store.submit({"text": "Body."})
    store.withdraw(stored, job)
    assert store.get_article(stored["article_id"]) is None
    _, _, created = store.submit({"text": "Body."})
    assert created


def test_a_withdrawn_job_stays_gone_whatever_its_worker_writes_late(store):
    # A worker may claim a queued job in the moment between its submission and its withdrawal
    # (the queue failed): what it writes back afterwards must not bring the job back.
    stored, job, _ = store.submit({"text": "Body."})
    job_id = job["job_id"]
    assert store.start_job(job_id, worker="w1")["status"] == "running"
    store.withdraw(stored, job)
    store.requeue_job(job_id, "Interrupted", "its batch stopped")
    store.fail_job(job_id, "ContentError", "article is gone")
    store.succeed_job(job_id, stored["article_id"], {"entities": [], "quotes": []})
    assert store.start_job(job_id, worker="w2") is None
    assert store.redis.keys("quotewire:*") == []


def test_job_transitions(store):
    stored, job, _ = store.submit({"text": "Body."})
    running = store.start_job(job["job_id"], worker="w1")
    assert (running["status"], running["attempts"], running["worker"]) == ("running", 1, "w1")
    store.succeed_job(job["job_id"], stored["article_id"], {"entities": [], "quotes": []})
    done = store.get_job(job["job_id"])
    assert done["status"] == "succeeded" and done["finished_at"]
    assert store.get_result(stored["article_id"]) == {"entities": [], "quotes": []}
    assert store.start_job("missing", worker="w1") is None


def test_ttl_applies_to_every_key_of_an_article():
    store = Store(fakeredis.FakeRedis(), ttl=120)
    stored, job, _ = store.submit({"text": "Body."})
    store.succeed_job(job["job_id"], stored["article_id"], {"entities": [], "quotes": []})
    for name in store.redis.scan_iter("quotewire:*"):
        if not name.startswith(b"quotewire:index:"):
            assert 0 < store.redis.ttl(name) <= 120, name
    # The search index has no TTL of its own: reads prune it at the result's expiry time.
    expires_at = store.redis.zscore("quotewire:index:expiry", stored["article_id"])
    assert 0 < expires_at - time.time() <= 120
