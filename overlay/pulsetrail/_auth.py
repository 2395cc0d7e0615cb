"""Authentication as `httpx.Auth` flows: SendPulse OAuth2 client credentials (or a static key), ActiveTrail's token.

The SendPulse flow keeps the access token with its expiry in a `TokenStore`, fetches it lazily (never in a
constructor), refreshes it before it expires, and on a 401 refreshes once and retries once. Fetches are single-flight:
however many tasks find the token missing or expired at once, one request goes out, under an `asyncio.Lock` whose
`async with` also releases it when a fetch fails or is cancelled, so nothing is left stuck.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import httpx

from ._exceptions import AuthenticationError, InvalidInputError, ResponseParseError

__all__ = [
    "AccessToken",
    "ActiveTrailAuth",
    "InMemoryTokenStore",
    "SendPulseAuth",
    "TokenStore",
]

TOKEN_PATH = "/oauth/access_token"  # noqa: S105 - a path, not a secret


@dataclass(frozen=True)
class AccessToken:
    value: str = field(repr=False)
    expires_at: float  # time.time() seconds

    def expires_within(self, seconds: float) -> bool:
        return time.time() + seconds >= self.expires_at


@runtime_checkable
class TokenStore(Protocol):
    """Where a SendPulse access token is kept between requests (in memory by default; Redis or a file to share it)."""

    async def get(self) -> AccessToken | None: ...

    async def set(self, token: AccessToken) -> None: ...

    async def clear(self) -> None: ...


class InMemoryTokenStore:
    def __init__(self) -> None:
        self._token: AccessToken | None = None

    async def get(self) -> AccessToken | None:
        return self._token

    async def set(self, token: AccessToken) -> None:
        self._token = token

    async def clear(self) -> None:
        self._token = None

    def __repr__(self) -> str:
        return f"InMemoryTokenStore(has_token={self._token is not None})"


class SendPulseAuth(httpx.Auth):
    """`Authorization: Bearer <token>` from OAuth2 client credentials, or from a static API key."""

    requires_response_body = True  # a final 401 is raised with its body

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        api_key: str | None = None,
        token_store: TokenStore | None = None,
        refresh_margin: float = 300.0,
    ) -> None:
        if api_key is not None and (client_id is not None or client_secret is not None):
            raise InvalidInputError("api_key", "<hidden>", "give either api_key or client_id/client_secret, not both")
        if api_key is None:
            for name, value in (("client_id", client_id), ("client_secret", client_secret)):
                if not value or not value.strip():
                    raise InvalidInputError(
                        name, "<hidden>" if value else value, "needed (or give api_key for a static key)"
                    )
        elif not api_key.strip():
            raise InvalidInputError("api_key", api_key, "must not be blank")
        self._client_id = client_id
        self._client_secret = client_secret
        self._api_key = api_key
        self._store: TokenStore = token_store if token_store is not None else InMemoryTokenStore()
        self._refresh_margin = refresh_margin
        self._lock = asyncio.Lock()
        self._token_client: httpx.AsyncClient | None = None
        self.token_requests = 0  # how many token fetches were made (for tests and metrics)

    @property
    def uses_oauth(self) -> bool:
        return self._api_key is None

    def bind(self, token_client: httpx.AsyncClient) -> None:
        """The client (no auth, same transport and base URL) that fetches tokens. Set by the pulsetrail client."""
        self._token_client = token_client

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._current_token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401 and self.uses_oauth:
            # Read (and so close) the 401 first: it holds a pooled connection, and when every connection is held by
            # a rejected request waiting here, the token request could never get one (a deadlock at >= 100 calls).
            await response.aread()
            token = await self._refresh(stale=token)
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
        if response.status_code == 401:
            await response.aread()
            raise AuthenticationError(response, attempts=2 if self.uses_oauth else 1)

    async def _current_token(self) -> str:
        if self._api_key is not None:
            return self._api_key
        token = await self._store.get()
        if token is not None and not token.expires_within(self._refresh_margin):
            return token.value
        async with self._lock:
            token = await self._store.get()  # another task may have fetched it while we waited
            if token is None or token.expires_within(self._refresh_margin):
                token = await self._fetch()
            return token.value

    async def _refresh(self, *, stale: str) -> str:
        async with self._lock:
            token = await self._store.get()
            if token is None or token.value == stale:  # nobody refreshed since our request was rejected
                await self._store.clear()
                token = await self._fetch()
            return token.value

    async def _fetch(self) -> AccessToken:
        if self._token_client is None:
            raise RuntimeError("SendPulseAuth is not bound to a client; use it through pulsetrail.A360")
        self.token_requests += 1
        response = await self._token_client.post(
            TOKEN_PATH,
            json={
                "grant_type": "client_credentials",
                "client_id": self._client_id,
                "client_secret": self._client_secret,
            },
        )
        if response.status_code == 401:
            raise AuthenticationError(response)
        try:
            payload = response.json()
            value = payload["access_token"]
            lifetime = float(payload.get("expires_in", 3600))
            if not isinstance(value, str) or not value or lifetime <= 0:
                raise ValueError("no usable access_token/expires_in")
        except (KeyError, TypeError, ValueError, AttributeError, ResponseParseError):
            # The body may hold a token, usable or not: keep it off the error, which callers log.
            body_free = httpx.Response(response.status_code, headers=response.headers, request=response.request)
            raise AuthenticationError(
                body_free, message="the token endpoint answered without a usable access_token"
            ) from None
        token = AccessToken(value=value, expires_at=time.time() + lifetime)
        await self._store.set(token)
        return token

    def __repr__(self) -> str:
        mode = "oauth" if self.uses_oauth else "api_key"
        return f"SendPulseAuth(mode={mode!r}, store={self._store!r})"


class ActiveTrailAuth(httpx.Auth):
    """ActiveTrail's token, sent raw in `Authorization` (no scheme), never refreshed."""

    requires_response_body = True

    def __init__(self, token: str) -> None:
        if not token or not token.strip():
            raise InvalidInputError("token", "<empty>", "an ActiveTrail API token is needed")
        self._token = token.strip()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = self._token
        response = yield request
        if response.status_code == 401:
            await response.aread()
            raise AuthenticationError(response)

    def __repr__(self) -> str:
        return "ActiveTrailAuth(token=<hidden>)"
