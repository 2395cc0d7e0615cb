"""The base both API clients share: one httpx client with auth, throttle, retries and typed errors, handed to the
generated package through its `set_async_httpx_client` seam."""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar

import httpx

from ._pagination import MAX_PAGE_SIZE, AsyncPaginator, Paging
from ._retry import RetryPolicy
from ._throttle import Limiter, RateLimiter
from ._transport import DEFAULT_MAX_IN_FLIGHT, ErrorClassifier, PulsetrailTransport, default_classifier

__all__ = ["DEFAULT_MAX_IN_FLIGHT", "DEFAULT_TIMEOUT", "BaseClient", "parsed_as"]

__version__ = "0.1.0"

# Requests wait for a pooled connection as long as they must (the rate limiter and the pool bound the load); each
# request itself is bounded by the connect and read timeouts.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0, pool=None)


def pool_limits(max_in_flight: int) -> httpx.Limits:
    """As many kept-alive connections as requests in flight, kept a minute (httpx's 5 s default churns them)."""
    return httpx.Limits(max_connections=max_in_flight, max_keepalive_connections=max_in_flight, keepalive_expiry=60.0)


DEFAULT_LIMITS = pool_limits(DEFAULT_MAX_IN_FLIGHT)


class GeneratedClient(Protocol):
    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Any: ...


G = TypeVar("G", bound=GeneratedClient)
T = TypeVar("T")


def parsed_as(response: Any, model: type[T]) -> T:
    """The success model of a generated `asyncio_detailed` response (or an `asyncio` result), typed as `model`.

    Generated functions are typed `Model | ErrorModel | None` because the specs declare error bodies; through a
    pulsetrail client every error status raises instead, so what arrives is the model. This narrows the type and
    checks it: `balance = parsed_as(await get_account_balance.asyncio_detailed(client=at.client), AccountBalance)`.
    """
    value = getattr(response, "parsed", response)
    if not isinstance(value, model):
        raise TypeError(f"expected a {model.__name__}, got {type(value).__name__}")
    return value


class BaseClient(Generic[G]):
    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        generated: G,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit: float | None = None,
        rate_limiter: Limiter | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        classify: ErrorClassifier = default_classifier,
        headers: dict[str, str] | None = None,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
    ) -> None:
        if transport is not None and http_client is not None:
            raise ValueError("give transport or http_client, not both")
        if max_in_flight < 1:
            raise ValueError(f"max_in_flight={max_in_flight!r}: must be >= 1")
        inner: httpx.AsyncBaseTransport | httpx.AsyncClient = (
            http_client or transport or httpx.AsyncHTTPTransport(limits=pool_limits(max_in_flight))
        )
        self.base_url = base_url
        self.retry = retry if retry is not None else RetryPolicy()
        # `rate_limiter` (one shared by processes: pulsetrail.redis.RedisRateLimiter) wins over `rate_limit`
        self.limiter: Limiter | None = rate_limiter or (RateLimiter(rate_limit) if rate_limit else None)
        self._transport = PulsetrailTransport(
            inner, retry=self.retry, limiter=self.limiter, classify=classify, max_in_flight=max_in_flight
        )
        common = {
            "base_url": base_url,
            "timeout": timeout,
            "headers": {"Accept": "application/json", "User-Agent": f"pulsetrail/{__version__}", **(headers or {})},
        }
        self.http = httpx.AsyncClient(auth=auth, transport=self._transport, **common)  # type: ignore[arg-type]
        # The token request goes around the auth flow, over the same connections and throttle. Though a POST, it
        # changes nothing on the server, so it is retried like a GET: a 502 on the token endpoint (what left
        # SendPulse's PHP SDK stuck, #34/#36) then costs a retry, not the caller's request.
        token_transport = PulsetrailTransport(
            inner,
            retry=dataclasses.replace(self.retry, retry_non_idempotent=True),
            limiter=self.limiter,
            classify=classify,
            max_in_flight=max_in_flight,
        )
        self._unauthenticated_http = httpx.AsyncClient(transport=token_transport, **common)  # type: ignore[arg-type]
        generated.set_async_httpx_client(self.http)
        #: the generated package's client: pass it to any generated function (`client=api.client`)
        self.client: G = generated

    def paginate(
        self,
        operation: Callable[..., Awaitable[Any]],
        /,
        *,
        paging: Paging,
        page_size: int = MAX_PAGE_SIZE,
        items_field: str | None = None,
        max_items: int | None = None,
        **arguments: Any,
    ) -> AsyncPaginator[Any]:
        return AsyncPaginator(
            operation,
            client=self.client,
            paging=paging,
            page_size=page_size,
            items_field=items_field,
            max_items=max_items,
            arguments=arguments,
        )

    async def aclose(self) -> None:
        await self.http.aclose()
        await self._unauthenticated_http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"
