"""The messenger operations: one module per operation, its descriptor, and the `AsyncMessenger` and
`SyncMessenger` namespaces with one method per operation (what `client.messenger` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.messenger_stats_response import MessengerStatsResponse
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncMessenger",
    "AsyncMessengerWithRawResponse",
    "SyncMessenger",
    "SyncMessengerWithRawResponse",
]


_GET_MESSENGER_STATS = op.Operation(
    name="get_messenger_stats",
    module=__name__ + ".get_messenger_stats",
    method="GET",
    path="/a360/stats/messenger/{id}/group-stat",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="MessengerStatsResponse",
)


_GET_MESSENGER_STATS_FILTERED = op.Operation(
    name="get_messenger_stats_filtered",
    module=__name__ + ".get_messenger_stats_filtered",
    method="GET",
    path="/a360/stats/messenger/{id}/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="MessengerStatsResponse",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_messenger_stats": _GET_MESSENGER_STATS,
    "get_messenger_stats_filtered": _GET_MESSENGER_STATS_FILTERED,
}


class AsyncMessenger:
    """Statistics of a "Messenger" element (no contact list is documented for it).

    The messenger operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncMessengerWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncMessengerWithRawResponse(self._runner)

    async def get_messenger_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> MessengerStatsResponse:
        """Get a Messenger element's statistics

        Overall statistics of a "Messenger" element: executions, messages sent and the last send. `ID` is the
        **element ID** of the Messenger element (`flows[].id` with `af_type: messenger` in `get_flow`; the seed's
        element-type table does not list `messenger`).
        """
        return await self._runner._call(
            _GET_MESSENGER_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_messenger_stats_filtered(
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
    ) -> MessengerStatsResponse:
        """Get a Messenger element's statistics for a period

        A Messenger element's counters for the period in `filter`, as numeric strings, and its last send. `ID` is
        the **element ID** of the Messenger element.
        """
        return await self._runner._call(
            _GET_MESSENGER_STATS_FILTERED,
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


class AsyncMessengerWithRawResponse:
    """Statistics of a "Messenger" element (no contact list is documented for it).

    The messenger operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncMessenger`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_messenger_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[MessengerStatsResponse]:
        """Get a Messenger element's statistics: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_MESSENGER_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_messenger_stats_filtered(
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
    ) -> RawResponse[MessengerStatsResponse]:
        """Get a Messenger element's statistics for a period: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_MESSENGER_STATS_FILTERED,
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


class SyncMessenger:
    """Statistics of a "Messenger" element (no contact list is documented for it).

    The messenger operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncMessengerWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncMessengerWithRawResponse(self._runner)

    def get_messenger_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> MessengerStatsResponse:
        """Get a Messenger element's statistics

        Overall statistics of a "Messenger" element: executions, messages sent and the last send. `ID` is the
        **element ID** of the Messenger element (`flows[].id` with `af_type: messenger` in `get_flow`; the seed's
        element-type table does not list `messenger`).
        """
        return self._runner._call(
            _GET_MESSENGER_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_messenger_stats_filtered(
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
    ) -> MessengerStatsResponse:
        """Get a Messenger element's statistics for a period

        A Messenger element's counters for the period in `filter`, as numeric strings, and its last send. `ID` is
        the **element ID** of the Messenger element.
        """
        return self._runner._call(
            _GET_MESSENGER_STATS_FILTERED,
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


class SyncMessengerWithRawResponse:
    """Statistics of a "Messenger" element (no contact list is documented for it).

    The messenger operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncMessenger`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_messenger_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[MessengerStatsResponse]:
        """Get a Messenger element's statistics: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_MESSENGER_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_messenger_stats_filtered(
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
    ) -> RawResponse[MessengerStatsResponse]:
        """Get a Messenger element's statistics for a period: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_MESSENGER_STATS_FILTERED,
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
