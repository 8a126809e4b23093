"""Keep one child process of ``quotewire run`` alive: restart it with backoff, give up loudly."""

from __future__ import annotations

import subprocess
import time


def say(message: str) -> None:
    """Print one line of the supervisor's log."""
    print(f"quotewire: {message}", flush=True)


def stop_process(process: subprocess.Popen, timeout: float = 10.0) -> None:
    """SIGTERM ``process`` and wait ``timeout`` seconds for it to exit, then SIGKILL it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Keeper:
    """Restart a dead process with backoff and give up after ``max_failures`` failures in a row.

    A failure is a death or a failed restart; a process that stays up ``settle`` seconds clears
    the count. ``check()`` does the work without blocking between attempts. Subclasses say how
    to ``launch`` the process and what it is called (``name``).
    """

    name = "process"

    def __init__(
        self,
        *,
        max_failures: int = 5,
        backoff: float = 1.0,
        backoff_cap: float = 30.0,
        settle: float = 60.0,
    ) -> None:
        self.max_failures, self.settle = max_failures, settle
        self.backoff, self.backoff_cap = backoff, backoff_cap
        self.process: subprocess.Popen | None = None
        self.failures = 0
        self._started_at = self._retry_at = 0.0

    def launch(self) -> subprocess.Popen:
        """Start the process (``RuntimeError`` if it cannot run)."""
        raise NotImplementedError

    def restarted(self) -> str:
        """The log line after a restart."""
        return f"{self.name} restarted"

    def start(self) -> None:
        """Start the process."""
        self.process = self.launch()
        self._started_at = time.monotonic()

    def check(self) -> bool:
        """Restart a dead process after its backoff; ``False`` once it has failed too often."""
        now = time.monotonic()
        if self.process is not None and self.process.poll() is None:
            if self.failures and now - self._started_at >= self.settle:
                self.failures = 0
            return True
        if self.process is not None:
            self._failed(f"{self.name} exited with code {self.process.returncode}")
            self.process = None
        if self.failures >= self.max_failures or now < self._retry_at:
            return self.failures < self.max_failures
        try:
            self.start()
        except RuntimeError as exc:
            self._failed(f"restarting the {self.name} failed ({exc})")
            return self.failures < self.max_failures
        say(self.restarted())
        return True

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the process if it runs (see ``stop_process``)."""
        if self.process is not None:
            stop_process(self.process, timeout)

    def _failed(self, what: str) -> None:
        self.failures += 1
        delay = min(self.backoff_cap, self.backoff * 2 ** (self.failures - 1))
        self._retry_at = time.monotonic() + delay
        then = f"restarting in {delay:g} s" if self.failures < self.max_failures else "giving up"
        say(f"{what}; failure {self.failures} of {self.max_failures} in a row, {then}")
