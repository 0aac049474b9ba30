"""The agenda and the timer: planned minutes, actual times, pauses, overrun."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from app.core.agenda import timer_state
from app.core.errors import RuleError
from app.core.model import PhaseKind, SessionStatus
from app.core.workshop import Workshop


class StepClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 14, 9, 0, tzinfo=UTC)

    def __call__(self) -> str:
        return self.now.isoformat(timespec="milliseconds")

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


def test_running_phases_record_actual_times_and_pauses(workshop: Workshop) -> None:
    clock = StepClock()
    workshop.ops.clock = clock
    session = workshop.sessions.create("Lab", "2026-11-14")
    first = workshop.agenda.next(session.id)
    assert workshop.sessions.get(session.id).status is SessionStatus.LIVE
    clock.advance(5)
    workshop.agenda.pause(session.id)
    clock.advance(3)
    workshop.agenda.pause(session.id)  # resume
    clock.advance(12)  # 17 minutes of a 15-minute welcome: overrun
    state = workshop.agenda.timer(session.id, now=clock())
    assert state.phase is not None
    assert state.phase.id == first.id
    assert state.elapsed_seconds == pytest.approx(17 * 60)
    assert state.overrun
    second = workshop.agenda.next(session.id)
    ended = workshop.agenda.phase(first.id)
    assert ended.ended_at == clock()
    assert second.kind is PhaseKind.EXPECTATIONS
    assert timer_state(ended).elapsed_seconds == pytest.approx(17 * 60)


def test_finishing_during_a_pause_does_not_count_the_pause(workshop: Workshop) -> None:
    clock = StepClock()
    workshop.ops.clock = clock
    session = workshop.sessions.create("Lab", "2026-11-14")
    workshop.agenda.next(session.id)
    clock.advance(4)
    workshop.agenda.pause(session.id)
    clock.advance(10)
    workshop.agenda.finish(session.id)
    phase = workshop.agenda.phases(session.id)[0]
    assert timer_state(phase).elapsed_seconds == pytest.approx(4 * 60)


def test_editing_the_plan(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-14")
    kinds = [p.kind for p in workshop.agenda.phases(session.id)]
    assert kinds[0] is PhaseKind.WELCOME
    added = workshop.agenda.add(session.id, PhaseKind.BREAK, 10, "Pause café", position=3)
    assert [p.id for p in workshop.agenda.phases(session.id)][3] == added.id
    workshop.agenda.move(added.id, 0)
    assert workshop.agenda.phases(session.id)[0].id == added.id
    workshop.agenda.update(added.id, minutes=15)
    assert workshop.agenda.phase(added.id).planned_minutes == 15
    workshop.agenda.remove(added.id)
    assert [p.position for p in workshop.agenda.phases(session.id)] == list(range(len(kinds)))
    with pytest.raises(RuleError):
        workshop.agenda.add(session.id, PhaseKind.BREAK, 0)


def test_no_next_phase_after_the_last(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-14")
    for _ in workshop.agenda.phases(session.id):
        workshop.agenda.next(session.id)
    with pytest.raises(RuleError) as caught:
        workshop.agenda.next(session.id)
    assert caught.value.code == "no_next_phase"


def test_more_time_for_the_running_phase_is_planned_and_audited(workshop: Workshop) -> None:
    clock = StepClock()
    workshop.ops.clock = clock
    session = workshop.sessions.create("Lab", "2026-11-14")
    with pytest.raises(RuleError) as not_yet:
        workshop.agenda.extend(session.id, 5)
    assert not_yet.value.code == "phase_not_running"
    first = workshop.agenda.next(session.id)
    clock.advance(first.planned_minutes + 2)  # two minutes over
    assert workshop.agenda.timer(session.id, now=clock()).overrun
    extended = workshop.agenda.extend(session.id, 5)
    assert extended.planned_minutes == first.planned_minutes + 5
    state = workshop.agenda.timer(session.id, now=clock())
    assert not state.overrun
    assert state.remaining_seconds == pytest.approx(3 * 60)
    workshop.agenda.pause(session.id)
    assert workshop.agenda.extend(session.id, 1).planned_minutes == first.planned_minutes + 6
    logged = workshop.database.rows("SELECT data FROM audit WHERE op = 'extend_phase'")
    assert [json.loads(row["data"]) for row in logged] == [
        {"minutes": 5, "phase": first.id, "planned": first.planned_minutes + 5},
        {"minutes": 1, "phase": first.id, "planned": first.planned_minutes + 6},
    ]
    for wrong in (0, -5, 61):
        with pytest.raises(RuleError):
            workshop.agenda.extend(session.id, wrong)
    workshop.agenda.finish(session.id)
    with pytest.raises(RuleError):
        workshop.agenda.extend(session.id, 1)
