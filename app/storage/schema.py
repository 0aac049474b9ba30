"""The schema, and the migrations that bring an older file up to it.

`PRAGMA user_version` holds ``(major << 16) | minor``. A file from a newer *major* version is
refused (its meaning may have changed); a newer *minor* only added things we can ignore.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from app.storage.search_index import index_for_search

MAJOR = 1
MINOR = 8

# Minor 1: the first schema.
SCHEMA_1 = """
CREATE TABLE territory (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE session (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    territory_id INTEGER REFERENCES territory(id),
    date TEXT NOT NULL,
    venue TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '["en"]',
    status TEXT NOT NULL DEFAULT 'draft',
    archived INTEGER NOT NULL DEFAULT 0,
    current_phase_id INTEGER,
    next_steps TEXT NOT NULL DEFAULT '',
    moderation INTEGER NOT NULL DEFAULT 0,
    badge_key TEXT NOT NULL,
    room_token TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE phase (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    planned_minutes INTEGER NOT NULL,
    started_at TEXT,
    ended_at TEXT,
    paused_at TEXT,
    paused_seconds REAL NOT NULL DEFAULT 0
);
CREATE INDEX phase_session ON phase(session_id, position);
CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    pseudonym TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    grp TEXT NOT NULL,
    actor_type TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    consent_given INTEGER NOT NULL DEFAULT 0,
    named_in_minutes INTEGER NOT NULL DEFAULT 0,
    short_code TEXT NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0,
    UNIQUE (session_id, pseudonym),
    UNIQUE (session_id, short_code)
);
CREATE TABLE attendance (
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    arrived_at TEXT NOT NULL,
    left_at TEXT,
    channel TEXT NOT NULL,
    PRIMARY KEY (session_id, participant_id)
) WITHOUT ROWID;
CREATE TABLE portal_token (
    token_hash TEXT PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    revoked INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE theme (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    colour TEXT NOT NULL,
    x REAL NOT NULL DEFAULT 0,
    y REAL NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    text TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL,
    x REAL NOT NULL DEFAULT 0,
    y REAL NOT NULL DEFAULT 0,
    theme_id INTEGER REFERENCES theme(id),
    author_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'shown',
    competence TEXT,
    forwarded_to TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX note_session ON note(session_id, deleted);
CREATE TABLE vote_round (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    target TEXT NOT NULL,
    dots_per_person INTEGER NOT NULL,
    cap_per_item INTEGER NOT NULL,
    secret INTEGER NOT NULL DEFAULT 0,
    show_live INTEGER NOT NULL DEFAULT 0,
    timer_minutes INTEGER,
    status TEXT NOT NULL DEFAULT 'draft',
    runoff_of INTEGER REFERENCES vote_round(id),
    opened_at TEXT,
    closed_at TEXT,
    revealed_at TEXT
);
CREATE TABLE round_item (
    round_id INTEGER NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (round_id, item_id)
) WITHOUT ROWID;
-- Dots. In a secret round ballot is a keyed hash that only the running program can
-- recompute, and nothing stored joins it to a participant. No timestamps, no row order.
CREATE TABLE dot (
    round_id INTEGER NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
    ballot TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    grp TEXT NOT NULL,
    channel TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (round_id, ballot, item_id)
) WITHOUT ROWID;
-- Who has voted (for "N of M have voted"), apart from what they voted.
CREATE TABLE voter (
    round_id INTEGER NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, participant_id)
) WITHOUT ROWID;
CREATE TABLE paper_dots (
    round_id INTEGER NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL,
    grp TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (round_id, item_id, grp)
) WITHOUT ROWID;
CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    source_note_id INTEGER REFERENCES note(id),
    source_theme_id INTEGER REFERENCES theme(id),
    owner_role TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    review_date TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE criterion (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    indicator TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    how_measured TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audit (
    session_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    op TEXT NOT NULL,
    data TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
-- Idempotency keys of writes from outside: a hash of (participant, client key), so a
-- retry is recognised without storing who sent what or when.
CREATE TABLE receipt (
    key_hash TEXT PRIMARY KEY,
    result TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""

# Minor 2: the facilitator's Wi-Fi details for the join screen, per session.
SCHEMA_2 = """
ALTER TABLE session ADD COLUMN wifi_ssid TEXT NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN wifi_security TEXT NOT NULL DEFAULT 'WPA';
ALTER TABLE session ADD COLUMN wifi_password TEXT NOT NULL DEFAULT '';
"""

# Minor 3: each session's time zone (an IANA name); times stay stored in UTC and are shown in
# this zone. Empty for sessions made before: they are shown in the computer's own zone.
SCHEMA_3 = """
ALTER TABLE session ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
"""

# Minor 4: walk-ins. Whether people who join from a phone "as someone new" wait for the
# facilitator to let them in, and where each such person stands: '' (on the roster, or added
# at the desk), 'waiting', 'admitted' or 'refused'.
SCHEMA_4 = """
ALTER TABLE session ADD COLUMN walk_in_approval INTEGER NOT NULL DEFAULT 0;
ALTER TABLE participant ADD COLUMN walk_in TEXT NOT NULL DEFAULT '';
"""

# Minor 5: indexes so that what the desk reads of one session costs what that session holds,
# not what the whole file holds (a file of many Labs): its themes, actions, rounds and
# criteria by session; its notes by status (those waiting for approval) and by area (the
# parking lot, the free places of an area).
SCHEMA_5 = """
CREATE INDEX IF NOT EXISTS theme_session ON theme(session_id, deleted);
CREATE INDEX IF NOT EXISTS action_session ON action(session_id, deleted);
CREATE INDEX IF NOT EXISTS criterion_action ON criterion(action_id);
CREATE INDEX IF NOT EXISTS vote_round_session ON vote_round(session_id, status);
CREATE INDEX IF NOT EXISTS note_session_status ON note(session_id, status, deleted);
CREATE INDEX IF NOT EXISTS note_session_area ON note(session_id, area, deleted);
"""


def _follow_up(conn: sqlite3.Connection) -> None:
    """Minor 6: the follow-up loop across sessions — programmes, commitments with their dated
    history, micro-experiments' readings over weeks, expectations marked against outcomes,
    and the bridging threshold. Made through sqlite-utils, inside the migration's transaction
    (its savepoints nest in it)."""
    import sqlite_utils

    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.create_table("programme", {"id": int, "uid": str, "title": str, "created_at": str},
                    pk="id", not_null=["uid", "title", "created_at"])
    db.execute("CREATE UNIQUE INDEX programme_uid ON programme(uid)")
    session = db.table("session")
    # A plain column: a foreign key here would make sqlite-utils rebuild ``session``, which
    # its cascading children forbid inside the migration's transaction; the core checks it.
    session.add_column("programme_id", int)
    session.add_column("bridging_share", float, not_null_default=0.25)
    db.create_table(
        "commitment",
        {"id": int, "session_id": int, "source_kind": str, "source_id": int, "text": str,
         "owner_role": str, "owner_named": int, "status": str, "reason": str,
         "competence": str, "forwarded_to": str, "answer": str, "progress": int,
         "created_at": str, "deleted": int},
        pk="id", foreign_keys=[("session_id", "session", "id")],
        not_null=["session_id", "source_kind", "source_id", "text", "owner_role",
                  "owner_named", "status", "reason", "forwarded_to", "answer", "progress",
                  "created_at", "deleted"],
        defaults={"owner_role": "", "owner_named": 0, "status": "proposed", "reason": "",
                  "forwarded_to": "", "answer": "", "progress": 0, "deleted": 0})
    db.execute("CREATE INDEX commitment_session ON commitment(session_id, deleted)")
    db.create_table(
        "commitment_text", {"commitment_id": int, "language": str, "text": str},
        pk=("commitment_id", "language"),
        foreign_keys=[("commitment_id", "commitment", "id")],
        not_null=["text"])
    db.create_table(
        "commitment_update",
        {"id": int, "commitment_id": int, "session_id": int, "at": str, "day": str,
         "status": str, "progress": int, "what": str, "evidence": str, "by_role": str},
        pk="id", foreign_keys=[("commitment_id", "commitment", "id")],
        not_null=["commitment_id", "session_id", "at", "day", "status", "progress", "what",
                  "evidence", "by_role"],
        defaults={"evidence": "", "by_role": ""})
    db.execute("CREATE INDEX commitment_update_of ON commitment_update(commitment_id, id)")
    db.create_table(
        "experiment",
        {"action_id": int, "hypothesis": str, "target_groups": str, "observed": str,
         "story": str, "status": str, "recommendation": str},
        pk="action_id", foreign_keys=[("action_id", "action", "id")],
        not_null=["hypothesis", "target_groups", "observed", "story", "status",
                  "recommendation"],
        defaults={"hypothesis": "", "target_groups": "[]", "observed": "", "story": "",
                  "status": "planned", "recommendation": ""})
    db.create_table(
        "reading",
        {"id": int, "criterion_id": int, "day": str, "value": float, "note": str},
        pk="id", foreign_keys=[("criterion_id", "criterion", "id")],
        not_null=["criterion_id", "day", "value", "note"], defaults={"note": ""})
    db.execute("CREATE INDEX reading_of ON reading(criterion_id, day)")
    db.create_table(
        "expectation_mark",
        {"note_id": int, "outcome": str, "parking_note_id": int},
        pk="note_id", foreign_keys=[("note_id", "note", "id"),
                                    ("parking_note_id", "note", "id")],
        not_null=["outcome"])


# Minor 7: full-text search across sessions (notes and actions), built by sqlite-utils'
# ``enable_fts`` with its triggers: see app/storage/search_index.py.
# Minor 8: commitments (text, decline reason, body forwarded to, its answer) and experiments
# (hypothesis, observed changes, story) join the search.


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                conn.execute(statement)

    return run


# MIGRATIONS[n] brings minor n to n + 1 (index 0 creates minor 1 from an empty file).
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _script(SCHEMA_1), _script(SCHEMA_2), _script(SCHEMA_3), _script(SCHEMA_4),
    _script(SCHEMA_5), _follow_up, index_for_search("note", "action"),
    index_for_search("commitment", "experiment"),
]


def encode_version(major: int, minor: int) -> int:
    return (major << 16) | minor


def decode_version(user_version: int) -> tuple[int, int]:
    return user_version >> 16, user_version & 0xFFFF
