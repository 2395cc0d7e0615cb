"""Every operation of the API, one package per tag; `AsyncNamespaces` gives a pulsetrail client one attribute per tag
(`client.authentication`), each imported on first use."""

from __future__ import annotations

from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .action import AsyncAction
    from .authentication import AsyncAuthentication
    from .condition import AsyncCondition
    from .conversions import AsyncConversions
    from .email import AsyncEmail
    from .events import AsyncEvents
    from .filter_ import AsyncFilter
    from .flow_operators import AsyncFlowOperators
    from .flows import AsyncFlows
    from .goal import AsyncGoal
    from .messenger import AsyncMessenger
    from .push import AsyncPush
    from .sms import AsyncSms
    from .start import AsyncStart

__all__ = ["AsyncNamespaces", "AsyncRunner"]


class AsyncRunner(Protocol):
    """What a namespace needs from the client that holds it (pulsetrail's clients implement it)."""

    async def _call_operation(
        self,
        operation: ModuleType,
        returns_body: bool,
        path_ids: tuple[str, ...],
        /,
        **arguments: Any,
    ) -> Any: ...

    def _paginate_operation(
        self,
        operation: ModuleType,
        paging: str,
        items_field: str | None,
        path_ids: tuple[str, ...],
        /,
        **arguments: Any,
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
