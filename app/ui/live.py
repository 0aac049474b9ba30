"""Core change events as a Qt signal on the GUI thread.

The hub calls listeners in the writer's thread (the GUI, or the portal's thread); emitting a
signal of a QObject that lives in the GUI thread queues it there. Widgets connect to
``changed`` and redraw what the event names; none of them talks to another directly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.core.events import ChangeEvent, EventHub


class LiveEvents(QObject):
    changed = Signal(object)  # ChangeEvent

    def __init__(self, hub: EventHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = hub.subscribe(self.changed.emit)
        self.destroyed.connect(self.stop)

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


def for_session(
    session_id: int, handler: Callable[[ChangeEvent], None]
) -> Callable[[object], None]:
    """Wrap a handler so it only sees events of one session."""

    def filtered(event: object) -> None:
        if isinstance(event, ChangeEvent) and event.session_id == session_id:
            handler(event)

    return filtered
