"""The sync clients (`SyncA360`, `SyncActiveTrail`) against the same matrix as the async ones: every operation
against Prism, faults (retries, Retry-After, typed errors), secrets, and one client shared by 16 threads. The
bad-input table, the fault matrix and the secrets scan run both client kinds in their own files (`client_kind`).
Assertions are counts, order and bounds, never wall-clock margins."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pulsetrail._transport
import pytest
from conftest import MockServer, Shadow
from pulsetrail import (
    A360,
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    NoDataError,
    PulsetrailError,
    RateLimitError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    SyncA360,
    SyncActiveTrail,
    SyncInMemoryTokenStore,
    SyncPaginator,
    SyncRateLimiter,
)
from pulsetrail._auth import AccessToken
from pulsetrail._throttle import Schedule
from spec_calls import Operation, build_arguments, json_body, success_status, to_jsonable, untyped_fields
from test_bad_input import (
    AT_TOKEN,
    CLIENT_ID,
    CLIENT_SECRET,
    SECRETS,
)
from test_every_operation import A360_OPERATIONS, ACTIVETRAIL_OPERATIONS, method_of, success_model

# ---------------------------------------------------------------------------------------------- every operation


def _call(op: Operation, client: Any) -> None:
    answers: list[httpx.Response] = []

    def keep(response: httpx.Response) -> None:
        response.read()
        answers.append(response)

    client.http.event_hooks["response"] = [keep]
    result = method_of(client, op)(**build_arguments(op))
    if isinstance(result, SyncPaginator):
        assert op.paginated, f"{op.id} returns a paginator but has no paging parameters"
        page = result.get()  # a Page: its items, and the operation's answer as parsed
        assert list(page) == list(page.items)
        result = page.parsed
    (response,) = answers
    assert response.status_code == success_status(op), response.content[:500]
    sent = json_body(response.content)
    if sent is None:
        assert result is None
        return
    model = success_model(op)
    if model and model not in ("cast", "Any") and model[0].isupper():
        assert type(result).__name__ == model, f"{op.id} returned a {type(result).__name__}, not its {model}"
    assert untyped_fields(result) == []
    assert to_jsonable(result) == sent


@pytest.fixture(scope="module")
def sync_a360(a360_mock: MockServer) -> Iterator[SyncA360]:
    with SyncA360(api_key="test-token", base_url=a360_mock.url, rate_limit=None) as client:
        yield client


@pytest.fixture(scope="module")
def sync_at(activetrail_mock: MockServer) -> Iterator[SyncActiveTrail]:
    with SyncActiveTrail("0Xtest-token", base_url=activetrail_mock.url) as client:
        yield client


@pytest.mark.parametrize("op", A360_OPERATIONS, ids=lambda op: op.id)
def test_sync_a360_operation(op: Operation, sync_a360: SyncA360) -> None:
    _call(op, sync_a360)


@pytest.mark.parametrize("op", ACTIVETRAIL_OPERATIONS, ids=lambda op: op.id)
def test_sync_activetrail_operation(op: Operation, sync_at: SyncActiveTrail) -> None:
    _call(op, sync_at)


def test_sync_namespaces_have_every_method_of_the_async_ones() -> None:
    from activetrail_api import api as at_api
    from sendpulse_a360_api import api as a360_api

    for package in (a360_api, at_api):
        for tag in dir(package.AsyncNamespaces):
            if tag.startswith("_"):
                continue
            module = __import__(f"{package.__name__}.{tag}", fromlist=["_"])
            pascal = "".join(part.capitalize() for part in tag.split("_"))
            asynchronous, synchronous = getattr(module, f"Async{pascal}"), getattr(module, f"Sync{pascal}")
            names = {n for n in vars(asynchronous) if not n.startswith("_")}
            assert names and names == {n for n in vars(synchronous) if not n.startswith("_")}, tag


# ---------------------------------------------------------------------------------------------- faults


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The sync transport's sleeps, recorded instead of slept (its `time` module only)."""
    recorded: list[float] = []
    monkeypatch.setattr(pulsetrail._transport, "time", Shadow(time, sleep=recorded.append))
    return recorded


def _answers(*answers: httpx.Response | Exception) -> tuple[httpx.MockTransport, list[str]]:
    queue = list(answers)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.path}")
        if request.url.path == "/oauth/access_token":
            return httpx.Response(200, json={"access_token": "fault-token", "expires_in": 3600})
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return httpx.MockTransport(handler), seen


FLOW = {"autoresponder": {"id": 7, "name": "f", "status": 1}, "flows": []}


def _flow_client(transport: httpx.MockTransport) -> SyncA360:
    return SyncA360(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, transport=transport, rate_limit=None)


