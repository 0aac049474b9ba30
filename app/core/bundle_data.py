"""A session's data as it travels between laptops in a session bundle, and back into a store.

`BUNDLE_TABLES` is the one list of what a bundle carries, in the order rows are put back: a
later table (commitments, experiment readings…) joins the bundle by adding its `Part` here.

Row ids are renumbered 1, 2, 3… per table in the bundle (and references follow), so the same
session exported from two stores reads the same, and is put back under new local ids.
Nothing secret or personal leaves: no badge key, room token or Wi-Fi details; a participant
who did not opt in to being named is "P<n>", with no display name.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.storage.audit import canonical_json

FORMAT = 1
ITEM = "*item"  # a note or a theme, as the row's vote round targets
BALLOT = "*ballot"  # "p<participant>" in an open round; a keyed hash (kept) in a secret one
SOURCE = "*source"  # a commitment's idea or parking-lot note, or its theme (by source_kind)

_IN_ROUNDS = "round_id IN (SELECT id FROM vote_round WHERE session_id = ?)"
_OF_SESSION = "session_id = ?"
_IN_ACTIONS = "action_id IN (SELECT id FROM action WHERE session_id = ?)"
_IN_COMMITMENTS = "commitment_id IN (SELECT id FROM commitment WHERE session_id = ?)"


@dataclass(frozen=True)
class Part:
    """One table of a bundle: which rows are the session's, which columns hold ids of which
    table, and which columns never leave the laptop."""

    table: str
    rows_of: str = _OF_SESSION  # an SQL condition on the session's id (one ?)
    refs: Mapping[str, str] = field(default_factory=dict)
    kept_home: tuple[str, ...] = ()
    order: str = "rowid"


BUNDLE_TABLES: tuple[Part, ...] = (
    # The session's programme travels by its uid: an import joins the programme already here.
    Part("programme", rows_of="id = (SELECT programme_id FROM session WHERE id = ?)"),
    Part("session", rows_of="id = ?",
         refs={"current_phase_id": "phase", "programme_id": "programme"},
         kept_home=("badge_key", "room_token", "wifi_ssid", "wifi_password", "territory_id")),
    Part("phase", refs={"session_id": "session"}),
    Part("participant", refs={"session_id": "session"}),
    Part("attendance", refs={"session_id": "session", "participant_id": "participant"},
         order="participant_id"),
    Part("theme", refs={"session_id": "session"}),
    Part("note", refs={"session_id": "session", "theme_id": "theme",
                       "author_id": "participant"}),
    Part("vote_round", refs={"session_id": "session", "runoff_of": "vote_round"}),
    Part("round_item", rows_of=_IN_ROUNDS, refs={"round_id": "vote_round", "item_id": ITEM},
         order="round_id, position"),
    Part("dot", rows_of=_IN_ROUNDS,
         refs={"round_id": "vote_round", "item_id": ITEM, "ballot": BALLOT},
         order="round_id, ballot, item_id"),
    Part("voter", rows_of=_IN_ROUNDS, refs={"round_id": "vote_round",
                                            "participant_id": "participant"},
         order="round_id, participant_id"),
    Part("paper_dots", rows_of=_IN_ROUNDS, refs={"round_id": "vote_round", "item_id": ITEM},
         order="round_id, item_id, grp"),
    Part("action", refs={"session_id": "session", "source_note_id": "note",
                         "source_theme_id": "theme"}),
    Part("criterion", rows_of=_IN_ACTIONS, refs={"action_id": "action"}),
    # The follow-up loop. A commitment's owner is a service or a role; a person's name only
    # when they opted in (owner_named). Its history carries the updates made in this session.
    Part("commitment", refs={"session_id": "session", "source_id": SOURCE}),
    Part("commitment_update", rows_of="session_id = ? AND commitment_id IN (SELECT c.id FROM "
         "commitment c WHERE c.session_id = commitment_update.session_id)",
         refs={"commitment_id": "commitment", "session_id": "session"}),
    Part("commitment_text", rows_of=_IN_COMMITMENTS, refs={"commitment_id": "commitment"},
         order="commitment_id, language"),
    Part("experiment", rows_of=_IN_ACTIONS, refs={"action_id": "action"}, order="action_id"),
    Part("reading", rows_of=f"criterion_id IN (SELECT id FROM criterion WHERE {_IN_ACTIONS})",
         refs={"criterion_id": "criterion"}, order="criterion_id, day, id"),
    Part("expectation_mark", rows_of="note_id IN (SELECT id FROM note WHERE session_id = ?)",
         refs={"note_id": "note", "parking_note_id": "note"}, order="note_id"),
)


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The table's stored columns (generated ones, like ``search_text``, are left out)."""
    return [row[1] for row in conn.execute(f"PRAGMA table_xinfo({table})") if row[6] == 0]


def _has_id(conn: sqlite3.Connection, table: str) -> bool:
    return "id" in columns(conn, table)


def _round_targets(conn: sqlite3.Connection, session_id: int) -> dict[int, str]:
    return dict(conn.execute("SELECT id, target FROM vote_round WHERE session_id = ?",
                             (session_id,)).fetchall())


