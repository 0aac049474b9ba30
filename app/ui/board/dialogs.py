"""Small board dialogs: pick a theme for notes, name and colour a theme."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.model import NOTE_COLOURS, THEME_COLOURS, Theme
from app.ui import labels
from app.ui.accessibility import label_choice_boxes
from app.ui.board.capture import counter_label, show_count
from app.ui.counts import counts

translate = QCoreApplication.translate

NO_THEME = -1
THEME_NAME_LIMIT = 80


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def note_colour_names() -> dict[str, str]:
    names = (
        QCoreApplication.translate("Board", "Yellow"),
        QCoreApplication.translate("Board", "Orange"),
        QCoreApplication.translate("Board", "Green"),
        QCoreApplication.translate("Board", "Blue"),
        QCoreApplication.translate("Board", "Pink"),
        QCoreApplication.translate("Board", "Purple"),
    )
    return dict(zip(NOTE_COLOURS, names, strict=True))


def theme_colour_names() -> dict[str, str]:
    names = (
        QCoreApplication.translate("Board", "Blue"),
        QCoreApplication.translate("Board", "Green"),
        QCoreApplication.translate("Board", "Ochre"),
        QCoreApplication.translate("Board", "Red"),
        QCoreApplication.translate("Board", "Violet"),
        QCoreApplication.translate("Board", "Teal"),
    )
    return dict(zip(THEME_COLOURS, names, strict=True))


class ThemePicker(QDialog):
    """ "Move to theme…": the keyboard's way of doing what dragging onto a theme does."""

    def __init__(
        self, themes: list[Theme], count: int | None, parent: QWidget | None = None
    ) -> None:
        """``count`` notes to move; None: just pick one of the themes (to rename or delete)."""
        super().__init__(parent)
        title = translate("Board", "Move to theme") if count else translate("Board", "Which theme?")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.choices = QListWidget(self)
        self.choices.setAccessibleName(
            counts().theme_for(count)
            if count
            else translate("Board", "Themes")
        )
        for theme in themes:
            item = QListWidgetItem(swatch(theme.colour), labels.own_direction(theme.name))
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            self.choices.addItem(item)
        if count:
            none = QListWidgetItem(translate("Board", "No theme (take out of its theme)"))
            none.setData(Qt.ItemDataRole.UserRole, NO_THEME)
            self.choices.addItem(none)
        self.choices.setCurrentRow(0)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choices)
        layout.addWidget(buttons)

    def chosen(self) -> int | None:
        """The chosen theme id, or None for "no theme"."""
        item = self.choices.currentItem()
        value = int(item.data(Qt.ItemDataRole.UserRole)) if item else NO_THEME
        return None if value == NO_THEME else value


class ThemeDialog(QDialog):
    """Name and colour of a new or existing theme."""

    def __init__(self, theme: Theme | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("Board", "New theme") if theme is None else translate("Board", "Edit theme")
        )
        self.name = QLineEdit(theme.name if theme else "", self)
        self.name.setObjectName("theme-name")
        self.name.setAccessibleName(translate("Board", "Theme name"))
        # no silent cut: a name too long stays as typed, the count says by how much
        self.counter = counter_label(self)
        self.colour = QComboBox(self)
        self.colour.setAccessibleName(translate("Board", "Theme colour"))
        for value, label in theme_colour_names().items():
            self.colour.addItem(swatch(value), label, value)
        if theme is not None:
            index = self.colour.findData(theme.colour.upper())
            if index >= 0:
                self.colour.setCurrentIndex(index)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout(self)
        form.addRow(translate("Board", "Name"), self.name)
        form.addRow("", self.counter)
        form.addRow(translate("Board", "Colour"), self.colour)
        form.addRow(buttons)
        label_choice_boxes(self)
        self.name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> bool:
        name = " ".join(self.name.text().split())
        fine = show_count(self.counter, len(name), THEME_NAME_LIMIT) and bool(name)
        self.ok.setEnabled(fine)
        return fine

    def accept(self) -> None:
        if self._check():
            super().accept()

    def values(self) -> tuple[str, str]:
        return self.name.text(), str(self.colour.currentData())
