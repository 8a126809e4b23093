"""The ``quotewire`` command line: extract (file and JSONL) and the embedded stack of ``run``."""

from __future__ import annotations

import json
import subprocess
import urllib.request

from tests.conftest import ROOT, SEED, free_port
from tests.offsets import assert_offsets_exact
from tests.stack import QUOTEWIRE, get_json, start_stack, stop_stack, wait_for


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
    assert [r["input"] for r in results] == ["-:1", "-:2"]
    assert all(set(r) == {"input", "doc_id", "entities", "quotes"} for r in results)


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


def test_extract_reports_each_bad_input_in_one_line_and_keeps_the_others(tmp_path):
    jsonl = tmp_path / "mixed.jsonl"
    jsonl.write_text(
        json.dumps({"doc_id": "a", "text": "Angela Merkel said the talks were useful."})
        + "\n[1, 2]\n"
        + json.dumps({"doc_id": "c"})
        + "\n{not json\n\n"
        + json.dumps({"doc_id": "e", "text": "Tom Smith said it would rain."})
        + "\n"
    )
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "one.txt").write_text("date 2020-01-02 Ann Lee said the vote was close.")
    missing = tmp_path / "missing.txt"
    done = subprocess.run(
        [*QUOTEWIRE, "extract", str(jsonl), str(missing), str(folder), "-"],
        cwd=ROOT, input="Bo Chen said yes.", capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("quotewire extract:")]
    assert errors == [
        f"quotewire extract: {jsonl}:2: not a JSON object",
        f"quotewire extract: {jsonl}:3: no `text` string",
        f"quotewire extract: {jsonl}:4: not JSON (Expecting property name enclosed in double "
        "quotes: line 1 column 2 (char 1))",
        f"quotewire extract: {missing}: no such file or folder",
    ]
    assert "Traceback" not in done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["input"] for r in results] == [
        f"{jsonl}:1", f"{jsonl}:6", str(folder / "one.txt"), "-"
    ]  # fmt: skip
    assert results[2]["date"] == "2020-01-02" and results[3]["text"] == "Bo Chen said yes."
    assert results[1]["quotes"][0]["speaker"]["name"] == "Tom Smith"


def test_run_starts_the_whole_stack_and_keeps_jobs_across_restarts(tmp_path):
    api_port, redis_port = free_port(), free_port()
    base = f"http://127.0.0.1:{api_port}"
    stack = start_stack(tmp_path, api_port, redis_port)
    try:
        wait_for(lambda: get_json(f"{base}/readyz")[0] == 200, 90, "/readyz")
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
        wait_for(lambda: get_json(job_url)[1]["status"] == "succeeded", 90, "the job")
    finally:
        code = stop_stack(stack)
    output = stack.stdout.read().decode()
    assert code == 0, output
    assert "quotewire: stopped" in output
    assert (tmp_path / "data" / "redis").is_dir()

    restarted = start_stack(tmp_path, api_port, redis_port)
    try:
        wait_for(lambda: get_json(f"{base}/healthz")[0] == 200, 60, "/healthz")
        status, article = get_json(f"{base}/v1/articles/{accepted['article_id']}")
        assert status == 200
        assert article["status"] == "succeeded" and article["date"] == "2021-01-02"
        assert any(e["name"] == "Lena Park" for e in article["entities"])
    finally:
        assert stop_stack(restarted) == 0


def test_eval_scores_the_seed_gold():
    gold = ROOT / "seeds" / "000_775ba3dc0255bdde.gold.jsonl"
    report = json.loads(run_cli("eval", str(gold), "--json"))
    assert report["documents"] == 1
    marked = report["metrics"]["direct+mixed"]
    assert marked["n_gold"] == 10
    # Nine quotes: the cue-less sentence after "he told …" is the second span of its quote.
    assert marked["n_pred"] == 9 and marked["overlap_p"] == 1.0 and marked["overlap_r"] == 0.9
    assert marked["name_acc"] == 1.0
