"""The attendance CSV: times in the session's own zone, with their offset."""

from __future__ import annotations

from app.core.model import Attendance, Channel, Group, Participant
from app.ui.attendance.export import attendance_rows


def test_times_are_in_the_sessions_zone() -> None:
    person = Participant(id=1, session_id=1, pseudonym="Blue Heron", display_name="",
                         group=Group.NEWCOMER, actor_type=None, language="fr",
                         consent_given=False, named_in_minutes=False, short_code="K7M2",
                         removed=False)
    seen = Attendance(participant_id=1, arrived_at="2026-11-14T08:05:00.123+00:00",
                      left_at="2026-07-14T15:30:00+00:00", channel=Channel.DESK)
    (row,) = attendance_rows([person], {1: seen}, "Europe/Paris")
    assert row[4:6] == ("2026-11-14T09:05:00+01:00", "2026-07-14T17:30:00+02:00")
    (in_kabul,) = attendance_rows([person], {1: seen}, "Asia/Kabul")
    assert in_kabul[4] == "2026-11-14T12:35:00+04:30"
