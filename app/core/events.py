"""Typed change events, published after COMMIT, and the hub that hands them out.

Every face of the app (board, projector, portal, minutes) reads the store and reacts to these
events; none of them talks to another directly. The hub is shared by every connection of one
process, so a note written by the portal's thread reaches the board too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.core.model import Channel

log = logging.getLogger(__name__)


class Subject(StrEnum):
    SESSION = "session"
    PHASE = "phase"
    PARTICIPANT = "participant"
    ATTENDANCE = "attendance"
    NOTE = "note"
    THEME = "theme"
    ROUND = "round"
    DOTS = "dots"
    ACTION = "action"


class Change(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


@dataclass(frozen=True)
class ChangeEvent:
    """What changed: ``subject`` rows ``ids`` of ``session_id``, by operation ``op``."""

    session_id: int
    subject: Subject
    change: Change
    ids: tuple[int, ...]
    op: str
    origin: Channel


Listener = Callable[[ChangeEvent], None]


class EventHub:
    """Thread-safe fan-out of change events to listeners, in the writer's thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, events: list[ChangeEvent]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for event in events:
            for listener in listeners:
                try:
                    listener(event)
                except Exception:
                    # A broken view must never undo or block a committed write.
                    log.exception("listener failed on %s", event)
