"""Files that are not what they seem: what is really wrong with a database, in plain words.

A file Roundtable cannot use is refused before anything is written, and the refusal names the
real cause: a read-only file, folder or disk, another program holding the file, an empty file,
or damage (and which part is damaged). "Damaged" is said only for damage, since the advice
that goes with it (restore a backup) would replace good data with older data.

While the program runs, troubles nobody asked about (the disk is full, the journal file was
deleted, stored text is unreadable) are reported once to whoever listens (`TROUBLES`): the
facilitator's window, the portal command's console.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from app.storage.errors import StoreError

# SQLite's file header: byte 18 is the write version, 19 the read version (1 legacy, 2 WAL).
# A larger write version means the file may be read but never written.
WRITE_VERSION_BYTE = 18
KNOWN_FORMAT = 2


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


# --- before opening: can this file be written at all? ------------------------------------
def _read_only_mount(folder: Path) -> bool:
    """A disk mounted read-only (POSIX; on Windows SQLite's own refusal names it later)."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1))
    except OSError:
        return False


def _existing_folder(path: Path) -> Path:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def check_writable(path: Path, header: bytes = b"") -> None:
    """Raise a StoreError naming why ``path`` cannot be written (its disk, folder, own
    permission, or SQLite's header); the file, if it exists, is read only for its header."""
    folder = _existing_folder(path)
    if _read_only_mount(folder):
        raise StoreError("read_only_mount", path, str(folder))
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StoreError("read_only_file", path)
    # SQLite makes its journal files (-wal, -shm) beside the database: the folder must allow it.
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError("read_only_folder", path, str(folder))
    if len(header) > WRITE_VERSION_BYTE and header[WRITE_VERSION_BYTE] > KNOWN_FORMAT:
        raise StoreError("read_only_format", path)


def nothing_to_recover(path: Path) -> bool:
    """An empty file with no journal beside it: nothing SQLite could bring back."""
    wal = wal_path(path)
    return not wal.exists() or wal.stat().st_size == 0


def _shared_index_in_use(path: Path) -> bool:
    """Another program's shared index (-shm) says the journal holds pages, yet there is no
    journal: it was deleted under that program."""
    shm = shm_path(path)
    return shm.exists() and shm.stat().st_size > 0 and nothing_to_recover(path)


def unclean_stop(path: Path) -> bool:
    """A journal left beside the file: the last program to use it did not close it (or one is
    using it now). Its next open then runs the full check."""
    wal = wal_path(path)
    return wal.exists() and wal.stat().st_size > 0


# --- classifying what SQLite said ---------------------------------------------------------
def store_error(exc: BaseException, path: Path) -> StoreError:
    """The StoreError that says what ``exc`` (raised while opening ``path``) really means."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, UnicodeDecodeError):
        return StoreError("corrupt_schema", path)
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_IOERR_SHORT_READ" and _shared_index_in_use(path):
        return StoreError("journal_deleted_elsewhere", path)
    if name.startswith(("SQLITE_IOERR_WRITE", "SQLITE_IOERR_TRUNCATE", "SQLITE_IOERR_FSYNC",
                        "SQLITE_IOERR_SHMSIZE", "SQLITE_IOERR_SHMOPEN", "SQLITE_IOERR_SHMMAP")):
        return StoreError("write_failed", path)
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN", "SQLITE_AUTH")):
        return StoreError("read_only_file", path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreError("busy", path)
    if name == "SQLITE_FULL":
        return StoreError("disk_full", path)
    if name == "SQLITE_NOTADB":
        return StoreError("not_a_database", path)
    if name.startswith("SQLITE_CORRUPT") or "malformed" in str(exc):
        return StoreError("corrupt_schema" if "schema" in str(exc) else "corrupt", path)
    return StoreError("unreadable", path, str(exc))


def named_damage(exc: BaseException, path: Path) -> StoreError | None:
    """The StoreError naming ``exc`` if it says the file is damaged (met while reading or
    writing an open file), else None."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB":
        return store_error(exc, path)
    # The program's own queries name only what its schema made: a table or column that is not
    # there means the description of the tables was changed (a flipped byte renamed it).
    if isinstance(exc, sqlite3.OperationalError) and str(exc).startswith(
            ("no such column", "no such table")):
        return StoreError("corrupt_schema", path)
    return None


_INDEX = re.compile(r"(?:from|in) index (\w+)|index (\w+)")


def damage_in_words(report: list[str], path: Path) -> StoreError:
    """The first problem of an integrity check as a StoreError a person can read: an index
    that no longer matches its table, or damaged stored data."""
    for line in report:
        found = _INDEX.search(line)
        if found:
            return StoreError("corrupt_index", path, found.group(1) or found.group(2))
    return StoreError("corrupt", path)


def integrity_report(conn: sqlite3.Connection, *, full: bool) -> list[str]:
    """SQLite's own check: ``quick_check`` (pages and records) or, with ``full``,
    ``integrity_check`` (also every index against its table). Empty when all is well."""
    pragma = "integrity_check(20)" if full else "quick_check(20)"
    lines = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
    return [] if lines == ["ok"] else lines


def schema_readable(conn: sqlite3.Connection) -> bool:
    """Whether the table definitions are valid UTF-8: a column's name is read without the
    defensive text factory, so one unreadable byte there would stop every read of its table."""
    before = conn.text_factory
    conn.text_factory = bytes
    try:
        for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"):
            sql.decode()
    except UnicodeDecodeError:
        return False
    finally:
        conn.text_factory = before
    return True


# --- reading text defensively -------------------------------------------------------------
def text_reader(on_damage: Callable[[], None]) -> Callable[[bytes], str]:
    """A text factory for sqlite3: UTF-8, with any unreadable byte shown as U+FFFD (and
    ``on_damage`` told) instead of an error that would stop every export."""

    def read(raw: bytes) -> str:
        try:
            return raw.decode()
        except UnicodeDecodeError:
            on_damage()
            return raw.decode("utf-8", "replace")

    return read


# --- the journal file under a running program ---------------------------------------------
def wal_identity(path: Path) -> tuple[int, int] | None:
    """Which file the journal is now (device, inode); None if there is none."""
    try:
        found = os.stat(wal_path(path))
    except OSError:
        return None
    return found.st_dev, found.st_ino


# --- troubles reported while running ------------------------------------------------------
TroubleListener = Callable[[StoreError], None]


class Troubles:
    """Troubles of the store, each told once until it goes away (the disk has room again).

    Listeners are called on the thread that met the trouble; a Qt listener must cross to its
    own thread with a queued signal."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active: dict[str, StoreError] = {}
        self._listeners: list[TroubleListener] = []

    @property
    def active(self) -> list[StoreError]:
        with self._lock:
            return list(self._active.values())

    def subscribe(self, listener: TroubleListener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def report(self, trouble: StoreError) -> bool:
        """Tell the listeners, unless this trouble is already known; True if it was new."""
        with self._lock:
            if trouble.code in self._active:
                return False
            self._active[trouble.code] = trouble
            listeners = list(self._listeners)
        for listener in listeners:
            listener(trouble)
        return True

    def clear(self, code: str) -> None:
        if code in self._active:  # read without the lock first: this runs after every write
            with self._lock:
                self._active.pop(code, None)

    def forget(self) -> None:
        """Every trouble forgotten (a new file is opened; tests start afresh)."""
        with self._lock:
            self._active.clear()


TROUBLES = Troubles()


def trouble_of(exc: BaseException, path: Path) -> StoreError | None:
    """The store trouble ``exc`` (met while using ``path``) means, or None if it is not one
    (a rule broken, a lock held too long)."""
    if isinstance(exc, StoreError):
        return exc
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_IOERR"):  # the disk refused a write (a file too large for it …)
        return StoreError("write_failed", path)
    if name == "SQLITE_FULL" or name.startswith(_TROUBLE_NAMES):
        return store_error(exc, path)
    return None


def notice(exc: BaseException, path: Path) -> bool:
    """Report ``exc`` (met while writing ``path``) if it is a store trouble the facilitator
    must hear of; True if it is one (then no traceback is needed anywhere)."""
    trouble = trouble_of(exc, path)
    if trouble is None:
        return False
    TROUBLES.report(trouble)
    return True


def writes_recorded() -> None:
    """A COMMIT went through: the disk takes writes again."""
    TROUBLES.clear("disk_full")
    TROUBLES.clear("write_failed")


# What SQLite says when the file itself went wrong under a running program (a rule broken or
# a lock held too long are not troubles of the file).
_TROUBLE_NAMES = ("SQLITE_READONLY", "SQLITE_CORRUPT", "SQLITE_NOTADB",
                  "SQLITE_CANTOPEN", "SQLITE_PERM")
