"""Time zones: times are stored in UTC and shown in the session's own zone (an IANA name).

Windows has no zone database of its own; the ``tzdata`` package gives ``zoneinfo`` one there.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from app.core.errors import RuleError

FALLBACK = "UTC"


def is_zone(name: str) -> bool:
    if not name or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def check_zone(name: object) -> str:
    """The zone name as stored, or a RuleError a person can read."""
    value = str(name).strip()
    if not is_zone(value):
        raise RuleError("bad_value", field="time_zone", value=name)
    return value


@cache
def local_zone_name() -> str:
    """This computer's zone, best effort without Qt: $TZ, then /etc/localtime, else UTC.

    The desktop asks Qt instead (it knows Windows' zone too) and passes the name in.
    """
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        if name and is_zone(name):
            return name
    return FALLBACK


@cache
def zone_names() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name if is_zone(name) else FALLBACK)


def in_zone(iso: str, name: str) -> datetime:
    """A stored UTC time (ISO 8601) in the named zone."""
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone(name))


def clock(iso: str | None, name: str) -> str:
    """HH:MM in the zone, or an em dash when there is no time."""
    if not iso:
        return "—"
    try:
        return in_zone(iso, name).strftime("%H:%M")
    except ValueError:
        return "—"


def local_iso(iso: str | None, name: str) -> str:
    """The time with its offset in the zone (2026-05-12T09:05:00+02:00), for files."""
    if not iso:
        return ""
    return in_zone(iso, name).replace(microsecond=0).isoformat()


def today(name: str) -> str:
    """Today's date where the session is."""
    return datetime.now(zone(name)).date().isoformat()
