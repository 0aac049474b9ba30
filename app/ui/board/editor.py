"""Writing a note in place: a plain-text editor laid over the note on the board.

Under it, the count of characters shows while typing; a note that is too long is not thrown
away: the editor stays open with the text, says by how much, and keeps it once shortened.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMoveEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.core.text_rules import NOTE_LIMIT
from app.ui.board.capture import counter_label, show_count


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
        self.counter = counter_label(parent)
        self.counter.setAutoFillBackground(True)
        self.counter.setStyleSheet("background: #FFFFFF;")
        self.textChanged.connect(self.fits)
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)
        self.fits()

    def fits(self) -> bool:
        """Whether the text can be kept; the counter under the editor says so."""
        fits = show_count(self.counter, len(self.toPlainText().strip()), NOTE_LIMIT)
        self.counter.adjustSize()
        self._place_counter()
        return fits

    def _place_counter(self) -> None:
        width = max(self.width(), 240)
        self.counter.setFixedWidth(width)
        self.counter.adjustSize()
        self.counter.move(self.x(), self.y() + self.height() + 2)
        self.counter.raise_()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.counter.show()
        self._place_counter()

    def moveEvent(self, event: QMoveEvent) -> None:  # noqa: N802 (Qt override)
        super().moveEvent(event)
        self._place_counter()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_counter()

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

    def keep(self) -> bool:
        """Keep the text (the editor closes) — unless it is too long: then nothing is lost,
        the editor stays open and says why. Returns whether it was kept."""
        if self._done:
            return True
        if not self.fits():
            return False
        self._done = True
        self.finished.emit(self.toPlainText())
        self._close()
        return True

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()
            self._close()

    def _close(self) -> None:
        self.counter.deleteLater()
        self.deleteLater()
