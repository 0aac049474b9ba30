"""The facilitator's main window: the list of sessions, then the workspace of the open one.

The window owns the one LiveEvents relay: every change event (from this desk, a phone, the
kiosk) reaches the session list, the workspace tabs and the projector on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

from app import i18n
from app.core.errors import RuleError
from app.core.events import ChangeEvent
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.live import LiveEvents
from app.ui.messages import show_error
from app.ui.session_list import SessionList
from app.ui.settings import save_language, save_last_session, saved_last_session
from app.ui.store_menu import BackupNotice, add_store_actions

if TYPE_CHECKING:  # the workspace and projector are imported when a session opens
    from app.ui.projector.window import ProjectorWindow
    from app.ui.workspace import PanelFactory, Title, Workspace

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
FRAME_ALLOWANCE = (16, 40)  # what a window manager's borders and title bar usually take


class MainWindow(QMainWindow):
    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.live = LiveEvents(workshop.hub, self)
        self.live.changed.connect(self._on_event)
        self.extra_panels: list[tuple[Title, PanelFactory]] = []
        self.session_id: int | None = None
        self.workspace: Workspace | None = None
        self.projector: ProjectorWindow | None = None
        self.pages = QStackedWidget(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main-tools")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.setCentralWidget(self.pages)
        self._undo_refresh = QTimer(self)
        self._undo_refresh.setSingleShot(True)
        self._undo_refresh.setInterval(0)
        self._undo_refresh.timeout.connect(self._update_undo)
        self._build()
        self._fit_screen()
        self.backup_notice = BackupNotice(self)

    def _fit_screen(self) -> None:
        """Start at 1400x900, or smaller on a smaller screen (a 1366x768 laptop): the whole
        window, frame included, within the screen's available area (without the task bar)."""
        width, height = 1400, 900
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            width = min(width, area.width() - FRAME_ALLOWANCE[0])
            height = min(height, area.height() - FRAME_ALLOWANCE[1])
        self.resize(width, height)

    # --- building (again after a language switch) ----------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(translate("MainWindow", "Roundtable"))
        self.menuBar().clear()
        self.sessions = SessionList(self.workshop, self)
        self.sessions.open_requested.connect(self.open_session)
        old = self.pages.widget(0)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        self.pages.insertWidget(0, self.sessions)
        self._build_menus()
        if self.session_id is not None and self.workspace is not None:
            self._build_workspace(self.session_id, keep_extra=True)
        else:
            self.pages.setCurrentWidget(self.sessions)

    def _menu_action(
        self, menu: QMenu, text: str, slot: Callable[[], object], keys: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self._menu_actions.append(action)
        return action

    def _build_menus(self) -> None:
        for old in getattr(self, "_menu_actions", []):
            old.deleteLater()  # a rebuilt menu must not leave old shortcuts behind
        self._menu_actions: list[QAction] = []
        session_menu = self.menuBar().addMenu(translate("MainWindow", "&Session"))
        self.back_action = QAction(translate("MainWindow", "All sessions"), self)
        self.back_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.back_action.triggered.connect(self.show_sessions)
        session_menu.addAction(self.back_action)
        self._menu_actions += add_store_actions(self, session_menu)  # audit check, restore
        quit_action = QAction(translate("MainWindow", "Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        session_menu.addAction(quit_action)
        edit = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        self.undo_action = QAction(translate("MainWindow", "Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(translate("MainWindow", "Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        self._menu_actions += [self.back_action, quit_action, self.undo_action, self.redo_action]
        self.toolbar.clear()
        self.toolbar.setWindowTitle(translate("MainWindow", "Main tools"))
        self.toolbar.setAccessibleName(translate("MainWindow", "Main tools"))
        for action in (self.back_action, self.undo_action, self.redo_action):
            self.toolbar.addAction(action)
        phase = self.menuBar().addMenu(translate("MainWindow", "&Phase"))
        for text, command, keys in (
            (translate("MainWindow", "Start or resume"), "start_or_resume", "F5"),
            (translate("MainWindow", "Pause or resume"), "pause_or_resume", "F6"),
            (translate("MainWindow", "Next phase"), "next_phase", "F8"),
            (translate("MainWindow", "Finish the phase"), "finish_phase", None),
        ):
            self._menu_action(phase, text, partial(self._timer_do, command), keys)
        projector = self.menuBar().addMenu(translate("MainWindow", "&Projector"))
        self._menu_action(
            projector,
            translate("MainWindow", "Show projector"),
            lambda: self._projector_do("open_button"),
            "F7",
        )
        self._menu_action(
            projector,
            translate("MainWindow", "Freeze or unfreeze"),
            lambda: self._projector_do("freeze"),
            "F9",
        )
        self._menu_action(
            projector,
            translate("MainWindow", "Blank or show"),
            lambda: self._projector_do("blank"),
            "Ctrl+Shift+B",
        )
        view = self.menuBar().addMenu(translate("MainWindow", "&Language"))
        group = QActionGroup(self)
        current = i18n.current_language()
        for code in i18n.SHIPPED:
            action = QAction(labels.language(code), self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, code=code: self.switch_language(code))
            group.addAction(action)
            view.addAction(action)
            self._menu_actions.append(action)
        self._update_undo()

    def _timer_do(self, command: str) -> None:
        """Phase commands from the menu and their function keys, as the timer bar does them."""
        if self.workspace is not None:
            getattr(self.workspace.timer, command)()

    def _projector_do(self, button: str) -> None:
        if self.workspace is not None:
            getattr(self.workspace.projector_controls, button).click()

    # --- sessions ------------------------------------------------------------------------
    def register_panel(
        self, title: str | Callable[[], str], factory: Callable[[Workshop, int], QWidget]
    ) -> None:
        """Add a tab to every session workspace (built now if a session is open).

        ``factory(workshop, session_id)`` builds the panel for the open session; it is called
        again when another session is opened. ``title`` may be a function, so that the tab's
        name follows a language switch; the panel itself is kept through the switch.
        """
        self.extra_panels.append((title, factory))
        if self.workspace is not None:
            self.workspace.extra_panels.append(self.workspace.add_panel(title, factory))

    def open_session(self, session_id: int) -> None:
        try:
            self.workshop.sessions.get(session_id)
        except RuleError as error:
            show_error(self, error)
            return
        if session_id == self.session_id and self.workspace is not None:
            self.pages.setCurrentWidget(self.workspace)  # back to it, as it was
            return
        self.workshop.undo.clear()  # undo never reaches into another session
        self.session_id = session_id
        if self.projector is None:
            from app.ui.projector.window import ProjectorWindow

            self.projector = ProjectorWindow(self.workshop, session_id)
        else:
            self.projector.set_session(session_id)
        self._build_workspace(session_id, keep_extra=False)
        save_last_session(self.workshop.sessions.get(session_id).uid)

    def reopen_last(self) -> bool:
        """At start: open the session that was open last time, if it is still there."""
        last = saved_last_session()
        found = [s for s in self.workshop.sessions.all() if s.uid == last]
        if not found:
            return False  # another database, or a session that is gone or archived
        self.open_session(found[0].id)
        return True

    def projector_window(self) -> ProjectorWindow:
        """The one projector window. It exists once a session is open — so always when a
        panel factory runs (a panel may connect to it, e.g. to ``set_join_address``)."""
        if self.projector is None:
            raise RuntimeError("the projector window exists once a session is open")
        return self.projector

    def _build_workspace(self, session_id: int, *, keep_extra: bool) -> None:
        from app.ui.workspace import Workspace

        old = self.workspace
        if old is not None:
            old.finish_editing()
        kept = old.extra_panels if old is not None and keep_extra else None
        self.workspace = Workspace(
            self.workshop, session_id, self.projector_window(), self.extra_panels, self, kept
        )
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self._update_undo()

    def reload_after_restore(self) -> None:
        """Another file was put in place: back to the session list, read afresh."""
        if self.workspace is not None:
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.session_id = None
        self.workshop.undo.clear()
        self._build()

    def show_sessions(self) -> None:
        self.pages.setCurrentWidget(self.sessions)

    def _on_event(self, event: object) -> None:
        if not isinstance(event, ChangeEvent):
            return
        receivers = (self.sessions, self.workspace, self.projector)
        for receiver in receivers:
            if receiver is None:
                continue
            try:
                receiver.on_change(event)
            except Exception:  # the desk, the board and the projector each go on
                log.exception("%s failed on %s", type(receiver).__name__, event)
        self._undo_refresh.start()

    # --- undo ----------------------------------------------------------------------------
    def _update_undo(self) -> None:
        stack = self.workshop.undo
        self.undo_action.setEnabled(stack.can_undo)
        self.redo_action.setEnabled(stack.can_redo)
        self.undo_action.setText(
            translate("MainWindow", "Undo {step}").format(step=labels.undo_step(stack.undo_label))
            if stack.can_undo
            else translate("MainWindow", "Undo")
        )
        self.redo_action.setText(
            translate("MainWindow", "Redo {step}").format(step=labels.undo_step(stack.redo_label))
            if stack.can_redo
            else translate("MainWindow", "Redo")
        )

    def undo(self) -> None:
        self._step(self.workshop.undo.undo)

    def redo(self) -> None:
        self._step(self.workshop.undo.redo)

    def _step(self, action: Callable[[], str]) -> None:
        try:
            action()
        except RuleError as error:
            show_error(self, error)
        self._update_undo()

    # --- language ------------------------------------------------------------------------
    def switch_language(self, language: str) -> None:
        """Switch the whole app, board and projector included, and remember the choice."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        used = i18n.install(app, language)
        save_language(used)
        if self.projector is not None:
            self.projector.set_session(self.projector.session_id)
            self.projector.setWindowTitle(
                QCoreApplication.translate("Projector", "Roundtable — projector")
            )
        self._build()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.workspace is not None:
            self.workspace.finish_editing()  # a note being typed is kept, not lost
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
        self.live.stop()
        self.backup_notice.stop()
        super().closeEvent(event)
