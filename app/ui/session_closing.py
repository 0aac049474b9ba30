"""The end of the Lab: close the session (so its minutes can be signed), or reopen it.

Shared by the Minutes tab and the closing bar under the phase timer; both ask first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import PhaseKind, SessionStatus
from app.core.workshop import Workshop
from app.ui.labels import own_direction
from app.ui.messages import confirm, show_error

translate = QCoreApplication.translate


def ask_close(
    parent: QWidget, workshop: Workshop, session_id: int, then: Callable[[], object] | None = None
) -> QMessageBox:
    """Ask "Please confirm" (Yes / No); on Yes close the session, or say why it cannot be."""
    session = workshop.sessions.get(session_id)

    def close() -> None:
        try:
            workshop.sessions.close(session_id)
        except RuleError as error:
            show_error(parent, error)
            return
        if then is not None:
            then()

    return confirm(
        parent,
        translate(
            "Closing",
            "Close the session “{title}”?\n\nThe running phase ends and the minutes can then be "
            "signed. Until they are signed, you can still reopen the session.",
        ).format(title=own_direction(session.title)),
        close,
    )


def reopen(parent: QWidget, workshop: Workshop, session_id: int) -> bool:
    """A closed session whose minutes are not signed goes back to running."""
    try:
        workshop.sessions.reopen_closed(session_id)
    except RuleError as error:
        show_error(parent, error)
        return False
    return True


def _button(parent: QWidget, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text.rstrip("…"))
    button.clicked.connect(lambda _checked=False: slot())
    return button


class ClosingBar(QWidget):
    """Under the phase timer, once the Closing (or the last) phase is reached: next steps,
    close the session, or reopen it once closed."""

    closed = Signal()  # the session was closed from here: the Minutes tab offers signing
    next_steps_requested = Signal()

    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.setObjectName("closing-bar")
        self.setAccessibleName(translate("Closing", "End of the session"))
        self.state = QLabel(self)
        self.next_steps = _button(
            self, "timer-next-steps", translate("Closing", "Next steps…"),
            self.next_steps_requested.emit,
        )
        self.close_session = _button(
            self, "timer-close-session", translate("Closing", "Close the session…"),
            self.ask_close,
        )
        self.reopen_session = _button(
            self, "timer-reopen-session", translate("Closing", "Reopen the session"),
            lambda: reopen(self, self.workshop, self.session_id),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.state, 1)
        for button in (self.next_steps, self.close_session, self.reopen_session):
            layout.addWidget(button)
        self.refresh()

    def ask_close(self) -> QMessageBox:
        return ask_close(self, self.workshop, self.session_id, self.closed.emit)

    def at_the_end(self) -> bool:
        """The Closing phase, or the agenda's last phase, is current (running or finished)."""
        current = self.workshop.agenda.current(self.session_id)
        if current is None:
            return False
        phases = self.workshop.agenda.phases(self.session_id)
        return current.kind is PhaseKind.CLOSING or current.id == phases[-1].id

    def refresh(self) -> None:
        status = self.workshop.sessions.get(self.session_id).status
        closed = status is SessionStatus.CLOSED
        self.setVisible(closed or (status is SessionStatus.LIVE and self.at_the_end()))
        self.state.setText(
            translate("Closing", "The session is closed.") if closed
            else translate("Closing", "Last phase: write the next steps, then close.")
        )
        self.close_session.setVisible(not closed)
        self.reopen_session.setVisible(closed)

    def on_change(self, event: ChangeEvent) -> None:
        if event.subject in (Subject.PHASE, Subject.SESSION):
            self.refresh()
