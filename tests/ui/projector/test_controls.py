from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.core.model import Area
from app.core.workshop import Workshop
from app.ui import screens
from app.ui.accessibility import unnamed_controls
from app.ui.projector.controls import ProjectorControls
from app.ui.projector.window import ProjectorWindow, Show


def make(workshop: Workshop, session_id: int, qtbot: QtBot) -> tuple[ProjectorWindow,
                                                                     ProjectorControls]:
    projector = ProjectorWindow(workshop, session_id)
    qtbot.addWidget(projector)
    controls = ProjectorControls(projector)
    qtbot.addWidget(controls)
    return projector, controls


def test_the_controls_drive_the_projector(workshop: Workshop, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screens, "ask_to_cover_desk", lambda parent, what: False)
    session = workshop.sessions.create("Atelier", "2026-12-01")
    projector, controls = make(workshop, session.id, qtbot)
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
    assert controls.minimumSizeHint().width() < 1366 - 20  # the desk's row fits the laptop


def test_one_screen_asks_before_covering_the_desk(workshop: Workshop, qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen there is one screen: the desk's. A window unless the facilitator says so."""
    asked: list[str] = []
    answer = [False]

    def ask(parent: object, what: str) -> bool:
        asked.append(what)
        return answer[0]

    monkeypatch.setattr(screens, "ask_to_cover_desk", ask)
    session = workshop.sessions.create("Atelier", "2026-12-01")
    projector, controls = make(workshop, session.id, qtbot)
    where = controls.findChild(QLabel, "projector-where")
    assert where is not None
    assert where.text() == "Projector not shown"
    assert screens.covers_desk(controls.chosen_screen(), controls)
    controls.open_button.click()
    qtbot.waitExposed(projector)
    assert asked == ["the projector"]
    assert not projector.isFullScreen()
    assert where.text() == "Window, screen 1"
    assert where.toolTip().startswith("In a window on Screen 1")
    projector.hide()
    answer[0] = True
    controls.open_button.click()
    qtbot.waitUntil(projector.isFullScreen)
    assert len(asked) == 2
    assert where.text() == "Full screen, screen 1: covers the desk"
    assert where.toolTip().endswith("it covers this window")


def test_a_screen_of_its_own_takes_the_projector_without_asking(
    workshop: Workshop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screens, "covers_desk", lambda screen, desk: False)
    monkeypatch.setattr(screens, "ask_to_cover_desk",
                        lambda parent, what: pytest.fail("asked for nothing"))
    session = workshop.sessions.create("Atelier", "2026-12-01")
    projector, controls = make(workshop, session.id, qtbot)
    controls.open_button.click()
    qtbot.waitUntil(projector.isFullScreen)
    assert controls.where.text() == "Full screen, screen 1"
    assert controls.where.toolTip().startswith("Full screen on Screen 1")


def test_pages_are_turned_from_the_desk(demo: Workshop, qtbot: QtBot) -> None:
    for index in range(10):
        demo.board.add_note(1, Area.IDEAS, f"Idée {index}")
    projector, controls = make(demo, 1, qtbot)
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitExposed(projector)
    projector.set_show(Show.BOARD)
    page = controls.findChild(QLabel, "projector-page")
    forward = controls.findChild(QPushButton, "projector-next-page")
    back = controls.findChild(QPushButton, "projector-previous-page")
    assert page is not None
    assert forward is not None
    assert back is not None
    assert projector.page_position() == (1, 3)  # 18 ideas, 6 a page
    forward.click()
    assert projector.page_position() == (2, 3)
    assert page.text() == "Page 2 of 3"
    back.click()
    back.click()  # no page before the first
    assert page.text() == "Page 1 of 3"
    projector.set_show(Show.TIMER)
    assert page.text() == "Page 1 of 1"
    assert not forward.isEnabled()


def test_the_second_language_is_one_of_the_session(demo: Workshop, qtbot: QtBot) -> None:
    projector, controls = make(demo, 1, qtbot)
    combo = controls.findChild(QComboBox, "projector-second-language")
    assert combo is not None
    # The demo session is in French, Arabic and English; the app speaks English.
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "fr", "ar"]
    assert combo.itemText(0) == "None"
    combo.setCurrentIndex(combo.findData("ar"))
    assert projector.texts.language == "ar"
    combo.setCurrentIndex(0)
    assert projector.texts.language is None
