"""Commitments: what an idea, a theme or a parking-lot item became, followed over time.

A commitment says what will be done and by which service or role (a person's name only when
that person agreed to be named), and carries a status, a progress and a dated history of
updates. It is made in one session and followed up in the later sessions of its programme;
each change is recorded in the session where the facilitator makes it (``in_session``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import Area, Competence
from app.core.operations import Operations, Result, Txn
from app.core.text_rules import FIELD_LIMIT, clean_line, clean_text


class CommitmentStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DECLINED = "declined"  # with the reason, always
    FORWARDED = "forwarded"  # to a level of competence and a body


class SourceKind(StrEnum):
    IDEA = "idea"
    THEME = "theme"
    PARKING = "parking"


@dataclass(frozen=True)
class CommitmentUpdate:
    id: int
    session_id: int  # where the update was recorded
    day: str  # the date it happened (ISO)
    status: CommitmentStatus
    progress: int
    what: str  # what changed
    evidence: str
    by_role: str  # who, in which role


@dataclass(frozen=True)
class Commitment:
    id: int
    session_id: int  # where it was made
    source_kind: SourceKind
    source_id: int
    source_text: str
    text: str
    owner_role: str
    owner_named: bool
    status: CommitmentStatus
    reason: str
    competence: Competence | None
    forwarded_to: str
    answer: str  # the answer received from the body it was forwarded to
    progress: int
    translations: dict[str, str] = field(default_factory=dict)
    history: tuple[CommitmentUpdate, ...] = ()

    def text_in(self, language: str) -> str:
        """The commitment's text in ``language`` when one was typed, else as written."""
        return self.translations.get(language, self.text)


def _day(value: str | None) -> str:
    if value is None or not str(value).strip():
        return date.today().isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError as exc:
        raise RuleError("bad_value", field="date", value=value) from exc


def _progress(value: int | float) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(
            value) or not 0 <= value <= 100:
        raise RuleError("bad_value", field="progress", value=value)
    return round(value)


