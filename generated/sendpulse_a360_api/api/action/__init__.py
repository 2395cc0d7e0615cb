"""The action operations: one module per operation, and the `AsyncAction` and
`SyncAction` namespaces with one method per operation (what `client.action` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.action_stats_response import ActionStatsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncAction", "SyncAction"]


class AsyncAction:
    """The action operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_action_stats(
        self,
        id: int,
    ) -> ActionStatsResponse:
        """Get an Action element's statistics

        Overall statistics of an "Action" element: how many times it was executed and when it last was. `ID` is the
        **element ID** of the Action element (`flows[].id` with `af_type: action` in `get_flow`).
        """
        from . import get_action_stats as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_action_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> ActionStatsResponse:
        """Get an Action element's statistics for a period

        How many times an Action element was executed in the period in `filter` (a numeric string), and when it last
        was. `ID` is the **element ID** of the Action element.
        """
        from . import get_action_stats_filtered as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )


class SyncAction:
    """The action operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_action_stats(
        self,
        id: int,
    ) -> ActionStatsResponse:
        """Get an Action element's statistics

        Overall statistics of an "Action" element: how many times it was executed and when it last was. `ID` is the
        **element ID** of the Action element (`flows[].id` with `af_type: action` in `get_flow`).
        """
        from . import get_action_stats as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_action_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> ActionStatsResponse:
        """Get an Action element's statistics for a period

        How many times an Action element was executed in the period in `filter` (a numeric string), and when it last
        was. `ID` is the **element ID** of the Action element.
        """
        from . import get_action_stats_filtered as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )
