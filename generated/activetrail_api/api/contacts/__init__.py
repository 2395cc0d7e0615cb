"""The contacts operations: one module per operation, and the `AsyncContacts` and
`SyncContacts` namespaces with one method per operation (what `client.contacts` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.contact import Contact
    from ...models.contact_activity import ContactActivity
    from ...models.contact_bounce import ContactBounce
    from ...models.contact_email_message_stats import ContactEmailMessageStats
    from ...models.contact_group_summary import ContactGroupSummary
    from ...models.contact_input import ContactInput
    from ...models.contact_mailing_list_summary import ContactMailingListSummary
    from ...models.contact_merge import ContactMerge
    from ...models.contact_merge_resolution import ContactMergeResolution
    from ...models.contact_sms_campaign_stats import ContactSmsCampaignStats
    from ...models.contact_sms_unsubscriber import ContactSmsUnsubscriber
    from ...models.contact_status_daily_stats import ContactStatusDailyStats
    from ...models.contact_subscription_status import ContactSubscriptionStatus
    from ...models.contacts_import_request import ContactsImportRequest
    from ...models.contacts_import_result import ContactsImportResult
    from ...models.customer_state import CustomerState
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncContacts", "SyncContacts"]


class AsyncContacts:
    """The contacts operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list_contacts(
        self,
        *,
        customer_states: CustomerState | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[Contact, list[Contact]]:
        """List the account's contacts

        Returns the account's contacts as a bare array. Filter by the contact's state (`CustomerStates`), by a
        search
        on the email or name (`SearchTerm`) and by the date the state last changed (`FromDate`/`ToDate`; when
        omitted
        the window is the last three months). Without `Limit` the server returns 20 contacts; a page shorter than
        `Limit` is the last one.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_contacts as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            customer_states=customer_states,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    async def create_contact(
        self,
        *,
        body: ContactInput,
    ) -> Contact:
        """Create a contact

        Creates a contact and returns it with its id. The body needs `email` or `sms` (at least one); every other
        field is optional. **A contact created here belongs to no group**, so no email or SMS can be sent to it
        until
        it is added to a group (`add_group_member`) or imported into one (`import_contacts`). Public clients also
        use
        this call as an upsert by email and read the existing contact's `id` from the answer.
        """
        from . import create_contact as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def list_contacts_with_sms_state(
        self,
        *,
        customer_states: CustomerState | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[Contact, list[Contact]]:
        """List contacts with their SMS subscription state

        Like `list_contacts`, but each contact also carries its SMS subscription state (`sms_status`). Takes the
        same
        filters: state, search term, the state-change date window (last three months when omitted) and paging.
        **Inferred shape:** no source shows the response; it is modelled as the `list_contacts` array of contacts.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_contacts_with_sms_state as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            customer_states=customer_states,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    async def import_contacts(
        self,
        *,
        body: ContactsImportRequest,
    ) -> ContactsImportResult:
        """Import contacts into a group

        Creates or updates up to **1000 contacts per call** and adds them to `group` (and, optionally, to
        `mailing_list`). Contacts that cannot be imported do not fail the whole call: they are reported in the
        answer's `contact_errors` next to the count of contacts that succeeded.
        **Inferred shape:** the request body comes from DF's `ApiContactsImport` and a public Netlify function; the
        answer is described by Composio's text as "success count and any errors for failed contact imports" and is
        modelled on the External bulk answer (`ExternalBulkResult`), so all its fields are optional.
        """
        from . import import_contacts as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def get_contact(
        self,
        id: int,
    ) -> Contact:
        """Get a contact by id

        Returns one contact with all its fields, its subscription statuses and its custom fields. The members guide
        says contacts are identified "by the id or email lowercase"; whether this path accepts an email in place of
        the
        id is untested, so the parameter is typed as an integer id.
        """
        from . import get_contact as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_contact(
        self,
        id: int,
        *,
        body: ContactInput,
    ) -> Contact:
        """Update a contact

        Updates the contact's fields and returns the contact. Send only the fields to change. While the contact's
        `is_do_not_mail` is true its status cannot change (`405 MethodNotAllowedDoNotMail`); a new email or SMS
        number
        that already belongs to another contact answers `409 ResolveMergeNeeded`. OC reads the updated contact from
        the answer but also tolerates an empty body.
        """
        from . import update_contact as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    async def delete_contact(
        self,
        id: int,
    ) -> None:
        """Delete a contact

        Deletes the contact from the account, with its group and mailing-list memberships. This cannot be undone.
        """
        from . import delete_contact as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    def list_contact_merges(
        self,
        *,
        state_type: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[ContactMerge, list[ContactMerge]]:
        """List contacts in merge conflict

        Returns the merge conflicts: a contact whose email and SMS number already belong to two different contacts
        (the `409 ResolveMergeNeeded` case). Filter by the conflict's state (`StateType`: active, inactive,
        deleted...)
        and by the date the conflict occurred (`FromDate`/`ToDate`; when omitted the window is the last three
        months).
        **Inferred shape:** no source shows the response; `ContactMerge` is an inference and all its fields are
        optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_contact_merges as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            state_type=state_type,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    async def get_contact_merge(
        self,
        id: int,
    ) -> ContactMerge:
        """Get a merge conflict

        **Inferred path:** the REST item of `GET /api/contacts/merges` (no source shows it). Returns one merge
        conflict. **Inferred shape:** `ContactMerge`, all fields optional.
        """
        from . import get_contact_merge as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def resolve_contact_merge(
        self,
        id: int,
        *,
        body: ContactMergeResolution,
    ) -> None:
        """Resolve a merge conflict

        **Inferred path:** the REST item of `GET /api/contacts/merges` (no source shows it). Resolves the conflict,
        for
        instance by choosing the contact to keep; then the write that was refused with `409 ResolveMergeNeeded` can
        be
        retried. **Inferred body:** `ContactMergeResolution` is a guess at the resolution's fields; the success
        answer
        is not documented.
        """
        from . import resolve_contact_merge as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def delete_contact_merge(
        self,
        id: int,
    ) -> None:
        """Delete a merge conflict

        **Inferred path:** the REST item of `GET /api/contacts/merges` (no source shows it). Discards the merge
        conflict without merging the contacts.
        """
        from . import delete_contact_merge as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    async def list_contact_groups(
        self,
        id: int,
    ) -> list[ContactGroupSummary]:
        """List the contact's groups

        Returns the groups the contact belongs to, as a bare array of groups with their counters (the group shape of
        the official `GET /api/groups` page).
        """
        from . import list_contact_groups as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def list_contact_activity(
        self,
        id: int,
    ) -> list[ContactActivity]:
        """List the contact's email activity

        Returns the contact's activity on the email campaigns sent to it: which campaigns it received and whether it
        opened them or clicked in them. **Inferred shape:** no source shows the response (KP and COR read it without
        naming fields); `ContactActivity` is an inference and all its fields are optional.
        """
        from . import list_contact_activity as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def list_contact_bounces(
        self,
        id: int,
    ) -> list[ContactBounce]:
        """List the contact's bounces

        Returns the bounces (delivery errors) recorded for the contact. **Inferred shape:** no source shows the
        response; `ContactBounce` is an inference and all its fields are optional.
        """
        from . import list_contact_bounces as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def list_contact_subscription_statuses(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[ContactSubscriptionStatus, list[ContactSubscriptionStatus]]:
        """List contacts with their status and its source

        Returns contacts with their subscription status and, when known, the source of that status (form, import,
        API, unsubscribe link...). Filter by the contact's creation date (`FromDate`/`ToDate`; when omitted the
        window
        is the last three months). **Inferred shape:** no source shows the response; `ContactSubscriptionStatus` is
        an
        inference and all its fields are optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_contact_subscription_statuses as operation

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

    def list_contact_unsubscribers(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[ContactSubscriptionStatus, list[ContactSubscriptionStatus]]:
        """List unsubscribers and the source of their status

        Returns the contacts that unsubscribed between `FromDate` and `ToDate` (when omitted, the last three
        months),
        with the source of the unsubscription when known. **Inferred shape:** no source shows the response;
        `ContactSubscriptionStatus` is an inference and all its fields are optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_contact_unsubscribers as operation

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

    def list_contact_subscribers(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[ContactSubscriptionStatus, list[ContactSubscriptionStatus]]:
        """List subscribers and the source of their status

        Returns the contacts that subscribed between `FromDate` and `ToDate` (when omitted, the last three months),
        with the source of the subscription when known. **Inferred shape:** no source shows the response;
        `ContactSubscriptionStatus` is an inference and all its fields are optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_contact_subscribers as operation

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

    def list_contact_status_statistics(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[ContactStatusDailyStats, list[ContactStatusDailyStats]]:
        """Get daily statistics of contact statuses

        Returns, for each day between `FromDate` and `ToDate` (when omitted, the last three months), how many
        contacts
        were in each state. **Inferred shape:** Composio's description of this call lists daily counts of active,
        unsubscribed, bounced, quarantined, spam-complaint, inactive and customer-request contacts;
        `ContactStatusDailyStats` names those counts after the `CustomerStates` values, and all its fields are
        optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_contact_status_statistics as operation

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

    def list_contact_sms_unsubscribers(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[ContactSmsUnsubscriber, list[ContactSmsUnsubscriber]]:
        """List contacts unsubscribed from SMS

        Returns the contacts that unsubscribed from SMS messages. The date window (`FromDate`/`ToDate`, when omitted
        the last three months) and paging come from Composio's parameter list. **Inferred shape:** no source shows
        the
        response; `ContactSmsUnsubscriber` is an inference and all its fields are optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_contact_sms_unsubscribers as operation

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

    async def get_contact_campaign_statistics(
        self,
        id: int,
        campaign_id: int,
    ) -> ContactEmailMessageStats:
        """Get the contact's statistics for an email campaign

        Returns how the contact engaged with one email campaign: opens, clicks, bounce, unsubscribe and spam
        complaint.
        **Inferred shape:** no source shows the response; `ContactEmailMessageStats` follows the official SMS
        counterpart (`ContactSmsCampaignStatsDTO`) and Composio's list of metrics, and all its fields are optional.
        """
        from . import get_contact_campaign_statistics as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "campaign_id",
            ),
            id=id,
            campaign_id=campaign_id,
        )

    async def get_contact_operational_message_statistics(
        self,
        id: int,
        message_id: int,
    ) -> ContactEmailMessageStats:
        """Get the contact's statistics for an operational email message

        Returns how the contact engaged with one operational (transactional) email message: delivery, opens, clicks,
        bounce and unsubscribe. **Inferred shape:** no source shows the response; it is modelled as
        `ContactEmailMessageStats`, like the campaign statistics, and all its fields are optional.
        """
        from . import get_contact_operational_message_statistics as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "message_id",
            ),
            id=id,
            message_id=message_id,
        )

    async def get_contact_sms_operational_message_statistics(
        self,
        id: int,
        message_id: int,
    ) -> ContactSmsCampaignStats:
        """Get the contact's statistics for an operational SMS

        Returns what happened to one operational (transactional) SMS sent to the contact: whether it bounced (and
        why),
        whether the contact unsubscribed, and the delivery status.
        """
        from . import get_contact_sms_operational_message_statistics as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "message_id",
            ),
            id=id,
            message_id=message_id,
        )

    async def list_contact_mailing_lists(
        self,
        id: int,
    ) -> list[ContactMailingListSummary]:
        """List the contact's mailing lists

        Returns the mailing lists the contact belongs to. **Inferred shape:** no source shows the response;
        `ContactMailingListSummary` (id and name) is an inference and its fields are optional.
        """
        from . import list_contact_mailing_lists as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )


