"""The push operations: one module per operation, and the `AsyncPush` and
`SyncPush` namespaces with one method per operation (what `client.push` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models import PushAddress
    from ...models.push_address_list import PushAddressList
    from ...models.push_stats_response import PushStatsResponse
    from ...models.sort_direction import SortDirection
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncPush", "SyncPush"]


class AsyncPush:
    """The push operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_push_stats(
        self,
        id: int,
    ) -> PushStatsResponse:
        """Get a Push element's statistics

        Overall statistics of a "Push" element: notifications sent, delivered, clicked and failed, and the last
        send. `ID` is the **element ID** of the Push element (`flows[].id` with `af_type: push` in `get_flow`).
        """
        from . import get_push_stats as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_push_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> PushStatsResponse:
        """Get a Push element's statistics for a period

        A Push element's counters for the period in `filter`, as numeric strings, and its last send. `ID` is the
        **element ID** of the Push element.
        """
        from . import get_push_stats_filtered as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_push_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | Unset = UNSET,
        sort_field: str | Unset = UNSET,
    ) -> AsyncPaginator[PushAddress, PushAddressList]:
        """List the subscribers a Push element notified

        One page of the subscribers a Push element sent to, with the sent, delivered and clicked flags of each, and
        the total. `ID` is the **element ID** of the Push element. The seed's example URL omits `sortDirection` and
        `sortField`, but its parameter table lists them.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_push_addresses as operation

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


class SyncPush:
    """The push operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_push_stats(
        self,
        id: int,
    ) -> PushStatsResponse:
        """Get a Push element's statistics

        Overall statistics of a "Push" element: notifications sent, delivered, clicked and failed, and the last
        send. `ID` is the **element ID** of the Push element (`flows[].id` with `af_type: push` in `get_flow`).
        """
        from . import get_push_stats as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_push_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> PushStatsResponse:
        """Get a Push element's statistics for a period

        A Push element's counters for the period in `filter`, as numeric strings, and its last send. `ID` is the
        **element ID** of the Push element.
        """
        from . import get_push_stats_filtered as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_push_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | Unset = UNSET,
        sort_field: str | Unset = UNSET,
    ) -> SyncPaginator[PushAddress, PushAddressList]:
        """List the subscribers a Push element notified

        One page of the subscribers a Push element sent to, with the sent, delivered and clicked flags of each, and
        the total. `ID` is the **element ID** of the Push element. The seed's example URL omits `sortDirection` and
        `sortField`, but its parameter table lists them.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_push_addresses as operation

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
