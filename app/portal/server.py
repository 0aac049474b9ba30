"""The portal's life cycle: aiohttp on its own thread, event loop and database connection.

``PortalServer.start()`` binds the chosen address (and only it), starts the thread and returns
once the portal answers; ``stop()`` ends the live streams, closes the connection and joins the
thread. Nothing here touches Qt: the GUI hears of phone writes through the shared EventHub.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import socket
import threading

from aiohttp import web

from app.core.joining import join_url
from app.core.workshop import Workshop
from app.portal.application import build_app, portal_workshop
from app.portal.collector import QuietCollector
from app.portal.config import PortalConfig
from app.portal.context import CONTEXT
from app.portal.door import BACKLOG, Door, DoorSite, raise_open_file_limit
from app.portal.quiet_log import server_logger

log = logging.getLogger(__name__)

START_TIMEOUT = 10.0
SHUTDOWN_SECONDS = 2.0


class PortalError(Exception):
    """The portal could not start (address not available, port taken …)."""


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on the chosen interface only (never all of them)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
        sock.setblocking(False)
    except OSError as exc:
        sock.close()
        raise PortalError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    return sock


def settle_memory() -> None:
    """Before a room's traffic: what exists now (Qt, the windows, the modules) lives as long as
    the program, so the cycle collector is told to stop walking it. Otherwise a full collection
    walks hundreds of thousands of objects and, holding the interpreter, freezes the projector
    for 25 to 50 ms in the middle of a vote. Garbage is collected first, so none is kept.
    While the portal serves, app.portal.collector decides when the rest is walked."""
    gc.collect()
    gc.freeze()


class PortalServer:
    def __init__(self, workshop: Workshop, config: PortalConfig) -> None:
        self._workshop = workshop  # the caller's; the portal opens its own sibling
        self.config = config
        self.port = config.port
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._open_files = 0
        self.door: Door | None = None  # while it runs: its connections, what it turned away
        self.collector: QuietCollector | None = None  # while it runs: its walks

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def url(self) -> str:
        room = self._workshop.sessions.get(self.config.session_id).room_token
        return join_url(self.config.host, self.port, room)

    def start(self) -> str:
        """Start serving; returns the join URL. Raises PortalError if it cannot listen."""
        if self.running:
            return self.url
        self._workshop.sessions.get(self.config.session_id)  # a missing session fails here
        self._open_files = raise_open_file_limit()
        sock = bind(self.config.host, self.config.port)
        settle_memory()
        self.port = int(sock.getsockname()[1])
        self._ready.clear()
        self._error = None
        self._thread = threading.Thread(target=self._run, args=(sock,), name="portal",
                                        daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT) or self._error is not None:
            self.stop()
            raise PortalError(f"the portal did not start: {self._error}")
        return self.url

    def stop(self) -> None:
        thread, loop, stopping = self._thread, self._loop, self._stopping
        if thread is None:
            return
        if loop is not None and stopping is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(stopping.set)
        thread.join(START_TIMEOUT + SHUTDOWN_SECONDS)
        self._thread = None

    # --- the portal's thread -------------------------------------------------------------
    def _run(self, sock: socket.socket) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        workshop = portal_workshop(self._workshop)
        try:
            loop.run_until_complete(self._serve(workshop, sock))
        except BaseException as exc:  # reported to start(); the thread must end cleanly
            log.exception("portal stopped on an error")
            self._error = exc
        finally:
            self._ready.set()
            sock.close()
            workshop.close()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._loop = None

    async def _serve(self, workshop: Workshop, sock: socket.socket) -> None:
        self._stopping = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        app = build_app(workshop, self.config, self.port)
        live = app[CONTEXT].live
        live.start(self._loop)
        runner = web.AppRunner(app, access_log=None, handle_signals=False,
                               shutdown_timeout=SHUTDOWN_SECONDS, logger=server_logger())
        await runner.setup()
        assert runner.server is not None
        self.door = door = Door(runner.server, self.config.door, self._open_files,
                                logger=server_logger(), access_log=None)
        self._loop.set_exception_handler(door.loop_errors)
        self.collector = collector = QuietCollector(lambda: door.writes)
        try:
            await DoorSite(runner, sock, door).start()
            collector.start(self._loop)
            self._ready.set()
            await self._stopping.wait()
        finally:
            collector.stop()
            live.stop()
            await asyncio.sleep(0)  # let the streams see their goodbye
            await runner.cleanup()
