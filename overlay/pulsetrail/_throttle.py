"""A client-side rate limiter shared by every task that uses one client."""

from __future__ import annotations

import asyncio
import time

__all__ = ["RateLimiter"]


class RateLimiter:
    """A token bucket: at most `rate` requests per second on average, bursts of up to `burst` (default: `rate`).

    Each caller reserves its slot under a lock and sleeps outside it, so waiting tasks queue in arrival order and a
    cancelled waiter never holds the lock.
    """

    def __init__(self, rate: float, burst: int | None = None) -> None:
        if rate <= 0:
            raise ValueError(f"rate={rate!r}: must be > 0 requests per second")
        self.rate = rate
        self.burst = burst if burst is not None else max(int(rate), 1)
        if self.burst < 1:
            raise ValueError(f"burst={burst!r}: must be >= 1")
        self._tokens = float(self.burst)
        self._updated = time.monotonic()
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        async with self._lock:
            now = time.monotonic()
            self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
            self._updated = now
            self._tokens -= 1
            wait = -self._tokens / self.rate if self._tokens < 0 else 0.0
        if wait > 0:
            await asyncio.sleep(wait)

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate!r}, burst={self.burst!r})"
