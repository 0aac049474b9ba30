"""Group commit: one COMMIT per loop turn, each operation whole or nothing, events after COMMIT."""

from __future__ import annotations

import asyncio
import sqlite3
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import Area, Channel, Session
from app.core.workshop import Workshop
from app.portal.application import portal_workshop
from app.portal.group_commit import BatchingDatabase, GroupCommit, HeldHub
from app.portal.server import PortalServer
from app.storage.database import open_database
from tests.portal.conftest import open_round
from tests.portal.phone import Phone


def group_of(own: Workshop) -> GroupCommit:
    assert isinstance(own.database, BatchingDatabase)
    assert isinstance(own.hub, HeldHub)
    return GroupCommit(own.database, own.hub)


def add(own: Workshop, session: Session, text: str) -> int:
    return own.board.add_note(session.id, Area.IDEAS, text, origin=Channel.PHONE).id


def test_work_of_one_turn_shares_a_commit_and_events_follow_it(
        workshop: Workshop, session: Session) -> None:
    own = portal_workshop(workshop)
    group = group_of(own)
    heard: list[tuple[ChangeEvent, int]] = []

    def on_event(event: ChangeEvent) -> None:  # what another connection sees at that moment
        other = open_database(workshop.database.path)
        try:
            heard.append((event, other.scalar("SELECT COUNT(*) FROM note")))
        finally:
            other.close()

    unsubscribe = workshop.hub.subscribe(on_event)

    async def turn() -> list[int]:
        return list(await asyncio.gather(*(group.run(lambda t=t: add(own, session, t))
                                           for t in ("one", "two", "three"))))

    try:
        ids = asyncio.run(turn())
    finally:
        unsubscribe()
        own.close()
    assert group.groups == 1
    assert len(set(ids)) == 3
    assert [seen for e, seen in heard if e.subject is Subject.NOTE] == [3, 3, 3]
    assert [n.text for n in workshop.board.notes(session.id)] == ["one", "two", "three"]
    assert workshop.sessions.verify_audit(session.id).ok


def test_refused_work_leaves_the_rest_of_its_group(workshop: Workshop,
                                                   session: Session) -> None:
    own = portal_workshop(workshop)
    group = group_of(own)
    heard: list[ChangeEvent] = []
    unsubscribe = workshop.hub.subscribe(heard.append)

    def half_then_refused() -> None:  # the first write of a refused piece is undone too
        add(own, session, "undone")
        add(own, session, "x" * 300)

    async def turn() -> list[object]:
        return list(await asyncio.gather(
            group.run(lambda: add(own, session, "kept")),
            group.run(half_then_refused),
            group.run(lambda: add(own, session, "kept too")),
            return_exceptions=True))

    try:
        results = asyncio.run(turn())
    finally:
        unsubscribe()
        own.close()
    assert isinstance(results[1], RuleError)
    assert [n.text for n in workshop.board.notes(session.id)] == ["kept", "kept too"]
    assert len([e for e in heard if e.subject is Subject.NOTE]) == 2
    assert workshop.sessions.verify_audit(session.id).ok


def test_a_failed_commit_records_nothing_and_tells_nobody(workshop: Workshop,
                                                          session: Session) -> None:
    own = portal_workshop(workshop)
    group = group_of(own)
    heard: list[ChangeEvent] = []
    unsubscribe = workshop.hub.subscribe(heard.append)

    def poisoned() -> None:
        add(own, session, "lost")
        # A foreign key checked only at COMMIT makes the COMMIT itself fail.
        own.database.conn.execute("PRAGMA defer_foreign_keys = ON")
        own.database.conn.execute("UPDATE note SET theme_id = 999999")

    async def turn() -> list[object]:
        return list(await asyncio.gather(group.run(lambda: add(own, session, "also lost")),
                                         group.run(poisoned), return_exceptions=True))

    try:
        results = asyncio.run(turn())
    finally:
        unsubscribe()
        own.close()
    assert all(isinstance(r, sqlite3.IntegrityError) for r in results)
    assert workshop.board.notes(session.id) == []
    assert heard == []
    assert workshop.sessions.verify_audit(session.id).ok


