"""The projector window: follows the current phase by itself, or shows what the facilitator
picks; can be frozen (the picture stays) or blanked. Full screen on a second screen, a window
when it would cover the desk (unless the facilitator chose otherwise).

Other parts of the app add pages with ``register_page``: when following the phase, the first
registered page that wants to be shown wins, else the projector's own page for the phase. A
registered page may have ``set_projector_look(palette, texts)`` (colours, second language).

Long pages are paged: a page widget with ``page``, ``page_count()`` and ``set_page(n)`` turns
by itself every ``auto_page_seconds`` and with ``next_page`` / ``previous_page`` (keys on the
projector, buttons on the desk); ``page_position()`` says where it is ("page 2 of 4").
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeyEvent, QPixmap, QScreen, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from app.core.events import ChangeEvent, Subject
from app.core.model import Area, PhaseKind
from app.core.workshop import Workshop
from app.ui.projector.bilingual import Bilingual
from app.ui.projector.board_page import BoardPage
from app.ui.projector.outcomes import ActionsPage, ClosingPage
from app.ui.projector.outcomes_table import OutcomesTablePage, has_outcomes
from app.ui.projector.pages import JoinPage, TimerPage, fit_strip
from app.ui.projector.review_page import ReviewPage
from app.ui.projector.shows import Paged, PageFactory, RegisteredPage, Show, Wants
from app.ui.projector.style import (
    HIGH_CONTRAST,
    MIN_TEXT_PX,
    NORMAL,
    Palette,
    big_label,
    restyle,
)

translate = QCoreApplication.translate

log = logging.getLogger(__name__)
__all__ = ["AUTO_PAGE_SECONDS", "PageFactory", "Paged", "ProjectorWindow", "Show", "Wants"]

AUTO_PAGE_SECONDS = 15
NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)

PHASE_AREAS = {PhaseKind.EXPECTATIONS: Area.EXPECTATIONS, PhaseKind.IDEATION: Area.IDEAS}


class ProjectorWindow(QWidget):
    page_changed = Signal(str)
    paging_changed = Signal(int, int)  # page shown (from 1), pages
    placement_changed = Signal()  # shown, hidden, full screen or not, moved to another screen

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
        self.texts = Bilingual(self)
        self.auto_page_seconds = AUTO_PAGE_SECONDS
        self.seconds_on_page = 0
        self._watching_screen = False
        self._last_position = (1, 1)
        self.stack = QStackedWidget(self)
        # the window is the projector's picture: pages fit it, they never make it grow
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.strip = big_label(self, MIN_TEXT_PX + 8, bold=True)
        self.strip.setAccessibleName(translate("Projector", "Phase and time left"))
        self.strip.setContentsMargins(40, 8, 40, 12)
        self.strip.setWordWrap(False)  # one line, made to fit (see fit_strip)
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
        self.join = JoinPage(self.workshop, self.session_id, self.texts, self)
        self.join.set_address(self.address)
        self.board = BoardPage(self.workshop, self.session_id, self.texts, self)
        self.board.palette_ = self.palette_now()
        self.timer = TimerPage(self.texts, self)
        self.actions_page = ActionsPage(self.workshop, self.session_id, self.texts, self)
        self.closing_page = ClosingPage(self.workshop, self.session_id, self.texts, self)
        self.review_page = ReviewPage(self.workshop, self.session_id, self.texts, self)
        self.outcomes_page = OutcomesTablePage(self.workshop, self.session_id, self.texts, self)
        for page in (
            self.review_page,
            self.outcomes_page,
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
                    self._dress(entry.widget)
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
            if has_outcomes(self.workshop, self.session_id):  # came for / did / the rest
                return "outcomes", self.outcomes_page
            return "closing", self.closing_page
        if phase.kind is PhaseKind.REVIEW:
            return "review", self.review_page
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
        if self.show_mode is Show.PARKING_LOT:
            self.board.show_area(Area.PARKING_LOT)
            return "parking_lot", self.board
        if self.show_mode is Show.ACTIONS:
            return "actions", self.actions_page
        if self.show_mode is Show.CLOSING:
            return "closing", self.closing_page
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
        before = self.page_position()
        name, page = self.chosen_page()
        self.stack.setCurrentWidget(page)
        self.strip.setVisible(page is not self.timer)
        self.tick(advance=False)
        if name != self.current_name:
            self.current_name = name
            self.seconds_on_page = 0
            self.page_changed.emit(name)
        if self.page_position() != before:
            self._last_position = self.page_position()
            self.paging_changed.emit(*self._last_position)

    # --- paging --------------------------------------------------------------------------
    def paged(self) -> Paged | None:
        """The page shown, if it has pages of its own."""
        if self.frozen or self.blanked:
            return None
        shown = self.stack.currentWidget()
        return shown if isinstance(shown, Paged) else None

    def page_position(self) -> tuple[int, int]:
        """(page shown counted from 1, number of pages): (1, 1) for a page that fits."""
        shown = self.paged()
        if shown is None:
            return 1, 1
        count = shown.page_count()
        return min(shown.page + 1, count), count

    def turn_page(self, step: int, *, wrap: bool = False) -> None:
        shown = self.paged()
        if shown is None:
            return
        page, count = self.page_position()
        target = page - 1 + step
        if wrap:
            target %= count
        shown.set_page(max(0, min(target, count - 1)))
        self.seconds_on_page = 0
        self._last_position = self.page_position()
        self.paging_changed.emit(*self._last_position)

    def next_page(self) -> None:
        self.turn_page(1)

    def previous_page(self) -> None:
        self.turn_page(-1)

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

    def set_second_language(self, language: str | None) -> None:
        """Headings and fixed texts also in ``language`` (one of the session's), or only in
        the app's language (``None``)."""
        self.texts.set_language(language)
        self.refresh_pages()

    def palette_now(self) -> Palette:
        return HIGH_CONTRAST if self.high_contrast else NORMAL

    def apply_palette(self) -> None:
        palette = self.palette_now()
        self.setStyleSheet(
            f"ProjectorWindow, QStackedWidget, QLabel, QWidget "
            f"{{ background: {palette.background}; color: {palette.text}; }}"
            f"QLabel#actionKind {{ color: {palette.accent}; }}"
        )
        self.board.palette_ = palette
        self.refresh_pages()

    def refresh_pages(self) -> None:
        """Everything again: colours or languages changed."""
        self.join.refresh()
        self.board.refresh()
        self.actions_page.refresh()
        self.closing_page.refresh()
        self.review_page.refresh()
        self.outcomes_page.refresh()
        for entry in self.registered:
            if entry.widget is not None:
                self._dress(entry.widget)
        self.follow()
        self.tick(advance=False)

    def _dress(self, page: QWidget) -> None:
        """A registered page takes the projector's colours and languages, if it can."""
        look = getattr(page, "set_projector_look", None)
        if callable(look):
            look(self.palette_now(), self.texts)

    # --- live ----------------------------------------------------------------------------
    def on_change(self, event: ChangeEvent) -> None:
        if event.session_id != self.session_id or self.frozen:
            return
        if event.subject in (Subject.NOTE, Subject.THEME):
            # A room's notes change what the board shows and how many pages it has, never
            # which page is chosen: no phase, round or timer read again for each of them.
            self.board.mark_stale(event.ids if event.subject is Subject.NOTE else ())
            self._follow_paging()
            return
        if event.subject is Subject.SESSION:
            self.join.refresh()
            self.closing_page.refresh()
        if event.subject is Subject.ACTION:
            self.actions_page.refresh()
        if event.subject in (Subject.COMMITMENT, Subject.EXPERIMENT, Subject.ACTION):
            self.review_page.refresh()
        if event.subject in (Subject.EXPECTATION, Subject.ACTION, Subject.COMMITMENT,
                             Subject.ROUND, Subject.SESSION):
            self.outcomes_page.refresh()
        self.follow()

    def tick(self, advance: bool = True) -> None:
        """Every second while shown: the countdown, and the next page when it is time."""
        if self.frozen:
            return
        state = self.workshop.agenda.timer(self.session_id)
        palette = self.palette_now()
        self.timer.show_state(state, palette)
        fit_strip(self.strip, self.texts, state)
        if state.overrun:
            colour = palette.overrun
        elif state.paused:
            colour = palette.text
        else:
            colour = palette.accent
        restyle(self.strip, f"background: {palette.background}; color: {colour};")
        self._follow_paging()
        if not advance:
            return
        self.seconds_on_page += 1
        if self.auto_page_seconds and self.seconds_on_page >= self.auto_page_seconds:
            if self.page_position()[1] > 1:
                self.turn_page(1, wrap=True)
            self.seconds_on_page = 0

    def _follow_paging(self) -> None:
        position = self.page_position()
        if position != self._last_position:  # a page's room changed (new notes, new size)
            self._last_position = position
            self.paging_changed.emit(*position)

    # --- screens -------------------------------------------------------------------------
    def show_on(self, screen: QScreen | None, full_screen: bool = True) -> None:
        """Full screen on ``screen``, or a window (on it) that the facilitator can move. The
        caller decides whether covering the desk is wanted (see app/ui/screens.py)."""
        if screen is not None:
            self.setScreen(screen)
        if full_screen and screen is not None:
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.showNormal()
            self.resize(1280, 720)
            if screen is not None:
                self.move(screen.availableGeometry().topLeft())
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self.raise_()
        self.placement_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        forward, back = (Qt.Key.Key_Left, Qt.Key.Key_Right) if rtl else (
            Qt.Key.Key_Right, Qt.Key.Key_Left)
        if key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            self.placement_changed.emit()
            return
        if key in (*NEXT_KEYS, forward):
            self.next_page()
            return
        if key in (*PREVIOUS_KEYS, back):
            self.previous_page()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.tick(advance=False)
        self.ticker.start()
        handle = self.windowHandle()
        if handle is not None and not self._watching_screen:
            handle.screenChanged.connect(lambda _screen: self.placement_changed.emit())
            self._watching_screen = True
        self.placement_changed.emit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.ticker.stop()  # a closed projector reads nothing more
        super().hideEvent(event)
        self.placement_changed.emit()
