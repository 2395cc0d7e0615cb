from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.webhook import Webhook
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    event_type: str | Unset = UNSET,
    state_type: str | Unset = UNSET,
    target_type: str | Unset = UNSET,
    is_ignore_parameters: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["EventType"] = event_type

    params["StateType"] = state_type

    params["TargetType"] = target_type

    params["IsIgnoreParameters"] = is_ignore_parameters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Webhook] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Webhook.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[Webhook]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_type: str | Unset = UNSET,
    state_type: str | Unset = UNSET,
    target_type: str | Unset = UNSET,
    is_ignore_parameters: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[Webhook]]:
    """List the account's webhooks

     Returns the account's webhooks as a bare array, optionally filtered by event type, state and target
    type. Set
    `IsIgnoreParameters` to leave each webhook's `parameters` out of the answer.

    Args:
        event_type (str | Unset):
        state_type (str | Unset):
        target_type (str | Unset):
        is_ignore_parameters (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Webhook]]
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        state_type=state_type,
        target_type=target_type,
        is_ignore_parameters=is_ignore_parameters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    event_type: str | Unset = UNSET,
    state_type: str | Unset = UNSET,
    target_type: str | Unset = UNSET,
    is_ignore_parameters: bool | Unset = UNSET,
) -> ErrorResponse | list[Webhook] | None:
    """List the account's webhooks

     Returns the account's webhooks as a bare array, optionally filtered by event type, state and target
    type. Set
    `IsIgnoreParameters` to leave each webhook's `parameters` out of the answer.

    Args:
        event_type (str | Unset):
        state_type (str | Unset):
        target_type (str | Unset):
        is_ignore_parameters (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Webhook]
    """

    return sync_detailed(
        client=client,
        event_type=event_type,
        state_type=state_type,
        target_type=target_type,
        is_ignore_parameters=is_ignore_parameters,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_type: str | Unset = UNSET,
    state_type: str | Unset = UNSET,
    target_type: str | Unset = UNSET,
    is_ignore_parameters: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[Webhook]]:
    """List the account's webhooks

     Returns the account's webhooks as a bare array, optionally filtered by event type, state and target
    type. Set
    `IsIgnoreParameters` to leave each webhook's `parameters` out of the answer.

    Args:
        event_type (str | Unset):
        state_type (str | Unset):
        target_type (str | Unset):
        is_ignore_parameters (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Webhook]]
    """

    kwargs = _get_kwargs(
        event_type=event_type,
        state_type=state_type,
        target_type=target_type,
        is_ignore_parameters=is_ignore_parameters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    event_type: str | Unset = UNSET,
    state_type: str | Unset = UNSET,
    target_type: str | Unset = UNSET,
    is_ignore_parameters: bool | Unset = UNSET,
) -> ErrorResponse | list[Webhook] | None:
    """List the account's webhooks

     Returns the account's webhooks as a bare array, optionally filtered by event type, state and target
    type. Set
    `IsIgnoreParameters` to leave each webhook's `parameters` out of the answer.

    Args:
        event_type (str | Unset):
        state_type (str | Unset):
        target_type (str | Unset):
        is_ignore_parameters (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Webhook]
    """

    return (
        await asyncio_detailed(
            client=client,
            event_type=event_type,
            state_type=state_type,
            target_type=target_type,
            is_ignore_parameters=is_ignore_parameters,
        )
    ).parsed