class SyncContacts:
    """The contacts operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_contacts(
        self,
        *,
        customer_states: CustomerState | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[Contact, list[Contact]]:
        """List the account's contacts

        Returns the account's contacts as a bare array. Filter by the contact's state (`CustomerStates`), by a
        search
        on the email or name (`SearchTerm`) and by the date the state last changed (`FromDate`/`ToDate`; when
        omitted
        the window is the last three months). Without `Limit` the server returns 20 contacts; a page shorter than
        `Limit` is the last one.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_contacts as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            customer_states=customer_states,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def create_contact(
        self,
        *,
        body: ContactInput,
    ) -> Contact:
        """Create a contact

        Creates a contact and returns it with its id. The body needs `email` or `sms` (at least one); every other
        field is optional. **A contact created here belongs to no group**, so no email or SMS can be sent to it
        until
        it is added to a group (`add_group_member`) or imported into one (`import_contacts`). Public clients also
        use
        this call as an upsert by email and read the existing contact's `id` from the answer.
        """
        from . import create_contact as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def list_contacts_with_sms_state(
        self,
        *,
        customer_states: CustomerState | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[Contact, list[Contact]]:
        """List contacts with their SMS subscription state

        Like `list_contacts`, but each contact also carries its SMS subscription state (`sms_status`). Takes the
        same
        filters: state, search term, the state-change date window (last three months when omitted) and paging.
        **Inferred shape:** no source shows the response; it is modelled as the `list_contacts` array of contacts.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_contacts_with_sms_state as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            customer_states=customer_states,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def import_contacts(
        self,
        *,
        body: ContactsImportRequest,
    ) -> ContactsImportResult:
        """Import contacts into a group

        Creates or updates up to **1000 contacts per call** and adds them to `group` (and, optionally, to
        `mailing_list`). Contacts that cannot be imported do not fail the whole call: they are reported in the
        answer's `contact_errors` next to the count of contacts that succeeded.
        **Inferred shape:** the request body comes from DF's `ApiContactsImport` and a public Netlify function; the
        answer is described by Composio's text as "success count and any errors for failed contact imports" and is
        modelled on the External bulk answer (`ExternalBulkResult`), so all its fields are optional.
        """
        from . import import_contacts as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def get_contact(
        self,
        id: int,
    ) -> Contact:
        """Get a contact by id

        Returns one contact with all its fields, its subscription statuses and its custom fields. The members guide
        says contacts are identified "by the id or email lowercase"; whether this path accepts an email in place of
        the
        id is untested, so the parameter is typed as an integer id.
        """
        from . import get_contact as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_contact(
        self,
        id: int,
        *,
        body: ContactInput,
    ) -> Contact:
        """Update a contact

        Updates the contact's fields and returns the contact. Send only the fields to change. While the contact's
        `is_do_not_mail` is true its status cannot change (`405 MethodNotAllowedDoNotMail`); a new email or SMS
        number
        that already belongs to another contact answers `409 ResolveMergeNeeded`. OC reads the updated contact from
        the answer but also tolerates an empty body.
        """
        from . import update_contact as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    def delete_contact(
        self,
        id: int,
    ) -> None:
        """Delete a contact

        Deletes the contact from the account, with its group and mailing-list memberships. This cannot be undone.
        """
        from . import delete_contact as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    def list_contact_merges(
        self,
        *,
        state_type: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[ContactMerge, list[ContactMerge]]:
        """List contacts in merge conflict

        Returns the merge conflicts: a contact whose email and SMS number already belong to two different contacts
        (the `409 ResolveMergeNeeded` case). Filter by the conflict's state (`StateType`: active, inactive,
        deleted...)
        and by the date the conflict occurred (`FromDate`/`ToDate`; when omitted the window is the last three
        months).
        **Inferred shape:** no source shows the response; `ContactMerge` is an inference and all its fields are
        optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_contact_merges as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            state_type=state_type,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def get_contact_merge(
        self,
        id: int,
    ) -> ContactMerge:
        """Get a merge conflict

        **Inferred path:** the REST item of `GET /api/contacts/merges` (no source shows it). Returns one merge
        conflict. **Inferred shape:** `ContactMerge`, all fields optional.
        """
        from . import get_contact_merge as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def resolve_contact_merge(
        self,
        id: int,
        *,
        body: ContactMergeResolution,
    ) -> None:
        """Resolve a merge conflict

        **Inferred path:** the REST item of `GET /api/contacts/merges` (no source shows it). Resolves the conflict,
        for
        instance by choosing the contact to keep; then the write that was refused with `409 ResolveMergeNeeded` can
        be
        retried. **Inferred body:** `ContactMergeResolution` is a guess at the resolution's fields; the success
        answer
        is not documented.
        """
        from . import resolve_contact_merge as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def delete_contact_merge(
        self,
        id: int,
    ) -> None:
        """Delete a merge conflict

        **Inferred path:** the REST item of `GET /api/contacts/merges` (no source shows it). Discards the merge
        conflict without merging the contacts.
        """
        from . import delete_contact_merge as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    def list_contact_groups(
        self,
        id: int,
    ) -> list[ContactGroupSummary]:
        """List the contact's groups

        Returns the groups the contact belongs to, as a bare array of groups with their counters (the group shape of
        the official `GET /api/groups` page).
        """
        from . import list_contact_groups as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def list_contact_activity(
        self,
        id: int,
    ) -> list[ContactActivity]:
        """List the contact's email activity

        Returns the contact's activity on the email campaigns sent to it: which campaigns it received and whether it
        opened them or clicked in them. **Inferred shape:** no source shows the response (KP and COR read it without
        naming fields); `ContactActivity` is an inference and all its fields are optional.
        """
        from . import list_contact_activity as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def list_contact_bounces(
        self,
        id: int,
    ) -> list[ContactBounce]:
        """List the contact's bounces

        Returns the bounces (delivery errors) recorded for the contact. **Inferred shape:** no source shows the
        response; `ContactBounce` is an inference and all its fields are optional.
        """
        from . import list_contact_bounces as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def list_contact_subscription_statuses(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[ContactSubscriptionStatus, list[ContactSubscriptionStatus]]:
        """List contacts with their status and its source

        Returns contacts with their subscription status and, when known, the source of that status (form, import,
        API, unsubscribe link...). Filter by the contact's creation date (`FromDate`/`ToDate`; when omitted the
        window
        is the last three months). **Inferred shape:** no source shows the response; `ContactSubscriptionStatus` is
        an
        inference and all its fields are optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_contact_subscription_statuses as operation

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

    def list_contact_unsubscribers(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[ContactSubscriptionStatus, list[ContactSubscriptionStatus]]:
        """List unsubscribers and the source of their status

        Returns the contacts that unsubscribed between `FromDate` and `ToDate` (when omitted, the last three
        months),
        with the source of the unsubscription when known. **Inferred shape:** no source shows the response;
        `ContactSubscriptionStatus` is an inference and all its fields are optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_contact_unsubscribers as operation

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

    def list_contact_subscribers(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[ContactSubscriptionStatus, list[ContactSubscriptionStatus]]:
        """List subscribers and the source of their status

        Returns the contacts that subscribed between `FromDate` and `ToDate` (when omitted, the last three months),
        with the source of the subscription when known. **Inferred shape:** no source shows the response;
        `ContactSubscriptionStatus` is an inference and all its fields are optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_contact_subscribers as operation

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

    def list_contact_status_statistics(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[ContactStatusDailyStats, list[ContactStatusDailyStats]]:
        """Get daily statistics of contact statuses

        Returns, for each day between `FromDate` and `ToDate` (when omitted, the last three months), how many
        contacts
        were in each state. **Inferred shape:** Composio's description of this call lists daily counts of active,
        unsubscribed, bounced, quarantined, spam-complaint, inactive and customer-request contacts;
        `ContactStatusDailyStats` names those counts after the `CustomerStates` values, and all its fields are
        optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_contact_status_statistics as operation

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

    def list_contact_sms_unsubscribers(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[ContactSmsUnsubscriber, list[ContactSmsUnsubscriber]]:
        """List contacts unsubscribed from SMS

        Returns the contacts that unsubscribed from SMS messages. The date window (`FromDate`/`ToDate`, when omitted
        the last three months) and paging come from Composio's parameter list. **Inferred shape:** no source shows
        the
        response; `ContactSmsUnsubscriber` is an inference and all its fields are optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_contact_sms_unsubscribers as operation

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

    def get_contact_campaign_statistics(
        self,
        id: int,
        campaign_id: int,
    ) -> ContactEmailMessageStats:
        """Get the contact's statistics for an email campaign

        Returns how the contact engaged with one email campaign: opens, clicks, bounce, unsubscribe and spam
        complaint.
        **Inferred shape:** no source shows the response; `ContactEmailMessageStats` follows the official SMS
        counterpart (`ContactSmsCampaignStatsDTO`) and Composio's list of metrics, and all its fields are optional.
        """
        from . import get_contact_campaign_statistics as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "campaign_id",
            ),
            id=id,
            campaign_id=campaign_id,
        )

    def get_contact_operational_message_statistics(
        self,
        id: int,
        message_id: int,
    ) -> ContactEmailMessageStats:
        """Get the contact's statistics for an operational email message

        Returns how the contact engaged with one operational (transactional) email message: delivery, opens, clicks,
        bounce and unsubscribe. **Inferred shape:** no source shows the response; it is modelled as
        `ContactEmailMessageStats`, like the campaign statistics, and all its fields are optional.
        """
        from . import get_contact_operational_message_statistics as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "message_id",
            ),
            id=id,
            message_id=message_id,
        )

    def get_contact_sms_operational_message_statistics(
        self,
        id: int,
        message_id: int,
    ) -> ContactSmsCampaignStats:
        """Get the contact's statistics for an operational SMS

        Returns what happened to one operational (transactional) SMS sent to the contact: whether it bounced (and
        why),
        whether the contact unsubscribed, and the delivery status.
        """
        from . import get_contact_sms_operational_message_statistics as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "message_id",
            ),
            id=id,
            message_id=message_id,
        )

    def list_contact_mailing_lists(
        self,
        id: int,
    ) -> list[ContactMailingListSummary]:
        """List the contact's mailing lists

        Returns the mailing lists the contact belongs to. **Inferred shape:** no source shows the response;
        `ContactMailingListSummary` (id and name) is an inference and its fields are optional.
        """
        from . import list_contact_mailing_lists as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )
