"""The sms operations: one module per operation, its descriptor, and the `AsyncSms` and
`SyncSms` namespaces with one method per operation (what `client.sms` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models import SmsAddress
    from ...models.sms_address_list import SmsAddressList
    from ...models.sms_stats_response import SmsStatsResponse
    from ...models.sort_direction import SortDirection
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncSms",
    "AsyncSmsWithRawResponse",
    "SyncSms",
    "SyncSmsWithRawResponse",
]


_GET_SMS_STATS = op.Operation(
    name="get_sms_stats",
    module=__name__ + ".get_sms_stats",
    method="GET",
    path="/a360/stats/sms/{id}/group-stat",
    parameters=(op.Parameter("id", "ID", "path", op.INT),),
    success="SmsStatsResponse",
)


_GET_SMS_STATS_FILTERED = op.Operation(
    name="get_sms_stats_filtered",
    module=__name__ + ".get_sms_stats_filtered",
    method="GET",
    path="/a360/stats/sms/{id}/group-stat-filtered",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("filter_", "filter", "query", op.STR),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
    ),
    success="SmsStatsResponse",
)


_LIST_SMS_ADDRESSES = op.Operation(
    name="list_sms_addresses",
    module=__name__ + ".list_sms_addresses",
    method="GET",
    path="/a360/stats/sms/{id}/addresses",
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
    success="SmsAddressList",
    paging=op.OffsetPaging("limit", "offset"),
    items_field="data",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_sms_stats": _GET_SMS_STATS,
    "get_sms_stats_filtered": _GET_SMS_STATS_FILTERED,
    "list_sms_addresses": _LIST_SMS_ADDRESSES,
}


class AsyncSms:
    """Statistics of an "SMS" element and the phone numbers it texted, with prices and delivery statuses.

    The sms operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncSmsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncSmsWithRawResponse(self._runner)

    async def get_sms_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SmsStatsResponse:
        """Get an SMS element's statistics

        Overall statistics of an "SMS" element: executions, messages sent, delivered and failed, and the last send
        (`opened` and `clicked` are null for SMS). `ID` is the **element ID** of the SMS element (`flows[].id` with
        `af_type: sms` in `get_flow`).
        """
        return await self._runner._call(
            _GET_SMS_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_sms_stats_filtered(
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
    ) -> SmsStatsResponse:
        """Get an SMS element's statistics for a period

        An SMS element's statistics for the period in `filter`. `ID` is the **element ID** of the SMS element.

        **Response assumed:** the seed documents no response. This spec assumes the SMS statistics of
        `get_sms_stats` with numeric-string counters, as the other filtered calls return; every field is optional
        and the example is ours.
        """
        return await self._runner._call(
            _GET_SMS_STATS_FILTERED,
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

    def list_sms_addresses(
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
    ) -> AsyncPaginator[SmsAddress, SmsAddressList]:
        """List the phone numbers an SMS element texted

        One page of the messages an SMS element sent: number, delivery status, sender name, text, price in each
        currency and the account's currency, and the total. `ID` is the **element ID** of the SMS element.
        The seed words `sortDirection` here as "asc - from bigger to smaller, desc - from smaller to bigger".

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_SMS_ADDRESSES,
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


class AsyncSmsWithRawResponse:
    """Statistics of an "SMS" element and the phone numbers it texted, with prices and delivery statuses.

    The sms operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncSms`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_sms_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SmsStatsResponse]:
        """Get an SMS element's statistics: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_SMS_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_sms_stats_filtered(
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
    ) -> RawResponse[SmsStatsResponse]:
        """Get an SMS element's statistics for a period: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_SMS_STATS_FILTERED,
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

    async def list_sms_addresses(
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
    ) -> RawResponse[SmsAddressList]:
        """List the phone numbers an SMS element texted: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_SMS_ADDRESSES,
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


class SyncSms:
    """Statistics of an "SMS" element and the phone numbers it texted, with prices and delivery statuses.

    The sms operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncSmsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncSmsWithRawResponse(self._runner)

    def get_sms_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SmsStatsResponse:
        """Get an SMS element's statistics

        Overall statistics of an "SMS" element: executions, messages sent, delivered and failed, and the last send
        (`opened` and `clicked` are null for SMS). `ID` is the **element ID** of the SMS element (`flows[].id` with
        `af_type: sms` in `get_flow`).
        """
        return self._runner._call(
            _GET_SMS_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_sms_stats_filtered(
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
    ) -> SmsStatsResponse:
        """Get an SMS element's statistics for a period

        An SMS element's statistics for the period in `filter`. `ID` is the **element ID** of the SMS element.

        **Response assumed:** the seed documents no response. This spec assumes the SMS statistics of
        `get_sms_stats` with numeric-string counters, as the other filtered calls return; every field is optional
        and the example is ours.
        """
        return self._runner._call(
            _GET_SMS_STATS_FILTERED,
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

    def list_sms_addresses(
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
    ) -> SyncPaginator[SmsAddress, SmsAddressList]:
        """List the phone numbers an SMS element texted

        One page of the messages an SMS element sent: number, delivery status, sender name, text, price in each
        currency and the account's currency, and the total. `ID` is the **element ID** of the SMS element.
        The seed words `sortDirection` here as "asc - from bigger to smaller, desc - from smaller to bigger".

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_SMS_ADDRESSES,
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


class SyncSmsWithRawResponse:
    """Statistics of an "SMS" element and the phone numbers it texted, with prices and delivery statuses.

    The sms operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncSms`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_sms_stats(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SmsStatsResponse]:
        """Get an SMS element's statistics: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_SMS_STATS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_sms_stats_filtered(
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
    ) -> RawResponse[SmsStatsResponse]:
        """Get an SMS element's statistics for a period: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_SMS_STATS_FILTERED,
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

    def list_sms_addresses(
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
    ) -> RawResponse[SmsAddressList]:
        """List the phone numbers an SMS element texted: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_SMS_ADDRESSES,
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
