"""The events operations: one module per operation, its descriptor, and the `AsyncEvents` and
`SyncEvents` namespaces with one method per operation (what `client.events` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.delete_event_log_request import DeleteEventLogRequest
    from ...models.delete_event_log_result import DeleteEventLogResult
    from ...models.send_event_request import SendEventRequest
    from ...models.send_event_result import SendEventResult
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "SyncEvents",
    "SyncEventsWithRawResponse",
]


_DELETE_EVENT_LOGS = op.Operation(
    name="delete_event_logs",
    module=__name__ + ".delete_event_logs",
    method="POST",
    path="/a360/events/delete-log",
    parameters=(
        op.Parameter("body", "", "body", op.Type("model", "DeleteEventLogRequest")),
    ),
    success="DeleteEventLogResult",
)


_SEND_EVENT = op.Operation(
    name="send_event",
    module=__name__ + ".send_event",
    method="POST",
    path="/events/name/{event_name}",
    parameters=(
        op.Parameter("event_name", "event_name", "path", op.STR),
        op.Parameter("body", "", "body", op.Type("model", "SendEventRequest")),
    ),
    success="SendEventResult",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "delete_event_logs": _DELETE_EVENT_LOGS,
    "send_event": _SEND_EVENT,
}


class AsyncEvents:
    """Events that start flows: sending an event for a contact (authorized call), and deleting received events from
    the event logs.

    The events operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncEventsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncEventsWithRawResponse(self._runner)

    async def delete_event_logs(
        self,
        *,
        body: DeleteEventLogRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return await self._runner._call(
            _DELETE_EVENT_LOGS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def send_event(
        self,
        event_name: str,
        *,
        body: SendEventRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return await self._runner._call(
            _SEND_EVENT,
            {
                "event_name": event_name,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )


class AsyncEventsWithRawResponse:
    """Events that start flows: sending an event for a contact (authorized call), and deleting received events from
    the event logs.

    The events operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncEvents`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def delete_event_logs(
        self,
        *,
        body: DeleteEventLogRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[DeleteEventLogResult]:
        """Delete received events from the event logs: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_EVENT_LOGS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def send_event(
        self,
        event_name: str,
        *,
        body: SendEventRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SendEventResult]:
        """Send an event to start or route flows: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _SEND_EVENT,
            {
                "event_name": event_name,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )


class SyncEvents:
    """Events that start flows: sending an event for a contact (authorized call), and deleting received events from
    the event logs.

    The events operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncEventsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncEventsWithRawResponse(self._runner)

    def delete_event_logs(
        self,
        *,
        body: DeleteEventLogRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._call(
            _DELETE_EVENT_LOGS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def send_event(
        self,
        event_name: str,
        *,
        body: SendEventRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._call(
            _SEND_EVENT,
            {
                "event_name": event_name,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )


class SyncEventsWithRawResponse:
    """Events that start flows: sending an event for a contact (authorized call), and deleting received events from
    the event logs.

    The events operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncEvents`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def delete_event_logs(
        self,
        *,
        body: DeleteEventLogRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[DeleteEventLogResult]:
        """Delete received events from the event logs: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_EVENT_LOGS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def send_event(
        self,
        event_name: str,
        *,
        body: SendEventRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SendEventResult]:
        """Send an event to start or route flows: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _SEND_EVENT,
            {
                "event_name": event_name,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )
