"""Search across the programme, above the list of sessions: every session's notes, parking-lot
items and actions, accents and Arabic harakat ignored. Choosing a result opens its session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Area
from app.core.search import ACTION, COMMITMENT, EXPERIMENT, Found, search
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.counts import counts
from app.ui.table_model import Index, RecordTable

translate = QCoreApplication.translate


def area_label(area: str) -> str:
    if area == ACTION:
        return translate("Search", "Action")
    if area == COMMITMENT:
        return translate("Search", "Commitment")
    if area == EXPERIMENT:
        return translate("Search", "Experiment")
    return labels.area(Area(area))


class FoundModel(RecordTable[Found]):
    """What was found: session, date, where it was written, and the words themselves."""

    def headers(self) -> tuple[str, ...]:
        return (translate("Search", "Session"), translate("Search", "Date"),
                translate("Search", "Where"), translate("Search", "Text"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.record(index)
        if found is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            mine = labels.own_direction  # written by people: each keeps its own direction
            text = " ".join(found.text.split())  # one line per result, plain text
            return (mine(found.session_title), found.date, area_label(found.area),
                    mine(text))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return labels.own_lines(found.text)
        if role == Qt.ItemDataRole.UserRole:
            return found.session_id
        return None


class ProgrammeSearch(QWidget):
    open_requested = Signal(int)

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.box = QLineEdit(self)
        self.box.setObjectName("programmeSearch")
        self.box.setClearButtonEnabled(True)
        for clear in self.box.findChildren(QToolButton):
            clear.setAccessibleName(translate("Search", "Clear the search"))
        self.box.setPlaceholderText(translate("Search", "Search the notes and actions of "
                                                        "every session…"))
        self.box.setAccessibleName(translate("Search", "Search every session"))
        self.box.textChanged.connect(self.run)
        self.box.returnPressed.connect(self.open_current)
        self.model = FoundModel(self)
        self.results = QTableView(self)
        self.results.setObjectName("programmeSearchResults")
        self.results.setAccessibleName(translate("Search", "Found in the sessions"))
        self.results.setModel(self.model)
        self.results.setTabKeyNavigation(False)
        self.results.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.results.activated.connect(lambda _index: self.open_current())
        self.summary = QLabel(self)
        self.summary.setObjectName("programmeSearchSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self.run("")

    def run(self, words: str) -> None:
        found = search(self.workshop.database, words) if words.strip() else []
        self.model.replace_rows(found)
        shown = bool(words.strip())
        self.results.setVisible(bool(found))
        self.summary.setVisible(shown)
        self.summary.setText(counts().search_results(len(found))
                             if found else translate("Search", "Nothing found."))
        if found:
            self.results.selectRow(0)

    def open_current(self) -> None:
        row = self.results.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            self.open_requested.emit(self.model.rows[row].session_id)
