"""What a client tells of its calls: hooks (`_hooks`), log lines (the `pulsetrail` logger, `PULSETRAIL_LOG`) and
OpenTelemetry spans and metrics (`_otel`), from one record per call.

A call is one `send` of the client's httpx client (`ObservedAsyncClient`, `ObservedClient`): a typed method's
request, the token request, or a generated function's. When nobody listens (no hooks, the logger below INFO,
OpenTelemetry absent or unconfigured) nothing is recorded and the request goes as before. Otherwise a `Call` rides on
the request (the `pulsetrail_call` extension), so that the transport (each attempt, each wait, each retry) and the
auth flow (the wait for a token) add to it; it ends with the call's answer or error.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import threading
import time
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._exceptions import InvalidInputError, secrets_of
from ._otel import Telemetry, telemetry
from ._redaction import safe_url, shown_body, shown_headers

# The hooks' classes are imported where a call is recorded or an operation named: importing pulsetrail creates none of
# their dataclasses (make bench's import_ratio).
if TYPE_CHECKING:
    from opentelemetry.trace import Span

    from ._hooks import Hooks, Operation

__all__ = [
    "CALL",
    "OPERATION",
    "PARSED",
    "AnswerCookies",
    "Call",
    "ObservedAsyncClient",
    "ObservedClient",
    "Observer",
    "configure_logging",
    "observe_token_fetch",
    "operation_of",
    "parse_ended",
    "token_operation",
]

logger = logging.getLogger("pulsetrail")

#: the request extension naming the operation a typed method's request belongs to (an `Operation`)
OPERATION = "pulsetrail_operation"
#: the request extension holding the `Call` being recorded (only while someone listens)
CALL = "pulsetrail_call"
#: set (True) by the request path on a request whose answer it parses into the method's result: the call stays open
#: until the parse ends (`parse_ended`), so a `ResponseParseError` is the call's outcome in its log line, its
#: operation span and `on_error`; the open `Call` waits here meanwhile
PARSED = "pulsetrail_parsed"
#: waits shorter than this are bookkeeping (a lock taken, a Redis round trip), not waiting: not reported
WAIT_REPORTED = 0.001


@functools.cache
def token_operation() -> Operation:
    """The operation of the SendPulse token request (`POST /oauth/access_token`, operationId get_access_token), as
    logs, hooks and spans name it."""
    from ._hooks import Operation

    return Operation("get_access_token", "a360", "/oauth/access_token")


_APIS = {"sendpulse_a360_api": "a360", "activetrail_api": "activetrail"}
_LOG_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}


@functools.cache
def operation_of(module: ModuleType) -> Operation:
    """The `Operation` of a generated operation module: its name is the operationId in snake case, its path template
    the one string constant of its `_get_kwargs` that starts with "/" (read once per module, without its source)."""
    from ._hooks import Operation

    package, _, name = module.__name__.rpartition(".")
    root = package.partition(".")[0]
    paths = [c for c in module._get_kwargs.__code__.co_consts if isinstance(c, str) and c.startswith("/")]
    return Operation(name, _APIS.get(root, root), paths[0] if paths else "")


def configure_logging(environ: dict[str, str] | None = None) -> None:
    """`PULSETRAIL_LOG=info|debug` (read when a client is created): the `pulsetrail` logger at that level, with a
    handler to stderr when no logger on its way to the root has one (an application's own logging is left alone)."""
    value = (os.environ if environ is None else environ).get("PULSETRAIL_LOG", "").strip().lower()
    if not value or value == "off":
        return
    level = _LOG_LEVELS.get(value)
    if level is None:
        raise InvalidInputError("PULSETRAIL_LOG", value, "must be info, debug or off")
    logger.setLevel(level)
    if not logger.hasHandlers():
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)


class Observer:
    """A client's listeners (its hooks; the logger and OpenTelemetry are global), deciding per call whether to
    record it. One per client, shared by its requests and its token requests."""

    __slots__ = ("_failed", "_lock", "hooks")

    def __init__(self, hooks: Hooks | None) -> None:
        if hooks is not None:
            from ._hooks import Hooks

            if not isinstance(hooks, Hooks):
                raise InvalidInputError("hooks", hooks, "must be a pulsetrail.Hooks")
        self.hooks = hooks
        self._failed: set[str] = set()
        self._lock = threading.Lock()

    def begin(self, request: httpx.Request) -> Call | None:
        """The record of the call sending `request`, or None when nobody listens (the cheap, common case)."""
        otel = telemetry()
        logs = logger.isEnabledFor(logging.INFO)
        if self.hooks is None and otel is None and not logs:
            return None
        call = Call(self, request, otel, logs)
        request.extensions[CALL] = call
        return call

    def fire(self, name: str, event: object) -> None:
        """Calls the hook `name` (if given) with `event`; a hook that raises is logged once, and the call goes on."""
        hook = getattr(self.hooks, name, None)
        if hook is None:
            return
        try:
            hook(event)
        except Exception as exc:  # a listener's bug must not fail the call it listens to
            with self._lock:
                first = name not in self._failed
                self._failed.add(name)
            if first:  # the class only: a message could quote what the hook was given
                logger.warning(
                    "pulsetrail: the %s hook raised %s; the call went on (logged once per hook)",
                    name,
                    type(exc).__name__,
                )


