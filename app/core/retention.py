"""Retention: once the minutes are signed, the raw data behind them can be purged.

The signed minutes carry counts and verbatim notes, never people. What stays in the store after
that is only useful for running the session, and some of it names people: self-chosen display
names, portal tokens, who wrote which note, who put which dots in an open round, the texts of
rejected or deleted notes. The purge clears those. The audit log stays as it is, so its chain
still checks out: it names no one, but it does keep every note's text as it was written. The
purge is an operation on a locked session, recorded in the audit log. An optional setting runs
it right after signing.
"""

from __future__ import annotations

from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import SessionStatus
from app.core.operations import Operations, Result, Txn
from app.core.patient_write import write_turn
from app.storage.search_index import forget_erased_words

PURGE_SETTING = "retention.purge_after_signing"


class Retention:
    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.database = ops.database

    def purge_after_signing(self) -> bool:
        value = self.database.scalar("SELECT value FROM setting WHERE key = ?", (PURGE_SETTING,))
        return bool(value == "1")

    def set_purge_after_signing(self, enabled: bool) -> None:
        with write_turn(self.database) as conn:
            conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                         (PURGE_SETTING, "1" if enabled else "0"))

    def purge(self, session_id: int) -> dict[str, int]:
        """Clear what could identify someone; returns how many rows each step touched."""

        def body(txn: Txn) -> Result:
            if txn.status is not SessionStatus.SIGNED:
                raise RuleError("purge_needs_signature")
            people = "SELECT id FROM participant WHERE session_id = ?"
            counts = {
                "display_names": txn.conn.execute(
                    "UPDATE participant SET display_name = '' WHERE session_id = ? "
                    "AND named_in_minutes = 0 AND display_name != ''", (session_id,)).rowcount,
                "portal_tokens": txn.conn.execute(
                    f"DELETE FROM portal_token WHERE participant_id IN ({people})",
                    (session_id,)).rowcount,
                "note_authors": txn.conn.execute(
                    "UPDATE note SET author_id = NULL WHERE session_id = ? "
                    "AND author_id IS NOT NULL", (session_id,)).rowcount,
                "unpublished_notes": txn.conn.execute(
                    "UPDATE note SET text = '' WHERE session_id = ? AND text != '' "
                    "AND (deleted = 1 OR status != 'shown')", (session_id,)).rowcount,
                # Open rounds key dots by participant; the tallies need only the counts.
                "open_ballots": txn.conn.execute(
                    "UPDATE dot SET ballot = 'x' || lower(hex(randomblob(16))) "
                    "WHERE ballot LIKE 'p%' AND round_id IN "
                    "(SELECT id FROM vote_round WHERE session_id = ?)", (session_id,)).rowcount,
            }
            forget_erased_words(txn.conn)
            txn.audit("purge_raw_data", counts)
            txn.emit(Subject.PARTICIPANT, Change.CHANGED)
            txn.emit(Subject.NOTE, Change.CHANGED)
            return counts

        result = self.ops.value(session_id, body, allow_locked=True)
        return {key: int(value) for key, value in result.items()}
