"""Entering paper dots: the count of physical stickers per item and per group, while the round
is open. Each entry replaces the last count for that item and group, and is audit-logged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import RuleError
from app.core.model import Group, RoundStatus
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.messages import show_error
from app.ui.voting.round_items import item_texts

translate = QCoreApplication.translate

PAPER_GROUPS = (Group.LOCAL_ACTOR, Group.NEWCOMER)


class PaperDotsForm(QWidget):
    recorded = Signal()

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.round_id: int | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel(
            translate(
                "PaperDots",
                "Count the paper dot stickers on each item, per group, and enter "
                "the counts before closing the round.",
            ),
            self,
        )
        self.hint.setWordWrap(True)
        form = QFormLayout()
        self.item = QComboBox(self)
        self.item.setAccessibleName(translate("PaperDots", "Item"))
        self.group = QComboBox(self)
        for group in PAPER_GROUPS:
            self.group.addItem(labels.group(group), group.value)
        self.count = QSpinBox(self)
        self.count.setRange(0, 10_000)
        self.count.setAccessibleName(translate("PaperDots", "Number of paper dots"))
        self.record = QPushButton(translate("PaperDots", "Record the paper dots"), self)
        self.record.clicked.connect(self.submit)
        form.addRow(translate("PaperDots", "Item"), self.item)
        form.addRow(translate("PaperDots", "Group"), self.group)
        form.addRow(translate("PaperDots", "Paper dots"), self.count)
        form.addRow("", self.record)
        self.entered = QListWidget(self)
        self.entered.setAccessibleName(translate("PaperDots", "Paper dots entered so far"))
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("PaperDots", "Entered so far:"), self))
        layout.addWidget(self.entered, 1)
        self.set_round(None)

    def set_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.item.clear()
        self.entered.clear()
        if round_id is None:
            self.setEnabled(False)
            return
        vote_round = self.workshop.voting.get(round_id)
        texts = item_texts(self.workshop, vote_round)
        for item_id, text in texts.items():
            self.item.addItem(" ".join(text.split())[:80], item_id)
        for (item_id, group), count in self.workshop.voting.paper_counts(round_id).items():
            line = (
                f"{' '.join(texts.get(item_id, '').split())[:60]} · {labels.group(group)}: {count}"
            )
            self.entered.addItem(line)
        self.setEnabled(vote_round.status is RoundStatus.OPEN)

    def submit(self) -> bool:
        if self.round_id is None:
            return False
        try:
            self.workshop.voting.set_paper_dots(
                self.round_id,
                int(self.item.currentData()),
                Group(str(self.group.currentData())),
                self.count.value(),
            )
        except RuleError as error:
            show_error(self, error)
            return False
        current = self.item.currentIndex()
        self.set_round(self.round_id)
        self.item.setCurrentIndex(current)
        self.recorded.emit()
        return True
