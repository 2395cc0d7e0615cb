"""Fleet mode: one SendPulse token and one rate budget for every process sharing an account, through Redis.

    pip install "pulsetrail[redis]"

    from redis.asyncio import Redis
    from pulsetrail import A360
    from pulsetrail.redis import RedisRateLimiter, RedisTokenStore

    redis = Redis.from_url("redis://redis:6379/0")
    a360 = A360(
        client_id=..., client_secret=...,
        token_store=RedisTokenStore(redis, key="pulsetrail:token:<account>"),
        rate_limiter=RedisRateLimiter(redis, key="pulsetrail:rate:<account>", rate=10, per_minute=1000),
    )

Every decision is one Lua script run atomically by Redis, on Redis' clock (so the hosts' clocks do not matter): the
limiter's script answers "leave now" or "wait N microseconds" (a slot planned first come first served, then checked
against the real release times of the whole fleet), the token store's scripts answer "here is the token", "you
fetch it" (a claim with a TTL) or "ask again in N ms". The classes here are thin shells around those answers:
async ones (`RedisRateLimiter`, `RedisTokenStore`, over `redis.asyncio.Redis`) and sync ones for `SyncA360` and
`SyncActiveTrail` (`SyncRedisRateLimiter`, `SyncRedisTokenStore`, over `redis.Redis` with a `socket_timeout`), on the
same keys, so sync and async processes share one token and one budget.

Redis slow or down: every Redis call is bounded (`timeout`, 2 s by default, retries included); past it the call
raises `pulsetrail.CoordinationError` and the request is not sent. There is no silent fallback to a per-process
limiter: N processes falling back at once would send N times the account's budget exactly when something is
already wrong. A request leaves right after Redis recorded its release, or not at all: never twice.
"""

from __future__ import annotations

import asyncio
import itertools
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from redis import Redis as SyncRedis
from redis import exceptions as redis_errors
from redis.asyncio import Redis

from ._auth import AccessToken, Claim
from ._exceptions import InvalidInputError
from ._throttle import CoordinationError

__all__ = [
    "CoordinationError",
    "RedisRateLimiter",
    "RedisTokenStore",
    "SyncRedisRateLimiter",
    "SyncRedisTokenStore",
]

T = TypeVar("T")

DEFAULT_TIMEOUT = 2.0  # seconds one Redis operation may take, retries included, before CoordinationError

#: The limiter's one decision, the `pulsetrail.RateLimiter` schedule kept in Redis (microseconds of Redis' clock).
#: KEYS[1]: planned slots, KEYS[2]: real release times (sorted sets).
#: ARGV: interval, burst, window, per_window, minute, per_minute (0: none), member, phase ('plan' or 'confirm').
#: 'plan' takes the next slot, in arrival order, `burst` at most within `burst` intervals; once the slot has come,
#: 'confirm' checks the real release times: at most `per_window` within a window and `per_minute` within a minute,
#: so a caller that woke up late cannot bunch up with the next ones. Answers 0 (leave now: the release is recorded)
#: or the microseconds to wait before confirming.
ACQUIRE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local per_window = tonumber(ARGV[4])
local minute = tonumber(ARGV[5])
local per_minute = tonumber(ARGV[6])
local horizon = math.max(window, burst * interval)
if per_minute > 0 then horizon = math.max(horizon, minute) end
local function nth_latest(key, n)
  if n < 1 then return nil end
  local entry = redis.call('ZRANGE', key, -n, -n, 'WITHSCORES')
  if entry[2] then return tonumber(entry[2]) end
  return nil
end
if ARGV[8] == 'plan' then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - horizon)
  local slot = now
  local last = nth_latest(KEYS[1], 1)
  if last then slot = math.max(slot, last) end
  local spaced = nth_latest(KEYS[1], burst)
  if spaced then slot = math.max(slot, spaced + burst * interval) end
  redis.call('ZADD', KEYS[1], slot, ARGV[7])
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(burst + 1))
  redis.call('PEXPIRE', KEYS[1], math.ceil((slot - now + horizon) / 1000) + 1000)
  if slot > now then return slot - now end
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - horizon)
local free = now
local oldest = nth_latest(KEYS[2], per_window)
if oldest then free = math.max(free, oldest + window) end
if per_minute > 0 then
  oldest = nth_latest(KEYS[2], per_minute)
  if oldest then free = math.max(free, oldest + minute) end
