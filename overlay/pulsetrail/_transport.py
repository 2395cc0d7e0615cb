"""The transport every pulsetrail request goes through: throttle, retry, and typed errors.

It wraps the real transport (or a caller's `httpx.AsyncClient`), so it serves the generated functions as much as
the hand-written helpers. Auth runs outside it (an `httpx.Auth` flow), which is why a 401 passes through untouched:
the auth flow refreshes the token once and raises `AuthenticationError` itself.
"""

from __future__ import annotations

import asyncio
import datetime
import functools
import inspect
import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from ._exceptions import (
    UNREADABLE_JSON,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseParseError,
    ResponseTooLargeError,
    error_name_of,
    status_error_class,
)
from ._observe import CALL, Call, Observer
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
    """A success response whose `json()` raises `ResponseParseError` instead of a bare `JSONDecodeError` (or the
    `RecursionError` of a body nested too deep), so that a truncated body, an HTML page from a proxy or an empty body
    surfaces as a pulsetrail error wherever the generated code parses it."""

    def json(self, **kwargs: Any) -> Any:
        try:
            return super().json(**kwargs)
        except UNREADABLE_JSON as exc:  # JSONDecodeError, UnicodeDecodeError, RecursionError
            raise ResponseParseError("the response body is not valid JSON", response=self, cause=exc) from exc


#: the verdict on an answer: hand it back, raise its typed error, or retry after this many seconds
RETURN = "return"
RAISE = "raise"

#: the request extension holding the call's deadline (a `time.monotonic()` instant), set by the request path for a
#: call made with `deadline=`; a request without one gets the client's `deadline` option when its first attempt starts
DEADLINE = "pulsetrail_deadline"
#: the response extension telling how many attempts the answer took
ATTEMPTS = "pulsetrail_attempts"

#: the default cap on a response body, decoded (`max_response_bytes`): a page of the largest list either API returns
#: (1,000 ActiveTrail contacts with every field) is a few MB, so 64 MiB leaves a wide margin while a gzip bomb or an
#: endless body stops long before it can exhaust a small container's memory
DEFAULT_MAX_RESPONSE_BYTES = 64 * 2**20


class DeadlineExceeded(httpx.TimeoutException):
    """The call's deadline passed while a body was being read: final (no retry can end before the deadline)."""


class BodyBudget:
    """The decisions of reading a body, shared by both shells: the size cap (checked on the decoded bytes, chunk by
    chunk) and the deadline (checked between chunks, since a body that drips one byte a second never trips a read
    timeout)."""

    __slots__ = ("_chunks", "_deadline", "_limit", "_request", "_response", "_size")

    def __init__(self, response: httpx.Response, limit: int, deadline: float | None) -> None:
        self._response = response
        self._request = response.request
        self._limit = limit
        self._deadline = deadline
        self._size = 0
        self._chunks: list[bytes] = []
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and "content-encoding" not in response.headers and int(declared) > limit:
            self._too_large()

    def take(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limit:
            self._too_large()
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise DeadlineExceeded("the call's deadline passed while its answer was being read", request=self._request)
        self._chunks.append(chunk)

    def done(self, started: float) -> None:
        # What `Response.aread()`/`read()` would store; httpx's own read in `send` then finds the body already read
        # (it reads outside any transport, where its failures would escape the retries and the typed errors).
        self._response._content = b"".join(self._chunks)
        self._chunks.clear()
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)

    def _too_large(self) -> None:
        raise ResponseTooLargeError(request=self._request, status_code=self._response.status_code, limit=self._limit)


class TransportCore:
    """The transport's decisions, without I/O, shared by the async and the sync transport: which failures are retried
    after how long (from the `RetryPolicy`), within which bounds (`timeout.pool` for a turn, the call's deadline for
    everything), what error a failure raises, what an answer becomes."""

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
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        observer: Observer | None = None,
    ) -> None:
        """`inner`: the real transport, or a caller's client (of the shell's kind: async or sync); `deadline`: the
        seconds a request without a deadline of its own may take, every attempt and wait included (None: no bound
        beyond each wait's own timeout); `observer`: the client's listeners (a recorded call reaches the transport
        on its request, `_observe.CALL`; the client's httpx client finds the observer here)."""
        if max_in_flight < 1:
            raise ValueError(f"max_in_flight={max_in_flight!r}: must be >= 1")
        self._inner = inner
        self._in_flight = type(self)._semaphore(max_in_flight)
        self._retry = retry
        self._limiter = limiter
        self._classify = classify
        self._passthrough = passthrough
        self._deadline = deadline
        self._max_response_bytes = max_response_bytes
        self.observer = observer
        #: what a wait for the limiter is reported as: a limiter shared by processes is the fleet's
        self._limit_wait: Any = "fleet_limit" if type(limiter).__module__ == "pulsetrail.redis" else "throttle"

    def _begin(self, request: httpx.Request) -> float | None:
        """The request's deadline (the client's default set on it the first time it comes through)."""
        deadline: float | None = request.extensions.get(DEADLINE)
        if deadline is None and self._deadline is not None:
            deadline = request.extensions[DEADLINE] = time.monotonic() + self._deadline
        return deadline

    def _attempt(self, request: httpx.Request, attempt: int, deadline: float | None) -> float | None:
        """Before each attempt: the seconds it may wait for its turn (`timeout.pool`: an in-flight slot, the
        throttle, a connection); its timeouts are cut to what is left of the deadline, which must not have passed."""
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise APITimeoutError("the call's deadline passed", request=request, attempts=attempt - 1)
            timeouts = {kind: left if value is None else min(value, left) for kind, value in timeouts.items()}
            request.extensions["timeout"] = timeouts
        return timeouts.get("pool")

    def _no_turn(self, request: httpx.Request, attempt: int, waited: float | None, what: str) -> APITimeoutError:
        return APITimeoutError(
            f"no turn to send within {waited:g} s (timeout.pool): waited for {what}", request=request, attempts=attempt
        )

    def _after_error(self, request: httpx.Request, attempt: int, exc: httpx.HTTPError, deadline: float | None) -> float:
        """Seconds to wait before retrying a request that failed in transport or while its body was read; raises the
        typed error when final."""
        retry = self._retry
        # A DeadlineExceeded is never retried: `_retrying` refuses a wait that ends past the deadline.
        retryable = isinstance(exc, httpx.TransportError) and retry.should_retry_error(request, exc)
        if retryable and attempt <= retry.max_retries:
            delay = self._retrying(request, attempt, retry.delay(attempt - 1), type(exc).__name__, deadline)
            if delay is not None:
                return delay
        if isinstance(exc, httpx.DecodingError):  # the body arrived, but not in the encoding it claims
            raise ResponseParseError(f"the response body does not decode ({exc})") from None
        kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        raise kind.of(exc, request=request, attempts=attempt)

    def _after_response(
        self, request: httpx.Request, attempt: int, response: httpx.Response, deadline: float | None
    ) -> str | float:
        """RETURN (a success, its json() now raising ResponseParseError, or a passed-through status), RAISE (raise
        `_error`), or the seconds to wait before retrying."""
        response.extensions[ATTEMPTS] = attempt
        status = response.status_code
        if status < 400:
            response.__class__ = _CheckedResponse  # the same object, only a stricter json(): nothing is copied
            return RETURN
        if status in self._passthrough:
            return RETURN
        retry = self._retry
        if attempt <= retry.max_retries and retry.should_retry_status(request, status):
            delay = self._retrying(request, attempt, retry.delay(attempt - 1, response), str(status), deadline)
            if delay is not None:
                return delay
        return RAISE

    def _error(self, response: httpx.Response, attempt: int) -> APIStatusError:
        return self._classify(response)(response, attempts=attempt)

    def _retrying(
        self, request: httpx.Request, attempt: int, delay: float | None, reason: str, deadline: float | None
    ) -> float | None:
        """The wait before the next attempt, or None when there is none to make: the server asks for too long, or
        the deadline would pass first."""
        if delay is None or (deadline is not None and time.monotonic() + delay >= deadline):
            return None
        call: Call | None = request.extensions.get(CALL)
        if call is not None:
            call.retrying(reason, delay)
        logger.info(
            "pulsetrail: retrying %s %s after %s in %.2fs (attempt %d of %d)",
            request.method,
            request.url.copy_with(query=None),
            reason,
            delay,
            attempt + 1,
            self._retry.max_retries + 1,
        )
        return delay


