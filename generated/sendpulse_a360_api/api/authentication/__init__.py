"""The authentication operations: one module per operation, and the `AsyncAuthentication` and
`SyncAuthentication` namespaces with one method per operation (what `client.authentication` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.access_token import AccessToken
    from ...models.access_token_request import AccessTokenRequest
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncAuthentication", "SyncAuthentication"]


class AsyncAuthentication:
    """The authentication operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_access_token(
        self,
        *,
        body: AccessTokenRequest,
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
        from . import get_access_token as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )


class SyncAuthentication:
    """The authentication operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_access_token(
        self,
        *,
        body: AccessTokenRequest,
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
        from . import get_access_token as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )
