"""The base both API clients share: one httpx client with auth, throttle, retries and typed errors, handed to the
generated package through its `set_async_httpx_client` seam, and the one place every typed method
(`client.<tag>.<operation>(...)`, generated per tag from the specs) sends its request and reads the answer."""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Callable, Mapping
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypedDict, TypeVar

import httpx

from ._exceptions import InvalidInputError, ResponseParseError, check_id, parse_failures_as
from ._hooks import Hooks
from ._observe import OPERATION, ObservedAsyncClient, Observer, configure_logging, operation_of
from ._pagination import MAX_PAGE_SIZE, AsyncPaginator, OffsetPaging, PageNumberPaging, Paging, paging_of
from ._retry import RetryPolicy
from ._throttle import Limiter, RateLimiter
from ._transport import (
    DEFAULT_MAX_IN_FLIGHT,
    DEFAULT_MAX_RESPONSE_BYTES,
    ErrorClassifier,
    PulsetrailTransport,
    default_classifier,
)

__all__ = [
    "DEFAULT_MAX_IN_FLIGHT",
    "DEFAULT_TIMEOUT",
    "AsyncOptions",
    "BaseClient",
    "ClientOptions",
    "OperationCore",
    "Settings",
    "parsed_as",
]


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


# `pool` bounds the wait for a turn to send (an in-flight slot, the throttle, a connection): a minute, so that a
# flood of calls against a server that stopped answering fails within minutes instead of queueing for an hour, while
# a burst of a few hundred calls through A360's 10 requests/s throttle still goes through.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0, pool=60.0)
#: the longest a token fetch may take, every attempt included (the client's `deadline` when shorter): every call
#: waiting for the token shares its outcome, so a token endpoint that drips its answer cannot hold them all
TOKEN_FETCH_DEADLINE = 60.0
#: the longest path parameter sent (longer ones are refused before sending: no ID of either API comes near it)
MAX_PATH_PARAMETER = 1024


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


TransportT = TypeVar("TransportT")
HttpClientT = TypeVar("HttpClientT")
LimiterT = TypeVar("LimiterT")


class ClientOptions(TypedDict, Generic[TransportT, HttpClientT, LimiterT], total=False):
    """The keyword arguments every client takes besides its credentials, async and sync alike (`AsyncOptions`,
    `SyncOptions` give the three types that differ):

    - `base_url`: the API's root (each client has its default; a mock server's URL in tests);
    - `timeout`: an `httpx.Timeout` or seconds (default: 30 s, 10 s to connect, 60 s `pool`: the longest a request
      waits for its turn to send: an in-flight slot, the throttle, a connection);
    - `deadline`: seconds a whole call may take, every attempt, wait and retry included (default None: each wait is
      bounded by its own timeout); the token fetch takes at most the shorter of this and 60 s;
    - `max_response_bytes`: the largest response body read, decoded (default 64 MiB): a larger one raises
      `ResponseTooLargeError` once that much was read;
    - `retry`: a `RetryPolicy` (default `RetryPolicy()`);
    - `rate_limit`: requests per second, throttled in this process (A360's default: 10; ActiveTrail's: None);
    - `rate_limiter`: a limiter shared by processes (`pulsetrail.redis`); wins over `rate_limit`;
    - `transport`: the httpx transport to send through (`httpx.AsyncBaseTransport` / `httpx.BaseTransport`);
    - `http_client`: or a caller's httpx client to send through (`httpx.AsyncClient` / `httpx.Client`), not both;
    - `max_in_flight`: requests sent at once, over as many kept-alive connections (default 32);
    - `hooks`: a `pulsetrail.Hooks`, callbacks on each attempt, answer, retry, wait, token fetch and final error.
    """

    base_url: str
    timeout: httpx.Timeout | float
    deadline: float | None
    max_response_bytes: int
    retry: RetryPolicy | None
    rate_limit: float | None
    rate_limiter: LimiterT | None
    transport: TransportT | None
    http_client: HttpClientT | None
    max_in_flight: int
    hooks: Hooks | None


AsyncOptions = ClientOptions[httpx.AsyncBaseTransport, httpx.AsyncClient, Limiter]

_OPTION_NAMES = ClientOptions.__optional_keys__ | ClientOptions.__required_keys__


