"""API keys against a real Redis and a real worker: 401 without a valid key, each client sees only
its own articles, jobs, batches and quotes, deduplication and idempotency per client, rate limits,
and the pages with a key in a cookie."""

from __future__ import annotations

import json
import logging
from dataclasses import replace

import pytest

from tests.conftest import free_port
from workers.api_keys import InvalidApiKeys, client_of, key_entry, new_key, parse_api_keys

ALICE_KEY, BOB_KEY = new_key(), new_key()
ALICE = {"Authorization": f"Bearer {ALICE_KEY}"}
BOB = {"Authorization": f"Bearer {BOB_KEY}"}
ARTICLE = {"text": "Jane Doe said the plan would work and the bridge would open in June."}
QUOTED = {
    "title": "Mayor promises a bridge",
    "text": '"We will build the bridge over the river next year," said Jane Doe, the mayor.',
}
#: The same quotation by the same speaker in another article, submitted by the other client.
QUOTED_AGAIN = {
    "title": "Bridge next year",
    "text": 'Officials met on Tuesday.\n\n"We will build the bridge over the river next year," '
    "Jane Doe told reporters.",
}


def keyed(settings, **changes):
    """``settings`` with the keys of alice and bob configured."""
    keys = parse_api_keys(f"{key_entry('alice', ALICE_KEY)},{key_entry('bob', BOB_KEY)}")
    return replace(settings, api_keys=keys, **changes)


def make_app(settings):
    from api import create_app

    return create_app({"TESTING": True, "SETTINGS": settings})


@pytest.fixture
def client(settings, redis_client):
    return make_app(keyed(settings)).test_client()


