"""The fault matrix: every client variant x every fault a server or network can throw, through generated operations
and through the paginators, with respx playing the server.

Client variants: `A360(api_key=...)`, `A360(client_id=..., client_secret=...)` (OAuth) and `ActiveTrail(token)`,
each of both client kinds (`client_kind`: async, or `SyncA360`/`SyncActiveTrail`, whose calls run in a worker thread
so that the hang guard still holds; their transport's `time.sleep` records instead of sleeping).
Modes: `call` (one generated list call: `list_flows` / `list_contacts`) and `paginate` (`A360.flows()` /
`ActiveTrail.paginate(list_contacts...)`, where the fault hits the second page).

Each case runs three phases on one client: the fault lasts (the right typed error, or the answer is tolerated), the
fault is gone (the same client's next call succeeds), the fault strikes once (success after one retry or refresh).
Throughout:
- the requests sent never exceed the retry policy's bound (respx counts them, per page and on the token route);
- the waits respect Retry-After and the backoff cap (the transport's `asyncio.sleep` records instead of sleeping);
- nothing hangs (every phase runs under a generous hang guard, never a timing margin), and a paginator keeps the
  pages it delivered before the fault.
Cancellation cases (async only: a sync call cannot be cancelled): a task cancelled during a token fetch or refresh,
mid-request, or in its backoff wait.

A 2xx body the generated parser cannot read (truncated JSON, an HTML page, an empty body) ends the call at once, in
one attempt, with `ResponseParseError` naming the request and status; a token endpoint answering such a body gives
`AuthenticationError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pulsetrail._transport
import pytest
import respx
from activetrail_api.api.contacts import list_contacts
from conftest import Shadow
from pulsetrail import (
    A360,
    ActiveTrail,
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InMemoryTokenStore,
    PulsetrailError,
    RateLimitError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    SyncA360,
    SyncActiveTrail,
    SyncInMemoryTokenStore,
)
from pulsetrail._client import BaseClient
from sendpulse_a360_api.api.flows import list_flows

A360_BASE = "https://a360.fault.test"
AT_BASE = "https://activetrail.fault.test"
API_KEY = "fm-static-api-key-0123456789"
CLIENT_ID = "fm-client-id"
CLIENT_SECRET = "fm-client-secret-0123456789"
AT_TOKEN = "fm-activetrail-token-0123456789"

POLICY = RetryPolicy(max_retries=3, initial_delay=0.5, max_delay=2.0, max_retry_after=10.0)
MAX_ATTEMPTS = POLICY.max_retries + 1
PAGE_SIZE = 2
TOTAL_ITEMS = 3  # two pages of PAGE_SIZE: a full one and a short one
CASE_TIMEOUT = 60.0  # seconds: a phase that takes longer hangs (a hang guard, never a performance bound)
CLIENT_KINDS = ["async", "sync"]

HTML_PAGE = (
    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
    "<hr><center>nginx</center></body></html>"
)


# --- the client variants ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One client variant, its list operation and paginator, and how its API pages."""

    name: str
    base: str
    path: str
    oauth: bool

    def make(self, store: Any = None, client_kind: str = "async") -> BaseClient[Any]:
        sync = client_kind == "sync"
        a360, activetrail = (SyncA360, SyncActiveTrail) if sync else (A360, ActiveTrail)
        if self.name == "a360-api-key":
            return a360(api_key=API_KEY, base_url=self.base, retry=POLICY, rate_limit=None)  # type: ignore[no-any-return]
        if self.name == "a360-oauth":
            return a360(  # type: ignore[no-any-return]
                client_id=CLIENT_ID,
                client_secret=CLIENT_SECRET,
                token_store=store or (SyncInMemoryTokenStore() if sync else InMemoryTokenStore()),
                base_url=self.base,
                retry=POLICY,
                rate_limit=None,
            )
        return activetrail(AT_TOKEN, base_url=self.base, retry=POLICY)  # type: ignore[no-any-return]

    async def call(self, client: BaseClient[Any]) -> list[int]:
        """One generated list call; the ids of what it parsed (a sync client's call runs in a worker thread)."""
        operation = list_flows if self.base == A360_BASE else list_contacts
        if is_sync(client):
            response = await asyncio.to_thread(operation.sync_detailed, client=client.client)
        else:
            response = await operation.asyncio_detailed(client=client.client)
        parsed = response.parsed
        rows = parsed.data if self.base == A360_BASE else parsed  # type: ignore[union-attr]
        return [row.id for row in rows]  # type: ignore[union-attr]

    def paginate(self, client: BaseClient[Any]) -> AsyncIterator[Any] | Iterator[Any]:
        if isinstance(client, A360 | SyncA360):
            paginator: Any = client.flows(page_size=PAGE_SIZE)
        else:
            operation = list_contacts.sync_detailed if is_sync(client) else list_contacts.asyncio_detailed
            paginator = client.paginate(operation, page_size=PAGE_SIZE)
        return iter(paginator) if is_sync(client) else aiter(paginator)

    def page_index(self, request: httpx.Request) -> int:
        params = request.url.params
        if self.base == A360_BASE:
            return int(params.get("offset", "0")) // int(params.get("limit", "100"))
        return int(params.get("Page", "1")) - 1

    def page_ids(self, index: int) -> list[int]:
        return list(range(index * PAGE_SIZE, min((index + 1) * PAGE_SIZE, TOTAL_ITEMS)))

    def page_body(self, index: int) -> Any:
        ids = self.page_ids(index)
        if self.base == A360_BASE:
            return {"data": [{"id": i, "name": f"flow {i}", "status": 1} for i in ids]}
        return [{"id": i, "email": f"user{i}@example.com"} for i in ids]

    def error_body(self, status: int) -> dict[str, Any]:
        if self.base == A360_BASE:
            return {"error_code": status, "message": f"error {status}"}
        return {"Message": f"error {status}"}

    def truncated(self) -> str:
        return json.dumps(self.page_body(0))[:17]


