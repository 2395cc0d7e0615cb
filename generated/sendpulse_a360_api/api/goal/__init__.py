"""The goal operations: one module per operation, its descriptor, and the `AsyncGoal` and
`SyncGoal` namespaces with one method per operation (what `client.goal` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.goal_stats_response import GoalStatsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncGoal",
    "AsyncGoalWithRawResponse",
    "SyncGoal",
    "SyncGoalWithRawResponse",
]


_GET_GOAL_STATS = op.Operation(
    name="get_goal_stats",
    module=__name__ + ".get_goal_stats",
    method="GET",
    path="/a360/stats/goal/{id}/group-stat",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="GoalStatsResponse",
)


_GET_GOAL_STATS_FILTERED = op.Operation(
    name="get_goal_stats_filtered",
    module=__name__ + ".get_goal_stats_filtered",
    method="GET",
    path="/a360/stats/goal/{id}/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="GoalStatsResponse",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_goal_stats": _GET_GOAL_STATS,
    "get_goal_stats_filtered": _GET_GOAL_STATS_FILTERED,
}


class AsyncGoal:
    """Statistics of a "Goal" element.

    The goal operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncGoalWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncGoalWithRawResponse(self._runner)

    async def get_goal_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> GoalStatsResponse:
        """Get a Goal element's statistics

        Overall statistics of a "Goal" element: how many contacts reached it (`executed`) and when the last did.
        The seed's example also shows `sent`, `delivered`, `opened`, `clicked` and `errors`, which look copied from
        the SMS call: they are optional. `ID` is the **element ID** of the Goal element (`flows[].id` with
        `af_type: goal` in `get_flow`).
        """
        return await self._runner._call(
            _GET_GOAL_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_goal_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> GoalStatsResponse:
        """Get a Goal element's statistics for a period

        How many contacts reached a Goal element in the period in `filter` (a numeric string), and the last time one
        did. `ID` is the **element ID** of the Goal element.
        """
        return await self._runner._call(
            _GET_GOAL_STATS_FILTERED,
            {
                "id": id,
                "filter_": filter_,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncGoalWithRawResponse:
    """Statistics of a "Goal" element.

    The goal operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncGoal`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_goal_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[GoalStatsResponse]:
        """Get a Goal element's statistics: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_GOAL_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_goal_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[GoalStatsResponse]:
        """Get a Goal element's statistics for a period: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_GOAL_STATS_FILTERED,
            {
                "id": id,
                "filter_": filter_,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncGoal:
    """Statistics of a "Goal" element.

    The goal operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncGoalWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncGoalWithRawResponse(self._runner)

    def get_goal_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> GoalStatsResponse:
        """Get a Goal element's statistics

        Overall statistics of a "Goal" element: how many contacts reached it (`executed`) and when the last did.
        The seed's example also shows `sent`, `delivered`, `opened`, `clicked` and `errors`, which look copied from
        the SMS call: they are optional. `ID` is the **element ID** of the Goal element (`flows[].id` with
        `af_type: goal` in `get_flow`).
        """
        return self._runner._call(
            _GET_GOAL_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_goal_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> GoalStatsResponse:
        """Get a Goal element's statistics for a period

        How many contacts reached a Goal element in the period in `filter` (a numeric string), and the last time one
        did. `ID` is the **element ID** of the Goal element.
        """
        return self._runner._call(
            _GET_GOAL_STATS_FILTERED,
            {
                "id": id,
                "filter_": filter_,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncGoalWithRawResponse:
    """Statistics of a "Goal" element.

    The goal operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncGoal`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_goal_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[GoalStatsResponse]:
        """Get a Goal element's statistics: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_GOAL_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_goal_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[GoalStatsResponse]:
        """Get a Goal element's statistics for a period: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_GOAL_STATS_FILTERED,
            {
                "id": id,
                "filter_": filter_,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
