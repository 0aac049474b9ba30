"""Opening the database file safely, and running writes in one transaction each.

Rules (DESIGN.md, storage): WAL, ``synchronous=FULL``, foreign keys, a busy timeout,
``BEGIN IMMEDIATE`` for writes. A file that is not a Roundtable database, is damaged, cannot be
written, is empty, or was written by a newer major version is refused *before* anything is
written to it, naming the real cause (app/storage/faults.py). After an unclean stop the full
integrity check runs (indexes against tables), not only the quick one.

While open: text is read defensively (an unreadable byte is shown, not raised); every COMMIT
first checks that the journal file is still the one SQLite writes to (deleted under a running
program, what it acknowledged would vanish at the next crash); a full disk is reported once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.storage import faults
from app.storage.errors import StoreError
from app.storage.schema import MAJOR, MIGRATIONS, MINOR, decode_version, encode_version

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_BYTES = 100
BUSY_TIMEOUT_MS = 10_000


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(HEADER_BYTES)
    except PermissionError as exc:
        raise StoreError("read_only_file", path) from exc
    except OSError as exc:
        raise StoreError("unreadable", path, exc.strerror or str(exc)) from exc


def _read_only_uri(path: Path, *, fixed: bool = False) -> str:
    """``fixed``: on a disk or folder nobody may write, SQLite cannot keep its shared index
    beside the file; the file is read as it is (no program can be changing it there)."""
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if fixed else "")


def _inspect_without_writing(path: Path, *, full: bool, fixed: bool = False) -> None:
    """Check an existing SQLite file read-only: schema version, then integrity (``full``: every
    index against its table too)."""
    uri = _read_only_uri(path, fixed=fixed)
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise faults.store_error(exc, path) from exc
    conn.text_factory = faults.text_reader(lambda: None)  # the report names what is damaged
    try:
        major, minor = decode_version(conn.execute("PRAGMA user_version").fetchone()[0])
        if major > MAJOR:
            raise StoreError("newer_version", path, f"{major}.{minor}")
        if not faults.schema_readable(conn):
            raise StoreError("corrupt_schema", path)
        report = faults.integrity_report(conn, full=full)
        if report:
            raise faults.damage_in_words(report, path)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise faults.store_error(exc, path) from exc
    finally:
        conn.close()


class Database:
    """One connection to the store. Use one per thread; writes go through `write()`."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.damaged_text = 0  # texts read with unreadable bytes replaced
        conn.text_factory = faults.text_reader(self._text_damaged)
        self._wal = faults.wal_identity(path)  # the journal file SQLite writes to
        self._journal_lost = False
        self._closed = False
        self.read_only: StoreError | None = None  # why, when opened only for reading

    def _text_damaged(self) -> None:
        self.damaged_text += 1
        if self.damaged_text == 1:
            faults.TROUBLES.report(StoreError("damaged_text", self.path))

    def commit(self) -> None:
        """COMMIT the open transaction, unless the journal file vanished meanwhile: then roll
        back (nothing is acknowledged that a crash would lose), put every change recorded so
        far into the database file itself, and refuse (StoreError "journal_deleted")."""
        if self._journal_lost or (
                self._wal is not None and faults.wal_identity(self.path) != self._wal):
            self._lose_journal()
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:  # nothing recorded; the next write must find no
            if self.conn.in_transaction:  # transaction left open
                with suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            faults.notice(exc, self.path)
            raise
        faults.writes_recorded()

    def journal_intact(self) -> bool:
        """Polled while idle: False once the journal file vanished; the first time, what was
        acknowledged is put into the database file at once and the trouble is reported (a
        crash before the next write would otherwise lose it)."""
        if self._journal_lost:
            return False
        if self.closed:  # closing removes the journal file itself: nothing was lost
            return True
        if self._wal is None or faults.wal_identity(self.path) == self._wal:
            return True
        with suppress(StoreError):
            self._lose_journal()
        return False

    def _lose_journal(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if not self._journal_lost:
            self._journal_lost = True
            # SQLite still holds the deleted journal open: its committed pages go into the
            # database file now, so a crash no longer loses them.
            with suppress(sqlite3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(FULL)")
        error = StoreError("journal_deleted", self.path)
        faults.TROUBLES.report(error)
        raise error

    def integrity_problems(self) -> list[str]:
        """The full check (every index against its table): empty when all is well. Run before
        signing minutes, whose counts must come from sound tables."""
        return faults.integrity_report(self.conn, full=True)

    def check_integrity(self) -> None:
        """Raise a StoreError naming the damage, if the full check finds any."""
        report = self.integrity_problems()
        if report:
            raise faults.damage_in_words(report, self.path)

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on the same connection, made when first used: importing it and looking
        for its plugins (none is ours; the search scans every installed package) costs a
        fifth of a second at each start."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE … COMMIT); rolled back on any exception."""
        if self.read_only is not None:
            raise self.read_only
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException as exc:
            if self.conn.in_transaction:  # SQLite itself rolls back on a full disk
                self.conn.execute("ROLLBACK")
            faults.notice(exc, self.path)
            damage = faults.named_damage(exc, self.path)
            if damage is not None:
                raise damage from exc
            raise
        self.commit()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several reads (a deferred transaction)."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN")
        try:
            with self.damage_named():
                yield self.conn
        finally:
            self.conn.execute("COMMIT")

    @contextmanager
    def damage_named(self) -> Iterator[None]:
        """SQLite's "malformed" met while reading becomes a StoreError naming the damage (not
        "the change could not be saved; try again")."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            damage = faults.named_damage(exc, self.path)
            if damage is None:
                raise
            raise damage from exc

    def rows(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        with self.damage_named():
            cursor = self.conn.execute(sql, params)
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def row(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        with self.damage_named():
            row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def schema_version(self) -> tuple[int, int]:
        return decode_version(self.scalar("PRAGMA user_version"))

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._closed = True
        self.conn.close()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        major, minor = decode_version(conn.execute("PRAGMA user_version").fetchone()[0])
        if major > MAJOR:
            raise StoreError("newer_version", path, f"{major}.{minor}")
        if major == 0 and minor == 0:
            major = MAJOR
        for step in range(minor, MINOR):
            MIGRATIONS[step](conn)
        if minor < MINOR:
            conn.execute(f"PRAGMA user_version = {encode_version(major, MINOR)}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _ready_to_write(path: Path, *, start_afresh: bool) -> bool:
    """Check ``path`` before anything is written: True if it is an existing database to be
    inspected, False if it is new (or an empty file the caller chose to start afresh)."""
    header = _read_header(path) if path.exists() else b""
    if path.exists() and header == b"" and faults.nothing_to_recover(path):
        if not start_afresh:
            raise StoreError("empty_file", path)
        faults.check_writable(path)
        return False
    if header and not header.startswith(SQLITE_HEADER):
        raise StoreError("not_a_database", path)
    faults.check_writable(path, header)
    return path.exists()


# Refusals that leave the file sound and readable: a command that only reads may go on.
READABLE = frozenset({"read_only_file", "read_only_folder", "read_only_mount",
                      "read_only_format"})


def open_database(path: Path | str, *, start_afresh: bool = False,
                  reading: bool = False) -> Database:
    """Open (or create) the store at ``path``, migrating an older schema in one transaction.

    An existing empty file is refused (StoreError "empty_file") unless ``start_afresh``: the
    person was told and chose to begin a new database in it. With ``reading`` (a command that
    only reads: a list, an export), a file that cannot be written is opened read-only instead
    of refused; any write then fails and is reported as the same StoreError."""
    path = Path(path)
    try:
        return _open_for_writing(path, start_afresh=start_afresh)
    except StoreError as exc:
        if not reading or exc.code not in READABLE or not path.exists():
            raise
        return _open_for_reading(path, exc)


def _open_for_reading(path: Path, refusal: StoreError) -> Database:
    """A read-only connection to a sound file nobody may write (checked as for writing)."""
    fixed = refusal.code in ("read_only_mount", "read_only_folder")
    _inspect_without_writing(path, full=faults.unclean_stop(path), fixed=fixed)
    uri = _read_only_uri(path, fixed=fixed)
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if decode_version(conn.execute("PRAGMA user_version").fetchone()[0]) < (MAJOR, MINOR):
            conn.close()
            raise refusal  # an older schema would need its migration written first
    except sqlite3.Error as exc:
        raise faults.store_error(exc, path) from exc
    database = Database(path, conn)
    database.read_only = refusal
    return database


def _open_for_writing(path: Path, *, start_afresh: bool) -> Database:
    if _ready_to_write(path, start_afresh=start_afresh):
        _inspect_without_writing(path, full=faults.unclean_stop(path))
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError("read_only_folder", path, str(path.parent)) from exc
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        raise faults.store_error(exc, path) from exc
    try:
        _migrate(conn, path)
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlite3.Error):
            raise faults.store_error(exc, path) from exc
        raise
    return Database(path, conn)