def is_sync(client: Any) -> bool:
    return isinstance(client, SyncA360 | SyncActiveTrail)


@contextlib.asynccontextmanager
async def opened(client: Any) -> AsyncIterator[Any]:
    """A client of either kind, closed at the end."""
    try:
        yield client
    finally:
        if is_sync(client):
            client.close()
        else:
            await client.aclose()


async def settle(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


TARGETS = [
    Target("a360-api-key", A360_BASE, "/a360/autoresponders/list", oauth=False),
    Target("a360-oauth", A360_BASE, "/a360/autoresponders/list", oauth=True),
    Target("activetrail", AT_BASE, "/api/contacts", oauth=False),
]
OAUTH = TARGETS[1]


# --- the faults ---------------------------------------------------------------------------------------------------

Answer = Callable[[Target, int, httpx.Request], httpx.Response]


def status(code: int, **headers: str) -> Answer:
    return lambda target, index, request: httpx.Response(code, json=target.error_body(code), headers=headers)


def raises(kind: type[httpx.TransportError], message: str) -> Answer:
    def answer(target: Target, index: int, request: httpx.Request) -> httpx.Response:
        raise kind(message, request=request)

    return answer


def body(text: Callable[[Target], str], content_type: str) -> Answer:
    return lambda target, index, request: httpx.Response(
        200, content=text(target).encode(), headers={"Content-Type": content_type}
    )


@dataclass(frozen=True)
class Fault:
    id: str
    answer: Answer
    #: what the caller gets while the fault lasts (None: the answer is tolerated and the call succeeds)
    error: type[Exception] | None
    #: the transport retries it (a GET)
    retried: bool
    #: the wait the server asks for (None: exponential backoff)
    retry_after: float | None = None
    #: "list": the list operation's answer; "token": the OAuth token endpoint's
    where: str = "list"


LIST_FAULTS = [
    Fault("429-retry-after", status(429, **{"Retry-After": "2"}), RateLimitError, True, retry_after=2.0),
    Fault("429-retry-after-beyond-cap", status(429, **{"Retry-After": "3600"}), RateLimitError, False),
    Fault("429-no-retry-after", status(429), RateLimitError, True),
    Fault("500", status(500), ServerError, True),
    Fault("502", status(502), ServerError, True),
    Fault("503", status(503), ServerError, True),
    Fault("503-retry-after", status(503, **{"Retry-After": "1"}), ServerError, True, retry_after=1.0),
    Fault("504", status(504), ServerError, True),
    Fault(
        "reset-remote-protocol-error",
        raises(httpx.RemoteProtocolError, "Server disconnected without sending a response."),
        APIConnectionError,
        True,
    ),
    Fault(
        "reset-read-error", raises(httpx.ReadError, "[Errno 104] Connection reset by peer"), APIConnectionError, True
    ),
    Fault("connect-refused", raises(httpx.ConnectError, "[Errno 111] Connection refused"), APIConnectionError, True),
    Fault("connect-timeout", raises(httpx.ConnectTimeout, "timed out"), APITimeoutError, True),
    Fault("read-timeout", raises(httpx.ReadTimeout, "The read operation timed out"), APITimeoutError, True),
    Fault("pool-timeout", raises(httpx.PoolTimeout, "no connection available"), APITimeoutError, True),
    Fault(
        "html-502-page",
        lambda target, index, request: httpx.Response(502, text=HTML_PAGE, headers={"Content-Type": "text/html"}),
        ServerError,
        True,
    ),
    Fault("truncated-json-200", body(Target.truncated, "application/json"), ResponseParseError, False),
    Fault("html-200", body(lambda target: HTML_PAGE, "text/html"), ResponseParseError, False),
    Fault("empty-200", body(lambda target: "", "application/json"), ResponseParseError, False),
    Fault(
        "wrong-content-type-200",
        lambda target, index, request: httpx.Response(
            200, content=json.dumps(target.page_body(index)).encode(), headers={"Content-Type": "text/html"}
        ),
        None,
        False,
    ),
    # OAuth: refresh once and go on; a static key or the ActiveTrail token: AuthenticationError at once
    Fault("401", status(401), AuthenticationError, False),
]


def token_body(text: str) -> Answer:
    return lambda target, index, request: httpx.Response(200, text=text, headers={"Content-Type": "text/html"})


TOKEN_FAULTS = [
    # POST /oauth/access_token changes nothing on the server, so the client retries it like a GET: 429, 5xx,
    # timeouts and connection failures are repeated; a refused client (401) is raised at once.
    Fault("token-429", status(429), RateLimitError, True, where="token"),
    Fault("token-connect-refused", raises(httpx.ConnectError, "refused"), APIConnectionError, True, where="token"),
    Fault("token-503", status(503), ServerError, True, where="token"),
    Fault("token-read-timeout", raises(httpx.ReadTimeout, "timed out"), APITimeoutError, True, where="token"),
    Fault(
        "token-401-invalid-client",
        lambda target, index, request: httpx.Response(
            401, json={"error": "invalid_client", "error_description": "Client authentication failed"}
        ),
        AuthenticationError,
        False,
        where="token",
    ),
    Fault("token-html-200", token_body(HTML_PAGE), AuthenticationError, False, where="token"),
]


# --- the mock server ----------------------------------------------------------------------------------------------


@dataclass
class MockApi:
    """The list route (and, for OAuth, the token route) of one variant, answering a fault on demand."""

    target: Target
    router: respx.MockRouter
    fault: Fault | None = None
    fault_page: int = 0
    remaining: int | None = 0  # faults still to answer (None: forever)
    list_calls: int = 0  # every request to the list route, a cancelled one included
    token_calls: int = 0  # every request to the token route; token number n is "access-n"
    page_calls: Counter[int] = field(default_factory=Counter)  # answered list requests per page index
    hang: asyncio.Event | None = None  # when set up, the next matching request waits on it (cancellation cases)
    hang_started: asyncio.Event = field(default_factory=asyncio.Event)
    hang_where: str = "list"
    #: "sync": the routes answer sync requests (no hanging: only async calls are cancelled)
    client_kind: str = "async"

    def __post_init__(self) -> None:
        sync = self.client_kind == "sync"
        self.list = self.router.get(f"{self.target.base}{self.target.path}").mock(
            side_effect=self._list_answer if sync else self._list
        )
        self.token = self.router.post(f"{self.target.base}/oauth/access_token").mock(
            side_effect=self._token_answer if sync else self._token
        )

    def arm(self, fault: Fault | None, *, page: int = 0, times: int | None = 1) -> None:
        self.fault, self.fault_page, self.remaining = fault, page, times

    def _faulty(self, where: str, index: int) -> bool:
        if self.fault is None or self.fault.where != where or index != self.fault_page or self.remaining == 0:
            return False
        if self.remaining is not None:
            self.remaining -= 1
        return True

    async def _wait_if_hanging(self, where: str, counted: str) -> int:
        """Counts the request (a cancelled one included), then hangs it if asked; the count it got."""
        number: int = getattr(self, counted) + 1
        setattr(self, counted, number)
        if self.hang is not None and self.hang_where == where:
            gate, self.hang = self.hang, None
            self.hang_started.set()
            await gate.wait()  # never set: the task is cancelled while it waits here
        return number

    def attempts(self, fault: Fault) -> int:
        """Requests so far to where `fault` strikes: the token route, or the list route's faulted page."""
        return self.token_calls if fault.where == "token" else self.page_calls[self.fault_page]

    async def _list(self, request: httpx.Request) -> httpx.Response:
        await self._wait_if_hanging("list", counted="list_calls")
        return self._list_answer(request, counted=True)

    def _list_answer(self, request: httpx.Request, counted: bool = False) -> httpx.Response:
        if not counted:
            self.list_calls += 1
        index = self.target.page_index(request)
        self.page_calls[index] += 1
        if self._faulty("list", index):
            assert self.fault is not None
            return self.fault.answer(self.target, index, request)
        return httpx.Response(200, json=self.target.page_body(index))

    async def _token(self, request: httpx.Request) -> httpx.Response:
        number = await self._wait_if_hanging("token", counted="token_calls")
        return self._token_answer(request, number)

    def _token_answer(self, request: httpx.Request, number: int | None = None) -> httpx.Response:
        if number is None:
            self.token_calls += 1
            number = self.token_calls
        if self._faulty("token", 0):
            assert self.fault is not None
            return self.fault.answer(self.target, 0, request)
        token = {"access_token": f"access-{number}", "token_type": "Bearer", "expires_in": 3600}
        return httpx.Response(200, json=token)


@dataclass
class Sleeps:
    """The transport's backoff waits, recorded instead of slept; `block` makes the next one wait for cancellation."""

    recorded: list[float] = field(default_factory=list)
    block: asyncio.Event | None = None
    blocked: asyncio.Event = field(default_factory=asyncio.Event)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Sleeps:
    state = Sleeps()

    async def fake_sleep(delay: float, result: Any = None) -> Any:
        state.recorded.append(delay)
        if state.block is not None:
            gate, state.block = state.block, None
            state.blocked.set()
            await gate.wait()
        await asyncio.sleep(0)
        return result

    # the transport's asyncio.sleep only (conftest.Shadow): anybody else's sleep, the event loop's included, is real;
    # the sync transport's time.sleep likewise records
    monkeypatch.setattr(pulsetrail._transport, "asyncio", Shadow(asyncio, sleep=fake_sleep))
    monkeypatch.setattr(pulsetrail._transport, "time", Shadow(time, sleep=state.recorded.append))
    return state


# --- the summary line ---------------------------------------------------------------------------------------------


class MatrixReport:
    """Counts the matrix's cases and passes, and prints `fault matrix: N cases, N passed` at the end of the run."""

    name = "pulsetrail-fault-matrix"

    def __init__(self, cases: set[str]) -> None:
        self.cases = cases
        self.passed: set[str] = set()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.nodeid in self.cases and report.when == "call" and report.passed:
            self.passed.add(report.nodeid)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        terminalreporter.write_line(f"fault matrix: {len(self.cases)} cases, {len(self.passed)} passed")


@pytest.fixture(scope="module", autouse=True)
def matrix_report(request: pytest.FixtureRequest) -> None:
    manager = request.config.pluginmanager
    if manager.get_plugin(MatrixReport.name) is None:
        cases = {
            item.nodeid
            for item in request.session.items
            if item.module is request.module and item.name.startswith("test_fault_")
        }
        manager.register(MatrixReport(cases), MatrixReport.name)


# --- the checks ---------------------------------------------------------------------------------------------------


async def consume(target: Target, client: BaseClient[Any], mode: str, got: list[int]) -> list[int]:
    """Run the operation; the ids it yielded go into `got` as they come (so a failure keeps what came before)."""
    if mode == "call":
        got.extend(await target.call(client))
    elif is_sync(client):
        await asyncio.to_thread(lambda: got.extend(item.id for item in target.paginate(client)))  # type: ignore[union-attr]
    else:
        async for item in target.paginate(client):  # type: ignore[union-attr]
            got.append(item.id)
    return got


def expected_ids(target: Target, mode: str) -> list[int]:
    return target.page_ids(0) if mode == "call" else list(range(TOTAL_ITEMS))


def check_waits(recorded: list[float], fault: Fault) -> None:
    """Each wait is the Retry-After asked for, or the jittered exponential backoff under the cap."""
    for number, seconds in enumerate(recorded):
        if fault.retry_after is not None:
            assert seconds == fault.retry_after
        else:
            ceiling = min(POLICY.initial_delay * 2**number, POLICY.max_delay)
            assert 0.75 * ceiling <= seconds <= ceiling, (number, seconds)
    cap = fault.retry_after if fault.retry_after is not None else POLICY.max_delay
    assert sum(recorded) <= POLICY.max_retries * cap


async def bounded(awaitable: Awaitable[Any]) -> Any:
    async with asyncio.timeout(CASE_TIMEOUT):
        return await awaitable


async def check_fault(target: Target, fault: Fault, mode: str, sleeps: Sleeps, client_kind: str = "async") -> None:
    store = SyncInMemoryTokenStore() if client_kind == "sync" else InMemoryTokenStore()
    page = 0 if mode == "call" else 1
    fresh = expected_ids(target, mode)
    with respx.mock(assert_all_called=False) as router:
        api = MockApi(target, router, client_kind=client_kind)
        async with opened(target.make(store, client_kind)) as client:
            oauth_401 = target.oauth and fault.id == "401"

            # 1. the fault lasts: the right typed error after the allowed attempts (or tolerated)
            api.arm(fault, page=page, times=None)
            before, tokens_before = api.attempts(fault), api.token_calls
            sleeps.recorded.clear()
            got: list[int] = []
            if fault.error is None:
                assert await bounded(consume(target, client, mode, got)) == fresh
                attempts = 1
            else:
                with pytest.raises(fault.error) as caught:
                    await bounded(consume(target, client, mode, got))
                error = caught.value
                assert str(error)  # says something
                assert isinstance(error, PulsetrailError)
                attempts = MAX_ATTEMPTS if fault.retried else (2 if oauth_401 else 1)
                if isinstance(error, APIConnectionError | AuthenticationError | RateLimitError | ServerError):
                    assert error.attempts == attempts  # type: ignore[union-attr]
                assert got == fresh[: page * PAGE_SIZE]  # the pages before the fault were delivered
            assert api.attempts(fault) - before == attempts
            if fault.retried:
                assert len(sleeps.recorded) == POLICY.max_retries
                check_waits(sleeps.recorded, fault)
            else:
                assert sleeps.recorded == []
            if target.oauth and fault.where == "list":
                # the token is fetched once; a 401 refreshes it once more per rejected request
                assert api.token_calls - tokens_before == (2 if oauth_401 else 1)

            # 2. the fault is gone: the same client works again
            api.arm(None)
            sleeps.recorded.clear()
            assert await bounded(consume(target, client, mode, [])) == fresh
            assert sleeps.recorded == []

            # 3. the fault once: success after one retry (or one refresh)
            if fault.retried or oauth_401:
                if fault.where == "token":
                    await settle(store.clear())  # so that the next call fetches a token again
                api.arm(fault, page=page, times=1)
                before, tokens_before = api.attempts(fault), api.token_calls
                assert await bounded(consume(target, client, mode, [])) == fresh
                assert api.attempts(fault) - before == 2
                if oauth_401:
                    assert api.token_calls - tokens_before == 1
                    retried = api.list.calls[-1].request
                    assert retried.headers["Authorization"] == f"Bearer access-{api.token_calls}"
                    assert sleeps.recorded == []
                else:
                    assert len(sleeps.recorded) == 1
                    check_waits(sleeps.recorded, fault)


@pytest.mark.parametrize("mode", ["call", "paginate"])
@pytest.mark.parametrize("fault", LIST_FAULTS, ids=lambda f: f.id)
@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
@pytest.mark.parametrize("client_kind", CLIENT_KINDS)
async def test_fault_list_operation(target: Target, fault: Fault, mode: str, sleeps: Sleeps, client_kind: str) -> None:
    await check_fault(target, fault, mode, sleeps, client_kind)


@pytest.mark.parametrize("fault", TOKEN_FAULTS, ids=lambda f: f.id)
@pytest.mark.parametrize("client_kind", CLIENT_KINDS)
async def test_fault_token_endpoint(fault: Fault, sleeps: Sleeps, client_kind: str) -> None:
    await check_fault(OAUTH, fault, "call", sleeps, client_kind)


# --- cancellation -------------------------------------------------------------------------------------------------


async def cancel_when(task: asyncio.Task[Any], started: asyncio.Event) -> None:
    async with asyncio.timeout(CASE_TIMEOUT):
        await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


@pytest.mark.parametrize("phase", ["first-fetch", "refresh-after-401"])
async def test_fault_cancelled_during_token_fetch(phase: str, sleeps: Sleeps) -> None:
    """A task cancelled while its token request is in flight: the fetch ends with it, no token is half-stored,
    and the next call fetches a fresh token and succeeds."""
    target = OAUTH
    store = InMemoryTokenStore()
    with respx.mock(assert_all_called=False) as router:
        api = MockApi(target, router)
        async with target.make(store) as client:
            assert isinstance(client, A360)
            if phase == "refresh-after-401":
                assert await bounded(target.call(client)) == target.page_ids(0)  # token access-1 is cached
                api.arm(Fault("401", status(401), AuthenticationError, False), times=1)
            api.hang, api.hang_where = asyncio.Event(), "token"
            task = asyncio.create_task(target.call(client))
            await cancel_when(task, api.hang_started)
            await asyncio.sleep(0)  # the cancelled fetch's done-callback runs
            assert client.auth._flight is None  # its only waiter gone, the fetch was cancelled, not left running
            stored = await store.get()
            assert stored is None  # the refresh cleared the rejected token; nothing new was stored
            api.arm(None)
            assert await bounded(target.call(client)) == target.page_ids(0)
            assert api.list.calls[-1].request.headers["Authorization"] == f"Bearer access-{api.token_calls}"
            assert api.token_calls == (3 if phase == "refresh-after-401" else 2)
    assert sleeps.recorded == []


@pytest.mark.parametrize("where", ["in-flight", "in-backoff"])
@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
async def test_fault_cancelled_call(target: Target, where: str, sleeps: Sleeps) -> None:
    """A task cancelled while its request is in flight, or while it waits to retry: the next call succeeds."""
    with respx.mock(assert_all_called=False) as router:
        api = MockApi(target, router)
        async with target.make() as client:
            if where == "in-flight":
                api.hang = asyncio.Event()
                started = api.hang_started
            else:
                api.arm(Fault("503", status(503), ServerError, True), times=None)
                sleeps.block = asyncio.Event()
                started = sleeps.blocked
            task = asyncio.create_task(target.call(client))
            await cancel_when(task, started)
            assert api.list_calls == 1  # one request went out; the retry never did
            api.arm(None)
            assert await bounded(target.call(client)) == target.page_ids(0)
            assert api.list_calls == 2


# --- unreadable success bodies: pulsetrail errors, never the parser's -----------------------------------------


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
@pytest.mark.parametrize("client_kind", CLIENT_KINDS)
async def test_unreadable_success_body_is_a_pulsetrail_error(target: Target, sleeps: Sleeps, client_kind: str) -> None:
    with respx.mock(assert_all_called=False) as router:
        api = MockApi(target, router, client_kind=client_kind)
        async with opened(target.make(client_kind=client_kind)) as client:
            for fault in (f for f in LIST_FAULTS if f.error is ResponseParseError):
                api.arm(fault, times=1)
                with pytest.raises(PulsetrailError):
                    await bounded(target.call(client))


@pytest.mark.parametrize("client_kind", CLIENT_KINDS)
async def test_token_endpoint_non_json_is_an_authentication_error(sleeps: Sleeps, client_kind: str) -> None:
    with respx.mock(assert_all_called=False) as router:
        api = MockApi(OAUTH, router, client_kind=client_kind)
        async with opened(OAUTH.make(client_kind=client_kind)) as client:
            api.arm(TOKEN_FAULTS[-1], times=1)
            with pytest.raises(AuthenticationError):
                await bounded(OAUTH.call(client))
