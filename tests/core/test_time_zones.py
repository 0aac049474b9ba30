"""Stored UTC, shown in the session's zone."""

from __future__ import annotations

import pytest

from app.core.errors import RuleError
from app.core.time_zones import check_zone, clock, in_zone, is_zone, local_iso, local_zone_name


def test_zone_names_are_checked() -> None:
    assert check_zone(" Europe/Paris ") == "Europe/Paris"
    for bad in ("", "Mars/Olympus", "../etc/passwd", "/etc/localtime"):
        assert not is_zone(bad)
    with pytest.raises(RuleError):
        check_zone("Europe/Lyon")
    assert is_zone(local_zone_name())


def test_times_in_a_zone_follow_summer_time() -> None:
    assert clock("2026-01-10T13:00:00+00:00", "Europe/Paris") == "14:00"
    assert clock("2026-07-10T13:00:00+00:00", "Europe/Paris") == "15:00"
    assert clock(None, "Europe/Paris") == "—"
    assert clock("not a time", "Europe/Paris") == "—"
    assert in_zone("2026-07-10T13:00:00", "Asia/Kabul").hour == 17  # naive means UTC
    assert local_iso("2026-07-10T13:00:00.5+00:00", "Europe/Kyiv") == "2026-07-10T16:00:00+03:00"
    assert local_iso(None, "Europe/Kyiv") == ""
