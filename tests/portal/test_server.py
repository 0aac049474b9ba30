"""Starting and stopping the portal: its own thread and connection, the chosen address only."""

from __future__ import annotations

import gc
import socket
import threading

import pytest

from app.core.model import Session
from app.core.workshop import Workshop
from app.portal.config import PortalConfig
from app.portal.server import PortalError, PortalServer
from tests.portal.phone import Phone


def test_start_returns_the_join_url_and_stop_ends_the_thread(workshop: Workshop,
                                                             session: Session) -> None:
    server = PortalServer(workshop, PortalConfig(session.id, "127.0.0.1", 0))
    url = server.start()
    assert url == f"http://127.0.0.1:{server.port}/j/{session.room_token}"
    assert server.running
    assert any(t.name == "portal" for t in threading.enumerate())
    server.stop()
    assert not server.running
    assert not any(t.name == "portal" for t in threading.enumerate())
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", server.port), timeout=2).close()


def test_it_can_start_again_after_a_stop(workshop: Workshop, session: Session) -> None:
    server = PortalServer(workshop, PortalConfig(session.id, "127.0.0.1", 0))
    for _ in range(2):
        server.start()
        phone = Phone(server.port)
        assert phone.get("/").status == 200
        phone.close()
        server.stop()


def test_a_taken_port_is_a_clear_error(workshop: Workshop, session: Session) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = PortalServer(workshop, PortalConfig(session.id, "127.0.0.1", port))
        with pytest.raises(PortalError, match=f"127.0.0.1:{port}"):
            server.start()
        assert not server.running


def test_an_address_not_on_this_laptop_is_a_clear_error(workshop: Workshop,
                                                        session: Session) -> None:
    server = PortalServer(workshop, PortalConfig(session.id, "192.0.2.1", 0))
    with pytest.raises(PortalError, match="cannot listen"):
        server.start()


def test_an_unknown_session_is_refused_before_listening(workshop: Workshop) -> None:
    from app.core.errors import RuleError

    with pytest.raises(RuleError):
        PortalServer(workshop, PortalConfig(999, "127.0.0.1", 0)).start()


def test_the_portal_uses_its_own_connection(workshop: Workshop, session: Session,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from app.portal import server as server_module

    made: list[tuple[str, Workshop]] = []
    original = server_module.portal_workshop

    def spy(desk: Workshop) -> Workshop:
        own = original(desk)
        made.append((threading.current_thread().name, own))
        return own

    monkeypatch.setattr(server_module, "portal_workshop", spy)
    server = PortalServer(workshop, PortalConfig(session.id, "127.0.0.1", 0))
    server.start()
    server.stop()
    [(thread, own)] = made
    assert thread == "portal"
    assert own.database.conn is not workshop.database.conn
    assert own.keys is workshop.keys  # secret ballots' keys are the process's


def test_starting_the_portal_settles_what_exists_out_of_the_collectors_way(
        workshop: Workshop, session: Session) -> None:
    """A full cycle collection during a vote would freeze the projector for tens of ms."""
    server = PortalServer(workshop, PortalConfig(session.id, "127.0.0.1", 0))
    try:
        server.start()
        assert gc.get_freeze_count() > 0
    finally:
        server.stop()
        gc.unfreeze()
