"""Authentication as `httpx.Auth` flows: SendPulse OAuth2 client credentials (or a static key), ActiveTrail's token.

The SendPulse flow keeps the access token with its expiry in a `TokenStore`, fetches it lazily (never in a
constructor), refreshes it before it expires, and on a 401 refreshes once and retries once. Fetches are single-flight:
however many tasks find the token missing or expired at once, one request goes out, a `_Flight` that the first starts
and every other joins; each waiter gets its outcome (token or error), waits at most `wait_bound`, and the fetch is
cancelled when its last waiter leaves, so nothing is left stuck (sync: `_sync._SyncFlight`, one thread fetching).

A `SharedTokenStore` (`pulsetrail.redis.RedisTokenStore`) extends the single flight across processes: the store
decides, atomically, whether the caller gets the current token, holds the fetch (a claim that expires by itself, so a
process killed mid-fetch cannot leave it held), or must ask again after a wait (`Claim`); the auth flow only carries
that decision out.

What to do is decided once, without I/O, by `token_plan` (a generator of `Step`s: a store call, the fetch, a wait);
`SendPulseAuth` (async) and `pulsetrail.SyncA360`'s auth (sync) only carry the steps out.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncGenerator, Callable, Coroutine, Generator
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeGuard, runtime_checkable

import httpx

from ._exceptions import SECRETS, APITimeoutError, AuthenticationError, InvalidInputError, ResponseParseError
from ._observe import CALL, OPERATION, observe_token_fetch, token_operation
from ._throttle import CoordinationError
from ._transport import DEADLINE

__all__ = [
    "AccessToken",
    "ActiveTrailAuth",
    "Claim",
    "InMemoryTokenStore",
    "SendPulseAuth",
    "SharedTokenStore",
    "Step",
    "SyncSharedTokenStore",
    "TokenStore",
    "token_plan",
]

TOKEN_PATH = "/oauth/access_token"  # noqa: S105 - a path, not a secret


def check_credential(name: str, value: str, *, header: bool) -> None:
    """Refuse a credential that could never be sent, where it enters (the value is not shown): a control character
    (CR/LF would end the header; h11 then quotes the whole line in its error), or, for one sent in a header,
    anything but ASCII."""
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise InvalidInputError(name, "<hidden>", "contains a control character (a line break?): check how it was read")
    if header and not value.isascii():
        raise InvalidInputError(name, "<hidden>", "contains a non-ASCII character, which no HTTP header can carry")


def wait_bound(request: httpx.Request) -> float | None:
    """How long a request may wait for its token: its `timeout.pool`, and no later than its deadline."""
    bounds: list[float] = []
    pool = request.extensions.get("timeout", {}).get("pool")
    if pool is not None:
        bounds.append(pool)
    deadline = request.extensions.get(DEADLINE)
    if deadline is not None:
        bounds.append(max(deadline - time.monotonic(), 0.0))
    return min(bounds) if bounds else None


def token_waited(request: httpx.Request, since: float) -> None:
    """Adds the wait for a token since `since` (`time.perf_counter()`) to the record of the call (if recorded)."""
    call = request.extensions.get(CALL)
    if call is not None:
        call.waited("token", time.perf_counter() - since)


def no_token_in_time(request: httpx.Request, waited: float | None) -> APITimeoutError:
    return APITimeoutError(
        f"no SendPulse token within {waited:g} s (timeout.pool or the call's deadline)",
        request=request,
    )


@dataclass(frozen=True)
class AccessToken:
    value: str = field(repr=False)
    expires_at: float  # time.time() seconds

    def expires_within(self, seconds: float) -> bool:
        return time.time() + seconds >= self.expires_at


def usable(token: AccessToken | None, margin: float, stale: str | None = None) -> TypeGuard[AccessToken]:
    """The refresh rule both clients (async and sync) follow: a token is used while it outlives `margin` seconds and
    is not `stale` (the one a 401 just rejected)."""
    return token is not None and token.value != stale and not token.expires_within(margin)


def token_from_response(response: httpx.Response) -> AccessToken:
    """The access token of a token endpoint's answer, or AuthenticationError (never carrying the body, which may
    hold a token)."""
    if response.status_code == 401:
        raise AuthenticationError(response)
    try:
        payload = response.json()
        value = payload["access_token"]
        lifetime = float(payload.get("expires_in", 3600))
        if not isinstance(value, str) or not value or lifetime <= 0:
            raise ValueError("no usable access_token/expires_in")
        if not (value.isascii() and value.isprintable()):  # could never be sent in a header: refused, not retried
            raise ValueError("an access_token no header can carry")
    except (KeyError, TypeError, ValueError, AttributeError, ResponseParseError):
        body_free = httpx.Response(response.status_code, headers=response.headers, request=response.request)
        raise AuthenticationError(
            body_free, message="the token endpoint answered without a usable access_token"
        ) from None
    return AccessToken(value=value, expires_at=time.time() + lifetime)


@runtime_checkable
class TokenStore(Protocol):
    """Where a SendPulse access token is kept between requests (in memory by default; Redis or a file to share it)."""

    async def get(self) -> AccessToken | None: ...

    async def set(self, token: AccessToken) -> None: ...

    async def clear(self) -> None: ...


@dataclass(frozen=True)
class Claim:
    """A shared store's answer to "I need a token" (exactly one of the three is set):

    - `token`: a usable token (another process fetched it): use it;
    - `owner`: the caller now holds the fetch (for `lock_ttl` seconds at most): fetch, then `publish(token, owner)`,
      or `release(owner)` when the fetch fails;
    - `wait`: another process holds the fetch: ask again after this many seconds.
    """

    token: AccessToken | None = None
    owner: str | None = field(default=None, repr=False)
    wait: float = 0.0


@dataclass(frozen=True)
class Step:
    """One thing `token_plan` needs done: `action` is "fetch" (a token request), "sleep" (`args[0]` seconds) or the
    token store's method of that name, called with `args` and `kwargs`; the answer is sent back into the plan."""

    action: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


