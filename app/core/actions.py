"""Action planning: decisions and micro-experiments with owner role, criteria and dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import Action, ActionKind, Criterion
from app.core.operations import Operations, Result, Txn
from app.core.text_rules import FIELD_LIMIT, clean_line, clean_text


@dataclass(frozen=True)
class ActionPlan:
    """What the facilitator fills in for a decision or a micro-experiment."""

    kind: ActionKind
    title: str
    description: str = ""
    owner_role: str = ""
    start_date: str | None = None
    end_date: str | None = None
    review_date: str | None = None
    criteria: tuple[tuple[str, str, str], ...] = ()  # (indicator, target, how measured)
    source_note_id: int | None = None
    source_theme_id: int | None = None


def _optional_date(value: str | None, name: str) -> str | None:
    if value is None or not str(value).strip():
        return None
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError as exc:
        raise RuleError("bad_value", field=name, value=value) from exc


def _clean(plan: ActionPlan) -> ActionPlan:
    start = _optional_date(plan.start_date, "start_date")
    end = _optional_date(plan.end_date, "end_date")
    if start and end and end < start:
        raise RuleError("date_order", field="end_date", value=end, other="start_date",
                        other_date=start)
    review = _optional_date(plan.review_date, "review_date")
    # A review looks back on what happened: not before the experiment ends (or starts).
    for other, limit in (("end_date", end), ("start_date", start)):
        if review and limit and review < limit:
            raise RuleError("date_order", field="review_date", value=review, other=other,
                            other_date=limit)
    criteria = tuple(
        (clean_line(i, 200), clean_line(t, 200, required=False),
         clean_line(h, 300, required=False))
        for i, t, h in plan.criteria
    )
    return ActionPlan(
        kind=plan.kind,
        title=clean_line(plan.title, 200),
        description=clean_text(plan.description, FIELD_LIMIT, required=False),
        owner_role=clean_line(plan.owner_role, 120, required=False),
        start_date=start,
        end_date=end,
        review_date=review,
        criteria=criteria,
        source_note_id=plan.source_note_id,
        source_theme_id=plan.source_theme_id,
    )


class Actions:
    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.database = ops.database

    def all(self, session_id: int) -> list[Action]:
        ids = [r["id"] for r in self.database.rows(
            "SELECT id FROM action WHERE session_id = ? AND deleted = 0 ORDER BY id",
            (session_id,))]
        return [self.get(i) for i in ids]

    def get(self, action_id: int) -> Action:
        row = self.database.row("SELECT * FROM action WHERE id = ? AND deleted = 0", (action_id,))
        if row is None:
            raise RuleError("not_found", what="action")
        criteria = tuple(
            Criterion(c["id"], c["indicator"], c["target"], c["how_measured"])
            for c in self.database.rows(
                "SELECT * FROM criterion WHERE action_id = ? ORDER BY id", (action_id,))
        )
        return Action(
            id=row["id"], session_id=row["session_id"], kind=ActionKind(row["kind"]),
            title=row["title"], description=row["description"],
            source_note_id=row["source_note_id"], source_theme_id=row["source_theme_id"],
            owner_role=row["owner_role"], start_date=row["start_date"],
            end_date=row["end_date"], review_date=row["review_date"], criteria=criteria,
        )

    def _write(self, txn: Txn, action_id: int, plan: ActionPlan) -> None:
        txn.conn.execute(
            "UPDATE action SET kind = ?, title = ?, description = ?, owner_role = ?, "
            "start_date = ?, end_date = ?, review_date = ? WHERE id = ?",
            (plan.kind.value, plan.title, plan.description, plan.owner_role, plan.start_date,
             plan.end_date, plan.review_date, action_id),
        )
        # Criteria keep their ids in order (their readings stay with them); the ones taken
        # away go with their readings.
        kept = [row[0] for row in txn.conn.execute(
            "SELECT id FROM criterion WHERE action_id = ? ORDER BY id", (action_id,))]
        for position, (indicator, target, how) in enumerate(plan.criteria):
            if position < len(kept):
                txn.conn.execute(
                    "UPDATE criterion SET indicator = ?, target = ?, how_measured = ? "
                    "WHERE id = ?", (indicator, target, how, kept[position]))
            else:
                txn.conn.execute(
                    "INSERT INTO criterion (action_id, indicator, target, how_measured) "
                    "VALUES (?, ?, ?, ?)", (action_id, indicator, target, how))
        for gone in kept[len(plan.criteria):]:
            txn.conn.execute("DELETE FROM reading WHERE criterion_id = ?", (gone,))
            txn.conn.execute("DELETE FROM criterion WHERE id = ?", (gone,))

    def add(self, session_id: int, plan: ActionPlan) -> Action:
        plan = _clean(plan)

        def body(txn: Txn) -> Result:
            for table, source in (("note", plan.source_note_id), ("theme", plan.source_theme_id)):
                if source is not None and txn.one(
                        f"SELECT 1 FROM {table} WHERE id = ? AND session_id = ?",
                        (source, session_id)) is None:
                    raise RuleError("not_found", what=table)
            action_id = txn.insert(
                "INSERT INTO action (session_id, kind, title, source_note_id, source_theme_id) "
                "VALUES (?, ?, ?, ?, ?)",
                (session_id, plan.kind.value, plan.title, plan.source_note_id,
                 plan.source_theme_id))
            self._write(txn, action_id, plan)
            txn.audit("add_action", {"action": action_id, "kind": plan.kind.value,
                                     "title": plan.title})
            txn.emit(Subject.ACTION, Change.ADDED, action_id)
            return {"id": action_id}

        return self.get(self.ops.value(session_id, body)["id"])

    def update(self, action_id: int, plan: ActionPlan) -> Action:
        current = self.get(action_id)
        plan = _clean(plan)

        def body(txn: Txn) -> Result:
            self._write(txn, action_id, plan)
            txn.audit("update_action", {"action": action_id, "kind": plan.kind.value,
                                        "title": plan.title})
            txn.emit(Subject.ACTION, Change.CHANGED, action_id)
            return {}

        self.ops.run(current.session_id, body)
        return self.get(action_id)

    def remove(self, action_id: int) -> None:
        current = self.get(action_id)

        def body(txn: Txn) -> Result:
            txn.conn.execute("UPDATE action SET deleted = 1 WHERE id = ?", (action_id,))
            txn.audit("remove_action", {"action": action_id})
            txn.emit(Subject.ACTION, Change.REMOVED, action_id)
            return {}

        self.ops.run(current.session_id, body)
