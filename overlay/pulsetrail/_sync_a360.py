"""`pulsetrail.SyncA360`: the SendPulse Automation360 client for sync code (scripts, Django/Flask views, Celery)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from sendpulse_a360_api import Client as GeneratedA360Client
from sendpulse_a360_api.api import SyncNamespaces
from sendpulse_a360_api.api.flows import SyncFlows

from ._a360 import (
    _A360_SETUP,
    AddressOptions,
    StatsWindow,
    _Action,
    _addresses,
    _Condition,
    _delete_request,
    _Email,
    _event_answer,
    _event_request,
    _Filter,
    _Goal,
    _Messenger,
    _Operator,
    _Push,
    _Sms,
    _Start,
    _stats_call,
    _with_int_counters,
)
from ._auth import SyncSharedTokenStore
from ._enums import A360ElementType
from ._exceptions import NoDataError, check_id
from ._pagination import MAX_PAGE_SIZE, SyncPaginator, check_page_size
from ._sync import SyncBaseClient, SyncOptions, SyncSendPulseAuth, SyncTokenStore

if TYPE_CHECKING:
    from sendpulse_a360_api.models import (
        ActionStatsResponse,
        ConditionStatsResponse,
        DeleteEventLogResult,
        EmailAddress,
        EmailAddressList,
        EmailStatsResponse,
        FilterStatsResponse,
        FlowDetails,
        FlowList,
        FlowListItem,
        FlowOperatorAddress,
        FlowOperatorAddressList,
        GoalStatsResponse,
        MessengerStatsResponse,
        PushAddress,
        PushAddressList,
        PushStatsResponse,
        SendEventResult,
        SmsAddress,
        SmsAddressList,
        SmsStatsResponse,
        StartAddress,
        StartAddressList,
        StartStatsResponse,
    )

__all__ = ["SyncA360"]


class SyncFlowsNamespace(SyncFlows):
    """`a360.flows`: the flow operations (`a360.flows.get_flow(42)`), and, called, every flow of the account."""

    __slots__ = ()

    def __call__(self, *, page_size: int = MAX_PAGE_SIZE) -> SyncPaginator[FlowListItem, FlowList]:
        """Every automation flow of the account: `for flow in a360.flows(): ...`."""
        check_page_size(page_size)
        return self.list_flows(limit=page_size)


class SyncA360(SyncBaseClient[GeneratedA360Client], SyncNamespaces):
    """A sync client of the SendPulse Automation360 API: `A360`'s constructor, namespaces and helpers, as blocking
    calls and plain iterators (`for flow in a360.flows(): ...`). Use it as a context manager. One client may be shared
    by threads: they share one token (one token request), the rate limit and the connection pool."""

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        api_key: str | None = None,
        token_store: SyncTokenStore | SyncSharedTokenStore | None = None,
        **options: Unpack[SyncOptions],
    ) -> None:
        self.auth = SyncSendPulseAuth(
            client_id=client_id, client_secret=client_secret, api_key=api_key, token_store=token_store
        )
        super().__init__(auth=self.auth, **_A360_SETUP, **options)
        self.auth.bind_sync(self._unauthenticated_http)

    @cached_property
    def flows(self) -> SyncFlowsNamespace:
        """The flow operations; called (`a360.flows()`), every flow of the account."""
        return SyncFlowsNamespace(self)

    def flow(self, flow_id: int) -> FlowDetails:
        """One flow with its elements and totals."""
        check_id("flow_id", flow_id)
        return self.flows.get_flow(flow_id)

    # The overloads give each element type its model, as `A360`'s do: the same keyword spec (`StatsWindow`,
    # `AddressOptions`) and the same helpers; only the return types are the sync ones (a value, not an awaitable;
    # a SyncPaginator), which Python's typing cannot derive from the async signatures.
    @overload
    def stats(
        self, element_type: _Start, element_id: int, **window: Unpack[StatsWindow]
    ) -> StartStatsResponse | None: ...
    @overload
    def stats(
        self, element_type: _Condition, element_id: int, **window: Unpack[StatsWindow]
    ) -> ConditionStatsResponse | None: ...
    @overload
    def stats(
        self, element_type: _Email, element_id: int, **window: Unpack[StatsWindow]
    ) -> EmailStatsResponse | None: ...
    @overload
    def stats(self, element_type: _Sms, element_id: int, **window: Unpack[StatsWindow]) -> SmsStatsResponse | None: ...
    @overload
    def stats(
        self, element_type: _Push, element_id: int, **window: Unpack[StatsWindow]
    ) -> PushStatsResponse | None: ...
    @overload
    def stats(
        self, element_type: _Messenger, element_id: int, **window: Unpack[StatsWindow]
    ) -> MessengerStatsResponse | None: ...
    @overload
    def stats(
        self, element_type: _Action, element_id: int, **window: Unpack[StatsWindow]
    ) -> ActionStatsResponse | None: ...
    @overload
    def stats(
        self, element_type: _Filter, element_id: int, **window: Unpack[StatsWindow]
    ) -> FilterStatsResponse | None: ...
    @overload
    def stats(
        self, element_type: _Goal, element_id: int, **window: Unpack[StatsWindow]
    ) -> GoalStatsResponse | None: ...
    @overload
    def stats(self, element_type: A360ElementType | str, element_id: int, **window: Unpack[StatsWindow]) -> Any: ...
    def stats(self, element_type: A360ElementType | str, element_id: int, **window: Unpack[StatsWindow]) -> Any:
        """An element's statistics (see `A360.stats`): its counters as integers, or None when A360 has no data."""
        method, arguments = _stats_call(self, element_type, element_id, **window)
        try:
            return _with_int_counters(method(element_id, **arguments))
        except NoDataError:
            return None

    @overload
    def addresses(
        self, element_type: _Start, element_id: int, **options: Unpack[AddressOptions]
    ) -> SyncPaginator[StartAddress, StartAddressList]: ...
    @overload
    def addresses(
        self, element_type: _Email, element_id: int, **options: Unpack[AddressOptions]
    ) -> SyncPaginator[EmailAddress, EmailAddressList]: ...
    @overload
    def addresses(
        self, element_type: _Sms, element_id: int, **options: Unpack[AddressOptions]
    ) -> SyncPaginator[SmsAddress, SmsAddressList]: ...
    @overload
    def addresses(
        self, element_type: _Push, element_id: int, **options: Unpack[AddressOptions]
    ) -> SyncPaginator[PushAddress, PushAddressList]: ...
    @overload
    def addresses(
        self, element_type: _Operator, element_id: int, **options: Unpack[AddressOptions]
    ) -> SyncPaginator[FlowOperatorAddress, FlowOperatorAddressList]: ...
    @overload
    def addresses(
        self, element_type: A360ElementType | str, element_id: int, **options: Unpack[AddressOptions]
    ) -> SyncPaginator[Any, Any]: ...
    def addresses(
        self, element_type: A360ElementType | str, element_id: int, **options: Unpack[AddressOptions]
    ) -> SyncPaginator[Any, Any]:
        """Every contact that passed through an element, page after page (see `A360.addresses`)."""
        paginator: SyncPaginator[Any, Any] = _addresses(self, element_type, element_id, **options)
        return paginator

    def send_event(
        self,
        event_name: str,
        *,
        email: str | None = None,
        phone: str | None = None,
        variables: Mapping[str, Any] | None = None,
        automation_id: int | None = None,
    ) -> SendEventResult:
        """Send an event for one contact (see `A360.send_event`); returns the server's answer."""
        body = _event_request(event_name, email, phone, variables, automation_id)
        return _event_answer(self.events.send_event(event_name, body=body))

    def delete_event_logs(
        self, *, event_id: int | str | None = None, email: str | None = None, phone: str | None = None
    ) -> DeleteEventLogResult:
        """Delete received events from the logs: by `event_id`, by contact (`email`/`phone`), or both."""
        return self.events.delete_event_logs(body=_delete_request(event_id, email, phone))
