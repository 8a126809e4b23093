"""The HTTP API against a real Redis: submission, polling, errors, caching, docs.

The ``app`` and ``redis_client`` of this module use a Redis database no test worker
consumes, so every job submitted here stays ``queued`` whichever tests ran before.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from redis import Redis

from api import schemas
from tests.conftest import ROOT, SEED

ARTICLE = {"text": "Jane Doe said the plan would work.", "title": "Plans", "source": "Wire"}


@pytest.fixture
def app(unconsumed_settings):
    from api import create_app

    return create_app({"TESTING": True, "SETTINGS": unconsumed_settings})


@pytest.fixture
def redis_client(unconsumed_settings) -> Iterator[Redis]:
    client = Redis.from_url(unconsumed_settings.redis_url)
    yield client
    client.close()


def post_json(client, body, **headers):
    return client.post("/v1/articles", json=body, headers=headers)


def assert_problem(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert body["status"] == status
    assert body["code"] == code
    assert body["title"] and body["detail"] and body["type"].endswith(code)
    return body


def test_submit_answers_202_with_job_location(client, redis_client):
    response = post_json(client, ARTICLE)
    assert response.status_code == 202
    body = response.get_json()
    assert body["status"] == "queued"
    assert response.headers["Location"] == f"/v1/jobs/{body['job_id']}"
    assert response.headers["Retry-After"] == "1"
    assert body["links"]["article"] == f"/v1/articles/{body['article_id']}"
    assert redis_client.exists(f"quotewire:job:{body['job_id']}")


def test_queued_job_and_article_are_readable_without_results(client):
    body = post_json(client, ARTICLE).get_json()
    job = client.get(f"/v1/jobs/{body['job_id']}")
    assert job.status_code == 200
    assert job.headers["Retry-After"] == "1"
    assert job.get_json()["status"] == "queued"
    assert job.get_json()["attempts"] == 0
    article = client.get(f"/v1/articles/{body['article_id']}")
    assert article.status_code == 200
    assert article.headers["Retry-After"] == "1"
    view = article.get_json()
    assert view["text"] == ARTICLE["text"]
    assert view["title"] == "Plans" and view["source"] == "Wire" and view["language"] == "en"
    assert "quotes" not in view and "entities" not in view
    assert view["links"]["job"] == f"/v1/jobs/{body['job_id']}"


def test_plain_text_seed_format_takes_the_date_header(client):
    raw = SEED.read_bytes()
    response = client.post("/v1/articles", data=raw, content_type="text/plain; charset=utf-8")
    assert response.status_code == 202
    view = client.get(f"/v1/articles/{response.get_json()['article_id']}").get_json()
    assert view["date"] == "2020-10-06"
    assert view["text"].startswith("The head of Russia’s Foreign Intelligence Service")


def test_same_article_twice_returns_the_same_job(client, redis_client):
    first = post_json(client, ARTICLE).get_json()
    second = post_json(client, ARTICLE).get_json()
    assert (first["job_id"], first["article_id"]) == (second["job_id"], second["article_id"])
    other = post_json(client, {**ARTICLE, "metadata": {"desk": "politics"}}).get_json()
    assert other["article_id"] != first["article_id"]
    assert len(list(redis_client.scan_iter("quotewire:job:*"))) == 2


def test_idempotency_key_replays_and_rejects_a_different_body(client):
    first = post_json(client, ARTICLE, **{"Idempotency-Key": "k-1"})
    again = post_json(client, ARTICLE, **{"Idempotency-Key": "k-1"})
    assert first.status_code == again.status_code == 202
    assert first.get_json() == again.get_json()
    clash = post_json(client, {"text": "Something else."}, **{"Idempotency-Key": "k-1"})
    assert_problem(clash, 422, "idempotency_key_reused")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "   \n "}, "text"),
        ({"text": 42}, "text"),
        ({"text": "x", "language": "fr"}, "language"),
        ({"text": "x", "date": "06/10/2020"}, "date"),
        ({"text": "x", "url": "not a url"}, "url"),
        ({"text": "x", "metadata": [1, 2]}, "metadata"),
        ({"text": "x", "colour": "red"}, "colour"),
    ],
)
def test_invalid_articles_get_422_with_field_errors(client, body, field):
    problem = assert_problem(post_json(client, body), 422, "validation_failed")
    assert field in {error["field"] for error in problem["errors"]}


def test_json_that_is_not_an_object_is_422(client):
    response = client.post("/v1/articles", data="[1, 2]", content_type="application/json")
    assert_problem(response, 422, "validation_failed")


def test_malformed_json_is_400(client):
    response = client.post("/v1/articles", data='{"text": "x"', content_type="application/json")
    assert "not valid JSON" in assert_problem(response, 400, "malformed_json")["detail"]


def test_undecodable_text_is_400(client):
    response = client.post("/v1/articles", data=b"\xff\xfe\xfa", content_type="text/plain")
    assert_problem(response, 400, "undecodable_body")


def test_empty_plain_text_is_422(client):
    response = client.post("/v1/articles", data=" date 2020-10-06 ", content_type="text/plain")
    assert_problem(response, 422, "validation_failed")


@pytest.mark.parametrize("content_type", ["application/xml", "multipart/form-data", None])
def test_wrong_content_type_is_415(client, content_type):
    kwargs = {"content_type": content_type} if content_type else {}
    response = client.post("/v1/articles", data="<a/>", **kwargs)
    assert_problem(response, 415, "unsupported_media_type")


def test_body_over_the_limit_is_413(settings, redis_client):
    from dataclasses import replace

    from api import create_app

    small = create_app({"TESTING": True, "SETTINGS": replace(settings, max_bytes=100)})
    response = small.test_client().post("/v1/articles", json={"text": "x" * 200})
    assert_problem(response, 413, "request_entity_too_large")


def test_unknown_ids_are_404(client):
    assert_problem(client.get("/v1/jobs/nope"), 404, "job_not_found")
    assert_problem(client.get("/v1/articles/nope"), 404, "article_not_found")
    assert_problem(client.get("/v1/nothing-here"), 404, "not_found")


def test_wrong_method_is_405_with_allow(client):
    response = client.delete("/v1/articles")
    assert_problem(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"]


def test_queue_outage_rejects_with_503_and_keeps_nothing(app, client, redis_client):
    services = app.extensions["quotewire"]

    def broken(*args, **kwargs):
        raise ConnectionError("broker down")

    services.celery.send_task = broken
    assert_problem(post_json(client, ARTICLE), 503, "queue_unavailable")
    assert not list(redis_client.scan_iter("quotewire:*"))


def test_polling_is_cheap_with_etags(client):
    body = post_json(client, ARTICLE).get_json()
    first = client.get(f"/v1/jobs/{body['job_id']}")
    etag = first.headers["ETag"]
    cached = client.get(f"/v1/jobs/{body['job_id']}", headers={"If-None-Match": etag})
    assert cached.status_code == 304


def test_openapi_document_and_docs_page(client):
    spec = client.get("/openapi.json").get_json()
    assert {"/v1/articles", "/v1/articles/{article_id}", "/v1/jobs/{job_id}"} <= set(spec["paths"])
    body = spec["paths"]["/v1/articles"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain"} <= set(body)
    assert client.get("/docs").status_code == 200


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_readyz_is_503_without_a_worker(client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert "no worker answered a ping" in response.get_json()["reasons"]


def test_readyz_is_503_without_redis(settings, redis_client):
    from dataclasses import replace

    from api import create_app

    gone = replace(settings, redis_url="redis://127.0.0.1:1/0")
    response = create_app({"TESTING": True, "SETTINGS": gone}).test_client().get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["reasons"][0].startswith("redis unreachable")


def test_the_api_never_loads_spacy():
    code = (
        "import sys, json; from api import create_app; c = create_app().test_client();"
        "c.get('/openapi.json'); c.get('/healthz');"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('spacy', 'thinc', 'workers.tasks'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


@pytest.mark.parametrize(
    ("url", "valid"),
    [
        ("http://è µ0*p\u001e", False),  # a space inside: rejected by schema and server alike
        ("http://example.com/p\u001e", True),  # \x1e is no whitespace to JSON Schema
        ("http://example.com/p\u0085", True),
        ("http://example.com/a\n", False),  # Python's `$` would accept a final newline
        ("https://example.com/a\u3000b", False),
        ("https://example.com/a?b=1", True),
    ],
)
def test_url_pattern_agrees_with_the_openapi_document(client, url, valid):
    """The server's check is the OpenAPI pattern, read as JSON Schema reads it."""
    spec = client.get("/openapi.json").get_json()
    pattern = spec["components"]["schemas"]["ArticleIn"]["properties"]["url"]["pattern"]
    assert pattern == schemas.HTTP_URL
    response = post_json(client, {"text": "Something was said.", "url": url})
    assert (response.status_code == 202) is valid, response.get_json()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"text": "\\ud800 said"}', "text"),
        ('{"text": "Jane Doe said so.", "title": "A \\udfff title"}', "title"),
        (
            '{"text": "Jane Doe said so.", "metadata": {"desk": ["ok", "\\ud83d"]}}',
            "metadata.desk.1",
        ),
        ('{"text": "Jane Doe said so.", "metadata": {"\\ud800": "key"}}', "metadata"),
    ],
)
def test_text_that_is_not_encodable_as_utf8_is_422_naming_the_field(client, body, field):
    response = client.post("/v1/articles", data=body, content_type="application/json")
    problem = assert_problem(response, 422, "validation_failed")
    assert [error["field"] for error in problem["errors"]] == [field]
    assert "UTF-8" in problem["errors"][0]["message"]


