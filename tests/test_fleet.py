"""Fleet mode through a real Redis (Debian's redis-server, which `make setup` installs): worker processes, each its own
`A360`, share one token and one rate budget; a process killed mid-fetch; Redis stopped or stalled mid-run.

Every assertion is a count, an order or an outcome, never a duration: the budget is `10 x elapsed + burst` at the
server, which a slower machine only makes easier to hold. The pieces (a redis-server on a free loopback port, the
account's server, the workers) live in benchmarks/fleet.py, which `make bench` uses too.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from redis import Redis as SyncRedis
from redis.asyncio import Redis

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pulsetrail import A360, InvalidInputError, PulsetrailError, RetryPolicy, SyncA360  # noqa: E402
from pulsetrail._auth import (  # noqa: E402
    AccessToken,
    SendPulseAuth,
    SyncSharedTokenStore,
)
from pulsetrail.redis import (  # noqa: E402
    CoordinationError,
    RedisRateLimiter,
    RedisTokenStore,
    SyncRedisRateLimiter,
    SyncRedisTokenStore,
)

from benchmarks.fleet import (  # noqa: E402
    CLIENT_ID,
    CLIENT_SECRET,
    DATA_PATH,
    WORKER_CALL_BASE,
    Arrival,
    FleetServer,
    FleetStats,
    RedisNotInstalledError,
    RedisProcess,
    Worker,
    WorkerOptions,
    run_fleet,
)

WORKERS, CALLS = 8, 6
RATE = 10  # the account's limit: requests in any one-second window
ACCOUNT_BURST = RATE  # what a sliding one-second window lets through at once


@pytest.fixture
def redis_server() -> Iterator[RedisProcess]:
    process = RedisProcess()
    try:
        process.start()
    except RedisNotInstalledError as error:
        pytest.fail(str(error))  # CI must really run these tests: a missing Redis fails them, never skips them
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture
def account() -> Iterator[FleetServer]:
    with FleetServer(rate=RATE) as server:
        yield server


def budget(stats: FleetStats) -> float:
    return RATE * stats.elapsed + ACCOUNT_BURST


def others_served_while_waiting(results: list[dict[str, Any]], stats: FleetStats) -> dict[int, float]:
    """Per worker, the mean number of other workers' calls the account served while one of its calls waited (from
    the call being made to its accepted arrival). A fair share of N workers is N - 1; half of it is 2N - 1."""
    accepted = {a.call: a.at for a in stats.arrivals if a.kind == "data" and a.status == 200}
    served = sorted((at, call // WORKER_CALL_BASE) for call, at in accepted.items() if call is not None)
    means = {}
    for result in results:
        worker = result["worker"]
        counts = [
            sum(1 for at, who in served if who != worker and asked < at < accepted[int(call)])
            for call, asked in result["asked"].items()
        ]
        means[worker] = sum(counts) / len(counts)
    return means


def test_the_fair_share_measure_sees_a_starved_process() -> None:
    def served(order: list[int]) -> tuple[list[dict[str, Any]], FleetStats]:
        """Calls served one per second in `order`; each worker asks for its next call when its last one is served."""
        arrivals: list[Arrival] = []
        asked: dict[int, dict[str, float]] = collections.defaultdict(dict)
        last: dict[int, float] = {}
        for at, worker in enumerate(order):
            call = worker * WORKER_CALL_BASE + len(asked[worker])
            asked[worker][str(call)] = last.get(worker, -0.5)
            last[worker] = float(at)
            arrivals.append(Arrival(float(at), "data", call, 200))
        return [{"worker": w, "asked": asked[w]} for w in sorted(asked)], FleetStats(arrivals)

    half_fair = 2 * 3 - 1  # three workers
    assert max(others_served_while_waiting(*served([0, 1, 2] * 4)).values()) <= 3 - 1  # round robin: a fair share
    starved = others_served_while_waiting(*served([1, 2, 1, 2, 1, 2, 0] * 4))  # worker 0 overtaken 6 times a call
    assert starved[0] > half_fair
    assert max(starved[1], starved[2]) <= half_fair


def test_fleet_shares_one_token_and_one_budget(redis_server: RedisProcess, account: FleetServer) -> None:
    results = run_fleet(account.url, redis_server.url, workers=WORKERS, calls=CALLS, server=account)
    stats = account.stats()

    assert [r["errors"] for r in results] == [{}] * WORKERS
    assert sorted(len(r["ok"]) for r in results) == [CALLS] * WORKERS
    accepted = collections.Counter(stats.accepted_calls())
    assert sorted(accepted) == sorted(call for r in results for call in r["ok"])
    assert set(accepted.values()) == {1}  # every call served exactly once
    # one token request for the whole fleet, and the fleet's processes agree
    assert stats.token_requests == 1
    assert sum(r["token_requests"] for r in results) == 1
    # the account's budget over the run, refused requests included
    assert stats.requests <= budget(stats), (stats.requests, round(stats.elapsed, 3))
    # no process below half its fair share while it was asking
    means = others_served_while_waiting(results, stats)
    assert max(means.values()) <= 2 * WORKERS - 1, means


def test_fleet_without_the_shared_limiter_exceeds_the_budget(redis_server: RedisProcess, account: FleetServer) -> None:
    # The same run, each process throttling only itself (A360's in-memory 10/s): the test above can fail.
    results = run_fleet(
        account.url, redis_server.url, workers=WORKERS, calls=CALLS, shared_limiter=False, server=account
    )
    stats = account.stats()
    assert all(set(r["errors"].values()) <= {"RateLimitError"} for r in results)
    assert stats.requests > budget(stats), (stats.requests, round(stats.elapsed, 3))
    assert stats.token_requests == 1  # the token store is still shared


def test_a_process_killed_holding_the_token_claim_delays_the_others_by_its_ttl_at_most(
    redis_server: RedisProcess, account: FleetServer
) -> None:
    lock_ttl = 3.0
    prefix = "pulsetrail:killed"
    claim_key = f"{prefix}:token:lock"
    redis = SyncRedis.from_url(redis_server.url)
    account.hold_tokens()  # the first token request gets no answer: its process holds the claim
    first = Worker(WorkerOptions(account.url, redis_server.url, 0, 1, prefix=prefix, lock_ttl=lock_ttl))
    others = [
        Worker(WorkerOptions(account.url, redis_server.url, w, 2, prefix=prefix, lock_ttl=lock_ttl)) for w in (1, 2)
    ]
    try:
        for worker in (first, *others):
            worker.wait_ready()
        first.go()
        for _ in range(6000):  # until its token request arrives (a bound, not a timing)
            if account.stats().token_requests:
                break
            time.sleep(0.01)
        assert account.stats().token_requests == 1
        first.kill()
        assert 0 < redis.pttl(claim_key) <= lock_ttl * 1000  # still held by the dead process, expiring by itself
        account.release_tokens()
        for worker in others:
            worker.go()
        results = [worker.collect() for worker in others]
    finally:
        for worker in (first, *others):
            worker.kill()

    assert [r["errors"] for r in results] == [{}, {}]
    assert [len(r["ok"]) for r in results] == [2, 2]
    assert account.stats().token_requests == 2  # the dead process's, then one for both survivors
    assert sum(r["token_requests"] for r in results) == 1
    assert redis.exists(claim_key) == 0  # the survivor's claim ended with the token stored
    redis.close()


@pytest.mark.parametrize("failure", ["stopped", "stalled"])
async def test_redis_stopped_mid_run_fails_calls_cleanly(
    redis_server: RedisProcess, account: FleetServer, failure: str
) -> None:
    """Redis stopped (connections refused) or stalled (SIGSTOP: connected, no answer) mid-run: the calls that got
    their slot complete, the later ones raise CoordinationError after the bounded wait, none hangs, none is sent twice
    and none that raised was sent."""
    clients = []
    for _ in range(3):
        redis = Redis.from_url(redis_server.url)
        store = RedisTokenStore(redis, key="pulsetrail:down:token", timeout=0.3)
        limiter = RedisRateLimiter(redis, key="pulsetrail:down:rate", rate=RATE, timeout=0.3)
        a360 = A360(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            base_url=account.url,
            token_store=store,
            rate_limiter=limiter,
        )
        clients.append((redis, a360))
    outcomes: dict[int, str] = {}

    async def worker(index: int, a360: A360) -> None:
        for i in range(5):
            call = index * WORKER_CALL_BASE + i
            try:
                await a360.http.get(f"{DATA_PATH}{call}")
                outcomes[call] = "ok"
            except PulsetrailError as error:
                outcomes[call] = type(error).__name__

    async def break_redis() -> None:
        for _ in range(6000):  # until 4 calls were served (a bound, not a timing)
            if len(account.stats().accepted_calls()) >= 4:
                break
            await asyncio.sleep(0.01)
        if failure == "stopped":
            redis_server.stop()
        else:
            redis_server.pause()

    try:
        async with asyncio.timeout(60):  # a hang detector: the run takes a few seconds
            await asyncio.gather(break_redis(), *(worker(i, a360) for i, (_, a360) in enumerate(clients)))
    finally:
        for redis, a360 in clients:
            await a360.aclose()
            redis_server.stop()  # before closing the clients: a stalled server would not answer their QUIT
            await redis.aclose()

    assert len(outcomes) == 3 * 5
    assert set(outcomes.values()) <= {"ok", "CoordinationError"}
    assert "ok" in outcomes.values()
    assert "CoordinationError" in outcomes.values()
    accepted = collections.Counter(account.stats().accepted_calls())
    assert {call: accepted[call] for call in outcomes} == {
        call: 1 if outcome == "ok" else 0 for call, outcome in outcomes.items()
    }


async def test_one_token_per_fleet_and_a_failed_fetch_frees_the_claim(redis_server: RedisProcess) -> None:
    redis = Redis.from_url(redis_server.url)
    first = RedisTokenStore(redis, key="pulsetrail:claims")
    second = RedisTokenStore(redis, key="pulsetrail:claims")
    try:
        claim = await first.claim(margin=300, stale=None)
        assert claim.owner is not None and claim.token is None
        waiting = await second.claim(margin=300, stale=None)
        assert waiting.owner is None and waiting.token is None and 0 < waiting.wait <= second.poll
        await first.publish(AccessToken("token-1", time.time() + 3600), claim.owner)
        shared = await second.claim(margin=300, stale=None)
        assert shared.token is not None and shared.token.value == "token-1"
        assert 3500 < shared.token.expires_at - time.time() <= 3600
        # a 401 on token-1: the first to report it fetches; a store that already has a newer one hands it out
        rejected = await second.claim(margin=300, stale="token-1")
        assert rejected.owner is not None
        again = await first.claim(margin=300, stale="token-1")
        assert again.wait > 0
        await second.release(rejected.owner)  # the fetch failed: the next caller fetches
        retry = await first.claim(margin=300, stale="token-1")
        assert retry.owner is not None
        # a token inside the refresh margin is refreshed by one process while it is still valid
        await first.publish(AccessToken("token-2", time.time() + 100), retry.owner)
        assert (await second.claim(margin=300, stale=None)).owner is not None
        assert "token-2" not in repr(first) and "token-1" not in repr(second)
    finally:
        await redis.aclose()


async def test_a_failed_token_fetch_releases_the_fleet_claim(redis_server: RedisProcess, account: FleetServer) -> None:
    redis = Redis.from_url(redis_server.url)
    store = RedisTokenStore(redis, key="pulsetrail:failed")
    try:
        # the token endpoint is reached through a base URL with nothing behind it: the fetch fails
        async with A360(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            base_url="http://127.0.0.1:9",
            token_store=store,
            rate_limit=None,
            retry=RetryPolicy(max_retries=0),
        ) as a360:
            with pytest.raises(PulsetrailError) as caught:
                await a360.http.get(f"{DATA_PATH}1")
            assert not isinstance(caught.value, CoordinationError)
        assert await redis.exists("pulsetrail:failed:lock") == 0
        assert await redis.exists("pulsetrail:failed") == 0
    finally:
        await redis.aclose()


async def test_per_minute_limit_and_the_window_hold_across_limiters(redis_server: RedisProcess) -> None:
    # Two limiters on one key, as two processes would have: the sixth acquire in a minute of 5 must wait for it.
    first_redis, second_redis = Redis.from_url(redis_server.url), Redis.from_url(redis_server.url)
    try:
        first = RedisRateLimiter(first_redis, key="pulsetrail:minute", rate=1000, per_minute=5, burst=5)
        second = RedisRateLimiter(second_redis, key="pulsetrail:minute", rate=1000, per_minute=5, burst=5)
        waits = [await limiter.decide(f"m{i}", "plan") for i, limiter in enumerate([first, second] * 2 + [first])]
        assert waits == [0.0] * 5
        wait = await second.decide("m5", "plan")  # a planned slot a few ms away when the five went fast
        if wait < 1:
            wait = await second.decide("m5", "confirm")  # as acquire() does once that slot has come
        assert wait > 50  # the minute (61.2 s with the margin) is what it waits for
        window = RedisRateLimiter(first_redis, key="pulsetrail:window", rate=3, burst=3)
        other = RedisRateLimiter(second_redis, key="pulsetrail:window", rate=3, burst=3)
        assert [await window.decide("w0", "plan"), await other.decide("w1", "plan")] == [0.0, 0.0]
        assert await window.decide("w2", "plan") == 0.0
        assert await other.decide("w3", "plan") > 0  # the fourth in the window waits, whichever process asks
    finally:
        await first_redis.aclose()
        await second_redis.aclose()


async def test_redis_errors_are_typed_and_immediate(redis_server: RedisProcess) -> None:
    redis = Redis.from_url(redis_server.url)
    try:
        await redis.set("pulsetrail:wrongtype:planned", "not a sorted set")
        limiter = RedisRateLimiter(redis, key="pulsetrail:wrongtype")
        with pytest.raises(CoordinationError, match="answered with an error"):
            await limiter.acquire()
    finally:
        await redis.aclose()


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"rate": 0}, "rate"),
        ({"rate": "10"}, "rate"),
        ({"per_minute": 0}, "per_minute"),
        ({"per_minute": 2.5}, "per_minute"),
        ({"burst": 0}, "burst"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": "2"}, "timeout"),
        ({"margin": 0.5}, "margin"),
        ({"margin": "0.02"}, "margin"),
        ({"key": " "}, "key"),
    ],
)
def test_bad_limiter_arguments_are_refused_before_anything_is_sent(arguments: dict[str, Any], field: str) -> None:
    redis = Redis.from_url("redis://127.0.0.1:9/0")  # never connected: nothing is sent
    with pytest.raises(InvalidInputError) as caught:
        RedisRateLimiter(redis, **arguments)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"lock_ttl": 0}, "lock_ttl"),
        ({"lock_ttl": None}, "lock_ttl"),
        ({"poll": -1}, "poll"),
        ({"timeout": -1}, "timeout"),
        ({"key": ""}, "key"),
    ],
)
def test_bad_token_store_arguments_are_refused(arguments: dict[str, Any], field: str) -> None:
    redis = Redis.from_url("redis://127.0.0.1:9/0")
    with pytest.raises(InvalidInputError) as caught:
        RedisTokenStore(redis, **arguments)
    assert caught.value.field == field


def test_the_shared_store_is_a_shared_token_store() -> None:
    from pulsetrail._auth import SharedTokenStore, TokenStore
    from pulsetrail._throttle import Limiter, RateLimiter

    redis = Redis.from_url("redis://127.0.0.1:9/0")
    store = RedisTokenStore(redis)
    assert isinstance(store, SharedTokenStore) and isinstance(store, TokenStore)
    assert isinstance(RedisRateLimiter(redis), Limiter) and isinstance(RateLimiter(10), Limiter)
    auth = SendPulseAuth(client_id="id", client_secret="secret", token_store=store)
    assert "secret" not in repr(auth)


def test_the_sync_limiter_needs_a_socket_timeout() -> None:
    with pytest.raises(InvalidInputError) as caught:
        SyncRedisRateLimiter(SyncRedis.from_url("redis://127.0.0.1:9/0"))
    assert caught.value.field == "redis"


def test_sync_clients_share_the_budget_through_the_same_script(
    redis_server: RedisProcess, account: FleetServer
) -> None:
    # Two SyncA360 clients (as two processes would have), 6 threads each, one Redis key: the account's budget holds.
    redises = [SyncRedis.from_url(redis_server.url, socket_timeout=2) for _ in range(2)]
    clients = [
        SyncA360(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            base_url=account.url,
            rate_limiter=SyncRedisRateLimiter(redis, key="pulsetrail:sync:rate", rate=RATE),
        )
        for redis in redises
    ]
    calls = [(client, c * WORKER_CALL_BASE + i) for c, client in enumerate(clients) for i in range(12)]
    try:
        with concurrent.futures.ThreadPoolExecutor(12) as pool:
            done = list(pool.map(lambda job: job[0].http.get(f"{DATA_PATH}{job[1]}").status_code, calls, timeout=120))
    finally:
        for client in clients:
            client.close()
        for redis in redises:
            redis.close()
    stats = account.stats()
    assert done == [200] * len(calls)
    assert sorted(stats.accepted_calls()) == sorted(call for _, call in calls)
    assert stats.requests <= budget(stats), (stats.requests, round(stats.elapsed, 3))


def test_a_stalled_redis_fails_a_sync_acquire_cleanly(redis_server: RedisProcess) -> None:
    redis = SyncRedis.from_url(redis_server.url, socket_timeout=0.2)
    limiter = SyncRedisRateLimiter(redis, key="pulsetrail:sync:stalled", timeout=0.5)
    limiter.acquire()
    redis_server.pause()
    try:
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            attempt = pool.submit(limiter.acquire)
            with pytest.raises(CoordinationError, match="did not answer"):
                attempt.result(timeout=60)  # a hang detector: the bound is the limiter's 0.5 s
    finally:
        redis_server.stop()
        redis.close()


def test_sync_and_async_processes_share_one_token_and_one_budget(
    redis_server: RedisProcess, account: FleetServer
) -> None:
    # 4 processes with a SyncA360 (3 threads each) and 2 with an A360, one Redis prefix: one token request for all.
    prefix = "pulsetrail:mixed"
    options = [
        WorkerOptions(account.url, redis_server.url, w, 6, prefix=prefix, sync=w < 4, threads=3) for w in range(6)
    ]
    fleet = [Worker(option) for option in options]
    try:
        for worker in fleet:
            worker.wait_ready()
        account.reset()
        for worker in fleet:
            worker.go()
        results = [worker.collect() for worker in fleet]
    finally:
        for worker in fleet:
            worker.kill()
    stats = account.stats()

    assert [r["errors"] for r in results] == [{}] * 6
    assert [len(r["ok"]) for r in results] == [6] * 6
    accepted = collections.Counter(stats.accepted_calls())
    assert sorted(accepted) == sorted(call for r in results for call in r["ok"])
    assert set(accepted.values()) == {1}
    assert stats.token_requests == 1
    assert sum(r["token_requests"] for r in results) == 1
    assert stats.requests <= budget(stats), (stats.requests, round(stats.elapsed, 3))


def test_sync_threads_of_several_clients_make_one_token_request(
    redis_server: RedisProcess, account: FleetServer
) -> None:
    # Three SyncA360 clients (each its own Redis connection and store, as three processes have), 16 threads: one
    # token request, every call served once.
    redises = [SyncRedis.from_url(redis_server.url, socket_timeout=2) for _ in range(3)]
    clients = [
        SyncA360(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            base_url=account.url,
            token_store=SyncRedisTokenStore(redis, key="pulsetrail:sync:token"),
            rate_limiter=SyncRedisRateLimiter(redis, key="pulsetrail:sync:token-rate", rate=RATE),
        )
        for redis in redises
    ]
    calls = [(client, c * WORKER_CALL_BASE + i) for c, client in enumerate(clients) for i in range(8)]
    try:
        with concurrent.futures.ThreadPoolExecutor(16) as pool:
            done = list(pool.map(lambda job: job[0].http.get(f"{DATA_PATH}{job[1]}").status_code, calls, timeout=120))
        token_requests = [client.auth.token_requests for client in clients]
    finally:
        for client in clients:
            client.close()
        for redis in redises:
            redis.close()
    stats = account.stats()
    assert done == [200] * len(calls)
    assert sorted(stats.accepted_calls()) == sorted(call for _, call in calls)
    assert stats.token_requests == 1
    assert sum(token_requests) == 1


async def test_the_sync_and_async_stores_give_the_same_answers_on_one_key(redis_server: RedisProcess) -> None:
    redis, sync_redis = Redis.from_url(redis_server.url), SyncRedis.from_url(redis_server.url, socket_timeout=2)
    key = "pulsetrail:both"
    sync_store = SyncRedisTokenStore(sync_redis, key=key)
    async_store = RedisTokenStore(redis, key=key)
    try:
        assert isinstance(sync_store, SyncSharedTokenStore)
        claim = sync_store.claim(margin=300, stale=None)
        assert claim.owner is not None and claim.token is None
        waiting = await async_store.claim(margin=300, stale=None)
        assert waiting.owner is None and waiting.token is None and 0 < waiting.wait <= async_store.poll
        sync_store.publish(AccessToken("token-1", time.time() + 3600), claim.owner)
        shared = await async_store.claim(margin=300, stale=None)
        assert shared.token is not None and shared.token.value == "token-1"
        rejected = await async_store.claim(margin=300, stale="token-1")
        assert rejected.owner is not None
        assert sync_store.claim(margin=300, stale="token-1").wait > 0
        await async_store.release(rejected.owner)
        retry = sync_store.claim(margin=300, stale="token-1")
        assert retry.owner is not None
        sync_store.release(retry.owner)
        assert await redis.exists(f"{key}:lock") == 0
        sync_store.set(AccessToken("token-2", time.time() + 3600))
        fresh = SyncRedisTokenStore(sync_redis, key=key)  # no local copy: read from Redis
        token = fresh.get()
        assert token is not None and token.value == "token-2"
        fresh.clear()
        assert SyncRedisTokenStore(sync_redis, key=key).get() is None
        assert "token-2" not in repr(fresh) and "token-2" not in repr(sync_store)
    finally:
        await redis.aclose()
        sync_redis.close()


def test_a_failed_sync_token_fetch_releases_the_fleet_claim(redis_server: RedisProcess) -> None:
    redis = SyncRedis.from_url(redis_server.url, socket_timeout=2)
    try:
        with SyncA360(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            base_url="http://127.0.0.1:9",  # nothing behind it: the token fetch fails
            token_store=SyncRedisTokenStore(redis, key="pulsetrail:sync:failed"),
            rate_limit=None,
            retry=RetryPolicy(max_retries=0),
        ) as a360:
            with pytest.raises(PulsetrailError) as caught:
                a360.http.get(f"{DATA_PATH}1")
            assert not isinstance(caught.value, CoordinationError)
            assert a360.auth.token_requests == 1
        assert redis.exists("pulsetrail:sync:failed:lock") == 0
        assert redis.exists("pulsetrail:sync:failed") == 0
    finally:
        redis.close()


def test_a_sync_waiter_gives_up_with_a_coordination_error(redis_server: RedisProcess) -> None:
    # Another process holds the claim and never publishes: the sync client's wait is bounded (shared_wait_limit).
    redis = SyncRedis.from_url(redis_server.url, socket_timeout=2)
    try:
        held = SyncRedisTokenStore(redis, key="pulsetrail:sync:held", lock_ttl=60).claim(margin=300, stale=None)
        assert held.owner is not None
        with SyncA360(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            base_url="http://127.0.0.1:9",
            token_store=SyncRedisTokenStore(redis, key="pulsetrail:sync:held"),
            rate_limit=None,
        ) as a360:
            a360.auth._shared_wait_limit = 0.3
            with pytest.raises(CoordinationError, match="waiting for another process"):
                a360.http.get(f"{DATA_PATH}1")
            assert a360.auth.token_requests == 0
    finally:
        redis.close()


def test_the_sync_token_store_needs_a_socket_timeout_and_good_arguments() -> None:
    with pytest.raises(InvalidInputError) as caught:
        SyncRedisTokenStore(SyncRedis.from_url("redis://127.0.0.1:9/0"))
    assert caught.value.field == "redis"
    with pytest.raises(InvalidInputError) as caught:
        SyncRedisTokenStore(SyncRedis.from_url("redis://127.0.0.1:9/0", socket_timeout=1), lock_ttl=0)
    assert caught.value.field == "lock_ttl"
