from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commerce_order_schema_field import CommerceOrderSchemaField
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/commerce/schema",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[CommerceOrderSchemaField] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CommerceOrderSchemaField.from_dict(
                response_200_item_data
            )

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
) -> Response[ErrorResponse | list[CommerceOrderSchemaField]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[CommerceOrderSchemaField]]:
    """Get the order fields' schema

     Returns the order fields with their types and the account's custom names for the extra fields. Not a
    seed
    line. **Inferred shape:** no source shows the body; from COR's description ("available order fields,
    their
    types, and custom names") it is modelled as a bare array with one `CommerceOrderSchemaField` per
    order
    field, like `list_account_contact_fields`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[CommerceOrderSchemaField]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[CommerceOrderSchemaField] | None:
    """Get the order fields' schema

     Returns the order fields with their types and the account's custom names for the extra fields. Not a
    seed
    line. **Inferred shape:** no source shows the body; from COR's description ("available order fields,
    their
    types, and custom names") it is modelled as a bare array with one `CommerceOrderSchemaField` per
    order
    field, like `list_account_contact_fields`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[CommerceOrderSchemaField]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[CommerceOrderSchemaField]]:
    """Get the order fields' schema

     Returns the order fields with their types and the account's custom names for the extra fields. Not a
    seed
    line. **Inferred shape:** no source shows the body; from COR's description ("available order fields,
    their
    types, and custom names") it is modelled as a bare array with one `CommerceOrderSchemaField` per
    order
    field, like `list_account_contact_fields`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[CommerceOrderSchemaField]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[CommerceOrderSchemaField] | None:
    """Get the order fields' schema

     Returns the order fields with their types and the account's custom names for the extra fields. Not a
    seed
    line. **Inferred shape:** no source shows the body; from COR's description ("available order fields,
    their
    types, and custom names") it is modelled as a bare array with one `CommerceOrderSchemaField` per
    order
    field, like `list_account_contact_fields`. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[CommerceOrderSchemaField]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
