"""Walk-ins at the facilitator's desk: people who joined from a phone "as someone new".

A setting makes them wait until let in (a phone clearing its cookies then gets no vote of its
own); the box shows how many new arrivals wait and how many were let in, and lets each waiting
one in or turns them away. A waiting phone shows "you will be let in" and goes on by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import Participant
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.live import LiveEvents, for_session
from app.ui.messages import show_error
from app.ui.when_shown import WhenShown

translate = QCoreApplication.translate


def walk_in_name(person: Participant) -> str:
    """Their chosen name (in its own direction) beside their pseudonym, as the Phones list."""
    if not person.display_name:
        return person.pseudonym
    return labels.own_direction(person.display_name) + f" \N{EN DASH} {person.pseudonym}"


class WalkInBox(QGroupBox):
    # How many wait to be let in, whenever that changes: told even while the box is hidden
    # (the workspace shows it on the tab's title), while the list is read only when shown.
    waiting_changed = Signal(int)

    def __init__(self, workshop: Workshop, session_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.setObjectName("walk-ins")
        column = QVBoxLayout(self)
        self.approval = QCheckBox(self)
        self.approval.setObjectName("walk-in-approval")
        self.approval.toggled.connect(self.set_approval)
        column.addWidget(self.approval)
        self.count = QLabel(self)
        self.count.setObjectName("walk-in-count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setWordWrap(True)
        column.addWidget(self.count)
        self.waiting = QListWidget(self)
        self.waiting.setObjectName("walk-ins-waiting")
        self.waiting.setMaximumHeight(120)
        column.addWidget(self.waiting)
        row = QHBoxLayout()
        self.admit = QPushButton(self)
        self.admit.setObjectName("walk-in-admit")
        self.admit.clicked.connect(lambda: self.decide(True))
        self.refuse = QPushButton(self)
        self.refuse.setObjectName("walk-in-refuse")
        self.refuse.clicked.connect(lambda: self.decide(False))
        row.addWidget(self.admit)
        row.addWidget(self.refuse)
        column.addLayout(row)
        self._admitted = 0
        self.waiting_count = 0
        self._later = WhenShown(self, self.refresh)
        self.live = LiveEvents(workshop.hub, self)
        self.live.changed.connect(for_session(session_id, self._on_event))
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(translate("WalkIns", "New arrivals from phones"))
        self.approval.setText(translate(
            "WalkIns", "People who join as someone new wait until I let them in"))
        self.waiting.setAccessibleName(translate("WalkIns", "New arrivals waiting"))
        self.admit.setText(translate("WalkIns", "Let in"))
        self.refuse.setText(translate("WalkIns", "Turn away"))
        self._show_count()

    def refresh(self) -> None:
        session = self.workshop.sessions.get(self.session_id)
        self.approval.blockSignals(True)
        self.approval.setChecked(session.walk_in_approval)
        self.approval.blockSignals(False)
        walk_ins = self.workshop.roster.walk_ins(self.session_id)
        row = self.waiting.currentRow()
        kept = self.waiting.item(row).data(Qt.ItemDataRole.UserRole) if row >= 0 else None
        self.waiting.clear()
        for person in walk_ins.waiting:
            item = QListWidgetItem(walk_in_name(person))  # a list item is plain text
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.waiting.addItem(item)
            if person.id == kept:
                self.waiting.setCurrentItem(item)
        if self.waiting.currentRow() < 0 and self.waiting.count():
            self.waiting.setCurrentRow(0)  # the one the buttons act on is always shown
        self._admitted = walk_ins.admitted
        self._show_count()
        self._tell_waiting(len(walk_ins.waiting))

    def _tell_waiting(self, count: int) -> None:
        if count != self.waiting_count:
            self.waiting_count = count
            self.waiting_changed.emit(count)

    def _show_count(self) -> None:
        waiting = self.waiting.count()
        self.count.setText(translate(
            "WalkIns", "Waiting to be let in: {waiting} · Let in: {admitted}").format(
                waiting=waiting, admitted=self._admitted))
        self.admit.setEnabled(waiting > 0)
        self.refuse.setEnabled(waiting > 0)

    def set_approval(self, on: bool) -> None:
        try:
            self.workshop.sessions.update(self.session_id, walk_in_approval=on)
        except RuleError as exc:
            show_error(self, exc)
            self.refresh()

    def decide(self, let_in: bool) -> None:
        """Let the chosen waiting walk-in in, or turn them away (their phone is told)."""
        if self.waiting.currentRow() < 0:
            return
        item = self.waiting.currentItem()
        person_id = int(item.data(Qt.ItemDataRole.UserRole))
        try:
            if let_in:
                self.workshop.roster.admit(person_id)
            else:
                self.workshop.roster.refuse(person_id)
        except RuleError as exc:
            show_error(self, exc)
        self.refresh()

    def _on_event(self, event: ChangeEvent) -> None:
        if event.subject in (Subject.PARTICIPANT, Subject.SESSION):
            self._later.changed()  # the list, read again only while it is shown
            if self._later.stale:
                self._tell_waiting(self.workshop.roster.waiting_count(self.session_id))
