"""The hash-chained audit log: the verifier accepts it untouched and names the first change."""

from __future__ import annotations

from app.core.model import Area
from app.core.workshop import Workshop
from app.storage import audit


def test_untouched_log_verifies(demo: Workshop) -> None:
    verdict = demo.sessions.verify_audit(1)
    assert verdict.ok
    assert verdict.events > 50
    assert (verdict.events, verdict.head) == demo.sessions.audit_head(1)


def test_head_starts_at_the_session_uid(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    events, head = workshop.sessions.audit_head(session.id)
    assert events == 1  # the creation itself
    assert head == audit.chain_hash(session.uid, {
        "seq": 1, "at": workshop.database.scalar("SELECT at FROM audit"),
        "op": "create_session",
        "data": {"title": "Lab", "date": "2026-11-01", "territory": "", "venue": ""},
    })


def test_an_edited_row_is_named(demo: Workshop) -> None:
    conn = demo.database.conn
    conn.execute("UPDATE audit SET data = replace(data, 'guichet', 'GUICHET') "
                 "WHERE session_id = 1 AND seq = (SELECT MIN(seq) FROM audit "
                 "WHERE session_id = 1 AND data LIKE '%guichet%')")
    edited = conn.execute("SELECT MIN(seq) FROM audit WHERE data LIKE '%GUICHET%'").fetchone()[0]
    verdict = demo.sessions.verify_audit(1)
    assert not verdict.ok
    assert verdict.first_bad_seq == edited
    assert verdict.reason == "the event was changed"


def test_a_deleted_row_is_named(demo: Workshop) -> None:
    demo.database.conn.execute("DELETE FROM audit WHERE session_id = 1 AND seq = 7")
    verdict = demo.sessions.verify_audit(1)
    assert not verdict.ok
    assert verdict.first_bad_seq == 7
    assert verdict.reason == "an event is missing"


def test_a_rewritten_hash_breaks_the_next_link(demo: Workshop) -> None:
    demo.database.conn.execute("UPDATE audit SET hash = 'ff' WHERE session_id = 1 AND seq = 3")
    verdict = demo.sessions.verify_audit(1)
    assert verdict.first_bad_seq == 3


def test_each_operation_appends_exactly_one_event(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    before, _ = workshop.sessions.audit_head(session.id)
    workshop.board.add_note(session.id, Area.IDEAS, "Une idée")
    after, _ = workshop.sessions.audit_head(session.id)
    assert after == before + 1
