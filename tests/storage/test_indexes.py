"""What the desk reads of one session goes through an index: its cost is what that session
holds, not what the whole file holds (a file of many Labs)."""

from __future__ import annotations

import re
import sqlite3

from app.core.model import Area, Channel, RoundTarget
from app.core.workshop import Workshop

GROWING = ("note", "theme", "action", "criterion", "vote_round", "participant", "attendance",
           "audit", "dot", "round_item", "receipt")


def full_scans(conn: sqlite3.Connection, statements: list[str]) -> list[str]:
    """The statements whose plan reads a whole growing table."""
    found = []
    for sql in dict.fromkeys(statements):
        if not sql.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE")):
            continue
        plan = conn.execute("EXPLAIN QUERY PLAN " + sql.replace("?", "NULL")).fetchall()
        for row in plan:
            scanned = re.match(r"SCAN (\w+)", row[3])
            if scanned and scanned.group(1) in GROWING and "USING" not in row[3]:
                found.append(f"{row[3]} | {' '.join(sql.split())}")
    return found


def test_the_desk_reads_one_session_through_indexes(workshop: Workshop) -> None:
    other = workshop.sessions.create("Earlier Lab", "2026-10-01")
    workshop.board.add_notes(other.id, Area.IDEAS, [f"idée {i}" for i in range(300)])
    session = workshop.sessions.create("Lab", "2026-11-22")
    board, conn = workshop.board, workshop.database.conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        note = board.add_note(session.id, Area.IDEAS, "Guichet unique", origin=Channel.PHONE)
        second = board.add_note(session.id, Area.IDEAS, "Interprètes", origin=Channel.PHONE)
        board.move_notes({note.id: (10.0, 10.0)})
        theme = board.add_theme(session.id, "Accueil")
        board.set_theme([note.id], theme.id)
        board.notes(session.id)
        board.pending_notes(session.id)
        board.parking_lot(session.id)
        board.search(session.id, "guichet")
        round_ = workshop.voting.create(session.id, "Which?", RoundTarget.NOTES,
                                        [note.id, second.id], dots_per_person=1,
                                        cap_per_item=1)
        workshop.voting.rounds(session.id)
        workshop.voting.interrupted(session.id)
        workshop.voting.get(round_.id)
        workshop.roster.participants(session.id)
        workshop.roster.attendance(session.id)
        workshop.actions.all(session.id)
        board.delete_theme(theme.id)
    finally:
        conn.set_trace_callback(None)
    assert statements
    assert full_scans(conn, statements) == []
