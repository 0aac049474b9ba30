"""Every item model of the workspace passes pytest-qt's model tester, empty and full."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from app.core.workshop import Workshop
from app.ui.action_plans import ActionsModel
from app.ui.agenda_editor import AgendaModel
from app.ui.parking_lot import ParkingLotModel
from app.ui.session_list import SessionsModel


def test_models_with_the_demo_session(demo: Workshop, qtmodeltester: ModelTester) -> None:
    for model in (ActionsModel(demo, 1), AgendaModel(demo, 1), ParkingLotModel(demo, 1),
                  SessionsModel(demo)):
        qtmodeltester.check(model)


def test_models_of_an_empty_session(workshop: Workshop, qtmodeltester: ModelTester) -> None:
    session = workshop.sessions.create("Vide", "2026-12-01", agenda=())
    for model in (ActionsModel(workshop, session.id), AgendaModel(workshop, session.id),
                  ParkingLotModel(workshop, session.id)):
        qtmodeltester.check(model)
