"""Webhooks with a real receiver, a real worker and a real Redis: signature, retries, refusals."""

from __future__ import annotations

import base64
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from standardwebhooks import Webhook

import workers.tasks as tasks
from workers.settings import load_settings
from workers.store import Store
from workers.webhooks import message_id, post_signed, sign, signing_key

SECRET = "whsec_" + base64.b64encode(b"quotewire test webhook secret!!!").decode()
TEXT = 'Maria Lopez, the mayor, said the budget was balanced. "We kept every promise," she said.'


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1 that answers 500 to its first ``fail_first`` requests."""

    url: str = ""
    fail_first: int = 0
    requests: list[dict] = field(default_factory=list)

    def wait_for(self, count: int, timeout: float = 90.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while len(self.requests) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self.requests)} of {count} webhook requests came")
            time.sleep(0.1)
        return self.requests


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
            failing = len(state.requests) <= state.fail_first
            self.send_response(500 if failing else 204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/quotewire?source=test"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def webhook_env(monkeypatch) -> None:
    """A signing secret, and local receivers allowed (the API's and the worker's settings)."""
    monkeypatch.setenv("QUOTEWIRE_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("QUOTEWIRE_WEBHOOK_ALLOW_PRIVATE", "1")


@pytest.fixture
def hook_client(webhook_env, redis_client):
    from api import create_app

    return create_app({"TESTING": True, "SETTINGS": load_settings()}).test_client()


def submit(client, callback_url: str, text: str = TEXT):
    return client.post("/v1/articles", json={"text": text, "callback_url": callback_url})


def wait_for_state(redis_client, job_id: str, url: str, timeout: float = 90.0) -> str:
    """The delivery state of ``url`` once it is final (delivered or failed)."""
    deadline = time.monotonic() + timeout
    while True:
        state = Store(redis_client).callbacks(job_id).get(url)
        if state in ("delivered", "failed"):
            return state
        if time.monotonic() > deadline:
            raise AssertionError(f"delivery to {url} still {state}")
        time.sleep(0.1)


def verified(request: dict) -> dict:
    """The payload of a request whose Standard Webhooks signature checks out."""
    return Webhook(SECRET).verify(request["body"], request["headers"])


def test_an_ended_job_is_posted_signed_to_its_callback(
    hook_client, celery_worker, receiver, redis_client
):
    accepted = submit(hook_client, receiver.url)
    assert accepted.status_code == 202, accepted.get_json()
    job_id = accepted.get_json()["job_id"]
    [request] = receiver.wait_for(1)
    event = verified(request)
    assert request["path"] == "/hooks/quotewire?source=test"
    assert request["headers"]["webhook-id"] == message_id(job_id, receiver.url)
    assert request["headers"]["Content-Type"] == "application/json"
    assert event["type"] == "job.succeeded"
    assert event["data"] == hook_client.get(f"/v1/jobs/{job_id}").get_json()
    assert event["data"]["status"] == "succeeded" and event["data"]["finished_at"]
    assert wait_for_state(redis_client, job_id, receiver.url) == "delivered"
    assert "Maria Lopez" not in request["body"].decode()


def test_a_failed_job_is_posted_too(
    hook_client, celery_worker, receiver, redis_client, monkeypatch
):
    def explode(text, nlp):
        raise ValueError("cannot analyse this")

    monkeypatch.setattr(tasks, "extract", explode)
    job_id = submit(hook_client, receiver.url, "An article the extractor rejects.").get_json()[
        "job_id"
    ]
    event = verified(receiver.wait_for(1)[0])
    assert event["type"] == "job.failed"
    assert event["data"]["job_id"] == job_id
    assert event["data"]["error"] == {"type": "ValueError", "message": "cannot analyse this"}


def test_failed_deliveries_are_retried_with_the_same_message_id(
    hook_client, celery_worker, receiver, redis_client
):
    receiver.fail_first = 2
    job_id = submit(hook_client, receiver.url).get_json()["job_id"]
    assert wait_for_state(redis_client, job_id, receiver.url) == "delivered"
    requests = receiver.wait_for(3)
    assert len(requests) == 3
    assert {r["headers"]["webhook-id"] for r in requests} == {message_id(job_id, receiver.url)}
    assert all(verified(r)["data"]["job_id"] == job_id for r in requests)


def test_delivery_gives_up_when_the_retry_window_is_over(
    hook_client, celery_worker, receiver, redis_client, monkeypatch
):
    monkeypatch.setenv("QUOTEWIRE_WEBHOOK_RETRY_SECONDS", "5")
    receiver.fail_first = 1000
    job_id = submit(hook_client, receiver.url).get_json()["job_id"]
    assert wait_for_state(redis_client, job_id, receiver.url) == "failed"
    attempts = len(receiver.requests)
    assert 2 <= attempts <= 4  # 1 s, then 2 s, then the next wait (4 s) ends past the 5 s window
    assert hook_client.get(f"/v1/jobs/{job_id}").get_json()["status"] == "succeeded"


def test_a_duplicate_submitted_after_the_job_ended_is_called_back_at_once(
    hook_client, celery_worker, receiver, redis_client, wait_for_job
):
    first = hook_client.post("/v1/articles", json={"text": TEXT}).get_json()
    assert wait_for_job(first["job_id"])["status"] == "succeeded"
    again = submit(hook_client, receiver.url)
    assert again.get_json()["job_id"] == first["job_id"]
    assert verified(receiver.wait_for(1)[0])["data"]["status"] == "succeeded"
    submit(hook_client, receiver.url)  # the same URL again: no second delivery
    assert wait_for_state(redis_client, first["job_id"], receiver.url) == "delivered"
    assert len(receiver.requests) == 1


def test_delivery_refuses_an_address_it_may_not_call(
    webhook_env, celery_worker, receiver, redis_client, monkeypatch
):
    """Allowed when submitted, refused when delivered: the check runs again after resolving."""
    from api import create_app

    client = create_app({"TESTING": True, "SETTINGS": load_settings()}).test_client()
    monkeypatch.delenv("QUOTEWIRE_WEBHOOK_ALLOW_PRIVATE")  # the worker's settings
    job_id = submit(client, receiver.url).get_json()["job_id"]
    assert wait_for_state(redis_client, job_id, receiver.url) == "failed"
    assert receiver.requests == []


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:8080/hook", "loopback"),
        ("http://localhost/hook", "loopback"),
        ("http://[::1]/hook", "loopback"),
        ("http://[::ffff:127.0.0.1]/hook", "loopback"),
        ("http://10.1.2.3/hook", "private"),
        ("https://192.168.0.10/hook", "private"),
        ("http://169.254.169.254/latest/meta-data", "link-local"),
        ("http://0.0.0.0/hook", "loopback"),
        ("http://100.64.0.1/hook", "not a public address"),
        ("http://quotewire-no-such-host.invalid/hook", "does not resolve"),
    ],
)
def test_submission_refuses_callbacks_to_addresses_it_may_not_call(
    monkeypatch, redis_client, url, reason
):
    monkeypatch.setenv("QUOTEWIRE_WEBHOOK_SECRET", SECRET)
    from api import create_app

    client = create_app({"TESTING": True, "SETTINGS": load_settings()}).test_client()
    response = submit(client, url)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    [error] = response.get_json()["errors"]
    assert error["field"] == "callback_url" and reason in error["message"]
    assert not list(redis_client.scan_iter("quotewire:job:*"))


def test_submission_refuses_callbacks_when_no_secret_is_set(client, monkeypatch):
    assert not os.environ.get("QUOTEWIRE_WEBHOOK_SECRET")
    response = submit(client, "https://hooks.example.com/quotewire")
    assert response.status_code == 422
    [error] = response.get_json()["errors"]
    assert error["field"] == "callback_url" and "QUOTEWIRE_WEBHOOK_SECRET" in error["message"]


def test_an_idempotency_key_is_bound_to_the_callback_url_too(hook_client, receiver):
    headers = {"Idempotency-Key": "callback-key-1"}
    body = {"text": TEXT, "callback_url": receiver.url}
    assert hook_client.post("/v1/articles", json=body, headers=headers).status_code == 202
    other = body | {"callback_url": receiver.url + "&other=1"}
    assert hook_client.post("/v1/articles", json=other, headers=headers).status_code == 422


def test_delivery_connects_to_the_address_it_checked(webhook_env, receiver, monkeypatch):
    """A host name resolved once: a later answer (DNS rebinding) cannot redirect the request."""
    real_getaddrinfo = socket.getaddrinfo
    answers = iter(["127.0.0.1"])

    def rebinding(host, port, *args, **kwargs):
        if host == "hooks.example.test":
            address = next(answers, "192.0.2.1")  # TEST-NET-1: unreachable
            return real_getaddrinfo(address, port, *args, **kwargs)
        return real_getaddrinfo(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    port = receiver.url.split(":")[2].split("/")[0]
    status = post_signed(
        f"http://hooks.example.test:{port}/hook", b'{"ok":true}', "msg_1", load_settings()
    )
    assert status == 204
    [request] = receiver.requests
    assert request["headers"]["Host"] == f"hooks.example.test:{port}"
    assert verified(request) == {"ok": True}


def test_secrets_in_the_standard_format_and_bare_base64_sign_alike():
    key = b"0123456789abcdef0123456789abcdef"
    encoded = base64.b64encode(key).decode()
    assert signing_key("whsec_" + encoded) == signing_key(encoded) == key
    assert signing_key("whsec_" + encoded.rstrip("=")) == key
    signature = sign(key, "msg_1", 1700000000, b"{}")
    assert Webhook("whsec_" + encoded).sign("msg_1", _datetime(1700000000), "{}") == signature
    with pytest.raises(ValueError, match="whsec_"):
        signing_key("not base64!")


def _datetime(timestamp: int):
    from datetime import UTC, datetime

    return datetime.fromtimestamp(timestamp, UTC)
