"""The sample session is what the issue describes, and reads like a real Policy Lab."""

from __future__ import annotations

from app.core.model import ActionKind, Area, Competence, Group, RoundStatus
from app.core.workshop import Workshop


def test_demo_session_content(demo: Workshop) -> None:
    session = demo.sessions.get(1)
    assert session.territory == "Lyon"
    people = demo.roster.participants(1)
    assert len(people) == 14
    groups = {p.group for p in people}
    assert {Group.LOCAL_ACTOR, Group.NEWCOMER} <= groups
    notes = demo.board.notes(1)
    assert {"fr", "ar", "en"} <= {n.language for n in notes}
    assert len(demo.board.themes(1)) == 2
    [vote] = demo.voting.rounds(1)
    assert vote.status is RoundStatus.REVEALED
    assert demo.voting.tally(1).total_dots > 0
    parking = demo.board.parking_lot(1)
    national = [p for p in parking if p.competence is Competence.NATIONAL]
    assert len(national) == 1
    assert "séjour" in national[0].text
    assert ActionKind.EXPERIMENT in {a.kind for a in demo.actions.all(1)}
    assert demo.board.notes(1, area=Area.EXPECTATIONS)
    assert all(p.started_at and p.ended_at for p in demo.agenda.phases(1))
    assert demo.sessions.verify_audit(1).ok
