"""What a phone reads: phase and timer, notes open or not, its own data only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core.model import PhaseKind, Session
from app.core.voting import Turnout, Voting
from app.core.workshop import Workshop
from tests.portal.conftest import open_round
from tests.portal.phone import Phone


def test_the_state_shows_phase_timer_and_me(checked_in: Phone, session: Session) -> None:
    state = checked_in.state()
    assert state["session"] == {"title": "Portal test", "languages": ["en", "fr", "ar"]}
    phase = state["phase"]
    assert phase["kind"] == "ideation"
    assert phase["running"] is True
    assert 0 < phase["remaining"] <= 30 * 60
    assert state["notes_open"] is True
    assert state["me"]["display_name"] == "Amina"
    assert state["round"] is None


def test_a_paused_phase_says_so(checked_in: Phone, session: Session,
                                workshop: Workshop) -> None:
    workshop.agenda.pause(session.id)
    phase = checked_in.state()["phase"]
    assert (phase["running"], phase["paused"]) == (False, True)


def test_notes_close_with_the_phase(checked_in: Phone, session: Session,
                                    workshop: Workshop) -> None:
    clustering = next(p for p in workshop.agenda.phases(session.id)
                      if p.kind is PhaseKind.CLUSTERING)
    workshop.agenda.start(clustering.id)
    assert checked_in.state()["notes_open"] is False


def test_the_state_never_names_anyone_else(checked_in: Phone, phone: Phone,
                                           session: Session) -> None:
    other = Phone(checked_in.port)
    try:
        assert other.check_in(session.room_token, name="Somebody Else").status == 200
        assert b"Somebody Else" not in checked_in.get("/api/state").body
    finally:
        other.close()


def test_a_hall_reading_the_state_counts_the_turnout_once_until_it_moves(
        phones: Callable[[], Phone], session: Session, workshop: Workshop,
        monkeypatch: pytest.MonkeyPatch) -> None:
    hall = [phones() for _ in range(4)]
    for n, phone in enumerate(hall):
        assert phone.check_in(session.room_token, name=f"P{n}").status == 200
    vote = open_round(workshop, session)
    counted: list[int] = []
    turnout = Voting.turnout

    def counting(voting: Voting, round_id: int) -> Turnout:
        counted.append(round_id)
        return turnout(voting, round_id)

    monkeypatch.setattr(Voting, "turnout", counting)
    seen = [p.state()["round"]["turnout"] for p in hall]
    assert seen == [{"voted": 0, "eligible": 4}] * 4
    assert counted == [vote.id]  # once for the whole hall
    item = vote.item_ids[0]
    assert hall[0].ballot(vote.id, {item: 1}).status == 200
    assert [p.state()["round"]["turnout"]["voted"] for p in hall] == [1] * 4
    late = phones()
    assert late.check_in(session.room_token, name="Late").status == 200  # one more present
    assert hall[1].state()["round"]["turnout"] == {"voted": 1, "eligible": 5}
    assert late.state()["round"]["my_dots"] == {}
    assert hall[0].state()["round"]["my_dots"] == {str(item): 1}  # each phone its own