def session_data(conn: sqlite3.Connection, session_id: int) -> dict[str, Any]:
    """The session's rows, renumbered and stripped of what stays home (see the module)."""
    renumber: dict[str, dict[int, int]] = {}
    tables: dict[str, list[dict[str, Any]]] = {}
    targets = _round_targets(conn, session_id)
    for part in BUNDLE_TABLES:
        names = [c for c in columns(conn, part.table) if c not in part.kept_home]
        cursor = conn.execute(
            f"SELECT {', '.join(names)} FROM {part.table} WHERE {part.rows_of} "
            f"ORDER BY {part.order}", (session_id,))
        rows = [dict(zip(names, row, strict=True)) for row in cursor]
        if "id" in names:
            renumber[part.table] = {row["id"]: n for n, row in enumerate(rows, start=1)}
        tables[part.table] = rows
    for part in BUNDLE_TABLES:
        for row in tables[part.table]:
            in_round = row.get("round_id")  # an item's kind follows its round's target
            round_target = targets.get(int(in_round)) if in_round is not None else None
            if "id" in row:
                row["id"] = renumber[part.table][row["id"]]
            for column, target in part.refs.items():
                row[column] = _renumbered(row[column], _source(target, row), renumber,
                                          round_target)
            if part.table == "participant":
                _keep_unnamed_unnamed(row)
    session_row = tables["session"][0]
    session_row["territory"] = _territory(conn, session_id)
    return {"format": FORMAT, "tables": tables}


def _source(target: str, row: Mapping[str, Any]) -> str:
    """A commitment's source is a theme or a note, as its kind says."""
    if target != SOURCE:
        return target
    return "theme" if row.get("source_kind") == "theme" else "note"


def _renumbered(value: Any, target: str, renumber: dict[str, dict[int, int]],
                round_target: str | None) -> Any:
    if value is None:
        return None
    if target == BALLOT:
        if isinstance(value, str) and value.startswith("p") and value[1:].isdigit():
            return f"p{renumber['participant'].get(int(value[1:]), 0)}"
        return value
    if target == ITEM:
        return renumber["note" if round_target == "notes" else "theme"].get(value, 0)
    return renumber[target].get(value, 0)


def _keep_unnamed_unnamed(row: dict[str, Any]) -> None:
    row["short_code"] = f"P{row['id']}"
    if not row["named_in_minutes"]:
        row["pseudonym"] = f"P{row['id']}"
        row["display_name"] = ""


def _territory(conn: sqlite3.Connection, session_id: int) -> str:
    found = conn.execute("SELECT t.name FROM session s JOIN territory t ON t.id = "
                         "s.territory_id WHERE s.id = ?", (session_id,)).fetchone()
    return str(found[0]) if found else ""


def data_digest(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def insert_session_data(conn: sqlite3.Connection, data: dict[str, Any]) -> int:
    """Put a bundle's rows into the store (inside the caller's transaction): new local ids,
    references followed, a fresh badge key and room token. Returns the new session's id."""
    local: dict[str, dict[int, int]] = {}
    later: list[tuple[str, int, str, str, int]] = []
    tables: dict[str, list[dict[str, Any]]] = data["tables"]
    targets = {row["id"]: row["target"] for row in tables.get("vote_round", [])}
    for part in BUNDLE_TABLES:
        stored = set(columns(conn, part.table))
        local[part.table] = {}
        for source in tables.get(part.table, []):
            row = {k: v for k, v in source.items() if k in stored and k != "id"}
            deferred: list[tuple[str, str, int]] = []
            for column, target in part.refs.items():
                value = row.get(column)
                if value is None:
                    continue
                if target == BALLOT:
                    if isinstance(value, str) and value.startswith("p") and value[1:].isdigit():
                        row[column] = f"p{local['participant'].get(int(value[1:]), 0)}"
                    continue
                kind = _source(target, source)
                if target == ITEM:
                    kind = "note" if targets.get(source.get("round_id")) == "notes" else "theme"
                if kind in local and int(value) in local[kind]:
                    row[column] = local[kind][int(value)]
                else:
                    row[column] = None
                    deferred.append((column, kind, int(value)))
            if part.table == "programme":  # the same programme, from any laptop, is one
                here = conn.execute("SELECT id FROM programme WHERE uid = ?",
                                    (row["uid"],)).fetchone()
                if here is not None:
                    local["programme"][int(source["id"])] = int(here[0])
                    continue
            if part.table == "session":
                row["badge_key"] = secrets.token_hex(32)
                row["room_token"] = secrets.token_urlsafe(12)
                row["territory_id"] = _territory_id(conn, str(source.get("territory", "")))
            names = list(row)
            cursor = conn.execute(
                f"INSERT INTO {part.table} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})", [row[n] for n in names])
            if "id" in source:
                local[part.table][int(source["id"])] = int(cursor.lastrowid or 0)
                later += [(part.table, local[part.table][int(source["id"])], column, kind,
                           value) for column, kind, value in deferred]
    for table, row_id, column, kind, value in later:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?",
                     (local[kind].get(value), row_id))
    return local["session"][1]


def _territory_id(conn: sqlite3.Connection, name: str) -> int | None:
    if not name:
        return None
    conn.execute("INSERT OR IGNORE INTO territory (name) VALUES (?)", (name,))
    return int(conn.execute("SELECT id FROM territory WHERE name = ?", (name,)).fetchone()[0])
