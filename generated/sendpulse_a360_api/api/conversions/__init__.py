"""The conversions operations: one module per operation, its descriptor, and the `AsyncConversions` and
`SyncConversions` namespaces with one method per operation (what `client.conversions` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models import Conversion
    from ...models.conversion_list import ConversionList
    from ...models.flow_conversions_response import FlowConversionsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncConversions",
    "AsyncConversionsWithRawResponse",
    "SyncConversions",
    "SyncConversionsWithRawResponse",
]


_GET_FLOW_CONVERSIONS = op.Operation(
    name="get_flow_conversions",
    module=__name__ + ".get_flow_conversions",
    method="GET",
    path="/a360/autoresponders/{id}/conversions",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="FlowConversionsResponse",
)


_GET_FLOW_CONVERSIONS_FILTERED = op.Operation(
    name="get_flow_conversions_filtered",
    module=__name__ + ".get_flow_conversions_filtered",
    method="GET",
    path="/a360/autoresponders/{id}/conversions/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="FlowConversionsResponse",
)


_LIST_ALL_CONVERSIONS = op.Operation(
    name="list_all_conversions",
    module=__name__ + ".list_all_conversions",
    method="GET",
    path="/a360/autoresponders/{id}/conversions/list/all",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="ConversionList",
)


_LIST_MAINTRIGGER_CONVERSIONS = op.Operation(
    name="list_maintrigger_conversions",
    module=__name__ + ".list_maintrigger_conversions",
    method="GET",
    path="/a360/autoresponders/{id}/conversions/list/maintrigger",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="ConversionList",
)


_LIST_GOAL_CONVERSIONS = op.Operation(
    name="list_goal_conversions",
    module=__name__ + ".list_goal_conversions",
    method="GET",
    path="/a360/autoresponders/{id}/conversions/list/goal",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="ConversionList",
)


_LIST_GOAL_ELEMENT_CONVERSIONS = op.Operation(
    name="list_goal_element_conversions",
    module=__name__ + ".list_goal_element_conversions",
    method="GET",
    path="/a360/autoresponders/{id}/conversions/list/goal/{goal_id}",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("goal_id", "goalId", "path", op.INT),
    ),
    success="ConversionList",
)


_LIST_ALL_CONVERSIONS_FILTERED = op.Operation(
    name="list_all_conversions_filtered",
    module=__name__ + ".list_all_conversions_filtered",
    method="GET",
    path="/a360/autoresponders/{id}/conversions/list/all/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="ConversionList",
    paging=op.OffsetPaging("limit", "offset"),
    items_field="items",
)


_LIST_MAINTRIGGER_CONVERSIONS_FILTERED = op.Operation(
    name="list_maintrigger_conversions_filtered",
    module=__name__ + ".list_maintrigger_conversions_filtered",
    method="GET",
    path="/a360/autoresponders/{id}/conversions/list/maintrigger/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="ConversionList",
    paging=op.OffsetPaging("limit", "offset"),
    items_field="items",
)


_LIST_GOAL_CONVERSIONS_FILTERED = op.Operation(
    name="list_goal_conversions_filtered",
    module=__name__ + ".list_goal_conversions_filtered",
    method="GET",
    path="/a360/autoresponders/{id}/conversions/list/goals/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="ConversionList",
    paging=op.OffsetPaging("limit", "offset"),
    items_field="items",
)


_LIST_GOAL_ELEMENT_CONVERSIONS_FILTERED = op.Operation(
    name="list_goal_element_conversions_filtered",
    module=__name__ + ".list_goal_element_conversions_filtered",
    method="GET",
    path="/a360/autoresponders/{id}/conversions/list/goal/{goal_id}/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("goal_id", "goalId", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="ConversionList",
    paging=op.OffsetPaging("limit", "offset"),
    items_field="items",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_flow_conversions": _GET_FLOW_CONVERSIONS,
    "get_flow_conversions_filtered": _GET_FLOW_CONVERSIONS_FILTERED,
    "list_all_conversions": _LIST_ALL_CONVERSIONS,
    "list_maintrigger_conversions": _LIST_MAINTRIGGER_CONVERSIONS,
    "list_goal_conversions": _LIST_GOAL_CONVERSIONS,
    "list_goal_element_conversions": _LIST_GOAL_ELEMENT_CONVERSIONS,
    "list_all_conversions_filtered": _LIST_ALL_CONVERSIONS_FILTERED,
    "list_maintrigger_conversions_filtered": _LIST_MAINTRIGGER_CONVERSIONS_FILTERED,
    "list_goal_conversions_filtered": _LIST_GOAL_CONVERSIONS_FILTERED,
    "list_goal_element_conversions_filtered": _LIST_GOAL_ELEMENT_CONVERSIONS_FILTERED,
}


class AsyncConversions:
    """Conversions of a flow: a contact either stops the flow with an event (enabled in the Start element's
    options, `maintrigger` conversions) or reaches a "Goal" element (`goal` conversions).

    The conversions operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncConversionsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncConversionsWithRawResponse(self._runner)

    async def get_flow_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> FlowConversionsResponse:
        """Get a flow's conversion counts

        How many conversions a flow had, in total and per type: `maintrigger_conversions` (the flow stopped by an
        event, as enabled in the Start element's options) and `goal_conversions` (a Goal element reached), with the
        Start element and each Goal element and their own counts. `total_conversions` equals
        `maintrigger_conversions + goal_conversions`, and `goal_conversions` the sum of `goals[].conversions`.
        `ID` is the **flow ID** (the seed writes it `{id}` in this path; the name of a path parameter is not sent,
        so the URL is the same); `maintrigger.id` and `goals[].id` are element IDs (a goal's is the `goalId` of the
        goal conversion lists).
        """
        return await self._runner._call(
            _GET_FLOW_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_flow_conversions_filtered(
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
    ) -> FlowConversionsResponse:
        """Get a flow's conversion counts for a period

        The conversion counts of `get_flow_conversions` for the period in `filter`. `ID` is the **flow ID** (the
        seed writes it `{id}` and labels it "Element ID", but this is a flow path with the same answer as the flow
        call). The seed
        writes the example URL with `filter=json`: the value is the JSON date filter.
        """
        return await self._runner._call(
            _GET_FLOW_CONVERSIONS_FILTERED,
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

    async def list_all_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ConversionList:
        """List the contacts that converted, by either method

        The contacts that converted in a flow, by stopping it with an event (`conversion_type: maintrigger`) or by
        reaching a Goal element (`goal`), newest first in the seed's example, and the total. `ID` is the **flow
        ID**; each item's `flow_id` is the **element ID** of the Start or Goal element it converted at. The seed
        documents no paging parameters for this call.
        """
        return await self._runner._call(
            _LIST_ALL_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_maintrigger_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ConversionList:
        """List the contacts that converted by stopping the flow with an event

        The conversions made with the "stop flow by event" option of the Start element, and their total. `ID` is
        the **flow ID**; each item's `flow_id` is the **element ID** of the Start element. The seed documents no
        paging parameters for this call.
        """
        return await self._runner._call(
            _LIST_MAINTRIGGER_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_goal_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ConversionList:
        """List the contacts that converted by reaching a Goal element

        The conversions made by reaching any Goal element of the flow, and their total. `ID` is the **flow ID**;
        each item's `flow_id` is the **element ID** of the Goal element reached. The seed documents no paging
        parameters for this call. (The filtered variant's path is written `goals`, plural.)
        """
        return await self._runner._call(
            _LIST_GOAL_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_goal_element_conversions(
        self,
        id: int,
        goal_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ConversionList:
        """List the contacts that reached one Goal element

        The conversions made by reaching one Goal element, and their total. `ID` is the **flow ID**; `goalId` is
        the **element ID** of the Goal element (the seed writes it `{{goalID}}` here and `{goalId}` in the filtered
        variant; this spec writes `{goalId}` in both). The seed documents no paging parameters for this call.
        """
        return await self._runner._call(
            _LIST_GOAL_ELEMENT_CONVERSIONS,
            {
                "id": id,
                "goal_id": goal_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_all_conversions_filtered(
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
    ) -> AsyncPaginator[Conversion, ConversionList]:
        """List the contacts that converted, by either method, in a period

        The conversions of `list_all_conversions` in the period in `filter`, one page at a time. `ID` is the
        **flow ID** (the seed's table labels it "Element ID").

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_ALL_CONVERSIONS_FILTERED,
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

    def list_maintrigger_conversions_filtered(
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
    ) -> AsyncPaginator[Conversion, ConversionList]:
        """List the contacts that stopped the flow with an event, in a period

        The conversions of `list_maintrigger_conversions` in the period in `filter`, one page at a time. `ID` is
        the **flow ID**.

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_MAINTRIGGER_CONVERSIONS_FILTERED,
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

    def list_goal_conversions_filtered(
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
    ) -> AsyncPaginator[Conversion, ConversionList]:
        """List the contacts that reached a Goal element, in a period

        The conversions of `list_goal_conversions` in the period in `filter`, one page at a time. `ID` is the
        **flow ID**.

        The path keeps the seed's plural `goals`, although the unfiltered call (`/conversions/list/goal`) and the
        per-goal filtered call (`/conversions/list/goal/{goalId}/group-stat-filtered`) are singular. Whether the
        server also answers on `/conversions/list/goal/group-stat-filtered` is unknown; SDKs should let callers
        override the segment.

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_GOAL_CONVERSIONS_FILTERED,
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

    def list_goal_element_conversions_filtered(
        self,
        id: int,
        goal_id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[Conversion, ConversionList]:
        """List the contacts that reached one Goal element, in a period

        The conversions of `list_goal_element_conversions` in the period in `filter`, one page at a time. `ID` is
        the **flow ID**; `goalId` is the **element ID** of the Goal element.

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_GOAL_ELEMENT_CONVERSIONS_FILTERED,
            {
                "id": id,
                "goal_id": goal_id,
                "filter_": filter_,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncConversionsWithRawResponse:
    """Conversions of a flow: a contact either stops the flow with an event (enabled in the Start element's
    options, `maintrigger` conversions) or reaches a "Goal" element (`goal` conversions).

    The conversions operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncConversions`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_flow_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[FlowConversionsResponse]:
        """Get a flow's conversion counts: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_FLOW_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_flow_conversions_filtered(
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
    ) -> RawResponse[FlowConversionsResponse]:
        """Get a flow's conversion counts for a period: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_FLOW_CONVERSIONS_FILTERED,
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

    async def list_all_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ConversionList]:
        """List the contacts that converted, by either method: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_ALL_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_maintrigger_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ConversionList]:
        """List the contacts that converted by stopping the flow with an event: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_MAINTRIGGER_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_goal_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ConversionList]:
        """List the contacts that converted by reaching a Goal element: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_GOAL_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_goal_element_conversions(
        self,
        id: int,
        goal_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ConversionList]:
        """List the contacts that reached one Goal element: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_GOAL_ELEMENT_CONVERSIONS,
            {
                "id": id,
                "goal_id": goal_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_all_conversions_filtered(
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
    ) -> RawResponse[ConversionList]:
        """List the contacts that converted, by either method, in a period: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_ALL_CONVERSIONS_FILTERED,
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

    async def list_maintrigger_conversions_filtered(
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
    ) -> RawResponse[ConversionList]:
        """List the contacts that stopped the flow with an event, in a period: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_MAINTRIGGER_CONVERSIONS_FILTERED,
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

    async def list_goal_conversions_filtered(
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
    ) -> RawResponse[ConversionList]:
        """List the contacts that reached a Goal element, in a period: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_GOAL_CONVERSIONS_FILTERED,
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

    async def list_goal_element_conversions_filtered(
        self,
        id: int,
        goal_id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ConversionList]:
        """List the contacts that reached one Goal element, in a period: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_GOAL_ELEMENT_CONVERSIONS_FILTERED,
            {
                "id": id,
                "goal_id": goal_id,
                "filter_": filter_,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncConversions:
    """Conversions of a flow: a contact either stops the flow with an event (enabled in the Start element's
    options, `maintrigger` conversions) or reaches a "Goal" element (`goal` conversions).

    The conversions operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncConversionsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncConversionsWithRawResponse(self._runner)

    def get_flow_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> FlowConversionsResponse:
        """Get a flow's conversion counts

        How many conversions a flow had, in total and per type: `maintrigger_conversions` (the flow stopped by an
        event, as enabled in the Start element's options) and `goal_conversions` (a Goal element reached), with the
        Start element and each Goal element and their own counts. `total_conversions` equals
        `maintrigger_conversions + goal_conversions`, and `goal_conversions` the sum of `goals[].conversions`.
        `ID` is the **flow ID** (the seed writes it `{id}` in this path; the name of a path parameter is not sent,
        so the URL is the same); `maintrigger.id` and `goals[].id` are element IDs (a goal's is the `goalId` of the
        goal conversion lists).
        """
        return self._runner._call(
            _GET_FLOW_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_flow_conversions_filtered(
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
    ) -> FlowConversionsResponse:
        """Get a flow's conversion counts for a period

        The conversion counts of `get_flow_conversions` for the period in `filter`. `ID` is the **flow ID** (the
        seed writes it `{id}` and labels it "Element ID", but this is a flow path with the same answer as the flow
        call). The seed
        writes the example URL with `filter=json`: the value is the JSON date filter.
        """
        return self._runner._call(
            _GET_FLOW_CONVERSIONS_FILTERED,
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

    def list_all_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ConversionList:
        """List the contacts that converted, by either method

        The contacts that converted in a flow, by stopping it with an event (`conversion_type: maintrigger`) or by
        reaching a Goal element (`goal`), newest first in the seed's example, and the total. `ID` is the **flow
        ID**; each item's `flow_id` is the **element ID** of the Start or Goal element it converted at. The seed
        documents no paging parameters for this call.
        """
        return self._runner._call(
            _LIST_ALL_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_maintrigger_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ConversionList:
        """List the contacts that converted by stopping the flow with an event

        The conversions made with the "stop flow by event" option of the Start element, and their total. `ID` is
        the **flow ID**; each item's `flow_id` is the **element ID** of the Start element. The seed documents no
        paging parameters for this call.
        """
        return self._runner._call(
            _LIST_MAINTRIGGER_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_goal_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ConversionList:
        """List the contacts that converted by reaching a Goal element

        The conversions made by reaching any Goal element of the flow, and their total. `ID` is the **flow ID**;
        each item's `flow_id` is the **element ID** of the Goal element reached. The seed documents no paging
        parameters for this call. (The filtered variant's path is written `goals`, plural.)
        """
        return self._runner._call(
            _LIST_GOAL_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_goal_element_conversions(
        self,
        id: int,
        goal_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ConversionList:
        """List the contacts that reached one Goal element

        The conversions made by reaching one Goal element, and their total. `ID` is the **flow ID**; `goalId` is
        the **element ID** of the Goal element (the seed writes it `{{goalID}}` here and `{goalId}` in the filtered
        variant; this spec writes `{goalId}` in both). The seed documents no paging parameters for this call.
        """
        return self._runner._call(
            _LIST_GOAL_ELEMENT_CONVERSIONS,
            {
                "id": id,
                "goal_id": goal_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_all_conversions_filtered(
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
    ) -> SyncPaginator[Conversion, ConversionList]:
        """List the contacts that converted, by either method, in a period

        The conversions of `list_all_conversions` in the period in `filter`, one page at a time. `ID` is the
        **flow ID** (the seed's table labels it "Element ID").

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_ALL_CONVERSIONS_FILTERED,
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

    def list_maintrigger_conversions_filtered(
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
    ) -> SyncPaginator[Conversion, ConversionList]:
        """List the contacts that stopped the flow with an event, in a period

        The conversions of `list_maintrigger_conversions` in the period in `filter`, one page at a time. `ID` is
        the **flow ID**.

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_MAINTRIGGER_CONVERSIONS_FILTERED,
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

    def list_goal_conversions_filtered(
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
    ) -> SyncPaginator[Conversion, ConversionList]:
        """List the contacts that reached a Goal element, in a period

        The conversions of `list_goal_conversions` in the period in `filter`, one page at a time. `ID` is the
        **flow ID**.

        The path keeps the seed's plural `goals`, although the unfiltered call (`/conversions/list/goal`) and the
        per-goal filtered call (`/conversions/list/goal/{goalId}/group-stat-filtered`) are singular. Whether the
        server also answers on `/conversions/list/goal/group-stat-filtered` is unknown; SDKs should let callers
        override the segment.

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_GOAL_CONVERSIONS_FILTERED,
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

    def list_goal_element_conversions_filtered(
        self,
        id: int,
        goal_id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[Conversion, ConversionList]:
        """List the contacts that reached one Goal element, in a period

        The conversions of `list_goal_element_conversions` in the period in `filter`, one page at a time. `ID` is
        the **flow ID**; `goalId` is the **element ID** of the Goal element.

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_GOAL_ELEMENT_CONVERSIONS_FILTERED,
            {
                "id": id,
                "goal_id": goal_id,
                "filter_": filter_,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncConversionsWithRawResponse:
    """Conversions of a flow: a contact either stops the flow with an event (enabled in the Start element's
    options, `maintrigger` conversions) or reaches a "Goal" element (`goal` conversions).

    The conversions operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncConversions`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_flow_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[FlowConversionsResponse]:
        """Get a flow's conversion counts: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_FLOW_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_flow_conversions_filtered(
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
    ) -> RawResponse[FlowConversionsResponse]:
        """Get a flow's conversion counts for a period: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_FLOW_CONVERSIONS_FILTERED,
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

    def list_all_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ConversionList]:
        """List the contacts that converted, by either method: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_ALL_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_maintrigger_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ConversionList]:
        """List the contacts that converted by stopping the flow with an event: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_MAINTRIGGER_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_goal_conversions(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ConversionList]:
        """List the contacts that converted by reaching a Goal element: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_GOAL_CONVERSIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_goal_element_conversions(
        self,
        id: int,
        goal_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ConversionList]:
        """List the contacts that reached one Goal element: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_GOAL_ELEMENT_CONVERSIONS,
            {
                "id": id,
                "goal_id": goal_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_all_conversions_filtered(
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
    ) -> RawResponse[ConversionList]:
        """List the contacts that converted, by either method, in a period: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_ALL_CONVERSIONS_FILTERED,
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

    def list_maintrigger_conversions_filtered(
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
    ) -> RawResponse[ConversionList]:
        """List the contacts that stopped the flow with an event, in a period: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_MAINTRIGGER_CONVERSIONS_FILTERED,
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

    def list_goal_conversions_filtered(
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
    ) -> RawResponse[ConversionList]:
        """List the contacts that reached a Goal element, in a period: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_GOAL_CONVERSIONS_FILTERED,
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

    def list_goal_element_conversions_filtered(
        self,
        id: int,
        goal_id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ConversionList]:
        """List the contacts that reached one Goal element, in a period: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_GOAL_ELEMENT_CONVERSIONS_FILTERED,
            {
                "id": id,
                "goal_id": goal_id,
                "filter_": filter_,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
