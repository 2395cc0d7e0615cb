"""The campaigns operations: one module per operation, its descriptor, and the `AsyncCampaigns` and
`SyncCampaigns` namespaces with one method per operation (what `client.campaigns` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.email_campaign import EmailCampaign
    from ...models.email_campaign_contacts import EmailCampaignContacts
    from ...models.email_campaign_contacts_create import EmailCampaignContactsCreate
    from ...models.email_campaign_create import EmailCampaignCreate
    from ...models.email_campaign_design import EmailCampaignDesign
    from ...models.email_campaign_details import EmailCampaignDetails
    from ...models.email_campaign_scheduling import EmailCampaignScheduling
    from ...models.email_campaign_segment import EmailCampaignSegment
    from ...models.email_campaign_segment_input import EmailCampaignSegmentInput
    from ...models.email_campaign_template import EmailCampaignTemplate
    from ...models.email_campaign_update import EmailCampaignUpdate
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncCampaigns",
    "AsyncCampaignsWithRawResponse",
    "SyncCampaigns",
    "SyncCampaignsWithRawResponse",
]


_LIST_CAMPAIGNS = op.Operation(
    name="list_campaigns",
    module=__name__ + ".list_campaigns",
    method="GET",
    path="/api/campaigns",
    parameters=(
        op.Parameter(
            "mailing_list_id", "MailingListId", "query", op.INT, required=False
        ),
        op.Parameter(
            "content_category_id", "ContentCategoryId", "query", op.INT, required=False
        ),
        op.Parameter("search_term", "SearchTerm", "query", op.STR, required=False),
        op.Parameter("send_type", "SendType", "query", op.STR, required=False),
        op.Parameter("groupid", "Groupid", "query", op.INT, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[EmailCampaign]",
    paging=op.PageNumberPaging("page", "limit"),
)


_CREATE_CAMPAIGN = op.Operation(
    name="create_campaign",
    module=__name__ + ".create_campaign",
    method="POST",
    path="/api/campaigns",
    parameters=(
        op.Parameter("body", "", "body", op.Type("model", "EmailCampaignCreate")),
    ),
    success="EmailCampaign",
)


_GET_CAMPAIGN = op.Operation(
    name="get_campaign",
    module=__name__ + ".get_campaign",
    method="GET",
    path="/api/campaigns/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="EmailCampaign",
)


_UPDATE_CAMPAIGN = op.Operation(
    name="update_campaign",
    module=__name__ + ".update_campaign",
    method="PUT",
    path="/api/campaigns/{id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "EmailCampaignUpdate")),
    ),
    success="None",
)


_DELETE_CAMPAIGN = op.Operation(
    name="delete_campaign",
    module=__name__ + ".delete_campaign",
    method="DELETE",
    path="/api/campaigns/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="None",
)


_GET_CAMPAIGN_DETAILS = op.Operation(
    name="get_campaign_details",
    module=__name__ + ".get_campaign_details",
    method="GET",
    path="/api/campaigns/{id}/details",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="EmailCampaignDetails",
)


_UPDATE_CAMPAIGN_DETAILS = op.Operation(
    name="update_campaign_details",
    module=__name__ + ".update_campaign_details",
    method="PUT",
    path="/api/campaigns/{id}/details",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "EmailCampaignDetails")),
    ),
    success="None",
)


_GET_CAMPAIGN_TEMPLATE = op.Operation(
    name="get_campaign_template",
    module=__name__ + ".get_campaign_template",
    method="GET",
    path="/api/campaigns/{id}/template",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="EmailCampaignTemplate",
)


_UPDATE_CAMPAIGN_TEMPLATE = op.Operation(
    name="update_campaign_template",
    module=__name__ + ".update_campaign_template",
    method="PUT",
    path="/api/campaigns/{id}/template",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "EmailCampaignTemplate")),
    ),
    success="None",
)


_GET_CAMPAIGN_DESIGN = op.Operation(
    name="get_campaign_design",
    module=__name__ + ".get_campaign_design",
    method="GET",
    path="/api/campaigns/{id}/design",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="EmailCampaignDesign",
)


_UPDATE_CAMPAIGN_DESIGN = op.Operation(
    name="update_campaign_design",
    module=__name__ + ".update_campaign_design",
    method="PUT",
    path="/api/campaigns/{id}/design",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "EmailCampaignDesign")),
    ),
    success="None",
)


_GET_CAMPAIGN_SEGMENT = op.Operation(
    name="get_campaign_segment",
    module=__name__ + ".get_campaign_segment",
    method="GET",
    path="/api/campaigns/{id}/segment",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="EmailCampaignSegment",
)


_UPDATE_CAMPAIGN_SEGMENT = op.Operation(
    name="update_campaign_segment",
    module=__name__ + ".update_campaign_segment",
    method="PUT",
    path="/api/campaigns/{id}/segment",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "EmailCampaignSegmentInput")),
    ),
    success="None",
)


_GET_CAMPAIGN_SCHEDULING = op.Operation(
    name="get_campaign_scheduling",
    module=__name__ + ".get_campaign_scheduling",
    method="GET",
    path="/api/campaigns/{id}/scheduling",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="EmailCampaignScheduling",
)


_UPDATE_CAMPAIGN_SCHEDULING = op.Operation(
    name="update_campaign_scheduling",
    module=__name__ + ".update_campaign_scheduling",
    method="PUT",
    path="/api/campaigns/{id}/scheduling",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "EmailCampaignScheduling")),
    ),
    success="None",
)


_LIST_SENT_CAMPAIGNS = op.Operation(
    name="list_sent_campaigns",
    module=__name__ + ".list_sent_campaigns",
    method="GET",
    path="/api/campaigns/SentCampaigns",
    parameters=(
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[EmailCampaign]",
    paging=op.PageNumberPaging("page", "limit"),
)


_CREATE_CAMPAIGN_FOR_CONTACTS = op.Operation(
    name="create_campaign_for_contacts",
    module=__name__ + ".create_campaign_for_contacts",
    method="POST",
    path="/api/campaigns/Contacts",
    parameters=(
        op.Parameter(
            "body", "", "body", op.Type("model", "EmailCampaignContactsCreate")
        ),
    ),
    success="EmailCampaign",
)


_SEND_CAMPAIGN_TO_CONTACTS = op.Operation(
    name="send_campaign_to_contacts",
    module=__name__ + ".send_campaign_to_contacts",
    method="PUT",
    path="/api/campaigns/{id}/Contacts",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "EmailCampaignContacts")),
    ),
    success="None",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_campaigns": _LIST_CAMPAIGNS,
    "create_campaign": _CREATE_CAMPAIGN,
    "get_campaign": _GET_CAMPAIGN,
    "update_campaign": _UPDATE_CAMPAIGN,
    "delete_campaign": _DELETE_CAMPAIGN,
    "get_campaign_details": _GET_CAMPAIGN_DETAILS,
    "update_campaign_details": _UPDATE_CAMPAIGN_DETAILS,
    "get_campaign_template": _GET_CAMPAIGN_TEMPLATE,
    "update_campaign_template": _UPDATE_CAMPAIGN_TEMPLATE,
    "get_campaign_design": _GET_CAMPAIGN_DESIGN,
    "update_campaign_design": _UPDATE_CAMPAIGN_DESIGN,
    "get_campaign_segment": _GET_CAMPAIGN_SEGMENT,
    "update_campaign_segment": _UPDATE_CAMPAIGN_SEGMENT,
    "get_campaign_scheduling": _GET_CAMPAIGN_SCHEDULING,
    "update_campaign_scheduling": _UPDATE_CAMPAIGN_SCHEDULING,
    "list_sent_campaigns": _LIST_SENT_CAMPAIGNS,
    "create_campaign_for_contacts": _CREATE_CAMPAIGN_FOR_CONTACTS,
    "send_campaign_to_contacts": _SEND_CAMPAIGN_TO_CONTACTS,
}


class AsyncCampaigns:
    """Email campaigns.

    The campaigns operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncCampaignsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncCampaignsWithRawResponse(self._runner)

    def list_campaigns(
        self,
        *,
        mailing_list_id: int | None = None,
        content_category_id: int | None = None,
        search_term: str | None = None,
        send_type: str | None = None,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[EmailCampaign, list[EmailCampaign]]:
        """List the account's email campaigns

        Returns the account's email campaigns, filtered by mailing list, content category, name, send type, group
        and
        date. Without dates you get the campaigns last updated in the last three months; without `Limit` you get 20.

        The items are inferred to have the shape of `GET /api/campaigns/{id}` (no official sample of the list was
        found); every field is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_CAMPAIGNS,
            {
                "mailing_list_id": mailing_list_id,
                "content_category_id": content_category_id,
                "search_term": search_term,
                "send_type": send_type,
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

    async def create_campaign(
        self,
        *,
        body: EmailCampaignCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaign:
        """Create an email campaign for groups

        Creates an email campaign addressed to groups (the `segment`) and returns it. The campaign can be a regular,
        an A/B split (`a_b_settings`) or an e-commerce (`carts`) campaign. It stays a draft unless
        `scheduling.is_sent` is true or a `scheduling.scheduled_date_utc` is set; `send_test` sends test copies.
        ActiveTrail's Postman collection has simplified examples of these bodies.

        The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).
        """
        return await self._runner._call(
            _CREATE_CAMPAIGN,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_campaign(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaign:
        """Get an email campaign

        Returns one email campaign with its details, design, template, sending settings, schedule and A/B settings.
        The shape is inferred from the campaign's parts (each part has its own endpoint); every field is optional.
        """
        return await self._runner._call(
            _GET_CAMPAIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_campaign(
        self,
        id: int,
        *,
        body: EmailCampaignUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update an email campaign (drafts only)

        Replaces the campaign's details, design, template, A/B settings, carts and pairs. **Only campaigns in draft
        mode can be updated.** `send_test` sends test copies of the updated campaign. No response body is
        documented.
        """
        return await self._runner._call(
            _UPDATE_CAMPAIGN,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def delete_campaign(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete an email campaign

        Deletes the email campaign. Not a seed line; no response body is documented.
        """
        return await self._runner._call(
            _DELETE_CAMPAIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_campaign_details(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaignDetails:
        """Get an email campaign's details

        Returns the campaign's name, subject, sending profile, preheader and related settings.
        """
        return await self._runner._call(
            _GET_CAMPAIGN_DETAILS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_campaign_details(
        self,
        id: int,
        *,
        body: EmailCampaignDetails,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update an email campaign's details (drafts only)

        Replaces the campaign's details. **Only campaigns in draft mode can be updated.** No response body is
        documented.
        """
        return await self._runner._call(
            _UPDATE_CAMPAIGN_DETAILS,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_campaign_template(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaignTemplate:
        """Get the template an email campaign uses

        Returns the "my templates" template the campaign is based on (its id).
        """
        return await self._runner._call(
            _GET_CAMPAIGN_TEMPLATE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_campaign_template(
        self,
        id: int,
        *,
        body: EmailCampaignTemplate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Set the template of an email campaign (drafts only)

        Bases the campaign on another "my templates" template. **Only campaigns in draft mode can be updated.** No
        response body is documented.
        """
        return await self._runner._call(
            _UPDATE_CAMPAIGN_TEMPLATE,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_campaign_design(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaignDesign:
        """Get an email campaign's design

        Returns the campaign's HTML content and its rendering settings (encoding, print link, CSS inlining).
        """
        return await self._runner._call(
            _GET_CAMPAIGN_DESIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_campaign_design(
        self,
        id: int,
        *,
        body: EmailCampaignDesign,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update an email campaign's design (drafts only)

        Replaces the campaign's HTML content and rendering settings. **Only campaigns in draft mode can be
        updated.** No response body is documented.
        """
        return await self._runner._call(
            _UPDATE_CAMPAIGN_DESIGN,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_campaign_segment(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaignSegment:
        """Get an email campaign's sending settings

        Returns who receives the campaign (groups, mailing list) and the sending restrictions (exclusions, volume
        limits, recency rules).
        """
        return await self._runner._call(
            _GET_CAMPAIGN_SEGMENT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_campaign_segment(
        self,
        id: int,
        *,
        body: EmailCampaignSegmentInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update an email campaign's sending settings (drafts only)

        Replaces the campaign's groups and sending restrictions. `group_ids` is required; `mailing_list_id` is
        required when the account has mailing lists (leave it out otherwise). **Only campaigns in draft mode can be
        updated.** No response body is documented.
        """
        return await self._runner._call(
            _UPDATE_CAMPAIGN_SEGMENT,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_campaign_scheduling(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaignScheduling:
        """Get an email campaign's schedule

        Returns whether the campaign is sent and when it is scheduled (UTC).
        """
        return await self._runner._call(
            _GET_CAMPAIGN_SCHEDULING,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_campaign_scheduling(
        self,
        id: int,
        *,
        body: EmailCampaignScheduling,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update an email campaign's schedule (drafts only)

        Sends the campaign now (`is_sent: true`) or schedules it for `scheduled_date_utc`. **Only campaigns in draft
        mode can be updated.** No response body is documented.
        """
        return await self._runner._call(
            _UPDATE_CAMPAIGN_SCHEDULING,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def list_sent_campaigns(
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
    ) -> AsyncPaginator[EmailCampaign, list[EmailCampaign]]:
        """List the sent email campaigns

        Returns the campaigns that were sent. The paging and date parameters are probable (they are not listed for
        this path in the docs index); the items are inferred to have the shape of `GET /api/campaigns/{id}`, every
        field optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_SENT_CAMPAIGNS,
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

    async def create_campaign_for_contacts(
        self,
        *,
        body: EmailCampaignContactsCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaign:
        """Create an email campaign for specific contacts

        Creates an email campaign addressed to the given contacts (by id and/or email) instead of groups, and
        returns
        it. Like `create_campaign` it can be a regular, A/B split or e-commerce campaign. DF creates each contact
        first (`POST /api/contacts`) and passes both the ids and the emails.

        The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).
        """
        return await self._runner._call(
            _CREATE_CAMPAIGN_FOR_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def send_campaign_to_contacts(
        self,
        id: int,
        *,
        body: EmailCampaignContacts,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send an existing email campaign to specific contacts

        Sends an existing campaign to the given contacts (by id and/or email). Not a seed line: only DF's endpoint
        list shows it ("send existing campaign to specific contacts"). The body is inferred to be the same contact
        list as in `create_campaign_for_contacts`; no response body is documented.
        """
        return await self._runner._call(
            _SEND_CAMPAIGN_TO_CONTACTS,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )


class AsyncCampaignsWithRawResponse:
    """Email campaigns.

    The campaigns operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncCampaigns`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_campaigns(
        self,
        *,
        mailing_list_id: int | None = None,
        content_category_id: int | None = None,
        search_term: str | None = None,
        send_type: str | None = None,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[EmailCampaign]]:
        """List the account's email campaigns: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CAMPAIGNS,
            {
                "mailing_list_id": mailing_list_id,
                "content_category_id": content_category_id,
                "search_term": search_term,
                "send_type": send_type,
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

    async def create_campaign(
        self,
        *,
        body: EmailCampaignCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaign]:
        """Create an email campaign for groups: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_CAMPAIGN,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_campaign(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaign]:
        """Get an email campaign: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_campaign(
        self,
        id: int,
        *,
        body: EmailCampaignUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update an email campaign (drafts only): the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_CAMPAIGN,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def delete_campaign(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete an email campaign: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_CAMPAIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_campaign_details(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaignDetails]:
        """Get an email campaign's details: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_DETAILS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_campaign_details(
        self,
        id: int,
        *,
        body: EmailCampaignDetails,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update an email campaign's details (drafts only): the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_CAMPAIGN_DETAILS,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_campaign_template(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaignTemplate]:
        """Get the template an email campaign uses: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_TEMPLATE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_campaign_template(
        self,
        id: int,
        *,
        body: EmailCampaignTemplate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Set the template of an email campaign (drafts only): the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_CAMPAIGN_TEMPLATE,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_campaign_design(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaignDesign]:
        """Get an email campaign's design: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_DESIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_campaign_design(
        self,
        id: int,
        *,
        body: EmailCampaignDesign,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update an email campaign's design (drafts only): the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_CAMPAIGN_DESIGN,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_campaign_segment(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaignSegment]:
        """Get an email campaign's sending settings: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_SEGMENT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_campaign_segment(
        self,
        id: int,
        *,
        body: EmailCampaignSegmentInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update an email campaign's sending settings (drafts only): the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_CAMPAIGN_SEGMENT,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_campaign_scheduling(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaignScheduling]:
        """Get an email campaign's schedule: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CAMPAIGN_SCHEDULING,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_campaign_scheduling(
        self,
        id: int,
        *,
        body: EmailCampaignScheduling,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update an email campaign's schedule (drafts only): the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_CAMPAIGN_SCHEDULING,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def list_sent_campaigns(
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
    ) -> RawResponse[list[EmailCampaign]]:
        """List the sent email campaigns: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_SENT_CAMPAIGNS,
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

    async def create_campaign_for_contacts(
        self,
        *,
        body: EmailCampaignContactsCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaign]:
        """Create an email campaign for specific contacts: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_CAMPAIGN_FOR_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def send_campaign_to_contacts(
        self,
        id: int,
        *,
        body: EmailCampaignContacts,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Send an existing email campaign to specific contacts: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _SEND_CAMPAIGN_TO_CONTACTS,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )


class SyncCampaigns:
    """Email campaigns.

    The campaigns operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncCampaignsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncCampaignsWithRawResponse(self._runner)

    def list_campaigns(
        self,
        *,
        mailing_list_id: int | None = None,
        content_category_id: int | None = None,
        search_term: str | None = None,
        send_type: str | None = None,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[EmailCampaign, list[EmailCampaign]]:
        """List the account's email campaigns

        Returns the account's email campaigns, filtered by mailing list, content category, name, send type, group
        and
        date. Without dates you get the campaigns last updated in the last three months; without `Limit` you get 20.

        The items are inferred to have the shape of `GET /api/campaigns/{id}` (no official sample of the list was
        found); every field is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_CAMPAIGNS,
            {
                "mailing_list_id": mailing_list_id,
                "content_category_id": content_category_id,
                "search_term": search_term,
                "send_type": send_type,
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

    def create_campaign(
        self,
        *,
        body: EmailCampaignCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaign:
        """Create an email campaign for groups

        Creates an email campaign addressed to groups (the `segment`) and returns it. The campaign can be a regular,
        an A/B split (`a_b_settings`) or an e-commerce (`carts`) campaign. It stays a draft unless
        `scheduling.is_sent` is true or a `scheduling.scheduled_date_utc` is set; `send_test` sends test copies.
        ActiveTrail's Postman collection has simplified examples of these bodies.

        The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).
        """
        return self._runner._call(
            _CREATE_CAMPAIGN,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_campaign(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaign:
        """Get an email campaign

        Returns one email campaign with its details, design, template, sending settings, schedule and A/B settings.
        The shape is inferred from the campaign's parts (each part has its own endpoint); every field is optional.
        """
        return self._runner._call(
            _GET_CAMPAIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_campaign(
        self,
        id: int,
        *,
        body: EmailCampaignUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update an email campaign (drafts only)

        Replaces the campaign's details, design, template, A/B settings, carts and pairs. **Only campaigns in draft
        mode can be updated.** `send_test` sends test copies of the updated campaign. No response body is
        documented.
        """
        return self._runner._call(
            _UPDATE_CAMPAIGN,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def delete_campaign(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete an email campaign

        Deletes the email campaign. Not a seed line; no response body is documented.
        """
        return self._runner._call(
            _DELETE_CAMPAIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_campaign_details(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaignDetails:
        """Get an email campaign's details

        Returns the campaign's name, subject, sending profile, preheader and related settings.
        """
        return self._runner._call(
            _GET_CAMPAIGN_DETAILS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_campaign_details(
        self,
        id: int,
        *,
        body: EmailCampaignDetails,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update an email campaign's details (drafts only)

        Replaces the campaign's details. **Only campaigns in draft mode can be updated.** No response body is
        documented.
        """
        return self._runner._call(
            _UPDATE_CAMPAIGN_DETAILS,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_campaign_template(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaignTemplate:
        """Get the template an email campaign uses

        Returns the "my templates" template the campaign is based on (its id).
        """
        return self._runner._call(
            _GET_CAMPAIGN_TEMPLATE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_campaign_template(
        self,
        id: int,
        *,
        body: EmailCampaignTemplate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Set the template of an email campaign (drafts only)

        Bases the campaign on another "my templates" template. **Only campaigns in draft mode can be updated.** No
        response body is documented.
        """
        return self._runner._call(
            _UPDATE_CAMPAIGN_TEMPLATE,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_campaign_design(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaignDesign:
        """Get an email campaign's design

        Returns the campaign's HTML content and its rendering settings (encoding, print link, CSS inlining).
        """
        return self._runner._call(
            _GET_CAMPAIGN_DESIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_campaign_design(
        self,
        id: int,
        *,
        body: EmailCampaignDesign,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update an email campaign's design (drafts only)

        Replaces the campaign's HTML content and rendering settings. **Only campaigns in draft mode can be
        updated.** No response body is documented.
        """
        return self._runner._call(
            _UPDATE_CAMPAIGN_DESIGN,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_campaign_segment(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaignSegment:
        """Get an email campaign's sending settings

        Returns who receives the campaign (groups, mailing list) and the sending restrictions (exclusions, volume
        limits, recency rules).
        """
        return self._runner._call(
            _GET_CAMPAIGN_SEGMENT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_campaign_segment(
        self,
        id: int,
        *,
        body: EmailCampaignSegmentInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update an email campaign's sending settings (drafts only)

        Replaces the campaign's groups and sending restrictions. `group_ids` is required; `mailing_list_id` is
        required when the account has mailing lists (leave it out otherwise). **Only campaigns in draft mode can be
        updated.** No response body is documented.
        """
        return self._runner._call(
            _UPDATE_CAMPAIGN_SEGMENT,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_campaign_scheduling(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaignScheduling:
        """Get an email campaign's schedule

        Returns whether the campaign is sent and when it is scheduled (UTC).
        """
        return self._runner._call(
            _GET_CAMPAIGN_SCHEDULING,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_campaign_scheduling(
        self,
        id: int,
        *,
        body: EmailCampaignScheduling,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update an email campaign's schedule (drafts only)

        Sends the campaign now (`is_sent: true`) or schedules it for `scheduled_date_utc`. **Only campaigns in draft
        mode can be updated.** No response body is documented.
        """
        return self._runner._call(
            _UPDATE_CAMPAIGN_SCHEDULING,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def list_sent_campaigns(
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
    ) -> SyncPaginator[EmailCampaign, list[EmailCampaign]]:
        """List the sent email campaigns

        Returns the campaigns that were sent. The paging and date parameters are probable (they are not listed for
        this path in the docs index); the items are inferred to have the shape of `GET /api/campaigns/{id}`, every
        field optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_SENT_CAMPAIGNS,
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

    def create_campaign_for_contacts(
        self,
        *,
        body: EmailCampaignContactsCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaign:
        """Create an email campaign for specific contacts

        Creates an email campaign addressed to the given contacts (by id and/or email) instead of groups, and
        returns
        it. Like `create_campaign` it can be a regular, A/B split or e-commerce campaign. DF creates each contact
        first (`POST /api/contacts`) and passes both the ids and the emails.

        The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).
        """
        return self._runner._call(
            _CREATE_CAMPAIGN_FOR_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def send_campaign_to_contacts(
        self,
        id: int,
        *,
        body: EmailCampaignContacts,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send an existing email campaign to specific contacts

        Sends an existing campaign to the given contacts (by id and/or email). Not a seed line: only DF's endpoint
        list shows it ("send existing campaign to specific contacts"). The body is inferred to be the same contact
        list as in `create_campaign_for_contacts`; no response body is documented.
        """
        return self._runner._call(
            _SEND_CAMPAIGN_TO_CONTACTS,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )


class SyncCampaignsWithRawResponse:
    """Email campaigns.

    The campaigns operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncCampaigns`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_campaigns(
        self,
        *,
        mailing_list_id: int | None = None,
        content_category_id: int | None = None,
        search_term: str | None = None,
        send_type: str | None = None,
        groupid: int | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[EmailCampaign]]:
        """List the account's email campaigns: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CAMPAIGNS,
            {
                "mailing_list_id": mailing_list_id,
                "content_category_id": content_category_id,
                "search_term": search_term,
                "send_type": send_type,
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

    def create_campaign(
        self,
        *,
        body: EmailCampaignCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaign]:
        """Create an email campaign for groups: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_CAMPAIGN,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_campaign(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaign]:
        """Get an email campaign: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_campaign(
        self,
        id: int,
        *,
        body: EmailCampaignUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update an email campaign (drafts only): the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_CAMPAIGN,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def delete_campaign(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete an email campaign: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_CAMPAIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_campaign_details(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaignDetails]:
        """Get an email campaign's details: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_DETAILS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_campaign_details(
        self,
        id: int,
        *,
        body: EmailCampaignDetails,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update an email campaign's details (drafts only): the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_CAMPAIGN_DETAILS,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_campaign_template(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaignTemplate]:
        """Get the template an email campaign uses: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_TEMPLATE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_campaign_template(
        self,
        id: int,
        *,
        body: EmailCampaignTemplate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Set the template of an email campaign (drafts only): the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_CAMPAIGN_TEMPLATE,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_campaign_design(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaignDesign]:
        """Get an email campaign's design: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_DESIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_campaign_design(
        self,
        id: int,
        *,
        body: EmailCampaignDesign,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update an email campaign's design (drafts only): the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_CAMPAIGN_DESIGN,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_campaign_segment(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaignSegment]:
        """Get an email campaign's sending settings: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_SEGMENT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_campaign_segment(
        self,
        id: int,
        *,
        body: EmailCampaignSegmentInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update an email campaign's sending settings (drafts only): the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_CAMPAIGN_SEGMENT,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_campaign_scheduling(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaignScheduling]:
        """Get an email campaign's schedule: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CAMPAIGN_SCHEDULING,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_campaign_scheduling(
        self,
        id: int,
        *,
        body: EmailCampaignScheduling,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update an email campaign's schedule (drafts only): the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_CAMPAIGN_SCHEDULING,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def list_sent_campaigns(
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
    ) -> RawResponse[list[EmailCampaign]]:
        """List the sent email campaigns: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_SENT_CAMPAIGNS,
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

    def create_campaign_for_contacts(
        self,
        *,
        body: EmailCampaignContactsCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaign]:
        """Create an email campaign for specific contacts: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_CAMPAIGN_FOR_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def send_campaign_to_contacts(
        self,
        id: int,
        *,
        body: EmailCampaignContacts,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Send an existing email campaign to specific contacts: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _SEND_CAMPAIGN_TO_CONTACTS,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )
