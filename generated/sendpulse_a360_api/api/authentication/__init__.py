"""The authentication operations: one module per operation, its descriptor, and the `AsyncAuthentication` and
`SyncAuthentication` namespaces with one method per operation (what `client.authentication` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.access_token import AccessToken
    from ...models.access_token_request import AccessTokenRequest
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncAuthentication",
    "AsyncAuthenticationWithRawResponse",
    "SyncAuthentication",
    "SyncAuthenticationWithRawResponse",
]


_GET_ACCESS_TOKEN = op.Operation(
    name="get_access_token",
    module=__name__ + ".get_access_token",
    method="POST",
    path="/oauth/access_token",
    parameters=(
        op.Parameter("body", "", "body", op.Type("model", "AccessTokenRequest")),
    ),
    success="AccessToken",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_access_token": _GET_ACCESS_TOKEN,
}


class AsyncAuthentication:
    """Getting an OAuth access token with the account's API ID and Secret (client credentials).

    The authentication operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncAuthenticationWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncAuthenticationWithRawResponse(self._runner)

    async def get_access_token(
        self,
        *,
        body: AccessTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AccessToken:
        """Get an OAuth access token

        Exchanges the account's API credentials (Account settings → API: "ID" and "Secret") for an access token,
        sent as `Authorization: Bearer <access_token>` on every other call. The token is valid for one hour
        (`expires_in: 3600`); cache it and request a new one shortly before it expires, not once per call (frequent
        token requests may get the client blocked). Generating a new ID/Secret pair revokes the previous one.
        SendPulse's docs and most SDKs send a JSON body (shown here); PHP-SDK-3 sends a form-encoded one, which
        works too.
        A static API key needs no token request.
        """
        return await self._runner._call(
            _GET_ACCESS_TOKEN,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )


class AsyncAuthenticationWithRawResponse:
    """Getting an OAuth access token with the account's API ID and Secret (client credentials).

    The authentication operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncAuthentication`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_access_token(
        self,
        *,
        body: AccessTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AccessToken]:
        """Get an OAuth access token: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_ACCESS_TOKEN,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )


class SyncAuthentication:
    """Getting an OAuth access token with the account's API ID and Secret (client credentials).

    The authentication operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncAuthenticationWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncAuthenticationWithRawResponse(self._runner)

    def get_access_token(
        self,
        *,
        body: AccessTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AccessToken:
        """Get an OAuth access token

        Exchanges the account's API credentials (Account settings → API: "ID" and "Secret") for an access token,
        sent as `Authorization: Bearer <access_token>` on every other call. The token is valid for one hour
        (`expires_in: 3600`); cache it and request a new one shortly before it expires, not once per call (frequent
        token requests may get the client blocked). Generating a new ID/Secret pair revokes the previous one.
        SendPulse's docs and most SDKs send a JSON body (shown here); PHP-SDK-3 sends a form-encoded one, which
        works too.
        A static API key needs no token request.
        """
        return self._runner._call(
            _GET_ACCESS_TOKEN,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )


class SyncAuthenticationWithRawResponse:
    """Getting an OAuth access token with the account's API ID and Secret (client credentials).

    The authentication operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncAuthentication`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_access_token(
        self,
        *,
        body: AccessTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AccessToken]:
        """Get an OAuth access token: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_ACCESS_TOKEN,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )
