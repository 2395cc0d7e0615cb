from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.mailing_list import MailingList
from ...models.mailing_list_create import MailingListCreate
from ...types import Response


def _get_kwargs(
    *,
    body: MailingListCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/mailinglist",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MailingList | None:
    if response.status_code == 200:
        response_200 = MailingList.from_dict(response.json())

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
) -> Response[ErrorResponse | MailingList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MailingListCreate,
) -> Response[ErrorResponse | MailingList]:
    """Create a mailing list

     Creates a mailing list and returns it with its new id.

    Args:
        body (MailingListCreate): The body of `create_mailing_list`, the new list's name (the
            server sets the `id`). Example: {'name': 'Event attendees'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MailingList]
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
    body: MailingListCreate,
) -> ErrorResponse | MailingList | None:
    """Create a mailing list

     Creates a mailing list and returns it with its new id.

    Args:
        body (MailingListCreate): The body of `create_mailing_list`, the new list's name (the
            server sets the `id`). Example: {'name': 'Event attendees'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MailingList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MailingListCreate,
) -> Response[ErrorResponse | MailingList]:
    """Create a mailing list

     Creates a mailing list and returns it with its new id.

    Args:
        body (MailingListCreate): The body of `create_mailing_list`, the new list's name (the
            server sets the `id`). Example: {'name': 'Event attendees'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MailingList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MailingListCreate,
) -> ErrorResponse | MailingList | None:
    """Create a mailing list

     Creates a mailing list and returns it with its new id.

    Args:
        body (MailingListCreate): The body of `create_mailing_list`, the new list's name (the
            server sets the `id`). Example: {'name': 'Event attendees'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MailingList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
