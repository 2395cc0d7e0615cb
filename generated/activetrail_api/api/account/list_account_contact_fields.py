from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_contact_field import AccountContactField
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["FieldsType"] = fields_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/account/contactFields",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[AccountContactField] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AccountContactField.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[AccountContactField]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields_type: str | Unset = UNSET,
) -> Response[ErrorResponse | list[AccountContactField]]:
    """List the account's contact fields, filtered by field type

     Returns the account's contact fields (the standard ones and the custom
    `ext`/`date`/`num`/`encryptedext`
    fields), optionally only those of one type.

    **Response shape inferred:** no source shows the items' fields. The field names below are our guess
    from
    the operation's purpose; every field is optional and the raw item is kept by the SDK.

    Args:
        fields_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AccountContactField]]
    """

    kwargs = _get_kwargs(
        fields_type=fields_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    fields_type: str | Unset = UNSET,
) -> ErrorResponse | list[AccountContactField] | None:
    """List the account's contact fields, filtered by field type

     Returns the account's contact fields (the standard ones and the custom
    `ext`/`date`/`num`/`encryptedext`
    fields), optionally only those of one type.

    **Response shape inferred:** no source shows the items' fields. The field names below are our guess
    from
    the operation's purpose; every field is optional and the raw item is kept by the SDK.

    Args:
        fields_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AccountContactField]
    """

    return sync_detailed(
        client=client,
        fields_type=fields_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields_type: str | Unset = UNSET,
) -> Response[ErrorResponse | list[AccountContactField]]:
    """List the account's contact fields, filtered by field type

     Returns the account's contact fields (the standard ones and the custom
    `ext`/`date`/`num`/`encryptedext`
    fields), optionally only those of one type.

    **Response shape inferred:** no source shows the items' fields. The field names below are our guess
    from
    the operation's purpose; every field is optional and the raw item is kept by the SDK.

    Args:
        fields_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AccountContactField]]
    """

    kwargs = _get_kwargs(
        fields_type=fields_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields_type: str | Unset = UNSET,
) -> ErrorResponse | list[AccountContactField] | None:
    """List the account's contact fields, filtered by field type

     Returns the account's contact fields (the standard ones and the custom
    `ext`/`date`/`num`/`encryptedext`
    fields), optionally only those of one type.

    **Response shape inferred:** no source shows the items' fields. The field names below are our guess
    from
    the operation's purpose; every field is optional and the raw item is kept by the SDK.

    Args:
        fields_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AccountContactField]
    """

    return (
        await asyncio_detailed(
            client=client,
            fields_type=fields_type,
        )
    ).parsed
