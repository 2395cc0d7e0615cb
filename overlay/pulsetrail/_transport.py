"""The transport every pulsetrail request goes through: throttle, retry, and typed errors.

It wraps the real transport (or a caller's `httpx.AsyncClient`), so it serves the generated functions as much as
the hand-written helpers. Auth runs outside it (an `httpx.Auth` flow), which is why a 401 passes through untouched:
the auth flow refreshes the token once and raises `AuthenticationError` itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

import httpx

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseParseError,
    error_name_of,
    status_error_class,
)
from ._retry import RetryPolicy
from ._throttle import Limiter

__all__ = ["DEFAULT_MAX_IN_FLIGHT", "ErrorClassifier", "PulsetrailTransport"]

logger = logging.getLogger("pulsetrail")

#: requests one client sends at once (its connection pool holds as many connections). More is slower, not faster,
#: on a busy client: httpcore's pool does O(connections^2) work per request (encode/httpcore#1035), so 1000 calls at
#: once cost about 8 ms each over 100 connections against 2 ms over 32 (make bench); 32 in flight still carry 160
#: requests/s at a 200 ms round trip.
DEFAULT_MAX_IN_FLIGHT = 32

#: picks the exception class for an error response (read); each API adds its own meanings (A360's 404 = no data)
ErrorClassifier = Callable[[httpx.Response], type[APIStatusError]]


def default_classifier(response: httpx.Response) -> type[APIStatusError]:
    return status_error_class(response.status_code, error_name_of(response))


class _CheckedResponse(httpx.Response):
    """A success response whose `json()` raises `ResponseParseError` instead of a bare `JSONDecodeError`, so that a
    truncated body, an HTML page from a proxy or an empty body surfaces as a pulsetrail error wherever the generated
    code parses it."""

    def json(self, **kwargs: Any) -> Any:
        try:
            return super().json(**kwargs)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
            raise ResponseParseError("the response body is not valid JSON", response=self, cause=exc) from exc


class PulsetrailTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | httpx.AsyncClient,
        *,
        retry: RetryPolicy,
        limiter: Limiter | None,
        classify: ErrorClassifier = default_classifier,
        passthrough: frozenset[int] = frozenset({401}),
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
    ) -> None:
        if max_in_flight < 1:
            raise ValueError(f"max_in_flight={max_in_flight!r}: must be >= 1")
        self._inner = inner
        self._retry = retry
        self._limiter = limiter
        self._classify = classify
        self._passthrough = passthrough
        self._in_flight = asyncio.Semaphore(max_in_flight)

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        # At most `max_in_flight` requests wait for their response headers at once; the others queue here, in
        # order. Queued in httpcore's pool instead, each of 1000 concurrent calls costs about 1 ms more: the pool
        # rescans its whole queue against every connection whenever a request starts or ends.
        async with self._in_flight:
            if self._limiter is not None:
                await self._limiter.acquire()
            if isinstance(self._inner, httpx.AsyncClient):
                return await self._inner.send(request)
            response = await self._inner.handle_async_request(request)
        response.request = request
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retry = self._retry
        attempt = 0
        while True:
            attempt += 1
            retries_left = attempt <= retry.max_retries
            try:
                response = await self._send_once(request)
            except httpx.TransportError as exc:
                if retries_left and retry.should_retry_error(request, exc):
                    await self._wait(request, attempt, retry.delay(attempt - 1), type(exc).__name__)
                    continue
                kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
                raise kind(f"{type(exc).__name__}: {exc}", request=request, attempts=attempt) from exc

            status = response.status_code
            if status < 400:
                response.__class__ = _CheckedResponse  # the same object, only a stricter json(): nothing is copied
                return response
            if status in self._passthrough:
                return response
            if retries_left and retry.should_retry_status(request, status):
                delay = retry.delay(attempt - 1, response)
                if delay is not None:
                    await response.aclose()
                    await self._wait(request, attempt, delay, str(status))
                    continue
            with contextlib.suppress(httpx.TransportError):  # a body that broke off: the status still tells
                await response.aread()
            raise self._classify(response)(response, attempts=attempt)

    async def _wait(self, request: httpx.Request, attempt: int, delay: float | None, reason: str) -> None:
        seconds = delay or 0.0
        logger.info(
            "pulsetrail: retrying %s %s after %s in %.2fs (attempt %d of %d)",
            request.method,
            request.url.copy_with(query=None),
            reason,
            seconds,
            attempt + 1,
            self._retry.max_retries + 1,
        )
        await asyncio.sleep(seconds)

    async def aclose(self) -> None:
        if not isinstance(self._inner, httpx.AsyncClient):  # a caller's client is the caller's to close
            await self._inner.aclose()
