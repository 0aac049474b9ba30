"""Two programs on one database: each one's phones hear what the other changed."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from app.core.events import ChangeEvent, Subject
from app.core.model import Area, Channel, RoundTarget, Session
from app.core.outside_changes import OutsideChanges
from app.core.workshop import Workshop
from tests.portal.phone import Phone
from tests.portal.second_program import portal_program
from tests.portal.test_live import next_event, stream

WITHIN = 1.0  # seconds: another program's change reaches this one's phones


def test_a_vote_opened_at_the_window_reaches_the_other_programs_phones(
        workshop: Workshop, session: Session, db_path: Path) -> None:
    notes = [workshop.board.add_note(session.id, Area.IDEAS, f"Idea {i}") for i in range(3)]
    draft = workshop.voting.create(session.id, "Which first?", RoundTarget.NOTES,
                                   [n.id for n in notes], dots_per_person=3, cap_per_item=2)
    with portal_program(db_path, session.id) as port:
        phone = Phone(port)
        assert phone.check_in(session.room_token, name="Amina").status == 200
        assert phone.state()["notes_open"]
        with stream(phone) as response:
            assert next_event(response) == {"subjects": ["hello"]}
            opened = time.monotonic()
            workshop.voting.open(draft.id)  # at the window: the other program is not told
            assert next_event(response) == {"subjects": ["round"]}
            assert time.monotonic() - opened < WITHIN
        shown = phone.state()["round"]
        assert shown["id"] == draft.id
        assert shown["status"] == "open"
        # The phone votes through the other program, on the round opened here.
        assert phone.ballot(draft.id, {notes[0].id: 2}).status == 200
        phone.close()
    assert workshop.voting.my_dots(draft.id, shown_participant(workshop, session)) == {
        notes[0].id: 2}


def shown_participant(workshop: Workshop, session: Session) -> int:
    (person,) = [p for p in workshop.roster.participants(session.id) if p.display_name]
    return person.id


def test_a_phone_note_at_the_other_program_reaches_this_programs_hub(
        workshop: Workshop, session: Session, db_path: Path) -> None:
    heard: list[ChangeEvent] = []
    arrived = threading.Event()

    def on_event(event: ChangeEvent) -> None:
        heard.append(event)
        if event.subject is Subject.NOTE and event.origin is Channel.PHONE:
            arrived.set()  # the other program's phone (this program's desk note is told too)

    workshop.hub.subscribe(on_event)
    outside = OutsideChanges(db_path, workshop.hub).start()
    try:
        with portal_program(db_path, session.id) as port:
            phone = Phone(port)
            assert phone.check_in(session.room_token, name="Birch").status == 200
            # This program's own write is not told twice.
            mine = workshop.board.add_note(session.id, Area.IDEAS, "From the desk")
            sent = time.monotonic()
            reply = phone.note("From a phone of the other program")
            assert reply.status == 200, reply.body
            assert arrived.wait(WITHIN + 1.0)
            assert time.monotonic() - sent < WITHIN + 0.5
            phone.close()
    finally:
        outside.stop()
    notes = [e for e in heard if e.subject is Subject.NOTE]
    phone_note = reply.json()["id"]
    assert [e.ids for e in notes if e.origin is Channel.PHONE] == [(phone_note,)]
    assert [e.ids for e in notes if e.origin is Channel.DESK] == [(mine.id,)]
    assert any(e.subject is Subject.ATTENDANCE for e in heard)  # the check-in, too