FETCH = Step("fetch")


def token_plan(
    *, shared: bool, margin: float, stale: str | None, wait_limit: float
) -> Generator[Step, Any, AccessToken]:
    """The one decision of a token that is not `stale` and outlives `margin` seconds (run by one caller of a process
    at a time, under its lock), sans-I/O: the steps to carry out, their answers sent back; returns the token.

    A plain store: the stored token if usable (another caller may have fetched it meanwhile), else a fetch, stored.
    A shared store (`SharedTokenStore`): ask it for a `Claim` until it hands out a token or the fetch; the caller
    holding the fetch publishes its token, or releases the claim when the fetch fails or is cancelled (a release
    failing because the store is down is not the error to raise: the fetch's is). Waiting for another process
    ends with `CoordinationError` after `wait_limit` seconds (a bound a living or dead fetcher never reaches: a dead
    one's claim expires and a waiter fetches)."""
    if not shared:
        token: AccessToken | None = yield Step("get")
        if usable(token, margin, stale):
            return token
        if token is not None and token.value == stale:
            yield Step("clear")
        token = yield FETCH
        yield Step("set", (token,))
        return token
    deadline = time.monotonic() + wait_limit
    while True:
        claim: Claim = yield Step("claim", kwargs={"margin": margin, "stale": stale})
        if claim.token is not None:
            return claim.token
        if claim.owner is not None:
            try:
                fetched: AccessToken = yield FETCH
            except BaseException:
                with contextlib.suppress(CoordinationError):
                    yield Step("release", (claim.owner,))
                raise
            yield Step("publish", (fetched, claim.owner))
            return fetched
        left = deadline - time.monotonic()
        if left <= 0:
            raise CoordinationError(
                f"no SendPulse token after {wait_limit:g} s waiting for another process to fetch it"
            )
        yield Step("sleep", (min(claim.wait, left),))


class PlanRun:
    """A plan stepped through by a shell: `for step in run:` gives the steps, `run.answer(value)` or `run.fail(error)`
    hands the plan the outcome of each; `run.result` is the token at the end."""

    def __init__(self, plan: Generator[Step, Any, AccessToken]) -> None:
        self._plan = plan
        self._answer: Any = None
        self._error: BaseException | None = None
        self.result: AccessToken | None = None

    def __iter__(self) -> PlanRun:
        return self

    def __next__(self) -> Step:
        error, answer, self._error, self._answer = self._error, self._answer, None, None
        try:
            return self._plan.throw(error) if error is not None else self._plan.send(answer)
        except StopIteration as done:
            self.result = done.value
            raise

    def answer(self, value: Any) -> None:
        self._answer = value

    def fail(self, error: BaseException) -> None:
        self._error = error

    @staticmethod
    def call(step: Step, store: object, *, fetch: Callable[[], Any], sleep: Callable[[float], Any]) -> Any:
        """Does a step with the shell's own `fetch`, `sleep` and store (an awaitable from an async shell)."""
        if step is FETCH:
            return fetch()
        if step.action == "sleep":
            return sleep(*step.args)
        return getattr(store, step.action)(*step.args, **step.kwargs)

    @property
    def token(self) -> AccessToken:
        if self.result is None:
            raise RuntimeError("the token plan has not finished")
        return self.result


