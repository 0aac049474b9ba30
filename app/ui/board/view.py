"""The board's view: zoom, pan, fit all, and every board command from the keyboard.

Arrow keys walk from note to note in reading order (mirrored for right-to-left languages) and
the selection follows (Shift+arrows add to it), Space adds or removes the current note, Esc
clears the selection, Enter or F2 edits; the other commands (move to theme, colour, delete …)
are actions with shortcuts, listed in the context menu. Commands act on the selected notes,
which are always drawn as selected, so what the facilitator sees is what a command moves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from app.core.model import Area
from app.ui.board.editor import NoteEditor
from app.ui.board.geometry import AREAS, NOTE_H, NOTE_W
from app.ui.board.items import NoteItem
from app.ui.board.overview import overview_scale
from app.ui.board.scene import BoardScene

MIN_SCALE = 0.05
MAX_SCALE = 4.0
ZOOM_STEP = 1.25
HOME_SCALE = 0.6
PICTURES_KB = 64 * 1024  # room for the notes' drawn pictures: a zoom-out shows hundreds


class BoardView(QGraphicsView):
    new_note_requested = Signal(object, object)  # Area, QPointF (scene) — double-click
    edit_requested = Signal()
    nudge_requested = Signal(int, int)  # Ctrl+arrow: move the chosen notes by a grid step
    context_requested = Signal(object)  # QPoint (global)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.setAccessibleName(QCoreApplication.translate("Board", "Board"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "Board",
                "Arrow keys move between notes and select them, Shift+arrows add to the "
                "selection, Space selects or unselects, Escape clears the selection, Enter "
                "edits, Delete deletes, Ctrl+T moves to a theme, Ctrl+arrows move the note.",
            )
        )
        # Notes are rectangles: only text and the rounded frames (which ask for it) are smoothed.
        self.setRenderHints(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        # Every item sets the pen, brush and font it uses and leaves no other state behind
        # (items.py), so the view need not save and restore the painter around each one.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        # each note keeps a drawn picture; Qt's default room (10 MB) holds only about a
        # hundred at 1:1, so a zoom-out would draw them all again on every step
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PICTURES_KB))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: self.context_requested.emit(self.viewport().mapToGlobal(pos))
        )
        self._panning: QPointF | None = None
        self._shown = False
        self.editor: NoteEditor | None = None

    # --- zoom and pan --------------------------------------------------------------------
    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = max(MIN_SCALE, min(MAX_SCALE, self.scale_factor() * factor))
        self.board.zooming()
        self.scale(target / self.scale_factor(), target / self.scale_factor())
        self.scaled()

    def scaled(self) -> None:
        """After every change of scale: far away, the board paints its overview."""
        self.board.set_scale(self.scale_factor())
        self.board.show_overview(self.scale_factor() < self.far())

    def far(self) -> float:
        """Below this scale the board paints its overview (plain cards)."""
        return overview_scale(len(self.board.notes))

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def actual_size(self) -> None:
        self.resetTransform()
        self.scaled()

    def fit_all(self) -> None:
        rect = self.board.content_rect()
        if not rect.isEmpty():
            self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
            self.scaled()

    def home_view(self) -> None:
        """Everything if it is readable, else readable size from the first area's top."""
        self.fit_all()
        if self.scale_factor() < HOME_SCALE:
            self.resetTransform()
            self.scale(HOME_SCALE, HOME_SCALE)
            self.scaled()
            first = self.board.areas[AREAS[0]].field()
            corner = first.topRight() if self.board.geometry.rtl else first.topLeft()
            half_w = self.viewport().width() / 2 / HOME_SCALE
            half_h = self.viewport().height() / 2 / HOME_SCALE
            sign = -1 if self.board.geometry.rtl else 1
            self.centerOn(corner.x() + sign * (half_w - 20), corner.y() + half_h - 20)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.home_view()

    def show_rect(self, rect: QRectF) -> None:
        if self.scale_factor() < self.far():
            self.resetTransform()
            self.scale(HOME_SCALE, HOME_SCALE)
            self.scaled()
            self.centerOn(rect.center())
        self.ensureVisible(rect, 60, 60)

    def show_note(self, item: NoteItem) -> None:
        """Bring a note into sight, near enough to read it."""
        if self.scale_factor() < self.far():
            self.resetTransform()
            self.scale(HOME_SCALE, HOME_SCALE)
            self.scaled()
            self.centerOn(item)
        self.ensureVisible(item.sceneBoundingRect(), 60, 60)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.pan_by(-delta.x(), -delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._panning is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._panning = None
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pan_by(self, dx: float, dy: float) -> None:
        bar_x, bar_y = self.horizontalScrollBar(), self.verticalScrollBar()
        if self.isRightToLeft():
            dx = -dx
        bar_x.setValue(bar_x.value() + int(dx))
        bar_y.setValue(bar_y.value() + int(dy))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        point = self.mapToScene(event.position().toPoint())
        item = self.board.itemAt(point, self.transform())
        if isinstance(item, NoteItem):
            self.board.setFocusItem(item)
            self.edit_requested.emit()
            return
        area = self.board.geometry.area_at(point)
        if area is not None:
            self.new_note_requested.emit(area, point - QPointF(NOTE_W / 2, NOTE_H / 4))
            return
        super().mouseDoubleClickEvent(event)

    # --- keyboard ------------------------------------------------------------------------
    def step(self, forward: bool, extend: bool = False) -> NoteItem | None:
        """Go to the next (or previous) note in reading order; it becomes the selection
        (``extend``: it is added to the selection)."""
        order = self.board.notes_in_order()
        if not order:
            return None
        current = self.board.focused_note()
        if current is None or current not in order:
            chosen = order[0] if forward else order[-1]
        else:
            index = order.index(current) + (1 if forward else -1)
            chosen = order[index % len(order)]
        self.go_to(chosen, extend)
        return chosen

    def go_to(self, item: NoteItem, extend: bool = False) -> None:
        """Bring a note into sight and make it the current one; the selection follows it, so
        no selection left out of sight is acted on by the next command."""
        self.show_note(item)
        if not extend:
            self.board.clearSelection()
        elif (current := self.board.focused_note()) is not None:
            current.setSelected(True)
        item.setSelected(True)
        self.board.setFocusItem(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        forward_keys = {
            Qt.Key.Key_Down,
            Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right,
        }
        back_keys = {Qt.Key.Key_Up, Qt.Key.Key_Right if self.isRightToLeft() else Qt.Key.Key_Left}
        focused = self.board.focused_note()
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        nudges: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left.value: (-1, 0),
            Qt.Key.Key_Right.value: (1, 0),
            Qt.Key.Key_Up.value: (0, -1),
            Qt.Key.Key_Down.value: (0, 1),
        }
        if key in nudges and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.nudge_requested.emit(*nudges[key])  # on screen: right is right in any language
        elif key in forward_keys and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step(True, extend)
        elif key in back_keys and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step(False, extend)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            order = self.board.notes_in_order()
            if order:
                self.go_to(order[0] if key == Qt.Key.Key_Home else order[-1], extend)
        elif key == Qt.Key.Key_Space and focused is not None:
            focused.setSelected(not focused.isSelected())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and focused:
            self.edit_requested.emit()
        elif key == Qt.Key.Key_Escape:
            self.board.clearSelection()
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            anchor = (
                self.mapFromScene(focused.sceneBoundingRect().center())
                if focused
                else self.viewport().rect().center()
            )
            self.context_requested.emit(self.viewport().mapToGlobal(anchor))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- writing in place ----------------------------------------------------------------
    def open_editor(self, scene_rect: QRectF, text: str) -> NoteEditor | None:
        """A new editor over ``scene_rect`` — or None while the open one holds a text that
        is too long to keep (it stays open, with its text, and gets the focus back)."""
        if self.editor is not None and not self.editor.keep():
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        rect = self.mapFromScene(scene_rect).boundingRect()
        rect.setWidth(max(rect.width(), 240))
        rect.setHeight(max(rect.height(), 140))
        editor = NoteEditor(self.viewport(), text)
        editor.setGeometry(rect)
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor = editor
        editor.finished.connect(lambda _text: self._editor_gone(editor))
        editor.cancelled.connect(lambda: self._editor_gone(editor))
        return editor

    def _editor_gone(self, editor: NoteEditor) -> None:
        if self.editor is editor:  # a newer editor may already be open
            self.editor = None

    def area_under_centre(self) -> Area | None:
        return self.board.geometry.area_at(self.mapToScene(self.viewport().rect().center()))
