"""The agenda: phases with planned minutes, and the running timer with its actual times."""

from __future__ import annotations

from dataclasses import dataclass

from app.core import records
from app.core.clock import now_iso, seconds_between
from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import Phase, PhaseKind, SessionStatus
from app.core.operations import Operations, Result, Txn
from app.core.text_rules import clean_line

MAX_MINUTES = 24 * 60

# Ending a phase: a pause still running at that moment counts as paused time.
_END_PHASE = (
    "UPDATE phase SET ended_at = COALESCE(ended_at, :at), "
    "paused_seconds = paused_seconds + COALESCE("
    "(julianday(:at) - julianday(paused_at)) * 86400.0, 0), paused_at = NULL "
    "WHERE id = :id AND started_at IS NOT NULL"
)
END_PHASE = _END_PHASE  # closing the session ends its running phase the same way


@dataclass(frozen=True)
class TimerState:
    """The countdown of a phase at one moment (for the main window and the projector)."""

    phase: Phase | None
    elapsed_seconds: float
    remaining_seconds: float
    running: bool
    paused: bool

    @property
    def overrun(self) -> bool:
        return self.phase is not None and self.remaining_seconds < 0


def timer_state(phase: Phase | None, now: str | None = None) -> TimerState:
    if phase is None or phase.started_at is None:
        planned = phase.planned_minutes * 60.0 if phase else 0.0
        return TimerState(phase, 0.0, planned, running=False, paused=False)
    end = phase.ended_at or phase.paused_at or now or now_iso()
    elapsed = max(0.0, seconds_between(phase.started_at, end) - phase.paused_seconds)
    remaining = phase.planned_minutes * 60.0 - elapsed
    running = phase.ended_at is None and phase.paused_at is None
    return TimerState(phase, elapsed, remaining, running, paused=phase.paused_at is not None)


def _minutes(value: int) -> int:
    if not isinstance(value, int) or not 1 <= value <= MAX_MINUTES:
        raise RuleError("bad_value", field="minutes", value=value)
    return value


