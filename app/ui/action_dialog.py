"""Writing a decision or a micro-experiment: owner role, evaluation criteria and dates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.actions import ActionPlan
from app.core.errors import RuleError
from app.core.model import Action, ActionKind
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.accessibility import label_choice_boxes
from app.ui.messages import show_error

translate = QCoreApplication.translate


class DateField(QWidget):
    """A date that may be left open: a tick box and a calendar field."""

    def __init__(self, name: str, value: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.enabled.setAccessibleName(
            translate("ActionPlanning", "{name} is set").format(name=name)
        )
        self.date = QDateEdit(self)
        self.date.setAccessibleName(name)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(
            QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate.currentDate()
        )
        self.enabled.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        self.enabled.toggled.connect(self.date.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.date, 1)

    def value(self) -> str | None:
        if not self.enabled.isChecked():
            return None
        return self.date.date().toString(Qt.DateFormat.ISODate)


class ActionDialog(QDialog):
    def __init__(
        self, plan: ActionPlan, save: Callable[[ActionPlan], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.save = save
        self.setWindowTitle(translate("ActionPlanning", "Action"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(translate("ActionPlanning", "Kind of action"))
        for kind in ActionKind:
            self.kind.addItem(labels.action_kind(kind), kind.value)
        self.kind.setCurrentIndex(list(ActionKind).index(plan.kind))
        self.title = QLineEdit(plan.title, self)
        self.title.setAccessibleName(translate("ActionPlanning", "Title"))
        self.title.setMaxLength(200)
        self.description = QPlainTextEdit(plan.description, self)
        self.description.setAccessibleName(translate("ActionPlanning", "Description"))
        self.owner = QLineEdit(plan.owner_role, self)
        self.owner.setAccessibleName(translate("ActionPlanning", "Owner role"))
        self.owner.setPlaceholderText(
            translate("ActionPlanning", "A role, not a person: e.g. the city's welcome desk")
        )
        self.start = DateField(translate("ActionPlanning", "Start date"), plan.start_date, self)
        self.end = DateField(translate("ActionPlanning", "End date"), plan.end_date, self)
        self.review = DateField(translate("ActionPlanning", "Review date"), plan.review_date, self)
        self.criteria = QTableWidget(0, 3, self)
        self.criteria.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.criteria.setAccessibleName(translate("ActionPlanning", "Evaluation criteria"))
        self.criteria.setHorizontalHeaderLabels(
            [
                translate("ActionPlanning", "Indicator"),
                translate("ActionPlanning", "Target"),
                translate("ActionPlanning", "How measured"),
            ]
        )
        self.criteria.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row in plan.criteria:
            self.add_criterion(*row)
        add = QPushButton(translate("ActionPlanning", "Add criterion"), self)
        add.setAccessibleName(translate("ActionPlanning", "Add criterion"))
        add.clicked.connect(lambda: self.add_criterion())
        remove = QPushButton(translate("ActionPlanning", "Remove criterion"), self)
        remove.setAccessibleName(translate("ActionPlanning", "Remove criterion"))
        remove.clicked.connect(self.remove_criterion)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("ActionPlanning", "Kind"), self.kind)
        form.addRow(translate("ActionPlanning", "Title"), self.title)
        form.addRow(translate("ActionPlanning", "Description"), self.description)
        form.addRow(translate("ActionPlanning", "Owner role"), self.owner)
        form.addRow(translate("ActionPlanning", "Start date"), self.start)
        form.addRow(translate("ActionPlanning", "End date"), self.end)
        form.addRow(translate("ActionPlanning", "Review date"), self.review)
        criteria_buttons = QHBoxLayout()
        criteria_buttons.addWidget(add)
        criteria_buttons.addWidget(remove)
        criteria_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.criteria)
        layout.addLayout(criteria_buttons)
        layout.addWidget(buttons)
        label_choice_boxes(self)
        self.resize(720, 640)

    def add_criterion(self, indicator: str = "", target: str = "", how: str = "") -> None:
        row = self.criteria.rowCount()
        self.criteria.insertRow(row)
        for column, text in enumerate((indicator, target, how)):
            self.criteria.setItem(row, column, QTableWidgetItem(text))

    def remove_criterion(self) -> None:
        row = self.criteria.currentRow()
        if row >= 0:
            self.criteria.removeRow(row)

    def result_plan(self) -> ActionPlan:
        rows = []
        for row in range(self.criteria.rowCount()):
            cells = [self.criteria.item(row, c) for c in range(3)]
            texts = tuple(cell.text() if cell else "" for cell in cells)
            if any(t.strip() for t in texts):
                rows.append((texts[0], texts[1], texts[2]))
        return ActionPlan(
            kind=ActionKind(str(self.kind.currentData())),
            title=self.title.text(),
            description=self.description.toPlainText(),
            owner_role=self.owner.text(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            review_date=self.review.value(),
            criteria=tuple(rows),
            source_note_id=self.plan.source_note_id,
            source_theme_id=self.plan.source_theme_id,
        )

    def accept(self) -> None:
        """Save; a refused plan keeps the dialog open with the reason."""
        try:
            self.save(self.result_plan())
        except RuleError as error:
            show_error(self, error)
            return
        super().accept()

    @classmethod
    def open_new(
        cls, workshop: Workshop, session_id: int, plan: ActionPlan, parent: QWidget
    ) -> ActionDialog:
        dialog = cls(plan, lambda p: workshop.actions.add(session_id, p), parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @classmethod
    def open_edit(cls, workshop: Workshop, action: Action, parent: QWidget) -> ActionDialog:
        plan = ActionPlan(
            kind=action.kind,
            title=action.title,
            description=action.description,
            owner_role=action.owner_role,
            start_date=action.start_date,
            end_date=action.end_date,
            review_date=action.review_date,
            criteria=tuple((c.indicator, c.target, c.how_measured) for c in action.criteria),
            source_note_id=action.source_note_id,
            source_theme_id=action.source_theme_id,
        )
        dialog = cls(plan, lambda p: workshop.actions.update(action.id, p), parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
