"""Notes from phones: phases, anonymity, moderation, retries, and text kept as text."""

from __future__ import annotations

from app.core.model import Area, Channel, NoteStatus, PhaseKind, Session
from app.core.workshop import Workshop
from tests.portal.phone import Phone, new_key

XSS = (
    '<script>alert("x")</script>',
    '<img src=x onerror="alert(1)">',
    "\"><svg onload=alert(1)>",
    "javascript:alert(1)",
    "{{7*7}} ${7*7} <b>bold</b> &amp; &lt;",
)


def test_a_note_lands_on_the_board_anonymously(checked_in: Phone, session: Session,
                                               workshop: Workshop) -> None:
    reply = checked_in.note("Evening opening hours")
    assert reply.status == 200
    assert reply.json()["status"] == "shown"
    [note] = workshop.board.notes(session.id)
    assert (note.text, note.area, note.channel, note.author_id) == (
        "Evening opening hours", Area.IDEAS, Channel.PHONE, None)


def test_a_signed_note_carries_its_author(checked_in: Phone, session: Session,
                                          workshop: Workshop) -> None:
    assert checked_in.note("Signed idea", signed=True).status == 200
    [person] = workshop.roster.participants(session.id)
    assert workshop.board.notes(session.id)[0].author_id == person.id


def test_expectations_go_to_their_own_area(checked_in: Phone, session: Session,
                                           workshop: Workshop) -> None:
    phase = next(p for p in workshop.agenda.phases(session.id)
                 if p.kind is PhaseKind.EXPECTATIONS)
    workshop.agenda.start(phase.id)
    assert checked_in.note("To understand the offices").status == 200
    assert workshop.board.notes(session.id)[0].area is Area.EXPECTATIONS


def test_notes_are_closed_outside_expectations_and_ideation(
        checked_in: Phone, session: Session, workshop: Workshop) -> None:
    voting = next(p for p in workshop.agenda.phases(session.id) if p.kind is PhaseKind.VOTING)
    workshop.agenda.start(voting.id)
    reply = checked_in.note("Too late")
    assert (reply.status, reply.code) == (409, "notes_closed")
    workshop.agenda.finish(session.id)
    assert checked_in.note("After the end").code == "notes_closed"
    assert workshop.board.notes(session.id) == []


def test_a_retry_is_answered_once_even_after_the_phase_moved_on(
        checked_in: Phone, session: Session, workshop: Workshop) -> None:
    key = new_key()
    first = checked_in.note("Only once", key=key)
    workshop.agenda.next(session.id)  # ideation ends
    again = checked_in.note("Only once", key=key)
    assert again.status == 200
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["duplicate"] is True
    assert len(workshop.board.notes(session.id)) == 1


def test_with_moderation_a_phone_note_waits_for_approval(checked_in: Phone, session: Session,
                                                         workshop: Workshop) -> None:
    workshop.sessions.update(session.id, moderation=True)
    reply = checked_in.note("Please check me")
    assert reply.json()["status"] == "pending"
    [note] = workshop.board.notes(session.id)
    assert note.status is NoteStatus.PENDING
    assert workshop.board.notes(session.id, include_pending=False) == []


def test_empty_and_too_long_notes_are_refused(checked_in: Phone, session: Session,
                                              workshop: Workshop) -> None:
    assert checked_in.note("   ").code == "empty_text"
    reply = checked_in.note("x" * 281)
    assert (reply.status, reply.code) == (400, "text_too_long")
    assert reply.json()["params"] == {"length": 281, "limit": 280}
    assert checked_in.note("x" * 280).status == 200
    assert len(workshop.board.notes(session.id)) == 1


def test_a_note_of_invisible_characters_is_refused(checked_in: Phone, session: Session,
                                                   workshop: Workshop) -> None:
    for blank in ("\u200b\u200b", "\u200d\u2060\ufeff", "\u202e\u2069", "\ufe0f \u3164"):
        reply = checked_in.note(blank)
        assert (reply.status, reply.code) == (400, "invisible_text")
        assert "invisible" in reply.json()["message"]
    assert workshop.board.notes(session.id) == []


def test_a_note_without_check_in_is_refused(phone: Phone, workshop: Workshop,
                                            session: Session) -> None:
    reply = phone.note("Who am I?")
    assert (reply.status, reply.code) == (401, "not_checked_in")
    assert workshop.board.notes(session.id) == []


def test_markup_is_stored_verbatim(checked_in: Phone, session: Session,
                                   workshop: Workshop) -> None:
    for payload in XSS:
        assert checked_in.note(payload).status == 200
    assert [n.text for n in workshop.board.notes(session.id)] == list(XSS)


def test_bad_fields_are_refused_by_name(checked_in: Phone) -> None:
    cases = [({"text": 5, "key": new_key()}, "text"), ({"text": "a"}, "key"),
             ({"text": "a", "key": "short"}, "key"), ({"text": "a", "key": "é" * 20}, "key"),
             ({"text": "a", "key": new_key(), "signed": "yes"}, "signed")]
    for body, field in cases:
        reply = checked_in.post("/api/notes", body)
        assert reply.status == 400
        assert reply.json()["params"]["field"] == field
