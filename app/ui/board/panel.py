"""The board tab: toolbar, search, the view, and every board command as an action.

Each command is a QAction with a shortcut and an accessible name, listed in the toolbar or the
context menu, so a facilitator can run the board from the keyboard alone. Every change goes
straight to the core (saved at once) and comes back as an event that redraws the board.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.board_tidy import area_for_phase
from app.core.events import ChangeEvent, Subject
from app.core.model import Area, Note
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.accessibility import name_by_content, name_qt_parts, speak
from app.ui.board.capture import BoardWording
from app.ui.board.commands import BoardCommands
from app.ui.board.dialogs import note_colour_names, swatch
from app.ui.board.geometry import AREAS
from app.ui.board.items import NoteItem
from app.ui.board.scene import SHOWN_AT_ONCE, BoardScene
from app.ui.board.view import BoardView
from app.ui.counts import counts
from app.ui.messages import show_error

translate = QCoreApplication.translate
# the names a rehearsal test finds the main board commands by (action and toolbar button)
OBJECT_NAMES = {"arrange": "arrange-board", "paste_notes": "quick-capture",
                "merge": "merge-notes", "fit_all": "fit-all", "new_note": "new-note"}


class BoardPanel(BoardCommands):
    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.setAccessibleName(translate("Board", "Board"))
        self.scene = BoardScene(workshop, session_id, self.isRightToLeft())
        self.scene.setParent(self)
        self.view = BoardView(self.scene, self)
        self.scene.failed.connect(lambda error: show_error(self, error))
        self.view.new_note_requested.connect(self.write_new_note)
        self.view.edit_requested.connect(self.edit_note)
        self.view.nudge_requested.connect(self.nudge)
        self.view.context_requested.connect(self.show_menu)
        self.area = QComboBox(self)
        self.area.setObjectName("new-notes-area")
        self.area.setAccessibleName(translate("Board", "Area for new notes"))
        for area in AREAS:
            self.area.addItem(labels.area(area), area.value)
        self.area.setCurrentIndex(AREAS.index(Area.IDEAS))
        self._phase_id: int | None = None
        self.follow_phase()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("Board", "Search notes"))
        self.search.setAccessibleName(translate("Board", "Search notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.find_notes)
        self.search.returnPressed.connect(self.next_match)
        self.found = QLabel(self)
        self.found.setAccessibleName(translate("Board", "Search result"))
        self.status = QLabel(self)
        self.status.setAccessibleName(translate("Board", "Current note"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.shown = QLabel(self)  # "Showing the newest 2,000 of 21,000 notes"
        self.shown.setObjectName("board-shown")
        self.shown.setAccessibleName(translate("Board", "Notes shown"))
        self.more = QPushButton(self)
        self.more.setObjectName("board-show-more")
        self.more.setAccessibleName(translate("Board", "Show older notes"))
        self.more.clicked.connect(self.show_more)
        self.matches: list[int] = []
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self._build_layout()
        self.scene.focused_note_changed.connect(self._show_current)
        self._selection_timer = QTimer(self)  # one status update for a whole "select all"
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self._selection_changed)
        self.scene.selectionChanged.connect(self._enable)
        self.scene.selectionChanged.connect(self._selection_timer.start)
        self.scene.changed_notes.connect(self._enable)
        self.scene.changed_notes.connect(self._show_count)
        self._show_count()
        self._show_current(None)
        name_qt_parts(self)

    # --- building ------------------------------------------------------------------------
    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence | QKeySequence.StandardKey | str | None = None,
        view_only: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(OBJECT_NAMES.get(name, "board-" + name.replace("_", "-")))
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
            if view_only
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.triggered.connect(lambda _checked=False: slot())
        (self.view if view_only else self).addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        a = self._action
        a(
            "new_note",
            translate("Board", "New note"),
            self.write_new_note_here,
            QKeySequence.StandardKey.New,
        )
        a("paste_notes", translate("Board", "Paste notes…"), self.paste_notes, "Ctrl+Shift+V")
        a("merge", translate("Board", "Merge notes…"), self.merge_notes, "Ctrl+Shift+M")
        a("arrange", translate("Board", "Arrange"), self.arrange, "Ctrl+Shift+R")
        a("clear_selection", translate("Board", "Clear the selection"),
          self.scene.clearSelection)
        a("edit", translate("Board", "Edit note"), self.edit_note, "F2", view_only=True)
        a(
            "delete",
            translate("Board", "Delete notes"),
            self.delete_notes,
            QKeySequence.StandardKey.Delete,
            view_only=True,
        )
        a("move_theme", translate("Board", "Move to theme…"), self.choose_theme, "Ctrl+T")
        a("new_theme", translate("Board", "New theme…"), self.new_theme, "Ctrl+Shift+T")
        a("edit_theme", translate("Board", "Rename or recolour theme…"), self.edit_theme)
        a("delete_theme", translate("Board", "Delete theme…"), self.delete_theme)
        a(
            "select_all",
            translate("Board", "Select all notes"),
            self.select_all,
            QKeySequence.StandardKey.SelectAll,
            view_only=True,
        )
        a("parking", translate("Board", "Competence and forwarding…"), self.edit_parking, "Ctrl+L")
        a("make_action", translate("Board", "Make an action…"), self.make_action, "Ctrl+Shift+A")
        a("approve", translate("Board", "Approve note"), lambda: self._moderate(True))
        a("reject", translate("Board", "Reject note"), lambda: self._moderate(False))
        a(
            "zoom_in",
            translate("Board", "Zoom in"),
            self.view.zoom_in,
            QKeySequence.StandardKey.ZoomIn,
        )
        a(
            "zoom_out",
            translate("Board", "Zoom out"),
            self.view.zoom_out,
            QKeySequence.StandardKey.ZoomOut,
        )
        a("fit_all", translate("Board", "Fit all"), self.view.fit_all, "Ctrl+0")
        a("actual_size", translate("Board", "Actual size"), self.view.actual_size, "Ctrl+Shift+0")
        a("search", translate("Board", "Search"), self._focus_search, QKeySequence.StandardKey.Find)
        a(
            "next_match",
            translate("Board", "Next match"),
            self.next_match,
            QKeySequence.StandardKey.FindNext,
        )
        for index, area in enumerate(AREAS, start=1):
            a(
                f"area_{area.value}",
                translate("Board", "Move to {area}").format(area=labels.area(area)),
                partial(self.move_to_area, area),
                f"Alt+{index}",
            )
        for colour, name in note_colour_names().items():
            action = a(f"colour_{colour}", name, partial(self.set_colour, colour))
            action.setIcon(swatch(colour))

    def _build_layout(self) -> None:
        bar = QToolBar(self)
        bar.setAccessibleName(translate("Board", "Board tools"))
        # merge (two notes selected) lives in the context menu: the bar fits 1366 px in French
        for name in ("new_note", "paste_notes", "move_theme", "new_theme", "arrange",
                     "make_action"):
            bar.addAction(self.actions_by_name[name])
            self._name_button(bar, name)
        self.search.setMaximumWidth(260)
        top = QHBoxLayout()
        top.addWidget(bar, 1)
        area_label = QLabel(translate("Board", "New notes go to"), self)
        area_label.setBuddy(self.area)  # the box is announced by this label, not by its value
        top.addWidget(area_label)
        top.addWidget(self.area)
        top.addWidget(self.search)
        top.addWidget(self.found)
        # zoom lives at the bottom, beside the current note, as on most drawing boards
        zoom = QToolBar(self)
        zoom.setAccessibleName(translate("Board", "Zoom"))
        for name in ("zoom_out", "zoom_in", "fit_all", "actual_size"):
            zoom.addAction(self.actions_by_name[name])
            self._name_button(zoom, name)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.shown)
        bottom.addWidget(self.more)
        bottom.addWidget(zoom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def _show_count(self) -> None:
        """On a board too large to draw at once: how many notes are drawn, of how many."""
        older = len(self.scene.older)
        self.shown.setVisible(bool(older))
        self.more.setVisible(bool(older))
        if not older:
            return
        locale = QLocale()
        self.shown.setText(translate("Board", "Showing the newest {shown} of {total} notes")
                           .format(shown=locale.toString(len(self.scene.notes)),
                                   total=locale.toString(self.scene.note_count())))
        self.more.setText(translate("Board", "Show {count} older").format(
            count=locale.toString(min(older, SHOWN_AT_ONCE))))

    def show_more(self) -> None:
        """Draw older notes too (a board of thousands: the newest are drawn first)."""
        self.scene.show_more()
        if self.matches or self.search.text().strip():
            self.find_notes(self.search.text())

    def _name_button(self, bar: QToolBar, name: str) -> None:
        action = self.actions_by_name[name]
        button = bar.widgetForAction(action)
        if button is not None:
            button.setObjectName(action.objectName())

    def finish_editing(self) -> None:
        """Keep a note still being written (the window closes, the session changes)."""
        if self.view.editor is not None:
            self.view.editor.keep()

    # --- live ----------------------------------------------------------------------------
    def on_change(self, event: ChangeEvent) -> None:
        if event.subject in (Subject.PHASE, Subject.SESSION):
            self.follow_phase()
        self.scene.apply(event)

    def follow_phase(self) -> None:
        """When a phase starts, new notes go where it collects them (expectations round:
        Expectations; ideation: Ideas). The facilitator's own choice holds until the next
        phase starts."""
        phase = self.workshop.agenda.current(self.session_id)
        if phase is None or phase.id == self._phase_id:
            return
        self._phase_id = phase.id
        area = area_for_phase(phase.kind)
        if area is not None:
            self.area.setCurrentIndex(AREAS.index(area))

    def select_all(self) -> None:
        for item in self.scene.notes.values():
            item.setSelected(True)

    # --- search --------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def find_notes(self, words: str) -> None:
        self.matches = self.scene.set_search(words)
        self.found.setText(
            translate("Board", "{count} found").format(count=len(self.matches))
            if words.strip()
            else ""
        )
        name_by_content(self.found, translate("Board", "Search result"), self.found.text())
        speak(self.search, self.found.text())  # heard while typing, the focus stays in the field

    def next_match(self) -> None:
        if not self.matches:
            return
        current = self.scene.focused_note()
        later = [i for i in self.matches if current is None or i != current.note_id]
        order = self.matches
        if current is not None and current.note_id in order:
            index = (order.index(current.note_id) + 1) % len(order)
            later = [order[index]]
        item = self.scene.notes.get(later[0])
        if item is not None:
            # the found note becomes the selection, as an arrow key would make it: the next
            # command (Ctrl+T, Alt+3) acts on it, not on notes chosen before the search
            self.view.go_to(item)

    # --- menus and state -----------------------------------------------------------------
    def build_menu(self) -> QMenu:
        get = self.actions_by_name
        menu = QMenu(self)
        menu.setAccessibleName(translate("Board", "Note commands"))
        for name in (
            "new_note",
            "paste_notes",
            "edit",
            "merge",
            "move_theme",
            "make_action",
            "parking",
            "approve",
            "reject",
        ):
            if get[name].isEnabled() and get[name].isVisible():
                menu.addAction(get[name])
        areas = menu.addMenu(translate("Board", "Move to area"))
        for area in AREAS:
            areas.addAction(get[f"area_{area.value}"])
        colours = menu.addMenu(translate("Board", "Colour"))
        for colour in note_colour_names():
            colours.addAction(get[f"colour_{colour}"])
        menu.addSeparator()
        for name in ("new_theme", "edit_theme", "delete_theme"):
            menu.addAction(get[name])
        menu.addSeparator()
        for name in ("arrange", "clear_selection", "delete"):
            menu.addAction(get[name])
        return menu

    def show_menu(self, where: QPoint) -> None:
        menu = self.build_menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(where)

    def _enable(self) -> None:
        if not shiboken6.isValid(self.scene):
            return  # the board is being taken down (another session, another language)
        has_notes = bool(self.scene.selected_note_ids())
        focused = self.scene.focused_note()
        theme = self.scene.selected_theme()
        get = self.actions_by_name
        for name in (
            "delete",
            "move_theme",
            "make_action",
            *(n for n in get if n.startswith(("area_", "colour_"))),
        ):
            get[name].setEnabled(has_notes)
        get["edit"].setEnabled(focused is not None)
        get["parking"].setEnabled(focused is not None and focused.note.area is Area.PARKING_LOT)
        pending = focused is not None and focused.note.status.value == "pending"
        get["approve"].setVisible(pending)
        get["reject"].setVisible(pending)
        any_theme = bool(self.scene.themes)
        get["edit_theme"].setEnabled(any_theme)
        get["delete_theme"].setEnabled(any_theme)
        get["make_action"].setEnabled(has_notes or theme is not None)
        selected = sum(1 for i in self.scene.selectedItems() if isinstance(i, NoteItem))
        get["merge"].setEnabled(selected == 2)
        get["clear_selection"].setEnabled(bool(self.scene.selectedItems()))

    def _selection_changed(self) -> None:
        if not shiboken6.isValid(self.scene):
            return
        focused = self.scene.focused_note()
        self._show_current(focused.note if focused is not None else None)

    def _show_current(self, note: Note | None) -> None:
        if not shiboken6.isValid(self.scene):
            return
        self._enable()
        if note is None:
            text = counts().notes_on_board(len(self.scene.notes))
        else:
            place = self.scene.reading_place(note.id)
            theme = self.scene.themes.get(note.theme_id) if note.theme_id else None
            text = translate("Board", "Note {index} of {count} · {area} · {theme}: {text}").format(
                index=place + 1 if place is not None else 0,
                count=len(self.scene.notes),
                area=labels.area(note.area),
                theme=labels.own_direction(theme.theme.name) if theme
                else translate("Board", "no theme"),
                text=labels.own_direction(note.text),
            )
        selected = sum(1 for i in self.scene.selectedItems() if isinstance(i, NoteItem))
        if selected > 1:  # what the next command acts on, said where the facilitator looks
            text = BoardWording().notes_selected(selected) + " · " + text
        self.status.setText(text)
        name_by_content(self.status, translate("Board", "Current note"), text)
        self.view.setAccessibleDescription(text)
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.view, QAccessible.Event.DescriptionChanged)
        )
