"""The automation_reports operations: one module per operation, its descriptor, and the `AsyncAutomationReports` and
`SyncAutomationReports` namespaces with one method per operation (what `client.automation_reports` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models import AutomationContactsReportRow
    from ...models.automation_campaign_statistic import AutomationCampaignStatistic
    from ...models.automation_contacts_report import AutomationContactsReport
    from ...models.automation_email_campaigns_summary import (
        AutomationEmailCampaignsSummary,
    )
    from ...models.automation_overview_report import AutomationOverviewReport
    from ...models.automation_sms_campaigns_summary import AutomationSmsCampaignsSummary
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncAutomationReports",
    "AsyncAutomationReportsWithRawResponse",
    "SyncAutomationReports",
    "SyncAutomationReportsWithRawResponse",
]


_GET_AUTOMATION_LOG_REPORT = op.Operation(
    name="get_automation_log_report",
    module=__name__ + ".get_automation_log_report",
    method="GET",
    path="/api/automationreports/{id}/logautomation",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="AutomationContactsReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="contacts_steps",
)


_GET_AUTOMATION_QUEUE_REPORT = op.Operation(
    name="get_automation_queue_report",
    module=__name__ + ".get_automation_queue_report",
    method="GET",
    path="/api/automationreports/{id}/logautomationqueue",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="AutomationContactsReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="contacts_steps",
)


_GET_AUTOMATION_SMS_STATISTICS = op.Operation(
    name="get_automation_sms_statistics",
    module=__name__ + ".get_automation_sms_statistics",
    method="GET",
    path="/api/automationreports/{id}/automationsmscampaignstatistic",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="list[AutomationCampaignStatistic]",
)


_GET_AUTOMATION_WHATSAPP_STATISTICS = op.Operation(
    name="get_automation_whatsapp_statistics",
    module=__name__ + ".get_automation_whatsapp_statistics",
    method="GET",
    path="/api/automationreports/{id}/automationwhatsappcampaignstatistic",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="list[AutomationCampaignStatistic]",
)


_GET_AUTOMATION_PUSH_STATISTICS = op.Operation(
    name="get_automation_push_statistics",
    module=__name__ + ".get_automation_push_statistics",
    method="GET",
    path="/api/automationreports/{id}/automationpushcampaignstatistic",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="list[AutomationCampaignStatistic]",
)


_GET_AUTOMATION_OVERVIEW_REPORT = op.Operation(
    name="get_automation_overview_report",
    module=__name__ + ".get_automation_overview_report",
    method="GET",
    path="/api/automationreports/{id}/OverviewReport",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
    ),
    success="AutomationOverviewReport",
)


_GET_AUTOMATION_EMAIL_SUMMARY_REPORT = op.Operation(
    name="get_automation_email_summary_report",
    module=__name__ + ".get_automation_email_summary_report",
    method="GET",
    path="/api/automationreports/{id}/SummaryReport",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
    ),
    success="AutomationEmailCampaignsSummary",
)


_GET_AUTOMATION_SMS_SUMMARY_REPORT = op.Operation(
    name="get_automation_sms_summary_report",
    module=__name__ + ".get_automation_sms_summary_report",
    method="GET",
    path="/api/automationreports/{id}/SMSCampaignSummaryReport",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
    ),
    success="AutomationSmsCampaignsSummary",
)


_LIST_AUTOMATION_CONTACTS_STARTED = op.Operation(
    name="list_automation_contacts_started",
    module=__name__ + ".list_automation_contacts_started",
    method="GET",
    path="/api/automationreports/{id}/ContactsStarted",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="AutomationContactsReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="contacts_steps",
)


_LIST_AUTOMATION_CONTACTS_ENDED = op.Operation(
    name="list_automation_contacts_ended",
    module=__name__ + ".list_automation_contacts_ended",
    method="GET",
    path="/api/automationreports/{id}/ContactsEnded",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="AutomationContactsReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="contacts_steps",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_automation_log_report": _GET_AUTOMATION_LOG_REPORT,
    "get_automation_queue_report": _GET_AUTOMATION_QUEUE_REPORT,
    "get_automation_sms_statistics": _GET_AUTOMATION_SMS_STATISTICS,
    "get_automation_whatsapp_statistics": _GET_AUTOMATION_WHATSAPP_STATISTICS,
    "get_automation_push_statistics": _GET_AUTOMATION_PUSH_STATISTICS,
    "get_automation_overview_report": _GET_AUTOMATION_OVERVIEW_REPORT,
    "get_automation_email_summary_report": _GET_AUTOMATION_EMAIL_SUMMARY_REPORT,
    "get_automation_sms_summary_report": _GET_AUTOMATION_SMS_SUMMARY_REPORT,
    "list_automation_contacts_started": _LIST_AUTOMATION_CONTACTS_STARTED,
    "list_automation_contacts_ended": _LIST_AUTOMATION_CONTACTS_ENDED,
}


class AsyncAutomationReports:
    """Reports on automations (contacts that started or finished, per-channel statistics).

    The automation_reports operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncAutomationReportsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncAutomationReportsWithRawResponse(self._runner)

    def get_automation_log_report(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """Get the contacts that started an automation, with their steps

        Returns the contacts that started the automation and the steps each of them went through.

        **Response shape inferred:** no source shows the body. We assume the wrapper of the official
        `ContactsStarted` report (`total_items` and `contacts_steps`); the per-step fields this report probably
        adds are not modelled. The docs index shows no query parameters for this path; `Page` and `Limit` are
        probable (as on `ContactsStarted`) and harmless if ignored.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_AUTOMATION_LOG_REPORT,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_queue_report(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """Get the contacts that have not finished an automation

        Returns the contacts still inside the automation (they started it and have not reached its end).

        **Response shape inferred:** we assume the wrapper of the official `ContactsStarted` report. The docs index
        shows no query parameters for this path; `Page` and `Limit` are probable and harmless if ignored.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_AUTOMATION_QUEUE_REPORT,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_sms_statistics(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationCampaignStatistic]:
        """Get the statistics of an automation's SMS campaigns

        **Inferred path:** only one unverified client calls this path. Returns the statistics of each SMS campaign
        (SMS step) of the automation.

        **Response shape inferred:** no source shows the body. We assume one row per campaign with counters named
        like the official SMS summary report's. Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_SMS_STATISTICS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_whatsapp_statistics(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationCampaignStatistic]:
        """Get the statistics of an automation's WhatsApp campaigns

        **Inferred path:** no source shows it; it follows the SMS statistics path
        (`automationsmscampaignstatistic`). Returns the statistics of each WhatsApp campaign of the automation.

        **Response shape inferred** (as the SMS statistics). Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_WHATSAPP_STATISTICS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_push_statistics(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationCampaignStatistic]:
        """Get the statistics of an automation's push-notification campaigns

        **Inferred path:** no source shows it; it follows the SMS statistics path
        (`automationsmscampaignstatistic`). Returns the statistics of each push-notification campaign of the
        automation.

        **Response shape inferred** (as the SMS statistics). Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_PUSH_STATISTICS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_overview_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationOverviewReport:
        """Get the summary report of an automation

        **Inferred path:** only one unverified client calls this path. Returns an automation's summary: how many
        contacts started it, are still inside it and finished it (the section's reports are "divided into users who
        are currently in an automation journey and users who completed a journey").

        **Response shape inferred:** no source shows the body; every field is optional. `FromDate`/`ToDate` are
        probable (the default window is the last three months).
        """
        return await self._runner._call(
            _GET_AUTOMATION_OVERVIEW_REPORT,
            {
                "id": id,
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_email_summary_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationEmailCampaignsSummary:
        """Get the summary of an automation's email campaigns

        Returns the summary of the email campaigns (email steps) of the automation in the date window: sends,
        opens, clicks, click-to-open rate, conversions, bounces, unsubscribes and spam complaints. The default
        window is the last three months (one public client requires both dates).

        **Response shape inferred:** no source shows the body. We name the counters like the official SMS summary
        report's (`total_sent`, `total_clicks`, `unsub_rate`...); every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_EMAIL_SUMMARY_REPORT,
            {
                "id": id,
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_sms_summary_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationSmsCampaignsSummary:
        """Get the summary of an automation's SMS campaigns

        Returns the summary of the SMS campaigns (SMS steps) of the automation in the date window (default: the
        last three months). An older version of the page, without the dates, returned only `total_sent`,
        `total_sent_calc`, `total_succeeded`, `total_failed`, `total_credits`, `total_unsubscribe`, `total_clicks`
        and `total_unique_clicks`.
        """
        return await self._runner._call(
            _GET_AUTOMATION_SMS_SUMMARY_REPORT,
            {
                "id": id,
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_automation_contacts_started(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """List the contacts that started an automation

        Returns, a page at a time, the contacts that started the automation and when. `total_items` counts all of
        them; a page shorter than `Limit` is the last one.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_AUTOMATION_CONTACTS_STARTED,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_automation_contacts_ended(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """List the contacts that finished an automation

        **Inferred path:** only one unverified client calls this path; it mirrors the official `ContactsStarted`.
        Returns, a page at a time, the contacts that reached the end of the automation.

        **Response shape inferred:** the `ContactsStarted` wrapper (whether `date_created_utc` is the start or the
        end date here is unknown). Every field is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_AUTOMATION_CONTACTS_ENDED,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncAutomationReportsWithRawResponse:
    """Reports on automations (contacts that started or finished, per-channel statistics).

    The automation_reports operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncAutomationReports`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_automation_log_report(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationContactsReport]:
        """Get the contacts that started an automation, with their steps: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_LOG_REPORT,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_queue_report(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationContactsReport]:
        """Get the contacts that have not finished an automation: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_QUEUE_REPORT,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_sms_statistics(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationCampaignStatistic]]:
        """Get the statistics of an automation's SMS campaigns: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_SMS_STATISTICS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_whatsapp_statistics(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationCampaignStatistic]]:
        """Get the statistics of an automation's WhatsApp campaigns: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_WHATSAPP_STATISTICS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_push_statistics(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationCampaignStatistic]]:
        """Get the statistics of an automation's push-notification campaigns: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_PUSH_STATISTICS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_overview_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationOverviewReport]:
        """Get the summary report of an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_OVERVIEW_REPORT,
            {
                "id": id,
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_email_summary_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationEmailCampaignsSummary]:
        """Get the summary of an automation's email campaigns: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_EMAIL_SUMMARY_REPORT,
            {
                "id": id,
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_sms_summary_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationSmsCampaignsSummary]:
        """Get the summary of an automation's SMS campaigns: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_SMS_SUMMARY_REPORT,
            {
                "id": id,
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_automation_contacts_started(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationContactsReport]:
        """List the contacts that started an automation: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_AUTOMATION_CONTACTS_STARTED,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_automation_contacts_ended(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationContactsReport]:
        """List the contacts that finished an automation: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_AUTOMATION_CONTACTS_ENDED,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncAutomationReports:
    """Reports on automations (contacts that started or finished, per-channel statistics).

    The automation_reports operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncAutomationReportsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncAutomationReportsWithRawResponse(self._runner)

    def get_automation_log_report(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """Get the contacts that started an automation, with their steps

        Returns the contacts that started the automation and the steps each of them went through.

        **Response shape inferred:** no source shows the body. We assume the wrapper of the official
        `ContactsStarted` report (`total_items` and `contacts_steps`); the per-step fields this report probably
        adds are not modelled. The docs index shows no query parameters for this path; `Page` and `Limit` are
        probable (as on `ContactsStarted`) and harmless if ignored.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_AUTOMATION_LOG_REPORT,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_queue_report(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """Get the contacts that have not finished an automation

        Returns the contacts still inside the automation (they started it and have not reached its end).

        **Response shape inferred:** we assume the wrapper of the official `ContactsStarted` report. The docs index
        shows no query parameters for this path; `Page` and `Limit` are probable and harmless if ignored.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_AUTOMATION_QUEUE_REPORT,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_sms_statistics(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationCampaignStatistic]:
        """Get the statistics of an automation's SMS campaigns

        **Inferred path:** only one unverified client calls this path. Returns the statistics of each SMS campaign
        (SMS step) of the automation.

        **Response shape inferred:** no source shows the body. We assume one row per campaign with counters named
        like the official SMS summary report's. Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_SMS_STATISTICS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_whatsapp_statistics(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationCampaignStatistic]:
        """Get the statistics of an automation's WhatsApp campaigns

        **Inferred path:** no source shows it; it follows the SMS statistics path
        (`automationsmscampaignstatistic`). Returns the statistics of each WhatsApp campaign of the automation.

        **Response shape inferred** (as the SMS statistics). Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_WHATSAPP_STATISTICS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_push_statistics(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationCampaignStatistic]:
        """Get the statistics of an automation's push-notification campaigns

        **Inferred path:** no source shows it; it follows the SMS statistics path
        (`automationsmscampaignstatistic`). Returns the statistics of each push-notification campaign of the
        automation.

        **Response shape inferred** (as the SMS statistics). Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_PUSH_STATISTICS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_overview_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationOverviewReport:
        """Get the summary report of an automation

        **Inferred path:** only one unverified client calls this path. Returns an automation's summary: how many
        contacts started it, are still inside it and finished it (the section's reports are "divided into users who
        are currently in an automation journey and users who completed a journey").

        **Response shape inferred:** no source shows the body; every field is optional. `FromDate`/`ToDate` are
        probable (the default window is the last three months).
        """
        return self._runner._call(
            _GET_AUTOMATION_OVERVIEW_REPORT,
            {
                "id": id,
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_email_summary_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationEmailCampaignsSummary:
        """Get the summary of an automation's email campaigns

        Returns the summary of the email campaigns (email steps) of the automation in the date window: sends,
        opens, clicks, click-to-open rate, conversions, bounces, unsubscribes and spam complaints. The default
        window is the last three months (one public client requires both dates).

        **Response shape inferred:** no source shows the body. We name the counters like the official SMS summary
        report's (`total_sent`, `total_clicks`, `unsub_rate`...); every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_EMAIL_SUMMARY_REPORT,
            {
                "id": id,
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_sms_summary_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationSmsCampaignsSummary:
        """Get the summary of an automation's SMS campaigns

        Returns the summary of the SMS campaigns (SMS steps) of the automation in the date window (default: the
        last three months). An older version of the page, without the dates, returned only `total_sent`,
        `total_sent_calc`, `total_succeeded`, `total_failed`, `total_credits`, `total_unsubscribe`, `total_clicks`
        and `total_unique_clicks`.
        """
        return self._runner._call(
            _GET_AUTOMATION_SMS_SUMMARY_REPORT,
            {
                "id": id,
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_automation_contacts_started(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """List the contacts that started an automation

        Returns, a page at a time, the contacts that started the automation and when. `total_items` counts all of
        them; a page shorter than `Limit` is the last one.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_AUTOMATION_CONTACTS_STARTED,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_automation_contacts_ended(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """List the contacts that finished an automation

        **Inferred path:** only one unverified client calls this path; it mirrors the official `ContactsStarted`.
        Returns, a page at a time, the contacts that reached the end of the automation.

        **Response shape inferred:** the `ContactsStarted` wrapper (whether `date_created_utc` is the start or the
        end date here is unknown). Every field is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_AUTOMATION_CONTACTS_ENDED,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncAutomationReportsWithRawResponse:
    """Reports on automations (contacts that started or finished, per-channel statistics).

    The automation_reports operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncAutomationReports`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_automation_log_report(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationContactsReport]:
        """Get the contacts that started an automation, with their steps: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_LOG_REPORT,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_queue_report(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationContactsReport]:
        """Get the contacts that have not finished an automation: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_QUEUE_REPORT,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_sms_statistics(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationCampaignStatistic]]:
        """Get the statistics of an automation's SMS campaigns: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_SMS_STATISTICS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_whatsapp_statistics(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationCampaignStatistic]]:
        """Get the statistics of an automation's WhatsApp campaigns: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_WHATSAPP_STATISTICS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_push_statistics(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationCampaignStatistic]]:
        """Get the statistics of an automation's push-notification campaigns: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_PUSH_STATISTICS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_overview_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationOverviewReport]:
        """Get the summary report of an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_OVERVIEW_REPORT,
            {
                "id": id,
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_email_summary_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationEmailCampaignsSummary]:
        """Get the summary of an automation's email campaigns: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_EMAIL_SUMMARY_REPORT,
            {
                "id": id,
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_sms_summary_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationSmsCampaignsSummary]:
        """Get the summary of an automation's SMS campaigns: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_SMS_SUMMARY_REPORT,
            {
                "id": id,
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_automation_contacts_started(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationContactsReport]:
        """List the contacts that started an automation: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_AUTOMATION_CONTACTS_STARTED,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_automation_contacts_ended(
        self,
        id: int,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationContactsReport]:
        """List the contacts that finished an automation: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_AUTOMATION_CONTACTS_ENDED,
            {
                "id": id,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
