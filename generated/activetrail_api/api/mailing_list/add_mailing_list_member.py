from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.mailing_list_contact import MailingListContact
from ...models.mailing_list_contact_input import MailingListContactInput
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: MailingListContactInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/mailinglist/{id}/members".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MailingListContact | None:
    if response.status_code == 200:
        response_200 = MailingListContact.from_dict(response.json())

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

    if response.status_code == 405:
        response_405 = ErrorResponse.from_dict(response.json())

        return response_405

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MailingListContact]:
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
    body: MailingListContactInput,
) -> Response[ErrorResponse | MailingListContact]:
    """Add a contact to a mailing list

     Adds a contact to the mailing list and to the groups in `GroupIds` (required), creating the contact
    when it
    does not exist yet. The body is the PascalCase `MailingListContactDTO` of the official page; `Email`
    is required
    when `SMS` is null and `SMS` when `Email` is null. The response body is not in the stored copy of
    the page: it
    is assumed to echo the member with its `Id` (inferred).

    Args:
        id (int):
        body (MailingListContactInput): `MailingListContactDTO`, the official body of
            `add_mailing_list_member`. Unlike the rest of the API its field
            names are PascalCase, except `status` and `sms_status`. `Email` is required when `SMS` is
            null (and `SMS` when
            `Email` is null). The stored copy of the official page is cut off after `Ext17`:
            `Ext18`-`Ext25` follow its
            pattern, and `Date1`-`Date5` and `Num1`-`Num5` are inferred from the other contact bodies
            (public client code
            sends `date1`..`date5` and `num1`..`num5` to this endpoint).
             Example: {'GroupIds': [1201], 'Email': 'dana@example.com', 'FirstName': 'Dana', 'status':
            'Subscribed'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MailingListContact]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MailingListContactInput,
) -> ErrorResponse | MailingListContact | None:
    """Add a contact to a mailing list

     Adds a contact to the mailing list and to the groups in `GroupIds` (required), creating the contact
    when it
    does not exist yet. The body is the PascalCase `MailingListContactDTO` of the official page; `Email`
    is required
    when `SMS` is null and `SMS` when `Email` is null. The response body is not in the stored copy of
    the page: it
    is assumed to echo the member with its `Id` (inferred).

    Args:
        id (int):
        body (MailingListContactInput): `MailingListContactDTO`, the official body of
            `add_mailing_list_member`. Unlike the rest of the API its field
            names are PascalCase, except `status` and `sms_status`. `Email` is required when `SMS` is
            null (and `SMS` when
            `Email` is null). The stored copy of the official page is cut off after `Ext17`:
            `Ext18`-`Ext25` follow its
            pattern, and `Date1`-`Date5` and `Num1`-`Num5` are inferred from the other contact bodies
            (public client code
            sends `date1`..`date5` and `num1`..`num5` to this endpoint).
             Example: {'GroupIds': [1201], 'Email': 'dana@example.com', 'FirstName': 'Dana', 'status':
            'Subscribed'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MailingListContact
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MailingListContactInput,
) -> Response[ErrorResponse | MailingListContact]:
    """Add a contact to a mailing list

     Adds a contact to the mailing list and to the groups in `GroupIds` (required), creating the contact
    when it
    does not exist yet. The body is the PascalCase `MailingListContactDTO` of the official page; `Email`
    is required
    when `SMS` is null and `SMS` when `Email` is null. The response body is not in the stored copy of
    the page: it
    is assumed to echo the member with its `Id` (inferred).

    Args:
        id (int):
        body (MailingListContactInput): `MailingListContactDTO`, the official body of
            `add_mailing_list_member`. Unlike the rest of the API its field
            names are PascalCase, except `status` and `sms_status`. `Email` is required when `SMS` is
            null (and `SMS` when
            `Email` is null). The stored copy of the official page is cut off after `Ext17`:
            `Ext18`-`Ext25` follow its
            pattern, and `Date1`-`Date5` and `Num1`-`Num5` are inferred from the other contact bodies
            (public client code
            sends `date1`..`date5` and `num1`..`num5` to this endpoint).
             Example: {'GroupIds': [1201], 'Email': 'dana@example.com', 'FirstName': 'Dana', 'status':
            'Subscribed'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MailingListContact]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MailingListContactInput,
) -> ErrorResponse | MailingListContact | None:
    """Add a contact to a mailing list

     Adds a contact to the mailing list and to the groups in `GroupIds` (required), creating the contact
    when it
    does not exist yet. The body is the PascalCase `MailingListContactDTO` of the official page; `Email`
    is required
    when `SMS` is null and `SMS` when `Email` is null. The response body is not in the stored copy of
    the page: it
    is assumed to echo the member with its `Id` (inferred).

    Args:
        id (int):
        body (MailingListContactInput): `MailingListContactDTO`, the official body of
            `add_mailing_list_member`. Unlike the rest of the API its field
            names are PascalCase, except `status` and `sms_status`. `Email` is required when `SMS` is
            null (and `SMS` when
            `Email` is null). The stored copy of the official page is cut off after `Ext17`:
            `Ext18`-`Ext25` follow its
            pattern, and `Date1`-`Date5` and `Num1`-`Num5` are inferred from the other contact bodies
            (public client code
            sends `date1`..`date5` and `num1`..`num5` to this endpoint).
             Example: {'GroupIds': [1201], 'Email': 'dana@example.com', 'FirstName': 'Dana', 'status':
            'Subscribed'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MailingListContact
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
