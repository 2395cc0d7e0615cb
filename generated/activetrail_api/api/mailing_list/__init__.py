"""The mailing_list operations: one module per operation, and the `AsyncMailingList` and
`SyncMailingList` namespaces with one method per operation (what `client.mailing_list` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models import Contact
    from ...models.customer_state import CustomerState
    from ...models.mailing_list import MailingList
    from ...models.mailing_list_contact import MailingListContact
    from ...models.mailing_list_contact_input import MailingListContactInput
    from ...models.mailing_list_create import MailingListCreate
    from ...models.mailing_list_members_page import MailingListMembersPage
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncMailingList", "SyncMailingList"]


class AsyncMailingList:
    """The mailing_list operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list_mailing_lists(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[MailingList, list[MailingList]]:
        """List the account's mailing lists

        Returns the account's mailing lists as a bare array. The paging parameters are sent by one public client
        (SL)
        only; the item shape (`id`, `name`) comes from public client descriptions (COR), not from an official
        sample.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_mailing_lists as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            page=page,
            limit=limit,
        )

    async def create_mailing_list(
        self,
        *,
        body: MailingListCreate,
    ) -> MailingList:
        """Create a mailing list

        Creates a mailing list and returns it with its new id.
        """
        from . import create_mailing_list as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def get_mailing_list(
        self,
        id: int,
    ) -> MailingList:
        """Get a mailing list by id

        Returns one mailing list (its id and name).
        """
        from . import get_mailing_list as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def delete_mailing_list(
        self,
        id: int,
    ) -> None:
        """Delete a mailing list

        **Inferred path:** only one unverified public client (SL) calls `DELETE /api/mailinglist/{id}`; the seed
        lists
        the operation without its path. Deletes the mailing list; no response body is documented.
        """
        from . import delete_mailing_list as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    def list_mailing_list_members(
        self,
        id: int,
        *,
        customer_states: CustomerState | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[Contact, MailingListMembersPage]:
        """List a mailing list's members

        Returns the mailing list's contacts, optionally filtered by contact state and by the date the state last
        changed (`FromDate`/`ToDate`; the default window is the last three months). No source shows the body: it is
        assumed to be the same `{count, contacts}` wrapper as the group member list (inferred).

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_mailing_list_members as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts",
            ("id",),
            id=id,
            customer_states=customer_states,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    async def add_mailing_list_member(
        self,
        id: int,
        *,
        body: MailingListContactInput,
    ) -> MailingListContact:
        """Add a contact to a mailing list

        Adds a contact to the mailing list and to the groups in `GroupIds` (required), creating the contact when it
        does not exist yet. The body is the PascalCase `MailingListContactDTO` of the official page; `Email` is
        required
        when `SMS` is null and `SMS` when `Email` is null. The response body is not in the stored copy of the page:
        it
        is assumed to echo the member with its `Id` (inferred).
        """
        from . import add_mailing_list_member as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    async def remove_mailing_list_member(
        self,
        id: int,
        member_id: int,
    ) -> None:
        """Remove a contact from a mailing list

        Removes the contact from the mailing list. The contact stays in the account and in its other lists and
        groups.
        """
        from . import remove_mailing_list_member as operation

        return await self._runner._call_operation(
            operation,
            False,
            (
                "id",
                "member_id",
            ),
            id=id,
            member_id=member_id,
        )


class SyncMailingList:
    """The mailing_list operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_mailing_lists(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[MailingList, list[MailingList]]:
        """List the account's mailing lists

        Returns the account's mailing lists as a bare array. The paging parameters are sent by one public client
        (SL)
        only; the item shape (`id`, `name`) comes from public client descriptions (COR), not from an official
        sample.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_mailing_lists as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            page=page,
            limit=limit,
        )

    def create_mailing_list(
        self,
        *,
        body: MailingListCreate,
    ) -> MailingList:
        """Create a mailing list

        Creates a mailing list and returns it with its new id.
        """
        from . import create_mailing_list as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def get_mailing_list(
        self,
        id: int,
    ) -> MailingList:
        """Get a mailing list by id

        Returns one mailing list (its id and name).
        """
        from . import get_mailing_list as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def delete_mailing_list(
        self,
        id: int,
    ) -> None:
        """Delete a mailing list

        **Inferred path:** only one unverified public client (SL) calls `DELETE /api/mailinglist/{id}`; the seed
        lists
        the operation without its path. Deletes the mailing list; no response body is documented.
        """
        from . import delete_mailing_list as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    def list_mailing_list_members(
        self,
        id: int,
        *,
        customer_states: CustomerState | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[Contact, MailingListMembersPage]:
        """List a mailing list's members

        Returns the mailing list's contacts, optionally filtered by contact state and by the date the state last
        changed (`FromDate`/`ToDate`; the default window is the last three months). No source shows the body: it is
        assumed to be the same `{count, contacts}` wrapper as the group member list (inferred).

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_mailing_list_members as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts",
            ("id",),
            id=id,
            customer_states=customer_states,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def add_mailing_list_member(
        self,
        id: int,
        *,
        body: MailingListContactInput,
    ) -> MailingListContact:
        """Add a contact to a mailing list

        Adds a contact to the mailing list and to the groups in `GroupIds` (required), creating the contact when it
        does not exist yet. The body is the PascalCase `MailingListContactDTO` of the official page; `Email` is
        required
        when `SMS` is null and `SMS` when `Email` is null. The response body is not in the stored copy of the page:
        it
        is assumed to echo the member with its `Id` (inferred).
        """
        from . import add_mailing_list_member as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    def remove_mailing_list_member(
        self,
        id: int,
        member_id: int,
    ) -> None:
        """Remove a contact from a mailing list

        Removes the contact from the mailing list. The contact stays in the account and in its other lists and
        groups.
        """
        from . import remove_mailing_list_member as operation

        return self._runner._call_operation(
            operation,
            False,
            (
                "id",
                "member_id",
            ),
            id=id,
            member_id=member_id,
        )
