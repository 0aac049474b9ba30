"""The roster with attendance, as a table: name, group, language, arrived, left, present."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.core.model import Attendance, Participant
from app.core.time_zones import clock
from app.ui import labels
from app.ui.table_model import Index, RecordTable

translate = QCoreApplication.translate


def local_time(iso: str | None, zone: str = "") -> str:
    """HH:MM in the session's zone (this computer's when none is given)."""
    if not iso:
        return ""
    if zone:
        return clock(iso, zone)
    return datetime.fromisoformat(iso).astimezone().strftime("%H:%M")


class AttendanceModel(RecordTable[Participant]):
    NAME, GROUP, LANGUAGE, ARRIVED, LEFT, PRESENT = range(6)
    numbered_rows = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.attendance: dict[int, Attendance] = {}
        self.late_after: datetime | None = None  # the session's start, plus a grace period
        self.time_zone = ""  # the session's, for the times shown

    def set_roster(
        self,
        people: list[Participant],
        attendance: dict[int, Attendance],
        late_after: datetime | None = None,
    ) -> None:
        self.attendance = dict(attendance)
        self.late_after = late_after
        self.replace_rows(people)

    @property
    def people(self) -> list[Participant]:
        return self.rows

    def person(self, row: int) -> Participant | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def is_present(self, person: Participant) -> bool:
        seen = self.attendance.get(person.id)
        return seen is not None and seen.left_at is None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.record(index)
        if person is None:
            return None
        seen = self.attendance.get(person.id)
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NAME:
            return labels.shown_name(person)
        if column == self.GROUP:
            return labels.group(person.group)
        if column == self.LANGUAGE:
            return labels.language(person.language)
        if column == self.ARRIVED:
            if seen is None:
                return ""
            late = (
                self.late_after is not None
                and datetime.fromisoformat(seen.arrived_at) > self.late_after
            )
            text = local_time(seen.arrived_at, self.time_zone)
            return translate("Attendance", "{time} (late)").format(time=text) if late else text
        if column == self.LEFT:
            return local_time(seen.left_at, self.time_zone) if seen else ""
        if column == self.PRESENT:
            if seen is None:
                return translate("Attendance", "Absent")
            return (
                translate("Attendance", "Left early")
                if seen.left_at
                else translate("Attendance", "Present")
            )
        return None

    def headers(self) -> list[str]:
        return [
            translate("Attendance", "Name"),
            translate("Attendance", "Group"),
            translate("Attendance", "Language"),
            translate("Attendance", "Arrived"),
            translate("Attendance", "Left"),
            translate("Attendance", "Here"),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
