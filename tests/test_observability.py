"""Hooks, log lines and OpenTelemetry spans and metrics of the calls (#27), with the real OpenTelemetry SDK (its
in-memory exporter and metric reader) and respx playing the server."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pulsetrail._observe
import pulsetrail._otel
import pulsetrail._transport
import pytest
import respx
from conftest import ROOT, Shadow
from opentelemetry import trace
from opentelemetry.metrics import _internal as metrics_internal
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from pulsetrail import (
    A360,
    ActiveTrail,
    BadRequestError,
    ErrorEvent,
    Hooks,
    InvalidInputError,
    RequestEvent,
    ResponseEvent,
    ResponseParseError,
    RetryEvent,
    SyncA360,
    TokenFetchEvent,
    WaitEvent,
)
from pulsetrail._redaction import safe_url

BASE = "https://sendpulse.test"
AT_BASE = "https://webapi.mymarketing.test"
CLIENT_ID, CLIENT_SECRET = "client-id-123", "s3cr3t-client-secret-value"
TOKEN = "tok-abcdef-0123456789"
AT_TOKEN = "0Xactivetrail-token-value"
FLOWS = "/a360/autoresponders/list"
SECRETS = (CLIENT_SECRET, TOKEN, AT_TOKEN)
EMAIL, PHONE = "jane.doe@example.org", "+972-50-123-4567"


def token_reply() -> httpx.Response:
    return httpx.Response(200, json={"access_token": TOKEN, "token_type": "Bearer", "expires_in": 3600})


def a360(**kwargs: Any) -> A360:
    return A360(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=BASE, rate_limit=None, **kwargs)


def sync_a360(**kwargs: Any) -> SyncA360:
    return SyncA360(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=BASE, rate_limit=None, **kwargs)


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The transport's backoff sleeps recorded, not slept (async and sync)."""
    recorded: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)
        await asyncio.sleep(0)

    monkeypatch.setattr(pulsetrail._transport, "asyncio", Shadow(asyncio, sleep=fake_async_sleep))
    monkeypatch.setattr(pulsetrail._transport, "time", Shadow(time, sleep=recorded.append))
    return recorded


@dataclass
class Telemetry:
    spans: InMemorySpanExporter
    metrics: InMemoryMetricReader

    def finished(self) -> tuple[ReadableSpan, ...]:
        return tuple(self.spans.get_finished_spans())

    def points(self, name: str) -> list[Any]:
        data = self.metrics.get_metrics_data()
        assert data is not None
        return [
            point
            for resource in data.resource_metrics
            for scope in resource.scope_metrics
            for metric in scope.metrics
            if metric.name == name
            for point in metric.data.data_points
        ]


@pytest.fixture
def otel(monkeypatch: pytest.MonkeyPatch) -> Iterator[Telemetry]:
    """A configured tracer and meter provider for this test only: OpenTelemetry sets its global providers once per
    process, so the test puts them where `get_tracer_provider()`/`get_meter_provider()` read them, and takes them
    back after (other tests run with OpenTelemetry imported but not configured)."""
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader])
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", tracer_provider)
    monkeypatch.setattr(metrics_internal, "_METER_PROVIDER", meter_provider)
    yield Telemetry(exporter, reader)
    tracer_provider.shutdown()
    meter_provider.shutdown()


@pytest.fixture
def pulsetrail_logger() -> Iterator[logging.Logger]:
    """The `pulsetrail` logger, its level and handlers put back after the test."""
    logger = logging.getLogger("pulsetrail")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


def mock_a360(router: respx.MockRouter, *answers: httpx.Response) -> respx.Route:
    router.post("/oauth/access_token").mock(return_value=token_reply())
    return router.get(FLOWS).mock(side_effect=list(answers))


def shows_no_secret(value: object) -> bool:
    text = str(value)
    return not any(secret in text for secret in SECRETS)


# --- OpenTelemetry ----------------------------------------------------------------------------------------------------


