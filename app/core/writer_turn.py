"""Whose turn it is to write: the desk and the portal queue here, first come, first served.

SQLite allows one writer at a time. Rather than polling SQLite's lock with growing sleeps
(which let a busy portal keep the facilitator waiting for hundreds of milliseconds), the
writers of one process wait here and are woken the moment the one before them is done. The
queue is fair: a portal that has just committed a group and wants to start the next one waits
behind a desk write that asked before it, so the facilitator never waits for more than the
group being written. The same thread may take its turn again while holding it (nested
operations). Other processes (the command line) still meet SQLite's busy timeout.

The facilitator's window never sleeps here: its writes wait *patiently* (``pause``), keeping
the window alive between short waits, and go before the queue's next ticket (a patient writer
holds no ticket), so the desk waits at most for the group being written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType

PAUSE_SECONDS = 0.008  # a patient writer looks again this often (well within a frame)


class WriterTurn:
    def __init__(self) -> None:
        self._changed = threading.Condition(threading.Lock())
        self._owner: int | None = None
        self._depth = 0
        self._next_ticket = 0
        self._serving = 0
        self._ticketed = False  # whether the owner came with a ticket
        self._patient = 0  # patient writers waiting: they go before the next ticket

    def acquire(self, pause: Callable[[], None] | None = None) -> None:
        """Wait for the turn. With ``pause`` (the window's thread), wait in short steps and
        call ``pause`` between them; take the turn as soon as nobody holds it."""
        me = threading.get_ident()
        with self._changed:
            if self._owner == me:
                self._depth += 1
                return
            if pause is None:
                ticket = self._next_ticket
                self._next_ticket += 1
                while self._owner is not None or self._serving != ticket or self._patient:
                    self._changed.wait()
                self._owner, self._depth, self._ticketed = me, 1, True
                return
            self._patient += 1
        try:
            while not self._take_patiently(me):
                pause()
        finally:
            with self._changed:
                self._patient -= 1
                self._changed.notify_all()

    def _take_patiently(self, me: int) -> bool:
        with self._changed:
            if self._owner is not None:
                self._changed.wait(PAUSE_SECONDS)
            if self._owner is not None:
                return False
            self._owner, self._depth, self._ticketed = me, 1, False
            return True

    def release(self) -> None:
        with self._changed:
            if self._owner != threading.get_ident():
                raise RuntimeError("the writer's turn is released by a thread not holding it")
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                if self._ticketed:
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
            return (self._next_ticket - self._serving + self._patient
                    - (self._owner is not None and self._ticketed))

    def __enter__(self) -> WriterTurn:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.release()


# One per process: every connection of this process writes in turn.
WRITER_TURN = WriterTurn()
