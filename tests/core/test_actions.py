"""Action planning: decisions and micro-experiments with criteria and dates."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.actions import ActionPlan
from app.core.errors import RuleError
from app.core.model import ActionKind, Area
from app.core.workshop import Workshop


def test_turn_a_note_into_an_experiment(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    note = workshop.board.add_note(session.id, Area.IDEAS, "Guichet unique")
    action = workshop.actions.add(session.id, ActionPlan(
        ActionKind.EXPERIMENT, "Guichet unique", owner_role="Relation usagers",
        start_date="2027-01-05", end_date="2027-03-31",
        criteria=(("Personnes reçues", "≥ 15", "Registre"),), source_note_id=note.id))
    assert action.criteria[0].indicator == "Personnes reçues"
    assert action.source_note_id == note.id
    updated = workshop.actions.update(action.id, ActionPlan(
        ActionKind.DECISION, "Guichet unique validé"))
    assert updated.kind is ActionKind.DECISION
    assert updated.criteria == ()
    workshop.actions.remove(action.id)
    assert workshop.actions.all(session.id) == []


def test_end_before_start_is_refused(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    with pytest.raises(RuleError):
        workshop.actions.add(session.id, ActionPlan(
            ActionKind.EXPERIMENT, "X", start_date="2027-03-01", end_date="2027-01-01"))


def test_a_review_date_cannot_come_before_the_end(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    plan = ActionPlan(ActionKind.EXPERIMENT, "Permanence", start_date="2027-01-05",
                      end_date="2027-03-31", review_date="2027-02-01")
    with pytest.raises(RuleError) as refused:
        workshop.actions.add(session.id, plan)
    assert refused.value.code == "date_order"
    assert refused.value.params["field"] == "review_date"
    assert refused.value.params["other"] == "end_date"
    kept = workshop.actions.add(session.id, dataclasses.replace(plan, review_date="2027-04-15"))
    assert kept.review_date == "2027-04-15"
