"""The attendance panel: check people in by badge (camera or typed code) or from the roster,
record early departures, see who is here by group, export CSV, print a certificate."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import Channel, Group, Participant
from app.core.workshop import Workshop
from app.storage import StoreError
from app.ui import labels
from app.ui.attendance.camera import BadgeCamera, CameraPreview, cameras, watch_cameras
from app.ui.attendance.checkin import CheckedIn, check_in_badge
from app.ui.attendance.files import AttendanceFiles
from app.ui.attendance.model import AttendanceModel
from app.ui.attendance.welcome import WelcomeDesk
from app.ui.live import LiveEvents, for_session
from app.ui.messages import error_text, show_error
from app.ui.retranslation import Retranslation
from app.ui.voting.voter_language import VoterLanguage
from app.ui.voting.voter_messages import voter_message
from app.ui.when_shown import WhenShown

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

LATE_GRACE_MINUTES = 10  # arriving within this of the start is not "late"


def panel_title() -> str:
    """The tab's name, for ``MainWindow.register_panel``."""
    return translate("Attendance", "Attendance")


class AttendancePanel(QWidget):
    checked_in = Signal(object)  # CheckedIn

    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.camera: BadgeCamera | None = None  # made when first asked for
        self.desk = WelcomeDesk()  # its own window, for a second screen at the door
        self.destroyed.connect(self.desk.deleteLater)
        layout = QVBoxLayout(self)

        scan = QHBoxLayout()
        self.camera_picker = QComboBox(self)
        self.camera_picker.setAccessibleName(translate("Attendance", "Camera"))
        self.camera_picker.setPlaceholderText(translate("Attendance", "No camera"))
        self.camera_button = QPushButton(translate("Attendance", "Start the camera"), self)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(translate("Attendance", "Code on the badge, e.g. K7M 2QP"))
        self.code.setAccessibleName(translate("Attendance", "Code on the badge"))
        self.code.setMaxLength(12)
        self.code_button = QPushButton(translate("Attendance", "Check in"), self)
        self.desk_button = QPushButton(translate("Attendance", "Welcome screen"), self)
        for widget in (
            self.camera_picker,
            self.camera_button,
            self.code,
            self.code_button,
            self.desk_button,
        ):
            scan.addWidget(widget)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.camera_status = QLabel(self)
        self.camera_status.setWordWrap(True)
        self.preview = CameraPreview(self)
        self.preview.hide()  # until a camera runs
        camera_row = QHBoxLayout()
        camera_row.addWidget(self.preview)
        camera_row.addWidget(self.camera_status, 1)

        self.counts = QLabel(self)
        self.counts.setObjectName("attendanceCounts")
        self.counts.setWordWrap(True)
        self.model = AttendanceModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(translate("Attendance", "Who is here"))

        actions = QHBoxLayout()
        self.arrive_button = QPushButton(translate("Attendance", "Mark arrived"), self)
        self.leave_button = QPushButton(translate("Attendance", "Mark departure"), self)
        self.certificate_button = QPushButton(
            translate("Attendance", "Attendance certificate…"), self
        )
        self.badge_button = QPushButton(translate("Attendance", "Print a badge…"), self)
        self.all_badges_button = QPushButton(translate("Attendance", "All badges…"), self)
        self.csv_button = QPushButton(translate("Attendance", "Export CSV…"), self)
        for button in (
            self.arrive_button,
            self.leave_button,
            self.certificate_button,
            self.badge_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.all_badges_button)
        actions.addWidget(self.csv_button)

        layout.addLayout(scan)
        layout.addLayout(camera_row)
        layout.addWidget(self.message)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.code.returnPressed.connect(self.check_in_typed)
        self.code_button.clicked.connect(self.check_in_typed)
        self.camera_button.clicked.connect(self.start_camera)
        self.desk_button.clicked.connect(self.show_desk)
        self.arrive_button.clicked.connect(lambda: self._on_selected(self.check_in_person))
        self.leave_button.clicked.connect(lambda: self._on_selected(self.check_out_person))
        self.files = AttendanceFiles(workshop, session_id, self, self.message.setText)
        self.certificate_button.clicked.connect(
            lambda: self._on_selected(self.files.ask_certificate)
        )
        self.csv_button.clicked.connect(self.files.ask_csv)
        self.badge_button.clicked.connect(lambda: self._on_selected(self.files.ask_badge))
        self.all_badges_button.clicked.connect(lambda: self.files.ask_badges(None))
        self.live = LiveEvents(workshop.hub, self)
        self._later = WhenShown(self, self.refresh)
        self.live.changed.connect(for_session(session_id, self._on_change))
        self.list_cameras()
        self._camera_watch = watch_cameras(self, self.list_cameras)
        Retranslation(self, self.retranslate)
        self.refresh()

    def retranslate(self) -> None:
        """After a language switch: every fixed text again; a running camera keeps running."""
        self.camera_picker.setAccessibleName(translate("Attendance", "Camera"))
        self.camera_picker.setPlaceholderText(translate("Attendance", "No camera"))
        self.camera_button.setText(translate("Attendance", "Start the camera"))
        self.code.setPlaceholderText(translate("Attendance", "Code on the badge, e.g. K7M 2QP"))
        self.code.setAccessibleName(translate("Attendance", "Code on the badge"))
        self.code_button.setText(translate("Attendance", "Check in"))
        self.desk_button.setText(translate("Attendance", "Welcome screen"))
        self.table.setAccessibleName(translate("Attendance", "Who is here"))
        self.arrive_button.setText(translate("Attendance", "Mark arrived"))
        self.leave_button.setText(translate("Attendance", "Mark departure"))
        self.certificate_button.setText(translate("Attendance", "Attendance certificate…"))
        self.badge_button.setText(translate("Attendance", "Print a badge…"))
        self.all_badges_button.setText(translate("Attendance", "All badges…"))
        self.csv_button.setText(translate("Attendance", "Export CSV…"))
        if self.camera_picker.count() == 0:
            self.camera_status.setText(BadgeCamera.no_camera_text())
        self.message.clear()  # the last check-in's message was in the other language
        self.refresh()

    # --- camera ---------------------------------------------------------------------------
    def list_cameras(self) -> None:
        self.camera_picker.clear()
        found = cameras()
        for device in found:
            self.camera_picker.addItem(device.description(), device)
        self.camera_picker.setEnabled(bool(found))
        self.camera_button.setEnabled(bool(found))
        if not found:
            self.camera_status.setText(BadgeCamera.no_camera_text())

    def start_camera(self) -> None:
        if self.camera is None:
            self.camera = BadgeCamera(self)
            self.camera.status.connect(self.camera_status.setText)
            self.camera.scanned.connect(self.check_in_scanned)
            self.camera.preview.connect(self.preview.show_frame)
        self.preview.show()
        self.camera.start(self.camera_picker.currentData())

    # --- checking in ----------------------------------------------------------------------
    def check_in_scanned(self, text: str, *, origin: Channel = Channel.KIOSK) -> CheckedIn | None:
        try:
            checked = check_in_badge(self.workshop, self.session_id, text, origin=origin)
        except RuleError as error:
            self.message.setText(self.refusal_text(error))
            self.desk.refuse(error)
            return None
        except (sqlite3.Error, StoreError):
            log.exception("a check-in could not be written")
            self.message.setText(
                translate("Attendance", "The check-in could not be saved. Please try again.")
            )
            return None
        name = labels.shown_name(checked.participant)
        self.message.setText(translate("Attendance", "{name} is checked in.").format(name=name))
        self.desk.welcome(checked)
        self.checked_in.emit(checked)
        return checked

    @staticmethod
    def refusal_text(error: RuleError) -> str:
        """Badge refusals in the facilitator's language; other rules as everywhere else."""
        if error.code.startswith("badge_") or error.code == "unknown_code":
            return voter_message(VoterLanguage(i18n.current_language()), error)
        return error_text(error)

    def check_in_typed(self) -> CheckedIn | None:
        text = self.code.text().strip()
        if not text:
            return None
        checked = self.check_in_scanned(text, origin=Channel.DESK)
        if checked is not None:
            self.code.clear()
        return checked

    def selected(self) -> Participant | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person(rows[0].row()) if rows else None

    def _on_selected(self, act: Callable[[Participant], None]) -> None:
        person = self.selected()
        if person is None:
            self.message.setText(translate("Attendance", "Choose someone in the list first."))
            return
        act(person)

    def check_in_person(self, person: Participant) -> None:
        try:
            self.workshop.roster.check_in(person.id, origin=Channel.DESK)
        except RuleError as error:
            show_error(self, error)
            return
        self.message.setText(
            translate("Attendance", "{name} is checked in.").format(
                name=labels.shown_name(person))
        )

    def check_out_person(self, person: Participant) -> None:
        try:
            self.workshop.roster.check_out(person.id)
        except RuleError as error:
            show_error(self, error)
            return
        self.message.setText(
            translate("Attendance", "{name} has left.").format(
                name=labels.shown_name(person))
        )

    # --- files ----------------------------------------------------------------------------
    def show_desk(self) -> WelcomeDesk:
        self.desk.resize(1024, 600)
        self.desk.show()
        self.desk.raise_()
        return self.desk

    # --- showing --------------------------------------------------------------------------
    def _on_change(self, event: ChangeEvent) -> None:
        if event.subject in (Subject.ATTENDANCE, Subject.PARTICIPANT, Subject.PHASE):
            self._later.changed()  # the whole roster read again: only while it is shown

    def refresh(self) -> None:
        people = self.workshop.roster.participants(self.session_id)
        attendance = self.workshop.roster.attendance(self.session_id)
        starts = [
            p.started_at for p in self.workshop.agenda.phases(self.session_id) if p.started_at
        ]
        selected = self.selected()
        late_after = (
            datetime.fromisoformat(min(starts)) + timedelta(minutes=LATE_GRACE_MINUTES)
            if starts
            else None
        )
        self.model.time_zone = self.workshop.sessions.get(self.session_id).time_zone
        self.model.set_roster(people, attendance, late_after)
        if selected is not None:
            for row, person in enumerate(self.model.people):
                if person.id == selected.id:
                    self.table.selectRow(row)
        here = [p for p in people if self.model.is_present(p)]
        parts = []
        for group in Group:
            total = sum(1 for p in people if p.group is group)
            if total:
                present = sum(1 for p in here if p.group is group)
                parts.append(
                    translate("Attendance", "{group}: {present} of {total}").format(
                        group=labels.group(group), present=present, total=total
                    )
                )
        self.counts.setText(
            translate("Attendance", "{present} present, {absent} not here").format(
                present=len(here), absent=len(people) - len(here)
            )
            + " — "
            + " · ".join(parts)
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.live.stop()
        if self.camera is not None:
            self.camera.stop()
        self.desk.close()
        super().closeEvent(event)
