"""Redis unreachable: every route that needs it answers 503 at once, the process stays live."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import replace

import pytest

from tests.conftest import free_port
from workers.embedded_redis import start_redis
from workers.redis_client import REQUEST_DEADLINE

ARTICLE = {"text": "Jane Doe said the plan would work."}


def app_for(settings, redis_url: str):
    from api import create_app

    return create_app({"TESTING": True, "SETTINGS": replace(settings, redis_url=redis_url)})


def assert_unavailable(response) -> None:
    assert response.status_code == 503, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["code"] == "redis_unavailable"
    assert int(response.headers["Retry-After"]) > 0


def assert_outage_answers(client) -> None:
    assert_unavailable(client.post("/v1/articles", json=ARTICLE))
    assert_unavailable(client.get("/v1/jobs/0123"))
    assert_unavailable(client.get("/v1/articles/0123"))
    assert client.get("/healthz").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.get_json()["reasons"][0].startswith("redis unreachable")


def test_a_closed_port_gets_503_with_retry_after(settings):
    assert_outage_answers(app_for(settings, f"redis://127.0.0.1:{free_port()}/0").test_client())


def test_a_killed_redis_server_gets_503_with_retry_after(settings, tmp_path):
    port = free_port()
    process = start_redis(port, tmp_path, durable=False)
    try:
        client = app_for(settings, f"redis://127.0.0.1:{port}/0").test_client()
        accepted = client.post("/v1/articles", json=ARTICLE)
        assert accepted.status_code == 202
        process.kill()
        process.wait()
        assert_outage_answers(client)
        assert_unavailable(client.get(accepted.headers["Location"]))
    finally:
        process.kill()
        process.wait()


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never answers (a hung Redis)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield listener.getsockname()[1]


def test_a_redis_that_never_answers_gets_503(settings, silent_server):
    client = app_for(settings, f"redis://127.0.0.1:{silent_server}/0").test_client()
    assert_unavailable(client.get("/v1/jobs/0123"))


def test_every_redis_call_of_a_request_is_bounded(app):
    """Connect and read timeouts, at most one retry: a dead Redis is noticed within the deadline."""
    redis = app.extensions["quotewire"].store.redis
    options = redis.connection_pool.connection_kwargs
    retries = redis.get_retry().get_retries()
    assert retries <= 1
    assert not options.get("health_check_interval")  # a health check would retry on its own
    worst = (retries + 1) * (options["socket_connect_timeout"] + options["socket_timeout"])
    assert worst <= REQUEST_DEADLINE <= 2.0
    conf = app.extensions["quotewire"].celery.conf
    transport = conf.broker_transport_options
    publish_retries = conf.task_publish_retry_policy["max_retries"]
    assert publish_retries <= 1
    per_try = transport["socket_connect_timeout"] + transport["socket_timeout"]
    assert (publish_retries + 1) * per_try <= REQUEST_DEADLINE
