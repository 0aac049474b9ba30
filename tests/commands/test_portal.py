"""`python -m app portal`: the real program serves a session, prints its URL, stops on Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.workshop import Workshop
from app.storage.backups import backup_folder, kept_copies
from tests.portal.phone import Phone

ROOT = Path(__file__).resolve().parents[2]


def portal_process(db_path: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "portal", "--db", str(db_path), *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_the_portal_command_serves_until_stopped(db_path: Path, stop: signal.Signals) -> None:
    workshop = Workshop.open(db_path)
    session = workshop.sessions.create("Kiosk", "2026-11-22")
    workshop.close()
    process = portal_process(db_path, "--session", str(session.id), "--port", "0")
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(4)]
        found = re.search(r"Join URL: http://127\.0\.0\.1:(\d+)/j/(\S+)", lines[1])
        assert found, lines
        assert found.group(2) == session.room_token
        phone = Phone(int(found.group(1)))
        try:
            assert phone.get(f"/api/state?room={session.room_token}").json()["session"][
                "title"] == "Kiosk"
        finally:
            phone.close()
        process.send_signal(stop)
        out, err = process.communicate(timeout=20)
        assert process.returncode == 0, err
        assert "Portal stopped." in out
        # The portal command keeps backups too: at least the last one, made as it stops.
        assert kept_copies(backup_folder(db_path), db_path.stem)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_an_unknown_session_exits_with_a_message(db_path: Path) -> None:
    Workshop.open(db_path).close()
    process = portal_process(db_path, "--session", "42", "--port", "0")
    _out, err = process.communicate(timeout=20)
    assert process.returncode == 1
    assert "session does not exist" in err


def test_the_portal_command_loads_no_signing_pdf_or_qt(db_path: Path) -> None:
    """Its module and everything the command runs on, without the window's or the minutes'
    libraries (each restart of a kiosk's portal pays for what it imports)."""
    probe = (
        "import sys\n"
        "from app.cli import _parse\n"
        f"args, modules = _parse(['portal', '--db', {str(db_path)!r}, '--session', '1'])\n"
        "import app.portal.server\n"
        "from app.paths import database_path\n"
        "database_path(args.db)\n"
        "heavy = ('pyhanko', 'reportlab', 'PySide6')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]", done.stderr
