from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_input import ContactInput
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ContactInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/contacts",
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
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput,
) -> Response[Contact | ErrorResponse]:
    """Create a contact

     Creates a contact and returns it with its id. The body needs `email` or `sms` (at least one); every
    other
    field is optional. **A contact created here belongs to no group**, so no email or SMS can be sent to
    it until
    it is added to a group (`add_group_member`) or imported into one (`import_contacts`). Public clients
    also use
    this call as an upsert by email and read the existing contact's `id` from the answer.

    Args:
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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput,
) -> Contact | ErrorResponse | None:
    """Create a contact

     Creates a contact and returns it with its id. The body needs `email` or `sms` (at least one); every
    other
    field is optional. **A contact created here belongs to no group**, so no email or SMS can be sent to
    it until
    it is added to a group (`add_group_member`) or imported into one (`import_contacts`). Public clients
    also use
    this call as an upsert by email and read the existing contact's `id` from the answer.

    Args:
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
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput,
) -> Response[Contact | ErrorResponse]:
    """Create a contact

     Creates a contact and returns it with its id. The body needs `email` or `sms` (at least one); every
    other
    field is optional. **A contact created here belongs to no group**, so no email or SMS can be sent to
    it until
    it is added to a group (`add_group_member`) or imported into one (`import_contacts`). Public clients
    also use
    this call as an upsert by email and read the existing contact's `id` from the answer.

    Args:
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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput,
) -> Contact | ErrorResponse | None:
    """Create a contact

     Creates a contact and returns it with its id. The body needs `email` or `sms` (at least one); every
    other
    field is optional. **A contact created here belongs to no group**, so no email or SMS can be sent to
    it until
    it is added to a group (`add_group_member`) or imported into one (`import_contacts`). Public clients
    also use
    this call as an upsert by email and read the existing contact's `id` from the answer.

    Args:
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
            client=client,
            body=body,
        )
    ).parsed
