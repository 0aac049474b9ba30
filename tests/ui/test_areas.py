"""The areas meet in the main window: every tab is there, the portal's address reaches the
projector's join page, the live-vote page is registered once."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from app.core.workshop import Workshop
from app.ui.areas import VOTE_PAGE, add_areas
from app.ui.main_window import MainWindow
from app.ui.portal_panel import PortalPanel


def open_window(demo: Workshop, qtbot: QtBot) -> MainWindow:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    add_areas(window)
    window.open_session(1)
    return window


def test_every_area_has_its_tab(demo: Workshop, qtbot: QtBot) -> None:
    window = open_window(demo, qtbot)
    tabs = window.findChild(QTabWidget)
    assert tabs is not None
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    for title in ("Dot voting", "Attendance", "Phones", "Minutes"):
        assert any(title in text for text in titles), titles


def test_portal_address_reaches_the_projector(demo: Workshop, qtbot: QtBot) -> None:
    window = open_window(demo, qtbot)
    panel = window.findChild(PortalPanel)
    assert panel is not None
    projector = window.projector_window()
    panel.addressChanged.emit("192.168.43.1", 8080)
    assert projector.address == ("192.168.43.1", 8080)
    panel.stopped.emit()
    assert projector.address is None


def test_vote_page_registered_once_across_sessions(demo: Workshop, qtbot: QtBot) -> None:
    window = open_window(demo, qtbot)
    copy = demo.sessions.duplicate(1, "Next Lab", "2027-01-20")
    window.open_session(copy.id)
    window.open_session(1)
    names = [entry.name for entry in window.projector_window().registered]
    assert names.count(VOTE_PAGE) == 1


def test_opening_another_session_clears_the_join_address(demo: Workshop, qtbot: QtBot) -> None:
    window = open_window(demo, qtbot)
    panel = window.findChild(PortalPanel)
    assert panel is not None
    panel.addressChanged.emit("192.168.43.1", 8080)
    copy = demo.sessions.duplicate(1, "Next Lab", "2027-01-20")
    window.open_session(copy.id)
    qtbot.waitUntil(lambda: window.projector_window().address is None)
