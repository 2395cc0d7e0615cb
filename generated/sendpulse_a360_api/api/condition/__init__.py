"""The condition operations: one module per operation, and the `AsyncCondition` and
`SyncCondition` namespaces with one method per operation (what `client.condition` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.condition_stats_response import ConditionStatsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncCondition", "SyncCondition"]


class AsyncCondition:
    """The condition operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_condition_stats(
        self,
        id: int,
    ) -> ConditionStatsResponse:
        """Get a Condition element's statistics

        Overall statistics of a "Condition" element (type `trigger`): executions and the last execution, and,
        counted since 2020-11-30 only, the `positive`/`negative`/`stopped` outcomes. `ID` is the **element ID** of
        the Condition element (`flows[].id` with `af_type: trigger` in `get_flow`).
        """
        from . import get_condition_stats as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_condition_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> ConditionStatsResponse:
        """Get a Condition element's statistics for a period

        **Inferred path:** the seed prints `/a360/stats/email/{ID}/group-stat-filtered` for this call, a copy of the
        Email call (#9) that would return an Email element's statistics. Every other element type uses its own
        path segment for both of its statistics calls, and the unfiltered Condition call uses `/stats/trigger/`, so
        this spec uses `/a360/stats/trigger/{ID}/group-stat-filtered`. Nothing confirms the path (SendPulse's
        published A360 file has no filtered calls); SDKs should let callers override it.

        A Condition element's statistics for the period in `filter`. `ID` is the **element ID** of the Condition
        element. The seed's example shows `flow_id` and integer counters.
        """
        from . import get_condition_stats_filtered as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )


class SyncCondition:
    """The condition operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_condition_stats(
        self,
        id: int,
    ) -> ConditionStatsResponse:
        """Get a Condition element's statistics

        Overall statistics of a "Condition" element (type `trigger`): executions and the last execution, and,
        counted since 2020-11-30 only, the `positive`/`negative`/`stopped` outcomes. `ID` is the **element ID** of
        the Condition element (`flows[].id` with `af_type: trigger` in `get_flow`).
        """
        from . import get_condition_stats as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_condition_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> ConditionStatsResponse:
        """Get a Condition element's statistics for a period

        **Inferred path:** the seed prints `/a360/stats/email/{ID}/group-stat-filtered` for this call, a copy of the
        Email call (#9) that would return an Email element's statistics. Every other element type uses its own
        path segment for both of its statistics calls, and the unfiltered Condition call uses `/stats/trigger/`, so
        this spec uses `/a360/stats/trigger/{ID}/group-stat-filtered`. Nothing confirms the path (SendPulse's
        published A360 file has no filtered calls); SDKs should let callers override it.

        A Condition element's statistics for the period in `filter`. `ID` is the **element ID** of the Condition
        element. The seed's example shows `flow_id` and integer counters.
        """
        from . import get_condition_stats_filtered as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )
