"""The flows operations: one module per operation, and the `AsyncFlows` and
`SyncFlows` namespaces with one method per operation (what `client.flows` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models import FlowElement, FlowListItem
    from ...models.deleted_flag import DeletedFlag
    from ...models.flow_details import FlowDetails
    from ...models.flow_details_filtered import FlowDetailsFiltered
    from ...models.flow_list import FlowList
    from ...models.flow_total_stats import FlowTotalStats
    from ...models.flow_type import FlowType
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncFlows", "SyncFlows"]


class AsyncFlows:
    """The flows operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list_flows(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
    ) -> AsyncPaginator[FlowListItem, FlowList]:
        """List automation flows

        One page of the account's automation flows, with each flow's ID (the **flow ID** the
        `/a360/autoresponders/{ID}` calls take), name, status and main settings (`main_data`). The answer has no
        total: page with `limit`/`offset` until a page is shorter than `limit`.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_flows as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "data",
            (),
            limit=limit,
            offset=offset,
        )

    async def get_flow(
        self,
        id: int,
    ) -> FlowDetails:
        """Get a flow with its elements and totals

        One flow (`autoresponder`) with its elements (`flows[]`) and its totals: contacts that started it
        (`starts`), waiting in it (`in_queue`), that finished it (`end_count`), messages sent and conversions.
        `ID` is the **flow ID**. Each element's `id` is the **element ID** that the `/a360/stats/...` calls take;
        its `af_type` tells which of them applies, and its `task` (the email, push or SMS message the element
        sends; null for elements that send nothing) has the shape of that type.
        """
        from . import get_flow as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_flow_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> AsyncPaginator[FlowElement, FlowDetailsFiltered]:
        """Get a flow's statistics for a period

        The flow's information for the period in `filter`. `ID` is the **flow ID** (the seed labels it "Element ID",
        but this is a flow path and the seed calls the result "information about the flow").

        **Response assumed:** the seed documents no response. This spec assumes the shape of `get_flow`
        (`autoresponder`, `flows[]`, `starts`, `in_queue`, `end_count`, `send_messages`, `conversions`) with the
        counters for the period, possibly as numeric strings; every field is optional and the example is ours.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_flow_stats_filtered as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "flows",
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    async def get_flow_total_stats(
        self,
        id: int,
        *,
        flow_type: FlowType | Unset = UNSET,
        deleted: DeletedFlag | Unset = UNSET,
    ) -> FlowTotalStats:
        """Get the statistics of each element of a flow

        The flow (`autoresponder`) and one row of counters per element (`flows[]`), over the whole lifetime of the
        flow. `ID` is the **flow ID**; each row's `flow_id` is an **element ID**. `flow_type` limits the rows to one
        element type; `deleted=1` returns the statistics of the flow's deleted elements instead.
        Which counters a row has depends on its `type` (see `FlowElementTotalStats`); email rows name their error
        counter `error`, the others `errors`.
        """
        from . import get_flow_total_stats as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            flow_type=flow_type,
            deleted=deleted,
        )


class SyncFlows:
    """The flows operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_flows(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
    ) -> SyncPaginator[FlowListItem, FlowList]:
        """List automation flows

        One page of the account's automation flows, with each flow's ID (the **flow ID** the
        `/a360/autoresponders/{ID}` calls take), name, status and main settings (`main_data`). The answer has no
        total: page with `limit`/`offset` until a page is shorter than `limit`.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_flows as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "data",
            (),
            limit=limit,
            offset=offset,
        )

    def get_flow(
        self,
        id: int,
    ) -> FlowDetails:
        """Get a flow with its elements and totals

        One flow (`autoresponder`) with its elements (`flows[]`) and its totals: contacts that started it
        (`starts`), waiting in it (`in_queue`), that finished it (`end_count`), messages sent and conversions.
        `ID` is the **flow ID**. Each element's `id` is the **element ID** that the `/a360/stats/...` calls take;
        its `af_type` tells which of them applies, and its `task` (the email, push or SMS message the element
        sends; null for elements that send nothing) has the shape of that type.
        """
        from . import get_flow as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_flow_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> SyncPaginator[FlowElement, FlowDetailsFiltered]:
        """Get a flow's statistics for a period

        The flow's information for the period in `filter`. `ID` is the **flow ID** (the seed labels it "Element ID",
        but this is a flow path and the seed calls the result "information about the flow").

        **Response assumed:** the seed documents no response. This spec assumes the shape of `get_flow`
        (`autoresponder`, `flows[]`, `starts`, `in_queue`, `end_count`, `send_messages`, `conversions`) with the
        counters for the period, possibly as numeric strings; every field is optional and the example is ours.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_flow_stats_filtered as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "flows",
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def get_flow_total_stats(
        self,
        id: int,
        *,
        flow_type: FlowType | Unset = UNSET,
        deleted: DeletedFlag | Unset = UNSET,
    ) -> FlowTotalStats:
        """Get the statistics of each element of a flow

        The flow (`autoresponder`) and one row of counters per element (`flows[]`), over the whole lifetime of the
        flow. `ID` is the **flow ID**; each row's `flow_id` is an **element ID**. `flow_type` limits the rows to one
        element type; `deleted=1` returns the statistics of the flow's deleted elements instead.
        Which counters a row has depends on its `type` (see `FlowElementTotalStats`); email rows name their error
        counter `error`, the others `errors`.
        """
        from . import get_flow_total_stats as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            flow_type=flow_type,
            deleted=deleted,
        )