class PulsetrailTransport(TransportCore, httpx.AsyncBaseTransport):
    """The async shell of `TransportCore` (`inner`: an `httpx.AsyncBaseTransport` or a caller's `httpx.AsyncClient`)."""

    _semaphore = asyncio.Semaphore
    _inner: httpx.AsyncBaseTransport | httpx.AsyncClient
    _in_flight: asyncio.Semaphore
    _limiter: Limiter | None

    async def _send_once(
        self, request: httpx.Request, attempt: int, deadline: float | None, call: Call | None
    ) -> httpx.Response:
        # At most `max_in_flight` requests are in flight at once, each until its body is read; the others queue
        # here, in order, at most `timeout.pool` seconds. Queued in httpcore's pool instead, each of 1000 concurrent
        # calls costs about 1 ms more: the pool rescans its whole queue against every connection whenever a request
        # starts or ends.
        wait = self._attempt(request, attempt, deadline)
        until = None if wait is None else asyncio.get_running_loop().time() + wait
        queued = self._in_flight.locked()
        since = time.perf_counter()
        if not queued:  # a free slot: taken at once, no timer to arm and cancel (the common, uncontended case)
            await self._in_flight.acquire()
        else:
            try:
                async with asyncio.timeout_at(until):
                    await self._in_flight.acquire()
            except TimeoutError:
                raise self._no_turn(request, attempt, wait, "one of the requests in flight to end") from None
        try:
            if call is not None:
                if queued:
                    call.waited("in_flight", time.perf_counter() - since)
                since = time.perf_counter()
            if self._limiter is not None:
                try:
                    async with asyncio.timeout_at(until):
                        await self._limiter.acquire()
                except TimeoutError:
                    raise self._no_turn(request, attempt, wait, "the rate limiter") from None
                if call is not None:
                    call.waited(self._limit_wait, time.perf_counter() - since)
            if call is not None:
                call.sending(request)
            started = time.perf_counter()
            if isinstance(self._inner, httpx.AsyncClient):
                response = await self._inner.send(request, stream=True)
            else:
                response = await self._inner.handle_async_request(request)
            response.request = request
            try:
                body = BodyBudget(response, self._max_response_bytes, deadline)
                async for chunk in response.aiter_bytes():
                    body.take(chunk)
                body.done(started)
            finally:
                await response.aclose()
            return response
        finally:
            self._in_flight.release()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        deadline = self._begin(request)
        call: Call | None = request.extensions.get(CALL)
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._send_once(request, attempt, deadline, call)
            except BaseException as exc:
                if call is not None:
                    call.failed(request, exc)
                if not isinstance(exc, httpx.HTTPError):
                    raise
                # the request, or its body while being read
                await asyncio.sleep(self._after_error(request, attempt, exc, deadline))
                continue
            if call is not None:
                call.answered(request, response)
            verdict = self._after_response(request, attempt, response, deadline)
            if verdict == RETURN:
                return response
            if verdict == RAISE:
                raise self._error(response, attempt)
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

    @functools.cached_property
    def _limiter_waits_bounded(self) -> bool:
        """Whether the limiter's `acquire` takes a `timeout` (`SyncRateLimiter` does): a blocking wait cannot be
        cut short from outside, as an async one is."""
        acquire = getattr(self._limiter, "acquire", None)
        return acquire is not None and "timeout" in inspect.signature(acquire).parameters

    def _send_once(
        self, request: httpx.Request, attempt: int, deadline: float | None, call: Call | None
    ) -> httpx.Response:
        wait = self._attempt(request, attempt, deadline)
        until = None if wait is None else time.monotonic() + wait
        since = time.perf_counter()
        if call is not None and self._in_flight.acquire(blocking=False):
            pass  # a slot was free: no wait to report
        elif not self._in_flight.acquire(timeout=wait):
            raise self._no_turn(request, attempt, wait, "one of the requests in flight to end")
        elif call is not None:
            call.waited("in_flight", time.perf_counter() - since)
        try:
            if self._limiter is not None:
                since = time.perf_counter()
                left = None if until is None else until - time.monotonic()
                try:
                    if left is not None and left <= 0:
                        raise TimeoutError
                    if left is not None and self._limiter_waits_bounded:
                        self._limiter.acquire(timeout=left)
                    else:  # a limiter of the caller's own, or the fleet's, bounding its wait itself
                        self._limiter.acquire()
                except TimeoutError:
                    raise self._no_turn(request, attempt, wait, "the rate limiter") from None
                if call is not None:
                    call.waited(self._limit_wait, time.perf_counter() - since)
            if call is not None:
                call.sending(request)
            started = time.perf_counter()
            if isinstance(self._inner, httpx.Client):
                response = self._inner.send(request, stream=True)
            else:
                response = self._inner.handle_request(request)
            response.request = request
            try:
                body = BodyBudget(response, self._max_response_bytes, deadline)
                for chunk in response.iter_bytes():
                    body.take(chunk)
                body.done(started)
            finally:
                response.close()
            return response
        finally:
            self._in_flight.release()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        deadline = self._begin(request)
        call: Call | None = request.extensions.get(CALL)
        for attempt in itertools.count(1):
            try:
                response = self._send_once(request, attempt, deadline, call)
            except BaseException as exc:
                if call is not None:
                    call.failed(request, exc)
                if not isinstance(exc, httpx.HTTPError):
                    raise
                time.sleep(self._after_error(request, attempt, exc, deadline))
                continue
            if call is not None:
                call.answered(request, response)
            verdict = self._after_response(request, attempt, response, deadline)
            if verdict == RETURN:
                return response
            if verdict == RAISE:
                raise self._error(response, attempt)
            time.sleep(float(verdict))
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        if not isinstance(self._inner, httpx.Client):  # a caller's client is the caller's to close
            self._inner.close()
