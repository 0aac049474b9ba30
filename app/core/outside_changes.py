"""Changes another program made to the same database file, told on this program's hub.

Two programs may share one file: the facilitator's window and ``python -m app portal`` (a
kiosk on a second machine, or phones served without the window). Each hears its own changes
from its operations; this watcher lets it hear the other's too, within a fraction of a second.

A thread of its own asks SQLite, a few times a second, whether anyone else committed since
(``PRAGMA data_version``: a few microseconds, no disk read). Only then does it read the new
links of each session's audit chain, leave out those this program wrote itself
(``app.storage.own_writes``), and publish the events the others stand for
(``app.core.audit_events``) on the hub, as if they had been made here: the board, projector,
kiosk and phones react as they do to their own changes.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from pathlib import Path

from app.core.audit_events import events_of
from app.core.events import ChangeEvent, EventHub
from app.storage.own_writes import OWN_WRITES

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 0.2  # how often the file is asked; another program's change is told within
BUSY_TIMEOUT_MS = 2_000

_HEADS = ("SELECT s.id, (SELECT MAX(seq) FROM audit WHERE session_id = s.id) FROM session s")
_LINKS = ("SELECT seq, hash, op, data FROM audit WHERE session_id = ? AND seq > ? "
          "ORDER BY seq")


class OutsideChanges:
    """Watches ``path`` for other programs' commits and tells them on ``hub``."""

    def __init__(self, path: Path | str, hub: EventHub, *,
                 interval: float = INTERVAL_SECONDS) -> None:
        self.path = Path(path)
        self.hub = hub
        self.interval = interval
        self.told = 0  # how many of the others' changes were told (for tests)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None
        self._heads: dict[int, int] = {}
        self._version = -1

    def start(self) -> OutsideChanges:
        """Start watching from the file as it is now (what is there already is not told)."""
        if self._thread is not None:
            return self
        OWN_WRITES.watch()
        self._conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000,
                                     isolation_level=None, check_same_thread=False)
        self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._version = self._data_version()
        self._heads = self._read_heads()
        self._thread = threading.Thread(target=self._watch, name="outside-changes",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        thread.join()
        OWN_WRITES.unwatch()
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _watch(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.look()
            except sqlite3.Error as exc:  # the file is busy or gone for a moment: next time
                log.warning("could not read the other programs' changes: %s", exc)
            except Exception:  # never end the watch: the next look may do better
                log.exception("could not tell the other programs' changes")

    def look(self) -> None:
        """One look at the file (the thread calls it; a test may too)."""
        version = self._data_version()
        if version == self._version:
            return
        self._version = version
        conn = self._conn
        assert conn is not None
        conn.execute("BEGIN")  # one snapshot for the heads and the links read after them
        try:
            heads = self._read_heads()
            batches = [self._outside(session_id, self._heads.get(session_id, 0))
                       for session_id, head in heads.items()
                       if head > self._heads.get(session_id, 0)]
        finally:
            conn.execute("COMMIT")
        for session_id, head in heads.items():
            if head > self._heads.get(session_id, 0):
                OWN_WRITES.forget_up_to(session_id, head)
        self._heads = heads
        for events in batches:
            if events:
                self.told += 1
                self.hub.publish(events)

    def _outside(self, session_id: int, after: int) -> list[ChangeEvent]:
        """The events of the links after ``after`` that another program wrote."""
        assert self._conn is not None
        events: list[ChangeEvent] = []
        for seq, digest, op, data in self._conn.execute(_LINKS, (session_id, after)):
            if OWN_WRITES.mine((session_id, seq, digest)):
                continue
            try:
                found = json.loads(data)
            except ValueError:
                found = {}
            events.extend(events_of(session_id, op, found if isinstance(found, dict) else {}))
        return _merged(events)

    def _data_version(self) -> int:
        assert self._conn is not None
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _read_heads(self) -> dict[int, int]:
        assert self._conn is not None
        return {session_id: head or 0 for session_id, head in self._conn.execute(_HEADS)}


def _merged(events: list[ChangeEvent]) -> list[ChangeEvent]:
    """One event per (subject, change, operation) with all their rows: a room's ballots read
    from the file at once are told as one change of the round's dots, not a thousand."""
    rows: dict[tuple[object, ...], dict[int, None] | None] = {}  # None: every row
    first: dict[tuple[object, ...], ChangeEvent] = {}
    for event in events:
        key = (event.subject, event.change, event.op, event.origin)
        first.setdefault(key, event)
        found = rows.get(key, {})
        if found is None or not event.ids:
            rows[key] = None
        else:
            found.update(dict.fromkeys(event.ids))
            rows[key] = found
    return [ChangeEvent(e.session_id, e.subject, e.change, tuple(rows[key] or ()), e.op,
                        e.origin) for key, e in first.items()]