def test_sync_retries_5xx_and_connection_errors_then_answers(waits: list[float]) -> None:
    transport, seen = _answers(
        httpx.Response(503), httpx.ConnectError("refused"), httpx.Response(200, json={"data": [], "total": 0})
    )
    with _flow_client(transport) as a360:
        assert list(a360.flows()) == []
    assert seen.count("GET /a360/autoresponders/list") == 3
    assert len(waits) == 2
    assert all(0 < w <= RetryPolicy().max_delay for w in waits)


def test_sync_honours_retry_after_and_gives_up_with_typed_errors(waits: list[float]) -> None:
    transport, _ = _answers(
        httpx.Response(429, headers={"Retry-After": "3"}),
        httpx.Response(429, headers={"Retry-After": "3"}),
        httpx.Response(429, headers={"Retry-After": "3"}),
    )
    with _flow_client(transport) as a360, pytest.raises(RateLimitError) as caught:
        a360.flows.get_flow(7)
    assert waits == [3.0, 3.0]
    assert caught.value.attempts == 3


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (httpx.Response(400, json={"message": "bad"}), BadRequestError),
        (httpx.Response(404), NoDataError),
        (httpx.Response(500), ServerError),
        (httpx.Response(200, content=b"<html>"), ResponseParseError),
        (httpx.Response(200, json={"id": "x"}), ResponseParseError),
        (httpx.ReadError("reset"), APIConnectionError),
    ],
)
def test_sync_failures_raise_the_typed_error(
    answer: httpx.Response | Exception, error: type[PulsetrailError], waits: list[float]
) -> None:
    transport, _ = _answers(*[answer] * 3)
    with _flow_client(transport) as a360, pytest.raises(error):
        a360.flows.get_flow(7)


def test_sync_refreshes_the_token_once_on_401_then_raises() -> None:
    transport, seen = _answers(
        httpx.Response(401), httpx.Response(200, json=FLOW), httpx.Response(401), httpx.Response(401)
    )
    with _flow_client(transport) as a360:
        assert a360.flows.get_flow(7).autoresponder.id == 7
        assert seen.count("POST /oauth/access_token") == 2
        with pytest.raises(AuthenticationError) as caught:
            a360.flows.get_flow(7)
    assert caught.value.attempts == 2
    assert seen.count("POST /oauth/access_token") == 3


def test_sync_secrets_stay_out_of_reprs_and_errors() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": "invalid_client"})

    with (
        SyncA360(
            client_id=CLIENT_ID, client_secret=CLIENT_SECRET, transport=httpx.MockTransport(handler), rate_limit=None
        ) as a360,
        SyncActiveTrail(AT_TOKEN, transport=httpx.MockTransport(handler)) as at,
    ):
        texts = [repr(a360), repr(a360.auth), repr(at), repr(at.http.auth)]
        for call in (lambda: a360.flows.get_flow(7), lambda: at.contacts.get_contact(1)):
            with pytest.raises(AuthenticationError) as caught:
                call()
            texts += [str(caught.value), repr(caught.value)]
    assert all(secret not in text for text in texts for secret in SECRETS)


# ---------------------------------------------------------------------------------------------- threads


class _RecordingSchedule(Schedule):
    """The limiter's schedule, keeping each real release time exactly as the limiter records it."""

    def __init__(self, rate: float, burst: int) -> None:
        super().__init__(rate, burst)
        self.releases: list[float] = []

    def record(self, scheduled: float, released: float) -> None:
        super().record(scheduled, released)
        self.releases.append(released)


class _CountingStore(SyncInMemoryTokenStore):
    """Counts the threads that looked for the token (each looks once before waiting for the one fetch)."""

    def __init__(self) -> None:
        super().__init__()
        self.looks = 0
        self._count_lock = threading.Lock()

    def get(self) -> AccessToken | None:
        with self._count_lock:
            self.looks += 1
        return super().get()


def test_one_sync_client_shared_by_16_threads() -> None:
    """One token request for all threads, every request answered once, and the limiter's own release times never
    more than `rate` in any one-second window (counts and order; how evenly requests arrive is not ours to assert)."""
    rate, threads, per_thread = 25, 16, 4
    limiter = SyncRateLimiter(rate)
    schedule = limiter._schedule = _RecordingSchedule(rate, limiter.burst)
    store = _CountingStore()
    lock = threading.Lock()
    served: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            served.append(request.url.path)
        if request.url.path == "/oauth/access_token":
            # answer once every thread has found the token missing (the fetcher looks twice): the single flight is
            # then exercised whatever the machine's speed
            for _ in range(60_000):
                if store.looks >= threads + 1:
                    break
                time.sleep(0.001)
            return httpx.Response(200, json={"access_token": "shared-token", "expires_in": 3600})
        assert request.headers["Authorization"] == "Bearer shared-token"
        flow_id = int(request.url.path.rsplit("/", 1)[1])
        return httpx.Response(200, json={**FLOW, "autoresponder": {"id": flow_id, "name": "f", "status": 1}})

    results: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(threads)
    with SyncA360(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        token_store=store,
        transport=httpx.MockTransport(handler),
        rate_limiter=limiter,
    ) as a360:

        def work(index: int) -> None:
            start.wait()
            try:
                for n in range(per_thread):
                    flow = a360.flows.get_flow(index * 100 + n + 1)
                    with lock:
                        results.append(flow.autoresponder.id)
            except BaseException as exc:
                errors.append(exc)

        workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert a360.auth.token_requests == 1
    assert errors == []
    assert store.looks >= threads + 1
    assert sorted(results) == sorted(i * 100 + n + 1 for i in range(threads) for n in range(per_thread))
    assert len(served) == threads * per_thread + 1
    releases = schedule.releases
    assert len(releases) == len(served)  # the token request is throttled too
    assert releases == sorted(releases)
    # any rate + 1 consecutive releases span at least one second: never more than `rate` in any one-second window
    assert all(releases[i + rate] - releases[i] >= 1.0 for i in range(len(releases) - rate))


def test_sync_rate_limiter_releases_in_order_and_never_more_than_rate_per_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sync limiter on a fake clock: the same Schedule as the async one."""
    import pulsetrail._sync

    clock = [0.0]
    monkeypatch.setattr(
        pulsetrail._sync,
        "time",
        Shadow(time, monotonic=lambda: clock[0], sleep=lambda s: clock.__setitem__(0, clock[0] + s)),
    )
    limiter = SyncRateLimiter(10)
    released = []
    for _ in range(50):
        limiter.acquire()
        released.append(clock[0])
    assert released == sorted(released)
    assert max(sum(1 for t in released if r <= t < r + 1.0) for r in released) <= 10
    assert released[-1] >= 4.0  # 50 requests at 10/s span at least four windows


def test_sync_bulk_import_chunks_with_threads_and_merges() -> None:
    calls: list[int] = []
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        import json

        body = json.loads(request.content)
        with lock:
            calls.append(len(body["contacts"]))
        return httpx.Response(200, json={"success": len(body["contacts"]), "contact_errors": []})

    contacts = [{"email": f"u{i}@example.com"} for i in range(2500)]
    with SyncActiveTrail(AT_TOKEN, transport=httpx.MockTransport(handler)) as at:
        result = at.import_contacts(contacts, group_id=5, concurrency=3)
    assert sorted(calls) == [500, 1000, 1000]
    assert (result.calls, result.succeeded, result.errors) == (3, 2500, [])


def test_async_and_sync_share_one_surface() -> None:
    """Every public helper of the async clients exists on the sync ones."""
    from pulsetrail import ActiveTrail

    for asynchronous, synchronous in ((A360, SyncA360), (ActiveTrail, SyncActiveTrail)):
        public = {n for n in dir(asynchronous) if not n.startswith("_")} - {"aclose"}
        missing = public - {n for n in dir(synchronous) if not n.startswith("_")}
        assert missing == set(), (synchronous.__name__, missing)


# ---------------------------------------------------------------------------------------------- typing

TYPED_HELPERS = """
from typing import Any, assert_type

from pulsetrail import A360, AsyncPaginator, SyncA360, SyncPaginator
from sendpulse_a360_api.models import (
    EmailStatsResponse, FlowOperatorAddress, FlowOperatorAddressList, GoalStatsResponse, SmsAddress, SmsAddressList,
)


async def typed(a360: A360, sync: SyncA360) -> None:
    assert_type(await a360.stats("email", 1, send_date_from="2024-01-01"), EmailStatsResponse | None)
    assert_type(sync.stats("email", 1, send_date_from="2024-01-01"), EmailStatsResponse | None)
    assert_type(sync.stats("goal", 1), GoalStatsResponse | None)
    assert_type(sync.stats(str(), 1), Any)
    assert_type(a360.addresses("sms", 1, page_size=10), AsyncPaginator[SmsAddress, SmsAddressList])
    assert_type(sync.addresses("sms", 1, page_size=10), SyncPaginator[SmsAddress, SmsAddressList])
    assert_type(sync.addresses("trigger", 1), SyncPaginator[FlowOperatorAddress, FlowOperatorAddressList])
    sync.stats("email", 1, send_date_frm="2024-01-01")  # E: a misspelt keyword
"""


def test_sync_helpers_are_typed_per_element_type_like_the_async_ones(tmp_path: Path) -> None:
    source = tmp_path / "typed_helpers.py"
    source.write_text(TYPED_HELPERS)
    run = subprocess.run(  # noqa: S603 - this interpreter's mypy on a file the test wrote
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), source],
        capture_output=True,
        text=True,
        check=False,
    )
    misspelt = next(n for n, line in enumerate(TYPED_HELPERS.splitlines(), 1) if "send_date_frm" in line)
    lines = {line.split(":")[1] for line in run.stdout.splitlines() if ": error:" in line}
    assert lines == {str(misspelt)}, run.stdout  # every assert_type holds; only the misspelt keyword is refused
