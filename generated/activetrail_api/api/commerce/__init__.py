"""The commerce operations: one module per operation, its descriptor, and the `AsyncCommerce` and
`SyncCommerce` namespaces with one method per operation (what `client.commerce` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.commerce_order import CommerceOrder
    from ...models.commerce_order_create import CommerceOrderCreate
    from ...models.commerce_order_schema_field import CommerceOrderSchemaField
    from ...models.commerce_order_update import CommerceOrderUpdate
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncCommerce",
    "AsyncCommerceWithRawResponse",
    "SyncCommerce",
    "SyncCommerceWithRawResponse",
]


_CREATE_COMMERCE_ORDERS = op.Operation(
    name="create_commerce_orders",
    module=__name__ + ".create_commerce_orders",
    method="POST",
    path="/api/commerce/Order",
    parameters=(
        op.Parameter(
            "body",
            "",
            "body",
            op.Type("list", item=op.Type("model", "CommerceOrderCreate")),
        ),
    ),
    success="None",
)


_GET_COMMERCE_ORDER = op.Operation(
    name="get_commerce_order",
    module=__name__ + ".get_commerce_order",
    method="GET",
    path="/api/commerce/Order/{order_id}",
    parameters=(op.Parameter("order_id", "orderId", "path", op.STR),),
    success="CommerceOrder",
)


_UPDATE_COMMERCE_ORDER = op.Operation(
    name="update_commerce_order",
    module=__name__ + ".update_commerce_order",
    method="PUT",
    path="/api/commerce/Order/{order_id}",
    parameters=(
        op.Parameter("order_id", "orderId", "path", op.STR),
        op.Parameter("body", "", "body", op.Type("model", "CommerceOrderUpdate")),
    ),
    success="None",
)


_GET_COMMERCE_ORDER_SCHEMA = op.Operation(
    name="get_commerce_order_schema",
    module=__name__ + ".get_commerce_order_schema",
    method="GET",
    path="/api/commerce/schema",
    parameters=(),
    success="list[CommerceOrderSchemaField]",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "create_commerce_orders": _CREATE_COMMERCE_ORDERS,
    "get_commerce_order": _GET_COMMERCE_ORDER,
    "update_commerce_order": _UPDATE_COMMERCE_ORDER,
    "get_commerce_order_schema": _GET_COMMERCE_ORDER_SCHEMA,
}


class AsyncCommerce:
    """Commerce orders.

    The commerce operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncCommerceWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncCommerceWithRawResponse(self._runner)

    async def create_commerce_orders(
        self,
        *,
        body: list[CommerceOrderCreate],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Add commerce orders

        Adds one or more orders (the body is an array). Not a seed line. The response body is not documented in the
        stored page.
        """
        return await self._runner._call(
            _CREATE_COMMERCE_ORDERS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_commerce_order(
        self,
        order_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> CommerceOrder:
        """Get a commerce order

        Returns the order with the given id (ApiPostOrder).
        """
        return await self._runner._call(
            _GET_COMMERCE_ORDER,
            {
                "order_id": order_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_commerce_order(
        self,
        order_id: str,
        *,
        body: CommerceOrderUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Modify a commerce order

        Modifies an existing order; it cannot create one. Note that this body (ApiUpdateOrder) spells most fields in
        lowercase (`firstname`, `netamount`, `purchasedate`...), unlike the order itself. The response body is not
        documented.
        """
        return await self._runner._call(
            _UPDATE_COMMERCE_ORDER,
            {
                "order_id": order_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_commerce_order_schema(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[CommerceOrderSchemaField]:
        """Get the order fields' schema

        Returns the order fields with their types and the account's custom names for the extra fields. Not a seed
        line. **Inferred shape:** no source shows the body; from COR's description ("available order fields, their
        types, and custom names") it is modelled as a bare array with one `CommerceOrderSchemaField` per order
        field, like `list_account_contact_fields`. Every field is optional.
        """
        return await self._runner._call(
            _GET_COMMERCE_ORDER_SCHEMA,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncCommerceWithRawResponse:
    """Commerce orders.

    The commerce operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncCommerce`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create_commerce_orders(
        self,
        *,
        body: list[CommerceOrderCreate],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Add commerce orders: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_COMMERCE_ORDERS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_commerce_order(
        self,
        order_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CommerceOrder]:
        """Get a commerce order: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_COMMERCE_ORDER,
            {
                "order_id": order_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_commerce_order(
        self,
        order_id: str,
        *,
        body: CommerceOrderUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Modify a commerce order: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_COMMERCE_ORDER,
            {
                "order_id": order_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_commerce_order_schema(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[CommerceOrderSchemaField]]:
        """Get the order fields' schema: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_COMMERCE_ORDER_SCHEMA,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncCommerce:
    """Commerce orders.

    The commerce operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncCommerceWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncCommerceWithRawResponse(self._runner)

    def create_commerce_orders(
        self,
        *,
        body: list[CommerceOrderCreate],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Add commerce orders

        Adds one or more orders (the body is an array). Not a seed line. The response body is not documented in the
        stored page.
        """
        return self._runner._call(
            _CREATE_COMMERCE_ORDERS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_commerce_order(
        self,
        order_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> CommerceOrder:
        """Get a commerce order

        Returns the order with the given id (ApiPostOrder).
        """
        return self._runner._call(
            _GET_COMMERCE_ORDER,
            {
                "order_id": order_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_commerce_order(
        self,
        order_id: str,
        *,
        body: CommerceOrderUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Modify a commerce order

        Modifies an existing order; it cannot create one. Note that this body (ApiUpdateOrder) spells most fields in
        lowercase (`firstname`, `netamount`, `purchasedate`...), unlike the order itself. The response body is not
        documented.
        """
        return self._runner._call(
            _UPDATE_COMMERCE_ORDER,
            {
                "order_id": order_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_commerce_order_schema(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[CommerceOrderSchemaField]:
        """Get the order fields' schema

        Returns the order fields with their types and the account's custom names for the extra fields. Not a seed
        line. **Inferred shape:** no source shows the body; from COR's description ("available order fields, their
        types, and custom names") it is modelled as a bare array with one `CommerceOrderSchemaField` per order
        field, like `list_account_contact_fields`. Every field is optional.
        """
        return self._runner._call(
            _GET_COMMERCE_ORDER_SCHEMA,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncCommerceWithRawResponse:
    """Commerce orders.

    The commerce operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncCommerce`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create_commerce_orders(
        self,
        *,
        body: list[CommerceOrderCreate],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Add commerce orders: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_COMMERCE_ORDERS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_commerce_order(
        self,
        order_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[CommerceOrder]:
        """Get a commerce order: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_COMMERCE_ORDER,
            {
                "order_id": order_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_commerce_order(
        self,
        order_id: str,
        *,
        body: CommerceOrderUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Modify a commerce order: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_COMMERCE_ORDER,
            {
                "order_id": order_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_commerce_order_schema(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[CommerceOrderSchemaField]]:
        """Get the order fields' schema: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_COMMERCE_ORDER_SCHEMA,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
