"""What a phone reads: phase and timer, notes open or not, its own data only."""

from __future__ import annotations

from app.core.model import PhaseKind, Session
from app.core.workshop import Workshop
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
