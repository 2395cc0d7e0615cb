"""The automation_reports operations: one module per operation, and the `AsyncAutomationReports` and
`SyncAutomationReports` namespaces with one method per operation (what `client.automation_reports` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models import AutomationContactsReportRow
    from ...models.automation_campaign_statistic import AutomationCampaignStatistic
    from ...models.automation_contacts_report import AutomationContactsReport
    from ...models.automation_email_campaigns_summary import (
        AutomationEmailCampaignsSummary,
    )
    from ...models.automation_overview_report import AutomationOverviewReport
    from ...models.automation_sms_campaigns_summary import AutomationSmsCampaignsSummary
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncAutomationReports", "SyncAutomationReports"]


class AsyncAutomationReports:
    """The automation_reports operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def get_automation_log_report(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """Get the contacts that started an automation, with their steps

        Returns the contacts that started the automation and the steps each of them went through.

        **Response shape inferred:** no source shows the body. We assume the wrapper of the official
        `ContactsStarted` report (`total_items` and `contacts_steps`); the per-step fields this report probably
        adds are not modelled. The docs index shows no query parameters for this path; `Page` and `Limit` are
        probable (as on `ContactsStarted`) and harmless if ignored.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_automation_log_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts_steps",
            ("id",),
            id=id,
            page=page,
            limit=limit,
        )

    def get_automation_queue_report(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """Get the contacts that have not finished an automation

        Returns the contacts still inside the automation (they started it and have not reached its end).

        **Response shape inferred:** we assume the wrapper of the official `ContactsStarted` report. The docs index
        shows no query parameters for this path; `Page` and `Limit` are probable and harmless if ignored.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_automation_queue_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts_steps",
            ("id",),
            id=id,
            page=page,
            limit=limit,
        )

    async def get_automation_sms_statistics(
        self,
        id: int,
    ) -> list[AutomationCampaignStatistic]:
        """Get the statistics of an automation's SMS campaigns

        **Inferred path:** only one unverified client calls this path. Returns the statistics of each SMS campaign
        (SMS step) of the automation.

        **Response shape inferred:** no source shows the body. We assume one row per campaign with counters named
        like the official SMS summary report's. Every field is optional.
        """
        from . import get_automation_sms_statistics as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_automation_whatsapp_statistics(
        self,
        id: int,
    ) -> list[AutomationCampaignStatistic]:
        """Get the statistics of an automation's WhatsApp campaigns

        **Inferred path:** no source shows it; it follows the SMS statistics path
        (`automationsmscampaignstatistic`). Returns the statistics of each WhatsApp campaign of the automation.

        **Response shape inferred** (as the SMS statistics). Every field is optional.
        """
        from . import get_automation_whatsapp_statistics as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_automation_push_statistics(
        self,
        id: int,
    ) -> list[AutomationCampaignStatistic]:
        """Get the statistics of an automation's push-notification campaigns

        **Inferred path:** no source shows it; it follows the SMS statistics path
        (`automationsmscampaignstatistic`). Returns the statistics of each push-notification campaign of the
        automation.

        **Response shape inferred** (as the SMS statistics). Every field is optional.
        """
        from . import get_automation_push_statistics as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_automation_overview_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
    ) -> AutomationOverviewReport:
        """Get the summary report of an automation

        **Inferred path:** only one unverified client calls this path. Returns an automation's summary: how many
        contacts started it, are still inside it and finished it (the section's reports are "divided into users who
        are currently in an automation journey and users who completed a journey").

        **Response shape inferred:** no source shows the body; every field is optional. `FromDate`/`ToDate` are
        probable (the default window is the last three months).
        """
        from . import get_automation_overview_report as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
        )

    async def get_automation_email_summary_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
    ) -> AutomationEmailCampaignsSummary:
        """Get the summary of an automation's email campaigns

        Returns the summary of the email campaigns (email steps) of the automation in the date window: sends,
        opens, clicks, click-to-open rate, conversions, bounces, unsubscribes and spam complaints. The default
        window is the last three months (one public client requires both dates).

        **Response shape inferred:** no source shows the body. We name the counters like the official SMS summary
        report's (`total_sent`, `total_clicks`, `unsub_rate`...); every field is optional.
        """
        from . import get_automation_email_summary_report as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
        )

    async def get_automation_sms_summary_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
    ) -> AutomationSmsCampaignsSummary:
        """Get the summary of an automation's SMS campaigns

        Returns the summary of the SMS campaigns (SMS steps) of the automation in the date window (default: the
        last three months). An older version of the page, without the dates, returned only `total_sent`,
        `total_sent_calc`, `total_succeeded`, `total_failed`, `total_credits`, `total_unsubscribe`, `total_clicks`
        and `total_unique_clicks`.
        """
        from . import get_automation_sms_summary_report as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
        )

    def list_automation_contacts_started(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """List the contacts that started an automation

        Returns, a page at a time, the contacts that started the automation and when. `total_items` counts all of
        them; a page shorter than `Limit` is the last one.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_automation_contacts_started as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts_steps",
            ("id",),
            id=id,
            page=page,
            limit=limit,
        )

    def list_automation_contacts_ended(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """List the contacts that finished an automation

        **Inferred path:** only one unverified client calls this path; it mirrors the official `ContactsStarted`.
        Returns, a page at a time, the contacts that reached the end of the automation.

        **Response shape inferred:** the `ContactsStarted` wrapper (whether `date_created_utc` is the start or the
        end date here is unknown). Every field is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_automation_contacts_ended as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts_steps",
            ("id",),
            id=id,
            page=page,
            limit=limit,
        )


