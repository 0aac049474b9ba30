"""A room's accidents: a restart during a secret round, a second ballot on the same badge,
someone who never checked in, a typo in the paper counts, a participant removed mid-vote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.errors import RuleError
from app.core.model import Channel, Group, RoundStatus
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from tests.core.test_voting import make_round


def audit_ops(workshop: Workshop) -> list[str]:
    return [row[0] for row in workshop.database.conn.execute("SELECT op FROM audit ORDER BY seq")]


def test_a_restart_interrupts_a_secret_round_and_closing_keeps_its_dots(db_path: Path) -> None:
    first = Workshop.open(db_path)
    round_id, voters, items = make_round(first, secret=True)
    session_id = first.voting.get(round_id).session_id
    first.voting.set_ballot(round_id, voters[0], {items[0]: 2}, origin=Channel.PHONE)
    assert first.voting.interrupted(session_id) is None  # the key is still here
    first.close()
    restarted = Workshop.open(db_path)
    try:
        found = restarted.voting.interrupted(session_id)
        assert found is not None
        assert found.id == round_id
        closed = restarted.voting.close_interrupted(round_id)
        assert closed.status is RoundStatus.CLOSED
        assert restarted.voting.tally(round_id).total_dots == 2
        assert restarted.voting.interrupted(session_id) is None
        assert "close_interrupted_round" in audit_ops(restarted)
    finally:
        restarted.close()


def test_discarding_an_interrupted_round_opens_the_same_round_afresh(db_path: Path) -> None:
    first = Workshop.open(db_path)
    round_id, voters, items = make_round(first, secret=True)
    old = first.voting.get(round_id)
    first.voting.set_ballot(round_id, voters[0], {items[0]: 2}, origin=Channel.PHONE)
    first.voting.set_paper_dots(round_id, items[1], Group.NEWCOMER, 3)
    first.close()
    restarted = Workshop.open(db_path)
    try:
        fresh = restarted.voting.restart_interrupted(round_id)
        assert fresh.id != round_id
        assert (fresh.title, fresh.item_ids, fresh.secret) == (old.title, old.item_ids, True)
        assert (fresh.dots_per_person, fresh.cap_per_item) == (old.dots_per_person,
                                                               old.cap_per_item)
        assert fresh.status is RoundStatus.OPEN
        assert [r.id for r in restarted.voting.rounds(old.session_id)] == [fresh.id]
        tally = restarted.voting.tally(fresh.id)
        assert tally.total_dots == 3  # the electronic dots are gone, the paper count stays
        assert tally.paper_dots == 3
        assert restarted.voting.interrupted(old.session_id) is None
        # The fresh round takes ballots again, from the voter whose dots were discarded too.
        restarted.voting.set_ballot(fresh.id, voters[0], {items[2]: 1}, origin=Channel.KIOSK)
        assert restarted.voting.turnout(fresh.id).voted == 1
        event = restarted.database.scalar(
            "SELECT data FROM audit WHERE op = 'restart_interrupted_round'")
        assert json.loads(event) == {"round": round_id, "new_round": fresh.id,
                                     "discarded_dots": 2}
    finally:
        restarted.close()


def test_a_round_that_was_not_interrupted_is_not_recovered(workshop: Workshop) -> None:
    round_id, _, _ = make_round(workshop, secret=True)
    for recover in (workshop.voting.close_interrupted, workshop.voting.restart_interrupted):
        with pytest.raises(RuleError) as caught:
            recover(round_id)
        assert caught.value.code == "round_not_interrupted"


@pytest.mark.parametrize("secret", [False, True])
def test_a_second_kiosk_ballot_replaces_only_when_confirmed_and_is_counted(
        workshop: Workshop, secret: bool) -> None:
    round_id, voters, items = make_round(workshop, secret=secret)
    workshop.voting.set_ballot(round_id, voters[0], {items[0]: 2}, origin=Channel.KIOSK,
                               replace=False)
    with pytest.raises(RuleError) as caught:
        workshop.voting.set_ballot(round_id, voters[0], {items[1]: 1}, origin=Channel.KIOSK,
                                   replace=False)
    assert caught.value.code == "already_voted"
    assert workshop.voting.replacements(round_id) == 0
    workshop.voting.set_ballot(round_id, voters[0], {items[1]: 1}, origin=Channel.KIOSK,
                               replace=True)
    assert workshop.voting.replacements(round_id) == 1
    assert workshop.voting.tally(round_id).total_dots == 1
    # A first ballot confirmed with replace=True is not a replacement.
    workshop.voting.set_ballot(round_id, voters[1], {items[1]: 1}, origin=Channel.KIOSK,
                               replace=True)
    assert workshop.voting.replacements(round_id) == 1


def test_only_people_checked_in_and_still_here_vote(workshop: Workshop) -> None:
    round_id, voters, items = make_round(workshop, secret=False)
    session_id = workshop.voting.get(round_id).session_id
    stranger = workshop.roster.add(session_id, NewParticipant(Group.NEWCOMER))
    with pytest.raises(RuleError) as caught:
        workshop.voting.set_ballot(round_id, stranger.id, {items[0]: 1}, origin=Channel.PHONE)
    assert caught.value.code == "not_present"
    workshop.roster.check_out(voters[0])
    with pytest.raises(RuleError) as left:
        workshop.voting.cast_dot(round_id, voters[0], items[0], origin=Channel.KIOSK)
    assert left.value.code == "not_present"
    assert workshop.voting.tally(round_id).total_dots == 0


def test_paper_dots_are_bounded_by_the_people_present(workshop: Workshop) -> None:
    round_id, _, items = make_round(workshop, secret=False)  # 3 newcomers here, cap 2, 3 each
    with pytest.raises(RuleError) as over_cap:
        workshop.voting.set_paper_dots(round_id, items[0], Group.NEWCOMER, 999)
    assert over_cap.value.code == "paper_over_cap"
    assert over_cap.value.params["limit"] == 6
    workshop.voting.set_paper_dots(round_id, items[0], Group.NEWCOMER, 6)
    with pytest.raises(RuleError) as over_budget:
        workshop.voting.set_paper_dots(round_id, items[1], Group.NEWCOMER, 4)
    assert over_budget.value.code == "paper_over_budget"
    assert over_budget.value.params["limit"] == 9
    workshop.voting.set_paper_dots(round_id, items[1], Group.NEWCOMER, 3)
    with pytest.raises(RuleError) as negative:
        workshop.voting.set_paper_dots(round_id, items[2], Group.NEWCOMER, -5)
    assert negative.value.code == "paper_negative"
    assert workshop.voting.tally(round_id).paper_dots == 9


def test_a_removed_participants_dots_can_be_withdrawn_from_an_open_round(
        workshop: Workshop) -> None:
    round_id, voters, items = make_round(workshop, secret=False)
    session_id = workshop.voting.get(round_id).session_id
    workshop.voting.set_ballot(round_id, voters[0], {items[0]: 2, items[1]: 1},
                               origin=Channel.PHONE)
    assert [r.id for r in workshop.voting.rounds_voted_in(session_id, voters[0])] == [round_id]
    assert workshop.voting.rounds_voted_in(session_id, voters[1]) == []
    assert workshop.voting.withdraw(round_id, voters[0]) == 3
    workshop.roster.remove(voters[0])
    assert workshop.voting.tally(round_id).total_dots == 0
    assert workshop.voting.turnout(round_id).voted == 0
    assert "withdraw_dots" in audit_ops(workshop)


def test_a_secret_rounds_dots_cannot_be_withdrawn(workshop: Workshop) -> None:
    round_id, voters, items = make_round(workshop, secret=True)
    workshop.voting.set_ballot(round_id, voters[0], {items[0]: 1}, origin=Channel.PHONE)
    with pytest.raises(RuleError) as caught:
        workshop.voting.withdraw(round_id, voters[0])
    assert caught.value.code == "secret_cannot_withdraw"


def test_a_runoff_has_its_own_title(workshop: Workshop) -> None:
    round_id, voters, items = make_round(workshop, secret=False)
    workshop.voting.set_ballot(round_id, voters[0], {items[0]: 2, items[1]: 1},
                               origin=Channel.PHONE)
    workshop.voting.close(round_id)
    runoff = workshop.voting.runoff(round_id, 2)
    assert runoff.title == "Run-off: Vote"
    workshop.voting.set_ballot(runoff.id, voters[1], {items[0]: 1, items[1]: 1},
                               origin=Channel.PHONE)
    workshop.voting.close(runoff.id)
    again = workshop.voting.runoff(runoff.id, 2, title="Second tour : " + "x" * 200)
    assert len(again.title) == 120
    assert again.title.endswith("…")
