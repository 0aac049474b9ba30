"""Bridging ideas from dots split by group; never on a suppressed group."""

from __future__ import annotations

import pytest

from app.core.bridging import bridging_ideas
from app.core.errors import RuleError
from app.core.tally import DotCount, compute_tally
from app.core.workshop import Workshop


def _tally(newcomers: int) -> object:
    dots = [DotCount(1, "local_actor", "phone", 10), DotCount(1, "newcomer", "phone", 6),
            DotCount(2, "local_actor", "phone", 9), DotCount(2, "newcomer", "phone", 1),
            DotCount(3, "newcomer", "phone", 8), DotCount(3, "local_actor", "phone", 1)]
    return compute_tally([1, 2, 3], dots, {"local_actor": 6, "newcomer": newcomers}, 3)


def test_only_ideas_both_groups_support_bridge() -> None:
    found = bridging_ideas(_tally(6), 0.3)  # type: ignore[arg-type]
    assert found.computed
    assert found.items == (1,)
    assert found.shares[2]["newcomer"] == pytest.approx(1 / 15)


def test_never_computed_on_a_suppressed_group() -> None:
    found = bridging_ideas(_tally(4), 0.1)  # type: ignore[arg-type]
    assert not found.computed
    assert found.items == ()
    assert found.shares == {}


def test_the_threshold_is_the_facilitators_and_checked(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-03-01")
    assert workshop.bridging.get(session.id) == 0.25
    workshop.bridging.set(session.id, 0.4)
    assert workshop.sessions.get(session.id).bridging_share == 0.4
    for bad in (0, 1.5, float("nan")):
        with pytest.raises(RuleError):
            workshop.bridging.set(session.id, bad)


def test_bridging_ideas_of_a_closed_round(workshop: Workshop) -> None:
    from app.core.bridging import session_bridging
    from app.core.model import Area, Channel, Group, RoundTarget
    from app.core.roster import NewParticipant

    session = workshop.sessions.create("Lab", "2026-03-01")
    ideas = [workshop.board.add_note(session.id, Area.IDEAS, text).id
             for text in ("Guichet unique", "Horaires du soir", "Ateliers numériques")]
    locals_ = [workshop.roster.add(session.id, NewParticipant(Group.LOCAL_ACTOR)).id
               for _ in range(5)]
    newcomers = [workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER)).id
                 for _ in range(5)]
    for person in locals_ + newcomers:
        workshop.roster.check_in(person)
    vote = workshop.voting.create(session.id, "Priorités", RoundTarget.NOTES, ideas,
                                  dots_per_person=2, cap_per_item=2)
    workshop.voting.open(vote.id)
    for person in locals_:
        workshop.voting.set_ballot(vote.id, person, {ideas[0]: 1, ideas[1]: 1},
                                   origin=Channel.KIOSK)
    for person in newcomers:
        workshop.voting.set_ballot(vote.id, person, {ideas[0]: 1, ideas[2]: 1},
                                   origin=Channel.KIOSK)
    assert session_bridging(workshop, session.id) == []  # open: nothing yet
    workshop.voting.close(vote.id)
    [found] = session_bridging(workshop, session.id)
    assert found.bridging.computed
    assert found.bridging.items == (ideas[0],)
    assert found.texts == {ideas[0]: "Guichet unique"}
    workshop.bridging.set(session.id, 0.6)
    [stricter] = session_bridging(workshop, session.id)
    assert stricter.bridging.items == ()
