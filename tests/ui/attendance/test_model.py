"""The attendance table shows arrival and departure in the session's time zone."""

from __future__ import annotations

from app.ui.attendance.model import local_time


def test_times_in_the_sessions_zone() -> None:
    assert local_time("2026-11-14T08:05:00+00:00", "Europe/Paris") == "09:05"
    assert local_time("2026-11-14T08:05:00+00:00", "America/Sao_Paulo") == "05:05"
    assert local_time(None, "Europe/Paris") == ""
