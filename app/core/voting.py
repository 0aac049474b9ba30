"""Dot-vote rounds: open, cast within budget and cap, close atomically, reveal, run-off.

Secret rounds keep who voted apart from what was voted: a ballot is a keyed hash whose key
lives only in this process's memory and is forgotten when the round closes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
from dataclasses import dataclass

from app.core import paper_dots, records, round_recovery
from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import VOTING_GROUPS, Channel, Group, RoundStatus, RoundTarget, VoteRound
from app.core.operations import Operations, Result, Txn
from app.core.tally import DotCount, RoundTally, compute_tally
from app.core.text_rules import clean_line

MAX_DOTS = 20


class BallotKeys:
    """In-memory keys of the open secret rounds, shared by every connection of the process.

    A secret ballot is stored under HMAC(key, participant); the key never reaches the disk, and
    no row names who voted in a secret round (not even in the same commit as the dots, which
    the write-ahead log or two backups would reveal). If the program restarts while a secret
    round is open, the key is gone: the dots cast are kept, but nobody can be matched to a
    ballot any more, so the round takes no further ballot rather than risk counting twice
    (``Voting.interrupted``), until the facilitator closes it with those dots or discards them
    and restarts it (app/core/round_recovery.py).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: dict[int, bytes] = {}

    def start(self, round_id: int) -> None:
        with self._lock:
            self._keys[round_id] = secrets.token_bytes(32)

    def ballot(self, round_id: int, participant_id: int) -> str:
        with self._lock:
            key = self._keys.get(round_id)
        if key is None:
            raise RuleError("secret_round_interrupted")
        digest = hmac.new(key, str(participant_id).encode(), hashlib.sha256).hexdigest()
        return f"s{digest}"

    def holds(self, round_id: int) -> bool:
        with self._lock:
            return round_id in self._keys

    def forget(self, round_id: int) -> None:
        with self._lock:
            self._keys.pop(round_id, None)


@dataclass(frozen=True)
class Turnout:
    voted: int
    eligible: int


@dataclass(frozen=True)
class Cast:
    """A ballot as recorded: the round it went to, the dots kept, whether this ballot changed
    "N of M have voted" (the voter's first dot, or their last taken back) and, if it did and
    it was asked for, the turnout counted in the ballot's own transaction."""

    vote_round: VoteRound
    dots: dict[int, int]
    turnout: Turnout | None
    moved: bool = False


