"""The base both API clients share: one httpx client with auth, throttle, retries and typed errors, handed to the
generated package through its `set_async_httpx_client` seam, and the one place every typed method
(`client.<tag>.<operation>(...)`, generated per tag from the specs) sends its request and reads the answer."""

from __future__ import annotations

import copy
import dataclasses
import functools
import inspect
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypedDict, TypeVar, Unpack

import httpx

from ._exceptions import InvalidInputError, ResponseParseError, parse_failures_as
from ._observe import OPERATION, PARSED, ObservedAsyncClient, Observer, configure_logging, operation_of, parse_ended
from ._operation import CallOptions, Operation
from ._pagination import MAX_PAGE_SIZE, AsyncPaginator, PageNumberPaging, Paging, paging_of
from ._response import RawResponse
from ._retry import RetryPolicy
from ._throttle import Limiter, RateLimiter
from ._transport import (
    DEADLINE,
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
    from ._hooks import Hooks

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
    _transport: Any
    _url_prefix: str | None
    #: False for a `with_options` copy, which shares the original's connections and closes nothing
    _owns_connections = True

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
        self._url_prefix = url_prefix(self.http.base_url)
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

    def _generated_fetch(self, operation: Callable[..., Any], name: str) -> Callable[[dict[str, Any]], Any]:
        """A page's fetch through a generated function (awaited by an async paginator)."""
        raise NotImplementedError

    def _paging_arguments(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments of a list call as the operation takes them (ActiveTrail reads its dates here)."""
        return arguments

    def _paging_of(self, operation: Callable[..., Any], paging: Paging | None) -> Paging:
        """The paging `paginate()` uses for a generated function: the given one, or what its parameters show."""
        if paging is None:
            paging = paging_of(list(inspect.signature(operation).parameters), first_page=self.first_page)
            if paging is None:
                raise InvalidInputError(
                    "operation", _operation_name(operation), "has no paging parameters (limit/offset, page/limit)"
                )
        return paging

    # The one request path of the typed methods (`api.AsyncRunner` / `api.SyncRunner`): every method of a
    # generated namespace hands its operation's descriptor (`Operation`), its arguments and the call's options to
    # `_call`, `_call_raw` or (a list) `_paginate`. Here is what they decide alike, async or sync: what is checked
    # before sending, how the request is built, how the answer is read.

    def _paginate(
        self, operation: Operation, arguments: dict[str, Any], /, **options: Unpack[CallOptions]
    ) -> PaginatorT:
        """The paginator of a typed list method: every argument checked now, each page sent by `_send`."""
        arguments = self._paging_arguments(operation.given(arguments))
        operation.check(arguments)
        paging = operation.paging
        if paging is None:
            raise InvalidInputError("operation", operation.name, "is not a list operation")
        if isinstance(paging, PageNumberPaging) and paging.first_page != self.first_page:
            paging = dataclasses.replace(paging, first_page=self.first_page)
        return self._paginator_type(
            functools.partial(self._send, operation, options=options),
            name=operation.name,
            paging=paging,
            items_field=operation.items_field,
            arguments=arguments,
        )

    def _send(self, operation: Operation, arguments: dict[str, Any], options: CallOptions) -> Any:
        """One page of a list operation, parsed (an awaitable in the async shell)."""
        raise NotImplementedError

    def _build(
        self, operation: Operation, arguments: dict[str, Any], options: CallOptions, *, parsed: bool = True
    ) -> httpx.Request:
        """The httpx request of an operation: each argument checked by the parameter it is for, serialized by the
        operation's generated module (`_get_kwargs`), the call's options applied; None for an optional parameter
        that cannot be null is "not sent" (`Operation.given`)."""
        arguments = operation.given(arguments)
        operation.check(arguments)
        try:
            request: dict[str, Any] = operation.implementation()._get_kwargs(**arguments)
        except (AttributeError, TypeError, ValueError, KeyError) as exc:
            # Every parameter took its argument, so only what a model holds can still fail: the body's.
            body = operation.body
            name = body.name if body is not None else "arguments"
            value = arguments.get(name, arguments)
            raise InvalidInputError(name, value, f"cannot be sent as {operation.name} declares it ({exc})") from None
        built = self._prepare(with_options(request, options, operation.name), extra_body=options.get("extra_body"))
        built.extensions[OPERATION] = operation_of(operation.implementation())  # what logs, hooks and spans name
        if parsed:  # parsed as soon as it is answered: the call's record includes the parse
            built.extensions[PARSED] = True
        return built

    def _prepare(self, request: dict[str, Any], *, body: str = "body", extra_body: object = None) -> httpx.Request:
        """The httpx request, built; a body JSON cannot carry is refused (InvalidInputError) by the argument that
        holds it: `extra_body` when that cannot be encoded by itself, else `body` (`json` for `request()`)."""
        try:
            built: httpx.Request = self.http.build_request(**self._absolute(request))
        except (httpx.InvalidURL, UnicodeEncodeError) as exc:  # a URL or header httpx cannot carry
            shown = {key: value for key, value in request.items() if key in ("url", "params")}
            raise InvalidInputError("arguments", shown, f"cannot be sent ({exc})") from None
        except (TypeError, ValueError) as exc:
            if extra_body is not None and not _encodes(extra_body):
                raise InvalidInputError("extra_body", extra_body, f"cannot be sent as JSON ({exc})") from None
            value = request.get("json") if body == "json" else None
            raise InvalidInputError(body, value, f"cannot be sent as JSON ({exc})") from None
        return built

    def _absolute(self, request: dict[str, Any]) -> dict[str, Any]:
        """The request with its URL whole: the base URL, the path, the query (`params`) encoded as httpx encodes it.

        The same URL httpx would build (tests/test_request_url.py), for about a third of the cost: httpx parses a
        relative URL, parses it again merged into the base URL, and a third time with the query merged in, at some
        30 us a parse, on every call."""
        url, prefix = request.get("url"), self._url_prefix
        if prefix is None or not isinstance(url, str) or url[:1] != "/" or url[:2] == "//" or "?" in url or "#" in url:
            return request  # not a plain path (`//host/...` is another host to httpx): httpx merges it
        params = request.get("params")
        query = str(httpx.QueryParams(params)) if params else ""
        if params and not query:  # parameters that all encode to nothing (empty lists): httpx's own edge
            return request
        request.pop("params", None)
        request["url"] = f"{prefix}{url}?{query}" if query else prefix + url
        return request

    def _parse(self, operation: Operation, response: httpx.Response, *, whole: bool = False) -> Any:
        """The answer read by the operation module's own parser (None for no body: a page may have none; `whole`, a
        typed method's answer, must have a body where the spec declares one); ResponseParseError otherwise. The
        call's record (log line, span, `on_error`) ends here, with the parse's outcome (`_observe.PARSED`)."""
        try:
            with parse_failures_as(operation.name, response):
                parsed = operation.implementation()._parse_response(client=self.client, response=response)
            if parsed is None and whole and operation.returns_body:
                raise ResponseParseError(f"{operation.name}: the answer has no body where the spec declares one")
        except BaseException as error:
            parse_ended(response, error)
            raise
        parse_ended(response, None)
        return parsed

    def _read(self, operation: Operation, response: httpx.Response) -> Any:
        """What a typed method returns: the parsed answer, which must have a body when the spec declares one."""
        return self._parse(operation, response, whole=True)

    def _any_request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        headers: Mapping[str, str] | None,
        options: CallOptions,
    ) -> httpx.Request:
        """The httpx request of `request()`: a method, a path under the base URL (never another host: the
        credentials stay home), the caller's parameters, body and headers, the call's options."""
        if not isinstance(method, str) or method.upper() not in _HTTP_METHODS:
            raise InvalidInputError("method", method, f"must be one of {', '.join(sorted(_HTTP_METHODS))}")
        request: dict[str, Any] = {"method": method.upper(), "url": self._relative(path)}
        if params is not None:
            request["params"] = _mapping("params", params)
        if json is not None:
            request["json"] = json
        if headers is not None:
            request["headers"] = _headers("headers", headers)
        return self._prepare(with_options(request, options, "request"), body="json")

    def _relative(self, path: object) -> str:
        """`path` when it is relative to the base URL (or the base URL's own origin); InvalidInputError otherwise."""
        if not isinstance(path, str) or not path:
            raise InvalidInputError("path", path, "must be a path relative to the client's base URL")
        try:
            url = httpx.URL(path)
        except httpx.InvalidURL as exc:
            raise InvalidInputError("path", path, f"is not a URL path ({exc})") from None
        if url.scheme or url.host:
            base = httpx.URL(self.base_url)
            if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
                raise InvalidInputError(
                    "path", path, f"is an absolute URL to another host; give a path relative to {self.base_url}"
                )
        return path

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client of the same type with another default `timeout`, `max_retries` or extra `headers` (None: as
        this one), sharing this client's connection pool, token, throttle and limiter: no second token request,
        and closing the copy closes nothing (close the original)."""
        clone = copy.copy(self)
        for name in list(vars(clone)):  # the namespaces, bound to this client's runner, are built again
            if isinstance(inspect.getattr_static(type(self), name, None), functools.cached_property):
                del vars(clone)[name]
        transport = self._transport
        if max_retries is not None:
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                raise InvalidInputError("max_retries", max_retries, "must be an integer >= 0")
            clone.retry = dataclasses.replace(self.retry, max_retries=max_retries)
            # The same shell (its pool, in-flight bound and limiter) with another retry policy.
            transport = copy.copy(transport)
            transport._retry = clone.retry
        clone._transport = transport
        clone.http = self._http_type(
            auth=self.http.auth,
            transport=transport,
            base_url=self.http.base_url,
            timeout=_timeout("timeout", timeout) if timeout is not None else self.http.timeout,
            headers={**self.http.headers, **_headers("headers", headers or {})},
        )
        clone._url_prefix = url_prefix(clone.http.base_url)
        clone.client = type(self.client)(base_url=self.base_url)
        getattr(clone.client, self._give_generated)(clone.http)
        clone._owns_connections = False
        return clone


#: what `request()` sends
_HTTP_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


def with_options(request: dict[str, Any], options: CallOptions, where: str) -> dict[str, Any]:
    """An httpx request with a call's options applied (each checked, named by its keyword)."""
    timeout = options.get("timeout")
    if timeout is not None:
        request["timeout"] = _timeout("timeout", timeout)
    extra = options.get("extra_headers")
    if extra is not None:
        request["headers"] = {**request.get("headers", {}), **_headers("extra_headers", extra)}
    extra = options.get("extra_query")
    if extra is not None:
        request["params"] = {**request.get("params", {}), **_mapping("extra_query", extra)}
    extra = options.get("extra_body")
    if extra is not None:
        body = request.get("json")
        if not isinstance(body, dict):
            raise InvalidInputError("extra_body", extra, f"{where} has no JSON object body to merge it into")
        request["json"] = {**body, **_mapping("extra_body", extra)}
    deadline = options.get("deadline")
    if deadline is not None:
        if isinstance(deadline, bool) or not isinstance(deadline, int | float) or not deadline > 0:
            raise InvalidInputError("deadline", deadline, "must be a number of seconds > 0")
        request["extensions"] = {**request.get("extensions", {}), DEADLINE: time.monotonic() + deadline}
    return request


def url_prefix(base_url: httpx.URL) -> str | None:
    """The base URL without its final `/`, which a path is appended to (`OperationCore._absolute`); None when it has
    a query or a fragment, which only httpx merges right."""
    return str(base_url).rstrip("/") if not base_url.query and not base_url.fragment else None


def _timeout(field: str, value: object) -> httpx.Timeout | float:
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise InvalidInputError(field, value, "must be seconds > 0 or an httpx.Timeout (httpx.Timeout(None): none)")
    return value


def _mapping(field: str, value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise InvalidInputError(field, value, "must be a mapping with str keys")
    return value


def _headers(field: str, value: object) -> Mapping[str, str]:
    mapping = _mapping(field, value)
    for name, header in mapping.items():
        if not isinstance(header, str):
            raise InvalidInputError(f"{field}[{name!r}]", header, "must be a str")
    return mapping


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

    async def _call(self, operation: Operation, arguments: dict[str, Any], /, **options: Unpack[CallOptions]) -> Any:
        response = await self.http.send(self._build(operation, arguments, options))
        return self._read(operation, response)

    async def _call_raw(
        self, operation: Operation, arguments: dict[str, Any], /, **options: Unpack[CallOptions]
    ) -> RawResponse[Any]:
        started = time.monotonic()
        response = await self.http.send(self._build(operation, arguments, options, parsed=False))
        return RawResponse(response, elapsed=time.monotonic() - started, parse=functools.partial(self._read, operation))

    async def _send(self, operation: Operation, arguments: dict[str, Any], options: CallOptions) -> Any:
        response = await self.http.send(self._build(operation, arguments, options))
        return self._parse(operation, response)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = None,  # noqa: ASYNC109 - the request's httpx timeout, as on every method
        deadline: float | None = None,
    ) -> RawResponse[Any]:
        """Any endpoint, including one the spec does not have: `await client.request("GET", "/api/new", params=...)`,
        sent through this client's auth, token refresh, throttle, retries and typed errors. `path` is relative to
        the base URL (an absolute URL to another host is refused); `.parse()` or `.json()` gives the decoded JSON."""
        options = CallOptions(timeout=timeout, deadline=deadline)
        request = self._any_request(method, path, params=params, json=json, headers=headers, options=options)
        started = time.monotonic()
        response = await self.http.send(request)
        return RawResponse(response, elapsed=time.monotonic() - started, parse=_json)

    async def aclose(self) -> None:
        if not self._owns_connections:  # a `with_options` copy: the original's pool, the original's to close
            return
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


def _json(response: httpx.Response) -> Any:
    return response.json()


def _encodes(value: object) -> bool:
    import json

    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True


def _operation_name(operation: Callable[..., Any]) -> str:
    return str(getattr(operation, "__module__", "") or getattr(operation, "__name__", "operation")).rpartition(".")[2]
