"""The live channel: Server-Sent Events reach a phone after a change, and stop when they must."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from app.core.events import ChangeEvent, Subject
from app.core.model import Area, Channel, Session
from app.core.workshop import Workshop
from app.portal.live import HOLD_SECONDS, SLOW_SECONDS, SPREAD_SECONDS, hold_refresh, refresh_pace
from app.portal.server import PortalServer
from tests.portal.phone import Phone


@contextmanager
def stream(phone: Phone) -> Iterator[http.client.HTTPResponse]:
    conn = http.client.HTTPConnection("127.0.0.1", phone.port, timeout=5)
    cookie = "; ".join(f"{k}={v}" for k, v in phone.cookies.items())
    conn.request("GET", "/api/live", headers={"Host": f"127.0.0.1:{phone.port}",
                                              "Cookie": cookie})
    response = conn.getresponse()
    try:
        yield response
    finally:
        conn.close()


def next_event(response: http.client.HTTPResponse) -> dict[str, list[str]] | None:
    """The next data frame (heartbeats skipped); None when the stream ends."""
    while True:
        line = response.readline()
        if not line:
            return None
        if line.startswith(b"data: "):
            found: dict[str, list[str]] = json.loads(line[6:])
            return found


def test_a_desk_change_reaches_the_phone(checked_in: Phone, session: Session,
                                         workshop: Workshop) -> None:
    with stream(checked_in) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/event-stream")
        assert next_event(response) == {"subjects": ["hello"]}
        workshop.board.add_note(session.id, Area.IDEAS, "From the desk")
        assert next_event(response) == {"subjects": ["note"]}
        workshop.agenda.next(session.id)
        assert next_event(response) == {"subjects": ["phase"]}


def test_the_stream_needs_a_participant(phone: Phone) -> None:
    with stream(phone) as response:
        assert response.status == 401


def test_removing_a_participant_ends_their_stream(checked_in: Phone, session: Session,
                                                  workshop: Workshop) -> None:
    [person] = workshop.roster.participants(session.id)
    with stream(checked_in) as response:
        assert next_event(response) == {"subjects": ["hello"]}
        workshop.roster.remove(person.id)
        assert next_event(response) is None


def test_stopping_the_portal_ends_the_streams(checked_in: Phone, portal: PortalServer) -> None:
    with stream(checked_in) as response:
        assert next_event(response) == {"subjects": ["hello"]}
        portal.stop()
        assert next_event(response) is None
    assert not portal.running


def test_a_phone_note_reaches_the_laptops_hub_before_the_phone_hears_recorded(
        checked_in: Phone, session: Session, workshop: Workshop) -> None:
    heard: list[tuple[ChangeEvent, float, str]] = []
    unsubscribe = workshop.hub.subscribe(
        lambda e: heard.append((e, time.perf_counter(), threading.current_thread().name)))
    try:
        checked_in.note("Live from a phone")
        answered = time.perf_counter()
    finally:
        unsubscribe()
    notes = [(e, at, thread) for e, at, thread in heard if e.subject is Subject.NOTE]
    assert len(notes) == 1
    event, at, thread = notes[0]
    assert event.origin is Channel.PHONE
    assert thread == "portal-commit_0"  # published by the portal's disk thread after COMMIT
    assert at <= answered


def test_a_room_voting_at_once_makes_few_frames(checked_in: Phone, session: Session,
                                                workshop: Workshop) -> None:
    from tests.portal.conftest import open_round

    vote = open_round(workshop, session, count=3, dots=3, cap=3)
    with stream(checked_in) as response:
        assert next_event(response) == {"subjects": ["hello"]}
        started = time.perf_counter()
        for count in (1, 2, 3, 0, 1):
            assert checked_in.ballot(vote.id, {vote.item_ids[0]: count}).status == 200
        frames = [next_event(response)]
        while frames[-1] is not None and "dots" not in frames[-1]["subjects"]:
            frames.append(next_event(response))  # the round's set-up may come first
        assert frames[-1] is not None
        assert "dots" in frames[-1]["subjects"]  # five changes, one frame
        assert len(frames) <= 2
        assert time.perf_counter() - started < 5
        workshop.voting.close(vote.id)
        assert next_event(response) == {"subjects": ["round"]}


def test_one_participant_keeps_at_most_three_streams(checked_in: Phone) -> None:
    with stream(checked_in) as first:
        assert next_event(first) == {"subjects": ["hello"]}
        with stream(checked_in) as second, stream(checked_in) as third:
            assert next_event(second) == next_event(third) == {"subjects": ["hello"]}
            with stream(checked_in) as fourth:
                assert next_event(fourth) == {"subjects": ["hello"]}
                assert next_event(first) is None  # the oldest was closed


def test_a_hall_is_told_to_read_again_less_often_than_a_room() -> None:
    """Phones read the state again after a refresh frame: 1,000 of them at a room's pace
    would crowd out the ballots still arriving."""
    assert refresh_pace(300) == (SLOW_SECONDS, SPREAD_SECONDS)
    seconds, spread = refresh_pace(1_000)
    assert 1_000 / spread <= 400  # reads a second, on average, while a frame is spread
    assert SLOW_SECONDS < seconds <= 5.0  # still told within a few seconds


def test_a_refresh_waits_while_the_portal_is_behind_but_not_for_ever() -> None:
    assert not hold_refresh(late=0.01, waited=2.0)  # on time: the phones are told
    assert hold_refresh(late=0.5, waited=2.0)  # a burst is still being answered: later
    assert not hold_refresh(late=0.5, waited=HOLD_SECONDS)  # told at last, however busy


def test_a_refresh_waits_while_phones_writes_are_being_recorded() -> None:
    assert hold_refresh(late=0.0, waited=1.0, writing=True)  # a burst of ballots: reads after
    assert not hold_refresh(late=0.0, waited=HOLD_SECONDS, writing=True)