class Voting:
    def __init__(self, ops: Operations, keys: BallotKeys) -> None:
        self.ops = ops
        self.database = ops.database
        self.keys = keys
        self._known: dict[int, VoteRound] = {}  # see ``_terms``

    # --- reading -------------------------------------------------------------------------
    def get(self, round_id: int) -> VoteRound:
        found = self._find(round_id)
        if found is None:
            raise RuleError("not_found", what="round")
        return found

    def _find(self, round_id: int) -> VoteRound | None:
        cursor = self.database.conn.execute("SELECT * FROM vote_round WHERE id = ?", (round_id,))
        found = cursor.fetchone()
        if found is None:
            return None
        row = dict(zip([c[0] for c in cursor.description], found, strict=True))
        items = tuple([r[0] for r in self.database.conn.execute(
            "SELECT item_id FROM round_item WHERE round_id = ? ORDER BY position",
            (round_id,)).fetchall()])
        return records.vote_round(row, items)

    def _terms(self, round_id: int) -> VoteRound | None:
        """The round as first read, for casting: its items, dots, cap and secrecy never change
        once it exists (there is no operation that edits them). Its status may have changed
        since: every ballot reads the status again, in its own transaction."""
        found = self._known.get(round_id)
        if found is None:
            found = self._find(round_id)
            if found is not None:
                self._known[round_id] = found
        return found

    def rounds(self, session_id: int) -> list[VoteRound]:
        ids = [r["id"] for r in self.database.rows(
            "SELECT id FROM vote_round WHERE session_id = ? ORDER BY id", (session_id,))]
        return [self.get(i) for i in ids]

    def open_round(self, session_id: int) -> VoteRound | None:
        row = self.database.row(
            "SELECT id FROM vote_round WHERE session_id = ? AND status = 'open'", (session_id,))
        return self.get(row["id"]) if row else None

    def tally(self, round_id: int) -> RoundTally:
        """The full count. Faces must check ``tallies_visible`` before showing it to the room."""
        vote_round = self.get(round_id)
        with self.database.read() as conn:
            counts = [DotCount(item, grp, channel, count) for item, grp, channel, count in
                      conn.execute("SELECT item_id, grp, channel, SUM(count) FROM dot "
                                   "WHERE round_id = ? GROUP BY item_id, grp, channel",
                                   (round_id,))]
            counts += [DotCount(item, grp, Channel.PAPER.value, count) for item, grp, count in
                       conn.execute("SELECT item_id, grp, count FROM paper_dots "
                                    "WHERE round_id = ?", (round_id,))]
            # People behind each group: one ballot each (a secret ballot names nobody).
            voters = dict(conn.execute(
                "SELECT grp, COUNT(DISTINCT ballot) FROM dot WHERE round_id = ? GROUP BY grp",
                (round_id,)).fetchall())
        return compute_tally(vote_round.item_ids, counts, voters, vote_round.dots_per_person)

    def turnout(self, round_id: int) -> Turnout:
        """"N of M have voted": M is everyone present who may vote."""
        vote_round = self.get(round_id)
        return _count_turnout(self.database.conn, vote_round)

    def my_dots(self, round_id: int, participant_id: int) -> dict[int, int]:
        """This participant's dots, for their own screen while the round is open."""
        vote_round = self.get(round_id)
        if vote_round.secret and vote_round.status is not RoundStatus.OPEN:
            return {}
        try:
            ballot = self._ballot(vote_round, participant_id)
        except RuleError:
            return {}
        return dict(self.database.conn.execute(
            "SELECT item_id, count FROM dot WHERE round_id = ? AND ballot = ?",
            (round_id, ballot)))

    def paper_counts(self, round_id: int) -> dict[tuple[int, Group], int]:
        """The paper-dot counts entered so far, per (item, group)."""
        return {(int(item), Group(grp)): int(count) for item, grp, count in
                self.database.conn.execute(
                    "SELECT item_id, grp, count FROM paper_dots WHERE round_id = ? "
                    "ORDER BY item_id, grp", (round_id,))}

    def has_voted(self, round_id: int, participant_id: int) -> bool:
        vote_round = self.get(round_id)
        if not vote_round.secret:
            return self.database.scalar(
                "SELECT 1 FROM voter WHERE round_id = ? AND participant_id = ?",
                (round_id, participant_id)) is not None
        return bool(self.my_dots(round_id, participant_id))

    def interrupted(self, session_id: int) -> VoteRound | None:
        """The open secret round whose ballot key this program lost (it restarted while the
        round was open): it takes no further ballot until the facilitator recovers it."""
        found = self.open_round(session_id)
        if found is None or not found.secret or self.keys.holds(found.id):
            return None
        return found

    def replacements(self, round_id: int) -> int:
        """How many kiosk ballots replaced an earlier ballot of the same badge."""
        vote_round = self.get(round_id)
        return int(self.database.scalar(
            "SELECT COUNT(*) FROM audit WHERE session_id = ? AND op = 'ballot_replaced' "
            "AND json_extract(data, '$.round') = ?", (vote_round.session_id, round_id)) or 0)

    # --- recovering and withdrawing (app/core/round_recovery.py) -----------------------------
    def close_interrupted(self, round_id: int) -> VoteRound:
        """Recovery of an interrupted secret round: close it with the dots cast."""
        return round_recovery.close_interrupted(self, round_id)

    def restart_interrupted(self, round_id: int) -> VoteRound:
        """Recovery of an interrupted secret round: discard its dots and open a fresh round
        with the same title, items and rules (paper counts are kept: stickers stay on paper)."""
        return round_recovery.restart_interrupted(self, round_id)

    def withdraw(self, round_id: int, participant_id: int) -> int:
        """Take back all of one participant's dots in an open round that is not secret."""
        return round_recovery.withdraw(self, round_id, participant_id)

    def rounds_voted_in(self, session_id: int, participant_id: int) -> list[VoteRound]:
        """The open rounds this participant has dots in (secret rounds cannot be linked)."""
        return round_recovery.rounds_voted_in(self, session_id, participant_id)

    # --- setting up ----------------------------------------------------------------------
    def create(self, session_id: int, title: str, target: RoundTarget, item_ids: list[int], *,
               dots_per_person: int = 3, cap_per_item: int = 2, secret: bool = False,
               show_live: bool = False, timer_minutes: int | None = None,
               runoff_of: int | None = None) -> VoteRound:
        title = clean_line(title, TITLE_LIMIT)
        items = list(dict.fromkeys(item_ids))
        if len(items) < 2:
            raise RuleError("round_no_items")
        if not 1 <= dots_per_person <= MAX_DOTS:
            raise RuleError("bad_value", field="dots_per_person", value=dots_per_person)
        if not 1 <= cap_per_item <= dots_per_person:
            raise RuleError("bad_value", field="cap_per_item", value=cap_per_item)
        if timer_minutes is not None and not 1 <= timer_minutes <= 240:
            raise RuleError("bad_value", field="timer_minutes", value=timer_minutes)
        table = "note" if target is RoundTarget.NOTES else "theme"

        def body(txn: Txn) -> Result:
            for item in items:
                if txn.one(f"SELECT 1 FROM {table} WHERE id = ? AND session_id = ? "
                           "AND deleted = 0", (item, session_id)) is None:
                    raise RuleError("not_found", what=table)
            round_id = txn.insert(
                "INSERT INTO vote_round (session_id, title, target, dots_per_person, "
                "cap_per_item, secret, show_live, timer_minutes, runoff_of) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, title, target.value, dots_per_person, cap_per_item, int(secret),
                 int(show_live), timer_minutes, runoff_of),
            )
            for position, item in enumerate(items):
                txn.conn.execute("INSERT INTO round_item VALUES (?, ?, ?)",
                                 (round_id, item, position))
            txn.audit("create_round", {"round": round_id, "title": title, "items": items,
                                       "target": target.value, "dots": dots_per_person,
                                       "cap": cap_per_item, "secret": secret})
            txn.emit(Subject.ROUND, Change.ADDED, round_id)
            return {"id": round_id}

        return self.get(self.ops.value(session_id, body)["id"])

    def _transition(self, round_id: int, allowed: RoundStatus, to: RoundStatus, error: str,
                    stamp: str) -> VoteRound:
        vote_round = self.get(round_id)

        def body(txn: Txn) -> Result:
            status = txn.one("SELECT status FROM vote_round WHERE id = ?", (round_id,))
            if status is None or status[0] != allowed.value:
                raise RuleError(error)
            if to is RoundStatus.OPEN and txn.one(
                    "SELECT 1 FROM vote_round WHERE session_id = ? AND status = 'open'",
                    (vote_round.session_id,)) is not None:
                raise RuleError("another_round_open")
            txn.conn.execute(f"UPDATE vote_round SET status = ?, {stamp} = ? WHERE id = ?",
                             (to.value, txn.at, round_id))
            data: dict[str, object] = {"round": round_id, "status": to.value}
            if to is RoundStatus.CLOSED:
                totals = txn.conn.execute(
                    "SELECT item_id, SUM(count) FROM dot WHERE round_id = ? GROUP BY item_id "
                    "ORDER BY item_id", (round_id,)).fetchall()
                data["dots"] = {str(item): total for item, total in totals}
            txn.audit(f"{to.value}_round", data)
            txn.emit(Subject.ROUND, Change.CHANGED, round_id)
            return {}

        self.ops.run(vote_round.session_id, body)
        return self.get(round_id)

    def open(self, round_id: int) -> VoteRound:
        # A secret round's key exists before the round is seen open (the change event is
        # published at commit): no face ever sees it as interrupted.
        found = self.get(round_id)
        fresh = found.secret and found.status is RoundStatus.DRAFT
        if fresh:
            self.keys.start(round_id)
        try:
            return self._transition(round_id, RoundStatus.DRAFT, RoundStatus.OPEN,
                                    "round_not_draft", "opened_at")
        except BaseException:
            if fresh:  # nothing was written: the round is still a draft
                self.keys.forget(round_id)
            raise

    def close(self, round_id: int) -> VoteRound:
        """Atomic: once this commits, no dot counts any more."""
        closed = self._transition(round_id, RoundStatus.OPEN, RoundStatus.CLOSED,
                                  "round_not_open", "closed_at")
        self.keys.forget(round_id)
        return closed

    def reveal(self, round_id: int) -> VoteRound:
        return self._transition(round_id, RoundStatus.CLOSED, RoundStatus.REVEALED,
                                "round_not_closed", "revealed_at")

    def runoff(self, round_id: int, top_n: int, title: str | None = None) -> VoteRound:
        """A new open round on the top ``top_n`` items (ties at the boundary all go through),
        titled ``title`` (the faces translate "Run-off: <title>"; that is the default)."""
        source = self.get(round_id)
        if source.status not in (RoundStatus.CLOSED, RoundStatus.REVEALED):
            raise RuleError("round_not_closed")
        items = self.tally(round_id).top(top_n)
        new = self.create(source.session_id, _fit_title(title or runoff_title(source.title)),
                          source.target,
                          items,
                          dots_per_person=min(source.dots_per_person, len(items)),
                          cap_per_item=min(source.cap_per_item, len(items)),
                          secret=source.secret, show_live=source.show_live,
                          timer_minutes=source.timer_minutes, runoff_of=round_id)
        return self.open(new.id)

    # --- casting -------------------------------------------------------------------------
    def _ballot(self, vote_round: VoteRound, participant_id: int) -> str:
        if not vote_round.secret:
            return f"p{participant_id}"
        return self.keys.ballot(vote_round.id, participant_id)

    def set_ballot(self, round_id: int, participant_id: int, dots: dict[int, int], *,
                   origin: Channel, key: str | None = None,
                   replace: bool | None = None) -> dict[int, int]:
        """Replace this participant's whole allocation (what a phone or the kiosk confirms).

        ``replace``: None (a phone: its own screen shows the voter's dots, so changing them is
        the voter's doing); False refuses with ``already_voted`` if this badge has voted;
        True replaces the earlier ballot and counts the replacement (the kiosk, once the voter
        confirmed)."""
        vote_round = self._terms(round_id)
        if vote_round is None:
            raise RuleError("not_found", what="round")
        return self._set_ballot(vote_round, participant_id, dots, origin, key, replace).dots

    def set_ballot_in(self, session_id: int, round_id: int, participant_id: int,
                      dots: dict[int, int], *, origin: Channel,
                      key: str | None = None, count_turnout: bool = True) -> Cast | None:
        """``set_ballot`` for a round of this session only (None if there is no such round),
        with the round as read for this ballot and the turnout if this ballot moved it.
        ``count_turnout=False`` only says whether it moved: counting everyone present costs a
        pass over the roster, which a hall's burst of ballots can share after the COMMIT
        (app.portal.state.shared_totals) instead of paying it once per ballot."""
        vote_round = self._terms(round_id)
        if vote_round is None or vote_round.session_id != session_id:
            return None
        return self._set_ballot(vote_round, participant_id, dots, origin, key, None,
                                count_turnout)

    def _set_ballot(self, vote_round: VoteRound, participant_id: int,
                    dots: dict[int, int], origin: Channel, key: str | None,
                    replace: bool | None, count_turnout: bool = True) -> Cast:
        round_id = vote_round.id
        wanted = {int(item): int(count) for item, count in dots.items() if int(count) != 0}
        for item, count in wanted.items():
            if item not in vote_round.item_ids:
                raise RuleError("item_not_in_round")
            if count < 0:
                raise RuleError("bad_value", field="dots", value=count)
            if count > vote_round.cap_per_item:
                raise RuleError("cap_exceeded", cap=vote_round.cap_per_item)
        if sum(wanted.values()) > vote_round.dots_per_person:
            raise RuleError("budget_exceeded", budget=vote_round.dots_per_person)

        def body(txn: Txn) -> Result:
            # Read in this transaction, with the session row: the voter, then the round.
            status, group_value, removed, voter_session, present = txn.also
            group = _voter_group(group_value, removed, voter_session, vote_round.session_id)
            if status != RoundStatus.OPEN.value:
                raise RuleError("round_not_open")
            if not present:  # never checked in, or left: only the people in the room vote
                raise RuleError("not_present")
            # Only now: a replay got its first answer, a closed round said so (a secret
            # round's key is forgotten when it closes, and is not missed then).
            ballot = self._ballot(vote_round, participant_id)
            if replace is not None and txn.one(
                    "SELECT 1 FROM dot WHERE round_id = ? AND ballot = ? LIMIT 1",
                    (round_id, ballot)) is not None:
                if not replace:
                    raise RuleError("already_voted")
                txn.audit("ballot_replaced", {"round": round_id, "channel": origin.value})
            rows = {item: (group.value, origin.value, count) for item, count in wanted.items()}
            had_voted = _replace_dots(txn, round_id, ballot, rows)
            if not vote_round.secret and wanted:  # a secret round never writes who voted
                txn.conn.execute("INSERT OR IGNORE INTO voter VALUES (?, ?)",
                                 (round_id, participant_id))
            elif not vote_round.secret:
                txn.conn.execute("DELETE FROM voter WHERE round_id = ? AND participant_id = ?",
                                 (round_id, participant_id))
            if vote_round.secret:
                # Who and what stay apart: the audit keeps neither the voter nor the items.
                txn.audit("secret_ballot", {"round": round_id, "channel": origin.value})
            else:
                txn.audit("ballot", {"round": round_id, "participant": participant_id,
                                     "dots": {str(k): v for k, v in wanted.items()},
                                     "channel": origin.value})
            txn.emit(Subject.DOTS, Change.CHANGED, round_id)
            result: Result = {"dots": {str(k): v for k, v in wanted.items()}}
            if had_voted != bool(wanted):  # "N of M have voted" moved: say so in the answer
                result["moved"] = True
                if count_turnout:
                    turnout = _count_turnout(txn.conn, vote_round)
                    result["turnout"] = {"voted": turnout.voted, "eligible": turnout.eligible}
            return result

        outcome = self.ops.run(vote_round.session_id, body, origin=origin, key=key,
                               key_scope=f"ballot:{participant_id}",
                               also=(_CASTING, (round_id, *[participant_id] * 3,
                                                vote_round.session_id, participant_id)))
        found = outcome.result.get("turnout")
        return Cast(vote_round, {int(k): int(v) for k, v in outcome.result["dots"].items()},
                    None if found is None else Turnout(found["voted"], found["eligible"]),
                    bool(outcome.result.get("moved")))

    def cast_dot(self, round_id: int, participant_id: int, item_id: int, *, origin: Channel,
                 key: str | None = None) -> dict[int, int]:
        current = self.my_dots_checked(round_id, participant_id)
        current[item_id] = current.get(item_id, 0) + 1
        return self.set_ballot(round_id, participant_id, current, origin=origin, key=key)

    def remove_dot(self, round_id: int, participant_id: int, item_id: int, *, origin: Channel,
                   key: str | None = None) -> dict[int, int]:
        current = self.my_dots_checked(round_id, participant_id)
        if current.get(item_id, 0) <= 0:
            raise RuleError("no_dot_to_remove")
        current[item_id] -= 1
        return self.set_ballot(round_id, participant_id, current, origin=origin, key=key)

    def my_dots_checked(self, round_id: int, participant_id: int) -> dict[int, int]:
        vote_round = self.get(round_id)
        if vote_round.status is not RoundStatus.OPEN:
            raise RuleError("round_not_open")
        ballot = self._ballot(vote_round, participant_id)
        return dict(self.database.conn.execute(
            "SELECT item_id, count FROM dot WHERE round_id = ? AND ballot = ?",
            (round_id, ballot)))

    def set_paper_dots(self, round_id: int, item_id: int, group: Group, count: int) -> None:
        """Counts from physical dot stickers, per item and group; merged into the tally.
        Bounded by the group's people present (app/core/paper_dots.py)."""
        paper_dots.set_count(self, round_id, item_id, group, count)