class Commitments:
    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.database = ops.database

    # --- reading -------------------------------------------------------------------------
    def get(self, commitment_id: int) -> Commitment:
        row = self.database.row(
            "SELECT * FROM commitment WHERE id = ? AND deleted = 0", (commitment_id,))
        if row is None:
            raise RuleError("not_found", what="commitment")
        return self._record(row)

    def _record(self, row: dict[str, object]) -> Commitment:
        cid = int(str(row["id"]))
        kind = SourceKind(str(row["source_kind"]))
        table = "theme" if kind is SourceKind.THEME else "note"
        column = "name" if kind is SourceKind.THEME else "text"
        source_text = self.database.scalar(f"SELECT {column} FROM {table} WHERE id = ?",
                                           (row["source_id"],)) or ""
        translations = {r["language"]: r["text"] for r in self.database.rows(
            "SELECT language, text FROM commitment_text WHERE commitment_id = ?", (cid,))}
        history = tuple(
            CommitmentUpdate(r["id"], r["session_id"], r["day"], CommitmentStatus(r["status"]),
                             r["progress"], r["what"], r["evidence"], r["by_role"])
            for r in self.database.rows(
                "SELECT * FROM commitment_update WHERE commitment_id = ? ORDER BY day, id",
                (cid,)))
        competence = row["competence"]
        return Commitment(
            id=cid, session_id=int(str(row["session_id"])), source_kind=kind,
            source_id=int(str(row["source_id"])), source_text=str(source_text),
            text=str(row["text"]), owner_role=str(row["owner_role"]),
            owner_named=bool(row["owner_named"]), status=CommitmentStatus(str(row["status"])),
            reason=str(row["reason"]),
            competence=Competence(str(competence)) if competence else None,
            forwarded_to=str(row["forwarded_to"]), answer=str(row["answer"]),
            progress=int(str(row["progress"])), translations=translations, history=history)

    def of_session(self, session_id: int) -> list[Commitment]:
        """The commitments made in this session."""
        return [self._record(r) for r in self.database.rows(
            "SELECT * FROM commitment WHERE session_id = ? AND deleted = 0 ORDER BY id",
            (session_id,))]

    def followed_in(self, session_id: int) -> list[Commitment]:
        """What a session follows up: its own commitments and those of the earlier sessions
        of its programme, oldest first."""
        rows = self.database.rows(
            "SELECT c.* FROM commitment c JOIN session s ON s.id = c.session_id "
            "JOIN session here ON here.id = ? WHERE c.deleted = 0 AND (c.session_id = here.id "
            "OR (here.programme_id IS NOT NULL AND s.programme_id = here.programme_id "
            "AND (s.date < here.date OR (s.date = here.date AND s.id < here.id)))) "
            "ORDER BY s.date, s.id, c.id", (session_id,))
        return [self._record(r) for r in rows]

    # --- writing -------------------------------------------------------------------------
    def _check_owner(self, txn: Txn, session_id: int, owner: str, named: bool) -> None:
        """A private person's name is refused as owner unless that person agreed to be named
        (a service or a role is what is expected)."""
        if not owner:
            return
        person = txn.one(
            "SELECT MAX(p.named_in_minutes) FROM participant p JOIN session s "
            "ON s.id = p.session_id JOIN session here ON here.id = ? "
            "WHERE (s.id = here.id OR s.programme_id = here.programme_id) AND p.removed = 0 "
            "AND (lower(p.display_name) = lower(?) OR lower(p.pseudonym) = lower(?))",
            (session_id, owner, owner))
        if person is None or person[0] is None:
            return
        if not (named and person[0]):
            raise RuleError("owner_is_a_person", name=owner)

    def add(self, in_session: int, source_kind: SourceKind, source_id: int, *,
            text: str = "", owner_role: str = "", owner_named: bool = False) -> Commitment:
        """A proposed commitment from an idea, a theme or a parking-lot item of this session
        or of an earlier session of its programme; its text defaults to the source's."""
        owner = clean_line(owner_role, 120, required=False)

        def body(txn: Txn) -> Result:
            if source_kind is SourceKind.THEME:
                found = txn.one("SELECT session_id, name FROM theme WHERE id = ? AND deleted = 0",
                                (source_id,))
            else:
                area = Area.PARKING_LOT if source_kind is SourceKind.PARKING else Area.IDEAS
                found = txn.one("SELECT session_id, text FROM note WHERE id = ? AND deleted = 0 "
                                "AND area = ?", (source_id, area.value))
            if found is None:
                raise RuleError("not_found", what=source_kind.value)
            origin = int(found[0])
            if origin != in_session and txn.one(
                    "SELECT 1 FROM session a JOIN session b ON a.programme_id = b.programme_id "
                    "WHERE a.id = ? AND b.id = ?", (origin, in_session)) is None:
                raise RuleError("not_found", what=source_kind.value)
            wording = clean_text(text or str(found[1]), FIELD_LIMIT)
            self._check_owner(txn, in_session, owner, owner_named)
            competence, forwarded_to = None, ""
            if source_kind is SourceKind.PARKING:  # where the parking lot said it goes
                parked = txn.one("SELECT competence, forwarded_to FROM note WHERE id = ?",
                                 (source_id,))
                competence, forwarded_to = parked if parked else (None, "")
            commitment_id = txn.insert(
                "INSERT INTO commitment (session_id, source_kind, source_id, text, owner_role, "
                "owner_named, competence, forwarded_to, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (origin, source_kind.value, source_id, wording, owner, int(owner_named),
                 competence, forwarded_to or "", txn.at))
            txn.audit("add_commitment", {"commitment": commitment_id,
                                         "source": [source_kind.value, source_id],
                                         "text": wording, "owner_role": owner})
            txn.emit(Subject.COMMITMENT, Change.ADDED, commitment_id)
            return {"id": commitment_id}

        return self.get(self.ops.value(in_session, body)["id"])

    def edit(self, in_session: int, commitment_id: int, *, text: str, owner_role: str,
             owner_named: bool = False) -> Commitment:
        """Reword the commitment or change its owner (its status goes through ``update``)."""
        self.get(commitment_id)
        wording = clean_text(text, FIELD_LIMIT)
        owner = clean_line(owner_role, 120, required=False)

        def body(txn: Txn) -> Result:
            self._check_owner(txn, in_session, owner, owner_named)
            txn.conn.execute(
                "UPDATE commitment SET text = ?, owner_role = ?, owner_named = ? WHERE id = ?",
                (wording, owner, int(owner_named), commitment_id))
            txn.audit("edit_commitment", {"commitment": commitment_id, "text": wording,
                                          "owner_role": owner})
            txn.emit(Subject.COMMITMENT, Change.CHANGED, commitment_id)
            return {}

        self.ops.run(in_session, body)
        return self.get(commitment_id)

    def update(self, in_session: int, commitment_id: int, status: CommitmentStatus, *,
               progress: int | float | None = None, what: str = "", evidence: str = "",
               by_role: str = "", day: str | None = None, reason: str = "",
               competence: Competence | None = None, forwarded_to: str = "") -> Commitment:
        """A dated update: the new status and progress, what changed, the evidence and who
        reported it in which role. Declining needs the reason; forwarding needs the level of
        competence and the body it goes to; done means 100 %."""
        current = self.get(commitment_id)
        when = _day(day)
        why = clean_text(reason, FIELD_LIMIT, required=False)
        body_to = clean_line(forwarded_to, 200, required=False)
        if status is CommitmentStatus.DECLINED and not why:
            raise RuleError("decline_needs_reason")
        if status is CommitmentStatus.FORWARDED:
            competence = competence or current.competence
            body_to = body_to or current.forwarded_to
            if competence is None or not body_to:
                raise RuleError("forward_needs_body")
        if status is CommitmentStatus.DONE:
            done = 100
        elif progress is None:
            done = current.progress
        else:
            done = _progress(progress)
        change = clean_text(what, FIELD_LIMIT, required=False) or why
        proof = clean_text(evidence, FIELD_LIMIT, required=False)
        who = clean_line(by_role, 120, required=False)

        def body(txn: Txn) -> Result:
            txn.conn.execute(
                "UPDATE commitment SET status = ?, progress = ?, reason = ?, competence = ?, "
                "forwarded_to = ? WHERE id = ?",
                (status.value, done, why if status is CommitmentStatus.DECLINED else "",
                 competence.value if competence else None,
                 body_to if status is CommitmentStatus.FORWARDED else current.forwarded_to,
                 commitment_id))
            update_id = txn.insert(
                "INSERT INTO commitment_update (commitment_id, session_id, at, day, status, "
                "progress, what, evidence, by_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (commitment_id, in_session, txn.at, when, status.value, done, change, proof,
                 who))
            txn.audit("update_commitment", {
                "commitment": commitment_id, "update": update_id, "from": current.status.value,
                "to": status.value, "progress": done, "day": when, "what": change,
                "by_role": who})
            txn.emit(Subject.COMMITMENT, Change.CHANGED, commitment_id)
            return {}

        self.ops.run(in_session, body)
        return self.get(commitment_id)

    def record_answer(self, in_session: int, commitment_id: int, answer: str, *,
                      day: str | None = None, by_role: str = "") -> Commitment:
        """The answer received from the body a parking-lot item was forwarded to."""
        current = self.get(commitment_id)
        reply = clean_text(answer, FIELD_LIMIT)
        when = _day(day)
        who = clean_line(by_role, 120, required=False)

        def body(txn: Txn) -> Result:
            txn.conn.execute("UPDATE commitment SET answer = ? WHERE id = ?",
                             (reply, commitment_id))
            txn.insert(
                "INSERT INTO commitment_update (commitment_id, session_id, at, day, status, "
                "progress, what, evidence, by_role) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)",
                (commitment_id, in_session, txn.at, when, current.status.value,
                 current.progress, reply, who))
            txn.audit("answer_received", {"commitment": commitment_id, "answer": reply,
                                          "day": when})
            txn.emit(Subject.COMMITMENT, Change.CHANGED, commitment_id)
            return {}

        self.ops.run(in_session, body)
        return self.get(commitment_id)

    def translate(self, in_session: int, commitment_id: int, language: str,
                  text: str) -> Commitment:
        """The commitment's text in another language, typed by the facilitator or an
        interpreter (empty text: the translation is removed)."""
        self.get(commitment_id)
        code = str(language).strip().lower()
        if not 2 <= len(code) <= 8 or not code.replace("-", "").isalpha():
            raise RuleError("bad_value", field="language", value=language)
        wording = clean_text(text, FIELD_LIMIT, required=False)

        def body(txn: Txn) -> Result:
            if wording:
                txn.conn.execute(
                    "INSERT INTO commitment_text (commitment_id, language, text) VALUES (?, ?, ?)"
                    " ON CONFLICT (commitment_id, language) DO UPDATE SET text = excluded.text",
                    (commitment_id, code, wording))
            else:
                txn.conn.execute("DELETE FROM commitment_text WHERE commitment_id = ? "
                                 "AND language = ?", (commitment_id, code))
            txn.audit("translate_commitment", {"commitment": commitment_id, "language": code,
                                               "text": wording})
            txn.emit(Subject.COMMITMENT, Change.CHANGED, commitment_id)
            return {}

        self.ops.run(in_session, body)
        return self.get(commitment_id)

    def remove(self, in_session: int, commitment_id: int) -> None:
        self.get(commitment_id)

        def body(txn: Txn) -> Result:
            txn.conn.execute("UPDATE commitment SET deleted = 1 WHERE id = ?", (commitment_id,))
            txn.audit("remove_commitment", {"commitment": commitment_id})
            txn.emit(Subject.COMMITMENT, Change.REMOVED, commitment_id)
            return {}

        self.ops.run(in_session, body)
