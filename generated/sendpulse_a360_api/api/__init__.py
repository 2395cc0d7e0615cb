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
        """The action operations."""
        from .action import AsyncAction

        return AsyncAction(self)

    @cached_property
    def authentication(self) -> AsyncAuthentication:
        """The authentication operations."""
        from .authentication import AsyncAuthentication

        return AsyncAuthentication(self)

    @cached_property
    def condition(self) -> AsyncCondition:
        """The condition operations."""
        from .condition import AsyncCondition

        return AsyncCondition(self)

    @cached_property
    def conversions(self) -> AsyncConversions:
        """The conversions operations."""
        from .conversions import AsyncConversions

        return AsyncConversions(self)

    @cached_property
    def email(self) -> AsyncEmail:
        """The email operations."""
        from .email import AsyncEmail

        return AsyncEmail(self)

    @cached_property
    def events(self) -> AsyncEvents:
        """The events operations."""
        from .events import AsyncEvents

        return AsyncEvents(self)

    @cached_property
    def filter_(self) -> AsyncFilter:
        """The filter_ operations."""
        from .filter_ import AsyncFilter

        return AsyncFilter(self)

    @cached_property
    def flow_operators(self) -> AsyncFlowOperators:
        """The flow_operators operations."""
        from .flow_operators import AsyncFlowOperators

        return AsyncFlowOperators(self)

    @cached_property
    def flows(self) -> AsyncFlows:
        """The flows operations."""
        from .flows import AsyncFlows

        return AsyncFlows(self)

    @cached_property
    def goal(self) -> AsyncGoal:
        """The goal operations."""
        from .goal import AsyncGoal

        return AsyncGoal(self)

    @cached_property
    def messenger(self) -> AsyncMessenger:
        """The messenger operations."""
        from .messenger import AsyncMessenger

        return AsyncMessenger(self)

    @cached_property
    def push(self) -> AsyncPush:
        """The push operations."""
        from .push import AsyncPush

        return AsyncPush(self)

    @cached_property
    def sms(self) -> AsyncSms:
        """The sms operations."""
        from .sms import AsyncSms

        return AsyncSms(self)

    @cached_property
    def start(self) -> AsyncStart:
        """The start operations."""
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
        """The action operations."""
        from .action import SyncAction

        return SyncAction(self)

    @cached_property
    def authentication(self) -> SyncAuthentication:
        """The authentication operations."""
        from .authentication import SyncAuthentication

        return SyncAuthentication(self)

    @cached_property
    def condition(self) -> SyncCondition:
        """The condition operations."""
        from .condition import SyncCondition

        return SyncCondition(self)

    @cached_property
    def conversions(self) -> SyncConversions:
        """The conversions operations."""
        from .conversions import SyncConversions

        return SyncConversions(self)

    @cached_property
    def email(self) -> SyncEmail:
        """The email operations."""
        from .email import SyncEmail

        return SyncEmail(self)

    @cached_property
    def events(self) -> SyncEvents:
        """The events operations."""
        from .events import SyncEvents

        return SyncEvents(self)

    @cached_property
    def filter_(self) -> SyncFilter:
        """The filter_ operations."""
        from .filter_ import SyncFilter

        return SyncFilter(self)

    @cached_property
    def flow_operators(self) -> SyncFlowOperators:
        """The flow_operators operations."""
        from .flow_operators import SyncFlowOperators

        return SyncFlowOperators(self)

    @cached_property
    def flows(self) -> SyncFlows:
        """The flows operations."""
        from .flows import SyncFlows

        return SyncFlows(self)

    @cached_property
    def goal(self) -> SyncGoal:
        """The goal operations."""
        from .goal import SyncGoal

        return SyncGoal(self)

    @cached_property
    def messenger(self) -> SyncMessenger:
        """The messenger operations."""
        from .messenger import SyncMessenger

        return SyncMessenger(self)

    @cached_property
    def push(self) -> SyncPush:
        """The push operations."""
        from .push import SyncPush

        return SyncPush(self)

    @cached_property
    def sms(self) -> SyncSms:
        """The sms operations."""
        from .sms import SyncSms

        return SyncSms(self)

    @cached_property
    def start(self) -> SyncStart:
        """The start operations."""
        from .start import SyncStart

        return SyncStart(self)
