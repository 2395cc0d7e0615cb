from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_input import ContactInput
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    external_id: str,
    *,
    body: ContactInput,
    external_name: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["externalName"] = external_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/external/contact/{external_id}".format(
            external_id=quote(str(external_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput,
    external_name: str,
) -> Response[Any | ErrorResponse]:
    """Update a contact by its external id and name

     Updates the fields of the contact mapped to this external id and external name; send only the fields
    to
    change. The success answer is not documented.

    Args:
        external_id (str):
        external_name (str):
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
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        external_id=external_id,
        body=body,
        external_name=external_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput,
    external_name: str,
) -> Any | ErrorResponse | None:
    """Update a contact by its external id and name

     Updates the fields of the contact mapped to this external id and external name; send only the fields
    to
    change. The success answer is not documented.

    Args:
        external_id (str):
        external_name (str):
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
        Any | ErrorResponse
    """

    return sync_detailed(
        external_id=external_id,
        client=client,
        body=body,
        external_name=external_name,
    ).parsed


async def asyncio_detailed(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput,
    external_name: str,
) -> Response[Any | ErrorResponse]:
    """Update a contact by its external id and name

     Updates the fields of the contact mapped to this external id and external name; send only the fields
    to
    change. The success answer is not documented.

    Args:
        external_id (str):
        external_name (str):
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
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        external_id=external_id,
        body=body,
        external_name=external_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput,
    external_name: str,
) -> Any | ErrorResponse | None:
    """Update a contact by its external id and name

     Updates the fields of the contact mapped to this external id and external name; send only the fields
    to
    change. The success answer is not documented.

    Args:
        external_id (str):
        external_name (str):
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
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            external_id=external_id,
            client=client,
            body=body,
            external_name=external_name,
        )
    ).parsed
