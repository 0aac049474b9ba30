"""The projector window: follows the current phase by itself, or shows what the facilitator
picks; can be frozen (the picture stays) or blanked. Full screen on a second screen, a normal
window when there is only one.

Other parts of the app add pages with ``register_page``: when following the phase, the first
registered page that wants to be shown wins, else the projector's own page for the phase.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeyEvent, QPixmap, QScreen, QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.core.events import ChangeEvent, Subject
from app.core.model import Area, PhaseKind
from app.core.workshop import Workshop
from app.ui.phase_timer import countdown_text, phase_name
from app.ui.projector.outcomes import ActionsPage, ClosingPage
from app.ui.projector.pages import BoardPage, JoinPage, TimerPage
from app.ui.projector.style import HIGH_CONTRAST, MIN_TEXT_PX, NORMAL, Palette, big_label

translate = QCoreApplication.translate

log = logging.getLogger(__name__)
PageFactory = Callable[[Workshop, int], QWidget]
Wants = Callable[[Workshop, int], bool]


class Show(StrEnum):
    """What the projector shows: the phase's page, or one the facilitator picked."""

    FOLLOW = "follow"
    JOIN = "join"
    BOARD = "board"
    THEMES = "themes"
    ACTIONS = "actions"
    TIMER = "timer"


@dataclass
class RegisteredPage:
    name: str
    factory: PageFactory
    wants: Wants
    widget: QWidget | None = None


PHASE_AREAS = {PhaseKind.EXPECTATIONS: Area.EXPECTATIONS, PhaseKind.IDEATION: Area.IDEAS}


