"""The parking lot: demands the city cannot act on, with who can and where they are sent.

Each item shows its level of competence and where it is forwarded; both can be edited in the
table (double-click or F2) or through a dialog from the board.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.board import parking_item
from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import Competence, Note, ParkingLotItem
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.messages import show_error
from app.ui.table_model import Index, RecordTable

translate = QCoreApplication.translate
TEXT, COMPETENCE, FORWARDED = range(3)


def competence_box(parent: QWidget, current: Competence) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(translate("ParkingLot", "Level of competence"))
    for level in Competence:
        box.addItem(labels.competence(level), level.value)
    box.setCurrentIndex(list(Competence).index(current))
    return box


class ParkingLotModel(RecordTable[ParkingLotItem]):
    def __init__(self, workshop: Workshop, session_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.on_error: Callable[[RuleError], None] | None = None
        self.reload()

    def reload(self) -> None:
        fresh = self.workshop.board.parking_lot(self.session_id)
        if [i.note_id for i in fresh] == [i.note_id for i in self.rows] and fresh:
            self.rows = fresh
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, 2))
            return
        self.replace_rows(fresh)

    def on_change(self, event: ChangeEvent) -> None:
        """Only the notes the event names are read again (none named: all of them)."""
        if event.subject is not Subject.NOTE:
            return
        if not event.ids:
            self.reload()
            return
        found = self.workshop.board.notes_by_id(event.ids)
        self.put_records(
            {i: parking_item(found[i]) if i in found else None for i in event.ids},
            key=lambda item: item.note_id)

    def headers(self) -> tuple[str, ...]:
        return (
            translate("ParkingLot", "Demand"),
            translate("ParkingLot", "Level of competence"),
            translate("ParkingLot", "Forwarded to"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COMPETENCE, FORWARDED):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.record(index)
        if item is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COMPETENCE:
                return labels.competence(item.competence)
            written = item.text if column == TEXT else item.forwarded_to
            if role == Qt.ItemDataRole.ToolTipRole:
                return labels.plain_tooltip(written)  # escaped: a note's markup stays text
            return labels.own_direction(written)
        if role == Qt.ItemDataRole.EditRole:
            return (item.text, item.competence.value, item.forwarded_to)[column]
        if role == Qt.ItemDataRole.UserRole:
            return item.note_id
        return None

    def setData(  # noqa: N802 (Qt override)
        self,
        index: Index,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self.rows[index.row()]
        competence, forwarded = item.competence, item.forwarded_to
        if index.column() == COMPETENCE:
            competence = Competence(str(value))
        elif index.column() == FORWARDED:
            forwarded = str(value)
        else:
            return False
        try:
            self.workshop.board.set_parking(item.note_id, competence, forwarded)
        except RuleError as error:
            if self.on_error is not None:
                self.on_error(error)
            return False
        return True


class CompetenceDelegate(QStyledItemDelegate):
    def createEditor(  # noqa: N802 (Qt override)
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> QWidget:
        return competence_box(parent, Competence(str(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802 (Qt override)
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ParkingLotPanel(QWidget):
    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ParkingLot", "Parking lot"))
        self.model = ParkingLotModel(workshop, session_id, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("ParkingLot", "Parking lot items"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COMPETENCE, CompetenceDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(
            COMPETENCE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            FORWARDED, QHeaderView.ResizeMode.Stretch
        )
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        self.model.on_error = lambda error: show_error(self, error)
        hint = QLabel(
            translate(
                "ParkingLot",
                "Demands the city cannot act on are kept here with the level of "
                "government that can, and where they are forwarded. Double-click "
                "or press F2 to change them.",
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)

    def on_change(self, event: ChangeEvent) -> None:
        self.model.on_change(event)


class ParkingDialog(QDialog):
    """Competence and forwarding of one parking-lot note (from the board)."""

    def __init__(self, note: Note, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ParkingLot", "Competence and forwarding"))
        text = QLabel(labels.own_direction(note.text), self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.level = competence_box(self, note.competence or Competence.OTHER)
        self.forwarded = QLineEdit(note.forwarded_to, self)
        self.forwarded.setAccessibleName(translate("ParkingLot", "Forwarded to"))
        self.forwarded.setMaxLength(200)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(text)
        form.addRow(translate("ParkingLot", "Level of competence"), self.level)
        form.addRow(translate("ParkingLot", "Forwarded to"), self.forwarded)
        form.addRow(buttons)

    @classmethod
    def edit(cls, workshop: Workshop, note: Note, parent: QWidget) -> ParkingDialog:
        dialog = cls(note, parent)

        def keep() -> None:
            try:
                workshop.board.set_parking(
                    note.id, Competence(str(dialog.level.currentData())), dialog.forwarded.text()
                )
            except RuleError as error:
                show_error(parent, error)

        dialog.accepted.connect(keep)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
