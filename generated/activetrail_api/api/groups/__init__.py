"""The groups operations: one module per operation, its descriptor, and the `AsyncGroups` and
`SyncGroups` namespaces with one method per operation (what `client.groups` returns on a
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
    from ...models.customer_state import CustomerState
    from ...models.group import Group
    from ...models.group_event import GroupEvent
    from ...models.group_input import GroupInput
    from ...models.group_member_add import GroupMemberAdd
    from ...models.group_members_page import GroupMembersPage
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncGroups",
    "AsyncGroupsWithRawResponse",
    "SyncGroups",
    "SyncGroupsWithRawResponse",
]


_LIST_GROUPS = op.Operation(
    name="list_groups",
    module=__name__ + ".list_groups",
    method="GET",
    path="/api/groups",
    parameters=(
        op.Parameter("search_term", "SearchTerm", "query", op.STR, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[Group]",
    paging=op.PageNumberPaging("page", "limit"),
)


_CREATE_GROUP = op.Operation(
    name="create_group",
    module=__name__ + ".create_group",
    method="POST",
    path="/api/groups",
    parameters=(op.Parameter("body", "", "body", op.Type("model", "GroupInput")),),
    success="Group",
)


_GET_GROUP = op.Operation(
    name="get_group",
    module=__name__ + ".get_group",
    method="GET",
    path="/api/groups/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="Group",
)


_UPDATE_GROUP = op.Operation(
    name="update_group",
    module=__name__ + ".update_group",
    method="PUT",
    path="/api/groups/{id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "GroupInput")),
    ),
    success="Group",
)


_DELETE_GROUP = op.Operation(
    name="delete_group",
    module=__name__ + ".delete_group",
    method="DELETE",
    path="/api/groups/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="None",
)


_LIST_GROUP_MEMBERS = op.Operation(
    name="list_group_members",
    module=__name__ + ".list_group_members",
    method="GET",
    path="/api/groups/{id}/members",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
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
    success="GroupMembersPage",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="contacts",
)


_ADD_GROUP_MEMBER = op.Operation(
    name="add_group_member",
    module=__name__ + ".add_group_member",
    method="POST",
    path="/api/groups/{id}/members",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "GroupMemberAdd")),
    ),
    success="Contact",
)


_GET_GROUP_MEMBER = op.Operation(
    name="get_group_member",
    module=__name__ + ".get_group_member",
    method="GET",
    path="/api/groups/{id}/members/{member_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("member_id", "memberId", "path", op.INT),
    ),
    success="Contact",
)


_REMOVE_GROUP_MEMBER = op.Operation(
    name="remove_group_member",
    module=__name__ + ".remove_group_member",
    method="DELETE",
    path="/api/groups/{id}/members/{member_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("member_id", "memberId", "path", op.INT),
    ),
    success="None",
)


_LIST_GROUP_EVENTS = op.Operation(
    name="list_group_events",
    module=__name__ + ".list_group_events",
    method="GET",
    path="/api/groups/{id}/events",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("event_type", "EventType", "query", op.STR, required=False),
        op.Parameter(
            "created_from_date", "CreatedFromDate", "query", op.DATE, required=False
        ),
        op.Parameter(
            "created_to_date", "CreatedToDate", "query", op.DATE, required=False
        ),
        op.Parameter(
            "event_from_date", "EventFromDate", "query", op.DATE, required=False
        ),
        op.Parameter("event_to_date", "EventToDate", "query", op.DATE, required=False),
    ),
    success="list[GroupEvent]",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_groups": _LIST_GROUPS,
    "create_group": _CREATE_GROUP,
    "get_group": _GET_GROUP,
    "update_group": _UPDATE_GROUP,
    "delete_group": _DELETE_GROUP,
    "list_group_members": _LIST_GROUP_MEMBERS,
    "add_group_member": _ADD_GROUP_MEMBER,
    "get_group_member": _GET_GROUP_MEMBER,
    "remove_group_member": _REMOVE_GROUP_MEMBER,
    "list_group_events": _LIST_GROUP_EVENTS,
}


class AsyncGroups:
    """Groups and group members.

    The groups operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncGroupsWithRawResponse(self._runner)

    def list_groups(
        self,
        *,
        search_term: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[Group, list[Group]]:
        """List the account's groups

        Returns the account's groups as a bare array, optionally filtered by a name search. Without `Limit` the
        server
        returns 20 groups; a page shorter than `Limit` is the last one.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_GROUPS,
            {
                "search_term": search_term,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_group(
        self,
        *,
        body: GroupInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Group:
        """Create a group

        Creates an empty group and returns it with its new id. Send only `name` (and `last_generated` for a dynamic
        group); the counters and the creation date are set by the server and should be left out of the body. Add
        contacts with `add_group_member`.
        """
        return await self._runner._call(
            _CREATE_GROUP,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_group(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Group:
        """Get a group by id

        Returns one group with its contact counters.
        """
        return await self._runner._call(
            _GET_GROUP,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_group(
        self,
        id: int,
        *,
        body: GroupInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Group:
        """Update (rename) a group

        Updates a group; in practice only `name` can be changed. Leave the counters and the creation date out of the
        body. Public clients report an empty `204` on success, while others read the updated group from a `200`
        body, so both are declared.
        """
        return await self._runner._call(
            _UPDATE_GROUP,
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

    async def delete_group(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a group

        Deletes a group permanently. The contacts stay in the account; only their membership goes.
        """
        return await self._runner._call(
            _DELETE_GROUP,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_group_members(
        self,
        id: int,
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
    ) -> AsyncPaginator[Contact, GroupMembersPage]:
        """List a group's members

        Returns the group's contacts, optionally filtered by contact state, by a search on email or name and by the
        date the state last changed (`FromDate`/`ToDate`; the default window is the last three months). The body is
        a
        wrapper object `{count, contacts}` as read by public client code (OC); no official sample exists.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_GROUP_MEMBERS,
            {
                "id": id,
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

    async def add_group_member(
        self,
        id: int,
        *,
        body: GroupMemberAdd,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return await self._runner._call(
            _ADD_GROUP_MEMBER,
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

    async def get_group_member(
        self,
        id: int,
        member_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Contact:
        """Check whether a contact is a member of a group

        Returns the contact when it is a member of the group. A `404` means the contact is not a member (it was
        removed, deleted, or never in the group or the account). The official guide calls the last path segment the
        contact id; the shape of the `200` body is not documented and is assumed to be the contact (inferred).
        """
        return await self._runner._call(
            _GET_GROUP_MEMBER,
            {
                "id": id,
                "member_id": member_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def remove_group_member(
        self,
        id: int,
        member_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a contact from a group

        Removes the contact from the group. The contact itself stays in the account.
        """
        return await self._runner._call(
            _REMOVE_GROUP_MEMBER,
            {
                "id": id,
                "member_id": member_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_group_events(
        self,
        id: int,
        *,
        event_type: str | None = None,
        created_from_date: datetime.date | None = None,
        created_to_date: datetime.date | None = None,
        event_from_date: datetime.date | None = None,
        event_to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[GroupEvent]:
        """List a group's events

        Returns the events (opens, clicks, unsubscribes...) of the group's contacts, optionally filtered by event
        type,
        by the date of the event and by the date the contact was created; when the dates are omitted the window is
        the last three months. **Inferred item shape:** no source shows an event; `GroupEvent` models what the
        filters and COR's description imply (the contact, the event's type and date, the contact's creation date),
        with names from the sibling report rows. Every field is optional.
        """
        return await self._runner._call(
            _LIST_GROUP_EVENTS,
            {
                "id": id,
                "event_type": event_type,
                "created_from_date": created_from_date,
                "created_to_date": created_to_date,
                "event_from_date": event_from_date,
                "event_to_date": event_to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncGroupsWithRawResponse:
    """Groups and group members.

    The groups operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncGroups`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_groups(
        self,
        *,
        search_term: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Group]]:
        """List the account's groups: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_GROUPS,
            {
                "search_term": search_term,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_group(
        self,
        *,
        body: GroupInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Group]:
        """Create a group: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_GROUP,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_group(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Group]:
        """Get a group by id: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_GROUP,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_group(
        self,
        id: int,
        *,
        body: GroupInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Group]:
        """Update (rename) a group: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_GROUP,
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

    async def delete_group(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a group: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_GROUP,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_group_members(
        self,
        id: int,
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
    ) -> RawResponse[GroupMembersPage]:
        """List a group's members: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_GROUP_MEMBERS,
            {
                "id": id,
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

    async def add_group_member(
        self,
        id: int,
        *,
        body: GroupMemberAdd,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Contact]:
        """Add a contact to a group: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _ADD_GROUP_MEMBER,
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

    async def get_group_member(
        self,
        id: int,
        member_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Contact]:
        """Check whether a contact is a member of a group: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_GROUP_MEMBER,
            {
                "id": id,
                "member_id": member_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def remove_group_member(
        self,
        id: int,
        member_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Remove a contact from a group: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _REMOVE_GROUP_MEMBER,
            {
                "id": id,
                "member_id": member_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_group_events(
        self,
        id: int,
        *,
        event_type: str | None = None,
        created_from_date: datetime.date | None = None,
        created_to_date: datetime.date | None = None,
        event_from_date: datetime.date | None = None,
        event_to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[GroupEvent]]:
        """List a group's events: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_GROUP_EVENTS,
            {
                "id": id,
                "event_type": event_type,
                "created_from_date": created_from_date,
                "created_to_date": created_to_date,
                "event_from_date": event_from_date,
                "event_to_date": event_to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncGroups:
    """Groups and group members.

    The groups operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncGroupsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncGroupsWithRawResponse(self._runner)

    def list_groups(
        self,
        *,
        search_term: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[Group, list[Group]]:
        """List the account's groups

        Returns the account's groups as a bare array, optionally filtered by a name search. Without `Limit` the
        server
        returns 20 groups; a page shorter than `Limit` is the last one.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_GROUPS,
            {
                "search_term": search_term,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_group(
        self,
        *,
        body: GroupInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Group:
        """Create a group

        Creates an empty group and returns it with its new id. Send only `name` (and `last_generated` for a dynamic
        group); the counters and the creation date are set by the server and should be left out of the body. Add
        contacts with `add_group_member`.
        """
        return self._runner._call(
            _CREATE_GROUP,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_group(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Group:
        """Get a group by id

        Returns one group with its contact counters.
        """
        return self._runner._call(
            _GET_GROUP,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_group(
        self,
        id: int,
        *,
        body: GroupInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Group:
        """Update (rename) a group

        Updates a group; in practice only `name` can be changed. Leave the counters and the creation date out of the
        body. Public clients report an empty `204` on success, while others read the updated group from a `200`
        body, so both are declared.
        """
        return self._runner._call(
            _UPDATE_GROUP,
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

    def delete_group(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a group

        Deletes a group permanently. The contacts stay in the account; only their membership goes.
        """
        return self._runner._call(
            _DELETE_GROUP,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_group_members(
        self,
        id: int,
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
    ) -> SyncPaginator[Contact, GroupMembersPage]:
        """List a group's members

        Returns the group's contacts, optionally filtered by contact state, by a search on email or name and by the
        date the state last changed (`FromDate`/`ToDate`; the default window is the last three months). The body is
        a
        wrapper object `{count, contacts}` as read by public client code (OC); no official sample exists.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_GROUP_MEMBERS,
            {
                "id": id,
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

    def add_group_member(
        self,
        id: int,
        *,
        body: GroupMemberAdd,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._call(
            _ADD_GROUP_MEMBER,
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

    def get_group_member(
        self,
        id: int,
        member_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Contact:
        """Check whether a contact is a member of a group

        Returns the contact when it is a member of the group. A `404` means the contact is not a member (it was
        removed, deleted, or never in the group or the account). The official guide calls the last path segment the
        contact id; the shape of the `200` body is not documented and is assumed to be the contact (inferred).
        """
        return self._runner._call(
            _GET_GROUP_MEMBER,
            {
                "id": id,
                "member_id": member_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def remove_group_member(
        self,
        id: int,
        member_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a contact from a group

        Removes the contact from the group. The contact itself stays in the account.
        """
        return self._runner._call(
            _REMOVE_GROUP_MEMBER,
            {
                "id": id,
                "member_id": member_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_group_events(
        self,
        id: int,
        *,
        event_type: str | None = None,
        created_from_date: datetime.date | None = None,
        created_to_date: datetime.date | None = None,
        event_from_date: datetime.date | None = None,
        event_to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[GroupEvent]:
        """List a group's events

        Returns the events (opens, clicks, unsubscribes...) of the group's contacts, optionally filtered by event
        type,
        by the date of the event and by the date the contact was created; when the dates are omitted the window is
        the last three months. **Inferred item shape:** no source shows an event; `GroupEvent` models what the
        filters and COR's description imply (the contact, the event's type and date, the contact's creation date),
        with names from the sibling report rows. Every field is optional.
        """
        return self._runner._call(
            _LIST_GROUP_EVENTS,
            {
                "id": id,
                "event_type": event_type,
                "created_from_date": created_from_date,
                "created_to_date": created_to_date,
                "event_from_date": event_from_date,
                "event_to_date": event_to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncGroupsWithRawResponse:
    """Groups and group members.

    The groups operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncGroups`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_groups(
        self,
        *,
        search_term: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Group]]:
        """List the account's groups: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_GROUPS,
            {
                "search_term": search_term,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_group(
        self,
        *,
        body: GroupInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Group]:
        """Create a group: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_GROUP,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_group(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Group]:
        """Get a group by id: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_GROUP,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_group(
        self,
        id: int,
        *,
        body: GroupInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Group]:
        """Update (rename) a group: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_GROUP,
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

    def delete_group(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a group: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_GROUP,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_group_members(
        self,
        id: int,
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
    ) -> RawResponse[GroupMembersPage]:
        """List a group's members: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_GROUP_MEMBERS,
            {
                "id": id,
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

    def add_group_member(
        self,
        id: int,
        *,
        body: GroupMemberAdd,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Contact]:
        """Add a contact to a group: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _ADD_GROUP_MEMBER,
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

    def get_group_member(
        self,
        id: int,
        member_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Contact]:
        """Check whether a contact is a member of a group: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_GROUP_MEMBER,
            {
                "id": id,
                "member_id": member_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def remove_group_member(
        self,
        id: int,
        member_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Remove a contact from a group: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _REMOVE_GROUP_MEMBER,
            {
                "id": id,
                "member_id": member_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_group_events(
        self,
        id: int,
        *,
        event_type: str | None = None,
        created_from_date: datetime.date | None = None,
        created_to_date: datetime.date | None = None,
        event_from_date: datetime.date | None = None,
        event_to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[GroupEvent]]:
        """List a group's events: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_GROUP_EVENTS,
            {
                "id": id,
                "event_type": event_type,
                "created_from_date": created_from_date,
                "created_to_date": created_to_date,
                "event_from_date": event_from_date,
                "event_to_date": event_to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
