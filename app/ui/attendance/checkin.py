"""Checking someone in from what the camera read or what they typed: one plain function, shared
by the attendance panel, the welcome desk and the check-in benchmark."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.badge_tokens import identify
from app.core.model import Attendance, Channel, Participant
from app.core.workshop import Workshop


@dataclass(frozen=True)
class CheckedIn:
    participant: Participant
    attendance: Attendance
    returning: bool  # was already here, or came back after leaving


def check_in_badge(
    workshop: Workshop, session_id: int, scanned_or_typed: str, *, origin: Channel = Channel.KIOSK
) -> CheckedIn:
    """Identify (signed badge or short code) and record the arrival; RuleError if refused."""
    person = identify(workshop, session_id, scanned_or_typed)
    before = workshop.roster.attendance(session_id).get(person.id)
    attendance = workshop.roster.check_in(person.id, origin=origin)
    return CheckedIn(person, attendance, returning=before is not None)
