"""The running phase: its name, the countdown, and Start / Pause / Next / Finish.

The countdown is read from the core once a second (the core keeps the actual start and end
times for the minutes); a phase that runs over shows a red "+M:SS over" instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.agenda import TimerState
from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import SessionStatus
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.accessibility import name_by_content, speak
from app.ui.messages import show_error

translate = QCoreApplication.translate


def phase_name(state: TimerState) -> str:
    if state.phase is None:
        return translate("PhaseTimer", "No phase running")
    return labels.own_direction(state.phase.title) or labels.phase_kind(state.phase.kind)


def countdown_text(state: TimerState) -> str:
    if state.phase is None:
        return "\N{EN DASH}:\N{EN DASH}\N{EN DASH}"
    if state.phase.ended_at is not None:
        return translate("PhaseTimer", "Ended")
    if state.overrun:
        return translate("PhaseTimer", "{time} over").format(
            time=labels.format_clock(-state.remaining_seconds)
        )
    return labels.format_clock(state.remaining_seconds)


class PhaseTimerBar(QWidget):
    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.setAccessibleName(translate("PhaseTimer", "Phase and timer"))
        self.phase = QLabel(self)
        self.phase.setTextFormat(Qt.TextFormat.PlainText)  # a phase title is typed text
        self.phase.setAccessibleName(translate("PhaseTimer", "Current phase"))
        self.clock = QLabel(self)
        self.clock.setAccessibleName(translate("PhaseTimer", "Time left"))
        self.clock.setMinimumWidth(150)
        self.start = self._button(translate("PhaseTimer", "Start"), self.start_or_resume)
        self.pause = self._button(translate("PhaseTimer", "Pause"), self.pause_or_resume)
        self.next = self._button(translate("PhaseTimer", "Next phase"), self.next_phase)
        self.finish = self._button(translate("PhaseTimer", "Finish"), self.finish_phase)
        self.add_1 = self._more_time_button(1, translate("PhaseTimer", "+1 min"),
                                            translate("PhaseTimer", "One more minute"))
        self.add_5 = self._more_time_button(5, translate("PhaseTimer", "+5 min"),
                                            translate("PhaseTimer", "Five more minutes"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.phase, 1)
        layout.addWidget(self.clock)
        for button in (self.add_1, self.add_5, self.start, self.pause, self.next, self.finish):
            layout.addWidget(button)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.refresh)  # runs while shown (see showEvent)
        self._heard: tuple[str, bool] | None = None  # the phase and overrun last announced
        self.refresh()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def _more_time_button(self, minutes: int, text: str, name: str) -> QPushButton:
        button = self._button(text, lambda: self.add_minutes(minutes))
        button.setObjectName("add-1-minute" if minutes == 1 else f"add-{minutes}-minutes")
        button.setAccessibleName(name)
        button.setToolTip(name)
        return button

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()
        self.ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.ticker.stop()  # a closed window reads nothing more
        super().hideEvent(event)

    def state(self) -> TimerState:
        return self.workshop.agenda.timer(self.session_id)

    def refresh(self) -> None:
        state = self.state()
        self.phase.setText(phase_name(state))
        self.clock.setText(countdown_text(state))
        name_by_content(self.phase, translate("PhaseTimer", "Current phase"), self.phase.text())
        name_by_content(self.clock, translate("PhaseTimer", "Time left"), self.clock.text())
        self._announce(state)
        colour = "#B91C1C" if state.overrun else ("#6B7280" if state.paused else "#111827")
        self.clock.setStyleSheet(f"font-size: 22px; font-weight: bold; color: {colour};")
        self.phase.setStyleSheet("font-size: 16px; font-weight: bold;")
        running = state.phase is not None and state.running
        self.start.setEnabled(not running)
        self.pause.setEnabled(
            state.phase is not None
            and state.phase.ended_at is None
            and state.phase.started_at is not None
        )
        self.pause.setText(
            translate("PhaseTimer", "Resume") if state.paused else translate("PhaseTimer", "Pause")
        )
        self.pause.setAccessibleName(self.pause.text())
        self.finish.setEnabled(running or state.paused)
        for button in (self.add_1, self.add_5):
            button.setEnabled(running or state.paused)
        self.clock.setAccessibleDescription(
            translate("PhaseTimer", "Running over")
            if state.overrun
            else (translate("PhaseTimer", "Paused") if state.paused else "")
        )

    def _announce(self, state: TimerState) -> None:
        """A new phase, or its time running out, is said once to a screen reader."""
        heard = (self.phase.text(), state.overrun)
        if self._heard is not None and heard != self._heard:
            if heard[0] != self._heard[0]:
                speak(self, translate("PhaseTimer", "Now: {phase}").format(phase=heard[0]))
            elif state.overrun:
                speak(self, translate("PhaseTimer", "Time is up for {phase}").format(
                    phase=heard[0]))
        self._heard = heard

    def on_change(self, event: ChangeEvent) -> None:
        if event.subject in (Subject.PHASE, Subject.SESSION):
            self.refresh()

    def _run(self, change: Callable[[], object]) -> None:
        try:
            if self.workshop.sessions.get(self.session_id).status is SessionStatus.CLOSED:
                raise RuleError("session_closed")  # reopen it first (Minutes tab)
            change()
        except RuleError as error:
            show_error(self, error)
        self.refresh()

    def start_or_resume(self) -> None:
        current = self.workshop.agenda.current(self.session_id)
        if current is None or current.ended_at is not None:
            self._run(lambda: self.workshop.agenda.next(self.session_id))
        else:
            self._run(lambda: self.workshop.agenda.start(current.id))

    def pause_or_resume(self) -> None:
        self._run(lambda: self.workshop.agenda.pause(self.session_id))

    def next_phase(self) -> None:
        self._run(lambda: self.workshop.agenda.next(self.session_id))

    def add_minutes(self, minutes: int) -> None:
        """More time for the phase now running (or paused); the projector follows."""
        self._run(lambda: self.workshop.agenda.extend(self.session_id, minutes))

    def finish_phase(self) -> None:
        self._run(lambda: self.workshop.agenda.finish(self.session_id))
