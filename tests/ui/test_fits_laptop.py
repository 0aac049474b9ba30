"""Every tab of the real window fits a 1366x768 laptop (1366x700 left for the window), in
English, French and Arabic: the window may be that small, and every visible button and input
is inside it — or inside a scroll area, reachable by scrolling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.workshop import Workshop
from app.ui.areas import add_areas
from app.ui.main_window import FRAME_ALLOWANCE, MainWindow

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = QSize(1366, 700)
CONTROLS = (QAbstractButton, QLineEdit, QComboBox)


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__} {name!r} {text!r}"


def _in_a_viewport(widget: QWidget) -> bool:
    """Whether ``widget`` is the viewport of a scroll area (what is in it scrolls)."""
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is widget


def _out_of_reach(control: QWidget, window: QWidget) -> str | None:
    """Where ``control`` sticks out, or None when all of it can be seen (scrolling if need be).

    Climbs from the control to the window: at each step its rectangle must lie inside the
    widget holding it. Inside a scroll area, being inside the scrolled content is enough: from
    there on the whole viewport counts, since scrolling brings any part of the content in."""
    rect = QRect(QPoint(0, 0), control.size())
    current = control
    while True:
        if not current.rect().contains(rect):
            return (f"{rect.getRect()} is outside {type(current).__name__} "
                    f"{current.objectName()!r} {current.rect().getRect()}")
        if current is window:
            return None
        parent = current.parentWidget()
        if parent is None:
            return "is not inside the window"
        # In a scroll area's viewport, all of the viewport is reachable by scrolling.
        rect = parent.rect() if _in_a_viewport(parent) else rect.translated(current.pos())
        current = parent


def _problems(window: QWidget, where: str) -> list[str]:
    found = []
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisibleTo(window):
            continue
        reach = _out_of_reach(control, window)
        if reach is not None:
            found.append(f"{where}: {_describe(control)} {reach}")
    return found


def _settle() -> None:
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def _every_page(tabs: QTabWidget, where: str) -> Iterator[str]:
    """Shows each page of ``tabs`` in turn (and of the tab widgets inside it), naming it."""
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _settle()
        name = f"{where} > {tabs.tabText(index)}"
        yield name
        page = tabs.widget(index)
        for inner in page.findChildren(QTabWidget):
            if inner.isVisibleTo(page):
                yield from _every_page(inner, name)
        tabs.setCurrentIndex(index)
        _settle()


@pytest.fixture
def window(demo: Workshop, qtbot: QtBot, request: pytest.FixtureRequest) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install(app, request.param)
    built = MainWindow(demo)  # as the app builds it, with every area's tab
    qtbot.addWidget(built)
    add_areas(built)
    built.open_session(1)
    built.show()
    qtbot.waitExposed(built)
    return built


LANGUAGES = pytest.mark.parametrize("window", ["en", "fr", "ar"], indirect=True)


@LANGUAGES
def test_the_window_may_be_as_small_as_a_laptop_screen(window: MainWindow) -> None:
    needed = window.minimumSizeHint()
    assert needed.width() <= LAPTOP.width(), needed
    assert needed.height() <= LAPTOP.height(), needed


@LANGUAGES
def test_every_control_of_every_tab_is_within_reach(window: MainWindow) -> None:
    window.resize(LAPTOP)
    _settle()
    assert window.size() == LAPTOP
    assert window.workspace is not None
    tabs = window.workspace.tabs
    assert tabs.count() >= 9
    problems: list[str] = []
    seen = []
    for page in _every_page(tabs, i18n.current_language()):
        seen.append(page)
        problems += _problems(window, page)
    assert len(seen) >= tabs.count()
    window.show_sessions()  # and the list of sessions, the first page a facilitator sees
    _settle()
    problems += _problems(window, "sessions")
    assert not problems, "\n".join(problems)


LAPTOP_SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
STARTING_SIZE = """
import os
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.core.workshop import Workshop
from app.ui.main_window import FRAME_ALLOWANCE, MainWindow
app = QApplication([])
workshop = Workshop.open(Path(os.environ["ROUNDTABLE_DB"]))
window = MainWindow(workshop)
print(window.width(), window.height())
workshop.close()
"""


def test_the_window_starts_within_a_laptop_screen(tmp_path: Path) -> None:
    """Not 1400x900 on a 1366x768 screen: the window, frame included, fits the screen."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(LAPTOP_SCREEN))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               ROUNDTABLE_DB=str(tmp_path / "start.sqlite"))
    done = subprocess.run([sys.executable, "-c", STARTING_SIZE], capture_output=True,
                          text=True, env=env, cwd=ROOT, check=True, timeout=60)
    width, height = (int(value) for value in done.stdout.split())
    assert (width, height) == (1366 - FRAME_ALLOWANCE[0], 768 - FRAME_ALLOWANCE[1])


def test_the_check_finds_a_button_out_of_the_window(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    outer = QWidget()
    qtbot.addWidget(outer)
    outer.resize(300, 200)
    inside = QPushButton("Inside", outer)
    inside.setGeometry(10, 10, 80, 30)
    beyond = QPushButton("Create the round", outer)
    beyond.setGeometry(260, 10, 80, 30)
    outer.show()
    assert _out_of_reach(inside, outer) is None
    [problem] = _problems(outer, "here")
    assert "Create the round" in problem
