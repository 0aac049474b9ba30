"""How the board keeps its pace with thousands of notes: text laid out when idle, pictures
scaled while a zoom is under way, first words when far away.

A note's text is laid out the first time it is painted or, before that, a few milliseconds
at a time while nothing else happens, so a board opens at once. While the facilitator zooms,
the notes are drawn from pictures made at 1:1 and scaled (each step costs no text layout);
once the zoom rests they are drawn sharp at the scale they are seen at.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer

from app.ui.board.items import FAR_AWAY, NoteItem

SETTLE_MS = 200  # a zoom rests after this long without a step
IDLE_SLICE_S = 0.004  # text laid out per idle turn


class DrawingPace(QObject):
    def __init__(self, notes: Mapping[int, NoteItem], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notes = notes
        self.far = False  # zoomed out: notes show their first words
        self._moving: list[NoteItem] = []  # notes drawn from a scaled picture while zooming
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._zoom_settled)
        self._to_lay_out: list[NoteItem] = []  # notes whose text is laid out when idle
        self._idle = QTimer(self)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._lay_out_some)

    def clear(self) -> None:
        self._to_lay_out.clear()

    def shown(self, item: NoteItem) -> None:
        """A note was put on the board (or changed): it looks the way the scale asks, and
        its text is laid out soon if it is not yet."""
        item.set_far(self.far)
        if not item.laid_out:
            self._to_lay_out.append(item)
            self._idle.start()

    def _lay_out_some(self) -> None:
        start = time.perf_counter()
        while self._to_lay_out and time.perf_counter() - start < IDLE_SLICE_S:
            item = self._to_lay_out.pop()
            if self.notes.get(item.note_id) is item:
                item.lay_out()
        if not self._to_lay_out:
            self._idle.stop()

    def set_scale(self, scale: float) -> None:
        """The view's scale changed: below FAR_AWAY notes show their first words, large."""
        far = scale < FAR_AWAY
        if far != self.far:
            self.far = far
            for item in self.notes.values():
                item.set_far(far)

    def zooming(self) -> None:
        """A zoom step: notes are drawn from scaled pictures until the zoom rests."""
        if not self._moving:
            self._moving = list(self.notes.values())
            for item in self._moving:
                item.set_moving(True)
        self._settle.start()

    def _zoom_settled(self) -> None:
        for item in self._moving:
            item.set_moving(False)
        self._moving = []
