"""Hooks: callbacks a client calls as its requests go (`hooks=Hooks(...)`, a client option, async and sync alike).

Each hook is a plain callable taking one event (a frozen dataclass) and returning nothing; the clients call them
in the task or thread making the call, so they must be quick (hand the event to a queue for anything slow). A hook
that raises does not break the call: the exception is logged once per hook (at WARNING, its class only) and the call
goes on. Events show no secret: URLs have their credentials and query values replaced, and nothing holds a header.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "ErrorEvent",
    "Hooks",
    "Operation",
    "RequestEvent",
    "ResponseEvent",
    "RetryEvent",
    "TokenFetchEvent",
    "WaitEvent",
]


@dataclass(frozen=True, slots=True)
class Operation:
    """The operation a request belongs to: its `id` (the spec's operationId, as the typed method is named),
    the `api` ("a360" or "activetrail") and its `url_template` (the path with its parameters unfilled)."""

    id: str
    api: str
    url_template: str


@dataclass(frozen=True, slots=True)
class RequestEvent:
    """An attempt is about to be sent (after every wait: in-flight slot, throttle, token). `attempt` counts from 1
    over the whole call (a retry after a 401 with a fresh token counts too); `operation` is None for a request not
    made by a typed method (a generated function called directly)."""

    operation: Operation | None
    method: str
    url: str
    attempt: int


@dataclass(frozen=True, slots=True)
class ResponseEvent:
    """An attempt was answered (any status; its body read): `elapsed` is the attempt's seconds, sending to last byte."""

    operation: Operation | None
    method: str
    url: str
    attempt: int
    status_code: int
    elapsed: float


@dataclass(frozen=True, slots=True)
class RetryEvent:
    """The attempt `attempt` failed and another follows after `wait` seconds; `reason` is the status ("503") or the
    transport error's class ("ConnectError")."""

    operation: Operation | None
    method: str
    url: str
    attempt: int
    reason: str
    wait: float


@dataclass(frozen=True, slots=True)
class WaitEvent:
    """A request waited `waited` seconds for its turn before an attempt: for one of the requests in flight to end
    ("in_flight", the `max_in_flight` bound), for the client's throttle ("throttle") or for the fleet's shared limit
    ("fleet_limit", a `rate_limiter` shared by processes). Waits under a millisecond are not reported."""

    operation: Operation | None
    what: Literal["in_flight", "throttle", "fleet_limit"]
    waited: float


@dataclass(frozen=True, slots=True)
class TokenFetchEvent:
    """A SendPulse token request ended: `outcome` "ok" or "error" (`error` then names the exception's class), after
    `duration` seconds, every attempt included. One event per fetch, however many calls waited for it."""

    outcome: Literal["ok", "error"]
    duration: float
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ErrorEvent:
    """A call ends with `error` (the exception it raises, a pulsetrail error) after `attempts` attempts and
    `elapsed` seconds."""

    operation: Operation | None
    method: str
    url: str
    error: BaseException
    attempts: int
    elapsed: float


@dataclass(frozen=True, slots=True)
class Hooks:
    """The callbacks of a client (`A360(..., hooks=Hooks(before_retry=print))`); each is optional."""

    before_request: Callable[[RequestEvent], object] | None = None
    after_response: Callable[[ResponseEvent], object] | None = None
    before_retry: Callable[[RetryEvent], object] | None = None
    on_wait: Callable[[WaitEvent], object] | None = None
    on_token_fetch: Callable[[TokenFetchEvent], object] | None = None
    on_error: Callable[[ErrorEvent], object] | None = None
