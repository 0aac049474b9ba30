"""A finished drag, turned into the core operations the menus and keys use too.

Onto a theme: the notes join it. Elsewhere: each note goes to the area under its centre, at
the place it was dropped, out of any theme — one operation, so one undo.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from app.core.model import Area
from app.ui.board.geometry import NOTE_H, NOTE_W, THEME_AREA
from app.ui.board.items import NoteItem, ThemeItem

if TYPE_CHECKING:
    from app.ui.board.scene import BoardScene


def theme_at(themes: Iterable[ThemeItem], point: QPointF,
             exclude: Iterable[ThemeItem] = ()) -> ThemeItem | None:
    skip = set(exclude)
    for theme in themes:
        if theme not in skip and theme.mapRectToScene(theme.shape_rect()).contains(point):
            return theme
    return None


def drop_to_core(scene: BoardScene, notes: list[NoteItem], themes: list[ThemeItem],
                 point: QPointF) -> None:
    board = scene.workshop.board
    for theme in themes:
        x, y = scene.geometry.from_scene(THEME_AREA, theme.pos(), theme.width)
        board.update_theme(theme.theme_id, x=x, y=y)
    if not notes:
        return
    target = theme_at(scene.themes.values(), point, exclude=themes)
    if target is not None:
        joining = [n.note_id for n in notes if n.note.theme_id != target.theme_id]
        if joining:
            board.set_theme(joining, target.theme_id)
        return
    places: dict[int, tuple[Area, float | None, float | None]] = {}
    for note in notes:
        centre = note.pos() + QPointF(NOTE_W / 2, NOTE_H / 2)
        area = scene.geometry.area_at(centre) or note.note.area
        x, y = scene.geometry.from_scene(area, note.pos())
        places[note.note_id] = (area, x, y)
    board.place_notes(places, leave_theme=True)  # one step, one undo