def test_the_413_names_the_limit_and_its_setting(settings, redis_client):
    from dataclasses import replace

    from api import create_app

    small = create_app({"TESTING": True, "SETTINGS": replace(settings, max_bytes=100)})
    response = small.test_client().post("/v1/articles", json={"text": "x" * 200})
    detail = assert_problem(response, 413, "request_entity_too_large")["detail"]
    assert "100 bytes" in detail and "QUOTEWIRE_MAX_BYTES" in detail


def test_a_bad_date_gives_the_format(client):
    problem = assert_problem(
        post_json(client, {**ARTICLE, "date": "06/10/2020"}), 422, "validation_failed"
    )
    assert "YYYY-MM-DD" in problem["errors"][0]["message"]


def test_a_missing_content_type_says_so(client):
    detail = assert_problem(client.post("/v1/articles", data="x"), 415, "unsupported_media_type")[
        "detail"
    ]
    assert "no Content-Type" in detail and "not no type" not in detail


def test_a_request_whose_idempotency_key_is_in_flight_gets_409(app, client):
    """Two real concurrent requests: the first is held inside its send while the second comes."""
    producer = app.extensions["quotewire"].celery
    real_send = producer.send_task
    sending, release = threading.Event(), threading.Event()

    def held_send(*args, **kwargs):
        sending.set()
        release.wait(30)
        return real_send(*args, **kwargs)

    producer.send_task = held_send
    key = {"Idempotency-Key": "k-race"}
    first: dict = {}
    thread = threading.Thread(
        target=lambda: first.update(response=post_json(app.test_client(), ARTICLE, **key))
    )
    thread.start()
    try:
        assert sending.wait(30)
        assert_problem(post_json(client, ARTICLE, **key), 409, "idempotency_key_in_flight")
        other = {"text": "Something else was said."}
        assert_problem(post_json(client, other, **key), 409, "idempotency_key_in_flight")
    finally:
        release.set()
        thread.join()
        producer.send_task = real_send
    assert first["response"].status_code == 202
    replay = post_json(client, ARTICLE, **key)
    assert replay.status_code == 202 and replay.get_json() == first["response"].get_json()
    assert_problem(post_json(client, other, **key), 422, "idempotency_key_reused")


