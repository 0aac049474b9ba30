"""The timer on the projector says "Paused" and "Time is up" in words; +1/+5 give time back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from app.core.model import PhaseKind
from app.core.workshop import Workshop
from app.ui.live import LiveEvents
from app.ui.phase_timer import PhaseTimerBar
from app.ui.projector.style import NORMAL
from app.ui.projector.window import ProjectorWindow, Show


def started(workshop: Workshop, minutes_ago: float) -> int:
    session = workshop.sessions.create("Atelier", "2026-12-01")
    phase = workshop.agenda.add(session.id, PhaseKind.IDEATION, 20, position=0)
    at = (datetime.now(UTC) - timedelta(minutes=minutes_ago)).isoformat(timespec="milliseconds")
    real = workshop.ops.clock
    workshop.ops.clock = lambda: at
    try:
        workshop.agenda.start(phase.id)
    finally:
        workshop.ops.clock = real
    return session.id


def projector_for(workshop: Workshop, session_id: int, qtbot: QtBot) -> ProjectorWindow:
    projector = ProjectorWindow(workshop, session_id)
    qtbot.addWidget(projector)
    LiveEvents(workshop.hub, projector).changed.connect(projector.on_change)
    return projector


def test_paused_is_said_in_words(workshop: Workshop, qtbot: QtBot) -> None:
    session_id = started(workshop, minutes_ago=5)
    projector = projector_for(workshop, session_id, qtbot)
    projector.set_show(Show.TIMER)
    assert projector.timer.status.isHidden()
    assert projector.timer.clock.text() in ("15:00", "14:59")
    workshop.agenda.pause(session_id)
    assert projector.timer.status.text() == "Paused"
    assert not projector.timer.status.isHidden()
    assert f"color: {NORMAL.accent}" in projector.timer.clock.styleSheet()
    projector.set_show(Show.BOARD)  # the strip under every other page says it too
    assert projector.strip.text().endswith("\N{FIRST STRONG ISOLATE}Paused"
                                           "\N{POP DIRECTIONAL ISOLATE}")
    workshop.agenda.pause(session_id)  # resume
    assert "Paused" not in projector.strip.text()


def test_time_up_is_said_in_words_until_more_time_is_given(workshop: Workshop,
                                                           qtbot: QtBot) -> None:
    session_id = started(workshop, minutes_ago=23)
    projector = projector_for(workshop, session_id, qtbot)
    projector.set_show(Show.TIMER)
    assert projector.timer.status.text() == "Time is up"
    assert projector.timer.clock.text().startswith("+3:0")
    assert f"color: {NORMAL.overrun}" in projector.timer.clock.styleSheet()
    bar = PhaseTimerBar(workshop, session_id)
    qtbot.addWidget(bar)
    bar.add_5.click()  # the desk's "+5 min"
    assert projector.timer.status.text() == ""
    assert projector.timer.clock.text() in ("1:59", "2:00")
    assert "Time is up" not in projector.strip.text()
