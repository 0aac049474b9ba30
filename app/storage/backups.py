"""Rotating backups with SQLite's online backup API (never a file copy of a live database).

A copy is written under a temporary name, checked (not empty, ``integrity_check`` ok) and
only then named ``<stem>-<UTC stamp>.sqlite``. Only such verified copies count in the
rotation, so a failed copy (a full disk) never pushes a good one out. Beside the copies, the
anchors file keeps the head of each session's audit chain as it was in each copy.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app.storage import anchors
from app.storage.database import SQLITE_HEADER, Database

KEEP = 10
PARTIAL = ".partial"
log = logging.getLogger(__name__)


class BackupError(Exception):
    """A backup could not be made; nothing already kept was touched."""


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_backup(database: Database, folder: Path | None = None, keep: int = KEEP) -> Path:
    """Write a verified copy of the live database and keep only the newest ``keep`` copies."""
    return _copy(database.conn, database.path, folder or backup_folder(database.path), keep)


def verified_copy(path: Path) -> bool:
    """Whether ``path`` is a whole SQLite file whose ``integrity_check`` passes."""
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return False
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return False
    try:
        return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def kept_copies(folder: Path, stem: str) -> list[Path]:
    """The backups of the database ``stem`` that count, oldest first: non-empty copies with
    an SQLite header (a copy is only ever named so once verified)."""
    found = []
    for path in sorted(folder.glob(f"{stem}-*.sqlite")):
        try:
            with path.open("rb") as fh:
                if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                    found.append(path)
        except OSError:
            continue
    return found


def _copy(source: sqlite3.Connection, db_path: Path, folder: Path, keep: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{db_path.stem}-{stamp}.sqlite"
    partial = target.with_name(target.name + PARTIAL)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_copy(source, partial)
        if not verified_copy(partial):
            raise BackupError(f"the copy {partial.name} did not pass its check")
        os.replace(partial, target)
    except (OSError, sqlite3.Error, BackupError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(str(exc)) from exc
    try:
        anchors.record(anchors.anchors_path(folder, db_path.stem), anchors.heads_of(target),
                       source=target.name)
    except (OSError, sqlite3.Error):
        log.warning("the audit anchors could not be written beside %s", target.name)
    _rotate(folder, db_path.stem, keep)
    return target


def _write_copy(source: sqlite3.Connection, partial: Path) -> None:
    destination = sqlite3.connect(str(partial))
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()


def _rotate(folder: Path, stem: str, keep: int) -> None:
    """Keep the newest ``keep`` good copies; empty leftovers of failed copies go."""
    for path in folder.glob(f"{stem}-*.sqlite"):
        try:
            if path.stat().st_size == 0:
                path.unlink()
        except OSError:
            continue
    copies = kept_copies(folder, stem)
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)


Listener = Callable[[str], None]


def backup_after_command(db_path: Path) -> str:
    """One backup after a command-line change (closing, signing, reopening): a writer that
    runs for a moment schedules no later copy. Returns why it failed, "" when it worked."""
    schedule = BackupSchedule(db_path)
    schedule.now()
    return schedule.failure


class BackupSchedule:
    """Automatic backups: after a write, at most every ``every_seconds``, off the writer's thread.

    The copy is made through a connection of its own, so the GUI or portal thread that wrote
    is never held up by it. A failure is told to the listeners (the desk, the portal's
    console) once, and again only after a backup has succeeded in between.
    """

    def __init__(self, db_path: Path, every_seconds: float = 300.0, keep: int = KEEP) -> None:
        self.db_path = db_path
        self.every_seconds = every_seconds
        self.keep = keep
        self.failure = ""  # why the last backup failed, "" once one succeeds
        self._last = time.monotonic()
        self._lock = threading.Lock()
        self._running: threading.Thread | None = None
        self._listeners: list[Listener] = []

    def on_failure(self, listener: Listener) -> Callable[[], None]:
        """``listener(reason)`` is called (from the backup's thread) when backups start to
        fail; returns a function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

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

    def now(self) -> Path | None:
        """A backup right away, in the caller's thread (on closing); None if it failed."""
        self.wait()
        return self._run()

    def wait(self) -> None:
        running = self._running
        if running is not None:
            running.join()

    def _run(self) -> Path | None:
        try:
            source = sqlite3.connect(str(self.db_path), timeout=10)
        except sqlite3.Error as exc:
            self._failed(str(exc))
            return None
        try:
            made = _copy(source, self.db_path, backup_folder(self.db_path), self.keep)
        except BackupError as exc:
            self._failed(str(exc))
            return None
        finally:
            source.close()
        self.failure = ""
        return made

    def _failed(self, reason: str) -> None:
        log.warning("automatic backup failed: %s", reason)
        first = not self.failure
        self.failure = reason or "unknown"
        if first:
            for listener in list(self._listeners):
                try:
                    listener(self.failure)
                except Exception:  # a listener's trouble never stops the backups
                    log.exception("backup failure listener failed")
