"""The filter_ operations: one module per operation, and the `AsyncFilter` and
`SyncFilter` namespaces with one method per operation (what `client.filter_` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.filter_stats_response import FilterStatsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncFilter", "SyncFilter"]


class AsyncFilter:
    """The filter_ operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_filter_stats(
        self,
        id: int,
    ) -> FilterStatsResponse:
        """Get a Filter element's statistics

        Overall statistics of a "Filter" element: executions and the last execution, and, counted since
        2020-11-30 only, how many contacts matched (`positive`), did not match (`negative`) or stopped (`stopped`).
        `executed` and `last_send` cover the whole lifetime. `ID` is the **element ID** of the Filter element
        (`flows[].id` with `af_type: filter` in `get_flow`).
        """
        from . import get_filter_stats as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_filter_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> FilterStatsResponse:
        """Get a Filter element's statistics for a period

        A Filter element's statistics for the period in `filter`. `ID` is the **element ID** of the Filter element.
        The seed's example shows `flow_id` and integer counters here (other filtered calls show strings); the
        `positive`/`negative`/`stopped` counters exist only from 2020-11-30 on.
        """
        from . import get_filter_stats_filtered as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )


class SyncFilter:
    """The filter_ operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_filter_stats(
        self,
        id: int,
    ) -> FilterStatsResponse:
        """Get a Filter element's statistics

        Overall statistics of a "Filter" element: executions and the last execution, and, counted since
        2020-11-30 only, how many contacts matched (`positive`), did not match (`negative`) or stopped (`stopped`).
        `executed` and `last_send` cover the whole lifetime. `ID` is the **element ID** of the Filter element
        (`flows[].id` with `af_type: filter` in `get_flow`).
        """
        from . import get_filter_stats as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_filter_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> FilterStatsResponse:
        """Get a Filter element's statistics for a period

        A Filter element's statistics for the period in `filter`. `ID` is the **element ID** of the Filter element.
        The seed's example shows `flow_id` and integer counters here (other filtered calls show strings); the
        `positive`/`negative`/`stopped` counters exist only from 2020-11-30 on.
        """
        from . import get_filter_stats_filtered as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )
