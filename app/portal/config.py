"""What a running portal needs to know: where it listens, for which session, how strict it is."""

from __future__ import annotations

from dataclasses import dataclass, field

BODY_LIMIT = 16 * 1024  # bytes of one request body; a note is at most 280 characters
CLIENT_KEY_MIN = 16
CLIENT_KEY_MAX = 64

PARTICIPANT_COOKIE = "rt_p"
CSRF_COOKIE = "rt_csrf"
CSRF_HEADER = "X-CSRF-Token"


@dataclass(frozen=True)
class Rate:
    """A token bucket: ``per_second`` refill, at most ``burst`` requests at once."""

    per_second: float
    burst: int


@dataclass(frozen=True)
class RateLimits:
    """Per address (every API request; check-in attempts apart) and per participant (writes)."""

    per_address: Rate = field(default_factory=lambda: Rate(20.0, 60))
    checkin_per_address: Rate = field(default_factory=lambda: Rate(0.5, 10))
    writes_per_participant: Rate = field(default_factory=lambda: Rate(5.0, 30))


@dataclass(frozen=True)
class PortalConfig:
    session_id: int
    host: str
    port: int
    limits: RateLimits = field(default_factory=RateLimits)
    group_commit: bool = True  # phones' operations a few ms apart share one COMMIT
    group_window: float = 0.0  # seconds the first waits for others (0: the same loop turn)
