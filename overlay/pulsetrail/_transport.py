"""The transport every pulsetrail request goes through: throttle, retry, and typed errors.

It wraps the real transport (or a caller's `httpx.AsyncClient`), so it serves the generated functions as much as
the hand-written helpers. Auth runs outside it (an `httpx.Auth` flow), which is why a 401 passes through untouched:
the auth flow refreshes the token once and raises `AuthenticationError` itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import threading
import time
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

__all__ = [
    "DEFAULT_MAX_IN_FLIGHT",
    "ErrorClassifier",
    "PulsetrailTransport",
    "SyncPulsetrailTransport",
    "TransportCore",
]

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


#: the verdict on an answer: hand it back, raise its typed error, or retry after this many seconds
RETURN = "return"
RAISE = "raise"


class TransportCore:
    """The transport's decisions, without I/O, shared by the async and the sync transport: which failures are retried
    after how long (from the `RetryPolicy`), what error a failure raises, what an answer becomes."""

    #: the bound on requests in flight of the shell's kind (`asyncio.Semaphore`, `threading.BoundedSemaphore`)
    _semaphore: Callable[[int], Any]

    def __init__(
        self,
        inner: Any,
        *,
        retry: RetryPolicy,
        limiter: Any,
        classify: ErrorClassifier = default_classifier,
        passthrough: frozenset[int] = frozenset({401}),
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
    ) -> None:
        """`inner`: the real transport, or a caller's client (of the shell's kind: async or sync)."""
        if max_in_flight < 1:
            raise ValueError(f"max_in_flight={max_in_flight!r}: must be >= 1")
        self._inner = inner
        self._in_flight = type(self)._semaphore(max_in_flight)
        self._retry = retry
        self._limiter = limiter
        self._classify = classify
        self._passthrough = passthrough

    def _after_error(self, request: httpx.Request, attempt: int, exc: httpx.TransportError) -> float:
        """Seconds to wait before retrying a request that failed in transport; raises the typed error when final."""
        retry = self._retry
        if attempt <= retry.max_retries and retry.should_retry_error(request, exc):
            return self._retrying(request, attempt, retry.delay(attempt - 1), type(exc).__name__)
        kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        raise kind(f"{type(exc).__name__}: {exc}", request=request, attempts=attempt) from exc

    def _after_response(self, request: httpx.Request, attempt: int, response: httpx.Response) -> str | float:
        """RETURN (a success, its json() now raising ResponseParseError, or a passed-through status), RAISE (read the
        body, then raise `_error`), or the seconds to wait before retrying."""
        status = response.status_code
        if status < 400:
            response.__class__ = _CheckedResponse  # the same object, only a stricter json(): nothing is copied
            return RETURN
        if status in self._passthrough:
            return RETURN
        retry = self._retry
        if attempt <= retry.max_retries and retry.should_retry_status(request, status):
            delay = retry.delay(attempt - 1, response)
            if delay is not None:
                return self._retrying(request, attempt, delay, str(status))
        return RAISE

    def _error(self, response: httpx.Response, attempt: int) -> APIStatusError:
        return self._classify(response)(response, attempts=attempt)

    def _retrying(self, request: httpx.Request, attempt: int, delay: float | None, reason: str) -> float:
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
        return seconds


class PulsetrailTransport(TransportCore, httpx.AsyncBaseTransport):
    """The async shell of `TransportCore` (`inner`: an `httpx.AsyncBaseTransport` or a caller's `httpx.AsyncClient`)."""

    _semaphore = asyncio.Semaphore
    _inner: httpx.AsyncBaseTransport | httpx.AsyncClient
    _in_flight: asyncio.Semaphore
    _limiter: Limiter | None

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
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._send_once(request)
            except httpx.TransportError as exc:
                await asyncio.sleep(self._after_error(request, attempt, exc))
                continue
            verdict = self._after_response(request, attempt, response)
            if verdict == RETURN:
                return response
            if verdict == RAISE:
                with contextlib.suppress(httpx.TransportError):  # a body that broke off: the status still tells
                    await response.aread()
                raise self._error(response, attempt)
            await response.aclose()
            await asyncio.sleep(float(verdict))

    async def aclose(self) -> None:
        if not isinstance(self._inner, httpx.AsyncClient):  # a caller's client is the caller's to close
            await self._inner.aclose()


class SyncPulsetrailTransport(TransportCore, httpx.BaseTransport):
    """The sync shell of `TransportCore` (`inner`: an `httpx.BaseTransport` or a caller's `httpx.Client`;
    thread-safe: one may serve many threads)."""

    _semaphore = threading.BoundedSemaphore
    _inner: httpx.BaseTransport | httpx.Client
    _in_flight: threading.BoundedSemaphore

    def _send_once(self, request: httpx.Request) -> httpx.Response:
        with self._in_flight:
            if self._limiter is not None:
                self._limiter.acquire()
            if isinstance(self._inner, httpx.Client):
                return self._inner.send(request)
            response = self._inner.handle_request(request)
        response.request = request
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for attempt in itertools.count(1):
            try:
                response = self._send_once(request)
            except httpx.TransportError as exc:
                time.sleep(self._after_error(request, attempt, exc))
                continue
            verdict = self._after_response(request, attempt, response)
            if verdict == RETURN:
                return response
            if verdict == RAISE:
                with contextlib.suppress(httpx.TransportError):
                    response.read()
                raise self._error(response, attempt)
            response.close()
            time.sleep(float(verdict))
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        if not isinstance(self._inner, httpx.Client):  # a caller's client is the caller's to close
            self._inner.close()