@dataclasses.dataclass(frozen=True)
class Settings:
    """What both shells (async and sync) make of a client's options (`ClientOptions`), decided once."""

    base_url: str
    retry: RetryPolicy
    #: the retry policy of the token request: though a POST, it changes nothing on the server, so it is retried
    #: like a GET (a 502 on the token endpoint, what left SendPulse's PHP SDK stuck, #34/#36, costs a retry)
    token_retry: RetryPolicy
    #: `rate_limiter` (one shared by processes: pulsetrail.redis.RedisRateLimiter) wins over `rate_limit`
    limiter: Any
    #: the caller's client or transport, else a pooled transport of the shell's kind
    inner: Any
    max_in_flight: int
    deadline: float | None
    max_response_bytes: int
    #: the client's hooks, logs and spans (`_observe`)
    observer: Observer
    #: keyword arguments of the httpx client (either kind) besides auth and transport
    common: dict[str, Any]

    @classmethod
    def of(
        cls,
        client: str,
        options: Mapping[str, Any],
        *,
        defaults: Mapping[str, Any],
        headers: dict[str, str] | None,
        make_limiter: Callable[[float], Any],
        make_pool: Callable[..., Any],
    ) -> Settings:
        unknown = sorted(set(options) - _OPTION_NAMES)
        if unknown:
            raise TypeError(f"{client}() got an unexpected keyword argument {unknown[0]!r}")
        given = {"timeout": DEFAULT_TIMEOUT, "max_in_flight": DEFAULT_MAX_IN_FLIGHT, **defaults, **options}
        transport, http_client = given.get("transport"), given.get("http_client")
        if transport is not None and http_client is not None:
            raise ValueError("give transport or http_client, not both")
        max_in_flight = given["max_in_flight"]
        if max_in_flight < 1:
            raise ValueError(f"max_in_flight={max_in_flight!r}: must be >= 1")
        deadline = given.get("deadline")
        if deadline is not None and not deadline > 0:
            raise ValueError(f"deadline={deadline!r}: must be > 0 seconds (or None)")
        max_bytes = given.get("max_response_bytes", DEFAULT_MAX_RESPONSE_BYTES)
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
            raise ValueError(f"max_response_bytes={max_bytes!r}: must be a positive number of bytes")
        retry = given.get("retry")
        policy = retry if retry is not None else RetryPolicy()
        rate_limit = given.get("rate_limit")
        configure_logging()
        return cls(
            base_url=given["base_url"],
            retry=policy,
            token_retry=dataclasses.replace(policy, retry_non_idempotent=True),
            limiter=given.get("rate_limiter") or (make_limiter(rate_limit) if rate_limit else None),
            inner=http_client or transport or make_pool(limits=pool_limits(max_in_flight)),
            max_in_flight=max_in_flight,
            deadline=deadline,
            max_response_bytes=max_bytes,
            observer=Observer(given.get("hooks")),
            common={
                "base_url": given["base_url"],
                "timeout": given["timeout"],
                "headers": {
                    "Accept": "application/json",
                    "User-Agent": f"pulsetrail/{package_version()}",
                    **(headers or {}),
                },
            },
        )

    def transport(self, shell: Callable[..., T], classify: ErrorClassifier, *, token: bool = False) -> T:
        """The transport shell (async or sync) of the client's requests, or of its token requests."""
        return shell(
            self.inner,
            retry=self.token_retry if token else self.retry,
            limiter=self.limiter,
            classify=classify,
            max_in_flight=self.max_in_flight,
            deadline=min(self.deadline or TOKEN_FETCH_DEADLINE, TOKEN_FETCH_DEADLINE) if token else self.deadline,
            max_response_bytes=self.max_response_bytes,
            observer=self.observer,
        )


PaginatorT = TypeVar("PaginatorT")


