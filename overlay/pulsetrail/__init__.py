"""pulsetrail: an async-first SDK for the ActiveTrail and SendPulse Automation360 APIs.

    from pulsetrail import A360, ActiveTrail

    async with A360(client_id=..., client_secret=...) as a360:
        async for flow in a360.flows():
            ...

    async with ActiveTrail(token) as at:
        async for contact in at.contacts.list_contacts():
            ...
        raw = await at.groups.with_raw_response.list_groups(timeout=60.0)  # status, headers, .parse()

The generated packages (`sendpulse_a360_api`, `activetrail_api`) hold every operation and model, each a typed
method of the clients' namespaces (`client.<section>.<operation>(...)`); this package adds auth, retries,
throttling, typed errors, pagination, per-call options, raw responses, `client.request` for any endpoint, the A360
date filter and tolerant status enums. `SyncA360` and `SyncActiveTrail` do the same in blocking code.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._a360 import A360
    from ._activetrail import ActiveTrail
    from ._auth import AccessToken, InMemoryTokenStore, TokenStore
    from ._bulk import BulkItemError, BulkResult
    from ._client import ClientOptions, __version__, parsed_as
    from ._enums import (
        A360ElementType,
        ContactState,
        EmailDeliveryStatus,
        FlowStatus,
        PushStatus,
        SmsSendType,
        SmsStatus,
        SubscriptionStatus,
    )
    from ._exceptions import (
        AccountDisabledError,
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        DoNotMailError,
        InvalidInputError,
        MergeConflictError,
        MethodNotAllowedError,
        NoDataError,
        NotFoundError,
        PermissionDeniedError,
        PulsetrailError,
        RateLimitError,
        ResponseParseError,
        ResponseTooLargeError,
        ServerError,
        UnprocessableEntityError,
        ValidationError,
    )
    from ._filter import date_filter
    from ._hooks import (
        ErrorEvent,
        Hooks,
        Operation,
        RequestEvent,
        ResponseEvent,
        RetryEvent,
        TokenFetchEvent,
        WaitEvent,
    )
    from ._operation import CallOptions
    from ._pagination import AsyncPaginator, OffsetPaging, Page, PageNumberPaging, SyncPaginator
    from ._response import RawResponse
    from ._retry import RetryPolicy
    from ._sync import SyncInMemoryTokenStore, SyncRateLimiter, SyncTokenStore
    from ._sync_a360 import SyncA360
    from ._sync_activetrail import SyncActiveTrail
    from ._throttle import CoordinationError, Limiter, RateLimiter

__all__ = [
    "A360",
    "A360ElementType",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AccessToken",
    "AccountDisabledError",
    "ActiveTrail",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BulkItemError",
    "BulkResult",
    "CallOptions",
    "ClientOptions",
    "ConflictError",
    "ContactState",
    "CoordinationError",
    "DoNotMailError",
    "EmailDeliveryStatus",
    "ErrorEvent",
    "FlowStatus",
    "Hooks",
    "InMemoryTokenStore",
    "InvalidInputError",
    "Limiter",
    "MergeConflictError",
    "MethodNotAllowedError",
    "NoDataError",
    "NotFoundError",
    "OffsetPaging",
    "Operation",
    "Page",
    "PageNumberPaging",
    "PermissionDeniedError",
    "PulsetrailError",
    "PushStatus",
    "RateLimitError",
    "RateLimiter",
    "RawResponse",
    "RequestEvent",
    "ResponseEvent",
    "ResponseParseError",
    "ResponseTooLargeError",
    "RetryEvent",
    "RetryPolicy",
    "ServerError",
    "SmsSendType",
    "SmsStatus",
    "SubscriptionStatus",
    "SyncA360",
    "SyncActiveTrail",
    "SyncInMemoryTokenStore",
    "SyncPaginator",
    "SyncRateLimiter",
    "SyncTokenStore",
    "TokenFetchEvent",
    "TokenStore",
    "UnprocessableEntityError",
    "ValidationError",
    "WaitEvent",
    "__version__",
    "date_filter",
    "parsed_as",
]

#: each public name -> its module, imported on first use (PEP 562), so `import pulsetrail` loads neither httpx nor
#: the generated packages, and `from pulsetrail import A360` loads nothing of ActiveTrail's
_EXPORTS: dict[str, str] = {
    "ErrorEvent": "_hooks",
    "Hooks": "_hooks",
    "Operation": "_hooks",
    "RequestEvent": "_hooks",
    "ResponseEvent": "_hooks",
    "RetryEvent": "_hooks",
    "TokenFetchEvent": "_hooks",
    "WaitEvent": "_hooks",
    "A360": "_a360",
    "A360ElementType": "_enums",
    "APIConnectionError": "_exceptions",
    "APIStatusError": "_exceptions",
    "APITimeoutError": "_exceptions",
    "AccessToken": "_auth",
    "AccountDisabledError": "_exceptions",
    "ActiveTrail": "_activetrail",
    "AsyncPaginator": "_pagination",
    "AuthenticationError": "_exceptions",
    "BadRequestError": "_exceptions",
    "BulkItemError": "_bulk",
    "BulkResult": "_bulk",
    "CallOptions": "_operation",
    "ConflictError": "_exceptions",
    "ClientOptions": "_client",
    "CoordinationError": "_throttle",
    "ContactState": "_enums",
    "DoNotMailError": "_exceptions",
    "EmailDeliveryStatus": "_enums",
    "FlowStatus": "_enums",
    "InMemoryTokenStore": "_auth",
    "InvalidInputError": "_exceptions",
    "Limiter": "_throttle",
    "MergeConflictError": "_exceptions",
    "MethodNotAllowedError": "_exceptions",
    "NoDataError": "_exceptions",
    "NotFoundError": "_exceptions",
    "OffsetPaging": "_pagination",
    "Page": "_pagination",
    "PageNumberPaging": "_pagination",
    "PermissionDeniedError": "_exceptions",
    "PulsetrailError": "_exceptions",
    "PushStatus": "_enums",
    "RateLimitError": "_exceptions",
    "ResponseParseError": "_exceptions",
    "ResponseTooLargeError": "_exceptions",
    "RateLimiter": "_throttle",
    "RawResponse": "_response",
    "RetryPolicy": "_retry",
    "ServerError": "_exceptions",
    "SmsSendType": "_enums",
    "SmsStatus": "_enums",
    "SubscriptionStatus": "_enums",
    "SyncA360": "_sync_a360",
    "SyncActiveTrail": "_sync_activetrail",
    "SyncInMemoryTokenStore": "_sync",
    "SyncPaginator": "_pagination",
    "SyncRateLimiter": "_sync",
    "SyncTokenStore": "_sync",
    "TokenStore": "_auth",
    "UnprocessableEntityError": "_exceptions",
    "ValidationError": "_exceptions",
    "__version__": "_client",
    "date_filter": "_filter",
    "parsed_as": "_client",
}

if not TYPE_CHECKING:  # type checkers see the imports above, and no catch-all __getattr__

    def __getattr__(name: str) -> Any:
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
