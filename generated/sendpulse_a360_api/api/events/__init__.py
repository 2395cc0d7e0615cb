"""The events operations: one module per operation, and the `AsyncEvents` and
`SyncEvents` namespaces with one method per operation (what `client.events` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.delete_event_log_request import DeleteEventLogRequest
    from ...models.delete_event_log_result import DeleteEventLogResult
    from ...models.send_event_request import SendEventRequest
    from ...models.send_event_result import SendEventResult
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncEvents", "SyncEvents"]


class AsyncEvents:
    """The events operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def delete_event_logs(
        self,
        *,
        body: DeleteEventLogRequest,
    ) -> DeleteEventLogResult:
        """Delete received events from the event logs

        Deletes entries of the event logs. Give at least one of `event_id`, `email` and `phone`, or any
        combination:
        - `email` and/or `phone` without `event_id` delete every log entry with those values, of any event;
        - `event_id` alone deletes all the logs of that event;
        - `event_id` with `email` and/or `phone` deletes that event's entries for that contact.

        `event_id` is the event's ID from the Events Manager (the number in the URL `events/<id>` of the event's
        page), not a flow or element ID. (The seed's parameter table lost the name of the `email` row.)
        """
        from . import delete_event_logs as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def send_event(
        self,
        event_name: str,
        *,
        body: SendEventRequest,
    ) -> SendEventResult:
        """Send an event to start or route flows

        Sends an event for one contact, starting the flows whose Start element waits for this event (the
        authorized "REST API POST" URL of the event in Events Manager). The body holds the contact's `email`
        and/or `phone` (at least one, as strings), an optional `automation_id` (a flow ID: the data goes only to
        that flow when several flows share the event), and any event variables, including arrays such as product
        lists, used to personalize the flow's messages.

        The account may add at most 100,000 contacts per day to all its flow starts (reset at 00:00 in the
        account's time zone). An unauthenticated variant (`POST https://events.sendpulse.com/events/id/{hash}/{id}`)
        exists on another host and is not described here. The response shape comes from client code (a test mock),
        not from a captured reply.
        """
        from . import send_event as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            event_name=event_name,
            body=body,
        )


class SyncEvents:
    """The events operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def delete_event_logs(
        self,
        *,
        body: DeleteEventLogRequest,
    ) -> DeleteEventLogResult:
        """Delete received events from the event logs

        Deletes entries of the event logs. Give at least one of `event_id`, `email` and `phone`, or any
        combination:
        - `email` and/or `phone` without `event_id` delete every log entry with those values, of any event;
        - `event_id` alone deletes all the logs of that event;
        - `event_id` with `email` and/or `phone` deletes that event's entries for that contact.

        `event_id` is the event's ID from the Events Manager (the number in the URL `events/<id>` of the event's
        page), not a flow or element ID. (The seed's parameter table lost the name of the `email` row.)
        """
        from . import delete_event_logs as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def send_event(
        self,
        event_name: str,
        *,
        body: SendEventRequest,
    ) -> SendEventResult:
        """Send an event to start or route flows

        Sends an event for one contact, starting the flows whose Start element waits for this event (the
        authorized "REST API POST" URL of the event in Events Manager). The body holds the contact's `email`
        and/or `phone` (at least one, as strings), an optional `automation_id` (a flow ID: the data goes only to
        that flow when several flows share the event), and any event variables, including arrays such as product
        lists, used to personalize the flow's messages.

        The account may add at most 100,000 contacts per day to all its flow starts (reset at 00:00 in the
        account's time zone). An unauthenticated variant (`POST https://events.sendpulse.com/events/id/{hash}/{id}`)
        exists on another host and is not described here. The response shape comes from client code (a test mock),
        not from a captured reply.
        """
        from . import send_event as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            event_name=event_name,
            body=body,
        )
