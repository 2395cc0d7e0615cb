"""Fleet mode, measured: worker processes, each with its own `A360`, sharing one token and one rate budget through
Redis, against a local server that enforces SendPulse's 10 requests/s per account.

    python -m benchmarks.fleet        # the three figures (fleet_rps, fleet_token_requests, fleet_acquire_us)

`tests/test_fleet.py` drives the same pieces: `RedisProcess` (a real `redis-server` on a free loopback port, no
persistence), `FleetServer` (an HTTP/1.1 server on 127.0.0.1 in a thread: `POST /oauth/access_token` and
`GET /a360/autoresponders/{id}`, at most `rate` requests in any sliding one-second window, else 429 with SendPulse's
`error_code` 2020202020 and no Retry-After; every arrival recorded) and the workers (`Worker`, `run_fleet`).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import multiprocessing
import multiprocessing.context
import shutil
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any, Self

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
CLIENT_ID, CLIENT_SECRET = "fleet-client-id", "fleet-client-secret"  # fake credentials for the local server
RATE_LIMIT_ERROR_CODE = 2020202020  # SendPulse's "too many requests per second"
DATA_PATH = "/a360/autoresponders/"  # A360 get_flow
WORKER_CALL_BASE = 1000  # worker w's calls are numbered w * 1000 + i


class RedisNotInstalledError(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _die_with_parent() -> None:  # runs in the child before exec (Linux): no redis-server outlives its test run
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class RedisProcess:
    """A real `redis-server` on a free loopback port, without persistence, stopped on exit."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0
        self._dir: tempfile.TemporaryDirectory[str] | None = None

    @property
    def url(self) -> str:
        return f"redis://{HOST}:{self.port}/0"

    def start(self, wait: float = 15.0) -> str:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RedisNotInstalledError(
                "redis-server is not installed: `make setup` installs Debian's redis-server package"
                " (apt-get install -y redis-server); the fleet tests need a real Redis"
            )
        self._dir = tempfile.TemporaryDirectory(prefix="pulsetrail-redis-")
        for _ in range(3):  # a free port can be taken between the probe and redis binding it
            self.port = _free_port()
            self.process = subprocess.Popen(  # noqa: S603 - a fixed command line
                [
                    *(binary, "--port", str(self.port), "--bind", HOST, "--save", "", "--appendonly", "no"),
                    *("--dir", self._dir.name, "--daemonize", "no", "--loglevel", "warning"),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline and self.process.poll() is None:
                if self._pong():
                    return self.url
                time.sleep(0.02)
            self.stop()
        raise RuntimeError(f"redis-server did not start on {HOST} within {wait:g} s")

    def _pong(self) -> bool:
        try:
            with socket.create_connection((HOST, self.port), timeout=0.5) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def pause(self) -> None:
        """SIGSTOP: Redis keeps its connections and its port but answers nothing (a stalled server)."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGCONT)
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
        if self._dir is not None:
            self._dir.cleanup()


@dataclass(frozen=True)
class Arrival:
    at: float  # time.monotonic() in the server's process
    kind: str  # "token" or "data"
    call: int | None  # the call number of a data request
    status: int


@dataclass
class FleetStats:
    arrivals: list[Arrival] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return len(self.arrivals)

    @property
    def token_requests(self) -> int:
        return sum(1 for a in self.arrivals if a.kind == "token")

    @property
    def elapsed(self) -> float:
        return self.arrivals[-1].at - self.arrivals[0].at if self.arrivals else 0.0

    def accepted_calls(self) -> list[int]:
        return [a.call for a in self.arrivals if a.kind == "data" and a.status == 200 and a.call is not None]

    def peak_in_window(self, window: float = 1.0) -> int:
        times = [a.at for a in self.arrivals]
        best, start = 0, 0
        for end, t in enumerate(times):
            while times[start] <= t - window:
                start += 1
            best = max(best, end - start + 1)
        return best


def _answer(status: int, body: dict[str, Any]) -> bytes:
    payload = json.dumps(body).encode()
    reason = {200: "OK", 401: "Unauthorized", 404: "Not Found", 429: "Too Many Requests"}.get(status, "Error")
    head = f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
    return head.encode("ascii") + payload


class FleetServer:
    """The account's side: at most `rate` requests in any sliding one-second window (refused ones do not count),
    tokens that data requests must present, and every arrival recorded. Runs in a daemon thread of its own."""

    def __init__(self, *, rate: int = 10, token_lifetime: int = 3600) -> None:
        self.rate = rate
        self.token_lifetime = token_lifetime
        self._lock = threading.Lock()
        self._arrivals: list[Arrival] = []
        self._window: collections.deque[float] = collections.deque()
        self._tokens_issued = 0
        self._valid_tokens: set[str] = set()
        self._go = threading.Event()  # clear: token requests wait until release_tokens()
        self._go.set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> str:
        started = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            self._server = loop.run_until_complete(asyncio.start_server(self._handle, HOST, 0, backlog=256))
            self.port = self._server.sockets[0].getsockname()[1]
            started.set()
            loop.run_forever()
            self._server.close()
            loop.run_until_complete(self._server.wait_closed())
            loop.close()

        self._thread = threading.Thread(target=run, name="fleet-server", daemon=True)
        self._thread.start()
        if not started.wait(10):
            raise RuntimeError("the fleet server did not start")
        return self.url

    def stop(self) -> None:
        self.release_tokens()
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def reset(self) -> None:
        with self._lock:
            self._arrivals = []
            self._window.clear()

    def hold_tokens(self) -> None:
        self._go.clear()

    def release_tokens(self) -> None:
        self._go.set()

    def stats(self) -> FleetStats:
        with self._lock:
            return FleetStats(list(self._arrivals))

    def _admit(self, now: float) -> bool:
        window = self._window
        while window and window[0] <= now - 1.0:
            window.popleft()
        if len(window) >= self.rate:
            return False
        window.append(now)
        return True

    async def _respond(self, method: str, path: str, authorization: str) -> bytes:
        now = time.monotonic()
        if method == "POST" and path == "/oauth/access_token":
            with self._lock:
                admitted = self._admit(now)
                self._arrivals.append(Arrival(now, "token", None, 200 if admitted else 429))
            if not admitted:
                return _answer(429, {"error_code": RATE_LIMIT_ERROR_CODE, "message": "Too many requests"})
            if not self._go.is_set():
                await asyncio.get_running_loop().run_in_executor(None, self._go.wait, 60.0)
            with self._lock:
                self._tokens_issued += 1
                token = f"fleet-token-{self._tokens_issued}"
                self._valid_tokens.add(token)
            return _answer(200, {"access_token": token, "token_type": "Bearer", "expires_in": self.token_lifetime})
        if path == "/_warm":
            return _answer(200, {"warm": True})
        call = None
        if method == "GET" and path.startswith(DATA_PATH) and path[len(DATA_PATH) :].isdigit():
            call = int(path[len(DATA_PATH) :])
        with self._lock:
            if authorization.removeprefix("Bearer ") not in self._valid_tokens:
                status = 401
            elif call is None:
                status = 404
            else:
                status = 200 if self._admit(now) else 429
            self._arrivals.append(Arrival(now, "data", call, status))
        if status == 200:
            return _answer(200, {"id": call, "name": f"Flow {call}", "status": 1})
        if status == 429:
            return _answer(429, {"error_code": RATE_LIMIT_ERROR_CODE, "message": "Too many requests"})
        return _answer(status, {"error_code": status, "message": "unauthorized" if status == 401 else "not found"})

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length", "0") or 0)
                if length:
                    await reader.readexactly(length)
                answer = await self._respond(method, target.partition("?")[0], headers.get("authorization", ""))
                writer.write(answer)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            writer.close()


# ---- workers ----------------------------------------------------------------------------------------------------
#
# Workers are OS processes forked from a forkserver that has imported pulsetrail, httpx and redis-py once: eight
# fresh interpreters importing them cost seconds of CPU on a busy 2-core machine, a fork a few milliseconds. Each
# worker builds its own Redis client and `A360`, warms its connections up without touching the account, says READY,
# waits for GO (so that every worker starts at once) and reports its result through a pipe.

_PRELOAD = [
    *("benchmarks.fleet", "pulsetrail._a360", "pulsetrail._sync_a360", "pulsetrail.redis", "redis.asyncio", "httpx"),
    *("httpcore", "h11", "anyio", "anyio._backends._asyncio", "certifi", "encodings.idna"),  # imported on first use
]


#: made once, in the forkserver, and inherited by every worker: building one (loading the CA bundle) costs a worker
#: more CPU than everything else it does before its first call
_TLS = ssl.create_default_context()


def _context() -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


@dataclass(frozen=True)
class WorkerOptions:
    base_url: str
    redis_url: str
    worker: int
    calls: int
    shared_limiter: bool = True
    prefix: str = "pulsetrail:fleet"
    lock_ttl: float = 30.0
    redis_timeout: float = 2.0
    rate: float = 10.0
    #: a `SyncA360` (with `SyncRedisTokenStore` and `SyncRedisRateLimiter`) making its calls from `threads` threads
    sync: bool = False
    threads: int = 1


async def _worker(options: WorkerOptions, pipe: Connection) -> dict[str, Any]:
    import httpx
    from pulsetrail import A360, PulsetrailError
    from pulsetrail.redis import RedisRateLimiter, RedisTokenStore
    from redis.asyncio import Redis

    redis = Redis.from_url(options.redis_url)
    store = RedisTokenStore(
        redis, key=f"{options.prefix}:token", lock_ttl=options.lock_ttl, timeout=options.redis_timeout
    )
    limiter = (
        RedisRateLimiter(redis, key=f"{options.prefix}:rate", rate=options.rate, timeout=options.redis_timeout)
        if options.shared_limiter
        else None
    )
    ok: list[int] = []
    errors: dict[str, str] = {}
    asked: dict[str, float] = {}  # call -> time.monotonic() when it was made (one clock for every local process)
    limits = httpx.Limits(max_connections=8, max_keepalive_connections=8, keepalive_expiry=60)
    async with A360(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        base_url=options.base_url,
        token_store=store,
        rate_limiter=limiter,
        rate_limit=options.rate,  # the in-memory limiter, when there is no shared one
        transport=httpx.AsyncHTTPTransport(verify=_TLS, limits=limits),
        max_in_flight=8,
    ) as a360:
        await redis.ping()  # warm-up: connections and code paths, nothing the account counts
        async with httpx.AsyncClient(base_url=options.base_url, verify=_TLS) as plain:
            await plain.get("/_warm")
        pipe.send("READY")
        if pipe.recv() != "GO":
            return {"worker": options.worker, "ok": [], "errors": {}, "asked": {}, "token_requests": 0}
        started = time.monotonic()
        for i in range(options.calls):
            call = options.worker * WORKER_CALL_BASE + i
            asked[str(call)] = time.monotonic()
            try:
                await a360.http.get(f"{DATA_PATH}{call}")
                ok.append(call)
            except PulsetrailError as error:
                errors[str(call)] = type(error).__name__
        seconds = time.monotonic() - started
        token_requests = a360.auth.token_requests
    await redis.aclose()
    return {
        "worker": options.worker,
        "ok": ok,
        "errors": errors,
        "asked": asked,
        "token_requests": token_requests,
        "seconds": round(seconds, 3),
    }


def _sync_worker(options: WorkerOptions, pipe: Connection) -> dict[str, Any]:
    """`_worker` with the sync client: the same keys, so sync and async workers share one token and one budget."""
    import concurrent.futures

    import httpx
    from pulsetrail import PulsetrailError, SyncA360
    from pulsetrail.redis import SyncRedisRateLimiter, SyncRedisTokenStore
    from redis import Redis as SyncRedis

    redis = SyncRedis.from_url(options.redis_url, socket_timeout=options.redis_timeout)
    store = SyncRedisTokenStore(
        redis, key=f"{options.prefix}:token", lock_ttl=options.lock_ttl, timeout=options.redis_timeout
    )
    limiter = (
        SyncRedisRateLimiter(redis, key=f"{options.prefix}:rate", rate=options.rate, timeout=options.redis_timeout)
        if options.shared_limiter
        else None
    )
    ok: list[int] = []
    errors: dict[str, str] = {}
    asked: dict[str, float] = {}
    limits = httpx.Limits(max_connections=8, max_keepalive_connections=8, keepalive_expiry=60)
    with SyncA360(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        base_url=options.base_url,
        token_store=store,
        rate_limiter=limiter,
        rate_limit=options.rate,
        transport=httpx.HTTPTransport(verify=_TLS, limits=limits),
        max_in_flight=8,
    ) as a360:
        redis.ping()
        with httpx.Client(base_url=options.base_url, verify=_TLS) as plain:
            plain.get("/_warm")
        pipe.send("READY")
        if pipe.recv() != "GO":
            return {"worker": options.worker, "ok": [], "errors": {}, "asked": {}, "token_requests": 0}

        def one(call: int) -> None:
            asked[str(call)] = time.monotonic()
            try:
                a360.http.get(f"{DATA_PATH}{call}")
                ok.append(call)
            except PulsetrailError as error:
                errors[str(call)] = type(error).__name__

        started = time.monotonic()
        calls = [options.worker * WORKER_CALL_BASE + i for i in range(options.calls)]
        with concurrent.futures.ThreadPoolExecutor(options.threads) as pool:
            list(pool.map(one, calls))
        seconds = time.monotonic() - started
        token_requests = a360.auth.token_requests
    redis.close()
    return {
        "worker": options.worker,
        "ok": sorted(ok),
        "errors": errors,
        "asked": asked,
        "token_requests": token_requests,
        "seconds": round(seconds, 3),
    }


def _worker_main(options: WorkerOptions, pipe: Connection) -> None:
    try:
        result = _sync_worker(options, pipe) if options.sync else asyncio.run(_worker(options, pipe))
    except BaseException as error:
        pipe.send({"failed": f"{type(error).__name__}: {error}"})
        raise
    pipe.send(result)


class Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, options: WorkerOptions) -> None:
        self.options = options
        self._pipe, child = multiprocessing.Pipe()
        self.process = _context().Process(target=_worker_main, args=(options, child), daemon=True)
        self.process.start()
        child.close()

    def _receive(self, timeout: float) -> Any:
        if not self._pipe.poll(timeout):
            self.kill()
            raise RuntimeError(f"worker {self.options.worker}: no answer within {timeout:g} s")
        try:
            return self._pipe.recv()
        except EOFError:
            raise RuntimeError(f"worker {self.options.worker} died (exit {self.process.exitcode})") from None

    def wait_ready(self, timeout: float = 120.0) -> None:
        answer = self._receive(timeout)
        if answer != "READY":
            raise RuntimeError(f"worker {self.options.worker} did not start: {answer!r}")

    def go(self) -> None:
        self._pipe.send("GO")

    def collect(self, timeout: float = 120.0) -> dict[str, Any]:
        result: dict[str, Any] = self._receive(timeout)
        if "failed" in result:
            raise RuntimeError(f"worker {self.options.worker} failed: {result['failed']}")
        self.process.join(30)
        return result

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(30)


def run_fleet(
    base_url: str,
    redis_url: str,
    *,
    workers: int = 8,
    calls: int = 6,
    shared_limiter: bool = True,
    prefix: str = "pulsetrail:fleet",
    max_seconds: float = 120.0,
    server: FleetServer | None = None,
) -> list[dict[str, Any]]:
    """Start `workers` processes, let them all go at once (after their set-up and warm-up), and return each one's
    result. With `server`, its counters are reset just before the start."""
    fleet = [
        Worker(WorkerOptions(base_url, redis_url, w, calls, shared_limiter=shared_limiter, prefix=prefix))
        for w in range(workers)
    ]
    try:
        for worker in fleet:
            worker.wait_ready(max_seconds)
        if server is not None:
            server.reset()
        for worker in fleet:
            worker.go()
        return [worker.collect(max_seconds) for worker in fleet]
    finally:
        for worker in fleet:
            worker.kill()


# ---- the benchmark ----------------------------------------------------------------------------------------------


def sustained_rps(stats: FleetStats, burst: int = 2) -> float:
    """Requests per second at the server after the first `burst` (which leave at once by design)."""
    times = [a.at for a in stats.arrivals][burst:]
    if len(times) < 2 or times[-1] <= times[0]:
        return 0.0
    return (len(times) - 1) / (times[-1] - times[0])


async def acquire_us(redis_url: str, count: int = 2000) -> float:
    """Median time of one `RedisRateLimiter.acquire()` that never has to wait (a rate no one reaches)."""
    from pulsetrail.redis import RedisRateLimiter
    from redis.asyncio import Redis

    redis = Redis.from_url(redis_url)
    limiter = RedisRateLimiter(redis, key="pulsetrail:bench:acquire", rate=1_000_000, burst=1_000_000)
    try:
        for _ in range(100):
            await limiter.acquire()
        samples = []
        for _ in range(count):
            started = time.perf_counter()
            await limiter.acquire()
            samples.append(time.perf_counter() - started)
    finally:
        await redis.aclose()
    return statistics.median(samples) * 1e6


def measure(workers: int = 8, calls: int = 9) -> dict[str, Any]:
    """The three fleet figures, and details: `workers` processes of `calls` calls each (about 7 s at 10/s)."""
    with RedisProcess() as redis, FleetServer() as server:
        results = run_fleet(server.url, redis.url, workers=workers, calls=calls, server=server)
        stats = server.stats()
        figures: dict[str, Any] = {
            "fleet_rps": round(sustained_rps(stats), 3),
            "fleet_token_requests": stats.token_requests,
            "fleet_acquire_us": round(asyncio.run(acquire_us(redis.url)), 1),
            "fleet_workers": workers,
            "fleet_requests": stats.requests,
            "fleet_refused": sum(1 for a in stats.arrivals if a.status == 429),
            "fleet_span_s": round(stats.elapsed, 3),
            "fleet_peak_in_1s_window": stats.peak_in_window(),
            "fleet_calls_failed": sum(len(r["errors"]) for r in results),
            "fleet_calls_per_worker": sorted(len(r["ok"]) for r in results),
        }
    return figures


def main() -> int:
    print(json.dumps(measure(), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