def test_an_idempotency_key_of_a_failed_request_can_be_used_again(app, client):
    producer = app.extensions["quotewire"].celery
    real_send = producer.send_task

    def broken(*args, **kwargs):
        raise ConnectionError("broker down")

    producer.send_task = broken
    key = {"Idempotency-Key": "k-retry"}
    assert_problem(post_json(client, ARTICLE, **key), 503, "queue_unavailable")
    producer.send_task = real_send
    assert post_json(client, ARTICLE, **key).status_code == 202


FRENCH = (
    "date 2020-10-06\n\nLe ministre de l'Économie a annoncé mardi un plan de relance pour les "
    "petites entreprises. « C'est une décision historique pour le pays », a-t-il déclaré lors "
    "d'une conférence de presse à Paris. Les syndicats estiment toutefois que les mesures "
    "arrivent trop tard et appellent à une nouvelle journée de mobilisation jeudi."
)


def test_a_french_article_is_422_naming_the_language(client):
    response = client.post("/v1/articles", data=FRENCH.encode(), content_type="text/plain")
    problem = assert_problem(response, 422, "unsupported_language")
    assert "fr" in problem["detail"] and "English (en)" in problem["detail"]
    assert [error["field"] for error in problem["errors"]] == ["text"]
    body = {"text": FRENCH.split("\n\n", 1)[1], "language": "en"}
    assert_problem(post_json(client, body), 422, "unsupported_language")


