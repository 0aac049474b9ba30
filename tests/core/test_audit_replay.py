"""Edits made outside the app with plain sqlite3 are each named by the audit check, and a
chain cut short or rewritten is caught against the anchor kept outside it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.core.audit_texts import describe_finding
from app.core.model import Area, Channel, Group, RoundTarget
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from app.storage.audit import canonical_json, chain_hash
from app.storage.backups import BackupSchedule


@contextmanager
def outside(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program: plain sqlite3, nothing of Roundtable."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def busy_session(workshop: Workshop) -> dict[str, int]:
    """Notes, a ballot, paper dots, attendance and a closed round's totals."""
    session = workshop.sessions.create("Lab", "2026-11-01")
    people = [workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER)) for _ in range(3)]
    for person in people:
        workshop.roster.check_in(person.id)
    workshop.roster.check_out(people[2].id)
    notes = [workshop.board.add_note(session.id, Area.IDEAS, f"idea {n}").id for n in range(3)]
    workshop.board.edit_text(notes[0], "bus lines at night")
    vote = workshop.voting.create(session.id, "Vote", RoundTarget.NOTES, notes,
                                  dots_per_person=3, cap_per_item=2)
    workshop.voting.open(vote.id)
    workshop.voting.set_ballot(vote.id, people[0].id, {notes[0]: 2, notes[1]: 1},
                               origin=Channel.PHONE)
    workshop.voting.set_ballot(vote.id, people[1].id, {notes[1]: 1}, origin=Channel.KIOSK)
    workshop.voting.set_paper_dots(vote.id, notes[2], Group.NEWCOMER, 2)
    workshop.voting.close(vote.id)
    return {"session": session.id, "note": notes[0], "other": notes[1], "round": vote.id,
            "person": people[0].id, "left": people[2].id, "item": notes[2]}


def findings(workshop: Workshop, session_id: int) -> list[tuple[str, tuple[object, ...], str]]:
    verdict = workshop.sessions.verify_audit(session_id)
    return [(f.table, f.key, f.reason) for f in verdict.findings]


def test_a_session_run_through_the_app_is_intact(workshop: Workshop) -> None:
    ids = busy_session(workshop)
    verdict = workshop.sessions.verify_audit(ids["session"])
    assert verdict.ok, [describe_finding(f) for f in verdict.findings]


def test_a_note_text_edited_outside_is_named_with_its_event(workshop: Workshop,
                                                            db_path: Path) -> None:
    ids = busy_session(workshop)
    with outside(db_path) as conn:
        conn.execute("UPDATE note SET text = 'cancel the bus lines' WHERE id = ?", (ids["note"],))
    verdict = workshop.sessions.verify_audit(ids["session"])
    assert not verdict.ok
    [finding] = verdict.findings
    assert (finding.table, finding.key, finding.field) == ("note", (ids["note"],), "text")
    assert (finding.expected, finding.found, finding.op) == (
        "bus lines at night", "cancel the bus lines", "edit_note")
    assert "reads «cancel the bus lines» but the log recorded «bus lines at night»" in \
        describe_finding(finding)


def test_a_raised_dot_count_is_named_and_contradicts_the_totals(workshop: Workshop,
                                                                db_path: Path) -> None:
    ids = busy_session(workshop)
    with outside(db_path) as conn:
        conn.execute("UPDATE dot SET count = 9 WHERE round_id = ? AND item_id = ? "
                     "AND ballot = ?", (ids["round"], ids["other"], f"p{ids['person']}"))
    found = findings(workshop, ids["session"])
    assert ("dot", (ids["round"], ids["other"], ids["person"]), "changed") in found
    assert ("round_total", (ids["round"], ids["other"]), "changed") in found
    assert len(found) == 2


def test_paper_dots_changed_outside_are_named(workshop: Workshop, db_path: Path) -> None:
    ids = busy_session(workshop)
    with outside(db_path) as conn:
        conn.execute("UPDATE paper_dots SET count = 7 WHERE round_id = ?", (ids["round"],))
        conn.execute("INSERT INTO paper_dots VALUES (?, ?, 'local_actor', 3)",
                     (ids["round"], ids["note"]))
    assert findings(workshop, ids["session"]) == [
        ("paper_dots", (ids["round"], ids["note"], "local_actor"), "added"),
        ("paper_dots", (ids["round"], ids["item"], "newcomer"), "changed"),
    ]


def test_attendance_rows_changed_outside_are_named(workshop: Workshop, db_path: Path) -> None:
    ids = busy_session(workshop)
    with outside(db_path) as conn:
        conn.execute("UPDATE attendance SET left_at = NULL WHERE participant_id = ?",
                     (ids["left"],))
        conn.execute("DELETE FROM attendance WHERE participant_id = ?", (ids["person"],))
    verdict = workshop.sessions.verify_audit(ids["session"])
    named = {(f.key, f.field, f.reason, f.op) for f in verdict.findings}
    assert named == {((ids["left"],), "left_at", "changed", "check_out"),
                     ((ids["person"],), "arrived_at", "missing", "check_in")}


@pytest.fixture
def anchored(workshop: Workshop) -> dict[str, int]:
    ids = busy_session(workshop)
    assert BackupSchedule(workshop.database.path).now() is not None  # writes the anchor
    return ids


def test_deleting_the_newest_events_is_caught_against_the_anchor(
        workshop: Workshop, db_path: Path, anchored: dict[str, int]) -> None:
    session_id = anchored["session"]
    events, _ = workshop.sessions.audit_head(session_id)
    with outside(db_path) as conn:
        conn.execute("DELETE FROM audit WHERE session_id = ? AND seq > ?",
                     (session_id, events - 2))
    verdict = workshop.sessions.verify_audit(session_id)
    assert not verdict.ok
    assert ("audit", (events,), "events_deleted") in [
        (f.table, f.key, f.reason) for f in verdict.findings]


def test_a_rewritten_chain_is_caught_against_the_anchor(
        workshop: Workshop, db_path: Path, anchored: dict[str, int]) -> None:
    """Edit one event's data, recompute every later hash: the chain verifies by itself."""
    session_id = anchored["session"]
    uid = workshop.sessions.get(session_id).uid
    with outside(db_path) as conn:
        rows = conn.execute("SELECT seq, at, op, data FROM audit WHERE session_id = ? "
                            "ORDER BY seq", (session_id,)).fetchall()
        previous = uid
        conn.execute("BEGIN")
        for seq, at, op, data in rows:
            if op == "paper_dots":
                data = data.replace('"count":2', '"count":5')
                conn.execute("UPDATE paper_dots SET count = 5")
            digest = chain_hash(previous, {"seq": seq, "at": at, "op": op,
                                           "data": json.loads(data)})
            conn.execute("UPDATE audit SET data = ?, hash = ? WHERE session_id = ? AND seq = ?",
                         (canonical_json(json.loads(data)), digest, session_id, seq))
            previous = digest
        conn.execute("COMMIT")
    verdict = workshop.sessions.verify_audit(session_id)
    assert [(f.table, f.reason) for f in verdict.findings] == [("audit", "chain_rewritten")]
    assert verdict.findings[0].op.endswith(".sqlite")  # the backup whose anchor caught it
