from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.flow_list import FlowList
from ...types import UNSET, Response


def _get_kwargs(
    *,
    limit: int = 100,
    offset: int = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/a360/autoresponders/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FlowList | None:
    if response.status_code == 200:
        response_200 = FlowList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | FlowList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    offset: int = 0,
) -> Response[ErrorResponse | FlowList]:
    """List automation flows

     One page of the account's automation flows, with each flow's ID (the **flow ID** the
    `/a360/autoresponders/{ID}` calls take), name, status and main settings (`main_data`). The answer
    has no
    total: page with `limit`/`offset` until a page is shorter than `limit`.

    Args:
        limit (int):  Default: 100.
        offset (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FlowList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    offset: int = 0,
) -> ErrorResponse | FlowList | None:
    """List automation flows

     One page of the account's automation flows, with each flow's ID (the **flow ID** the
    `/a360/autoresponders/{ID}` calls take), name, status and main settings (`main_data`). The answer
    has no
    total: page with `limit`/`offset` until a page is shorter than `limit`.

    Args:
        limit (int):  Default: 100.
        offset (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FlowList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    offset: int = 0,
) -> Response[ErrorResponse | FlowList]:
    """List automation flows

     One page of the account's automation flows, with each flow's ID (the **flow ID** the
    `/a360/autoresponders/{ID}` calls take), name, status and main settings (`main_data`). The answer
    has no
    total: page with `limit`/`offset` until a page is shorter than `limit`.

    Args:
        limit (int):  Default: 100.
        offset (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FlowList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    offset: int = 0,
) -> ErrorResponse | FlowList | None:
    """List automation flows

     One page of the account's automation flows, with each flow's ID (the **flow ID** the
    `/a360/autoresponders/{ID}` calls take), name, status and main settings (`main_data`). The answer
    has no
    total: page with `limit`/`offset` until a page is shorter than `limit`.

    Args:
        limit (int):  Default: 100.
        offset (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FlowList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