@pytest.mark.parametrize(
    "text",
    [
        "Merkel wins.",
        "Putin: no deal",
        "Clinton Wades In: Urges Britain to Remain In European Union.",
        "NEW YORK, Nov. 30 (Reuters) - Shares rose on Monday, traders said.",
    ],
)
def test_short_english_texts_are_accepted_as_english(client, text):
    response = post_json(client, {"text": text})
    assert response.status_code == 202, response.get_json()
    article = client.get(f"/v1/articles/{response.get_json()['article_id']}").get_json()
    assert article["language"] == "en"


def test_language_detection_never_touches_the_network(monkeypatch):
    import socket

    from api import language

    def no_network(*args, **kwargs):
        raise AssertionError("the language detector opened a socket")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    language.detector.cache_clear()
    assert language.foreign_language(FRENCH) == "fr"
    assert language.foreign_language(ARTICLE["text"] + " It was agreed on Monday.") is None


def test_a_text_over_the_length_limit_is_413_naming_the_setting(settings, redis_client):
    from dataclasses import replace

    from api import create_app

    short = create_app({"TESTING": True, "SETTINGS": replace(settings, max_text_chars=40)})
    response = short.test_client().post("/v1/articles", json={"text": "word " * 10})
    problem = assert_problem(response, 413, "text_too_long")
    assert "40 characters" in problem["detail"] and "QUOTEWIRE_MAX_TEXT_CHARS" in problem["detail"]
    assert [error["field"] for error in problem["errors"]] == ["text"]


def test_a_text_of_too_many_words_is_413_naming_the_setting(settings, redis_client):
    """Under the character limit, a text of more words and punctuation marks than a job
    analyses within its time limit is refused too."""
    from dataclasses import replace

    from api import create_app

    own = replace(settings, max_text_chars=1000, max_text_tokens=30)
    client = create_app({"TESTING": True, "SETTINGS": own}).test_client()
    problem = assert_problem(
        client.post("/v1/articles", json={"text": "a, b. " * 10}), 413, "text_too_long"
    )
    assert "30 words and punctuation marks" in problem["detail"]
    assert "QUOTEWIRE_MAX_TEXT_TOKENS" in problem["detail"] and "It has 40." in problem["detail"]
    assert [error["field"] for error in problem["errors"]] == ["text"]


def test_by_default_a_text_the_body_limit_lets_through_is_not_refused_for_its_length(
    unconsumed_settings,
):
    """Long texts are analysed in windows: the default text limit is the body limit's (the job
    stays queued on a database no test worker consumes)."""
    from api import create_app
    from workers.settings import Settings

    assert Settings().max_text_chars >= Settings().max_bytes
    client = create_app({"TESTING": True, "SETTINGS": unconsumed_settings}).test_client()
    text = ("A long and plain sentence of an article, said the mayor. " * 2000)[:110_000]
    response = client.post("/v1/articles", data=text.encode(), content_type="text/plain")
    assert response.status_code == 202, response.get_json()


def test_a_full_queue_refuses_new_articles_with_503_and_retry_after(unconsumed_settings):
    """The queue is filled directly: no test worker consumes it."""
    from dataclasses import replace

    from api import create_app
    from workers.redis_client import connect

    own = replace(unconsumed_settings, max_queue_depth=2)
    app = create_app({"TESTING": True, "SETTINGS": own})
    queue = app.extensions["quotewire"].celery.conf.task_default_queue
    redis = connect(own)
    redis.rpush(queue, "{}", "{}")
    problem = assert_problem(post_json(app.test_client(), ARTICLE), 503, "queue_full")
    assert "QUOTEWIRE_MAX_QUEUE_DEPTH" in problem["detail"]
    redis.lpop(queue)
    assert post_json(app.test_client(), ARTICLE).status_code == 202
    assert redis.llen(queue) == 2
