"""The Outcomes tab, for closing: each expectation marked met, partly met, not met or out of
the city's competence (linked to its parking-lot item), the counts by group, and the ideas that
bridge local actors and newcomers at the share the facilitator sets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.bridging import session_bridging
from app.core.events import ChangeEvent, Subject
from app.core.expectations import MarkedExpectation, Outcome
from app.core.model import Group
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.follow_up import words
from app.ui.messages import attempt
from app.ui.when_shown import WhenShown

translate = QCoreApplication.translate
WATCHED = frozenset({Subject.EXPECTATION, Subject.NOTE, Subject.SESSION, Subject.ROUND,
                     Subject.DOTS, Subject.ACTION, Subject.COMMITMENT})


def panel_title() -> str:
    return translate("FollowUp", "Outcomes")


def group_name(value: str) -> str:
    try:
        return labels.group(Group(value))
    except ValueError:
        return value


class OutcomesPanel(QWidget):
    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomesPanel")
        self.workshop = workshop
        self.session_id = session_id
        self.marked: list[MarkedExpectation] = []
        self.setAccessibleName(panel_title())
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(translate("FollowUp", "Expectations and their outcome"))
        self.table.setHorizontalHeaderLabels([
            translate("FollowUp", "What people came for"), translate("FollowUp", "Outcome"),
            translate("FollowUp", "Where it went")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(translate("FollowUp", "Outcome"))
        self.outcome.addItem(words.outcome(None), "")
        for value in Outcome:
            self.outcome.addItem(words.outcome(value), value.value)
        self.parking = QComboBox(self)
        self.parking.setAccessibleName(translate("FollowUp", "Its parking-lot item"))
        self.outcome.currentIndexChanged.connect(lambda _i: self._parking_needed())
        mark = QPushButton(translate("FollowUp", "Mark the selected expectation"), self)
        mark.clicked.connect(self.mark_current)
        row = QHBoxLayout()
        row.addWidget(self.outcome, 1)
        row.addWidget(self.parking, 2)
        row.addWidget(mark)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("FollowUp", "Counts by outcome and group"))
        # Bridging ideas.
        self.share = QSpinBox(self)
        self.share.setAccessibleName(translate("FollowUp", "Bridging share"))
        self.share.setRange(1, 100)
        self.share.setSuffix(" %")
        self.share.setValue(round(workshop.bridging.get(session_id) * 100))
        self.share.editingFinished.connect(self.set_share)
        self.bridges = QListWidget(self)
        self.bridges.setAccessibleName(translate("FollowUp", "Ideas that bridge the groups"))
        bridging = QGroupBox(translate("FollowUp", "Ideas that bridge the groups"), self)
        form = QFormLayout(bridging)
        form.addRow(translate("FollowUp", "Share of each group's dots, at least:"), self.share)
        form.addRow(self.bridges)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(bridging, 2)
        self._later = WhenShown(self, self.reload)
        self.reload()

    def on_change(self, event: ChangeEvent) -> None:
        if event.subject in WATCHED:
            self._later.changed()  # every expectation and vote read again: only when shown

    def reload(self) -> None:
        row = self.table.currentRow()
        self.marked = self.workshop.expectations.marked(self.session_id)
        self.table.setRowCount(len(self.marked))
        for index, item in enumerate(self.marked):
            where = ""
            if item.outcome is Outcome.OUT_OF_COMPETENCE:
                parts = [labels.own_direction(item.parking_text)]
                if item.competence is not None:
                    parts.append(labels.competence(item.competence))
                if item.forwarded_to:
                    parts.append(labels.own_direction(item.forwarded_to))
                where = " · ".join(parts)
            for column, text in enumerate((labels.own_direction(item.text),
                                           words.outcome(item.outcome), where)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if 0 <= row < len(self.marked):
            self.table.setCurrentCell(row, 0)
        self.parking.clear()
        for parked in self.workshop.board.parking_lot(self.session_id):
            self.parking.addItem(labels.own_direction(parked.text), parked.note_id)
        self._parking_needed()
        self.show_counts()
        self.show_bridges()

    def _parking_needed(self) -> None:
        self.parking.setEnabled(self.outcome.currentData() == Outcome.OUT_OF_COMPETENCE.value)

    def show_counts(self) -> None:
        table = self.workshop.expectations.table(self.session_id)
        lines = []
        for key, count in sorted(table.counts.items(), key=lambda kv: kv[0] == ""):
            label = words.outcome(Outcome(key) if key else None)
            split = " · ".join(f"{group_name(g)} {n}" for g, n in table.by_group.get(
                key, {}).items())
            lines.append(labels.colon(label, count) + (f" ({split})" if split else ""))
        if table.suppressed_groups:
            lines.append(translate("FollowUp", "Not shown by group, fewer than 5 people: "
                                   "{groups}").format(groups=", ".join(
                                       group_name(g) for g in table.suppressed_groups)))
        self.summary.setText("\n".join(lines))

    def show_bridges(self) -> None:
        self.bridges.clear()
        for found in session_bridging(self.workshop, self.session_id):
            title = labels.own_direction(found.title)
            if not found.bridging.computed:
                self.bridges.addItem(translate(
                    "FollowUp", "{round}: not computed, a group had fewer than 5 voters").format(
                        round=title))
            elif not found.bridging.items:
                self.bridges.addItem(translate(
                    "FollowUp", "{round}: no idea reached this share in both groups").format(
                        round=title))
            for item_id in found.bridging.items:
                shares = found.bridging.shares[item_id]
                self.bridges.addItem(translate(
                    "FollowUp", "{idea} — local actors {local} %, newcomers {newcomers} %").format(
                        idea=labels.own_direction(found.texts[item_id]),
                        local=round(shares["local_actor"] * 100),
                        newcomers=round(shares["newcomer"] * 100)))

    def _try(self, change: Callable[[], object]) -> bool:
        return attempt(self, change)

    def mark_current(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.marked):
            return False
        value = self.outcome.currentData()
        outcome = Outcome(value) if value else None
        parking = self.parking.currentData() if outcome is Outcome.OUT_OF_COMPETENCE else None
        note_id = self.marked[row].note_id
        return self._try(lambda: self.workshop.expectations.mark(
            self.session_id, note_id, outcome, parking))

    def set_share(self) -> bool:
        share = self.share.value() / 100
        if abs(share - self.workshop.bridging.get(self.session_id)) < 1e-9:
            return True
        return self._try(lambda: self.workshop.bridging.set(self.session_id, share))
