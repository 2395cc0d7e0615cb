"""Hostile and broken servers, on real sockets (tests/_hostile_server.py), against async and sync clients: every
failure is one of pulsetrail's typed errors, every call is bounded, no secret is shown, no request is misrouted.

What each test asserts: the exception class, how many requests the server saw, and the absence of each secret
from what the error shows. Bounds are hang guards and wide memory bounds, never timing margins."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _hostile_server import HostileServer, Seen, bomb, bomb_peak, drip, head, reply, silent
from pulsetrail import (
    A360,
    ActiveTrail,
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InvalidInputError,
    PulsetrailError,
    ResponseParseError,
    ResponseTooLargeError,
    RetryPolicy,
    ServerError,
    SyncA360,
    SyncActiveTrail,
)
from sendpulse_a360_api.models import SendEventRequest

ROOT = Path(__file__).resolve().parent.parent
KINDS = ["async", "sync"]
#: retries without real waits (the attempts are what is counted, not the time between them)
FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)
HANG_GUARD_S = 120
AT_TOKEN = "AT-key-0123456789abcdef"
CLIENT_ID = "client-id-4711"
CLIENT_SECRET = "client-secret-s3cr3t-xyz"
ISSUED_TOKEN = "issued-token-abcdef-987654"
DEEP = b"[" * 100_000 + b"]" * 100_000


def activetrail(kind: str, server: HostileServer, **options: Any) -> Any:
    make = ActiveTrail if kind == "async" else SyncActiveTrail
    return make(AT_TOKEN, base_url=server.url, retry=options.pop("retry", FAST), **options)


def a360(kind: str, server: HostileServer, **options: Any) -> Any:
    make = A360 if kind == "async" else SyncA360
    return make(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        base_url=server.url,
        rate_limit=None,
        retry=options.pop("retry", FAST),
        **options,
    )


def run(kind: str, client: Any, use: Callable[[Any], Any]) -> Any:
    """`use(client)` with the client open, awaited for an async client; under a hang guard either way."""
    if kind == "async":

        async def main() -> Any:
            async with client:
                return await asyncio.wait_for(use(client), HANG_GUARD_S)

        return asyncio.run(main())
    with client, concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(use, client).result(HANG_GUARD_S)


def failure(kind: str, client: Any, use: Callable[[Any], Any]) -> PulsetrailError:
    """The error a call raises: a PulsetrailError, or the test fails with whatever escaped."""
    with pytest.raises(PulsetrailError) as caught:
        run(kind, client, use)
    return caught.value


def shown(error: BaseException) -> str:
    """Everything an error shows: message, repr, attributes users print, and its traceback with its causes."""
    parts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for name in ("message", "raw_body", "body", "error_name"):
        parts.append(str(getattr(error, name, "")))
    return "\n".join(parts)


@pytest.fixture
def serve() -> Iterator[Callable[[Any], HostileServer]]:
    servers: list[Any] = []

    def start(behave: Any) -> HostileServer:
        server = HostileServer(behave)
        context = server.running()
        context.__enter__()
        servers.append(context)
        return server

    yield start
    for context in servers:
        context.__exit__(None, None, None)


async def token_then(seen: Seen, writer: Any, then: Callable[[Seen, Any], Any]) -> None:
    if seen.path == "/oauth/access_token":
        await reply(writer, 200, json.dumps({"access_token": ISSUED_TOKEN, "expires_in": 3600}).encode())
    else:
        await then(seen, writer)


# -- 1. a body that fails while it is being read --------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_cut_off_body_is_a_connection_error_retried_like_any(kind: str, serve: Any) -> None:
    async def cut_off(seen: Seen, writer: Any) -> None:
        writer.write(head(200, {"Content-Type": "application/json"}, length=1000) + b'{"id": 1')
        await writer.drain()
        writer.close()

    server = serve(cut_off)
    error = failure(kind, activetrail(kind, server), lambda at: at.contacts.get_contact(42))
    assert type(error) is APIConnectionError
    assert error.attempts == 3
    assert len(server.seen) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_stalled_body_is_a_timeout_retried_like_any(kind: str, serve: Any) -> None:
    async def stalled(seen: Seen, writer: Any) -> None:
        writer.write(head(200, {"Content-Type": "application/json"}, length=100) + b"[")
        await writer.drain()
        await asyncio.Event().wait()

    server = serve(stalled)
    error = failure(kind, activetrail(kind, server, timeout=0.3), lambda at: at.contacts.get_contact(42))
    assert type(error) is APITimeoutError
    assert len(server.seen) == 3


# -- 2. JSON nested too deep ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("status", "expected"), [(200, ResponseParseError), (400, BadRequestError)])
def test_deeply_nested_json_is_a_typed_error(kind: str, status: int, expected: type, serve: Any) -> None:
    server = serve(lambda seen, writer: reply(writer, status, DEEP))
    error = failure(kind, activetrail(kind, server), lambda at: at.contacts.get_contact(42))
    assert type(error) is expected
    if isinstance(error, BadRequestError):
        assert error.body is None and error.raw_body.startswith("[[[")  # the class kept, the raw text kept


@pytest.mark.parametrize("kind", KINDS)
def test_deeply_nested_json_from_the_token_endpoint_is_an_authentication_error(kind: str, serve: Any) -> None:
    server = serve(lambda seen, writer: reply(writer, 200, DEEP))
    error = failure(kind, a360(kind, server), lambda client: client.flows.get_flow(7))
    assert type(error) is AuthenticationError
    assert server.paths() == ["/oauth/access_token"]


# -- 3. every request goes where it says ------------------------------------------------------------------------------


MISROUTES: list[tuple[str, Callable[[Any], Any], str]] = [
    ("at", lambda at: at.automations.delete_automations(".."), "id"),
    ("at", lambda at: at.automations.delete_automations("."), "id"),
    ("at", lambda at: at.automations.delete_automations(""), "id"),
    ("at", lambda at: at.automations.delete_automations("x" * 100_000), "id"),
    ("at", lambda at: at.automations.delete_automations(True), "id"),
    ("at", lambda at: at.automations.delete_automations(object()), "id"),
    ("at", lambda at: at.external.delete_external_contact("..", external_name="n"), "external_id"),
    ("at", lambda at: at.contacts.get_contact(10**5000), "id"),
    ("at", lambda at: at.contacts.get_contact(True), "id"),
    ("a360", lambda a: a.events.send_event("..", body=SendEventRequest.from_dict({"email": "a@b.c"})), "event_name"),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("api", "call", "field"), MISROUTES)
def test_a_path_parameter_that_would_go_elsewhere_is_refused_before_sending(
    kind: str, api: str, call: Callable[[Any], Any], field: str, serve: Any
) -> None:
    server = serve(lambda seen, writer: reply(writer, 200, b"{}"))
    client = activetrail(kind, server) if api == "at" else a360(kind, server)
    error = failure(kind, client, call)
    assert type(error) is InvalidInputError
    assert error.field == field
    assert len(str(error)) < 500  # a 100 KB value is not quoted whole
    assert server.seen == []


def test_an_int_where_a_str_is_declared_is_sent_as_its_digits(serve: Any) -> None:
    server = serve(lambda seen, writer: reply(writer, 204, b""))
    run("sync", activetrail("sync", server), lambda at: at.automations.delete_automations(12))
    assert server.paths() == ["/api/automations/12"]


# -- 4. secrets never shown -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "name"),
    [
        (lambda: ActiveTrail("T\r\nX-Injected: 1"), "token"),
        (lambda: SyncActiveTrail("T\r\nX-Injected: 1"), "token"),
        (lambda: A360(api_key="K\nX-Injected: 1"), "api_key"),
        (lambda: A360(client_id="id", client_secret="S\r\nX: 1"), "client_secret"),
        (lambda: SyncA360(client_id="id", client_secret="S\x00"), "client_secret"),
        (lambda: ActiveTrail("tökén-not-ascii"), "token"),
    ],
)
def test_a_credential_with_a_control_character_is_refused_where_it_enters(make: Callable[[], Any], name: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        make()
    assert caught.value.field == name
    assert "X-Injected" not in str(caught.value) and "\r" not in str(caught.value) and "S\\x00" not in str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
def test_a_token_no_header_can_carry_is_refused_and_never_retried(kind: str, serve: Any) -> None:
    bad = ISSUED_TOKEN + "\r\nX-Injected: 1"

    async def answer(seen: Seen, writer: Any) -> None:
        await reply(writer, 200, json.dumps({"access_token": bad, "expires_in": 3600}).encode())

    server = serve(answer)
    error = failure(kind, a360(kind, server), lambda client: client.flows.get_flow(7))
    assert type(error) is AuthenticationError
    assert ISSUED_TOKEN not in shown(error)
    assert server.paths() == ["/oauth/access_token"]  # once: the API was never called with it


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [400, 401, 500])
def test_a_server_echoing_credentials_shows_none_of_them(kind: str, status: int, serve: Any) -> None:
    async def echo(seen: Seen, writer: Any) -> None:
        body = json.dumps({"message": f"you sent {seen.headers.get('authorization')} and {seen.body.decode()}"})
        await reply(writer, status, body.encode())

    for api in ("at", "a360"):
        server = serve(echo)
        if api == "at":
            error = failure(kind, activetrail(kind, server), lambda at: at.contacts.get_contact(42))
        else:  # the token endpoint echoes the client secret
            error = failure(kind, a360(kind, server), lambda client: client.flows.get_flow(7))
        text = shown(error)
        for secret in (AT_TOKEN, CLIENT_SECRET, ISSUED_TOKEN):
            assert secret not in text, (api, status, text[:300])
        assert "***" in str(getattr(error, "raw_body", "")) or status == 401


@pytest.mark.parametrize("kind", KINDS)
def test_an_api_echoing_the_issued_token_shows_it_nowhere(kind: str, serve: Any) -> None:
    async def echo(seen: Seen, writer: Any) -> None:
        await reply(writer, 500, json.dumps({"error": seen.headers["authorization"]}).encode())

    server = serve(lambda seen, writer: token_then(seen, writer, echo))
    error = failure(kind, a360(kind, server), lambda client: client.flows.get_flow(7))
    assert type(error) is ServerError
    assert ISSUED_TOKEN not in shown(error)
    assert "***" in error.raw_body


# -- 5. every call bounded --------------------------------------------------------------------------------------------


def test_a_flood_against_a_silent_server_fails_every_call_within_its_timeout(serve: Any) -> None:
    """300 concurrent calls, `timeout=1`, no retries: those queued behind 32 in flight fail when their turn does not
    come within `timeout.pool` (1 s), instead of each waiting out the ones before it."""
    server = serve(silent)

    async def flood() -> list[BaseException | None]:
        async with ActiveTrail(AT_TOKEN, base_url=server.url, timeout=1, retry=RetryPolicy(max_retries=0)) as at:
            calls = [at.contacts.get_contact(42) for _ in range(300)]
            return list(await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), HANG_GUARD_S))

    outcomes = asyncio.run(flood())
    assert all(isinstance(outcome, APITimeoutError) for outcome in outcomes)
    assert len(server.seen) <= 300


@pytest.mark.parametrize("kind", KINDS)
def test_a_deadline_bounds_every_attempt_of_a_call(kind: str, serve: Any) -> None:
    """A body dripping a byte at a time never trips a read timeout; the call's deadline ends it."""

    server = serve(drip(b"["))
    error = failure(kind, activetrail(kind, server, deadline=1.0), lambda at: at.contacts.get_contact(42))
    assert type(error) is APITimeoutError
    assert "deadline" in str(error)


