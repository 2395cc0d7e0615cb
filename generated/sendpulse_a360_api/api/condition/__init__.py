"""The condition operations: one module per operation, its descriptor, and the `AsyncCondition` and
`SyncCondition` namespaces with one method per operation (what `client.condition` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.condition_stats_response import ConditionStatsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncCondition",
    "AsyncConditionWithRawResponse",
    "SyncCondition",
    "SyncConditionWithRawResponse",
]


_GET_CONDITION_STATS = op.Operation(
    name="get_condition_stats",
    module=__name__ + ".get_condition_stats",
    method="GET",
    path="/a360/stats/trigger/{id}/group-stat",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="ConditionStatsResponse",
)


_GET_CONDITION_STATS_FILTERED = op.Operation(
    name="get_condition_stats_filtered",
    module=__name__ + ".get_condition_stats_filtered",
    method="GET",
    path="/a360/stats/trigger/{id}/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="ConditionStatsResponse",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_condition_stats": _GET_CONDITION_STATS,
    "get_condition_stats_filtered": _GET_CONDITION_STATS_FILTERED,
}


class AsyncCondition:
    """Statistics of a "Condition" element (`trigger` in paths and types).

    The condition operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncConditionWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncConditionWithRawResponse(self._runner)

    async def get_condition_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ConditionStatsResponse:
        """Get a Condition element's statistics

        Overall statistics of a "Condition" element (type `trigger`): executions and the last execution, and,
        counted since 2020-11-30 only, the `positive`/`negative`/`stopped` outcomes. `ID` is the **element ID** of
        the Condition element (`flows[].id` with `af_type: trigger` in `get_flow`).
        """
        return await self._runner._call(
            _GET_CONDITION_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_condition_stats_filtered(
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
        return await self._runner._call(
            _GET_CONDITION_STATS_FILTERED,
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


class AsyncConditionWithRawResponse:
    """Statistics of a "Condition" element (`trigger` in paths and types).

    The condition operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncCondition`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_condition_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ConditionStatsResponse]:
        """Get a Condition element's statistics: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CONDITION_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_condition_stats_filtered(
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
    ) -> RawResponse[ConditionStatsResponse]:
        """Get a Condition element's statistics for a period: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CONDITION_STATS_FILTERED,
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


class SyncCondition:
    """Statistics of a "Condition" element (`trigger` in paths and types).

    The condition operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncConditionWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncConditionWithRawResponse(self._runner)

    def get_condition_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ConditionStatsResponse:
        """Get a Condition element's statistics

        Overall statistics of a "Condition" element (type `trigger`): executions and the last execution, and,
        counted since 2020-11-30 only, the `positive`/`negative`/`stopped` outcomes. `ID` is the **element ID** of
        the Condition element (`flows[].id` with `af_type: trigger` in `get_flow`).
        """
        return self._runner._call(
            _GET_CONDITION_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_condition_stats_filtered(
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
        return self._runner._call(
            _GET_CONDITION_STATS_FILTERED,
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


class SyncConditionWithRawResponse:
    """Statistics of a "Condition" element (`trigger` in paths and types).

    The condition operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncCondition`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_condition_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ConditionStatsResponse]:
        """Get a Condition element's statistics: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CONDITION_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_condition_stats_filtered(
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
    ) -> RawResponse[ConditionStatsResponse]:
        """Get a Condition element's statistics for a period: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CONDITION_STATS_FILTERED,
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
