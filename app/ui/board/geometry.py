"""Where things sit on the board: three areas side by side, notes and theme boxes inside.

A note's stored (x, y) is relative to its area's top corner on the reading side; with a
right-to-left language the areas come in the other order and each area is mirrored, so the
board reads from the right. Notes in a theme are laid out inside the theme's box.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from app.core.model import Area

NOTE_W = 170.0
NOTE_H = 130.0
STEP_X = 190.0
STEP_Y = 150.0
AREA_W = 120.0 + 6 * STEP_X  # room for two theme boxes side by side
AREA_GAP = 60.0
AREA_MIN_H = 560.0
AREA_HEADER = 50.0
THEME_COLUMNS = 3
THEME_HEADER = 56.0
THEME_W = 10.0 + THEME_COLUMNS * STEP_X
AREAS = (Area.EXPECTATIONS, Area.IDEAS, Area.PARKING_LOT)
THEME_AREA = Area.IDEAS


@dataclass(frozen=True)
class BoardGeometry:
    rtl: bool = False

    def area_left(self, area: Area) -> float:
        index = AREAS.index(area)
        if self.rtl:
            index = len(AREAS) - 1 - index
        return index * (AREA_W + AREA_GAP)

    def area_rect(self, area: Area, height: float) -> QRectF:
        return QRectF(self.area_left(area), 0.0, AREA_W, height)

    def to_scene(self, area: Area, x: float, y: float, width: float = NOTE_W) -> QPointF:
        """Top-left scene point of a box of ``width`` stored at (x, y) in ``area``."""
        left = self.area_left(area)
        if self.rtl:
            return QPointF(left + AREA_W - x - width, y)
        return QPointF(left + x, y)

    def from_scene(self, area: Area, point: QPointF, width: float = NOTE_W) -> tuple[float, float]:
        """Stored (x, y) in ``area`` of a box of ``width`` whose top-left is ``point``; a box
        dropped over an edge is kept inside the area."""
        left = self.area_left(area)
        x = left + AREA_W - point.x() - width if self.rtl else point.x() - left
        x = min(max(0.0, x), AREA_W - width)
        return round(x, 1), max(AREA_HEADER, round(point.y(), 1))

    def area_at(self, point: QPointF) -> Area | None:
        for area in AREAS:
            left = self.area_left(area)
            if left - AREA_GAP / 2 <= point.x() < left + AREA_W + AREA_GAP / 2:
                return area
        return None

    def theme_slot(self, theme_top_left: QPointF, index: int) -> QPointF:
        column, row = index % THEME_COLUMNS, index // THEME_COLUMNS
        offset = 10.0 + column * STEP_X
        if self.rtl:
            offset = THEME_W - offset - NOTE_W
        return QPointF(
            theme_top_left.x() + offset, theme_top_left.y() + THEME_HEADER + row * STEP_Y
        )

    @staticmethod
    def theme_height(members: int) -> float:
        rows = max(1, -(-members // THEME_COLUMNS))
        return THEME_HEADER + rows * STEP_Y
