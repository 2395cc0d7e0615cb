"""`pulsetrail.A360`: the SendPulse Automation360 client."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack, overload

import httpx
from sendpulse_a360_api.api import AsyncNamespaces
from sendpulse_a360_api.api.flows import AsyncFlows
from sendpulse_a360_api.models import SortDirection

from ._a360_ops import ADDRESSES, STATS
from ._auth import SendPulseAuth, TokenStore
from ._client import AsyncOptions, BaseClient
from ._enums import A360ElementType
from ._exceptions import (
    APIStatusError,
    InvalidInputError,
    NoDataError,
    ResponseParseError,
    check_id,
    error_name_of,
    status_error_class,
)
from ._filter import DateInput, date_filter
from ._operation import is_unset
from ._pagination import MAX_PAGE_SIZE, AsyncPaginator, check_page_size

if TYPE_CHECKING:
    from sendpulse_a360_api import Client as GeneratedA360Client
    from sendpulse_a360_api.models import (
        ActionStatsResponse,
        ConditionStatsResponse,
        DeleteEventLogRequest,
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
        SendEventRequest,
        SendEventResult,
        SmsAddress,
        SmsAddressList,
        SmsStatsResponse,
        StartAddress,
        StartAddressList,
        StartStatsResponse,
    )
    from sendpulse_a360_api.types import Unset

__all__ = ["A360"]

SENDPULSE_BASE_URL = "https://api.sendpulse.com"
SENDPULSE_RATE_LIMIT = 10.0  # requests per second, SendPulse's documented limit

# an element type as the overloads take it: the member, pulsetrail's word, and (where it differs) A360's own, which
# A360ElementType accepts too ("start" or "maintrigger")
_Start = Literal[A360ElementType.START, "start", "maintrigger"]
_Condition = Literal[A360ElementType.CONDITION, "condition", "trigger"]
_Email = Literal[A360ElementType.EMAIL, "email"]
_Sms = Literal[A360ElementType.SMS, "sms"]
_Push = Literal[A360ElementType.PUSH, "push"]
_Messenger = Literal[A360ElementType.MESSENGER, "messenger"]
_Action = Literal[A360ElementType.ACTION, "action"]
_Filter = Literal[A360ElementType.FILTER, "filter"]
_Goal = Literal[A360ElementType.GOAL, "goal"]
_Operator = Literal[
    A360ElementType.CONDITION, "condition", "trigger", A360ElementType.ACTION, "action", A360ElementType.FILTER,
    "filter", A360ElementType.GOAL, "goal",
]  # fmt: skip


class StatsWindow(TypedDict, total=False):
    """The keyword arguments of `stats()` (async and sync): the date window of the statistics."""

    send_date_from: DateInput | None
    send_date_to: DateInput | None


class AddressOptions(TypedDict, total=False):
    """The keyword arguments of `addresses()` (async and sync)."""

    sort_direction: SortDirection | str | None
    sort_field: str | None
    page_size: int
    max_items: int | None


def _classify(response: httpx.Response) -> type[APIStatusError]:
    if response.status_code == 404:
        return NoDataError  # A360 documents 404 as "no data for this request"
    return status_error_class(response.status_code, error_name_of(response))


def _generated_client(**settings: Any) -> GeneratedA360Client:
    """The generated package's client, imported on first use: `from pulsetrail import A360` builds no attrs class."""
    from sendpulse_a360_api import Client

    return Client(**settings)


#: what `A360` and `SyncA360` give their base besides auth and the caller's options
_A360_SETUP: dict[str, Any] = {
    "generated": _generated_client,
    "classify": _classify,
    "defaults": {"base_url": SENDPULSE_BASE_URL, "rate_limit": SENDPULSE_RATE_LIMIT},
}


# unasync: begin (scripts/unasync.py writes SyncA360's twin of what follows into _sync_a360.py)
class FlowsNamespace(AsyncFlows):
    """`a360.flows`: the flow operations (`a360.flows.get_flow(42)`), and, called, every flow of the account."""

    __slots__ = ()

    def __call__(self, *, page_size: int = MAX_PAGE_SIZE) -> AsyncPaginator[FlowListItem, FlowList]:
        """Every automation flow of the account: `async for flow in a360.flows(): ...`."""
        check_page_size(page_size)
        return self.list_flows(limit=page_size)


# unasync: end


class A360(BaseClient["GeneratedA360Client"], AsyncNamespaces):
    """An async client of the SendPulse Automation360 API.

    Give OAuth2 client credentials (`client_id` + `client_secret`; the token is fetched on first use, cached, and
    refreshed before it expires) or a static `api_key`, not both. Use it as an async context manager. At most
    `max_in_flight` requests are sent at once (over as many kept-alive connections); further calls wait their turn.
    The other keyword arguments (`base_url`, `timeout`, `retry`, `rate_limit` (10/s by default), `rate_limiter`,
    `transport`, `http_client`, `max_in_flight`) are `pulsetrail.ClientOptions`.

    Every operation is a typed method of a namespace named after its section: `await a360.flows.get_flow(42)`,
    `await a360.email.get_email_stats(467511)`, `async for flow in a360.flows.list_flows(): ...`.
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        api_key: str | None = None,
        token_store: TokenStore | None = None,
        **options: Unpack[AsyncOptions],
    ) -> None:
        self.auth = SendPulseAuth(
            client_id=client_id, client_secret=client_secret, api_key=api_key, token_store=token_store
        )
        super().__init__(auth=self.auth, **_A360_SETUP, **options)
        self.auth.bind(self._unauthenticated_http)

    # unasync: begin (scripts/unasync.py writes SyncA360's twin of what follows into _sync_a360.py)
    @cached_property
    def flows(self) -> FlowsNamespace:
        """The flow operations; called (`a360.flows()`), every flow of the account."""
        return FlowsNamespace(self)

    async def flow(self, flow_id: int) -> FlowDetails:
        """One flow with its elements (`flows[]`, each with its element ID and `af_type`) and totals."""
        check_id("flow_id", flow_id)
        return await self.flows.get_flow(flow_id)

    @overload
    async def stats(
        self, element_type: _Start, element_id: int, **window: Unpack[StatsWindow]
    ) -> StartStatsResponse | None: ...
    @overload
    async def stats(
        self, element_type: _Condition, element_id: int, **window: Unpack[StatsWindow]
    ) -> ConditionStatsResponse | None: ...
    @overload
    async def stats(
        self, element_type: _Email, element_id: int, **window: Unpack[StatsWindow]
    ) -> EmailStatsResponse | None: ...
    @overload
    async def stats(
        self, element_type: _Sms, element_id: int, **window: Unpack[StatsWindow]
    ) -> SmsStatsResponse | None: ...
    @overload
    async def stats(
        self, element_type: _Push, element_id: int, **window: Unpack[StatsWindow]
    ) -> PushStatsResponse | None: ...
    @overload
    async def stats(
        self, element_type: _Messenger, element_id: int, **window: Unpack[StatsWindow]
    ) -> MessengerStatsResponse | None: ...
    @overload
    async def stats(
        self, element_type: _Action, element_id: int, **window: Unpack[StatsWindow]
    ) -> ActionStatsResponse | None: ...
    @overload
    async def stats(
        self, element_type: _Filter, element_id: int, **window: Unpack[StatsWindow]
    ) -> FilterStatsResponse | None: ...
    @overload
    async def stats(
        self, element_type: _Goal, element_id: int, **window: Unpack[StatsWindow]
    ) -> GoalStatsResponse | None: ...
    @overload
    async def stats(
        self, element_type: A360ElementType | str, element_id: int, **window: Unpack[StatsWindow]
    ) -> Any: ...
    async def stats(self, element_type: A360ElementType | str, element_id: int, **window: Unpack[StatsWindow]) -> Any:
        """An element's statistics: all-time, or for a date window when a bound is given (`send_date_from`,
        `send_date_to`: a date, a datetime or an ISO string; see `StatsWindow`). `element_type` is an
        `A360ElementType` or its name: "start", "condition", "email", "sms", "push", "messenger", "action",
        "filter" or "goal" (A360's own "maintrigger" and "trigger" work too, as does an element's `af_type`).
        Returns the element type's stats model (`EmailStatsResponse` for "email"...), its counters as integers
        whether A360 sent `10` or `"10"`, or None when A360 answers 404 "no data"."""
        method, arguments = _stats_call(self, element_type, element_id, **window)
        try:
            return _with_int_counters(await method(element_id, **arguments))
        except NoDataError:
            return None

    @overload
    def addresses(
        self, element_type: _Start, element_id: int, **options: Unpack[AddressOptions]
    ) -> AsyncPaginator[StartAddress, StartAddressList]: ...
    @overload
    def addresses(
        self, element_type: _Email, element_id: int, **options: Unpack[AddressOptions]
    ) -> AsyncPaginator[EmailAddress, EmailAddressList]: ...
    @overload
    def addresses(
        self, element_type: _Sms, element_id: int, **options: Unpack[AddressOptions]
    ) -> AsyncPaginator[SmsAddress, SmsAddressList]: ...
    @overload
    def addresses(
        self, element_type: _Push, element_id: int, **options: Unpack[AddressOptions]
    ) -> AsyncPaginator[PushAddress, PushAddressList]: ...
    @overload
    def addresses(
        self, element_type: _Operator, element_id: int, **options: Unpack[AddressOptions]
    ) -> AsyncPaginator[FlowOperatorAddress, FlowOperatorAddressList]: ...
    @overload
    def addresses(
        self, element_type: A360ElementType | str, element_id: int, **options: Unpack[AddressOptions]
    ) -> AsyncPaginator[Any, Any]: ...
    def addresses(
        self, element_type: A360ElementType | str, element_id: int, **options: Unpack[AddressOptions]
    ) -> AsyncPaginator[Any, Any]:
        """Every contact that passed through an element (recipients of an Email/SMS/Push element, contacts that
        started the flow, or passed a Condition/Goal/Action/Filter), page after page (`page_size` a page, at most
        `max_items`; see `AddressOptions`). `element_type` is an `A360ElementType` or its name: "start", "email",
        "sms", "push", "condition", "goal", "action" or "filter" ("maintrigger" and "trigger" work too).
        `sort_direction` is sent as given (SendPulse's docs describe asc/desc the other way round); `sort_field`
        names the field to sort by."""
        paginator: AsyncPaginator[Any, Any] = _addresses(self, element_type, element_id, **options)
        return paginator

    async def send_event(
        self,
        event_name: str,
        *,
        email: str | None = None,
        phone: str | None = None,
        variables: Mapping[str, Any] | None = None,
        automation_id: int | None = None,
    ) -> SendEventResult:
        """Send an event for one contact (starting the flows that wait for it). `email` and/or `phone` is needed;
        `automation_id` (a flow ID) routes it to one flow when several share the event. Returns the server's answer
        (`result`, and its `message` when it gives one); an answer without `result` raises `ResponseParseError`.
        The request is not retried after it may have reached the server (events are not idempotent)."""
        body = _event_request(event_name, email, phone, variables, automation_id)
        return _event_answer(await self.events.send_event(event_name, body=body))

    async def delete_event_logs(
        self, *, event_id: int | str | None = None, email: str | None = None, phone: str | None = None
    ) -> DeleteEventLogResult:
        """Delete received events from the logs: by `event_id`, by contact (`email`/`phone`), or both."""
        return await self.events.delete_event_logs(body=_delete_request(event_id, email, phone))

    # unasync: end


def _counters_as_int(stats: Any) -> None:
    """A360 sends counters as `10` in one call and `"10"` in another: make every numeric string counter an int."""
    import attrs

    for name in attrs.fields_dict(type(stats)):
        value = getattr(stats, name)
        if isinstance(value, str) and name != "last_send" and value.lstrip("-").isdigit():
            setattr(stats, name, int(value))


def _element_type(
    value: A360ElementType | str, table: Mapping[A360ElementType, object], missing: str
) -> A360ElementType:
    names = ", ".join(kind.name.lower() for kind in table)  # pulsetrail's words; A360ElementType reads both
    kind = A360ElementType(value) if isinstance(value, str) else value
    if not isinstance(kind, A360ElementType) or not kind.is_known:
        raise InvalidInputError("element_type", value, f"is not an A360 element type; one of {names}")
    if kind not in table:
        raise InvalidInputError("element_type", value, f"{missing}; one of {names}")
    return kind


def _check_contact(email: str | None, phone: str | None) -> None:
    if email is None and phone is None:
        raise InvalidInputError("email", None, "give email and/or phone")
    if email is not None and (not isinstance(email, str) or "@" not in email):
        raise InvalidInputError("email", email, "must be an email address")
    if phone is not None and (not isinstance(phone, str) or not phone.strip().lstrip("+").isdigit()):
        raise InvalidInputError("phone", phone, "must be a phone number as a string of digits")


# What the helpers decide without I/O, shared by `A360` and `SyncA360`: the calls are the namespaces' own methods.


def _stats_call(
    client: Any,
    element_type: A360ElementType | str,
    element_id: int,
    *,
    send_date_from: DateInput | None = None,
    send_date_to: DateInput | None = None,
) -> tuple[Any, dict[str, Any]]:
    """The namespace method that answers an element's statistics, and its arguments besides the element ID."""
    kind = _element_type(element_type, STATS, "has no statistics")
    check_id("element_id", element_id)
    tag, all_time, for_period = STATS[kind]
    namespace = getattr(client, tag)
    if send_date_from is None and send_date_to is None:
        return getattr(namespace, all_time), {}
    window = date_filter(send_date_from=send_date_from, send_date_to=send_date_to)
    return getattr(namespace, for_period), {"filter_": window}


def _with_int_counters(result: Any) -> Any:
    _counters_as_int(result.data)
    return result


def _addresses(
    client: Any,
    element_type: A360ElementType | str,
    element_id: int,
    *,
    sort_direction: SortDirection | str | None = None,
    sort_field: str | None = None,
    page_size: int = MAX_PAGE_SIZE,
    max_items: int | None = None,
) -> Any:
    """The paginator (of the client's kind) of an element's addresses: its namespace list method, called."""
    from sendpulse_a360_api.types import UNSET

    kind = _element_type(element_type, ADDRESSES, "has no address list")
    check_id("element_id", element_id)
    check_page_size(page_size)
    direction: SortDirection | Unset = UNSET
    if sort_direction is not None:
        try:
            direction = SortDirection(sort_direction)
        except ValueError:
            raise InvalidInputError("sort_direction", sort_direction, "must be 'asc' or 'desc'") from None
    tag, operation = ADDRESSES[kind]
    arguments = {
        "limit": page_size,
        "sort_direction": direction,
        "sort_field": sort_field if sort_field is not None else UNSET,
    }
    paginator = getattr(getattr(client, tag), operation)(element_id, **arguments)
    return paginator if max_items is None else paginator.take(max_items)


def _event_request(
    event_name: str,
    email: str | None,
    phone: str | None,
    variables: Mapping[str, Any] | None,
    automation_id: int | None,
) -> SendEventRequest:
    from sendpulse_a360_api.models import SendEventRequest
    from sendpulse_a360_api.types import UNSET

    if not isinstance(event_name, str) or not event_name.strip() or "/" in event_name:
        raise InvalidInputError("event_name", event_name, "must be a non-empty event name without '/'")
    _check_contact(email, phone)
    if automation_id is not None:
        check_id("automation_id", automation_id)
    body = SendEventRequest(
        email=email if email is not None else UNSET,
        phone=phone if phone is not None else UNSET,
        automation_id=automation_id if automation_id is not None else UNSET,
    )
    for key, value in (variables or {}).items():
        if key in {"email", "phone", "automation_id"}:
            raise InvalidInputError(f"variables[{key!r}]", value, f"pass {key} as its own argument")
        body[key] = value
    return body


def _event_answer(result: SendEventResult) -> SendEventResult:
    if is_unset(result.result):
        raise ResponseParseError("send_event: the answer has no `result`, so the event may not have been accepted")
    return result


def _delete_request(event_id: int | str | None, email: str | None, phone: str | None) -> DeleteEventLogRequest:
    from sendpulse_a360_api.models import DeleteEventLogRequest
    from sendpulse_a360_api.types import UNSET

    if event_id is None and email is None and phone is None:
        raise InvalidInputError("event_id", None, "give event_id, email and/or phone")
    if email is not None or phone is not None:
        _check_contact(email, phone)
    return DeleteEventLogRequest(
        event_id=event_id if event_id is not None else UNSET,
        email=email if email is not None else UNSET,
        phone=phone if phone is not None else UNSET,
    )
