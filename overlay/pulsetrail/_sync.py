"""The sync shell: `SyncBaseClient` (an `httpx.Client` with the same auth, throttle, retries, typed errors and
pagination as the async clients), the thread-safe `SyncRateLimiter`, the sync token store and SendPulse auth.

Every decision is taken by the same code as in the async clients: `OperationCore` (what a typed method checks, sends
and reads), `TransportCore` (which failures are retried after how long, which error is raised), `Schedule` (the
throttle's release times), `usable`/`token_from_response` (the token's refresh rule and reading), `PaginatorCore`
(where a page's items are and when the walk stops). What is here only carries those decisions out with blocking
calls and `threading` locks, so one client may be shared by any number of threads.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Generator, Mapping
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar, Unpack, runtime_checkable

import httpx

from ._auth import (
    TOKEN_PATH,
    AccessToken,
    PlanRun,
    SendPulseAuth,
    SyncSharedTokenStore,
    no_token_in_time,
    token_from_response,
    token_waited,
    usable,
    wait_bound,
)
from ._client import ClientOptions, OperationCore, _json
from ._exceptions import parse_failures_as
from ._observe import ObservedClient, observe_token_fetch
from ._operation import CallOptions, Operation
from ._pagination import SyncPaginator
from ._response import RawResponse
from ._throttle import Schedule
from ._transport import SyncPulsetrailTransport

__all__ = [
    "SyncBaseClient",
    "SyncInMemoryTokenStore",
    "SyncLimiter",
    "SyncOptions",
    "SyncRateLimiter",
    "SyncSendPulseAuth",
    "SyncTokenStore",
]


@runtime_checkable
class SyncLimiter(Protocol):
    """What a sync client needs from a rate limiter: `acquire()` returns when one request may leave."""

    def acquire(self) -> None: ...


class SyncRateLimiter:
    """`pulsetrail.RateLimiter` for threads: the same `Schedule`, waited for with `time.sleep` under a lock, so
    requests leave in arrival order and the rate holds across every thread sharing the client."""

    def __init__(self, rate: float, burst: int = 2, margin: float = 0.02) -> None:
        self._schedule = Schedule(rate, burst, margin)
        self.rate = rate
        self.burst = burst
        self._lock = threading.Lock()

    def acquire(self, timeout: float | None = None) -> None:
        """Returns when one request may leave; `TimeoutError` when that is more than `timeout` seconds away (the
        turn is then not taken)."""
        until = None if timeout is None else time.monotonic() + timeout
        if not self._lock.acquire(timeout=-1 if timeout is None else timeout):
            raise TimeoutError(f"no turn within {timeout} s")
        try:
            now = time.monotonic()
            scheduled, release = self._schedule.next_release(now)
            if until is not None and release > until:
                raise TimeoutError(f"no turn within {timeout} s")
            if release > now:
                time.sleep(release - now)
            self._schedule.record(scheduled, time.monotonic())
        finally:
            self._lock.release()

    def __repr__(self) -> str:
        return f"SyncRateLimiter(rate={self.rate!r}, burst={self.burst!r})"


@runtime_checkable
class SyncTokenStore(Protocol):
    """Where a sync client keeps its SendPulse access token (in memory by default)."""

    def get(self) -> AccessToken | None: ...

    def set(self, token: AccessToken) -> None: ...

    def clear(self) -> None: ...


class SyncInMemoryTokenStore:
    def __init__(self) -> None:
        self._token: AccessToken | None = None

    def get(self) -> AccessToken | None:
        return self._token

    def set(self, token: AccessToken) -> None:
        self._token = token

    def clear(self) -> None:
        self._token = None

    def __repr__(self) -> str:
        return f"SyncInMemoryTokenStore(has_token={self._token is not None})"


class _SyncFlight:
    """A token fetch under way in one thread, and its outcome once `landed`."""

    __slots__ = ("error", "landed", "token")

    def __init__(self) -> None:
        self.landed = threading.Event()
        self.token: AccessToken | None = None
        self.error: BaseException | None = None


class SyncSendPulseAuth(SendPulseAuth):
    """`SendPulseAuth` for sync clients: the same credentials check, refresh rule, token reading and `token_plan`
    (with a `SyncSharedTokenStore`, one token request for every process); one token request at a time for all
    threads (a `threading.Lock`), refreshed once on a 401."""

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        api_key: str | None = None,
        token_store: SyncTokenStore | SyncSharedTokenStore | None = None,
        refresh_margin: float = 300.0,
        shared_wait_limit: float = 120.0,
    ) -> None:
        super().__init__(
            client_id=client_id,
            client_secret=client_secret,
            api_key=api_key,
            refresh_margin=refresh_margin,
            shared_wait_limit=shared_wait_limit,
        )
        self._sync_store: SyncTokenStore | SyncSharedTokenStore = (
            token_store if token_store is not None else SyncInMemoryTokenStore()
        )
        self._thread_lock = threading.Lock()
        self._sync_flight: _SyncFlight | None = None
        self._sync_token_client: httpx.Client | None = None

    def bind_sync(self, token_client: httpx.Client) -> None:
        self._sync_token_client = token_client

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # `SendPulseAuth.async_auth_flow` without `await`: the decision on each answer is `refreshes_after`'s.
        token: str | None = None
        for attempt in (1, 2):
            token = self._token_sync(request, token)
            self._sign(request, token)
            response = yield request
            if not self.refreshes_after(response, attempt):
                return

    def _token_sync(self, request: httpx.Request, stale: str | None) -> str:
        """The token to send: the static key, the stored one while `usable`, else the outcome of the fetch under
        way (one thread fetches; the others wait for its outcome, token or error, at most `wait_bound(request)`)."""
        if self._api_key is not None:
            return self._api_key
        token = self._sync_store.get()
        if usable(token, self._refresh_margin, stale):
            return token.value
        since = time.perf_counter()
        try:
            return self._token_fetched_sync(request, stale)
        finally:
            token_waited(request, since)

    def _token_fetched_sync(self, request: httpx.Request, stale: str | None) -> str:
        """The outcome of the fetch under way: this thread's own, or another's waited for."""
        for _ in range(2):  # a fetch joined may have begun before `stale` was rejected, and hand it out: then fetch
            with self._thread_lock:
                flight = self._sync_flight
                leading = flight is None
                if flight is None:
                    flight = self._sync_flight = _SyncFlight()
            if leading:
                self._lead(flight, stale)
            else:
                waited = wait_bound(request)
                if not flight.landed.wait(waited):
                    raise no_token_in_time(request, waited)
            if flight.error is not None:
                raise flight.error
            if flight.token is None:
                raise RuntimeError("a token fetch landed with neither a token nor an error")  # pragma: no cover
            fetched = flight.token
            if fetched.value != stale or leading:
                break
        return fetched.value

    def _lead(self, flight: _SyncFlight, stale: str | None) -> None:
        try:
            flight.token = self._obtain_sync(stale)
        except BaseException as error:  # every thread waiting for this fetch gets its error
            flight.error = error
        finally:
            with self._thread_lock:
                self._sync_flight = None
            flight.landed.set()

    def _obtain_sync(self, stale: str | None) -> AccessToken:
        """`token_plan` carried out with blocking calls."""
        run = PlanRun(self._plan(self._sync_store, stale))
        for step in run:
            try:
                run.answer(run.call(step, self._sync_store, fetch=self._fetch_sync, sleep=time.sleep))
            except BaseException as error:  # handed to the plan, which releases a claim and raises it again
                run.fail(error)
        return run.token

    def _fetch_sync(self) -> AccessToken:
        if self._sync_token_client is None:
            raise RuntimeError("SyncSendPulseAuth is not bound to a client; use it through pulsetrail.SyncA360")
        self.token_requests += 1
        started = time.perf_counter()
        try:
            answer = self._sync_token_client.post(
                TOKEN_PATH, json=self._token_request(), extensions=self._token_extensions
            )
            token = token_from_response(answer)
        except BaseException as error:
            observe_token_fetch(self._sync_token_client, started, error)
            raise
        observe_token_fetch(self._sync_token_client, started, None)
        return token

    def __repr__(self) -> str:
        mode = "oauth" if self.uses_oauth else "api_key"
        return f"SyncSendPulseAuth(mode={mode!r}, store={self._sync_store!r})"


class SyncGeneratedClient(Protocol):
    def set_httpx_client(self, client: httpx.Client) -> Any: ...


G = TypeVar("G", bound=SyncGeneratedClient)


SyncOptions = ClientOptions[httpx.BaseTransport, httpx.Client, SyncLimiter]


class SyncBaseClient(OperationCore[SyncPaginator[Any, Any]], Generic[G]):
    """The base of the sync clients: `OperationCore` over an `httpx.Client` whose transport is the sync shell of
    the same retry/throttle/error core; the generated package's sync functions use the same client
    (`client.client`)."""

    _http_type = ObservedClient
    _shell_type = SyncPulsetrailTransport
    _pool_type = httpx.HTTPTransport
    _limiter_type = SyncRateLimiter
    _give_generated = "set_httpx_client"
    _paginator_type = SyncPaginator
    client: G
    http: httpx.Client
    limiter: SyncLimiter | None
    _transport: SyncPulsetrailTransport

    def _generated_fetch(self, operation: Callable[..., Any], name: str) -> Callable[[dict[str, Any]], Any]:
        def fetch(page_arguments: dict[str, Any]) -> Any:
            with parse_failures_as(name):
                response = operation(client=self.client, **page_arguments)
            return getattr(response, "parsed", response)

        return fetch

    # The one request path of the generated sync namespaces (`api.SyncRunner`), besides `OperationCore._paginate`.

    def _call(self, operation: Operation, arguments: dict[str, Any], /, **options: Unpack[CallOptions]) -> Any:
        return self._read(
            operation,
            self.http.send(self._build(operation, arguments, options)),
        )

    def _call_raw(
        self, operation: Operation, arguments: dict[str, Any], /, **options: Unpack[CallOptions]
    ) -> RawResponse[Any]:
        started = time.monotonic()
        response = self.http.send(self._build(operation, arguments, options, parsed=False))
        return RawResponse(response, elapsed=time.monotonic() - started, parse=functools.partial(self._read, operation))

    def _send(self, operation: Operation, arguments: dict[str, Any], options: CallOptions) -> Any:
        return self._parse(
            operation,
            self.http.send(self._build(operation, arguments, options)),
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Any]:
        """Any endpoint, including one the spec does not have: `client.request("GET", "/api/new", params=...)`, sent
        through this client's auth, token refresh, throttle, retries and typed errors (see `BaseClient.request`)."""
        options = CallOptions(timeout=timeout, deadline=deadline)
        request = self._any_request(method, path, params=params, json=json, headers=headers, options=options)
        started = time.monotonic()
        response = self.http.send(request)
        return RawResponse(response, elapsed=time.monotonic() - started, parse=_json)

    def close(self) -> None:
        if not self._owns_connections:  # a `with_options` copy: the original's pool, the original's to close
            return
        self.http.close()
        self._unauthenticated_http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"
