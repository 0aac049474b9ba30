"""Token buckets kept in memory: per address and per participant, forgotten when idle."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from app.portal.config import Rate

MAX_KEYS = 20_000  # a bound on memory, whatever a flood of addresses does


class RateLimiter:
    """``take(key)`` returns 0 when allowed, else the seconds to wait."""

    def __init__(self, rate: Rate, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)

    def take(self, key: str) -> int:
        now = self.clock()
        tokens, at = self._buckets.get(key, (float(self.rate.burst), now))
        tokens = min(float(self.rate.burst), tokens + (now - at) * self.rate.per_second)
        if tokens < 1.0:
            self._buckets[key] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / self.rate.per_second))
        if len(self._buckets) >= MAX_KEYS and key not in self._buckets:
            self._forget_full(now)
        self._buckets[key] = (tokens - 1.0, now)
        return 0

    def _forget_full(self, now: float) -> None:
        """Drop buckets that have refilled (they hold nothing worth remembering)."""
        refill = self.rate.burst / self.rate.per_second
        self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < refill}
        if len(self._buckets) >= MAX_KEYS:
            self._buckets.clear()
