"""Accessible names: every control a screen reader meets must say what it is.

Qt names a button after its text; other controls (fields, lists, boxes) need a name set.
``unnamed_controls`` lists those that have neither, for tests and for a last fix-up of the
buttons Qt adds by itself (a field's clear button, a toolbar's overflow button).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

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
