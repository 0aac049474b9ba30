"""Micro-experiments measured over time: hypothesis, target groups, readings per criterion,
what was observed, a short story, a status and a recommendation.

An experiment is an action of kind "experiment" (app/core/actions.py, with its criteria:
indicator, target, how measured); this module adds what is followed over the weeks after the
Lab. Experiments carry across the sessions of a programme: each change is recorded in the
session where the facilitator makes it (``in_session``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.core.actions import Actions
from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import Action, ActionKind
from app.core.operations import Operations, Result, Txn
from app.core.text_rules import FIELD_LIMIT, clean_line, clean_text


class ExperimentStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    MIXED = "mixed"


class Recommendation(StrEnum):
    NONE = ""
    SCALE_UP = "scale_up"
    ADAPT = "adapt"
    STOP = "stop"


@dataclass(frozen=True)
class Reading:
    id: int
    criterion_id: int
    day: str
    value: float
    note: str


@dataclass(frozen=True)
class Experiment:
    action: Action
    hypothesis: str
    target_groups: tuple[str, ...]
    observed: str
    story: str
    status: ExperimentStatus
    recommendation: Recommendation
    readings: dict[int, tuple[Reading, ...]]  # by criterion id, oldest first


@dataclass(frozen=True)
class ExperimentFollowUp:
    """What the facilitator writes about an experiment besides its readings."""

    hypothesis: str = ""
    target_groups: tuple[str, ...] = ()
    observed: str = ""
    story: str = ""
    status: ExperimentStatus = ExperimentStatus.PLANNED
    recommendation: Recommendation = Recommendation.NONE


def _day(value: str) -> str:
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError as exc:
        raise RuleError("bad_value", field="date", value=value) from exc


def _value(value: float | int | str) -> float:
    try:
        number = float(str(value).strip().replace(",", ".").replace("\u066b", "."))
    except ValueError as exc:
        raise RuleError("bad_value", field="value", value=value) from exc
    if not math.isfinite(number):
        raise RuleError("bad_value", field="value", value=value)
    return number


class Experiments:
    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.database = ops.database
        self.actions = Actions(ops)

    def get(self, action_id: int) -> Experiment:
        action = self.actions.get(action_id)
        if action.kind is not ActionKind.EXPERIMENT:
            raise RuleError("not_an_experiment")
        row = self.database.row("SELECT * FROM experiment WHERE action_id = ?", (action_id,))
        readings: dict[int, tuple[Reading, ...]] = {}
        for criterion in action.criteria:
            readings[criterion.id] = tuple(
                Reading(r["id"], r["criterion_id"], r["day"], r["value"], r["note"])
                for r in self.database.rows(
                    "SELECT * FROM reading WHERE criterion_id = ? ORDER BY day, id",
                    (criterion.id,)))
        if row is None:
            return Experiment(action, "", (), "", "", ExperimentStatus.PLANNED,
                              Recommendation.NONE, readings)
        return Experiment(
            action, row["hypothesis"], tuple(json.loads(row["target_groups"])),
            row["observed"], row["story"], ExperimentStatus(row["status"]),
            Recommendation(row["recommendation"]), readings)

    def followed_in(self, session_id: int) -> list[Experiment]:
        """The experiments a session follows: its own and those of the earlier sessions of
        its programme, oldest first."""
        ids = [r["id"] for r in self.database.rows(
            "SELECT a.id FROM action a JOIN session s ON s.id = a.session_id "
            "JOIN session here ON here.id = ? WHERE a.deleted = 0 AND a.kind = ? "
            "AND (a.session_id = here.id OR (here.programme_id IS NOT NULL "
            "AND s.programme_id = here.programme_id "
            "AND (s.date < here.date OR (s.date = here.date AND s.id < here.id)))) "
            "ORDER BY s.date, s.id, a.id", (session_id, ActionKind.EXPERIMENT.value))]
        return [self.get(i) for i in ids]

    def describe(self, in_session: int, action_id: int,
                 follow_up: ExperimentFollowUp) -> Experiment:
        self.get(action_id)
        groups = tuple(dict.fromkeys(
            clean_line(g, 80) for g in follow_up.target_groups if str(g).strip()))
        values = (
            clean_text(follow_up.hypothesis, FIELD_LIMIT, required=False),
            json.dumps(list(groups), ensure_ascii=False),
            clean_text(follow_up.observed, FIELD_LIMIT, required=False),
            clean_text(follow_up.story, FIELD_LIMIT, required=False),
            ExperimentStatus(follow_up.status).value,
            Recommendation(follow_up.recommendation).value,
        )

        def body(txn: Txn) -> Result:
            txn.conn.execute(
                "INSERT INTO experiment (action_id, hypothesis, target_groups, observed, story, "
                "status, recommendation) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (action_id) DO UPDATE SET hypothesis = excluded.hypothesis, "
                "target_groups = excluded.target_groups, observed = excluded.observed, "
                "story = excluded.story, status = excluded.status, "
                "recommendation = excluded.recommendation", (action_id, *values))
            txn.audit("describe_experiment", {
                "action": action_id, "status": values[4], "recommendation": values[5]})
            txn.emit(Subject.EXPERIMENT, Change.CHANGED, action_id)
            return {}

        self.ops.run(in_session, body)
        return self.get(action_id)

    def _criterion_action(self, criterion_id: int) -> int:
        row = self.database.row(
            "SELECT a.id, a.kind FROM criterion c JOIN action a ON a.id = c.action_id "
            "WHERE c.id = ? AND a.deleted = 0", (criterion_id,))
        if row is None:
            raise RuleError("not_found", what="criterion")
        if row["kind"] != ActionKind.EXPERIMENT.value:
            raise RuleError("not_an_experiment")
        return int(row["id"])

    def add_reading(self, in_session: int, criterion_id: int, day: str,
                    value: float | int | str, note: str = "") -> Reading:
        """One reading of a criterion: the date it was taken, the value, a short note."""
        action_id = self._criterion_action(criterion_id)
        when = _day(day)
        number = _value(value)
        remark = clean_line(note, 300, required=False)

        def body(txn: Txn) -> Result:
            reading_id = txn.insert(
                "INSERT INTO reading (criterion_id, day, value, note) VALUES (?, ?, ?, ?)",
                (criterion_id, when, number, remark))
            txn.audit("add_reading", {"criterion": criterion_id, "reading": reading_id,
                                      "day": when, "value": number})
            txn.emit(Subject.EXPERIMENT, Change.CHANGED, action_id)
            return {"id": reading_id}

        reading_id = self.ops.value(in_session, body)["id"]
        return Reading(reading_id, criterion_id, when, number, remark)

    def remove_reading(self, in_session: int, reading_id: int) -> None:
        criterion = self.database.scalar("SELECT criterion_id FROM reading WHERE id = ?",
                                         (reading_id,))
        if criterion is None:
            raise RuleError("not_found", what="reading")
        action_id = self._criterion_action(int(criterion))

        def body(txn: Txn) -> Result:
            txn.conn.execute("DELETE FROM reading WHERE id = ?", (reading_id,))
            txn.audit("remove_reading", {"reading": reading_id})
            txn.emit(Subject.EXPERIMENT, Change.CHANGED, action_id)
            return {}

        self.ops.run(in_session, body)
