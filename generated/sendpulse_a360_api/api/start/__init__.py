"""The start operations: one module per operation, its descriptor, and the `AsyncStart` and
`SyncStart` namespaces with one method per operation (what `client.start` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models import StartAddress
    from ...models.sort_direction import SortDirection
    from ...models.start_address_list import StartAddressList
    from ...models.start_stats_response import StartStatsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncStart",
    "AsyncStartWithRawResponse",
    "SyncStart",
    "SyncStartWithRawResponse",
]


_GET_START_STATS = op.Operation(
    name="get_start_stats",
    module=__name__ + ".get_start_stats",
    method="GET",
    path="/a360/stats/main-trigger/{id}/group-stat",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="StartStatsResponse",
)


_GET_START_STATS_FILTERED = op.Operation(
    name="get_start_stats_filtered",
    module=__name__ + ".get_start_stats_filtered",
    method="GET",
    path="/a360/stats/main-trigger/{id}/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="StartStatsResponse",
)


_LIST_START_ADDRESSES = op.Operation(
    name="list_start_addresses",
    module=__name__ + ".list_start_addresses",
    method="GET",
    path="/a360/stats/main-trigger/{id}/addresses",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
        op.Parameter(
            "sort_direction",
            "sortDirection",
            "query",
            op.Type("enum", "SortDirection"),
            required=False,
        ),
        op.Parameter("sort_field", "sortField", "query", op.STR, required=False),
    ),
    success="StartAddressList",
    paging=op.OffsetPaging("limit", "offset"),
    items_field="data",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_start_stats": _GET_START_STATS,
    "get_start_stats_filtered": _GET_START_STATS_FILTERED,
    "list_start_addresses": _LIST_START_ADDRESSES,
}


class AsyncStart:
    """The "Start" element of a flow (`maintrigger`): how many contacts started the flow and were removed from it,
    and the contacts who started it.

    The start operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncStartWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncStartWithRawResponse(self._runner)

    async def get_start_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> StartStatsResponse:
        """Get the Start element's statistics

        Overall statistics of the flow's "Start" element (main trigger): how many times it was executed (contacts
        that started the flow) and how many contacts were removed from the flow. `ID` is the **element ID** of the
        Start element (`flows[].id` with `af_type: maintrigger` in `get_flow`); `data.flow_id` echoes it.
        """
        return await self._runner._call(
            _GET_START_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_start_stats_filtered(
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
    ) -> StartStatsResponse:
        """Get the Start element's statistics for a period

        The Start element's statistics for the period in `filter`: executions, removals and the last execution.
        `ID` is the **element ID** of the Start element. Counters come as numeric strings.
        """
        return await self._runner._call(
            _GET_START_STATS_FILTERED,
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

    def list_start_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | None = None,
        sort_field: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[StartAddress, StartAddressList]:
        """List the contacts that started the flow

        One page of the contacts that triggered the Start element, with the time each entered the flow, and the
        total. `ID` is the **element ID** of the Start element; each row's `flow_id` echoes it.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_START_ADDRESSES,
            {
                "id": id,
                "limit": limit,
                "offset": offset,
                "sort_direction": sort_direction,
                "sort_field": sort_field,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncStartWithRawResponse:
    """The "Start" element of a flow (`maintrigger`): how many contacts started the flow and were removed from it,
    and the contacts who started it.

    The start operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncStart`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_start_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[StartStatsResponse]:
        """Get the Start element's statistics: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_START_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_start_stats_filtered(
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
    ) -> RawResponse[StartStatsResponse]:
        """Get the Start element's statistics for a period: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_START_STATS_FILTERED,
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

    async def list_start_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | None = None,
        sort_field: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[StartAddressList]:
        """List the contacts that started the flow: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_START_ADDRESSES,
            {
                "id": id,
                "limit": limit,
                "offset": offset,
                "sort_direction": sort_direction,
                "sort_field": sort_field,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncStart:
    """The "Start" element of a flow (`maintrigger`): how many contacts started the flow and were removed from it,
    and the contacts who started it.

    The start operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncStartWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncStartWithRawResponse(self._runner)

    def get_start_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> StartStatsResponse:
        """Get the Start element's statistics

        Overall statistics of the flow's "Start" element (main trigger): how many times it was executed (contacts
        that started the flow) and how many contacts were removed from the flow. `ID` is the **element ID** of the
        Start element (`flows[].id` with `af_type: maintrigger` in `get_flow`); `data.flow_id` echoes it.
        """
        return self._runner._call(
            _GET_START_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_start_stats_filtered(
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
    ) -> StartStatsResponse:
        """Get the Start element's statistics for a period

        The Start element's statistics for the period in `filter`: executions, removals and the last execution.
        `ID` is the **element ID** of the Start element. Counters come as numeric strings.
        """
        return self._runner._call(
            _GET_START_STATS_FILTERED,
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

    def list_start_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | None = None,
        sort_field: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[StartAddress, StartAddressList]:
        """List the contacts that started the flow

        One page of the contacts that triggered the Start element, with the time each entered the flow, and the
        total. `ID` is the **element ID** of the Start element; each row's `flow_id` echoes it.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_START_ADDRESSES,
            {
                "id": id,
                "limit": limit,
                "offset": offset,
                "sort_direction": sort_direction,
                "sort_field": sort_field,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncStartWithRawResponse:
    """The "Start" element of a flow (`maintrigger`): how many contacts started the flow and were removed from it,
    and the contacts who started it.

    The start operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncStart`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_start_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[StartStatsResponse]:
        """Get the Start element's statistics: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_START_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_start_stats_filtered(
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
    ) -> RawResponse[StartStatsResponse]:
        """Get the Start element's statistics for a period: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_START_STATS_FILTERED,
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

    def list_start_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | None = None,
        sort_field: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[StartAddressList]:
        """List the contacts that started the flow: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_START_ADDRESSES,
            {
                "id": id,
                "limit": limit,
                "offset": offset,
                "sort_direction": sort_direction,
                "sort_field": sort_field,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