@runtime_checkable
class SharedTokenStore(TokenStore, Protocol):
    """A token store shared by processes, with a single flight across them (see `Claim`)."""

    async def claim(self, *, margin: float, stale: str | None) -> Claim:
        """The token if one lives longer than `margin` seconds and is not `stale` (the one a 401 rejected), else
        the fetch for the caller, else how long to wait."""
        ...

    async def publish(self, token: AccessToken, owner: str) -> None:
        """Store the fetched token for every process and end the caller's claim."""
        ...

    async def release(self, owner: str) -> None:
        """End the caller's claim without a token (the fetch failed): the next caller fetches."""
        ...


@runtime_checkable
class SyncSharedTokenStore(Protocol):
    """`SharedTokenStore` for the sync clients (`pulsetrail.redis.SyncRedisTokenStore`): the same answers, blocking."""

    def get(self) -> AccessToken | None: ...

    def set(self, token: AccessToken) -> None: ...

    def clear(self) -> None: ...

    def claim(self, *, margin: float, stale: str | None) -> Claim: ...

    def publish(self, token: AccessToken, owner: str) -> None: ...

    def release(self, owner: str) -> None: ...


class InMemoryTokenStore:
    def __init__(self) -> None:
        self._token: AccessToken | None = None

    async def get(self) -> AccessToken | None:
        return self._token

    async def set(self, token: AccessToken) -> None:
        self._token = token

    async def clear(self) -> None:
        self._token = None

    def __repr__(self) -> str:
        return f"InMemoryTokenStore(has_token={self._token is not None})"


class _Flight:
    """A token fetch under way (a task, so that a caller's cancellation does not end it for the others) and how
    many callers wait for it; when the last one leaves (cancelled, or out of time), the fetch is cancelled: nobody
    needs its token, and the next caller starts afresh."""

    __slots__ = ("fetch", "waiting")

    def __init__(self, fetch: Coroutine[Any, Any, AccessToken]) -> None:
        self.fetch: asyncio.Future[AccessToken] = asyncio.ensure_future(fetch)
        self.waiting = 0

    async def join(self, request: httpx.Request) -> AccessToken:
        """The fetch's outcome, token or error, waited for at most `wait_bound(request)`."""
        waited = wait_bound(request)
        self.waiting += 1
        try:
            async with asyncio.timeout(waited):
                return await asyncio.shield(self.fetch)
        except TimeoutError:
            raise no_token_in_time(request, waited) from None
        finally:
            self.waiting -= 1
            if not self.waiting and not self.fetch.done():
                self.fetch.cancel()


