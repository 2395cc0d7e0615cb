from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.webhook import Webhook
from ...models.webhook_create import WebhookCreate
from ...types import Response


def _get_kwargs(
    *,
    body: WebhookCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Webhook | None:
    if response.status_code == 200:
        response_200 = Webhook.from_dict(response.json())

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
) -> Response[ErrorResponse | Webhook]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreate,
) -> Response[ErrorResponse | Webhook]:
    """Create a webhook

     Creates a webhook: the URL ActiveTrail calls when the event happens (manual contact updates in the
    app, or
    programmatic ones through forms, imports...), with optional parameters sent as headers, query or
    body values.
    Returns the new webhook with its id. `stateid` is deprecated; use `is_active`.

    Args:
        body (WebhookCreate): The body of `create_webhook` (official `UserApiEventCreate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Webhook]
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
    body: WebhookCreate,
) -> ErrorResponse | Webhook | None:
    """Create a webhook

     Creates a webhook: the URL ActiveTrail calls when the event happens (manual contact updates in the
    app, or
    programmatic ones through forms, imports...), with optional parameters sent as headers, query or
    body values.
    Returns the new webhook with its id. `stateid` is deprecated; use `is_active`.

    Args:
        body (WebhookCreate): The body of `create_webhook` (official `UserApiEventCreate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Webhook
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreate,
) -> Response[ErrorResponse | Webhook]:
    """Create a webhook

     Creates a webhook: the URL ActiveTrail calls when the event happens (manual contact updates in the
    app, or
    programmatic ones through forms, imports...), with optional parameters sent as headers, query or
    body values.
    Returns the new webhook with its id. `stateid` is deprecated; use `is_active`.

    Args:
        body (WebhookCreate): The body of `create_webhook` (official `UserApiEventCreate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreate,
) -> ErrorResponse | Webhook | None:
    """Create a webhook

     Creates a webhook: the URL ActiveTrail calls when the event happens (manual contact updates in the
    app, or
    programmatic ones through forms, imports...), with optional parameters sent as headers, query or
    body values.
    Returns the new webhook with its id. `stateid` is deprecated; use `is_active`.

    Args:
        body (WebhookCreate): The body of `create_webhook` (official `UserApiEventCreate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
