"""The smart_code_site operations: one module per operation, its descriptor, and the `AsyncSmartCodeSite` and
`SyncSmartCodeSite` namespaces with one method per operation (what `client.smart_code_site` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.smart_code_site import SmartCodeSite
    from ...models.smart_code_site_input import SmartCodeSiteInput
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncSmartCodeSite",
    "AsyncSmartCodeSiteWithRawResponse",
    "SyncSmartCodeSite",
    "SyncSmartCodeSiteWithRawResponse",
]


_LIST_SMART_CODE_SITES = op.Operation(
    name="list_smart_code_sites",
    module=__name__ + ".list_smart_code_sites",
    method="GET",
    path="/api/smartcodesite",
    parameters=(),
    success="list[SmartCodeSite]",
)


_CREATE_SMART_CODE_SITE = op.Operation(
    name="create_smart_code_site",
    module=__name__ + ".create_smart_code_site",
    method="POST",
    path="/api/smartcodesite",
    parameters=(
        op.Parameter("body", "", "body", op.Type("model", "SmartCodeSiteInput")),
    ),
    success="SmartCodeSite",
)


_UPDATE_SMART_CODE_SITE = op.Operation(
    name="update_smart_code_site",
    module=__name__ + ".update_smart_code_site",
    method="PUT",
    path="/api/smartcodesite/{id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "SmartCodeSiteInput")),
    ),
    success="None",
)


_DELETE_SMART_CODE_SITE = op.Operation(
    name="delete_smart_code_site",
    module=__name__ + ".delete_smart_code_site",
    method="DELETE",
    path="/api/smartcodesite/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="None",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_smart_code_sites": _LIST_SMART_CODE_SITES,
    "create_smart_code_site": _CREATE_SMART_CODE_SITE,
    "update_smart_code_site": _UPDATE_SMART_CODE_SITE,
    "delete_smart_code_site": _DELETE_SMART_CODE_SITE,
}


class AsyncSmartCodeSite:
    """Smart Code sites (the tracking snippet's sites).

    The smart_code_site operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncSmartCodeSiteWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncSmartCodeSiteWithRawResponse(self._runner)

    async def list_smart_code_sites(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[SmartCodeSite]:
        """List the account's Smart Code sites

        Returns the account's Smart Code sites (the websites tracked by the Smart Code snippet), as a bare array.
        No paging or filter parameters are documented for this call.

        The item shape is inferred: the write fields (`name`, `domains`, from COR) plus `id`; all optional.
        """
        return await self._runner._call(
            _LIST_SMART_CODE_SITES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_smart_code_site(
        self,
        *,
        body: SmartCodeSiteInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SmartCodeSite:
        """Create a Smart Code site

        Registers a website for Smart Code tracking, from a name and its domain(s). The seed has no method for this
        line; COR shows POST.

        The response is not documented; it is inferred to be the created site (with its `id`), every field optional.
        """
        return await self._runner._call(
            _CREATE_SMART_CODE_SITE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def update_smart_code_site(
        self,
        id: int,
        *,
        body: SmartCodeSiteInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a Smart Code site

        Updates an existing Smart Code site by its id. Per COR there is no partial update: send both `name` and
        `domains`. No success body is documented.
        """
        return await self._runner._call(
            _UPDATE_SMART_CODE_SITE,
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

    async def delete_smart_code_site(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a Smart Code site

        Permanently deletes a Smart Code site by its id. The seed has no method for this line; COR shows DELETE. No
        success body is documented.
        """
        return await self._runner._call(
            _DELETE_SMART_CODE_SITE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncSmartCodeSiteWithRawResponse:
    """Smart Code sites (the tracking snippet's sites).

    The smart_code_site operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncSmartCodeSite`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_smart_code_sites(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[SmartCodeSite]]:
        """List the account's Smart Code sites: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_SMART_CODE_SITES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_smart_code_site(
        self,
        *,
        body: SmartCodeSiteInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SmartCodeSite]:
        """Create a Smart Code site: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_SMART_CODE_SITE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def update_smart_code_site(
        self,
        id: int,
        *,
        body: SmartCodeSiteInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a Smart Code site: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_SMART_CODE_SITE,
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

    async def delete_smart_code_site(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a Smart Code site: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_SMART_CODE_SITE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncSmartCodeSite:
    """Smart Code sites (the tracking snippet's sites).

    The smart_code_site operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncSmartCodeSiteWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncSmartCodeSiteWithRawResponse(self._runner)

    def list_smart_code_sites(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[SmartCodeSite]:
        """List the account's Smart Code sites

        Returns the account's Smart Code sites (the websites tracked by the Smart Code snippet), as a bare array.
        No paging or filter parameters are documented for this call.

        The item shape is inferred: the write fields (`name`, `domains`, from COR) plus `id`; all optional.
        """
        return self._runner._call(
            _LIST_SMART_CODE_SITES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_smart_code_site(
        self,
        *,
        body: SmartCodeSiteInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SmartCodeSite:
        """Create a Smart Code site

        Registers a website for Smart Code tracking, from a name and its domain(s). The seed has no method for this
        line; COR shows POST.

        The response is not documented; it is inferred to be the created site (with its `id`), every field optional.
        """
        return self._runner._call(
            _CREATE_SMART_CODE_SITE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def update_smart_code_site(
        self,
        id: int,
        *,
        body: SmartCodeSiteInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a Smart Code site

        Updates an existing Smart Code site by its id. Per COR there is no partial update: send both `name` and
        `domains`. No success body is documented.
        """
        return self._runner._call(
            _UPDATE_SMART_CODE_SITE,
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

    def delete_smart_code_site(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a Smart Code site

        Permanently deletes a Smart Code site by its id. The seed has no method for this line; COR shows DELETE. No
        success body is documented.
        """
        return self._runner._call(
            _DELETE_SMART_CODE_SITE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncSmartCodeSiteWithRawResponse:
    """Smart Code sites (the tracking snippet's sites).

    The smart_code_site operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncSmartCodeSite`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_smart_code_sites(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[SmartCodeSite]]:
        """List the account's Smart Code sites: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_SMART_CODE_SITES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_smart_code_site(
        self,
        *,
        body: SmartCodeSiteInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SmartCodeSite]:
        """Create a Smart Code site: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_SMART_CODE_SITE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def update_smart_code_site(
        self,
        id: int,
        *,
        body: SmartCodeSiteInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a Smart Code site: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_SMART_CODE_SITE,
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

    def delete_smart_code_site(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a Smart Code site: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_SMART_CODE_SITE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
