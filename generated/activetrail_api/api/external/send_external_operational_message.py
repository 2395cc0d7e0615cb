from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.external_operational_message import ExternalOperationalMessage
from ...models.external_operational_message_result import (
    ExternalOperationalMessageResult,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ExternalOperationalMessage,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/external/operational/message",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExternalOperationalMessageResult | None:
    if response.status_code == 200:
        response_200 = ExternalOperationalMessageResult.from_dict(response.json())

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
) -> Response[ErrorResponse | ExternalOperationalMessageResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOperationalMessage,
) -> Response[ErrorResponse | ExternalOperationalMessageResult]:
    """Create and send an operational email message

     Creates an operational (transactional) email message and sends it to the contacts given by external
    id and
    external name in `package`, each with its own `pairs` of placeholder keys and values (up to 500 per
    call, per
    Composio). `details` and `design` are required and are the same objects as in
    `send_operational_message`
    (`ApiMessageDetails`, `ApiMessageDesign`); `bcc` is `ApiMessageBCC`. **Inferred answer:** the stored
    official
    page does not show the response; the message id is assumed (the statistics operations need it), all
    fields
    optional.

    Args:
        body (ExternalOperationalMessage): The body of `send_external_operational_message`
            (official `ApiExternalOperationalMessage`, page
            POST-api-external-operational-message).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalOperationalMessageResult]
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
    body: ExternalOperationalMessage,
) -> ErrorResponse | ExternalOperationalMessageResult | None:
    """Create and send an operational email message

     Creates an operational (transactional) email message and sends it to the contacts given by external
    id and
    external name in `package`, each with its own `pairs` of placeholder keys and values (up to 500 per
    call, per
    Composio). `details` and `design` are required and are the same objects as in
    `send_operational_message`
    (`ApiMessageDetails`, `ApiMessageDesign`); `bcc` is `ApiMessageBCC`. **Inferred answer:** the stored
    official
    page does not show the response; the message id is assumed (the statistics operations need it), all
    fields
    optional.

    Args:
        body (ExternalOperationalMessage): The body of `send_external_operational_message`
            (official `ApiExternalOperationalMessage`, page
            POST-api-external-operational-message).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalOperationalMessageResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOperationalMessage,
) -> Response[ErrorResponse | ExternalOperationalMessageResult]:
    """Create and send an operational email message

     Creates an operational (transactional) email message and sends it to the contacts given by external
    id and
    external name in `package`, each with its own `pairs` of placeholder keys and values (up to 500 per
    call, per
    Composio). `details` and `design` are required and are the same objects as in
    `send_operational_message`
    (`ApiMessageDetails`, `ApiMessageDesign`); `bcc` is `ApiMessageBCC`. **Inferred answer:** the stored
    official
    page does not show the response; the message id is assumed (the statistics operations need it), all
    fields
    optional.

    Args:
        body (ExternalOperationalMessage): The body of `send_external_operational_message`
            (official `ApiExternalOperationalMessage`, page
            POST-api-external-operational-message).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalOperationalMessageResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOperationalMessage,
) -> ErrorResponse | ExternalOperationalMessageResult | None:
    """Create and send an operational email message

     Creates an operational (transactional) email message and sends it to the contacts given by external
    id and
    external name in `package`, each with its own `pairs` of placeholder keys and values (up to 500 per
    call, per
    Composio). `details` and `design` are required and are the same objects as in
    `send_operational_message`
    (`ApiMessageDetails`, `ApiMessageDesign`); `bcc` is `ApiMessageBCC`. **Inferred answer:** the stored
    official
    page does not show the response; the message id is assumed (the statistics operations need it), all
    fields
    optional.

    Args:
        body (ExternalOperationalMessage): The body of `send_external_operational_message`
            (official `ApiExternalOperationalMessage`, page
            POST-api-external-operational-message).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalOperationalMessageResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
