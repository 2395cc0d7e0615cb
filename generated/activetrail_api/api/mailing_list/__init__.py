"""The mailing_list operations: one module per operation, its descriptor, and the `AsyncMailingList` and
`SyncMailingList` namespaces with one method per operation (what `client.mailing_list` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models import Contact
    from ...models.customer_state import CustomerState
    from ...models.mailing_list import MailingList
    from ...models.mailing_list_contact import MailingListContact
    from ...models.mailing_list_contact_input import MailingListContactInput
    from ...models.mailing_list_create import MailingListCreate
    from ...models.mailing_list_members_page import MailingListMembersPage
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncMailingList",
    "AsyncMailingListWithRawResponse",
    "SyncMailingList",
    "SyncMailingListWithRawResponse",
]


_LIST_MAILING_LISTS = op.Operation(
    name="list_mailing_lists",
    module=__name__ + ".list_mailing_lists",
    method="GET",
    path="/api/mailinglist",
    parameters=(
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[MailingList]",
    paging=op.PageNumberPaging("page", "limit"),
)


_CREATE_MAILING_LIST = op.Operation(
    name="create_mailing_list",
    module=__name__ + ".create_mailing_list",
    method="POST",
    path="/api/mailinglist",
    parameters=(
        op.Parameter("body", "", "body", op.Type("model", "MailingListCreate")),
    ),
    success="MailingList",
)


_GET_MAILING_LIST = op.Operation(
    name="get_mailing_list",
    module=__name__ + ".get_mailing_list",
    method="GET",
    path="/api/mailinglist/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="MailingList",
)


_DELETE_MAILING_LIST = op.Operation(
    name="delete_mailing_list",
    module=__name__ + ".delete_mailing_list",
    method="DELETE",
    path="/api/mailinglist/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="None",
)


_LIST_MAILING_LIST_MEMBERS = op.Operation(
    name="list_mailing_list_members",
    module=__name__ + ".list_mailing_list_members",
    method="GET",
    path="/api/mailinglist/{id}/members",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
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
    success="MailingListMembersPage",
    paging=op.PageNumberPaging("page", "limit"),
    items_field="contacts",
)


_ADD_MAILING_LIST_MEMBER = op.Operation(
    name="add_mailing_list_member",
    module=__name__ + ".add_mailing_list_member",
    method="POST",
    path="/api/mailinglist/{id}/members",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "MailingListContactInput")),
    ),
    success="MailingListContact",
)


_REMOVE_MAILING_LIST_MEMBER = op.Operation(
    name="remove_mailing_list_member",
    module=__name__ + ".remove_mailing_list_member",
    method="DELETE",
    path="/api/mailinglist/{id}/members/{member_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("member_id", "memberId", "path", op.INT),
    ),
    success="None",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_mailing_lists": _LIST_MAILING_LISTS,
    "create_mailing_list": _CREATE_MAILING_LIST,
    "get_mailing_list": _GET_MAILING_LIST,
    "delete_mailing_list": _DELETE_MAILING_LIST,
    "list_mailing_list_members": _LIST_MAILING_LIST_MEMBERS,
    "add_mailing_list_member": _ADD_MAILING_LIST_MEMBER,
    "remove_mailing_list_member": _REMOVE_MAILING_LIST_MEMBER,
}


class AsyncMailingList:
    """Mailing lists and their members.

    The mailing_list operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncMailingListWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncMailingListWithRawResponse(self._runner)

    def list_mailing_lists(
        self,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[MailingList, list[MailingList]]:
        """List the account's mailing lists

        Returns the account's mailing lists as a bare array. The paging parameters are sent by one public client
        (SL)
        only; the item shape (`id`, `name`) comes from public client descriptions (COR), not from an official
        sample.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_MAILING_LISTS,
            {
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_mailing_list(
        self,
        *,
        body: MailingListCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> MailingList:
        """Create a mailing list

        Creates a mailing list and returns it with its new id.
        """
        return await self._runner._call(
            _CREATE_MAILING_LIST,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_mailing_list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> MailingList:
        """Get a mailing list by id

        Returns one mailing list (its id and name).
        """
        return await self._runner._call(
            _GET_MAILING_LIST,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def delete_mailing_list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a mailing list

        **Inferred path:** only one unverified public client (SL) calls `DELETE /api/mailinglist/{id}`; the seed
        lists
        the operation without its path. Deletes the mailing list; no response body is documented.
        """
        return await self._runner._call(
            _DELETE_MAILING_LIST,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_mailing_list_members(
        self,
        id: int,
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
    ) -> AsyncPaginator[Contact, MailingListMembersPage]:
        """List a mailing list's members

        Returns the mailing list's contacts, optionally filtered by contact state and by the date the state last
        changed (`FromDate`/`ToDate`; the default window is the last three months). No source shows the body: it is
        assumed to be the same `{count, contacts}` wrapper as the group member list (inferred).

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_MAILING_LIST_MEMBERS,
            {
                "id": id,
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

    async def add_mailing_list_member(
        self,
        id: int,
        *,
        body: MailingListContactInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> MailingListContact:
        """Add a contact to a mailing list

        Adds a contact to the mailing list and to the groups in `GroupIds` (required), creating the contact when it
        does not exist yet. The body is the PascalCase `MailingListContactDTO` of the official page; `Email` is
        required
        when `SMS` is null and `SMS` when `Email` is null. The response body is not in the stored copy of the page:
        it
        is assumed to echo the member with its `Id` (inferred).
        """
        return await self._runner._call(
            _ADD_MAILING_LIST_MEMBER,
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

    async def remove_mailing_list_member(
        self,
        id: int,
        member_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a contact from a mailing list

        Removes the contact from the mailing list. The contact stays in the account and in its other lists and
        groups.
        """
        return await self._runner._call(
            _REMOVE_MAILING_LIST_MEMBER,
            {
                "id": id,
                "member_id": member_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncMailingListWithRawResponse:
    """Mailing lists and their members.

    The mailing_list operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncMailingList`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_mailing_lists(
        self,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[MailingList]]:
        """List the account's mailing lists: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_MAILING_LISTS,
            {
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_mailing_list(
        self,
        *,
        body: MailingListCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[MailingList]:
        """Create a mailing list: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_MAILING_LIST,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_mailing_list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[MailingList]:
        """Get a mailing list by id: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_MAILING_LIST,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def delete_mailing_list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a mailing list: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_MAILING_LIST,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_mailing_list_members(
        self,
        id: int,
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
    ) -> RawResponse[MailingListMembersPage]:
        """List a mailing list's members: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_MAILING_LIST_MEMBERS,
            {
                "id": id,
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

    async def add_mailing_list_member(
        self,
        id: int,
        *,
        body: MailingListContactInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[MailingListContact]:
        """Add a contact to a mailing list: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _ADD_MAILING_LIST_MEMBER,
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

    async def remove_mailing_list_member(
        self,
        id: int,
        member_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Remove a contact from a mailing list: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _REMOVE_MAILING_LIST_MEMBER,
            {
                "id": id,
                "member_id": member_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncMailingList:
    """Mailing lists and their members.

    The mailing_list operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncMailingListWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncMailingListWithRawResponse(self._runner)

    def list_mailing_lists(
        self,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[MailingList, list[MailingList]]:
        """List the account's mailing lists

        Returns the account's mailing lists as a bare array. The paging parameters are sent by one public client
        (SL)
        only; the item shape (`id`, `name`) comes from public client descriptions (COR), not from an official
        sample.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_MAILING_LISTS,
            {
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_mailing_list(
        self,
        *,
        body: MailingListCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> MailingList:
        """Create a mailing list

        Creates a mailing list and returns it with its new id.
        """
        return self._runner._call(
            _CREATE_MAILING_LIST,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_mailing_list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> MailingList:
        """Get a mailing list by id

        Returns one mailing list (its id and name).
        """
        return self._runner._call(
            _GET_MAILING_LIST,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def delete_mailing_list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a mailing list

        **Inferred path:** only one unverified public client (SL) calls `DELETE /api/mailinglist/{id}`; the seed
        lists
        the operation without its path. Deletes the mailing list; no response body is documented.
        """
        return self._runner._call(
            _DELETE_MAILING_LIST,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_mailing_list_members(
        self,
        id: int,
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
    ) -> SyncPaginator[Contact, MailingListMembersPage]:
        """List a mailing list's members

        Returns the mailing list's contacts, optionally filtered by contact state and by the date the state last
        changed (`FromDate`/`ToDate`; the default window is the last three months). No source shows the body: it is
        assumed to be the same `{count, contacts}` wrapper as the group member list (inferred).

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_MAILING_LIST_MEMBERS,
            {
                "id": id,
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

    def add_mailing_list_member(
        self,
        id: int,
        *,
        body: MailingListContactInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> MailingListContact:
        """Add a contact to a mailing list

        Adds a contact to the mailing list and to the groups in `GroupIds` (required), creating the contact when it
        does not exist yet. The body is the PascalCase `MailingListContactDTO` of the official page; `Email` is
        required
        when `SMS` is null and `SMS` when `Email` is null. The response body is not in the stored copy of the page:
        it
        is assumed to echo the member with its `Id` (inferred).
        """
        return self._runner._call(
            _ADD_MAILING_LIST_MEMBER,
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

    def remove_mailing_list_member(
        self,
        id: int,
        member_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a contact from a mailing list

        Removes the contact from the mailing list. The contact stays in the account and in its other lists and
        groups.
        """
        return self._runner._call(
            _REMOVE_MAILING_LIST_MEMBER,
            {
                "id": id,
                "member_id": member_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncMailingListWithRawResponse:
    """Mailing lists and their members.

    The mailing_list operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncMailingList`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_mailing_lists(
        self,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[MailingList]]:
        """List the account's mailing lists: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_MAILING_LISTS,
            {
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_mailing_list(
        self,
        *,
        body: MailingListCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[MailingList]:
        """Create a mailing list: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_MAILING_LIST,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_mailing_list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[MailingList]:
        """Get a mailing list by id: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_MAILING_LIST,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def delete_mailing_list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a mailing list: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_MAILING_LIST,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_mailing_list_members(
        self,
        id: int,
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
    ) -> RawResponse[MailingListMembersPage]:
        """List a mailing list's members: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_MAILING_LIST_MEMBERS,
            {
                "id": id,
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

    def add_mailing_list_member(
        self,
        id: int,
        *,
        body: MailingListContactInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[MailingListContact]:
        """Add a contact to a mailing list: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _ADD_MAILING_LIST_MEMBER,
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

    def remove_mailing_list_member(
        self,
        id: int,
        member_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Remove a contact from a mailing list: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _REMOVE_MAILING_LIST_MEMBER,
            {
                "id": id,
                "member_id": member_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