class OperationCore(Generic[PaginatorT]):
    """The decisions of a typed method call that do not depend on how the request is sent (shared by `BaseClient`
    and the sync client): what is checked before sending, how the request is built, how its answer is read, how a
    list is paged."""

    client: Any
    http: Any
    _unauthenticated_http: Any
    #: the number of the first page of a page-numbered list (ActiveTrail's `Page`; overridden per client)
    first_page = 1
    # What makes a shell async or sync: its httpx client, transport shell, pooled transport, in-process limiter,
    # and how the generated package's client is given the httpx client.
    _http_type: Callable[..., Any]
    _shell_type: Callable[..., Any]
    _pool_type: Callable[..., Any]
    _limiter_type: Callable[[float], Any]
    _give_generated: str
    _paginator_type: Callable[..., PaginatorT]

    def __init__(
        self,
        *,
        auth: httpx.Auth,
        generated: Callable[..., Any],
        classify: ErrorClassifier = default_classifier,
        headers: dict[str, str] | None = None,
        defaults: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> None:
        """`generated`: the generated package's `Client` class; `options`: `ClientOptions` over `defaults`."""
        settings = Settings.of(
            type(self).__name__,
            options,
            defaults=defaults or {},
            headers=headers,
            make_limiter=self._limiter_type,
            make_pool=self._pool_type,
        )
        self.base_url: str = settings.base_url
        self.retry = settings.retry
        self.limiter = settings.limiter
        self._transport = settings.transport(self._shell_type, classify)
        self.http = self._http_type(auth=auth, transport=self._transport, **settings.common)
        # The token request goes around the auth flow, over the same connections and throttle.
        token_transport = settings.transport(self._shell_type, classify, token=True)
        self._unauthenticated_http = self._http_type(transport=token_transport, **settings.common)
        #: the generated package's client: pass it to any generated function (`client=api.client`)
        self.client = generated(base_url=settings.base_url)
        getattr(self.client, self._give_generated)(self.http)

    def paginate(
        self,
        operation: Callable[..., Any],
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        items_field: str | None = None,
        max_items: int | None = None,
        paging: Paging | None = None,
        **arguments: Any,
    ) -> PaginatorT:
        """Every item of any generated list operation (`limit`/`offset`, `Page`/`Limit` or `PageNumber`/`PageSize`,
        found from its signature): `client.paginate(list_contacts.asyncio_detailed, from_date=...)` (a sync client:
        `list_contacts.sync_detailed`). The typed methods (`client.contacts.list_contacts(...)`) return the same
        paginator, typed with their items."""
        name = _operation_name(operation)
        return self._paginator_type(
            self._generated_fetch(operation, name),
            name=name,
            paging=self._paging_of(operation, paging),
            page_size=page_size,
            items_field=items_field,
            max_items=max_items,
            arguments=self._paging_arguments(arguments),
        )

    def _paginate_operation(
        self,
        operation: ModuleType,
        paging: str,
        items_field: str | None,
        path_ids: tuple[str, ...],
        /,
        **arguments: Any,
    ) -> PaginatorT:
        """The paginator of a typed list method (called by the generated namespaces)."""
        pages = self._paging(paging, path_ids, arguments)
        return self._paginator_type(
            functools.partial(self._send, operation),
            name=_module_name(operation),
            paging=pages,
            items_field=items_field,
            arguments=self._paging_arguments(arguments),
        )

    def _generated_fetch(self, operation: Callable[..., Any], name: str) -> Callable[[dict[str, Any]], Any]:
        """A page's fetch through a generated function (awaited by an async paginator)."""
        raise NotImplementedError

    def _send(self, operation: ModuleType, arguments: dict[str, Any]) -> Any:
        """One request of a generated operation module, its answer parsed (an awaitable in the async shell)."""
        raise NotImplementedError

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
        for name, declared in path_parameters(operation):
            check_path_argument(name, arguments.get(name), declared)
        try:
            request: dict[str, Any] = operation._get_kwargs(**arguments)
        except (AttributeError, TypeError, ValueError) as exc:
            field, value = _culprit(arguments, exc)
            raise InvalidInputError(
                field, value, f"cannot be sent as {_module_name(operation)} declares it ({exc})"
            ) from None
        return request

    def _build(self, operation: ModuleType, arguments: dict[str, Any]) -> httpx.Request:
        """The request of a generated operation, built (a value httpx cannot put in a URL or header is named here,
        before anything is sent)."""
        request = self._request(operation, arguments)
        try:
            built: httpx.Request = self.http.build_request(**request)
        except (httpx.InvalidURL, UnicodeEncodeError) as exc:
            raise InvalidInputError(
                "arguments", {k: v for k, v in arguments.items() if k != "body"}, f"cannot be sent ({exc})"
            ) from None
        built.extensions[OPERATION] = operation_of(operation)  # what logs, hooks and spans name the call by
        return built

    def _parse(self, operation: ModuleType, response: httpx.Response) -> Any:
        """The answer read by the operation module's own parser (None for no body); ResponseParseError otherwise."""
        with parse_failures_as(_module_name(operation), response):
            return operation._parse_response(client=self.client, response=response)

    @staticmethod
    def _body(operation: ModuleType, parsed: Any, returns_body: bool) -> Any:
        if parsed is None and returns_body:
            raise ResponseParseError(f"{_module_name(operation)}: the answer has no body where the spec declares one")
        return parsed


class BaseClient(OperationCore[AsyncPaginator[Any, Any]], Generic[G]):
    """The base of the async clients: `OperationCore` over an `httpx.AsyncClient` whose transport is the async shell
    of the retry/throttle/error core; the generated package's functions use the same client (`client.client`)."""

    _http_type = ObservedAsyncClient
    _shell_type = PulsetrailTransport
    _pool_type = httpx.AsyncHTTPTransport
    _limiter_type = RateLimiter
    _give_generated = "set_async_httpx_client"
    _paginator_type = AsyncPaginator
    client: G
    http: httpx.AsyncClient
    limiter: Limiter | None
    _transport: PulsetrailTransport

    def _generated_fetch(self, operation: Callable[..., Any], name: str) -> Callable[[dict[str, Any]], Any]:
        async def fetch(page_arguments: dict[str, Any]) -> Any:
            with parse_failures_as(name):
                response = await operation(client=self.client, **page_arguments)
            return getattr(response, "parsed", response)

        return fetch

    # The entry points of the generated namespaces (`api.AsyncRunner`): every typed method calls `_call_operation`
    # or (a list) `OperationCore._paginate_operation` with its operation module. They check what can be checked
    # before sending, send through this client, and read the answer with the module's own parser, so every failure
    # is one of pulsetrail's errors.

    async def _call_operation(
        self, operation: ModuleType, returns_body: bool, path_ids: tuple[str, ...], /, **arguments: Any
    ) -> Any:
        _check_ids(path_ids, arguments)
        return self._body(operation, await self._send(operation, arguments), returns_body)

    async def _send(self, operation: ModuleType, arguments: dict[str, Any]) -> Any:
        """One request of a generated operation module, its answer parsed by the module (None for no body)."""
        response = await self.http.send(self._build(operation, arguments))
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


@functools.cache
def path_parameters(operation: ModuleType) -> tuple[tuple[str, type], ...]:
    """(name, declared type) of each path parameter of a generated operation module: the parameters its
    `_get_kwargs` takes positionally (the generator makes every other one keyword-only)."""
    signature = inspect.signature(operation._get_kwargs)
    return tuple(
        (name, parameter.annotation if isinstance(parameter.annotation, type) else str)
        for name, parameter in signature.parameters.items()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    )


def check_path_argument(name: str, value: object, declared: type) -> None:
    """Refuse a path argument that would send the request somewhere else, or nowhere: a path segment of `.`/`..`
    (httpx collapses it: `delete_automations("..")` would hit the parent path), an empty one, one of another type
    (a bool, an object; an int where a str is declared is fine), or one too long for any URL."""
    if declared is int:
        check_id(name, value)
    elif isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidInputError(name, value, f"must be a {declared.__name__} (a path segment)")
    # str() of an int over 4300 digits raises ValueError: its size says enough (3.33 bits a digit)
    if isinstance(value, int) and value.bit_length() > 4 * MAX_PATH_PARAMETER:
        raise InvalidInputError(name, "<an integer too long to send>", f"is longer than {MAX_PATH_PARAMETER} digits")
    text = str(value)
    if len(text) > MAX_PATH_PARAMETER:
        raise InvalidInputError(name, f"<{len(text)} characters>", f"is longer than {MAX_PATH_PARAMETER} characters")
    if not text.strip() or text in {".", ".."}:
        raise InvalidInputError(name, value, "must be a non-empty path segment other than '.' and '..'")


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
