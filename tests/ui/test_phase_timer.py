from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.agenda import timer_state
from app.core.model import PhaseKind
from app.core.workshop import Workshop
from app.ui.accessibility import unnamed_controls
from app.ui.live import LiveEvents, for_session
from app.ui.phase_timer import PhaseTimerBar, countdown_text


def make_bar(workshop: Workshop, session_id: int, qtbot: QtBot) -> PhaseTimerBar:
    bar = PhaseTimerBar(workshop, session_id)
    qtbot.addWidget(bar)
    live = LiveEvents(workshop.hub, bar)
    live.changed.connect(for_session(session_id, bar.on_change))
    return bar


def test_start_pause_next_finish(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01")
    bar = make_bar(workshop, session.id, qtbot)
    assert bar.phase.text() == "No phase running"
    bar.start.click()
    assert bar.phase.text() == "Welcome and check-in"
    assert bar.clock.text() in ("15:00", "14:59")
    bar.pause.click()
    assert bar.pause.text() == "Resume"
    bar.pause.click()
    bar.next.click()
    assert bar.phase.text() == "Expectations round"
    phases = workshop.agenda.phases(session.id)
    assert phases[0].started_at
    assert phases[0].ended_at
    bar.finish.click()
    assert workshop.agenda.phases(session.id)[1].ended_at
    assert unnamed_controls(bar) == []


def test_overrun_is_shown_clearly(workshop: Workshop) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01")
    phase = workshop.agenda.phases(session.id)[0]
    workshop.agenda.start(phase.id)
    started = workshop.agenda.phase(phase.id)
    assert started.started_at is not None
    state = timer_state(started, now=_plus_minutes(started.started_at, 17))
    assert state.overrun
    assert countdown_text(state) == "2:00 over"


def test_the_last_phase_cannot_be_followed(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01",
                                       agenda=((PhaseKind.CLOSING, 5, ""),))
    bar = make_bar(workshop, session.id, qtbot)
    bar.start.click()
    bar.next_phase()
    from PySide6.QtWidgets import QMessageBox

    boxes = bar.findChildren(QMessageBox)
    assert boxes
    assert "last phase" in boxes[-1].text()


def _plus_minutes(iso: str, minutes: int) -> str:
    from datetime import datetime, timedelta

    return (datetime.fromisoformat(iso) + timedelta(minutes=minutes)).isoformat()


def test_one_or_five_more_minutes_from_the_desk(workshop: Workshop, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    session = workshop.sessions.create("Atelier", "2026-12-01")
    bar = make_bar(workshop, session.id, qtbot)
    add_1 = bar.findChild(QPushButton, "add-1-minute")
    add_5 = bar.findChild(QPushButton, "add-5-minutes")
    assert add_1 is not None
    assert add_5 is not None
    assert not add_1.isEnabled()  # nothing running: nothing to extend
    bar.start.click()
    running = workshop.agenda.current(session.id)
    assert running is not None
    planned = running.planned_minutes
    add_1.click()
    add_5.click()
    current = workshop.agenda.current(session.id)
    assert current is not None
    assert current.planned_minutes == planned + 6
    assert bar.clock.text() in (f"{planned + 6}:00", f"{planned + 5}:59")
    bar.finish.click()
    assert not add_5.isEnabled()
    assert unnamed_controls(bar) == []
