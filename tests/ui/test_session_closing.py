"""The closing bar under the phase timer: next steps and closing once the last phase is
reached; reopening once closed. A closed session's timer says it is closed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.model import PhaseKind, SessionStatus
from app.core.workshop import Workshop
from app.ui.accessibility import unnamed_controls
from app.ui.live import LiveEvents, for_session
from app.ui.phase_timer import PhaseTimerBar
from app.ui.session_closing import ClosingBar

AGENDA = ((PhaseKind.ACTION_PLANNING, 10, ""), (PhaseKind.CLOSING, 5, ""))


def make_bar(workshop: Workshop, session_id: int, qtbot: QtBot) -> ClosingBar:
    bar = ClosingBar(workshop, session_id)
    qtbot.addWidget(bar)
    live = LiveEvents(workshop.hub, bar)
    live.changed.connect(for_session(session_id, bar.on_change))
    return bar


def test_shown_from_the_closing_phase_on(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01", agenda=AGENDA)
    bar = make_bar(workshop, session.id, qtbot)
    assert bar.isHidden()
    workshop.agenda.next(session.id)
    qtbot.waitUntil(lambda: bar.isHidden())
    workshop.agenda.next(session.id)  # Closing
    qtbot.waitUntil(lambda: not bar.isHidden())
    workshop.agenda.finish(session.id)
    qtbot.waitUntil(lambda: not bar.isHidden())  # finished: still there
    assert not bar.close_session.isHidden()
    assert bar.reopen_session.isHidden()
    assert unnamed_controls(bar) == []
    with qtbot.waitSignal(bar.closed):
        bar.ask_close().button(QMessageBox.StandardButton.Yes).click()
    assert workshop.sessions.get(session.id).status is SessionStatus.CLOSED
    qtbot.waitUntil(lambda: bar.close_session.isHidden())
    assert not bar.reopen_session.isHidden()
    bar.reopen_session.click()
    assert workshop.sessions.get(session.id).status is SessionStatus.LIVE


def test_no_closes_nothing(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01", agenda=AGENDA)
    workshop.agenda.next(session.id)
    bar = make_bar(workshop, session.id, qtbot)
    bar.ask_close().button(QMessageBox.StandardButton.No).click()
    assert workshop.sessions.get(session.id).status is SessionStatus.LIVE


def test_a_closed_sessions_timer_says_so(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01", agenda=AGENDA)
    workshop.sessions.close(session.id)
    timer = PhaseTimerBar(workshop, session.id)
    qtbot.addWidget(timer)
    timer.start.click()
    said = [b.text() for b in timer.findChildren(QMessageBox)]
    assert "This session is closed. Reopen it to run a phase again." in said
    assert workshop.agenda.current(session.id) is None