async def test_a_retried_call_is_one_internal_span_with_two_client_children(
    otel: Telemetry, no_backoff: list[float]
) -> None:
    with respx.mock(base_url=BASE) as router:
        route = mock_a360(router, httpx.Response(503), httpx.Response(200, json={"data": []}))
        async with a360() as api:
            await api.flows.list_flows(limit=10)
    assert route.call_count == 2
    spans = otel.finished()
    (operation,) = [s for s in spans if s.name == "list_flows"]
    assert operation.kind is trace.SpanKind.INTERNAL
    attributes = dict(operation.attributes or {})
    assert attributes["pulsetrail.api"] == "a360"
    assert attributes["url.template"] == FLOWS
    assert attributes["pulsetrail.attempts"] == 2
    assert attributes["http.response.status_code"] == 200
    assert attributes["pulsetrail.token_wait"] > 0  # this call waited for the token fetch
    assert "error.type" not in attributes
    children = sorted(
        (s for s in spans if s.parent is not None and s.parent.span_id == operation.context.span_id),
        key=lambda s: s.start_time or 0,
    )
    attempts = [s for s in children if s.kind is trace.SpanKind.CLIENT]
    assert [s.name for s in attempts] == [f"GET {FLOWS}", f"GET {FLOWS}"]
    first, second = (dict(s.attributes or {}) for s in attempts)
    for attempt in (first, second):
        assert attempt["http.request.method"] == "GET"
        assert attempt["server.address"] == "sendpulse.test"
        assert attempt["server.port"] == 443
        assert attempt["url.full"] == f"{BASE}{FLOWS}?limit=10&offset=0"
        assert attempt["url.template"] == FLOWS
    assert first["http.response.status_code"] == 503
    assert first["error.type"] == "503"
    assert "http.request.resend_count" not in first
    assert second["http.response.status_code"] == 200
    assert second["http.request.resend_count"] == 1
    assert "error.type" not in second
    # the token request: its own INTERNAL span (under the call that needed the token) with one CLIENT attempt
    (token,) = [s for s in children if s.name == "get_access_token"]
    assert token.kind is trace.SpanKind.INTERNAL
    assert [s.kind for s in spans if s.parent is not None and s.parent.span_id == token.context.span_id] == [
        trace.SpanKind.CLIENT
    ]
    assert len(spans) == 5
    for span in spans:
        assert all(shows_no_secret(value) for value in (span.attributes or {}).values()), span.name
        assert shows_no_secret(span.name)
    durations = otel.points("http.client.request.duration")
    assert sum(point.count for point in durations) == 3  # the token request and the two attempts
    assert {point.attributes.get("http.response.status_code") for point in durations} == {200, 503}
    (retries,) = otel.points("pulsetrail.client.retries")
    assert retries.value == 1
    assert retries.attributes["url.template"] == FLOWS


async def test_a_failed_call_names_its_error_class(otel: Telemetry, no_backoff: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        mock_a360(router, httpx.Response(400, json={"message": f"bad {EMAIL}"}))
        async with a360() as api:
            with pytest.raises(BadRequestError):
                await api.flows.list_flows()
    (operation,) = [s for s in otel.finished() if s.name == "list_flows"]
    assert operation.attributes is not None
    assert operation.attributes["error.type"] == "BadRequestError"
    assert operation.attributes["pulsetrail.attempts"] == 1
    assert operation.status.status_code is trace.StatusCode.ERROR


async def test_a_transport_failure_is_the_attempts_error_type(otel: Telemetry, no_backoff: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/oauth/access_token").mock(return_value=token_reply())
        router.get(FLOWS).mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json={"data": []})])
        async with a360() as api:
            await api.flows.list_flows()
    attempts = sorted(
        (s for s in otel.finished() if s.name == f"GET {FLOWS}"),
        key=lambda s: s.start_time or 0,
    )
    assert [(s.attributes or {}).get("error.type") for s in attempts] == ["ConnectError", None]


#: a 200 whose body is no JSON: the call fails in the parse, after its answer arrived
UNREADABLE = httpx.Response(200, content=b"<html>maintenance</html>", headers={"Content-Type": "application/json"})


