"""What a process holds: resident memory and open descriptors (Linux's /proc; 0 elsewhere)."""

from __future__ import annotations

import os
from pathlib import Path


def footprint(pid: int | None = None) -> tuple[float, int]:
    """Resident memory (MB) and open descriptors of process ``pid`` (this one if None)."""
    pid = os.getpid() if pid is None else pid
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        rss = next(int(line.split()[1]) for line in status.splitlines()
                   if line.startswith("VmRSS:"))
        return rss / 1024, len(os.listdir(f"/proc/{pid}/fd"))
    except (OSError, StopIteration, ValueError):
        return 0.0, 0
