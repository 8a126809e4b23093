"""``/v1/batches`` against a real Redis and a real worker: submit, follow, stream the results."""

from __future__ import annotations

import json
import time

import pytest
from redis import Redis

from api import create_app
from tests.test_api import assert_problem

ARTICLES = [
    {"text": "Lena Park said the bridge would reopen in May.", "title": "Bridge"},
    {"text": "The mayor said nothing.", "date": "2021-03-04"},
]


def post_batch(client, articles):
    return client.post("/v1/batches", json={"articles": articles})


def wait_for_batch(client, batch_id: str, timeout: float = 120.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        batch = client.get(f"/v1/batches/{batch_id}").get_json()
        if batch["finished"]:
            return batch
        if time.monotonic() > deadline:
            raise AssertionError(f"batch {batch_id} unfinished after {timeout} s: {batch}")
        time.sleep(0.1)


def test_batch_is_accepted_followed_and_its_results_streamed(client, celery_worker):
    response = post_batch(client, ARTICLES)
    assert response.status_code == 202
    body = response.get_json()
    batch_id = body["batch_id"]
    assert response.headers["Location"] == f"/v1/batches/{batch_id}"
    assert response.headers["Retry-After"] == "1"
    assert body["size"] == 2 and body["rejected"] == []
    assert [item["index"] for item in body["items"]] == [0, 1]
    assert body["items"][0]["links"]["job"] == f"/v1/jobs/{body['items'][0]['job_id']}"
    assert body["links"]["results"] == f"/v1/batches/{batch_id}/results"

    batch = wait_for_batch(client, batch_id)
    assert batch["counts"] == {"queued": 0, "running": 0, "succeeded": 2, "failed": 0}
    assert "Retry-After" not in client.get(f"/v1/batches/{batch_id}").headers
    assert [item["status"] for item in batch["items"]] == ["succeeded", "succeeded"]

    results = client.get(f"/v1/batches/{batch_id}/results")
    assert results.status_code == 200
    assert results.mimetype == "application/x-ndjson"
    lines = [json.loads(line) for line in results.get_data(as_text=True).splitlines()]
    assert [line["index"] for line in lines] == [0, 1]
    assert lines[0]["title"] == "Bridge" and lines[1]["date"] == "2021-03-04"
    assert any(entity["name"] == "Lena Park" for entity in lines[0]["entities"])
    assert lines[0]["quotes"][0]["speaker"]["name"] == "Lena Park"


def test_invalid_items_are_rejected_by_index_and_the_others_accepted(client, redis_client):
    articles = [ARTICLES[0], {"text": "   "}, "not an object", None, {"text": "x", "extra": 1}]
    response = post_batch(client, articles)
    assert response.status_code == 202
    body = response.get_json()
    assert [item["index"] for item in body["items"]] == [0]
    rejected = {entry["index"]: entry["errors"] for entry in body["rejected"]}
    assert set(rejected) == {1, 2, 3, 4}
    assert rejected[1] == [{"field": "text", "message": "Must contain some text."}]
    assert rejected[4][0]["field"] == "extra"
    assert len(list(redis_client.scan_iter("quotewire:job:*"))) == 1
    batch = client.get(f"/v1/batches/{body['batch_id']}").get_json()
    assert batch["rejected"] == body["rejected"] and batch["size"] == 1


def test_a_batch_of_only_invalid_items_is_kept_with_its_rejections(client):
    body = post_batch(client, [{"title": "no text"}]).get_json()
    assert body["size"] == 0 and body["items"] == []
    assert body["rejected"] == [
        {"index": 0, "errors": [{"field": "text", "message": "Missing data for required field."}]}
    ]
    batch = client.get(f"/v1/batches/{body['batch_id']}").get_json()
    assert batch["finished"] is True
    assert client.get(f"/v1/batches/{body['batch_id']}/results").get_data() == b""


def test_duplicates_in_and_across_batches_reuse_the_job(unconsumed_settings):
    """On a database no test worker writes to, so that only this test's jobs are counted."""
    from api import create_app

    client = create_app({"TESTING": True, "SETTINGS": unconsumed_settings}).test_client()
    redis_client = Redis.from_url(unconsumed_settings.redis_url)
    single = client.post("/v1/articles", json=ARTICLES[1]).get_json()
    first = post_batch(client, [ARTICLES[0], ARTICLES[0], ARTICLES[1]]).get_json()
    second = post_batch(client, [ARTICLES[1], ARTICLES[0]]).get_json()
    jobs = [item["job_id"] for item in first["items"]]
    assert jobs[0] == jobs[1] and jobs[2] == single["job_id"]
    assert [item["job_id"] for item in second["items"]] == [jobs[2], jobs[0]]
    assert len(list(redis_client.scan_iter("quotewire:job:*"))) == 2
    assert sum(client.get(f"/v1/batches/{first['batch_id']}").get_json()["counts"].values()) == 3


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"articles": []}, "articles"),
        ({"articles": "text"}, "articles"),
        ({}, "articles"),
        ({"articles": [ARTICLES[0]], "more": 1}, "more"),
        ([ARTICLES[0]], "_schema"),
    ],
)
def test_a_malformed_batch_is_422(client, body, field):
    problem = assert_problem(client.post("/v1/batches", json=body), 422, "validation_failed")
    assert problem["errors"][0]["field"] == field


