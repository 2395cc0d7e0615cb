"""The campaign_reports operations: one module per operation, and the `AsyncCampaignReports` and
`SyncCampaignReports` namespaces with one method per operation (what `client.campaign_reports` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models import (
        CampaignClickDetail,
        CampaignEmailActivity,
        CampaignReportContact,
        CampaignUnsubscribe,
    )
    from ...models.campaign_bounces_report import CampaignBouncesReport
    from ...models.campaign_browser_clients_report import CampaignBrowserClientsReport
    from ...models.campaign_click_details_report import CampaignClickDetailsReport
    from ...models.campaign_complaints_report import CampaignComplaintsReport
    from ...models.campaign_domain_report import CampaignDomainReport
    from ...models.campaign_email_activity_report import CampaignEmailActivityReport
    from ...models.campaign_opens_report import CampaignOpensReport
    from ...models.campaign_report_summary import CampaignReportSummary
    from ...models.campaign_sent_report import CampaignSentReport
    from ...models.campaign_unopened_report import CampaignUnopenedReport
    from ...models.campaign_unsubscribes_report import CampaignUnsubscribesReport
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncCampaignReports", "SyncCampaignReports"]


class AsyncCampaignReports:
    """The campaign_reports operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list_campaign_reports(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[CampaignReportSummary, list[CampaignReportSummary]]:
        """List the reports of the account's email campaigns

        Returns one summary per email campaign: send date, opens, clicks, click-to-open rate, bounces, unsubscribes,
        complaints, unopened and sent counts. Without dates you get the campaigns last updated in the last three
        months; without `Limit` you get 20.

        Only `campaign_id`, `campaign_name` and `last_sent_date` are sourced (KP reads them). The counters are the
        ones public client code (COR) lists for this call; their field names are inferred (see
        `CampaignReportSummary`), so every field is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_campaign_reports as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    async def get_campaign_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
    ) -> CampaignReportSummary:
        """Get the overview report of an email campaign

        Returns the overview report of one campaign. The search window defaults to the campaigns updated in the
        last three months. **If the campaign was not sent in the given dates, the server answers an error.**

        The shape is inferred to be one item of `GET /api/campaignreports`; every field is optional.
        """
        from . import get_campaign_report as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
        )

    def get_campaign_click_details_report(
        self,
        id: int,
        *,
        link_id: int | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[CampaignClickDetail, CampaignClickDetailsReport]:
        """Get the click report of an email campaign

        Returns the clicks on the campaign's links, optionally for one link (`LinkId`). The search window defaults
        to the campaigns updated in the last three months. **If the campaign was not sent in the given dates, the
        server answers an error.**

        The wrapper and its `urls_clicked` list are sourced (KP); KP reads `link_id` from these rows and passes it
        to
        `GET /api/campaignreports/{id}/clickdetails/{linkId}`. The other item fields mirror the official SMS
        click-details sample.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_campaign_click_details_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "urls_clicked",
            ("id",),
            id=id,
            link_id=link_id,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_link_click_details_report(
        self,
        id: int,
        link_id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[CampaignClickDetail, CampaignClickDetailsReport]:
        """Get the contacts who clicked one link of an email campaign

        Returns the contacts who clicked the given link, with the click date. The search window defaults to the
        campaigns updated in the last three months. **If the campaign was not sent in the given dates, the server
        answers an error.**

        KP reads `contact_id`, `email`, `first_name`, `last_name`, `link_id` and `click_date` from the items; `sms`
        mirrors the official SMS click-details sample.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_campaign_link_click_details_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "urls_clicked",
            (
                "id",
                "link_id",
            ),
            id=id,
            link_id=link_id,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_unsubscribes_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[CampaignUnsubscribe, CampaignUnsubscribesReport]:
        """Get the contacts who unsubscribed from an email campaign

        Returns the contacts who unsubscribed through the campaign, with their reason. The search window defaults to
        the campaigns updated in the last three months. **If the campaign was not sent in the given dates, you get
        an empty list.**

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_campaign_unsubscribes_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "unsubscribes",
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_email_activity_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[CampaignEmailActivity, CampaignEmailActivityReport]:
        """Get every contact's activity on an email campaign

        Returns each contact's activity on the campaign (opens and their dates). The search window defaults to the
        campaigns updated in the last three months. **If the campaign was not sent in the given dates, the server
        answers an error.**

        The `emails` list is sourced (KP); KP's two versions read the address as `email_address` and as `email`, so
        both are modelled. The paging and date parameters are the ones KP sends.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_campaign_email_activity_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "emails",
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_opens_report(
        self,
        id: int,
        *,
        groupid: int | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[CampaignReportContact, CampaignOpensReport]:
        """Get the contacts who opened an email campaign

        Returns the campaign's open counts and the contacts who opened it, optionally only those of one group. The
        search window defaults to the campaigns updated in the last three months. **If the campaign was not sent in
        the given dates, you get an empty list.**

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_campaign_opens_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "campaign_opens",
            ("id",),
            id=id,
            groupid=groupid,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_sent_report(
        self,
        id: int,
        *,
        groupid: int | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[CampaignReportContact, CampaignSentReport]:
        """Get the contacts an email campaign was sent to

        Returns the contacts the campaign was sent to, optionally only those of one group. The search window
        defaults to the campaigns updated in the last three months. **If the campaign was not sent in the given
        dates, you get an empty list.**

        The `campaign_sent` list and its item fields are sourced (KP); no official sample was found.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_campaign_sent_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "campaign_sent",
            ("id",),
            id=id,
            groupid=groupid,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_unopened_report(
        self,
        id: int,
        *,
        groupid: int | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[CampaignReportContact, CampaignUnopenedReport]:
        """Get the contacts who did not open an email campaign

        Returns the contacts who received the campaign but did not open it, optionally only those of one group. The
        search window defaults to the campaigns updated in the last three months. **If the campaign was not sent in
        the given dates, you get an empty list.**

        The shape is inferred: `campaign_unopened` follows the `campaign_sent` and `campaign_opens` lists of the
        sibling reports. Every field is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_campaign_unopened_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "campaign_unopened",
            ("id",),
            id=id,
            groupid=groupid,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_complaints_report(
        self,
        id: int,
        *,
        groupid: int | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[CampaignReportContact, CampaignComplaintsReport]:
        """Get the contacts who reported an email campaign as spam

        Returns the campaign's complaint totals and the contacts who reported it as spam, optionally only those of
        one group. The search window defaults to the campaigns updated in the last three months. **If the campaign
        was not sent in the given dates, you get an empty list.**

        The field names changed between versions of the reference page: the current names are modelled
        (`total_complaints`, `total_complaint_rate`, `selected_complaints`); the older page
        (GET-api-campaignreports-id-complaints_Groupid_Page_Limit, without dates) used `complaints`,
        `complaints_rate` and `campaign_complaints`.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import get_campaign_complaints_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "selected_complaints",
            ("id",),
            id=id,
            groupid=groupid,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    async def get_campaign_bounces_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> CampaignBouncesReport:
        """Get an email campaign's bounces per domain

        Returns the campaign's bounce totals and the number of bounces per recipient domain. The search window
        defaults to the campaigns updated in the last three months. **If the campaign was not sent in the given
        dates, you get an empty list.**

        The official sample fills only `selected_bounces_domain`; `selected_bounces` (the bounced contacts) is null
        there and its item fields are not documented.
        """
        from . import get_campaign_bounces_report as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    async def get_campaign_bounces_by_type_report(
        self,
        id: int,
        *,
        bounce_type: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> CampaignBouncesReport:
        """Get an email campaign's bounces by bounce type

        Returns the campaign's bounced contacts, filtered by bounce type.

        The shape is inferred to be the bounces report (`ApiCampaignBouncesList`, whose `selected_bounces` list the
        per-domain report leaves null); every field is optional, and the bounced contact's fields are inferred
        (see `CampaignBounce`). The accepted `BounceType` values are not documented.
        """
        from . import get_campaign_bounces_by_type_report as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            bounce_type=bounce_type,
            page=page,
            limit=limit,
        )

    async def get_campaign_domains_report(
        self,
        id: int,
    ) -> list[CampaignDomainReport]:
        """Get an email campaign's overview per recipient domain

        Returns the campaign's results (sent, opens, clicks, bounces...) per recipient email domain.

        The shape is inferred: a bare array of per-domain rows keyed by `domain_name` (the name the bounces report
        uses), with the counters public client code (COR) names for this call (sends, opens, clicks, bounces).
        Their field names are inferred (see `CampaignDomainReport`); every field is optional.
        """
        from . import get_campaign_domains_report as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_campaign_browser_clients_report(
        self,
        id: int,
    ) -> CampaignBrowserClientsReport:
        """Get an email campaign's browser and email-client statistics

        **Inferred path:** no source shows this path; `browserclients` follows the lowercase sub-resource names of
        this section (`clickdetails`, `emailactivity`). Returns the statistics of the browsers and email clients
        the campaign was opened with. **Inferred shape** too (no source shows the body): two lists, browsers and
        email clients, each row a client name with its opens and share (see `CampaignBrowserClientsReport`);
        every field is optional.
        """
        from . import get_campaign_browser_clients_report as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )


class SyncCampaignReports:
    """The campaign_reports operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_campaign_reports(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[CampaignReportSummary, list[CampaignReportSummary]]:
        """List the reports of the account's email campaigns

        Returns one summary per email campaign: send date, opens, clicks, click-to-open rate, bounces, unsubscribes,
        complaints, unopened and sent counts. Without dates you get the campaigns last updated in the last three
        months; without `Limit` you get 20.

        Only `campaign_id`, `campaign_name` and `last_sent_date` are sourced (KP reads them). The counters are the
        ones public client code (COR) lists for this call; their field names are inferred (see
        `CampaignReportSummary`), so every field is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_campaign_reports as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
    ) -> CampaignReportSummary:
        """Get the overview report of an email campaign

        Returns the overview report of one campaign. The search window defaults to the campaigns updated in the
        last three months. **If the campaign was not sent in the given dates, the server answers an error.**

        The shape is inferred to be one item of `GET /api/campaignreports`; every field is optional.
        """
        from . import get_campaign_report as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
        )

    def get_campaign_click_details_report(
        self,
        id: int,
        *,
        link_id: int | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[CampaignClickDetail, CampaignClickDetailsReport]:
        """Get the click report of an email campaign

        Returns the clicks on the campaign's links, optionally for one link (`LinkId`). The search window defaults
        to the campaigns updated in the last three months. **If the campaign was not sent in the given dates, the
        server answers an error.**

        The wrapper and its `urls_clicked` list are sourced (KP); KP reads `link_id` from these rows and passes it
        to
        `GET /api/campaignreports/{id}/clickdetails/{linkId}`. The other item fields mirror the official SMS
        click-details sample.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_campaign_click_details_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "urls_clicked",
            ("id",),
            id=id,
            link_id=link_id,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_link_click_details_report(
        self,
        id: int,
        link_id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[CampaignClickDetail, CampaignClickDetailsReport]:
        """Get the contacts who clicked one link of an email campaign

        Returns the contacts who clicked the given link, with the click date. The search window defaults to the
        campaigns updated in the last three months. **If the campaign was not sent in the given dates, the server
        answers an error.**

        KP reads `contact_id`, `email`, `first_name`, `last_name`, `link_id` and `click_date` from the items; `sms`
        mirrors the official SMS click-details sample.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_campaign_link_click_details_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "urls_clicked",
            (
                "id",
                "link_id",
            ),
            id=id,
            link_id=link_id,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_unsubscribes_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[CampaignUnsubscribe, CampaignUnsubscribesReport]:
        """Get the contacts who unsubscribed from an email campaign

        Returns the contacts who unsubscribed through the campaign, with their reason. The search window defaults to
        the campaigns updated in the last three months. **If the campaign was not sent in the given dates, you get
        an empty list.**

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_campaign_unsubscribes_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "unsubscribes",
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_email_activity_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[CampaignEmailActivity, CampaignEmailActivityReport]:
        """Get every contact's activity on an email campaign

        Returns each contact's activity on the campaign (opens and their dates). The search window defaults to the
        campaigns updated in the last three months. **If the campaign was not sent in the given dates, the server
        answers an error.**

        The `emails` list is sourced (KP); KP's two versions read the address as `email_address` and as `email`, so
        both are modelled. The paging and date parameters are the ones KP sends.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_campaign_email_activity_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "emails",
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_opens_report(
        self,
        id: int,
        *,
        groupid: int | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[CampaignReportContact, CampaignOpensReport]:
        """Get the contacts who opened an email campaign

        Returns the campaign's open counts and the contacts who opened it, optionally only those of one group. The
        search window defaults to the campaigns updated in the last three months. **If the campaign was not sent in
        the given dates, you get an empty list.**

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_campaign_opens_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "campaign_opens",
            ("id",),
            id=id,
            groupid=groupid,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_sent_report(
        self,
        id: int,
        *,
        groupid: int | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[CampaignReportContact, CampaignSentReport]:
        """Get the contacts an email campaign was sent to

        Returns the contacts the campaign was sent to, optionally only those of one group. The search window
        defaults to the campaigns updated in the last three months. **If the campaign was not sent in the given
        dates, you get an empty list.**

        The `campaign_sent` list and its item fields are sourced (KP); no official sample was found.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_campaign_sent_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "campaign_sent",
            ("id",),
            id=id,
            groupid=groupid,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_unopened_report(
        self,
        id: int,
        *,
        groupid: int | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[CampaignReportContact, CampaignUnopenedReport]:
        """Get the contacts who did not open an email campaign

        Returns the contacts who received the campaign but did not open it, optionally only those of one group. The
        search window defaults to the campaigns updated in the last three months. **If the campaign was not sent in
        the given dates, you get an empty list.**

        The shape is inferred: `campaign_unopened` follows the `campaign_sent` and `campaign_opens` lists of the
        sibling reports. Every field is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_campaign_unopened_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "campaign_unopened",
            ("id",),
            id=id,
            groupid=groupid,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_complaints_report(
        self,
        id: int,
        *,
        groupid: int | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[CampaignReportContact, CampaignComplaintsReport]:
        """Get the contacts who reported an email campaign as spam

        Returns the campaign's complaint totals and the contacts who reported it as spam, optionally only those of
        one group. The search window defaults to the campaigns updated in the last three months. **If the campaign
        was not sent in the given dates, you get an empty list.**

        The field names changed between versions of the reference page: the current names are modelled
        (`total_complaints`, `total_complaint_rate`, `selected_complaints`); the older page
        (GET-api-campaignreports-id-complaints_Groupid_Page_Limit, without dates) used `complaints`,
        `complaints_rate` and `campaign_complaints`.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import get_campaign_complaints_report as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "selected_complaints",
            ("id",),
            id=id,
            groupid=groupid,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_bounces_report(
        self,
        id: int,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> CampaignBouncesReport:
        """Get an email campaign's bounces per domain

        Returns the campaign's bounce totals and the number of bounces per recipient domain. The search window
        defaults to the campaigns updated in the last three months. **If the campaign was not sent in the given
        dates, you get an empty list.**

        The official sample fills only `selected_bounces_domain`; `selected_bounces` (the bounced contacts) is null
        there and its item fields are not documented.
        """
        from . import get_campaign_bounces_report as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_campaign_bounces_by_type_report(
        self,
        id: int,
        *,
        bounce_type: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> CampaignBouncesReport:
        """Get an email campaign's bounces by bounce type

        Returns the campaign's bounced contacts, filtered by bounce type.

        The shape is inferred to be the bounces report (`ApiCampaignBouncesList`, whose `selected_bounces` list the
        per-domain report leaves null); every field is optional, and the bounced contact's fields are inferred
        (see `CampaignBounce`). The accepted `BounceType` values are not documented.
        """
        from . import get_campaign_bounces_by_type_report as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            bounce_type=bounce_type,
            page=page,
            limit=limit,
        )

    def get_campaign_domains_report(
        self,
        id: int,
    ) -> list[CampaignDomainReport]:
        """Get an email campaign's overview per recipient domain

        Returns the campaign's results (sent, opens, clicks, bounces...) per recipient email domain.

        The shape is inferred: a bare array of per-domain rows keyed by `domain_name` (the name the bounces report
        uses), with the counters public client code (COR) names for this call (sends, opens, clicks, bounces).
        Their field names are inferred (see `CampaignDomainReport`); every field is optional.
        """
        from . import get_campaign_domains_report as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_campaign_browser_clients_report(
        self,
        id: int,
    ) -> CampaignBrowserClientsReport:
        """Get an email campaign's browser and email-client statistics

        **Inferred path:** no source shows this path; `browserclients` follows the lowercase sub-resource names of
        this section (`clickdetails`, `emailactivity`). Returns the statistics of the browsers and email clients
        the campaign was opened with. **Inferred shape** too (no source shows the body): two lists, browsers and
        email clients, each row a client name with its opens and share (see `CampaignBrowserClientsReport`);
        every field is optional.
        """
        from . import get_campaign_browser_clients_report as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )
