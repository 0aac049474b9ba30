"""`python -m app portal` on a file it cannot trust: refused before any address is printed if
it cannot write; a journal deleted under it stops acknowledging writes, is told in one line,
and a crash afterwards loses nothing that was acknowledged."""

from __future__ import annotations

import os
import re
import resource
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.model import PhaseKind
from app.core.workshop import Workshop
from tests.portal.phone import Phone
from tests.storage.faulty_files import ROOT, permissions_apply, without_override


def live_session(db_path: Path) -> tuple[int, str]:
    workshop = Workshop.open(db_path)
    try:
        session = workshop.sessions.create("Portal Lab", "2026-11-22")
        ideation = next(p for p in workshop.agenda.phases(session.id)
                        if p.kind is PhaseKind.IDEATION)
        workshop.agenda.start(ideation.id)
        return session.id, session.room_token
    finally:
        workshop.close()


def portal(db_path: Path, session_id: int, prefix: list[str] | None = None,
           ) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*(prefix or []), sys.executable, "-m", "app", "portal", "--db", str(db_path),
         "--session", str(session_id), "--port", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def refused_at_start(process: subprocess.Popen[str]) -> tuple[str, str]:
    out, err = process.communicate(timeout=30)
    assert process.returncode == 1
    assert "Join URL" not in out
    assert "Traceback" not in err
    return out, err


def test_a_read_only_write_version_is_refused_before_the_join_url(db_path: Path) -> None:
    session_id, _ = live_session(db_path)
    data = bytearray(db_path.read_bytes())
    data[18] = 3
    db_path.write_bytes(bytes(data))
    _, err = refused_at_start(portal(db_path, session_id))
    assert "is marked as read-only inside the file" in err


@pytest.mark.skipif(not permissions_apply(), reason="root without setpriv ignores permissions")
def test_a_read_only_file_is_refused_before_the_join_url(db_path: Path) -> None:
    session_id, _ = live_session(db_path)
    db_path.chmod(0o444)
    _, err = refused_at_start(portal(db_path, session_id, without_override()))
    assert "cannot be written: this computer's account may only read it" in err


def test_a_journal_deleted_under_the_portal(db_path: Path) -> None:
    session_id, room = live_session(db_path)
    process = portal(db_path, session_id)
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(2)]
        found = re.search(r"Join URL: http://127\.0\.0\.1:(\d+)/", lines[1])
        assert found, lines
        phone = Phone(int(found.group(1)))
        try:
            assert phone.check_in(room).status == 200
            acknowledged = [f"acknowledged {n}" for n in range(5)]
            for text in acknowledged:
                assert phone.note(text).status == 200
            os.unlink(f"{db_path}-wal")
            # Noticed while the room is quiet, before anyone writes again.
            assert process.stderr is not None
            ready, _, _ = select.select([process.stderr], [], [], 20)
            assert ready
            told = process.stderr.readline()
            assert "was deleted while Roundtable was running" in told
            after = [phone.note(f"after the journal went {n}") for n in range(5)]
            assert {(r.status, r.code) for r in after} == {(500, "server_error")}
        finally:
            phone.close()
        process.send_signal(signal.SIGKILL)  # a crash: the deleted journal is gone for good
        _, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert "journal file" not in err  # told once only
    assert "Traceback" not in err
    workshop = Workshop.open(db_path)
    try:
        stored = {n.text for n in workshop.board.notes(session_id)}
    finally:
        workshop.close()
    assert set(acknowledged) <= stored
    assert not any(text.startswith("after the journal went") for text in stored)


def test_a_disk_that_refuses_writes_is_one_line_and_phones_hear_not_recorded(
        db_path: Path) -> None:
    session_id, room = live_session(db_path)
    room_left = db_path.stat().st_size + 200_000

    def small_disk() -> None:  # in the portal's process: no file may grow past this size
        resource.setrlimit(resource.RLIMIT_FSIZE, (room_left, room_left))

    process = subprocess.Popen(
        [sys.executable, "-m", "app", "portal", "--db", str(db_path), "--session",
         str(session_id), "--port", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"}, preexec_fn=small_disk,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(2)]
        found = re.search(r"Join URL: http://127\.0\.0\.1:(\d+)/", lines[1])
        assert found, lines
        phone = Phone(int(found.group(1)))
        try:
            assert phone.check_in(room).status == 200
            replies = {f"note {n:03d} " + "x" * 250: phone.note(f"note {n:03d} " + "x" * 250)
                       for n in range(45)}
        finally:
            phone.close()
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    refused = [r for r in replies.values() if r.status not in (200, 429)]
    assert refused
    assert {(r.status, r.code) for r in refused} == {(500, "server_error")}
    assert err.splitlines() == [
        f"roundtable: The disk holding {db_path} refused to write (it may be full, removed, or "
        "the file too large for it): changes are not being recorded (phones are told so). "
        "Check the disk; recording starts again by itself once it accepts writes."], err
    workshop = Workshop.open(db_path)
    try:
        stored = {n.text for n in workshop.board.notes(session_id)}
    finally:
        workshop.close()
    assert {text for text, r in replies.items() if r.status == 200} <= stored
    assert not {text for text, r in replies.items() if r.status == 500} & stored
