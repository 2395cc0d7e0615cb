"""The retry policy both clients share: which failures to retry, and how long to wait."""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass, field

import httpx

__all__ = ["RetryPolicy"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries with exponential backoff and jitter, honouring `Retry-After`.

    Retried: connection failures (a body that broke off while being read included); 408, 429 and 5xx answers;
    timeouts. Never retried: a request httpx refuses to send as built (`LocalProtocolError`). A request whose
    method is not idempotent (POST) is retried only when it certainly did not reach the server (a failed connect, or
    a 429 that refused it), unless `retry_non_idempotent` is set.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    #: a server asking for a longer wait than this is not waited for: the error is raised instead
    max_retry_after: float = 60.0
    retry_non_idempotent: bool = False
    retry_statuses: frozenset[int] = field(default=frozenset({408, 429, 500, 502, 503, 504}))

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries={self.max_retries!r}: must be >= 0")

    def should_retry_status(self, request: httpx.Request, status_code: int) -> bool:
        if status_code not in self.retry_statuses:
            return False
        # A 429 means the server refused the request without acting on it: safe to repeat even for a POST.
        return status_code == 429 or self._may_repeat(request)

    def should_retry_error(self, request: httpx.Request, error: httpx.TransportError) -> bool:
        if isinstance(error, httpx.LocalProtocolError):  # the request itself cannot be sent: it never will be
            return False
        never_sent = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
        return never_sent or self._may_repeat(request)

    def _may_repeat(self, request: httpx.Request) -> bool:
        return self.retry_non_idempotent or request.method in IDEMPOTENT_METHODS

    def delay(self, retry_number: int, response: httpx.Response | None = None) -> float | None:
        """Seconds to wait before retry number `retry_number` (0-based); None if the server asks for too long."""
        if response is not None:
            asked = _retry_after(response)
            if asked is not None:
                return asked if asked <= self.max_retry_after else None
        backoff = min(self.initial_delay * 2.0**retry_number, self.max_delay)
        return backoff * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not cryptography


def _retry_after(response: httpx.Response) -> float | None:
    """`retry-after-ms`, else `Retry-After` in seconds or as an HTTP date; None when absent or unreadable."""
    value = response.headers.get("retry-after-ms")
    if value is not None:
        try:
            return max(float(value) / 1000, 0.0)
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    seconds: float = when.timestamp() - time.time()
    return max(seconds, 0.0)
