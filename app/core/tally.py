"""Counting dots: per item, per group (small groups suppressed) and per channel. Pure rules."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

SUPPRESS_BELOW = 5  # a group split of fewer people than this is never shown


@dataclass(frozen=True)
class DotCount:
    item_id: int
    group: str
    channel: str
    count: int


@dataclass(frozen=True)
class ItemTally:
    item_id: int
    total: int
    rank: int  # competition ranking: 1, 1, 3 …
    tied: bool
    by_channel: dict[str, int]
    by_group: dict[str, int]  # only groups that are shown


@dataclass(frozen=True)
class RoundTally:
    items: tuple[ItemTally, ...]  # best first; ties share a rank
    total_dots: int
    paper_dots: int
    group_people: dict[str, int]
    shown_groups: tuple[str, ...]
    suppressed_groups: tuple[str, ...]

    def top(self, n: int) -> list[int]:
        """Item ids ranked within the top ``n`` (ties at the boundary are all kept)."""
        return [item.item_id for item in self.items if item.rank <= n and item.total > 0]


def compute_tally(item_ids: Iterable[int], counts: Iterable[DotCount],
                  voters_by_group: dict[str, int], dots_per_person: int) -> RoundTally:
    items = list(dict.fromkeys(item_ids))
    totals: dict[int, int] = dict.fromkeys(items, 0)
    channels: dict[int, dict[str, int]] = {i: defaultdict(int) for i in items}
    groups: dict[int, dict[str, int]] = {i: defaultdict(int) for i in items}
    paper_by_group: dict[str, int] = defaultdict(int)
    for dot in counts:
        if dot.item_id not in totals or dot.count <= 0:
            continue
        totals[dot.item_id] += dot.count
        channels[dot.item_id][dot.channel] += dot.count
        groups[dot.item_id][dot.group] += dot.count
        if dot.channel == "paper":
            paper_by_group[dot.group] += dot.count

    # People behind each group: electronic voters, plus paper voters estimated from their dots.
    people: dict[str, int] = defaultdict(int)
    for group, voters in voters_by_group.items():
        people[group] += voters
    for group, dots in paper_by_group.items():
        people[group] += math.ceil(dots / max(1, dots_per_person))
    seen = sorted({g for per in groups.values() for g in per} | set(people))
    suppressed = {g for g in seen if people.get(g, 0) < SUPPRESS_BELOW}
    shown = [g for g in seen if g not in suppressed]
    if len(suppressed) == 1 and shown:
        # One hidden group could be worked out as total minus the others: hide one more.
        shown.sort(key=lambda g: (people.get(g, 0), g))
        suppressed.add(shown.pop(0))
    shown.sort()

    order = sorted(items, key=lambda i: (-totals[i], items.index(i)))
    ranked: list[ItemTally] = []
    for item_id in order:
        rank = 1 + sum(1 for other in items if totals[other] > totals[item_id])
        tied = sum(1 for other in items if totals[other] == totals[item_id]) > 1
        ranked.append(ItemTally(
            item_id=item_id,
            total=totals[item_id],
            rank=rank,
            tied=tied,
            by_channel=dict(channels[item_id]),
            by_group={g: groups[item_id].get(g, 0) for g in shown},
        ))
    return RoundTally(
        items=tuple(ranked),
        total_dots=sum(totals.values()),
        paper_dots=sum(paper_by_group.values()),
        group_people=dict(people),
        shown_groups=tuple(shown),
        suppressed_groups=tuple(sorted(suppressed)),
    )
