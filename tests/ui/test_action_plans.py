from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.model import ActionKind
from app.core.workshop import Workshop
from app.ui.accessibility import unnamed_controls
from app.ui.action_plans import ActionsPanel
from app.ui.live import LiveEvents, for_session


def make_panel(demo: Workshop, qtbot: QtBot) -> ActionsPanel:
    panel = ActionsPanel(demo, 1)
    qtbot.addWidget(panel)
    live = LiveEvents(demo.hub, panel)
    live.changed.connect(for_session(1, panel.on_change))
    return panel


def test_the_demo_actions_are_listed(demo: Workshop, qtbot: QtBot) -> None:
    model = make_panel(demo, qtbot).model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Micro-experiment"
    assert "Registre d'accueil anonyme" in model.index(0, 3).data()
    assert "2027-01-05" in model.index(0, 4).data()


def test_write_a_micro_experiment_with_criteria_and_dates(demo: Workshop,
                                                          qtbot: QtBot) -> None:
    panel = make_panel(demo, qtbot)
    dialog = panel.new(ActionKind.EXPERIMENT)
    assert unnamed_controls(dialog) == []
    dialog.title.setText("Bus de nuit")
    dialog.owner.setText("SYTRAL Mobilités")
    dialog.add_criterion("Trajets par nuit", "≥ 50", "Comptage")
    dialog.start.enabled.setChecked(True)
    dialog.end.enabled.setChecked(True)
    dialog.accept()
    action = demo.actions.all(1)[-1]
    assert (action.kind, action.title, action.owner_role) == (
        ActionKind.EXPERIMENT, "Bus de nuit", "SYTRAL Mobilités")
    assert [(c.indicator, c.target, c.how_measured) for c in action.criteria] == [
        ("Trajets par nuit", "≥ 50", "Comptage")]
    assert action.start_date
    assert action.end_date
    assert panel.model.rowCount() == 3


def test_a_refused_plan_keeps_the_dialog_open(demo: Workshop, qtbot: QtBot) -> None:
    panel = make_panel(demo, qtbot)
    dialog = panel.new(ActionKind.DECISION)
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.findChildren(QMessageBox)
    assert panel.model.rowCount() == 2


def test_edit_and_remove(demo: Workshop, qtbot: QtBot) -> None:
    panel = make_panel(demo, qtbot)
    panel.table.selectRow(1)
    dialog = panel.edit()
    assert dialog is not None
    dialog.kind.setCurrentIndex(1)
    dialog.accept()
    assert demo.actions.all(1)[1].kind is ActionKind.EXPERIMENT
    panel.table.selectRow(1)
    panel.remove()
    assert panel.model.rowCount() == 2  # not before the facilitator says yes
    box = panel.findChild(QMessageBox, "confirm")
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert panel.model.rowCount() == 1
    assert unnamed_controls(panel) == []
