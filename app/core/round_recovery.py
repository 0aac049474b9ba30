"""Recovering a secret round interrupted by a restart, and withdrawing one person's dots.

A secret round's ballot key lives only in the running program's memory. After a restart the
round can no longer tell who has voted, so it takes no further ballot; the facilitator then
either closes it with the dots cast, or discards its dots and opens the same round afresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import RoundStatus, VoteRound
from app.core.operations import Result, Txn

if TYPE_CHECKING:
    from app.core.voting import Voting


def _interrupted(voting: Voting, round_id: int) -> VoteRound:
    vote_round = voting.get(round_id)
    if voting.interrupted(vote_round.session_id) != vote_round:
        raise RuleError("round_not_interrupted")
    return vote_round


def close_interrupted(voting: Voting, round_id: int) -> VoteRound:
    vote_round = _interrupted(voting, round_id)

    def body(txn: Txn) -> Result:
        if txn.one("SELECT 1 FROM vote_round WHERE id = ? AND status = 'open'",
                   (round_id,)) is None:
            raise RuleError("round_not_open")
        txn.conn.execute("UPDATE vote_round SET status = 'closed', closed_at = ? WHERE id = ?",
                         (txn.at, round_id))
        totals = txn.conn.execute(
            "SELECT item_id, SUM(count) FROM dot WHERE round_id = ? GROUP BY item_id "
            "ORDER BY item_id", (round_id,)).fetchall()
        txn.audit("close_interrupted_round", {
            "round": round_id, "status": RoundStatus.CLOSED.value,
            "dots": {str(item): total for item, total in totals}})
        txn.emit(Subject.ROUND, Change.CHANGED, round_id)
        return {}

    voting.ops.run(vote_round.session_id, body)
    return voting.get(round_id)


def restart_interrupted(voting: Voting, round_id: int) -> VoteRound:
    old = _interrupted(voting, round_id)

    def body(txn: Txn) -> Result:
        if txn.one("SELECT 1 FROM vote_round WHERE id = ? AND status = 'open'",
                   (round_id,)) is None:
            raise RuleError("round_not_open")
        found = txn.one("SELECT COALESCE(SUM(count), 0) FROM dot WHERE round_id = ?",
                        (round_id,))
        discarded = int(found[0]) if found else 0
        new_id = txn.insert(
            "INSERT INTO vote_round (session_id, title, target, dots_per_person, cap_per_item, "
            "secret, show_live, timer_minutes, runoff_of, status, opened_at) "
            "SELECT session_id, title, target, dots_per_person, cap_per_item, secret, "
            "show_live, timer_minutes, runoff_of, 'open', ? FROM vote_round WHERE id = ?",
            (txn.at, round_id))
        txn.conn.execute("INSERT INTO round_item SELECT ?, item_id, position FROM round_item "
                         "WHERE round_id = ?", (new_id, round_id))
        txn.conn.execute("INSERT INTO paper_dots SELECT ?, item_id, grp, count FROM paper_dots "
                         "WHERE round_id = ?", (new_id, round_id))
        # The interrupted round goes with its dots (cascade): it can no longer be counted.
        txn.conn.execute("DELETE FROM vote_round WHERE id = ?", (round_id,))
        started.append(new_id)
        voting.keys.start(new_id)  # before the commit's event: never seen as interrupted
        txn.audit("restart_interrupted_round", {"round": round_id, "new_round": new_id,
                                                "discarded_dots": discarded})
        txn.emit(Subject.ROUND, Change.REMOVED, round_id)
        txn.emit(Subject.ROUND, Change.ADDED, new_id)
        return {"id": new_id}

    started: list[int] = []
    try:
        new_id = int(voting.ops.value(old.session_id, body)["id"])
    except BaseException:
        for unused in started:  # rolled back: the id may be given again to another round
            voting.keys.forget(unused)
        raise
    return voting.get(new_id)


def withdraw(voting: Voting, round_id: int, participant_id: int) -> int:
    """Remove this participant's dots from an open round that is not secret; how many."""
    vote_round = voting.get(round_id)
    if vote_round.secret:
        raise RuleError("secret_cannot_withdraw")
    ballot = f"p{participant_id}"

    def body(txn: Txn) -> Result:
        status = txn.one("SELECT status FROM vote_round WHERE id = ?", (round_id,))
        if status is None or status[0] != RoundStatus.OPEN.value:
            raise RuleError("round_not_open")
        found = txn.one("SELECT COALESCE(SUM(count), 0) FROM dot WHERE round_id = ? "
                        "AND ballot = ?", (round_id, ballot))
        count = int(found[0]) if found else 0
        txn.conn.execute("DELETE FROM dot WHERE round_id = ? AND ballot = ?", (round_id, ballot))
        txn.conn.execute("DELETE FROM voter WHERE round_id = ? AND participant_id = ?",
                         (round_id, participant_id))
        txn.audit("withdraw_dots", {"round": round_id, "participant": participant_id,
                                    "dots": count})
        txn.emit(Subject.DOTS, Change.CHANGED, round_id)
        return {"dots": count}

    return int(voting.ops.value(vote_round.session_id, body)["dots"])


def rounds_voted_in(voting: Voting, session_id: int, participant_id: int) -> list[VoteRound]:
    """Open rounds with this participant's dots. A secret round is listed whenever it is open:
    nothing stored says whether they voted there."""
    found = voting.open_round(session_id)
    if found is None:
        return []
    if found.secret:
        return [found]
    voted = voting.database.scalar("SELECT 1 FROM voter WHERE round_id = ? AND participant_id = ?",
                                   (found.id, participant_id))
    return [found] if voted else []
