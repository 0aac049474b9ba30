"""The attendance panel's files: certificates, badges, CSV — each asked for with a save
dialog, written, and reported in one line of the panel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.clock import now_iso
from app.core.errors import RuleError
from app.core.model import Participant
from app.core.time_zones import today
from app.core.workshop import Workshop
from app.minutes.badges import badges_for, write_badges
from app.minutes.certificate import certificate_facts, write_certificate
from app.ui.attendance.export import write_attendance_csv
from app.ui.counts import counts
from app.ui.folders import in_documents
from app.ui.messages import show_error
from app.ui.minutes.certificate_name_dialog import ask_certificate_name

translate = QCoreApplication.translate


class AttendanceFiles:
    def __init__(
        self, workshop: Workshop, session_id: int, parent: QWidget, say: Callable[[str], None]
    ) -> None:
        self.workshop = workshop
        self.session_id = session_id
        self.parent = parent
        self.say = say

    def write_certificate_for(self, person: Participant, path: Path, name: str = "") -> None:
        """``name``: typed for this certificate only (someone known by a pseudonym)."""
        facts = certificate_facts(self.workshop, person.id, until=now_iso(), name=name)
        write_certificate(path, facts, today(facts.time_zone))  # the date where the Lab is

    def ask_certificate(self, person: Participant) -> None:
        typed = ""
        if not person.display_name:
            asked = ask_certificate_name(person.pseudonym, self.parent)
            if asked is None:
                return
            typed = asked
        name = "".join(ch for ch in (typed or person.shown_name) if ch.isalnum()) or "participant"
        path, _ = QFileDialog.getSaveFileName(
            self.parent,
            translate("Attendance", "Save the attendance certificate"),
            in_documents(f"certificate-{name}.pdf"),
            translate("Attendance", "PDF files (*.pdf)"),
        )
        if not path:
            return
        try:
            self.write_certificate_for(person, Path(path), typed)
        except RuleError as error:
            show_error(self.parent, error)
            return
        except OSError as error:
            self.say(
                translate("Attendance", "Could not write the file: {detail}").format(
                    detail=error.strerror or str(error)
                )
            )
            return
        self.say(translate("Attendance", "Certificate saved: {path}").format(path=path))

    def export_csv(self, path: Path) -> int:
        return write_attendance_csv(
            path,
            self.workshop.roster.participants(self.session_id),
            self.workshop.roster.attendance(self.session_id),
            self.workshop.sessions.get(self.session_id).time_zone,
        )

    def write_badges_to(self, path: Path, people: list[Participant] | None) -> int:
        """The badge sheet for ``people`` (everyone when None); returns the pages written."""
        session = self.workshop.sessions.get(self.session_id)
        return write_badges(path, badges_for(self.workshop, self.session_id, people), session.title)

    def ask_badge(self, person: Participant) -> None:
        self.ask_badges([person])

    def ask_badges(self, people: list[Participant] | None) -> None:
        """A badge for someone who arrived without one, or the whole sheet."""
        path, _ = QFileDialog.getSaveFileName(
            self.parent,
            translate("Attendance", "Save the badges"),
            in_documents("badges.pdf"),
            translate("Attendance", "PDF files (*.pdf)"),
        )
        if not path:
            return
        try:
            self.write_badges_to(Path(path), people)
        except OSError as error:
            self.say(
                translate("Attendance", "Could not write the file: {detail}").format(
                    detail=error.strerror or str(error)
                )
            )
            return
        self.say(translate("Attendance", "Badges saved: {path}").format(path=path))

    def ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent,
            translate("Attendance", "Export attendance"),
            in_documents("attendance.csv"),
            translate("Attendance", "CSV files (*.csv)"),
        )
        if not path:
            return
        try:
            rows = self.export_csv(Path(path))
        except OSError as error:
            self.say(
                translate("Attendance", "Could not write the file: {detail}").format(
                    detail=error.strerror or str(error)
                )
            )
            return
        self.say(
            counts().exported(rows).format(path=path)
        )
