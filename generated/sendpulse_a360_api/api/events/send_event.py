from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.send_event_request import SendEventRequest
from ...models.send_event_result import SendEventResult
from ...types import Response


def _get_kwargs(
    event_name: str,
    *,
    body: SendEventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/events/name/{event_name}".format(
            event_name=quote(str(event_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SendEventResult | None:
    if response.status_code == 200:
        response_200 = SendEventResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SendEventResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendEventRequest,
) -> Response[ErrorResponse | SendEventResult]:
    """Send an event to start or route flows

     Sends an event for one contact, starting the flows whose Start element waits for this event (the
    authorized "REST API POST" URL of the event in Events Manager). The body holds the contact's `email`
    and/or `phone` (at least one, as strings), an optional `automation_id` (a flow ID: the data goes
    only to
    that flow when several flows share the event), and any event variables, including arrays such as
    product
    lists, used to personalize the flow's messages.

    The account may add at most 100,000 contacts per day to all its flow starts (reset at 00:00 in the
    account's time zone). An unauthenticated variant (`POST
    https://events.sendpulse.com/events/id/{hash}/{id}`)
    exists on another host and is not described here. The response shape comes from client code (a test
    mock),
    not from a captured reply.

    Args:
        event_name (str):
        body (SendEventRequest): An event for one contact: `email` and/or `phone` (at least one,
            as strings: the body is a
            `SendEventWithEmail` or a `SendEventWithPhone`, or both), an optional `automation_id`, and
            any event
            variables (strings, numbers, arrays of objects such as product lists).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendEventResult]
    """

    kwargs = _get_kwargs(
        event_name=event_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendEventRequest,
) -> ErrorResponse | SendEventResult | None:
    """Send an event to start or route flows

     Sends an event for one contact, starting the flows whose Start element waits for this event (the
    authorized "REST API POST" URL of the event in Events Manager). The body holds the contact's `email`
    and/or `phone` (at least one, as strings), an optional `automation_id` (a flow ID: the data goes
    only to
    that flow when several flows share the event), and any event variables, including arrays such as
    product
    lists, used to personalize the flow's messages.

    The account may add at most 100,000 contacts per day to all its flow starts (reset at 00:00 in the
    account's time zone). An unauthenticated variant (`POST
    https://events.sendpulse.com/events/id/{hash}/{id}`)
    exists on another host and is not described here. The response shape comes from client code (a test
    mock),
    not from a captured reply.

    Args:
        event_name (str):
        body (SendEventRequest): An event for one contact: `email` and/or `phone` (at least one,
            as strings: the body is a
            `SendEventWithEmail` or a `SendEventWithPhone`, or both), an optional `automation_id`, and
            any event
            variables (strings, numbers, arrays of objects such as product lists).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendEventResult
    """

    return sync_detailed(
        event_name=event_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    event_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendEventRequest,
) -> Response[ErrorResponse | SendEventResult]:
    """Send an event to start or route flows

     Sends an event for one contact, starting the flows whose Start element waits for this event (the
    authorized "REST API POST" URL of the event in Events Manager). The body holds the contact's `email`
    and/or `phone` (at least one, as strings), an optional `automation_id` (a flow ID: the data goes
    only to
    that flow when several flows share the event), and any event variables, including arrays such as
    product
    lists, used to personalize the flow's messages.

    The account may add at most 100,000 contacts per day to all its flow starts (reset at 00:00 in the
    account's time zone). An unauthenticated variant (`POST
    https://events.sendpulse.com/events/id/{hash}/{id}`)
    exists on another host and is not described here. The response shape comes from client code (a test
    mock),
    not from a captured reply.

    Args:
        event_name (str):
        body (SendEventRequest): An event for one contact: `email` and/or `phone` (at least one,
            as strings: the body is a
            `SendEventWithEmail` or a `SendEventWithPhone`, or both), an optional `automation_id`, and
            any event
            variables (strings, numbers, arrays of objects such as product lists).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendEventResult]
    """

    kwargs = _get_kwargs(
        event_name=event_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendEventRequest,
) -> ErrorResponse | SendEventResult | None:
    """Send an event to start or route flows

     Sends an event for one contact, starting the flows whose Start element waits for this event (the
    authorized "REST API POST" URL of the event in Events Manager). The body holds the contact's `email`
    and/or `phone` (at least one, as strings), an optional `automation_id` (a flow ID: the data goes
    only to
    that flow when several flows share the event), and any event variables, including arrays such as
    product
    lists, used to personalize the flow's messages.

    The account may add at most 100,000 contacts per day to all its flow starts (reset at 00:00 in the
    account's time zone). An unauthenticated variant (`POST
    https://events.sendpulse.com/events/id/{hash}/{id}`)
    exists on another host and is not described here. The response shape comes from client code (a test
    mock),
    not from a captured reply.

    Args:
        event_name (str):
        body (SendEventRequest): An event for one contact: `email` and/or `phone` (at least one,
            as strings: the body is a
            `SendEventWithEmail` or a `SendEventWithPhone`, or both), an optional `automation_id`, and
            any event
            variables (strings, numbers, arrays of objects such as product lists).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendEventResult
    """

    return (
        await asyncio_detailed(
            event_name=event_name,
            client=client,
            body=body,
        )
    ).parsed