TITLE_LIMIT = 120


def runoff_title(title: str) -> str:
    return f"Run-off: {title}"


def _fit_title(title: str) -> str:
    """A run-off's title within the limit: a long source title ends with "…"."""
    line = " ".join(title.split())
    return line if len(line) <= TITLE_LIMIT else line[:TITLE_LIMIT - 1].rstrip() + "…"


# What a ballot reads in its own transaction (``Operations.run``'s ``also``): the round's status,
# then the voter's group, removal and session, and whether they are checked in and still here.
_CASTING = (", (SELECT status FROM vote_round WHERE id = ?)"
            ", (SELECT grp FROM participant WHERE id = ?)"
            ", (SELECT removed FROM participant WHERE id = ?)"
            ", (SELECT session_id FROM participant WHERE id = ?)"
            ", (SELECT left_at IS NULL FROM attendance WHERE session_id = ? "
            "AND participant_id = ?)")


def _voter_group(group_value: str | None, removed: int | None, voter_session: int | None,
                 session_id: int) -> Group:
    if group_value is None or voter_session != session_id:
        raise RuleError("not_found", what="participant")
    if removed:
        raise RuleError("participant_removed")
    group = Group(group_value)
    if group not in VOTING_GROUPS:
        raise RuleError("cannot_vote")
    return group


