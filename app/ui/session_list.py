"""The list of sessions, by territory and date: create, edit, duplicate, archive, open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import Session
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.messages import show_error
from app.ui.programme_search import ProgrammeSearch
from app.ui.session_dialog import SessionDialog
from app.ui.table_model import Index, RecordTable

translate = QCoreApplication.translate


class SessionsModel(RecordTable[Session]):
    """Sessions grouped by territory, the latest first within each."""

    def __init__(self, workshop: Workshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.show_archived = False
        self.programmes: dict[int, str] = {}
        self.reload()

    @property
    def sessions(self) -> list[Session]:
        return self.rows

    def reload(self) -> None:
        found = self.workshop.sessions.all(include_archived=self.show_archived)
        by_date = sorted(found, key=lambda s: (s.date, s.id), reverse=True)
        by_territory = sorted(by_date, key=lambda s: s.territory.casefold())
        # The Labs of one programme together (programmes by name), then those in none.
        self.programmes = {p.id: p.title for p in self.workshop.programmes.all()}
        self.replace_rows(sorted(by_territory, key=lambda s: (
            s.programme_id is None, self.programmes.get(s.programme_id or 0, "").casefold())))

    def headers(self) -> tuple[str, ...]:
        return (
            translate("Sessions", "Territory"),
            translate("Sessions", "Date"),
            translate("Sessions", "Title"),
            translate("Sessions", "Venue"),
            translate("Sessions", "Status"),
            translate("Sessions", "Programme"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        session = self.record(index)
        if session is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            status = labels.session_status(session.status)
            if session.archived:
                status = translate("Sessions", "{status}, archived").format(status=status)
            mine = labels.own_direction  # typed by the organiser: their own direction
            programme = self.programmes.get(session.programme_id or 0, "")
            return (mine(session.territory), session.date, mine(session.title),
                    mine(session.venue), status, mine(programme))[
                index.column()
            ]
        if role == Qt.ItemDataRole.UserRole:
            return session.id
        return None


class SessionList(QWidget):
    open_requested = Signal(int)

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.setAccessibleName(translate("Sessions", "Sessions"))
        self.model = SessionsModel(workshop, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(translate("Sessions", "Sessions by territory and date"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.open_current())  # Enter or double-click
        self.archived = QCheckBox(translate("Sessions", "Show archived sessions"), self)
        self.archived.toggled.connect(self._show_archived)
        heading = QLabel(translate("Sessions", "Policy Lab sessions"), self)
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("open", translate("Sessions", "Open"), self.open_current),
            ("new", translate("Sessions", "New session…"), self.new),
            ("edit", translate("Sessions", "Details…"), self.edit),
            ("duplicate", translate("Sessions", "Next Lab from this one…"), self.duplicate),
            ("archive", translate("Sessions", "Archive or restore"), self.toggle_archive),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        buttons.addWidget(self.archived)
        self.search = ProgrammeSearch(workshop, self)  # across every session in the file
        self.search.open_requested.connect(self.open_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        if self.model.rowCount():
            self.table.selectRow(0)

    def on_change(self, event: ChangeEvent) -> None:
        if event.subject is Subject.SESSION:
            chosen = self.current()
            self.model.reload()
            self.select(chosen.id if chosen else None)

    def _show_archived(self, shown: bool) -> None:
        self.model.show_archived = shown
        self.model.reload()

    def select(self, session_id: int | None) -> None:
        for row, session in enumerate(self.model.sessions):
            if session.id == session_id:
                self.table.selectRow(row)
                return

    def current(self) -> Session | None:
        row = self.table.currentIndex().row()
        return self.model.sessions[row] if 0 <= row < len(self.model.sessions) else None

    def open_current(self) -> None:
        session = self.current()
        if session is not None:
            self.open_requested.emit(session.id)

    def _territories(self) -> list[str]:
        all_sessions = self.workshop.sessions.all(include_archived=True)
        return sorted({s.territory for s in all_sessions if s.territory})

    def _run(self, change: Callable[[], Session]) -> Session | None:
        try:
            return change()
        except RuleError as error:
            show_error(self, error)
            return None

    def new(self) -> SessionDialog:
        """A new session; once made it is opened (the dialog stays open until it is made)."""
        dialog = SessionDialog(None, self._territories(), self)
        sessions = self.workshop.sessions

        def create(shown: SessionDialog) -> None:
            details = shown.details()
            session = sessions.create(
                str(details.pop("title")),
                str(details.pop("date")),
                territory=str(details["territory"]),
                venue=str(details["venue"]),
                languages=shown.chosen_languages(),
                time_zone=str(details["time_zone"]),
            )
            sessions.update(session.id, **details)
            self.model.reload()
            self.select(session.id)
            self.open_requested.emit(session.id)

        dialog.on_save = create
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit(self) -> SessionDialog | None:
        session = self.current()
        if session is None:
            return None
        dialog = SessionDialog(session, self._territories(), self)
        dialog.on_save = lambda shown: self.workshop.sessions.update(
            session.id, **shown.details()
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def duplicate(self) -> SessionDialog | None:
        session = self.current()
        if session is None:
            return None
        dialog = SessionDialog(session, [], self, duplicate=True)

        def copy(shown: SessionDialog) -> None:
            made = self.workshop.sessions.duplicate(
                session.id, shown.title.text(), shown.iso_date()
            )
            self.model.reload()
            self.select(made.id)

        dialog.on_save = copy
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def toggle_archive(self) -> None:
        session = self.current()
        if session is not None:
            self._run(lambda: self.workshop.sessions.archive(session.id, not session.archived))
