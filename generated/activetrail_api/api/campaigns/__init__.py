"""The campaigns operations: one module per operation, and the `AsyncCampaigns` and
`SyncCampaigns` namespaces with one method per operation (what `client.campaigns` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from pulsetrail import AsyncPaginator, SyncPaginator

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

__all__ = ["AsyncCampaigns", "SyncCampaigns"]


class AsyncCampaigns:
    """The campaigns operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list_campaigns(
        self,
        *,
        mailing_list_id: int | Unset = UNSET,
        content_category_id: int | Unset = UNSET,
        search_term: str | Unset = UNSET,
        send_type: str | Unset = UNSET,
        groupid: int | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[EmailCampaign, list[EmailCampaign]]:
        """List the account's email campaigns

        Returns the account's email campaigns, filtered by mailing list, content category, name, send type, group
        and
        date. Without dates you get the campaigns last updated in the last three months; without `Limit` you get 20.

        The items are inferred to have the shape of `GET /api/campaigns/{id}` (no official sample of the list was
        found); every field is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_campaigns as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            mailing_list_id=mailing_list_id,
            content_category_id=content_category_id,
            search_term=search_term,
            send_type=send_type,
            groupid=groupid,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    async def create_campaign(
        self,
        *,
        body: EmailCampaignCreate,
    ) -> EmailCampaign:
        """Create an email campaign for groups

        Creates an email campaign addressed to groups (the `segment`) and returns it. The campaign can be a regular,
        an A/B split (`a_b_settings`) or an e-commerce (`carts`) campaign. It stays a draft unless
        `scheduling.is_sent` is true or a `scheduling.scheduled_date_utc` is set; `send_test` sends test copies.
        ActiveTrail's Postman collection has simplified examples of these bodies.

        The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).
        """
        from . import create_campaign as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def get_campaign(
        self,
        id: int,
    ) -> EmailCampaign:
        """Get an email campaign

        Returns one email campaign with its details, design, template, sending settings, schedule and A/B settings.
        The shape is inferred from the campaign's parts (each part has its own endpoint); every field is optional.
        """
        from . import get_campaign as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_campaign(
        self,
        id: int,
        *,
        body: EmailCampaignUpdate,
    ) -> None:
        """Update an email campaign (drafts only)

        Replaces the campaign's details, design, template, A/B settings, carts and pairs. **Only campaigns in draft
        mode can be updated.** `send_test` sends test copies of the updated campaign. No response body is
        documented.
        """
        from . import update_campaign as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def delete_campaign(
        self,
        id: int,
    ) -> None:
        """Delete an email campaign

        Deletes the email campaign. Not a seed line; no response body is documented.
        """
        from . import delete_campaign as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    async def get_campaign_details(
        self,
        id: int,
    ) -> EmailCampaignDetails:
        """Get an email campaign's details

        Returns the campaign's name, subject, sending profile, preheader and related settings.
        """
        from . import get_campaign_details as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_campaign_details(
        self,
        id: int,
        *,
        body: EmailCampaignDetails,
    ) -> None:
        """Update an email campaign's details (drafts only)

        Replaces the campaign's details. **Only campaigns in draft mode can be updated.** No response body is
        documented.
        """
        from . import update_campaign_details as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def get_campaign_template(
        self,
        id: int,
    ) -> EmailCampaignTemplate:
        """Get the template an email campaign uses

        Returns the "my templates" template the campaign is based on (its id).
        """
        from . import get_campaign_template as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_campaign_template(
        self,
        id: int,
        *,
        body: EmailCampaignTemplate,
    ) -> None:
        """Set the template of an email campaign (drafts only)

        Bases the campaign on another "my templates" template. **Only campaigns in draft mode can be updated.** No
        response body is documented.
        """
        from . import update_campaign_template as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def get_campaign_design(
        self,
        id: int,
    ) -> EmailCampaignDesign:
        """Get an email campaign's design

        Returns the campaign's HTML content and its rendering settings (encoding, print link, CSS inlining).
        """
        from . import get_campaign_design as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_campaign_design(
        self,
        id: int,
        *,
        body: EmailCampaignDesign,
    ) -> None:
        """Update an email campaign's design (drafts only)

        Replaces the campaign's HTML content and rendering settings. **Only campaigns in draft mode can be
        updated.** No response body is documented.
        """
        from . import update_campaign_design as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def get_campaign_segment(
        self,
        id: int,
    ) -> EmailCampaignSegment:
        """Get an email campaign's sending settings

        Returns who receives the campaign (groups, mailing list) and the sending restrictions (exclusions, volume
        limits, recency rules).
        """
        from . import get_campaign_segment as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_campaign_segment(
        self,
        id: int,
        *,
        body: EmailCampaignSegmentInput,
    ) -> None:
        """Update an email campaign's sending settings (drafts only)

        Replaces the campaign's groups and sending restrictions. `group_ids` is required; `mailing_list_id` is
        required when the account has mailing lists (leave it out otherwise). **Only campaigns in draft mode can be
        updated.** No response body is documented.
        """
        from . import update_campaign_segment as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def get_campaign_scheduling(
        self,
        id: int,
    ) -> EmailCampaignScheduling:
        """Get an email campaign's schedule

        Returns whether the campaign is sent and when it is scheduled (UTC).
        """
        from . import get_campaign_scheduling as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_campaign_scheduling(
        self,
        id: int,
        *,
        body: EmailCampaignScheduling,
    ) -> None:
        """Update an email campaign's schedule (drafts only)

        Sends the campaign now (`is_sent: true`) or schedules it for `scheduled_date_utc`. **Only campaigns in draft
        mode can be updated.** No response body is documented.
        """
        from . import update_campaign_scheduling as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def list_sent_campaigns(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[EmailCampaign, list[EmailCampaign]]:
        """List the sent email campaigns

        Returns the campaigns that were sent. The paging and date parameters are probable (they are not listed for
        this path in the docs index); the items are inferred to have the shape of `GET /api/campaigns/{id}`, every
        field optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_sent_campaigns as operation

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

    async def create_campaign_for_contacts(
        self,
        *,
        body: EmailCampaignContactsCreate,
    ) -> EmailCampaign:
        """Create an email campaign for specific contacts

        Creates an email campaign addressed to the given contacts (by id and/or email) instead of groups, and
        returns
        it. Like `create_campaign` it can be a regular, A/B split or e-commerce campaign. DF creates each contact
        first (`POST /api/contacts`) and passes both the ids and the emails.

        The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).
        """
        from . import create_campaign_for_contacts as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def send_campaign_to_contacts(
        self,
        id: int,
        *,
        body: EmailCampaignContacts,
    ) -> None:
        """Send an existing email campaign to specific contacts

        Sends an existing campaign to the given contacts (by id and/or email). Not a seed line: only DF's endpoint
        list shows it ("send existing campaign to specific contacts"). The body is inferred to be the same contact
        list as in `create_campaign_for_contacts`; no response body is documented.
        """
        from . import send_campaign_to_contacts as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )


