"""Checking in: room token, consent, group, badge claim, the cookie's flags."""

from __future__ import annotations

from collections.abc import Callable

from app.core.model import Group, Session
from app.core.pseudonym_words import picture, readable
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from tests.portal.phone import Phone, new_key


def test_a_newcomer_checks_in_and_gets_a_strict_http_only_cookie(
        phone: Phone, session: Session, workshop: Workshop) -> None:
    reply = phone.check_in(session.room_token, name="Amina", language="ar")

    assert reply.status == 200
    me = reply.json()["me"]
    assert me["display_name"] == "Amina"
    assert me["group"] == "newcomer"
    assert me["language"] == "ar"
    cookie = next(c for c in reply.headers.get_all("Set-Cookie") or [] if c.startswith("rt_p="))
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    [person] = workshop.roster.participants(session.id)
    assert person.consent_given
    assert person.id in workshop.roster.attendance(session.id)
    assert phone.state()["me"]["pseudonym"] == person.pseudonym


def test_the_phone_shows_the_pseudonym_in_its_own_script_with_its_picture(
        phone: Phone, session: Session, workshop: Workshop) -> None:
    reply = phone.check_in(session.room_token, language="fa")
    me = reply.json()["me"]
    [person] = workshop.roster.participants(session.id)
    assert me["pseudonym"] == person.pseudonym  # stored as generated: "Cedar-42"
    assert me["pseudonym_shown"] == readable(person.pseudonym, "fa")
    assert me["pseudonym_shown"] != person.pseudonym
    assert me["pseudonym_shown"][-1] in "۰۱۲۳۴۵۶۷۸۹"  # Persian digits
    assert me["picture"] == picture(person.pseudonym) != ""


def test_without_the_room_token_nobody_checks_in(phone: Phone, session: Session,
                                                 workshop: Workshop) -> None:
    for room in ("", "wrong", session.room_token[:-1] + "x", "x" * 100):
        reply = phone.check_in(room)
        assert (reply.status, reply.code) == (403, "room_token")
    assert phone.check_in("y" * 101).status == 400
    assert workshop.roster.participants(session.id) == []


def test_consent_is_required(phone: Phone, session: Session) -> None:
    reply = phone.post("/api/checkin", {"room": session.room_token, "key": new_key(),
                                        "language": "fr", "consent": False,
                                        "group": "newcomer"})
    assert (reply.status, reply.code) == (400, "consent_required")


def test_facilitator_and_observer_cannot_be_self_declared(phone: Phone, session: Session) -> None:
    for group in ("facilitator", "observer", "admin", ""):
        reply = phone.check_in(session.room_token, group=group)
        assert (reply.status, reply.code) == (400, "bad_request")


def test_a_language_outside_the_eight_is_refused(phone: Phone, session: Session) -> None:
    assert phone.check_in(session.room_token, language="xx").status == 400


def test_a_badge_code_claims_its_roster_entry(phone: Phone, session: Session,
                                             workshop: Workshop) -> None:
    person = workshop.roster.add(session.id, NewParticipant(Group.LOCAL_ACTOR, "fr", "Karim"))
    typed = person.short_code.lower()[:3] + "-" + person.short_code.lower()[3:]

    reply = phone.check_in(session.room_token, badge=typed, language="fr")

    assert reply.status == 200
    assert reply.json()["me"]["pseudonym"] == person.pseudonym
    assert workshop.roster.get(person.id).consent_given
    assert len(workshop.roster.participants(session.id)) == 1


def test_a_wrong_badge_code_claims_nobody(phone: Phone, session: Session,
                                          workshop: Workshop) -> None:
    workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER, "ar"))
    reply = phone.check_in(session.room_token, badge="ZZZZZZ")
    assert (reply.status, reply.code) == (403, "badge_unknown")
    assert "rt_p" not in phone.cookies


def test_a_removed_participants_badge_no_longer_works(phone: Phone, session: Session,
                                                      workshop: Workshop) -> None:
    person = workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER, "ar"))
    workshop.roster.remove(person.id)
    assert phone.check_in(session.room_token, badge=person.short_code).code == "badge_unknown"


def test_a_retried_check_in_adds_the_person_once(phone: Phone, session: Session,
                                                workshop: Workshop) -> None:
    key = new_key()
    first = phone.check_in(session.room_token, name="Olena", key=key)
    again = phone.check_in(session.room_token, name="Olena", key=key)
    assert first.status == again.status == 200
    assert first.json()["me"]["pseudonym"] == again.json()["me"]["pseudonym"]
    assert len(workshop.roster.participants(session.id)) == 1


def test_the_state_before_check_in_needs_the_room_token(phone: Phone, session: Session) -> None:
    assert phone.get("/api/state").code == "room_token"
    reply = phone.get(f"/api/state?room={session.room_token}")
    assert reply.status == 200
    assert reply.json()["me"] is None
    assert reply.json()["round"] is None


def test_a_removed_participant_is_out_at_once(checked_in: Phone, session: Session,
                                              workshop: Workshop) -> None:
    [person] = workshop.roster.participants(session.id)
    assert checked_in.get("/api/state").json()["me"] is not None  # the portal knows the phone
    workshop.roster.remove(person.id)
    assert (checked_in.note("still here?").status, checked_in.note("x").code) == (
        401, "not_checked_in")
    reply = checked_in.get(f"/api/state?room={session.room_token}")
    assert (reply.status, reply.code) == (403, "participant_removed")
    again = checked_in.check_in(session.room_token, name="Back again")
    assert (again.status, again.code) == (403, "participant_removed")
    assert len(workshop.roster.participants(session.id)) == 0


def test_a_new_room_token_shuts_the_old_qr_but_not_the_phones_already_in(
        checked_in: Phone, phones: Callable[[], Phone], session: Session,
        workshop: Workshop) -> None:
    renewed = workshop.sessions.new_room_token(session.id)
    late = phones()
    refused = late.check_in(session.room_token, name="With an old photo of the QR")
    assert (refused.status, refused.code) == (403, "room_token")
    assert late.check_in(renewed.room_token, name="Olena").status == 200
    assert checked_in.note("Still here").status == 200
