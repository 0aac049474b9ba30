"""The board seen from far away: every note as a coloured card, painted in one pass.

With thousands of notes, painting each note item on its own costs more than a frame when the
whole board fits the window. Below ``OVERVIEW_SCALE`` the note items step aside and this one
item paints them all as plain cards; nearer, the note items (with their text) come back.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.ui.board.geometry import NOTE_H, NOTE_W
from app.ui.board.items import NoteItem

OVERVIEW_SCALE = 0.2
SMALL_BOARD = 400  # up to this many notes, each note paints itself (with its first words)
SMALL_BOARD_SCALE = 0.08


def overview_scale(notes: int) -> float:
    """The scale below which the overview paints plain cards: far lower on a board of a
    workshop's size, so "Fit all" keeps showing the notes' first words."""
    return SMALL_BOARD_SCALE if notes <= SMALL_BOARD else OVERVIEW_SCALE


class OverviewItem(QGraphicsItem):
    def __init__(self, notes: Mapping[int, NoteItem]) -> None:
        super().__init__()
        self.notes = notes
        self._rect = QRectF()
        self._cards: list[tuple[QColor, list[QRectF]]] | None = None
        self.setZValue(-1)  # above areas and theme frames, where the notes would be
        self.hide()

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def refresh(self) -> None:
        """The notes changed: the cards are gathered again at the next paint."""
        self._cards = None
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._rect

    def cards(self) -> list[tuple[QColor, list[QRectF]]]:
        """Every note's card, grouped by colour: a few calls paint the whole board."""
        if self._cards is None:
            by_colour: dict[int, tuple[QColor, list[QRectF]]] = {}
            for item in self.notes.values():
                colour = item.fill_colour()
                group = by_colour.setdefault(colour.rgba(), (colour, []))
                group[1].append(QRectF(item.x(), item.y(), NOTE_W, NOTE_H))
            self._cards = list(by_colour.values())
        return self._cards

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in self.cards():
            painter.setBrush(colour)
            painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
