"""pulsetrail: an async-first SDK for the ActiveTrail and SendPulse Automation360 APIs.

    from pulsetrail import A360, ActiveTrail

    async with A360(client_id=..., client_secret=...) as a360:
        async for flow in a360.flows():
            ...

    async with ActiveTrail(token) as at:
        async for contact in at.paginate(list_contacts.asyncio_detailed):
            ...

The generated packages (`sendpulse_a360_api`, `activetrail_api`) hold every operation and model; this package adds
auth, retries, throttling, typed errors, pagination, the A360 date filter and tolerant status enums.
"""

from ._a360 import A360
from ._activetrail import ActiveTrail
from ._auth import AccessToken, InMemoryTokenStore, TokenStore
from ._bulk import BulkItemError, BulkResult
from ._client import __version__, parsed_as
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
    ServerError,
    UnprocessableEntityError,
    ValidationError,
)
from ._filter import date_filter
from ._pagination import AsyncPaginator, OffsetPaging, Page, PageNumberPaging
from ._retry import RetryPolicy
from ._throttle import RateLimiter

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
    "ConflictError",
    "ContactState",
    "DoNotMailError",
    "EmailDeliveryStatus",
    "FlowStatus",
    "InMemoryTokenStore",
    "InvalidInputError",
    "MergeConflictError",
    "MethodNotAllowedError",
    "NoDataError",
    "NotFoundError",
    "OffsetPaging",
    "Page",
    "PageNumberPaging",
    "PermissionDeniedError",
    "PulsetrailError",
    "PushStatus",
    "RateLimitError",
    "RateLimiter",
    "RetryPolicy",
    "ServerError",
    "SmsSendType",
    "SmsStatus",
    "SubscriptionStatus",
    "TokenStore",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
    "date_filter",
    "parsed_as",
]
