"""Attendance as CSV for the organisers: chosen name (or pseudonym), group, arrival, departure.

Times are in the session's time zone, with their offset (2026-11-14T09:05:00+01:00).

Cells that a spreadsheet would run as a formula are defused with a leading apostrophe.
"""

from __future__ import annotations

import csv
from pathlib import Path

from app.core.model import Attendance, Participant
from app.core.time_zones import FALLBACK, local_iso

HEADER = ("name", "group", "language", "present", "arrived_at", "left_at", "checked_in_by")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def attendance_rows(
    people: list[Participant], attendance: dict[int, Attendance], time_zone: str = FALLBACK
) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for person in people:
        seen = attendance.get(person.id)
        rows.append(
            (
                safe_cell(person.shown_name),
                person.group.value,
                person.language,
                "yes" if seen is not None and seen.left_at is None else "no",
                local_iso(seen.arrived_at, time_zone) if seen else "",
                local_iso(seen.left_at, time_zone) if seen else "",
                seen.channel.value if seen else "",
            )
        )
    return rows


def write_attendance_csv(
    path: Path | str,
    people: list[Participant],
    attendance: dict[int, Attendance],
    time_zone: str = FALLBACK,
) -> int:
    """Write the file (UTF-8 with BOM, so spreadsheets read Arabic names); returns rows."""
    rows = attendance_rows(people, attendance, time_zone)
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return len(rows)
