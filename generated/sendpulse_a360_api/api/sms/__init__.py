"""The sms operations: one module per operation, and the `AsyncSms` and
`SyncSms` namespaces with one method per operation (what `client.sms` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models import SmsAddress
    from ...models.sms_address_list import SmsAddressList
    from ...models.sms_stats_response import SmsStatsResponse
    from ...models.sort_direction import SortDirection
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncSms", "SyncSms"]


class AsyncSms:
    """The sms operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_sms_stats(
        self,
        id: int,
    ) -> SmsStatsResponse:
        """Get an SMS element's statistics

        Overall statistics of an "SMS" element: executions, messages sent, delivered and failed, and the last send
        (`opened` and `clicked` are null for SMS). `ID` is the **element ID** of the SMS element (`flows[].id` with
        `af_type: sms` in `get_flow`).
        """
        from . import get_sms_stats as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_sms_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> SmsStatsResponse:
        """Get an SMS element's statistics for a period

        An SMS element's statistics for the period in `filter`. `ID` is the **element ID** of the SMS element.

        **Response assumed:** the seed documents no response. This spec assumes the SMS statistics of
        `get_sms_stats` with numeric-string counters, as the other filtered calls return; every field is optional
        and the example is ours.
        """
        from . import get_sms_stats_filtered as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_sms_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | Unset = UNSET,
        sort_field: str | Unset = UNSET,
    ) -> AsyncPaginator[SmsAddress, SmsAddressList]:
        """List the phone numbers an SMS element texted

        One page of the messages an SMS element sent: number, delivery status, sender name, text, price in each
        currency and the account's currency, and the total. `ID` is the **element ID** of the SMS element.
        The seed words `sortDirection` here as "asc - from bigger to smaller, desc - from smaller to bigger".

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_sms_addresses as operation

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


class SyncSms:
    """The sms operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_sms_stats(
        self,
        id: int,
    ) -> SmsStatsResponse:
        """Get an SMS element's statistics

        Overall statistics of an "SMS" element: executions, messages sent, delivered and failed, and the last send
        (`opened` and `clicked` are null for SMS). `ID` is the **element ID** of the SMS element (`flows[].id` with
        `af_type: sms` in `get_flow`).
        """
        from . import get_sms_stats as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_sms_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> SmsStatsResponse:
        """Get an SMS element's statistics for a period

        An SMS element's statistics for the period in `filter`. `ID` is the **element ID** of the SMS element.

        **Response assumed:** the seed documents no response. This spec assumes the SMS statistics of
        `get_sms_stats` with numeric-string counters, as the other filtered calls return; every field is optional
        and the example is ours.
        """
        from . import get_sms_stats_filtered as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_sms_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | Unset = UNSET,
        sort_field: str | Unset = UNSET,
    ) -> SyncPaginator[SmsAddress, SmsAddressList]:
        """List the phone numbers an SMS element texted

        One page of the messages an SMS element sent: number, delivery status, sender name, text, price in each
        currency and the account's currency, and the total. `ID` is the **element ID** of the SMS element.
        The seed words `sortDirection` here as "asc - from bigger to smaller, desc - from smaller to bigger".

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_sms_addresses as operation

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
