import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.group_event import GroupEvent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    event_type: str | Unset = UNSET,
    created_from_date: datetime.date | Unset = UNSET,
    created_to_date: datetime.date | Unset = UNSET,
    event_from_date: datetime.date | Unset = UNSET,
    event_to_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["EventType"] = event_type

    json_created_from_date: str | Unset = UNSET
    if not isinstance(created_from_date, Unset):
        json_created_from_date = created_from_date.isoformat()
    params["CreatedFromDate"] = json_created_from_date

    json_created_to_date: str | Unset = UNSET
    if not isinstance(created_to_date, Unset):
        json_created_to_date = created_to_date.isoformat()
    params["CreatedToDate"] = json_created_to_date

    json_event_from_date: str | Unset = UNSET
    if not isinstance(event_from_date, Unset):
        json_event_from_date = event_from_date.isoformat()
    params["EventFromDate"] = json_event_from_date

    json_event_to_date: str | Unset = UNSET
    if not isinstance(event_to_date, Unset):
        json_event_to_date = event_to_date.isoformat()
    params["EventToDate"] = json_event_to_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/groups/{id}/events".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[GroupEvent] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GroupEvent.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[GroupEvent]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    event_type: str | Unset = UNSET,
    created_from_date: datetime.date | Unset = UNSET,
    created_to_date: datetime.date | Unset = UNSET,
    event_from_date: datetime.date | Unset = UNSET,
    event_to_date: datetime.date | Unset = UNSET,
) -> Response[ErrorResponse | list[GroupEvent]]:
    """List a group's events

     Returns the events (opens, clicks, unsubscribes...) of the group's contacts, optionally filtered by
    event type,
    by the date of the event and by the date the contact was created; when the dates are omitted the
    window is
    the last three months. **Inferred item shape:** no source shows an event; `GroupEvent` models what
    the
    filters and COR's description imply (the contact, the event's type and date, the contact's creation
    date),
    with names from the sibling report rows. Every field is optional.

    Args:
        id (int):
        event_type (str | Unset):
        created_from_date (datetime.date | Unset):
        created_to_date (datetime.date | Unset):
        event_from_date (datetime.date | Unset):
        event_to_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[GroupEvent]]
    """

    kwargs = _get_kwargs(
        id=id,
        event_type=event_type,
        created_from_date=created_from_date,
        created_to_date=created_to_date,
        event_from_date=event_from_date,
        event_to_date=event_to_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    event_type: str | Unset = UNSET,
    created_from_date: datetime.date | Unset = UNSET,
    created_to_date: datetime.date | Unset = UNSET,
    event_from_date: datetime.date | Unset = UNSET,
    event_to_date: datetime.date | Unset = UNSET,
) -> ErrorResponse | list[GroupEvent] | None:
    """List a group's events

     Returns the events (opens, clicks, unsubscribes...) of the group's contacts, optionally filtered by
    event type,
    by the date of the event and by the date the contact was created; when the dates are omitted the
    window is
    the last three months. **Inferred item shape:** no source shows an event; `GroupEvent` models what
    the
    filters and COR's description imply (the contact, the event's type and date, the contact's creation
    date),
    with names from the sibling report rows. Every field is optional.

    Args:
        id (int):
        event_type (str | Unset):
        created_from_date (datetime.date | Unset):
        created_to_date (datetime.date | Unset):
        event_from_date (datetime.date | Unset):
        event_to_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[GroupEvent]
    """

    return sync_detailed(
        id=id,
        client=client,
        event_type=event_type,
        created_from_date=created_from_date,
        created_to_date=created_to_date,
        event_from_date=event_from_date,
        event_to_date=event_to_date,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    event_type: str | Unset = UNSET,
    created_from_date: datetime.date | Unset = UNSET,
    created_to_date: datetime.date | Unset = UNSET,
    event_from_date: datetime.date | Unset = UNSET,
    event_to_date: datetime.date | Unset = UNSET,
) -> Response[ErrorResponse | list[GroupEvent]]:
    """List a group's events

     Returns the events (opens, clicks, unsubscribes...) of the group's contacts, optionally filtered by
    event type,
    by the date of the event and by the date the contact was created; when the dates are omitted the
    window is
    the last three months. **Inferred item shape:** no source shows an event; `GroupEvent` models what
    the
    filters and COR's description imply (the contact, the event's type and date, the contact's creation
    date),
    with names from the sibling report rows. Every field is optional.

    Args:
        id (int):
        event_type (str | Unset):
        created_from_date (datetime.date | Unset):
        created_to_date (datetime.date | Unset):
        event_from_date (datetime.date | Unset):
        event_to_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[GroupEvent]]
    """

    kwargs = _get_kwargs(
        id=id,
        event_type=event_type,
        created_from_date=created_from_date,
        created_to_date=created_to_date,
        event_from_date=event_from_date,
        event_to_date=event_to_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    event_type: str | Unset = UNSET,
    created_from_date: datetime.date | Unset = UNSET,
    created_to_date: datetime.date | Unset = UNSET,
    event_from_date: datetime.date | Unset = UNSET,
    event_to_date: datetime.date | Unset = UNSET,
) -> ErrorResponse | list[GroupEvent] | None:
    """List a group's events

     Returns the events (opens, clicks, unsubscribes...) of the group's contacts, optionally filtered by
    event type,
    by the date of the event and by the date the contact was created; when the dates are omitted the
    window is
    the last three months. **Inferred item shape:** no source shows an event; `GroupEvent` models what
    the
    filters and COR's description imply (the contact, the event's type and date, the contact's creation
    date),
    with names from the sibling report rows. Every field is optional.

    Args:
        id (int):
        event_type (str | Unset):
        created_from_date (datetime.date | Unset):
        created_to_date (datetime.date | Unset):
        event_from_date (datetime.date | Unset):
        event_to_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[GroupEvent]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            event_type=event_type,
            created_from_date=created_from_date,
            created_to_date=created_to_date,
            event_from_date=event_from_date,
            event_to_date=event_to_date,
        )
    ).parsed
