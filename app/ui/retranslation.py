"""Live language switch for panels that are kept through it (with a vote, a camera, a portal
running): their fixed texts are set again in the new language.

A switch installs several translators and each announces a language change; the panel's
``retranslate`` runs once, after the last one. A panel whose window is closed is retranslated
when it is shown again, not before (it may outlive the session it reads).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFormLayout, QWidget

from app.ui.accessibility import label_choice_boxes


class Retranslation(QObject):
    """Calls ``apply`` once after each language switch ``widget`` hears of."""

    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._apply = apply
        self._pending = False
        self._once = QTimer(self)
        self._once.setSingleShot(True)
        self._once.setInterval(0)
        self._once.timeout.connect(self._now_if_shown)
        widget.installEventFilter(self)

    def _now_if_shown(self) -> None:
        if self._pending and self._widget.window().isVisible():
            self._pending = False
            self._retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._pending = True
            self._once.start()
        elif event.type() == QEvent.Type.Show and self._pending:
            self._pending = False
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self._apply()
        label_choice_boxes(self._widget)  # reader-only labels say the boxes' new names


def set_row_label(form: QFormLayout, field: QWidget, text: str) -> None:
    """The label of ``field``'s row in ``form`` (for rows added with a plain string)."""
    label = form.labelForField(field)
    if label is not None and hasattr(label, "setText"):
        label.setText(text)
