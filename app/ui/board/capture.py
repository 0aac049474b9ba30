"""Writing many notes at once and merging two: "Paste notes…" for paper notes typed or pasted
(each line a note) and "Merge notes" for two that say the same thing.

Nothing typed is lost: a line that is too long is named with its length and the dialog stays
open; the count of characters shows while typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.board_tidy import pasted_lines
from app.core.model import Area
from app.core.text_rules import NOTE_LIMIT
from app.ui import labels
from app.ui.accessibility import label_choice_boxes
from app.ui.board.geometry import AREAS

translate = QCoreApplication.translate
OK_INK = "#1F2937"
WARNING_INK = "#B91C1C"


class BoardWording(QObject):
    """Board texts that count something, in each language's plural forms."""

    def notes_selected(self, n: int) -> str:
        return self.tr("%n note(s) selected", None, n)

    def notes_to_add(self, n: int) -> str:
        return self.tr("%n note(s) will be added.", None, n)


def count_text(length: int, limit: int = NOTE_LIMIT) -> tuple[str, bool]:
    """"123 / 280" while it fits; past the limit, how much too long it is. (text, fits)"""
    if length <= limit:
        return translate("Board", "{length} / {limit} characters").format(
            length=length, limit=limit), True
    return translate(
        "Board", "{length} / {limit} characters: {over} too many. Shorten it to keep it."
    ).format(length=length, limit=limit, over=length - limit), False


def counter_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("note-counter")
    label.setAccessibleName(translate("Board", "Characters"))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def show_count(label: QLabel, length: int, limit: int = NOTE_LIMIT) -> bool:
    text, fits = count_text(length, limit)
    label.setText(text)
    label.setStyleSheet(f"color: {OK_INK if fits else WARNING_INK};"
                        + ("" if fits else " font-weight: bold;"))
    return fits


class QuickCaptureDialog(QDialog):
    """Paste or type paper notes, one per line; each non-empty line becomes a note."""

    def __init__(self, area: Area, keep: Callable[[Area, list[str]], bool],
                 parent: QWidget | None = None) -> None:
        """``keep(area, lines)`` writes the notes and says whether it did (else the dialog
        stays open with everything typed)."""
        super().__init__(parent)
        self.setObjectName("quick-capture")
        title = translate("Board", "Paste notes")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._keep = keep
        hint = QLabel(translate(
            "Board", "Type or paste the notes, one per line. Each line becomes a note."), self)
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("quick-capture-text")
        self.text.setAccessibleName(translate("Board", "Notes, one per line"))
        self.text.setTabChangesFocus(True)
        self.area = QComboBox(self)
        self.area.setObjectName("quick-capture-area")
        self.area.setAccessibleName(translate("Board", "Area for these notes"))
        for each in AREAS:
            self.area.addItem(labels.area(each), each.value)
        self.area.setCurrentIndex(AREAS.index(area))
        self.summary = counter_label(self)
        self.summary.setObjectName("quick-capture-summary")
        self.summary.setAccessibleName(translate("Board", "What will be added"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Board", "Add the notes"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.area)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._check)
        label_choice_boxes(self)
        self.resize(560, 420)
        self._check()

    def lines(self) -> list[str]:
        return pasted_lines(self.text.toPlainText())

    def chosen_area(self) -> Area:
        return Area(str(self.area.currentData()))

    def _check(self) -> bool:
        lines = self.lines()
        too_long = [(i, len(line)) for i, line in enumerate(lines, start=1)
                    if len(line) > NOTE_LIMIT]
        if too_long:
            number, length = too_long[0]
            text = translate(
                "Board", "Line {number} is too long: {length} characters, at most {limit}. "
                "Shorten it or split it in two.").format(
                    number=number, length=length, limit=NOTE_LIMIT)
        else:
            text = BoardWording().notes_to_add(len(lines))
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {WARNING_INK if too_long else OK_INK};")
        fine = bool(lines) and not too_long
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(fine)
        return fine

    def accept(self) -> None:
        if self._check() and self._keep(self.chosen_area(), self.lines()):
            super().accept()


class MergeDialog(QDialog):
    """Two duplicate notes become one: their texts joined, to read and shorten if need be."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge-notes")
        title = translate("Board", "Merge notes")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        hint = QLabel(translate(
            "Board", "The two notes become one with this text. The other note leaves the "
            "board; Undo brings it back."), self)
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("merge-notes-text")
        self.text.setAccessibleName(translate("Board", "Text of the merged note"))
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(text)
        self.counter = counter_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Board", "Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.counter)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._check)
        self.resize(480, 320)
        self._check()

    def _check(self) -> bool:
        text = self.text.toPlainText().strip()
        fits = show_count(self.counter, len(text))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(fits and bool(text))
        return fits and bool(text)

    def accept(self) -> None:
        if self._check():
            super().accept()
