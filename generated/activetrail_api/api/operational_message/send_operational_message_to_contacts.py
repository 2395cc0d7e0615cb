from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.operational_message_contacts_request import (
    OperationalMessageContactsRequest,
)
from ...types import Response


def _get_kwargs(
    *,
    body: OperationalMessageContactsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/OperationalMessage/Contacts",
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
    *,
    client: AuthenticatedClient | Client,
    body: OperationalMessageContactsRequest,
) -> Response[Any | ErrorResponse]:
    """Send a transactional email to individual contacts

     Creates and sends an operational (transactional) email to up to 500 contacts per call. Each entry
    carries the
    contact's fields (created or updated in the account; `email` is required) and its own `pairs` of
    placeholder
    keys and values; personalization fields work only for the values supplied in the request. The stored
    copy of
    the official page is cut off after `contact_package`: the message fields (`details`, `design`,
    `bcc`) are
    taken from the sibling `send_operational_message` page (inferred). No response body is documented,
    so
    success is declared as an empty `204`.

    Args:
        body (OperationalMessageContactsRequest): The body of
            `send_operational_message_to_contacts`. `contact_package` is on the official page;
            `details`,
            `design` and `bcc` are inferred from `send_operational_message` (the stored page is cut
            off).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: OperationalMessageContactsRequest,
) -> Any | ErrorResponse | None:
    """Send a transactional email to individual contacts

     Creates and sends an operational (transactional) email to up to 500 contacts per call. Each entry
    carries the
    contact's fields (created or updated in the account; `email` is required) and its own `pairs` of
    placeholder
    keys and values; personalization fields work only for the values supplied in the request. The stored
    copy of
    the official page is cut off after `contact_package`: the message fields (`details`, `design`,
    `bcc`) are
    taken from the sibling `send_operational_message` page (inferred). No response body is documented,
    so
    success is declared as an empty `204`.

    Args:
        body (OperationalMessageContactsRequest): The body of
            `send_operational_message_to_contacts`. `contact_package` is on the official page;
            `details`,
            `design` and `bcc` are inferred from `send_operational_message` (the stored page is cut
            off).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OperationalMessageContactsRequest,
) -> Response[Any | ErrorResponse]:
    """Send a transactional email to individual contacts

     Creates and sends an operational (transactional) email to up to 500 contacts per call. Each entry
    carries the
    contact's fields (created or updated in the account; `email` is required) and its own `pairs` of
    placeholder
    keys and values; personalization fields work only for the values supplied in the request. The stored
    copy of
    the official page is cut off after `contact_package`: the message fields (`details`, `design`,
    `bcc`) are
    taken from the sibling `send_operational_message` page (inferred). No response body is documented,
    so
    success is declared as an empty `204`.

    Args:
        body (OperationalMessageContactsRequest): The body of
            `send_operational_message_to_contacts`. `contact_package` is on the official page;
            `details`,
            `design` and `bcc` are inferred from `send_operational_message` (the stored page is cut
            off).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OperationalMessageContactsRequest,
) -> Any | ErrorResponse | None:
    """Send a transactional email to individual contacts

     Creates and sends an operational (transactional) email to up to 500 contacts per call. Each entry
    carries the
    contact's fields (created or updated in the account; `email` is required) and its own `pairs` of
    placeholder
    keys and values; personalization fields work only for the values supplied in the request. The stored
    copy of
    the official page is cut off after `contact_package`: the message fields (`details`, `design`,
    `bcc`) are
    taken from the sibling `send_operational_message` page (inferred). No response body is documented,
    so
    success is declared as an empty `204`.

    Args:
        body (OperationalMessageContactsRequest): The body of
            `send_operational_message_to_contacts`. `contact_package` is on the official page;
            `details`,
            `design` and `bcc` are inferred from `send_operational_message` (the stored page is cut
            off).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
