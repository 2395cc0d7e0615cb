"""What a call answers when its response itself is wanted: `client.<tag>.with_raw_response.<operation>(...)` and
`client.request(...)`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._transport import ATTEMPTS

__all__ = ["RawResponse"]

T = TypeVar("T")


class RawResponse(Generic[T]):
    """A successful response (an error status raised its typed error, as for the plain call), read in full:
    `status_code`, `headers` (rate-limit and request ids included), `http_response` (the `httpx.Response`),
    `attempts` (requests it took, retries included), `elapsed` (seconds for the whole call, waits included), and
    `parse()`: what the plain call returns (the same model, the same errors)."""

    __slots__ = ("_parse", "attempts", "elapsed", "http_response")

    def __init__(self, http_response: httpx.Response, *, elapsed: float, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response
        self.elapsed = elapsed
        attempts = http_response.extensions.get(ATTEMPTS)
        self.attempts: int = attempts if isinstance(attempts, int) and not isinstance(attempts, bool) else 1
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        return self._parse(self.http_response)

    def json(self) -> Any:
        """The body as decoded JSON (ResponseParseError when it is not JSON)."""
        return self.http_response.json()

    def __repr__(self) -> str:
        request = self.http_response.request
        return (
            f"<RawResponse {request.method} {request.url.copy_with(query=None)} {self.status_code}"
            f" attempts={self.attempts} elapsed={self.elapsed:.3f}s>"
        )
