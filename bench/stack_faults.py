"""Faults injected into a ``quotewire run`` stack on this machine, found from its API's port.

The API process listening on the port leads to the supervisor (``workers.cli run``); its
children are the Celery worker (whose own children run the jobs) and the embedded Redis.
"""

from __future__ import annotations

import signal

import psutil

FAULTS = ("worker-kill", "redis-restart")


class StackNotFound(Exception):
    """No ``quotewire run`` supervisor (or not the part a fault needs) behind the port."""


def supervisor_of(port: int) -> psutil.Process:
    """The ``quotewire run`` process whose API listens on 127.0.0.1:``port``."""
    for connection in psutil.net_connections(kind="tcp"):
        if connection.status != psutil.CONN_LISTEN or connection.laddr.port != port:
            continue
        if connection.pid is None:
            continue
        for process in [psutil.Process(connection.pid), *psutil.Process(connection.pid).parents()]:
            if _is_supervisor(process.cmdline()):
                return process
    raise StackNotFound(f"no `quotewire run` of this user serves port {port} on this machine")


def _is_supervisor(cmdline: list[str]) -> bool:
    """``python -m workers.cli run …`` (``make run``) or ``quotewire run …``."""
    command = [arg for arg in cmdline[:3] if arg == "workers.cli" or arg.endswith("quotewire")]
    return bool(command) and "run" in cmdline


def job_processes(supervisor: psutil.Process) -> list[psutil.Process]:
    """The worker's pool processes (those that run the jobs) under ``supervisor``."""
    for child in supervisor.children():
        if "celery" in " ".join(child.cmdline()) and child.children():
            return child.children()
    raise StackNotFound(f"no Celery worker with pool processes under pid {supervisor.pid}")


def embedded_redis(supervisor: psutil.Process) -> psutil.Process:
    """The embedded ``redis-server`` the supervisor keeps alive."""
    for child in supervisor.children():
        if "redis-server" in child.name() or "redis-server" in " ".join(child.cmdline()[:1]):
            return child
    raise StackNotFound(f"no embedded redis-server under pid {supervisor.pid} (REDIS_URL set?)")


def inject(fault: str, port: int) -> str:
    """SIGKILL one job process of the worker, or the embedded Redis; say what was killed."""
    supervisor = supervisor_of(port)
    if fault == "worker-kill":
        victim = job_processes(supervisor)[0]
        what = "worker pool process"
    elif fault == "redis-restart":
        victim = embedded_redis(supervisor)
        what = "embedded redis-server"
    else:
        raise ValueError(f"unknown fault {fault!r}; one of {', '.join(FAULTS)}")
    victim.send_signal(signal.SIGKILL)
    return f"SIGKILL {what} pid {victim.pid}"
