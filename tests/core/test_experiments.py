"""Micro-experiments measured over weeks: readings per criterion, story, recommendation."""

from __future__ import annotations

import pytest

from app.core.actions import ActionPlan
from app.core.errors import RuleError
from app.core.experiments import ExperimentFollowUp, ExperimentStatus, Recommendation
from app.core.model import ActionKind
from app.core.workshop import Workshop


def _experiment(workshop: Workshop) -> tuple[int, int, int]:
    session = workshop.sessions.create("Lab 1", "2026-03-01")
    action = workshop.actions.add(session.id, ActionPlan(
        ActionKind.EXPERIMENT, "Permanence bilingue", owner_role="Maison des solidarités",
        criteria=(("Personnes reçues par semaine", "≥ 15", "Registre d'accueil"),
                  ("Rendez-vous tenus", "80 %", "Agenda"))))
    return session.id, action.id, action.criteria[0].id


def test_readings_over_weeks_are_kept_in_date_order(workshop: Workshop) -> None:
    session_id, action_id, criterion_id = _experiment(workshop)
    for day, value in (("2026-03-22", "12"), ("2026-03-08", 4), ("2026-03-15", "9,5")):
        workshop.experiments.add_reading(session_id, criterion_id, day, value, "semaine")
    readings = workshop.experiments.get(action_id).readings[criterion_id]
    assert [(r.day, r.value) for r in readings] == [
        ("2026-03-08", 4.0), ("2026-03-15", 9.5), ("2026-03-22", 12.0)]
    workshop.experiments.remove_reading(session_id, readings[0].id)
    assert len(workshop.experiments.get(action_id).readings[criterion_id]) == 2
    ops = [r["op"] for r in workshop.database.rows(
        "SELECT op FROM audit WHERE session_id = ?", (session_id,))]
    assert ops.count("add_reading") == 3
    assert ops[-1] == "remove_reading"


@pytest.mark.parametrize(("day", "value"), [("2026-02-30", 1), ("", 1), ("2026-03-01", "abc"),
                                            ("2026-03-01", "inf"), ("2026-03-01", "nan")])
def test_a_bad_reading_is_refused_and_nothing_is_written(workshop: Workshop, day: str,
                                                         value: object) -> None:
    session_id, action_id, criterion_id = _experiment(workshop)
    with pytest.raises(RuleError) as refused:
        workshop.experiments.add_reading(session_id, criterion_id, day, value)  # type: ignore[arg-type]
    assert refused.value.code == "bad_value"
    assert workshop.experiments.get(action_id).readings[criterion_id] == ()


def test_a_decision_takes_no_reading(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-03-01")
    decision = workshop.actions.add(session.id, ActionPlan(
        ActionKind.DECISION, "Budget", criteria=(("Euros", "", ""),)))
    with pytest.raises(RuleError) as refused:
        workshop.experiments.add_reading(session.id, decision.criteria[0].id, "2026-03-02", 1)
    assert refused.value.code == "not_an_experiment"


def test_editing_the_plan_keeps_the_readings_of_its_criteria(workshop: Workshop) -> None:
    session_id, action_id, criterion_id = _experiment(workshop)
    workshop.experiments.add_reading(session_id, criterion_id, "2026-03-08", 4)
    workshop.actions.update(action_id, ActionPlan(
        ActionKind.EXPERIMENT, "Permanence bilingue (mardi)",
        criteria=(("Personnes reçues par semaine", "≥ 20", "Registre"),)))
    experiment = workshop.experiments.get(action_id)
    assert [c.id for c in experiment.action.criteria] == [criterion_id]
    assert [r.value for r in experiment.readings[criterion_id]] == [4.0]


def test_story_status_and_recommendation_carry_into_the_next_lab(workshop: Workshop) -> None:
    session_id, action_id, _ = _experiment(workshop)
    workshop.programmes.create(session_id, "Resilient Cities")
    following = workshop.sessions.duplicate(session_id, "Lab 2", "2026-06-01")
    described = workshop.experiments.describe(following.id, action_id, ExperimentFollowUp(
        hypothesis="Une permanence bilingue fait venir les nouveaux arrivants",
        target_groups=("Nouveaux arrivants", "Agents d'accueil", "Nouveaux arrivants"),
        observed="Fréquentation doublée", story="Réussi : bouche-à-oreille",
        status=ExperimentStatus.SUCCEEDED, recommendation=Recommendation.SCALE_UP))
    assert described.target_groups == ("Nouveaux arrivants", "Agents d'accueil")
    assert described.recommendation is Recommendation.SCALE_UP
    assert [e.action.id for e in workshop.experiments.followed_in(following.id)] == [action_id]
    ops = [r["op"] for r in workshop.database.rows(
        "SELECT op FROM audit WHERE session_id = ?", (following.id,))]
    assert ops[-1] == "describe_experiment"
