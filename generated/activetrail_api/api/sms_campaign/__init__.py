"""The sms_campaign operations: one module per operation, and the `AsyncSmsCampaign` and
`SyncSmsCampaign` namespaces with one method per operation (what `client.sms_campaign` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.sms_campaign import SmsCampaign
    from ...models.sms_campaign_input import SmsCampaignInput
    from ...models.sms_campaign_list import SmsCampaignList
    from ...models.sms_operational_message import SmsOperationalMessage
    from ...models.sms_operational_message_input import SmsOperationalMessageInput
    from ...models.sms_send_type import SmsSendType
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncSmsCampaign", "SyncSmsCampaign"]


class AsyncSmsCampaign:
    """The sms_campaign operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list_sms_campaigns(
        self,
        *,
        send_type: SmsSendType | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[SmsCampaign, SmsCampaignList]:
        """List the account's SMS campaigns

        Returns the account's SMS campaigns, operational (transactional) SMS included, filtered by send type, name
        and dates. By default you get the campaigns last updated in the last 3 months, 20 per page.

        The query parameters are the table's probable set (the docs index lists no query template for this path).
        The response shape is inferred from an unidentified public client's `ApiSmsCampaignInfoCampaignList`
        (`sms_campaign` + `total_items`, unverified); the items are the official ApiSmsCampaignInfoCampaign. All
        fields are optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_sms_campaigns as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "sms_campaign",
            (),
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    async def create_sms_campaign(
        self,
        *,
        body: SmsCampaignInput,
    ) -> SmsCampaign:
        """Create an SMS campaign

        Creates and returns a new SMS campaign for groups (or a mailing list) of the account. Set
        `scheduling.is_sent` to send it at once; otherwise it is saved (or scheduled). The sender is either
        `from_name` (up to 11 English letters, no spaces or special characters) or `segment.sms_sending_profile_id`.

        The seed has no method for this line; COR and SL show POST. The body's fields and their required marks are
        those of the official page GET-api-smscampaign-Campaign-id (the campaign object without its read-only
        status fields); COR and an unidentified client also send `unsubscribe_text` as required, so send it.
        """
        from . import create_sms_campaign as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def get_sms_campaign(
        self,
        id: int,
    ) -> SmsCampaign:
        """Get an SMS campaign

        Returns one SMS campaign: its details, status, number sent, sending settings (`segment`) and `scheduling`.
        The shape is the official page GET-api-smscampaign-Campaign-id (ApiSmsCampaignInfoCampaign); the page's
        sample is cut inside `scheduling`, whose fields after `is_sent` are inferred.
        """
        from . import get_sms_campaign as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_sms_campaign(
        self,
        id: int,
        *,
        body: SmsCampaignInput,
    ) -> None:
        """Update an SMS campaign (and optionally send it)

        Updates an SMS campaign, whether it was sent or not, and can send the updated campaign in the same call
        (`scheduling.is_sent: true`). The body is the create body (official page GET-api-smscampaign-Campaign-id's
        fields without the read-only ones). No success body is documented.
        """
        from . import update_sms_campaign as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def estimate_sms_campaign(
        self,
        id: int,
    ) -> int:
        """Estimate the number of messages of an SMS campaign

        Calculates the estimated number of messages the campaign will send. Works only for campaigns that were not
        sent yet (a sent campaign answers with an error).

        **Inferred response:** the shape is not documented anywhere found; from the seed's and COR's descriptions
        ("the estimated number of messages", "message count estimates") it is taken to be that number, a bare
        integer (`SmsCampaignEstimate`).
        """
        from . import estimate_sms_campaign as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def list_sms_operational_messages(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[SmsOperationalMessage, list[SmsOperationalMessage]]:
        """List operational SMS messages

        Returns the account's operational (transactional) SMS messages, a page at a time. Not a seed line: the path
        comes from the docs index via COR.

        The item shape is inferred from the create call's official response (ApiSmsCampaignInfo, page
        POST-api-smscampaign-OperationalMessage); whether the list is a bare array is also inferred. All fields are
        optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_sms_operational_messages as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            page=page,
            limit=limit,
        )

    async def create_sms_operational_message(
        self,
        *,
        body: SmsOperationalMessageInput,
    ) -> SmsOperationalMessage:
        """Create (and send) an operational SMS message

        Creates and returns a new operational (transactional) SMS to the given mobile numbers, sent now
        (`scheduling.send_now`) or at `scheduling.scheduled_date_utc`. The sender is either `details.from_name`
        (up to 11 English letters, no spaces or special characters) or `details.sms_sending_profile_id`. Keep the
        returned `id`: it is the only way to query a contact's statistics for this message later
        (`/api/contacts/{id}/Statistics/SmsOperationMessage/{messageId}`).

        The seed has no method for this line. The official page POST-api-smscampaign-OperationalMessage shows POST
        and the body; DF sends the same body. The page's response table (ApiSmsCampaignInfo) is cut after
        `sms_sending_profile_id`; the remaining response fields are inferred from `details`.
        """
        from . import create_sms_operational_message as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def get_sms_operational_message(
        self,
        id: int,
    ) -> SmsOperationalMessage:
        """Get an operational SMS message

        Returns one operational (transactional) SMS message. Not a seed line: the path comes from the docs index via
        COR. The shape is inferred from the create call's official response (ApiSmsCampaignInfo); all fields are
        optional.
        """
        from . import get_sms_operational_message as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_sms_operational_message(
        self,
        id: int,
        *,
        body: SmsOperationalMessageInput,
    ) -> None:
        """Update an operational SMS message

        Updates an operational (transactional) SMS message. Only messages that were not sent yet can be updated.

        The body is inferred to be the create body (ApiSmsCampaignPostContainer, official page
        POST-api-smscampaign-OperationalMessage); COR only shows that `name`, `from_name` and `content` are sent,
        which live in `details`. No success body is documented.
        """
        from . import update_sms_operational_message as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )


