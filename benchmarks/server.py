"""The benchmark's HTTP server: HTTP/1.1 keep-alive on raw asyncio, answering with the response examples of our specs.

    python benchmarks/server.py [--max-seconds 290] [--max-requests 3000000]

prints `PORT <n>` once it listens on 127.0.0.1 (never another address) and serves until `/_shutdown`, the time or
request bound, or its parent exits. Every answer is prepared bytes (or, for address pages, one join of prepared row
bytes), so the client process, not this one, is the bottleneck. It answers:

- `POST /oauth/access_token`: the spec's token shape, with the server's current token;
- `GET /a360/autoresponders/list` (A360 `list_flows`): the spec's example page;
- `GET /a360/stats/email/{ID}/addresses?limit=&offset=` (A360 `list_email_addresses`): rows shaped like the spec's
  example, `total` = `ID` rows in all, each with its own `id` and `email`;
- `GET /api/contacts` (ActiveTrail `list_contacts`): the spec's example list;
- `/a360/...` needs `Authorization: Bearer <current token>` and `/api/...` the ActiveTrail token, else 401 with the
  spec's error body.

Admin paths (not counted as requests): `/_stats` (counters as JSON), `/_reset` (zero the counters), `/_record`
(record arrival times of data requests from now on, at most 10,000), `/_limit?rate=<n>` (from now on answer 429 +
`Retry-After: 1` to any request that would make more than <n> in a sliding one-second window of arrivals, the token
request included, as a strict server limit does; `rate=0` turns it off; counted as `rejected`), `/_revoke` (issue a
new token; the old one now gets 401), `/_shutdown`.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import yaml

ROOT = Path(__file__).resolve().parent.parent
A360_SPEC = ROOT / "specs" / "sendpulse-a360.yaml"
ACTIVETRAIL_SPEC = ROOT / "generated" / "openapi" / "activetrail.yaml"  # the bundled spec (committed)

HOST = "127.0.0.1"
ACTIVETRAIL_TOKEN = "0Xbench-activetrail-token"  # noqa: S105 - a fake token for a local server
MAX_RECORDED = 10_000
MAX_HEAD = 64 * 1024
_REASONS = {200: "OK", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed", 429: "Too Many Requests"}


def _example(spec: dict[str, Any], path: str, method: str, status: str = "200") -> Any:
    answer = spec["paths"][path][method]["responses"][status]
    if "$ref" in answer:  # '#/components/responses/Name'
        answer = spec["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
    return next(iter(answer["content"].values()))["example"]


def _dump(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def response(status: int, body: bytes, extra: str = "") -> bytes:
    head = f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\nContent-Type: application/json\r\n{extra}"
    return f"{head}Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body


TOO_MANY = response(429, b'{"error_code":429,"message":"Too many requests"}', "Retry-After: 1\r\n")


class Examples:
    """The answers, taken from the specs once at start-up."""

    def __init__(self) -> None:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        a360 = yaml.load(A360_SPEC.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
        activetrail = yaml.load(ACTIVETRAIL_SPEC.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
        self.token_shape: dict[str, Any] = _example(a360, "/oauth/access_token", "post")
        self.flows = response(200, _dump(_example(a360, "/a360/autoresponders/list", "get")))
        self.contacts = response(200, _dump(_example(activetrail, "/api/contacts", "get")))
        addresses = _example(a360, "/a360/stats/email/{ID}/addresses", "get")
        row = dict(addresses["data"][0])
        self.address_row = row
        self.a360_401 = response(401, _dump(_example(a360, "/a360/autoresponders/list", "get", "401")))
        self.activetrail_401 = response(401, _dump(_example(activetrail, "/api/contacts", "get", "401")))
        # One row as a template: everything but `id` and `email` is the example's, serialized once.
        rest = _dump({k: v for k, v in row.items() if k not in ("id", "email")})[1:]
        self._row_template = '{"id":%d,"email":"user%d@example.com",' + rest.decode()

    def address_page(self, total: int, limit: int, offset: int) -> bytes:
        stop = min(total, offset + max(0, min(limit, 100)))
        rows = ",".join(self._row_template % (i + 1, i) for i in range(offset, stop))
        return response(200, f'{{"data":[{rows}],"total":{total}}}'.encode())


class BenchServer:
    def __init__(self, *, max_requests: int) -> None:
        self.examples = Examples()
        self.max_requests = max_requests
        self.token_serial = 0
        self.token = self._new_token()
        self.stop = asyncio.Event()
        self.open_transports: set[asyncio.Transport] = set()
        self.rate_limit = 0  # requests in any one-second window; 0: no limit
        self.window: collections.deque[float] = collections.deque()
        self.reset()

    def _new_token(self) -> str:
        self.token_serial += 1
        return f"bench-token-{self.token_serial}"

    def reset(self) -> None:
        self.requests = 0
        self.token_requests = 0
        self.unauthorized = 0
        self.connections_opened = 0
        self.max_open = len(self.open_transports)
        self.recording = False
        self.arrivals: list[float] = []
        self.rejected = 0
        self.window.clear()

    def stats(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "token_requests": self.token_requests,
            "unauthorized": self.unauthorized,
            "connections_opened": self.connections_opened,
            "connections_open": len(self.open_transports),
            "max_open": self.max_open,
            "rate_limit": self.rate_limit,
            "rejected": self.rejected,
            "arrivals": self.arrivals,
        }

    def answer(self, method: bytes, target: bytes, authorization: bytes | None) -> bytes:
        path, _, query = target.decode("latin-1").partition("?")
        if path.startswith("/_"):
            return self._admin(path, query)
        self.requests += 1
        if self.requests >= self.max_requests:
            self.stop.set()
        now = time.monotonic()
        if self.recording and len(self.arrivals) < MAX_RECORDED:
            self.arrivals.append(now)
        if self.rate_limit and self._over_limit(now):
            self.rejected += 1
            return TOO_MANY
        if path == "/oauth/access_token" and method == b"POST":
            self.token_requests += 1
            return response(200, _dump({**self.examples.token_shape, "access_token": self.token}))
        if path.startswith("/a360/"):
            if authorization != f"Bearer {self.token}".encode():
                self.unauthorized += 1
                return self.examples.a360_401
            if path == "/a360/autoresponders/list":
                return self.examples.flows
            parts = path.split("/")  # ['', 'a360', 'stats', 'email', ID, 'addresses']
            if len(parts) == 6 and parts[2:4] == ["stats", "email"] and parts[5] == "addresses":
                params = dict(parse_qsl(query))
                return self.examples.address_page(
                    int(parts[4]), int(params.get("limit", 100)), int(params.get("offset", 0))
                )
        elif path.startswith("/api/"):
            if authorization != ACTIVETRAIL_TOKEN.encode():
                self.unauthorized += 1
                return self.examples.activetrail_401
            if path == "/api/contacts":
                return self.examples.contacts
        return response(404, b'{"error_code":404,"message":"Not found"}')

    def _over_limit(self, now: float) -> bool:
        """A sliding one-second window over the arrivals it let through."""
        window = self.window
        while window and window[0] <= now - 1.0:
            window.popleft()
        if len(window) >= self.rate_limit:
            return True
        window.append(now)
        return False

    def _admin(self, path: str, query: str) -> bytes:
        if path == "/_reset":
            self.reset()
        elif path == "/_limit":
            self.rate_limit = int(dict(parse_qsl(query)).get("rate", "0"))
            self.rejected = 0
            self.window.clear()
        elif path == "/_record":
            self.recording = True
            self.arrivals = []
        elif path == "/_revoke":
            self.token = self._new_token()
        elif path == "/_shutdown":
            self.stop.set()
        return response(200, _dump(self.stats()))


class Connection(asyncio.Protocol):
    """One keep-alive connection: parses pipelined requests out of a buffer and answers each in order."""

    def __init__(self, server: BenchServer) -> None:
        self.server = server
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        server = self.server
        server.open_transports.add(transport)
        server.connections_opened += 1
        server.max_open = max(server.max_open, len(server.open_transports))

    def connection_lost(self, exc: Exception | None) -> None:
        if self.transport is not None:
            self.server.open_transports.discard(self.transport)

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        transport = self.transport
        assert transport is not None
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(buffer) > MAX_HEAD:
                    transport.close()
                return
            lines = bytes(buffer[:end]).split(b"\r\n")
            method, target, _ = lines[0].split(b" ", 2)
            length = 0
            authorization = None
            close = False
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                name = name.lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"authorization":
                    authorization = value.strip()
                elif name == b"connection":
                    close = value.strip().lower() == b"close"
            if len(buffer) < end + 4 + length:
                return  # the body has not all arrived
            del buffer[: end + 4 + length]
            transport.write(self.server.answer(method, target, authorization))
            if close:
                transport.close()
                return


async def serve(max_seconds: float, max_requests: int) -> None:
    server = BenchServer(max_requests=max_requests)
    loop = asyncio.get_running_loop()
    listener = await loop.create_server(lambda: Connection(server), HOST, 0, backlog=2048)
    port = listener.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    parent = os.getppid()
    deadline = time.monotonic() + max_seconds
    while not server.stop.is_set() and time.monotonic() < deadline and os.getppid() == parent:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(server.stop.wait(), 0.5)
    listener.close()
    for transport in list(server.open_transports):
        transport.close()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(listener.wait_closed(), 5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-seconds", type=float, default=290.0)
    parser.add_argument("--max-requests", type=int, default=3_000_000)
    args = parser.parse_args()
    asyncio.run(serve(args.max_seconds, args.max_requests))
    return 0


if __name__ == "__main__":
    sys.exit(main())
