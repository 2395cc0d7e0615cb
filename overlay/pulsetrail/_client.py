"""The base both API clients share: one httpx client with auth, throttle, retries and typed errors, handed to the
generated package through its `set_async_httpx_client` seam, and the one place every typed method
(`client.<tag>.<operation>(...)`, generated per tag from the specs) sends its request and reads the answer."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Awaitable, Callable
from types import ModuleType, TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar

import httpx

from ._exceptions import InvalidInputError, ResponseParseError, check_id, parse_failures_as
from ._pagination import MAX_PAGE_SIZE, AsyncPaginator, OffsetPaging, PageNumberPaging, Paging, paging_of
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

    #: the number of the first page of a page-numbered list (ActiveTrail's `Page`; overridden per client)
    first_page = 1

    def paginate(
        self,
        operation: Callable[..., Awaitable[Any]],
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        items_field: str | None = None,
        max_items: int | None = None,
        paging: Paging | None = None,
        **arguments: Any,
    ) -> AsyncPaginator[Any, Any]:
        """Every item of any generated list operation (`limit`/`offset`, `Page`/`Limit` or `PageNumber`/`PageSize`,
        found from its signature): `client.paginate(list_contacts.asyncio_detailed, from_date=...)`. The typed
        methods (`client.contacts.list_contacts(...)`) return the same paginator, typed with their items."""
        name = _operation_name(operation)
        if paging is None:
            paging = paging_of(list(inspect.signature(operation).parameters), first_page=self.first_page)
            if paging is None:
                raise InvalidInputError("operation", name, "has no paging parameters (limit/offset, page/limit)")

        async def fetch(page_arguments: dict[str, Any]) -> Any:
            with parse_failures_as(name):
                response = await operation(client=self.client, **page_arguments)
            return getattr(response, "parsed", response)

        return AsyncPaginator(
            fetch,
            name=name,
            paging=paging,
            page_size=page_size,
            items_field=items_field,
            max_items=max_items,
            arguments=self._paging_arguments(arguments),
        )

    def _paging_arguments(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments of a list call as the operation takes them (ActiveTrail reads its dates here)."""
        return arguments

    # The two entry points of the generated namespaces (`api.AsyncRunner`): every typed method calls one of them with
    # its operation module. They check what can be checked before sending, send through this client, and read the
    # answer with the module's own parser, so every failure is one of pulsetrail's errors.

    async def _call_operation(
        self, operation: ModuleType, returns_body: bool, path_ids: tuple[str, ...], /, **arguments: Any
    ) -> Any:
        _check_ids(path_ids, arguments)
        parsed = await self._send(operation, arguments)
        if parsed is None and returns_body:
            raise ResponseParseError(f"{_module_name(operation)}: the answer has no body where the spec declares one")
        return parsed

    def _paginate_operation(
        self,
        operation: ModuleType,
        paging: str,
        items_field: str | None,
        path_ids: tuple[str, ...],
        /,
        **arguments: Any,
    ) -> AsyncPaginator[Any, Any]:
        _check_ids(path_ids, arguments)
        name = _module_name(operation)
        pages: Paging = (
            OffsetPaging()
            if paging == "offset"
            else PageNumberPaging(paging, "page_size" if paging == "page_number" else "limit", self.first_page)
        )

        async def fetch(page_arguments: dict[str, Any]) -> Any:
            return await self._send(operation, page_arguments)

        return AsyncPaginator(
            fetch, name=name, paging=pages, items_field=items_field, arguments=self._paging_arguments(arguments)
        )

    async def _send(self, operation: ModuleType, arguments: dict[str, Any]) -> Any:
        """One request of a generated operation module, its answer parsed by the module (None for no body)."""
        name = _module_name(operation)
        try:
            request = operation._get_kwargs(**arguments)
        except (AttributeError, TypeError, ValueError) as exc:
            field, value = _culprit(arguments, exc)
            raise InvalidInputError(field, value, f"cannot be sent as {name} declares it ({exc})") from None
        response = await self.http.request(**request)
        with parse_failures_as(name, response):
            return operation._parse_response(client=self.client, response=response)

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


def _check_ids(names: tuple[str, ...], arguments: dict[str, Any]) -> None:
    for name in names:
        check_id(name, arguments[name])


def _culprit(arguments: dict[str, Any], exc: BaseException) -> tuple[str, object]:
    """The argument a generated request builder choked on: a body that is not the model, or the one it names."""
    body = arguments.get("body")
    if body is not None and not hasattr(body, "to_dict") and not isinstance(body, (list, str, bytes)):
        return "body", body
    for name, value in arguments.items():
        if repr(type(value).__name__) in str(exc) or f"'{name}'" in str(exc):
            return name, value
    return "arguments", {k: v for k, v in arguments.items() if k != "body"}


def _module_name(operation: ModuleType) -> str:
    return operation.__name__.rpartition(".")[2]


def _operation_name(operation: Callable[..., Any]) -> str:
    return str(getattr(operation, "__module__", "") or getattr(operation, "__name__", "operation")).rpartition(".")[2]
