from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
    member_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/groups/{id}/members/{member_id}".format(
            id=quote(str(id), safe=""),
            member_id=quote(str(member_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

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
) -> Response[Contact | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    member_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Contact | ErrorResponse]:
    """Check whether a contact is a member of a group

     Returns the contact when it is a member of the group. A `404` means the contact is not a member (it
    was
    removed, deleted, or never in the group or the account). The official guide calls the last path
    segment the
    contact id; the shape of the `200` body is not documented and is assumed to be the contact
    (inferred).

    Args:
        id (int):
        member_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        member_id=member_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    member_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Contact | ErrorResponse | None:
    """Check whether a contact is a member of a group

     Returns the contact when it is a member of the group. A `404` means the contact is not a member (it
    was
    removed, deleted, or never in the group or the account). The official guide calls the last path
    segment the
    contact id; the shape of the `200` body is not documented and is assumed to be the contact
    (inferred).

    Args:
        id (int):
        member_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorResponse
    """

    return sync_detailed(
        id=id,
        member_id=member_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    member_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Contact | ErrorResponse]:
    """Check whether a contact is a member of a group

     Returns the contact when it is a member of the group. A `404` means the contact is not a member (it
    was
    removed, deleted, or never in the group or the account). The official guide calls the last path
    segment the
    contact id; the shape of the `200` body is not documented and is assumed to be the contact
    (inferred).

    Args:
        id (int):
        member_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        member_id=member_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    member_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Contact | ErrorResponse | None:
    """Check whether a contact is a member of a group

     Returns the contact when it is a member of the group. A `404` means the contact is not a member (it
    was
    removed, deleted, or never in the group or the account). The official guide calls the last path
    segment the
    contact id; the shape of the `200` body is not documented and is assumed to be the contact
    (inferred).

    Args:
        id (int):
        member_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            member_id=member_id,
            client=client,
        )
    ).parsed
