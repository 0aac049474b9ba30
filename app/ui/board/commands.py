"""Every board command, as one method each: write, paste many, edit, merge, delete, move to a
theme or an area, arrange, colour, themes, parking-lot details, actions, moderation.

Each goes straight to the core (saved at once, undoable there) and comes back as an event that
redraws the board; the panel binds them to actions, shortcuts and menus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QComboBox, QWidget

from app.core.actions import ActionPlan
from app.core.board_tidy import merged_text
from app.core.model import ActionKind, Area, Note
from app.core.workshop import Workshop
from app.ui.accessibility import return_focus
from app.ui.action_dialog import ActionDialog
from app.ui.board.capture import MergeDialog, QuickCaptureDialog
from app.ui.board.dialogs import ThemeDialog, ThemePicker
from app.ui.board.geometry import NOTE_H, NOTE_W, STEP_X, STEP_Y, THEME_AREA, THEME_W
from app.ui.board.layout import arrangement
from app.ui.board.scene import BoardScene
from app.ui.board.view import BoardView
from app.ui.parking_lot import ParkingDialog


class BoardCommands(QWidget):
    """The commands of the board panel (which builds the widgets named here)."""

    workshop: Workshop
    session_id: int
    scene: BoardScene
    view: BoardView
    area: QComboBox

    def write_new_note_here(self) -> None:
        """A new note in the chosen area, in its first free place (brought into sight)."""
        area = Area(str(self.area.currentData()))
        x, y = self.scene.free_places(area).take(1)[0]
        spot = self.scene.geometry.to_scene(area, x, y)
        # the editor and its character count under it come into sight too
        self.view.show_rect(QRectF(spot, QPointF(spot.x() + NOTE_W, spot.y() + NOTE_H + 120)))
        self._write(area, (x, y), spot)

    def write_new_note(self, area: Area, point: QPointF) -> None:
        """A new note where the facilitator double-clicked (or the nearest free place)."""
        self._write(area, self.scene.geometry.from_scene(area, point), point)

    def _write(self, area: Area, at: tuple[float, float], shown_at: QPointF) -> None:
        """Write a note meant for stored place ``at``; it is kept there if that place is
        still free when the text is kept (a phone's note may have come meanwhile), else in
        the nearest free place: a new note never covers another note or a theme."""
        editor = self.view.open_editor(
            QRectF(shown_at, QPointF(shown_at.x() + NOTE_W, shown_at.y() + NOTE_H)), ""
        )
        if editor is None:
            return

        def keep(text: str) -> None:
            if not text.strip():
                return
            x, y = self.scene.free_places(area).nearest(*at)
            created: list[Note] = []
            self.scene.run(
                lambda: created.append(
                    self.workshop.board.add_note(self.session_id, area, text, x=x, y=y)
                )
            )
            self.view.setFocus()
            if created and created[0].id in self.scene.notes:
                # the new note alone is selected: no older selection is acted on next
                self.view.go_to(self.scene.notes[created[0].id])

        editor.finished.connect(keep)
        editor.cancelled.connect(self.view.setFocus)

    def edit_note(self) -> None:
        item = self.scene.focused_note()
        if item is None:
            return
        note_id, before = item.note_id, item.note.text
        editor = self.view.open_editor(item.sceneBoundingRect(), before)
        if editor is None:
            return

        def keep(text: str) -> None:
            self.view.setFocus()
            if text.strip() and text != before:
                self.scene.run(lambda: self.workshop.board.edit_text(note_id, text))
            self.scene.focus_note(note_id)

        editor.finished.connect(keep)
        editor.cancelled.connect(self.view.setFocus)

    def nudge(self, dx: int, dy: int) -> None:
        """Move the chosen notes (not those in a theme, which keeps its own order) by one
        place of the grid, from the keyboard."""
        items = [
            self.scene.notes[i]
            for i in self.scene.selected_note_ids()
            if i in self.scene.notes and self.scene.notes[i].note.theme_id is None
        ]
        if not items:
            return
        step = QPointF(dx * STEP_X / 2, dy * STEP_Y / 2)
        positions = {
            item.note_id: self.scene.geometry.from_scene(item.note.area, item.pos() + step)
            for item in items
        }
        self.scene.run(lambda: self.workshop.board.move_notes(positions))
        self.view.show_note(items[0])

    def delete_notes(self) -> None:
        ids = self.scene.selected_note_ids()
        if ids:
            self.scene.run(lambda: self.workshop.board.delete_notes(ids))

    def choose_theme(self) -> None:
        ids = self.scene.selected_note_ids()
        if not ids:
            return
        picker = ThemePicker(self.workshop.board.themes(self.session_id), len(ids), self)
        picker.accepted.connect(lambda: self.move_to_theme(ids, picker.chosen()))
        return_focus(picker, self.view)
        picker.finished.connect(picker.deleteLater)
        picker.open()

    def move_to_theme(self, ids: list[int], theme_id: int | None) -> None:
        self.scene.run(lambda: self.workshop.board.set_theme(ids, theme_id))
        if ids:
            self.scene.focus_note(ids[0])

    def new_theme(self) -> None:
        dialog = ThemeDialog(None, self)
        ids = self.scene.selected_note_ids()

        def create() -> None:
            name, colour = dialog.values()
            x, y = self.scene.free_spot(THEME_AREA, THEME_W)
            made: list[int] = []
            self.scene.run(
                lambda: made.append(
                    self.workshop.board.add_theme(self.session_id, name, colour=colour, x=x, y=y).id
                )
            )
            if made and ids:
                self.move_to_theme(ids, made[0])

        dialog.accepted.connect(create)
        return_focus(dialog, self.view)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def with_theme(self, then: Callable[[int], object]) -> None:
        """The selected theme (or the current note's); else ask which one — so a theme with
        no notes yet can be renamed or deleted from the keyboard too."""
        theme = self.scene.selected_theme()
        if theme is not None:
            then(theme.theme_id)
            return
        themes = self.workshop.board.themes(self.session_id)
        if not themes:
            return
        picker = ThemePicker(themes, None, self)

        def chosen() -> None:
            theme_id = picker.chosen()
            if theme_id is not None:
                then(theme_id)

        picker.accepted.connect(chosen)
        return_focus(picker, self.view)
        picker.finished.connect(picker.deleteLater)
        picker.open()

    def edit_theme(self) -> None:
        self.with_theme(self._edit_theme)

    def _edit_theme(self, theme_id: int) -> None:
        item = self.scene.themes.get(theme_id)
        if item is None:
            return
        dialog = ThemeDialog(item.theme, self)

        def keep() -> None:
            name, colour = dialog.values()
            self.scene.run(
                lambda: self.workshop.board.update_theme(theme_id, name=name, colour=colour)
            )

        dialog.accepted.connect(keep)
        return_focus(dialog, self.view)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def delete_theme(self) -> None:
        self.with_theme(
            lambda theme_id: self.scene.run(lambda: self.workshop.board.delete_theme(theme_id))
        )

    def move_to_area(self, area: Area) -> None:
        """The selected notes go to ``area``, each to a free place there; a note that leaves
        its area leaves its theme (the core's rule, as for a drag)."""
        ids = self.scene.selected_note_ids()
        if not ids:
            return
        leaving = [i for i in ids if self.scene.notes[i].note.area is not area]
        spots = self.scene.free_places(area).take(len(leaving))
        positions = dict(zip(leaving, spots, strict=True))
        self.scene.run(lambda: self.workshop.board.set_area(ids, area, positions=positions))

    def paste_notes(self) -> QuickCaptureDialog:
        """Paper notes typed or pasted at once, one per line, into the area for new notes."""
        dialog = QuickCaptureDialog(Area(str(self.area.currentData())), self.add_lines, self)
        return_focus(dialog, self.view)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_lines(self, area: Area, lines: list[str]) -> bool:
        """Each line a note in ``area``, in free places, in one step; they become the
        selection (so they can go to a theme at once). Returns whether they were written."""
        places = self.scene.free_places(area).take(len(lines))
        made: list[list[Note]] = []
        if not self.scene.run(lambda: made.append(
                self.workshop.board.add_notes(self.session_id, area, lines, places))):
            return False
        items = [self.scene.notes[n.id] for n in made[0] if n.id in self.scene.notes]
        self.scene.clearSelection()
        for item in items:
            item.setSelected(True)
        if items:
            self.view.show_note(items[0])
            self.scene.setFocusItem(items[0])
        return True

    def merge_notes(self) -> MergeDialog | None:
        """Two selected notes that say the same become one (the first in reading order
        stays); the joined text can be shortened first."""
        chosen = set(self.scene.selected_note_ids())
        if len(chosen) != 2:
            return None
        keep, other = [n for n in self.scene.notes_in_order() if n.note_id in chosen]
        keep_id, other_id = keep.note_id, other.note_id
        dialog = MergeDialog(merged_text(keep.note.text, other.note.text), self)

        def merge() -> None:
            text = dialog.text.toPlainText()
            if self.scene.run(lambda: self.workshop.board.merge_notes(keep_id, other_id, text)):
                self.scene.focus_note(keep_id)

        dialog.accepted.connect(merge)
        return_focus(dialog, self.view)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def arrange(self) -> None:
        """Tidy the board: themes side by side, loose notes in a grid (one undo)."""
        notes, themes = arrangement(self.scene)
        self.scene.run(lambda: self.workshop.board.arrange(self.session_id, notes, themes))

    def set_colour(self, colour: str) -> None:
        ids = self.scene.selected_note_ids()
        if ids:
            self.scene.run(lambda: self.workshop.board.set_colour(ids, colour))

    def edit_parking(self) -> None:
        item = self.scene.focused_note()
        if item is None or item.note.area is not Area.PARKING_LOT:
            return
        ParkingDialog.edit(self.workshop, item.note, self)

    def make_action(self) -> None:
        theme = self.scene.selected_theme() if not self.scene.selected_note_ids() else None
        item = self.scene.focused_note()
        if theme is not None:
            plan = ActionPlan(
                ActionKind.EXPERIMENT, theme.theme.name, source_theme_id=theme.theme_id
            )
        elif item is not None:
            plan = ActionPlan(
                ActionKind.EXPERIMENT,
                " ".join(item.note.text.split())[:200],
                description=item.note.text,
                source_note_id=item.note_id,
            )
        else:
            return
        ActionDialog.open_new(self.workshop, self.session_id, plan, self)

    def _moderate(self, approve: bool) -> None:
        item = self.scene.focused_note()
        if item is not None:
            note_id = item.note_id
            self.scene.run(lambda: self.workshop.board.moderate(note_id, approve))