class SyncCampaigns:
    """The campaigns operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_campaigns(
        self,
        *,
        mailing_list_id: int | Unset = UNSET,
        content_category_id: int | Unset = UNSET,
        search_term: str | Unset = UNSET,
        send_type: str | Unset = UNSET,
        groupid: int | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[EmailCampaign, list[EmailCampaign]]:
        """List the account's email campaigns

        Returns the account's email campaigns, filtered by mailing list, content category, name, send type, group
        and
        date. Without dates you get the campaigns last updated in the last three months; without `Limit` you get 20.

        The items are inferred to have the shape of `GET /api/campaigns/{id}` (no official sample of the list was
        found); every field is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_campaigns as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            mailing_list_id=mailing_list_id,
            content_category_id=content_category_id,
            search_term=search_term,
            send_type=send_type,
            groupid=groupid,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def create_campaign(
        self,
        *,
        body: EmailCampaignCreate,
    ) -> EmailCampaign:
        """Create an email campaign for groups

        Creates an email campaign addressed to groups (the `segment`) and returns it. The campaign can be a regular,
        an A/B split (`a_b_settings`) or an e-commerce (`carts`) campaign. It stays a draft unless
        `scheduling.is_sent` is true or a `scheduling.scheduled_date_utc` is set; `send_test` sends test copies.
        ActiveTrail's Postman collection has simplified examples of these bodies.

        The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).
        """
        from . import create_campaign as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def get_campaign(
        self,
        id: int,
    ) -> EmailCampaign:
        """Get an email campaign

        Returns one email campaign with its details, design, template, sending settings, schedule and A/B settings.
        The shape is inferred from the campaign's parts (each part has its own endpoint); every field is optional.
        """
        from . import get_campaign as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_campaign(
        self,
        id: int,
        *,
        body: EmailCampaignUpdate,
    ) -> None:
        """Update an email campaign (drafts only)

        Replaces the campaign's details, design, template, A/B settings, carts and pairs. **Only campaigns in draft
        mode can be updated.** `send_test` sends test copies of the updated campaign. No response body is
        documented.
        """
        from . import update_campaign as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def delete_campaign(
        self,
        id: int,
    ) -> None:
        """Delete an email campaign

        Deletes the email campaign. Not a seed line; no response body is documented.
        """
        from . import delete_campaign as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    def get_campaign_details(
        self,
        id: int,
    ) -> EmailCampaignDetails:
        """Get an email campaign's details

        Returns the campaign's name, subject, sending profile, preheader and related settings.
        """
        from . import get_campaign_details as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_campaign_details(
        self,
        id: int,
        *,
        body: EmailCampaignDetails,
    ) -> None:
        """Update an email campaign's details (drafts only)

        Replaces the campaign's details. **Only campaigns in draft mode can be updated.** No response body is
        documented.
        """
        from . import update_campaign_details as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def get_campaign_template(
        self,
        id: int,
    ) -> EmailCampaignTemplate:
        """Get the template an email campaign uses

        Returns the "my templates" template the campaign is based on (its id).
        """
        from . import get_campaign_template as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_campaign_template(
        self,
        id: int,
        *,
        body: EmailCampaignTemplate,
    ) -> None:
        """Set the template of an email campaign (drafts only)

        Bases the campaign on another "my templates" template. **Only campaigns in draft mode can be updated.** No
        response body is documented.
        """
        from . import update_campaign_template as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def get_campaign_design(
        self,
        id: int,
    ) -> EmailCampaignDesign:
        """Get an email campaign's design

        Returns the campaign's HTML content and its rendering settings (encoding, print link, CSS inlining).
        """
        from . import get_campaign_design as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_campaign_design(
        self,
        id: int,
        *,
        body: EmailCampaignDesign,
    ) -> None:
        """Update an email campaign's design (drafts only)

        Replaces the campaign's HTML content and rendering settings. **Only campaigns in draft mode can be
        updated.** No response body is documented.
        """
        from . import update_campaign_design as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def get_campaign_segment(
        self,
        id: int,
    ) -> EmailCampaignSegment:
        """Get an email campaign's sending settings

        Returns who receives the campaign (groups, mailing list) and the sending restrictions (exclusions, volume
        limits, recency rules).
        """
        from . import get_campaign_segment as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_campaign_segment(
        self,
        id: int,
        *,
        body: EmailCampaignSegmentInput,
    ) -> None:
        """Update an email campaign's sending settings (drafts only)

        Replaces the campaign's groups and sending restrictions. `group_ids` is required; `mailing_list_id` is
        required when the account has mailing lists (leave it out otherwise). **Only campaigns in draft mode can be
        updated.** No response body is documented.
        """
        from . import update_campaign_segment as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def get_campaign_scheduling(
        self,
        id: int,
    ) -> EmailCampaignScheduling:
        """Get an email campaign's schedule

        Returns whether the campaign is sent and when it is scheduled (UTC).
        """
        from . import get_campaign_scheduling as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_campaign_scheduling(
        self,
        id: int,
        *,
        body: EmailCampaignScheduling,
    ) -> None:
        """Update an email campaign's schedule (drafts only)

        Sends the campaign now (`is_sent: true`) or schedules it for `scheduled_date_utc`. **Only campaigns in draft
        mode can be updated.** No response body is documented.
        """
        from . import update_campaign_scheduling as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def list_sent_campaigns(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[EmailCampaign, list[EmailCampaign]]:
        """List the sent email campaigns

        Returns the campaigns that were sent. The paging and date parameters are probable (they are not listed for
        this path in the docs index); the items are inferred to have the shape of `GET /api/campaigns/{id}`, every
        field optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_sent_campaigns as operation

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

    def create_campaign_for_contacts(
        self,
        *,
        body: EmailCampaignContactsCreate,
    ) -> EmailCampaign:
        """Create an email campaign for specific contacts

        Creates an email campaign addressed to the given contacts (by id and/or email) instead of groups, and
        returns
        it. Like `create_campaign` it can be a regular, A/B split or e-commerce campaign. DF creates each contact
        first (`POST /api/contacts`) and passes both the ids and the emails.

        The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).
        """
        from . import create_campaign_for_contacts as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def send_campaign_to_contacts(
        self,
        id: int,
        *,
        body: EmailCampaignContacts,
    ) -> None:
        """Send an existing email campaign to specific contacts

        Sends an existing campaign to the given contacts (by id and/or email). Not a seed line: only DF's endpoint
        list shows it ("send existing campaign to specific contacts"). The body is inferred to be the same contact
        list as in `create_campaign_for_contacts`; no response body is documented.
        """
        from . import send_campaign_to_contacts as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )
