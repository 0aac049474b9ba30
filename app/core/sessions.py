"""Sessions: create, edit, duplicate as a template, archive, and their life cycle."""

from __future__ import annotations

import json
import secrets
import uuid
from datetime import date
from typing import Any

from app.core import records
from app.core.agenda import END_PHASE
from app.core.errors import RuleError
from app.core.events import Change, ChangeEvent, Subject
from app.core.model import Channel, PhaseKind, RoundStatus, Session, SessionStatus
from app.core.operations import Operations, Result, Txn
from app.core.patient_write import write_turn
from app.core.text_rules import FIELD_LIMIT, clean_line, clean_text
from app.core.time_zones import check_zone, local_zone_name
from app.storage import audit

AgendaPlan = tuple[tuple[PhaseKind, int, str], ...]

DEFAULT_AGENDA: AgendaPlan = (
    (PhaseKind.WELCOME, 15, ""),
    (PhaseKind.EXPECTATIONS, 20, ""),
    (PhaseKind.INPUT, 20, ""),
    (PhaseKind.IDEATION, 30, ""),
    (PhaseKind.CLUSTERING, 20, ""),
    (PhaseKind.VOTING, 15, ""),
    (PhaseKind.ACTION_PLANNING, 40, ""),
    (PhaseKind.CLOSING, 10, ""),
)

EDITABLE = {
    "title", "date", "venue", "territory", "languages", "next_steps", "moderation",
    "walk_in_approval", "wifi_ssid", "wifi_security", "wifi_password", "time_zone",
}
WIFI_SECURITY = ("WPA", "WEP", "nopass")
REVIEW_MINUTES = 20


def _territory_id(txn_conn: Any, name: str) -> int | None:
    if not name:
        return None
    txn_conn.execute("INSERT OR IGNORE INTO territory (name) VALUES (?)", (name,))
    found = txn_conn.execute("SELECT id FROM territory WHERE name = ?", (name,)).fetchone()
    return int(found[0])


def _languages(value: Any) -> str:
    if not isinstance(value, list | tuple) or not value:
        raise RuleError("bad_value", field="languages", value=value)
    codes = [str(code).strip().lower() for code in value]
    if not all(2 <= len(code) <= 8 and code.replace("-", "").isalpha() for code in codes):
        raise RuleError("bad_value", field="languages", value=value)
    return json.dumps(list(dict.fromkeys(codes)))


class Sessions:
    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.database = ops.database

    # --- reading -------------------------------------------------------------------------
    def get(self, session_id: int) -> Session:
        row = self.database.row(records.SESSION_SQL + " WHERE s.id = ?", (session_id,))
        if row is None:
            raise RuleError("not_found", what="session")
        return records.session(row)

    def all(self, *, include_archived: bool = False) -> list[Session]:
        where = "" if include_archived else " WHERE s.archived = 0"
        rows = self.database.rows(records.SESSION_SQL + where + " ORDER BY s.date DESC, s.id DESC")
        return [records.session(row) for row in rows]

    def audit_head(self, session_id: int) -> tuple[int, str]:
        session = self.get(session_id)
        return audit.head(self.database.conn, session_id, session.uid)

    def verify_audit(self, session_id: int) -> audit.AuditVerdict:
        """The chain, then the rows replayed from it and its latest anchor (audit_check)."""
        from app.core.audit_check import full_check

        session = self.get(session_id)
        with self.database.read() as conn:
            return full_check(conn, self.database.path, session_id, session.uid)

    # --- writing -------------------------------------------------------------------------
    def create(
        self,
        title: str,
        date: str,
        *,
        territory: str = "",
        venue: str = "",
        languages: tuple[str, ...] = ("en",),
        agenda: AgendaPlan = DEFAULT_AGENDA,
        time_zone: str = "",
    ) -> Session:
        """A draft session; ``time_zone`` (IANA) defaults to this computer's own zone."""
        title = clean_line(title, 120)
        zone = check_zone(time_zone or local_zone_name())
        date = _date(date)
        territory = clean_line(territory, 120, required=False)
        venue = clean_line(venue, 200, required=False)
        langs = _languages(list(languages))
        uid = uuid.uuid4().hex
        at = self.ops.clock()
        with write_turn(self.database) as conn:
            session_id = conn.execute(
                "INSERT INTO session (uid, title, territory_id, date, venue, languages, "
                "badge_key, room_token, created_at, time_zone) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (uid, title, _territory_id(conn, territory), date, venue, langs,
                 secrets.token_hex(32), secrets.token_urlsafe(16), at, zone),
            ).lastrowid
            assert session_id is not None
            for position, (kind, minutes, phase_title) in enumerate(agenda):
                conn.execute(
                    "INSERT INTO phase (session_id, position, kind, planned_minutes, title) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (session_id, position, kind.value, minutes, phase_title),
                )
            audit.append(conn, session_id, uid, at, "create_session",
                         {"title": title, "date": date, "territory": territory, "venue": venue})
        self.ops.hub.publish(
            [ChangeEvent(session_id, Subject.SESSION, Change.ADDED, (session_id,),
                         "create_session", Channel.DESK)]
        )
        return self.get(session_id)

    def new_room_token(self, session_id: int) -> Session:
        """A new room token: the join QR and link change; the old ones no longer let anyone
        check in. Phones already checked in keep their own cookies and stay in."""

        def body(txn: Txn) -> Result:
            txn.conn.execute("UPDATE session SET room_token = ? WHERE id = ?",
                             (secrets.token_urlsafe(16), session_id))
            txn.audit("new_room_token", {})  # the token itself is never in the log
            txn.emit(Subject.SESSION, Change.CHANGED, session_id)
            return {}

        self.ops.run(session_id, body)
        return self.get(session_id)

    def update(self, session_id: int, **changes: Any) -> Session:
        unknown = set(changes) - EDITABLE
        if unknown:
            raise RuleError("bad_value", field="session", value=", ".join(sorted(unknown)))
        values: dict[str, Any] = {}
        for name, value in changes.items():
            if name == "title":
                values["title"] = clean_line(value, 120)
            elif name == "date":
                values["date"] = _date(value)
            elif name in {"venue", "wifi_ssid", "wifi_password"}:
                values[name] = clean_line(value, 200, required=False)
            elif name == "next_steps":
                values[name] = clean_text(value, FIELD_LIMIT, required=False)
            elif name == "languages":
                values[name] = _languages(value)
            elif name in {"moderation", "walk_in_approval"}:
                values[name] = int(bool(value))
            elif name == "wifi_security":
                if value not in WIFI_SECURITY:
                    raise RuleError("bad_value", field=name, value=value)
                values[name] = value
            elif name == "territory":
                values[name] = clean_line(value, 120, required=False)
            elif name == "time_zone":
                values[name] = check_zone(value)

        def body(txn: Txn) -> Result:
            columns = dict(values)
            if "territory" in columns:
                columns["territory_id"] = _territory_id(txn.conn, columns.pop("territory"))
            if columns:
                assignments = ", ".join(f"{name} = ?" for name in columns)
                txn.conn.execute(
                    f"UPDATE session SET {assignments} WHERE id = ?",
                    (*columns.values(), session_id),
                )
            shown = {k: v for k, v in values.items() if k != "wifi_password"}
            txn.audit("update_session", shown)
            txn.emit(Subject.SESSION, Change.CHANGED, session_id)
            return {}

        self.ops.run(session_id, body)
        return self.get(session_id)

    def set_status(self, session_id: int, status: SessionStatus) -> Session:
        def body(txn: Txn) -> Result:
            txn.conn.execute(
                "UPDATE session SET status = ? WHERE id = ?", (status.value, session_id)
            )
            txn.audit("set_status", {"from": txn.status.value, "to": status.value})
            txn.emit(Subject.SESSION, Change.CHANGED, session_id)
            return {}

        self.ops.run(session_id, body, allow_locked=True)
        return self.get(session_id)

    def close(self, session_id: int) -> Session:
        """The end of the Lab: the session is closed, so its minutes can be signed.

        Refused while a vote round is open (its dots would be left half-counted). A phase
        still running ends now. Closing a closed session changes nothing.
        """

        def body(txn: Txn) -> Result:
            if txn.status is SessionStatus.CLOSED:
                return {}
            open_round = txn.one(
                "SELECT title FROM vote_round WHERE session_id = ? AND status = ? "
                "ORDER BY id LIMIT 1",
                (session_id, RoundStatus.OPEN.value),
            )
            if open_round is not None:
                raise RuleError("round_still_open", title=open_round[0])
            running = txn.one(
                "SELECT p.id FROM session s JOIN phase p ON p.id = s.current_phase_id "
                "WHERE s.id = ? AND p.started_at IS NOT NULL AND p.ended_at IS NULL",
                (session_id,),
            )
            if running is not None:
                txn.conn.execute(END_PHASE, {"at": txn.at, "id": running[0]})
                txn.emit(Subject.PHASE, Change.CHANGED, running[0])
            txn.conn.execute("UPDATE session SET status = ? WHERE id = ?",
                             (SessionStatus.CLOSED.value, session_id))
            txn.audit("close_session", {"from": txn.status.value})
            txn.emit(Subject.SESSION, Change.CHANGED, session_id)
            return {}

        self.ops.run(session_id, body)
        return self.get(session_id)

    def reopen_closed(self, session_id: int) -> Session:
        """Back to live: a closed session whose minutes are not signed yet (a signed one is
        reopened through its minutes, which then get a new version)."""

        def body(txn: Txn) -> Result:
            if txn.status is not SessionStatus.CLOSED:
                raise RuleError("session_not_closed")
            txn.conn.execute("UPDATE session SET status = ? WHERE id = ?",
                             (SessionStatus.LIVE.value, session_id))
            txn.audit("reopen_session", {})
            txn.emit(Subject.SESSION, Change.CHANGED, session_id)
            return {}

        self.ops.run(session_id, body)
        return self.get(session_id)

    def archive(self, session_id: int, archived: bool = True) -> Session:
        def body(txn: Txn) -> Result:
            txn.conn.execute(
                "UPDATE session SET archived = ? WHERE id = ?", (int(archived), session_id)
            )
            txn.audit("archive_session", {"archived": archived})
            txn.emit(Subject.SESSION, Change.CHANGED, session_id)
            return {}

        self.ops.run(session_id, body, allow_locked=True)
        return self.get(session_id)

    def duplicate(self, session_id: int, title: str, date: str) -> Session:
        """A new draft session with the same settings and agenda: the template for the next Lab."""
        source = self.get(session_id)
        phases = self.database.rows(
            "SELECT kind, planned_minutes, title FROM phase WHERE session_id = ? ORDER BY position",
            (session_id,),
        )
        agenda = [(PhaseKind(p["kind"]), p["planned_minutes"], p["title"]) for p in phases]
        if source.programme_id is not None and all(
                kind is not PhaseKind.REVIEW for kind, _, _ in agenda):
            # The next Lab of a programme opens with "you said, we did", after the welcome.
            welcome = next((i + 1 for i, (kind, _, _) in enumerate(agenda)
                            if kind is PhaseKind.WELCOME), 0)
            agenda.insert(welcome, (PhaseKind.REVIEW, REVIEW_MINUTES, ""))
        copy = self.create(
            title, date, territory=source.territory, venue=source.venue,
            languages=source.languages, time_zone=source.time_zone, agenda=tuple(agenda),
        )
        copy = self.update(copy.id, moderation=source.moderation,
                           walk_in_approval=source.walk_in_approval, wifi_ssid=source.wifi_ssid,
                           wifi_security=source.wifi_security, wifi_password=source.wifi_password)
        if source.programme_id is not None:  # the next Lab stays in the same programme
            from app.core.programmes import Programmes

            Programmes(self.ops).join(copy.id, source.programme_id)
            copy = self.get(copy.id)
        return copy


def _date(value: str) -> str:
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError as exc:
        raise RuleError("bad_value", field="date", value=value) from exc
