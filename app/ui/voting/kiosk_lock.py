"""The kiosk's lock: once the facilitator set a PIN, leaving the kiosk (Esc, the window's close
button) shows the PIN page instead; only the right PIN closes it. Also where the kiosk goes:
full screen on a chosen screen, or a window the facilitator can move."""

from __future__ import annotations

import hmac
import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.voting.kiosk_pages import PinPage

translate = QCoreApplication.translate

WRONG_PINS = 5  # in a row, then no PIN is taken for a while
WAIT_SECONDS = 60  # "in a minute"


class KioskLock(QWidget):
    stack: QStackedWidget  # the kiosk's pages, made by the kiosk

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin: str | None = None  # set: the kiosk is locked until the PIN is typed
        self._pin_page: PinPage | None = None
        self._pin_before: QWidget | None = None
        self._leaving = False
        self._wrong = 0
        self._blocked_until = 0.0

    # --- the facilitator's lock ------------------------------------------------------------
    def set_pin(self, pin: str) -> None:
        """Lock the kiosk: from now on, leaving it needs ``pin``."""
        self._pin = pin

    @property
    def locked(self) -> bool:
        return self._pin is not None

    def show_on(self, screen: QScreen | None, full_screen: bool) -> None:
        """Show on ``screen``, full screen or as a window the facilitator can move."""
        if screen is not None:
            self.setScreen(screen)
            room = screen.availableGeometry()
            self.move(room.topLeft())
            if full_screen:
                self.setGeometry(screen.geometry())
            else:  # a window that fits the screen, its confirm button included (1366x768)
                self.resize(self.size().boundedTo(room.size() * 0.94))
        if full_screen:
            self.showFullScreen()
        else:
            self.showNormal()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self.raise_()
            self.activateWindow()

    def request_leave(self) -> None:
        """Esc or the window's close button: ask for the PIN (close at once if none is set)."""
        if self._pin is None:
            self._leave()
            return
        if self._pin_page is None:
            self._pin_page = PinPage(self)
            self._pin_page.entered.connect(self.unlock)
            self._pin_page.cancelled.connect(self._back_from_pin)
            self.stack.addWidget(self._pin_page)
        self._pin_before = self.stack.currentWidget()
        self._pin_page.reset()
        self.stack.setCurrentWidget(self._pin_page)

    def unlock(self, pin: str) -> bool:
        """The PIN typed on the PIN page: the right one closes the kiosk. After
        ``WRONG_PINS`` wrong ones in a row, no PIN is taken for ``WAIT_SECONDS``: a voter
        cannot try them all."""
        if self._pin is not None:
            if time.monotonic() < self._blocked_until:
                self._say_on_pin_page(
                    translate("Kiosk", "Too many wrong PINs. Try again in a minute.")
                )
                return False
            if not hmac.compare_digest(pin.encode(), self._pin.encode()):
                self._wrong += 1
                if self._wrong >= WRONG_PINS:
                    self._wrong = 0
                    self._blocked_until = time.monotonic() + WAIT_SECONDS
                self._say_on_pin_page(translate("Kiosk", "This is not the kiosk's PIN."))
                return False
        self._wrong = 0
        self._leave()
        return True

    def _say_on_pin_page(self, problem: str) -> None:
        if self._pin_page is not None:
            self._pin_page.reset(problem)

    def _back_from_pin(self) -> None:
        before = self._pin_before
        self._drop_pin_page()
        if before is not None and self.stack.indexOf(before) >= 0:
            self.stack.setCurrentWidget(before)

    def _drop_pin_page(self) -> None:
        if self._pin_page is not None:
            self.stack.removeWidget(self._pin_page)
            self._pin_page.setParent(None)
            self._pin_page.deleteLater()
            self._pin_page = None

    def _leave(self) -> None:
        self._leaving = True
        self._drop_pin_page()
        self.close()
        self._leaving = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self.request_leave()
            return
        super().keyPressEvent(event)

    def pin_refuses_closing(self, event: QCloseEvent) -> bool:
        """In ``closeEvent``: a locked kiosk closes only through its PIN (asked here)."""
        if self._pin is None or self._leaving:
            return False
        event.ignore()
        self.request_leave()
        return True