class Call:
    """The record of one call: its attempts and waits, its spans, its hooks fired and its log lines."""

    __slots__ = (
        "_attempt_span",
        "_attempt_started",
        "_operation_span",
        "attempts",
        "debug",
        "logs",
        "method",
        "observer",
        "operation",
        "otel",
        "started",
        "throttle_wait",
        "token_wait",
        "url",
    )

    def __init__(self, observer: Observer, request: httpx.Request, otel: Telemetry | None, logs: bool) -> None:
        self.observer = observer
        self.operation: Operation | None = request.extensions.get(OPERATION)
        self.method = request.method
        self.url = safe_url(request.url)
        self.otel = otel
        self.logs = logs
        self.debug = logs and logger.isEnabledFor(logging.DEBUG)
        self.attempts = 0
        self.throttle_wait = 0.0
        self.token_wait = 0.0
        self._attempt_span: Span | None = None
        self._attempt_started = 0.0
        self._operation_span = None if otel is None or self.operation is None else otel.operation_span(self.operation)
        self.started = time.perf_counter()

    # --- the transport and the auth flow report here -----------------------------------------------------------

    def waited(self, what: Literal["in_flight", "throttle", "fleet_limit", "token"], seconds: float) -> None:
        if what == "token":
            self.token_wait += seconds
        else:
            self.throttle_wait += seconds
        if seconds >= WAIT_REPORTED and what != "token":
            from ._hooks import WaitEvent

            self.observer.fire("on_wait", WaitEvent(self.operation, what, seconds))

    def sending(self, request: httpx.Request) -> None:
        """An attempt leaves now (every wait behind it)."""
        self.attempts += 1
        from ._hooks import RequestEvent

        self.observer.fire("before_request", RequestEvent(self.operation, self.method, self.url, self.attempts))
        if self.debug:
            logger.debug(
                "pulsetrail: > %s %s (attempt %d) headers=%s body=%s",
                self.method,
                self.url,
                self.attempts,
                shown_headers(request.headers.multi_items(), secrets_of(request)),
                _request_body(request),
            )
        if self.otel is not None:
            url = request.url
            attributes: dict[str, Any] = {
                "http.request.method": self.method,
                "server.address": url.host,
                "server.port": url.port or (443 if url.scheme == "https" else 80),
                "url.full": self.url,
            }
            if self.operation is not None:
                attributes["url.template"] = self.operation.url_template
            if self.attempts > 1:
                attributes["http.request.resend_count"] = self.attempts - 1
            name = self.method if self.operation is None else f"{self.method} {self.operation.url_template}"
            self._attempt_span = self.otel.attempt_span(name, attributes)
        self._attempt_started = time.perf_counter()

    def answered(self, request: httpx.Request, response: httpx.Response) -> None:
        """The attempt was answered, its body read."""
        elapsed = time.perf_counter() - self._attempt_started
        self._attempt_started = 0.0
        status = response.status_code
        if self.otel is not None:
            error = str(status) if status >= 400 else None
            self.otel.end_attempt(self._attempt_span, {"http.response.status_code": status}, error)
            self._attempt_span = None
            self._record_duration(request, elapsed, status, error)
        if self.debug:
            logger.debug(
                "pulsetrail: < %d %s %s (attempt %d, %.3f s) headers=%s body=%s",
                status,
                self.method,
                self.url,
                self.attempts,
                elapsed,
                shown_headers(response.headers.multi_items(), secrets_of(request)),
                shown_body(response.content, secrets_of(request)),
            )
        from ._hooks import ResponseEvent

        self.observer.fire(
            "after_response", ResponseEvent(self.operation, self.method, self.url, self.attempts, status, elapsed)
        )

    def failed(self, request: httpx.Request, exc: BaseException) -> None:
        """The attempt under way (if one was sent) got no answer, or its body could not be read."""
        if self._attempt_started == 0.0:
            return
        elapsed = time.perf_counter() - self._attempt_started
        self._attempt_started = 0.0
        if self.otel is not None:
            self.otel.end_attempt(self._attempt_span, {}, type(exc).__name__)
            self._attempt_span = None
            self._record_duration(request, elapsed, None, type(exc).__name__)
        if self.debug:
            logger.debug(
                "pulsetrail: < %s %s %s (attempt %d, %.3f s)",
                type(exc).__name__,
                self.method,
                self.url,
                self.attempts,
                elapsed,
            )

    def retrying(self, reason: str, wait: float) -> None:
        if self.otel is not None and self.otel.retries is not None:
            self.otel.retries.add(1, self._metric_attributes(reason))
        from ._hooks import RetryEvent

        event = RetryEvent(self.operation, self.method, self.url, self.attempts, reason, wait)
        self.observer.fire("before_retry", event)

    # --- the client ends the call ---------------------------------------------------------------------------------

    def end(self, response: httpx.Response | None, error: BaseException | None) -> None:
        elapsed = time.perf_counter() - self.started
        if self._operation_span is not None and self.otel is not None:
            span, detach = self._operation_span
            attributes = {
                "pulsetrail.attempts": self.attempts,
                "pulsetrail.throttle_wait": self.throttle_wait,
                "pulsetrail.token_wait": self.token_wait,
            }
            if response is not None:
                attributes["http.response.status_code"] = response.status_code
            self.otel.end_operation(span, detach, attributes, None if error is None else type(error).__name__)
        if self.logs:
            if error is None and response is not None:
                outcome = str(response.status_code)
            else:
                status = getattr(error, "status_code", None)
                outcome = type(error).__name__ + ("" if status is None else f" ({status})")
            logger.info(
                "pulsetrail: %s %s %s -> %s, %d attempt(s), %.3f s",
                "-" if self.operation is None else self.operation.id,
                self.method,
                self.url if self.operation is None else self.operation.url_template,
                outcome,
                self.attempts,
                elapsed,
            )
        if isinstance(error, Exception):
            from ._hooks import ErrorEvent

            self.observer.fire(
                "on_error", ErrorEvent(self.operation, self.method, self.url, error, self.attempts, elapsed)
            )

    def _record_duration(self, request: httpx.Request, seconds: float, status: int | None, error: str | None) -> None:
        if self.otel is None or self.otel.duration is None:
            return
        attributes = self._metric_attributes(error)
        attributes["server.address"] = request.url.host
        attributes["server.port"] = request.url.port or (443 if request.url.scheme == "https" else 80)
        if status is not None:
            attributes["http.response.status_code"] = status
        self.otel.duration.record(seconds, attributes)

    def _metric_attributes(self, error: str | None) -> dict[str, Any]:
        attributes: dict[str, Any] = {"http.request.method": self.method}
        if self.operation is not None:
            attributes["url.template"] = self.operation.url_template
            attributes["pulsetrail.operation"] = self.operation.id
        if error is not None:
            attributes["error.type"] = error
        return attributes


def _request_body(request: httpx.Request) -> str:
    try:
        content = request.content
    except httpx.RequestNotRead:
        return "<streamed>"
    return shown_body(content, secrets_of(request))


def observe_token_fetch(token_client: object, started: float, error: BaseException | None) -> None:
    """Fires `on_token_fetch` of the client whose token request (`token_client`) ended, `started` at that
    `time.perf_counter()`."""
    observer: Observer | None = getattr(token_client, "observer", None)
    if observer is None or observer.hooks is None:
        return
    from ._hooks import TokenFetchEvent

    event = TokenFetchEvent(
        "ok" if error is None else "error",
        time.perf_counter() - started,
        None if error is None else type(error).__name__,
    )
    observer.fire("on_token_fetch", event)


def _end_or_leave_open(call: Call, request: httpx.Request, response: httpx.Response) -> None:
    if request.extensions.get(PARSED) is True:
        request.extensions[PARSED] = call  # the request path ends it once the answer is parsed
    else:
        call.end(response, None)


def parse_ended(response: httpx.Response, error: BaseException | None) -> None:
    """Ends the call left open for the parse of its answer (`PARSED`), with the parse's outcome."""
    extensions = response.request.extensions
    call = extensions.get(PARSED)
    if isinstance(call, Call):
        extensions[PARSED] = False
        call.end(response, error)


class AnswerCookies(httpx.Cookies):
    """The cookie jar of the clients' httpx clients: an answer without `Set-Cookie` (every answer of both APIs) is
    not handed to `http.cookiejar`, which builds two `urllib` adapters per answer to find nothing (about 17 us a
    call, make bench); one with it is stored as httpx stores it."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class ObservedAsyncClient(httpx.AsyncClient):
    """The async clients' httpx client: each `send` is a call recorded when someone listens (`Observer.begin`); the
    observer is the transport's (`PulsetrailTransport(observer=...)`)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.observer: Observer | None = getattr(kwargs.get("transport"), "observer", None)
        self._cookies = AnswerCookies(self._cookies)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        call = None if self.observer is None else self.observer.begin(request)
        if call is None:
            return await super().send(request, **kwargs)
        try:
            response = await super().send(request, **kwargs)
        except BaseException as error:
            call.end(None, error)
            raise
        _end_or_leave_open(call, request, response)
        return response


class ObservedClient(httpx.Client):
    """`ObservedAsyncClient` for the sync clients."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.observer: Observer | None = getattr(kwargs.get("transport"), "observer", None)
        self._cookies = AnswerCookies(self._cookies)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        call = None if self.observer is None else self.observer.begin(request)
        if call is None:
            return super().send(request, **kwargs)
        try:
            response = super().send(request, **kwargs)
        except BaseException as error:
            call.end(None, error)
            raise
        _end_or_leave_open(call, request, response)
        return response
