"""The flow_operators operations: one module per operation, its descriptor, and the `AsyncFlowOperators` and
`SyncFlowOperators` namespaces with one method per operation (what `client.flow_operators` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models import FlowOperatorAddress
    from ...models.flow_operator_address_list import FlowOperatorAddressList
    from ...models.sort_direction import SortDirection
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncFlowOperators",
    "AsyncFlowOperatorsWithRawResponse",
    "SyncFlowOperators",
    "SyncFlowOperatorsWithRawResponse",
]


_LIST_FLOW_OPERATOR_ADDRESSES = op.Operation(
    name="list_flow_operator_addresses",
    module=__name__ + ".list_flow_operator_addresses",
    method="GET",
    path="/a360/stats/flow-operator/{id}/addresses",
    parameters=(
        op.Parameter("id", "ID", "path", op.INT),
        op.Parameter("limit", "limit", "query", op.INT),
        op.Parameter("offset", "offset", "query", op.INT),
        op.Parameter(
            "sort_direction",
            "sortDirection",
            "query",
            op.Type("enum", "SortDirection"),
            required=False,
        ),
        op.Parameter("sort_field", "sortField", "query", op.STR, required=False),
    ),
    success="FlowOperatorAddressList",
    paging=op.OffsetPaging("limit", "offset"),
    items_field="data",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_flow_operator_addresses": _LIST_FLOW_OPERATOR_ADDRESSES,
}


class AsyncFlowOperators:
    """The contacts for whom a Filter, Condition, Goal or Action element was executed: one call shared by the four
    element types (`/a360/stats/flow-operator/{ID}/addresses`).

    The flow_operators operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncFlowOperatorsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncFlowOperatorsWithRawResponse(self._runner)

    def list_flow_operator_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | None = None,
        sort_field: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[FlowOperatorAddress, FlowOperatorAddressList]:
        """List the contacts a Filter, Condition, Goal or Action element was executed for

        One page of the contacts for whom a flow operator (a Filter, Condition, Goal or Action element) was
        executed, with the execution time of each, and the total. `ID` is the **element ID** of that element
        (`flows[].id` in `get_flow`). The seed's examples sort by `execution_date`.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_FLOW_OPERATOR_ADDRESSES,
            {
                "id": id,
                "limit": limit,
                "offset": offset,
                "sort_direction": sort_direction,
                "sort_field": sort_field,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncFlowOperatorsWithRawResponse:
    """The contacts for whom a Filter, Condition, Goal or Action element was executed: one call shared by the four
    element types (`/a360/stats/flow-operator/{ID}/addresses`).

    The flow_operators operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncFlowOperators`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_flow_operator_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | None = None,
        sort_field: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[FlowOperatorAddressList]:
        """List the contacts a Filter, Condition, Goal or Action element was executed for: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_FLOW_OPERATOR_ADDRESSES,
            {
                "id": id,
                "limit": limit,
                "offset": offset,
                "sort_direction": sort_direction,
                "sort_field": sort_field,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncFlowOperators:
    """The contacts for whom a Filter, Condition, Goal or Action element was executed: one call shared by the four
    element types (`/a360/stats/flow-operator/{ID}/addresses`).

    The flow_operators operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncFlowOperatorsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncFlowOperatorsWithRawResponse(self._runner)

    def list_flow_operator_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | None = None,
        sort_field: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[FlowOperatorAddress, FlowOperatorAddressList]:
        """List the contacts a Filter, Condition, Goal or Action element was executed for

        One page of the contacts for whom a flow operator (a Filter, Condition, Goal or Action element) was
        executed, with the execution time of each, and the total. `ID` is the **element ID** of that element
        (`flows[].id` in `get_flow`). The seed's examples sort by `execution_date`.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_FLOW_OPERATOR_ADDRESSES,
            {
                "id": id,
                "limit": limit,
                "offset": offset,
                "sort_direction": sort_direction,
                "sort_field": sort_field,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncFlowOperatorsWithRawResponse:
    """The contacts for whom a Filter, Condition, Goal or Action element was executed: one call shared by the four
    element types (`/a360/stats/flow-operator/{ID}/addresses`).

    The flow_operators operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncFlowOperators`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_flow_operator_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | None = None,
        sort_field: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[FlowOperatorAddressList]:
        """List the contacts a Filter, Condition, Goal or Action element was executed for: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_FLOW_OPERATOR_ADDRESSES,
            {
                "id": id,
                "limit": limit,
                "offset": offset,
                "sort_direction": sort_direction,
                "sort_field": sort_field,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
