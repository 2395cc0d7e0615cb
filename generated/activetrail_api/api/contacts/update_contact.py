from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_input import ContactInput
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: ContactInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/contacts/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
) -> Response[Contact | ErrorResponse]:
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
    body: ContactInput,
) -> Response[Contact | ErrorResponse]:
    """Update a contact

     Updates the contact's fields and returns the contact. Send only the fields to change. While the
    contact's
    `is_do_not_mail` is true its status cannot change (`405 MethodNotAllowedDoNotMail`); a new email or
    SMS number
    that already belongs to another contact answers `409 ResolveMergeNeeded`. OC reads the updated
    contact from
    the answer but also tolerates an empty body.

    Args:
        id (int):
        body (ContactInput): The contact fields a request sends (create, update, import, add to a
            group): all optional, but a new contact
            needs `email` or `sms`. The server-set fields of `Contact` (`id`, `state`,
            `date_created_utc`,
            `date_updated_utc`) are left out. The custom fields `ext1`..`ext25`, `date1`..`date5`,
            `num1`..`num5` and
            `encryptedext1`..`encryptedext4` hold the account's own contact fields (see `GET
            /api/account/contactFields`).
             Example: {'email': 'dana@example.com', 'sms': '0541234567', 'first_name': 'Dana',
            'last_name': 'Levi', 'status': 'Subscribed', 'ext1': 'VIP', 'num1': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorResponse]
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
    body: ContactInput,
) -> Contact | ErrorResponse | None:
    """Update a contact

     Updates the contact's fields and returns the contact. Send only the fields to change. While the
    contact's
    `is_do_not_mail` is true its status cannot change (`405 MethodNotAllowedDoNotMail`); a new email or
    SMS number
    that already belongs to another contact answers `409 ResolveMergeNeeded`. OC reads the updated
    contact from
    the answer but also tolerates an empty body.

    Args:
        id (int):
        body (ContactInput): The contact fields a request sends (create, update, import, add to a
            group): all optional, but a new contact
            needs `email` or `sms`. The server-set fields of `Contact` (`id`, `state`,
            `date_created_utc`,
            `date_updated_utc`) are left out. The custom fields `ext1`..`ext25`, `date1`..`date5`,
            `num1`..`num5` and
            `encryptedext1`..`encryptedext4` hold the account's own contact fields (see `GET
            /api/account/contactFields`).
             Example: {'email': 'dana@example.com', 'sms': '0541234567', 'first_name': 'Dana',
            'last_name': 'Levi', 'status': 'Subscribed', 'ext1': 'VIP', 'num1': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorResponse
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
    body: ContactInput,
) -> Response[Contact | ErrorResponse]:
    """Update a contact

     Updates the contact's fields and returns the contact. Send only the fields to change. While the
    contact's
    `is_do_not_mail` is true its status cannot change (`405 MethodNotAllowedDoNotMail`); a new email or
    SMS number
    that already belongs to another contact answers `409 ResolveMergeNeeded`. OC reads the updated
    contact from
    the answer but also tolerates an empty body.

    Args:
        id (int):
        body (ContactInput): The contact fields a request sends (create, update, import, add to a
            group): all optional, but a new contact
            needs `email` or `sms`. The server-set fields of `Contact` (`id`, `state`,
            `date_created_utc`,
            `date_updated_utc`) are left out. The custom fields `ext1`..`ext25`, `date1`..`date5`,
            `num1`..`num5` and
            `encryptedext1`..`encryptedext4` hold the account's own contact fields (see `GET
            /api/account/contactFields`).
             Example: {'email': 'dana@example.com', 'sms': '0541234567', 'first_name': 'Dana',
            'last_name': 'Levi', 'status': 'Subscribed', 'ext1': 'VIP', 'num1': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorResponse]
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
    body: ContactInput,
) -> Contact | ErrorResponse | None:
    """Update a contact

     Updates the contact's fields and returns the contact. Send only the fields to change. While the
    contact's
    `is_do_not_mail` is true its status cannot change (`405 MethodNotAllowedDoNotMail`); a new email or
    SMS number
    that already belongs to another contact answers `409 ResolveMergeNeeded`. OC reads the updated
    contact from
    the answer but also tolerates an empty body.

    Args:
        id (int):
        body (ContactInput): The contact fields a request sends (create, update, import, add to a
            group): all optional, but a new contact
            needs `email` or `sms`. The server-set fields of `Contact` (`id`, `state`,
            `date_created_utc`,
            `date_updated_utc`) are left out. The custom fields `ext1`..`ext25`, `date1`..`date5`,
            `num1`..`num5` and
            `encryptedext1`..`encryptedext4` hold the account's own contact fields (see `GET
            /api/account/contactFields`).
             Example: {'email': 'dana@example.com', 'sms': '0541234567', 'first_name': 'Dana',
            'last_name': 'Levi', 'status': 'Subscribed', 'ext1': 'VIP', 'num1': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
