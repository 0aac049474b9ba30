"""Dot voting rules, checked against a simple model under random sequences of operations."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import RuleError
from app.core.model import Area, Channel, Group, RoundStatus, RoundTarget
from app.core.roster import NewParticipant
from app.core.workshop import Workshop

VOTERS = 6
ITEMS = 4
BUDGET = 3
CAP = 2

# An operation: (kind, voter index, item index). "close" ends the round halfway through.
operation = st.one_of(
    st.tuples(st.just("cast"), st.integers(0, VOTERS - 1), st.integers(0, ITEMS - 1)),
    st.tuples(st.just("remove"), st.integers(0, VOTERS - 1), st.integers(0, ITEMS - 1)),
    st.tuples(st.just("close"), st.just(0), st.just(0)),
)


def make_round(workshop: Workshop, secret: bool) -> tuple[int, list[int], list[int]]:
    session = workshop.sessions.create("Lab", "2026-11-01")
    people = workshop.roster.add_many(
        session.id,
        [NewParticipant(Group.NEWCOMER if n % 2 else Group.LOCAL_ACTOR) for n in range(VOTERS)],
    )
    for person in people:  # only the people in the room vote
        workshop.roster.check_in(person.id)
    notes = [workshop.board.add_note(session.id, Area.IDEAS, f"idea {n}") for n in range(ITEMS)]
    vote = workshop.voting.create(session.id, "Vote", RoundTarget.NOTES, [n.id for n in notes],
                                  dots_per_person=BUDGET, cap_per_item=CAP, secret=secret)
    workshop.voting.open(vote.id)
    return vote.id, [p.id for p in people], [n.id for n in notes]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operation, max_size=40), secret=st.booleans())
def test_stored_tally_equals_a_simple_model(tmp_path: Path, ops: list[tuple[str, int, int]],
                                           secret: bool) -> None:
    workshop = Workshop.open(tmp_path / f"v{len(list(tmp_path.iterdir()))}.sqlite")
    try:
        round_id, voters, items = make_round(workshop, secret)
        model: dict[int, Counter[int]] = {v: Counter() for v in range(VOTERS)}
        closed = False
        for kind, voter, item in ops:
            if kind == "close":
                if not closed:
                    workshop.voting.close(round_id)
                    closed = True
                continue
            mine = model[voter]
            if kind == "cast":
                allowed = (not closed and sum(mine.values()) < BUDGET and mine[item] < CAP)
                call = workshop.voting.cast_dot
            else:
                allowed = not closed and mine[item] > 0
                call = workshop.voting.remove_dot
            if allowed:
                call(round_id, voters[voter], items[item], origin=Channel.PHONE)
                mine[item] += 1 if kind == "cast" else -1
            else:
                with pytest.raises(RuleError):
                    call(round_id, voters[voter], items[item], origin=Channel.PHONE)

        tally = {t.item_id: t.total for t in workshop.voting.tally(round_id).items}
        expected = {items[i]: sum(m[i] for m in model.values()) for i in range(ITEMS)}
        assert tally == expected
        # Budget and cap hold for every ballot actually stored.
        for ballot_total, ballot_max in workshop.database.conn.execute(
                "SELECT SUM(count), MAX(count) FROM dot WHERE round_id = ? GROUP BY ballot",
                (round_id,)):
            assert ballot_total <= BUDGET
            assert ballot_max <= CAP
        voted = sum(1 for m in model.values() if sum(m.values()) > 0)
        assert workshop.voting.turnout(round_id).voted == voted
    finally:
        workshop.close()


def test_nothing_is_accepted_after_close(workshop: Workshop) -> None:
    round_id, voters, items = make_round(workshop, secret=False)
    workshop.voting.cast_dot(round_id, voters[0], items[0], origin=Channel.KIOSK)
    workshop.voting.close(round_id)
    with pytest.raises(RuleError) as caught:
        workshop.voting.set_ballot(round_id, voters[1], {items[1]: 1}, origin=Channel.PHONE)
    assert caught.value.code == "round_not_open"
    with pytest.raises(RuleError):
        workshop.voting.set_paper_dots(round_id, items[1], Group.NEWCOMER, 4)
    assert workshop.voting.tally(round_id).total_dots == 1


def test_a_replayed_ballot_counts_once(workshop: Workshop) -> None:
    round_id, voters, items = make_round(workshop, secret=False)
    for _ in range(3):
        workshop.voting.cast_dot(round_id, voters[0], items[0], origin=Channel.PHONE,
                                 key="same-key-from-the-phone")
    assert workshop.voting.my_dots(round_id, voters[0]) == {items[0]: 1}


def test_budget_and_cap_are_enforced_on_a_whole_ballot(workshop: Workshop) -> None:
    round_id, voters, items = make_round(workshop, secret=False)
    with pytest.raises(RuleError) as too_many:
        workshop.voting.set_ballot(round_id, voters[0], {items[0]: 2, items[1]: 2},
                                   origin=Channel.KIOSK)
    assert too_many.value.code == "budget_exceeded"
    with pytest.raises(RuleError) as over_cap:
        workshop.voting.set_ballot(round_id, voters[0], {items[0]: 3}, origin=Channel.KIOSK)
    assert over_cap.value.code == "cap_exceeded"


def test_facilitators_and_observers_do_not_vote(workshop: Workshop) -> None:
    round_id, _, items = make_round(workshop, secret=False)
    session_id = workshop.voting.get(round_id).session_id
    observer = workshop.roster.add(session_id, NewParticipant(Group.OBSERVER))
    with pytest.raises(RuleError) as caught:
        workshop.voting.cast_dot(round_id, observer.id, items[0], origin=Channel.KIOSK)
    assert caught.value.code == "cannot_vote"


def test_secret_round_stores_nothing_joining_voter_and_dot(workshop: Workshop) -> None:
    round_id, voters, items = make_round(workshop, secret=True)
    workshop.voting.set_ballot(round_id, voters[0], {items[2]: 2}, origin=Channel.PHONE)
    assert workshop.voting.my_dots(round_id, voters[0]) == {items[2]: 2}
    ballots = {row[0] for row in workshop.database.conn.execute("SELECT ballot FROM dot")}
    assert len(ballots) == 1
    ballot = ballots.pop()
    assert ballot != f"p{voters[0]}"
    assert len(ballot) == 65  # "s" + a keyed hash; the key never reaches the disk
    # No stored table holds both a participant and an item.
    for (table,) in workshop.database.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = {row[1] for row in workshop.database.conn.execute(f"PRAGMA table_info({table})")}
        assert not ({"participant_id", "author_id"} & columns and "item_id" in columns)
    audit = [row[0] for row in workshop.database.conn.execute(
        "SELECT data FROM audit WHERE op = 'secret_ballot'")]
    assert audit
    assert all("participant" not in data and "dots" not in data for data in audit)
    workshop.voting.close(round_id)
    assert workshop.voting.my_dots(round_id, voters[0]) == {}


def test_secret_round_after_restart_takes_no_further_ballot(db_path: Path) -> None:
    first = Workshop.open(db_path)
    round_id, voters, items = make_round(first, secret=True)
    first.voting.set_ballot(round_id, voters[0], {items[0]: 2, items[1]: 1},
                            origin=Channel.PHONE)
    first.close()
    restarted = Workshop.open(db_path)  # a new process: the in-memory key is gone
    try:
        for voter in (voters[0], voters[1]):  # nobody can tell who already voted
            with pytest.raises(RuleError) as caught:
                restarted.voting.cast_dot(round_id, voter, items[2], origin=Channel.PHONE)
            assert caught.value.code == "secret_round_interrupted"
        assert not restarted.voting.has_voted(round_id, voters[0])
        assert restarted.voting.tally(round_id).total_dots == 3  # what was cast is kept
        assert restarted.voting.turnout(round_id).voted == 1
        restarted.voting.close(round_id)
    finally:
        restarted.close()


def test_secret_round_writes_no_voter_rows(workshop: Workshop) -> None:
    round_id, voters, items = make_round(workshop, secret=True)
    workshop.voting.set_ballot(round_id, voters[0], {items[0]: 1}, origin=Channel.KIOSK)
    workshop.voting.set_ballot(round_id, voters[1], {items[1]: 1}, origin=Channel.KIOSK)
    assert workshop.database.scalar("SELECT COUNT(*) FROM voter") == 0
    assert workshop.voting.has_voted(round_id, voters[0])
    assert not workshop.voting.has_voted(round_id, voters[2])
    assert workshop.voting.turnout(round_id).voted == 2


def test_round_life_cycle_and_runoff(workshop: Workshop) -> None:
    round_id, voters, items = make_round(workshop, secret=False)
    with pytest.raises(RuleError):
        workshop.voting.reveal(round_id)
    for n, voter in enumerate(voters):
        workshop.voting.set_ballot(round_id, voter, {items[n % 2]: 1, items[2]: 1},
                                   origin=Channel.KIOSK)
    assert not workshop.voting.get(round_id).tallies_visible
    workshop.voting.close(round_id)
    revealed = workshop.voting.reveal(round_id)
    assert revealed.status is RoundStatus.REVEALED
    assert revealed.tallies_visible
    runoff = workshop.voting.runoff(round_id, 2)
    # items[2] leads with 6; items[0] and items[1] tie on 3 for second: both go through.
    assert set(runoff.item_ids) == {items[0], items[1], items[2]}
    assert runoff.status is RoundStatus.OPEN
    assert runoff.runoff_of == round_id


def test_only_one_round_open_at_a_time(workshop: Workshop) -> None:
    round_id, _, items = make_round(workshop, secret=False)
    session_id = workshop.voting.get(round_id).session_id
    second = workshop.voting.create(session_id, "Second", RoundTarget.NOTES, items)
    with pytest.raises(RuleError) as caught:
        workshop.voting.open(second.id)
    assert caught.value.code == "another_round_open"


def test_paper_dots_merge_into_the_tally(workshop: Workshop) -> None:
    round_id, voters, items = make_round(workshop, secret=False)
    workshop.voting.cast_dot(round_id, voters[0], items[0], origin=Channel.PHONE)
    workshop.voting.set_paper_dots(round_id, items[0], Group.NEWCOMER, 4)
    workshop.voting.set_paper_dots(round_id, items[0], Group.NEWCOMER, 5)  # corrected count
    tally = workshop.voting.tally(round_id)
    top = tally.items[0]
    assert top.item_id == items[0]
    assert top.total == 6
    assert top.by_channel == {"phone": 1, "paper": 5}
    assert tally.paper_dots == 5
