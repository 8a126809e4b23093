"""Peak resident memory of a process, from Linux's ``/proc/PID/status``."""

from __future__ import annotations


def peak_rss_mb(pid: int | str = "self") -> float:
    """``VmHWM`` of process ``pid`` in MB: the peak since it started or last exec'd (unlike
    ``ru_maxrss``, which a child inherits from its parent across ``exec``)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise OSError(f"no VmHWM for process {pid}")
