"""Operations: JSON log lines about a job, and /metrics, in-process and under `quotewire run`."""

from __future__ import annotations

import io
import json
import logging
import os
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from prometheus_client.parser import text_string_to_metric_families

import workers.tasks as tasks
from tests.conftest import ROOT, free_port
from workers.logging_setup import configure_logging

TEXT = 'Nadia Okafor, the port director, said: "Ships will dock again by Friday."'
SECRET_PHRASE = "Ships will dock again"


def samples(exposition: str) -> dict[tuple[str, tuple], float]:
    """``{(sample name, sorted labels): value}`` of a Prometheus text exposition."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(exposition)
        for sample in family.samples
    }


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """quotewire's JSON logging for this test, written to a buffer; the old setup afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    configure_logging("json")
    buffer = io.StringIO()
    root.handlers[0].setStream(buffer)
    yield buffer
    root.handlers[:] = handlers
    root.setLevel(level)
    logging.captureWarnings(False)


def test_a_jobs_log_lines_are_json_with_its_ids_and_never_its_text(
    client, celery_worker, wait_for_job, log_lines
):
    accepted = client.post("/v1/articles", json={"text": TEXT}).get_json()
    assert wait_for_job(accepted["job_id"])["status"] == "succeeded"
    records = [json.loads(line) for line in log_lines.getvalue().splitlines()]
    about_job = [r for r in records if accepted["job_id"] in json.dumps(r)]
    messages = {r["message"] for r in about_job}
    assert {"job queued", "job started (attempt 1)"} <= messages
    assert any(m.startswith("job succeeded") for m in messages)
    for record in about_job:
        assert record["job_id"] == accepted["job_id"], record
        assert record["article_id"] == accepted["article_id"], record
        assert {"time", "level", "logger", "message"} <= set(record)
    assert SECRET_PHRASE not in log_lines.getvalue()


def test_a_failed_jobs_error_line_carries_its_ids(
    client, celery_worker, wait_for_job, log_lines, monkeypatch
):
    def explode(text, nlp):
        raise ValueError("cannot analyse this")

    monkeypatch.setattr(tasks, "extract", explode)
    accepted = client.post("/v1/articles", json={"text": "An article that fails."}).get_json()
    assert wait_for_job(accepted["job_id"])["status"] == "failed"
    records = [json.loads(line) for line in log_lines.getvalue().splitlines()]
    [error] = [r for r in records if r["level"] == "ERROR" and r["logger"] == "workers.tasks"]
    assert error["job_id"] == accepted["job_id"]
    assert error["article_id"] == accepted["article_id"]
    assert "ValueError: cannot analyse this" in error["exc_info"]


def test_text_log_lines_end_with_the_job_ids():
    from workers.logging_setup import Text, bind_job, unbind_job

    record = logging.LogRecord("workers.tasks", logging.INFO, __file__, 1, "job started", (), None)
    bind_job(job_id="j1", article_id="a1")
    try:
        from workers.logging_setup import JobFields

        JobFields().filter(record)
    finally:
        unbind_job()
    assert (
        Text().format(record).endswith("INFO [workers.tasks] job started job_id=j1 article_id=a1")
    )


def test_metrics_count_requests_by_route_and_status_and_read_the_queues(
    client, celery_worker, wait_for_job
):
    before = samples(client.get("/metrics").get_data(as_text=True))
    accepted = client.post("/v1/articles", json={"text": TEXT + " Again."}).get_json()
    wait_for_job(accepted["job_id"])
    assert client.get("/v1/jobs/not-a-job").status_code == 404
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    after = samples(response.get_data(as_text=True))

    def grew(name: str, **labels: str) -> float:
        key = (name, tuple(sorted(labels.items())))
        return after.get(key, 0) - before.get(key, 0)

    route = {"method": "POST", "route": "/v1/articles"}
    assert grew("quotewire_http_requests_total", status="202", **route) == 1
    missing = {"method": "GET", "route": "/v1/jobs/<string:job_id>", "status": "404"}
    assert grew("quotewire_http_requests_total", **missing) == 1
    assert grew("quotewire_http_request_duration_seconds_count", **route) == 1
    assert grew("quotewire_extraction_seconds_count") == 1
    assert grew("quotewire_jobs_finished_total", status="succeeded") == 1
    assert after[("quotewire_queue_depth", (("queue", "quotewire"),))] == 0
    assert ("quotewire_queue_depth", (("queue", "webhooks"),)) in after
    assert after[("quotewire_workers", ())] >= 1


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode()


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if value := predicate():
                return value
        except OSError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


