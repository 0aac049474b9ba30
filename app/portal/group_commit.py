"""Group commit: the phones' operations arriving within a few milliseconds share one COMMIT.

A route hands its work to ``GroupCommit.run``; a few milliseconds later (``window``) all work
waiting by then runs in one transaction, each piece in a SAVEPOINT of its own (rolled back
alone if it breaks a rule, its change events dropped with it), then one COMMIT, then the
events are published and each route gets its answer. So a phone is still told "recorded" only
for what is on disk, and every operation still writes its audit event with its rows; only the
number of fsyncs changes — one per group instead of one per phone — which is what lets a room
of phones vote at once.

The write lock is held only while that one callback runs: never across the network, never
while other requests are parsed. The window also leaves the lock free most of the time, so the
desk (which waits for it by polling) gets its turn quickly even while a room votes.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from app.core.events import BatchListener, ChangeEvent, EventHub, Listener
from app.core.operations import WRITER_TURN
from app.storage.database import Database

T = TypeVar("T")

# At most this many pieces of work per COMMIT: the write lock is then never held for long,
# however many phones wait, so neither the desk nor the network waits behind a huge group.
GROUP_LIMIT = 8

Waiting = tuple[Callable[[], Any], "asyncio.Future[Any]", bool]
Done = tuple["asyncio.Future[Any]", Any, BaseException | None]


class BatchingDatabase(Database):
    """A Database whose writes become savepoints while a group transaction is open."""

    grouped = False
    _savepoints = 0

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        if not self.grouped:
            with super().write() as conn:
                yield conn
            return
        with self.savepoint():
            yield self.conn

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        # Named by depth, not by a running count: the same few statements every time, so
        # SQLite compiles each once (the connection's statement cache) instead of per operation.
        self._savepoints += 1
        name = f"op{self._savepoints}"
        try:
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            self.conn.execute(f"RELEASE {name}")
        finally:
            self._savepoints -= 1


class HeldHub(EventHub):
    """Passes events on to the process's hub, holding them while a group is uncommitted."""

    def __init__(self, hub: EventHub) -> None:
        super().__init__()
        self.hub = hub
        self.holding = False
        self.held: list[ChangeEvent] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        return self.hub.subscribe(listener)

    def subscribe_batches(self, listener: BatchListener) -> Callable[[], None]:
        return self.hub.subscribe_batches(listener)

    def publish(self, events: list[ChangeEvent]) -> None:
        if self.holding:
            self.held.extend(events)
        else:
            self.hub.publish(events)


class GroupCommit:
    def __init__(self, database: BatchingDatabase, hub: HeldHub, *, enabled: bool = True,
                 window: float = 0.0) -> None:
        self.database = database
        self.hub = hub
        self.enabled = enabled  # off: one COMMIT per operation, as at the desk
        self.window = window  # seconds the first piece of work waits for others
        self._waiting: list[Waiting] = []
        self.groups = 0  # how many COMMITs (for tests and the benchmark)

    async def run(self, work: Callable[[], T], *, atomic: bool = True) -> T:
        """Run ``work`` (core operations) in this turn's group; returns once it is on disk.

        ``atomic=False`` for work that is a single core operation: that operation is already
        whole or nothing (its own savepoint), so no second savepoint is needed around it.
        """
        if not self.enabled:
            return work()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        if not self._waiting:
            loop.call_later(self.window, self.flush)
        self._waiting.append((work, future, atomic))
        return await future

    def flush(self) -> None:
        waiting, self._waiting = self._waiting[:GROUP_LIMIT], self._waiting[GROUP_LIMIT:]
        if self._waiting:  # the rest in the next turn, after the network had its share
            asyncio.get_running_loop().call_soon(self.flush)
        if not waiting:
            return
        done: list[tuple[asyncio.Future[Any], Any, BaseException | None]] = []
        with WRITER_TURN:  # the desk's writes queue with ours (see app.core.operations)
            try:
                self.database.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:  # locked by another program for too long
                done = [(future, None, exc) for _, future, _ in waiting]
            else:
                done = self._group(waiting)
        self.groups += 1
        events, self.hub.held = self.hub.held, []
        self.hub.hub.publish(events)
        for future, result, error in done:
            if future.cancelled():
                continue
            if error is None:
                future.set_result(result)
            else:
                future.set_exception(error)

    def _group(self, waiting: list[Waiting]) -> list[Done]:
        """Inside BEGIN IMMEDIATE: every piece of work, then the one COMMIT."""
        done: list[Done] = []
        self.database.grouped = self.hub.holding = True
        try:
            for work, future, atomic in waiting:
                done.append((future, *self._one(work, atomic)))
            self.database.conn.execute("COMMIT")
        except sqlite3.Error as exc:  # the COMMIT (or the disk) failed: nothing recorded
            with contextlib.suppress(sqlite3.Error):
                self.database.conn.execute("ROLLBACK")
            done = [(future, None, exc) for _, future, _ in waiting]
            self.hub.held = []
        finally:
            self.database.grouped = self.hub.holding = False
        return done

    def _one(self, work: Callable[[], Any], atomic: bool) -> tuple[Any, Exception | None]:
        """One piece of work, whole or not at all, its events kept only if it succeeded."""
        mark = len(self.hub.held)
        try:
            if not atomic:
                return work(), None
            with self.database.savepoint():
                return work(), None
        except Exception as exc:  # a broken rule (or a bad row): refused alone, others go on
            del self.hub.held[mark:]
            return None, exc
