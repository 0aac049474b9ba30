"""Next steps of the Lab (what happens after it, who, by when), typed during the Closing phase.

Saved through the core a moment after typing stops and when the field loses focus; a text that
the core refuses stays in the field with the reason beside it, never lost. The projector's
closing page and the minutes show what is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.text_rules import FIELD_LIMIT
from app.core.workshop import Workshop
from app.ui.messages import error_text

translate = QCoreApplication.translate
SAVE_AFTER_MS = 800


class NextStepsEditor(QWidget):
    saved = Signal(str)  # the text as stored

    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.heading = QLabel(translate("NextSteps", "Next steps"), self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.hint = QLabel(
            translate("NextSteps", "What happens after the Lab, who does it, and by when. "
                      "Shown on the projector's closing page and in the minutes."),
            self,
        )
        self.hint.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("next-steps")
        self.text.setAccessibleName(translate("NextSteps", "Next steps"))
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(workshop.sessions.get(session_id).next_steps)
        self.text.setMinimumHeight(70)
        self.counter = QLabel(self)
        self.counter.setObjectName("next-steps-counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignTrailing)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B91C1C;")
        self.problem.hide()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SAVE_AFTER_MS)
        self.debounce.timeout.connect(self.save)
        self.text.textChanged.connect(self._typed)
        self.text.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.counter)
        layout.addWidget(self.problem)
        self._count()

    def _count(self) -> None:
        length = len(self.text.toPlainText())
        self.counter.setText(
            translate("NextSteps", "{count} / {limit} characters").format(
                count=length, limit=FIELD_LIMIT
            )
        )
        self.counter.setStyleSheet("color: #B91C1C;" if length > FIELD_LIMIT else "")

    def _typed(self) -> None:
        self._count()
        self.debounce.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self.save()
        return super().eventFilter(watched, event)

    def save(self) -> bool:
        """Store the text now (if it changed); a refusal keeps it in the field and says why."""
        self.debounce.stop()
        typed = self.text.toPlainText()
        if typed.strip() == self.workshop.sessions.get(self.session_id).next_steps:
            self.problem.hide()
            return True
        try:
            stored = self.workshop.sessions.update(self.session_id, next_steps=typed).next_steps
        except RuleError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            return False
        self.problem.hide()
        self.saved.emit(stored)
        return True

    def finish_editing(self) -> None:
        self.save()

    def on_change(self, event: ChangeEvent) -> None:
        """Another face changed the text (undo, another window): show it unless typing."""
        if event.subject is not Subject.SESSION or self.debounce.isActive():
            return
        stored = self.workshop.sessions.get(self.session_id).next_steps
        if stored != self.text.toPlainText() and not self.text.hasFocus():
            self.text.blockSignals(True)
            self.text.setPlainText(stored)
            self.text.blockSignals(False)
            self._count()
