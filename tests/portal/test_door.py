"""One address cannot lock the room out: idle and half-sent connections are closed, one address
holds a bounded number, a new phone still gets in, the flood is logged once."""

from __future__ import annotations

import asyncio
import errno
import logging
import selectors
import socket
import sys
import time
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any, cast

import pytest
from aiohttp import web

from app.core.model import Session
from app.core.workshop import Workshop
from app.portal.config import DoorLimits, PortalConfig
from app.portal.door import RESERVED_FILES, Door, Gate, raise_open_file_limit
from app.portal.server import PortalServer
from tests.portal.conftest import RELAXED
from tests.portal.phone import Phone

FLOOD = "Too many connections at once from one address"
QUICK = DoorLimits(idle_seconds=1.0, request_seconds=1.0, per_address=100)


@pytest.fixture
def quick_portal(workshop: Workshop, session: Session) -> Iterator[PortalServer]:
    server = PortalServer(workshop, PortalConfig(session.id, "127.0.0.1", 0, RELAXED, door=QUICK))
    server.start()
    yield server
    server.stop()


def connect(port: int, count: int, first_bytes: bytes = b"") -> list[socket.socket]:
    opened = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        if first_bytes:
            sock.sendall(first_bytes)
        opened.append(sock)
    return opened


def closed_by_server(sock: socket.socket) -> bool:
    """True once the portal closed ``sock`` (whatever it said first)."""
    sock.setblocking(False)
    try:
        while chunk := sock.recv(65536):
            del chunk
    except BlockingIOError:
        return False
    except ConnectionResetError:
        return True
    return True


def wait_until_closed(socks: list[socket.socket], within: float) -> float:
    """Seconds until the portal closed every socket in ``socks`` (fails after ``within``)."""
    start = time.monotonic()
    waiting = set(socks)
    with selectors.DefaultSelector() as selector:
        for sock in socks:
            selector.register(sock, selectors.EVENT_READ)
        while waiting:
            left = within - (time.monotonic() - start)
            assert left > 0, f"{len(waiting)} of {len(socks)} connections still open"
            for key, _ in selector.select(left):
                sock = cast(socket.socket, key.fileobj)
                if closed_by_server(sock):
                    selector.unregister(sock)
                    waiting.discard(sock)
    return time.monotonic() - start


def flood_warnings(caplog: pytest.LogCaptureFixture) -> int:
    return sum(FLOOD in r.getMessage() for r in caplog.records)


