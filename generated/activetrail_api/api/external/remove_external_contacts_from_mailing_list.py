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
    mailinglist_id: int,
    *,
    body: ExternalContactList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/external/mailinglist/{mailinglist_id}".format(
            mailinglist_id=quote(str(mailinglist_id), safe=""),
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
    mailinglist_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalContactList,
) -> Response[ErrorResponse | ExternalBulkResult]:
    """Remove contacts from a mailing list by external id and name

     Removes the contacts given by external id and external name (up to 1000 per call) from the mailing
    list.
    Contacts that fail are reported in `contact_errors`; the others succeed. (COR attaches this docs-
    index path to
    a "delete mailing list" tool by mistake.) **Inferred answer:** the official answer of the add
    variant
    (`ExternalBulkResult`).

    Args:
        mailinglist_id (int):
        body (ExternalContactList): A list of contacts given by external id and name (official
            `ExternalList`); at most 1000 per call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalBulkResult]
    """

    kwargs = _get_kwargs(
        mailinglist_id=mailinglist_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mailinglist_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalContactList,
) -> ErrorResponse | ExternalBulkResult | None:
    """Remove contacts from a mailing list by external id and name

     Removes the contacts given by external id and external name (up to 1000 per call) from the mailing
    list.
    Contacts that fail are reported in `contact_errors`; the others succeed. (COR attaches this docs-
    index path to
    a "delete mailing list" tool by mistake.) **Inferred answer:** the official answer of the add
    variant
    (`ExternalBulkResult`).

    Args:
        mailinglist_id (int):
        body (ExternalContactList): A list of contacts given by external id and name (official
            `ExternalList`); at most 1000 per call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalBulkResult
    """

    return sync_detailed(
        mailinglist_id=mailinglist_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mailinglist_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalContactList,
) -> Response[ErrorResponse | ExternalBulkResult]:
    """Remove contacts from a mailing list by external id and name

     Removes the contacts given by external id and external name (up to 1000 per call) from the mailing
    list.
    Contacts that fail are reported in `contact_errors`; the others succeed. (COR attaches this docs-
    index path to
    a "delete mailing list" tool by mistake.) **Inferred answer:** the official answer of the add
    variant
    (`ExternalBulkResult`).

    Args:
        mailinglist_id (int):
        body (ExternalContactList): A list of contacts given by external id and name (official
            `ExternalList`); at most 1000 per call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalBulkResult]
    """

    kwargs = _get_kwargs(
        mailinglist_id=mailinglist_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mailinglist_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalContactList,
) -> ErrorResponse | ExternalBulkResult | None:
    """Remove contacts from a mailing list by external id and name

     Removes the contacts given by external id and external name (up to 1000 per call) from the mailing
    list.
    Contacts that fail are reported in `contact_errors`; the others succeed. (COR attaches this docs-
    index path to
    a "delete mailing list" tool by mistake.) **Inferred answer:** the official answer of the add
    variant
    (`ExternalBulkResult`).

    Args:
        mailinglist_id (int):
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
            mailinglist_id=mailinglist_id,
            client=client,
            body=body,
        )
    ).parsed
