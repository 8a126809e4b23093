"""The ``quotewire`` command line: extract (file and JSONL) and the embedded stack of ``run``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.conftest import ROOT, SEED, free_port
from tests.offsets import assert_offsets_exact

QUOTEWIRE = [sys.executable, "-m", "workers.cli"]


def run_cli(*args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [*QUOTEWIRE, *args], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_extract_a_seed_format_file():
    result = json.loads(run_cli("extract", str(SEED)))
    assert result["date"] == "2020-10-06"
    assert result["text"].startswith("The head of Russia")
    names = {entity["name"] for entity in result["entities"]}
    assert "Sergei Naryshkin" in names
    assert_offsets_exact(result["text"], result)


def test_extract_jsonl_writes_one_line_per_document():
    lines = [
        {"doc_id": "a", "text": "Angela Merkel said the talks were useful."},
        {"doc_id": "b", "text": "The ministry said nothing.", "split": "dev"},
    ]
    out = run_cli("extract", "--jsonl", "-", stdin="\n".join(json.dumps(x) for x in lines))
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["doc_id"] for r in results] == ["a", "b"]
    assert all(set(r) == {"doc_id", "entities", "quotes"} for r in results)


ATTRIBUTED = (
    "Lopez believes that the council will approve it. "
    "“We kept every promise,” Lopez said. A new study found that taxes fell."
)


def test_extract_shows_quotes_and_with_all_every_attribution(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ATTRIBUTED, encoding="utf-8")
    quotes = json.loads(run_cli("extract", str(article)))["quotes"]
    assert [(q["text"], q["act"]) for q in quotes] == [("We kept every promise,", "speech")]
    everything = json.loads(run_cli("extract", "--all", str(article)))["quotes"]
    assert [q["act"] for q in everything] == ["thought", "speech", "evidence"]
    assert everything[1] == quotes[0]


def test_extract_jsonl_takes_all_and_min_confidence():
    line = json.dumps({"doc_id": "a", "text": ATTRIBUTED})
    [everything] = run_cli("extract", "--jsonl", "-", "--all", stdin=line).splitlines()
    quotes = json.loads(everything)["quotes"]
    assert len(quotes) == 3 and all(0.0 <= q["confidence"] <= 1.0 for q in quotes)
    [none] = run_cli("extract", "--jsonl", "-", "--min-confidence", "1", stdin=line).splitlines()
    assert json.loads(none)["quotes"] == []


def test_extract_refuses_a_confidence_outside_0_to_1():
    done = subprocess.run(
        [*QUOTEWIRE, "extract", "--min-confidence", "1.5", "x.txt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "not a number from 0 to 1" in done.stderr


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except OSError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


def _start_stack(tmp_path: Path, api_port: int, redis_port: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env |= {
        "QUOTEWIRE_PORT": str(api_port),
        "QUOTEWIRE_REDIS_PORT": str(redis_port),
        "QUOTEWIRE_DATA_DIR": str(tmp_path / "data"),
        "QUOTEWIRE_WORKERS": "1",
        "QUOTEWIRE_API_WORKERS": "1",
    }
    return subprocess.Popen(
        [*QUOTEWIRE, "run"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )


def _stop_stack(process: subprocess.Popen) -> int:
    process.send_signal(signal.SIGINT)
    return process.wait(timeout=90)


def test_run_starts_the_whole_stack_and_keeps_jobs_across_restarts(tmp_path):
    api_port, redis_port = free_port(), free_port()
    base = f"http://127.0.0.1:{api_port}"
    stack = _start_stack(tmp_path, api_port, redis_port)
    try:
        _wait(lambda: _get(f"{base}/readyz")[0] == 200, 90, "/readyz")
        request = urllib.request.Request(
            f"{base}/v1/articles",
            data=b"date 2021-01-02\nLena Park said the bridge would reopen in May.",
            headers={"Content-Type": "text/plain"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 202
            accepted = json.load(response)
        job_url = f"{base}/v1/jobs/{accepted['job_id']}"
        _wait(lambda: _get(job_url)[1]["status"] == "succeeded", 90, "the job")
    finally:
        code = _stop_stack(stack)
    output = stack.stdout.read().decode()
    assert code == 0, output
    assert "quotewire: stopped" in output
    assert (tmp_path / "data" / "redis").is_dir()

    restarted = _start_stack(tmp_path, api_port, redis_port)
    try:
        _wait(lambda: _get(f"{base}/healthz")[0] == 200, 60, "/healthz")
        status, article = _get(f"{base}/v1/articles/{accepted['article_id']}")
        assert status == 200
        assert article["status"] == "succeeded" and article["date"] == "2021-01-02"
        assert any(e["name"] == "Lena Park" for e in article["entities"])
    finally:
        assert _stop_stack(restarted) == 0


def test_eval_scores_the_seed_gold():
    gold = ROOT / "seeds" / "000_775ba3dc0255bdde.gold.jsonl"
    report = json.loads(run_cli("eval", str(gold), "--json"))
    assert report["documents"] == 1
    marked = report["metrics"]["direct+mixed"]
    assert marked["n_gold"] == 10
    # Nine quotes: the cue-less sentence after "he told …" is the second span of its quote.
    assert marked["n_pred"] == 9 and marked["overlap_p"] == 1.0 and marked["overlap_r"] == 0.9
    assert marked["name_acc"] == 1.0
