"""The facilitator's projector controls: which screen, what it shows, freeze, blank."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.projector.window import ProjectorWindow, Show

translate = QCoreApplication.translate


def show_names() -> dict[Show, str]:
    return {
        Show.FOLLOW: QCoreApplication.translate("Projector", "Follow the phase"),
        Show.JOIN: QCoreApplication.translate("Projector", "How to join"),
        Show.BOARD: QCoreApplication.translate("Projector", "Ideas"),
        Show.THEMES: QCoreApplication.translate("Projector", "Themes"),
        Show.ACTIONS: QCoreApplication.translate("Projector", "Actions"),
        Show.TIMER: QCoreApplication.translate("Projector", "Timer"),
    }


class ProjectorControls(QWidget):
    def __init__(self, projector: ProjectorWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.projector = projector
        self.setAccessibleName(translate("Projector", "Projector controls"))
        self.screens = QComboBox(self)
        self.screens.setAccessibleName(translate("Projector", "Screen for the projector"))
        self.open_button = QPushButton(translate("Projector", "Show projector"), self)
        self.open_button.setAccessibleName(translate("Projector", "Show projector"))
        self.open_button.clicked.connect(self.open_projector)
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(translate("Projector", "What the projector shows"))
        for mode, name in show_names().items():
            self.mode.addItem(name, mode.value)
        self.mode.setCurrentIndex(self.mode.findData(projector.show_mode.value))
        self.mode.currentIndexChanged.connect(
            lambda _i: projector.set_show(Show(str(self.mode.currentData())))
        )
        self.freeze = self._toggle(translate("Projector", "Freeze"), projector.set_frozen)
        self.blank = self._toggle(translate("Projector", "Blank"), projector.set_blank)
        self.contrast = self._toggle(
            translate("Projector", "High contrast"), projector.set_high_contrast
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(QLabel(translate("Projector", "Projector:"), self))
        layout.addWidget(self.screens)
        layout.addWidget(self.open_button)
        layout.addWidget(self.mode)
        for button in (self.freeze, self.blank, self.contrast):
            layout.addWidget(button)
        layout.addStretch(1)
        self.fill_screens()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(lambda _s: self.fill_screens())
            app.screenRemoved.connect(lambda _s: self.fill_screens())

    def _toggle(self, text: str, slot: Callable[[bool], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setCheckable(True)
        button.toggled.connect(slot)
        return button

    def fill_screens(self) -> None:
        self.screens.clear()
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        for index, screen in enumerate(screens, start=1):
            size = screen.geometry()
            label = translate("Projector", "Screen {number}: {name} ({size})").format(
                number=index,
                name=screen.name() or "",
                # isolated, so "1920 x 1080" keeps its order inside a right-to-left sentence
                size=f"\N{LEFT-TO-RIGHT ISOLATE}{size.width()} x {size.height()}"
                f"\N{POP DIRECTIONAL ISOLATE}",
            )
            if screen is primary:
                label = translate("Projector", "{screen}, this laptop").format(screen=label)
            self.screens.addItem(label)
        others = [i for i, s in enumerate(screens) if s is not primary]
        self.screens.setCurrentIndex(others[0] if others else 0)

    def chosen_screen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        index = self.screens.currentIndex()
        return screens[index] if 0 <= index < len(screens) else None

    def open_projector(self) -> None:
        self.projector.show_on(self.chosen_screen())
