"""The load benchmark's texts, its run against a real service, and its faults on a real stack."""

from __future__ import annotations

import json
import re

import psutil

from bench.load import article_windows, main
from bench.stack_faults import (
    StackNotFound,
    embedded_redis,
    inject,
    job_processes,
    supervisor_of,
)
from tests.conftest import SEED, free_port
from tests.stack import get_json, start_stack, stop_stack, wait_for
from tests.test_supervisor import post_article, server_pid


def seed_articles() -> list[str]:
    """The seed article, and the same paragraphs in reverse order as a second article."""
    text = SEED.read_text(encoding="utf-8")
    return [text, "\n\n".join(reversed(re.split(r"\n\s*\n", text)))]


def replaced(supervisor: psutil.Process, killed: int) -> bool:
    """Whether the worker runs a pool process again, and not the killed one."""
    try:
        return [p.pid for p in job_processes(supervisor)] != [killed]
    except StackNotFound:  # between the death of one and the start of the next
        return False


def test_windows_are_distinct_bounded_paragraph_runs_taking_turns_between_articles():
    articles = seed_articles()
    windows = article_windows(articles, min_chars=300, max_chars=600)

    assert len(windows) == len(set(windows)) > 10
    assert all(300 <= len(window) <= 600 for window in windows)
    paragraphs = {p.strip() for p in re.split(r"\n\s*\n", articles[0])}
    assert all(set(window.split("\n\n")) <= paragraphs for window in windows)
    assert all(len(window.split("\n\n")) <= 3 for window in windows)
    assert windows[0] in articles[0] and windows[1] in articles[1]


def test_a_load_run_polls_every_job_to_its_end_and_loses_none(service, tmp_path, capsys):
    data = tmp_path / "articles.jsonl"
    data.write_text("".join(json.dumps({"text": t}) + "\n" for t in seed_articles()))

    code = main([str(data), "--url", service, "--submissions", "12", "--clients", "4"])

    table = capsys.readouterr().out
    assert code == 0, table
    assert re.search(r"^accepted +12 \(12 distinct jobs\)$", table, re.M), table
    assert re.search(r"^succeeded +12$", table, re.M), table
    assert re.search(r"^lost +0 ", table, re.M), table


def test_faults_kill_a_job_process_and_the_redis_of_a_running_stack(tmp_path):
    api_port, redis_port = free_port(), free_port()
    base = f"http://127.0.0.1:{api_port}"
    stack = start_stack(tmp_path, api_port, redis_port)
    try:
        wait_for(lambda: get_json(f"{base}/readyz")[0] == 200, 90, "/readyz")
        supervisor = supervisor_of(api_port)
        assert supervisor.pid == stack.pid
        [job_process] = job_processes(supervisor)
        redis_pid = embedded_redis(supervisor).pid
        assert server_pid(redis_port) == redis_pid

        assert (
            inject("worker-kill", api_port) == f"SIGKILL worker pool process pid {job_process.pid}"
        )
        wait_for(lambda: replaced(supervisor, job_process.pid), 60, "a new pool process")
        assert inject("redis-restart", api_port) == f"SIGKILL embedded redis-server pid {redis_pid}"
        wait_for(lambda: server_pid(redis_port) not in (None, redis_pid), 30, "Redis to restart")
        job = wait_for(
            lambda: post_article(base, "Tom Baker said the weather would hold."), 30, "202"
        )
        wait_for(
            lambda: get_json(f"{base}/v1/jobs/{job['job_id']}")[1].get("status") == "succeeded",
            90,
            "the job after both faults",
        )
    finally:
        stop_stack(stack)
