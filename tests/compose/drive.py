"""Drive a running quotewire docker-compose stack over HTTP on loopback and break it on purpose.

Run by compose_test.sh after `docker-compose up`; standard library only. Steps:

1. the seed article gives the expected direct/mixed quotations, all by the expected speakers;
2. 50 articles of ~4,500 characters all succeed, and every worker container took some;
3. Redis is restarted while jobs are queued: every accepted job still completes;
4. the worker container running a job is killed: the job is redelivered and completes.

Environment: COMPOSE_TEST_API (base URL), COMPOSE_TEST_DC (the docker-compose command with its
options), COMPOSE_TEST_ROOT (repository root), COMPOSE_TEST_T0 (start time, for the log),
COMPOSE_TEST_WORKERS, COMPOSE_TEST_VISIBILITY and COMPOSE_TEST_HARD_LIMIT (seconds),
COMPOSE_TEST_EXPECTED_QUOTES (default 8), COMPOSE_TEST_BATCH (default 50),
COMPOSE_TEST_MIN_QUOTED (share of batch articles that must give a direct/mixed quote,
default 0.9), COMPOSE_TEST_LONG_CHARS (size of the step-4 article, default 30000),
WORK (a scratch dir).
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fixtures  # noqa: E402

API = os.environ.get("COMPOSE_TEST_API", "http://127.0.0.1:8000").rstrip("/")
FLOWER = os.environ.get("COMPOSE_TEST_FLOWER", "")
DC = shlex.split(os.environ.get("COMPOSE_TEST_DC", "docker-compose"))
ROOT = Path(os.environ.get("COMPOSE_TEST_ROOT", Path(__file__).resolve().parents[2]))
T0 = float(os.environ.get("COMPOSE_TEST_T0", time.time()))
N_WORKERS = int(os.environ.get("COMPOSE_TEST_WORKERS", "2"))
VISIBILITY = int(os.environ.get("COMPOSE_TEST_VISIBILITY", "30"))
HARD_LIMIT = int(os.environ.get("COMPOSE_TEST_HARD_LIMIT", "25"))
EXPECTED_QUOTES = int(os.environ.get("COMPOSE_TEST_EXPECTED_QUOTES", "8"))
BATCH = int(os.environ.get("COMPOSE_TEST_BATCH", "50"))
MIN_QUOTED = float(os.environ.get("COMPOSE_TEST_MIN_QUOTED", "0.9"))
LONG_CHARS = int(os.environ.get("COMPOSE_TEST_LONG_CHARS", "30000"))
WORK = Path(os.environ.get("WORK", "/tmp"))

SEED = ROOT / "seeds" / "000_775ba3dc0255bdde.txt"
SEED_SPEAKERS = {"Sergei Naryshkin", "Bashar al-Assad"}
FINISHED = {"succeeded", "failed"}
# Loopback only: refuse anything else, whatever the environment says.
assert API.startswith(("http://127.0.0.1:", "http://localhost:", "http://[::1]:")), API


class Failed(Exception):
    pass


#: requests the API could not serve (connection refused/reset, 429, 5xx) and that were retried
RETRIED = {"POST": 0, "GET": 0}


def log(msg: str) -> None:
    print(f"[{time.time() - T0:6.1f}s] {msg}", flush=True)


def check(cond: bool, msg: str) -> None:
    if not cond:
        raise Failed(msg)


# -- HTTP --------------------------------------------------------------------------------------


def http(
    method: str,
    path: str,
    body: bytes | None = None,
    ctype: str | None = None,
    timeout: float = 10.0,
) -> tuple[int, dict, dict]:
    """One request; returns (status, headers, json body or {}). Raises OSError on no answer."""
    req = urllib.request.Request(API + path, data=body, method=method)
    if ctype:
        req.add_header("Content-Type", ctype)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            status, headers, raw = resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        status, headers, raw = err.code, dict(err.headers), err.read()
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {"raw": raw[:200].decode("utf-8", "replace")}
    return status, headers, data


def submit(text: str, as_json: bool = False, deadline: float = 60.0) -> dict:
    """POST an article; retries on 429/503 and connection errors until ``deadline`` seconds."""
    if as_json:
        body, ctype = json.dumps({"text": text}).encode(), "application/json"
    else:
        body, ctype = text.encode("utf-8"), "text/plain; charset=utf-8"
    end = time.monotonic() + deadline
    while True:
        try:
            status, headers, data = http("POST", "/v1/articles", body, ctype)
        except OSError as exc:
            status, headers, data = 0, {}, {"error": str(exc)}
        if status == 202 or (status == 200 and data.get("job_id")):
            check(bool(data.get("job_id")) and bool(data.get("article_id")), f"POST gave {data}")
            return data
        if status not in (0, 429, 502, 503, 504) or time.monotonic() > end:
            raise Failed(f"POST /v1/articles -> {status} {data}")
        RETRIED["POST"] += 1
        time.sleep(float(headers.get("Retry-After", 1) or 1))


def get_job(job_id: str) -> dict | None:
    """The job record, or None while the API cannot answer (e.g. Redis restarting)."""
    try:
        status, _, data = http("GET", f"/v1/jobs/{job_id}")
    except OSError:
        RETRIED["GET"] += 1
        return None
    if status == 200:
        return data
    if status in (502, 503, 504):
        RETRIED["GET"] += 1
        return None
    raise Failed(f"GET /v1/jobs/{job_id} -> {status} {data}")


def wait_jobs(job_ids: list[str], timeout: float, what: str) -> dict[str, dict]:
    """Poll until every job is finished; returns the final records."""
    done: dict[str, dict] = {}
    end = time.monotonic() + timeout
    while len(done) < len(job_ids):
        for job_id in job_ids:
            if job_id in done:
                continue
            job = get_job(job_id)
            if job is None:
                break
            if job.get("status") in FINISHED:
                done[job_id] = job
        if len(done) == len(job_ids):
            break
        if time.monotonic() > end:
            pending = {j: (get_job(j) or {}).get("status") for j in job_ids if j not in done}
            raise Failed(
                f"{what}: {len(pending)} of {len(job_ids)} jobs unfinished after "
                f"{timeout:.0f}s: {dict(list(pending.items())[:5])}"
            )
        time.sleep(0.5)
    return done


def get_article(article_id: str) -> dict:
    status, _, data = http("GET", f"/v1/articles/{article_id}")
    check(status == 200, f"GET /v1/articles/{article_id} -> {status} {data}")
    return data


def wait_ready(timeout: float = 120.0, workers: int = 1) -> dict:
    """Poll /readyz until it answers 200 with at least ``workers`` workers."""
    end = time.monotonic() + timeout
    last: object = None
    while time.monotonic() < end:
        try:
            status, _, data = http("GET", "/readyz", timeout=5)
            if status == 200 and len(data.get("workers", [])) >= workers:
                return data
            last = (status, data)
        except OSError as exc:
            last = exc
        time.sleep(1)
    raise Failed(f"/readyz not 200 with {workers} worker(s) after {timeout:.0f}s: {last}")


# -- docker ------------------------------------------------------------------------------------


def run(*cmd: str) -> str:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise Failed(f"{' '.join(cmd)} -> rc {proc.returncode}: {proc.stderr.strip()[-500:]}")
    return proc.stdout


def dc(*args: str) -> str:
    return run(*DC, *args)


def worker_containers() -> dict[str, str]:
    """Celery node name (celery@<container hostname>) -> container id, for running workers."""
    nodes = {}
    for cid in dc("ps", "-q", "worker").split():
        state = run("docker", "inspect", "-f", "{{.State.Running}} {{.Config.Hostname}}", cid)
        running, hostname = state.split()
        if running == "true":
            nodes[f"celery@{hostname}"] = cid
    return nodes


def failed_summary(jobs: dict[str, dict]) -> str:
    bad = [j for j in jobs.values() if j.get("status") != "succeeded"]
    return "; ".join(f"{j.get('job_id')}: {j.get('status')} {j.get('error')}" for j in bad[:5])


# -- steps -------------------------------------------------------------------------------------


def step_seed() -> None:
    text = SEED.read_text(encoding="utf-8")
    sub = submit(text)
    job = wait_jobs([sub["job_id"]], 120, "seed")[sub["job_id"]]
    check(job["status"] == "succeeded", f"seed job {job}")
    art = get_article(sub["article_id"])
    check(isinstance(art.get("entities"), list) and art["entities"], "seed: no entities")
    quotes = [q for q in art.get("quotes", []) if q.get("kind") in ("direct", "mixed")]
    speakers = {((q.get("speaker") or {}).get("name")) for q in quotes}
    log(
        f"   seed: {len(art['entities'])} entities, {len(art.get('quotes', []))} quotes, "
        f"{len(quotes)} direct/mixed by {sorted(map(str, speakers))}; worker {job.get('worker')}"
    )
    check(
        len(quotes) >= EXPECTED_QUOTES,
        f"seed: {len(quotes)} direct/mixed quotes, expected >= {EXPECTED_QUOTES}",
    )
    check(speakers <= SEED_SPEAKERS, f"seed: unexpected speakers {speakers - SEED_SPEAKERS}")


def step_batch() -> None:
    nodes = worker_containers()
    check(len(nodes) == N_WORKERS, f"expected {N_WORKERS} running workers, found {sorted(nodes)}")
    texts = [fixtures.article(i) for i in range(BATCH)]
    t = time.monotonic()
    subs = [submit(text, as_json=i % 2 == 1) for i, text in enumerate(texts)]
    log(
        f"   {len(subs)} articles ({sum(map(len, texts))} chars) accepted in "
        f"{time.monotonic() - t:.1f}s"
    )
    ids = [s["job_id"] for s in subs]
    check(len(set(ids)) == len(ids), "duplicate job ids")
    jobs = wait_jobs(ids, 300, "batch")
    took = time.monotonic() - t
    check(
        all(j["status"] == "succeeded" for j in jobs.values()),
        f"batch: not all succeeded: {failed_summary(jobs)}",
    )
    per_worker: dict[str, int] = {}
    for j in jobs.values():
        per_worker[str(j.get("worker"))] = per_worker.get(str(j.get("worker")), 0) + 1
    n_quotes = n_entities = with_quotes = 0
    for s in subs:
        art = get_article(s["article_id"])
        quotes = [q for q in art.get("quotes", []) if q.get("kind") in ("direct", "mixed")]
        n_quotes += len(quotes)
        n_entities += len(art.get("entities", []))
        with_quotes += bool(quotes)
    log(
        f"   all {len(jobs)} succeeded in {took:.1f}s ({len(jobs) / took:.2f} articles/s); "
        f"jobs per worker: {per_worker}"
    )
    log(
        f"   {n_entities} entities, {n_quotes} direct/mixed quotes, "
        f"{with_quotes}/{len(subs)} articles with at least one"
    )
    check(None not in {j.get("worker") for j in jobs.values()}, "job records carry no `worker`")
    unknown = set(per_worker) - set(nodes)
    check(not unknown, f"jobs ran on nodes that are not this stack's workers: {unknown}")
    check(
        len(per_worker) == N_WORKERS,
        f"only {len(per_worker)} of {N_WORKERS} worker containers took work: {per_worker}",
    )
    check(
        with_quotes >= MIN_QUOTED * len(subs),
        f"batch: {with_quotes} of {len(subs)} articles gave a direct/mixed quote, "
        f"expected at least {MIN_QUOTED:.0%}",
    )


def step_redis_restart() -> None:
    texts = [fixtures.article(BATCH + i) for i in range(30)]
    subs = [submit(text) for text in texts]
    ids = [s["job_id"] for s in subs]
    statuses = [(get_job(j) or {}).get("status") for j in ids]
    queued = statuses.count("queued")
    log(
        f"   {len(ids)} jobs accepted; at restart: {queued} queued, "
        f"{statuses.count('running')} running, {statuses.count('succeeded')} succeeded"
    )
    check(queued > 0, "no job was still queued when Redis was restarted")
    t = time.monotonic()
    dc("restart", "-t", "10", "redis")
    log(f"   redis restarted in {time.monotonic() - t:.1f}s")
    aof = dc("exec", "-T", "redis", "redis-cli", "config", "get", "appendonly").split()
    check(aof[-1:] == ["yes"], f"redis appendonly is {aof}")
    jobs = wait_jobs(ids, VISIBILITY + HARD_LIMIT + 120, "after redis restart")
    check(
        all(j["status"] == "succeeded" for j in jobs.values()),
        f"after redis restart: not all succeeded: {failed_summary(jobs)}",
    )
    attempts = sum(j.get("attempts", 1) for j in jobs.values())
    log(
        f"   all {len(jobs)} succeeded {time.monotonic() - t:.1f}s after the restart "
        f"({attempts} attempts in all)"
    )
    ready = wait_ready(60, N_WORKERS)
    log(
        f"   /readyz lists all {len(ready['workers'])} workers "
        f"{time.monotonic() - t:.1f}s after the restart"
    )


def step_kill_worker() -> None:
    nodes = worker_containers()
    text = fixtures.long_article(LONG_CHARS)
    sub = submit(text)
    job_id = sub["job_id"]
    end = time.monotonic() + 60
    job: dict = {}
    while time.monotonic() < end:
        job = get_job(job_id) or {}
        if job.get("status") == "running" and job.get("worker"):
            break
        check(job.get("status") not in FINISHED, f"long job finished before the kill: {job}")
        time.sleep(0.2)
    check(job.get("status") == "running", f"long job never ran: {job}")
    victim = job["worker"]
    check(victim in nodes, f"job runs on {victim}, not one of {sorted(nodes)}")
    cid = nodes[victim]
    run("docker", "kill", cid)
    t = time.monotonic()
    (WORK / "killed").write_text(cid)
    log(
        f"   killed {victim} (container {cid[:12]}) while it ran job {job_id} "
        f"({len(text)} chars, attempt {job.get('attempts')})"
    )
    final = wait_jobs([job_id], VISIBILITY + 2 * HARD_LIMIT + 90, "killed job")[job_id]
    check(final["status"] == "succeeded", f"killed job: {final}")
    check(final.get("worker") != victim, f"killed job finished on the killed worker {final}")
    check(int(final.get("attempts", 0)) >= 2, f"killed job shows {final.get('attempts')} attempts")
    log(
        f"   redelivered and succeeded on {final.get('worker')} {time.monotonic() - t:.1f}s "
        f"after the kill (attempts {final.get('attempts')}; visibility timeout {VISIBILITY}s)"
    )


def step_smoke() -> None:
    ready = wait_ready(120, N_WORKERS)
    log(f"   /readyz: {ready}")
    status, _, data = http("GET", "/healthz")
    check(status == 200, f"/healthz -> {status} {data}")
    if FLOWER:
        with urllib.request.urlopen(FLOWER + "/healthcheck", timeout=10) as resp:
            check(resp.status == 200, f"flower /healthcheck -> {resp.status}")
        log("   flower /healthcheck 200")
    conf = dc("exec", "-T", "redis", "redis-cli", "config", "get", "maxmemory-policy").split()
    check(conf[-1:] == ["noeviction"], f"redis maxmemory-policy {conf}")
    ports = dc("port", "redis", "6379").strip()
    check(not ports or ports == ":0", f"redis is published on the host: {ports}")
    user = dc("exec", "-T", "api", "id", "-u").strip()
    check(user != "0", "the api container runs as root")


STEPS = [
    ("0 ready: /readyz, /healthz, flower, redis config, non-root", step_smoke),
    ("1 seed article", step_seed),
    (f"2 batch of {BATCH} articles over {N_WORKERS} workers", step_batch),
    ("3 redis restart with queued jobs", step_redis_restart),
    ("4 worker killed mid-job", step_kill_worker),
]


def main() -> int:
    """Run the steps (or those named by number on the command line); a failed step does not
    stop the later ones, except step 0 (the stack is not usable)."""
    only = set(sys.argv[1:])
    failed = []
    for name, fn in STEPS:
        if only and name.split()[0] not in only:
            continue
        t = time.monotonic()
        log(f"-- step {name}")
        before = dict(RETRIED)
        try:
            fn()
        except Failed as exc:
            log(f"FAIL step {name}: {exc}")
            failed.append(name.split()[0])
            if fn is step_smoke:
                break
            continue
        retried = {k: RETRIED[k] - before[k] for k in RETRIED if RETRIED[k] > before[k]}
        if retried:
            log(f"   requests retried while the API could not answer: {retried}")
        log(f"   step {name.split()[0]} passed in {time.monotonic() - t:.1f}s")
    if failed:
        log(f"failed steps: {' '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
