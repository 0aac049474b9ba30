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
