"""The groups operations: one module per operation, and the `AsyncGroups` and
`SyncGroups` namespaces with one method per operation (what `client.groups` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.contact import Contact
    from ...models.customer_state import CustomerState
    from ...models.group import Group
    from ...models.group_event import GroupEvent
    from ...models.group_input import GroupInput
    from ...models.group_member_add import GroupMemberAdd
    from ...models.group_members_page import GroupMembersPage
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncGroups", "SyncGroups"]


class AsyncGroups:
    """The groups operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list_groups(
        self,
        *,
        search_term: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[Group, list[Group]]:
        """List the account's groups

        Returns the account's groups as a bare array, optionally filtered by a name search. Without `Limit` the
        server
        returns 20 groups; a page shorter than `Limit` is the last one.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_groups as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            search_term=search_term,
            page=page,
            limit=limit,
        )

    async def create_group(
        self,
        *,
        body: GroupInput,
    ) -> Group:
        """Create a group

        Creates an empty group and returns it with its new id. Send only `name` (and `last_generated` for a dynamic
        group); the counters and the creation date are set by the server and should be left out of the body. Add
        contacts with `add_group_member`.
        """
        from . import create_group as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def get_group(
        self,
        id: int,
    ) -> Group:
        """Get a group by id

        Returns one group with its contact counters.
        """
        from . import get_group as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_group(
        self,
        id: int,
        *,
        body: GroupInput,
    ) -> Group:
        """Update (rename) a group

        Updates a group; in practice only `name` can be changed. Leave the counters and the creation date out of the
        body. Public clients report an empty `204` on success, while others read the updated group from a `200`
        body, so both are declared.
        """
        from . import update_group as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    async def delete_group(
        self,
        id: int,
    ) -> None:
        """Delete a group

        Deletes a group permanently. The contacts stay in the account; only their membership goes.
        """
        from . import delete_group as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    def list_group_members(
        self,
        id: int,
        *,
        customer_states: CustomerState | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[Contact, GroupMembersPage]:
        """List a group's members

        Returns the group's contacts, optionally filtered by contact state, by a search on email or name and by the
        date the state last changed (`FromDate`/`ToDate`; the default window is the last three months). The body is
        a
        wrapper object `{count, contacts}` as read by public client code (OC); no official sample exists.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_group_members as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts",
            ("id",),
            id=id,
            customer_states=customer_states,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    async def add_group_member(
        self,
        id: int,
        *,
        body: GroupMemberAdd,
    ) -> Contact:
        """Add a contact to a group

        Adds a contact to the group, creating the contact when it does not exist yet (contacts are identified by id
        or
        lowercase email), and returns the contact. Besides the contact fields the body may set `status`, the
        campaign
        that triggered the subscription (`campaign_id`), whether automations triggered by joining the group should
        run
        (`is_trigger_events`) and a double opt-in message. A contact that is inactive in ActiveTrail cannot be added
        with the status `Subscribed`. Adding a contact that is already a member is not an error.
        """
        from . import add_group_member as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    async def get_group_member(
        self,
        id: int,
        member_id: int,
    ) -> Contact:
        """Check whether a contact is a member of a group

        Returns the contact when it is a member of the group. A `404` means the contact is not a member (it was
        removed, deleted, or never in the group or the account). The official guide calls the last path segment the
        contact id; the shape of the `200` body is not documented and is assumed to be the contact (inferred).
        """
        from . import get_group_member as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "member_id",
            ),
            id=id,
            member_id=member_id,
        )

    async def remove_group_member(
        self,
        id: int,
        member_id: int,
    ) -> None:
        """Remove a contact from a group

        Removes the contact from the group. The contact itself stays in the account.
        """
        from . import remove_group_member as operation

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

    async def list_group_events(
        self,
        id: int,
        *,
        event_type: str | Unset = UNSET,
        created_from_date: datetime.date | Unset = UNSET,
        created_to_date: datetime.date | Unset = UNSET,
        event_from_date: datetime.date | Unset = UNSET,
        event_to_date: datetime.date | Unset = UNSET,
    ) -> list[GroupEvent]:
        """List a group's events

        Returns the events (opens, clicks, unsubscribes...) of the group's contacts, optionally filtered by event
        type,
        by the date of the event and by the date the contact was created; when the dates are omitted the window is
        the last three months. **Inferred item shape:** no source shows an event; `GroupEvent` models what the
        filters and COR's description imply (the contact, the event's type and date, the contact's creation date),
        with names from the sibling report rows. Every field is optional.
        """
        from . import list_group_events as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            event_type=event_type,
            created_from_date=created_from_date,
            created_to_date=created_to_date,
            event_from_date=event_from_date,
            event_to_date=event_to_date,
        )


