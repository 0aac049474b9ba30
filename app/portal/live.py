"""The live channel: change events from the hub, pushed to phones as Server-Sent Events.

The hub calls ``_on_event`` in whichever thread wrote (the GUI's, or the portal's own); it only
hands the event to the portal's loop with ``call_soon_threadsafe``, so a writer never waits
for a phone. Each phone has a small queue; a phone too slow to keep up misses events, which is
harmless: an event only says *what* changed, and the page then reads the state again.

What changes a phone's screen (phase, session, round) is gathered into one frame at most every
quarter second; what only refreshes it (dots moving the turnout or live results, a note or
theme edited) at most every two seconds. When a whole room votes at once while the facilitator
sorts the board, each phone reads the state again a few times, not once per change. In a hall
the refresh comes less often (every four seconds for 1,000 phones), and waits while the portal
is behind with a burst of ballots, so that the phones reading again never crowd out the
ballots still arriving.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
import threading
from collections.abc import Callable

from aiohttp import web

from app.core.events import ChangeEvent, EventHub, Subject

HEARTBEAT_SECONDS = 15.0
QUEUE_SIZE = 64
STREAMS_PER_PARTICIPANT = 3  # a phone, a reload, a second tab; never an unbounded number
FRAME_SECONDS = 0.25
SLOW_SECONDS = 2.0
SPREAD_SECONDS = 1.5
HALL_READS_PER_SECOND = 250  # at most this many phones told to read again per second
LATE_SECONDS = 0.1  # the loop this late on a refresh frame: the portal is busy with writes
HOLD_SECONDS = 10.0  # a refresh is never held longer than this after its first change
SLOW = frozenset({Subject.DOTS, Subject.NOTE, Subject.THEME})
_spread = random.Random()  # only spreads the phones' reads over time; nothing secret
_BYE = b""
_ME = b'data: {"subjects": ["me"]}\n\n'

# What can move a round's turnout or count ("N of M have voted": M is everyone present).
_COUNTED = frozenset({Subject.DOTS, Subject.ATTENDANCE, Subject.PARTICIPANT, Subject.ROUND})
# Only what a phone reacts to; who checked in stays on the laptop.
_TOLD = {Subject.SESSION, Subject.PHASE, Subject.NOTE, Subject.THEME, Subject.ROUND,
         Subject.DOTS, Subject.PARTICIPANT}


class LiveChannel:
    def __init__(self, hub: EventHub, session_id: int) -> None:
        self.hub = hub
        self.session_id = session_id
        self._queues: dict[asyncio.Queue[bytes], int] = {}  # queue -> participant id
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread = 0
        self._unsubscribe: Callable[[], None] | None = None
        self.closed = False
        self._pending: set[str] = set()
        self._slow_pending: set[str] = set()
        self._frame_due: asyncio.TimerHandle | None = None
        self._slow_due: asyncio.TimerHandle | None = None
        self._slow_since = self._slow_at = 0.0  # loop times: first change, frame due
        # Whether phones' writes are waiting or being recorded (set by the application).
        self.writes_waiting: Callable[[], bool] = lambda: False
        self._versions = itertools.count(1)
        self.screen_version = 0  # counts changes of what a phone's screen is made of
        self._counts = itertools.count(1)
        self.counts_version = 0  # counts changes of a round's turnout or count

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        """Called on the portal's thread, whose loop ``loop`` is."""
        self._loop = loop
        self._loop_thread = threading.get_ident()
        self._unsubscribe = self.hub.subscribe(self._on_event)

    def stop(self) -> None:
        """Stop listening and end every open stream (the portal is shutting down)."""
        self.closed = True
        for handle in (self._frame_due, self._slow_due):
            if handle is not None:
                handle.cancel()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for queue in list(self._queues):
            _offer(queue, _BYE)

    @property
    def listeners(self) -> int:
        return len(self._queues)

    def _on_event(self, event: ChangeEvent) -> None:  # any thread
        if event.session_id == self.session_id and event.subject in _COUNTED:
            self.counts_version = next(self._counts)  # the turnout shown: read it again
        loop = self._loop
        if event.session_id != self.session_id or event.subject not in _TOLD or loop is None:
            return
        if event.subject is not Subject.DOTS:
            self.screen_version = next(self._versions)  # shared state: read it again
        with contextlib.suppress(RuntimeError):  # the loop has closed: the portal stopped
            if threading.get_ident() == self._loop_thread:  # the portal's own write: no wake-up
                loop.call_soon(self._deliver, event)
            else:
                loop.call_soon_threadsafe(self._deliver, event)

    def _deliver(self, event: ChangeEvent) -> None:  # the portal's loop
        if event.subject is Subject.PARTICIPANT:
            # Removed: their streams end. Changed (a walk-in let in, say): they read again.
            frame = _BYE if event.change.value == "removed" else _ME
            for queue, participant_id in list(self._queues.items()):
                if participant_id in event.ids:
                    _offer(queue, frame)
            return
        loop = self._loop
        assert loop is not None
        if event.subject in SLOW:
            self._slow_pending.add(event.subject.value)
            if self._slow_due is None:
                seconds = refresh_pace(len(self._queues))[0]
                self._slow_since = loop.time()
                self._slow_at = self._slow_since + seconds
                self._slow_due = loop.call_at(self._slow_at, self._send_slow)
            return
        self._pending.add(event.subject.value)
        if self._frame_due is None:
            self._frame_due = loop.call_later(FRAME_SECONDS, self._send)

    def _send_slow(self) -> None:
        """Spread over a second and a half (more in a hall), so the phones do not all read the
        state at once; held while the portal is behind (its loop late: a burst of ballots
        is still arriving), so that the reads come after the writes."""
        loop = self._loop
        assert loop is not None
        now = loop.time()
        if hold_refresh(now - self._slow_at, now - self._slow_since, self.writes_waiting()):
            self._slow_at = now + FRAME_SECONDS
            self._slow_due = loop.call_at(self._slow_at, self._send_slow)
            return
        self._slow_due = None
        subjects, self._slow_pending = sorted(self._slow_pending), set()
        frame = f"data: {json.dumps({'subjects': subjects})}\n\n".encode()
        spread = refresh_pace(len(self._queues))[1]
        for queue in list(self._queues):
            loop.call_later(_spread.uniform(0.0, spread), _offer, queue, frame)

    def _send(self) -> None:
        if self._frame_due is not None:
            self._frame_due.cancel()
            self._frame_due = None
        subjects, self._pending = sorted(self._pending), set()
        if not subjects:
            return
        frame = f"data: {json.dumps({'subjects': subjects})}\n\n".encode()
        for queue in list(self._queues):
            _offer(queue, frame)

    async def stream(self, request: web.Request, participant_id: int) -> web.StreamResponse:
        headers = {"Content-Type": "text/event-stream; charset=utf-8",
                   "Cache-Control": "no-store", "X-Accel-Buffering": "no"}
        if request.method == "HEAD":  # the headers a stream would have; no endless body
            return web.Response(headers=headers)
        response = web.StreamResponse(headers=headers)
        response.force_close()  # a stream ends its connection: nothing follows it
        await response.prepare(request)
        queue: asyncio.Queue[bytes] = asyncio.Queue(QUEUE_SIZE)
        mine = [q for q, pid in self._queues.items() if pid == participant_id]
        for old in mine[:len(mine) - STREAMS_PER_PARTICIPANT + 1]:
            _offer(old, _BYE)  # the oldest of one person's streams make room (a reload)
        self._queues[queue] = participant_id
        try:
            await response.write(b"retry: 3000\ndata: {\"subjects\": [\"hello\"]}\n\n")
            while not self.closed:
                try:
                    frame = await asyncio.wait_for(queue.get(), HEARTBEAT_SECONDS)
                except TimeoutError:
                    frame = b": still here\n\n"
                if frame == _BYE:
                    break
                await response.write(frame)
        except ConnectionResetError:
            pass
        finally:
            self._queues.pop(queue, None)
        return response


def hold_refresh(late: float, waited: float, writing: bool = False) -> bool:
    """Whether a refresh frame due ``late`` seconds ago waits a little more: phones' writes
    are being recorded or the loop is behind (phones still sending), and the first change it
    tells of is not yet ``HOLD_SECONDS`` old."""
    return (writing or late > LATE_SECONDS) and waited < HOLD_SECONDS


def refresh_pace(listeners: int) -> tuple[float, float]:
    """Seconds between refresh frames for ``listeners`` phones, and over how many seconds one
    frame is spread: two and one and a half for a room, four and three for 1,000 phones."""
    seconds = max(SLOW_SECONDS, listeners / HALL_READS_PER_SECOND)
    return seconds, max(SPREAD_SECONDS, 0.75 * seconds)


def _offer(queue: asyncio.Queue[bytes], frame: bytes) -> None:
    try:
        queue.put_nowait(frame)
    except asyncio.QueueFull:
        if frame == _BYE:
            queue.get_nowait()
            queue.put_nowait(frame)
