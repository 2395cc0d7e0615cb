"""The user_social operations: one module per operation, its descriptor, and the `AsyncUserSocial` and
`SyncUserSocial` namespaces with one method per operation (what `client.user_social` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.user_social_account import UserSocialAccount
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncUserSocial",
    "AsyncUserSocialWithRawResponse",
    "SyncUserSocial",
    "SyncUserSocialWithRawResponse",
]


_LIST_USER_SOCIAL_ACCOUNTS = op.Operation(
    name="list_user_social_accounts",
    module=__name__ + ".list_user_social_accounts",
    method="GET",
    path="/api/user-social/accounts/get",
    parameters=(),
    success="list[UserSocialAccount]",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_user_social_accounts": _LIST_USER_SOCIAL_ACCOUNTS,
}


class AsyncUserSocial:
    """The account's social accounts.

    The user_social operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncUserSocialWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncUserSocialWithRawResponse(self._runner)

    async def list_user_social_accounts(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[UserSocialAccount]:
        """List the account's connected social accounts

        Returns the social-network accounts (Facebook, Instagram...) connected to the ActiveTrail account, as a
        bare array. The path ends in `/get` on purpose (it is the docs index's path).

        The item shape is inferred (no sample is stored): `id`, `name` and the network's `type`, all optional;
        other fields are kept as sent.
        """
        return await self._runner._call(
            _LIST_USER_SOCIAL_ACCOUNTS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncUserSocialWithRawResponse:
    """The account's social accounts.

    The user_social operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncUserSocial`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_user_social_accounts(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[UserSocialAccount]]:
        """List the account's connected social accounts: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_USER_SOCIAL_ACCOUNTS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncUserSocial:
    """The account's social accounts.

    The user_social operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncUserSocialWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncUserSocialWithRawResponse(self._runner)

    def list_user_social_accounts(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[UserSocialAccount]:
        """List the account's connected social accounts

        Returns the social-network accounts (Facebook, Instagram...) connected to the ActiveTrail account, as a
        bare array. The path ends in `/get` on purpose (it is the docs index's path).

        The item shape is inferred (no sample is stored): `id`, `name` and the network's `type`, all optional;
        other fields are kept as sent.
        """
        return self._runner._call(
            _LIST_USER_SOCIAL_ACCOUNTS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncUserSocialWithRawResponse:
    """The account's social accounts.

    The user_social operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncUserSocial`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_user_social_accounts(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[UserSocialAccount]]:
        """List the account's connected social accounts: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_USER_SOCIAL_ACCOUNTS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
