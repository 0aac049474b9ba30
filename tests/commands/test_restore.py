"""`python -m app restore`: list the backups, check one, put it in place keeping the old file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.core.model import Area
from app.core.restore import list_backups, set_aside_folder
from app.core.workshop import Workshop
from app.storage.backups import BackupSchedule


def two_backups(db_path: Path) -> tuple[int, str]:
    """A session with one note backed up, then a second note backed up; then a third
    note written after the last backup. Returns the session id and its title."""
    workshop = Workshop.open(db_path)
    try:
        session = workshop.sessions.create("Night buses", "2026-11-22")
        schedule = BackupSchedule(db_path)
        workshop.board.add_note(session.id, Area.IDEAS, "first")
        assert schedule.now() is not None
        workshop.board.add_note(session.id, Area.IDEAS, "second")
        assert schedule.now() is not None
        workshop.board.add_note(session.id, Area.IDEAS, "written after the backup")
    finally:
        workshop.close()
    return session.id, session.title


def notes(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return [r[0] for r in conn.execute("SELECT text FROM note ORDER BY id")]
    finally:
        conn.close()


def test_list_shows_time_sessions_and_counts(db_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    two_backups(db_path)
    assert main(["restore", "--db", str(db_path), "list"]) == 0
    out = capsys.readouterr().out
    first, _second = [line for line in out.splitlines() if line[:4].strip().endswith(".")]
    newest = list_backups(db_path)[0]
    assert first.startswith(f"  1. {newest.made_at.astimezone():%Y-%m-%d %H:%M:%S}")
    assert "Night buses: 2 notes, 0 dots" in out
    assert "Night buses: 1 notes, 0 dots" in out


def test_check_then_put_in_place_keeps_the_current_file_aside(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    session_id, _ = two_backups(db_path)
    assert main(["restore", "--db", str(db_path), "check", "2"]) == 0
    assert "Integrity: ok" in capsys.readouterr().out
    assert main(["restore", "--db", str(db_path), "put", "2", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "The file that was in place is kept at" in out
    assert notes(db_path) == ["first"]
    [kept] = set_aside_folder(db_path).glob("*.sqlite")
    assert notes(kept) == ["first", "second", "written after the backup"]
    # The restored file opens and its audit check passes (the anchors of the history that
    # was left no longer count).
    workshop = Workshop.open(db_path)
    try:
        assert workshop.sessions.verify_audit(session_id).ok
    finally:
        workshop.close()


def test_putting_back_asks_first_and_a_no_changes_nothing(
        db_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    two_backups(db_path)
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    assert main(["restore", "--db", str(db_path), "put", "1"]) == 1
    assert "Nothing was changed." in capsys.readouterr().out
    assert len(notes(db_path)) == 3
    assert not set_aside_folder(db_path).exists()


def test_a_backup_edited_outside_is_refused(db_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    two_backups(db_path)
    newest = list_backups(db_path)[0].path
    conn = sqlite3.connect(str(newest), isolation_level=None)
    conn.execute("UPDATE note SET text = 'slipped in' WHERE text = 'second'")
    conn.close()
    assert main(["restore", "--db", str(db_path), "put", "1", "--yes"]) == 1
    captured = capsys.readouterr()
    assert "Night buses: audit log intact (3 events), 1 row(s) differ" in captured.out
    assert "Check FAILED." in captured.out
    assert "nothing was changed" in captured.err
    assert len(notes(db_path)) == 3


def test_an_unknown_number_is_explained(db_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    two_backups(db_path)
    assert main(["restore", "--db", str(db_path), "check", "9"]) == 2
    assert "restore list" in capsys.readouterr().err
