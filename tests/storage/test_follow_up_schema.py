"""The follow-up tables arrive by migration; a database of the schema before loses nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.core.workshop import Workshop
from app.storage import open_database
from app.storage.schema import MIGRATIONS, MINOR, encode_version


def test_a_minor_3_database_is_migrated_with_nothing_lost(tmp_path: Path) -> None:
    path = tmp_path / "before.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:3]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {encode_version(1, 3)}")
    conn.execute("INSERT INTO session (uid, title, date, badge_key, room_token, created_at, "
                 "time_zone) VALUES ('u1', 'Lab', '2026-01-01', 'k', 't', 'now', 'UTC')")
    conn.execute("INSERT INTO note (session_id, area, text, colour, channel, created_at) "
                 "VALUES (1, 'ideas', 'Guichet', '#FFE873', 'desk', 'now')")
    conn.close()
    database = open_database(path)
    assert database.schema_version() == (1, MINOR)
    workshop = Workshop(database)
    session = workshop.sessions.get(1)
    assert (session.title, session.programme_id, session.bridging_share) == ("Lab", None, 0.25)
    assert workshop.board.note(1).text == "Guichet"
    tables = set(database.db.table_names())
    assert {"programme", "commitment", "commitment_update", "commitment_text", "experiment",
            "reading", "expectation_mark"} <= tables
    workshop.close()
