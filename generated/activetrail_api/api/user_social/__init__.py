"""The user_social operations: one module per operation, and the `AsyncUserSocial` and
`SyncUserSocial` namespaces with one method per operation (what `client.user_social` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.user_social_account import UserSocialAccount
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncUserSocial", "SyncUserSocial"]


class AsyncUserSocial:
    """The user_social operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_user_social_accounts(
        self,
    ) -> list[UserSocialAccount]:
        """List the account's connected social accounts

        Returns the social-network accounts (Facebook, Instagram...) connected to the ActiveTrail account, as a
        bare array. The path ends in `/get` on purpose (it is the docs index's path).

        The item shape is inferred (no sample is stored): `id`, `name` and the network's `type`, all optional;
        other fields are kept as sent.
        """
        from . import list_user_social_accounts as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )


class SyncUserSocial:
    """The user_social operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_user_social_accounts(
        self,
    ) -> list[UserSocialAccount]:
        """List the account's connected social accounts

        Returns the social-network accounts (Facebook, Instagram...) connected to the ActiveTrail account, as a
        bare array. The path ends in `/get` on purpose (it is the docs index's path).

        The item shape is inferred (no sample is stored): `id`, `name` and the network's `type`, all optional;
        other fields are kept as sent.
        """
        from . import list_user_social_accounts as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )
