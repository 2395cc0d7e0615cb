"""The goal operations: one module per operation, and the `AsyncGoal` and
`SyncGoal` namespaces with one method per operation (what `client.goal` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.goal_stats_response import GoalStatsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncGoal", "SyncGoal"]


class AsyncGoal:
    """The goal operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_goal_stats(
        self,
        id: int,
    ) -> GoalStatsResponse:
        """Get a Goal element's statistics

        Overall statistics of a "Goal" element: how many contacts reached it (`executed`) and when the last did.
        The seed's example also shows `sent`, `delivered`, `opened`, `clicked` and `errors`, which look copied from
        the SMS call: they are optional. `ID` is the **element ID** of the Goal element (`flows[].id` with
        `af_type: goal` in `get_flow`).
        """
        from . import get_goal_stats as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_goal_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> GoalStatsResponse:
        """Get a Goal element's statistics for a period

        How many contacts reached a Goal element in the period in `filter` (a numeric string), and the last time one
        did. `ID` is the **element ID** of the Goal element.
        """
        from . import get_goal_stats_filtered as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )


class SyncGoal:
    """The goal operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_goal_stats(
        self,
        id: int,
    ) -> GoalStatsResponse:
        """Get a Goal element's statistics

        Overall statistics of a "Goal" element: how many contacts reached it (`executed`) and when the last did.
        The seed's example also shows `sent`, `delivered`, `opened`, `clicked` and `errors`, which look copied from
        the SMS call: they are optional. `ID` is the **element ID** of the Goal element (`flows[].id` with
        `af_type: goal` in `get_flow`).
        """
        from . import get_goal_stats as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_goal_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> GoalStatsResponse:
        """Get a Goal element's statistics for a period

        How many contacts reached a Goal element in the period in `filter` (a numeric string), and the last time one
        did. `ID` is the **element ID** of the Goal element.
        """
        from . import get_goal_stats_filtered as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )
