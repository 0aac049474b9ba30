"""Sessions: create, edit, duplicate as a template, archive, lock once signed."""

from __future__ import annotations

import pytest

from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import Area, RoundTarget, SessionStatus
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


def _round_open(workshop: Workshop, session_id: int, title: str) -> int:
    notes = [workshop.board.add_note(session_id, Area.IDEAS, f"idea {n}") for n in range(2)]
    vote = workshop.voting.create(session_id, title, RoundTarget.NOTES, [n.id for n in notes])
    workshop.voting.open(vote.id)
    return vote.id


def test_closing_ends_the_running_phase_and_is_logged(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-14")
    phase = workshop.agenda.next(session.id)
    seen: list[ChangeEvent] = []
    workshop.hub.subscribe(seen.append)
    closed = workshop.sessions.close(session.id)
    assert closed.status is SessionStatus.CLOSED
    assert workshop.agenda.phase(phase.id).ended_at is not None
    assert any(e.subject is Subject.SESSION and session.id in e.ids for e in seen)
    ops = [row["op"] for row in workshop.database.rows(
        "SELECT op FROM audit WHERE session_id = ? ORDER BY seq", (session.id,))]
    assert ops[-1] == "close_session"


def test_closing_is_refused_while_a_round_is_open(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-14")
    round_id = _round_open(workshop, session.id, "Priorités")
    with pytest.raises(RuleError) as refused:
        workshop.sessions.close(session.id)
    assert refused.value.code == "round_still_open"
    assert "Priorités" in str(refused.value)
    assert workshop.sessions.get(session.id).status is not SessionStatus.CLOSED
    workshop.voting.close(round_id)
    assert workshop.sessions.close(session.id).status is SessionStatus.CLOSED


def test_a_closed_session_reopens_and_runs_phases_again(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-14")
    workshop.sessions.close(session.id)
    reopened = workshop.sessions.reopen_closed(session.id)
    assert reopened.status is SessionStatus.LIVE
    assert workshop.agenda.next(session.id).started_at is not None
    with pytest.raises(RuleError) as not_closed:
        workshop.sessions.reopen_closed(session.id)
    assert not_closed.value.code == "session_not_closed"


def test_a_signed_session_is_not_reopened_by_the_closing_path(demo: Workshop) -> None:
    demo.sessions.set_status(1, SessionStatus.SIGNED)
    with pytest.raises(RuleError) as refused:
        demo.sessions.reopen_closed(1)
    assert refused.value.code == "session_locked"
    with pytest.raises(RuleError):
        demo.sessions.close(1)


def test_a_session_has_a_time_zone(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-14", time_zone="Europe/Paris")
    assert session.time_zone == "Europe/Paris"
    assert workshop.sessions.update(session.id, time_zone="Asia/Kabul").time_zone == "Asia/Kabul"
    with pytest.raises(RuleError) as refused:
        workshop.sessions.update(session.id, time_zone="Mars/Olympus")
    assert refused.value.params["field"] == "time_zone"
    assert workshop.sessions.create("Lab 2", "2026-11-15").time_zone  # this computer's zone