class SyncAutomationReports:
    """The automation_reports operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_automation_log_report(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """Get the contacts that started an automation, with their steps

        Returns the contacts that started the automation and the steps each of them went through.

        **Response shape inferred:** no source shows the body. We assume the wrapper of the official
        `ContactsStarted` report (`total_items` and `contacts_steps`); the per-step fields this report probably
        adds are not modelled. The docs index shows no query parameters for this path; `Page` and `Limit` are
        probable (as on `ContactsStarted`) and harmless if ignored.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_automation_log_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts_steps",
            ("id",),
            id=id,
            page=page,
            limit=limit,
        )

    def get_automation_queue_report(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """Get the contacts that have not finished an automation

        Returns the contacts still inside the automation (they started it and have not reached its end).

        **Response shape inferred:** we assume the wrapper of the official `ContactsStarted` report. The docs index
        shows no query parameters for this path; `Page` and `Limit` are probable and harmless if ignored.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_automation_queue_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts_steps",
            ("id",),
            id=id,
            page=page,
            limit=limit,
        )

    def get_automation_sms_statistics(
        self,
        id: int,
    ) -> list[AutomationCampaignStatistic]:
        """Get the statistics of an automation's SMS campaigns

        **Inferred path:** only one unverified client calls this path. Returns the statistics of each SMS campaign
        (SMS step) of the automation.

        **Response shape inferred:** no source shows the body. We assume one row per campaign with counters named
        like the official SMS summary report's. Every field is optional.
        """
        from . import get_automation_sms_statistics as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_automation_whatsapp_statistics(
        self,
        id: int,
    ) -> list[AutomationCampaignStatistic]:
        """Get the statistics of an automation's WhatsApp campaigns

        **Inferred path:** no source shows it; it follows the SMS statistics path
        (`automationsmscampaignstatistic`). Returns the statistics of each WhatsApp campaign of the automation.

        **Response shape inferred** (as the SMS statistics). Every field is optional.
        """
        from . import get_automation_whatsapp_statistics as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_automation_push_statistics(
        self,
        id: int,
    ) -> list[AutomationCampaignStatistic]:
        """Get the statistics of an automation's push-notification campaigns

        **Inferred path:** no source shows it; it follows the SMS statistics path
        (`automationsmscampaignstatistic`). Returns the statistics of each push-notification campaign of the
        automation.

        **Response shape inferred** (as the SMS statistics). Every field is optional.
        """
        from . import get_automation_push_statistics as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_automation_overview_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
    ) -> AutomationOverviewReport:
        """Get the summary report of an automation

        **Inferred path:** only one unverified client calls this path. Returns an automation's summary: how many
        contacts started it, are still inside it and finished it (the section's reports are "divided into users who
        are currently in an automation journey and users who completed a journey").

        **Response shape inferred:** no source shows the body; every field is optional. `FromDate`/`ToDate` are
        probable (the default window is the last three months).
        """
        from . import get_automation_overview_report as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
        )

    def get_automation_email_summary_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
    ) -> AutomationEmailCampaignsSummary:
        """Get the summary of an automation's email campaigns

        Returns the summary of the email campaigns (email steps) of the automation in the date window: sends,
        opens, clicks, click-to-open rate, conversions, bounces, unsubscribes and spam complaints. The default
        window is the last three months (one public client requires both dates).

        **Response shape inferred:** no source shows the body. We name the counters like the official SMS summary
        report's (`total_sent`, `total_clicks`, `unsub_rate`...); every field is optional.
        """
        from . import get_automation_email_summary_report as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
        )

    def get_automation_sms_summary_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
    ) -> AutomationSmsCampaignsSummary:
        """Get the summary of an automation's SMS campaigns

        Returns the summary of the SMS campaigns (SMS steps) of the automation in the date window (default: the
        last three months). An older version of the page, without the dates, returned only `total_sent`,
        `total_sent_calc`, `total_succeeded`, `total_failed`, `total_credits`, `total_unsubscribe`, `total_clicks`
        and `total_unique_clicks`.
        """
        from . import get_automation_sms_summary_report as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
        )

    def list_automation_contacts_started(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """List the contacts that started an automation

        Returns, a page at a time, the contacts that started the automation and when. `total_items` counts all of
        them; a page shorter than `Limit` is the last one.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_automation_contacts_started as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts_steps",
            ("id",),
            id=id,
            page=page,
            limit=limit,
        )

    def list_automation_contacts_ended(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[AutomationContactsReportRow, AutomationContactsReport]:
        """List the contacts that finished an automation

        **Inferred path:** only one unverified client calls this path; it mirrors the official `ContactsStarted`.
        Returns, a page at a time, the contacts that reached the end of the automation.

        **Response shape inferred:** the `ContactsStarted` wrapper (whether `date_created_utc` is the start or the
        end date here is unknown). Every field is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_automation_contacts_ended as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts_steps",
            ("id",),
            id=id,
            page=page,
            limit=limit,
        )
