from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_event_log_request import DeleteEventLogRequest
from ...models.delete_event_log_result import DeleteEventLogResult
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteEventLogRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/a360/events/delete-log",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteEventLogResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeleteEventLogResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[DeleteEventLogResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteEventLogRequest,
) -> Response[DeleteEventLogResult | ErrorResponse]:
    """Delete received events from the event logs

     Deletes entries of the event logs. Give at least one of `event_id`, `email` and `phone`, or any
    combination:
    - `email` and/or `phone` without `event_id` delete every log entry with those values, of any event;
    - `event_id` alone deletes all the logs of that event;
    - `event_id` with `email` and/or `phone` deletes that event's entries for that contact.

    `event_id` is the event's ID from the Events Manager (the number in the URL `events/<id>` of the
    event's
    page), not a flow or element ID. (The seed's parameter table lost the name of the `email` row.)

    Args:
        body (DeleteEventLogRequest): Which event-log entries to delete: at least one of
            `event_id`, `email` and `phone`, in any combination
            (see `delete_event_logs`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteEventLogResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteEventLogRequest,
) -> DeleteEventLogResult | ErrorResponse | None:
    """Delete received events from the event logs

     Deletes entries of the event logs. Give at least one of `event_id`, `email` and `phone`, or any
    combination:
    - `email` and/or `phone` without `event_id` delete every log entry with those values, of any event;
    - `event_id` alone deletes all the logs of that event;
    - `event_id` with `email` and/or `phone` deletes that event's entries for that contact.

    `event_id` is the event's ID from the Events Manager (the number in the URL `events/<id>` of the
    event's
    page), not a flow or element ID. (The seed's parameter table lost the name of the `email` row.)

    Args:
        body (DeleteEventLogRequest): Which event-log entries to delete: at least one of
            `event_id`, `email` and `phone`, in any combination
            (see `delete_event_logs`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteEventLogResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteEventLogRequest,
) -> Response[DeleteEventLogResult | ErrorResponse]:
    """Delete received events from the event logs

     Deletes entries of the event logs. Give at least one of `event_id`, `email` and `phone`, or any
    combination:
    - `email` and/or `phone` without `event_id` delete every log entry with those values, of any event;
    - `event_id` alone deletes all the logs of that event;
    - `event_id` with `email` and/or `phone` deletes that event's entries for that contact.

    `event_id` is the event's ID from the Events Manager (the number in the URL `events/<id>` of the
    event's
    page), not a flow or element ID. (The seed's parameter table lost the name of the `email` row.)

    Args:
        body (DeleteEventLogRequest): Which event-log entries to delete: at least one of
            `event_id`, `email` and `phone`, in any combination
            (see `delete_event_logs`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteEventLogResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteEventLogRequest,
) -> DeleteEventLogResult | ErrorResponse | None:
    """Delete received events from the event logs

     Deletes entries of the event logs. Give at least one of `event_id`, `email` and `phone`, or any
    combination:
    - `email` and/or `phone` without `event_id` delete every log entry with those values, of any event;
    - `event_id` alone deletes all the logs of that event;
    - `event_id` with `email` and/or `phone` deletes that event's entries for that contact.

    `event_id` is the event's ID from the Events Manager (the number in the URL `events/<id>` of the
    event's
    page), not a flow or element ID. (The seed's parameter table lost the name of the `email` row.)

    Args:
        body (DeleteEventLogRequest): Which event-log entries to delete: at least one of
            `event_id`, `email` and `phone`, in any combination
            (see `delete_event_logs`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteEventLogResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