def test_a_failed_token_fetch_is_every_waiters_outcome(serve: Any) -> None:
    """A silent token endpoint: 200 concurrent calls share one fetch (its retries included) and its failure."""
    server = serve(silent)

    async def calls() -> list[BaseException | None]:
        async with A360(
            client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=server.url, timeout=1, retry=FAST
        ) as a:
            waiting = [a.flows.get_flow(7) for _ in range(200)]
            return list(await asyncio.wait_for(asyncio.gather(*waiting, return_exceptions=True), HANG_GUARD_S))

    outcomes = asyncio.run(calls())
    assert all(isinstance(outcome, APITimeoutError) for outcome in outcomes)
    # one fetch (its attempts: at most three; fewer when every waiter's `timeout.pool` ran out first and the
    # fetch, needed by nobody, was cancelled); no call repeated it
    assert set(server.paths()) == {"/oauth/access_token"}
    assert 1 <= len(server.seen) <= 3


def test_a_failed_token_fetch_is_every_waiting_threads_outcome(serve: Any) -> None:
    server = serve(silent)
    with a360("sync", server, timeout=1) as a, concurrent.futures.ThreadPoolExecutor(16) as pool:
        futures = [pool.submit(a.flows.get_flow, 7) for _ in range(16)]
        errors = [future.exception(HANG_GUARD_S) for future in futures]
    assert all(isinstance(error, APITimeoutError) for error in errors)
    assert server.paths() == ["/oauth/access_token"] * 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_dripping_token_endpoint_cannot_hold_the_calls(kind: str, serve: Any) -> None:
    server = serve(drip(b"{"))
    error = failure(kind, a360(kind, server, deadline=1.0), lambda client: client.flows.get_flow(7))
    assert type(error) is APITimeoutError
    assert server.paths()[0] == "/oauth/access_token"


