"""The one exception hierarchy of pulsetrail, shared by both APIs.

    PulsetrailError
    ├── InvalidInputError          bad arguments, raised before anything is sent (also a ValueError)
    ├── APIConnectionError         the request did not get a response (or its body broke off while being read)
    │   └── APITimeoutError            a timeout, a wait for a turn beyond `timeout.pool`, or the call's `deadline`
    ├── ResponseTooLargeError      the body grew past `max_response_bytes` (decoded) while being read: not kept
    ├── ResponseParseError         a success answer whose body does not read as the spec says (not JSON, or the
    │                              wrong shape): the server, a proxy or the spec is wrong
    ├── CoordinationError          fleet mode (`pulsetrail.redis`): Redis did not answer within its bounded wait,
    │                              answered with an error, or another process's token fetch outlasted the wait;
    │                              the request was not sent (defined in `_throttle`, exported as
    │                              `pulsetrail.CoordinationError`)
    └── APIStatusError             the server answered with an error status
        ├── BadRequestError            400
        │   └── ValidationError            400 with field errors (A360 `validation_error`, ActiveTrail `ModelState`)
        ├── AuthenticationError        401
        ├── PermissionDeniedError      403
        │   └── AccountDisabledError       403 UserDisabled (ActiveTrail): the account is deactivated
        ├── NotFoundError              404
        │   └── NoDataError                404 from A360, which means "no data for this request"
        ├── MethodNotAllowedError      405
        │   └── DoNotMailError             405 MethodNotAllowedDoNotMail (ActiveTrail)
        ├── ConflictError              409
        │   └── MergeConflictError         409 ResolveMergeNeeded (ActiveTrail): resolve the merge, then retry
        ├── UnprocessableEntityError   422
        ├── RateLimitError             429
        └── ServerError                5xx

Every `APIStatusError` carries the status, the parsed JSON body (or None), the raw body text, the error name the
body gives (`validation_error`, `invalid_client`, `ResourceNotFound`...), the response and the number of attempts
made. Messages never include request headers or bodies, so tokens and secrets stay out of logs and tracebacks; and
the key, client secret and token the client sent are replaced by `***` wherever a server echoes them back (message,
`repr`, `.message`, `.raw_body`, `.body`): the auth flows list them on each request (`SECRETS`).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any, Self

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AccountDisabledError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DoNotMailError",
    "InvalidInputError",
    "MergeConflictError",
    "MethodNotAllowedError",
    "NoDataError",
    "NotFoundError",
    "PermissionDeniedError",
    "PulsetrailError",
    "RateLimitError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "ServerError",
    "UnprocessableEntityError",
    "ValidationError",
]

_RAW_BODY_IN_MESSAGE = 300  # characters of a non-JSON body (an HTML error page) quoted in the message

#: the request extension listing what must never be shown of that request: the key, client secret or token its
#: auth flow put in it (set by the auth flows and the token request, read by every error built from the request)
SECRETS = "pulsetrail_secrets"
#: a secret shorter than this is not looked for in text: it would mask ordinary words, and is no real secret
_SHORTEST_SECRET = 4
REDACTED = "***"
#: JSON decoding raises RecursionError, not ValueError, on deep nesting (`[[[[...]]]]`): both mean "not readable"
UNREADABLE_JSON = (ValueError, RecursionError)


def secrets_of(request: httpx.Request | None) -> tuple[str, ...]:
    if request is None:
        return ()
    found: tuple[str, ...] = request.extensions.get(SECRETS, ())
    return found


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """`text` with each secret (as is, and as JSON escapes it) replaced by `***`."""
    for secret in secrets:
        if len(secret) < _SHORTEST_SECRET:
            continue
        for form in {secret, json.dumps(secret)[1:-1]}:
            if form in text:
                text = text.replace(form, REDACTED)
    return text


class PulsetrailError(Exception):
    """Base class of every error pulsetrail raises."""


class InvalidInputError(PulsetrailError, ValueError):
    """An argument is invalid; nothing was sent. `field` and `value` name the culprit."""

    def __init__(self, field: str, value: object, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}={value!r}: {reason}")


def check_id(field: str, value: object) -> None:
    """Raise `InvalidInputError` unless `value` is a positive integer ID (both APIs number things from 1)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInputError(field, value, "must be a positive integer ID")


class APIConnectionError(PulsetrailError):
    """The request got no response (DNS, refused connection, reset, protocol error)."""

    def __init__(self, message: str, *, request: httpx.Request, attempts: int = 1) -> None:
        self.request = request
        self.attempts = attempts
        text = f"{message} ({request.method} {_safe_url(request)}, {attempts} attempt(s))"
        super().__init__(redact(text, secrets_of(request)))

    @classmethod
    def of(cls, exc: BaseException, *, request: httpx.Request, attempts: int = 1) -> Self:
        """The error for a transport failure `exc`, chained to it only when its text shows no secret (h11 quotes
        an illegal header value, key included, in its error)."""
        cause = f"{type(exc).__name__}: {exc}"
        shown = redact(cause, secrets_of(request))
        error = cls(shown, request=request, attempts=attempts)
        if shown == cause:
            error.__cause__ = exc
        error.__suppress_context__ = True
        return error


class APITimeoutError(APIConnectionError):
    """The request timed out: a connect, read or write timeout, no turn to send within `timeout.pool` (in-flight
    slot, throttle, token), or the call's `deadline` passed."""


class ResponseTooLargeError(PulsetrailError):
    """The response body grew past `limit` bytes (decoded: a gzip bomb counts at its expanded size) while being read.
    Reading stopped there and nothing of it is kept; the request is not retried."""

    def __init__(self, *, request: httpx.Request, status_code: int, limit: int) -> None:
        self.request = request
        self.status_code = status_code
        self.limit = limit
        super().__init__(
            f"the response body exceeds max_response_bytes={limit} ({request.method} {_safe_url(request)}, "
            f"{status_code}): not read further"
        )


class ResponseParseError(PulsetrailError):
    """A 2xx answer whose body is not JSON, or not the shape the spec declares. `cause` is the parser's error."""

    def __init__(
        self, what: str, *, response: httpx.Response | None = None, cause: BaseException | None = None
    ) -> None:
        self.response = response
        self.status_code = response.status_code if response is not None else None
        secrets = secrets_of(response.request) if response is not None else ()
        self.raw_body = redact(_text(response), secrets) if response is not None else ""
        self.cause = cause
        where = ""
        if response is not None:
            size = f"{len(response.content)} bytes" if response.content else "empty body"
            where = f" ({response.request.method} {_safe_url(response.request)}, {response.status_code}, {size})"
        super().__init__(redact(f"{what}{where}", secrets))


class APIStatusError(PulsetrailError):
    """The server answered with an error status."""

    status_code: int

    def __init__(self, response: httpx.Response, *, attempts: int = 1, message: str | None = None) -> None:
        self.response = response
        self.status_code = response.status_code
        self.attempts = attempts
        request = response.request
        secrets = secrets_of(request)
        # Redacted before anything else reads it: the body, the error name and the message all come from it.
        self.raw_body = redact(_text(response), secrets)
        self.body = _json_or_none(self.raw_body)
        self.error_name, self.message = _describe(self.body, self.raw_body)
        if message is not None:
            self.message = redact(message, secrets)
        detail = f": {self.message}" if self.message else ""
        name = f" {self.error_name}" if self.error_name and self.error_name != self.message else ""
        super().__init__(
            f"{self.status_code}{name}{detail} ({request.method} {_safe_url(request)}, {attempts} attempt(s))"
        )


class BadRequestError(APIStatusError):
    """400: the request was rejected."""


class ValidationError(BadRequestError):
    """400 with errors per field; `field_errors` maps each field to its messages."""

    @property
    def field_errors(self) -> dict[str, list[str]]:
        body = self.body if isinstance(self.body, dict) else {}
        errors = body.get("messages") or body.get("ModelState") or {}
        if not isinstance(errors, dict):
            return {}
        return {str(k): [str(m) for m in v] if isinstance(v, list) else [str(v)] for k, v in errors.items()}


class AuthenticationError(APIStatusError):
    """401: the token or API key is missing, wrong or expired (after one refresh, for OAuth)."""


class PermissionDeniedError(APIStatusError):
    """403: not allowed (ActiveTrail `UserDisabled` when the account is deactivated)."""


class AccountDisabledError(PermissionDeniedError):
    """403 UserDisabled: the ActiveTrail account is deactivated."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class NoDataError(NotFoundError):
    """404 from A360: the API's way of saying there is no data for this request (not a wrong path).

    The pulsetrail helpers (paginators, stats) turn it into an empty result; generated calls raise it.
    """


class MethodNotAllowedError(APIStatusError):
    """405 (ActiveTrail `MethodNotAllowedDoNotMail`: the contact's status cannot change while it is do-not-mail)."""


class DoNotMailError(MethodNotAllowedError):
    """405 MethodNotAllowedDoNotMail: the contact's status cannot change while `is_do_not_mail` is true."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class MergeConflictError(ConflictError):
    """409 ResolveMergeNeeded: the email and SMS number belong to two contacts. Resolve the merge through the
    contact-merge operations (`/api/contacts/merges`), then retry."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but invalid (the Prism mock answers this to requests that break the spec)."""


class RateLimitError(APIStatusError):
    """429: too many requests, after the configured retries."""


class ServerError(APIStatusError):
    """5xx: the server failed, after the configured retries."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


# (status, error name in the body) -> class: A360's `type` and ActiveTrail's glossary names (GUIDE-errors).
_BY_NAME: dict[tuple[int, str], type[APIStatusError]] = {
    (400, "validation_error"): ValidationError,
    (400, "InvalidResource"): ValidationError,
    (403, "UserDisabled"): AccountDisabledError,
    (405, "MethodNotAllowedDoNotMail"): DoNotMailError,
    (409, "ResolveMergeNeeded"): MergeConflictError,
}


def status_error_class(status_code: int, error_name: str | None) -> type[APIStatusError]:
    """The most specific class for a status and the error name its body gives."""
    specific = _BY_NAME.get((status_code, error_name or ""))
    if specific is not None:
        return specific
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, APIStatusError)


@contextlib.contextmanager
def parse_failures_as(what: str, response: httpx.Response | None = None) -> Iterator[None]:
    """Turn the generated parser's failures on a malformed body (KeyError, TypeError, ValueError...) into
    `ResponseParseError` naming `what` (the operation) and, where the parser says, the field; pulsetrail's own errors
    pass through."""
    try:
        yield
    except PulsetrailError:
        raise
    except KeyError as exc:
        raise ResponseParseError(
            f"{what}: the response does not match the spec (required field {exc.args[0]!r} is missing)",
            response=response,
            cause=exc,
        ) from exc
    except (TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise ResponseParseError(
            f"{what}: the response does not match the spec ({type(exc).__name__}: {exc})", response=response, cause=exc
        ) from exc


def error_name_of(response: httpx.Response) -> str | None:
    """The error name a response's body gives, if any (reads the body: call after it was read)."""
    return _describe(_json_or_none(_text(response)), "")[0]


def _text(response: httpx.Response) -> str:
    try:
        return response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError):
        return ""


def _json_or_none(text: str) -> Any:
    if not text.strip():
        return None
    try:
        return json.loads(text)
    except UNREADABLE_JSON:  # HTML error pages, truncated JSON, nesting too deep to decode
        return None


def _describe(body: Any, raw: str) -> tuple[str | None, str]:
    """(error name, human message) from any envelope both APIs use, or from a non-JSON body."""
    if isinstance(body, dict):
        name = body.get("type") or body.get("error") or body.get("error_code")
        message = body.get("message") or body.get("Message") or body.get("error_description")
        if body.get("type") == "validation_error" and isinstance(body.get("messages"), dict):
            message = "; ".join(f"{field}: {', '.join(map(str, msgs))}" for field, msgs in body["messages"].items())
        if body.get("ModelState") and isinstance(body["ModelState"], dict):
            name = name or "InvalidResource"
        if name is None and isinstance(message, str) and message.isidentifier():
            name = message  # ActiveTrail sends glossary names such as "ResourceNotFound" as the message
        return (str(name) if name is not None else None), str(message or "")
    if isinstance(body, str):
        return (body if body.isidentifier() else None), body
    snippet = " ".join(raw.split())[:_RAW_BODY_IN_MESSAGE]
    return None, snippet


def _safe_url(request: httpx.Request) -> str:
    """The URL without its query string: queries can carry personal data, and never belong in error text."""
    return str(request.url.copy_with(query=None))