class Agenda:
    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.database = ops.database

    def phases(self, session_id: int) -> list[Phase]:
        rows = self.database.rows(
            "SELECT * FROM phase WHERE session_id = ? ORDER BY position", (session_id,)
        )
        return [records.phase(row) for row in rows]

    def phase(self, phase_id: int) -> Phase:
        row = self.database.row("SELECT * FROM phase WHERE id = ?", (phase_id,))
        if row is None:
            raise RuleError("not_found", what="phase")
        return records.phase(row)

    def current(self, session_id: int) -> Phase | None:
        row = self.database.row(
            "SELECT p.* FROM phase p JOIN session s ON s.current_phase_id = p.id WHERE s.id = ?",
            (session_id,),
        )
        return records.phase(row) if row else None

    def timer(self, session_id: int, now: str | None = None) -> TimerState:
        return timer_state(self.current(session_id), now)

    # --- editing the plan ----------------------------------------------------------------
    def add(self, session_id: int, kind: PhaseKind, minutes: int, title: str = "",
            position: int | None = None) -> Phase:
        minutes = _minutes(minutes)
        title = clean_line(title, 80, required=False)

        def body(txn: Txn) -> Result:
            count = txn.one("SELECT COUNT(*) FROM phase WHERE session_id = ?", (session_id,))
            total = int(count[0]) if count else 0
            where = total if position is None else max(0, min(position, total))
            txn.conn.execute(
                "UPDATE phase SET position = position + 1 WHERE session_id = ? AND position >= ?",
                (session_id, where),
            )
            phase_id = txn.insert(
                "INSERT INTO phase (session_id, position, kind, title, planned_minutes) "
                "VALUES (?, ?, ?, ?, ?)",
                (session_id, where, kind.value, title, minutes),
            )
            txn.audit("add_phase", {"phase": phase_id, "kind": kind.value, "minutes": minutes})
            txn.emit(Subject.PHASE, Change.ADDED, phase_id)
            return {"id": phase_id}

        return self.phase(self.ops.value(session_id, body)["id"])

    def update(self, phase_id: int, *, kind: PhaseKind | None = None, minutes: int | None = None,
               title: str | None = None) -> Phase:
        phase = self.phase(phase_id)
        changes: dict[str, object] = {}
        if kind is not None:
            changes["kind"] = kind.value
        if minutes is not None:
            changes["planned_minutes"] = _minutes(minutes)
        if title is not None:
            changes["title"] = clean_line(title, 80, required=False)

        def body(txn: Txn) -> Result:
            if changes:
                assignments = ", ".join(f"{name} = ?" for name in changes)
                txn.conn.execute(
                    f"UPDATE phase SET {assignments} WHERE id = ?", (*changes.values(), phase_id)
                )
            txn.audit("update_phase", {"phase": phase_id, **changes})
            txn.emit(Subject.PHASE, Change.CHANGED, phase_id)
            return {}

        self.ops.run(phase.session_id, body)
        return self.phase(phase_id)

    def remove(self, phase_id: int) -> None:
        phase = self.phase(phase_id)

        def body(txn: Txn) -> Result:
            txn.conn.execute(
                "UPDATE session SET current_phase_id = NULL WHERE current_phase_id = ?",
                (phase_id,),
            )
            txn.conn.execute("DELETE FROM phase WHERE id = ?", (phase_id,))
            txn.conn.execute(
                "UPDATE phase SET position = position - 1 WHERE session_id = ? AND position > ?",
                (phase.session_id, phase.position),
            )
            txn.audit("remove_phase", {"phase": phase_id})
            txn.emit(Subject.PHASE, Change.REMOVED, phase_id)
            return {}

        self.ops.run(phase.session_id, body)

    def move(self, phase_id: int, position: int) -> None:
        phase = self.phase(phase_id)

        def body(txn: Txn) -> Result:
            ids = [row[0] for row in txn.conn.execute(
                "SELECT id FROM phase WHERE session_id = ? ORDER BY position", (phase.session_id,)
            )]
            ids.remove(phase_id)
            ids.insert(max(0, min(position, len(ids))), phase_id)
            for index, pid in enumerate(ids):
                txn.conn.execute("UPDATE phase SET position = ? WHERE id = ?", (index, pid))
            txn.audit("move_phase", {"phase": phase_id, "position": position})
            txn.emit(Subject.PHASE, Change.CHANGED, *ids)
            return {}

        self.ops.run(phase.session_id, body)

    # --- running the timer ---------------------------------------------------------------
    def start(self, phase_id: int) -> Phase:
        """Start (or restart after a pause) this phase; the running one ends now."""
        phase = self.phase(phase_id)

        def body(txn: Txn) -> Result:
            current = txn.one("SELECT current_phase_id FROM session WHERE id = ?",
                              (phase.session_id,))
            current_id = current[0] if current else None
            if current_id is not None and current_id != phase_id:
                txn.conn.execute(_END_PHASE, {"at": txn.at, "id": current_id})
                txn.emit(Subject.PHASE, Change.CHANGED, current_id)
            row = txn.one("SELECT started_at, paused_at, paused_seconds FROM phase WHERE id = ?",
                          (phase_id,))
            assert row is not None
            started_at, paused_at, paused_seconds = row
            if started_at is None:
                txn.conn.execute(
                    "UPDATE phase SET started_at = ?, ended_at = NULL WHERE id = ?",
                    (txn.at, phase_id),
                )
            elif paused_at is not None:
                paused_seconds += seconds_between(paused_at, txn.at)
                txn.conn.execute(
                    "UPDATE phase SET paused_at = NULL, paused_seconds = ? WHERE id = ?",
                    (paused_seconds, phase_id),
                )
            else:
                txn.conn.execute("UPDATE phase SET ended_at = NULL WHERE id = ?", (phase_id,))
            txn.conn.execute(
                "UPDATE session SET current_phase_id = ? WHERE id = ?", (phase_id, phase.session_id)
            )
            if txn.status is SessionStatus.DRAFT:
                txn.conn.execute(
                    "UPDATE session SET status = 'live' WHERE id = ?", (phase.session_id,)
                )
                txn.emit(Subject.SESSION, Change.CHANGED, phase.session_id)
            txn.audit("start_phase", {"phase": phase_id})
            txn.emit(Subject.PHASE, Change.CHANGED, phase_id)
            return {}

        self.ops.run(phase.session_id, body)
        return self.phase(phase_id)

    def pause(self, session_id: int) -> Phase:
        current = self.current(session_id)
        if current is None or current.started_at is None or current.ended_at is not None:
            raise RuleError("phase_not_running")
        if current.paused_at is not None:
            return self.start(current.id)

        def body(txn: Txn) -> Result:
            txn.conn.execute("UPDATE phase SET paused_at = ? WHERE id = ?", (txn.at, current.id))
            txn.audit("pause_phase", {"phase": current.id})
            txn.emit(Subject.PHASE, Change.CHANGED, current.id)
            return {}

        self.ops.run(session_id, body)
        return self.phase(current.id)

    def next(self, session_id: int) -> Phase:
        phases = self.phases(session_id)
        if not phases:
            raise RuleError("no_next_phase")
        current = self.current(session_id)
        if current is None:
            waiting = [p for p in phases if p.started_at is None]
            return self.start((waiting or phases)[0].id)
        later = [p for p in phases if p.position > current.position]
        if not later:
            raise RuleError("no_next_phase")
        return self.start(later[0].id)

    def finish(self, session_id: int) -> None:
        """End the running phase without starting another (the session's end)."""
        current = self.current(session_id)
        if current is None:
            raise RuleError("phase_not_running")

        def body(txn: Txn) -> Result:
            txn.conn.execute(_END_PHASE, {"at": txn.at, "id": current.id})
            txn.audit("finish_phase", {"phase": current.id})
            txn.emit(Subject.PHASE, Change.CHANGED, current.id)
            return {}

        self.ops.run(session_id, body)

    def extend(self, session_id: int, minutes: int) -> Phase:
        """Give the running (or paused) phase ``minutes`` more planned time ("+1", "+5" on the
        desk); the minutes keep the planned and the actual times apart."""
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 60:
            raise RuleError("bad_value", field="minutes", value=minutes)
        current = self.current(session_id)
        if current is None or current.started_at is None or current.ended_at is not None:
            raise RuleError("phase_not_running")

        def body(txn: Txn) -> Result:
            row = txn.one("SELECT planned_minutes FROM phase WHERE id = ?", (current.id,))
            planned = (int(row[0]) if row else 0) + minutes
            if planned > MAX_MINUTES:
                raise RuleError("bad_value", field="minutes", value=planned)
            txn.conn.execute(
                "UPDATE phase SET planned_minutes = ? WHERE id = ?", (planned, current.id)
            )
            txn.audit("extend_phase", {"phase": current.id, "minutes": minutes,
                                       "planned": planned})
            txn.emit(Subject.PHASE, Change.CHANGED, current.id)
            return {}

        self.ops.run(session_id, body)
        return self.phase(current.id)
