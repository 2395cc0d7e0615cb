from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.flow_conversions_response import FlowConversionsResponse
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/a360/autoresponders/{id}/conversions".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FlowConversionsResponse | None:
    if response.status_code == 200:
        response_200 = FlowConversionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | FlowConversionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | FlowConversionsResponse]:
    """Get a flow's conversion counts

     How many conversions a flow had, in total and per type: `maintrigger_conversions` (the flow stopped
    by an
    event, as enabled in the Start element's options) and `goal_conversions` (a Goal element reached),
    with the
    Start element and each Goal element and their own counts. `total_conversions` equals
    `maintrigger_conversions + goal_conversions`, and `goal_conversions` the sum of
    `goals[].conversions`.
    `ID` is the **flow ID** (the seed writes it `{id}` in this path; the name of a path parameter is not
    sent,
    so the URL is the same); `maintrigger.id` and `goals[].id` are element IDs (a goal's is the `goalId`
    of the
    goal conversion lists).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FlowConversionsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FlowConversionsResponse | None:
    """Get a flow's conversion counts

     How many conversions a flow had, in total and per type: `maintrigger_conversions` (the flow stopped
    by an
    event, as enabled in the Start element's options) and `goal_conversions` (a Goal element reached),
    with the
    Start element and each Goal element and their own counts. `total_conversions` equals
    `maintrigger_conversions + goal_conversions`, and `goal_conversions` the sum of
    `goals[].conversions`.
    `ID` is the **flow ID** (the seed writes it `{id}` in this path; the name of a path parameter is not
    sent,
    so the URL is the same); `maintrigger.id` and `goals[].id` are element IDs (a goal's is the `goalId`
    of the
    goal conversion lists).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FlowConversionsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | FlowConversionsResponse]:
    """Get a flow's conversion counts

     How many conversions a flow had, in total and per type: `maintrigger_conversions` (the flow stopped
    by an
    event, as enabled in the Start element's options) and `goal_conversions` (a Goal element reached),
    with the
    Start element and each Goal element and their own counts. `total_conversions` equals
    `maintrigger_conversions + goal_conversions`, and `goal_conversions` the sum of
    `goals[].conversions`.
    `ID` is the **flow ID** (the seed writes it `{id}` in this path; the name of a path parameter is not
    sent,
    so the URL is the same); `maintrigger.id` and `goals[].id` are element IDs (a goal's is the `goalId`
    of the
    goal conversion lists).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FlowConversionsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FlowConversionsResponse | None:
    """Get a flow's conversion counts

     How many conversions a flow had, in total and per type: `maintrigger_conversions` (the flow stopped
    by an
    event, as enabled in the Start element's options) and `goal_conversions` (a Goal element reached),
    with the
    Start element and each Goal element and their own counts. `total_conversions` equals
    `maintrigger_conversions + goal_conversions`, and `goal_conversions` the sum of
    `goals[].conversions`.
    `ID` is the **flow ID** (the seed writes it `{id}` in this path; the name of a path parameter is not
    sent,
    so the URL is the same); `maintrigger.id` and `goals[].id` are element IDs (a goal's is the `goalId`
    of the
    goal conversion lists).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FlowConversionsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
