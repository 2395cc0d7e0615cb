"""No secret in any log record, error text or repr, whatever the traffic.

A representative mix runs with every logger at DEBUG (httpx, httpcore, pulsetrail, and the root): OAuth token fetch,
refresh on a 401, retries, an error of every class of the hierarchy from both APIs, ActiveTrail calls and bulk
calls; part of it goes through respx, part over real sockets to a local server (so httpcore logs its connection
work too). Then every log record (message, arguments, every attribute, formatted traceback), every exception (str,
repr, formatted traceback with its causes) and the reprs of the clients, auth objects, token store and token are
scanned for the API key, the client secret, the ActiveTrail token and every access token issued.

The traffic runs once per client kind (`client_kind`): the async clients, and the sync ones (`SyncA360`,
`SyncActiveTrail`, the sync token store and Redis shells), whose blocking calls run in a worker thread
(`asyncio.to_thread`) while the local server goes on serving in the test's event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pulsetrail
import pytest
import respx
from _load_server import LoadServer
from activetrail_api.api.contacts import list_contacts
from activetrail_api.api.groups import get_group
from pulsetrail import (
    A360,
    AccountDisabledError,
    ActiveTrail,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DoNotMailError,
    InMemoryTokenStore,
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
    RetryPolicy,
    ServerError,
    SyncA360,
    SyncActiveTrail,
    SyncInMemoryTokenStore,
    UnprocessableEntityError,
    ValidationError,
)
from sendpulse_a360_api.api.flows import list_flows

A360_BASE = "https://a360.secrets.test"
AT_BASE = "https://activetrail.secrets.test"
API_KEY = "SECRET-api-key-7f3a9c2e1b"
CLIENT_ID = "scan-client-id"
CLIENT_SECRET = "SECRET-client-secret-4d8e6f0a2c"
AT_TOKEN = "SECRET-activetrail-token-9b1c3e5d7f"
ACCESS_TOKENS = [f"SECRET-access-token-{n}-a1b2c3d4" for n in range(1, 40)]
WIRE_ACCESS_TOKEN = "SECRET-wire-access-token-5e6f7a8b"
REDIS_PASSWORD = "SECRET-redis-password-3c5e7a9b"
SECRETS = (API_KEY, CLIENT_SECRET, AT_TOKEN, WIRE_ACCESS_TOKEN, REDIS_PASSWORD, *ACCESS_TOKENS)
LOGGERS = ("", "httpx", "httpcore", "pulsetrail", "respx", "asyncio")
FAST = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.002)
HANG_GUARD_S = 120  # only a hung scan takes this long; never a performance bound


@dataclass(frozen=True)
class Kind:
    """The client kind a scan runs with: its classes, and how a call of it is awaited (a sync call in a thread)."""

    name: str

    @property
    def sync(self) -> bool:
        return self.name == "sync"

    def A360(self, **options: Any) -> Any:
        return (SyncA360 if self.sync else A360)(**options)

    def ActiveTrail(self, token: str, **options: Any) -> Any:
        return (SyncActiveTrail if self.sync else ActiveTrail)(token, **options)

    def store(self) -> Any:
        return SyncInMemoryTokenStore() if self.sync else InMemoryTokenStore()

    def run(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Awaitable[Any]:
        """`function(...)` as an awaitable: the async client's own, or the sync client's call in a worker thread."""
        return asyncio.to_thread(function, *args, **kwargs) if self.sync else function(*args, **kwargs)

    def call(self, operation: Any, *args: Any, **kwargs: Any) -> Awaitable[Any]:
        """A generated operation through the client kind's function (`sync_detailed` / `asyncio_detailed`)."""
        return self.run(operation.sync_detailed if self.sync else operation.asyncio_detailed, *args, **kwargs)

    async def items(self, paginator: Any) -> list[Any]:
        return await asyncio.to_thread(list, paginator) if self.sync else [item async for item in paginator]

    @contextlib.asynccontextmanager
    async def open(self, client: Any) -> AsyncIterator[Any]:
        try:
            yield client
        finally:
            await self.run(client.close if self.sync else client.aclose)


KINDS = [Kind("async"), Kind("sync")]


