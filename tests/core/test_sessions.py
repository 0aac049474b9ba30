"""Sessions: create, edit, duplicate as a template, archive, lock once signed."""

from __future__ import annotations

import pytest

from app.core.errors import RuleError
from app.core.model import Area, SessionStatus
from app.core.workshop import Workshop


def test_create_and_edit(workshop: Workshop) -> None:
    session = workshop.sessions.create("Policy Lab", "2026-11-14", territory="Lyon",
                                       languages=("fr", "ar"))
    assert session.status is SessionStatus.DRAFT
    edited = workshop.sessions.update(session.id, venue="Mairie du 7e", territory="Villeurbanne")
    assert (edited.venue, edited.territory) == ("Mairie du 7e", "Villeurbanne")
    with pytest.raises(RuleError):
        workshop.sessions.update(session.id, date="14/11/2026")
    with pytest.raises(RuleError):
        workshop.sessions.update(session.id, nationality="x")


def test_duplicate_keeps_the_plan_not_the_content(demo: Workshop) -> None:
    copy = demo.sessions.duplicate(1, "Policy Lab #2", "2027-01-20")
    assert copy.status is SessionStatus.DRAFT
    assert copy.territory == "Lyon"
    assert [p.kind for p in demo.agenda.phases(copy.id)] == [
        p.kind for p in demo.agenda.phases(1)]
    assert all(p.started_at is None for p in demo.agenda.phases(copy.id))
    assert demo.board.notes(copy.id) == []
    assert copy.room_token != demo.sessions.get(1).room_token


def test_archive_hides_from_the_list(demo: Workshop) -> None:
    demo.sessions.archive(1)
    assert demo.sessions.all() == []
    assert [s.id for s in demo.sessions.all(include_archived=True)] == [1]


def test_signed_session_is_locked(demo: Workshop) -> None:
    demo.sessions.set_status(1, SessionStatus.SIGNED)
    with pytest.raises(RuleError) as caught:
        demo.board.add_note(1, Area.IDEAS, "Trop tard")
    assert caught.value.code == "session_locked"


def test_a_new_room_token_replaces_the_old_and_is_never_logged(workshop: Workshop) -> None:
    session = workshop.sessions.create("Room", "2026-11-22")
    renewed = workshop.sessions.new_room_token(session.id)
    assert renewed.room_token != session.room_token
    assert len(renewed.room_token) >= 22  # 128 bits, URL-safe
    logged = workshop.database.rows("SELECT op, data FROM audit WHERE session_id = ?",
                                    (session.id,))
    assert {"op": "new_room_token", "data": "{}"} in logged
    assert not any(renewed.room_token in row["data"] or session.room_token in row["data"]
                   for row in logged)
    assert workshop.sessions.verify_audit(session.id).ok


def test_a_signed_sessions_room_token_stays(demo: Workshop) -> None:
    demo.sessions.set_status(1, SessionStatus.SIGNED)
    with pytest.raises(RuleError):
        demo.sessions.new_room_token(1)