def test_the_desk_writes_between_two_groups(workshop: Workshop, session: Session) -> None:
    own = portal_workshop(workshop)
    group = group_of(own)

    async def turn() -> None:
        await group.run(lambda: add(own, session, "phone"))
        workshop.board.add_note(session.id, Area.IDEAS, "desk")  # no lock left behind
        await group.run(lambda: add(own, session, "phone again"))

    try:
        asyncio.run(turn())
    finally:
        own.close()
    assert [n.text for n in workshop.board.notes(session.id)] == ["phone", "desk",
                                                                  "phone again"]


def test_many_phones_at_once_all_count_once(portal: PortalServer, session: Session,
                                            workshop: Workshop) -> None:
    vote = open_round(workshop, session, count=3, dots=3, cap=3)

    def one_phone(n: int) -> int:
        phone = Phone(portal.port)
        try:
            assert phone.check_in(session.room_token).status == 200
            assert phone.note(f"note {n}").status == 200
            for dots in range(1, 4):
                assert phone.ballot(vote.id, {vote.item_ids[n % 3]: dots}).status == 200
            return sum(int(v) for v in phone.state()["round"]["my_dots"].values())
        finally:
            phone.close()

    with ThreadPoolExecutor(max_workers=20) as pool:
        assert list(pool.map(one_phone, range(40))) == [3] * 40
    assert workshop.voting.tally(vote.id).total_dots == 120
    assert len(workshop.board.notes(session.id, area=Area.IDEAS)) == 43
    assert workshop.sessions.verify_audit(session.id).ok


def test_the_desk_queues_for_the_same_writer_turn_as_the_portal(
        workshop: Workshop, session: Session) -> None:
    """The desk waits on WRITER_TURN (woken when the portal's group ends), not by polling
    SQLite's lock with growing sleeps."""
    import threading

    from app.core.writer_turn import WRITER_TURN

    desk = threading.Thread(
        target=lambda: workshop.board.add_note(session.id, Area.IDEAS, "from the desk"))
    with WRITER_TURN:  # as the portal holds it during a group
        desk.start()
        desk.join(0.2)
        assert desk.is_alive()  # waiting for its turn, though SQLite's lock is free
        assert workshop.board.notes(session.id) == []
    desk.join(5)
    assert not desk.is_alive()
    assert [n.text for n in workshop.board.notes(session.id)] == ["from the desk"]


def test_a_stopping_portal_starts_no_group_and_leaves_the_turn_free(
        workshop: Workshop, session: Session) -> None:
    own = portal_workshop(workshop)
    group = group_of(own)

    async def turn() -> None:
        await group.run(lambda: add(own, session, "on disk"))
        late = asyncio.ensure_future(group.run(lambda: add(own, session, "never written")))
        await group.close()
        with pytest.raises(asyncio.CancelledError):
            await late

    try:
        asyncio.run(turn())
    finally:
        own.close()
    workshop.board.add_note(session.id, Area.IDEAS, "the desk goes on")
    assert [n.text for n in workshop.board.notes(session.id)] == ["on disk", "the desk goes on"]


def test_a_group_waits_for_another_programs_lock_while_the_loop_goes_on(
        workshop: Workshop, session: Session) -> None:
    """The window (another program) holds SQLite's write lock: the portal's loop keeps
    answering phones while its group waits for the lock on the disk thread."""
    own = portal_workshop(workshop)
    group = group_of(own)
    other_program = sqlite3.connect(str(workshop.database.path), isolation_level=None)
    other_program.execute("BEGIN IMMEDIATE")

    async def scenario() -> int:
        written = asyncio.create_task(group.run(lambda: add(own, session, "from a phone")))
        for _ in range(50):  # the loop turns: not asleep inside SQLite's busy wait
            await asyncio.sleep(0)
        assert not written.done()
        other_program.execute("COMMIT")
        note_id = await asyncio.wait_for(written, 10)
        await group.close()
        return note_id

    try:
        note_id = asyncio.run(scenario())
    finally:
        other_program.close()
        own.close()
    assert workshop.board.note(note_id).text == "from a phone"