def _replace_dots(txn: Txn, round_id: int, ballot: str,
                  rows: dict[int, tuple[str, str, int]]) -> bool:
    """Make this ballot's dot rows exactly ``rows`` (item -> group, channel, count), writing
    only the rows that differ (a phone adds one dot at a time); whether it had any before."""
    stored = {item: (grp, channel, count) for item, grp, channel, count in txn.conn.execute(
        "SELECT item_id, grp, channel, count FROM dot WHERE round_id = ? AND ballot = ?",
        (round_id, ballot))}
    gone = [item for item in stored if item not in rows]
    if gone:
        txn.conn.execute(
            "DELETE FROM dot WHERE round_id = ? AND ballot = ? AND item_id IN "
            f"({', '.join('?' * len(gone))})", (round_id, ballot, *gone))
    changed = [(round_id, ballot, item, *row) for item, row in rows.items()
               if stored.get(item) != row]
    if changed:
        txn.conn.execute(
            "INSERT INTO dot VALUES " + ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(changed)) +
            " ON CONFLICT (round_id, ballot, item_id) DO UPDATE SET grp = excluded.grp, "
            "channel = excluded.channel, count = excluded.count",
            [value for row in changed for value in row])
    return bool(stored)


def _count_turnout(conn: sqlite3.Connection, vote_round: VoteRound) -> Turnout:
    # A round that is not secret keeps one voter row per person with dots, written with their
    # dots: far fewer rows to count. A secret round names nobody, so its ballots are counted.
    voted = int(conn.execute(
        "SELECT COUNT(DISTINCT ballot) FROM dot WHERE round_id = ?" if vote_round.secret else
        "SELECT COUNT(*) FROM voter WHERE round_id = ?", (vote_round.id,)).fetchone()[0])
    eligible = int(conn.execute(
        "SELECT COUNT(*) FROM participant p JOIN attendance a ON a.participant_id = p.id "
        "AND a.session_id = p.session_id WHERE p.session_id = ? AND p.removed = 0 "
        "AND a.left_at IS NULL AND p.grp IN ('local_actor', 'newcomer')",
        (vote_round.session_id,)).fetchone()[0])
    return Turnout(voted, max(eligible, voted))
