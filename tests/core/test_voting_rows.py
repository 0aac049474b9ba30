"""What one ballot writes: exactly the wanted dot rows, one audit event chained to the head."""

from __future__ import annotations

import pytest

from app.core.errors import RuleError
from app.core.model import Area, Channel, Group, RoundTarget
from app.core.operations import Result, Txn
from app.core.roster import NewParticipant
from app.core.voting import Turnout
from app.core.workshop import Workshop


def open_round(workshop: Workshop, *, secret: bool = False) -> tuple[int, int, int, list[int]]:
    session = workshop.sessions.create("Lab", "2026-11-01")
    person = workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER))
    workshop.roster.check_in(person.id)
    notes = [workshop.board.add_note(session.id, Area.IDEAS, f"idea {n}").id for n in range(4)]
    vote = workshop.voting.create(session.id, "Vote", RoundTarget.NOTES, notes,
                                  dots_per_person=5, cap_per_item=3, secret=secret)
    workshop.voting.open(vote.id)
    return session.id, vote.id, person.id, notes


def dot_rows(workshop: Workshop, round_id: int) -> set[tuple[object, ...]]:
    return set(workshop.database.conn.execute(
        "SELECT ballot, item_id, grp, channel, count FROM dot WHERE round_id = ?", (round_id,)))


@pytest.mark.parametrize("secret", [False, True])
def test_each_ballot_leaves_exactly_its_rows(workshop: Workshop, secret: bool) -> None:
    session_id, round_id, person, (a, b, c, _) = open_round(workshop, secret=secret)
    steps: list[tuple[dict[int, int], Channel]] = [
        ({a: 1}, Channel.PHONE), ({a: 1, b: 1}, Channel.PHONE), ({a: 2, b: 1}, Channel.PHONE),
        ({a: 2, b: 1}, Channel.KIOSK),  # same dots, another channel: every row says kiosk
        ({b: 3, c: 1}, Channel.KIOSK), ({c: 1}, Channel.PHONE), ({}, Channel.PHONE),
        ({a: 1, c: 2}, Channel.PHONE),
    ]
    for wanted, channel in steps:
        assert workshop.voting.set_ballot(round_id, person, wanted, origin=channel) == wanted
        rows = dot_rows(workshop, round_id)
        assert {(item, grp, ch, n) for _, item, grp, ch, n in rows} == {
            (item, "newcomer", channel.value, n) for item, n in wanted.items()}
        assert len({ballot for ballot, *_ in rows}) <= 1
        assert workshop.voting.my_dots(round_id, person) == wanted
        voters = workshop.database.scalar("SELECT COUNT(*) FROM voter WHERE round_id = ?",
                                          (round_id,))
        assert voters == (0 if secret or not wanted else 1)
    assert workshop.sessions.verify_audit(session_id).ok


def test_several_events_in_one_operation_chain_in_order(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    before = workshop.sessions.audit_head(session.id)[0]
    workshop.roster.add_many(session.id, [NewParticipant(Group.NEWCOMER)] * 3)

    def body(txn: Txn) -> Result:
        txn.audit("first", {"n": 1})
        txn.audit("second", {"n": 2, "key order": {"b": 1, "a": 2}})
        return {}

    workshop.ops.run(session.id, body)
    events, _ = workshop.sessions.audit_head(session.id)
    assert events == before + 5
    assert workshop.sessions.verify_audit(session.id).ok


def test_a_replay_answers_first_and_a_missing_session_is_refused(workshop: Workshop) -> None:
    _, round_id, person, (a, b, *_) = open_round(workshop)
    key = "k" * 20
    first = workshop.voting.set_ballot(round_id, person, {a: 1}, origin=Channel.PHONE, key=key)
    again = workshop.voting.set_ballot(round_id, person, {a: 1}, origin=Channel.PHONE, key=key)
    assert first == again == {a: 1}
    workshop.voting.close(round_id)
    # After the close a new ballot is refused, a replay still gets its first answer.
    assert workshop.voting.set_ballot(round_id, person, {a: 1}, origin=Channel.PHONE,
                                      key=key) == {a: 1}
    with pytest.raises(RuleError) as refused:
        workshop.voting.set_ballot(round_id, person, {b: 1}, origin=Channel.PHONE, key="x" * 20)
    assert refused.value.code == "round_not_open"
    with pytest.raises(RuleError) as missing:
        workshop.ops.run(999, lambda txn: {}, key=key)
    assert missing.value.code == "not_found"


def test_set_ballot_in_keeps_to_its_session(workshop: Workshop) -> None:
    session_id, round_id, person, (a, *_) = open_round(workshop)
    other = workshop.sessions.create("Other", "2026-11-02")
    assert workshop.voting.set_ballot_in(other.id, round_id, person, {a: 1},
                                         origin=Channel.PHONE) is None
    assert workshop.voting.set_ballot_in(session_id, round_id + 100, person, {a: 1},
                                         origin=Channel.PHONE) is None
    assert dot_rows(workshop, round_id) == set()
    cast = workshop.voting.set_ballot_in(session_id, round_id, person, {a: 2},
                                         origin=Channel.PHONE)
    assert cast is not None
    assert cast.vote_round.id == round_id
    assert cast.dots == {a: 2}
    assert cast.turnout == Turnout(1, 1)  # the first dot moved the turnout: said at once
    again = workshop.voting.set_ballot_in(session_id, round_id, person, {a: 1},
                                          origin=Channel.PHONE)
    assert again is not None
    assert again.turnout is None  # still one who voted: nothing to say
    emptied = workshop.voting.set_ballot_in(session_id, round_id, person, {},
                                            origin=Channel.PHONE, key="r" * 20)
    assert emptied is not None
    assert emptied.turnout == Turnout(0, 1)
    replay = workshop.voting.set_ballot_in(session_id, round_id, person, {},
                                           origin=Channel.PHONE, key="r" * 20)
    assert replay == emptied  # a replay gets the first answer, turnout included
