"""The facilitator's projector controls: which screen, what it shows, pages, a second
language, freeze, blank, high contrast, and where the projector is now.

Opening the projector never covers the desk silently: on a laptop with one picture (one screen,
or a mirrored projector) the facilitator is asked, and a window is the default.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app import i18n
from app.ui import labels, screens
from app.ui.projector.bilingual import second_language_choices
from app.ui.projector.window import ProjectorWindow, Show

translate = QCoreApplication.translate


def show_names() -> dict[Show, str]:
    return {
        Show.FOLLOW: QCoreApplication.translate("Projector", "Follow the phase"),
        Show.JOIN: QCoreApplication.translate("Projector", "How to join"),
        Show.BOARD: QCoreApplication.translate("Projector", "Ideas"),
        Show.THEMES: QCoreApplication.translate("Projector", "Themes"),
        Show.PARKING_LOT: QCoreApplication.translate("Projector", "Parking lot"),
        Show.ACTIONS: QCoreApplication.translate("Projector", "Actions"),
        Show.CLOSING: QCoreApplication.translate("Projector", "Thanks and next steps"),
        Show.TIMER: QCoreApplication.translate("Projector", "Timer"),
    }


def screen_label(index: int, screen: QScreen) -> str:
    size = screen.geometry()
    return translate("Projector", "Screen {number}: {name} ({size})").format(
        number=index,
        name=screen.name() or "",
        # isolated, so "1920 x 1080" keeps its order inside a right-to-left sentence
        size=f"\N{LEFT-TO-RIGHT ISOLATE}{size.width()} x {size.height()}"
        f"\N{POP DIRECTIONAL ISOLATE}",
    )


class ProjectorControls(QWidget):
    def __init__(self, projector: ProjectorWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.projector = projector
        self.setAccessibleName(translate("Projector", "Projector controls"))
        self.screens = QComboBox(self)
        self.screens.setObjectName("projector-screen")
        self.screens.setAccessibleName(translate("Projector", "Screen for the projector"))
        self.screens.setToolTip(labels.plain_tooltip(self.screens.accessibleName()))
        self._compact(self.screens, 14)
        self.open_button = QPushButton(translate("Projector", "Show projector"), self)
        self.open_button.setObjectName("projector-open")
        self.open_button.setAccessibleName(translate("Projector", "Show projector"))
        self.open_button.clicked.connect(self.open_projector)
        self.mode = QComboBox(self)
        self.mode.setObjectName("projector-shows")
        self.mode.setAccessibleName(translate("Projector", "What the projector shows"))
        self.mode.setToolTip(labels.plain_tooltip(self.mode.accessibleName()))
        self._compact(self.mode, 12)
        for mode, name in show_names().items():
            self.mode.addItem(name, mode.value)
        self.mode.setCurrentIndex(self.mode.findData(projector.show_mode.value))
        self.mode.currentIndexChanged.connect(
            lambda _i: projector.set_show(Show(str(self.mode.currentData())))
        )
        back, forward = "\N{BLACK LEFT-POINTING TRIANGLE}", "\N{BLACK RIGHT-POINTING TRIANGLE}"
        if i18n.is_rtl(i18n.current_language()):
            back, forward = forward, back
        self.previous_page = self._button("projector-previous-page", back,
                                          translate("Projector", "Previous page"),
                                          projector.previous_page, "Alt+PgUp")
        self.page = QLabel(self)
        self.page.setObjectName("projector-page")
        self.page.setAccessibleName(translate("Projector", "Page on the projector"))
        self.next_page = self._button("projector-next-page", forward,
                                      translate("Projector", "Next page"),
                                      projector.next_page, "Alt+PgDown")
        self.second_language = QComboBox(self)
        self.second_language.setObjectName("projector-second-language")
        self.second_language.setAccessibleName(
            translate("Projector", "Second language on the projector"))
        self.second_language.setToolTip(labels.plain_tooltip(self.second_language.accessibleName()))
        self.fill_languages()
        self.second_language.currentIndexChanged.connect(
            lambda _i: projector.set_second_language(self.second_language.currentData() or None)
        )
        self.freeze = self._toggle(translate("Projector", "Freeze"), projector.set_frozen)
        self.blank = self._toggle(translate("Projector", "Blank"), projector.set_blank)
        self.contrast = self._toggle(
            translate("Projector", "High contrast"), projector.set_high_contrast
        )
        self.where = QLabel(self)
        self.where.setObjectName("projector-where")
        self.where.setAccessibleName(translate("Projector", "Where the projector is"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.screens)
        layout.addWidget(self.open_button)
        layout.addWidget(self.mode)
        layout.addWidget(self.previous_page)
        layout.addWidget(self.page)
        layout.addWidget(self.next_page)
        layout.addWidget(self.second_language)
        for button in (self.freeze, self.blank, self.contrast):
            layout.addWidget(button)
        layout.addWidget(self.where)
        layout.addStretch(1)
        self.fill_screens()
        projector.paging_changed.connect(self.show_paging)
        projector.placement_changed.connect(self.show_where)
        self.show_paging(*projector.page_position())
        self.show_where()
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

    def _button(self, name: str, text: str, label: str, slot: Callable[[], object],
                keys: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(label)
        button.setShortcut(QKeySequence(keys))
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(labels.plain_tooltip(f"{label} ({shown})"))
        button.setFixedWidth(max(32, button.fontMetrics().horizontalAdvance(text) + 20))
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _compact(combo: QComboBox, characters: int) -> None:
        """A combo as wide as ``characters``, not as its longest item (the row must fit a
        1366-pixel laptop in every language); the list opens as wide as it needs."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    # --- languages and pages -------------------------------------------------------------
    def fill_languages(self) -> None:
        """"None" first, then the session's languages the projector can show."""
        self.second_language.blockSignals(True)
        self.second_language.clear()
        self.second_language.addItem(translate("Projector", "None"), "")
        session = self.projector.workshop.sessions.get(self.projector.session_id)
        for code in second_language_choices(session.languages):
            if code != i18n.current_language():
                self.second_language.addItem(labels.language(code), code)
        chosen = self.projector.texts.language or ""
        self.second_language.setCurrentIndex(max(0, self.second_language.findData(chosen)))
        self.second_language.blockSignals(False)

    def show_paging(self, page: int, count: int) -> None:
        self.page.setText(
            translate("Projector", "Page {page} of {count}").format(page=page, count=count)
        )
        for button in (self.previous_page, self.next_page):
            button.setEnabled(count > 1)

    # --- screens -------------------------------------------------------------------------
    def fill_screens(self) -> None:
        self.screens.clear()
        all_screens = QGuiApplication.screens()
        mine = screens.desk_screen(self)
        for index, screen in enumerate(all_screens, start=1):
            label = screen_label(index, screen)
            if screen is mine:
                label = translate("Projector", "{screen}, this laptop").format(screen=label)
            self.screens.addItem(label)
        others = [all_screens.index(s) for s in screens.room_screens(self)]
        self.screens.setCurrentIndex(others[0] if others else 0)
        self.show_where()

    def chosen_screen(self) -> QScreen | None:
        all_screens = QGuiApplication.screens()
        index = self.screens.currentIndex()
        return all_screens[index] if 0 <= index < len(all_screens) else None

    def open_projector(self) -> None:
        """Full screen on a screen of its own; on the desk's screen only if the facilitator
        says so, else in a window they can move."""
        screen = self.chosen_screen()
        full_screen = True
        if screens.covers_desk(screen, self):
            full_screen = screens.ask_to_cover_desk(
                self, translate("Projector", "the projector"))
        self.projector.show_on(screen, full_screen)
        self.show_where()

    def show_where(self) -> None:
        """Say which screen the projector is on, and whether it covers the desk."""
        projector = self.projector
        if not projector.isVisible():
            self.where.setText(translate("Projector", "Projector not shown"))
            self.where.setToolTip("")
            return
        all_screens = QGuiApplication.screens()
        screen = projector.screen()
        number = all_screens.index(screen) + 1 if screen in all_screens else 1
        place = screen_label(number, screen) if screen is not None else ""
        if projector.isFullScreen():
            if screens.covers_desk(screen, self):
                text = translate("Projector", "Full screen on {screen}: it covers this window")
                short = translate("Projector", "Full screen, screen {number}: covers the desk")
            else:
                text = translate("Projector", "Full screen on {screen}")
                short = translate("Projector", "Full screen, screen {number}")
        else:
            text = translate("Projector", "In a window on {screen}")
            short = translate("Projector", "Window, screen {number}")
        self.where.setText(short.format(number=number))
        self.where.setToolTip(text.format(screen=place))
        self.where.setAccessibleDescription(text.format(screen=place))
