"""A tiny HTTP/1.1 server on raw asyncio for the load and secrets tests: keep-alive, fixed JSON answers, counters.

    python tests/_load_server.py [--max-seconds 120] [--max-requests 200000]

prints `PORT <n>` once it listens on 127.0.0.1 and serves until `/_shutdown`, the time or request bound, or its
parent exits. It answers:

- `GET /a360/autoresponders/list`: a fixed page of A360 flows (or 429 + `Retry-After: 1` above the rate limit);
- `GET /api/contacts`: a fixed page of ActiveTrail contacts;
- `POST /oauth/access_token`: a SendPulse token (`access_token` from the constructor);
- `GET /_status/<code>`: an error answer with that status and a JSON error body;
- `GET /_limit?rate=<n>[&burst=<b>]`: answer 429 above <n> requests per second, as a token bucket of <n> per second
  holding up to <b> (default <n>), and reset the counters; `rate=0` turns the limit off. (How many 429s a server
  counting a strict one-second window gives a throttled client is a timing figure: `make bench`'s
  `limit_429_per_100`, not a test);
- `GET /_reset`: reset the counters; `GET /_stats`: the counters as JSON;
- `GET /_shutdown`: stop.

The server only listens on the loopback address and stops by itself, so a test can never leave it running.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import time
from typing import Any

__all__ = ["FLOWS_PAGE", "LoadServer"]

FLOWS_PAGE: dict[str, Any] = {
    "data": [
        {
            "id": 100 + i,
            "name": f"Flow {i}",
            "status": 1,
            "main_data": None,
            "created": "2026-01-02 03:04:05",
            "changed": "2026-01-02 03:04:05",
        }
        for i in range(5)
    ]
}
CONTACTS_PAGE: list[dict[str, Any]] = [{"id": i, "email": f"user{i}@example.com"} for i in range(3)]
_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 429: "Too Many Requests"}


def _response(status: int, body: bytes, extra: str = "", *, close: bool = False) -> bytes:
    reason = _REASONS.get(status, "Error")
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        f"{extra}{'Connection: close' + chr(13) + chr(10) if close else ''}\r\n"
    )
    return head.encode("ascii") + body


class LoadServer:
    """The server's state and handler; `start()` listens, `serve_until()` runs it as the process does."""

    def __init__(
        self,
        *,
        access_token: str = "load-test-access-token",  # noqa: S107 - a fake token
        max_requests: int = 200_000,
    ) -> None:
        self.access_token = access_token
        self.max_requests = max_requests
        self.connections_opened = 0
        self._connection_ids = 0  # numbers each accepted connection, never reset
        self.connections_open = 0
        self.max_open = 0
        self.requests = 0
        self.accepted = 0
        self.rejected = 0
        self._data_connections: set[int] = set()  # connections that carried a data request since the last reset
        self.rate_limit = 0
        self.burst = 0
        self._tokens = 0.0
        self._updated = 0.0
        self._flows = _response(200, json.dumps(FLOWS_PAGE).encode())
        self._contacts = _response(200, json.dumps(CONTACTS_PAGE).encode())
        self._stop = asyncio.Event()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        self._server = await asyncio.start_server(self._handle, host, port, backlog=1024)
        sockets = self._server.sockets
        return int(sockets[0].getsockname()[1])

    async def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.close()
            for writer in list(self._writers):
                writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 5)

    def reset(self) -> None:
        self.connections_opened = self.connections_open
        self.max_open = self.connections_open
        self.requests = self.accepted = self.rejected = 0
        self._data_connections.clear()
        self._tokens = float(self.burst)
        self._updated = time.monotonic()

    def stats(self) -> dict[str, Any]:
        return {
            "connections_opened": self.connections_opened,
            "connections_used": len(self._data_connections),
            "connections_open": self.connections_open,
            "max_open": self.max_open,
            "requests": self.requests,
            "accepted": self.accepted,
            "rejected": self.rejected,
            "rate_limit": self.rate_limit,
            "burst": self.burst,
        }

    def _over_limit(self, now: float) -> bool:
        if not self.rate_limit:
            return False
        self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate_limit)
        self._updated = now
        if self._tokens < 1.0:
            return True
        self._tokens -= 1.0
        return False

    def _answer(self, connection: int, method: str, target: str) -> bytes:
        path, _, query = target.partition("?")
        if path.startswith("/_"):
            return self._admin(path, query)
        self.requests += 1
        self._data_connections.add(connection)
        now = time.monotonic()
        if path == "/oauth/access_token" and method == "POST":
            token = {"access_token": self.access_token, "token_type": "Bearer", "expires_in": 3600}
            return _response(200, json.dumps(token).encode())
        if self._over_limit(now):
            self.rejected += 1
            error = {"error_code": 429, "message": "Too many requests"}
            return _response(429, json.dumps(error).encode(), "Retry-After: 1\r\n")
        self.accepted += 1
        if path == "/a360/autoresponders/list":
            return self._flows
        if path == "/api/contacts":
            return self._contacts
        return _response(404, b'{"error_code": 404, "message": "not found"}')

    def _admin(self, path: str, query: str) -> bytes:
        if path.startswith("/_status/"):
            status = int(path.rsplit("/", 1)[1])
            return _response(status, json.dumps({"error_code": status, "message": f"status {status}"}).encode())
        if path == "/_limit":
            params = dict(part.split("=", 1) for part in query.split("&") if "=" in part)
            self.rate_limit = int(params.get("rate", "0"))
            self.burst = int(params.get("burst", str(self.rate_limit)))
            self.reset()
        elif path == "/_reset":
            self.reset()
        elif path == "/_shutdown":
            self._stop.set()
        return _response(200, json.dumps(self.stats()).encode())

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._connection_ids += 1
        connection = self._connection_ids
        self.connections_opened += 1
        self.connections_open += 1
        self.max_open = max(self.max_open, self.connections_open)
        self._writers.add(writer)
        try:
            while not self._stop.is_set():
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                length = 0
                close = False
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    name = name.strip().lower()
                    if name == "content-length":
                        length = int(value.strip())
                    elif name == "connection" and value.strip().lower() == "close":
                        close = True
                if length:
                    await reader.readexactly(length)
                writer.write(self._answer(connection, method, target))
                await writer.drain()
                if close or self.requests >= self.max_requests:
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            self.connections_open -= 1
            self._writers.discard(writer)
            writer.close()

    async def serve_until(self, max_seconds: float) -> None:
        parent = os.getppid()
        deadline = time.monotonic() + max_seconds
        while not self._stop.is_set() and time.monotonic() < deadline:
            if os.getppid() != parent or self.requests >= self.max_requests:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), 0.5)
        await self.stop()


async def _main(max_seconds: float, max_requests: int) -> None:
    server = LoadServer(max_requests=max_requests)
    port = await server.start()
    print(f"PORT {port}", flush=True)
    await server.serve_until(max_seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-seconds", type=float, default=120.0)
    parser.add_argument("--max-requests", type=int, default=200_000)
    args = parser.parse_args()
    asyncio.run(_main(args.max_seconds, args.max_requests))
    return 0


if __name__ == "__main__":
    sys.exit(main())
