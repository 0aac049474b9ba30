"""The agenda editor: phases with their kind, title and planned minutes; reorder, add, remove.

The actual start and end times the core records for the minutes are shown beside the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.agenda import MAX_MINUTES
from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import Phase, PhaseKind, SessionStatus
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.messages import confirm, show_error
from app.ui.table_model import Index, RecordTable

translate = QCoreApplication.translate

KIND, TITLE, MINUTES, STARTED, ENDED = range(5)


def clock_time(iso: str | None) -> str:
    """A stored UTC time as local hours and minutes."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    return moment.toLocalTime().toString("HH:mm") if moment.isValid() else iso


class AgendaModel(RecordTable[Phase]):
    numbered_rows = True

    def __init__(self, workshop: Workshop, session_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.current_id: int | None = None
        self.on_error: Callable[[RuleError], None] | None = None
        self.reload()

    @property
    def phases(self) -> list[Phase]:
        return self.rows

    def reload(self) -> None:
        phases = self.workshop.agenda.phases(self.session_id)
        current = self.workshop.agenda.current(self.session_id)
        self.current_id = current.id if current else None
        self.replace_rows(phases)

    def on_change(self, event: ChangeEvent) -> None:
        if event.subject in (Subject.PHASE, Subject.SESSION):
            self.reload()

    def headers(self) -> tuple[str, ...]:
        return (
            translate("Agenda", "Phase"),
            translate("Agenda", "Title"),
            translate("Agenda", "Planned minutes"),
            translate("Agenda", "Started"),
            translate("Agenda", "Ended"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (KIND, TITLE, MINUTES):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        phase = self.record(index)
        if phase is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                labels.phase_kind(phase.kind),
                labels.own_direction(phase.title),
                str(phase.planned_minutes),
                clock_time(phase.started_at),
                clock_time(phase.ended_at),
            )[column]
        if role == Qt.ItemDataRole.EditRole:
            return (
                phase.kind.value,
                phase.title,
                phase.planned_minutes,
                phase.started_at or "",
                phase.ended_at or "",
            )[column]
        if role == Qt.ItemDataRole.FontRole and phase.id == self.current_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return phase.id
        return None

    def setData(  # noqa: N802 (Qt override)
        self,
        index: Index,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        phase = self.rows[index.row()]
        try:
            if index.column() == KIND:
                self.workshop.agenda.update(phase.id, kind=PhaseKind(str(value)))
            elif index.column() == TITLE:
                self.workshop.agenda.update(phase.id, title=str(value))
            elif index.column() == MINUTES:
                self.workshop.agenda.update(phase.id, minutes=int(value))
            else:
                return False
        except (RuleError, ValueError) as error:
            if isinstance(error, RuleError) and self.on_error is not None:
                self.on_error(error)
            return False
        return True


class AgendaDelegate(QStyledItemDelegate):
    def createEditor(  # noqa: N802 (Qt override)
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> QWidget:
        if index.column() == KIND:
            box = QComboBox(parent)
            box.setAccessibleName(translate("Agenda", "Kind of phase"))
            for kind in PhaseKind:
                box.addItem(labels.phase_kind(kind), kind.value)
            box.setCurrentIndex(box.findData(index.data(Qt.ItemDataRole.EditRole)))
            return box
        if index.column() == MINUTES:
            spin = QSpinBox(parent)
            spin.setAccessibleName(translate("Agenda", "Planned minutes"))
            spin.setRange(1, MAX_MINUTES)
            spin.setValue(int(index.data(Qt.ItemDataRole.EditRole)))
            return spin
        return super().createEditor(parent, option, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802 (Qt override)
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class AgendaEditor(QWidget):
    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.setAccessibleName(translate("Agenda", "Agenda"))
        self.model = AgendaModel(workshop, session_id, self)
        self.model.on_error = lambda error: show_error(self, error)
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("Agenda", "Phases of the agenda"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(AgendaDelegate(self.table))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(translate("Agenda", "Kind of phase to add"))
        for kind in PhaseKind:
            self.kind.addItem(labels.phase_kind(kind), kind.value)
        self.total = QLabel(self)
        self.total.setAccessibleName(translate("Agenda", "Planned total"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.kind)
        for text, slot in (
            (translate("Agenda", "Add phase"), self.add),
            (translate("Agenda", "Remove phase"), self.remove),
            (translate("Agenda", "Move up"), lambda: self.move_phase(-1)),
            (translate("Agenda", "Move down"), lambda: self.move_phase(1)),
            (translate("Agenda", "Start this phase"), self.start),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.model.modelReset.connect(self._show_total)
        self._show_total()

    def _show_total(self) -> None:
        minutes = sum(p.planned_minutes for p in self.model.phases)
        self.total.setText(
            translate("Agenda", "Planned: {hours} h {minutes:02d}").format(
                hours=minutes // 60, minutes=minutes % 60
            )
        )

    def on_change(self, event: ChangeEvent) -> None:
        row = self.table.currentIndex().row()
        self.model.on_change(event)
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    def current_phase(self) -> Phase | None:
        row = self.table.currentIndex().row()
        return self.model.phases[row] if 0 <= row < len(self.model.phases) else None

    def _run(self, change: Callable[[], object]) -> None:
        try:
            change()
        except RuleError as error:
            show_error(self, error)

    def add(self) -> None:
        kind = PhaseKind(str(self.kind.currentData()))
        phase = self.current_phase()
        position = phase.position + 1 if phase else None
        self._run(lambda: self.workshop.agenda.add(self.session_id, kind, 15, position=position))

    def remove(self) -> None:
        phase = self.current_phase()
        if phase is not None:
            name = (labels.own_direction(phase.title) if phase.title
                    else labels.phase_kind(phase.kind))
            confirm(
                self,
                translate("Agenda", 'Remove the phase "{name}" from the agenda?').format(name=name),
                lambda: self._run(lambda: self.workshop.agenda.remove(phase.id)),
            )

    def move_phase(self, delta: int) -> None:
        phase = self.current_phase()
        if phase is None:
            return
        target = max(0, min(len(self.model.phases) - 1, phase.position + delta))
        self._run(lambda: self.workshop.agenda.move(phase.id, target))
        self.table.selectRow(target)

    def start(self) -> None:
        phase = self.current_phase()
        if phase is None:
            return
        if self.workshop.sessions.get(self.session_id).status is SessionStatus.CLOSED:
            show_error(self, RuleError("session_closed"))  # reopen it first
            return
        self._run(lambda: self.workshop.agenda.start(phase.id))
