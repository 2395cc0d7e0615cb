"""The email operations: one module per operation, its descriptor, and the `AsyncEmail` and
`SyncEmail` namespaces with one method per operation (what `client.email` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models import EmailAddress
    from ...models.email_address_list import EmailAddressList
    from ...models.email_stats_response import EmailStatsResponse
    from ...models.sort_direction import SortDirection
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncEmail",
    "AsyncEmailWithRawResponse",
    "SyncEmail",
    "SyncEmailWithRawResponse",
]


_GET_EMAIL_STATS = op.Operation(
    name="get_email_stats",
    module=__name__ + ".get_email_stats",
    method="GET",
    path="/a360/stats/email/{id}/group-stat",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="EmailStatsResponse",
)


_GET_EMAIL_STATS_FILTERED = op.Operation(
    name="get_email_stats_filtered",
    module=__name__ + ".get_email_stats_filtered",
    method="GET",
    path="/a360/stats/email/{id}/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="EmailStatsResponse",
)


_LIST_EMAIL_ADDRESSES = op.Operation(
    name="list_email_addresses",
    module=__name__ + ".list_email_addresses",
    method="GET",
    path="/a360/stats/email/{id}/addresses",
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
    success="EmailAddressList",
    paging=op.OffsetPaging("limit", "offset"),
    items_field="data",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_email_stats": _GET_EMAIL_STATS,
    "get_email_stats_filtered": _GET_EMAIL_STATS_FILTERED,
    "list_email_addresses": _LIST_EMAIL_ADDRESSES,
}


class AsyncEmail:
    """Statistics of an "Email" element (sent, delivered, opened, clicked...) and the contacts it emailed.

    The email operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncEmailWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncEmailWithRawResponse(self._runner)

    async def get_email_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailStatsResponse:
        """Get an Email element's statistics

        Overall statistics of an "Email" element: the campaign it sends (`task`) and its sent, delivered, opened,
        clicked, error, unsubscribe and spam-complaint counters. `ID` is the **element ID** of the Email element
        (`flows[].id` with `af_type: email` in `get_flow`).
        """
        return await self._runner._call(
            _GET_EMAIL_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_email_stats_filtered(
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
    ) -> EmailStatsResponse:
        """Get an Email element's statistics for a period

        An Email element's counters for the period in `filter`, as numeric strings, and its last send. `ID` is the
        **element ID** of the Email element.
        """
        return await self._runner._call(
            _GET_EMAIL_STATS_FILTERED,
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

    def list_email_addresses(
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
    ) -> AsyncPaginator[EmailAddress, EmailAddressList]:
        """List the contacts an Email element emailed

        One page of the recipients of an Email element, with the delivery status and the send, delivery, open and
        click dates of each, and the total. `ID` is the **element ID** of the Email element.
        `delivered_status` codes are listed in `EmailAddress`; codes 0, 12 and 13 are all "no_status".

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_EMAIL_ADDRESSES,
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


class AsyncEmailWithRawResponse:
    """Statistics of an "Email" element (sent, delivered, opened, clicked...) and the contacts it emailed.

    The email operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncEmail`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_email_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailStatsResponse]:
        """Get an Email element's statistics: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_EMAIL_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_email_stats_filtered(
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
    ) -> RawResponse[EmailStatsResponse]:
        """Get an Email element's statistics for a period: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_EMAIL_STATS_FILTERED,
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

    async def list_email_addresses(
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
    ) -> RawResponse[EmailAddressList]:
        """List the contacts an Email element emailed: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_EMAIL_ADDRESSES,
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


class SyncEmail:
    """Statistics of an "Email" element (sent, delivered, opened, clicked...) and the contacts it emailed.

    The email operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncEmailWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncEmailWithRawResponse(self._runner)

    def get_email_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailStatsResponse:
        """Get an Email element's statistics

        Overall statistics of an "Email" element: the campaign it sends (`task`) and its sent, delivered, opened,
        clicked, error, unsubscribe and spam-complaint counters. `ID` is the **element ID** of the Email element
        (`flows[].id` with `af_type: email` in `get_flow`).
        """
        return self._runner._call(
            _GET_EMAIL_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_email_stats_filtered(
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
    ) -> EmailStatsResponse:
        """Get an Email element's statistics for a period

        An Email element's counters for the period in `filter`, as numeric strings, and its last send. `ID` is the
        **element ID** of the Email element.
        """
        return self._runner._call(
            _GET_EMAIL_STATS_FILTERED,
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

    def list_email_addresses(
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
    ) -> SyncPaginator[EmailAddress, EmailAddressList]:
        """List the contacts an Email element emailed

        One page of the recipients of an Email element, with the delivery status and the send, delivery, open and
        click dates of each, and the total. `ID` is the **element ID** of the Email element.
        `delivered_status` codes are listed in `EmailAddress`; codes 0, 12 and 13 are all "no_status".

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_EMAIL_ADDRESSES,
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


class SyncEmailWithRawResponse:
    """Statistics of an "Email" element (sent, delivered, opened, clicked...) and the contacts it emailed.

    The email operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncEmail`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_email_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailStatsResponse]:
        """Get an Email element's statistics: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_EMAIL_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_email_stats_filtered(
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
    ) -> RawResponse[EmailStatsResponse]:
        """Get an Email element's statistics for a period: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_EMAIL_STATS_FILTERED,
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

    def list_email_addresses(
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
    ) -> RawResponse[EmailAddressList]:
        """List the contacts an Email element emailed: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_EMAIL_ADDRESSES,
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