class ProjectorWindow(QWidget):
    page_changed = Signal(str)

    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.workshop = workshop
        self.session_id = session_id
        self.setWindowTitle(translate("Projector", "Roundtable — projector"))
        self.setAccessibleName(translate("Projector", "Projector"))
        self.show_mode = Show.FOLLOW
        self.frozen = False
        self.blanked = False
        self.high_contrast = False
        self.current_name = ""
        self.registered: list[RegisteredPage] = []
        self.address: tuple[str, int] | None = None
        self.stack = QStackedWidget(self)
        self.strip = big_label(self, MIN_TEXT_PX + 8, bold=True)
        self.strip.setAccessibleName(translate("Projector", "Phase and time left"))
        self.strip.setContentsMargins(40, 8, 40, 12)
        self.frozen_view = QLabel(self)
        self.frozen_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.blank = QWidget(self)
        self.blank.setAccessibleName(translate("Projector", "Blank screen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.strip)
        self._build_pages()
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)  # runs while shown (see showEvent)
        self.resize(1280, 720)
        self.apply_palette()
        self.follow()

    # --- pages ---------------------------------------------------------------------------
    def _build_pages(self) -> None:
        while self.stack.count():
            widget = self.stack.widget(0)
            if widget is None:
                break
            self.stack.removeWidget(widget)
            if widget not in (self.frozen_view, self.blank):
                widget.deleteLater()
        self.join = JoinPage(self.workshop, self.session_id, self)
        self.join.set_address(self.address)
        self.board = BoardPage(self.workshop, self.session_id, self)
        self.timer = TimerPage(self)
        self.actions_page = ActionsPage(self.workshop, self.session_id, self)
        self.closing_page = ClosingPage(self.workshop, self.session_id, self)
        for page in (
            self.join,
            self.board,
            self.timer,
            self.actions_page,
            self.closing_page,
            self.frozen_view,
            self.blank,
        ):
            self.stack.addWidget(page)
        for entry in self.registered:
            entry.widget = None

    def register_page(self, name: str, factory: PageFactory, wants: Wants) -> None:
        self.registered.append(RegisteredPage(name, factory, wants))
        self.follow()

    def set_session(self, session_id: int) -> None:
        self.session_id = session_id
        self._build_pages()
        self.follow()

    def set_join_address(self, host: str, port: int) -> None:
        self.address = (host, port)
        self.join.set_address(self.address)

    def clear_join_address(self) -> None:
        self.address = None
        self.join.set_address(None)

    def page_for_phase(self) -> tuple[str, QWidget]:
        """The first registered page that wants the screen, else ours for the phase."""
        for entry in self.registered:
            try:
                if not entry.wants(self.workshop, self.session_id):
                    continue
                if entry.widget is None:
                    entry.widget = entry.factory(self.workshop, self.session_id)
                    self.stack.addWidget(entry.widget)
            except Exception:  # a broken page must not leave the room with a frozen screen
                log.exception("projector page %s failed", entry.name)
                continue
            return entry.name, entry.widget
        phase = self.workshop.agenda.current(self.session_id)
        if phase is None or phase.kind is PhaseKind.WELCOME:
            return "join", self.join
        if phase.kind in PHASE_AREAS:
            self.board.show_area(PHASE_AREAS[phase.kind])
            return "board", self.board
        if phase.kind is PhaseKind.CLUSTERING:
            self.board.show_area(None)
            return "themes", self.board
        if phase.kind is PhaseKind.ACTION_PLANNING:
            return "actions", self.actions_page
        if phase.kind is PhaseKind.CLOSING:
            return "closing", self.closing_page
        return "timer", self.timer

    def chosen_page(self) -> tuple[str, QWidget]:
        if self.show_mode is Show.JOIN:
            return "join", self.join
        if self.show_mode is Show.BOARD:
            self.board.show_area(Area.IDEAS)
            return "board", self.board
        if self.show_mode is Show.THEMES:
            self.board.show_area(None)
            return "themes", self.board
        if self.show_mode is Show.ACTIONS:
            return "actions", self.actions_page
        if self.show_mode is Show.TIMER:
            return "timer", self.timer
        return self.page_for_phase()

    def follow(self) -> None:
        """Show what should be shown now (unless frozen or blank)."""
        if self.frozen:
            return
        if self.blanked:
            self.stack.setCurrentWidget(self.blank)
            self.strip.hide()
            return
        name, page = self.chosen_page()
        self.stack.setCurrentWidget(page)
        self.strip.setVisible(page is not self.timer)
        self.tick()
        if name != self.current_name:
            self.current_name = name
            self.page_changed.emit(name)

    # --- what the facilitator controls ---------------------------------------------------
    def set_show(self, mode: Show) -> None:
        self.show_mode = mode
        self.follow()

    def set_frozen(self, frozen: bool) -> None:
        """Keep the picture as it is now (the facilitator works without the room seeing)."""
        if frozen and not self.frozen:
            shown = self.stack.currentWidget()
            if shown is not None:
                picture: QPixmap = shown.grab()
                self.frozen_view.setPixmap(picture)
            self.stack.setCurrentWidget(self.frozen_view)
        self.frozen = frozen
        if not frozen:
            self.follow()

    def set_blank(self, blank: bool) -> None:
        self.blanked = blank
        if self.frozen and not blank:
            self.stack.setCurrentWidget(self.frozen_view)
            return
        self.frozen = False if blank else self.frozen
        self.follow()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self.apply_palette()

    def palette_now(self) -> Palette:
        return HIGH_CONTRAST if self.high_contrast else NORMAL

    def apply_palette(self) -> None:
        palette = self.palette_now()
        self.setStyleSheet(
            f"ProjectorWindow, QStackedWidget, QLabel, QWidget "
            f"{{ background: {palette.background}; color: {palette.text}; }}"
            f"QLabel#actionKind {{ color: {palette.accent}; }}"
        )
        self.strip.setStyleSheet(f"background: {palette.background}; color: {palette.accent};")
        self.board.palette_ = palette
        self.board.update()
        self.tick()

    # --- live ----------------------------------------------------------------------------
    def on_change(self, event: ChangeEvent) -> None:
        if event.session_id != self.session_id or self.frozen:
            return
        if event.subject in (Subject.NOTE, Subject.THEME):
            self.board.mark_stale()
        if event.subject is Subject.SESSION:
            self.join.refresh()
            self.closing_page.refresh()
        if event.subject is Subject.ACTION:
            self.actions_page.refresh()
        self.follow()

    def tick(self) -> None:
        if self.frozen:
            return
        state = self.workshop.agenda.timer(self.session_id)
        palette = self.palette_now()
        self.timer.show_state(state, palette)
        self.strip.setText(f"{phase_name(state)}   {countdown_text(state)}")
        self.strip.setStyleSheet(
            f"background: {palette.background}; "
            f"color: {palette.overrun if state.overrun else palette.accent};"
        )

    # --- screens -------------------------------------------------------------------------
    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on a second screen; a window when there is only the laptop's."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        if screen is not None and len(screens) > 1 and screen is not primary:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.showNormal()
            self.resize(1280, 720)
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.tick()
        self.ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.ticker.stop()  # a closed projector reads nothing more
        super().hideEvent(event)