end
if free > now then return free - now end
redis.call('ZADD', KEYS[2], now, ARGV[7])
redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -(math.max(per_window, per_minute) + 1))
redis.call('PEXPIRE', KEYS[2], math.ceil(horizon / 1000) + 1000)
return 0
"""

#: KEYS[1]: the token, KEYS[2]: the fetch claim. ARGV: margin_ms, stale ('' for none), owner, lock_ttl_ms, poll_ms.
#: Answers {1, token, ms left} (use it), {2, '', 0} (the caller now holds the claim: fetch), {3, '', ms} (wait).
CLAIM_LUA = """
local token = redis.call('GET', KEYS[1])
if token and token ~= ARGV[2] then
  local left = redis.call('PTTL', KEYS[1])
  if left > tonumber(ARGV[1]) then return {1, token, left} end
end
if redis.call('SET', KEYS[2], ARGV[3], 'NX', 'PX', ARGV[4]) then return {2, '', 0} end
local held = redis.call('PTTL', KEYS[2])
if held < 1 then held = 1 end
return {3, '', math.min(held, tonumber(ARGV[5]))}
"""

#: KEYS[1]: the token, KEYS[2]: the claim. ARGV: token, lifetime_ms, owner. Stores the token, ends the claim if ours.
PUBLISH_LUA = """
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
return 1
"""

#: KEYS[1]: the claim. ARGV: owner. Ends the claim if it is still the caller's.
RELEASE_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

#: KEYS[1]: the token. Answers {token, ms left} or {} when there is none.
READ_LUA = """
local token = redis.call('GET', KEYS[1])
if not token then return {} end
return {token, redis.call('PTTL', KEYS[1])}
"""

_RETRYABLE = (redis_errors.ConnectionError, redis_errors.TimeoutError, OSError, TimeoutError)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def parse_claim(answer: Any, owner: str, now: float) -> Claim:
    """A `Claim` from the claim script's answer (sans-I/O: shared by any shell)."""
    kind = int(answer[0])
    if kind == 1:
        return Claim(token=AccessToken(value=_text(answer[1]), expires_at=now + int(answer[2]) / 1000))
    if kind == 2:
        return Claim(owner=owner)
    return Claim(wait=int(answer[2]) / 1000)


