"""The action planning panel: decisions and micro-experiments of the session."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.actions import ActionPlan
from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import Action, ActionKind
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.action_dialog import ActionDialog
from app.ui.labels import isolate
from app.ui.messages import confirm, show_error
from app.ui.next_steps import NextStepsEditor
from app.ui.table_model import Index, RecordTable

translate = QCoreApplication.translate


def _dates(action: Action) -> str:
    parts = []
    if action.start_date or action.end_date:
        start, end = isolate(action.start_date or "…"), isolate(action.end_date or "…")
        parts.append(isolate(f"{start} → {end}"))
    if action.review_date:
        parts.append(
            translate("ActionPlanning", "review {date}").format(date=isolate(action.review_date))
        )
    return " · ".join(parts)


def _criteria(action: Action) -> str:
    return "\n".join(
        translate("ActionPlanning", "{indicator}: {target} ({how})").format(
            indicator=c.indicator, target=c.target or "—", how=c.how_measured or "—"
        )
        for c in action.criteria
    )


class ActionsModel(RecordTable[Action]):
    def __init__(self, workshop: Workshop, session_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.reload()

    @property
    def actions(self) -> list[Action]:
        return self.rows

    def reload(self) -> None:
        self.replace_rows(self.workshop.actions.all(self.session_id))

    def on_change(self, event: ChangeEvent) -> None:
        if event.subject is Subject.ACTION:
            self.reload()

    def headers(self) -> tuple[str, ...]:
        return (
            translate("ActionPlanning", "Kind"),
            translate("ActionPlanning", "Title"),
            translate("ActionPlanning", "Owner role"),
            translate("ActionPlanning", "Evaluation criteria"),
            translate("ActionPlanning", "Dates"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        action = self.record(index)
        if action is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = (
                labels.action_kind(action.kind),
                labels.own_direction(action.title),
                labels.own_direction(action.owner_role),
                _criteria(action),
                _dates(action),
            )[index.column()]
            return labels.plain_tooltip(shown) if role == Qt.ItemDataRole.ToolTipRole else shown
        if role == Qt.ItemDataRole.UserRole:
            return action.id
        return None


class ActionsPanel(QWidget):
    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.setAccessibleName(translate("ActionPlanning", "Action planning"))
        self.model = ActionsModel(workshop, session_id, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("ActionPlanning", "Decisions and micro-experiments"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _index: self.edit())  # Enter or double-click
        buttons = QHBoxLayout()
        for text, slot in (
            (translate("ActionPlanning", "New decision…"), lambda: self.new(ActionKind.DECISION)),
            (
                translate("ActionPlanning", "New micro-experiment…"),
                lambda: self.new(ActionKind.EXPERIMENT),
            ),
            (translate("ActionPlanning", "Edit…"), self.edit),
            (translate("ActionPlanning", "Remove"), self.remove),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.next_steps = NextStepsEditor(workshop, session_id, self)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.next_steps, 1)

    def on_change(self, event: ChangeEvent) -> None:
        self.model.on_change(event)
        self.next_steps.on_change(event)

    def finish_editing(self) -> None:
        self.next_steps.finish_editing()

    def focus_next_steps(self) -> None:
        self.next_steps.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self) -> Action | None:
        row = self.table.currentIndex().row()
        return self.model.actions[row] if 0 <= row < len(self.model.actions) else None

    def new(self, kind: ActionKind) -> ActionDialog:
        known = {a.id for a in self.model.actions}
        dialog = ActionDialog.open_new(self.workshop, self.session_id, ActionPlan(kind, ""), self)
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, lambda: self._back_to_table(
            next((a.id for a in self.model.actions if a.id not in known), None))))
        return dialog

    def edit(self) -> ActionDialog | None:
        action = self.current()
        if action is None:
            return None
        dialog = ActionDialog.open_edit(self.workshop, action, self)
        dialog.finished.connect(
            lambda _r: QTimer.singleShot(0, lambda: self._back_to_table(action.id)))
        return dialog

    def _back_to_table(self, action_id: int | None) -> None:
        """After a dialog, the keyboard is back on the table, on the row just made or edited
        (not on the first button of the tab)."""
        if not shiboken6.isValid(self.table):
            return
        rows = [a.id for a in self.model.actions]
        row = rows.index(action_id) if action_id in rows else min(
            max(self.table.currentIndex().row(), 0), len(rows) - 1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.setFocus(Qt.FocusReason.PopupFocusReason)

    def remove(self) -> None:
        action = self.current()
        if action is None:
            return

        def remove() -> None:
            try:
                self.workshop.actions.remove(action.id)
            except RuleError as error:
                show_error(self, error)
            QTimer.singleShot(0, lambda: self._back_to_table(None))

        confirm(
            self,
            translate("ActionPlanning", 'Remove "{title}" from the actions?').format(
                title=labels.own_direction(action.title)
            ),
            remove,
        )
