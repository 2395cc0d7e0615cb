"""The push operations: one module per operation, its descriptor, and the `AsyncPush` and
`SyncPush` namespaces with one method per operation (what `client.push` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models import PushAddress
    from ...models.push_address_list import PushAddressList
    from ...models.push_stats_response import PushStatsResponse
    from ...models.sort_direction import SortDirection
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncPush",
    "AsyncPushWithRawResponse",
    "SyncPush",
    "SyncPushWithRawResponse",
]


_GET_PUSH_STATS = op.Operation(
    name="get_push_stats",
    module=__name__ + ".get_push_stats",
    method="GET",
    path="/a360/stats/push/{id}/group-stat",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="PushStatsResponse",
)


_GET_PUSH_STATS_FILTERED = op.Operation(
    name="get_push_stats_filtered",
    module=__name__ + ".get_push_stats_filtered",
    method="GET",
    path="/a360/stats/push/{id}/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="PushStatsResponse",
)


_LIST_PUSH_ADDRESSES = op.Operation(
    name="list_push_addresses",
    module=__name__ + ".list_push_addresses",
    method="GET",
    path="/a360/stats/push/{id}/addresses",
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
    success="PushAddressList",
    paging=op.OffsetPaging("limit", "offset"),
    items_field="data",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_push_stats": _GET_PUSH_STATS,
    "get_push_stats_filtered": _GET_PUSH_STATS_FILTERED,
    "list_push_addresses": _LIST_PUSH_ADDRESSES,
}


class AsyncPush:
    """Statistics of a "Push" element (web push notifications) and the subscribers it notified.

    The push operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncPushWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncPushWithRawResponse(self._runner)

    async def get_push_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> PushStatsResponse:
        """Get a Push element's statistics

        Overall statistics of a "Push" element: notifications sent, delivered, clicked and failed, and the last
        send. `ID` is the **element ID** of the Push element (`flows[].id` with `af_type: push` in `get_flow`).
        """
        return await self._runner._call(
            _GET_PUSH_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_push_stats_filtered(
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
    ) -> PushStatsResponse:
        """Get a Push element's statistics for a period

        A Push element's counters for the period in `filter`, as numeric strings, and its last send. `ID` is the
        **element ID** of the Push element.
        """
        return await self._runner._call(
            _GET_PUSH_STATS_FILTERED,
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

    def list_push_addresses(
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
    ) -> AsyncPaginator[PushAddress, PushAddressList]:
        """List the subscribers a Push element notified

        One page of the subscribers a Push element sent to, with the sent, delivered and clicked flags of each, and
        the total. `ID` is the **element ID** of the Push element. The seed's example URL omits `sortDirection` and
        `sortField`, but its parameter table lists them.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_PUSH_ADDRESSES,
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


class AsyncPushWithRawResponse:
    """Statistics of a "Push" element (web push notifications) and the subscribers it notified.

    The push operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncPush`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_push_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushStatsResponse]:
        """Get a Push element's statistics: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_PUSH_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_push_stats_filtered(
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
    ) -> RawResponse[PushStatsResponse]:
        """Get a Push element's statistics for a period: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_PUSH_STATS_FILTERED,
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

    async def list_push_addresses(
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
    ) -> RawResponse[PushAddressList]:
        """List the subscribers a Push element notified: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_PUSH_ADDRESSES,
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


class SyncPush:
    """Statistics of a "Push" element (web push notifications) and the subscribers it notified.

    The push operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncPushWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncPushWithRawResponse(self._runner)

    def get_push_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> PushStatsResponse:
        """Get a Push element's statistics

        Overall statistics of a "Push" element: notifications sent, delivered, clicked and failed, and the last
        send. `ID` is the **element ID** of the Push element (`flows[].id` with `af_type: push` in `get_flow`).
        """
        return self._runner._call(
            _GET_PUSH_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_stats_filtered(
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
    ) -> PushStatsResponse:
        """Get a Push element's statistics for a period

        A Push element's counters for the period in `filter`, as numeric strings, and its last send. `ID` is the
        **element ID** of the Push element.
        """
        return self._runner._call(
            _GET_PUSH_STATS_FILTERED,
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

    def list_push_addresses(
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
    ) -> SyncPaginator[PushAddress, PushAddressList]:
        """List the subscribers a Push element notified

        One page of the subscribers a Push element sent to, with the sent, delivered and clicked flags of each, and
        the total. `ID` is the **element ID** of the Push element. The seed's example URL omits `sortDirection` and
        `sortField`, but its parameter table lists them.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_PUSH_ADDRESSES,
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


class SyncPushWithRawResponse:
    """Statistics of a "Push" element (web push notifications) and the subscribers it notified.

    The push operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncPush`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_push_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushStatsResponse]:
        """Get a Push element's statistics: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_PUSH_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_stats_filtered(
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
    ) -> RawResponse[PushStatsResponse]:
        """Get a Push element's statistics for a period: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_PUSH_STATS_FILTERED,
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

    def list_push_addresses(
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
    ) -> RawResponse[PushAddressList]:
        """List the subscribers a Push element notified: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_PUSH_ADDRESSES,
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
