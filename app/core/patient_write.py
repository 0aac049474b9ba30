"""Writes from a thread that must never sleep on the file's lock: the facilitator's window.

SQLite lets one program write at a time. When another program holds the lock (``python -m app
portal`` recording a room's ballots), a plain write waits inside SQLite, up to its busy
timeout, and the window's thread with it: no repaint, no click, for as long as the other
program writes. A thread that has said how to wait (``wait_here``) instead tries the lock for a
few milliseconds at a time and, between tries, lets its ``Waiting`` run (the window processes
its events, and says "waiting for the other program" if the wait grows long). The write itself
is not changed: the same transaction, done once the lock is free; nothing is lost.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from app.core.writer_turn import WRITER_TURN
from app.storage.database import BUSY_TIMEOUT_MS, Database

TRY_MS = 8  # one try at the lock: well within a frame


class Waiting(Protocol):
    def pause(self, waited: float) -> None:
        """Called between tries while a write waits, ``waited`` seconds so far."""

    def done(self) -> None:
        """The write that paused got the lock (or gave up on an error)."""


_WAITING: dict[int, Waiting] = {}  # thread ident -> how that thread waits


def wait_here(waiting: Waiting) -> Callable[[], None]:
    """Writes from this thread wait with ``waiting``; returns what undoes it."""
    me = threading.get_ident()
    _WAITING[me] = waiting

    def undo() -> None:
        if _WAITING.get(me) is waiting:
            del _WAITING[me]

    return undo


@contextmanager
def write_turn(database: Database) -> Iterator[sqlite3.Connection]:
    """This program's turn to write, then a write transaction (BEGIN IMMEDIATE … COMMIT)."""
    waiting = _WAITING.get(threading.get_ident())
    if waiting is None or database.in_transaction:
        with WRITER_TURN, database.write() as conn:
            yield conn
        return
    started = time.monotonic()
    paused = False

    def pause() -> None:
        nonlocal paused
        paused = True
        waiting.pause(time.monotonic() - started)

    WRITER_TURN.acquire(pause)
    try:
        try:
            _begin(database.conn, pause)
        finally:
            if paused:
                waiting.done()
        try:
            yield database.conn
        except BaseException:
            database.conn.execute("ROLLBACK")
            raise
        database.conn.execute("COMMIT")
    finally:
        WRITER_TURN.release()


def _begin(conn: sqlite3.Connection, pause: Callable[[], None]) -> None:
    """BEGIN IMMEDIATE, trying the lock a few milliseconds at a time."""
    try:
        while True:
            # Set at each try: a write made while pausing (a timer's) restores the long one.
            conn.execute(f"PRAGMA busy_timeout = {TRY_MS}")
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or conn.in_transaction:
                    raise
            pause()
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