@pytest.fixture
def wait_for_job(client):
    """Poll a job as its owner until it is final."""
    import time

    def wait(job_id: str, headers: dict, timeout: float = 120.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            job = client.get(f"/v1/jobs/{job_id}", headers=headers).get_json()
            if job["status"] in ("succeeded", "failed"):
                return job
            assert time.monotonic() < deadline, f"job {job_id} still {job['status']}"
            time.sleep(0.1)

    return wait


def submit(client, headers: dict, article: dict = ARTICLE, **extra) -> dict:
    response = client.post("/v1/articles", json=article, headers={**headers, **extra})
    assert response.status_code == 202, response.get_data(as_text=True)
    return response.get_json()


def assert_problem(response, status: int, code: str) -> None:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["code"] == code


# -- the keys themselves ---------------------------------------------------------------------


def test_a_configured_entry_stores_only_the_hash_and_recognises_its_key():
    key = new_key()
    entry = key_entry("alice", key)
    assert key not in entry
    keys = parse_api_keys(f"{entry}\n{key_entry('bob', new_key())}")
    assert client_of(key, keys) == "alice"
    assert client_of(key + "x", keys) is None
    assert client_of("", keys) is None


@pytest.mark.parametrize("value", ["alice", "alice:abc", "al ice:" + "0" * 64, ":" + "0" * 64])
def test_a_malformed_entry_is_refused_with_the_format(value):
    with pytest.raises(InvalidApiKeys, match="name:sha256hex"):
        parse_api_keys(value)


def test_keys_new_prints_a_key_once_and_the_entry_to_configure(capsys):
    from workers.cli import main

    assert main(["keys", "new", "alice"]) == 0
    out = capsys.readouterr().out
    entry = next(line for line in out.split() if line.startswith("alice:"))
    [key] = [word for word in out.split() if word.startswith("qw_")]
    assert client_of(key, parse_api_keys(entry)) == "alice"


# -- 401 ---------------------------------------------------------------------------------------


def test_v1_needs_a_valid_bearer_key(client):
    missing = client.post("/v1/articles", json=ARTICLE)
    assert_problem(missing, 401, "api_key_missing")
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    wrong = client.get("/v1/quotes", headers={"Authorization": f"Bearer {ALICE_KEY}x"})
    assert_problem(wrong, 401, "api_key_invalid")
    assert 'error="invalid_token"' in wrong.headers["WWW-Authenticate"]
    assert_problem(client.get("/v1/jobs/0123"), 401, "api_key_missing")
    assert_problem(client.get("/v1/nothing-here"), 401, "api_key_missing")
    basic = client.get("/v1/speakers", headers={"Authorization": "Basic YWxpY2U6eA=="})
    assert_problem(basic, 401, "api_key_missing")
    assert client.get("/v1/speakers", headers=ALICE).status_code == 200


def test_a_key_in_the_query_string_is_not_accepted(client):
    assert_problem(client.get(f"/v1/speakers?api_key={ALICE_KEY}"), 401, "api_key_missing")
    assert_problem(client.get(f"/v1/speakers?access_token={ALICE_KEY}"), 401, "api_key_missing")


def test_health_metrics_and_docs_stay_open(client):
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code in (200, 503)  # 503: no worker in this test
    assert client.get("/metrics").status_code == 200
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").get_json()
    assert spec["security"] == [{"apiKey": []}]
    assert spec["components"]["securitySchemes"]["apiKey"]["scheme"] == "bearer"
    assert spec["paths"]["/healthz"]["get"]["security"] == []


def test_the_document_declares_no_key_when_keys_are_off(settings, redis_client):
    spec = make_app(settings).test_client().get("/openapi.json").get_json()
    assert "security" not in spec


# -- each client sees only its own -------------------------------------------------------------


def test_another_clients_article_job_and_batch_are_not_found(client):
    accepted = submit(client, ALICE)
    article, job = accepted["article_id"], accepted["job_id"]
    batch = client.post("/v1/batches", json={"articles": [QUOTED]}, headers=ALICE).get_json()
    for path, code in (
        (f"/v1/articles/{article}", "article_not_found"),
        (f"/v1/jobs/{job}", "job_not_found"),
        (f"/v1/batches/{batch['batch_id']}", "batch_not_found"),
        (f"/v1/batches/{batch['batch_id']}/results", "batch_not_found"),
    ):
        assert client.get(path, headers=ALICE).status_code == 200
        assert_problem(client.get(path, headers=BOB), 404, code)
    assert_problem(client.delete(f"/v1/articles/{article}", headers=BOB), 404, "article_not_found")
    assert client.get(f"/v1/articles/{article}", headers=ALICE).status_code == 200


def test_the_same_text_from_two_clients_makes_two_articles(client):
    first = submit(client, ALICE)
    other = submit(client, BOB)
    again = submit(client, ALICE)
    assert other["article_id"] != first["article_id"]
    assert again["article_id"] == first["article_id"]
    assert client.get(f"/v1/articles/{other['article_id']}", headers=BOB).status_code == 200


def test_idempotency_keys_of_two_clients_are_independent(client):
    key = {"Idempotency-Key": "order-1"}
    first = submit(client, ALICE, ARTICLE, **key)
    other = submit(client, BOB, QUOTED, **key)  # not 422: bob never used this key
    assert other["article_id"] != first["article_id"]
    assert submit(client, ALICE, ARTICLE, **key)["article_id"] == first["article_id"]
    assert submit(client, BOB, QUOTED, **key)["article_id"] == other["article_id"]
    clash = client.post("/v1/articles", json=QUOTED, headers={**ALICE, **key})
    assert_problem(clash, 422, "idempotency_key_reused")


def test_search_shows_a_client_only_its_own_quotes_and_counts(client, celery_worker, wait_for_job):
    mine = submit(client, ALICE, QUOTED)
    theirs = submit(client, BOB, QUOTED_AGAIN)
    for accepted, headers in ((mine, ALICE), (theirs, BOB)):
        assert wait_for_job(accepted["job_id"], headers)["status"] == "succeeded"
    for accepted, headers in ((mine, ALICE), (theirs, BOB)):
        hits = client.get("/v1/quotes?speaker=doe", headers=headers).get_json()["items"]
        assert [hit["article"]["id"] for hit in hits] == [accepted["article_id"]]
        assert hits[0]["group"]["articles"] == 1 and hits[0]["group"]["others"] == []
        assert client.get(f"/v1/quotes/{hits[0]['id']}", headers=headers).status_code == 200
        speakers = client.get("/v1/speakers?prefix=doe", headers=headers).get_json()["items"]
        assert [(s["name"], s["articles"]) for s in speakers] == [("Jane Doe", 1)]
        entities = client.get("/v1/entities?name=jane doe", headers=headers).get_json()["items"]
        assert [e["articles"] for e in entities] == [1]
    alices_hit = client.get("/v1/quotes?speaker=doe", headers=ALICE).get_json()["items"][0]
    assert_problem(
        client.get(f"/v1/quotes/{alices_hit['id']}", headers=BOB), 404, "quote_not_found"
    )


def test_deleting_an_article_leaves_the_other_clients_index_alone(
    client, celery_worker, wait_for_job
):
    mine = submit(client, ALICE, QUOTED)
    theirs = submit(client, BOB, QUOTED)
    for accepted, headers in ((mine, ALICE), (theirs, BOB)):
        assert wait_for_job(accepted["job_id"], headers)["status"] == "succeeded"
    assert client.delete(f"/v1/articles/{mine['article_id']}", headers=ALICE).status_code == 204
    assert client.get("/v1/quotes?speaker=doe", headers=ALICE).get_json()["items"] == []
    [hit] = client.get("/v1/quotes?speaker=doe", headers=BOB).get_json()["items"]
    assert hit["article"]["id"] == theirs["article_id"]


def test_reindex_puts_every_article_back_into_its_clients_index(
    client, celery_worker, wait_for_job, settings
):
    from workers.redis_client import connect
    from workers.store import Store

    mine = submit(client, ALICE, QUOTED)
    theirs = submit(client, BOB, QUOTED_AGAIN)
    for accepted, headers in ((mine, ALICE), (theirs, BOB)):
        assert wait_for_job(accepted["job_id"], headers)["status"] == "succeeded"
    assert Store(connect(settings)).reindex() == 2
    for accepted, headers in ((mine, ALICE), (theirs, BOB)):
        hits = client.get("/v1/quotes?speaker=doe", headers=headers).get_json()["items"]
        assert [hit["article"]["id"] for hit in hits] == [accepted["article_id"]]


# -- rate limits -------------------------------------------------------------------------------


def test_a_key_over_its_rate_limit_gets_429_with_retry_after(settings, redis_client):
    client = make_app(keyed(settings, rate_limit="3/minute")).test_client()
    for _ in range(3):
        assert client.get("/v1/speakers", headers=ALICE).status_code == 200
    limited = client.post("/v1/articles", json=ARTICLE, headers=ALICE)
    assert_problem(limited, 429, "rate_limited")
    assert 0 < int(limited.headers["Retry-After"]) <= 60
    assert "QUOTEWIRE_RATE_LIMIT" in limited.get_json()["detail"]
    assert client.get("/v1/speakers", headers=BOB).status_code == 200  # per key
    assert client.get("/healthz").status_code == 200  # not counted, not limited


def test_rate_limits_do_not_turn_a_redis_outage_into_a_500(settings):
    from tests.test_redis_outage import assert_unavailable

    dead = keyed(settings, redis_url=f"redis://127.0.0.1:{free_port()}/0")
    client = make_app(dead).test_client()
    assert_unavailable(client.post("/v1/articles", json=ARTICLE, headers=ALICE))
    assert_unavailable(client.get("/v1/jobs/0123", headers=ALICE))
    assert client.get("/healthz").status_code == 200


# -- pages -------------------------------------------------------------------------------------


def test_pages_ask_for_a_key_and_show_only_the_clients_own_data(
    client, celery_worker, wait_for_job
):
    mine = submit(client, ALICE, QUOTED)
    assert wait_for_job(mine["job_id"], ALICE)["status"] == "succeeded"
    page = f"/articles/{mine['article_id']}"
    asked = client.get(page)
    assert asked.status_code == 401
    assert "Enter your API key" in asked.get_data(as_text=True)
    assert ALICE_KEY not in asked.get_data(as_text=True)

    refused = client.post("/login", data={"key": "qw_wrong", "next": page})
    assert refused.status_code == 401 and "not valid" in refused.get_data(as_text=True)
    signed_in = client.post("/login", data={"key": ALICE_KEY, "next": page})
    assert signed_in.status_code == 303 and signed_in.headers["Location"] == page
    cookie = signed_in.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    shown = client.get(page)
    assert shown.status_code == 200 and "Jane Doe" in shown.get_data(as_text=True)
    home = client.get("/").get_data(as_text=True)
    assert mine["article_id"] in home and "Sign out alice" in home
    assert "We will build" in client.get("/search?speaker=doe").get_data(as_text=True)

    assert client.post("/logout").status_code == 303
    assert client.get(page).status_code == 401
    assert client.get(page, headers=BOB).status_code == 404  # the header works too
    assert client.get(page, headers=ALICE).status_code == 200
    assert mine["article_id"] not in client.get("/", headers=BOB).get_data(as_text=True)


def test_login_goes_back_only_to_a_page_of_this_site(client):
    for target in ("https://elsewhere.example/", "//elsewhere.example/", "/\\elsewhere.example"):
        response = client.post("/login", data={"key": ALICE_KEY, "next": target})
        assert response.headers["Location"] == "/"


# -- logs --------------------------------------------------------------------------------------


def test_no_key_and_no_article_text_in_the_logs(client, caplog):
    secret = "Nobody else may read this sentence about the reservoir."
    with caplog.at_level(logging.DEBUG):
        submit(client, ALICE, {"text": secret})
        client.get("/v1/jobs/0123", headers={"Authorization": f"Bearer {ALICE_KEY}x"})
        client.post("/login", data={"key": BOB_KEY})
    logged = "\n".join(
        record.getMessage() + json.dumps(record.__dict__, default=str) for record in caplog.records
    )
    for needle in (ALICE_KEY, BOB_KEY, secret):
        assert needle not in logged


@pytest.mark.parametrize("formatter", ["json", "text"])
def test_gunicorns_access_lines_never_carry_the_authorization_header(formatter):
    from datetime import timedelta
    from types import SimpleNamespace

    from gunicorn.config import Config
    from gunicorn.glogging import Logger

    from workers.logging_setup import JsonLines, Text

    config = Config()
    logger = Logger(config)
    request = SimpleNamespace(headers=[("AUTHORIZATION", f"Bearer {ALICE_KEY}")])
    response = SimpleNamespace(status="200 OK", sent=10, headers=[])
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/v1/speakers?prefix=doe",
        "PATH_INFO": "/v1/speakers",
        "QUERY_STRING": "prefix=doe",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_AUTHORIZATION": f"Bearer {ALICE_KEY}",
    }
    atoms = logger.atoms_wrapper_class(
        logger.atoms(response, request, environ, timedelta(milliseconds=5))
    )
    record = logging.LogRecord(
        "gunicorn.access", logging.INFO, __file__, 1, config.access_log_format, (atoms,), None
    )
    line = (JsonLines() if formatter == "json" else Text()).format(record)
    assert "/v1/speakers" in line
    assert ALICE_KEY not in line
