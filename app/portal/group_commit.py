"""Group commit: the phones' operations arriving within a few milliseconds share one COMMIT.

A route hands its work to ``GroupCommit.run``; a few milliseconds later (``window``) all work
waiting by then runs in one transaction, each piece in a SAVEPOINT of its own (rolled back
alone if it breaks a rule, its change events dropped with it), then one COMMIT, then the
events are published and each route gets its answer. So a phone is still told "recorded" only
for what is on disk, and every operation still writes its audit event with its rows; only the
number of fsyncs changes — one per group instead of one per phone — which is what lets a room
of phones vote at once.

The work runs on the portal's loop; the COMMIT itself (the fsync, most of a group's time) runs
on a thread of its own, so the loop reads the next requests meanwhile, and they form the next
group once this one is on disk. When another program holds SQLite's write lock (the window
beside ``python -m app portal``), the wait for it happens on that thread too: the loop goes on
answering phones instead of sleeping in SQLite's busy wait. The write lock (``WRITER_TURN``)
is held from BEGIN to the end of the COMMIT and never while a phone is waited for; at most
``GROUP_LIMIT`` pieces of work per group keep that short, so the desk gets its turn quickly
even while a room votes. Routes read on a connection of their own
(``PortalContext.workshop``), never on the one being committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from app.core.events import BatchListener, ChangeEvent, EventHub, Listener
from app.core.writer_turn import WRITER_TURN
from app.storage.database import BUSY_TIMEOUT_MS, Database
from app.storage.errors import StoreError

T = TypeVar("T")

# At most this many pieces of work per COMMIT: the write lock is then never held for long,
# however many phones wait, so neither the desk nor the network waits behind a huge group.
GROUP_LIMIT = 32

Waiting = tuple[Callable[[], Any], "asyncio.Future[Any]", bool]
Done = tuple["asyncio.Future[Any]", Any, BaseException | None]


class GroupLostError(Exception):
    """SQLite rolled a whole group back by itself (a full disk): none of it is recorded."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def _begin_at_once(conn: sqlite3.Connection) -> bool:
    """BEGIN IMMEDIATE if SQLite's write lock is free now; False if another program holds it."""
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or conn.in_transaction:
            raise
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return True


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
                if self.conn.in_transaction:  # SQLite rolled all back itself (a full disk)
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
                 window: float = 0.0, after_commit: Callable[[], None] | None = None) -> None:
        self.database = database
        self.hub = hub
        self.after_commit = after_commit  # the backup schedule: told once a group is on disk
        self.enabled = enabled  # off: one COMMIT per operation, as at the desk
        self.window = window  # seconds the first piece of work waits for others
        self._waiting: list[Waiting] = []
        self._writing = False  # a group is between BEGIN and the end of its COMMIT
        self._due = False  # a start of the next group is scheduled
        self._closed = False  # the portal is stopping: no group starts any more
        self._idle: asyncio.Event | None = None  # set while no group is being written
        # The COMMIT (its fsync) runs here, so the loop serves the network meanwhile.
        self._disk = ThreadPoolExecutor(1, thread_name_prefix="portal-commit")
        self.groups = 0  # how many COMMITs (for tests and the benchmark)

    @property
    def busy(self) -> bool:
        """Whether work waits for a group, or a group is being written."""
        return self._writing or bool(self._waiting)

    async def run(self, work: Callable[[], T], *, atomic: bool = True) -> T:
        """Run ``work`` (core operations) in the next group; returns once it is on disk.

        ``atomic=False`` for work that is a single core operation: that operation is already
        whole or nothing (its own savepoint), so no second savepoint is needed around it.
        """
        if not self.enabled:
            return work()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._waiting.append((work, future, atomic))
        if not self._writing and not self._due:
            self._due = True
            loop.call_later(self.window, self.flush)
        return await future

    def flush(self) -> None:
        """Start the next group: its work now, in this thread; its COMMIT on the disk thread."""
        self._due = False
        if self._writing or not self._waiting:
            return
        if self._closed:  # nobody waits for these answers any more: the portal stopped
            for _, future, _ in self._waiting:
                future.cancel()
            self._waiting = []
            return
        waiting, self._waiting = self._waiting[:GROUP_LIMIT], self._waiting[GROUP_LIMIT:]
        loop = asyncio.get_running_loop()
        WRITER_TURN.acquire()  # the desk's writes queue with ours (app.core.writer_turn)
        self._writing = True
        if self._idle is not None:
            self._idle.clear()
        try:
            begun = _begin_at_once(self.database.conn)
        except sqlite3.Error as exc:
            self._not_begun(waiting, exc)
            return
        if begun:
            self._start(waiting)
            return
        # Another program writes (the window, a second portal): wait for its lock on the disk
        # thread, so that this loop answers the phones meanwhile instead of sleeping in SQLite.
        free = loop.run_in_executor(self._disk, self.database.conn.execute, "BEGIN IMMEDIATE")
        free.add_done_callback(lambda f: self._lock_free(waiting, f))

    def _lock_free(self, waiting: list[Waiting], free: asyncio.Future[Any]) -> None:
        error = free.exception()
        if error is not None:  # locked by another program for too long
            self._not_begun(waiting, error)
            return
        self._start(waiting)

    def _not_begun(self, waiting: list[Waiting], error: BaseException) -> None:
        self._writing = False
        if self._idle is not None:
            self._idle.set()
        WRITER_TURN.release()
        self._finish([(future, None, error) for _, future, _ in waiting])

    def _start(self, waiting: list[Waiting]) -> None:
        """BEGIN IMMEDIATE done: the group's work now, its COMMIT on the disk thread."""
        try:
            done = self._work(waiting)
        except GroupLostError as lost:  # nothing of this group is recorded: each is told so
            self._finish([(future, None, lost.error) for _, future, _ in waiting])
            return
        committed = asyncio.get_running_loop().run_in_executor(self._disk, self._commit)
        committed.add_done_callback(lambda c: self._committed(waiting, done, c))

    def _work(self, waiting: list[Waiting]) -> list[Done]:
        """Inside BEGIN IMMEDIATE: every piece of work, each whole or not at all."""
        self.database.grouped = self.hub.holding = True
        try:
            done: list[Done] = []
            for work, future, atomic in waiting:
                result, error = self._one(work, atomic)
                if error is not None and not self.database.conn.in_transaction:
                    raise GroupLostError(error)  # SQLite rolled the whole group back
                done.append((future, result, error))
            return done
        except BaseException:  # not a refusal (those are answers): undo all, free the turn
            if self.database.conn.in_transaction:
                self.database.conn.execute("ROLLBACK")
            self.database.grouped = self.hub.holding = False
            self.hub.held = []
            self._writing = False
            WRITER_TURN.release()
            raise

    def _commit(self) -> None:
        """On the disk thread: COMMIT, give the turn back at once, then tell everyone."""
        WRITER_TURN.take_over()
        try:
            self.database.commit()
        except (sqlite3.Error, StoreError):  # the COMMIT (or the disk) failed: nothing recorded
            with contextlib.suppress(sqlite3.Error):
                self.database.conn.execute("ROLLBACK")
            self.hub.held = []
            raise
        finally:
            self.database.grouped = self.hub.holding = False
            events, self.hub.held = self.hub.held, []
            WRITER_TURN.release()
        self.hub.hub.publish(events)
        if self.after_commit is not None:
            self.after_commit()

    def _committed(self, waiting: list[Waiting], done: list[Done],
                   commit: asyncio.Future[None]) -> None:
        error = commit.exception()
        if error is not None:
            done = [(future, None, error) for _, future, _ in waiting]
        self._writing = False
        if self._idle is not None:
            self._idle.set()
        self._finish(done)

    def _finish(self, done: list[Done]) -> None:
        """Answer everyone, and start the next group if work is waiting."""
        self.groups += 1
        for future, result, error in done:
            if future.cancelled():
                continue
            if error is None:
                future.set_result(result)
            else:
                future.set_exception(error)
        if self._waiting and not self._due:  # the rest next, after the network had its turn
            self._due = True
            asyncio.get_running_loop().call_soon(self.flush)

    async def close(self) -> None:
        """Wait for a group being written, then end the disk thread (the portal stops)."""
        self._closed = True
        if self._writing:
            self._idle = asyncio.Event()
            await self._idle.wait()
        self._disk.shutdown(wait=True)

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
