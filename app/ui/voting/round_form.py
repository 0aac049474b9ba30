"""Setting up a dot-vote round: on ideas or themes, dots per person, cap per item, secret or
open, counts hidden until revealed or shown live, an optional timer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import RoundTarget
from app.core.voting import MAX_DOTS
from app.core.workshop import Workshop
from app.ui.keyed_rows import ID_ROLE, KeyedRows
from app.ui.messages import show_error
from app.ui.retranslation import Retranslation, set_row_label
from app.ui.voting.round_items import candidates, named_candidates

translate = QCoreApplication.translate


class QuestionEdit(QLineEdit):
    """A line edit that offers its default as placeholder and uses it when left empty."""

    def __init__(self, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default = default
        self.setPlaceholderText(default)
        self.setMaxLength(120)

    def text_or_default(self) -> str:
        return self.text().strip() or self.default


class RoundForm(QWidget):
    created = Signal(int)  # round id

    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        form = QFormLayout(self)
        self.title = QuestionEdit(
            translate("RoundForm", "Which ideas should we take forward?"), self
        )
        self.target = QComboBox(self)
        self.target.addItem(translate("RoundForm", "Ideas (sticky notes)"), RoundTarget.NOTES.value)
        self.target.addItem(translate("RoundForm", "Themes"), RoundTarget.THEMES.value)
        self.items = QListWidget(self)
        self.items.setAccessibleName(translate("RoundForm", "Items in the vote"))
        self.rows = KeyedRows(self.items)
        self.dots = QSpinBox(self)
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setValue(3)
        self.cap = QSpinBox(self)
        self.cap.setRange(1, MAX_DOTS)
        self.cap.setValue(2)
        self.secret = QCheckBox(
            translate("RoundForm", "Secret vote: who voted is kept apart from what was voted"), self
        )
        self.live = QCheckBox(
            translate("RoundForm", "Show the counts on the projector while people vote"), self
        )
        self.timer = QSpinBox(self)
        self.timer.setRange(0, 240)
        self.timer.setSpecialValueText(translate("RoundForm", "No timer"))
        self.timer.setSuffix(translate("RoundForm", " min"))
        self.create_button = QPushButton(translate("RoundForm", "Create the round"), self)
        self.create_button.clicked.connect(self.submit)
        self.dots.valueChanged.connect(lambda value: self.cap.setMaximum(value))
        self.target.currentIndexChanged.connect(lambda _index: self.reload())
        form.addRow(translate("RoundForm", "Question"), self.title)
        form.addRow(translate("RoundForm", "Vote on"), self.target)
        form.addRow(translate("RoundForm", "Items"), self.items)
        form.addRow(translate("RoundForm", "Dots per person"), self.dots)
        form.addRow(translate("RoundForm", "At most per item"), self.cap)
        form.addRow("", self.secret)
        form.addRow("", self.live)
        form.addRow(translate("RoundForm", "Timer"), self.timer)
        form.addRow("", self.create_button)
        self.form = form
        Retranslation(self, self.retranslate)
        self._name_controls()
        self.reload()

    def retranslate(self) -> None:
        """After a language switch: labels and choices again; what is typed or ticked stays."""
        default = translate("RoundForm", "Which ideas should we take forward?")
        self.title.default = default
        self.title.setPlaceholderText(default)
        self.target.setItemText(0, translate("RoundForm", "Ideas (sticky notes)"))
        self.target.setItemText(1, translate("RoundForm", "Themes"))
        self.items.setAccessibleName(translate("RoundForm", "Items in the vote"))
        self.secret.setText(
            translate("RoundForm", "Secret vote: who voted is kept apart from what was voted"))
        self.live.setText(
            translate("RoundForm", "Show the counts on the projector while people vote"))
        self.timer.setSpecialValueText(translate("RoundForm", "No timer"))
        self.timer.setSuffix(translate("RoundForm", " min"))
        self.create_button.setText(translate("RoundForm", "Create the round"))
        for field, text in ((self.title, translate("RoundForm", "Question")),
                            (self.target, translate("RoundForm", "Vote on")),
                            (self.items, translate("RoundForm", "Items")),
                            (self.dots, translate("RoundForm", "Dots per person")),
                            (self.cap, translate("RoundForm", "At most per item")),
                            (self.timer, translate("RoundForm", "Timer"))):
            set_row_label(self.form, field, text)

    def _name_controls(self) -> None:
        """Names the rehearsal test finds the form's controls by."""
        for widget, name in (
            (self.title, "round-title"),
            (self.target, "round-target"),
            (self.items, "round-items"),
            (self.dots, "round-dots"),
            (self.cap, "round-cap"),
            (self.secret, "round-secret"),
            (self.live, "round-live"),
            (self.timer, "round-timer"),
            (self.create_button, "round-create"),
        ):
            widget.setObjectName(name)

    def chosen_target(self) -> RoundTarget:
        return RoundTarget(str(self.target.currentData()))

    def reload(self) -> None:
        """List what can be voted on now (all ticked); kept ticks survive a reload."""
        unticked = {
            int(self.items.item(i).data(ID_ROLE))
            for i in range(self.items.count())
            if self.items.item(i).checkState() is Qt.CheckState.Unchecked
        }
        self.rows.clear()
        for item_id, text in candidates(
            self.workshop, self.session_id, self.chosen_target()
        ).items():
            self._put(item_id, text, ticked=item_id not in unticked)

    def on_change(self, event: ChangeEvent) -> None:
        """Put, change or drop only the ideas (or themes) the event names; a new one comes
        ticked, the ticks of the others stay."""
        wanted = Subject.THEME if self.chosen_target() is RoundTarget.THEMES else Subject.NOTE
        if event.subject is not wanted:
            return
        if not event.ids:  # "all of them"
            self.reload()
            return
        found = named_candidates(self.workshop, self.session_id, self.chosen_target(),
                                 event.ids)
        for item_id in event.ids:
            text = found.get(item_id)
            if text is None:
                self.rows.drop(item_id)
            else:
                self._put(item_id, text, ticked=True)

    def _put(self, item_id: int, text: str, *, ticked: bool) -> None:
        row, new = self.rows.put(item_id, " ".join(text.split()))
        if new:
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def chosen_items(self) -> list[int]:
        return [
            int(self.items.item(i).data(ID_ROLE))
            for i in range(self.items.count())
            if self.items.item(i).checkState() is Qt.CheckState.Checked
        ]

    def submit(self) -> int | None:
        try:
            vote_round = self.workshop.voting.create(
                self.session_id,
                self.title.text_or_default(),
                self.chosen_target(),
                self.chosen_items(),
                dots_per_person=self.dots.value(),
                cap_per_item=self.cap.value(),
                secret=self.secret.isChecked(),
                show_live=self.live.isChecked(),
                timer_minutes=self.timer.value() or None,
            )
        except RuleError as error:
            show_error(self, error)
            return None
        self.created.emit(vote_round.id)
        return vote_round.id
