"""Every operation of the API, one package per tag; `AsyncNamespaces` (`SyncNamespaces`) gives a pulsetrail async
(sync) client one attribute per tag (`client.authentication`), each imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from typing import Unpack

    from pulsetrail import RawResponse
    from pulsetrail._operation import CallOptions, Operation

    from .action import AsyncAction, SyncAction
    from .authentication import AsyncAuthentication, SyncAuthentication
    from .condition import AsyncCondition, SyncCondition
    from .conversions import AsyncConversions, SyncConversions
    from .email import AsyncEmail, SyncEmail
    from .events import AsyncEvents, SyncEvents
    from .filter_ import AsyncFilter, SyncFilter
    from .flow_operators import AsyncFlowOperators, SyncFlowOperators
    from .flows import AsyncFlows, SyncFlows
    from .goal import AsyncGoal, SyncGoal
    from .messenger import AsyncMessenger, SyncMessenger
    from .push import AsyncPush, SyncPush
    from .sms import AsyncSms, SyncSms
    from .start import AsyncStart, SyncStart

__all__ = ["AsyncNamespaces", "AsyncRunner", "SyncNamespaces", "SyncRunner"]


class AsyncRunner(Protocol):
    """What a namespace needs from the client that holds it (pulsetrail's clients implement it): the one request
    path, handed each operation's descriptor, its arguments and the call's options."""

    async def _call(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> Any: ...

    async def _call_raw(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> RawResponse[Any]: ...

    def _paginate(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> Any: ...


class AsyncNamespaces:
    """One attribute per tag of the API, each the tag's namespace bound to this client (built on first use)."""

    @cached_property
    def action(self) -> AsyncAction:
        """Statistics of an "Action" element."""
        from .action import AsyncAction

        return AsyncAction(self)

    @cached_property
    def authentication(self) -> AsyncAuthentication:
        """Getting an OAuth access token with the account's API ID and Secret (client credentials)."""
        from .authentication import AsyncAuthentication

        return AsyncAuthentication(self)

    @cached_property
    def condition(self) -> AsyncCondition:
        """Statistics of a "Condition" element (`trigger` in paths and types)."""
        from .condition import AsyncCondition

        return AsyncCondition(self)

    @cached_property
    def conversions(self) -> AsyncConversions:
        """Conversions of a flow: a contact either stops the flow with an event (enabled in the Start element's
        options, `maintrigger` conversions) or reaches a "Goal" element (`goal` conversions)."""
        from .conversions import AsyncConversions

        return AsyncConversions(self)

    @cached_property
    def email(self) -> AsyncEmail:
        """Statistics of an "Email" element (sent, delivered, opened, clicked...) and the contacts it emailed."""
        from .email import AsyncEmail

        return AsyncEmail(self)

    @cached_property
    def events(self) -> AsyncEvents:
        """Events that start flows: sending an event for a contact (authorized call), and deleting received events from
        the event logs."""
        from .events import AsyncEvents

        return AsyncEvents(self)

    @cached_property
    def filter_(self) -> AsyncFilter:
        """Statistics of a "Filter" element."""
        from .filter_ import AsyncFilter

        return AsyncFilter(self)

    @cached_property
    def flow_operators(self) -> AsyncFlowOperators:
        """The contacts for whom a Filter, Condition, Goal or Action element was executed: one call shared by the four
        element types (`/a360/stats/flow-operator/{ID}/addresses`)."""
        from .flow_operators import AsyncFlowOperators

        return AsyncFlowOperators(self)

    @cached_property
    def flows(self) -> AsyncFlows:
        """Automation flows ("autoresponders"): the list of flows, one flow with its elements, the flow's statistics
        for a period, and the statistics of each element of a flow."""
        from .flows import AsyncFlows

        return AsyncFlows(self)

    @cached_property
    def goal(self) -> AsyncGoal:
        """Statistics of a "Goal" element."""
        from .goal import AsyncGoal

        return AsyncGoal(self)

    @cached_property
    def messenger(self) -> AsyncMessenger:
        """Statistics of a "Messenger" element (no contact list is documented for it)."""
        from .messenger import AsyncMessenger

        return AsyncMessenger(self)

    @cached_property
    def push(self) -> AsyncPush:
        """Statistics of a "Push" element (web push notifications) and the subscribers it notified."""
        from .push import AsyncPush

        return AsyncPush(self)

    @cached_property
    def sms(self) -> AsyncSms:
        """Statistics of an "SMS" element and the phone numbers it texted, with prices and delivery statuses."""
        from .sms import AsyncSms

        return AsyncSms(self)

    @cached_property
    def start(self) -> AsyncStart:
        """The "Start" element of a flow (`maintrigger`): how many contacts started the flow and were removed from it,
        and the contacts who started it."""
        from .start import AsyncStart

        return AsyncStart(self)


class SyncRunner(Protocol):
    """What a sync namespace needs from the sync client that holds it (pulsetrail's sync clients implement it)."""

    def _call(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> Any: ...

    def _call_raw(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> RawResponse[Any]: ...

    def _paginate(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> Any: ...


class SyncNamespaces:
    """One attribute per tag of the API, each the tag's sync namespace bound to this client (built on first use)."""

    @cached_property
    def action(self) -> SyncAction:
        """Statistics of an "Action" element."""
        from .action import SyncAction

        return SyncAction(self)

    @cached_property
    def authentication(self) -> SyncAuthentication:
        """Getting an OAuth access token with the account's API ID and Secret (client credentials)."""
        from .authentication import SyncAuthentication

        return SyncAuthentication(self)

    @cached_property
    def condition(self) -> SyncCondition:
        """Statistics of a "Condition" element (`trigger` in paths and types)."""
        from .condition import SyncCondition

        return SyncCondition(self)

    @cached_property
    def conversions(self) -> SyncConversions:
        """Conversions of a flow: a contact either stops the flow with an event (enabled in the Start element's
        options, `maintrigger` conversions) or reaches a "Goal" element (`goal` conversions)."""
        from .conversions import SyncConversions

        return SyncConversions(self)

    @cached_property
    def email(self) -> SyncEmail:
        """Statistics of an "Email" element (sent, delivered, opened, clicked...) and the contacts it emailed."""
        from .email import SyncEmail

        return SyncEmail(self)

    @cached_property
    def events(self) -> SyncEvents:
        """Events that start flows: sending an event for a contact (authorized call), and deleting received events from
        the event logs."""
        from .events import SyncEvents

        return SyncEvents(self)

    @cached_property
    def filter_(self) -> SyncFilter:
        """Statistics of a "Filter" element."""
        from .filter_ import SyncFilter

        return SyncFilter(self)

    @cached_property
    def flow_operators(self) -> SyncFlowOperators:
        """The contacts for whom a Filter, Condition, Goal or Action element was executed: one call shared by the four
        element types (`/a360/stats/flow-operator/{ID}/addresses`)."""
        from .flow_operators import SyncFlowOperators

        return SyncFlowOperators(self)

    @cached_property
    def flows(self) -> SyncFlows:
        """Automation flows ("autoresponders"): the list of flows, one flow with its elements, the flow's statistics
        for a period, and the statistics of each element of a flow."""
        from .flows import SyncFlows

        return SyncFlows(self)

    @cached_property
    def goal(self) -> SyncGoal:
        """Statistics of a "Goal" element."""
        from .goal import SyncGoal

        return SyncGoal(self)

    @cached_property
    def messenger(self) -> SyncMessenger:
        """Statistics of a "Messenger" element (no contact list is documented for it)."""
        from .messenger import SyncMessenger

        return SyncMessenger(self)

    @cached_property
    def push(self) -> SyncPush:
        """Statistics of a "Push" element (web push notifications) and the subscribers it notified."""
        from .push import SyncPush

        return SyncPush(self)

    @cached_property
    def sms(self) -> SyncSms:
        """Statistics of an "SMS" element and the phone numbers it texted, with prices and delivery statuses."""
        from .sms import SyncSms

        return SyncSms(self)

    @cached_property
    def start(self) -> SyncStart:
        """The "Start" element of a flow (`maintrigger`): how many contacts started the flow and were removed from it,
        and the contacts who started it."""
        from .start import SyncStart

        return SyncStart(self)
