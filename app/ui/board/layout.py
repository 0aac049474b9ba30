"""Tidy places on the board: free places for new notes, and "Arrange" for the whole board.

Both work in stored coordinates (from an area's reading-side edge), so they read the same in
every language. Arrange puts the themes first, side by side and wrapping into rows, then the
loose notes of each area in a grid that widens as the area fills.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from app.core.board_places import Box, FreePlaces
from app.core.model import Area
from app.ui.board.geometry import (
    AREA_HEADER,
    AREAS,
    MARGIN,
    NOTE_H,
    NOTE_W,
    STEP_X,
    STEP_Y,
    THEME_AREA,
    THEME_GAP,
    grid_columns,
    theme_height,
    theme_width,
)
from app.ui.board.items import NoteItem

if TYPE_CHECKING:
    from app.ui.board.scene import BoardScene

TOP = AREA_HEADER + 10.0
Places = dict[int, tuple[float, float]]


def loose_notes(scene: BoardScene, area: Area) -> list[NoteItem]:
    """The notes of ``area`` that are in no theme, in reading order."""
    return [n for n in scene.notes_in_order()
            if n.note.area is area and (n.note.theme_id is None
                                        or n.note.theme_id not in scene.themes)]


def free_spot(scene: BoardScene, area: Area) -> tuple[float, float]:
    """A stored (x, y) below everything already in ``area`` (for a new theme or note)."""
    bottom = AREA_HEADER + 10
    for note in scene.notes.values():
        if note.note.area is area:
            bottom = max(bottom, note.y() + NOTE_H + 20)
    if area is THEME_AREA:
        for theme in scene.themes.values():
            bottom = max(bottom, theme.y() + theme.height + 20)
    return MARGIN, bottom


def free_places(scene: BoardScene, area: Area) -> FreePlaces:
    """The free cells of ``area`` (stored coordinates) from what the board holds: its loose
    notes and, among the ideas, the theme boxes as stacked — what the core reads too."""
    boxes: list[Box] = []
    for note in scene.notes.values():
        if note.note.area is area and (note.note.theme_id is None
                                       or note.note.theme_id not in scene.themes):
            boxes.append((note.note.x, note.note.y, NOTE_W, NOTE_H))
    loose = len(boxes)
    if area is THEME_AREA:
        boxes.extend(scene.theme_boxes.values())
    return FreePlaces(boxes, loose)


def arrangement(scene: BoardScene) -> tuple[Places, Places]:
    """Stored places of every loose note and every theme for a tidy board."""
    notes: Places = {}
    themes: Places = {}
    for area in AREAS:
        loose = loose_notes(scene, area)
        columns = grid_columns(len(loose))
        top = TOP
        if area is THEME_AREA and scene.themes:
            width = _ideas_width(scene, len(loose))
            columns = max(columns, int(width // STEP_X))
            top = _shelve_themes(scene, width, themes)
        for index, item in enumerate(loose):
            notes[item.note_id] = (MARGIN + (index % columns) * STEP_X,
                                   top + (index // columns) * STEP_Y)
    return notes, themes


def _ideas_width(scene: BoardScene, loose: int) -> float:
    """A width for themes and loose ideas together that makes a landscape block (about 3:2),
    so "Fit all" shows the ideas beside the other areas at a readable size."""
    room = loose * STEP_X * STEP_Y + sum(
        theme_width(t.member_count) * theme_height(t.member_count) for t in scene.themes.values())
    return max(grid_columns(loose) * STEP_X, math.sqrt(room * 1.5))


def _shelve_themes(scene: BoardScene, grid_width: float, themes: Places) -> float:
    """Themes in their current order, side by side in rows as wide as the notes' grid (or a
    squarer block when they need more room); returns the top of what follows them."""
    ordered = sorted(scene.themes.values(),
                     key=lambda t: (round(t.y() / 40), t.theme.x, t.theme_id))
    sizes = {t.theme_id: (theme_width(t.member_count), theme_height(t.member_count))
             for t in ordered}
    wrap = max(grid_width, max(w for w, _ in sizes.values()))
    x, y, row_height = MARGIN, TOP, 0.0
    for theme in ordered:
        width, height = sizes[theme.theme_id]
        if x > MARGIN and x + width > MARGIN + wrap:
            x, y, row_height = MARGIN, y + row_height + THEME_GAP, 0.0
        themes[theme.theme_id] = (x, y)
        x += width + THEME_GAP
        row_height = max(row_height, height)
    return y + row_height + THEME_GAP + 10.0
