"""Programmes: several Labs across territories and dates, followed up as one.

A session belongs to at most one programme. Joining or leaving is an operation on that
session (its audit log records it); a programme is made by the first session that joins it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.core import records
from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import Session
from app.core.operations import Operations, Result, Txn
from app.core.text_rules import clean_line


@dataclass(frozen=True)
class Programme:
    id: int
    uid: str
    title: str


class Programmes:
    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.database = ops.database

    def all(self) -> list[Programme]:
        return [Programme(r["id"], r["uid"], r["title"]) for r in self.database.rows(
            "SELECT id, uid, title FROM programme ORDER BY title COLLATE NOCASE, id")]

    def get(self, programme_id: int) -> Programme:
        row = self.database.row("SELECT id, uid, title FROM programme WHERE id = ?",
                                (programme_id,))
        if row is None:
            raise RuleError("not_found", what="programme")
        return Programme(row["id"], row["uid"], row["title"])

    def of_session(self, session_id: int) -> Programme | None:
        found = self.database.scalar("SELECT programme_id FROM session WHERE id = ?",
                                     (session_id,))
        return None if found is None else self.get(int(found))

    def sessions(self, programme_id: int) -> list[Session]:
        """The programme's sessions, oldest first."""
        rows = self.database.rows(records.SESSION_SQL + " WHERE s.programme_id = ? "
                                  "ORDER BY s.date, s.id", (programme_id,))
        return [records.session(row) for row in rows]

    def earlier_sessions(self, session_id: int) -> list[Session]:
        """The sessions of this one's programme held before it (by date, then creation)."""
        here = records.session(self._session_row(session_id))
        if here.programme_id is None:
            return []
        return [s for s in self.sessions(here.programme_id)
                if (s.date, s.id) < (here.date, here.id)]

    def _session_row(self, session_id: int) -> dict[str, object]:
        row = self.database.row(records.SESSION_SQL + " WHERE s.id = ?", (session_id,))
        if row is None:
            raise RuleError("not_found", what="session")
        return row

    def create(self, session_id: int, title: str) -> Programme:
        """A new programme, with ``session_id`` as its first session."""
        title = clean_line(title, 160)

        def body(txn: Txn) -> Result:
            if txn.one("SELECT 1 FROM programme WHERE title = ? COLLATE NOCASE",
                       (title,)) is not None:
                raise RuleError("name_taken", name=title)
            programme_id = txn.insert(
                "INSERT INTO programme (uid, title, created_at) VALUES (?, ?, ?)",
                (uuid.uuid4().hex, title, txn.at))
            txn.conn.execute("UPDATE session SET programme_id = ? WHERE id = ?",
                             (programme_id, session_id))
            txn.audit("create_programme", {"programme": programme_id, "title": title})
            txn.emit(Subject.PROGRAMME, Change.ADDED, programme_id)
            txn.emit(Subject.SESSION, Change.CHANGED, session_id)
            return {"id": programme_id}

        return self.get(self.ops.value(session_id, body)["id"])

    def join(self, session_id: int, programme_id: int | None) -> Session:
        """Put the session in a programme (None: in none)."""

        def body(txn: Txn) -> Result:
            if programme_id is not None and txn.one(
                    "SELECT 1 FROM programme WHERE id = ?", (programme_id,)) is None:
                raise RuleError("not_found", what="programme")
            txn.conn.execute("UPDATE session SET programme_id = ? WHERE id = ?",
                             (programme_id, session_id))
            txn.audit("join_programme", {"programme": programme_id})
            txn.emit(Subject.SESSION, Change.CHANGED, session_id)
            return {}

        self.ops.run(session_id, body)
        return records.session(self._session_row(session_id))

    def rename(self, session_id: int, programme_id: int, title: str) -> Programme:
        title = clean_line(title, 160)

        def body(txn: Txn) -> Result:
            if txn.one("SELECT 1 FROM programme WHERE title = ? COLLATE NOCASE AND id != ?",
                       (title, programme_id)) is not None:
                raise RuleError("name_taken", name=title)
            txn.conn.execute("UPDATE programme SET title = ? WHERE id = ?",
                             (title, programme_id))
            txn.audit("rename_programme", {"programme": programme_id, "title": title})
            txn.emit(Subject.PROGRAMME, Change.CHANGED, programme_id)
            return {}

        self.ops.run(session_id, body)
        return self.get(programme_id)
