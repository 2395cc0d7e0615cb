"""A drifting API for `pulsetrail verify`'s tests: a real HTTP server on a free loopback port (a thread of this
process) that answers every GET of a spec with the spec's own example, except where a test makes it drift.

    with DriftServer(ACTIVETRAIL_SPEC, drifts={"list_webhooks": 404, "list_groups": add_key}) as server:
        ... server.url ...; server.requests  # every (method, path) it received, in order

- `drifts`: operation ID -> an HTTP status (answered with `error_body`) or a function turning a deep copy of the
  example into the answer.
- `paging`: "one" (Page=1 is the first page; Page=0 is read as 1) or "zero" (Page=0 is the first page), applied to
  list examples asked with `Page` and `Limit`; None answers the example whatever the page.
- A path the spec does not have, or an ID of 2147483647, gets 404 with `error_body`. Any method but GET gets 405,
  except A360's token request (`POST /oauth/access_token`), answered with a token. A request without the
  `Authorization` header `expected_auth` (when given) gets 401.
"""

from __future__ import annotations

import copy
import functools
import json
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml

Drift = int | Callable[[Any], Any]
IMPOSSIBLE_ID = "2147483647"
TOKEN_PATH = "/oauth/access_token"


def _examples(spec: Mapping[str, Any]) -> Iterator[tuple[str, re.Pattern[str], Any]]:
    """(operation ID, path regex, 2xx example) of every GET operation of the spec."""
    responses = spec.get("components", {}).get("responses", {})
    for path, item in spec["paths"].items():
        operation = item.get("get")
        if not isinstance(operation, dict):
            continue
        example: Any = None
        for status, response in operation.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            if "$ref" in response:
                response = responses[response["$ref"].rsplit("/", 1)[1]]
            media = response.get("content", {}).get("application/json", {})
            example = media.get("example")
            break
        pattern = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "([^/]+)", re.escape(path)) + "$")
        yield operation["operationId"], pattern, example


@functools.lru_cache(maxsize=4)
def _routes(spec_path: Path, mtime_ns: int) -> list[tuple[str, re.Pattern[str], Any]]:
    """The routes of a spec (read once per test session while the file is unchanged)."""
    with spec_path.open(encoding="utf-8") as handle:
        spec = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    # YAML reads some example values (dates) as Python objects: serve them as the JSON text they stand for
    routes = [(op, pattern, json.loads(json.dumps(ex, default=str))) for op, pattern, ex in _examples(spec)]
    # a static path (`/api/automations/GetUpdateActions`) before a template it also matches (`.../{id}`)
    return sorted(routes, key=lambda route: route[1].pattern.count("([^/]+)"))


class DriftServer:
    def __init__(
        self,
        spec_path: Path,
        *,
        drifts: Mapping[str, Drift] | None = None,
        paging: str | None = "one",
        error_body: Any = None,
        expected_auth: str | None = None,
    ) -> None:
        self.routes = _routes(spec_path.resolve(), spec_path.stat().st_mtime_ns)
        self.drifts = dict(drifts or {})
        self.paging = paging
        self.error_body = error_body if error_body is not None else {"Message": "ResourceNotFound"}
        self.expected_auth = expected_auth
        #: every request received: (method, path without the query)
        self.requests: list[tuple[str, str]] = []
        #: every body served with 2xx, by operation ID (what a recording must mask)
        self.served: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> DriftServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def answer(self, method: str, target: str, headers: Mapping[str, str]) -> tuple[int, Any]:
        parts = urlsplit(target)
        with self._lock:
            self.requests.append((method, parts.path))
        if method == "POST" and parts.path == TOKEN_PATH:
            return 200, {"access_token": "drift-access-token", "token_type": "Bearer", "expires_in": 3600}
        if method != "GET":
            return 405, {"Message": "The requested resource does not support this method."}
        if self.expected_auth is not None and headers.get("Authorization") != self.expected_auth:
            return 401, {"Message": "Authorization has been denied for this request."}
        for operation_id, pattern, example in self.routes:
            match = pattern.match(parts.path)
            if match is None:
                continue
            if IMPOSSIBLE_ID in match.groups():
                return 404, self.error_body
            drift = self.drifts.get(operation_id)
            if isinstance(drift, int):
                return drift, self.error_body
            body = copy.deepcopy(example)
            if drift is not None:
                body = drift(body)
            body = self._page(body, parse_qs(parts.query))
            with self._lock:
                self.served.setdefault(operation_id, body)
            return 200, body
        return 404, self.error_body

    def _page(self, body: Any, query: Mapping[str, list[str]]) -> Any:
        if self.paging is None or not isinstance(body, list) or "Page" not in query or "Limit" not in query:
            return body
        page, limit = int(query["Page"][0]), int(query["Limit"][0])
        first = page if self.paging == "zero" else max(page, 1) - 1
        return body[first * limit : (first + 1) * limit]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _respond(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                status, body = server.answer(self.command, self.path, dict(self.headers.items()))
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _respond

            def log_message(self, format: str, *args: Any) -> None:
                return

        return Handler