class SyncGroups:
    """The groups operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_groups(
        self,
        *,
        search_term: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[Group, list[Group]]:
        """List the account's groups

        Returns the account's groups as a bare array, optionally filtered by a name search. Without `Limit` the
        server
        returns 20 groups; a page shorter than `Limit` is the last one.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_groups as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            search_term=search_term,
            page=page,
            limit=limit,
        )

    def create_group(
        self,
        *,
        body: GroupInput,
    ) -> Group:
        """Create a group

        Creates an empty group and returns it with its new id. Send only `name` (and `last_generated` for a dynamic
        group); the counters and the creation date are set by the server and should be left out of the body. Add
        contacts with `add_group_member`.
        """
        from . import create_group as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def get_group(
        self,
        id: int,
    ) -> Group:
        """Get a group by id

        Returns one group with its contact counters.
        """
        from . import get_group as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_group(
        self,
        id: int,
        *,
        body: GroupInput,
    ) -> Group:
        """Update (rename) a group

        Updates a group; in practice only `name` can be changed. Leave the counters and the creation date out of the
        body. Public clients report an empty `204` on success, while others read the updated group from a `200`
        body, so both are declared.
        """
        from . import update_group as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    def delete_group(
        self,
        id: int,
    ) -> None:
        """Delete a group

        Deletes a group permanently. The contacts stay in the account; only their membership goes.
        """
        from . import delete_group as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    def list_group_members(
        self,
        id: int,
        *,
        customer_states: CustomerState | Unset = UNSET,
        search_term: str | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[Contact, GroupMembersPage]:
        """List a group's members

        Returns the group's contacts, optionally filtered by contact state, by a search on email or name and by the
        date the state last changed (`FromDate`/`ToDate`; the default window is the last three months). The body is
        a
        wrapper object `{count, contacts}` as read by public client code (OC); no official sample exists.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_group_members as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            "contacts",
            ("id",),
            id=id,
            customer_states=customer_states,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )

    def add_group_member(
        self,
        id: int,
        *,
        body: GroupMemberAdd,
    ) -> Contact:
        """Add a contact to a group

        Adds a contact to the group, creating the contact when it does not exist yet (contacts are identified by id
        or
        lowercase email), and returns the contact. Besides the contact fields the body may set `status`, the
        campaign
        that triggered the subscription (`campaign_id`), whether automations triggered by joining the group should
        run
        (`is_trigger_events`) and a double opt-in message. A contact that is inactive in ActiveTrail cannot be added
        with the status `Subscribed`. Adding a contact that is already a member is not an error.
        """
        from . import add_group_member as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    def get_group_member(
        self,
        id: int,
        member_id: int,
    ) -> Contact:
        """Check whether a contact is a member of a group

        Returns the contact when it is a member of the group. A `404` means the contact is not a member (it was
        removed, deleted, or never in the group or the account). The official guide calls the last path segment the
        contact id; the shape of the `200` body is not documented and is assumed to be the contact (inferred).
        """
        from . import get_group_member as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "member_id",
            ),
            id=id,
            member_id=member_id,
        )

    def remove_group_member(
        self,
        id: int,
        member_id: int,
    ) -> None:
        """Remove a contact from a group

        Removes the contact from the group. The contact itself stays in the account.
        """
        from . import remove_group_member as operation

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

    def list_group_events(
        self,
        id: int,
        *,
        event_type: str | Unset = UNSET,
        created_from_date: datetime.date | Unset = UNSET,
        created_to_date: datetime.date | Unset = UNSET,
        event_from_date: datetime.date | Unset = UNSET,
        event_to_date: datetime.date | Unset = UNSET,
    ) -> list[GroupEvent]:
        """List a group's events

        Returns the events (opens, clicks, unsubscribes...) of the group's contacts, optionally filtered by event
        type,
        by the date of the event and by the date the contact was created; when the dates are omitted the window is
        the last three months. **Inferred item shape:** no source shows an event; `GroupEvent` models what the
        filters and COR's description imply (the contact, the event's type and date, the contact's creation date),
        with names from the sibling report rows. Every field is optional.
        """
        from . import list_group_events as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            event_type=event_type,
            created_from_date=created_from_date,
            created_to_date=created_to_date,
            event_from_date=event_from_date,
            event_to_date=event_to_date,
        )
