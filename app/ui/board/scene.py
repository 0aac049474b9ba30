"""The board's scene: one item per note and theme, kept in step with the store by events.

A change event names the notes or themes it touched; only those items are read again and
redrawn. Dragging ends in one core operation (move, move to area, move to theme), exactly like
the menu and keyboard commands do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
)

from app.core.board import text_matches
from app.core.board_places import Box, FreePlaces, stack_themes
from app.core.errors import RuleError
from app.core.events import Change, ChangeEvent, Subject
from app.core.model import Area, Note, NoteStatus, Theme
from app.core.workshop import Workshop
from app.ui.board.banner import ThemeBanner
from app.ui.board.drops import drop_to_core, theme_at
from app.ui.board.geometry import (
    AREA_MIN_H,
    AREA_W,
    AREAS,
    MARGIN,
    NOTE_H,
    NOTE_W,
    THEME_AREA,
    BoardGeometry,
    theme_height,
    theme_width,
)
from app.ui.board.items import AreaItem, NoteItem, ThemeItem
from app.ui.board.layout import free_places, free_spot
from app.ui.board.overview import OverviewItem
from app.ui.board.pace import DrawingPace
from app.ui.board.tooltips import show_note_tooltip

# Drawn at once: the newest notes of the session (a board of 20,000 notes would take the desk
# seconds to open and to follow). The board says how many it shows of how many, and draws more
# when asked; a note that comes is always drawn.
SHOWN_AT_ONCE = 2000


class BoardScene(QGraphicsScene):
    failed = Signal(object)  # RuleError: a change was refused, nothing was written
    focused_note_changed = Signal(object)  # Note | None
    changed_notes = Signal()  # something on the board changed (for counts and menus)

    def __init__(self, workshop: Workshop, session_id: int, rtl: bool = False) -> None:
        super().__init__()
        self.workshop = workshop
        self.session_id = session_id
        self.geometry = BoardGeometry(rtl)
        self.notes: dict[int, NoteItem] = {}
        self.themes: dict[int, ThemeItem] = {}
        self._members: dict[int, set[int]] = {}  # theme id → its notes' ids
        self.theme_boxes: dict[int, Box] = {}  # theme id → its box, stored coordinates
        self._order: list[NoteItem] | None = None  # reading order, until something moves
        self._rank: dict[int, int] = {}
        self.banners: dict[int, ThemeBanner] = {}  # theme names, large when zoomed out
        self.areas = {area: AreaItem(area, rtl) for area in AREAS}
        for item in self.areas.values():
            self.addItem(item)
        self.overview = OverviewItem(self.notes)
        self.addItem(self.overview)
        self._pressed: dict[QGraphicsItem, QPointF] = {}
        self._matches: set[int] = set()
        self._words = ""
        self.focusItemChanged.connect(self._on_focus)
        self.pace = DrawingPace(self.notes, self)
        self.limit = SHOWN_AT_ONCE  # the newest notes drawn; "show more" draws older ones too
        self.older: set[int] = set()  # the session's notes not drawn (older than those drawn)
        self.load()

    def note_count(self) -> int:
        """The session's notes on the board, drawn or not (rejected ones are not counted)."""
        return len(self.notes) + len(self.older)

    def show_more(self) -> None:
        """Draw SHOWN_AT_ONCE older notes too."""
        self.limit = len(self.notes) + SHOWN_AT_ONCE
        self.load()

    # --- reading the store ---------------------------------------------------------------
    def load(self) -> None:
        for item in [*self.notes.values(), *self.themes.values(), *self.banners.values()]:
            self.removeItem(item)
        self.banners.clear()
        self.pace.clear()
        self.notes.clear()
        self.themes.clear()
        self._members.clear()
        for theme in self.workshop.board.themes(self.session_id):
            self._put_theme(theme)
        notes, older = self.workshop.board.newest_notes(self.session_id, self.limit)
        self.older = set(older)
        for note in notes:
            self._put_note(note)
        self._fit_widths(force=True)
        self._resize_areas()
        self.overview.refresh()
        self._moved()
        self.changed_notes.emit()

    def apply(self, event: ChangeEvent) -> None:
        """Redraw what one change event names (and nothing else). An event of notes or themes
        that names no row (another program arranged the board, a purge) reloads them all."""
        if event.subject in (Subject.NOTE, Subject.THEME) and not event.ids:
            self.load()
            return
        self._moved()
        if event.subject is Subject.NOTE:
            touched: set[int | None] = set()
            stored = {} if event.change is Change.REMOVED else \
                self.workshop.board.notes_by_id(event.ids)
            for note_id in event.ids:
                if note_id in self.older:  # not drawn: only whether it is still there counts
                    note = stored.get(note_id)
                    if note is None or note.status is NoteStatus.REJECTED:
                        self.older.discard(note_id)
                    continue
                touched |= self._refresh_note(note_id, stored.get(note_id))
            themes = {t for t in touched if t is not None}
            if themes:
                self._layout_themes(themes)
            named = [self.notes[i] for i in event.ids if i in self.notes]
            if self._wider_than_area(named) or event.change is not Change.ADDED:
                self._fit_widths()
                self._resize_areas()
            else:
                self._grow_areas(named)
        elif event.subject is Subject.THEME:
            for theme_id in event.ids:
                self._refresh_theme(theme_id)
            self._layout_themes(event.ids)
            self._fit_widths()
            self._resize_areas()
        else:
            return
        if self._words and event.subject is Subject.NOTE:
            self._search_named(event.ids)
        elif self._words:
            self.set_search(self._words)
        self.overview.refresh()
        self.changed_notes.emit()

    def _refresh_note(self, note_id: int, note: Note | None) -> set[int | None]:
        """Show a note as stored (None: it left the board)."""
        old = self.notes.get(note_id)
        old_theme = old.note.theme_id if old else None
        if note is None or note.status is NoteStatus.REJECTED:
            if old is not None:
                self.removeItem(old)
                del self.notes[note_id]
                self._members.get(old_theme or 0, set()).discard(note_id)
            return {old_theme}
        self._put_note(note)
        return {old_theme, note.theme_id}

    def _refresh_theme(self, theme_id: int) -> None:
        try:
            theme = self.workshop.board.theme(theme_id)
        except RuleError:
            item = self.themes.pop(theme_id, None)
            if item is not None:
                self.removeItem(item)
                self.removeItem(self.banners.pop(theme_id))
            for note_id in self._members.pop(theme_id, set()):
                if note_id in self.notes:
                    note = self.notes[note_id]
                    note.set_theme_look(None, "")
                    note.setPos(self.geometry.to_scene(note.note.area, note.note.x, note.note.y))
            return
        self._put_theme(theme)

    def _put_note(self, note: Note) -> NoteItem:
        item = self.notes.get(note.id)
        if item is None:
            item = NoteItem(note)
            item.setVisible(not self.overview.isVisible())
            self.notes[note.id] = item
            self.addItem(item)
        else:
            if item.note.theme_id is not None and item.note.theme_id != note.theme_id:
                self._members.get(item.note.theme_id, set()).discard(note.id)
            item.set_note(note)
        if note.theme_id is not None:
            self._members.setdefault(note.theme_id, set()).add(note.id)
        theme = self.themes.get(note.theme_id) if note.theme_id is not None else None
        if theme is None:
            item.set_theme_look(None, "")
            item.setPos(self.geometry.to_scene(note.area, note.x, note.y))
        self.pace.shown(item)
        return item

    def set_scale(self, scale: float) -> None:
        """The view's scale changed (see pace.py)."""
        self.pace.set_scale(scale)

    def zooming(self) -> None:
        """A zoom step is under way (see pace.py)."""
        self.pace.zooming()

    def _put_theme(self, theme: Theme) -> None:
        item = self.themes.get(theme.id)
        if item is None:
            item = ThemeItem(theme)
            self.themes[theme.id] = item
            self.addItem(item)
            self.banners[theme.id] = ThemeBanner(item)
            self.addItem(self.banners[theme.id])
        else:
            item.set_theme(theme)

    # --- layout --------------------------------------------------------------------------
    def members(self, theme_id: int) -> list[NoteItem]:
        return sorted(
            (self.notes[i] for i in self._members.get(theme_id, ()) if i in self.notes),
            key=lambda n: n.note_id,
        )

    def _layout_themes(self, touched: Iterable[int]) -> None:
        """Theme boxes where they are stored, moved down where they would overlap; the notes
        of every box that moved, grew or was named are put back in their places."""
        touched = set(touched)
        boxes: list[tuple[int, Box]] = []
        for theme_id, item in self.themes.items():
            count = len(self._members.get(theme_id, ()))
            boxes.append((theme_id, (item.theme.x, item.theme.y, theme_width(count),
                                     theme_height(count))))
        # stacked in stored coordinates, as the core sees them when it finds a free place
        self.theme_boxes = stack_themes(boxes)
        for theme_id, item in self.themes.items():
            x, y, width, _ = self.theme_boxes[theme_id]
            corner = self.geometry.to_scene(THEME_AREA, x, y, width)
            count = len(self._members.get(theme_id, ()))
            if item.pos() != corner or count != item.member_count:
                touched.add(theme_id)
            item.setPos(corner)
            if theme_id in touched:
                self._place_members(item)

    def _place_members(self, theme: ThemeItem) -> None:
        members = self.members(theme.theme_id)
        colour = QColor(theme.theme.colour)
        theme.set_height(theme_height(len(members)), len(members))
        banner = self.banners[theme.theme_id]
        banner.prepareGeometryChange()
        banner.setPos(theme.pos())
        banner.update()
        for index, note in enumerate(members):
            note.set_theme_look(colour, theme.theme.name)
            note.setPos(self.geometry.theme_slot(theme.pos(), index, len(members)))

    def _needed_widths(self) -> dict[Area, float]:
        widths = dict.fromkeys(AREAS, AREA_W)
        for note in self.notes.values():
            if note.note.theme_id is None or note.note.theme_id not in self.themes:
                area = note.note.area
                widths[area] = max(widths[area], note.note.x + NOTE_W + MARGIN)
        for theme in self.themes.values():
            widths[THEME_AREA] = max(widths[THEME_AREA], theme.theme.x + theme.width + MARGIN)
        return widths

    def _wider_than_area(self, items: list[NoteItem]) -> bool:
        """Whether one of these (new) loose notes reaches past its area's edge."""
        return any(
            n.note.theme_id is None
            and n.note.x + NOTE_W + MARGIN > self.geometry.area_width(n.note.area)
            for n in items
        )

    def _fit_widths(self, force: bool = False) -> bool:
        """Make each area as wide as what it holds; when a width changes, everything is put
        in its place again. Returns whether anything moved."""
        widths = self._needed_widths()
        if widths == self.geometry.widths and not force:
            return False
        before = {area: self._origin(area) for area in AREAS}
        self.geometry.widths = widths
        # Only the areas whose place moved are laid out again: the ideas area growing as a
        # room writes moves the parking lot beside it, not the thousands of ideas in it.
        moved = {area for area in AREAS if force or self._origin(area) != before[area]}
        if not moved:
            return False
        for item in self.notes.values():
            note = item.note
            if note.area in moved and (note.theme_id is None
                                       or note.theme_id not in self.themes):
                item.setPos(self.geometry.to_scene(note.area, note.x, note.y))
        if THEME_AREA in moved:
            self._layout_themes(self.themes)
        return True

    def _origin(self, area: Area) -> tuple[float, float]:
        """What places things in ``area``: its left edge and, read from the right (mirrored),
        its width too."""
        return (self.geometry.area_left(area),
                self.geometry.area_width(area) if self.geometry.rtl else 0.0)

    def _grow_areas(self, items: list[NoteItem]) -> None:
        """Make room for the named notes only (areas shrink back on the next full pass)."""
        bottoms = {area: item.boundingRect().height() for area, item in self.areas.items()}
        grown = dict(bottoms)
        for note in items:
            if note.note.theme_id is None or note.note.theme_id not in self.themes:
                area = note.note.area
                grown[area] = max(grown[area], note.y() + NOTE_H + 40)
        for theme in self.themes.values():
            grown[THEME_AREA] = max(grown[THEME_AREA], theme.y() + theme.height + 40)
        if grown != bottoms:
            self._set_area_heights(grown)

    def _resize_areas(self) -> None:
        bottoms = dict.fromkeys(AREAS, AREA_MIN_H)
        for note in self.notes.values():
            if note.note.theme_id is None or note.note.theme_id not in self.themes:
                area = note.note.area
                bottoms[area] = max(bottoms[area], note.y() + NOTE_H + 40)
        for theme in self.themes.values():
            bottoms[THEME_AREA] = max(bottoms[THEME_AREA], theme.y() + theme.height + 40)
        self._set_area_heights(bottoms)

    def _set_area_heights(self, bottoms: dict[Area, float]) -> None:
        bounds = QRectF()
        for area, item in self.areas.items():
            item.set_rect(self.geometry.area_rect(area, bottoms[area]))
            bounds = bounds.united(item.boundingRect())
        # The areas hold everything: no walk over every item's bounds on each change.
        self.setSceneRect(bounds.adjusted(-80, -40, 80, 80))
        self.overview.set_rect(self.sceneRect())

    def free_spot(self, area: Area, height: float = NOTE_H) -> tuple[float, float]:
        """A stored (x, y) below everything already in ``area`` (for a new theme or note)."""
        return free_spot(self, area)

    def free_places(self, area: Area) -> FreePlaces:
        """The free cells of ``area``'s note grid as the board shows it (stored coordinates):
        ``.take(n)`` gives n of them line by line, ``.nearest(x, y)`` the place itself if it
        is free, else the nearest free cell."""
        return free_places(self, area)

    # --- reading order, search, focus ----------------------------------------------------
    def notes_in_order(self) -> list[NoteItem]:
        """Notes as a reader meets them: area by area, then line by line on the reading side
        (sorted again only after a change, not on every key press or focus change)."""
        if self._order is None:
            sign = -1.0 if self.geometry.rtl else 1.0
            self._order = sorted(
                self.notes.values(),
                key=lambda n: (AREAS.index(n.note.area), round(n.y() / 40), sign * n.x()),
            )
            self._rank = {n.note_id: index for index, n in enumerate(self._order)}
        return list(self._order)

    def reading_place(self, note_id: int) -> int | None:
        """Where a note comes in reading order (0 first), None if it is not on the board."""
        self.notes_in_order()
        return self._rank.get(note_id)

    def _moved(self) -> None:
        self._order = None

    def focused_note(self) -> NoteItem | None:
        item = self.focusItem()
        return item if isinstance(item, NoteItem) else None

    def selected_note_ids(self) -> list[int]:
        """What a command acts on: the selected notes, else the current note if it can be
        seen (a note out of sight is never moved by a key press)."""
        chosen = [i.note_id for i in self.selectedItems() if isinstance(i, NoteItem)]
        focused = self.focused_note()
        if not chosen and focused is not None and self.in_sight(focused):
            chosen = [focused.note_id]
        return chosen

    def in_sight(self, item: QGraphicsItem) -> bool:
        views = self.views()
        if not views:
            return True
        view = views[0]
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        return shown.intersects(item.sceneBoundingRect())

    def selected_theme(self) -> ThemeItem | None:
        for item in self.selectedItems():
            if isinstance(item, ThemeItem):
                return item
        focused = self.focused_note()
        if focused is not None and focused.note.theme_id is not None:
            return self.themes.get(focused.note.theme_id)
        return None

    def focus_note(self, note_id: int) -> NoteItem | None:
        item = self.notes.get(note_id)
        if item is not None:
            self.setFocusItem(item)
        return item

    def _on_focus(
        self, new: QGraphicsItem | None, old: QGraphicsItem | None, reason: object
    ) -> None:
        self.focused_note_changed.emit(new.note if isinstance(new, NoteItem) else None)

    def set_search(self, words: str) -> list[int]:
        """Highlight the notes holding every word; the others fade. Returns matches in order."""
        self._words = words if words.split() else ""
        self._matches = set(self.workshop.board.search(self.session_id, words))
        self._reapply_search(searching=bool(self._words))
        return [n.note_id for n in self.notes_in_order() if n.note_id in self._matches]

    def _search_named(self, note_ids: tuple[int, ...]) -> None:
        """Searching: only the named notes are matched again (not the whole board)."""
        if not note_ids:
            self.set_search(self._words)
            return
        for note_id in note_ids:
            item = self.notes.get(note_id)
            hit = item is not None and text_matches(item.note.text, self._words)
            if hit:
                self._matches.add(note_id)
            else:
                self._matches.discard(note_id)
            if item is not None:
                item.set_search(hit, not hit)

    def _reapply_search(self, searching: bool) -> None:
        active = searching
        for note_id, item in self.notes.items():
            hit = note_id in self._matches
            item.set_search(hit and active, active and not hit)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:  # noqa: N802 (Qt override)
        """A note's whole text on hover, as plain text (also in the overview)."""
        if show_note_tooltip(self.notes, event):
            event.accept()
        else:
            super().helpEvent(event)

    # --- dragging ------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mousePressEvent(event)
        self._pressed = {i: i.pos() for i in self.selectedItems()}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseMoveEvent(event)
        if self._pressed:
            self._moved()
        for item in self._pressed:
            if isinstance(item, ThemeItem):
                self._place_members(item)  # its notes follow the box being dragged

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        moved = [i for i, start in self._pressed.items() if i.pos() != start]
        self._pressed = {}
        if moved:
            self.drop(moved, event.scenePos())

    def drop(self, moved: list[QGraphicsItem], point: QPointF) -> None:
        """Turn a finished drag into core operations (the same ones the menus use)."""
        notes = [i for i in moved if isinstance(i, NoteItem)]
        themes = [i for i in moved if isinstance(i, ThemeItem)]
        self.run(lambda: drop_to_core(self, notes, themes, point))
        self.load_positions(notes, themes)

    def load_positions(self, notes: list[NoteItem], themes: list[ThemeItem]) -> None:
        """Put dragged items where the store says (after a refused or no-op drop)."""
        for note in notes:
            if note.note_id in self.notes:
                self._put_note(self.notes[note.note_id].note)
        for theme in themes:
            if theme.theme_id in self.themes:
                self._put_theme(theme.theme)
        self._layout_themes(self.themes)
        self._fit_widths()
        self._resize_areas()
        self.overview.refresh()
        self._moved()

    def theme_at(self, point: QPointF, exclude: Iterable[ThemeItem] = ()) -> ThemeItem | None:
        return theme_at(self.themes.values(), point, exclude)

    def run(self, change: Callable[[], object]) -> bool:
        """Run one core operation; a refused change is reported, never raised into Qt."""
        try:
            change()
        except (RuleError, sqlite3.Error) as error:  # nothing was written either way
            self.failed.emit(error)
            return False
        return True

    def show_overview(self, far: bool) -> None:
        """From far away, one item paints all notes as cards (see overview.py)."""
        if far == self.overview.isVisible():
            return
        for item in self.notes.values():
            item.setVisible(not far)
        self.overview.refresh()
        self.overview.setVisible(far)

    def content_rect(self) -> QRectF:
        return self.itemsBoundingRect()
