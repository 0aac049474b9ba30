from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.workshop import Workshop
from app.ui.accessibility import unnamed_controls
from app.ui.projector.controls import ProjectorControls
from app.ui.projector.window import ProjectorWindow, Show


def test_the_controls_drive_the_projector(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01")
    projector = ProjectorWindow(workshop, session.id)
    qtbot.addWidget(projector)
    controls = ProjectorControls(projector)
    qtbot.addWidget(controls)
    assert controls.screens.count() >= 1
    assert "this laptop" in controls.screens.itemText(0)
    controls.mode.setCurrentIndex(controls.mode.findData(Show.TIMER.value))
    assert projector.current_name == "timer"
    controls.open_button.click()
    qtbot.waitExposed(projector)
    controls.freeze.click()
    assert projector.frozen
    controls.freeze.click()
    controls.blank.click()
    assert projector.blanked
    controls.contrast.click()
    assert projector.high_contrast
    assert unnamed_controls(controls) == []
