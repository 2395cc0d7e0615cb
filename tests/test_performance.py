"""Guards behind `make bench`'s figures: lazy imports, the cap on requests in flight, 401s under a full pool."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import AsyncIterator

import httpx
import pulsetrail
import pytest
from pulsetrail import A360, AccessToken, InMemoryTokenStore
from pulsetrail._a360_ops import ADDRESSES, STATS
from pulsetrail._retry import RetryPolicy
from pulsetrail._transport import PulsetrailTransport

BASE = "https://sendpulse.test"
FLOWS = "/a360/autoresponders/list"
HANG_GUARD_S = 60  # only a hung (deadlocked) run takes this long; never a performance bound


def loaded_after(code: str) -> list[str]:
    """The heavy top-level packages a fresh interpreter has imported after running `code`."""
    probe = f"{code}\nimport sys\nprint(sorted({{m.split('.')[0] for m in sys.modules}}))"
    out = subprocess.run(  # noqa: S603 - this interpreter, our own code
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    heavy = {"httpx", "httpcore", "sendpulse_a360_api", "activetrail_api", "dateutil"}
    return sorted(heavy & set(eval(out)))  # noqa: S307 - our own printed list


def test_import_pulsetrail_loads_no_client_code() -> None:
    assert loaded_after("import pulsetrail") == []


def test_a360_alone_loads_nothing_of_activetrail() -> None:
    loaded = loaded_after("from pulsetrail import A360")
    assert "sendpulse_a360_api" in loaded and "activetrail_api" not in loaded
    modules = subprocess.run(
        [sys.executable, "-c", "import sys\nfrom pulsetrail import A360\nprint(sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert "sendpulse_a360_api.api.email.get_email_stats" not in modules  # stats operations load on first use


def test_every_public_name_resolves() -> None:
    for name in pulsetrail.__all__:
        assert getattr(pulsetrail, name) is not None, name
    assert set(pulsetrail.__all__) <= set(dir(pulsetrail))
    with pytest.raises(AttributeError):
        _ = pulsetrail.NoSuchName  # type: ignore[attr-defined]


async def test_every_a360_table_entry_resolves() -> None:
    """Every (namespace, method) the stats and addresses helpers look up lazily exists on the client."""
    async with A360(api_key="k", base_url=BASE) as a360:
        for tag, *methods in [*STATS.values(), *ADDRESSES.values()]:
            namespace = getattr(a360, tag)
            for method in methods:
                assert callable(getattr(namespace, method)), (tag, method)


class PoolLike(httpx.AsyncBaseTransport):
    """A transport with `size` connections: each response holds one until it is read or closed (like httpcore's
    pool); the token endpoint issues `tok-<n>`, data requests need the newest token. Counts what it sees."""

    def __init__(self, size: int) -> None:
        self.connections = asyncio.Semaphore(size)
        self.tokens = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.gate: asyncio.Event | None = None  # when set up, requests wait here until the test opens it
        self.reached = asyncio.Event()
        self.reach = 0  # `reached` is set once this many requests are in flight

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self.connections.acquire()
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        if self.reach and self.in_flight >= self.reach:
            self.reached.set()
        if self.gate is not None:
            await self.gate.wait()
        else:
            await asyncio.sleep(0)
        self.in_flight -= 1
        if request.url.path == "/oauth/access_token":
            self.tokens += 1
            return self._reply(200, b'{"access_token": "tok-%d", "expires_in": 3600}' % self.tokens)
        if request.headers.get("Authorization") != f"Bearer tok-{self.tokens}":
            return self._reply(401, b'{"error": "invalid_token"}')
        return self._reply(200, b'{"data": []}')

    def _reply(self, status: int, body: bytes) -> httpx.Response:
        semaphore = self.connections

        class Held(httpx.AsyncByteStream):
            async def __aiter__(self) -> AsyncIterator[bytes]:
                yield body

            async def aclose(self) -> None:
                semaphore.release()

        return httpx.Response(status, headers={"Content-Type": "application/json"}, stream=Held())


async def test_many_401s_at_once_do_not_starve_the_token_request() -> None:
    """Every pooled connection held by a 401 waiting for the refresh used to leave none for the token request."""
    store = InMemoryTokenStore()
    await store.set(AccessToken(value="revoked", expires_at=10**10))
    pool = PoolLike(size=4)
    async with A360(
        client_id="id", client_secret="secret", base_url=BASE, transport=pool, token_store=store, rate_limit=None
    ) as api:
        responses = await asyncio.wait_for(asyncio.gather(*(api.http.get(FLOWS) for _ in range(40))), HANG_GUARD_S)
    assert {r.status_code for r in responses} == {200}
    assert api.auth.token_requests == pool.tokens == 1


async def test_requests_in_flight_are_capped() -> None:
    """100 calls at once, every request held at the server until the test lets them go: exactly 7 get there, and no
    more while they are held (nothing here depends on how fast the machine starts the 100 tasks)."""
    pool = PoolLike(size=1000)
    pool.tokens = 1  # the data requests below carry tok-1
    pool.gate, pool.reach = asyncio.Event(), 7
    transport = PulsetrailTransport(pool, retry=RetryPolicy(), limiter=None, max_in_flight=7)
    async with httpx.AsyncClient(transport=transport, base_url=BASE, headers={"Authorization": "Bearer tok-1"}) as c:
        calls = asyncio.gather(*(c.get(FLOWS) for _ in range(100)))
        await asyncio.wait_for(pool.reached.wait(), HANG_GUARD_S)
        for _ in range(200):  # every other call gets many turns of the loop to (wrongly) get through
            await asyncio.sleep(0)
        assert pool.in_flight == 7
        pool.gate.set()
        responses = await asyncio.wait_for(calls, HANG_GUARD_S)
    assert {r.status_code for r in responses} == {200}
    assert pool.max_in_flight == 7
    with pytest.raises(ValueError, match="max_in_flight"):
        PulsetrailTransport(pool, retry=RetryPolicy(), limiter=None, max_in_flight=0)
