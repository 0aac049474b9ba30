"""Accessible names: every control a screen reader meets must say what it is.

Qt names a button after its text; other controls (fields, lists, boxes) need a name set.
``unnamed_controls`` lists those that have neither, for tests and for a last fix-up of the
buttons Qt adds by itself (a field's clear button, a toolbar's overflow button).

A label that shows something changing (the phase, the time left, the current note) is named
by what it shows, and a change worth hearing is announced without moving the focus
(``speak``). Tables let Tab leave them (``let_tab_leave``): arrows move between cells.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from app.ui.labels import colon

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def _has_name(widget: QWidget) -> bool:
    if widget.accessibleName():
        return True
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().replace("&", "").strip())
    return False


def name_qt_parts(root: QWidget) -> None:
    """Give names to the parts Qt adds by itself: clear buttons, toolbar overflow, lists of
    choice boxes."""
    for box in root.findChildren(QComboBox):
        view = box.view()
        if view is not None and not view.accessibleName():
            view.setAccessibleName(box.accessibleName())
    for button in root.findChildren(QToolButton):
        if _has_name(button):
            continue
        if button.objectName() == "qt_toolbar_ext_button":
            button.setAccessibleName(QCoreApplication.translate("Accessibility", "More tools"))
        elif isinstance(button.parent(), QLineEdit):
            button.setAccessibleName(QCoreApplication.translate("Accessibility", "Clear"))
        elif button.defaultAction() is not None:
            button.setAccessibleName(button.defaultAction().text())


def unnamed_controls(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = [w for kind in CONTROLS for w in root.findChildren(kind)]
    if isinstance(root, CONTROLS):
        found.append(root)
    return [
        w
        for w in found
        if not _has_name(w)
        and not w.objectName().startswith("qt_")
        and not isinstance(w, QHeaderView)
        and not _inside_choice_box(w)
    ]


def _inside_choice_box(widget: QWidget) -> bool:
    """A choice box's own list is announced as part of the box."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


class Speaker(QObject):
    """What the window announced to screen readers, for whoever listens (tests, a log)."""

    announced = Signal(str)


SPEAKER = Speaker()


def speak(widget: QWidget, message: str) -> None:
    """Announce ``message`` to a screen reader, politely, leaving the focus where it is."""
    if not message:
        return
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
    SPEAKER.announced.emit(message)


def name_by_content(label: QLabel, what: str, shown: str) -> None:
    """Name a live label "what: shown", so that the reader says the phase or the time, not only
    "Current phase"; a change of name is told to the reader."""
    name = colon(what, shown) if shown else what
    if label.accessibleName() == name:
        return
    label.setAccessibleName(name)
    QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.NameChanged))


def let_tab_leave(root: QWidget) -> None:
    """Every list and table under ``root`` lets Tab go on to the next control (arrow keys move
    inside it), so no one is trapped in a table, and Ctrl+Tab reaches the tab bar."""
    views = root.findChildren(QAbstractItemView)
    if isinstance(root, QAbstractItemView):
        views.append(root)
    for view in views:
        view.setTabKeyNavigation(False)


READER_LABEL = "reader-label"


class ReaderLabel(QLabel):
    """A label only a screen reader meets: no size, its text its box's accessible name (kept in
    step by ``label_choice_boxes``, which a live language switch runs again)."""

    def __init__(self, box: QComboBox, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(READER_LABEL)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFixedSize(0, 0)
        self.setBuddy(box)
        self.follow()

    def follow(self) -> None:
        box = self.buddy()
        if box is not None and self.text() != box.accessibleName():
            self.setText(box.accessibleName())


def _labelled(box: QComboBox) -> bool:
    parent = box.parentWidget()
    siblings = parent.findChildren(QLabel) if parent is not None else []
    return any(label.buddy() is box and label.objectName() != READER_LABEL for label in siblings)


def label_choice_boxes(root: QWidget) -> None:
    """Every choice box gets a label a screen reader uses: on Linux a box is announced by its
    current value ("Ideas, combo box"), and by what it is for only through its label.

    A form row's label becomes its field's buddy; a box in a bar of buttons without a visible
    label gets a reader-only one (no size, its text the box's accessible name), kept in step
    with that name each time this runs."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None:
                continue
            shown, widget = label.widget(), field.widget()
            if isinstance(shown, QLabel) and widget is not None and shown.buddy() is None:
                shown.setBuddy(widget)
    for box in root.findChildren(QComboBox):
        parent = box.parentWidget()
        if parent is None or _inside_choice_box(box) or _labelled(box):
            continue
        reader = next((label for label in parent.findChildren(ReaderLabel)
                       if label.buddy() is box), None)
        if reader is None:
            ReaderLabel(box, parent)
        else:
            reader.follow()


def return_focus(dialog: QDialog, target: QWidget) -> None:
    """When ``dialog`` closes, the keyboard is back where the person was working (the board,
    the table), not on whichever control comes first in the window."""

    def back() -> None:
        if shiboken6.isValid(target) and target.isVisible() and target.isEnabled():
            target.setFocus(Qt.FocusReason.PopupFocusReason)

    dialog.finished.connect(lambda _result: QTimer.singleShot(0, back))
