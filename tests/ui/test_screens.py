"""Room-facing windows and the desk's screen: one screen (or a mirror) means covering the desk."""

from __future__ import annotations

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.ui import screens


def test_one_screen_is_the_desk_s_screen(qtbot: QtBot) -> None:
    desk = QWidget()
    qtbot.addWidget(desk)
    assert screens.desk_screen(desk) is QGuiApplication.primaryScreen()
    assert screens.room_screens(desk) == []
    assert screens.covers_desk(QGuiApplication.primaryScreen(), desk)
    assert screens.covers_desk(None, desk)


def test_a_mirror_is_the_same_picture() -> None:
    assert screens._same_picture(QRect(0, 0, 1366, 768), QRect(0, 0, 1920, 1080))
    assert not screens._same_picture(QRect(0, 0, 1366, 768), QRect(1366, 0, 1920, 1080))


def _answer(button_text: str) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            for button in widget.buttons():
                if button.text() == button_text:
                    button.click()
                    return
    QTimer.singleShot(10, lambda: _answer(button_text))


def test_the_facilitator_is_asked_before_the_desk_is_covered(qtbot: QtBot) -> None:
    desk = QWidget()
    qtbot.addWidget(desk)
    QTimer.singleShot(0, lambda: _answer("In a window"))
    assert screens.ask_to_cover_desk(desk, "the projector") is False
    QTimer.singleShot(0, lambda: _answer("Full screen"))
    assert screens.ask_to_cover_desk(desk, "the projector") is True
