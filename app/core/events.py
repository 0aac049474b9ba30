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
    PROGRAMME = "programme"
    COMMITMENT = "commitment"
    EXPERIMENT = "experiment"
    EXPECTATION = "expectation"


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
BatchListener = Callable[[list[ChangeEvent]], None]


class EventHub:
    """Thread-safe fan-out of change events to listeners, in the writer's thread.

    A listener hears each event; a batch listener hears all the events of one commit at once
    (the GUI relay uses it to cross threads once per commit, not once per event).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # Replaced, never changed in place: ``publish`` reads it without taking the lock.
        self._listeners: tuple[BatchListener, ...] = ()
        self.closed = False

    def close(self) -> None:
        """The store is closed: nothing more is published, and views drop what they gathered
        (an event handed out later would make them read a closed file)."""
        self.closed = True
        with self._lock:
            self._listeners = ()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        return self.subscribe_batches(_OneByOne(listener))

    def subscribe_batches(self, listener: BatchListener) -> Callable[[], None]:
        with self._lock:
            self._listeners = (*self._listeners, listener)

        def unsubscribe() -> None:
            with self._lock:
                self._listeners = tuple(x for x in self._listeners if x is not listener)

        return unsubscribe

    def publish(self, events: list[ChangeEvent]) -> None:
        if not events or self.closed:
            return
        for listener in self._listeners:
            try:
                listener(events)
            except Exception:
                # A broken view must never undo or block a committed write.
                log.exception("listener failed on %s", events)


class _OneByOne:
    """A per-event listener seen as a batch listener; one event failing spares the others."""

    def __init__(self, listener: Listener) -> None:
        self.listener = listener

    def __call__(self, events: list[ChangeEvent]) -> None:
        for event in events:
            try:
                self.listener(event)
            except Exception:
                log.exception("listener failed on %s", event)
