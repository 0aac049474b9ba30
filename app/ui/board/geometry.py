"""Where things sit on the board: three areas side by side, notes and theme boxes inside.

A note's stored (x, y) is relative to its area's top corner on the reading side; with a
right-to-left language the areas come in the other order and each area is mirrored, so the
board reads from the right. An area is as wide as what it holds (never narrower than
``AREA_W``). Notes in a theme are laid out inside the theme's box, in more columns as the theme
grows, and theme boxes never overlap: one that would is moved down below the other. The grid,
the theme sizes and their stacking are the core's (app/core/board_places.py), so the free
places the core gives a note from a phone are free on the screen too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF

from app.core.board_places import (
    GRID_TOP,
    MARGIN,
    NOTE_H,
    NOTE_W,
    STEP_X,
    STEP_Y,
    THEME_AREA,
    THEME_COLUMNS,
    THEME_GAP,
    THEME_HEADER,
    THEME_MAX_COLUMNS,
    grid_columns,
    stack_themes,
    theme_columns,
    theme_height,
    theme_width,
)
from app.core.model import Area

__all__ = [
    "AREAS",
    "AREA_GAP",
    "AREA_HEADER",
    "AREA_MIN_H",
    "AREA_W",
    "GRID_TOP",
    "MARGIN",
    "NOTE_H",
    "NOTE_W",
    "STEP_X",
    "STEP_Y",
    "THEME_AREA",
    "THEME_COLUMNS",
    "THEME_GAP",
    "THEME_HEADER",
    "THEME_MAX_COLUMNS",
    "THEME_W",
    "BoardGeometry",
    "grid_columns",
    "stack_boxes",
    "theme_columns",
    "theme_height",
    "theme_width",
]

AREA_W = 120.0 + 6 * STEP_X  # room for two theme boxes side by side
AREA_GAP = 60.0
AREA_MIN_H = 560.0
AREA_HEADER = 50.0
THEME_W = 10.0 + THEME_COLUMNS * STEP_X
AREAS = (Area.EXPECTATIONS, Area.IDEAS, Area.PARKING_LOT)


def stack_boxes(boxes: list[tuple[int, QRectF]]) -> dict[int, QPointF]:
    """Top-left corners where boxes (in stored order: top to bottom, then along the line) do
    not overlap: a box that would overlap one already placed goes below it."""
    stacked = stack_themes((key, (r.x(), r.y(), r.width(), r.height())) for key, r in boxes)
    return {key: QPointF(box[0], box[1]) for key, box in stacked.items()}


@dataclass
class BoardGeometry:
    rtl: bool = False
    widths: dict[Area, float] = field(default_factory=dict)

    def area_width(self, area: Area) -> float:
        return self.widths.get(area, AREA_W)

    def area_left(self, area: Area) -> float:
        order = list(reversed(AREAS)) if self.rtl else list(AREAS)
        left = 0.0
        for other in order[: order.index(area)]:
            left += self.area_width(other) + AREA_GAP
        return left

    def area_rect(self, area: Area, height: float) -> QRectF:
        return QRectF(self.area_left(area), 0.0, self.area_width(area), height)

    def to_scene(self, area: Area, x: float, y: float, width: float = NOTE_W) -> QPointF:
        """Top-left scene point of a box of ``width`` stored at (x, y) in ``area``."""
        left = self.area_left(area)
        if self.rtl:
            return QPointF(left + self.area_width(area) - x - width, y)
        return QPointF(left + x, y)

    def from_scene(self, area: Area, point: QPointF, width: float = NOTE_W) -> tuple[float, float]:
        """Stored (x, y) in ``area`` of a box of ``width`` whose top-left is ``point``; a box
        dropped over an edge is kept inside the area."""
        left, area_w = self.area_left(area), self.area_width(area)
        x = left + area_w - point.x() - width if self.rtl else point.x() - left
        x = min(max(0.0, x), max(0.0, area_w - width))
        return round(x, 1), max(AREA_HEADER, round(point.y(), 1))

    def area_at(self, point: QPointF) -> Area | None:
        for area in AREAS:
            left = self.area_left(area)
            if left - AREA_GAP / 2 <= point.x() < left + self.area_width(area) + AREA_GAP / 2:
                return area
        return None

    def theme_slot(self, theme_top_left: QPointF, index: int, members: int = 0) -> QPointF:
        columns = theme_columns(members)
        column, row = index % columns, index // columns
        offset = 10.0 + column * STEP_X
        if self.rtl:
            offset = theme_width(members) - offset - NOTE_W
        return QPointF(
            theme_top_left.x() + offset, theme_top_left.y() + THEME_HEADER + row * STEP_Y
        )

    @staticmethod
    def theme_height(members: int) -> float:
        return theme_height(members)
