"""The push_campaign_report operations: one module per operation, its descriptor, and the `AsyncPushCampaignReport` and
`SyncPushCampaignReport` namespaces with one method per operation (what `client.push_campaign_report` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models import PushCampaignReportContact
    from ...models.push_campaign_contacts_report import PushCampaignContactsReport
    from ...models.push_campaign_report import PushCampaignReport
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncPushCampaignReport",
    "AsyncPushCampaignReportWithRawResponse",
    "SyncPushCampaignReport",
    "SyncPushCampaignReportWithRawResponse",
]


_LIST_PUSH_CAMPAIGN_REPORTS = op.Operation(
    name="list_push_campaign_reports",
    module=__name__ + ".list_push_campaign_reports",
    method="GET",
    path="/api/Pushcampaignreport",
    parameters=(
        op.Parameter("send_type", "SendType", "query", op.INT, required=False),
        op.Parameter("search_term", "SearchTerm", "query", op.STR, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[PushCampaignReport]",
    paging=op.PageNumberPaging("page", "limit"),
)


_GET_PUSH_CAMPAIGN_REPORT = op.Operation(
    name="get_push_campaign_report",
    module=__name__ + ".get_push_campaign_report",
    method="GET",
    path="/api/Pushcampaignreport/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="PushCampaignReport",
)


_GET_PUSH_CAMPAIGN_SENT_REPORT = op.Operation(
    name="get_push_campaign_sent_report",
    module=__name__ + ".get_push_campaign_sent_report",
    method="GET",
    path="/api/Pushcampaignreport/{id}/Sent",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("send_type", "SendType", "query", op.INT, required=False),
        op.Parameter("search_term", "SearchTerm", "query", op.STR, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="PushCampaignContactsReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="contacts",
)


_GET_PUSH_CAMPAIGN_DELIVERED_REPORT = op.Operation(
    name="get_push_campaign_delivered_report",
    module=__name__ + ".get_push_campaign_delivered_report",
    method="GET",
    path="/api/Pushcampaignreport/{id}/Delivered",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("send_type", "SendType", "query", op.INT, required=False),
        op.Parameter("search_term", "SearchTerm", "query", op.STR, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="PushCampaignContactsReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="contacts",
)


_GET_PUSH_CAMPAIGN_FAILED_REPORT = op.Operation(
    name="get_push_campaign_failed_report",
    module=__name__ + ".get_push_campaign_failed_report",
    method="GET",
    path="/api/Pushcampaignreport/{id}/Failed",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("send_type", "SendType", "query", op.INT, required=False),
        op.Parameter("search_term", "SearchTerm", "query", op.STR, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="PushCampaignContactsReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="contacts",
)


_GET_PUSH_CAMPAIGN_OPENS_REPORT = op.Operation(
    name="get_push_campaign_opens_report",
    module=__name__ + ".get_push_campaign_opens_report",
    method="GET",
    path="/api/Pushcampaignreport/{id}/Opens",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("send_type", "SendType", "query", op.INT, required=False),
        op.Parameter("search_term", "SearchTerm", "query", op.STR, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="PushCampaignContactsReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="contacts",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_push_campaign_reports": _LIST_PUSH_CAMPAIGN_REPORTS,
    "get_push_campaign_report": _GET_PUSH_CAMPAIGN_REPORT,
    "get_push_campaign_sent_report": _GET_PUSH_CAMPAIGN_SENT_REPORT,
    "get_push_campaign_delivered_report": _GET_PUSH_CAMPAIGN_DELIVERED_REPORT,
    "get_push_campaign_failed_report": _GET_PUSH_CAMPAIGN_FAILED_REPORT,
    "get_push_campaign_opens_report": _GET_PUSH_CAMPAIGN_OPENS_REPORT,
}


class AsyncPushCampaignReport:
    """Reports on push-notification campaigns.

    The push_campaign_report operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncPushCampaignReportWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncPushCampaignReportWithRawResponse(self._runner)

    def list_push_campaign_reports(
        self,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[PushCampaignReport, list[PushCampaignReport]]:
        """List push campaign reports

        Returns the reports of the account's push-notification campaigns, optionally filtered by send type, name and
        dates. By default you get the last 20 campaigns of the last three months. Public client code (COR) sends
        `Page`/`Limit` here (not `PageNumber`/`PageSize`, which the push campaign list uses); the other filters are
        taken from the same client's input schema. No official page exists: the bare array and its items (the
        campaign's counters and rates) are inferred from the SMS report pages, so every field is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_PUSH_CAMPAIGN_REPORTS,
            {
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_push_campaign_report(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> PushCampaignReport:
        """Get the overview report of a push campaign

        **Inferred path:** no source shows this path; it mirrors the SMS campaign overview report
        (`GET /api/smscampaignreport/{id}`). Returns the campaign's overview: its counters and rates. The shape is
        inferred too (the item of `list_push_campaign_reports`), so every field is optional.
        """
        return await self._runner._call(
            _GET_PUSH_CAMPAIGN_REPORT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_sent_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _GET_PUSH_CAMPAIGN_SENT_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_delivered_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _GET_PUSH_CAMPAIGN_DELIVERED_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_failed_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _GET_PUSH_CAMPAIGN_FAILED_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_opens_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _GET_PUSH_CAMPAIGN_OPENS_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncPushCampaignReportWithRawResponse:
    """Reports on push-notification campaigns.

    The push_campaign_report operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncPushCampaignReport`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_push_campaign_reports(
        self,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[PushCampaignReport]]:
        """List push campaign reports: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_PUSH_CAMPAIGN_REPORTS,
            {
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_push_campaign_report(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushCampaignReport]:
        """Get the overview report of a push campaign: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_PUSH_CAMPAIGN_REPORT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_push_campaign_sent_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushCampaignContactsReport]:
        """Get the sent report of a push campaign: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_PUSH_CAMPAIGN_SENT_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_push_campaign_delivered_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushCampaignContactsReport]:
        """Get the delivered report of a push campaign: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_PUSH_CAMPAIGN_DELIVERED_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_push_campaign_failed_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushCampaignContactsReport]:
        """Get the failed report of a push campaign: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_PUSH_CAMPAIGN_FAILED_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_push_campaign_opens_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushCampaignContactsReport]:
        """Get the opens report of a push campaign: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_PUSH_CAMPAIGN_OPENS_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncPushCampaignReport:
    """Reports on push-notification campaigns.

    The push_campaign_report operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncPushCampaignReportWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncPushCampaignReportWithRawResponse(self._runner)

    def list_push_campaign_reports(
        self,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[PushCampaignReport, list[PushCampaignReport]]:
        """List push campaign reports

        Returns the reports of the account's push-notification campaigns, optionally filtered by send type, name and
        dates. By default you get the last 20 campaigns of the last three months. Public client code (COR) sends
        `Page`/`Limit` here (not `PageNumber`/`PageSize`, which the push campaign list uses); the other filters are
        taken from the same client's input schema. No official page exists: the bare array and its items (the
        campaign's counters and rates) are inferred from the SMS report pages, so every field is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_PUSH_CAMPAIGN_REPORTS,
            {
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_report(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> PushCampaignReport:
        """Get the overview report of a push campaign

        **Inferred path:** no source shows this path; it mirrors the SMS campaign overview report
        (`GET /api/smscampaignreport/{id}`). Returns the campaign's overview: its counters and rates. The shape is
        inferred too (the item of `list_push_campaign_reports`), so every field is optional.
        """
        return self._runner._call(
            _GET_PUSH_CAMPAIGN_REPORT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_sent_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _GET_PUSH_CAMPAIGN_SENT_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_delivered_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _GET_PUSH_CAMPAIGN_DELIVERED_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_failed_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _GET_PUSH_CAMPAIGN_FAILED_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_opens_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _GET_PUSH_CAMPAIGN_OPENS_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncPushCampaignReportWithRawResponse:
    """Reports on push-notification campaigns.

    The push_campaign_report operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncPushCampaignReport`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_push_campaign_reports(
        self,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[PushCampaignReport]]:
        """List push campaign reports: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_PUSH_CAMPAIGN_REPORTS,
            {
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_report(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushCampaignReport]:
        """Get the overview report of a push campaign: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_PUSH_CAMPAIGN_REPORT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_sent_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushCampaignContactsReport]:
        """Get the sent report of a push campaign: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_PUSH_CAMPAIGN_SENT_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_delivered_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushCampaignContactsReport]:
        """Get the delivered report of a push campaign: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_PUSH_CAMPAIGN_DELIVERED_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_failed_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushCampaignContactsReport]:
        """Get the failed report of a push campaign: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_PUSH_CAMPAIGN_FAILED_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_push_campaign_opens_report(
        self,
        id: int,
        *,
        send_type: int | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushCampaignContactsReport]:
        """Get the opens report of a push campaign: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_PUSH_CAMPAIGN_OPENS_REPORT,
            {
                "id": id,
                "send_type": send_type,
                "search_term": search_term,
                "from_date": from_date,
                "to_date": to_date,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
