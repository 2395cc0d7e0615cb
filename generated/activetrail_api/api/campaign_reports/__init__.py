"""The campaign_reports operations: one module per operation, its descriptor, and the `AsyncCampaignReports` and
`SyncCampaignReports` namespaces with one method per operation (what `client.campaign_reports` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

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

__all__ = [
    "OPERATIONS",
    "AsyncCampaignReports",
    "AsyncCampaignReportsWithRawResponse",
    "SyncCampaignReports",
    "SyncCampaignReportsWithRawResponse",
]


_LIST_CAMPAIGN_REPORTS = op.Operation(
    name="list_campaign_reports",
    module=__name__ + ".list_campaign_reports",
    method="GET",
    path="/api/campaignreports",
    parameters=(
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[CampaignReportSummary]",
    paging=op.PageNumberPaging("page", "limit"),
)


_GET_CAMPAIGN_REPORT = op.Operation(
    name="get_campaign_report",
    module=__name__ + ".get_campaign_report",
    method="GET",
    path="/api/campaignreports/{id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
    ),
    success="CampaignReportSummary",
)


_GET_CAMPAIGN_CLICK_DETAILS_REPORT = op.Operation(
    name="get_campaign_click_details_report",
    module=__name__ + ".get_campaign_click_details_report",
    method="GET",
    path="/api/campaignreports/{id}/clickdetails",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("link_id", "LinkId", "query", op.INT, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="CampaignClickDetailsReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="urls_clicked",
)


_GET_CAMPAIGN_LINK_CLICK_DETAILS_REPORT = op.Operation(
    name="get_campaign_link_click_details_report",
    module=__name__ + ".get_campaign_link_click_details_report",
    method="GET",
    path="/api/campaignreports/{id}/clickdetails/{link_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("link_id", "linkId", "path", op.INT),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="CampaignClickDetailsReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="urls_clicked",
)


_GET_CAMPAIGN_UNSUBSCRIBES_REPORT = op.Operation(
    name="get_campaign_unsubscribes_report",
    module=__name__ + ".get_campaign_unsubscribes_report",
    method="GET",
    path="/api/campaignreports/{id}/unsubscribed",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="CampaignUnsubscribesReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="unsubscribes",
)


_GET_CAMPAIGN_EMAIL_ACTIVITY_REPORT = op.Operation(
    name="get_campaign_email_activity_report",
    module=__name__ + ".get_campaign_email_activity_report",
    method="GET",
    path="/api/campaignreports/{id}/emailactivity",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="CampaignEmailActivityReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="emails",
)


_GET_CAMPAIGN_OPENS_REPORT = op.Operation(
    name="get_campaign_opens_report",
    module=__name__ + ".get_campaign_opens_report",
    method="GET",
    path="/api/campaignreports/{id}/opens",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("groupid", "Groupid", "query", op.INT, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="CampaignOpensReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="campaign_opens",
)


_GET_CAMPAIGN_SENT_REPORT = op.Operation(
    name="get_campaign_sent_report",
    module=__name__ + ".get_campaign_sent_report",
    method="GET",
    path="/api/campaignreports/{id}/sent",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("groupid", "Groupid", "query", op.INT, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="CampaignSentReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="campaign_sent",
)


_GET_CAMPAIGN_UNOPENED_REPORT = op.Operation(
    name="get_campaign_unopened_report",
    module=__name__ + ".get_campaign_unopened_report",
    method="GET",
    path="/api/campaignreports/{id}/unopened",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("groupid", "Groupid", "query", op.INT, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="CampaignUnopenedReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="campaign_unopened",
)


_GET_CAMPAIGN_COMPLAINTS_REPORT = op.Operation(
    name="get_campaign_complaints_report",
    module=__name__ + ".get_campaign_complaints_report",
    method="GET",
    path="/api/campaignreports/{id}/complaints",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("groupid", "Groupid", "query", op.INT, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="CampaignComplaintsReport",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="selected_complaints",
)


_GET_CAMPAIGN_BOUNCES_REPORT = op.Operation(
    name="get_campaign_bounces_report",
    module=__name__ + ".get_campaign_bounces_report",
    method="GET",
    path="/api/campaignreports/{id}/bounces",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="CampaignBouncesReport",
)


_GET_CAMPAIGN_BOUNCES_BY_TYPE_REPORT = op.Operation(
    name="get_campaign_bounces_by_type_report",
    module=__name__ + ".get_campaign_bounces_by_type_report",
    method="GET",
    path="/api/campaignreports/{id}/bounced",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("bounce_type", "BounceType", "query", op.STR, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="CampaignBouncesReport",
)


_GET_CAMPAIGN_DOMAINS_REPORT = op.Operation(
    name="get_campaign_domains_report",
    module=__name__ + ".get_campaign_domains_report",
    method="GET",
    path="/api/campaignreports/{id}/domains",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="list[CampaignDomainReport]",
)


_GET_CAMPAIGN_BROWSER_CLIENTS_REPORT = op.Operation(
    name="get_campaign_browser_clients_report",
    module=__name__ + ".get_campaign_browser_clients_report",
    method="GET",
    path="/api/campaignreports/{id}/browserclients",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="CampaignBrowserClientsReport",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_campaign_reports": _LIST_CAMPAIGN_REPORTS,
    "get_campaign_report": _GET_CAMPAIGN_REPORT,
    "get_campaign_click_details_report": _GET_CAMPAIGN_CLICK_DETAILS_REPORT,
    "get_campaign_link_click_details_report": _GET_CAMPAIGN_LINK_CLICK_DETAILS_REPORT,
    "get_campaign_unsubscribes_report": _GET_CAMPAIGN_UNSUBSCRIBES_REPORT,
    "get_campaign_email_activity_report": _GET_CAMPAIGN_EMAIL_ACTIVITY_REPORT,
    "get_campaign_opens_report": _GET_CAMPAIGN_OPENS_REPORT,
    "get_campaign_sent_report": _GET_CAMPAIGN_SENT_REPORT,
    "get_campaign_unopened_report": _GET_CAMPAIGN_UNOPENED_REPORT,
    "get_campaign_complaints_report": _GET_CAMPAIGN_COMPLAINTS_REPORT,
    "get_campaign_bounces_report": _GET_CAMPAIGN_BOUNCES_REPORT,
    "get_campaign_bounces_by_type_report": _GET_CAMPAIGN_BOUNCES_BY_TYPE_REPORT,
    "get_campaign_domains_report": _GET_CAMPAIGN_DOMAINS_REPORT,
    "get_campaign_browser_clients_report": _GET_CAMPAIGN_BROWSER_CLIENTS_REPORT,
}


class AsyncCampaignReports:
    """Reports on sent email campaigns (opens, clicks, bounces, unsubscribes...).

    The campaign_reports operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncCampaignReportsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncCampaignReportsWithRawResponse(self._runner)

    def list_campaign_reports(
        self,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _LIST_CAMPAIGN_REPORTS,
            {
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

    async def get_campaign_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> CampaignReportSummary:
        """Get the overview report of an email campaign

        Returns the overview report of one campaign. The search window defaults to the campaigns updated in the
        last three months. **If the campaign was not sent in the given dates, the server answers an error.**

        The shape is inferred to be one item of `GET /api/campaignreports`; every field is optional.
        """
        return await self._runner._call(
            _GET_CAMPAIGN_REPORT,
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

    def get_campaign_click_details_report(
        self,
        id: int,
        *,
        link_id: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _GET_CAMPAIGN_CLICK_DETAILS_REPORT,
            {
                "id": id,
                "link_id": link_id,
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

    def get_campaign_link_click_details_report(
        self,
        id: int,
        link_id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[CampaignClickDetail, CampaignClickDetailsReport]:
        """Get the contacts who clicked one link of an email campaign

        Returns the contacts who clicked the given link, with the click date. The search window defaults to the
        campaigns updated in the last three months. **If the campaign was not sent in the given dates, the server
        answers an error.**

        KP reads `contact_id`, `email`, `first_name`, `last_name`, `link_id` and `click_date` from the items; `sms`
        mirrors the official SMS click-details sample.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_CAMPAIGN_LINK_CLICK_DETAILS_REPORT,
            {
                "id": id,
                "link_id": link_id,
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

    def get_campaign_unsubscribes_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[CampaignUnsubscribe, CampaignUnsubscribesReport]:
        """Get the contacts who unsubscribed from an email campaign

        Returns the contacts who unsubscribed through the campaign, with their reason. The search window defaults to
        the campaigns updated in the last three months. **If the campaign was not sent in the given dates, you get
        an empty list.**

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_CAMPAIGN_UNSUBSCRIBES_REPORT,
            {
                "id": id,
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

    def get_campaign_email_activity_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[CampaignEmailActivity, CampaignEmailActivityReport]:
        """Get every contact's activity on an email campaign

        Returns each contact's activity on the campaign (opens and their dates). The search window defaults to the
        campaigns updated in the last three months. **If the campaign was not sent in the given dates, the server
        answers an error.**

        The `emails` list is sourced (KP); KP's two versions read the address as `email_address` and as `email`, so
        both are modelled. The paging and date parameters are the ones KP sends.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_CAMPAIGN_EMAIL_ACTIVITY_REPORT,
            {
                "id": id,
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

    def get_campaign_opens_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[CampaignReportContact, CampaignOpensReport]:
        """Get the contacts who opened an email campaign

        Returns the campaign's open counts and the contacts who opened it, optionally only those of one group. The
        search window defaults to the campaigns updated in the last three months. **If the campaign was not sent in
        the given dates, you get an empty list.**

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_CAMPAIGN_OPENS_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    def get_campaign_sent_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[CampaignReportContact, CampaignSentReport]:
        """Get the contacts an email campaign was sent to

        Returns the contacts the campaign was sent to, optionally only those of one group. The search window
        defaults to the campaigns updated in the last three months. **If the campaign was not sent in the given
        dates, you get an empty list.**

        The `campaign_sent` list and its item fields are sourced (KP); no official sample was found.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_CAMPAIGN_SENT_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    def get_campaign_unopened_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[CampaignReportContact, CampaignUnopenedReport]:
        """Get the contacts who did not open an email campaign

        Returns the contacts who received the campaign but did not open it, optionally only those of one group. The
        search window defaults to the campaigns updated in the last three months. **If the campaign was not sent in
        the given dates, you get an empty list.**

        The shape is inferred: `campaign_unopened` follows the `campaign_sent` and `campaign_opens` lists of the
        sibling reports. Every field is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_CAMPAIGN_UNOPENED_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    def get_campaign_complaints_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _GET_CAMPAIGN_COMPLAINTS_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    async def get_campaign_bounces_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> CampaignBouncesReport:
        """Get an email campaign's bounces per domain

        Returns the campaign's bounce totals and the number of bounces per recipient domain. The search window
        defaults to the campaigns updated in the last three months. **If the campaign was not sent in the given
        dates, you get an empty list.**

        The official sample fills only `selected_bounces_domain`; `selected_bounces` (the bounced contacts) is null
        there and its item fields are not documented.
        """
        return await self._runner._call(
            _GET_CAMPAIGN_BOUNCES_REPORT,
            {
                "id": id,
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

    async def get_campaign_bounces_by_type_report(
        self,
        id: int,
        *,
        bounce_type: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> CampaignBouncesReport:
        """Get an email campaign's bounces by bounce type

        Returns the campaign's bounced contacts, filtered by bounce type.

        The shape is inferred to be the bounces report (`ApiCampaignBouncesList`, whose `selected_bounces` list the
        per-domain report leaves null); every field is optional, and the bounced contact's fields are inferred
        (see `CampaignBounce`). The accepted `BounceType` values are not documented.
        """
        return await self._runner._call(
            _GET_CAMPAIGN_BOUNCES_BY_TYPE_REPORT,
            {
                "id": id,
                "bounce_type": bounce_type,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_campaign_domains_report(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[CampaignDomainReport]:
        """Get an email campaign's overview per recipient domain

        Returns the campaign's results (sent, opens, clicks, bounces...) per recipient email domain.

        The shape is inferred: a bare array of per-domain rows keyed by `domain_name` (the name the bounces report
        uses), with the counters public client code (COR) names for this call (sends, opens, clicks, bounces).
        Their field names are inferred (see `CampaignDomainReport`); every field is optional.
        """
        return await self._runner._call(
            _GET_CAMPAIGN_DOMAINS_REPORT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_campaign_browser_clients_report(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> CampaignBrowserClientsReport:
        """Get an email campaign's browser and email-client statistics

        **Inferred path:** no source shows this path; `browserclients` follows the lowercase sub-resource names of
        this section (`clickdetails`, `emailactivity`). Returns the statistics of the browsers and email clients
        the campaign was opened with. **Inferred shape** too (no source shows the body): two lists, browsers and
        email clients, each row a client name with its opens and share (see `CampaignBrowserClientsReport`);
        every field is optional.
        """
        return await self._runner._call(
            _GET_CAMPAIGN_BROWSER_CLIENTS_REPORT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncCampaignReportsWithRawResponse:
    """Reports on sent email campaigns (opens, clicks, bounces, unsubscribes...).

    The campaign_reports operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncCampaignReports`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_campaign_reports(
        self,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[CampaignReportSummary]]:
        """List the reports of the account's email campaigns: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CAMPAIGN_REPORTS,
            {
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

    async def get_campaign_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignReportSummary]:
        """Get the overview report of an email campaign: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_REPORT,
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

    async def get_campaign_click_details_report(
        self,
        id: int,
        *,
        link_id: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignClickDetailsReport]:
        """Get the click report of an email campaign: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_CLICK_DETAILS_REPORT,
            {
                "id": id,
                "link_id": link_id,
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

    async def get_campaign_link_click_details_report(
        self,
        id: int,
        link_id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignClickDetailsReport]:
        """Get the contacts who clicked one link of an email campaign: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_LINK_CLICK_DETAILS_REPORT,
            {
                "id": id,
                "link_id": link_id,
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

    async def get_campaign_unsubscribes_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignUnsubscribesReport]:
        """Get the contacts who unsubscribed from an email campaign: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_UNSUBSCRIBES_REPORT,
            {
                "id": id,
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

    async def get_campaign_email_activity_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignEmailActivityReport]:
        """Get every contact's activity on an email campaign: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_EMAIL_ACTIVITY_REPORT,
            {
                "id": id,
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

    async def get_campaign_opens_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignOpensReport]:
        """Get the contacts who opened an email campaign: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_OPENS_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    async def get_campaign_sent_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignSentReport]:
        """Get the contacts an email campaign was sent to: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_SENT_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    async def get_campaign_unopened_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignUnopenedReport]:
        """Get the contacts who did not open an email campaign: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_UNOPENED_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    async def get_campaign_complaints_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignComplaintsReport]:
        """Get the contacts who reported an email campaign as spam: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_COMPLAINTS_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    async def get_campaign_bounces_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignBouncesReport]:
        """Get an email campaign's bounces per domain: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_BOUNCES_REPORT,
            {
                "id": id,
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

    async def get_campaign_bounces_by_type_report(
        self,
        id: int,
        *,
        bounce_type: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignBouncesReport]:
        """Get an email campaign's bounces by bounce type: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_BOUNCES_BY_TYPE_REPORT,
            {
                "id": id,
                "bounce_type": bounce_type,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_campaign_domains_report(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[CampaignDomainReport]]:
        """Get an email campaign's overview per recipient domain: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_DOMAINS_REPORT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_campaign_browser_clients_report(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignBrowserClientsReport]:
        """Get an email campaign's browser and email-client statistics: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_BROWSER_CLIENTS_REPORT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncCampaignReports:
    """Reports on sent email campaigns (opens, clicks, bounces, unsubscribes...).

    The campaign_reports operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncCampaignReportsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncCampaignReportsWithRawResponse(self._runner)

    def list_campaign_reports(
        self,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _LIST_CAMPAIGN_REPORTS,
            {
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

    def get_campaign_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> CampaignReportSummary:
        """Get the overview report of an email campaign

        Returns the overview report of one campaign. The search window defaults to the campaigns updated in the
        last three months. **If the campaign was not sent in the given dates, the server answers an error.**

        The shape is inferred to be one item of `GET /api/campaignreports`; every field is optional.
        """
        return self._runner._call(
            _GET_CAMPAIGN_REPORT,
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

    def get_campaign_click_details_report(
        self,
        id: int,
        *,
        link_id: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _GET_CAMPAIGN_CLICK_DETAILS_REPORT,
            {
                "id": id,
                "link_id": link_id,
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

    def get_campaign_link_click_details_report(
        self,
        id: int,
        link_id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[CampaignClickDetail, CampaignClickDetailsReport]:
        """Get the contacts who clicked one link of an email campaign

        Returns the contacts who clicked the given link, with the click date. The search window defaults to the
        campaigns updated in the last three months. **If the campaign was not sent in the given dates, the server
        answers an error.**

        KP reads `contact_id`, `email`, `first_name`, `last_name`, `link_id` and `click_date` from the items; `sms`
        mirrors the official SMS click-details sample.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_CAMPAIGN_LINK_CLICK_DETAILS_REPORT,
            {
                "id": id,
                "link_id": link_id,
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

    def get_campaign_unsubscribes_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[CampaignUnsubscribe, CampaignUnsubscribesReport]:
        """Get the contacts who unsubscribed from an email campaign

        Returns the contacts who unsubscribed through the campaign, with their reason. The search window defaults to
        the campaigns updated in the last three months. **If the campaign was not sent in the given dates, you get
        an empty list.**

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_CAMPAIGN_UNSUBSCRIBES_REPORT,
            {
                "id": id,
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

    def get_campaign_email_activity_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[CampaignEmailActivity, CampaignEmailActivityReport]:
        """Get every contact's activity on an email campaign

        Returns each contact's activity on the campaign (opens and their dates). The search window defaults to the
        campaigns updated in the last three months. **If the campaign was not sent in the given dates, the server
        answers an error.**

        The `emails` list is sourced (KP); KP's two versions read the address as `email_address` and as `email`, so
        both are modelled. The paging and date parameters are the ones KP sends.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_CAMPAIGN_EMAIL_ACTIVITY_REPORT,
            {
                "id": id,
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

    def get_campaign_opens_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[CampaignReportContact, CampaignOpensReport]:
        """Get the contacts who opened an email campaign

        Returns the campaign's open counts and the contacts who opened it, optionally only those of one group. The
        search window defaults to the campaigns updated in the last three months. **If the campaign was not sent in
        the given dates, you get an empty list.**

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_CAMPAIGN_OPENS_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    def get_campaign_sent_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[CampaignReportContact, CampaignSentReport]:
        """Get the contacts an email campaign was sent to

        Returns the contacts the campaign was sent to, optionally only those of one group. The search window
        defaults to the campaigns updated in the last three months. **If the campaign was not sent in the given
        dates, you get an empty list.**

        The `campaign_sent` list and its item fields are sourced (KP); no official sample was found.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_CAMPAIGN_SENT_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    def get_campaign_unopened_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[CampaignReportContact, CampaignUnopenedReport]:
        """Get the contacts who did not open an email campaign

        Returns the contacts who received the campaign but did not open it, optionally only those of one group. The
        search window defaults to the campaigns updated in the last three months. **If the campaign was not sent in
        the given dates, you get an empty list.**

        The shape is inferred: `campaign_unopened` follows the `campaign_sent` and `campaign_opens` lists of the
        sibling reports. Every field is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _GET_CAMPAIGN_UNOPENED_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    def get_campaign_complaints_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _GET_CAMPAIGN_COMPLAINTS_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    def get_campaign_bounces_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> CampaignBouncesReport:
        """Get an email campaign's bounces per domain

        Returns the campaign's bounce totals and the number of bounces per recipient domain. The search window
        defaults to the campaigns updated in the last three months. **If the campaign was not sent in the given
        dates, you get an empty list.**

        The official sample fills only `selected_bounces_domain`; `selected_bounces` (the bounced contacts) is null
        there and its item fields are not documented.
        """
        return self._runner._call(
            _GET_CAMPAIGN_BOUNCES_REPORT,
            {
                "id": id,
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

    def get_campaign_bounces_by_type_report(
        self,
        id: int,
        *,
        bounce_type: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> CampaignBouncesReport:
        """Get an email campaign's bounces by bounce type

        Returns the campaign's bounced contacts, filtered by bounce type.

        The shape is inferred to be the bounces report (`ApiCampaignBouncesList`, whose `selected_bounces` list the
        per-domain report leaves null); every field is optional, and the bounced contact's fields are inferred
        (see `CampaignBounce`). The accepted `BounceType` values are not documented.
        """
        return self._runner._call(
            _GET_CAMPAIGN_BOUNCES_BY_TYPE_REPORT,
            {
                "id": id,
                "bounce_type": bounce_type,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_campaign_domains_report(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[CampaignDomainReport]:
        """Get an email campaign's overview per recipient domain

        Returns the campaign's results (sent, opens, clicks, bounces...) per recipient email domain.

        The shape is inferred: a bare array of per-domain rows keyed by `domain_name` (the name the bounces report
        uses), with the counters public client code (COR) names for this call (sends, opens, clicks, bounces).
        Their field names are inferred (see `CampaignDomainReport`); every field is optional.
        """
        return self._runner._call(
            _GET_CAMPAIGN_DOMAINS_REPORT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_campaign_browser_clients_report(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> CampaignBrowserClientsReport:
        """Get an email campaign's browser and email-client statistics

        **Inferred path:** no source shows this path; `browserclients` follows the lowercase sub-resource names of
        this section (`clickdetails`, `emailactivity`). Returns the statistics of the browsers and email clients
        the campaign was opened with. **Inferred shape** too (no source shows the body): two lists, browsers and
        email clients, each row a client name with its opens and share (see `CampaignBrowserClientsReport`);
        every field is optional.
        """
        return self._runner._call(
            _GET_CAMPAIGN_BROWSER_CLIENTS_REPORT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncCampaignReportsWithRawResponse:
    """Reports on sent email campaigns (opens, clicks, bounces, unsubscribes...).

    The campaign_reports operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncCampaignReports`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_campaign_reports(
        self,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[CampaignReportSummary]]:
        """List the reports of the account's email campaigns: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CAMPAIGN_REPORTS,
            {
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

    def get_campaign_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignReportSummary]:
        """Get the overview report of an email campaign: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_REPORT,
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

    def get_campaign_click_details_report(
        self,
        id: int,
        *,
        link_id: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignClickDetailsReport]:
        """Get the click report of an email campaign: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_CLICK_DETAILS_REPORT,
            {
                "id": id,
                "link_id": link_id,
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

    def get_campaign_link_click_details_report(
        self,
        id: int,
        link_id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignClickDetailsReport]:
        """Get the contacts who clicked one link of an email campaign: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_LINK_CLICK_DETAILS_REPORT,
            {
                "id": id,
                "link_id": link_id,
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

    def get_campaign_unsubscribes_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignUnsubscribesReport]:
        """Get the contacts who unsubscribed from an email campaign: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_UNSUBSCRIBES_REPORT,
            {
                "id": id,
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

    def get_campaign_email_activity_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignEmailActivityReport]:
        """Get every contact's activity on an email campaign: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_EMAIL_ACTIVITY_REPORT,
            {
                "id": id,
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

    def get_campaign_opens_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignOpensReport]:
        """Get the contacts who opened an email campaign: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_OPENS_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    def get_campaign_sent_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignSentReport]:
        """Get the contacts an email campaign was sent to: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_SENT_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    def get_campaign_unopened_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignUnopenedReport]:
        """Get the contacts who did not open an email campaign: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_UNOPENED_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    def get_campaign_complaints_report(
        self,
        id: int,
        *,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignComplaintsReport]:
        """Get the contacts who reported an email campaign as spam: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_COMPLAINTS_REPORT,
            {
                "id": id,
                "groupid": groupid,
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

    def get_campaign_bounces_report(
        self,
        id: int,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignBouncesReport]:
        """Get an email campaign's bounces per domain: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_BOUNCES_REPORT,
            {
                "id": id,
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

    def get_campaign_bounces_by_type_report(
        self,
        id: int,
        *,
        bounce_type: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignBouncesReport]:
        """Get an email campaign's bounces by bounce type: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_BOUNCES_BY_TYPE_REPORT,
            {
                "id": id,
                "bounce_type": bounce_type,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_campaign_domains_report(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[CampaignDomainReport]]:
        """Get an email campaign's overview per recipient domain: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_DOMAINS_REPORT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_campaign_browser_clients_report(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CampaignBrowserClientsReport]:
        """Get an email campaign's browser and email-client statistics: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_BROWSER_CLIENTS_REPORT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
