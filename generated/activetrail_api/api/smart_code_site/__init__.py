"""The smart_code_site operations: one module per operation, and the `AsyncSmartCodeSite` and
`SyncSmartCodeSite` namespaces with one method per operation (what `client.smart_code_site` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.smart_code_site import SmartCodeSite
    from ...models.smart_code_site_input import SmartCodeSiteInput
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncSmartCodeSite", "SyncSmartCodeSite"]


class AsyncSmartCodeSite:
    """The smart_code_site operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_smart_code_sites(
        self,
    ) -> list[SmartCodeSite]:
        """List the account's Smart Code sites

        Returns the account's Smart Code sites (the websites tracked by the Smart Code snippet), as a bare array.
        No paging or filter parameters are documented for this call.

        The item shape is inferred: the write fields (`name`, `domains`, from COR) plus `id`; all optional.
        """
        from . import list_smart_code_sites as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def create_smart_code_site(
        self,
        *,
        body: SmartCodeSiteInput,
    ) -> SmartCodeSite:
        """Create a Smart Code site

        Registers a website for Smart Code tracking, from a name and its domain(s). The seed has no method for this
        line; COR shows POST.

        The response is not documented; it is inferred to be the created site (with its `id`), every field optional.
        """
        from . import create_smart_code_site as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def update_smart_code_site(
        self,
        id: int,
        *,
        body: SmartCodeSiteInput,
    ) -> None:
        """Update a Smart Code site

        Updates an existing Smart Code site by its id. Per COR there is no partial update: send both `name` and
        `domains`. No success body is documented.
        """
        from . import update_smart_code_site as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def delete_smart_code_site(
        self,
        id: int,
    ) -> None:
        """Delete a Smart Code site

        Permanently deletes a Smart Code site by its id. The seed has no method for this line; COR shows DELETE. No
        success body is documented.
        """
        from . import delete_smart_code_site as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )


class SyncSmartCodeSite:
    """The smart_code_site operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_smart_code_sites(
        self,
    ) -> list[SmartCodeSite]:
        """List the account's Smart Code sites

        Returns the account's Smart Code sites (the websites tracked by the Smart Code snippet), as a bare array.
        No paging or filter parameters are documented for this call.

        The item shape is inferred: the write fields (`name`, `domains`, from COR) plus `id`; all optional.
        """
        from . import list_smart_code_sites as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def create_smart_code_site(
        self,
        *,
        body: SmartCodeSiteInput,
    ) -> SmartCodeSite:
        """Create a Smart Code site

        Registers a website for Smart Code tracking, from a name and its domain(s). The seed has no method for this
        line; COR shows POST.

        The response is not documented; it is inferred to be the created site (with its `id`), every field optional.
        """
        from . import create_smart_code_site as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def update_smart_code_site(
        self,
        id: int,
        *,
        body: SmartCodeSiteInput,
    ) -> None:
        """Update a Smart Code site

        Updates an existing Smart Code site by its id. Per COR there is no partial update: send both `name` and
        `domains`. No success body is documented.
        """
        from . import update_smart_code_site as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def delete_smart_code_site(
        self,
        id: int,
    ) -> None:
        """Delete a Smart Code site

        Permanently deletes a Smart Code site by its id. The seed has no method for this line; COR shows DELETE. No
        success body is documented.
        """
        from . import delete_smart_code_site as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )
