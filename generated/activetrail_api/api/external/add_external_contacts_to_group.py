from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.external_bulk_result import ExternalBulkResult
from ...models.external_contact_list import ExternalContactList
from ...types import Response


def _get_kwargs(
    group_id: int,
    *,
    body: ExternalContactList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/external/group/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExternalBulkResult | None:
    if response.status_code == 200:
        response_200 = ExternalBulkResult.from_dict(response.json())

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
) -> Response[ErrorResponse | ExternalBulkResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalContactList,
) -> Response[ErrorResponse | ExternalBulkResult]:
    """Add contacts to a group by external id and name

     **Inferred path:** the mirror of the official `POST /api/external/mailinglist/{mailinglistId}` and
    of COR's
    `DELETE /api/external/group/{groupId}`. Adds up to **1000 contacts per call**, each given by its
    external id
    and external name, to the group. Contacts that fail are reported in `contact_errors`; the others
    succeed.

    Args:
        group_id (int):
        body (ExternalContactList): A list of contacts given by external id and name (official
            `ExternalList`); at most 1000 per call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalBulkResult]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalContactList,
) -> ErrorResponse | ExternalBulkResult | None:
    """Add contacts to a group by external id and name

     **Inferred path:** the mirror of the official `POST /api/external/mailinglist/{mailinglistId}` and
    of COR's
    `DELETE /api/external/group/{groupId}`. Adds up to **1000 contacts per call**, each given by its
    external id
    and external name, to the group. Contacts that fail are reported in `contact_errors`; the others
    succeed.

    Args:
        group_id (int):
        body (ExternalContactList): A list of contacts given by external id and name (official
            `ExternalList`); at most 1000 per call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalBulkResult
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalContactList,
) -> Response[ErrorResponse | ExternalBulkResult]:
    """Add contacts to a group by external id and name

     **Inferred path:** the mirror of the official `POST /api/external/mailinglist/{mailinglistId}` and
    of COR's
    `DELETE /api/external/group/{groupId}`. Adds up to **1000 contacts per call**, each given by its
    external id
    and external name, to the group. Contacts that fail are reported in `contact_errors`; the others
    succeed.

    Args:
        group_id (int):
        body (ExternalContactList): A list of contacts given by external id and name (official
            `ExternalList`); at most 1000 per call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalBulkResult]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalContactList,
) -> ErrorResponse | ExternalBulkResult | None:
    """Add contacts to a group by external id and name

     **Inferred path:** the mirror of the official `POST /api/external/mailinglist/{mailinglistId}` and
    of COR's
    `DELETE /api/external/group/{groupId}`. Adds up to **1000 contacts per call**, each given by its
    external id
    and external name, to the group. Contacts that fail are reported in `contact_errors`; the others
    succeed.

    Args:
        group_id (int):
        body (ExternalContactList): A list of contacts given by external id and name (official
            `ExternalList`); at most 1000 per call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalBulkResult
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