@dataclass
class Seen:
    """Everything that will be scanned."""

    errors: list[BaseException] = field(default_factory=list)
    reprs: list[str] = field(default_factory=list)
    classes: set[type[BaseException]] = field(default_factory=set)

    async def expect(self, kind: type[BaseException], awaitable: Awaitable[Any]) -> None:
        with pytest.raises(kind) as caught:
            await awaitable
        self.errors.append(caught.value)
        self.classes.add(type(caught.value))

    def expect_now(self, kind: type[BaseException], call: Callable[[], Any]) -> None:
        with pytest.raises(kind) as caught:
            call()
        self.errors.append(caught.value)
        self.classes.add(type(caught.value))

    async def remember(self, *objects: Any, store: Any = None, kind: Kind = KINDS[0]) -> None:
        for thing in objects:
            self.reprs.append(repr(thing))
            self.reprs.append(str(thing))
        if store is not None:
            self.reprs.append(repr(store))
            self.reprs.append(repr(await kind.run(store.get)))


def hits_in(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


def record_texts(record: logging.LogRecord) -> list[str]:
    texts = [record.getMessage(), repr(record.args), repr(vars(record))]
    if record.exc_info:
        texts.append("".join(traceback.format_exception(*record.exc_info)))
    return texts


def error_texts(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for note in getattr(error, "__notes__", []):
        texts.append(str(note))
    return texts


def glossary(status: int, name: str) -> httpx.Response:
    return httpx.Response(status, json={"Message": name})


def a360_error(status: int, **extra: Any) -> httpx.Response:
    return httpx.Response(status, json={"error_code": status, "message": f"error {status}", **extra})


async def respx_traffic(seen: Seen, kind: Kind) -> None:
    tokens = iter(ACCESS_TOKENS)

    def token_reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"access_token": next(tokens), "token_type": "Bearer", "expires_in": 3600})

    with respx.mock(assert_all_called=False) as router:
        token = router.post(f"{A360_BASE}/oauth/access_token").mock(side_effect=token_reply)
        flows = router.get(f"{A360_BASE}/a360/autoresponders/list")
        store = kind.store()
        async with kind.open(
            kind.A360(
                client_id=CLIENT_ID, client_secret=CLIENT_SECRET, token_store=store, base_url=A360_BASE, retry=FAST
            )
        ) as a360:
            ok = httpx.Response(200, json={"data": [{"id": 1, "name": "f", "status": 1}]})
            # token fetch, then a call; a 401 refreshes the token and goes on; a 503 is retried
            flows.mock(side_effect=[ok, a360_error(401), ok, a360_error(503), ok])
            for _ in range(3):
                await kind.call(list_flows, client=a360.client)
            assert token.call_count == 2
            # an error of every class the A360 side raises
            for response, error_class in [
                (
                    httpx.Response(400, json={"type": "validation_error", "messages": {"limit": ["bad"]}}),
                    ValidationError,
                ),
                (a360_error(400), BadRequestError),
                (a360_error(403), PermissionDeniedError),
                (a360_error(404), NoDataError),
                (a360_error(405), MethodNotAllowedError),
                (a360_error(409), ConflictError),
                (a360_error(422), UnprocessableEntityError),
                (a360_error(429), RateLimitError),
                (a360_error(500), ServerError),
                (a360_error(401), AuthenticationError),  # after one more refresh
            ]:
                flows.mock(side_effect=None, return_value=response)
                await seen.expect(error_class, kind.call(list_flows, client=a360.client))
            flows.mock(side_effect=httpx.ConnectError("refused"))
            await seen.expect(APIConnectionError, kind.call(list_flows, client=a360.client))
            flows.mock(side_effect=httpx.ReadTimeout("timed out"))
            await seen.expect(APITimeoutError, kind.call(list_flows, client=a360.client))
            flows.mock(side_effect=None, return_value=httpx.Response(200, text='{"data": [{"id'))
            await seen.expect(ResponseParseError, kind.call(list_flows, client=a360.client))
            # the token endpoint refuses the client, then answers without a usable token
            await kind.run(store.clear)
            token.mock(
                side_effect=None,
                return_value=httpx.Response(
                    401, json={"error": "invalid_client", "error_description": "Client authentication failed"}
                ),
            )
            await seen.expect(AuthenticationError, kind.call(list_flows, client=a360.client))
            token.mock(return_value=httpx.Response(429))
            await seen.expect(RateLimitError, kind.call(list_flows, client=a360.client))
            await seen.remember(a360, a360.auth, a360.client, a360.http.headers, store=store, kind=kind)

        # a static key: a call, a retry, the errors
        async with kind.open(kind.A360(api_key=API_KEY, base_url=A360_BASE, retry=FAST)) as keyed:
            flows.mock(side_effect=[a360_error(502), ok, a360_error(401)])
            await kind.call(list_flows, client=keyed.client)
            await seen.expect(AuthenticationError, kind.call(list_flows, client=keyed.client))
            await seen.expect(InvalidInputError, kind.run(keyed.stats, "email", 1, send_date_from="2024-13-01"))
            await seen.remember(keyed, keyed.auth, keyed.client)

        # an answer over max_response_bytes, echoing the key: refused unread past the cap
        async with kind.open(
            kind.A360(api_key=API_KEY, base_url=A360_BASE, retry=FAST, max_response_bytes=64)
        ) as capped:
            flows.mock(side_effect=None, return_value=httpx.Response(200, json={"data": [], "echo": API_KEY * 8}))
            await seen.expect(ResponseTooLargeError, kind.call(list_flows, client=capped.client))
            await seen.remember(capped, capped.auth)

        # ActiveTrail: calls, glossary errors of every kind, a bulk call with partial errors
        async with kind.open(kind.ActiveTrail(AT_TOKEN, base_url=AT_BASE, retry=FAST)) as at:
            contacts = router.get(f"{AT_BASE}/api/contacts").mock(
                side_effect=[glossary(503, "busy"), httpx.Response(200, json=[{"id": 1, "email": "a@x.io"}])]
            )
            paginator = at.paginate(list_contacts.sync_detailed if kind.sync else list_contacts.asyncio_detailed)
            assert [c.id for c in await kind.items(paginator)] == [1]
            assert contacts.call_count == 2
            group = router.get(f"{AT_BASE}/api/groups/7")
            for response, error_class in [
                (glossary(400, "JSONParseError"), BadRequestError),
                (httpx.Response(400, json={"Message": "invalid", "ModelState": {"c.email": ["bad"]}}), ValidationError),
                (glossary(401, "APIKeyMissing"), AuthenticationError),
                (glossary(403, "Forbidden"), PermissionDeniedError),
                (glossary(403, "UserDisabled"), AccountDisabledError),
                (glossary(404, "ResourceNotFound"), NotFoundError),
                (glossary(405, "MethodNotAllowedDoNotMail"), DoNotMailError),
                (glossary(409, "ResolveMergeNeeded"), MergeConflictError),
                (httpx.Response(500, json={"Message": "An error has occurred."}), ServerError),
            ]:
                group.mock(return_value=response)
                await seen.expect(error_class, kind.call(get_group, 7, client=at.client))
            router.post(f"{AT_BASE}/api/contacts/Import").mock(
                return_value=httpx.Response(
                    200,
                    json={"success": 1, "contact_errors": [{"contact_error": {"email": "b@x.io"}, "message": "bad"}]},
                )
            )
            result = await kind.run(at.import_contacts, [{"email": "a@x.io"}, {"email": "b@x.io"}], group_id=1)
            await seen.remember(at, at.http.auth, at.client, result, *result.errors)

    # credentials refused up front
    seen.expect_now(
        InvalidInputError, lambda: kind.A360(api_key=API_KEY, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    )
    seen.expect_now(InvalidInputError, lambda: kind.A360(client_id=CLIENT_ID))
    seen.expect_now(InvalidInputError, lambda: kind.ActiveTrail(" "))

    # fleet mode with its Redis down (nothing listens on port 9): CoordinationError, naming no password or token
    from pulsetrail.redis import (
        CoordinationError,
        RedisRateLimiter,
        RedisTokenStore,
        SyncRedisRateLimiter,
        SyncRedisTokenStore,
    )
    from redis import Redis as SyncRedis
    from redis.asyncio import Redis

    url = f"redis://:{REDIS_PASSWORD}@127.0.0.1:9/0"
    down = SyncRedis.from_url(url, socket_timeout=0.2) if kind.sync else Redis.from_url(url)
    shells = (SyncRedisTokenStore, SyncRedisRateLimiter) if kind.sync else (RedisTokenStore, RedisRateLimiter)
    store, limiter = shells[0](down, timeout=0.2), shells[1](down, timeout=0.2)
    async with kind.open(
        kind.A360(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            base_url=A360_BASE,
            token_store=store,
            rate_limiter=limiter,
        )
    ) as a360:
        await seen.expect(CoordinationError, kind.call(list_flows, client=a360.client))
        await seen.remember(a360, store, limiter)
    await kind.run(down.close if kind.sync else down.aclose)


@contextlib.asynccontextmanager
async def local_server() -> AsyncIterator[str]:
    server = LoadServer(access_token=WIRE_ACCESS_TOKEN)
    port = await server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await server.stop()


@contextlib.contextmanager
def refused_port() -> Iterator[int]:
    """A loopback port that refuses connections: bound by us but not listening, so it stays ours for the whole block
    (a port closed and then reused could meanwhile be taken by any other process on a shared machine)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        yield port


async def wire_traffic(seen: Seen, kind: Kind) -> None:
    async with local_server() as url:
        store = kind.store()
        async with kind.open(
            kind.A360(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, token_store=store, base_url=url, retry=FAST)
        ) as a360:
            assert (await kind.call(list_flows, client=a360.client)).status_code == 200
            await seen.expect(AuthenticationError, kind.run(a360.http.get, "/_status/401"))  # refreshes first
            await seen.expect(ServerError, kind.run(a360.http.get, "/_status/503"))  # after the retries
            await seen.expect(NoDataError, kind.run(a360.http.get, "/_status/404"))
            await seen.expect(RateLimitError, kind.run(a360.http.get, "/_status/429"))
            assert a360.auth.token_requests == 2
            await seen.remember(a360, a360.auth, store=store, kind=kind)
        async with kind.open(kind.ActiveTrail(AT_TOKEN, base_url=url, retry=FAST)) as at:
            paginator = at.paginate(list_contacts.sync_detailed if kind.sync else list_contacts.asyncio_detailed)
            assert [c.id for c in await kind.items(paginator)] == [0, 1, 2]
            await seen.expect(PermissionDeniedError, kind.run(at.http.get, "/_status/403"))
    with refused_port() as port:
        async with kind.open(kind.A360(api_key=API_KEY, base_url=f"http://127.0.0.1:{port}", retry=FAST)) as gone:
            await seen.expect(APIConnectionError, kind.call(list_flows, client=gone.client))


def test_the_scanner_finds_what_it_looks_for() -> None:
    record = logging.LogRecord("x", logging.DEBUG, __file__, 1, "header %s", (f"Bearer {ACCESS_TOKENS[0]}",), None)
    assert hits_in(" ".join(record_texts(record))) == [ACCESS_TOKENS[0]]
    assert hits_in(" ".join(error_texts(RuntimeError(f"key={API_KEY}")))) == [API_KEY]


@pytest.mark.parametrize("client_kind", KINDS, ids=lambda kind: kind.name)
async def test_no_secret_in_logs_errors_or_reprs(
    client_kind: Kind, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name or None)
    seen = Seen()
    async with asyncio.timeout(HANG_GUARD_S):
        await respx_traffic(seen, client_kind)
        await wire_traffic(seen, client_kind)

    records = list(caplog.records)
    hits: list[tuple[str, str]] = []
    for record in records:
        hits.extend(
            (f"log {record.name}: {record.getMessage()[:120]}", h) for t in record_texts(record) for h in hits_in(t)
        )
    for error in seen.errors:
        hits.extend((f"{type(error).__name__}: {error}", h) for t in error_texts(error) for h in hits_in(t))
    for text in seen.reprs:
        hits.extend((f"repr {text[:120]}", h) for h in hits_in(text))
    with capsys.disabled():
        print(
            f"\nsecrets scan ({client_kind.name} clients): {len(hits)} hits in {len(records)} records "
            f"({len(seen.errors)} errors, {len(seen.reprs)} reprs scanned)"
        )
    assert hits == []

    # the scan saw what it should have: every logger spoke, every error class was raised
    names = {record.name.split(".")[0] for record in records}
    assert {"httpx", "httpcore", "pulsetrail"} <= names, names
    assert any("retrying" in record.getMessage() for record in records)
    exported = [getattr(pulsetrail, name) for name in pulsetrail.__all__]
    hierarchy = {
        cls
        for cls in exported
        if isinstance(cls, type) and issubclass(cls, PulsetrailError) and cls not in (PulsetrailError, APIStatusError)
    }
    assert hierarchy <= seen.classes, hierarchy - seen.classes


@pytest.mark.parametrize("client_kind", KINDS, ids=lambda kind: kind.name)
async def test_error_attributes_never_carry_an_issued_token(client_kind: Kind) -> None:
    reply = {"access_token": ACCESS_TOKENS[-1], "token_type": "Bearer", "expires_in": "soon"}
    kind = client_kind
    with respx.mock(assert_all_called=False) as router:
        router.post(f"{A360_BASE}/oauth/access_token").mock(return_value=httpx.Response(200, json=reply))
        async with kind.open(
            kind.A360(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=A360_BASE, retry=FAST)
        ) as a360:
            with pytest.raises(AuthenticationError) as caught:
                await kind.call(list_flows, client=a360.client)
    error = caught.value
    assert hits_in(str(error)) == [] and hits_in(repr(error)) == []  # the text is clean...
    assert hits_in(error.raw_body) == []  # ...the attributes are not
    assert hits_in(repr(error.body)) == []
