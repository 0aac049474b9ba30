"""Bridging ideas: supported by local actors and by newcomers alike.

From a round's dots split by group, an item bridges when it holds at least ``share`` of the
local actors' dots *and* at least ``share`` of the newcomers' dots; the facilitator sets the
share per session. Never computed when either group is suppressed (fewer than five people),
since that would tell something about a handful of people.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import Group, RoundStatus, RoundTarget
from app.core.operations import Operations, Result, Txn
from app.core.tally import RoundTally

if TYPE_CHECKING:
    from app.core.workshop import Workshop

BRIDGED = (Group.LOCAL_ACTOR.value, Group.NEWCOMER.value)


@dataclass(frozen=True)
class Bridging:
    computed: bool  # False when a group is suppressed or has cast no dot
    share: float
    items: tuple[int, ...]  # bridging item ids, in the tally's order
    shares: dict[int, dict[str, float]]  # item → group → share of that group's dots


def bridging_ideas(tally: RoundTally, share: float) -> Bridging:
    if any(g not in tally.shown_groups for g in BRIDGED):
        return Bridging(False, share, (), {})
    totals = {g: sum(i.by_group.get(g, 0) for i in tally.items) for g in BRIDGED}
    if any(total == 0 for total in totals.values()):
        return Bridging(False, share, (), {})
    shares = {i.item_id: {g: i.by_group.get(g, 0) / totals[g] for g in BRIDGED}
              for i in tally.items}
    items = tuple(i.item_id for i in tally.items
                  if i.total > 0 and all(shares[i.item_id][g] >= share for g in BRIDGED))
    return Bridging(True, share, items, shares)


class BridgingShare:
    """The facilitator's threshold for a session."""

    def __init__(self, ops: Operations) -> None:
        self.ops = ops

    def get(self, session_id: int) -> float:
        found = self.ops.database.scalar("SELECT bridging_share FROM session WHERE id = ?",
                                         (session_id,))
        if found is None:
            raise RuleError("not_found", what="session")
        return float(found)

    def set(self, session_id: int, share: float) -> float:
        if isinstance(share, bool) or not isinstance(share, int | float) or not math.isfinite(
                share) or not 0.01 <= share <= 1:
            raise RuleError("bad_value", field="share", value=share)

        def body(txn: Txn) -> Result:
            txn.conn.execute("UPDATE session SET bridging_share = ? WHERE id = ?",
                             (float(share), session_id))
            txn.audit("set_bridging_share", {"share": float(share)})
            txn.emit(Subject.SESSION, Change.CHANGED, session_id)
            return {}

        self.ops.run(session_id, body)
        return float(share)


@dataclass(frozen=True)
class RoundBridging:
    round_id: int
    title: str
    bridging: Bridging
    texts: dict[int, str]  # item id → the idea's or theme's text


def session_bridging(workshop: Workshop, session_id: int) -> list[RoundBridging]:
    """Bridging ideas of each closed or revealed round of the session, at its share."""
    share = BridgingShare(workshop.ops).get(session_id)
    found = []
    for vote_round in workshop.voting.rounds(session_id):
        if vote_round.status not in (RoundStatus.CLOSED, RoundStatus.REVEALED):
            continue
        bridging = bridging_ideas(workshop.voting.tally(vote_round.id), share)
        texts: dict[int, str] = {}
        for item_id in bridging.items:
            try:
                texts[item_id] = (workshop.board.note(item_id).text
                                  if vote_round.target is RoundTarget.NOTES
                                  else workshop.board.theme(item_id).name)
            except RuleError:
                texts[item_id] = ""
        found.append(RoundBridging(vote_round.id, vote_round.title, bridging, texts))
    return found