class SyncSmsCampaign:
    """The sms_campaign operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_sms_campaigns(
        self,
        *,
        send_type: SmsSendType | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[SmsCampaign, SmsCampaignList]:
        """List the account's SMS campaigns

        Returns the account's SMS campaigns, operational (transactional) SMS included, filtered by send type, name
        and dates. By default you get the campaigns last updated in the last 3 months, 20 per page.

        The query parameters are the table's probable set (the docs index lists no query template for this path).
        The response shape is inferred from an unidentified public client's `ApiSmsCampaignInfoCampaignList`
        (`sms_campaign` + `total_items`, unverified); the items are the official ApiSmsCampaignInfoCampaign. All
        fields are optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_sms_campaigns as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "sms_campaign",
            (),
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def create_sms_campaign(
        self,
        *,
        body: SmsCampaignInput,
    ) -> SmsCampaign:
        """Create an SMS campaign

        Creates and returns a new SMS campaign for groups (or a mailing list) of the account. Set
        `scheduling.is_sent` to send it at once; otherwise it is saved (or scheduled). The sender is either
        `from_name` (up to 11 English letters, no spaces or special characters) or `segment.sms_sending_profile_id`.

        The seed has no method for this line; COR and SL show POST. The body's fields and their required marks are
        those of the official page GET-api-smscampaign-Campaign-id (the campaign object without its read-only
        status fields); COR and an unidentified client also send `unsubscribe_text` as required, so send it.
        """
        from . import create_sms_campaign as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def get_sms_campaign(
        self,
        id: int,
    ) -> SmsCampaign:
        """Get an SMS campaign

        Returns one SMS campaign: its details, status, number sent, sending settings (`segment`) and `scheduling`.
        The shape is the official page GET-api-smscampaign-Campaign-id (ApiSmsCampaignInfoCampaign); the page's
        sample is cut inside `scheduling`, whose fields after `is_sent` are inferred.
        """
        from . import get_sms_campaign as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_sms_campaign(
        self,
        id: int,
        *,
        body: SmsCampaignInput,
    ) -> None:
        """Update an SMS campaign (and optionally send it)

        Updates an SMS campaign, whether it was sent or not, and can send the updated campaign in the same call
        (`scheduling.is_sent: true`). The body is the create body (official page GET-api-smscampaign-Campaign-id's
        fields without the read-only ones). No success body is documented.
        """
        from . import update_sms_campaign as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def estimate_sms_campaign(
        self,
        id: int,
    ) -> int:
        """Estimate the number of messages of an SMS campaign

        Calculates the estimated number of messages the campaign will send. Works only for campaigns that were not
        sent yet (a sent campaign answers with an error).

        **Inferred response:** the shape is not documented anywhere found; from the seed's and COR's descriptions
        ("the estimated number of messages", "message count estimates") it is taken to be that number, a bare
        integer (`SmsCampaignEstimate`).
        """
        from . import estimate_sms_campaign as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def list_sms_operational_messages(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[SmsOperationalMessage, list[SmsOperationalMessage]]:
        """List operational SMS messages

        Returns the account's operational (transactional) SMS messages, a page at a time. Not a seed line: the path
        comes from the docs index via COR.

        The item shape is inferred from the create call's official response (ApiSmsCampaignInfo, page
        POST-api-smscampaign-OperationalMessage); whether the list is a bare array is also inferred. All fields are
        optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_sms_operational_messages as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            page=page,
            limit=limit,
        )

    def create_sms_operational_message(
        self,
        *,
        body: SmsOperationalMessageInput,
    ) -> SmsOperationalMessage:
        """Create (and send) an operational SMS message

        Creates and returns a new operational (transactional) SMS to the given mobile numbers, sent now
        (`scheduling.send_now`) or at `scheduling.scheduled_date_utc`. The sender is either `details.from_name`
        (up to 11 English letters, no spaces or special characters) or `details.sms_sending_profile_id`. Keep the
        returned `id`: it is the only way to query a contact's statistics for this message later
        (`/api/contacts/{id}/Statistics/SmsOperationMessage/{messageId}`).

        The seed has no method for this line. The official page POST-api-smscampaign-OperationalMessage shows POST
        and the body; DF sends the same body. The page's response table (ApiSmsCampaignInfo) is cut after
        `sms_sending_profile_id`; the remaining response fields are inferred from `details`.
        """
        from . import create_sms_operational_message as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def get_sms_operational_message(
        self,
        id: int,
    ) -> SmsOperationalMessage:
        """Get an operational SMS message

        Returns one operational (transactional) SMS message. Not a seed line: the path comes from the docs index via
        COR. The shape is inferred from the create call's official response (ApiSmsCampaignInfo); all fields are
        optional.
        """
        from . import get_sms_operational_message as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_sms_operational_message(
        self,
        id: int,
        *,
        body: SmsOperationalMessageInput,
    ) -> None:
        """Update an operational SMS message

        Updates an operational (transactional) SMS message. Only messages that were not sent yet can be updated.

        The body is inferred to be the create body (ApiSmsCampaignPostContainer, official page
        POST-api-smscampaign-OperationalMessage); COR only shows that `name`, `from_name` and `content` are sent,
        which live in `details`. No success body is documented.
        """
        from . import update_sms_operational_message as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )
