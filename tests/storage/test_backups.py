"""Backups use SQLite's online backup API and rotate."""

from __future__ import annotations

from pathlib import Path

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
