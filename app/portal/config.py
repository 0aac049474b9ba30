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
    """A checked-in phone is limited as a participant, never by its address: a whole room
    behind one venue Wi-Fi address votes at once. Only phones not checked in (yet) share their
    address's limits: every API request, check-in attempts, and new walk-ins while a vote is
    open (a phone clearing its cookies is still the same address)."""

    per_address: Rate = field(default_factory=lambda: Rate(20.0, 60))
    checkin_per_address: Rate = field(default_factory=lambda: Rate(0.5, 10))
    # People joining "as someone new" from one address while a round is open: a family on one
    # Wi-Fi joins at once, then one more a minute; a phone that keeps clearing its cookies does
    # not become a room of voters. (Badge holders claim their roster entry: not counted here.)
    walk_ins_per_address: Rate = field(default_factory=lambda: Rate(1 / 60, 5))
    per_participant: Rate = field(default_factory=lambda: Rate(20.0, 60))  # every API request
    writes_per_participant: Rate = field(default_factory=lambda: Rate(5.0, 30))


@dataclass(frozen=True)
class DoorLimits:
    """How long a connection may stay without a request, how long a request may take to
    arrive, and how many connections one address may hold (phones behind one venue Wi-Fi
    address share it: the oldest idle ones make room before anyone is turned away)."""

    idle_seconds: float = 30.0  # no request (or only part of its headers) for this long: closed
    request_seconds: float = 10.0  # a request body still arriving after this: 408, closed
    # Connections of one address (a whole room behind one NAT: a stream and a request or two
    # per phone); lowered to three quarters of what the open-file limit leaves.
    per_address: int = 4096


@dataclass(frozen=True)
class PortalConfig:
    session_id: int
    host: str
    port: int
    limits: RateLimits = field(default_factory=RateLimits)
    door: DoorLimits = field(default_factory=DoorLimits)
    group_commit: bool = True  # phones' operations a few ms apart share one COMMIT
    group_window: float = 0.0  # seconds the first waits for others (0: the same loop turn)
