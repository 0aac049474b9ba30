"""Opening the database file safely, and running writes in one transaction each.

Rules (DESIGN.md, storage): WAL, ``synchronous=FULL``, foreign keys, a busy timeout,
``BEGIN IMMEDIATE`` for writes. A file that is not a Roundtable database, is corrupt, or was
written by a newer major version is refused *before* anything is written to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.storage.schema import MAJOR, MIGRATIONS, MINOR, decode_version, encode_version

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The database cannot be used; ``code`` says why, ``path`` says which file."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        self.code = code
        self.path = path
        self.detail = detail
        messages = {
            "not_a_database": "{path} is not a Roundtable database (it is not an SQLite file).",
            "corrupt": "{path} is damaged ({detail}). It was left untouched; "
            "restore it from a backup.",
            "newer_version": "{path} was written by a newer version of Roundtable "
            "(schema {detail}). It was left untouched; update Roundtable to open it.",
            "unreadable": "{path} cannot be opened: {detail}",
        }
        super().__init__(messages[code].format(path=path, detail=detail))


def _inspect_without_writing(path: Path) -> None:
    """Check an existing file read-only: header, schema version, integrity."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError("unreadable", path, exc.strerror or str(exc)) from exc
    if header == b"":
        return  # an empty file: a new database
    if header != SQLITE_HEADER:
        raise StoreError("not_a_database", path)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError("unreadable", path, str(exc)) from exc
    try:
        major, minor = decode_version(conn.execute("PRAGMA user_version").fetchone()[0])
        if major > MAJOR:
            raise StoreError("newer_version", path, f"{major}.{minor}")
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise StoreError("corrupt", path, str(result))
    except sqlite3.DatabaseError as exc:
        raise StoreError("corrupt", path, str(exc)) from exc
    finally:
        conn.close()


class Database:
    """One connection to the store. Use one per thread; writes go through `write()`."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

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
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several reads (a deferred transaction)."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN")
        try:
            yield self.conn
        finally:
            self.conn.execute("COMMIT")

    def rows(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def row(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def schema_version(self) -> tuple[int, int]:
        return decode_version(self.scalar("PRAGMA user_version"))

    def close(self) -> None:
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


def open_database(path: Path | str) -> Database:
    """Open (or create) the store at ``path``, migrating an older schema in one transaction."""
    path = Path(path)
    if path.exists():
        _inspect_without_writing(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = _connect(path)
        _migrate(conn, path)
    except StoreError:
        raise
    except sqlite3.DatabaseError as exc:
        raise StoreError("unreadable", path, str(exc)) from exc
    return Database(path, conn)
