"""Per-call options, `with_options`, raw responses and `client.request`, against a real local HTTP server that
records what reached it (#23)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from pulsetrail import (
    A360,
    ActiveTrail,
    APITimeoutError,
    InvalidInputError,
    NotFoundError,
    RawResponse,
    RetryPolicy,
    SyncA360,
    SyncActiveTrail,
)

FLOW = {"id": 1, "name": "Welcome", "status": 1}
NO_RETRY = RetryPolicy(max_retries=0)


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any


@dataclass
class Recorder:
    """What the server saw: every request, and the token requests among them."""

    requests: list[Seen] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def token_requests(self) -> int:
        return sum(1 for r in self.requests if r.path == "/oauth/access_token")

    def last(self, path: str) -> Seen:
        return [r for r in self.requests if r.path == path][-1]


class _Handler(BaseHTTPRequestHandler):
    recorder: Recorder

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _answer(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        seen = Seen(
            self.command,
            url.path,
            parse_qs(url.query),
            {k.lower(): v for k, v in self.headers.items()},
            json.loads(raw) if raw else None,
        )
        with self.recorder.lock:
            self.recorder.requests.append(seen)
        delay = float(self.headers.get("X-Delay") or 0)
        if delay:
            time.sleep(delay)  # the hang guard is the test's own timeout, far above
        status, payload = 200, {"ok": True}
        if url.path == "/oauth/access_token":
            payload = {"access_token": "tok", "token_type": "Bearer", "expires_in": 3600}
        elif url.path == "/a360/autoresponders/list":
            payload = {"data": [FLOW]}
        elif url.path == "/a360/autoresponders/1":
            payload = {"autoresponder": FLOW, "flows": []}
        elif url.path == "/api/groups":
            payload = {"id": 7, "name": "Leads"}
        elif url.path == "/missing":
            status, payload = 404, {"message": "no such thing"}
        body = json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Request-Id", f"req-{len(self.recorder.requests)}")
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (the timeout test)
            pass

    do_GET = do_POST = do_PUT = do_DELETE = _answer


@pytest.fixture
def server() -> Iterator[tuple[str, Recorder]]:
    recorder = Recorder()
    handler = type("Handler", (_Handler,), {"recorder": recorder})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", recorder
    finally:
        httpd.shutdown()
        httpd.server_close()


async def test_extra_header_query_and_body_reach_the_server(server: tuple[str, Recorder]) -> None:
    url, seen = server
    async with ActiveTrail("0Xk", base_url=url) as at:
        from activetrail_api.models.group_input import GroupInput

        group = await at.groups.create_group(
            body=GroupInput(name="Leads"),
            extra_headers={"X-Trace": "t-1"},
            extra_query={"dry_run": "1"},
            extra_body={"undocumented_flag": True},
        )
    assert group.id == 7
    request = seen.last("/api/groups")
    assert request.headers["x-trace"] == "t-1"
    assert request.query == {"dry_run": ["1"]}
    assert request.body == {"name": "Leads", "undocumented_flag": True}
    assert request.headers["authorization"] == "0Xk"  # the client's auth still applies


async def test_per_call_timeout_wins_over_the_clients(server: tuple[str, Recorder]) -> None:
    url, _ = server
    slow = {"X-Delay": "0.5"}  # the server answers after half a second
    async with A360(api_key="k", base_url=url, timeout=0.05, retry=NO_RETRY) as a360:
        with pytest.raises(APITimeoutError):
            await a360.flows.list_flows(extra_headers=slow)  # the client's 50 ms
        page = await a360.flows.list_flows(extra_headers=slow, timeout=30.0)
    assert [flow.id for flow in page] == [1]
    async with A360(api_key="k", base_url=url, retry=NO_RETRY) as a360:  # the client's 30 s, the call's 50 ms
        with pytest.raises(APITimeoutError):
            await a360.flows.get_flow(1, extra_headers=slow, timeout=0.05)


async def test_deadline_travels_as_a_request_extension() -> None:
    deadlines: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        deadlines.append(request.extensions["pulsetrail_deadline"])
        return httpx.Response(200, json={"data": [FLOW]})

    async with A360(api_key="k", base_url="http://a360.test", transport=httpx.MockTransport(answer)) as a360:
        before = time.monotonic()
        await a360.flows.list_flows(deadline=60.0)
        with pytest.raises(InvalidInputError) as caught:
            await a360.flows.list_flows(deadline=-1)
    assert caught.value.field == "deadline"
    assert len(deadlines) == 1
    assert before + 60.0 <= deadlines[0] <= time.monotonic() + 60.0


async def test_bad_options_are_named_before_sending(server: tuple[str, Recorder]) -> None:
    url, seen = server
    async with ActiveTrail("0Xk", base_url=url) as at:
        for call, name in [
            (lambda: at.groups.get_group(1, extra_headers={"X-Count": 3}), "extra_headers['X-Count']"),
            (lambda: at.groups.get_group(1, extra_query=["a", 1]), "extra_query"),
            (lambda: at.groups.get_group(1, timeout=-1), "timeout"),
        ]:
            with pytest.raises(InvalidInputError) as caught:
                await call()
            assert caught.value.field == name
    assert seen.requests == []


async def test_with_options_shares_the_token_and_the_pool(server: tuple[str, Recorder]) -> None:
    url, seen = server
    async with A360(client_id="id", client_secret="secret", base_url=url) as a360:
        await a360.flows.list_flows()
        traced = a360.with_options(headers={"X-Trace": "copy"}, max_retries=0, timeout=5.0)
        assert type(traced) is A360
        assert traced.retry.max_retries == 0 and a360.retry.max_retries == 2
        assert traced.limiter is a360.limiter is not None  # one throttle
        assert traced._transport._inner is a360._transport._inner  # one pool
        assert traced._transport._in_flight is a360._transport._in_flight  # one bound on requests in flight
        await traced.flows.list_flows()
        await traced.aclose()  # closes nothing: the pool is the original's
        await a360.flows.list_flows()
    assert seen.token_requests == 1
    flows = [r for r in seen.requests if r.path == "/a360/autoresponders/list"]
    assert [r.headers.get("x-trace") for r in flows] == [None, "copy", None]
    assert {r.headers["authorization"] for r in flows} == {"Bearer tok"}


async def test_raw_response_shows_status_headers_and_parses_to_the_model(server: tuple[str, Recorder]) -> None:
    url, _ = server
    async with A360(api_key="k", base_url=url) as a360:
        raw = await a360.flows.with_raw_response.get_flow(1)
        page = await a360.flows.with_raw_response.list_flows(limit=10)
        with pytest.raises(NotFoundError):
            await a360.request("GET", "/missing")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"].startswith("req-")
    assert raw.attempts == 1
    assert raw.elapsed >= 0
    assert raw.http_response.json()["autoresponder"]["name"] == "Welcome"
    assert raw.parse() == await _plain_flow(url)
    # a list operation: the answer's own shape (FlowList, not a Page)
    assert [flow.name for flow in page.parse().data or []] == ["Welcome"]
    assert page.http_response.request.url.params["limit"] == "10"


async def _plain_flow(url: str) -> Any:
    async with A360(api_key="k", base_url=url) as a360:
        return await a360.flows.get_flow(1)


def test_raw_response_reads_the_transports_attempt_count() -> None:
    request = httpx.Request("GET", "http://a360.test/x")
    response = httpx.Response(200, json={}, request=request, extensions={"pulsetrail_attempts": 3})
    assert RawResponse(response, elapsed=0.0, parse=lambda r: r.json()).attempts == 3


async def test_request_reaches_any_endpoint_with_the_clients_auth(server: tuple[str, Recorder]) -> None:
    url, seen = server
    async with A360(client_id="id", client_secret="secret", base_url=url) as a360:
        raw = await a360.request(
            "POST", "/a360/undocumented", params={"page": 2}, json={"a": 1}, headers={"X-Trace": "any"}
        )
    assert raw.parse() == {"ok": True} == raw.json()
    request = seen.last("/a360/undocumented")
    assert (request.method, request.query, request.body) == ("POST", {"page": ["2"]}, {"a": 1})
    assert request.headers["authorization"] == "Bearer tok"
    assert request.headers["x-trace"] == "any"


@pytest.mark.parametrize(
    "path", ["https://evil.example/api/contacts", "//evil.example/api/contacts", "http://127.0.0.1:1/api", ""]
)
async def test_request_refuses_a_url_to_another_host(server: tuple[str, Recorder], path: str) -> None:
    url, seen = server
    async with ActiveTrail("0Xk", base_url=url) as at:
        with pytest.raises(InvalidInputError) as caught:
            await at.request("GET", path)
        await at.request("GET", f"{url}/api/same-origin")  # the client's own origin is home
    assert caught.value.field == "path"
    assert [r.path for r in seen.requests] == ["/api/same-origin"]


def test_sync_clients_have_the_same_surface(server: tuple[str, Recorder]) -> None:
    url, seen = server
    with SyncA360(client_id="id", client_secret="secret", base_url=url) as a360:
        a360.flows.list_flows(extra_headers={"X-Trace": "s"}, extra_query={"x": "1"}, timeout=10.0).get()
        copy = a360.with_options(headers={"X-Copy": "1"})
        raw = copy.flows.with_raw_response.get_flow(1)
        copy.close()
        any_endpoint = a360.request("GET", "/a360/new-thing", params={"q": "v"})
        with pytest.raises(InvalidInputError):
            a360.request("GET", "https://evil.example/")
    with SyncActiveTrail("0Xk", base_url=url) as at:
        from activetrail_api.models.group_input import GroupInput

        at.groups.create_group(body=GroupInput(name="Leads"), extra_body={"more": 1})
    assert seen.token_requests == 1
    first = seen.last("/a360/autoresponders/list")
    assert (first.headers["x-trace"], first.query["x"]) == ("s", ["1"])
    assert raw.status_code == 200 and raw.parse().autoresponder is not None
    assert seen.last("/a360/autoresponders/1").headers["x-copy"] == "1"
    assert any_endpoint.json() == {"ok": True}
    assert seen.last("/api/groups").body == {"name": "Leads", "more": 1}


async def test_a_body_json_cannot_carry_is_refused_by_its_argument(server: tuple[str, Recorder]) -> None:
    url, seen = server
    from activetrail_api.models.group_input import GroupInput

    async with ActiveTrail("0Xk", base_url=url) as at, A360(api_key="k", base_url=url) as a360:
        cases = [
            (lambda: at.request("POST", "/api/x", json={"when": object()}), "json"),
            (lambda: at.groups.create_group(body=GroupInput(name="L"), extra_body={"n": float("nan")}), "extra_body"),
            (lambda: a360.send_event("signup", email="a@example.com", variables={"at": object()}), "body"),
        ]
        for call, name in cases:
            with pytest.raises(InvalidInputError) as caught:
                await call()
            assert caught.value.field == name
    assert seen.requests == []
