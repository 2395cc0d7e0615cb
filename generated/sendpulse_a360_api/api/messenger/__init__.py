"""The messenger operations: one module per operation, and the `AsyncMessenger` and
`SyncMessenger` namespaces with one method per operation (what `client.messenger` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.messenger_stats_response import MessengerStatsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncMessenger", "SyncMessenger"]


class AsyncMessenger:
    """The messenger operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_messenger_stats(
        self,
        id: int,
    ) -> MessengerStatsResponse:
        """Get a Messenger element's statistics

        Overall statistics of a "Messenger" element: executions, messages sent and the last send. `ID` is the
        **element ID** of the Messenger element (`flows[].id` with `af_type: messenger` in `get_flow`; the seed's
        element-type table does not list `messenger`).
        """
        from . import get_messenger_stats as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_messenger_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> MessengerStatsResponse:
        """Get a Messenger element's statistics for a period

        A Messenger element's counters for the period in `filter`, as numeric strings, and its last send. `ID` is
        the **element ID** of the Messenger element.
        """
        from . import get_messenger_stats_filtered as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )


class SyncMessenger:
    """The messenger operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_messenger_stats(
        self,
        id: int,
    ) -> MessengerStatsResponse:
        """Get a Messenger element's statistics

        Overall statistics of a "Messenger" element: executions, messages sent and the last send. `ID` is the
        **element ID** of the Messenger element (`flows[].id` with `af_type: messenger` in `get_flow`; the seed's
        element-type table does not list `messenger`).
        """
        from . import get_messenger_stats as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_messenger_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> MessengerStatsResponse:
        """Get a Messenger element's statistics for a period

        A Messenger element's counters for the period in `filter`, as numeric strings, and its last send. `ID` is
        the **element ID** of the Messenger element.
        """
        from . import get_messenger_stats_filtered as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )
