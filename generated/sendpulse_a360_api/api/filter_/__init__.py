"""The filter_ operations: one module per operation, its descriptor, and the `AsyncFilter` and
`SyncFilter` namespaces with one method per operation (what `client.filter_` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.filter_stats_response import FilterStatsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncFilter",
    "AsyncFilterWithRawResponse",
    "SyncFilter",
    "SyncFilterWithRawResponse",
]


_GET_FILTER_STATS = op.Operation(
    name="get_filter_stats",
    module=__name__ + ".get_filter_stats",
    method="GET",
    path="/a360/stats/filter/{id}/group-stat",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="FilterStatsResponse",
)


_GET_FILTER_STATS_FILTERED = op.Operation(
    name="get_filter_stats_filtered",
    module=__name__ + ".get_filter_stats_filtered",
    method="GET",
    path="/a360/stats/filter/{id}/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="FilterStatsResponse",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_filter_stats": _GET_FILTER_STATS,
    "get_filter_stats_filtered": _GET_FILTER_STATS_FILTERED,
}


class AsyncFilter:
    """Statistics of a "Filter" element.

    The filter_ operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncFilterWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncFilterWithRawResponse(self._runner)

    async def get_filter_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> FilterStatsResponse:
        """Get a Filter element's statistics

        Overall statistics of a "Filter" element: executions and the last execution, and, counted since
        2020-11-30 only, how many contacts matched (`positive`), did not match (`negative`) or stopped (`stopped`).
        `executed` and `last_send` cover the whole lifetime. `ID` is the **element ID** of the Filter element
        (`flows[].id` with `af_type: filter` in `get_flow`).
        """
        return await self._runner._call(
            _GET_FILTER_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_filter_stats_filtered(
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
    ) -> FilterStatsResponse:
        """Get a Filter element's statistics for a period

        A Filter element's statistics for the period in `filter`. `ID` is the **element ID** of the Filter element.
        The seed's example shows `flow_id` and integer counters here (other filtered calls show strings); the
        `positive`/`negative`/`stopped` counters exist only from 2020-11-30 on.
        """
        return await self._runner._call(
            _GET_FILTER_STATS_FILTERED,
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


class AsyncFilterWithRawResponse:
    """Statistics of a "Filter" element.

    The filter_ operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncFilter`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_filter_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[FilterStatsResponse]:
        """Get a Filter element's statistics: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_FILTER_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_filter_stats_filtered(
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
    ) -> RawResponse[FilterStatsResponse]:
        """Get a Filter element's statistics for a period: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_FILTER_STATS_FILTERED,
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


class SyncFilter:
    """Statistics of a "Filter" element.

    The filter_ operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncFilterWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncFilterWithRawResponse(self._runner)

    def get_filter_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> FilterStatsResponse:
        """Get a Filter element's statistics

        Overall statistics of a "Filter" element: executions and the last execution, and, counted since
        2020-11-30 only, how many contacts matched (`positive`), did not match (`negative`) or stopped (`stopped`).
        `executed` and `last_send` cover the whole lifetime. `ID` is the **element ID** of the Filter element
        (`flows[].id` with `af_type: filter` in `get_flow`).
        """
        return self._runner._call(
            _GET_FILTER_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_filter_stats_filtered(
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
    ) -> FilterStatsResponse:
        """Get a Filter element's statistics for a period

        A Filter element's statistics for the period in `filter`. `ID` is the **element ID** of the Filter element.
        The seed's example shows `flow_id` and integer counters here (other filtered calls show strings); the
        `positive`/`negative`/`stopped` counters exist only from 2020-11-30 on.
        """
        return self._runner._call(
            _GET_FILTER_STATS_FILTERED,
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


class SyncFilterWithRawResponse:
    """Statistics of a "Filter" element.

    The filter_ operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncFilter`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_filter_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[FilterStatsResponse]:
        """Get a Filter element's statistics: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_FILTER_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_filter_stats_filtered(
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
    ) -> RawResponse[FilterStatsResponse]:
        """Get a Filter element's statistics for a period: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_FILTER_STATS_FILTERED,
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