async def test_an_answer_that_does_not_parse_is_the_calls_outcome(
    otel: Telemetry, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pulsetrail")
    recorder = Recorder()
    with respx.mock(base_url=BASE) as router:
        mock_a360(router, UNREADABLE, UNREADABLE, httpx.Response(200, json={"data": []}))
        async with a360(hooks=recorder.hooks()) as api:
            with pytest.raises(ResponseParseError):
                await api.flows.list_flows()
            with pytest.raises(ResponseParseError):  # a page too
                await api.flows.list_flows().first_page()
            await api.flows.list_flows()
    operations = [s for s in otel.finished() if s.name == "list_flows"]
    assert [(s.attributes or {}).get("error.type") for s in operations] == ["ResponseParseError"] * 2 + [None]
    assert [s.status.status_code for s in operations[:2]] == [trace.StatusCode.ERROR] * 2
    errors = [summary for summary in recorder.summary() if summary[0] == "on_error"]
    assert errors == [("on_error", "list_flows", "ResponseParseError")] * 2
    lines = [r.getMessage() for r in caplog.records if "list_flows GET" in r.getMessage()]
    assert [line.split(" -> ")[1].split(",")[0] for line in lines] == ["ResponseParseError (200)"] * 2 + ["200"]


async def test_a_raw_response_ends_its_call_when_answered() -> None:
    # its parse() may come later, or never: the record is the answer's
    recorder = Recorder()
    with respx.mock(base_url=BASE) as router:
        mock_a360(router, UNREADABLE)
        async with a360(hooks=recorder.hooks()) as api:
            raw = await api.flows.with_raw_response.list_flows()
            assert not [s for s in recorder.summary() if s[0] == "on_error"]
            with pytest.raises(ResponseParseError):
                raw.parse()
    assert recorder.summary()[-1] == ("after_response", "list_flows", 1, 200)


def test_sync_an_answer_that_does_not_parse_is_the_calls_outcome(otel: Telemetry) -> None:
    recorder = Recorder()
    with respx.mock(base_url=BASE) as router:
        mock_a360(router, UNREADABLE)
        with sync_a360(hooks=recorder.hooks()) as api, pytest.raises(ResponseParseError):
            api.flows.list_flows().get()
    (operation,) = [s for s in otel.finished() if s.name == "list_flows"]
    assert (operation.attributes or {}).get("error.type") == "ResponseParseError"
    assert recorder.summary()[-1] == ("on_error", "list_flows", "ResponseParseError")


def test_sync_client_spans_too(otel: Telemetry, no_backoff: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        mock_a360(router, httpx.Response(503), httpx.Response(200, json={"data": []}))
        with sync_a360() as api:
            api.flows.list_flows().get()
    spans = otel.finished()
    (operation,) = [s for s in spans if s.name == "list_flows"]
    attempts = [s for s in spans if s.parent is not None and s.parent.span_id == operation.context.span_id]
    assert sorted((s.kind.name, (s.attributes or {}).get("http.response.status_code")) for s in attempts) == [
        ("CLIENT", 200),
        ("CLIENT", 503),
        ("INTERNAL", 200),  # the token request's own span
    ]


async def test_activetrail_token_is_no_attribute(otel: Telemetry) -> None:
    with respx.mock(base_url=AT_BASE) as router:
        router.get("/api/account/balance").mock(return_value=httpx.Response(200, json={}))
        async with ActiveTrail(AT_TOKEN, base_url=AT_BASE) as at:
            await at.http.get("/api/account/balance")
    (attempt,) = otel.finished()  # a request of no typed method: its attempt only, no operation span
    assert attempt.kind is trace.SpanKind.CLIENT
    assert attempt.name == "GET"
    assert all(shows_no_secret(value) for value in (attempt.attributes or {}).values())


def test_unconfigured_opentelemetry_records_nothing() -> None:
    """OpenTelemetry imported (this module imports it) but no provider set: no telemetry, no call recorded."""
    assert type(trace.get_tracer_provider()).__name__ == "ProxyTracerProvider"
    assert pulsetrail._otel.telemetry() is None
    request = httpx.Request("GET", f"{BASE}{FLOWS}")
    assert pulsetrail._observe.Observer(None).begin(request) is None
    assert pulsetrail._observe.CALL not in request.extensions


def test_a_provider_named_by_a_variable_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """With OTEL_PYTHON_TRACER_PROVIDER set, the unset globals prove nothing: OpenTelemetry's getters decide (here:
    still the proxy, as nothing was configured)."""
    asked: list[str] = []
    getter = trace.get_tracer_provider

    def get_tracer_provider() -> trace.TracerProvider:
        asked.append("tracer")
        return getter()

    monkeypatch.setattr(pulsetrail._otel, "_providers_from_environment", True)
    monkeypatch.setattr(trace, "get_tracer_provider", get_tracer_provider)
    assert pulsetrail._otel.telemetry() is None
    assert asked == ["tracer"]
    monkeypatch.setattr(pulsetrail._otel, "_providers_from_environment", False)
    assert pulsetrail._otel.telemetry() is None
    assert asked == ["tracer"]  # not asked: the globals are unset and no variable names a provider


def test_url_full_shows_no_credentials_or_query_values() -> None:
    url = httpx.URL(f"https://user:pass@sendpulse.test/api/contacts/{EMAIL}?limit=10&email={EMAIL}&token=abc123")
    shown = safe_url(url)
    assert shown == "https://sendpulse.test/api/contacts/***?limit=10&email=REDACTED&token=REDACTED"
    assert safe_url(httpx.URL(f"{BASE}{FLOWS}")) == f"{BASE}{FLOWS}"


# --- hooks ------------------------------------------------------------------------------------------------------------


class Recorder:
    """Every hook, recording (hook name, event) in order (threads too)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []
        self._lock = threading.Lock()

    def hooks(self, **replaced: Any) -> Hooks:
        names = ("before_request", "after_response", "before_retry", "on_wait", "on_token_fetch", "on_error")
        return Hooks(**{name: replaced.get(name, self._recording(name)) for name in names})

    def _recording(self, name: str) -> Any:
        def record(event: object) -> None:
            with self._lock:
                self.events.append((name, event))

        return record

    def summary(self) -> list[tuple[Any, ...]]:
        shown: list[tuple[Any, ...]] = []
        for name, event in self.events:
            if isinstance(event, RequestEvent):
                shown.append((name, event.operation and event.operation.id, event.attempt))
            elif isinstance(event, ResponseEvent):
                shown.append((name, event.operation and event.operation.id, event.attempt, event.status_code))
            elif isinstance(event, RetryEvent):
                shown.append((name, event.operation and event.operation.id, event.attempt, event.reason))
            elif isinstance(event, TokenFetchEvent):
                shown.append((name, event.outcome))
            elif isinstance(event, ErrorEvent):
                shown.append((name, event.operation and event.operation.id, type(event.error).__name__))
            elif isinstance(event, WaitEvent):
                shown.append((name, event.what))
        return shown


EXPECTED_RETRIED_CALL = [
    ("before_request", "get_access_token", 1),
    ("after_response", "get_access_token", 1, 200),
    ("on_token_fetch", "ok"),
    ("before_request", "list_flows", 1),
    ("after_response", "list_flows", 1, 503),
    ("before_retry", "list_flows", 1, "503"),
    ("before_request", "list_flows", 2),
    ("after_response", "list_flows", 2, 200),
]


async def test_hooks_in_order(no_backoff: list[float]) -> None:
    recorder = Recorder()
    with respx.mock(base_url=BASE) as router:
        mock_a360(
            router,
            httpx.Response(503, headers={"Retry-After": "0"}),
            httpx.Response(200, json={"data": []}),
            httpx.Response(400, json={"message": "no"}),
        )
        async with a360(hooks=recorder.hooks()) as api:
            await api.flows.list_flows()
            with pytest.raises(BadRequestError):
                await api.flows.list_flows()
    assert recorder.summary() == [
        *EXPECTED_RETRIED_CALL,
        ("before_request", "list_flows", 1),
        ("after_response", "list_flows", 1, 400),
        ("on_error", "list_flows", "BadRequestError"),
    ]
    retry = next(event for name, event in recorder.events if name == "before_retry")
    assert retry.wait == no_backoff[0]
    token = next(event for name, event in recorder.events if name == "on_token_fetch")
    assert token.duration >= 0 and token.error is None
    error = recorder.events[-1][1]
    assert error.attempts == 1 and error.url == f"{BASE}{FLOWS}?limit=100&offset=0"
    for _, event in recorder.events:
        assert shows_no_secret(event)


def test_sync_hooks_in_order(no_backoff: list[float]) -> None:
    recorder = Recorder()
    with respx.mock(base_url=BASE) as router:
        mock_a360(router, httpx.Response(503), httpx.Response(200, json={"data": []}))
        with sync_a360(hooks=recorder.hooks()) as api:
            api.flows.list_flows().get()
    assert recorder.summary() == EXPECTED_RETRIED_CALL


async def test_failed_token_fetch_is_reported() -> None:
    recorder = Recorder()
    with respx.mock(base_url=BASE) as router:
        router.post("/oauth/access_token").mock(return_value=httpx.Response(401, json={"error": "invalid_client"}))
        async with a360(hooks=recorder.hooks()) as api:
            with pytest.raises(Exception, match="401"):
                await api.flows.list_flows()
    fetches = [event for name, event in recorder.events if name == "on_token_fetch"]
    assert [(event.outcome, event.error) for event in fetches] == [("error", "AuthenticationError")]
    assert recorder.summary()[-1] == ("on_error", "list_flows", "AuthenticationError")


async def test_waits_for_an_in_flight_slot_and_the_throttle_are_reported() -> None:
    recorder = Recorder()

    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)
        return httpx.Response(200, json={"data": []})

    with respx.mock(base_url=BASE) as router:
        router.get(FLOWS).mock(side_effect=slow)
        async with A360(api_key="key-123456", base_url=BASE, max_in_flight=1, hooks=recorder.hooks()) as api:
            await asyncio.gather(*(api.flows.list_flows() for _ in range(2)))
        async with A360(api_key="key-123456", base_url=BASE, rate_limit=10.0, hooks=recorder.hooks()) as api:
            for _ in range(4):  # the throttle's burst of 2 passes; the rest wait for their turn
                await api.flows.list_flows()
    waits = [event for name, event in recorder.events if name == "on_wait"]
    assert {event.what for event in waits} == {"in_flight", "throttle"}
    assert all(event.waited >= pulsetrail._observe.WAIT_REPORTED for event in waits)
    assert all(event.operation is not None and event.operation.id == "list_flows" for event in waits)


async def test_a_wait_for_the_fleets_limit_is_reported() -> None:
    """A `RedisRateLimiter` (a real redis-server) is the fleet's limit, not this client's throttle."""
    if str(ROOT) not in sys.path:  # benchmarks.fleet runs redis-server for the tests too
        sys.path.insert(0, str(ROOT))
    from pulsetrail.redis import RedisRateLimiter
    from redis.asyncio import Redis

    from benchmarks.fleet import RedisProcess

    recorder = Recorder()
    process = RedisProcess()
    process.start()
    redis = Redis.from_url(process.url)
    try:
        limiter = RedisRateLimiter(redis, key="pulsetrail:observability", rate=10.0, burst=1)
        with respx.mock(base_url=BASE) as router:
            router.get(FLOWS).mock(return_value=httpx.Response(200, json={"data": []}))
            async with A360(api_key="key-123456", base_url=BASE, rate_limiter=limiter, hooks=recorder.hooks()) as api:
                for _ in range(3):  # the first passes; the others wait for their turn in the fleet's budget
                    await api.flows.list_flows()
    finally:
        await redis.aclose()
        process.stop()
    waits = [event for name, event in recorder.events if name == "on_wait"]
    assert waits
    assert {event.what for event in waits} == {"fleet_limit"}


async def test_a_raising_hook_does_not_break_the_call(
    caplog: pytest.LogCaptureFixture, no_backoff: list[float]
) -> None:
    def boom(event: object) -> None:
        raise RuntimeError(f"hook failed on {event}")

    recorder = Recorder()
    caplog.set_level(logging.WARNING, logger="pulsetrail")
    with respx.mock(base_url=BASE) as router:
        route = mock_a360(router, *(httpx.Response(200, json={"data": []}) for _ in range(3)))
        async with a360(hooks=recorder.hooks(before_request=boom, after_response=boom)) as api:
            for _ in range(3):
                assert list(await api.flows.list_flows()) == []
    assert route.call_count == 3
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "hook raised" in r.getMessage()]
    assert sorted(r.getMessage().split()[2] for r in warnings) == ["after_response", "before_request"]
    assert all("RuntimeError" in r.getMessage() and shows_no_secret(r.getMessage()) for r in warnings)
    assert [name for name, _ in recorder.events] == ["on_token_fetch"]  # the others went on being called


def test_hooks_must_be_hooks() -> None:
    with pytest.raises(InvalidInputError, match="hooks"):
        A360(api_key="key-123456", hooks=print)  # type: ignore[arg-type]


# --- logs -------------------------------------------------------------------------------------------------------------


async def test_debug_logs_hide_secrets_and_personal_data(
    caplog: pytest.LogCaptureFixture, no_backoff: list[float]
) -> None:
    page = {"data": [{"id": 7, "name": "Jane Doe", "email": EMAIL, "phone": PHONE, "status": 1}]}
    caplog.set_level(logging.DEBUG, logger="pulsetrail")
    with respx.mock(base_url=BASE) as router:
        mock_a360(
            router,
            httpx.Response(503, text=f"upstream down for {EMAIL}, call {PHONE}"),
            httpx.Response(200, json=page),
        )
        async with a360() as api:
            await api.flows.list_flows()
    text = caplog.text
    assert "list_flows GET /a360/autoresponders/list -> 200, 2 attempt(s)" in text  # the call's one INFO line
    assert "get_access_token POST /oauth/access_token -> 200, 1 attempt(s)" in text
    assert "'authorization': '***'" in text
    assert "person1@example.com" in text and "0500000" in text  # masked as `pulsetrail verify --record` masks
    for hidden in (*SECRETS, EMAIL, PHONE, "Jane Doe", json.dumps(EMAIL)):
        assert hidden not in text, hidden
    infos = [r for r in caplog.records if r.levelno == logging.INFO and "->" in r.getMessage()]
    assert len(infos) == 2


async def test_info_logs_one_line_per_call(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="pulsetrail")
    with respx.mock(base_url=BASE) as router:
        mock_a360(router, httpx.Response(404, json={"error": "no data"}))
        async with a360() as api:
            assert not await api.flows.list_flows()  # A360's 404 "no data": an empty page; the log line says why
    lines = [r.getMessage() for r in caplog.records if "->" in r.getMessage()]
    assert len(lines) == 2
    assert lines[1].startswith("pulsetrail: list_flows GET /a360/autoresponders/list -> NoDataError (404), 1 attempt")
    assert not [r for r in caplog.records if r.levelno == logging.DEBUG]


def test_pulsetrail_log_sets_the_level_and_a_handler_once(pulsetrail_logger: logging.Logger) -> None:
    pulsetrail_logger.handlers.clear()
    root = logging.getLogger()
    root_handlers = list(root.handlers)
    root.handlers.clear()  # pytest's own capture handler: the logger must find none on its way up
    try:
        pulsetrail._observe.configure_logging({"PULSETRAIL_LOG": "debug"})
        pulsetrail._observe.configure_logging({"PULSETRAIL_LOG": "DEBUG"})
    finally:
        root.handlers[:] = root_handlers
    assert pulsetrail_logger.level == logging.DEBUG
    assert len(pulsetrail_logger.handlers) == 1
    pulsetrail._observe.configure_logging({"PULSETRAIL_LOG": "info"})
    assert pulsetrail_logger.level == logging.INFO
    assert len(pulsetrail_logger.handlers) == 1


def test_pulsetrail_log_read_when_a_client_is_created(
    monkeypatch: pytest.MonkeyPatch, pulsetrail_logger: logging.Logger
) -> None:
    monkeypatch.setenv("PULSETRAIL_LOG", "info")
    pulsetrail_logger.setLevel(logging.WARNING)
    A360(api_key="key-123456")
    assert pulsetrail_logger.level == logging.INFO
    monkeypatch.setenv("PULSETRAIL_LOG", "verbose")
    with pytest.raises(InvalidInputError, match="PULSETRAIL_LOG='verbose'"):
        A360(api_key="key-123456")
