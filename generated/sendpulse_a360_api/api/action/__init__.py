"""The action operations: one module per operation, its descriptor, and the `AsyncAction` and
`SyncAction` namespaces with one method per operation (what `client.action` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.action_stats_response import ActionStatsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncAction",
    "AsyncActionWithRawResponse",
    "SyncAction",
    "SyncActionWithRawResponse",
]


_GET_ACTION_STATS = op.Operation(
    name="get_action_stats",
    module=__name__ + ".get_action_stats",
    method="GET",
    path="/a360/stats/action/{id}/group-stat",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="ActionStatsResponse",
)


_GET_ACTION_STATS_FILTERED = op.Operation(
    name="get_action_stats_filtered",
    module=__name__ + ".get_action_stats_filtered",
    method="GET",
    path="/a360/stats/action/{id}/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="ActionStatsResponse",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_action_stats": _GET_ACTION_STATS,
    "get_action_stats_filtered": _GET_ACTION_STATS_FILTERED,
}


class AsyncAction:
    """Statistics of an "Action" element.

    The action operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncActionWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncActionWithRawResponse(self._runner)

    async def get_action_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ActionStatsResponse:
        """Get an Action element's statistics

        Overall statistics of an "Action" element: how many times it was executed and when it last was. `ID` is the
        **element ID** of the Action element (`flows[].id` with `af_type: action` in `get_flow`).
        """
        return await self._runner._call(
            _GET_ACTION_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_action_stats_filtered(
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
    ) -> ActionStatsResponse:
        """Get an Action element's statistics for a period

        How many times an Action element was executed in the period in `filter` (a numeric string), and when it last
        was. `ID` is the **element ID** of the Action element.
        """
        return await self._runner._call(
            _GET_ACTION_STATS_FILTERED,
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


class AsyncActionWithRawResponse:
    """Statistics of an "Action" element.

    The action operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncAction`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_action_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ActionStatsResponse]:
        """Get an Action element's statistics: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_ACTION_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_action_stats_filtered(
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
    ) -> RawResponse[ActionStatsResponse]:
        """Get an Action element's statistics for a period: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_ACTION_STATS_FILTERED,
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


class SyncAction:
    """Statistics of an "Action" element.

    The action operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncActionWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncActionWithRawResponse(self._runner)

    def get_action_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ActionStatsResponse:
        """Get an Action element's statistics

        Overall statistics of an "Action" element: how many times it was executed and when it last was. `ID` is the
        **element ID** of the Action element (`flows[].id` with `af_type: action` in `get_flow`).
        """
        return self._runner._call(
            _GET_ACTION_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_action_stats_filtered(
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
    ) -> ActionStatsResponse:
        """Get an Action element's statistics for a period

        How many times an Action element was executed in the period in `filter` (a numeric string), and when it last
        was. `ID` is the **element ID** of the Action element.
        """
        return self._runner._call(
            _GET_ACTION_STATS_FILTERED,
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


class SyncActionWithRawResponse:
    """Statistics of an "Action" element.

    The action operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncAction`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_action_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ActionStatsResponse]:
        """Get an Action element's statistics: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_ACTION_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_action_stats_filtered(
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
    ) -> RawResponse[ActionStatsResponse]:
        """Get an Action element's statistics for a period: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_ACTION_STATS_FILTERED,
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
