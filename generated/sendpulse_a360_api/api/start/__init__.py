"""The start operations: one module per operation, and the `AsyncStart` and
`SyncStart` namespaces with one method per operation (what `client.start` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models import StartAddress
    from ...models.sort_direction import SortDirection
    from ...models.start_address_list import StartAddressList
    from ...models.start_stats_response import StartStatsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncStart", "SyncStart"]


class AsyncStart:
    """The start operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_start_stats(
        self,
        id: int,
    ) -> StartStatsResponse:
        """Get the Start element's statistics

        Overall statistics of the flow's "Start" element (main trigger): how many times it was executed (contacts
        that started the flow) and how many contacts were removed from the flow. `ID` is the **element ID** of the
        Start element (`flows[].id` with `af_type: maintrigger` in `get_flow`); `data.flow_id` echoes it.
        """
        from . import get_start_stats as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_start_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> StartStatsResponse:
        """Get the Start element's statistics for a period

        The Start element's statistics for the period in `filter`: executions, removals and the last execution.
        `ID` is the **element ID** of the Start element. Counters come as numeric strings.
        """
        from . import get_start_stats_filtered as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_start_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | Unset = UNSET,
        sort_field: str | Unset = UNSET,
    ) -> AsyncPaginator[StartAddress, StartAddressList]:
        """List the contacts that started the flow

        One page of the contacts that triggered the Start element, with the time each entered the flow, and the
        total. `ID` is the **element ID** of the Start element; each row's `flow_id` echoes it.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_start_addresses as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "data",
            ("id",),
            id=id,
            limit=limit,
            offset=offset,
            sort_direction=sort_direction,
            sort_field=sort_field,
        )


class SyncStart:
    """The start operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_start_stats(
        self,
        id: int,
    ) -> StartStatsResponse:
        """Get the Start element's statistics

        Overall statistics of the flow's "Start" element (main trigger): how many times it was executed (contacts
        that started the flow) and how many contacts were removed from the flow. `ID` is the **element ID** of the
        Start element (`flows[].id` with `af_type: maintrigger` in `get_flow`); `data.flow_id` echoes it.
        """
        from . import get_start_stats as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_start_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> StartStatsResponse:
        """Get the Start element's statistics for a period

        The Start element's statistics for the period in `filter`: executions, removals and the last execution.
        `ID` is the **element ID** of the Start element. Counters come as numeric strings.
        """
        from . import get_start_stats_filtered as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_start_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | Unset = UNSET,
        sort_field: str | Unset = UNSET,
    ) -> SyncPaginator[StartAddress, StartAddressList]:
        """List the contacts that started the flow

        One page of the contacts that triggered the Start element, with the time each entered the flow, and the
        total. `ID` is the **element ID** of the Start element; each row's `flow_id` echoes it.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_start_addresses as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "data",
            ("id",),
            id=id,
            limit=limit,
            offset=offset,
            sort_direction=sort_direction,
            sort_field=sort_field,
        )
