"""The external operations: one module per operation, and the `AsyncExternal` and
`SyncExternal` namespaces with one method per operation (what `client.external` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from pulsetrail import AsyncPaginator, SyncPaginator

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

__all__ = ["AsyncExternal", "SyncExternal"]


class AsyncExternal:
    """The external operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_external_contact(
        self,
        external_id: str,
        *,
        external_name: str,
    ) -> Contact:
        """Get a contact by its external id and name

        **Inferred path:** the pattern of COR's `PUT /api/external/contact/{externalId}?externalName=` (no source
        shows the GET). Returns the contact mapped to this external id and external name. If the id and the name do
        not match each other, the answer is empty. **Inferred shape:** the `Contact` of the Contacts section.
        """
        from . import get_external_contact as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            external_id=external_id,
            external_name=external_name,
        )

    async def update_external_contact(
        self,
        external_id: str,
        *,
        body: ContactInput,
        external_name: str,
    ) -> None:
        """Update a contact by its external id and name

        Updates the fields of the contact mapped to this external id and external name; send only the fields to
        change. The success answer is not documented.
        """
        from . import update_external_contact as operation

        return await self._runner._call_operation(
            operation,
            False,
            (),
            external_id=external_id,
            body=body,
            external_name=external_name,
        )

    async def delete_external_contact(
        self,
        external_id: str,
        *,
        external_name: str,
    ) -> None:
        """Delete a contact by its external id and name

        **Inferred path:** the pattern of COR's `PUT /api/external/contact/{externalId}?externalName=` (no source
        shows the DELETE). Deletes the contact mapped to this external id and external name. If the id and the name
        do
        not match each other, or do not exist, the call fails.
        """
        from . import delete_external_contact as operation

        return await self._runner._call_operation(
            operation,
            False,
            (),
            external_id=external_id,
            external_name=external_name,
        )

    def list_external_contacts(
        self,
        *,
        email: str | Unset = UNSET,
        sms: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[Contact, list[Contact]]:
        """List contacts, filtered by email or SMS number

        **Inferred path:** no source shows it; it follows the section's naming. Returns the contacts, optionally
        filtered by email and/or SMS number. The filter names `Email` and `Sms` and the paging parameters are
        inferred too. **Inferred shape:** an array of `Contact`.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_external_contacts as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            email=email,
            sms=sms,
            page=page,
            limit=limit,
        )

    def list_unmapped_contacts(
        self,
        *,
        customer_states: CustomerState | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
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
        from . import list_unmapped_contacts as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            customer_states=customer_states,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    async def import_external_contacts(
        self,
        *,
        body: ExternalImportRequest,
    ) -> ExternalBulkResult:
        """Import contacts with external ids

        Creates up to **1000 contacts per call**, each with its external id and external name. A contact whose
        external id already exists is not imported and is reported in `contact_errors`; the others succeed.
        **Inferred body:** only the path is sourced; the body is modelled on the External list body (`contacts`)
        with each item carrying its external id and name next to the contact fields.
        """
        from . import import_external_contacts as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def map_external_contact(
        self,
        *,
        body: ExternalMapping,
    ) -> None:
        """Map an external id and name to a contact

        Gives an unmapped contact (`list_unmapped_contacts`) an external id and an external name. The official page
        declares an unspecified `HttpResponseMessage` as the answer, so no body is modelled.
        """
        from . import map_external_contact as operation

        return await self._runner._call_operation(
            operation,
            False,
            (),
            body=body,
        )

    async def unmap_external_contact(
        self,
        *,
        body: ExternalMapping,
    ) -> None:
        """Remove a contact's external id and name

        **Inferred path:** the seed gives no method; this is DELETE on the mapping path, with the mapping in the
        body. Removes the contact's external id and name. If the id and the name do not match each other, or do not
        exist, the call fails.
        """
        from . import unmap_external_contact as operation

        return await self._runner._call_operation(
            operation,
            False,
            (),
            body=body,
        )

    async def add_external_contacts_to_group(
        self,
        group_id: int,
        *,
        body: ExternalContactList,
    ) -> ExternalBulkResult:
        """Add contacts to a group by external id and name

        **Inferred path:** the mirror of the official `POST /api/external/mailinglist/{mailinglistId}` and of COR's
        `DELETE /api/external/group/{groupId}`. Adds up to **1000 contacts per call**, each given by its external id
        and external name, to the group. Contacts that fail are reported in `contact_errors`; the others succeed.
        """
        from . import add_external_contacts_to_group as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("group_id",),
            group_id=group_id,
            body=body,
        )

    async def remove_external_contacts_from_group(
        self,
        group_id: int,
        *,
        body: ExternalContactList,
    ) -> ExternalBulkResult:
        """Remove contacts from a group by external id and name

        Removes the contacts given by external id and external name (up to 1000 per call) from the group. Contacts
        that fail are reported in `contact_errors`; the others succeed. **Inferred answer:** the official answer of
        the
        mailing-list variant (`ExternalBulkResult`).
        """
        from . import remove_external_contacts_from_group as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("group_id",),
            group_id=group_id,
            body=body,
        )

    async def add_external_contacts_to_mailing_list(
        self,
        mailinglist_id: int,
        *,
        body: ExternalContactList,
    ) -> ExternalBulkResult:
        """Add contacts to a mailing list by external id and name

        Adds up to **1000 contacts per call**, each given by its external id and external name, to the mailing list.
        Contacts that fail are reported in `contact_errors` with the reason; the others succeed.
        """
        from . import add_external_contacts_to_mailing_list as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("mailinglist_id",),
            mailinglist_id=mailinglist_id,
            body=body,
        )

    async def remove_external_contacts_from_mailing_list(
        self,
        mailinglist_id: int,
        *,
        body: ExternalContactList,
    ) -> ExternalBulkResult:
        """Remove contacts from a mailing list by external id and name

        Removes the contacts given by external id and external name (up to 1000 per call) from the mailing list.
        Contacts that fail are reported in `contact_errors`; the others succeed. (COR attaches this docs-index path
        to
        a "delete mailing list" tool by mistake.) **Inferred answer:** the official answer of the add variant
        (`ExternalBulkResult`).
        """
        from . import remove_external_contacts_from_mailing_list as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("mailinglist_id",),
            mailinglist_id=mailinglist_id,
            body=body,
        )

    async def send_external_operational_message(
        self,
        *,
        body: ExternalOperationalMessage,
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
        from . import send_external_operational_message as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def send_external_operational_sms_message(
        self,
        *,
        body: ExternalOperationalSmsMessage,
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
        from . import send_external_operational_sms_message as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def get_external_contact_fields(
        self,
    ) -> list[ExternalContactField]:
        """Get the contact fields' information

        Returns the account's contact fields (standard and custom) with their names and types, to map an external
        system's fields. **Inferred shape:** no source shows the response; `ExternalContactField` is an inference
        and
        all its fields are optional.
        """
        from . import get_external_contact_fields as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    def list_external_contact_activity(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[ExternalContactActivity, list[ExternalContactActivity]]:
        """List contacts' status changes

        **Inferred path:** no source shows it; it follows the section's naming. Returns the contacts' activities
        (status changes), filtered by the date the status changed (`FromDate`/`ToDate`; when omitted the window is
        the
        last three months). The seed says 100 contacts are returned by default: send `Limit` explicitly.
        **Inferred shape:** `ExternalContactActivity`, all fields optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_external_contact_activity as operation

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


class SyncExternal:
    """The external operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_external_contact(
        self,
        external_id: str,
        *,
        external_name: str,
    ) -> Contact:
        """Get a contact by its external id and name

        **Inferred path:** the pattern of COR's `PUT /api/external/contact/{externalId}?externalName=` (no source
        shows the GET). Returns the contact mapped to this external id and external name. If the id and the name do
        not match each other, the answer is empty. **Inferred shape:** the `Contact` of the Contacts section.
        """
        from . import get_external_contact as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            external_id=external_id,
            external_name=external_name,
        )

    def update_external_contact(
        self,
        external_id: str,
        *,
        body: ContactInput,
        external_name: str,
    ) -> None:
        """Update a contact by its external id and name

        Updates the fields of the contact mapped to this external id and external name; send only the fields to
        change. The success answer is not documented.
        """
        from . import update_external_contact as operation

        return self._runner._call_operation(
            operation,
            False,
            (),
            external_id=external_id,
            body=body,
            external_name=external_name,
        )

    def delete_external_contact(
        self,
        external_id: str,
        *,
        external_name: str,
    ) -> None:
        """Delete a contact by its external id and name

        **Inferred path:** the pattern of COR's `PUT /api/external/contact/{externalId}?externalName=` (no source
        shows the DELETE). Deletes the contact mapped to this external id and external name. If the id and the name
        do
        not match each other, or do not exist, the call fails.
        """
        from . import delete_external_contact as operation

        return self._runner._call_operation(
            operation,
            False,
            (),
            external_id=external_id,
            external_name=external_name,
        )

    def list_external_contacts(
        self,
        *,
        email: str | Unset = UNSET,
        sms: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[Contact, list[Contact]]:
        """List contacts, filtered by email or SMS number

        **Inferred path:** no source shows it; it follows the section's naming. Returns the contacts, optionally
        filtered by email and/or SMS number. The filter names `Email` and `Sms` and the paging parameters are
        inferred too. **Inferred shape:** an array of `Contact`.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_external_contacts as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            email=email,
            sms=sms,
            page=page,
            limit=limit,
        )

    def list_unmapped_contacts(
        self,
        *,
        customer_states: CustomerState | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
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
        from . import list_unmapped_contacts as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            customer_states=customer_states,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def import_external_contacts(
        self,
        *,
        body: ExternalImportRequest,
    ) -> ExternalBulkResult:
        """Import contacts with external ids

        Creates up to **1000 contacts per call**, each with its external id and external name. A contact whose
        external id already exists is not imported and is reported in `contact_errors`; the others succeed.
        **Inferred body:** only the path is sourced; the body is modelled on the External list body (`contacts`)
        with each item carrying its external id and name next to the contact fields.
        """
        from . import import_external_contacts as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def map_external_contact(
        self,
        *,
        body: ExternalMapping,
    ) -> None:
        """Map an external id and name to a contact

        Gives an unmapped contact (`list_unmapped_contacts`) an external id and an external name. The official page
        declares an unspecified `HttpResponseMessage` as the answer, so no body is modelled.
        """
        from . import map_external_contact as operation

        return self._runner._call_operation(
            operation,
            False,
            (),
            body=body,
        )

    def unmap_external_contact(
        self,
        *,
        body: ExternalMapping,
    ) -> None:
        """Remove a contact's external id and name

        **Inferred path:** the seed gives no method; this is DELETE on the mapping path, with the mapping in the
        body. Removes the contact's external id and name. If the id and the name do not match each other, or do not
        exist, the call fails.
        """
        from . import unmap_external_contact as operation

        return self._runner._call_operation(
            operation,
            False,
            (),
            body=body,
        )

    def add_external_contacts_to_group(
        self,
        group_id: int,
        *,
        body: ExternalContactList,
    ) -> ExternalBulkResult:
        """Add contacts to a group by external id and name

        **Inferred path:** the mirror of the official `POST /api/external/mailinglist/{mailinglistId}` and of COR's
        `DELETE /api/external/group/{groupId}`. Adds up to **1000 contacts per call**, each given by its external id
        and external name, to the group. Contacts that fail are reported in `contact_errors`; the others succeed.
        """
        from . import add_external_contacts_to_group as operation

        return self._runner._call_operation(
            operation,
            True,
            ("group_id",),
            group_id=group_id,
            body=body,
        )

    def remove_external_contacts_from_group(
        self,
        group_id: int,
        *,
        body: ExternalContactList,
    ) -> ExternalBulkResult:
        """Remove contacts from a group by external id and name

        Removes the contacts given by external id and external name (up to 1000 per call) from the group. Contacts
        that fail are reported in `contact_errors`; the others succeed. **Inferred answer:** the official answer of
        the
        mailing-list variant (`ExternalBulkResult`).
        """
        from . import remove_external_contacts_from_group as operation

        return self._runner._call_operation(
            operation,
            True,
            ("group_id",),
            group_id=group_id,
            body=body,
        )

    def add_external_contacts_to_mailing_list(
        self,
        mailinglist_id: int,
        *,
        body: ExternalContactList,
    ) -> ExternalBulkResult:
        """Add contacts to a mailing list by external id and name

        Adds up to **1000 contacts per call**, each given by its external id and external name, to the mailing list.
        Contacts that fail are reported in `contact_errors` with the reason; the others succeed.
        """
        from . import add_external_contacts_to_mailing_list as operation

        return self._runner._call_operation(
            operation,
            True,
            ("mailinglist_id",),
            mailinglist_id=mailinglist_id,
            body=body,
        )

    def remove_external_contacts_from_mailing_list(
        self,
        mailinglist_id: int,
        *,
        body: ExternalContactList,
    ) -> ExternalBulkResult:
        """Remove contacts from a mailing list by external id and name

        Removes the contacts given by external id and external name (up to 1000 per call) from the mailing list.
        Contacts that fail are reported in `contact_errors`; the others succeed. (COR attaches this docs-index path
        to
        a "delete mailing list" tool by mistake.) **Inferred answer:** the official answer of the add variant
        (`ExternalBulkResult`).
        """
        from . import remove_external_contacts_from_mailing_list as operation

        return self._runner._call_operation(
            operation,
            True,
            ("mailinglist_id",),
            mailinglist_id=mailinglist_id,
            body=body,
        )

    def send_external_operational_message(
        self,
        *,
        body: ExternalOperationalMessage,
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
        from . import send_external_operational_message as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def send_external_operational_sms_message(
        self,
        *,
        body: ExternalOperationalSmsMessage,
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
        from . import send_external_operational_sms_message as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def get_external_contact_fields(
        self,
    ) -> list[ExternalContactField]:
        """Get the contact fields' information

        Returns the account's contact fields (standard and custom) with their names and types, to map an external
        system's fields. **Inferred shape:** no source shows the response; `ExternalContactField` is an inference
        and
        all its fields are optional.
        """
        from . import get_external_contact_fields as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def list_external_contact_activity(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[ExternalContactActivity, list[ExternalContactActivity]]:
        """List contacts' status changes

        **Inferred path:** no source shows it; it follows the section's naming. Returns the contacts' activities
        (status changes), filtered by the date the status changed (`FromDate`/`ToDate`; when omitted the window is
        the
        last three months). The seed says 100 contacts are returned by default: send `Limit` explicitly.
        **Inferred shape:** `ExternalContactActivity`, all fields optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_external_contact_activity as operation

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
