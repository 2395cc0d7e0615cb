"""The base both API clients share: one httpx client with auth, throttle, retries and typed errors, handed to the
generated package through its `set_async_httpx_client` seam, and the one place every typed method
(`client.<tag>.<operation>(...)`, generated per tag from the specs) sends its request and reads the answer."""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Awaitable, Callable
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar

import httpx

from ._exceptions import InvalidInputError, ResponseParseError, check_id, parse_failures_as
from ._pagination import MAX_PAGE_SIZE, AsyncPaginator, OffsetPaging, PageNumberPaging, Paging, paging_of
from ._retry import RetryPolicy
from ._throttle import Limiter, RateLimiter
from ._transport import DEFAULT_MAX_IN_FLIGHT, ErrorClassifier, PulsetrailTransport, default_classifier

__all__ = ["DEFAULT_MAX_IN_FLIGHT", "DEFAULT_TIMEOUT", "BaseClient", "OperationCore", "Settings", "parsed_as"]


@functools.cache
def package_version() -> str:
    """The installed distribution's version: pyproject.toml is its one source, read from the package metadata on
    first use (importing importlib.metadata takes tens of milliseconds: not a cost of `from pulsetrail import A360`)."""
    from importlib import metadata

    try:
        return metadata.version("pulsetrail")
    except metadata.PackageNotFoundError:  # the overlay imported from a checkout that was never installed
        return "0+unknown"


if TYPE_CHECKING:
    __version__: str
else:

    def __getattr__(name: str) -> Any:  # PEP 562: `pulsetrail.__version__` without importing metadata before
        if name == "__version__":
            return package_version()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


@dataclasses.dataclass(frozen=True)
class Settings:
    """What both shells (async and sync) make of a client's constructor arguments, decided once."""

    retry: RetryPolicy
    #: the retry policy of the token request: though a POST, it changes nothing on the server, so it is retried
    #: like a GET (a 502 on the token endpoint, what left SendPulse's PHP SDK stuck, #34/#36, costs a retry)
    token_retry: RetryPolicy
    #: `rate_limiter` (one shared by processes: pulsetrail.redis.RedisRateLimiter) wins over `rate_limit`
    limiter: Any
    #: keyword arguments of the httpx client (either kind) besides auth and transport
    common: dict[str, Any]

    @classmethod
    def of(
        cls,
        *,
        base_url: str,
        timeout: httpx.Timeout | float,
        retry: RetryPolicy | None,
        rate_limit: float | None,
        rate_limiter: Any,
        make_limiter: Callable[[float], Any],
        transport: object,
        http_client: object,
        headers: dict[str, str] | None,
        max_in_flight: int,
    ) -> Settings:
        if transport is not None and http_client is not None:
            raise ValueError("give transport or http_client, not both")
        if max_in_flight < 1:
            raise ValueError(f"max_in_flight={max_in_flight!r}: must be >= 1")
        policy = retry if retry is not None else RetryPolicy()
        return cls(
            retry=policy,
            token_retry=dataclasses.replace(policy, retry_non_idempotent=True),
            limiter=rate_limiter or (make_limiter(rate_limit) if rate_limit else None),
            common={
                "base_url": base_url,
                "timeout": timeout,
                "headers": {
                    "Accept": "application/json",
                    "User-Agent": f"pulsetrail/{package_version()}",
                    **(headers or {}),
                },
            },
        )


