"""The ``quotewire`` client commands against a running service (real HTTP, Redis and worker)."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from flask import request

from tests.conftest import ROOT, SEED

QUOTEWIRE = [sys.executable, "-m", "workers.cli"]
#: The command run with Ctrl-C at its default even where the tests were started with SIGINT
#: ignored (a background job of a script): the interpreter then turns it into KeyboardInterrupt.
INTERRUPTIBLE = [
    sys.executable,
    "-c",
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.executable, [sys.executable, '-m', 'workers.cli', *sys.argv[1:]])",
]


def quotewire(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*QUOTEWIRE, *args], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=300
    )


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def articles_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "plain.txt").write_text("Lena Park said the bridge would reopen in May.\n")
    (folder / "more" / "wire.jsonl").write_text(
        json.dumps({"text": "The mayor said the budget was balanced.", "title": "Budget"})
        + "\n"
        + json.dumps({"text": "Omar Haddad said talks would resume.", "url": "not a url"})
        + "\n"
    )
    (folder / "notes.md").write_text("not an article: only .txt and .jsonl are read")
    return folder


def test_submit_a_folder_writes_every_result_and_a_second_run_resumes(service, tmp_path):
    folder, out = articles_folder(tmp_path), tmp_path / "results.jsonl"
    first = quotewire("submit", str(folder), "--out", str(out), "--url", service)
    # One article is invalid (its url), so the run reports a failure: exit 1.
    assert first.returncode == 1, first.stderr
    assert "submitted=3" in first.stderr and "failed=1" in first.stderr
    results = {line["input"]: line for line in read_jsonl(out)}
    jsonl = str(folder / "more" / "wire.jsonl")
    assert set(results) == {
        str(folder / "seed.txt"),
        str(folder / "plain.txt"),
        f"{jsonl}:1",
        f"{jsonl}:2",
    }
    seed = results[str(folder / "seed.txt")]
    assert seed["status"] == "succeeded" and seed["date"] == "2020-10-06"
    assert any(q["speaker"]["name"] == "Sergei Naryshkin" for q in seed["quotes"] if q["speaker"])
    assert results[f"{jsonl}:1"]["title"] == "Budget"
    assert results[f"{jsonl}:2"]["status"] == "rejected"
    assert results[f"{jsonl}:2"]["errors"][0]["field"] == "url"
    assert (tmp_path / "results.jsonl.state").exists()

    # As if interrupted between writing a result and recording it in the state: the state
    # loses the final line of plain.txt, whose result is written; it is not written twice.
    state = tmp_path / "results.jsonl.state"
    plain = json.dumps(str(folder / "plain.txt"))
    kept = [
        line for line in state.read_text().splitlines()
        if not (plain in line and '"status"' in line)
    ]  # fmt: skip
    assert len(kept) == len(state.read_text().splitlines()) - 1
    state.write_text("\n".join(kept) + "\n")
    second = quotewire("submit", str(folder), "--out", str(out), "--url", service)
    assert second.returncode == 1
    assert len(read_jsonl(out)) == 4, "nothing is submitted or written twice"

    (folder / "late.txt").write_text("date 2022-02-02\nAda Byron said the engine worked.")
    third = quotewire("submit", str(folder), "--out", str(out), "--url", service)
    assert third.returncode == 1
    lines = read_jsonl(out)
    assert len(lines) == 5 and lines[-1]["input"] == str(folder / "late.txt")
    assert lines[-1]["date"] == "2022-02-02" and lines[-1]["status"] == "succeeded"

    # The rejected line, corrected, is sent again; everything then succeeded: exit 0.
    fixed = (folder / "more" / "wire.jsonl").read_text().replace("not a url", "https://x.org/a")
    (folder / "more" / "wire.jsonl").write_text(fixed)
    fourth = quotewire("submit", str(folder), "--out", str(out), "--url", service)
    assert fourth.returncode == 0, fourth.stderr
    lines = read_jsonl(out)
    assert len(lines) == 6 and lines[-1]["input"] == f"{jsonl}:2"
    assert lines[-1]["status"] == "succeeded" and lines[-1]["url"] == "https://x.org/a"


def test_ctrl_c_keeps_pending_jobs_and_the_next_run_polls_them(app, service, tmp_path):
    services = app.extensions["quotewire"]
    send_task, held, posts = services.celery.send_task, [], []
    services.celery.send_task = lambda *args, **kwargs: held.append((args, kwargs))
    app.before_request(lambda: posts.append(request.path) if request.method == "POST" else None)
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"Speaker Number{n} said the plan was ready.")
    out, state = tmp_path / "results.jsonl", tmp_path / "results.jsonl.state"
    command = [*INTERRUPTIBLE, "submit", str(folder), "--out", str(out), "--url", service]
    interrupted = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (state.exists() and state.read_text().count("\n") == 3):
        assert time.monotonic() < deadline, "the jobs were not recorded"
        time.sleep(0.05)
    interrupted.send_signal(signal.SIGINT)  # the jobs are queued and held: it is polling
    assert interrupted.wait(timeout=60) == 130
    stderr = interrupted.stderr.read()
    assert "interrupted; nothing is lost" in stderr and "Traceback" not in stderr
    assert out.read_text() == "" and posts == ["/v1/batches"]

    services.celery.send_task = send_task
    for args, kwargs in held:
        send_task(*args, **kwargs)
    again = quotewire("submit", str(folder), "--out", str(out), "--url", service)
    assert again.returncode == 0, again.stderr
    assert posts == ["/v1/batches"], "the second run polls; it sends nothing again"
    lines = read_jsonl(out)
    assert sorted(line["input"] for line in lines) == [str(folder / f"{n}.txt") for n in range(3)]
    assert {line["status"] for line in lines} == {"succeeded"}


def test_submit_sends_the_api_key_as_a_bearer_token(app, service, tmp_path):
    seen = []
    app.before_request(lambda: seen.append(request.headers.get("Authorization")))
    (tmp_path / "a.txt").write_text("Kim Lo said yes.")
    out = tmp_path / "out.jsonl"
    done = quotewire(
        "submit", str(tmp_path / "a.txt"), "--out", str(out), "--url", service, "--api-key", "s3"
    )
    assert done.returncode == 0, done.stderr
    assert seen and set(seen) == {"Bearer s3"}


def test_submit_reports_bad_inputs_and_an_unreachable_service_in_one_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('["not", "an object"]\n')
    done = quotewire(
        "submit", str(bad), "missing.txt", "--out", str(tmp_path / "o.jsonl"),
        "--url", "http://127.0.0.1:9",
    )  # fmt: skip
    assert done.returncode == 1
    assert f"quotewire submit: {bad}:1: not a JSON object" in done.stderr
    assert "quotewire submit: missing.txt: no such file or folder" in done.stderr
    assert "Traceback" not in done.stderr
    (tmp_path / "ok.txt").write_text("Kim Lo said yes.")
    done = quotewire(
        "submit", str(tmp_path / "ok.txt"), "--out", str(tmp_path / "o.jsonl"),
        "--url", "http://127.0.0.1:9",
    )  # fmt: skip
    assert done.returncode == 2
    assert "quotewire submit: cannot reach http://127.0.0.1:9" in done.stderr
    assert "Traceback" not in done.stderr


def test_status_and_get_as_json_and_text(client, service, wait_for_job):
    accepted = client.post("/v1/articles", data=SEED.read_bytes(), content_type="text/plain")
    job_id, article_id = accepted.get_json()["job_id"], accepted.get_json()["article_id"]
    wait_for_job(job_id)
    status = quotewire("status", job_id, "--url", service)
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["status"] == "succeeded"
    article = quotewire("get", article_id, "--url", service)
    assert json.loads(article.stdout)["article_id"] == article_id
    text = quotewire("get", article_id, "--format", "text", "--url", service)
    assert text.returncode == 0
    assert "2020-10-06" in text.stdout and "status: succeeded" in text.stdout
    assert "Sergei Naryshkin — direct, “stressed”" in text.stdout
    missing = quotewire("status", "nope", "--url", service)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "quotewire status: 404 job_not_found: No job with id 'nope'."


def test_every_command_has_help_with_an_example():
    for command in ("run", "serve", "worker", "extract", "submit", "status", "get", "export"):
        done = quotewire(command, "--help")
        assert done.returncode == 0
        example = done.stdout.split("example:")[1]
        assert f"quotewire {command}" in example
    done = quotewire("eval", "--help")
    assert "example:" in done.stdout and "quotewire eval" in done.stdout


def test_export_writes_every_quote_of_a_speaker_as_jsonl_and_csv_page_after_page(
    app, client, service, wait_for_job
):
    searches = []
    app.before_request(lambda: searches.append(request.path) if "quotes" in request.path else None)
    places = ["north", "south", "east", "west", "river", "harbour", "market", "park", "hill"]
    places += ["station", "school"]
    many = [f'"Bridge {a} {b} opens in spring," said Jane Doe.' for a in places for b in places]
    articles = [
        {"title": "Bridge plans", "date": "2024-03-01", "text": " ".join(many)},
        {
            "title": "Mayor promises a bridge",
            "date": "2024-03-05",
            "text": '"We will build the bridge next year," said Jane Doe, the mayor. '
            '"It costs too much," said John Roe.',
        },
    ]
    for article in articles:
        wait_for_job(client.post("/v1/articles", json=article).get_json()["job_id"])

    jsonl = quotewire("export", "--speaker", "jane doe", "--url", service)
    assert jsonl.returncode == 0, jsonl.stderr
    hits = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert len(hits) == 122 and len({hit["id"] for hit in hits}) == 122
    assert searches == ["/v1/quotes", "/v1/quotes"], "122 quotes take two pages of 100"
    assert {hit["speaker"]["name"] for hit in hits} == {"Jane Doe"}
    assert hits[0]["text"] == "We will build the bridge next year,"
    assert hits[0]["article"]["title"] == "Mayor promises a bridge"

    table = quotewire("export", "--speaker", "jane doe", "--format", "csv", "--url", service)
    assert table.returncode == 0, table.stderr
    rows = list(csv.reader(io.StringIO(table.stdout)))
    assert rows[0] == ["date", "title", "speaker", "kind", "quote", "cue"]
    assert rows[1] == [
        "2024-03-05", "Mayor promises a bridge", "Jane Doe", "direct",
        "We will build the bridge next year,", "said",
    ]  # fmt: skip
    assert len(rows) == 123
    assert {tuple(row[:4]) for row in rows[2:]} == {
        ("2024-03-01", "Bridge plans", "Jane Doe", "direct")
    }
    assert {row[4] for row in rows[1:]} == {hit["text"] for hit in hits}

    nobody = quotewire("export", "--speaker", "nobody", "--format", "csv", "--url", service)
    assert (nobody.returncode, nobody.stdout) == (0, "date,title,speaker,kind,quote,cue\n")
    unreachable = quotewire("export", "--speaker", "doe", "--url", "http://127.0.0.1:9")
    assert unreachable.returncode == 1 and unreachable.stdout == ""
    assert unreachable.stderr.startswith("quotewire export: cannot reach http://127.0.0.1:9")
