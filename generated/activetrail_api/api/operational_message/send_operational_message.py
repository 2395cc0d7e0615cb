from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.operational_message_email_request import OperationalMessageEmailRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OperationalMessageEmailRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/OperationalMessage/Message",
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
    body: OperationalMessageEmailRequest,
) -> Response[Any | ErrorResponse]:
    """Send a transactional email to individual email addresses

     Creates and sends an operational (transactional) email to up to 500 addresses per call. Each address
    becomes
    a contact in the account. The account's personalization fields do not work here: personalize each
    message
    with its own `pairs` of placeholder keys and values. `details` and `design` are required. The
    official page
    documents no response body, so success is declared as an empty `204`.

    Args:
        body (OperationalMessageEmailRequest): The body of `send_operational_message`
            (`ApiOperationalMessage`).

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
    body: OperationalMessageEmailRequest,
) -> Any | ErrorResponse | None:
    """Send a transactional email to individual email addresses

     Creates and sends an operational (transactional) email to up to 500 addresses per call. Each address
    becomes
    a contact in the account. The account's personalization fields do not work here: personalize each
    message
    with its own `pairs` of placeholder keys and values. `details` and `design` are required. The
    official page
    documents no response body, so success is declared as an empty `204`.

    Args:
        body (OperationalMessageEmailRequest): The body of `send_operational_message`
            (`ApiOperationalMessage`).

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
    body: OperationalMessageEmailRequest,
) -> Response[Any | ErrorResponse]:
    """Send a transactional email to individual email addresses

     Creates and sends an operational (transactional) email to up to 500 addresses per call. Each address
    becomes
    a contact in the account. The account's personalization fields do not work here: personalize each
    message
    with its own `pairs` of placeholder keys and values. `details` and `design` are required. The
    official page
    documents no response body, so success is declared as an empty `204`.

    Args:
        body (OperationalMessageEmailRequest): The body of `send_operational_message`
            (`ApiOperationalMessage`).

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
    body: OperationalMessageEmailRequest,
) -> Any | ErrorResponse | None:
    """Send a transactional email to individual email addresses

     Creates and sends an operational (transactional) email to up to 500 addresses per call. Each address
    becomes
    a contact in the account. The account's personalization fields do not work here: personalize each
    message
    with its own `pairs` of placeholder keys and values. `details` and `design` are required. The
    official page
    documents no response body, so success is declared as an empty `204`.

    Args:
        body (OperationalMessageEmailRequest): The body of `send_operational_message`
            (`ApiOperationalMessage`).

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
