"""Dot voting from phones: budget, cap, changes until close, retries, secrecy, results."""

from __future__ import annotations

from collections.abc import Callable

from app.core.model import Group, Session
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from tests.portal.conftest import open_round
from tests.portal.phone import Phone, new_key


def test_a_ballot_is_recorded_and_can_change_until_close(
        checked_in: Phone, session: Session, workshop: Workshop) -> None:
    vote = open_round(workshop, session)
    a, b, c = vote.item_ids
    reply = checked_in.ballot(vote.id, {a: 2, b: 1})
    assert reply.status == 200
    assert reply.json() == {"round": vote.id, "dots": {str(a): 2, str(b): 1}, "remaining": 0,
                            "turnout": {"voted": 1, "eligible": 1}}  # the first dot moved it

    assert checked_in.ballot(vote.id, {c: 1}).status == 200
    view = checked_in.state()["round"]
    assert view["my_dots"] == {str(c): 1}
    assert view["turnout"] == {"voted": 1, "eligible": 1}
    assert view["results"] is None  # not revealed, not live

    workshop.voting.close(vote.id)
    assert checked_in.ballot(vote.id, {a: 1}).code == "round_not_open"
    assert workshop.voting.tally(vote.id).total_dots == 1


def test_budget_and_cap_are_enforced(checked_in: Phone, session: Session,
                                     workshop: Workshop) -> None:
    vote = open_round(workshop, session, dots=3, cap=2)
    a, b, _c = vote.item_ids
    assert checked_in.ballot(vote.id, {a: 3}).json()["params"] == {"cap": 2}
    assert checked_in.ballot(vote.id, {a: 2, b: 2}).code == "budget_exceeded"
    assert checked_in.ballot(vote.id, {999_999: 1}).code == "item_not_in_round"
    assert workshop.voting.tally(vote.id).total_dots == 0


def test_a_replayed_ballot_counts_once(checked_in: Phone, session: Session,
                                       workshop: Workshop) -> None:
    vote = open_round(workshop, session)
    a, b, _ = vote.item_ids
    key = new_key()
    for _ in range(5):
        assert checked_in.ballot(vote.id, {a: 1, b: 1}, key=key).status == 200
    newer = checked_in.ballot(vote.id, {a: 2})
    assert newer.status == 200
    stale = checked_in.ballot(vote.id, {a: 1, b: 1}, key=key)  # a late retry of the first
    assert stale.json()["dots"] == {str(a): 1, str(b): 1}  # the first answer, nothing written
    assert workshop.voting.my_dots(vote.id, workshop.roster.participants(session.id)[0].id) == {
        a: 2}


def test_malformed_dots_are_refused(checked_in: Phone, session: Session,
                                    workshop: Workshop) -> None:
    vote = open_round(workshop, session)
    a = vote.item_ids[0]
    for dots in ([1], {str(a): -1}, {str(a): True}, {str(a): 1.5}, {"x": 1}, {"-1": 1},
                 {str(a): 10**9}, "dots", {str(i): 0 for i in range(201)}):
        reply = checked_in.post("/api/ballot", {"round": vote.id, "key": new_key(),
                                                "dots": dots})
        assert (reply.status, reply.json()["params"].get("field")) == (400, "dots"), dots
    for round_id in (0, -1, "1", None, 2**40):
        reply = checked_in.post("/api/ballot", {"round": round_id, "key": new_key(),
                                                "dots": {}})
        assert reply.status == 400
    assert checked_in.ballot(10_000, {}).status == 404


def test_a_round_of_another_session_is_not_found(checked_in: Phone, session: Session,
                                                  workshop: Workshop) -> None:
    other = workshop.sessions.create("Other", "2026-11-23")
    vote = open_round(workshop, other)
    assert checked_in.ballot(vote.id, {vote.item_ids[0]: 1}).status == 404


def test_facilitators_and_observers_do_not_vote(phone: Phone, session: Session,
                                                workshop: Workshop) -> None:
    person = workshop.roster.add(session.id, NewParticipant(Group.OBSERVER, "en"))
    assert phone.check_in(session.room_token, badge=person.short_code).status == 200
    assert phone.state()["me"]["can_vote"] is False
    vote = open_round(workshop, session)
    assert phone.ballot(vote.id, {vote.item_ids[0]: 1}).code == "cannot_vote"


