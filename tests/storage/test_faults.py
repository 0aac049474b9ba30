"""Files that are not what they seem: each is refused (or read) with the message that names
what is really wrong, "damaged" only for damage, nothing good overwritten, never a traceback."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.model import Area
from app.core.workshop import Workshop
from app.minutes.content import gather
from app.minutes.export import check_before_signing
from app.minutes.results import write_results
from app.storage import StoreError, open_database
from app.storage.errors import MESSAGES, NOT_DAMAGE
from app.storage.faults import TROUBLES
from tests.storage.faulty_files import (
    ROOT,
    flip_inside,
    hide_rows_from_index,
    left_after_a_crash,
    on_read_only_mount,
    permissions_apply,
    read_only_mounts_possible,
    roundtable,
    sample,
    without_override,
)

NOTE_INDEX = "CREATE INDEX note_session ON note(session_id, deleted)"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused_code(path: Path, **kw: bool) -> StoreError:
    with pytest.raises(StoreError) as caught:
        open_database(path, **kw)
    return caught.value


def test_only_damage_is_called_damage() -> None:
    for code, text in MESSAGES.items():
        if code in NOT_DAMAGE:
            assert "is damaged" not in text, code
            assert "restore it from a backup" not in text, code
            running = code in ("disk_full", "write_failed", "journal_deleted")
            assert "not damaged" in text or running, code


# --- 3: files that cannot be written ------------------------------------------------------
def test_sqlites_read_only_write_version_is_refused_before_writing(db_path: Path) -> None:
    sample(db_path)
    data = bytearray(db_path.read_bytes())
    data[18] = 3  # SQLite's write version: readers only
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    error = refused_code(db_path)
    assert error.code == "read_only_format"
    assert "not damaged" in str(error)
    assert digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()
    reader = open_database(db_path, reading=True)  # a list or an export may still read it
    try:
        assert reader.scalar("SELECT title FROM session") == "Housing Lab"
        with pytest.raises(StoreError) as caught, reader.write() as conn:
            conn.execute("INSERT INTO territory (name) VALUES ('never')")
        assert caught.value.code == "read_only_format"
    finally:
        reader.close()
    exported = roundtable("export", "--session", "1", "--out", str(db_path.parent / "out"),
                          "--db", str(db_path))
    assert exported.returncode == 0, exported.stderr
    assert (db_path.parent / "out").is_dir()
    assert digest(db_path) == before


def _still_listed(path: Path, prefix: list[str]) -> None:
    """A command that only reads still works on a file that cannot be written."""
    done = roundtable("sessions", "--json", "--db", str(path), prefix=prefix)
    assert done.returncode == 0, done.stderr
    assert '"title": "Housing Lab"' in done.stdout


def _close_command(path: Path, session_id: int,
                   prefix: list[str]) -> subprocess.CompletedProcess[str]:
    return roundtable("close", "--session", str(session_id), "--db", str(path), prefix=prefix)


@pytest.mark.skipif(not permissions_apply(), reason="root without setpriv ignores permissions")
def test_a_read_only_file_is_refused_by_a_command_that_writes(tmp_path: Path) -> None:
    path = tmp_path / "lab.sqlite"
    session_id = sample(path)
    path.chmod(0o444)
    before = digest(path)
    done = _close_command(path, session_id, without_override())
    assert done.returncode == 1
    assert "cannot be written: this computer's account may only read it" in done.stderr
    assert "damaged" not in done.stderr.replace("not damaged", "")
    assert "Traceback" not in done.stderr
    _still_listed(path, without_override())
    assert digest(path) == before


@pytest.mark.skipif(not permissions_apply(), reason="root without setpriv ignores permissions")
def test_a_read_only_folder_is_not_called_damaged(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "lab.sqlite"
    session_id = sample(path)
    folder.chmod(0o555)
    try:
        done = _close_command(path, session_id, without_override())
        _still_listed(path, without_override())
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1
    assert f"the folder {folder} may only be read" in done.stderr
    assert "restore it from a backup" not in done.stderr
    assert "Traceback" not in done.stderr


def test_a_read_only_mount_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "lab.sqlite"
    session_id = sample(path)
    if not read_only_mounts_possible(folder):
        pytest.skip("no mount namespace here")
    command = [sys.executable, "-m", "app", "close", "--session", str(session_id),
               "--db", str(path)]
    done = subprocess.run(on_read_only_mount(folder, command), cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1
    assert "is on a disk that may only be read" in done.stderr
    assert "restore it from a backup" not in done.stderr
    assert "Traceback" not in done.stderr
    listing = [sys.executable, "-m", "app", "sessions", "--json", "--db", str(path)]
    listed = subprocess.run(on_read_only_mount(folder, listing), cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0, listed.stderr
    assert '"title": "Housing Lab"' in listed.stdout


# --- 4: another program, and a deleted journal ----------------------------------------------
def test_a_second_program_on_a_file_whose_journal_was_deleted(db_path: Path) -> None:
    session_id = sample(db_path)
    first = Workshop.open(db_path)
    try:
        first.database.conn.execute("PRAGMA wal_autocheckpoint = 0")
        first.board.add_note(session_id, Area.IDEAS, "written before the journal went")
        os.unlink(f"{db_path}-wal")
        done = _close_command(db_path, session_id, [])
        assert done.returncode == 1
        assert "is open in another program, and its journal file" in done.stderr
        assert "restore it from a backup" not in done.stderr
        assert "Traceback" not in done.stderr
    finally:
        first.close()


def test_a_journal_deleted_under_a_running_program_stops_acknowledging(db_path: Path) -> None:
    session_id = sample(db_path)
    told: list[str] = []
    TROUBLES.subscribe(lambda trouble: told.append(trouble.code))
    workshop = Workshop.open(db_path)
    try:
        workshop.database.conn.execute("PRAGMA wal_autocheckpoint = 0")
        kept = workshop.board.add_note(session_id, Area.IDEAS, "acknowledged before")
        os.unlink(f"{db_path}-wal")
        with pytest.raises(StoreError) as caught:
            workshop.board.add_note(session_id, Area.IDEAS, "would be lost in a crash")
        assert caught.value.code == "journal_deleted"
        with pytest.raises(StoreError):
            workshop.board.add_note(session_id, Area.IDEAS, "still refused")
        assert told == ["journal_deleted"]
        # A crash now: only the database file is left. It holds what was acknowledged.
        crashed = db_path.with_name("after-crash.sqlite")
        shutil.copyfile(db_path, crashed)
    finally:
        workshop.close()
    reopened = Workshop.open(crashed)
    try:
        texts = [n.text for n in reopened.board.notes(session_id)]
        assert kept.text in texts
        assert "would be lost in a crash" not in texts
    finally:
        reopened.close()


# --- 5: damage, named in plain words; text read defensively --------------------------------
def test_an_unreadable_byte_in_the_table_definitions(db_path: Path) -> None:
    sample(db_path)
    flip_inside(db_path, b"competence TEXT")
    before = digest(db_path)
    error = refused_code(db_path)
    assert error.code == "corrupt_schema"
    assert "the description of its tables cannot be read" in str(error)
    assert digest(db_path) == before


def test_an_unreadable_byte_in_a_note_is_shown_not_raised(db_path: Path, tmp_path: Path) -> None:
    session_id = sample(db_path)
    told: list[str] = []
    TROUBLES.subscribe(lambda trouble: told.append(trouble.code))
    flip_inside(db_path, b"idea number 004")
    workshop = Workshop.open(db_path)
    try:
        texts = [n.text for n in workshop.board.notes(session_id)]
        assert "id\N{REPLACEMENT CHARACTER}a number 004 about homes" in texts
        content = gather(workshop, session_id)  # minutes and export read the same
        assert write_results(content, tmp_path / "export")
        assert workshop.sessions.verify_audit(session_id) is not None
        assert told == ["damaged_text"]
        assert workshop.database.damaged_text >= 1
    finally:
        workshop.close()


def test_an_unreadable_byte_in_an_audit_event_fails_the_check_without_raising(
        db_path: Path) -> None:
    session_id = sample(db_path)
    conn = sqlite3.connect(db_path)
    data = conn.execute("SELECT data FROM audit WHERE op LIKE '%note%' LIMIT 1").fetchone()[0]
    conn.close()
    flip_inside(db_path, data.encode()[:12], at=3)
    workshop = Workshop.open(db_path)
    try:
        verdict = workshop.sessions.verify_audit(session_id)
        assert not verdict.ok
    finally:
        workshop.close()


def _file_with_a_lost_index(db_path: Path, session_id: int) -> None:
    hidden = ", ".join(f"({session_id}, 'ideas', 'hidden {n}', 'yellow', 'phone', 'now')"
                       for n in range(5))
    hide_rows_from_index(db_path, "note_session", NOTE_INDEX,
                         "INSERT INTO note (session_id, area, text, colour, channel, created_at) "
                         f"VALUES {hidden}")


def test_an_index_that_hides_notes_is_found_after_an_unclean_stop(
        db_path: Path, tmp_path: Path) -> None:
    session_id = sample(db_path)
    _file_with_a_lost_index(db_path, session_id)
    quick = sqlite3.connect(db_path)
    assert quick.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # what it used to run
    quick.close()
    crashed = left_after_a_crash(db_path, tmp_path / "crashed")
    before = digest(crashed)
    error = refused_code(crashed)
    assert error.code == "corrupt_index"
    assert "its index note_session no longer matches the stored rows" in str(error)
    assert digest(crashed) == before


def test_signing_runs_the_full_check(db_path: Path) -> None:
    session_id = sample(db_path)
    _file_with_a_lost_index(db_path, session_id)
    workshop = Workshop.open(db_path)  # a clean stop: the quick check only
    try:
        workshop.sessions.close(session_id)
        with pytest.raises(StoreError) as caught:
            check_before_signing(workshop, session_id)
        assert caught.value.code == "corrupt_index"
    finally:
        workshop.close()


# --- 6: an emptied file ----------------------------------------------------------------------
def test_an_empty_file_that_existed_is_not_started_afresh_silently(db_path: Path) -> None:
    db_path.write_bytes(b"")
    error = refused_code(db_path)
    assert error.code == "empty_file"
    assert db_path.stat().st_size == 0
    assert not Path(f"{db_path}-wal").exists()
    done = roundtable("sessions", "--db", str(db_path))
    assert done.returncode == 1
    assert "is empty (0 bytes)" in done.stderr
    assert db_path.stat().st_size == 0
    open_database(db_path, start_afresh=True).close()  # the person chose it
    assert db_path.stat().st_size > 0


# --- 10: a full disk ---------------------------------------------------------------------------
def test_a_full_disk_is_told_once_and_recording_resumes(db_path: Path) -> None:
    session_id = sample(db_path)
    told: list[str] = []
    TROUBLES.subscribe(lambda trouble: told.append(str(trouble)))
    workshop = Workshop.open(db_path)
    try:
        conn = workshop.database.conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk has no more room
        refused = 0
        for n in range(30):
            try:
                workshop.board.add_note(session_id, Area.IDEAS, f"long note {n:03d} " + "x" * 260)
            except sqlite3.OperationalError:
                refused += 1
        assert refused > 0
        assert len(told) == 1
        assert told[0].startswith(f"The disk holding {db_path} is full")
        conn.execute(f"PRAGMA max_page_count = {pages * 100}")  # room again
        workshop.board.add_note(session_id, Area.IDEAS, "recorded again")
        assert TROUBLES.active == []
    finally:
        workshop.close()


def test_a_command_the_disk_refuses_says_so_without_a_traceback(db_path: Path) -> None:
    session_id = sample(db_path)

    def no_room() -> None:  # no file may grow at all
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    done = subprocess.run(
        [sys.executable, "-m", "app", "close", "--session", str(session_id), "--db",
         str(db_path)], cwd=ROOT, capture_output=True, text=True, timeout=60,
        preexec_fn=no_room)
    assert done.returncode == 1
    assert done.stderr.startswith(f"roundtable: The disk holding {db_path} refused to write")
    assert "Traceback" not in done.stderr
    workshop = Workshop.open(db_path)
    try:
        assert workshop.sessions.get(session_id).status.value != "closed"
    finally:
        workshop.close()
