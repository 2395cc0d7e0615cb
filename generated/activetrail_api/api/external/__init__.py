"""The external operations: one module per operation, its descriptor, and the `AsyncExternal` and
`SyncExternal` namespaces with one method per operation (what `client.external` returns on a
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
    from ...models.contact_input import ContactInput
    from ...models.customer_state import CustomerState
    from ...models.external_bulk_result import ExternalBulkResult
    from ...models.external_contact_activity import ExternalContactActivity
    from ...models.external_contact_field import ExternalContactField
    from ...models.external_contact_list import ExternalContactList
    from ...models.external_import_request import ExternalImportRequest
    from ...models.external_mapping import ExternalMapping
    from ...models.external_operational_message import ExternalOperationalMessage
    from ...models.external_operational_message_result import (
        ExternalOperationalMessageResult,
    )
    from ...models.external_operational_sms_message import ExternalOperationalSmsMessage
    from ...models.sms_operational_message import SmsOperationalMessage
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncExternal",
    "AsyncExternalWithRawResponse",
    "SyncExternal",
    "SyncExternalWithRawResponse",
]


_GET_EXTERNAL_CONTACT = op.Operation(
    name="get_external_contact",
    module=__name__ + ".get_external_contact",
    method="GET",
    path="/api/external/contact/{external_id}",
    parameters=(
        op.Parameter("external_id", "externalId", "path", op.STR),
        op.Parameter("external_name", "externalName", "query", op.STR),
    ),
    success="Contact",
)


_UPDATE_EXTERNAL_CONTACT = op.Operation(
    name="update_external_contact",
    module=__name__ + ".update_external_contact",
    method="PUT",
    path="/api/external/contact/{external_id}",
    parameters=(
        op.Parameter("external_id", "externalId", "path", op.STR),
        op.Parameter("body", "", "body", op.Type("model", "ContactInput")),
        op.Parameter("external_name", "externalName", "query", op.STR),
    ),
    success="None",
)


_DELETE_EXTERNAL_CONTACT = op.Operation(
    name="delete_external_contact",
    module=__name__ + ".delete_external_contact",
    method="DELETE",
    path="/api/external/contact/{external_id}",
    parameters=(
        op.Parameter("external_id", "externalId", "path", op.STR),
        op.Parameter("external_name", "externalName", "query", op.STR),
    ),
    success="None",
)


_LIST_EXTERNAL_CONTACTS = op.Operation(
    name="list_external_contacts",
    module=__name__ + ".list_external_contacts",
    method="GET",
    path="/api/external/contacts",
    parameters=(
        op.Parameter("email", "Email", "query", op.STR, required=False),
        op.Parameter("sms", "Sms", "query", op.STR, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[Contact]",
    paging=op.PageNumberPaging("page", "limit"),
)


_LIST_UNMAPPED_CONTACTS = op.Operation(
    name="list_unmapped_contacts",
    module=__name__ + ".list_unmapped_contacts",
    method="GET",
    path="/api/external/unmapped",
    parameters=(
        op.Parameter(
            "customer_states",
            "CustomerStates",
            "query",
            op.Type("enum", "CustomerState"),
            required=False,
        ),
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[Contact]",
    paging=op.PageNumberPaging("page", "limit"),
)


_IMPORT_EXTERNAL_CONTACTS = op.Operation(
    name="import_external_contacts",
    module=__name__ + ".import_external_contacts",
    method="POST",
    path="/api/external/import",
    parameters=(
        op.Parameter("body", "", "body", op.Type("model", "ExternalImportRequest")),
    ),
    success="ExternalBulkResult",
)


_MAP_EXTERNAL_CONTACT = op.Operation(
    name="map_external_contact",
    module=__name__ + ".map_external_contact",
    method="POST",
    path="/api/external/mapping",
    parameters=(op.Parameter("body", "", "body", op.Type("model", "ExternalMapping")),),
    success="None",
)


_UNMAP_EXTERNAL_CONTACT = op.Operation(
    name="unmap_external_contact",
    module=__name__ + ".unmap_external_contact",
    method="DELETE",
    path="/api/external/mapping",
    parameters=(op.Parameter("body", "", "body", op.Type("model", "ExternalMapping")),),
    success="None",
)


_ADD_EXTERNAL_CONTACTS_TO_GROUP = op.Operation(
    name="add_external_contacts_to_group",
    module=__name__ + ".add_external_contacts_to_group",
    method="POST",
    path="/api/external/group/{group_id}",
    parameters=(
        op.Parameter("group_id", "groupId", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "ExternalContactList")),
    ),
    success="ExternalBulkResult",
)


_REMOVE_EXTERNAL_CONTACTS_FROM_GROUP = op.Operation(
    name="remove_external_contacts_from_group",
    module=__name__ + ".remove_external_contacts_from_group",
    method="DELETE",
    path="/api/external/group/{group_id}",
    parameters=(
        op.Parameter("group_id", "groupId", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "ExternalContactList")),
    ),
    success="ExternalBulkResult",
)


_ADD_EXTERNAL_CONTACTS_TO_MAILING_LIST = op.Operation(
    name="add_external_contacts_to_mailing_list",
    module=__name__ + ".add_external_contacts_to_mailing_list",
    method="POST",
    path="/api/external/mailinglist/{mailinglist_id}",
    parameters=(
        op.Parameter("mailinglist_id", "mailinglistId", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "ExternalContactList")),
    ),
    success="ExternalBulkResult",
)


_REMOVE_EXTERNAL_CONTACTS_FROM_MAILING_LIST = op.Operation(
    name="remove_external_contacts_from_mailing_list",
    module=__name__ + ".remove_external_contacts_from_mailing_list",
    method="DELETE",
    path="/api/external/mailinglist/{mailinglist_id}",
    parameters=(
        op.Parameter("mailinglist_id", "mailinglistId", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "ExternalContactList")),
    ),
    success="ExternalBulkResult",
)


_SEND_EXTERNAL_OPERATIONAL_MESSAGE = op.Operation(
    name="send_external_operational_message",
    module=__name__ + ".send_external_operational_message",
    method="POST",
    path="/api/external/operational/message",
    parameters=(
        op.Parameter(
            "body", "", "body", op.Type("model", "ExternalOperationalMessage")
        ),
    ),
    success="ExternalOperationalMessageResult",
)


_SEND_EXTERNAL_OPERATIONAL_SMS_MESSAGE = op.Operation(
    name="send_external_operational_sms_message",
    module=__name__ + ".send_external_operational_sms_message",
    method="POST",
    path="/api/external/operational/sms_message",
    parameters=(
        op.Parameter(
            "body", "", "body", op.Type("model", "ExternalOperationalSmsMessage")
        ),
    ),
    success="SmsOperationalMessage",
)


_GET_EXTERNAL_CONTACT_FIELDS = op.Operation(
    name="get_external_contact_fields",
    module=__name__ + ".get_external_contact_fields",
    method="GET",
    path="/api/external/schema",
    parameters=(),
    success="list[ExternalContactField]",
)


_LIST_EXTERNAL_CONTACT_ACTIVITY = op.Operation(
    name="list_external_contact_activity",
    module=__name__ + ".list_external_contact_activity",
    method="GET",
    path="/api/external/activity",
    parameters=(
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[ExternalContactActivity]",
    paging=op.PageNumberPaging("page", "limit"),
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_external_contact": _GET_EXTERNAL_CONTACT,
    "update_external_contact": _UPDATE_EXTERNAL_CONTACT,
    "delete_external_contact": _DELETE_EXTERNAL_CONTACT,
    "list_external_contacts": _LIST_EXTERNAL_CONTACTS,
    "list_unmapped_contacts": _LIST_UNMAPPED_CONTACTS,
    "import_external_contacts": _IMPORT_EXTERNAL_CONTACTS,
    "map_external_contact": _MAP_EXTERNAL_CONTACT,
    "unmap_external_contact": _UNMAP_EXTERNAL_CONTACT,
    "add_external_contacts_to_group": _ADD_EXTERNAL_CONTACTS_TO_GROUP,
    "remove_external_contacts_from_group": _REMOVE_EXTERNAL_CONTACTS_FROM_GROUP,
    "add_external_contacts_to_mailing_list": _ADD_EXTERNAL_CONTACTS_TO_MAILING_LIST,
    "remove_external_contacts_from_mailing_list": _REMOVE_EXTERNAL_CONTACTS_FROM_MAILING_LIST,
    "send_external_operational_message": _SEND_EXTERNAL_OPERATIONAL_MESSAGE,
    "send_external_operational_sms_message": _SEND_EXTERNAL_OPERATIONAL_SMS_MESSAGE,
    "get_external_contact_fields": _GET_EXTERNAL_CONTACT_FIELDS,
    "list_external_contact_activity": _LIST_EXTERNAL_CONTACT_ACTIVITY,
}


class AsyncExternal:
    """Contacts addressed by an external id and name from the caller's own system.

    The external operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncExternalWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncExternalWithRawResponse(self._runner)

    async def get_external_contact(
        self,
        external_id: str,
        *,
        external_name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Contact:
        """Get a contact by its external id and name

        **Inferred path:** the pattern of COR's `PUT /api/external/contact/{externalId}?externalName=` (no source
        shows the GET). Returns the contact mapped to this external id and external name. If the id and the name do
        not match each other, the answer is empty. **Inferred shape:** the `Contact` of the Contacts section.
        """
        return await self._runner._call(
            _GET_EXTERNAL_CONTACT,
            {
                "external_id": external_id,
                "external_name": external_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_external_contact(
        self,
        external_id: str,
        *,
        body: ContactInput,
        external_name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a contact by its external id and name

        Updates the fields of the contact mapped to this external id and external name; send only the fields to
        change. The success answer is not documented.
        """
        return await self._runner._call(
            _UPDATE_EXTERNAL_CONTACT,
            {
                "external_id": external_id,
                "body": body,
                "external_name": external_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def delete_external_contact(
        self,
        external_id: str,
        *,
        external_name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a contact by its external id and name

        **Inferred path:** the pattern of COR's `PUT /api/external/contact/{externalId}?externalName=` (no source
        shows the DELETE). Deletes the contact mapped to this external id and external name. If the id and the name
        do
        not match each other, or do not exist, the call fails.
        """
        return await self._runner._call(
            _DELETE_EXTERNAL_CONTACT,
            {
                "external_id": external_id,
                "external_name": external_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_external_contacts(
        self,
        *,
        email: str | None = None,
        sms: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[Contact, list[Contact]]:
        """List contacts, filtered by email or SMS number

        **Inferred path:** no source shows it; it follows the section's naming. Returns the contacts, optionally
        filtered by email and/or SMS number. The filter names `Email` and `Sms` and the paging parameters are
        inferred too. **Inferred shape:** an array of `Contact`.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_EXTERNAL_CONTACTS,
            {
                "email": email,
                "sms": sms,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_unmapped_contacts(
        self,
        *,
        customer_states: CustomerState | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[Contact, list[Contact]]:
        """List contacts without an external id or name

        Returns the contacts that have no external id or external name yet (map them with `map_external_contact`).
        Filter by state (`CustomerStates`) and by registration date (`FromDate`/`ToDate`; when omitted the window is
        the last three months). The seed says 100 contacts are returned by default while the parameter table says
        20:
        send `Limit` explicitly. **Inferred shape:** the official page declares an unspecified
        `HttpResponseMessage`;
        the answer is modelled as an array of `Contact`.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_UNMAPPED_CONTACTS,
            {
                "customer_states": customer_states,
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

    async def import_external_contacts(
        self,
        *,
        body: ExternalImportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ExternalBulkResult:
        """Import contacts with external ids

        Creates up to **1000 contacts per call**, each with its external id and external name. A contact whose
        external id already exists is not imported and is reported in `contact_errors`; the others succeed.
        **Inferred body:** only the path is sourced; the body is modelled on the External list body (`contacts`)
        with each item carrying its external id and name next to the contact fields.
        """
        return await self._runner._call(
            _IMPORT_EXTERNAL_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def map_external_contact(
        self,
        *,
        body: ExternalMapping,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Map an external id and name to a contact

        Gives an unmapped contact (`list_unmapped_contacts`) an external id and an external name. The official page
        declares an unspecified `HttpResponseMessage` as the answer, so no body is modelled.
        """
        return await self._runner._call(
            _MAP_EXTERNAL_CONTACT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def unmap_external_contact(
        self,
        *,
        body: ExternalMapping,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a contact's external id and name

        **Inferred path:** the seed gives no method; this is DELETE on the mapping path, with the mapping in the
        body. Removes the contact's external id and name. If the id and the name do not match each other, or do not
        exist, the call fails.
        """
        return await self._runner._call(
            _UNMAP_EXTERNAL_CONTACT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def add_external_contacts_to_group(
        self,
        group_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ExternalBulkResult:
        """Add contacts to a group by external id and name

        **Inferred path:** the mirror of the official `POST /api/external/mailinglist/{mailinglistId}` and of COR's
        `DELETE /api/external/group/{groupId}`. Adds up to **1000 contacts per call**, each given by its external id
        and external name, to the group. Contacts that fail are reported in `contact_errors`; the others succeed.
        """
        return await self._runner._call(
            _ADD_EXTERNAL_CONTACTS_TO_GROUP,
            {
                "group_id": group_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def remove_external_contacts_from_group(
        self,
        group_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ExternalBulkResult:
        """Remove contacts from a group by external id and name

        Removes the contacts given by external id and external name (up to 1000 per call) from the group. Contacts
        that fail are reported in `contact_errors`; the others succeed. **Inferred answer:** the official answer of
        the
        mailing-list variant (`ExternalBulkResult`).
        """
        return await self._runner._call(
            _REMOVE_EXTERNAL_CONTACTS_FROM_GROUP,
            {
                "group_id": group_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def add_external_contacts_to_mailing_list(
        self,
        mailinglist_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ExternalBulkResult:
        """Add contacts to a mailing list by external id and name

        Adds up to **1000 contacts per call**, each given by its external id and external name, to the mailing list.
        Contacts that fail are reported in `contact_errors` with the reason; the others succeed.
        """
        return await self._runner._call(
            _ADD_EXTERNAL_CONTACTS_TO_MAILING_LIST,
            {
                "mailinglist_id": mailinglist_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def remove_external_contacts_from_mailing_list(
        self,
        mailinglist_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ExternalBulkResult:
        """Remove contacts from a mailing list by external id and name

        Removes the contacts given by external id and external name (up to 1000 per call) from the mailing list.
        Contacts that fail are reported in `contact_errors`; the others succeed. (COR attaches this docs-index path
        to
        a "delete mailing list" tool by mistake.) **Inferred answer:** the official answer of the add variant
        (`ExternalBulkResult`).
        """
        return await self._runner._call(
            _REMOVE_EXTERNAL_CONTACTS_FROM_MAILING_LIST,
            {
                "mailinglist_id": mailinglist_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def send_external_operational_message(
        self,
        *,
        body: ExternalOperationalMessage,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ExternalOperationalMessageResult:
        """Create and send an operational email message

        Creates an operational (transactional) email message and sends it to the contacts given by external id and
        external name in `package`, each with its own `pairs` of placeholder keys and values (up to 500 per call,
        per
        Composio). `details` and `design` are required and are the same objects as in `send_operational_message`
        (`ApiMessageDetails`, `ApiMessageDesign`); `bcc` is `ApiMessageBCC`. **Inferred answer:** the stored
        official
        page does not show the response; the message id is assumed (the statistics operations need it), all fields
        optional.
        """
        return await self._runner._call(
            _SEND_EXTERNAL_OPERATIONAL_MESSAGE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def send_external_operational_sms_message(
        self,
        *,
        body: ExternalOperationalSmsMessage,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SmsOperationalMessage:
        """Create and send an operational SMS message

        Creates an operational (transactional) SMS and sends it to the contacts given by external id and external
        name in `customers`, now (`scheduling.send_now`) or at `scheduling.scheduled_date_utc`. The body is the
        official `ApiExternalSmsCampaignPostContainer`: `details` is the same object as in
        `create_sms_operational_message` (the sender is `details.from_name`, up to 11 English letters, or
        `details.sms_sending_profile_id`). The answer is the official `ApiSmsCampaignInfo`: keep its `id`, the only
        way to query a contact's statistics for this message later
        (`get_contact_sms_operational_message_statistics`).
        """
        return await self._runner._call(
            _SEND_EXTERNAL_OPERATIONAL_SMS_MESSAGE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_external_contact_fields(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[ExternalContactField]:
        """Get the contact fields' information

        Returns the account's contact fields (standard and custom) with their names and types, to map an external
        system's fields. **Inferred shape:** no source shows the response; `ExternalContactField` is an inference
        and
        all its fields are optional.
        """
        return await self._runner._call(
            _GET_EXTERNAL_CONTACT_FIELDS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_external_contact_activity(
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
    ) -> AsyncPaginator[ExternalContactActivity, list[ExternalContactActivity]]:
        """List contacts' status changes

        **Inferred path:** no source shows it; it follows the section's naming. Returns the contacts' activities
        (status changes), filtered by the date the status changed (`FromDate`/`ToDate`; when omitted the window is
        the
        last three months). The seed says 100 contacts are returned by default: send `Limit` explicitly.
        **Inferred shape:** `ExternalContactActivity`, all fields optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_EXTERNAL_CONTACT_ACTIVITY,
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


class AsyncExternalWithRawResponse:
    """Contacts addressed by an external id and name from the caller's own system.

    The external operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncExternal`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_external_contact(
        self,
        external_id: str,
        *,
        external_name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Contact]:
        """Get a contact by its external id and name: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_EXTERNAL_CONTACT,
            {
                "external_id": external_id,
                "external_name": external_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_external_contact(
        self,
        external_id: str,
        *,
        body: ContactInput,
        external_name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a contact by its external id and name: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_EXTERNAL_CONTACT,
            {
                "external_id": external_id,
                "body": body,
                "external_name": external_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def delete_external_contact(
        self,
        external_id: str,
        *,
        external_name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a contact by its external id and name: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_EXTERNAL_CONTACT,
            {
                "external_id": external_id,
                "external_name": external_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_external_contacts(
        self,
        *,
        email: str | None = None,
        sms: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Contact]]:
        """List contacts, filtered by email or SMS number: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_EXTERNAL_CONTACTS,
            {
                "email": email,
                "sms": sms,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_unmapped_contacts(
        self,
        *,
        customer_states: CustomerState | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Contact]]:
        """List contacts without an external id or name: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_UNMAPPED_CONTACTS,
            {
                "customer_states": customer_states,
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

    async def import_external_contacts(
        self,
        *,
        body: ExternalImportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ExternalBulkResult]:
        """Import contacts with external ids: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _IMPORT_EXTERNAL_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def map_external_contact(
        self,
        *,
        body: ExternalMapping,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Map an external id and name to a contact: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _MAP_EXTERNAL_CONTACT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def unmap_external_contact(
        self,
        *,
        body: ExternalMapping,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Remove a contact's external id and name: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UNMAP_EXTERNAL_CONTACT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def add_external_contacts_to_group(
        self,
        group_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ExternalBulkResult]:
        """Add contacts to a group by external id and name: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _ADD_EXTERNAL_CONTACTS_TO_GROUP,
            {
                "group_id": group_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def remove_external_contacts_from_group(
        self,
        group_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ExternalBulkResult]:
        """Remove contacts from a group by external id and name: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _REMOVE_EXTERNAL_CONTACTS_FROM_GROUP,
            {
                "group_id": group_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def add_external_contacts_to_mailing_list(
        self,
        mailinglist_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ExternalBulkResult]:
        """Add contacts to a mailing list by external id and name: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _ADD_EXTERNAL_CONTACTS_TO_MAILING_LIST,
            {
                "mailinglist_id": mailinglist_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def remove_external_contacts_from_mailing_list(
        self,
        mailinglist_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ExternalBulkResult]:
        """Remove contacts from a mailing list by external id and name: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _REMOVE_EXTERNAL_CONTACTS_FROM_MAILING_LIST,
            {
                "mailinglist_id": mailinglist_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def send_external_operational_message(
        self,
        *,
        body: ExternalOperationalMessage,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ExternalOperationalMessageResult]:
        """Create and send an operational email message: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _SEND_EXTERNAL_OPERATIONAL_MESSAGE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def send_external_operational_sms_message(
        self,
        *,
        body: ExternalOperationalSmsMessage,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SmsOperationalMessage]:
        """Create and send an operational SMS message: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _SEND_EXTERNAL_OPERATIONAL_SMS_MESSAGE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_external_contact_fields(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[ExternalContactField]]:
        """Get the contact fields' information: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_EXTERNAL_CONTACT_FIELDS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_external_contact_activity(
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
    ) -> RawResponse[list[ExternalContactActivity]]:
        """List contacts' status changes: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_EXTERNAL_CONTACT_ACTIVITY,
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


class SyncExternal:
    """Contacts addressed by an external id and name from the caller's own system.

    The external operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncExternalWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncExternalWithRawResponse(self._runner)

    def get_external_contact(
        self,
        external_id: str,
        *,
        external_name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Contact:
        """Get a contact by its external id and name

        **Inferred path:** the pattern of COR's `PUT /api/external/contact/{externalId}?externalName=` (no source
        shows the GET). Returns the contact mapped to this external id and external name. If the id and the name do
        not match each other, the answer is empty. **Inferred shape:** the `Contact` of the Contacts section.
        """
        return self._runner._call(
            _GET_EXTERNAL_CONTACT,
            {
                "external_id": external_id,
                "external_name": external_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_external_contact(
        self,
        external_id: str,
        *,
        body: ContactInput,
        external_name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a contact by its external id and name

        Updates the fields of the contact mapped to this external id and external name; send only the fields to
        change. The success answer is not documented.
        """
        return self._runner._call(
            _UPDATE_EXTERNAL_CONTACT,
            {
                "external_id": external_id,
                "body": body,
                "external_name": external_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def delete_external_contact(
        self,
        external_id: str,
        *,
        external_name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a contact by its external id and name

        **Inferred path:** the pattern of COR's `PUT /api/external/contact/{externalId}?externalName=` (no source
        shows the DELETE). Deletes the contact mapped to this external id and external name. If the id and the name
        do
        not match each other, or do not exist, the call fails.
        """
        return self._runner._call(
            _DELETE_EXTERNAL_CONTACT,
            {
                "external_id": external_id,
                "external_name": external_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_external_contacts(
        self,
        *,
        email: str | None = None,
        sms: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[Contact, list[Contact]]:
        """List contacts, filtered by email or SMS number

        **Inferred path:** no source shows it; it follows the section's naming. Returns the contacts, optionally
        filtered by email and/or SMS number. The filter names `Email` and `Sms` and the paging parameters are
        inferred too. **Inferred shape:** an array of `Contact`.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_EXTERNAL_CONTACTS,
            {
                "email": email,
                "sms": sms,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_unmapped_contacts(
        self,
        *,
        customer_states: CustomerState | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[Contact, list[Contact]]:
        """List contacts without an external id or name

        Returns the contacts that have no external id or external name yet (map them with `map_external_contact`).
        Filter by state (`CustomerStates`) and by registration date (`FromDate`/`ToDate`; when omitted the window is
        the last three months). The seed says 100 contacts are returned by default while the parameter table says
        20:
        send `Limit` explicitly. **Inferred shape:** the official page declares an unspecified
        `HttpResponseMessage`;
        the answer is modelled as an array of `Contact`.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_UNMAPPED_CONTACTS,
            {
                "customer_states": customer_states,
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

    def import_external_contacts(
        self,
        *,
        body: ExternalImportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ExternalBulkResult:
        """Import contacts with external ids

        Creates up to **1000 contacts per call**, each with its external id and external name. A contact whose
        external id already exists is not imported and is reported in `contact_errors`; the others succeed.
        **Inferred body:** only the path is sourced; the body is modelled on the External list body (`contacts`)
        with each item carrying its external id and name next to the contact fields.
        """
        return self._runner._call(
            _IMPORT_EXTERNAL_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def map_external_contact(
        self,
        *,
        body: ExternalMapping,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Map an external id and name to a contact

        Gives an unmapped contact (`list_unmapped_contacts`) an external id and an external name. The official page
        declares an unspecified `HttpResponseMessage` as the answer, so no body is modelled.
        """
        return self._runner._call(
            _MAP_EXTERNAL_CONTACT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def unmap_external_contact(
        self,
        *,
        body: ExternalMapping,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a contact's external id and name

        **Inferred path:** the seed gives no method; this is DELETE on the mapping path, with the mapping in the
        body. Removes the contact's external id and name. If the id and the name do not match each other, or do not
        exist, the call fails.
        """
        return self._runner._call(
            _UNMAP_EXTERNAL_CONTACT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def add_external_contacts_to_group(
        self,
        group_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ExternalBulkResult:
        """Add contacts to a group by external id and name

        **Inferred path:** the mirror of the official `POST /api/external/mailinglist/{mailinglistId}` and of COR's
        `DELETE /api/external/group/{groupId}`. Adds up to **1000 contacts per call**, each given by its external id
        and external name, to the group. Contacts that fail are reported in `contact_errors`; the others succeed.
        """
        return self._runner._call(
            _ADD_EXTERNAL_CONTACTS_TO_GROUP,
            {
                "group_id": group_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def remove_external_contacts_from_group(
        self,
        group_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ExternalBulkResult:
        """Remove contacts from a group by external id and name

        Removes the contacts given by external id and external name (up to 1000 per call) from the group. Contacts
        that fail are reported in `contact_errors`; the others succeed. **Inferred answer:** the official answer of
        the
        mailing-list variant (`ExternalBulkResult`).
        """
        return self._runner._call(
            _REMOVE_EXTERNAL_CONTACTS_FROM_GROUP,
            {
                "group_id": group_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def add_external_contacts_to_mailing_list(
        self,
        mailinglist_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ExternalBulkResult:
        """Add contacts to a mailing list by external id and name

        Adds up to **1000 contacts per call**, each given by its external id and external name, to the mailing list.
        Contacts that fail are reported in `contact_errors` with the reason; the others succeed.
        """
        return self._runner._call(
            _ADD_EXTERNAL_CONTACTS_TO_MAILING_LIST,
            {
                "mailinglist_id": mailinglist_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def remove_external_contacts_from_mailing_list(
        self,
        mailinglist_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ExternalBulkResult:
        """Remove contacts from a mailing list by external id and name

        Removes the contacts given by external id and external name (up to 1000 per call) from the mailing list.
        Contacts that fail are reported in `contact_errors`; the others succeed. (COR attaches this docs-index path
        to
        a "delete mailing list" tool by mistake.) **Inferred answer:** the official answer of the add variant
        (`ExternalBulkResult`).
        """
        return self._runner._call(
            _REMOVE_EXTERNAL_CONTACTS_FROM_MAILING_LIST,
            {
                "mailinglist_id": mailinglist_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def send_external_operational_message(
        self,
        *,
        body: ExternalOperationalMessage,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> ExternalOperationalMessageResult:
        """Create and send an operational email message

        Creates an operational (transactional) email message and sends it to the contacts given by external id and
        external name in `package`, each with its own `pairs` of placeholder keys and values (up to 500 per call,
        per
        Composio). `details` and `design` are required and are the same objects as in `send_operational_message`
        (`ApiMessageDetails`, `ApiMessageDesign`); `bcc` is `ApiMessageBCC`. **Inferred answer:** the stored
        official
        page does not show the response; the message id is assumed (the statistics operations need it), all fields
        optional.
        """
        return self._runner._call(
            _SEND_EXTERNAL_OPERATIONAL_MESSAGE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def send_external_operational_sms_message(
        self,
        *,
        body: ExternalOperationalSmsMessage,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SmsOperationalMessage:
        """Create and send an operational SMS message

        Creates an operational (transactional) SMS and sends it to the contacts given by external id and external
        name in `customers`, now (`scheduling.send_now`) or at `scheduling.scheduled_date_utc`. The body is the
        official `ApiExternalSmsCampaignPostContainer`: `details` is the same object as in
        `create_sms_operational_message` (the sender is `details.from_name`, up to 11 English letters, or
        `details.sms_sending_profile_id`). The answer is the official `ApiSmsCampaignInfo`: keep its `id`, the only
        way to query a contact's statistics for this message later
        (`get_contact_sms_operational_message_statistics`).
        """
        return self._runner._call(
            _SEND_EXTERNAL_OPERATIONAL_SMS_MESSAGE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_external_contact_fields(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[ExternalContactField]:
        """Get the contact fields' information

        Returns the account's contact fields (standard and custom) with their names and types, to map an external
        system's fields. **Inferred shape:** no source shows the response; `ExternalContactField` is an inference
        and
        all its fields are optional.
        """
        return self._runner._call(
            _GET_EXTERNAL_CONTACT_FIELDS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_external_contact_activity(
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
    ) -> SyncPaginator[ExternalContactActivity, list[ExternalContactActivity]]:
        """List contacts' status changes

        **Inferred path:** no source shows it; it follows the section's naming. Returns the contacts' activities
        (status changes), filtered by the date the status changed (`FromDate`/`ToDate`; when omitted the window is
        the
        last three months). The seed says 100 contacts are returned by default: send `Limit` explicitly.
        **Inferred shape:** `ExternalContactActivity`, all fields optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_EXTERNAL_CONTACT_ACTIVITY,
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


class SyncExternalWithRawResponse:
    """Contacts addressed by an external id and name from the caller's own system.

    The external operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncExternal`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_external_contact(
        self,
        external_id: str,
        *,
        external_name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Contact]:
        """Get a contact by its external id and name: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_EXTERNAL_CONTACT,
            {
                "external_id": external_id,
                "external_name": external_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_external_contact(
        self,
        external_id: str,
        *,
        body: ContactInput,
        external_name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a contact by its external id and name: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_EXTERNAL_CONTACT,
            {
                "external_id": external_id,
                "body": body,
                "external_name": external_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def delete_external_contact(
        self,
        external_id: str,
        *,
        external_name: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a contact by its external id and name: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_EXTERNAL_CONTACT,
            {
                "external_id": external_id,
                "external_name": external_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_external_contacts(
        self,
        *,
        email: str | None = None,
        sms: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Contact]]:
        """List contacts, filtered by email or SMS number: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_EXTERNAL_CONTACTS,
            {
                "email": email,
                "sms": sms,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_unmapped_contacts(
        self,
        *,
        customer_states: CustomerState | None = None,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Contact]]:
        """List contacts without an external id or name: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_UNMAPPED_CONTACTS,
            {
                "customer_states": customer_states,
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

    def import_external_contacts(
        self,
        *,
        body: ExternalImportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ExternalBulkResult]:
        """Import contacts with external ids: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _IMPORT_EXTERNAL_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def map_external_contact(
        self,
        *,
        body: ExternalMapping,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Map an external id and name to a contact: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _MAP_EXTERNAL_CONTACT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def unmap_external_contact(
        self,
        *,
        body: ExternalMapping,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Remove a contact's external id and name: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UNMAP_EXTERNAL_CONTACT,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def add_external_contacts_to_group(
        self,
        group_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ExternalBulkResult]:
        """Add contacts to a group by external id and name: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _ADD_EXTERNAL_CONTACTS_TO_GROUP,
            {
                "group_id": group_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def remove_external_contacts_from_group(
        self,
        group_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ExternalBulkResult]:
        """Remove contacts from a group by external id and name: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _REMOVE_EXTERNAL_CONTACTS_FROM_GROUP,
            {
                "group_id": group_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def add_external_contacts_to_mailing_list(
        self,
        mailinglist_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ExternalBulkResult]:
        """Add contacts to a mailing list by external id and name: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _ADD_EXTERNAL_CONTACTS_TO_MAILING_LIST,
            {
                "mailinglist_id": mailinglist_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def remove_external_contacts_from_mailing_list(
        self,
        mailinglist_id: int,
        *,
        body: ExternalContactList,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ExternalBulkResult]:
        """Remove contacts from a mailing list by external id and name: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _REMOVE_EXTERNAL_CONTACTS_FROM_MAILING_LIST,
            {
                "mailinglist_id": mailinglist_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def send_external_operational_message(
        self,
        *,
        body: ExternalOperationalMessage,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[ExternalOperationalMessageResult]:
        """Create and send an operational email message: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _SEND_EXTERNAL_OPERATIONAL_MESSAGE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def send_external_operational_sms_message(
        self,
        *,
        body: ExternalOperationalSmsMessage,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SmsOperationalMessage]:
        """Create and send an operational SMS message: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _SEND_EXTERNAL_OPERATIONAL_SMS_MESSAGE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_external_contact_fields(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[ExternalContactField]]:
        """Get the contact fields' information: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_EXTERNAL_CONTACT_FIELDS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_external_contact_activity(
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
    ) -> RawResponse[list[ExternalContactActivity]]:
        """List contacts' status changes: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_EXTERNAL_CONTACT_ACTIVITY,
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
