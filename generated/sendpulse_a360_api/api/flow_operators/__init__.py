"""The flow_operators operations: one module per operation, and the `AsyncFlowOperators` and
`SyncFlowOperators` namespaces with one method per operation (what `client.flow_operators` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models import FlowOperatorAddress
    from ...models.flow_operator_address_list import FlowOperatorAddressList
    from ...models.sort_direction import SortDirection
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncFlowOperators", "SyncFlowOperators"]


class AsyncFlowOperators:
    """The flow_operators operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list_flow_operator_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | Unset = UNSET,
        sort_field: str | Unset = UNSET,
    ) -> AsyncPaginator[FlowOperatorAddress, FlowOperatorAddressList]:
        """List the contacts a Filter, Condition, Goal or Action element was executed for

        One page of the contacts for whom a flow operator (a Filter, Condition, Goal or Action element) was
        executed, with the execution time of each, and the total. `ID` is the **element ID** of that element
        (`flows[].id` in `get_flow`). The seed's examples sort by `execution_date`.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_flow_operator_addresses as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "data",
            ("id",),
            id=id,
            limit=limit,
            offset=offset,
            sort_direction=sort_direction,
            sort_field=sort_field,
        )


class SyncFlowOperators:
    """The flow_operators operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_flow_operator_addresses(
        self,
        id: int,
        *,
        limit: int = 100,
        offset: int = 0,
        sort_direction: SortDirection | Unset = UNSET,
        sort_field: str | Unset = UNSET,
    ) -> SyncPaginator[FlowOperatorAddress, FlowOperatorAddressList]:
        """List the contacts a Filter, Condition, Goal or Action element was executed for

        One page of the contacts for whom a flow operator (a Filter, Condition, Goal or Action element) was
        executed, with the execution time of each, and the total. `ID` is the **element ID** of that element
        (`flows[].id` in `get_flow`). The seed's examples sort by `execution_date`.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_flow_operator_addresses as operation

        return self._runner._paginate_operation(
            operation,
            "offset",
            "data",
            ("id",),
            id=id,
            limit=limit,
            offset=offset,
            sort_direction=sort_direction,
            sort_field=sort_field,
        )
