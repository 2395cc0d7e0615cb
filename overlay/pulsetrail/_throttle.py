"""Client-side rate limiting: the `Limiter` interface, the in-memory `RateLimiter`, and `CoordinationError`.

The schedule is decided by a small sans-I/O core (`Schedule`: "leave at time T", given the clock) and carried out by
thin shells that sleep until then: `RateLimiter` here (asyncio), `SyncRateLimiter` in `_sync` (`time.sleep` under
a lock). `pulsetrail.redis` holds the fleet-wide implementations of the same interface, async and sync (the same
rule, kept in Redis by one Lua script).
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from typing import Protocol, runtime_checkable

from ._exceptions import PulsetrailError

__all__ = ["CoordinationError", "Limiter", "RateLimiter", "Schedule"]


@runtime_checkable
class Limiter(Protocol):
    """What a client needs from a rate limiter: `await acquire()` returns when one request may leave.

    Implemented by `RateLimiter` (one process) and `pulsetrail.redis.RedisRateLimiter` (every process sharing an
    account). Pass either as `A360(rate_limiter=...)` or `ActiveTrail(rate_limiter=...)`; every attempt of every
    request (the token request and retries included) acquires once.
    """

    rate: float  # requests per second
    burst: int  # requests that may leave at once after a quiet spell

    async def acquire(self) -> None: ...


class CoordinationError(PulsetrailError):
    """The shared state that coordinates processes (the Redis rate limiter or token store) did not answer within its
    bounded wait, or answered with an error. The request was not sent: it is safe to repeat it later."""

    def __init__(self, message: str, *, backend: str = "redis") -> None:
        self.backend = backend
        super().__init__(message)


class Schedule:
    """The throttle's decision, without I/O: when may the next request leave?

    `next_release(now)` answers with the planned release time; the shell waits until then and reports the real
    release time with `record(planned, released)`. Requests are planned one every `(1 + margin) / rate` seconds
    (`burst` of them may leave at once after a quiet spell), and never more than `rate` within `1 + margin` seconds
    of their real release times, so a late wake-up cannot bunch requests up.
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
        self.window = 1.0 + margin
        self.interval = self.window / rate
        per_window = max(1, math.floor(rate))
        self._scheduled: deque[float] = deque(maxlen=burst)  # planned release times of the last `burst` requests
        self._released: deque[float] = deque(maxlen=per_window)  # real release times of the last `rate` requests

    def next_release(self, now: float) -> tuple[float, float]:
        """(planned slot, release time) for a request asking at `now`; the release time may be later than the slot
        when the last `rate` real releases fill the window."""
        scheduled = now
        if len(self._scheduled) == self._scheduled.maxlen:
            scheduled = max(now, self._scheduled[0] + self.burst * self.interval)
        release = scheduled
        if len(self._released) == self._released.maxlen:
            release = max(release, self._released[0] + self.window)
        return scheduled, release

    def record(self, scheduled: float, released: float) -> None:
        self._scheduled.append(scheduled)
        self._released.append(released)


class RateLimiter:
    """At most `rate` requests per second in one process, spaced out, so that a server counting requests in any
    one-second window never sees more than `rate`.

    Requests are released on a schedule of one every `(1 + margin) / rate` seconds (`burst` lets that many go at once
    after a quiet spell: 2 by default, so that a token request and the call it serves leave together), and never
    more than `rate` within `1 + margin` seconds of their real release times: a wake-up the event loop delays cannot
    bunch requests up, and the schedule does not drift with such delays. The margin (2 %) leaves 20 ms per one-second
    window for connection set-up and the network to bunch arrivals up (10 ms was measured too little on loopback
    under load), for a rate 2 % under the limit.
    A larger burst on top of the steady rate is what windowed server limits refuse; the window check prevents that.
    """

    def __init__(self, rate: float, burst: int = 2, margin: float = 0.02) -> None:
        self._schedule = Schedule(rate, burst, margin)
        self.rate = rate
        self.burst = burst
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        # The wait happens under the lock: requests leave in arrival order, and a cancelled waiter releases the lock
        # (and its turn) on the way out, leaving nothing behind.
        async with self._lock:
            now = time.monotonic()
            scheduled, release = self._schedule.next_release(now)
            if release > now:
                await asyncio.sleep(release - now)
            self._schedule.record(scheduled, time.monotonic())

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate!r}, burst={self.burst!r})"