def _seconds(field: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise InvalidInputError(field, value, "must be a number of seconds > 0")
    return float(value)


def _check_key(key: str) -> str:
    if not isinstance(key, str) or not key.strip():
        raise InvalidInputError("key", key, "a non-empty Redis key is needed")
    return key


class _Bounded:
    """Runs Redis calls with a bound: retried on connection errors and timeouts until `timeout` seconds have passed,
    then `CoordinationError`; any other Redis error at once. `__call__` runs an async call, `sync` a blocking one
    (which the client's `socket_timeout` bounds); `_after` decides for both."""

    def __init__(self, what: str, timeout: float) -> None:
        self._what = what
        self.timeout = timeout

    def _after(self, exc: Exception, deadline: float, attempt: int) -> float:
        """The seconds to wait before the next attempt after `exc`, or the `CoordinationError` to raise."""
        if not isinstance(exc, _RETRYABLE):
            raise CoordinationError(
                f"{self._what}: Redis answered with an error ({type(exc).__name__}); the request was not sent"
            ) from exc
        left = deadline - time.monotonic()
        if left <= 0:
            raise CoordinationError(
                f"{self._what}: Redis did not answer within {self.timeout:g} s ({type(exc).__name__});"
                " the request was not sent"
            ) from exc
        return min(0.05 * 2.0**attempt, 0.5, left)

    async def __call__(self, operation: Callable[[], Awaitable[T]]) -> T:
        deadline = time.monotonic() + self.timeout
        for attempt in itertools.count():
            try:
                async with asyncio.timeout(max(deadline - time.monotonic(), 0.001)):
                    return await operation()
            except (*_RETRYABLE, redis_errors.RedisError) as exc:
                await asyncio.sleep(self._after(exc, deadline, attempt))
        raise AssertionError("unreachable")

    def sync(self, operation: Callable[[], T]) -> T:
        deadline = time.monotonic() + self.timeout
        for attempt in itertools.count():
            try:
                return operation()
            except (*_RETRYABLE, redis_errors.RedisError) as exc:
                time.sleep(self._after(exc, deadline, attempt))
        raise AssertionError("unreachable")


def _with_socket_timeout(redis: SyncRedis) -> SyncRedis:
    """A sync client, refused without a `socket_timeout`: a blocking call cannot be cancelled from outside, so the
    socket's timeout is what keeps a stalled Redis from hanging a request."""
    pool = getattr(redis, "connection_pool", None)
    if getattr(pool, "connection_kwargs", {}).get("socket_timeout") is None:
        raise InvalidInputError(
            "redis", "a client without socket_timeout", "give it one, e.g. Redis(..., socket_timeout=1)"
        )
    return redis


def _wait_of(answer: Any) -> float:
    return max(int(answer), 0) / 1_000_000


R = TypeVar("R", Redis, SyncRedis)


def _client(redis: R) -> R:
    """The Redis client of a shell: a sync one must have a `socket_timeout`."""
    return _with_socket_timeout(redis) if isinstance(redis, SyncRedis) else redis


class _LimiterCore(Generic[R]):
    """The limiter without its I/O, for the async and the sync shell: the arguments, checked, the script's arguments
    they make, one step's Redis call (`_step`), the bound on it (`_call`)."""

    def __init__(
        self,
        redis: R,
        *,
        key: str = "pulsetrail:rate",
        rate: float = 10.0,
        per_minute: int | None = None,
        burst: int = 2,
        margin: float = 0.02,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not rate > 0:
            raise InvalidInputError("rate", rate, "must be > 0 requests per second")
        if per_minute is not None and (isinstance(per_minute, bool) or not isinstance(per_minute, int)):
            raise InvalidInputError("per_minute", per_minute, "must be a whole number of requests, or None")
        if per_minute is not None and per_minute < 1:
            raise InvalidInputError("per_minute", per_minute, "must be >= 1 request per minute, or None")
        if isinstance(burst, bool) or not isinstance(burst, int) or burst < 1:
            raise InvalidInputError("burst", burst, "must be a whole number >= 1")
        if isinstance(margin, bool) or not isinstance(margin, int | float) or not 0 <= margin < 0.5:
            raise InvalidInputError("margin", margin, "must be between 0 and 0.5")
        self.key = _check_key(key)
        self.rate = float(rate)
        self.per_minute = per_minute
        self.burst = burst
        window = 1.0 + margin
        self._script_args: tuple[int, ...] = (
            round(window / rate * 1_000_000),  # interval
            burst,
            round(window * 1_000_000),  # window
            max(1, int(rate)),  # per_window
            round(60 * window * 1_000_000),  # minute
            per_minute or 0,
        )
        self._keys = [f"{key}:planned", f"{key}:released"]
        self._call = _Bounded(type(self).__name__, _seconds("timeout", timeout))
        self.timeout = self._call.timeout
        self._script: Any = _client(redis).register_script(ACQUIRE_LUA)

    def _step(self, member: str, phase: str) -> Callable[[], Any]:
        """The script call of one step of an acquire (`phase` 'plan', then 'confirm' after each wait); its answer,
        read by `_wait_of`, is the seconds to wait, 0 to leave now."""
        args = [*self._script_args, member, phase]
        return lambda: self._script(keys=self._keys, args=args)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(key={self.key!r}, rate={self.rate!r}, per_minute={self.per_minute!r},"
            f" burst={self.burst!r})"
        )


class RedisRateLimiter(_LimiterCore[Redis]):
    """An account-wide rate limit shared by every process that uses the same Redis `key` (`redis`: a
    `redis.asyncio.Redis`).

    At most `rate` requests in any sliding window of `1 + margin` seconds (and `per_minute` in `60 * (1 + margin)`
    seconds when given), paced like `pulsetrail.RateLimiter` (`burst` at once after a quiet spell, then an average of
    one every `(1 + margin) / rate` seconds), for the whole fleet. `acquire()` plans the next free slot in one atomic
    Lua script and sleeps until it, then confirms it against the real release times (one more script call, which a
    caller that woke up late may have to repeat after another wait): slots are planned in the order Redis saw the
    callers, so no process starves, and without a wait an acquire is one round trip. A slot whose caller is
    cancelled is left unused (the fleet stays under budget). Redis calls are bounded by `timeout` seconds, retries
    included, then `CoordinationError`.
    """

    async def decide(self, member: str, phase: str) -> float:
        """One step of an acquire (`phase` 'plan', then 'confirm' after each wait): seconds to wait, 0 to leave now.
        Raises `CoordinationError` when Redis does not answer within `timeout`."""
        return _wait_of(await self._call(self._step(member, phase)))

    async def acquire(self) -> None:
        member = secrets.token_hex(8)
        wait = await self.decide(member, "plan")
        while wait > 0:
            await asyncio.sleep(wait)
            wait = await self.decide(member, "confirm")


class SyncRedisRateLimiter(_LimiterCore[SyncRedis]):
    """`RedisRateLimiter` for `pulsetrail.SyncA360` and `SyncActiveTrail` (and any number of threads): the same Lua
    script and key, so sync and async processes can share one budget; the waits are `time.sleep`.

    `redis` is a sync `redis.Redis` with a `socket_timeout` (a sync call cannot be cancelled from outside, so the
    socket's timeout is what keeps a stalled Redis from hanging a request); connection errors and timeouts are
    retried until `timeout` seconds have passed, then `CoordinationError`: the request is not sent.
    """

    def decide(self, member: str, phase: str) -> float:
        """One step of an acquire, as `RedisRateLimiter.decide`."""
        return _wait_of(self._call.sync(self._step(member, phase)))

    def acquire(self) -> None:
        member = secrets.token_hex(8)
        wait = self.decide(member, "plan")
        while wait > 0:
            time.sleep(wait)
            wait = self.decide(member, "confirm")


@dataclass(frozen=True)
class _Op(Generic[T]):
    """One Redis call of a token store operation (`call`, None when the process-local token answers) and how its
    answer is read (`then`): built by `_TokenStoreCore`, run by the async or the sync shell."""

    call: Callable[[], Any] | None
    then: Callable[[Any], T]


class _TokenStoreCore(Generic[R]):
    """The Redis token store without its I/O: the checked settings, the scripts' keys and arguments, the answers
    read, the process-local copy of the token. `RedisTokenStore` (async) and `SyncRedisTokenStore` run its `_Op`s."""

    def __init__(
        self,
        redis: R,
        *,
        key: str = "pulsetrail:token",
        lock_ttl: float = 30.0,
        poll: float = 0.05,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.key = _check_key(key)
        self.lock_key = f"{key}:lock"
        self.lock_ttl = _seconds("lock_ttl", lock_ttl)
        self.poll = _seconds("poll", poll)
        self._call = _Bounded(type(self).__name__, _seconds("timeout", timeout))
        self._redis: Any = _client(redis)
        self._scripts: dict[str, Any] = {
            "claim": redis.register_script(CLAIM_LUA),
            "publish": redis.register_script(PUBLISH_LUA),
            "release": redis.register_script(RELEASE_LUA),
            "read": redis.register_script(READ_LUA),
        }
        self._local: AccessToken | None = None

    def _script(self, name: str, keys: list[str], args: list[Any]) -> Callable[[], Any]:
        script = self._scripts[name]
        return lambda: script(keys=keys, args=args)

    def _get(self) -> _Op[AccessToken | None]:
        local = self._local
        if local is not None and not local.expires_within(0):
            return _Op(None, lambda _: local)
        return _Op(self._script("read", [self.key], []), self._read)

    def _read(self, answer: Any) -> AccessToken | None:
        if not answer:
            return None
        self._local = AccessToken(value=_text(answer[0]), expires_at=time.time() + int(answer[1]) / 1000)
        return self._local

    def _set(self, token: AccessToken) -> _Op[None]:
        self._local = token
        lifetime_ms = int((token.expires_at - time.time()) * 1000)
        if lifetime_ms <= 0:
            return _Op(None, lambda _: None)
        return _Op(lambda: self._redis.set(self.key, token.value, px=lifetime_ms), lambda _: None)

    def _clear(self) -> _Op[None]:
        self._local = None
        return _Op(lambda: self._redis.delete(self.key), lambda _: None)

    def _claim(self, margin: float, stale: str | None) -> _Op[Claim]:
        owner = secrets.token_hex(16)
        args = [int(margin * 1000), stale or "", owner, int(self.lock_ttl * 1000), max(1, int(self.poll * 1000))]

        def read(answer: Any) -> Claim:
            claim = parse_claim(answer, owner, time.time())
            if claim.token is not None:
                self._local = claim.token
            return claim

        return _Op(self._script("claim", [self.key, self.lock_key], args), read)

    def _publish(self, token: AccessToken, owner: str) -> _Op[None]:
        lifetime_ms = max(1, int((token.expires_at - time.time()) * 1000))
        self._local = token
        return _Op(
            self._script("publish", [self.key, self.lock_key], [token.value, lifetime_ms, owner]), lambda _: None
        )

    def _release(self, owner: str) -> _Op[None]:
        return _Op(self._script("release", [self.lock_key], [owner]), lambda _: None)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(key={self.key!r}, has_local_token={self._local is not None})"


class RedisTokenStore(_TokenStoreCore[Redis]):
    """The SendPulse token, shared by every process that uses the same Redis `key` (a `SharedTokenStore`).

    One process fetches it for the fleet: the first to find it missing, expiring or rejected takes the claim
    `<key>:lock` (`SET NX PX lock_ttl`), fetches, stores the token with its lifetime as the key's TTL and ends the
    claim; the others ask again every `poll` seconds (at most until the claim's TTL runs out) and get the new token.
    A process killed mid-fetch leaves the claim to expire after `lock_ttl` seconds, when a waiter takes it over.
    Each process also keeps the token in memory, so a request costs no Redis call while the token is fresh.
    The token is a secret: give Redis the protection the account deserves (a password or ACL, TLS off the host).
    """

    async def _run(self, op: _Op[T]) -> T:
        return op.then(None if op.call is None else await self._call(op.call))

    async def get(self) -> AccessToken | None:
        return await self._run(self._get())

    async def set(self, token: AccessToken) -> None:
        await self._run(self._set(token))

    async def clear(self) -> None:
        await self._run(self._clear())

    async def claim(self, *, margin: float, stale: str | None) -> Claim:
        return await self._run(self._claim(margin, stale))

    async def publish(self, token: AccessToken, owner: str) -> None:
        await self._run(self._publish(token, owner))

    async def release(self, owner: str) -> None:
        await self._run(self._release(owner))


class SyncRedisTokenStore(_TokenStoreCore[SyncRedis]):
    """`RedisTokenStore` for `pulsetrail.SyncA360` (a `SyncSharedTokenStore`): the same scripts and keys, so sync and
    async processes share one token and one single flight; blocking calls, safe to share between threads.

    `redis` is a sync `redis.Redis` with a `socket_timeout` (see `SyncRedisRateLimiter`)."""

    def _run(self, op: _Op[T]) -> T:
        return op.then(None if op.call is None else self._call.sync(op.call))

    def get(self) -> AccessToken | None:
        return self._run(self._get())

    def set(self, token: AccessToken) -> None:
        self._run(self._set(token))

    def clear(self) -> None:
        self._run(self._clear())

    def claim(self, *, margin: float, stale: str | None) -> Claim:
        return self._run(self._claim(margin, stale))

    def publish(self, token: AccessToken, owner: str) -> None:
        self._run(self._publish(token, owner))

    def release(self, owner: str) -> None:
        self._run(self._release(owner))
