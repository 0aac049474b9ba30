"""Rotating backups with SQLite's online backup API (never a file copy of a live database)."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from app.storage.database import Database

KEEP = 10
log = logging.getLogger(__name__)


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_backup(database: Database, folder: Path | None = None, keep: int = KEEP) -> Path:
    """Write a consistent copy of the live database and keep only the newest ``keep`` copies."""
    return _copy(database.conn, database.path, folder or backup_folder(database.path), keep)


def _copy(source: sqlite3.Connection, db_path: Path, folder: Path, keep: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{db_path.stem}-{stamp}.sqlite"
    destination = sqlite3.connect(str(target))
    try:
        source.backup(destination)
    finally:
        destination.close()
    copies = sorted(folder.glob(f"{db_path.stem}-*.sqlite"))
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return target


class BackupSchedule:
    """Automatic backups: after a write, at most every ``every_seconds``, off the writer's thread.

    The copy is made through a connection of its own, so the GUI or portal thread that wrote
    is never held up by it.
    """

    def __init__(self, db_path: Path, every_seconds: float = 300.0, keep: int = KEEP) -> None:
        self.db_path = db_path
        self.every_seconds = every_seconds
        self.keep = keep
        self._last = time.monotonic()
        self._lock = threading.Lock()
        self._running: threading.Thread | None = None

    def after_write(self) -> None:
        with self._lock:
            due = time.monotonic() - self._last >= self.every_seconds
            busy = self._running is not None and self._running.is_alive()
            if not due or busy:
                return
            self._last = time.monotonic()
            self._running = threading.Thread(target=self._run, name="roundtable-backup",
                                             daemon=True)
            self._running.start()

    def now(self) -> Path:
        """A backup right away, in the caller's thread (on closing the app)."""
        self.wait()
        return self._run()

    def wait(self) -> None:
        running = self._running
        if running is not None:
            running.join()

    def _run(self) -> Path:
        source = sqlite3.connect(str(self.db_path), timeout=10)
        try:
            return _copy(source, self.db_path, backup_folder(self.db_path), self.keep)
        except sqlite3.Error:
            log.exception("automatic backup failed")
            return self.db_path
        finally:
            source.close()