# -- 6. a cap on what a response may cost ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_an_endless_chunked_body_stops_at_the_cap(kind: str, serve: Any) -> None:
    async def endless(seen: Seen, writer: Any) -> None:
        writer.write(head(200, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}))
        chunk = b" " * 65536
        while True:
            writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            await writer.drain()

    server = serve(endless)
    client = activetrail(kind, server, max_response_bytes=2**20)
    error = failure(kind, client, lambda at: at.contacts.get_contact(42))
    assert type(error) is ResponseTooLargeError
    assert error.limit == 2**20
    assert len(server.seen) == 1  # never retried


@pytest.mark.parametrize("kind", KINDS)
def test_a_declared_length_over_the_cap_is_refused_unread(kind: str, serve: Any) -> None:
    async def huge(seen: Seen, writer: Any) -> None:
        writer.write(head(200, {"Content-Type": "application/json"}, length=500 * 2**20) + b"[")
        await writer.drain()
        await asyncio.Event().wait()

    server = serve(huge)
    error = failure(kind, activetrail(kind, server), lambda at: at.contacts.get_contact(42))
    assert type(error) is ResponseTooLargeError


def test_a_gzip_bomb_is_refused_with_bounded_memory(serve: Any) -> None:
    """4 GiB of zeros, gzip-compressed: the client (a process of its own, so its peak memory is its own) stops at
    the default cap of 64 MiB, far under 1 GiB of peak RSS."""
    server = serve(bomb(4))
    outcome, peak_mb = bomb_peak(server.url, HANG_GUARD_S)
    assert outcome == "ResponseTooLargeError"
    assert peak_mb < 1024


@pytest.mark.parametrize("kind", KINDS)
def test_a_call_gets_no_turn_from_the_throttle_beyond_timeout_pool(kind: str, serve: Any) -> None:
    """A throttle of 0.1 request/s: the second call waits at least a second for its turn (no more than `rate` in any
    one-second window); a `timeout.pool` of 0.5 s ends that wait with an APITimeoutError naming the rate limiter,
    and the request is never sent."""
    server = serve(lambda seen, writer: reply(writer, 200, b'{"id": 42}'))
    client = activetrail(kind, server, rate_limit=0.1, timeout=httpx.Timeout(5, pool=0.5))

    async def twice_async(at: Any) -> None:
        await at.contacts.get_contact(42)
        await at.contacts.get_contact(42)

    def twice_sync(at: Any) -> None:
        at.contacts.get_contact(42)
        at.contacts.get_contact(42)

    error = failure(kind, client, twice_async if kind == "async" else twice_sync)
    assert type(error) is APITimeoutError
    assert "rate limiter" in str(error)
    assert len(server.seen) == 1
