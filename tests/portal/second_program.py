"""``python -m app portal`` as a second program on the test's database, on a free port."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def portal_program(db: Path, session_id: int) -> Iterator[int]:
    """Start the portal program on ``db``; yields its port once it serves; stops it after."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", str(db), "portal", "--session", str(session_id),
         "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        cwd=ROOT)
    try:
        assert process.stdout is not None
        port = 0
        for line in process.stdout:  # ends if the program fails to start
            found = re.search(r"Join URL: http://127\.0\.0\.1:(\d+)/", line)
            if found:
                port = int(found.group(1))
                break
        assert port, process.stderr.read() if process.stderr else "no join URL"
        yield port
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=20)
