"""A round's optional timer: how long is left, from when it opened."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.model import RoundStatus, VoteRound
from app.ui.labels import format_clock


def seconds_left(vote_round: VoteRound, now: datetime | None = None) -> float | None:
    if vote_round.timer_minutes is None or vote_round.status is not RoundStatus.OPEN:
        return None
    if vote_round.opened_at is None:
        return None
    opened = datetime.fromisoformat(vote_round.opened_at)
    if opened.tzinfo is None:
        opened = opened.replace(tzinfo=UTC)
    moment = now or datetime.now(UTC)
    return vote_round.timer_minutes * 60 - (moment - opened).total_seconds()


def clock_text(vote_round: VoteRound, now: datetime | None = None) -> str:
    left = seconds_left(vote_round, now)
    return "" if left is None else format_clock(max(0.0, left))