class SendPulseAuth(httpx.Auth):
    """`Authorization: Bearer <token>` from OAuth2 client credentials, or from a static API key."""

    requires_response_body = True  # a final 401 is raised with its body

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        api_key: str | None = None,
        token_store: TokenStore | None = None,
        refresh_margin: float = 300.0,
        shared_wait_limit: float = 120.0,
    ) -> None:
        if api_key is not None and (client_id is not None or client_secret is not None):
            raise InvalidInputError("api_key", "<hidden>", "give either api_key or client_id/client_secret, not both")
        if api_key is None:
            for name, value in (("client_id", client_id), ("client_secret", client_secret)):
                if not value or not value.strip():
                    raise InvalidInputError(
                        name, "<hidden>" if value else value, "needed (or give api_key for a static key)"
                    )
        elif not api_key.strip():
            raise InvalidInputError("api_key", api_key, "must not be blank")
        for name, given, header in (
            ("client_id", client_id, False),
            ("client_secret", client_secret, False),
            ("api_key", api_key, True),
        ):
            if given is not None:
                check_credential(name, given, header=header)
        self._client_id = client_id
        self._client_secret = client_secret
        self._api_key = api_key
        self._store: TokenStore = token_store if token_store is not None else InMemoryTokenStore()
        self._refresh_margin = refresh_margin
        #: the longest a shared store's waiters ask for the token again before giving up (a bound, never reached
        #: when the fetching process lives or dies: a dead one's claim expires and a waiter fetches)
        self._shared_wait_limit = shared_wait_limit
        #: the token fetch under way, which every caller needing a token joins: its outcome, a token or an error,
        #: is every waiter's (a failed fetch is not repeated by each of them)
        self._flight: _Flight | None = None
        #: what no error may show: the credentials, and each token sent (set on every request)
        self._secrets = tuple(value for value in (client_secret, api_key) if value)
        self._token_client: httpx.AsyncClient | None = None
        self.token_requests = 0  # how many token fetches were made (for tests and metrics)

    @property
    def uses_oauth(self) -> bool:
        return self._api_key is None

    def bind(self, token_client: httpx.AsyncClient) -> None:
        """The client (no auth, same transport and base URL) that fetches tokens. Set by the pulsetrail client."""
        self._token_client = token_client

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        # The sync twin (`_sync.SyncSendPulseAuth.sync_auth_flow`) is this loop without `await`: what to do with
        # an answer is decided once, by `refreshes_after`.
        token: str | None = None
        for attempt in (1, 2):
            token = await self._token(request, stale=token)
            self._sign(request, token)
            response = yield request
            if not self.refreshes_after(response, attempt):
                return

    def refreshes_after(self, response: httpx.Response, attempt: int) -> bool:
        """Whether the answer to attempt 1 or 2 calls for another with a fresh token: a 401 to the first attempt
        with OAuth2 credentials does (the transport read its body and freed its pooled connection, so the token
        request can always get a connection); a 401 with a static key, or to the second attempt, raises
        `AuthenticationError`; any other answer is the call's."""
        if response.status_code != 401:
            return False
        if not self.uses_oauth or attempt == 2:
            raise AuthenticationError(response, attempts=attempt)
        return True

    def _sign(self, request: httpx.Request, token: str) -> None:
        request.headers["Authorization"] = f"Bearer {token}"
        request.extensions[SECRETS] = (token, *self._secrets)

    async def _token(self, request: httpx.Request, *, stale: str | None) -> str:
        """The token to send: the static key, the stored one while `usable` and not `stale`, else the outcome of the
        fetch under way (joined, or started), waited for at most `wait_bound(request)`."""
        if self._api_key is not None:
            return self._api_key
        token = await self._store.get()
        if usable(token, self._refresh_margin, stale):
            return token.value
        since = time.perf_counter()
        try:
            for _ in range(2):  # a fetch joined may have begun before `stale` was rejected, and hand it out: fetch
                flight = self._flight
                joined = flight is not None
                if flight is None:
                    flight = self._flight = _Flight(self._obtain(stale=stale))
                    flight.fetch.add_done_callback(self._landed)
                fetched = await flight.join(request)
                if fetched.value != stale or not joined:
                    break
        finally:
            token_waited(request, since)
        return fetched.value

    def _landed(self, fetch: asyncio.Future[AccessToken]) -> None:
        if self._flight is not None and self._flight.fetch is fetch:
            self._flight = None
        if not fetch.cancelled():
            fetch.exception()  # retrieved here: every waiter may have given up on it

    async def _obtain(self, *, stale: str | None) -> AccessToken:
        """`token_plan` carried out with awaits."""
        run = PlanRun(self._plan(self._store, stale))
        for step in run:
            try:
                run.answer(await run.call(step, self._store, fetch=self._fetch, sleep=asyncio.sleep))
            except BaseException as error:  # handed to the plan, which releases a claim and raises it again
                run.fail(error)
        return run.token

    def _plan(self, store: object, stale: str | None) -> Generator[Step, Any, AccessToken]:
        # a runtime protocol check looks at the method names only: a SyncSharedTokenStore passes it too
        return token_plan(
            shared=isinstance(store, SharedTokenStore),
            margin=self._refresh_margin,
            stale=stale,
            wait_limit=self._shared_wait_limit,
        )

    async def _fetch(self) -> AccessToken:
        if self._token_client is None:
            raise RuntimeError("SendPulseAuth is not bound to a client; use it through pulsetrail.A360")
        self.token_requests += 1
        started = time.perf_counter()
        try:
            response = await self._token_client.post(
                TOKEN_PATH, json=self._token_request(), extensions=self._token_extensions
            )
            token = token_from_response(response)
        except BaseException as error:
            observe_token_fetch(self._token_client, started, error)
            raise
        observe_token_fetch(self._token_client, started, None)
        return token

    @property
    def _token_extensions(self) -> dict[str, Any]:
        return {SECRETS: self._secrets, OPERATION: token_operation()}

    def _token_request(self) -> dict[str, str | None]:
        return {"grant_type": "client_credentials", "client_id": self._client_id, "client_secret": self._client_secret}

    def __repr__(self) -> str:
        mode = "oauth" if self.uses_oauth else "api_key"
        return f"SendPulseAuth(mode={mode!r}, store={self._store!r})"


class ActiveTrailAuth(httpx.Auth):
    """ActiveTrail's token, sent raw in `Authorization` (no scheme), never refreshed."""

    requires_response_body = True

    def __init__(self, token: str) -> None:
        if not token or not token.strip():
            raise InvalidInputError("token", "<empty>", "an ActiveTrail API token is needed")
        check_credential("token", token.strip(), header=True)
        self._token = token.strip()
        self._secrets = (self._token,)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # No I/O of its own: httpx drives it for async and sync clients alike (and reads a 401's body first).
        request.headers["Authorization"] = self._token
        request.extensions[SECRETS] = self._secrets
        response = yield request
        if response.status_code == 401:
            raise AuthenticationError(response)

    def __repr__(self) -> str:
        return "ActiveTrailAuth(token=<hidden>)"