def test_batch_size_and_byte_limits(settings, redis_client):
    from dataclasses import replace

    app = create_app({"TESTING": True, "SETTINGS": replace(settings, max_batch=2, max_bytes=200)})
    client = app.test_client()
    problem = assert_problem(post_batch(client, ARTICLES * 2), 422, "validation_failed")
    message = "Length must be between 1 and 2."
    assert problem["errors"] == [{"field": "articles", "message": message}]
    body = post_batch(client, [{"text": "x" * 300}, ARTICLES[0]]).get_json()
    assert [entry["index"] for entry in body["rejected"]] == [0]
    assert "200-byte limit" in body["rejected"][0]["errors"][0]["message"]
    assert [item["index"] for item in body["items"]] == [1]
    # The whole body has its own limit, well above one article's.
    big = {"articles": [{"text": "y" * 150}] * 2}
    assert client.post("/v1/batches", json=big).status_code == 202
    assert settings.max_batch_bytes == 10_000_000


def test_batch_pages_follow_an_opaque_cursor(client):
    articles = [{"text": f"Speaker {n} said the vote was close."} for n in range(5)]
    batch_id = post_batch(client, articles).get_json()["batch_id"]
    seen, url = [], f"/v1/batches/{batch_id}?limit=2"
    while url:
        page = client.get(url).get_json()
        assert sum(page["counts"].values()) == 5 and page["size"] == 5
        assert len(page["items"]) <= 2
        seen += [item["index"] for item in page["items"]]
        url = page["links"].get("next")
    assert seen == [0, 1, 2, 3, 4]
    next_link = client.get(f"/v1/batches/{batch_id}?limit=2").get_json()["links"]["next"]
    assert "cursor=" in next_link and "=2" not in next_link.split("cursor=")[1]


def test_bad_cursor_page_size_and_unknown_batch(client):
    batch_id = post_batch(client, ARTICLES).get_json()["batch_id"]
    assert_problem(client.get(f"/v1/batches/{batch_id}?cursor=%%%"), 400, "invalid_cursor")
    assert_problem(client.get(f"/v1/batches/{batch_id}?cursor=MTA"), 400, "invalid_cursor")
    assert_problem(client.get(f"/v1/batches/{batch_id}?limit=0"), 422, "unprocessable_entity")
    assert_problem(client.get(f"/v1/batches/{batch_id}?limit=1001"), 422, "unprocessable_entity")
    assert_problem(client.get("/v1/batches/nope"), 404, "batch_not_found")
    assert_problem(client.get("/v1/batches/nope/results"), 404, "batch_not_found")


def test_batch_is_json_only(client):
    response = client.post("/v1/batches", data="text", content_type="text/plain")
    assert_problem(response, 415, "unsupported_media_type")
    response = client.post("/v1/batches", data="{", content_type="application/json")
    assert_problem(response, 400, "malformed_json")


def test_batch_keys_expire_with_the_retention(settings, redis_client):
    from dataclasses import replace

    app = create_app({"TESTING": True, "SETTINGS": replace(settings, result_ttl=600)})
    body = post_batch(app.test_client(), ARTICLES).get_json()
    batch_key = f"quotewire:batch:{body['batch_id']}"
    for name in (batch_key, f"{batch_key}:items"):
        assert 0 < redis_client.ttl(name) <= 600


def test_queue_outage_withdraws_every_new_job_of_the_batch(app, client, redis_client):
    existing = client.post("/v1/articles", json=ARTICLES[0]).get_json()
    services = app.extensions["quotewire"]
    sent = []

    def fails_on_the_second(name, args, task_id):
        if sent:
            raise ConnectionError("broker down")
        sent.append(task_id)

    services.celery.send_task = fails_on_the_second
    articles = [ARTICLES[0], ARTICLES[1], {"text": "A third one said so."}]
    response = post_batch(client, articles)
    assert_problem(response, 503, "queue_unavailable")
    assert response.headers["Retry-After"] == "5"
    assert len(sent) == 1, "the first new job was sent before the queue failed"
    assert not redis_client.exists(f"quotewire:job:{sent[0]}")
    assert redis_client.exists(f"quotewire:job:{existing['job_id']}")
    assert len(list(redis_client.scan_iter("quotewire:dedupe:*"))) == 1
    assert list(redis_client.scan_iter("quotewire:batch:*")) == []
