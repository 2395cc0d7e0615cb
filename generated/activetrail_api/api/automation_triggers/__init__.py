"""The automation_triggers operations: one module per operation, and the `AsyncAutomationTriggers` and
`SyncAutomationTriggers` namespaces with one method per operation (what `client.automation_triggers` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.automation_trigger_option import AutomationTriggerOption
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncAutomationTriggers", "SyncAutomationTriggers"]


class AsyncAutomationTriggers:
    """The automation_triggers operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_automation_triggers(
        self,
    ) -> list[AutomationTriggerOption]:
        """List the start-trigger options for automations

        **Inferred path:** no source shows it; it is named after the seed section ("Automation triggers"), in the
        style of `/api/automationreports`. Returns the triggers an automation can start from (the values of an
        automation's `trigger_type_id`, such as `AbandonedCartRecovery`).

        **Response shape inferred:** no source shows the body; every field is optional and the example's values
        other than `AbandonedCartRecovery` are illustrative.
        """
        from . import list_automation_triggers as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )


class SyncAutomationTriggers:
    """The automation_triggers operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_automation_triggers(
        self,
    ) -> list[AutomationTriggerOption]:
        """List the start-trigger options for automations

        **Inferred path:** no source shows it; it is named after the seed section ("Automation triggers"), in the
        style of `/api/automationreports`. Returns the triggers an automation can start from (the values of an
        automation's `trigger_type_id`, such as `AbandonedCartRecovery`).

        **Response shape inferred:** no source shows the body; every field is optional and the example's values
        other than `AbandonedCartRecovery` are illustrative.
        """
        from . import list_automation_triggers as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )
