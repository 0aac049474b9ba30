"""The portal's door: which connections may stay open, for how long, and what a broken request
is told.

One address may hold at most ``DoorLimits.per_address`` connections, and all of them together
stay below what the process may open (the open-file limit, raised at start where the system
allows). A phone behind the same venue Wi-Fi address as a hundred others, or a new phone while
someone floods the portal, still gets in: the least recently used *idle* connection of the
address that has the most makes room. Only when every one of them is busy is the newcomer
turned away. A connection with no request (or only part of one) for ``idle_seconds`` is
closed. Such a flood is logged once, then at most every ten minutes, never with an address.

A request aiohttp's parser cannot read (a broken request line, a header it refuses) gets the
portal's JSON refusal with its security headers, like every other refusal, and no Server
header naming the server's version.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

from app.portal.config import DoorLimits
from app.portal.replies import MESSAGES, refusal
from app.portal.security import HEADERS, refused

log = logging.getLogger(__name__)

OPEN_FILES_WANTED = 65_536
# Connections the system may hold for us before we accept them: a hall's phones all connect
# at once when the vote opens; past this many, the system drops their first attempt and the
# phone tries again one, three, seven… seconds later (the system may lower it: somaxconn).
BACKLOG = 4096
MACOS_OPEN_MAX = 10_240  # macOS refuses a soft limit above this, whatever the hard limit says
RESERVED_FILES = 128  # the database and its journal, fonts, Qt, logs: never given to phones
LOG_EVERY_SECONDS = 600.0
# What accept() says when the process has no descriptor left (asyncio retries by itself).
_OUT_OF_FILES = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})


def raise_open_file_limit(wanted: int = OPEN_FILES_WANTED) -> int:
    """Raise the soft open-file limit toward ``wanted`` (never above the hard limit) and return
    the soft limit now in force; 0 where there is no such limit to read (Windows)."""
    if sys.platform == "win32":
        return 0
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return wanted
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    for candidate in (target, min(target, MACOS_OPEN_MAX)):
        if candidate <= soft:
            break
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (candidate, hard))
        except (ValueError, OSError):
            continue
        return candidate
    return soft


class Gate:
    """Says yes once, then at most every ``seconds``: how a flood is logged without flooding."""

    def __init__(self, seconds: float = LOG_EVERY_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self._last: float | None = None
        self.held = 0  # times it said no since it last said yes

    def open(self) -> bool:
        now = self.clock()
        if self._last is not None and now - self._last < self.seconds:
            self.held += 1
            return False
        self._last = now
        self.held = 0
        return True


class BareResponse(web.Response):
    """An answer written outside the application (a request the parser refused): it gets the
    security headers here, and loses the Server header aiohttp would add."""

    async def _prepare_headers(self) -> None:
        await super()._prepare_headers()
        self.headers.pop("Server", None)


class Connection(RequestHandler):
    """aiohttp's connection, known to the door: which address, and whether a request is on."""

    def __init__(self, manager: web.Server, door: Door, **kwargs: Any) -> None:
        super().__init__(manager, **kwargs)
        self.door = door
        self.address = ""
        self.busy = 0  # requests being handled now (the live stream stays busy)
        self.admitted = False

    @property
    def idle(self) -> bool:
        return self.busy == 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        peer = transport.get_extra_info("peername")
        self.address = str(peer[0]) if isinstance(peer, tuple) and peer else "?"
        if not self.door.admit(self):
            transport.close()  # turned away before aiohttp ever sees it
            return
        self.admitted = True
        super().connection_made(transport)

    def connection_lost(self, exc: BaseException | None) -> None:
        if not self.admitted:
            return
        self.admitted = False
        self.door.leave(self)
        super().connection_lost(exc)

    def handle_error(self, request: Any, status: int = 500, exc: BaseException | None = None,
                     message: str | None = None) -> web.StreamResponse:
        """What aiohttp answers by itself (a request it could not parse): our JSON, no
        traceback in the log (a stranger could fill it), no server name."""
        if status >= 500:
            self.door.quiet_log("a portal request ended in an error: %s", type(exc).__name__)
        code = "unreadable" if status < 500 else "server_error"
        reply = refusal(status, code, MESSAGES[code], {}, response=BareResponse)
        reply.headers.update(HEADERS)
        reply.force_close()
        return reply

    def log_exception(self, *args: Any, **kw: Any) -> None:
        """aiohttp's own complaints (a client that sent a broken body, then vanished): one
        line now and then, never a traceback per stranger's request."""
        self.door.quiet_log("the portal dropped a broken connection (%s)",
                            type(kw.get("exc_info")).__name__)


