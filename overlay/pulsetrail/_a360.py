"""`pulsetrail.A360`: the SendPulse Automation360 client."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx
from sendpulse_a360_api import Client as GeneratedA360Client
from sendpulse_a360_api.api.events import delete_event_logs, send_event
from sendpulse_a360_api.api.flows import get_flow, list_flows
from sendpulse_a360_api.models import (
    DeleteEventLogRequest,
    DeleteEventLogResult,
    FlowDetails,
    FlowListItem,
    SendEventRequest,
    SendEventResult,
    SortDirection,
)
from sendpulse_a360_api.types import UNSET

from ._a360_ops import ADDRESSES, STATS, address_operation, stats_operations
from ._auth import SendPulseAuth, TokenStore
from ._client import DEFAULT_MAX_IN_FLIGHT, DEFAULT_TIMEOUT, BaseClient, parsed_as
from ._enums import A360ElementType
from ._exceptions import (
    APIStatusError,
    InvalidInputError,
    NoDataError,
    check_id,
    error_name_of,
    parse_failures_as,
    status_error_class,
)
from ._filter import DateInput, date_filter
from ._pagination import MAX_PAGE_SIZE, AsyncPaginator, OffsetPaging
from ._retry import RetryPolicy
from ._throttle import Limiter

__all__ = ["A360"]

SENDPULSE_BASE_URL = "https://api.sendpulse.com"
SENDPULSE_RATE_LIMIT = 10.0  # requests per second, SendPulse's documented limit


def _classify(response: httpx.Response) -> type[APIStatusError]:
    if response.status_code == 404:
        return NoDataError  # A360 documents 404 as "no data for this request"
    return status_error_class(response.status_code, error_name_of(response))


class A360(BaseClient[GeneratedA360Client]):
    """An async client of the SendPulse Automation360 API.

    Give OAuth2 client credentials (`client_id` + `client_secret`; the token is fetched on first use, cached, and
    refreshed before it expires) or a static `api_key`, not both. Use it as an async context manager. At most
    `max_in_flight` requests are sent at once (over as many kept-alive connections); further calls wait their turn.
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        api_key: str | None = None,
        token_store: TokenStore | None = None,
        base_url: str = SENDPULSE_BASE_URL,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit: float | None = SENDPULSE_RATE_LIMIT,
        rate_limiter: Limiter | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
    ) -> None:
        self.auth = SendPulseAuth(
            client_id=client_id, client_secret=client_secret, api_key=api_key, token_store=token_store
        )
        super().__init__(
            base_url=base_url,
            auth=self.auth,
            generated=GeneratedA360Client(base_url=base_url),
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            rate_limiter=rate_limiter,
            transport=transport,
            http_client=http_client,
            classify=_classify,
            max_in_flight=max_in_flight,
        )
        self.auth.bind(self._unauthenticated_http)

    def paginate(
        self,
        operation: Callable[..., Awaitable[Any]],
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        items_field: str | None = None,
        max_items: int | None = None,
        **arguments: Any,
    ) -> AsyncPaginator[Any]:
        """Every item of any generated `limit`/`offset` operation: flows (`data`, no total), addresses (`data` +
        `total`), conversion lists (`items` + `total`). A 404 ("no data") ends the stream."""
        return super().paginate(
            operation,
            paging=OffsetPaging(),
            page_size=page_size,
            items_field=items_field,
            max_items=max_items,
            **arguments,
        )

    def flows(self, *, page_size: int = MAX_PAGE_SIZE) -> AsyncPaginator[FlowListItem]:
        """Every automation flow of the account."""
        return self.paginate(list_flows.asyncio_detailed, page_size=page_size)

    async def flow(self, flow_id: int) -> FlowDetails:
        """One flow with its elements (`flows[]`, each with its element ID and `af_type`) and totals."""
        check_id("flow_id", flow_id)
        with parse_failures_as("get_flow"):
            return parsed_as(await get_flow.asyncio_detailed(flow_id, client=self.client), FlowDetails)

    async def stats(
        self,
        element_type: A360ElementType | str,
        element_id: int,
        *,
        send_date_from: DateInput | None = None,
        send_date_to: DateInput | None = None,
    ) -> Any | None:
        """An element's statistics: all-time, or for a date window when a bound is given (built with
        `date_filter`). Returns the generated stats model, or None when A360 answers 404 "no data"."""
        operations = stats_operations(_element_type(element_type))
        if operations is None:
            raise InvalidInputError("element_type", element_type, f"has no statistics; one of {_names(STATS)}")
        check_id("element_id", element_id)
        all_time, for_period = operations
        window = None
        if send_date_from is not None or send_date_to is not None:
            window = date_filter(send_date_from=send_date_from, send_date_to=send_date_to)
        try:
            with parse_failures_as(f"{element_type} stats"):
                if window is None:
                    response = await all_time(element_id, client=self.client)
                else:
                    response = await for_period(element_id, client=self.client, filter_=window)
        except NoDataError:
            return None
        return response.parsed

    def addresses(
        self,
        element_type: A360ElementType | str,
        element_id: int,
        *,
        sort_direction: SortDirection | str | None = None,
        sort_field: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
        max_items: int | None = None,
    ) -> AsyncPaginator[Any]:
        """Every contact that passed through an element (recipients of an Email/SMS/Push element, contacts that
        started the flow, or passed a Condition/Goal/Action/Filter), page after page. `sort_direction` is sent as
        given (SendPulse's docs describe asc/desc the other way round)."""
        kind = _element_type(element_type)
        operation = address_operation(kind)
        if operation is None:
            raise InvalidInputError("element_type", element_type, f"has no address list; one of {_names(ADDRESSES)}")
        check_id("element_id", element_id)
        arguments: dict[str, Any] = {"id": element_id}
        if sort_direction is not None:
            try:
                arguments["sort_direction"] = SortDirection(sort_direction)
            except ValueError:
                raise InvalidInputError("sort_direction", sort_direction, "must be 'asc' or 'desc'") from None
        if sort_field is not None:
            arguments["sort_field"] = sort_field
        return self.paginate(operation, page_size=page_size, max_items=max_items, **arguments)

    async def send_event(
        self,
        event_name: str,
        *,
        email: str | None = None,
        phone: str | None = None,
        variables: Mapping[str, Any] | None = None,
        automation_id: int | None = None,
    ) -> bool:
        """Send an event for one contact (starting the flows that wait for it). `email` and/or `phone` is needed;
        `automation_id` (a flow ID) routes it to one flow when several share the event. Returns the server's
        `result`. The request is not retried after it may have reached the server (events are not idempotent)."""
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
        with parse_failures_as("send_event"):
            response = await send_event.asyncio_detailed(event_name, client=self.client, body=body)
            result = parsed_as(response, SendEventResult)
        return bool(result.result) if result.result is not UNSET else True

    async def delete_event_logs(
        self, *, event_id: int | str | None = None, email: str | None = None, phone: str | None = None
    ) -> DeleteEventLogResult:
        """Delete received events from the logs: by `event_id`, by contact (`email`/`phone`), or both."""
        if event_id is None and email is None and phone is None:
            raise InvalidInputError("event_id", None, "give event_id, email and/or phone")
        if email is not None or phone is not None:
            _check_contact(email, phone)
        body = DeleteEventLogRequest(
            event_id=event_id if event_id is not None else UNSET,
            email=email if email is not None else UNSET,
            phone=phone if phone is not None else UNSET,
        )
        with parse_failures_as("delete_event_logs"):
            response = await delete_event_logs.asyncio_detailed(client=self.client, body=body)
            return parsed_as(response, DeleteEventLogResult)


def _element_type(value: A360ElementType | str) -> A360ElementType:
    kind = A360ElementType(value) if isinstance(value, str) else value
    if not isinstance(kind, A360ElementType) or not kind.is_known:
        raise InvalidInputError("element_type", value, f"is not an A360 element type; one of {_names(STATS)}")
    return kind


def _names(table: Mapping[A360ElementType, object]) -> str:
    return ", ".join(sorted(kind.value for kind in table))


def _check_contact(email: str | None, phone: str | None) -> None:
    if email is None and phone is None:
        raise InvalidInputError("email", None, "give email and/or phone")
    if email is not None and (not isinstance(email, str) or "@" not in email):
        raise InvalidInputError("email", email, "must be an email address")
    if phone is not None and (not isinstance(phone, str) or not phone.strip().lstrip("+").isdigit()):
        raise InvalidInputError("phone", phone, "must be a phone number as a string of digits")
