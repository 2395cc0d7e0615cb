"""The email operations: one module per operation, and the `AsyncEmail` and
`SyncEmail` namespaces with one method per operation (what `client.email` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models import EmailAddress
    from ...models.email_address_list import EmailAddressList
    from ...models.email_stats_response import EmailStatsResponse
    from ...models.sort_direction import SortDirection
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncEmail", "SyncEmail"]


class AsyncEmail:
    """The email operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_email_stats(
        self,
        id: int,
    ) -> EmailStatsResponse:
        """Get an Email element's statistics

        Overall statistics of an "Email" element: the campaign it sends (`task`) and its sent, delivered, opened,
        clicked, error, unsubscribe and spam-complaint counters. `ID` is the **element ID** of the Email element
        (`flows[].id` with `af_type: email` in `get_flow`).
        """
        from . import get_email_stats as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_email_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> EmailStatsResponse:
        """Get an Email element's statistics for a period

        An Email element's counters for the period in `filter`, as numeric strings, and its last send. `ID` is the
        **element ID** of the Email element.
        """
        from . import get_email_stats_filtered as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_email_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | Unset = UNSET,
        sort_field: str | Unset = UNSET,
    ) -> AsyncPaginator[EmailAddress, EmailAddressList]:
        """List the contacts an Email element emailed

        One page of the recipients of an Email element, with the delivery status and the send, delivery, open and
        click dates of each, and the total. `ID` is the **element ID** of the Email element.
        `delivered_status` codes are listed in `EmailAddress`; codes 0, 12 and 13 are all "no_status".

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_email_addresses as operation

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


class SyncEmail:
    """The email operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_email_stats(
        self,
        id: int,
    ) -> EmailStatsResponse:
        """Get an Email element's statistics

        Overall statistics of an "Email" element: the campaign it sends (`task`) and its sent, delivered, opened,
        clicked, error, unsubscribe and spam-complaint counters. `ID` is the **element ID** of the Email element
        (`flows[].id` with `af_type: email` in `get_flow`).
        """
        from . import get_email_stats as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_email_stats_filtered(
        self,
        id: int,
        *,
        filter_: str,
        limit: int = 100,
        offset: int = 0,
    ) -> EmailStatsResponse:
        """Get an Email element's statistics for a period

        An Email element's counters for the period in `filter`, as numeric strings, and its last send. `ID` is the
        **element ID** of the Email element.
        """
        from . import get_email_stats_filtered as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )

    def list_email_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | Unset = UNSET,
        sort_field: str | Unset = UNSET,
    ) -> SyncPaginator[EmailAddress, EmailAddressList]:
        """List the contacts an Email element emailed

        One page of the recipients of an Email element, with the delivery status and the send, delivery, open and
        click dates of each, and the total. `ID` is the **element ID** of the Email element.
        `delivered_status` codes are listed in `EmailAddress`; codes 0, 12 and 13 are all "no_status".

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_email_addresses as operation

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
