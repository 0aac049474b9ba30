"""Python's cycle collector, kept out of a room's bursts.

A full collection walks every object made since the program last settled its memory (each
phone's connection, request and stream, each note the desk drew) while holding the
interpreter. Left to itself it starts in the middle of a burst, because a burst is when
objects are made: measured, 190 to 220 ms in the portal program while a hall's ballots
arrived, and 50 to 70 ms in the window (whose portal shares the interpreter with the desk)
during which the projector did not move. Walking everything at a quiet moment instead was
no better: 190 ms in the window after 3,000 notes, whenever the room paused.

So while the portal serves, the collector never starts a full collection by itself (the young
generations are still collected, less often than by default: a few milliseconds each). Every
``SWEEP_SECONDS`` while the phones write, and once when they fall quiet, only what was made
since the last walk is walked, and what survives it is set aside (``gc.freeze``) like what
existed when the portal started (``server.settle_memory``): a short walk each time, and the
garbage cycles of the room freed as it goes. What is set aside and only later becomes a
garbage cycle (a phone's stream that ends, say) stays until the program ends; the ideation
and assembly benchmarks print what the program's memory grew by.

The thresholds in force before are restored when the portal stops.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable

CHECK_SECONDS = 1.0
QUIET_SECONDS = 3.0
SWEEP_SECONDS = 15.0
NEVER = 1_000_000  # young collections before an automatic full one: in effect, never
# Objects made before a young collection (Python's default is 700). In a burst each young
# collection walks every request still in flight, whatever the threshold: fewer of them, the
# same walk each, is less time; the garbage they free waits a few thousand objects longer.
YOUNG = 10_000


class QuietCollector:
    """``writes()`` counts the phones' writes so far: any change means they are not quiet."""

    def __init__(self, writes: Callable[[], int]) -> None:
        self._writes = writes
        self._seen = self._swept = 0  # the writes counted at the last look, at the last walk
        self._loop: asyncio.AbstractEventLoop | None = None
        self._handle: asyncio.TimerHandle | None = None
        self._saved: tuple[int, int, int] | None = None
        self.heard_at = self.swept_at = 0.0
        self.swept = 0  # walks so far
        self.longest_ms = 0.0  # the longest of them

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._saved = gc.get_threshold()
        gc.set_threshold(max(YOUNG, self._saved[0]), self._saved[1], NEVER)
        self.heard_at = self.swept_at = loop.time()
        self._seen = self._swept = self._writes()
        self._handle = loop.call_later(CHECK_SECONDS, self._check)

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None

    def _check(self) -> None:
        loop = self._loop
        assert loop is not None
        now = loop.time()
        writes = self._writes()
        if writes != self._seen:
            self._seen, self.heard_at = writes, now
        if writes != self._swept and (now - self.swept_at >= SWEEP_SECONDS
                                      or now - self.heard_at >= QUIET_SECONDS):
            self.sweep()
        self._handle = loop.call_later(CHECK_SECONDS, self._check)

    def sweep(self) -> None:
        """Walk what was made since the last walk; set aside what survives it."""
        started = time.perf_counter()
        gc.collect()
        gc.freeze()
        self.longest_ms = max(self.longest_ms, 1000 * (time.perf_counter() - started))
        self._swept = self._seen
        self.swept += 1
        if self._loop is not None:
            self.swept_at = self._loop.time()
