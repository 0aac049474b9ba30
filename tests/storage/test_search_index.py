"""The full-text index: made by the schema step, filled from notes already in an older file,
rolled back with the rest of a failed migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.core.search import search
from app.storage.database import open_database
from app.storage.schema import MAJOR, MIGRATIONS, encode_version
from app.storage.search_index import plain, plain_sql


def _turn_four_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    for step in MIGRATIONS[:4]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {encode_version(MAJOR, 4)}")
    conn.execute("INSERT INTO session (uid, title, date, badge_key, room_token, created_at) "
                 "VALUES ('u', 'Lyon', '2026-01-01', 'k', 'r', 'now')")
    conn.execute("INSERT INTO note (session_id, area, text, colour, channel, created_at) "
                 "VALUES (1, 'ideas', 'Une crèche près de la gare', '#FFF', 'desk', 'now')")
    conn.commit()
    conn.close()


def test_notes_written_before_the_index_are_found(db_path: Path) -> None:
    _turn_four_file(db_path)
    database = open_database(db_path)
    try:
        assert [f.text for f in search(database, "creche")] == ["Une crèche près de la gare"]
        triggers = {row["name"] for row in database.rows(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"note_ai", "note_ad", "note_au", "action_ai", "action_ad"} <= triggers
    finally:
        database.close()


def test_the_sql_and_python_forms_agree() -> None:
    conn = sqlite3.connect(":memory:")
    for text in ("السَّكَنُ", "أطفالي إلى آخر", "ٱلـعمل", "élève"):
        assert conn.execute(f"SELECT {plain_sql('?')}", (text,)).fetchone()[0] == plain(text)
    assert plain("السَّكَنُ") == "السكن"
    assert plain("أطفالي") == "اطفالي"
