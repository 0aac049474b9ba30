"""Core change events as a Qt signal on the GUI thread.

The hub calls listeners in the writer's thread (the GUI, or the portal's thread). One relay per
hub hears each commit's events as a batch and hands them, one by one, to every ``LiveEvents``
on the GUI thread. A write made at the desk is handed out at once (the desk sees its own change
before the call returns). Writes from other threads (a room of phones) are gathered and handed
out at most once per frame, the events of the same kind merged into one that names all
their rows: a burst of notes costs each view one update, not one per note.
Widgets connect to ``changed`` and redraw what the event names; none of them talks to another
directly.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.events import ChangeEvent, EventHub

FRAME_MS = 16  # events from other threads reach the views at most once per frame


def merged(events: list[ChangeEvent]) -> list[ChangeEvent]:
    """The events of a burst, those of the same session, subject and change made one event
    naming every row once — unless an event of the same subject with another change came in
    between (a note added, then removed, stays in that order). Views read the store again for
    what an event names, so only the order within a subject matters. An event naming no rows
    ("all of them") is never merged: it keeps its meaning."""
    out: list[ChangeEvent] = []
    last_of: dict[tuple[int, str], int] = {}  # (session, subject) → its latest place in out
    for event in events:
        kind = (event.session_id, event.subject.value)
        at = last_of.get(kind)
        last = out[at] if at is not None else None
        if last is not None and at is not None and event.ids and last.ids \
                and last.change is event.change:
            ids = tuple(dict.fromkeys((*last.ids, *event.ids)))
            out[at] = ChangeEvent(last.session_id, last.subject, last.change, ids, last.op,
                                  last.origin)
        else:
            last_of[kind] = len(out)
            out.append(event)
    return out


class _Relay(QObject):
    """Lives in the GUI thread as long as its hub (the hub holds it as a listener)."""

    wake = Signal()  # emitted in a writer's thread when it gathered the first events
    changed = Signal(object)  # ChangeEvent, in the GUI thread

    def __init__(self, hub: EventHub) -> None:
        super().__init__()
        self._hub = weakref.ref(hub)
        self._gui_thread = threading.get_ident()
        self._lock = threading.Lock()
        self._gathered: list[ChangeEvent] = []  # from other threads, not yet handed out
        self._last_out = 0.0
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.timeout.connect(self.flush)
        self.wake.connect(self._next_frame)  # queued: the writer is another thread
        hub.subscribe_batches(self._heard)

    def _heard(self, events: list[ChangeEvent]) -> None:
        if threading.get_ident() == self._gui_thread:
            self.flush()  # what other threads committed before, first: the order is kept
            self._hand_out(events)
            return
        with self._lock:
            first = not self._gathered
            self._gathered.extend(events)
        if first:
            self.wake.emit()

    def _next_frame(self) -> None:
        if not self._frame.isActive():
            since = (time.perf_counter() - self._last_out) * 1000.0
            self._frame.start(max(0, int(FRAME_MS - since)))

    def flush(self) -> None:
        """Hand out what was gathered from other threads (now, not at the next frame)."""
        self._frame.stop()
        with self._lock:
            gathered, self._gathered = self._gathered, []
        hub = self._hub()
        if hub is None or hub.closed:
            return  # the store was closed meanwhile: no view may read it any more
        if gathered:
            self._hand_out(merged(gathered))

    def _hand_out(self, events: list[ChangeEvent]) -> None:
        self._last_out = time.perf_counter()
        for event in events:
            self.changed.emit(event)


_RELAYS: weakref.WeakKeyDictionary[EventHub, _Relay] = weakref.WeakKeyDictionary()


def _relay(hub: EventHub) -> _Relay:
    found = _RELAYS.get(hub)
    if found is None:
        found = _RELAYS[hub] = _Relay(hub)
    return found


class LiveEvents(QObject):
    changed = Signal(object)  # ChangeEvent

    def __init__(self, hub: EventHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay: _Relay | None = _relay(hub)
        self._relay.changed.connect(self.changed)

    def flush(self) -> None:
        """Hand out at once the events gathered from other threads."""
        if self._relay is not None:
            self._relay.flush()

    def stop(self) -> None:
        """Hear nothing more (also what happens when this object is destroyed)."""
        if self._relay is not None:
            self._relay.changed.disconnect(self.changed)
            self._relay = None


def for_session(
    session_id: int, handler: Callable[[ChangeEvent], None]
) -> Callable[[object], None]:
    """Wrap a handler so it only sees events of one session."""

    def filtered(event: object) -> None:
        if isinstance(event, ChangeEvent) and event.session_id == session_id:
            handler(event)

    return filtered
