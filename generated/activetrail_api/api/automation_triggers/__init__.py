"""The automation_triggers operations: one module per operation, its descriptor, and the `AsyncAutomationTriggers` and
`SyncAutomationTriggers` namespaces with one method per operation (what `client.automation_triggers` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.automation_trigger_option import AutomationTriggerOption
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncAutomationTriggers",
    "AsyncAutomationTriggersWithRawResponse",
    "SyncAutomationTriggers",
    "SyncAutomationTriggersWithRawResponse",
]


_LIST_AUTOMATION_TRIGGERS = op.Operation(
    name="list_automation_triggers",
    module=__name__ + ".list_automation_triggers",
    method="GET",
    path="/api/automationtriggers",
    parameters=(),
    success="list[AutomationTriggerOption]",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_automation_triggers": _LIST_AUTOMATION_TRIGGERS,
}


class AsyncAutomationTriggers:
    """Start-trigger options for automations.

    The automation_triggers operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncAutomationTriggersWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncAutomationTriggersWithRawResponse(self._runner)

    async def list_automation_triggers(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationTriggerOption]:
        """List the start-trigger options for automations

        **Inferred path:** no source shows it; it is named after the seed section ("Automation triggers"), in the
        style of `/api/automationreports`. Returns the triggers an automation can start from (the values of an
        automation's `trigger_type_id`, such as `AbandonedCartRecovery`).

        **Response shape inferred:** no source shows the body; every field is optional and the example's values
        other than `AbandonedCartRecovery` are illustrative.
        """
        return await self._runner._call(
            _LIST_AUTOMATION_TRIGGERS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncAutomationTriggersWithRawResponse:
    """Start-trigger options for automations.

    The automation_triggers operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncAutomationTriggers`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_automation_triggers(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationTriggerOption]]:
        """List the start-trigger options for automations: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_AUTOMATION_TRIGGERS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncAutomationTriggers:
    """Start-trigger options for automations.

    The automation_triggers operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncAutomationTriggersWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncAutomationTriggersWithRawResponse(self._runner)

    def list_automation_triggers(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationTriggerOption]:
        """List the start-trigger options for automations

        **Inferred path:** no source shows it; it is named after the seed section ("Automation triggers"), in the
        style of `/api/automationreports`. Returns the triggers an automation can start from (the values of an
        automation's `trigger_type_id`, such as `AbandonedCartRecovery`).

        **Response shape inferred:** no source shows the body; every field is optional and the example's values
        other than `AbandonedCartRecovery` are illustrative.
        """
        return self._runner._call(
            _LIST_AUTOMATION_TRIGGERS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncAutomationTriggersWithRawResponse:
    """Start-trigger options for automations.

    The automation_triggers operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncAutomationTriggers`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_automation_triggers(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationTriggerOption]]:
        """List the start-trigger options for automations: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_AUTOMATION_TRIGGERS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
