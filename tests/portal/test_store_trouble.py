"""The disk fills while phones write: each phone hears its note was not recorded (as before),
the facilitator is told once, no traceback is logged, and recording resumes with room."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.model import Session
from app.core.workshop import Workshop
from app.portal import server as portal_server
from app.portal.server import PortalServer
from app.storage.faults import TROUBLES
from tests.portal.conftest import start_portal
from tests.portal.phone import Phone


@pytest.fixture
def writers(monkeypatch: pytest.MonkeyPatch) -> list[Workshop]:
    """The portal thread's own writing Workshop, to give its disk a size."""
    made: list[Workshop] = []
    original = portal_server.portal_workshop

    def keep(desk: Workshop) -> Workshop:
        made.append(original(desk))
        return made[-1]

    monkeypatch.setattr(portal_server, "portal_workshop", keep)
    return made


@pytest.fixture
def small_disk_portal(workshop: Workshop, session: Session,
                      writers: list[Workshop]) -> Iterator[PortalServer]:
    server = start_portal(workshop, session)
    yield server
    server.stop()


def test_a_full_disk_is_told_once_without_a_traceback(
        small_disk_portal: PortalServer, workshop: Workshop, session: Session,
        writers: list[Workshop],
        caplog: pytest.LogCaptureFixture) -> None:
    told: list[str] = []
    TROUBLES.subscribe(lambda trouble: told.append(trouble.code))
    phone = Phone(small_disk_portal.port)
    try:
        assert phone.check_in(session.room_token).status == 200
        conn = writers[0].database.conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # no more room on the disk
        replies = [phone.note(f"note {n:03d} " + "x" * 260) for n in range(40)]
        refused = [r for r in replies if r.status != 200]
        assert refused
        for reply in refused:
            assert (reply.status, reply.code) == (500, "server_error")
            assert "not recorded" in reply.json()["message"]
        assert told == ["disk_full"]
        assert not [r for r in caplog.records if r.exc_info]
        conn.execute(f"PRAGMA max_page_count = {pages * 100}")  # room again
        assert phone.note("recorded again").status == 200
        assert TROUBLES.active == []
        stored = {n.text for n in workshop.board.notes(session.id, include_pending=True)}
        for n, reply in enumerate(replies):  # "recorded" only for what is on disk
            assert ((f"note {n:03d} " + "x" * 260) in stored) == (reply.status == 200)
        assert "recorded again" in stored
    finally:
        phone.close()
