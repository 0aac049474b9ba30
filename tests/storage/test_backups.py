"""Backups use SQLite's online backup API and rotate."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.workshop import Workshop
from app.storage import open_database
from app.storage.backups import make_backup


def test_backup_of_a_live_database_is_complete(demo: Workshop, tmp_path: Path) -> None:
    copy = make_backup(demo.database, tmp_path / "backups")
    restored = open_database(copy)
    try:
        assert restored.scalar("PRAGMA integrity_check") == "ok"
        assert restored.scalar("SELECT COUNT(*) FROM note") == demo.database.scalar(
            "SELECT COUNT(*) FROM note")
    finally:
        restored.close()


def test_backups_rotate(workshop: Workshop, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    for _ in range(5):
        make_backup(workshop.database, folder, keep=3)
    assert len(list(folder.glob("*.sqlite"))) == 3


def test_schedule_backs_up_after_a_write_once_due(workshop: Workshop) -> None:
    from app.storage.backups import BackupSchedule, backup_folder

    schedule = BackupSchedule(workshop.database.path, every_seconds=0.0, keep=2)
    schedule.after_write()
    schedule.wait()
    copies = list(backup_folder(workshop.database.path).glob("*.sqlite"))
    assert len(copies) == 1
    assert schedule.now().exists()


def test_schedule_waits_until_due(workshop: Workshop) -> None:
    from app.storage.backups import BackupSchedule, backup_folder

    schedule = BackupSchedule(workshop.database.path, every_seconds=3600.0)
    schedule.after_write()
    schedule.wait()
    assert not backup_folder(workshop.database.path).exists()


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every copy fails as on a full disk: the partial file is left at 0 bytes."""

    def fail(source: sqlite3.Connection, partial: Path) -> None:
        partial.touch()
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("app.storage.backups._write_copy", fail)


def test_failed_backups_never_rotate_out_a_good_one(workshop: Workshop, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from app.storage.backups import BackupError, kept_copies

    folder = tmp_path / "backups"
    good = [make_backup(workshop.database, folder, keep=3) for _ in range(3)]
    # An older version's leftovers of a failed copy: empty files named like backups.
    (folder / f"{workshop.database.path.stem}-20990101T000000000000Z.sqlite").touch()
    with monkeypatch.context() as patched:
        _disk_full(patched)
        for _ in range(10):
            with pytest.raises(BackupError, match="disk is full"):
                make_backup(workshop.database, folder, keep=3)
    assert kept_copies(folder, workshop.database.path.stem) == good
    assert not list(folder.glob("*.partial"))
    newest = make_backup(workshop.database, folder, keep=3)
    kept = kept_copies(folder, workshop.database.path.stem)
    assert kept == [*good[1:], newest]
    assert all(p.stat().st_size > 0 for p in folder.glob("*.sqlite"))  # the empty one went


def test_the_schedule_tells_once_when_backups_fail(workshop: Workshop,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from app.storage.backups import BackupSchedule, backup_folder

    schedule = BackupSchedule(workshop.database.path, every_seconds=0.0)
    told: list[str] = []
    schedule.on_failure(told.append)
    with monkeypatch.context() as patched:
        _disk_full(patched)
        assert schedule.now() is None
        assert schedule.now() is None
    assert told == ["database or disk is full"]
    assert not list(backup_folder(workshop.database.path).glob("*.sqlite"))
    assert schedule.now() is not None
    assert schedule.failure == ""


def test_each_backup_leaves_an_anchor_of_every_chain(demo: Workshop) -> None:
    from app.storage.anchors import anchors_path_of, latest
    from app.storage.backups import BackupSchedule

    schedule = BackupSchedule(demo.database.path)
    assert schedule.now() is not None
    session = demo.sessions.get(1)
    anchor = latest(anchors_path_of(demo.database.path), session.uid)
    assert anchor is not None
    assert (anchor.events, anchor.head) == demo.sessions.audit_head(1)
