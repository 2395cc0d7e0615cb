"""The commerce operations: one module per operation, and the `AsyncCommerce` and
`SyncCommerce` namespaces with one method per operation (what `client.commerce` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.commerce_order import CommerceOrder
    from ...models.commerce_order_create import CommerceOrderCreate
    from ...models.commerce_order_schema_field import CommerceOrderSchemaField
    from ...models.commerce_order_update import CommerceOrderUpdate
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncCommerce", "SyncCommerce"]


class AsyncCommerce:
    """The commerce operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create_commerce_orders(
        self,
        *,
        body: list[CommerceOrderCreate],
    ) -> None:
        """Add commerce orders

        Adds one or more orders (the body is an array). Not a seed line. The response body is not documented in the
        stored page.
        """
        from . import create_commerce_orders as operation

        return await self._runner._call_operation(
            operation,
            False,
            (),
            body=body,
        )

    async def get_commerce_order(
        self,
        order_id: str,
    ) -> CommerceOrder:
        """Get a commerce order

        Returns the order with the given id (ApiPostOrder).
        """
        from . import get_commerce_order as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            order_id=order_id,
        )

    async def update_commerce_order(
        self,
        order_id: str,
        *,
        body: CommerceOrderUpdate,
    ) -> None:
        """Modify a commerce order

        Modifies an existing order; it cannot create one. Note that this body (ApiUpdateOrder) spells most fields in
        lowercase (`firstname`, `netamount`, `purchasedate`...), unlike the order itself. The response body is not
        documented.
        """
        from . import update_commerce_order as operation

        return await self._runner._call_operation(
            operation,
            False,
            (),
            order_id=order_id,
            body=body,
        )

    async def get_commerce_order_schema(
        self,
    ) -> list[CommerceOrderSchemaField]:
        """Get the order fields' schema

        Returns the order fields with their types and the account's custom names for the extra fields. Not a seed
        line. **Inferred shape:** no source shows the body; from COR's description ("available order fields, their
        types, and custom names") it is modelled as a bare array with one `CommerceOrderSchemaField` per order
        field, like `list_account_contact_fields`. Every field is optional.
        """
        from . import get_commerce_order_schema as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )


class SyncCommerce:
    """The commerce operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create_commerce_orders(
        self,
        *,
        body: list[CommerceOrderCreate],
    ) -> None:
        """Add commerce orders

        Adds one or more orders (the body is an array). Not a seed line. The response body is not documented in the
        stored page.
        """
        from . import create_commerce_orders as operation

        return self._runner._call_operation(
            operation,
            False,
            (),
            body=body,
        )

    def get_commerce_order(
        self,
        order_id: str,
    ) -> CommerceOrder:
        """Get a commerce order

        Returns the order with the given id (ApiPostOrder).
        """
        from . import get_commerce_order as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            order_id=order_id,
        )

    def update_commerce_order(
        self,
        order_id: str,
        *,
        body: CommerceOrderUpdate,
    ) -> None:
        """Modify a commerce order

        Modifies an existing order; it cannot create one. Note that this body (ApiUpdateOrder) spells most fields in
        lowercase (`firstname`, `netamount`, `purchasedate`...), unlike the order itself. The response body is not
        documented.
        """
        from . import update_commerce_order as operation

        return self._runner._call_operation(
            operation,
            False,
            (),
            order_id=order_id,
            body=body,
        )

    def get_commerce_order_schema(
        self,
    ) -> list[CommerceOrderSchemaField]:
        """Get the order fields' schema

        Returns the order fields with their types and the account's custom names for the extra fields. Not a seed
        line. **Inferred shape:** no source shows the body; from COR's description ("available order fields, their
        types, and custom names") it is modelled as a bare array with one `CommerceOrderSchemaField` per order
        field, like `list_account_contact_fields`. Every field is optional.
        """
        from . import get_commerce_order_schema as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )
