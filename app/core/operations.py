"""The one path for every change: validate → write + audit in one transaction → publish.

An operation body runs inside ``BEGIN IMMEDIATE``; it writes rows, records its audit event and
names what it changed. Events are published only after COMMIT returned, so a phone is told
"recorded" only for what is really on disk. A write from outside carries a client-generated
idempotency key: a retry returns the first answer and changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.clock import now_iso
from app.core.errors import RuleError
from app.core.events import Change, ChangeEvent, EventHub, Subject
from app.core.model import Channel, SessionStatus
from app.core.patient_write import write_turn
from app.storage import audit
from app.storage.database import Database

Result = dict[str, Any]


@dataclass
class Txn:
    """What an operation body may touch: the connection, the clock, the audit log, events."""

    conn: sqlite3.Connection
    session_id: int
    genesis: str
    status: SessionStatus
    at: str
    origin: Channel
    events: list[ChangeEvent] = field(default_factory=list)
    # The audit chain's head (events, hash) as read with the session row; kept up to date by
    # ``audit`` so a body appends without reading it again (the write lock is held).
    head: tuple[int, str] | None = None
    # What the operation asked ``Operations.run`` to read with the session row (``also``).
    also: tuple[Any, ...] = ()

    def audit(self, op: str, data: dict[str, Any]) -> None:
        if self.head is None:
            self.head = audit.head(self.conn, self.session_id, self.genesis)
        self.head = audit.append_after(self.conn, self.session_id, self.head, self.at, op, data)

    def emit(self, subject: Subject, change: Change, *ids: int, op: str = "") -> None:
        self.events.append(
            ChangeEvent(self.session_id, subject, change, tuple(ids), op, self.origin)
        )

    def one(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = self.conn.execute(sql, params).fetchone()
        return row

    def insert(self, sql: str, params: tuple[Any, ...]) -> int:
        rowid = self.conn.execute(sql, params).lastrowid
        assert rowid is not None
        return rowid


@dataclass(frozen=True)
class Outcome:
    result: Result
    duplicate: bool


def receipt_key(scope: str, key: str) -> str:
    """The stored form of an idempotency key: unlinkable to its sender without the key."""
    return hashlib.sha256(f"{scope}\x00{key}".encode()).hexdigest()


class Operations:
    """Runs operation bodies against one connection and publishes their events."""

    def __init__(self, database: Database, hub: EventHub,
                 clock: Callable[[], str] = now_iso,
                 after_commit: Callable[[], None] | None = None) -> None:
        self.database = database
        self.hub = hub
        self.clock = clock  # the demo replays a session at its own pace
        self.after_commit = after_commit  # e.g. the automatic backup schedule

    def run(
        self,
        session_id: int,
        body: Callable[[Txn], Result],
        *,
        origin: Channel = Channel.DESK,
        key: str | None = None,
        key_scope: str = "",
        allow_locked: bool = False,
        also: tuple[str, tuple[Any, ...]] | None = None,
    ) -> Outcome:
        """``also``: scalar subqueries (SQL, parameters) read with the session row, in the
        transaction, before the body runs; their values are ``txn.also``."""
        events: list[ChangeEvent] = []
        stored_key = receipt_key(key_scope, key) if key else None
        extra_sql, extra_params = also if also is not None else ("", ())
        with write_turn(self.database) as conn:
            # One read for what every operation needs first: an earlier answer to this key,
            # the session (genesis, status), the head of its audit chain, and ``also``.
            row = conn.execute(
                "SELECT (SELECT result FROM receipt WHERE key_hash = ?), s.uid, s.status, "
                "a.seq, a.hash" + extra_sql + " FROM (SELECT 1) LEFT JOIN session s ON s.id = ?"
                " LEFT JOIN audit a ON a.session_id = s.id"
                " AND a.seq = (SELECT MAX(seq) FROM audit WHERE session_id = s.id)",
                (stored_key, *extra_params, session_id),
            ).fetchone()
            if row[0] is not None:
                return Outcome(json.loads(row[0]), duplicate=True)
            if row[1] is None:
                raise RuleError("not_found", what="session")
            status = SessionStatus(row[2])
            if status is SessionStatus.SIGNED and not allow_locked:
                raise RuleError("session_locked")
            head = (0, row[1]) if row[3] is None else (row[3], row[4])
            txn = Txn(conn, session_id, row[1], status, self.clock(), origin, head=head,
                      also=tuple(row[5:]))
            result = body(txn)
            if stored_key is not None:
                conn.execute(
                    "INSERT INTO receipt (key_hash, result) VALUES (?, ?)",
                    (stored_key, json.dumps(result)),
                )
            events = txn.events
        self.hub.publish(events)
        # Inside a group of the portal's (still in its transaction) the group's COMMIT
        # tells the schedule instead, once the writes are really on disk.
        if self.after_commit is not None and not self.database.in_transaction:
            self.after_commit()
        return Outcome(result, duplicate=False)

    def receipt(self, key: str, key_scope: str = "") -> Result | None:
        """The first answer to an operation already run with this idempotency key, if any.

        Lets a face answer a replay before re-checking conditions that may have changed since
        the first attempt was recorded (a phase that has moved on, say).
        """
        found = self.database.scalar(
            "SELECT result FROM receipt WHERE key_hash = ?", (receipt_key(key_scope, key),))
        return None if found is None else dict(json.loads(found))

    def value(self, session_id: int, body: Callable[[Txn], Result], **kwargs: Any) -> Result:
        return self.run(session_id, body, **kwargs).result
