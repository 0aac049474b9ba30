"""Core change events as a Qt signal on the GUI thread.

The hub calls listeners in the writer's thread (the GUI, or the portal's thread). One relay per
hub hears each commit's events as a batch and crosses to the GUI thread once per commit (a
queued signal when the writer is another thread, a direct call when it is the GUI itself);
there it hands the events, one by one, to every ``LiveEvents``. Widgets connect to
``changed`` and redraw what the event names; none of them talks to another directly.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.core.events import ChangeEvent, EventHub


class _Relay(QObject):
    """Lives in the GUI thread as long as its hub (the hub holds it as a listener)."""

    batch = Signal(object)  # list[ChangeEvent], emitted in the writer's thread
    changed = Signal(object)  # ChangeEvent, in the GUI thread

    def __init__(self, hub: EventHub) -> None:
        super().__init__()
        self.batch.connect(self._hand_out)
        hub.subscribe_batches(self.batch.emit)

    def _hand_out(self, events: list[ChangeEvent]) -> None:
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
