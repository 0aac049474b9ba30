"""Signed minutes lock a session; reopening it starts a new version of the minutes.

The version number lives in the ``setting`` table (``minutes_version.<session id>``): version 1
until the session is first reopened after signing. Signing and reopening are operations, so
both are in the audit log.
"""

from __future__ import annotations

from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import SessionStatus
from app.core.operations import Operations, Result, Txn
from app.storage import audit


def _key(session_id: int) -> str:
    return f"minutes_version.{session_id}"


def _read_version(txn: Txn) -> int:
    row = txn.one("SELECT value FROM setting WHERE key = ?", (_key(txn.session_id),))
    return int(row[0]) if row else 1


class MinutesVersions:
    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.database = ops.database

    def version(self, session_id: int) -> int:
        """The version of the minutes the next export (or the signed one) carries."""
        value = self.database.scalar("SELECT value FROM setting WHERE key = ?",
                                     (_key(session_id),))
        return int(value) if value is not None else 1

    def mark_signed(self, session_id: int, *, version: int, document_sha256: str,
                    fingerprint: str, expected_head: str | None = None) -> None:
        """Lock the session: its minutes (this version) are signed.

        ``expected_head`` is the audit head the minutes were made from: if anything changed
        since, the signed minutes would not tell the whole story, so nothing is locked. Once
        locked, the same version may be signed again in another language (a room reads
        French and Arabic): that copy is logged, and the session stays locked.
        """

        def body(txn: Txn) -> Result:
            changed = (expected_head is not None and
                       audit.head(txn.conn, session_id, txn.genesis)[1] != expected_head)
            if changed or _read_version(txn) != version:
                raise RuleError("minutes_version_changed", version=version)
            facts = {"version": version, "document_sha256": document_sha256,
                     "fingerprint": fingerprint}
            if txn.status is SessionStatus.SIGNED:
                txn.audit("sign_minutes_copy", facts)
                return {}
            txn.conn.execute("UPDATE session SET status = ? WHERE id = ?",
                             (SessionStatus.SIGNED.value, session_id))
            txn.audit("sign_minutes", facts)
            txn.emit(Subject.SESSION, Change.CHANGED, session_id)
            return {}

        self.ops.run(session_id, body, allow_locked=True)

    def reopen(self, session_id: int) -> int:
        """Unlock a signed session for an edit; the next minutes are a new version."""

        def body(txn: Txn) -> Result:
            if txn.status is not SessionStatus.SIGNED:
                raise RuleError("session_not_signed")
            new_version = _read_version(txn) + 1
            txn.conn.execute("UPDATE session SET status = ? WHERE id = ?",
                             (SessionStatus.CLOSED.value, session_id))
            txn.conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                             (_key(session_id), str(new_version)))
            txn.audit("reopen_minutes", {"version": new_version})
            txn.emit(Subject.SESSION, Change.CHANGED, session_id)
            return {"version": new_version}

        return int(self.ops.value(session_id, body, allow_locked=True)["version"])
