"""Counting: ranks with ties, channels, and suppression of small groups."""

from __future__ import annotations

from app.core.tally import DotCount, compute_tally


def test_ties_share_a_rank() -> None:
    tally = compute_tally([1, 2, 3], [DotCount(1, "newcomer", "phone", 4),
                                      DotCount(2, "newcomer", "phone", 4),
                                      DotCount(3, "newcomer", "kiosk", 1)], {"newcomer": 9}, 3)
    assert [(i.item_id, i.rank, i.tied) for i in tally.items] == [
        (1, 1, True), (2, 1, True), (3, 3, False)]
    assert tally.top(1) == [1, 2]


def test_groups_under_five_people_are_suppressed_with_a_second_one() -> None:
    counts = [DotCount(1, "local_actor", "phone", 9), DotCount(1, "newcomer", "phone", 3),
              DotCount(1, "observer", "kiosk", 2)]
    tally = compute_tally([1, 2], counts, {"local_actor": 6, "newcomer": 8, "observer": 2}, 3)
    # "observer" (2 people) is hidden; hiding it alone would let it be worked out from the
    # total, so the next smallest group (local actors, 6 people) is hidden too.
    assert tally.suppressed_groups == ("local_actor", "observer")
    assert tally.items[0].by_group == {"newcomer": 3}
    assert tally.items[0].total == 14


def test_paper_voters_count_towards_a_group_by_their_dots() -> None:
    counts = [DotCount(1, "newcomer", "paper", 15), DotCount(1, "local_actor", "phone", 15)]
    tally = compute_tally([1, 2], counts, {"local_actor": 5}, 3)
    assert tally.group_people == {"local_actor": 5, "newcomer": 5}
    assert tally.shown_groups == ("local_actor", "newcomer")
    assert tally.paper_dots == 15


def test_items_without_dots_are_listed_last() -> None:
    tally = compute_tally([7, 8], [DotCount(8, "newcomer", "phone", 1)], {"newcomer": 5}, 3)
    assert [i.item_id for i in tally.items] == [8, 7]
    assert tally.items[1].total == 0