class OperationCore:
    """The decisions of a typed method call that do not depend on how the request is sent (shared by `BaseClient`
    and the sync client): what is checked before sending, how the request is built, how its answer is read."""

    client: Any
    #: the number of the first page of a page-numbered list (ActiveTrail's `Page`; overridden per client)
    first_page = 1

    def _paging_arguments(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments of a list call as the operation takes them (ActiveTrail reads its dates here)."""
        return arguments

    def _paging(self, paging: str, path_ids: tuple[str, ...], arguments: dict[str, Any]) -> Paging:
        """The paging of a typed list method (its kind as the template found it), after checking its ids."""
        _check_ids(path_ids, arguments)
        if paging == "offset":
            return OffsetPaging()
        return PageNumberPaging(paging, "page_size" if paging == "page_number" else "limit", self.first_page)

    def _paging_of(self, operation: Callable[..., Any], paging: Paging | None) -> Paging:
        """The paging `paginate()` uses for a generated function: the given one, or what its parameters show."""
        if paging is None:
            paging = paging_of(list(inspect.signature(operation).parameters), first_page=self.first_page)
            if paging is None:
                raise InvalidInputError(
                    "operation", _operation_name(operation), "has no paging parameters (limit/offset, page/limit)"
                )
        return paging

    @staticmethod
    def _request(operation: ModuleType, arguments: dict[str, Any]) -> dict[str, Any]:
        """The httpx request of a generated operation module, or InvalidInputError naming the argument at fault."""
        try:
            request: dict[str, Any] = operation._get_kwargs(**arguments)
        except (AttributeError, TypeError, ValueError) as exc:
            field, value = _culprit(arguments, exc)
            raise InvalidInputError(
                field, value, f"cannot be sent as {_module_name(operation)} declares it ({exc})"
            ) from None
        return request

    def _parse(self, operation: ModuleType, response: httpx.Response) -> Any:
        """The answer read by the operation module's own parser (None for no body); ResponseParseError otherwise."""
        with parse_failures_as(_module_name(operation), response):
            return operation._parse_response(client=self.client, response=response)

    @staticmethod
    def _body(operation: ModuleType, parsed: Any, returns_body: bool) -> Any:
        if parsed is None and returns_body:
            raise ResponseParseError(f"{_module_name(operation)}: the answer has no body where the spec declares one")
        return parsed


class BaseClient(OperationCore, Generic[G]):
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
        settings = Settings.of(
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            rate_limiter=rate_limiter,
            make_limiter=RateLimiter,
            transport=transport,
            http_client=http_client,
            headers=headers,
            max_in_flight=max_in_flight,
        )
        inner: httpx.AsyncBaseTransport | httpx.AsyncClient = (
            http_client or transport or httpx.AsyncHTTPTransport(limits=pool_limits(max_in_flight))
        )
        self.base_url = base_url
        self.retry = settings.retry
        self.limiter: Limiter | None = settings.limiter
        self._transport = PulsetrailTransport(
            inner, retry=self.retry, limiter=self.limiter, classify=classify, max_in_flight=max_in_flight
        )
        common = settings.common
        self.http = httpx.AsyncClient(auth=auth, transport=self._transport, **common)
        # The token request goes around the auth flow, over the same connections and throttle.
        token_transport = PulsetrailTransport(
            inner, retry=settings.token_retry, limiter=self.limiter, classify=classify, max_in_flight=max_in_flight
        )
        self._unauthenticated_http = httpx.AsyncClient(transport=token_transport, **common)
        generated.set_async_httpx_client(self.http)
        #: the generated package's client: pass it to any generated function (`client=api.client`)
        self.client: G = generated

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
        pages = self._paging_of(operation, paging)

        async def fetch(page_arguments: dict[str, Any]) -> Any:
            with parse_failures_as(name):
                response = await operation(client=self.client, **page_arguments)
            return getattr(response, "parsed", response)

        return AsyncPaginator(
            fetch,
            name=name,
            paging=pages,
            page_size=page_size,
            items_field=items_field,
            max_items=max_items,
            arguments=self._paging_arguments(arguments),
        )

    # The two entry points of the generated namespaces (`api.AsyncRunner`): every typed method calls one of them with
    # its operation module. They check what can be checked before sending, send through this client, and read the
    # answer with the module's own parser, so every failure is one of pulsetrail's errors.

    async def _call_operation(
        self, operation: ModuleType, returns_body: bool, path_ids: tuple[str, ...], /, **arguments: Any
    ) -> Any:
        _check_ids(path_ids, arguments)
        return self._body(operation, await self._send(operation, arguments), returns_body)

    def _paginate_operation(
        self,
        operation: ModuleType,
        paging: str,
        items_field: str | None,
        path_ids: tuple[str, ...],
        /,
        **arguments: Any,
    ) -> AsyncPaginator[Any, Any]:
        pages = self._paging(paging, path_ids, arguments)

        async def fetch(page_arguments: dict[str, Any]) -> Any:
            return await self._send(operation, page_arguments)

        return AsyncPaginator(
            fetch,
            name=_module_name(operation),
            paging=pages,
            items_field=items_field,
            arguments=self._paging_arguments(arguments),
        )

    async def _send(self, operation: ModuleType, arguments: dict[str, Any]) -> Any:
        """One request of a generated operation module, its answer parsed by the module (None for no body)."""
        response = await self.http.request(**self._request(operation, arguments))
        return self._parse(operation, response)

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
