"""The flows operations: one module per operation, its descriptor, and the `AsyncFlows` and
`SyncFlows` namespaces with one method per operation (what `client.flows` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models import FlowElement, FlowListItem
    from ...models.deleted_flag import DeletedFlag
    from ...models.flow_details import FlowDetails
    from ...models.flow_details_filtered import FlowDetailsFiltered
    from ...models.flow_list import FlowList
    from ...models.flow_total_stats import FlowTotalStats
    from ...models.flow_type import FlowType
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncFlows",
    "AsyncFlowsWithRawResponse",
    "SyncFlows",
    "SyncFlowsWithRawResponse",
]


_LIST_FLOWS = op.Operation(
    name="list_flows",
    module=__name__ + ".list_flows",
    method="GET",
    path="/a360/autoresponders/list",
    parameters=(
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="FlowList",
    paging=op.OffsetPaging("limit", "offset"),
    items_field="data",
)


_GET_FLOW = op.Operation(
    name="get_flow",
    module=__name__ + ".get_flow",
    method="GET",
    path="/a360/autoresponders/{id}",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="FlowDetails",
)


_GET_FLOW_STATS_FILTERED = op.Operation(
    name="get_flow_stats_filtered",
    module=__name__ + ".get_flow_stats_filtered",
    method="GET",
    path="/a360/autoresponders/{id}/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="FlowDetailsFiltered",
    paging=op.OffsetPaging("limit", "offset"),
    items_field="flows",
)


_GET_FLOW_TOTAL_STATS = op.Operation(
    name="get_flow_total_stats",
    module=__name__ + ".get_flow_total_stats",
    method="GET",
    path="/a360/autoresponders/{id}/total-stats",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter(
            "flow_type",
            "flow_type",
            "query",
            op.Type("enum", "FlowType"),
            required=False,
        ),
        op.Parameter(
            "deleted",
            "deleted",
            "query",
            op.Type("enum", "DeletedFlag"),
            required=False,
        ),
    ),
    success="FlowTotalStats",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_flows": _LIST_FLOWS,
    "get_flow": _GET_FLOW,
    "get_flow_stats_filtered": _GET_FLOW_STATS_FILTERED,
    "get_flow_total_stats": _GET_FLOW_TOTAL_STATS,
}


class AsyncFlows:
    """Automation flows ("autoresponders"): the list of flows, one flow with its elements, the flow's statistics
    for a period, and the statistics of each element of a flow.

    The flows operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncFlowsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncFlowsWithRawResponse(self._runner)

    def list_flows(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[FlowListItem, FlowList]:
        """List automation flows

        One page of the account's automation flows, with each flow's ID (the **flow ID** the
        `/a360/autoresponders/{ID}` calls take), name, status and main settings (`main_data`). The answer has no
        total: page with `limit`/`offset` until a page is shorter than `limit`.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_FLOWS,
            {
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_flow(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> FlowDetails:
        """Get a flow with its elements and totals

        One flow (`autoresponder`) with its elements (`flows[]`) and its totals: contacts that started it
        (`starts`), waiting in it (`in_queue`), that finished it (`end_count`), messages sent and conversions.
        `ID` is the **flow ID**. Each element's `id` is the **element ID** that the `/a360/stats/...` calls take;
        its `af_type` tells which of them applies, and its `task` (the email, push or SMS message the element
        sends; null for elements that send nothing) has the shape of that type.
        """
        return await self._runner._call(
            _GET_FLOW,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_flow_stats_filtered(
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
    ) -> AsyncPaginator[FlowElement, FlowDetailsFiltered]:
        """Get a flow's statistics for a period

        The flow's information for the period in `filter`. `ID` is the **flow ID** (the seed labels it "Element ID",
        but this is a flow path and the seed calls the result "information about the flow").

        **Response assumed:** the seed documents no response. This spec assumes the shape of `get_flow`
        (`autoresponder`, `flows[]`, `starts`, `in_queue`, `end_count`, `send_messages`, `conversions`) with the
        counters for the period, possibly as numeric strings; every field is optional and the example is ours.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_FLOW_STATS_FILTERED,
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

    async def get_flow_total_stats(
        self,
        id: int,
        *,
        flow_type: FlowType | None = None,
        deleted: DeletedFlag | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> FlowTotalStats:
        """Get the statistics of each element of a flow

        The flow (`autoresponder`) and one row of counters per element (`flows[]`), over the whole lifetime of the
        flow. `ID` is the **flow ID**; each row's `flow_id` is an **element ID**. `flow_type` limits the rows to one
        element type; `deleted=1` returns the statistics of the flow's deleted elements instead.
        Which counters a row has depends on its `type` (see `FlowElementTotalStats`); email rows name their error
        counter `error`, the others `errors`.
        """
        return await self._runner._call(
            _GET_FLOW_TOTAL_STATS,
            {
                "id": id,
                "flow_type": flow_type,
                "deleted": deleted,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncFlowsWithRawResponse:
    """Automation flows ("autoresponders"): the list of flows, one flow with its elements, the flow's statistics
    for a period, and the statistics of each element of a flow.

    The flows operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncFlows`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_flows(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[FlowList]:
        """List automation flows: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_FLOWS,
            {
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_flow(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[FlowDetails]:
        """Get a flow with its elements and totals: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_FLOW,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_flow_stats_filtered(
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
    ) -> RawResponse[FlowDetailsFiltered]:
        """Get a flow's statistics for a period: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_FLOW_STATS_FILTERED,
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

    async def get_flow_total_stats(
        self,
        id: int,
        *,
        flow_type: FlowType | None = None,
        deleted: DeletedFlag | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[FlowTotalStats]:
        """Get the statistics of each element of a flow: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_FLOW_TOTAL_STATS,
            {
                "id": id,
                "flow_type": flow_type,
                "deleted": deleted,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncFlows:
    """Automation flows ("autoresponders"): the list of flows, one flow with its elements, the flow's statistics
    for a period, and the statistics of each element of a flow.

    The flows operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncFlowsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncFlowsWithRawResponse(self._runner)

    def list_flows(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[FlowListItem, FlowList]:
        """List automation flows

        One page of the account's automation flows, with each flow's ID (the **flow ID** the
        `/a360/autoresponders/{ID}` calls take), name, status and main settings (`main_data`). The answer has no
        total: page with `limit`/`offset` until a page is shorter than `limit`.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_FLOWS,
            {
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_flow(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> FlowDetails:
        """Get a flow with its elements and totals

        One flow (`autoresponder`) with its elements (`flows[]`) and its totals: contacts that started it
        (`starts`), waiting in it (`in_queue`), that finished it (`end_count`), messages sent and conversions.
        `ID` is the **flow ID**. Each element's `id` is the **element ID** that the `/a360/stats/...` calls take;
        its `af_type` tells which of them applies, and its `task` (the email, push or SMS message the element
        sends; null for elements that send nothing) has the shape of that type.
        """
        return self._runner._call(
            _GET_FLOW,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_flow_stats_filtered(
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
    ) -> SyncPaginator[FlowElement, FlowDetailsFiltered]:
        """Get a flow's statistics for a period

        The flow's information for the period in `filter`. `ID` is the **flow ID** (the seed labels it "Element ID",
        but this is a flow path and the seed calls the result "information about the flow").

        **Response assumed:** the seed documents no response. This spec assumes the shape of `get_flow`
        (`autoresponder`, `flows[]`, `starts`, `in_queue`, `end_count`, `send_messages`, `conversions`) with the
        counters for the period, possibly as numeric strings; every field is optional and the example is ours.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_FLOW_STATS_FILTERED,
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

    def get_flow_total_stats(
        self,
        id: int,
        *,
        flow_type: FlowType | None = None,
        deleted: DeletedFlag | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> FlowTotalStats:
        """Get the statistics of each element of a flow

        The flow (`autoresponder`) and one row of counters per element (`flows[]`), over the whole lifetime of the
        flow. `ID` is the **flow ID**; each row's `flow_id` is an **element ID**. `flow_type` limits the rows to one
        element type; `deleted=1` returns the statistics of the flow's deleted elements instead.
        Which counters a row has depends on its `type` (see `FlowElementTotalStats`); email rows name their error
        counter `error`, the others `errors`.
        """
        return self._runner._call(
            _GET_FLOW_TOTAL_STATS,
            {
                "id": id,
                "flow_type": flow_type,
                "deleted": deleted,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncFlowsWithRawResponse:
    """Automation flows ("autoresponders"): the list of flows, one flow with its elements, the flow's statistics
    for a period, and the statistics of each element of a flow.

    The flows operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncFlows`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_flows(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[FlowList]:
        """List automation flows: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_FLOWS,
            {
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_flow(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[FlowDetails]:
        """Get a flow with its elements and totals: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_FLOW,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_flow_stats_filtered(
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
    ) -> RawResponse[FlowDetailsFiltered]:
        """Get a flow's statistics for a period: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_FLOW_STATS_FILTERED,
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

    def get_flow_total_stats(
        self,
        id: int,
        *,
        flow_type: FlowType | None = None,
        deleted: DeletedFlag | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[FlowTotalStats]:
        """Get the statistics of each element of a flow: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_FLOW_TOTAL_STATS,
            {
                "id": id,
                "flow_type": flow_type,
                "deleted": deleted,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
