"""The roster: participants (pseudonyms, never identities), attendance, portal tokens."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.core import records
from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import ActorType, Attendance, Channel, Group, Participant, WalkIn
from app.core.operations import Operations, Result, Txn
from app.core.pseudonyms import new_pseudonym, new_short_code, normalise_code
from app.core.roster_matching import ImportOutcome, RosterRow, plan_import
from app.core.text_rules import NAME_LIMIT, clean_line

LANGUAGE_CODES = frozenset({"en", "fr", "ar", "fa", "prs", "uk", "es", "it", "de", "ps", "ti",
                            "so", "ru", "tr", "pt", "ku"})


@dataclass(frozen=True)
class NewParticipant:
    """What the facilitator (or a CSV row, or a phone) gives to add someone."""

    group: Group
    language: str = "en"
    display_name: str = ""
    actor_type: ActorType | None = None
    named_in_minutes: bool = False
    consent_given: bool = False
    walk_in: WalkIn | None = None  # joined from a phone as someone new


@dataclass(frozen=True)
class WalkIns:
    """The people who joined from a phone as someone new: who waits, how many were let in."""

    waiting: tuple[Participant, ...]
    admitted: int
    refused: int


def _check(spec: NewParticipant) -> NewParticipant:
    if spec.actor_type is not None and spec.group is not Group.LOCAL_ACTOR:
        raise RuleError("bad_value", field="actor_type", value=spec.actor_type.value)
    if spec.language not in LANGUAGE_CODES:
        raise RuleError("bad_value", field="language", value=spec.language)
    name = clean_line(spec.display_name, NAME_LIMIT, required=False)
    return NewParticipant(spec.group, spec.language, name, spec.actor_type,
                          spec.named_in_minutes, spec.consent_given, spec.walk_in)


_ATTENDANCE = "SELECT participant_id, arrived_at, left_at, channel FROM attendance"


def _attendance(row: dict[str, Any]) -> Attendance:
    return Attendance(row["participant_id"], row["arrived_at"], row["left_at"],
                      Channel(row["channel"]))


class _Taken:
    """The pseudonyms (or badge codes) a session already uses, asked of the store one at a
    time: adding one person at a phone stays quick however many came before."""

    def __init__(self, txn: Txn, session_id: int, column: str) -> None:
        self.txn = txn
        self.sql = f"SELECT 1 FROM participant WHERE session_id = ? AND {column} = ?"
        self.session_id = session_id
        self.added: set[str] = set()

    def __contains__(self, value: object) -> bool:
        return value in self.added or self.txn.one(self.sql, (self.session_id, value)) is not None

    def add(self, value: str) -> None:
        self.added.add(value)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Roster:
    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.database = ops.database

    # --- reading -------------------------------------------------------------------------
    def participants(self, session_id: int, *, include_removed: bool = False) -> list[Participant]:
        where = "" if include_removed else " AND removed = 0"
        rows = self.database.rows(
            f"SELECT * FROM participant WHERE session_id = ?{where} ORDER BY id", (session_id,)
        )
        return [records.participant(row) for row in rows]

    def participants_by_id(self, session_id: int,
                           participant_ids: Iterable[int]) -> dict[int, Participant]:
        """The session's participants among ``participant_ids`` (removed ones too), read by id:
        what a change event names, not the whole roster."""
        wanted = list(dict.fromkeys(participant_ids))
        found: dict[int, Participant] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows = self.database.rows(
                f"SELECT * FROM participant WHERE session_id = ? AND id IN "
                f"({','.join('?' * len(chunk))})", (session_id, *chunk))
            found.update((int(row["id"]), records.participant(row)) for row in rows)
        return found

    def get(self, participant_id: int) -> Participant:
        row = self.database.row("SELECT * FROM participant WHERE id = ?", (participant_id,))
        if row is None:
            raise RuleError("not_found", what="participant")
        return records.participant(row)

    def by_code(self, session_id: int, typed: str) -> Participant | None:
        row = self.database.row(
            "SELECT * FROM participant WHERE session_id = ? AND short_code = ?",
            (session_id, normalise_code(typed)),
        )
        return records.participant(row) if row else None

    def by_token(self, session_id: int, token: str) -> Participant | None:
        """The participant a portal cookie belongs to; None if unknown, revoked or removed."""
        row = self.database.row(
            "SELECT p.* FROM portal_token t JOIN participant p ON p.id = t.participant_id "
            "WHERE t.token_hash = ? AND t.revoked = 0 AND p.removed = 0 AND p.session_id = ?",
            (token_hash(token), session_id),
        )
        return records.participant(row) if row else None

    def token_revoked(self, session_id: int, token: str) -> bool:
        """Whether this portal cookie belonged to someone the facilitator removed."""
        row = self.database.row(
            "SELECT 1 FROM portal_token t JOIN participant p ON p.id = t.participant_id "
            "WHERE t.token_hash = ? AND p.session_id = ? AND (t.revoked = 1 OR p.removed = 1)",
            (token_hash(token), session_id),
        )
        return row is not None

    def attendance(self, session_id: int) -> dict[int, Attendance]:
        rows = self.database.rows(f"{_ATTENDANCE} WHERE session_id = ?", (session_id,))
        return {r["participant_id"]: _attendance(r) for r in rows}

    def attendance_of(self, session_id: int, participant_id: int) -> Attendance | None:
        row = self.database.row(f"{_ATTENDANCE} WHERE session_id = ? AND participant_id = ?",
                                (session_id, participant_id))
        return None if row is None else _attendance(row)

    def walk_ins(self, session_id: int) -> WalkIns:
        rows = self.database.rows(
            "SELECT * FROM participant WHERE session_id = ? AND walk_in != '' ORDER BY id",
            (session_id,))
        people = [records.participant(row) for row in rows]
        return WalkIns(
            waiting=tuple(p for p in people if p.waiting and not p.removed),
            admitted=sum(p.walk_in is WalkIn.ADMITTED and not p.removed for p in people),
            refused=sum(p.walk_in is WalkIn.REFUSED for p in people))

    def waiting_count(self, session_id: int) -> int:
        """How many walk-ins wait to be let in (counted, not read: for a tab's title)."""
        row = self.database.conn.execute(
            "SELECT COUNT(*) FROM participant WHERE session_id = ? AND walk_in = ? "
            "AND removed = 0", (session_id, WalkIn.WAITING.value)).fetchone()
        return int(row[0])

    def present(self, session_id: int) -> list[Participant]:
        here = {pid for pid, a in self.attendance(session_id).items() if a.left_at is None}
        return [p for p in self.participants(session_id) if p.id in here]

    # --- writing -------------------------------------------------------------------------
    def add(self, session_id: int, spec: NewParticipant, *, origin: Channel = Channel.DESK,
            key: str | None = None) -> Participant:
        return self.add_many(session_id, [spec], origin=origin, key=key)[0]

    def add_many(self, session_id: int, specs: list[NewParticipant], *,
                 origin: Channel = Channel.DESK, key: str | None = None) -> list[Participant]:
        """Add all, or none: a CSV import is never half done."""
        checked = [_check(spec) for spec in specs]

        def body(txn: Txn) -> Result:
            ids = self._insert(txn, session_id, checked)
            txn.emit(Subject.PARTICIPANT, Change.ADDED, *ids)
            return {"ids": ids}

        outcome = self.ops.run(session_id, body, origin=origin, key=key, key_scope="roster")
        return [self.get(pid) for pid in outcome.result["ids"]]

    @staticmethod
    def _insert(txn: Txn, session_id: int, checked: list[NewParticipant]) -> list[int]:
        taken = _Taken(txn, session_id, "pseudonym")
        codes = _Taken(txn, session_id, "short_code")
        ids: list[int] = []
        for spec in checked:
            pseudonym = new_pseudonym(taken)
            code = new_short_code(codes)
            taken.add(pseudonym)
            codes.add(code)
            pid = txn.insert(
                "INSERT INTO participant (session_id, pseudonym, display_name, grp, "
                "actor_type, language, consent_given, named_in_minutes, short_code, walk_in) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, pseudonym, spec.display_name, spec.group.value,
                 spec.actor_type.value if spec.actor_type else None, spec.language,
                 int(spec.consent_given), int(spec.named_in_minutes), code,
                 spec.walk_in.value if spec.walk_in else ""),
            )
            ids.append(pid)
            added = {"participant": pid, "group": spec.group.value}
            if spec.walk_in is not None:
                added["walk_in"] = spec.walk_in.value
            txn.audit("add_participant", added)
        return ids

    def import_people(self, session_id: int, rows: list[RosterRow], *,
                      key: str | None = None) -> ImportOutcome:
        """Import a roster, new or again: people already here are updated, never added twice
        (roster_matching says how they are recognised). All rows, or none."""
        rows = [RosterRow(_check(row.person), row.pseudonym, row.code) for row in rows]

        def body(txn: Txn) -> Result:
            cursor = txn.conn.execute(
                "SELECT * FROM participant WHERE session_id = ? AND removed = 0 ORDER BY id",
                (session_id,))
            names = [c[0] for c in cursor.description]
            existing = [records.participant(dict(zip(names, r, strict=True)))
                        for r in cursor.fetchall()]
            plan = plan_import(existing, rows)
            added = self._insert(txn, session_id, list(plan.to_add))
            for pid, spec in plan.to_update:
                self._write(txn, pid, spec)
                txn.audit("update_participant", {"participant": pid, "group": spec.group.value})
            txn.audit("import_roster", {"added": len(added), "updated": len(plan.to_update),
                                        "unchanged": len(plan.unchanged)})
            if added:
                txn.emit(Subject.PARTICIPANT, Change.ADDED, *added)
            if plan.to_update:
                txn.emit(Subject.PARTICIPANT, Change.CHANGED, *(p for p, _ in plan.to_update))
            return {"added": added, "updated": [p for p, _ in plan.to_update],
                    "unchanged": list(plan.unchanged)}

        result = self.ops.run(session_id, body, key=key, key_scope="roster").result
        return ImportOutcome(tuple(result["added"]), tuple(result["updated"]),
                             tuple(result["unchanged"]))

    @staticmethod
    def _write(txn: Txn, participant_id: int, merged: NewParticipant) -> None:
        txn.conn.execute(
            "UPDATE participant SET display_name = ?, grp = ?, actor_type = ?, language = ?, "
            "named_in_minutes = ?, consent_given = ? WHERE id = ?",
            (merged.display_name, merged.group.value,
             merged.actor_type.value if merged.actor_type else None, merged.language,
             int(merged.named_in_minutes), int(merged.consent_given), participant_id),
        )

    def update(self, participant_id: int, *, display_name: str | None = None,
               group: Group | None = None, actor_type: ActorType | None = None,
               language: str | None = None, named_in_minutes: bool | None = None,
               consent_given: bool | None = None, origin: Channel = Channel.DESK) -> Participant:
        current = self.get(participant_id)
        merged = _check(NewParticipant(
            group=group or current.group,
            language=language or current.language,
            display_name=current.display_name if display_name is None else display_name,
            actor_type=actor_type if group is not None or actor_type is not None
            else current.actor_type,
            named_in_minutes=current.named_in_minutes if named_in_minutes is None
            else named_in_minutes,
            consent_given=current.consent_given if consent_given is None else consent_given,
        ))

        def body(txn: Txn) -> Result:
            self._write(txn, participant_id, merged)
            txn.audit("update_participant", {"participant": participant_id,
                                             "group": merged.group.value})
            txn.emit(Subject.PARTICIPANT, Change.CHANGED, participant_id)
            return {}

        self.ops.run(current.session_id, body, origin=origin)
        return self.get(participant_id)

    def remove(self, participant_id: int) -> None:
        """Take someone out of the session: their portal tokens stop working at once."""
        self._take_out(participant_id, "remove_participant")

    def refuse(self, participant_id: int) -> None:
        """A walk-in waiting to be let in is not: taken out like a removed participant."""
        current = self.get(participant_id)
        if not current.waiting:
            raise RuleError("not_waiting")
        self._take_out(participant_id, "refuse_walk_in")

    def admit(self, participant_id: int) -> Attendance:
        """Let a waiting walk-in in: checked in from now, they vote and post like anyone."""
        return self.check_in(participant_id, origin=Channel.DESK)

    def _take_out(self, participant_id: int, op: str) -> None:
        current = self.get(participant_id)

        def body(txn: Txn) -> Result:
            txn.conn.execute("UPDATE participant SET removed = 1 WHERE id = ?", (participant_id,))
            if op == "refuse_walk_in":
                txn.conn.execute("UPDATE participant SET walk_in = ? WHERE id = ?",
                                 (WalkIn.REFUSED.value, participant_id))
            txn.conn.execute(
                "UPDATE portal_token SET revoked = 1 WHERE participant_id = ?", (participant_id,)
            )
            txn.audit(op, {"participant": participant_id})
            txn.emit(Subject.PARTICIPANT, Change.REMOVED, participant_id)
            return {}

        self.ops.run(current.session_id, body)

    def issue_token(self, participant_id: int) -> str:
        """A new 128-bit portal token for this participant (only its hash is stored)."""
        current = self.get(participant_id)
        if current.removed:
            raise RuleError("participant_removed")
        token = secrets.token_urlsafe(16)

        def body(txn: Txn) -> Result:
            txn.conn.execute(
                "INSERT INTO portal_token (token_hash, participant_id) VALUES (?, ?)",
                (token_hash(token), participant_id),
            )
            txn.audit("issue_token", {"participant": participant_id})
            return {}

        self.ops.run(current.session_id, body, origin=Channel.PHONE)
        return token

    def check_in(self, participant_id: int, *, origin: Channel = Channel.DESK,
                 key: str | None = None) -> Attendance:
        """Mark arrival (again, after leaving: the arrival time stays the first one). A walk-in
        waiting to be let in is checked in only by the facilitator, which lets them in."""
        current = self.get(participant_id)
        if current.removed:
            raise RuleError("participant_removed")
        if current.waiting and origin is not Channel.DESK:
            raise RuleError("waiting_for_approval")

        def body(txn: Txn) -> Result:
            if current.waiting:
                txn.conn.execute("UPDATE participant SET walk_in = ? WHERE id = ?",
                                 (WalkIn.ADMITTED.value, participant_id))
                txn.audit("admit_walk_in", {"participant": participant_id})
                txn.emit(Subject.PARTICIPANT, Change.CHANGED, participant_id)
            txn.conn.execute(
                "INSERT INTO attendance (session_id, participant_id, arrived_at, channel) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, participant_id) "
                "DO UPDATE SET left_at = NULL",
                (current.session_id, participant_id, txn.at, origin.value),
            )
            txn.audit("check_in", {"participant": participant_id, "channel": origin.value})
            txn.emit(Subject.ATTENDANCE, Change.CHANGED, participant_id)
            return {}

        self.ops.run(current.session_id, body, origin=origin, key=key,
                     key_scope=f"checkin:{participant_id}")
        found = self.attendance_of(current.session_id, participant_id)
        assert found is not None  # just written
        return found

    def check_out(self, participant_id: int, *, origin: Channel = Channel.DESK) -> Attendance:
        """Record an early departure (or the end of the day)."""
        current = self.get(participant_id)

        def body(txn: Txn) -> Result:
            txn.conn.execute(
                "UPDATE attendance SET left_at = ? WHERE session_id = ? AND participant_id = ?",
                (txn.at, current.session_id, participant_id),
            )
            txn.audit("check_out", {"participant": participant_id})
            txn.emit(Subject.ATTENDANCE, Change.CHANGED, participant_id)
            return {}

        self.ops.run(current.session_id, body, origin=origin)
        found = self.attendance_of(current.session_id, participant_id)
        if found is None:
            raise RuleError("not_found", what="attendance")
        return found