class Door:
    """The protocol factory the portal listens with (see the module's docstring)."""

    def __init__(self, server: web.Server, limits: DoorLimits, open_files: int,
                 **handler_args: Any) -> None:
        self.server = server
        server.request_handler = outside_refusals(server.request_handler)
        budget = max(64, open_files - RESERVED_FILES) if open_files else 8192
        self.total = budget
        # One address never takes the whole budget: a quarter always stays for the others.
        self.per_address = max(1, min(limits.per_address, budget * 3 // 4))
        self.handler_args = {"keepalive_timeout": limits.idle_seconds,
                             "lingering_time": min(2.0, limits.request_seconds),
                             "auto_decompress": False, **handler_args}
        self._open: dict[str, dict[Connection, None]] = {}  # least recently used first
        self._count = 0
        self._flood_gate = Gate()
        self._error_gate = Gate(60.0)
        self.turned_away = 0  # connections refused at once (every one of the address's busy)
        self.closed_idle = 0  # idle connections closed to make room
        self.writes = 0  # requests other than reads, as the phones sent them

    def __call__(self) -> Connection:
        return Connection(self.server, self, loop=asyncio.get_running_loop(),
                          **self.handler_args)

    @property
    def open_connections(self) -> int:
        return self._count

    def connections_of(self, address: str) -> int:
        return len(self._open.get(address, ()))

    def admit(self, conn: Connection) -> bool:
        mine = self._open.get(conn.address, {})
        crowded = False
        if len(mine) >= self.per_address:
            crowded = True
            if not self._close_idle(mine):
                return self._turn_away()
        if self._count >= self.total:
            crowded = True
            fullest = max(self._open.values(), key=len)
            if not self._close_idle(fullest) and not self._close_idle(mine):
                return self._turn_away()
        if crowded:
            self._log_flood()
        self._open.setdefault(conn.address, {})[conn] = None  # (making room may have emptied it)
        self._count += 1
        return True

    def leave(self, conn: Connection) -> None:
        mine = self._open.get(conn.address)
        if mine is not None and conn in mine:
            del mine[conn]
            self._count -= 1
            if not mine:
                del self._open[conn.address]

    def touch(self, conn: Connection) -> None:
        """``conn`` has just answered a request: it becomes the most recently used."""
        mine = self._open.get(conn.address)
        if mine is not None and conn in mine:
            del mine[conn]
            mine[conn] = None

    def _close_idle(self, connections: dict[Connection, None]) -> bool:
        for conn in connections:
            if conn.idle:
                self.leave(conn)
                conn.force_close()
                self.closed_idle += 1
                return True
        return False

    def _turn_away(self) -> bool:
        self.turned_away += 1
        self._log_flood()
        return False

    def _log_flood(self) -> None:
        if self._flood_gate.open():
            log.warning("Too many connections at once from one address (at most %d per "
                        "address, %d in all): the least recently used idle ones are closed "
                        "to let others in. Told once every %d minutes.", self.per_address,
                        self.total, int(LOG_EVERY_SECONDS // 60))

    def quiet_log(self, text: str, *args: object) -> None:
        if self._error_gate.open():
            log.warning(text, *args)

    def loop_errors(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        """The loop's exception handler: accept() out of descriptors is told once in a while
        (asyncio would tell it every time, and retry by itself anyway)."""
        exc = context.get("exception")
        if isinstance(exc, OSError) and exc.errno in _OUT_OF_FILES:
            if self._flood_gate.open():
                log.warning("The portal has no file descriptor left for new connections; "
                            "it keeps serving the open ones.")
            return
        loop.default_exception_handler(context)


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def outside_refusals(handle: Any) -> Any:
    """The application's refusals raised before its middleware runs (an Expect header it does
    not meet: 417) become the same JSON as every other refusal."""

    async def handled(request: web.Request) -> web.StreamResponse:
        try:
            response: web.StreamResponse = await handle(request)
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            reply = refused(request, exc)
            reply.headers.update(HEADERS)
            return reply
        return response

    return handled


@web.middleware
async def mark_busy(request: web.Request, handler: Handler) -> web.StreamResponse:
    """While a request is handled its connection is busy: the door never closes it then."""
    conn = request.protocol
    if not isinstance(conn, Connection):
        return await handler(request)
    conn.busy += 1
    if request.method not in ("GET", "HEAD"):
        conn.door.writes += 1
    try:
        return await handler(request)
    finally:
        conn.busy -= 1
        conn.door.touch(conn)


class DoorSite(web.BaseSite):
    """Listens on the portal's socket with the door as protocol factory."""

    def __init__(self, runner: web.BaseRunner, sock: Any, door: Door) -> None:
        super().__init__(runner)
        self._sock = sock
        self._door = door

    @property
    def name(self) -> str:
        host, port = self._sock.getsockname()[:2]
        return f"http://{host}:{port}"

    async def start(self) -> None:
        await super().start()
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(self._door, sock=self._sock, backlog=BACKLOG)
