"""Writing a note in place: a plain-text editor laid over the note on the board."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class NoteEditor(QPlainTextEdit):
    """Enter keeps the text, Shift+Enter starts a new line, Escape leaves it unchanged."""

    finished = Signal(str)  # the text, when kept
    cancelled = Signal()

    def __init__(self, parent: QWidget, text: str = "") -> None:
        super().__init__(parent)
        self.setPlainText(text)
        self.setAccessibleName(QCoreApplication.translate("Board", "Note text"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "Board", "Enter keeps the note, Shift+Enter starts a new line, Escape cancels."
            )
        )
        self.setStyleSheet(
            "QPlainTextEdit { background: #FFFBE0; color: #111; "
            "border: 3px solid #1D4ED8; font-size: 16px; }"
        )
        self._done = False
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.keep()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.keep()

    def keep(self) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(self.toPlainText())
            self.deleteLater()

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()
            self.deleteLater()