def _niceness(pid: int) -> dict[str, set[int]]:
    """The niceness of the stack's celery and gunicorn processes."""
    found: dict[str, set[int]] = {"celery": set(), "gunicorn": set()}
    for child in psutil.Process(pid).children(recursive=True):
        command = " ".join(child.cmdline())
        for name, values in found.items():
            if name in command:
                values.add(child.nice())
    return found


def test_the_stack_logs_json_and_sums_metrics_over_its_processes(tmp_path: Path):
    """`quotewire run` with two API processes: one /metrics for both; the worker's endpoint."""
    api_port, redis_port, worker_port = free_port(), free_port(), free_port()
    metrics_dir = tmp_path / "data" / "metrics" / "api"
    metrics_dir.mkdir(parents=True)
    (metrics_dir / "counter_1.db").write_bytes(b"stale")  # a previous run's samples
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"} | {
        "QUOTEWIRE_PORT": str(api_port),
        "QUOTEWIRE_REDIS_PORT": str(redis_port),
        "QUOTEWIRE_WORKER_METRICS_PORT": str(worker_port),
        "QUOTEWIRE_DATA_DIR": str(tmp_path / "data"),
        "QUOTEWIRE_WORKERS": "1",
        "QUOTEWIRE_API_WORKERS": "2",
    }
    base = f"http://127.0.0.1:{api_port}"
    stack = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "quotewire"), "run"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait(lambda: _get(f"{base}/readyz")[0] == 200, 90, "/readyz")
        request = urllib.request.Request(
            f"{base}/v1/articles",
            data=json.dumps({"text": TEXT}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            accepted = json.load(response)
        job_url = f"{base}/v1/jobs/{accepted['job_id']}"
        _wait(lambda: json.loads(_get(job_url)[1])["status"] == "succeeded", 90, "the job")
        for _ in range(20):
            _get(f"{base}/healthz")
        api = samples(_get(f"{base}/metrics")[1])
        worker = samples(_get(f"http://127.0.0.1:{worker_port}/metrics")[1])
        niceness = _niceness(stack.pid)
    finally:
        stack.send_signal(signal.SIGINT)
        code = stack.wait(timeout=90)
    output = stack.stdout.read().decode()
    assert code == 0, output

    # the workers yield the CPU to the API: every worker process runs 10 steps nicer
    assert niceness["celery"] and niceness["gunicorn"]
    assert niceness["celery"] == {min(niceness["gunicorn"]) + 10}, niceness
    healthz = ("method", "GET"), ("route", "/healthz"), ("status", "200")
    assert api[("quotewire_http_requests_total", healthz)] == 20
    assert api[("quotewire_workers", ())] == 1
    assert worker[("quotewire_extraction_seconds_count", ())] == 1
    assert worker[("quotewire_jobs_finished_total", (("status", "succeeded"),))] == 1
    assert not any(name.startswith("quotewire_http") for name, _ in worker)

    # Besides the supervisor's own "quotewire: ..." lines, only Celery's shutdown notice (printed
    # straight to the terminal by its signal handler, not logged) is not JSON.
    plain = {"", "worker: Warm shutdown (MainProcess)"}
    lines = [line for line in output.splitlines() if not line.startswith("quotewire: ")]
    lines = [line for line in lines if line not in plain]
    records = [json.loads(line) for line in lines]  # every line of the API and worker is JSON
    assert {"gunicorn.error", "gunicorn.access", "api.enqueue", "workers.tasks"} <= {
        r["logger"] for r in records
    }
    access = [r for r in records if r["logger"] == "gunicorn.access"]
    healthz_line = {"method": "GET", "path": "/healthz", "status": 200}.items()
    assert sum(healthz_line <= r.items() for r in access) == 20
    job_lines = [
        r
        for r in records
        if accepted["job_id"] in json.dumps(r) and r["logger"] != "gunicorn.access"
    ]
    assert len(job_lines) >= 3
    assert all(r.get("article_id") == accepted["article_id"] for r in job_lines)
    assert SECRET_PHRASE not in output
