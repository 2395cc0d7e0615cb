"""The contacts operations: one module per operation, its descriptor, and the `AsyncContacts` and
`SyncContacts` namespaces with one method per operation (what `client.contacts` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

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

__all__ = [
    "OPERATIONS",
    "AsyncContacts",
    "AsyncContactsWithRawResponse",
    "SyncContacts",
    "SyncContactsWithRawResponse",
]


_LIST_CONTACTS = op.Operation(
    name="list_contacts",
    module=__name__ + ".list_contacts",
    method="GET",
    path="/api/contacts",
    parameters=(
        op.Parameter(
            "customer_states",
            "CustomerStates",
            "query",
            op.Type("enum", "CustomerState"),
            required=False,
        ),
        op.Parameter("search_term", "SearchTerm", "query", op.STR, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[Contact]",
    paging=op.PageNumberPaging("page", "limit"),
)


_CREATE_CONTACT = op.Operation(
    name="create_contact",
    module=__name__ + ".create_contact",
    method="POST",
    path="/api/contacts",
    parameters=(op.Parameter("body", "", "body", op.Type("model", "ContactInput")),),
    success="Contact",
)


_LIST_CONTACTS_WITH_SMS_STATE = op.Operation(
    name="list_contacts_with_sms_state",
    module=__name__ + ".list_contacts_with_sms_state",
    method="GET",
    path="/api/contacts/GetWithSmsState",
    parameters=(
        op.Parameter(
            "customer_states",
            "CustomerStates",
            "query",
            op.Type("enum", "CustomerState"),
            required=False,
        ),
        op.Parameter("search_term", "SearchTerm", "query", op.STR, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[Contact]",
    paging=op.PageNumberPaging("page", "limit"),
)


_IMPORT_CONTACTS = op.Operation(
    name="import_contacts",
    module=__name__ + ".import_contacts",
    method="POST",
    path="/api/contacts/Import",
    parameters=(
        op.Parameter("body", "", "body", op.Type("model", "ContactsImportRequest")),
    ),
    success="ContactsImportResult",
)


_GET_CONTACT = op.Operation(
    name="get_contact",
    module=__name__ + ".get_contact",
    method="GET",
    path="/api/contacts/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="Contact",
)


_UPDATE_CONTACT = op.Operation(
    name="update_contact",
    module=__name__ + ".update_contact",
    method="PUT",
    path="/api/contacts/{id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "ContactInput")),
    ),
    success="Contact",
)


_DELETE_CONTACT = op.Operation(
    name="delete_contact",
    module=__name__ + ".delete_contact",
    method="DELETE",
    path="/api/contacts/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="None",
)


_LIST_CONTACT_MERGES = op.Operation(
    name="list_contact_merges",
    module=__name__ + ".list_contact_merges",
    method="GET",
    path="/api/contacts/merges",
    parameters=(
        op.Parameter("state_type", "StateType", "query", op.STR, required=False),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[ContactMerge]",
    paging=op.PageNumberPaging("page", "limit"),
)


_GET_CONTACT_MERGE = op.Operation(
    name="get_contact_merge",
    module=__name__ + ".get_contact_merge",
    method="GET",
    path="/api/contacts/merges/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="ContactMerge",
)


_RESOLVE_CONTACT_MERGE = op.Operation(
    name="resolve_contact_merge",
    module=__name__ + ".resolve_contact_merge",
    method="PUT",
    path="/api/contacts/merges/{id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "ContactMergeResolution")),
    ),
    success="None",
)


_DELETE_CONTACT_MERGE = op.Operation(
    name="delete_contact_merge",
    module=__name__ + ".delete_contact_merge",
    method="DELETE",
    path="/api/contacts/merges/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="None",
)


_LIST_CONTACT_GROUPS = op.Operation(
    name="list_contact_groups",
    module=__name__ + ".list_contact_groups",
    method="GET",
    path="/api/contacts/{id}/groups",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="list[ContactGroupSummary]",
)


_LIST_CONTACT_ACTIVITY = op.Operation(
    name="list_contact_activity",
    module=__name__ + ".list_contact_activity",
    method="GET",
    path="/api/contacts/{id}/activity",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="list[ContactActivity]",
)


_LIST_CONTACT_BOUNCES = op.Operation(
    name="list_contact_bounces",
    module=__name__ + ".list_contact_bounces",
    method="GET",
    path="/api/contacts/{id}/errors",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="list[ContactBounce]",
)


_LIST_CONTACT_SUBSCRIPTION_STATUSES = op.Operation(
    name="list_contact_subscription_statuses",
    module=__name__ + ".list_contact_subscription_statuses",
    method="GET",
    path="/api/contacts/Subscription/AllContacts",
    parameters=(
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[ContactSubscriptionStatus]",
    paging=op.PageNumberPaging("page", "limit"),
)


_LIST_CONTACT_UNSUBSCRIBERS = op.Operation(
    name="list_contact_unsubscribers",
    module=__name__ + ".list_contact_unsubscribers",
    method="GET",
    path="/api/contacts/Subscription/Unsubscribers",
    parameters=(
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[ContactSubscriptionStatus]",
    paging=op.PageNumberPaging("page", "limit"),
)


_LIST_CONTACT_SUBSCRIBERS = op.Operation(
    name="list_contact_subscribers",
    module=__name__ + ".list_contact_subscribers",
    method="GET",
    path="/api/contacts/Subscription/Subscribers",
    parameters=(
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[ContactSubscriptionStatus]",
    paging=op.PageNumberPaging("page", "limit"),
)


_LIST_CONTACT_STATUS_STATISTICS = op.Operation(
    name="list_contact_status_statistics",
    module=__name__ + ".list_contact_status_statistics",
    method="GET",
    path="/api/contacts/Subscription/CustomersStatus",
    parameters=(
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[ContactStatusDailyStats]",
    paging=op.PageNumberPaging("page", "limit"),
)


_LIST_CONTACT_SMS_UNSUBSCRIBERS = op.Operation(
    name="list_contact_sms_unsubscribers",
    module=__name__ + ".list_contact_sms_unsubscribers",
    method="GET",
    path="/api/contacts/unsubscribers/sms",
    parameters=(
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[ContactSmsUnsubscriber]",
    paging=op.PageNumberPaging("page", "limit"),
)


_GET_CONTACT_CAMPAIGN_STATISTICS = op.Operation(
    name="get_contact_campaign_statistics",
    module=__name__ + ".get_contact_campaign_statistics",
    method="GET",
    path="/api/contacts/{id}/Statistics/Campaign/{campaign_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("campaign_id", "campaignId", "path", op.INT),
    ),
    success="ContactEmailMessageStats",
)


_GET_CONTACT_OPERATIONAL_MESSAGE_STATISTICS = op.Operation(
    name="get_contact_operational_message_statistics",
    module=__name__ + ".get_contact_operational_message_statistics",
    method="GET",
    path="/api/contacts/{id}/Statistics/OperationMessage/{message_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("message_id", "messageId", "path", op.INT),
    ),
    success="ContactEmailMessageStats",
)


_GET_CONTACT_SMS_OPERATIONAL_MESSAGE_STATISTICS = op.Operation(
    name="get_contact_sms_operational_message_statistics",
    module=__name__ + ".get_contact_sms_operational_message_statistics",
    method="GET",
    path="/api/contacts/{id}/Statistics/SmsOperationMessage/{message_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("message_id", "messageId", "path", op.INT),
    ),
    success="ContactSmsCampaignStats",
)


_LIST_CONTACT_MAILING_LISTS = op.Operation(
    name="list_contact_mailing_lists",
    module=__name__ + ".list_contact_mailing_lists",
    method="GET",
    path="/api/contacts/{id}/mailinglists",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="list[ContactMailingListSummary]",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_contacts": _LIST_CONTACTS,
    "create_contact": _CREATE_CONTACT,
    "list_contacts_with_sms_state": _LIST_CONTACTS_WITH_SMS_STATE,
    "import_contacts": _IMPORT_CONTACTS,
    "get_contact": _GET_CONTACT,
    "update_contact": _UPDATE_CONTACT,
    "delete_contact": _DELETE_CONTACT,
    "list_contact_merges": _LIST_CONTACT_MERGES,
    "get_contact_merge": _GET_CONTACT_MERGE,
    "resolve_contact_merge": _RESOLVE_CONTACT_MERGE,
    "delete_contact_merge": _DELETE_CONTACT_MERGE,
    "list_contact_groups": _LIST_CONTACT_GROUPS,
    "list_contact_activity": _LIST_CONTACT_ACTIVITY,
    "list_contact_bounces": _LIST_CONTACT_BOUNCES,
    "list_contact_subscription_statuses": _LIST_CONTACT_SUBSCRIPTION_STATUSES,
    "list_contact_unsubscribers": _LIST_CONTACT_UNSUBSCRIBERS,
    "list_contact_subscribers": _LIST_CONTACT_SUBSCRIBERS,
    "list_contact_status_statistics": _LIST_CONTACT_STATUS_STATISTICS,
    "list_contact_sms_unsubscribers": _LIST_CONTACT_SMS_UNSUBSCRIBERS,
    "get_contact_campaign_statistics": _GET_CONTACT_CAMPAIGN_STATISTICS,
    "get_contact_operational_message_statistics": _GET_CONTACT_OPERATIONAL_MESSAGE_STATISTICS,
    "get_contact_sms_operational_message_statistics": _GET_CONTACT_SMS_OPERATIONAL_MESSAGE_STATISTICS,
    "list_contact_mailing_lists": _LIST_CONTACT_MAILING_LISTS,
}


class AsyncContacts:
    """Contacts, their groups, activity, subscription status and merge conflicts.

    The contacts operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncContactsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncContactsWithRawResponse(self._runner)

    def list_contacts(
        self,
        *,
        customer_states: CustomerState | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _LIST_CONTACTS,
            {
                "customer_states": customer_states,
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

    async def create_contact(
        self,
        *,
        body: ContactInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Contact:
        """Create a contact

        Creates a contact and returns it with its id. The body needs `email` or `sms` (at least one); every other
        field is optional. **A contact created here belongs to no group**, so no email or SMS can be sent to it
        until
        it is added to a group (`add_group_member`) or imported into one (`import_contacts`). Public clients also
        use
        this call as an upsert by email and read the existing contact's `id` from the answer.
        """
        return await self._runner._call(
            _CREATE_CONTACT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def list_contacts_with_sms_state(
        self,
        *,
        customer_states: CustomerState | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[Contact, list[Contact]]:
        """List contacts with their SMS subscription state

        Like `list_contacts`, but each contact also carries its SMS subscription state (`sms_status`). Takes the
        same
        filters: state, search term, the state-change date window (last three months when omitted) and paging.
        **Inferred shape:** no source shows the response; it is modelled as the `list_contacts` array of contacts.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_CONTACTS_WITH_SMS_STATE,
            {
                "customer_states": customer_states,
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

    async def import_contacts(
        self,
        *,
        body: ContactsImportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ContactsImportResult:
        """Import contacts into a group

        Creates or updates up to **1000 contacts per call** and adds them to `group` (and, optionally, to
        `mailing_list`). Contacts that cannot be imported do not fail the whole call: they are reported in the
        answer's `contact_errors` next to the count of contacts that succeeded.
        **Inferred shape:** the request body comes from DF's `ApiContactsImport` and a public Netlify function; the
        answer is described by Composio's text as "success count and any errors for failed contact imports" and is
        modelled on the External bulk answer (`ExternalBulkResult`), so all its fields are optional.
        """
        return await self._runner._call(
            _IMPORT_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_contact(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Contact:
        """Get a contact by id

        Returns one contact with all its fields, its subscription statuses and its custom fields. The members guide
        says contacts are identified "by the id or email lowercase"; whether this path accepts an email in place of
        the
        id is untested, so the parameter is typed as an integer id.
        """
        return await self._runner._call(
            _GET_CONTACT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_contact(
        self,
        id: int,
        *,
        body: ContactInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Contact:
        """Update a contact

        Updates the contact's fields and returns the contact. Send only the fields to change. While the contact's
        `is_do_not_mail` is true its status cannot change (`405 MethodNotAllowedDoNotMail`); a new email or SMS
        number
        that already belongs to another contact answers `409 ResolveMergeNeeded`. OC reads the updated contact from
        the answer but also tolerates an empty body.
        """
        return await self._runner._call(
            _UPDATE_CONTACT,
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

    async def delete_contact(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a contact

        Deletes the contact from the account, with its group and mailing-list memberships. This cannot be undone.
        """
        return await self._runner._call(
            _DELETE_CONTACT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_merges(
        self,
        *,
        state_type: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _LIST_CONTACT_MERGES,
            {
                "state_type": state_type,
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

    async def get_contact_merge(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ContactMerge:
        """Get a merge conflict

        **Inferred path:** the REST item of `GET /api/contacts/merges` (no source shows it). Returns one merge
        conflict. **Inferred shape:** `ContactMerge`, all fields optional.
        """
        return await self._runner._call(
            _GET_CONTACT_MERGE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def resolve_contact_merge(
        self,
        id: int,
        *,
        body: ContactMergeResolution,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return await self._runner._call(
            _RESOLVE_CONTACT_MERGE,
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

    async def delete_contact_merge(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a merge conflict

        **Inferred path:** the REST item of `GET /api/contacts/merges` (no source shows it). Discards the merge
        conflict without merging the contacts.
        """
        return await self._runner._call(
            _DELETE_CONTACT_MERGE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_contact_groups(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[ContactGroupSummary]:
        """List the contact's groups

        Returns the groups the contact belongs to, as a bare array of groups with their counters (the group shape of
        the official `GET /api/groups` page).
        """
        return await self._runner._call(
            _LIST_CONTACT_GROUPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_contact_activity(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[ContactActivity]:
        """List the contact's email activity

        Returns the contact's activity on the email campaigns sent to it: which campaigns it received and whether it
        opened them or clicked in them. **Inferred shape:** no source shows the response (KP and COR read it without
        naming fields); `ContactActivity` is an inference and all its fields are optional.
        """
        return await self._runner._call(
            _LIST_CONTACT_ACTIVITY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_contact_bounces(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[ContactBounce]:
        """List the contact's bounces

        Returns the bounces (delivery errors) recorded for the contact. **Inferred shape:** no source shows the
        response; `ContactBounce` is an inference and all its fields are optional.
        """
        return await self._runner._call(
            _LIST_CONTACT_BOUNCES,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_subscription_statuses(
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
        return self._runner._paginate(
            _LIST_CONTACT_SUBSCRIPTION_STATUSES,
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

    def list_contact_unsubscribers(
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
    ) -> AsyncPaginator[ContactSubscriptionStatus, list[ContactSubscriptionStatus]]:
        """List unsubscribers and the source of their status

        Returns the contacts that unsubscribed between `FromDate` and `ToDate` (when omitted, the last three
        months),
        with the source of the unsubscription when known. **Inferred shape:** no source shows the response;
        `ContactSubscriptionStatus` is an inference and all its fields are optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_CONTACT_UNSUBSCRIBERS,
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

    def list_contact_subscribers(
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
    ) -> AsyncPaginator[ContactSubscriptionStatus, list[ContactSubscriptionStatus]]:
        """List subscribers and the source of their status

        Returns the contacts that subscribed between `FromDate` and `ToDate` (when omitted, the last three months),
        with the source of the subscription when known. **Inferred shape:** no source shows the response;
        `ContactSubscriptionStatus` is an inference and all its fields are optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_CONTACT_SUBSCRIBERS,
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

    def list_contact_status_statistics(
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
        return self._runner._paginate(
            _LIST_CONTACT_STATUS_STATISTICS,
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

    def list_contact_sms_unsubscribers(
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
    ) -> AsyncPaginator[ContactSmsUnsubscriber, list[ContactSmsUnsubscriber]]:
        """List contacts unsubscribed from SMS

        Returns the contacts that unsubscribed from SMS messages. The date window (`FromDate`/`ToDate`, when omitted
        the last three months) and paging come from Composio's parameter list. **Inferred shape:** no source shows
        the
        response; `ContactSmsUnsubscriber` is an inference and all its fields are optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_CONTACT_SMS_UNSUBSCRIBERS,
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

    async def get_contact_campaign_statistics(
        self,
        id: int,
        campaign_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ContactEmailMessageStats:
        """Get the contact's statistics for an email campaign

        Returns how the contact engaged with one email campaign: opens, clicks, bounce, unsubscribe and spam
        complaint.
        **Inferred shape:** no source shows the response; `ContactEmailMessageStats` follows the official SMS
        counterpart (`ContactSmsCampaignStatsDTO`) and Composio's list of metrics, and all its fields are optional.
        """
        return await self._runner._call(
            _GET_CONTACT_CAMPAIGN_STATISTICS,
            {
                "id": id,
                "campaign_id": campaign_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_contact_operational_message_statistics(
        self,
        id: int,
        message_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ContactEmailMessageStats:
        """Get the contact's statistics for an operational email message

        Returns how the contact engaged with one operational (transactional) email message: delivery, opens, clicks,
        bounce and unsubscribe. **Inferred shape:** no source shows the response; it is modelled as
        `ContactEmailMessageStats`, like the campaign statistics, and all its fields are optional.
        """
        return await self._runner._call(
            _GET_CONTACT_OPERATIONAL_MESSAGE_STATISTICS,
            {
                "id": id,
                "message_id": message_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_contact_sms_operational_message_statistics(
        self,
        id: int,
        message_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ContactSmsCampaignStats:
        """Get the contact's statistics for an operational SMS

        Returns what happened to one operational (transactional) SMS sent to the contact: whether it bounced (and
        why),
        whether the contact unsubscribed, and the delivery status.
        """
        return await self._runner._call(
            _GET_CONTACT_SMS_OPERATIONAL_MESSAGE_STATISTICS,
            {
                "id": id,
                "message_id": message_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_contact_mailing_lists(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[ContactMailingListSummary]:
        """List the contact's mailing lists

        Returns the mailing lists the contact belongs to. **Inferred shape:** no source shows the response;
        `ContactMailingListSummary` (id and name) is an inference and its fields are optional.
        """
        return await self._runner._call(
            _LIST_CONTACT_MAILING_LISTS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncContactsWithRawResponse:
    """Contacts, their groups, activity, subscription status and merge conflicts.

    The contacts operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncContacts`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_contacts(
        self,
        *,
        customer_states: CustomerState | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Contact]]:
        """List the account's contacts: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTACTS,
            {
                "customer_states": customer_states,
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

    async def create_contact(
        self,
        *,
        body: ContactInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Contact]:
        """Create a contact: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_CONTACT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def list_contacts_with_sms_state(
        self,
        *,
        customer_states: CustomerState | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Contact]]:
        """List contacts with their SMS subscription state: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTACTS_WITH_SMS_STATE,
            {
                "customer_states": customer_states,
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

    async def import_contacts(
        self,
        *,
        body: ContactsImportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ContactsImportResult]:
        """Import contacts into a group: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _IMPORT_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_contact(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Contact]:
        """Get a contact by id: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CONTACT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_contact(
        self,
        id: int,
        *,
        body: ContactInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Contact]:
        """Update a contact: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_CONTACT,
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

    async def delete_contact(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a contact: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_CONTACT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_contact_merges(
        self,
        *,
        state_type: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[ContactMerge]]:
        """List contacts in merge conflict: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTACT_MERGES,
            {
                "state_type": state_type,
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

    async def get_contact_merge(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ContactMerge]:
        """Get a merge conflict: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CONTACT_MERGE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def resolve_contact_merge(
        self,
        id: int,
        *,
        body: ContactMergeResolution,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Resolve a merge conflict: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _RESOLVE_CONTACT_MERGE,
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

    async def delete_contact_merge(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a merge conflict: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_CONTACT_MERGE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_contact_groups(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[ContactGroupSummary]]:
        """List the contact's groups: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTACT_GROUPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_contact_activity(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[ContactActivity]]:
        """List the contact's email activity: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTACT_ACTIVITY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_contact_bounces(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[ContactBounce]]:
        """List the contact's bounces: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTACT_BOUNCES,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_contact_subscription_statuses(
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
    ) -> RawResponse[list[ContactSubscriptionStatus]]:
        """List contacts with their status and its source: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTACT_SUBSCRIPTION_STATUSES,
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

    async def list_contact_unsubscribers(
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
    ) -> RawResponse[list[ContactSubscriptionStatus]]:
        """List unsubscribers and the source of their status: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTACT_UNSUBSCRIBERS,
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

    async def list_contact_subscribers(
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
    ) -> RawResponse[list[ContactSubscriptionStatus]]:
        """List subscribers and the source of their status: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTACT_SUBSCRIBERS,
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

    async def list_contact_status_statistics(
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
    ) -> RawResponse[list[ContactStatusDailyStats]]:
        """Get daily statistics of contact statuses: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTACT_STATUS_STATISTICS,
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

    async def list_contact_sms_unsubscribers(
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
    ) -> RawResponse[list[ContactSmsUnsubscriber]]:
        """List contacts unsubscribed from SMS: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTACT_SMS_UNSUBSCRIBERS,
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

    async def get_contact_campaign_statistics(
        self,
        id: int,
        campaign_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ContactEmailMessageStats]:
        """Get the contact's statistics for an email campaign: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CONTACT_CAMPAIGN_STATISTICS,
            {
                "id": id,
                "campaign_id": campaign_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_contact_operational_message_statistics(
        self,
        id: int,
        message_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ContactEmailMessageStats]:
        """Get the contact's statistics for an operational email message: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CONTACT_OPERATIONAL_MESSAGE_STATISTICS,
            {
                "id": id,
                "message_id": message_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_contact_sms_operational_message_statistics(
        self,
        id: int,
        message_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ContactSmsCampaignStats]:
        """Get the contact's statistics for an operational SMS: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CONTACT_SMS_OPERATIONAL_MESSAGE_STATISTICS,
            {
                "id": id,
                "message_id": message_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_contact_mailing_lists(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[ContactMailingListSummary]]:
        """List the contact's mailing lists: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTACT_MAILING_LISTS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncContacts:
    """Contacts, their groups, activity, subscription status and merge conflicts.

    The contacts operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncContactsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncContactsWithRawResponse(self._runner)

    def list_contacts(
        self,
        *,
        customer_states: CustomerState | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _LIST_CONTACTS,
            {
                "customer_states": customer_states,
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

    def create_contact(
        self,
        *,
        body: ContactInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Contact:
        """Create a contact

        Creates a contact and returns it with its id. The body needs `email` or `sms` (at least one); every other
        field is optional. **A contact created here belongs to no group**, so no email or SMS can be sent to it
        until
        it is added to a group (`add_group_member`) or imported into one (`import_contacts`). Public clients also
        use
        this call as an upsert by email and read the existing contact's `id` from the answer.
        """
        return self._runner._call(
            _CREATE_CONTACT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def list_contacts_with_sms_state(
        self,
        *,
        customer_states: CustomerState | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[Contact, list[Contact]]:
        """List contacts with their SMS subscription state

        Like `list_contacts`, but each contact also carries its SMS subscription state (`sms_status`). Takes the
        same
        filters: state, search term, the state-change date window (last three months when omitted) and paging.
        **Inferred shape:** no source shows the response; it is modelled as the `list_contacts` array of contacts.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_CONTACTS_WITH_SMS_STATE,
            {
                "customer_states": customer_states,
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

    def import_contacts(
        self,
        *,
        body: ContactsImportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ContactsImportResult:
        """Import contacts into a group

        Creates or updates up to **1000 contacts per call** and adds them to `group` (and, optionally, to
        `mailing_list`). Contacts that cannot be imported do not fail the whole call: they are reported in the
        answer's `contact_errors` next to the count of contacts that succeeded.
        **Inferred shape:** the request body comes from DF's `ApiContactsImport` and a public Netlify function; the
        answer is described by Composio's text as "success count and any errors for failed contact imports" and is
        modelled on the External bulk answer (`ExternalBulkResult`), so all its fields are optional.
        """
        return self._runner._call(
            _IMPORT_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_contact(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Contact:
        """Get a contact by id

        Returns one contact with all its fields, its subscription statuses and its custom fields. The members guide
        says contacts are identified "by the id or email lowercase"; whether this path accepts an email in place of
        the
        id is untested, so the parameter is typed as an integer id.
        """
        return self._runner._call(
            _GET_CONTACT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_contact(
        self,
        id: int,
        *,
        body: ContactInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Contact:
        """Update a contact

        Updates the contact's fields and returns the contact. Send only the fields to change. While the contact's
        `is_do_not_mail` is true its status cannot change (`405 MethodNotAllowedDoNotMail`); a new email or SMS
        number
        that already belongs to another contact answers `409 ResolveMergeNeeded`. OC reads the updated contact from
        the answer but also tolerates an empty body.
        """
        return self._runner._call(
            _UPDATE_CONTACT,
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

    def delete_contact(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a contact

        Deletes the contact from the account, with its group and mailing-list memberships. This cannot be undone.
        """
        return self._runner._call(
            _DELETE_CONTACT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_merges(
        self,
        *,
        state_type: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _LIST_CONTACT_MERGES,
            {
                "state_type": state_type,
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

    def get_contact_merge(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ContactMerge:
        """Get a merge conflict

        **Inferred path:** the REST item of `GET /api/contacts/merges` (no source shows it). Returns one merge
        conflict. **Inferred shape:** `ContactMerge`, all fields optional.
        """
        return self._runner._call(
            _GET_CONTACT_MERGE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def resolve_contact_merge(
        self,
        id: int,
        *,
        body: ContactMergeResolution,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._call(
            _RESOLVE_CONTACT_MERGE,
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

    def delete_contact_merge(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a merge conflict

        **Inferred path:** the REST item of `GET /api/contacts/merges` (no source shows it). Discards the merge
        conflict without merging the contacts.
        """
        return self._runner._call(
            _DELETE_CONTACT_MERGE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_groups(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[ContactGroupSummary]:
        """List the contact's groups

        Returns the groups the contact belongs to, as a bare array of groups with their counters (the group shape of
        the official `GET /api/groups` page).
        """
        return self._runner._call(
            _LIST_CONTACT_GROUPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_activity(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[ContactActivity]:
        """List the contact's email activity

        Returns the contact's activity on the email campaigns sent to it: which campaigns it received and whether it
        opened them or clicked in them. **Inferred shape:** no source shows the response (KP and COR read it without
        naming fields); `ContactActivity` is an inference and all its fields are optional.
        """
        return self._runner._call(
            _LIST_CONTACT_ACTIVITY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_bounces(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[ContactBounce]:
        """List the contact's bounces

        Returns the bounces (delivery errors) recorded for the contact. **Inferred shape:** no source shows the
        response; `ContactBounce` is an inference and all its fields are optional.
        """
        return self._runner._call(
            _LIST_CONTACT_BOUNCES,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_subscription_statuses(
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
        return self._runner._paginate(
            _LIST_CONTACT_SUBSCRIPTION_STATUSES,
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

    def list_contact_unsubscribers(
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
    ) -> SyncPaginator[ContactSubscriptionStatus, list[ContactSubscriptionStatus]]:
        """List unsubscribers and the source of their status

        Returns the contacts that unsubscribed between `FromDate` and `ToDate` (when omitted, the last three
        months),
        with the source of the unsubscription when known. **Inferred shape:** no source shows the response;
        `ContactSubscriptionStatus` is an inference and all its fields are optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_CONTACT_UNSUBSCRIBERS,
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

    def list_contact_subscribers(
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
    ) -> SyncPaginator[ContactSubscriptionStatus, list[ContactSubscriptionStatus]]:
        """List subscribers and the source of their status

        Returns the contacts that subscribed between `FromDate` and `ToDate` (when omitted, the last three months),
        with the source of the subscription when known. **Inferred shape:** no source shows the response;
        `ContactSubscriptionStatus` is an inference and all its fields are optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_CONTACT_SUBSCRIBERS,
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

    def list_contact_status_statistics(
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
        return self._runner._paginate(
            _LIST_CONTACT_STATUS_STATISTICS,
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

    def list_contact_sms_unsubscribers(
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
    ) -> SyncPaginator[ContactSmsUnsubscriber, list[ContactSmsUnsubscriber]]:
        """List contacts unsubscribed from SMS

        Returns the contacts that unsubscribed from SMS messages. The date window (`FromDate`/`ToDate`, when omitted
        the last three months) and paging come from Composio's parameter list. **Inferred shape:** no source shows
        the
        response; `ContactSmsUnsubscriber` is an inference and all its fields are optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_CONTACT_SMS_UNSUBSCRIBERS,
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

    def get_contact_campaign_statistics(
        self,
        id: int,
        campaign_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ContactEmailMessageStats:
        """Get the contact's statistics for an email campaign

        Returns how the contact engaged with one email campaign: opens, clicks, bounce, unsubscribe and spam
        complaint.
        **Inferred shape:** no source shows the response; `ContactEmailMessageStats` follows the official SMS
        counterpart (`ContactSmsCampaignStatsDTO`) and Composio's list of metrics, and all its fields are optional.
        """
        return self._runner._call(
            _GET_CONTACT_CAMPAIGN_STATISTICS,
            {
                "id": id,
                "campaign_id": campaign_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_contact_operational_message_statistics(
        self,
        id: int,
        message_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ContactEmailMessageStats:
        """Get the contact's statistics for an operational email message

        Returns how the contact engaged with one operational (transactional) email message: delivery, opens, clicks,
        bounce and unsubscribe. **Inferred shape:** no source shows the response; it is modelled as
        `ContactEmailMessageStats`, like the campaign statistics, and all its fields are optional.
        """
        return self._runner._call(
            _GET_CONTACT_OPERATIONAL_MESSAGE_STATISTICS,
            {
                "id": id,
                "message_id": message_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_contact_sms_operational_message_statistics(
        self,
        id: int,
        message_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ContactSmsCampaignStats:
        """Get the contact's statistics for an operational SMS

        Returns what happened to one operational (transactional) SMS sent to the contact: whether it bounced (and
        why),
        whether the contact unsubscribed, and the delivery status.
        """
        return self._runner._call(
            _GET_CONTACT_SMS_OPERATIONAL_MESSAGE_STATISTICS,
            {
                "id": id,
                "message_id": message_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_mailing_lists(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[ContactMailingListSummary]:
        """List the contact's mailing lists

        Returns the mailing lists the contact belongs to. **Inferred shape:** no source shows the response;
        `ContactMailingListSummary` (id and name) is an inference and its fields are optional.
        """
        return self._runner._call(
            _LIST_CONTACT_MAILING_LISTS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncContactsWithRawResponse:
    """Contacts, their groups, activity, subscription status and merge conflicts.

    The contacts operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncContacts`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_contacts(
        self,
        *,
        customer_states: CustomerState | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Contact]]:
        """List the account's contacts: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTACTS,
            {
                "customer_states": customer_states,
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

    def create_contact(
        self,
        *,
        body: ContactInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Contact]:
        """Create a contact: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_CONTACT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def list_contacts_with_sms_state(
        self,
        *,
        customer_states: CustomerState | None = None,
        search_term: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Contact]]:
        """List contacts with their SMS subscription state: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTACTS_WITH_SMS_STATE,
            {
                "customer_states": customer_states,
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

    def import_contacts(
        self,
        *,
        body: ContactsImportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ContactsImportResult]:
        """Import contacts into a group: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _IMPORT_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_contact(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Contact]:
        """Get a contact by id: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CONTACT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_contact(
        self,
        id: int,
        *,
        body: ContactInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Contact]:
        """Update a contact: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_CONTACT,
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

    def delete_contact(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a contact: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_CONTACT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_merges(
        self,
        *,
        state_type: str | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[ContactMerge]]:
        """List contacts in merge conflict: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTACT_MERGES,
            {
                "state_type": state_type,
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

    def get_contact_merge(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ContactMerge]:
        """Get a merge conflict: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CONTACT_MERGE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def resolve_contact_merge(
        self,
        id: int,
        *,
        body: ContactMergeResolution,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Resolve a merge conflict: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _RESOLVE_CONTACT_MERGE,
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

    def delete_contact_merge(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a merge conflict: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_CONTACT_MERGE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_groups(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[ContactGroupSummary]]:
        """List the contact's groups: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTACT_GROUPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_activity(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[ContactActivity]]:
        """List the contact's email activity: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTACT_ACTIVITY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_bounces(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[ContactBounce]]:
        """List the contact's bounces: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTACT_BOUNCES,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_subscription_statuses(
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
    ) -> RawResponse[list[ContactSubscriptionStatus]]:
        """List contacts with their status and its source: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTACT_SUBSCRIPTION_STATUSES,
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

    def list_contact_unsubscribers(
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
    ) -> RawResponse[list[ContactSubscriptionStatus]]:
        """List unsubscribers and the source of their status: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTACT_UNSUBSCRIBERS,
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

    def list_contact_subscribers(
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
    ) -> RawResponse[list[ContactSubscriptionStatus]]:
        """List subscribers and the source of their status: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTACT_SUBSCRIBERS,
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

    def list_contact_status_statistics(
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
    ) -> RawResponse[list[ContactStatusDailyStats]]:
        """Get daily statistics of contact statuses: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTACT_STATUS_STATISTICS,
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

    def list_contact_sms_unsubscribers(
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
    ) -> RawResponse[list[ContactSmsUnsubscriber]]:
        """List contacts unsubscribed from SMS: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTACT_SMS_UNSUBSCRIBERS,
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

    def get_contact_campaign_statistics(
        self,
        id: int,
        campaign_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ContactEmailMessageStats]:
        """Get the contact's statistics for an email campaign: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CONTACT_CAMPAIGN_STATISTICS,
            {
                "id": id,
                "campaign_id": campaign_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_contact_operational_message_statistics(
        self,
        id: int,
        message_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ContactEmailMessageStats]:
        """Get the contact's statistics for an operational email message: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CONTACT_OPERATIONAL_MESSAGE_STATISTICS,
            {
                "id": id,
                "message_id": message_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_contact_sms_operational_message_statistics(
        self,
        id: int,
        message_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ContactSmsCampaignStats]:
        """Get the contact's statistics for an operational SMS: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CONTACT_SMS_OPERATIONAL_MESSAGE_STATISTICS,
            {
                "id": id,
                "message_id": message_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_contact_mailing_lists(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[ContactMailingListSummary]]:
        """List the contact's mailing lists: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTACT_MAILING_LISTS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
