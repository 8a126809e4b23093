"""An append-only JSON Lines file whose every line is flushed as soon as it is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class JsonlLog:
    """The records already in ``path`` (a torn last line is cut off); each append is flushed."""

    def __init__(self, path: Path) -> None:
        self.records: list[dict[str, Any]] = _read_and_repair(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = path.open("a", encoding="utf-8")

    def append(self, record: dict[str, Any]) -> None:
        self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        self._file.close()


def _read_and_repair(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    raw = path.read_bytes()
    complete = raw[: raw.rfind(b"\n") + 1]
    if len(complete) != len(raw):
        with path.open("r+b") as file:
            file.truncate(len(complete))
    records = []
    for line in complete.decode("utf-8").split("\n"):
        try:
            record = json.loads(line) if line.strip() else None
        except ValueError:
            continue  # not a line this program wrote: it cannot be matched, so it is left alone
        if isinstance(record, dict):
            records.append(record)
    return records
