"""The workspace of one open session: timer bar, projector controls, and the tabs.

Tabs are built from factories — ours (board, agenda, roster, parking lot, actions) and those
other parts of the app register — so the whole workspace can be rebuilt for another session
or another language. Every tab that has ``on_change(event)`` receives the session's events.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.core.events import ChangeEvent
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.accessibility import label_choice_boxes, let_tab_leave
from app.ui.action_plans import ActionsPanel
from app.ui.agenda_editor import AgendaEditor
from app.ui.board.panel import BoardPanel
from app.ui.follow_up.commitments_panel import CommitmentsPanel
from app.ui.follow_up.commitments_panel import panel_title as commitments_title
from app.ui.follow_up.experiments_panel import ExperimentsPanel
from app.ui.follow_up.experiments_panel import panel_title as experiments_title
from app.ui.follow_up.outcomes_panel import OutcomesPanel
from app.ui.follow_up.outcomes_panel import panel_title as outcomes_title
from app.ui.parking_lot import ParkingLotPanel
from app.ui.phase_timer import PhaseTimerBar
from app.ui.projector.controls import ProjectorControls
from app.ui.projector.window import ProjectorWindow
from app.ui.roster import RosterPanel
from app.ui.session_closing import ClosingBar
from app.ui.tab_scroll import scrolling
from app.ui.walk_ins import WalkInBox

translate = QCoreApplication.translate

log = logging.getLogger(__name__)
PanelFactory = Callable[[Workshop, int], QWidget]
Title = str | Callable[[], str]  # a callable is asked again after a language switch
NAMED_AFTER_TAB = "roundtableNamedAfterTab"  # a panel whose accessible name is its tab's title


def title_text(title: Title) -> str:
    return title() if callable(title) else title


def own_panels() -> list[tuple[str, PanelFactory]]:
    return [
        (QCoreApplication.translate("MainWindow", "Board"), BoardPanel),
        (QCoreApplication.translate("MainWindow", "Agenda"), AgendaEditor),
        (QCoreApplication.translate("MainWindow", "Roster"), RosterPanel),
        (QCoreApplication.translate("MainWindow", "Parking lot"), ParkingLotPanel),
        (QCoreApplication.translate("MainWindow", "Actions"), ActionsPanel),
        # The follow-up loop across the Labs of a programme (rebuilt at a language switch).
        (commitments_title(), CommitmentsPanel),
        (experiments_title(), ExperimentsPanel),
        (outcomes_title(), OutcomesPanel),
    ]


class Workspace(QWidget):
    def __init__(
        self,
        workshop: Workshop,
        session_id: int,
        projector: ProjectorWindow,
        extra: list[tuple[Title, PanelFactory]],
        parent: QWidget | None = None,
        reuse: list[QWidget] | None = None,
    ) -> None:
        """``reuse``: panels of ``extra`` already built for this session (after a language
        switch they are kept, with whatever they hold — a running portal, a vote in progress)."""
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        session = workshop.sessions.get(session_id)
        self.setAccessibleName(translate("MainWindow", "Session workspace"))
        self.title = QLabel(self)
        self.title.setTextFormat(self.title.textFormat().PlainText)
        self.title.setText(" · ".join(labels.own_direction(part) for part in (
            session.title, session.territory, session.date) if part))
        self.title.setStyleSheet("font-size: 18px; font-weight: bold; padding: 4px 6px;")
        self.timer = PhaseTimerBar(workshop, session_id, self)
        self.closing = ClosingBar(workshop, session_id, self)
        self.closing.next_steps_requested.connect(self.show_next_steps)
        self.closing.closed.connect(self.offer_signing)
        self.projector_controls = ProjectorControls(projector, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("MainWindow", "Session tabs"))
        self.panels: list[QWidget] = []
        self.extra_panels: list[QWidget] = []
        for own_title, own_factory in own_panels():
            self.add_panel(own_title, own_factory)
        kept = list(reuse or [])
        for title, factory in extra:
            if kept:
                panel = kept.pop(0)
                if panel.property(NAMED_AFTER_TAB):
                    panel.setAccessibleName(title_text(title))  # in the new language
                self.tabs.addTab(scrolling(panel, self.tabs), title_text(title))
                self.panels.append(panel)
                self.extra_panels.append(panel)
            else:
                self.extra_panels.append(self.add_panel(title, factory))
        self.title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.title, 2)
        timer_area = QVBoxLayout()
        timer_area.setSpacing(0)
        timer_area.addWidget(self.timer)
        timer_area.addWidget(self.closing)
        header.addLayout(timer_area, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.projector_controls)
        layout.addWidget(self.tabs, 1)
        let_tab_leave(self)
        label_choice_boxes(self)
        self._tab_keys()
        self._tell_walk_ins()

    def _tell_walk_ins(self) -> None:
        """Walk-ins waiting to be let in show on their tab's title, whichever tab is open."""
        self._walk_in_tabs: dict[QObject, tuple[QWidget, str]] = {}
        for panel in self.panels:
            box = getattr(panel, "walk_ins", None)
            if isinstance(box, WalkInBox):
                self._walk_in_tabs[box] = (panel, self.tabs.tabText(self._tab_of(panel)))
                # a slot of this workspace: a panel kept across a language switch stops
                # telling the workspace that was replaced
                box.waiting_changed.connect(self._walk_ins_waiting)
                self._title_tab(box, box.waiting_count)

    def _walk_ins_waiting(self, count: int) -> None:
        box = self.sender()
        if box in self._walk_in_tabs:
            self._title_tab(box, count)

    def _title_tab(self, box: QObject, waiting: int) -> None:
        panel, title = self._walk_in_tabs[box]
        index = self._tab_of(panel)
        if index >= 0:
            self.tabs.setTabText(index, title if not waiting else translate(
                "MainWindow", "{tab} ({count} waiting)").format(tab=title, count=waiting))

    def _tab_keys(self) -> None:
        """Ctrl+Tab and Ctrl+Page Down go to the next tab, with Shift or Page Up to the one
        before, wherever the focus is in the workspace (a table or a field keeps none of them)."""
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1),
                           ("Ctrl+Backtab", -1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._next_tab(step))

    def _next_tab(self, step: int) -> None:
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def add_panel(self, title: Title, factory: PanelFactory) -> QWidget:
        try:
            panel = factory(self.workshop, self.session_id)
        except Exception as error:  # one broken tab must not take the workspace down
            log.exception("the %s tab could not be built", title_text(title))
            panel = QLabel(
                translate("MainWindow", "This tab could not be opened: {error}").format(
                    error=error
                ),
                self,
            )
            panel.setTextFormat(Qt.TextFormat.PlainText)
            panel.setWordWrap(True)
        if not panel.accessibleName():
            panel.setAccessibleName(title_text(title))
            panel.setProperty(NAMED_AFTER_TAB, True)
        let_tab_leave(panel)
        label_choice_boxes(panel)
        self.tabs.addTab(scrolling(panel, self.tabs), title_text(title))
        self.panels.append(panel)
        return panel

    def panel(self, kind: type[QWidget]) -> QWidget | None:
        for panel in self.panels:
            if isinstance(panel, kind):
                return panel
        return None

    def show_panel(self, panel: QWidget) -> None:
        """Bring the tab holding ``panel`` to the front."""
        index = self._tab_of(panel)
        if index >= 0:
            self.tabs.setCurrentIndex(index)

    def _tab_of(self, panel: QWidget) -> int:
        """The tab holding ``panel`` (each tab is a scroll area around it); -1 if none."""
        for index in range(self.tabs.count()):
            holder = self.tabs.widget(index)
            if holder is panel or (isinstance(holder, QScrollArea) and holder.widget() is panel):
                return index
        return -1

    def show_next_steps(self) -> None:
        """The Actions tab, with the cursor in the next steps."""
        panel = self.panel(ActionsPanel)
        if isinstance(panel, ActionsPanel):
            self.show_panel(panel)
            panel.focus_next_steps()

    def offer_signing(self) -> None:
        """After closing: the tab that signs the minutes (it has ``offer_signing``)."""
        for panel in self.panels:
            offer = getattr(panel, "offer_signing", None)
            if callable(offer):
                self.show_panel(panel)
                offer()
                return

    def finish_editing(self) -> None:
        """Before the workspace goes: every tab keeps what is being typed."""
        for panel in self.panels:
            finish = getattr(panel, "finish_editing", None)
            if callable(finish):
                finish()

    def on_change(self, event: ChangeEvent) -> None:
        if event.session_id != self.session_id:
            return
        for receiver in (self.timer, self.closing, *self.panels):
            handler = getattr(receiver, "on_change", None)
            if callable(handler):
                try:
                    handler(event)
                except Exception:  # the other tabs still hear about the change
                    log.exception("%s failed on %s", type(receiver).__name__, event)
