"""The conversions operations: one module per operation, and the `AsyncConversions` and
`SyncConversions` namespaces with one method per operation (what `client.conversions` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models import Conversion
    from ...models.conversion_list import ConversionList
    from ...models.flow_conversions_response import FlowConversionsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncConversions", "SyncConversions"]


class AsyncConversions:
    """The conversions operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_flow_conversions(
        self,
        id: int,
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
        from . import get_flow_conversions as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_flow_conversions_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> FlowConversionsResponse:
        """Get a flow's conversion counts for a period

        The conversion counts of `get_flow_conversions` for the period in `filter`. `ID` is the **flow ID** (the
        seed writes it `{id}` and labels it "Element ID", but this is a flow path with the same answer as the flow
        call). The seed
        writes the example URL with `filter=json`: the value is the JSON date filter.
        """
        from . import get_flow_conversions_filtered as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    async def list_all_conversions(
        self,
        id: int,
    ) -> ConversionList:
        """List the contacts that converted, by either method

        The contacts that converted in a flow, by stopping it with an event (`conversion_type: maintrigger`) or by
        reaching a Goal element (`goal`), newest first in the seed's example, and the total. `ID` is the **flow
        ID**; each item's `flow_id` is the **element ID** of the Start or Goal element it converted at. The seed
        documents no paging parameters for this call.
        """
        from . import list_all_conversions as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def list_maintrigger_conversions(
        self,
        id: int,
    ) -> ConversionList:
        """List the contacts that converted by stopping the flow with an event

        The conversions made with the "stop flow by event" option of the Start element, and their total. `ID` is
        the **flow ID**; each item's `flow_id` is the **element ID** of the Start element. The seed documents no
        paging parameters for this call.
        """
        from . import list_maintrigger_conversions as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def list_goal_conversions(
        self,
        id: int,
    ) -> ConversionList:
        """List the contacts that converted by reaching a Goal element

        The conversions made by reaching any Goal element of the flow, and their total. `ID` is the **flow ID**;
        each item's `flow_id` is the **element ID** of the Goal element reached. The seed documents no paging
        parameters for this call. (The filtered variant's path is written `goals`, plural.)
        """
        from . import list_goal_conversions as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def list_goal_element_conversions(
        self,
        id: int,
        goal_id: int,
    ) -> ConversionList:
        """List the contacts that reached one Goal element

        The conversions made by reaching one Goal element, and their total. `ID` is the **flow ID**; `goalId` is
        the **element ID** of the Goal element (the seed writes it `{{goalID}}` here and `{goalId}` in the filtered
        variant; this spec writes `{goalId}` in both). The seed documents no paging parameters for this call.
        """
        from . import list_goal_element_conversions as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "goal_id",
            ),
            id=id,
            goal_id=goal_id,
        )

    def list_all_conversions_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> AsyncPaginator[Conversion, ConversionList]:
        """List the contacts that converted, by either method, in a period

        The conversions of `list_all_conversions` in the period in `filter`, one page at a time. `ID` is the
        **flow ID** (the seed's table labels it "Element ID").

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_all_conversions_filtered as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "items",
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_maintrigger_conversions_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> AsyncPaginator[Conversion, ConversionList]:
        """List the contacts that stopped the flow with an event, in a period

        The conversions of `list_maintrigger_conversions` in the period in `filter`, one page at a time. `ID` is
        the **flow ID**.

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_maintrigger_conversions_filtered as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "items",
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_goal_conversions_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
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
        from . import list_goal_conversions_filtered as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "items",
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_goal_element_conversions_filtered(
        self,
        id: int,
        goal_id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> AsyncPaginator[Conversion, ConversionList]:
        """List the contacts that reached one Goal element, in a period

        The conversions of `list_goal_element_conversions` in the period in `filter`, one page at a time. `ID` is
        the **flow ID**; `goalId` is the **element ID** of the Goal element.

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_goal_element_conversions_filtered as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "items",
            (
                "id",
                "goal_id",
            ),
            id=id,
            goal_id=goal_id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )


class SyncConversions:
    """The conversions operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_flow_conversions(
        self,
        id: int,
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
        from . import get_flow_conversions as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_flow_conversions_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> FlowConversionsResponse:
        """Get a flow's conversion counts for a period

        The conversion counts of `get_flow_conversions` for the period in `filter`. `ID` is the **flow ID** (the
        seed writes it `{id}` and labels it "Element ID", but this is a flow path with the same answer as the flow
        call). The seed
        writes the example URL with `filter=json`: the value is the JSON date filter.
        """
        from . import get_flow_conversions_filtered as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_all_conversions(
        self,
        id: int,
    ) -> ConversionList:
        """List the contacts that converted, by either method

        The contacts that converted in a flow, by stopping it with an event (`conversion_type: maintrigger`) or by
        reaching a Goal element (`goal`), newest first in the seed's example, and the total. `ID` is the **flow
        ID**; each item's `flow_id` is the **element ID** of the Start or Goal element it converted at. The seed
        documents no paging parameters for this call.
        """
        from . import list_all_conversions as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def list_maintrigger_conversions(
        self,
        id: int,
    ) -> ConversionList:
        """List the contacts that converted by stopping the flow with an event

        The conversions made with the "stop flow by event" option of the Start element, and their total. `ID` is
        the **flow ID**; each item's `flow_id` is the **element ID** of the Start element. The seed documents no
        paging parameters for this call.
        """
        from . import list_maintrigger_conversions as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def list_goal_conversions(
        self,
        id: int,
    ) -> ConversionList:
        """List the contacts that converted by reaching a Goal element

        The conversions made by reaching any Goal element of the flow, and their total. `ID` is the **flow ID**;
        each item's `flow_id` is the **element ID** of the Goal element reached. The seed documents no paging
        parameters for this call. (The filtered variant's path is written `goals`, plural.)
        """
        from . import list_goal_conversions as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def list_goal_element_conversions(
        self,
        id: int,
        goal_id: int,
    ) -> ConversionList:
        """List the contacts that reached one Goal element

        The conversions made by reaching one Goal element, and their total. `ID` is the **flow ID**; `goalId` is
        the **element ID** of the Goal element (the seed writes it `{{goalID}}` here and `{goalId}` in the filtered
        variant; this spec writes `{goalId}` in both). The seed documents no paging parameters for this call.
        """
        from . import list_goal_element_conversions as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "goal_id",
            ),
            id=id,
            goal_id=goal_id,
        )

    def list_all_conversions_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> SyncPaginator[Conversion, ConversionList]:
        """List the contacts that converted, by either method, in a period

        The conversions of `list_all_conversions` in the period in `filter`, one page at a time. `ID` is the
        **flow ID** (the seed's table labels it "Element ID").

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_all_conversions_filtered as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "items",
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_maintrigger_conversions_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> SyncPaginator[Conversion, ConversionList]:
        """List the contacts that stopped the flow with an event, in a period

        The conversions of `list_maintrigger_conversions` in the period in `filter`, one page at a time. `ID` is
        the **flow ID**.

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_maintrigger_conversions_filtered as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "items",
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_goal_conversions_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
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
        from . import list_goal_conversions_filtered as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "items",
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_goal_element_conversions_filtered(
        self,
        id: int,
        goal_id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> SyncPaginator[Conversion, ConversionList]:
        """List the contacts that reached one Goal element, in a period

        The conversions of `list_goal_element_conversions` in the period in `filter`, one page at a time. `ID` is
        the **flow ID**; `goalId` is the **element ID** of the Goal element.

        **Response assumed:** the seed documents no response; this spec assumes the `{total, items}` shape of the
        unfiltered list. Every field is optional and the example is ours.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_goal_element_conversions_filtered as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "items",
            (
                "id",
                "goal_id",
            ),
            id=id,
            goal_id=goal_id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )
