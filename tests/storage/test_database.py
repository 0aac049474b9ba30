"""Opening the store: pragmas, migrations, refusals that leave the file untouched, threads."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from app.storage import StoreError, open_database
from app.storage.schema import MAJOR, MIGRATIONS, MINOR, encode_version


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_the_safety_pragmas(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        assert database.scalar("PRAGMA journal_mode") == "wal"
        assert database.scalar("PRAGMA synchronous") == 2  # FULL
        assert database.scalar("PRAGMA foreign_keys") == 1
        assert database.scalar("PRAGMA busy_timeout") >= 1000
        assert database.schema_version() == (MAJOR, MINOR)
    finally:
        database.close()


def test_reopening_keeps_the_data(db_path: Path) -> None:
    database = open_database(db_path)
    with database.write() as conn:
        conn.execute("INSERT INTO territory (name) VALUES ('Lyon')")
    database.close()
    again = open_database(db_path)
    try:
        assert again.scalar("SELECT name FROM territory") == "Lyon"
    finally:
        again.close()


def test_an_older_schema_is_migrated(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    MIGRATIONS[0](conn)  # the first schema only
    conn.execute(f"PRAGMA user_version = {encode_version(MAJOR, 1)}")
    conn.execute(
        "INSERT INTO session (uid, title, date, badge_key, room_token, created_at) "
        "VALUES ('u', 'Old session', '2026-01-01', 'k', 'r', 'now')"
    )
    conn.commit()
    conn.close()
    database = open_database(db_path)
    try:
        assert database.schema_version() == (MAJOR, MINOR)
        row = database.row("SELECT title, wifi_security FROM session")
        assert row == {"title": "Old session", "wifi_security": "WPA"}
    finally:
        database.close()


def test_a_newer_major_version_is_refused_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {encode_version(MAJOR + 1, 0)}")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="newer version") as caught:
        open_database(db_path)
    assert caught.value.code == "newer_version"
    assert digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()


def test_a_newer_minor_version_opens(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {encode_version(MAJOR, MINOR + 5)}")
    conn.commit()
    conn.close()
    database = open_database(db_path)
    try:
        assert database.schema_version() == (MAJOR, MINOR + 5)
    finally:
        database.close()


def test_a_file_that_is_not_a_database_is_refused_untouched(db_path: Path) -> None:
    db_path.write_bytes(b"minutes of the last meeting\n" * 100)
    before = digest(db_path)
    with pytest.raises(StoreError) as caught:
        open_database(db_path)
    assert caught.value.code == "not_a_database"
    assert digest(db_path) == before


def test_a_corrupt_database_is_refused_untouched(db_path: Path) -> None:
    database = open_database(db_path)
    with database.write() as conn:
        for n in range(2000):
            conn.execute("INSERT INTO territory (name) VALUES (?)", (f"place {n} " * 5,))
    database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.conn.execute("PRAGMA journal_mode = DELETE")
    database.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12)):
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(StoreError) as caught:
        open_database(db_path)
    assert caught.value.code == "corrupt"
    assert "untouched" in str(caught.value)
    assert digest(db_path) == before


def test_a_failed_write_leaves_nothing(db_path: Path) -> None:
    database = open_database(db_path)

    def half_done() -> None:
        with database.write() as conn:
            conn.execute("INSERT INTO territory (name) VALUES ('half')")
            raise RuntimeError("boom")

    try:
        with pytest.raises(RuntimeError):
            half_done()
        assert database.scalar("SELECT COUNT(*) FROM territory") == 0
    finally:
        database.close()


def test_two_threads_writing_at_once_lose_nothing(db_path: Path) -> None:
    open_database(db_path).close()
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(prefix: str) -> None:
        database = open_database(db_path)
        try:
            start.wait()
            for n in range(200):
                with database.write() as conn:
                    conn.execute("INSERT INTO territory (name) VALUES (?)", (f"{prefix}{n}",))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    database = open_database(db_path)
    try:
        assert database.scalar("SELECT COUNT(*) FROM territory") == 400
    finally:
        database.close()