def test_a_new_phone_is_served_while_one_address_holds_300_idle_connections(
        quick_portal: PortalServer, session: Session,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    door = quick_portal.door
    assert door is not None
    idle = connect(quick_portal.port, 300)
    try:
        start = time.monotonic()
        phone = Phone(quick_portal.port)
        phone.conn.timeout = 2
        assert phone.check_in(session.room_token, name="Late").status == 200
        assert phone.state()["me"]["display_name"] == "Late"
        assert time.monotonic() - start < 2.0
        phone.close()
        assert door.connections_of("127.0.0.1") <= QUICK.per_address
        assert door.closed_idle >= 200  # the least recently used idle ones made room
        assert door.turned_away == 0  # nobody who asked for something was refused
        assert flood_warnings(caplog) == 1  # told once, not once per connection
        assert "127.0.0.1" not in caplog.text
    finally:
        for sock in idle:
            sock.close()


def test_idle_and_half_sent_connections_are_closed_after_the_timeout(
        quick_portal: PortalServer) -> None:
    port = quick_portal.port
    host = f"Host: 127.0.0.1:{port}\r\n".encode()
    silent = connect(port, 10)
    half_line = connect(port, 10, b"GET /api/st")
    half_headers = connect(port, 10, b"GET /api/state HTTP/1.1\r\n" + host + b"Cookie: a")
    half_body = connect(port, 10, b"POST /api/notes HTTP/1.1\r\n" + host
                        + b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"te")
    after_a_request = connect(port, 10, b"GET /api/openapi.json HTTP/1.1\r\n" + host + b"\r\n")
    every = silent + half_line + half_headers + half_body + after_a_request
    try:
        took = wait_until_closed(every, within=QUICK.idle_seconds + 4.0)
        assert took >= QUICK.idle_seconds * 0.9
    finally:
        for sock in every:
            sock.close()


def test_a_live_stream_is_never_closed_to_make_room(quick_portal: PortalServer,
                                                    session: Session) -> None:
    phone = Phone(quick_portal.port)
    assert phone.check_in(session.room_token).status == 200
    stream = open_stream(quick_portal.port, phone)
    idle = connect(quick_portal.port, QUICK.per_address + 20)
    try:
        assert phone.get("/api/openapi.json").status == 200
        assert not closed_by_server(stream)
        assert quick_portal.door is not None
        assert quick_portal.door.connections_of("127.0.0.1") <= QUICK.per_address
    finally:
        for sock in [*idle, stream]:
            sock.close()
        phone.close()


def open_stream(port: int, phone: Phone) -> socket.socket:
    stream = socket.create_connection(("127.0.0.1", port), timeout=5)
    cookies = "; ".join(f"{k}={v}" for k, v in phone.cookies.items())
    stream.sendall(f"GET /api/live HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                   f"Cookie: {cookies}\r\n\r\n".encode())
    received = b""
    while b"hello" not in received:
        chunk = stream.recv(4096)
        assert chunk, received
        received += chunk
    return stream


def test_when_every_connection_of_an_address_is_busy_a_new_one_is_turned_away(
        workshop: Workshop, session: Session, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    tight = DoorLimits(idle_seconds=5.0, request_seconds=1.0, per_address=2)
    server = PortalServer(workshop, PortalConfig(session.id, "127.0.0.1", 0, RELAXED, door=tight))
    server.start()
    phone = Phone(server.port)
    streams: list[socket.socket] = []
    try:
        assert phone.check_in(session.room_token).status == 200
        phone.close()  # its connection gives way to the streams
        streams = [open_stream(server.port, phone) for _ in range(2)]
        turned = connect(server.port, 5)
        wait_until_closed(turned, within=2.0)
        for sock in turned:
            sock.close()
        assert server.door is not None
        assert server.door.turned_away == 5
        assert not any(closed_by_server(stream) for stream in streams)
        assert flood_warnings(caplog) == 1
    finally:
        for stream in streams:
            stream.close()
        server.stop()


def stand_in_server() -> web.Server:
    """What the door needs of aiohttp's server without a loop: the handler it wraps."""
    return cast(web.Server, SimpleNamespace(request_handler=None))


def test_one_address_never_takes_the_whole_open_file_budget() -> None:
    server = stand_in_server()
    small = Door(server, DoorLimits(per_address=1024), open_files=256)
    assert small.total == 256 - RESERVED_FILES
    assert small.per_address == (256 - RESERVED_FILES) * 3 // 4
    roomy = Door(server, DoorLimits(), open_files=65_536)
    assert roomy.per_address == DoorLimits().per_address  # a room behind one NAT address


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no open-file limit to raise")
def test_the_open_file_limit_is_raised_where_allowed() -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard <= 256:
        pytest.skip("the hard limit leaves nothing to raise")
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))
    try:
        raised = raise_open_file_limit()
        assert raised > 256
        assert resource.getrlimit(resource.RLIMIT_NOFILE)[0] == raised
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_running_out_of_descriptors_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    door = Door(stand_in_server(), DoorLimits(), open_files=1024)
    loop = asyncio.new_event_loop()
    try:
        context: dict[str, Any] = {"message": "socket.accept() out of system resource",
                                   "exception": OSError(errno.EMFILE, "Too many open files")}
        for _ in range(1000):
            door.loop_errors(loop, context)
    finally:
        loop.close()
    assert len(caplog.records) == 1


def test_the_gate_opens_once_then_after_its_time() -> None:
    now = [0.0]
    gate = Gate(600.0, clock=lambda: now[0])
    assert gate.open()
    assert not gate.open()
    now[0] += 599
    assert not gate.open()
    now[0] += 2
    assert gate.open()


def test_a_new_connection_takes_the_place_of_the_only_idle_one(
        workshop: Workshop, session: Session) -> None:
    one = DoorLimits(idle_seconds=5.0, request_seconds=1.0, per_address=1)
    server = PortalServer(workshop, PortalConfig(session.id, "127.0.0.1", 0, RELAXED, door=one))
    server.start()
    phones = [Phone(server.port) for _ in range(5)]
    try:
        for phone in phones:  # each phone in turn pushes the previous, idle, one out
            assert phone.get("/api/openapi.json").status == 200
        assert server.door is not None
        assert server.door.connections_of("127.0.0.1") == 1
        assert server.door.open_connections == 1
        assert server.door.closed_idle == 4
    finally:
        for phone in phones:
            phone.close()
        server.stop()
