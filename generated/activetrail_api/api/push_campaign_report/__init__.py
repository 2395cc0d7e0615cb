"""The push_campaign_report operations: one module per operation, and the `AsyncPushCampaignReport` and
`SyncPushCampaignReport` namespaces with one method per operation (what `client.push_campaign_report` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models import PushCampaignReportContact
    from ...models.push_campaign_contacts_report import PushCampaignContactsReport
    from ...models.push_campaign_report import PushCampaignReport
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncPushCampaignReport", "SyncPushCampaignReport"]


class AsyncPushCampaignReport:
    """The push_campaign_report operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list_push_campaign_reports(
        self,
        *,
        send_type: int | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[PushCampaignReport, list[PushCampaignReport]]:
        """List push campaign reports

        Returns the reports of the account's push-notification campaigns, optionally filtered by send type, name and
        dates. By default you get the last 20 campaigns of the last three months. Public client code (COR) sends
        `Page`/`Limit` here (not `PageNumber`/`PageSize`, which the push campaign list uses); the other filters are
        taken from the same client's input schema. No official page exists: the bare array and its items (the
        campaign's counters and rates) are inferred from the SMS report pages, so every field is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_push_campaign_reports as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    async def get_push_campaign_report(
        self,
        id: int,
    ) -> PushCampaignReport:
        """Get the overview report of a push campaign

        **Inferred path:** no source shows this path; it mirrors the SMS campaign overview report
        (`GET /api/smscampaignreport/{id}`). Returns the campaign's overview: its counters and rates. The shape is
        inferred too (the item of `list_push_campaign_reports`), so every field is optional.
        """
        from . import get_push_campaign_report as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_push_campaign_sent_report(
        self,
        id: int,
        *,
        send_type: int | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[PushCampaignReportContact, PushCampaignContactsReport]:
        """Get the sent report of a push campaign

        Returns the contacts the push campaign was sent to. The campaign must have been sent inside the
        `FromDate`/`ToDate` window (by
        default the last three months); otherwise the list is empty. No official page exists: the wrapper
        `{total_items, contacts}` and its items are inferred from the SMS and automation report pages, so every
        field
        is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_push_campaign_sent_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts",
            ("id",),
            id=id,
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_push_campaign_delivered_report(
        self,
        id: int,
        *,
        send_type: int | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[PushCampaignReportContact, PushCampaignContactsReport]:
        """Get the delivered report of a push campaign

        Returns the contacts the push campaign was delivered to. The campaign must have been sent inside the
        `FromDate`/`ToDate` window (by
        default the last three months); otherwise the list is empty. No official page exists: the wrapper
        `{total_items, contacts}` and its items are inferred from the SMS and automation report pages, so every
        field
        is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_push_campaign_delivered_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts",
            ("id",),
            id=id,
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_push_campaign_failed_report(
        self,
        id: int,
        *,
        send_type: int | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[PushCampaignReportContact, PushCampaignContactsReport]:
        """Get the failed report of a push campaign

        Returns the contacts the push campaign was sent to but not delivered to. The campaign must have been sent
        inside the `FromDate`/`ToDate` window (by
        default the last three months); otherwise the list is empty. No official page exists: the wrapper
        `{total_items, contacts}` and its items are inferred from the SMS and automation report pages, so every
        field
        is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_push_campaign_failed_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts",
            ("id",),
            id=id,
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_push_campaign_opens_report(
        self,
        id: int,
        *,
        send_type: int | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[PushCampaignReportContact, PushCampaignContactsReport]:
        """Get the opens report of a push campaign

        Returns the contacts that opened the push campaign. The campaign must have been sent inside the
        `FromDate`/`ToDate` window (by
        default the last three months); otherwise the list is empty. COR shows no query parameters for this report;
        the filters of the sibling reports are assumed. No official page exists: the wrapper
        `{total_items, contacts}` and its items are inferred from the SMS and automation report pages, so every
        field
        is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_push_campaign_opens_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts",
            ("id",),
            id=id,
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )


class SyncPushCampaignReport:
    """The push_campaign_report operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_push_campaign_reports(
        self,
        *,
        send_type: int | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[PushCampaignReport, list[PushCampaignReport]]:
        """List push campaign reports

        Returns the reports of the account's push-notification campaigns, optionally filtered by send type, name and
        dates. By default you get the last 20 campaigns of the last three months. Public client code (COR) sends
        `Page`/`Limit` here (not `PageNumber`/`PageSize`, which the push campaign list uses); the other filters are
        taken from the same client's input schema. No official page exists: the bare array and its items (the
        campaign's counters and rates) are inferred from the SMS report pages, so every field is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_push_campaign_reports as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_push_campaign_report(
        self,
        id: int,
    ) -> PushCampaignReport:
        """Get the overview report of a push campaign

        **Inferred path:** no source shows this path; it mirrors the SMS campaign overview report
        (`GET /api/smscampaignreport/{id}`). Returns the campaign's overview: its counters and rates. The shape is
        inferred too (the item of `list_push_campaign_reports`), so every field is optional.
        """
        from . import get_push_campaign_report as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_push_campaign_sent_report(
        self,
        id: int,
        *,
        send_type: int | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[PushCampaignReportContact, PushCampaignContactsReport]:
        """Get the sent report of a push campaign

        Returns the contacts the push campaign was sent to. The campaign must have been sent inside the
        `FromDate`/`ToDate` window (by
        default the last three months); otherwise the list is empty. No official page exists: the wrapper
        `{total_items, contacts}` and its items are inferred from the SMS and automation report pages, so every
        field
        is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_push_campaign_sent_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts",
            ("id",),
            id=id,
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_push_campaign_delivered_report(
        self,
        id: int,
        *,
        send_type: int | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[PushCampaignReportContact, PushCampaignContactsReport]:
        """Get the delivered report of a push campaign

        Returns the contacts the push campaign was delivered to. The campaign must have been sent inside the
        `FromDate`/`ToDate` window (by
        default the last three months); otherwise the list is empty. No official page exists: the wrapper
        `{total_items, contacts}` and its items are inferred from the SMS and automation report pages, so every
        field
        is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_push_campaign_delivered_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts",
            ("id",),
            id=id,
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_push_campaign_failed_report(
        self,
        id: int,
        *,
        send_type: int | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[PushCampaignReportContact, PushCampaignContactsReport]:
        """Get the failed report of a push campaign

        Returns the contacts the push campaign was sent to but not delivered to. The campaign must have been sent
        inside the `FromDate`/`ToDate` window (by
        default the last three months); otherwise the list is empty. No official page exists: the wrapper
        `{total_items, contacts}` and its items are inferred from the SMS and automation report pages, so every
        field
        is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_push_campaign_failed_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts",
            ("id",),
            id=id,
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_push_campaign_opens_report(
        self,
        id: int,
        *,
        send_type: int | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[PushCampaignReportContact, PushCampaignContactsReport]:
        """Get the opens report of a push campaign

        Returns the contacts that opened the push campaign. The campaign must have been sent inside the
        `FromDate`/`ToDate` window (by
        default the last three months); otherwise the list is empty. COR shows no query parameters for this report;
        the filters of the sibling reports are assumed. No official page exists: the wrapper
        `{total_items, contacts}` and its items are inferred from the SMS and automation report pages, so every
        field
        is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_push_campaign_opens_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts",
            ("id",),
            id=id,
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )
