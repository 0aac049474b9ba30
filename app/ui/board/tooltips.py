"""Hovering a note shows its whole text: from far away (fit all), that is how to read it.

A note is written by a person, so its text is escaped and shown as plain text in the tooltip,
never read as markup, and it keeps its own direction (Arabic from the right).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsSceneHelpEvent, QToolTip

from app.ui.board.geometry import NOTE_H, NOTE_W
from app.ui.board.items import NoteItem, is_rtl_text


def tooltip_html(text: str) -> str:
    """A note's text for a tooltip: escaped (tags show as typed), lines kept, own direction.
    Wrapped in <qt> so the tooltip never guesses: what is inside is text, not markup."""
    direction = "rtl" if is_rtl_text(text) else "ltr"
    body = html.escape(text).replace("\n", "<br>")
    return f'<qt><p dir="{direction}">{body}</p></qt>'


def note_at(notes: dict[int, NoteItem], point: QPointF) -> NoteItem | None:
    """The topmost note under a scene point (also when notes are painted by the overview)."""
    found: NoteItem | None = None
    for item in notes.values():
        card = QRectF(item.pos(), QPointF(item.x() + NOTE_W, item.y() + NOTE_H))
        if card.contains(point) and (found is None or item.zValue() >= found.zValue()):
            found = item
    return found


def show_note_tooltip(notes: dict[int, NoteItem], event: QGraphicsSceneHelpEvent) -> bool:
    item = note_at(notes, event.scenePos())
    if item is None:
        QToolTip.hideText()
        return False
    QToolTip.showText(event.screenPos(), tooltip_html(item.note.text), event.widget())
    return True