def test_a_secret_round_never_shows_another_persons_dots(
        phones: Callable[[], Phone], session: Session, workshop: Workshop) -> None:
    first, second = phones(), phones()
    for phone in (first, second):
        assert phone.check_in(session.room_token).status == 200
    vote = open_round(workshop, session, secret=True)
    a, b, _ = vote.item_ids
    assert first.ballot(vote.id, {a: 2}).status == 200
    assert second.state()["round"]["my_dots"] == {}
    assert second.ballot(vote.id, {b: 1}).status == 200
    assert first.state()["round"]["my_dots"] == {str(a): 2}
    assert second.state()["round"]["my_dots"] == {str(b): 1}
    assert first.state()["round"]["turnout"]["voted"] == 2


def test_results_show_once_revealed(checked_in: Phone, session: Session,
                                    workshop: Workshop) -> None:
    vote = open_round(workshop, session)
    a, b, _ = vote.item_ids
    checked_in.ballot(vote.id, {a: 2, b: 1})
    workshop.voting.close(vote.id)
    assert checked_in.state()["round"]["results"] is None
    workshop.voting.reveal(vote.id)
    results = checked_in.state()["round"]["results"]
    assert [(r["id"], r["total"], r["rank"]) for r in results[:2]] == [(a, 2, 1), (b, 1, 2)]


def test_a_live_round_shows_results_while_open(checked_in: Phone, session: Session,
                                               workshop: Workshop) -> None:
    vote = open_round(workshop, session, show_live=True)
    checked_in.ballot(vote.id, {vote.item_ids[1]: 1})
    results = checked_in.state()["round"]["results"]
    assert results[0] == {"id": vote.item_ids[1], "total": 1, "rank": 1}


def test_someone_who_left_cannot_vote_from_their_phone(
        checked_in: Phone, session: Session, workshop: Workshop) -> None:
    vote = open_round(workshop, session)
    person = workshop.roster.participants(session.id)[0]
    workshop.roster.check_out(person.id)  # left early: the phone still holds its cookie
    reply = checked_in.ballot(vote.id, {vote.item_ids[0]: 1})
    assert reply.code == "not_present"
    assert workshop.voting.tally(vote.id).total_dots == 0
    workshop.roster.check_in(person.id)  # back in the room
    assert checked_in.ballot(vote.id, {vote.item_ids[0]: 1}).status == 200


def test_an_interrupted_secret_round_is_said_and_its_restart_takes_ballots(
        checked_in: Phone, session: Session, workshop: Workshop) -> None:
    vote = open_round(workshop, session, secret=True)
    a, b, _ = vote.item_ids
    assert checked_in.ballot(vote.id, {a: 1}).status == 200
    assert checked_in.state()["round"]["interrupted"] is False
    workshop.keys.forget(vote.id)  # what a restart of the program does to the round's key
    view = checked_in.state()["round"]
    assert view["id"] == vote.id
    assert view["interrupted"] is True
    assert checked_in.ballot(vote.id, {b: 1}).code == "secret_round_interrupted"
    fresh = workshop.voting.restart_interrupted(vote.id)
    view = checked_in.state()["round"]
    assert (view["id"], view["interrupted"], view["my_dots"]) == (fresh.id, False, {})
    assert checked_in.ballot(fresh.id, {b: 1}).status == 200
    assert workshop.voting.tally(fresh.id).total_dots == 1
def test_late_phones_in_a_secret_round_closed_normally_are_told_voting_is_closed(
        phones: Callable[[], Phone], session: Session, workshop: Workshop) -> None:
    vote = open_round(workshop, session, secret=True)
    a, b, _ = vote.item_ids
    early, *late = [phones() for _ in range(20)]
    for phone in (early, *late):
        assert phone.check_in(session.room_token).status == 200
    key = new_key()
    assert early.ballot(vote.id, {a: 1, b: 1}, key=key).status == 200
    workshop.voting.close(vote.id)

    for phone in late:
        refused = phone.ballot(vote.id, {a: 1})
        assert refused.status == 409
        assert refused.code == "round_not_open"  # not "the laptop restarted"
    replay = early.ballot(vote.id, {a: 1, b: 1}, key=key)  # its answer was lost on the way
    assert replay.status == 200
    assert replay.json()["dots"] == {str(a): 1, str(b): 1}
    assert workshop.voting.tally(vote.id).total_dots == 2


def test_a_secret_round_interrupted_while_open_still_says_so(
        checked_in: Phone, session: Session, workshop: Workshop) -> None:
    vote = open_round(workshop, session, secret=True)
    workshop.keys.forget(vote.id)  # what a restart of the program leaves: an open round, no key
    assert checked_in.ballot(vote.id, {vote.item_ids[0]: 1}).code == "secret_round_interrupted"
