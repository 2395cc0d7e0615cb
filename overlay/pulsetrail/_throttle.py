"""A client-side rate limiter shared by every task that uses one client."""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque

__all__ = ["RateLimiter"]


class RateLimiter:
    """At most `rate` requests per second, spaced out, so that a server counting requests in any one-second
    window never sees more than `rate`.

    Requests are released on a schedule of one every `(1 + margin) / rate` seconds (`burst` lets that many go at once
    after a quiet spell: 2 by default, so that a token request and the call it serves leave together), and never
    more than `rate` within `1 + margin` seconds of their real release times: a wake-up the event loop delays cannot
    bunch requests up, and the schedule does not drift with such delays. The margin (2 %) leaves 20 ms per one-second
    window for connection set-up and the network to bunch arrivals up (10 ms was measured too little on loopback
    under load), for a rate 2 % under the limit.
    A larger burst on top of the steady rate is what windowed server limits refuse; the window check prevents that.
    """

    def __init__(self, rate: float, burst: int = 2, margin: float = 0.02) -> None:
        if rate <= 0:
            raise ValueError(f"rate={rate!r}: must be > 0 requests per second")
        if burst < 1:
            raise ValueError(f"burst={burst!r}: must be >= 1")
        if not 0 <= margin < 0.5:
            raise ValueError(f"margin={margin!r}: must be between 0 and 0.5")
        self.rate = rate
        self.burst = burst
        self._window = 1.0 + margin
        self._interval = self._window / rate
        per_window = max(1, math.floor(rate))
        self._scheduled: deque[float] = deque(maxlen=burst)  # planned release times of the last `burst` requests
        self._released: deque[float] = deque(maxlen=per_window)  # real release times of the last `rate` requests
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        # The wait happens under the lock: requests leave in arrival order, and a cancelled waiter releases the lock
        # (and its turn) on the way out, leaving nothing behind.
        async with self._lock:
            now = time.monotonic()
            scheduled = now
            if len(self._scheduled) == self._scheduled.maxlen:
                scheduled = max(now, self._scheduled[0] + self.burst * self._interval)
            release = scheduled
            if len(self._released) == self._released.maxlen:
                release = max(release, self._released[0] + self._window)
            if release > now:
                await asyncio.sleep(release - now)
            self._scheduled.append(scheduled)
            self._released.append(time.monotonic())

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate!r}, burst={self.burst!r})"
