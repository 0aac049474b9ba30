"""A tab's scroll area: the panel fills what is visible and scrolls only when it cannot be
that small — not because wrapped text makes its preferred height tall."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.tab_scroll import TabScroll, scrolling


class Chart(QWidget):
    """Like the board or the results chart: prefers far more height than it needs."""

    def sizeHint(self) -> QSize:
        return QSize(300, 900)


def _panel(minimum_height: int) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    hint = QLabel("Count the paper dot stickers on each item, per group. " * 4, panel)
    hint.setWordWrap(True)  # the layout now has a height for each width
    layout.addWidget(hint)
    tall = Chart(panel)
    tall.setMinimumHeight(minimum_height)
    layout.addWidget(tall, 1)
    return panel


def _shown(scroll: TabScroll, qtbot: QtBot) -> None:
    qtbot.addWidget(scroll)
    scroll.resize(800, 400)
    scroll.show()
    qtbot.waitExposed(scroll)
    QApplication.processEvents()


def test_a_panel_that_can_fit_fills_the_area_without_scroll_bars(qtbot: QtBot) -> None:
    panel = _panel(100)
    scroll = TabScroll(panel)
    _shown(scroll, qtbot)
    assert panel.size() == scroll.viewport().size()
    assert not scroll.verticalScrollBar().isVisible()
    assert not scroll.horizontalScrollBar().isVisible()


def test_a_panel_taller_than_the_area_scrolls(qtbot: QtBot) -> None:
    panel = _panel(700)
    scroll = TabScroll(panel)
    _shown(scroll, qtbot)
    assert scroll.verticalScrollBar().isVisible()
    assert panel.height() >= panel.minimumSizeHint().height()
    assert panel.width() == scroll.viewport().width()
    assert scroll.minimumSizeHint().height() < 100  # the window need not grow for it


def test_a_kept_panel_moves_to_its_new_tab(qtbot: QtBot) -> None:
    panel = _panel(100)
    first = TabScroll(panel)
    qtbot.addWidget(first)
    tabs = QWidget()
    qtbot.addWidget(tabs)
    second = scrolling(panel, tabs)
    assert second.widget() is panel
    assert first.widget() is None
