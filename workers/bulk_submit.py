"""``quotewire submit``: send many articles in batches, poll them, write results; resumable.

Results go to ``OUT``: one JSON line an article, its ``input`` naming the file (``path``, or
``path:line`` in a JSONL file). ``OUT.state`` beside it records, one JSON line at a time,
which job each input became. Both are appended and flushed
line by line, so an interrupted run loses nothing: run again, and what is written is skipped,
what is pending is polled, and only what was never accepted is sent.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from workers.client import ApiError, Client
from workers.inputs import BadInput, Document, read_inputs
from workers.jsonl import JsonlLog
from workers.keys import JobStatus
from workers.store import content_hash

REJECTED = "rejected"


@dataclass
class Item:
    """One article on its way: where it came from, its fingerprint and its job once accepted."""

    source: str
    article: dict[str, Any]
    digest: str
    batch_id: str | None = None
    job_id: str | None = None
    article_id: str | None = None


def state_path(out: Path) -> Path:
    """The state file that goes with the results file ``out``."""
    return out.with_name(out.name + ".state")


class BulkSubmit:
    """One run of ``quotewire submit``: what is left to send, what is pending, the progress."""

    def __init__(self, client: Client, out: Path, errors: TextIO = sys.stderr) -> None:
        self.client, self.errors = client, errors
        self.results, self.state = JsonlLog(out), JsonlLog(state_path(out))
        self.to_send: list[Item] = []
        self.pending: dict[str, list[Item]] = defaultdict(list)
        self.submitted = self.done = self.failed = self.bad_inputs = 0
        self.bar: tqdm | None = None

    def run(self, paths: list[str], batch_size: int = 100, poll_interval: float = 1.0) -> int:
        """Submit every article under ``paths``, write each result; return the exit code.

        0 when every article succeeded; 1 when an input was bad or an article was rejected or
        failed; 2 when the service could not be used; 130 when interrupted (run again to resume).
        """
        try:
            total = self._plan(paths)
            self.bar = tqdm(
                total=total, initial=self.done + self.failed, unit="article", desc="done"
            )
            self._show()
            for start in range(0, len(self.to_send), batch_size):
                self._send(self.to_send[start : start + batch_size])
                self._poll()
            while self.pending:
                time.sleep(poll_interval)
                self._poll()
        except KeyboardInterrupt:
            self._close()
            print(
                "quotewire submit: interrupted; nothing is lost, run the same command again "
                "to resume",
                file=self.errors,
            )
            return 130
        except ApiError as exc:
            self._close()
            print(f"quotewire submit: {exc}", file=self.errors)
            return 2
        self._close()
        return 1 if self.failed or self.bad_inputs else 0

    def _plan(self, paths: list[str]) -> int:
        """Sort the inputs into written, pending and to send; the number of articles."""
        written = {
            (record.get("input"), record.get("article_id")): record.get("status")
            for record in self.results.records
        }
        known: dict[str, dict[str, Any]] = {}
        for record in self.state.records:
            previous = known.get(record.get("input"))
            if previous is None or previous.get("digest") != record.get("digest"):
                known[record.get("input")] = previous = {}
            previous.update(record)
        total = 0
        for document in read_inputs(paths):
            if isinstance(document, BadInput):
                print(f"quotewire submit: {document}", file=self.errors)
                self.bad_inputs += 1
                continue
            total += 1
            self._resume(document, known.get(document.source), written)
        return total

    def _resume(
        self, document: Document, record: dict[str, Any] | None, written: dict[tuple, str]
    ) -> None:
        """Count ``document`` done if its result is written, else queue it to poll or send.

        The state is for the input's current content only. A result written just before an
        interruption, whose final status the state missed, is found in ``OUT`` by its article.
        """
        item = Item(document.source, document.article, content_hash(document.article))
        if record is None or record.get("digest") != item.digest:
            self.to_send.append(item)
            return
        status = record.get("status") or written.get((item.source, record.get("article_id")))
        if status is not None:
            self.submitted += status != REJECTED
            self.done += status == JobStatus.SUCCEEDED.value
            self.failed += status != JobStatus.SUCCEEDED.value
        elif record.get("job_id"):
            item.batch_id, item.job_id = record["batch_id"], record["job_id"]
            item.article_id = record["article_id"]
            self.pending[item.batch_id].append(item)
            self.submitted += 1
        else:
            self.to_send.append(item)

    def _send(self, chunk: list[Item]) -> None:
        """Submit one batch; a batch too big for the service is sent again in halves."""
        try:
            answer = self.client.submit_batch([item.article for item in chunk])
        except ApiError as exc:
            if exc.status != 413:
                raise
            if len(chunk) > 1:
                self._send(chunk[: len(chunk) // 2])
                self._send(chunk[len(chunk) // 2 :])
                return
            error = {"field": "_schema", "message": str(exc)}
            answer = {"items": [], "rejected": [{"index": 0, "errors": [error]}]}
        for accepted in answer["items"]:
            item = chunk[accepted["index"]]
            item.batch_id, item.job_id = answer["batch_id"], accepted["job_id"]
            item.article_id = accepted["article_id"]
            self._record(
                item, batch_id=item.batch_id, job_id=item.job_id, article_id=item.article_id
            )
            self.pending[item.batch_id].append(item)
            self.submitted += 1
        for rejected in answer["rejected"]:
            item = chunk[rejected["index"]]
            self._finish(item, {"status": REJECTED, "errors": rejected["errors"]})
        self._show()

    def _poll(self) -> None:
        """Write the result of every pending article whose job has finished."""
        for batch_id in list(self.pending):
            try:
                items = self.client.batch_items(batch_id)
                statuses = {item["job_id"]: item["status"] for item in items}
            except ApiError as exc:
                if exc.status != 404:
                    raise
                statuses = {}  # the batch has expired: ask each job
            still = []
            for item in self.pending[batch_id]:
                status = statuses.get(item.job_id) or self.client.job(item.job_id)["status"]
                if JobStatus(status).finished:
                    self._finish(item, self.client.article(item.article_id))
                else:
                    still.append(item)
            if still:
                self.pending[batch_id] = still
            else:
                del self.pending[batch_id]
        self._show()

    def _finish(self, item: Item, result: dict[str, Any]) -> None:
        """Write ``result`` first, then record it in the state: a crash between loses nothing."""
        self.results.append({"input": item.source, **result})
        self._record(item, status=result["status"])
        if result["status"] == JobStatus.SUCCEEDED.value:
            self.done += 1
        else:
            self.failed += 1
        if self.bar is not None:
            self.bar.update(1)

    def _record(self, item: Item, **fields: str) -> None:
        self.state.append({"input": item.source, "digest": item.digest, **fields})

    def _show(self) -> None:
        if self.bar is not None:
            counts = {"submitted": self.submitted, "failed": self.failed}
            self.bar.set_postfix(ordered_dict=counts, refresh=False)

    def _close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        self.results.close()
        self.state.close()
