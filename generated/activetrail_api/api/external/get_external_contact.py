from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    external_id: str,
    *,
    external_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["externalName"] = external_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/external/contact/{external_id}".format(
            external_id=quote(str(external_id), safe=""),
        ),
        "params": params,
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
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    external_name: str,
) -> Response[Contact | ErrorResponse]:
    """Get a contact by its external id and name

     **Inferred path:** the pattern of COR's `PUT /api/external/contact/{externalId}?externalName=` (no
    source
    shows the GET). Returns the contact mapped to this external id and external name. If the id and the
    name do
    not match each other, the answer is empty. **Inferred shape:** the `Contact` of the Contacts
    section.

    Args:
        external_id (str):
        external_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorResponse]
    """

    kwargs = _get_kwargs(
        external_id=external_id,
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
    external_name: str,
) -> Contact | ErrorResponse | None:
    """Get a contact by its external id and name

     **Inferred path:** the pattern of COR's `PUT /api/external/contact/{externalId}?externalName=` (no
    source
    shows the GET). Returns the contact mapped to this external id and external name. If the id and the
    name do
    not match each other, the answer is empty. **Inferred shape:** the `Contact` of the Contacts
    section.

    Args:
        external_id (str):
        external_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorResponse
    """

    return sync_detailed(
        external_id=external_id,
        client=client,
        external_name=external_name,
    ).parsed


async def asyncio_detailed(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    external_name: str,
) -> Response[Contact | ErrorResponse]:
    """Get a contact by its external id and name

     **Inferred path:** the pattern of COR's `PUT /api/external/contact/{externalId}?externalName=` (no
    source
    shows the GET). Returns the contact mapped to this external id and external name. If the id and the
    name do
    not match each other, the answer is empty. **Inferred shape:** the `Contact` of the Contacts
    section.

    Args:
        external_id (str):
        external_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorResponse]
    """

    kwargs = _get_kwargs(
        external_id=external_id,
        external_name=external_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    external_name: str,
) -> Contact | ErrorResponse | None:
    """Get a contact by its external id and name

     **Inferred path:** the pattern of COR's `PUT /api/external/contact/{externalId}?externalName=` (no
    source
    shows the GET). Returns the contact mapped to this external id and external name. If the id and the
    name do
    not match each other, the answer is empty. **Inferred shape:** the `Contact` of the Contacts
    section.

    Args:
        external_id (str):
        external_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorResponse
    """

    return (
        await asyncio_detailed(
            external_id=external_id,
            client=client,
            external_name=external_name,
        )
    ).parsed
