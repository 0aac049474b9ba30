"""Which screen a room-facing window (projector, kiosk) may take, without covering the desk.

A laptop with one screen, or a projector that mirrors the laptop, shows the same picture as the
facilitator's window: a full-screen projector or kiosk there would hide the desk. The window
that asks is told whether its screen is the desk's; the caller asks the facilitator before
covering it, and never does so silently.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def desk_screen(desk: QWidget | None) -> QScreen | None:
    """The screen the facilitator's window is on (the primary screen before it is shown)."""
    if desk is not None:
        handle = desk.window().windowHandle()
        if handle is not None and handle.screen() is not None:
            return handle.screen()
        screen = desk.screen()
        if screen is not None:
            return screen
    return QGuiApplication.primaryScreen()


def _same_picture(one: QRect, other: QRect) -> bool:
    """Mirrored outputs are reported as screens with the same geometry."""
    return one.intersects(other)


def room_screens(desk: QWidget | None) -> list[QScreen]:
    """Screens that show something else than the desk: a real second screen or projector."""
    mine = desk_screen(desk)
    if mine is None:
        return []
    return [
        screen
        for screen in QGuiApplication.screens()
        if screen is not mine and not _same_picture(screen.geometry(), mine.geometry())
    ]


def covers_desk(screen: QScreen | None, desk: QWidget | None) -> bool:
    """True when a full-screen window on ``screen`` would hide the facilitator's window."""
    mine = desk_screen(desk)
    if screen is None or mine is None:
        return True
    return screen is mine or _same_picture(screen.geometry(), mine.geometry())


def ask_to_cover_desk(parent: QWidget | None, what: str) -> bool:
    """Ask before a full-screen ``what`` (already translated: "the projector", "the kiosk")
    covers the desk. True only when the facilitator chooses full screen anyway."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Screens", "Only one screen"))
    box.setText(
        translate(
            "Screens",
            "This laptop shows one picture only (one screen, or the projector mirrors it). "
            "Full screen, {what} would cover this window.",
        ).format(what=what)
    )
    box.setInformativeText(
        translate("Screens", "Show it in a window you can move, or cover this window anyway?")
    )
    window = box.addButton(translate("Screens", "In a window"), QMessageBox.ButtonRole.RejectRole)
    cover = box.addButton(translate("Screens", "Full screen"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(window)
    box.exec()
    return box.clickedButton() is cover
