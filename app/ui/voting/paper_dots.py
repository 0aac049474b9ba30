"""Entering paper dots: a grid of the round's items by group, one cell per count of physical
dot stickers. Typing a count records it at once (one audited operation per cell); it replaces
the last count for that item and group. Counts can be entered only while the round is open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.core.errors import RuleError
from app.core.model import Group, RoundStatus
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.messages import show_error
from app.ui.retranslation import Retranslation
from app.ui.table_model import Index, RecordTable
from app.ui.voting.round_items import item_texts

translate = QCoreApplication.translate

PAPER_GROUPS = (Group.LOCAL_ACTOR, Group.NEWCOMER)


class PaperDotsModel(RecordTable[tuple[int, str]]):
    """Rows: the round's items; columns: the item's text, then one count per voting group."""

    refused = Signal(object)  # RuleError
    recorded = Signal()
    numbered_rows = True

    def __init__(self, workshop: Workshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.round_id: int | None = None
        self.counts: dict[tuple[int, Group], int] = {}
        self.editable = False

    def set_round(self, round_id: int | None) -> None:
        items: list[tuple[int, str]] = []
        if round_id is None:
            self.counts, self.editable = {}, False
        else:
            vote_round = self.workshop.voting.get(round_id)
            texts = item_texts(self.workshop, vote_round)
            items = [(item_id, " ".join(texts[item_id].split())) for item_id in texts]
            self.counts = self.workshop.voting.paper_counts(round_id)
            self.editable = vote_round.status is RoundStatus.OPEN
        self.round_id = round_id
        self.replace_rows(items)

    def headers(self) -> list[str]:
        return [translate("PaperDots", "Item"), *(labels.group(g) for g in PAPER_GROUPS)]

    def _cell(self, index: Index) -> tuple[int, Group] | None:
        item = self.record(index)
        if item is None or not 1 <= index.column() <= len(PAPER_GROUPS):
            return None
        return item[0], PAPER_GROUPS[index.column() - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.record(index)
        if item is None:
            return None
        if index.column() == 0:  # what a person wrote: plain text, in its own direction
            if role == Qt.ItemDataRole.ToolTipRole:
                return labels.plain_tooltip(item[1])
            if role == Qt.ItemDataRole.DisplayRole:
                return labels.own_direction(item[1])
            return None
        cell = self._cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.counts.get(cell, 0)
        return None

    def setData(  # noqa: N802 (Qt override)
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        cell = self._cell(index)
        if cell is None or role != Qt.ItemDataRole.EditRole or self.round_id is None:
            return False
        try:
            count = int(value)
            self.workshop.voting.set_paper_dots(self.round_id, cell[0], cell[1], count)
        except (TypeError, ValueError):
            return False
        except RuleError as error:
            self.refused.emit(error)
            return False
        self.counts[cell] = count
        self.dataChanged.emit(index, index)
        self.recorded.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and self._cell(index) is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base


class PaperDotsForm(QWidget):
    recorded = Signal()

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        layout = QVBoxLayout(self)
        self.hint = QLabel(
            translate(
                "PaperDots",
                "Count the paper dot stickers on each item, per group, and type the counts "
                "before closing the round. Each count is recorded as soon as it is typed.",
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.model = PaperDotsModel(workshop, self)
        self.table = QTableView(self)
        self.table.setObjectName("paper-dots")
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("PaperDots", "Paper dots per item and group"))
        self.table.setEditTriggers(
            QTableView.EditTrigger.AllEditTriggers & ~QTableView.EditTrigger.CurrentChanged
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(PAPER_GROUPS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.model.refused.connect(lambda error: show_error(self, error))
        self.model.recorded.connect(self.recorded)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.set_round(None)
        Retranslation(self, self.retranslate)

    def retranslate(self) -> None:
        """After a language switch: the hint and the column titles; the counts stay."""
        self.hint.setText(translate(
            "PaperDots",
            "Count the paper dot stickers on each item, per group, and type the counts "
            "before closing the round. Each count is recorded as soon as it is typed.",
        ))
        self.table.setAccessibleName(translate("PaperDots", "Paper dots per item and group"))
        columns = self.model.columnCount()
        if columns:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)

    @property
    def round_id(self) -> int | None:
        return self.model.round_id

    def set_round(self, round_id: int | None) -> None:
        self.model.set_round(round_id)
        self.table.setEnabled(self.model.editable)

    def enter(self, item_row: int, group: Group, count: int) -> bool:
        """Type ``count`` in the cell of item ``item_row`` and ``group`` (as a person would)."""
        column = 1 + PAPER_GROUPS.index(group)
        return self.model.setData(self.model.index(item_row, column), count)
