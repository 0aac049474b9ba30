"""Paper dots: counts of physical dot stickers, per item and group, merged into the tally.

A count cannot be more than the stickers the group's people present could have placed: each
item at most ``people times cap per item``, all items together at most ``people times dots per
person``. A typo (999 for 8) is refused with the bound, instead of deciding the vote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import VOTING_GROUPS, Channel, Group, RoundStatus
from app.core.operations import Result, Txn

if TYPE_CHECKING:
    from app.core.voting import Voting

# People of one group checked in and still here (removed people do not count).
_PRESENT = (
    "SELECT COUNT(*) FROM participant p JOIN attendance a ON a.participant_id = p.id "
    "AND a.session_id = p.session_id WHERE p.session_id = ? AND p.removed = 0 "
    "AND a.left_at IS NULL AND p.grp = ?"
)


def set_count(voting: Voting, round_id: int, item_id: int, group: Group, count: int) -> None:
    vote_round = voting.get(round_id)
    if item_id not in vote_round.item_ids:
        raise RuleError("item_not_in_round")
    if group not in VOTING_GROUPS:
        raise RuleError("cannot_vote")
    if count < 0:
        raise RuleError("paper_negative")

    def body(txn: Txn) -> Result:
        status = txn.one("SELECT status FROM vote_round WHERE id = ?", (round_id,))
        if status is None or status[0] != RoundStatus.OPEN.value:
            raise RuleError("round_not_open")  # enter the stickers' counts before closing
        found = txn.one(_PRESENT, (vote_round.session_id, group.value))
        people = int(found[0]) if found else 0
        if count > people * vote_round.cap_per_item:
            raise RuleError("paper_over_cap", count=count, people=people,
                            cap=vote_round.cap_per_item,
                            limit=people * vote_round.cap_per_item)
        others = txn.one("SELECT COALESCE(SUM(count), 0) FROM paper_dots WHERE round_id = ? "
                         "AND grp = ? AND item_id != ?", (round_id, group.value, item_id))
        total = count + (int(others[0]) if others else 0)
        if total > people * vote_round.dots_per_person:
            raise RuleError("paper_over_budget", total=total, people=people,
                            dots=vote_round.dots_per_person,
                            limit=people * vote_round.dots_per_person)
        txn.conn.execute(
            "INSERT INTO paper_dots VALUES (?, ?, ?, ?) ON CONFLICT (round_id, item_id, grp) "
            "DO UPDATE SET count = excluded.count", (round_id, item_id, group.value, count))
        txn.audit("paper_dots", {"round": round_id, "item": item_id, "group": group.value,
                                 "count": count})
        txn.emit(Subject.DOTS, Change.CHANGED, round_id)
        return {}

    voting.ops.run(vote_round.session_id, body, origin=Channel.PAPER)
