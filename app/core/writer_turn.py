"""Whose turn it is to write: the desk and the portal queue here, first come, first served.

SQLite allows one writer at a time. Rather than polling SQLite's lock with growing sleeps
(which let a busy portal keep the facilitator waiting for hundreds of milliseconds), the
writers of one process wait here and are woken the moment the one before them is done. The
queue is fair: a portal that has just committed a group and wants to start the next one waits
behind a desk write that asked before it, so the facilitator never waits for more than the
group being written. The same thread may take its turn again while holding it (nested
operations). Other processes (the command line) still meet SQLite's busy timeout.
"""

from __future__ import annotations

import threading
from types import TracebackType


class WriterTurn:
    def __init__(self) -> None:
        self._changed = threading.Condition(threading.Lock())
        self._owner: int | None = None
        self._depth = 0
        self._next_ticket = 0
        self._serving = 0

    def acquire(self) -> None:
        me = threading.get_ident()
        with self._changed:
            if self._owner == me:
                self._depth += 1
                return
            ticket = self._next_ticket
            self._next_ticket += 1
            while self._owner is not None or self._serving != ticket:
                self._changed.wait()
            self._owner = me
            self._depth = 1

    def release(self) -> None:
        with self._changed:
            if self._owner != threading.get_ident():
                raise RuntimeError("the writer's turn is released by a thread not holding it")
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._serving += 1
                self._changed.notify_all()

    def take_over(self) -> None:
        """This thread now holds the turn another thread of this process took (the portal
        works on its loop, then hands the COMMIT and the turn to its disk thread)."""
        with self._changed:
            if self._owner is None or self._depth != 1:
                raise RuntimeError("only a turn held once can be handed over")
            self._owner = threading.get_ident()

    @property
    def waiting(self) -> int:
        """How many threads wait for their turn (for tests)."""
        with self._changed:
            return self._next_ticket - self._serving - (self._owner is not None)

    def __enter__(self) -> WriterTurn:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.release()


# One per process: every connection of this process writes in turn.
WRITER_TURN = WriterTurn()
